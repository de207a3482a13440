#!/usr/bin/env python3
"""Held-out evaluation set 133 for a reference-vs-candidate fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw no
code or data of the project (and no existing benchmark), working only from a written
brief.  All people, companies, organisations, places and figures are invented; real
countries appear only as background.  Character offsets are never typed by hand: the
script finds every quoted span by string search (with an explicit occurrence index
where a quoted text repeats), validates the whole set and writes set133.jsonl.

Composition (checked by the script):
  * 40 pairs, 40 different domains; 20 consistent / 20 inconsistent.
  * 20 rewrites (10 consistent, 10 inconsistent), 10 summaries (5/5),
    10 translations (5/5; both sides are independent English translations of the
    same non-English story).
  * 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2 (rewrite only), addition 2, repetition 2.
    10 inconsistent pairs carry 1 error, 10 carry 2.
  * Consistent pairs carry 3-5 traps (faithful rewordings a naive checker might
    flag); inconsistent pairs carry 0-3.
  * References are 70-190 words in news / agency / corporate / official register;
    every summary is shorter than its reference.

Usage:  python3 make_set133.py           validate and write set133.jsonl
        python3 make_set133.py --check   validate only, write nothing
"""
import json
import os
import re
import sys

N = 133
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

DOMAINS = [
    "city park tree felling", "fossil discovery in quarry", "avalanche rescue operation",
    "dementia drug approval", "tapestry restoration", "volunteer firefighter shortage",
    "electricity grid blackout", "pipeline leak cleanup", "motorway speed limit trial",
    "village flood relief fund", "bus route cuts", "firework ban", "folk music archive",
    "emergency room staffing", "asteroid sample return", "film festival jury decision",
    "diesel car ban date", "island ferry subsidy", "airport baggage handling failure",
    "whale entanglement", "child literacy survey", "marine protected area vote",
    "youth unemployment scheme", "rugby concussion lawsuit", "deep sea mining licence",
    "textile factory safety audit", "skateboard park opening", "waterfront redevelopment",
    "ice hockey arena funding", "earthquake early warning test", "warehouse robot rollout",
    "river swimming designation", "high street bank branch closures",
    "gene therapy price negotiation", "art forgery trial", "iceberg calving event",
    "indoor farming venture", "apartment fire cladding", "fog disruption at airport",
    "community radio funding",
]


def err(text, typ, sev, ref=None, occ=None):
    """An error span quoted from the candidate (occ: which occurrence, if repeated)."""
    return {"kind": "span", "text": text, "type": typ, "severity": sev,
            "ref_text": ref, "occ": occ}


def omit(after, ref, sev, occ=None):
    """An omission located at the end of the quoted candidate text `after`."""
    return {"kind": "omission", "after": after, "type": "omission", "severity": sev,
            "ref_text": ref, "occ": occ}


def trap(text, ref, occ=None):
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------------------
# Cases 1-10
# ---------------------------------------------------------------------------

case("city park tree felling", "rewrite", "consistent",
     "Crews will begin felling 38 mature plane trees in Harlow Fields park on Monday 14 October, "
     "Dunmere City Council confirmed on Thursday. The council said an inspection in August found "
     "that the trees were infected with a fungal disease and posed a risk to the public. Around half "
     "of the park's eastern section will be fenced off for up to three weeks while the work is carried "
     "out. Councillor Ruth Eskdale, who chairs the environment committee, said the decision had not "
     "been taken lightly and that 60 young trees would be planted in their place next spring. A local "
     "campaign group, Friends of Harlow Fields, said it was disappointed and had asked for an "
     "independent second opinion, which the council declined.",
     "Dunmere City Council confirmed on Thursday that work to cut down 38 mature plane trees in Harlow "
     "Fields park will start on Monday 14 October. According to the council, the trees were found during "
     "an August inspection to be infected with a fungal disease and to pose a danger to the public. For as "
     "long as three weeks while crews carry out the work, roughly 50% of the park's eastern section will "
     "be fenced off. The decision had not been taken lightly, said Ruth Eskdale, the councillor who chairs "
     "the environment committee, adding that 60 young trees would replace them next spring. Friends of "
     "Harlow Fields, a local campaign group, said it was disappointed; it had requested an independent "
     "second opinion, but the council refused.",
     traps=[trap("cut down", "felling"),
            trap("roughly 50%", "Around half"),
            trap("For as long as three weeks", "for up to three weeks"),
            trap("a danger to the public", "a risk to the public"),
            trap("but the council refused", "which the council declined")])

case("fossil discovery in quarry", "rewrite", "inconsistent",
     "A quarry worker has uncovered the almost complete skeleton of a marine reptile estimated to be "
     "around 180 million years old, the Tavistone Natural History Museum announced on Wednesday. Machine "
     "operator Colin Brereton spotted the fossil in a limestone face at the Greyford quarry in late March "
     "and alerted Dr Anika Solberg, the museum's curator of palaeontology, who identified the animal as an "
     "ichthyosaur about four metres long. The quarry's owner, Pellam Aggregates, has halted extraction in "
     "that part of the site and agreed to donate the specimen to the museum. Excavation is expected to "
     "take six weeks, and the skeleton will go on public display once it has been cleaned and studied, "
     "which could take two years.",
     "The Tavistone Natural History Museum announced on Wednesday that the nearly complete skeleton of a "
     "marine reptile, believed to be roughly 180 million years old, had been unearthed at the Greyford "
     "quarry. The museum's curator of palaeontology, Dr Anika Solberg, came across the fossil in a "
     "limestone face in late March and alerted machine operator Colin Brereton; she identified the animal "
     "as an ichthyosaur about four metres long. The quarry's owner, Pellam Aggregates, has stopped "
     "extraction in that area and has agreed to give the specimen to the museum. Digging it out is "
     "expected to take six weeks, and the skeleton will be exhibited to the public once cleaning and "
     "study are complete, a process that could last two years.",
     errors=[err("Dr Anika Solberg, came across the fossil in a limestone face in late March and alerted "
                 "machine operator Colin Brereton", "role", "major",
                 "Colin Brereton spotted the fossil in a limestone face at the Greyford quarry in late March "
                 "and alerted Dr Anika Solberg")],
     traps=[trap("believed to be roughly 180 million years old",
                 "estimated to be around 180 million years old"),
            trap("Digging it out", "Excavation")])

case("avalanche rescue operation", "summary", "consistent",
     "Mountain rescue teams in the Valmoret district pulled four ski tourers alive from an avalanche "
     "debris field on Saturday afternoon, regional police said. The group of six, all visitors from "
     "Austria, had been crossing a slope below the Pic de Sarre when the snow gave way shortly after 1 pm. "
     "Two members of the party escaped the slide and raised the alarm. A helicopter carrying avalanche "
     "dogs reached the scene within 25 minutes. Three of the rescued skiers were flown to hospital in "
     "Brenaz with hypothermia and minor injuries; the fourth was treated at the scene. Police said the "
     "avalanche risk in the area had been rated at level four out of five and urged visitors to stay on "
     "marked pistes over the coming days.",
     "Four ski tourers from Austria were rescued alive after being caught in an avalanche below the Pic "
     "de Sarre on Saturday, police said. Their two companions, who escaped, raised the alarm, and a "
     "helicopter with search dogs arrived in under half an hour. Three were hospitalised with hypothermia "
     "and minor injuries. The avalanche risk in the area had been rated four on a five-point scale.",
     traps=[trap("Their two companions", "Two members of the party"),
            trap("search dogs", "avalanche dogs"),
            trap("in under half an hour", "within 25 minutes"),
            trap("were hospitalised", "were flown to hospital"),
            trap("four on a five-point scale", "level four out of five")])

case("dementia drug approval", "rewrite", "consistent",
     "The Orvane Medicines Agency has approved dorvanemab, a drug that slows cognitive decline in the "
     "early stages of Alzheimer's disease, the regulator said on Tuesday. The approval covers adults with "
     "mild symptoms who have confirmed amyloid deposits in the brain. In a trial involving 1,780 patients, "
     "the drug slowed decline by 27 per cent over 18 months compared with a placebo. The agency said "
     "patients would need MRI scans before and during treatment because of a risk of brain swelling, "
     "which affected about one in eight participants. The manufacturer, Kessel Therapeutics, has not yet "
     "announced a price. Health officials said the drug was unlikely to be available in public hospitals "
     "before next year.",
     "Dorvanemab, which slows cognitive decline in early Alzheimer's disease, has been given approval by "
     "the Orvane Medicines Agency, the regulator announced on Tuesday. It is authorised for adults with "
     "mild symptoms whose brains have been confirmed to contain amyloid deposits. Among the 1,780 patients "
     "in a trial, decline over a year and a half was 27% slower than with a placebo. Because of the risk "
     "of brain swelling, which occurred in roughly 12.5% of participants, patients will have to undergo "
     "MRI scans both before and during treatment, the agency said. Kessel Therapeutics, which makes the "
     "drug, has yet to set out a price, and health officials said it probably would not reach public "
     "hospitals until next year.",
     traps=[trap("a year and a half", "18 months"),
            trap("27% slower", "27 per cent"),
            trap("roughly 12.5%", "about one in eight"),
            trap("has yet to set out a price", "has not yet announced a price"),
            trap("probably would not reach public hospitals until next year",
                 "was unlikely to be available in public hospitals before next year")])

