#!/usr/bin/env python3
"""Independent evaluation set 8 for the reference/candidate fact-comparison tool.

How this set was made
---------------------
Every reference and candidate text below was written by hand by a helper that
saw no code, tests, data or earlier evaluation sets of the project; it worked
only from a written brief describing the record format and the composition.
All people, companies, organisations, towns, products and figures are
invented; real countries appear only as background.

Composition: 40 pairs (20 consistent, 20 inconsistent); 20 rewrites,
10 summaries, 10 translations (pairs of independent English translations of
one imagined non-English story).  Inconsistent pairs carry 1-2 errors each,
30 errors in all, covering the eleven error types at least twice each.
Consistent candidates are deliberately rich in the kinds of faithful rewording
that editors, summarisers and translators produce (restructured, merged or
split sentences, reordered clauses, synonyms and idioms, figures and dates
written another way, people named by role or title, nominalisations,
passive/active changes, rephrased reported speech) and carry 3-5 annotated
traps each.

All character offsets are computed by this script: each quoted span is
located in the candidate by string search (with an occurrence index where the
text repeats); an omission is placed immediately after or before an anchor
string.  Nothing is typed by hand as a number.

Usage:  python3 make_set8.py          # validate and write set8.jsonl
        python3 make_set8.py --check  # validate only, write nothing
"""

import json
import os
import re
import sys
from collections import Counter

