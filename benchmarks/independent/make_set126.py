#!/usr/bin/env python3
"""Held-out evaluation set 126 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper session that saw no code, data or
benchmark of the project; it worked only from a short written brief describing
the record format and the composition wanted.  All people, companies,
organisations, places and figures are invented (real countries or currencies
appear, if at all, only as background).  The pairs were written directly as
Python data; nothing was copied from any corpus or dataset.  Character offsets are never typed by hand: the
script finds every quoted span by string search (with an occurrence index where
a quoted text repeats), validates the whole set and writes set126.jsonl.

Composition
-----------
* 40 pairs, each in a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrites, 10 summaries, 10 translations (half of each consistent).
  Translation pairs are two independent English renderings of the same
  (notionally non-English) news story.
* 30 errors over eleven types: entity 3, number 4, date 3, role 3, polarity 3,
  modality 3, attribution 2, event 3, omission 2, addition 2, repetition 2.
  Ten inconsistent pairs carry one error, ten carry two.
  Omissions only occur in rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in inconsistent pairs.
* References are 70-190 words of news/agency/corporate/official prose;
  summaries are shorter than their reference.

Usage: python3 make_set126.py          validate and write set126.jsonl
       python3 make_set126.py --check  validate only, write nothing
"""
import json
import os
import sys

N = 126
PREFIX = "s%03d" % N
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)

DOMAINS = [
    "funeral cost rise", "postcode lottery grant", "greywater recycling",
    "pawnbroker boom", "fire engine shortage", "time capsule opening",
    "rickshaw ban", "glacier retreat measurement", "optician chain merger",
    "stilt walking festival", "husky sled race", "beaver dam removal",
    "barrow excavation", "speedway stadium", "tram depot fire",
    "watermill reopening", "beekeeper swarm season", "dragonfly record",
    "water slide closure", "zither competition", "stray cat colony",
    "nit comb", "pension fund loss", "family history fair",
    "carnival float accident", "orienteering championship",
    "sugar beet campaign", "mummy scan", "lacrosse league",
    "bouncy castle accident", "ham radio contest", "rodeo injury",
    "tortoise smuggling", "chalk stream protection", "wetland drainage fine",
    "olive harvest failure", "spa town revival", "plaque unveiling",
    "grit bin shortage", "drive-in cinema",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, etype, severity, ref_text, occ=0, after=None, after_occ=0):
    """An error span. For an omission give text="" and `after`: the candidate
    text right after which the missing words belong."""
    return dict(text=text, type=etype, severity=severity, ref_text=ref_text,
                occ=occ, after=after, after_occ=after_occ)


def T(text, ref_text, occ=0):
    """A trap: a faithful rewording in the candidate."""
    return dict(text=text, ref_text=ref_text, occ=occ)


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append(dict(domain=domain, mode=mode, label=label,
                      reference=reference, candidate=candidate,
                      errors=list(errors), traps=list(traps)))


# ---------------------------------------------------------------------------
# Rewrites (20)
# ---------------------------------------------------------------------------

# 1
case(
    "greywater recycling", "rewrite", "consistent",
    "Harwick Water, the utility serving the Dunmere valley, said on Monday that it will fund "
    "greywater recycling systems in 1,200 new homes over the next three years. The £4.8 million "
    "scheme will pipe water from baths, showers and washing machines through a filter unit so "
    "that it can be reused to flush toilets. The company estimates that each household could cut "
    "its mains water use by about a third. Developers who sign up by 31 March will receive the "
    "units free of charge, while later applicants will pay half the installation cost. Regional "
    "director Priya Castellane said the programme was needed because the valley's reservoirs had "
    "fallen below 60 per cent capacity in each of the last two summers. The scheme does not cover "
    "existing homes.",
    "Water from baths, showers and washing machines in 1,200 new homes in the Dunmere valley is "
    "to be filtered and reused to flush toilets under a £4.8m scheme that Harwick Water, the local "
    "utility, announced on Monday. The company will fund the systems over the next three years. "
    "It estimates that each household could use roughly one-third less mains water. Developers "
    "who sign up before the end of March will get the units free; those who apply later will be "
    "charged 50% of the cost of installation. Priya Castellane, the firm's regional director, said "
    "the programme was needed because the valley's reservoirs had dropped under 60% of capacity in "
    "both of the past two summers. Existing homes are not covered.",
    traps=[
        T("£4.8m", "£4.8 million"),
        T("roughly one-third less mains water", "cut its mains water use by about a third"),
        T("before the end of March", "by 31 March"),
        T("50% of the cost of installation", "half the installation cost"),
        T("Priya Castellane, the firm's regional director", "Regional director Priya Castellane"),
    ],
)

# 2
case(
    "postcode lottery grant", "rewrite", "inconsistent",
    "A community garden in the Eastbrook district of Larnford has been awarded £62,000 by the "
    "People's Postcode Fund, a charity trust financed by a weekly postcode lottery. The Alder Lane "
    "Growers, which has 85 volunteer members, will use the money to build a polytunnel, a "
    "wheelchair-accessible path and a small classroom for visiting schools. Fund trustee Morag "
    "Ellery said the project had been chosen from 340 applications because of its work with "
    "isolated older residents. The garden's chair, Tobias Wren, said the group had previously "
    "relied on plant sales and donations, which raised about £3,000 a year. Construction is due to "
    "begin in May, and the classroom is expected to open before the autumn term.",
    "The Alder Lane Growers, a community garden in Larnford's Eastbrook district, has received "
    "£62,000 from the People's Postcode Fund, a charitable trust funded through a weekly postcode "
    "lottery. The group's 58 volunteers plan to spend it on a polytunnel, a step-free path suitable "
    "for wheelchair users and a small classroom for school visits. According to garden chair "
    "Tobias Wren, the project was picked from 340 applications because of its work with socially "
    "isolated older residents. Wren added that the group had until now depended on donations and "
    "plant sales, which brought in roughly £3,000 annually. Building work should start in May, "
    "with the classroom likely to open ahead of the autumn term.",
    errors=[
        E("58", "number", "minor", "85"),
        E("garden chair Tobias Wren", "attribution", "major", "Fund trustee Morag Ellery"),
    ],
    traps=[
        T("a step-free path suitable for wheelchair users", "a wheelchair-accessible path"),
        T("roughly £3,000 annually", "about £3,000 a year"),
        T("Building work should start in May", "Construction is due to begin in May"),
    ],
)

# 3
case(
    "time capsule opening", "rewrite", "consistent",
    "A time capsule buried beneath the clock tower of Ravensholt Primary School in 1975 was opened "
    "on Friday, 50 years to the day after it was sealed. Inside the steel box, pupils found a "
    "cassette tape, a school dinner menu, 14 letters written by children to their future selves "
    "and a copy of the Ravensholt Herald reporting a strike at the local brickworks. Head teacher "
    "Alison Crewe said the items were in remarkably good condition, although water had damaged two "
    "of the letters. The school has traced nine of the original letter writers, now in their late "
    "fifties and early sixties, and has invited them to a reading ceremony next month. The contents "
    "will then go on display at the town museum until the end of the year.",
    "Fifty years to the day after it was sealed, a time capsule buried under the clock tower of "
    "Ravensholt Primary School in 1975 was opened on Friday. Inside the steel box, pupils discovered "
    "a school dinner menu, a cassette tape, an edition of the Ravensholt Herald covering a strike at "
    "the town's brickworks, and 14 letters in which children had written to their future selves. "
    "Although two of the letters had suffered water damage, the items were remarkably well "
    "preserved, according to head teacher Alison Crewe. The school has tracked down nine of the "
    "original authors, now in their late fifties and early sixties, and invited them to a reading "
    "ceremony next month. Afterwards the contents will be exhibited at the town museum until the "
    "end of the year.",
    traps=[
        T("two of the letters had suffered water damage", "water had damaged two of the letters"),
        T("remarkably well preserved", "in remarkably good condition"),
        T("has tracked down nine of the original authors",
          "has traced nine of the original letter writers"),
        T("exhibited at the town museum", "go on display at the town museum"),
    ],
)

# 4
case(
    "beaver dam removal", "rewrite", "inconsistent",
    "The Tarrow Rivers Authority has removed a beaver dam on Millbeck Brook after flooding reached "
    "the cellars of four cottages in the village of Scaleby Moss. The authority said the dam, "
    "roughly 1.5 metres high, had been built over the winter by a family of beavers released under "
    "a licensed reintroduction trial in 2021. Officers used hand tools rather than machinery to "
    "avoid harming the animals, and no beavers were relocated. Ecologist Dr Hamid Osei said the "
    "family was likely to start building again within weeks, and that a flow device would be "
    "fitted to keep the water level below the cottages. Residents had petitioned for the animals "
    "to be moved, but the authority said trapping them was not justified under the trial's licence.",
    "A beaver dam on Millbeck Brook has been taken down by the Tarrow Rivers Authority after "
    "floodwater reached the cellars of four cottages in Scaleby Moss. The dam, which stood about "
    "1.5m tall, was built over the winter by a beaver family released in 2021 as part of a licensed "
    "reintroduction trial, the authority said. To avoid injuring the animals, officers dismantled it "
    "with hand tools instead of machinery, and none of the beavers was relocated. According to "
    "ecologist Dr Hamid Osei, the family is unlikely to start rebuilding for weeks, and a flow "
    "device will be fitted to keep the water below the level of the cottages. Although residents "
    "had petitioned for the beavers to be moved, the authority said trapping them could not be "
    "justified under the trial's licence.",
    errors=[
        E("unlikely to start rebuilding for weeks", "polarity", "major",
          "likely to start building again within weeks"),
    ],
    traps=[
        T("about 1.5m tall", "roughly 1.5 metres high"),
        T("none of the beavers was relocated", "no beavers were relocated"),
        T("could not be justified under the trial's licence",
          "was not justified under the trial's licence"),
    ],
)

