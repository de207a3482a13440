#!/usr/bin/env python3
"""Held-out evaluation set 23 for a fact-comparison tool.

How it was made: every pair was hand-written by a helper model that saw no code
or data of the project, working only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries or
nationalities appear only as background).  No offsets are typed by hand: each
span is located in the candidate by string search (with an occurrence index
where a quoted text repeats) and the whole set is validated before writing.

Composition (40 pairs, one domain each):
  * modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  * labels: 20 consistent, 20 inconsistent
  * 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
      number 4; entity 3, date 3, role 3, polarity 3, modality 3, attribution 3;
      event 2, omission 2, addition 2, repetition 2
    (omissions only in rewrite/translation pairs)
  * consistent pairs carry 3-5 traps each, inconsistent pairs 0-3
  * references 70-190 words, news / agency / corporate / official register

Usage:
  python3 make_set23.py          validate and write set23.jsonl next to this script
  python3 make_set23.py --check  validate only, write nothing
"""
import json
import os
import re
import sys

DOMAINS = [
    "mounted police", "food festivals", "maple syrup", "yacht races",
    "donkey sanctuaries", "diving competitions", "tidal lagoons",
    "sailing regattas", "courier firms", "street theatre", "viaducts",
    "choral competitions", "coast guard", "whisky distilling", "police dogs",
    "motorcycle racing", "frost damage", "comedy clubs", "air shows",
    "lobster fishing", "mine museums", "bouldering", "cycle lanes",
    "honey exports", "drag racing", "culverts", "pigeon racing", "linen mills",
    "opera houses", "vintage cars", "air cargo hubs", "horse carriages",
    "coffee roasters", "cattle markets", "sailing schools", "parkour",
    "film archives", "open-water swimming", "sinkholes", "debating societies",
]

CASES = []


def E(text, etype, severity, ref=None, occ=0, after=None, before=None, aocc=0):
    """An error. For an omission give text="" and the insertion point with
    after=<candidate text just before the gap> or before=<text just after it>."""
    return {"text": text, "type": etype, "severity": severity, "ref_text": ref,
            "occ": occ, "after": after, "before": before, "aocc": aocc}


def T(text, ref, occ=0):
    """A trap: faithful rewording; ref is the reference wording."""
    return {"text": text, "ref_text": ref, "occ": occ}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})

# ---------------------------------------------------------------- cases 1-4

case("mounted police", "rewrite",
     """The Harwick Constabulary will reduce its mounted unit from 14 horses to nine by the end of the financial year, the force confirmed on Thursday. Chief Superintendent Alma Reddaway said the decision followed a review that found the unit's annual running costs had risen to £860,000, largely because of stabling fees at the Coldmere equestrian centre. Five horses will be retired to a charity farm near Fenwold Vale, and two of the unit's twelve riders will be redeployed to neighbourhood patrols. Reddaway said mounted officers would still be deployed at football matches and large public events, but routine patrols in the town centre would end in April. The Harwick Police Federation said it was disappointed that officers had not been consulted before the review was published.""",
     """Harwick Constabulary has confirmed that its mounted unit will shrink from 14 horses to nine before the financial year ends. According to Chief Superintendent Alma Reddaway, the move comes after a review showed the unit's yearly running costs had climbed to £680,000, driven mainly by stabling fees at the Coldmere equestrian centre. Five of the horses are to be retired to a charity farm near Fenwold Vale, while two of the twelve riders will move to neighbourhood patrols. Mounted officers will continue to be used at football matches and large public events, Reddaway said, but routine patrols will end in April. The Harwick Police Federation said it was disappointed that officers had not been asked for their views before the review was published.""",
     errors=[
         E("£680,000", "number", "major", "£860,000"),
         E("", "omission", "major", "in the town centre", after="but routine patrols"),
     ],
     traps=[
         T("before the financial year ends", "by the end of the financial year"),
         T("had not been asked for their views", "had not been consulted"),
     ])

case("food festivals", "rewrite",
     """Organisers of the Tollbridge Harvest Food Festival said on Monday that this year's event drew 42,000 visitors over three days, up from 35,000 last year. The festival, held on the riverside meadows at Tollbridge, featured 180 stalls, of which roughly a third were run by first-time traders. Festival director Owen Castellane said takings for local vendors were "the best we have recorded", although he declined to give a figure. Heavy rain on the Saturday forced the closure of the cookery theatre for four hours. Castellane said the organisers planned to add a second covered area next year and were in talks with the district council about extending the event to a fourth day. The council has not yet commented on the proposal.""",
     """This year's Tollbridge Harvest Food Festival attracted 42,000 people across its three days, compared with 35,000 a year earlier, organisers announced on Monday. Around 60 of the 180 stalls on the town's riverside meadows were run by traders taking part for the first time. According to festival director Owen Castellane, local vendors had their best takings on record, though he would not put a number on them. The cookery theatre had to shut for four hours on the Saturday because of heavy rain. Organisers plan to add a second covered area next year, Castellane said, and are in discussions with the district council about extending the festival to a fourth day. The council has yet to comment on the proposal.""",
     traps=[
         T("attracted 42,000 people", "drew 42,000 visitors"),
         T("compared with 35,000 a year earlier", "up from 35,000 last year"),
         T("Around 60", "of which roughly a third"),
         T("he would not put a number on them", "he declined to give a figure"),
         T("has yet to comment on", "has not yet commented on"),
     ])

case("maple syrup", "translation",
     """The maple producers' cooperative of Saint-Aubert-des-Bois announced on Wednesday that its members collected 2.4 million litres of sap this spring, a drop of 18 percent compared with last season. According to the cooperative's president, Lucienne Marchetot, an unusually mild March shortened the harvest period by about ten days. The cooperative, which brings together 64 family farms, expects to produce roughly 55,000 litres of syrup, enough to honour its contracts with the Vallorme distribution group but not to supply new export customers. Mrs Marchetot added that several producers would receive compensation from the provincial crop insurance fund if their losses exceeded 30 percent. A general assembly of members is scheduled for 14 June.""",
     """On Wednesday the Saint-Aubert-des-Bois maple growers' cooperative reported that its members had gathered 2.4 million litres of sap this spring, 18 per cent less than in the previous season. Its president, Lucienne Marchetot, attributed the shortfall to an exceptionally mild March, which cut the sugaring season short by roughly ten days. The cooperative groups together 64 family-run farms and anticipates making about 55,000 litres of syrup, sufficient to meet its commitments to the Vallorme distribution group. Several producers will be compensated by the federal crop insurance fund should their losses exceed 30 per cent, Mrs Marchetot said. Members will hold a general assembly on 14 June.""",
     errors=[
         E("", "omission", "major", "but not to supply new export customers",
           after="commitments to the Vallorme distribution group"),
         E("federal", "entity", "major", "provincial"),
     ],
     traps=[
         T("18 per cent less than in the previous season", "a drop of 18 percent compared with last season"),
         T("anticipates making about 55,000 litres", "expects to produce roughly 55,000 litres"),
     ])

case("yacht races", "rewrite",
     """The Merrow Point Yacht Club has been fined €25,000 by the regional sailing federation after a collision during last month's Lantern Cup race left two crew members with minor injuries. A federation panel found that the club's race committee had failed to move a turning mark despite warnings that it sat too close to a commercial mooring. The yacht Kestrel Dawn, skippered by Ines Valtrow, struck the yacht Sorrel Wind, owned by businessman Peter Anholt, while rounding the mark in strong gusts. Both boats were withdrawn. The club said it accepted the panel's findings and would appoint an independent safety officer before next season's regattas. It has 21 days to pay the fine.""",
     """The regional sailing federation has imposed a €25,000 fine on the Merrow Point Yacht Club following a collision in last month's Lantern Cup race in which two crew members suffered minor injuries. According to a federation panel, the club's race committee did not move a turning mark even after being warned that it was too close to a commercial mooring. Rounding that mark in strong gusts, Kestrel Dawn, skippered by Ines Valtrow, was struck by Sorrel Wind, a yacht owned by businessman Peter Anholt. Both boats were withdrawn. The club has accepted the panel's findings and says it will appoint an independent safety officer ahead of next season's regattas. The fine must be paid within 21 days.""",
     errors=[
         E("Kestrel Dawn, skippered by Ines Valtrow, was struck by Sorrel Wind", "role", "major",
           "Kestrel Dawn, skippered by Ines Valtrow, struck the yacht Sorrel Wind"),
     ],
     traps=[
         T("has imposed a €25,000 fine on", "has been fined €25,000 by"),
         T("did not move a turning mark even after being warned", "had failed to move a turning mark despite warnings"),
         T("must be paid within 21 days", "has 21 days to pay the fine"),
     ])

