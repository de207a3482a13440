#!/usr/bin/env python3
"""Held-out evaluation set 173 for a fact-comparison tool (reference vs candidate).

How it was made
---------------
Every text pair below was hand-written by a helper session that saw no code and no
data of the project and no existing benchmark; it worked only from a written brief
(record format, error taxonomy, composition, domain list). All people, companies,
organisations, places and figures are invented; real countries appear only as
background. Character offsets are never typed by hand: this script locates every
quoted span by string search (with an explicit occurrence index wherever a quoted
text repeats in the candidate), validates the whole set, and writes set173.jsonl.

    python3 make_set173.py           # validate and write /work/heldout/set173.jsonl
    python3 make_set173.py --check   # validate only, write nothing

Composition
-----------
40 pairs, each from a different domain of the brief's list of 40.
  label : 20 consistent, 20 inconsistent
  mode  : 20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  errors: 30 in total over the 20 inconsistent pairs (10 pairs with one error,
          10 pairs with two):
            entity 2, number 5, date 3, role 3, polarity 3, modality 3,
            attribution 2, event 3, omission 2, addition 2, repetition 2
          severities: critical 0, major 21, minor 9
          omissions occur only in rewrite pairs (none in summaries).
  traps : 143 in total; every consistent pair has 3-5 (97 in all),
          every inconsistent pair 1-3 (46 in all).
  references: news/agency/corporate/official register, 116-144 words each;
          summaries 67-79 words.
Translation pairs are two independent English renderings of the same
(notional) non-English story, so their wording differs throughout.
"""

import json
import os
import re
import sys
from collections import Counter

N = 173
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)

DOMAINS = [
    "donatio mortis causa", "white horse scouring", "Ganesh idol immersion",
    "ghost employee payroll fraud", "dental amalgam phase-out", "pallet pooling",
    "blind window tax", "maerl bed protection", "El Colacho baby jumping",
    "ghost fishing nets", "Welsh triple harp", "musical saw player", "Aunt Sally league",
    "pharmacy carboy globes", "Cornish language signage", "Tamworth pig herd",
    "public footpath diversion", "regimental goat mascot", "wormer resistance",
    "lunar occultation timing", "clergy stipend", "surströmming tin opening",
    "Enigma machine auction", "Amish barn raising", "incense clock",
    "steeplejack spire inspection", "repatriation of human remains", "Victorian pinery",
    "flax scutching mill", "mezzotint rocking tools", "silage clamp effluent",
    "farm gate honesty box", "penny rounding", "livery company ceremony",
    "Shetland lace shawl", "selvedge denim looms", "tardigrade survival study",
    "court usher gowns", "pop-up book engineering", "vicuña fibre trade",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]

EXPECTED = {
    "pairs": 40,
    "labels": {"consistent": 20, "inconsistent": 20},
    "modes": {"rewrite": 20, "summary": 10, "translation": 10},
    "mode_label": {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
                   ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
                   ("translation", "consistent"): 5, ("translation", "inconsistent"): 5},
    "errors": 30,
    "error_types": {"entity": 2, "number": 5, "date": 3, "role": 3, "polarity": 3,
                    "modality": 3, "attribution": 2, "event": 3, "omission": 2,
                    "addition": 2, "repetition": 2},
    "severities": {"critical": 0, "major": 21, "minor": 9},
    "traps": 143,
    "traps_consistent": 97,
    "traps_inconsistent": 46,
}


def t(s):
    """Normalise whitespace so texts can be wrapped in the source."""
    return " ".join(s.split())