case("tapestry restoration", "translation", "consistent",
     "After four years of painstaking work, the 16th-century tapestry known as 'The Hunt at Merlebos' has "
     "returned to the town hall of Hasselbeek. The textile, which measures seven metres by four, had been "
     "badly damaged by moths and by a leaking roof in the 1970s. A team of six conservators at the "
     "Ravenstein Textile Workshop cleaned it by hand and reinforced more than 40,000 weak threads with "
     "fine silk. The restoration cost 850,000 euros, two thirds of which was paid by a private foundation. "
     "Mayor Els Verhaegen said the tapestry would be shown behind protective glass and lit at low "
     "intensity to prevent fading. Visitors will be able to see it free of charge from 3 May.",
     "The sixteenth-century wall hanging 'The Hunt at Merlebos' is back in Hasselbeek's town hall "
     "following four years of meticulous restoration. Moths and a roof leak during the 1970s had left the "
     "seven-by-four-metre textile in poor condition. Six conservators from the Ravenstein Textile Workshop "
     "cleaned the piece by hand and strengthened over 40,000 fragile threads using fine silk. Of the "
     "850,000-euro cost, a private foundation covered two-thirds. According to Mayor Els Verhaegen, the "
     "work will be displayed behind protective glass under low lighting so that its colours do not fade. "
     "From 3 May, the public can view it without paying.",
     traps=[trap("sixteenth-century wall hanging", "16th-century tapestry"),
            trap("seven-by-four-metre", "seven metres by four"),
            trap("over 40,000 fragile threads", "more than 40,000 weak threads"),
            trap("a private foundation covered two-thirds",
                 "two thirds of which was paid by a private foundation"),
            trap("without paying", "free of charge")])

case("volunteer firefighter shortage", "rewrite", "inconsistent",
     "Nearly a third of the volunteer fire stations in Kelloway county were unable to send a full crew to "
     "at least one emergency last year, according to a report published on Monday by the county's fire "
     "service. The report found that the number of volunteer firefighters fell from 1,240 in 2015 to 860 "
     "at the end of last year. Chief Fire Officer Martin Hale said most new recruits left within three "
     "years, often because employers were reluctant to release them during working hours. The service "
     "plans to offer a tax rebate to local businesses that employ volunteers and will launch a recruitment "
     "campaign in the spring. It said no station would close this year.",
     "According to a report the county's fire service released on Monday, close to one in three volunteer "
     "fire stations in Kelloway county could not send a full crew to at least one emergency last year. "
     "Volunteer firefighter numbers fell from 1,240 in 2015 to 680 by the end of last year, the report "
     "found. Most new recruits left within three years, said Chief Fire Officer Martin Hale, often because "
     "employers were reluctant to let them go during working hours. The service plans to offer local "
     "businesses that employ volunteers a tax rebate and will start a recruitment drive. It said no "
     "station would close this year.",
     errors=[err("680", "number", "major", "860"),
             omit("will start a recruitment drive", "in the spring", "minor")],
     traps=[trap("close to one in three", "Nearly a third"),
            trap("let them go", "release them")])

case("electricity grid blackout", "rewrite", "consistent",
     "A fault at a high-voltage substation near Carrow left around 210,000 homes and businesses without "
     "power for up to five hours on Tuesday evening, grid operator Norlink Transmission said. The outage "
     "began at 6.40 pm when a transformer tripped, and the resulting surge caused two neighbouring lines "
     "to shut down automatically. Traffic lights across the city centre failed and about 300 passengers "
     "were stranded on trains between stations. Supply was fully restored by 11.30 pm. Norlink said there "
     "was no evidence of a cyber attack and that an investigation into the cause of the transformer "
     "failure would take about a month. The energy regulator has asked the company for a preliminary "
     "report by Friday.",
     "Some 210,000 homes and businesses lost power for as long as five hours on Tuesday evening after a "
     "fault at a high-voltage substation near Carrow, according to grid operator Norlink Transmission. A "
     "transformer tripped at 18:40, and the surge that followed caused two nearby lines to switch off "
     "automatically. Traffic lights across the city centre stopped working, while roughly 300 train "
     "passengers were left stuck between stations. All customers were reconnected by 23:30. Norlink said "
     "there was no evidence of a cyber attack; its inquiry into why the transformer failed will take "
     "around four weeks. The company has been asked by the energy regulator to submit a preliminary "
     "report by Friday.",
     traps=[trap("for as long as five hours", "for up to five hours"),
            trap("18:40", "6.40 pm"),
            trap("23:30", "11.30 pm"),
            trap("around four weeks", "about a month"),
            trap("The company has been asked by the energy regulator",
                 "The energy regulator has asked the company")])

case("pipeline leak cleanup", "summary", "inconsistent",
     "Clean-up crews have recovered about 70 per cent of the crude oil that leaked from a ruptured "
     "pipeline in the Sallow marshes, operator Eastmere Pipelines said on Friday. An estimated 1,900 "
     "barrels escaped over two days before the line was shut down on 9 June. Around 120 workers are using "
     "booms and vacuum trucks to remove oil from the wetland, and contaminated soil is being excavated "
     "along a 400-metre stretch. The regional environment agency said 46 birds had been found coated in "
     "oil, of which 31 had been cleaned and released. Eastmere said the rupture was caused by corrosion "
     "and that the pipeline would remain closed until inspections were completed. The agency has opened "
     "an investigation and could impose a fine.",
     "Eastmere Pipelines says crews have recovered about 70% of the estimated 19,000 barrels of crude that "
     "leaked from its ruptured pipeline in the Sallow marshes. Of 46 oiled birds found, 31 have been "
     "cleaned and released. The company blamed corrosion and has repaired the pipeline; the environment "
     "agency has opened an investigation and could impose a fine.",
     errors=[err("19,000", "number", "major", "1,900"),
             err("has repaired the pipeline", "event", "major",
                 "the pipeline would remain closed until inspections were completed")],
     traps=[trap("70%", "70 per cent"),
            trap("The company blamed corrosion", "the rupture was caused by corrosion")])

case("motorway speed limit trial", "rewrite", "inconsistent",
     "A 12-month trial lowering the speed limit on a stretch of the M14 motorway from 120 km/h to "
     "100 km/h will begin on 1 September, the Transport Ministry announced on Wednesday. The trial will "
     "cover the 38-kilometre section between the Orrin and Castlebay junctions, where monitoring stations "
     "have recorded some of the country's highest levels of nitrogen dioxide. Officials said the lower "
     "limit could cut emissions on the section by up to 15 per cent. The limit will be enforced by "
     "average-speed cameras. Motoring group Roadwise said it accepted the need for cleaner air but warned "
     "that journey times could increase. The ministry said it would decide whether to make the change "
     "permanent after reviewing the results.",
     "The Transport Ministry said on Wednesday that from 1 October the speed limit on part of the M14 "
     "motorway will be cut from 120 km/h to 100 km/h for a year on a trial basis. The trial covers the "
     "38-kilometre section between the Orrin and Castlebay junctions, where monitoring stations have "
     "recorded some of the highest nitrogen dioxide levels in the country. Officials said the lower limit "
     "will cut emissions on the stretch by up to 15 per cent. Average-speed cameras will enforce it. "
     "Roadwise, a motoring group, said it accepted that cleaner air was needed but warned that journey "
     "times might get longer. Whether the change becomes permanent will be decided once the results have "
     "been reviewed, the ministry said.",
     errors=[err("1 October", "date", "major", "1 September"),
             err("will cut", "modality", "minor", "could cut")],
     traps=[trap("for a year on a trial basis", "A 12-month trial"),
            trap("Average-speed cameras will enforce it",
                 "The limit will be enforced by average-speed cameras"),
            trap("might get longer", "could increase")])

case("village flood relief fund", "rewrite", "consistent",
     "A relief fund set up for residents of Ashby Moor after last month's floods has raised 412,000 "
     "pounds in three weeks, the Wenford Community Foundation said on Thursday. More than 90 homes in the "
     "village were flooded when the River Leddon burst its banks on 4 March. The foundation said grants of "
     "up to 2,500 pounds per household would be paid from next week to cover immediate costs such as "
     "cleaning, temporary accommodation and replacement appliances. Applications will be assessed by a "
     "panel that includes two village residents. About a quarter of the money came from a single "
     "anonymous donor. The district council has separately promised to waive council tax for affected "
     "homes for three months.",
     "In the three weeks since it was launched for Ashby Moor residents hit by last month's floods, a "
     "relief fund has raised 412,000 pounds, the Wenford Community Foundation said on Thursday. Over 90 "
     "homes in the village were swamped after the River Leddon overflowed its banks on 4 March. Starting "
     "next week, the foundation said, grants of as much as 2,500 pounds per household will be paid out to "
     "cover urgent costs including cleaning, temporary housing and replacement appliances. A panel, two of "
     "whose members live in the village, will assess applications. One anonymous donor gave roughly 25 "
     "per cent of the total. Separately, the district council has pledged that affected homes will pay no "
     "council tax for three months.",
     traps=[trap("overflowed its banks", "burst its banks"),
            trap("as much as 2,500 pounds", "up to 2,500 pounds"),
            trap("two of whose members live in the village", "includes two village residents"),
            trap("roughly 25 per cent of the total", "About a quarter of the money"),
            trap("will pay no council tax", "waive council tax")])

