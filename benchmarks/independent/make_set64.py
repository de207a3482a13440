#!/usr/bin/env python3
"""Held-out evaluation set 64 for a reference-vs-candidate fact-comparison tool.

How it was made: every pair below was hand-written, as Python data, by a helper
that saw no code or data of the project, working only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries appear only as background). Character offsets are never typed by
hand: they are computed here by string search (with an occurrence index where
a quoted text repeats) and the whole set is validated before it is written.

Composition (40 pairs, one domain each):
  - modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  - labels: 20 consistent, 20 inconsistent
  - 30 errors over eleven types: entity 3, number 5, date 3, role 3,
    polarity 3, modality 3, attribution 2, event 2, omission 2, addition 2,
    repetition 2; inconsistent pairs carry 1 or 2 errors (10 each)
  - each consistent pair carries 3-5 traps (faithful rewordings), each
    inconsistent pair 0-3
  - references 70-190 words, news/agency/corporate/official register;
    translation pairs are two independent English renderings of one
    non-English story.

Usage: python3 make_set64.py          validate and write set64.jsonl
       python3 make_set64.py --check  validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set64.jsonl")
SET_ID = "s64"

DOMAINS = [
    "coral nurseries", "sea urchin culls", "starfish surveys", "shrimp trawlers",
    "squid fishing", "octopus farms", "sardine canneries", "anchovy quotas",
    "dolphin rescues", "manatee zones", "sea turtle nests", "wave pools",
    "open water swims", "channel swimmers", "white water rafting",
    "base jumping bans", "wingsuit flights", "zorbing", "lantern festivals",
    "paper kites", "origami exhibitions", "ink stone carving",
    "tea ceremony schools", "bonsai nurseries", "koi ponds", "rickshaw licences",
    "tuk tuk fleets", "haunted house attractions", "murder mystery dinners",
    "escape artists", "tightrope walkers", "human cannonballs", "lion tamers",
    "flea circuses", "street piano", "choir festivals", "ceilidh bands",
    "folk fiddlers", "steel pans", "didgeridoo",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, type_, severity, ref_text, occ=None):
    """An error span in the candidate; occ = occurrence index if text repeats."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(severity, ref_text, before=None, after=None, occ=None):
    """An omission: zero-width point just before `before` or just after `after`."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "before": before, "after": after, "occ": occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording in the candidate of `ref_text` in the reference."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- cases 1-10

C("coral nurseries", "rewrite", "consistent",
  "The Marova Reef Trust said on Monday that it had transplanted 4,200 coral fragments from its offshore "
  "nurseries to degraded sections of the Pellan Bank during the first half of the year, roughly double the "
  "number moved over the same period last year. The trust's science director, Ilse Quarrington, said survival "
  "rates at the new sites averaged 78 per cent after three months, although she cautioned that a marine "
  "heatwave forecast for late summer could reverse some of the gains. The programme, which is funded by a levy "
  "on dive operators, employs 14 full-time staff and relies on around 60 volunteer divers. The trust plans to "
  "open a third nursery near Cape Dorrel next spring, subject to approval from the regional fisheries authority.",
  "Some 4,200 coral fragments were moved from the Marova Reef Trust's offshore nurseries to damaged parts of the "
  "Pellan Bank in the first six months of the year, about twice as many as in the same period a year earlier, "
  "the trust said on Monday. Survival at the new sites averaged 78% after three months, according to science "
  "director Ilse Quarrington, who warned that some of the gains could be undone by a marine heatwave expected in "
  "late summer. Funded through a levy on dive operators, the programme has 14 full-time employees and depends on "
  "about 60 volunteer divers. A third nursery, near Cape Dorrel, is planned for next spring if the regional "
  "fisheries authority approves it.",
  traps=[
      T("the first six months of the year", "the first half of the year"),
      T("about twice as many", "roughly double the number"),
      T("78%", "78 per cent"),
      T("some of the gains could be undone", "could reverse some of the gains"),
      T("if the regional fisheries authority approves it",
        "subject to approval from the regional fisheries authority"),
  ])

C("sea urchin culls", "rewrite", "inconsistent",
  "Divers contracted by the Hollin Sound Marine Council removed an estimated 310,000 purple sea urchins from kelp "
  "beds off Tarrick Point between March and June, the council said in its quarterly report. The cull, the largest "
  "since the programme began in 2019, cost 540,000 dollars and was paid for jointly by the council and two local "
  "abalone cooperatives. Urchin numbers have exploded as warmer water wiped out the sunflower starfish that once "
  "kept them in check, leaving large areas of seabed stripped of kelp. Council ecologist Marten Abbery said early "
  "monitoring showed kelp regrowth on about a third of the cleared sites, but warned that without follow-up dives "
  "the urchins were likely to return within two years. The council will decide in September whether to extend "
  "the contract.",
  "An estimated 310,000 purple sea urchins were cleared from kelp beds off Tarrick Point between March and June "
  "by divers working for the Hollin Sound Marine Council, according to the council's quarterly report. The cull, "
  "the biggest since the programme started in 2019, cost $450,000, with the bill split between the council and "
  "two local abalone cooperatives. The urchin population has surged since warmer waters killed off the sunflower "
  "starfish that used to control it, leaving wide stretches of seabed bare of kelp. Early monitoring shows kelp "
  "growing back on about a third of the cleared sites, council ecologist Marten Abbery said, but he warned that "
  "the urchins were likely to return within two years. A decision on extending the contract is due in September.",
  errors=[
      E("$450,000", "number", "major", "540,000 dollars"),
      OM("major", "without follow-up dives", before="the urchins were likely"),
  ],
  traps=[
      T("the biggest since the programme started in 2019", "the largest since the programme began in 2019"),
      T("with the bill split between", "was paid for jointly by"),
  ])

C("starfish surveys", "rewrite", "consistent",
  "Volunteers taking part in the annual Greywater Coast starfish survey counted 18,650 sea stars across 42 "
  "intertidal sites last weekend, a 12 per cent increase on the 2023 tally, organisers said. The survey, "
  "coordinated by the Kestrel Bay Aquarium, found the strongest recovery among ochre stars, which were almost "
  "absent from the northern sites five years ago after an outbreak of wasting disease. Survey lead Danuta Ferrow "
  "said the figures were encouraging but should be treated with caution because this year's low spring tides "
  "exposed more of the shore than usual. More than 300 people took part, including pupils from nine schools. The "
  "full results will be published in November and shared with the state wildlife department.",
  "Organisers of the yearly Greywater Coast starfish survey said volunteers recorded 18,650 sea stars at 42 "
  "intertidal sites last weekend, up 12% from the 2023 count. Ochre stars, which had all but disappeared from the "
  "northern sites five years ago following a wasting disease outbreak, showed the strongest recovery, according "
  "to the survey, which is run by the Kestrel Bay Aquarium. While the numbers were encouraging, survey lead Danuta "
  "Ferrow said, they should be read with care since unusually low spring tides this year left more of the shore "
  "exposed than normal. Upwards of 300 people, among them pupils from nine schools, joined in. The complete "
  "findings are due out in November and will also go to the state wildlife department.",
  traps=[
      T("up 12% from the 2023 count", "a 12 per cent increase on the 2023 tally"),
      T("had all but disappeared from", "were almost absent from"),
      T("which is run by the Kestrel Bay Aquarium", "coordinated by the Kestrel Bay Aquarium"),
      T("Upwards of 300 people", "More than 300 people"),
      T("The complete findings are due out in November", "The full results will be published in November"),
  ])

C("shrimp trawlers", "rewrite", "inconsistent",
  "The Coastal Fisheries Agency has fined the trawler operator Brannock Seafoods 85,000 euros after inspectors "
  "found that two of its vessels had fished for shrimp inside a closed nursery area off the Salten estuary in "
  "April. The agency said the company's boats, the Marla Jean and the Northern Tern, had switched off their "
  "tracking transponders for up to six hours at a time. Brannock, which bought both vessels from rival operator "
  "Pellick Marine last year and runs a fleet of 11 trawlers from the port of Dunmere, said it would appeal, "
  "arguing that the transponder gaps were caused by faulty equipment supplied by a contractor. The agency also "
  "suspended the two vessels' licences for 30 days. Local fishers' representatives welcomed the decision, saying "
  "illegal fishing in nursery grounds threatened next year's catch.",
  "Brannock Seafoods has been fined €85,000 by the Coastal Fisheries Agency after inspectors established that two "
  "of its vessels had trawled for shrimp in a closed nursery area off the Salten estuary in April. According to "
  "the agency, the boats, the Marla Jean and the Northern Tern, had turned off their tracking transponders for as "
  "long as six hours at a stretch. The licences of both boats have also been suspended for 30 days. Brannock, "
  "which sold both vessels to rival operator Pellick Marine last year and runs 11 trawlers out of Dunmere, said "
  "it would appeal, blaming the gaps on faulty equipment supplied by a contractor. Local fishers' representatives "
  "welcomed the ruling, saying illegal fishing in nursery grounds put next year's catch at risk.",
  errors=[
      E("Brannock, which sold both vessels to rival operator Pellick Marine", "role", "major",
        "Brannock, which bought both vessels from rival operator Pellick Marine"),
  ],
  traps=[
      T("€85,000", "85,000 euros"),
      T("for as long as six hours at a stretch", "for up to six hours at a time"),
  ])

C("squid fishing", "rewrite", "consistent",
  "Squid landings at the port of Caravell fell to 2,300 tonnes in the 12 months to the end of June, down from "
  "3,900 tonnes a year earlier, according to figures released on Thursday by the Southern Ports Authority. The "
  "authority attributed the decline mainly to unusually warm surface temperatures, which pushed shoals into deeper "
  "water beyond the range of the port's smaller jigging boats. Ricardo Vense, who chairs the Caravell Squid "
  "Producers' Association, said about 40 of the port's 130 licensed boats had not gone out at all since February. "
  "He called on the government to bring forward a promised fuel subsidy, which is currently due to start in "
  "January. The fisheries ministry said it was reviewing the timetable.",
  "Caravell's squid landings dropped to 2,300 tonnes in the year to June 30, from 3,900 tonnes in the previous 12 "
  "months, the Southern Ports Authority said in figures published on Thursday. Unusually warm surface water was "
  "the main reason for the fall, the authority said, as it drove the shoals deeper, out of reach of the smaller "
  "jigging boats working from the port. Around 40 of Caravell's 130 licensed boats have stayed in port since "
  "February, according to Ricardo Vense, chairman of the Caravell Squid Producers' Association. Vense urged the "
  "government to introduce a promised fuel subsidy earlier than January, when it is now scheduled to begin. The "
  "fisheries ministry said the timetable was under review.",
  traps=[
      T("in the year to June 30", "in the 12 months to the end of June"),
      T("from 3,900 tonnes in the previous 12 months", "down from 3,900 tonnes a year earlier"),
      T("Around 40 of Caravell's 130 licensed boats have stayed in port",
        "about 40 of the port's 130 licensed boats had not gone out at all"),
      T("introduce a promised fuel subsidy earlier than January", "bring forward a promised fuel subsidy"),
      T("the timetable was under review", "it was reviewing the timetable"),
  ])

C("octopus farms", "rewrite", "inconsistent",
  "Plans by the aquaculture company Veridal Marine to build what would be the country's first commercial octopus "
  "farm near the fishing village of San Oriel could be rejected, officials at the regional environment department "
  "said on Wednesday. A draft assessment published by the department found that the company had not shown how it "
  "would treat wastewater from the 900-tonne-a-year facility before releasing it into the bay. Veridal has until "
  "15 October to submit additional information. Animal welfare groups, which have collected more than 40,000 "
  "signatures against the project, said octopuses were too intelligent and solitary to be farmed humanely. "
  "Veridal's chief executive, Tomas Earling, said the farm would create 120 jobs and that the company was "
  "confident of addressing the department's concerns.",
  "Regional environment department officials said on Wednesday that Veridal Marine's proposal for the country's "
  "first commercial octopus farm, near the fishing village of San Oriel, will be rejected. In a draft assessment, "
  "the department said the aquaculture company had failed to explain how wastewater from the facility, which would "
  "produce 900 tonnes a year, would be treated before being discharged into the bay. Veridal has been given until "
  "November 15 to provide more information. Animal welfare groups, who have gathered upwards of 40,000 signatures "
  "opposing the project, argue that octopuses are too intelligent and solitary to be farmed humanely. Chief "
  "executive Tomas Earling said the farm would bring 120 jobs and that Veridal was confident it could address the "
  "department's concerns.",
  errors=[
      E("will be rejected", "modality", "major", "could be rejected"),
      E("November 15", "date", "major", "15 October"),
  ],
  traps=[
      T("which would produce 900 tonnes a year", "900-tonne-a-year facility"),
      T("upwards of 40,000 signatures", "more than 40,000 signatures"),
  ])

C("sardine canneries", "rewrite", "consistent",
  "Portavel Conservas, the last sardine cannery still operating in the town of Miradouro, will stay open after a "
  "group of local investors agreed to buy a 60 per cent stake for 3.2 million euros, the company announced on "
  "Friday. The deal, which still needs approval from creditors at a meeting on 9 May, secures the jobs of the "
  "plant's 210 workers, most of whom are women. The cannery, founded in 1921, had warned in January that it would "
  "close by the summer unless it found new funding. Its managing director, Alda Corvem, said the investors had "
  "committed to modernising the production line over the next three years and to keep buying sardines from the "
  "local fleet. The town council said it would waive property taxes on the site for two years.",
  "A group of local investors has agreed to pay €3.2m for a 60% stake in Portavel Conservas, keeping open the last "
  "working sardine cannery in Miradouro, the company said on Friday. Subject to the approval of creditors, who meet "
  "on 9 May, the deal secures the jobs of the plant's 210 employees, the majority of them women. In January, the "
  "cannery, which dates back to 1921, had warned it would shut by the summer if it failed to secure new funding. "
  "Managing director Alda Corvem said the new backers had pledged to modernise the production line over the next "
  "three years and to continue sourcing sardines from the local fleet. Property taxes on the site will be waived "
  "for two years, the town council said.",
  traps=[
      T("€3.2m", "3.2 million euros"),
      T("60% stake", "60 per cent stake"),
      T("Subject to the approval of creditors, who meet on 9 May",
        "which still needs approval from creditors at a meeting on 9 May"),
      T("the majority of them women", "most of whom are women"),
      T("which dates back to 1921", "founded in 1921"),
  ])

C("anchovy quotas", "rewrite", "inconsistent",
  "Fisheries ministers from the four Gulf of Perant states agreed early on Tuesday to cut next year's anchovy quota "
  "by 18 per cent to 41,000 tonnes, after scientists warned that spawning stocks had fallen to their lowest level "
  "in a decade. The reduction is smaller than the 30 per cent cut recommended by the Perant Marine Science Council, "
  "which had said a deeper cut was needed to give stocks a chance to recover. Ministers also agreed to close the "
  "fishery for six weeks during the spring spawning season, two weeks longer than at present. Industry groups said "
  "the cut would cost the region's fleet around 25 million dollars in lost revenue. Conservation groups called the "
  "deal a missed opportunity.",
  "Next year's anchovy quota in the Gulf of Perant will be 41,000 tonnes, 18% below this year's, under a deal "
  "struck by fisheries ministers from the four Gulf states in the early hours of Tuesday. Scientists had warned "
  "that spawning stocks were at a ten-year low. The Perant Marine Science Council had recommended a 30% reduction, "
  "saying stocks needed a deeper cut to have a chance of recovering. The ministers also agreed to shut the fishery "
  "for eight weeks in the spring spawning season, two weeks more than currently. According to industry groups, the "
  "region's fleet stands to lose around $25m in revenue, while conservationists described the agreement as a "
  "missed opportunity.",
  errors=[
      E("eight weeks", "number", "major", "six weeks"),
  ],
  traps=[
      T("in the early hours of Tuesday", "early on Tuesday"),
      T("at a ten-year low", "their lowest level in a decade"),
      T("$25m", "25 million dollars"),
  ])

C("dolphin rescues", "rewrite", "consistent",
  "Volunteers and marine rescue staff refloated 23 of the 31 common dolphins that stranded on Brenlow Beach on "
  "Saturday morning, the Coastal Wildlife Rescue Network said. Seven of the animals died on the beach and one was "
  "put down by a vet because of its injuries. The rescue took nearly nine hours and involved about 150 volunteers, "
  "who kept the dolphins wet and upright until the tide rose in the late afternoon. Network coordinator Priya "
  "Hallworth said it was not yet clear why the pod had come ashore, but samples taken from the dead animals would "
  "be sent to the University of Eastmere for testing. Residents were asked to report any further sightings of "
  "dolphins close to shore.",
  "Twenty-three of the 31 common dolphins stranded on Brenlow Beach on Saturday morning were returned to the sea by "
  "volunteers and marine rescue staff, according to the Coastal Wildlife Rescue Network. Of the remaining eight, "
  "seven died on the sand and a vet euthanised one because of its injuries. About 150 volunteers spent almost nine "
  "hours keeping the animals wet and upright until the tide came in late in the afternoon. The reason the pod "
  "beached is still unknown, said network coordinator Priya Hallworth, adding that the University of Eastmere "
  "would test samples from the dead dolphins. People living nearby have been asked to report any more dolphins "
  "seen close to the shore.",
  traps=[
      T("Twenty-three", "23"),
      T("Of the remaining eight, seven died on the sand", "Seven of the animals died on the beach"),
      T("a vet euthanised one", "one was put down by a vet"),
      T("almost nine hours", "nearly nine hours"),
      T("The reason the pod beached is still unknown", "it was not yet clear why the pod had come ashore"),
  ])

C("manatee zones", "rewrite", "inconsistent",
  "The Calloway County commission voted 4-1 on Monday to expand the slow-speed manatee protection zone on the "
  "Ostrea River by 6 miles, despite objections from marina owners and fishing guides. Under the new rules, which "
  "take effect on 1 November, boats will be limited to idle speed between Palmer Bridge and the mouth of Turtle "
  "Creek all year round, rather than only in the winter months. The commission rejected a proposal to exempt "
  "commercial fishing vessels. County wildlife officer Denise Rourke said boat strikes had killed 19 manatees in "
  "the county last year, the highest number on record. Violators face fines of up to 500 dollars.",
  "Calloway County commissioners on Monday voted four to one to extend the Ostrea River's slow-speed manatee "
  "protection zone by six miles, overriding objections from marina owners and fishing guides. From November 1, "
  "boats will have to travel at idle speed between Palmer Bridge and the mouth of Turtle Creek throughout the year "
  "instead of just in winter. The commissioners backed a proposal to exempt commercial fishing vessels. Boat "
  "strikes killed 19 manatees in the county last year, a record, county wildlife officer Denise Rourke said. "
  "Anyone breaking the rules can be fined as much as $500.",
  errors=[
      E("backed", "polarity", "critical", "rejected"),
  ],
  traps=[
      T("four to one", "4-1"),
      T("From November 1", "which take effect on 1 November"),
      T("as much as $500", "up to 500 dollars"),
  ])

# ---------------------------------------------------------------- cases 11-20

C("sea turtle nests", "rewrite", "consistent",
  "A record 1,146 loggerhead turtle nests were counted on the beaches of the Solenne Peninsula this season, up from "
  "870 last year, the Solenne Turtle Watch group said on Thursday. The group, which patrols 28 kilometres of "
  "coastline every morning from May to September, attributed part of the increase to a ban on beach lighting "
  "introduced by the municipality two years ago. However, it said around 90 nests were lost to storm surges in "
  "August, and it urged the authorities to restrict the use of heavy machinery for beach cleaning during the "
  "nesting season. The group's president, Corinne Valaud, said hatchlings had emerged from about 85 per cent of "
  "the surviving nests.",
  "Loggerhead turtles laid a record 1,146 nests on the Solenne Peninsula's beaches this season, compared with 870 a "
  "year earlier, Solenne Turtle Watch said on Thursday. The group, whose patrols cover 28km of shoreline every "
  "morning from May to September, said the rise was partly due to a beach lighting ban the municipality brought in "
  "two years ago. It added, however, that storm surges in August had destroyed about 90 nests, and it called on "
  "the authorities to limit the use of heavy beach-cleaning machinery while turtles are nesting. Hatchlings "
  "emerged from roughly 85% of the nests that survived, said Corinne Valaud, who heads the group.",
  traps=[
      T("compared with 870 a year earlier", "up from 870 last year"),
      T("28km of shoreline", "28 kilometres of coastline"),
      T("a beach lighting ban the municipality brought in two years ago",
        "a ban on beach lighting introduced by the municipality two years ago"),
      T("roughly 85%", "about 85 per cent"),
      T("Corinne Valaud, who heads the group", "The group's president, Corinne Valaud"),
  ])

C("wave pools", "rewrite", "inconsistent",
  "The operators of SurfHaven, a planned artificial wave pool on the outskirts of Kellby, have scaled back the "
  "project after failing to raise enough money, the company's finance director, Gareth Noone, told shareholders on "
  "Tuesday. The pool will now cover 2.5 hectares instead of the 4 hectares originally proposed, and the "
  "accompanying 80-room hotel has been dropped. Noone said the revised scheme would cost about 38 million pounds, "
  "compared with 61 million pounds for the original plan. Chief executive Mara Tilbury said the company remained "
  "committed to Kellby. Opening has been pushed back from 2025 to the spring of 2026. The local water company, "
  "Ferrin Water, has raised concerns about the pool's demand on supplies during dry summers, and councillors said "
  "they would examine the plans again.",
  "SurfHaven, the artificial wave pool planned for the edge of Kellby, is being scaled back because its operators "
  "have been unable to raise sufficient funds, finance director Gareth Noone told shareholders on Tuesday. The "
  "pool will be 2.5 hectares rather than the 4 hectares first proposed, and plans for an 80-room hotel alongside "
  "it have been abandoned. The revised scheme will cost around £28m, against £61m for the original design, chief "
  "executive Mara Tilbury said, adding that the company remained committed to Kellby. The opening has slipped from "
  "2025 to spring 2026. Ferrin Water, the local water company, has raised concerns about how much water the pool "
  "would draw during dry summers, and councillors said they would look at the plans again.",
  errors=[
      E("£28m", "number", "major", "38 million pounds"),
      E("chief executive Mara Tilbury said", "attribution", "major", "Noone said"),
  ],
  traps=[
      T("£61m", "61 million pounds"),
      T("has slipped from 2025 to spring 2026", "has been pushed back from 2025 to the spring of 2026"),
  ])

C("open water swims", "rewrite", "consistent",
  "Organisers of the Lake Vennor Open Water Swim have moved this year's race to Sunday 14 July, a week later than "
  "planned, after tests found elevated levels of blue-green algae near the start area. The Vennor Valley Swimming "
  "Club said water samples taken on 2 July showed algae concentrations about three times the safe limit for "
  "bathing. Around 650 swimmers have registered for the 1.5-kilometre and 5-kilometre events. Entrants who cannot "
  "attend the new date will be offered a full refund or a place in next year's race. Club secretary Owen Marsh said "
  "further tests would be carried out on 10 July and that the event could still be cancelled if the algae had not "
  "cleared.",
  "The Lake Vennor Open Water Swim has been postponed by seven days to Sunday 14 July because tests showed high "
  "levels of blue-green algae near the start, organisers said. According to the Vennor Valley Swimming Club, "
  "samples collected on 2 July contained roughly triple the concentration of algae considered safe for bathing. "
  "Some 650 people have signed up for the 1.5km and 5km races, and anyone unable to make the new date can either "
  "get their money back in full or take a place in next year's race instead. The lake will be tested again on 10 "
  "July, club secretary Owen Marsh said, and the race may yet be called off if the algae have not gone.",
  traps=[
      T("postponed by seven days", "a week later than planned"),
      T("roughly triple the concentration of algae considered safe for bathing",
        "algae concentrations about three times the safe limit for bathing"),
      T("1.5km and 5km races", "1.5-kilometre and 5-kilometre events"),
      T("get their money back in full", "a full refund"),
      T("may yet be called off", "could still be cancelled"),
  ])

C("channel swimmers", "rewrite", "inconsistent",
  "A 61-year-old grandmother from Haverleigh has become the oldest woman to swim the Strait of Corran solo, "
  "completing the 34-kilometre crossing in 15 hours and 42 minutes, the Corran Strait Swimming Federation confirmed "
  "on Friday. Maureen Tallis entered the water near Gullhaven at 4.10am on Wednesday and reached the far shore "
  "shortly before 8pm. She was accompanied by a pilot boat skippered by Declan Orrey, who said strong tides in the "
  "final three hours had pushed her several kilometres off course. Tallis, who took up open-water swimming at 52, "
  "said she had trained for two years and raised 18,000 pounds for a hospice in Haverleigh. The previous record "
  "was held by a 59-year-old swimmer from Norway.",
  "Maureen Tallis, a 61-year-old grandmother from Haverleigh, is now the oldest woman to have swum the Strait of "
  "Corran alone, the Corran Strait Swimming Federation confirmed on Friday. She covered the 34km in 15 hours 42 "
  "minutes, setting off near Gullhaven at 4.10am on Tuesday and touching the far shore just before 8pm. Her pilot "
  "boat skipper, Declan Orrey, said strong tides over the last three hours had carried her several kilometres off "
  "course. Tallis, who began open-water swimming at 52, said she had spent two years training and had raised "
  "£18,000 for a hospice in Gullhaven. The record was previously held by a Norwegian swimmer aged 59.",
  errors=[
      E("Tuesday", "date", "minor", "Wednesday"),
      E("Gullhaven", "entity", "major", "Haverleigh", occ=1),
  ],
  traps=[
      T("Her pilot boat skipper, Declan Orrey,", "a pilot boat skippered by Declan Orrey"),
      T("a Norwegian swimmer aged 59", "a 59-year-old swimmer from Norway"),
  ])

C("white water rafting", "rewrite", "consistent",
  "The Tarrow River authority has closed a 12-kilometre stretch of the river to commercial rafting until further "
  "notice after a guide was seriously injured on Sunday afternoon. The guide, a 27-year-old employed by Rapid "
  "Ridge Adventures, was thrown from a raft at the Cauldron rapid and trapped under a fallen tree for several "
  "minutes before colleagues freed him. He was airlifted to Merrion General Hospital, where his condition was "
  "described on Monday as critical but stable. The six customers on the raft were unhurt. The authority said the "
  "tree had been swept into the channel by floods last week and would be removed before the stretch reopened. "
  "Rapid Ridge said it had suspended all trips while it cooperated with the investigation.",
  "Commercial rafting on a 12km section of the Tarrow River has been halted indefinitely by the river authority "
  "after a guide suffered serious injuries on Sunday afternoon. The 27-year-old, who works for Rapid Ridge "
  "Adventures, was flung out of a raft at the Cauldron rapid and pinned beneath a fallen tree for several minutes "
  "until colleagues managed to free him. He was flown by helicopter to Merrion General Hospital, where on Monday "
  "his condition was described as critical but stable. None of the six customers on board was hurt. According to "
  "the authority, last week's floods washed the tree into the channel, and it will be cleared before the section "
  "reopens. Rapid Ridge said it has suspended all its trips while it assists the investigation.",
  traps=[
      T("12km section", "12-kilometre stretch"),
      T("indefinitely", "until further notice"),
      T("flown by helicopter", "airlifted"),
      T("None of the six customers on board was hurt", "The six customers on the raft were unhurt"),
      T("last week's floods washed the tree into the channel",
        "the tree had been swept into the channel by floods last week"),
  ])

C("base jumping bans", "rewrite", "inconsistent",
  "Authorities in the Ardeval National Park have banned BASE jumping from the Sorrel Cliffs for the rest of the "
  "season after two jumpers were killed there in separate accidents in less than a month. Park director Helene "
  "Marchetti said on Thursday that the ban would run until 31 October and that rangers would be posted at the main "
  "exit points. Anyone caught jumping faces a fine of 2,000 euros and confiscation of their equipment. The Ardeval "
  "Jumpers' Club, which has about 200 members, criticised the decision, saying it had not been consulted and that "
  "the accidents were caused by individual errors rather than the site itself. The park will review its rules over "
  "the winter.",
  "BASE jumping from the Sorrel Cliffs has been prohibited for the remainder of the season by the authorities at "
  "Ardeval National Park, after two jumpers were seriously injured there in separate accidents within a month. The "
  "ban will last until 31 October, and rangers will be stationed at the main exit points, park director Helene "
  "Marchetti said on Thursday. Jumpers who are caught face a €2,000 fine and will have their gear confiscated. The "
  "Ardeval Jumpers' Club, with roughly 200 members, criticised the move, saying it had not been consulted and that "
  "the accidents were the result of individual mistakes, not the site. The park will review its rules during the "
  "winter.",
  errors=[
      E("were seriously injured", "event", "major", "were killed"),
  ],
  traps=[
      T("a €2,000 fine", "a fine of 2,000 euros"),
      T("with roughly 200 members", "which has about 200 members"),
  ])

C("wingsuit flights", "rewrite", "consistent",
  "A wingsuit pilot has flown 11.3 kilometres across the Halvard Fjord after jumping from a helicopter at 4,200 "
  "metres, in what organisers described as the longest wingsuit crossing of a fjord yet attempted. Ansel Kjerrin, "
  "34, landed by parachute on a beach near the village of Orrvik after a flight lasting 3 minutes and 50 seconds, "
  "reaching speeds of up to 240 kilometres per hour. The stunt, filmed for an energy drink company, had been "
  "postponed twice because of low cloud. Kjerrin said afterwards that the last kilometre had been the hardest "
  "because of crosswinds. The flight has not yet been ratified by any record-keeping body, and the organisers said "
  "they would submit GPS data for verification.",
  "Organisers say an 11.3km wingsuit flight over the Halvard Fjord, which began with a jump from a helicopter 4,200 "
  "metres up, is the longest wingsuit crossing of a fjord attempted so far. After 3 minutes 50 seconds in the air, "
  "at speeds peaking at 240km/h, 34-year-old Ansel Kjerrin came down by parachute on a beach close to the village "
  "of Orrvik. Low cloud had forced the stunt, which was filmed for an energy drink company, to be postponed twice. "
  "Crosswinds made the final kilometre the toughest part, Kjerrin said afterwards. No record-keeping body has yet "
  "ratified the flight; the organisers said GPS data would be submitted for verification.",
  traps=[
      T("a jump from a helicopter 4,200 metres up", "jumping from a helicopter at 4,200 metres"),
      T("speeds peaking at 240km/h", "speeds of up to 240 kilometres per hour"),
      T("34-year-old Ansel Kjerrin", "Ansel Kjerrin, 34,"),
      T("Low cloud had forced the stunt, which was filmed for an energy drink company, to be postponed twice",
        "The stunt, filmed for an energy drink company, had been postponed twice because of low cloud"),
      T("No record-keeping body has yet ratified the flight",
        "The flight has not yet been ratified by any record-keeping body"),
  ])

C("zorbing", "rewrite", "inconsistent",
  "A zorbing park near the town of Brackwell will remain closed until at least the end of the month after a "
  "19-year-old woman was injured when her inflatable ball left the course and rolled into a fence. The Health and "
  "Safety Directorate said on Tuesday it had issued a prohibition notice to the operator, Hillroll Leisure, pending "
  "an investigation into the incident on 3 August. The woman, a student from Orlington, was treated in hospital "
  "for a broken collarbone and was discharged the next day. Hillroll's owner, Grant Pilbeam, said the park had "
  "operated for eight years without a serious accident and that he was cooperating fully with inspectors. The "
  "directorate said it would also review safety barriers at the site's two downhill runs.",
  "A zorbing park near Brackwell will stay shut until the end of the month after a 19-year-old woman was hurt "
  "when her inflatable ball veered off the course in high winds and hit a fence. The operator, Hillroll Leisure, "
  "has been served with a prohibition notice while the Health and Safety Directorate investigates the 3 August "
  "incident, the directorate said on Tuesday. The woman, a student from Orlington, was discharged from hospital a "
  "day after being treated for a broken collarbone. Owner Grant Pilbeam said the park had run for eight years with "
  "no serious accidents and that he was cooperating fully with inspectors. Safety barriers on the site's two "
  "downhill runs will also be reviewed, the directorate said.",
  errors=[
      OM("major", "at least", before="the end of the month"),
      E("in high winds", "addition", "major", None),
  ],
  traps=[
      T("has been served with a prohibition notice", "it had issued a prohibition notice"),
      T("was discharged from hospital a day after being treated for a broken collarbone",
        "was treated in hospital for a broken collarbone and was discharged the next day"),
  ])

C("lantern festivals", "rewrite", "consistent",
  "The city of Lanmore will not release sky lanterns at this year's Autumn Lantern Festival, replacing them with "
  "5,000 floating lanterns on the Queyne River, the festival committee announced on Saturday. The decision follows "
  "a fire last October that destroyed a barn on the city's outskirts and was blamed on a stray sky lantern. "
  "Committee chair Hannah Leclair said the floating lanterns were made from biodegradable paper and would be "
  "collected from the water by volunteers in boats at the end of the evening. The festival, which attracted about "
  "45,000 visitors last year, will take place over three nights from 18 October. Tickets for the riverside viewing "
  "area go on sale next Monday and cost 8 euros, with children under 12 admitted free.",
  "There will be no sky lanterns at this year's Autumn Lantern Festival in Lanmore; instead, 5,000 lanterns will be "
  "floated on the Queyne River, the festival committee said on Saturday. The change comes after a barn on the "
  "outskirts of the city burned down last October in a fire attributed to a stray sky lantern. According to "
  "committee chair Hannah Leclair, the floating lanterns are made of biodegradable paper, and volunteers in boats "
  "will gather them from the river once the evening is over. Last year the festival drew around 45,000 visitors; "
  "this year it will run for three nights starting on 18 October. Tickets for the riverside viewing area, priced "
  "at €8, go on sale next Monday, and under-12s get in free.",
  traps=[
      T("There will be no sky lanterns", "will not release sky lanterns"),
      T("attributed to", "was blamed on"),
      T("once the evening is over", "at the end of the evening"),
      T("priced at €8", "cost 8 euros"),
      T("under-12s get in free", "children under 12 admitted free"),
  ])

C("paper kites", "rewrite", "inconsistent",
  "The Westerly Kite Society will hold its first paper kite competition on Marrow Hill on 22 June, the society's "
  "chairman, Felix Oduya, said on Wednesday. Entrants must build their kites entirely from paper, bamboo and "
  "string, without plastic or glue-backed tape, and flights will be judged on height, stability and design. Prizes "
  "worth a total of 1,500 pounds have been donated by the Harlow Paper Mill, which will also supply materials free "
  "of charge to schools taking part. The society expects around 120 entries, about half of them from children. If "
  "wind speeds are too low on the day, the competition will be moved to 29 June.",
  "Marrow Hill will host the Westerly Kite Society's first paper kite competition on 22 June, chairman Felix Oduya "
  "announced on Wednesday. Kites must be made only of paper, bamboo and string, with no plastic or glue-backed "
  "tape, and will be judged in flight on height, stability and design. The Marrow Hill Paper Mill has donated "
  "prizes worth £1,500 in total and will also provide free materials to participating schools. Around 120 entries "
  "are expected, roughly half of them from children. Should there not be enough wind on the day, the event will be "
  "postponed to 29 June.",
  errors=[
      E("Marrow Hill Paper Mill", "entity", "major", "Harlow Paper Mill"),
  ],
  traps=[
      T("prizes worth £1,500 in total", "Prizes worth a total of 1,500 pounds"),
      T("Should there not be enough wind on the day", "If wind speeds are too low on the day"),
  ])

# ---------------------------------------------------------------- cases 21-30

C("origami exhibitions", "summary", "consistent",
  "The Kessling Museum of Applied Art will open a major exhibition of contemporary origami on 4 March, featuring "
  "more than 300 works by 46 artists from 19 countries, the museum announced on Monday. The exhibition, titled "
  "'Folded Worlds', will run for four months and will include a 9-metre-long paper dragon folded from a single "
  "uncut sheet, which took its creator, the designer Ren Aoyagi, 14 months to complete. Curator Margit Holloway "
  "said the show aimed to demonstrate that origami had become a serious medium for sculpture, engineering and "
  "mathematics, not just a children's pastime. A section of the exhibition will be devoted to the use of folding "
  "techniques in medical stents and satellite solar panels. Admission will cost 12 euros, with free entry on the "
  "first Sunday of each month. The museum expects about 80,000 visitors.",
  "From 4 March, the Kessling Museum of Applied Art will show 'Folded Worlds', a four-month exhibition of over 300 "
  "contemporary origami pieces by 46 artists from 19 countries. Highlights include a 9m paper dragon that Ren "
  "Aoyagi spent 14 months folding from one uncut sheet, and a section on folding in medical stents and satellite "
  "solar panels. Curator Margit Holloway said the show aims to present origami as a serious medium rather than a "
  "children's pastime.",
  traps=[
      T("a four-month exhibition", "will run for four months"),
      T("over 300", "more than 300"),
      T("9m paper dragon", "9-metre-long paper dragon"),
      T("from one uncut sheet", "from a single uncut sheet"),
  ])

C("ink stone carving", "summary", "inconsistent",
  "A workshop in the hill town of Yunmei Ridge that has carved ink stones by hand for five generations has been "
  "added to the national register of intangible cultural heritage, the Ministry of Culture said on Friday. The Weng "
  "family workshop, founded in 1887, employs nine carvers who each produce about 30 ink stones a year from slate "
  "quarried on a nearby mountain. Master carver Weng Lihua, 68, said demand had risen sharply since calligraphy "
  "classes became compulsory in primary schools three years ago, and that the waiting list for a commissioned "
  "stone was now about 18 months. The listing brings an annual state grant of 200,000 yuan, which the family said "
  "would be used to train apprentices. The ministry added 14 crafts to the register this year.",
  "The Weng family workshop in Yunmei Ridge, which has hand-carved ink stones for five generations since its "
  "founding in 1887, has been added to the national intangible cultural heritage register. Its nine carvers "
  "produce about 30 stones a year between them from local slate. Master carver Weng Lihua says demand has surged "
  "since calligraphy became compulsory in primary schools, leaving a waiting list of around 18 months. The listing "
  "brings a yearly state grant of 200,000 yuan, which the family will spend on training apprentices and opening a "
  "small museum.",
  errors=[
      E("about 30 stones a year between them", "number", "major", "each produce about 30 ink stones a year"),
      E("and opening a small museum", "addition", "major", None),
  ],
  traps=[
      T("from local slate", "from slate quarried on a nearby mountain"),
      T("leaving a waiting list of around 18 months",
        "the waiting list for a commissioned stone was now about 18 months"),
  ])

C("tea ceremony schools", "summary", "consistent",
  "The Sorahane School of Tea, one of the oldest tea ceremony schools in the prefecture, will accept foreign "
  "students for the first time from April, its headmaster announced on Tuesday. Headmaster Kenzo Makita said the "
  "school, which has trained about 2,000 practitioners since it was established in 1904, would offer a six-month "
  "introductory course taught in English and Japanese, limited to 12 students per term. Fees will be 180,000 yen "
  "per term, including utensils. The move follows a steady fall in domestic enrolment, which has dropped by roughly "
  "40 per cent over the past decade as fewer young people take up traditional arts. Makita said he hoped "
  "international students would help keep the school's traditions alive, but stressed that the curriculum would "
  "not be shortened or simplified for them. Applications open on 1 February.",
  "Following a roughly 40% fall in domestic enrolment over the past decade, the Sorahane School of Tea, founded in "
  "1904, will take foreign students for the first time starting in April. It will run a six-month introductory "
  "course in English and Japanese for up to 12 students a term, at 180,000 yen per term including utensils. "
  "Headmaster Kenzo Makita said the curriculum would not be cut or simplified for the newcomers.",
  traps=[
      T("roughly 40%", "roughly 40 per cent"),
      T("starting in April", "from April"),
      T("for up to 12 students a term", "limited to 12 students per term"),
      T("would not be cut or simplified", "would not be shortened or simplified"),
  ])

C("bonsai nurseries", "summary", "inconsistent",
  "Greenhollow Nurseries, one of the largest bonsai growers in the country, has been bought by its former rival "
  "Tanaway Garden Group for an undisclosed sum, the two companies said on Thursday. Tanaway, which operates 23 "
  "garden centres, said it would keep Greenhollow's nursery at Elmsworth open and retain all 45 staff. "
  "Greenhollow's founder, Peter Amsell, who started the business in his back garden in 1988, will stay on as an "
  "adviser for two years. The deal gives Tanaway access to Greenhollow's stock of about 60,000 trees, some of which "
  "are more than a century old. Industry analysts said demand for bonsai had grown strongly since the pandemic, "
  "particularly among younger buyers. The acquisition still requires approval from the competition authority.",
  "Bonsai grower Greenhollow Nurseries has acquired its former rival Tanaway Garden Group for an undisclosed sum, "
  "subject to competition approval. The Elmsworth nursery and all 45 jobs will be kept, and founder Peter Amsell "
  "will remain as an adviser for two years. The deal includes a stock of roughly 60,000 trees, some over 100 years "
  "old, amid what analysts describe as strong post-pandemic demand for bonsai, especially from younger buyers.",
  errors=[
      E("Greenhollow Nurseries has acquired its former rival Tanaway Garden Group", "role", "critical",
        "has been bought by its former rival Tanaway Garden Group"),
  ],
  traps=[
      T("subject to competition approval", "still requires approval from the competition authority"),
      T("roughly 60,000 trees", "about 60,000 trees"),
      T("some over 100 years old", "some of which are more than a century old"),
  ])

C("koi ponds", "summary", "consistent",
  "Koi keepers in the Marrington district have been urged to stop moving fish between ponds after a confirmed "
  "outbreak of koi herpesvirus at a garden centre in the village of Selby Cross, the Fish Health Inspectorate said "
  "on Monday. Inspectors placed movement restrictions on the garden centre's ponds last Friday after a batch of "
  "imported koi began dying. Around 600 fish have since been destroyed. The virus does not affect humans but can "
  "kill up to 80 per cent of infected koi and common carp, the inspectorate said. Anyone who bought koi from the "
  "centre since 1 May is asked to contact the inspectorate and to watch their fish for signs such as sunken eyes "
  "and pale patches on the gills. Koi shows planned for the district this month have been postponed.",
  "The Fish Health Inspectorate has asked koi owners in the Marrington district not to move fish between ponds "
  "after koi herpesvirus was confirmed at a garden centre in Selby Cross, where about 600 fish have been destroyed. "
  "The virus, harmless to people, can kill as many as four in five infected koi and common carp. Anyone who bought "
  "koi there since 1 May is asked to get in touch with the inspectorate, and this month's koi shows in the district "
  "have been postponed.",
  traps=[
      T("not to move fish between ponds", "to stop moving fish between ponds"),
      T("about 600", "Around 600"),
      T("harmless to people", "does not affect humans"),
      T("as many as four in five", "up to 80 per cent"),
      T("get in touch with the inspectorate", "contact the inspectorate"),
  ])

C("rickshaw licences", "summary", "inconsistent",
  "The city council of Tamsbury has voted to cap the number of cycle rickshaw licences at 150, down from the 240 "
  "currently issued, in response to complaints about congestion and noise in the old town. The cap will come into "
  "force on 1 January, and licences will be allocated by lottery among existing operators. Drivers will also be "
  "required to pass a road safety test and carry passenger insurance. Councillor Jane Whitcombe, who proposed the "
  "measure, said rickshaws were popular with tourists but that the streets around the cathedral had become "
  "'dangerously crowded' in summer. The Tamsbury Rickshaw Riders' Association said it might challenge the decision "
  "in court, arguing that up to 90 drivers could lose their livelihoods. Electric rickshaws will not be affected by "
  "the new rules.",
  "Tamsbury council has voted to cut cycle rickshaw licences from 240 to 150 from 1 January, allocating them by "
  "lottery among current operators, after complaints about congestion and noise in the old town. Drivers must also "
  "pass a road safety test and carry passenger insurance, and the rules also apply to electric rickshaws. The "
  "riders' association will challenge the decision in court, saying up to 90 drivers could lose their livelihoods.",
  errors=[
      E("the rules also apply to electric rickshaws", "polarity", "major",
        "Electric rickshaws will not be affected by the new rules"),
      E("will challenge", "modality", "major", "might challenge"),
  ],
  traps=[
      T("cut cycle rickshaw licences from 240 to 150",
        "cap the number of cycle rickshaw licences at 150, down from the 240 currently issued"),
  ])

C("tuk tuk fleets", "summary", "consistent",
  "Voltra Mobility, a start-up based in the coastal city of Pradura, has raised 14 million dollars to convert "
  "petrol tuk tuks to electric power, the company said on Wednesday. The funding round was led by the Meridian "
  "Impact Fund, with participation from two regional banks. Voltra said it had already converted about 1,100 tuk "
  "tuks since it was founded in 2021 and planned to reach 10,000 by the end of 2026. Drivers pay for the conversion "
  "in weekly instalments over two years, which the company says is less than they currently spend on fuel. Chief "
  "executive Anjali Ramesar said the money would also fund 60 battery-swapping stations across the city. The "
  "city's transport department has estimated that tuk tuks account for about a fifth of vehicle emissions in "
  "Pradura.",
  "Pradura-based Voltra Mobility has raised $14m, in a round led by the Meridian Impact Fund, to convert petrol tuk "
  "tuks to electric. Having converted around 1,100 vehicles since its founding in 2021, it aims for 10,000 by the "
  "end of 2026, with drivers paying in weekly instalments over two years. The funds will also pay for 60 "
  "battery-swapping stations, according to chief executive Anjali Ramesar.",
  traps=[
      T("Pradura-based", "based in the coastal city of Pradura"),
      T("$14m", "14 million dollars"),
      T("around 1,100 vehicles", "about 1,100 tuk tuks"),
      T("The funds will also pay for", "the money would also fund"),
  ])

C("haunted house attractions", "summary", "inconsistent",
  "Fright Manor, a haunted house attraction at the Orley Pier amusement park, has been ordered to close for a week "
  "after a visitor suffered a suspected heart attack during a tour on Saturday night, the borough council said. The "
  "58-year-old man was treated by park first aiders before being taken to Orley General Hospital, where he was said "
  "on Monday to be recovering. Council licensing officers will inspect the attraction's emergency exits and staff "
  "training before deciding whether it can reopen. Park manager Colin Dray said the attraction carried clear "
  "warnings for visitors with heart conditions and that staff had followed procedures. Fright Manor, which uses "
  "live actors and sudden lighting effects, has been open since 2017 and attracts about 40,000 visitors a year.",
  "Fright Manor, the haunted house at Orley Pier amusement park, has been ordered to close for a week after a "
  "58-year-old visitor had a suspected heart attack during a Saturday night tour. He was resuscitated by park first "
  "aiders and taken to hospital, where he was reported on Monday to be recovering. Council licensing officers will "
  "check emergency exits and staff training before deciding on reopening, and the attraction has been ordered to "
  "close for a week. Park manager Colin Dray said warnings for visitors with heart conditions were clear and that "
  "staff had followed procedures.",
  errors=[
      E("resuscitated", "event", "major", "treated"),
      E("has been ordered to close for a week", "repetition", "minor", None, occ=1),
  ],
  traps=[
      T("before deciding on reopening", "before deciding whether it can reopen"),
  ])

C("murder mystery dinners", "summary", "consistent",
  "Blackthorn Events, which stages murder mystery dinners in country house hotels, has reported record bookings "
  "for the autumn, with more than 9,000 tickets sold for events between September and December, up 35 per cent on "
  "the same period last year. Managing director Sophie Carrow said corporate clients now accounted for almost half "
  "of all bookings, as companies looked for alternatives to traditional team-building days. The company, which "
  "employs 40 actors on freelance contracts, will add 12 new venues this year, including two in Scotland, bringing "
  "its total to 58. Tickets typically cost between 75 and 110 pounds, including a three-course meal. Carrow said "
  "the firm had raised actors' nightly fees by 10 per cent in June to help retain performers.",
  "Blackthorn Events has sold over 9,000 tickets for its September-to-December murder mystery dinners, a record and "
  "35% more than a year earlier. Nearly half of bookings now come from companies seeking alternatives to "
  "conventional team-building days, managing director Sophie Carrow said. The firm is adding 12 venues this year, "
  "two of them in Scotland, for a total of 58, and raised its freelance actors' nightly fees by a tenth in June.",
  traps=[
      T("over 9,000", "more than 9,000"),
      T("35% more than a year earlier", "up 35 per cent on the same period last year"),
      T("Nearly half of bookings now come from companies", "corporate clients now accounted for almost half of all bookings"),
      T("two of them in Scotland", "including two in Scotland"),
      T("by a tenth", "by 10 per cent"),
  ])

C("escape artists", "summary", "inconsistent",
  "The escape artist Dominic Vale has called off an attempt to free himself from a locked steel box submerged in "
  "the harbour at Port Essling, after the coastguard raised safety concerns, his promoter said on Sunday. The "
  "stunt, which was to have been broadcast live online on 12 August, would have seen Vale shackled inside the box "
  "and lowered 6 metres below the surface with a two-minute air supply. Promoter Rita Saldano said the coastguard "
  "had asked for additional divers and a decompression chamber on site, which the team could not arrange in time. "
  "Vale, 41, who has performed escapes in 16 countries, said on social media that he was 'gutted' but would "
  "reschedule for next spring. The harbour master said he had not been consulted about the original plans.",
  "Escape artist Dominic Vale has called off a live-streamed attempt, planned for 12 August, to escape from a "
  "locked steel box lowered 6 metres into Port Essling harbour with two minutes of air. The coastguard had "
  "requested extra divers and an on-site decompression chamber, which could not be arranged in time, Vale said on "
  "social media. The 41-year-old plans to reschedule for next spring.",
  errors=[
      E("Vale said on social media", "attribution", "major", "Promoter Rita Saldano said"),
  ],
  traps=[
      T("two minutes of air", "a two-minute air supply"),
      T("plans to reschedule", "would reschedule"),
  ])

# ---------------------------------------------------------------- cases 31-40
# Translation pairs: both texts render the same (invented) non-English story.

C("tightrope walkers", "translation", "consistent",
  "The tightrope walker Aurélien Destrac crossed the gorge of the Vérane on Sunday on a cable stretched 180 metres "
  "above the river, before around 8,000 spectators. The crossing, of a length of 420 metres, lasted 38 minutes. "
  "The 29-year-old acrobat, native of the village of Saint-Clomer, advanced without a safety harness but was "
  "equipped with a balancing pole of 12 kilos. He paused twice in the middle of the cable, once to sit down and "
  "once to salute the crowd. 'The wind was stronger than foreseen, but I felt at home up there,' he declared on "
  "arrival. The prefecture had authorised the event on the condition that the road along the gorge be closed for "
  "the whole afternoon. The mayor of Saint-Clomer, Odile Parrain, announced that the cable will remain in place "
  "until Wednesday so that schoolchildren can see it.",
  "On Sunday, some 8,000 onlookers watched funambulist Aurélien Destrac walk across the Vérane gorge on a wire "
  "strung 180 m above the river. The 420-metre crossing took him 38 minutes. Destrac, 29, who comes from the "
  "village of Saint-Clomer, walked with no safety harness, carrying a 12-kilogram balancing pole. Twice he stopped "
  "midway, once to sit down and once to wave to the crowd. 'The wind was stronger than expected, but I felt at "
  "home up there,' he said once he reached the other side. Permission for the event had been granted by the "
  "prefecture on condition that the gorge road stay closed all afternoon. Odile Parrain, the mayor of "
  "Saint-Clomer, said the wire would stay up until Wednesday so that schoolchildren could come and see it.",
  traps=[
      T("some 8,000 onlookers", "around 8,000 spectators"),
      T("The 420-metre crossing", "The crossing, of a length of 420 metres"),
      T("Destrac, 29,", "The 29-year-old acrobat"),
      T("12-kilogram balancing pole", "balancing pole of 12 kilos"),
      T("Permission for the event had been granted by the prefecture", "The prefecture had authorised the event"),
  ])

C("human cannonballs", "translation", "inconsistent",
  "The Circus Bellarosa announced on Thursday the return of its human cannonball number, suspended for three years "
  "after an accident during a rehearsal. The artist Ilona Varga, 33, will be propelled over a distance of 45 metres "
  "at a speed of about 90 kilometres per hour, before landing in a net. The cannon, restored by an engineering "
  "workshop of the town of Szárhely, was tested more than 200 times with sandbags before the first trials with a "
  "person. The director of the circus, Bence Korodi, declared that the security had been reinforced and that a "
  "medical team will be present at each representation. The premiere will take place on 6 April under the big top "
  "installed on the fairground of Szárhely. The tickets, at prices from 15 to 40 euros, are on sale from Monday.",
  "Circus Bellarosa said on Thursday that it is bringing back its human cannonball act, which had been suspended "
  "for three years following an accident in rehearsal. Ilona Varga, 33, will be fired 45 metres through the air at "
  "roughly 90 km/h before coming down in a net. The cannon, which was refurbished by an engineering workshop in "
  "Szárhely, was test-fired over 200 times with sandbags after the first human trials. Circus director Bence Korodi "
  "said safety measures had been strengthened and that a medical team would be present at every performance, a "
  "medical team would be present at every performance. The premiere is on 6 April under the big top set up on the "
  "Szárhely fairground. Tickets, priced between 15 and 40 euros, go on sale on Monday.",
  errors=[
      E("after the first human trials", "date", "major", "before the first trials with a person"),
      E("a medical team would be present at every performance", "repetition", "minor", None, occ=1),
  ],
  traps=[
      T("roughly 90 km/h", "about 90 kilometres per hour"),
      T("over 200 times", "more than 200 times"),
  ])

C("lion tamers", "translation", "consistent",
  "The last lion tamer of the country, Gustav Renko, aged 71, gave on Saturday evening his farewell performance "
  "under the tent of the Circus Meridiana, in front of a full house of 1,200 persons. Since the entry into force of "
  "the law prohibiting wild animals in circuses, adopted in 2022, he had benefited from a derogation to keep his "
  "four lions until their retirement. The animals will be transferred next month to a sanctuary in the south of "
  "the country that is partly financed by the animal protection association Pro Fauna. 'I have spent 50 years with "
  "these animals. It is not a retirement, it is an amputation,' declared the tamer, in tears. Several dozen "
  "demonstrators gathered before the show to demand the immediate closure of the circus.",
  "Gustav Renko, 71, the country's last lion tamer, bid farewell to the ring on Saturday night in the Meridiana "
  "Circus big top, playing to a sold-out crowd of 1,200. Since the 2022 law banning wild animals from circuses came "
  "into force, he had been working under an exemption that let him keep his four lions until they retired. Next "
  "month they will be moved to a sanctuary in the south of the country which receives part of its funding from "
  "the animal welfare group Pro Fauna. 'I have spent half a century with these animals. This isn't retirement, "
  "it's an amputation,' the tearful tamer said. Before the show, several dozen protesters gathered to call for the "
  "circus to be shut down immediately.",
  traps=[
      T("a sold-out crowd of 1,200", "a full house of 1,200 persons"),
      T("an exemption", "a derogation"),
      T("which receives part of its funding from", "that is partly financed by"),
      T("the animal welfare group Pro Fauna", "the animal protection association Pro Fauna"),
      T("half a century", "50 years"),
  ])

C("flea circuses", "translation", "inconsistent",
  "The museum of popular arts of Weissbrunn will present from 3 May a reconstruction of a flea circus of the 19th "
  "century, an attraction once very popular at fairs. The installation, lent by the collector Anselm Hirtz of the "
  "town of Oberfeld, includes a miniature chariot, a carousel and a tightrope, all made by hand in brass and wood. "
  "No live flea will be used: the movements will be produced by hidden magnets, explained the curator, Leonie "
  "Strasser. According to her, the last true flea circus in the region closed in 1964 in Oberfeld. The exhibition, "
  "which will last until the end of September, is accompanied by a series of lectures on the history of fairground "
  "entertainment.",
  "From 3 May, Weissbrunn's folk art museum will display a reconstructed 19th-century flea circus, the kind of show "
  "that used to draw crowds at fairs. The exhibit, on loan from Anselm Hirtz, a collector from Oberfeld, features a "
  "tiny chariot, a merry-go-round and a high wire, all handmade from brass and wood. No real fleas will be "
  "involved: hidden magnets will create the movements, curator Leonie Strasser explained. She said the region's "
  "last genuine flea circus shut down in 1964 in Weissbrunn. The show runs until the end of September and comes "
  "with a programme of talks on the history of fairground entertainment.",
  errors=[
      E("Weissbrunn", "entity", "major", "Oberfeld", occ=1),
  ],
  traps=[
      T("on loan from", "lent by"),
      T("a merry-go-round", "a carousel"),
      T("a high wire", "a tightrope"),
  ])

C("street piano", "translation", "consistent",
  "Ten pianos painted by local artists have been installed in the streets and squares of Castelmara, where they "
  "will remain accessible to all until 15 September, the municipality announced on Tuesday. The initiative, named "
  "'Play Me, Castelmara', is financed by a foundation of the local savings bank at a cost of 22,000 euros. The "
  "instruments, donated by families and by a music school which was closing, were restored by two piano tuners "
  "from the region. Each piano will be covered with a tarpaulin at night and in case of rain by volunteers of the "
  "neighbourhood. The councillor for culture, Giulia Ferrante, expressed the hope that the operation will become "
  "annual. Last year, a similar trial with three pianos in the station had attracted more than 5,000 players "
  "according to the estimations of the town hall.",
  "The town of Castelmara said on Tuesday that ten pianos decorated by local artists have been placed in its "
  "streets and squares, where anyone can play them until 15 September. The 'Play Me, Castelmara' project is "
  "funded, to the tune of €22,000, by the local savings bank's foundation. The pianos were given by families and by "
  "a music school that was shutting down, and two piano tuners from the area restored them. Neighbourhood "
  "volunteers will put a tarpaulin over each piano at night and whenever it rains. Culture councillor Giulia "
  "Ferrante said she hoped the scheme would become a yearly event. A similar trial last year, with three pianos at "
  "the station, drew over 5,000 players, by the town hall's estimate.",
  traps=[
      T("anyone can play them until 15 September", "they will remain accessible to all until 15 September"),
      T("to the tune of €22,000", "at a cost of 22,000 euros"),
      T("a music school that was shutting down", "a music school which was closing"),
      T("a yearly event", "annual"),
      T("by the town hall's estimate", "according to the estimations of the town hall"),
  ])

C("choir festivals", "translation", "inconsistent",
  "The Lindvik International Choir Festival will welcome 42 choirs from 17 countries this summer, a record since its "
  "creation in 1988, the organisers announced on Monday. Around 1,500 singers are expected from 10 to 16 July. For "
  "the first time, the closing concert will be conducted by Maren Holt, who succeeds Per Aaberg, director of the "
  "festival for twenty years. The municipal choir of Lindvik has invited the children's choir of Hammarby to open "
  "the festival with a joint concert in the cathedral. The budget of this edition amounts to 2.4 million crowns, of "
  "which one third is provided by the region. Tickets for the concerts in the cathedral will be free, but "
  "reservation is obligatory.",
  "Organisers said on Monday that a record 42 choirs from 17 countries will take part in this summer's Lindvik "
  "International Choir Festival, the most since it was founded in 1988. Some 1,500 singers are due to attend "
  "between 10 and 16 July. The closing concert will for the first time be conducted by Per Aaberg, who takes over "
  "from Maren Holt, the festival's director for two decades. Lindvik's municipal choir has asked Hammarby's "
  "children's choir to join it for an opening concert in the cathedral. This year's budget is 2.4 million crowns, "
  "a third of it from the region. Cathedral concerts will be free, but seats must be booked.",
  errors=[
      E("Per Aaberg, who takes over from Maren Holt", "role", "major", "Maren Holt, who succeeds Per Aaberg"),
  ],
  traps=[
      T("for two decades", "for twenty years"),
      T("a third of it from the region", "of which one third is provided by the region"),
      T("seats must be booked", "reservation is obligatory"),
  ])

C("ceilidh bands", "translation", "consistent",
  "The ceilidh band Na Ròin, from the island of Eilean Creag, won on Saturday the first prize of the national "
  "competition of dance bands in Inverdale, ahead of eleven other groups. The five musicians, of whom the youngest "
  "is 17 years old, received a trophy and a cheque of 3,000 pounds, which they intend to use to record their first "
  "album. The jury, presided over by the accordionist Calum MacRath, praised 'the energy and the precision' of the "
  "group. It is the second time in four years that a band from the island has won the competition. Na Ròin will "
  "play at the opening of the Royal Gaelic Festival in October. The competition, organised each year since 1996, "
  "attracted around 2,000 spectators this year.",
  "Na Ròin, a ceilidh band from Eilean Creag, took first place on Saturday at the national dance band competition "
  "in Inverdale, beating eleven rival groups. The five-piece, whose youngest member is 17, was awarded a trophy and "
  "a £3,000 cheque, which they plan to put towards recording their debut album. Accordion player Calum MacRath, "
  "who chaired the judges, praised the band's 'energy and precision'. An island band has now won the contest twice "
  "in four years. Na Ròin will perform at the opening of the Royal Gaelic Festival in October. Some 2,000 people "
  "came to watch this year's competition, which has been held annually since 1996.",
  traps=[
      T("beating eleven rival groups", "ahead of eleven other groups"),
      T("The five-piece, whose youngest member is 17", "The five musicians, of whom the youngest is 17 years old"),
      T("a £3,000 cheque", "a cheque of 3,000 pounds"),
      T("Accordion player Calum MacRath, who chaired the judges",
        "The jury, presided over by the accordionist Calum MacRath"),
      T("An island band has now won the contest twice in four years",
        "It is the second time in four years that a band from the island has won the competition"),
  ])

C("folk fiddlers", "translation", "inconsistent",
  "The fiddler Halvor Brekke, 84, considered the last guardian of the fiddle repertoire of the Sørdal valley, has "
  "donated his collection of 600 recordings to the folk music archive of Tindvik. The tapes, made between 1958 and "
  "1991, contain around 2,400 tunes, of which many have never been written down. The archive has undertaken to "
  "digitise the whole collection within two years and to make it freely accessible online. Brekke, who no longer "
  "plays in public since a stroke in 2019, did not wish to receive any payment. 'This music belongs to the valley, "
  "not to me,' he declared. The archive's director, Sigrid Haugli, called the donation 'priceless'.",
  "Halvor Brekke, the 84-year-old fiddler regarded as the last keeper of the Sørdal valley's fiddle tradition, has "
  "given his collection of 600 recordings to the Tindvik folk music archive. Recorded between 1958 and 1991, the "
  "tapes hold some 2,400 tunes, many of which have never been transcribed. The archive has promised to digitise "
  "everything within two years and put it online free of charge. Brekke, who still performs in public despite a "
  "stroke in 2019, wanted no payment. 'This music belongs to the valley, not to me,' he said. Archive director "
  "Sigrid Haugli described the gift as 'priceless'.",
  errors=[
      E("still performs in public despite", "polarity", "major", "no longer plays in public since"),
  ],
  traps=[
      T("never been transcribed", "never been written down"),
      T("put it online free of charge", "make it freely accessible online"),
  ])

C("steel pans", "translation", "consistent",
  "The steel orchestra Pan Soleil of the commune of Sainte-Rose-des-Anses will represent the island at the "
  "international festival of steel pans in September, after winning the regional selection on Sunday with 287 "
  "points out of 300. The orchestra, composed of 48 musicians aged from 12 to 65, interpreted an arrangement of "
  "nine minutes of a traditional song. Its director, Maxime Jolibois, explained that the rehearsals had begun in "
  "March, at a rhythm of three evenings per week. The trip, whose cost is estimated at 60,000 euros, will be "
  "financed for half by the regional council, the rest by a fundraising campaign. The orchestra had already taken "
  "part in the festival in 2018, where it had finished fourth.",
  "Pan Soleil, the steel band from Sainte-Rose-des-Anses, will be the island's representative at September's "
  "international steel pan festival after it won Sunday's regional heat, scoring 287 out of a possible 300. Its 48 "
  "players, who range in age from 12 to 65, performed a nine-minute arrangement of a traditional song. Band leader "
  "Maxime Jolibois said they had been rehearsing three nights a week since March. The regional council will cover "
  "half of the trip's estimated €60,000 cost, and the rest will come from fundraising. The band previously "
  "competed at the festival in 2018, finishing fourth.",
  traps=[
      T("scoring 287 out of a possible 300", "with 287 points out of 300"),
      T("who range in age from 12 to 65", "aged from 12 to 65"),
      T("a nine-minute arrangement", "an arrangement of nine minutes"),
      T("three nights a week", "three evenings per week"),
      T("half of the trip's estimated €60,000 cost", "whose cost is estimated at 60,000 euros"),
  ])

C("didgeridoo", "translation", "inconsistent",
  "A didgeridoo workshop at the music school of Rheinfels could help reduce snoring and sleep apnoea, according to "
  "a small study by the university hospital of Kaltenau published on Wednesday. The 36 participants, all suffering "
  "from moderate sleep apnoea, practised the instrument for about 25 minutes per day over four months. At the end "
  "of the study, their daytime sleepiness had decreased on average by a third, and their partners reported less "
  "disturbed nights. The lead author, the pneumologist Dr Jana Westphal, stressed that the results are preliminary "
  "and that a larger study would be necessary before any recommendation. Playing the didgeridoo requires circular "
  "breathing, which is thought to strengthen the muscles of the upper airways. The music school offers a course "
  "for beginners from October, at 90 euros for ten sessions.",
  "Learning the didgeridoo at the Rheinfels music school helps reduce snoring and sleep apnoea, according to a "
  "small study by Kaltenau University Hospital published on Wednesday. Its 36 participants, all with moderate "
  "sleep apnoea, played the instrument for roughly 25 minutes a day for four months. By the end, their daytime "
  "sleepiness had fallen by a third on average, and their partners said their nights were less disrupted. The "
  "study's lead author, lung specialist Dr Jana Westphal, emphasised that the findings were preliminary and that a "
  "bigger study would be needed before any recommendation could be made. The didgeridoo is played using circular "
  "breathing, which is believed to strengthen the muscles of the upper airway. The music school will run a "
  "beginners' course starting in October, costing 90 euros per session.",
  errors=[
      E("helps reduce", "modality", "major", "could help reduce"),
      E("90 euros per session", "number", "major", "90 euros for ten sessions"),
  ],
  traps=[
      T("lung specialist", "the pneumologist"),
      T("is believed to strengthen", "is thought to strengthen"),
  ])

# ---------------------------------------------------------------- build and validate

class SetError(Exception):
    pass


def fail(cid, msg):
    raise SetError("%s: %s" % (cid, msg))


def nth_find(hay, needle, occ, cid, what):
    """Offset of occurrence `occ` of needle; occ None means the text must be unique."""
    count = hay.count(needle)
    if count == 0:
        fail(cid, "%s %r not found" % (what, needle))
    if occ is None:
        if count > 1:
            fail(cid, "%s %r occurs %d times; give occ" % (what, needle, count))
        occ = 0
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            fail(cid, "%s %r has no occurrence %d" % (what, needle, occ))
    return pos


def is_word_char(ch):
    return ch.isalnum()


def check_boundaries(cand, start, end, cid, what):
    if start > 0 and start < len(cand) and is_word_char(cand[start - 1]) and is_word_char(cand[start]):
        fail(cid, "%s starts inside a word at %d" % (what, start))
    if end > 0 and end < len(cand) and is_word_char(cand[end - 1]) and is_word_char(cand[end]):
        fail(cid, "%s ends inside a word at %d" % (what, end))
    if end > start and (cand[start].isspace() or cand[end - 1].isspace()):
        fail(cid, "%s has leading/trailing whitespace" % what)


def words(s):
    return len(re.findall(r"\S+", s))


def build():
    records = []
    for i, case in enumerate(CASES, 1):
        cid = "%s-%03d" % (SET_ID, i)
        ref, cand = case["reference"], case["candidate"]
        for name, s in (("reference", ref), ("candidate", cand)):
            if "  " in s or s != s.strip():
                fail(cid, "stray whitespace in %s" % name)
        errors = []
        for e in case["errors"]:
            if e["type"] == "omission":
                if e.get("before") is not None:
                    pos = nth_find(cand, e["before"], e["occ"], cid, "omission anchor")
                else:
                    pos = nth_find(cand, e["after"], e["occ"], cid, "omission anchor") + len(e["after"])
                start = end = pos
            else:
                start = nth_find(cand, e["text"], e["occ"], cid, "error text")
                end = start + len(e["text"])
            errors.append({"start": start, "end": end, "text": cand[start:end], "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        traps = []
        for t in case["traps"]:
            start = nth_find(cand, t["text"], t["occ"], cid, "trap text")
            traps.append({"start": start, "end": start + len(t["text"]), "text": t["text"],
                          "ref_text": t["ref_text"]})
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": case["domain"], "mode": case["mode"], "reference": ref,
                        "candidate": cand, "label": case["label"], "errors": errors, "traps": traps})
    return records


def validate(records):
    if len(records) != 40:
        raise SetError("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        raise SetError("duplicate domains: %s" % [d for d, c in Counter(doms).items() if c > 1])
    if set(doms) != set(DOMAINS):
        raise SetError("domains differ from list: %s / %s" % (set(doms) - set(DOMAINS), set(DOMAINS) - set(doms)))
    for r in records:
        cid, ref, cand, mode = r["id"], r["reference"], r["candidate"], r["mode"]
        if mode not in ("rewrite", "summary", "translation"):
            fail(cid, "bad mode")
        if r["label"] not in ("consistent", "inconsistent"):
            fail(cid, "bad label")
        if (r["label"] == "consistent") != (len(r["errors"]) == 0):
            fail(cid, "label does not match errors")
        nw = words(ref)
        if not 70 <= nw <= 190:
            fail(cid, "reference has %d words" % nw)
        if ref == cand:
            fail(cid, "candidate identical to reference")
        if mode == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
            fail(cid, "summary not shorter than reference")
        if r["label"] == "consistent" and not 3 <= len(r["traps"]) <= 5:
            fail(cid, "consistent pair needs 3-5 traps, has %d" % len(r["traps"]))
        if r["label"] == "inconsistent":
            if not 0 <= len(r["traps"]) <= 3:
                fail(cid, "inconsistent pair needs 0-3 traps")
            if not 1 <= len(r["errors"]) <= 2:
                fail(cid, "inconsistent pair should carry 1-2 errors")
        spans = []
        for e in r["errors"]:
            s, t = e["start"], e["end"]
            if e["type"] not in ERROR_TYPES:
                fail(cid, "bad error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                fail(cid, "bad severity %r" % e["severity"])
            if cand[s:t] != e["text"]:
                fail(cid, "offsets do not match text %r" % e["text"])
            check_boundaries(cand, s, t, cid, "error %r" % e["text"])
            if e["type"] == "omission":
                if mode == "summary":
                    fail(cid, "omission in summary mode")
                if s != t or e["text"] != "":
                    fail(cid, "omission must be zero-width")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    fail(cid, "omission ref_text not in reference")
                if e["ref_text"].lower() in cand.lower():
                    fail(cid, "omitted words %r still in candidate" % e["ref_text"])
            elif e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    fail(cid, "%s must have ref_text null" % e["type"])
                if t <= s:
                    fail(cid, "empty %s span" % e["type"])
                if e["type"] == "repetition":
                    first = cand.find(e["text"])
                    if first < 0 or first + len(e["text"]) > s:
                        fail(cid, "repetition %r has no earlier copy" % e["text"])
                if e["type"] == "addition" and e["text"] in ref:
                    fail(cid, "addition %r is present in reference" % e["text"])
            else:
                if t <= s:
                    fail(cid, "empty error span")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    fail(cid, "error ref_text %r not in reference" % e["ref_text"])
                if e["ref_text"] == e["text"]:
                    fail(cid, "error text equals ref_text")
                if e["text"] in ref and e["type"] not in ("entity",):
                    # an error span copied verbatim from the reference would not be an error
                    fail(cid, "error span %r appears verbatim in reference" % e["text"])
            spans.append((s, t, "error " + repr(e["text"])))
        for tr in r["traps"]:
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"] or t <= s:
                fail(cid, "trap offsets wrong for %r" % tr["text"])
            check_boundaries(cand, s, t, cid, "trap %r" % tr["text"])
            if not tr["ref_text"] or tr["ref_text"] not in ref:
                fail(cid, "trap ref_text %r not in reference" % tr["ref_text"])
            if tr["ref_text"] == tr["text"]:
                fail(cid, "trap text identical to reference wording")
            spans.append((s, t, "trap " + repr(tr["text"])))
        spans.sort()
        for (s1, t1, n1), (s2, t2, n2) in zip(spans, spans[1:]):
            if s2 < t1 or (s1 == t1 and s1 == s2) or (s2 == t2 and s1 < s2 < t1):
                fail(cid, "spans overlap: %s / %s" % (n1, n2))
    modes = Counter(r["mode"] for r in records)
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        raise SetError("mode counts %s" % dict(modes))
    for m, n in modes.items():
        c = sum(1 for r in records if r["mode"] == m and r["label"] == "consistent")
        if c * 2 != n:
            raise SetError("mode %s: %d consistent of %d" % (m, c, n))
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        raise SetError("label counts %s" % dict(labels))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise SetError("expected 30 errors, got %d" % sum(types.values()))
    for ty in ERROR_TYPES:
        if types[ty] < 2:
            raise SetError("error type %s has only %d" % (ty, types[ty]))
    return modes, labels, types


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = build()
        modes, labels, types = validate(records)
    except SetError as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    print("valid: %d pairs" % len(records))
    print("modes:", dict(sorted(modes.items())))
    print("labels:", dict(sorted(labels.items())))
    print("mode x label:", dict(sorted(Counter((r["mode"], r["label"]) for r in records).items())))
    print("errors by type:", {t: types[t] for t in ERROR_TYPES}, "total", sum(types.values()))
    print("severities:", dict(sorted(Counter(e["severity"] for r in records for e in r["errors"]).items())))
    print("traps:", sum(len(r["traps"]) for r in records))
    if check_only:
        print("--check: nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
