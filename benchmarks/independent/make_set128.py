#!/usr/bin/env python3
"""Held-out evaluation set s128: 40 hand-written English reference/candidate pairs
for a fact-comparison tool.

How it was made
---------------
Every text in this file was written by hand by a helper session that saw no code,
data or benchmark of the project; it worked only from a written brief describing
the record format and the composition wanted.  All people, companies,
organisations, places and figures are invented (real countries appear only as
background).  Character offsets are never typed by hand: this script locates every
quoted span by string search (with an occurrence index where the text repeats),
validates the whole set and writes set128.jsonl next to itself.

    python3 make_set128.py          # validate and write set128.jsonl
    python3 make_set128.py --check  # validate only, write nothing

Composition
-----------
* 40 pairs, each from a different domain; 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5).  In translation pairs both texts are independent
  English translations of the same (imagined) non-English news story.
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
  entity 3, number 3, date 3, role 3, polarity 3, modality 3, attribution 2,
  event 3, omission 2 (rewrite/translation only), addition 3, repetition 2.
  Severities: 22 major, 7 minor, 1 critical.
* Traps (faithful rewordings a naive checker might flag): 127 in total,
  82 in the consistent pairs (4-5 each) and 45 in the inconsistent pairs
  (1-3 each).
* References are 70-190 words (here 111-141) in news / agency / corporate / official register;
  summaries are shorter than their references.
"""
import json
import os
import re
import sys

DOMAINS = [
    "landslide evacuation", "coastguard rescue kayakers", "monastery closure",
    "wildflower verges", "air quality sensor", "gym membership fraud",
    "grouse moor licensing", "coal mine methane", "stonemason apprenticeship",
    "seed bank donation", "monument vandalism", "convent sale", "tulip festival",
    "leisure centre closure", "badger cull extension", "neighbourhood watch",
    "war memorial repair", "crab fishing season", "solar farm appeal",
    "bike share theft", "cherry harvest", "statue removal", "thermal spring spa",
    "newsagent closure", "launderette revival", "music venue closure",
    "library building sale", "gritting routes", "pottery kiln grant",
    "rail fare freeze", "dog theft", "glass recycling collection change",
    "river dredging dispute", "rowing regatta cancelled", "maple syrup harvest",
    "cricket bat willow disease", "vet fees inquiry", "minimum wage inspection",
    "mountain hut refurbishment", "funeral director regulation",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def P(s):
    """Normalise a hand-wrapped paragraph to single spaces."""
    return " ".join(s.split())


def E(text, type_, severity, ref_text, occ=0):
    """An error span quoted from the candidate (occ = which occurrence)."""
    return {"text": P(text), "type": type_, "severity": severity,
            "ref_text": None if ref_text is None else P(ref_text), "occ": occ}


def OMIT(ref_text, severity, before=None, after=None, occ=0):
    """An omission located just before / just after an anchor in the candidate."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": P(ref_text), "occ": occ,
            "before": None if before is None else P(before),
            "after": None if after is None else P(after)}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording in the candidate of the reference wording."""
    return {"text": P(text), "ref_text": P(ref_text), "occ": occ}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": P(reference),
                  "candidate": P(candidate), "errors": list(errors),
                  "traps": list(traps)})


# ---------------------------------------------------------------------------
# Case data
# ---------------------------------------------------------------------------

# 1 ------------------------------------------------------------------------
case("landslide evacuation", "rewrite",
     """Around 240 residents of the hillside village of Carrowmore were evacuated
     on Sunday night after a landslide blocked the only access road and damaged
     two houses, Denholm County Council said. No injuries were reported.
     Engineers from the council's geotechnical team said the slope remained
     unstable and that further movement could not be ruled out while heavy rain
     continued. Evacuees are being housed at the Carrowmore Community Hall and at
     a hotel in nearby Baltry. Council leader Fiona Achterberg said residents
     would not be allowed back until the slope had been assessed by independent
     surveyors, which is expected to take at least five days. A temporary
     footpath is being cut through farmland to let emergency vehicles reach the
     upper part of the village.""",
     """Denholm County Council said some 420 people living in the hillside village
     of Carrowmore had to leave their homes on Sunday night when a landslide cut
     off the sole access road and damaged two houses. No one was reported
     injured. According to the council's geotechnical engineers, the slope is
     still unstable, and with heavy rain continuing they cannot rule out further
     movement. Those evacuated are staying at Carrowmore Community Hall or in a
     hotel in neighbouring Baltry. Council leader Fiona Achterberg said
     residents would not be permitted to return until surveyors had assessed
     the slope, which is expected to take at least five days. To give
     emergency vehicles access to the upper village, a temporary footpath is
     being cut across farmland.""",
     errors=[E("some 420", "number", "major", "Around 240"),
             OMIT("independent", "major", before="surveyors had assessed")],
     traps=[T("No one was reported injured.", "No injuries were reported."),
            T("the sole access road", "the only access road")])

# 2 ------------------------------------------------------------------------
case("coastguard rescue kayakers", "rewrite",
     """Three kayakers were rescued off the coast of Penmarrow on Saturday
     afternoon after strong offshore winds swept them more than two kilometres
     out to sea, HM Coastguard said. The group, two men and a woman in their
     twenties, had set off from Gullet Cove at about 1pm. A member of the public
     raised the alarm at 2.40pm after seeing them struggling to paddle back to
     shore. The Penmarrow lifeboat and a coastguard helicopter were sent, and
     all three were pulled from the water within 40 minutes of the call. They
     were treated for mild hypothermia at Kestle General Hospital and released
     the same evening. Coastguard duty controller Aled Prothero urged people to
     check the forecast before going out and to carry a means of calling for
     help.""",
     """HM Coastguard said three kayakers in their twenties, two men and a woman,
     were rescued off Penmarrow on Saturday afternoon after being blown over two
     kilometres out to sea by strong offshore winds. They had launched from
     Gullet Cove at around 13:00. At 14:40 a member of the public, who had seen
     them struggling to paddle back to shore, raised the alarm. The Penmarrow
     lifeboat was sent out along with a coastguard helicopter, and all three were out
     of the water within 40 minutes of the call being made. After treatment for
     mild hypothermia at Kestle General Hospital, they were discharged that
     evening. The duty controller, Aled Prothero, advised anyone heading out to
     check the forecast first and to take a way of calling for help.""",
     traps=[T("over two kilometres", "more than two kilometres"),
            T("at around 13:00", "at about 1pm"),
            T("At 14:40", "at 2.40pm"),
            T("they were discharged that evening", "released the same evening")])

# 3 ------------------------------------------------------------------------
case("monastery closure", "summary",
     """The Benedictine community at St Aldric's Abbey near Hollinsford will leave
     the monastery next summer after 142 years, the order announced on Thursday.
     Only seven monks remain, the youngest of them 71, and the order said the
     community was no longer large enough to maintain the buildings or keep up
     its daily cycle of prayer. The remaining monks will move to a sister house
     at Brackwell. Abbot Cuthbert Ravensworth said the decision had been
     'painful but unavoidable'. The abbey's trustees have not yet decided the
     future of the site, which includes a Grade II listed church, a guesthouse
     and 60 acres of farmland. The abbey shop and guesthouse will remain open
     until the end of March, and the church will continue to host Sunday Mass
     until the community departs.""",
     """The Benedictine monks of St Aldric's Abbey near Hollinsford will leave next
     summer, ending 142 years there, because the seven who remain, none younger
     than 71, are too few to look after the buildings and sustain daily prayer.
     They will relocate to a sister house at Brackwell. The abbot called the
     decision painful but unavoidable. No decision has been made on the future
     of the site.""",
     traps=[T("none younger than 71", "the youngest of them 71"),
            T("are too few to", "was no longer large enough to"),
            T("They will relocate", "The remaining monks will move"),
            T("No decision has been made on the future of the site",
              "The abbey's trustees have not yet decided the future of the site")])

# 4 ------------------------------------------------------------------------
case("wildflower verges", "translation",
     """From this spring the municipality of Oosterbrink will mow around half of
     its roadside verges far less often so that wild flowers can bloom, alderman
     Joris Kleinveld announced on Tuesday. The verges in question, some 85
     kilometres in total, will be mown only twice a year, in June and September,
     rather than every three weeks. The cuttings will be taken away so that the
     soil becomes poorer, which favours flowering plants over grass. The
     municipality expects the change to save about 40,000 euros a year in
     maintenance. At junctions and in bends the verges will still be kept short
     for reasons of road safety. The local beekeepers' association De Korf
     welcomed the plan and said it hoped neighbouring municipalities would follow
     suit.""",
     """Alderman Joris Kleinveld said on Tuesday that, starting this spring,
     Oosterbrink will cut roughly half its road verges much less frequently to
     give wild flowers a chance to bloom. These stretches, approximately 85 km
     altogether, are to be mown just twice a year, in June and in September,
     instead of once every three weeks. The clippings will be removed to make
     the soil less fertile, something that benefits flowering plants at the
     expense of grass. According to the municipality, the switch should cut
     maintenance costs by roughly €40,000 annually. For road-safety reasons,
     verges at crossroads and on bends will continue to be mown short. De Korf,
     the local beekeeping association, was pleased with the plan and expressed
     the hope that nearby municipalities would do the same.""",
     traps=[T("approximately 85 km altogether", "some 85 kilometres in total"),
            T("make the soil less fertile", "the soil becomes poorer"),
            T("roughly €40,000 annually", "about 40,000 euros a year"),
            T("at crossroads", "At junctions")])

