"""Held-out evaluation set 106 for the fact-comparison tool.

How it was made
---------------
Every pair below was written by hand by a helper session that saw no code and
no data of the project and no existing benchmark; it worked only from a short
written brief describing the record format and the wanted composition.  All
people, companies, organisations, places and figures are invented (real
countries appear, at most, as background).  No offset is typed by hand: the
script finds every span by string search (with an occurrence index where the
quoted text repeats), validates the whole set and writes set106.jsonl next to
this file.  `python3 make_set106.py --check` validates only and writes nothing.

Composition
-----------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5).  Translation pairs are two independent English
  renderings of the same (imagined) non-English story.
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
  two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 2, omission 3 (rewrite/translation only), addition 2,
  repetition 2.  Severities: minor 7, major 21, critical 2.
* 133 traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair (86 in all), 0-3 in every inconsistent pair (47 in all).
* References are 97-134 words of news / agency / corporate / official prose;
  summaries are shorter than their references.
"""

import json
import os
import re
import sys
from collections import Counter

N = 106
PREFIX = "s106"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set106.jsonl")

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]
DOMAINS = [
    "canal lock gate replacement", "school milk subsidy", "cemetery plot shortage",
    "military band tour", "fisheries quota dispute", "airport runway lighting",
    "street lamp switch-off", "youth orchestra funding", "mine shaft collapse",
    "rare breed sheep show", "parliament catering contract", "mobile phone mast protest",
    "indoor climbing wall opening", "national park camping ban", "ice hockey arena sale",
    "wildlife crossing bridge", "town hall clock repair", "river pollution fine",
    "power station demolition", "refugee housing grant", "concert ticket refunds",
    "weather radar upgrade", "cheese export licence", "medieval manuscript auction",
    "bakery chain insolvency", "prison kitchen fire", "student loan write-off",
    "lighthouse keeper cottage sale", "diving club accident", "carpet factory relocation",
    "archive digitisation project", "motorway service station plan",
    "swimming pool chlorine leak", "antique clock theft", "fire brigade merger",
    "dog licence revival", "food bank warehouse", "rail freight terminal",
    "courthouse asbestos removal", "emergency flood pumps",
]


def E(type_, text, ref, severity="major", occ=0, before=None, after=None):
    """An error.  For omissions give `before` (the point is the start of that
    text) or `after` (the point is the end of that text) and leave text ''."""
    return {"type": type_, "text": text, "ref": ref, "severity": severity,
            "occ": occ, "before": before, "after": after}


def T(text, ref, occ=0):
    """A trap: faithful candidate wording `text` for reference wording `ref`."""
    return {"text": text, "ref": ref, "occ": occ}


