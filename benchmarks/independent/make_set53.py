#!/usr/bin/env python3
"""Held-out evaluation set 53 for the fact-comparison tool.

How it was made: every pair below was hand-written, as Python data, by a helper
session that saw no code, data or benchmark of the project, working only from a
written brief. All people, companies, organisations, places and figures are
invented; real countries appear only as background. Character offsets are never
typed by hand: the script finds every span by string search (with an occurrence
index where a quoted text repeats), validates the whole set and writes
set53.jsonl next to this file. `python3 make_set53.py --check` validates only.

Composition (checked by the script):
  40 pairs, one per domain, 20 consistent / 20 inconsistent
  modes: 20 rewrite, 10 summary, 10 translation (half of each mode consistent)
  30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
             attribution 2, event 3, omission 2, addition 2, repetition 2
  inconsistent pairs: 10 with one error, 10 with two errors, 0-3 traps each
  consistent pairs: 3-5 traps each
  references: 70-190 words, news / agency / corporate / official register
  translation pairs: two independent English renderings of one non-English story
"""
import json
import os
import re
import sys

N = 53
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "bothies", "juggling conventions", "church organs", "furniture upcycling",
    "hospital radio", "swan upping", "meteorite finds", "sewer tours",
    "labyrinths", "burial mounds", "bus lane fines", "paper rounds",
    "shoe shining", "float tanks", "crabbing", "signal boxes",
    "station buffets", "ticket inspectors", "graduation gowns", "model UN",
    "welly wanging", "carol singing", "chewing gum removal", "nest box cameras",
    "cuckoo sightings", "butterfly transects", "earthworm surveys", "sweet peas",
    "maltings", "sourdough starters", "chip shop awards", "liquorice",
    "sea shanties", "quoits", "gurning", "Pooh sticks", "tin mines",
    "drovers roads", "fingerposts", "village pumps",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def E(text, etype, severity, ref_text, occ=0):
    """A span error: `text` is quoted from the candidate (occurrence `occ`)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(ref_text, severity, after=None, before=None, occ=0):
    """An omission: zero-width point right after `after` (or right before
    `before`) in the candidate; ref_text holds the missing reference words."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "before": before, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- rewrites 1-10

case("bothies", "rewrite", "consistent",
     "The Upland Shelters Trust said on Monday that it will spend £340,000 over the next three years "
     "repairing eleven bothies across the Carnmore hills. The work, funded largely by a legacy from the "
     "late hillwalker Edith Farrant, will begin in April at Lochan Breac, where the roof collapsed during "
     "storms last winter. Trust chairman Malcolm Yeats said volunteers would carry out about half of the "
     "labour, with specialist contractors handling stonework. The bothies will remain open during the "
     "repairs wherever it is safe to do so, although the trust warned that two of the shelters, at Glen "
     "Ashie and Coire Dubh, are likely to close for several weeks. The trust maintains 38 bothies in "
     "total and relies on around 600 volunteers.",
     "Eleven bothies in the Carnmore hills are to be repaired over the coming three years at a cost of "
     "£340,000, the Upland Shelters Trust announced on Monday. Most of the money comes from a bequest "
     "left by the late hillwalker Edith Farrant. Work starts in April at Lochan Breac, whose roof fell in "
     "during last winter's storms. According to chairman Malcolm Yeats, roughly half the labour will be "
     "done by volunteers, while stonework will be left to specialist contractors. Where it is safe, the "
     "shelters will stay open throughout the repairs, but the trust cautioned that those at Glen Ashie "
     "and Coire Dubh will probably shut for several weeks. In all, the trust looks after 38 bothies and "
     "depends on some 600 volunteers.",
     traps=[T("over the coming three years", "over the next three years"),
            T("a bequest", "a legacy"),
            T("roughly half the labour will be done by volunteers",
              "volunteers would carry out about half of the labour"),
            T("will probably shut for several weeks", "are likely to close for several weeks"),
            T("some 600 volunteers", "around 600 volunteers")])

case("juggling conventions", "rewrite", "inconsistent",
     "Organisers of the Brackwater Juggling Convention expect around 2,400 performers and visitors when "
     "the four-day event opens at the town's Corn Exchange on 14 August. The convention, now in its 19th "
     "year, will for the first time include a dedicated youth programme run by the circus school Hoopla "
     "Arts, aimed at jugglers aged between eight and 16. Festival director Priya Sandhu said ticket "
     "prices had been frozen at £45 for a weekend pass despite rising venue costs. A public show on the "
     "Saturday evening will feature the British club-passing team Nine Hands, and proceeds will go to "
     "the local hospice. Sandhu said the convention contributed an estimated £600,000 to the town's "
     "economy last year.",
     "The Brackwater Juggling Convention returns to the town's Corn Exchange on 14 August for four days, "
     "with organisers anticipating about 2,400 performers and visitors. Now in its 19th year, the event "
     "will for the first time include a dedicated youth programme for jugglers aged eight to 16, run by "
     "the circus school Hoopla Arts. Festival director Priya Sandhu said the price of a weekend pass "
     "would stay at £45 despite rising venue costs. The Saturday evening public show will feature "
     "British club-passing team Nine Hands. Sandhu said the convention brought an estimated £900,000 "
     "into the town's economy last year.",
     errors=[OM("proceeds will go to the local hospice", "major", after="club-passing team Nine Hands"),
             E("£900,000", "number", "major", "£600,000")],
     traps=[T("anticipating about 2,400 performers and visitors",
              "expect around 2,400 performers and visitors"),
            T("aged eight to 16", "aged between eight and 16")])

case("church organs", "rewrite", "consistent",
     "The 1870s pipe organ at St Aldhelm's Church in Wexcombe will be silent for up to 18 months while "
     "it undergoes a £215,000 restoration, the parish council confirmed on 3 March. The instrument, "
     "built by the Harcourt & Lyle workshop, has 1,900 pipes, and more than a third of them will be "
     "removed and cleaned off-site. Organist Deborah Quinn said damp had damaged the bellows and that "
     "several stops had not worked since 2019. The Westland Heritage Fund has provided £120,000, with "
     "the remainder raised by parishioners. During the work, services will be accompanied by a digital "
     "instrument on loan from Ferrisford Cathedral.",
     "St Aldhelm's Church in Wexcombe will be without its 1870s pipe organ for as long as a year and a "
     "half while the instrument goes through a £215,000 restoration, the parish council confirmed on 3 "
     "March. Built by the Harcourt & Lyle workshop, the organ has 1,900 pipes, over a third of which "
     "will be taken away and cleaned off-site. According to organist Deborah Quinn, damp has damaged the "
     "bellows, and a number of stops have been out of action since 2019. The Westland Heritage Fund has "
     "put in £120,000 and parishioners have raised the rest. Until the work is finished, services will "
     "be accompanied by a digital instrument lent by Ferrisford Cathedral.",
     traps=[T("for as long as a year and a half", "for up to 18 months"),
            T("over a third of which", "more than a third of them"),
            T("have been out of action since 2019", "had not worked since 2019"),
            T("lent by Ferrisford Cathedral", "on loan from Ferrisford Cathedral")])

case("furniture upcycling", "rewrite", "inconsistent",
     "Secondhand furniture charity Second Grain has been awarded a £75,000 contract by Dunmere District "
     "Council to refurbish office desks and chairs left over from the closure of the council's Ashgate "
     "depot. Under the agreement, the charity will upcycle around 400 items over nine months and sell "
     "them at low cost to local community groups and schools. Chief executive Tomasz Wilk said the "
     "contract would allow Second Grain to take on four trainees from a council employment scheme. The "
     "council estimates the arrangement will keep about 30 tonnes of furniture out of landfill. Items not "
     "suitable for reuse will be broken down for parts.",
     "Dunmere District Council has handed a £75,000 contract to secondhand furniture charity Second "
     "Grain to refurbish office desks and chairs left behind when the council shut its Ashgate depot. "
     "Over nine months, the charity will upcycle roughly 400 pieces and sell them cheaply to schools and "
     "local community groups. Chief executive Tomasz Wilk said the contract would see four Second Grain "
     "trainees placed on a council employment scheme. By the council's estimate, some 30 tonnes of "
     "furniture will be kept out of landfill as a result. Anything that cannot be reused will be "
     "stripped for parts.",
     errors=[E("Second Grain trainees placed on a council employment scheme", "role", "major",
               "Second Grain to take on four trainees from a council employment scheme")],
     traps=[T("roughly 400 pieces", "around 400 items"),
            T("sell them cheaply", "sell them at low cost"),
            T("By the council's estimate", "The council estimates")])