# 5 ------------------------------------------------------------------------
case("air quality sensor", "rewrite",
     """A network of 30 low-cost air quality sensors installed outside primary
     schools in Corstead recorded nitrogen dioxide levels above the recommended
     annual limit at 22 of the sites last year, according to a report published
     on Monday by the Clearer Air Trust. The highest annual average, 31
     micrograms per cubic metre, was measured outside Moss Lane Primary, which
     sits beside a four-lane ring road. The trust said the sensors were less
     accurate than the council's reference monitors but that their readings had
     been checked against two of those monitors and adjusted. Corstead Borough
     Council said it would consider the findings as part of a review of its
     clean air plan, due to be completed in the autumn. The trust is calling for
     school streets, where traffic is restricted at drop-off and pick-up times,
     to be introduced at the ten worst-affected schools.""",
     """More than two-thirds of the 30 low-cost air quality sensors placed outside
     Corstead primary schools, 22 in all, logged nitrogen dioxide above the
     recommended annual limit last year, the Clearer Air Trust said in a report
     released on Monday. Moss Lane Primary, next to a four-lane ring road, had
     the worst annual average, at 31 micrograms per cubic metre. While
     acknowledging that the sensors are not as accurate as the council's
     reference monitors, the trust said their data had been calibrated against
     two of those monitors. Corstead Borough Council said it would weigh the
     results as part of its review of the clean air plan, which is scheduled to
     finish in the autumn. The trust wants school streets, which limit traffic
     at drop-off and pick-up times, to be introduced at the ten schools that are
     worst affected.""",
     traps=[T("More than two-thirds", "22 of the sites"),
            T("not as accurate as", "less accurate than"),
            T("had been calibrated against two of those monitors",
              "had been checked against two of those monitors and adjusted"),
            T("scheduled to finish in the autumn", "due to be completed in the autumn")])

# 6 ------------------------------------------------------------------------
case("gym membership fraud", "rewrite",
     """A former sales manager at the FlexFit gym chain has been jailed for two
     years and four months after admitting defrauding 312 customers of more than
     £48,000. Darren Colquhoun, 36, of Milbury, signed members up to annual
     contracts but pocketed their upfront payments, logging them on the
     company's system as free trial memberships, Kingsbridge Crown Court heard.
     Colquhoun had moved to FlexFit from rival chain PulseGym in 2019. The fraud
     came to light in March last year when a member complained to head office
     that she was being charged for a membership she had already paid for.
     FlexFit said it had refunded every affected customer and tightened its
     payment procedures. Judge Helen Marchetti told Colquhoun he had 'abused the
     trust of both his employer and its customers'.""",
     """Darren Colquhoun, a 36-year-old former FlexFit sales manager from Milbury,
     was sentenced to 28 months in prison after pleading guilty to defrauding
     312 gym customers of over £48,000. Kingsbridge Crown Court heard that he
     enrolled members on annual contracts, kept the money they paid up front and
     entered them on the company's system as free trials. Colquhoun, who had
     left FlexFit for rival chain PulseGym in 2019, was caught in March last year
     after a member told head office she was being billed for a membership she
     had already paid for. The chain said every customer affected had been
     refunded and its payment procedures tightened. Passing sentence, Judge
     Helen Marchetti said he had abused the trust of both his employer and its
     customers.""",
     errors=[E("left FlexFit for rival chain PulseGym", "role", "major",
               "moved to FlexFit from rival chain PulseGym")],
     traps=[T("28 months", "two years and four months"),
            T("pleading guilty to", "admitting"),
            T("over £48,000", "more than £48,000")])

# 7 ------------------------------------------------------------------------
case("grouse moor licensing", "summary",
     """Grouse shooting estates in the Aldermoor uplands will need a licence from
     next August under rules approved by the regional assembly on Wednesday by
     41 votes to 23. Licences can be suspended for up to five years if an estate
     is linked to the illegal killing of birds of prey. Rural affairs minister
     Catriona Whyte said the scheme would 'protect raptors without punishing the
     law-abiding majority'. The Moorland Managers' Association, which represents
     64 estates, said it was disappointed and warned that some smaller shoots
     could close, putting gamekeepers' jobs at risk. The Raptor Watch charity
     welcomed the vote but said the penalties should have been tougher.
     Muirburn, the controlled burning of heather, will also require a separate
     licence, and will be banned on deep peat except in limited
     circumstances.""",
     """The Aldermoor regional assembly voted 41 to 23 on Wednesday to require
     grouse shooting estates to hold a licence from next August, the first
     scheme of its kind in the country. Estates linked to the illegal killing of
     birds of prey could have their licences suspended for up to five years.
     The Moorland Managers' Association said it was disappointed, while Raptor
     Watch warned that some smaller shoots could close. Heather burning will
     need its own licence.""",
     errors=[E("the first scheme of its kind in the country", "addition", "minor", None),
             E("Raptor Watch warned", "attribution", "major",
               "Moorland Managers' Association")],
     traps=[T("voted 41 to 23", "by 41 votes to 23"),
            T("Heather burning will need its own licence",
              "will also require a separate licence")])

# 8 ------------------------------------------------------------------------
case("coal mine methane", "rewrite",
     """Methane leaking from the abandoned Hallows Deep colliery is to be captured
     and used to generate electricity under a £3.6 million project announced on
     Friday by Brennock Energy. The company said the scheme would capture around
     1,200 tonnes of methane a year, the equivalent in warming terms of taking
     roughly 9,000 cars off the road. The gas will be drawn from old mine shafts
     and burned in two engines on the surface, producing enough power for about
     2,500 homes. Construction is due to start in January and the site should be
     operating by next autumn, subject to an environmental permit. The colliery
     closed in 1986 and has been venting gas through its sealed shafts since
     then. Local councillor Megan Pryce-Owen said residents had long worried
     about the smell and welcomed the plan.""",
     """Brennock Energy announced on Friday a £3.6m project to capture methane
     escaping from the disused Hallows Deep colliery and turn it into
     electricity. By the company's estimate, about 1,200 tonnes of the gas will
     be captured each year, which in climate terms is roughly the same as
     removing 9,000 cars from the roads. It will be extracted from the old mine
     shafts and burnt in two surface engines, generating enough electricity for
     around 2,500 homes. Work is scheduled to begin in January, with the plant
     expected to be running by autumn next year, provided an environmental
     permit is granted. Gas has been venting through the colliery's sealed
     shafts since it shut in 1986. Megan Pryce-Owen, a local councillor,
     welcomed the scheme, saying residents had long been concerned about the
     smell.""",
     traps=[T("£3.6m", "£3.6 million"),
            T("roughly the same as removing 9,000 cars from the roads",
              "the equivalent in warming terms of taking roughly 9,000 cars off the road"),
            T("by autumn next year", "by next autumn"),
            T("provided an environmental permit is granted",
              "subject to an environmental permit")])

# 9 ------------------------------------------------------------------------
case("stonemason apprenticeship", "rewrite",
     """Wexcombe Cathedral is to take on 12 apprentice stonemasons over the next
     four years in an effort to tackle a national shortage of heritage craft
     skills, the cathedral chapter announced on Monday. The apprentices, who
     will be paid £21,500 a year, will work on the restoration of the
     cathedral's 14th-century west front while studying for a level 3
     qualification at Wexcombe College. The first four will start in September.
     The £1.1 million programme is being funded by the Holloway Heritage
     Foundation, which is contributing £800,000, with the remainder coming from
     the cathedral's own fundraising. Master mason Tobias Fenwick said the
     average age of the cathedral's masons was now over 55 and warned that
     skills could be lost within a generation unless younger people were
     trained.""",
     """Over the next four years Wexcombe Cathedral will recruit 12 apprentice
     stonemasons to help address a nationwide shortage of heritage craft skills,
     its chapter said on Monday. Paid £21,500 annually, they will work on
     restoring the cathedral's west front, which dates from the 1300s, while
     working towards a level 3 qualification at Wexcombe College. A first
     intake of four begins in September. Of the programme's £1.1m cost, £800,000
     is coming from the Holloway Heritage Foundation and the rest from
     fundraising by the cathedral itself. Master mason Tobias Fenwick, who said
     the cathedral's masons were now on average over 55, warned that unless
     younger people were trained, the skills could be lost within a
     generation.""",
     traps=[T("£21,500 annually", "£21,500 a year"),
            T("which dates from the 1300s", "14th-century"),
            T("A first intake of four begins in September",
              "The first four will start in September"),
            T("the rest from fundraising by the cathedral itself",
              "the remainder coming from the cathedral's own fundraising")])

# 10 -----------------------------------------------------------------------
case("seed bank donation", "summary",
     """The Lindqvist Foundation has donated £2.5 million to the Cressingford Seed
     Vault to expand its collection of wild plant seeds from dryland regions,
     the vault said on Tuesday. The money will pay for seed-collecting
     expeditions in six countries over five years, carried out with partner
     botanic gardens, and for a new cold room able to store up to 40,000 seed
     samples at minus 20C. The vault currently holds seeds from about 31,000
     species. Its director, Dr Ingrid Holm, said dryland plants were among the
     most threatened by climate change and that many had never been collected.
     The foundation, set up by the late shipping executive Per Lindqvist, has
     previously funded conservation work on wetland birds. Collections from the
     expeditions will be duplicated at the partner gardens.""",
     """A £2.5m gift from the Lindqvist Foundation will allow the Cressingford Seed
     Vault to expand its collection of wild seeds from dryland regions. The money
     will fund five years of collecting trips in six countries with partner
     botanic gardens, plus a new cold room holding up to 40,000 samples at -20C.
     The vault's director said dryland plants were among the most at risk from
     climate change, and many had never been collected.""",
     traps=[T("A £2.5m gift from the Lindqvist Foundation",
              "The Lindqvist Foundation has donated £2.5 million"),
            T("collecting trips", "seed-collecting expeditions"),
            T("-20C", "minus 20C"),
            T("most at risk from", "most threatened by")])