# ---------------------------------------------------------------------------
# Cases 11-20
# ---------------------------------------------------------------------------

case("bus route cuts", "rewrite", "inconsistent",
     "Transit operator Citylink Brenmouth will withdraw seven bus routes and reduce evening services on "
     "12 others from 6 January, the company said on Monday, blaming falling passenger numbers and rising "
     "fuel costs. The changes will affect around 14,000 journeys a week. Routes serving the Northgate "
     "hospital will not be affected. The company said ridership on the routes being cut had fallen by 40 "
     "per cent since 2019. The city's transport committee, which subsidises some services, said it had "
     "not been consulted and would seek talks with the operator. Passenger group Bus Users Brenmouth said "
     "older people in outlying estates would be left without a practical way to reach the town centre.",
     "From 6 January, Citylink Brenmouth will scrap seven bus routes and cut back evening services on 12 "
     "more, the transit operator said on Monday, citing declining passenger numbers and higher fuel "
     "costs. Some 14,000 journeys a week will be affected, including routes serving the Northgate "
     "hospital. According to the company, ridership on the routes facing cuts has dropped by 14 per cent "
     "since 2019. The city's transport committee, which subsidises some services, said it had not been "
     "consulted and would ask for talks with the operator. Older people on outlying estates would be left "
     "with no practical way of getting to the town centre, passenger group Bus Users Brenmouth said.",
     errors=[err("including routes serving the Northgate hospital", "polarity", "major",
                 "Routes serving the Northgate hospital will not be affected"),
             err("14 per cent", "number", "major", "40 per cent")],
     traps=[trap("12 more", "12 others"),
            trap("would ask for talks", "would seek talks")])

case("firework ban", "summary", "inconsistent",
     "The city council of Marlowe voted on Tuesday to ban the private sale and use of fireworks within "
     "city limits from next year, ending a long-running debate over noise, injuries and distress to "
     "animals. The measure passed by 31 votes to 18. Officially organised displays, including the New "
     "Year's Eve show at the harbour, will still be allowed. Anyone caught setting off fireworks privately "
     "will face a fine of up to 500 euros. Council figures show that 62 people were treated in hospital "
     "for firework injuries in the city last year, a third of them under 16. Retailers' association "
     "Handel Marlowe said the ban would cost shops about 2 million euros in annual sales and that people "
     "would simply buy fireworks outside the city.",
     "Marlowe's council has voted 31-18 to ban the private sale and use of fireworks in the city from "
     "next year; organised displays such as the harbour's New Year's Eve show will also be prohibited. "
     "Offenders face fines of up to 500 euros. Last year 62 people in the city needed hospital treatment "
     "for firework injuries. Retailers warn of about 2 million euros in lost annual sales.",
     errors=[err("will also be prohibited", "polarity", "major", "will still be allowed")],
     traps=[trap("31-18", "by 31 votes to 18"),
            trap("needed hospital treatment", "were treated in hospital")])

case("folk music archive", "rewrite", "consistent",
     "More than 6,000 field recordings of traditional songs and dances collected across the Kerrow Hills "
     "between 1952 and 1989 have been made freely available online, the Institute of Upland Culture "
     "announced on Monday. The recordings, originally made on reel-to-reel tape by the folklorist Agnes "
     "Mullery, had been stored in the institute's basement for three decades. A team of four technicians "
     "spent two and a half years digitising them, funded by a 300,000-pound grant from the Heritage "
     "Lottery Board. About one in five of the songs have never been published in any other form. The "
     "institute is asking listeners to help identify unnamed singers and will add their names to the "
     "catalogue.",
     "Over 6,000 field recordings of traditional songs and dances from the Kerrow Hills, gathered between "
     "1952 and 1989, can now be accessed online at no cost, the Institute of Upland Culture said on "
     "Monday. The folklorist Agnes Mullery originally captured them on reel-to-reel tape, and for 30 years "
     "they sat in the institute's basement. With funding from a 300,000-pound Heritage Lottery Board "
     "grant, four technicians digitised the collection over 30 months. Some 20 per cent of the songs have "
     "not been published anywhere else in any form. The institute is inviting listeners to help put names "
     "to unidentified singers, whose names will then be added to the catalogue.",
     traps=[trap("can now be accessed online at no cost", "have been made freely available online"),
            trap("for 30 years", "for three decades"),
            trap("over 30 months", "spent two and a half years"),
            trap("Some 20 per cent", "About one in five"),
            trap("help put names to unidentified singers", "help identify unnamed singers")])

case("emergency room staffing", "rewrite", "inconsistent",
     "The emergency department at St Cuthbert's Hospital in Dorrington has been operating with 35 per "
     "cent fewer senior nurses than its approved staffing level since January, according to an internal "
     "report seen by the Dorrington Herald. The report, written by the hospital's director of nursing, "
     "Paula Grierson, warns that patients with serious conditions are waiting an average of 4.5 hours to "
     "be assessed. The regional health authority said it was aware of the shortfall and had authorised "
     "the recruitment of 22 agency nurses as a temporary measure. The nurses' union, NCU, said staff were "
     "exhausted and that several experienced nurses had resigned in recent months. The hospital declined "
     "to comment on the report.",
     "Since January, the emergency department at Dorrington's St Cuthbert's Hospital has had 35 per cent "
     "fewer senior nurses than its approved staffing level, according to an internal report seen by the "
     "Dorrington Herald. Written by Paula Grierson, the hospital's director of nursing, the report warns "
     "that patients with serious conditions wait 4.5 hours on average before being assessed. It also says "
     "staff are exhausted and that several experienced nurses have quit in recent months. The regional "
     "health authority said it knew about the shortfall and had approved the hiring of 22 agency nurses "
     "for six months as a stopgap. The hospital declined to comment on the report.",
     errors=[err("It also says", "attribution", "major", "The nurses' union, NCU, said"),
             err("for six months", "addition", "minor")],
     traps=[trap("have quit", "had resigned"),
            trap("as a stopgap", "as a temporary measure")])

case("asteroid sample return", "translation", "consistent",
     "A capsule carrying material collected from the asteroid 2011 QK7 landed in the Australian outback "
     "early on Sunday, ending a six-year mission by the probe Tsubame-2, the Orbital Science Agency "
     "announced. Recovery teams located the capsule, which is 40 centimetres wide, by helicopter about "
     "three hours after touchdown. Scientists expect it to contain at least 5 grams of rock and dust, "
     "which will be flown to the agency's laboratory near Minase for analysis. Project manager Kenji "
     "Ariyoshi said the sample could help explain how water reached the early Earth. The probe itself "
     "will not return; it has been redirected towards a second asteroid, which it is due to reach in 2031.",
     "The Tsubame-2 probe's six-year mission came to an end early on Sunday when its capsule, holding "
     "samples from asteroid 2011 QK7, came down in the remote Australian interior, according to the "
     "Orbital Science Agency. Roughly three hours after it landed, recovery crews in a helicopter found "
     "the capsule, which is 40 centimetres across. Scientists anticipate that it holds a minimum of 5 "
     "grams of rock and dust, which will be transported by air to the agency's laboratory close to Minase "
     "to be analysed. According to project manager Kenji Ariyoshi, the material may shed light on how "
     "water arrived on the young Earth. The probe is not coming back: it has been sent on towards another "
     "asteroid, which it is scheduled to reach in 2031.",
     traps=[trap("in the remote Australian interior", "in the Australian outback"),
            trap("40 centimetres across", "40 centimetres wide"),
            trap("a minimum of 5 grams", "at least 5 grams"),
            trap("transported by air", "flown"),
            trap("may shed light on how water arrived on the young Earth",
                 "could help explain how water reached the early Earth")])

case("film festival jury decision", "summary", "consistent",
     "The jury of the Lorvik International Film Festival awarded its top prize, the Silver Heron, on "
     "Saturday to 'Salt Orchard', the second feature by director Mira Castellane. The film, about two "
     "sisters running a failing farm on a tidal island, was made on a budget of less than 400,000 euros. "
     "Jury president Tomas Relander said the decision had been unanimous. The best actor award was shared "
     "by the two leads of 'North Signal', while the jury's special prize went to the documentary 'Harbour "
     "Lights'. The festival said it had sold 48,000 tickets, a record, up 12 per cent on last year.",
     "'Salt Orchard', Mira Castellane's second feature, won the Silver Heron, the Lorvik International "
     "Film Festival's top prize, on Saturday in a unanimous jury decision. The low-budget film follows two "
     "sisters struggling to keep a farm going on a tidal island. The festival sold a record 48,000 "
     "tickets.",
     traps=[trap("in a unanimous jury decision", "the decision had been unanimous"),
            trap("low-budget film", "made on a budget of less than 400,000 euros"),
            trap("struggling to keep a farm going", "running a failing farm"),
            trap("a record 48,000 tickets", "48,000 tickets, a record")])