case("hospital radio", "rewrite", "consistent",
     "Radio Larkfield, the volunteer-run station serving patients at Larkfield General Hospital, "
     "celebrated its 50th anniversary on Sunday with a 24-hour broadcast marathon. The station, which "
     "began in 1975 with a single turntable in a converted linen cupboard, now has 42 volunteers and "
     "broadcasts to bedside units on 14 wards. Station manager Colin Breary said requests from patients "
     "had risen by a quarter since the station began streaming online in 2022. The hospital trust has "
     "agreed to provide a new studio in the outpatients building next year, replacing the current "
     "basement premises. The marathon raised £3,150 for new equipment.",
     "Larkfield General Hospital's patient radio station, Radio Larkfield, marked half a century on air "
     "on Sunday by broadcasting non-stop for a full day. Run by volunteers, 42 of them today, the station "
     "started out in 1975 in a converted linen cupboard with just one turntable, and it now reaches "
     "bedside units on 14 wards. Patient requests have gone up by 25 per cent since online streaming "
     "began in 2022, station manager Colin Breary said. The hospital trust has agreed to give the station "
     "a new studio in the outpatients building next year, in place of its current basement premises. "
     "Sunday's marathon brought in £3,150 for new equipment.",
     traps=[T("marked half a century on air", "celebrated its 50th anniversary"),
            T("broadcasting non-stop for a full day", "a 24-hour broadcast marathon"),
            T("by 25 per cent", "by a quarter"),
            T("in place of its current basement premises", "replacing the current basement premises")])

case("swan upping", "rewrite", "inconsistent",
     "This year's swan upping on the River Aldwyn will run from 15 to 19 July, the Guild of Aldwyn "
     "Wardens announced. The annual census, in which cygnets are caught, weighed and ringed before being "
     "released, covers a 60-mile stretch between Harnford and Oxley Lock. Chief warden Robert Ince said "
     "last year's count of 96 cygnets was the lowest in a decade, a decline he blamed on avian influenza "
     "and flooding. Dr Helen Marsh, a vet who accompanies the skiffs, said the birds would also be "
     "checked for fishing-line injuries. Spectators are asked to watch from the towpath and not to feed "
     "the birds.",
     "The Guild of Aldwyn Wardens has announced that this year's swan upping on the River Aldwyn will "
     "take place between 15 and 19 June. During the annual census, cygnets are caught, weighed and "
     "ringed, then released, along a 60-mile stretch from Harnford to Oxley Lock. Last year's tally of 96 "
     "cygnets was the lowest in ten years, said Dr Helen Marsh, the vet who travels with the skiffs, "
     "putting the fall down to bird flu and flooding. She added that the birds would also be checked for "
     "injuries caused by fishing line. Spectators are requested to watch from the towpath and not to "
     "feed the birds.",
     errors=[E("15 and 19 June", "date", "major", "15 to 19 July"),
             E("said Dr Helen Marsh, the vet who travels with the skiffs", "attribution", "major",
               "Chief warden Robert Ince said")],
     traps=[T("the lowest in ten years", "the lowest in a decade"),
            T("bird flu", "avian influenza")])

case("meteorite finds", "rewrite", "consistent",
     "A 1.4-kilogram meteorite found by a farmer in a barley field near Cressing Moor is the largest "
     "recovered in the region for more than 60 years, scientists at the University of Holmbridge said on "
     "Thursday. Alan Pruett discovered the blackened stone in late September while checking drainage "
     "after heavy rain. Analysis showed it to be an ordinary chondrite, probably a fragment of a fireball "
     "seen over the county on 2 September. Dr Naomi Achterberg, who led the analysis, said the find was "
     "'a remarkable piece of luck'. Pruett has agreed to lend the meteorite to the university for further "
     "study before it goes on display at the Holmbridge Museum next spring.",
     "Scientists at the University of Holmbridge said on Thursday that a meteorite weighing 1.4kg, found "
     "by a farmer in a barley field close to Cressing Moor, is the biggest to be recovered in the region "
     "in over six decades. The farmer, Alan Pruett, came across the blackened stone towards the end of "
     "September as he checked drainage following heavy rain. Tests identified it as an ordinary "
     "chondrite that is likely to be a fragment of a fireball seen over the county on 2 September. Dr "
     "Naomi Achterberg, who led the analysis, called the find 'a remarkable piece of luck'. Pruett has "
     "agreed to lend the stone to the university for further study; it will then go on display at the "
     "Holmbridge Museum next spring.",
     traps=[T("a meteorite weighing 1.4kg", "A 1.4-kilogram meteorite"),
            T("in over six decades", "for more than 60 years"),
            T("towards the end of September", "in late September"),
            T("is likely to be a fragment", "probably a fragment")])

case("sewer tours", "rewrite", "inconsistent",
     "Guided tours of Harbridge's Victorian sewer network will resume on 1 May after a two-year "
     "suspension, the water company Fenmoor Water said. The tours, which take groups of up to 12 people "
     "through a half-mile section of brick tunnels beneath Market Street, were halted in 2023 when "
     "surveyors found cracking in an access shaft. The shaft has since been rebuilt at a cost of "
     "£180,000. Tickets cost £22 and must be booked in advance; children under 14 will not be admitted. "
     "Visitors will be provided with waders, helmets and gloves. Heritage manager Sunita Rao said the "
     "tours had sold out every season before the closure.",
     "Water company Fenmoor Water has said guided tours of Harbridge's Victorian sewers will restart on 1 "
     "May, two years after they were suspended. Groups of no more than 12 are led through half a mile of "
     "brick tunnels under Market Street; the tours stopped in 2023 after surveyors discovered cracks in "
     "an access shaft, which has since been rebuilt for £180,000. Tickets are £22 and have to be booked "
     "ahead, and children under 14 are welcome. Waders, helmets and gloves will be supplied. Before the "
     "closure, the tours sold out every season, heritage manager Sunita Rao said.",
     errors=[E("children under 14 are welcome", "polarity", "major",
               "children under 14 will not be admitted")],
     traps=[T("Groups of no more than 12", "groups of up to 12 people"),
            T("have to be booked ahead", "must be booked in advance"),
            T("two years after they were suspended", "after a two-year suspension")])

case("labyrinths", "rewrite", "consistent",
     "A turf labyrinth on Kelderby Common, believed to date from the 17th century, has been restored by "
     "volunteers after decades of neglect. The maze, which measures 18 metres across and has 11 "
     "concentric rings, had become almost invisible beneath gorse and bracken. Working over three "
     "weekends in October, a team of 25 volunteers from the Kelderby Heritage Group cut back vegetation "
     "and re-cut the paths using archive photographs from 1936 as a guide. Group secretary Janet Olowe "
     "said it was one of only eight surviving turf labyrinths in the country. The parish council has "
     "agreed to fund twice-yearly mowing to prevent the site from becoming overgrown again.",
     "Volunteers have restored a turf labyrinth on Kelderby Common that had been neglected for decades "
     "and is thought to date back to the 1600s. Gorse and bracken had all but hidden the 18-metre-wide "
     "maze and its 11 concentric rings. Over three October weekends, 25 volunteers from the Kelderby "
     "Heritage Group cut back the vegetation and re-cut the paths, guided by archive photographs from "
     "1936. According to group secretary Janet Olowe, only eight turf labyrinths survive in the country, "
     "and this is one of them. To stop the site becoming overgrown again, the parish council has agreed "
     "to pay for mowing twice a year.",
     traps=[T("is thought to date back to the 1600s", "believed to date from the 17th century"),
            T("had all but hidden", "had become almost invisible beneath"),
            T("the 18-metre-wide maze", "measures 18 metres across"),
            T("mowing twice a year", "twice-yearly mowing")])