# 11 -----------------------------------------------------------------------
case("monument vandalism", "rewrite",
     """Police in Elsworth are appealing for witnesses after the town's Mariners'
     Monument was sprayed with graffiti in the early hours of Sunday 14 April.
     CCTV footage shows two people approaching the granite obelisk shortly after
     2am, Inspector Gareth Lowe of Westmarch Police said. The words painted on
     the base were removed on Tuesday by a specialist contractor at a cost of
     about £1,800. Elsworth Town Council chairman Ruth Danby described the damage
     as 'a disgrace to the memory of the 300 fishermen whose names are on the
     monument'. Inspector Lowe said officers were treating the incident as
     criminal damage and that patrols in the harbour area had been increased.
     Anyone with information is asked to call 101, quoting reference 4471.""",
     """Westmarch Police are seeking witnesses after graffiti was sprayed on
     Elsworth's Mariners' Monument in the early hours of Sunday 14 April.
     According to Inspector Gareth Lowe, CCTV shows two people walking up to the
     granite obelisk shortly before 2am. On Tuesday a specialist firm cleaned the
     words off the base, at a cost of around £1,800. The inspector called the
     damage 'a disgrace to the memory of the 300 fishermen whose names are on
     the monument'. Officers are treating it as criminal damage and have stepped
     up patrols around the harbour, he said. Anyone with information should call
     101 and quote reference 4471.""",
     errors=[E("shortly before 2am", "date", "minor", "shortly after 2am"),
             E("The inspector called", "attribution", "major",
               "Elsworth Town Council chairman Ruth Danby described")],
     traps=[T("a specialist firm cleaned the words off the base",
              "The words painted on the base were removed on Tuesday by a specialist contractor"),
            T("have stepped up patrols around the harbour",
              "patrols in the harbour area had been increased")])

# 12 -----------------------------------------------------------------------
case("convent sale", "translation",
     """The Poor Clare nuns of the convent of Santa Inés in Almadrigal have agreed
     to sell the building to the town council for 1.9 million euros, the mayor,
     Begoña Urquiza, announced on Friday. The five remaining sisters, whose
     average age is 84, will move in the coming months to a convent of their
     order in the provincial capital. The council plans to turn the
     17th-century cloister into a municipal museum and to use the rest of the
     complex as a residence for elderly people. The sale still has to be
     approved by the Church authorities, a process that could take up to a
     year. The abbess, Sister María Luz Oyarzábal, said the community was
     leaving 'with sadness, but knowing that the house will remain in good
     hands'.""",
     """Mayor Begoña Urquiza announced on Friday that the Poor Clares of
     Almadrigal's Santa Inés convent have reached an agreement to sell the
     building to the provincial council for 1.9 million euros. The five nuns
     still living there will relocate over the coming months to another convent
     of the order in the provincial capital. The intention is to convert the
     cloister, which dates from the seventeenth century, into a municipal
     museum, and to turn the remainder of the complex into a home for the
     elderly. Church authorities must still approve the sale, a process that may
     take as long as a year. Mother Abbess María Luz Oyarzábal said the sisters
     were leaving "sad, but knowing the house will be in good hands".""",
     errors=[E("the provincial council", "entity", "major", "the town council"),
             OMIT("whose average age is 84", "minor", after="still living there")],
     traps=[T("which dates from the seventeenth century", "17th-century"),
            T("a home for the elderly", "a residence for elderly people")])

# 13 -----------------------------------------------------------------------
case("tulip festival", "translation",
     """The flower parade in Bollendorp will go ahead this year despite a late
     frost that damaged part of the tulip crop, the organising foundation
     announced on Wednesday. The parade, which normally features around twenty
     floats decorated with tulips and hyacinths, will this time include fifteen
     floats, because several growers have fewer flowers available. The route
     through the village and the date, Saturday 20 April, remain unchanged.
     Chairman Kees Brouwer said the foundation had considered postponing the
     event but decided against it because many visitors had already booked
     their accommodation. Last year the parade attracted an estimated 60,000
     spectators. Growers elsewhere in the region have offered to supply extra
     flowers for the decorations.""",
     """Despite a late frost that damaged some of the tulip crop, Bollendorp's
     flower parade will take place this year, the foundation that organises it
     said on Wednesday. Usually about 20 floats covered in tulips and hyacinths
     take part; this year there will be 15, as a number of growers have fewer
     flowers to offer. Neither the route through the village nor the date,
     Saturday 20 April, will change. According to chairman Kees Brouwer, the
     foundation thought about postponing but chose not to, since many visitors
     had already booked somewhere to stay. Around 60,000 people are estimated
     to have watched last year's parade. Growers from other parts of the region
     have offered extra flowers for decorating the floats.""",
     traps=[T("will take place", "will go ahead"),
            T("this year there will be 15", "will this time include fifteen floats"),
            T("thought about postponing but chose not to",
              "had considered postponing the event but decided against it"),
            T("Around 60,000 people are estimated to have watched last year's parade",
              "Last year the parade attracted an estimated 60,000 spectators")])

# 14 -----------------------------------------------------------------------
case("leisure centre closure", "rewrite",
     """Brackenridge Leisure Centre will close permanently on 31 March after
     councillors voted to shut it rather than spend an estimated £4.2 million on
     repairs to its roof and pool, Harwell District Council confirmed on
     Thursday. The centre, opened in 1974, attracted about 180,000 visits last
     year. Council leader Simon Adeyemi said the authority could not justify the
     cost when a new leisure centre in Oakhurst, four miles away, is due to open
     in 2026. Swimming clubs will be offered slots at Oakhurst's existing pool in
     the meantime. A petition to save the centre gathered more than 6,000
     signatures. The council said it had not yet decided what to do with the
     site but ruled out selling it for housing before the new centre opens.""",
     """Harwell District Council confirmed on Thursday that Brackenridge Leisure
     Centre will shut for good at the end of March, councillors having voted for
     closure over repairs to the roof and pool that were estimated at around
     £4.2m. The 1974 centre had roughly 180,000 visits last year. Simon Adeyemi,
     who leads the council, said the authority could not justify the expense
     with a new centre due to open in 2026 in Oakhurst, four miles away. Until
     then, swimming clubs will be offered time at Oakhurst's current pool. More
     than 6,000 people signed a petition to save the centre. No decision has
     been made on the site's future, the council said, though it will not be
     sold for housing before the new centre opens.""",
     traps=[T("shut for good at the end of March", "close permanently on 31 March"),
            T("The 1974 centre", "The centre, opened in 1974"),
            T("who leads the council", "Council leader"),
            T("More than 6,000 people signed a petition to save the centre",
              "A petition to save the centre gathered more than 6,000 signatures")])

# 15 -----------------------------------------------------------------------
case("badger cull extension", "summary",
     """Licences for badger culling in three districts of the Westwold region have
     been extended for another four years, the Department for Rural Affairs
     announced on Monday, despite opposition from wildlife groups. Officials
     said cattle herds in the districts had recorded 1,140 new cases of bovine
     tuberculosis last year, and that culling combined with cattle movement
     controls had reduced infection rates elsewhere. The extension allows up to
     4,800 badgers to be killed each year. The Badger Protection League said the
     decision ignored scientific advice and called for a vaccination programme
     instead. The department said it would fund badger vaccination trials in two
     other districts from next year and expected to phase out culling by 2030.
     Farmers' union leader Tom Haverstock welcomed the announcement.""",
     """Badger culling licences in three Westwold districts have been renewed for
     four more years, allowing as many as 4,800 badgers a year to be killed, the
     Department for Rural Affairs said. It cited 1,140 new bovine TB cases in
     local herds last year. Wildlife campaigners objected, calling for
     vaccination instead; the department plans vaccination trials elsewhere and
     expects culling to end by 2030.""",
     traps=[T("renewed for four more years", "extended for another four years"),
            T("as many as 4,800 badgers a year", "up to 4,800 badgers to be killed each year"),
            T("bovine TB", "bovine tuberculosis"),
            T("expects culling to end by 2030", "expected to phase out culling by 2030")])