# ---------------------------------------------------------------- cases 5-8

case("donkey sanctuaries", "rewrite",
     """The Hollins Brook Donkey Sanctuary has taken in 37 donkeys rescued from a farm in the Pellan valley, where inspectors found the animals living in flooded barns without adequate food. The county animal welfare service said the owner, a 58-year-old man, had been served with a formal notice and could face prosecution. The sanctuary's manager, Greta Olmsby, said eleven of the donkeys were in poor condition and four needed urgent dental treatment. The rescue has stretched the charity's resources: it now cares for 212 animals, and feed costs are expected to rise by about £3,000 a month. Olmsby appealed for volunteers and donations of hay, adding that the sanctuary would not be able to accept further arrivals until the spring.""",
     """Thirty-seven donkeys rescued from a Pellan valley farm, where inspectors discovered them in flooded barns without enough to eat, have been taken in by the Hollins Brook Donkey Sanctuary. The owner, a man of 58, has received a formal notice and may be prosecuted, according to the county animal welfare service. Of the rescued animals, eleven are in poor condition and four require urgent dental work, said sanctuary manager Greta Olmsby. With 212 animals now in its care, the charity's resources are under strain, and its feed bill is likely to go up by roughly £3,000 each month. Olmsby called for volunteers and donations of hay, and said the sanctuary could take in no more animals before the spring.""",
     traps=[
         T("Thirty-seven donkeys", "37 donkeys"),
         T("a man of 58", "a 58-year-old man"),
         T("may be prosecuted", "could face prosecution"),
         T("is likely to go up by roughly £3,000 each month", "are expected to rise by about £3,000 a month"),
         T("could take in no more animals before the spring", "would not be able to accept further arrivals until the spring"),
     ])

case("diving competitions", "summary",
     """Eighteen-year-old Maris Delacourt won the women's 10-metre platform title at the National Diving Championships in Quellport on Saturday, scoring 362.45 points to finish ahead of defending champion Tova Brennick, who scored 349.10. Delacourt, who trains at the Arden Vale Diving Academy, had been ranked fifth before the event. Her coach, Samir Okonjo, said the result was "a reward for two years of patient work" but warned that her reverse dives still needed attention. The national federation's performance director, Hilde Marrow, said Delacourt was now likely to be selected for the European championships in August, although the final squad would not be named until 3 July. Brennick, 27, said she had been struggling with a shoulder injury since May.""",
     """Maris Delacourt, 18, who had been ranked fourth before the event, won the women's 10-metre platform at the National Diving Championships in Quellport on Saturday with 362.45 points, beating defending champion Tova Brennick. Her coach, Samir Okonjo, said Delacourt was now likely to be selected for August's European championships, although the squad will not be named until 3 July.""",
     errors=[
         E("fourth", "number", "minor", "fifth"),
         E("Her coach, Samir Okonjo, said", "attribution", "major",
           "The national federation's performance director, Hilde Marrow, said"),
     ],
     traps=[
         T("Maris Delacourt, 18,", "Eighteen-year-old Maris Delacourt"),
     ])

case("tidal lagoons", "rewrite",
     """Plans for a tidal lagoon power scheme off the coast at Skerrin Bay have been approved by the national planning inspectorate, subject to 46 conditions. The £1.3 billion project, developed by Greywater Tidal Energy, would enclose part of the bay with a 9.5-kilometre sea wall housing 24 turbines. The company says the lagoon could generate enough electricity for around 150,000 homes once fully operational. Construction is due to begin in early 2026 and take about five years. Conservation group Coastwatch Alliance, which opposed the scheme, said it was considering a legal challenge because of the likely impact on wading birds. The inspectorate required the developer to fund a monitoring programme for at least 15 years after the lagoon opens.""",
     """The national planning inspectorate has given the go-ahead, with 46 conditions attached, to a tidal lagoon power scheme off Skerrin Bay. Greywater Tidal Energy's £1.3bn project would see part of the bay enclosed by a sea wall 9.5km long, containing 24 turbines. Once running at full capacity, the lagoon could supply enough power for some 150,000 homes, according to the company. Work is scheduled to start early in 2026 and to last roughly five years. Coastwatch Alliance, a conservation group that opposed the plans, said it was weighing a legal challenge because of the probable effect on wading birds. Under the inspectorate's ruling, the developer must pay for a monitoring programme lasting no less than 15 years from the lagoon's opening.""",
     traps=[
         T("with 46 conditions attached", "subject to 46 conditions"),
         T("£1.3bn", "£1.3 billion"),
         T("a sea wall 9.5km long", "a 9.5-kilometre sea wall"),
         T("was weighing a legal challenge", "was considering a legal challenge"),
         T("no less than 15 years", "at least 15 years"),
     ])

case("sailing regattas", "summary",
     """The Fennick Harbour Regatta will go ahead next month despite the loss of its main sponsor, organisers confirmed on Friday. Marine insurer Castlegate Cover ended its eight-year sponsorship in January, leaving a funding gap of about £90,000. Regatta chairman Douglas Pyne said the shortfall had been covered by a combination of entry fee increases, a grant from the harbour trust and smaller donations from local businesses. Entry fees for keelboats will rise from £120 to £150, while dinghy fees will stay the same. The regatta, first held in 1911, is expected to attract about 300 boats over its five days. Pyne said the committee would begin looking for a new headline sponsor after this year's event.""",
     """Organisers have confirmed that the Fennick Harbour Regatta will take place next month even though Castlegate Cover pulled out as main sponsor, leaving a gap of roughly £90,000. Higher entry fees, a harbour trust grant and local business donations have filled it, with keelboat entry fees rising by £30 to £150 and dinghy fees unchanged. About 300 boats are expected over five days.""",
     traps=[
         T("Castlegate Cover pulled out as main sponsor", "Castlegate Cover ended its eight-year sponsorship"),
         T("roughly £90,000", "about £90,000"),
         T("rising by £30 to £150", "rise from £120 to £150"),
         T("dinghy fees unchanged", "dinghy fees will stay the same"),
     ])

# ---------------------------------------------------------------- cases 9-12

case("courier firms", "rewrite",
     """Parcel courier Swiftlane Logistics is to cut 340 jobs and close three of its twelve regional depots, the company said on Tuesday. Chief executive Marta Keszler blamed a 22 percent fall in business-to-business deliveries since 2022 and rising fuel costs. The depots at Arnholt, Pemberley Cross and Wyndlow will shut by the end of September, with their work moved to a new automated hub at Colbrook Junction. Analyst Rhys Pellow of Dunmore Securities said the closures could save the company around £14 million a year. The GMTU union said the cuts were "a betrayal" of staff who had worked through the pandemic and that it would ballot members on industrial action. Swiftlane said it would offer voluntary redundancy first and expected most of the reductions to be achieved that way.""",
     """Swiftlane Logistics, the parcel courier, announced on Tuesday that it will shed 340 jobs and close a third of its regional depots. Marta Keszler, the chief executive, put the decision down to rising fuel costs and a drop of 22% in business-to-business deliveries since 2022. Sites at Arnholt, Pemberley Cross and Wyndlow are to close by the end of September, and their work will transfer to a new automated hub at Colbrook Junction. The company said the closures could save it around £14m a year. The GMTU union called the cuts "a betrayal" of employees who had kept working through the pandemic and said it would ballot members on industrial action. Swiftlane intends to offer voluntary redundancy first and expects most of the job losses to be achieved that way.""",
     errors=[
         E("a third", "number", "major", "three of its twelve"),
         E("The company said", "attribution", "major", "Analyst Rhys Pellow of Dunmore Securities said"),
     ],
     traps=[
         T("put the decision down to", "blamed"),
         T("a drop of 22%", "a 22 percent fall"),
         T("around £14m a year", "around £14 million a year"),
     ])

