#!/usr/bin/env python3
"""Build held-out evaluation set 105 (set105.jsonl) for a fact-comparison tool.

How it was made
---------------
Every reference/candidate pair below was hand-written by a helper session that
saw no code, data or benchmark of the project; it worked only from a written
brief (record format, error taxonomy, composition, list of 40 domains). All
people, companies, organisations, places, products and figures are invented;
real countries appear only as background for the translation pairs. No offsets
are typed by hand: every span is located by string search in the candidate
(with an occurrence index where the quoted text repeats), and the whole set is
validated before anything is written.

Usage:  python3 make_set105.py          validate and write set105.jsonl
        python3 make_set105.py --check  validate only, write nothing

Composition (checked by validate())
-----------------------------------
* 40 pairs, one domain each: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both texts are independent English translations of
  the same non-English story).
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
  two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 3, event 2, omission 2, addition 2, repetition 2.
  Severities: minor 8, major 20, critical 2.
  Omissions occur only in rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in every inconsistent pair.
* References are 70-190 words in news / agency / corporate / official
  register; summaries are shorter than their references.
"""

import difflib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set105.jsonl")

DOMAINS = [
    "seaside pier repair", "refugee housing pledge", "zoo elephant transfer",
    "county show cancellation", "language school accreditation",
    "railway bridge strike by lorry", "tax office phone queue",
    "peat extraction ban", "child car seat recall", "drone delivery pilot",
    "holiday let registration", "coal mine compensation",
    "smart meter rollout delay", "lottery grant for village hall",
    "census response rate", "arts council funding cut",
    "hospice charity merger", "deer cull licence", "esports arena opening",
    "library fines abolition", "community pharmacy closure",
    "night bus route cut", "horse racing doping case",
    "post office branch transfer", "scaffolding collapse inquiry",
    "crematorium expansion", "salmon farm lice outbreak",
    "mountain rescue call-outs", "nursing home inspection",
    "dog licence reintroduction", "waterway lock closure",
    "forestry carbon credit sale", "film studio tax credit",
    "tidal lagoon proposal", "vaccine fridge failure",
    "mobile library withdrawal", "solar farm on farmland",
    "canal boat mooring fees", "pension fund divestment vote",
    "telescope funding renewal",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

# Error spec:  {"type", "text", "occ" (default 0), "severity", "ref_text"}
# Omission:    {"type": "omission", "after": <candidate text>, "occ",
#               "severity", "ref_text"}  -> zero-width span right after it
# Trap spec:   {"text", "occ" (default 0), "ref_text"}

CASES = [
    # ------------------------------------------------------------------ 1
    {
        "domain": "seaside pier repair", "mode": "rewrite", "label": "consistent",
        "reference": (
            "Repairs to Saltmere Pier will begin on 3 March after Harrowby District Council "
            "approved a £2.4 million contract with marine engineers Coldwell & Pike on Thursday. "
            "The Victorian structure has been closed to the public since October 2022, when "
            "inspectors found corrosion in 38 of its cast-iron support columns. Under the contract, "
            "the damaged columns will be replaced and the timber deck will be relaid along its full "
            "length of 310 metres. Council leader Marian Oduya said the work was expected to take "
            "about 18 months, and that the pier's café and amusement arcade would remain shut until "
            "it was finished. Around a third of the cost will be met by a heritage grant, with the "
            "remainder coming from council reserves."
        ),
        "candidate": (
            "Harrowby District Council on Thursday signed off a £2.4m contract with marine "
            "engineering firm Coldwell & Pike, clearing the way for repair work on Saltmere Pier to "
            "start on 3 March. Inspectors discovered corrosion in 38 of the Victorian pier's "
            "cast-iron support columns in October 2022, and the pier has been closed to the public "
            "ever since. The contract covers replacing the damaged columns and relaying the timber "
            "deck along the whole 310-metre length of the pier. The work is likely to last roughly "
            "a year and a half, according to council leader Marian Oduya, who added that the café "
            "and amusement arcade on the pier will stay closed until it is complete. A heritage "
            "grant will cover about one-third of the bill; council reserves will pay for the rest."
        ),
        "errors": [],
        "traps": [
            {"text": "signed off", "ref_text": "approved"},
            {"text": "£2.4m", "ref_text": "£2.4 million"},
            {"text": "likely to last", "ref_text": "expected to take"},
            {"text": "roughly a year and a half", "ref_text": "about 18 months"},
            {"text": "about one-third", "ref_text": "Around a third"},
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "domain": "refugee housing pledge", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "The regional government of Eastvale has pledged to provide 420 homes for refugee "
            "families over the next three years, Housing Commissioner Petra Lindqvist announced on "
            "Monday. The first 150 properties, mostly empty flats owned by housing associations, are "
            "due to be refurbished and ready for occupation by the end of the year. Lindqvist said "
            "the scheme would cost £36 million, of which £21 million would come from a national "
            "resettlement fund. Councils taking part will receive a one-off payment of £4,000 for "
            "each family housed to cover support services such as language classes and school "
            "enrolment. Opposition members welcomed the pledge but said it fell short of the 600 "
            "homes requested by local charities."
        ),
        "candidate": (
            "Eastvale's regional government has promised 420 homes for refugee families, Housing "
            "Commissioner Petra Lindqvist said on Monday. The first 150 properties, mostly empty "
            "housing association flats, are to be refurbished and ready to move into by the end of "
            "the year. According to Lindqvist, the scheme will cost £36m, £15m of which will come "
            "from a national resettlement fund. Participating councils will get a one-off £4,000 "
            "payment per family housed to pay for support services including language classes and "
            "school enrolment. Opposition members welcomed the pledge but said it did not match the "
            "600 homes local charities had asked for."
        ),
        "errors": [
            {"type": "omission", "after": "420 homes for refugee families", "severity": "major",
             "ref_text": "over the next three years"},
            {"type": "number", "text": "£15m", "severity": "major", "ref_text": "£21 million"},
        ],
        "traps": [
            {"text": "£36m", "ref_text": "£36 million"},
            {"text": "did not match", "ref_text": "fell short of"},
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "domain": "zoo elephant transfer", "mode": "rewrite", "label": "consistent",
        "reference": (
            "Two Asian elephants from Brackley Zoo will be moved to a wildlife park in the "
            "Netherlands next spring, the zoo's owners confirmed yesterday. Kaveri, a 41-year-old "
            "female, and her 12-year-old daughter Mina will travel by specially adapted lorry to the "
            "Haverlo Elephant Reserve, which has 25 acres of grazing and a herd of six elephants. "
            "Brackley Zoo said it had decided in 2021 to stop keeping elephants because its "
            "enclosure, built in 1968, was too small to meet new welfare standards. The transfer, "
            "expected to take around 20 hours, will be overseen by two of the zoo's keepers and a "
            "vet. Campaigners from the group Free Tusk, who had called for the move for a decade, "
            "said they were delighted."
        ),
        "candidate": (
            "Brackley Zoo is sending two Asian elephants to a wildlife park in the Netherlands next "
            "spring, its owners confirmed yesterday. Forty-one-year-old Kaveri and her daughter "
            "Mina, 12, will make the journey to the Haverlo Elephant Reserve in a specially adapted "
            "lorry. The reserve offers 25 acres of grazing and is home to a herd of six elephants. "
            "The zoo said that in 2021 it had decided to stop keeping elephants, because its "
            "enclosure, which dates from 1968, was too small to comply with new welfare standards. "
            "Two of the zoo's keepers and a vet will supervise the transfer, which is expected to "
            "last about 20 hours. Campaign group Free Tusk, which had been pushing for the move for "
            "ten years, said it was delighted."
        ),
        "errors": [],
        "traps": [
            {"text": "Forty-one-year-old Kaveri", "ref_text": "Kaveri, a 41-year-old female"},
            {"text": "Mina, 12", "ref_text": "12-year-old daughter Mina"},
            {"text": "dates from 1968", "ref_text": "built in 1968"},
            {"text": "supervise", "ref_text": "overseen"},
            {"text": "for ten years", "ref_text": "for a decade"},
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "domain": "county show cancellation", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "The Westhold County Show, due to take place on 14 and 15 June, has been cancelled for "
            "the first time since 2001 after heavy rain left the showground waterlogged. The show's "
            "chairman, Gareth Pennock, said the decision had been taken on Tuesday evening following "
            "an inspection of the site by safety advisers. About 30,000 visitors had been expected "
            "over the two days. Pennock said ticket holders would receive full refunds within 28 "
            "days. Mary Alsop, who runs the county's livestock breeders' association, said many "
            "exhibitors had already spent money preparing animals and warned that some smaller farms "
            "could struggle to absorb the losses. Organisers are considering holding a one-day event "
            "in September instead."
        ),
        "candidate": (
            "Heavy rain has left the showground waterlogged, forcing the cancellation of the "
            "Westhold County Show for the first time since 2001. The event had been scheduled for 14 "
            "and 15 June. Chairman Gareth Pennock said the decision was taken on Tuesday evening, "
            "ahead of an inspection of the site by safety advisers. Around 30,000 people had been "
            "expected to attend across the two days. Ticket holders will be fully refunded within 28 "
            "days, Pennock said. He added that many exhibitors had already spent money getting "
            "animals ready and warned that some smaller farms might struggle to absorb the losses. "
            "Organisers are looking at staging a one-day event in September instead."
        ),
        "errors": [
            {"type": "date", "text": "ahead of", "severity": "minor", "ref_text": "following"},
            {"type": "attribution", "text": "He added", "severity": "major",
             "ref_text": "Mary Alsop, who runs the county's livestock breeders' association, said"},
        ],
        "traps": [
            {"text": "Around 30,000 people", "ref_text": "About 30,000 visitors"},
            {"text": "might struggle", "ref_text": "could struggle"},
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "domain": "language school accreditation", "mode": "rewrite", "label": "consistent",
        "reference": (
            "The Corran Language Institute in Dunmoor has regained its accreditation eight months "
            "after it was suspended, the inspection body Quality English Standards (QES) said on "
            "Friday. The school, which teaches English to around 900 adult students a year, lost its "
            "status in March after inspectors found that 14 teachers lacked recognised "
            "qualifications and that attendance records had not been kept properly. A follow-up "
            "inspection in October found that all teaching staff were now qualified and that a new "
            "electronic register had been introduced. QES said the institute would be subject to "
            "unannounced visits for the next two years. Principal Rosa Feeney said the school had "
            "lost about a quarter of its students during the suspension but hoped to win them back."
        ),
        "candidate": (
            "Eight months after its accreditation was suspended, the Corran Language Institute in "
            "Dunmoor has had it restored, the inspection body Quality English Standards (QES) "
            "announced on Friday. The school, which teaches English to roughly 900 adults each "
            "year, was stripped of its status in March when inspectors discovered that 14 of its "
            "teachers did not hold recognised qualifications and that attendance records had not "
            "been properly kept. When inspectors returned in October, they found that every member "
            "of the teaching staff was now qualified and that a new electronic register was in "
            "place. For the next two years, QES said, the institute will face unannounced visits. "
            "Principal Rosa Feeney said around 25% of students had left during the suspension, but "
            "she hoped to win them back."
        ),
        "errors": [],
        "traps": [
            {"text": "has had it restored", "ref_text": "has regained its accreditation"},
            {"text": "roughly 900 adults each year", "ref_text": "around 900 adult students a year"},
            {"text": "was stripped of its status", "ref_text": "lost its status"},
            {"text": "When inspectors returned in October",
             "ref_text": "A follow-up inspection in October"},
            {"text": "around 25% of students had left",
             "ref_text": "had lost about a quarter of its students"},
        ],
    },
    # ------------------------------------------------------------------ 6
    {
        "domain": "railway bridge strike by lorry", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "Rail services between Ashcombe and Thorpe Vale were suspended for nine hours on "
            "Wednesday after a lorry struck a low railway bridge on Mill Lane. The vehicle, a "
            "4.2-metre-high curtain-sider operated by haulage firm Drayton Freight on behalf of "
            "supermarket chain Pellow's, hit the bridge, which has a clearance of 3.9 metres, "
            "shortly after 6am. The driver was unhurt. Engineers from track operator Railnet "
            "inspected the structure before trains were allowed to resume at reduced speed at "
            "3.10pm. Railnet said the bridge had been struck 11 times in the past five years and "
            "that it would seek to recover the cost of the disruption, estimated at £85,000, from "
            "Drayton Freight. Drayton Freight said it was cooperating fully and was reviewing its "
            "route-planning procedures."
        ),
        "candidate": (
            "A lorry hit a low railway bridge on Mill Lane on Wednesday, halting rail services "
            "between Ashcombe and Thorpe Vale for nine hours. The 4.2-metre-high curtain-sider, "
            "which Pellow's was operating on behalf of Drayton Freight, struck the bridge, which has "
            "3.9 metres of clearance, just after 6am. Its driver was not hurt. Trains were only "
            "allowed to run again, at reduced speed, at 3.10pm, once engineers from track operator "
            "Railnet had examined the structure. According to Railnet, the bridge has been struck 11 "
            "times in the last five years, and it will seek to recover the cost of the disruption, "
            "put at £850,000, from Drayton Freight. Drayton Freight said it was cooperating fully "
            "and reviewing how it plans routes."
        ),
        "errors": [
            {"type": "role", "text": "Pellow's was operating on behalf of Drayton Freight",
             "severity": "major",
             "ref_text": "operated by haulage firm Drayton Freight on behalf of supermarket chain Pellow's"},
            {"type": "number", "text": "£850,000", "severity": "major", "ref_text": "£85,000"},
        ],
        "traps": [
            {"text": "just after 6am", "ref_text": "shortly after 6am"},
            {"text": "was not hurt", "ref_text": "was unhurt"},
        ],
    },
    # ------------------------------------------------------------------ 7
    {
        "domain": "tax office phone queue", "mode": "rewrite", "label": "consistent",
        "reference": (
            "Callers to the National Revenue Office helpline waited an average of 27 minutes to "
            "speak to an adviser in January, up from 16 minutes a year earlier, according to figures "
            "published on Tuesday by the Public Accounts Watchdog. The watchdog found that one in "
            "five calls was abandoned before being answered and that the office had missed its "
            "target of answering 80% of calls within ten minutes in every month of the past year. "
            "Staff numbers on the helpline fell by 12% over the same period. A Revenue Office "
            "spokesperson said it was recruiting 350 additional advisers and expected waiting times "
            "to fall by the summer, but the watchdog said it was not convinced the measures would be "
            "enough."
        ),
        "candidate": (
            "The average wait to reach an adviser on the National Revenue Office helpline rose to 27 "
            "minutes in January from 16 minutes in January last year, the Public Accounts Watchdog "
            "said in figures released on Tuesday. Twenty per cent of calls were abandoned before "
            "anyone answered, the watchdog found, and the office failed to meet its goal of "
            "answering four in five calls within ten minutes in each of the last 12 months. Over "
            "that period, the number of helpline staff dropped by 12%. The Revenue Office is hiring "
            "another 350 advisers and expects waits to come down by the summer, a spokesperson said. "
            "The watchdog, however, said it doubted these steps would be sufficient."
        ),
        "errors": [],
        "traps": [
            {"text": "Twenty per cent of calls", "ref_text": "one in five calls"},
            {"text": "four in five calls", "ref_text": "80% of calls"},
            {"text": "in each of the last 12 months", "ref_text": "in every month of the past year"},
            {"text": "is hiring another 350 advisers",
             "ref_text": "was recruiting 350 additional advisers"},
            {"text": "doubted", "ref_text": "was not convinced"},
        ],
    },
    # ------------------------------------------------------------------ 8
    {
        "domain": "peat extraction ban", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "Commercial peat extraction on the Gorran Moss could be banned from 2027 under proposals "
            "published by the regional environment agency on Monday. The agency said a ban was "
            "needed to protect the 4,600-hectare bog, which stores an estimated 12 million tonnes of "
            "carbon. Two companies, Brinley Horticulture and Mossfield Growers, currently hold "
            "licences to cut peat on the site; both licences expire in 2026 and the agency has "
            "recommended that they should not be renewed. A public consultation will run until 30 "
            "April, after which ministers will make a final decision. Brinley Horticulture said a "
            "ban would put 45 jobs at risk and called for a longer transition period."
        ),
        "candidate": (
            "Commercial peat cutting on the Gorran Moss will be banned from 2027, according to "
            "proposals the regional environment agency published on Monday. The agency argues that "
            "a ban is necessary to protect the 4,600-hectare bog, estimated to hold 12 million "
            "tonnes of carbon. Two firms, Brinley Horticulture and Mossfield Growers, are licensed "
            "to extract peat there at present. Both licences run out in 2027, and the agency has "
            "advised against renewing them. Ministers will take a final decision once a public "
            "consultation closes on 30 April. Brinley Horticulture warned that 45 jobs would be put "
            "at risk by a ban and asked for a longer transition period."
        ),
        "errors": [
            {"type": "modality", "text": "will be banned", "severity": "major",
             "ref_text": "could be banned"},
            {"type": "date", "text": "2027", "occ": 1, "severity": "minor", "ref_text": "2026"},
        ],
        "traps": [
            {"text": "advised against renewing them",
             "ref_text": "recommended that they should not be renewed"},
        ],
    },
    # ------------------------------------------------------------------ 9
    {
        "domain": "child car seat recall", "mode": "rewrite", "label": "consistent",
        "reference": (
            "Nestwell Products has recalled about 62,000 child car seats after tests showed that the "
            "harness buckle could open in a collision. The recall affects the Nestwell Voyager 2 "
            "seat, sold between May 2022 and January 2024, with serial numbers beginning VG2-B. The "
            "company said it had received no reports of injuries but had identified the fault "
            "during its own routine testing. Owners are being advised to keep using the seats until "
            "a replacement buckle arrives, because using no car seat would be far more dangerous. "
            "Replacement kits will be sent free of charge within six weeks of registration. The "
            "Consumer Safety Agency said it was monitoring the recall."
        ),
        "candidate": (
            "Around 62,000 child car seats are being recalled by Nestwell Products because tests "
            "found that their harness buckle might open in a crash. The recall covers Nestwell "
            "Voyager 2 seats with serial numbers starting VG2-B that were sold from May 2022 to "
            "January 2024. No injuries have been reported to the company, which said it had spotted "
            "the fault during its own routine testing. Owners are being told to carry on using the "
            "seats until a replacement buckle arrives, as travelling without a car seat would be "
            "much more dangerous. Replacement kits will be sent out free within six weeks of owners "
            "registering. The Consumer Safety Agency said it was monitoring the recall."
        ),
        "errors": [],
        "traps": [
            {"text": "are being recalled by Nestwell Products",
             "ref_text": "Nestwell Products has recalled"},
            {"text": "might open in a crash", "ref_text": "could open in a collision"},
            {"text": "from May 2022 to January 2024", "ref_text": "between May 2022 and January 2024"},
            {"text": "carry on using", "ref_text": "keep using"},
            {"text": "sent out free", "ref_text": "sent free of charge"},
        ],
    },
    # ------------------------------------------------------------------ 10
    {
        "domain": "drone delivery pilot", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "A six-month trial of drone deliveries of prescription medicines began on Monday "
            "between Kelmouth Hospital pharmacy and three GP surgeries on the Farrow Islands. The "
            "drones, supplied by the start-up Aerolift, can carry parcels of up to 3kg and will make "
            "the 40-kilometre crossing in about 25 minutes, compared with up to four hours by ferry. "
            "The trial is funded by a £1.1 million grant from the Coastal Innovation Fund and is "
            "being run by the regional health board. Flights will operate only in daylight and will "
            "be suspended in winds above 35mph. Health board director Simon Achebe said that if the "
            "trial succeeded, the service could be extended to blood samples."
        ),
        "candidate": (
            "Drone deliveries of prescription medicines between Kelmouth Hospital pharmacy and three "
            "GP surgeries on the Farrow Islands started on Monday as part of a six-month trial, the "
            "first of its kind in the country. The drones, provided by start-up Aerolift, can carry "
            "packages weighing up to 3kg and will cover the 40km crossing in around 25 minutes; the "
            "ferry can take as long as four hours. A £1.1m grant from the Coastal Innovation Fund is "
            "paying for the trial, which is being run by Aerolift. Flights will take place in "
            "daylight only and will be halted when winds exceed 35mph. If the trial is a success, "
            "health board director Simon Achebe said, the service could be extended to carry blood "
            "samples."
        ),
        "errors": [
            {"type": "addition", "text": "the first of its kind in the country",
             "severity": "minor", "ref_text": None},
            {"type": "entity", "text": "Aerolift", "occ": 1, "severity": "major",
             "ref_text": "the regional health board"},
        ],
        "traps": [
            {"text": "40km", "ref_text": "40-kilometre"},
            {"text": "when winds exceed 35mph", "ref_text": "in winds above 35mph"},
        ],
    },
    # ------------------------------------------------------------------ 11
    {
        "domain": "holiday let registration", "mode": "rewrite", "label": "consistent",
        "reference": (
            "Owners of holiday lets in the Lorne Valley national park will have to register with "
            "the park authority from 1 April next year, under rules approved by the authority's "
            "board on Wednesday. Registration will cost £150 a year per property and owners will "
            "need to show a valid fire safety certificate and proof of public liability insurance. "
            "The authority estimates there are about 2,300 holiday lets in the park, up from 1,400 "
            "in 2018. Those who fail to register could face fines of up to £5,000. The chair of the "
            "board, Helen Marsh, said the scheme was not intended to reduce the number of holiday "
            "lets but to give the authority accurate information for planning decisions."
        ),
        "candidate": (
            "From 1 April next year, anyone who owns a holiday let in the Lorne Valley national park "
            "will be required to register it with the park authority. The rules were approved on "
            "Wednesday by the authority's board. Registering will cost £150 annually for each "
            "property, and owners must provide a valid fire safety certificate and evidence of "
            "public liability insurance. The authority estimates that the park now has roughly "
            "2,300 holiday lets, compared with 1,400 in 2018. Owners who do not register may be "
            "fined as much as £5,000. Board chair Helen Marsh said the aim of the scheme was to give "
            "the authority accurate information for planning decisions, not to cut the number of "
            "holiday lets."
        ),
        "errors": [],
        "traps": [
            {"text": "will be required to register", "ref_text": "will have to register"},
            {"text": "£150 annually", "ref_text": "£150 a year"},
            {"text": "compared with 1,400 in 2018", "ref_text": "up from 1,400 in 2018"},
            {"text": "may be fined as much as £5,000", "ref_text": "could face fines of up to £5,000"},
            {"text": "Board chair Helen Marsh", "ref_text": "The chair of the board, Helen Marsh"},
        ],
    },
    # ------------------------------------------------------------------ 12
    {
        "domain": "coal mine compensation", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "Former workers at the closed Hollins Deep colliery will share £14.5 million in "
            "compensation after a five-year legal battle, the miners' union NUMW announced on "
            "Thursday. The settlement, agreed with the mine's former owner, Carrick Energy, which "
            "sold the site to developer Oakhurst Homes in 2009, covers 1,180 men who developed "
            "hearing loss or lung disease while working underground between 1975 and 1994. "
            "Individual payments will range from £2,000 to £38,000 depending on the severity of the "
            "condition. Carrick Energy did not admit liability. The union's general secretary, Dai "
            "Pritchard, said about 200 of the miners who had originally brought claims had died "
            "before the case was settled. Payments are expected to be made by the end of March."
        ),
        "candidate": (
            "After a decade-long legal fight, former workers at the closed Hollins Deep colliery are "
            "to share £14.5m in compensation, the miners' union NUMW said on Thursday. The "
            "settlement was reached with the pit's former owner, Carrick Energy, which bought the "
            "site from developer Oakhurst Homes in 2009. It covers 1,180 men who developed hearing "
            "loss or lung disease while working underground between 1975 and 1994, with individual "
            "awards ranging from £2,000 to £38,000 depending on how severe their condition is. "
            "Carrick Energy has not admitted liability. According to NUMW general secretary Dai "
            "Pritchard, around 200 of the miners who originally brought claims died before the case "
            "was settled. The payments are expected to be made by the end of March."
        ),
        "errors": [
            {"type": "number", "text": "decade-long", "severity": "minor",
             "ref_text": "five-year"},
            {"type": "role", "text": "Carrick Energy, which bought the site from developer Oakhurst Homes",
             "severity": "major",
             "ref_text": "Carrick Energy, which sold the site to developer Oakhurst Homes"},
        ],
        "traps": [
            {"text": "£14.5m", "ref_text": "£14.5 million"},
            {"text": "how severe their condition is", "ref_text": "the severity of the condition"},
        ],
    },
    # ------------------------------------------------------------------ 13
    {
        "domain": "smart meter rollout delay", "mode": "rewrite", "label": "consistent",
        "reference": (
            "The installation of smart meters in homes served by energy supplier Brightwater Power "
            "has been delayed by at least a year because of a shortage of trained engineers, the "
            "company said on Monday. Brightwater had planned to fit meters in all 1.6 million of its "
            "customers' homes by December 2025, but now expects to complete the work in late 2026 at "
            "the earliest. So far about 540,000 meters have been installed. The company said it was "
            "training 300 new engineers at its academy in Fenwick, the first of whom would qualify "
            "in the spring. Customers who have already booked an appointment will not be affected. "
            "The energy regulator said it would be seeking an explanation from the supplier."
        ),
        "candidate": (
            "A shortage of trained engineers has pushed back Brightwater Power's smart meter rollout "
            "by a year or more, the energy supplier said on Monday. Brightwater had intended to fit "
            "meters in the homes of all 1.6m of its customers by December 2025, but now expects the "
            "work to be finished in late 2026 at the earliest. Some 540,000 meters have been put in "
            "so far. The company is training 300 new engineers at its Fenwick academy, and the first "
            "of them will qualify in the spring. Customers who already have an appointment booked "
            "will not be affected. The energy regulator said it would ask the supplier for an "
            "explanation."
        ),
        "errors": [],
        "traps": [
            {"text": "pushed back", "ref_text": "delayed"},
            {"text": "by a year or more", "ref_text": "by at least a year"},
            {"text": "1.6m", "ref_text": "1.6 million"},
            {"text": "Some 540,000 meters have been put in",
             "ref_text": "about 540,000 meters have been installed"},
            {"text": "ask the supplier for an explanation",
             "ref_text": "be seeking an explanation from the supplier"},
        ],
    },
    # ------------------------------------------------------------------ 14
    {
        "domain": "lottery grant for village hall", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "Ashby St Clement village hall has been awarded £186,000 by the Heritage Lottery Trust "
            "to replace its leaking roof and install a ramp and accessible toilet. The hall, built "
            "by villagers in 1921 as a memorial to local men killed in the First World War, has been "
            "used for everything from parish council meetings to a weekly toddler group. Trustees "
            "had raised a further £24,000 through quiz nights, a sponsored walk and donations. Work "
            "is due to start in May and the hall will close for about ten weeks. Trustee chair Ian "
            "Beddoes said the grant meant the building could stay open for another hundred years."
        ),
        "candidate": (
            "The Heritage Lottery Trust has given £186,000 to Ashby St Clement village hall, which "
            "will use the money to replace its leaking roof and put in a ramp and an accessible "
            "toilet. Villagers built the hall in 1921 as a memorial to local men who served in the "
            "First World War, and it has hosted everything from parish council meetings to a weekly "
            "toddler group. The trustees had already raised another £24,000 from quiz nights, a "
            "sponsored walk and donations. Work is due to begin in May, with the hall closing for "
            "around ten weeks. Ian Beddoes, who chairs the trustees, said the grant meant the "
            "building could remain open for another century."
        ),
        "errors": [
            {"type": "event", "text": "who served in", "severity": "minor",
             "ref_text": "killed in"},
        ],
        "traps": [
            {"text": "has given £186,000 to", "ref_text": "has been awarded £186,000 by"},
            {"text": "another century", "ref_text": "another hundred years"},
        ],
    },
    # ------------------------------------------------------------------ 15
    {
        "domain": "census response rate", "mode": "rewrite", "label": "consistent",
        "reference": (
            "Almost 94% of households in Marland completed the regional census, the statistics "
            "office announced on Wednesday, exceeding its target of 90%. The response rate was "
            "lowest in the city of Port Ellis, at 86%, and highest in rural Cadmore district, at "
            "98%. For the first time, residents could fill in the form online, and around seven in "
            "ten households chose to do so. Chief statistician Oona Varga said field staff had made "
            "more than 400,000 follow-up visits to homes that had not responded by the deadline of "
            "21 March. The first results, including population totals for each district, will be "
            "published in the autumn."
        ),
        "candidate": (
            "The statistics office said on Wednesday that nearly 94% of Marland's households had "
            "completed the regional census, beating the 90% it had aimed for. Rural Cadmore district "
            "recorded the highest response, 98%, while the city of Port Ellis had the lowest, 86%. "
            "Residents were able to complete the census form online for the first time, an option "
            "taken up by about 70% of households. Field staff carried out over 400,000 follow-up "
            "visits to homes that had missed the 21 March deadline, according to chief statistician "
            "Oona Varga. Initial results, among them population totals for every district, are due "
            "out in the autumn."
        ),
        "errors": [],
        "traps": [
            {"text": "nearly 94%", "ref_text": "Almost 94%"},
            {"text": "beating the 90% it had aimed for", "ref_text": "exceeding its target of 90%"},
            {"text": "about 70% of households", "ref_text": "around seven in ten households"},
            {"text": "over 400,000", "ref_text": "more than 400,000"},
            {"text": "are due out in the autumn", "ref_text": "will be published in the autumn"},
        ],
    },
    # ------------------------------------------------------------------ 16
    {
        "domain": "arts council funding cut", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "The Northern Arts Council is to cut its annual funding for the Kestrel Theatre Company "
            "by 40%, from £500,000 to £300,000, from April. The council said the decision reflected "
            "a 15% reduction in its own budget from the regional government and was not a judgement "
            "on the quality of the company's work. Kestrel, which tours small towns and villages, "
            "said it would have to reduce its programme from 12 productions a year to seven and "
            "could not rule out redundancies among its 22 staff. Artistic director Leona Baptiste "
            "said the company would appeal against the decision. Four other touring companies have "
            "also had their grants reduced."
        ),
        "candidate": (
            "From April, the Northern Arts Council will reduce the Kestrel Theatre Company's annual "
            "grant by two-fifths, from £500,000 to £300,000. The council said the cut was a "
            "consequence of a 15% fall in the budget it receives from the regional government and "
            "did not reflect on the quality of the company's work. Kestrel, which takes its shows to "
            "small towns and villages, said it would have to scale back from 12 productions a year "
            "to seven, but that it had ruled out redundancies among its 22 staff. The company will "
            "appeal against the decision, its artistic director Leona Baptiste said. Grants to four "
            "other touring companies have also been cut."
        ),
        "errors": [
            {"type": "polarity", "text": "had ruled out redundancies", "severity": "major",
             "ref_text": "could not rule out redundancies"},
        ],
        "traps": [
            {"text": "two-fifths", "ref_text": "40%"},
            {"text": "did not reflect on the quality",
             "ref_text": "was not a judgement on the quality"},
        ],
    },
    # ------------------------------------------------------------------ 17
    {
        "domain": "hospice charity merger", "mode": "rewrite", "label": "consistent",
        "reference": (
            "Two hospice charities in the south-west, St Brannoc's Hospice and Tamar Vale Hospice "
            "Care, are to merge in October, their boards announced on Thursday. The combined "
            "organisation, which will be called Westcountry Hospice Care, will have an annual budget "
            "of about £19 million and employ around 480 staff. Both hospices will keep their names "
            "locally and no inpatient beds or services will close, the boards said. St Brannoc's "
            "chief executive, Anna Treloar, will lead the new charity, while Tamar Vale's chief "
            "executive, Mark Jewell, will retire. The boards said the merger would save an estimated "
            "£600,000 a year in administrative costs, which would be spent on patient care."
        ),
        "candidate": (
            "The boards of St Brannoc's Hospice and Tamar Vale Hospice Care said on Thursday that "
            "the two south-west charities would merge in October. Named Westcountry Hospice Care, "
            "the new organisation will employ roughly 480 people and have a yearly budget of around "
            "£19m. According to the boards, neither hospice will lose its local name, and no "
            "inpatient beds or services will be closed. Anna Treloar, currently chief executive of "
            "St Brannoc's, will run the merged charity; her counterpart at Tamar Vale, Mark Jewell, "
            "is retiring. Administrative savings from the merger are estimated at £600,000 a year, "
            "the boards said, and the money will go on patient care."
        ),
        "errors": [],
        "traps": [
            {"text": "roughly 480 people", "ref_text": "around 480 staff"},
            {"text": "around £19m", "ref_text": "about £19 million"},
            {"text": "neither hospice will lose its local name",
             "ref_text": "Both hospices will keep their names locally"},
            {"text": "will run the merged charity", "ref_text": "will lead the new charity"},
            {"text": "her counterpart at Tamar Vale, Mark Jewell",
             "ref_text": "Tamar Vale's chief executive, Mark Jewell"},
        ],
    },
    # ------------------------------------------------------------------ 18
    {
        "domain": "deer cull licence", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "The wildlife agency has granted a licence allowing up to 320 red deer to be culled on "
            "the Strathmorran estate this winter, in an effort to protect newly planted woodland. "
            "The estate's owners, the Glenavon Trust, had applied to cull 450 animals, saying deer "
            "were destroying young trees faster than they could be replaced. The agency said the "
            "lower figure was based on its own survey, which counted about 1,900 deer on the "
            "12,000-acre estate. Shooting must stop by 15 February and carcasses must be taken to an "
            "approved game dealer. Animal welfare group Hartwatch said it opposed the cull and would "
            "ask the agency to review the licence."
        ),
        "candidate": (
            "A licence granted by the wildlife agency means 320 red deer will be culled on the "
            "Strathmorran estate this winter to protect newly planted woodland. The Glenavon Trust, "
            "which owns the estate, had sought permission to cull 450, arguing that deer were "
            "destroying young trees faster than they could be replaced. The agency said it had set "
            "the lower number on the basis of its own survey, which recorded around 1,900 deer "
            "across the 12,000-acre estate. Shooting has to end by 15 February and carcasses must go "
            "to an approved game dealer. The animal welfare group Hartwatch said it was against the "
            "cull and would ask the agency to review the licence."
        ),
        "errors": [
            {"type": "modality", "text": "320 red deer will be culled", "severity": "major",
             "ref_text": "allowing up to 320 red deer to be culled"},
        ],
        "traps": [
            {"text": "had sought permission to cull 450", "ref_text": "had applied to cull 450 animals"},
            {"text": "has to end by 15 February", "ref_text": "must stop by 15 February"},
        ],
    },
    # ------------------------------------------------------------------ 19
    {
        "domain": "esports arena opening", "mode": "rewrite", "label": "consistent",
        "reference": (
            "A 2,500-seat esports arena opened in the former Caldbeck bus depot on Saturday, with a "
            "sold-out tournament featuring 16 teams. The £11 million venue, developed by Pixelforge "
            "Entertainment, includes a main stage with a 30-metre LED screen, 120 gaming stations "
            "that can be booked by the public, and a broadcast studio. The company said it expected "
            "to host about 80 events in its first year and to create 65 permanent jobs. The city "
            "council, which sold the depot site to Pixelforge in 2022, said the arena would help "
            "bring younger visitors to the area. Local residents had raised concerns about traffic, "
            "and the developer has agreed to fund a new bus stop outside the venue."
        ),
        "candidate": (
            "The 2,500-seat esports arena that Pixelforge Entertainment has developed in the former "
            "Caldbeck bus depot opened on Saturday with a 16-team tournament that had sold out. The "
            "£11m venue has a main stage with a 30-metre LED screen, a broadcast studio and 120 "
            "gaming stations that members of the public can book. Pixelforge said it anticipated "
            "hosting around 80 events in the first 12 months and creating 65 permanent jobs. The "
            "city council, which sold Pixelforge the depot site in 2022, said the arena would help "
            "draw younger visitors to the area. Local residents have voiced worries about traffic, "
            "and the developer has agreed to pay for a new bus stop outside the venue."
        ),
        "errors": [],
        "traps": [
            {"text": "anticipated hosting", "ref_text": "expected to host"},
            {"text": "in the first 12 months", "ref_text": "in its first year"},
            {"text": "which sold Pixelforge the depot site in 2022",
             "ref_text": "which sold the depot site to Pixelforge in 2022"},
            {"text": "voiced worries about traffic", "ref_text": "raised concerns about traffic"},
            {"text": "pay for a new bus stop", "ref_text": "fund a new bus stop"},
        ],
    },
    # ------------------------------------------------------------------ 20
    {
        "domain": "library fines abolition", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "Libraries in the borough of Fernley will stop charging fines for overdue books from 1 "
            "September, the council's culture committee agreed on Tuesday. Fines currently raise "
            "about £38,000 a year, which the council says is less than the cost of collecting them. "
            "Councillor Priya Shah, who chairs the committee, said fines deterred families on low "
            "incomes from using libraries, and that some children had stopped borrowing because they "
            "owed money. Borrowers will still have to pay for lost or damaged items. All outstanding "
            "fines, totalling about £61,000, will be written off. Head librarian Tom Okafor said "
            "similar schemes elsewhere had led to a rise in the number of books being returned."
        ),
        "candidate": (
            "Fernley borough council's culture committee agreed on Tuesday that, from 1 September, "
            "the borough's libraries will no longer fine people for returning books late. Borrowers "
            "will still be charged for lost or damaged items. The fines bring in around £38,000 a "
            "year, less, the council says, than it costs to collect them. Committee chair "
            "Councillor Priya Shah said fines put off low-income families from using libraries and "
            "that some children had stopped borrowing because they owed money. She added that "
            "similar schemes elsewhere had led to more books being returned. About £61,000 in "
            "outstanding fines will be written off. Borrowers will still be charged for lost or "
            "damaged items."
        ),
        "errors": [
            {"type": "attribution", "text": "She added", "severity": "major",
             "ref_text": "Head librarian Tom Okafor said"},
            {"type": "repetition",
             "text": "Borrowers will still be charged for lost or damaged items.", "occ": 1,
             "severity": "minor", "ref_text": None},
        ],
        "traps": [
            {"text": "Committee chair Councillor Priya Shah",
             "ref_text": "Councillor Priya Shah, who chairs the committee"},
        ],
    },
    # ------------------------------------------------------------------ 21
    {
        "domain": "community pharmacy closure", "mode": "summary", "label": "consistent",
        "reference": (
            "Holloway's Pharmacy in the village of Eastwick will close on 30 November after 63 "
            "years, leaving the nearest pharmacy 11 miles away in Marlbury. Owner Janet Holloway, "
            "67, said she had been trying to sell the business for two years but no buyer had come "
            "forward, and that cuts in the fees paid for dispensing prescriptions had made it "
            "unviable. The pharmacy dispenses about 4,000 prescriptions a month, many for elderly "
            "patients. The local GP practice has applied to the health board for permission to "
            "dispense medicines itself, but a decision is not expected until the spring. In the "
            "meantime, the health board said it was arranging a weekly delivery service for "
            "patients who could not travel. Parish council chair Robert Ince described the closure "
            "as a blow to the village."
        ),
        "candidate": (
            "Holloway's Pharmacy in Eastwick, which dispenses about 4,000 prescriptions a month, "
            "will shut on 30 November after 63 years because owner Janet Holloway has found no "
            "buyer and says cuts to dispensing fees have made it unviable. The nearest pharmacy "
            "will then be 11 miles away in Marlbury. A bid by the local GP practice to dispense "
            "medicines itself is not expected to be decided until the spring; meanwhile, the health "
            "board is arranging a weekly delivery service for patients unable to travel."
        ),
        "errors": [],
        "traps": [
            {"text": "will shut", "ref_text": "will close"},
            {"text": "has found no buyer", "ref_text": "no buyer had come forward"},
            {"text": "cuts to dispensing fees",
             "ref_text": "cuts in the fees paid for dispensing prescriptions"},
            {"text": "A bid by the local GP practice",
             "ref_text": "The local GP practice has applied"},
            {"text": "patients unable to travel", "ref_text": "patients who could not travel"},
        ],
    },
    # ------------------------------------------------------------------ 22
    {
        "domain": "night bus route cut", "mode": "summary", "label": "inconsistent",
        "reference": (
            "Transit operator Metrolink Buses will withdraw the N14 night bus between Harbour "
            "Square and Kingsmead from 6 January, the company confirmed on Friday. The route, which "
            "runs every 30 minutes between midnight and 5am, carries an average of 210 passengers a "
            "night, down from 540 before the pandemic. Metrolink said the service was losing "
            "£400,000 a year and the city's transport authority had declined to subsidise it. "
            "Hospital and hotel workers who rely on the route to get to early shifts have started a "
            "petition, which has gathered 3,200 signatures. The N22, which partly covers the same "
            "route, will be extended to stop at Kingsmead, but will run only once an hour."
        ),
        "candidate": (
            "Metrolink Buses will scrap the N14 night bus between Harbour Square and Kingsmead from "
            "6 January, saying the half-hourly service loses £400,000 a year and the city's "
            "transport authority has refused to subsidise it. Passenger numbers have fallen to an "
            "average of 210 a night from 540 before the pandemic. A petition from hospital and hotel "
            "workers who use it to reach late shifts has 3,200 signatures. The hourly N22 will be "
            "extended to Harbour Square."
        ),
        "errors": [
            {"type": "date", "text": "late shifts", "severity": "minor",
             "ref_text": "early shifts"},
            {"type": "entity", "text": "Harbour Square", "occ": 1, "severity": "major",
             "ref_text": "Kingsmead"},
        ],
        "traps": [
            {"text": "half-hourly", "ref_text": "every 30 minutes"},
            {"text": "has refused to subsidise it", "ref_text": "had declined to subsidise it"},
        ],
    },
    # ------------------------------------------------------------------ 23
    {
        "domain": "horse racing doping case", "mode": "summary", "label": "consistent",
        "reference": (
            "Racehorse trainer Declan Farrow has been banned for three years after one of his horses "
            "tested positive for a prohibited painkiller, the Racing Integrity Board announced on "
            "Thursday. The horse, Silver Lantern, won a handicap race at Dunham Park on 4 May, but a "
            "post-race sample was found to contain flunixin, which is banned on race days. The "
            "board's disciplinary panel rejected Farrow's claim that the sample had been "
            "contaminated at the stables, finding no evidence to support it. Silver Lantern has been "
            "disqualified from the race and its owners must return prize money of £18,500. Farrow, "
            "who has trained more than 300 winners, said he was considering an appeal. His licence "
            "was suspended with immediate effect."
        ),
        "candidate": (
            "The Racing Integrity Board has handed trainer Declan Farrow a three-year ban, and his "
            "licence has been suspended with immediate effect, after Silver Lantern, a horse he "
            "trains, tested positive for the prohibited painkiller flunixin after winning a race at "
            "Dunham Park on 4 May. A disciplinary panel found nothing to back up his claim that the "
            "sample was contaminated at the stables. Silver Lantern has been disqualified and its "
            "owners must hand back £18,500 in prize money. Farrow is considering an appeal."
        ),
        "errors": [],
        "traps": [
            {"text": "handed trainer Declan Farrow a three-year ban",
             "ref_text": "trainer Declan Farrow has been banned for three years"},
            {"text": "a horse he trains", "ref_text": "one of his horses"},
            {"text": "found nothing to back up his claim",
             "ref_text": "finding no evidence to support it"},
            {"text": "hand back", "ref_text": "return"},
        ],
    },
    # ------------------------------------------------------------------ 24
    {
        "domain": "post office branch transfer", "mode": "summary", "label": "inconsistent",
        "reference": (
            "The post office counter in Brenton's high street will move into the Co-operative food "
            "store on Castle Road on 12 August, Postal Services Ltd has announced. The current "
            "branch, run for 26 years by sub-postmaster Alan Greaves, will close on 10 August when "
            "he retires. The new counter will be open seven days a week, for 70 hours in total, "
            "compared with 42 hours at the existing branch. Most services, including parcel "
            "collection, bill payments and banking, will be available, but passport checks will no "
            "longer be offered; customers will need to travel to Hatherton for them. A public "
            "consultation on the move runs until 4 July."
        ),
        "candidate": (
            "Brenton's post office counter will move from the Co-operative food store on Castle Road "
            "to the high street on 12 August, after sub-postmaster Alan Greaves retires. The new "
            "counter will open seven days a week, for 70 hours in total, up from 42, and offer most "
            "services but not passport checks, which will mean a trip to Hatherton. Consultation on the move "
            "closes on 4 July."
        ),
        "errors": [
            {"type": "role",
             "text": "from the Co-operative food store on Castle Road to the high street",
             "severity": "critical",
             "ref_text": "in Brenton's high street will move into the Co-operative food store on Castle Road"},
        ],
        "traps": [
            {"text": "closes on 4 July", "ref_text": "runs until 4 July"},
        ],
    },
    # ------------------------------------------------------------------ 25
    {
        "domain": "scaffolding collapse inquiry", "mode": "summary", "label": "consistent",
        "reference": (
            "An inquiry into the collapse of scaffolding at a building site in Pelham Street, "
            "Granford, has found that the structure had been overloaded with bricks and was missing "
            "14 of the ties that should have fixed it to the building. Two workers suffered broken "
            "bones when the 18-metre scaffold fell on 9 March last year; a pedestrian was treated "
            "for minor injuries. The report, published by the Workplace Safety Authority on Monday, "
            "said the scaffolding contractor, Apex Access, had not carried out the weekly "
            "inspections required by law. The main contractor, Harlow Build, was criticised for "
            "failing to check the inspection records. Both companies have been prosecuted and fined "
            "a total of £340,000. The authority said it would write to 500 scaffolding firms "
            "reminding them of their duties."
        ),
        "candidate": (
            "A Workplace Safety Authority inquiry has blamed last March's collapse of an 18-metre "
            "scaffold in Pelham Street, Granford, which left two workers with broken bones and a "
            "passer-by with minor injuries, on overloading with bricks and 14 missing ties. "
            "Scaffolding contractor Apex Access had skipped legally required weekly inspections, "
            "and main contractor Harlow Build had not checked the records. The two firms were "
            "prosecuted and fined £340,000 between them."
        ),
        "errors": [],
        "traps": [
            {"text": "last March's", "ref_text": "9 March last year"},
            {"text": "a passer-by", "ref_text": "a pedestrian"},
            {"text": "had skipped legally required weekly inspections",
             "ref_text": "had not carried out the weekly inspections required by law"},
            {"text": "had not checked the records", "ref_text": "failing to check the inspection records"},
            {"text": "£340,000 between them", "ref_text": "a total of £340,000"},
        ],
    },
    # ------------------------------------------------------------------ 26
    {
        "domain": "crematorium expansion", "mode": "summary", "label": "inconsistent",
        "reference": (
            "Plans to add a second chapel and a larger car park to Fairholme Crematorium have been "
            "approved by Linsworth council's planning committee. The crematorium, which opened in "
            "1987, currently holds about 1,700 services a year, and families often have to wait up "
            "to three weeks for a slot. The new chapel will seat 120 people and will allow the "
            "number of services to rise to around 2,600 a year. The car park will be extended from "
            "60 to 150 spaces. Some neighbours had objected to the plans, citing concerns about "
            "traffic on Orchard Lane, but the committee voted seven to two in favour. Construction is "
            "expected to begin in the new year and take 14 months."
        ),
        "candidate": (
            "Linsworth council's planning committee has voted seven to two to approve a second, "
            "120-seat chapel and a 150-space car park at Fairholme Crematorium, despite some "
            "neighbours' concerns about traffic on Orchard Lane. The expansion will raise capacity from about "
            "1,700 to around 2,600 services a year, cutting waiting times for families to a few "
            "days. Work is expected to start in the new year and last 14 months."
        ),
        "errors": [
            {"type": "addition", "text": "cutting waiting times for families to a few days",
             "severity": "major", "ref_text": None},
        ],
        "traps": [
            {"text": "voted seven to two to approve", "ref_text": "voted seven to two in favour"},
        ],
    },
    # ------------------------------------------------------------------ 27
    {
        "domain": "salmon farm lice outbreak", "mode": "summary", "label": "consistent",
        "reference": (
            "Fish farming company Nordlax Marine has culled around 180,000 salmon at its Loch Carran "
            "site after an outbreak of sea lice that treatments failed to control. The company said "
            "the cull, carried out over ten days in August, accounted for about 40% of the fish at "
            "the site. Inspectors from the regional fisheries agency visited the farm on 22 August "
            "and found lice levels more than three times the threshold at which treatment is "
            "required. Nordlax said it had used both chemical baths and 'cleaner fish' that eat "
            "lice, but the parasites had become resistant. Wild fish campaigners said the outbreak "
            "showed the site should be closed. The company said it would leave the site fallow for "
            "six months before restocking."
        ),
        "candidate": (
            "Nordlax Marine culled roughly two-fifths of the salmon at its Loch Carran farm, about "
            "180,000 fish, over ten days in August, after sea lice became resistant to chemical "
            "baths and lice-eating cleaner fish. Fisheries inspectors found lice at over three times "
            "the treatment threshold. Campaigners want the site shut; Nordlax plans to leave it "
            "empty for six months before restocking."
        ),
        "errors": [],
        "traps": [
            {"text": "roughly two-fifths", "ref_text": "about 40%"},
            {"text": "lice-eating cleaner fish", "ref_text": "'cleaner fish' that eat lice"},
            {"text": "over three times", "ref_text": "more than three times"},
            {"text": "shut", "ref_text": "closed"},
            {"text": "leave it empty", "ref_text": "leave the site fallow"},
        ],
    },
    # ------------------------------------------------------------------ 28
    {
        "domain": "mountain rescue call-outs", "mode": "summary", "label": "inconsistent",
        "reference": (
            "Volunteer mountain rescue teams in the Carrick Fells were called out 412 times last "
            "year, a record and 18% more than the year before, according to figures released by the "
            "Fells Rescue Association. More than half of the incidents involved walkers who were "
            "lost or had been caught out by darkness, and the association said many had been "
            "relying on mobile phone maps without a charged battery. Slips and falls accounted for a "
            "further 120 call-outs. Nine people died in the fells during the year, compared with 11 "
            "the previous year. The association's chair, Bryony Keld, said volunteers had given more "
            "than 30,000 hours of their time and urged walkers to carry a paper map, a torch and a "
            "spare power pack."
        ),
        "candidate": (
            "Mountain rescue teams in the Carrick Fells had a record 412 call-outs last year, up "
            "18%, the Fells Rescue Association said. Over half involved walkers who were lost or "
            "caught out by darkness, many relying on phone maps with flat batteries, and 120 more "
            "were slips and falls. Eleven people died. Chair Bryony Keld said volunteers gave over "
            "30,000 hours and urged walkers to carry a paper map, a torch and a spare power pack, "
            "many relying on phone maps with flat batteries."
        ),
        "errors": [
            {"type": "number", "text": "Eleven", "severity": "major", "ref_text": "Nine"},
            {"type": "repetition", "text": "many relying on phone maps with flat batteries",
             "occ": 1, "severity": "minor", "ref_text": None},
        ],
        "traps": [
            {"text": "phone maps with flat batteries",
             "ref_text": "mobile phone maps without a charged battery"},
        ],
    },
    # ------------------------------------------------------------------ 29
    {
        "domain": "nursing home inspection", "mode": "summary", "label": "consistent",
        "reference": (
            "Larchmont House, a 64-bed nursing home in Widdington, has been rated 'inadequate' by "
            "the Care Standards Inspectorate and placed in special measures. Inspectors who made an "
            "unannounced visit in September found that medicines were not always given at the right "
            "times, that staffing levels at night were too low, and that call bells in some rooms "
            "were out of reach of residents. They also found that care plans for 11 residents had "
            "not been updated for more than six months. The home's owner, Beaumont Care Group, said "
            "it had already recruited a new manager and six additional night staff. The "
            "inspectorate will return within six months and could cancel the home's registration if "
            "it does not improve."
        ),
        "candidate": (
            "The Care Standards Inspectorate has rated Widdington nursing home Larchmont House "
            "'inadequate' and put it into special measures after a surprise September visit found "
            "medicines sometimes given at the wrong times, too few night staff, call bells residents "
            "could not reach in some rooms and 11 care plans more than six months out of date. Owner "
            "Beaumont Care Group says it has already hired a new manager and six more night staff. "
            "Inspectors will be back within six months and may deregister the home if it has not "
            "improved."
        ),
        "errors": [],
        "traps": [
            {"text": "a surprise September visit", "ref_text": "an unannounced visit in September"},
            {"text": "too few night staff", "ref_text": "staffing levels at night were too low"},
            {"text": "hired", "ref_text": "recruited"},
            {"text": "Inspectors will be back within six months",
             "ref_text": "The inspectorate will return within six months"},
            {"text": "may deregister the home", "ref_text": "could cancel the home's registration"},
        ],
    },
    # ------------------------------------------------------------------ 30
    {
        "domain": "dog licence reintroduction", "mode": "summary", "label": "inconsistent",
        "reference": (
            "The Ardmore island council is considering bringing back dog licences, abolished on the "
            "island in 1988, in an attempt to tackle dog fouling and straying. Under proposals to be "
            "discussed at a council meeting on 3 June, owners would pay £25 a year per dog, with a "
            "reduced fee of £10 for pensioners and guide dogs exempt. The money, estimated at "
            "£90,000 a year, would pay for two additional dog wardens. Councillor Fiona Brae, who "
            "drew up the proposals, said complaints about fouling had doubled in five years. The "
            "island's kennel club said responsible owners would be penalised for the behaviour of a "
            "minority and called for stronger enforcement of existing rules instead."
        ),
        "candidate": (
            "Ardmore island council will bring back dog licences, scrapped in 1988, to tackle "
            "fouling and straying, with owners paying £25 a year per dog (£10 for pensioners, guide "
            "dogs exempt) to fund two more dog wardens. Councillor Fiona Brae, who drew up the "
            "plans, says fouling complaints have doubled in five years; the island's kennel club "
            "argues responsible owners would be penalised for a minority."
        ),
        "errors": [
            {"type": "modality", "text": "will bring back dog licences", "severity": "critical",
             "ref_text": "is considering bringing back dog licences"},
        ],
        "traps": [
            {"text": "scrapped in 1988", "ref_text": "abolished on the island in 1988"},
            {"text": "two more dog wardens", "ref_text": "two additional dog wardens"},
        ],
    },
    # ------------------------------------------------------------------ 31
    {
        "domain": "waterway lock closure", "mode": "translation", "label": "consistent",
        "reference": (
            "The Vaudrel lock on the Serrac canal will be closed to boats from 2 November until the "
            "end of March so that its wooden gates, installed in 1961, can be replaced, the "
            "waterways authority Hydrovia Est announced on Wednesday. The work, costing €3.8 "
            "million, will also include repairs to the lock walls. During the closure, around 40 "
            "commercial barges a week that normally use the canal will have to take a detour of "
            "about 65 kilometres via the river Lenne. The authority said it had chosen the winter "
            "months because leisure traffic was at its lowest. A footbridge over the lock will stay "
            "open to pedestrians and cyclists throughout the works."
        ),
        "candidate": (
            "Boats will be unable to pass through the Vaudrel lock on the Serrac canal between 2 "
            "November and the end of March while its timber gates, which date from 1961, are "
            "replaced, according to an announcement made on Wednesday by the waterways body Hydrovia "
            "Est. The €3.8m project also covers repairs to the walls of the lock. While it is shut, "
            "the roughly 40 commercial barges that normally use the canal each week will be forced "
            "to make a detour of some 65km via the river Lenne. Hydrovia Est explained that it had "
            "opted for winter because that is when leisure boating is at its quietest. Pedestrians "
            "and cyclists will be able to use the footbridge over the lock for the whole duration of "
            "the works."
        ),
        "errors": [],
        "traps": [
            {"text": "between 2 November and the end of March",
             "ref_text": "from 2 November until the end of March"},
            {"text": "which date from 1961", "ref_text": "installed in 1961"},
            {"text": "€3.8m", "ref_text": "€3.8 million"},
            {"text": "some 65km", "ref_text": "about 65 kilometres"},
            {"text": "for the whole duration of the works", "ref_text": "throughout the works"},
        ],
    },
    # ------------------------------------------------------------------ 32
    {
        "domain": "forestry carbon credit sale", "mode": "translation", "label": "inconsistent",
        "reference": (
            "The state forestry company Skogvik has sold carbon credits worth 42 million kronor to "
            "the shipping group Nordhav, in the largest such deal in the country to date. The "
            "credits correspond to 310,000 tonnes of carbon dioxide that are expected to be absorbed "
            "over 30 years by new forest planted on 2,800 hectares of former pasture in the north of "
            "the country. Under the contract, Nordhav is not permitted to sell the credits on to "
            "third parties. Skogvik's director, Ingrid Halvorsen, said the income would be used to "
            "plant a further 1,000 hectares. Environmental groups criticised the sale, arguing that "
            "Nordhav should cut its own emissions rather than buying credits. Nordhav said the "
            "purchase was not a substitute for reducing emissions and that it remained committed to "
            "halving them by 2035."
        ),
        "candidate": (
            "Nordhav, a shipping group, has bought carbon credits worth 42 million kronor from the "
            "state-owned forestry company Skogvik, the biggest transaction of its kind in the "
            "country so far. The credits represent 310,000 tonnes of CO2 that new forest on 2,800 "
            "hectares of former grazing land in the country's north is expected to absorb over three "
            "decades. The agreement permits Nordhav to sell the credits on to other parties. "
            "According to Skogvik director Ingrid Halvorsen, the proceeds will go towards planting "
            "another 1,000 hectares. Environmental organisations were critical of the deal, saying "
            "Nordhav ought to reduce its own emissions instead of purchasing credits. Nordhav "
            "replied that the purchase did not replace emission cuts and that it was still committed "
            "to halving its emissions by 2035."
        ),
        "errors": [
            {"type": "polarity", "text": "permits Nordhav to sell the credits on", "severity": "major",
             "ref_text": "is not permitted to sell the credits on"},
        ],
        "traps": [
            {"text": "CO2", "ref_text": "carbon dioxide"},
            {"text": "over three decades", "ref_text": "over 30 years"},
            {"text": "former grazing land", "ref_text": "former pasture"},
        ],
    },
    # ------------------------------------------------------------------ 33
    {
        "domain": "film studio tax credit", "mode": "translation", "label": "consistent",
        "reference": (
            "The government has approved a tax credit of up to 30% for international film and "
            "television productions shot at studios in the country, the culture ministry said on "
            "Tuesday. To qualify, productions must spend at least €2 million locally and employ a "
            "minimum of 50 local crew members. The measure, which will come into force on 1 "
            "January, is intended to attract projects that currently go to neighbouring countries "
            "with more generous incentives. The Alcaria Studios complex near the capital, which has "
            "four sound stages, welcomed the decision, saying it had lost three major productions in "
            "the past two years. The ministry estimates the credit will cost the treasury €45 "
            "million a year."
        ),
        "candidate": (
            "On Tuesday the culture ministry announced that the government had given the green "
            "light to a tax credit of as much as 30% for foreign film and TV productions made in the "
            "country's studios. Productions will be eligible only if they spend no less than €2m in "
            "the country and hire at least 50 local crew. The credit takes effect on 1 January and "
            "aims to draw in projects that currently end up in neighbouring countries where "
            "incentives are more generous. Alcaria Studios, a four-stage complex close to the "
            "capital, welcomed the move, noting that it had missed out on three big productions "
            "over the last two years. According to ministry estimates, the treasury will forgo €45m a "
            "year as a result."
        ),
        "errors": [],
        "traps": [
            {"text": "given the green light to", "ref_text": "approved"},
            {"text": "as much as 30%", "ref_text": "up to 30%"},
            {"text": "no less than €2m", "ref_text": "at least €2 million"},
            {"text": "a four-stage complex", "ref_text": "which has four sound stages"},
            {"text": "the treasury will forgo €45m a year",
             "ref_text": "cost the treasury €45 million a year"},
        ],
    },
    # ------------------------------------------------------------------ 34
    {
        "domain": "tidal lagoon proposal", "mode": "translation", "label": "inconsistent",
        "reference": (
            "A consortium led by the energy company Maréval has submitted plans for a tidal lagoon "
            "in the bay of Saint-Oran that could generate 320 megawatts, enough to supply around "
            "250,000 homes. The project would involve building a 9-kilometre sea wall with 16 "
            "turbines and would cost an estimated €2.1 billion. The regional council's president, "
            "Yves Cadoret, called the plan 'an opportunity we cannot miss'. However, the fishermen's "
            "committee of Saint-Oran warned that the wall would destroy shellfish beds that support "
            "some 200 jobs, and the national bird protection league said the bay was an important "
            "feeding ground for migrating waders. A public inquiry is expected to open next year."
        ),
        "candidate": (
            "Plans for a tidal lagoon in Saint-Oran bay, able to produce 320 MW, or the consumption "
            "of about 250,000 households, have been filed by a consortium headed by energy firm "
            "Maréval. The scheme, estimated at €2.1bn, would entail a sea wall 9km long fitted with "
            "16 turbines. Yves Cadoret, who presides over the regional council, described it as 'a "
            "chance we must not let slip'. The Saint-Oran fishermen's committee, for its part, "
            "cautioned that the wall would wipe out shellfish beds on which some 200 jobs depend, "
            "adding that the bay was a key feeding area for migrating wading birds. A public inquiry "
            "should open next year."
        ),
        "errors": [
            {"type": "attribution", "text": "adding", "severity": "major",
             "ref_text": "the national bird protection league said"},
        ],
        "traps": [
            {"text": "€2.1bn", "ref_text": "€2.1 billion"},
            {"text": "described it as 'a chance we must not let slip'",
             "ref_text": "called the plan 'an opportunity we cannot miss'"},
            {"text": "should open next year", "ref_text": "is expected to open next year"},
        ],
    },
    # ------------------------------------------------------------------ 35
    {
        "domain": "vaccine fridge failure", "mode": "translation", "label": "consistent",
        "reference": (
            "Around 2,400 doses of vaccine had to be destroyed at the health centre in Castelvarro "
            "after a refrigerator broke down over the weekend, the local health authority said on "
            "Monday. Staff discovered the fault on Monday morning, when the temperature inside the "
            "unit had risen to 14 degrees, well above the 2 to 8 degrees required. The doses, mainly "
            "childhood and flu vaccines, were worth an estimated €37,000. The authority said the "
            "fridge's alarm had failed to send a warning because of a fault in the telephone line. "
            "About 300 vaccination appointments planned for this week have been postponed; parents "
            "will be contacted to rearrange them. An internal investigation has been opened."
        ),
        "candidate": (
            "The local health authority reported on Monday that some 2,400 vaccine doses at the "
            "Castelvarro health centre had had to be discarded because a fridge stopped working "
            "during the weekend. The breakdown was noticed by staff on Monday morning, by which time "
            "the temperature inside had climbed to 14°C, far higher than the required range of 2 to "
            "8°C. Most of the doses were childhood and influenza vaccines, with an estimated value of "
            "€37,000. A fault on the telephone line meant that the refrigerator's alarm never sent "
            "out a warning, the authority explained. Roughly 300 vaccination appointments for this "
            "week have been put back, and parents will be contacted to arrange new dates. An "
            "internal inquiry is under way."
        ),
        "errors": [],
        "traps": [
            {"text": "some 2,400 vaccine doses", "ref_text": "Around 2,400 doses of vaccine"},
            {"text": "14°C", "ref_text": "14 degrees"},
            {"text": "far higher than", "ref_text": "well above"},
            {"text": "influenza", "ref_text": "flu"},
            {"text": "put back", "ref_text": "postponed"},
        ],
    },
    # ------------------------------------------------------------------ 36
    {
        "domain": "mobile library withdrawal", "mode": "translation", "label": "inconsistent",
        "reference": (
            "The district of Oberhalden will withdraw its mobile library at the end of June, ending "
            "a service that has visited 34 villages every two weeks since 1979. The district council "
            "voted 21 to 17 for the cut, which will save about €95,000 a year. The bus, which "
            "carries some 3,500 books, is used mainly by elderly residents and primary schools. "
            "Instead, the district plans to set up book-exchange cabinets in village halls and to "
            "offer a home delivery service for residents over 75 who are unable to travel to the "
            "library in Halden. The driver, who has run the service for 22 years, will be offered "
            "another post in the council."
        ),
        "candidate": (
            "At the end of June, Oberhalden district will scrap its mobile library, bringing to an "
            "end a service that has called at 34 villages once a fortnight since 1979. District "
            "councillors backed the cut by 21 votes to 17; it will save roughly €95,000 annually. "
            "The bus holds around 3,500 books and its users are mostly older residents and primary "
            "schools. In its place, the district intends to install book-swap cabinets in village "
            "halls and to provide home delivery for residents who cannot make the journey to the "
            "library in Halden. The driver, at the wheel of the service for 22 years, will be "
            "offered a different job with the council."
        ),
        "errors": [
            {"type": "omission", "after": "home delivery for residents", "severity": "major",
             "ref_text": "over 75"},
        ],
        "traps": [
            {"text": "once a fortnight", "ref_text": "every two weeks"},
            {"text": "by 21 votes to 17", "ref_text": "voted 21 to 17"},
        ],
    },
    # ------------------------------------------------------------------ 37
    {
        "domain": "solar farm on farmland", "mode": "translation", "label": "consistent",
        "reference": (
            "The provincial government has rejected a plan to build a 90-hectare solar farm on "
            "agricultural land near the village of Westerbroek, ruling that it would take too much "
            "productive farmland out of use. The developer, SunVeld Energie, had said the park would "
            "produce enough electricity for around 22,000 households. The province said solar panels "
            "should first be placed on roofs, car parks and former industrial sites, in line with "
            "its policy adopted in 2020. Local farmers, who had collected more than 1,200 signatures "
            "against the plan, welcomed the decision. SunVeld said it was disappointed and would "
            "study the ruling before deciding whether to go to court. It has six weeks to lodge an "
            "appeal."
        ),
        "candidate": (
            "A proposal for a 90-hectare solar park on farmland close to the village of Westerbroek "
            "has been turned down by the provincial government, which concluded that too much "
            "productive agricultural land would be lost. According to developer SunVeld Energie, "
            "the installation would have generated enough power for roughly 22,000 households. "
            "Under a policy it adopted in 2020, the province wants rooftops, car parks and old "
            "industrial sites to be used for solar panels first. The decision was welcomed by local "
            "farmers, who had gathered over 1,200 signatures opposing the plan. SunVeld expressed "
            "disappointment and said it would examine the ruling before deciding on any legal "
            "action. The company has six weeks in which to appeal."
        ),
        "errors": [],
        "traps": [
            {"text": "has been turned down by the provincial government",
             "ref_text": "The provincial government has rejected"},
            {"text": "old industrial sites", "ref_text": "former industrial sites"},
            {"text": "over 1,200 signatures", "ref_text": "more than 1,200 signatures"},
            {"text": "deciding on any legal action", "ref_text": "deciding whether to go to court"},
        ],
    },
    # ------------------------------------------------------------------ 38
    {
        "domain": "canal boat mooring fees", "mode": "translation", "label": "inconsistent",
        "reference": (
            "The city of Lindemark will raise mooring fees for houseboats on its canals by 25% from "
            "January, the municipal council decided on Thursday. Owners of the city's roughly 650 "
            "houseboats currently pay an average of €1,800 a year. The council said the extra income "
            "would pay for dredging and for repairs to quay walls, several of which have partially "
            "collapsed in recent years. Houseboat owners' association Woonboot Lindemark said the "
            "increase was excessive and announced that it would challenge the decision in court. "
            "The council also decided not to issue any new mooring permits for the next five years. "
            "Owners on low incomes will be able to apply for a reduction."
        ),
        "candidate": (
            "On Thursday the Lindemark municipal council decided to increase mooring charges for "
            "houseboats on the city's canals by a quarter as of January. At present, the owners of "
            "the approximately 650 houseboats in the city pay €1,800 a year on average. The "
            "additional revenue will be used for dredging and for repairing quay walls, several of "
            "which have been partly demolished in recent years, the council said. Woonboot "
            "Lindemark, the association representing houseboat owners, called the rise excessive "
            "and said it would take the decision to court. The council further resolved to grant no "
            "new mooring permits for the coming five years. Owners with low incomes will not be "
            "eligible for a reduction."
        ),
        "errors": [
            {"type": "event", "text": "have been partly demolished", "severity": "major",
             "ref_text": "have partially collapsed"},
            {"type": "polarity", "text": "will not be eligible for a reduction", "severity": "major",
             "ref_text": "will be able to apply for a reduction"},
        ],
        "traps": [
            {"text": "by a quarter", "ref_text": "by 25%"},
            {"text": "grant no new mooring permits", "ref_text": "not to issue any new mooring permits"},
        ],
    },
    # ------------------------------------------------------------------ 39
    {
        "domain": "pension fund divestment vote", "mode": "translation", "label": "consistent",
        "reference": (
            "Members of Fjellpensjon, the pension fund for municipal employees, have voted to sell "
            "the fund's holdings in oil and gas companies within three years. The proposal was "
            "backed by 61% of the members who took part in the ballot, on a turnout of 38%. The "
            "fund, which manages assets of about 190 billion kroner, has around 8 billion kroner "
            "invested in fossil fuel producers. The board had recommended voting against the "
            "proposal, arguing that engagement with the companies would have more effect than "
            "selling the shares. Board chair Sigrid Aasen said the board would respect the result "
            "and present a plan for the sale by the end of the year."
        ),
        "candidate": (
            "The members of Fjellpensjon, which runs pensions for local government workers, have "
            "voted for the fund to dispose of its shares in oil and gas companies within three "
            "years. Of the members who cast a ballot, 61% supported the proposal; 38% of those "
            "eligible voted. Around 8 billion of the roughly 190 billion kroner the fund manages is "
            "invested in fossil fuel producers. The board had advised members to reject the "
            "proposal, on the grounds that engaging with the companies would achieve more than "
            "selling the shares. Its chair, Sigrid Aasen, said the board would abide by the result "
            "and put forward a plan for the sale by the end of the year."
        ),
        "errors": [],
        "traps": [
            {"text": "local government workers", "ref_text": "municipal employees"},
            {"text": "38% of those eligible voted", "ref_text": "on a turnout of 38%"},
            {"text": "advised members to reject the proposal",
             "ref_text": "recommended voting against the proposal"},
            {"text": "abide by", "ref_text": "respect"},
            {"text": "put forward a plan", "ref_text": "present a plan"},
        ],
    },
    # ------------------------------------------------------------------ 40
    {
        "domain": "telescope funding renewal", "mode": "translation", "label": "inconsistent",
        "reference": (
            "The national research agency has renewed funding for the Pico Alcor observatory for a "
            "further five years, securing the future of its 4.2-metre telescope, the agency "
            "announced on Friday. The agreement provides €28 million, slightly less than the €30 "
            "million of the previous period, and will be shared between the agency and the regional "
            "government of Torrenueva. The observatory's director, Lucía Ferrán, said the money "
            "would pay for a new spectrograph and would allow 45 scientists and technicians to keep "
            "their jobs. Last year the observatory had warned that it might have to close the "
            "telescope if funding was not renewed. Astronomers from 14 countries use the facility "
            "each year."
        ),
        "candidate": (
            "On Friday the national research agency announced that it had renewed its financing of "
            "the Pico Alcor observatory for five more years, which secures the future of the "
            "observatory's 4.2-metre telescope. The new agreement is worth €28m, a little below the "
            "€30m allocated for the previous period, and its cost will be split between the agency "
            "and Torrenueva city council. Lucía Ferrán, who directs the observatory, said the funds "
            "would go on a new spectrograph and would mean that 45 scientists and technicians can "
            "keep their jobs. Last year the observatory had cautioned that the telescope might be "
            "forced to shut if the funding was not renewed. Every year, astronomers from 14 "
            "countries make use of the facility."
        ),
        "errors": [
            {"type": "entity", "text": "Torrenueva city council", "severity": "major",
             "ref_text": "the regional government of Torrenueva"},
        ],
        "traps": [
            {"text": "a little below the €30m", "ref_text": "slightly less than the €30 million"},
            {"text": "five more years", "ref_text": "a further five years"},
        ],
    },
]


