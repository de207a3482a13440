#!/usr/bin/env python3
"""Held-out evaluation set 169 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper (an assistant session) that saw no
code, data or benchmark of the project, working only from a written brief. All
people, companies, organisations, places and figures are invented; real countries
appear only as background. Texts are in news / agency / corporate / official
register. Character offsets are never typed by hand: the script finds every span
by string search (with an explicit occurrence index where a quoted text repeats),
validates the whole set, and writes set169.jsonl next to this file.

    python3 make_set169.py           # validate and write set169.jsonl
    python3 make_set169.py --check   # validate only, write nothing

Composition (checked by validate())
-----------------------------------
* 40 pairs, one domain each (the 40 domains of domains70b.txt).
* 20 consistent / 20 inconsistent.
* 20 rewrites (10 consistent, 10 inconsistent), 10 summaries (5 / 5),
  10 translations (5 / 5; both sides are independent English translations of
  the same non-English story).
* 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2 (rewrite/translation only), addition 2,
  repetition 2.  Inconsistent pairs: 11 with one error, 8 with two, 1 with three.
* Consistent pairs carry 3-5 traps each (faithful rewordings a naive checker may
  flag); inconsistent pairs carry 0-3.
* References are 70-190 words; every summary is shorter than its reference.

Record format (one JSON object per line)
----------------------------------------
id, domain, mode, reference, candidate, label,
errors: [{start, end, text, type, severity, ref_text}],
traps:  [{start, end, text, ref_text}]
Offsets are Python str offsets into `candidate`, [start, end). An omission is a
zero-width span at the point where the missing words belong (text "", ref_text =
the missing reference words). Additions and repetitions have ref_text null; a
repetition span is the later copy of earlier candidate text. Role spans run from
the first swapped participant to the second, including the verb.
"""

import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set169.jsonl")
DOMAINS_PATH = os.path.join(HERE, "domains70b.txt")
N = 169

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

DOMAINS = [
    "victorian toilet listing", "marrow dinner", "cold war bunker",
    "death watch beetle", "dog waste bins", "cruck barn",
    "crocodile in reservoir", "switchboard operator", "gobstopper record",
    "toffee hammer shop", "causeway tide times", "tick awareness",
    "toilet attendant", "horsefly bites", "ale taster appointment",
    "tripe dresser", "fairground organ", "secret tunnel rumour",
    "petrified tree", "stargazy pie night", "fern fever history",
    "dangerous animal permit", "charcoal burner clamp", "lost time capsule hunt",
    "sampler stitched 1800s", "hanging judge", "apiary inspector",
    "barter market", "brass plaque theft", "two headed tortoise",
    "mammoth tooth", "wattle and daub", "elm tree survivor",
    "vermouth bottler", "gibbet replica row", "potato variety trial",
    "hot cross bun dole", "turnpike gate records", "thimble museum",
    "abbey bee boles",
]