case("burial mounds", "rewrite", "inconsistent",
     "Archaeologists excavating a Bronze Age burial mound at Thornby Rise have uncovered a cremation urn "
     "and a bronze dagger, the county archaeology service said on Wednesday. The mound, one of a group of "
     "five on the ridge, is thought to have been built around 1800 BC. Excavation director Dr Owen Falk "
     "said the dagger may have been placed as a grave offering, but cautioned that further analysis was "
     "needed. The dig, funded by Historic Marches, is part of a survey ahead of a proposed wind farm. "
     "Finds will be taken to the Stenbury Museum for conservation. The site is on private land and is "
     "not open to the public.",
     "A cremation urn and a bronze dagger have been found by archaeologists digging a Bronze Age burial "
     "mound at Thornby Rise, the county archaeology service announced on Wednesday. The mound, which "
     "belongs to a group of five on the ridge, was built around 1800 BC. According to excavation director "
     "Dr Owen Falk, the dagger may have been left as a grave offering, though he stressed that more "
     "analysis was required. Funded by the Stenbury Museum, the dig forms part of a survey in advance of "
     "a proposed wind farm. The finds will go to the Stenbury Museum for conservation. The site, on "
     "private land, is closed to the public.",
     errors=[E("was built around 1800 BC", "modality", "major",
               "is thought to have been built around 1800 BC"),
             E("Stenbury Museum", "entity", "major", "Historic Marches", occ=0)],
     traps=[T("may have been left as a grave offering", "may have been placed as a grave offering"),
            T("is closed to the public", "is not open to the public")])

# --------------------------------------------------------------- rewrites 11-20

case("bus lane fines", "rewrite", "consistent",
     "Drivers in Caddington were fined a total of £2.6 million for using bus lanes last year, figures "
     "released by the borough council show. The camera on Hallam Road alone issued 18,400 penalty "
     "notices, more than any other in the borough. Penalties are set at £70, reduced to £35 if paid "
     "within 14 days. The council said all income from the fines was reinvested in transport schemes, "
     "including pothole repairs and concessionary fares. Motoring group Drive Fair said the Hallam Road "
     "signage was confusing and called for an independent review. A council spokesperson said the signs "
     "met national standards and there were no plans to change them.",
     "Figures published by Caddington borough council show that motorists there were handed bus lane "
     "fines worth £2.6m in total last year. The Hallam Road camera issued 18,400 penalty notices on its "
     "own, the highest number for any camera in the borough. A penalty is £70, halved if it is paid "
     "within two weeks. According to the council, every penny raised from the fines was put back into "
     "transport schemes such as pothole repairs and concessionary fares. Drive Fair, a motoring group, "
     "described the Hallam Road signs as confusing and called for an independent review, but a council "
     "spokesperson said the signage complied with national standards and there were no plans to change "
     "it.",
     traps=[T("£2.6m", "£2.6 million"),
            T("the highest number for any camera in the borough", "more than any other in the borough"),
            T("halved if it is paid within two weeks", "reduced to £35 if paid within 14 days"),
            T("every penny raised from the fines", "all income from the fines"),
            T("complied with national standards", "met national standards")])

case("paper rounds", "rewrite", "inconsistent",
     "The number of teenagers doing paper rounds in the Wyvern Valley has fallen by more than half in a "
     "decade, according to a survey by the Northern Newsagents' Federation. The federation found 310 "
     "young people delivering papers in the area this year, compared with 720 in 2015. Federation "
     "president Gail Summers said falling print sales were the main cause, but added that many parents "
     "were also reluctant to let children cycle on busy roads early in the morning. Several newsagents "
     "now rely on retired adults to deliver. The federation is calling on councils to relax permit "
     "rules, which currently require a separate work permit for each employer.",
     "A Northern Newsagents' Federation survey has found that the number of teenagers with paper rounds "
     "in the Wyvern Valley has more than halved over ten years. There were 310 young people delivering "
     "newspapers in the area this year, against 720 in 2015. The federation's president, Gail Summers, "
     "said the main reason was falling print sales, although many parents were also unwilling to let "
     "their children cycle on busy roads early in the morning. A number of newsagents now depend on "
     "retired adults to make deliveries, as many parents were also unwilling to let their children cycle "
     "on busy roads. The federation wants councils to relax permit rules, under which a separate work "
     "permit is currently needed for each employer.",
     errors=[E("many parents were also unwilling to let their children cycle on busy roads", "repetition",
               "minor", None, occ=1)],
     traps=[T("has more than halved over ten years", "has fallen by more than half in a decade"),
            T("against 720 in 2015", "compared with 720 in 2015"),
            T("A number of newsagents", "Several newsagents")])

case("shoe shining", "rewrite", "consistent",
     "A shoe-shining stand that has operated in the concourse of Marlow Cross station since 1958 will "
     "close at the end of the month after the station operator declined to renew its lease. Owner "
     "Desmond Achebe, 71, who has run the stand for 34 years, said he had been offered a smaller pitch "
     "near the taxi rank but turned it down because it lacked shelter. A petition calling for the stand "
     "to stay has gathered more than 5,000 signatures. Network Terminals, which manages the station, said "
     "the concourse was being redesigned to improve passenger flow and that it had offered Mr Achebe "
     "alternative space.",
     "Marlow Cross station's shoe-shining stand, a fixture of the concourse since 1958, is to shut at the "
     "end of the month because the station operator has declined to renew its lease. Desmond Achebe, "
     "the 71-year-old owner who has run the stand for the past 34 years, said he had turned down the "
     "offer of a smaller pitch by the taxi rank, saying it had no shelter. More than 5,000 people have "
     "signed a petition calling for the stand to stay. Network Terminals, which manages the station, said "
     "the concourse was being redesigned so passengers could move through it more easily, and that Mr "
     "Achebe had been offered alternative space.",
     traps=[T("a fixture of the concourse since 1958",
              "has operated in the concourse of Marlow Cross station since 1958"),
            T("the 71-year-old owner", "Owner Desmond Achebe, 71"),
            T("saying it had no shelter", "because it lacked shelter"),
            T("More than 5,000 people have signed a petition",
              "has gathered more than 5,000 signatures"),
            T("so passengers could move through it more easily", "to improve passenger flow")])

case("float tanks", "rewrite", "inconsistent",
     "Calmwater, a flotation therapy centre in Tedsford, has been ordered to close two of its six float "
     "tanks after an inspection found the water temperature control systems were faulty, the district's "
     "environmental health team said. Inspectors visited on 9 January following a complaint from a "
     "customer who reported feeling dizzy after a session. The centre's remaining tanks passed testing "
     "and will continue to operate. Owner Marcus Deane said the faulty units would be replaced within "
     "three weeks and that customers with bookings for those tanks had been offered refunds. The team "
     "said there was no evidence of any risk of infection.",
     "Tedsford flotation therapy centre Calmwater has been told to shut two of its six float tanks after "
     "inspectors found faults with their water temperature controls, according to the district's "
     "environmental health team. The inspection on 9 January came after a customer collapsed following a "
     "session. The other four tanks passed their tests and will remain in use. Owner Marcus Deane said "
     "the two faulty units would be replaced within three days and that anyone booked into them had been "
     "offered a refund. There was no sign of any infection risk, the team said.",
     errors=[E("a customer collapsed following a session", "event", "major",
               "a complaint from a customer who reported feeling dizzy after a session"),
             E("within three days", "number", "major", "within three weeks")],
     traps=[T("The other four tanks", "The centre's remaining tanks"),
            T("no sign of any infection risk", "no evidence of any risk of infection")])

case("crabbing", "rewrite", "consistent",
     "Crabbing from Saltmere quay will be banned between 10am and 4pm on weekends during the summer "
     "holidays to ease overcrowding, the harbour board has announced. The restriction, which applies from "
     "20 July to 1 September, follows complaints from fishermen that lines and buckets were blocking "
     "access to moored boats. Crabbing will still be permitted at all times from the new pontoon at the "
     "eastern end of the harbour. Harbour master Ellen Trask said the board had considered a full ban but "
     "decided it would be 'unfair on families'. Anyone breaching the rule may be asked to leave by harbour "
     "staff.",
     "The harbour board has announced that, to relieve overcrowding, crabbing from Saltmere quay will not "
     "be allowed from 10am to 4pm at weekends over the summer holidays. Fishermen had complained that "
     "lines and buckets were getting in the way of moored boats; the restriction will apply from 20 July "
     "until 1 September. People will still be able to go crabbing at any time from the new pontoon at the "
     "harbour's eastern end. A complete ban was considered but rejected because it would be 'unfair on "
     "families', harbour master Ellen Trask said. Harbour staff may ask anyone who breaks the rule to "
     "leave.",
     traps=[T("will not be allowed from 10am to 4pm", "will be banned between 10am and 4pm"),
            T("to relieve overcrowding", "to ease overcrowding"),
            T("at any time", "at all times"),
            T("A complete ban was considered but rejected",
              "the board had considered a full ban but decided"),
            T("Harbour staff may ask anyone who breaks the rule to leave",
              "Anyone breaching the rule may be asked to leave by harbour staff")])