def E(text, type_, severity, ref_text=None, occ=None, after=None):
    """An error. For an omission give text="" and `after` = candidate text that
    immediately precedes the point where the missing words belong."""
    return {"text": t(text) if text else "", "type": type_, "severity": severity,
            "ref_text": t(ref_text) if ref_text is not None else None,
            "occ": occ, "after": t(after) if after else None}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording of `ref_text` (reference wording)."""
    return {"text": t(text), "ref_text": t(ref_text), "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": t(reference), "candidate": t(candidate),
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------------------
# 1 donatio mortis causa -- rewrite, inconsistent (role)
case("donatio mortis causa", "rewrite", "inconsistent",
     """The High Court in Carrowmere has upheld a deathbed gift of a seaside cottage made by
     retired boat-builder Aldous Penhallow to his former carer, Mirela Vosk, rejecting a
     challenge brought by his nephew. Judge Harriet Quennell found that Mr Penhallow, who died
     of heart failure nine days after the gift, had handed Ms Vosk the deeds and the only set of
     keys in March 2021 while in hospital, telling her the property was hers "if I don't come
     out of here". The judge said the gift met the three conditions for a donatio mortis causa:
     it was made in contemplation of impending death, it was conditional on that death, and
     control of the property had been handed over. The nephew, Corwin Penhallow, had argued that
     the cottage should pass under a 2009 will. He was ordered to pay £48,000 towards Ms Vosk's
     legal costs.""",
     """A deathbed gift of a seaside cottage from Aldous Penhallow, a retired boat-builder, to the
     woman who had cared for him, Mirela Vosk, has been upheld by the High Court in Carrowmere,
     which threw out a challenge from his nephew. In March 2021, while he was in hospital,
     Mr Penhallow gave Ms Vosk the deeds and the only set of keys and told her the property was
     hers "if I don't come out of here", Judge Harriet Quennell found; he died of heart failure
     nine days later. According to the judge, all three conditions for a donatio mortis causa
     were satisfied: the gift was made in contemplation of impending death, it depended on that
     death occurring, and control of the property had been handed over. Corwin Penhallow, the
     nephew, had contended that the cottage should pass under a 2009 will. Ms Vosk was ordered
     to contribute £48,000 towards the legal costs of the nephew.""",
     errors=[E("Ms Vosk was ordered to contribute £48,000 towards the legal costs of the nephew",
               "role", "major", "He was ordered to pay £48,000 towards Ms Vosk's legal costs")],
     traps=[T("threw out a challenge from his nephew", "rejecting a challenge brought by his nephew"),
            T("nine days later", "nine days after the gift")])

# 2 white horse scouring -- rewrite, inconsistent (number, repetition)
case("white horse scouring", "rewrite", "inconsistent",
     """Volunteers will begin the annual scouring of the Hallowdown White Horse on Saturday
     14 June, the Hallowdown Hill Trust has announced. The chalk figure, which is 112 metres long
     and thought to date from the late Iron Age, is re-whitened every summer to stop grass and
     moss creeping over its outline. This year about 260 volunteers have registered, up from 190
     last year, and each will be asked to work a three-hour shift. Around 40 tonnes of fresh
     chalk will be broken by hand with mallets and packed into the trenches. Trust chairwoman
     Edith Marlowe said the work "keeps faith with generations who have done exactly the same
     thing on this hill". Parking will be restricted on the Ridgeway Lane approach, and visitors
     are asked to use a shuttle bus from Fennick station.""",
     """The Hallowdown Hill Trust has announced that volunteers will start this year's scouring of
     the Hallowdown White Horse on Saturday 14 June. Every summer the 112-metre chalk figure,
     believed to date from the late Iron Age, is re-whitened so that grass and moss do not creep
     over its outline. Some 260 people have signed up, 190 more than last year, and each will be
     asked to work a shift of three hours. Roughly 40 tonnes of new chalk will be broken up by
     hand using mallets and packed into the trenches. The work "keeps faith with generations who
     have done exactly the same thing on this hill", said Edith Marlowe, who chairs the trust.
     Parking will be restricted on the Ridgeway Lane approach, and visitors are asked to take a
     shuttle bus from Fennick station. Parking will be restricted on the Ridgeway Lane
     approach.""",
     errors=[E("190 more than last year", "number", "major", "up from 190 last year"),
             E("Parking will be restricted on the Ridgeway Lane approach", "repetition", "minor",
               occ=1)],
     traps=[T("the 112-metre chalk figure", "The chalk figure, which is 112 metres long"),
            T("a shift of three hours", "a three-hour shift"),
            T("who chairs the trust", "Trust chairwoman")])

# 3 Ganesh idol immersion -- translation, inconsistent (entity, date)
case("Ganesh idol immersion", "translation", "inconsistent",
     """The municipal corporation of Sonvali has set up 42 artificial ponds across the city for
     the immersion of Ganesh idols this year, in an effort to reduce pollution of the Kamla
     river. Municipal commissioner Sunil Deshmane said on Monday that idols taller than four feet
     may be immersed only at the crane point at Dhobi Ghat, and household idols only in the
     artificial ponds. Last year, about 18,000 idols were immersed in the river, and tests
     afterwards showed high levels of lead and chromium from paints. The corporation will
     distribute natural-clay idols free of charge to 5,000 families, mainly in the Peth area.
     The festival will end on 17 September with the immersion procession, and 1,200 police
     personnel will be deployed along the route.""",
     """This year the Sonvali Municipal Corporation has built 42 artificial tanks in various parts
     of the city for Ganpati immersion, aiming to cut pollution in the Kamla river. According to
     civic chief Sunil Deshmane, who spoke on Monday, idols over four feet in height can be
     immersed only at the crane point at Dhobi Ghat, while household idols may be immersed solely
     in the artificial tanks. Two years ago, roughly 18,000 idols went into the river, and
     subsequent testing found elevated lead and chromium from the paint. Idols of natural clay
     will be handed out free to 5,000 families, mostly in the Dhobi Ghat area. On 17 September,
     the final day of the festival, the immersion procession will take place, with 1,200 police
     deployed along its route.""",
     errors=[E("Dhobi Ghat", "entity", "major", "Peth", occ=1),
             E("Two years ago", "date", "minor", "Last year")],
     traps=[T("Ganpati immersion", "the immersion of Ganesh idols"),
            T("civic chief", "Municipal commissioner"),
            T("artificial tanks", "artificial ponds", occ=0)])

# 4 ghost employee payroll fraud -- summary, inconsistent (number, role)
case("ghost employee payroll fraud", "summary", "inconsistent",
     """A former payroll supervisor at Kelsford City Council has been jailed for four years and
     three months after admitting that she paid salaries to 11 fictitious employees over six
     years. Denise Harrop, 52, created the "ghost" staff records using the names of former
     contractors and routed about £612,000 into bank accounts she controlled, Kelsford Crown
     Court heard. Her partner, Gary Mott, 55, who received £140,000 of the money from her, was
     given a suspended sentence for money laundering. The fraud was uncovered in 2023 when an
     auditor noticed that none of the workers had ever booked annual leave. Sentencing, Judge
     Martin Avery said Harrop had "exploited the trust placed in her by colleagues". The council
     said it had since introduced quarterly checks requiring managers to confirm every employee
     on their team.""",
     """Former Kelsford City Council payroll supervisor Denise Harrop has been jailed for four and
     a half years for paying about £612,000 in salaries to 11 invented employees over six years.
     Her partner, Gary Mott, got a suspended sentence for laundering £140,000 that he had
     transferred to her. An auditor uncovered the fraud in 2023 after noticing that none of the
     'ghost' workers had ever booked annual leave.""",
     errors=[E("four and a half years", "number", "major", "four years and three months"),
             E("he had transferred to her", "role", "major",
               "who received £140,000 of the money from her")],
     traps=[T("invented employees", "fictitious employees")])

# 5 dental amalgam phase-out -- translation, consistent
case("dental amalgam phase-out", "translation", "consistent",
     """From 1 January, dentists in the country will no longer be allowed to use amalgam, the
     mercury-based filling material, except in cases where a dentist considers it strictly
     necessary for a patient's medical needs, the Ministry of Health announced. The ban
     implements a European regulation aimed at reducing mercury pollution. According to the
     ministry, around 2.3 million amalgam fillings were placed last year, roughly one in six of
     all fillings. Existing fillings do not need to be removed, the ministry stressed, as
     removing them can release more mercury than leaving them in place. The alternative
     materials, mainly composite resins, cost on average 25 euros more per filling, and the
     national health insurer will cover the difference for children under 15 and pregnant
     women.""",
     """The Health Ministry has announced that, as of 1 January, amalgam, the filling material
     that contains mercury, may no longer be used by dentists in the country unless the dentist
     judges it to be strictly necessary for the patient's medical needs. The measure puts into
     effect an EU regulation intended to cut mercury pollution. Last year approximately
     2.3 million amalgam fillings were done, the ministry said, or about 17 percent of the
     total. The ministry underlined that there is no need to take out existing fillings, since
     removal may release more mercury than leaving them where they are. Replacement materials,
     chiefly composite resins, are on average 25 euros dearer per filling; for pregnant women and
     for children under 15, the difference will be paid by the national health insurer.""",
     traps=[T("the filling material that contains mercury", "the mercury-based filling material"),
            T("EU regulation", "European regulation"),
            T("about 17 percent of the total", "roughly one in six of all fillings"),
            T("25 euros dearer", "25 euros more")])

# 6 pallet pooling -- summary, consistent
case("pallet pooling", "summary", "consistent",
     """Palleta Group, which runs one of the largest pallet pooling networks in northern Europe,
     reported a 9% rise in annual revenue to €1.34 billion on Tuesday, helped by higher rental
     prices and a recovery in drinks volumes. The company, which owns about 68 million wooden
     pallets that customers rent rather than buy, said losses of pallets fell to 2.1% of its pool
     from 2.6% a year earlier after it fitted tracking tags to a quarter of its fleet. Chief
     executive Maren Stoltz said the company expected revenue growth to slow to between 4% and 6%
     next year as price increases eased. Palleta also announced that it would build a repair
     depot near Haldenstedt, creating about 200 jobs, and would raise its dividend by 12%. Its
     shares rose 3.4% in morning trading.""",
     """Annual revenue at pallet pooler Palleta Group climbed 9% to €1.34bn, helped by higher
     rental prices and a rebound in drinks volumes. Losses fell to 2.1% of the pool from 2.6%
     after tracking tags were fitted to a quarter of its roughly 68 million pallets. The company
     expects revenue growth to slow to 4-6% next year. A new repair depot near Haldenstedt will
     create some 200 jobs, and the dividend will go up by 12%.""",
     traps=[T("€1.34bn", "€1.34 billion"),
            T("a rebound in drinks volumes", "a recovery in drinks volumes"),
            T("4-6%", "between 4% and 6%"),
            T("some 200 jobs", "about 200 jobs"),
            T("the dividend will go up by 12%", "would raise its dividend by 12%")])

# 7 blind window tax -- rewrite, inconsistent (modality)
case("blind window tax", "rewrite", "inconsistent",
     """Owners of Tressell House, a Grade II listed Georgian townhouse in Ambridge Vale, have
     applied for permission to reopen four windows that were bricked up in the 1780s, apparently
     to reduce the household's liability under the window tax. The tax, levied on dwellings with
     more than six windows, was repealed in 1851, but many 'blind' windows were never reopened.
     Conservation officer Lionel Abery said the council was likely to approve the plan, provided
     the new frames match surviving originals on the ground floor. A decision is due at the
     planning committee meeting on 9 October. The owners, Ruth and Simon Cardew, said the work
     could cost up to £35,000 and would restore light to two bedrooms and a stairwell.""",
     """The owners of Tressell House, a Georgian townhouse in Ambridge Vale listed at Grade II, are
     seeking consent to reopen four windows that were bricked up in the 1780s, seemingly to cut
     what the household owed under the window tax. Although the tax, which applied to homes with
     more than six windows, was abolished in 1851, many 'blind' windows were never unblocked.
     Lionel Abery, the conservation officer, said the council would approve the plan as long as
     the new frames matched surviving originals on the ground floor. The planning committee is
     due to decide at its meeting on 9 October. Ruth and Simon Cardew, who own the house, said
     the work could cost as much as £35,000 and would bring light back into two bedrooms and a
     stairwell.""",
     errors=[E("would approve", "modality", "major", "was likely to approve")],
     traps=[T("seemingly to cut what the household owed",
              "apparently to reduce the household's liability"),
            T("as much as £35,000", "up to £35,000")])

# 8 maerl bed protection -- summary, inconsistent (polarity)
case("maerl bed protection", "summary", "inconsistent",
     """Fishing with scallop dredges will be banned across 38 square kilometres of Loch Carran from
     1 July to protect one of the country's largest maerl beds, the Marine Directorate announced
     on Wednesday. Maerl, a slow-growing red seaweed that forms a hard, coral-like gravel, grows
     less than a millimetre a year and can take centuries to recover once broken up. Surveys in
     2022 found that around 40% of the loch's maerl had been damaged, mostly by dredging. Creel
     fishing and hand-diving for scallops will still be permitted inside the protected area. The
     Loch Carran Fishermen's Association said the ban would cost its 14 dredging boats about
     £900,000 a year and called for compensation, which the directorate said it was not
     considering.""",
     """From 1 July scallop dredging will be banned over 38 sq km of Loch Carran to protect one of
     the country's biggest maerl beds, a slow-growing seaweed gravel that can take centuries to
     recover; about 40% of it had been damaged by 2022, largely by dredgers. Creel fishing and
     hand-diving will still be allowed. Local fishermen say the ban will cost their 14 dredging
     boats some £900,000 a year and want compensation, which the directorate says it is
     considering.""",
     errors=[E("the directorate says it is considering", "polarity", "major",
               "the directorate said it was not considering")],
     traps=[T("38 sq km", "38 square kilometres"),
            T("largely by dredgers", "mostly by dredging")])

# 9 El Colacho baby jumping -- translation, inconsistent (event)
case("El Colacho baby jumping", "translation", "inconsistent",
     """Some 140 babies born in the past twelve months were laid on mattresses in the streets of
     Castrobáñez de la Vega on Sunday so that El Colacho, a figure dressed in red and yellow
     representing the devil, could leap over them. The rite, which according to local tradition
     cleanses the infants of original sin, is held every year on the Sunday after Corpus
     Christi. The mayor, Teodoro Ruiz Manzano, said that this year the brotherhood that organises
     the festival had limited the number of babies for the first time, because of the growing
     number of families coming from other regions. No incidents were recorded. After the jumps,
     girls dressed for their first communion scattered rose petals over the babies, who were then
     returned to their parents.""",
     """On Sunday, in the streets of Castrobáñez de la Vega, about 140 infants born during the last
     year were placed on mattresses so that El Colacho, a character in red and yellow who stands
     for the devil, could jump over them. Local tradition holds that the ritual frees the
     children from original sin; it takes place each year on the first Sunday following Corpus
     Christi. Mayor Teodoro Ruiz Manzano explained that, because more and more families were
     arriving from other regions, the confraternity in charge of the festivities had for the
     first time put a cap on the number of babies. There were no incidents. Once the jumping was
     over, girls in their first-communion dresses sprinkled the babies with holy water, and the
     children were given back to their parents.""",
     errors=[E("sprinkled the babies with holy water", "event", "minor",
               "scattered rose petals over the babies")],
     traps=[T("born during the last year", "born in the past twelve months"),
            T("confraternity", "brotherhood"),
            T("put a cap on the number of babies", "limited the number of babies")])

# 10 ghost fishing nets -- summary, consistent
case("ghost fishing nets", "summary", "consistent",
     """Divers from the Coastal Guardians charity removed 3.7 tonnes of abandoned fishing gear from
     reefs off Skerry Point during a ten-day operation that ended on Sunday, the group said. The
     haul included 46 gillnets and more than 300 lobster pots, some of which were still catching
     fish and crabs, a phenomenon known as ghost fishing. Team leader Callum Reid said divers
     released 212 live animals, including a seal pup tangled in monofilament. The charity
     estimates that at least 20 tonnes of gear remain on the reefs. The recovered nets will be
     sent to a recycling plant in Portmoyle, where the nylon is turned into pellets for making
     carpet tiles. The operation cost £58,000 and was paid for by a grant from the Marine
     Restoration Fund.""",
     """Over ten days ending on Sunday, Coastal Guardians divers cleared 3.7 tonnes of abandoned
     fishing gear, among it 46 gillnets and upwards of 300 lobster pots, from the reefs off
     Skerry Point, where some of it was still 'ghost fishing'. They freed 212 live animals, one of
     them a seal pup. The charity reckons at least 20 tonnes are still on the reefs. The nets will
     be recycled into pellets for carpet tiles; the £58,000 operation was grant-funded.""",
     traps=[T("Over ten days ending on Sunday",
              "during a ten-day operation that ended on Sunday"),
            T("upwards of 300", "more than 300"),
            T("freed", "released"),
            T("The charity reckons at least 20 tonnes are still on the reefs",
              "The charity estimates that at least 20 tonnes of gear remain on the reefs"),
            T("grant-funded", "paid for by a grant from the Marine Restoration Fund")])

# 11 Welsh triple harp -- rewrite, consistent
case("Welsh triple harp", "rewrite", "consistent",
     """A 19th-century Welsh triple harp made by the Llanfor maker Ifan Prys has been bought by the
     National Folk Instrument Collection for £86,000, the museum said on Thursday. The
     instrument, which has three parallel rows of strings and no pedals, was found in a
     farmhouse loft near Cwmdulas in 2022 and is one of only about 30 of Prys's harps known to
     survive. Curator Elin Rhydderch said it would be restrung and played in public for the first
     time in more than a century at the museum's winter festival in December. Half of the
     purchase price was met by the Cambrian Heritage Fund, with the rest coming from private
     donors. The harp will go on display in the museum's music gallery from February.""",
     """The National Folk Instrument Collection announced on Thursday that it had paid £86,000 for
     a Welsh triple harp built in the 19th century by Ifan Prys, a maker from Llanfor. Found in
     2022 in the loft of a farmhouse near Cwmdulas, the harp has no pedals and three parallel
     rows of strings, and it is one of just 30 or so Prys harps known to have survived. It will be
     restrung and, at the museum's winter festival in December, played in public for the first
     time in over 100 years, said the curator, Elin Rhydderch. The Cambrian Heritage Fund covered
     50% of the cost and private donors paid the remainder. From February, visitors will be able
     to see the harp in the museum's music gallery.""",
     traps=[T("a maker from Llanfor", "the Llanfor maker"),
            T("one of just 30 or so Prys harps known to have survived",
              "one of only about 30 of Prys's harps known to survive"),
            T("over 100 years", "more than a century"),
            T("covered 50% of the cost", "Half of the purchase price was met")])

