#!/usr/bin/env python3
"""Held-out evaluation set 131 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair was written by hand, as Python data in this file, by a helper that
saw no code, data or benchmark of the project; it worked only from a written
brief.  All people, companies, organisations, places and figures are invented
(real countries appear only as background).  Character offsets are never typed
by hand: this script finds every quoted span by string search (with an
occurrence index where a quoted text repeats), validates everything and writes
set131.jsonl next to itself.

    python3 make_set131.py          # validate and write set131.jsonl
    python3 make_set131.py --check  # validate only, write nothing

Composition
-----------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrites (10 consistent / 10 inconsistent), 10 summaries (5 / 5),
  10 translations (5 / 5).  Translation pairs are two independent English
  renderings of the same non-English story, so wording differs throughout.
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
  two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2 (rewrite/translation only), addition 2,
  repetition 2.
* Traps (faithful rewordings a naive checker might flag): 153 in all; 98 in
  the consistent pairs (3-5 each) and 55 in the inconsistent pairs (0-3 each).
* References are 70-190 words in news / agency / corporate / official
  register; summaries are shorter than their references.

Record format (one JSON object per line)
----------------------------------------
id, domain, mode, reference, candidate, label, errors[{start, end, text, type,
severity, ref_text}], traps[{start, end, text, ref_text}].  Offsets are Python
str offsets into candidate, [start, end).  Omissions are zero-width spans at
the point where the missing words belong (text "", ref_text = missing words).
Addition and repetition errors carry ref_text null; a repetition span is the
later copy of earlier candidate text.
"""

import json
import os
import random
import re
import sys
from collections import Counter

N = 131
PREFIX = "s131"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set131.jsonl")

DOMAINS = [
    "stolen tractor recovered", "pet food recall", "ballet company tour",
    "minibus donation", "coastal path collapse", "rice harvest forecast",
    "barley crop failure", "skate park petition", "oil spill cleanup crew",
    "judo club", "cave rescue drill", "pecan harvest", "snow plough shortage",
    "lake ferry sinking inquiry", "chocolate factory sale",
    "koala habitat clearing", "safari lodge fire", "beef export deal",
    "polar research station", "chess cheating probe", "brewery takeover",
    "gravel extraction appeal", "violin theft", "roadworks compensation",
    "textile factory inspection", "flamenco school funding",
    "student housing complaint", "wrestling federation", "bakery fire",
    "salt flat lithium lease", "lobster season opening",
    "thermal spa reopening", "pylon route objection",
    "fur trading post museum", "marina development", "wine tasting fraud",
    "pension fund deficit", "covered bridge repair",
    "opera house refurbishment", "paprika harvest",
]

TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, etype, severity, ref, occ=0, after=None, before=None, aocc=0):
    """An error.  For an omission, text is "" and the zero-width position is
    given by `after` (end of that candidate text) or `before` (its start);
    aocc picks the occurrence of that anchor."""
    return {"text": text, "type": etype, "severity": severity, "ref": ref,
            "occ": occ, "after": after, "before": before, "aocc": aocc}


def T(text, ref, occ=0):
    """A trap: faithful candidate wording `text` for reference wording `ref`."""
    return {"text": text, "ref": ref, "occ": occ}


def add(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})


# ---------------------------------------------------------------------------
# Rewrites, consistent (10)
# ---------------------------------------------------------------------------

add("ballet company tour", "rewrite",
    ("The Halvern City Ballet will take its production of 'The Glass Orchard' "
     "on a 14-city tour of Canada and the United States next spring, the "
     "company announced on Monday. The tour opens in Carraway on 3 April and "
     "closes in Fernhollow on 28 May. Artistic director Marguerite Oduya said "
     "the company would travel with 46 dancers and a reduced orchestra of 22 "
     "musicians, roughly half the size of its home ensemble. Tickets for the "
     "eight Canadian dates go on sale on 1 November. The company said the tour "
     "had been made possible by a grant of C$850,000 from the Brannock "
     "Foundation, which has supported the troupe since 2009. It is the first "
     "time in more than a decade that the company has toured outside its home "
     "province."),
    ("Halvern City Ballet announced on Monday that it will tour 'The Glass "
     "Orchard' to 14 cities across Canada and the US next spring, opening in "
     "Carraway on April 3 and finishing in Fernhollow on May 28. The company "
     "will travel with 46 dancers and a reduced 22-piece orchestra, about half "
     "the size of its home ensemble, according to artistic director Marguerite "
     "Oduya. Tickets for the eight dates in Canada go on sale on November 1. A "
     "C$850,000 grant from the Brannock Foundation, a backer of the troupe "
     "since 2009, made the tour possible, the company said. The company has "
     "not toured beyond its home province for more than ten years."),
    traps=[
        T("April 3", "3 April"),
        T("a reduced 22-piece orchestra", "a reduced orchestra of 22 musicians"),
        T("a backer of the troupe since 2009",
          "which has supported the troupe since 2009"),
        T("has not toured beyond its home province for more than ten years",
          "the first time in more than a decade that the company has toured "
          "outside its home province"),
    ])

add("minibus donation", "rewrite",
    ("A 16-seat minibus has been donated to the Pellow Bridge Day Centre by "
     "local haulage firm Tremayne Freight, allowing the centre to resume "
     "outings for elderly members that were halted two years ago. The vehicle, "
     "which is fitted with a wheelchair lift, was handed over at a ceremony on "
     "Friday 12 July. Centre manager Irene Castell said the bus would be used "
     "at least three times a week and would let up to 40 members a month take "
     "part in trips. Tremayne Freight will also cover the vehicle's insurance "
     "for its first three years. The centre's previous minibus was withdrawn "
     "in 2022 after failing a safety inspection, and a public appeal to "
     "replace it raised \u00a39,300, well short of the \u00a348,000 needed."),
    ("Elderly members of the Pellow Bridge Day Centre will be able to go on "
     "outings again, two years after they were stopped, thanks to a 16-seat "
     "minibus given by Tremayne Freight, a local haulier. The bus, which has a "
     "wheelchair lift, was handed over at a ceremony on Friday, 12 July. It "
     "will be used a minimum of three times a week, manager Irene Castell "
     "said, allowing as many as 40 members each month to join trips. The "
     "haulage company will also pay for the bus's insurance for the first "
     "three years. The centre's old minibus was taken off the road in 2022 "
     "after it failed a safety check; a public appeal to replace it brought in "
     "\u00a39,300, far below the \u00a348,000 required."),
    traps=[
        T("two years after they were stopped", "that were halted two years ago"),
        T("a local haulier", "local haulage firm"),
        T("a minimum of three times a week", "at least three times a week"),
        T("as many as 40 members each month", "up to 40 members a month"),
        T("far below the \u00a348,000 required",
          "well short of the \u00a348,000 needed"),
    ])

add("judo club", "rewrite",
    ("Kestrel Vale Judo Club has been awarded \u00a362,000 by the regional "
     "sports council to build a dedicated dojo, ending a 19-year arrangement "
     "under which members trained in a school gymnasium. The club, founded in "
     "1998 by former national coach Dennis Aubrey-Hale, has 210 members, more "
     "than half of whom are under 16. Construction on a site next to the "
     "Kestrel Vale leisure centre is due to begin in September and should be "
     "finished by the following spring, club secretary Amira Tolland said. The "
     "council's grant covers roughly two-thirds of the \u00a393,000 cost; the "
     "club intends to raise the remainder through sponsorship and a membership "
     "levy of \u00a35 a year. Two of the club's juniors won medals at the "
     "national youth championships in March."),
    ("The regional sports council has granted Kestrel Vale Judo Club "
     "\u00a362,000 towards a purpose-built dojo, meaning its members will no "
     "longer have to train in a school gym, as they have for 19 years. The "
     "grant pays for about two-thirds of the \u00a393,000 project, with the "
     "club planning to raise the rest from sponsorship and an annual \u00a35 "
     "levy on members. Work on the site beside the Kestrel Vale leisure centre "
     "is scheduled to start in September and is expected to be completed by "
     "the following spring, club secretary Amira Tolland said. Founded in 1998 "
     "by Dennis Aubrey-Hale, a former national coach, the club has 210 "
     "members, over half of them aged under 16. In March, two of its juniors "
     "took medals at the national youth championships."),
    traps=[
        T("purpose-built dojo", "dedicated dojo"),
        T("about two-thirds of the \u00a393,000 project",
          "roughly two-thirds of the \u00a393,000 cost"),
        T("an annual \u00a35 levy on members",
          "a membership levy of \u00a35 a year"),
        T("is expected to be completed by the following spring",
          "should be finished by the following spring"),
        T("over half of them aged under 16", "more than half of whom are under 16"),
    ])

add("cave rescue drill", "rewrite",
    ("More than 60 volunteers from four cave rescue teams took part in an "
     "overnight exercise in the Dunmorrow cave system on Saturday, simulating "
     "the recovery of two injured cavers trapped 140 metres below the surface. "
     "The drill, organised by the Western Fells Cave Rescue Organisation, "
     "began at 7pm and ended shortly before 5am on Sunday. A casualty "
     "stretcher was hauled through a flooded passage known as the Sump Gate "
     "for the first time in a training scenario. Exercise coordinator Bryn "
     "Mallory said the teams had completed the mock rescue in just under ten "
     "hours, about two hours faster than in a similar drill in 2021. He added "
     "that communication between surface and underground crews remained the "
     "main weakness, and that new radio relays would be tested in the spring."),
    ("Four cave rescue teams, with over 60 volunteers between them, spent "
     "Saturday night in the Dunmorrow cave system rehearsing the rescue of two "
     "injured cavers stuck 140 metres underground. The exercise, run by the "
     "Western Fells Cave Rescue Organisation, lasted from 7pm until shortly "
     "before 5am on Sunday. For the first time in training, a stretcher "
     "carrying a casualty was pulled through the flooded Sump Gate passage. "
     "According to exercise coordinator Bryn Mallory, the teams finished the "
     "mock rescue in slightly less than ten hours, roughly two hours quicker "
     "than in a comparable drill in 2021. Communication between crews on the "
     "surface and those below ground was still the biggest weakness, he said, "
     "and new radio relays will be trialled in the spring."),
    traps=[
        T("over 60 volunteers", "More than 60 volunteers"),
        T("140 metres underground", "140 metres below the surface"),
        T("slightly less than ten hours", "just under ten hours"),
        T("roughly two hours quicker", "about two hours faster"),
        T("will be trialled in the spring", "would be tested in the spring"),
    ])