case("signal boxes", "rewrite", "inconsistent",
     "The Grade II-listed signal box at Penhallow Junction has been bought by a preservation society for "
     "£1, after the rail infrastructure company Trackline decided it was no longer needed. The box, built "
     "in 1894, was decommissioned last year when signalling on the line was transferred to a regional "
     "control centre. The Penhallow Railway Society plans to move the structure 200 metres to a site "
     "beside its heritage line and restore its 36-lever frame. Society chairman Ray Donnelly said the "
     "relocation was expected to cost about £90,000, which the group hopes to raise through grants and "
     "donations.",
     "A preservation society has paid £1 for the Grade II-listed signal box at Penhallow Junction, which "
     "rail infrastructure company Trackline decided it no longer needed. Built in 1894, the box went out "
     "of use last year when the line's signalling was moved to a regional control centre. The Penhallow "
     "Railway Society intends to shift it 200 metres to a site next to its heritage line, restore its "
     "36-lever frame and open it to visitors by next summer. The move is likely to cost around £90,000, "
     "society chairman Ray Donnelly said, and the group hopes to raise the money through grants and "
     "donations.",
     errors=[E("open it to visitors by next summer", "addition", "major", None)],
     traps=[T("The move is likely to cost around £90,000",
              "the relocation was expected to cost about £90,000"),
            T("shift it 200 metres", "move the structure 200 metres"),
            T("went out of use", "was decommissioned")])

case("station buffets", "rewrite", "consistent",
     "The refreshment room at Oldcastle station, one of the last independent station buffets in the "
     "region, has been saved from closure after a community group took over its lease. The Friends of "
     "Oldcastle Buffet raised £48,000 in six weeks through a share offer to more than 900 local "
     "residents. The buffet, which opened in 1921, closed in February when its previous tenant retired. "
     "It is due to reopen on 6 June with shorter opening hours, from 7am to 2pm on weekdays. Group "
     "spokesperson Fiona Hale said the aim was to break even in the first year and to employ three "
     "part-time staff.",
     "A community group has taken over the lease on the refreshment room at Oldcastle station, rescuing "
     "one of the region's last independent station buffets from closure. Over six weeks, the Friends of "
     "Oldcastle Buffet sold shares to upwards of 900 local residents, raising £48,000. First opened in "
     "1921, the buffet shut its doors in February when the previous tenant retired. It is scheduled to "
     "reopen on 6 June, though with shorter hours than before: 7am until 2pm, Monday to Friday. Fiona "
     "Hale, speaking for the group, said the aim was to break even in year one and to employ three "
     "part-time staff.",
     traps=[T("upwards of 900 local residents", "more than 900 local residents"),
            T("Monday to Friday", "on weekdays"),
            T("in year one", "in the first year"),
            T("is scheduled to reopen on 6 June", "is due to reopen on 6 June")])

case("ticket inspectors", "rewrite", "inconsistent",
     "Bus operator Redline Coaches will deploy 20 additional ticket inspectors on routes across Ambury "
     "from next month in an attempt to cut fare evasion, which it says costs the company £1.1 million a "
     "year. Passengers caught without a valid ticket will face a £50 penalty fare, reduced to £25 if paid "
     "within 21 days. The inspectors will wear body cameras, following a rise in assaults on staff. "
     "Operations director Lena Sorsby said the checks would focus on the busiest routes at peak times but "
     "would not target any particular group of passengers. The company will review the scheme after six "
     "months.",
     "From next month bus operator Redline Coaches will put 20 more ticket inspectors on its routes across "
     "Ambury as it tries to reduce fare dodging, which it says costs it £1.1 million a year. Anyone "
     "caught travelling without a valid ticket will have to pay a £50 penalty fare. Following an increase "
     "in assaults on staff, inspectors will be fitted with body cameras. Checks will concentrate on the "
     "busiest routes at peak times, operations director Lena Sorsby said, but no particular group of "
     "passengers would be targeted. The scheme will be reviewed after six months.",
     errors=[OM("reduced to £25 if paid within 21 days", "major", after="a £50 penalty fare")],
     traps=[T("20 more ticket inspectors", "20 additional ticket inspectors"),
            T("fare dodging", "fare evasion"),
            T("no particular group of passengers would be targeted",
              "would not target any particular group of passengers")])

case("graduation gowns", "rewrite", "consistent",
     "Students graduating from Kestler University this summer will wear gowns made from recycled plastic "
     "bottles for the first time, the university said. Each gown uses the equivalent of 28 bottles and "
     "can be hired for £39, the same price as the polyester version it replaces. The supplier, Meridian "
     "Robes, will collect the gowns after each ceremony and clean them for reuse for at least five years. "
     "About 6,500 students are expected to attend ceremonies between 8 and 12 July. The students' union, "
     "which campaigned for the change, welcomed the move but said hire fees should be cut for students on "
     "low incomes.",
     "For the first time, this summer's Kestler University graduates will wear gowns made from recycled "
     "plastic bottles, the university has said. Each gown is made from the equivalent of 28 bottles, and "
     "hiring one will cost £39, unchanged from the polyester gown being replaced. After every ceremony, "
     "supplier Meridian Robes will take the gowns back and clean them so they can be reused for a minimum "
     "of five years. Around 6,500 students are likely to attend the ceremonies, which run from 8 to 12 "
     "July. The students' union had campaigned for the change and welcomed it, though it argued that hire "
     "fees should be lower for students on low incomes.",
     traps=[T("unchanged from the polyester gown being replaced",
              "the same price as the polyester version it replaces"),
            T("for a minimum of five years", "for at least five years"),
            T("are likely to attend", "are expected to attend"),
            T("which run from 8 to 12 July", "between 8 and 12 July")])

case("model UN", "rewrite", "inconsistent",
     "Pupils from Harrowgate Academy won the best delegation award at the Northern Schools Model United "
     "Nations conference, held on 22 and 23 November. The 14-strong team, representing Chile, beat "
     "delegations from 31 other schools. Sixth-former Amara Okafor was named best speaker in the Security "
     "Council committee for a resolution on water rights. The conference was hosted by Lindfield College "
     "for the first time after the previous host, St Cuthbert's School, withdrew because of building "
     "work. Organiser Michael Brandt said next year's event would be held in March to avoid clashing with "
     "mock exams.",
     "Harrowgate Academy pupils took the best delegation award at the Northern Schools Model United "
     "Nations conference on 22 and 23 November. Representing Chile, the team of 14 saw off delegations "
     "from 31 other schools, and sixth-former Amara Okafor was named best speaker in the Security Council "
     "committee for a resolution on water rights. The conference took place at St Cuthbert's School, "
     "hosting for the first time after Lindfield College withdrew because of building work. According to "
     "organiser Michael Brandt, next year's event will be held in May so that it does not clash with mock "
     "exams.",
     errors=[E("St Cuthbert's School, hosting for the first time after Lindfield College withdrew", "role",
               "major",
               "hosted by Lindfield College for the first time after the previous host, St Cuthbert's "
               "School, withdrew"),
             E("in May", "date", "major", "in March")],
     traps=[T("the team of 14", "The 14-strong team"),
            T("saw off delegations from 31 other schools", "beat delegations from 31 other schools"),
            T("so that it does not clash with mock exams", "to avoid clashing with mock exams")])

# -------------------------------------------------------------- summaries 21-30