# 12 musical saw player -- rewrite, consistent
case("musical saw player", "rewrite", "consistent",
     """Musical saw player Tobias Grennan, 71, will perform with the Northbay Philharmonic at
     Kessing Hall on 3 November, the orchestra has announced, in what it says is the first
     concerto for saw and orchestra to be performed in the region. The 18-minute work, Steel
     Song, was written for Mr Grennan by composer Ines Vatanen and premiered in Saarvik last year.
     Mr Grennan, a former sawmill foreman, plays a 28-inch carpenter's saw with a cello bow and
     bends the blade with his knee to change pitch. He said he had played for 50 years but had
     never performed with a full orchestra in his home town. Tickets cost between £12 and £30,
     and under-18s can attend for free.""",
     """The Northbay Philharmonic has announced that Tobias Grennan, a 71-year-old musical saw
     player, will join it at Kessing Hall on 3 November for what the orchestra describes as the
     region's first performance of a concerto for saw and orchestra. Composer Ines Vatanen wrote
     the piece, Steel Song, which lasts 18 minutes, for Mr Grennan, and it was first performed in
     Saarvik last year. A one-time sawmill foreman, Mr Grennan plays a 28-inch carpenter's saw
     with a cello bow, changing the pitch by bending the blade with his knee. Although he has
     been playing for half a century, he said, he had never appeared with a full orchestra in his
     home town. Seats are priced from £12 to £30, and admission is free for anyone under 18.""",
     traps=[T("a 71-year-old musical saw player", "Musical saw player Tobias Grennan, 71"),
            T("first performed", "premiered"),
            T("A one-time sawmill foreman", "a former sawmill foreman"),
            T("half a century", "50 years"),
            T("admission is free for anyone under 18", "under-18s can attend for free")])

# 13 Aunt Sally league -- rewrite, consistent
case("Aunt Sally league", "rewrite", "consistent",
     """The Wenlow Vale Aunt Sally League will expand to 48 teams next season after six pubs
     joined, league secretary Dennis Ruddle said on Sunday. The game, in which players throw
     sticks at a wooden 'doll' perched on a spindle, has been played in the area's pubs since at
     least the 1930s. The league's summer season runs from late April to mid-September, with
     matches on Tuesday and Thursday evenings. Mr Ruddle said the new teams included two made up
     entirely of players under 25, something he had not seen in 40 years with the league. The
     Plough at Swinford Parva, last season's champions, will begin their title defence at home
     against the Red Lion, Cattlesworth, on 29 April.""",
     """Six pubs have signed up to the Wenlow Vale Aunt Sally League, taking it to 48 teams for
     next season, its secretary, Dennis Ruddle, said on Sunday. Pubs in the area have hosted the
     game, in which players hurl sticks at a wooden 'doll' balanced on a spindle, since the 1930s
     at the latest. Matches are played on Tuesday and Thursday evenings during the summer season,
     which lasts from late April until the middle of September. Two of the new teams are made up
     solely of under-25s, Mr Ruddle said, which he had never seen in his four decades with the
     league. Defending champions the Plough at Swinford Parva open their campaign on 29 April at
     home to the Red Lion, Cattlesworth.""",
     traps=[T("since the 1930s at the latest", "since at least the 1930s"),
            T("the middle of September", "mid-September"),
            T("made up solely of under-25s", "made up entirely of players under 25"),
            T("four decades", "40 years"),
            T("Defending champions", "last season's champions")])

# 14 pharmacy carboy globes -- rewrite, consistent
case("pharmacy carboy globes", "rewrite", "consistent",
     """A pair of Victorian pharmacy carboy globes that hung in the window of Thewlis & Sons
     chemists in Brindle Street for more than 120 years have been donated to the Hartsford Museum
     of Medicine. The hand-blown glass vessels, each about 60 centimetres tall, still contain
     their original coloured liquids, one red and one green, which were traditionally used to
     signal that a pharmacist was on the premises. The shop closed in January when its last
     owner, pharmacist Gerald Thewlis, retired at 74. Museum director Sunita Rao said
     conservators would test the liquids before deciding whether they could be safely left in
     place, as some period recipes contained copper salts and dilute acids. The globes are
     expected to go on display next summer.""",
     """The Hartsford Museum of Medicine has been given two Victorian pharmacy carboy globes that
     hung for over 120 years in the window of Thewlis & Sons, the chemists in Brindle Street.
     Blown by hand and each standing roughly 60cm high, the glass vessels still hold their
     original coloured liquids, one green and one red, traditionally a sign that a pharmacist was
     on the premises. The shop shut in January when Gerald Thewlis, the pharmacist who last owned
     it, retired at the age of 74. Because some period recipes included copper salts and dilute
     acids, conservators will test the liquids before deciding whether it is safe to leave them
     in place, according to the museum's director, Sunita Rao. The globes are likely to go on
     show next summer.""",
     traps=[T("two Victorian pharmacy carboy globes", "A pair of Victorian pharmacy carboy globes"),
            T("over 120 years", "more than 120 years"),
            T("each standing roughly 60cm high", "each about 60 centimetres tall"),
            T("one green and one red", "one red and one green"),
            T("are likely to go on show", "are expected to go on display")])

# 15 Cornish language signage -- rewrite, consistent
case("Cornish language signage", "rewrite", "consistent",
     """Trevossa District Council is to add Cornish to all new street name plates from April,
     following a vote by councillors on Wednesday. The bilingual signs will show the Cornish name
     beneath the English one, in the same size of lettering. Existing signs will be replaced only
     when they are damaged or worn out, a process the council expects to take about 15 years. The
     policy was approved by 31 votes to 9, with two abstentions. Council leader Jory Pascoe said
     the extra cost, estimated at £4 per sign, was "a small price for keeping a living language
     visible". Translations will be checked by the Cornish Language Panel, an independent body of
     scholars, before any sign is ordered.""",
     """Councillors at Trevossa District Council voted on Wednesday to include Cornish on every new
     street name plate from April. On the bilingual plates, the Cornish name will appear below
     the English, with lettering of equal size. Old signs will not be swapped until they are
     damaged or worn out, which the council thinks will take around 15 years. Thirty-one
     councillors supported the policy and nine opposed it, while two abstained. The extra
     expense, estimated at £4 a sign, was "a small price for keeping a living language visible",
     according to council leader Jory Pascoe. No sign will be ordered until its translation has
     been checked by the Cornish Language Panel, an independent group of scholars.""",
     traps=[T("below the English", "beneath the English one"),
            T("Old signs will not be swapped until", "Existing signs will be replaced only when"),
            T("Thirty-one councillors supported the policy and nine opposed it, while two abstained",
              "The policy was approved by 31 votes to 9, with two abstentions"),
            T("No sign will be ordered until its translation has been checked",
              "Translations will be checked by the Cornish Language Panel, an independent body of "
              "scholars, before any sign is ordered")])