# 16 -----------------------------------------------------------------------
case("neighbourhood watch", "rewrite",
     """Residents in the Fernleigh area of Dunmore have set up the town's largest
     neighbourhood watch scheme after a spate of shed and garage break-ins, with
     420 households signing up in its first month. Organiser Janet Okafor said
     members shared alerts through a messaging group and had agreed not to
     confront suspected intruders but to report them to police. Dunmore Police
     recorded 37 burglaries of outbuildings in Fernleigh between January and
     March, compared with 12 in the same period last year. Sergeant Paul
     Whitcombe said the force welcomed the scheme but stressed that it was not a
     replacement for calling 999 when a crime was in progress. The group plans to
     hand out free shed alarms, paid for by a £2,000 grant from the Dunmore
     Community Fund.""",
     """After a run of break-ins at sheds and garages, people living in Fernleigh,
     Dunmore, have formed the town's biggest neighbourhood watch scheme, which
     420 households joined in its first month. According to organiser Janet
     Okafor, members use a messaging group to share alerts and have agreed to
     confront suspected intruders before reporting them to the police. Between
     January and March, Dunmore Police recorded 37 outbuilding burglaries in
     Fernleigh, against 12 a year earlier. While welcoming the scheme, Sergeant
     Paul Whitcombe stressed that it did not replace dialling 999 if a crime was
     under way. The group plans to distribute free shed alarms, funded by a
     £2,000 grant from the Dunmore Community Fund.""",
     errors=[E("have agreed to confront suspected intruders", "polarity", "critical",
               "had agreed not to confront suspected intruders")],
     traps=[T("against 12 a year earlier", "compared with 12 in the same period last year"),
            T("if a crime was under way", "when a crime was in progress")])

# 17 -----------------------------------------------------------------------
case("war memorial repair", "rewrite",
     """Repairs to the war memorial in Ashcombe market square have been completed
     in time for Remembrance Sunday, eight months after it was struck by a
     reversing delivery lorry. The 1921 memorial's bronze soldier was undamaged,
     but two of the four stone panels bearing the names of 86 local men killed
     in the two world wars had to be re-carved. The work, carried out by
     conservators from Pellow & Daughters, cost £38,000, of which £30,000 was
     met by the haulage company's insurer. Ashcombe Parish Council covered the
     rest from its reserves. Parish clerk Annette Lisle said the names had been
     checked letter by letter against the original 1921 records. A rededication
     service will be held at 10.45am on Sunday, led by the Reverend Mark
     Tolley.""",
     """Eight months after a delivery lorry reversed into it, the war memorial in
     Ashcombe market square has been repaired in time for Remembrance Sunday.
     Although the bronze soldier on the 1921 memorial escaped damage, half of the
     four stone panels listing the 86 local men killed in the two world wars had
     to be re-carved. Conservators from Pellow & Daughters did the £38,000 job;
     the haulier's insurer paid £30,000 and Ashcombe Parish Council found the
     remaining £8,000 from its reserves. Every name was checked letter by letter
     against the original records from 1921, said parish clerk Annette Lisle. On
     Sunday at 10.45am the Reverend Mark Tolley will lead a rededication
     service.""",
     traps=[T("a delivery lorry reversed into it", "it was struck by a reversing delivery lorry"),
            T("half of the four stone panels", "two of the four stone panels"),
            T("the haulier's insurer paid £30,000",
              "£30,000 was met by the haulage company's insurer"),
            T("the remaining £8,000", "the rest")])

# 18 -----------------------------------------------------------------------
case("crab fishing season", "translation",
     """The snow crab season off Havstrand will open two weeks later than usual
     this year, on 15 January, after surveys showed a fall in the number of young
     crabs, the Directorate of Fisheries announced on Thursday. The total quota
     has been cut by 18 percent, to 4,100 tonnes, and each vessel may land no
     more than 35 tonnes per trip. Fishermen's association leader Arne Solheim
     said the cut was painful but necessary to protect the stock in the long
     term. About 60 boats take part in the fishery, which is worth around 400
     million kroner a year to the region. The directorate will carry out a new
     survey in March and may adjust the quota if the results are better than
     expected.""",
     """This year the snow crab fishery off Havstrand will start on 15 January, a
     fortnight later than normal, because surveys have found fewer juvenile
     crabs, the Fisheries Directorate said on Thursday. The overall quota is
     being reduced by 18 per cent to 4,100 tonnes, and vessels will be limited
     to landing 35 tonnes per trip. Arne Solheim, who heads the fishermen's
     association, called the reduction painful but needed if the stock is to be
     protected over the long term. Some 60 vessels fish for snow crab there, a
     fishery worth roughly 400 million kroner annually to the region. The
     directorate will conduct a fresh survey in March and may change the quota
     should the results turn out better than expected.""",
     traps=[T("a fortnight later than normal", "two weeks later than usual"),
            T("fewer juvenile crabs", "a fall in the number of young crabs"),
            T("limited to landing 35 tonnes per trip", "may land no more than 35 tonnes per trip"),
            T("roughly 400 million kroner annually", "around 400 million kroner a year")])

# 19 -----------------------------------------------------------------------
case("solar farm appeal", "rewrite",
     """A developer has lodged an appeal against Tarrow Borough Council's refusal
     of a 49-megawatt solar farm on farmland near the village of Linsey.
     Sunfield Renewables, which withdrew an earlier application for the site in
     2021, said the scheme, covering 210 acres, would generate enough
     electricity for around 15,000 homes and that the council had ignored its
     planning officers, who recommended approval. Councillors rejected the
     application in September by eight votes to three, citing the loss of
     productive farmland and the impact on views from the Linsey Hills. The
     appeal will be decided by a government planning inspector, and a public
     inquiry is expected to be held next spring. The Save Linsey Fields group,
     which collected 1,300 objections, said it would fight the appeal. Sunfield
     said it could revise the layout to reduce the visual impact.""",
     """Sunfield Renewables is appealing after Tarrow Borough Council turned down
     its plans for a 49MW solar farm on farmland close to the village of Linsey.
     The company, which had an earlier application for the site refused in 2021,
     says the 210-acre scheme would power around 15,000 homes and that the
     council disregarded its own planning officers' recommendation to approve
     it. The application was rejected 8-3 in September over the loss of
     productive farmland and the effect on views from the Linsey Hills. A
     government planning inspector will decide the appeal, with a public inquiry
     likely next spring. Save Linsey Fields, which gathered 1,300 objections,
     has vowed to fight it, while Sunfield said it would revise the layout to
     reduce the visual impact.""",
     errors=[E("had an earlier application for the site refused", "event", "major",
               "withdrew an earlier application for the site"),
             E("it would revise the layout", "modality", "major",
               "it could revise the layout")],
     traps=[T("49MW", "49-megawatt"),
            T("8-3", "by eight votes to three"),
            T("with a public inquiry likely next spring",
              "a public inquiry is expected to be held next spring")])

# 20 -----------------------------------------------------------------------
case("bike share theft", "rewrite",
     """More than 350 bicycles have been stolen from the Kelverton city bike-share
     scheme since it launched in May, operator PedalPoint said on Wednesday,
     forcing it to withdraw a quarter of its fleet from the outer districts. The
     company said thieves had been breaking the locks with angle grinders,
     mostly at night. Each bike costs about £900 to replace. PedalPoint will fit
     GPS trackers to all 1,400 remaining bikes by the end of the year and is
     working with Kelverton Police, who have arrested four people in connection
     with the thefts. Regional manager Leona Birch said the scheme remained
     popular, with more than 210,000 journeys made so far, and that the company
     had no plans to end it.""",
     """Kelverton's city bike-share operator, PedalPoint, said on Wednesday that
     over 350 of its bicycles had been stolen since the scheme began in May,
     forcing it to pull 25% of its fleet out of the outer districts. Thieves
     have mostly struck at night, cutting through locks with angle grinders,
     according to the company. Replacing a bike costs around £900. By the end of
     the year PedalPoint will have fitted GPS trackers to each of the 1,400
     bikes still in service, and it is working with Kelverton Police, who have
     made four arrests over the thefts. The scheme was still popular, regional
     manager Leona Birch said, pointing to more than 210,000 journeys so far, and
     the company had no plans to scrap it.""",
     traps=[T("25% of its fleet", "a quarter of its fleet"),
            T("the 1,400 bikes still in service", "all 1,400 remaining bikes"),
            T("who have made four arrests over the thefts",
              "who have arrested four people in connection with the thefts"),
            T("had no plans to scrap it", "had no plans to end it")])

# 21 -----------------------------------------------------------------------
case("cherry harvest", "summary",
     """Cherry growers in the Vell Valley expect this year's harvest to be around
     40 percent smaller than last year's after April frosts killed blossom in
     many orchards, the Vell Valley Fruit Growers' Cooperative said on Monday.
     The cooperative, whose 85 member farms produced 2,300 tonnes of cherries
     last season, estimates a crop of about 1,400 tonnes this year. Picking is
     due to begin in the third week of June, roughly a week later than normal.
     Chairman Gareth Pennock said prices were likely to rise and that some
     growers might not hire seasonal pickers at all. Orchards on higher ground
     escaped the worst of the frost. The cooperative has asked the regional
     government for emergency support for the smallest farms.""",
     """After April frosts, Vell Valley cherry growers expect a crop of about 1,400
     tonnes this year, down by around 60 percent on last season's 2,300 tonnes,
     their cooperative said. Picking is due to start about a week late, in the
     third week of June. The cooperative's chairman said prices were likely to
     rise, and it has asked the regional government for emergency help for the
     smallest farms.""",
     errors=[E("down by around 60 percent", "number", "major", "around 40 percent smaller")],
     traps=[T("about a week late", "roughly a week later than normal"),
            T("emergency help", "emergency support")])