case("welly wanging", "summary", "consistent",
     "The World Welly Wanging Championships returned to the village of Upper Haddon on Saturday after a "
     "three-year absence, drawing around 1,500 spectators. Competitors threw a size-nine rubber boot down "
     "a 100-metre field, with distances measured to the nearest centimetre. The men's title went to local "
     "dairy farmer Gareth Pym, whose throw of 58.4 metres fell just short of the event record of 61.2 "
     "metres, set in 2009. Schoolteacher Lucy Brannigan won the women's competition with 41.7 metres. The "
     "organising committee said entry fees and a charity auction raised £8,900 for the village hall roof "
     "fund. Committee chair Dennis Howe said the event would be held annually again from now on, weather "
     "permitting.",
     "The world welly wanging championships were back in Upper Haddon on Saturday for the first time in "
     "three years, watched by some 1,500 people. Farmer Gareth Pym took the men's title with a 58.4m "
     "throw, narrowly missing the 2009 record, and Lucy Brannigan won the women's event with 41.7m. Entry "
     "fees and an auction raised £8,900 for the village hall roof fund, and the event will now be held "
     "every year, weather permitting, the organisers said.",
     traps=[T("for the first time in three years", "after a three-year absence"),
            T("some 1,500 people", "around 1,500 spectators"),
            T("narrowly missing the 2009 record",
              "fell just short of the event record of 61.2 metres, set in 2009"),
            T("every year", "annually")])

case("carol singing", "summary", "inconsistent",
     "Carol singers from the Elmstead Community Choir raised a record £12,400 for the town's food bank "
     "during December, the choir announced on Tuesday. The 60 singers performed at 23 venues over three "
     "weeks, including the railway station, two care homes and the Riverside shopping centre. The "
     "previous record, set in 2021, was £9,800. Choir director Hannah Obi said the total reflected the "
     "growing demand on the food bank, which now supports around 450 households a month, up from 300 two "
     "years ago. The food bank's coordinator, Peter Lyle, said the money would fund emergency parcels "
     "until the spring.",
     "Elmstead Community Choir's carol singers raised a record £12,400 for the town's food bank in "
     "December, beating the 2021 total of £9,800. The 60 singers performed at 32 venues in three weeks. "
     "The food bank, which now helps about 450 households a month, will use the money for emergency "
     "parcels until spring.",
     errors=[E("32 venues", "number", "minor", "23 venues")],
     traps=[T("beating the 2021 total of £9,800", "The previous record, set in 2021, was £9,800"),
            T("about 450 households", "around 450 households")])

case("chewing gum removal", "summary", "consistent",
     "Bramford City Council will spend £160,000 this year removing chewing gum from town centre "
     "pavements, part of which is covered by a £65,000 grant from the Clean Streets Partnership, a body "
     "funded by confectionery manufacturers. The council estimates there are around 300,000 pieces of gum "
     "on the main shopping streets. Two new steam-cleaning machines will be used, each able to clear about "
     "1,000 pieces an hour. Councillor Joanne Frisk, cabinet member for the environment, said the council "
     "would also install 40 gum disposal boards near bus stops and issue £100 fixed penalty notices to "
     "people seen dropping gum. Work will begin on 3 February and is expected to take four months.",
     "Bramford City Council is spending £160,000 this year, £65,000 of it from an industry-funded grant, "
     "on clearing chewing gum from town centre pavements; it reckons the main shopping streets hold about "
     "300,000 pieces. Two new steam cleaners, each removing roughly 1,000 pieces an hour, will start work "
     "on 3 February, and the job is likely to last four months. People seen dropping gum will face £100 "
     "fixed penalties.",
     traps=[T("about 300,000 pieces", "around 300,000 pieces"),
            T("each removing roughly 1,000 pieces an hour", "each able to clear about 1,000 pieces an hour"),
            T("is likely to last four months", "is expected to take four months"),
            T("£100 fixed penalties", "£100 fixed penalty notices")])

case("nest box cameras", "summary", "inconsistent",
     "A live camera inside a barn owl nest box at Fallowfield Nature Reserve has attracted more than "
     "80,000 viewers since it went online in March, the Greendale Wildlife Trust said. The footage shows a "
     "pair of owls raising four chicks, the first successful brood at the site in five years. Reserve "
     "warden Tom Halloran said the camera had helped the trust's volunteers to record feeding rates, with "
     "the adults bringing in up to 14 voles a night. Ornithologist Dr Sarah Penrose, who advises the "
     "trust, said the chicks were likely to fledge in early July. The trust plans to install two more "
     "cameras next year, subject to funding.",
     "A barn owl nest box camera at Fallowfield Nature Reserve has drawn over 80,000 viewers since March, "
     "showing a pair raising four chicks, the site's first successful brood in five years. Ornithologist "
     "Dr Sarah Penrose said the footage had let volunteers record feeding rates of up to 14 voles a night, "
     "and that the chicks are expected to fledge in early July. The trust plans two more cameras next year "
     "if it can raise the money through a members' appeal.",
     errors=[E("Ornithologist Dr Sarah Penrose said", "attribution", "major",
               "Reserve warden Tom Halloran said"),
             E("through a members' appeal", "addition", "minor", None)],
     traps=[T("over 80,000 viewers", "more than 80,000 viewers"),
            T("are expected to fledge", "were likely to fledge"),
            T("if it can raise the money", "subject to funding")])

case("cuckoo sightings", "summary", "consistent",
     "The first cuckoo of spring was heard in Marshby Fen on 11 April, nine days earlier than last year, "
     "according to records compiled by the East Lowland Bird Club. The club received 214 reports of "
     "cuckoos across the county in April, up from 167 in the same month last year. Club recorder Ian "
     "Whitcombe said the increase was encouraging but warned that one year's figures did not indicate a "
     "lasting recovery, as cuckoo numbers in the region had fallen by roughly 60% since the 1990s. Five "
     "birds fitted with satellite tags by the club last summer all returned from Africa this spring. The "
     "club is asking the public to submit sightings through its website until the end of June.",
     "This spring's first cuckoo was heard at Marshby Fen on 11 April, nine days earlier than last year, "
     "and the East Lowland Bird Club logged 214 county reports in April against 167 a year before. "
     "Recorder Ian Whitcombe cautioned that a single year's rise did not mean a lasting recovery, with "
     "regional numbers down about 60% since the 1990s. All five birds the club satellite-tagged last "
     "summer came back from Africa.",
     traps=[T("against 167 a year before", "up from 167 in the same month last year"),
            T("a single year's rise did not mean a lasting recovery",
              "one year's figures did not indicate a lasting recovery"),
            T("down about 60%", "had fallen by roughly 60%"),
            T("the club satellite-tagged", "fitted with satellite tags by the club")])

case("butterfly transects", "summary", "inconsistent",
     "Volunteers walking weekly butterfly transects on the Ridgeway Downs recorded their lowest total for "
     "15 years in 2024, the conservation charity Wingspan said in its annual report. The 38 fixed routes "
     "produced 9,120 butterfly sightings, 22% fewer than in 2023. The charity blamed a cold, wet spring, "
     "which hampered breeding and reduced the number of days suitable for surveying. However, the "
     "chalkhill blue bucked the trend, with counts rising by 14%, which the charity attributed to grazing "
     "schemes that have restored its habitat. Wingspan's science officer, Dr Kofi Mensah, said it was too "
     "early to say whether the decline would continue.",
     "Butterfly counts on the Ridgeway Downs' 38 weekly transects fell to a 15-year low in 2024, with "
     "9,120 sightings, down 22% on 2023, Wingspan said, blaming a cold, wet spring. The chalkhill blue was "
     "the exception, up 14% after being reintroduced to the downs. The charity's science officer said it "
     "was too early to tell whether the decline would continue.",
     errors=[E("after being reintroduced to the downs", "event", "major",
               "grazing schemes that have restored its habitat")],
     traps=[T("fell to a 15-year low", "recorded their lowest total for 15 years"),
            T("down 22% on 2023", "22% fewer than in 2023")])

case("earthworm surveys", "summary", "consistent",
     "Farmers in the Tarrow Valley have found an average of nine earthworms per spadeful of soil in a "
     "citizen science survey, suggesting that soil health in the area is generally good, researchers at "
     "Ashby Agricultural College said. The survey, carried out in October and November, involved 112 "
     "farms, which each dug ten test pits across their fields. Fields that had been ploughed in the past "
     "year averaged six worms per spadeful, compared with 12 in fields left unploughed for five years or "
     "more. Lead researcher Dr Fiona Carrick said the findings were consistent with studies elsewhere but "
     "cautioned that the sample was small. The college will repeat the survey in spring.",
     "A citizen science survey of 112 Tarrow Valley farms found an average of nine earthworms per "
     "spadeful, pointing to generally good soil health, according to Ashby Agricultural College. Fields "
     "ploughed within the last year averaged half as many worms as those left unploughed for at least "
     "five years. The lead researcher cautioned that the sample was small, and the survey will be "
     "repeated in spring.",
     traps=[T("pointing to generally good soil health",
              "suggesting that soil health in the area is generally good"),
            T("Fields ploughed within the last year averaged half as many worms",
              "Fields that had been ploughed in the past year averaged six worms per spadeful, compared with 12"),
            T("for at least five years", "for five years or more")])

