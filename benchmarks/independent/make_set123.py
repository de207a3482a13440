#!/usr/bin/env python3
"""Held-out evaluation set 123 (N = 123) for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every text in this file was hand-written by a helper session that saw no code,
data or benchmark of the project; it worked only from a written brief.  All
people, companies, organisations, places and figures are invented (real
countries appear only as background).  Character offsets are never typed by
hand: the script finds every quoted span by string search (with an occurrence
index where a quoted text repeats), validates everything and writes
set123.jsonl next to this file.  `python3 make_set123.py --check` validates
only and writes nothing.

Composition
-----------
* 40 pairs, one per domain of the brief's list: 20 consistent, 20 inconsistent.
* Modes: 20 rewrites (10 consistent / 10 inconsistent), 10 summaries (5 / 5),
  10 translations (5 / 5).  Translation pairs are two independent English
  renderings of the same (imagined) non-English news story.
* 30 errors: number 3, entity 3, date 3, polarity 3, role 3, event 3,
  modality 3, attribution 3, omission 2, addition 2, repetition 2.
  10 inconsistent pairs carry one error, 10 carry two.  Omissions occur only in
  rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 on every
  consistent pair, 0-3 on every inconsistent pair.
* References are 70-190 words in news / agency / corporate / official register;
  every summary is shorter than its reference.

Record format (one JSON object per line): id, domain, mode, reference,
candidate, label, errors [{start, end, text, type, severity, ref_text}],
traps [{start, end, text, ref_text}]; offsets are Python str offsets into
`candidate`, [start, end).
"""

import json
import os
import re
import sys
from collections import Counter

N = 123
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set123.jsonl")