case("street theatre", "rewrite",
     """The Brindle Street Arts Festival will close two of its outdoor stages this summer after the city council reduced its grant by 40 percent, the festival's board said on Wednesday. The festival, which features street theatre, circus and puppetry, received £250,000 from the council last year and will get £150,000 in 2025. Artistic director Colm Ferrigan said the remaining three stages would host about 120 performances, down from roughly 200. Ticketed indoor shows will not be affected. The council said it had been forced to make savings across its culture budget and that the festival remained "a valued part of the city's calendar". The board is seeking private sponsorship to restore the lost stages in 2026.""",
     """A 40% cut to the city council's grant means the Brindle Street Arts Festival will lose two of its outdoor stages this summer, its board announced on Wednesday. Council funding for the festival of street theatre, circus and puppetry drops from £250,000 last year to £150,000 in 2025. The three stages that remain will host around 120 performances, compared with roughly 200 previously, said Colm Ferrigan, the artistic director. Indoor shows that require tickets are unaffected. Savings had to be found across the culture budget, the council said, adding that the festival was still "a valued part of the city's calendar". The board is looking for private sponsors so that the lost stages can return in 2026.""",
     traps=[
         T("A 40% cut to the city council's grant", "reduced its grant by 40 percent"),
         T("compared with roughly 200 previously", "down from roughly 200"),
         T("Indoor shows that require tickets are unaffected", "Ticketed indoor shows will not be affected"),
         T("Savings had to be found across the culture budget, the council said",
           "The council said it had been forced to make savings across its culture budget"),
         T("was still", "remained"),
     ])

case("viaducts", "rewrite",
     """Engineers have found cracking in three of the 19 arches of the Carrow Dale Viaduct, the Victorian railway bridge that carries the Northmoor line across the Carrow valley. Network operator Ridgeway Rail said the structure was safe for trains but that a 30 mph speed limit would be imposed from Monday as a precaution. A full inspection using drones and ground-penetrating radar will take place over the next six weeks. Ridgeway's asset director, Fiona Kettering, said repairs could cost up to £8 million and may require the line to close for several weekends next year. The viaduct, completed in 1874, is a Grade II listed structure, so any repair work must be approved by the heritage agency.""",
     """Cracks have been discovered in three of the 19 arches of the Carrow Dale Viaduct, the Victorian bridge carrying the Northmoor railway line over the Carrow valley. Ridgeway Rail, which operates the network, said the viaduct was safe for trains, although a precautionary 30 mph speed restriction would come into force on Monday. Drones and ground-penetrating radar will be used in a full inspection over the coming six weeks. According to asset director Fiona Kettering, repairs could cost as much as £8m and will mean closing the line for several weekends next year. Because the 1874 viaduct is Grade II listed, the heritage agency must approve any repairs.""",
     errors=[
         E("will mean closing the line", "modality", "major", "may require the line to close"),
     ],
     traps=[
         T("a precautionary 30 mph speed restriction", "a 30 mph speed limit"),
         T("as much as £8m", "up to £8 million"),
     ])

case("choral competitions", "translation",
     """The Kellerbach Chamber Choir won first prize on Sunday at the international choral competition in Oberlinden, ahead of 27 ensembles from 14 countries. The jury, chaired by the Estonian conductor Maarja Tenno, praised the choir's performance of a new work by the composer Ulrich Fessmann, which the choir had commissioned last year. Second place went to the Varnsholm Youth Choir, and third to a choir from Slovakia. The prize is worth 10,000 euros. The choir's conductor, Helga Strauber, said the money would be used to fund a tour next spring. The competition, held every two years, will next take place in 2027.""",
     """On Sunday the Kellerbach Chamber Choir took first prize at the Oberlinden international choral contest, beating 27 ensembles from 14 different countries. The jury, led by Estonian conductor Maarja Tenno, singled out the choir's rendition of a new piece which the composer Ulrich Fessmann had commissioned from the choir last year. The Varnsholm Youth Choir came second and a Slovak choir came third. The award carries prize money of 10,000 euros, which conductor Helga Strauber said would pay for a tour next spring. The biennial competition returns in 2027.""",
     errors=[
         E("the composer Ulrich Fessmann had commissioned from the choir", "role", "major",
           "by the composer Ulrich Fessmann, which the choir had commissioned"),
     ],
     traps=[
         T("a Slovak choir came third", "third to a choir from Slovakia"),
         T("biennial", "held every two years"),
     ])

# ---------------------------------------------------------------- cases 13-16

case("coast guard", "translation",
     """Coast guard units rescued eleven people on Saturday night from a fishing boat that had run aground on rocks near the island of Skarvholm, authorities said. The vessel, the Nordlys II, sent a distress call shortly before 11 p.m. after its engine failed in heavy seas. A rescue helicopter and two lifeboats from the Hallevik station reached the scene within 40 minutes. Two crew members were taken to hospital with hypothermia; the others were unhurt. The regional coast guard commander, Erik Tveitan, said the rescue had been 'extremely difficult' because of waves of up to six metres. The maritime authority has opened an investigation into the cause of the engine failure.""",
     """Eleven people were saved by the coast guard late on Saturday after their fishing vessel went aground on rocks close to Skarvholm island, the authorities reported. The Nordlys II had issued a mayday just before 11 in the evening when its engine broke down in rough seas. Within 40 minutes, a rescue helicopter and a pair of lifeboats from the Hallevik station were on the scene. Two of the crew were hospitalised suffering from hypothermia, while the rest escaped injury. According to Erik Tveitan, the coast guard's regional commander, waves as high as six metres made the operation 'extremely difficult'. An inquiry into why the engine failed has been launched by the maritime authority.""",
     traps=[
         T("just before 11 in the evening", "shortly before 11 p.m."),
         T("a pair of lifeboats", "two lifeboats"),
         T("the rest escaped injury", "the others were unhurt"),
         T("waves as high as six metres", "waves of up to six metres"),
         T("An inquiry into why the engine failed has been launched by the maritime authority",
           "The maritime authority has opened an investigation into the cause of the engine failure"),
     ])

case("whisky distilling", "rewrite",
     """Glenmarrach Distillers has begun construction of a new £45 million distillery near the village of Auchterbrae, the company announced on 3 March. The site will have capacity to produce two million litres of spirit a year and is expected to create 38 permanent jobs when it opens in late 2026. Managing director Catriona Dunleavy said the new distillery would use barley grown by farmers within 30 miles and would be powered largely by a biomass boiler. The company's existing distillery at Invercraig will continue to operate. Glenmarrach, which is owned by the Halbeck drinks group, sold 1.1 million cases of whisky last year, about 60 percent of them overseas.""",
     """Glenmarrach Distillers said on 3 March that work had started on a £45m distillery close to the village of Auchterbrae. Able to produce two million litres of spirit annually, the site is expected to provide 38 permanent jobs once it opens in early 2026, making it one of the largest employers in the area. The distillery will use barley from farmers within 30 miles and draw most of its power from a biomass boiler, managing director Catriona Dunleavy said. Production will carry on at the company's existing Invercraig distillery. Owned by the Halbeck drinks group, Glenmarrach sold 1.1 million cases of whisky last year, roughly 60% of them abroad.""",
     errors=[
         E("early 2026", "date", "major", "late 2026"),
         E("making it one of the largest employers in the area", "addition", "minor", None),
     ],
     traps=[
         T("£45m", "£45 million"),
         T("roughly 60% of them abroad", "about 60 percent of them overseas"),
     ])

case("police dogs", "rewrite",
     """Dunmore Police has added six German shepherd puppies to its dog section as part of a £210,000 plan to expand the unit over the next three years. The puppies, aged between eight and ten weeks, will spend about a year with volunteer foster families before starting formal training at 14 months. Sergeant Kieran Ashdown, who leads the section, said the force currently had 18 operational dogs, which were used in searches for missing people, drugs and firearms. Four of those dogs are due to retire this year. Ashdown said the expansion would allow a dog handler to be on duty in every district at all times, something the force has not managed since 2019.""",
     """Six German shepherd puppies have joined the Dunmore Police dog section under a three-year, £210,000 expansion plan. Aged eight to ten weeks, they will live with volunteer foster families for roughly twelve months and then begin formal training at 14 months old. The section's head, Sergeant Kieran Ashdown, said the force's 18 operational dogs were currently used to search for missing people, drugs and firearms. Four of them are due to retire this year. Once the unit has grown, Ashdown said, it would be possible to have a dog handler on duty in every district around the clock, which the force has been unable to do since 2019.""",
     traps=[
         T("a three-year, £210,000 expansion plan", "a £210,000 plan to expand the unit over the next three years"),
         T("roughly twelve months", "about a year"),
         T("The section's head", "who leads the section"),
         T("around the clock", "at all times"),
         T("which the force has been unable to do since 2019", "something the force has not managed since 2019"),
     ])