case("sweet peas", "summary", "inconsistent",
     "The Dorringham Sweet Pea Society's annual show, due to be held on 12 July, may be postponed after a "
     "spell of cold weather delayed flowering, the society's chairman said. Tony Garside said around half "
     "of the 70 registered exhibitors had reported that their plants were at least two weeks behind. A "
     "decision will be made by 30 June. The show, which has run every year since 1948 except during the "
     "pandemic, normally attracts around 2,000 visitors to the Dorringham Memorial Hall. The society has "
     "ruled out cancelling the event altogether. Garside said entrants who could not attend a rescheduled "
     "date would have their fees refunded.",
     "The Dorringham Sweet Pea Society's show, planned for 12 July, is being postponed because cold "
     "weather has held back flowering, chairman Tony Garside said, with around half of the 70 exhibitors "
     "reporting plants at least a fortnight behind. The society has not ruled out cancelling the show "
     "altogether, and entrants unable to attend a new date will get their fees back.",
     errors=[E("is being postponed", "modality", "major", "may be postponed"),
             E("has not ruled out cancelling", "polarity", "major", "has ruled out cancelling")],
     traps=[T("at least a fortnight behind", "at least two weeks behind"),
            T("will get their fees back", "would have their fees refunded")])

case("maltings", "summary", "consistent",
     "Plans to convert the disused Victorian maltings at Sedgeford Quay into 48 flats, a microbrewery and "
     "a heritage centre have been approved by Northmarsh District Council, despite objections from some "
     "residents. The Grade II-listed building, which produced malt for local breweries until 1971, has "
     "been empty for more than 50 years and is on the county's buildings-at-risk list. Developer Quayline "
     "Homes said work would start in the autumn and take about two years. Twelve of the flats will be "
     "offered as affordable housing. Objectors had argued that the scheme would increase traffic on the "
     "narrow quayside road. The council's planning committee voted seven to three in favour.",
     "Northmarsh District Council's planning committee has voted 7-3 to approve turning the disused "
     "Victorian maltings at Sedgeford Quay into 48 flats, a quarter of them affordable, plus a "
     "microbrewery and a heritage centre, despite some residents' fears of more traffic on the narrow "
     "quayside road. Developer Quayline Homes said the roughly two-year project would begin in the "
     "autumn.",
     traps=[T("voted 7-3", "voted seven to three in favour"),
            T("a quarter of them affordable", "Twelve of the flats will be offered as affordable housing"),
            T("the roughly two-year project", "take about two years")])

case("sourdough starters", "summary", "inconsistent",
     "A bakery in the market town of Hollins Cross is offering free portions of its 90-year-old sourdough "
     "starter to customers as part of a campaign to encourage home baking. Crumb & Co, run by brothers "
     "Luca and Matteo Ferri, said the starter had been kept alive since 1934, when their great-grandmother "
     "brought it from Italy. More than 300 people have collected a jar since the scheme began in January. "
     "Each jar comes with feeding instructions and a recipe card. The bakery also runs monthly workshops "
     "costing £35 a session. Luca Ferri said the aim was 'to get people baking, not to sell more bread'.",
     "Hollins Cross bakery Crumb & Co is giving away portions of its sourdough starter, kept alive since "
     "1934, to encourage home baking, and more than 300 people have collected a jar since January. The "
     "starter, kept alive since 1934, was brought from Italy by the great-grandmother of Luca and Matteo "
     "Ferri, the brothers who run the bakery. It also runs £35 monthly workshops.",
     errors=[E("kept alive since 1934", "repetition", "minor", None, occ=1)],
     traps=[T("is giving away portions", "is offering free portions"),
            T("£35 monthly workshops", "monthly workshops costing £35 a session")])

# ----------------------------------------------------------- translations 31-40

case("chip shop awards", "translation", "consistent",
     "The Frituur Bakelandt in the village of Steenmolen has been named the best chip shop in Belgium by "
     "the National Federation of Frituur Owners, beating 412 other entrants. Judges visited the finalists "
     "anonymously between March and May and scored them on the quality of the chips, hygiene, service "
     "and the choice of sauces. Owner Griet Bakelandt, whose parents opened the shop in 1979, said the "
     "family still peeled about 300 kilograms of potatoes by hand every week. The prize includes a cheque "
     "for 5,000 euros, which she said would be spent on a new extraction system. The federation said the "
     "number of chip shops in the country had fallen by a fifth over the past decade.",
     "Steenmolen's Frituur Bakelandt has won the title of Belgium's best chip shop, awarded by the National "
     "Federation of Frituur Owners, ahead of 412 rival entries. Between March and May the judges visited "
     "the finalists incognito, marking them on the quality of their chips, hygiene, service and range of "
     "sauces. The owner, Griet Bakelandt, whose parents founded the business in 1979, says the family "
     "continues to peel some 300 kilos of potatoes by hand each week. With the award comes a 5,000-euro "
     "cheque, which she intends to spend on a new extraction system. According to the federation, the "
     "country has 20 per cent fewer chip shops than it did ten years ago.",
     traps=[T("ahead of 412 rival entries", "beating 412 other entrants"),
            T("incognito", "anonymously"),
            T("some 300 kilos", "about 300 kilograms"),
            T("a 5,000-euro cheque", "a cheque for 5,000 euros"),
            T("20 per cent fewer chip shops than it did ten years ago",
              "had fallen by a fifth over the past decade")])

case("liquorice", "translation", "inconsistent",
     "A liquorice factory in Borgo Tavella, in southern Italy, will open a museum dedicated to the history "
     "of the root on 4 October, the company's owners announced. The Ferrante family, which has produced "
     "liquorice in the town since 1836, said the museum would display original copper boiling vats and "
     "advertising posters from the early twentieth century. Admission will be free for residents of the "
     "province. Director Carla Ferrante said the company currently exports about 40 per cent of its "
     "production, mainly to Germany and Japan. The museum project cost 1.8 million euros, half of which was "
     "covered by a regional development grant.",
     "The owners of a liquorice works in Borgo Tavella, southern Italy, have announced that it will open a "
     "museum on the history of the root on 4 October. The Ferrante family, liquorice makers in the town "
     "since 1863, said visitors would see the original copper vats used for boiling as well as "
     "advertising posters from the early 1900s. Residents of the province will get in free. According to "
     "director Carla Ferrante, roughly 40 per cent of what the company produces is currently exported, "
     "chiefly to Germany and Switzerland. Half the museum's cost of 1.8 million euros was met by a "
     "regional development grant.",
     errors=[E("1863", "date", "major", "1836"),
             E("Switzerland", "entity", "major", "Japan")],
     traps=[T("roughly 40 per cent", "about 40 per cent"),
            T("will get in free", "Admission will be free"),
            T("Half the museum's cost of 1.8 million euros was met", "half of which was covered")])

case("sea shanties", "translation", "consistent",
     "More than 40 choirs from nine countries will take part in the international sea shanty festival in "
     "the coastal town of Havbrekke from 7 to 10 August, the organisers have announced. Concerts will take "
     "place on the quayside, aboard two restored fishing boats and in the old net loft, which has been "
     "converted into a performance hall. Festival manager Sigrid Aalvik said tickets for the Saturday gala "
     "concert had sold out within two days. All other events are free. The municipality has contributed "
     "600,000 kroner to the festival, which expects around 15,000 visitors, roughly three times the town's "
     "population.",
     "Organisers say that over 40 choirs from nine different countries are coming to Havbrekke, on the "
     "coast, for the international sea shanty festival, which runs between 7 and 10 August. Performances "
     "will be held on the quay, on board two restored fishing vessels and in the former net loft, now "
     "turned into a concert hall. The gala concert on Saturday sold out in 48 hours, according to festival "
     "manager Sigrid Aalvik; every other event is free of charge. With 600,000 kroner in support from the "
     "municipality, the festival is expecting some 15,000 visitors, about three times as many people as "
     "live in the town.",
     traps=[T("over 40 choirs", "More than 40 choirs"),
            T("between 7 and 10 August", "from 7 to 10 August"),
            T("in 48 hours", "within two days"),
            T("every other event is free of charge", "All other events are free"),
            T("about three times as many people as live in the town", "roughly three times the town's population")])