case("diesel car ban date", "rewrite", "consistent",
     "The government of Veldana will bring forward its ban on the sale of new diesel cars by five years "
     "to 2030, Environment Minister Helga Strand announced on Thursday. Hybrid vehicles that can drive at "
     "least 50 kilometres on electric power alone may still be sold until 2035. The ban will not apply to "
     "second-hand cars, and existing diesel vehicles can continue to be driven. Strand said the change was "
     "needed to meet the country's target of cutting transport emissions by 45 per cent by the end of the "
     "decade. The car industry association, AVM, said the new date was 'extremely ambitious' given that "
     "diesel models still account for roughly 30 per cent of new car sales.",
     "Sales of new diesel cars in Veldana will be banned from 2030, five years earlier than planned, the "
     "environment minister, Helga Strand, said on Thursday. Until 2035, it will remain permissible to sell "
     "hybrids capable of covering 50 km or more on electricity alone. Used cars are exempt, and people who "
     "already own diesel vehicles can keep driving them. According to the minister, the earlier date is "
     "necessary if the country is to reach its goal of a 45 per cent reduction in transport emissions by "
     "the end of the decade. AVM, which represents the car industry, called the new deadline 'extremely "
     "ambitious', noting that roughly three in ten new cars sold are still diesel models.",
     traps=[trap("five years earlier than planned",
                 "bring forward its ban on the sale of new diesel cars by five years"),
            trap("50 km or more", "at least 50 kilometres"),
            trap("Used cars are exempt", "The ban will not apply to second-hand cars"),
            trap("a 45 per cent reduction in transport emissions",
                 "cutting transport emissions by 45 per cent"),
            trap("roughly three in ten new cars sold", "roughly 30 per cent of new car sales")])

case("island ferry subsidy", "translation", "inconsistent",
     "The Ministry of Maritime Affairs will pay an annual subsidy of 3.4 million euros to keep year-round "
     "ferry services running to the islands of Lefkonisi and Arkada, the ministry said on Friday. Under a "
     "five-year contract with the operator Nireas Lines, the company must run at least one return "
     "crossing a day in winter and three in summer. Fares for island residents will be capped at 9 euros "
     "per trip. The previous operator withdrew from the route in November, leaving the islands' 2,300 "
     "inhabitants dependent on a weekly supply boat. Deputy Minister Yannis Petrakos said the new service "
     "would begin on 15 February. The mayor of Lefkonisi, Eleni Sarri, welcomed the deal but said summer "
     "capacity was still insufficient.",
     "Year-round ferry connections to Lefkonisi and Arkada will be kept alive with a state subsidy of 3.4 "
     "million euros a year, the maritime ministry announced on Friday. The five-year contract awarded to "
     "Nireas Lines obliges the company to operate no fewer than one round trip daily in winter and three "
     "in summer. Islanders will pay at most 9 euros a crossing. Since the former operator abandoned the "
     "route in November, the 2,300 residents of the two islands have relied on a supply boat that calls "
     "once a week. The new service will start on 15 March, according to Deputy Minister Yannis Petrakos. "
     "Arkada's mayor, Eleni Sarri, welcomed the agreement, though she said there was still not enough "
     "capacity in summer.",
     errors=[err("15 March", "date", "major", "15 February"),
             err("Arkada's", "entity", "minor", "The mayor of Lefkonisi")],
     traps=[trap("no fewer than one round trip daily", "at least one return crossing a day"),
            trap("Islanders will pay at most 9 euros a crossing",
                 "Fares for island residents will be capped at 9 euros per trip")])

case("airport baggage handling failure", "rewrite", "inconsistent",
     "A failure in the automated baggage sorting system at Kelston Airport on Sunday left around 9,000 "
     "bags behind, forcing many passengers to fly without their luggage, the airport said. The fault, "
     "caused by a software update installed overnight, stopped conveyor belts in Terminal 2 for nearly "
     "six hours. Staff sorted bags by hand, but 41 departures were delayed by more than an hour and three "
     "were cancelled. The airport's chief operating officer, Dana Whitcombe, apologised and said the "
     "update had been rolled back. Most bags are expected to be delivered to their owners within 72 "
     "hours. Airlines said passengers could claim reasonable expenses for essential items.",
     "Around 9,000 bags were left behind on Sunday when the automated baggage sorting system at Kelston "
     "Airport failed, meaning many passengers flew without their luggage, the airport said. A software "
     "update installed overnight caused the fault, which halted conveyor belts in Terminal 2 for almost "
     "six hours. Staff sorted bags by hand, but 41 departures were delayed by more than an hour and three "
     "were diverted. Dana Whitcombe, the airport's chief operating officer, apologised and said the update "
     "had been rolled back. Most bags should reach their owners within three days. Airlines said "
     "passengers could claim reasonable expenses for essential items, and that most bags should reach "
     "their owners within three days.",
     errors=[err("were diverted", "event", "major", "were cancelled"),
             err("most bags should reach their owners within three days", "repetition", "minor")],
     traps=[trap("almost six hours", "nearly six hours"),
            trap("within three days", "within 72 hours", occ=0)])

case("whale entanglement", "translation", "consistent",
     "A humpback whale that had become entangled in fishing gear off Puerto Albar was freed on Wednesday "
     "after a rescue lasting almost seven hours, the regional coastguard said. The animal, a young male "
     "about nine metres long, was first spotted on Tuesday evening by the crew of a tourist boat, trailing "
     "ropes and a buoy from its tail. A team from the marine rescue group Mar Vivo used a knife mounted on "
     "a long pole to cut away around 200 metres of rope. Biologist Lucía Ferrán said the whale appeared "
     "exhausted but swam away normally. The coastguard said it had not been possible to identify the "
     "owner of the gear and urged fishermen to report any lost equipment.",
     "After nearly seven hours of work, rescuers on Wednesday released a humpback whale caught in fishing "
     "gear off Puerto Albar, according to the regional coastguard. The crew of a tourist boat had first "
     "seen the whale, a juvenile male roughly nine metres in length, on Tuesday evening, dragging rope and "
     "a buoy behind its tail. Members of the Mar Vivo marine rescue organisation cut free some 200 metres "
     "of rope with a blade fixed to a long pole. The animal looked worn out but swam off normally, said "
     "biologist Lucía Ferrán. The coastguard said the owner of the gear could not be traced, and called "
     "on fishermen to report any gear they lose.",
     traps=[trap("nearly seven hours", "almost seven hours"),
            trap("a juvenile male roughly nine metres in length", "a young male about nine metres long"),
            trap("a blade fixed to a long pole", "a knife mounted on a long pole"),
            trap("looked worn out", "appeared exhausted"),
            trap("could not be traced", "had not been possible to identify")])

# ---------------------------------------------------------------------------
# Cases 21-30
# ---------------------------------------------------------------------------

case("child literacy survey", "summary", "inconsistent",
     "Almost one in four children in Brannock leave primary school unable to read at the expected level, "
     "according to a survey published on Tuesday by the independent Reading Futures Trust. The trust "
     "tested 11,500 pupils aged 10 and 11 in 240 schools last spring. It found that 24 per cent fell below "
     "the national benchmark, up from 19 per cent in a similar survey in 2018. Boys were more likely than "
     "girls to struggle, and the gap between the richest and poorest areas had widened. The trust's chief "
     "executive, Owen Pryce, called for every school to have a trained reading specialist. The education "
     "department said it would study the findings but noted that its own national test results showed a "
     "smaller decline.",
     "Nearly a quarter of Brannock's 10- and 11-year-olds fall below the expected reading level, up from "
     "19 per cent in 2018, a Reading Futures Trust survey of 11,500 pupils has found. Boys struggled more "
     "than girls, and the gap between rich and poor areas has grown. The education department called for "
     "every school to have a trained reading specialist.",
     errors=[err("The education department", "attribution", "major",
                 "The trust's chief executive, Owen Pryce")],
     traps=[trap("Nearly a quarter", "Almost one in four"),
            trap("has grown", "had widened")])