case("motorcycle racing", "summary",
     """The Brackenfield road races, one of the oldest motorcycle events in the country, have been cancelled for a second consecutive year after organisers failed to secure insurance. The Brackenfield Motor Club said premiums had risen from £38,000 in 2022 to more than £110,000, a cost the volunteer-run club could not meet. Club secretary Janice Holloway said the decision was 'heartbreaking' for riders and for local businesses, which she estimated lost around £1.5 million in trade when the event was called off last year. The club has asked the national motorcycle federation for help negotiating a group insurance policy and hopes the races can return in 2026. The event was first held in 1927 and usually attracts about 25,000 spectators.""",
     """For the second year running, the Brackenfield road races will not take place because organisers could not obtain insurance, whose cost has nearly trebled to over £110,000 since 2022. The volunteer-run club, which hopes to bring the races back in 2026, is seeking the national federation's help with a group policy.""",
     traps=[
         T("For the second year running", "for a second consecutive year"),
         T("will not take place", "have been cancelled"),
         T("nearly trebled to over £110,000 since 2022", "risen from £38,000 in 2022 to more than £110,000"),
         T("is seeking the national federation's help with a group policy",
           "has asked the national motorcycle federation for help negotiating a group insurance policy"),
     ])

# ---------------------------------------------------------------- cases 17-20

case("frost damage", "rewrite",
     """A late frost in the first week of May has damaged an estimated 40 percent of the apple blossom in the Tamberly orchards, growers said on Friday. Temperatures fell to minus 3C on two consecutive nights, and orchards on lower ground were worst affected. The Tamberly Fruit Growers' Association said some farms had lost almost their entire crop, while those on higher slopes reported little damage. Association chair Rupert Lansdowne said growers were not insured against frost, as policies had become too expensive after similar losses in 2017. He called on the agriculture ministry to include orchard frost damage in its emergency support scheme, which currently covers only flooding and drought.""",
     """Growers said on Friday that a late frost during the first week of May had damaged around two-fifths of the apple blossom in the Tamberly orchards. On two nights in a row the temperature dropped to -3C, with low-lying orchards hit hardest. Some farms lost almost all of their crop, the Tamberly Fruit Growers' Association said, and orchards on higher slopes also suffered significant damage. Growers had no frost insurance because policies became too costly after similar losses in 2017, according to the association's chair, Rupert Lansdowne. He urged the agriculture ministry to extend its emergency support scheme, which at present covers only flooding and drought, to frost damage in orchards.""",
     errors=[
         E("also suffered significant damage", "polarity", "major", "reported little damage"),
     ],
     traps=[
         T("around two-fifths", "an estimated 40 percent"),
         T("On two nights in a row", "on two consecutive nights"),
         T("low-lying orchards hit hardest", "orchards on lower ground were worst affected"),
     ])

case("comedy clubs", "rewrite",
     """The Laughing Gull, a comedy club in the Ashworth district that has hosted early performances by several well-known comedians, will close at the end of August after its landlord declined to renew the lease. Owner Dev Malhotra said the club had been offered a new five-year lease at almost double the current rent of £48,000 a year, which it could not afford. The venue, which opened in 2004, holds 160 people and stages shows five nights a week. Malhotra said he was looking for new premises in the area and hoped to reopen within 12 months. A petition calling on the landlord to reconsider has gathered more than 9,000 signatures since Sunday.""",
     """The Laughing Gull, the Ashworth comedy club where several well-known comedians performed early in their careers, is to shut at the end of August because its landlord has refused to renew the lease. According to owner Dev Malhotra, the club cannot afford the new five-year lease it was offered, at nearly twice its present rent of £48,000 a year. Open since 2004, the 160-capacity venue puts on shows five nights a week. Malhotra is searching for new premises in the area and hopes the club will reopen within a year. Since Sunday, over 9,000 people have signed a petition urging the landlord to reconsider.""",
     traps=[
         T("has refused to renew the lease", "declined to renew the lease"),
         T("nearly twice", "almost double"),
         T("the 160-capacity venue", "holds 160 people"),
         T("within a year", "within 12 months"),
         T("over 9,000 people have signed a petition", "has gathered more than 9,000 signatures"),
     ])

case("air shows", "summary",
     """The Saltmarsh International Air Show will move from its traditional July slot to the weekend of 13-14 September this year, organisers announced on Monday. The change follows complaints that last year's event clashed with school holidays, causing severe traffic congestion on the coastal road. Flying director Graham Oakes said the later date would also allow a display by the Royal Aeronautical Heritage Flight, which had been unavailable in July. Ticket prices will stay at £35 for adults, with children under 12 admitted free. Around 70,000 people attended last year's show. The organisers said they would run additional park-and-ride buses from Marsh End and Kelby to reduce pressure on roads.""",
     """Organisers say the Saltmarsh International Air Show will switch from July to 13-14 September next year, after last year's event coincided with school holidays and caused severe congestion on the coastal road. The later date also means the Royal Aeronautical Heritage Flight can give a display. Adult tickets remain £35, under-12s go free, and extra park-and-ride buses will run.""",
     errors=[
         E("next year", "date", "major", "this year"),
     ],
     traps=[
         T("coincided with school holidays", "clashed with school holidays"),
         T("under-12s go free", "children under 12 admitted free"),
     ])

case("lobster fishing", "rewrite",
     """Lobster landings at the port of Carrick Haven fell by a quarter last year to 310 tonnes, according to figures published by the Western Fisheries Board. The board said the decline was partly due to a six-week closure of the inshore grounds in autumn while scientists from the Marlowe Marine Institute assessed stock levels. Fishermen's representative Colin Tarrant said catches had recovered since the grounds reopened, but warned that rising bait and fuel prices were squeezing margins. The average price paid at the quayside rose to £14.20 per kilogram, up from £12.80. The board plans to introduce a new minimum landing size of 90 millimetres from next January to protect younger lobsters.""",
     """Figures from the Western Fisheries Board show that lobster landings at Carrick Haven dropped by 25% last year to 310 tonnes. The board attributed part of the fall to a six-week closure of the inshore grounds in the autumn, when scientists from the board assessed stock levels. Catches have recovered since the grounds reopened, said fishermen's representative Colin Tarrant, though he warned that higher bait and fuel costs were eating into margins. Catches have recovered since the grounds reopened. The average quayside price climbed to £14.20 a kilogram, compared with £12.80 the year before. From next January the board intends to bring in a minimum landing size of 90 millimetres to protect younger lobsters.""",
     errors=[
         E("scientists from the board", "entity", "major", "scientists from the Marlowe Marine Institute"),
         E("Catches have recovered since the grounds reopened", "repetition", "minor", None, occ=1),
     ],
     traps=[
         T("dropped by 25%", "fell by a quarter"),
         T("compared with £12.80 the year before", "up from £12.80"),
     ])

# ---------------------------------------------------------------- cases 21-24

