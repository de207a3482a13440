#!/usr/bin/env python3
"""Held-out evaluation set 172 for a fact-comparison tool (reference vs candidate).

How it was made
---------------
Every pair was hand-written by a helper session that saw no code or data of the
project and no existing benchmark; it worked only from a written brief. All
people, companies, organisations, places and figures are invented (real
countries appear only as background). Character offsets are never typed by
hand: they are computed here by string search (with an occurrence index where a
quoted text repeats), and everything is validated before the file is written.

Usage:  python3 make_set172.py          -> validates and writes set172.jsonl
        python3 make_set172.py --check  -> validates only, writes nothing

Composition (N = 172)
---------------------
40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
  rewrite      20 (10 consistent, 10 inconsistent)
  summary      10 ( 5 consistent,  5 inconsistent)
  translation  10 ( 5 consistent,  5 inconsistent)
30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2 (rewrite/translation only), addition 2,
  repetition 2.  10 inconsistent pairs carry one error, 10 carry two.
Traps: every consistent pair has 3-5 (faithful rewordings a naive checker
might flag); inconsistent pairs have 1-3.
References are 70-190 words in news/agency/corporate/official register.
Translation pairs are two independent English renderings of one non-English
story, so their wording differs throughout.
"""

import json
import os
import random
import re
import sys

N = 172
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "Royal Maundy money", "prisoner of war camp", "railway horse shunting",
    "ballast tamping machine", "perfume nose training", "Ise shrine rebuilding",
    "zooarchaeology bone analysis", "Arbroath smokie", "tongue-tie division",
    "boy bishop tradition", "£1 nominal sale", "farmers' averaging",
    "hazel wattle hurdle making", "bittern booming count",
    "chestnut paling fence", "microburst damage", "kilim repair",
    "kidnap and ransom cover", "adder basking sites", "receiver of wreck report",
    "MSF time signal", "pipe and tabor", "ornamental ironwork gates",
    "public spaces protection order", "mayfly hatch", "plant breeder's rights",
    "listed building enforcement", "Stockholm tar", "aerial ropeway remains",
    "icon writing workshop", "Bagot goat herd", "Mari Lwyd wassail",
    "Portuguese man o' war", "oak bark tanning", "Doggett's Coat and Badge",
    "Keswick pencil making", "jacquemart automaton", "cyanotype sun prints",
    "hand replantation surgery", "nighthawking metal detectorists",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def E(text, etype, sev, ref, occ=0):
    """An error span located by its text (occ-th occurrence in the candidate)."""
    return {"text": text, "type": etype, "severity": sev, "ref_text": ref, "occ": occ}