# 5
case(
    "watermill reopening", "rewrite", "consistent",
    "Fenwold Mill, an 18th-century watermill on the River Lusk, will reopen to visitors on 12 April "
    "after a two-year restoration costing £1.3 million. The Fenwold Mill Trust said the oak "
    "waterwheel, which had not turned since 1968, had been rebuilt by specialist millwrights using "
    "timber from a nearby estate. The mill will grind flour on Saturdays and Sundays, and the trust "
    "expects to sell around 8 tonnes a year through its shop and local bakeries. Roughly two-thirds "
    "of the funding came from a heritage grant, with the rest raised by public appeal. Trust chair "
    "Eleanor Pyke said volunteers had given more than 20,000 hours to the project. Admission will "
    "be free for children under 16 during the first month.",
    "After a £1.3m restoration lasting two years, the 18th-century Fenwold Mill on the River Lusk "
    "will welcome visitors again from 12 April. Specialist millwrights have rebuilt its oak "
    "waterwheel, idle since 1968, with timber from a neighbouring estate, according to the Fenwold "
    "Mill Trust. Flour will be ground at weekends, and the trust anticipates annual sales of about "
    "eight tonnes through its shop and bakeries in the area. A heritage grant covered around 67% of "
    "the cost, and a public appeal raised the remainder. More than 20,000 volunteer hours went into "
    "the project, said Eleanor Pyke, who chairs the trust. For the first month, under-16s will get "
    "in free.",
    traps=[
        T("idle since 1968", "had not turned since 1968"),
        T("at weekends", "on Saturdays and Sundays"),
        T("annual sales of about eight tonnes", "sell around 8 tonnes a year"),
        T("around 67%", "Roughly two-thirds"),
        T("under-16s will get in free", "Admission will be free for children under 16"),
    ],
)

# 6
case(
    "barrow excavation", "rewrite", "inconsistent",
    "Archaeologists from the University of Kelvering have begun excavating a Bronze Age burial mound "
    "on farmland near Hollin Cross, the first dig at the site since 1932. The barrow, about 30 "
    "metres across, was identified from aerial photographs taken during last summer's drought, when "
    "parched grass revealed a ring ditch. Project leader Dr Sunniva Holt said the team hoped to find "
    "evidence of the cremation burials typical of the period, dated to roughly 2000 BC. The dig, "
    "funded by the Greywell Heritage Foundation, will run for six weeks and is open to volunteers, "
    "who must book through the university. Finds will be catalogued at the Hollin Cross Museum. The "
    "landowner, Gareth Moody, has agreed to stop ploughing the field for five years.",
    "A Bronze Age burial mound on farmland near Hollin Cross is being excavated by University of "
    "Kelvering archaeologists, the first dig there since 1932. The barrow, which measures around 30 "
    "metres in diameter, was spotted on aerial photographs taken during the 1932 drought, when "
    "scorched grass exposed a ring ditch. The team hopes to uncover signs of the cremation burials "
    "typical of the period, roughly 2000 BC, said project leader Dr Sunniva Holt. Funded by the "
    "Hollin Cross Museum, the dig will last six weeks; volunteers are welcome but must book via the "
    "university. Finds will be catalogued at the museum. Landowner Gareth Moody has agreed not to "
    "plough the field for five years.",
    errors=[
        E("the 1932 drought", "date", "major", "last summer's drought"),
        E("the Hollin Cross Museum", "entity", "major", "the Greywell Heritage Foundation"),
    ],
    traps=[
        T("around 30 metres in diameter", "about 30 metres across"),
        T("agreed not to plough the field", "agreed to stop ploughing the field"),
    ],
)

# 7
case(
    "dragonfly record", "rewrite", "consistent",
    "Volunteers at Brackenmoor Nature Reserve have recorded 27 species of dragonfly and damselfly in "
    "a single season, the highest total for any site in the county since surveys began in 1988. The "
    "previous record of 24 species was set at Ashby Fen in 2009. Reserve warden Colm Adair said the "
    "new total reflected ten years of work to dig shallow ponds and clear invasive reeds. Among the "
    "species seen was the scarce emerald damselfly, which had not been recorded at Brackenmoor "
    "before. The county's dragonfly recorder, Ruth Delaney, said the figures had been checked against "
    "photographs and were likely to be confirmed by the national recording scheme in the spring. The "
    "reserve plans to dig four more ponds this winter.",
    "Volunteers at Brackenmoor Nature Reserve logged 27 dragonfly and damselfly species in one "
    "season, more than any other site in the county has managed since surveys began in 1988. Ashby "
    "Fen held the previous record, 24 species, set in 2009. Warden Colm Adair put the new total down "
    "to a decade of work digging shallow ponds and clearing invasive reeds. One of the species seen, "
    "the scarce emerald damselfly, had never before been recorded on the reserve. Ruth Delaney, the "
    "county dragonfly recorder, said the figures had been checked against photographs and would "
    "probably be confirmed by the national recording scheme in the spring. Four more ponds are "
    "planned for this winter.",
    traps=[
        T("in one season", "in a single season"),
        T("put the new total down to", "said the new total reflected"),
        T("a decade of work", "ten years of work"),
        T("had never before been recorded on the reserve",
          "had not been recorded at Brackenmoor before"),
        T("would probably be confirmed", "were likely to be confirmed"),
    ],
)

# 8
case(
    "speedway stadium", "rewrite", "inconsistent",
    "Plans to build a 4,000-seat speedway stadium on the edge of Corringford could be approved next "
    "week, after council planning officers recommended the scheme for permission. The Corringford "
    "Comets, who have raced at a temporary track in a neighbouring town since 2019, want to return "
    "to the area with a venue that would also host stock car and banger racing. Officers said noise "
    "would be limited by a 4-metre acoustic barrier and a curfew of 10pm on race nights. More than "
    "600 objections have been lodged, mainly over noise and traffic. The final decision rests with "
    "the planning committee, which meets on Thursday. Club promoter Dean Whitlow said the team could "
    "be racing at the new stadium by 2027 if building began this year.",
    "A 4,000-seat speedway stadium on the outskirts of Corringford will be approved next week, after "
    "council planning officers recommended that permission be granted. The Corringford Comets have "
    "been racing at a temporary track in a nearby town since 2019 and want to come back with a venue "
    "that would also stage stock car and banger racing. According to officers, a four-metre acoustic "
    "barrier and a 10pm curfew on race nights would keep noise down. Over 600 objections have been "
    "submitted, mostly about noise and traffic. The planning committee, which will make the final "
    "decision, meets on Thursday. If construction starts this year, the team could be racing at the "
    "new ground by 2027, club promoter Dean Whitlow said.",
    errors=[
        E("will be approved", "modality", "major", "could be approved"),
    ],
    traps=[
        T("a 10pm curfew on race nights", "a curfew of 10pm on race nights"),
        T("Over 600 objections", "More than 600 objections"),
        T("If construction starts this year", "if building began this year"),
    ],
)

# 9
case(
    "stray cat colony", "rewrite", "consistent",
    "A colony of around 40 stray cats living behind the disused Wexcombe bus depot is to be trapped, "
    "neutered and returned under a programme run by the animal charity Pawsafe and Wexcombe District "
    "Council. The council will pay £9,500 towards veterinary costs, and Pawsafe will provide traps "
    "and volunteers. Cats that are friendly enough to be rehomed will be offered for adoption; the "
    "rest will be released back to the site, where volunteers will continue to feed them. Pawsafe "
    "coordinator Lena Marsh said the colony had roughly doubled in size in three years. The work is "
    "expected to start in early June and take about eight weeks. Residents are asked not to feed the "
    "cats during the trapping period.",
    "Pawsafe, an animal charity, and Wexcombe District Council are to trap, neuter and return a "
    "colony of some 40 stray cats living behind the former Wexcombe bus depot. The council is "
    "contributing £9,500 towards vets' bills, while the charity supplies traps and volunteers. Cats "
    "tame enough to be rehomed will be put up for adoption; the others will go back to the site, "
    "where volunteers will keep feeding them. According to Lena Marsh, Pawsafe's coordinator, the "
    "colony has grown to about twice its size over three years. The work should begin early in June "
    "and last around two months. While trapping is under way, residents are asked to refrain from "
    "feeding the cats.",
    traps=[
        T("some 40 stray cats", "around 40 stray cats"),
        T("grown to about twice its size", "roughly doubled in size"),
        T("should begin early in June", "is expected to start in early June"),
        T("around two months", "about eight weeks"),
        T("refrain from feeding the cats", "not to feed the cats"),
    ],
)

# 10
case(
    "beekeeper swarm season", "rewrite", "inconsistent",
    "The Harrowdale Beekeepers' Association has warned that this year's swarm season may be the "
    "busiest for a decade, after a mild winter allowed colonies to build up early. Secretary Jonah "
    "Pell said members had already collected 23 swarms in April, compared with five in the same month "
    "last year. He urged residents who find a swarm in a garden not to spray it with insecticide and "
    "not to try to move it, but to call the association's hotline, which is staffed by volunteers "
    "between 8am and 8pm. Swarms are usually docile because the bees have no hive to defend, Mr Pell "
    "said, but people with allergies to stings should keep their distance. Collected swarms are "
    "rehoused in members' apiaries.",
    "A mild winter that let colonies build up early could make this year's swarm season the busiest "
    "in ten years, the Harrowdale Beekeepers' Association has warned. Members collected 23 swarms in "
    "April alone, against five in April last year, said the association's secretary, Jonah Pell. "
    "Residents who discover a swarm in their garden should neither spray it with insecticide nor "
    "attempt to move it, he said; instead they should ring the association's volunteer-run hotline. "
    "Because they have no hive to defend, swarming bees are normally docile, Mr Pell added, although "
    "anyone allergic to stings should stay well away. Swarms that are collected are given new homes "
    "in members' apiaries.",
    errors=[
        E("", "omission", "minor", "between 8am and 8pm", after="volunteer-run hotline"),
    ],
    traps=[
        T("the busiest in ten years", "the busiest for a decade"),
        T("neither spray it with insecticide nor attempt to move it",
          "not to spray it with insecticide and not to try to move it"),
        T("normally docile", "usually docile"),
    ],
)