case("mine museums", "rewrite",
     """The Pendarrow Mining Museum will reopen to visitors on 1 April after a two-year, £6.8 million restoration of its Victorian engine house and underground galleries. The museum, which closed in 2023 when inspectors found unstable timber supports, has installed a new lift that will allow wheelchair users to reach the lower gallery for the first time. Curator Bethan Rowse said about 400 metres of tunnels would be open, roughly half the length accessible before the closure. Most of the funding came from the National Heritage Fund, with the remainder raised by the Pendarrow Mining Trust through public donations. Admission will cost £12 for adults, and the museum expects around 45,000 visitors in its first year.""",
     """After a £6.8m restoration of its Victorian engine house and underground galleries lasting two years, the Pendarrow Mining Museum reopens to the public on 1 April. The museum shut in 2023 after inspectors discovered that timber supports were unstable; thanks to a newly installed lift, wheelchair users will be able to get to the lower gallery for the first time. Around 400 metres of tunnel will be open, about half as much as before the closure, according to curator Bethan Rowse. The National Heritage Fund provided the majority of the money, and the Pendarrow Mining Trust raised the rest from public donations. Adults will pay £12, and some 45,000 visitors are expected in the first year.""",
     traps=[
         T("reopens to the public", "will reopen to visitors"),
         T("about half as much as before the closure", "roughly half the length accessible before the closure"),
         T("provided the majority of the money", "Most of the funding came from"),
         T("Adults will pay £12", "Admission will cost £12 for adults"),
         T("some 45,000 visitors are expected", "the museum expects around 45,000 visitors"),
     ])

case("bouldering", "rewrite",
     """Cragline Climbing, which operates indoor bouldering centres, has opened its fourth site, a 2,300-square-metre hall in a former bus depot in Eastmoor. The company said the £3.1 million centre would employ 26 staff and could accommodate up to 350 climbers at a time. Co-founder Priya Natarajan said membership across the chain had grown by 35 percent in the past year, driven mainly by climbers aged 18 to 30. The Eastmoor site includes a dedicated area for children and a training room for competition climbers. Cragline plans to open two more centres by the end of 2026, subject to finding suitable buildings, and is in talks with investors about raising a further £5 million.""",
     """Indoor bouldering operator Cragline Climbing has opened its fourth centre, a 2,300 sq m hall housed in a former bus depot in Eastmoor. The £3.1m site will have a staff of 26 and room for as many as 350 climbers at once, the company said. Membership of the chain has risen by more than a third over the last 12 months, largely thanks to climbers aged between 18 and 30, said co-founder Priya Natarajan. The Eastmoor centre has a dedicated children's area and a training room for competition climbers. Provided suitable buildings can be found, Cragline intends to open two further centres by the end of 2026, and it is talking to investors about raising another £5m.""",
     traps=[
         T("as many as 350 climbers at once", "up to 350 climbers at a time"),
         T("more than a third", "35 percent"),
         T("over the last 12 months", "in the past year"),
         T("Provided suitable buildings can be found", "subject to finding suitable buildings"),
         T("another £5m", "a further £5 million"),
     ])

case("cycle lanes", "summary",
     """Harnley City Council has approved a £14 million plan to build 22 kilometres of segregated cycle lanes over the next four years, despite objections from some traders. The council's transport committee voted 9-4 in favour on Tuesday evening. The first phase, a 3.5-kilometre route along Mill Road linking the railway station with the university, is due to start in the autumn. Around 60 on-street parking spaces will be removed on Mill Road, and the council has promised a loading bay for shops. Councillor Amira Haddad, who chairs the committee, said cycling in the city had increased by 28 percent since 2019. The Mill Road Traders' Association said it was disappointed and feared a loss of passing trade.""",
     """By nine votes to four, Harnley council's transport committee on Tuesday approved a £14m scheme for 22km of segregated cycle lanes over four years. Work on the first 3.5km stretch, along Mill Road between the station and the university, should begin in the autumn and will cost about 60 parking spaces. Traders on the road fear losing passing trade.""",
     traps=[
         T("By nine votes to four", "voted 9-4 in favour"),
         T("£14m", "£14 million"),
         T("should begin in the autumn", "is due to start in the autumn"),
         T("will cost about 60 parking spaces", "Around 60 on-street parking spaces will be removed"),
     ])

case("honey exports", "summary",
     """Honey exports from the Verlano region rose 12 percent by volume last year to 8,400 tonnes, but earnings fell because of lower world prices, the regional beekeepers' association said. Export revenue slipped to $31 million from $33.5 million as producers faced competition from cheaper blended honey. Association president Tomas Arrieta said the region's beekeepers had not increased the number of hives but had benefited from a long flowering season. Germany and Japan remained the largest buyers. Arrieta urged the government to press for stricter labelling rules in importing countries so that consumers could distinguish pure honey from blends. He said the association expected volumes to remain stable this year.""",
     """The Verlano region exported 12% more honey last year, 8,400 tonnes, yet earnings fell to $31m from $33.5m amid competition from cheaper blends. The beekeepers' association credited a long flowering season and an increase in hive numbers, and called for stricter labelling rules abroad, which it says would lift prices by a fifth.""",
     errors=[
         E("an increase in hive numbers", "polarity", "major", "had not increased the number of hives"),
         E("which it says would lift prices by a fifth", "addition", "major", None),
     ],
     traps=[
         T("12% more honey", "rose 12 percent by volume"),
     ])

# ---------------------------------------------------------------- cases 25-28

case("drag racing", "translation",
     """The drag racing strip at Vessby airfield will close permanently at the end of the season, the municipality announced on Thursday. The airfield has been sold to a logistics company, Nordfrakt, which plans to build a warehouse on the site. The Vessby Motor Club, which has organised races there since 1986, says it is looking for a new venue but that no suitable alternative has yet been found. Club chairman Lars-Ove Hedlund said around 5,000 spectators attend each of the four annual race weekends. The municipality said the sale would bring in 62 million kronor and that the warehouse would create about 150 jobs. The last race meeting is planned for 21 September.""",
     """Racing on the Vessby airfield drag strip will end for good when this season finishes, the municipality said on Thursday. The airfield has been bought by the logistics firm Nordfrakt, which intends to put up a warehouse there. The Vessby Motor Club has held races at the airfield since 1986; it is searching for somewhere else to race but has not so far found a suitable location. According to club chairman Lars-Ove Hedlund, each of the four race weekends held every year draws some 5,000 spectators. The sale will earn the municipality 62 million kronor, it said, and the warehouse will create around 150 jobs. The final meeting is scheduled for 21 September.""",
     traps=[
         T("will end for good when this season finishes", "will close permanently at the end of the season"),
         T("has been bought by the logistics firm Nordfrakt", "has been sold to a logistics company, Nordfrakt"),
         T("has not so far found a suitable location", "no suitable alternative has yet been found"),
         T("each of the four race weekends held every year draws some 5,000 spectators",
           "around 5,000 spectators attend each of the four annual race weekends"),
         T("The final meeting is scheduled for", "The last race meeting is planned for"),
     ])

case("culverts", "rewrite",
     """A collapsed culvert beneath the C217 near Ottery Green has forced the road to close for at least three weeks, the county highways department said on Monday. The 1.2-metre pipe, which carries the Lidden Brook under the road, gave way after heavy rain on Saturday night, leaving a hole about four metres wide. No vehicles were involved and nobody was hurt. Engineers said the culvert, installed in the 1950s, would be replaced with a larger concrete box section to reduce the risk of flooding. A signed diversion of about 11 miles via Crayling Lane is in place. Highways manager Sonia Pettifer apologised for the disruption and said residents would be given access to properties throughout the works.""",
     """The county highways department said on Monday that the C217 near Ottery Green will be shut for a minimum of three weeks after a culvert under the road collapsed. The 1.2m pipe carrying the Lidden Brook beneath the carriageway failed following heavy rain late on Saturday, opening up a hole roughly four metres across. No vehicles were caught up in the collapse and there were no injuries. Engineers said they would reline the 1950s culvert with concrete to reduce the risk of flooding. Traffic is being diverted along a signed route of about 11 miles via Crayling Lane. Highways manager Sonia Pettifer apologised for the disruption, adding that residents would be able to reach their properties for the duration of the works.""",
     errors=[
         E("reline the 1950s culvert with concrete", "event", "major",
           "would be replaced with a larger concrete box section"),
     ],
     traps=[
         T("for a minimum of three weeks", "for at least three weeks"),
         T("late on Saturday", "on Saturday night"),
         T("roughly four metres across", "about four metres wide"),
     ])