def OM(anchor, ref, sev, side="after", occ=0):
    """An omission: zero-width span at the end (or start) of an anchor text."""
    return {"anchor": anchor, "side": side, "type": "omission", "severity": sev,
            "ref_text": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording in the candidate; ref is the reference wording."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------------------
# REWRITES - consistent
# ---------------------------------------------------------------------------

case("Royal Maundy money", "rewrite",
     "The Royal Maundy service will be held this year at St Aldwyn's Cathedral in Marlingford on "
     "Thursday 17 April, the Almonry Office confirmed on Monday. The sovereign will present specially "
     "minted Maundy money to 152 recipients, 76 men and 76 women, matching the monarch's age. Each "
     "recipient has been nominated by a local church for service to the community. They will receive "
     "two small leather purses: a red one containing ordinary coinage in lieu of food and clothing, and "
     "a white one holding silver Maundy coins to the value, in pence, of the sovereign's age. The coins "
     "remain legal tender but are rarely spent. Canon Ellis Parwood, the cathedral's dean, said the "
     "chapter had spent almost two years preparing for the service.",
     "St Aldwyn's Cathedral in Marlingford will host this year's Royal Maundy service on Thursday 17 "
     "April, the Almonry Office confirmed on Monday. Specially struck Maundy money will be presented by "
     "the sovereign to 152 recipients, 76 women and 76 men, in keeping with the monarch's age. Every "
     "recipient was put forward by a local church in recognition of service to the community. Each will "
     "be handed a pair of small leather purses. The red purse holds ordinary coins in place of food and "
     "clothing, while the white one contains silver Maundy coins whose value in pence equals the "
     "sovereign's age. Although still legal tender, the coins are seldom spent. The cathedral's dean, "
     "Canon Ellis Parwood, said the chapter had been preparing for the service for nearly two years.",
     traps=[T("Specially struck", "specially minted"),
            T("put forward by a local church", "nominated by a local church"),
            T("seldom spent", "rarely spent"),
            T("nearly two years", "almost two years")])

case("railway horse shunting", "rewrite",
     "A heritage railway in the Denwick valley will keep using a horse to shunt wagons for at least "
     "another five years after its trustees voted to retain the practice, making it the last line in "
     "the region to do so. Bramble, a 14-year-old Shire mare, moves empty goods wagons around the yard "
     "at Hollins Cross station on about 40 days a year. The Denwick Valley Railway Trust said the horse "
     "could haul a loaded wagon weighing up to eight tonnes on level track once it had been set rolling "
     "with a pinch bar. Volunteers had argued that a small diesel locomotive would be cheaper to run. "
     "The trust's chairman, Martin Okeley, said the decision reflected strong support from visitors, "
     "adding that the mare would be retired if her health required it.",
     "Trustees of the Denwick Valley Railway Trust have voted to retain horse shunting for a minimum of "
     "five more years, leaving the heritage line as the only one in the region still using a horse to "
     "move wagons. Bramble, a Shire mare aged 14, works the yard at Hollins Cross station on roughly 40 "
     "days a year, moving empty goods wagons. Once a wagon has been started with a pinch bar, she can "
     "haul a loaded one of up to eight tonnes along level track, according to the trust. Running a "
     "small diesel locomotive would be cheaper, volunteers had argued. Chairman Martin Okeley said the "
     "vote reflected strong backing from visitors, and added that Bramble would be retired should her "
     "health demand it.",
     traps=[T("for a minimum of five more years", "for at least another five years"),
            T("the only one in the region still using a horse", "the last line in the region"),
            T("a Shire mare aged 14", "a 14-year-old Shire mare"),
            T("roughly 40 days a year", "about 40 days a year"),
            T("strong backing from visitors", "strong support from visitors")])

case("Arbroath smokie", "rewrite",
     "A family smokehouse in the fishing village of Carrick Haven has won the top award at the National "
     "Cured Fish Awards for its Arbroath smokies, beating 63 other entries. Kerrow & Daughters, run by "
     "Isla Kerrow and her father Duncan, smokes haddock in pairs over hardwood fires in half-barrels "
     "sunk into the ground, a method the family has used since 1921. Judges praised the fish's 'deep "
     "copper colour and clean, oaky finish'. The business produces about 1,200 pairs a week in summer, "
     "roughly double its winter output. Ms Kerrow said the prize would help the firm hire two more "
     "staff before the busy season, but warned that rising haddock prices could squeeze margins later "
     "in the year.",
     "Arbroath smokies from Kerrow & Daughters, a family-run smokehouse in the fishing village of "
     "Carrick Haven, have taken first prize at the National Cured Fish Awards, seeing off 63 rival "
     "entries. The business, which Isla Kerrow runs with her father Duncan, smokes haddock in pairs over "
     "hardwood fires in half-barrels set into the ground, a technique the family has relied on since "
     "1921. The judges singled out for praise the fish's 'deep copper colour and clean, oaky finish'. In "
     "summer the smokehouse turns out around 1,200 pairs a week, about twice what it produces in winter. "
     "Ms Kerrow said the win would help the company take on two extra staff ahead of the busy season, "
     "though she cautioned that rising haddock prices might eat into margins later in the year.",
     traps=[T("taken first prize", "won the top award"),
            T("seeing off 63 rival entries", "beating 63 other entries"),
            T("about twice what it produces in winter", "roughly double its winter output"),
            T("take on two extra staff", "hire two more staff"),
            T("might eat into margins", "could squeeze margins")])

case("hazel wattle hurdle making", "rewrite",
     "Coppice workers in Fernhollow Wood have been commissioned to make 300 hazel wattle hurdles for the "
     "restoration of a medieval sheepfold at Gorsey Down, the Weald Lands Conservation Trust announced. "
     "Each hurdle, six feet long and about four feet high, is woven from split hazel rods around ten "
     "upright sails and takes an experienced maker roughly three hours to complete. The trust said the "
     "hazel would be cut from stools last coppiced seven years ago. Lead hurdler Tom Brackley, who "
     "learned the craft from his grandfather, will train four apprentices during the project, which is "
     "funded by a £48,000 heritage grant. Work is due to start in November and finish by the end of "
     "March, before the sap rises.",
     "The Weald Lands Conservation Trust has announced that coppice workers in Fernhollow Wood have been "
     "given a commission to produce 300 hazel wattle hurdles, which will be used to restore a medieval "
     "sheepfold at Gorsey Down. Every hurdle measures six feet in length and about four feet in height "
     "and is woven from split hazel rods around ten upright sails, a job that takes a skilled maker "
     "around three hours. The hazel will come from stools that were last coppiced seven years ago, the "
     "trust said. Funded by a £48,000 heritage grant, the project will see four apprentices trained by "
     "lead hurdler Tom Brackley, who was taught the craft by his grandfather. Work is scheduled to begin "
     "in November and be completed by the end of March, before the sap rises.",
     traps=[T("measures six feet in length and about four feet in height",
              "six feet long and about four feet high"),
            T("a skilled maker", "an experienced maker"),
            T("will see four apprentices trained by lead hurdler Tom Brackley",
              "will train four apprentices"),
            T("was taught the craft by his grandfather", "learned the craft from his grandfather"),
            T("scheduled to begin in November", "due to start in November")])

case("adder basking sites", "rewrite",
     "Rangers on Harrowmoor Common have fenced off 11 adder basking sites after a survey found the "
     "number of adult snakes had fallen by a third since 2019. The Harrowmoor Commons Board said dog "
     "walkers straying from paths were the most likely cause of disturbance, although it stressed that "
     "the evidence was not conclusive. The temporary fencing, made of low chestnut posts and rope, will "
     "remain in place from March until the end of May, when adders emerge from hibernation and bask on "
     "south-facing banks. Ecologist Dr Priya Santhouse, who led the survey, counted 27 adults last "
     "spring, compared with 41 four years earlier. Visitors are asked to keep dogs on leads near the "
     "marked areas.",
     "A survey showing that adult adder numbers on Harrowmoor Common have dropped by a third since 2019 "
     "has prompted rangers to fence off 11 of the snakes' basking sites. Disturbance was most probably "
     "caused by dog walkers leaving the paths, according to the Harrowmoor Commons Board, which "
     "nonetheless emphasised that the evidence was not conclusive. The temporary fencing of low chestnut "
     "posts and rope will stay up from March until the end of May, the period when adders come out of "
     "hibernation and bask on south-facing banks. Dr Priya Santhouse, the ecologist who led the survey, "
     "recorded 27 adults last spring against 41 four years before. Visitors are being asked to keep "
     "dogs on leads near the marked areas.",
     traps=[T("dropped by a third", "fallen by a third"),
            T("leaving the paths", "straying from paths"),
            T("come out of hibernation", "emerge from hibernation"),
            T("against 41 four years before", "compared with 41 four years earlier")])

case("pipe and tabor", "rewrite",
     "The Morrisfield Folk Trust has launched a free course to train new players of the pipe and tabor, "
     "warning that fewer than 30 people in the county can still play the instrument for traditional "
     "dancing. The three-holed pipe, played with one hand while the other beats a small drum hung from "
     "the player's arm, was once the standard accompaniment for morris sides. The course, which starts "
     "on 6 September, will run for ten weekly sessions at the Old Corn Exchange in Tolbury and is open "
     "to anyone over 12. Tutor Helen Marchbank, who has played for the Tolbury Morris Men for 22 years, "
     "said beginners could expect to manage simple tunes within two months. The trust has bought 15 "
     "pipes for students to borrow.",
     "Warning that under 30 people in the county are still able to play the pipe and tabor for "
     "traditional dancing, the Morrisfield Folk Trust has set up a free course to train new players. "
     "The three-holed pipe, once the usual accompaniment for morris sides, is played with one hand while "
     "the other beats a small drum hung from the player's arm. Starting on 6 September, the course will "
     "consist of ten weekly sessions at the Old Corn Exchange in Tolbury and is open to anyone aged over "
     "12. Beginners should be able to manage simple tunes within two months, according to tutor Helen "
     "Marchbank, who has been playing for the Tolbury Morris Men for 22 years. Fifteen pipes have been "
     "bought by the trust for students to borrow.",
     traps=[T("under 30 people", "fewer than 30 people"),
            T("the usual accompaniment", "the standard accompaniment"),
            T("should be able to manage", "could expect to manage"),
            T("Fifteen pipes have been bought by the trust", "The trust has bought 15 pipes")])

case("Bagot goat herd", "rewrite",
     "A rare-breeds farm near Ashcombe has taken on 18 Bagot goats from a herd that had grazed the "
     "Heywood Park estate for more than 600 years, after the estate's new owners decided they could no "
     "longer keep the animals. The Bagot, with its black head and neck and white body, is listed as a "
     "priority breed by the Rare Livestock Survival Society, which estimates there are fewer than 200 "
     "breeding females in the country. Farm manager Gwen Tollard said the goats, 15 nannies and three "
     "billies, had arrived on Saturday and were settling in well. The society said it had paid £4,500 "
     "towards transport and fencing. The remaining 22 goats from the estate herd will go to two other "
     "farms next month.",
     "Eighteen Bagot goats have moved to a rare-breeds farm close to Ashcombe from the Heywood Park "
     "estate, where their herd had grazed for over six centuries, after the estate's new owners "
     "concluded they could not keep the animals any longer. Black on the head and neck and white on the "
     "body, the Bagot is classed as a priority breed by the Rare Livestock Survival Society, whose "
     "estimate puts the number of breeding females in the country at below 200. The 15 nannies and "
     "three billies arrived on Saturday and were settling in well, said Gwen Tollard, who manages the "
     "farm. The society said it had contributed £4,500 towards transport and fencing, and the other 22 "
     "goats in the estate herd will be sent to two further farms next month.",
     traps=[T("over six centuries", "more than 600 years"),
            T("classed as a priority breed", "listed as a priority breed"),
            T("below 200", "fewer than 200"),
            T("said Gwen Tollard, who manages the farm", "Farm manager Gwen Tollard said"),
            T("contributed £4,500", "paid £4,500")])

case("oak bark tanning", "rewrite",
     "Thornley's Tannery, one of only two oak bark tanneries still operating in the country, has "
     "secured a £310,000 loan to replace its leaking pits and expand production. The firm, based at "
     "Wellbrook Mill, tans cattle hides in a series of pits filled with liquor made from ground oak "
     "bark, a process that takes about 14 months from raw hide to finished leather. Managing director "
     "Clare Thornley said orders from saddlers and shoemakers had risen by 40 per cent over the past "
     "three years and the waiting list now stood at nine months. The new pits are expected to lift "
     "output from 60 to 90 hides a week once they are in use next spring. The company employs 11 people "
     "and buys around 200 tonnes of bark a year from local woodland owners.",
     "A £310,000 loan has been secured by Thornley's Tannery so that it can replace its leaking pits and "
     "expand production. The business, at Wellbrook Mill, is one of just two oak bark tanneries left "
     "working in the country. It tans cattle hides in a sequence of pits containing a liquor of ground "
     "oak bark, and the journey from raw hide to finished leather takes roughly 14 months. Orders from "
     "shoemakers and saddlers have grown by two-fifths in the past three years and there is now a "
     "nine-month waiting list, according to managing director Clare Thornley. Once they come into use "
     "next spring, the new pits should raise weekly output from 60 hides to 90. The firm has a staff of "
     "11 and buys about 200 tonnes of bark annually from local woodland owners.",
     traps=[T("left working", "still operating"),
            T("by two-fifths", "by 40 per cent"),
            T("should raise weekly output from 60 hides to 90",
              "are expected to lift output from 60 to 90 hides a week"),
            T("has a staff of 11", "employs 11 people")])

case("Keswick pencil making", "rewrite",
     "Grisedale Pencil Works, the last pencil factory in the Lakeland town of Skelmoor, is to cut its "
     "workforce from 46 to 31 after losing a contract to supply a national stationery chain. The "
     "company, founded in 1868, said the 15 job losses would fall mainly on its packing and dispatch "
     "staff, and that production of its cedar-cased drawing pencils would continue at current levels. "
     "Chief executive Robert Ashness said the firm had been in talks with two overseas retailers that "
     "could replace some of the lost business, but no agreement had been reached. Staff were told of the "
     "plans at a meeting on Wednesday. A 45-day consultation period will begin next week.",
     "Fifteen jobs are to go at Grisedale Pencil Works, the only pencil factory left in the Lakeland "
     "town of Skelmoor, taking its headcount down to 31 from 46, after it lost a contract to supply a "
     "national stationery chain. Most of the redundancies will fall on packing and dispatch staff, said "
     "the company, which dates from 1868, adding that it would keep making its cedar-cased drawing "
     "pencils at the present rate. Talks have been held with two retailers abroad that might make up "
     "part of the lost business, but nothing has yet been agreed, chief executive Robert Ashness said. "
     "Employees learned of the plans at a meeting on Wednesday. Consultation, lasting 45 days, starts "
     "next week.",
     traps=[T("Fifteen jobs are to go", "the 15 job losses"),
            T("the only pencil factory left", "the last pencil factory"),
            T("dates from 1868", "founded in 1868"),
            T("two retailers abroad", "two overseas retailers"),
            T("at the present rate", "at current levels")])

case("cyanotype sun prints", "rewrite",
     "An exhibition of more than 120 cyanotype sun prints made by the botanist Margaret Elstow in the "
     "1850s opens at the Harlan Gallery in Coldbridge on Friday. The prints, produced by laying plant "
     "specimens on paper coated with iron salts and exposing them to sunlight, were found in a trunk in "
     "the attic of a farmhouse in 2021. Conservators spent 18 months stabilising the sheets, many of "
     "which had faded to a pale blue. Curator James Orrin said the collection was 'almost certainly' the "
     "largest surviving body of work by a woman photographer of the period in the country. The "
     "exhibition runs until 2 March, and admission is free for under-18s.",
     "Over 120 cyanotype sun prints made in the 1850s by the botanist Margaret Elstow go on show at "
     "Coldbridge's Harlan Gallery on Friday. Discovered in 2021 in a trunk in a farmhouse attic, the "
     "prints were created by placing plant specimens on paper treated with iron salts and leaving them "
     "in sunlight. Conservators worked for a year and a half to stabilise the sheets, a large number of "
     "which had faded to pale blue. According to curator James Orrin, the collection is 'almost "
     "certainly' the biggest surviving body of work in the country by a woman photographer of the era. "
     "The show closes on 2 March; under-18s get in free.",
     traps=[T("Over 120", "more than 120"),
            T("a year and a half", "18 months"),
            T("the biggest surviving", "the largest surviving"),
            T("of the era", "of the period"),
            T("closes on 2 March", "runs until 2 March")])

# ---------------------------------------------------------------------------
# REWRITES - inconsistent
# ---------------------------------------------------------------------------

case("prisoner of war camp", "rewrite",
     "Archaeologists have uncovered the foundations of six huts at the site of a Second World War "
     "prisoner of war camp near Oldbury Marsh, Fenwold District Council said on Tuesday. Camp 147 held "
     "up to 800 Italian and later German prisoners between 1942 and 1947, many of whom worked on local "
     "farms. The excavation, led by Dr Anna Greeve of Castlereach University, also recovered a "
     "hand-carved chess set and fragments of a stage used for camp concerts. Dr Greeve said the finds "
     "suggested prisoners had 'far more freedom to organise their own lives than official records "
     "imply'. The council plans to install information boards at the site, which is now farmland, by "
     "next summer.",
     "The foundations of six huts have been found by archaeologists at the site of a Second World War "
     "prisoner of war camp close to Oldbury Marsh, Fenwold District Council announced on Tuesday. Up to "
     "800 Italian, and later German, prisoners were held at Camp 147 between 1942 and 1945, and many of "
     "them worked on farms in the area. A hand-carved chess set and fragments of a stage used for camp "
     "concerts were also recovered during the dig, which was led by Dr Anna Greeve of Castlereach "
     "University. According to the council, the finds suggest prisoners had 'far more freedom to "
     "organise their own lives than official records imply'. The council intends to put up information "
     "boards at the site, now farmland, by next summer.",
     errors=[E("1945", "date", "major", "1947"),
             E("According to the council", "attribution", "major", "Dr Greeve said")],
     traps=[T("close to Oldbury Marsh", "near Oldbury Marsh"),
            T("the dig", "The excavation")])

case("ballast tamping machine", "rewrite",
     "Network operator Northline Rail will close the line between Ferrisby and Coldharbour for nine days "
     "from 14 October while a new ballast tamping machine realigns 22 miles of track. The £3.8 million "
     "machine, built by Kessler Track Systems, lifts the rails and packs stone ballast beneath the "
     "sleepers, correcting dips that force trains to slow down. Northline said the work would allow the "
     "speed limit on the route to rise from 60mph to 75mph, cutting journey times by about six minutes. "
     "Replacement buses will run every 30 minutes, but passengers with bicycles will not be able to use "
     "them. The company apologised for the disruption and said the closure had been timed to avoid the "
     "school half-term holiday.",
     "For nine days from 14 October, Northline Rail will shut the line between Ferrisby and Coldharbour "
     "so that a new ballast tamping machine can realign 22 kilometres of track. Built by Kessler Track "
     "Systems at a cost of £3.8 million, the machine raises the rails and packs stone ballast under the "
     "sleepers, removing the dips that make trains slow down. The work will let the speed limit on the "
     "route go up from 60mph to 75mph, shaving about six minutes off journeys, the operator said. "
     "Replacement buses will operate every half hour. Northline apologised for the disruption, saying "
     "the closure had been scheduled to avoid the school half-term holiday.",
     errors=[E("22 kilometres", "number", "major", "22 miles"),
             OM("every half hour", "passengers with bicycles will not be able to use them", "major")],
     traps=[T("raises the rails", "lifts the rails"),
            T("shaving about six minutes off journeys", "cutting journey times by about six minutes")])

case("zooarchaeology bone analysis", "rewrite",
     "Analysis of more than 4,000 animal bones from a Roman roadside settlement at Caddington Ford "
     "suggests its inhabitants ate far more pork than previously thought, researchers at the Marcher "
     "Institute of Archaeology said. Pig bones made up 38 per cent of the identified remains, compared "
     "with an average of around 15 per cent at comparable rural sites. Zooarchaeologist Dr Laura "
     "Finchley said butchery marks showed many pigs had been killed young, which may indicate that meat "
     "was being supplied to travellers on the nearby road. She cautioned, however, that the sample came "
     "from only two rubbish pits. The team plans to radiocarbon-date a selection of the bones later this "
     "year.",
     "The people of a Roman roadside settlement at Caddington Ford appear to have eaten much more pork "
     "than had been believed, according to researchers at the Marcher Institute of Archaeology who "
     "studied over 4,000 animal bones from the site. Pig accounted for 38 per cent of the bones "
     "identified, against an average of roughly 15 per cent at similar rural sites. Zooarchaeologist Dr "
     "Laura Finchley said butchery marks revealed that many of the pigs were slaughtered young, which "
     "shows that meat was being supplied to travellers using the nearby road. She warned, however, that "
     "the sample was drawn from just two rubbish pits. Later this year the team intends to "
     "radiocarbon-date some of the bones.",
     errors=[E("which shows", "modality", "major", "which may indicate")],
     traps=[T("appear to have eaten much more pork", "suggests its inhabitants ate far more pork"),
            T("slaughtered young", "killed young"),
            T("just two rubbish pits", "only two rubbish pits")])

case("tongue-tie division", "rewrite",
     "Waiting times for tongue-tie division at Marlow Vale Hospital have fallen from 11 weeks to under "
     "two weeks since a midwife-led clinic opened in January, the Marlow Vale Health Trust said. The "
     "clinic, staffed by three specially trained infant feeding midwives, has carried out 214 procedures "
     "in its first six months. The quick snip to the tissue under a baby's tongue is usually done "
     "without anaesthetic and takes a few seconds. The trust said no serious complications had been "
     "recorded. Lead midwife Siobhan Rudd said mothers were no longer being advised to stop "
     "breastfeeding while they waited. Babies are referred to the clinic only after a feeding "
     "assessment, and not every tongue-tie needs treatment, the trust added.",
     "Since a midwife-led clinic opened at Marlow Vale Hospital in January, the wait for tongue-tie "
     "division has dropped from 11 weeks to less than a fortnight, according to the Marlow Vale Health "
     "Trust. Three infant feeding midwives with specialist training run the clinic, which performed 241 "
     "procedures during its first six months. The procedure, a quick snip to the tissue beneath a baby's "
     "tongue, takes a few seconds and is normally done without anaesthetic. No serious complications "
     "have been recorded, the trust said. Lead midwife Siobhan Rudd said mothers were still being "
     "advised to stop breastfeeding while they waited. The trust added that babies are referred only "
     "after a feeding assessment and that not every tongue-tie needs treatment.",
     errors=[E("241", "number", "minor", "214"),
             E("were still being advised", "polarity", "critical", "were no longer being advised")],
     traps=[T("less than a fortnight", "under two weeks"),
            T("with specialist training", "specially trained")])

case("boy bishop tradition", "rewrite",
     "A 12-year-old chorister, Oliver Pennock, was installed as boy bishop at St Cuthwin's Minster in "
     "Hallerby on Sunday, reviving a medieval tradition last observed there in 1541. Wearing a "
     "scaled-down mitre and cope made by volunteers, he was presented with a crozier by the Bishop of "
     "Hallerby, the Rt Revd Margaret Thorne, at the start of evensong. During the service the boy bishop "
     "preached a short sermon, written with help from his choirmaster, on the theme of kindness. The "
     "custom, once common in English cathedrals, saw a choirboy take the bishop's place from St "
     "Nicholas' Day until Holy Innocents' Day. The minster's dean said about 600 people attended.",
     "St Cuthwin's Minster in Hallerby revived a medieval custom on Sunday when Oliver Pennock, a "
     "chorister aged 12, was installed as its boy bishop, the first time the tradition had been "
     "observed there since 1541. At the start of evensong, dressed in a scaled-down mitre and cope that "
     "volunteers had made, he handed a crozier to the Bishop of Hallerby, the Rt Revd Margaret Thorne. "
     "In the course of the service he preached a brief sermon on kindness, which he had written with "
     "his choirmaster's help. Once widespread in English cathedrals, the practice involved a choirboy "
     "standing in for the bishop from St Nicholas' Day until Holy Innocents' Day. Around 600 people were "
     "present, according to the minster's dean.",
     errors=[E("he handed a crozier to the Bishop of Hallerby", "role", "major",
               "he was presented with a crozier by the Bishop of Hallerby")],
     traps=[T("the first time the tradition had been observed there since 1541",
              "last observed there in 1541"),
            T("standing in for the bishop", "take the bishop's place"),
            T("Around 600 people were present", "about 600 people attended")])

case("chestnut paling fence", "rewrite",
     "Parish councillors in Little Sowerby have approved a £26,000 scheme to replace the wire fencing "
     "around the village green with split chestnut paling. The fence, 430 metres long, will be made by "
     "Hartwell Coppice Crafts, a two-person business based in nearby Ockley Heath, using chestnut cut "
     "from woodland managed by the Sowerby Estate. Council chairman Peter Dunmore said the paling would "
     "last at least 20 years without chemical treatment and would be more in keeping with the village's "
     "conservation area. Residents were consulted in the spring, and 71 per cent of those who responded "
     "supported the change. Installation is expected to begin in late September.",
     "A £26,000 scheme to swap the wire fencing around Little Sowerby's village green for split chestnut "
     "paling has been approved by the parish council. Hartwell Coppice Crafts, a two-person firm from "
     "nearby Ockley Heath, will make the 430-metre fence using chestnut cut from woodland managed by the "
     "Sowerby Estate. Council chairman Peter Hartwell said the paling would last at least 20 years "
     "without chemical treatment and would be more in keeping with the village's conservation area. Of "
     "the residents who responded to a consultation in the spring, 71 per cent backed the change. "
     "Installation is expected to begin in late September. The paling would last at least 20 years "
     "without chemical treatment.",
     errors=[E("Peter Hartwell", "entity", "major", "Peter Dunmore"),
             E("The paling would last at least 20 years without chemical treatment", "repetition",
               "minor", None)],
     traps=[T("a two-person firm from nearby Ockley Heath",
              "a two-person business based in nearby Ockley Heath"),
            T("backed the change", "supported the change")])

case("MSF time signal", "rewrite",
     "The MSF time signal, which keeps millions of radio-controlled clocks accurate, will be switched "
     "off for scheduled maintenance from 09:00 to 17:00 on Tuesday 8 April, the National Timekeeping "
     "Laboratory has announced. The 60kHz signal is broadcast from the Cragholme transmitter and carries "
     "a time code derived from atomic clocks. The laboratory said most clocks would not be affected "
     "because they only need to pick up the signal once a day to stay accurate, but devices switched on "
     "for the first time during the outage would not set themselves automatically. A second eight-hour "
     "outage is planned for 10 June, when engineers will replace the antenna's support insulators.",
     "Scheduled maintenance will take the MSF time signal off air between 9am and 7pm on Tuesday 8 "
     "April, the National Timekeeping Laboratory has announced. Millions of radio-controlled clocks rely "
     "on the signal to keep accurate time. Broadcast at 60kHz from the Cragholme transmitter, it carries "
     "a time code derived from atomic clocks. Most clocks will be unaffected, the laboratory said, since "
     "they need to receive the signal only once a day to stay accurate; however, any device switched on "
     "for the first time while the signal is off will not set itself automatically. A further eight-hour "
     "outage is planned for 10 June, when the antenna's support insulators will be replaced.",
     errors=[E("7pm", "date", "major", "17:00")],
     traps=[T("9am", "09:00"),
            T("receive the signal", "pick up the signal"),
            T("A further eight-hour outage", "A second eight-hour outage")])

case("ornamental ironwork gates", "rewrite",
     "A pair of ornamental wrought iron gates stolen from Hadley Court, a Grade II listed manor house, "
     "has been recovered from a scrapyard in Brenton, Wexmoor Police said. The gates, made in 1784 by "
     "the blacksmith Josiah Fell, were taken in March. The scrapyard's owner contacted police after "
     "recognising them from an appeal on social media. A 43-year-old man who had offered the gates to "
     "the yard was arrested on suspicion of handling stolen goods and has been released on bail. The "
     "Carrow Heritage Trust, which owns the house, said the gates had suffered minor damage and would be "
     "restored by a specialist forge before being rehung. The trust thanked the yard's owner.",
     "Wexmoor Police say a pair of ornamental wrought iron gates taken from Hadley Court, a Grade II "
     "listed manor house, has been recovered from a scrapyard in Brenton. Made by the blacksmith Josiah "
     "Fell in 1784, the gates were stolen in March. Police contacted the scrapyard's owner after "
     "recognising them from an appeal on social media. A man of 43 who had offered the gates to the "
     "yard has been charged with handling stolen goods and released on bail. According to the Carrow "
     "Heritage Trust, which owns the house, the gates were slightly damaged and will be restored by a "
     "specialist forge before being rehung. The trust thanked the yard's owner.",
     errors=[E("Police contacted the scrapyard's owner", "role", "major",
               "The scrapyard's owner contacted police"),
             E("charged with", "event", "major", "arrested on suspicion of")],
     traps=[T("A man of 43", "A 43-year-old man"),
            T("slightly damaged", "suffered minor damage")])

case("Mari Lwyd wassail", "rewrite",
     "The Mari Lwyd, a horse's skull draped in a white sheet and decorated with ribbons, will be paraded "
     "through the village of Bryn Eurwen on 6 January for the first time in more than 70 years. The "
     "custom, in which a party carrying the skull goes from door to door challenging householders to a "
     "contest of rhyming verses, is being revived by the Bryn Eurwen Folk Society. Society secretary "
     "Rhian Pugh said 14 households had agreed to take part and that the procession would finish at the "
     "Red Lion inn. The skull was donated by a local farmer and has been cleaned and mounted on a pole "
     "by volunteers. Organisers have asked spectators not to follow the party into private homes.",
     "For the first time in over 70 years, the Mari Lwyd, a horse's skull covered with a white sheet and "
     "adorned with ribbons, is to be paraded through Bryn Eurwen on 6 January. The Bryn Eurwen Folk "
     "Society is reviving the custom, a tradition thought to date back to the 18th century, in which a "
     "party bearing the skull goes from house to house and challenges the occupants to a battle of "
     "rhyming verses. Fourteen households have agreed to take part, according to society secretary "
     "Rhian Pugh, and the procession will end at the Red Lion inn. A local farmer donated the skull, "
     "which volunteers have cleaned and mounted on a pole. Spectators have been asked by the organisers "
     "not to follow the party into private homes.",
     errors=[E("a tradition thought to date back to the 18th century", "addition", "minor", None)],
     traps=[T("over 70 years", "more than 70 years"),
            T("a battle of rhyming verses", "a contest of rhyming verses"),
            T("Fourteen households", "14 households")])

case("Doggett's Coat and Badge", "rewrite",
     "Young waterman Callum Reade won Doggett's Coat and Badge on Friday, beating five other rowers in "
     "the world's oldest continuously held rowing race. Reade, 22, from the Ferrybridge Watermen's "
     "Company, finished the four-and-a-half-mile course in 29 minutes 40 seconds, 18 seconds ahead of "
     "Jack Fennimore, who had led for the first two miles. The race, first rowed in 1715, is open to "
     "watermen and lightermen within a year of completing their apprenticeship. Reade will receive the "
     "traditional scarlet coat and silver badge at a ceremony in November. His father, Alan Reade, won "
     "the race in 1994.",
     "Callum Reade, a young waterman, took Doggett's Coat and Badge on Friday, defeating five rival "
     "rowers in what is the oldest continuously held rowing race in the world. The 22-year-old, of the "
     "Ferrybridge Watermen's Company, covered the course of four and a half miles in 29 minutes 40 "
     "seconds, finishing 18 seconds in front of Jack Fennimore, the leader over the opening two miles. "
     "First rowed in 1715, the race is open to watermen and lightermen within a year of finishing their "
     "apprenticeship. Reade is to be presented with the traditional scarlet coat and silver badge at a "
     "ceremony in November. His father, Jack Reade, won the race in 1994.",
     errors=[E("Jack Reade", "entity", "major", "Alan Reade")],
     traps=[T("defeating five rival rowers", "beating five other rowers"),
            T("18 seconds in front of", "18 seconds ahead of"),
            T("the leader over the opening two miles", "who had led for the first two miles")])

# ---------------------------------------------------------------------------
# SUMMARIES - consistent
# ---------------------------------------------------------------------------

case("farmers' averaging", "summary",
     "Farmers who saw profits swing sharply after last year's drought could pay less tax by using the "
     "averaging rules, the National Farmers' Advisory Council has said in guidance published on "
     "Thursday. Averaging allows self-employed farmers to spread profits over two or five consecutive "
     "years, smoothing out the effect of good and bad harvests on their tax bills. The council said "
     "fewer than one in five eligible farmers currently used the relief, often because they were "
     "unaware of it. Its tax adviser, Graham Pollitt, said a typical arable farmer whose profit fell "
     "from £80,000 to £12,000 could save around £6,000 over two years. Claims must be made within 12 "
     "months of the 31 January filing deadline. The council warned that averaging does not suit "
     "everyone, since it can affect entitlement to some state benefits, and urged farmers to take "
     "professional advice before making a claim.",
     "Farmers whose profits swung sharply after last year's drought may be able to cut their tax bills "
     "by averaging them over two or five years, according to National Farmers' Advisory Council "
     "guidance; under a fifth of those eligible use the relief. The council's tax adviser said a typical "
     "arable farmer whose profit dropped from £80,000 to £12,000 could save about £6,000 over two years. "
     "The council cautioned that averaging can affect entitlement to some state benefits and urged "
     "farmers to seek professional advice before claiming.",
     traps=[T("may be able to cut their tax bills", "could pay less tax"),
            T("under a fifth of those eligible", "fewer than one in five eligible farmers"),
            T("dropped from £80,000 to £12,000", "fell from £80,000 to £12,000"),
            T("about £6,000", "around £6,000")])

case("bittern booming count", "summary",
     "The number of booming male bitterns recorded at Wendle Fen nature reserve has reached 14, the "
     "highest since counts began in 1996, the Eastmere Wildlife Partnership said on Monday. Surveyors "
     "identify individual males by the deep, foghorn-like call they make in spring, which can carry for "
     "up to three miles. Last year's count was nine. Reserve manager Dr Owen Castell attributed the "
     "increase to the creation of 40 hectares of new reedbed since 2018 and to work to raise water "
     "levels in winter. He said the figures were encouraging but warned that a single hard winter could "
     "reverse the gains, as bitterns struggle to feed when the water freezes over. The partnership plans "
     "to extend the reedbed by a further 25 hectares over the next five years, subject to funding.",
     "Wendle Fen nature reserve has recorded 14 booming male bitterns, up from nine last year and the "
     "most since counts started in 1996. The reserve manager credited 40 hectares of new reedbed created "
     "since 2018 and higher winter water levels, but warned that one hard winter could undo the gains. "
     "The Eastmere Wildlife Partnership plans to add a further 25 hectares of reedbed over the next five "
     "years if funding allows.",
     traps=[T("up from nine last year", "Last year's count was nine"),
            T("the most since counts started in 1996", "the highest since counts began in 1996"),
            T("credited", "attributed the increase to"),
            T("could undo the gains", "could reverse the gains"),
            T("if funding allows", "subject to funding")])

case("plant breeder's rights", "summary",
     "A seed company has won a High Court case against a farming cooperative that it accused of "
     "illegally multiplying and selling a protected potato variety. Judge Helen Marsh ruled that the "
     "Tarnby Growers' Cooperative had infringed plant breeder's rights held by Corran Seeds over the "
     "variety Goldcrest by selling more than 900 tonnes of uncertified seed potatoes to members between "
     "2019 and 2022. Corran, which developed Goldcrest over 11 years, had sought £1.4 million in "
     "damages; the amount will be decided at a later hearing. The cooperative argued that the potatoes "
     "were farm-saved seed, which growers may replant on their own holdings on payment of a reduced "
     "royalty, but the judge found they had been traded between farms. The cooperative said it was "
     "considering an appeal.",
     "The High Court has found that Tarnby Growers' Cooperative infringed Corran Seeds' plant breeder's "
     "rights in the Goldcrest potato by selling over 900 tonnes of uncertified seed potatoes to members "
     "in 2019-22. The judge rejected its argument that this was farm-saved seed, finding the potatoes "
     "had been traded between farms. Damages, for which Corran sought £1.4m, will be set at a later "
     "hearing; the cooperative is considering an appeal.",
     traps=[T("over 900 tonnes", "more than 900 tonnes"),
            T("in 2019-22", "between 2019 and 2022"),
            T("£1.4m", "£1.4 million"),
            T("will be set at a later hearing", "will be decided at a later hearing")])

case("microburst damage", "summary",
     "A microburst that struck the town of Ellesford on Saturday afternoon brought down more than 60 "
     "trees and damaged the roofs of 35 homes, Ellesford Borough Council said. The Meteorological "
     "Service confirmed that a sudden downdraft from a thunderstorm, rather than a tornado, caused the "
     "damage, with gusts estimated at 80mph over an area about half a mile wide. The event lasted less "
     "than five minutes. Two people were treated in hospital for minor injuries after a tree fell on "
     "their car in Mill Lane. Around 1,200 properties lost power, and the distribution company said all "
     "but 90 had been reconnected by Sunday evening. The council has opened a temporary drop-in centre "
     "at the town hall and said the clear-up could take up to a fortnight.",
     "A microburst, a thunderstorm downdraft and not a tornado, hit Ellesford on Saturday afternoon with "
     "gusts estimated at 80mph, felling over 60 trees and damaging the roofs of 35 homes in under five "
     "minutes. Two people had hospital treatment for minor injuries when a tree fell on their car. Of "
     "around 1,200 properties that lost power, 90 were still cut off on Sunday evening. The clear-up may "
     "take as long as two weeks.",
     traps=[T("not a tornado", "rather than a tornado"),
            T("felling over 60 trees", "brought down more than 60 trees"),
            T("in under five minutes", "lasted less than five minutes"),
            T("90 were still cut off", "all but 90 had been reconnected"),
            T("may take as long as two weeks", "could take up to a fortnight")])

case("receiver of wreck report", "summary",
     "Finders reported 312 items of wreck to the Receiver of Wreck last year, a fall of 14 per cent on "
     "the year before, according to the Receiver's annual report, published on Wednesday. The law "
     "requires anyone who recovers wreck material, from ship's bells to cargo washed ashore, to report "
     "it within 28 days, whether it was found at sea or on the beach. The Receiver, Angela Pryce, said "
     "the drop largely reflected fewer dives on historic wrecks during a stormy summer, not a decline in "
     "compliance. The most notable find was a bronze cannon recovered by divers off Skelling Point, "
     "thought to come from a merchant ship lost in the 1690s. Owners came forward to claim 41 items; "
     "unclaimed wreck is normally returned to the finder in lieu of a salvage award.",
     "The number of wreck items reported to the Receiver of Wreck fell by 14 per cent to 312 last year, "
     "the annual report shows. The Receiver, Angela Pryce, put the drop mainly down to fewer dives on "
     "historic wrecks in a stormy summer rather than to poorer compliance. The standout find was a "
     "bronze cannon recovered off Skelling Point, believed to be from a merchant ship lost in the 1690s. "
     "Owners claimed 41 items.",
     traps=[T("put the drop mainly down to", "said the drop largely reflected"),
            T("rather than to poorer compliance", "not a decline in compliance"),
            T("The standout find", "The most notable find"),
            T("believed to be from", "thought to come from")])

# ---------------------------------------------------------------------------
# SUMMARIES - inconsistent
# ---------------------------------------------------------------------------

case("£1 nominal sale", "summary",
     "Ravensworth County Council has agreed to sell the disused Carlton Baths building to a community "
     "group for a nominal £1, on condition that the group raises the money to restore it within five "
     "years. The Grade II listed Victorian baths closed in 2009 and would need an estimated £4.2 million "
     "of repairs, according to a council survey. The Friends of Carlton Baths, which has 650 members, "
     "plans to reopen the main pool and convert the upper floor into a café and meeting rooms. Council "
     "leader Derek Hollis said the sale would relieve taxpayers of maintenance costs of about £70,000 a "
     "year. If the group fails to secure funding in time, ownership will revert to the council. The "
     "Friends said they hoped to submit a bid to a national heritage fund in the autumn, though no grant "
     "has yet been promised.",
     "Ravensworth County Council has agreed to sell the disused Carlton Baths to the Friends of Carlton "
     "Baths for a nominal £1, provided the group raises restoration funds within three years; otherwise "
     "ownership reverts to the council. The listed baths, shut since 2009, need an estimated £4.2m of "
     "repairs. The group, which will submit a bid to a national heritage fund in the autumn, plans to "
     "reopen the main pool and create a café and meeting rooms.",
     errors=[E("three years", "number", "major", "five years"),
             E("will submit", "modality", "minor", "hoped to submit")],
     traps=[T("shut since 2009", "closed in 2009")])

case("public spaces protection order", "summary",
     "A public spaces protection order banning the consumption of alcohol in Hallam Park and the "
     "surrounding streets will come into force on 1 July, Dunmere City Council has confirmed. The order, "
     "which will last three years, follows a consultation in which 58 per cent of 1,900 respondents "
     "supported it. Anyone who refuses to stop drinking or hand over alcohol when asked by a police "
     "officer or council warden could face a fixed penalty of £100. The council stressed that the order "
     "would not make it an offence simply to carry alcohol, and that licensed events in the park would "
     "be exempt. Campaign group Parkwatch said the order risked pushing street drinkers into residential "
     "areas. Signs will be installed at all eight park entrances.",
     "From 1 July, drinking alcohol in Hallam Park and nearby streets will be banned for three years "
     "under a public spaces protection order backed by 58 per cent of consultation respondents. People "
     "who refuse to stop drinking when asked by police or wardens could be fined £100. Carrying alcohol "
     "will also be an offence, although licensed events are exempt. Parkwatch warned that street "
     "drinkers could be pushed into residential areas.",
     errors=[E("Carrying alcohol will also be an offence", "polarity", "major",
               "would not make it an offence simply to carry alcohol")],
     traps=[T("backed by 58 per cent of consultation respondents",
              "58 per cent of 1,900 respondents supported it"),
            T("could be fined £100", "could face a fixed penalty of £100"),
            T("street drinkers could be pushed into residential areas",
              "risked pushing street drinkers into residential areas")])

case("listed building enforcement", "summary",
     "Kelsford District Council has served a listed building enforcement notice on the owner of a Grade "
     "II listed farmhouse in Upper Hadley who replaced its original sash windows with uPVC units without "
     "consent. The notice requires Mr Stephen Yardley to reinstate timber sash windows to an approved "
     "design within nine months. Mr Yardley, who bought the 18th-century property in 2021, has appealed "
     "to the Planning Appeals Board, arguing that the old windows were beyond repair. The council's "
     "conservation officer, Ruth Danvers, said the original glazing bars were an important part of the "
     "building's character. Carrying out unauthorised works to a listed building is a criminal offence, "
     "but the council said it had no plans to prosecute while the appeal was being considered. The "
     "appeal is expected to be decided early next year.",
     "Kelsford District Council has served an enforcement notice requiring the owner of a Grade II "
     "listed farmhouse in Upper Hadley, Stephen Yardley, who inherited it in 2021, to reinstate timber "
     "sash windows within nine months after he replaced the originals with uPVC without consent. Mr "
     "Yardley has appealed, saying the old windows were beyond repair. The council has no plans to "
     "prosecute while the appeal is considered, and a decision is expected early next year. The council "
     "has no plans to prosecute while the appeal is considered.",
     errors=[E("inherited", "event", "minor", "bought"),
             E("The council has no plans to prosecute while the appeal is considered", "repetition",
               "minor", None, occ=1)],
     traps=[T("saying the old windows were beyond repair",
              "arguing that the old windows were beyond repair")])

case("kidnap and ransom cover", "summary",
     "Demand for kidnap and ransom insurance among small engineering firms with staff working overseas "
     "rose by 23 per cent last year, according to a report by the broker Halvard & Pike. The policies "
     "typically cover ransom payments, the fees of specialist crisis consultants and loss of earnings, "
     "and often require that their existence be kept secret from employees. The report found that most "
     "new buyers had fewer than 250 staff. Its author, risk analyst Tomas Ibarra, said firms were "
     "increasingly sending engineers to mining and energy projects in regions where abductions for "
     "ransom were common. The industry body, the Specialty Insurers' Forum, said premiums had remained "
     "broadly stable. Halvard & Pike declined to say how many claims it had handled.",
     "Demand for kidnap and ransom cover from small engineering firms with staff abroad rose 23 per cent "
     "last year, broker Halvard & Pike reports, with most new buyers employing fewer than 250 people. "
     "Report author Tomas Ibarra said firms were increasingly sending engineers to mining and energy "
     "projects in regions where kidnapping for ransom is common. Premiums have stayed broadly stable, Mr "
     "Ibarra added.",
     errors=[E("Mr Ibarra added", "attribution", "major", "the Specialty Insurers' Forum")],
     traps=[T("employing fewer than 250 people", "had fewer than 250 staff"),
            T("kidnapping for ransom is common", "abductions for ransom were common")])

case("nighthawking metal detectorists", "summary",
     "Two men have been convicted of illegally metal detecting on a scheduled Roman villa site at "
     "Stanton Rivers, the first successful prosecution for so-called nighthawking in the county for a "
     "decade. Liam Castor, 38, and Dean Arkwright, 45, were caught by a drone operated by the landowner "
     "in the early hours of 3 March, carrying detectors and spades. Magistrates in Kettlesby fined each "
     "man £2,000 and ordered the forfeiture of their equipment. Police said 27 holes had been dug, and a "
     "small number of coins were recovered from the men's car. The Heritage Crime Unit's coordinator, "
     "Sgt Karen Hale, said nighthawking robbed communities of their history because finds removed "
     "without record lost their archaeological context.",
     "Two men who pleaded guilty to nighthawking on a scheduled Roman villa site at Stanton Rivers have "
     "each been fined £2,000 and lost their equipment, in the county's first successful prosecution for "
     "the offence in ten years. A drone flown by the landowner caught them with detectors and spades in "
     "the early hours of 3 March. According to police, 27 holes had been dug, and a few coins were "
     "recovered from the men's car.",
     errors=[E("who pleaded guilty", "addition", "minor", None)],
     traps=[T("in ten years", "for a decade"),
            T("A drone flown by the landowner", "a drone operated by the landowner"),
            T("a few coins", "a small number of coins")])

# ---------------------------------------------------------------------------
# TRANSLATIONS - consistent
# ---------------------------------------------------------------------------

case("Ise shrine rebuilding", "translation",
     "Kamisato Shrine in Tsugaki prefecture will begin the rebuilding of its main sanctuary next spring, "
     "following the custom of shikinen sengu, reconstruction every twenty years, the shrine office "
     "announced on the 12th. The new buildings will be erected on the adjacent plot with Japanese "
     "cypress timber, of which approximately 1,800 logs have already been secured from forests belonging "
     "to the shrine. The total cost is estimated at 2.6 billion yen, of which about half is to be "
     "covered by donations from worshippers. According to chief priest Takahiro Ueno, the transfer of "
     "the deity to the new sanctuary is planned for the autumn of 2027. The old buildings will be "
     "dismantled after the ceremony, and part of the wood will be given to other shrines in the region.",
     "The shrine office of Kamisato Shrine in Tsugaki prefecture said on the 12th that reconstruction of "
     "the shrine's main hall will start next spring, in keeping with the shikinen sengu custom of "
     "rebuilding every two decades. The new structures will go up on the neighbouring site and be built "
     "of hinoki cypress; some 1,800 logs have been obtained in advance from the shrine's own forests. "
     "Costs are put at 2.6 billion yen in total, roughly half of which is to come from worshippers' "
     "donations. Chief priest Takahiro Ueno said the plan is to move the enshrined deity to the new hall "
     "in autumn 2027. After the ceremony the old buildings will be taken down and some of their timber "
     "passed on to other shrines in the area.",
     traps=[T("every two decades", "every twenty years"),
            T("some 1,800 logs", "approximately 1,800 logs"),
            T("roughly half", "about half"),
            T("in autumn 2027", "for the autumn of 2027"),
            T("taken down", "dismantled")])

case("Stockholm tar", "translation",
     "The tar works of Tjärnäsa, one of the country's last producers of traditional pine tar, known "
     "abroad as Stockholm tar, will double its production this summer after a sharp rise in "
     "demand from boatyards and restorers of historic buildings. According to the managing director, "
     "Annika Lindqvist, the company sold 14,000 litres last year, compared with 9,000 litres two years "
     "earlier. The tar is produced by slowly burning resin-rich pine stumps in a sealed pit, a process "
     "that lasts around ten days. The company will build two new tar pits and hire four seasonal "
     "workers. Lindqvist said that the price would not be raised this year, despite higher costs for "
     "timber. The expansion is partly financed by a regional development grant of 1.2 million kronor.",
     "Demand from boatyards and from people restoring historic buildings has risen so steeply that the "
     "Tjärnäsa tar works, one of the country's few remaining makers of traditional pine tar (called "
     "Stockholm tar in other countries), is to double its output this summer. Last year it sold 14,000 "
     "litres, against 9,000 litres two years before, says managing director Annika Lindqvist. The tar is "
     "made by burning resin-rich pine stumps slowly in a closed pit, which takes about ten days. Two new "
     "tar pits are to be built and four seasonal workers taken on. Prices will stay unchanged this year "
     "in spite of dearer timber, Lindqvist said. A regional development grant of 1.2 million kronor is "
     "helping to fund the expansion.",
     traps=[T("one of the country's few remaining makers", "one of the country's last producers"),
            T("against 9,000 litres two years before", "compared with 9,000 litres two years earlier"),
            T("about ten days", "around ten days"),
            T("Prices will stay unchanged this year", "the price would not be raised this year"),
            T("is helping to fund", "is partly financed by")])

case("perfume nose training", "translation",
     "The perfumery school of Castelrouge will open a new training programme for 'noses' in September, "
     "with twelve places per year, the institution announced on Tuesday. The course lasts three years "
     "and includes the memorisation of some 1,500 raw materials, natural and synthetic. Students will "
     "spend their second year in apprenticeship with fragrance houses in the region. The director, "
     "Claire Mourad, explained that the selection will be made on the basis of an olfactory test and an "
     "interview, and that no diploma in chemistry is required. Tuition fees are fixed at 9,500 euros per "
     "year, but half of the places will be financed by grants from the regional council. The school "
     "received more than 400 applications last year for its existing short courses.",
     "In September the Castelrouge perfumery school will launch a new course to train 'noses', taking "
     "twelve students a year, it said on Tuesday. Lasting three years, the programme requires students "
     "to memorise around 1,500 natural and synthetic raw materials, and the second year is spent as an "
     "apprentice at fragrance houses in the area. Candidates will be chosen through a smell test and an "
     "interview, and do not need a qualification in chemistry, director Claire Mourad said. Fees are set "
     "at €9,500 a year, although regional council grants will pay for half the places. Last year the "
     "school had more than 400 applications for its existing short courses.",
     traps=[T("twelve students a year", "twelve places per year"),
            T("around 1,500", "some 1,500"),
            T("a smell test", "an olfactory test"),
            T("do not need a qualification in chemistry", "no diploma in chemistry is required"),
            T("€9,500 a year", "9,500 euros per year")])

case("aerial ropeway remains", "translation",
     "The remains of a material ropeway built in 1916 to supply troops on the front will be restored by "
     "the municipality of Valdoria, the mayor Giulia Ferraris announced yesterday. The ropeway, about 7 "
     "kilometres long, connected the valley floor with a position at 2,300 metres of altitude and could "
     "transport up to 20 tonnes per day. Today only the concrete bases of eleven pylons and part of the "
     "upper station remain. The project, worth 480,000 euros, foresees the consolidation of the "
     "structures and the creation of an educational trail with panels in three languages. Work should "
     "begin in June and last about two years. According to the mayor, the aim is to attract hikers also "
     "outside the ski season.",
     "Valdoria town council is to restore what is left of a goods ropeway built in 1916 to keep troops "
     "at the front supplied, mayor Giulia Ferraris said yesterday. Some 7 km in length, the line linked "
     "the bottom of the valley with a post 2,300 metres up and could carry as much as 20 tonnes a day. "
     "All that survives now are the concrete footings of eleven pylons and a section of the top station. "
     "The €480,000 scheme provides for the structures to be stabilised and for an educational path with "
     "signs in three languages. Work is expected to start in June and take around two years. The mayor "
     "said the goal was to bring in walkers outside the skiing season as well.",
     traps=[T("Some 7 km in length", "about 7 kilometres long"),
            T("2,300 metres up", "2,300 metres of altitude"),
            T("as much as 20 tonnes a day", "up to 20 tonnes per day"),
            T("The €480,000 scheme", "The project, worth 480,000 euros"),
            T("take around two years", "last about two years")])

case("mayfly hatch", "translation",
     "The mass swarming of the long-tailed mayfly on the Halasvíz river, known locally as 'the blooming "
     "of the river', began on Sunday evening, about a week earlier than last year, the Riverland "
     "National Park Directorate reported. The insects, which live for up to three years as larvae in the "
     "riverbed, survive only a few hours as adults, during which they mate and lay eggs. According to "
     "biologist Dr Péter Kovács, the warm water temperature of 21 degrees contributed to the early "
     "start. The directorate asks boaters to avoid the most affected section between the villages of "
     "Berekvár and Kisnádas in the evening hours. The phenomenon is expected to continue for about two "
     "weeks, depending on the weather.",
     "The mass swarming of the long-tailed mayfly on the Halasvíz, a spectacle people in the area call "
     "'the river in bloom', got under way on Sunday evening, roughly seven days sooner than a year ago, "
     "according to the Riverland National Park Directorate. The larvae spend as long as three years in "
     "the riverbed, but the adults live for just a few hours, in which time they mate and lay their "
     "eggs. Biologist Dr Péter Kovács said the warm water, at 21 degrees, helped bring the start forward. "
     "Boat users have been asked by the directorate to keep away from the worst-affected stretch, "
     "between the villages of Berekvár and Kisnádas, in the evenings. The swarming should go on for "
     "around two weeks, although this will depend on the weather.",
     traps=[T("roughly seven days sooner than a year ago", "about a week earlier than last year"),
            T("as long as three years", "up to three years"),
            T("just a few hours", "only a few hours"),
            T("Boat users", "boaters"),
            T("should go on for around two weeks", "is expected to continue for about two weeks")])

# ---------------------------------------------------------------------------
# TRANSLATIONS - inconsistent
# ---------------------------------------------------------------------------

case("kilim repair", "translation",
     "A workshop in the town of Karaburç has completed the restoration of a 17th-century kilim that had "
     "been damaged by moths in a mosque storeroom, the provincial culture directorate announced. The "
     "kilim, measuring 4.2 by 2.8 metres, was repaired over eight months by a team of five weavers led "
     "by master restorer Ayşe Demirtaş. About 30 per cent of the surface had been lost and was rewoven "
     "using wool dyed with madder and walnut husks to match the original colours. Demirtaş said the team "
     "had not used any synthetic dyes. The kilim will be displayed at the Karaburç Ethnography Museum "
     "from next month and will then be returned to the mosque.",
     "Restoration of a 17th-century kilim that moths had damaged while it lay in a mosque's storeroom "
     "has been finished by a workshop in Karaburç, the provincial directorate of culture said. Five "
     "weavers headed by master restorer Ayşe Demirtaş worked for eighteen months on the 4.2 x 2.8 metre "
     "kilim. Roughly 30 per cent of its surface was missing; it was rewoven with wool coloured using "
     "madder and walnut husks so that it matched the original shades. According to Demirtaş, no "
     "synthetic dyes were used at any stage. From next month the kilim will be on show at the Karaburç "
     "Ethnography Museum.",
     errors=[E("eighteen months", "number", "major", "eight months"),
             OM("Karaburç Ethnography Museum", "will then be returned to the mosque", "major")],
     traps=[T("4.2 x 2.8 metre", "4.2 by 2.8 metres"),
            T("Roughly 30 per cent", "About 30 per cent")])

case("icon writing workshop", "translation",
     "An icon writing workshop for beginners will be held at the Monastery of Agios Nikandros near the "
     "village of Plakotopi from 3 to 14 July, the Metropolis of Thermesa announced. The course will be "
     "taught by the iconographer Father Stylianos Mavridis, who has painted the icons of more than forty "
     "churches. Participants will learn the traditional Byzantine technique with egg tempera and gold "
     "leaf on wooden panels prepared with gesso. The number of participants is limited to fifteen, and "
     "registrations close on 20 June. The cost of 350 euros includes materials and meals, while "
     "accommodation in the monastery guesthouse is offered free of charge. According to the organisers, "
     "no previous experience in painting is necessary.",
     "The Metropolis of Thermesa has announced a beginners' workshop in icon writing, to take place from "
     "3 to 14 July at the Monastery of Agios Stylianos outside the village of Plakotopi. It will be "
     "taught by the iconographer Father Stylianos Mavridis, whose icons adorn more than forty churches. "
     "Those taking part will learn the traditional Byzantine method, using egg tempera and gold leaf on "
     "wooden boards primed with gesso. Places are restricted to fifteen, and the deadline for "
     "registration is 20 July. The fee of 350 euros covers materials and meals, and participants can "
     "stay in the monastery guesthouse at no cost. The organisers say no prior painting experience is "
     "required.",
     errors=[E("Agios Stylianos", "entity", "major", "Agios Nikandros"),
             E("20 July", "date", "major", "20 June")],
     traps=[T("restricted to fifteen", "limited to fifteen"),
            T("at no cost", "free of charge"),
            T("no prior painting experience is required",
              "no previous experience in painting is necessary")])

case("Portuguese man o' war", "translation",
     "The maritime authority has placed a yellow flag on four beaches in the municipality of Vila "
     "Serrana after dozens of Portuguese man o' war were found washed up on the sand on Saturday "
     "morning. Bathing is not prohibited, but swimmers are advised to take extra care and to avoid "
     "touching the organisms, even when they appear to be dead, because their tentacles can still "
     "sting. According to the captain of the port, Commander Rui Albergaria, the arrival was probably "
     "caused by strong westerly winds in recent days. Three people were treated by lifeguards for "
     "stings, none of them seriously. The authority said it may extend the measure to other beaches if "
     "more specimens appear.",
     "Yellow flags have been raised by the maritime authority on four beaches in Vila Serrana "
     "municipality after dozens of Portuguese man o' war were discovered stranded on the sand on "
     "Saturday morning. Bathing has been banned, and swimmers are advised to be especially careful and "
     "not to touch the creatures, even if they look dead, as the tentacles can still sting. The port "
     "captain, Commander Rui Albergaria, said the arrival had been caused by the strong westerly winds of "
     "the past few days. Lifeguards treated three people for stings, none of them seriously. The "
     "authority said the measure could be extended to other beaches should more specimens turn up.",
     errors=[E("Bathing has been banned", "polarity", "critical", "Bathing is not prohibited"),
             E("had been caused by", "modality", "minor", "was probably caused by")],
     traps=[T("Lifeguards treated three people", "Three people were treated by lifeguards"),
            T("should more specimens turn up", "if more specimens appear")])

case("jacquemart automaton", "translation",
     "The jacquemart of the Saint-Rémi belfry in Montclair-le-Vieux struck the hours again on Sunday "
     "after three years of silence, the town hall announced. The wooden automaton, a figure of a soldier "
     "holding a hammer, dates from 1623 and strikes the bell every hour. It had been dismantled in 2021 "
     "after a local clockmaker, Étienne Vasseur, discovered cracks in the figure's arm. The restoration, "
     "carried out by Vasseur's workshop, cost 85,000 euros, financed by the municipality and a regional "
     "heritage foundation. Hundreds of residents gathered in the square for the first strike at noon. "
     "The mayor, Hélène Caron, thanked the volunteers who had raised 12,000 euros through a public "
     "subscription.",
     "After falling silent for three years, the jacquemart on the Saint-Rémi belfry in Montclair-le-Vieux "
     "struck the hours once more on Sunday, the town hall said. The wooden figure of a soldier gripping "
     "a hammer was made in 1623 and strikes the bell on the hour. It was taken down in 2021 when Étienne "
     "Vasseur, a local clockmaker, found cracks in its arm. His workshop carried out the restoration, "
     "which cost €85,000 and was paid for by the town and a regional heritage foundation. Several hundred "
     "residents gathered in the square to hear the first strike at midday. Mayor Hélène Caron was "
     "thanked by the volunteers who had raised €12,000 through a public appeal.",
     errors=[E("Mayor Hélène Caron was thanked by the volunteers", "role", "major",
               "The mayor, Hélène Caron, thanked the volunteers")],
     traps=[T("on the hour", "every hour"),
            T("€85,000", "85,000 euros"),
            T("at midday", "at noon")])

case("hand replantation surgery", "translation",
     "Surgeons at San Telmo University Hospital in Valdeolmos have reattached the hand of a 34-year-old "
     "farm worker that was severed by a harvesting machine on Monday. The operation lasted eleven hours "
     "and involved a team of nine specialists led by the plastic surgeon Dr Marta Echevarría. The "
     "patient arrived at the hospital less than two hours after the accident, with the hand preserved in "
     "ice by his colleagues, which was decisive for the success of the intervention, according to the "
     "medical team. The man remains in the intensive care unit in stable condition. Doctors estimate "
     "that he will need at least a year of rehabilitation and that he could recover part of the mobility "
     "of his fingers.",
     "A farm labourer aged 34 has had his hand sewn back on by surgeons at San Telmo University Hospital "
     "in Valdeolmos after it was cut off by a harvester on Monday. Nine specialists, headed by plastic "
     "surgeon Dr Marta Echevarría, took part in the eleven-hour operation. The medical team said it had "
     "been crucial to the operation's success that the patient reached hospital within two hours of the "
     "accident, with the hand kept on ice by his workmates. The man has been moved out of intensive care "
     "and is in a stable condition. Doctors believe at least a year of rehabilitation will be needed, "
     "and that he may regain some movement in his fingers.",
     errors=[E("has been moved out of intensive care", "event", "major",
               "remains in the intensive care unit")],
     traps=[T("sewn back on", "reattached"),
            T("headed by", "led by"),
            T("within two hours of the accident", "less than two hours after the accident")])


# ---------------------------------------------------------------------------
# Offsets, validation, output
# ---------------------------------------------------------------------------

class Invalid(Exception):
    pass


def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return len(re.findall(r"\S+", s))


def check_boundaries(cid, cand, start, end, what):
    if start > 0 and start < len(cand) and cand[start - 1].isalnum() and cand[start].isalnum():
        raise Invalid("%s: %s starts inside a word at %d" % (cid, what, start))
    if 0 < end < len(cand) and cand[end - 1].isalnum() and cand[end].isalnum():
        raise Invalid("%s: %s ends inside a word at %d" % (cid, what, end))


def build():
    if len(CASES) != 40:
        raise Invalid("expected 40 cases, have %d" % len(CASES))
    order = list(range(len(CASES)))
    random.Random(N).shuffle(order)
    records = []
    for idx, ci in enumerate(order, 1):
        c = CASES[ci]
        cid = "s%d-%03d" % (N, idx)
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]
        errors, traps, spans = [], [], []
        for e in c["errors"]:
            etype = e["type"]
            if etype not in ERROR_TYPES:
                raise Invalid("%s: bad error type %r" % (cid, etype))
            if e["severity"] not in SEVERITIES:
                raise Invalid("%s: bad severity %r" % (cid, e["severity"]))
            if etype == "omission":
                if mode == "summary":
                    raise Invalid("%s: omission in a summary" % cid)
                a = find_nth(cand, e["anchor"], e["occ"])
                if a < 0:
                    raise Invalid("%s: omission anchor not found: %r" % (cid, e["anchor"]))
                pos = a + len(e["anchor"]) if e["side"] == "after" else a
                if not e["ref_text"] or e["ref_text"] not in ref:
                    raise Invalid("%s: omission ref_text not in reference" % cid)
                if e["ref_text"].lower() in cand.lower():
                    raise Invalid("%s: omitted words present in candidate" % cid)
                check_boundaries(cid, cand, pos, pos, "omission point")
                rec = {"start": pos, "end": pos, "text": "", "type": etype,
                       "severity": e["severity"], "ref_text": e["ref_text"]}
            else:
                s = find_nth(cand, e["text"], e["occ"])
                if s < 0:
                    raise Invalid("%s: error text not found: %r" % (cid, e["text"]))
                t = e["text"]
                if t != t.strip() or not t:
                    raise Invalid("%s: error span has outer whitespace" % cid)
                end = s + len(t)
                check_boundaries(cid, cand, s, end, "error %r" % t)
                if etype in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        raise Invalid("%s: %s must have ref_text null" % (cid, etype))
                    if etype == "repetition" and t.lower() not in cand[:s].lower():
                        raise Invalid("%s: repetition has no earlier copy" % cid)
                    if etype == "addition" and t in ref:
                        raise Invalid("%s: addition text occurs in reference" % cid)
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        raise Invalid("%s: ref_text not in reference: %r" % (cid, e["ref_text"]))
                    if t in ref:
                        raise Invalid("%s: error text %r occurs verbatim in reference" % (cid, t))
                rec = {"start": s, "end": end, "text": t, "type": etype,
                       "severity": e["severity"], "ref_text": e["ref_text"]}
            errors.append(rec)
            spans.append((rec["start"], rec["end"], "error"))
        for tr in c["traps"]:
            t = tr["text"]
            s = find_nth(cand, t, tr["occ"])
            if s < 0:
                raise Invalid("%s: trap text not found: %r" % (cid, t))
            if t != t.strip() or not t:
                raise Invalid("%s: trap span has outer whitespace" % cid)
            if tr["ref_text"] not in ref:
                raise Invalid("%s: trap ref_text not in reference: %r" % (cid, tr["ref_text"]))
            if t == tr["ref_text"]:
                raise Invalid("%s: trap identical to reference wording: %r" % (cid, t))
            end = s + len(t)
            check_boundaries(cid, cand, s, end, "trap %r" % t)
            traps.append({"start": s, "end": end, "text": t, "ref_text": tr["ref_text"]})
            spans.append((s, end, "trap"))
        # overlap check (zero-width omission points count as inside if strictly within a span)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    z, o = (a, b) if a[0] == a[1] else (b, a)
                    if o[0] < z[0] < o[1]:
                        raise Invalid("%s: omission point inside another span" % cid)
                elif a[0] < b[1] and b[0] < a[1]:
                    raise Invalid("%s: overlapping spans %r %r" % (cid, a, b))
        errors.sort(key=lambda r: (r["start"], r["end"]))
        traps.sort(key=lambda r: (r["start"], r["end"]))
        for r in errors + traps:
            if cand[r["start"]:r["end"]] != r["text"]:
                raise Invalid("%s: offset mismatch" % cid)
        label = "inconsistent" if errors else "consistent"
        nw = words(ref)
        if not 70 <= nw <= 190:
            raise Invalid("%s: reference has %d words" % (cid, nw))
        if mode == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
            raise Invalid("%s: summary not shorter than reference" % cid)
        if label == "consistent" and not 3 <= len(traps) <= 5:
            raise Invalid("%s: consistent pair needs 3-5 traps" % cid)
        if label == "inconsistent" and not 0 <= len(traps) <= 3:
            raise Invalid("%s: inconsistent pair needs 0-3 traps" % cid)
        if label == "inconsistent" and not 1 <= len(errors) <= 2:
            raise Invalid("%s: inconsistent pair with %d errors" % (cid, len(errors)))
        records.append({"id": cid, "domain": c["domain"], "mode": mode, "reference": ref,
                        "candidate": cand, "label": label, "errors": errors, "traps": traps})
    check_composition(records)
    return records