case("quoits", "translation", "inconsistent",
     "The village of Plouzennec in Brittany hosted the regional quoits championship on Sunday, with 128 "
     "teams competing on lead boards set up across the village square. The title was won by the pair Yann "
     "Le Dréau and Maël Corre from the neighbouring commune of Kerlouan-Bihan, who defeated the defending "
     "champions, the brothers Gaël and Erwan Tanguy, by 12 points to 9 in the final. The organising club, "
     "Les Palets de l'Aber, said it was the largest turnout in the tournament's 30-year history. The "
     "winners will represent the region at the national finals in September. Entry fees of 10 euros per "
     "team were donated to a local sailing school for disabled children.",
     "On Sunday the Breton village of Plouzennec was host to the regional quoits championship, in which "
     "128 teams played on lead boards laid out around the village square. In the final, the reigning "
     "champions, the brothers Gaël and Erwan Tanguy, beat Yann Le Dréau and Maël Corre of neighbouring "
     "Kerlouan-Bihan by 12 points to 9. According to the organisers, the club Les Palets de l'Aber, this "
     "was the biggest turnout in the tournament's 30 years. The winning pair will go on to represent the "
     "region at the national finals in September. The 10-euro entry fee paid by each team went to a local "
     "sailing school for disabled children.",
     errors=[E("Gaël and Erwan Tanguy, beat Yann Le Dréau and Maël Corre", "role", "critical",
               "Yann Le Dréau and Maël Corre from the neighbouring commune of Kerlouan-Bihan, who defeated "
               "the defending champions, the brothers Gaël and Erwan Tanguy")],
     traps=[T("laid out around the village square", "set up across the village square"),
            T("The 10-euro entry fee paid by each team", "Entry fees of 10 euros per team")])

case("gurning", "translation", "consistent",
     "The small town of Kleinwerda in eastern Germany held its first face-pulling competition on Saturday, "
     "modelled on the gurning contests of northern England. Twenty-six contestants pulled faces through a "
     "horse collar in front of a jury of three, including the town's mayor, Jürgen Hollbach. The winner, "
     "retired postman Horst Feuring, 68, received a trophy and a year's supply of beer from a local "
     "brewery. Organiser Annika Sommer said the event had been conceived as a joke at a carnival club "
     "meeting but had attracted around 800 spectators. The club plans to make it an annual event and "
     "hopes to invite English competitors next year.",
     "Kleinwerda, a small town in the east of Germany, staged its first-ever face-pulling competition on "
     "Saturday, based on northern England's gurning contests. Framed by a horse collar, 26 contestants "
     "pulled faces for a three-member jury that included the mayor, Jürgen Hollbach. Victory went to Horst "
     "Feuring, a 68-year-old retired postman, who was presented with a trophy and enough beer from a local "
     "brewery to last a year. The idea started as a joke at a meeting of a carnival club, organiser Annika "
     "Sommer said, yet some 800 people came to watch. The club intends to hold the contest every year and "
     "would like to invite competitors from England next year.",
     traps=[T("Framed by a horse collar", "through a horse collar"),
            T("a three-member jury", "a jury of three"),
            T("a 68-year-old retired postman", "retired postman Horst Feuring, 68"),
            T("some 800 people came to watch", "had attracted around 800 spectators"),
            T("every year", "an annual event")])

case("Pooh sticks", "translation", "inconsistent",
     "A Pooh sticks championship on the bridge over the Lomnice stream in the village of Dolní Vrabčín "
     "attracted 340 participants on Sunday, twice as many as last year. Children and adults dropped wooden "
     "sticks from the upstream side of the bridge and waited for them to appear downstream. The event, "
     "organised by the local volunteer fire brigade, raised 62,000 crowns for the repair of the bridge, "
     "which was damaged by floods two years ago. Brigade commander Pavel Ryšánek said the competition was "
     "briefly suspended when a sudden downpour raised the water level. The oldest competitor was "
     "91-year-old Marie Dvořáková, who reached the quarter-finals.",
     "On Sunday 430 people took part in a Pooh sticks championship held on the bridge across the Lomnice "
     "stream in Dolní Vrabčín, double last year's number. Young and old alike dropped wooden sticks into "
     "the water on the upstream side of the bridge and watched for them to emerge on the other side. The "
     "local volunteer firefighters, who organised the contest, collected 62,000 crowns towards repairing "
     "the bridge, damaged in flooding two years ago. According to the fire brigade's commander, Pavel "
     "Ryšánek, the competition had to be restarted when a sudden downpour caused the water to rise. "
     "Ninety-one-year-old Marie Dvořáková, the oldest person taking part, made it to the quarter-finals.",
     errors=[E("430 people", "number", "major", "340 participants"),
             E("had to be restarted", "event", "minor", "was briefly suspended")],
     traps=[T("double last year's number", "twice as many as last year"),
            T("Ninety-one-year-old Marie Dvořáková, the oldest person taking part",
              "The oldest competitor was 91-year-old Marie Dvořáková"),
            T("made it to the quarter-finals", "reached the quarter-finals")])

case("tin mines", "translation", "consistent",
     "A tin mine in Covas do Estanho, in northern Portugal, that closed in 1986 is to reopen as a tourist "
     "attraction next spring, the municipal council said on Friday. Visitors will be able to walk 700 "
     "metres of galleries, accompanied by guides who include three former miners. The project, costing "
     "2.3 million euros, is being financed mainly with European funds. Mayor Rui Tavares said he hoped the "
     "mine would attract 25,000 visitors a year and create 12 permanent jobs. Safety work, including "
     "reinforcing the gallery ceilings, began in January and is expected to be completed by December. "
     "Children under six will not be allowed underground.",
     "The municipal council announced on Friday that a tin mine in Covas do Estanho, in the north of "
     "Portugal, which shut down in 1986, will reopen next spring as a tourist attraction. Guides, three of "
     "them ex-miners, will take visitors through 700 metres of galleries. Most of the 2.3-million-euro "
     "cost is coming from European funding. The mayor, Rui Tavares, said he hoped the mine would bring in "
     "25,000 visitors annually and provide 12 permanent jobs. Safety work, such as strengthening the "
     "gallery roofs, got under way in January and should be finished by December. Under-sixes will not be "
     "permitted below ground.",
     traps=[T("in the north of Portugal", "in northern Portugal"),
            T("Most of the 2.3-million-euro cost is coming from European funding",
              "is being financed mainly with European funds"),
            T("25,000 visitors annually", "25,000 visitors a year"),
            T("should be finished by December", "is expected to be completed by December"),
            T("Under-sixes will not be permitted below ground", "Children under six will not be allowed underground")])

case("drovers roads", "translation", "inconsistent",
     "About 1,200 sheep were driven through the centre of the town of Villaseca del Monte on Saturday "
     "along an ancient drovers' road, as part of an annual event to defend the right of way for livestock. "
     "The shepherds, led by stockbreeder Aurelio Campos, paid a symbolic toll of 50 maravedís, a medieval "
     "coin, to the mayor, Elena Robles. The route, which is protected by law, crosses the town's main "
     "street, and traffic was closed for three hours. Campos said many stretches of the old drove road "
     "network had been lost to building and farming and that regional authorities were not doing enough "
     "to protect them. The environment ministry said it would publish a new inventory of the routes next "
     "year.",
     "Some 1,200 sheep were herded through the middle of Villaseca del Monte on Saturday along an old "
     "drovers' road, in a yearly event held to uphold the right of way for livestock. Led by stockbreeder "
     "Aurelio Campos, the shepherds handed the mayor, Elena Robles, a symbolic toll of 50 maravedís, a "
     "coin from the Middle Ages. The route, which is not protected by law, runs across the town's main "
     "street, which was closed to traffic for three hours. According to Campos, building and agriculture "
     "have swallowed up many sections of the old network of drove roads, and the regional authorities are "
     "failing to do enough to protect them. The regional government announced that it would publish a new "
     "inventory of the routes next year.",
     errors=[E("which is not protected by law", "polarity", "major", "which is protected by law"),
             E("The regional government", "entity", "major", "The environment ministry")],
     traps=[T("Some 1,200 sheep", "About 1,200 sheep"),
            T("a coin from the Middle Ages", "a medieval coin"),
            T("are failing to do enough", "were not doing enough")])

