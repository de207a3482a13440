#!/usr/bin/env python3
"""Held-out evaluation set 94 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
and no data of the project, working only from a short written brief. All
people, companies, organisations, places and figures are invented (real
countries appear only as background). Nothing was generated or copied from an
existing benchmark.

Composition (validated by this script):
  * 40 pairs, one per domain, each domain different
  * 20 consistent / 20 inconsistent
  * 20 rewrites, 10 summaries, 10 translations (half of each mode consistent)
  * 30 errors over the eleven error types, at least 2 of each:
      entity 3, number 4, date 3, role 3, polarity 3, modality 3,
      attribution 2, event 3, omission 2, addition 2, repetition 2
  * inconsistent pairs: 10 with one error, 10 with two errors, 0-3 traps each
  * consistent pairs: 3-5 traps each (faithful rewordings a naive checker
    might flag)

All character offsets are computed here by string search (an occurrence index
is given where a quoted text repeats); nothing is typed by hand.

Usage:
  python3 make_set94.py           validate and write set94.jsonl next to this file
  python3 make_set94.py --check   validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

N = 94
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "mayoral budget vote", "court closure programme", "wind farm planning appeal",
    "mental health helpline funding", "community hospital ward reopening",
    "school meals provider change", "social care funding settlement",
    "lottery grant award", "leisure centre refurbishment", "inflation figure release",
    "cruise terminal opening", "steelworks furnace relining",
    "motorway roadworks schedule", "chip factory investment",
    "cyber attack on council systems", "airport expansion consultation",
    "census results publication", "postal service weekend delivery",
    "tenant deposit protection rules", "defence procurement delay",
    "solar panel subsidy cut", "flood insurance scheme renewal",
    "regional airline route cut", "cinema chain restructuring",
    "botanic garden glasshouse", "care home closure",
    "broadband rural rollout delay", "dental practice list closure",
    "minimum wage review body", "taxi licence fee increase",
    "student accommodation shortage", "data centre power connection",
    "junior doctors rota dispute", "dairy farm milk price dispute",
    "road resurfacing programme", "hospital waiting list target",
    "swimming pool closure", "harbour dredging contract",
    "youth unemployment figures", "by-election result",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def err(text, etype, severity, ref_text, occ=0):
    """An error span: `text` is quoted from the candidate (occ-th occurrence)."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def omit(ref_text, severity, before=None, after=None, occ=0):
    """An omission: the missing words belong just before `before` (or just
    after `after`), located by its occ-th occurrence in the candidate."""
    return {"kind": "omission", "type": "omission", "severity": severity,
            "ref_text": ref_text, "before": before, "after": after, "occ": occ}