add("koala habitat clearing", "rewrite",
    ("Conservation group Friends of the Marran Ranges has lodged a formal "
     "objection to plans by developer Corbel Estates to clear 38 hectares of "
     "eucalypt woodland near Ashbrook Flats for a housing estate. The group says the "
     "site supports an estimated 25 koalas and forms part of a corridor "
     "linking two larger populations. Corbel Estates said it would plant "
     "12,000 trees elsewhere to offset the loss and had commissioned its own "
     "ecological survey, which recorded 11 koalas on the land last winter. The "
     "state planning department will decide on the application by the end of "
     "March. The group's spokeswoman, Leonie Farrugia, said more than 1,400 "
     "residents had signed letters opposing the clearing."),
    ("Corbel Estates' plan to clear 38 hectares of eucalypt woodland near "
     "Ashbrook Flats to make way for a housing estate has drawn a formal objection "
     "from the conservation group Friends of the Marran Ranges. According to "
     "the group, an estimated 25 koalas live on the site, which is part of a "
     "corridor connecting two bigger populations. The developer, which says "
     "it will offset the loss by planting 12,000 trees elsewhere, commissioned "
     "an ecological survey of its own; it counted 11 koalas on the land last "
     "winter. A decision on the application is due from the state planning "
     "department by the end of March. Leonie Farrugia, speaking for the group, "
     "said over 1,400 residents had signed letters against the clearing."),
    traps=[
        T("connecting two bigger populations", "linking two larger populations"),
        T("The developer", "Corbel Estates"),
        T("A decision on the application is due from the state planning "
          "department",
          "The state planning department will decide on the application"),
        T("speaking for the group", "The group's spokeswoman"),
    ])

add("violin theft", "rewrite",
    ("A violin made in 1741 and valued at about \u20ac1.6 million was stolen "
     "from the car of a professional musician outside a restaurant in "
     "Vaudrenne on Tuesday evening, police said. The instrument belongs to the "
     "Verrand Foundation, which lends historic instruments to young "
     "performers, and had been on loan to 27-year-old violinist Tomas "
     "Heikkil\u00e4 since 2022. Heikkil\u00e4 told investigators he had left "
     "the car for around 20 minutes. The case also contained two bows and a "
     "passport. Police have appealed for witnesses and warned dealers that the "
     "violin, which carries a distinctive repair near its scroll, would be "
     "impossible to sell openly. The foundation said it was offering a reward "
     "of \u20ac50,000 for information leading to its recovery."),
    ("Police said a violin dating from 1741, worth roughly \u20ac1.6m, was "
     "taken from a professional musician's car parked outside a Vaudrenne "
     "restaurant on Tuesday evening. The instrument, owned by the Verrand "
     "Foundation, a body that lends historic instruments to young players, "
     "had been with violinist Tomas Heikkil\u00e4, 27, on loan since 2022. He "
     "told investigators the car had been unattended for about 20 minutes. "
     "Two bows and a passport were also in the case. Appealing for witnesses, "
     "police warned dealers that the violin, which has a distinctive repair "
     "close to its scroll, could not be sold openly. The foundation said it "
     "was offering \u20ac50,000 as a reward for information that leads to the "
     "instrument's recovery."),
    traps=[
        T("a violin dating from 1741", "A violin made in 1741"),
        T("worth roughly \u20ac1.6m", "valued at about \u20ac1.6 million"),
        T("violinist Tomas Heikkil\u00e4, 27",
          "27-year-old violinist Tomas Heikkil\u00e4"),
        T("the car had been unattended for about 20 minutes",
          "he had left the car for around 20 minutes"),
        T("could not be sold openly", "would be impossible to sell openly"),
    ])

add("roadworks compensation", "rewrite",
    ("Shopkeepers on Calder Street will be able to claim up to \u00a37,500 "
     "each in compensation for trade lost during 11 months of roadworks, "
     "Northambry City Council confirmed on Wednesday. The scheme, worth "
     "\u00a3400,000 in total, is open to businesses that can show a fall in "
     "turnover of at least 20 per cent compared with the same period a year "
     "earlier. Applications open on 2 June and close on 31 August. The "
     "roadworks, which replaced a Victorian sewer and widened the pavement, "
     "overran by four months after contractors found unexpected gas mains. "
     "Council leader Farah Nwosu said the payments were 'not a full answer' "
     "but recognised that traders had 'carried much of the burden'. The "
     "Calder Street Traders' Association had asked for \u00a315,000 per "
     "business."),
    ("Northambry City Council confirmed on Wednesday that shopkeepers on "
     "Calder Street can claim as much as \u00a37,500 apiece for trade lost "
     "during the 11 months the road was dug up. To qualify for the "
     "\u00a3400,000 scheme, a business must show its turnover dropped by a "
     "fifth or more compared with the same period the year before. Claims can "
     "be made between 2 June and 31 August. The works, which replaced a "
     "Victorian sewer and widened the pavement, ran four months over schedule "
     "when contractors came across gas mains they had not expected. The "
     "payments were 'not a full answer', council leader Farah Nwosu said, but "
     "they recognised that traders had 'carried much of the burden'. The "
     "Calder Street Traders' Association had been seeking \u00a315,000 for "
     "each business."),
    traps=[
        T("as much as \u00a37,500 apiece", "up to \u00a37,500 each"),
        T("its turnover dropped by a fifth or more",
          "a fall in turnover of at least 20 per cent"),
        T("ran four months over schedule", "overran by four months"),
        T("gas mains they had not expected", "unexpected gas mains"),
        T("had been seeking \u00a315,000 for each business",
          "had asked for \u00a315,000 per business"),
    ])

add("fur trading post museum", "rewrite",
    ("A 19th-century fur trading post on the banks of the Tessaly River will "
     "open as a museum on 15 June after a three-year restoration costing "
     "C$3.4 million, the Tessaly Heritage Trust said on Thursday. The log "
     "building, erected in 1832 by the Northern Pelt Company, served as a "
     "trading post until 1911 and later as a grain store. Restorers replaced "
     "roughly 40 per cent of the original timbers and rebuilt the stone "
     "chimney. The museum will display more than 300 objects, including trade "
     "ledgers, beaver pelts and beadwork lent by the Misatimos First Nation. "
     "Admission will be free for the first month. The trust expects about "
     "18,000 visitors a year."),
    ("The Tessaly Heritage Trust announced on Thursday that a fur trading "
     "post dating from the 1800s, on the banks of the Tessaly River, will open "
     "as a museum on 15 June following a C$3.4m restoration that took three "
     "years. Built in 1832 by the Northern Pelt Company, the log building "
     "served as a trading post until 1911 and was later used to store grain. "
     "About two-fifths of the original timbers were replaced and the stone "
     "chimney was rebuilt. More than 300 items will be on show, among them "
     "trade ledgers, beaver pelts and beadwork on loan from the Misatimos First "
     "Nation. Entry will cost nothing for the first month, and the trust "
     "anticipates roughly 18,000 visitors annually."),
    traps=[
        T("a fur trading post dating from the 1800s",
          "A 19th-century fur trading post"),
        T("About two-fifths of the original timbers were replaced",
          "Restorers replaced roughly 40 per cent of the original timbers"),
        T("on loan from the Misatimos First Nation",
          "lent by the Misatimos First Nation"),
        T("Entry will cost nothing for the first month",
          "Admission will be free for the first month"),
        T("roughly 18,000 visitors annually", "about 18,000 visitors a year"),
    ])

add("covered bridge repair", "rewrite",
    ("The Harlan Mill covered bridge, one of only three remaining in "
     "Ostwick County, will close to vehicles for five months from 3 March "
     "while its timber trusses and roof are repaired, county engineers said. "
     "The 1868 bridge carries about 900 vehicles a day. Pedestrians and "
     "cyclists will still be able to cross on a temporary walkway. Drivers "
     "will be diverted via Route 41, adding roughly 12 minutes to a typical "
     "journey. The $2.1 million project is being paid for mainly by a state "
     "historic bridges grant, with the county contributing $350,000. An "
     "inspection last autumn found rot in two of the bridge's lower chords and "
     "damage to its roof from a fallen tree."),
    ("County engineers said the Harlan Mill covered bridge will be shut to "
     "vehicle traffic for five months starting on 3 March so that its timber "
     "trusses and roof can be repaired. Built in 1868, it is one of just three "
     "covered bridges left in Ostwick County and is used by around 900 "
     "vehicles daily. A temporary walkway will keep it open to people on foot "
     "and on bicycles. Drivers will be sent along Route 41, a detour that adds "
     "about 12 minutes to an average trip. The $2.1m project is largely funded "
     "by a state historic bridges grant, with $350,000 coming from the county. "
     "Last autumn's inspection found rot in two of the bridge's lower chords "
     "and roof damage caused by a fallen tree."),
    traps=[
        T("shut to vehicle traffic", "close to vehicles"),
        T("one of just three covered bridges left in Ostwick County",
          "one of only three remaining in Ostwick County"),
        T("around 900 vehicles daily", "about 900 vehicles a day"),
        T("a detour that adds about 12 minutes to an average trip",
          "adding roughly 12 minutes to a typical journey"),
        T("largely funded by", "paid for mainly by"),
    ])

add("lobster season opening", "rewrite",
    ("The lobster season off the Carrow Peninsula will open at 6am on Monday "
     "14 November, a week later than last year, after fisheries officials "
     "delayed the start because of forecast storms. About 240 licensed boats "
     "are expected to take part, each permitted to set a maximum of 300 traps. "
     "The minimum carapace length remains 82.5 millimetres. The fisheries "
     "department said catches in the area had fallen by nearly a quarter over "
     "the past five seasons and that it would review trap limits before next "
     "year. Harbour master Colm Deveraux said boats would not be allowed to "
     "leave port before 5am to load traps, for safety reasons. Last season's "
     "landings were worth an estimated $96 million."),
    ("Because storms are forecast, fisheries officials have pushed back the "
     "opening of the Carrow Peninsula lobster season to 6am on Monday, 14 "
     "November, a week later than last year. Roughly 240 licensed vessels are "
     "likely to take part, and none may set more than 300 traps. The minimum "
     "carapace length is unchanged at 82.5mm. Over the last five seasons, "
     "catches in the area have dropped by almost 25 per cent, according to "
     "the fisheries department, which plans to review trap limits ahead of "
     "next year. For safety reasons, harbour master Colm Deveraux said, no "
     "boat will be allowed to leave port to load traps before 5am. Landings "
     "last season were valued at roughly $96m."),
    traps=[
        T("Roughly 240 licensed vessels are likely to take part",
          "About 240 licensed boats are expected to take part"),
        T("none may set more than 300 traps",
          "each permitted to set a maximum of 300 traps"),
        T("is unchanged at 82.5mm", "remains 82.5 millimetres"),
        T("dropped by almost 25 per cent", "fallen by nearly a quarter"),
        T("valued at roughly $96m", "worth an estimated $96 million"),
    ])