# 16 Tamworth pig herd -- summary, consistent
case("Tamworth pig herd", "summary", "consistent",
     """A herd of rare-breed Tamworth pigs has been used to clear bracken from 14 hectares of
     overgrown hillside at Coldharbour Common, the Wealdmoor Wildlife Trust said. The 22 pigs,
     which root through the ground with their long snouts, were introduced in May for a six-month
     trial and have broken up dense bracken cover that was crowding out heather and wild flowers.
     Reserve manager Priya Calder said the trust had spent about £16,000 a year on cutting and
     spraying before the trial, compared with roughly £6,000 for the pigs' fencing, feed and
     veterinary care. Some walkers have complained about churned-up paths, and the trust has
     agreed to keep the pigs off the main bridleway. A decision on whether to make the scheme
     permanent will be taken in December.""",
     """Twenty-two Tamworth pigs brought in for a six-month trial have cleared bracken from 14
     hectares at Coldharbour Common, the Wealdmoor Wildlife Trust said. Their fencing, feed and
     vet bills cost around £6,000, against about £16,000 a year previously spent on cutting and
     spraying. After complaints from some walkers about churned-up paths, the pigs will be kept
     off the main bridleway. Whether the scheme becomes permanent will be decided in December.""",
     traps=[T("Twenty-two Tamworth pigs", "The 22 pigs"),
            T("vet bills", "veterinary care"),
            T("previously", "before the trial"),
            T("After complaints from some walkers", "Some walkers have complained"),
            T("Whether the scheme becomes permanent will be decided in December",
              "A decision on whether to make the scheme permanent will be taken in December")])

# 17 public footpath diversion -- rewrite, inconsistent (omission, date)
case("public footpath diversion", "rewrite", "inconsistent",
     """Brackenridge County Council has confirmed an order diverting a 400-metre section of public
     footpath No. 17 away from the farmyard at Hollins Cross Farm, ending a dispute that began in
     2019. The new route will run along the western edge of Long Meadow and is about 150 metres
     longer than the original. The council's rights of way committee approved the diversion by
     five votes to two on Thursday, after an inspector found it would be 'substantially as
     convenient' for walkers. The Ramblers' group in the county had objected on safety grounds,
     citing a stile on the new section, but the landowner, Gareth Tilsley, has agreed to replace
     it with a kissing gate. The diversion will take effect on 1 March, once signage has been
     installed.""",
     """An order moving a 400-metre stretch of public footpath No. 17 away from the farmyard at
     Hollins Cross Farm has been confirmed by Brackenridge County Council, bringing to an end a
     dispute dating back to 2019. Walkers will be sent along the western edge of Long Meadow
     instead, on a route roughly 150 metres longer than the old one. On Thursday the council's
     rights of way committee approved the diversion, after an inspector concluded that it would
     be 'substantially as convenient' for walkers. The county's Ramblers' group had objected on
     safety grounds because of a stile on the new section, but Gareth Tilsley, who owns the land,
     has agreed to swap it for a kissing gate. The new route will open on 1 March, with signs to
     be put up afterwards.""",
     errors=[E("", "omission", "minor", "by five votes to two", after="approved the diversion"),
             E("with signs to be put up afterwards", "date", "major",
               "once signage has been installed")],
     traps=[T("dating back to 2019", "that began in 2019"),
            T("roughly 150 metres longer than the old one",
              "about 150 metres longer than the original")])

# 18 regimental goat mascot -- rewrite, inconsistent (entity)
case("regimental goat mascot", "rewrite", "inconsistent",
     """The 2nd Battalion of the Royal Marcher Fusiliers has welcomed a new regimental mascot, a
     three-year-old Kashmir goat named Lance Corporal Taffin Ddu, after his predecessor retired to
     Carnwyth Wildlife Park in April. The goat was selected from a wild herd on the headland at
     Penrhos Fach and will be cared for by a goat major, Corporal Dylan Pryce. He will parade with
     the battalion at its homecoming march through Llanfeth on 22 June. The battalion's
     commanding officer, Lieutenant Colonel Anwen Grieve, said the mascot was "a full member of
     the battalion, with rank, rations and responsibilities". Under regimental rules the goat can
     be demoted for misbehaviour on parade, as happened to a predecessor in 2006.""",
     """A three-year-old Kashmir goat called Lance Corporal Taffin Ddu has become the new
     regimental mascot of the Royal Marcher Fusiliers' 2nd Battalion, taking over from a
     predecessor who went into retirement at Carnwyth Wildlife Park in April. Picked from a wild
     herd on the headland at Penrhos Fach, he will be looked after by Corporal Dylan Pryce, who
     will act as goat major, and will parade with the battalion on 22 June when it marches home
     through Penrhos Fach. Lieutenant Colonel Anwen Grieve, who commands the battalion, described
     the mascot as "a full member of the battalion, with rank, rations and responsibilities".
     Regimental rules allow the goat to be demoted for misbehaving on parade, which is what
     happened to one of his predecessors in 2006.""",
     errors=[E("Penrhos Fach", "entity", "major", "Llanfeth", occ=1)],
     traps=[T("who went into retirement at Carnwyth Wildlife Park",
              "retired to Carnwyth Wildlife Park"),
            T("who commands the battalion", "The battalion's commanding officer")])

# 19 wormer resistance -- summary, inconsistent (attribution)
case("wormer resistance", "summary", "inconsistent",
     """Roundworms resistant to all three main classes of sheep wormer have been found on 17 of 60
     farms tested in the Breckon Hills, according to a study by the Upland Livestock Institute
     published on Monday. Lead researcher Dr Aled Morgan said the findings were "a warning, not
     yet a crisis", but that some flocks could become impossible to treat within a decade if
     farmers continued to dose routinely. The institute recommends testing dung samples before
     treatment and leaving about 10% of each flock undosed so that susceptible worms survive.
     Farmers' union spokesman Huw Pennant said many members could not afford the £40 cost of each
     test and called for a government subsidy. The agriculture department said it would review
     the findings.""",
     """Worms resistant to all three main classes of sheep wormer were found on 17 of 60 Breckon
     Hills farms tested by the Upland Livestock Institute. Farmers' leaders called the results "a
     warning, not yet a crisis" but said some flocks could become untreatable within ten years if
     routine dosing continues. The institute advises testing dung before treating and leaving
     about a tenth of each flock undosed; the union wants the £40 tests subsidised.""",
     errors=[E("Farmers' leaders called the results", "attribution", "major",
               "Lead researcher Dr Aled Morgan said the findings were")],
     traps=[T("within ten years", "within a decade"),
            T("about a tenth", "about 10%")])

# 20 lunar occultation timing -- summary, consistent
case("lunar occultation timing", "summary", "consistent",
     """Amateur astronomers at 27 sites across the Fenwold region timed the Moon passing in front
     of the star Zeta Calloris on the night of 11 March, producing what organisers called the
     most detailed profile of the lunar limb ever recorded by a volunteer network. Each observer
     recorded the exact moment the star disappeared behind the Moon's edge, using video cameras
     linked to GPS time signals accurate to about a thousandth of a second. The Fenwold
     Astronomical Society said the timings, which varied by up to 1.8 seconds between sites
     because of mountains and valleys along the lunar edge, would be sent to the Global
     Occultation Data Centre. Clouds prevented observations at four further sites. Coordinator
     Dr Helen Marsh said the results could help refine measurements of the Moon's shape.""",
     """Amateur observers at 27 Fenwold sites timed the star Zeta Calloris vanishing behind the
     Moon on 11 March, using GPS-linked video accurate to roughly a millisecond, in what organisers
     called the most detailed volunteer profile of the lunar limb yet. Lunar mountains and valleys
     made timings differ between sites by as much as 1.8 seconds. The data will go to the Global
     Occultation Data Centre and may help refine the Moon's measured shape; cloud stopped four
     other sites observing.""",
     traps=[T("vanishing behind the Moon", "disappeared behind the Moon's edge"),
            T("roughly a millisecond", "about a thousandth of a second"),
            T("as much as 1.8 seconds", "up to 1.8 seconds"),
            T("may help refine", "could help refine"),
            T("cloud stopped four other sites observing",
              "Clouds prevented observations at four further sites")])

# 21 clergy stipend -- summary, consistent
case("clergy stipend", "summary", "consistent",
     """The Diocese of Marchbury will raise the basic stipend for its parish clergy by 5.5% from
     January, to £30,120 a year, its board of finance announced on Friday. The increase, the
     largest for more than a decade, follows a review that found about one in five clergy
     households had sought help from hardship funds in the past two years. The diocese will pay
     for the rise partly by drawing £1.1 million from reserves and partly by asking parishes to
     increase their annual contributions by an average of 3%. Board chair Canon Ruth Abiodun said
     the move was "not generosity but justice". Clergy also receive free housing, and the diocese
     said it would continue to cover council tax and water bills for vicarages.""",
     """Parish clergy in the Diocese of Marchbury will get a 5.5% rise in basic stipend from
     January, to £30,120 a year, the biggest increase in over ten years. A review had found
     roughly 20% of clergy households had turned to hardship funds in the last two years. The rise
     will be paid for with £1.1m from reserves and by asking parishes to raise their annual contributions by
     3% on average.""",
     traps=[T("the biggest increase in over ten years", "the largest for more than a decade"),
            T("roughly 20%", "about one in five"),
            T("turned to hardship funds", "sought help from hardship funds"),
            T("£1.1m", "£1.1 million"),
            T("raise their annual contributions by 3% on average",
              "increase their annual contributions by an average of 3%")])