def E(text, etype, severity, ref_text, occ=None, after=None):
    """An error span. For an omission give text="" and `after`: the candidate
    text right after which the missing words belong."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording; ref_text is the reference wording."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}


CASES = []

# ---------------------------------------------------------------- 001
CASES.append(C(
    "victorian toilet listing", "rewrite", "consistent",
    "A Victorian public convenience on the seafront at Marlowe Sands has been "
    "granted Grade II listed status, Historic Buildings Register officials "
    "confirmed on Thursday. The underground gentlemen's lavatory, built in 1894 "
    "by the ironfounders Peploe & Strand, retains its original glazed brick "
    "walls, six marble cubicle partitions and a cast-iron entrance canopy. It "
    "closed to the public in 1987 and has been used as a storage space by "
    "Harrowby District Council since then. Councillor Imelda Quarrie, who leads "
    "the council's heritage committee, said the decision 'secures the future of "
    "a building that many residents had written off'. The council now plans to "
    "seek about £340,000 in grant funding to repair the canopy and open the site "
    "for guided tours, possibly as early as next summer.",
    "The seafront lavatory at Marlowe Sands, an underground Victorian gents' "
    "convenience, is now Grade II listed, officials at the Historic Buildings "
    "Register said on Thursday. Ironfounders Peploe & Strand built it in 1894, "
    "and its glazed brick walls, six marble cubicle partitions and cast-iron "
    "entrance canopy are all original. Harrowby District Council has used it for "
    "storage since it shut to the public in 1987. The decision 'secures the "
    "future of a building that many residents had written off', according to "
    "Councillor Imelda Quarrie, head of the council's heritage committee. The "
    "council now intends to apply for roughly £340,000 in grants to repair the "
    "canopy and open the site for guided tours, which could happen as soon as "
    "next summer.",
    traps=[
        T("Ironfounders Peploe & Strand built it in 1894",
          "built in 1894 by the ironfounders Peploe & Strand"),
        T("since it shut to the public in 1987",
          "It closed to the public in 1987"),
        T("according to Councillor Imelda Quarrie, head of the council's heritage committee",
          "Councillor Imelda Quarrie, who leads the council's heritage committee, said"),
        T("roughly £340,000", "about £340,000"),
        T("which could happen as soon as next summer",
          "possibly as early as next summer"),
    ]))

# ---------------------------------------------------------------- 002
CASES.append(C(
    "marrow dinner", "summary", "consistent",
    "More than 200 people attended the annual Marrow Dinner at Stainby Village "
    "Hall on Saturday, raising £4,860 for the Stainby and Crale air ambulance "
    "appeal. The event, first held in 1952, celebrates the end of the village's "
    "giant vegetable show, and every dish on the five-course menu contains "
    "marrow, including the dessert, a marrow and ginger jam tart. This year's "
    "winning marrow, grown by retired postman Lionel Ashdown, weighed 38.4 "
    "kilograms and was carved up for the soup course. Organiser Beryl Haddow "
    "said ticket sales had been the strongest in a decade, though she admitted "
    "that 'not everyone comes back for the pudding'. Mr Ashdown, who has now won "
    "the title four times, said he would not be entering next year because of a "
    "knee operation.",
    "Stainby's annual Marrow Dinner, a tradition dating from 1952, drew over 200 "
    "diners on Saturday and raised £4,860 for the Stainby and Crale air "
    "ambulance appeal. Marrow featured in every dish of the five-course menu, "
    "with this year's 38.4kg winning marrow going into the soup. Its grower, "
    "four-time champion Lionel Ashdown, will not enter next year because of "
    "knee surgery.",
    traps=[
        T("a tradition dating from 1952", "first held in 1952"),
        T("drew over 200 diners", "More than 200 people attended"),
        T("38.4kg", "38.4 kilograms"),
        T("four-time champion", "has now won the title four times"),
        T("knee surgery", "a knee operation"),
    ]))

# ---------------------------------------------------------------- 003
CASES.append(C(
    "cold war bunker", "rewrite", "inconsistent",
    "A Cold War nuclear monitoring bunker beneath a field near Offley Cross "
    "could open to visitors next spring, the Offley Cross Heritage Trust said on "
    "Monday. The bunker, one of about 1,500 built across Britain in the late "
    "1950s and early 1960s, was staffed by volunteers from the Civil Defence "
    "Watch until it was decommissioned in 1991. The trust bought the site from "
    "a local farmer, Dennis Verrall, for £18,000 last year. Its chairwoman, "
    "Hilary Moxon, said volunteers had already removed 40 tonnes of flood debris "
    "but that the ventilation shaft still needed to be rebuilt before the public "
    "could be admitted. A spokesperson for the district council's planning "
    "department said an application for a small car park was 'likely to be "
    "approved' at next month's meeting.",
    "A Cold War nuclear monitoring bunker under a field near Offley Cross will "
    "open to visitors next spring, the Offley Cross Heritage Trust announced on "
    "Monday. One of roughly 1,500 such bunkers built across Britain in the late "
    "1950s and early 1960s, it was staffed by volunteers from the Civil Defence "
    "Watch until being decommissioned in 1991. Last year the trust paid local "
    "farmer Dennis Verrall £18,000 for the site. Volunteers have already "
    "cleared 40 tonnes of flood debris, according to chairwoman Hilary Moxon, "
    "though the ventilation shaft must still be rebuilt before the public can "
    "be let in. Ms Moxon said an application for a small car park was 'likely "
    "to be approved' at next month's meeting.",
    errors=[
        E("will open", "modality", "major", "could open"),
        E("Ms Moxon said", "attribution", "major",
          "A spokesperson for the district council's planning department said"),
    ],
    traps=[
        T("roughly 1,500", "about 1,500"),
        T("paid local farmer Dennis Verrall £18,000 for the site",
          "bought the site from a local farmer, Dennis Verrall, for £18,000"),
    ]))

# ---------------------------------------------------------------- 004
CASES.append(C(
    "death watch beetle", "rewrite", "inconsistent",
    "Repairs to the roof of St Aldhelm's Church in Wexcombe have been halted "
    "after surveyors found death watch beetle in four of the nave's oak beams. "
    "The parochial church council said the infestation was discovered during a "
    "routine inspection on 3 March and that the beams, which date from the 15th "
    "century, would be treated rather than replaced. Conservation architect "
    "Mervyn Tolley said the damage was 'serious but not structural' and that "
    "the church would remain open for services throughout the work. The "
    "treatment, which involves injecting a boron-based preservative into the "
    "timber, is expected to cost about £26,000, bringing the total cost of the "
    "roof project to £212,000. The council has applied to the Wexcombe Churches "
    "Fund for help with the extra cost.",
    "Death watch beetle has been found in four oak beams in the nave of St "
    "Aldhelm's Church, Wexcombe, bringing roof repairs there to a halt. "
    "According to the parochial church council, surveyors discovered the "
    "infestation during a routine inspection on 3 March, and the 15th-century "
    "beams will be treated rather than replaced. Conservation architect Mervyn "
    "Tolley described the damage as 'serious but not structural', adding that "
    "the church would not remain open for services throughout the work. "
    "Treating the timber by injecting it with a boron-based preservative is "
    "expected to cost around £26,000, taking the overall cost of the roof "
    "project to £212,000. The council has asked the Wexcombe Churches Fund to "
    "help cover the additional expense.",
    errors=[
        E("would not remain open", "polarity", "major", "would remain open"),
    ],
    traps=[
        T("bringing roof repairs there to a halt",
          "Repairs to the roof of St Aldhelm's Church in Wexcombe have been halted"),
        T("the 15th-century beams", "the beams, which date from the 15th century"),
        T("around £26,000", "about £26,000"),
    ]))

# ---------------------------------------------------------------- 005
CASES.append(C(
    "dog waste bins", "rewrite", "inconsistent",
    "Brackenholt Borough Council is to remove 140 of its 410 dog waste bins "
    "after a review found that many were being emptied only once a fortnight "
    "and were frequently overflowing. Under the plan, approved by the council's "
    "environment committee on Wednesday, dog owners will be encouraged to use "
    "ordinary litter bins, which have accepted bagged dog waste since last "
    "year. The remaining dog bins will be concentrated in parks and on popular "
    "walking routes. The council expects the change to save £52,000 a year. "
    "Councillor Desmond Rix, who chairs the committee, said: 'Fewer bins, "
    "emptied more often, is better than lots of bins that nobody empties.' The "
    "Brackenholt Dog Owners' Association said it was disappointed and warned "
    "that fouling could increase in residential streets.",
    "Around a third of Brackenholt's 410 dog waste bins, 140 in all, are to be "
    "taken away by the borough council after a review found many were emptied "
    "only every two weeks and often overflowed. The council's environment "
    "committee approved the plan on Wednesday. Dog owners will be urged to use "
    "ordinary litter bins, which have taken bagged dog waste since last year, "
    "while the remaining dog bins will be concentrated in parks and along "
    "popular walking routes. The council expects to save £25,000 a year. "
    "'Fewer bins, emptied more often, is better than lots of bins that nobody "
    "empties,' said committee chair Desmond Rix. The Brackenholt Dog Owners' "
    "Association said it was disappointed and warned that fouling might rise "
    "in residential streets.",
    errors=[
        E("£25,000", "number", "major", "£52,000"),
    ],
    traps=[
        T("only every two weeks", "only once a fortnight"),
        T("committee chair Desmond Rix",
          "Councillor Desmond Rix, who chairs the committee"),
        T("fouling might rise", "fouling could increase"),
    ]))

# ---------------------------------------------------------------- 006
CASES.append(C(
    "cruck barn", "rewrite", "consistent",
    "A cruck-framed barn at Holloway Farm, near Linsey Bridge, has been dated to "
    "1436 using tree-ring analysis, making it one of the oldest surviving "
    "agricultural buildings in the county. The dating was carried out by the "
    "Pennard Dendrochronology Laboratory, which took core samples from three of "
    "the barn's five pairs of oak crucks in January. Owner Gwendolyn Fairlie, "
    "whose family has farmed the land since 1921, said she had always assumed "
    "the barn was 'a couple of hundred years old at most'. The barn is not "
    "currently listed, but Ms Fairlie said she intended to apply for "
    "protection. Archaeologist Rupert Sallis said the findings suggested the "
    "timbers had been felled in the winter of 1435-36 and used while still "
    "green, which was common practice at the time.",
    "Tree-ring analysis has dated a cruck-framed barn at Holloway Farm, near "
    "Linsey Bridge, to 1436, putting it among the county's oldest surviving "
    "agricultural buildings. The work was done by the Pennard Dendrochronology "
    "Laboratory, which took core samples from three of the barn's five pairs of "
    "oak crucks in January. Owner Gwendolyn Fairlie, whose family has worked "
    "the land since 1921, said she had always assumed the barn was 'a couple of "
    "hundred years old at most'. Although the barn is not listed at present, "
    "Ms Fairlie said she intended to apply for protection. According to "
    "archaeologist Rupert Sallis, the findings suggest that the timbers were "
    "felled in the winter of 1435-36 and used green, as was common practice at "
    "the time.",
    traps=[
        T("putting it among the county's oldest surviving agricultural buildings",
          "making it one of the oldest surviving agricultural buildings in the county"),
        T("The work was done by", "The dating was carried out by"),
        T("has worked the land since 1921", "has farmed the land since 1921"),
        T("is not listed at present", "is not currently listed"),
        T("used green", "used while still green"),
    ]))

# ---------------------------------------------------------------- 007
CASES.append(C(
    "crocodile in reservoir", "translation", "inconsistent",
    "Firefighters and a team from the regional wildlife service spent Tuesday "
    "searching the Valdecorza reservoir after two anglers reported seeing a "
    "crocodile about two metres long near the dam wall. The mayor of nearby "
    "Torrejuncal, Amparo Nieto Salcedo, ordered a temporary ban on swimming and "
    "fishing in the reservoir while the search continued. By the evening the "
    "animal had not been found. Wildlife officer Raúl Bermejo said the sighting "
    "was 'credible' and that the reptile was most likely an escaped or "
    "abandoned pet, as crocodiles cannot survive the region's winters. "
    "Residents have been asked to keep dogs on leads near the water and to call "
    "the emergency services if they see the animal. Torrejuncal town council "
    "said the ban would be reviewed on Friday.",
    "On Tuesday firefighters, together with a unit from the regional wildlife "
    "service, combed the Valdecorza reservoir after two fishermen said they had "
    "spotted a crocodile of around two metres close to the dam wall. Amparo "
    "Nieto Salcedo, mayor of the neighbouring town of Torrejuncal, temporarily "
    "prohibited bathing and fishing in the reservoir for as long as the search "
    "lasted. There was still no sign of the animal by nightfall. According to "
    "wildlife officer Raúl Bermejo, the report was 'reliable', and the reptile "
    "was probably a pet that had escaped or been abandoned, since crocodiles "
    "cannot get through the winters in the region. Residents have been urged "
    "to keep their dogs on a lead near the water and to alert the emergency "
    "services if they see it. Valdecorza council will review the ban on Friday.",
    errors=[
        E("Valdecorza council", "entity", "major", "Torrejuncal town council"),
    ],
    traps=[
        T("two fishermen", "two anglers"),
        T("There was still no sign of the animal by nightfall",
          "By the evening the animal had not been found"),
        T("was probably a pet that had escaped or been abandoned",
          "was most likely an escaped or abandoned pet"),
    ]))

# ---------------------------------------------------------------- 008
CASES.append(C(
    "switchboard operator", "rewrite", "consistent",
    "Dorothy Penhallow, who worked as a telephone switchboard operator in "
    "Cressing for 41 years, celebrated her 100th birthday on Sunday with a "
    "party at the Cressing Memorial Hall. Mrs Penhallow joined the town's "
    "manual exchange in 1942, aged 17, and stayed until it was automated in "
    "1983. At its busiest, the exchange employed 23 operators, who connected "
    "calls by hand using plug-in cords. Her daughter, Linette Groome, said her "
    "mother could still recite dozens of the old three-digit local numbers "
    "from memory. The party was attended by about 80 guests, including two "
    "former colleagues, Ivy Treloar, 96, and Maud Kessell, 94. Mrs Penhallow "
    "received a card from the town's mayor, Councillor Anthony Brisco, who "
    "described her as 'the voice of Cressing for four decades'.",
    "Dorothy Penhallow, who spent 41 years as a telephone switchboard operator "
    "in Cressing, turned 100 on Sunday and marked the occasion with a party at the "
    "Cressing Memorial Hall. She was 17 when she started at the town's manual "
    "exchange in 1942, and she remained there until the exchange was automated "
    "in 1983. At its peak, 23 operators worked there, connecting calls by hand "
    "with plug-in cords. According to her daughter, Linette Groome, Mrs "
    "Penhallow can still recite dozens of the old three-digit local numbers "
    "from memory. Some 80 guests came to the party, among them two of her "
    "former colleagues: Ivy Treloar, aged 96, and Maud Kessell, 94. The town's "
    "mayor, Councillor Anthony Brisco, sent her a card, calling her 'the voice "
    "of Cressing for four decades'.",
    traps=[
        T("turned 100", "celebrated her 100th birthday"),
        T("She was 17 when she started at the town's manual exchange in 1942",
          "joined the town's manual exchange in 1942, aged 17"),
        T("At its peak, 23 operators worked there",
          "At its busiest, the exchange employed 23 operators"),
        T("Some 80 guests came to the party",
          "The party was attended by about 80 guests"),
        T("The town's mayor, Councillor Anthony Brisco, sent her a card",
          "received a card from the town's mayor, Councillor Anthony Brisco"),
    ]))

# ---------------------------------------------------------------- 009
CASES.append(C(
    "gobstopper record", "summary", "inconsistent",
    "A sweet shop in Tamworth Parva has claimed a new unofficial record for the "
    "largest gobstopper, after a confectioner spent 14 weeks building up a "
    "single sweet layer by layer. The finished gobstopper, made by Cyril "
    "Dunmore at his shop, Dunmore's Emporium, weighs 31.2 kilograms and "
    "measures 41 centimetres across. Mr Dunmore said he added a new coating of "
    "coloured sugar syrup almost every day, each one about a millimetre thick, "
    "and that the sweet contained 96 separate layers. He has submitted evidence "
    "to the Register of Culinary Feats, which is expected to rule on the claim "
    "within three months. The gobstopper will be displayed in the shop window "
    "until Easter and will not be sold or eaten, Mr Dunmore said, adding: 'It "
    "would take about 300 years to suck your way through it.'",
    "Confectioner Cyril Dunmore has spent 14 weeks building what he claims is a "
    "record-breaking gobstopper at his Tamworth Parva shop, Dunmore's Emporium. "
    "The 31.2kg sweet, 41cm across and made of 69 layers of sugar syrup, beats "
    "the previous record of 27 kilograms. The Register of Culinary Feats is "
    "expected to rule on his claim within three months; meanwhile the "
    "gobstopper will sit in the shop window until Easter and will not be eaten.",
    errors=[
        E("69", "number", "minor", "96"),
        E("beats the previous record of 27 kilograms", "addition", "major", None),
    ],
    traps=[
        T("31.2kg", "31.2 kilograms"),
        T("41cm across", "41 centimetres across"),
    ]))

# ---------------------------------------------------------------- 010
CASES.append(C(
    "toffee hammer shop", "rewrite", "consistent",
    "Pettigrew's, a sweet shop in Aldham Market that has broken its toffee with "
    "a hammer since it opened in 1908, is to close at the end of June. Owner "
    "Francis Pettigrew, 71, the great-grandson of the founder, said he had been "
    "unable to find a buyer after putting the business up for sale 18 months "
    "ago. The shop makes around 60 kilograms of slab toffee a week in a "
    "back-room kitchen, and customers can still watch it being cracked into "
    "pieces with the shop's original steel toffee hammer. Mr Pettigrew said the "
    "hammer would be donated to the Aldham Town Museum. 'I'm not retiring "
    "because I'm tired of it,' he said. 'I'm retiring because my wrists have "
    "had enough.' The shop will continue trading as normal until it closes.",
    "Aldham Market sweet shop Pettigrew's, which has cracked its toffee with a "
    "hammer ever since it opened in 1908, will shut its doors at the end of "
    "June. Owner Francis Pettigrew, 71, the founder's great-grandson, said he "
    "had put the business up for sale a year and a half ago but had been "
    "unable to find a buyer. Roughly 60kg of slab toffee is made in a kitchen "
    "at the back of the shop each week, and customers can still watch it being "
    "broken up with the shop's original steel toffee hammer, which Mr "
    "Pettigrew plans to give to the Aldham Town Museum. He said he was retiring "
    "not because he was tired of it but because his wrists 'have had enough'. "
    "Until the shop closes, it will carry on trading as normal.",
    traps=[
        T("will shut its doors at the end of June", "is to close at the end of June"),
        T("a year and a half ago", "18 months ago"),
        T("Roughly 60kg of slab toffee is made in a kitchen at the back of the shop each week",
          "The shop makes around 60 kilograms of slab toffee a week in a back-room kitchen"),
        T("plans to give to the Aldham Town Museum",
          "would be donated to the Aldham Town Museum"),
        T("He said he was retiring not because he was tired of it",
          "'I'm not retiring because I'm tired of it,' he said."),
    ]))

# ---------------------------------------------------------------- 011
CASES.append(C(
    "causeway tide times", "rewrite", "inconsistent",
    "Drivers crossing the causeway to Ennis Holm are being urged to check tide "
    "tables after three vehicles were stranded by rising water in the past "
    "month. The causeway, which is 1.2 miles long, is covered by the sea twice "
    "a day and is normally safe to cross for about two hours either side of "
    "low tide. On Saturday 14 September, a family of four had to be rescued by "
    "the Kelmouth lifeboat after their car was caught by the incoming tide "
    "shortly after 6pm. Holm Community Council has asked the highways authority "
    "to install electronic signs at both ends of the causeway showing safe "
    "crossing times. Until then, printed tide tables will be displayed at the "
    "Kelmouth car park and at the island's shop. The coastguard said all three "
    "incidents could have been avoided.",
    "Motorists using the Ennis Holm causeway are being urged to check the tide "
    "tables after three vehicles were stranded by rising water over the last "
    "month. The 1.2-mile causeway floods twice a day and is usually safe to "
    "cross for around two hours either side of low tide. On Saturday 14 "
    "September, a family of four had to be rescued by the Kelmouth lifeboat "
    "when the incoming tide caught their car shortly before 6pm. Holm Community "
    "Council has called on the highways authority to put up electronic signs "
    "at both ends of the causeway showing safe crossing times. In the meantime, "
    "printed tide tables will be on display at the Kelmouth car park. The "
    "coastguard said all three incidents could have been avoided.",
    errors=[
        E("shortly before 6pm", "date", "minor", "shortly after 6pm"),
        E("", "omission", "minor", "and at the island's shop",
          after="on display at the Kelmouth car park"),
    ],
    traps=[
        T("The 1.2-mile causeway", "The causeway, which is 1.2 miles long"),
        T("floods twice a day", "is covered by the sea twice a day"),
        T("has called on the highways authority to put up",
          "has asked the highways authority to install"),
    ]))

# ---------------------------------------------------------------- 012
CASES.append(C(
    "tick awareness", "summary", "consistent",
    "Walkers and dog owners in the Farrowdale Hills are being warned to check "
    "themselves for ticks after a rise in reported bites this summer. The "
    "Farrowdale Park Authority said rangers had recorded 87 tick bites between "
    "May and July, compared with 52 over the same period last year. Ticks can "
    "carry Lyme disease, which can cause a spreading rash, fever and joint pain "
    "if left untreated. The authority is putting up 40 warning signs at car "
    "parks and trailheads and will hand out free tick removal tools at its "
    "three visitor centres from Monday. Dr Priya Hallam, a consultant at "
    "Farrowdale General Hospital, said most bites were harmless but urged "
    "anyone who developed a rash within a month of being bitten to see a "
    "doctor. Walkers are advised to wear long trousers and stick to paths.",
    "Tick bites recorded by Farrowdale Park Authority rangers rose to 87 "
    "between May and July, up from 52 in the same months last year. From "
    "Monday, free tick removal tools will be available at the park's three "
    "visitor centres, and 40 warning signs are going up at car parks and "
    "trailheads. A hospital consultant said most bites were harmless, but "
    "anyone who gets a rash within a month of a bite should see a doctor.",
    traps=[
        T("up from 52 in the same months last year",
          "compared with 52 over the same period last year"),
        T("free tick removal tools will be available",
          "will hand out free tick removal tools"),
        T("40 warning signs are going up", "is putting up 40 warning signs"),
        T("A hospital consultant",
          "Dr Priya Hallam, a consultant at Farrowdale General Hospital"),
    ]))

# ---------------------------------------------------------------- 013
CASES.append(C(
    "toilet attendant", "rewrite", "inconsistent",
    "Edna Mulcaster, believed to be the last full-time public toilet attendant "
    "employed by a council in the north of England, retired on Friday after 34 "
    "years at the Wellgate conveniences in Thursby. Mrs Mulcaster, 66, kept the "
    "facilities spotless and decorated them with fresh flowers and framed "
    "photographs of the town, earning them a regional award for the best-kept "
    "public toilets in 2009 and again in 2016. Thursby Town Council said it "
    "would not replace her post, and the toilets will instead be cleaned three "
    "times a day by a contractor, Brightwell Facilities. Mayor Gordon Pybus "
    "presented her with a silver-plated toilet brush mounted on a plaque. 'I've "
    "met every sort of person through that door,' Mrs Mulcaster said. 'Most of "
    "them were lovely.'",
    "After 34 years at the Wellgate conveniences in Thursby, Edna Mulcaster, "
    "thought to be the last full-time public toilet attendant on a council "
    "payroll in the north of England, retired on Friday. The 66-year-old kept "
    "the facilities spotless and decorated them with fresh flowers and framed "
    "photographs of the town, and they won a regional award for the best-kept "
    "public toilets in 2009 and again in 2016. Her post will not be filled: "
    "instead a contractor, Brightwell Facilities, will clean the toilets three "
    "times a day, Wellgate Town Council said. Mayor Gordon Pybus presented her "
    "with a silver-plated toilet brush mounted on a plaque. 'I've met every "
    "sort of person through that door,' she said. 'Most of them were lovely.'",
    errors=[
        E("Wellgate Town Council", "entity", "major", "Thursby Town Council"),
    ],
    traps=[
        T("thought to be", "believed to be"),
        T("The 66-year-old", "Mrs Mulcaster, 66"),
        T("Her post will not be filled", "it would not replace her post"),
    ]))

# ---------------------------------------------------------------- 014
CASES.append(C(
    "horsefly bites", "rewrite", "consistent",
    "Pharmacists in the Lowmarsh area have reported a sharp increase in "
    "customers seeking treatment for horsefly bites, following weeks of hot, "
    "humid weather. Alun Pritchard, who runs the Market Street Pharmacy in "
    "Lowmarsh, said he had dealt with more than 30 cases in the past week "
    "alone, compared with a handful in a typical summer. Horsefly bites are "
    "painful because the insects cut the skin rather than pierce it, and they "
    "can become infected if scratched. The Lowmarsh and District Health "
    "Partnership advised people to cover exposed skin near rivers and ponds, "
    "avoid strong scents, and clean any bite with soap and water. It said "
    "anyone with a bite that became hot, swollen or increasingly painful after "
    "48 hours should contact their GP. Forecasters expect the humid conditions "
    "to continue until at least next Wednesday.",
    "After weeks of hot and humid weather, chemists around Lowmarsh say there "
    "has been a sharp rise in customers coming to them for treatment for "
    "horsefly bites. Alun Pritchard, who runs Lowmarsh's Market Street "
    "Pharmacy, says he has seen over 30 cases in the last seven days alone, "
    "compared with a handful in a typical summer. Because horseflies slice the "
    "skin instead of piercing it, their bites hurt, and scratching them can "
    "lead to infection. The Lowmarsh and District Health Partnership's advice "
    "is to cover bare skin near rivers and ponds, steer clear of strong scents "
    "and wash any bite with soap and water; anyone whose bite becomes hot, "
    "swollen or increasingly painful after two days should contact their GP. "
    "Forecasters expect the humidity to persist until next Wednesday at least.",
    traps=[
        T("chemists around Lowmarsh", "Pharmacists in the Lowmarsh area"),
        T("in the last seven days alone", "in the past week alone"),
        T("horseflies slice the skin instead of piercing it",
          "the insects cut the skin rather than pierce it"),
        T("after two days", "after 48 hours"),
        T("until next Wednesday at least", "until at least next Wednesday"),
    ]))

# ---------------------------------------------------------------- 015
CASES.append(C(
    "ale taster appointment", "rewrite", "inconsistent",
    "The market town of Cobbridge has appointed its first official ale taster "
    "since 1899, reviving a post that dates back to the 14th century. Retired "
    "brewer Nigel Oakshott, 62, was chosen from 19 applicants by the town's "
    "Court Leet, a medieval manorial court that still meets once a year. "
    "Historically, ale tasters, also known as ale conners, checked the quality "
    "and price of beer sold in the town. Mr Oakshott's duties will be largely "
    "ceremonial: he will visit each of Cobbridge's seven pubs twice a year, "
    "wearing a leather apron and carrying a pewter tankard. He will receive no "
    "salary, but by tradition is entitled to 'a reasonable measure' from each "
    "pub he visits. The Court Leet said the revival was intended to support "
    "local pubs and attract visitors.",
    "The market town of Cobbridge has named its first official ale taster since "
    "1899, bringing back a post that goes back to the 14th century. Nigel "
    "Oakshott, a 62-year-old retired brewer, was picked from 19 applicants by "
    "the town's Court Leet, a medieval manorial court that still meets "
    "annually. Ale tasters, also called ale conners, traditionally checked the "
    "quality and price of beer sold in the town. Mr Oakshott's role will be "
    "mostly ceremonial: he will visit each of the town's seven pubs twice a "
    "year, wearing a leather apron and carrying a pewter tankard. He will not "
    "be paid, but by tradition he is entitled to 'a reasonable measure' from "
    "each pub he visits. He will visit each of the town's seven pubs twice a "
    "year. The Court Leet said the revival was meant to support local pubs and "
    "attract visitors.",
    errors=[
        E("He will visit each of the town's seven pubs twice a year.",
          "repetition", "minor", None),
    ],
    traps=[
        T("a 62-year-old retired brewer", "Retired brewer Nigel Oakshott, 62"),
        T("meets annually", "meets once a year"),
        T("He will not be paid", "He will receive no salary"),
    ]))

# ---------------------------------------------------------------- 016
CASES.append(C(
    "tripe dresser", "rewrite", "consistent",
    "One of Britain's last traditional tripe dressers is to take on an "
    "apprentice, after a council-funded scheme agreed to pay half of the "
    "trainee's wages for two years. Harold Nuttall, 74, has prepared and sold "
    "tripe from his family's shop on Ridley Street in Bannockfield since 1966. "
    "He cleans, boils and bleaches around 150 kilograms of beef tripe each "
    "week, most of which is sold to older customers and to two restaurants in "
    "the city. The apprentice, 19-year-old Kieran Mossop, will start next "
    "month. Mr Nuttall said demand had fallen steadily since the 1980s but had "
    "picked up slightly in the past two years as younger diners became "
    "interested in offal. Bannockfield City Council said the Vanishing Trades "
    "Apprenticeship Fund had so far supported 12 apprenticeships in "
    "disappearing trades.",
    "A council-funded scheme has agreed to cover 50% of a trainee's wages for "
    "two years, allowing one of Britain's last traditional tripe dressers to "
    "take on an apprentice. Harold Nuttall, 74, has been preparing and selling "
    "tripe at his family's Ridley Street shop in Bannockfield since 1966, and "
    "each week he cleans, boils and bleaches about 150kg of beef tripe, mostly "
    "for older customers and two city restaurants. His apprentice, "
    "19-year-old Kieran Mossop, starts next month. Demand has dropped steadily "
    "since the 1980s, Mr Nuttall said, though it has risen a little over the "
    "past two years as younger diners have taken an interest in offal. "
    "Bannockfield City Council said the Vanishing Trades Apprenticeship Fund "
    "had so far backed 12 apprenticeships in disappearing trades.",
    traps=[
        T("cover 50% of a trainee's wages", "pay half of the trainee's wages"),
        T("about 150kg", "around 150 kilograms"),
        T("mostly for older customers and two city restaurants",
          "most of which is sold to older customers and to two restaurants in the city"),
        T("has risen a little", "had picked up slightly"),
        T("backed 12 apprenticeships", "supported 12 apprenticeships"),
    ]))

# ---------------------------------------------------------------- 017
CASES.append(C(
    "fairground organ", "translation", "consistent",
    "A 1920s fairground organ that stood silent for more than forty years has "
    "been restored and played in public again in the Dutch town of "
    "Oosterwijde. The instrument, known as 'De Zwaluw', was built by the "
    "Meerbeek workshop of Mertens & Zonen and has 89 keys and more than 400 "
    "pipes. Volunteers of the Zwaluw Foundation spent three and a half years "
    "on the restoration, which cost around 95,000 euros, most of it raised "
    "through donations. Foundation chair Joke van Baarle said the organ's "
    "original cardboard music books had been found in a barn in 2019. The "
    "organ will be played on the market square every first Saturday of the "
    "month from April to October.",
    "In Oosterwijde, in the Netherlands, a fairground organ from the 1920s "
    "that had not been heard for over four decades has been returned to "
    "working order and performed publicly once more. The organ, nicknamed "
    "'The Swallow', came from the Meerbeek workshop of Mertens and Sons; it "
    "has 89 keys and upwards of 400 pipes. Restoring it took volunteers from "
    "the Swallow Foundation three and a half years and cost about €95,000, "
    "largely paid for by donations. According to the foundation's chair, Joke "
    "van Baarle, the organ's original cardboard music books turned up in a "
    "barn in 2019. From April until October it will play on the market square "
    "on the first Saturday of every month.",
    traps=[
        T("over four decades", "more than forty years"),
        T("'The Swallow'", "'De Zwaluw'"),
        T("upwards of 400 pipes", "more than 400 pipes"),
        T("the Swallow Foundation", "the Zwaluw Foundation"),
        T("about €95,000", "around 95,000 euros"),
    ]))

# ---------------------------------------------------------------- 018
CASES.append(C(
    "secret tunnel rumour", "summary", "inconsistent",
    "A long-standing rumour that a secret tunnel links the Old Bell Inn in "
    "Hadcombe to the ruined priory half a mile away has been tested by "
    "ground-penetrating radar, and found wanting. The survey, commissioned by "
    "the Hadcombe Local History Group and carried out by Kestrel Geophysics in "
    "October, detected a brick-lined cellar drain beneath the inn's car park "
    "but no sign of a passage. Group secretary Marion Fettes said members had "
    "been 'a little disappointed', but that the drain itself was probably "
    "18th-century and worth recording. The inn's landlord, Terry Bask, said "
    "the legend would live on regardless. 'Every pub in England has a tunnel "
    "to somewhere,' he said. 'Ours just happens to be invisible.' The group "
    "plans to publish the full results in its spring newsletter.",
    "A radar survey has found no evidence of the secret tunnel said to run "
    "from Hadcombe's Old Bell Inn to the nearby ruined priory, though it did "
    "reveal a brick-lined drain under the inn's car park. Landlord Terry Bask "
    "said the drain was probably 18th-century and worth recording, and the "
    "local history group will publish the results in its spring newsletter.",
    errors=[
        E("Landlord Terry Bask said", "attribution", "major",
          "Group secretary Marion Fettes said"),
    ],
    traps=[
        T("found no evidence of the secret tunnel", "no sign of a passage"),
    ]))

# ---------------------------------------------------------------- 019
CASES.append(C(
    "petrified tree", "translation", "inconsistent",
    "Quarry workers near the Czech village of Dolní Vrabkov have uncovered a "
    "petrified tree trunk about 11 metres long, which geologists estimate to "
    "be around 290 million years old. The trunk was found on 22 May during "
    "blasting at the Skalka limestone quarry and is the largest fossil of its "
    "kind discovered in the region. Palaeontologist Zdeňka Koubková of the "
    "Regional Museum in Brdovice said the tree was probably a relative of "
    "modern conifers and had been preserved after being buried by volcanic "
    "ash. The quarry operator has suspended work in that section for at least "
    "two months to allow the trunk to be removed in one piece. The museum "
    "plans to put it on display next year, but said the public would not be "
    "able to visit the site during the excavation.",
    "Workers at a quarry close to the Czech village of Dolní Vrabkov have "
    "found a fossilised tree trunk roughly 11 metres in length that "
    "geologists put at some 290 million years old. It came to light on 22 "
    "March during blasting at the Skalka limestone quarry and is the biggest "
    "fossil of its type ever found in the region. According to palaeontologist "
    "Zdeňka Koubková of the Regional Museum in Brdovice, the tree was likely "
    "related to today's conifers and was preserved after volcanic ash buried "
    "it. The quarry company has halted work in that part of the site for at "
    "least two months so that the trunk can be lifted out intact. The museum "
    "intends to exhibit it next year and said members of the public would be "
    "able to visit the site while it is being excavated.",
    errors=[
        E("22 March", "date", "minor", "22 May"),
        E("would be able to visit", "polarity", "critical",
          "would not be able to visit"),
    ],
    traps=[
        T("fossilised tree trunk", "petrified tree trunk"),
        T("was likely related to today's conifers",
          "was probably a relative of modern conifers"),
    ]))

# ---------------------------------------------------------------- 020
CASES.append(C(
    "stargazy pie night", "summary", "consistent",
    "The fishing village of Porthvessel will hold its annual Stargazy Pie "
    "Night on 23 December, with organisers expecting a record crowd of up to "
    "600 people on the harbourside. The pie, baked with whole pilchards whose "
    "heads poke through the pastry crust to 'gaze at the stars', commemorates "
    "a local fisherman, Jory Penwarden, who according to legend put to sea in "
    "a storm in the 16th century and returned with enough fish to save the "
    "village from starvation. This year's pie will be baked by the Anchor Inn "
    "and is expected to measure two metres across, twice the size of last "
    "year's. Tickets are free, but visitors are asked to donate to the "
    "Porthvessel harbour restoration fund, which needs to raise £75,000 by "
    "the end of next year.",
    "Porthvessel's Stargazy Pie Night takes place on 23 December, and "
    "organisers expect a record crowd of as many as 600. The pilchard pie "
    "honours Jory Penwarden, a fisherman who, legend says, saved the village "
    "from starvation in the 16th century. Baked by the Anchor Inn, this year's "
    "pie is set to be two metres wide, double last year's. Entry is free, with "
    "donations invited for the harbour restoration fund.",
    traps=[
        T("as many as 600", "up to 600"),
        T("is set to be two metres wide", "is expected to measure two metres across"),
        T("double last year's", "twice the size of last year's"),
        T("Entry is free", "Tickets are free"),
    ]))

# ---------------------------------------------------------------- 021
CASES.append(C(
    "fern fever history", "rewrite", "consistent",
    "An exhibition on the Victorian craze for collecting ferns, known as "
    "pteridomania or 'fern fever', opens at the Clayhithe Museum on Saturday "
    "and runs until 2 November. The display includes more than 70 objects, "
    "among them fern-patterned pottery, cast-iron garden benches and a glass "
    "Wardian case used to transport living plants. Curator Rosalind Everard "
    "said the fashion peaked between the 1840s and 1890s, when collectors "
    "stripped some valleys of rare species. One of the exhibition's "
    "centrepieces is a set of pressed-fern albums compiled by a local "
    "schoolmistress, Harriet Goodbody, which were donated to the museum in "
    "1978 but have never been shown before. Entry is free, although the "
    "museum suggests a donation of £3.",
    "Clayhithe Museum's exhibition on pteridomania, the Victorian passion for "
    "collecting ferns nicknamed 'fern fever', opens on Saturday and will run "
    "until 2 November. Over 70 objects are on show, including pottery "
    "decorated with ferns, cast-iron garden benches and a glass Wardian case "
    "that was used to carry living plants. The craze was at its height from "
    "the 1840s to the 1890s, curator Rosalind Everard said, and some valleys "
    "were stripped of their rare species by collectors. Among the highlights "
    "are albums of pressed ferns put together by Harriet Goodbody, a local "
    "schoolmistress; they were given to the museum in 1978 but have never "
    "before been on display. Admission is free, though the museum suggests "
    "visitors give £3.",
    traps=[
        T("Over 70 objects are on show", "The display includes more than 70 objects"),
        T("was at its height from the 1840s to the 1890s",
          "peaked between the 1840s and 1890s"),
        T("some valleys were stripped of their rare species by collectors",
          "collectors stripped some valleys of rare species"),
        T("given to the museum in 1978", "donated to the museum in 1978"),
        T("Admission is free", "Entry is free"),
    ]))

# ---------------------------------------------------------------- 022
CASES.append(C(
    "dangerous animal permit", "summary", "inconsistent",
    "A man from Stoke Ferrers has applied to Marshbury District Council for a "
    "licence to keep a venomous Gaboon viper at his home, the first "
    "application of its kind the council has received in more than a decade. "
    "Under national licensing rules, anyone wishing to keep species such as "
    "large cats, venomous snakes or certain primates must obtain a licence, "
    "have their premises inspected by a vet and hold public liability "
    "insurance. The applicant, named in council papers as Leonard Ruske, "
    "already keeps 14 non-venomous snakes. A council spokesperson said the "
    "application would be considered by the licensing committee on 9 April "
    "and could be refused if the vet's report raised concerns. Neighbours have "
    "been notified, and two have lodged objections.",
    "Stoke Ferrers resident Leonard Ruske, who already owns 14 non-venomous "
    "snakes, has asked Marshbury District Council for a licence to keep a "
    "venomous Gaboon viper at home, the council's first such application in "
    "over ten years. The licensing committee will consider it on 9 April and "
    "must refuse it if the vet's report raises concerns. Two neighbours have "
    "objected.",
    errors=[
        E("must refuse it", "modality", "major", "could be refused"),
    ],
    traps=[
        T("in over ten years", "in more than a decade"),
        T("Two neighbours have objected", "two have lodged objections"),
    ]))

# ---------------------------------------------------------------- 023
CASES.append(C(
    "charcoal burner clamp", "translation", "consistent",
    "For the first time in almost 70 years, a traditional charcoal clamp has "
    "been lit in the forest above the village of Sankt Wendelhain in central "
    "Germany. The mound, about four metres wide, is made of some 30 cubic "
    "metres of beech wood stacked around a central shaft and sealed with "
    "earth and turf. Members of the local heritage association will watch "
    "over it day and night for around ten days while the wood slowly chars. "
    "Association chairman Gerhard Pfannschmidt said the last professional "
    "charcoal burner in the village had given up the trade in 1956. The "
    "association expects to produce about five tonnes of charcoal, which will "
    "be sold at the village's autumn festival. Visitors are welcome at the "
    "site, but are asked not to climb on the mound.",
    "A traditional charcoal pile is burning in the woods above Sankt "
    "Wendelhain, in central Germany, for the first time in nearly seven "
    "decades. Roughly four metres across, the mound consists of around 30 "
    "cubic metres of beech logs piled around a central chimney and covered "
    "with soil and turf. Members of the village heritage society will keep "
    "watch around the clock for about ten days as the wood slowly turns to "
    "charcoal. The society's chairman, Gerhard Pfannschmidt, said the "
    "village's last professional charcoal burner had abandoned the craft in "
    "1956. The society expects a yield of about five tonnes of charcoal, which "
    "is to be sold at the village autumn festival. Visitors may come to the "
    "site but are requested not to climb onto the mound.",
    traps=[
        T("nearly seven decades", "almost 70 years"),
        T("Roughly four metres across", "about four metres wide"),
        T("around the clock", "day and night"),
        T("abandoned the craft in 1956", "given up the trade in 1956"),
        T("expects a yield of about five tonnes",
          "expects to produce about five tonnes"),
    ]))

# ---------------------------------------------------------------- 024
CASES.append(C(
    "lost time capsule hunt", "summary", "inconsistent",
    "Volunteers in Great Wendling are using metal detectors and old "
    "photographs to search for a time capsule buried by pupils of St "
    "Botolph's Primary School in 1975 and never recovered. The capsule, a "
    "steel ammunition box containing letters, drawings and a copy of that "
    "week's Wendling Gazette, was supposed to be dug up in 2000, but nobody "
    "could remember exactly where it had been buried. The search was "
    "restarted last month after former pupil Sandra Okafor, now 58, found a "
    "photograph of the burial ceremony showing a horse chestnut tree in the "
    "background. Headteacher Philip Marr said the school field had since been "
    "partly built over, so the capsule might lie beneath the school's new "
    "sports hall, completed in 2011. Searchers will continue every Sunday "
    "until the end of the month.",
    "A photograph found by former pupil Sandra Okafor has revived the search "
    "for a time capsule buried by pupils of Great Wendling Primary School in "
    "1975, which should have been dug up in 2010 but could not be located. "
    "The picture, of the burial ceremony, shows a horse chestnut tree in the "
    "background, but headteacher Philip Marr warned that the capsule might "
    "now lie beneath the school's sports hall, built in 2011.",
    errors=[
        E("Great Wendling Primary School", "entity", "major",
          "St Botolph's Primary School"),
        E("2010", "date", "major", "2000"),
    ],
    traps=[
        T("has revived the search", "The search was restarted"),
    ]))

# ---------------------------------------------------------------- 025
CASES.append(C(
    "sampler stitched 1800s", "rewrite", "consistent",
    "A needlework sampler stitched by a nine-year-old girl in 1832 has sold at "
    "auction for £7,400, more than three times its estimate. The sampler, "
    "made by Eliza Thorne of Kettlewick, features the alphabet, a verse from "
    "a hymn, a red-brick house and a border of strawberries, all worked in "
    "silk on linen. It had been expected to fetch between £1,500 and £2,000. "
    "Auctioneer Simon Garbett of Pellow & Kinch said the piece was in "
    "'remarkable condition' because it had been kept in a drawer, away from "
    "sunlight, for most of its life. It was bought by a private collector "
    "bidding by telephone. The seller, a great-great-great-niece of Eliza "
    "Thorne, asked not to be named.",
    "A private collector bidding by phone has paid £7,400 at auction for a "
    "needlework sampler that nine-year-old Eliza Thorne of Kettlewick stitched "
    "in 1832, over three times what it was expected to make. Worked in silk "
    "on linen, the sampler shows the alphabet, a hymn verse, a red-brick "
    "house and a strawberry border. Its pre-sale estimate was £1,500 to "
    "£2,000. Simon Garbett, the auctioneer at Pellow & Kinch, said the piece "
    "was in 'remarkable condition', having spent most of its life in a drawer "
    "out of the sunlight. The seller, who is Eliza Thorne's "
    "great-great-great-niece, did not want to be named.",
    traps=[
        T("over three times what it was expected to make",
          "more than three times its estimate"),
        T("a strawberry border", "a border of strawberries"),
        T("Its pre-sale estimate was £1,500 to £2,000",
          "It had been expected to fetch between £1,500 and £2,000"),
        T("having spent most of its life in a drawer out of the sunlight",
          "because it had been kept in a drawer, away from sunlight, for most of its life"),
        T("did not want to be named", "asked not to be named"),
    ]))

# ---------------------------------------------------------------- 026
CASES.append(C(
    "hanging judge", "rewrite", "inconsistent",
    "A portrait of Sir Ambrose Kettering, an 18th-century assize judge "
    "nicknamed 'the Hanging Judge' for sentencing more than 200 people to "
    "death, has been loaned by the Dunstow Museum to Lenbury Crown Court, "
    "where it will hang in the public waiting area. The painting, by an "
    "unknown artist, was given to the museum in 1934 by a descendant of the "
    "judge and had been in storage for the past 20 years. Court manager "
    "Yvonne Strand said the loan, which runs for five years, was intended to "
    "'prompt reflection on how far justice has come'. Some local historians "
    "have criticised the decision, arguing that the portrait should be "
    "accompanied by information about the people Kettering condemned. The "
    "museum said a display panel was being prepared.",
    "Lenbury Crown Court has loaned the Dunstow Museum a portrait of Sir "
    "Ambrose Kettering, the 18th-century assize judge nicknamed 'the Hanging "
    "Judge' for sentencing over 200 people to death. It will hang in the "
    "public waiting area. The painting, by an unknown artist, was given to "
    "the museum in 1934 by one of the judge's descendants and has spent the "
    "last two decades in storage. The five-year loan is intended to 'prompt "
    "reflection on how far justice has come', according to court manager "
    "Yvonne Strand. Some local historians have criticised the move, arguing "
    "that the portrait should be accompanied by information about the people "
    "Kettering condemned. The museum said a display panel was being prepared.",
    errors=[
        E("Lenbury Crown Court has loaned the Dunstow Museum", "role", "major",
          "loaned by the Dunstow Museum to Lenbury Crown Court"),
    ],
    traps=[
        T("has spent the last two decades in storage",
          "had been in storage for the past 20 years"),
        T("The five-year loan", "the loan, which runs for five years"),
    ]))

# ---------------------------------------------------------------- 027
CASES.append(C(
    "apiary inspector", "translation", "inconsistent",
    "Bee inspectors in the Slovenian municipality of Gornja Radovna have "
    "confirmed an outbreak of American foulbrood, a bacterial disease of "
    "honeybee larvae, at two apiaries near the village of Spodnje Lipje. "
    "Regional apiary inspector Matevž Kralj said 23 hives had been destroyed "
    "by burning on Thursday, and that a three-kilometre restriction zone had "
    "been set up around the affected sites. Within the zone, beekeepers may "
    "not move colonies, equipment or honey until further notice. All of the "
    "roughly 140 hives inside the zone will be examined over the next three "
    "weeks. Kralj said the disease posed no risk to humans and that honey "
    "from the area remained safe to eat. The local beekeepers' association "
    "has offered to help affected members replace their colonies.",
    "In the Slovenian municipality of Gornja Radovna, bee inspectors have "
    "confirmed an outbreak of American foulbrood, a bacterial disease that attacks "
    "honeybee larvae, at two apiaries close to the village of Spodnje Lipje. "
    "According to regional apiary inspector Matevž Kralj, 23 hives were "
    "treated with antibiotics on Thursday, and a three-kilometre restriction "
    "zone has been established around the affected sites. Until further "
    "notice, beekeepers inside the zone are not allowed to move colonies, "
    "equipment or honey. Over the coming three weeks, all of the "
    "approximately 140 hives in the zone will be inspected. Kralj said the "
    "disease is not dangerous to people and honey from the area is still "
    "safe to eat. Honey from the area is still safe to eat. The local "
    "beekeepers' association has offered to help affected members replace "
    "their colonies.",
    errors=[
        E("were treated with antibiotics", "event", "critical",
          "had been destroyed by burning"),
        E("Honey from the area is still safe to eat.", "repetition", "minor", None),
    ],
    traps=[
        T("is not dangerous to people", "posed no risk to humans"),
        T("Over the coming three weeks", "over the next three weeks"),
    ]))

# ---------------------------------------------------------------- 028
CASES.append(C(
    "barter market", "translation", "consistent",
    "A monthly barter market where no money changes hands has proved so "
    "popular in the Portuguese town of Vila Nova do Serrado that organisers "
    "are moving it to a larger venue. The market began in January in the "
    "parish hall with 15 stalls, but last Sunday more than 60 people brought "
    "goods to swap, from home-made cheese and olive oil to children's clothes "
    "and bicycle repairs. Organiser Inês Carvalhal said the idea came from "
    "her grandmother, who remembered villagers exchanging eggs for firewood "
    "in the 1950s. From next month the market will be held in the covered "
    "former fish market, which has space for up to 100 stalls. Participants "
    "are asked to bring goods of similar value, and the sale of anything for "
    "cash is banned.",
    "In the Portuguese town of Vila Nova do Serrado, a barter fair held once "
    "a month, at which nobody pays with money, has become so popular that its "
    "organisers are moving it to a bigger space. When it started in January "
    "in the parish hall there were 15 stalls; last Sunday, over 60 people "
    "turned up with things to trade, ranging from homemade cheese and olive "
    "oil to children's clothing and bicycle repairs. The idea, organiser Inês "
    "Carvalhal explained, came from her grandmother, who recalled villagers "
    "trading eggs for firewood in the 1950s. Starting next month, the market "
    "will take place in the old covered fish market, which can hold as many "
    "as 100 stalls. Participants are asked to bring items of comparable value, "
    "and selling anything for cash is prohibited.",
    traps=[
        T("held once a month", "monthly"),
        T("at which nobody pays with money", "where no money changes hands"),
        T("over 60 people turned up with things to trade",
          "more than 60 people brought goods to swap"),
        T("can hold as many as 100 stalls", "has space for up to 100 stalls"),
        T("selling anything for cash is prohibited",
          "the sale of anything for cash is banned"),
    ]))

# ---------------------------------------------------------------- 029
CASES.append(C(
    "brass plaque theft", "summary", "inconsistent",
    "A brass plaque commemorating the founding of the Ashdown Mutual Building "
    "Society in 1861 has been stolen from the wall of its original offices on "
    "Chandlers Row in Melbury. The plaque, which measured about 60 "
    "centimetres by 40 centimetres, was prised off between Friday evening and "
    "Monday morning, police said. It is the fourth brass plaque to be taken "
    "from buildings in the town centre since August, and officers believe "
    "the thefts are linked to rising scrap metal prices. The building's "
    "current occupant, an architectural practice, said it would not replace "
    "the plaque with another brass one but with a replica made of resin. "
    "Police have asked local scrap dealers to report anyone offering brass "
    "plaques for sale and have appealed for witnesses.",
    "A brass plaque marking the 1861 founding of the Ashdown Mutual Building "
    "Society was prised from the society's original offices on Chandlers Row, "
    "Melbury, over the weekend, the fourth such theft in the town centre "
    "since August. Officers, who suspect the thefts are linked to rising "
    "scrap metal prices, have arrested a local scrap dealer and are appealing "
    "for witnesses. The building's occupants plan to put up a resin replica.",
    errors=[
        E("have arrested a local scrap dealer", "event", "major",
          "have asked local scrap dealers to report anyone offering brass plaques for sale"),
    ],
    traps=[
        T("over the weekend", "between Friday evening and Monday morning"),
        T("suspect the thefts are linked", "believe the thefts are linked"),
    ]))

# ---------------------------------------------------------------- 030
CASES.append(C(
    "two headed tortoise", "translation", "inconsistent",
    "A two-headed tortoise that hatched last month at a reptile rescue centre "
    "on the Greek island of Thernos is feeding and growing normally, staff "
    "said. The hatchling, a Hermann's tortoise, weighs 14 grams and has two "
    "fully formed heads, each of which eats independently. Centre director "
    "Stavros Liapis said such cases occurred roughly once in every 100,000 "
    "hatchings and that most did not survive their first year. The centre "
    "has donated the tortoise's shell scan images to researchers at the "
    "Aegean Institute of Zoology, who are studying developmental "
    "abnormalities in reptiles. The animal, which staff have named 'Castor "
    "and Pollux', may be put on public display next summer if its health "
    "remains stable.",
    "Staff at a reptile rescue centre on the Greek island of Thernos say that "
    "a two-headed tortoise which hatched there last month is eating and "
    "growing normally. The baby Hermann's tortoise weighs 14 grams and has "
    "two fully developed heads, which feed independently of each other. "
    "According to the centre's director, Stavros Liapis, this happens in "
    "about one in 100,000 hatchings, and most such animals do not live beyond "
    "their first year. The centre has received scans of the tortoise's shell "
    "from researchers at the Aegean Institute of Zoology, who are studying "
    "developmental abnormalities in reptiles. The animal, which the staff "
    "have called 'Castor and Pollux', will go on public display next summer "
    "as long as its health remains stable.",
    errors=[
        E("The centre has received scans of the tortoise's shell from "
          "researchers at the Aegean Institute of Zoology", "role", "major",
          "The centre has donated the tortoise's shell scan images to "
          "researchers at the Aegean Institute of Zoology"),
        E("will go on public display", "modality", "major",
          "may be put on public display"),
    ],
    traps=[
        T("about one in 100,000 hatchings", "roughly once in every 100,000 hatchings"),
        T("do not live beyond their first year", "did not survive their first year"),
    ]))

# ---------------------------------------------------------------- 031
CASES.append(C(
    "mammoth tooth", "translation", "inconsistent",
    "A fisherman from the Dutch port of Harlingwoude has hauled up a woolly "
    "mammoth molar in his nets while trawling in the North Sea about 40 "
    "kilometres off the coast. Skipper Klaas Hoekstra, 54, said the tooth, "
    "which weighs 3.2 kilograms, was caught on 11 February along with a catch "
    "of sole and plaice. Palaeontologist Femke Dijkhuis of the Oostervaart "
    "Natural History Museum said the tooth was probably between 40,000 and "
    "50,000 years old, from a time when the southern North Sea was dry land. "
    "Mr Hoekstra has agreed to lend the molar to the museum, where it will be "
    "shown in an exhibition on the Ice Age from May. He said it was the third "
    "mammoth bone his boat had brought up in ten years.",
    "A fisherman from the Dutch port of Harlingwoude has pulled a woolly "
    "mammoth's molar out of the North Sea in his nets while trawling some 40 "
    "kilometres offshore. The 3.2-kilo tooth came up on 11 February together "
    "with sole and plaice, said skipper Klaas Hoekstra, 54. According to "
    "palaeontologist Femke Dijkhuis of the Oostervaart Natural History Museum, "
    "the tooth is probably 40,000 to 50,000 years old. Hoekstra has agreed to "
    "loan the molar to the museum, which will show it in an Ice Age "
    "exhibition from May. He said it was the third mammoth bone his boat had "
    "brought up in a decade.",
    errors=[
        E("", "omission", "minor",
          "from a time when the southern North Sea was dry land",
          after="the tooth is probably 40,000 to 50,000 years old"),
    ],
    traps=[
        T("some 40 kilometres offshore", "about 40 kilometres off the coast"),
        T("The 3.2-kilo tooth", "the tooth, which weighs 3.2 kilograms"),
        T("in a decade", "in ten years"),
    ]))

# ---------------------------------------------------------------- 032
CASES.append(C(
    "wattle and daub", "rewrite", "consistent",
    "Conservation work on a 16th-century timber-framed cottage in Upper "
    "Haddlesey has uncovered a section of original wattle and daub wall "
    "hidden behind modern plasterboard for more than 50 years. The panel, "
    "about 1.5 metres square, is made of woven hazel rods coated with a "
    "mixture of clay, straw and cow dung. Builder Owen Treharne, who "
    "specialises in historic buildings, said it was in good enough condition "
    "to be kept and would be repaired using the same materials rather than "
    "replaced. The cottage's owners, Paul and Miriam Leckford, bought the "
    "property in 2021 and began restoring it last spring with the help of a "
    "£12,000 grant from the Haddlesey Rural Heritage Trust. They plan to "
    "leave part of the panel exposed behind glass so that visitors can see "
    "how it was built.",
    "Hidden for over half a century behind modern plasterboard, a section of "
    "original wattle and daub wall has come to light during conservation work "
    "on a 16th-century timber-framed cottage in Upper Haddlesey. Roughly 1.5 "
    "metres square, the panel consists of woven hazel rods covered in a mix "
    "of clay, straw and cow dung. According to Owen Treharne, a builder who "
    "specialises in historic buildings, it is sound enough to keep and will "
    "be repaired with the same materials instead of being replaced. Paul and "
    "Miriam Leckford, who bought the cottage in 2021, started restoring it "
    "last spring, helped by a £12,000 grant from the Haddlesey Rural Heritage "
    "Trust. The couple intend to leave part of the panel visible behind glass "
    "so that visitors can see how it was built.",
    traps=[
        T("for over half a century", "for more than 50 years"),
        T("Roughly 1.5 metres square", "about 1.5 metres square"),
        T("it is sound enough to keep", "it was in good enough condition to be kept"),
        T("helped by a £12,000 grant", "with the help of a £12,000 grant"),
        T("The couple intend to leave part of the panel visible behind glass",
          "They plan to leave part of the panel exposed behind glass"),
    ]))

# ---------------------------------------------------------------- 033
CASES.append(C(
    "elm tree survivor", "rewrite", "inconsistent",
    "An English elm in the village of Cotterstock Magna, thought to be one of "
    "the few mature specimens in the county to have survived Dutch elm "
    "disease, has been given a tree preservation order. The tree, which "
    "stands on the village green, is estimated to be around 150 years old "
    "and is 27 metres tall. Dutch elm disease, which is spread by bark "
    "beetles, killed most of the county's elms from the late 1960s onwards. "
    "Tree officer Gemma Rooke of Nenford District Council said the order "
    "meant the elm could not be felled or pruned without the council's "
    "permission. Scientists from the Elm Recovery Project have taken cuttings "
    "from the tree in the hope that it carries some natural resistance to "
    "the disease.",
    "An English elm on the village green at Cotterstock Magna, believed to be "
    "one of the county's few mature elms to have survived Dutch elm disease, "
    "is now protected by a tree preservation order. The tree is estimated to "
    "be some 150 years old, stands 27 metres tall and probably escaped "
    "infection because it is well away from other elms. The disease, which is "
    "spread by bark beetles, wiped out most of the county's elms from the "
    "late 1960s onwards. Nenford District Council tree officer Gemma Rooke "
    "said the order meant the elm could not be cut down or pruned without the "
    "council's permission. Scientists from the Elm Recovery Project have taken "
    "cuttings from the tree in the hope that it carries some natural "
    "resistance to the disease.",
    errors=[
        E("probably escaped infection because it is well away from other elms",
          "addition", "minor", None),
    ],
    traps=[
        T("is now protected by a tree preservation order",
          "has been given a tree preservation order"),
        T("wiped out most of the county's elms", "killed most of the county's elms"),
        T("could not be cut down", "could not be felled"),
    ]))

# ---------------------------------------------------------------- 034
CASES.append(C(
    "vermouth bottler", "translation", "consistent",
    "A family-run vermouth maker in the Italian town of San Lorenzo Alto has "
    "restarted bottling by hand after its automated line was damaged in a "
    "flood in October. Distilleria Ferraro-Bassi, founded in 1887, normally "
    "fills about 4,000 bottles a day. Since the flood, its 11 employees have "
    "been filling, corking and labelling around 600 bottles a day by hand, "
    "using equipment borrowed from a nearby winery. Owner Lucia Ferraro said "
    "the company had fulfilled all its Christmas orders but that exports to "
    "Germany and Japan would be delayed until the new machinery arrives in "
    "March. The repairs are expected to cost about 380,000 euros, of which "
    "regional authorities have promised to cover 40 percent.",
    "Distilleria Ferraro-Bassi, a family-run vermouth producer in the Italian "
    "town of San Lorenzo Alto, has gone back to bottling by hand since a "
    "flood in October damaged its automated bottling line. The company, "
    "which dates back to 1887, usually fills some 4,000 bottles daily. Since "
    "the flood, its staff of 11 have been filling, corking and labelling "
    "roughly 600 bottles a day by hand, with equipment lent by a neighbouring "
    "winery. According to owner Lucia Ferraro, every Christmas order has been "
    "fulfilled, but shipments to Germany and Japan will be held up until the "
    "new machinery arrives in March. The repair bill is put at around "
    "€380,000, two-fifths of which the regional authorities have promised to "
    "cover.",
    traps=[
        T("which dates back to 1887", "founded in 1887"),
        T("its staff of 11", "its 11 employees"),
        T("equipment lent by a neighbouring winery",
          "equipment borrowed from a nearby winery"),
        T("held up", "delayed"),
        T("two-fifths", "40 percent"),
    ]))

# ---------------------------------------------------------------- 035
CASES.append(C(
    "gibbet replica row", "rewrite", "inconsistent",
    "Plans to erect a replica gibbet on Crowlas Common, where the highwayman "
    "Jack Rennard's body was displayed after his execution in 1763, have "
    "divided residents. The Crowlas Heritage Society wants to install the "
    "6-metre oak structure as a tourist attraction, complete with an "
    "information board about 18th-century justice. A petition against the "
    "plan has gathered 412 signatures, while the society says more than 300 "
    "people backed it at a public meeting last week. Opponents argue that "
    "the gibbet would glorify a brutal punishment and could upset children. "
    "Parish council chairman Roger Delabole said a decision had been "
    "postponed until the council's July meeting to allow more consultation. "
    "The society has offered to reduce the height of the replica to four "
    "metres.",
    "Residents are split over plans for a replica gibbet on Crowlas Common, "
    "where the body of highwayman Jack Rennard was put on display after his "
    "execution in 1763. The Crowlas Heritage Society hopes to put up the "
    "6-metre oak structure as a tourist attraction, along with an information "
    "board on 18th-century justice. A petition against the scheme has "
    "attracted 421 signatures, while the society says over 300 people "
    "supported it at a public meeting last week. Opponents argue that the "
    "gibbet would glorify a brutal punishment and might distress children. "
    "Parish council chairman Roger Delabole said the council had rejected the "
    "plan, though it could be looked at again at the July meeting after more "
    "consultation. The society has offered to cut the replica's height to "
    "four metres.",
    errors=[
        E("421", "number", "minor", "412"),
        E("the council had rejected the plan", "event", "critical",
          "a decision had been postponed until the council's July meeting"),
    ],
    traps=[
        T("Residents are split", "have divided residents"),
        T("might distress children", "could upset children"),
    ]))

# ---------------------------------------------------------------- 036
CASES.append(C(
    "potato variety trial", "summary", "consistent",
    "Growers at the Fenmoor Agricultural Research Station have begun a "
    "three-year trial of 24 potato varieties to find out which cope best with "
    "drought and late blight. The trial, funded with £640,000 from the "
    "Eastern Growers' Levy Board, will compare traditional varieties such as "
    "the 1920s Kestrel Pink with six new varieties bred at the station. Plots "
    "at three sites, on sandy, silt and peat soils, were planted in April. "
    "Half of each plot will receive no irrigation. Station director Dr Alan "
    "Frogley said farmers in the region had lost up to a fifth of their crop "
    "in the dry summers of recent years. Results from the first season are "
    "expected in December, but the station said firm recommendations would "
    "not be made until the trial ends.",
    "A £640,000, three-year trial at the Fenmoor Agricultural Research "
    "Station is testing 24 potato varieties, old and new, to see which cope "
    "best with drought and late blight. Plots on sandy, silt and peat soils "
    "were planted in April, and half of each will not be irrigated. "
    "First-season results are due in December, but firm advice will only "
    "come once the trial is over.",
    traps=[
        T("half of each will not be irrigated",
          "Half of each plot will receive no irrigation"),
        T("First-season results are due in December",
          "Results from the first season are expected in December"),
        T("firm advice will only come once the trial is over",
          "firm recommendations would not be made until the trial ends"),
    ]))

# ---------------------------------------------------------------- 037
CASES.append(C(
    "hot cross bun dole", "rewrite", "inconsistent",
    "For the 211th year, the trustees of the Widow Pellinger Charity handed "
    "out free hot cross buns to children in the parish of St Mary Overcliff "
    "on Good Friday. The dole was established in a bequest from Martha "
    "Pellinger, a baker's widow who died in 1814, and her will stipulated "
    "that every child under 12 in the parish should receive a bun. This year "
    "the trustees distributed 340 buns, baked by Crumble & Daughters of "
    "Overcliff, from the steps of the church after the morning service. "
    "Trustee Gerald Hesketh said numbers had risen since the charity began "
    "delivering buns to the village school for children unable to attend, "
    "and that the charity had never been forced to cancel the dole, even "
    "during rationing in the 1940s. Its income of about £1,100 a year comes "
    "from a field left by Mrs Pellinger, which is rented by a local farmer, "
    "Ian Coad.",
    "On Good Friday, for the 211th year, trustees of the Widow Pellinger "
    "Charity handed out free hot cross buns to children in the parish of St "
    "Mary Overcliff. The dole goes back to a bequest from Martha Pellinger, a "
    "baker's widow who died in 1814, whose will laid down that no child in "
    "the parish under the age of 12 should go without a bun. This year 430 "
    "buns, baked by Crumble & Daughters of Overcliff, were given out from the "
    "church steps after the morning service. Trustee Gerald Hesketh said "
    "numbers had grown since the charity started taking buns to the village "
    "school for children who could not attend, and that the charity had been "
    "forced to cancel the dole during rationing in the 1940s. Its income of "
    "about £1,100 a year comes from a field left by Mrs Pellinger, which the "
    "charity rents from a local farmer, Ian Coad.",
    errors=[
        E("430", "number", "minor", "340"),
        E("the charity had been forced to cancel the dole", "polarity", "major",
          "the charity had never been forced to cancel the dole"),
        E("the charity rents from a local farmer, Ian Coad", "role", "major",
          "which is rented by a local farmer, Ian Coad"),
    ],
    traps=[
        T("no child in the parish under the age of 12 should go without a bun",
          "every child under 12 in the parish should receive a bun"),
        T("from the church steps", "from the steps of the church"),
    ]))

# ---------------------------------------------------------------- 038
CASES.append(C(
    "turnpike gate records", "summary", "consistent",
    "A ledger recording every toll charged at the Hollins Bar turnpike gate "
    "between 1789 and 1794 has been found under the floorboards of a house "
    "in Brackley Cross and donated to the county record office. The 212-page "
    "book lists the date, type of vehicle or animal and toll charged for more "
    "than 38,000 crossings, including those of drovers taking cattle to "
    "market and of mail coaches, which paid nothing. Archivist Naomi Fretwell "
    "said it was 'the most complete turnpike record we have ever seen' and "
    "would help historians understand how goods and people moved through the "
    "area. The house's owner, Gareth Penwill, found the ledger wrapped in "
    "oilcloth while installing insulation. It will be digitised and made "
    "available online next year.",
    "A 212-page ledger of tolls charged at the Hollins Bar turnpike gate from "
    "1789 to 1794, covering over 38,000 crossings, has been discovered under "
    "floorboards in a Brackley Cross house and given to the county record "
    "office. Archivist Naomi Fretwell called it the most complete turnpike "
    "record the office had ever seen. It will go online next year after "
    "being digitised.",
    traps=[
        T("from 1789 to 1794", "between 1789 and 1794"),
        T("over 38,000 crossings", "more than 38,000 crossings"),
        T("given to the county record office", "donated to the county record office"),
        T("It will go online next year after being digitised",
          "It will be digitised and made available online next year"),
    ]))

# ---------------------------------------------------------------- 039
CASES.append(C(
    "thimble museum", "translation", "consistent",
    "A museum devoted entirely to thimbles has opened in the Austrian market "
    "town of Sankt Ilgen am Moos, displaying around 3,200 thimbles collected "
    "over 50 years by retired seamstress Hermine Aschauer. The oldest piece "
    "in the collection is a bronze thimble believed to date from the 14th "
    "century; the newest was made by a 3D printer last year. Mrs Aschauer, "
    "81, donated the collection to the municipality on condition that it be "
    "shown free of charge. The museum occupies two rooms of the former post "
    "office and will be staffed by volunteers. Mayor Florian Gstettner said "
    "the municipality had spent 45,000 euros converting the building. The "
    "museum is open on Wednesdays and Sundays from 2pm to 5pm.",
    "In the Austrian market town of Sankt Ilgen am Moos, a museum dedicated "
    "solely to thimbles has opened its doors. It shows some 3,200 of them, "
    "gathered over half a century by Hermine Aschauer, a retired dressmaker. "
    "The collection's oldest item, a bronze thimble, is thought to come from "
    "the 14th century, while the most recent was produced on a 3D printer "
    "last year. The 81-year-old gave her collection to the municipality on "
    "the condition that admission would be free. Two rooms of the old post "
    "office house the museum, which volunteers will run. The municipality "
    "spent €45,000 converting the building, according to Mayor Florian "
    "Gstettner. Opening hours are 2 to 5 p.m. on Wednesdays and Sundays.",
    traps=[
        T("gathered over half a century", "collected over 50 years"),
        T("a retired dressmaker", "retired seamstress"),
        T("is thought to come from the 14th century",
          "believed to date from the 14th century"),
        T("on the condition that admission would be free",
          "on condition that it be shown free of charge"),
        T("2 to 5 p.m.", "from 2pm to 5pm"),
    ]))

# ---------------------------------------------------------------- 040
CASES.append(C(
    "abbey bee boles", "rewrite", "consistent",
    "Archaeologists have identified a row of 14 bee boles, recesses built "
    "into walls to shelter straw beehives, in the garden wall of the ruined "
    "Brimscombe Abbey. The boles, each about 60 centimetres wide, were "
    "probably built by the abbey's monks in the 15th century, when honey and "
    "beeswax were important sources of income. They had been hidden by ivy "
    "until volunteers from the Friends of Brimscombe Abbey cleared the wall "
    "last winter. Site manager Clare Ottley said it was the longest surviving "
    "row of bee boles known in the region. The Friends plan to place a "
    "replica straw hive, known as a skep, in one of the recesses this summer. "
    "The wall will also be repointed, at a cost of about £9,500.",
    "A row of 14 bee boles, the wall recesses that once sheltered straw "
    "beehives, has been identified by archaeologists in the garden wall of "
    "the ruined Brimscombe Abbey. Each roughly 60cm wide, they were probably "
    "built by monks at the abbey in the 1400s, at a time when honey and "
    "beeswax were important sources of income. Ivy concealed them until last "
    "winter, when the wall was cleared by volunteers from the Friends of "
    "Brimscombe Abbey. According to site manager Clare Ottley, no longer row "
    "of surviving bee boles is known in the region. This summer, the Friends "
    "plan to place a replica straw hive, or skep, in one of the recesses, and "
    "the wall is also to be repointed for around £9,500.",
    traps=[
        T("Each roughly 60cm wide", "each about 60 centimetres wide"),
        T("in the 1400s", "in the 15th century"),
        T("Ivy concealed them until last winter, when the wall was cleared by "
          "volunteers from the Friends of Brimscombe Abbey",
          "They had been hidden by ivy until volunteers from the Friends of "
          "Brimscombe Abbey cleared the wall last winter"),
        T("no longer row of surviving bee boles is known in the region",
          "it was the longest surviving row of bee boles known in the region"),
        T("for around £9,500", "at a cost of about £9,500"),
    ]))


# ======================================================================
# building and validation
# ======================================================================

class SetError(Exception):
    pass


def _occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def _locate(cand, text, occ, what):
    hits = _occurrences(cand, text)
    if not hits:
        raise SetError("%s: %r not found in candidate" % (what, text))
    if occ is None:
        if len(hits) > 1:
            raise SetError("%s: %r occurs %d times; give occ" % (what, text, len(hits)))
        occ = 0
    if occ >= len(hits):
        raise SetError("%s: occurrence %d of %r missing" % (what, occ, text))
    return hits[occ]


def _word_char(ch):
    return ch.isalnum()


def _check_boundaries(cand, start, end, what):
    if start > 0 and start < len(cand) and _word_char(cand[start - 1]) and _word_char(cand[start]):
        raise SetError("%s: span start cuts a word at %d" % (what, start))
    if 0 < end < len(cand) and _word_char(cand[end - 1]) and _word_char(cand[end]):
        raise SetError("%s: span end cuts a word at %d" % (what, end))


def words(s):
    return re.findall(r"\S+", s)


def build_records():
    records = []
    for i, case in enumerate(CASES, 1):
        rid = "s%d-%03d" % (N, i)
        ref, cand = case["reference"], case["candidate"]
        errors = []
        for k, e in enumerate(case["errors"]):
            what = "%s error %d" % (rid, k)
            if e["type"] == "omission":
                if e["text"] != "" or not e["after"]:
                    raise SetError(what + ": omission needs text='' and an anchor")
                a = _locate(cand, e["after"], e["occ"], what + " anchor")
                start = end = a + len(e["after"])
            else:
                if not e["text"] or e["after"]:
                    raise SetError(what + ": non-omission needs text and no anchor")
                start = _locate(cand, e["text"], e["occ"], what)
                end = start + len(e["text"])
            errors.append({"start": start, "end": end, "text": cand[start:end],
                           "type": e["type"], "severity": e["severity"],
                           "ref_text": e["ref_text"]})
        traps = []
        for k, t in enumerate(case["traps"]):
            what = "%s trap %d" % (rid, k)
            start = _locate(cand, t["text"], t["occ"], what)
            end = start + len(t["text"])
            traps.append({"start": start, "end": end, "text": cand[start:end],
                          "ref_text": t["ref_text"]})
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": rid, "domain": case["domain"], "mode": case["mode"],
                        "reference": ref, "candidate": cand, "label": case["label"],
                        "errors": errors, "traps": traps})
    return records


def validate(records):
    problems = []

    def bad(msg):
        problems.append(msg)

    # ---- per record
    for r in records:
        rid, ref, cand = r["id"], r["reference"], r["candidate"]
        if r["mode"] not in MODES:
            bad("%s: bad mode" % rid)
        if r["label"] not in ("consistent", "inconsistent"):
            bad("%s: bad label" % rid)
        for name, s in (("reference", ref), ("candidate", cand)):
            if s != s.strip() or "  " in s or "\n" in s:
                bad("%s: whitespace problem in %s" % (rid, name))
        nref = len(words(ref))
        if not 70 <= nref <= 190:
            bad("%s: reference has %d words" % (rid, nref))
        if cand == ref:
            bad("%s: candidate identical to reference" % rid)
        if r["mode"] == "summary":
            if not (len(words(cand)) < nref and len(cand) < len(ref)):
                bad("%s: summary not shorter than reference" % rid)
        if r["label"] == "consistent":
            if r["errors"]:
                bad("%s: consistent pair with errors" % rid)
            if not 3 <= len(r["traps"]) <= 5:
                bad("%s: consistent pair needs 3-5 traps" % rid)
        else:
            if not r["errors"]:
                bad("%s: inconsistent pair without errors" % rid)
            if len(r["errors"]) > 3:
                bad("%s: more than 3 errors" % rid)
            if len(r["traps"]) > 3:
                bad("%s: inconsistent pair needs 0-3 traps" % rid)

        spans = []
        for e in r["errors"]:
            what = "%s error %r" % (rid, e["text"] or e["ref_text"])
            if e["type"] not in ERROR_TYPES:
                bad(what + ": bad type")
            if e["severity"] not in SEVERITIES:
                bad(what + ": bad severity")
            if cand[e["start"]:e["end"]] != e["text"]:
                bad(what + ": offsets do not match text")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad(what + ": addition/repetition must have ref_text null")
            else:
                if not e["ref_text"]:
                    bad(what + ": ref_text required")
                elif e["ref_text"] not in ref:
                    bad(what + ": ref_text not in reference")
            if e["type"] == "omission":
                if r["mode"] == "summary":
                    bad(what + ": omission in a summary")
                if e["start"] != e["end"] or e["text"] != "":
                    bad(what + ": omission must be zero-width")
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad(what + ": omitted words present in candidate")
            else:
                if e["start"] >= e["end"] or e["text"] != e["text"].strip():
                    bad(what + ": empty or untrimmed span")
                if e["type"] != "repetition" and e["text"] in ref:
                    bad(what + ": error text occurs verbatim in reference")
                if e["ref_text"] is not None and e["ref_text"] == e["text"]:
                    bad(what + ": text equals ref_text")
            if e["type"] == "repetition":
                body = e["text"].rstrip(".,;:!?").lower()
                if cand.lower().find(body) >= e["start"] or cand.lower().find(body) < 0:
                    bad(what + ": repetition has no earlier copy")
            try:
                _check_boundaries(cand, e["start"], e["end"], what)
            except SetError as exc:
                bad(str(exc))
            spans.append((e["start"], e["end"], what))
        for t in r["traps"]:
            what = "%s trap %r" % (rid, t["text"])
            if cand[t["start"]:t["end"]] != t["text"]:
                bad(what + ": offsets do not match text")
            if t["start"] >= t["end"] or t["text"] != t["text"].strip():
                bad(what + ": empty or untrimmed span")
            if not t["ref_text"] or t["ref_text"] not in ref:
                bad(what + ": ref_text not in reference")
            if t["text"] == t["ref_text"] or t["text"] in ref:
                bad(what + ": trap wording not different from the reference")
            try:
                _check_boundaries(cand, t["start"], t["end"], what)
            except SetError as exc:
                bad(str(exc))
            spans.append((t["start"], t["end"], what))
        # overlaps (zero-width spans may sit on a boundary, not inside)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                s1, e1, w1 = spans[i]
                s2, e2, w2 = spans[j]
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    if s < p < e or (s1 == e1 and s2 == e2 and s1 == s2):
                        bad("%s: zero-width span inside %s" % (w1, w2))
                elif s1 < e2 and s2 < e1:
                    bad("%s overlaps %s" % (w1, w2))

    # ---- set level
    if len(records) != 40:
        bad("expected 40 records, got %d" % len(records))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        bad("duplicate domains")
    allowed = DOMAINS
    if os.path.exists(DOMAINS_PATH):
        with open(DOMAINS_PATH, encoding="utf-8") as fh:
            allowed = [ln.strip() for ln in fh if ln.strip()]
        if sorted(allowed) != sorted(DOMAINS):
            bad("embedded domain list differs from domains70b.txt")
    for d in doms:
        if d not in allowed:
            bad("domain %r not in the domain list" % d)
    combo = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(combo) != want:
        bad("mode/label composition %s" % dict(combo))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        bad("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            bad("error type %s has only %d" % (t, types[t]))
    n_err = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if n_err[1] + n_err[2] < 15:
        bad("most inconsistent pairs should carry 1-2 errors: %s" % dict(n_err))
    return problems


def summary_lines(records):
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    combo = Counter((r["mode"], r["label"]) for r in records)
    n_err = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    ntr_c = [len(r["traps"]) for r in records if r["label"] == "consistent"]
    ntr_i = [len(r["traps"]) for r in records if r["label"] == "inconsistent"]
    refw = [len(words(r["reference"])) for r in records]
    lines = [
        "records: %d" % len(records),
        "mode/label: " + ", ".join("%s/%s=%d" % (m, l, combo[(m, l)])
                                   for m in MODES for l in ("consistent", "inconsistent")),
        "errors: %d  " % sum(types.values()) + ", ".join("%s=%d" % (t, types[t]) for t in ERROR_TYPES),
        "severity: " + ", ".join("%s=%d" % (s, sev[s]) for s in SEVERITIES),
        "errors per inconsistent pair: %s" % dict(sorted(n_err.items())),
        "traps: %d on consistent pairs (%d-%d each), %d on inconsistent pairs (%d-%d each)"
        % (sum(ntr_c), min(ntr_c), max(ntr_c), sum(ntr_i), min(ntr_i), max(ntr_i)),
        "reference words: min %d, max %d, mean %.1f" % (min(refw), max(refw), sum(refw) / len(refw)),
    ]
    return lines


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = build_records()
    except SetError as exc:
        print("BUILD FAILED:", exc)
        return 1
    problems = validate(records)
    if problems:
        print("VALIDATION FAILED (%d problems):" % len(problems))
        for p in problems:
            print("  -", p)
        return 1
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check OK (nothing written)")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