# ---------------------------------------------------------------------------
# Rewrites, inconsistent (10)
# ---------------------------------------------------------------------------

add("stolen tractor recovered", "rewrite",
    ("A tractor stolen from a farm near Wexholme last month has been found in "
     "a shipping container at Port Rellan, police said on Friday. The green "
     "Hallberg 7200, worth about \u00a385,000, was taken from Ashdown Farm on "
     "the night of 9 October along with a trailer and a set of GPS guidance "
     "equipment. Officers traced the vehicle through its tracking unit, which "
     "the thieves had failed to disable, shortly before the container was due "
     "to be loaded onto a ship bound for West Africa. Two men, aged 34 and 41, "
     "were arrested at the port and have been released on bail pending "
     "further inquiries. The trailer has not yet been found. Farmer Gwen "
     "Pritchard said she was 'hugely relieved'."),
    ("Police said on Friday that a tractor taken from Ashdown Farm near "
     "Wexholme last month had been recovered from a shipping container at "
     "Port Rellan. The green Hallberg 7200, valued at around \u00a358,000, "
     "was stolen on the night of 9 October together with a trailer and a set "
     "of GPS guidance equipment. Officers tracked it down using its tracking "
     "unit, which the thieves had not disabled, shortly after the container "
     "had been loaded onto a ship bound for West Africa. Two men, aged 34 and "
     "41, were arrested at the port and have been bailed while inquiries "
     "continue. The trailer is still missing. Farmer Gwen Pritchard said she "
     "was 'hugely relieved'."),
    errors=[
        E("\u00a358,000", "number", "minor", "\u00a385,000"),
        E("shortly after the container had been loaded", "date", "major",
          "shortly before the container was due to be loaded"),
    ],
    traps=[
        T("have been bailed while inquiries continue",
          "have been released on bail pending further inquiries"),
        T("The trailer is still missing", "The trailer has not yet been found"),
    ])

add("barley crop failure", "rewrite",
    ("Barley growers in the Lowdrummond district could lose up to 70 per cent of "
     "this year's crop after a wet spring was followed by eight weeks without "
     "significant rain, the regional farmers' union warned on Tuesday. Union "
     "president Harold Finchley said some farms had already abandoned fields "
     "that failed to establish, and that yields elsewhere were 'likely to be "
     "the worst in living memory'. The district normally produces around "
     "110,000 tonnes of malting barley a year, much of it sold to "
     "distilleries. The union has asked the agriculture ministry to declare a "
     "drought emergency, which would allow farmers to defer loan repayments. "
     "The ministry said it was assessing the situation and would make a "
     "decision within a fortnight."),
    ("The regional farmers' union warned on Tuesday that barley growers in "
     "the Lowdrummond district will lose 70 per cent of this year's crop, after a "
     "wet spring gave way to eight weeks with no significant rainfall. Some "
     "farms have already given up on fields where the crop failed to "
     "establish, union president Harold Finchley said, adding that yields "
     "elsewhere were 'likely to be the worst in living memory'. In a normal "
     "year the district grows about 110,000 tonnes of malting barley, much of "
     "which goes to distilleries. The union wants the agriculture ministry to "
     "declare a drought emergency, which would let farmers put off loan "
     "repayments. The ministry said it was looking into the situation and "
     "would decide within two weeks."),
    errors=[
        E("will lose 70 per cent", "modality", "major",
          "could lose up to 70 per cent"),
    ],
    traps=[
        T("In a normal year the district grows about 110,000 tonnes",
          "The district normally produces around 110,000 tonnes"),
        T("which would let farmers put off loan repayments",
          "which would allow farmers to defer loan repayments"),
        T("within two weeks", "within a fortnight"),
    ])

add("skate park petition", "rewrite",
    ("A petition calling on Haddersby Town Council to build a skate park at "
     "Mill Lane recreation ground has gathered more than 2,300 signatures in "
     "three weeks. The campaign was started by 15-year-old Josh Ellery and is "
     "backed by the youth charity Open Ground. Residents living next to the "
     "site have objected, citing concerns about noise and late-night "
     "gatherings. The council's leisure committee will consider the petition "
     "on 18 September. Council officers estimate that a concrete park of the "
     "size proposed would cost about \u00a3180,000, and say that funding could "
     "come partly from a developer contribution linked to the nearby Foxley "
     "Fields housing scheme. The nearest existing skate park is in Brenstow, "
     "eight miles away."),
    ("More than 2,300 people have signed a petition in three weeks urging "
     "Haddersby Town Council to build a skate park on the Mill Lane recreation "
     "ground. The campaign was launched by the youth charity Open Ground and "
     "is supported by 15-year-old Josh Ellery. Neighbours of the site have "
     "objected, pointing to worries about noise and gatherings late at night. "
     "The petition will go before the council's leisure committee on 18 "
     "September. A concrete park on the scale proposed would cost around "
     "\u00a3180,000, according to council officers, who say the money could "
     "come from a developer contribution tied to the nearby Foxley Fields "
     "housing scheme. The closest skate park at present is eight miles away "
     "in Brenstow."),
    errors=[
        E("launched by the youth charity Open Ground and is supported by "
          "15-year-old Josh Ellery", "role", "major",
          "started by 15-year-old Josh Ellery and is backed by the youth "
          "charity Open Ground"),
        E("", "omission", "minor", "partly", after="the money could come"),
    ],
    traps=[
        T("Neighbours of the site", "Residents living next to the site"),
        T("The petition will go before the council's leisure committee",
          "The council's leisure committee will consider the petition"),
    ])

add("snow plough shortage", "rewrite",
    ("Kelderby County has only 14 of its 23 snow ploughs in working order as "
     "winter approaches, a report to the highways committee has revealed. "
     "Nine vehicles are off the road awaiting parts, some of which have been "
     "on order since June. Highways director Ruth Oyelaran said the county "
     "would hire six ploughs from private contractors at a cost of \u00a34,200 "
     "a week if heavy snow was forecast before the repairs were completed. She "
     "said main routes and bus corridors would still be treated, but warned "
     "that residential streets might not be cleared for up to 48 hours after "
     "a heavy fall. The report blamed a national shortage of hydraulic "
     "components. Opposition councillors called the situation 'entirely "
     "foreseeable'."),
    ("With winter approaching, only 14 of Kelderby County's 23 snow ploughs "
     "are working, according to a report to the highways committee. The other "
     "nine are out of action waiting for parts, some ordered as long ago as "
     "June. If heavy snow is forecast before the repairs are finished, the "
     "county will hire six ploughs from private contractors at \u00a34,200 a "
     "week, highways director Ruth Oyelaran said. Main routes and bus "
     "corridors would no longer be treated, she said, and she warned that "
     "residential streets might not be cleared for up to two days after a "
     "heavy fall. The report put the problem down to a national shortage of "
     "hydraulic components. Opposition councillors described the situation as "
     "'entirely foreseeable'."),
    errors=[
        E("would no longer be treated", "polarity", "critical",
          "would still be treated"),
    ],
    traps=[
        T("The other nine are out of action", "Nine vehicles are off the road"),
        T("up to two days", "up to 48 hours"),
        T("put the problem down to", "blamed"),
    ])

add("safari lodge fire", "rewrite",
    ("A fire destroyed the main building of the Mbalangu Ridge Safari Lodge in "
     "northern Tanzania early on Sunday, but all 38 guests and 21 staff were "
     "evacuated safely, the lodge's owners said. The blaze is believed to have "
     "started in the kitchen at around 2am and spread to the thatched roof. "
     "Guests were moved to the company's sister property, Kilasi Camp, 40 "
     "kilometres away. Eight of the lodge's 16 guest tents, which stand apart "
     "from the main building, were damaged by smoke but not burned. Owner "
     "Hendrik Vos said the lodge would remain closed for at least three months "
     "while it was rebuilt. A fire investigator from the regional authority "
     "is expected to visit the site this week."),
    ("The main building of the Mbalangu Ridge Safari Lodge in northern Tanzania "
     "burned down early on Sunday, though its owners said all 38 guests and "
     "12 staff got out safely. The fire is thought to have begun in the "
     "kitchen at about 2am before spreading to the thatched roof. Guests were "
     "transferred to Kilasi Camp, a sister property 40km away. Eight of the "
     "lodge's 16 guest tents, which are separate from the main building, were "
     "burned in the blaze. Owner Hendrik Vos said the lodge would stay shut "
     "for at least three months while it was rebuilt. A fire investigator "
     "from the regional authority is expected to visit the site this week."),
    errors=[
        E("12 staff", "number", "major", "21 staff"),
        E("were burned in the blaze", "event", "major",
          "were damaged by smoke but not burned"),
    ],
    traps=[
        T("is thought to have begun", "is believed to have started"),
        T("40km away", "40 kilometres away"),
    ])

add("chess cheating probe", "rewrite",
    ("The Varnholm Chess Federation has opened an investigation into "
     "allegations that a player used an electronic device during the national "
     "open championship in Dellburg last weekend. The complaint was lodged by "
     "grandmaster Ilse Marquardt, who lost to the player in the final round. "
     "The federation's fair-play panel will examine the games and analyse the "
     "player's moves against computer engines, chief arbiter Pavel Strand "
     "said. The player, who has not been named, denies any wrongdoing. Strand "
     "said organisers had used metal detectors at the venue's entrance but "
     "had not screened players after breaks. Prize money of \u20ac4,000 due to "
     "the winner has been withheld pending the outcome, which is expected "
     "within six weeks."),
    ("The Varnholm Chess Federation is investigating claims that a player "
     "used an electronic device at the national open championship in Dellburg "
     "last weekend. Grandmaster Ilse Marquardt, who was beaten by the player "
     "in the final round, made the complaint. According to chief arbiter "
     "Pavel Strand, the federation's fair-play panel will examine the games "
     "and compare the player's moves with those of computer engines. The "
     "player, whose name has not been released, denies any wrongdoing. "
     "Marquardt said organisers had put metal detectors at the entrance to "
     "the venue but had not checked players after breaks. The winner's "
     "\u20ac4,000 prize has been held back until the outcome is known, which "
     "is expected within six weeks."),
    errors=[
        E("Marquardt said", "attribution", "major", "Strand said"),
    ],
    traps=[
        T("who was beaten by the player in the final round",
          "who lost to the player in the final round"),
        T("whose name has not been released", "who has not been named"),
        T("has been held back until the outcome is known",
          "has been withheld pending the outcome"),
    ])