case("pigeon racing", "translation",
     """A record 4,200 pigeons took part on Sunday in the annual long-distance race from Montclar to the Flemish town of Oosterveld, the national pigeon fanciers' federation reported. The birds were released at 6.30 a.m. and the fastest, owned by breeder Jef Verstraeten from Halderbeek, arrived home just over nine hours later. Strong headwinds slowed the race, and by evening fewer than half the pigeons had returned. The federation said it was not concerned, because most birds usually arrive on the second day. The winning pigeon, a two-year-old hen, had also finished third last year. Verstraeten declined to say whether he would sell the bird, but offers of more than 50,000 euros are common for champions.""",
     """According to the national federation of pigeon fanciers, a record field of 4,200 pigeons competed on Sunday in the yearly long-distance race from Montclar to Oosterveld in Flanders. The pigeons were let go at half past seven in the morning, and the quickest of them, belonging to Halderbeek breeder Jef Verstraeten, reached its loft a little more than nine hours afterwards. Strong headwinds held the birds back, and by the evening under half of them were home. The federation expressed concern, as most pigeons generally come back on the second day. The winner, a two-year-old female, had placed third in last year's race as well. Verstraeten would not say if he intends to sell her, though champions routinely attract bids above 50,000 euros.""",
     errors=[
         E("half past seven in the morning", "date", "major", "6.30 a.m."),
         E("expressed concern", "polarity", "major", "was not concerned"),
     ],
     traps=[
         T("a little more than nine hours afterwards", "just over nine hours later"),
         T("under half of them", "fewer than half the pigeons"),
     ])

case("linen mills", "summary",
     """Ardmore Linen, one of the last working linen mills in the country, has been bought by its management in a deal that secures 85 jobs, the company's administrators said on Wednesday. The mill at Carrowmena Bridge went into administration in February after losing its largest customer, a hotel supplies group. The administrators, Foyle & Partners, said the buyout team, led by production manager Niamh Corrigan, had raised £2.2 million from private investors and a regional development bank. Corrigan said the mill would focus on high-end table and bed linen and aimed to double its export sales within three years. The mill was founded in 1869 and still uses some looms dating from the 1950s.""",
     """Administrators Foyle & Partners say a management team led by production manager Niamh Corrigan has bought Ardmore Linen, saving 85 jobs at one of the country's last working linen mills. Corrigan says the mill, which entered administration in February after losing its biggest customer, will concentrate on high-end table and bed linen and hopes to double export sales within three years.""",
     traps=[
         T("saving 85 jobs", "secures 85 jobs"),
         T("entered administration", "went into administration"),
         T("will concentrate on", "would focus on"),
         T("hopes to double export sales", "aimed to double its export sales"),
     ])

# ---------------------------------------------------------------- cases 29-32

case("opera houses", "rewrite",
     """The Valmont Opera House will close for an 18-month refurbishment from January, its board confirmed on Tuesday. The £27 million project will replace the stage machinery, install air conditioning in the auditorium and reduce the number of seats from 1,450 to 1,320 to improve legroom. General director Ilse Morgenthal said the company would stage a reduced programme of six productions at the Corn Exchange in Lindenford during the closure. About £19 million has been secured from the Arts Trust and the city council; the remainder is expected to come from private donors. Morgenthal said the theatre might have to postpone its reopening if further fundraising fell short.""",
     """The board of the Valmont Opera House confirmed on Tuesday that the building will shut from January for a refurbishment lasting a year and a half. Under the £27m project the stage machinery will be replaced, air conditioning will be installed in the auditorium and 150 seats will be taken out to give audiences more legroom. During the closure, general director Ilse Morgenthal said, the company will put on a scaled-back programme of six productions at Lindenford's Corn Exchange. The Arts Trust and the city council have committed about £19m, and the rest will come from private donors. Morgenthal warned that the reopening could be delayed if further fundraising fell short.""",
     errors=[
         E("150 seats", "number", "minor", "from 1,450 to 1,320"),
         E("will come from private donors", "modality", "minor", "is expected to come from private donors"),
     ],
     traps=[
         T("a year and a half", "18-month"),
         T("could be delayed", "might have to postpone"),
     ])

case("vintage cars", "rewrite",
     """A 1937 Dellamare Roadster sold for £1.85 million at an auction in Hexley on Saturday, a record for the marque, auctioneers Penrose & Vail said. The car, one of only 14 built, had been kept in a barn in the Carnwyth hills for more than 40 years before its discovery last spring. It was bought by a private collector from Switzerland who bid by telephone. The previous record for a Dellamare, set in 2019, was £1.2 million. Auction house director Marcus Penrose said the roadster had been sold unrestored, with its original paintwork and engine, which had added to its appeal. The seller, a retired farmer, asked not to be named.""",
     """Auctioneers Penrose & Vail said a 1937 Dellamare Roadster had fetched £1.85m at their Hexley sale on Saturday, the highest price ever achieved by the marque. Only 14 examples were built, and this one spent over four decades in a barn in the Carnwyth hills until it was found last spring. A Swiss private collector bidding over the phone secured it. Dellamare's previous record, from 2019, stood at £1.2m. According to director Marcus Penrose, the fact that the roadster was sold unrestored, still with its original engine and paintwork, had made it more appealing. The seller, who is a retired farmer, wished to remain anonymous.""",
     traps=[
         T("the highest price ever achieved by the marque", "a record for the marque"),
         T("over four decades", "more than 40 years"),
         T("A Swiss private collector bidding over the phone", "a private collector from Switzerland who bid by telephone"),
         T("stood at £1.2m", "was £1.2 million"),
         T("wished to remain anonymous", "asked not to be named"),
     ])

case("air cargo hubs", "translation",
     """Cargo volumes at Altavista International Airport grew by 9 percent in the first half of the year, to 212,000 tonnes, driven by exports of fresh fruit and flowers, the airport operator reported on Friday. The operator, Aerocarga del Sur, said it would invest 140 million dollars over three years in a second refrigerated terminal. The regional trade minister, Carolina Ibáñez, said the expansion was essential for farmers who currently lose up to 15 percent of their produce to delays. However, the pilots' union warned that the airport's single runway was already close to capacity at night. The operator expects work on the new terminal to begin in March.""",
     """Altavista International Airport handled 212,000 tonnes of cargo in the first six months of the year, an increase of 9 percent driven by shipments of fresh fruit and flowers, according to figures released on Friday by its operator. Aerocarga del Sur, which runs the airport, plans to spend 140 million dollars over the next three years on a second cold-storage terminal. For Carolina Ibáñez, the regional minister of trade, the expansion is vital for growers, who at present lose as much as 15 percent of their harvest because of delays. The operator cautioned, however, that the single runway is already operating close to its limit at night. Construction of the new terminal is expected to start in March, the company said.""",
     errors=[
         E("The operator cautioned", "attribution", "major", "the pilots' union warned"),
     ],
     traps=[
         T("the first six months of the year", "the first half of the year"),
         T("cold-storage terminal", "refrigerated terminal"),
         T("as much as 15 percent", "up to 15 percent"),
     ])

case("horse carriages", "rewrite",
     """Horse-drawn carriage rides in the old town of Kelmsford will be limited to mornings and evenings during the summer months under new rules approved by the town council on Thursday. From 1 June, carriages will not be allowed to operate between noon and 4 p.m. when the temperature exceeds 28C. Operators must also provide water troughs at the two designated ranks and rest each horse for at least 20 minutes after every hour of work. The council said the measures followed complaints from animal welfare groups after a horse collapsed last August. The town's seven licensed operators, who run 23 horses between them, said they accepted the rules but warned that income could fall by up to a third.""",
     """Kelmsford town council on Thursday approved rules restricting horse-drawn carriage rides in the old town to mornings and evenings over the summer months. Starting on 1 June, carriages will be banned from working between midday and 4 p.m. whenever the temperature is above 28C. At both designated ranks operators will also have to supply water troughs, and each horse must be rested for a minimum of 20 minutes after each hour of work. The measures came after animal welfare groups complained when a horse collapsed last August, according to the council. Kelmsford's seven licensed operators, with 23 horses in total, said they accepted the new rules, though they cautioned that their income might drop by as much as a third.""",
     traps=[
         T("will be banned from working", "will not be allowed to operate"),
         T("between midday and 4 p.m.", "between noon and 4 p.m."),
         T("a minimum of 20 minutes", "at least 20 minutes"),
         T("with 23 horses in total", "who run 23 horses between them"),
         T("might drop by as much as a third", "could fall by up to a third"),
     ])

# ---------------------------------------------------------------- cases 33-36