# 11
case(
    "family history fair", "rewrite", "consistent",
    "The Ellesmoor Family History Society will hold its annual fair at the Corn Exchange in Brantwick "
    "on Saturday 14 September, from 10am to 4pm. More than 30 exhibitors are expected, including "
    "county record offices, DNA testing companies and local history groups. Volunteers will offer "
    "free 20-minute sessions to help visitors get started with online census records. Society chair "
    "Harold Fenn said last year's fair attracted about 1,100 visitors, roughly 40 per cent more than "
    "in 2022. Entry costs £4, and under-18s get in free. For the first time, the programme will "
    "include a talk on tracing ancestors who served in the merchant navy, given by maritime historian "
    "Dr Celia Baptiste.",
    "Brantwick's Corn Exchange will host the Ellesmoor Family History Society's annual fair on "
    "Saturday 14 September, from 10am until 4pm. Over 30 stallholders are expected, among them "
    "county record offices, local history groups and firms offering DNA tests. Volunteers will run "
    "free 20-minute sessions to help visitors make a start with online census records. Last year's "
    "fair drew around 1,100 visitors, about two-fifths more than in 2022, said society chair Harold "
    "Fenn. Admission is £4, with free entry for anyone under 18. Maritime historian Dr Celia Baptiste "
    "will give a talk on tracing ancestors who served in the merchant navy, the first time the "
    "subject has featured in the programme.",
    traps=[
        T("Over 30 stallholders", "More than 30 exhibitors"),
        T("firms offering DNA tests", "DNA testing companies"),
        T("about two-fifths more", "roughly 40 per cent more"),
        T("free entry for anyone under 18", "under-18s get in free"),
    ],
)

# 12
case(
    "water slide closure", "rewrite", "inconsistent",
    "The Splashworks leisure centre in Dunhallow has closed its 80-metre flume indefinitely after an "
    "inspection found cracks in three of the slide's support columns. Operator Brightwater Leisure, "
    "which runs the centre on behalf of Dunhallow Borough Council, said the rest of the pool would "
    "stay open. The inspection was carried out by engineering firm Halden & Roe, which was hired by "
    "the council in March after a lifeguard reported water leaking from a joint. Repairs are "
    "estimated at £180,000, and the council has not yet decided whether to fund them. Swimming "
    "lessons and the learner pool are unaffected. The flume, installed in 1996, carried about 60,000 "
    "riders last year.",
    "Dunhallow's Splashworks leisure centre has shut its 80m flume until further notice after "
    "inspectors discovered cracks in all three of its support columns. Dunhallow Borough Council runs "
    "the centre on behalf of Brightwater Leisure, which said the rest of the pool would remain open. "
    "Engineering firm Halden & Roe carried out the inspection, having been hired by the council in "
    "March after a lifeguard reported water leaking from a joint. The repairs are expected to cost "
    "£180,000, and the council has yet to decide whether it will pay for them. The learner pool and "
    "swimming lessons are not affected. Installed in 1996, the flume carried around 60,000 riders "
    "last year.",
    errors=[
        E("all three of its support columns", "number", "major",
          "three of the slide's support columns"),
        E("Dunhallow Borough Council runs the centre on behalf of Brightwater Leisure", "role",
          "major",
          "Brightwater Leisure, which runs the centre on behalf of Dunhallow Borough Council"),
    ],
    traps=[
        T("until further notice", "indefinitely"),
        T("has yet to decide whether it will pay for them",
          "has not yet decided whether to fund them"),
    ],
)

# 13
case(
    "lacrosse league", "rewrite", "consistent",
    "The Northern Counties Lacrosse Association has announced that its women's league will expand "
    "from eight to twelve teams next season, the largest growth since the league was founded in "
    "1994. The four new entrants include two university sides and a club from Orsby that was formed "
    "only 18 months ago. Matches will move from Saturday to Sunday afternoons to avoid clashes with "
    "school fixtures. Association president Grace Olumide said participation among women and girls "
    "had risen by almost half since 2021. To limit travel, the league will split into northern and "
    "southern divisions of six teams each, with the winners meeting in a play-off final in May.",
    "Next season the Northern Counties Lacrosse Association's women's league will grow by half, from "
    "eight teams to twelve, its biggest expansion since it was set up in 1994. Two university sides "
    "are among the four newcomers, as is a club from Orsby founded just a year and a half ago. To "
    "avoid clashing with school fixtures, matches will be played on Sunday afternoons instead of "
    "Saturdays. Participation among women and girls has climbed by nearly 50% since 2021, according "
    "to association president Grace Olumide. To cut travel, the league will be divided into two "
    "six-team divisions, north and south, and the two winners will meet in a play-off final in May.",
    traps=[
        T("grow by half, from eight teams to twelve", "expand from eight to twelve teams"),
        T("a year and a half ago", "18 months ago"),
        T("Sunday afternoons instead of Saturdays", "from Saturday to Sunday afternoons"),
        T("nearly 50%", "almost half"),
        T("two six-team divisions, north and south",
          "northern and southern divisions of six teams each"),
    ],
)

# 14
case(
    "nit comb", "rewrite", "inconsistent",
    "Health officials in the Calder Vale district are to give a free nit comb to every family with a "
    "child in primary school, in an attempt to reduce the use of chemical head lice treatments. The "
    "scheme, costing £38,000, will distribute around 9,000 combs through schools in September. Dr "
    "Fiona Asher, the district's director of public health, said regular wet combing with "
    "conditioner could be as effective as lotions for many children, although it takes longer. "
    "Pharmacists have reported that some lice are becoming resistant to common insecticide "
    "treatments. Leaflets explaining the technique will be sent home with the combs. The district "
    "may extend the scheme to nurseries next year if it proves popular.",
    "Every family in the Calder Vale district with a child at primary school will be given a free "
    "nit comb by health officials, who hope to cut the use of chemical head lice treatments. Around "
    "9,000 combs will be handed out via schools in September under the £38,000 scheme. Regular wet "
    "combing with conditioner is just as effective as lotions for many children, though it is more "
    "time-consuming, said Dr Fiona Asher, Calder Vale's director of public health. Some lice are "
    "developing resistance to common insecticide treatments, according to pharmacists. The combs "
    "will go home with leaflets, available in six languages, explaining the technique. If the "
    "scheme proves popular, it may be extended to nurseries next year.",
    errors=[
        E("is just as effective as", "modality", "major", "could be as effective as"),
        E("available in six languages", "addition", "minor", None),
    ],
    traps=[
        T("more time-consuming", "it takes longer"),
        T("developing resistance to", "becoming resistant to"),
    ],
)

# 15
case(
    "carnival float accident", "rewrite", "inconsistent",
    "A 15-year-old girl was taken to hospital with a broken wrist after falling from a carnival float "
    "during the Marlow Bay summer parade on Saturday afternoon. The float, entered by the Marlow Bay "
    "Rowing Club, was travelling at walking pace along the seafront when she lost her footing on a "
    "wet step, police said. Paramedics treated her at the scene before taking her to Westcombe "
    "General Hospital, where she is in a stable condition. The parade, watched by an estimated "
    "12,000 people, continued after a short pause. Carnival committee chair Bernard Quayle said all "
    "floats had passed safety checks that morning and that the committee would review its rules on "
    "handrails.",
    "A girl of 15 suffered a broken wrist when she fell from a carnival float at the Marlow Bay "
    "summer parade on Saturday afternoon and was taken to hospital. According to police, she lost "
    "her footing on a wet step as the float, which had been entered by Marlow Bay Rowing Club, moved "
    "along the seafront at walking pace. After being treated by paramedics at the scene, she was "
    "taken to Westcombe General Hospital, where her condition is stable. The parade, which drew an "
    "estimated 12,000 spectators, was called off following the incident. Bernard Quayle, who chairs "
    "the carnival committee, said every float had passed safety checks that morning and the "
    "committee would look again at its rules on handrails.",
    errors=[
        E("was called off following the incident", "event", "major",
          "continued after a short pause"),
    ],
    traps=[
        T("A girl of 15", "A 15-year-old girl"),
        T("drew an estimated 12,000 spectators", "watched by an estimated 12,000 people"),
        T("look again at its rules on handrails", "review its rules on handrails"),
    ],
)