add("gravel extraction appeal", "rewrite",
    ("Quarry operator Stannard Aggregates has lodged an appeal against "
     "Brackley District Council's refusal of permission to extract gravel "
     "from 52 hectares of farmland beside the River Omble. The land is owned "
     "by the Harrowgate Estate, which has leased it to Stannard for 20 years. "
     "The council rejected the application in March, saying heavy lorry "
     "traffic would harm the village of Lower Tessingham and that the scheme posed "
     "a flood risk. Stannard says the site holds around 3.5 million tonnes of "
     "sand and gravel and would support 30 jobs over its 15-year life. The "
     "appeal will be heard by a planning inspector at a public inquiry "
     "starting on 9 October. The parish council and the Omble Valley Society, "
     "which together collected 1,900 objections, will give evidence against "
     "the scheme."),
    ("Stannard Aggregates is appealing after Brackley District Council "
     "refused it permission to dig gravel from 52 hectares of farmland next "
     "to the River Omble. The land belongs to Stannard, which has leased it to "
     "the Harrowgate Estate for 20 years. When it turned the application down "
     "in March, the council said heavy lorry traffic would harm the village "
     "of Lower Tessingham and that the scheme posed a risk of flooding. According to "
     "the quarry operator, the site contains some 3.5 million tonnes of sand "
     "and gravel and would sustain 30 jobs across its 15-year lifespan. A "
     "planning inspector will hear the appeal at a public inquiry opening on 9 "
     "October, where the parish council and the Omble Valley Society, which "
     "between them gathered 1,900 objections, will give evidence against the "
     "scheme."),
    errors=[
        E("belongs to Stannard, which has leased it to the Harrowgate Estate",
          "role", "major",
          "owned by the Harrowgate Estate, which has leased it to Stannard"),
    ],
    traps=[
        T("some 3.5 million tonnes", "around 3.5 million tonnes"),
        T("A planning inspector will hear the appeal",
          "The appeal will be heard by a planning inspector"),
        T("between them gathered 1,900 objections",
          "together collected 1,900 objections"),
    ])

add("student housing complaint", "rewrite",
    ("More than 90 students living in the Foundry Court residence in Dunlarrow "
     "have filed a joint complaint with the city's housing standards office "
     "over mould, broken heating and repeated lift failures. The block, which "
     "houses 340 students, is run by private operator Keyfold Living under an "
     "agreement with Dunlarrow Metropolitan University. The complaint says some "
     "rooms were without heating for up to 11 days in January. Keyfold said "
     "it had replaced two boilers and hired a specialist contractor to deal "
     "with damp, and that all outstanding repairs would be completed by the "
     "end of February. The students' union is calling for a rent rebate of "
     "four weeks. The university said it was 'monitoring the situation "
     "closely'."),
    ("Over 90 students at the Foundry Court residence in Dunlarrow have lodged a "
     "joint complaint with Dunlarrow Metropolitan University about mould, broken "
     "heating and lifts that keep failing. The 340-bed block is operated by "
     "the private company Keyfold Living under an agreement with the "
     "university. According to the complaint, some rooms had no heating for "
     "as long as 11 days in January. Keyfold said two boilers had been "
     "replaced and a specialist contractor brought in to tackle damp, and that "
     "it had offered affected tenants a week's rent back. It said all "
     "outstanding repairs would be done by the end of February. The students' "
     "union wants a four-week rent rebate, while the university said it was "
     "'monitoring the situation closely'."),
    errors=[
        E("Dunlarrow Metropolitan University", "entity", "major",
          "the city's housing standards office"),
        E("and that it had offered affected tenants a week's rent back",
          "addition", "major", None),
    ],
    traps=[
        T("The 340-bed block", "The block, which houses 340 students"),
        T("for as long as 11 days", "for up to 11 days"),
        T("a four-week rent rebate", "a rent rebate of four weeks"),
    ])

add("bakery fire", "rewrite",
    ("Fire crews were called to Hollins Bakery on Market Row in Tamsford at "
     "4.20am on Wednesday after staff preparing the morning bake reported "
     "smoke coming from a flue. Four appliances attended and the fire was "
     "brought under control within an hour. No one was hurt; three bakers "
     "left the building before firefighters arrived. The blaze damaged the "
     "oven room and part of the roof, and the shop will be closed for at "
     "least a fortnight. Station commander Neil Osgood said the fire appeared "
     "to have started in a build-up of grease in the extraction duct. Owner "
     "Patricia Hollins, whose grandfather opened the bakery in 1956, said she "
     "hoped to reopen before Christmas."),
    ("Staff getting the morning bake ready at Hollins Bakery on Market Row, "
     "Tamsford, reported smoke coming from a flue at 4.20am on Wednesday, and "
     "fire crews were called out. The fire was under control within an hour, "
     "with four appliances in attendance. Nobody was injured; the three bakers "
     "had got out before firefighters arrived. The oven room and part of the "
     "roof were damaged, and the shop will stay closed for two weeks at least. "
     "According to station commander Neil Osgood, the fire seems to have begun "
     "in a build-up of grease in the extraction duct. Owner Patricia Hollins, "
     "whose grandfather opened the bakery in 1956, said she hoped to reopen "
     "after Christmas."),
    errors=[
        E("after Christmas", "date", "minor", "before Christmas"),
    ],
    traps=[
        T("with four appliances in attendance", "Four appliances attended"),
        T("for two weeks at least", "for at least a fortnight"),
        T("seems to have begun", "appeared to have started"),
    ])

add("wine tasting fraud", "rewrite",
    ("Prosecutors in Saint-Aubrenne have charged a former wine merchant with "
     "fraud over a series of private tastings at which guests were allegedly "
     "served cheaper wines relabelled as rare vintages. Investigators say "
     "around 120 people paid up to \u20ac900 each to attend the events, held "
     "between 2019 and 2022 at a chateau near Montaliac rented by the "
     "defendant, Laurent Maubec. Maubec, who did not attend Monday's hearing, "
     "denies the charges. An oenologist hired by the investigators analysed 14 "
     "bottles seized from his storage unit and found that none matched the "
     "vintages on their labels. If convicted, Maubec could face up to five "
     "years in prison. His lawyer said the guests had been 'sophisticated "
     "buyers' and that her client had not sold any of the bottles."),
    ("A former wine merchant has been charged with fraud by prosecutors in "
     "Saint-Aubrenne over private tastings at which guests were served cheaper "
     "wines relabelled as rare vintages. According to investigators, about "
     "120 people paid as much as \u20ac900 apiece for the events, which took "
     "place from 2019 to 2022 at a chateau near Montaliac that the defendant, "
     "Laurent Maubec, had rented. Maubec, who attended Monday's hearing, "
     "denies the charges. An oenologist hired by investigators analysed 14 "
     "bottles seized from his storage unit and found that not one matched the "
     "vintage on its label. Maubec could be jailed for up to five years if "
     "convicted. His lawyer described the guests as 'sophisticated buyers' and "
     "said her client had not sold any of the bottles."),
    errors=[
        E("were served", "modality", "critical", "were allegedly served"),
        E("who attended Monday's hearing", "polarity", "minor",
          "who did not attend Monday's hearing"),
    ],
    traps=[
        T("from 2019 to 2022", "between 2019 and 2022"),
        T("not one matched the vintage on its label",
          "none matched the vintages on their labels"),
        T("could be jailed for up to five years if convicted",
          "could face up to five years in prison"),
    ])

# ---------------------------------------------------------------------------
# Summaries, consistent (5)
# ---------------------------------------------------------------------------

add("pet food recall", "summary",
    ("Pet food maker Brindlemoor has recalled three batches of its Country "
     "Supper dry dog food after routine testing found elevated levels of "
     "vitamin D, which can cause kidney problems in dogs if eaten over several "
     "weeks. The affected 2kg and 12kg bags carry best-before dates between 4 "
     "and 19 August next year and were sold through supermarkets and pet "
     "shops in England and Wales since early March. The company said no "
     "illnesses had been confirmed, although it had received 'a small number' "
     "of reports from owners of dogs that had vomited or shown increased "
     "thirst. Customers are advised to stop feeding the product immediately "
     "and return opened or unopened bags to the shop for a full refund. "
     "Brindlemoor said the excess vitamin had come from a single delivery of "
     "a premix supplied by an outside contractor, which it has stopped using. "
     "The Food Safety Directorate said it was aware of the recall and was "
     "working with the company. Other Brindlemoor products are not "
     "affected."),
    ("Brindlemoor is recalling three batches of Country Supper dry dog "
     "food, in 2kg and 12kg bags with best-before dates of 4-19 August next "
     "year, because tests found too much vitamin D, which can harm dogs' "
     "kidneys if eaten over several weeks. No illnesses have been confirmed, "
     "though a few owners have reported dogs vomiting or showing increased "
     "thirst. Owners should stop feeding the food at once and return bags, "
     "opened or not, for a full refund. The company blamed one delivery of "
     "premix from an outside contractor that it no longer uses; its other "
     "products are unaffected."),
    traps=[
        T("too much vitamin D", "elevated levels of vitamin D"),
        T("stop feeding the food at once", "stop feeding the product immediately"),
        T("one delivery of premix", "a single delivery of a premix"),
        T("that it no longer uses", "which it has stopped using"),
        T("its other products are unaffected",
          "Other Brindlemoor products are not affected"),
    ])

add("polar research station", "summary",
    ("The Nordvarde Polar Institute will close its Halmvik research station on "
     "the Arctic island of Storhals\u00f8ya for two years from next April while "
     "the main building is replaced, the institute said on Tuesday. The "
     "station, built in 1979, houses up to 24 scientists in summer and a "
     "winter crew of six. Inspections last year found that the building's "
     "foundations had shifted as the permafrost beneath it thawed, leaving "
     "some floors out of level by as much as 15 centimetres. The replacement, "
     "costing an estimated 310 million kroner, will stand on adjustable steel "
     "piles designed to cope with further ground movement. Long-running "
     "measurements of air temperature, snow depth and sea ice will continue "
     "during the closure using automated instruments, and two technicians "
     "will visit every six weeks to maintain them. Institute director Sigrun "
     "Aalberg said the station's data record, one of the longest in the high "
     "Arctic, must not be interrupted. Researchers whose projects depend on "
     "the station have been offered places at partner facilities in Canada "
     "and Finland."),
    ("Halmvik, the Nordvarde Polar Institute's station on Storhals\u00f8ya, will "
     "shut for two years from next April so its main building can be "
     "replaced; thawing permafrost has shifted the 1979 building's "
     "foundations, leaving some floors up to 15cm out of level. The new "
     "building, estimated at 310 million kroner, will sit on adjustable steel "
     "piles. Automated instruments, serviced by two technicians every six "
     "weeks, will keep the long-running measurements going through the "
     "closure, and affected researchers have been offered places at partner "
     "sites in Canada and Finland."),
    traps=[
        T("thawing permafrost has shifted the 1979 building's foundations",
          "the building's foundations had shifted as the permafrost beneath "
          "it thawed"),
        T("up to 15cm out of level", "out of level by as much as 15 centimetres"),
        T("estimated at 310 million kroner",
          "costing an estimated 310 million kroner"),
        T("serviced by two technicians every six weeks",
          "two technicians will visit every six weeks to maintain them"),
        T("partner sites", "partner facilities"),
    ])

