#!/usr/bin/env python3
"""Held-out evaluation set 41 for the fact-comparison tool.

How it was made: every pair was hand-written by a helper session that saw no
code or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries and
currencies appear only as background). Character offsets are never typed by
hand: they are computed here by string search (with an occurrence index where
a quoted text repeats), and the whole set is validated before writing.

Composition: 40 pairs, one domain each.
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total over the 20 inconsistent pairs (10 pairs with one error,
          10 with two): entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 2, event 3, omission 2, addition 2,
          repetition 2.
  traps:  3-5 on every consistent pair, 0-3 on inconsistent pairs.

Usage: python3 make_set41.py          validate and write set41.jsonl
       python3 make_set41.py --check  validate only, write nothing
"""
import collections
import json
import os
import sys

N = 41
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "bouldering gyms", "caravan parks", "sundials", "car pounds",
    "canary breeding", "truck stops", "crossing patrols", "guano harvesting",
    "marriage registrars", "cane cutters", "hop gardens", "playground safety",
    "beaver reintroduction", "meteorite hunting", "harpsichord restoration",
    "rack railways", "rent caps", "scrap yards", "lentil prices",
    "wooden boat building", "batik workshops", "treehouse hotels",
    "vanilla curing", "hospice care", "aquarium trade", "toad patrols",
    "squatting law", "rain gardens", "microfilm", "textile recycling",
    "duty free shops", "birth registration", "jellyfish warnings",
    "pinball museums", "hedgehog crossings", "sandbag depots",
    "postcard fairs", "coin dealers", "rough sleeping counts",
    "hearing aid clinics",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, type_, severity, ref_text, occ=0, after=None, before=None):
    """An error. For omissions give text="" and an anchor: after=<candidate
    text the gap follows> or before=<candidate text the gap precedes>."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after,
            "before": before}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of ref_text (which is in the reference)."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------- rewrites 1-5
C("bouldering gyms", "rewrite", "consistent",
  "Cragline Climbing, the operator of eleven indoor bouldering gyms in the "
  "north-west, said on Monday it would open two further centres in Harwell and "
  "Stobridge by the end of March. The company, which was founded in 2014 by "
  "former instructor Dana Holloway, reported revenue of £8.4 million for the "
  "year to September, up 23 per cent on the previous year. Membership rose to "
  "about 19,000, driven largely by students and office workers. Chief executive "
  "Priya Ransome said the new sites would each create around 30 jobs and that "
  "prices for existing members would not rise this year. The firm is also "
  "considering a third site in Kelbury but has not yet secured planning "
  "permission, according to a statement.",
  "Cragline Climbing will open two more centres, in Harwell and Stobridge, by "
  "the end of March, the operator of eleven indoor bouldering gyms in the "
  "north-west said on Monday. Revenue at the company, set up by ex-instructor "
  "Dana Holloway in 2014, climbed 23% year on year to £8.4m in the twelve "
  "months to September, while membership grew to roughly 19,000, mostly on the "
  "back of students and office workers. Each new site would create about 30 "
  "jobs, chief executive Priya Ransome said, adding that existing members "
  "would see no price rise this year. A statement said a third site in Kelbury "
  "is under consideration, though planning permission has not yet been "
  "obtained.",
  traps=[T("£8.4m", "£8.4 million"),
         T("23%", "23 per cent"),
         T("ex-instructor", "former instructor"),
         T("roughly 19,000", "about 19,000"),
         T("planning permission has not yet been obtained",
           "has not yet secured planning permission")])

C("caravan parks", "rewrite", "inconsistent",
  "Holiday operator Brackenmoor Parks has agreed to buy the Seagrove caravan "
  "park near Penlow Bay for £14.5 million, the company said on Thursday. "
  "Seagrove has 420 static caravan pitches and 65 touring plots, and employs "
  "48 staff during the summer season. Brackenmoor, which already runs nine "
  "parks along the coast, said it would spend a further £3 million over two "
  "years upgrading the site's shower blocks, shop and play area. The sale, "
  "which is subject to approval by the local licensing authority, is expected "
  "to complete in June. Seagrove's current owners, the Tillett family, have "
  "run the park since 1971. 'We wanted to sell to someone who would keep it as "
  "a family park,' said Margaret Tillett.",
  "Brackenmoor Parks, a holiday operator that already runs nine coastal parks, "
  "has agreed to pay £14.5m for the Seagrove caravan park near Penlow Bay, it "
  "announced on Thursday. The site, which has 420 static pitches and 56 "
  "touring plots and employs 48 people in the summer season, will receive "
  "another £3m over two years to upgrade its shower blocks, shop and play "
  "area. The deal still needs the local licensing authority's approval and "
  "should complete in June. The Tillett family, who have run Seagrove since "
  "1971, wanted a buyer who would keep it as a family park, Margaret Tillett "
  "said.",
  errors=[E("56", "number", "minor", "65")],
  traps=[T("£14.5m", "£14.5 million"),
         T("should complete in June", "is expected to complete in June")])

C("sundials", "rewrite", "consistent",
  "The town council of Elverston has approved £62,000 for the restoration of "
  "the 18th-century sundial on the south wall of St Aldhelm's church, the "
  "council announced on 4 May. The sundial, which was carved in 1764 by a "
  "local mason, has lost most of its gilded numerals and its iron gnomon is "
  "badly corroded. Work will be carried out by the conservation firm Harrow & "
  "Penn and is due to start in July, taking about ten weeks. The council will "
  "pay two-thirds of the cost, with the remainder coming from the Elverston "
  "Civic Society. Councillor Rhys Annand said the dial was 'one of the oldest "
  "working timepieces in the county' and would be accurate to within a few "
  "minutes once restored.",
  "Restoration of the 18th-century sundial on the south wall of St Aldhelm's "
  "church has been allocated £62,000 by Elverston town council, which made "
  "the announcement on 4 May. Carved by a local mason in 1764, the dial has "
  "lost most of its gilded numerals, and its iron gnomon is in a badly "
  "corroded state. Conservation specialists Harrow & Penn are due to begin "
  "the roughly ten-week job in July. Two-thirds of the bill will be met by the "
  "council and the other third by the Elverston Civic Society. Describing the "
  "dial as 'one of the oldest working timepieces in the county', Councillor "
  "Rhys Annand said it would keep time to within a few minutes after the "
  "restoration.",
  traps=[T("roughly ten-week job", "about ten weeks"),
         T("Two-thirds of the bill will be met by the council",
           "The council will pay two-thirds of the cost"),
         T("the other third", "the remainder"),
         T("would keep time to within a few minutes",
           "would be accurate to within a few minutes")])

C("car pounds", "rewrite", "inconsistent",
  "Fenmouth City Council has handed the contract to run its two car pounds to "
  "Velton Recovery, ending a 12-year arrangement with rival operator Sayle "
  "Towing, officials confirmed on Wednesday. The five-year contract is worth "
  "£7.2 million. Under the new terms, the release fee for a towed car will "
  "fall from £200 to £150, and owners will be able to pay online and collect "
  "vehicles 24 hours a day. The council said complaints about the pounds had "
  "doubled since 2021, mostly over long queues at the Quayside site. Sayle "
  "Towing said it was disappointed and was considering its options. About 40 "
  "Sayle employees are expected to transfer to Velton when the contract begins "
  "in October.",
  "Fenmouth City Council has awarded the contract to run its two car pounds "
  "to Velton Recovery, ending a 12-year arrangement with rival operator Sayle "
  "Towing, officials confirmed on Wednesday. The five-year deal is worth "
  "£7.2m. Under the new terms the fee to release a towed car will drop from "
  "£200 to £150, and owners will be able to pay online and collect their "
  "vehicles. According to the council, complaints about the pounds have "
  "doubled since 2021, mainly because of long queues at the Quayside site. "
  "Sayle Towing said it was disappointed and was weighing its options. Around "
  "40 Velton employees are expected to move to Sayle when the contract starts "
  "in October.",
  errors=[E("", "omission", "major", "24 hours a day",
            after="collect their vehicles"),
          E("Velton employees are expected to move to Sayle", "role", "major",
            "Sayle employees are expected to transfer to Velton")],
  traps=[T("five-year deal", "five-year contract"),
         T("£7.2m", "£7.2 million"),
         T("mainly because of", "mostly over")])

C("canary breeding", "rewrite", "consistent",
  "The National Canary Breeders' Association has cancelled its annual show in "
  "Dunmere, scheduled for 18 November, after an outbreak of avian influenza at "
  "a poultry farm eight miles away. Under national rules, bird gatherings are "
  "banned within a 10-kilometre control zone until further notice. The show "
  "normally attracts around 3,500 birds entered by some 600 breeders. "
  "Association secretary Lionel Brackett said exhibitors who had already paid "
  "the £12 entry fee would be refunded in full within 30 days. He added that "
  "the committee hoped to hold a smaller event in the spring, but that no date "
  "had been set. Officials from the agriculture ministry said the risk to pet "
  "birds kept indoors remained low.",
  "An outbreak of avian influenza at a poultry farm eight miles from Dunmere "
  "has led the National Canary Breeders' Association to call off its annual "
  "show there, which had been due to take place on 18 November. National rules "
  "prohibit bird gatherings inside a 10km control zone until further notice. "
  "Typically, some 600 breeders enter about 3,500 birds in the show. Anyone "
  "who has already paid the £12 entry fee will get a full refund within 30 "
  "days, said association secretary Lionel Brackett, who added that the "
  "committee hoped to stage a smaller spring event, although no date had been "
  "fixed. According to agriculture ministry officials, the risk to pet birds "
  "kept indoors is still low.",
  traps=[T("call off", "cancelled"),
         T("10km", "10-kilometre"),
         T("Typically, some 600 breeders enter about 3,500 birds in the show",
           "The show normally attracts around 3,500 birds entered by some 600 "
           "breeders"),
         T("stage a smaller spring event",
           "hold a smaller event in the spring"),
         T("is still low", "remained low")])

# --------------------------------------------------------------- rewrites 6-10
C("truck stops", "rewrite", "inconsistent",
  "Roadhaul Services, which operates 23 truck stops along the Northern Trunk "
  "Road, may close up to four of its smaller sites next year, the company said "
  "in its annual report published on Tuesday. The company cited rising energy "
  "costs and a fall in overnight bookings, which dropped 11 per cent in 2023. "
  "It said no final decision had been made and that it would consult staff and "
  "local councils first. At the same time, Roadhaul plans to install electric "
  "truck chargers at six of its larger sites, with the first due to open at "
  "Carrow Junction in the autumn. Chief executive Oona Fairley said the company "
  "wanted 'fewer, better sites'.",
  "Up to four of the smaller sites in Roadhaul Services' network of 23 truck "
  "stops on the Northern Trunk Road are to close next year, according to the "
  "company's annual report, published on Tuesday. Higher energy costs and an "
  "11% fall in overnight bookings in 2023 were cited. The company said no "
  "final decision had been taken and that staff and local councils would be "
  "consulted first. Roadhaul also plans to fit electric truck chargers at six "
  "of its bigger sites, with the first due to open at Carrow Junction in the "
  "autumn. Chief executive Oona Fairley said the company wanted 'fewer, better "
  "sites'.",
  errors=[E("are to close", "modality", "major", "may close")],
  traps=[T("11% fall", "dropped 11 per cent"),
         T("bigger sites", "larger sites")])

C("crossing patrols", "rewrite", "consistent",
  "Ashcombe County Council has reversed a plan to withdraw school crossing "
  "patrols from 14 sites, following a petition signed by more than 9,000 "
  "parents. The proposal, announced in January, would have saved an estimated "
  "£180,000 a year. Cabinet member for transport Gillian Okafor said on Friday "
  "that all 52 patrols in the county would be kept at least until the end of "
  "the next school year, and that the council would look for savings "
  "elsewhere in its highways budget. A review of pedestrian safety near "
  "schools will be published in the autumn. Road safety charity StreetWise "
  "welcomed the decision, saying two of the affected crossings were on roads "
  "with a 40mph limit.",
  "A plan to remove school crossing patrols from 14 locations has been dropped "
  "by Ashcombe County Council after more than 9,000 parents signed a petition. "
  "The council had estimated that the proposal, unveiled in January, would "
  "save about £180,000 annually. On Friday Gillian Okafor, the cabinet member "
  "responsible for transport, said every one of the county's 52 patrols would "
  "stay until at least the end of the next school year, with savings to be "
  "sought elsewhere in the highways budget. A review of pedestrian safety "
  "around schools is due out in the autumn. The road safety charity StreetWise "
  "welcomed the U-turn, noting that two of the crossings concerned were on "
  "40mph roads.",
  traps=[T("has been dropped by Ashcombe County Council",
           "Ashcombe County Council has reversed a plan"),
         T("annually", "a year"),
         T("every one of the county's 52 patrols",
           "all 52 patrols in the county"),
         T("until at least the end of", "at least until the end of"),
         T("40mph roads", "roads with a 40mph limit")])

C("guano harvesting", "rewrite", "inconsistent",
  "The government of the island state of Pelora has suspended guano "
  "harvesting on the Marrow Cays for three years to protect nesting seabird "
  "colonies, the environment ministry said on 9 March. Harvesting by licensed "
  "cooperatives had been allowed between April and August since 2011, but a "
  "survey last year found the number of breeding pairs of brown boobies had "
  "fallen by about 40 per cent. Around 120 workers, most of them members of "
  "the Tessaro cooperative, will receive compensation payments during the "
  "suspension. Environment minister Alda Queiroz said harvesting could resume "
  "in 2027 if bird numbers recovered. The cooperative said it accepted the "
  "decision but called for help finding other work.",
  "Guano harvesting on the Marrow Cays has been halted for three years by the "
  "government of Pelora, an island state, in order to protect nesting seabird "
  "colonies, the environment ministry announced on 9 March. Licensed "
  "cooperatives had been permitted to harvest from April to August since 2011, "
  "but last year's survey showed that breeding pairs of brown boobies had "
  "declined by roughly two-fifths. Compensation will be paid during the "
  "suspension to about 120 workers, most of whom belong to the Tessaro "
  "cooperative. If bird numbers recover, harvesting could restart in 2026, "
  "environment minister Alda Queiroz said. The cooperative, which has worked "
  "the islands for generations, said it accepted the decision but asked for "
  "help in finding other work.",
  errors=[E("2026", "date", "major", "2027"),
          E("which has worked the islands for generations", "addition",
            "minor", None)],
  traps=[T("roughly two-fifths", "about 40 per cent")])

C("marriage registrars", "rewrite", "consistent",
  "Couples in the district of Harlow Vale will be able to book civil "
  "ceremonies up to 18 months in advance from 1 September, the district "
  "registration service announced on Thursday, up from the current limit of "
  "12 months. The service, which conducted 1,430 marriages and civil "
  "partnerships last year, is also recruiting four additional registrars to "
  "cut waiting times for weekend slots, which can currently exceed five "
  "months. Fees for ceremonies at the register office will remain at £57, "
  "while those at approved venues will rise by 6 per cent. Superintendent "
  "registrar Colin Ashdown said demand for Saturday ceremonies in summer had "
  "'never been higher'.",
  "From 1 September, couples in Harlow Vale district will be able to book a "
  "civil ceremony as much as a year and a half ahead, compared with 12 months "
  "now, the district registration service said on Thursday. The service, "
  "which carried out 1,430 marriages and civil partnerships last year, is also "
  "hiring four more registrars in an effort to reduce waits for weekend slots, "
  "currently more than five months in some cases. The £57 fee for a register "
  "office ceremony is unchanged, but ceremonies at approved venues will cost "
  "6% more. According to superintendent registrar Colin Ashdown, demand for "
  "summer Saturday ceremonies has 'never been higher'.",
  traps=[T("as much as a year and a half ahead", "up to 18 months in advance"),
         T("four more registrars", "four additional registrars"),
         T("currently more than five months in some cases",
           "can currently exceed five months"),
         T("will cost 6% more", "will rise by 6 per cent")])

C("cane cutters", "rewrite", "inconsistent",
  "Sugar cane cutters on the estates of Rivière Blanche Sugar in the northern "
  "province have ended a nine-day strike after the company agreed to raise the "
  "daily wage by 15 per cent, the union said on Sunday. About 2,800 cutters "
  "had walked out over pay and the lack of shade and drinking water in the "
  "fields. Under the deal, the company will also provide water stations every "
  "500 metres and introduce a midday break of one hour during the hottest "
  "months. The union, Sindicato Cañero del Norte, said the agreement did not "
  "include back pay for the strike days. Harvesting is expected to resume on "
  "Tuesday, with the company warning that about 6 per cent of the crop may "
  "have been lost.",
  "A nine-day strike by sugar cane cutters on Rivière Blanche Sugar's estates "
  "in the northern province is over after the company agreed to a 15% "
  "increase in the daily wage, the union said on Sunday. Some 2,800 cutters "
  "had stopped work in protest at pay and the absence of shade and drinking "
  "water in the fields. The deal also commits the company to setting up water "
  "stations at 500-metre intervals and bringing in an hour-long midday break "
  "in the hottest months. The union, Sindicato Cañero del Norte, said back pay "
  "for the strike days was included in the agreement. Harvesting is expected "
  "to restart on Tuesday; the company has warned that roughly 6% of the crop "
  "may have been lost.",
  errors=[E("was included", "polarity", "critical", "did not include")],
  traps=[T("at 500-metre intervals", "every 500 metres"),
         T("an hour-long midday break", "a midday break of one hour")])

# -------------------------------------------------------------- rewrites 11-15
C("hop gardens", "rewrite", "consistent",
  "Hop growers in the Teme valley expect this year's harvest to be about 20 "
  "per cent smaller than last year's after a wet spring and an outbreak of "
  "downy mildew, the regional growers' association said on 2 September. The "
  "association, which represents 31 farms, said around 140 hectares of hop "
  "gardens had been grubbed up since 2020 as brewers switched to imported "
  "varieties. Picking began last week and will run until early October. Chair "
  "of the association Nell Garrity said prices agreed in forward contracts "
  "would protect most growers from the worst of the losses this season, but "
  "warned that some smaller farms might not replant. Local brewery Orchard "
  "Lane Ales said it would continue to buy all its hops from the valley.",
  "A wet spring and a downy mildew outbreak are likely to leave this year's "
  "Teme valley hop harvest roughly a fifth down on last year's, the regional "
  "growers' association said on 2 September. According to the association, "
  "which has 31 member farms, some 140 hectares of hop gardens have been "
  "grubbed up since 2020 as brewers turned to imported varieties. Picking "
  "started last week and will continue until early October. Most growers will "
  "be shielded from the worst of the losses this season by prices agreed in "
  "forward contracts, said association chair Nell Garrity, though she "
  "cautioned that some smaller farms might not replant. Local brewer Orchard "
  "Lane Ales said it would go on sourcing all its hops from the valley.",
  traps=[T("are likely to leave", "expect"),
         T("roughly a fifth down", "about 20 per cent smaller"),
         T("has 31 member farms", "represents 31 farms"),
         T("cautioned", "warned")])

C("playground safety", "rewrite", "inconsistent",
  "An inspection of 212 council-run playgrounds in Westbury Metropolitan "
  "Borough found faults at 37 of them, including loose bolts, worn safety "
  "surfacing and broken gates, according to a report by the independent "
  "inspector Playcheck UK published on Monday. Eight sites were closed "
  "temporarily while repairs were made. The report said the borough had cut "
  "its playground maintenance budget by a quarter since 2019. Council leader "
  "Marcus Devlin said all urgent repairs had been completed and that an extra "
  "£450,000 would be spent on equipment over the next two years. The parents' "
  "group Safe Play Westbury said the findings were 'deeply worrying' and "
  "called for inspections every three months instead of once a year.",
  "Faults such as loose bolts, worn safety surfacing and broken gates were "
  "found at 37 of the 212 council-run playgrounds in Westbury Metropolitan "
  "Borough, independent inspector Playcheck UK said in a report released on "
  "Monday. Eight sites were shut for a time while they were repaired. The "
  "borough's playground maintenance budget has been cut by a third since "
  "2019, the report said. All urgent repairs have been carried out, said "
  "council leader Marcus Devlin, adding that £450,000 more would go on "
  "equipment over the coming two years. Playcheck UK called the findings "
  "'deeply worrying' and urged inspections every three months rather than "
  "once a year.",
  errors=[E("a third", "number", "major", "a quarter"),
          E("Playcheck UK", "attribution", "major",
            "The parents' group Safe Play Westbury", occ=1)],
  traps=[T("shut for a time", "closed temporarily"),
         T("£450,000 more", "an extra £450,000")])

C("beaver reintroduction", "rewrite", "consistent",
  "Four families of Eurasian beavers will be released into the upper Carrick "
  "catchment this spring under a licence granted on 14 February by the "
  "national nature agency, the Wildlands Trust said. It will be the first "
  "licensed wild release in the region in more than 400 years, the trust said. "
  "The project, costing £310,000 over five years, is funded mainly by a water "
  "company, Northvale Water, which hopes the dams will slow floodwater and "
  "improve water quality downstream. Some farmers have raised concerns about "
  "flooding of low-lying fields; the trust said it had agreed a management "
  "plan with 17 landowners that allows dams to be removed or lowered if "
  "necessary. The beavers will be monitored with GPS tags for at least two "
  "years.",
  "The Wildlands Trust said four Eurasian beaver families would be released "
  "into the upper Carrick catchment this spring, after the national nature "
  "agency granted a licence on 14 February, in the region's first licensed "
  "wild release for over four centuries. Most of the money for the five-year, "
  "£310,000 project is coming from water company Northvale Water, which hopes "
  "the dams will slow floodwater and improve downstream water quality. Some "
  "farmers are worried about low-lying fields flooding; the trust said it had "
  "agreed a management plan with 17 landowners that lets dams be removed or "
  "lowered where necessary. GPS tags will be used to track the beavers for a "
  "minimum of two years.",
  traps=[T("over four centuries", "more than 400 years"),
         T("Most of the money for the five-year, £310,000 project is coming "
           "from", "is funded mainly by"),
         T("lets dams be removed or lowered where necessary",
           "allows dams to be removed or lowered if necessary"),
         T("for a minimum of two years", "for at least two years")])

C("meteorite hunting", "rewrite", "inconsistent",
  "A team of amateur meteorite hunters has recovered a 1.3-kilogram fragment "
  "of the fireball that was seen over the Arlen plateau on 21 October, the "
  "Corran Natural History Museum said on Wednesday. The stone was found in a "
  "sheep field near the village of Dunlough by Tomás Reilly, a retired "
  "surveyor, after the museum's scientists used camera footage to calculate a "
  "likely fall zone. Curator Ines Halvorsen said initial tests suggested it "
  "was a rare carbonaceous chondrite, a type that can contain organic "
  "compounds. The landowner has agreed to lend the fragment to the museum, "
  "where it will go on display in December. More than 60 volunteers have "
  "joined the search for further pieces.",
  "Amateur meteorite hunters have found a 1.3kg fragment of the fireball seen "
  "over the Corran plateau on 21 October, the Corran Natural History Museum "
  "announced on Wednesday. Retired surveyor Tomás Reilly discovered the stone "
  "in a sheep field close to Dunlough village after museum scientists had "
  "worked out a probable fall zone from camera footage. Early tests indicate "
  "it may be a rare carbonaceous chondrite, a kind that can contain organic "
  "compounds, according to curator Ines Halvorsen. The landowner has agreed "
  "to lend it to the museum, where it will go on display in December. Over 60 "
  "volunteers are now searching for more pieces.",
  errors=[E("Corran plateau", "entity", "major", "Arlen plateau")],
  traps=[T("1.3kg", "1.3-kilogram"),
         T("Early tests indicate it may be",
           "initial tests suggested it was")])

C("harpsichord restoration", "rewrite", "consistent",
  "A harpsichord built in Verlaaken in 1642 and believed to be one of fewer "
  "than 20 surviving instruments from the Ruckhart workshop will be played in "
  "public next month for the first time in more than a century, the Lindqvist "
  "Music Collection said. The instrument was acquired by the collection in "
  "2019 for an undisclosed sum and has since undergone a four-year "
  "restoration by the specialist Elspeth Maraine. Her work included replacing "
  "112 jacks and repairing a split in the soundboard, while the original "
  "painted lid was cleaned but not retouched. The opening recital, on 12 June, "
  "will be given by the harpsichordist Aurelio Banti. Tickets, priced at £25, "
  "went on sale on Monday and about half have already been sold.",
  "The Lindqvist Music Collection said a harpsichord made in Verlaaken in 1642 "
  "- thought to be among fewer than 20 instruments from the Ruckhart workshop "
  "still in existence - would be heard in public next month for the first "
  "time in over 100 years. Bought by the collection in 2019 for an "
  "undisclosed price, it has since been through a four-year restoration at "
  "the hands of specialist Elspeth Maraine, who replaced 112 jacks and "
  "repaired a split in the soundboard; the original painted lid was cleaned, "
  "though not retouched. Harpsichordist Aurelio Banti will give the opening "
  "recital on 12 June. About half of the £25 tickets, which went on sale on "
  "Monday, have been sold already.",
  traps=[T("thought to be among fewer than 20",
           "believed to be one of fewer than 20"),
         T("still in existence", "surviving"),
         T("over 100 years", "more than a century"),
         T("Bought by the collection in 2019",
           "acquired by the collection in 2019")])

# -------------------------------------------------------------- rewrites 16-20
C("rack railways", "rewrite", "inconsistent",
  "The Halden Peak rack railway will reopen on 1 May after a two-year closure "
  "for track renewal, its operator Alpenkamm Bahnen said on Tuesday. The "
  "4.6-kilometre line, which climbs 1,100 metres from the village of "
  "Oberstell to the summit station, was closed in 2022 after inspectors found "
  "wear on the rack rail. The renewal, which cost 38 million francs, was "
  "funded jointly by the canton and the operator. Two new battery-electric "
  "trains will replace the diesel units used since 1978, cutting journey "
  "times from 35 to 28 minutes. Return fares will rise from 54 to 59 francs. "
  "The railway carried about 210,000 passengers a year before the closure.",
  "Alpenkamm Bahnen said on Tuesday that its Halden Peak rack railway would "
  "reopen on 1 May following two years of closure for track renewal. The "
  "4.6km line, which rises 1,100 metres from Oberstell village to the summit "
  "station, was shut in 2022 when inspectors discovered wear on the rack "
  "rail. The canton and the operator shared the 38 million franc cost of the "
  "renewal. The diesel units in service since 1978 will be refitted with "
  "battery-electric drives, cutting the journey from 35 to 28 minutes. Return "
  "fares will go up from 54 to 59 francs. Before the closure, the railway "
  "carried around 210,000 passengers a year, following two years of closure "
  "for track renewal.",
  errors=[E("will be refitted with battery-electric drives", "event", "major",
            "Two new battery-electric trains will replace the diesel units"),
          E("following two years of closure for track renewal", "repetition",
            "minor", None, occ=1)],
  traps=[T("4.6km", "4.6-kilometre")])

C("rent caps", "rewrite", "consistent",
  "The city government of Marlow Heights will cap annual rent increases on "
  "private tenancies at 3 per cent from 1 January, mayor Teresa Valdane "
  "announced on Friday. The cap will apply to about 85,000 homes but will not "
  "cover properties built after 2015, which officials said was intended to "
  "avoid discouraging new construction. Landlords who breach the rules could "
  "face fines of up to $20,000. The measure will be reviewed after two years. "
  "The Marlow Heights Landlords' Association said it would challenge the "
  "policy in court, arguing that it would reduce investment in maintenance. "
  "Tenants' groups had campaigned for a 2 per cent cap. Rents in the city "
  "rose by an average of 9 per cent last year, according to council figures.",
  "Mayor Teresa Valdane announced on Friday that from 1 January, yearly rent "
  "rises on private tenancies in Marlow Heights would be limited to 3%. Some "
  "85,000 homes will be covered, although properties built after 2015 are "
  "exempt, a decision officials said was meant to avoid deterring new "
  "building. Fines of as much as $20,000 could be imposed on landlords who "
  "break the rules, and the measure will be reviewed after two years. Arguing "
  "that the cap would cut investment in maintenance, the Marlow Heights "
  "Landlords' Association said it would take the policy to court. Tenants' "
  "groups had pushed for a 2% cap. Council figures show average rents in the "
  "city went up 9% last year.",
  traps=[T("yearly rent rises on private tenancies in Marlow Heights would be "
           "limited to 3%", "cap annual rent increases on private tenancies "
           "at 3 per cent"),
         T("are exempt", "will not cover"),
         T("Fines of as much as $20,000 could be imposed on landlords",
           "Landlords who breach the rules could face fines of up to $20,000"),
         T("take the policy to court", "challenge the policy in court")])

C("scrap yards", "rewrite", "inconsistent",
  "Police in the Dunholm district have arrested three people after stolen "
  "catalytic converters worth an estimated £250,000 were found at a scrap "
  "yard on the Moss Lane industrial estate, the force said on Saturday. "
  "Officers raided the yard on Thursday morning with officials from the "
  "environment agency, who also found that it was operating without a valid "
  "waste permit. Two men, aged 34 and 51, and a 29-year-old woman were held on "
  "suspicion of handling stolen goods and have been released on bail. More "
  "than 400 catalytic converter thefts were reported in the district last "
  "year. Detective Inspector Joanne Farrant urged scrap dealers to check "
  "sellers' identification and said cash payments for scrap metal remain "
  "illegal.",
  "Three people have been arrested by police in the Dunholm district after "
  "stolen catalytic converters with an estimated value of £250,000 were "
  "discovered at a scrap yard on the Moss Lane industrial estate, the force "
  "said on Saturday. The yard was raided on Thursday morning by officers and "
  "environment agency officials, who also found it was operating without a "
  "valid waste permit. Two men aged 34 and 51 and a woman of 29 were detained "
  "on suspicion of handling stolen goods. Last year over 400 catalytic "
  "converter thefts were reported in the district. Detective Inspector Joanne "
  "Farrant called on scrap dealers to check the identification of sellers and "
  "said paying cash for scrap metal was still illegal.",
  errors=[E("", "omission", "major", "and have been released on bail",
            after="on suspicion of handling stolen goods")],
  traps=[T("with an estimated value of £250,000",
           "worth an estimated £250,000"),
         T("a woman of 29", "a 29-year-old woman"),
         T("was still illegal", "remain illegal")])

C("lentil prices", "rewrite", "consistent",
  "Wholesale lentil prices in Kavrana's main grain market have risen by 38 "
  "per cent since January, reaching 1,240 dinars per 100 kilograms last week, "
  "after drought cut the national harvest to its lowest level in a decade, "
  "the agriculture ministry said on Monday. The ministry estimated this year's "
  "crop at 410,000 tonnes, down from 560,000 tonnes last year. To ease prices, "
  "the government will suspend the 10 per cent import duty on lentils for six "
  "months from 1 July, and release 25,000 tonnes from state reserves. Traders "
  "said retail prices were likely to remain high until imports arrive, "
  "probably in August. Lentils are a staple for many low-income households in "
  "the country.",
  "Drought has cut the national lentil harvest to a ten-year low, pushing "
  "wholesale prices in Kavrana's main grain market up 38% since January to "
  "1,240 dinars per 100kg last week, the agriculture ministry said on Monday. "
  "It put this year's crop at 410,000 tonnes, compared with 560,000 tonnes a "
  "year earlier. In a bid to bring prices down, the government will suspend "
  "the 10% import duty on lentils for half a year starting on 1 July and "
  "release 25,000 tonnes from state stocks. According to traders, retail "
  "prices will probably stay high until imports arrive, most likely in "
  "August. Many of the country's low-income households rely on lentils as a "
  "staple.",
  traps=[T("a ten-year low", "its lowest level in a decade"),
         T("100kg", "100 kilograms"),
         T("half a year", "six months"),
         T("state stocks", "state reserves"),
         T("will probably stay high", "were likely to remain high")])

C("wooden boat building", "rewrite", "inconsistent",
  "The Saltmarsh Boatyard in Kessock Harbour, one of the last yards in the "
  "region still building wooden fishing boats, has won a contract to build a "
  "14-metre oak-hulled vessel for a heritage trust, the yard said on 3 April. "
  "Work is due to begin in June and should take around 18 months. The "
  "£900,000 project is being funded by the Coastal Heritage Fund and will "
  "include places for four apprentices, who will train under master "
  "shipwright Hamish Dorran, 68. Dorran said the contract could help keep "
  "traditional skills alive, but warned that the yard might struggle to find "
  "enough seasoned oak. The completed boat will be used for sail training and "
  "school trips.",
  "One of the last yards in the region still making wooden fishing boats, "
  "Kessock Harbour's Saltmarsh Boatyard, said on 3 April it had won a "
  "contract from a heritage trust to build an oak-hulled vessel 14 metres "
  "long. Construction is due to start in July and is expected to last about a "
  "year and a half. Funded by the Coastal Heritage Fund, the £900,000 project "
  "will include four apprenticeships, with trainees learning under "
  "68-year-old master shipwright Hamish Dorran. The contract could help keep "
  "traditional skills alive, Dorran said, though he warned the yard would "
  "struggle to source enough seasoned oak. Once finished, the boat will be "
  "used for sail training and school trips.",
  errors=[E("July", "date", "minor", "June"),
          E("would struggle", "modality", "major", "might struggle")],
  traps=[T("about a year and a half", "around 18 months"),
         T("68-year-old master shipwright Hamish Dorran",
           "master shipwright Hamish Dorran, 68")])

# ------------------------------------------------------------- summaries 21-25
C("batik workshops", "summary", "consistent",
  "The cultural affairs office of Semarin province will provide grants of up "
  "to 15 million rupiah each to 120 small batik workshops this year, officials "
  "said on Tuesday, in an effort to preserve hand-drawn batik techniques. Only "
  "workshops employing fewer than ten people and using traditional "
  "wax-resist methods will be eligible. Applications open on 1 August and "
  "close at the end of September. The office said the number of registered "
  "hand-drawn batik workshops in the province had fallen from about 400 in "
  "2010 to 170 today, as cheaper printed fabrics took market share. "
  "Provincial official Sri Wulandari said the scheme would also fund training "
  "for 300 young artisans. A batik festival will be held in the provincial "
  "capital in November.",
  "Semarin province's cultural affairs office will give up to 15 million "
  "rupiah apiece to 120 small batik workshops this year to help preserve "
  "hand-drawn techniques, and the scheme will also pay for training 300 young "
  "artisans. Only traditional wax-resist workshops with under ten staff "
  "qualify; applications run from 1 August to the end of September. The "
  "number of registered hand-drawn batik workshops in the province has "
  "dropped from around 400 in 2010 to 170, as cheaper printed fabrics gained "
  "ground.",
  traps=[T("up to 15 million rupiah apiece", "up to 15 million rupiah each"),
         T("with under ten staff", "employing fewer than ten people"),
         T("applications run from 1 August to the end of September",
           "Applications open on 1 August and close at the end of September"),
         T("gained ground", "took market share")])

C("treehouse hotels", "summary", "inconsistent",
  "Canopy Stays, a start-up that builds treehouse hotels, has been bought by "
  "the hospitality group Larchmont Leisure for £22 million, the companies "
  "said on Monday. Canopy Stays was founded in 2017 by architects Rowan Ebbe "
  "and Sunita Mahal and operates five sites with a total of 64 treehouses, "
  "mostly in ancient woodland. Larchmont plans to open a further eight sites "
  "by 2027 and said the founders would stay on to run the business. The deal "
  "follows criticism from conservation groups, who said some of Canopy's "
  "builds had damaged tree roots; the company said it had changed its "
  "construction methods in 2022. Occupancy across the sites averaged 81 per "
  "cent last year.",
  "Larchmont Leisure has been bought by treehouse hotel start-up Canopy Stays "
  "for £22m. Canopy, set up in 2017 by two architects, runs five sites with "
  "64 treehouses, mostly in ancient woodland, and averaged 81% occupancy last "
  "year. Larchmont aims to bring the total to eight sites by 2027, with the "
  "founders staying on to run the business. Conservation groups have said "
  "some builds damaged tree roots; the company says it changed its "
  "construction methods in 2022.",
  errors=[E("Larchmont Leisure has been bought by treehouse hotel start-up "
            "Canopy Stays", "role", "critical",
            "Canopy Stays, a start-up that builds treehouse hotels, has been "
            "bought by the hospitality group Larchmont Leisure"),
          E("bring the total to eight sites", "number", "major",
            "open a further eight sites")],
  traps=[T("£22m", "£22 million"),
         T("81%", "81 per cent")])

C("vanilla curing", "summary", "consistent",
  "Vanilla growers' cooperative Sava Verte will open a central curing "
  "facility in the town of Ambohira in March, allowing its 1,900 member "
  "farmers to cure beans collectively rather than at home, the cooperative "
  "said on Wednesday. The facility, built with a 2.1 million euro loan from a "
  "development bank, can process up to 300 tonnes of green vanilla a year. "
  "Curing, which involves blanching, sweating and drying the beans over "
  "several months, is often done poorly on small farms, lowering quality and "
  "prices. Cooperative director Hery Rasolo said members would receive an "
  "advance payment when they deliver green beans and a second payment after "
  "the cured vanilla is sold. Export prices for cured vanilla have fallen by "
  "about half since 2022.",
  "From March, the 1,900 farmers in the Sava Verte vanilla cooperative will be "
  "able to cure their beans together at a new central facility in Ambohira "
  "instead of at home. Built with a 2.1 million euro development bank loan, "
  "the plant can handle as much as 300 tonnes of green vanilla annually. "
  "Members will be paid partly on delivery of green beans and partly once the "
  "cured vanilla has been sold, director Hery Rasolo said. Export prices for "
  "cured vanilla have roughly halved since 2022.",
  traps=[T("together", "collectively"),
         T("as much as 300 tonnes of green vanilla annually",
           "up to 300 tonnes of green vanilla a year"),
         T("paid partly on delivery of green beans",
           "receive an advance payment when they deliver green beans"),
         T("roughly halved", "fallen by about half")])

C("hospice care", "summary", "inconsistent",
  "St Bride's Hospice in Carnford will close eight of its 20 inpatient beds "
  "from 1 October because of a £1.4 million funding gap, its trustees "
  "announced on Thursday. The hospice, which cares for about 1,100 patients a "
  "year, said its community nursing service, which supports people dying at "
  "home, would not be affected and would expand by two nurses. About 15 posts "
  "will be lost, although the hospice hopes most staff can be redeployed. "
  "Chief executive Aileen Morrow said the regional health board covers only "
  "about a third of the hospice's running costs, with the rest raised through "
  "donations and its 14 charity shops. The health board said it was reviewing "
  "funding for end-of-life care and would report in the new year.",
  "St Bride's Hospice in Carnford is to close eight of its 20 inpatient beds "
  "from 1 October because of a £1.4m funding shortfall, with about 15 posts "
  "lost, though it hopes to redeploy most staff. Its community nursing service "
  "will be unaffected and will gain two nurses. The chief executive said the "
  "regional health board covers only about a third of running costs; the "
  "board said it was not reviewing end-of-life care funding.",
  errors=[E("was not reviewing end-of-life care funding", "polarity", "major",
            "was reviewing funding for end-of-life care")],
  traps=[T("£1.4m funding shortfall", "£1.4 million funding gap"),
         T("it hopes to redeploy most staff",
           "the hospice hopes most staff can be redeployed"),
         T("will be unaffected", "would not be affected")])

C("aquarium trade", "summary", "consistent",
  "Customs officers at Port Esmond seized 2,300 live marine fish, including "
  "several protected species of seahorse and angelfish, from a shipment "
  "declared as frozen seafood, the national customs agency said on Saturday. "
  "The fish, packed in plastic bags inside polystyrene boxes, were destined "
  "for aquarium wholesalers in Europe, according to the agency. About a third "
  "had died by the time the shipment was opened. The survivors have been "
  "transferred to the Esmond Marine Research Station. Two employees of the "
  "exporting company, Bluereef Exports, have been charged with wildlife "
  "trafficking and false declaration. Conservationists estimate that more than "
  "90 per cent of marine aquarium fish are caught in the wild, often using "
  "cyanide.",
  "A total of 2,300 live marine fish, among them protected seahorse and "
  "angelfish species, were seized by customs at Port Esmond from a consignment "
  "labelled as frozen seafood and bound for European aquarium wholesalers, the "
  "customs agency said on Saturday. Roughly one in three was already dead when "
  "the shipment was opened; the rest are now at the Esmond Marine Research "
  "Station. Two Bluereef Exports employees face charges of wildlife "
  "trafficking and false declaration.",
  traps=[T("labelled as frozen seafood", "declared as frozen seafood"),
         T("Roughly one in three", "About a third"),
         T("the rest", "The survivors"),
         T("face charges of", "have been charged with")])

# ------------------------------------------------------------- summaries 26-30
C("toad patrols", "summary", "inconsistent",
  "Volunteers with the Lessingham Amphibian Group helped more than 6,200 "
  "common toads cross Brook Road safely during this spring's migration, up "
  "from about 4,800 last year, the group said on 20 April. Patrols of up to "
  "30 volunteers worked on damp evenings between late February and early "
  "April, carrying toads in buckets from the woodland edge to the breeding "
  "pond on the other side of the road. Around 400 toads were found dead on "
  "the road. The group's coordinator, Fiona Letts, said the county council had "
  "agreed to install temporary road closure signs during next year's "
  "migration, but had rejected a request for a permanent amphibian tunnel, "
  "citing its cost of £85,000.",
  "Lessingham Amphibian Group volunteers helped over 6,200 common toads "
  "safely across Brook Road this spring, compared with around 4,800 last "
  "year, in the group's best season since it was founded; about 400 were found "
  "dead on the road. Coordinator Fiona Letts said the parish council had "
  "agreed to put up temporary road closure signs during next year's migration "
  "but turned down a permanent amphibian tunnel, citing its £85,000 cost.",
  errors=[E("in the group's best season since it was founded", "addition",
            "minor", None),
          E("parish council", "entity", "major", "county council")],
  traps=[T("over 6,200", "more than 6,200"),
         T("turned down", "had rejected")])

C("squatting law", "summary", "consistent",
  "The parliament of Ostrevia voted on Wednesday to make squatting in empty "
  "commercial buildings a criminal offence, extending a 2016 law that applied "
  "only to homes. The bill passed by 212 votes to 148 after a debate of more "
  "than nine hours. Under the new rules, squatters who refuse to leave a "
  "commercial property after being served notice could face up to six months "
  "in prison or a fine of 5,000 crowns. Justice Minister Pavel Drach said the "
  "change would protect property owners and speed up evictions. Housing "
  "charities said it would criminalise homeless people and argued that about "
  "30,000 commercial buildings in the country are standing empty. The law "
  "will take effect in March after being signed by the president.",
  "Ostrevia's parliament has voted 212 to 148 to make squatting in empty "
  "commercial buildings a crime, extending a 2016 law that covered only homes. "
  "Squatters who stay on after being served notice could be jailed for as "
  "long as six months or fined 5,000 crowns. The justice minister said the "
  "measure would protect owners and speed up evictions; housing charities "
  "said it would criminalise homeless people. It takes effect in March, once "
  "the president has signed it.",
  traps=[T("voted 212 to 148", "passed by 212 votes to 148"),
         T("who stay on after being served notice",
           "who refuse to leave a commercial property after being served "
           "notice"),
         T("jailed for as long as six months", "up to six months in prison"),
         T("The justice minister", "Justice Minister Pavel Drach")])

C("rain gardens", "summary", "inconsistent",
  "Bramford City Council has completed 48 rain gardens along streets in the "
  "Eastmere neighbourhood, part of a £2.6 million scheme to reduce "
  "surface-water flooding, the council said on Tuesday. The planted kerbside "
  "beds are designed to soak up runoff from roads and roofs that would "
  "otherwise overwhelm the area's Victorian sewers. Monitoring during a storm "
  "on 12 January showed the gardens absorbed about 70 per cent of rainwater "
  "from the streets involved, according to engineers at Tessel University. The "
  "council plans to build a further 60 in two neighbouring districts by 2026. "
  "Residents will be asked to help with weeding through a volunteer scheme, "
  "although maintenance remains the council's responsibility.",
  "Bramford City Council has started work on 48 kerbside rain gardens in "
  "Eastmere as part of a £2.6m scheme to cut surface-water flooding. Tessel "
  "University engineers found that during a storm on 12 January the gardens "
  "soaked up around 70% of the rainwater from the streets concerned. Another "
  "60 are planned in two neighbouring districts by 2026.",
  errors=[E("has started work on", "event", "critical", "has completed")],
  traps=[T("£2.6m", "£2.6 million"),
         T("around 70%", "about 70 per cent"),
         T("Another 60 are planned", "plans to build a further 60")])

C("microfilm", "summary", "consistent",
  "The National Archive of Vestmark will digitise its entire collection of "
  "newspaper microfilm, about 48,000 reels covering titles from 1851 to 1998, "
  "under a five-year project announced on 7 March. The work will be carried "
  "out by the Dutch-owned contractor Scanwell under a 9.4 million crown "
  "contract. Archivist-general Maren Solberg said many reels from the 1950s "
  "and 1960s were deteriorating because of 'vinegar syndrome', a chemical "
  "breakdown of acetate film that gives off a sour smell, and that these "
  "would be scanned first. Digitised pages will be free to search online, "
  "though titles still under copyright will be viewable only in the archive's "
  "reading rooms. The archive will keep the original reels in cold storage.",
  "Vestmark's National Archive announced on 7 March that contractor Scanwell "
  "would digitise all of its roughly 48,000 reels of newspaper microfilm, "
  "dating from 1851 to 1998, over five years under a 9.4 million crown "
  "contract. Reels from the 1950s and 1960s decaying from 'vinegar syndrome' "
  "will be scanned first. Pages will be searchable online free of charge, but "
  "copyrighted titles can be viewed only in the reading rooms.",
  traps=[T("all of its", "its entire collection of"),
         T("roughly 48,000", "about 48,000"),
         T("searchable online free of charge", "free to search online"),
         T("copyrighted titles", "titles still under copyright")])

C("textile recycling", "summary", "inconsistent",
  "Fibreloop, a textile recycling company, will open a plant in the port town "
  "of Hullbridge capable of turning 25,000 tonnes of used clothing a year into "
  "new fibre, the company said on Monday. The £65 million plant, due to begin "
  "operating in 2026, will create around 180 jobs. It will use a chemical "
  "process to separate cotton from polyester in blended fabrics, which are "
  "currently almost impossible to recycle. Fibreloop's chief executive, Ada "
  "Kimura, said the company had signed supply deals with two major fashion "
  "retailers. Environmental group Cleaner Threads welcomed the project but "
  "said that reducing clothing consumption mattered more than recycling. Only "
  "about 1 per cent of discarded clothing is currently recycled into new "
  "garments, according to industry estimates.",
  "Fibreloop is to open a £65m plant in Hullbridge, due to start operating in "
  "2026, that can turn 25,000 tonnes of used clothing a year into new fibre, "
  "creating about 180 jobs. Its chemical process separates cotton from "
  "polyester in blended fabrics, which can barely be recycled today, creating "
  "about 180 jobs. Cleaner Threads welcomed the plan but said cutting "
  "consumption mattered more, noting that by its estimate only about 1% of "
  "discarded clothing is recycled into new garments.",
  errors=[E("creating about 180 jobs", "repetition", "minor", None, occ=1),
          E("by its estimate", "attribution", "major",
            "according to industry estimates")],
  traps=[T("£65m", "£65 million"),
         T("can barely be recycled today",
           "are currently almost impossible to recycle")])

# ---------------------------------------------------------- translations 31-35
C("duty free shops", "translation", "consistent",
  "The airport authority of Valcerra announced on Tuesday that the duty-free "
  "area in Terminal 2 will be closed for renovation from 15 January to 30 "
  "April. During the works, a temporary shop of about 600 square metres will "
  "operate next to gate B4. The operator, Duchamp Travel Retail, will invest "
  "11 million euros in the project, which will double the sales space to 3,200 "
  "square metres. According to the authority, the duty-free shops generated "
  "revenues of 94 million euros last year, 8 per cent more than in 2022. The "
  "new area will include a regional products section and a tasting space for "
  "local wines. About 70 employees will be temporarily transferred to other "
  "terminals.",
  "On Tuesday, Valcerra's airport authority said that Terminal 2's duty-free "
  "zone would shut for refurbishment between 15 January and 30 April. While "
  "work is under way, a temporary store of roughly 600 m² will trade beside "
  "gate B4. Duchamp Travel Retail, which runs the shops, is putting 11 million "
  "euros into the project, which will see the retail floor space doubled to "
  "3,200 m². The duty-free outlets brought in 94 million euros last year, up "
  "8% on 2022, the authority said. The refurbished zone will feature a section "
  "for regional products and an area for tasting local wines. Some 70 staff "
  "will be moved temporarily to other terminals.",
  traps=[T("between 15 January and 30 April", "from 15 January to 30 April"),
         T("roughly 600 m²", "about 600 square metres"),
         T("up 8% on 2022", "8 per cent more than in 2022"),
         T("Some 70 staff", "About 70 employees")])

C("birth registration", "translation", "inconsistent",
  "From 1 July, parents in the province of Montalba will be able to register "
  "a birth online within 10 days, instead of having to go in person to the "
  "civil registry office, the provincial government said on Friday. The new "
  "system, developed with the national digital agency, will allow hospitals to "
  "send birth notifications directly to the registry. Officials said the "
  "change would particularly help families in rural areas, some of whom "
  "currently travel more than two hours to reach an office. In-person "
  "registration will remain available. Last year the province recorded 14,600 "
  "births, of which around 9 per cent were registered after the legal "
  "deadline, according to the registry. Late registration will continue to "
  "carry a fine of 150 euros.",
  "Starting on 1 June, parents in Montalba province will no longer have to "
  "visit the civil registry office in person to register a birth: they will be "
  "able to do it online within ten days, the provincial government announced "
  "on Friday. The system, created together with the national digital agency, "
  "will let hospitals send birth notifications straight to the registry. "
  "Officials said rural families would benefit in particular, as some of them "
  "now have to travel over two hours to get to an office. Registering in "
  "person will still be possible. According to the registry, 14,600 births "
  "were recorded in the province last year, roughly 9% of them registered "
  "after the legal deadline. The 150-euro fine for late registration will "
  "stay in place.",
  errors=[E("1 June", "date", "major", "1 July")],
  traps=[T("ten days", "10 days"),
         T("over two hours", "more than two hours"),
         T("roughly 9%", "around 9 per cent")])

C("jellyfish warnings", "translation", "consistent",
  "Coastal authorities in the region of Porto Sallen raised jellyfish "
  "warnings on 14 beaches on Sunday after swarms of mauve stinger jellyfish "
  "were sighted close to shore. Red flags were hoisted on six of those "
  "beaches, where swimming is banned until further notice, while yellow flags "
  "on the other eight advise caution. Lifeguards treated 230 people for "
  "stings over the weekend, three of whom were taken to hospital. Regional "
  "civil protection chief Lucia Ferrante said the swarms had been driven "
  "towards the coast by warm currents and easterly winds and could remain for "
  "several days. Authorities advised bathers stung by jellyfish to rinse the "
  "area with sea water, not fresh water, and to seek help at first-aid posts.",
  "On Sunday, coastal authorities in the Porto Sallen region issued jellyfish "
  "alerts for 14 beaches after swarms of mauve stingers were spotted near the "
  "shore. Six of these beaches are flying red flags, meaning swimming is "
  "prohibited until further notice; on the remaining eight, yellow flags urge "
  "caution. Over the weekend lifeguards treated 230 people who had been "
  "stung, and three were hospitalised. According to Lucia Ferrante, who heads "
  "regional civil protection, warm currents and winds from the east had "
  "pushed the swarms towards the coast, and they might stay for several days. "
  "Bathers who are stung are advised to rinse the affected area with seawater "
  "rather than fresh water and go to a first-aid post for help.",
  traps=[T("swimming is prohibited", "swimming is banned"),
         T("the remaining eight", "the other eight"),
         T("three were hospitalised", "three of whom were taken to hospital"),
         T("winds from the east", "easterly winds"),
         T("might stay for several days", "could remain for several days")])

C("pinball museums", "translation", "inconsistent",
  "The Flipperhalle pinball museum in the city of Brannau will move to a "
  "larger building in the former tram depot next spring, the museum's "
  "founders said on Thursday. The museum, which opened in 2009 with 40 "
  "machines, now has more than 260, of which about 150 are playable. The new "
  "site will offer 2,400 square metres, three times the current space, and a "
  "workshop where visitors can watch restorations. The move will cost 1.8 "
  "million euros, of which the city will contribute 600,000 euros; the "
  "remainder will come from donations and a crowdfunding campaign. Co-founder "
  "Jonas Albrecht said entry prices would not increase. Last year the museum "
  "received 52,000 visitors, a record.",
  "Next spring the Flipperhalle pinball museum in Brannau will relocate to "
  "bigger premises in the old tram depot, its founders announced on Thursday. "
  "Opened in 2009 with 40 machines, the museum now has over 260, around 150 "
  "of which can be played. The new location will have 2,400 square metres, "
  "twice the present space, plus a workshop where the public can watch "
  "machines being restored. Of the 1.8 million euro cost of the move, the "
  "city will pay 600,000 euros, with donations and a crowdfunding campaign "
  "covering the rest. Admission prices will rise, according to co-founder "
  "Jonas Albrecht. A record 52,000 people visited the museum last year.",
  errors=[E("twice", "number", "major", "three times"),
          E("will rise", "polarity", "critical", "would not increase")],
  traps=[T("around 150 of which can be played", "about 150 are playable")])

C("hedgehog crossings", "translation", "consistent",
  "The municipality of Grevstad has installed 12 small tunnels under roads to "
  "help hedgehogs cross safely, the municipal environment department said on "
  "Monday. The tunnels, each about 30 centimetres wide, were placed at points "
  "where volunteers had recorded the highest numbers of dead hedgehogs over "
  "the past three years. The project cost 340,000 kroner and was partly "
  "financed by a national biodiversity fund. Wildlife cameras will monitor the "
  "tunnels for a year to check whether the animals use them. Hedgehog numbers "
  "in the country are thought to have declined by around a third since 2000, "
  "according to the national wildlife association. Residents are also being "
  "encouraged to cut small holes in garden fences so that hedgehogs can move "
  "between gardens.",
  "Twelve small tunnels have been put in under roads in Grevstad so that "
  "hedgehogs can cross without danger, the municipality's environment "
  "department announced on Monday. The tunnels, which are roughly 30 cm wide "
  "each, were located where volunteers had counted the largest numbers of dead "
  "hedgehogs in the last three years. Part of the 340,000-kroner cost was "
  "covered by a national biodiversity fund. For twelve months, wildlife "
  "cameras will keep watch on the tunnels to see whether the animals are using "
  "them. The national wildlife association believes hedgehog numbers in the "
  "country have fallen by about one-third since 2000. Residents are also "
  "being urged to make small openings in garden fences so hedgehogs can get "
  "from one garden to another.",
  traps=[T("roughly 30 cm", "about 30 centimetres"),
         T("Part of the 340,000-kroner cost was covered by",
           "was partly financed by"),
         T("For twelve months", "for a year"),
         T("about one-third", "around a third")])

# ---------------------------------------------------------- translations 36-40
C("sandbag depots", "translation", "inconsistent",
  "The district of Oberwald will set up four permanent sandbag depots along "
  "the river Selke before the start of the autumn flood season, the district "
  "administrator Helga Brandt said on Wednesday. Each depot will store around "
  "20,000 filled sandbags as well as pumps and mobile flood barriers. The "
  "depots will be located in Kernsbach, Altmühle, Weidenbruck and Lindhagen. "
  "The decision follows the floods of last September, when volunteers filled "
  "more than 100,000 sandbags by hand over three days. The district will spend "
  "1.2 million euros on the depots, and may also buy two sandbag-filling "
  "machines if the state government provides funding. Fire brigades will be "
  "responsible for managing the depots.",
  "Before the autumn flood season begins, Oberwald district will establish "
  "four permanent sandbag depots on the Selke river, district administrator "
  "Helga Brandt announced on Wednesday. Every depot will hold some 20,000 "
  "filled sandbags, along with pumps and mobile flood barriers. They will be "
  "sited in Kernsbach, Altmühle, Weidenbruck and Oberwald. The move comes "
  "after last September's floods, during which volunteers filled over 100,000 "
  "sandbags by hand in three days. The district is spending 1.2 million euros "
  "on the depots and will also purchase two sandbag-filling machines with "
  "funding from the state government. The depots will be run by the fire "
  "brigades.",
  errors=[E("Oberwald", "entity", "major", "Lindhagen", occ=1),
          E("will also purchase two sandbag-filling machines with funding from "
            "the state government", "modality", "major",
            "may also buy two sandbag-filling machines if the state government "
            "provides funding")],
  traps=[T("some 20,000", "around 20,000"),
         T("in three days", "over three days")])

C("postcard fairs", "translation", "consistent",
  "The 25th International Postcard Fair will take place in the city of "
  "Lisandra on 8 and 9 March at the municipal exhibition centre, the "
  "organisers announced. About 140 dealers from 18 countries are expected to "
  "take part, compared with 115 last year. A special exhibition will present "
  "around 600 postcards showing the city between 1900 and 1930, lent by the "
  "collector Amélia Rosado. Entry will cost 5 euros, and children under 12 "
  "will be admitted free. The organisers also plan a valuation desk where "
  "visitors can have their cards assessed by experts at no charge. Last year "
  "the fair attracted about 9,000 visitors.",
  "Organisers have announced that the 25th International Postcard Fair will "
  "be held at Lisandra's municipal exhibition centre on 8-9 March. Some 140 "
  "dealers from 18 countries are expected to attend, up from 115 last year. A "
  "special exhibition will display roughly 600 postcards of the city from "
  "between 1900 and 1930, on loan from collector Amélia Rosado. Tickets will "
  "be 5 euros, with free admission for under-12s. The organisers are also "
  "planning a desk where experts will value visitors' cards free of charge. "
  "The fair drew around 9,000 visitors last year.",
  traps=[T("8-9 March", "8 and 9 March"),
         T("up from 115", "compared with 115"),
         T("on loan from", "lent by"),
         T("free admission for under-12s",
           "children under 12 will be admitted free"),
         T("free of charge", "at no charge")])

C("coin dealers", "translation", "inconsistent",
  "Police in the city of Tervanto have arrested a coin dealer suspected of "
  "selling forged antique gold coins to collectors, prosecutors said on "
  "Thursday. The 58-year-old man, who runs a shop in the old town, allegedly "
  "sold at least 40 fake coins over four years for a total of about 310,000 "
  "euros. The investigation began after a collector from abroad had one of the "
  "coins examined by the national mint, which identified it as a modern copy. "
  "Investigators seized 120 coins and a stamping press during a search of the "
  "shop. The dealer denies the allegations, his lawyer said. If convicted of "
  "fraud, he faces up to eight years in prison.",
  "Prosecutors in Tervanto said on Thursday that police had arrested a coin "
  "dealer suspected of selling counterfeit antique gold coins to collectors. "
  "The 58-year-old, who has a shop in the old town, is alleged to have sold no "
  "fewer than 40 fake coins over four years, for roughly 310,000 euros in all. "
  "The inquiry started after the national mint had a foreign collector examine "
  "one of the coins, which was identified as a modern copy. A search of the "
  "shop turned up a stamping press and 120 coins, which were seized. According "
  "to his lawyer, the dealer rejects the accusations. He could be sentenced "
  "to as many as eight years in prison if found guilty of fraud.",
  errors=[E("the national mint had a foreign collector examine", "role",
            "major",
            "a collector from abroad had one of the coins examined by the "
            "national mint")],
  traps=[T("no fewer than 40", "at least 40"),
         T("roughly 310,000 euros in all", "a total of about 310,000 euros"),
         T("as many as eight years", "up to eight years")])

C("rough sleeping counts", "translation", "consistent",
  "Volunteers counted 412 people sleeping rough in the city of Castellane on "
  "the night of 24 January, 17 per cent more than in the previous count a "
  "year earlier, the city's social services department said on Wednesday. The "
  "count, carried out by 350 volunteers between 10 p.m. and 2 a.m., found that "
  "about a quarter of those sleeping rough were women, and that 38 were under "
  "25. The department said the real number was probably higher because "
  "people sleeping in cars or abandoned buildings were hard to reach. Deputy "
  "mayor for social affairs Nadia Berrada said the city would open 80 "
  "additional emergency beds by the end of February. Charities called for "
  "more long-term housing rather than shelter places.",
  "On the night of 24 January, 350 volunteers counted 412 rough sleepers in "
  "Castellane between 10pm and 2am, a rise of 17% on the count carried out a "
  "year before, the city's social services department reported on Wednesday. "
  "Roughly one in four of them were women and 38 were aged under 25. The "
  "actual figure is likely to be higher, the department said, since people "
  "sleeping in cars or derelict buildings are difficult to reach. Nadia "
  "Berrada, the deputy mayor responsible for social affairs, said the city "
  "would open 80 extra emergency beds by the end of February. Charities urged "
  "more long-term housing instead of shelter places.",
  traps=[T("10pm and 2am", "10 p.m. and 2 a.m."),
         T("a rise of 17%", "17 per cent more"),
         T("Roughly one in four", "about a quarter"),
         T("is likely to be higher", "was probably higher"),
         T("derelict buildings", "abandoned buildings")])

C("hearing aid clinics", "translation", "inconsistent",
  "The regional health service of Lorvania will open hearing aid clinics in "
  "15 primary care centres from September, reducing waiting times for a first "
  "appointment, which currently average seven months, officials said on "
  "Tuesday. Patients will be able to have hearing tests, receive fitted "
  "hearing aids and get follow-up adjustments without travelling to a "
  "hospital. The service will hire 30 audiologists for the programme, which "
  "will cost 4.5 million euros a year. Hearing aids will remain free for "
  "under-18s and over-65s, while other adults will continue to pay half the "
  "price. Officials estimate that around 90,000 people in the region have "
  "untreated hearing loss.",
  "Starting in September, Lorvania's regional health service will open "
  "hearing aid clinics at 15 primary care centres, cutting the wait for a "
  "first appointment, currently seven months on average, the authorities "
  "announced on Tuesday. Patients will be able to get hearing tests, have "
  "hearing aids fitted and receive follow-up adjustments without having to go "
  "to hospital. The service will train 30 audiologists for the programme, "
  "which has an annual cost of 4.5 million euros. Hearing aids will still be "
  "free for people under 18 and over 65, and other adults will go on paying "
  "50% of the price. The authorities estimate that some 90,000 people in the "
  "region suffer from untreated hearing loss.",
  errors=[E("will train", "event", "major", "will hire")],
  traps=[T("an annual cost of 4.5 million euros", "4.5 million euros a year"),
         T("50% of the price", "half the price"),
         T("some 90,000", "around 90,000")])


# ------------------------------------------------------------ build + validate
def find_occ(haystack, needle, occ, what):
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("%s: %r (occurrence %d) not found"
                             % (what, needle, occ))
    return pos


def words(s):
    return len(s.split())


def build():
    records = []
    for i, c in enumerate(CASES, 1):
        rid = "s%d-%03d" % (N, i)
        cand = c["candidate"]
        errors = []
        for e in c["errors"]:
            if e["type"] == "omission":
                if e["after"] is not None:
                    start = (find_occ(cand, e["after"], e["occ"], rid)
                             + len(e["after"]))
                else:
                    start = find_occ(cand, e["before"], e["occ"], rid)
                end = start
            else:
                start = find_occ(cand, e["text"], e["occ"], rid)
                end = start + len(e["text"])
            errors.append({"start": start, "end": end,
                           "text": cand[start:end], "type": e["type"],
                           "severity": e["severity"],
                           "ref_text": e["ref_text"]})
        traps = []
        for t in c["traps"]:
            start = find_occ(cand, t["text"], t["occ"], rid)
            end = start + len(t["text"])
            traps.append({"start": start, "end": end,
                          "text": cand[start:end], "ref_text": t["ref_text"]})
        errors.sort(key=lambda x: x["start"])
        traps.sort(key=lambda x: x["start"])
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"],
                        "reference": c["reference"], "candidate": cand,
                        "label": c["label"], "errors": errors,
                        "traps": traps})
    return records


def validate(records):
    problems = []

    def bad(rid, msg):
        problems.append("%s: %s" % (rid, msg))

    if len(records) != 40:
        bad("set", "expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        bad("set", "duplicate domains")
    for d in doms:
        if d not in DOMAINS:
            bad("set", "domain not in list: %r" % d)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5,
            ("translation", "inconsistent"): 5}
    got = collections.Counter((r["mode"], r["label"]) for r in records)
    if dict(got) != want:
        bad("set", "mode/label composition %r" % dict(got))
    types = collections.Counter()
    for r in records:
        rid, ref, cand = r["id"], r["reference"], r["candidate"]
        if r["mode"] not in MODES:
            bad(rid, "bad mode")
        nw = words(ref)
        if not 70 <= nw <= 190:
            bad(rid, "reference has %d words" % nw)
        if r["mode"] == "summary" and not (words(cand) < nw
                                           and len(cand) < len(ref)):
            bad(rid, "summary not shorter than reference")
        if cand == ref:
            bad(rid, "candidate identical to reference")
        if r["label"] == "consistent":
            if r["errors"]:
                bad(rid, "consistent pair has errors")
            if not 3 <= len(r["traps"]) <= 5:
                bad(rid, "consistent pair needs 3-5 traps")
        elif r["label"] == "inconsistent":
            if not 1 <= len(r["errors"]) <= 2:
                bad(rid, "inconsistent pair needs 1-2 errors")
            if len(r["traps"]) > 3:
                bad(rid, "inconsistent pair has more than 3 traps")
        else:
            bad(rid, "bad label")
        spans = []
        for e in r["errors"]:
            types[e["type"]] += 1
            s, t = e["start"], e["end"]
            if e["type"] not in ERROR_TYPES:
                bad(rid, "bad error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad(rid, "bad severity %r" % e["severity"])
            if cand[s:t] != e["text"]:
                bad(rid, "error text does not match offsets")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad(rid, "%s must have ref_text null" % e["type"])
            elif not e["ref_text"] or e["ref_text"] not in ref:
                bad(rid, "error ref_text not in reference: %r"
                    % e["ref_text"])
            if e["type"] == "omission":
                if s != t or e["text"] != "":
                    bad(rid, "omission must be zero-width")
                if r["mode"] == "summary":
                    bad(rid, "omission in a summary")
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad(rid, "omitted words present in candidate")
                if 0 < s < len(cand) and cand[s - 1].isalnum() \
                        and cand[s].isalnum():
                    bad(rid, "omission point inside a word")
            else:
                if s >= t:
                    bad(rid, "empty non-omission span")
                if e["text"] in ref and e["type"] not in ("repetition",):
                    # the erroneous wording should not simply be reference text
                    # at the same place; allow it but flag identical ref_text
                    if e["text"] == e["ref_text"]:
                        bad(rid, "error text equals ref_text")
            if e["type"] == "repetition" and e["text"] not in cand[:s]:
                bad(rid, "repetition not a copy of earlier candidate text")
            spans.append((s, t, "error"))
        for tr in r["traps"]:
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"]:
                bad(rid, "trap text does not match offsets")
            if tr["ref_text"] not in ref:
                bad(rid, "trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["text"] == tr["ref_text"]:
                bad(rid, "trap identical to its ref_text")
            spans.append((s, t, "trap"))
        for s, t, kind in spans:
            if s < t:
                if s > 0 and cand[s - 1].isalnum() and cand[s].isalnum():
                    bad(rid, "%s span cuts a word at start: %r"
                        % (kind, cand[s:t]))
                if t < len(cand) and cand[t - 1].isalnum() \
                        and cand[t].isalnum():
                    bad(rid, "%s span cuts a word at end: %r"
                        % (kind, cand[s:t]))
        for i, (s1, t1, _) in enumerate(spans):
            for s2, t2, _ in spans[i + 1:]:
                if s1 < t1 and s2 < t2:
                    if s1 < t2 and s2 < t1:
                        bad(rid, "overlapping spans %r %r"
                            % (cand[s1:t1], cand[s2:t2]))
                else:  # a zero-width point must not fall strictly inside
                    p = s1 if s1 == t1 else s2
                    a, b = (s2, t2) if s1 == t1 else (s1, t1)
                    if a < p < b:
                        bad(rid, "omission point inside another span")
    if sum(types.values()) != 30:
        bad("set", "expected 30 errors, got %d" % sum(types.values()))
    for ty in ERROR_TYPES:
        if types[ty] < 2:
            bad("set", "error type %s used %d times" % (ty, types[ty]))
    return problems


def report(records):
    modes = collections.Counter(r["mode"] for r in records)
    labels = collections.Counter(r["label"] for r in records)
    ml = collections.Counter((r["mode"], r["label"]) for r in records)
    types = collections.Counter(e["type"] for r in records
                                for e in r["errors"])
    sev = collections.Counter(e["severity"] for r in records
                              for e in r["errors"])
    ntraps = sum(len(r["traps"]) for r in records)
    print("pairs:", len(records))
    print("modes:", dict(modes))
    print("labels:", dict(labels))
    print("mode x label:", {"%s/%s" % k: v for k, v in sorted(ml.items())})
    print("errors:", sum(types.values()),
          {t: types[t] for t in ERROR_TYPES})
    print("severity:", dict(sev))
    print("traps:", ntraps)


def main():
    records = build()
    problems = validate(records)
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    report(records)
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    main()