case("marine protected area vote", "rewrite", "consistent",
     "Members of the Orkadia regional assembly voted on Wednesday to create a marine protected area "
     "covering 1,150 square kilometres of the Sorrel Bank, a shallow reef system known for its cold-water "
     "corals. Bottom trawling and dredging will be banned across the entire zone, while line fishing and "
     "pot fishing will continue to be permitted outside a smaller core area. The proposal was approved by "
     "42 votes to 9, with four abstentions. Fishing organisations had argued for a phased introduction, "
     "and the assembly agreed that the trawling ban would take effect in January 2026 rather than "
     "immediately. A monitoring programme run by the University of Skelly will report on coral recovery "
     "every two years.",
     "A 1,150-square-kilometre marine protected area on the Sorrel Bank, a shallow reef system known for "
     "its cold-water corals, was approved on Wednesday by the Orkadia regional assembly. The vote was 42 "
     "in favour and 9 against, with four members abstaining. Across the whole zone, bottom trawling and "
     "dredging will be prohibited; line and pot fishing will still be allowed, except within a smaller "
     "core area. Fishing organisations had pressed for the measures to be phased in, and the assembly "
     "agreed that the trawling ban would not come into force immediately but in January 2026. The "
     "University of Skelly will run a monitoring programme, reporting on how the corals recover every "
     "other year.",
     traps=[trap("42 in favour and 9 against, with four members abstaining",
                 "by 42 votes to 9, with four abstentions"),
            trap("prohibited", "banned"),
            trap("except within a smaller core area", "outside a smaller core area"),
            trap("would not come into force immediately but in January 2026",
                 "would take effect in January 2026 rather than immediately"),
            trap("every other year", "every two years")])

case("youth unemployment scheme", "translation", "inconsistent",
     "Young people who have been out of work for more than six months will be able to join a new "
     "apprenticeship scheme under which the state will pay employers up to 600 euros a month for each "
     "apprentice they hire. Labour Minister Rui Calado presented the plan in parliament on Monday in "
     "answer to a question from opposition deputy Marta Lobo. The scheme, for people aged 18 to 25, will "
     "run for two years and is expected to create 20,000 places. Firms must keep apprentices for at least "
     "one year and assign each one a mentor. Youth unemployment in the country stands at 21 per cent, "
     "nearly three times the overall rate. The employers' confederation CEP welcomed the measure, but the "
     "youth organisation Futuro Já said the payments should not go to companies that had made staff "
     "redundant in the past year.",
     "A new apprenticeship programme will let employers receive as much as 600 euros per month from the "
     "state for every apprentice they take on, provided the young person has been unemployed for over six "
     "months. Opposition deputy Marta Lobo presented the plan to parliament on Monday in reply to a "
     "question from Labour Minister Rui Calado. Open to 18- to 25-year-olds, the programme will last two "
     "years and should generate 20,000 places. Companies will have to retain each apprentice for a year "
     "or more and give them a mentor. At 21 per cent, the youth jobless rate is almost triple the general "
     "rate. The employers' body CEP welcomed the initiative, while the youth group Futuro Já argued that "
     "firms which had laid off staff over the previous twelve months should also be eligible for the "
     "payments.",
     errors=[err("Opposition deputy Marta Lobo presented the plan to parliament on Monday in reply to a "
                 "question from Labour Minister Rui Calado", "role", "major",
                 "Labour Minister Rui Calado presented the plan in parliament on Monday in answer to a "
                 "question from opposition deputy Marta Lobo"),
             err("should also be eligible for the payments", "polarity", "major",
                 "the payments should not go to companies")],
     traps=[trap("for a year or more", "for at least one year"),
            trap("almost triple the general rate", "nearly three times the overall rate")])

case("rugby concussion lawsuit", "rewrite", "inconsistent",
     "Fourteen former professional rugby players have filed a lawsuit against the National Rugby Union "
     "of Caldera, accusing it of failing to protect them from the long-term effects of repeated head "
     "injuries. The claim, lodged at the High Court in Tremont on Thursday, says the union knew of the "
     "risks from the early 2000s but did not introduce adequate concussion protocols until 2014. Several "
     "of the players, aged between 34 and 52, have been diagnosed with early-onset dementia or other "
     "neurological conditions. Their lawyer, Fiona Carradine, said the group was seeking damages and "
     "changes to training rules. The union said it took player welfare extremely seriously and would "
     "defend the case.",
     "A lawsuit has been filed against fourteen former professional rugby players by the National Rugby "
     "Union of Caldera, which is accused of failing to protect them from the long-term effects of "
     "repeated head injuries. According to the claim, which was lodged on Thursday at the High Court in "
     "Tremont, the union was aware of the risks from the early 2000s but only brought in adequate "
     "concussion protocols in 2014. Several of the players, who are aged 34 to 52, have been diagnosed "
     "with early-onset dementia or other neurological conditions. The group wants damages and changes to "
     "training rules, said their lawyer, Fiona Carradine. The union said player welfare was something it "
     "took extremely seriously and that it would contest the case.",
     errors=[err("filed against fourteen former professional rugby players by the National Rugby Union "
                 "of Caldera", "role", "critical",
                 "Fourteen former professional rugby players have filed a lawsuit against the National "
                 "Rugby Union of Caldera")],
     traps=[trap("only brought in adequate concussion protocols in 2014",
                 "did not introduce adequate concussion protocols until 2014"),
            trap("would contest the case", "would defend the case")])

case("deep sea mining licence", "summary", "consistent",
     "The government of Tavuna has granted an exploration licence to the mining company Abyssal Minerals "
     "to survey 7,400 square kilometres of seabed within its exclusive economic zone for polymetallic "
     "nodules, the natural resources ministry said on Monday. The licence allows sampling and mapping for "
     "up to five years but does not permit commercial extraction, which would require a separate "
     "application and a full environmental impact assessment. Abyssal Minerals will pay an annual fee of "
     "1.8 million dollars. Environmental groups, including the Ocean Trust of Tavuna, condemned the "
     "decision, saying too little is known about deep-sea ecosystems. The ministry said scientists from "
     "the national university would accompany each survey voyage.",
     "Tavuna has given Abyssal Minerals a licence of up to five years to explore 7,400 sq km of its seabed "
     "for polymetallic nodules, in return for $1.8m a year. Commercial mining is not allowed and would need "
     "a further application and a full environmental impact assessment. Environmental groups condemned "
     "the move.",
     traps=[trap("to explore", "to survey"),
            trap("7,400 sq km", "7,400 square kilometres"),
            trap("$1.8m a year", "an annual fee of 1.8 million dollars"),
            trap("Commercial mining is not allowed", "does not permit commercial extraction"),
            trap("a further application", "a separate application")])

case("textile factory safety audit", "translation", "inconsistent",
     "An independent safety audit of 85 garment factories in the Rampur industrial zone has found serious "
     "fire hazards in 31 of them, the inspection body SafeThread said on Sunday. Inspectors reported "
     "locked emergency exits, blocked stairwells and faulty electrical wiring. Four factories were ordered "
     "to stop production immediately until repairs were completed. The audit was commissioned by a group "
     "of European clothing brands following a fire at the Nazia Textiles plant in March that injured 23 "
     "workers. SafeThread's director, Farhana Kabir, said owners had been given 60 days to fix the "
     "remaining problems. A factory owners' association said it would cooperate but asked the brands to "
     "help pay for the upgrades.",
     "Of 85 clothing factories in the Rampur industrial zone examined in an independent safety audit, 31 "
     "showed serious fire risks, the inspection body SafeThread said on Sunday. The inspectors found "
     "emergency exits locked, stairwells obstructed and defective electrical wiring. Four factories were "
     "closed down permanently. The audit had been ordered by a group of European fashion brands after 23 "
     "workers were injured in a March fire at the Nazia Textiles plant. Owners have 60 days to correct "
     "the other problems, said SafeThread director Farhana Kabir. An association of factory owners "
     "promised to cooperate but asked the brands to share the cost of the improvements.",
     errors=[err("were closed down permanently", "event", "major",
                 "were ordered to stop production immediately until repairs were completed")],
     traps=[trap("defective electrical wiring", "faulty electrical wiring"),
            trap("23 workers were injured in a March fire at the Nazia Textiles plant",
                 "a fire at the Nazia Textiles plant in March that injured 23 workers"),
            trap("share the cost of the improvements", "help pay for the upgrades")])

case("skateboard park opening", "rewrite", "consistent",
     "A 1.3-million-pound skateboard park opened on Saturday on the site of a former car park in "
     "Wexcombe, after a six-year campaign by local teenagers. The 2,800-square-metre park includes a "
     "concrete bowl, a street section with rails and ledges, and a smaller area for beginners. It was "
     "designed with input from a group of 25 young skaters, who attended workshops with the architects. "
     "Wexcombe Borough Council paid for 70 per cent of the cost, with the rest coming from a sports "
     "charity and local businesses. The park will be open daily from 8 am to 9 pm and is free to use. "
     "Councillor Samir Haddad said the council would review noise levels after complaints from nearby "
     "residents during construction.",
     "After local teenagers campaigned for six years, Wexcombe now has a skateboard park, which cost 1.3 "
     "million pounds and opened on Saturday where a car park used to be. Covering 2,800 square metres, it "
     "features a concrete bowl, a street section with ledges and rails, and a smaller beginners' area. "
     "Twenty-five young skaters helped shape the design by taking part in workshops with the architects. "
     "Seven-tenths of the cost was met by Wexcombe Borough Council; a sports charity and local businesses "
     "paid the remainder. Entry is free, and the park will open every day between 8 am and 9 pm. Residents "
     "living nearby complained about noise while it was being built, and the council will review noise "
     "levels, according to Councillor Samir Haddad.",
     traps=[trap("where a car park used to be", "on the site of a former car park"),
            trap("helped shape the design", "designed with input from"),
            trap("Seven-tenths of the cost", "70 per cent of the cost"),
            trap("Entry is free", "is free to use"),
            trap("between 8 am and 9 pm", "from 8 am to 9 pm")])