def check_composition(records):
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        raise Invalid("duplicate domains")
    unknown = set(doms) - set(DOMAINS)
    if unknown:
        raise Invalid("domains not in list: %r" % sorted(unknown))
    if set(DOMAINS) - set(doms):
        raise Invalid("unused domains: %r" % sorted(set(DOMAINS) - set(doms)))
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for m, n in want.items():
        sub = [r for r in records if r["mode"] == m]
        if len(sub) != n:
            raise Invalid("mode %s: %d pairs" % (m, len(sub)))
        nc = sum(r["label"] == "consistent" for r in sub)
        if nc != n // 2:
            raise Invalid("mode %s: %d consistent" % (m, nc))
    errs = [e for r in records for e in r["errors"]]
    if len(errs) != 30:
        raise Invalid("expected 30 errors, have %d" % len(errs))
    for t in ERROR_TYPES:
        k = sum(e["type"] == t for e in errs)
        if k < 2:
            raise Invalid("error type %s used %d times" % (t, k))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise Invalid("duplicate ids")


def report(records):
    from collections import Counter
    errs = [e for r in records for e in r["errors"]]
    print("pairs:", len(records))
    print("labels:", dict(Counter(r["label"] for r in records)))
    print("modes x labels:", dict(Counter((r["mode"], r["label"]) for r in records)))
    print("errors:", len(errs), dict(Counter(e["type"] for e in errs)))
    print("severity:", dict(Counter(e["severity"] for e in errs)))
    print("errors per inconsistent pair:",
          dict(Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    print("traps: total", sum(len(r["traps"]) for r in records),
          "consistent", sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
          "inconsistent", sum(len(r["traps"]) for r in records if r["label"] == "inconsistent"))
    wc = [words(r["reference"]) for r in records]
    print("reference words: min %d max %d mean %.1f" % (min(wc), max(wc), sum(wc) / len(wc)))


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build()
    except Invalid as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    report(records)
    if check_only:
        print("check passed; nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