# 22 -----------------------------------------------------------------------
case("statue removal", "translation",
     """The statue of nineteenth-century textile baron Anton Veremeer will be
     removed from the main square of Oudenkerke and moved to the town museum,
     the municipal council decided on Monday evening by 19 votes to 8.
     Historians have shown that Veremeer's fortune came partly from mills where
     children as young as eight worked twelve-hour shifts. The bronze statue,
     erected in 1893, will be replaced by a fountain designed by local artist
     Lotte Vanhaecke. The removal is planned for the autumn and is expected to
     cost around 65,000 euros. Opposition councillor Dirk Mertens called the
     decision 'an attempt to erase history', while mayor Sofie Laridon said the
     statue was not being destroyed but given a place where its story could be
     told in full.""",
     """On Monday evening Oudenkerke's municipal council voted 19 to 8 to take the
     statue of nineteenth-century textile magnate Anton Veremeer off the main
     square and move it to the town's museum. Research by historians has shown
     that part of Veremeer's wealth came from mills in which children aged eight
     and older worked shifts of twelve hours. The bronze, put up in 1893, is to
     make way for a fountain by local artist Lotte Vanhaecke. The statue is
     scheduled to come down in the autumn, at an expected cost of some 65,000
     euros. For opposition councillor Dirk Mertens, the decision is 'an attempt
     to wipe out history'; mayor Sofie Laridon countered that the statue was not
     being destroyed but given a place where its full story could be told.""",
     traps=[T("voted 19 to 8", "by 19 votes to 8"),
            T("children aged eight and older", "children as young as eight"),
            T("put up in 1893", "erected in 1893"),
            T("at an expected cost of some 65,000 euros",
              "is expected to cost around 65,000 euros")])

# 23 -----------------------------------------------------------------------
case("thermal spring spa", "translation",
     """The historic thermal baths in Szentháza will reopen on 1 March after a
     three-year renovation costing 2.4 billion forints, the town's mayor, Eszter
     Molnár, announced on Tuesday. The baths, built in 1911 over a spring whose
     water emerges at 38 degrees, closed in 2021 after cracks were found in the
     dome of the main hall. The renovation has restored the original mosaics and
     added a new outdoor pool and a sauna area. Entry will cost 4,500 forints for
     adults, with a discount for local residents. The mayor said the town
     expected about 150,000 visitors a year, roughly double the number before
     the closure. Around 40 new jobs are to be created.""",
     """Mayor Eszter Molnár announced on Tuesday that Szentháza's historic thermal
     baths will open their doors again on 1 March, following a renovation that
     took three years and cost 2.4 billion forints. Built in 1911 above a spring
     that rises at 38°C, the baths were shut in 2012 after cracks were
     discovered in the dome over the main hall. The original mosaics have been
     restored, and a new outdoor pool and a sauna area have been added. Adults
     will pay 4,500 forints to get in, and local residents will receive a
     discount. According to the mayor, the town expects some 150,000 visitors a
     year, about twice as many as before the baths closed. Some 40 new jobs are
     to be created.""",
     errors=[E("in 2012", "date", "major", "in 2021")],
     traps=[T("38°C", "38 degrees"),
            T("about twice as many as before the baths closed",
              "roughly double the number before the closure")])

# 24 -----------------------------------------------------------------------
case("newsagent closure", "rewrite",
     """Patel's News, the last independent newsagent in the village of Stourleigh,
     will close on Saturday after 46 years, owner Ravi Patel has announced. Mr
     Patel, 68, said falling newspaper sales, rising energy bills and a drop in
     cigarette and lottery sales had made the shop unviable. The business was
     opened in 1978 by his father, Harish, who ran it until 2001. Mr Patel said
     he had tried for two years to find a buyer but had received no serious
     offers. Stourleigh Parish Council said it was talking to Orton's, a
     convenience store in neighbouring Wexley, about delivering newspapers to the
     village's 300 or so regular customers. A farewell gathering will be held
     outside the shop on Saturday morning.""",
     """Stourleigh's last independent newsagent, Patel's News, is to shut on
     Saturday after 46 years, its owner Ravi Patel has announced. Mr Patel, who
     is 68, blamed falling newspaper sales, higher energy bills and fewer
     cigarette and lottery sales, higher energy bills and fewer cigarette and
     lottery sales, which he said had left the shop unviable. His father,
     Harish, opened the business in 1978 and ran it until 2001. Mr Patel said
     that in two years of trying to sell it he had not had a single serious
     offer. Wexley Parish Council said it was in talks with Orton's, a
     convenience store in neighbouring Wexley, about delivering papers to the
     village's roughly 300 regular customers. There will be a farewell gathering
     outside the shop on Saturday morning.""",
     errors=[E("higher energy bills and fewer cigarette and lottery sales", "repetition",
               "minor", None, occ=1),
             E("Wexley Parish Council", "entity", "major", "Stourleigh Parish Council")],
     traps=[T("roughly 300 regular customers", "300 or so regular customers"),
            T("His father, Harish, opened the business in 1978",
              "The business was opened in 1978 by his father, Harish")])

# 25 -----------------------------------------------------------------------
case("launderette revival", "translation",
     """A launderette that closed in 2019 in the centre of Montferrac has reopened
     as a cooperative run by local residents, who bought the premises for 85,000
     euros with the help of a crowdfunding campaign. More than 400 people
     contributed, with donations ranging from five euros to 3,000 euros. As well
     as eight washing machines and four dryers, the new launderette has a small
     café and a corner where volunteers help elderly customers fill in
     administrative forms. It is open every day from 7am to 10pm. Cooperative
     president Nadia Belkacem said the aim was to 'bring back a place where
     people meet'. The town hall has granted the cooperative a two-year
     exemption from local business tax.""",
     """In central Montferrac, a launderette that shut down in 2019 has opened
     again, this time as a cooperative run by local people, who raised the
     85,000 euros needed to buy the premises partly through crowdfunding. Over
     400 people gave money, in amounts between five and 3,000 euros. Alongside
     eight washers and four dryers, there is now a little café and a space where
     volunteers help older customers with official paperwork. The launderette
     opens seven days a week, from 7 in the morning to 10 at night. The aim, said
     the cooperative's president, Nadia Belkacem, is to "bring back a place
     where people can meet". The local council has exempted the cooperative
     from local business tax for two years.""",
     traps=[T("Over 400 people gave money", "More than 400 people contributed"),
            T("help older customers with official paperwork",
              "help elderly customers fill in administrative forms"),
            T("seven days a week, from 7 in the morning to 10 at night",
              "every day from 7am to 10pm"),
            T("The local council has exempted the cooperative from local business tax for two years",
              "The town hall has granted the cooperative a two-year exemption from local business tax")])

# 26 -----------------------------------------------------------------------
case("music venue closure", "rewrite",
     """The Foundry, a 550-capacity music venue in Carlton Street, Brayford, will
     close at the end of June after its landlord declined to renew the lease,
     owners Mia and Connor Healy said on Sunday. The venue has hosted more than
     4,000 gigs since it opened in 2009. The Healys said the landlord, Caskfield
     Properties, intended to convert the building into flats. Caskfield said no
     planning application had yet been submitted and that it was 'reviewing
     options' for the site. The Music Venues Alliance said 31 grassroots venues
     had closed in the region in the past two years. Brayford City Council said
     it was 'disappointed' and would talk to the owners about finding another
     site. A final weekend of concerts is planned for 27 and 28 June.""",
     """The Foundry in Carlton Street, Brayford, which holds 550 people, is to
     close at the end of June because its landlord will not renew the lease,
     owners Mia and Connor Healy said on Sunday. Over 4,000 gigs have taken place
     there since it opened in 2009. According to the Healys, Caskfield
     Properties, which owns the building, intends to turn it into flats, but the
     company said it had not yet applied for planning permission and was
     'reviewing options' for the site. In the past two years 31 grassroots venues
     in the region have closed, the Music Venues Alliance said. Brayford City
     Council described itself as 'disappointed' and said it would talk to the
     owners about finding an alternative site. The venue's last weekend of
     concerts is planned for 27-28 June.""",
     traps=[T("which holds 550 people", "a 550-capacity music venue"),
            T("Caskfield Properties, which owns the building",
              "the landlord, Caskfield Properties"),
            T("it had not yet applied for planning permission",
              "no planning application had yet been submitted"),
            T("27-28 June", "27 and 28 June")])

# 27 -----------------------------------------------------------------------
case("library building sale", "summary",
     """Castlebury's former central library is to be sold to a hotel group for
     £3.4 million, the city council's cabinet agreed on Wednesday. The Grade II
     listed building on Minster Road has stood empty since 2020, when the
     library moved into the new Civic Hub. Maintaining the empty building costs
     the council about £140,000 a year. The buyer, Ardent Hotels, plans to
     convert it into an 80-bedroom boutique hotel, keeping the original reading
     room as a restaurant. The sale is conditional on planning permission and
     listed building consent. Cabinet member for finance Olu Bankole said the
     proceeds would go towards repairing school buildings. The Friends of
     Castlebury Library had asked for the building to be turned into an arts
     centre, but the council said no viable plan had come forward.""",
     """Castlebury City Council's cabinet has agreed to sell the former central
     library, a listed building empty since 2020, to Ardent Hotels for £3.4m,
     subject to planning and listed building consent. The group plans an
     80-room boutique hotel with a restaurant in the old reading room. The
     proceeds will go towards school repairs, the cabinet member for finance
     said.""",
     traps=[T("a listed building empty since 2020", "has stood empty since 2020"),
            T("£3.4m", "£3.4 million"),
            T("subject to planning and listed building consent",
              "conditional on planning permission and listed building consent"),
            T("80-room", "80-bedroom")])