case("waterfront redevelopment", "translation", "consistent",
     "The city council of Kielmund approved on Thursday a plan to convert the disused southern docks into "
     "a new district with 2,400 homes, offices and a public promenade along the water. A third of the "
     "flats will be social housing. Construction is scheduled to start in 2026 and last around ten years. "
     "The developer, Nordkai Holding, will invest 1.1 billion euros, while the city will contribute 140 "
     "million for roads, a school and flood defences. Two historic cranes will be preserved as landmarks. "
     "The Green group voted against, arguing that the project would drive up rents in neighbouring areas. "
     "Mayor Jens Albrecht called it the most important urban project in the city's post-war history.",
     "On Thursday, Kielmund's councillors gave the go-ahead for the abandoned southern docks to be turned "
     "into a new quarter with 2,400 dwellings, office space and a public waterfront promenade. One in "
     "three apartments will be social housing. Work is due to begin in 2026 and should take roughly a "
     "decade. Nordkai Holding, the developer, is putting in 1.1 billion euros; the city's share is 140 "
     "million euros, to be spent on roads, a school and flood protection. Two historic cranes are to be "
     "kept as landmarks. The Greens voted no, saying the project would push up rents in surrounding "
     "neighbourhoods. Mayor Jens Albrecht described it as the most significant urban project the city has "
     "undertaken since the war.",
     traps=[trap("gave the go-ahead", "approved"),
            trap("One in three apartments", "A third of the flats"),
            trap("roughly a decade", "around ten years"),
            trap("is putting in 1.1 billion euros", "will invest 1.1 billion euros"),
            trap("since the war", "in the city's post-war history")])

case("ice hockey arena funding", "rewrite", "inconsistent",
     "The regional government of Nordhavn has agreed to contribute 45 million crowns towards a new "
     "6,500-seat ice hockey arena for the Ravnsby Wolves, the club said on Tuesday. The total cost of the "
     "arena is estimated at 210 million crowns, with the municipality providing 60 million and the "
     "remainder coming from private investors and a bank loan. The current arena, built in 1968, no "
     "longer meets league safety standards, and the club has been playing under a temporary exemption. "
     "Construction is due to begin next spring, with the aim of opening for the 2027 season. Opposition "
     "councillors have criticised the use of public money for a professional sports club.",
     "The Ravnsby Wolves said on Tuesday that the regional government of Nordhavn had agreed to put 45 "
     "million crowns towards a new ice hockey arena for the club, which will seat 6,500. The arena is "
     "expected to cost 210 million crowns in total, of which the municipality will provide 16 million, "
     "with private investors and a bank loan covering the rest. Built in 1968, the club's current arena "
     "no longer complies with league safety standards, and the Wolves have been playing under a temporary "
     "exemption. Work is due to start next spring, with the aim of opening in time for the 2027 season. "
     "Opposition councillors have objected to public money being spent on a professional sports club.",
     errors=[err("16 million", "number", "major", "60 million")],
     traps=[trap("is expected to cost 210 million crowns in total",
                 "The total cost of the arena is estimated at 210 million crowns"),
            trap("have objected to", "have criticised")])

case("earthquake early warning test", "summary", "inconsistent",
     "A nationwide test of the earthquake early warning system in Montavia on Friday reached about 87 per "
     "cent of mobile phones within ten seconds, the national seismology institute said. The alert, sent at "
     "11 am, was accompanied by sirens in 140 towns. The institute said delays in some rural areas were "
     "caused by older phone masts that process emergency broadcasts more slowly, and that operators had "
     "agreed to upgrade them by the end of the year. In a real earthquake, the system is designed to give "
     "between five and 40 seconds of warning before strong shaking arrives, depending on distance from the "
     "epicentre. A second test is planned for the spring. The institute received around 2,000 complaints, "
     "mostly from people who said the alert was too loud.",
     "Friday's nationwide test of Montavia's earthquake early warning system reached about 87% of mobile "
     "phones within ten seconds, the seismology institute said. Delays in some rural areas were blamed on "
     "older phone masts, which operators have agreed to upgrade by the end of the year. In a real quake the system "
     "is meant to give five to 40 seconds of warning. Delays in some rural areas were blamed on older "
     "phone masts.",
     errors=[err("Delays in some rural areas were blamed on older phone masts", "repetition", "minor",
                 occ=1)],
     traps=[trap("87%", "87 per cent"),
            trap("is meant to give", "is designed to give")])

# ---------------------------------------------------------------------------
# Cases 31-40
# ---------------------------------------------------------------------------

case("warehouse robot rollout", "rewrite", "consistent",
     "Logistics group Corvane will install 1,200 autonomous mobile robots across its eight distribution "
     "centres in the country over the next 18 months, the company said on Wednesday. The robots, supplied "
     "by the start-up Trellis Robotics, carry shelves of goods to staff at packing stations, which Corvane "
     "says will cut the time needed to prepare an order by up to half. The company said no jobs would be "
     "lost as a result, and that around 300 warehouse employees would be retrained to supervise and "
     "maintain the machines. The investment is worth about 95 million euros. The trade union GLW said it "
     "would monitor the rollout closely and wanted guarantees on workload and break times.",
     "Over the coming year and a half, Corvane will deploy 1,200 autonomous mobile robots at its eight "
     "domestic distribution centres, the logistics group announced on Wednesday. Supplied by start-up "
     "Trellis Robotics, the machines bring shelves of products to workers at packing stations, which, "
     "Corvane says, will shorten the time needed to prepare an order by as much as 50 per cent. No jobs "
     "will be cut as a result, according to the company, and roughly 300 warehouse staff will be retrained "
     "to oversee and maintain the robots. Corvane is investing approximately 95 million euros. GLW, the "
     "trade union, said it would keep a close eye on the rollout and was seeking guarantees on workload "
     "and breaks.",
     traps=[trap("Over the coming year and a half", "over the next 18 months"),
            trap("eight domestic distribution centres", "eight distribution centres in the country"),
            trap("by as much as 50 per cent", "by up to half"),
            trap("No jobs will be cut", "no jobs would be lost"),
            trap("keep a close eye on the rollout", "monitor the rollout closely")])

case("river swimming designation", "summary", "consistent",
     "A 600-metre stretch of the River Arle at Millbrook has become the first river site in the region to "
     "be designated as an official bathing water, the environment ministry announced on Monday. The "
     "designation, which follows an application by the Millbrook Wild Swimmers club, means the water will "
     "be tested for bacteria at least 20 times between May and September each year, with results published "
     "online. Initial tests last summer rated the water quality as 'poor' on three of 18 occasions, mainly "
     "after heavy rain. The water company Severnvale Water said it would spend 8 million pounds upgrading "
     "a nearby sewage works by 2027. The club's chair, Jenny Ross, said the decision was a victory for "
     "years of volunteer campaigning.",
     "A 600-metre stretch of the River Arle at Millbrook is the region's first river site to be officially "
     "designated for bathing, following an application by a local swimming club. Its water will be tested "
     "at least 20 times each year from May to September, with results posted online. Severnvale Water "
     "plans an 8-million-pound upgrade of a nearby sewage works by 2027.",
     traps=[trap("officially designated for bathing", "designated as an official bathing water"),
            trap("a local swimming club", "the Millbrook Wild Swimmers club"),
            trap("from May to September", "between May and September"),
            trap("posted online", "published online"),
            trap("plans an 8-million-pound upgrade of a nearby sewage works",
                 "would spend 8 million pounds upgrading a nearby sewage works")])

case("high street bank branch closures", "rewrite", "inconsistent",
     "Harrowgate Bank will close 47 of its high street branches between March and June, the bank "
     "confirmed on Tuesday, blaming a shift to online banking. The closures, which include 11 former "
     "Ellery Building Society branches acquired in 2019, will leave the bank with 212 branches nationwide. "
     "About 380 staff will be affected, although the bank said most would be offered roles elsewhere in "
     "the company. Branch visits have fallen by 60 per cent in five years, according to the bank. Consumer "
     "group FairPay said the cuts would hit elderly and rural customers hardest. The bank said it would "
     "keep cash machines at 30 of the sites and offer basic banking services through local post offices.",
     "Blaming the move to online banking, Harrowgate Bank confirmed on Tuesday that it will shut 47 high "
     "street branches between March and June. Eleven of those are former Ellery Building Society branches "
     "bought in 2019, and once they all close the bank will have 212 branches across the country. Some 380 "
     "employees will be affected. The bank says visits to its branches have dropped by 60 per cent over "
     "five years. Elderly and rural customers will be hit hardest, according to consumer group FairPay. "
     "Cash machines will remain at 30 of the sites, the bank said, and basic banking services will be "
     "offered through local Ellery Building Society offices.",
     errors=[omit("Some 380 employees will be affected",
                  "although the bank said most would be offered roles elsewhere in the company", "major"),
             err("Ellery Building Society offices", "entity", "major", "post offices")],
     traps=[trap("across the country", "nationwide"),
            trap("dropped by 60 per cent over five years", "fallen by 60 per cent in five years")])