add("marina development", "summary",
    ("Plans for a 420-berth marina at Gullhaven have been approved by the "
     "Eastmere Borough Council planning committee by seven votes to four, "
     "despite objections from fishermen and a local bird conservation group. "
     "Developer Tidewright Harbours will spend an estimated \u00a336 million on "
     "the scheme, which includes a breakwater, a boatyard, 60 apartments and a "
     "public promenade. The company says it will create about 150 permanent "
     "jobs. Members of the Gullhaven Inshore Fishermen's Association argued "
     "that the breakwater would alter currents and silt up the existing "
     "harbour channel, while the Eastmere Bird Trust said construction could "
     "disturb a colony of little terns on the nearby spit. As conditions of "
     "approval, the council has required the developer to fund dredging of "
     "the harbour channel for 10 years and to halt piling work between April "
     "and August, when the terns breed. Construction is expected to start "
     "next year and take about three years."),
    ("Eastmere councillors voted 7-4 to approve Tidewright Harbours' "
     "estimated \u00a336m plan for a 420-berth marina at Gullhaven, with a "
     "breakwater, boatyard, 60 flats and a public promenade, over objections "
     "from fishermen worried about silting and a bird trust concerned about a "
     "little tern colony. The developer must pay for 10 years of channel "
     "dredging and stop piling during the April-to-August breeding season. "
     "Work should begin next year and last about three years."),
    traps=[
        T("Eastmere councillors voted 7-4",
          "the Eastmere Borough Council planning committee by seven votes to four"),
        T("60 flats", "60 apartments"),
        T("pay for 10 years of channel dredging",
          "fund dredging of the harbour channel for 10 years"),
        T("stop piling during the April-to-August breeding season",
          "halt piling work between April and August, when the terns breed"),
        T("Work should begin next year",
          "Construction is expected to start next year"),
    ])

add("textile factory inspection", "summary",
    ("Labour inspectors found blocked fire exits, unguarded machinery and 23 "
     "workers under the legal minimum age at the Sarvani Textiles plant "
     "outside Gaziport during an unannounced visit on 6 May, the provincial "
     "labour directorate said in a report published on Monday. The factory, "
     "which employs about 1,100 people and makes knitwear for several "
     "European retailers, has been ordered to clear the exits within 48 hours "
     "and to fit guards to all cutting machines within 30 days. The underage "
     "workers, the youngest of whom was 14, were removed from the production "
     "floor and will receive six months' wages under a remediation plan paid "
     "for by the company. Sarvani was fined the equivalent of $62,000. The "
     "directorate said it would carry out a follow-up inspection in July. In "
     "a statement, Sarvani said it 'accepted the findings in full' and had "
     "dismissed the subcontractor responsible for recruitment."),
    ("An unannounced inspection of Sarvani Textiles' Gaziport plant on 6 May "
     "found blocked fire exits, unguarded machinery and 23 underage workers, "
     "the youngest aged 14, according to a report released on Monday by the "
     "provincial labour directorate. The knitwear maker, which employs around "
     "1,100, was fined the equivalent of $62,000 and given two days to clear "
     "the exits and 30 days to guard all its cutting machines; the minors "
     "will get six months' pay at the company's expense. Sarvani said it "
     "accepted the findings in full and has sacked the subcontractor that "
     "handled recruitment. Inspectors will return in July."),
    traps=[
        T("23 underage workers", "23 workers under the legal minimum age"),
        T("employs around 1,100", "employs about 1,100 people"),
        T("given two days to clear the exits", "clear the exits within 48 hours"),
        T("six months' pay at the company's expense",
          "six months' wages under a remediation plan paid for by the company"),
        T("sacked the subcontractor that handled recruitment",
          "dismissed the subcontractor responsible for recruitment"),
    ])

add("coastal path collapse", "summary",
    ("A 200-metre section of the coastal path between Porth Annick and "
     "Trevossa Head has been closed indefinitely after part of the cliff "
     "collapsed onto the beach below during heavy rain on Sunday night. Nobody "
     "was on the path at the time. Coastguard officers estimated that several "
     "thousand tonnes of rock and earth had fallen. Geologist Dr Helen "
     "Tregarthen, who inspected the site on Monday, said further falls were "
     "likely in the coming weeks as the saturated ground dried out. The county "
     "council has set up a diversion inland along Chapel Lane, adding about "
     "1.5 miles to the route, and has asked people to keep off the beach below "
     "the cliff. A council spokesperson said a permanent realignment of the "
     "path would be considered, but that it could take more than a year to "
     "agree with landowners. The section lost around four metres of its "
     "width, and fencing installed in 2019 now hangs over the edge."),
    ("Some 200m of coastal path between Porth Annick and Trevossa Head is "
     "shut indefinitely after an estimated several thousand tonnes of cliff "
     "fell onto the beach in heavy rain on Sunday night; no one was on the "
     "path at the time. A geologist who inspected the site expects more falls "
     "in the coming weeks. Walkers are being diverted inland along Chapel "
     "Lane, roughly a mile and a half further, and the council will consider "
     "permanently rerouting the path, though agreeing this with landowners "
     "could take over a year."),
    traps=[
        T("Some 200m of coastal path",
          "A 200-metre section of the coastal path"),
        T("no one was on the path at the time",
          "Nobody was on the path at the time"),
        T("expects more falls in the coming weeks",
          "further falls were likely in the coming weeks"),
        T("roughly a mile and a half further", "adding about 1.5 miles to the route"),
        T("could take over a year", "could take more than a year"),
    ])

# ---------------------------------------------------------------------------
# Summaries, inconsistent (5)
# ---------------------------------------------------------------------------