# 28 -----------------------------------------------------------------------
case("gritting routes", "rewrite",
     """Kirkhallam County Council will grit 1,150 miles of road this winter, about
     45 percent of its network, after adding 60 miles of routes to villages that
     were cut off during last year's snow, the authority said on Monday. The
     council has 22,000 tonnes of salt in stock, 3,000 tonnes more than last
     winter, and 31 gritting lorries, each of which is fitted with GPS so
     residents can follow them on an online map. Gritting will begin when road
     surface temperatures are forecast to fall below 1C. Highways manager Colin
     Teague said crews could not treat every road and urged drivers in rural
     areas to take extra care. The council has also placed 150 new grit bins at
     steep junctions.""",
     """Kirkhallam County Council said on Monday that it will grit 1,150 miles of
     road this winter, around 45 percent of its network, having added 60 miles
     of routes to villages cut off by last year's snow. It has 25,000 tonnes of
     salt in stock, 3,000 tonnes up on last winter, and 31 gritters, all fitted
     with GPS so that residents can follow them on an online map. Gritting will
     start when road surface temperatures are forecast to drop below 1C. Crews
     cannot treat every road, highways manager Colin Teague warned, urging
     drivers in rural areas to take extra care. The council has also put 150
     new grit bins at steep junctions.""",
     errors=[E("25,000 tonnes", "number", "major", "22,000 tonnes")],
     traps=[T("3,000 tonnes up on last winter", "3,000 tonnes more than last winter"),
            T("31 gritters", "31 gritting lorries")])

# 29 -----------------------------------------------------------------------
case("pottery kiln grant", "summary",
     """Redbrook Pottery, a community ceramics studio in the town of Ellismere, has
     been awarded £47,000 by the Ellismere Arts Council to replace its
     30-year-old kiln and run free classes for young people. The new electric
     kiln will use about a third less energy than the gas-fired one it replaces,
     the studio said. The grant will also fund 20 weeks of free workshops for
     14- to 18-year-olds, starting in January, with places for up to 120
     students. Studio manager Hannah Oyelaran said the old kiln had broken down
     four times in the past year, forcing the cancellation of several courses.
     The studio, which opened in 1994, has about 300 members and is run as a
     charity. It is also seeking donations to pay for new pottery wheels.""",
     """A £47,000 Ellismere Arts Council grant will let Redbrook Pottery swap its
     unreliable 30-year-old gas kiln for an electric one that uses roughly a
     third less energy. The money will also pay for 20 weeks of free workshops
     from January for up to 120 teenagers aged 14 to 18.""",
     traps=[T("A £47,000 Ellismere Arts Council grant",
              "has been awarded £47,000 by the Ellismere Arts Council"),
            T("unreliable", "had broken down four times in the past year"),
            T("roughly a third less energy", "about a third less energy"),
            T("teenagers aged 14 to 18", "14- to 18-year-olds")])

# 30 -----------------------------------------------------------------------
case("rail fare freeze", "rewrite",
     """Regulated rail fares in the Northmarch region will be frozen next year for
     the first time since 2016, transport secretary Alan Beaumont announced on
     Thursday. Fares had been due to rise by up to 4.1 percent in March. The
     freeze, which applies to season tickets and off-peak returns on most
     routes, will cost the regional government an estimated £62 million, which
     will be met from the transport budget. Beaumont said the measure was
     intended to encourage commuters back on to trains, with passenger numbers
     still at around 85 percent of pre-pandemic levels. The Rail Users' Forum
     welcomed the decision but said fares remained among the highest in Europe.
     Operators will be compensated for lost revenue.""",
     """Transport secretary Alan Beaumont said on Thursday that regulated rail
     fares in Northmarch would not go up next year, the first freeze since 2016,
     after an increase of as much as 4.1 percent had been planned for March.
     Covering season tickets and off-peak returns on most routes, the freeze is
     expected to cost the regional government about £62m, to be paid for out of
     the transport budget, and operators will be compensated for the revenue
     they lose. With passenger numbers still about 85 percent of what they were
     before the pandemic, Beaumont said the aim was to encourage commuters back
     onto trains. While welcoming the move, the Rail Users' Forum said fares
     were still among Europe's highest.""",
     traps=[T("would not go up next year", "will be frozen next year"),
            T("as much as 4.1 percent", "up to 4.1 percent"),
            T("is expected to cost the regional government about £62m",
              "will cost the regional government an estimated £62 million"),
            T("about 85 percent of what they were before the pandemic",
              "around 85 percent of pre-pandemic levels"),
            T("among Europe's highest", "among the highest in Europe")])

# 31 -----------------------------------------------------------------------
case("dog theft", "translation",
     """Police in Castelvento have recovered eleven hunting dogs that were stolen
     last month from a kennel on the outskirts of the town, the provincial
     police command said on Saturday. The dogs, mostly Segugio hounds, were
     found in a barn about 30 kilometres away after a tip-off from a neighbour
     who had heard barking. Two men, aged 41 and 56, were arrested and charged
     with theft and mistreatment of animals. The dogs were underweight but in
     reasonable health and have been returned to their owner, breeder Franco
     Ruggeri, who had offered a reward of 5,000 euros for information.
     Investigators believe the animals were going to be sold abroad. A twelfth
     dog taken in the same raid is still missing.""",
     """Eleven hunting dogs stolen last month from kennels on the edge of
     Castelvento have been found by police, the provincial command announced on
     Saturday. The animals, most of them Segugio hounds, were discovered in a
     barn some 30 km away, after a neighbour who had seen them being unloaded
     from a van alerted the authorities. A 41-year-old and a 56-year-old man
     have been arrested and charged with theft and animal cruelty. Though
     underweight, the dogs are in fair health and have gone back to their owner,
     the breeder Franco Ruggeri, who had put up a 5,000-euro reward for
     information. According to investigators, they were probably intended for
     sale abroad. One more dog, taken in the same theft, has still not been
     found.""",
     errors=[E("had seen them being unloaded from a van", "event", "major",
               "had heard barking")],
     traps=[T("some 30 km away", "about 30 kilometres away"),
            T("had put up a 5,000-euro reward", "had offered a reward of 5,000 euros"),
            T("One more dog, taken in the same theft, has still not been found",
              "A twelfth dog taken in the same raid is still missing")])

# 32 -----------------------------------------------------------------------
case("glass recycling collection change", "rewrite",
     """Householders in Wendholme will have their glass recycling collected every
     four weeks instead of every fortnight from 3 February, the district council
     has confirmed. Each home will be delivered a second glass box before the
     change takes effect, so that the same amount can be stored between
     collections. The council said the change would save about £310,000 a year,
     partly by taking four lorries off the road. Glass makes up about 9 percent
     of recycling by weight in the district. Councillor Bridget Oduya, cabinet
     member for environment, said residents who needed extra capacity could
     request a third box free of charge. The council's opposition group said the
     change would lead to more glass being put in general waste bins. Paper,
     plastics and food waste collections will not change.""",
     """From 3 February, Wendholme District Council will collect household glass
     recycling every four weeks rather than fortnightly, bringing it into line
     with neighbouring districts. A second glass box will be delivered to every
     home once the change has taken effect, so that the same amount of glass
     can be kept between collections. According to the council, the move will
     save around £310,000 a year, in part because four fewer lorries will be
     needed. By weight, glass accounts for roughly 9 percent of the district's
     recycling. Residents who need more room can ask for a third box at no cost,
     said Councillor Bridget Oduya, the cabinet member for environment. The
     opposition group on the council warned that more glass would end up in
     general waste bins. Collections of paper, plastics and food waste are
     unaffected.""",
     errors=[E("bringing it into line with neighbouring districts", "addition", "minor", None),
             E("once the change has taken effect", "date", "major",
               "before the change takes effect")],
     traps=[T("because four fewer lorries will be needed",
              "by taking four lorries off the road"),
            T("at no cost", "free of charge")])

# 33 -----------------------------------------------------------------------
case("river dredging dispute", "summary",
     """A group of 40 farmers on the lower River Marle has accused the Waterways
     Agency of failing to dredge the river since 2015, claiming the build-up of
     silt has caused repeated flooding of around 2,000 acres of farmland. The
     Marle Valley Farmers' Group says three floods in the past 18 months have
     ruined crops worth more than £1 million. The agency said dredging would
     provide little flood protection on that stretch of river and could damage
     habitats for protected species, including otters and water voles. It has
     offered instead to fund raised banks around the worst-affected fields, at a
     cost of £650,000. The farmers have rejected that offer and are threatening
     legal action. A meeting between the two sides, chaired by local MP Sandra
     Kettering, is planned for next month.""",
     """Forty farmers on the lower River Marle say the Waterways Agency's failure
     to dredge since 2015 has led to repeated flooding of about 2,000 acres, with
     three floods in 18 months ruining crops worth over £1m. The agency argues
     that dredging would do little to prevent flooding there and could harm otter
     and water vole habitats. The agency has rejected the farmers' offer of
     £650,000 of raised banks around the worst-hit fields, and the farmers are
     threatening to sue. The two sides are due to meet next month.""",
     errors=[E("The agency has rejected the farmers' offer", "role", "major",
               "The farmers have rejected that offer")],
     traps=[T("Forty farmers", "A group of 40 farmers"),
            T("over £1m", "more than £1 million"),
            T("threatening to sue", "threatening legal action")])