CASES = [
    # ------------------------------------------------------------------
    # REWRITES, consistent
    # ------------------------------------------------------------------
    dict(
        domain="canal lock gate replacement", mode="rewrite",
        reference=(
            "The Harwell Navigation Trust will close Lock 14 on the Ashby Cut for six weeks "
            "from 3 November while its two timber gates are replaced. The existing gates, "
            "installed in 1987, have been leaking for several years, and inspectors found rot "
            "in the lower beams last spring. The new oak gates, each weighing about four tonnes, "
            "are being built at the trust's workshop in Pellingford and will be lowered into "
            "place by crane. The project is expected to cost £340,000, half of which is covered "
            "by a grant from the Waterways Heritage Fund. Boaters will be unable to pass through "
            "the lock during the closure, but the towpath will remain open to walkers and "
            "cyclists, the trust said."),
        candidate=(
            "Lock 14 on the Ashby Cut is to shut for a month and a half from 3 November so that "
            "the Harwell Navigation Trust can replace both of its timber gates. Fitted in 1987, "
            "the gates have leaked for several years, and rot was discovered in their lower "
            "beams by inspectors last spring. Their oak replacements, which weigh roughly four "
            "tonnes apiece, are under construction at the trust's Pellingford workshop and will "
            "be craned into position. The work is likely to cost £340,000; a Waterways Heritage "
            "Fund grant pays for 50 per cent of that. While boats will not be able to use the "
            "lock during the closure, walkers and cyclists can still use the towpath, according "
            "to the trust."),
        errors=[],
        traps=[
            T("a month and a half", "six weeks"),
            T("weigh roughly four tonnes apiece", "each weighing about four tonnes"),
            T("is likely to cost", "is expected to cost"),
            T("50 per cent of that", "half of which"),
        ],
    ),
    dict(
        domain="school milk subsidy", mode="rewrite",
        reference=(
            "The Department for Early Learning announced on Monday that it will extend its free "
            "milk scheme to all primary pupils in the Carrow and Tilsey districts from January. "
            "Until now, only children under seven have received a daily 189ml carton. Officials "
            "said the expansion would reach around 12,000 additional pupils and cost £1.8 million "
            "a year, funded from the department's existing nutrition budget. Dairy supplier "
            "Brenlow Farms, which holds the current contract, will continue to deliver to schools "
            "until at least 2027. Head teachers' union leader Marian Oskey welcomed the decision "
            "but warned that some schools lacked refrigerated storage. The department said it "
            "would review storage needs before the scheme begins."),
        candidate=(
            "Every primary pupil in the Carrow and Tilsey districts will get free milk from "
            "January, after the Department for Early Learning said on Monday that it is widening "
            "its scheme. At present the daily 189ml carton goes only to children aged under "
            "seven. Roughly 12,000 more pupils would benefit, at an annual cost of £1.8m that "
            "would come out of the department's existing nutrition budget, officials said. "
            "Brenlow Farms, the dairy that already holds the contract, will keep supplying "
            "schools until 2027 at the earliest. Marian Oskey, who leads the head teachers' "
            "union, welcomed the move but cautioned that refrigerated storage was lacking in some "
            "schools. Storage needs will be reviewed before the scheme starts, according to the "
            "department."),
        errors=[],
        traps=[
            T("Roughly 12,000 more pupils", "around 12,000 additional pupils"),
            T("at an annual cost of £1.8m", "cost £1.8 million a year"),
            T("until 2027 at the earliest", "until at least 2027"),
            T("refrigerated storage was lacking in some schools",
              "some schools lacked refrigerated storage"),
        ],
    ),
    dict(
        domain="cemetery plot shortage", mode="rewrite",
        reference=(
            "Bramford Borough Council has warned that its main cemetery at Elm Rise could run out "
            "of new burial plots within three years. A report to councillors on Thursday said 410 "
            "plots remain, and about 140 are used each year. The council is considering reopening "
            "a closed section of the cemetery, which could provide space for 600 more graves, but "
            "ground surveys must first confirm that the soil is suitable. A second option, buying "
            "farmland next to the site, has been ruled out because the owner does not wish to "
            "sell. Councillor Petra Lindqvist, who chairs the environment committee, said no "
            "decision would be taken before the surveys were completed in the spring."),
        candidate=(
            "Elm Rise, Bramford's main cemetery, may have no new burial plots left within three "
            "years, the borough council has warned. According to a report presented to "
            "councillors on Thursday, there are 410 plots left and roughly 140 are taken up "
            "annually. Reopening a closed part of the cemetery, which could provide room for another "
            "600 graves, "
            "is under consideration, though ground surveys will first have to confirm that the "
            "soil is suitable. Buying neighbouring farmland has been ruled out, as its owner is "
            "unwilling to sell. The chair of the environment committee, Petra Lindqvist, said "
            "nothing would be decided until the surveys had been completed in the spring."),
        errors=[],
        traps=[
            T("may have no new burial plots left", "could run out of new burial plots"),
            T("roughly 140 are taken up annually", "about 140 are used each year"),
            T("The chair of the environment committee, Petra Lindqvist,",
              "Councillor Petra Lindqvist, who chairs the environment committee,"),
            T("nothing would be decided until", "no decision would be taken before"),
        ],
    ),
    dict(
        domain="military band tour", mode="rewrite",
        reference=(
            "The Band of the Northern Rifles will perform 18 concerts across four countries during "
            "a five-week tour beginning on 2 May, the Ministry of Defence of Veltria said. The "
            "45-strong band will open in Ostrava Hall and finish at the Lindemark Festival on "
            "6 June. Its director of music, Major Tomas Ferrier, said the programme would include "
            "marches, film scores and a new commissioned work by composer Ilse Vanterpool. "
            "Tickets for most venues go on sale next week, with proceeds from two charity concerts "
            "going to veterans' associations. It is the band's first overseas tour since 2019."),
        candidate=(
            "Starting on 2 May, the Band of the Northern Rifles is to give 18 concerts in four "
            "countries over five weeks, according to Veltria's defence ministry. The tour by the "
            "45 musicians opens at Ostrava Hall and closes on 6 June at the Lindemark Festival. "
            "Marches and film music will feature, along with a newly commissioned piece by the "
            "composer Ilse Vanterpool, said Major Tomas Ferrier, the band's director of music. "
            "Tickets for most venues will be released next week; two of the concerts are in aid "
            "of veterans' associations, which will receive the proceeds. The band has not toured "
            "abroad since 2019."),
        errors=[],
        traps=[
            T("Veltria's defence ministry", "the Ministry of Defence of Veltria"),
            T("the 45 musicians", "The 45-strong band"),
            T("film music", "film scores"),
            T("has not toured abroad since 2019", "first overseas tour since 2019"),
        ],
    ),
    dict(
        domain="airport runway lighting", mode="rewrite",
        reference=(
            "Kestrel Bay Airport will replace the lighting on its main runway with LED fittings in "
            "a £6.5 million project due to start in September. The work will take place overnight "
            "between 11pm and 5am, when the airport is closed to scheduled traffic, so no flights "
            "should be affected. Airport operator Corvane Holdings said the new lights would use "
            "60 per cent less electricity and last about four times longer than the existing "
            "halogen lamps, which date from 2004. The runway will remain open during the day "
            "throughout the project, which is scheduled to finish in March next year. The civil "
            "aviation authority must approve the new system before it enters service."),
        candidate=(
            "A £6.5m scheme to fit LED lighting along Kestrel Bay Airport's main runway is due to "
            "begin in September. Because the work will be carried out between 23:00 and 05:00, "
            "while the airport is closed to scheduled traffic, flights are not expected to be "
            "affected. According to Corvane Holdings, which runs the airport, the LEDs will "
            "consume 60% less electricity than the halogen lamps installed in 2004 and will last "
            "roughly four times as long. The runway will stay open in daytime for the duration of "
            "the work, which is due to be completed next March. Before the system can enter "
            "service, it needs approval from the civil aviation authority."),
        errors=[],
        traps=[
            T("between 23:00 and 05:00", "between 11pm and 5am"),
            T("flights are not expected to be affected", "no flights should be affected"),
            T("Corvane Holdings, which runs the airport", "Airport operator Corvane Holdings"),
            T("60% less electricity", "60 per cent less electricity"),
            T("next March", "in March next year"),
        ],
    ),
    dict(
        domain="youth orchestra funding", mode="rewrite",
        reference=(
            "The Dunmere Youth Orchestra has secured £250,000 over three years from the Halberd "
            "Foundation, allowing it to resume its summer residential course, which was cancelled "
            "in 2023 for lack of money. The orchestra's general manager, Fiona Reckitt, said the "
            "grant would also pay for 30 bursaries a year for players from low-income families. "
            "About 90 musicians aged 13 to 21 take part in the orchestra, which rehearses in "
            "Dunmere each month. The foundation said the award was one of its largest to an arts "
            "group this year. The orchestra still needs to raise a further £40,000 to replace "
            "ageing percussion instruments."),
        candidate=(
            "A three-year grant of £250,000 from the Halberd Foundation means the Dunmere Youth "
            "Orchestra can bring back the summer residential course it had to cancel in 2023 "
            "because it could not afford it. The money will also fund 30 bursaries annually for "
            "players from low-income households, said Fiona Reckitt, the orchestra's general "
            "manager. Some 90 musicians between the ages of 13 and 21 play in the orchestra, "
            "which holds monthly rehearsals in Dunmere. The award was among the biggest the "
            "foundation has made to an arts organisation this year, it said. A further £40,000 "
            "still has to be raised to replace the orchestra's ageing percussion instruments."),
        errors=[],
        traps=[
            T("A three-year grant of £250,000", "£250,000 over three years"),
            T("30 bursaries annually", "30 bursaries a year"),
            T("Some 90 musicians between the ages of 13 and 21", "About 90 musicians aged 13 to 21"),
            T("among the biggest", "one of its largest"),
        ],
    ),
    dict(
        domain="indoor climbing wall opening", mode="rewrite",
        reference=(
            "A £900,000 indoor climbing centre opened in the former Gresham Street tram depot in "
            "Larkhall on Saturday. The centre, run by social enterprise Upward Routes, has "
            "14-metre lead walls, a bouldering area and a training room for school groups. "
            "Founder Danny Achterberg said about 2,000 people had booked sessions before the "
            "doors opened. Half of the cost was met by a loan from the Larkhall Community Bank, "
            "and the remainder came from a crowdfunding campaign and a regional sports grant. "
            "Under-16s must be accompanied by an adult, and all new visitors are required to "
            "complete a 20-minute induction."),
        candidate=(
            "A £900,000 indoor climbing centre run by the social enterprise Upward Routes opened "
            "on Saturday in what used to be the Gresham Street tram depot in Larkhall. It "
            "features 14m lead walls, an area for bouldering and a room where school groups can "
            "train. Around 2,000 people had booked sessions before opening day, according to "
            "founder Danny Achterberg. A loan from the Larkhall Community Bank covered 50% of the "
            "cost, with crowdfunding and a regional sports grant making up the rest. Anyone under "
            "16 needs an adult with them, and first-time visitors have to go through a 20-minute "
            "induction."),
        errors=[],
        traps=[
            T("what used to be", "the former"),
            T("14m lead walls", "14-metre lead walls"),
            T("covered 50% of the cost", "Half of the cost was met"),
            T("Anyone under 16 needs an adult with them", "Under-16s must be accompanied by an adult"),
            T("first-time visitors", "all new visitors"),
        ],
    ),
    dict(
        domain="wildlife crossing bridge", mode="rewrite",
        reference=(
            "Construction of a 50-metre green bridge over the A417 near Fallowmere will begin "
            "next spring, the regional roads agency confirmed on Wednesday. The bridge, planted "
            "with native shrubs and grasses, is designed to let deer, badgers and dormice cross "
            "the dual carriageway safely. More than 300 animals were killed on that stretch of "
            "road in the past five years, according to the agency's figures. The £11 million "
            "structure is expected to take 18 months to build. Overnight closures of the road "
            "will be needed while the main beams are lifted into place, but the agency said it "
            "would give at least two weeks' notice of each closure."),
        candidate=(
            "The regional roads agency confirmed on Wednesday that work will start next spring "
            "on a green bridge, 50 metres long, across the A417 close to Fallowmere. Native "
            "shrubs and grasses will cover the structure, which is intended to allow deer, "
            "badgers and dormice to get safely across the dual carriageway. Agency figures show "
            "that over 300 animals were killed on this section of the road over the last five "
            "years. Building the £11m bridge is likely to take a year and a half. The road will "
            "have to close overnight when the main beams are lifted in, though the agency said "
            "each closure would be announced a fortnight or more in advance."),
        errors=[],
        traps=[
            T("50 metres long", "50-metre"),
            T("over 300 animals", "More than 300 animals"),
            T("is likely to take a year and a half", "is expected to take 18 months"),
            T("a fortnight or more in advance", "at least two weeks' notice"),
        ],
    ),
    dict(
        domain="town hall clock repair", mode="rewrite",
        reference=(
            "The clock on Wenlow Town Hall, which stopped at 4.17pm during a storm in February, "
            "will be working again by the end of October, the town council said. Specialist firm "
            "Harcourt & Pyle will dismantle the 1882 mechanism and take it to its workshop in "
            "Stellbridge, where worn gear wheels will be remade by hand. The council has set aside "
            "£78,000 for the repairs, a third of which will be recovered from its insurers. While "
            "the mechanism is away, scaffolding will cover the tower's east face, and the bell "
            "will not strike. Town mayor Gareth Lowry said residents had missed the clock 'more "
            "than we expected'."),
        candidate=(
            "The town council says the clock on Wenlow Town Hall, which stopped at 16:17 during "
            "a storm in February, will be going again by the end of October. The 1882 mechanism "
            "is to be taken apart by the specialist firm Harcourt & Pyle and transported to its "
            "Stellbridge workshop, where the worn gear wheels will be remade by hand. Of the "
            "£78,000 the council has earmarked for the work, one third will be reclaimed from its "
            "insurers. Scaffolding will cover the east face of the tower while the mechanism is "
            "away, and the bell will be silent. Residents had missed the clock 'more than we "
            "expected', said Gareth Lowry, the town's mayor."),
        errors=[],
        traps=[
            T("16:17", "4.17pm"),
            T("taken apart", "dismantle"),
            T("one third will be reclaimed", "a third of which will be recovered"),
            T("the bell will be silent", "the bell will not strike"),
        ],
    ),
    dict(
        domain="weather radar upgrade", mode="rewrite",
        reference=(
            "The National Meteorological Service will upgrade its weather radar at Carnbeg Hill "
            "to dual-polarisation technology, allowing forecasters to distinguish between rain, "
            "hail and snow more accurately. The radar will be switched off for about ten days in "
            "late August while the new equipment is installed, during which coverage of the "
            "north-west will rely on neighbouring stations at Dunraith and Maelor. The service "
            "said the gap would not affect public forecasts but could slightly reduce the detail "
            "of rainfall estimates. The upgrade is part of a £24 million programme to modernise "
            "all 12 of the country's radars by 2028."),
        candidate=(
            "Forecasters will be able to tell rain, hail and snow apart more accurately once the "
            "National Meteorological Service's Carnbeg Hill radar has been converted to "
            "dual-polarisation technology. While the new equipment goes in, the radar will be out "
            "of action for roughly ten days at the end of August, and the north-west will be "
            "covered by the neighbouring stations at Dunraith and Maelor. Public forecasts would "
            "not be affected by the outage, the service said, although rainfall estimates could "
            "be slightly less detailed. The work forms part of a £24m programme under which every "
            "one of the country's 12 radars will be modernised by 2028."),
        errors=[],
        traps=[
            T("tell rain, hail and snow apart", "distinguish between rain, hail and snow"),
            T("roughly ten days at the end of August", "about ten days in late August"),
            T("rainfall estimates could be slightly less detailed",
              "could slightly reduce the detail of rainfall estimates"),
            T("every one of the country's 12 radars", "all 12 of the country's radars"),
        ],
    ),
    # ------------------------------------------------------------------
    # REWRITES, inconsistent
    # ------------------------------------------------------------------
    dict(
        domain="fisheries quota dispute", mode="rewrite",
        reference=(
            "Fishing organisations in the port of Skelmar have rejected a proposal by the Coastal "
            "Fisheries Board to cut the local cod quota by 22 per cent next year. The board says "
            "the reduction is needed because spawning stocks in the Orran Sound have fallen for "
            "four consecutive seasons. The Skelmar Fishermen's Association argues that the "
            "board's survey was carried out in unusually stormy weather and underestimated the "
            "number of fish. Association chair Ruairi Dunleavy said about 60 boats and 300 crew "
            "depend on the cod fishery. The board will hear objections at a public meeting on "
            "14 November before making a final decision in December."),
        candidate=(
            "Skelmar's fishing organisations have turned down a Coastal Fisheries Board plan to "
            "reduce the local cod quota by 12 per cent next year. The cut is needed, the board "
            "says, because spawning stocks in the Orran Sound have fallen for four seasons in a "
            "row. The board also argues that the survey by the Skelmar Fishermen's Association "
            "was carried out in unusually stormy weather and underestimated fish numbers. Some "
            "60 boats and 300 crew depend on the cod fishery, according to association chair "
            "Ruairi Dunleavy. The board will hear objections at a public meeting on 14 November "
            "before reaching a final decision in December."),
        errors=[
            E("number", "12 per cent", "22 per cent", "major"),
            E("role", "board also argues that the survey by the Skelmar Fishermen's Association",
              "The Skelmar Fishermen's Association argues that the board's survey", "major"),
        ],
        traps=[
            T("four seasons in a row", "four consecutive seasons"),
            T("Some 60 boats", "about 60 boats"),
        ],
    ),
    dict(
        domain="street lamp switch-off", mode="rewrite",
        reference=(
            "Harrowgate County Council will switch off around 8,000 street lamps between midnight "
            "and 5am from 1 April to save an estimated £420,000 a year in energy costs. Lamps on "
            "main roads, at pedestrian crossings and near hospitals will stay on all night. The "
            "council said a six-month trial in the town of Brenfield had shown no increase in "
            "recorded crime or road accidents. However, the Harrowgate Residents' Forum has "
            "collected 3,500 signatures on a petition calling for the plan to be scrapped, saying "
            "women and shift workers would feel less safe walking home. The council has promised "
            "to review the scheme after one year."),
        candidate=(
            "From 1 April, Harrowgate County Council will turn off about 8,000 street lamps from "
            "midnight to 5am, which it estimates will save £420,000 a year on energy. Lamps on "
            "main roads and near hospitals will remain lit throughout the night. A six-month "
            "trial in Brenfield produced no rise in recorded crime or road accidents, the council "
            "said. But the Harrowgate Residents' Forum has gathered 3,500 signatures on a "
            "petition demanding that the plan be dropped, arguing that women and shift workers "
            "would feel less safe on their way home. The council has pledged to review the "
            "scheme after twelve months."),
        errors=[
            E("omission", "", "at pedestrian crossings", "major", after="Lamps on main roads"),
        ],
        traps=[
            T("from midnight to 5am", "between midnight and 5am"),
            T("which it estimates will save £420,000 a year", "to save an estimated £420,000 a year"),
            T("after twelve months", "after one year"),
        ],
    ),
    dict(
        domain="mine shaft collapse", mode="rewrite",
        reference=(
            "Part of a disused mine shaft collapsed beneath a field near the village of Corrie "
            "Dene on Sunday night, leaving a crater about 15 metres wide. No one was injured. The "
            "Mining Remediation Authority said the shaft, sunk in the 1860s, had been capped with "
            "concrete in 1974 but records of its exact depth were incomplete. Six homes within "
            "100 metres of the site were evacuated as a precaution, and residents may be able to "
            "return later this week once engineers have completed ground surveys. The authority "
            "said it would fill the shaft with foam concrete, which could take up to a month."),
        candidate=(
            "A section of a disused mine shaft gave way under a field close to Corrie Dene on "
            "Sunday night, opening a crater roughly 50 metres across. Nobody was hurt. According "
            "to the Mining Remediation Authority, the shaft dates from the 1860s and was sealed "
            "with a concrete cap in 1974, although there are gaps in the records of its exact "
            "depth. As a precaution, six homes within 100 metres were evacuated; their residents "
            "will be able to return later this week, once engineers have finished surveying the "
            "ground. Filling the shaft with foam concrete, the authority said, could take as long "
            "as a month."),
        errors=[
            E("number", "50 metres", "15 metres", "major"),
            E("modality", "will be able to return", "may be able to return", "major"),
        ],
        traps=[
            T("Nobody was hurt", "No one was injured"),
            T("as long as a month", "up to a month"),
        ],
    ),
    dict(
        domain="parliament catering contract", mode="rewrite",
        reference=(
            "The catering contract for the Veltrian parliament building has been awarded to "
            "Marrow & Finch, replacing Grayside Foods after 11 years. The five-year deal is worth "
            "about €9 million. Parliament's administration committee said the new supplier had "
            "promised to source 70 per cent of its ingredients from within the country and to "
            "cut food waste by a third. Opposition member Katrin Soller criticised the tender "
            "process as rushed, saying bidders had been given only three weeks to submit "
            "proposals. Grayside Foods said it was disappointed and was considering whether to "
            "challenge the decision. The new contract begins in January."),
        candidate=(
            "Marrow & Finch has won the catering contract for the Veltrian parliament building, "
            "taking over from Grayside Foods, which had held it for 11 years. The deal runs for "
            "five years and is worth roughly €9m. According to parliament's administration "
            "committee, the new supplier has pledged to buy 70% of its ingredients domestically "
            "and to reduce food waste by one third. Grayside Foods criticised the tender process "
            "as rushed, saying bidders had been given just three weeks to put forward proposals; "
            "the company said it was disappointed and was considering whether to challenge the "
            "decision. The new contract starts in January."),
        errors=[
            E("attribution", "Grayside Foods criticised",
              "Opposition member Katrin Soller criticised", "major"),
        ],
        traps=[
            T("roughly €9m", "about €9 million"),
            T("70% of its ingredients domestically",
              "70 per cent of its ingredients from within the country"),
            T("one third", "a third"),
        ],
    ),
    dict(
        domain="mobile phone mast protest", mode="rewrite",
        reference=(
            "About 200 residents of Millbrook marched to the town's planning office on Saturday "
            "to protest against a 25-metre mobile phone mast proposed for the grounds of "
            "St Aldric's sports field. Organisers from the Millbrook Green Spaces Group said the "
            "mast would spoil views across the valley and was too close to a primary school. "
            "Network operator Telvane said the mast met all national safety guidelines and was "
            "needed to improve poor coverage in the area. The planning committee, which has "
            "received 340 written objections, will consider the application on 9 March. Telvane "
            "has said it is not willing to move the mast to an alternative site on industrial "
            "land."),
        candidate=(
            "Some 200 Millbrook residents marched to the town's planning office on Saturday in "
            "protest at plans for a 25m mobile phone mast in the grounds of St Aldric's sports "
            "field. The Millbrook Green Spaces Group, which organised the march, said the mast "
            "would spoil views across the valley and was too close to a primary school. Telvane, "
            "the network operator, said the mast complied with all national safety guidelines and "
            "was needed because coverage in the area was poor. The planning committee has had "
            "340 written objections and will consider the application on 9 March. Telvane has "
            "said it is prepared to move the mast to an alternative site on industrial land, "
            "although organisers insist that it would spoil views across the valley."),
        errors=[
            E("polarity", "is prepared to move", "is not willing to move", "critical"),
            E("repetition", "would spoil views across the valley", None, "minor", occ=1),
        ],
        traps=[
            T("Some 200 Millbrook residents", "About 200 residents of Millbrook"),
            T("25m", "25-metre"),
            T("has had 340 written objections", "has received 340 written objections"),
        ],
    ),
    dict(
        domain="national park camping ban", mode="rewrite",
        reference=(
            "Wild camping will be banned in the eastern section of Glenvarrow National Park from "
            "1 March to 30 September next year, the park authority announced on Tuesday. The "
            "seasonal ban follows a rise in litter, fires and damage to ground-nesting birds' "
            "habitat around Loch Tarran, where rangers removed more than 40 tonnes of waste last "
            "summer. Campers will instead be able to use four designated sites with toilets and "
            "bins, which will cost £8 per tent per night. Anyone found camping outside these "
            "areas could face a fine of up to £500. Outdoor groups said they accepted the need "
            "for action but feared the ban could later be extended to the whole park."),
        candidate=(
            "The Glenvarrow National Park authority announced on Tuesday that wild camping will "
            "be prohibited in the park's eastern section from 1 April to 30 September next year. "
            "The seasonal ban comes after an increase in litter, fires and damage to the habitat "
            "of ground-nesting birds around Loch Tarran, where rangers cleared over 40 tonnes of "
            "rubbish last summer. Instead, campers will be able to pitch at four designated "
            "sites equipped with toilets and bins, at a charge of £8 a night for each tent. "
            "Those caught camping elsewhere could be fined as much as £500. Outdoor groups "
            "accepted that action was needed, but said they were worried the ban might later be "
            "extended to the entire park."),
        errors=[
            E("date", "1 April", "1 March", "major"),
        ],
        traps=[
            T("over 40 tonnes of rubbish", "more than 40 tonnes of waste"),
            T("£8 a night for each tent", "£8 per tent per night"),
            T("could be fined as much as £500", "could face a fine of up to £500"),
        ],
    ),
    dict(
        domain="river pollution fine", mode="rewrite",
        reference=(
            "Chemical manufacturer Osterby Polymers has been fined £1.4 million after admitting "
            "that it allowed untreated effluent to flow into the River Laddow for nine days in "
            "June 2022. Magistrates in Coldharbour heard that the discharge killed an estimated "
            "12,000 fish along a six-kilometre stretch of the river. The Environment Protection "
            "Agency said a faulty valve had gone unnoticed because an alarm system had been "
            "switched off during maintenance. The company was also ordered to pay £86,000 in "
            "costs and to fund a restocking programme. In a statement, Osterby Polymers "
            "apologised and said it had since replaced the valve and introduced daily checks."),
        candidate=(
            "Osterby Polymers, a chemical manufacturer, has been fined £1.4m after admitting "
            "allowing effluent to flow into the River Laddow over nine days in June 2022. "
            "Coldharbour magistrates were told that an estimated 12,000 fish died along six "
            "kilometres of the river as a result. A faulty valve had not been noticed because an "
            "alarm system was switched off for maintenance, according to the Environment "
            "Protection Agency. The company must also pay £68,000 in costs and fund the "
            "restocking of the river. Osterby Polymers apologised in a statement, saying it had "
            "since replaced the valve and brought in daily checks."),
        errors=[
            E("omission", "", "untreated", "major", before="effluent"),
            E("number", "£68,000", "£86,000", "minor"),
        ],
        traps=[
            T("£1.4m", "£1.4 million"),
            T("six kilometres of the river", "six-kilometre stretch of the river"),
        ],
    ),
    dict(
        domain="power station demolition", mode="rewrite",
        reference=(
            "The three remaining cooling towers at the former Ashcombe power station will be "
            "brought down by controlled explosion on Sunday 22 September at 10am, site owner "
            "Redwater Land said. An exclusion zone of 500 metres will be in place, and the "
            "nearby B3210 will be closed for about two hours. The coal-fired station stopped "
            "generating electricity in 2016, and its chimney was demolished last year. Redwater "
            "Land plans to build up to 1,200 homes, a school and a business park on the site, "
            "subject to planning permission. Residents living within the exclusion zone have "
            "been asked to stay indoors until the all-clear is given."),
        candidate=(
            "Redwater Land, which owns the former Ashcombe power station, said its three "
            "remaining cooling towers would be demolished in a controlled explosion at 10am on "
            "Sunday 22 September. A 500m exclusion zone will be set up and the B3210 nearby will "
            "be shut for around two hours. Coal-fired generation at the station ended in 2016, "
            "and its chimney was brought down last year. The company intends to build as many as "
            "1,200 homes, along with a school and a business park, on the site if it obtains "
            "planning permission. People who live inside the exclusion zone have been asked to "
            "leave their homes until the all-clear is given."),
        errors=[
            E("event", "leave their homes", "stay indoors", "major"),
        ],
        traps=[
            T("A 500m exclusion zone", "An exclusion zone of 500 metres"),
            T("as many as 1,200 homes", "up to 1,200 homes"),
            T("if it obtains planning permission", "subject to planning permission"),
        ],
    ),
    dict(
        domain="refugee housing grant", mode="rewrite",
        reference=(
            "The Ministry of Social Affairs has awarded a grant of €3.2 million to the Norrvik "
            "Housing Association to convert a former nursing home in the town of Halsby into "
            "flats for refugee families. The building will provide 38 self-contained apartments "
            "and a shared community room, and is due to open next summer. Local charity Open "
            "Door Halsby will run language classes and help residents find work. Mayor Annika "
            "Brevold said the town had a long tradition of welcoming newcomers, though some "
            "residents raised concerns at a public meeting last month about pressure on local "
            "schools. The ministry said it would fund two additional teaching assistants at "
            "Halsby's primary school."),
        candidate=(
            "A €3.2m grant from the Ministry of Social Affairs will allow the Norrvik Housing "
            "Association to turn a former nursing home in Halsby into flats for refugee families. "
            "The building, which has stood empty since 2019, will contain 38 self-contained "
            "apartments and a shared community room and is scheduled to open next summer. "
            "Language classes and help finding work for residents will be provided by the "
            "housing association. Mayor Annika Brevold said Halsby had a long tradition of "
            "welcoming newcomers, although concerns about pressure on local schools were raised "
            "by some residents at a public meeting last month. The ministry said it would pay "
            "for two more teaching assistants at the town's primary school."),
        errors=[
            E("addition", "which has stood empty since 2019", None, "minor"),
            E("entity", "the housing association", "Local charity Open Door Halsby", "major"),
        ],
        traps=[
            T("is scheduled to open next summer", "is due to open next summer"),
            T("two more teaching assistants", "two additional teaching assistants"),
        ],
    ),
    dict(
        domain="concert ticket refunds", mode="rewrite",
        reference=(
            "Fans who bought tickets for the cancelled Halden Park festival will receive full "
            "refunds within 30 days, ticket agency StageGate said on Friday. The three-day "
            "event, which was due to feature 40 acts including headliners The Copper Saints, was "
            "called off last week after organisers failed to obtain a safety certificate. About "
            "22,000 tickets had been sold at prices of up to £180. StageGate said refunds would "
            "be paid automatically to the original card and buyers did not need to contact the "
            "company. Customers who bought through resale sites may have to claim from those "
            "sites instead, it added."),
        candidate=(
            "StageGate, the ticket agency, said on Friday that fans who bought tickets for the "
            "cancelled Halden Park festival would get their money back in full within 30 days. "
            "The festival, a three-day event at which 40 acts including headliners The Copper "
            "Saints were due to play, was cancelled last week because its organisers could not "
            "obtain a safety certificate. Around 22,000 tickets had been sold, costing as much as "
            "£180 each. Refunds will be made automatically to the card used for the purchase and "
            "buyers do not need to get in touch, StageGate said. It added that customers who "
            "bought via resale sites will have to claim from those sites instead."),
        errors=[
            E("modality", "will have to claim", "may have to claim", "major"),
        ],
        traps=[
            T("get their money back in full", "receive full refunds"),
            T("costing as much as £180 each", "at prices of up to £180"),
            T("the card used for the purchase", "the original card"),
        ],
    ),
    # ------------------------------------------------------------------
    # SUMMARIES, consistent
    # ------------------------------------------------------------------
    dict(
        domain="ice hockey arena sale", mode="summary",
        reference=(
            "The Kelburn Ice Centre, home of the Kelburn Wolves ice hockey team, has been sold to "
            "leisure operator Frostline Venues for £7.5 million, the city council confirmed on "
            "Wednesday. The council, which has owned the 4,200-seat arena since it opened in "
            "1996, said the sale would save it about £600,000 a year in running costs and "
            "repairs. Under the agreement, Frostline must keep the building as an ice rink for "
            "at least 15 years and honour the Wolves' current lease, which runs until 2031. "
            "Public skating sessions will continue, although prices are expected to rise "
            "slightly next season. The Wolves' chairman, Derek Halloran, said the club had been "
            "consulted throughout and was 'cautiously optimistic'. Frostline, which runs six "
            "rinks in the region, plans to spend £2 million on a new roof and refrigeration "
            "plant."),
        candidate=(
            "The city council has sold the Kelburn Ice Centre, the Wolves' home arena, to "
            "Frostline Venues for £7.5m, a sale it says will save it roughly £600,000 a year. "
            "Frostline must keep it as an ice rink for 15 years or more and honour the club's "
            "lease to 2031, and plans to spend £2m on a new roof and refrigeration plant. Public "
            "skating will continue, probably at slightly higher prices."),
        errors=[],
        traps=[
            T("the Wolves' home arena", "home of the Kelburn Wolves ice hockey team"),
            T("£7.5m", "£7.5 million"),
            T("for 15 years or more", "for at least 15 years"),
            T("probably at slightly higher prices", "prices are expected to rise slightly"),
        ],
    ),
    dict(
        domain="cheese export licence", mode="summary",
        reference=(
            "Hillcroft Creamery, a family-run cheesemaker in the Tavish Valley, has been granted "
            "a licence to export its cheeses to Japan after a two-year application process. The "
            "creamery, which employs 34 people, produces about 300 tonnes of cheese a year, "
            "mostly hard cheeses made from unpasteurised cow's milk. Managing director Elspeth "
            "Morrow said the company expected exports to account for around a tenth of sales "
            "within three years. The licence required inspections by Japanese food safety "
            "officials, who visited the dairy in March, and changes to the creamery's labelling "
            "and storage procedures. The regional trade office, which supported the application, "
            "said it hoped other small producers would follow. Hillcroft's first shipment, of "
            "about four tonnes, is due to leave in October."),
        candidate=(
            "After two years of applications, Tavish Valley cheesemaker Hillcroft Creamery has "
            "won a licence to export to Japan, with a first shipment of about four tonnes due to "
            "leave in October. The 34-employee firm expects exports to make up roughly 10% of "
            "sales within three years, its managing director said."),
        errors=[],
        traps=[
            T("After two years of applications", "after a two-year application process"),
            T("has won a licence", "has been granted a licence"),
            T("The 34-employee firm", "which employs 34 people"),
            T("roughly 10% of sales", "around a tenth of sales"),
        ],
    ),
    dict(
        domain="medieval manuscript auction", mode="summary",
        reference=(
            "A 14th-century illuminated book of hours sold for £2.3 million at Pellham's auction "
            "house in Aldermoor on Tuesday, more than three times its lower estimate of £700,000. "
            "The manuscript, known as the Ravensworth Hours, contains 112 leaves decorated with "
            "gold leaf and was made for a noblewoman in northern France around 1380. It had been "
            "kept by the same family in the county of Westfold for nearly 200 years and had not "
            "been seen in public since 1951. The buyer, bidding by telephone, was not named. The "
            "sale may face an export bar, as the government's reviewing committee can delay the "
            "issue of an export licence to give a national institution the chance to match the "
            "price."),
        candidate=(
            "The Ravensworth Hours, an illuminated book of hours made around 1380 for a "
            "noblewoman in northern France, sold for £2.3m at Pellham's on Tuesday, more than "
            "triple its £700,000 lower estimate, to an unnamed telephone bidder. The sale could "
            "be held up by an export bar giving a national institution the chance to match the "
            "price."),
        errors=[],
        traps=[
            T("£2.3m", "£2.3 million"),
            T("more than triple", "more than three times"),
            T("an unnamed telephone bidder", "The buyer, bidding by telephone, was not named"),
            T("could be held up by an export bar", "may face an export bar"),
        ],
    ),
    dict(
        domain="student loan write-off", mode="summary",
        reference=(
            "The Education Ministry will write off the outstanding student loans of about 45,000 "
            "former students who trained as teachers or nurses and have worked in public service "
            "for at least ten years, Education Minister Laila Hartono announced on Monday. The "
            "measure, which will cost an estimated €610 million, is intended to help recruit and "
            "retain staff in schools and hospitals, where vacancies have risen sharply since "
            "2021. Graduates will not need to apply: the state loans agency will identify "
            "eligible borrowers from employment records and notify them by letter before the end "
            "of the year. Opposition parties welcomed the move but said it should be extended to "
            "social workers. The minister said further categories could be considered next year, "
            "depending on the budget."),
        candidate=(
            "Around 45,000 former students who trained as teachers or nurses and have ten or "
            "more years in public service will have their student loans written off at an "
            "estimated cost of €610m, the education minister said, to help schools and hospitals "
            "recruit and keep staff. Eligible borrowers will be identified from employment "
            "records and told by letter before the year ends; further groups could be considered "
            "next year, budget permitting."),
        errors=[],
        traps=[
            T("Around 45,000", "about 45,000"),
            T("ten or more years", "at least ten years"),
            T("€610m", "€610 million"),
            T("before the year ends", "before the end of the year"),
            T("budget permitting", "depending on the budget"),
        ],
    ),
    dict(
        domain="archive digitisation project", mode="summary",
        reference=(
            "The Brennock County Archive has begun a four-year project to digitise about "
            "1.5 million pages of parish registers, court records and maps dating from 1540 to "
            "1900. The work is funded by a £1.1 million grant from the Heritage Records Trust, "
            "with a further £200,000 from the county council. Around a quarter of the documents "
            "are too fragile to be handled by researchers, and county archivist Morwenna Tilley "
            "said digitisation would make them accessible for the first time in decades. "
            "Scanning is being carried out by a team of eight at the archive's new conservation "
            "studio. The first 100,000 images will be published free online next spring, with "
            "the rest released in stages."),
        candidate=(
            "Brennock County Archive has started a four-year project to digitise roughly 1.5m "
            "pages of records from 1540–1900, paid for by £1.3m from the Heritage Records Trust "
            "and the county council. Around a quarter of the material is too fragile for "
            "researchers to handle; the first 100,000 images will go online free next spring."),
        errors=[],
        traps=[
            T("roughly 1.5m pages", "about 1.5 million pages"),
            T("from 1540–1900", "dating from 1540 to 1900"),
            T("£1.3m from the Heritage Records Trust and the county council",
              "£1.1 million grant from the Heritage Records Trust, with a further £200,000 from "
              "the county council"),
            T("go online free", "be published free online"),
        ],
    ),
    # ------------------------------------------------------------------
    # SUMMARIES, inconsistent
    # ------------------------------------------------------------------
    dict(
        domain="bakery chain insolvency", mode="summary",
        reference=(
            "Bakery chain Crumb & Co has entered administration, putting 640 jobs at risk across "
            "its 85 shops, administrators from accountancy firm Hale Prentice said on Thursday. "
            "The company, founded in 1971 by brothers Alan and Peter Dorsey, blamed rising energy "
            "and flour costs and a fall in high-street footfall. Administrators said all shops "
            "would continue to trade while they sought a buyer, and that staff would be paid as "
            "normal. Rival chain Goldloaf, which bought the company's two factories in 2019, is "
            "understood to be among the potential bidders. Crumb & Co had reported a loss of "
            "£4.7 million last year, compared with a small profit in 2021."),
        candidate=(
            "Crumb & Co, an 85-shop bakery chain, has gone into administration with 460 jobs at "
            "risk, blaming higher energy and flour costs and lower footfall. Its shops will keep "
            "trading and staff will be paid while a buyer is sought. Rival Goldloaf, from which "
            "Crumb & Co bought two factories in 2019, is understood to be a possible bidder."),
        errors=[
            E("number", "460 jobs", "640 jobs", "major"),
            E("role", "Goldloaf, from which Crumb & Co bought",
              "Goldloaf, which bought the company's two factories", "major"),
        ],
        traps=[
            T("an 85-shop bakery chain", "across its 85 shops"),
            T("is understood to be a possible bidder", "is understood to be among the potential bidders"),
        ],
    ),
    dict(
        domain="prison kitchen fire", mode="summary",
        reference=(
            "A fire broke out in the kitchen of HMP Thornmoor at about 6.30am on Tuesday, forcing "
            "the evacuation of 120 prisoners from the adjoining wing. Firefighters from three "
            "stations brought the blaze under control within 40 minutes. Two prison officers were "
            "treated for smoke inhalation at the scene, and no prisoners were hurt, the Prison "
            "Service said. The kitchen, which prepares meals for around 700 inmates, will be out "
            "of use for at least a month, and food is being brought in from HMP Castlebury in the "
            "meantime. An investigation into the cause is under way, but officials said there "
            "was no suggestion it had been started deliberately."),
        candidate=(
            "A fire in HMP Thornmoor's kitchen at around 6.30pm on Tuesday forced 120 prisoners "
            "to be evacuated; firefighters brought it under control within 40 minutes. Two "
            "officers were treated for smoke inhalation and no prisoners were hurt. The kitchen, "
            "which feeds around 700 inmates, will be out of use for a month or more, with meals "
            "brought in from HMP Castlebury meanwhile. Officials said there was no sign the fire "
            "had been started deliberately."),
        errors=[
            E("date", "6.30pm", "6.30am", "major"),
        ],
        traps=[
            T("feeds around 700 inmates", "prepares meals for around 700 inmates"),
            T("a month or more", "at least a month"),
        ],
    ),
    dict(
        domain="lighthouse keeper cottage sale", mode="summary",
        reference=(
            "Two former lighthouse keepers' cottages at Gullstone Point are to be sold at auction "
            "next month with a guide price of £395,000 for the pair. The Grade II-listed "
            "cottages, built in 1859, were home to the keepers of Gullstone lighthouse until it "
            "was automated in 1987, and have since been used as holiday lets by their owner, the "
            "Coastal Lights Trust. The trust said it was selling because the cost of maintaining "
            "the buildings had become too high. The lighthouse itself is not included in the sale "
            "and will remain in the trust's ownership. Buyers will have to maintain public access "
            "to the coastal footpath that runs past the front doors."),
        candidate=(
            "The Coastal Lights Trust is auctioning two listed two-bedroom keepers' cottages at "
            "Gullstone Point next month, guide price £395,000 for both. Used as holiday lets "
            "since the lighthouse was automated in 1987, the 1859 cottages have become too "
            "expensive to maintain, the trust said; the lighthouse is also included in the sale. "
            "Buyers must keep the coastal footpath past the cottages open to the public."),
        errors=[
            E("addition", "two-bedroom", None, "minor"),
            E("polarity", "is also included in the sale", "is not included in the sale", "critical"),
        ],
        traps=[
            T("guide price £395,000 for both", "a guide price of £395,000 for the pair"),
            T("have become too expensive to maintain",
              "the cost of maintaining the buildings had become too high"),
        ],
    ),
    dict(
        domain="diving club accident", mode="summary",
        reference=(
            "A 52-year-old diver was airlifted to hospital on Saturday after surfacing too "
            "quickly during a club dive off Sealpoint Reef. The man, a member of the Tidemark "
            "Sub-Aqua Club, was taken by coastguard helicopter to the hyperbaric chamber at "
            "Porthaven General Hospital, where he was treated for decompression sickness. He was "
            "later described as being in a stable condition. The club's diving officer, Sian "
            "Trevelyan, said the dive had been to a depth of about 30 metres and the group had "
            "followed its planned ascent until the man became separated from his buddy. The "
            "Marine Accident Board has been informed, and the club has suspended deep dives "
            "pending a review."),
        candidate=(
            "A 52-year-old Tidemark Sub-Aqua Club member was flown by coastguard helicopter to "
            "the hyperbaric chamber at Sealpoint General Hospital with decompression sickness "
            "after surfacing too fast from a dive of about 30 metres off Sealpoint Reef on "
            "Saturday. He is in a stable condition. The club, which says he had become separated "
            "from his buddy, has suspended deep dives pending a review."),
        errors=[
            E("entity", "Sealpoint General Hospital", "Porthaven General Hospital", "major"),
        ],
        traps=[
            T("flown by coastguard helicopter", "taken by coastguard helicopter"),
            T("surfacing too fast", "surfacing too quickly"),
        ],
    ),
    dict(
        domain="carpet factory relocation", mode="summary",
        reference=(
            "Carpet maker Loomhall Textiles will move production from its 130-year-old mill in "
            "Bradstock to a new factory in the Kellow Vale business park, 25 miles away, by the "
            "end of next year. The company said the Victorian mill was too costly to heat and "
            "could not accommodate modern wide-width looms. All 210 employees will be offered "
            "jobs at the new site, and a free shuttle bus will run from Bradstock for at least "
            "two years. Union official Craig Medway said most workers were likely to accept, "
            "though some older staff might take voluntary redundancy. Bradstock council said it "
            "would work with developers to find a new use for the listed mill building."),
        candidate=(
            "Loomhall Textiles will move production from its 130-year-old Bradstock mill, which "
            "it says is too expensive to heat and cannot house modern wide-width looms, to a new "
            "factory in Kellow Vale, 25 miles away, by the end of next year. All 210 employees "
            "will be offered jobs there, with a free shuttle bus from Bradstock for at least two "
            "years; the company expects most to accept, though some older staff may opt for "
            "voluntary redundancy. The council will look for a new use for the listed mill, "
            "which is too expensive to heat."),
        errors=[
            E("attribution", "the company expects", "Union official Craig Medway said", "major"),
            E("repetition", "too expensive to heat", None, "minor", occ=1),
        ],
        traps=[
            T("cannot house", "could not accommodate"),
        ],
    ),
    # ------------------------------------------------------------------
    # TRANSLATIONS, consistent
    # ------------------------------------------------------------------
    dict(
        domain="rare breed sheep show", mode="translation",
        reference=(
            "More than 1,200 sheep from 38 rare breeds were exhibited on Saturday at the annual "
            "livestock show in Valdemora, which organisers said had drawn a record 9,000 "
            "visitors. The top prize, the Silver Crook, went to a Castellan Black ram bred by "
            "farmer Inés Arroyal from the village of Peñaseca. According to the breeders' "
            "association, fewer than 500 breeding ewes of this breed remain in the country. The "
            "association's president, Julián Merino, called on the regional government to "
            "increase subsidies for farmers who keep endangered breeds, which currently amount to "
            "40 euros per animal per year. The show will be held again next September."),
        candidate=(
            "Over 1,200 sheep representing 38 rare breeds were on display at Valdemora's yearly "
            "livestock fair on Saturday, an event which, the organisers said, attracted an "
            "unprecedented 9,000 visitors. The Silver Crook, the show's highest award, was won "
            "by a Castellan Black ram raised by Inés Arroyal, a farmer from the village of "
            "Peñaseca. The breeders' association says that the country has under 500 breeding "
            "ewes of the breed left. Its president, Julián Merino, urged the regional government "
            "to raise the subsidies paid to farmers keeping endangered breeds, currently 40 euros "
            "a year for each animal. The next edition of the show will take place in September "
            "next year."),
        errors=[],
        traps=[
            T("yearly livestock fair", "annual livestock show"),
            T("an unprecedented 9,000 visitors", "a record 9,000 visitors"),
            T("under 500 breeding ewes", "fewer than 500 breeding ewes"),
            T("40 euros a year for each animal", "40 euros per animal per year"),
            T("in September next year", "next September"),
        ],
    ),
    dict(
        domain="motorway service station plan", mode="translation",
        reference=(
            "The regional planning authority has approved the construction of a service station "
            "on the A7 motorway between Lindenau and Oberfeld, ending a dispute that lasted "
            "almost four years. The developer, Autohof Brenner GmbH, plans to invest 28 million "
            "euros in the site, which will include a petrol station, 40 electric vehicle "
            "charging points, a restaurant and parking for 120 lorries. Around 90 jobs are "
            "expected to be created. Residents of Oberfeld had objected to the project because "
            "of noise and light pollution; in response, the authority required the developer to "
            "build a four-metre noise barrier and to plant 2,000 trees. Work is scheduled to "
            "begin in spring and take about 18 months."),
        candidate=(
            "After a dispute lasting nearly four years, the regional planning authority has given "
            "the go-ahead for a service area on the A7 motorway between Lindenau and Oberfeld. "
            "Autohof Brenner GmbH, the developer, intends to invest €28 million in the project, "
            "which will comprise a filling station, 40 charging points for electric vehicles, a "
            "restaurant and 120 parking spaces for heavy goods vehicles. Some 90 jobs are likely "
            "to be created. Objections from Oberfeld residents over noise and light pollution "
            "led the authority to impose conditions: the developer must put up a noise barrier "
            "four metres high and plant 2,000 trees. Construction is scheduled to start in the "
            "spring and to last around a year and a half."),
        errors=[],
        traps=[
            T("nearly four years", "almost four years"),
            T("€28 million", "28 million euros"),
            T("120 parking spaces for heavy goods vehicles", "parking for 120 lorries"),
            T("Some 90 jobs are likely", "Around 90 jobs are expected"),
            T("around a year and a half", "about 18 months"),
        ],
    ),
    dict(
        domain="dog licence revival", mode="translation",
        reference=(
            "The municipality of Kordeno will reintroduce an annual dog licence from next "
            "January, 30 years after the previous scheme was abolished. Owners will pay 25 euros "
            "per dog, reduced to 10 euros for pensioners and people receiving disability "
            "benefits; guide and assistance dogs will be exempt. The council expects to raise "
            "around 180,000 euros a year, which will be spent on waste bins, cleaning of parks and "
            "a new fenced exercise area. Deputy mayor Tomasz Wierzbicki said the number of "
            "registered dogs had doubled in ten years to about 8,000. Owners who fail to register "
            "their animals may be fined up to 200 euros."),
        candidate=(
            "From January next year, Kordeno will once again require dog owners to buy a yearly "
            "licence, three decades after the old system was scrapped. The fee will be €25 for "
            "each dog, or €10 for pensioners and recipients of disability benefits, while guide "
            "dogs and assistance dogs are exempt. The town council anticipates annual revenue of "
            "roughly €180,000, to be used for waste bins, park cleaning and a new fenced area "
            "where dogs can exercise. According to deputy mayor Tomasz Wierzbicki, the number of "
            "registered dogs has doubled over the past decade and now stands at about 8,000. "
            "Owners who do not register their pets could face fines of as much as €200."),
        errors=[],
        traps=[
            T("three decades", "30 years"),
            T("roughly €180,000", "around 180,000 euros"),
            T("doubled over the past decade", "doubled in ten years"),
            T("could face fines of as much as €200", "may be fined up to 200 euros"),
        ],
    ),
    dict(
        domain="food bank warehouse", mode="translation",
        reference=(
            "The Solidarity Food Bank of Montclaire opened a new warehouse on Monday in the "
            "industrial zone of Saint-Aubry, tripling its storage capacity to 1,500 square "
            "metres. The building, formerly used by a furniture retailer, was bought for "
            "1.1 million euros with help from the regional council, which contributed 40 per "
            "cent. It includes a refrigerated room that will allow the food bank to accept fresh "
            "produce from supermarkets for the first time. Director Hélène Vasseur said the "
            "organisation now supplies 62 local charities and that demand had risen by a quarter "
            "since last year. About 150 volunteers work at the food bank each week."),
        candidate=(
            "On Monday the Montclaire Solidarity Food Bank inaugurated a new warehouse in "
            "Saint-Aubry's industrial area that gives it three times as much storage space as "
            "before, a total of 1,500 square metres. Previously occupied by a furniture shop, the "
            "premises were bought for €1.1 million, of which the regional council paid "
            "two-fifths. Thanks to a cold room on site, the food bank will be able to take fresh "
            "produce from supermarkets, something it has never done before. According to its "
            "director, Hélène Vasseur, it currently supplies 62 local charities, and demand has "
            "gone up by 25% compared with last year. Each week some 150 volunteers work there."),
        errors=[],
        traps=[
            T("three times as much storage space as before", "tripling its storage capacity"),
            T("two-fifths", "40 per cent"),
            T("something it has never done before", "for the first time"),
            T("by 25%", "by a quarter"),
            T("some 150 volunteers", "About 150 volunteers"),
        ],
    ),
    dict(
        domain="courthouse asbestos removal", mode="translation",
        reference=(
            "The district courthouse in Velmar will close for five months from 1 June so that "
            "asbestos can be removed from its ceilings and heating ducts, the Ministry of Justice "
            "announced. Hearings scheduled during this period will be moved to the courthouse in "
            "the neighbouring town of Riesach, about 20 kilometres away, and to a temporary "
            "hearing room in Velmar's cultural centre. The work, costing 2.4 million euros, will "
            "be carried out by a specialist contractor under the supervision of the labour "
            "inspectorate. Court president Judge Anja Kessler said she regretted the "
            "inconvenience but that the health of staff and the public came first. The asbestos "
            "was identified during a routine inspection last autumn."),
        candidate=(
            "According to the Justice Ministry, Velmar's district court building will shut on "
            "1 June for five months while asbestos is taken out of the ceilings and heating "
            "ducts. Hearings due to take place in that time will be relocated partly to the "
            "courthouse in nearby Riesach, some 20 km away, and partly to a temporary courtroom "
            "set up in the Velmar cultural centre. A specialist firm will do the €2.4 million "
            "job, supervised by the labour inspectorate. The president of the court, Judge Anja "
            "Kessler, expressed regret for the inconvenience, saying that the health of employees "
            "and members of the public had to take priority. The asbestos was discovered last "
            "autumn in the course of a routine inspection."),
        errors=[],
        traps=[
            T("some 20 km away", "about 20 kilometres away"),
            T("€2.4 million", "2.4 million euros"),
            T("supervised by the labour inspectorate",
              "under the supervision of the labour inspectorate"),
            T("had to take priority", "came first"),
        ],
    ),
    # ------------------------------------------------------------------
    # TRANSLATIONS, inconsistent
    # ------------------------------------------------------------------
    dict(
        domain="swimming pool chlorine leak", mode="translation",
        reference=(
            "Around 80 people were evacuated from the Aquapark municipal swimming pool in "
            "Brenica on Wednesday afternoon after a chlorine leak in the plant room. Eleven "
            "people, including six children, were taken to hospital with breathing difficulties "
            "and eye irritation; all but one were discharged the same evening. Firefighters in "
            "protective suits sealed the leak within an hour. According to the city, a faulty "
            "dosing pump was probably to blame. The pool will remain closed until at least "
            "Monday while the equipment is checked by an independent engineer. Police have "
            "opened an inquiry, which is standard procedure in such cases."),
        candidate=(
            "Some 80 people had to leave the Aquapark municipal pool in Brenica on Wednesday "
            "afternoon when chlorine leaked in the plant room. Eleven people, six of them "
            "children, were hospitalised with breathing problems and irritated eyes; all except "
            "one went home that evening. Firefighters wearing protective suits stopped the leak "
            "in less than an hour. The city said the leak was caused by a faulty dosing pump. "
            "The pool will stay closed until Monday so that an independent engineer can inspect "
            "the equipment. The police have launched an investigation, as is routine in cases of "
            "this kind."),
        errors=[
            E("modality", "was caused by", "was probably to blame", "major"),
            E("omission", "", "at least", "minor", before="Monday"),
        ],
        traps=[
            T("six of them children", "including six children"),
            T("all except one went home that evening", "all but one were discharged the same evening"),
        ],
    ),
    dict(
        domain="antique clock theft", mode="translation",
        reference=(
            "An 18th-century astronomical clock worth an estimated 350,000 euros was stolen "
            "overnight from the Van Houten clock museum in Drevelt, police said on Thursday. The "
            "thieves broke a rear window, disabled part of the alarm system and removed the "
            "clock from its display case in under ten minutes, according to security footage. "
            "The clock, made by the Zwaarden-trained craftsman Pieter Hollaert in 1764, had been "
            "lent to the museum by a private collector. Museum director Marijke Dekker said the "
            "object was too well known to be sold openly. Police are asking antique dealers to "
            "report any suspicious offers."),
        candidate=(
            "Police said on Thursday that thieves had stolen an astronomical clock dating from "
            "the 18th century, valued at around 350,000 euros, from the Van Houten clock museum "
            "in Drevelt during the night. Security camera images show that they smashed a back "
            "window, put part of the alarm out of action and took the clock out of its case in "
            "less than ten minutes. Made in 1764 by Pieter Hollaert, a craftsman who trained in "
            "Zwaarden, the clock had been on loan from the museum to a private collector. The "
            "museum's director, Marijke Dekker, said it was too famous to be sold on the open "
            "market. Antique dealers have been asked by police to report any suspicious offers."),
        errors=[
            E("role", "on loan from the museum to a private collector",
              "lent to the museum by a private collector", "major"),
        ],
        traps=[
            T("valued at around 350,000 euros", "worth an estimated 350,000 euros"),
            T("in less than ten minutes", "in under ten minutes"),
        ],
    ),
    dict(
        domain="fire brigade merger", mode="translation",
        reference=(
            "The volunteer fire brigades of Hollenried and Sankt Veit will merge on 1 January "
            "2026, the two municipal councils decided on Tuesday evening. The new brigade will "
            "have about 70 members and will be based at the larger station in Hollenried, while "
            "the Sankt Veit station will remain in use as a second base for a vehicle and "
            "equipment. Both brigades have struggled to recruit volunteers who are available "
            "during working hours. The district fire chief, Markus Leitner, said response times "
            "would not increase. The councils will jointly fund a new tanker truck costing "
            "480,000 euros, with half of the cost covered by the state."),
        candidate=(
            "On Thursday evening, the municipal councils of Hollenried and Sankt Veit decided to "
            "merge their volunteer fire brigades on 1 January 2026. The combined brigade, with "
            "roughly 70 members, will be headquartered at Hollenried's bigger station; the one in "
            "Sankt Veit will continue to be used as a secondary base housing a vehicle and "
            "equipment. Both brigades have had difficulty finding volunteers who can turn out "
            "during working hours. According to district fire chief Markus Leitner, response "
            "times would rise. The two councils will share the cost of a new 480,000-euro "
            "tanker, half of which will be paid by the state."),
        errors=[
            E("date", "Thursday evening", "Tuesday evening", "minor"),
            E("polarity", "would rise", "would not increase", "major"),
        ],
        traps=[
            T("roughly 70 members", "about 70 members"),
            T("a new 480,000-euro tanker", "a new tanker truck costing 480,000 euros"),
        ],
    ),
    dict(
        domain="rail freight terminal", mode="translation",
        reference=(
            "A new rail freight terminal opened on Monday at the port of Kalvik, allowing "
            "containers to be transferred directly from ships to trains. The terminal, built at "
            "a cost of 95 million kronor, has four loading tracks each 750 metres long and can "
            "handle up to 40 trains a week. The port authority estimates that it will take "
            "around 25,000 lorry journeys a year off the region's roads. The first train, "
            "carrying 60 containers of timber products, left for the inland logistics hub at "
            "Orsberg on Monday afternoon. Operator Nordfrakt said it planned to increase services "
            "gradually over the coming year."),
        candidate=(
            "Containers can now be moved straight from ships onto trains at the port of Kalvik, "
            "where a new rail freight terminal was opened on Monday. The 95-million-kronor "
            "facility has four 750-metre loading tracks and a capacity of as many as 40 trains a "
            "week. According to the port authority's estimate, it will remove some 25,000 lorry "
            "trips a year from roads in the region. On Monday afternoon the first train, loaded "
            "with 60 containers of timber products, reached the inland logistics hub at Orsberg. "
            "Nordfrakt, the operator, said it intended to expand services step by step over the "
            "next twelve months."),
        errors=[
            E("event", "reached", "left for", "major"),
        ],
        traps=[
            T("as many as 40 trains a week", "up to 40 trains a week"),
            T("some 25,000 lorry trips", "around 25,000 lorry journeys"),
            T("step by step", "gradually"),
        ],
    ),
    dict(
        domain="emergency flood pumps", mode="translation",
        reference=(
            "The civil protection agency has deployed 14 high-capacity mobile pumps to the town "
            "of Saravel, where the river Ondra burst its banks on Sunday and flooded around 300 "
            "homes. Each pump can move up to 2,000 litres of water per second. The pumps were "
            "brought from a national reserve depot in Corvallo and are operated by teams from "
            "the agency and the local fire service. Mayor Lucia Ferrandi said water levels in the "
            "historic centre had fallen by about half a metre overnight, but warned that more "
            "rain was forecast for Thursday. Residents of the lower districts have been advised "
            "not to return home until the electricity supply has been checked."),
        candidate=(
            "Fourteen high-capacity mobile pumps have been sent by the civil protection agency to "
            "Saravel, where about 300 homes were flooded when the river Corvallo overflowed on "
            "Sunday. Each pump is capable of shifting as much as 2,000 litres a second. Taken "
            "from a national reserve depot in Corvallo, they are being run by crews from the "
            "agency and the local fire brigade. The mayor, Lucia Ferrandi, said the water in the "
            "historic centre had dropped by roughly 50 centimetres during the night, but she "
            "cautioned that further rain was forecast for Thursday. People living in the lower "
            "parts of town have been advised not to go back to their homes until the electricity "
            "supply has been checked."),
        errors=[
            E("entity", "Corvallo", "Ondra", "major", occ=0),
        ],
        traps=[
            T("Fourteen", "14"),
            T("as much as 2,000 litres a second", "up to 2,000 litres of water per second"),
            T("roughly 50 centimetres", "about half a metre"),
        ],
    ),
]