case("coffee roasters", "rewrite",
     """Independent coffee roaster Bellhaven Roasting Co. has been acquired by the hospitality group Marchmont Holdings for an undisclosed sum, the two companies announced on Monday. Bellhaven, founded in 2011 by former barista Tomasz Wierzba, supplies beans to around 300 cafés and restaurants and employs 45 people at its roastery in Fallowmere Quay. Marchmont, which owns 60 bars and hotels, said it would keep the Bellhaven brand and that Wierzba would stay on as managing director for at least two years. The deal is expected to be completed by the end of October, subject to approval by the competition regulator. Bellhaven reported sales of £8.6 million last year.""",
     """In a deal announced on Monday, independent coffee roaster Bellhaven Roasting Co. has taken over the hospitality group Marchmont Holdings for an undisclosed sum. Set up in 2011 by ex-barista Tomasz Wierzba, Bellhaven employs 45 people at its Fallowmere Quay roastery and supplies beans to some 300 cafés and restaurants. Marchmont, owner of 60 bars and hotels, said the Bellhaven brand would be retained and Wierzba would remain managing director for a minimum of two years. Completion is expected by the end of October, provided the competition regulator approves the deal. Bellhaven's sales last year totalled £8.6m.""",
     errors=[
         E("Bellhaven Roasting Co. has taken over the hospitality group Marchmont Holdings", "role", "critical",
           "Bellhaven Roasting Co. has been acquired by the hospitality group Marchmont Holdings"),
     ],
     traps=[
         T("for a minimum of two years", "for at least two years"),
         T("provided the competition regulator approves the deal", "subject to approval by the competition regulator"),
     ])

case("cattle markets", "summary",
     """The livestock market at Drumlow, which has held weekly cattle sales since 1888, will move to a new site on the edge of the town next spring, its owners said on Thursday. Drumlow Auction Mart said the current town-centre site was too small for modern lorries and needed repairs costing more than £1 million. The new £4.5 million mart, on farmland beside the bypass, will have covered pens for 1,200 cattle and a café. The old site has been sold to a housing developer for an undisclosed sum. Chairman Hugh Ferrie said the mart had handled 41,000 cattle last year, its busiest year for a decade. Some town-centre traders fear losing the business farmers bring on sale days.""",
     """Drumlow's cattle market, which has held weekly sales since 1888, will move to a new site on the edge of town next spring, as its town-centre home is too small for modern lorries and needs more than £1m of repairs. The £4.5m replacement will have covered pens for 1,200 cattle, and the old site has been leased to a housing developer. The market will move to a new site on the edge of town next spring.""",
     errors=[
         E("has been leased", "event", "major", "has been sold"),
         E("will move to a new site on the edge of town next spring", "repetition", "minor", None, occ=1),
     ],
     traps=[
         T("more than £1m of repairs", "repairs costing more than £1 million"),
     ])

case("sailing schools", "translation",
     """The Lago Serrano sailing school will offer free courses to 300 children from low-income families this summer, thanks to a donation from the Fondazione Ardenti. The courses, each lasting five days, will run from late June to the end of August and will be open to children aged eight to fourteen. The school's director, Paolo Venturi, said that all participants would receive a life jacket to keep and that instructors had been given additional training in teaching beginners. Until now, a week's course has cost 240 euros, a price many families could not afford. The foundation has committed 95,000 euros for this year and has said it is prepared to renew the project in 2026 if it is successful.""",
     """This summer, three hundred children from families on low incomes will be able to attend courses at the Lago Serrano sailing school at no cost, funded by a gift from the Fondazione Ardenti. Each course lasts five days; they will be held from the last days of June until the end of August for children between eight and fourteen years old. Paolo Venturi, who directs the school, said every child taking part would be given a life jacket to take home, and that the instructors had received extra training in teaching novices. A week's course has until now been priced at 240 euros, more than many families could pay. The foundation has pledged 95,000 euros for this year and says it is willing to repeat the initiative in 2026 should it prove a success.""",
     traps=[
         T("three hundred children", "300 children"),
         T("at no cost", "free courses"),
         T("a life jacket to take home", "a life jacket to keep"),
         T("has pledged 95,000 euros", "has committed 95,000 euros"),
         T("should it prove a success", "if it is successful"),
     ])

case("parkour", "summary",
     """A purpose-built parkour park has opened on Larchfield Common in the Southmere district, the first of its kind in the borough. The £380,000 facility, designed with help from local freerunning group Urban Flow Collective, includes concrete walls, rails and platforms of varying heights spread over 1,100 square metres. The borough council paid for two-thirds of the cost, with the remainder coming from a sports foundation grant. Council leader Janet Ogundipe said the park was intended to give young people a safe alternative to training on buildings and car parks, which had led to complaints from residents. Free coaching sessions will be held every Saturday until the end of October.""",
     """Southmere now has the borough's first purpose-built parkour park, a £380,000 site on Larchfield Common designed with help from the Urban Flow Collective. The council met two-thirds of the cost, and its leader says the park is meant to give young people a safe alternative to practising on buildings and car parks. Coaching will be free on Saturdays until the end of October.""",
     traps=[
         T("met two-thirds of the cost", "paid for two-thirds of the cost"),
         T("is meant to give", "was intended to give"),
         T("practising on", "training on"),
         T("Coaching will be free on Saturdays", "Free coaching sessions will be held every Saturday"),
     ])

# ---------------------------------------------------------------- cases 37-40

case("film archives", "summary",
     """The National Screen Archive has recovered 26 reels of a silent film long believed lost, the 1924 drama 'The Lamplighter's Daughter', directed by Elsa Brandvold. The nitrate reels were found in the attic of a house in Orrin Heath during renovation work and handed to the archive by the owners, a retired couple. Archive curator Dominic Ashe said about 80 percent of the film had survived, although several scenes were badly damaged. Restoration, funded by a £150,000 grant from the Celluloid Heritage Trust, is expected to take two years. The archive plans to screen the restored film with a live orchestra at the Regent Picture House in 2027.""",
     """Twenty-six reels of the 1924 silent drama 'The Lamplighter's Daughter', long thought lost, have been found in an Orrin Heath attic and handed to the National Screen Archive. Curator Elsa Brandvold said around 80% of the film had survived. Restoration, backed by a £150,000 grant, should take two years, and the archive plans a screening with a live orchestra in 2027.""",
     errors=[
         E("Elsa Brandvold", "entity", "major", "Dominic Ashe"),
     ],
     traps=[
         T("long thought lost", "long believed lost"),
         T("around 80% of the film", "about 80 percent of the film"),
         T("should take two years", "is expected to take two years"),
     ])

case("open-water swimming", "translation",
     """More than 900 swimmers took part on Saturday in the crossing of Lake Tarnen, an annual 3.8-kilometre open-water race between the villages of Ostby and Hamre. The water temperature was 17 degrees, two degrees below the average for the event. The men's race was won by 24-year-old Sindre Lofthus in 52 minutes and 10 seconds, and the women's by Kari Nyhavn, who set a new course record of 55 minutes and 3 seconds. Organisers said 38 swimmers had been helped out of the water by safety boats, most of them because of cold. Nobody required hospital treatment. The race has been held since 1979 and is organised by volunteers from the Hamre swimming club.""",
     """Over 900 people swam in Saturday's crossing of Lake Tarnen, a 3.8 km open-water race held every year between the villages of Ostby and Hamre. At 17 degrees, the water was two degrees colder than is usual for the race. Sindre Lofthus, 24, won the men's race in 52:10, while Kari Nyhavn took the women's title in a course record time of 55:03. Safety boats had to help 38 swimmers out of the lake, the organisers said, mostly because they had become too cold. None of them needed hospital treatment. First held in 1979, the race is run by volunteers from the Hamre swimming club.""",
     traps=[
         T("Over 900 people swam", "More than 900 swimmers took part"),
         T("held every year", "annual"),
         T("two degrees colder than is usual for the race", "two degrees below the average for the event"),
         T("52:10", "52 minutes and 10 seconds"),
         T("None of them needed hospital treatment", "Nobody required hospital treatment"),
     ])