# 16
case(
    "ham radio contest", "rewrite", "consistent",
    "A team of amateur radio operators from the Kestle Point Radio Society has won the national field "
    "day contest for the third year in a row, making 2,846 contacts over 24 hours from a tent on "
    "Kestle Down. The six-strong team used generators and battery power only, as the rules require, "
    "and contacted stations in 74 countries, including a research base in Antarctica. Club secretary "
    "Neil Ashdown said the result was provisional until logs from all entrants had been checked, "
    "which usually takes about six weeks. The runners-up, the Fallowfield Amateur Radio Club, "
    "finished 112 contacts behind. The society, founded in 1951, has 140 members and runs free "
    "training courses for people wanting to obtain a licence.",
    "For a third consecutive year, the Kestle Point Radio Society has won the national field day "
    "contest, its six-strong team logging 2,846 contacts over a full day from a tent on Kestle Down. "
    "In line with the rules, they relied solely on generators and batteries, reaching stations in "
    "74 countries, among them a research base in Antarctica. The result remains provisional until "
    "every entrant's log has been checked, a process that normally takes around six weeks, said "
    "club secretary Neil Ashdown. Second place went to the Fallowfield Amateur Radio Club, 112 "
    "contacts behind. Founded in 1951, the society has 140 members and offers free training courses "
    "to people who want to obtain a licence.",
    traps=[
        T("For a third consecutive year", "for the third year in a row"),
        T("over a full day", "over 24 hours"),
        T("relied solely on generators and batteries", "used generators and battery power only"),
        T("normally takes around six weeks", "usually takes about six weeks"),
        T("Second place went to the Fallowfield Amateur Radio Club",
          "The runners-up, the Fallowfield Amateur Radio Club"),
    ],
)

# 17
case(
    "bouncy castle accident", "rewrite", "inconsistent",
    "A hire company, Jumpin' Joe's Inflatables, has been fined £24,000 after a bouncy castle was "
    "lifted by a gust of wind at a school fete in Penrow, injuring three children. Cheltham "
    "Magistrates' Court heard that the castle was blown over shortly before 3pm on 9 June last year, "
    "and that staff from the company had secured it with only four of its twelve anchor points. A "
    "seven-year-old boy suffered a fractured arm and two other children had cuts and bruises. The "
    "company's director, Joseph Tallis, pleaded guilty on its behalf and was also ordered to pay "
    "£6,500 in costs. The prosecution was brought by Penrow District Council. Magistrates said the "
    "company had ignored both the manufacturer's instructions and a forecast predicting gusts of up "
    "to 40mph.",
    "Jumpin' Joe's Inflatables has been fined £24,000 after a bouncy castle was picked up by a gust "
    "of wind at a Penrow school fete, leaving three children hurt. Magistrates in Cheltham were told "
    "that the castle was blown over shortly after 3pm on 9 June last year, and that the firm's staff "
    "had used only four of its twelve anchor points. A boy of seven fractured his arm, while two "
    "other children suffered cuts and bruises. Joseph Tallis, the company's director, denied the "
    "offence on its behalf but was also ordered to pay £6,500 in costs. Penrow District Council "
    "brought the prosecution. The company had disregarded the manufacturer's instructions as well as "
    "a forecast of gusts reaching 40mph, magistrates said.",
    errors=[
        E("shortly after 3pm", "date", "minor", "shortly before 3pm"),
        E("denied the offence", "polarity", "major", "pleaded guilty"),
    ],
    traps=[
        T("A boy of seven fractured his arm", "A seven-year-old boy suffered a fractured arm"),
        T("Penrow District Council brought the prosecution",
          "The prosecution was brought by Penrow District Council"),
        T("gusts reaching 40mph", "gusts of up to 40mph"),
    ],
)

# 18
case(
    "rodeo injury", "rewrite", "inconsistent",
    "A bull rider was airlifted to hospital with a suspected broken pelvis after being thrown at the "
    "Red Mesa Stampede on Sunday. Organisers said Wade Harlan, 27, was stepped on by the bull Black "
    "Anvil after falling in the first round, and was conscious when he left the arena. The event was "
    "paused for 40 minutes while an air ambulance landed on the practice ground. The bull riding "
    "title later went to Luis Amaro, who beat defending champion Cody Vance by three points. "
    "Stampede president Marla Quint said Harlan's family had asked for privacy and that the rodeo's "
    "medical team had followed its standard procedures. The three-day event attracted about 18,000 "
    "spectators, a record.",
    "Wade Harlan, a 27-year-old bull rider, was flown to hospital on Sunday with a suspected broken "
    "pelvis after being thrown at the Red Mesa Stampede. According to organisers, he fell in the "
    "opening round and was stepped on by the bull, Black Anvil, but was conscious when he left the "
    "arena. The competition was halted for 40 minutes so that an air ambulance could land on the "
    "practice ground. Defending champion Cody Vance later beat Luis Amaro by three points to take "
    "the bull riding title. Stampede president Marla Quint said Harlan's family had requested "
    "privacy and that the rodeo's medical team had followed standard procedures. The three-day "
    "event drew a record crowd of about 18,000.",
    errors=[
        E("Cody Vance later beat Luis Amaro", "role", "major",
          "Luis Amaro, who beat defending champion Cody Vance"),
    ],
    traps=[
        T("flown to hospital", "airlifted to hospital"),
        T("in the opening round", "in the first round"),
        T("drew a record crowd of about 18,000", "attracted about 18,000 spectators, a record"),
    ],
)

# 19
case(
    "plaque unveiling", "rewrite", "consistent",
    "A blue plaque honouring the engineer Margaret Tolley, who designed the first electric tram "
    "brakes used in Hexley, was unveiled on Wednesday at the house in Pell Street where she lived "
    "from 1898 to 1931. The plaque was paid for by the Hexley Civic Society after a public vote in "
    "which Tolley received 1,450 of the 3,600 votes cast. Her great-niece, Ann Tolley-Reeve, "
    "performed the unveiling in front of about 150 people. Civic society chair Dr Raj Mahoney said "
    "Tolley had been largely forgotten because her patents were filed in her husband's name. The "
    "current owners of the house agreed to the plaque being fixed to the front wall. It is the 34th "
    "plaque installed by the society since 1978.",
    "About 150 people watched on Wednesday as Ann Tolley-Reeve unveiled a blue plaque to her "
    "great-aunt, the engineer Margaret Tolley, at the house in Pell Street where Tolley lived from "
    "1898 to 1931. Tolley designed the first electric tram brakes to be used in Hexley. The Hexley "
    "Civic Society funded the plaque following a public vote in which she received 1,450 of the "
    "3,600 votes cast. According to the society's chair, Dr Raj Mahoney, Tolley's patents were filed "
    "in her husband's name, which is largely why she has been forgotten. The present owners of the "
    "house consented to the plaque being fixed to its front wall. Since 1978 the society has put up "
    "34 plaques, including this one.",
    traps=[
        T("her great-aunt", "Her great-niece"),
        T("The Hexley Civic Society funded the plaque",
          "The plaque was paid for by the Hexley Civic Society"),
        T("consented to", "agreed to"),
        T("Since 1978 the society has put up 34 plaques, including this one",
          "It is the 34th plaque installed by the society since 1978"),
    ],
)

# 20
case(
    "drive-in cinema", "rewrite", "consistent",
    "A drive-in cinema will open on the disused runway of the former Selby Heath airfield next month, "
    "the first in the region for more than 40 years. Operator Starlite Screens said the site would "
    "have room for 220 cars and show films on Friday and Saturday nights from 4 July until the end of "
    "September. Sound will be broadcast to car radios, and tickets will cost £25 per vehicle "
    "regardless of the number of passengers. The company said it expected to employ 15 seasonal "
    "staff, mostly students. Heath Parish Council approved the temporary licence last week on "
    "condition that screenings end by 11.30pm and that no more than two films are shown per night. "
    "Food will be delivered to cars from an on-site kitchen.",
    "Starlite Screens is to open a drive-in cinema next month on the unused runway at what was once "
    "Selby Heath airfield, the region's first for over four decades. The site will have space for "
    "220 cars, and films will be shown on Friday and Saturday nights from 4 July until the end of "
    "September, the operator said. Sound will be transmitted to car radios, and each vehicle will be "
    "charged £25 however many people are inside. The company expects to take on 15 seasonal staff, "
    "most of them students. Heath Parish Council granted the temporary licence last week, provided "
    "that screenings finish by 11.30pm and at most two films are screened each night. An on-site "
    "kitchen will deliver food to cars.",
    traps=[
        T("what was once Selby Heath airfield", "the former Selby Heath airfield"),
        T("over four decades", "more than 40 years"),
        T("however many people are inside", "regardless of the number of passengers"),
        T("at most two films are screened each night",
          "no more than two films are shown per night"),
    ],
)

# ---------------------------------------------------------------------------
# Summaries (10)
# ---------------------------------------------------------------------------

# 21
case(
    "funeral cost rise", "summary", "consistent",
    "The average cost of a basic funeral in Ardenshire has risen to £4,870, an increase of 9 per cent "
    "in a year, according to a report published on Tuesday by the consumer group FairRest. The rise "
    "is more than double the rate of general inflation over the same period. The report blames "
    "higher fees for cremation and burial plots charged by local councils, which account for about a "
    "quarter of the total, as well as increased fuel and staffing costs for funeral directors. Direct "
    "cremation, where no service is held, remains the cheapest option at an average of £1,650. "
    "FairRest's director, Imogen Balfour, said many families were going into debt and called for "
    "councils to freeze their fees for two years. The Ardenshire Association of Funeral Directors "
    "said its members were absorbing some costs and that prices had risen less than in neighbouring "
    "counties.",
    "A basic funeral in Ardenshire now costs £4,870 on average, 9% more than a year ago and over "
    "twice the rate of inflation, a FairRest report says. It blames higher council fees for cremation "
    "and burial plots, roughly a quarter of the bill, and rising fuel and staffing costs for funeral "
    "directors. FairRest wants councils to freeze fees for two years; the funeral directors' "
    "association says its members are absorbing some costs.",
    traps=[
        T("9% more than a year ago", "an increase of 9 per cent in a year"),
        T("over twice the rate of inflation", "more than double the rate of general inflation"),
        T("roughly a quarter of the bill", "about a quarter of the total"),
        T("FairRest wants councils to freeze fees", "called for councils to freeze their fees"),
    ],
)