add("pension fund deficit", "summary",
    ("The pension scheme for employees of Marlow Vance, the engineering "
     "group, had a funding deficit of \u00a3412 million at the end of March, up "
     "from \u00a3268 million a year earlier, according to the trustees' annual "
     "report. The increase was driven mainly by lower bond yields, which "
     "raise the estimated cost of future pensions, and by weaker-than-expected "
     "returns on the scheme's property investments. The scheme has around "
     "14,500 members, of whom about 9,000 are already drawing pensions. Under "
     "a recovery plan agreed with the trustees, Marlow Vance will pay an extra "
     "\u00a338 million a year into the scheme for the next eight years. Chief "
     "financial officer Anita Rourke said the company was 'fully committed' to "
     "the plan and that members' benefits were secure. The scheme closed to "
     "new members in 2011. The trustees said they would reduce the fund's "
     "exposure to property from 15 per cent to 8 per cent over two years."),
    ("Marlow Vance's staff pension scheme saw its deficit rise to \u00a3412m "
     "at the end of March from \u00a3268m a year before, mainly because of "
     "lower bond yields and weaker-than-expected property returns, the "
     "trustees' annual report shows. The engineering group will pay an extra "
     "\u00a338m a year for the next 18 years under a recovery plan agreed with "
     "the trustees, and its finance chief said members' benefits were secure. "
     "The trustees plan to cut the fund's property holdings from 15% to 8% "
     "over two years, mainly because of lower bond yields and "
     "weaker-than-expected property returns."),
    errors=[
        E("18 years", "number", "major", "eight years"),
        E("mainly because of lower bond yields and weaker-than-expected "
          "property returns", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("its finance chief", "Chief financial officer Anita Rourke"),
        T("from 15% to 8%", "from 15 per cent to 8 per cent"),
    ])

add("oil spill cleanup crew", "summary",
    ("About 180 workers are taking part in the cleanup of an oil spill that "
     "has coated nine kilometres of shoreline near Port Calvessa since the tanker "
     "Meridian Star ran aground on 2 February. The crews, employed by "
     "contractor Salvoran Environmental on behalf of the ship's insurers, are "
     "removing oiled sand by hand and with small excavators, and have so far "
     "collected about 1,300 tonnes of contaminated material. Around 40 "
     "seabirds have been taken to a temporary rehabilitation centre, where 26 "
     "have been cleaned and released. The remaining fuel on board the vessel, "
     "estimated at 600 tonnes, was pumped out by a salvage team last week, "
     "removing the risk of further leaks. Local fishing has been suspended "
     "within a five-kilometre exclusion zone. The port authority said the "
     "cleanup was expected to last until at least the end of April, and that "
     "an inquiry into the grounding would begin once the ship had been "
     "refloated."),
    ("Some 180 Salvoran Environmental workers, hired on behalf of the insurers "
     "of the tanker Meridian Star, are cleaning up oil that has coated 9km of "
     "shore near Port Calvessa since the ship sank on 2 February. They have "
     "removed about 1,300 tonnes of contaminated material so far, and 26 of "
     "around 40 rescued seabirds have been cleaned and released. The "
     "remaining 600 tonnes or so of fuel has been pumped out of the vessel, "
     "local fishing is suspended within 5km, and the cleanup is expected to "
     "run until at least the end of April."),
    errors=[
        E("sank", "event", "major", "ran aground"),
    ],
    traps=[
        T("Some 180", "About 180"),
        T("9km of shore", "nine kilometres of shoreline"),
        T("The remaining 600 tonnes or so of fuel",
          "The remaining fuel on board the vessel, estimated at 600 tonnes"),
    ])

add("brewery takeover", "summary",
    ("Hartlow Brewing, the family-owned brewer of Old Tanner ale, has agreed "
     "to be bought by the larger regional group Callowby Brewers for \u00a354 "
     "million, the companies announced on Thursday. The deal, which still "
     "needs approval from Hartlow's shareholders, would give Callowby control "
     "of Hartlow's brewery in Mossbridge and its 37 pubs. Callowby's chief "
     "executive, Duncan Reid, said the Old Tanner brand would be kept and "
     "brewing would continue at Mossbridge for at least five years. Hartlow's "
     "chairman, Elizabeth Hartlow, great-granddaughter of the founder, said "
     "the family had 'struggled to find a successor' and that Callowby had "
     "offered the best protection for staff. Hartlow employs 290 people. The "
     "takeover is expected to be completed in January. Callowby, which owns "
     "210 pubs across the north of England, was itself bought by a private "
     "equity firm in 2018."),
    ("Family-owned Hartlow Brewing, maker of Old Tanner ale, has agreed a "
     "\u00a354m takeover by Callowby Brewers, subject to approval by Hartlow "
     "shareholders. Callowby, which acquired a private equity firm in 2018 and "
     "owns 210 pubs, would gain Hartlow's Mossbridge brewery and 37 pubs; its "
     "chief executive said the Old Tanner brand would be kept and brewing "
     "would stay at Mossbridge for at least five years. Hartlow's chairman "
     "said the family had struggled to find a successor. The deal is expected "
     "to complete in January."),
    errors=[
        E("Callowby, which acquired a private equity firm", "role", "minor",
          "was itself bought by a private equity firm"),
    ],
    traps=[
        T("has agreed a \u00a354m takeover by Callowby Brewers",
          "has agreed to be bought by the larger regional group Callowby "
          "Brewers for \u00a354 million"),
        T("subject to approval by Hartlow shareholders",
          "still needs approval from Hartlow's shareholders"),
        T("would stay at Mossbridge", "would continue at Mossbridge"),
    ])

add("beef export deal", "summary",
    ("Beef producers in Castellan Province will be able to export chilled "
     "beef to Japan from 1 September under an agreement signed on Monday, the "
     "provincial agriculture ministry said. The deal, concluded after four "
     "years of negotiations, allows up to 12,000 tonnes a year to be shipped "
     "in the first three years, rising to 20,000 tonnes after that if volumes "
     "are met. Exporters must use one of five approved processing plants, all "
     "of which passed Japanese inspections in June. Agriculture minister "
     "Rafael Ocampo said the agreement could be worth $140 million a year to "
     "the province once fully in place. The Castellan Cattle Growers' "
     "Association welcomed the deal but warned that a shortage of "
     "refrigerated shipping containers could limit exports in the first "
     "year. Japanese officials will carry out a further audit of the plants "
     "in 2026."),
    ("Castellan Province beef producers can begin sending chilled beef to "
     "Japan on 1 June under a deal signed on Monday after four years of "
     "talks. Shipments are capped at 12,000 tonnes a year for the first three "
     "years, rising to 20,000 tonnes if volumes are met, and must go through "
     "one of five approved plants. Agriculture minister Rafael Ocampo said "
     "the deal could eventually be worth $140m a year to the province. The "
     "minister also warned that a lack of refrigerated containers could hold "
     "back exports in the first year."),
    errors=[
        E("1 June", "date", "major", "1 September"),
        E("The minister", "attribution", "major",
          "The Castellan Cattle Growers' Association"),
    ],
    traps=[
        T("after four years of talks", "after four years of negotiations"),
        T("capped at 12,000 tonnes a year for the first three years",
          "allows up to 12,000 tonnes a year to be shipped in the first three "
          "years"),
        T("could eventually be worth $140m a year",
          "could be worth $140 million a year to the province once fully in "
          "place"),
    ])

add("pylon route objection", "summary",
    ("More than 600 residents of the Wendle Valley have formally objected to "
     "a proposed route for a 400-kilovolt power line that would carry "
     "electricity from offshore wind farms to the national grid. Grid "
     "operator Veltracor plans to run 46 pylons, each about 50 metres tall, "
     "across the valley, which lies inside the Harrowmere Hills Area of "
     "Outstanding Natural Beauty. Objectors, led by the Wendle Valley Action "
     "Group, want the cable buried underground for the 11-kilometre stretch "
     "through the protected landscape. Veltracor says undergrounding would "
     "cost about ten times as much as overhead lines and would delay the "
     "project by two years. The company has, however, agreed to move three "
     "pylons away from a Grade II-listed farmhouse. The national planning "
     "inspectorate will examine the application at hearings beginning in "
     "November, and a final decision by the energy secretary is not expected "
     "before late next year."),
    ("Over 600 Wendle Valley residents have objected to Veltracor's planned "
     "route for a 400kV line from offshore wind farms, which would put 46 "
     "pylons of about 50m each across the protected Harrowmere Hills "
     "landscape. They want the 11km stretch buried, but Veltracor says that "
     "would cost about ten times as much and delay the project by two years, "
     "and it has refused to move three pylons away from a listed farmhouse. "
     "Planning hearings begin in November, and the energy secretary's "
     "decision is not expected before late next year, not expected before "
     "late next year."),
    errors=[
        E("has refused to move", "polarity", "major",
          "has, however, agreed to move"),
        E("not expected before late next year", "repetition", "minor", None,
          occ=1),
    ],
    traps=[
        T("Over 600 Wendle Valley residents",
          "More than 600 residents of the Wendle Valley"),
        T("46 pylons of about 50m each", "46 pylons, each about 50 metres tall"),
    ])

# ---------------------------------------------------------------------------
# Translations, consistent (5)
# ---------------------------------------------------------------------------

add("flamenco school funding", "translation",
    ("The regional government will allocate 1.8 million euros over the next "
     "three years to the Escuela de Baile La Sereta, the flamenco school "
     "founded in 1987 by the dancer Roc\u00edo Almendral in the Miravientos "
     "district of Almer\u00f3n, in southern Spain, the regional culture "
     "councillor, Javier Montilla, announced on Wednesday. The money will be "
     "used to renovate the school's building, which has suffered from damp "
     "since the floods of 2021, and to fund 40 scholarships a year for "
     "students from low-income families. The school currently has 350 "
     "students, one in five of them from abroad. Almendral, 71, described the "
     "aid as 'recognition of almost forty years of work' and confirmed that "
     "the school would stay open during the works, which will begin in "
     "January."),
    ("Javier Montilla, who is in charge of culture in the regional "
     "government, said on Wednesday that the La Sereta dance school, the "
     "flamenco academy that dancer Roc\u00edo Almendral set up in 1987 in "
     "Almer\u00f3n's Miravientos neighbourhood in the south of Spain, will "
     "receive \u20ac1.8m spread across the next three years. The funding is "
     "earmarked for refurbishing the building, where damp has been a problem "
     "since the 2021 floods, and for 40 annual grants for pupils from poorer "
     "families. Of its current 350 pupils, 20 per cent come from other "
     "countries. Almendral, who is 71, called the support 'an acknowledgement "
     "of nearly four decades of work' and confirmed that the school would "
     "remain open during the renovation, due to start in January."),
    traps=[
        T("set up in 1987", "founded in 1987"),
        T("\u20ac1.8m spread across the next three years",
          "1.8 million euros over the next three years"),
        T("40 annual grants", "40 scholarships a year"),
        T("20 per cent come from other countries",
          "one in five of them from abroad"),
        T("nearly four decades of work", "almost forty years of work"),
    ])

add("thermal spa reopening", "translation",
    ("The Szentv\u00e1r thermal baths will reopen to the public on 1 March "
     "after a two-year renovation that cost 4.2 billion forints, the town's "
     "mayor, G\u00e1bor Kelemen, announced on Friday. The historic bathhouse, "
     "built in 1911, was closed in February 2023 after cracks were found in "
     "the dome above the main pool. During the works, the dome was reinforced "
     "with a steel frame, the pipes carrying the thermal water were replaced "
     "and a new outdoor pool was built. According to the mayor, the water, "
     "which reaches the surface at 58 degrees, will be cooled to between 32 "
     "and 38 degrees in the pools. A daily ticket will cost 6,500 forints, "
     "1,000 forints more than before the closure, but residents of the town "
     "will continue to receive a 50 per cent discount. Half of the costs were "
     "covered by a national grant."),
    ("Mayor G\u00e1bor Kelemen said on Friday that Szentv\u00e1r's thermal "
     "baths, shut since February 2023, will open their doors to the public "
     "again on 1 March after a two-year refurbishment costing HUF 4.2bn. The "
     "1911 bathhouse had to close after cracks were discovered in the dome "
     "over the main pool. The dome has since been strengthened with a steel "
     "structure, new pipes now bring in the thermal water and a new outdoor "
     "pool has been added. The water comes out of the ground at 58 degrees "
     "and, the mayor said, will be cooled to 32-38 degrees in the pools. Day "
     "tickets will go up by 1,000 forints to 6,500, though local residents "
     "will still pay half price. A state grant paid for 50 per cent of the "
     "work."),
    traps=[
        T("HUF 4.2bn", "4.2 billion forints"),
        T("comes out of the ground at 58 degrees",
          "reaches the surface at 58 degrees"),
        T("will go up by 1,000 forints to 6,500",
          "6,500 forints, 1,000 forints more than before the closure"),
        T("will still pay half price",
          "will continue to receive a 50 per cent discount"),
        T("A state grant paid for 50 per cent of the work",
          "Half of the costs were covered by a national grant"),
    ])

add("opera house refurbishment", "translation",
    ("The Teatro Civico of Montesarro will close on 30 June for a "
     "refurbishment lasting 18 months, the theatre's superintendent, Lucia "
     "Ferrandi, announced yesterday at a press conference. The works, worth 23 "
     "million euros, will include the restoration of the frescoed ceiling of "
     "the auditorium, the complete replacement of the stage machinery, dating "
     "from the 1950s, and the installation of air conditioning. The number of "
     "seats will fall from 1,240 to 1,180 to improve the view from the side "
     "boxes. During the closure the opera season will move to a temporary "
     "structure in the Parco delle Mura, with 900 seats. Ferrandi explained "
     "that 60 per cent of the funding comes from the national government and "
     "the rest from the municipality and private sponsors. The theatre's "
     "reopening is planned for the beginning of 2027 with a new production of "
     "a work commissioned for the occasion."),
    ("Montesarro's Teatro Civico is to shut on 30 June for a year and a half "
     "of refurbishment, its superintendent Lucia Ferrandi told a press "
     "conference yesterday. The \u20ac23m project covers restoring the "
     "auditorium's frescoed ceiling, installing air conditioning and "
     "replacing in full the stage machinery, which dates back to the 1950s. "
     "To give the side boxes a better view, capacity will be reduced by 60 "
     "seats to 1,180. While the theatre is closed, the opera season will be "
     "staged in a 900-seat temporary venue in the Parco delle Mura. "
     "Three-fifths of the money is being provided by the national government, "
     "Ferrandi said, with the remainder coming from the city council and "
     "private sponsors. The theatre plans to reopen in early 2027 with the "
     "premiere of a newly commissioned work."),
    traps=[
        T("a year and a half", "18 months"),
        T("The \u20ac23m project", "The works, worth 23 million euros"),
        T("reduced by 60 seats to 1,180", "fall from 1,240 to 1,180"),
        T("a 900-seat temporary venue",
          "a temporary structure in the Parco delle Mura, with 900 seats"),
        T("Three-fifths of the money", "60 per cent of the funding"),
    ])

add("rice harvest forecast", "translation",
    ("The Ministry of Agriculture forecasts that rice production in the Kieu "
     "Lam delta will reach 8.6 million tonnes this year, 4 per cent more "
     "than last year, thanks to favourable rains and the expansion of "
     "salt-tolerant varieties. Deputy minister Tran Van Hiep said at a meeting "
     "with provincial officials on Thursday that the winter-spring crop, the "
     "most important of the year, had already been harvested on 92 per cent "
     "of the planted area. However, he warned that the price of fertiliser "
     "had risen by a third since January and that farmers' profits could fall "
     "despite the larger harvest. Rice exports from the region reached 1.1 "
     "million tonnes in the first five months of the year. The ministry plans "
     "to distribute certified seed to 15,000 households before the "
     "summer-autumn crop."),
    ("The agriculture ministry expects rice output in the Kieu Lam delta to "
     "hit 8.6 million tonnes this year, up 4% on last year, helped by good "
     "rainfall and wider use of salt-tolerant strains. Speaking on Thursday at "
     "a meeting with provincial officials, deputy minister Tran Van Hiep said "
     "the winter-spring crop, the year's most important, had already been "
     "brought in on 92% of the area sown. He cautioned, however, that "
     "fertiliser had become a third more expensive since January and that, in "
     "spite of the bigger harvest, growers' profits might fall. In the first "
     "five months the region exported 1.1 million tonnes of rice. Before the "
     "summer-autumn crop, the ministry intends to hand out certified seed to "
     "15,000 households."),
    traps=[
        T("up 4% on last year", "4 per cent more than last year"),
        T("helped by good rainfall", "thanks to favourable rains"),
        T("brought in on 92% of the area sown",
          "harvested on 92 per cent of the planted area"),
        T("fertiliser had become a third more expensive",
          "the price of fertiliser had risen by a third"),
        T("hand out certified seed", "distribute certified seed"),
    ])

add("chocolate factory sale", "translation",
    ("The chocolate maker Maison Verlinde has sold its factory in Oostwaarde "
     "to the Swiss group Haldmark Foods for 31 million euros, the company "
     "confirmed on Tuesday. The factory, which produces around 9,000 tonnes "
     "of pralines and chocolate bars a year, employs 230 people. Haldmark has "
     "promised to keep all jobs for at least three years and to maintain the "
     "Verlinde brand. The Verlinde family, which founded the company in 1924, "
     "will keep its four shops in the historic centre of the city, which will "
     "continue to sell products made in Oostwaarde. According to the unions, "
     "the workers were informed of the sale on Monday morning, one day before "
     "the public announcement. Managing director Pieter Verlinde said the "
     "family had decided to sell because none of the fourth generation wanted "
     "to take over the business."),
    ("Maison Verlinde confirmed on Tuesday that it had sold its Oostwaarde "
     "chocolate factory to Haldmark Foods of Switzerland for \u20ac31m. The "
     "plant, with a workforce of 230, makes some 9,000 tonnes of pralines and "
     "chocolate bars annually. The Swiss company has pledged to preserve every "
     "job for a minimum of three years and to keep the Verlinde name. The "
     "family, who founded the firm in 1924, are holding on to their four "
     "shops in the old city centre, which will go on selling products made in "
     "Oostwaarde. Staff were told about the sale on Monday morning, a day "
     "ahead of the official announcement, union representatives said. "
     "Managing director Pieter Verlinde explained that the family was selling "
     "because no one in the fourth generation wished to take over the "
     "company."),
    traps=[
        T("Haldmark Foods of Switzerland", "the Swiss group Haldmark Foods"),
        T("with a workforce of 230", "employs 230 people"),
        T("preserve every job for a minimum of three years",
          "keep all jobs for at least three years"),
        T("keep the Verlinde name", "maintain the Verlinde brand"),
        T("a day ahead of the official announcement",
          "one day before the public announcement"),
    ])

# ---------------------------------------------------------------------------
# Translations, inconsistent (5)
# ---------------------------------------------------------------------------

add("paprika harvest", "translation",
    ("Paprika growers around Kalvas expect this year's harvest to be about 30 "
     "per cent smaller than last year's because of the summer drought and a "
     "hailstorm in early August, the regional producers' association said on "
     "Monday. Association chairman L\u00e1szl\u00f3 Benedek said that around "
     "2,400 tonnes of dried ground paprika would be produced, compared with "
     "3,450 tonnes last year. In some villages, he said, the hail destroyed up "
     "to half of the plants just before the picking began. Because of the "
     "smaller supply, the purchase price paid to farmers has risen to 1,150 "
     "forints per kilogram of fresh peppers, 15 per cent more than a year ago. "
     "The association has asked the government for compensation for the "
     "farmers who lost their crops to hail, most of whom did not have "
     "insurance."),
    ("The region's producers' association said on Monday that paprika farmers "
     "in the Kalvas area are expecting a crop roughly 30% down on last year, "
     "after a dry summer and hail at the beginning of August. Some 2,400 "
     "tonnes of dried, ground paprika are likely to be made this year against "
     "3,450 tonnes last year, according to chairman L\u00e1szl\u00f3 Benedek. "
     "He said hail had wiped out as much as half the plants in some villages "
     "shortly before picking got under way. With supply tighter, farmers are "
     "now being paid 1,150 forints a kilo for fresh peppers, a rise of 50% on "
     "a year earlier. The association wants the government to compensate "
     "growers whose crops were ruined by hail, most of whom were uninsured."),
    errors=[
        E("50%", "number", "major", "15 per cent"),
    ],
    traps=[
        T("roughly 30% down on last year",
          "about 30 per cent smaller than last year's"),
        T("as much as half the plants", "up to half of the plants"),
        T("most of whom were uninsured", "most of whom did not have insurance"),
    ])

add("salt flat lithium lease", "translation",
    ("The provincial government of Alto Quilmar has granted a 30-year lease to "
     "exploit lithium in the Salar de Tocuyame to the consortium Andeslit, "
     "formed by the state company Minera Austrandina and the Korean firm Gyerim "
     "Materials, the provincial mining secretary, Marcela Quispe, reported on "
     "Thursday. The consortium will invest 650 million dollars in a plant "
     "that should produce 25,000 tonnes of lithium carbonate a year from "
     "2028. The agreement obliges the companies to pay royalties of 8 per "
     "cent and to hire at least 70 per cent of their workers from the "
     "province. Indigenous communities in the area, which use the salt flat "
     "for grazing and salt extraction, have announced that they will "
     "challenge the concession in court, arguing that they were not "
     "consulted. Quispe said the communities had been invited to 'three "
     "rounds of dialogue'."),
    ("On Thursday Marcela Quispe, mining secretary for the province of Alto "
     "Quilmar, said the provincial government had awarded a 30-year concession "
     "to mine lithium in the Salar de Tocuyame to Andeslit, a consortium of "
     "state-owned Minera Austrandina and the Japanese firm Gyerim Materials. "
     "Andeslit will put $650m into a plant expected to turn out 25,000 tonnes "
     "of lithium carbonate annually starting in 2028. Under the deal, the "
     "companies must pay an 8% royalty and recruit no less than 70% of their "
     "staff within the province. Local indigenous communities, who graze "
     "animals and extract salt on the flat, say they were never consulted and "
     "are considering a legal challenge to the concession. According to "
     "Quispe, the communities were invited to 'three rounds of dialogue'."),
    errors=[
        E("Japanese firm", "entity", "minor", "Korean firm"),
        E("are considering a legal challenge", "modality", "major",
          "have announced that they will challenge the concession in court"),
    ],
    traps=[
        T("$650m", "650 million dollars"),
        T("an 8% royalty", "royalties of 8 per cent"),
        T("no less than 70% of their staff",
          "at least 70 per cent of their workers"),
    ])

add("wrestling federation", "translation",
    ("The national wrestling federation has suspended its president, Levan "
     "Abashidze, for six months while an independent commission investigates "
     "the management of sponsorship funds, the federation's executive board "
     "decided at an extraordinary meeting on Saturday. The decision was taken "
     "by nine votes to two. According to an internal audit, around 380,000 "
     "lari received from sponsors between 2021 and 2023 were not recorded in "
     "the federation's accounts. Abashidze, a former world championship bronze medallist "
     "who has led the federation since 2017, denies any irregularity and said "
     "he would appeal to the sports arbitration court. Vice-president Nino "
     "Gelashvili will lead the federation on an interim basis. The commission "
     "is due to present its conclusions by the end of March. The suspension "
     "does not affect preparations for the European championships in April, "
     "the board said."),
    ("At an extraordinary meeting on Saturday, the executive board of the "
     "national wrestling federation voted nine to two to suspend president "
     "Levan Abashidze for half a year while an independent commission looks "
     "into how sponsorship money was handled. An internal audit found that "
     "some 380,000 lari paid by sponsors from 2021 to 2023 never appeared in "
     "the federation's books. Abashidze, who won a world championship bronze medal, has "
     "headed the federation since 2017 and was re-elected for a third term "
     "last year. He rejects any irregularity and has already lodged an appeal "
     "with the sports arbitration court. Vice-president Nino Gelashvili will "
     "run the federation in the meantime. The commission should report its "
     "findings by the end of March. According to the board, the suspension "
     "will not disrupt preparations for April's European championships."),
    errors=[
        E("and was re-elected for a third term last year", "addition",
          "minor", None),
        E("has already lodged an appeal with", "event", "major",
          "said he would appeal to"),
    ],
    traps=[
        T("voted nine to two", "by nine votes to two"),
        T("for half a year", "for six months"),
        T("never appeared in the federation's books",
          "were not recorded in the federation's accounts"),
    ])

add("lake ferry sinking inquiry", "translation",
    ("The commission of inquiry into the sinking of the ferry Nyota ya Ziwa "
     "on Lake Varumbe, in which 47 people died last October, has concluded "
     "that the vessel was carrying almost twice its authorised number of "
     "passengers, its chairman, judge Amani Mwakalinga, said on Tuesday when "
     "presenting the report. The ferry, licensed for 120 passengers, had about "
     "230 on board when it capsized 300 metres from the port of Kisombwe. The "
     "report also found that the ship's stability certificate had expired "
     "eight months before the accident and that the crew had received no "
     "safety training. The commission recommends that the captain and two "
     "officials of the maritime authority be prosecuted for negligence. The "
     "government has announced that it will compensate each victim's family "
     "with 5 million shillings."),
    ("Presenting the commission's report on Tuesday, its chairman, judge Amani "
     "Mwakalinga, said the Nyota ya Ziwa, the ferry that sank on Lake Varumbe "
     "last October, had been carrying nearly double the number of "
     "passengers it was permitted. Some 230 people were aboard the vessel, "
     "which was licensed to carry 120, when it overturned 300 metres off "
     "Kisombwe port; 47 of them lost their lives. The inquiry also established "
     "that the ship's stability certificate had run out eight months before "
     "the disaster and that crew members had not been given any safety "
     "training. It recommends that the captain be prosecuted for negligence. "
     "The government has said each victim's family will receive 5 million "
     "shillings in compensation."),
    errors=[
        E("", "omission", "major", "and two officials of the maritime authority",
          after="recommends that the captain"),
    ],
    traps=[
        T("nearly double the number of passengers it was permitted",
          "almost twice its authorised number of passengers"),
        T("overturned", "capsized"),
        T("had run out eight months before the disaster",
          "had expired eight months before the accident"),
    ])

add("pecan harvest", "translation",
    ("Pecan producers in the state of Nueva Corral expect to harvest 58,000 "
     "tonnes this season, a record, thanks to abundant rains in spring and "
     "the entry into production of some 3,000 hectares of orchards planted "
     "seven years ago, the state growers' union announced. Union president "
     "Esteban Garza said that 70 per cent of the crop will be exported, "
     "mainly to China and the United States, and that the average price has "
     "stabilised at 4.10 dollars per pound after two years of falls. However, "
     "he warned that a shortage of pickers could delay the harvest, which "
     "begins in mid-October, and asked the state government to speed up the "
     "arrival of seasonal workers from the south. The state's agriculture "
     "secretary, Rosa Elizondo, promised to set up a temporary hiring office "
     "in the town of Villa Carrizal."),
    ("The growers' union of Nueva Corral state announced that pecan farmers "
     "there are expecting a record 58,000-tonne harvest this season, helped "
     "by plentiful spring rain and by about 3,000 hectares of orchards, "
     "planted seven years ago, that are now bearing nuts for the first time. "
     "Seventy per cent of the crop is to be exported, chiefly to China and "
     "the US, union president Esteban Garza said, adding that after two years "
     "of decline the average price had settled at $4.10 a pound. He "
     "cautioned, though, that a lack of pickers could hold up the harvest, "
     "due to start in the middle of October, and urged the federal government "
     "to bring in seasonal labourers from the south more quickly. Rosa "
     "Elizondo, the state agriculture secretary, pledged to open a temporary "
     "recruitment office in Villa Carrizal."),
    errors=[
        E("the federal government", "entity", "major", "the state government"),
    ],
    traps=[
        T("Seventy per cent of the crop", "70 per cent of the crop"),
        T("after two years of decline", "after two years of falls"),
        T("in the middle of October", "in mid-October"),
    ])


# ---------------------------------------------------------------------------
# Offsets, validation, output
# ---------------------------------------------------------------------------

WORD = re.compile(r"\w", re.UNICODE)


def words(s):
    return len(re.findall(r"\S+", s))


def is_word_char(ch):
    return bool(WORD.match(ch))


def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def locate(cand, text, occ, where):
    start = find_nth(cand, text, occ)
    if start < 0:
        raise ValueError("%s: %r (occurrence %d) not found in candidate"
                         % (where, text, occ))
    end = start + len(text)
    if start > 0 and is_word_char(cand[start - 1]) and is_word_char(cand[start]):
        raise ValueError("%s: span %r cuts a word at its start" % (where, text))
    if end < len(cand) and is_word_char(cand[end - 1]) and is_word_char(cand[end]):
        raise ValueError("%s: span %r cuts a word at its end" % (where, text))
    return start, end


def build():
    problems = []
    records = []
    order = list(range(len(CASES)))
    random.Random(N).shuffle(order)          # deterministic mixing of modes/labels
    for num, ci in enumerate(order, 1):
        c = CASES[ci]
        rid = "%s-%03d" % (PREFIX, num)
        where = "%s (%s)" % (rid, c["domain"])
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]
        try:
            errs = []
            for e in c["errors"]:
                et = e["type"]
                if et not in TYPES:
                    raise ValueError("%s: bad error type %r" % (where, et))
                if e["severity"] not in SEVERITIES:
                    raise ValueError("%s: bad severity %r" % (where, e["severity"]))
                if et == "omission":
                    if mode == "summary":
                        raise ValueError("%s: omission in a summary" % where)
                    if e["text"] != "":
                        raise ValueError("%s: omission text must be empty" % where)
                    if not e["ref"] or e["ref"] not in ref:
                        raise ValueError("%s: omission ref_text %r not in reference"
                                         % (where, e["ref"]))
                    if e["ref"] in cand:
                        raise ValueError("%s: omitted words %r still in candidate"
                                         % (where, e["ref"]))
                    if e["after"] is not None:
                        _, pos = locate(cand, e["after"], e["aocc"], where)
                    elif e["before"] is not None:
                        pos, _ = locate(cand, e["before"], e["aocc"], where)
                    else:
                        raise ValueError("%s: omission needs an anchor" % where)
                    if 0 < pos < len(cand) and is_word_char(cand[pos - 1]) \
                            and is_word_char(cand[pos]):
                        raise ValueError("%s: omission point inside a word" % where)
                    start = end = pos
                else:
                    if not e["text"]:
                        raise ValueError("%s: empty error span" % where)
                    start, end = locate(cand, e["text"], e["occ"], where)
                    if et in ("addition", "repetition"):
                        if e["ref"] is not None:
                            raise ValueError("%s: %s must have ref_text null"
                                             % (where, et))
                    else:
                        if not e["ref"] or e["ref"] not in ref:
                            raise ValueError("%s: ref_text %r not in reference"
                                             % (where, e["ref"]))
                        if e["ref"] == e["text"]:
                            raise ValueError("%s: error text equals ref_text" % where)
                    if et == "repetition":
                        first = cand.find(e["text"])
                        if first < 0 or first + len(e["text"]) > start:
                            raise ValueError("%s: repetition %r has no earlier copy"
                                             % (where, e["text"]))
                    elif et != "entity" and e["text"] in ref:
                        # (an entity swap may legitimately reuse a name that
                        # appears elsewhere in the reference)
                        raise ValueError("%s: error text %r occurs verbatim in "
                                         "reference" % (where, e["text"]))
                errs.append({"start": start, "end": end, "text": cand[start:end],
                             "type": et, "severity": e["severity"],
                             "ref_text": e["ref"]})
            traps = []
            for t in c["traps"]:
                start, end = locate(cand, t["text"], t["occ"], where)
                if t["ref"] not in ref:
                    raise ValueError("%s: trap ref_text %r not in reference"
                                     % (where, t["ref"]))
                if t["ref"] == t["text"]:
                    raise ValueError("%s: trap text equals ref_text" % where)
                traps.append({"start": start, "end": end, "text": cand[start:end],
                              "ref_text": t["ref"]})
            # overlap check over all spans (zero-width omissions may touch edges)
            spans = [(x["start"], x["end"], x["text"]) for x in errs + traps]
            for i in range(len(spans)):
                for j in range(i + 1, len(spans)):
                    a, b = spans[i], spans[j]
                    if a[0] == a[1] or b[0] == b[1]:
                        z, o = (a, b) if a[0] == a[1] else (b, a)
                        if o[0] < z[0] < o[1]:
                            raise ValueError("%s: omission point inside span %r"
                                             % (where, o[2]))
                    elif a[0] < b[1] and b[0] < a[1]:
                        raise ValueError("%s: spans overlap: %r / %r"
                                         % (where, a[2], b[2]))
            errs.sort(key=lambda x: (x["start"], x["end"]))
            traps.sort(key=lambda x: (x["start"], x["end"]))
            label = "inconsistent" if errs else "consistent"
            nw = words(ref)
            if not 70 <= nw <= 190:
                raise ValueError("%s: reference has %d words" % (where, nw))
            if mode not in MODES:
                raise ValueError("%s: bad mode %r" % (where, mode))
            if mode == "summary" and not (len(cand) < len(ref)
                                          and words(cand) < nw):
                raise ValueError("%s: summary not shorter than reference" % where)
            if label == "consistent" and not 3 <= len(traps) <= 5:
                raise ValueError("%s: consistent pair has %d traps"
                                 % (where, len(traps)))
            if label == "inconsistent" and not 0 <= len(traps) <= 3:
                raise ValueError("%s: inconsistent pair has %d traps"
                                 % (where, len(traps)))
            if "  " in ref or "  " in cand:
                raise ValueError("%s: double space in text" % where)
            records.append({"id": rid, "domain": c["domain"], "mode": mode,
                            "reference": ref, "candidate": cand, "label": label,
                            "errors": errs, "traps": traps})
        except ValueError as exc:
            problems.append(str(exc))
    return records, problems