# ---------------------------------------------------------------------------
# Building and validation
# ---------------------------------------------------------------------------

class SetError(Exception):
    pass


def nth_find(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def locate(cand, text, occ, where):
    pos = nth_find(cand, text, occ)
    if pos < 0:
        raise SetError(f"{where}: {text!r} (occurrence {occ}) not found in candidate")
    return pos


def cuts_word(s, pos):
    """True if position pos lies strictly inside a word of s."""
    return 0 < pos < len(s) and s[pos - 1].isalnum() and s[pos].isalnum()


def build_record(idx, case):
    rid = f"s105-{idx:03d}"
    cand, ref = case["candidate"], case["reference"]
    errors, traps = [], []
    for e in case["errors"]:
        occ = e.get("occ", 0)
        if e["type"] == "omission":
            if "after" in e:
                start = locate(cand, e["after"], occ, rid) + len(e["after"])
            else:
                start = locate(cand, e["before"], occ, rid)
            end, text = start, ""
        else:
            start = locate(cand, e["text"], occ, rid)
            end, text = start + len(e["text"]), e["text"]
        errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
    for t in case["traps"]:
        start = locate(cand, t["text"], t.get("occ", 0), rid)
        traps.append({"start": start, "end": start + len(t["text"]), "text": t["text"],
                      "ref_text": t["ref_text"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": case["domain"], "mode": case["mode"],
            "reference": ref, "candidate": cand, "label": case["label"],
            "errors": errors, "traps": traps}


def validate_record(r):
    rid, cand, ref, mode = r["id"], r["candidate"], r["reference"], r["mode"]
    problems = []
    nref = len(ref.split())
    if not 70 <= nref <= 190:
        problems.append(f"reference has {nref} words")
    if mode not in ("rewrite", "summary", "translation"):
        problems.append(f"bad mode {mode}")
    if mode == "summary" and not (len(cand) < len(ref) and len(cand.split()) < nref):
        problems.append("summary not shorter than reference")
    if r["label"] == "consistent" and r["errors"]:
        problems.append("consistent pair with errors")
    if r["label"] == "inconsistent" and not r["errors"]:
        problems.append("inconsistent pair without errors")
    if r["label"] not in ("consistent", "inconsistent"):
        problems.append("bad label")
    ntr = len(r["traps"])
    if r["label"] == "consistent" and not 3 <= ntr <= 5:
        problems.append(f"consistent pair has {ntr} traps")
    if r["label"] == "inconsistent" and not 0 <= ntr <= 3:
        problems.append(f"inconsistent pair has {ntr} traps")
    if mode == "translation":
        ratio = difflib.SequenceMatcher(None, ref.split(), cand.split(), autojunk=False).ratio()
        if ratio > 0.6:
            problems.append(f"translation wording too close to reference ({ratio:.2f})")
    for s in (ref, cand):
        if "  " in s or s != s.strip():
            problems.append("stray whitespace in text")

    spans = []
    for e in r["errors"]:
        st, en, tx = e["start"], e["end"], e["text"]
        if e["type"] not in ERROR_TYPES:
            problems.append(f"bad error type {e['type']}")
        if e["severity"] not in SEVERITIES:
            problems.append(f"bad severity {e['severity']}")
        if cand[st:en] != tx:
            problems.append(f"error text mismatch at {st}:{en}")
        if e["type"] == "omission":
            if mode == "summary":
                problems.append("omission in summary")
            if st != en or tx != "":
                problems.append("omission must be zero-width with empty text")
            if not e["ref_text"] or e["ref_text"] not in ref:
                problems.append(f"omission ref_text not in reference: {e['ref_text']!r}")
            elif e["ref_text"].lower() in cand.lower():
                problems.append(f"omitted words present in candidate: {e['ref_text']!r}")
            if cuts_word(cand, st):
                problems.append("omission point inside a word")
        else:
            if not tx or tx != tx.strip() or en <= st:
                problems.append(f"bad error span {tx!r}")
            if cuts_word(cand, st) or cuts_word(cand, en):
                problems.append(f"error span cuts a word: {tx!r}")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    problems.append(f"{e['type']} must have ref_text null")
                if e["type"] == "repetition" and tx not in cand[:st]:
                    problems.append(f"repetition has no earlier copy: {tx!r}")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    problems.append(f"error ref_text not in reference: {e['ref_text']!r}")
                if e["ref_text"] == tx:
                    problems.append(f"error text equals ref_text: {tx!r}")
        spans.append((st, en, tx))
    for t in r["traps"]:
        st, en, tx = t["start"], t["end"], t["text"]
        if cand[st:en] != tx or not tx or tx != tx.strip():
            problems.append(f"trap text mismatch {tx!r}")
        if cuts_word(cand, st) or cuts_word(cand, en):
            problems.append(f"trap span cuts a word: {tx!r}")
        if not t["ref_text"] or t["ref_text"] not in ref:
            problems.append(f"trap ref_text not in reference: {t['ref_text']!r}")
        if t["ref_text"] == tx:
            problems.append(f"trap text equals ref_text: {tx!r}")
        spans.append((st, en, tx))
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:  # zero-width point vs span
                p, s = (a, b) if a[0] == a[1] else (b, a)
                if s[0] < p[0] < s[1]:
                    problems.append(f"omission point inside span {s[2]!r}")
            elif a[0] < b[1] and b[0] < a[1]:
                problems.append(f"overlapping spans {a[2]!r} / {b[2]!r}")
    return [f"{rid}: {p}" for p in problems]


def validate_set(records):
    problems = []
    for r in records:
        problems += validate_record(r)
    n = len(records)
    if n != 40:
        problems.append(f"expected 40 pairs, got {n}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != n:
        problems.append("duplicate ids")
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != 40:
        problems.append("domains do not match the 40-domain list one-to-one")
    dom_file = os.path.join(HERE, "domains.txt")
    if os.path.exists(dom_file):
        with open(dom_file, encoding="utf-8") as fh:
            listed = [ln.strip() for ln in fh if ln.strip()]
        if sorted(listed) != sorted(DOMAINS):
            problems.append("DOMAINS differs from domains.txt")
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    for key, cnt in want.items():
        got = sum(1 for r in records if (r["mode"], r["label"]) == key)
        if got != cnt:
            problems.append(f"{key}: want {cnt} pairs, got {got}")
    errs = [e for r in records for e in r["errors"]]
    if len(errs) != 30:
        problems.append(f"expected 30 errors, got {len(errs)}")
    for t in ERROR_TYPES:
        c = sum(1 for e in errs if e["type"] == t)
        if c < 2:
            problems.append(f"error type {t} has only {c}")
    per_pair = [len(r["errors"]) for r in records if r["label"] == "inconsistent"]
    if sum(1 for k in per_pair if k in (1, 2)) < len(per_pair) * 0.75:
        problems.append("most inconsistent pairs should have 1-2 errors")
    return problems


def summary_lines(records):
    from collections import Counter
    errs = [e for r in records for e in r["errors"]]
    lines = [
        f"pairs: {len(records)}",
        "labels: " + str(dict(Counter(r["label"] for r in records))),
        "modes x labels: " + str(dict(Counter((r["mode"], r["label"]) for r in records))),
        f"errors: {len(errs)}",
        "error types: " + str(dict(Counter(e["type"] for e in errs))),
        "severities: " + str(dict(Counter(e["severity"] for e in errs))),
        "errors per inconsistent pair: "
        + str(dict(Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent"))),
        f"traps: {sum(len(r['traps']) for r in records)} "
        f"(consistent {sum(len(r['traps']) for r in records if r['label'] == 'consistent')}, "
        f"inconsistent {sum(len(r['traps']) for r in records if r['label'] == 'inconsistent')})",
        "reference words: min {} max {}".format(
            min(len(r["reference"].split()) for r in records),
            max(len(r["reference"].split()) for r in records)),
    ]
    return lines


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = [build_record(i + 1, c) for i, c in enumerate(CASES)]
    except SetError as exc:
        print("BUILD FAILED:", exc, file=sys.stderr)
        return 1
    problems = validate_set(records)
    if problems:
        print("VALIDATION FAILED:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("OK (check only, nothing written)")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"OK wrote {len(records)} records to {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