DOMAINS = [
    "velvet mill expansion", "narwhal tusk seizure", "raft race cancellation",
    "dinghy sailing fatality", "vellum manuscript loan", "gazelle transfer",
    "quartz mine dispute", "nightjar survey", "abseil charity event",
    "moth trap survey", "lyre maker", "stilt walking parade",
    "platypus research grant", "bramble clearance contract",
    "ketchup plant strike", "saddle maker award", "puffin count decline",
    "organ grinder permit", "earwig infestation", "fern nursery",
    "eiderdown factory", "yoghurt plant recall", "bellringer shortage",
    "dulcimer maker retirement", "pergola planning dispute",
    "wickerwork school", "pheasant farm outbreak", "sitar recital cancellation",
    "almanac publisher sale", "woodcarving school closure",
    "egret colony disturbance", "anvil forge reopening",
    "meringue world record", "ermine robe exhibit", "iguana smuggling case",
    "wheelwright apprenticeship", "gong factory", "tinsmith guild election",
    "cutlery forge layoffs", "yew hedge poisoning",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


def norm(s):
    """Collapse the line breaks and indentation of the triple-quoted texts."""
    return " ".join(s.split())


def E(text, etype, severity, ref, occ=0):
    """An error span quoted from the candidate (ref=None for addition/repetition)."""
    return {"text": text, "type": etype, "severity": severity, "ref": ref, "occ": occ}


def OM(after, ref, severity, occ=0):
    """An omission located right after the quoted candidate text `after`."""
    return {"after": after, "type": "omission", "severity": severity, "ref": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording in the candidate, with the reference wording."""
    return {"text": text, "ref": ref, "occ": occ}


CASES = [
    # 001 ------------------------------------------------------------------
    dict(domain="velvet mill expansion", mode="rewrite", label="consistent",
         reference='''Harrowgate Textiles said on Monday it will spend £14 million expanding
its velvet mill in Brindleford, a move expected to create around 120 jobs over the next
three years. The company, which currently employs 310 people at the site, plans to add two
weaving halls and a dye house powered by rooftop solar panels. Managing director Elspeth
Corran said demand from upholsterers in Europe and the Gulf had risen by a quarter since
2021. "We have been turning orders away for eighteen months," she said. Construction is
scheduled to begin in April, subject to final approval from Brindleford District Council,
which granted outline permission in January. The mill, founded in 1887, was saved from
closure in 2009 when a group of former managers bought it out of administration.''',
         candidate='''Harrowgate Textiles is to invest £14m in enlarging its velvet mill in
Brindleford, the company announced on Monday, in a move likely to bring roughly 120 new jobs
over the next three years. Two weaving halls will be added, along with a dye house that will
run on solar panels fitted to the roof. The site currently has a workforce of 310. According
to managing director Elspeth Corran, demand from upholstery firms in Europe and the Gulf is up
25% on 2021, and the mill has been turning orders away for a year and a half. Building work
should start in April, provided Brindleford District Council, which gave outline permission in
January, grants final approval. Founded in 1887, the mill escaped closure in 2009, when a
group of former managers bought it out of administration.''',
         errors=[],
         traps=[T("£14m", "£14 million"),
                T("likely to bring roughly 120 new jobs", "expected to create around 120 jobs"),
                T("up 25% on 2021", "risen by a quarter since 2021"),
                T("for a year and a half", "for eighteen months"),
                T("Building work should start in April", "Construction is scheduled to begin in April")]),

    # 002 ------------------------------------------------------------------
    dict(domain="narwhal tusk seizure", mode="rewrite", label="inconsistent",
         reference='''Customs officers at the port of Kessholm seized 38 narwhal tusks hidden
inside a shipment of plastic garden furniture last week, the Nordvik Border Agency said on
Thursday. The tusks, which are protected under international trade rules, had been sent by a
trading company in Tallrigg to a private buyer in Belgium, investigators said. Their estimated
value on the black market is about €900,000. Officers found the tusks after an X-ray scan
showed irregular shapes inside two of the crates. No arrests have yet been made, but the
agency said it was working with Belgian police to trace the buyer. Senior inspector Mareike
Lund said it was the largest seizure of its kind at the port since 2016.''',
         candidate='''Thirty-eight narwhal tusks concealed in a consignment of plastic garden
furniture were seized by customs officers at Kessholm port last week, the Nordvik Border Agency
said on Thursday. Investigators said the tusks, which are protected by international trade
rules, had been sent by a private buyer in Belgium to a trading company in Tallrigg. On the
black market they would fetch an estimated €9m. The discovery was made when an X-ray scan
revealed irregular shapes in two of the crates. Nobody has been arrested so far, though the
agency said it was cooperating with Belgian police to track down the buyer. Senior inspector
Mareike Lund described it as the port's biggest seizure of its kind since 2016.''',
         errors=[E("sent by a private buyer in Belgium to a trading company in Tallrigg", "role", "major",
                   "sent by a trading company in Tallrigg to a private buyer in Belgium"),
                 E("€9m", "number", "major", "€900,000")],
         traps=[T("Thirty-eight", "38"),
                T("Nobody has been arrested so far", "No arrests have yet been made")]),

    # 003 ------------------------------------------------------------------
    dict(domain="raft race cancellation", mode="summary", label="consistent",
         reference='''Organisers of the annual Dunmore Bridge raft race have cancelled this
year's event, which was due to take place on Sunday 14 July, after heavy rain left the River
Aske running at more than twice its normal summer level. The Dunmore Round Table, which has
run the race since 1978, said the decision was taken on safety advice from the regional water
authority and the local lifeboat crew. About 60 home-made rafts had been entered, and
organisers had expected up to 5,000 spectators along the riverbank. Chairman Oliver Penhallow
said entry fees would be refunded in full within 30 days, or could be carried over to next
year's race. The event raised £22,000 for local charities last year. The Round Table said it
was looking into holding a smaller fundraising event on dry land in August.''',
         candidate='''This year's Dunmore Bridge raft race, set for Sunday 14 July, has been
called off because heavy rain has pushed the River Aske to over double its usual summer level.
The Dunmore Round Table, organiser since 1978, acted on safety advice from the regional water
authority and the local lifeboat crew. Entry fees for the roughly 60 rafts will be refunded in
full within 30 days or can be carried over to next year, and a smaller fundraiser on dry land
in August is being considered.''',
         errors=[],
         traps=[T("called off", "cancelled"),
                T("over double its usual summer level", "more than twice its normal summer level"),
                T("organiser since 1978", "which has run the race since 1978"),
                T("a smaller fundraiser on dry land in August is being considered",
                  "looking into holding a smaller fundraising event on dry land in August")]),

    # 004 ------------------------------------------------------------------
    dict(domain="dinghy sailing fatality", mode="translation", label="consistent",
         reference='''A 67-year-old man died on Saturday afternoon after his dinghy capsized
on Lake Vellesjø, police in the district of Ostrand said. The man, a member of the Vellesjø
Sailing Club, had been sailing alone when a sudden gust overturned his boat about 400 metres
from the shore at around 3 p.m. Two members of the club who saw the accident reached him in a
motor boat within ten minutes and began resuscitation, but he was pronounced dead at Ostrand
Hospital shortly after 5 p.m. Police said he had been wearing a life jacket. The club has
suspended all races for the coming week. Its chairwoman, Ingrid Solheim, said the man had
sailed on the lake for more than forty years. "He was one of our most experienced members,"
she said. Police do not suspect foul play.''',
         candidate='''Ostrand district police report that a man aged 67 lost his life on
Saturday afternoon when his dinghy overturned on Lake Vellesjø. He belonged to the Vellesjø
Sailing Club and was out on the water by himself when, at roughly three o'clock, a sudden gust
of wind tipped the boat over some 400 metres from land. Two fellow club members who witnessed
the accident got to him by motor boat within ten minutes and started resuscitation, but he was
declared dead at Ostrand Hospital a little after five. According to the police, he had a life
jacket on. All races have been suspended by the club for the next seven days. Club chairwoman
Ingrid Solheim said he had been sailing on the lake for over four decades and called him "one
of our most experienced members". The police are not treating the death as suspicious.''',
         errors=[],
         traps=[T("at roughly three o'clock", "at around 3 p.m."),
                T("a little after five", "shortly after 5 p.m."),
                T("for the next seven days", "for the coming week"),
                T("for over four decades", "for more than forty years"),
                T("are not treating the death as suspicious", "do not suspect foul play")]),

    # 005 ------------------------------------------------------------------
    dict(domain="vellum manuscript loan", mode="rewrite", label="consistent",
         reference='''The Carrowmore Abbey Library has agreed to lend its 14th-century vellum
manuscript, the Ashby Psalter, to the Halvern National Gallery for an exhibition opening in
October, the library's trustees announced on Wednesday. It will be the first time the
manuscript has left the abbey since 1953. The psalter, which contains 212 illuminated pages,
will be displayed for three months in a climate-controlled case, and only two pages will be
shown at any one time to limit exposure to light. The gallery will cover the cost of insurance
and transport, estimated at £85,000. Head librarian Thomas Wrey said the loan would allow "a
far wider public" to see the book. In return, the gallery will lend the abbey two 15th-century
maps for a display next spring.''',
         candidate='''The Ashby Psalter, a 14th-century vellum manuscript belonging to the
Carrowmore Abbey Library, is to be lent to the Halvern National Gallery for an exhibition
opening in October, the library's trustees announced on Wednesday. The manuscript has not left
the abbey since 1953. The psalter, with its 212 illuminated pages, will be on display for three
months in a climate-controlled case; to keep light exposure down, no more than two pages will
be on view at once. Insurance and transport, estimated to cost £85,000, will be paid for by the
gallery. The loan, according to head librarian Thomas Wrey, will let "a far wider public" see
the book. The abbey will in turn borrow two 15th-century maps from the gallery for a display
next spring.''',
         errors=[],
         traps=[T("has not left the abbey since 1953",
                  "It will be the first time the manuscript has left the abbey since 1953"),
                T("no more than two pages will be on view at once",
                  "only two pages will be shown at any one time"),
                T("will be paid for by the gallery", "The gallery will cover the cost of insurance and transport"),
                T("The abbey will in turn borrow two 15th-century maps from the gallery",
                  "In return, the gallery will lend the abbey two 15th-century maps")]),

    # 006 ------------------------------------------------------------------
    dict(domain="gazelle transfer", mode="rewrite", label="inconsistent",
         reference='''Four Thomson's gazelles were moved from Pelham Safari Park to the Ardley
Wildlife Centre on Tuesday as part of a European breeding programme, the park said. The
animals, three females and one male, travelled 240 kilometres overnight in specially padded
crates and were accompanied by two vets. They will spend 30 days in quarantine before joining
a herd of eleven gazelles already at Ardley. Pelham's curator of mammals, Dr Yusuf Okafor, said
the transfer was recommended by the programme's coordinators to reduce inbreeding. "Moving
animals is always a risk, but all four arrived in good condition," he said. The Ardley centre,
which opened a new savannah enclosure in May, hopes the first calves will be born next year.''',
         candidate='''Four Thomson's gazelles were transferred on Tuesday from the Ardley
Wildlife Centre to Pelham Safari Park under a European breeding programme, the park said. The
three females and one male made the 240km journey overnight in specially padded crates, with
two vets travelling alongside. After 30 days in quarantine they will join the herd of eleven
gazelles already at Ardley. The move was recommended by the programme's coordinators to reduce
inbreeding, said Dr Yusuf Okafor, Pelham's curator of mammals. "Moving animals is always a
risk, but all four arrived in good condition," he said. Ardley, which opened a new savannah
enclosure in May, hopes the first calves will arrive later this year.''',
         errors=[E("from the Ardley Wildlife Centre to Pelham Safari Park", "role", "major",
                   "from Pelham Safari Park to the Ardley Wildlife Centre"),
                 E("later this year", "date", "minor", "next year")],
         traps=[T("240km", "240 kilometres"),
                T("with two vets travelling alongside", "were accompanied by two vets")]),

    # 007 ------------------------------------------------------------------
    dict(domain="quartz mine dispute", mode="summary", label="inconsistent",
         reference='''A dispute over the proposed expansion of the Greyscar quartz mine in the
Tollan Hills has deepened after residents of the nearby village of Merrow lodged a formal
objection with the county planning board. Greyscar Minerals wants to extend the open pit by 18
hectares, which it says would secure 85 jobs for a further fifteen years. The Merrow Residents'
Association says blasting at the existing pit has already cracked walls in at least nine homes
and that dust levels have breached national limits on several occasions. The company denies
both claims and says independent monitoring shows dust has stayed within the limits. County
environmental officer Priya Danvers said her department had received 43 complaints about dust
since January and would review the monitoring data. The planning board is expected to decide
on the application in November.''',
         candidate='''Merrow villagers have lodged a formal objection to Greyscar Minerals'
plan to extend its quartz pit in the Tollan Hills by 18 hectares, an expansion the company
says would secure 85 jobs for another fifteen years. Blasting is blamed for cracking walls in
at least nine homes, and according to the county's environmental officer dust has repeatedly
breached national limits – claims the company rejects. The planning board will decide on the
application in November.''',
         errors=[E("the county's environmental officer", "attribution", "major",
                   "The Merrow Residents' Association"),
                 E("will decide", "modality", "minor", "is expected to decide")],
         traps=[T("for another fifteen years", "for a further fifteen years"),
                T("repeatedly", "on several occasions")]),

    # 008 ------------------------------------------------------------------
    dict(domain="nightjar survey", mode="translation", label="inconsistent",
         reference='''Volunteers counted 57 singing male nightjars on the Haldenau heath this
summer, the highest number since the survey began in 1994, the regional nature conservation
office announced on Friday. The birds, which nest on the ground and are active mainly at dusk,
were recorded during twelve evening walks between late May and mid-July. In 2019, only 31
males were counted. Office spokeswoman Katrin Vollmer attributed the increase largely to the
clearing of pine plantations, which has opened up about 80 hectares of heath since 2015. Dog
walkers are still asked to keep their dogs on a lead on the heath from April to August. A
further survey is planned for next year.''',
         candidate='''This summer volunteers recorded 57 singing male nightjars on the
Haldenau heath – more than in any year since counting began in 1994, the regional nature
conservation office said on Friday. The ground-nesting birds, which are mostly active in the
twilight, were logged on twelve evening walks between the end of May and mid-June, on twelve
evening walks. Back in 2019 the count was just 31 males. A spokeswoman for the office, Katrin
Vollmer, said the rise was mainly due to the felling of pine plantations, which since 2015 has
created roughly 80 hectares of open heath. People walking dogs on the heath are still requested
to keep them on a leash from April until August. Another count is planned for next year.''',
         errors=[E("mid-June", "date", "minor", "mid-July"),
                 E("on twelve evening walks", "repetition", "minor", None, occ=1)],
         traps=[T("more than in any year since counting began in 1994",
                  "the highest number since the survey began in 1994"),
                T("felling of pine plantations", "clearing of pine plantations")]),

    # 009 ------------------------------------------------------------------
    dict(domain="abseil charity event", mode="rewrite", label="consistent",
         reference='''Forty-two volunteers abseiled 65 metres down the side of the Corrigan
Tower in Westmere on Saturday, raising more than £31,000 for the Linnet Children's Hospice. The
event, the third of its kind at the tower, was organised by the hospice with the help of the
building's owners, Stanwick Properties, who waived all fees. Participants ranged in age from 16
to 79. The oldest, retired postman Frank Idle, said he had signed up after the hospice cared
for his granddaughter. Each volunteer was asked to raise at least £500. Fundraising manager
Alice Brennock said the total would pay for roughly four months of the hospice's music therapy
service. A fourth abseil is planned for next spring, and organisers hope to double the number
of places.''',
         candidate='''More than £31,000 was raised for the Linnet Children's Hospice on
Saturday when 42 volunteers made a 65-metre abseil down the side of the Corrigan Tower in
Westmere. It was the third such event at the tower and was organised by the hospice with help
from Stanwick Properties, the building's owners, which did not charge any fees. The youngest
participant was 16 and the oldest 79 – retired postman Frank Idle, who said he signed up after
the hospice had cared for his granddaughter. Every volunteer had been asked to raise a minimum
of £500. According to fundraising manager Alice Brennock, the money will pay for around four
months of the hospice's music therapy service. Organisers are planning a fourth abseil next
spring and hope to offer twice as many places.''',
         errors=[],
         traps=[T("More than £31,000 was raised for the Linnet Children's Hospice",
                  "raising more than £31,000 for the Linnet Children's Hospice"),
                T("which did not charge any fees", "who waived all fees"),
                T("The youngest participant was 16 and the oldest 79",
                  "Participants ranged in age from 16 to 79"),
                T("a minimum of £500", "at least £500"),
                T("twice as many places", "double the number of places")]),

    # 010 ------------------------------------------------------------------
    dict(domain="moth trap survey", mode="rewrite", label="inconsistent",
         reference='''A year-long moth trap survey at Fallow Park has recorded 412 species,
including two that had never before been found in the county, the Brackenshire Wildlife Trust
said on Tuesday. Volunteers emptied four light traps every week from March 2023 to February
2024, releasing the moths unharmed after identifying them. One of the new county records, the
scarce marbled clearwing, may indicate that the species is spreading north as winters become
milder, the trust said, though it cautioned that a single record was not enough to draw
conclusions. The survey was funded by a £6,500 grant from the Harlan Foundation. The trust
plans to publish the full species list in the autumn and to repeat the survey in 2026.''',
         candidate='''A year-long moth trap survey at Fallow Park has recorded 412 species,
two of them new to the county, the Brackenshire Wildlife Trust said on Tuesday. Volunteers
emptied four light traps every week from March 2023 to February 2024, and the moths were
released unharmed once they had been identified. The trust said one of the county firsts, the
scarce marbled clearwing, shows that the species is spreading north as winters become milder,
although it warned that one record alone was not enough to draw conclusions. A £6,500 grant
from the Harlan Foundation paid for the survey. The trust intends to publish the full list of
species in the autumn and to run the survey again in 2026.''',
         errors=[E("shows", "modality", "major", "may indicate")],
         traps=[T("two of them new to the county", "two that had never before been found in the county"),
                T("A £6,500 grant from the Harlan Foundation paid for the survey",
                  "The survey was funded by a £6,500 grant from the Harlan Foundation")]),

    # 011 ------------------------------------------------------------------
    dict(domain="lyre maker", mode="summary", label="consistent",
         reference='''Tobias Marrin, a lyre maker from the village of Eddisford, has been
commissioned to build a replica of a 7th-century lyre for the Kingsmoor Museum, which holds
fragments of the original. The instrument, made of maple with a soundboard of oak, will take
about nine months to complete. Mr Marrin, 54, is one of fewer than a dozen full-time makers of
historical lyres in the country. He learned the craft from his father and has built more than
300 instruments since 1992. The museum's curator of early medieval collections, Dr Helen Saye,
said the replica would be played at a public concert when it goes on display next year,
allowing visitors to hear how the instrument might have sounded. The commission is worth
£18,000 and is funded by the museum's friends' association.''',
         candidate='''Eddisford lyre maker Tobias Marrin has won an £18,000 commission, paid
for by the Kingsmoor Museum's friends' association, to build a replica of a 7th-century lyre
whose fragments the museum holds. The maple instrument, with an oak soundboard, will take about
nine months to make. Mr Marrin, one of under twelve full-time historical lyre makers in the
country, has built over 300 instruments since 1992. The replica will be played at a public
concert when it goes on show next year.''',
         errors=[],
         traps=[T("paid for by the Kingsmoor Museum's friends' association",
                  "funded by the museum's friends' association"),
                T("one of under twelve full-time historical lyre makers in the country",
                  "one of fewer than a dozen full-time makers of historical lyres in the country"),
                T("over 300 instruments", "more than 300 instruments"),
                T("when it goes on show next year", "when it goes on display next year")]),

    # 012 ------------------------------------------------------------------
    dict(domain="stilt walking parade", mode="translation", label="consistent",
         reference='''More than 200 stilt walkers from eleven countries took part on Sunday in
the traditional parade in the town of Merlecourt, which was held for the 60th time this year.
According to the organisers, around 25,000 spectators lined the 3-kilometre route through the
old town. The oldest participant, 82-year-old Lucien Darras, walked the entire route on stilts
almost two metres high. The parade, which dates back to a local festival of the wool trade, was
cancelled in 2020 and 2021 because of the pandemic. Mayor Isabelle Fontanel thanked the 140
volunteers who had helped with the organisation. Next year, the organisers want to include a
children's parade for the first time.''',
         candidate='''On Sunday, Merlecourt held its traditional stilt-walking parade for the
sixtieth time, with over 200 stilt walkers from eleven countries taking part. Some 25,000
people lined the three-kilometre route through the old town, the organisers said. Lucien
Darras, the oldest walker at 82, completed the whole route on stilts nearly two metres tall.
The parade, whose origins lie in a local wool-trade festival, did not take place in 2020 or
2021 because of the pandemic. The mayor, Isabelle Fontanel, thanked the 140 volunteers who had
helped to organise it. The organisers hope to add a children's parade next year for the first
time.''',
         errors=[],
         traps=[T("for the sixtieth time", "for the 60th time"),
                T("over 200", "More than 200"),
                T("three-kilometre route", "3-kilometre route"),
                T("nearly two metres tall", "almost two metres high"),
                T("did not take place in 2020 or 2021", "was cancelled in 2020 and 2021")]),

    # 013 ------------------------------------------------------------------
    dict(domain="platypus research grant", mode="rewrite", label="consistent",
         reference='''Researchers at the University of Coralbay have been awarded a A$2.4
million grant to study how drought affects platypus populations in south-eastern Australia,
the Australian Rivers Research Council announced on Monday. The five-year project, led by
freshwater ecologist Professor Nadia Hollis, will monitor 30 river sites using environmental
DNA, which detects traces of animals from water samples. The team will also fit 40 platypuses
with small tracking devices. Professor Hollis said platypus numbers were thought to have fallen
by around 30 per cent since European settlement, although reliable data were scarce. The
council said the findings could help water managers decide when to release water from dams
during dry spells. Fieldwork is due to begin in September.''',
         candidate='''A five-year study of how drought affects platypus populations in
south-eastern Australia has won A$2.4m in funding for researchers at the University of
Coralbay, the Australian Rivers Research Council said on Monday. Freshwater ecologist Professor
Nadia Hollis will lead the project, which will monitor 30 river sites using environmental DNA –
traces of animals detected in water samples. Forty platypuses will also be fitted with small
trackers. Platypus numbers are believed to have dropped by roughly 30% since European
settlement, Prof Hollis said, though reliable data are scarce. According to the council, the
findings could help water managers decide when to release water from dams during dry spells.
Field work is scheduled to start in September.''',
         errors=[],
         traps=[T("A$2.4m", "A$2.4 million"),
                T("Forty platypuses will also be fitted with small trackers",
                  "The team will also fit 40 platypuses with small tracking devices"),
                T("are believed to have dropped by roughly 30%",
                  "were thought to have fallen by around 30 per cent"),
                T("Field work is scheduled to start in September", "Fieldwork is due to begin in September")]),

    # 014 ------------------------------------------------------------------
    dict(domain="bramble clearance contract", mode="rewrite", label="inconsistent",
         reference='''Ashcombe Borough Council has awarded a £240,000 contract to clear
brambles and scrub from Hatherley Common to Greenreach Land Services, a firm based in the
neighbouring town of Pollock Cross. The work, which covers 46 hectares, will be carried out
between October and February to avoid the bird nesting season. Council leader Margaret Oduya
said the common had become "almost impassable" in places and that clearing it would restore
views and open up old footpaths. The contract was awarded after a tender in which five
companies bid. Friends of Hatherley Common, a volunteer group, welcomed the work but asked that
some bramble thickets be left standing as cover for wildlife. The council said about a fifth
of the scrub would be retained for that purpose.''',
         candidate='''A £240,000 contract to clear brambles and scrub from Hatherley Common has
been awarded by Ashcombe Borough Council to Greenreach Land Services, a company from the
neighbouring town of Ashcombe. The 46-hectare site will be cleared between October and
February. The common had become "almost impassable" in places, according to council leader
Margaret Oduya, who said the clearance would restore views and open up old footpaths. Five
companies bid for the contract in a tender. The volunteer group Friends of Hatherley Common
welcomed the work but asked for some bramble thickets to be left standing as cover for
wildlife, and the council said around 20% of the scrub would be kept for that purpose.''',
         errors=[E("Ashcombe", "entity", "major", "Pollock Cross", occ=1),
                 OM("between October and February", "to avoid the bird nesting season", "minor")],
         traps=[T("around 20%", "about a fifth"),
                T("Five companies bid for the contract in a tender",
                  "after a tender in which five companies bid")]),

    # 015 ------------------------------------------------------------------
    dict(domain="ketchup plant strike", mode="summary", label="inconsistent",
         reference='''About 380 workers at the Redvale Foods ketchup plant in Stonebridge
walked out on Wednesday in a dispute over pay, halting production at the site for the first
time in its 40-year history. The strike was called by the Food and Allied Workers' Union after
members rejected a 3.5 per cent pay offer; the union is seeking 7 per cent, saying wages have
fallen behind inflation. The plant produces about 1.1 million bottles of ketchup a week, much
of it for supermarket own-label brands. Redvale said the offer was "fair and affordable" and
that it had contingency plans to protect supplies. Union organiser Dev Malhotra said the
walkout would last 48 hours, with further action possible if talks did not resume. Both sides
said they were willing to return to talks.''',
         candidate='''Around 380 staff at Redvale Foods' Stonebridge ketchup plant, which
turns out 1.1 million bottles a day, began a two-day strike over pay on Wednesday, halting
production for the first time in the site's 40 years. Union members had rejected a 3.5% offer
and want double that. Redvale calls its offer "fair and affordable" and says it has
contingency plans to protect supplies; the union warns of possible further action if talks do
not resume.''',
         errors=[E("1.1 million bottles a day", "number", "major", "1.1 million bottles of ketchup a week")],
         traps=[T("a two-day strike", "48 hours"),
                T("want double that", "the union is seeking 7 per cent")]),

    # 016 ------------------------------------------------------------------
    dict(domain="saddle maker award", mode="translation", label="inconsistent",
         reference='''Saddle maker Ramón Ezquerra of Villaroja was awarded the National Crafts
Prize on Thursday in recognition of four decades of work preserving traditional riding saddles,
the Ministry of Culture announced. The prize, worth 15,000 euros, was presented to him by
Culture Minister Alba Soler at a ceremony in the capital. Ezquerra, 63, runs a workshop with
his daughter Lucía, where each saddle is sewn by hand and takes around 120 hours to make. The
jury praised him for training eleven apprentices over the past twenty years. Ezquerra said he
would use the money to buy new tools and to open the workshop to school groups. It is the first
time the prize has gone to a leather craftsman since 2008.''',
         candidate='''Ramón Ezquerra, a saddler from Villaroja, received the National Crafts
Prize on Thursday for forty years spent preserving traditional riding saddles, the Ministry of
Culture said. Culture Minister Lucía Soler handed him the €15,000 award at a ceremony in the
capital. Ezquerra, who is 63, runs his workshop together with his daughter Lucía; every saddle
there is hand-stitched and requires roughly 120 hours of work. The jury commended him for
having trained eleven apprentices in the last two decades. He said he would spend the prize
money on new tools and on opening the workshop to school groups. No leather craftsman had won
the prize since 2008.''',
         errors=[E("Lucía Soler", "entity", "major", "Alba Soler")],
         traps=[T("forty years", "four decades"),
                T("in the last two decades", "over the past twenty years"),
                T("No leather craftsman had won the prize since 2008",
                  "It is the first time the prize has gone to a leather craftsman since 2008")]),

    # 017 ------------------------------------------------------------------
    dict(domain="puffin count decline", mode="rewrite", label="consistent",
         reference='''The number of puffins breeding on the Skerrin Islands has fallen by 22
per cent in five years, according to a survey published on Thursday by the Northern Seabird
Trust. Rangers counted 14,800 occupied burrows this spring, down from 19,000 in 2019. The trust
said the most likely cause was a shortage of sand eels, the small fish on which puffins feed
their chicks, although it said warmer seas and storms during the breeding season may also have
played a part. Senior ecologist Dr Fiona Rudd said the decline was "worrying but not yet
irreversible". The trust is calling on the government to extend a ban on commercial sand eel
fishing to waters around the islands. Visitor boat trips to the colony will continue this
summer, but landing on the main island will be limited to 200 people a day.''',
         candidate='''The number of breeding puffins on the Skerrin Islands has dropped by more
than a fifth since 2019, according to a survey the Northern Seabird Trust published on
Thursday. Rangers recorded 14,800 occupied burrows this spring, compared with 19,000 five years
earlier. A shortage of sand eels – the small fish puffins feed to their chicks – is the most
likely cause, the trust said, though warmer seas and storms during the breeding season may also
have contributed. Dr Fiona Rudd, the trust's senior ecologist, described the decline as
"worrying but not yet irreversible". The trust wants the government to extend a ban on
commercial sand eel fishing to the waters around the islands. Visitor boat trips to the colony
will continue this summer, but no more than 200 visitors a day will be allowed to land on the
main island.''',
         errors=[],
         traps=[T("by more than a fifth since 2019", "by 22 per cent in five years"),
                T("compared with 19,000 five years earlier", "down from 19,000 in 2019"),
                T("may also have contributed", "may also have played a part"),
                T("The trust wants the government", "The trust is calling on the government"),
                T("no more than 200 visitors a day will be allowed to land on the main island",
                  "landing on the main island will be limited to 200 people a day")]),

    # 018 ------------------------------------------------------------------
    dict(domain="organ grinder permit", mode="rewrite", label="inconsistent",
         reference='''Street organ player Walter Grosse has been granted a permit to perform in
Tollgate Square after a six-month dispute with Brennan City Council, which had refused his
application last year on noise grounds. The council's licensing committee voted 5 to 2 on
Monday to allow him to play for up to three hours a day, between 11am and 4pm, on weekdays
only. The council stressed that the decision did not set a precedent for other street
performers. Mr Grosse, 71, has played his 1920s barrel organ in the city for more than thirty
years and collected a petition of 4,300 signatures in support of his application. Committee
chair Susan Marlowe said the permit would be reviewed after twelve months. Traders in the
square were divided: some said the music drew visitors, while others complained it disturbed
customers. Mr Grosse said he was "delighted" and would be back in the square next week.''',
         candidate='''After a six-month dispute, Brennan City Council has granted street organ
player Walter Grosse a permit to perform in Tollgate Square, having turned down his application
last year because of noise. On Monday the council's licensing committee voted by five votes to
two to let him play for up to three hours a day between 11am and 4pm, though not at weekends.
The council stressed that the decision set a precedent for other street performers. Mr Grosse,
who is 71, has been playing his 1920s barrel organ in the city for more than thirty years, and
4,300 people signed a petition he collected in support of his application. The permit will be
reviewed in a year's time, said committee chair Susan Marlowe. Traders in the square were
split, with some saying the music attracted visitors and others complaining that it disturbed
customers. A "delighted" Mr Grosse said he would be back in the square next week.''',
         errors=[E("set a precedent", "polarity", "major", "did not set a precedent")],
         traps=[T("by five votes to two", "5 to 2"),
                T("though not at weekends", "on weekdays only"),
                T("in a year's time", "after twelve months")]),

    # 019 ------------------------------------------------------------------
    dict(domain="earwig infestation", mode="summary", label="consistent",
         reference='''Residents of the Linden Park estate in Oakhurst have been told that an
earwig infestation affecting around 70 homes is unpleasant but poses no risk to health, the
town's environmental health department said on Tuesday. Householders first reported large
numbers of the insects indoors in late June, after an unusually wet spring. Officers believe
the earwigs are breeding in mulch laid in communal flower beds by a landscaping contractor,
Fairway Grounds, in March. The department has asked the contractor to remove the mulch, which
it is expected to do by the end of next week, and will then spray the beds. Environmental
health manager Rachel Odell said residents should seal gaps around doors and windows and avoid
leaving damp washing outside overnight. The council said it would not charge residents for the
treatment.''',
         candidate='''Earwigs have infested around 70 homes on Oakhurst's Linden Park estate,
but the town's environmental health department says they are harmless to health, if
unpleasant. They are thought to be breeding in mulch that contractor Fairway Grounds laid in
communal flower beds in March; the firm is expected to remove it by the end of next week, after
which the beds will be sprayed. Treatment will be free of charge to residents.''',
         errors=[],
         traps=[T("Earwigs have infested around 70 homes", "an earwig infestation affecting around 70 homes"),
                T("they are harmless to health, if unpleasant", "is unpleasant but poses no risk to health"),
                T("They are thought to be breeding", "Officers believe the earwigs are breeding"),
                T("Treatment will be free of charge to residents",
                  "it would not charge residents for the treatment")]),

    # 020 ------------------------------------------------------------------
    dict(domain="fern nursery", mode="translation", label="consistent",
         reference='''The fern nursery Van Leeuwen in Oosterwold will double its greenhouse
space next year, the family firm announced on Wednesday. The company, which grows around 90
varieties of fern, will build a new 8,000-square-metre greenhouse beside its existing one.
Director Marit van Leeuwen said sales to garden centres in Germany and Scandinavia had grown
strongly in recent years. The new greenhouse will be heated with residual heat from a
neighbouring dairy factory. The investment amounts to 3.2 million euros, of which the province
is contributing 400,000 euros. The nursery currently has 26 employees; it expects to take on
ten more. Construction will start in March.''',
         candidate='''Van Leeuwen, a family-run fern nursery in Oosterwold, said on Wednesday
that it would double its glasshouse area next year by putting up a new greenhouse of 8,000
square metres next to its current one. The firm cultivates some 90 fern varieties. According
to its director, Marit van Leeuwen, sales to garden centres in Germany and Scandinavia have
risen sharply over the past few years. Waste heat from a dairy plant next door will be used to
warm the new building. Of the €3.2m investment, €400,000 comes from the province. The nursery,
which now employs 26 people, expects to recruit ten additional staff. Building work begins in
March.''',
         errors=[],
         traps=[T("Waste heat from a dairy plant next door", "residual heat from a neighbouring dairy factory"),
                T("€3.2m", "3.2 million euros"),
                T("€400,000 comes from the province", "of which the province is contributing 400,000 euros"),
                T("which now employs 26 people", "The nursery currently has 26 employees"),
                T("Building work begins in March", "Construction will start in March")]),

    # 021 ------------------------------------------------------------------
    dict(domain="eiderdown factory", mode="rewrite", label="consistent",
         reference='''Nordholm Down, the country's last eiderdown factory, has been bought by
the investment group Seabright Holdings for an undisclosed sum, the companies said on Friday.
The factory in the fishing town of Havsund employs 34 people and processes down collected by
licensed gatherers from abandoned eider duck nests along the coast. Seabright said it would
keep all current staff and planned to invest in a new cleaning line, which would allow the
factory to increase output by about 40 per cent within two years. Nordholm's founder, Astrid
Berg, 74, who started the business in her garage in 1981, will stay on as an adviser. Down from
eider ducks is among the most expensive natural fillings in the world, with a single duvet
selling for up to €8,000.''',
         candidate='''Investment group Seabright Holdings has acquired Nordholm Down, the
country's last remaining eiderdown factory, the two companies announced on Friday, without
disclosing the price. Based in the fishing town of Havsund, the factory has a workforce of 34
and processes down gathered by licensed collectors from eider duck nests along the coast once
the birds have left them. Seabright said it would retain every current employee and was
planning to invest in a new cleaning line that should lift output by roughly 40% within two
years. Astrid Berg, 74, who founded Nordholm in her garage in 1981, will stay on as an adviser.
Eider down ranks among the world's most expensive natural fillings, with a single duvet selling
for as much as €8,000.''',
         errors=[],
         traps=[T("Investment group Seabright Holdings has acquired Nordholm Down",
                  "has been bought by the investment group Seabright Holdings"),
                T("without disclosing the price", "for an undisclosed sum"),
                T("once the birds have left them", "abandoned"),
                T("would retain every current employee", "would keep all current staff"),
                T("as much as €8,000", "up to €8,000")]),

    # 022 ------------------------------------------------------------------
    dict(domain="yoghurt plant recall", mode="rewrite", label="inconsistent",
         reference='''Dairy company Meadowgold has recalled around 64,000 pots of strawberry
yoghurt made at its Calderbrook plant after small pieces of plastic were found in several
products, the Food Standards Office said on Saturday. The recall covers 150g pots with use-by
dates between 12 and 19 June. The plastic is thought to have come from a damaged seal on a
filling machine, which has since been replaced. The Food Standards Office said no injuries had
been reported, but it advised customers not to eat the product and to return it to the shop
for a full refund. Meadowgold's quality director, Paul Haverty, apologised and said the company
had "tightened checks on every line at the plant". Other flavours and pot sizes are not
affected.''',
         candidate='''Nearly 60,000 pots of Meadowgold strawberry yoghurt made at the company's
Calderbrook plant have been recalled after small pieces of plastic were found in several of
them, the Food Standards Office said on Saturday. The recall applies to 150g pots with use-by
dates from 12 to 19 June. A damaged seal on a filling machine, since replaced, is believed to be
the source of the plastic. No injuries have been reported, according to Meadowgold, and
customers are advised not to eat the yoghurt but to return it to the shop for a full refund.
Paul Haverty, Meadowgold's quality director, apologised and said the company had "tightened
checks on every line at the plant". Other flavours and pot sizes are not affected.''',
         errors=[E("Nearly 60,000", "number", "minor", "around 64,000"),
                 E("according to Meadowgold", "attribution", "major", "The Food Standards Office said")],
         traps=[T("from 12 to 19 June", "between 12 and 19 June"),
                T("is believed to be the source of the plastic", "The plastic is thought to have come from")]),

    # 023 ------------------------------------------------------------------
    dict(domain="bellringer shortage", mode="summary", label="inconsistent",
         reference='''A shortage of bellringers means that bells at nearly a third of churches
in the diocese of Wenlow are now rung only occasionally or not at all, according to a survey by
the Wenlow Guild of Church Bell Ringers. The guild found that 58 of the diocese's 187 towers
with ringable bells had no regular band last year, up from 35 in 2015. More than half of active
ringers are over 60, the survey said. Guild secretary Margaret Tull said younger people were
keen to learn but that training took time, with most beginners needing about a year before they
could ring in a service. The guild is launching a recruitment campaign this autumn, offering
free lessons at 20 towers, and has applied for a lottery grant to buy practice equipment.''',
         candidate='''Bells at nearly a third of churches in the Wenlow diocese are now rung
rarely or never because of a lack of bellringers, a Wenlow Guild of Church Bell Ringers survey
has found: 58 of 187 towers had no regular band last year, against 35 in 2015, and over half of
active ringers are over 60. The guild is starting a recruitment drive this autumn, offering free
lessons at 20 towers, and has been awarded a lottery grant for practice equipment, offering free
lessons at 20 towers.''',
         errors=[E("has been awarded a lottery grant", "event", "major", "has applied for a lottery grant"),
                 E("offering free lessons at 20 towers", "repetition", "minor", None, occ=1)],
         traps=[T("rarely or never", "only occasionally or not at all"),
                T("against 35 in 2015", "up from 35 in 2015"),
                T("over half", "More than half")]),

    # 024 ------------------------------------------------------------------
    dict(domain="dulcimer maker retirement", mode="translation", label="inconsistent",
         reference='''After more than half a century at the workbench, dulcimer maker Gábor
Fenyvesi of Almásfalu will retire at the end of the year, he told the local newspaper on
Monday. The 78-year-old has built around 640 instruments since 1971, many of them for
professional musicians in Hungary and abroad. His workshop will be taken over by his former
apprentice, Eszter Balla, who has worked alongside him for nine years. Fenyvesi said he would
probably continue to repair instruments occasionally but would no longer accept new orders. A
dulcimer from his workshop takes about three months to make and costs between 2 and 4 million
forints. The municipality plans to put on an exhibition of his instruments next spring.''',
         candidate='''Dulcimer maker Gábor Fenyvesi of Almásfalu, who has spent over fifty
years at his workbench, is to retire at the end of this year, he told the local paper on Monday.
Since 1971 the 78-year-old has made some 640 instruments, many of them for professional
musicians in Hungary. The workshop will pass to his former apprentice, Eszter Balla, who has
been working with him for the past nine years. Fenyvesi said he will continue to do the odd
repair but will not take on any new commissions. Making one of his dulcimers takes around three
months, and the price ranges from 2 to 4 million forints. The municipality is planning an
exhibition of his instruments for next spring.''',
         errors=[OM("professional musicians in Hungary", "and abroad", "minor"),
                 E("will continue", "modality", "minor", "would probably continue")],
         traps=[T("over fifty years", "more than half a century"),
                T("the price ranges from 2 to 4 million forints", "costs between 2 and 4 million forints")]),

    # 025 ------------------------------------------------------------------
    dict(domain="pergola planning dispute", mode="rewrite", label="consistent",
         reference='''A homeowner in the village of Pennick has lost an appeal against a
council order to take down a pergola that neighbours said blocked light to their garden. The
national planning inspectorate ruled on Tuesday that the structure, which is 3.4 metres high
and 9 metres long, was built without permission and "harms the living conditions" of the family
next door. Owner Gerald Finch had argued that the pergola was a garden feature that did not
need planning consent. He now has three months to remove it or reduce its height to 2.5
metres, the maximum allowed without permission. Castlebury District Council said it had
received four complaints about the structure since it was built in 2022. Mr Finch said he was
considering his options.''',
         candidate='''Gerald Finch, a homeowner in the village of Pennick, has had his appeal
rejected against a council order to take down a pergola that his neighbours said blocked light
to their garden. In a ruling on Tuesday, the national planning inspectorate found that the
3.4m-high, 9m-long structure had been built without permission and "harms the living
conditions" of the family next door. Mr Finch had argued that the pergola was a garden feature
that did not require planning consent. He now has three months either to take it down or to
lower it to 2.5 metres, the maximum height allowed without permission. Castlebury District
Council said it had received four complaints about the pergola since it went up in 2022. Mr
Finch said he was weighing up his options.''',
         errors=[],
         traps=[T("has had his appeal rejected", "has lost an appeal"),
                T("3.4m-high, 9m-long structure", "which is 3.4 metres high and 9 metres long"),
                T("since it went up in 2022", "since it was built in 2022"),
                T("weighing up his options", "considering his options")]),

    # 026 ------------------------------------------------------------------
    dict(domain="wickerwork school", mode="rewrite", label="inconsistent",
         reference='''The Somerleigh School of Wickerwork, one of only two basket-making
colleges in the country, will move to larger premises in a former cider barn in the village of
Ashton Wold next September. The school, founded in 1964, currently trains about 30 full-time
students a year in a converted chapel that it has outgrown. The new site will have space for 50
students, a willow-soaking pond and a shop selling work by graduates. The move is being funded
by a £1.1 million legacy left by a former student, Doris Penberthy, who died in 2022. Principal
Alan Crewe said demand for places had risen steadily, with 140 applications this year. Short
courses for beginners will continue to run at weekends.''',
         candidate='''Next September the Somerleigh School of Wickerwork – one of only two
basket-making colleges in the country – will move to larger premises in a former cider barn in
the village of Ashton Wold. Founded in 1964, the school has outgrown the converted chapel where
it currently trains about 30 full-time students a year. The new site will have room for 50
students, a pond for soaking willow and a shop selling graduates' work. The move is being funded
by a £1.1m legacy left by Doris Penberthy, a former student who went on to teach at the school
for twenty years and who died in 2022. Demand for places has risen steadily, principal Alan
Crewe said, with 140 applications this year. Weekend short courses for beginners will carry
on.''',
         errors=[E("who went on to teach at the school for twenty years", "addition", "minor", None)],
         traps=[T("£1.1m", "£1.1 million"),
                T("Weekend short courses for beginners will carry on",
                  "Short courses for beginners will continue to run at weekends")]),

    # 027 ------------------------------------------------------------------
    dict(domain="pheasant farm outbreak", mode="summary", label="consistent",
         reference='''Avian influenza has been confirmed at a pheasant rearing farm near
Holcombe Magna, the Animal Health Agency said on Sunday. All 22,000 birds on the site will be
humanely culled to limit the spread of the disease, and a 3-kilometre protection zone and a
10-kilometre surveillance zone have been put in place around the farm. Within the protection
zone, poultry keepers must house their birds and record all movements of people and vehicles.
The agency said the risk to public health was very low and that properly cooked poultry and
eggs remained safe to eat. It is the second outbreak in the county this year, after a case at a
turkey farm near Bressingham in February. The farm's owners, Linley Game Ltd, said they were
cooperating fully with officials.''',
         candidate='''Bird flu has been confirmed at a pheasant rearing farm near Holcombe
Magna, where all 22,000 birds will be humanely culled, the Animal Health Agency said.
Protection and surveillance zones of 3km and 10km have been set up around the site, and keepers
in the inner zone must house their birds and record all movements of people and vehicles. The
agency called the public health risk very low, adding that properly cooked poultry and eggs are
still safe to eat. This is the county's second outbreak this year, after one at a turkey farm
near Bressingham in February.''',
         errors=[],
         traps=[T("Bird flu", "Avian influenza"),
                T("Protection and surveillance zones of 3km and 10km",
                  "a 3-kilometre protection zone and a 10-kilometre surveillance zone"),
                T("in the inner zone", "Within the protection zone"),
                T("This is the county's second outbreak this year",
                  "It is the second outbreak in the county this year")]),

    # 028 ------------------------------------------------------------------
    dict(domain="sitar recital cancellation", mode="translation", label="consistent",
         reference='''A sitar recital by the renowned musician Pandit Raghav Mehra, which was to
be held on Saturday evening at the Kalamandir Auditorium in Sonepur, has been cancelled because
the musician has fallen ill, the organisers said on Thursday. The 71-year-old artist has been
advised by his doctors to rest for two weeks. Around 1,200 tickets had been sold for the
concert. The organising society, Swarangan, said that ticket holders would get their money back
within seven days, or that they could keep their tickets for a new date, which would be
announced soon. This was to be Mehra's first performance in Sonepur in ten years. In a message,
he apologised to his audience and said he hoped to come back "as soon as possible".''',
         candidate='''Organisers announced on Thursday that the celebrated sitar player Pandit
Raghav Mehra will not give his recital at Sonepur's Kalamandir Auditorium on Saturday evening
because he is unwell. Doctors have told the 71-year-old to take a fortnight's rest. Some 1,200
tickets had been sold. The organisers, the Swarangan society, said ticket holders could either
get a refund within a week or keep their tickets for a new date, to be announced shortly. It
would have been Mehra's first concert in Sonepur for a decade. In a message to his audience he
apologised and said he hoped to return "as soon as possible".''',
         errors=[],
         traps=[T("because he is unwell", "because the musician has fallen ill"),
                T("a fortnight's rest", "rest for two weeks"),
                T("within a week", "within seven days"),
                T("It would have been Mehra's first concert in Sonepur for a decade",
                  "This was to be Mehra's first performance in Sonepur in ten years")]),

    # 029 ------------------------------------------------------------------
    dict(domain="almanac publisher sale", mode="rewrite", label="consistent",
         reference='''Hartley & Crane, the family-owned publisher of the Farmer's Weather
Almanac since 1838, has been sold to the media group Lodestar Publishing for £6.8 million, the
companies said on Monday. The almanac, which sells about 250,000 copies a year, is one of the
oldest continuously published annuals in the country. Lodestar said the almanac's editorial
team of nine would remain in place at the company's offices in Wexley, and that the print
edition would continue alongside a planned mobile app. Chairman Richard Crane, the
great-great-grandson of one of the founders, said the family had decided to sell because no
younger relatives wanted to run the business. The deal is expected to be completed by the end
of March, subject to shareholder approval.''',
         candidate='''Family-owned Hartley & Crane, publisher of the Farmer's Weather Almanac
since 1838, has been bought by media group Lodestar Publishing for £6.8m, the two companies
announced on Monday. Selling around a quarter of a million copies a year, the almanac is among
the country's oldest continuously published annuals. Lodestar said the nine-strong editorial
team would stay at the company's offices in Wexley and that the printed edition would carry on
alongside a planned mobile app. According to chairman Richard Crane, whose great-great-grandfather
was one of the founders, the family decided to sell because none of its younger members wanted
to run the business. Completion, which requires shareholder approval, is expected by the end of
March.''',
         errors=[],
         traps=[T("has been bought by media group Lodestar Publishing for £6.8m",
                  "has been sold to the media group Lodestar Publishing for £6.8 million"),
                T("around a quarter of a million copies a year", "about 250,000 copies a year"),
                T("the nine-strong editorial team", "the almanac's editorial team of nine"),
                T("whose great-great-grandfather was one of the founders",
                  "the great-great-grandson of one of the founders"),
                T("Completion, which requires shareholder approval, is expected by the end of March",
                  "The deal is expected to be completed by the end of March, subject to shareholder approval")]),

    # 030 ------------------------------------------------------------------
    dict(domain="woodcarving school closure", mode="rewrite", label="inconsistent",
         reference='''The Brantwood School of Woodcarving will close at the end of July after
46 years, its trustees announced on Friday, blaming falling enrolment and rising costs. The
school, housed in a former mill on the edge of Castlemere, had 18 full-time students this year,
compared with more than 40 a decade ago. Its annual heating and maintenance bill has almost
doubled since 2021 to £96,000. Current students will be helped to complete their courses at the
Northfield College of Crafts, which has agreed to take them on. The trustees said they had
tried for two years to find a buyer for the building before deciding to close. Principal Hugh
Lennard, who has taught at the school since 1989, called it "a very sad day for traditional
crafts". The school's collection of more than 300 historic carving tools will be donated to the
Castlemere Museum.''',
         candidate='''Citing falling enrolment and rising costs, the trustees of the Brantwood
School of Woodcarving said on Friday that it would shut at the end of July, 46 years after it
opened. Housed in a former mill on the edge of Castlemere, the school had 18 full-time students
this year, down from over 40 ten years ago. Its annual heating and maintenance bill has almost
doubled since 2021, reaching £96,000. The Northfield College of Crafts has agreed to take on
current students so that they can complete their courses. The trustees said they had spent two
years trying to find a buyer for the building after deciding to close. Principal Hugh Lennard,
who has taught at the school since 1989, called it "a very sad day for traditional crafts". The
school's collection of more than 300 historic carving tools will be sold to the Castlemere
Museum.''',
         errors=[E("after deciding to close", "date", "major", "before deciding to close"),
                 E("sold", "event", "major", "donated")],
         traps=[T("46 years after it opened", "after 46 years"),
                T("down from over 40 ten years ago", "compared with more than 40 a decade ago")]),

    # 031 ------------------------------------------------------------------
    dict(domain="egret colony disturbance", mode="summary", label="inconsistent",
         reference='''Police are investigating reports that a colony of little egrets at
Saltmarsh Point nature reserve was deliberately disturbed during the breeding season, the
reserve's managers said on Wednesday. Wardens found that at least 14 nests had been abandoned
after people were seen walking through the heronry at night on two occasions in late April.
Little egrets, which first bred on the reserve in 2003, are a protected species, and disturbing
them at the nest is a criminal offence punishable by an unlimited fine. The Coastal Wildlife
Partnership, which runs the reserve, has installed motion-activated cameras and asked visitors
to report suspicious behaviour. Reserve manager Joan Pettigrew said the colony had numbered
about 60 pairs last year. No arrests have been made.''',
         candidate='''Police are investigating the suspected deliberate disturbance of a
protected little egret colony at Saltmarsh Point nature reserve, where at least 14 nests were
abandoned after people were twice seen walking through the heronry at night in late April.
Disturbing the birds at the nest is a criminal offence carrying an unlimited fine or up to six
months in prison. Cameras have been installed, and no one has been arrested.''',
         errors=[E("or up to six months in prison", "addition", "major", None)],
         traps=[T("twice", "on two occasions"),
                T("no one has been arrested", "No arrests have been made")]),

    # 032 ------------------------------------------------------------------
    dict(domain="anvil forge reopening", mode="translation", label="inconsistent",
         reference='''After nine years of restoration, the historic hammer forge in Kaltenbach
will reopen to visitors on 1 May, the local heritage association announced. The forge, built in
1782, produced anvils for blacksmiths across the region until it closed in 1961. Its
water-powered tail hammer, which weighs 400 kilograms, has been repaired using original parts
wherever possible. The restoration cost 1.9 million euros, two thirds of which was paid by the
state monument office. Volunteers will give demonstrations every Sunday from May to October.
Association chairman Jürgen Habel said the aim was to show how heavy ironwork was done before
electricity. A small museum with tools and documents from the forge's history is also being set
up in the former smith's house and is due to open next year.''',
         candidate='''Following nine years of restoration work, Kaltenbach's historic hammer
forge will open its doors to visitors again on May 1st, according to the local heritage
society. Built in 1782, the forge supplied anvils to smiths throughout the region until it was
sold in 1961. Its 400-kilo tail hammer, driven by water, has been repaired with original parts
wherever this was possible. Of the €1.9 million the restoration cost, the state monument office
covered two thirds. Every Sunday from May through October, volunteers will put on
demonstrations. According to the society's chairman, Jürgen Habel, the goal is to show how
heavy iron was worked before the age of electricity. A small museum of tools and documents on
the forge's history is also being set up in the old smith's house, with an opening planned for
next year.''',
         errors=[E("was sold", "event", "major", "closed")],
         traps=[T("May 1st", "1 May"),
                T("400-kilo", "400 kilograms"),
                T("the state monument office covered two thirds",
                  "two thirds of which was paid by the state monument office")]),

    # 033 ------------------------------------------------------------------
    dict(domain="meringue world record", mode="rewrite", label="consistent",
         reference='''A team of 40 bakers in the coastal town of Port Ellery has set a world
record for the largest meringue, weighing 1,310 kilograms, adjudicators from the Global Records
Register confirmed on Sunday. The meringue, measuring 8.2 metres long and 2.6 metres wide, took
11 hours to bake in a purpose-built oven and used 38,000 egg whites from local farms. It beat
the previous record of 1,060 kilograms, set in 2018. The attempt was organised by the Port
Ellery Chamber of Trade to raise money for the town's lifeboat station. Organiser Maria Gillan
said the meringue would be broken up and sold in portions at the harbour festival next weekend,
with all proceeds going to the lifeboat. Adjudicator Ken Adebayo said the entry had met all the
rules, including that it must remain intact for at least ten minutes after being removed from
the oven.''',
         candidate='''Adjudicators from the Global Records Register confirmed on Sunday that a
team of 40 bakers in the coastal town of Port Ellery had set a world record for the largest
meringue, at 1,310kg. Measuring 8.2m by 2.6m, it was baked for 11 hours in an oven built
specially for the purpose, using the whites of 38,000 eggs from local farms. The previous
record, set in 2018, was 1,060kg – 250kg lighter. The town's Chamber of Trade organised the
attempt to raise money for the Port Ellery lifeboat station. The meringue will be broken up and
sold in portions at next weekend's harbour festival, and every penny raised will go to the
lifeboat, organiser Maria Gillan said. According to adjudicator Ken Adebayo, the entry complied
with all the rules, one of which is that it must stay intact for a minimum of ten minutes once
taken out of the oven.''',
         errors=[],
         traps=[T("8.2m by 2.6m", "8.2 metres long and 2.6 metres wide"),
                T("the whites of 38,000 eggs", "38,000 egg whites"),
                T("250kg lighter", "It beat the previous record of 1,060 kilograms"),
                T("every penny raised will go to the lifeboat", "all proceeds going to the lifeboat"),
                T("for a minimum of ten minutes", "for at least ten minutes")]),

    # 034 ------------------------------------------------------------------
    dict(domain="ermine robe exhibit", mode="rewrite", label="inconsistent",
         reference='''A ceremonial ermine robe worn at the coronation of King Aldric II in 1821
has gone on public display for the first time at the Rothmere Palace Museum. The crimson velvet
robe, lined with the white winter fur of about 300 stoats, was discovered in a storeroom in 2019
and has undergone three years of conservation work. Textile conservator Dr Anna Kessel said
moths had damaged around a tenth of the fur, which was repaired with fur from an antique stole.
The museum's director, Philip Osei, said the robe was "one of the finest surviving examples of
coronation dress in Europe". Animal welfare group Fur Free Future criticised the display, saying
it glorified cruelty, but the museum said it was important to show historical objects in
context. The exhibition runs until 30 November.''',
         candidate='''A ceremonial ermine robe worn at King Aldric II's coronation in 1821 is
on public display for the first time, at the Rothmere Palace Museum. Made of crimson velvet and
lined with the white winter fur of some 300 stoats, the robe was found in a storeroom in 2019
and has since undergone three years of conservation work. According to textile conservator Dr
Anna Kessel, moths had damaged about 10% of the fur, which was repaired with fur taken from an
antique stole. Dr Kessel described the robe as "one of the finest surviving examples of
coronation dress in Europe". The animal welfare group Fur Free Future criticised the display as
glorifying cruelty, but the museum said it was important to show historical objects in context.
The exhibition is open until 30 November.''',
         errors=[E("Dr Kessel", "attribution", "major", "Philip Osei")],
         traps=[T("some 300 stoats", "about 300 stoats"),
                T("about 10% of the fur", "around a tenth of the fur")]),

    # 035 ------------------------------------------------------------------
    dict(domain="iguana smuggling case", mode="summary", label="consistent",
         reference='''A 46-year-old man has been jailed for two years and four months for
attempting to smuggle 27 live iguanas into the country in his luggage, Westbury Crown Court
heard on Friday. Customs officers at Harlow International Airport found the reptiles, some of
them rare Caribbean species, taped inside socks and packed into two suitcases when Darren Pike
arrived on a flight in March last year. Four of the animals were already dead. Pike, from
Millbrook, had pleaded guilty to illegally importing protected species. The court heard he had
planned to sell the iguanas to collectors for up to £3,000 each. Judge Margaret Hale said the
animals had suffered "appalling cruelty". The surviving iguanas are being cared for at a
specialist reptile centre while officials arrange their return.''',
         candidate='''Darren Pike, 46, from Millbrook, has been sentenced to 28 months in
prison after admitting illegally importing protected species. Customs officers at Harlow
International Airport found 27 iguanas, some of them rare Caribbean species, taped inside socks
in his two suitcases in March last year; four were already dead. He had planned to sell them to
collectors for up to £3,000 apiece. The survivors are being cared for at a specialist reptile
centre pending their return.''',
         errors=[],
         traps=[T("sentenced to 28 months in prison", "jailed for two years and four months"),
                T("after admitting illegally importing protected species",
                  "had pleaded guilty to illegally importing protected species"),
                T("for up to £3,000 apiece", "for up to £3,000 each"),
                T("pending their return", "while officials arrange their return")]),

    # 036 ------------------------------------------------------------------
    dict(domain="wheelwright apprenticeship", mode="translation", label="consistent",
         reference='''A wheelwright apprenticeship is being offered in the Lesná district for
the first time in over thirty years. The three-year training programme, which starts in
September, will take place at the workshop of master wheelwright Pavel Dvořák in the village of
Hradek and at the vocational school in Lesná. Two places are available; so far, nine young
people have applied. Dvořák, 66, is one of the last people in the country who still build
wooden wheels for carts and carriages using traditional methods. Orders come mainly from
museums, film studios and owners of historic carriages. The apprenticeship is being supported
by the regional authority with a grant of 600,000 crowns. Applications can be submitted until
the end of April.''',
         candidate='''For the first time in more than three decades, an apprenticeship in
wheelwrighting is on offer in the Lesná district. Starting in September, the three-year course
will be split between the Hradek workshop of master wheelwright Pavel Dvořák and the vocational
school in Lesná. There are two places, and nine young people have put in applications so far.
At 66, Dvořák is among the last craftsmen in the country still making wooden cart and carriage
wheels the traditional way. His orders come chiefly from museums, film studios and people who
own historic carriages. The regional authority is backing the apprenticeship with a grant of
600,000 crowns. The deadline for applications is the end of April.''',
         errors=[],
         traps=[T("For the first time in more than three decades", "for the first time in over thirty years"),
                T("the Hradek workshop of master wheelwright Pavel Dvořák",
                  "the workshop of master wheelwright Pavel Dvořák in the village of Hradek"),
                T("There are two places", "Two places are available"),
                T("At 66", "Dvořák, 66"),
                T("The deadline for applications is the end of April",
                  "Applications can be submitted until the end of April")]),

    # 037 ------------------------------------------------------------------
    dict(domain="gong factory", mode="rewrite", label="consistent",
         reference='''Bronzewell Percussion, which makes orchestral and meditation gongs at its
factory in Tanford, reported record annual sales of £4.6 million on Thursday, up 18 per cent on
the previous year. The company said exports, which now account for 70 per cent of its revenue,
had been driven by demand from yoga studios and wellness centres in North America and East
Asia. It hand-hammers about 2,500 gongs a year, ranging from 20 centimetres to nearly two
metres across. Managing director Colin Ashworth said the firm would recruit eight more
metalworkers this year and was looking for a second site, as the Tanford factory was "at full
capacity". Pre-tax profit rose to £610,000 from £480,000. The company, founded in 1957, employs
52 people.''',
         candidate='''Annual sales at Bronzewell Percussion, which makes orchestral and
meditation gongs at its Tanford factory, reached a record £4.6m, an 18% increase on the
previous year, the company said on Thursday. Seven-tenths of its revenue now comes from
exports, which have been driven by demand from yoga studios and wellness centres in North
America and East Asia. The firm hand-hammers roughly 2,500 gongs a year, from 20cm to almost 2m
across. With the Tanford factory "at full capacity", managing director Colin Ashworth said,
Bronzewell would recruit another eight metalworkers this year and was looking for a second
site. Pre-tax profit climbed from £480,000 to £610,000. Founded in 1957, the company has a
workforce of 52.''',
         errors=[],
         traps=[T("an 18% increase on the previous year", "up 18 per cent on the previous year"),
                T("Seven-tenths of its revenue now comes from exports",
                  "exports, which now account for 70 per cent of its revenue"),
                T("from 20cm to almost 2m across", "from 20 centimetres to nearly two metres across"),
                T("Pre-tax profit climbed from £480,000 to £610,000",
                  "Pre-tax profit rose to £610,000 from £480,000"),
                T("has a workforce of 52", "employs 52 people")]),

    # 038 ------------------------------------------------------------------
    dict(domain="tinsmith guild election", mode="rewrite", label="inconsistent",
         reference='''Members of the Worshipful Guild of Tinsmiths have elected Margaret
Oyelaran as their first female master in the guild's 412-year history. Ms Oyelaran, 58, who
runs a sheet-metal workshop in Ludgate Vale, defeated the deputy master, Ronald Tiverton, by 96
votes to 71 in a ballot held on Tuesday. Turnout was 83 per cent. She succeeds Geoffrey Allard,
who stepped down after four years and under whom she served her apprenticeship in the 1980s.
During the campaign, Ms Oyelaran promised to open membership to workers in related trades such
as roofing and to create a bursary for young apprentices. Mr Tiverton, who had opposed widening
membership, congratulated her and said he would not stand down as deputy master. Ms Oyelaran
will be formally installed at a ceremony in the guild hall on 3 March.''',
         candidate='''Margaret Oyelaran has become the first woman to be elected master of the
Worshipful Guild of Tinsmiths in its 412-year history. In Tuesday's ballot Ms Oyelaran, 58, who
runs a sheet-metal workshop in Ludgate Vale, beat deputy master Ronald Tiverton by 96 votes to
71, on an 83% turnout. She takes over from Geoffrey Allard, who stepped down after four years
and who served his apprenticeship under her in the 1980s. Her campaign pledges included opening
membership to workers in related trades such as roofing and creating a bursary for young
apprentices. Mr Tiverton, an opponent of wider membership, congratulated her and said he would
stand down as deputy master. Ms Oyelaran's formal installation will take place at a ceremony in
the guild hall on 3 March.''',
         errors=[E("who served his apprenticeship under her", "role", "major",
                   "under whom she served her apprenticeship"),
                 E("would stand down", "polarity", "major", "would not stand down")],
         traps=[T("the first woman to be elected master", "their first female master"),
                T("on an 83% turnout", "Turnout was 83 per cent"),
                T("She takes over from Geoffrey Allard", "She succeeds Geoffrey Allard")]),

    # 039 ------------------------------------------------------------------
    dict(domain="cutlery forge layoffs", mode="summary", label="inconsistent",
         reference='''Sheffbrook Cutlery, one of the last firms still forging knives and forks
in the town of Kelham Bridge, is to cut 65 of its 210 jobs, the company said on Monday. Chief
executive Naomi Pratt blamed cheaper imports and a 40 per cent rise in energy costs over two
years, which she said had made the forge's gas-fired furnaces "uneconomic to run at full
capacity". The cuts will fall mainly on the forging and grinding shifts, and the company will
move to a four-day week from June. The Cutlers' and Metalworkers' Union said it would seek talks
to reduce the number of compulsory redundancies. Local MP David Orme called the news "a hammer
blow" for the town. Sheffbrook, founded in 1896, supplies cutlery to hotels, airlines and
several cruise lines.''',
         candidate='''Kelham Bridge cutlery maker Sheffbrook Cutlery is to cut 65 of its 210
jobs, mainly on its forging and grinding shifts, and will switch to a four-day week from June.
Chief executive David Orme blamed cheaper imports and energy costs that have risen by 40% in two
years. The Cutlers' and Metalworkers' Union will seek talks to reduce compulsory
redundancies.''',
         errors=[E("David Orme", "entity", "major", "Naomi Pratt")],
         traps=[T("energy costs that have risen by 40% in two years",
                  "a 40 per cent rise in energy costs over two years"),
                T("switch to a four-day week", "move to a four-day week")]),

    # 040 ------------------------------------------------------------------
    dict(domain="yew hedge poisoning", mode="translation", label="inconsistent",
         reference='''Three horses have died after eating yew hedge clippings that had been
dumped in their paddock near the village of Vernoux-le-Petit, the gendarmerie said on Tuesday.
The owner, Claire Bastide, found the animals on Sunday morning; a vet confirmed that they had
been poisoned by taxine, a toxin found in all parts of the yew except the flesh of its berries.
Just 500 grams of yew needles can kill a horse within hours. Investigators are trying to
identify who left the clippings, which were found in several black bags by the fence. A fourth
horse, which had eaten less, survived after treatment. The mayor reminded residents that garden
waste must not be left in fields or by the roadside and said the municipal recycling centre
accepts it free of charge.''',
         candidate='''Three horses have died after eating clippings from a yew hedge dumped in
their paddock close to the village of Vernoux-le-Petit, the gendarmerie reported on Tuesday.
Their owner, Claire Bastide, discovered them on Sunday morning, and a vet established that they
had been poisoned by taxine, a toxin present in every part of the yew, including the flesh of
its berries. As little as half a kilo of yew needles is enough to kill a horse in a matter of
hours. Investigators are trying to find out who left the cuttings, which were discovered in
several black bags next to the fence. A fourth horse, which had eaten less, pulled through after
treatment. The mayor reminded residents that green waste may not be left in fields or along
roadsides, and pointed out that the municipal recycling centre takes it free of charge.''',
         errors=[E("including", "polarity", "critical", "except")],
         traps=[T("half a kilo", "500 grams"),
                T("in a matter of hours", "within hours"),
                T("pulled through", "survived")]),
]


# ---------------------------------------------------------------------------
# construction and validation
# ---------------------------------------------------------------------------

class SetError(Exception):
    pass


def find_nth(hay, needle, n):
    pos = -1
    for _ in range(n + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return len(re.findall(r"\S+", s))


def boundary_ok(text, pos):
    """True if position `pos` does not fall inside a word."""
    if pos <= 0 or pos >= len(text):
        return True
    return not (text[pos - 1].isalnum() and text[pos].isalnum())


def build_record(idx, case):
    cid = "s123-%03d" % idx
    ref = norm(case["reference"])
    cand = norm(case["candidate"])
    problems = []

    def fail(msg):
        problems.append("%s: %s" % (cid, msg))

    errors, traps, spans = [], [], []

    for e in case["errors"]:
        etype = e["type"]
        ref_text = e["ref"]
        if etype not in ERROR_TYPES:
            fail("bad error type %r" % etype)
        if e["severity"] not in SEVERITIES:
            fail("bad severity %r" % e["severity"])
        if etype == "omission":
            after = norm(e["after"])
            pos = find_nth(cand, after, e["occ"])
            if pos < 0:
                fail("omission anchor not found: %r" % after)
                continue
            start = end = pos + len(after)
            text = ""
            if not ref_text or ref_text not in ref:
                fail("omission ref_text not in reference: %r" % ref_text)
            if ref_text and ref_text in cand:
                fail("omitted words still present in candidate: %r" % ref_text)
            if case["mode"] == "summary":
                fail("omission in a summary")
            if not boundary_ok(cand, start):
                fail("omission point cuts a word")
        else:
            text = norm(e["text"])
            start = find_nth(cand, text, e["occ"])
            if start < 0:
                fail("error text not found (occ %d): %r" % (e["occ"], text))
                continue
            end = start + len(text)
            if text != text.strip() or not text:
                fail("error text empty or padded: %r" % text)
            if etype in ("addition", "repetition"):
                if ref_text is not None:
                    fail("%s must have ref_text null" % etype)
            else:
                if not ref_text or ref_text not in ref:
                    fail("error ref_text not in reference: %r" % ref_text)
                if ref_text == text:
                    fail("error text identical to ref_text: %r" % text)
            if etype == "repetition":
                first = cand.find(text)
                if first < 0 or first + len(text) > start:
                    fail("repetition has no earlier copy: %r" % text)
            if etype == "addition" and text in ref:
                fail("added text occurs in reference: %r" % text)
        errors.append({"start": start, "end": end, "text": text, "type": etype,
                       "severity": e["severity"], "ref_text": ref_text})
        spans.append((start, end, "error %r" % text))

    for t in case["traps"]:
        text = norm(t["text"])
        ref_text = norm(t["ref"])
        start = find_nth(cand, text, t["occ"])
        if start < 0:
            fail("trap text not found: %r" % text)
            continue
        end = start + len(text)
        if ref_text not in ref:
            fail("trap ref_text not in reference: %r" % ref_text)
        if text in ref:
            fail("trap text occurs verbatim in reference: %r" % text)
        if text == ref_text:
            fail("trap text identical to ref_text: %r" % text)
        traps.append({"start": start, "end": end, "text": text, "ref_text": ref_text})
        spans.append((start, end, "trap %r" % text))

    # span integrity: offsets, word boundaries, no overlaps
    for (s, e_, name) in spans:
        if s == e_:
            continue
        if not boundary_ok(cand, s) or not boundary_ok(cand, e_):
            fail("span cuts a word: %s" % name)
    real = sorted([sp for sp in spans if sp[0] != sp[1]])
    for a, b in zip(real, real[1:]):
        if b[0] < a[1]:
            fail("overlapping spans: %s / %s" % (a[2], b[2]))
    for (s, e_, name) in spans:
        if s == e_:
            for (s2, e2, name2) in real:
                if s2 < s < e2:
                    fail("omission point inside span %s" % name2)

    # pair-level checks
    label = case["label"]
    if label not in ("consistent", "inconsistent"):
        fail("bad label")
    if case["mode"] not in MODES:
        fail("bad mode")
    if label == "consistent":
        if errors:
            fail("consistent pair with errors")
        if not 3 <= len(traps) <= 5:
            fail("consistent pair needs 3-5 traps, has %d" % len(traps))
    else:
        if not 1 <= len(errors) <= 2:
            fail("inconsistent pair should carry 1-2 errors, has %d" % len(errors))
        if len(traps) > 3:
            fail("inconsistent pair has more than 3 traps")
    nw = words(ref)
    if not 70 <= nw <= 190:
        fail("reference has %d words" % nw)
    if case["mode"] == "summary" and not (len(cand) < len(ref) and words(cand) < nw):
        fail("summary not shorter than reference")
    if cand == ref:
        fail("candidate identical to reference")
    for s in (ref, cand):
        if "  " in s or s != s.strip():
            fail("whitespace problem")

    rec = {"id": cid, "domain": case["domain"], "mode": case["mode"],
           "reference": ref, "candidate": cand, "label": label,
           "errors": sorted(errors, key=lambda x: x["start"]),
           "traps": sorted(traps, key=lambda x: x["start"])}
    # final self-check of every offset
    for item in rec["errors"] + rec["traps"]:
        if cand[item["start"]:item["end"]] != item["text"]:
            fail("offset mismatch for %r" % item["text"])
    return rec, problems


def build_all():
    records, problems = [], []
    for i, case in enumerate(CASES, 1):
        rec, probs = build_record(i, case)
        records.append(rec)
        problems.extend(probs)

    # set-level composition checks
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        problems.append("domains must be the 40 listed, each once")
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append("label counts %s" % dict(labels))
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        problems.append("mode/label counts %s" % dict(ml))
    types = Counter(e["type"] for r in records for e in r["errors"])
    total = sum(types.values())
    if total != 30:
        problems.append("expected 30 errors, got %d" % total)
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s has only %d" % (t, types[t]))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    return records, problems


def summary_lines(records):
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    ml = Counter((r["mode"], r["label"]) for r in records)
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    traps_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    traps_i = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    wc = [words(r["reference"]) for r in records]
    out = ["pairs: %d" % len(records),
           "mode/label: " + ", ".join("%s-%s %d" % (m, l, n) for (m, l), n in sorted(ml.items())),
           "errors: %d  %s" % (sum(types.values()), dict(sorted(types.items()))),
           "severity: %s" % dict(sorted(sev.items())),
           "errors per inconsistent pair: %s" % dict(sorted(per_pair.items())),
           "traps: %d on consistent pairs, %d on inconsistent pairs" % (traps_c, traps_i),
           "reference words: min %d, max %d, mean %.1f" % (min(wc), max(wc), sum(wc) / len(wc))]
    return out


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build_all()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); nothing written." % len(problems), file=sys.stderr)
        sys.exit(1)
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check passed; nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))


if __name__ == "__main__":
    main()