case("fingerposts", "translation", "consistent",
     "The municipality of Hollebeek in the east of the Netherlands has begun restoring 64 cast-iron "
     "fingerposts, some of which date from the 1920s. The signposts, many of which still show distances in "
     "hours of walking, will be dismantled one by one, stripped, repainted in their original white and "
     "blue and returned to their places. The work, which will cost 210,000 euros, is being carried out by a "
     "workshop employing people with disabilities. Alderman Wouter Brink said eleven posts that had been "
     "lost would be recast from surviving moulds. The project is expected to be finished by the end of "
     "next year.",
     "Restoration work has started on 64 cast-iron fingerposts in Hollebeek, a municipality in the eastern "
     "Netherlands; a number of them were made in the 1920s. One at a time, the signposts, many still giving "
     "distances as walking times in hours, will be taken down, stripped, repainted in their original white "
     "and blue, and put back in place. A workshop that employs people with disabilities is doing the "
     "210,000-euro job. Eleven missing posts will be recast using moulds that have survived, alderman "
     "Wouter Brink said. Completion is expected by the end of next year.",
     traps=[T("a municipality in the eastern Netherlands", "in the east of the Netherlands"),
            T("One at a time", "one by one"),
            T("put back in place", "returned to their places"),
            T("the 210,000-euro job", "will cost 210,000 euros"),
            T("Completion is expected by the end of next year",
              "The project is expected to be finished by the end of next year")])

case("village pumps", "translation", "inconsistent",
     "The village pump in Bréhançon, in central France, could be back in working order by the summer after "
     "residents raised 14,000 euros to restore it. The cast-iron pump, installed in 1884, supplied the "
     "village with drinking water until mains water arrived in 1957. A specialist foundry in the "
     "neighbouring department has examined it and says most of the original mechanism can be saved. Mayor "
     "Claudine Vasseur said the water would not be fit to drink and a sign would warn visitors. The council "
     "has applied for a heritage grant to cover the remaining 6,000 euros of the estimated cost.",
     "Bréhançon's village pump, in central France, will be back in working order by the summer now that "
     "residents have collected 14,000 euros for its restoration. Installed in 1884, the cast-iron pump "
     "provided the village's drinking water until the arrival of mains water in 1957. According to a "
     "specialist foundry in the neighbouring department, which has inspected it, the greater part of the "
     "original mechanism can be saved. The mayor, Claudine Vasseur, said the water would not be drinkable "
     "and visitors would be warned by a sign. The council has applied for a heritage grant for the "
     "remaining 6,000 euros of the estimated cost.",
     errors=[E("will be back in working order", "modality", "major", "could be back in working order")],
     traps=[T("the greater part of the original mechanism", "most of the original mechanism"),
            T("would not be drinkable", "would not be fit to drink")])

# ------------------------------------------------------------ build & validate

def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def word_count(s):
    return len(re.findall(r"\S+", s))


def cuts_word(s, i):
    """True if offset i lies strictly inside a word of s."""
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for n, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, n)
        ref, cand = c["reference"], c["candidate"]
        errors, traps, spans = [], [], []
        for e in c["errors"]:
            if e["type"] not in ERROR_TYPES:
                bad(cid, "bad type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad(cid, "bad severity %r" % e["severity"])
            if e["type"] == "omission":
                if e.get("after") is not None:
                    p = find_nth(cand, e["after"], e["occ"])
                    start = p + len(e["after"]) if p >= 0 else -1
                else:
                    start = find_nth(cand, e["before"], e["occ"])
                if start < 0:
                    bad(cid, "omission anchor not found")
                    continue
                end = start
                if e["text"] != "":
                    bad(cid, "omission text must be empty")
                if c["mode"] == "summary":
                    bad(cid, "omission in a summary")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, "omission ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad(cid, "omitted words still in candidate: %r" % e["ref_text"])
                if cuts_word(cand, start):
                    bad(cid, "omission point inside a word")
            else:
                start = find_nth(cand, e["text"], e["occ"])
                if start < 0 or not e["text"]:
                    bad(cid, "error text not found: %r (occ %d)" % (e["text"], e["occ"]))
                    continue
                end = start + len(e["text"])
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(cid, "%s must have ref_text null" % e["type"])
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(cid, "error ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] == e["text"]:
                        bad(cid, "error text equals ref_text: %r" % e["text"])
                if e["type"] == "repetition" and e["text"] not in cand[:start]:
                    bad(cid, "repetition has no earlier copy: %r" % e["text"])
                if e["type"] == "addition" and e["text"] in ref:
                    bad(cid, "added text occurs in reference: %r" % e["text"])
                if cuts_word(cand, start) or cuts_word(cand, end):
                    bad(cid, "error span cuts a word: %r" % e["text"])
            assert cand[start:end] == e["text"]
            errors.append({"start": start, "end": end, "text": e["text"], "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
            spans.append((start, end, "error " + e["type"]))
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0 or not t["text"]:
                bad(cid, "trap text not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if t["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % t["ref_text"])
            if t["ref_text"] == t["text"]:
                bad(cid, "trap identical to reference wording: %r" % t["text"])
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad(cid, "trap span cuts a word: %r" % t["text"])
            assert cand[start:end] == t["text"]
            traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})
            spans.append((start, end, "trap " + t["text"][:20]))
        # overlaps (zero-width omission points may not fall strictly inside a span)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    p, q = (a, b) if a[0] == a[1] else (b, a)
                    if q[0] < p[0] < q[1]:
                        bad(cid, "omission point inside %s" % q[2])
                elif a[0] < b[1] and b[0] < a[1]:
                    bad(cid, "overlap: %s / %s" % (a[2], b[2]))
        # per-pair rules
        wc = word_count(ref)
        if not 70 <= wc <= 190:
            bad(cid, "reference has %d words" % wc)
        if c["mode"] not in ("rewrite", "summary", "translation"):
            bad(cid, "bad mode")
        if c["mode"] == "summary" and not (len(cand) < len(ref) and word_count(cand) < wc):
            bad(cid, "summary not shorter than reference")
        if c["label"] == "consistent":
            if errors:
                bad(cid, "consistent pair has errors")
            if not 3 <= len(traps) <= 5:
                bad(cid, "consistent pair has %d traps" % len(traps))
        elif c["label"] == "inconsistent":
            if not errors:
                bad(cid, "inconsistent pair has no errors")
            if len(traps) > 3:
                bad(cid, "inconsistent pair has %d traps" % len(traps))
        else:
            bad(cid, "bad label")
        if c["domain"] not in DOMAINS:
            bad(cid, "domain not in list: %r" % c["domain"])
        if ref == cand:
            bad(cid, "candidate identical to reference")
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: x["start"])
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
                        "candidate": cand, "label": c["label"], "errors": errors, "traps": traps})

    # set-level composition
    from collections import Counter
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    if sorted(r["domain"] for r in records) != sorted(DOMAINS) or len(set(DOMAINS)) != 40:
        problems.append("domains are not exactly the 40 listed, one each")
    modes = Counter((r["mode"], r["label"]) for r in records)
    for m, k in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for lab in ("consistent", "inconsistent"):
            if modes[(m, lab)] != k:
                problems.append("%s/%s: %d, expected %d" % (m, lab, modes[(m, lab)], k))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("type %s has only %d errors" % (t, types[t]))
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if per_pair[1] + per_pair[2] < 15:
        problems.append("too few inconsistent pairs with 1-2 errors: %r" % per_pair)
    return records, problems


def summary(records):
    from collections import Counter
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("by mode/label: %s" % dict(sorted(Counter((r["mode"] + "/" + r["label"])
                                                          for r in records).items())))
    lines.append("by label: %s" % dict(Counter(r["label"] for r in records)))
    types = Counter(e["type"] for r in records for e in r["errors"])
    lines.append("errors: %d %s" % (sum(types.values()),
                                    {t: types[t] for t in ERROR_TYPES}))
    lines.append("severity: %s" % dict(Counter(e["severity"] for r in records for e in r["errors"])))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
    wcs = [word_count(r["reference"]) for r in records]
    lines.append("reference words: min %d max %d" % (min(wcs), max(wcs)))
    return "\n".join(lines)


def main():
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(summary(records))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s (%d records)" % (OUT, len(records)))


if __name__ == "__main__":
    main()