def trap(text, ref_text, occ=0):
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(num, domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"num": num, "domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Rewrites, part 1 (cases 1-10)
# ---------------------------------------------------------------------------

case(1, "mayoral budget vote", "rewrite", "consistent",
     "The Mayor of Harrowgate, Delia Frane, won approval for her 2025-26 budget on Wednesday "
     "evening after the city assembly voted 14 to 9 in favour, with two members abstaining. The "
     "£2.4 billion spending plan includes a 4.99 per cent rise in the council tax precept, which "
     "the mayor's office said would raise an additional £38 million for policing and transport. "
     "Opposition leader Marcus Oyelaran said the plan placed 'an unfair burden on working "
     "households' and called for an independent review of the transport levy. Frane said the "
     "budget would protect free bus travel for under-18s and fund 120 extra police community "
     "support officers across the city. The higher precept takes effect on 1 April.",
     "Harrowgate's city assembly backed Mayor Delia Frane's 2025-26 budget by 14 votes to 9 on "
     "Wednesday evening, with two members abstaining. The £2.4bn plan raises the council tax "
     "precept by 4.99%, a move the mayor's office said would bring in a further £38m for policing "
     "and transport. Frane said the package would safeguard free bus travel for under-18s and pay "
     "for 120 additional police community support officers across the city. Opposition leader "
     "Marcus Oyelaran argued that it placed 'an unfair burden on working households' and urged an "
     "independent review of the transport levy. The higher precept applies from 1 April.",
     traps=[trap("by 14 votes to 9", "voted 14 to 9 in favour"),
            trap("£2.4bn", "£2.4 billion"),
            trap("a further £38m", "an additional £38 million"),
            trap("120 additional", "120 extra"),
            trap("applies from 1 April", "takes effect on 1 April")])

case(2, "court closure programme", "rewrite", "inconsistent",
     "The justice department confirmed on Monday that seven magistrates' courts across the "
     "Penmarrow region will close by the end of next year under a programme expected to save "
     "£11 million over five years. Cases from the affected courts will be transferred to larger "
     "hearing centres in Caldwick and Strome. Justice minister Ellen Ashcombe said the buildings "
     "were used for less than a third of their available sitting time. The Penmarrow Law Society "
     "warned that some defendants and witnesses could face round trips of more than 60 miles, and "
     "said it would consider a legal challenge. The department said it may provide video-link "
     "rooms in libraries in the worst-affected towns so that some hearings can be joined remotely.",
     "Seven magistrates' courts in the Penmarrow region are to shut by the end of next year, the "
     "justice department confirmed on Monday, in a programme expected to save £11 million over "
     "five years. Their cases will move to bigger hearing centres in Caldwick and Strome. Justice "
     "minister Ellen Ashcombe said the buildings stood empty for more than two-thirds of their "
     "available sitting time. The Penmarrow Law Society warned that some defendants and "
     "witnesses could face round trips of more than 30 miles and said it would consider a legal "
     "challenge. The department said it will provide video-link rooms in libraries in the "
     "worst-affected towns so that some hearings can be joined remotely.",
     errors=[err("more than 30 miles", "number", "major", "more than 60 miles"),
             err("will provide", "modality", "major", "may provide")],
     traps=[trap("stood empty for more than two-thirds", "were used for less than a third"),
            trap("bigger hearing centres", "larger hearing centres")])

case(3, "wind farm planning appeal", "rewrite", "consistent",
     "A planning inspector has allowed an appeal by Brackenfell Renewables against the refusal of "
     "its 12-turbine wind farm at Hessock Moor, overturning a decision made by Tarnside District "
     "Council in March last year. Inspector Rhian Colley concluded that the scheme's benefits, "
     "including enough electricity to power around 31,000 homes, outweighed the 'moderate harm' "
     "to the landscape. The council had rejected the application by a single vote, citing visual "
     "impact on the nearby Hessock Valley conservation area. Under conditions attached to the "
     "permission, the turbines must not exceed 149 metres to blade tip and the developer must pay "
     "£5,000 per megawatt annually into a community fund for the life of the project. A council "
     "spokesperson said the authority was 'disappointed' and would study the decision before "
     "commenting further.",
     "Tarnside District Council's refusal of a 12-turbine wind farm at Hessock Moor, made in March "
     "last year, has been overturned on appeal. Planning inspector Rhian Colley found in favour of "
     "the developer, Brackenfell Renewables, ruling that the 'moderate harm' to the landscape was "
     "outweighed by benefits such as generating enough power for roughly 31,000 homes. Councillors "
     "had thrown out the plans by one vote over concerns about the visual impact on the "
     "neighbouring Hessock Valley conservation area. The permission is conditional on the turbines "
     "being no taller than 149 metres to blade tip, and on the company paying £5,000 per megawatt "
     "each year into a community fund for as long as the wind farm operates. A council "
     "spokesperson said the authority was 'disappointed' and would examine the ruling before "
     "saying more.",
     traps=[trap("roughly 31,000 homes", "around 31,000 homes"),
            trap("by one vote", "by a single vote"),
            trap("no taller than 149 metres", "must not exceed 149 metres"),
            trap("each year", "annually"),
            trap("for as long as the wind farm operates", "for the life of the project")])

case(4, "mental health helpline funding", "rewrite", "inconsistent",
     "The mental health charity Lanternline has been awarded £3.2 million by the Calder Health "
     "Trust to keep its 24-hour helpline running for a further three years. The charity had warned "
     "in January that the service, which answered 142,000 calls last year, could be forced to cut "
     "its overnight hours from June without new funding. Chief executive Priya Dunmore said the "
     "grant would allow Lanternline to recruit 40 additional volunteers and train them in suicide "
     "prevention. The trust's director of commissioning, Owen Tallis, said demand for the helpline "
     "had risen by 18 per cent since 2022. The funding does not cover the charity's text messaging "
     "service, which will continue to rely on donations.",
     "Lanternline, a mental health charity, will receive £3.2 million from the Calder Health Trust "
     "so that its 24-hour helpline can keep operating for another three years. In January the "
     "charity had warned that, without fresh money, the service could have to reduce its overnight "
     "hours from June. The helpline answered 142,000 calls last year. The grant will let "
     "Lanternline take on 40 more volunteers and give them suicide prevention training, chief "
     "executive Priya Dunmore said. According to Dunmore, demand for the helpline has grown by 18 "
     "per cent since 2022. The funding does not extend to the charity's text messaging service, "
     "which will continue to rely on donations.",
     errors=[err("According to Dunmore", "attribution", "major",
                 "The trust's director of commissioning, Owen Tallis, said")],
     traps=[trap("another three years", "a further three years"),
            trap("take on 40 more volunteers", "recruit 40 additional volunteers"),
            trap("does not extend to", "does not cover")])

case(5, "community hospital ward reopening", "rewrite", "consistent",
     "A 20-bed ward at Ellbridge Community Hospital will reopen on 3 March, eighteen months after it "
     "was closed because of staff shortages, the Westmere Health Board announced yesterday. The "
     "board said it had recruited 26 nurses and healthcare assistants, including 11 from overseas, "
     "allowing the Rowan Ward to resume admitting patients. The ward will initially care for older "
     "people who are medically fit to leave the district general hospital but still need "
     "rehabilitation before returning home. Campaigners from the Save Ellbridge Hospital group, who "
     "gathered more than 9,000 signatures calling for the reopening, welcomed the news but said "
     "they would 'keep watching' staffing levels. The board expects the move to free up about 15 "
     "beds a day at the district general hospital.",
     "Westmere Health Board said yesterday that Rowan Ward, a 20-bed unit at Ellbridge Community "
     "Hospital, will take patients again from 3 March, a year and a half after staff shortages "
     "forced it to close. The board has recruited 26 nurses and healthcare assistants, 11 of them "
     "from abroad. At first the ward will look after older people who are medically fit to be "
     "discharged from the district general hospital but still need rehabilitation before they go "
     "home. The Save Ellbridge Hospital group, whose petition for the reopening drew over 9,000 "
     "signatures, welcomed the news but said it would 'keep watching' staffing levels. The board "
     "anticipates that the move will free up around 15 beds a day at the district general hospital.",
     traps=[trap("a year and a half", "eighteen months"),
            trap("11 of them from abroad", "including 11 from overseas"),
            trap("over 9,000 signatures", "more than 9,000 signatures"),
            trap("anticipates", "expects"),
            trap("around 15 beds a day", "about 15 beds a day")])

case(6, "school meals provider change", "rewrite", "inconsistent",
     "Kestrel County Council is to replace its school meals contractor after parents raised "
     "complaints about portion sizes and menu quality. From the start of the autumn term, meals in "
     "the county's 84 primary schools will be supplied by Greenplate Catering, which takes over "
     "from Mellor Food Services. The new five-year contract is worth £46 million. The council's "
     "cabinet member for education, Joanne Pryce, said Greenplate had committed to sourcing at "
     "least 60 per cent of its ingredients from farms within the county. The price of a school "
     "meal for parents who pay will stay at £2.65 until at least next April. Mellor said it was "
     "disappointed but would work with the council to ensure a smooth handover.",
     "Kestrel County Council is changing its school meals contractor following complaints from "
     "parents about portion sizes and the quality of menus. From the start of the autumn term, "
     "Mellor Food Services will take over from Greenplate Catering in supplying meals to the "
     "county's 84 primary schools, under a new five-year contract worth £46 million. Joanne Pryce, "
     "the council's cabinet member for education, said Greenplate had promised to source at least "
     "60 per cent of its ingredients from farms within the county. Paying parents will continue to "
     "be charged £2.65 per meal until at least next April. Mellor said it was disappointed but "
     "would work with the council to ensure a smooth handover.",
     errors=[err("Mellor Food Services will take over from Greenplate Catering", "role", "critical",
                 "Greenplate Catering, which takes over from Mellor Food Services")],
     traps=[trap("promised to source", "committed to sourcing"),
            trap("Paying parents will continue to be charged £2.65 per meal",
                 "The price of a school meal for parents who pay will stay at £2.65")])

case(7, "lottery grant award", "rewrite", "consistent",
     "The Marlow Vale Heritage Trust has been awarded £1.75 million by the National Lottery "
     "Heritage Fund to restore the Grade II-listed Corn Exchange in Otterburn Cross. The grant, "
     "announced on Thursday, covers roughly 70 per cent of the £2.5 million project, with the "
     "remainder coming from the district council and private donors. Work is due to begin in "
     "September and take around 20 months, after which the building will reopen as a performance "
     "space, market hall and local history archive. Trust chair Gwen Halloran said the award was "
     "'a lifeline for a building that has stood empty since 2016'. The fund's regional director, "
     "Simon Achebe, said the project had been chosen from 37 applications in the region this year.",
     "A £1.75m National Lottery Heritage Fund grant announced on Thursday will pay for around "
     "seven-tenths of the £2.5m restoration of Otterburn Cross's Grade II-listed Corn Exchange, "
     "with the district council and private donors funding the rest. The money goes to the Marlow "
     "Vale Heritage Trust, whose chair, Gwen Halloran, called it 'a lifeline for a building that "
     "has stood empty since 2016'. Work is scheduled to start in September and should last about "
     "20 months; the building will then reopen as a performance space, market hall and local "
     "history archive. Simon Achebe, the fund's regional director, said 37 applications had been "
     "received in the region this year and this project had been selected from them.",
     traps=[trap("around seven-tenths", "roughly 70 per cent"),
            trap("with the district council and private donors funding the rest",
                 "with the remainder coming from the district council and private donors"),
            trap("scheduled to start in September", "due to begin in September"),
            trap("about 20 months", "around 20 months")])

case(8, "social care funding settlement", "rewrite", "inconsistent",
     "Councils in the Dunmere region will receive an extra £240 million for adult social care next "
     "year, the local government minister, Harriet Okafor, announced on Thursday. The settlement "
     "represents a 7 per cent cash increase, but the Dunmere Association of Councils said it would "
     "not cover the rising cost of care home fees and the higher minimum wage. Authorities will be "
     "allowed to raise council tax by up to 2 per cent on top of the usual limit, provided the "
     "extra money is spent on social care. Okafor said the funding would help reduce delays in "
     "discharging patients from hospital. The association estimates that councils face a shortfall "
     "of £95 million in the coming year, even after the new money.",
     "The local government minister, Harriet Okafor, announced on Thursday that councils in the "
     "Dunmere region will get an additional £240 million for adult social care next year, a 7 per "
     "cent cash rise. The Dunmere Association of Councils said the settlement would cover the "
     "increasing cost of care home fees and the higher minimum wage. Authorities will be able to "
     "raise council tax by 2 per cent on top of the usual limit, provided the extra money is spent "
     "on social care. Okafor said the funding would help cut delays in discharging patients from "
     "hospital. Even after the new money, the association estimates councils face a £95 million "
     "shortfall in the coming year.",
     errors=[err("would cover", "polarity", "critical", "would not cover"),
             omit("up to", "minor", before="2 per cent on top")],
     traps=[trap("will get an additional £240 million", "will receive an extra £240 million")])

case(9, "inflation figure release", "rewrite", "consistent",
     "Consumer price inflation in Norland fell to 3.1 per cent in October from 3.6 per cent in "
     "September, the National Statistics Bureau said on Wednesday, the lowest rate since March "
     "2021. Economists polled by the Brennan Financial wire had expected a smaller fall, to 3.3 per "
     "cent. The bureau said lower household energy bills accounted for most of the decline, while "
     "food prices rose 4.2 per cent year on year, down from 5.0 per cent. Core inflation, which "
     "strips out energy, food, alcohol and tobacco, eased to 3.8 per cent. Finance minister Tomas "
     "Reinholt said the figures showed 'the worst is behind us', but warned that households would "
     "continue to feel pressure on costs this winter. The central bank's next rate decision is due "
     "on 7 November.",
     "Norland's consumer price inflation slowed to 3.1% in October, down from 3.6% a month earlier "
     "and its lowest level since March 2021, according to figures released by the National "
     "Statistics Bureau on Wednesday. Economists surveyed by the Brennan Financial wire had "
     "forecast a more modest drop, to 3.3%. Lower household energy bills accounted for the bulk of "
     "the fall, the bureau said. Food prices were up 4.2% on a year earlier, compared with 5.0% in "
     "September, while core inflation, which excludes energy, food, alcohol and tobacco, eased to "
     "3.8%. Finance minister Tomas Reinholt said the figures showed 'the worst is behind us' but "
     "cautioned that households would still face cost pressures this winter. The central bank is "
     "scheduled to announce its next interest rate decision on 7 November.",
     traps=[trap("a month earlier", "in September"),
            trap("a more modest drop", "a smaller fall"),
            trap("the bulk of", "most of"),
            trap("up 4.2% on a year earlier", "rose 4.2 per cent year on year"),
            trap("excludes", "strips out")])

case(10, "leisure centre refurbishment", "rewrite", "inconsistent",
     "Brookfield Leisure Centre will close on 6 January for a £9.6 million refurbishment and is "
     "scheduled to reopen in late autumn, Ashvale Borough Council has confirmed. The work will "
     "include a new learner pool, a larger gym and changing rooms designed for disabled users, as "
     "well as solar panels on the roof that are expected to cut energy bills by a quarter. During "
     "the closure, swimming lessons will move to the Hollins Road pool, and the council will run a "
     "free shuttle bus between the two sites on weekday afternoons. Council leader Imran Sethi said "
     "the 1970s building had 'reached the end of its useful life without major investment'. Around "
     "4,500 people hold memberships at the centre; their fees will be frozen until it reopens.",
     "Ashvale Borough Council has confirmed that Brookfield Leisure Centre will shut on 6 January "
     "for a £9.6m refurbishment, with reopening planned for late spring. The upgrade will bring a "
     "new learner pool, a bigger gym, changing rooms designed for disabled users and rooftop solar "
     "panels that should reduce energy bills by 25 per cent. While the centre is closed, swimming "
     "lessons will transfer to the Hollins Road pool, and the council will run a free shuttle bus "
     "between the two sites on weekday afternoons. The 1970s building had 'reached the end of its "
     "useful life without major investment', according to council leader Imran Sethi. Membership "
     "fees for the centre's roughly 4,500 members will be frozen until it reopens.",
     errors=[err("late spring", "date", "major", "late autumn")],
     traps=[trap("reopening planned for", "scheduled to reopen"),
            trap("should reduce energy bills by 25 per cent",
                 "are expected to cut energy bills by a quarter"),
            trap("roughly 4,500 members", "Around 4,500 people hold memberships")])

# ---------------------------------------------------------------------------
# Rewrites, part 2 (cases 11-20)
# ---------------------------------------------------------------------------

case(11, "steelworks furnace relining", "rewrite", "consistent",
     "Brantmoor Steel will shut the No. 4 blast furnace at its Redhaven works for about 110 days "
     "from mid-January to reline it, the company said on Tuesday. The £85 million project will "
     "replace the furnace's worn refractory brick lining and is expected to extend its working life "
     "by up to 15 years. During the shutdown, steel output at the site will fall by around a third, "
     "and the company will import slab from its sister plant in the Netherlands to meet customer "
     "orders. No compulsory redundancies are planned; about 300 workers will be redeployed to "
     "maintenance duties or offered training. Site director Carl Emsley said the relining was "
     "'essential to the long-term future of steelmaking in Redhaven'.",
     "The No. 4 blast furnace at Brantmoor Steel's Redhaven works is to be taken offline from "
     "mid-January for roughly 110 days so that it can be relined, the company announced on "
     "Tuesday. The £85m job involves replacing the furnace's worn refractory brick lining and "
     "should add as much as 15 years to its working life. Output at the site will drop by about 33 "
     "per cent while the furnace is out of action, with slab brought in from the company's sister "
     "plant in the Netherlands to fulfil customer orders. The company does not plan any compulsory "
     "redundancies: some 300 employees will be moved to maintenance work or offered training. Carl "
     "Emsley, the site director, described the relining as 'essential to the long-term future of "
     "steelmaking in Redhaven'.",
     traps=[trap("roughly 110 days", "about 110 days"),
            trap("should add as much as 15 years to its working life",
                 "is expected to extend its working life by up to 15 years"),
            trap("about 33 per cent", "around a third"),
            trap("some 300 employees", "about 300 workers")])

case(12, "cruise terminal opening", "rewrite", "inconsistent",
     "Port Isolde's new £68 million cruise terminal was officially opened on Saturday by the "
     "regional governor, Beatrix Malone, ahead of the first ship calls of the season next month. "
     "The terminal, built by contractor Halvard Construction, can handle vessels carrying up to "
     "5,000 passengers and includes a shore power connection that allows ships to switch off their "
     "engines while berthed. The port authority expects 140 cruise calls next year, up from 95 this "
     "year, bringing an estimated £30 million to the local economy. Port chief executive Declan "
     "Moss said the shore power link would cut emissions in the harbour. Some residents' groups "
     "have raised concerns about congestion in the old town on busy days.",
     "The regional governor, Beatrix Malone, officially opened Port Isolde's new £68 million cruise "
     "terminal on Saturday, ahead of the season's first ship calls next month. Built by Halvard "
     "Construction, the terminal can take ships carrying as many as 5,000 passengers and has a "
     "shore power connection so that vessels can shut down their engines while at berth. The port "
     "authority predicts 140 cruise calls next year, compared with 95 this year, generating an "
     "estimated £30 million for the local economy. Halvard chief executive Declan Moss said the "
     "shore power link would reduce emissions in the harbour. Some residents' groups have staged "
     "protests over congestion in the old town on busy days.",
     errors=[err("Halvard chief executive", "entity", "major", "Port chief executive"),
             err("have staged protests over congestion", "event", "major",
                 "have raised concerns about congestion")],
     traps=[trap("as many as 5,000 passengers", "up to 5,000 passengers"),
            trap("predicts", "expects"),
            trap("generating an estimated £30 million", "bringing an estimated £30 million")])

case(13, "chip factory investment", "rewrite", "consistent",
     "Semiconductor maker Veltrix Devices plans to invest €2.8 billion in a new chip fabrication "
     "plant near Lorvik, creating around 1,400 permanent jobs, the company said on Monday. The "
     "plant, which will produce power chips for electric vehicles and industrial equipment, is "
     "expected to start production in 2028, subject to planning approval. The government has "
     "agreed in principle to provide up to €600 million in state aid, which still requires "
     "clearance from competition regulators. Veltrix chief executive Anneke Sorensen said the site "
     "had been chosen over locations in two other countries because of its skilled workforce and "
     "access to renewable power. Construction is expected to employ a further 2,000 people at its "
     "peak.",
     "Veltrix Devices, a semiconductor manufacturer, announced on Monday that it intends to spend "
     "€2.8bn on a new chip fabrication plant near Lorvik that would create some 1,400 permanent "
     "jobs. Subject to planning approval, the facility is expected to begin producing power chips "
     "for electric vehicles and industrial equipment in 2028. Up to €600m of state aid has been "
     "agreed in principle by the government, though competition regulators have yet to clear it. "
     "According to chief executive Anneke Sorensen, Lorvik was picked ahead of sites in two other "
     "countries thanks to its skilled workforce and access to renewable power. At the peak of "
     "construction, an additional 2,000 people are expected to be employed.",
     traps=[trap("intends to spend €2.8bn", "plans to invest €2.8 billion"),
            trap("Up to €600m of state aid has been agreed in principle by the government",
                 "The government has agreed in principle to provide up to €600 million in state aid"),
            trap("competition regulators have yet to clear it",
                 "still requires clearance from competition regulators"),
            trap("an additional 2,000 people are expected to be employed",
                 "expected to employ a further 2,000 people")])

case(14, "motorway roadworks schedule", "rewrite", "inconsistent",
     "Overnight closures will take place on the M47 between junctions 14 and 17 for six weeks from "
     "Monday 9 September while National Roadways resurfaces the carriageway, the agency said. The "
     "eastbound carriageway will be shut from 8pm to 6am on weeknights during the first three "
     "weeks, followed by the westbound carriageway for the remaining three. Signed diversions will "
     "add up to 25 minutes to journeys. Daytime lanes will remain open, although a 50mph speed "
     "limit will apply throughout the works. Project manager Lorna Beck said the £14 million scheme "
     "would replace surfacing laid in 1998 and reduce noise for nearby homes.",
     "National Roadways will close the M47 between junctions 14 and 17 overnight for six weeks from "
     "Monday 9 September so that the carriageway can be resurfaced, the agency said. For the first "
     "three weeks the eastbound side will be shut from 8pm to 6am on weeknights, with the westbound "
     "side closed for the following three. The signed diversions will lengthen journeys by as much "
     "as 25 minutes. Lanes will stay open during the day, but a 50mph limit will be in force for "
     "the duration of the works. The £14 million scheme, which is running several months behind "
     "schedule, will replace surfacing laid in 1998 and cut noise for nearby homes, project manager "
     "Lorna Beck said.",
     errors=[err("which is running several months behind schedule", "addition", "major", None)],
     traps=[trap("the following three", "the remaining three"),
            trap("by as much as 25 minutes", "up to 25 minutes"),
            trap("for the duration of the works", "throughout the works")])

case(15, "census results publication", "rewrite", "consistent",
     "The population of the Ardenshire region grew by 6.4 per cent to 1.92 million in the ten years "
     "to 2021, according to census results published on Tuesday by the Office for Regional "
     "Statistics. The increase was almost double the national average of 3.5 per cent. The number "
     "of residents aged 65 and over rose by 21 per cent, and they now make up nearly one in five of "
     "the population. The fastest growth was in the district of Coldharbour, where the population "
     "increased by 14 per cent, largely as a result of new housing developments. Only two of the "
     "region's eleven districts recorded a fall. The office said further results on ethnicity, "
     "religion and language would be published in the spring.",
     "Census figures released by the Office for Regional Statistics on Tuesday show that "
     "Ardenshire's population rose 6.4% over the decade to 2021, reaching 1.92 million, close to "
     "twice the national average of 3.5%. The number of over-65s went up by 21 per cent, and they "
     "now account for almost 20 per cent of residents. Coldharbour saw the biggest rise of any "
     "district, at 14 per cent, driven mainly by new housing developments. Just two of the region's "
     "eleven districts saw their populations shrink. Results covering ethnicity, religion and "
     "language will follow in the spring, the office said.",
     traps=[trap("over the decade to 2021", "in the ten years to 2021"),
            trap("close to twice the national average", "almost double the national average"),
            trap("almost 20 per cent of residents", "nearly one in five of the population"),
            trap("driven mainly by", "largely as a result of"),
            trap("Just two", "Only two")])

case(16, "cyber attack on council systems", "rewrite", "inconsistent",
     "Greywater City Council says it has restored most of its online services after a ransomware "
     "attack that began in the early hours of Sunday 14 April. The attack forced the council to "
     "take its website, payments system and housing benefit portal offline for five days. Chief "
     "executive Miriam Holt said there was no evidence so far that residents' personal data had "
     "been stolen, but the investigation was continuing with the help of the National Cyber Unit. "
     "About 2,300 benefit payments were delayed, and the council said all of them had now been "
     "made. It has set aside £1.5 million to rebuild affected systems. Councillors will receive a "
     "full report at a meeting on 2 May.",
     "Most of Greywater City Council's online services are back up and running after a ransomware "
     "attack that started in the early hours of Sunday 14 April, the council says. Its website, "
     "payments system and housing benefit portal had to be taken offline for five days. Chief "
     "executive Miriam Holt said that so far there was nothing to suggest residents' personal data "
     "had been stolen, although the investigation, in which the National Cyber Unit is helping, "
     "was still going on. Some 3,200 benefit payments were held up, all of which the council says "
     "have now been made. It has earmarked £1.5 million for rebuilding the affected systems. A full "
     "report will go to councillors at a meeting on 12 May.",
     errors=[err("Some 3,200", "number", "major", "About 2,300"),
             err("12 May", "date", "minor", "2 May")],
     traps=[trap("nothing to suggest", "no evidence"),
            trap("held up", "delayed"),
            trap("earmarked £1.5 million for rebuilding", "set aside £1.5 million to rebuild")])

case(17, "tenant deposit protection rules", "rewrite", "consistent",
     "Landlords in the Calverton region will have to lodge tenants' deposits with an approved "
     "protection scheme within 14 days of receiving them under rules coming into force on 1 "
     "October, the regional housing authority announced. At present the deadline is 30 days. "
     "Landlords who fail to comply could be ordered to pay tenants up to three times the value of "
     "the deposit. The maximum deposit will also be capped at five weeks' rent for properties let "
     "at under £50,000 a year. Housing commissioner Nadia Brookes said around 40,000 disputes a "
     "year were linked to deposits and the changes would 'make the system fairer and faster'. The "
     "Calverton Landlords' Association said members needed more time to adapt.",
     "From 1 October, landlords in the Calverton region must place a tenant's deposit in an "
     "approved protection scheme no later than two weeks after receiving it, compared with 30 days "
     "now, the regional housing authority has announced. Those who break the rules could be "
     "ordered to pay tenants as much as triple the deposit. For homes let at less than £50,000 a "
     "year, deposits will also be limited to a maximum of five weeks' rent. Nadia Brookes, the "
     "housing commissioner, said some 40,000 disputes annually were connected with deposits and "
     "that the changes would 'make the system fairer and faster'. The Calverton Landlords' "
     "Association said its members needed longer to adjust.",
     traps=[trap("no later than two weeks after", "within 14 days of"),
            trap("as much as triple the deposit", "up to three times the value of the deposit"),
            trap("less than £50,000", "under £50,000"),
            trap("some 40,000 disputes annually", "around 40,000 disputes a year"),
            trap("needed longer to adjust", "needed more time to adapt")])

case(18, "airport expansion consultation", "rewrite", "inconsistent",
     "Elmstead Airport has launched a 12-week public consultation on plans to extend its runway by "
     "400 metres and build a second terminal, which would allow passenger numbers to rise from 9 "
     "million to 15 million a year by 2040. The airport's owner, Corvane Holdings, says the £1.1 "
     "billion project would create 4,000 jobs. Under the proposals, there would be no increase in "
     "the number of night flights, which are currently capped at 3,200 a year. Local campaign "
     "group Quiet Skies said the expansion would expose thousands more households to aircraft "
     "noise. Residents can respond online or at one of 14 drop-in events. The consultation closes "
     "on 28 February.",
     "A 12-week public consultation has been launched by Elmstead Airport on proposals for a "
     "400-metre runway extension and a second terminal, which would let annual passenger numbers "
     "grow from 9 million to 15 million by 2040. Corvane Holdings, the airport's owner, says the "
     "£1.1bn scheme would create 4,000 jobs. The plans would lift the current cap of 3,200 night "
     "flights a year. Quiet Skies, a local campaign group, said thousands more households would be "
     "exposed to aircraft noise as a result of the expansion. Residents can respond online or at "
     "any of 14 drop-in events before the consultation closes on 28 February.",
     errors=[err("would lift the current cap of 3,200 night flights a year", "polarity", "critical",
                 "there would be no increase in the number of night flights")],
     traps=[trap("a 400-metre runway extension", "extend its runway by 400 metres"),
            trap("£1.1bn scheme", "£1.1 billion project")])

case(19, "flood insurance scheme renewal", "rewrite", "consistent",
     "The government and insurers have agreed to renew Floodsure, the scheme that keeps home "
     "insurance affordable in high-risk areas, for a further ten years from April 2026. Around "
     "310,000 households currently benefit from the scheme, which is funded by a levy on insurers "
     "of £180 million a year and had been due to expire in March 2026. Under the new agreement, the "
     "levy will rise to £210 million, and homes built after 2012 will remain excluded. Environment "
     "minister Ruth Calloway said the renewal would give 'certainty to families living with flood "
     "risk'. The Association of Insurers said it expected premiums for most policyholders outside "
     "flood zones to be unaffected.",
     "Floodsure, which keeps home insurance affordable in high-risk areas, is to continue for "
     "another decade from April 2026 after the government and insurers agreed to renew it. The "
     "scheme, which had been due to end in March 2026, currently supports about 310,000 households "
     "and is paid for by a £180m annual levy on insurers. That levy will increase to £210m under "
     "the new deal, while homes built after 2012 will still not be eligible. Ruth Calloway, the "
     "environment minister, said the renewal would give 'certainty to families living with flood "
     "risk'. The Association of Insurers said it expected premiums for most policyholders outside "
     "flood zones to stay the same.",
     traps=[trap("another decade", "a further ten years"),
            trap("about 310,000 households", "Around 310,000 households"),
            trap("a £180m annual levy on insurers", "a levy on insurers of £180 million a year"),
            trap("will still not be eligible", "will remain excluded"),
            trap("to stay the same", "to be unaffected")])

case(20, "postal service weekend delivery", "rewrite", "inconsistent",
     "The national postal operator, Postwell, is considering ending Saturday letter deliveries in "
     "rural areas as part of a cost-cutting plan, its chief executive told a parliamentary "
     "committee on Tuesday. Graham Tovey said the company could save around £120 million a year by "
     "moving to five-day letter deliveries, with parcels still delivered seven days a week. He said "
     "no final decision had been made and any change would need approval from the communications "
     "regulator. Letter volumes have fallen by 60 per cent since their peak in 2004. The "
     "Communication Workers' Alliance said the plan would put up to 8,000 jobs at risk.",
     "Postwell, the national postal operator, will stop Saturday letter deliveries in rural areas "
     "as part of a drive to cut costs, its chief executive told a parliamentary committee on "
     "Tuesday. Moving to letter deliveries five days a week could save the company about £120 "
     "million annually, Graham Tovey said, adding that parcels would still be delivered seven days "
     "a week. He said no final decision had been taken and that any change would require the "
     "communications regulator's approval. Letter volumes are down 60 per cent from their 2004 "
     "peak. According to the Communication Workers' Alliance, the plan would put as many as 8,000 "
     "jobs at risk.",
     errors=[err("will stop", "modality", "critical", "is considering ending")],
     traps=[trap("about £120 million annually", "around £120 million a year"),
            trap("down 60 per cent from their 2004 peak",
                 "have fallen by 60 per cent since their peak in 2004"),
            trap("as many as 8,000 jobs", "up to 8,000 jobs")])

# ---------------------------------------------------------------------------
# Summaries (cases 21-30)
# ---------------------------------------------------------------------------

case(21, "defence procurement delay", "summary", "consistent",
     "The first of 24 Skellan-class armoured reconnaissance vehicles ordered for the army will not "
     "be delivered until 2027, two years later than planned, the defence ministry has admitted. In "
     "a written statement to parliament on Monday, procurement minister Alan Greaves said problems "
     "with the vehicles' turret electronics and excessive noise levels inside the crew compartment "
     "had delayed trials. The total cost of the programme has risen from £1.9 billion to £2.3 "
     "billion. Contractor Dravo Systems said it had identified fixes for both issues and was "
     "confident of meeting the revised timetable. Greaves said the army would keep its existing "
     "reconnaissance vehicles in service until the new fleet was ready, at an estimated extra cost "
     "of £60 million.",
     "Delivery of the first of the army's 24 Skellan-class armoured reconnaissance vehicles has "
     "slipped by two years to 2027, the defence ministry has admitted, after faults in the turret "
     "electronics and excessive crew compartment noise held up trials. Programme costs have climbed "
     "from £1.9bn to £2.3bn, and keeping the existing vehicles in service meanwhile will cost an "
     "estimated £60m more. Contractor Dravo Systems says it has identified fixes for both problems.",
     traps=[trap("has slipped by two years to 2027",
                 "will not be delivered until 2027, two years later than planned"),
            trap("held up trials", "had delayed trials"),
            trap("£1.9bn to £2.3bn", "£1.9 billion to £2.3 billion"),
            trap("will cost an estimated £60m more", "at an estimated extra cost of £60 million")])

case(22, "care home closure", "summary", "inconsistent",
     "Ravensby Care, which runs 14 care homes across the Thornley region, is to close its Oakhurst "
     "House home in Milbrook by the end of May, affecting 38 residents and 52 staff. The company "
     "said the 1930s building would need more than £2 million of work to meet current fire safety "
     "and accessibility standards. Residents' families were told of the decision at a meeting on "
     "Tuesday. Thornley Council said its social workers would help each resident find a new "
     "placement and that it would try to find places within ten miles of Milbrook where possible. "
     "Staff will be offered jobs at the company's other homes. The regional care inspectorate rated "
     "Oakhurst House 'good' at its last inspection in 2022.",
     "Ravensby Care will close Oakhurst House in Milbrook by the end of May, saying the 1930s "
     "building needs over £2m of fire safety and accessibility work. Council social workers will "
     "help the home's 38 residents find new placements, ideally within ten miles, and its 25 staff "
     "will be offered jobs at Ravensby's other homes. Families have launched a petition to keep the "
     "home open.",
     errors=[err("25 staff", "number", "major", "52 staff"),
             err("Families have launched a petition to keep the home open.", "addition", "major",
                 None)],
     traps=[trap("over £2m", "more than £2 million")])

case(23, "solar panel subsidy cut", "summary", "consistent",
     "The energy ministry will cut the subsidy paid to households that install rooftop solar panels "
     "by 40 per cent from 1 July, it announced on Wednesday. The grant for a typical 4-kilowatt "
     "system will fall from £2,500 to £1,500. Energy minister Paul Renwick said panel prices had "
     "dropped by more than half since the scheme began in 2019, so the same level of support was no "
     "longer needed. Applications submitted before the end of June will be paid at the current "
     "rate. The Solar Installers Federation warned that the cut could cost up to 3,000 jobs in the "
     "sector and slow progress towards the government's target of two million solar homes by 2030.",
     "Household rooftop solar grants will be cut by 40% from 1 July, taking the payment for a "
     "typical 4kW system from £2,500 to £1,500; applications made before July still get the current "
     "rate. The ministry says panel prices have more than halved since 2019, but installers warn "
     "that as many as 3,000 jobs could go and progress towards the 2030 target of two million solar "
     "homes could slow.",
     traps=[trap("40%", "40 per cent"),
            trap("4kW", "4-kilowatt"),
            trap("before July", "before the end of June"),
            trap("have more than halved", "had dropped by more than half"),
            trap("as many as 3,000 jobs could go", "could cost up to 3,000 jobs")])

case(24, "broadband rural rollout delay", "summary", "inconsistent",
     "The rollout of full-fibre broadband to 62,000 rural homes and businesses in the Hallam Fells "
     "area has been delayed by at least 18 months, the digital infrastructure agency said on "
     "Friday. The agency blamed the delay on a dispute with contractor Fibrelink, which it says "
     "failed to meet agreed installation targets in the first year of the £140 million contract. "
     "Fibrelink denies the claim and says the agency was slow to approve access routes across "
     "farmland. Only 9,400 premises have been connected so far, against a target of 25,000 by this "
     "stage. The agency said it was seeking a second supplier to take on part of the work. Local MP "
     "Janet Corby called the situation 'a shambles'.",
     "Full-fibre broadband for 62,000 rural homes and businesses in Hallam Fells has been delayed "
     "by at least 18 months. Fibrelink blames the digital infrastructure agency for missing "
     "installation targets in the first year of the £140m contract; just 9,400 premises have been "
     "connected so far, against 25,000 planned by this point. A second supplier is being sought for "
     "part of the work.",
     errors=[err("Fibrelink blames the digital infrastructure agency", "role", "critical",
                 "The agency blamed the delay on a dispute with contractor Fibrelink")],
     traps=[trap("£140m", "£140 million"),
            trap("just 9,400", "Only 9,400"),
            trap("against 25,000 planned by this point", "against a target of 25,000 by this stage")])

case(25, "regional airline route cut", "summary", "consistent",
     "Regional carrier Skyline Northern will stop flying between Carrick and Tolmere Vale from 27 "
     "October, blaming falling demand and rising airport charges. The route, which has operated "
     "since 2011, carried 48,000 passengers last year, down from 71,000 in 2019. The airline said it "
     "would offer refunds or free rebooking on other routes to anyone holding tickets for travel "
     "after the cut-off date. Carrick Airport said it was 'deeply disappointed' and was in talks "
     "with two other airlines about taking over the service. Business groups in Tolmere Vale said "
     "the loss of the link would make it harder to attract investment. Skyline Northern will keep "
     "its three daily flights from Carrick to the capital.",
     "Skyline Northern is scrapping its Carrick–Tolmere Vale route from 27 October, citing weaker "
     "demand and higher airport charges; passenger numbers fell from 71,000 in 2019 to 48,000 last "
     "year. Ticket holders for later flights can get a refund or free rebooking on other routes. A "
     "'deeply disappointed' Carrick Airport is talking to two other carriers about taking over the "
     "service.",
     traps=[trap("is scrapping its Carrick–Tolmere Vale route",
                 "will stop flying between Carrick and Tolmere Vale"),
            trap("citing weaker demand and higher airport charges",
                 "blaming falling demand and rising airport charges"),
            trap("Ticket holders for later flights",
                 "anyone holding tickets for travel after the cut-off date"),
            trap("is talking to two other carriers", "was in talks with two other airlines")])

case(26, "cinema chain restructuring", "summary", "consistent",
     "Cinema operator Northlight Pictures has entered a restructuring plan that will see 11 of its "
     "46 cinemas close by the end of March, putting around 380 jobs at risk. The company said the "
     "remaining sites would continue trading as normal and that gift cards and memberships would "
     "still be honoured. Under the plan, approved by creditors on Friday, landlords of a further 15 "
     "sites have agreed to cut rents by an average of 30 per cent. Chief executive Leona Pryor said "
     "audiences had recovered to about 80 per cent of pre-pandemic levels but high energy and rent "
     "costs had left the business 'unsustainable in its current form'. The chain's lenders will "
     "provide £25 million in new funding.",
     "Northlight Pictures is to close 11 of its 46 cinemas by the end of March under a "
     "creditor-approved restructuring that puts about 380 jobs at risk. Landlords at another 15 "
     "sites have agreed to reduce rents by 30 per cent on average, and lenders are putting in £25m "
     "of fresh funding. The other cinemas will trade as normal, with gift cards and memberships "
     "still valid.",
     traps=[trap("creditor-approved", "approved by creditors"),
            trap("about 380 jobs", "around 380 jobs"),
            trap("another 15 sites", "a further 15 sites"),
            trap("by 30 per cent on average", "by an average of 30 per cent"),
            trap("£25m of fresh funding", "£25 million in new funding")])

case(27, "dental practice list closure", "summary", "inconsistent",
     "Brightsmile Dental in Tillingford has stopped accepting new health service patients and will "
     "ask around 2,000 adults on its list to register elsewhere or pay privately from 1 September, "
     "the practice has told patients in a letter. Practice owner Dr Felix Amadi said the state "
     "contract paid too little to cover the cost of treatment, and that the practice had struggled "
     "to recruit dentists since two left last year. Children and patients who are exempt from "
     "charges, such as pregnant women and people on certain benefits, will remain on the health "
     "service list. The Wrenfield Health Board said there were vacancies at two health service "
     "practices within eight miles and it was working to commission additional appointments in the "
     "area.",
     "Brightsmile Dental in Tillingford is no longer taking new health service patients, and from 1 "
     "September about 2,000 adults on its list are being asked to register elsewhere or go private. "
     "Owner Dr "
     "Felix Amadi says the state contract does not cover treatment costs and the practice has "
     "struggled to recruit dentists since two left last year. Children and patients exempt from "
     "charges stay on the list. The Tillingford Health Board says two practices within eight miles "
     "have vacancies. The practice has struggled to recruit dentists since two left last year.",
     errors=[err("Tillingford Health Board", "entity", "major", "Wrenfield Health Board"),
             err("The practice has struggled to recruit dentists since two left last year",
                 "repetition", "minor", None)],
     traps=[trap("about 2,000 adults", "around 2,000 adults"),
            trap("go private", "pay privately")])

case(28, "botanic garden glasshouse", "summary", "consistent",
     "The Victorian palm house at Fernleigh Botanic Garden will reopen to visitors on 14 June after "
     "a five-year, £16 million restoration, the garden's trustees announced. The glasshouse, built "
     "in 1862, was closed in 2019 after surveys found corrosion in its cast-iron frame. More than "
     "4,000 panes of glass have been replaced and the heating system converted to run on heat "
     "pumps, cutting the building's carbon emissions by an estimated 70 per cent. About 1,500 "
     "tropical plants, which were moved to temporary nurseries during the work, have been returned. "
     "Curator Dr Amara Quist said the project had 'secured the palm house for another 150 years'. "
     "Entry will be included in the standard garden admission fee.",
     "Fernleigh Botanic Garden's 1862 palm house reopens on 14 June after a £16m restoration lasting "
     "five years, prompted by corrosion in its cast-iron frame. Over 4,000 panes have been replaced "
     "and a switch to heat pumps is expected to cut the glasshouse's carbon emissions by around 70%. "
     "Entry is covered by the normal admission fee.",
     traps=[trap("lasting five years", "five-year"),
            trap("Over 4,000 panes", "More than 4,000 panes"),
            trap("is expected to cut the glasshouse's carbon emissions by around 70%",
                 "cutting the building's carbon emissions by an estimated 70 per cent"),
            trap("covered by the normal admission fee", "included in the standard garden admission fee")])

case(29, "minimum wage review body", "summary", "inconsistent",
     "The Low Pay Review Board has recommended that the national minimum wage rise by 6.2 per cent "
     "to £12.05 an hour from April, the board said in its annual report published on Thursday. The "
     "government, which must decide whether to accept the recommendation, is expected to announce "
     "its response within a month. The board also proposed lowering the age at which workers "
     "qualify for the full rate from 21 to 20. Board chair Professor Elaine Marsh said the increase "
     "would benefit about 2.1 million workers but warned that small retailers and hospitality firms "
     "faced 'real pressure'. Business groups said the rise was higher than many employers had "
     "budgeted for.",
     "The government has accepted the Low Pay Review Board's recommendation of a 6.2% rise in the "
     "national minimum wage to £12.05 an hour from April, which would benefit around 2.1 million "
     "workers. The board also wants the full rate to apply from age 20 rather than 21. Business "
     "groups say the increase exceeds what many employers had budgeted for.",
     errors=[err("The government has accepted", "event", "critical",
                 "The government, which must decide whether to accept the recommendation")],
     traps=[trap("6.2%", "6.2 per cent"),
            trap("around 2.1 million workers", "about 2.1 million workers"),
            trap("exceeds what many employers had budgeted for",
                 "was higher than many employers had budgeted for")])

case(30, "taxi licence fee increase", "summary", "inconsistent",
     "Marsham Borough Council is to raise the annual fee for a hackney carriage licence from £210 to "
     "£285 from 1 November, following a vote by the licensing committee on Tuesday. Private hire "
     "vehicle licences will rise from £180 to £240. The council said the increase was needed to "
     "cover the cost of additional vehicle inspections and enforcement officers, and that fees had "
     "not changed since 2017. Dave Kinsella, chair of the Marsham Taxi Drivers' Association, said "
     "many drivers were already struggling with fuel and insurance costs and some would leave the "
     "trade. The committee rejected a proposal to phase the increase over two years. Drivers can "
     "pay in two instalments.",
     "From 1 December, Marsham's annual hackney carriage licence fee will rise from £210 to £285 and "
     "private hire licences from £180 to £240; the licensing committee voted against phasing the "
     "rise over two years. The drivers' association says the money is needed for extra vehicle "
     "inspections and enforcement officers, as fees have been frozen since 2017. Fees can be paid in "
     "two instalments.",
     errors=[err("1 December", "date", "major", "1 November"),
             err("The drivers' association says", "attribution", "major", "The council said")],
     traps=[trap("have been frozen since 2017", "had not changed since 2017"),
            trap("extra vehicle inspections", "additional vehicle inspections")])

# ---------------------------------------------------------------------------
# Translations, part 1 (cases 31-35): two independent English translations
# of the same non-English story.
# ---------------------------------------------------------------------------

case(31, "student accommodation shortage", "translation", "consistent",
     "Around 4,200 students at the University of Veldhaven began the academic year without a "
     "permanent place to live, according to figures released on Wednesday by the national students' "
     "union LSV. The union said rents for a room in the city had risen by an average of 14 per cent "
     "in a year, to €690 a month. The university has opened two sports halls as emergency "
     "accommodation with a total of 300 beds, and is offering a €500 relocation grant to students "
     "who take rooms in neighbouring towns. Housing alderman Joost Terwee said the municipality "
     "would allow temporary modular housing on a former bus depot site, with the first 450 units "
     "available by February. The union called the measures 'a plaster on a gaping wound'.",
     "Some 4,200 University of Veldhaven students started the academic year with no permanent "
     "housing, the national students' union LSV said on Wednesday, releasing new figures. Renting a "
     "room in the city now costs €690 a month, the union said, after an average increase of 14 per "
     "cent over twelve months. Two sports halls with 300 beds between them have been opened by the "
     "university as emergency lodging, and students who accept rooms in nearby towns can claim a "
     "€500 moving allowance. The city's housing alderman, Joost Terwee, said the municipality would "
     "permit temporary prefabricated homes on a former bus depot, with the first 450 to be available "
     "by February. The union described the steps as 'a sticking plaster on a gaping wound'.",
     traps=[trap("Some 4,200", "Around 4,200"),
            trap("with 300 beds between them", "with a total of 300 beds"),
            trap("nearby towns", "neighbouring towns"),
            trap("€500 moving allowance", "€500 relocation grant"),
            trap("temporary prefabricated homes", "temporary modular housing")])

case(32, "data centre power connection", "translation", "consistent",
     "The grid operator Nordnet has told the developer of a planned data centre near Skarholm that "
     "it cannot connect the site to the high-voltage network before 2031, four years later than the "
     "company had requested. The developer, Arcvault, wants to build a 150-megawatt facility on a "
     "former airfield and says the project would create around 250 permanent jobs. Nordnet said the "
     "regional network was already close to capacity and a new substation would have to be built "
     "first. Arcvault's managing director, Lene Hovdal, said the company was examining whether it "
     "could generate part of its own power on site with solar panels and batteries. The "
     "municipality had approved the zoning plan last spring.",
     "Arcvault, which is planning a data centre near Skarholm, has been informed by network operator "
     "Nordnet that the site cannot be linked to the high-voltage grid until 2031, four years after "
     "the date the company asked for. The developer intends to build a 150 MW centre on a disused "
     "airfield, which it says would provide about 250 permanent jobs. According to Nordnet, the "
     "regional grid is already nearly at capacity and a new substation must first be constructed. "
     "Lene Hovdal, Arcvault's managing director, said the company was looking into whether it could "
     "produce some of its electricity itself on the site using solar panels and batteries. The local "
     "council approved the zoning plan in the spring of last year.",
     traps=[trap("until 2031", "before 2031"),
            trap("150 MW", "150-megawatt"),
            trap("about 250 permanent jobs", "around 250 permanent jobs"),
            trap("already nearly at capacity", "already close to capacity"),
            trap("in the spring of last year", "last spring")])

case(33, "junior doctors rota dispute", "translation", "consistent",
     "Junior doctors at Santa Lucía University Hospital in Valmora will stop working voluntary extra "
     "shifts from Monday in protest at new rotas that they say leave wards dangerously understaffed "
     "at night, their union announced. The Young Doctors' Collective said the rotas, introduced in "
     "September, require residents to cover up to 90 beds alone on night shifts. Hospital management "
     "said the changes complied with regional staffing rules and that an additional 12 doctors would "
     "be hired by the end of the year. Union spokesperson Dr Carla Medrano said the action would not "
     "affect emergency care. Talks between the two sides are scheduled for next Thursday.",
     "From Monday, junior doctors at Valmora's Santa Lucía University Hospital will no longer take on "
     "voluntary additional shifts, their union has announced, in protest against new rotas they "
     "claim leave wards dangerously short-staffed overnight. According to the Young Doctors' "
     "Collective, the rotas brought in in September mean that on night shifts a single resident can "
     "be left alone in charge of as many as 90 beds. The hospital's management maintains that the "
     "changes comply with regional staffing regulations and says 12 more doctors will be recruited "
     "before the end of the year. Emergency care will not be affected by the action, said union "
     "spokesperson Dr Carla Medrano. The two sides are due to hold talks next Thursday.",
     traps=[trap("will no longer take on voluntary additional shifts",
                 "will stop working voluntary extra shifts"),
            trap("short-staffed overnight", "understaffed at night"),
            trap("as many as 90 beds", "up to 90 beds"),
            trap("12 more doctors will be recruited", "an additional 12 doctors would be hired"),
            trap("are due to hold talks next Thursday", "are scheduled for next Thursday")])

case(34, "dairy farm milk price dispute", "translation", "consistent",
     "Dairy farmers in the Lindtal region blocked the entrance to the Molkerei Hartwig processing "
     "plant for six hours on Tuesday in protest at a cut in the price they are paid for milk. The "
     "dairy reduced its base price from 47 to 41 cents per litre at the beginning of the month, "
     "citing lower prices for butter and milk powder on world markets. The farmers' association BLV "
     "said production costs averaged 45 cents per litre and that many family farms were losing "
     "money on every litre they sold. About 120 tractors took part in the blockade, which ended "
     "peacefully after the dairy's management agreed to meet farmers' representatives next week. "
     "Hartwig collects milk from around 900 farms.",
     "On Tuesday, Lindtal dairy farmers protesting against a reduction in the milk price they "
     "receive blocked the gates of the Molkerei Hartwig processing plant for six hours. At the start "
     "of the month the dairy lowered its base price from 47 cents a litre to 41, pointing to weaker "
     "world market prices for butter and powdered milk. According to the BLV farmers' association, "
     "it costs on average 45 cents to produce a litre, and many family farms are making a loss on "
     "every litre sold. Roughly 120 tractors were involved in the blockade. It ended without "
     "incident once the dairy's management agreed to meet farmers' representatives next week. Around "
     "900 farms supply milk to Hartwig.",
     traps=[trap("weaker world market prices for butter and powdered milk",
                 "lower prices for butter and milk powder on world markets"),
            trap("it costs on average 45 cents to produce a litre",
                 "production costs averaged 45 cents per litre"),
            trap("Roughly 120 tractors", "About 120 tractors"),
            trap("without incident", "peacefully"),
            trap("Around 900 farms supply milk to Hartwig",
                 "Hartwig collects milk from around 900 farms")])

case(35, "road resurfacing programme", "translation", "consistent",
     "The city of Porto Arenal will resurface 85 kilometres of streets this year under a €22 million "
     "programme, the largest in a decade, Mayor Inês Valadares announced on Friday. Work will begin "
     "in March in the northern districts and is due to be completed by November. Priority will go "
     "to roads near schools and health centres and to bus routes, which together account for about "
     "half of the total. The city said it would use a recycled asphalt mix that cuts the cost per "
     "kilometre by roughly 15 per cent. Most work will be carried out at night to reduce disruption "
     "to traffic. Opposition councillors said the programme was overdue, noting that residents had "
     "filed 6,300 complaints about potholes last year.",
     "Mayor Inês Valadares said on Friday that Porto Arenal would resurface 85 km of its streets "
     "this year in a €22m programme, the biggest in ten years. Starting in the northern districts in "
     "March, the works are scheduled to finish by November. Streets close to schools and health "
     "centres, together with bus routes, will be dealt with first; between them they make up around "
     "50 per cent of the total. By using a recycled asphalt mixture, the city says, it can bring the "
     "cost per kilometre down by around 15 per cent. To limit traffic disruption, most of the work "
     "will take place at night. Opposition councillors said the programme should have come sooner, "
     "pointing out that residents lodged 6,300 pothole complaints last year.",
     traps=[trap("the biggest in ten years", "the largest in a decade"),
            trap("are scheduled to finish by November", "is due to be completed by November"),
            trap("around 50 per cent of the total", "about half of the total"),
            trap("around 15 per cent", "roughly 15 per cent"),
            trap("should have come sooner", "was overdue")])

# ---------------------------------------------------------------------------
# Translations, part 2 (cases 36-40)
# ---------------------------------------------------------------------------

case(36, "hospital waiting list target", "translation", "inconsistent",
     "The regional health service of Castellmar has missed its target of ensuring that no patient "
     "waits more than 180 days for non-urgent surgery, official figures published on Monday show. At "
     "the end of June, 11,800 patients had been waiting longer than that limit, compared with 9,400 "
     "a year earlier. The longest waits were in orthopaedics and ophthalmology. Health councillor "
     "Marta Solé blamed a shortage of anaesthetists and said the region would contract an extra "
     "2,000 operations from private clinics this autumn. The opposition Left Bloc described the "
     "figures as 'a failure of management' and called for Solé to appear before the regional "
     "parliament.",
     "Official data released on Monday show that Castellmar's regional health service has failed to "
     "meet its goal that no patient should wait over 180 days for surgery. By the end of June, "
     "11,800 people had been on the list for longer than this, up from 9,400 twelve months earlier. "
     "Orthopaedics and cardiology had the longest waits. Health councillor Marta Solé put the "
     "situation down to a lack of anaesthetists and said 2,000 additional operations would be "
     "contracted out to private clinics this autumn. The Left Bloc, which is in opposition, called "
     "the figures 'a failure of management' and demanded that Solé appear before the regional "
     "parliament.",
     errors=[omit("non-urgent", "major", before="surgery. By the end"),
             err("cardiology", "entity", "major", "ophthalmology")],
     traps=[trap("twelve months earlier", "a year earlier"),
            trap("a lack of anaesthetists", "a shortage of anaesthetists"),
            trap("2,000 additional operations", "an extra 2,000 operations")])

case(37, "swimming pool closure", "translation", "inconsistent",
     "The municipal swimming pool in Kellenbach will close at the end of August for at least two "
     "years after inspectors found serious structural damage to the roof, the town council said. "
     "The pool, built in 1974, is used by 14 schools for compulsory swimming lessons and by three "
     "local clubs. Mayor Sabine Rohrmoser said the council would not sell the site and had applied "
     "for federal funding to cover part of the estimated €7.5 million cost of repairs. In the "
     "meantime, pupils will be taken by bus to the pool in neighbouring Auring, which will be paid "
     "€40,000 a year by Kellenbach for lanes on weekday mornings. The swimming club SV Kellenbach "
     "said it feared losing young members during the closure.",
     "Kellenbach town council has announced that the municipal pool will shut at the end of August "
     "for a minimum of two years, after inspectors discovered serious structural damage to its roof. "
     "Built in 1974, the pool is used for compulsory swimming lessons by 14 schools and also by three "
     "local clubs. According to Mayor Sabine Rohrmoser, the council will sell the site and has "
     "applied for federal money to cover part of the repair bill, estimated at €7.5 million. Until "
     "then, schoolchildren will travel by bus to the pool in the neighbouring town of Auring, and "
     "Auring will pay Kellenbach €40,000 a year for lanes on weekday mornings. SV Kellenbach, the "
     "local swimming club, fears it will lose young members while the pool is closed.",
     errors=[err("will sell the site", "polarity", "critical", "would not sell the site"),
             err("Auring will pay Kellenbach", "role", "major",
                 "Auring, which will be paid €40,000 a year by Kellenbach")],
     traps=[trap("for a minimum of two years", "for at least two years"),
            trap("the repair bill, estimated at €7.5 million",
                 "the estimated €7.5 million cost of repairs")])

case(38, "harbour dredging contract", "translation", "inconsistent",
     "The port authority of Sant Elm has awarded a €31 million contract to dredge the harbour's main "
     "channel to a joint venture led by the Dutch firm Van Roosendaal Marine, which will deepen it "
     "from 12 to 14.5 metres. The work, due to start in April and last about ten months, will allow "
     "the port to receive larger container ships carrying up to 13,000 containers. Port president "
     "Jordi Albà said the project was essential to keep the port competitive with its rivals in the "
     "western Mediterranean. Environmental groups have raised concerns about the disposal of around "
     "1.8 million cubic metres of sediment, which the authority says will be used to restore eroded "
     "beaches south of the city.",
     "A joint venture headed by Dutch company Van Roosendaal Marine has won a €31 million contract "
     "from the Sant Elm port authority to dredge the main channel of the harbour, increasing its "
     "depth from 12 to 14.5 metres. The works are due to begin in April and to take roughly ten "
     "months, after which the port will be able to handle bigger container ships carrying as many as "
     "13,000 containers. According to port president Jordi Albà, the project is vital if the port is "
     "to stay competitive with rival ports in the western Mediterranean, the project is vital if the "
     "port is to stay competitive. Environmental organisations are worried about what will happen to "
     "the approximately 1.8 million cubic metres of sediment, which according to the authority will "
     "be used to rebuild eroded beaches to the south of the city.",
     errors=[err("the project is vital if the port is to stay competitive", "repetition", "minor",
                 None, occ=1)],
     traps=[trap("increasing its depth from 12 to 14.5 metres", "deepen it from 12 to 14.5 metres"),
            trap("roughly ten months", "about ten months"),
            trap("as many as 13,000 containers", "up to 13,000 containers")])

case(39, "youth unemployment figures", "translation", "inconsistent",
     "Unemployment among people under 25 in Valdoria fell to 17.3 per cent in the third quarter, "
     "down from 19.1 per cent a year earlier, the national statistics institute reported on "
     "Thursday. It is the first time since 2008 that the rate has dropped below 18 per cent. Overall "
     "unemployment stood at 8.2 per cent. Labour minister Rafael Quintana attributed the improvement "
     "to a programme of subsidised apprenticeships launched last year, and said the government could "
     "extend it to workers aged up to 30. Trade unions said many of the new jobs were temporary and "
     "poorly paid. The institute will publish regional breakdowns next month.",
     "Youth unemployment in Valdoria, among those aged under 25, dropped to 17.3 per cent in the "
     "third quarter from 19.1 per cent twelve months before, the national statistics institute said "
     "on Thursday. This is the first time the rate has been below 18 per cent since 2008. The general "
     "unemployment rate was 8.2 per cent. Labour minister Rafael Quintana credited the improvement "
     "to a subsidised apprenticeship scheme introduced last year, and said the government would "
     "extend it to workers up to the age of 30. The unions said many of the new jobs were temporary "
     "and badly paid. The institute will revise the regional figures next month.",
     errors=[err("would extend", "modality", "major", "could extend"),
             err("will revise the regional figures", "event", "minor",
                 "will publish regional breakdowns")],
     traps=[trap("twelve months before", "a year earlier"),
            trap("credited the improvement to", "attributed the improvement to"),
            trap("introduced last year", "launched last year")])

case(40, "by-election result", "translation", "inconsistent",
     "Anna Lindqvist of the Green Alliance won Sunday's by-election in the Norrvik constituency with "
     "38.6 per cent of the vote, taking the seat from the governing Centre Party for the first time. "
     "Centre Party candidate Henrik Dahl came second with 31.2 per cent, while the Liberal Union "
     "finished third on 17.9 per cent. Turnout was 44 per cent, down from 61 per cent at the last "
     "general election. The by-election was called after the former member, Karin Holm, resigned to "
     "become a regional governor. Lindqvist said voters had sent 'a clear message about local rail "
     "services', which have been cut by a third since 2021.",
     "The Green Alliance's Anna Lindqvist won the Norrvik by-election on Sunday with 38.6 per cent "
     "of the votes, the first time the governing Centre Party has lost the seat. Henrik Dahl, "
     "standing for the Centre Party, was runner-up on 31.2 per cent, with the Liberal Union in third "
     "place on 17.9 per cent. Turnout fell to 44 per cent from 51 per cent at the previous general "
     "election. The vote was held because the former member, Karin Holm, stepped down to become a "
     "regional governor. Lindqvist said voters had sent 'a clear signal on local rail services', "
     "which have been reduced by a third since 2021.",
     errors=[err("51 per cent", "number", "major", "61 per cent")],
     traps=[trap("was runner-up", "came second"),
            trap("stepped down", "resigned"),
            trap("reduced by a third", "cut by a third")])

# ---------------------------------------------------------------------------
# Offsets, validation and output
# ---------------------------------------------------------------------------

class Invalid(Exception):
    pass


def find_nth(haystack, needle, occ):
    idx = -1
    for _ in range(occ + 1):
        idx = haystack.find(needle, idx + 1)
        if idx < 0:
            return -1
    return idx


def word_count(text):
    return len(re.findall(r"\S+", text))


def is_boundary(text, pos):
    """True when position `pos` does not fall inside a word."""
    if pos <= 0 or pos >= len(text):
        return True
    return not (text[pos - 1].isalnum() and text[pos].isalnum())


def locate(cid, cand, text, occ, what):
    if not text or text != text.strip():
        raise Invalid("%s: %s text empty or padded: %r" % (cid, what, text))
    start = find_nth(cand, text, occ)
    if start < 0:
        raise Invalid("%s: %s %r (occ %d) not found in candidate" % (cid, what, text, occ))
    end = start + len(text)
    if not (is_boundary(cand, start) and is_boundary(cand, end)):
        raise Invalid("%s: %s %r cuts a word" % (cid, what, text))
    return start, end


def build_record(c):
    cid = "s%d-%03d" % (N, c["num"])
    ref, cand = c["reference"], c["candidate"]
    if c["domain"] not in DOMAINS:
        raise Invalid("%s: unknown domain %r" % (cid, c["domain"]))
    if c["mode"] not in MODES:
        raise Invalid("%s: bad mode" % cid)
    if c["label"] not in ("consistent", "inconsistent"):
        raise Invalid("%s: bad label" % cid)
    wc = word_count(ref)
    if not 70 <= wc <= 190:
        raise Invalid("%s: reference has %d words" % (cid, wc))
    if c["mode"] == "summary" and not (len(cand) < len(ref) and word_count(cand) < wc):
        raise Invalid("%s: summary not shorter than reference" % cid)
    if '"' in ref or '"' in cand:
        raise Invalid("%s: stray double quote" % cid)

    errors, spans = [], []
    for e in c["errors"]:
        etype, sev = e["type"], e["severity"]
        if etype not in ERROR_TYPES or sev not in SEVERITIES:
            raise Invalid("%s: bad type/severity %r %r" % (cid, etype, sev))
        if e["kind"] == "omission":
            if c["mode"] == "summary":
                raise Invalid("%s: omission in a summary" % cid)
            if e["before"] is not None:
                pos = find_nth(cand, e["before"], e["occ"])
                if pos < 0:
                    raise Invalid("%s: omission anchor %r not found" % (cid, e["before"]))
            else:
                pos = find_nth(cand, e["after"], e["occ"])
                if pos < 0:
                    raise Invalid("%s: omission anchor %r not found" % (cid, e["after"]))
                pos += len(e["after"])
            if not is_boundary(cand, pos):
                raise Invalid("%s: omission point inside a word" % cid)
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise Invalid("%s: omission ref_text not in reference" % cid)
            if e["ref_text"].lower() in cand.lower():
                raise Invalid("%s: omitted words still in candidate" % cid)
            rec = {"start": pos, "end": pos, "text": "", "type": "omission",
                   "severity": sev, "ref_text": e["ref_text"]}
        else:
            if etype == "omission":
                raise Invalid("%s: omission given as a span" % cid)
            start, end = locate(cid, cand, e["text"], e["occ"], "error")
            if etype in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise Invalid("%s: %s must have ref_text null" % (cid, etype))
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    raise Invalid("%s: error ref_text %r not in reference" % (cid, e["ref_text"]))
                if e["ref_text"] == e["text"]:
                    raise Invalid("%s: error text equals ref_text" % cid)
            if etype == "repetition":
                earlier = cand[:start].lower()
                if e["text"].lower() not in earlier:
                    raise Invalid("%s: repetition has no earlier copy" % cid)
            if etype == "addition" and e["text"] in ref:
                raise Invalid("%s: added text occurs in reference" % cid)
            rec = {"start": start, "end": end, "text": cand[start:end], "type": etype,
                   "severity": sev, "ref_text": e["ref_text"]}
        errors.append(rec)
        spans.append((rec["start"], rec["end"], "error"))

    traps = []
    for t in c["traps"]:
        start, end = locate(cid, cand, t["text"], t["occ"], "trap")
        if t["ref_text"] not in ref:
            raise Invalid("%s: trap ref_text %r not in reference" % (cid, t["ref_text"]))
        if t["ref_text"] == t["text"]:
            raise Invalid("%s: trap worded like the reference: %r" % (cid, t["text"]))
        traps.append({"start": start, "end": end, "text": cand[start:end],
                      "ref_text": t["ref_text"]})
        spans.append((start, end, "trap"))

    # no overlaps (a zero-width omission may not sit strictly inside a span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                p, s = (a, b) if a[0] == a[1] else (b, a)
                if s[0] < p[0] < s[1]:
                    raise Invalid("%s: omission point inside a span" % cid)
            elif a[0] < b[1] and b[0] < a[1]:
                raise Invalid("%s: spans overlap: %r / %r" % (cid, cand[a[0]:a[1]], cand[b[0]:b[1]]))

    if c["label"] == "consistent":
        if errors:
            raise Invalid("%s: consistent pair with errors" % cid)
        if not 3 <= len(traps) <= 5:
            raise Invalid("%s: consistent pair needs 3-5 traps, has %d" % (cid, len(traps)))
    else:
        if not 1 <= len(errors) <= 2:
            raise Invalid("%s: inconsistent pair has %d errors" % (cid, len(errors)))
        if len(traps) > 3:
            raise Invalid("%s: inconsistent pair has %d traps" % (cid, len(traps)))

    errors.sort(key=lambda r: (r["start"], r["end"]))
    traps.sort(key=lambda r: (r["start"], r["end"]))
    return {"id": cid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": c["label"], "errors": errors, "traps": traps}


def validate_set(records):
    if len(records) != 40:
        raise Invalid("expected 40 pairs, got %d" % len(records))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise Invalid("duplicate ids")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        raise Invalid("domain used twice")
    if sorted(doms) != sorted(DOMAINS):
        raise Invalid("domains do not match the list")
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        raise Invalid("label counts %r" % labels)
    modes = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(modes) != want:
        raise Invalid("mode/label counts %r" % modes)
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise Invalid("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise Invalid("error type %s used %d times" % (t, types[t]))
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if per_pair[1] + per_pair[2] != 20:
        raise Invalid("errors per inconsistent pair %r" % per_pair)


def summary_lines(records):
    lines = ["pairs: %d" % len(records)]
    lines.append("by mode: %s" % dict(Counter(r["mode"] for r in records)))
    lines.append("by label: %s" % dict(Counter(r["label"] for r in records)))
    lines.append("by mode/label: %s" % {"%s/%s" % k: v for k, v in
                                        sorted(Counter((r["mode"], r["label"]) for r in records).items())})
    types = Counter(e["type"] for r in records for e in r["errors"])
    lines.append("errors: %d %s" % (sum(types.values()),
                                    {t: types[t] for t in ERROR_TYPES}))
    lines.append("severity: %s" % dict(Counter(e["severity"] for r in records for e in r["errors"])))
    lines.append("errors per inconsistent pair: %s" % dict(
        Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
    return lines


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = [build_record(c) for c in sorted(CASES, key=lambda c: c["num"])]
        validate_set(records)
    except Invalid as exc:
        print("INVALID: %s" % exc, file=sys.stderr)
        return 1
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check passed; nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