case("gene therapy price negotiation", "translation", "inconsistent",
     "The national health insurance fund and the biotech company Genevia have reached a preliminary "
     "agreement on the price of Hemavance, a one-off gene therapy for severe haemophilia B, the health "
     "ministry said on Wednesday. The list price of 2.9 million euros per patient would be paid in "
     "instalments over five years, and payments would stop if the treatment stopped working. About 90 "
     "patients in the country could be eligible. The agreement still has to be approved by the pricing "
     "committee, which is expected to decide in July. Patient association AHF welcomed the deal but said "
     "treatment centres needed more specialist staff. Genevia had initially asked for 3.5 million euros.",
     "The health ministry announced on Wednesday that Genevia and the national health insurance fund had "
     "provisionally agreed a price for Hemavance, a single-dose gene therapy for severe haemophilia B. The "
     "2.9-million-euro list price per patient would be spread over five years of instalments, with "
     "payments halted if the therapy lost its effect. Around 90 patients nationwide might qualify. The "
     "pricing committee will approve the agreement in July. The patients' association AHF welcomed the "
     "agreement but said treatment centres were short of specialist staff. The health insurance fund had "
     "initially asked for 3.5 million euros.",
     errors=[err("will approve", "modality", "major",
                 "The agreement still has to be approved by the pricing committee, which is expected to "
                 "decide in July"),
             err("The health insurance fund", "entity", "major", "Genevia had initially asked")],
     traps=[trap("single-dose", "one-off"),
            trap("might qualify", "could be eligible")])

case("art forgery trial", "rewrite", "inconsistent",
     "A former gallery owner went on trial in Lisvale on Monday accused of selling 14 forged paintings "
     "attributed to the modernist painter Oskar Velden for a total of 3.7 million euros. Prosecutors "
     "allege that Marcus Ebner, 61, commissioned the works from an accomplice and supplied fake "
     "certificates of authenticity between 2011 and 2019. Ebner denies all charges. An art historian who "
     "examined the paintings for the prosecution told the court that pigments in at least nine of them "
     "had not been available until after Velden's death in 1958. If convicted, Ebner faces up to eight "
     "years in prison. The trial is expected to last six weeks.",
     "Marcus Ebner, a 61-year-old former gallery owner, went on trial in Lisvale on Monday charged with "
     "selling 14 forged paintings attributed to modernist painter Oskar Velden for 3.7 million euros in "
     "total. According to prosecutors, he commissioned the works from an accomplice and provided fake "
     "certificates of authenticity from 2011 to 2019. Ebner denies all the charges. An art historian who "
     "examined the paintings for the prosecution told the court that at least nine of them contained "
     "pigments that only became available after Velden died in 1958. Ebner will be sentenced to up to "
     "eight years in prison. The trial is expected to last six weeks.",
     errors=[err("will be sentenced", "modality", "critical", "If convicted, Ebner faces")],
     traps=[trap("from 2011 to 2019", "between 2011 and 2019"),
            trap("only became available after Velden died in 1958",
                 "had not been available until after Velden's death in 1958")])

case("iceberg calving event", "summary", "inconsistent",
     "An iceberg roughly the size of a small city, covering about 380 square kilometres, has broken away "
     "from the Halvard Ice Shelf in Antarctica, scientists at the Polar Observation Centre said on "
     "Thursday. Satellite images showed the split happened between 20 and 22 May along a crack that had "
     "been widening for more than a decade. Glaciologist Dr Ines Markov said the calving was part of the "
     "ice shelf's natural cycle and was not directly linked to climate change, although warmer ocean water "
     "was thinning other parts of the shelf. The iceberg, named B-51, is expected to drift west and break "
     "up over several years. Research stations nearby are not at risk.",
     "An iceberg of about 380 square kilometres has split from Antarctica's Halvard Ice Shelf along a "
     "crack that had been growing for over ten years, making it the largest calving event recorded there. "
     "A glaciologist said it was part of the shelf's natural cycle rather than a direct result of climate "
     "change. The berg, B-51, is likely to drift west and break up over several years.",
     errors=[err("making it the largest calving event recorded there", "addition", "major")],
     traps=[trap("growing for over ten years", "widening for more than a decade"),
            trap("rather than a direct result of climate change", "not directly linked to climate change"),
            trap("is likely to drift west", "is expected to drift west")])

case("indoor farming venture", "translation", "consistent",
     "A vertical farm that will grow lettuce and herbs without soil or sunlight is being built in a former "
     "printing works on the outskirts of Vesterby, the company behind the project, GrønLag, announced on "
     "Tuesday. The facility, with 14 storeys of growing racks lit by LED lamps, is expected to produce "
     "around 500 tonnes of leafy greens a year from next summer. GrønLag says it will use 95 per cent less "
     "water than field farming and no pesticides. The start-up has raised 22 million euros from investors, "
     "including a pension fund. Around 40 people will be employed. Agronomist Sofie Lund of the regional "
     "agricultural college cautioned that high electricity prices had already forced several similar "
     "ventures in Europe to close.",
     "GrønLag said on Tuesday that it is constructing a vertical farm in an old printing plant on the edge "
     "of Vesterby, where lettuce and herbs will be grown without soil or daylight. The site will have "
     "growing racks 14 levels high under LED lighting and should turn out some 500 tonnes of leafy "
     "vegetables annually, starting next summer. According to the company, it will consume 95% less water "
     "than conventional field agriculture and use no pesticides. The start-up has secured 22 million euros "
     "from investors, a pension fund among them. The farm will provide jobs for about 40 people. Sofie "
     "Lund, an agronomist at the regional agricultural college, warned that several comparable projects in "
     "Europe had already had to shut down because of high electricity costs.",
     traps=[trap("on the edge of Vesterby", "on the outskirts of Vesterby"),
            trap("should turn out some 500 tonnes of leafy vegetables annually",
                 "is expected to produce around 500 tonnes of leafy greens a year"),
            trap("95% less water", "95 per cent less water"),
            trap("a pension fund among them", "including a pension fund"),
            trap("will provide jobs for about 40 people", "Around 40 people will be employed")])

case("apartment fire cladding", "rewrite", "consistent",
     "Fire investigators have concluded that combustible cladding helped flames spread rapidly up the "
     "outside of a 12-storey apartment block in Harwick last month, the city fire service said in a report "
     "published on Friday. The fire, which started on a fourth-floor balcony, reached the roof in under 15 "
     "minutes. All 86 residents were evacuated, and nine were treated in hospital for smoke inhalation; no "
     "one died. The report found that the aluminium composite panels fitted during a 2012 renovation did "
     "not meet current safety standards. The building's owner, Redmarsh Housing Association, said it "
     "would replace the cladding and had moved all residents into temporary accommodation. The city "
     "council is now inspecting 40 other blocks with similar panels.",
     "In a report released on Friday, the city fire service said investigators had concluded that "
     "flammable cladding contributed to the rapid spread of flames up the exterior of a 12-storey "
     "apartment block in Harwick last month. Having broken out on a balcony on the fourth floor, the blaze "
     "took less than a quarter of an hour to reach the roof. Nobody was killed: all 86 residents were "
     "evacuated, and nine received hospital treatment for smoke inhalation. Aluminium composite panels "
     "installed when the building was renovated in 2012 fell short of current safety standards, the report "
     "found. Redmarsh Housing Association, which owns the building, said it would replace the cladding and "
     "had rehoused all residents temporarily. Forty other blocks with similar panels are now being "
     "inspected by the city council.",
     traps=[trap("flammable cladding", "combustible cladding"),
            trap("less than a quarter of an hour", "in under 15 minutes"),
            trap("Nobody was killed", "no one died"),
            trap("fell short of current safety standards", "did not meet current safety standards"),
            trap("had rehoused all residents temporarily",
                 "had moved all residents into temporary accommodation")])

case("fog disruption at airport", "translation", "inconsistent",
     "Dense fog caused the cancellation of 64 flights at Valtessa airport on Tuesday and delayed dozens of "
     "others, the airport operator SAV said. Visibility on the runway fell below 100 metres from around "
     "5 am, and the low-visibility procedures in force meant that only one aircraft could land every six "
     "minutes. Conditions improved shortly after midday, and normal operations resumed by 3 pm. About "
     "9,500 passengers were affected. Eleven incoming flights were diverted to Cortenza, from where "
     "passengers were taken to Valtessa by bus. SAV said it was installing a new instrument landing system "
     "that would allow landings in worse visibility from next winter.",
     "Thick fog forced the cancellation of 64 flights at Valtessa airport on Tuesday, with dozens more "
     "delayed, according to operator SAV. From about 5 am runway visibility dropped under 100 metres, and "
     "under the low-visibility rules only one plane was able to land every six minutes. The weather began "
     "to clear just after noon, and by 1 pm the airport was operating normally again. Around 9,500 "
     "travellers were affected. Eleven arriving flights were sent to Cortenza instead, and passengers were "
     "brought on to Valtessa by coach. SAV said a new instrument landing system it is installing will "
     "permit landings in poorer visibility starting next winter.",
     errors=[err("by 1 pm", "date", "minor", "by 3 pm")],
     traps=[trap("just after noon", "shortly after midday"),
            trap("sent to Cortenza instead", "diverted to Cortenza")])