def check_set(records, problems):
    if len(CASES) != 40:
        problems.append("expected 40 cases, got %d" % len(CASES))
    doms = [c["domain"] for c in CASES]
    for d, k in Counter(doms).items():
        if k > 1:
            problems.append("domain used twice: %s" % d)
        if d not in DOMAINS:
            problems.append("domain not in list: %s" % d)
    if problems:
        return
    lab = Counter(r["label"] for r in records)
    if lab != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append("label counts %s" % dict(lab))
    want = {"rewrite": 10, "summary": 5, "translation": 5}
    for m, k in want.items():
        for l in ("consistent", "inconsistent"):
            got = sum(1 for r in records if r["mode"] == m and r["label"] == l)
            if got != k:
                problems.append("%s/%s: %d pairs, want %d" % (m, l, got, k))
    errs = [e for r in records for e in r["errors"]]
    if len(errs) != 30:
        problems.append("total errors %d, want 30" % len(errs))
    tc = Counter(e["type"] for e in errs)
    for t in TYPES:
        if tc[t] < 2:
            problems.append("error type %s used %d times" % (t, tc[t]))
    per = [len(r["errors"]) for r in records if r["label"] == "inconsistent"]
    if sum(1 for k in per if 1 <= k <= 2) < 15:
        problems.append("too few inconsistent pairs with 1-2 errors")