# 22
case(
    "pension fund loss", "summary", "inconsistent",
    "The Ostrey County Council pension fund lost £210 million in the last financial year, cutting its "
    "value to £3.9 billion, according to its annual accounts. Most of the loss came from a fall in "
    "the value of its property holdings and a £64 million write-down on an investment in a failed "
    "battery start-up, Voltaris. The fund covers about 48,000 current and former council employees. "
    "Its chief investment officer, Simon Achterberg, said members' pensions were guaranteed by law "
    "and would not be affected. However, Katy Brennan, an organiser for the public service union "
    "PSWU, said the loss could force the council to raise its contributions, taking money away from "
    "services. An independent review of the fund's investment strategy has been ordered and will "
    "report in the autumn.",
    "Ostrey County Council's pension fund lost £210m in the last financial year, leaving it worth "
    "£3.9bn, largely because of falling property values and a £46m write-down on failed battery "
    "start-up Voltaris. Union organiser Katy Brennan said members' pensions were legally guaranteed, "
    "but warned the loss could force the council to pay in more at the expense of services. An "
    "independent review will report in the autumn.",
    errors=[
        E("£46m", "number", "major", "£64 million"),
        E("Union organiser Katy Brennan", "attribution", "major",
          "Its chief investment officer, Simon Achterberg"),
    ],
    traps=[
        T("leaving it worth £3.9bn", "cutting its value to £3.9 billion"),
        T("legally guaranteed", "guaranteed by law"),
        T("pay in more", "raise its contributions"),
    ],
)

# 23
case(
    "optician chain merger", "summary", "inconsistent",
    "ClearSight Opticians, which has 140 branches, is to be taken over by its larger rival Vantage "
    "Eyecare in a deal worth £95 million, the two companies announced on Thursday. The combined "
    "business will have 410 stores, making it the second-largest optician chain in the country. "
    "Vantage said all ClearSight branches would keep trading under their own name for at least two "
    "years, although about 60 head-office jobs at ClearSight's base in Dornley are expected to go. "
    "The deal still needs approval from the competition regulator, which is likely to examine towns "
    "where the two chains have neighbouring shops. ClearSight's founder, Anita Rowe, who owns 35 per "
    "cent of the company, said she would stay on as an adviser. Shareholders will receive 182p per "
    "share.",
    "Vantage Eyecare is to be taken over by ClearSight Opticians in a £95m deal that will create the "
    "country's second-largest optician chain, with 410 stores. ClearSight branches will keep their "
    "own name for at least two years, but about 60 head-office jobs in Dornley are likely to go. The "
    "deal still needs the competition regulator's approval.",
    errors=[
        E("Vantage Eyecare is to be taken over by ClearSight Opticians", "role", "critical",
          "ClearSight Opticians, which has 140 branches, is to be taken over by its larger rival "
          "Vantage Eyecare"),
    ],
    traps=[
        T("are likely to go", "are expected to go"),
        T("still needs the competition regulator's approval",
          "still needs approval from the competition regulator"),
    ],
)

# 24
case(
    "pawnbroker boom", "summary", "consistent",
    "Pawnbrokers in the Midland region lent a record £310 million in the twelve months to March, up "
    "18 per cent on the previous year, according to figures from the National Pawnbrokers' Guild. "
    "Gold jewellery made up around 85 per cent of items pledged, helped by a high gold price that "
    "allows customers to borrow more against the same piece. The guild said the number of shops had "
    "also grown for the first time in a decade, to 212. Its chief executive, Derek Holloway, said "
    "customers were increasingly people in work who had been turned down by banks or wanted to avoid "
    "credit card debt. Debt charity StepClear warned that interest rates on pawn loans, typically "
    "around 7 per cent a month, made them expensive if not repaid quickly. Around 82 per cent of "
    "items are redeemed, the guild said.",
    "Lending by Midland pawnbrokers hit a record £310m in the year to March, 18% higher than the year "
    "before, guild figures show. More than four in five pledged items were gold jewellery, and shop "
    "numbers rose to 212, the first increase in ten years. The charity StepClear warned that pawn "
    "loans, which typically charge about 7% a month, are expensive unless repaid quickly.",
    traps=[
        T("in the year to March", "in the twelve months to March"),
        T("18% higher than the year before", "up 18 per cent on the previous year"),
        T("More than four in five", "around 85 per cent"),
        T("the first increase in ten years", "for the first time in a decade"),
        T("unless repaid quickly", "if not repaid quickly"),
    ],
)