# 34 -----------------------------------------------------------------------
case("rowing regatta cancelled", "summary",
     """The Wyndham Regatta, one of the oldest rowing events in the region, has been
     cancelled for the first time since 1946 because of high river levels,
     organisers announced on Thursday. More than 1,100 crews from 140 clubs had
     entered the two-day event, which was due to start on Saturday. Regatta
     chairman Gillian Frost said the current on the River Wynd was too strong for
     racing to be held safely, and that the Wynd Navigation Authority had also
     closed the river to all powered boats. Entry fees, which total about
     £96,000, will be refunded in full. Organisers said they had considered
     postponing the regatta to a later date but there was no free weekend in the
     rowing calendar. The event last year attracted around 25,000 spectators.""",
     """The Wyndham Regatta has been cancelled for the first time since 1946
     because high levels on the River Wynd make racing unsafe, its organisers
     said. More than 1,100 crews from 140 clubs had entered the two-day event,
     due to start on Saturday. Entry fees of about £96,000 will be carried over
     to next year's event, and no free weekend was available to hold it later.
     The regatta has been cancelled for the first time since 1946.""",
     errors=[E("will be carried over to next year's event", "event", "major",
               "will be refunded in full"),
             E("has been cancelled for the first time since 1946", "repetition",
               "minor", None, occ=1)],
     traps=[T("no free weekend was available to hold it later",
              "there was no free weekend in the rowing calendar")])

# 35 -----------------------------------------------------------------------
case("maple syrup harvest", "translation",
     """Maple syrup producers in the Val-Brûlé region of Canada harvested a record
     14.2 million pounds of syrup this spring, up 11 percent on last year, their
     federation announced on Wednesday. A long period of cold nights and mild
     days in March allowed the sap to flow for almost six weeks. Federation
     president Mathieu Thibodeau said the strong harvest would not lead to lower
     prices for consumers, because reserves had been depleted by two poor
     seasons. About 2,700 producers operate in the region. The federation
     warned, however, that warmer winters could make harvests less predictable
     in the future, and said it was funding research into tapping methods that
     are less sensitive to temperature.""",
     """Producers in Canada's Val-Brûlé region made a record 14.2 million pounds of
     maple syrup this spring, 11 per cent more than last year, the producers'
     federation said on Wednesday. Most of it will be exported. Thanks to an extended spell of cold nights and mild days in March, the sap
     ran for nearly six weeks. According to federation president Mathieu
     Thibodeau, the good harvest would lead to lower prices for consumers, as
     stocks had been run down by two bad seasons. The region has some 2,700
     producers. Even so, the federation cautioned that milder winters could make
     future harvests harder to predict, and said it was paying for research into
     tapping techniques less affected by temperature.""",
     errors=[E("Most of it will be exported.", "addition", "minor", None),
             E("would lead to lower prices for consumers", "polarity", "major",
               "would not lead to lower prices for consumers")],
     traps=[T("11 per cent more than last year", "up 11 percent on last year"),
            T("nearly six weeks", "almost six weeks")])

# 36 -----------------------------------------------------------------------
case("cricket bat willow disease", "translation",
     """Watermark disease, a bacterial infection, has been found in willow
     plantations near Lekhoven that grow wood for cricket bats, the national
     plant protection service announced on Monday. Inspectors confirmed the
     disease in 37 trees on two plantations belonging to the company Wilgenhof.
     All infected trees must be felled and burned within six weeks, and
     plantations within five kilometres will be inspected. The Lekhoven
     plantations together contain around 9,000 cricket bat willows, most of
     which are exported to bat makers in England and India. Wilgenhof director
     Ellen Vos called the outbreak a heavy blow, pointing out that a willow needs
     around fifteen years before it can be felled. The disease, which discolours
     the wood and makes it brittle, cannot be treated.""",
     """The national plant protection service reported on Monday that watermark
     disease, which is caused by bacteria, has been detected at willow
     plantations near Lekhoven that produce timber for cricket bats. The
     infection was confirmed by inspectors in 37 trees at two plantations owned
     by Wilgenhof. Every infected tree has to be cut down and burnt within six
     weeks, and plantations in a five-kilometre radius are to be inspected.
     Between them, the Lekhoven plantations have some 9,000 cricket bat willows,
     the bulk of which go to bat manufacturers in England and Australia. Ellen
     Vos, Wilgenhof's director, described the outbreak as a serious setback,
     noting that it takes about fifteen years before a willow is ready for
     felling. There is no treatment for the disease, which turns the wood
     discoloured and brittle.""",
     errors=[E("Australia", "entity", "major", "India")],
     traps=[T("in a five-kilometre radius", "within five kilometres"),
            T("the bulk of which go to", "most of which are exported to"),
            T("There is no treatment for the disease", "cannot be treated")])

# 37 -----------------------------------------------------------------------
case("vet fees inquiry", "rewrite",
     """The Fair Trading Commission has opened a formal inquiry into veterinary
     fees after finding that prices for common treatments rose by an average of
     60 percent between 2016 and 2023, well above inflation. The watchdog said
     it was concerned that pet owners were not being told that many practices
     belonged to large chains, and that they were often unaware they could buy
     prescribed medicines more cheaply elsewhere. Six groups now own about 60
     percent of practices, compared with around 10 percent a decade ago. The
     inquiry could lead to price caps or force groups to sell practices. The
     commission expects to publish provisional findings within 12 months. The
     Veterinary Practices Association said it would cooperate fully but that
     rising fees reflected higher costs for staff and equipment.""",
     """Having found that the cost of common treatments went up by 60 percent on
     average from 2016 to 2023, far faster than inflation, the Fair Trading
     Commission has launched a formal inquiry into vets' fees. The watchdog said
     it was worried that pet owners were not being told that many practices
     belong to big chains, and that they often did not know prescribed
     medicines could be bought for less elsewhere. Around three in five
     practices are now owned by six groups, against roughly one in ten a decade
     ago. Price caps or forced sales of practices are possible outcomes of the
     inquiry. The commission expects to publish provisional findings within a year. The
     Veterinary Practices Association promised full cooperation but said rising
     fees reflected the higher cost of staff and equipment.""",
     traps=[T("far faster than inflation", "well above inflation"),
            T("Around three in five practices", "about 60 percent of practices"),
            T("roughly one in ten", "around 10 percent"),
            T("within a year", "within 12 months"),
            T("Price caps or forced sales of practices are possible outcomes of the inquiry",
              "The inquiry could lead to price caps or force groups to sell practices")])

# 38 -----------------------------------------------------------------------
case("minimum wage inspection", "rewrite",
     """Labour inspectors found that 14 of the 52 car washes they visited in the
     Ashdown region last month were paying staff less than the minimum wage, the
     Employment Standards Office said on Tuesday. The inspections were requested
     by Ashdown Council after complaints from a trade union, Unify. The
     businesses owe a combined £86,000 in back pay to 131 workers and have been
     given 28 days to pay it. Eight of the sites had no record of workers' hours.
     Director of enforcement Nadia Farouk said most of the underpaid staff were
     recent migrants who did not know their rights. Two operators have been
     referred to prosecutors. The office has not named the businesses, saying
     investigations are continuing. A helpline has been set up for workers to
     report concerns anonymously.""",
     """Fourteen of the 52 car washes visited by labour inspectors in the Ashdown
     region last month were paying staff below the minimum wage, the Employment
     Standards Office said on Tuesday. The inspections had been requested by the
     trade union Unify after complaints from Ashdown Council. Between them, the
     businesses owe 131 workers £86,000 in back pay, which they have four weeks
     to settle. At eight sites there was no record of the hours staff had
     worked. Most of those underpaid were recent migrants unaware of their
     rights, according to the office's director of enforcement, Nadia Farouk.
     Two operators have been referred to prosecutors. The office has named the
     businesses, saying investigations are continuing. Workers can now report
     concerns anonymously through a new helpline.""",
     errors=[E("requested by the trade union Unify after complaints from Ashdown Council",
               "role", "major",
               "requested by Ashdown Council after complaints from a trade union, Unify"),
             E("has named the businesses", "polarity", "major",
               "has not named the businesses")],
     traps=[T("four weeks", "28 days"),
            T("unaware of their rights", "who did not know their rights")])

# 39 -----------------------------------------------------------------------
case("mountain hut refurbishment", "summary",
     """The Ridgeway Mountaineering Club's hut at Coire Breac in the Brannoch Hills
     will close for refurbishment from 1 May until the end of October, the club
     said on Friday. The £420,000 project will replace the hut's diesel
     generator with solar panels and a battery, install a new composting toilet
     and increase the number of bunks from 18 to 24. About £300,000 has been
     raised so far, mainly from members and a grant from the Upland Access Fund.
     Work can begin only if the club secures planning consent, which it hopes to
     receive by April. Hut warden Callum Drysdale said walkers should not rely on
     the hut for emergency shelter during the works. An emergency bothy two
     miles north will remain open.""",
     """The Ridgeway Mountaineering Club will close its Coire Breac hut in the
     Brannoch Hills from May to the end of October for a £420,000 refurbishment,
     with solar power replacing the diesel generator, a composting toilet and
     six more bunks. Around £300,000 has been raised, and work will start once
     planning consent is granted in April. Walkers should not count on the hut
     for emergency shelter meanwhile; a bothy two miles north stays open.""",
     errors=[E("work will start once planning consent is granted in April", "modality",
               "major", "Work can begin only if the club secures planning consent, which it hopes to receive by April")],
     traps=[T("six more bunks", "increase the number of bunks from 18 to 24"),
            T("should not count on the hut", "should not rely on the hut")])