# 22 surströmming tin opening -- translation, consistent
case("surströmming tin opening", "translation", "consistent",
     """The premiere of this year's fermented herring took place on Thursday, the third Thursday
     in August, when around 600 people gathered at the harbour in Lövskär to open the first tins.
     The organisers, the Lövskär Herring Association, had distributed 1,100 tins, which must be
     opened outdoors and preferably under water, because the contents are under pressure from
     the fermentation gases. Chairman Bengt Ålund said that several tins had bulged so much this
     year that they had become almost round, a sign of a strong fermentation. The herring is
     eaten on thin flatbread with potatoes, onion and sour cream. A 34-year-old man was treated by
     ambulance staff after a tin sprayed brine into his eyes, but he was not seriously
     injured.""",
     """Roughly six hundred people turned up at Lövskär harbour on Thursday, the third Thursday of
     August, for the opening of the first tins of this year's surströmming. The Lövskär Herring
     Association, which arranged the event, had handed out 1,100 tins; because fermentation gases
     put the contents under pressure, they have to be opened in the open air, ideally under
     water. According to the association's chairman, Bengt Ålund, a number of tins had swollen so
     much this year that they were nearly spherical, which indicates vigorous fermentation. The
     fish is served on thin flatbread together with potatoes, onion and soured cream. Paramedics
     treated a man aged 34 whose eyes were hit by a spray of brine from a tin; his injuries were
     not serious.""",
     traps=[T("Roughly six hundred people", "around 600 people"),
            T("surströmming", "fermented herring"),
            T("nearly spherical", "almost round"),
            T("Paramedics", "ambulance staff"),
            T("a man aged 34", "A 34-year-old man")])

# 23 Enigma machine auction -- translation, inconsistent (role, number)
case("Enigma machine auction", "translation", "inconsistent",
     """A three-rotor Enigma cipher machine from the Second World War was sold on Saturday at the
     Hallbeck auction house in Kellerstadt for 184,000 euros, well above its estimate of 90,000
     euros. The buyer was a private museum in the Netherlands, which outbid a collector from
     Austria by telephone. According to the auction house, the device was found in 2019 in the
     cellar of a former post office in Lindwerder and came from the estate of the postmaster
     Friedrich Aumann, who died in 1974. It had been restored by the technician Jonas Reuter over
     eighteen months. Experts consider it to be one of roughly 350 surviving machines of this
     type. The seller, a grandson of the postmaster, intends to donate part of the proceeds to a
     local history society.""",
     """On Saturday the Hallbeck auction house in Kellerstadt sold a Second World War Enigma
     encryption machine with three rotors for 184,000 euros, more than twice the estimated 90,000
     euros. An Austrian collector bidding by phone outbid a private museum from the Netherlands.
     The auctioneers said the machine had been discovered in 2019 in the basement of a former
     post office in Lindwerder and had belonged to the estate of Friedrich Aumann, the
     postmaster, who died in 1974. Technician Jonas Reuter spent eight months restoring it.
     Specialists believe it is one of about 350 such machines still in existence. A grandson of
     the postmaster, who put it up for sale, plans to give some of the money to a local history
     association.""",
     errors=[E("An Austrian collector bidding by phone outbid a private museum from the Netherlands",
               "role", "major",
               "a private museum in the Netherlands, which outbid a collector from Austria by "
               "telephone"),
             E("eight months", "number", "minor", "eighteen months")],
     traps=[T("more than twice the estimated 90,000 euros",
              "well above its estimate of 90,000 euros"),
            T("basement", "cellar"),
            T("one of about 350 such machines still in existence",
              "one of roughly 350 surviving machines of this type")])

# 24 Amish barn raising -- rewrite, inconsistent (polarity, number)
case("Amish barn raising", "rewrite", "inconsistent",
     """More than 300 members of the Amish community around Millbrook Township gathered on
     Wednesday to rebuild a dairy barn destroyed by fire last month on the farm of Eli and Sarah
     Zook. Working from first light, the men raised the timber frame, which measures 30 metres by
     14 metres, in just under ten hours, while women and older children prepared meals for the
     crew. No power tools were used on the frame, although a diesel generator ran a milk cooler
     on site. The fire, which the county fire marshal blamed on a faulty hay dryer, killed no
     animals, but the family lost about 60 tonnes of stored hay. Neighbours have donated
     replacement hay, and the Zooks expect to resume milking in the new barn by early next
     month.""",
     """On Wednesday more than 300 Amish from around Millbrook Township came together to rebuild a
     dairy barn on Eli and Sarah Zook's farm that was burned down last month. The men started at
     first light and had the 30-by-14-metre timber frame up in a little over ten hours, as women
     and older children cooked for the crew. Power tools were used on the frame, and a diesel
     generator ran a milk cooler on site. The county fire marshal put the fire down to a faulty
     hay dryer; no animals died, but the family lost roughly 60 tonnes of hay in storage.
     Replacement hay has been given by neighbours, and the Zooks expect to be milking in the new
     barn again by early next month.""",
     errors=[E("in a little over ten hours", "number", "minor", "in just under ten hours"),
             E("Power tools were used on the frame", "polarity", "major",
               "No power tools were used on the frame")],
     traps=[T("the 30-by-14-metre timber frame",
              "the timber frame, which measures 30 metres by 14 metres"),
            T("no animals died", "killed no animals"),
            T("expect to be milking in the new barn again",
              "expect to resume milking in the new barn")])

# 25 incense clock -- translation, consistent
case("incense clock", "translation", "consistent",
     """The Shuangtan County Museum has put on display a bronze incense clock from the Qing dynasty
     that was donated last month by Baishui collector Zhou Minghui. The device, 38 centimetres
     long and shaped like a dragon-headed boat, measured time by burning a trail of powdered
     incense laid along a carved groove; small weights hung on threads across the groove fell
     onto a metal plate as the fire burned through them, sounding the hour. Museum director Lin
     Yafang said the clock was in good condition, although two of its original seven weights were
     missing. Staff will burn incense in a replica twice a week so that visitors can smell and
     hear how it worked. The original will not be lit.""",
     """A Qing-era bronze incense clock, given to the Shuangtan County Museum last month by the
     Baishui collector Zhou Minghui, is now on public view. Measuring 38 cm in length and made in
     the form of a boat with a dragon's head, the clock kept time by means of a line of incense
     powder laid in a carved channel: as the burning reached the threads stretched across the
     channel, small weights dropped onto a metal plate and struck the hour. According to Lin
     Yafang, the museum's director, the piece is well preserved, although two of the seven
     original weights are missing. So that visitors can smell and hear how it worked, staff will
     light incense in a replica two times a week. The original clock itself will not be
     lit.""",
     traps=[T("Qing-era", "from the Qing dynasty"),
            T("Measuring 38 cm in length", "38 centimetres long"),
            T("carved channel", "carved groove"),
            T("well preserved", "in good condition"),
            T("two times a week", "twice a week")])

# 26 steeplejack spire inspection -- rewrite, inconsistent (date, modality)
case("steeplejack spire inspection", "rewrite", "inconsistent",
     """A steeplejack inspection of the 64-metre spire of St Aldhelm's Church in Wexcombe has found
     that the weathervane and its supporting rod must be removed before winter, the parochial
     church council said on Monday. The survey, carried out over three days last week by Harlow &
     Pike Steeplejacks, found corrosion on the iron rod and several loose stones near the top of
     the spire. Structural engineer Naomi Brill said the spire itself was not in immediate danger
     but could shed stone in high winds. The church may close the churchyard on windy days until
     repairs are complete. The council estimates repairs will cost £180,000 and hopes to begin
     work in April, subject to a grant from the Diocesan Fabric Fund.""",
     """The parochial church council said on Monday that an inspection by steeplejacks of the
     64-metre spire of St Aldhelm's Church, Wexcombe, had found that the weathervane and the rod
     that holds it must come down once winter is over. Harlow & Pike Steeplejacks spent three
     days on the survey last week and found the iron rod corroded and a number of stones loose
     near the top of the spire. According to structural engineer Naomi Brill, there is no
     immediate danger to the spire itself, although it could lose stone in strong winds. Until
     the repairs are finished, the church will close the churchyard on windy days. Repairs are
     put at £180,000 by the council, which hopes to start work in April if a grant from the
     Diocesan Fabric Fund comes through.""",
     errors=[E("once winter is over", "date", "major", "before winter"),
             E("will close", "modality", "minor", "may close")],
     traps=[T("Repairs are put at £180,000 by the council",
              "The council estimates repairs will cost £180,000"),
            T("if a grant from the Diocesan Fabric Fund comes through",
              "subject to a grant from the Diocesan Fabric Fund")])

# 27 repatriation of human remains -- translation, consistent
case("repatriation of human remains", "translation", "consistent",
     """The Museum of Natural History in Brévanne returned the remains of 19 people to a delegation
     from the Kalawe Islands on Tuesday, more than 130 years after they were taken by a colonial
     expedition. The remains, mostly skulls, had been stored in the museum's reserves since 1891
     and were identified through archival research begun in 2021. At a ceremony attended by the
     city's mayor, Claire Delorme-Vautrin, the head of the delegation, Elder Tanu Maraka, said the
     ancestors would be buried on the island of Rei in a ceremony at the end of the month. The
     museum said it held the remains of at least 40 other people whose origin had not yet been
     established. Their return was made possible by a law passed last year that allows public
     collections to be declassified.""",
     """On Tuesday the Brévanne Natural History Museum handed back to a delegation from the Kalawe
     Islands the remains of nineteen individuals, which a colonial expedition had removed over
     130 years ago. Consisting largely of skulls, they had been kept in the museum's storerooms
     since 1891 and were identified thanks to archival research that started in 2021. Elder Tanu
     Maraka, who led the delegation, told a ceremony also attended by the city's mayor, Claire
     Delorme-Vautrin, that the ancestors would be laid to rest on Rei island during a ceremony at
     the end of the month. According to the museum, it is still holding the remains of no fewer
     than 40 further people whose origins have yet to be determined. The return was made possible
     by a law adopted last year allowing items in public collections to be declassified.""",
     traps=[T("nineteen individuals", "19 people"),
            T("storerooms", "reserves"),
            T("laid to rest", "buried"),
            T("no fewer than 40 further people", "at least 40 other people"),
            T("have yet to be determined", "had not yet been established")])