# 25
case(
    "glacier retreat measurement", "summary", "inconsistent",
    "The Skarvik Glacier retreated by 46 metres over the past year, the largest annual loss since "
    "measurements began in 1961, scientists at the Nordhavn Polar Institute said on Monday. The team, "
    "led by glaciologist Dr Ingrid Solberg, used drone surveys and GPS stakes driven into the ice to "
    "map the position of the glacier's snout in September. The glacier has now lost about 1.2 "
    "kilometres of length since the first survey. Dr Solberg said the unusually warm summer, when "
    "temperatures at the nearby weather station exceeded 20C on eleven days, was the main cause, but "
    "that the long-term trend was driven by rising average temperatures. The institute plans to "
    "install a permanent time-lapse camera at the site next year.",
    "The Skarvik Glacier shrank by 64 metres over the past year, the biggest annual retreat since "
    "records began in 1961, according to the Nordhavn Polar Institute. Dr Ingrid Solberg said an "
    "unusually warm summer was the main cause, though rising average temperatures drive the "
    "long-term trend. It was the biggest annual retreat since records began. The glacier has lost "
    "about 1.2km since the first survey.",
    errors=[
        E("64 metres", "number", "major", "46 metres"),
        E("the biggest annual retreat since records began", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("records began in 1961", "measurements began in 1961"),
        T("about 1.2km", "about 1.2 kilometres"),
    ],
)

# 26
case(
    "fire engine shortage", "summary", "inconsistent",
    "Up to a third of fire engines in the Wessmoor Fire and Rescue Service were unavailable on some "
    "nights last winter because there were not enough on-call firefighters to crew them, an "
    "inspection report has found. Inspectors said the service had 38 engines but on the worst nights "
    "only 25 could be sent to emergencies. Response times in rural areas rose by an average of two "
    "minutes compared with the previous year. Chief fire officer Paul Ardagh said recruitment of "
    "on-call staff, who are paid to respond from home or work when their pagers go off, had become "
    "harder as fewer people worked near fire stations. The service may close two rural stations and "
    "replace them with a single larger one, a proposal that will go to public consultation in the "
    "spring.",
    "On some nights last winter Wessmoor's fire service could not crew up to a third of its engines "
    "because of a shortage of on-call firefighters, inspectors found; at worst only 25 of its 38 "
    "engines were available. Average rural response times lengthened by two minutes. The service "
    "will close two rural stations and replace them with a single larger one, a plan going to public "
    "consultation in the spring.",
    errors=[
        E("will close two rural stations", "modality", "major", "may close two rural stations"),
    ],
    traps=[
        T("at worst only 25 of its 38 engines were available",
          "on the worst nights only 25 could be sent to emergencies"),
        T("lengthened by two minutes", "rose by an average of two minutes"),
    ],
)

# 27
case(
    "chalk stream protection", "summary", "consistent",
    "The River Wend, one of the county's 14 chalk streams, is to be given extra protection after the "
    "environment regulator agreed to cut the amount of water that can be taken from its catchment by "
    "20 per cent from next April. The decision follows a three-year campaign by the Wend Valley "
    "Trust, which said abstraction for public supply had left stretches of the river dry for up to "
    "four months in recent summers. Wellbourne Water, which holds the main abstraction licence, said "
    "it would make up the shortfall by fixing leaks and building a new pipeline from a reservoir 30 "
    "kilometres away, at a cost of £52 million. Trust director Helen Marchbank welcomed the move but "
    "said it would take years for brown trout and water voles to return.",
    "From next April the regulator will allow a fifth less water to be taken from the River Wend's "
    "catchment, after a three-year campaign by the Wend Valley Trust, which said public supply "
    "abstraction had left stretches dry for up to four months. Wellbourne Water will cover the gap "
    "with leak repairs and a £52m pipeline. The trust welcomed the decision but warned that trout "
    "and water voles would take years to return.",
    traps=[
        T("a fifth less water", "cut the amount of water that can be taken from its catchment by "
          "20 per cent"),
        T("cover the gap", "make up the shortfall"),
        T("leak repairs", "fixing leaks"),
        T("£52m pipeline", "pipeline from a reservoir 30 kilometres away, at a cost of £52 million"),
    ],
)

# 28
case(
    "tram depot fire", "summary", "inconsistent",
    "A fire at the Gorsey Lane tram depot in Brackwell destroyed two trams and damaged a third early "
    "on Sunday, forcing the city's network to run a reduced timetable. About 60 firefighters tackled "
    "the blaze, which started at around 2am in a maintenance shed. No one was injured. Brackwell "
    "Metro said services on its two lines would run every 15 minutes instead of every 8 minutes "
    "until further notice, and replacement buses would cover the eastern end of the Green Line. Each "
    "tram costs about £3 million to replace. The fire service said the cause was being investigated "
    "but was not thought to be suspicious. Metro managing director Carl Dobrev said the depot's "
    "sprinkler system was being checked.",
    "A fire early on Sunday at Brackwell's Gorsey Lane tram depot destroyed two trams and damaged a "
    "third, leaving the network running every 15 minutes instead of every 8. Nobody was hurt. The "
    "blaze, thought to have been caused by an electrical fault, is not being treated as suspicious.",
    errors=[
        E("thought to have been caused by an electrical fault", "addition", "major", None),
    ],
    traps=[
        T("Nobody was hurt", "No one was injured"),
        T("is not being treated as suspicious", "was not thought to be suspicious"),
    ],
)

# 29
case(
    "grit bin shortage", "summary", "consistent",
    "Residents in Hallam Vale have been told that 150 of the district's 900 grit bins will not be "
    "refilled this winter because of a shortage of road salt. Hallam Vale District Council said its "
    "supplier had delivered only 60 per cent of the 4,000 tonnes ordered, after heavy demand "
    "elsewhere in the country. Priority will go to bins on steep hills, near schools and outside "
    "sheltered housing. Highways manager Tom Ridley said gritting lorries would continue to treat all "
    "main roads and bus routes before every forecast frost. Parish councils can buy salt for their "
    "own bins at cost from the council depot. Opposition councillors said the council should have "
    "ordered earlier and built up a larger reserve after last year's cold snap.",
    "One in six of Hallam Vale's 900 grit bins will go unfilled this winter because the council's "
    "supplier delivered just 60% of its 4,000-tonne salt order. Bins on steep hills, near schools and "
    "outside sheltered housing will be prioritised, and all main roads and bus routes will still be "
    "gritted before each forecast frost. Opposition councillors say salt should have been ordered "
    "sooner.",
    traps=[
        T("One in six of Hallam Vale's 900 grit bins", "150 of the district's 900 grit bins"),
        T("will go unfilled", "will not be refilled"),
        T("just 60% of its 4,000-tonne salt order", "only 60 per cent of the 4,000 tonnes ordered"),
        T("will be prioritised", "Priority will go to"),
        T("ordered sooner", "ordered earlier"),
    ],
)

# 30
case(
    "orienteering championship", "summary", "consistent",
    "Lotte Brennan, 19, became the youngest winner of the women's title at the National Orienteering "
    "Championships on Sunday, completing the 9.4-kilometre course in the forest at Cray Moor in 71 "
    "minutes. She finished 48 seconds ahead of three-time champion Elspeth Garrow. The men's title "
    "went to Rhodri Vane, who won for the second consecutive year despite losing time after "
    "misreading a control near the finish. About 1,300 competitors took part over two days, the "
    "highest entry since 2012. Organisers from the Cray Valley Orienteers club said the event had "
    "been made possible by the Forestry Board, which allowed access to areas usually closed to the "
    "public. Next year's championships will be held in the Lowmere Hills.",
    "Nineteen-year-old Lotte Brennan became the youngest women's national orienteering champion, "
    "covering the 9.4km forest course at Cray Moor in an hour and 11 minutes, 48 seconds faster than "
    "three-time winner Elspeth Garrow. Rhodri Vane retained the men's title despite a late "
    "navigation error. Around 1,300 people competed, the biggest entry since 2012.",
    traps=[
        T("Nineteen-year-old Lotte Brennan", "Lotte Brennan, 19"),
        T("an hour and 11 minutes", "71 minutes"),
        T("48 seconds faster than", "48 seconds ahead of"),
        T("retained the men's title", "won for the second consecutive year"),
        T("a late navigation error", "misreading a control near the finish"),
    ],
)

# ---------------------------------------------------------------------------
# Translations (10): two independent English renderings of one foreign story
# ---------------------------------------------------------------------------

# 31
case(
    "rickshaw ban", "translation", "inconsistent",
    "Cycle rickshaws will be banned from the central districts of the port city of Marapur from 1 "
    "January, the municipal corporation announced on Wednesday. The ban covers the old market area "
    "and the streets around the railway station, where officials say rickshaws cause congestion. "
    "About 7,000 rickshaw pullers are registered in the city, and the corporation estimates that a "
    "third of them work in the affected zone. Drivers who surrender their vehicles will be offered a "
    "loan of up to 40,000 rupees to buy an electric auto-rickshaw, repayable over five years. The "
    "rickshaw pullers' union has called a strike for next Monday and says the compensation is "
    "insufficient. Mayor Sunita Raghavan said the ban would be reviewed after six months.",
    "The municipal corporation of Marapur, a port city, said on Wednesday that from 1 June cycle "
    "rickshaws will no longer be allowed in its central districts. The prohibition applies to the "
    "old market and the streets near the railway station, where, according to officials, the "
    "rickshaws create traffic jams. Some 7,000 rickshaw drivers are registered in the city; the "
    "corporation believes one-third of them operate in the zone concerned. Those who hand in their "
    "vehicles will be able to borrow up to 40,000 rupees to purchase an electric auto-rickshaw. The "
    "union representing rickshaw drivers has announced a strike for next Monday, saying the "
    "compensation is not enough. The mayor, Sunita Raghavan, said the measure would be reviewed "
    "after six months.",
    errors=[
        E("from 1 June", "date", "critical", "from 1 January"),
        E("", "omission", "major", "repayable over five years",
          after="to purchase an electric auto-rickshaw"),
    ],
    traps=[
        T("traffic jams", "congestion"),
        T("one-third of them", "a third of them"),
        T("is not enough", "is insufficient"),
    ],
)

# 32
case(
    "olive harvest failure", "translation", "inconsistent",
    "Olive growers in the Valdoria region expect this year's harvest to be 55 per cent lower than "
    "last year's, after a spring heatwave destroyed flowers on the trees, the regional farmers' "
    "cooperative Agrovald said on Thursday. The cooperative, which represents about 2,300 growers, "
    "said wholesale olive oil prices had already risen to 9 euros a litre, a record. Its president, "
    "Matteo Lanzi, called on the regional government to declare a state of agricultural emergency, "
    "which would allow growers to postpone tax and social security payments. The regional "
    "agriculture minister, Chiara Ferro, said the request was being examined but that no decision "
    "would be taken before the harvest ends in December. Irrigated groves in the south of the region "
    "were less affected.",
    "The Valdoria farmers' cooperative Agrovald said on Thursday that olive producers in the region "
    "are forecasting a harvest 55% down on last year, because a heatwave in spring killed off the "
    "blossom on the trees. According to the cooperative, which has some 2,300 growers as members, "
    "wholesale olive oil prices have already climbed to a record 9 euros per litre. Its chairman, "
    "Matteo Lanzi, urged the national government to declare an agricultural state of emergency, "
    "under which growers could defer their tax and social security contributions. Regional "
    "agriculture minister Chiara Ferro said the request was under consideration and that a decision "
    "would be taken before the harvest finishes in December. Groves with irrigation in the south of "
    "the region suffered less damage.",
    errors=[
        E("the national government", "entity", "major", "the regional government"),
        E("a decision would be taken before", "polarity", "major",
          "no decision would be taken before"),
    ],
    traps=[
        T("55% down on last year", "55 per cent lower than last year's"),
        T("defer their tax and social security contributions",
          "postpone tax and social security payments"),
        T("Groves with irrigation", "Irrigated groves"),
    ],
)

# 33
case(
    "spa town revival", "translation", "consistent",
    "The spa town of Bad Kellhofen recorded 412,000 overnight stays last year, its best result since "
    "1989, the town's tourism office said on Tuesday. The figure is almost double the low point "
    "reached in 2009, when several hotels closed and the historic Kurhaus stood empty. The revival "
    "followed the reopening of the thermal baths in 2019 after a renovation costing 38 million euros, "
    "shared between the state and a private operator. Visitors under 40 now account for more than a "
    "quarter of guests, compared with fewer than one in ten a decade ago. Mayor Friedrich Olmer said "
    "the town now needed more affordable housing for hotel and spa staff, many of whom commute from "
    "up to 50 kilometres away.",
    "With 412,000 overnight stays last year, Bad Kellhofen had its strongest year since 1989, "
    "according to figures released on Tuesday by the spa town's tourist office. That is nearly twice "
    "as many as in 2009, the worst year, when a number of hotels shut down and the historic Kurhaus "
    "was left vacant. The upturn came after the thermal baths reopened in 2019 following a "
    "38-million-euro refurbishment, financed jointly by the state and a private company. More than "
    "25 per cent of guests are now under 40, whereas ten years ago the share was below 10 per cent. "
    "According to mayor Friedrich Olmer, the town now needs more affordable homes for hotel and spa "
    "employees, many of whom travel in from as far as 50 kilometres away.",
    traps=[
        T("nearly twice as many as in 2009, the worst year", "almost double the low point reached "
          "in 2009"),
        T("financed jointly by the state and a private company",
          "shared between the state and a private operator"),
        T("More than 25 per cent of guests", "more than a quarter of guests"),
        T("ten years ago the share was below 10 per cent", "fewer than one in ten a decade ago"),
        T("as far as 50 kilometres away", "up to 50 kilometres away"),
    ],
)

# 34
case(
    "husky sled race", "translation", "inconsistent",
    "Musher Aino Lahtela won the 300-kilometre Tunturi Trail sled dog race on Saturday, crossing the "
    "finish line in the village of Kaamasjärvi after 41 hours and 20 minutes with a team of 12 "
    "huskies. Last year's winner, Per Engholm, who had led for most of the race, withdrew at the "
    "final checkpoint after his sled was damaged on rough ice. Second place went to Sanna Moilanen, "
    "almost three hours behind. Of the 26 teams that started, 19 completed the race, which was "
    "shortened by 20 kilometres because of thin ice on Lake Ruotsa. Lahtela, a veterinarian, said her "
    "dogs had been in excellent condition throughout. The winner receives 8,000 euros and a "
    "hand-carved trophy.",
    "On Saturday Aino Lahtela took victory in the Tunturi Trail, a 300 km sled dog race, reaching the "
    "finish in the village of Kaamasjärvi with her 12 huskies after 41 hours 20 minutes. The "
    "previous year's champion, Per Engholm, who had been in front for much of the race, was "
    "disqualified at the last checkpoint after rough ice damaged his sled. Sanna Moilanen came "
    "second, nearly three hours behind. Of the 26 teams at the start, 19 reached the finish. Because "
    "the ice on Lake Ruotsa was too thin, the route was cut by 20 km. Of the 26 teams at the start, "
    "19 reached the finish. Lahtela, who is a vet, said her dogs were in excellent shape the whole "
    "way. The winner gets 8,000 euros and a hand-carved trophy.",
    errors=[
        E("was disqualified", "event", "major", "withdrew"),
        E("Of the 26 teams at the start, 19 reached the finish.", "repetition", "minor", None,
          occ=1),
    ],
    traps=[
        T("nearly three hours behind", "almost three hours behind"),
        T("the route was cut by 20 km", "shortened by 20 kilometres"),
        T("a vet", "a veterinarian"),
    ],
)

# 35
case(
    "sugar beet campaign", "translation", "consistent",
    "The sugar factory at Stary Brodek began its annual beet campaign on Monday, and is expected to "
    "process about 1.1 million tonnes of beet over the next 110 days. The plant, owned by the "
    "cooperative Cukrowo, will run around the clock and employ 180 seasonal workers in addition to "
    "its 240 permanent staff. Growers delivered beet with an average sugar content of 17.2 per cent, "
    "slightly below last year's level, because of the dry summer. Cukrowo's production director, "
    "Tomasz Wilk, said the price paid to farmers had been fixed at 42 euros per tonne. Local police "
    "have asked drivers to take care on roads around the factory, where hundreds of lorries and "
    "tractors will deliver beet each day.",
    "On Monday the Stary Brodek sugar plant started its yearly beet processing season, during which "
    "it is likely to handle around 1.1 million tonnes over the coming 110 days. The factory belongs "
    "to the Cukrowo cooperative and will operate 24 hours a day, taking on 180 seasonal employees on "
    "top of its permanent workforce of 240. Owing to the dry summer, the beet supplied by farmers "
    "contains on average 17.2% sugar, a little lower than a year ago. Tomasz Wilk, production "
    "director at Cukrowo, said the price for farmers had been set at 42 euros a tonne. Police are "
    "urging motorists to drive carefully near the plant, as hundreds of lorries and tractors will "
    "bring in beet every day.",
    traps=[
        T("is likely to handle", "is expected to process"),
        T("24 hours a day", "around the clock"),
        T("on top of its permanent workforce of 240", "in addition to its 240 permanent staff"),
        T("a little lower than a year ago", "slightly below last year's level"),
        T("set at 42 euros a tonne", "fixed at 42 euros per tonne"),
    ],
)

# 36
case(
    "mummy scan", "translation", "inconsistent",
    "Researchers at the Museum of Antiquities in Ferrane have used a CT scanner to examine a mummy "
    "without unwrapping it, revealing that the body is that of a woman aged about 30 and not a "
    "priest, as it had been catalogued since 1902. The scan, carried out at night at the Saint-Aubert "
    "university hospital, showed a healed fracture of the left forearm and several amulets placed "
    "between the layers of linen. Curator Hélène Rossard said the mummy probably dated from around "
    "650 BC. The museum has asked the forensic art studio Atelier Vexin to produce a 3D "
    "reconstruction of the face, which will be shown in an exhibition opening next spring. The mummy "
    "was given to the museum by a private collector more than a century ago.",
    "Without removing its wrappings, scientists from Ferrane's Museum of Antiquities have examined a "
    "mummy using a CT scanner and discovered that it is the body of a woman of around 30, not a "
    "priest as recorded in the museum's catalogue since 1902. The scan, which took place overnight "
    "at Saint-Aubert university hospital, revealed a left forearm fracture that had healed, as well "
    "as several amulets tucked between the linen layers. According to curator Hélène Rossard, the "
    "mummy is likely to date from approximately 650 BC. The hospital's radiology team will create a "
    "3D reconstruction of the face, to be displayed in an exhibition opening next spring. A private "
    "collector donated the mummy to the museum over a hundred years ago.",
    errors=[
        E("The hospital's radiology team", "entity", "major",
          "the forensic art studio Atelier Vexin"),
    ],
    traps=[
        T("took place overnight", "carried out at night"),
        T("is likely to date from approximately 650 BC", "probably dated from around 650 BC"),
        T("over a hundred years ago", "more than a century ago"),
    ],
)

# 37
case(
    "zither competition", "translation", "consistent",
    "Seventeen-year-old Lukas Brandauer from the village of Obertal has won the International Zither "
    "Competition in Salmhofen, the youngest winner in the contest's 46-year history. He was chosen "
    "from 38 finalists from nine countries by a jury of seven, chaired by the composer Renate "
    "Kessler. Brandauer, who began playing at the age of six under his grandfather's instruction, "
    "performed a piece by Kessler and a folk dance from his home valley. The prize includes 5,000 "
    "euros and a recording session with the regional broadcaster. Second place went to Mei "
    "Tanaka-Hofer, and third to the duo Gruber and Wendl. The organisers said that next year's "
    "competition would for the first time include a category for electric zither.",
    "Lukas Brandauer, 17, from Obertal, is the new winner of the International Zither Competition in "
    "Salmhofen, and in the 46 years of the contest nobody younger has ever won it. A seven-member jury "
    "led by the composer Renate Kessler picked him out of 38 finalists representing nine countries. "
    "Brandauer, whose grandfather taught him to play from the age of six, performed a work by Kessler "
    "as well as a folk dance from the valley he comes from. Along with 5,000 euros, the prize brings "
    "a recording session with the regional broadcaster. Mei Tanaka-Hofer was runner-up, and the duo "
    "Gruber and Wendl came third. According to the organisers, an electric zither category will be "
    "added to the competition next year, for the first time.",
    traps=[
        T("Lukas Brandauer, 17", "Seventeen-year-old Lukas Brandauer"),
        T("nobody younger has ever won it", "the youngest winner in the contest's 46-year history"),
        T("A seven-member jury led by", "a jury of seven, chaired by"),
        T("whose grandfather taught him to play from the age of six",
          "who began playing at the age of six under his grandfather's instruction"),
        T("Mei Tanaka-Hofer was runner-up", "Second place went to Mei Tanaka-Hofer"),
    ],
)

# 38
case(
    "stilt walking festival", "translation", "consistent",
    "More than 200 stilt walkers from eleven countries took part on Sunday in the 25th International "
    "Stilt Festival in the town of Saint-Rémy-les-Vignes. The parade, led by the local company Les "
    "Échasses d'Or, covered four kilometres through the old town and was watched by about 15,000 "
    "spectators, according to the town hall. The oldest participant, 81-year-old Marcel Dufour, has "
    "walked in every edition since the festival was created in 1999. Because of strong winds, the "
    "traditional relay race on three-metre stilts was moved from the riverside to the covered "
    "market. Mayor Claire Bonnefoy announced that the town would apply for the festival to be "
    "recognised as part of the region's intangible cultural heritage.",
    "On Sunday, over 200 stilt walkers representing eleven nations joined the 25th edition of the "
    "International Stilt Festival at Saint-Rémy-les-Vignes. Headed by the town's own troupe, Les "
    "Échasses d'Or, the procession wound its way for 4 km through the historic centre, watched by "
    "some 15,000 people, the municipality said. Marcel Dufour, the oldest walker at 81, has taken "
    "part in every festival since the first one in 1999. High winds meant the customary relay on "
    "three-metre stilts was transferred from the riverbank to the covered market. The mayor, Claire "
    "Bonnefoy, said the town would seek to have the festival recognised as part of the region's "
    "intangible cultural heritage.",
    traps=[
        T("over 200 stilt walkers representing eleven nations",
          "More than 200 stilt walkers from eleven countries"),
        T("the historic centre", "the old town"),
        T("the municipality said", "according to the town hall"),
        T("has taken part in every festival since the first one in 1999",
          "has walked in every edition since the festival was created in 1999"),
        T("High winds meant", "Because of strong winds"),
    ],
)

# 39
case(
    "tortoise smuggling", "translation", "inconsistent",
    "Customs officers at Port Elmara seized 94 live tortoises hidden in the spare tyre compartments "
    "of two cars arriving on a ferry on Friday, the customs authority said. The animals, of a "
    "protected Mediterranean species, had been wrapped in socks and taped to prevent them from "
    "moving. Two men aged 34 and 52 were arrested and face charges of illegal wildlife trading, which "
    "carries a prison sentence of up to five years. A veterinarian found that six of the tortoises "
    "had died during the journey; the survivors have been handed to the Elmara Reptile Rescue "
    "Centre. Officials estimated that the animals could have been sold for about 300 euros each on "
    "the illegal pet market.",
    "On Friday customs officers in Port Elmara found 94 live tortoises concealed in the spare-wheel "
    "wells of two cars that had come off a ferry, according to the customs service. The animals, "
    "which belong to a protected Mediterranean species, had been wrapped in socks and taped up so "
    "they could not move. Two men, one 34 and the other 52, were arrested and will be charged with "
    "illegal trafficking in wildlife, an offence punishable by up to five years in prison. A vet "
    "established that six tortoises had died in transit; the others were released into the wild. On "
    "the black-market pet trade, each animal could have fetched around 300 euros, officials "
    "estimated.",
    errors=[
        E("were released into the wild", "event", "major",
          "have been handed to the Elmara Reptile Rescue Centre"),
    ],
    traps=[
        T("spare-wheel wells", "spare tyre compartments"),
        T("an offence punishable by up to five years in prison",
          "which carries a prison sentence of up to five years"),
        T("each animal could have fetched around 300 euros",
          "could have been sold for about 300 euros each"),
    ],
)

# 40
case(
    "wetland drainage fine", "translation", "consistent",
    "A farming company has been ordered to pay 120,000 euros for illegally draining 14 hectares of "
    "protected wetland in the Brell Marshes nature reserve, the regional court in Vellin ruled on "
    "Wednesday. The company, Agrar Hollin GmbH, dug ditches in 2021 to turn wet meadows into maize "
    "fields, destroying the breeding habitat of the corncrake, a rare bird. In addition to the fine, "
    "the court ordered the company to block the ditches and restore the site within two years, under "
    "the supervision of the state environment agency. The company's lawyer said it would consider an "
    "appeal. Conservation group Marshwatch, which first reported the drainage, said the corncrake "
    "population in the reserve had fallen from 30 calling males to eight.",
    "On Wednesday the regional court in Vellin fined the agricultural firm Agrar Hollin GmbH 120,000 "
    "euros for unlawfully draining 14 hectares of protected wetland in the Brell Marshes nature "
    "reserve. In 2021 the firm had dug ditches so that wet meadows could be converted into maize "
    "fields, wiping out the breeding grounds of the corncrake, a rare bird. The court also told the "
    "company to close off the ditches and restore the area within two years, with the state "
    "environment agency overseeing the work. A lawyer for the firm said an appeal was being "
    "considered. Marshwatch, the conservation group that first raised the alarm about the drainage, "
    "said the number of calling male corncrakes in the reserve had dropped from 30 to eight.",
    traps=[
        T("fined the agricultural firm Agrar Hollin GmbH 120,000 euros",
          "has been ordered to pay 120,000 euros"),
        T("with the state environment agency overseeing the work",
          "under the supervision of the state environment agency"),
        T("an appeal was being considered", "it would consider an appeal"),
        T("first raised the alarm about", "first reported"),
        T("had dropped from 30 to eight", "had fallen from 30 calling males to eight"),
    ],
)


# ---------------------------------------------------------------------------
# Building and validation
# ---------------------------------------------------------------------------

def find_nth(hay, needle, n):
    """Start offset of the n-th (0-based) occurrence of needle in hay."""
    if not needle:
        raise ValueError("empty search text")
    idx = -1
    for _ in range(n + 1):
        idx = hay.find(needle, idx + 1)
        if idx < 0:
            raise ValueError("occurrence %d of %r not found" % (n, needle))
    return idx


def words(s):
    return len(s.split())


def cuts_word(s, pos):
    """True if offset pos falls strictly inside a word of s."""
    return 0 < pos < len(s) and s[pos - 1].isalnum() and s[pos].isalnum()


def build():
    records = []
    for i, c in enumerate(CASES, 1):
        cand = c["candidate"]
        errs = []
        for e in c["errors"]:
            if e["type"] == "omission":
                if e["text"] != "" or not e["after"]:
                    raise ValueError("case %d: omission needs empty text and an anchor" % i)
                start = find_nth(cand, e["after"], e["after_occ"]) + len(e["after"])
                end = start
            else:
                start = find_nth(cand, e["text"], e["occ"])
                end = start + len(e["text"])
            errs.append({"start": start, "end": end, "text": cand[start:end],
                         "type": e["type"], "severity": e["severity"],
                         "ref_text": e["ref_text"]})
        traps = []
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            end = start + len(t["text"])
            traps.append({"start": start, "end": end, "text": cand[start:end],
                          "ref_text": t["ref_text"]})
        errs.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": "%s-%03d" % (PREFIX, i), "domain": c["domain"],
                        "mode": c["mode"], "reference": c["reference"],
                        "candidate": cand, "label": c["label"],
                        "errors": errs, "traps": traps})
    return records