case("sinkholes", "translation",
     """A sinkhole about 12 metres deep opened on Tuesday morning in a residential street in San Telmo de la Vega, forcing the evacuation of 46 residents from two apartment buildings. No one was injured. The mayor, Rosa Ifantes, said geologists would assess whether the buildings were safe and that residents could be allowed to return within a week if no further movement was detected. The municipal water company said a leaking water main might have contributed to the collapse, but that the cause had not yet been confirmed. The area, built on gypsum-rich soil, has recorded four smaller sinkholes since 2015. The families are staying in hotels paid for by the city council.""",
     """On Tuesday morning a hole roughly 12 metres deep opened up in a residential street in San Telmo de la Vega, and 46 people had to be evacuated from two blocks of flats. There were no injuries. Mayor Rosa Ifantes said geologists would examine whether the buildings were safe, adding that if no further ground movement was detected residents could be allowed back within seven days. The municipal water company said a leaking main had contributed to the collapse, although the cause has not yet been established. Built on soil rich in gypsum, the neighbourhood has seen four smaller sinkholes since 2015. The city council is paying for the families to stay in hotels.""",
     errors=[
         E("had contributed", "modality", "major", "might have contributed"),
     ],
     traps=[
         T("two blocks of flats", "two apartment buildings"),
         T("There were no injuries", "No one was injured"),
         T("within seven days", "within a week"),
     ])

case("debating societies", "translation",
     """The debating society of the Lycée Montcalvet won the national schools debating championship on Saturday in Rivelles, beating a team from the Collège Saint-Hilaire in the final. The four students, aged 16 and 17, argued against the motion that social networks should be banned for under-15s. The jury of five, chaired by the former judge Anne-Sophie Delorme, decided in their favour by three votes to two. It is the first national title for the school, whose society was founded only four years ago by a philosophy teacher, Marc Lefébure. The winners will represent the country at the European championship next March.""",
     """Lycée Montcalvet's debating society are the new national schools debating champions after defeating a Collège Saint-Hilaire team in Saturday's final in Rivelles. Its four students, who are 16 and 17 years old, opposed the motion that under-15s should be barred from social networks. A five-member jury presided over by former judge Anne-Sophie Delorme ruled for them by a 3-2 majority. The title is the school's first at national level; its society was set up just four years ago by Marc Lefébure, a philosophy teacher. Next March the winners will represent the country at the European championship.""",
     traps=[
         T("opposed the motion", "argued against the motion"),
         T("should be barred from social networks", "social networks should be banned for under-15s"),
         T("presided over by", "chaired by"),
         T("by a 3-2 majority", "by three votes to two"),
         T("set up just four years ago", "founded only four years ago"),
     ])

# ---------------------------------------------------------------- build and validate

MODES = ("rewrite", "summary", "translation")
TYPES = ("entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition")
SEVERITIES = ("minor", "major", "critical")
WORD = re.compile(r"\S+")


def nth(hay, needle, n):
    """Start of the n-th (0-based) occurrence of needle in hay, or -1."""
    pos = -1
    for _ in range(n + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return len(WORD.findall(s))


def cuts_word(s, i):
    """True if offset i falls strictly inside a word of s."""
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    if len(CASES) != 40:
        problems.append("expected 40 cases, got %d" % len(CASES))
    doms = [c["domain"] for c in CASES]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        problems.append("domains do not match the list one-to-one")

    for k, c in enumerate(CASES, 1):
        cid = "s23-%03d" % k
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]
        if mode not in MODES:
            bad(cid, "bad mode")
        if "\n" in ref or "\n" in cand:
            bad(cid, "newline in text")
        nw = words(ref)
        if not 70 <= nw <= 190:
            bad(cid, "reference has %d words" % nw)
        if mode == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
            bad(cid, "summary not shorter than reference")
        if ref == cand:
            bad(cid, "candidate identical to reference")
        label = "inconsistent" if c["errors"] else "consistent"
        spans = []
        errors = []
        for e in c["errors"]:
            t = e["type"]
            if t not in TYPES:
                bad(cid, "bad type %r" % t)
            if e["severity"] not in SEVERITIES:
                bad(cid, "bad severity")
            if t == "omission":
                if mode == "summary":
                    bad(cid, "omission in a summary")
                if e["text"] != "":
                    bad(cid, "omission with text")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, "omission ref_text not in reference")
                elif e["ref_text"] in cand:
                    bad(cid, "omitted words present in candidate")
                anchor = e["after"] if e["after"] is not None else e["before"]
                p = nth(cand, anchor, e["aocc"]) if anchor else -1
                if p < 0:
                    bad(cid, "omission anchor not found: %r" % anchor)
                    continue
                start = p + len(anchor) if e["after"] is not None else p
                end = start
            else:
                if not e["text"]:
                    bad(cid, "empty error text")
                    continue
                start = nth(cand, e["text"], e["occ"])
                if start < 0:
                    bad(cid, "error text not found: %r" % e["text"])
                    continue
                end = start + len(e["text"])
                if t in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(cid, "%s must have ref_text null" % t)
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(cid, "error ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] == e["text"]:
                        bad(cid, "error text equals ref_text")
                if t == "repetition":
                    first = cand.find(e["text"])
                    if not 0 <= first < start or first + len(e["text"]) > start:
                        bad(cid, "repetition without an earlier copy")
                if t == "addition" and e["text"] in ref:
                    bad(cid, "added text occurs in reference")
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad(cid, "error span cuts a word: %r" % e["text"])
            spans.append((start, end, "error"))
            errors.append({"start": start, "end": end, "text": cand[start:end],
                           "type": t, "severity": e["severity"],
                           "ref_text": e["ref_text"]})
        traps = []
        for tr in c["traps"]:
            start = nth(cand, tr["text"], tr["occ"])
            if start < 0:
                bad(cid, "trap text not found: %r" % tr["text"])
                continue
            end = start + len(tr["text"])
            if tr["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["ref_text"] == tr["text"]:
                bad(cid, "trap identical to reference wording")
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad(cid, "trap span cuts a word: %r" % tr["text"])
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": tr["text"],
                          "ref_text": tr["ref_text"]})
        spans.sort()
        for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == e1 == s2 and s2 < e2) or (s1 < s2 < e1):
                bad(cid, "overlapping spans at %d-%d / %d-%d" % (s1, e1, s2, e2))
        for s, e, kind in spans:
            for s2, e2, _ in spans:
                if s == e and s2 < s < e2:
                    bad(cid, "omission point inside another span")
        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad(cid, "consistent pair needs 3-5 traps, has %d" % len(traps))
        if label == "inconsistent":
            if not 0 <= len(traps) <= 3:
                bad(cid, "inconsistent pair needs 0-3 traps, has %d" % len(traps))
            if not 1 <= len(errors) <= 2:
                bad(cid, "inconsistent pair has %d errors" % len(errors))
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})

    # composition
    for m, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        rs = [r for r in records if r["mode"] == m]
        nc = sum(r["label"] == "consistent" for r in rs)
        if len(rs) != n or nc != n // 2:
            problems.append("mode %s: %d pairs, %d consistent" % (m, len(rs), nc))
    all_err = [e for r in records for e in r["errors"]]
    if len(all_err) != 30:
        problems.append("expected 30 errors, got %d" % len(all_err))
    for t in TYPES:
        if sum(e["type"] == t for e in all_err) < 2:
            problems.append("fewer than 2 errors of type %s" % t)
    return records, problems


def summary_lines(records):
    from collections import Counter
    out = []
    out.append("pairs: %d" % len(records))
    out.append("mode x label: %s" % dict(sorted(Counter(
        (r["mode"] + "/" + r["label"]) for r in records).items())))
    out.append("labels: %s" % dict(Counter(r["label"] for r in records)))
    errs = [e for r in records for e in r["errors"]]
    out.append("errors: %d %s" % (len(errs), dict(sorted(Counter(e["type"] for e in errs).items()))))
    out.append("severity: %s" % dict(Counter(e["severity"] for e in errs)))
    out.append("traps: %d" % sum(len(r["traps"]) for r in records))
    ws = [words(r["reference"]) for r in records]
    out.append("reference words: min %d max %d" % (min(ws), max(ws)))
    return out


def main():
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    for line in summary_lines(records):
        print(line)
    if "--check" in sys.argv[1:]:
        print("check passed; nothing written")
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set23.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), path))


if __name__ == "__main__":
    main()