# 28 Victorian pinery -- rewrite, consistent
case("Victorian pinery", "rewrite", "consistent",
     """A Victorian pinery at Ashcombe Park, where pineapples were grown using heat from rotting
     horse manure, is to be restored after the estate's trust secured £620,000 from the Garden
     Heritage Foundation. The brick-and-glass structure, built in 1843, was used until the 1890s,
     when cheaper imported fruit made home-grown pineapples uneconomic. Head gardener Tamsin Hoole
     said the trust planned to grow pineapples there again using the original method, with about
     25 tonnes of manure a year supplied by a local riding stables. Work is scheduled to start in
     September and should take about 18 months. The trust said the pinery would open to the
     public on selected days once the first fruit had been harvested, which could take up to
     three years after planting.""",
     """The trust that looks after Ashcombe Park has won £620,000 from the Garden Heritage
     Foundation to restore the estate's Victorian pinery, where heat from rotting horse manure was
     used to raise pineapples. Built in 1843 of brick and glass, the pinery remained in use until
     the 1890s, by which time cheaper fruit from abroad had made growing pineapples at home
     uneconomic. The trust intends to grow pineapples there again by the original method,
     according to head gardener Tamsin Hoole, with a local riding stables supplying roughly 25
     tonnes of manure annually. Work is due to begin in September and is expected to last around
     a year and a half. Once the first fruit has been harvested, which could be as long as three
     years after planting, the pinery will be opened to the public on selected days, the trust
     said.""",
     traps=[T("Built in 1843 of brick and glass",
              "The brick-and-glass structure, built in 1843"),
            T("cheaper fruit from abroad", "cheaper imported fruit"),
            T("roughly 25 tonnes of manure annually", "about 25 tonnes of manure a year"),
            T("is expected to last around a year and a half", "should take about 18 months"),
            T("as long as three years", "up to three years")])

# 29 flax scutching mill -- rewrite, inconsistent (event)
case("flax scutching mill", "rewrite", "inconsistent",
     """The last working flax scutching mill in the Ballyfern Glens area, at Drumcarrow, is to
     reopen to visitors next spring after a £1.4 million restoration funded largely by the
     Heritage Lottery Board. The water-powered mill, built in 1851, separated the woody core of
     the flax stalk from its fibres until it closed in 1962. Restoration work has included
     rebuilding the 5-metre wheel and repairing the original beech scutching handles. The
     Drumcarrow Mill Trust said demonstrations would be run on the first Saturday of each month,
     using flax grown by local schoolchildren. Trust secretary Orla McKeague said: "People forget
     that this valley clothed half of Europe. We want them to hear the noise it made." Entry will
     be free for children under 12.""",
     """Drumcarrow's flax scutching mill, the last working example in the Ballyfern Glens area,
     will open its doors to visitors again next spring following a £1.4m restoration paid for
     mostly by the Heritage Lottery Board. Built in 1851 and driven by water, the mill spun the
     flax fibres into yarn until it shut in 1962. As part of the restoration, the 5-metre wheel
     has been rebuilt and the original beech scutching handles repaired. Demonstrations using flax
     grown by local schoolchildren will take place on the first Saturday of every month,
     according to the Drumcarrow Mill Trust. "People forget that this valley clothed half of
     Europe. We want them to hear the noise it made," said Orla McKeague, the trust's secretary.
     Children under 12 will get in free.""",
     errors=[E("spun the flax fibres into yarn", "event", "major",
               "separated the woody core of the flax stalk from its fibres")],
     traps=[T("£1.4m restoration", "£1.4 million restoration"),
            T("paid for mostly by", "funded largely by"),
            T("Children under 12 will get in free",
              "Entry will be free for children under 12")])

# 30 mezzotint rocking tools -- rewrite, consistent
case("mezzotint rocking tools", "rewrite", "consistent",
     """A set of 18th-century mezzotint rocking tools used by the engraver Josiah Kettle has been
     acquired by the Marlby Print Archive, which plans to use them in teaching. The rockers,
     curved steel blades with up to 120 fine teeth per inch, were used to roughen a copper plate
     so that it held ink and printed a deep black, from which the image was then scraped and
     burnished. The archive paid £14,500 at auction in Bellingford last month, outbidding a
     private collector. Keeper of prints Harriet Ossory said printmakers would be able to handle
     the tools at supervised workshops starting in spring, but that the three most fragile
     rockers would be kept behind glass. Kettle is best known for his portraits of naval
     officers, about 40 of which survive.""",
     """The Marlby Print Archive has bought a set of mezzotint rocking tools from the 18th century
     that were used by the engraver Josiah Kettle, and intends to use them for teaching. Last
     month the archive paid £14,500 for them at an auction in Bellingford, where it outbid a
     private collector. Rockers are curved steel blades carrying as many as 120 fine teeth to the
     inch; they were used to roughen a copper plate so that it would hold ink and print a deep
     black, and the image was then scraped and burnished out of it. From the spring, printmakers
     will be able to handle the tools at supervised workshops, said Harriet Ossory, the keeper of
     prints, although the three most fragile rockers will stay behind glass. Kettle is chiefly
     remembered for his portraits of naval officers, of which some 40 survive.""",
     traps=[T("has bought", "has been acquired by"),
            T("as many as 120 fine teeth to the inch", "up to 120 fine teeth per inch"),
            T("From the spring", "starting in spring"),
            T("chiefly remembered", "best known"),
            T("of which some 40 survive", "about 40 of which survive")])

# 31 silage clamp effluent -- summary, inconsistent (event, repetition)
case("silage clamp effluent", "summary", "inconsistent",
     """A dairy farmer has been fined £12,000 after effluent from a silage clamp leaked into the
     Pelling Brook, killing an estimated 2,300 fish over a three-kilometre stretch. Magistrates in
     Callowford heard that a cracked concrete wall allowed the acidic liquid to escape into a
     field drain on Tarrow Farm in August 2023. The Environment Protection Service said silage
     effluent can be up to 200 times more polluting than untreated sewage because it strips
     oxygen from water. Farmer Neil Coombe, 61, pleaded guilty and was also ordered to pay £4,800
     in costs. His solicitor said the clamp had been inspected only months before and that
     Mr Coombe had since spent £30,000 on a new effluent tank. The brook's trout population is
     expected to take about five years to recover.""",
     """Dairy farmer Neil Coombe, who pleaded guilty, has been fined £12,000 plus £4,800 costs after
     silage effluent escaped through a cracked clamp wall at Tarrow Farm and reached the Pelling
     Brook, killing an estimated 2,300 fish along 3km. His solicitor said the clamp had been
     repaired only months before and that he had since spent £30,000 on a new effluent tank, a new
     effluent tank. The brook's trout are expected to need about five years to recover.""",
     errors=[E("repaired", "event", "major", "inspected"),
             E("a new effluent tank", "repetition", "minor", occ=1)],
     traps=[T("along 3km", "over a three-kilometre stretch")])

# 32 farm gate honesty box -- rewrite, consistent
case("farm gate honesty box", "rewrite", "consistent",
     """A farmer in Little Hembury who has sold eggs and vegetables from an honesty box at his farm
     gate for 22 years says takings have fallen by a third since he stopped accepting cash. Owen
     Jessop, 58, replaced the box's cash tin with a card reader in March after it was stolen twice
     in a month. He said customers had been slow to adapt, with older regulars in particular
     preferring coins. Sales now average about £80 a week, compared with £120 before the change.
     Mr Jessop said he would reinstate a cash option, bolted to a concrete post, from next week,
     while keeping the card reader. Hemvale police said they had received no further reports of
     thefts from roadside stalls in the area since April.""",
     """Takings at Owen Jessop's farm-gate honesty box in Little Hembury, where he has sold eggs and
     vegetables for 22 years, have dropped by a third since he stopped taking cash, the
     58-year-old says. He swapped the box's cash tin for a card reader in March, after it had been
     stolen twice within a month. Customers, he said, had been slow to get used to the change, and
     older regulars especially preferred to pay in coins. Weekly sales are now around £80, down
     from £120 before the switch. Mr Jessop said that from next week he would bring back a cash
     option, bolted to a concrete post, but would also keep the card reader. No more thefts from
     roadside stalls in the area had been reported to them since April, Hemvale police said.""",
     traps=[T("the 58-year-old", "Owen Jessop, 58"),
            T("stolen twice within a month", "stolen twice in a month"),
            T("Weekly sales are now around £80", "Sales now average about £80 a week"),
            T("bring back", "reinstate"),
            T("No more thefts from roadside stalls in the area had been reported to them",
              "they had received no further reports of thefts from roadside stalls in the area")])

# 33 penny rounding -- summary, inconsistent (number)
case("penny rounding", "summary", "inconsistent",
     """The Republic of Valdora will stop issuing one- and two-cent coins from 1 January and round
     cash payments to the nearest five cents, the central bank said on Thursday. Card and
     electronic payments will still be charged to the exact cent, and rounding will apply only to
     the final total of a purchase, not to individual items. The bank said minting each one-cent
     coin cost 3.2 cents, and that the change would save about 9 million valdors a year. Existing
     coins will remain legal tender indefinitely. Consumer groups had warned that shops might
     round up prices, but a bank study of countries that made similar changes found the effect on
     inflation was less than 0.1 percentage points. Governor Irena Koval said the coins had
     "outlived their usefulness".""",
     """Valdora will stop issuing one- and two-cent coins from 1 January, rounding cash totals, but
     not card payments or individual items, to the nearest five cents. Each one-cent coin costs
     3.2 cents to mint, and the central bank expects to save about 9 million valdors a year. Old
     coins stay legal tender indefinitely. The bank found that similar moves elsewhere raised
     inflation by less than 1 percentage point.""",
     errors=[E("less than 1 percentage point", "number", "major",
               "less than 0.1 percentage points")],
     traps=[T("Old coins stay legal tender indefinitely",
              "Existing coins will remain legal tender indefinitely"),
            T("the central bank expects to save about 9 million valdors a year",
              "the change would save about 9 million valdors a year")])