# ----------------------------------------------------------------------
# offset computation and validation
# ----------------------------------------------------------------------
class SetError(Exception):
    pass


def find_nth(hay, needle, occ, what):
    start = -1
    for _ in range(occ + 1):
        start = hay.find(needle, start + 1)
        if start < 0:
            raise SetError(f"{what}: {needle!r} occurrence {occ} not found")
    return start


def is_word(ch):
    return ch.isalnum()


def check_boundaries(text, start, end, what):
    if start > 0 and start < len(text) and is_word(text[start - 1]) and is_word(text[start]):
        raise SetError(f"{what}: span start {start} cuts a word")
    if end > 0 and end < len(text) and is_word(text[end - 1]) and is_word(text[end]):
        raise SetError(f"{what}: span end {end} cuts a word")


def word_count(s):
    return len(re.findall(r"\S+", s))


def build():
    records = []
    if len(CASES) != 40:
        raise SetError(f"expected 40 cases, got {len(CASES)}")
    for i, case in enumerate(CASES, 1):
        cid = f"{PREFIX}-{i:03d}"
        ref, cand = case["reference"], case["candidate"]
        what = f"{cid} ({case['domain']})"
        if case["domain"] not in DOMAINS:
            raise SetError(f"{what}: unknown domain")
        if case["mode"] not in MODES:
            raise SetError(f"{what}: bad mode")
        for s, name in ((ref, "reference"), (cand, "candidate")):
            if "  " in s or s != s.strip():
                raise SetError(f"{what}: stray whitespace in {name}")
            if '"' in s:
                raise SetError(f"{what}: straight double quote in {name}")
        nref = word_count(ref)
        if not 70 <= nref <= 190:
            raise SetError(f"{what}: reference has {nref} words")
        if case["mode"] == "summary" and not (word_count(cand) < nref and len(cand) < len(ref)):
            raise SetError(f"{what}: summary not shorter than reference")
        if ref == cand:
            raise SetError(f"{what}: candidate identical to reference")

        spans = []  # (start, end, kind)
        errors = []
        for e in case["errors"]:
            t = e["type"]
            if t not in ERROR_TYPES:
                raise SetError(f"{what}: bad error type {t}")
            if e["severity"] not in SEVERITIES:
                raise SetError(f"{what}: bad severity")
            if t == "omission":
                if case["mode"] == "summary":
                    raise SetError(f"{what}: omission in a summary")
                if e["text"] != "" or not e["ref"]:
                    raise SetError(f"{what}: omission needs empty text and a ref_text")
                if (e["before"] is None) == (e["after"] is None):
                    raise SetError(f"{what}: omission needs exactly one of before/after")
                if e["before"] is not None:
                    pos = find_nth(cand, e["before"], e["occ"], what)
                else:
                    pos = find_nth(cand, e["after"], e["occ"], what) + len(e["after"])
                if 0 < pos < len(cand) and is_word(cand[pos - 1]) and is_word(cand[pos]):
                    raise SetError(f"{what}: omission point inside a word")
                if e["ref"] in cand:
                    raise SetError(f"{what}: omitted words {e['ref']!r} occur in candidate")
                start = end = pos
            else:
                if e["before"] is not None or e["after"] is not None:
                    raise SetError(f"{what}: before/after only for omissions")
                if not e["text"]:
                    raise SetError(f"{what}: empty error text")
                start = find_nth(cand, e["text"], e["occ"], what)
                end = start + len(e["text"])
                check_boundaries(cand, start, end, what)
                if t in ("addition", "repetition"):
                    if e["ref"] is not None:
                        raise SetError(f"{what}: {t} must have ref_text null")
                else:
                    if not e["ref"]:
                        raise SetError(f"{what}: {t} needs a ref_text")
                    if e["ref"] == e["text"]:
                        raise SetError(f"{what}: error text equals ref_text")
                if t == "repetition" and cand.find(e["text"]) >= start:
                    raise SetError(f"{what}: repetition has no earlier copy")
                if t == "addition" and e["text"] in ref:
                    raise SetError(f"{what}: added text occurs in reference")
            if e["ref"] is not None and e["ref"] not in ref:
                raise SetError(f"{what}: ref_text {e['ref']!r} not in reference")
            spans.append((start, end, f"error {t}"))
            errors.append({"start": start, "end": end, "text": cand[start:end], "type": t,
                           "severity": e["severity"], "ref_text": e["ref"]})

        traps = []
        for tr in case["traps"]:
            start = find_nth(cand, tr["text"], tr["occ"], what)
            end = start + len(tr["text"])
            check_boundaries(cand, start, end, what)
            if tr["ref"] not in ref:
                raise SetError(f"{what}: trap ref_text {tr['ref']!r} not in reference")
            if tr["ref"] == tr["text"]:
                raise SetError(f"{what}: trap worded identically")
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": cand[start:end],
                          "ref_text": tr["ref"]})

        # overlaps (an omission point may not fall strictly inside another span)
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1, _ = spans[a]
                s2, e2, _ = spans[b]
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    if s < p < e or (s == e == p):
                        raise SetError(f"{what}: omission point overlaps a span")
                elif s1 < e2 and s2 < e1:
                    raise SetError(f"{what}: spans overlap: {spans[a]} {spans[b]}")

        label = "inconsistent" if errors else "consistent"
        if label == "consistent" and not 3 <= len(traps) <= 5:
            raise SetError(f"{what}: consistent pair needs 3-5 traps")
        if label == "inconsistent" and not (0 <= len(traps) <= 3 and 1 <= len(errors) <= 3):
            raise SetError(f"{what}: inconsistent pair needs 0-3 traps and 1-3 errors")

        for x in errors:
            assert cand[x["start"]:x["end"]] == x["text"]
        for x in traps:
            assert cand[x["start"]:x["end"]] == x["text"]
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": case["domain"], "mode": case["mode"],
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})

    # set-level composition
    domains = [r["domain"] for r in records]
    if len(set(domains)) != 40 or set(domains) != set(DOMAINS):
        raise SetError("domains must be the 40 listed ones, each used once")
    by = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(by) != want:
        raise SetError(f"mode/label mix wrong: {dict(by)}")
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise SetError(f"expected 30 errors, got {sum(types.values())}")
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise SetError(f"error type {t} used {types[t]} times")
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if per_pair[1] + per_pair[2] < 15:
        raise SetError("most inconsistent pairs should carry 1-2 errors")
    return records


def summary(records):
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    lab = Counter(r["label"] for r in records)
    modes = Counter((r["mode"], r["label"]) for r in records)
    traps_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    traps_i = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    words = [word_count(r["reference"]) for r in records]
    lines = [
        f"pairs: {len(records)}  labels: {dict(lab)}",
        "modes: " + ", ".join(f"{m}/{l}={n}" for (m, l), n in sorted(modes.items())),
        f"errors: {sum(types.values())}  " + ", ".join(f"{t}={types[t]}" for t in ERROR_TYPES),
        f"severities: {dict(sev)}",
        f"errors per inconsistent pair: {dict(sorted(per_pair.items()))}",
        f"traps: {traps_c + traps_i} (consistent {traps_c}, inconsistent {traps_i})",
        f"reference words: min {min(words)}, max {max(words)}",
    ]
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build()
    except SetError as exc:
        print(f"INVALID: {exc}", file=sys.stderr)
        sys.exit(1)
    print(summary(records))
    if check_only:
        print("check passed; nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT_PATH}")


if __name__ == "__main__":
    main()