SET = 8
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def E(text, type_, severity, ref_text, occ=0):
    """An error whose span is `text` (the occ-th occurrence) in the candidate."""
    return {"kind": "span", "text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OMIT(anchor, ref_text, severity, where="after", occ=0):
    """An omission located immediately after (or before) `anchor`."""
    return {"kind": "omission", "anchor": anchor, "where": where, "occ": occ,
            "type": "omission", "severity": severity, "ref_text": ref_text}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording in the candidate of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = [
    # ------------------------------------------------------------------ 001
    dict(
        domain="finance", mode="rewrite", label="inconsistent",
        reference=(
            "Harwick Mutual, a regional credit union based in Dunmore, announced on Monday that "
            "it will absorb the smaller Tallis Savings Cooperative in a deal valued at 41 million "
            "pounds. The merger, which still requires approval from the financial regulator, would "
            "create a lender with about 96,000 members and 14 branches across the eastern counties. "
            "Harwick's chief executive, Moira Quennell, said no branches would close in the first two "
            "years. Tallis members will vote on the proposal at a special meeting on 12 March. "
            "Analysts at Brightwater Research described the price as fair, noting that Tallis had "
            "struggled to grow its mortgage book since 2021."
        ),
        candidate=(
            "Under a deal announced on Monday, Tallis Savings Cooperative will absorb Harwick Mutual, "
            "the Dunmore-based regional credit union, for £41m. If the financial regulator signs off, "
            "the combined lender would have roughly 69,000 members and 14 branches in the eastern "
            "counties. Moira Quennell, who runs Harwick, said that no branches would shut during "
            "the first two years. Tallis's members are due to vote on the plan at a special meeting on "
            "12 March. Brightwater Research analysts called the price fair, pointing out that Tallis "
            "had found it hard to expand its mortgage lending since 2021."
        ),
        errors=[
            E("Tallis Savings Cooperative will absorb Harwick Mutual", "role", "critical",
              "it will absorb the smaller Tallis Savings Cooperative"),
            E("69,000", "number", "major", "96,000"),
        ],
        traps=[
            T("£41m", "41 million pounds"),
            T("If the financial regulator signs off",
              "still requires approval from the financial regulator"),
            T("Moira Quennell, who runs Harwick", "Harwick's chief executive, Moira Quennell"),
            T("found it hard to expand its mortgage lending", "struggled to grow its mortgage book"),
        ],
    ),
    # ------------------------------------------------------------------ 002
    dict(
        domain="courts", mode="rewrite", label="consistent",
        reference=(
            "The Court of Appeal in Velden on Thursday overturned a lower court's ruling that had "
            "ordered farmer Jonas Merrick to remove a fence along the boundary of his property. The "
            "three judges found that the district court had misread a 1987 survey map, which placed "
            "the boundary roughly four metres further east than his neighbour, Edith Larrow, had "
            "claimed. Merrick, 63, had been ordered in 2022 to take down the fence and pay 8,500 euros "
            "in costs. That order is now cancelled, and Larrow must instead cover his legal expenses. "
            "Her lawyer said she was considering whether to take the case to the Supreme Court."
        ),
        candidate=(
            "A 2022 order requiring Jonas Merrick to dismantle a boundary fence and pay €8,500 in "
            "costs was set aside on Thursday when Velden's Court of Appeal ruled in the 63-year-old "
            "farmer's favour. According to the three-judge panel, the district court had "
            "misinterpreted a survey map drawn up in 1987; that map puts the boundary about four "
            "metres east of where Edith Larrow, who owns the neighbouring land, said it lay. Larrow "
            "will now have to pay Merrick's legal costs. An appeal to the Supreme Court is being "
            "considered, her lawyer said."
        ),
        errors=[],
        traps=[
            T("€8,500", "8,500 euros"),
            T("was set aside on Thursday when Velden's Court of Appeal ruled",
              "The Court of Appeal in Velden on Thursday overturned"),
            T("the 63-year-old farmer", "Merrick, 63"),
            T("Edith Larrow, who owns the neighbouring land", "his neighbour, Edith Larrow"),
            T("An appeal to the Supreme Court is being considered",
              "considering whether to take the case to the Supreme Court"),
        ],
    ),
    # ------------------------------------------------------------------ 003
    dict(
        domain="sports", mode="summary", label="inconsistent",
        reference=(
            "Belgian rider Tomas Verhaegen won the fourth stage of the Tour of the Ardane Hills on "
            "Wednesday, outsprinting Danish champion Aksel Nyborg in the final 200 metres of the "
            "176-kilometre route from Castelmoor to Pirnwick. Verhaegen, who rides for the Solvane "
            "team, had crashed on the opening day and was not expected to contend for stage wins. The "
            "result lifts him to third in the overall standings, 48 seconds behind race leader Luca "
            "Ferrandi of Italy, who finished safely in the main group. Nyborg's team lodged a "
            "complaint about Verhaegen's line in the sprint, but the race jury rejected it after "
            "reviewing video footage. Thursday's fifth stage is a mountain climb expected to reshape "
            "the standings."
        ),
        candidate=(
            "Solvane's Tomas Verhaegen, who had crashed on day one, took Wednesday's fourth stage of "
            "the Tour of the Ardane Hills in a sprint finish at Castelmoor, beating Aksel Nyborg. He "
            "moves up to third overall, 48 seconds behind Italian leader Luca Ferrandi. The jury "
            "upheld a complaint from Nyborg's team about Verhaegen's sprinting line."
        ),
        errors=[
            E("Castelmoor", "entity", "major", "Pirnwick"),
            E("upheld", "polarity", "critical", "rejected"),
        ],
        traps=[
            T("Solvane's Tomas Verhaegen", "Verhaegen, who rides for the Solvane team"),
            T("day one", "the opening day"),
            T("Italian leader Luca Ferrandi", "race leader Luca Ferrandi of Italy"),
        ],
    ),
    # ------------------------------------------------------------------ 004
    dict(
        domain="science", mode="translation", label="consistent",
        reference=(
            "Researchers from the Marine Institute of Porto Aldeia have described a new species of "
            "glass sponge collected at a depth of 2,300 metres off the coast of the island of Santa "
            "Brígida. The animal, named Euplectella aldeiensis, was found during an expedition in "
            "September 2023 aboard the research vessel Gaivota. According to the study's lead author, "
            "biologist Inês Carvalhal, the sponge can reach 40 centimetres in height and shelters "
            "small shrimp inside its skeleton. The team has now sent samples to two European "
            "laboratories for genetic analysis. The work was published this week in the journal Deep "
            "Sea Biology Letters."
        ),
        candidate=(
            "A previously unknown glass sponge, brought up from 2,300 m below the surface off the "
            "island of Santa Brígida, has been described by scientists at Porto Aldeia's Marine "
            "Institute. The specimen, now called Euplectella aldeiensis, was collected in September "
            "of 2023 on an expedition of the research ship Gaivota. It can grow up to forty "
            "centimetres tall, and tiny shrimps live inside its skeleton, says biologist Inês "
            "Carvalhal, who led the study, which appeared this week in Deep Sea Biology Letters. "
            "Samples have since been dispatched to a pair of European laboratories for genetic "
            "testing."
        ),
        errors=[],
        traps=[
            T("2,300 m below the surface", "a depth of 2,300 metres"),
            T("scientists at Porto Aldeia's Marine Institute",
              "Researchers from the Marine Institute of Porto Aldeia"),
            T("forty centimetres tall", "40 centimetres in height"),
            T("who led the study", "the study's lead author"),
            T("a pair of European laboratories", "two European laboratories"),
        ],
    ),
    # ------------------------------------------------------------------ 005
    dict(
        domain="health", mode="rewrite", label="inconsistent",
        reference=(
            "St Aldric's Hospital in Kessington will open a walk-in vaccination clinic on its ground "
            "floor from 3 June, offering flu and pneumonia jabs to adults over 65 and to people with "
            "long-term lung conditions. The clinic will run from 8 a.m. to 6 p.m. on weekdays and will "
            "not require an appointment. Hospital director Priya Ambrose said the service was designed "
            "to ease pressure on local family doctors, who administered almost 22,000 vaccinations "
            "last winter. Staff will be drawn from the hospital's existing nursing team, so no new "
            "hires are planned. Patients are asked to bring proof of age or a letter from their "
            "doctor."
        ),
        candidate=(
            "From 3 June, a walk-in vaccination clinic will operate on the ground floor of "
            "Kessington's St Aldric's Hospital, giving flu and pneumonia vaccines to over-65s. No "
            "appointment will be needed, and the clinic will be open on weekdays between 8am and 6pm. "
            "According to hospital director Priya Ambrose, the aim is to relieve local GPs, who gave "
            "nearly 22,000 vaccinations last winter. Because the clinic will be staffed by nurses "
            "already employed at the hospital, there are no plans to recruit. Patients should bring "
            "proof of age or a doctor's letter."
        ),
        errors=[
            OMIT("over-65s", "and to people with long-term lung conditions", "major"),
        ],
        traps=[
            T("between 8am and 6pm", "from 8 a.m. to 6 p.m."),
            T("local GPs", "local family doctors"),
            T("there are no plans to recruit", "no new hires are planned"),
        ],
    ),
    # ------------------------------------------------------------------ 006
    dict(
        domain="business", mode="rewrite", label="consistent",
        reference=(
            "Crumb & Co, the bakery chain founded in Lowfield by brothers Arun and Dev Malhotra in "
            "2009, plans to open 12 new shops in the north of England over the next 18 months, the "
            "company said on Tuesday. The expansion will be funded by a £6.5 million loan from "
            "Pennant Bank and is expected to create around 150 jobs. Crumb & Co currently runs 31 "
            "shops. Its finance director, Helen Ostrow, said sales had risen by 9 per cent in the year "
            "to March, helped by strong demand for its breakfast range. The first of the new shops is "
            "due to open in Harrowgate Street, Mellbridge, in October."
        ),
        candidate=(
            "Crumb & Co, which brothers Arun and Dev Malhotra started in Lowfield in 2009, announced "
            "on Tuesday that it intends to add a dozen shops across northern England within a year "
            "and a half, taking its estate from 31 outlets to 43. Roughly 150 jobs are expected to be "
            "created by the expansion, which is being financed with a £6.5m loan from Pennant Bank. "
            "Sales climbed 9% in the twelve months to March on the back of brisk demand for breakfast "
            "products, according to finance director Helen Ostrow. Mellbridge's Harrowgate Street is "
            "due to get the first new shop in October."
        ),
        errors=[],
        traps=[
            T("a dozen shops", "12 new shops"),
            T("within a year and a half", "over the next 18 months"),
            T("taking its estate from 31 outlets to 43", "Crumb & Co currently runs 31 shops"),
            T("Roughly 150 jobs are expected to be created by the expansion",
              "is expected to create around 150 jobs"),
            T("Sales climbed 9%", "sales had risen by 9 per cent"),
        ],
    ),
    # ------------------------------------------------------------------ 007
    dict(
        domain="weather", mode="summary", label="consistent",
        reference=(
            "The National Weather Office has issued an amber wind warning for the coastal districts "
            "of Brenmoor and Sallow Point from 6 p.m. on Friday until noon on Saturday. Storm Odile is "
            "forecast to bring gusts of up to 110 kilometres per hour, with the strongest winds "
            "expected overnight. Forecaster Gemma Tullis said waves of six to eight metres could "
            "batter exposed harbours and warned people to stay away from sea walls. Ferry operator "
            "Bluewake Lines has already cancelled all Friday evening sailings between Sallow Point and "
            "the Merrin Islands. Inland areas face a lower, yellow-level warning for heavy rain, with "
            "up to 50 millimetres possible on high ground."
        ),
        candidate=(
            "Storm Odile has prompted an amber wind alert for Brenmoor and Sallow Point, in force from "
            "6pm Friday to midday Saturday, with gusts of up to 110 km/h. A forecaster warned that "
            "six- to eight-metre waves could pound exposed harbours, and Bluewake Lines has cancelled "
            "its Friday evening crossings to and from the Merrin Islands. Inland areas are under a "
            "yellow alert for heavy rain."
        ),
        errors=[],
        traps=[
            T("amber wind alert", "amber wind warning"),
            T("6pm Friday to midday Saturday", "from 6 p.m. on Friday until noon on Saturday"),
            T("110 km/h", "110 kilometres per hour"),
            T("six- to eight-metre waves could pound exposed harbours",
              "waves of six to eight metres could batter exposed harbours"),
            T("crossings to and from the Merrin Islands",
              "sailings between Sallow Point and the Merrin Islands"),
        ],
    ),
    # ------------------------------------------------------------------ 008
    dict(
        domain="local government", mode="rewrite", label="inconsistent",
        reference=(
            "Ashcombe District Council voted 17 to 9 on Wednesday night to keep the Fenwick Road "
            "library open, reversing a proposal in its draft budget to close the branch next April. "
            "Councillors agreed to fund the library for at least two more years by moving 140,000 "
            "pounds from the road-maintenance reserve. Council leader Graham Pell said residents' "
            "objections had been 'impossible to ignore': a petition against the closure gathered more "
            "than 4,000 signatures in six weeks. Opposition councillor Nadia Fosse welcomed the "
            "decision but said opening hours, cut to four days a week in 2023, should also be "
            "restored. The full budget will be put to a final vote on 26 February."
        ),
        candidate=(
            "By 17 votes to 9, Ashcombe District Council decided on Wednesday night that the Fenwick "
            "Road library will stay open, dropping a draft-budget plan to shut it next April. To pay "
            "for at least two more years of operation, councillors will shift £140,000 out of the "
            "road-maintenance reserve. Graham Pell, who leads the council, said objections from "
            "residents had been 'impossible to ignore', pointing to a petition against the closure "
            "that attracted over 4,000 signatures in six weeks. Opposition councillor Nadia Fosse "
            "criticised the decision, arguing that opening hours, which were reduced to four days a "
            "week in 2023, should have been restored as well. A final vote on the whole budget is set "
            "for 24 February."
        ),
        errors=[
            E("criticised the decision", "polarity", "critical", "welcomed the decision"),
            E("24 February", "date", "minor", "26 February"),
        ],
        traps=[
            T("By 17 votes to 9", "voted 17 to 9"),
            T("£140,000", "140,000 pounds"),
            T("Graham Pell, who leads the council", "Council leader Graham Pell"),
            T("over 4,000 signatures", "more than 4,000 signatures"),
        ],
    ),
    # ------------------------------------------------------------------ 009
    dict(
        domain="culture", mode="translation", label="inconsistent",
        reference=(
            "The Municipal Museum of Saint-Orval is lending eleven canvases by the landscape painter "
            "Célestin Marbeau (1821–1894) to the Fondation Delacour in Vauchelles for a major "
            "retrospective opening on 14 November. It is the first time in forty years that these "
            "works have left the town. In exchange, the foundation will send Saint-Orval two drawings "
            "by Marbeau that had never before been shown to the public. The museum's curator, Hélène "
            "Brissac, explained that the loan also allows the restoration of three frames damaged by "
            "humidity, paid for by the foundation. The retrospective will run until the end of March."
        ),
        candidate=(
            "For the first time in four decades, eleven canvases by Célestin Marbeau, the landscape "
            "painter who lived from 1821 to 1894, are leaving Saint-Orval: the town's municipal museum "
            "is lending them to the Fondation Delacour in Vauchelles, where a large retrospective "
            "opens on 14 November. In return, Saint-Orval will hand the foundation two drawings by "
            "Marbeau that the public has never seen. According to curator Hélène Brissac, the loan "
            "also means that three frames damaged by damp can be restored, at the foundation's "
            "expense. The exhibition closes at the end of March."
        ),
        errors=[
            E("Saint-Orval will hand the foundation", "role", "major",
              "the foundation will send Saint-Orval"),
        ],
        traps=[
            T("four decades", "forty years"),
            T("who lived from 1821 to 1894", "(1821–1894)"),
            T("damaged by damp", "damaged by humidity"),
            T("at the foundation's expense", "paid for by the foundation"),
            T("The exhibition closes at the end of March",
              "The retrospective will run until the end of March"),
        ],
    ),
    # ------------------------------------------------------------------ 010
    dict(
        domain="transport", mode="rewrite", label="consistent",
        reference=(
            "The Greyport tram network will be extended by 4.2 kilometres to reach the Eastfield "
            "housing estate, the regional transport authority confirmed on Friday. Construction of "
            "the extension, which will add five stops, is due to begin in September and take about "
            "two and a half years. The project is budgeted at 212 million pounds, of which the "
            "national government will provide 60 per cent. Transport authority chair Lionel Okafor "
            "said trams would run every seven minutes at peak times and that the journey from "
            "Eastfield to the city centre would take 18 minutes, compared with around 40 minutes by "
            "bus today. Some residents on Marlow Avenue have objected to the loss of 90 parking spaces "
            "along the route."
        ),
        candidate=(
            "Eastfield's housing estate is to be linked to Greyport's tram network by a 4.2km "
            "extension, the regional transport authority confirmed on Friday. Work on the five-stop "
            "line is scheduled to start in September and last roughly 30 months. Of its £212m budget, "
            "three-fifths will come from central government. At peak times there will be a tram every "
            "seven minutes, according to Lionel Okafor, who chairs the authority, and the trip from "
            "Eastfield into the city centre will take 18 minutes, against about 40 minutes by bus at "
            "present. Objections have been raised by some people living on Marlow Avenue, where 90 "
            "parking spaces along the route will disappear."
        ),
        errors=[],
        traps=[
            T("roughly 30 months", "about two and a half years"),
            T("three-fifths will come from central government",
              "the national government will provide 60 per cent"),
            T("£212m", "212 million pounds"),
            T("Lionel Okafor, who chairs the authority", "Transport authority chair Lionel Okafor"),
            T("Objections have been raised by some people living on Marlow Avenue",
              "Some residents on Marlow Avenue have objected"),
        ],
    ),
    # ------------------------------------------------------------------ 011
    dict(
        domain="technology", mode="rewrite", label="inconsistent",
        reference=(
            "Software company Kelvara Systems said on Monday that hackers may have accessed the "
            "personal details of up to 230,000 customers during a breach discovered on 2 May. The "
            "company believes names, email addresses and billing addresses were exposed, but says "
            "there is no evidence that payment card numbers or passwords were taken. Kelvara has "
            "reported the incident to the data protection authority and hired the security firm "
            "Ironleaf to investigate. Chief technology officer Rafael Duarte apologised to customers "
            "and said all accounts would be required to reset their passwords as a precaution. The "
            "company's shares fell 6 per cent in early trading."
        ),
        candidate=(
            "Hackers obtained the personal information of as many as 230,000 Kelvara Systems "
            "customers in a breach that the software firm detected on 2 May, the company disclosed on "
            "Monday. Names, email addresses and billing addresses are thought to have been exposed, "
            "though Kelvara says nothing suggests card numbers or passwords were stolen. The incident "
            "has been reported to the data protection authority, and security specialist Ironleaf has "
            "been brought in to investigate. Apologising to customers, chief technology officer "
            "Rafael Duarte said every account would have to reset its password as a precautionary "
            "step. Kelvara's shares dropped 6% early in the session."
        ),
        errors=[
            E("Hackers obtained the personal information", "modality", "major",
              "hackers may have accessed the personal details"),
        ],
        traps=[
            T("as many as 230,000", "up to 230,000"),
            T("are thought to have been exposed", "The company believes names, email addresses and "
              "billing addresses were exposed"),
            T("nothing suggests card numbers or passwords were stolen",
              "there is no evidence that payment card numbers or passwords were taken"),
            T("dropped 6% early in the session", "fell 6 per cent in early trading"),
        ],
    ),
    # ------------------------------------------------------------------ 012
    dict(
        domain="agriculture", mode="summary", label="inconsistent",
        reference=(
            "The Vellmoor Growers' Cooperative expects this year's apple harvest to be about 30 per "
            "cent smaller than last year's after a late frost in April damaged blossom across the "
            "valley, its chairman, Bernard Hollis, said on Tuesday. The cooperative's 85 member farms "
            "picked 19,000 tonnes in 2023. Hollis said prices in shops were likely to rise, though he "
            "could not say by how much. A separate report from the regional agriculture agency found "
            "that pear orchards had been less affected, with losses of around 10 per cent. The "
            "cooperative has asked the government for emergency support to cover the cost of "
            "seasonal pickers, whose wages it has already agreed to pay in full."
        ),
        candidate=(
            "A late frost in April is expected to cut the Vellmoor Growers' Cooperative's apple "
            "harvest by roughly 30 per cent on last year, chairman Bernard Hollis said on Tuesday; "
            "its 85 member farms picked 19,000 tonnes in 2023. He predicted that shop prices would "
            "probably rise. According to Hollis, pear orchards fared better, with losses of about 10 "
            "per cent. The cooperative wants emergency government support for the cost of seasonal "
            "pickers."
        ),
        errors=[
            E("According to Hollis", "attribution", "major",
              "A separate report from the regional agriculture agency"),
        ],
        traps=[
            T("by roughly 30 per cent on last year", "about 30 per cent smaller than last year's"),
            T("He predicted that shop prices would probably rise",
              "Hollis said prices in shops were likely to rise"),
            T("wants emergency government support", "has asked the government for emergency support"),
        ],
    ),
    # ------------------------------------------------------------------ 013
    dict(
        domain="education", mode="rewrite", label="consistent",
        reference=(
            "Two primary schools in the town of Hadleigh Cross, St Brendan's and Orchard Lane, will "
            "merge next September after the county education board approved the plan on Thursday by "
            "a vote of six to one. The combined school will be based at the Orchard Lane site, which "
            "was rebuilt in 2019 and has space for 420 pupils, while the older St Brendan's building "
            "will be sold. Pupil numbers at St Brendan's have fallen by a third since 2015. Head "
            "teacher Caroline Doyle, who currently leads Orchard Lane, will run the merged school. "
            "Parents at St Brendan's had asked for the merger to be delayed by a year, but the board "
            "said waiting would put staff jobs at risk."
        ),
        candidate=(
            "On Thursday the county education board voted six to one in favour of merging St "
            "Brendan's and Orchard Lane, two primary schools in Hadleigh Cross, with effect from next "
            "September. The merged school will occupy the Orchard Lane premises, rebuilt in 2019 with "
            "room for 420 children, and St Brendan's, whose pupil roll has shrunk by a third since "
            "2015, will have its older building sold. Caroline Doyle, Orchard Lane's current head, "
            "will be in charge of the combined school. St Brendan's parents had wanted a year's "
            "postponement, but the board argued that a delay would jeopardise staff jobs."
        ),
        errors=[],
        traps=[
            T("voted six to one in favour of merging", "approved the plan on Thursday by a vote of six to one"),
            T("with room for 420 children", "has space for 420 pupils"),
            T("whose pupil roll has shrunk by a third since 2015",
              "Pupil numbers at St Brendan's have fallen by a third since 2015"),
            T("Caroline Doyle, Orchard Lane's current head",
              "Head teacher Caroline Doyle, who currently leads Orchard Lane"),
            T("a delay would jeopardise staff jobs", "waiting would put staff jobs at risk"),
        ],
    ),
    # ------------------------------------------------------------------ 014
    dict(
        domain="energy", mode="translation", label="consistent",
        reference=(
            "The energy company Nordhagen Wind has received approval to build a wind farm with 24 "
            "turbines near the village of Oberlinden. The district office granted the permit on "
            "Tuesday after a review lasting almost three years. The installation is to produce around "
            "310 gigawatt-hours of electricity per year, enough for about 90,000 households. "
            "Construction will begin in spring 2025 at the earliest. Residents of Oberlinden will "
            "receive a share of the revenues through a community fund worth 250,000 euros annually. A "
            "local citizens' initiative, which had collected signatures against the project, "
            "announced that it would examine legal action."
        ),
        candidate=(
            "Nordhagen Wind, an energy firm, has been given the go-ahead for a 24-turbine wind park "
            "close to the village of Oberlinden. After an approval process that took nearly three "
            "years, the district authority issued the permit on Tuesday. The facility is designed to "
            "generate some 310 GWh a year, sufficient to supply roughly 90,000 homes. Building work "
            "will not start before spring 2025. Through a community fund of €250,000 a year, the "
            "people of Oberlinden will share in the revenues. A local residents' group that had "
            "gathered signatures opposing the scheme said it would look into going to court."
        ),
        errors=[],
        traps=[
            T("has been given the go-ahead", "has received approval"),
            T("310 GWh a year", "310 gigawatt-hours of electricity per year"),
            T("will not start before spring 2025", "will begin in spring 2025 at the earliest"),
            T("€250,000 a year", "250,000 euros annually"),
            T("look into going to court", "examine legal action"),
        ],
    ),
    # ------------------------------------------------------------------ 015
    dict(
        domain="environment", mode="rewrite", label="inconsistent",
        reference=(
            "Volunteers removed more than 3.5 tonnes of rubbish from a six-kilometre stretch of the "
            "River Tarn near Milbury over the weekend, the charity Clearwater Trust said. Around 240 "
            "people took part in the clean-up, pulling out shopping trolleys, tyres and large "
            "quantities of plastic packaging. The trust's coordinator, Ellie Brand, said the amount of "
            "plastic found was 'noticeably higher' than at last year's event. Water samples taken by "
            "the Environment Agency earlier in the month showed elevated levels of nitrates "
            "downstream of the Milbury sewage works. The council has promised to install three new "
            "litter traps along the riverbank by the end of the year."
        ),
        candidate=(
            "Over the weekend, some 240 volunteers cleared upwards of 3.5 tonnes of litter from six "
            "kilometres of the River Tarn near Milbury, according to the charity Clearwater Trust. "
            "Shopping trolleys and tyres were hauled out along with large amounts of plastic "
            "packaging. Ellie Brand, who coordinates the trust's work, said the quantity of plastic "
            "was 'noticeably higher' than at last year's clean-up. Samples collected by the trust "
            "earlier this month showed raised nitrate levels downstream of the Milbury sewage works. "
            "The council has pledged to fit three new litter traps along the bank before the end of "
            "the year, at a cost of about £45,000."
        ),
        errors=[
            E("Samples collected by the trust", "attribution", "major",
              "Water samples taken by the Environment Agency"),
            E("at a cost of about £45,000", "addition", "minor", None),
        ],
        traps=[
            T("upwards of 3.5 tonnes", "more than 3.5 tonnes"),
            T("Ellie Brand, who coordinates the trust's work", "The trust's coordinator, Ellie Brand"),
            T("raised nitrate levels", "elevated levels of nitrates"),
        ],
    ),
    # ------------------------------------------------------------------ 016
    dict(
        domain="aviation", mode="summary", label="consistent",
        reference=(
            "Kestrel Field Airport will close its main runway for resurfacing every night from 11 "
            "p.m. to 5 a.m. for eight weeks starting on 1 October, the airport operator announced on "
            "Wednesday. During the closures, a small number of late-evening flights will use the "
            "shorter secondary runway, which can handle only narrow-body aircraft. About 40 flights a "
            "week are expected to be rescheduled. The airport's operations director, Samuel Achebe, "
            "said the work, costing 18 million dollars, was overdue because the runway surface had "
            "not been replaced since 2006. Airlines were informed in June and most have already "
            "adjusted their timetables. Passengers are advised to check with their carrier before "
            "travelling."
        ),
        candidate=(
            "From 1 October, Kestrel Field Airport's main runway will shut overnight, between 11pm "
            "and 5am, for eight weeks of resurfacing, with a few late flights switched to the shorter "
            "secondary runway. Around 40 flights weekly are expected to be moved. Operations director "
            "Samuel Achebe said the $18m job was overdue, since the surface has not been renewed "
            "since 2006."
        ),
        errors=[],
        traps=[
            T("between 11pm and 5am", "from 11 p.m. to 5 a.m."),
            T("Around 40 flights weekly are expected to be moved",
              "About 40 flights a week are expected to be rescheduled"),
            T("$18m", "18 million dollars"),
            T("the surface has not been renewed since 2006",
              "the runway surface had not been replaced since 2006"),
        ],
    ),
    # ------------------------------------------------------------------ 017
    dict(
        domain="maritime", mode="rewrite", label="inconsistent",
        reference=(
            "Dock workers at the port of Carrow Bay began a 48-hour strike at 6 a.m. on Tuesday in a "
            "dispute over shift patterns, halting the loading of container ships. The walkout was "
            "called by the Harbour and Transport Union after talks with port operator Meridian "
            "Terminals broke down last week. Union official Daniel Ferreira said members were angry "
            "about plans to introduce 12-hour night shifts. Meridian said it had offered a 4 per cent "
            "pay rise alongside the new rota and described the strike as 'disappointing'. At least "
            "nine vessels were waiting offshore on Tuesday afternoon. A further strike has been "
            "pencilled in for the first week of next month if no agreement is reached."
        ),
        candidate=(
            "A 48-hour strike by dock workers at Carrow Bay port got under way at 6am on Tuesday, "
            "bringing the loading of container ships to a standstill amid a row over shift patterns. "
            "The Dockers' and Seafarers' Union called the action after negotiations with Meridian "
            "Terminals, which operates the port, collapsed last week. Union official Daniel Ferreira "
            "said members were angry at proposals for 12-hour night shifts. Meridian, which called the "
            "strike 'disappointing', said its offer of a 4% pay rise came with the new rota. Members "
            "are angry about the proposed 12-hour night shifts, Ferreira said. By Tuesday afternoon, "
            "at least nine ships were queuing offshore. Another strike is pencilled in for the first "
            "week of next month if there is no deal."
        ),
        errors=[
            E("The Dockers' and Seafarers' Union", "entity", "major", "the Harbour and Transport Union"),
            E("Members are angry about the proposed 12-hour night shifts, Ferreira said",
              "repetition", "minor", None),
        ],
        traps=[
            T("got under way at 6am on Tuesday", "began a 48-hour strike at 6 a.m. on Tuesday"),
            T("Meridian Terminals, which operates the port", "port operator Meridian Terminals"),
            T("4%", "4 per cent"),
            T("queuing offshore", "waiting offshore"),
        ],
    ),
    # ------------------------------------------------------------------ 018
    dict(
        domain="housing", mode="translation", label="inconsistent",
        reference=(
            "The municipal council of Castelbruno approved on Monday evening the construction of 320 "
            "new homes in the former Ferrante textile factory area, closed since 2011. According to "
            "the plan, a quarter of the apartments will be offered at controlled rents to young "
            "families and pensioners. The developer, Edilvetta, will also have to build a public park "
            "of two hectares and a nursery school. The mayor, Giulia Marchesin, spoke of 'a historic "
            "day for the neighbourhood'. The opposition voted against, claiming that the road network "
            "is not able to absorb the additional traffic. According to the municipal technical "
            "office, the first residents could move in by 2027."
        ),
        candidate=(
            "On Monday evening Castelbruno's town council gave the green light to 320 new homes on "
            "the site of the old Ferrante textile mill, which has been shut since 2011. Under the "
            "plan, one apartment in four will be let at controlled rents to young families and "
            "retired people. Edilvetta, the developer, is also required to create a two-hectare "
            "public park and a nursery school. Mayor Giulia Marchesin called it 'a historic day for "
            "the neighbourhood'. The opposition backed the plan, though it claimed the roads could not "
            "cope with the extra traffic. The first residents could be moving in by 2027, the "
            "developer says."
        ),
        errors=[
            E("backed the plan", "polarity", "critical", "voted against"),
            E("the developer says", "attribution", "major",
              "According to the municipal technical office"),
        ],
        traps=[
            T("gave the green light to", "approved"),
            T("one apartment in four", "a quarter of the apartments"),
            T("retired people", "pensioners"),
            T("two-hectare public park", "public park of two hectares"),
        ],
    ),
    # ------------------------------------------------------------------ 019
    dict(
        domain="labour", mode="rewrite", label="consistent",
        reference=(
            "Nurses at the four hospitals run by the Eastern Vale Health Trust have accepted a new "
            "pay deal, ending a dispute that led to three one-day strikes this year. The agreement, "
            "approved by 78 per cent of union members who voted, gives staff a 5.5 per cent rise "
            "backdated to April and a further 2 per cent next January. It also limits compulsory "
            "overtime to eight hours a month. The trust's chief executive, Martin Greaves, said he was "
            "'relieved' the dispute was over. Regional union secretary Aisha Koroma said nurses had "
            "'won respect' but warned that staffing shortages remained serious. Turnout in the ballot "
            "was 64 per cent."
        ),
        candidate=(
            "A pay dispute that saw nurses walk out on three separate days this year is over after "
            "staff at the Eastern Vale Health Trust's four hospitals voted to accept a new deal. On a "
            "64% turnout, 78% of the union members who cast a ballot backed the offer, which brings a "
            "5.5% rise, backdated to April, followed by another 2% next January. Compulsory overtime "
            "will also be capped at eight hours per month. Martin Greaves, who heads the trust, said "
            "he was 'relieved' that the row had ended, while Aisha Koroma, the union's regional "
            "secretary, said nurses had 'won respect', though she cautioned that staffing shortages "
            "were still serious."
        ),
        errors=[],
        traps=[
            T("walk out on three separate days", "three one-day strikes"),
            T("On a 64% turnout", "Turnout in the ballot was 64 per cent"),
            T("78% of the union members who cast a ballot backed the offer",
              "approved by 78 per cent of union members who voted"),
            T("capped at eight hours per month", "limits compulsory overtime to eight hours a month"),
            T("Martin Greaves, who heads the trust", "The trust's chief executive, Martin Greaves"),
        ],
    ),
    # ------------------------------------------------------------------ 020
    dict(
        domain="music", mode="summary", label="inconsistent",
        reference=(
            "The Halvern Philharmonic has appointed the Finnish conductor Aino Lehtisalo as its next "
            "music director, the orchestra announced on Thursday. Lehtisalo, 38, will take up the post "
            "in September 2025 on a five-year contract, succeeding Robert Vance, who is stepping down "
            "after 14 seasons. She first conducted the orchestra as a last-minute replacement in 2021 "
            "and has returned as a guest four times since. Lehtisalo said she wanted to expand the "
            "orchestra's education programme and commission more works from young composers. The "
            "orchestra's chief executive, Fiona Marsh, said the musicians had backed the appointment "
            "in a vote."
        ),
        candidate=(
            "Finnish conductor Aino Lehtisalo, 38, will become the Halvern Philharmonic's music "
            "director in September 2025 on a three-year contract, replacing Robert Vance, who was "
            "dismissed after 14 seasons. First engaged as a last-minute stand-in in 2021, she plans "
            "to grow the education programme and commission more pieces from young composers."
        ),
        errors=[
            E("three-year", "number", "major", "five-year"),
            E("was dismissed", "event", "major", "is stepping down"),
        ],
        traps=[
            T("replacing Robert Vance", "succeeding Robert Vance"),
            T("First engaged as a last-minute stand-in in 2021",
              "She first conducted the orchestra as a last-minute replacement in 2021"),
            T("grow the education programme", "expand the orchestra's education programme"),
        ],
    ),
    # ------------------------------------------------------------------ 021
    dict(
        domain="film", mode="rewrite", label="consistent",
        reference=(
            "The drama 'Salt Roads', directed by first-time filmmaker Leila Haddou, won the Golden "
            "Heron for best film at the Marisport Film Festival on Saturday night. The jury, chaired "
            "by the actor Tomasz Wierzba, praised the film's 'quiet, patient storytelling'. Haddou, "
            "who wrote the script while working as a schoolteacher, dedicated the prize to her late "
            "mother. The award for best actor went to Jean-Paul Ostier for his role as a retired "
            "fisherman in 'The Long Shore'. Twenty-two films competed this year, nine of them made by "
            "women. The festival, now in its 31st edition, reported record ticket sales of just over "
            "60,000."
        ),
        candidate=(
            "Leila Haddou's debut feature, the drama 'Salt Roads', took the Marisport Film Festival's "
            "Golden Heron for best film on Saturday night. A jury headed by actor Tomasz Wierzba "
            "lauded its 'quiet, patient storytelling'. Haddou, who wrote the screenplay while "
            "employed as a schoolteacher, dedicated the award to the memory of her mother. Jean-Paul "
            "Ostier was named best actor for playing a retired fisherman in 'The Long Shore'. Of the "
            "22 films in competition, nine were made by women. Ticket sales at the festival, which was "
            "held for the 31st time, hit a record of slightly more than 60,000."
        ),
        errors=[],
        traps=[
            T("Leila Haddou's debut feature", "directed by first-time filmmaker Leila Haddou"),
            T("A jury headed by actor Tomasz Wierzba", "The jury, chaired by the actor Tomasz Wierzba"),
            T("to the memory of her mother", "to her late mother"),
            T("Jean-Paul Ostier was named best actor", "The award for best actor went to Jean-Paul Ostier"),
            T("which was held for the 31st time", "now in its 31st edition"),
        ],
    ),
    # ------------------------------------------------------------------ 022
    dict(
        domain="archaeology", mode="translation", label="consistent",
        reference=(
            "Archaeologists working near the village of Kato Peristeri have uncovered a Roman-era "
            "mosaic floor measuring roughly 60 square metres, the regional antiquities service "
            "announced on Wednesday. The mosaic, which depicts hunting scenes and sea creatures, is "
            "believed to date from the third century AD and probably belonged to a wealthy private "
            "villa. It was found in August during excavations ahead of the construction of a new "
            "road, which will now be rerouted. Excavation director Eleni Papastathi said the floor "
            "was 'remarkably well preserved'. The antiquities service intends to protect the mosaic "
            "on site and open it to visitors within three years."
        ),
        candidate=(
            "A Roman mosaic floor of about sixty square metres has come to light close to Kato "
            "Peristeri, the regional antiquities authority said on Wednesday. Showing scenes of "
            "hunting and marine animals, it is thought to be from the 3rd century AD and probably "
            "formed part of a wealthy private villa. The find was made in August in the course of "
            "digs that preceded the building of a new road; the road's route will now be changed. The "
            "floor is 'remarkably well preserved', according to Eleni Papastathi, who directs the "
            "excavation. The authority plans to conserve the mosaic where it lies and make it "
            "accessible to the public within three years."
        ),
        errors=[],
        traps=[
            T("about sixty square metres", "roughly 60 square metres"),
            T("the 3rd century AD", "the third century AD"),
            T("marine animals", "sea creatures"),
            T("the road's route will now be changed", "which will now be rerouted"),
            T("conserve the mosaic where it lies", "protect the mosaic on site"),
        ],
    ),
    # ------------------------------------------------------------------ 023
    dict(
        domain="space", mode="rewrite", label="inconsistent",
        reference=(
            "The small Earth-observation satellite Corvid-2, built by the start-up Altaline Space, was "
            "launched successfully from the Sandhaven spaceport at 09:14 local time on Saturday. "
            "Ground controllers made first contact with the satellite about 50 minutes later, the "
            "company said. Corvid-2 weighs 85 kilograms and will monitor crop health and flooding "
            "from an orbit 540 kilometres above the Earth. Altaline's first satellite was lost in "
            "2022 when its rocket failed shortly after lift-off. Chief executive Naomi Prins said the "
            "team was 'overjoyed'. The satellite is expected to begin sending images within three "
            "weeks, once its instruments have been calibrated."
        ),
        candidate=(
            "Altaline Space's Corvid-2, a small satellite for observing the Earth, lifted off without "
            "a hitch from Sandhaven spaceport at 9.14am local time on Saturday, and controllers on the "
            "ground established contact roughly 50 minutes afterwards, according to the start-up. "
            "The 85kg craft will track flooding and the health of crops from 540km up. The company's "
            "first satellite was lost in 2022 when its rocket exploded on the launch pad. Naomi Prins, "
            "Altaline's chief executive, said her team was 'overjoyed'. Images are expected to start "
            "arriving within three weeks, after the instruments are calibrated."
        ),
        errors=[
            E("its rocket exploded on the launch pad", "event", "major",
              "its rocket failed shortly after lift-off"),
        ],
        traps=[
            T("lifted off without a hitch", "was launched successfully"),
            T("9.14am", "09:14"),
            T("The 85kg craft", "Corvid-2 weighs 85 kilograms"),
            T("from 540km up", "from an orbit 540 kilometres above the Earth"),
            T("Naomi Prins, Altaline's chief executive", "Chief executive Naomi Prins"),
        ],
    ),
    # ------------------------------------------------------------------ 024
    dict(
        domain="fire service", mode="summary", label="consistent",
        reference=(
            "A fire destroyed a furniture warehouse on the Brookfield industrial estate in Tamsworth "
            "early on Sunday. Firefighters were called at 2:40 a.m. and at the height of the blaze 70 "
            "firefighters and 12 engines were at the scene. Nobody was injured, but residents of "
            "around 30 nearby homes were told to keep their windows and doors closed because of thick "
            "smoke. The warehouse, owned by Radley Interiors, contained stock worth an estimated 2 "
            "million pounds. Station manager Colin Pryce said the roof had collapsed within an hour. "
            "The cause of the fire is not yet known, and an investigation has begun. Part of "
            "Brookfield Road remained closed on Sunday evening."
        ),
        candidate=(
            "Radley Interiors' furniture warehouse on the Brookfield industrial estate in Tamsworth "
            "was gutted by fire in the early hours of Sunday, with an estimated £2m of stock inside. "
            "Seventy firefighters and a dozen engines tackled the blaze at its peak. No one was hurt, "
            "though about 30 nearby households were told to shut windows and doors against the smoke. "
            "The cause is being investigated."
        ),
        errors=[],
        traps=[
            T("was gutted by fire in the early hours of Sunday", "A fire destroyed a furniture warehouse"),
            T("£2m", "2 million pounds"),
            T("Seventy firefighters and a dozen engines", "70 firefighters and 12 engines"),
            T("No one was hurt", "Nobody was injured"),
            T("The cause is being investigated", "an investigation has begun"),
        ],
    ),
    # ------------------------------------------------------------------ 025
    dict(
        domain="crime", mode="rewrite", label="inconsistent",
        reference=(
            "Police in Ravensby have arrested two men in connection with the theft of a "
            "seventeenth-century silver chalice from St Columba's Church. The chalice, valued at "
            "around 90,000 pounds, was taken during a break-in on the night of 3 November and "
            "recovered undamaged on Friday from a garage in the nearby town of Holt Mere. The men, "
            "aged 34 and 41, were detained on Saturday morning and remain in custody. Detective "
            "Inspector Sarah Wynn thanked members of the public for information that led to the "
            "recovery. The church's vicar, the Reverend Alan Scott, said the parish was 'overwhelmed "
            "with relief'."
        ),
        candidate=(
            "Two men have been arrested by Ravensby police over the theft of a silver chalice dating "
            "from the 1600s from St Columba's Church. The chalice, worth an estimated £90,000, was "
            "stolen in a break-in on the night of 3 November; it was found intact on Friday in a "
            "garage in Holt Mere, a neighbouring town. The suspects, who are 34 and 41, were detained "
            "on Friday morning and are still in custody. Information from the public led to the "
            "recovery, said Detective Inspector Sarah Wynn, who thanked those who came forward. The "
            "Reverend Alan Scott, the church's vicar, said the parish was 'overwhelmed with relief'."
        ),
        errors=[
            E("on Friday morning", "date", "major", "on Saturday morning"),
        ],
        traps=[
            T("dating from the 1600s", "seventeenth-century"),
            T("worth an estimated £90,000", "valued at around 90,000 pounds"),
            T("found intact", "recovered undamaged"),
            T("Holt Mere, a neighbouring town", "the nearby town of Holt Mere"),
        ],
    ),
    # ------------------------------------------------------------------ 026
    dict(
        domain="retail", mode="rewrite", label="consistent",
        reference=(
            "Supermarket chain Fairway Foods is recalling its own-brand chicken and leek pies because "
            "some packs may contain small pieces of plastic. The recall affects 400-gram packs with "
            "use-by dates from 12 to 19 July, sold in all 210 of its stores. No injuries have been "
            "reported. The company said the plastic probably came from a damaged conveyor belt at its "
            "supplier, Pembrook Bakeries, which has since stopped production on the line. Customers "
            "are asked not to eat the pies and to return them to any store for a full refund, with no "
            "receipt needed. The Food Standards Office has been informed."
        ),
        candidate=(
            "Some packs of Fairway Foods' own-label chicken and leek pies may contain small fragments "
            "of plastic, prompting the supermarket chain to recall them. Packs weighing 400g, with "
            "use-by dates between 12 July and 19 July and sold in every one of Fairway's 210 stores, "
            "are affected. There have been no reports of anyone being hurt. According to the company, "
            "a damaged conveyor belt at supplier Pembrook Bakeries was the likely source of the "
            "plastic, and the supplier has since halted production on that line. Shoppers should not "
            "eat the pies but take them back to any branch, where they will get their money back in "
            "full without having to show a receipt. The Food Standards Office has been notified."
        ),
        errors=[],
        traps=[
            T("own-label", "own-brand"),
            T("between 12 July and 19 July", "from 12 to 19 July"),
            T("There have been no reports of anyone being hurt", "No injuries have been reported"),
            T("was the likely source of the plastic", "the plastic probably came from"),
            T("get their money back in full", "a full refund"),
        ],
    ),
    # ------------------------------------------------------------------ 027
    dict(
        domain="telecoms", mode="translation", label="inconsistent",
        reference=(
            "The operator Telkomar announced that by the end of next year it intends to connect a "
            "further 140,000 households in rural areas of the Zawiercin region to fibre-optic "
            "internet. The investment, worth 380 million zlotys, is to be partly financed from "
            "European Union funds. According to the company's spokesman, Piotr Nowacki, speeds of up "
            "to one gigabit per second will be available in most villages. The company admits, "
            "however, that the schedule may slip in places where permits for laying cables along "
            "county roads are still lacking. Currently, only about one in three homes in the region "
            "has access to fast internet."
        ),
        candidate=(
            "Telkomar, a telecoms operator, has said it plans to bring fibre-optic broadband to "
            "another 140,000 rural homes in the Zawiercin region before the end of next year. The "
            "380-million-zloty project is due to be funded in part by the European Union. Most "
            "villages will get speeds of up to 1 Gbit/s, said company spokesman Piotr Nowacki. The "
            "firm concedes, though, that the timetable will slip wherever permits to lay cable along "
            "county roads have yet to be obtained. At present, only roughly a third of households in "
            "the region can get fast internet."
        ),
        errors=[
            E("the timetable will slip", "modality", "major", "the schedule may slip"),
        ],
        traps=[
            T("plans to bring fibre-optic broadband", "intends to connect"),
            T("380-million-zloty project", "worth 380 million zlotys"),
            T("1 Gbit/s", "one gigabit per second"),
            T("roughly a third of households", "about one in three homes"),
        ],
    ),
    # ------------------------------------------------------------------ 028
    dict(
        domain="tourism", mode="rewrite", label="consistent",
        reference=(
            "The Grand Marlowe Hotel on the seafront at Pennick Bay will reopen on 1 May after a "
            "two-year restoration costing 24 million pounds, its new owners said. The 1890s building, "
            "which closed in 2022 after its previous operator went bankrupt, has been bought by the "
            "family-run Ashdown Hotels group. The number of rooms has been reduced from 140 to 96 to "
            "make space for larger suites and a spa. General manager Clara Beaumont said about 110 "
            "staff had been hired, most of them from the local area. The hotel's ballroom, used for "
            "dances since Victorian times, has been restored with its original chandeliers."
        ),
        candidate=(
            "After a £24m restoration lasting two years, Pennick Bay's seafront Grand Marlowe Hotel "
            "is to welcome guests again from 1 May, according to its new owners, Ashdown Hotels, a "
            "family-run group that bought the 1890s building after it shut in 2022 following the "
            "bankruptcy of its former operator. To create room for a spa and bigger suites, the hotel "
            "now has 96 rooms instead of 140. Some 110 employees have been taken on, mostly local "
            "people, said Clara Beaumont, the general manager. The ballroom, where dances have been "
            "held since the Victorian era, has been restored and keeps its original chandeliers."
        ),
        errors=[],
        traps=[
            T("After a £24m restoration lasting two years",
              "after a two-year restoration costing 24 million pounds"),
            T("is to welcome guests again from 1 May", "will reopen on 1 May"),
            T("following the bankruptcy of its former operator",
              "after its previous operator went bankrupt"),
            T("96 rooms instead of 140", "reduced from 140 to 96"),
            T("Some 110 employees have been taken on", "about 110 staff had been hired"),
        ],
    ),
    # ------------------------------------------------------------------ 029
    dict(
        domain="fisheries", mode="summary", label="inconsistent",
        reference=(
            "Fishing crews in the port of Skerrow will be allowed to catch 12 per cent less cod next "
            "year under quotas agreed by the regional fisheries council on Friday. Scientists had "
            "recommended a cut of 20 per cent, saying stocks in the northern grounds remained well "
            "below safe levels. The council increased the haddock quota by 5 per cent, reflecting "
            "healthier numbers. Skerrow Fishermen's Association chairman Ian Mackie called the cod "
            "reduction 'painful but survivable'. Environmental group BlueShoal said the council had "
            "ignored the science and was gambling with the future of the fishery. The new quotas take "
            "effect on 1 January."
        ),
        candidate=(
            "The regional fisheries council on Friday cut next year's cod quota for Skerrow's fleet "
            "by 12 per cent, less than the 20 per cent scientists had advised, and raised the haddock "
            "quota by 5 per cent. The fishermen's association chairman called the cod cut 'painful "
            "but survivable', a reduction he estimates will cost local crews around £3 million, while "
            "BlueShoal accused the council of ignoring the science."
        ),
        errors=[
            E("a reduction he estimates will cost local crews around £3 million", "addition", "major",
              None),
        ],
        traps=[
            T("less than the 20 per cent scientists had advised",
              "Scientists had recommended a cut of 20 per cent"),
            T("The fishermen's association chairman", "Skerrow Fishermen's Association chairman Ian Mackie"),
            T("accused the council of ignoring the science", "said the council had ignored the science"),
        ],
    ),
    # ------------------------------------------------------------------ 030
    dict(
        domain="publishing", mode="rewrite", label="inconsistent",
        reference=(
            "The novelist Miriam Achterberg has won this year's Lantern Prize for fiction for 'The "
            "Glasshouse Winter', a family saga set in a flower-growing town during the 1950s. The "
            "judges chose the book from a shortlist of six, selected from 187 entries. Achterberg, "
            "who is 71, receives 25,000 pounds. It is her ninth novel and the first to win a major "
            "award. The chair of the judges, the critic Owen Raikes, called it 'a book of enormous "
            "tenderness'. Sales of the novel have tripled since the shortlist was announced in "
            "September, according to its publisher, Harrow & Finch."
        ),
        candidate=(
            "'The Glasshouse Winter', a family saga set in a 1950s flower-growing town, has earned "
            "Miriam Achterberg this year's Lantern Prize for fiction. From 187 entries, a shortlist of "
            "six was drawn up, and the judges picked her book. The 71-year-old author wins £25,000 for "
            "her ninth novel, the first of her books to take a major prize. Critic Owen Raikes, who "
            "chaired the judging panel, described it as 'a book of enormous tenderness'. Her "
            "publisher, Harrow & Finch, said sales had doubled since the shortlist was announced in "
            "September."
        ),
        errors=[
            E("doubled", "number", "major", "tripled"),
        ],
        traps=[
            T("has earned Miriam Achterberg this year's Lantern Prize",
              "Miriam Achterberg has won this year's Lantern Prize"),
            T("The 71-year-old author", "Achterberg, who is 71"),
            T("£25,000", "25,000 pounds"),
            T("Critic Owen Raikes, who chaired the judging panel",
              "The chair of the judges, the critic Owen Raikes"),
        ],
    ),
    # ------------------------------------------------------------------ 031
    dict(
        domain="pharmaceuticals", mode="translation", label="consistent",
        reference=(
            "The pharmaceutical company Hoshida Seiyaku announced on the 14th that, in a clinical "
            "trial of its new migraine drug HS-220, the frequency of attacks fell by an average of 4.1 "
            "days per month. The trial, conducted at 38 medical institutions in Japan, involved 612 "
            "patients aged 18 to 65. In the group given a placebo, the decrease was 2.3 days. Side "
            "effects were mostly mild, such as nausea and drowsiness. The company plans to apply for "
            "approval from the health ministry within this fiscal year. Professor Kenta Mizuhara of "
            "Kasumigaoka Medical University, who led the trial, commented that the results were 'a "
            "meaningful step for patients who do not respond to existing drugs.'"
        ),
        candidate=(
            "Hoshida Seiyaku, a drug maker, said on the 14th that patients taking HS-220, its new "
            "migraine treatment, had on average 4.1 fewer days of migraine attacks a month in a "
            "clinical trial. In the placebo group, attacks fell by 2.3 days. The study enrolled 612 "
            "people between the ages of 18 and 65 at 38 hospitals and clinics across Japan. Most side "
            "effects, including nausea and sleepiness, were mild. The company intends to seek health "
            "ministry approval before the current fiscal year ends. Kenta Mizuhara, a professor at "
            "Kasumigaoka Medical University who headed the trial, called the findings 'a meaningful "
            "step forward for patients for whom existing medicines do not work.'"
        ),
        errors=[],
        traps=[
            T("4.1 fewer days of migraine attacks a month",
              "the frequency of attacks fell by an average of 4.1 days per month"),
            T("between the ages of 18 and 65", "aged 18 to 65"),
            T("sleepiness", "drowsiness"),
            T("before the current fiscal year ends", "within this fiscal year"),
            T("who headed the trial", "who led the trial"),
        ],
    ),
    # ------------------------------------------------------------------ 032
    dict(
        domain="mining", mode="rewrite", label="consistent",
        reference=(
            "The state environment agency has granted Torvik Minerals a permit to reopen the Hollin "
            "Ridge copper mine, which closed in 2015 when metal prices collapsed. The company plans to "
            "invest 150 million dollars and expects to employ about 320 people once production "
            "restarts in 2026. Under the permit's conditions, Torvik must treat all water leaving the "
            "site and post a 40-million-dollar bond to cover the cost of cleaning up the land when the "
            "mine eventually closes. Local mayor Dana Whitlock welcomed the jobs, but a group of "
            "ranchers downstream said they would appeal, arguing that the water conditions were too "
            "weak."
        ),
        candidate=(
            "Torvik Minerals has been given permission by the state environment agency to bring the "
            "Hollin Ridge copper mine back into operation; the mine shut in 2015 after a collapse in "
            "metal prices. With production due to resume in 2026, the company intends to spend $150 "
            "million and expects a workforce of around 320. The permit obliges Torvik to treat every "
            "drop of water that leaves the site and to lodge a $40m bond that will pay for restoring "
            "the land once mining finally ends. The local mayor, Dana Whitlock, said she was pleased "
            "about the jobs; a group of downstream ranchers, however, say they will appeal, because "
            "in their view the water conditions do not go far enough."
        ),
        errors=[],
        traps=[
            T("bring the Hollin Ridge copper mine back into operation",
              "reopen the Hollin Ridge copper mine"),
            T("after a collapse in metal prices", "when metal prices collapsed"),
            T("expects a workforce of around 320", "expects to employ about 320 people"),
            T("every drop of water that leaves the site", "all water leaving the site"),
            T("$40m bond", "40-million-dollar bond"),
        ],
    ),
    # ------------------------------------------------------------------ 033
    dict(
        domain="elections", mode="rewrite", label="inconsistent",
        reference=(
            "Independent candidate Rosa Delgado narrowly defeated the incumbent, Mark Fenner, in "
            "Sunday's mayoral election in Port Halden, winning 50.8 per cent of the vote after a "
            "recount. Fenner, who had held the office for eight years, conceded on Monday morning and "
            "congratulated his rival. Turnout was 47 per cent, up from 39 per cent at the last "
            "election. Delgado campaigned on cutting bus fares and building affordable housing, and "
            "has said she may appoint an independent auditor to review the city's finances. She is "
            "expected to be sworn in on 3 June. Her margin of victory was 612 votes."
        ),
        candidate=(
            "Rosa Delgado, standing as an independent, edged out incumbent mayor Mark Fenner in Port "
            "Halden's election on Sunday, taking 50.8% of the vote after a recount and winning by 612 "
            "votes. Delgado congratulated Fenner, who had been mayor for eight years, after he "
            "conceded on Monday morning. Turnout rose to 47 per cent from 39 per cent last time. "
            "Delgado, whose campaign focused on cheaper bus fares and affordable housing, has pledged "
            "to appoint an independent auditor to go through the city's finances. Her swearing-in is "
            "expected on 3 June."
        ),
        errors=[
            E("Delgado congratulated Fenner", "role", "major",
              "conceded on Monday morning and congratulated his rival"),
            E("has pledged to appoint", "modality", "major", "has said she may appoint"),
        ],
        traps=[
            T("edged out", "narrowly defeated"),
            T("50.8%", "50.8 per cent"),
            T("Turnout rose to 47 per cent from 39 per cent last time",
              "Turnout was 47 per cent, up from 39 per cent at the last election"),
            T("Her swearing-in is expected on 3 June", "She is expected to be sworn in on 3 June"),
        ],
    ),
    # ------------------------------------------------------------------ 034
    dict(
        domain="insurance", mode="summary", label="consistent",
        reference=(
            "Insurers have received more than 8,200 claims following last month's floods in the Lenn "
            "valley, the Association of Regional Insurers said on Thursday, with total payouts "
            "expected to reach about 95 million pounds. Most claims relate to damaged homes, but "
            "around 1,100 come from businesses, many of them shops in the town centre of Askett. The "
            "association's director, Paul Whitcombe, said insurers had already made emergency "
            "payments to 2,600 households so they could find temporary accommodation. He urged "
            "customers to photograph damage before throwing anything away. The government has said it "
            "will review flood defences along the river, which were overtopped in three places."
        ),
        candidate=(
            "Last month's Lenn valley floods have generated upwards of 8,200 insurance claims, roughly "
            "1,100 of them from businesses, with payouts expected to total around £95m, the "
            "Association of Regional Insurers said. Emergency payments have already gone to 2,600 "
            "households to help them find temporary housing, according to the association's "
            "director, Paul Whitcombe."
        ),
        errors=[],
        traps=[
            T("have generated upwards of 8,200 insurance claims",
              "Insurers have received more than 8,200 claims"),
            T("£95m", "95 million pounds"),
            T("Emergency payments have already gone to 2,600 households",
              "insurers had already made emergency payments to 2,600 households"),
            T("to help them find temporary housing", "so they could find temporary accommodation"),
        ],
    ),
    # ------------------------------------------------------------------ 035
    dict(
        domain="automotive", mode="translation", label="inconsistent",
        reference=(
            "The car manufacturer Automotores Véliz will stop production at its plant in Villa "
            "Cardenal for two weeks in March because of a shortage of electronic components, the "
            "company confirmed on Tuesday. The roughly 1,800 workers at the factory will receive 80 "
            "percent of their salary during the stoppage, under an agreement signed with the "
            "metalworkers' union. The plant, which assembles the Brisa pickup truck, produced 41,000 "
            "vehicles last year, most of them for export to Brazil and Chile. Plant manager Lucía "
            "Orozco said she hoped to recover the lost output with extra Saturday shifts in April."
        ),
        candidate=(
            "Automotores Véliz confirmed on Tuesday that a shortage of electronic parts will force it "
            "to halt its Villa Cardenal plant for a fortnight in March. Under a deal reached with the "
            "metalworkers' union, the factory's workforce of about 1,800 will be paid 80% of their "
            "wages while the line is stopped. Last year the plant, where the Brisa pick-up is "
            "assembled, sold 41,000 vehicles, the bulk of which were exported to Brazil and Peru. Its "
            "manager, Lucía Orozco, said she hoped that additional Saturday shifts in April would make "
            "up for the lost production."
        ),
        errors=[
            E("sold 41,000 vehicles", "event", "major", "produced 41,000 vehicles"),
            E("Peru", "entity", "major", "Chile"),
        ],
        traps=[
            T("a fortnight", "two weeks"),
            T("80% of their wages", "80 percent of their salary"),
            T("where the Brisa pick-up is assembled", "which assembles the Brisa pickup truck"),
            T("Its manager, Lucía Orozco", "Plant manager Lucía Orozco"),
        ],
    ),
    # ------------------------------------------------------------------ 036
    dict(
        domain="wildlife", mode="rewrite", label="consistent",
        reference=(
            "The number of breeding pairs of the rare marsh harrier in the Fendle Levels nature "
            "reserve has risen to 27, the highest count since monitoring began in 1994, according to "
            "the Wetland Birds Trust. Only nine pairs were recorded there a decade ago. The trust "
            "attributes the recovery to the restoration of 300 hectares of reedbed since 2016 and to a "
            "ban on shooting in the surrounding farmland. Reserve warden Thomas Kerr said volunteers "
            "had watched the nests around the clock during the spring to deter egg thieves. The trust "
            "cautioned, however, that a single wet summer could still reverse the gains."
        ),
        candidate=(
            "The rare marsh harrier now has 27 breeding pairs in the Fendle Levels nature reserve, "
            "more than at any point since monitoring started in 1994, the Wetland Birds Trust says; "
            "ten years ago just nine pairs were recorded there. The revival is credited by the trust "
            "to two factors: 300 hectares of reedbed brought back since 2016, and the banning of "
            "shooting on the surrounding farmland. Volunteers kept a 24-hour watch on the nests "
            "through the spring to ward off egg thieves, said Thomas Kerr, the reserve's warden. Even "
            "so, the trust warned, one wet summer might still undo the progress."
        ),
        errors=[],
        traps=[
            T("more than at any point since monitoring started in 1994",
              "the highest count since monitoring began in 1994"),
            T("ten years ago", "a decade ago"),
            T("The revival is credited by the trust", "The trust attributes the recovery"),
            T("kept a 24-hour watch on the nests", "had watched the nests around the clock"),
            T("one wet summer might still undo the progress",
              "a single wet summer could still reverse the gains"),
        ],
    ),
    # ------------------------------------------------------------------ 037
    dict(
        domain="heritage", mode="summary", label="inconsistent",
        reference=(
            "Restoration of the Old Weir Bridge in Castleford Mill, a stone footbridge built in 1742, "
            "has been completed nine months behind schedule, the town's heritage trust announced on "
            "Saturday. The bridge had been closed since March 2022, when a section of its parapet "
            "collapsed after heavy rain. Stonemasons replaced 340 damaged blocks using sandstone from "
            "the original quarry at Kelby, which was reopened especially for the project. The work "
            "cost 1.3 million pounds, most of it raised by public donations. Trust chairwoman Ruth "
            "Ainsley said the delay was caused by a shortage of skilled masons. The bridge will "
            "reopen to pedestrians on 15 June with a ceremony led by the mayor."
        ),
        candidate=(
            "Work to restore the Old Weir Bridge, a 1742 stone footbridge in Castleford Mill, has been "
            "completed nine months late, the town's heritage trust said. Shut since part of its "
            "parapet collapsed in March 2021, the bridge was repaired with 340 sandstone blocks from "
            "the reopened Kelby quarry at a cost of £1.3m, mostly donated by the public. The "
            "bridge's restoration was completed nine months late. It reopens to pedestrians on 15 "
            "June."
        ),
        errors=[
            E("March 2021", "date", "major", "March 2022"),
            E("The bridge's restoration was completed nine months late", "repetition", "minor", None),
        ],
        traps=[
            T("a 1742 stone footbridge", "a stone footbridge built in 1742"),
            T("completed nine months late", "completed nine months behind schedule"),
            T("£1.3m", "1.3 million pounds"),
            T("mostly donated by the public", "most of it raised by public donations"),
        ],
    ),
    # ------------------------------------------------------------------ 038
    dict(
        domain="chess", mode="summary", label="consistent",
        reference=(
            "Seventeen-year-old Nikhil Varma won the Elmstead Open chess tournament on Sunday, "
            "finishing with 7.5 points from nine games, half a point ahead of the top seed, "
            "grandmaster Olga Petrenko. Varma, an international master, beat Petrenko in the sixth "
            "round with the black pieces in a game lasting more than five hours. His victory also "
            "earned him the third and final norm he needs for the grandmaster title, which is "
            "expected to be confirmed by the international federation later this year. The tournament "
            "attracted 164 players from 22 countries, a record for the event. The prize for first "
            "place was 5,000 euros."
        ),
        candidate=(
            "Nikhil Varma, 17, took the Elmstead Open with 7.5/9, finishing half a point clear of top "
            "seed Olga Petrenko, whom he beat as Black in round six. The international master also "
            "secured his third and final grandmaster norm; the title is expected to be confirmed "
            "later this year. A record 164 players from 22 countries took part."
        ),
        errors=[],
        traps=[
            T("Nikhil Varma, 17", "Seventeen-year-old Nikhil Varma"),
            T("7.5/9", "7.5 points from nine games"),
            T("half a point clear of top seed Olga Petrenko", "half a point ahead of the top seed"),
            T("whom he beat as Black in round six",
              "beat Petrenko in the sixth round with the black pieces"),
            T("A record 164 players from 22 countries took part",
              "The tournament attracted 164 players from 22 countries, a record for the event"),
        ],
    ),
    # ------------------------------------------------------------------ 039
    dict(
        domain="food safety", mode="translation", label="inconsistent",
        reference=(
            "Hygiene inspectors ordered the temporary closure of the restaurant La Table d'Honorine "
            "in the centre of Montbriac on Wednesday, after finding traces of rodents in the kitchen "
            "and a refrigerator kept above the permitted temperature. The establishment, which has "
            "around forty covers, may reopen only after a new inspection. Its owner, Gérard Lemoine, "
            "said he had already called in a pest-control company and replaced the faulty appliance. "
            "No customer has reported being ill. The prefecture recalls that eleven restaurants in "
            "the department have been closed for similar reasons since January."
        ),
        candidate=(
            "On Wednesday, La Table d'Honorine, a restaurant in central Montbriac, was shut down "
            "temporarily on the orders of hygiene inspectors, who had discovered signs of rodents in "
            "its kitchen. The restaurant, which seats about forty, will not be allowed to reopen until "
            "it has been inspected again. The owner, Gérard Lemoine, says he has already brought in a "
            "pest-control firm and replaced the defective fridge. No diners have reported falling "
            "ill. According to the prefecture, eleven restaurants in the department have been closed "
            "on similar grounds since January."
        ),
        errors=[
            OMIT("signs of rodents in its kitchen",
                 "and a refrigerator kept above the permitted temperature", "major"),
        ],
        traps=[
            T("was shut down temporarily on the orders of hygiene inspectors",
              "Hygiene inspectors ordered the temporary closure"),
            T("which seats about forty", "which has around forty covers"),
            T("will not be allowed to reopen until it has been inspected again",
              "may reopen only after a new inspection"),
            T("No diners have reported falling ill", "No customer has reported being ill"),
        ],
    ),
    # ------------------------------------------------------------------ 040
    dict(
        domain="water supply", mode="translation", label="consistent",
        reference=(
            "The water company of Vall de Nerva has announced restrictions on domestic use starting "
            "next Monday, due to the low level of the Sant Romà reservoir, which is at 23 percent of "
            "its capacity. Watering gardens, filling private swimming pools and washing cars with a "
            "hose will be prohibited. Fines for non-compliance can reach 750 euros. The company's "
            "director, Marta Puigvert, explained that consumption per inhabitant must fall from 160 "
            "to 130 litres a day to guarantee supply until autumn. It has not rained significantly in "
            "the area since last October, and the restrictions will be reviewed every two weeks."
        ),
        candidate=(
            "From next Monday, households in Vall de Nerva will face limits on water use, the local "
            "water company has announced, because the Sant Romà reservoir is only 23% full. Hosepipe "
            "car washing, garden watering and the filling of private pools will all be banned, and "
            "anyone breaking the rules could be fined as much as €750. To make sure supplies last "
            "until the autumn, each resident will need to use 130 litres a day instead of 160, "
            "according to Marta Puigvert, who runs the company. The area has had no significant "
            "rainfall since October last year. The measures will be reassessed fortnightly."
        ),
        errors=[],
        traps=[
            T("only 23% full", "at 23 percent of its capacity"),
            T("could be fined as much as €750", "Fines for non-compliance can reach 750 euros"),
            T("130 litres a day instead of 160", "from 160 to 130 litres a day"),
            T("Marta Puigvert, who runs the company", "The company's director, Marta Puigvert"),
            T("reassessed fortnightly", "reviewed every two weeks"),
        ],
    ),
]


# --------------------------------------------------------------------------- helpers

class CaseError(Exception):
    pass


def find_nth(haystack, needle, occ):
    """Start index of the occ-th (0-based) occurrence of needle in haystack."""
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(text):
    return re.findall(r"[\w'’-]+", text)


def is_word_char(c):
    return c.isalnum()


STOP = set("the a an of to in on at for and or but by with from is are was were be been has have "
           "had it its this that these those as about".split())


def content_words(text):
    return [w.lower() for w in words(text) if w.lower() not in STOP]


def build_record(idx, case):
    cid = "s%d-%03d" % (SET, idx)
    ref, cand = case["reference"], case["candidate"]
    spans = []  # (start, end, what) for overlap checks

    def check_boundaries(start, end, what):
        if start > 0 and start < len(cand) and is_word_char(cand[start - 1]) and is_word_char(cand[start]):
            raise CaseError("%s: %s starts inside a word" % (cid, what))
        if 0 < end < len(cand) and is_word_char(cand[end - 1]) and is_word_char(cand[end]):
            raise CaseError("%s: %s ends inside a word" % (cid, what))

    errors = []
    for e in case["errors"]:
        if e["type"] not in ERROR_TYPES:
            raise CaseError("%s: bad error type %r" % (cid, e["type"]))
        if e["severity"] not in SEVERITIES:
            raise CaseError("%s: bad severity %r" % (cid, e["severity"]))
        if e["kind"] == "omission":
            if e["type"] != "omission":
                raise CaseError("%s: omission kind with type %s" % (cid, e["type"]))
            a = find_nth(cand, e["anchor"], e["occ"])
            if a < 0:
                raise CaseError("%s: omission anchor not found: %r" % (cid, e["anchor"]))
            pos = a + len(e["anchor"]) if e["where"] == "after" else a
            check_boundaries(pos, pos, "omission point")
            if e["ref_text"] not in ref:
                raise CaseError("%s: omitted text not in reference: %r" % (cid, e["ref_text"]))
            if e["ref_text"].lower() in cand.lower():
                raise CaseError("%s: omitted text present in candidate: %r" % (cid, e["ref_text"]))
            rec = {"start": pos, "end": pos, "text": "", "type": "omission",
                   "severity": e["severity"], "ref_text": e["ref_text"]}
            spans.append((pos, pos, "omission"))
        else:
            if e["type"] == "omission":
                raise CaseError("%s: omission must use OMIT()" % cid)
            s = find_nth(cand, e["text"], e["occ"])
            if s < 0:
                raise CaseError("%s: error text not found: %r" % (cid, e["text"]))
            end = s + len(e["text"])
            check_boundaries(s, end, "error %r" % e["text"])
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise CaseError("%s: %s must have ref_text null" % (cid, e["type"]))
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    raise CaseError("%s: error ref_text not in reference: %r" % (cid, e["ref_text"]))
            if e["type"] not in ("repetition", "entity") and e["text"] in ref:
                raise CaseError("%s: error span occurs verbatim in reference: %r" % (cid, e["text"]))
            if e["type"] == "repetition":
                before = set(content_words(cand[:s]))
                cw = content_words(e["text"])
                share = sum(1 for w in cw if w in before) / max(1, len(cw))
                if share < 0.6:
                    raise CaseError("%s: repetition does not repeat earlier text (%.2f)" % (cid, share))
            rec = {"start": s, "end": end, "text": e["text"], "type": e["type"],
                   "severity": e["severity"], "ref_text": e["ref_text"]}
            spans.append((s, end, "error %r" % e["text"]))
        assert cand[rec["start"]:rec["end"]] == rec["text"]
        errors.append(rec)

    traps = []
    for t in case["traps"]:
        s = find_nth(cand, t["text"], t["occ"])
        if s < 0:
            raise CaseError("%s: trap text not found: %r" % (cid, t["text"]))
        end = s + len(t["text"])
        check_boundaries(s, end, "trap %r" % t["text"])
        if t["ref_text"] not in ref:
            raise CaseError("%s: trap ref_text not in reference: %r" % (cid, t["ref_text"]))
        if t["text"] in ref:
            raise CaseError("%s: trap is not reworded (occurs in reference): %r" % (cid, t["text"]))
        rec = {"start": s, "end": end, "text": t["text"], "ref_text": t["ref_text"]}
        assert cand[s:end] == t["text"]
        spans.append((s, end, "trap %r" % t["text"]))
        traps.append(rec)

    # overlaps (a zero-width omission may not sit strictly inside another span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                p, other = (a, b) if a[0] == a[1] else (b, a)
                if other[0] < p[0] < other[1]:
                    raise CaseError("%s: omission inside %s" % (cid, other[2]))
            elif a[0] < b[1] and b[0] < a[1]:
                raise CaseError("%s: overlapping spans %s / %s" % (cid, a[2], b[2]))

    errors.sort(key=lambda r: (r["start"], r["end"]))
    traps.sort(key=lambda r: (r["start"], r["end"]))

    # per-case checks
    if case["mode"] not in MODES:
        raise CaseError("%s: bad mode" % cid)
    nref = len(words(ref))
    if not 70 <= nref <= 180:
        raise CaseError("%s: reference has %d words (need 70-180)" % (cid, nref))
    if case["mode"] == "summary":
        if len(words(cand)) >= nref or len(cand) >= len(ref):
            raise CaseError("%s: summary not shorter than reference" % cid)
        if any(e["type"] == "omission" for e in errors):
            raise CaseError("%s: omission in a summary" % cid)
    if case["label"] == "consistent":
        if errors:
            raise CaseError("%s: consistent pair with errors" % cid)
        if not 3 <= len(traps) <= 5:
            raise CaseError("%s: consistent pair needs 3-5 traps, has %d" % (cid, len(traps)))
    elif case["label"] == "inconsistent":
        if not 1 <= len(errors) <= 2:
            raise CaseError("%s: inconsistent pair needs 1-2 errors" % cid)
        if len(traps) > 5:
            raise CaseError("%s: too many traps" % cid)
    else:
        raise CaseError("%s: bad label" % cid)
    if '"' in ref or '"' in cand:
        raise CaseError("%s: stray double quote" % cid)

    return {"id": cid, "domain": case["domain"], "mode": case["mode"],
            "reference": ref, "candidate": cand, "label": case["label"],
            "errors": errors, "traps": traps}


def build_all():
    records = [build_record(i + 1, c) for i, c in enumerate(CASES)]
    # composition
    n = len(records)
    labels = Counter(r["label"] for r in records)
    modes = Counter(r["mode"] for r in records)
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    problems = []
    if n != 40:
        problems.append("expected 40 pairs, got %d" % n)
    if labels["consistent"] != 20 or labels["inconsistent"] != 20:
        problems.append("expected 20/20 consistent/inconsistent, got %s" % dict(labels))
    if modes["rewrite"] != 20 or modes["summary"] != 10 or modes["translation"] != 10:
        problems.append("expected 20/10/10 modes, got %s" % dict(modes))
    total = sum(etypes.values())
    if not 28 <= total <= 32:
        problems.append("expected about 30 errors, got %d" % total)
    for t in ERROR_TYPES:
        if etypes[t] < 2:
            problems.append("error type %s has only %d" % (t, etypes[t]))
    if sev["minor"] == 0 or sev["minor"] > sev["major"] + sev["critical"]:
        problems.append("severity mix off: %s" % dict(sev))
    if len({r["reference"] for r in records}) != n:
        problems.append("duplicate references")
    if len({r["domain"] for r in records}) != n:
        problems.append("domains repeat")
    if problems:
        raise CaseError("; ".join(problems))
    return records, labels, modes, etypes, sev


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records, labels, modes, etypes, sev = build_all()
    except CaseError as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    ntraps = sum(len(r["traps"]) for r in records)
    print("pairs=%d labels=%s modes=%s" % (len(records), dict(labels), dict(modes)))
    print("errors=%d %s" % (sum(etypes.values()), dict(sorted(etypes.items()))))
    print("severity=%s traps=%d (consistent %d)" % (
        dict(sev), ntraps, sum(len(r["traps"]) for r in records if r["label"] == "consistent")))
    if check_only:
        print("check OK (nothing written)")
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % SET)
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