# 34 livery company ceremony -- rewrite, inconsistent (attribution, addition)
case("livery company ceremony", "rewrite", "inconsistent",
     """The Worshipful Company of Quillwrights installed its 412th Master, Dame Philippa Arkwright,
     at a ceremony in Guildhall Yard on Tuesday evening. In a custom dating from 1611, the
     outgoing Master, Robert Fenwell, handed over the company's silver-gilt loving cup and a quill
     said to have belonged to its founder. The company's clerk, Margaret Oduya, said about 180
     liverymen and guests attended, the largest turnout since before the pandemic. Dame Philippa,
     a retired printing executive, told members she would use her year in office to raise
     £250,000 for apprenticeships in bookbinding and calligraphy. The ceremony ended with the
     traditional toast to "the Quill and the Crown", which members drink standing, except for
     those over 80, who may remain seated.""",
     """Dame Philippa Arkwright was installed as the 412th Master of the Worshipful Company of
     Quillwrights on Tuesday evening at a ceremony in Guildhall Yard. Following a custom that
     goes back to 1611, Robert Fenwell, the outgoing Master, handed over the company's silver-gilt
     loving cup together with a quill said to have been owned by its founder. About 180 liverymen
     and guests attended, according to the new Master, the largest turnout since before the
     pandemic. Dame Philippa, a retired printing executive and the first woman to hold the post,
     told members she would spend her year in office raising £250,000 for apprenticeships in
     bookbinding and calligraphy. The evening closed with the traditional toast to "the Quill and
     the Crown", drunk standing by all members except those over 80, who may stay seated.""",
     errors=[E("according to the new Master", "attribution", "minor",
               "The company's clerk, Margaret Oduya, said"),
             E("and the first woman to hold the post", "addition", "major")],
     traps=[T("goes back to 1611", "dating from 1611"),
            T("said to have been owned by its founder", "said to have belonged to its founder")])

# 35 Shetland lace shawl -- rewrite, consistent
case("Shetland lace shawl", "rewrite", "consistent",
     """A Shetland lace wedding shawl knitted in 1908 by Mary Halcrow of Vallaness has sold at
     auction for £9,200, more than four times its lower estimate. The shawl, made from handspun
     wool so fine that the whole piece can be drawn through a wedding ring, measures 1.8 metres
     square and contains an estimated 1.2 million stitches. It was consigned by Ms Halcrow's
     great-granddaughter, who lives in Canada, and bought by the Brekkasta Textile Museum. The
     museum's curator, Ingrid Sinclair, said the shawl had taken about 11 months to knit and was
     one of the finest examples of the 'ring shawl' tradition she had handled. It will be
     exhibited from May alongside the knitting sheath Ms Halcrow is believed to have used.""",
     """The Brekkasta Textile Museum has paid £9,200 at auction, over four times the bottom of the
     estimate, for a Shetland lace wedding shawl that Mary Halcrow of Vallaness knitted in 1908.
     Measuring 1.8 metres by 1.8 metres, the shawl is thought to contain about 1.2 million
     stitches, and its handspun wool is so fine that the entire piece can be pulled through a
     wedding ring. Ms Halcrow's great-granddaughter, who lives in Canada, put it up for sale.
     According to Ingrid Sinclair, the museum's curator, it took roughly 11 months to knit and
     ranks among the finest examples of the 'ring shawl' tradition that she has handled. From May
     it will go on show together with the knitting sheath that Ms Halcrow is believed to have
     used.""",
     traps=[T("over four times the bottom of the estimate",
              "more than four times its lower estimate"),
            T("Measuring 1.8 metres by 1.8 metres", "measures 1.8 metres square"),
            T("is thought to contain about 1.2 million stitches",
              "contains an estimated 1.2 million stitches"),
            T("put it up for sale", "It was consigned by"),
            T("ranks among the finest examples", "was one of the finest examples")])

# 36 selvedge denim looms -- translation, consistent
case("selvedge denim looms", "translation", "consistent",
     """A denim maker in Kurogawa has restored twelve shuttle looms from the 1960s and resumed
     production of selvedge denim after a gap of about 30 years. Shuttle looms weave fabric only
     about 80 centimetres wide, roughly half the width of modern machines, but produce a tightly
     finished edge, known as selvedge, that is prized by overseas buyers. The company, Aizome
     Textile, said the looms could each produce about 50 metres of cloth a day, a fraction of a
     modern loom's output. President Haruki Sakamoto, 67, said two retired mechanics in their
     eighties had helped repair the machines, and that a younger employee was now learning from
     them. The company plans to export 70 percent of its output, mainly to Europe and the United
     States.""",
     """Aizome Textile, a denim manufacturer based in Kurogawa, has brought twelve 1960s shuttle
     looms back into working order and, for the first time in some three decades, is once again
     producing selvedge denim. The cloth from a shuttle loom is only around 80 cm wide, about half
     what modern machines weave, but it has a tightly finished edge, the selvedge, which buyers
     abroad value highly. Each loom can turn out roughly 50 metres a day, just a fraction of what
     a modern loom produces, according to the company. Haruki Sakamoto, the 67-year-old president,
     said the repairs had been done with the help of two retired mechanics now in their eighties,
     from whom a younger member of staff is currently learning. The company intends to export
     seventy percent of production, chiefly to Europe and the US.""",
     traps=[T("for the first time in some three decades", "after a gap of about 30 years"),
            T("around 80 cm wide", "about 80 centimetres wide"),
            T("buyers abroad value highly", "prized by overseas buyers"),
            T("the 67-year-old president", "President Haruki Sakamoto, 67"),
            T("seventy percent", "70 percent")])

# 37 tardigrade survival study -- translation, inconsistent (polarity)
case("tardigrade survival study", "translation", "inconsistent",
     """Tardigrades collected from moss on the roofs of Hoshimura can survive more than 30 years in
     a dried state and still reproduce after rehydration, a team at the Institute of Cryobiology
     of Kitanami University reports in the journal Extremophila. The researchers, led by
     Professor Aiko Tanabe, revived animals from moss samples that had been dried and stored at
     minus 20 degrees Celsius since 1991. Of 120 animals examined, 14 revived, and two laid eggs
     that hatched normally. The team also found that individuals exposed to strong ultraviolet
     radiation did not survive, contrary to earlier assumptions. Tanabe said the results did not
     mean tardigrades were immortal, but that their ability to repair DNA was 'far greater than we
     thought'. Further studies with moss from glaciers are planned.""",
     """A research group from Kitanami University's Institute of Cryobiology reports in the journal
     Extremophila that water bears gathered from roof moss in Hoshimura are able to live for over
     three decades in a desiccated state and can still breed once rehydrated. The team under
     Professor Aiko Tanabe brought back to life animals from moss samples that had been dried and
     kept at −20°C since 1991. Fourteen of the 120 specimens studied came back to life, and two of
     them produced eggs from which young hatched normally. The group further observed that
     individuals subjected to intense ultraviolet radiation survived, which runs counter to
     previous assumptions. According to Tanabe, this does not mean tardigrades are immortal, but
     their capacity for DNA repair is 'much greater than we had thought'. Further experiments
     with glacier moss samples are planned.""",
     errors=[E("survived", "polarity", "major", "did not survive")],
     traps=[T("water bears", "Tardigrades"),
            T("over three decades", "more than 30 years"),
            T("−20°C", "minus 20 degrees Celsius")])

# 38 court usher gowns -- rewrite, inconsistent (omission)
case("court usher gowns", "rewrite", "inconsistent",
     """Court ushers in the Southmoor judicial region will stop wearing black gowns from
     1 September, the regional courts service has confirmed. The gowns, which date from the 19th
     century, will be replaced by a navy blazer bearing the service's crest, at a cost of about
     £42,000 for 230 staff. A consultation found that 68% of ushers supported the change, many
     saying the gowns were hot and impractical when escorting jurors up stairs. However, ushers
     in the region's two Crown Court centres, at Dunmere and Kellbridge, will keep their gowns
     for ceremonial sittings. The courts service said the change did not require approval from
     the judiciary, but that senior judges had been consulted and raised no objection.""",
     """From 1 September, court ushers across the Southmoor judicial region will no longer wear
     black gowns, the regional courts service has confirmed. The 19th-century garments are to
     give way to a navy blazer carrying the service's crest; kitting out the 230 staff will cost
     around £42,000. Just over two-thirds of ushers, 68%, backed the change in a consultation,
     with many complaining that the gowns were hot and impractical when taking jurors up stairs.
     Ushers at the region's two Crown Court centres, in Dunmere and Kellbridge, will however hold
     on to their gowns. According to the courts service, the judiciary's approval was not needed
     for the change, though senior judges had been consulted and had not objected.""",
     errors=[E("", "omission", "major", "for ceremonial sittings",
               after="will however hold on to their gowns")],
     traps=[T("The 19th-century garments", "The gowns, which date from the 19th century"),
            T("Just over two-thirds of ushers, 68%", "68% of ushers"),
            T("had not objected", "raised no objection")])