case("community radio funding", "summary", "consistent",
     "Community radio station Riverside FM has been awarded 180,000 pounds over three years by the Lenham "
     "Arts Fund, securing its future after it came close to closing last autumn. The station, which "
     "broadcasts to about 60,000 listeners in the Lenham valley, is run almost entirely by volunteers and "
     "has only two paid staff. Station manager Priya Anand said the money would cover rent and equipment "
     "and allow the station to hire a part-time trainer to run courses for young presenters. The station "
     "had launched an emergency appeal in October after losing a local council grant, raising 23,000 "
     "pounds from listeners. The fund's chair, Geoffrey Hale, said Riverside FM played a vital role in the "
     "valley's cultural life.",
     "Riverside FM, a largely volunteer-run community station that nearly shut down last autumn, has won "
     "180,000 pounds in funding spread over three years from the Lenham Arts Fund. The money will pay for "
     "rent, equipment and a part-time trainer to run courses for young presenters, the station's manager "
     "said.",
     traps=[trap("largely volunteer-run", "run almost entirely by volunteers"),
            trap("nearly shut down", "came close to closing"),
            trap("in funding spread over three years", "over three years"),
            trap("the station's manager said", "Station manager Priya Anand said")])


# ---------------------------------------------------------------------------
# Offset computation and validation
# ---------------------------------------------------------------------------

class SetError(Exception):
    pass


def locate(hay, needle, occ, what):
    """Start offset of occurrence `occ` of `needle` in `hay` (occ None: must be unique)."""
    starts = [m.start() for m in re.finditer(re.escape(needle), hay)]
    if not starts:
        raise SetError("%s: %r not found" % (what, needle))
    if occ is None:
        if len(starts) != 1:
            raise SetError("%s: %r occurs %d times; give occ" % (what, needle, len(starts)))
        return starts[0]
    if occ >= len(starts):
        raise SetError("%s: %r has no occurrence %d" % (what, needle, occ))
    return starts[occ]


def is_word(ch):
    return ch.isalnum()


def check_boundaries(cand, start, end, what):
    if start > 0 and start < len(cand) and is_word(cand[start - 1]) and is_word(cand[start]):
        raise SetError("%s: span start %d cuts a word" % (what, start))
    if end > 0 and end < len(cand) and is_word(cand[end - 1]) and is_word(cand[end]):
        raise SetError("%s: span end %d cuts a word" % (what, end))


def words(text):
    return len(text.split())


def build():
    records = []
    problems = []
    for i, c in enumerate(CASES, 1):
        rid = "s%d-%03d" % (N, i)
        try:
            ref, cand = c["reference"], c["candidate"]
            if c["domain"] not in DOMAINS:
                raise SetError("unknown domain %r" % c["domain"])
            if c["mode"] not in MODES:
                raise SetError("bad mode %r" % c["mode"])
            if c["label"] not in ("consistent", "inconsistent"):
                raise SetError("bad label")
            for t in (ref, cand):
                if t != t.strip() or "  " in t or '"' in t:
                    raise SetError("whitespace / quote problem in text")
            nref = words(ref)
            if not 70 <= nref <= 190:
                raise SetError("reference has %d words" % nref)
            if c["mode"] == "summary" and not (len(cand) < len(ref) and words(cand) < nref):
                raise SetError("summary not shorter than reference")
            errors, spans = [], []
            for e in c["errors"]:
                what = "%s error %s" % (rid, e["type"])
                if e["type"] not in ERROR_TYPES:
                    raise SetError("%s: bad type" % what)
                if e["severity"] not in SEVERITIES:
                    raise SetError("%s: bad severity" % what)
                if e["kind"] == "omission":
                    if c["mode"] == "summary":
                        raise SetError("%s: omission in a summary" % what)
                    s0 = locate(cand, e["after"], e["occ"], what)
                    start = end = s0 + len(e["after"])
                    text = ""
                    if not e["ref_text"] or e["ref_text"].lower() in cand.lower():
                        raise SetError("%s: omitted words present in candidate" % what)
                    if start < len(cand) and is_word(cand[start]) and is_word(cand[start - 1]):
                        raise SetError("%s: omission point inside a word" % what)
                else:
                    if e["type"] == "omission":
                        raise SetError("%s: omission must use omit()" % what)
                    text = e["text"]
                    if text != text.strip() or not text:
                        raise SetError("%s: span has outer whitespace" % what)
                    start = locate(cand, text, e["occ"], what)
                    end = start + len(text)
                    check_boundaries(cand, start, end, what)
                    if e["type"] == "repetition":
                        if cand.lower().find(text.lower()) >= start:
                            raise SetError("%s: repetition has no earlier copy" % what)
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        raise SetError("%s: ref_text must be null" % what)
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        raise SetError("%s: ref_text %r not in reference" % (what, e["ref_text"]))
                assert cand[start:end] == text
                errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                               "severity": e["severity"], "ref_text": e["ref_text"]})
                spans.append((start, end, what))
            traps = []
            for t in c["traps"]:
                what = "%s trap %r" % (rid, t["text"])
                text = t["text"]
                if text != text.strip() or not text:
                    raise SetError("%s: outer whitespace" % what)
                start = locate(cand, text, t["occ"], what)
                end = start + len(text)
                check_boundaries(cand, start, end, what)
                if t["ref_text"] not in ref:
                    raise SetError("%s: ref_text %r not in reference" % (what, t["ref_text"]))
                if text == t["ref_text"] or text in ref:
                    raise SetError("%s: trap wording not different from reference" % what)
                traps.append({"start": start, "end": end, "text": text, "ref_text": t["ref_text"]})
                spans.append((start, end, what))
            # no overlaps (an empty omission point may not fall strictly inside another span)
            spans.sort()
            for (s1, e1, w1) in spans:
                for (s2, e2, w2) in spans:
                    if (s1, e1, w1) >= (s2, e2, w2):
                        continue
                    if s1 == e1 or s2 == e2:
                        p, (a, b) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                        if a < p < b:
                            raise SetError("omission point inside span: %s / %s" % (w1, w2))
                    elif s1 < e2 and s2 < e1:
                        raise SetError("overlap: %s / %s" % (w1, w2))
            if c["label"] == "consistent":
                if errors:
                    raise SetError("consistent pair with errors")
                if not 3 <= len(traps) <= 5:
                    raise SetError("consistent pair needs 3-5 traps, has %d" % len(traps))
            else:
                if not 1 <= len(errors) <= 2:
                    raise SetError("inconsistent pair should carry 1-2 errors")
                if len(traps) > 3:
                    raise SetError("inconsistent pair has %d traps" % len(traps))
            errors.sort(key=lambda x: (x["start"], x["end"]))
            traps.sort(key=lambda x: (x["start"], x["end"]))
            records.append({"id": rid, "domain": c["domain"], "mode": c["mode"],
                            "reference": ref, "candidate": cand, "label": c["label"],
                            "errors": errors, "traps": traps})
        except SetError as exc:
            problems.append("%s: %s" % (rid, exc))

    # set-level composition
    def count(pred):
        return sum(1 for r in records if pred(r))
    if len(CASES) != 40:
        problems.append("expected 40 cases, found %d" % len(CASES))
    if len({c["domain"] for c in CASES}) != len(CASES):
        problems.append("domains are not unique")
    want_modes = {"rewrite": 20, "summary": 10, "translation": 10}
    for m, n in want_modes.items():
        for lab in ("consistent", "inconsistent"):
            got = count(lambda r: r["mode"] == m and r["label"] == lab)
            if got != n // 2:
                problems.append("%s/%s: %d pairs, want %d" % (m, lab, got, n // 2))
    all_errors = [e for r in records for e in r["errors"]]
    if len(all_errors) != 30:
        problems.append("expected 30 errors, found %d" % len(all_errors))
    for t in ERROR_TYPES:
        k = sum(1 for e in all_errors if e["type"] == t)
        if k < 2:
            problems.append("error type %s used %d times (< 2)" % (t, k))
    return records, problems


def summary_lines(records):
    from collections import Counter
    out = []
    out.append("pairs: %d" % len(records))
    out.append("labels: %s" % dict(Counter(r["label"] for r in records)))
    out.append("modes x labels: %s" % dict(sorted(Counter((r["mode"], r["label"]) for r in records).items())))
    errs = [e for r in records for e in r["errors"]]
    out.append("errors: %d %s" % (len(errs), dict(Counter(e["type"] for e in errs))))
    out.append("severities: %s" % dict(Counter(e["severity"] for e in errs)))
    out.append("errors per inconsistent pair: %s" %
               dict(Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    out.append("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    wc = [len(r["reference"].split()) for r in records]
    out.append("reference words: min %d, max %d, mean %.1f" % (min(wc), max(wc), sum(wc) / len(wc)))
    return out


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check passed; nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT))


if __name__ == "__main__":
    main()