def summary_lines(records):
    out = []
    out.append("pairs: %d" % len(records))
    out.append("labels: %s" % dict(Counter(r["label"] for r in records)))
    out.append("modes x labels: %s" % dict(sorted(Counter(
        (r["mode"], r["label"]) for r in records).items())))
    errs = [e for r in records for e in r["errors"]]
    out.append("errors: %d  %s" % (len(errs), dict(Counter(e["type"] for e in errs))))
    out.append("severities: %s" % dict(Counter(e["severity"] for e in errs)))
    out.append("errors per inconsistent pair: %s" % dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    tr_c = [len(r["traps"]) for r in records if r["label"] == "consistent"]
    tr_i = [len(r["traps"]) for r in records if r["label"] == "inconsistent"]
    out.append("traps: %d total (%d in consistent pairs, %d in inconsistent)"
               % (sum(tr_c) + sum(tr_i), sum(tr_c), sum(tr_i)))
    nw = [words(r["reference"]) for r in records]
    out.append("reference words: min %d, max %d, mean %.0f"
               % (min(nw), max(nw), sum(nw) / len(nw)))
    return out


def main(argv):
    check_only = "--check" in argv[1:]
    records, problems = build()
    check_set(records, problems)
    if problems:
        for p in problems:
            print("INVALID:", p, file=sys.stderr)
        return 1
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check passed; nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