# 39 pop-up book engineering -- rewrite, consistent
case("pop-up book engineering", "rewrite", "consistent",
     """Paper engineer Lucía Ferrand has been named winner of the Kestrel Prize for Children's
     Illustration for her pop-up book The Lighthouse Keeper's Cat, the first time the £10,000
     award has gone to a movable book. The book contains seven spreads, the largest of which
     unfolds into a 40-centimetre lighthouse with a rotating lamp operated by a paper pull-tab.
     Ferrand said each spread had gone through as many as 30 prototypes and that the whole book
     took two and a half years to design. Her publisher, Thimbleweed Press, said the first print
     run of 15,000 copies had been assembled by hand in 18 days by a team of 90. The judges,
     chaired by author Bernard Oyelaran, called it "a book that gets up and walks off the
     page".""",
     """The Lighthouse Keeper's Cat, a pop-up book by paper engineer Lucía Ferrand, has won the
     Kestrel Prize for Children's Illustration, the first time a movable book has taken the
     £10,000 award. Of its seven spreads, the biggest opens out into a lighthouse 40cm tall whose
     lamp is turned by a paper pull-tab. Designing the whole book took 30 months, Ferrand said,
     and each spread went through up to 30 prototypes. According to her publisher, Thimbleweed
     Press, a team of 90 hand-assembled the first print run of 15,000 copies in 18 days. The
     judging panel, which was chaired by the author Bernard Oyelaran, described it as "a book that
     gets up and walks off the page".""",
     traps=[T("the biggest opens out into", "the largest of which unfolds into"),
            T("40cm tall", "40-centimetre"),
            T("30 months", "two and a half years"),
            T("hand-assembled", "assembled by hand"),
            T("described it as", "called it")])

# 40 vicuña fibre trade -- translation, inconsistent (addition, modality)
case("vicuña fibre trade", "translation", "inconsistent",
     """Herding communities in the highland province of Huancarani sheared 4,200 wild vicuñas
     during this year's chaccu, the traditional round-up, and obtained some 860 kilograms of
     fibre, according to the regional agriculture office. The fibre, among the finest in the
     world, is sold mainly to Italian textile firms at around 400 dollars per kilogram. Under
     national rules, the animals may be sheared only once every two years and must be released
     on the same day. The president of the Ccochapampa community, Feliciana Quispe Mamani, said
     that prices could fall this season because of weaker demand in Asia, and asked the
     government to help the communities sell directly to buyers. Poaching has fallen since 2015,
     although eleven animals were found killed in March.""",
     """According to the regional agriculture office, herding communities in the highland province
     of Huancarani obtained about 860 kilos of fibre, a record for the province, by shearing
     4,200 wild vicuñas at this year's chaccu, the traditional round-up. Regarded as one of the
     finest fibres on earth, it is sold chiefly to textile companies in Italy for roughly 400
     dollars a kilo. National regulations allow the animals to be shorn no more than once every
     two years, and they have to be set free the same day. Feliciana Quispe Mamani, who heads the
     Ccochapampa community, said prices will fall this season as demand in Asia weakens, and she
     called on the government to help communities sell straight to buyers. Poaching has declined
     since 2015, though eleven vicuñas were found killed in March.""",
     errors=[E("a record for the province", "addition", "major"),
             E("prices will fall", "modality", "major", "prices could fall")],
     traps=[T("about 860 kilos", "some 860 kilograms"),
            T("no more than once every two years", "only once every two years")])


# ---------------------------------------------------------------------------
class Invalid(Exception):
    pass


def find_nth(hay, needle, occ, what):
    """Offset of occurrence `occ` of needle; if occ is None the needle must be unique."""
    starts = [m.start() for m in re.finditer(re.escape(needle), hay)]
    if not starts:
        raise Invalid("%s: text not found: %r" % (what, needle))
    if occ is None:
        if len(starts) > 1:
            raise Invalid("%s: text repeats %d times, give occ: %r" % (what, len(starts), needle))
        occ = 0
    if occ >= len(starts):
        raise Invalid("%s: occurrence %d of %r does not exist" % (what, occ, needle))
    return starts[occ]


def cuts_word(s, pos):
    return 0 < pos < len(s) and s[pos - 1].isalnum() and s[pos].isalnum()


def words(s):
    return len(s.split())


def build():
    if len(CASES) != EXPECTED["pairs"]:
        raise Invalid("expected %d cases, got %d" % (EXPECTED["pairs"], len(CASES)))
    if sorted(c["domain"] for c in CASES) != sorted(DOMAINS) or len(set(DOMAINS)) != 40:
        raise Invalid("domains must be exactly the 40 listed, each once")
    records = []
    for i, c in enumerate(CASES, 1):
        rid = "s%d-%03d" % (N, i)
        ref, cand, mode, label = c["reference"], c["candidate"], c["mode"], c["label"]
        w = lambda m: "%s (%s): %s" % (rid, c["domain"], m)
        if mode not in ("rewrite", "summary", "translation"):
            raise Invalid(w("bad mode"))
        if label not in ("consistent", "inconsistent"):
            raise Invalid(w("bad label"))
        if not 70 <= words(ref) <= 190:
            raise Invalid(w("reference has %d words" % words(ref)))
        if mode == "summary" and not (len(cand) < len(ref) and words(cand) < words(ref)):
            raise Invalid(w("summary not shorter than reference"))
        if ref == cand:
            raise Invalid(w("candidate identical to reference"))
        spans = []
        errors = []
        for e in c["errors"]:
            if e["type"] not in ERROR_TYPES:
                raise Invalid(w("bad error type %r" % e["type"]))
            if e["severity"] not in ("minor", "major", "critical"):
                raise Invalid(w("bad severity"))
            if e["type"] == "omission":
                if mode == "summary":
                    raise Invalid(w("omission in a summary"))
                if e["text"] or not e["after"] or not e["ref_text"]:
                    raise Invalid(w("omission needs empty text, an anchor and ref_text"))
                pos = find_nth(cand, e["after"], e["occ"], w("omission anchor")) + len(e["after"])
                start = end = pos
                if e["ref_text"].lower() in cand.lower():
                    raise Invalid(w("omitted words present in candidate: %r" % e["ref_text"]))
            else:
                if not e["text"] or e["after"]:
                    raise Invalid(w("non-omission error needs text and no anchor"))
                start = find_nth(cand, e["text"], e["occ"], w("error"))
                end = start + len(e["text"])
                if e["type"] == "repetition":
                    if cand.find(e["text"]) >= start:
                        raise Invalid(w("repetition span is not a later copy"))
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        raise Invalid(w("addition/repetition must have ref_text null"))
                elif e["ref_text"] is None:
                    raise Invalid(w("error of type %s needs ref_text" % e["type"]))
                if e["ref_text"] is not None and e["text"] == e["ref_text"]:
                    raise Invalid(w("error text equals ref_text"))
            if e["ref_text"] is not None and e["ref_text"] not in ref:
                raise Invalid(w("error ref_text not in reference: %r" % e["ref_text"]))
            if cuts_word(cand, start) or cuts_word(cand, end):
                raise Invalid(w("error span cuts a word: %r" % e["text"]))
            if cand[start:end] != e["text"]:
                raise Invalid(w("offset mismatch"))
            spans.append((start, end, "error %r" % e["text"]))
            errors.append({"start": start, "end": end, "text": e["text"], "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        traps = []
        for tr in c["traps"]:
            start = find_nth(cand, tr["text"], tr["occ"], w("trap"))
            end = start + len(tr["text"])
            if tr["ref_text"] not in ref:
                raise Invalid(w("trap ref_text not in reference: %r" % tr["ref_text"]))
            if tr["text"] == tr["ref_text"] or tr["text"] in ref:
                raise Invalid(w("trap is not reworded: %r" % tr["text"]))
            if cuts_word(cand, start) or cuts_word(cand, end):
                raise Invalid(w("trap span cuts a word: %r" % tr["text"]))
            spans.append((start, end, "trap %r" % tr["text"]))
            traps.append({"start": start, "end": end, "text": tr["text"],
                          "ref_text": tr["ref_text"]})
        # no overlaps (zero-width omissions may not fall strictly inside another span)
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1, n1 = spans[a]
                s2, e2, n2 = spans[b]
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    bad = s < p < e
                else:
                    bad = s1 < e2 and s2 < e1
                if bad:
                    raise Invalid(w("overlapping spans: %s / %s" % (n1, n2)))
        if label == "consistent":
            if errors:
                raise Invalid(w("consistent pair with errors"))
            if not 3 <= len(traps) <= 5:
                raise Invalid(w("consistent pair needs 3-5 traps, has %d" % len(traps)))
        else:
            if not 1 <= len(errors) <= 2:
                raise Invalid(w("inconsistent pair should have 1-2 errors"))
            if not 0 <= len(traps) <= 3:
                raise Invalid(w("inconsistent pair needs 0-3 traps, has %d" % len(traps)))
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": rid, "domain": c["domain"], "mode": mode, "reference": ref,
                        "candidate": cand, "label": label, "errors": errors, "traps": traps})
    return records


def composition(records):
    errs = [e for r in records for e in r["errors"]]
    return {
        "pairs": len(records),
        "labels": dict(Counter(r["label"] for r in records)),
        "modes": dict(Counter(r["mode"] for r in records)),
        "mode_label": dict(Counter((r["mode"], r["label"]) for r in records)),
        "errors": len(errs),
        "error_types": {k: Counter(e["type"] for e in errs)[k] for k in ERROR_TYPES},
        "severities": {k: Counter(e["severity"] for e in errs)[k]
                       for k in ("critical", "major", "minor")},
        "traps": sum(len(r["traps"]) for r in records),
        "traps_consistent": sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        "traps_inconsistent": sum(len(r["traps"]) for r in records
                                  if r["label"] == "inconsistent"),
    }


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build()
        comp = composition(records)
        for k, v in EXPECTED.items():
            if comp[k] != v:
                raise Invalid("composition mismatch for %s: got %r, expected %r"
                              % (k, comp[k], v))
        if min(comp["error_types"].values()) < 2:
            raise Invalid("every error type needs at least 2 instances")
    except Invalid as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    wc = [words(r["reference"]) for r in records]
    print("valid: %d pairs, %d errors, %d traps; reference words %d-%d"
          % (comp["pairs"], comp["errors"], comp["traps"], min(wc), max(wc)))
    print("error types:", comp["error_types"])
    print("severities:", comp["severities"])
    if check_only:
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