def validate(records):
    problems = []

    def bad(rid, msg):
        problems.append("%s: %s" % (rid, msg))

    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for r in records:
        rid, ref, cand = r["id"], r["reference"], r["candidate"]
        if r["domain"] not in DOMAINS:
            bad(rid, "unknown domain %r" % r["domain"])
        if r["mode"] not in MODES:
            bad(rid, "bad mode")
        if r["label"] not in ("consistent", "inconsistent"):
            bad(rid, "bad label")
        nw = words(ref)
        if not 70 <= nw <= 190:
            bad(rid, "reference has %d words" % nw)
        if ref == cand:
            bad(rid, "candidate identical to reference")
        if r["mode"] == "summary" and not (len(cand) < len(ref) and words(cand) < nw):
            bad(rid, "summary not shorter than reference")
        ne, nt = len(r["errors"]), len(r["traps"])
        if r["label"] == "consistent":
            if ne != 0:
                bad(rid, "consistent pair with errors")
            if not 3 <= nt <= 5:
                bad(rid, "consistent pair with %d traps" % nt)
        else:
            if not 1 <= ne <= 2:
                bad(rid, "inconsistent pair with %d errors" % ne)
            if not 0 <= nt <= 3:
                bad(rid, "inconsistent pair with %d traps" % nt)
        spans = []
        for e in r["errors"]:
            s, t = e["start"], e["end"]
            if e["type"] not in ERROR_TYPES:
                bad(rid, "bad error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad(rid, "bad severity %r" % e["severity"])
            if cand[s:t] != e["text"]:
                bad(rid, "error text/offset mismatch")
            if e["type"] == "omission":
                if s != t or e["text"] != "":
                    bad(rid, "omission must be zero-width")
                if r["mode"] == "summary":
                    bad(rid, "omission in a summary")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(rid, "omission ref_text not in reference")
                elif e["ref_text"].lower() in cand.lower():
                    bad(rid, "omitted words present in candidate")
                if cuts_word(cand, s):
                    bad(rid, "omission point inside a word")
            else:
                if s >= t:
                    bad(rid, "empty non-omission span")
                if cuts_word(cand, s) or cuts_word(cand, t):
                    bad(rid, "error span %r cuts a word" % e["text"])
                if cand[s:t] != cand[s:t].strip():
                    bad(rid, "error span %r has edge whitespace" % e["text"])
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(rid, "%s must have ref_text null" % e["type"])
                    if e["type"] == "repetition" and e["text"] not in cand[:s]:
                        bad(rid, "repetition span has no earlier copy")
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(rid, "error ref_text %r not in reference" % e["ref_text"])
                    if e["ref_text"] == e["text"]:
                        bad(rid, "error text equals ref_text")
            spans.append((s, t, "error " + repr(e["text"])))
        for tr in r["traps"]:
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"] or s >= t:
                bad(rid, "trap text/offset mismatch")
            if cuts_word(cand, s) or cuts_word(cand, t):
                bad(rid, "trap span %r cuts a word" % tr["text"])
            if tr["ref_text"] not in ref:
                bad(rid, "trap ref_text %r not in reference" % tr["ref_text"])
            if tr["ref_text"] == tr["text"]:
                bad(rid, "trap text identical to its ref_text")
            spans.append((s, t, "trap " + repr(tr["text"])))
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1, n1 = spans[a]
                s2, e2, n2 = spans[b]
                if s1 == e1 or s2 == e2:  # zero-width point vs span
                    p, (ss, ee) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    if ss < p < ee:
                        bad(rid, "%s overlaps %s" % (n1, n2))
                elif s1 < e2 and s2 < e1:
                    bad(rid, "%s overlaps %s" % (n1, n2))

    # composition
    def count(pred):
        return sum(1 for r in records if pred(r))

    expect = [
        ("pairs", len(records), 40),
        ("consistent", count(lambda r: r["label"] == "consistent"), 20),
        ("inconsistent", count(lambda r: r["label"] == "inconsistent"), 20),
    ]
    for m, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        expect.append((m, count(lambda r, m=m: r["mode"] == m), n))
        expect.append((m + " consistent",
                       count(lambda r, m=m: r["mode"] == m and r["label"] == "consistent"),
                       n // 2))
    all_errs = [e for r in records for e in r["errors"]]
    expect.append(("errors", len(all_errs), 30))
    for name, got, want in expect:
        if got != want:
            problems.append("composition: %s = %d, want %d" % (name, got, want))
    for et in ERROR_TYPES:
        k = sum(1 for e in all_errs if e["type"] == et)
        if k < 2:
            problems.append("composition: only %d errors of type %s" % (k, et))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("composition: repeated domain")
    return problems


def summary(records):
    from collections import Counter
    all_errs = [e for r in records for e in r["errors"]]
    lines = [
        "pairs: %d (consistent %d, inconsistent %d)" % (
            len(records), sum(r["label"] == "consistent" for r in records),
            sum(r["label"] == "inconsistent" for r in records)),
        "modes: %s" % dict(Counter((r["mode"], r["label"]) for r in records)),
        "errors: %d %s" % (len(all_errs), dict(Counter(e["type"] for e in all_errs))),
        "severity: %s" % dict(Counter(e["severity"] for e in all_errs)),
        "errors per inconsistent pair: %s" % dict(Counter(
            len(r["errors"]) for r in records if r["label"] == "inconsistent")),
        "traps: %d (consistent %d, inconsistent %d)" % (
            sum(len(r["traps"]) for r in records),
            sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
            sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")),
        "reference words: min %d, max %d" % (
            min(words(r["reference"]) for r in records),
            max(words(r["reference"]) for r in records)),
    ]
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    records = build()
    problems = validate(records)
    if problems:
        for p in problems:
            print("INVALID", p, file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check passed; nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