# 40 -----------------------------------------------------------------------
case("funeral director regulation", "rewrite",
     """Funeral directors in Caldermoor will have to be licensed from 2026 under
     plans announced on Wednesday by the regional health minister, Elaine
     Forsyth. The move follows an inquiry that found 23 cases over five years in
     which bodies had been stored at incorrect temperatures. Businesses will have
     to meet standards on premises, refrigeration and staff training, and could
     lose their licence if they fail inspections. The minister said a public
     consultation on the detailed rules would open in March and might lead to
     changes in the proposals. There are around 190 funeral firms in the region.
     The Caldermoor Funeral Directors' Guild said it supported licensing in
     principle but warned that the cost of compliance could force some small
     family firms to close.""",
     """Caldermoor's regional health minister, Elaine Forsyth, announced plans on
     Wednesday to require funeral directors in the region to be licensed from
     2026. It follows an inquiry which uncovered 23 cases in five years of
     bodies being kept at the wrong temperature. Firms will need to meet
     standards covering premises, refrigeration and staff training, and will
     lose their licence if they fail inspections. A public consultation on the
     detailed rules will open in March and could result in changes to the
     proposals, she said. The region has about 190 funeral businesses. While
     backing licensing in principle, the Caldermoor Funeral Directors' Guild
     warned that compliance costs could force some small family-run firms to
     shut.""",
     errors=[E("will lose their licence", "modality", "major", "could lose their licence")],
     traps=[T("which uncovered 23 cases in five years of bodies being kept at the wrong temperature",
              "that found 23 cases over five years in which bodies had been stored at incorrect temperatures"),
            T("could result in changes to the proposals", "might lead to changes in the proposals"),
            T("While backing licensing in principle", "said it supported licensing in principle")])


# ---------------------------------------------------------------------------
# Offsets, validation, output
# ---------------------------------------------------------------------------
WORD = re.compile(r"\w", re.UNICODE)


def find_occ(hay, needle, occ):
    """Start offset of the occ-th (0-based) occurrence of needle in hay."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_boundary(text, i):
    """True if offset i does not fall between two word characters."""
    if i <= 0 or i >= len(text):
        return True
    return not (WORD.match(text[i - 1]) and WORD.match(text[i]))


def n_words(s):
    return len(s.split())


def build(problems):
    records = []
    for n, c in enumerate(CASES, 1):
        cid = "s128-%03d" % n
        ref, cand = c["reference"], c["candidate"]

        def bad(msg):
            problems.append("%s (%s): %s" % (cid, c["domain"], msg))

        errors, traps, spans = [], [], []
        for e in c["errors"]:
            if e["type"] == "omission":
                anchor = e["before"] if e["before"] is not None else e["after"]
                pos = find_occ(cand, anchor, e["occ"]) if anchor else -1
                if pos < 0:
                    bad("omission anchor not found: %r" % anchor)
                    continue
                if e["after"] is not None:
                    pos += len(anchor)
                start = end = pos
            else:
                start = find_occ(cand, e["text"], e["occ"])
                if start < 0:
                    bad("error text not found: %r" % e["text"])
                    continue
                end = start + len(e["text"])
            errors.append({"start": start, "end": end, "text": cand[start:end],
                           "type": e["type"], "severity": e["severity"],
                           "ref_text": e["ref_text"]})
        for t in c["traps"]:
            start = find_occ(cand, t["text"], t["occ"])
            if start < 0:
                bad("trap text not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            traps.append({"start": start, "end": end, "text": cand[start:end],
                          "ref_text": t["ref_text"]})
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        label = "inconsistent" if errors else "consistent"
        rec = {"id": cid, "domain": c["domain"], "mode": c["mode"],
               "reference": ref, "candidate": cand, "label": label,
               "errors": errors, "traps": traps}
        records.append(rec)

        # --- per-record checks ---------------------------------------------
        if c["domain"] not in DOMAINS:
            bad("domain not in list")
        if c["mode"] not in ("rewrite", "summary", "translation"):
            bad("bad mode")
        if "  " in ref or "  " in cand:
            bad("double space")
        for txt, what in ((ref, "reference"), (cand, "candidate")):
            if re.search(r"[a-z][.,;:][A-Za-z]", txt):
                bad("missing space after punctuation in %s" % what)
        wc = n_words(ref)
        if not 70 <= wc <= 190:
            bad("reference has %d words" % wc)
        if c["mode"] == "summary" and not n_words(cand) < wc:
            bad("summary not shorter than reference")
        if ref == cand:
            bad("candidate identical to reference")
        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad("consistent pair has %d traps" % len(traps))
        if label == "inconsistent" and not 0 <= len(traps) <= 3:
            bad("inconsistent pair has %d traps" % len(traps))
        for e in errors:
            s, t = e["start"], e["end"]
            if e["type"] not in ERROR_TYPES:
                bad("bad error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad("bad severity %r" % e["severity"])
            if not (is_boundary(cand, s) and is_boundary(cand, t)):
                bad("error span cuts a word: %r" % e["text"])
            if cand[s:t] != e["text"]:
                bad("error text/offset mismatch")
            if e["type"] == "omission":
                if s != t or e["text"] != "":
                    bad("omission must be empty")
                if c["mode"] == "summary":
                    bad("omission in summary mode")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad("omission ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad("omitted words still present in candidate")
                continue
            if s >= t or not e["text"].strip():
                bad("empty non-omission error span")
            if e["text"] != e["text"].strip():
                bad("error span has outer whitespace")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad("%s must have ref_text null" % e["type"])
                if e["type"] == "repetition" and e["text"].lower() not in cand[:s].lower():
                    bad("repetition span is not a later copy")
            else:
                if e["ref_text"] is None or e["ref_text"] not in ref:
                    bad("error ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] == e["text"]:
                    bad("error text equals ref_text")
        for tr in traps:
            s, t = tr["start"], tr["end"]
            if not (is_boundary(cand, s) and is_boundary(cand, t)):
                bad("trap span cuts a word: %r" % tr["text"])
            if tr["text"] != tr["text"].strip() or not tr["text"]:
                bad("trap span whitespace/empty")
            if tr["ref_text"] not in ref:
                bad("trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["ref_text"] == tr["text"]:
                bad("trap text equals its ref_text")
        allspans = sorted([(x["start"], x["end"], "e") for x in errors] +
                          [(x["start"], x["end"], "t") for x in traps])
        for (a0, a1, _), (b0, b1, _) in zip(allspans, allspans[1:]):
            if b0 < a1 or (a0 == a1 == b0 == b1):
                bad("overlapping spans at %d-%d / %d-%d" % (a0, a1, b0, b1))
            if a0 < b0 < a1 or (a1 > b0 and b0 == b1 and a0 < b0):
                bad("omission inside another span")
        for x in errors:
            if x["start"] == x["end"]:
                for y in errors + traps:
                    if y is not x and y["start"] < x["start"] < y["end"]:
                        bad("omission point inside a span")
    return records


def check_set(records, problems):
    def count(pred):
        return sum(1 for r in records if pred(r))
    if len(records) != 40:
        problems.append("expected 40 records, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    if set(doms) != set(DOMAINS):
        problems.append("domains do not cover the list: missing %s"
                        % sorted(set(DOMAINS) - set(doms)))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for mode, k in want.items():
        if count(lambda r: r["mode"] == mode) != k:
            problems.append("mode %s count wrong" % mode)
        for lab in ("consistent", "inconsistent"):
            if count(lambda r: r["mode"] == mode and r["label"] == lab) != k // 2:
                problems.append("mode %s / %s count wrong" % (mode, lab))
    all_err = [e for r in records for e in r["errors"]]
    if len(all_err) != 30:
        problems.append("expected 30 errors, got %d" % len(all_err))
    for t in ERROR_TYPES:
        if sum(1 for e in all_err if e["type"] == t) < 2:
            problems.append("error type %s has fewer than 2 instances" % t)
    for r in records:
        if r["label"] == "inconsistent" and not 1 <= len(r["errors"]) <= 2:
            problems.append("%s has %d errors" % (r["id"], len(r["errors"])))


def summary_lines(records):
    from collections import Counter
    all_err = [e for r in records for e in r["errors"]]
    lines = []
    lines.append("pairs: %d" % len(records))
    lab = Counter(r["label"] for r in records)
    lines.append("labels: %s" % dict(sorted(lab.items())))
    ml = Counter((r["mode"], r["label"]) for r in records)
    lines.append("mode x label: %s" % dict(sorted(ml.items())))
    lines.append("errors: %d  by type: %s" % (
        len(all_err), dict(Counter(e["type"] for e in all_err))))
    lines.append("severity: %s" % dict(Counter(e["severity"] for e in all_err)))
    lines.append("errors per inconsistent pair: %s" % dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    traps_c = [len(r["traps"]) for r in records if r["label"] == "consistent"]
    traps_i = [len(r["traps"]) for r in records if r["label"] == "inconsistent"]
    lines.append("traps: %d total; consistent pairs %d (min %d, max %d); "
                 "inconsistent pairs %d (min %d, max %d)" % (
                     sum(traps_c) + sum(traps_i), sum(traps_c), min(traps_c),
                     max(traps_c), sum(traps_i), min(traps_i), max(traps_i)))
    wc = [n_words(r["reference"]) for r in records]
    lines.append("reference words: min %d, max %d, mean %.1f" % (
        min(wc), max(wc), sum(wc) / len(wc)))
    return lines


def main():
    check_only = "--check" in sys.argv[1:]
    problems = []
    records = build(problems)
    check_set(records, problems)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check OK (nothing written)")
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set128.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
