#!/usr/bin/env python3
"""Held-out evaluation set 58 for a fact-comparison tool.

How it was made: every pair below was hand-written, as Python data, by a helper
session that saw no code or data of the project, working only from a written
brief. All people, companies, organisations, places, products and figures are
invented (real countries and regions appear only as background). Character
offsets are never typed by hand: they are computed here by string search
(with an occurrence index where a quoted text repeats) and validated.

Composition (checked by validate()):
  40 pairs, one per domain; 20 consistent, 20 inconsistent.
  Modes: 20 rewrite (10 consistent / 10 inconsistent),
         10 summary (5 / 5), 10 translation (5 / 5).
  Translation pairs are two independent English translations of the same
  (imagined) non-English story.
  30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
    entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2 (rewrite/translation only),
    addition 2, repetition 2.
  Consistent pairs carry 3-5 traps (faithful rewordings a naive checker
  might flag); inconsistent pairs carry 0-3.

Usage:  python3 make_set58.py           validate and write set58.jsonl
        python3 make_set58.py --check   validate only, write nothing
"""
import json
import os
import sys

SET = 58
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set58.jsonl")

DOMAINS = [
    "tapestry repairs", "thatchers", "tram depots", "treasure hunts",
    "wagon wheels", "whittling", "wicker coffins", "willow sculptures",
    "windmill sails", "wood turning", "yarn bombing", "zither players",
    "bat boxes", "bee swarms", "bluebell woods", "boat naming",
    "bonsai shows", "church bells", "cliff railways", "coin hoards",
    "deckchair hire", "dog agility", "ferret racing", "fishing flies",
    "garden gnomes", "ghost walks", "gingerbread houses", "go-karts",
    "grass tracks", "hay rides", "kayak polo", "lawn mower racing",
    "log flumes", "moth traps", "paddle steamers", "pillow fights",
    "pond dipping", "roller discos", "scything", "shin kicking",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]

EXPECTED_TYPE_COUNTS = {
    "entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3,
    "modality": 3, "attribution": 2, "event": 3, "omission": 2,
    "addition": 2, "repetition": 2,
}

CASES = []


def E(text, etype, severity, ref_text, occ=0):
    """An error whose span is the occ-th occurrence of text in the candidate."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref_text, "occ": occ}


def OM(after, ref_text, severity, occ=0):
    """An omission located right after the occ-th occurrence of `after`."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of ref_text found at text (occ-th)."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------- cases 1-10

add("tapestry repairs", "rewrite", "consistent",
    "The Harwell Textile Trust said on Monday that conservators have finished a "
    "14-month repair of the Ostley Hunt tapestry, a 17th-century hanging damaged "
    "by a burst water pipe at Brackmoor Hall in 2021. The work, carried out by a "
    "team of six at the trust's studio in Lenfield, cost £380,000, two-thirds of "
    "which was covered by an insurance payout. Head of conservation Miriam Oduya "
    "said about 40 per cent of the original silk weft had to be stabilised rather "
    "than replaced. The tapestry will return to Brackmoor Hall in September and is "
    "expected to go back on public display before the end of the year, the trust said.",
    "Conservators have completed repairs to the Ostley Hunt tapestry after 14 months, "
    "the Harwell Textile Trust announced on Monday. The 17th-century hanging was "
    "damaged in 2021 when a water pipe burst at Brackmoor Hall. A six-person team "
    "worked on it at the trust's Lenfield studio, at a cost of £380,000; an insurance "
    "payout met two thirds of the bill. Roughly two-fifths of the original silk weft "
    "had to be stabilised instead of replaced, according to Miriam Oduya, the trust's "
    "head of conservation. The trust said the tapestry would go back to Brackmoor Hall "
    "in September and was likely to be on show to the public again before the year is out.",
    traps=[
        T("after 14 months", "14-month repair"),
        T("A six-person team", "a team of six"),
        T("an insurance payout met two thirds of the bill",
          "two-thirds of which was covered by an insurance payout"),
        T("Roughly two-fifths", "about 40 per cent"),
        T("was likely to be on show to the public again",
          "is expected to go back on public display"),
    ])

add("thatchers", "rewrite", "inconsistent",
    "Listed-building owners in the Wendle Valley will be able to claim grants of up "
    "to £12,000 towards re-thatching under a scheme launched on Thursday by Wendle "
    "District Council. The council has set aside £450,000 for the first year and "
    "expects to fund around 40 roofs. Applicants must use a thatcher accredited by "
    "the Wendle Thatching Guild and must have owned the property for at least three "
    "years. Councillor Frances Abley, who chairs the heritage committee, said the "
    "number of thatched homes in the district had fallen from 610 in 1990 to fewer "
    "than 480 today. The guild welcomed the scheme but warned that only 11 accredited "
    "thatchers currently work in the valley, and waiting lists already exceed a year.",
    "Wendle District Council on Thursday launched a scheme offering owners of listed "
    "buildings in the Wendle Valley grants of up to £12,000 for re-thatching. It has "
    "earmarked £450,000 for the scheme's first year, enough, it expects, for about 40 "
    "roofs. Applicants must use a thatcher accredited by the Wendle Thatching Guild. "
    "Frances Abley, the councillor who chairs the heritage committee, said the "
    "district's stock of thatched homes had dropped from 610 in 1990 to under 408 "
    "today. The guild welcomed the move but cautioned that just 11 accredited "
    "thatchers now work in the valley, with waiting lists already longer than a year.",
    errors=[
        OM("accredited by the Wendle Thatching Guild",
           "must have owned the property for at least three years", "major"),
        E("408", "number", "major", "480"),
    ],
    traps=[
        T("enough, it expects, for about 40 roofs", "expects to fund around 40 roofs"),
        T("with waiting lists already longer than a year",
          "waiting lists already exceed a year"),
    ])

add("tram depots", "summary", "consistent",
    "Calderport Transit Authority has approved a £64 million plan to rebuild its "
    "Marsh Lane tram depot, the oldest of its three maintenance sites. The depot, "
    "opened in 1952, can currently house 28 trams; the new building will hold 45, "
    "allowing the network to take delivery of 17 additional vehicles ordered last "
    "year. Construction is due to begin in March 2025 and finish in late 2027. During "
    "the works, maintenance will move temporarily to the authority's depot at Fenwick "
    "Cross, and the authority said some services on the Line 2 corridor may run less "
    "frequently in the evenings. Chief executive Daniel Rhee said the project was "
    "'overdue' and would cut breakdown-related delays. Funding comes from a regional "
    "transport grant and the authority's own reserves.",
    "Calderport's transit authority has signed off £64m to rebuild Marsh Lane, the "
    "oldest of its three maintenance sites, raising capacity from 28 to 45 trams so "
    "that 17 extra vehicles ordered last year can be accommodated. Work is scheduled "
    "to run from March 2025 to late 2027, with maintenance shifted to Fenwick Cross in "
    "the meantime and a possible reduction in evening Line 2 frequencies.",
    traps=[
        T("signed off £64m", "approved a £64 million plan"),
        T("raising capacity from 28 to 45 trams",
          "can currently house 28 trams; the new building will hold 45"),
        T("scheduled to run from March 2025 to late 2027",
          "due to begin in March 2025 and finish in late 2027"),
        T("a possible reduction in evening Line 2 frequencies",
          "some services on the Line 2 corridor may run less frequently in the evenings"),
    ])

add("treasure hunts", "translation", "inconsistent",
    "The municipality of Ostervelde is organising a city-wide treasure hunt on "
    "Saturday 14 June to mark the 700th anniversary of the town charter. "
    "Participants, in teams of at most five people, must solve 24 riddles hidden at "
    "historic locations in the old centre. According to alderman Pieter Smulders, "
    "more than 900 teams had registered by Wednesday evening. The main prize is a "
    "replica of the medieval town seal, made by local silversmith Anke de Vries. "
    "Registration closes on Thursday at midnight. The organisers advise participants "
    "to bring a mobile phone, as some clues can only be read by scanning a code.",
    "On Saturday 14 June the town of Ostervelde will hold a treasure hunt across the "
    "whole city to celebrate 700 years since it received its charter. Teams of up to "
    "five must crack 24 puzzles hidden at historic sites in the old town. Alderman "
    "Pieter Smulders said that by Wednesday evening over 900 teams had signed up. The "
    "winners will receive a copy of the medieval town seal crafted by Anke de Vries, a "
    "silversmith from the town. Entries close at midnight on Friday. Organisers "
    "recommend bringing a mobile phone because some of the clues can only be read by "
    "scanning a code.",
    errors=[
        E("Friday", "date", "major", "Thursday"),
    ],
    traps=[
        T("to celebrate 700 years since it received its charter",
          "to mark the 700th anniversary of the town charter"),
        T("Teams of up to five", "in teams of at most five people"),
    ])

add("wagon wheels", "rewrite", "consistent",
    "Greaves & Pollard, a wheelwright firm based in Hollins Bridge, has been awarded "
    "a contract worth £210,000 to build 36 replacement wheels for carriages in the "
    "National Coach Collection, the collection's trustees announced on 3 April. The "
    "wheels, made from elm hubs, oak spokes and ash felloes, will be fitted over the "
    "next two years. Managing director Ruth Pollard said the firm would take on two "
    "apprentices to help meet the order, its largest since it was founded in 1964. "
    "The trustees said the original wheels, many of which are cracked, would be kept "
    "in storage for study rather than discarded.",
    "Trustees of the National Coach Collection said on 3 April that they had awarded a "
    "£210,000 contract to Greaves & Pollard, a wheelwright in Hollins Bridge, for 36 "
    "new wheels for carriages in the collection. Each wheel will combine an elm hub, "
    "oak spokes and ash felloes, and they will be fitted over a 24-month period. The "
    "order is the biggest the firm has received since its founding in 1964, and it "
    "will hire two apprentices to help fulfil it, according to Ruth Pollard, its "
    "managing director. Rather than being thrown away, the original wheels — many of "
    "them cracked — will be stored for study, the trustees said.",
    traps=[
        T("they had awarded a £210,000 contract to Greaves & Pollard",
          "has been awarded a contract worth £210,000"),
        T("over a 24-month period", "over the next two years"),
        T("since its founding in 1964", "since it was founded in 1964"),
        T("Rather than being thrown away", "rather than discarded"),
    ])

add("whittling", "rewrite", "inconsistent",
    "Tarrow County Council's youth service is to hand over its weekly whittling "
    "workshops to the Brenmoor Woodcraft Society from September, after a review "
    "found that the sessions cost the council £18,000 a year to run. The society, a "
    "volunteer group founded in 2009, will take on the four existing instructors and "
    "keep the sessions free for under-16s. Council cabinet member Joan Pettifer said "
    "the change would 'secure the workshops' future without a penny of extra public "
    "money'. Parents will be asked to sign new consent forms, and all participants "
    "under 12 will be supplied with cut-resistant gloves. The sessions currently "
    "attract around 70 young people a week across three venues.",
    "From September, the Brenmoor Woodcraft Society will hand its weekly whittling "
    "workshops over to Tarrow County Council's youth service, after a review found the "
    "sessions were costing the council £18,000 a year. The society, a volunteer group "
    "set up in 2009, will take on all four current instructors, and under-16s will "
    "continue to attend free of charge. Joan Pettifer, the council's cabinet member, "
    "said the change would 'secure the workshops' future without a penny of extra "
    "public money'. Parents will have to sign new consent forms, and cut-resistant "
    "gloves will be provided to every participant under 12. Around 70 young people a "
    "week currently attend the sessions at three venues.",
    errors=[
        E("the Brenmoor Woodcraft Society will hand its weekly whittling workshops "
          "over to Tarrow County Council's youth service", "role", "major",
          "Tarrow County Council's youth service is to hand over its weekly whittling "
          "workshops to the Brenmoor Woodcraft Society"),
    ],
    traps=[
        T("set up in 2009", "founded in 2009"),
        T("cut-resistant gloves will be provided to every participant under 12",
          "all participants under 12 will be supplied with cut-resistant gloves"),
    ])

add("wicker coffins", "summary", "inconsistent",
    "Sales of wicker and willow coffins in the region rose by 23 per cent last year, "
    "according to figures published on Tuesday by the Association of Independent "
    "Funeral Directors. The association said 1,140 woven coffins were sold in 2023, "
    "compared with 927 the previous year, though they still account for under 3 per "
    "cent of all funerals. Its chair, Graham Osei, attributed the rise to growing "
    "interest in natural burials. However, Lydia Farrant of the Somerlea Basket "
    "Makers' Cooperative, which supplies about a third of the woven coffins sold "
    "locally, said rising willow prices could slow growth, as the cost of raw "
    "material had doubled in two years.",
    "Woven coffin sales in the region climbed 23% to 1,140 in 2023, industry figures "
    "show, though such coffins are still used in under 3% of funerals. The increase "
    "has been put down to growing interest in natural burials, but the association's "
    "chair warned that willow prices, which have doubled in three years, could slow "
    "growth.",
    errors=[
        E("the association's chair", "attribution", "major",
          "Lydia Farrant of the Somerlea Basket Makers' Cooperative"),
        E("three years", "number", "minor", "two years"),
    ],
    traps=[
        T("climbed 23%", "rose by 23 per cent"),
    ])

add("willow sculptures", "translation", "consistent",
    "A giant willow sculpture of a heron, eleven metres high, was unveiled on Sunday "
    "at the entrance to the Marais de Saint-Aubrin nature park. The work, by artist "
    "Élodie Carrat, required some four tonnes of willow harvested in the park itself "
    "and three months of work by a team of volunteers. According to the park's "
    "director, Henri Vasseur, the heron is intended to draw attention to the return "
    "of the grey heron to the marshes, where the species had almost disappeared in "
    "the 1990s. The sculpture is designed to decay naturally over about ten years. "
    "Access is free, but the park asks visitors not to climb on the structure.",
    "On Sunday, an 11-metre heron sculpted in willow was inaugurated at the gates of "
    "the Saint-Aubrin marshes nature park. Artist Élodie Carrat's creation took a "
    "team of volunteers three months and used around four tonnes of willow cut within "
    "the park. The park's director, Henri Vasseur, explained that the sculpture aims "
    "to highlight the grey heron's comeback in the marshes, where the bird had all but "
    "vanished during the 1990s. It has been conceived to break down naturally over "
    "roughly a decade. Entry costs nothing, though visitors are requested not to "
    "climb on it.",
    traps=[
        T("an 11-metre heron", "eleven metres high"),
        T("around four tonnes of willow cut within the park",
          "some four tonnes of willow harvested in the park itself"),
        T("had all but vanished", "had almost disappeared"),
        T("over roughly a decade", "over about ten years"),
        T("Entry costs nothing", "Access is free"),
    ])

add("windmill sails", "rewrite", "consistent",
    "Restoration of the sails at Copley Fen windmill has been delayed until next "
    "spring after inspectors found rot in the main stock, the timber beam that "
    "carries the sails, the Copley Mill Preservation Trust said on Friday. The trust "
    "had hoped to have the four new sails turning by October. Replacing the stock "
    "will add an estimated £36,000 to the project, taking the total cost to about "
    "£190,000. Trust secretary Alan Greenhalgh said the group would launch a public "
    "appeal to cover the shortfall and was 'confident' of reaching the target. The "
    "grade II* listed mill, built in 1821, last worked commercially in 1938.",
    "The Copley Mill Preservation Trust said on Friday that restoration of the sails "
    "of Copley Fen windmill had been pushed back to next spring, because inspectors "
    "had discovered rot in the main stock — the timber beam on which the sails are "
    "mounted. It had aimed to have the four new sails turning by October. Replacing "
    "the stock is expected to add roughly £36,000, bringing the project's total to around "
    "£190,000. The trust will launch a public appeal to make up the difference, its "
    "secretary, Alan Greenhalgh, said, adding that it was 'confident' of hitting the "
    "target. Built in 1821, the grade II* listed mill last operated commercially in 1938.",
    traps=[
        T("had been pushed back to next spring", "has been delayed until next spring"),
        T("the timber beam on which the sails are mounted",
          "the timber beam that carries the sails"),
        T("is expected to add roughly £36,000", "will add an estimated £36,000"),
        T("to make up the difference", "to cover the shortfall"),
    ])

add("wood turning", "rewrite", "inconsistent",
    "The Ashdown Guild of Woodturners may have to leave its workshop at Pelham Mills "
    "by the end of the year after the site's owner, Corran Estates, applied for "
    "permission to convert the buildings into flats. The guild, which has 140 members "
    "and has used the workshop since 1997, runs lathe courses for about 300 beginners "
    "a year. Its chair, Beatrice Kwan, said members were looking at two alternative "
    "sites in the town but neither had the three-phase electricity supply needed for "
    "the larger lathes. Corran Estates said it had offered the guild a six-month "
    "extension to its lease if planning permission is granted. A decision by Ashdown "
    "Borough Council is expected in November.",
    "The Ashdown Guild of Woodturners will have to vacate its Pelham Mills workshop by "
    "the end of the year, after Corran Estates, which owns the site, applied for "
    "permission to turn the buildings into flats. The guild has 140 members, has been "
    "based in the workshop since 1997 and teaches lathe skills to around 300 beginners "
    "every year. Members are considering two other sites in the town, chair Beatrice "
    "Kwan said, but neither has the three-phase electricity supply that the bigger "
    "lathes require. Corran Estates said it had offered the guild a six-month lease "
    "extension if planning permission is granted. A decision from Ashdown Borough "
    "Council is expected in November. Corran Estates said it had offered the guild a "
    "six-month lease extension if planning permission is granted.",
    errors=[
        E("will have to vacate", "modality", "major", "may have to leave"),
        E("Corran Estates said it had offered the guild a six-month lease extension "
          "if planning permission is granted", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("Corran Estates, which owns the site", "the site's owner, Corran Estates"),
        T("that the bigger lathes require", "needed for the larger lathes"),
    ])

# --------------------------------------------------------------- cases 11-20

add("yarn bombing", "summary", "consistent",
    "Knitted decorations that appeared overnight on lampposts, benches and the war "
    "memorial railings in Thornbury Green will be allowed to stay until the end of "
    "March, Thornbury Parish Council decided at a meeting on Monday. The "
    "installations, made by an anonymous group calling itself the Purl Patrol, "
    "include more than 200 pieces, among them a six-metre scarf wrapped around the "
    "market cross. Some residents had complained that the memorial display was "
    "disrespectful, and the council voted 7-2 to ask the group to remove that section "
    "within a week. Council chair Ivy Thwaite said the rest had 'brought a smile to a "
    "lot of faces' and had drawn visitors to local shops. Anything left after 31 March "
    "will be taken down and donated to an animal shelter.",
    "Thornbury Parish Council decided on Monday that more than 200 knitted pieces "
    "made by an anonymous group, which appeared overnight in Thornbury Green, could "
    "remain until the end of March — except those on the war memorial railings, which, after complaints, "
    "the makers are to be asked to remove within seven days. Whatever remains after "
    "the deadline will go to an animal shelter.",
    traps=[
        T("could remain", "will be allowed to stay"),
        T("the makers", "the Purl Patrol"),
        T("within seven days", "within a week"),
        T("Whatever remains after the deadline", "Anything left after 31 March"),
    ])

add("zither players", "translation", "inconsistent",
    "The Alpine Zither Festival in Kirchgrub am Steinfeld will not take place this "
    "year for the first time since 1986, the organising association announced on "
    "Tuesday. Chairwoman Gertraud Hinterleitner cited the loss of the main sponsor, "
    "Talwerk Regional Bank, and a sharp rise in insurance costs. About 60 zither "
    "players from Austria, Bavaria and South Tyrol had been expected. The association "
    "intends to hold a smaller concert in the parish church in September instead, "
    "with free admission. Hinterleitner ruled out moving the festival to another "
    "municipality. She said she hoped the festival would return in 2026 'in its full "
    "form', but that this depended on finding a new sponsor by the end of the year.",
    "The organising association said on Tuesday that this year, for the first time "
    "since 1986, there will be no Alpine Zither Festival in Kirchgrub am Steinfeld. "
    "Its chair, Gertraud Hinterleitner, gave as reasons the withdrawal of the "
    "principal sponsor, Talwerk Regional Bank, and steeply higher insurance costs. "
    "Around 60 zither players from Austria, Bavaria and South Tyrol had been due to "
    "take part. Instead, the association plans a scaled-down concert in the town hall "
    "in September, which will be free to attend. Hinterleitner did not rule out "
    "relocating the festival to another municipality. She said she hoped it would "
    "come back 'in full' in 2026, but that this would depend on a new sponsor being "
    "found before the year is out.",
    errors=[
        E("the town hall", "entity", "major", "the parish church"),
        E("did not rule out", "polarity", "major", "ruled out"),
    ],
    traps=[
        T("steeply higher insurance costs", "a sharp rise in insurance costs"),
        T("before the year is out", "by the end of the year"),
    ])

add("bat boxes", "rewrite", "consistent",
    "Volunteers from the Hallam Ridge Wildlife Group have put up 150 bat boxes in "
    "Orrin Wood as part of a five-year study into how the animals use managed "
    "woodland, the group said on Wednesday. The boxes, fixed to trees at heights of "
    "between three and five metres, will be checked twice a year by licensed "
    "surveyors, as disturbing roosting bats without a licence is illegal. Project "
    "leader Dr Samira Vance said early results from a pilot last year were "
    "'encouraging', with bats found in 19 of the 40 boxes then in place. The £22,000 "
    "project is funded by the Orrin Valley Landscape Partnership.",
    "A total of 150 bat boxes have been installed in Orrin Wood by Hallam Ridge "
    "Wildlife Group volunteers, the group announced on Wednesday, as part of a "
    "five-year investigation into how bats use managed woodland. Licensed surveyors "
    "will inspect the boxes, which sit between three and five metres up the trees, "
    "every six months, because it is against the law to disturb roosting bats "
    "without a licence. Dr Samira Vance, who leads the project, called early results "
    "from last year's pilot 'encouraging': bats were found in 19 of the 40 boxes then "
    "installed. The Orrin Valley Landscape Partnership is paying for the £22,000 project.",
    traps=[
        T("every six months", "twice a year"),
        T("it is against the law", "is illegal"),
        T("who leads the project", "Project leader"),
        T("is paying for the £22,000 project", "The £22,000 project is funded by"),
    ])

add("bee swarms", "rewrite", "inconsistent",
    "A swarm of an estimated 20,000 honeybees that settled on a bus shelter in Kestle "
    "Road, Polwenna, on Tuesday afternoon was collected by a local beekeeper within "
    "two hours, Polwenna Town Council said. The council had cordoned off the shelter "
    "and diverted pedestrians while beekeeper Tom Rudd, a member of the Polwenna "
    "Beekeepers' Association, coaxed the bees into a cardboard box. No one was "
    "stung. The association said swarming was common in May and June and urged "
    "residents not to spray or disturb swarms but to call its hotline, which has "
    "received 46 calls so far this season. The bees have been rehoused in a hive at a "
    "community orchard.",
    "An estimated 20,000 honeybees swarmed onto a bus shelter in Kestle Road, "
    "Polwenna, on Tuesday afternoon and were collected by a local beekeeper in under "
    "two hours, according to Polwenna Town Council. While the council cordoned off "
    "the shelter and redirected pedestrians, Tom Rudd, of the Polwenna Beekeepers' "
    "Association, coaxed the bees into a cardboard box. Nobody was stung. Swarms are "
    "common in May and June, the association said, asking residents to call its "
    "hotline — which has taken 46 calls this season — rather than spray or disturb "
    "them. The bees have since been released at a community orchard.",
    errors=[
        E("released", "event", "major", "rehoused in a hive"),
    ],
    traps=[
        T("in under two hours", "within two hours"),
        T("rather than spray or disturb them", "not to spray or disturb swarms"),
    ])

add("bluebell woods", "summary", "inconsistent",
    "The Fenby Estate will charge visitors £4 to enter its bluebell woods this "
    "spring, the first time it has introduced a fee, estate manager Oliver Stroud "
    "said on Thursday. The charge will apply from 20 April to 12 May, when the "
    "flowers are usually at their peak, and children under 16 will go free. Stroud "
    "said visitor numbers had tripled in five years, to around 30,000 last season, "
    "and trampling had damaged large areas of the bluebell carpet. Money raised will "
    "pay for marked paths, rope barriers and two seasonal rangers. The Ramblers' "
    "group in Fenby criticised the move, saying the woods had been freely open to "
    "walkers for generations.",
    "The Fenby Estate is to charge a £4 entry fee to its bluebell woods for the first "
    "time, from 20 April to 21 May, with under-16s free. Visitor numbers have tripled "
    "in five years and trampling has damaged the flowers; the money will fund paths, barriers and "
    "two rangers, and the fee will be reviewed after a year. Local ramblers have "
    "criticised the move.",
    errors=[
        E("21 May", "date", "major", "12 May"),
        E("the fee will be reviewed after a year", "addition", "minor", None),
    ],
    traps=[
        T("under-16s free", "children under 16 will go free"),
    ])

add("boat naming", "translation", "consistent",
    "The harbour authority in Strandvik has decided that the new pilot boat will be "
    "named 'Måken II' after a vote among residents in which nearly 2,300 people took "
    "part. The name received 41 per cent of the votes, ahead of 'Fyrvokter' and "
    "'Havørn'. The original 'Måken' served as the town's pilot boat from 1958 to "
    "1991 and is now displayed at the local maritime museum. Harbour master Eirik "
    "Solheim said the authority had wanted a name 'with roots in the town's "
    "history'. The boat, which cost 18 million kroner, will be christened at a "
    "ceremony on 6 June and enter service later that month.",
    "Following a residents' vote in which almost 2,300 people participated, "
    "Strandvik's harbour authority has chosen the name 'Måken II' for its new pilot "
    "boat. Just over two-fifths of votes went to the name, which beat 'Fyrvokter' and "
    "'Havørn'. Its predecessor, the first 'Måken', was the town's pilot boat between "
    "1958 and 1991 and can now be seen at the local maritime museum. According to "
    "harbour master Eirik Solheim, the authority wanted a name 'rooted in the town's "
    "history'. The 18-million-kroner vessel is to be christened on 6 June and will go "
    "into service later in June.",
    traps=[
        T("almost 2,300 people participated", "nearly 2,300 people took part"),
        T("Just over two-fifths of votes", "41 per cent of the votes"),
        T("between 1958 and 1991", "from 1958 to 1991"),
        T("The 18-million-kroner vessel", "The boat, which cost 18 million kroner"),
        T("later in June", "later that month"),
    ])

add("bonsai shows", "rewrite", "consistent",
    "A 120-year-old Japanese black pine owned by retired engineer Harold Ekwueme took "
    "the top award at the Northern Bonsai Exhibition in Drayfield on Saturday, "
    "beating 340 other entries. The judges, led by Kyoto-trained artist Mei "
    "Lindqvist, praised the tree's 'exceptional deadwood and balance'. Mr Ekwueme, "
    "74, said he had tended the pine for 31 years after buying it from a nursery that "
    "was closing down. Organisers said attendance over the two-day show was about "
    "5,600, up from 4,100 last year. Next year's exhibition will move to a larger "
    "venue, the Drayfield Corn Exchange, because of the growth in entries.",
    "Harold Ekwueme, a 74-year-old retired engineer, won the top prize at the "
    "Northern Bonsai Exhibition in Drayfield on Saturday with a 120-year-old Japanese "
    "black pine, seeing off 340 rival entries. A judging panel headed by the "
    "Kyoto-trained artist Mei Lindqvist praised the tree's 'exceptional deadwood and "
    "balance'. Mr Ekwueme said he had looked after the pine for 31 years, having "
    "bought it from a nursery that was shutting down. Around 5,600 people attended "
    "over the show's two days, compared with 4,100 a year earlier, the organisers "
    "said. With entries growing, the exhibition will relocate next year to a bigger "
    "venue, the Drayfield Corn Exchange.",
    traps=[
        T("seeing off 340 rival entries", "beating 340 other entries"),
        T("A judging panel headed by", "The judges, led by"),
        T("compared with 4,100 a year earlier", "up from 4,100 last year"),
        T("relocate next year to a bigger venue", "move to a larger venue"),
    ])

add("church bells", "rewrite", "inconsistent",
    "The bells of St Aldhelm's Church in Wexcombe will ring again on Easter Sunday "
    "after a two-year, £95,000 restoration, the parish announced. The eight bells, "
    "the oldest of which was cast in 1614, were removed in 2022 and sent to a "
    "foundry in Lorbridge for retuning, while the wooden frame was replaced with a "
    "steel one. The parochial church council said the restoration had been paid for "
    "mainly by local donations, with no money from the diocese. Tower captain Ellen "
    "Morrow said the band had recruited nine new ringers during the closure, and "
    "practice would resume on Thursday evenings. The bells had been silent since "
    "cracks were found in the frame.",
    "After a two-year restoration costing £95,000, the bells of St Aldhelm's Church "
    "in Wexcombe will be rung again on Easter Sunday, the parish has announced. The "
    "eight bells — the oldest dating from 1614 — were taken down in 2022 and sent to "
    "a Lorbridge foundry to be retuned, and their wooden frame was swapped for a "
    "steel one. According to the parochial church council, the work was funded "
    "mostly by local donations, along with money from the diocese. Nine new ringers "
    "joined the band while the tower was closed, said tower captain Ellen Morrow, and "
    "practice will restart on Thursday evenings. The bells fell silent when cracks "
    "were discovered in the frame.",
    errors=[
        E("along with money from the diocese", "polarity", "major",
          "with no money from the diocese"),
    ],
    traps=[
        T("the oldest dating from 1614", "the oldest of which was cast in 1614"),
        T("Nine new ringers joined the band while the tower was closed",
          "the band had recruited nine new ringers during the closure"),
    ])

add("cliff railways", "summary", "consistent",
    "The Saltby Cliff Railway, a water-balanced funicular linking the town's "
    "promenade with the clifftop, will reopen on 1 July after being closed for 18 "
    "months while engineers stabilised the cliff face, Saltby Borough Council said. "
    "The 1897 railway carried around 150,000 passengers a year before its closure. "
    "Repairs to the cliff, including 60 rock anchors and new drainage, cost £2.7 "
    "million, funded jointly by the council and a government coastal resilience "
    "grant. Fares will rise from £1.50 to £2 for a single journey, though residents "
    "with a Saltby Card will continue to pay £1. The council said the railway's two "
    "cars had also been refurbished during the closure.",
    "Saltby's Victorian cliff railway reopens on 1 July after an 18-month closure for "
    "£2.7m of cliff stabilisation work. Single fares go up by 50p to £2, but Saltby "
    "Card holders will still pay £1.",
    traps=[
        T("Victorian", "The 1897 railway"),
        T("an 18-month closure", "being closed for 18 months"),
        T("go up by 50p to £2", "rise from £1.50 to £2"),
        T("Saltby Card holders will still pay £1",
          "residents with a Saltby Card will continue to pay £1"),
    ])

add("coin hoards", "translation", "inconsistent",
    "A hoard of 312 silver coins from the 11th century has been found by a metal "
    "detectorist in a field near the village of Vindbølle, the regional museum "
    "announced on Friday. The coins, most of them minted in England and Germany, "
    "were buried in a clay pot that was partly broken by ploughing. Museum curator "
    "Lene Haugaard estimated that the hoard would have been worth about two cows at "
    "the time. The finder, 58-year-old Jens Kragh, reported the discovery "
    "immediately, as required by law, and is entitled to a reward. The coins will be "
    "exhibited at the museum from the autumn after being cleaned and registered.",
    "A metal detectorist has discovered a hoard of 321 eleventh-century silver coins "
    "in a field close to Vindbølle, the regional museum said on Friday. Most of the "
    "coins were struck in England and Germany; they had been buried in a clay pot, "
    "which ploughing had partly smashed. According to curator Lene Haugaard's "
    "estimate, the hoard would have been worth roughly two cows in its day. The "
    "finder, Jens Kragh, 58, reported the discovery immediately, as the law requires. "
    "After cleaning and registration, the coins will go on display at the museum in "
    "the autumn.",
    errors=[
        E("321", "number", "major", "312"),
        OM("as the law requires", "is entitled to a reward", "minor"),
    ],
    traps=[
        T("in its day", "at the time"),
    ])

# --------------------------------------------------------------- cases 21-30

add("deckchair hire", "rewrite", "consistent",
    "Deckchair hire on Pennock Sands beach will cost £5 a day this summer, up from "
    "£3.50, after Pennock Town Council handed the concession to a private operator, "
    "Seaview Leisure Ltd. The firm, which won a three-year contract in a tender in "
    "February, will pay the council an annual fee of £28,000 and has promised to "
    "replace all 600 chairs with new ones by June. Councillor Derek Amadi said the "
    "previous in-house service had lost money in four of the last five years. "
    "Seaview Leisure said pensioners and children would be able to hire chairs for "
    "£3. Hire will be available daily from 9am to 6pm between Easter and the end of "
    "September.",
    "Hiring a deckchair on Pennock Sands will cost £5 a day this summer, compared "
    "with £3.50 previously, now that Pennock Town Council has passed the concession "
    "to a private company, Seaview Leisure Ltd. Under the three-year contract it won "
    "at tender in February, the firm will pay the council £28,000 a year, and it has "
    "pledged that by June all 600 chairs will have been replaced with new ones. The "
    "council's in-house service had made a loss in four of the past five years, "
    "according to Councillor Derek Amadi. Pensioners and children will be charged "
    "£3, Seaview Leisure said. Chairs can be hired every day from 9am to 6pm from "
    "Easter until the end of September.",
    traps=[
        T("£28,000 a year", "an annual fee of £28,000"),
        T("made a loss", "lost money"),
        T("Pensioners and children will be charged £3",
          "pensioners and children would be able to hire chairs for £3"),
        T("every day", "daily"),
    ])

add("dog agility", "rewrite", "inconsistent",
    "The Midland Canine Agility Club could lose its training ground at Farleigh Park "
    "after the landowner, Farleigh Golf Club, said it planned to use the field for a "
    "new driving range. The agility club, which has about 90 members and has trained "
    "at the park since 2011, hosts the regional championships each August, which "
    "last year attracted 420 dogs. Club secretary Nadia Brook said the committee was "
    "in talks with Hatherley Parish Council about a possible alternative site at "
    "Hatherley recreation ground. Farleigh Golf Club said no final decision had been "
    "taken and that it would give the agility club at least twelve months' notice.",
    "The Midland Canine Agility Club could lose its training ground at Farleigh Park "
    "because Farleigh Golf Club, which owns the land, intends to turn the field into "
    "a new driving range. Around 90 members belong to the club, which has trained at "
    "the park since 2011 and stages the regional championships every August — 420 "
    "dogs took part last year. Club secretary Nadia Brook said the committee was in "
    "talks with Farleigh Parish Council about a possible alternative site at "
    "Hatherley recreation ground. The golf club said no final decision had been made "
    "and that it could offer the agility club at least twelve months' notice.",
    errors=[
        E("Farleigh Parish Council", "entity", "major", "Hatherley Parish Council"),
        E("it could offer", "modality", "major", "it would give"),
    ],
    traps=[
        T("Farleigh Golf Club, which owns the land", "the landowner, Farleigh Golf Club"),
        T("420 dogs took part last year", "last year attracted 420 dogs"),
    ])

add("ferret racing", "summary", "inconsistent",
    "The annual ferret racing night at the Plough Inn in Mossley Vale raised £3,850 "
    "for the Mossley Vale Air Ambulance Appeal on Saturday, organisers said. "
    "Forty-eight ferrets raced through 20-foot plastic pipes in heats over four "
    "hours, watched by a crowd of about 250. The final was won by a ferret called "
    "Nutmeg, owned by local farmer Gwen Pardoe, who beat last year's champion, "
    "Biscuit, owned by Arthur Bellamy, by half a length. Event organiser Keith Lunn "
    "said the total was a record for the event, which began in 2008. All the ferrets "
    "were checked by a vet before racing.",
    "Saturday's ferret racing night at the Plough Inn in Mossley Vale raised a record "
    "£3,850 for the air ambulance appeal. In the final, last year's champion Biscuit "
    "beat Gwen Pardoe's Nutmeg by half a length.",
    errors=[
        E("last year's champion Biscuit beat Gwen Pardoe's Nutmeg", "role", "major",
          "Nutmeg, owned by local farmer Gwen Pardoe, who beat last year's champion, Biscuit"),
    ],
    traps=[
        T("a record £3,850", "the total was a record"),
    ])

add("fishing flies", "translation", "consistent",
    "The Asturian fly-tying workshop of Casa Rendueles, founded in 1921, has received "
    "the regional government's Traditional Crafts Award, the culture department "
    "announced on Monday. The family business, now run by brothers Xuan and Iván "
    "Rendueles, the fourth generation, still ties its flies by hand using feathers "
    "from roosters bred in the León mountains. It produces around 40,000 flies a "
    "year, more than half of which are exported, mainly to France and the United "
    "Kingdom. The award carries a prize of 15,000 euros. According to the "
    "department, the jury valued 'the preservation of a technique that is on the "
    "verge of disappearing'.",
    "Casa Rendueles, a fly-tying workshop in Asturias established in 1921, has been "
    "given the regional government's Traditional Crafts Award, the department of "
    "culture said on Monday. The family firm is now in the hands of the fourth "
    "generation, the brothers Xuan and Iván Rendueles, and continues to tie flies by "
    "hand with the feathers of cockerels raised in the mountains of León. Of the "
    "roughly 40,000 flies it makes each year, over half go abroad, chiefly to France "
    "and Britain. The prize is worth €15,000. The department said the jury had "
    "recognised 'the preservation of a technique on the brink of disappearing'.",
    traps=[
        T("established in 1921", "founded in 1921"),
        T("is now in the hands of the fourth generation", "now run by brothers Xuan and Iván Rendueles, the fourth generation"),
        T("over half go abroad", "more than half of which are exported"),
        T("Britain", "the United Kingdom"),
        T("The prize is worth €15,000", "The award carries a prize of 15,000 euros"),
    ])

add("garden gnomes", "rewrite", "consistent",
    "More than 1,200 garden gnomes have been entered into the Great Bexby Gnome "
    "Parade, which opens on Saturday in the grounds of Bexby Manor, organisers said. "
    "The event, now in its sixth year, raises money for the Bexby Hospice and "
    "collected £14,300 last year. Entries this year came from 11 countries, "
    "including a gnome posted from New Zealand by a former resident. Organiser "
    "Maureen Fisk said gnomes would be displayed for three weeks and returned to "
    "their owners by post or collection afterwards. Entry to the grounds costs £3 "
    "for adults; children go free. The manor's trustees agreed to host the parade "
    "after the previous venue, Bexby Library garden, became too small.",
    "The Great Bexby Gnome Parade opens on Saturday in the grounds of Bexby Manor with "
    "over 1,200 gnomes entered, according to the organisers. Now in its sixth year, "
    "the event is a fundraiser for the Bexby Hospice, for which it raised £14,300 "
    "last year. This year's gnomes have come from 11 countries — one was sent by post "
    "from New Zealand by someone who used to live in Bexby. They will be on show for "
    "three weeks, after which they will be posted back or collected by their owners, "
    "said organiser Maureen Fisk. Adults pay £3 to enter the grounds, and children "
    "get in free. The parade moved to the manor, whose trustees agreed to host it, "
    "when its former venue, the garden of Bexby Library, became too small.",
    traps=[
        T("over 1,200 gnomes", "More than 1,200 garden gnomes"),
        T("is a fundraiser for", "raises money for"),
        T("someone who used to live in Bexby", "a former resident"),
        T("Adults pay £3 to enter the grounds", "Entry to the grounds costs £3 for adults"),
        T("children get in free", "children go free"),
    ])

add("ghost walks", "rewrite", "inconsistent",
    "Ghost walks in the old quarter of Harrowgate Vale will be limited to groups of "
    "25 from 1 October, after residents complained about noise late at night, the "
    "city council said on Monday. Tours will also have to finish by 10.30pm, half an "
    "hour earlier than at present. The council's licensing committee approved the "
    "rules after a consultation that received 380 responses. Tour operator Simon "
    "Drabble, whose company Shades of the Vale runs five walks a week, said the "
    "changes were 'workable', though he expected to lose some revenue. Residents' "
    "association chair Hilary Coombs said the group had asked for a 9pm finish.",
    "From 1 October, groups on ghost walks in Harrowgate Vale's old quarter will be "
    "capped at 25 people following residents' complaints about late-night noise, the "
    "city council announced on Monday. Tours will also have to end by 11pm, half an "
    "hour earlier than now. The rules were approved by the council's licensing "
    "committee after a consultation that drew 380 responses. Simon Drabble, whose "
    "firm Shades of the Vale runs five walks a week, described the changes as "
    "'workable', though he expected to lose some revenue. Hilary Coombs, who chairs "
    "the residents' association, said the group had asked for a 9pm finish, half an "
    "hour earlier than now.",
    errors=[
        E("11pm", "date", "major", "10.30pm"),
        E("half an hour earlier than now", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("capped at 25 people", "limited to groups of 25"),
        T("drew 380 responses", "received 380 responses"),
    ])

add("gingerbread houses", "summary", "consistent",
    "A gingerbread replica of Castell Moreton, built by pastry students at Glanmor "
    "College, has been named overall winner of the National Gingerbread Architecture "
    "Contest, beating 64 entries from colleges and professional bakeries. The model, "
    "which stands 1.4 metres tall and took the team of nine students about 300 hours "
    "to make, used 38 kilograms of gingerbread and 12 kilograms of royal icing. "
    "Judges praised its 'astonishing structural ambition'. Course leader Rhodri "
    "Vaughan said the students had rebuilt one of the towers twice after it "
    "collapsed. The model will be displayed at Castell Moreton until 6 January and "
    "then broken up and fed to the castle's resident pigs.",
    "Nine Glanmor College pastry students have won the National Gingerbread "
    "Architecture Contest, ahead of 64 other entries, with a 1.4m-high model of "
    "Castell Moreton that took some 300 hours and 50kg of gingerbread and icing to "
    "make. It will be on show at the castle until 6 January before being fed to the "
    "castle's pigs.",
    traps=[
        T("1.4m-high", "stands 1.4 metres tall"),
        T("some 300 hours", "about 300 hours"),
        T("50kg of gingerbread and icing",
          "38 kilograms of gingerbread and 12 kilograms of royal icing"),
        T("on show at the castle", "displayed at Castell Moreton"),
    ])

add("go-karts", "translation", "inconsistent",
    "The municipality of San Vitale Ligure has suspended the permit for the go-kart "
    "track on the Via dei Mulini for 30 days after measurements showed noise levels "
    "above the legal limit, mayor Carla Benvenuti announced on Wednesday. The track, "
    "which opened in 2019, may reopen only if the owner installs sound barriers along "
    "the northern side, facing the houses. Owner Massimo Trevisan said he would "
    "appeal to the regional administrative court, arguing that the measurements had "
    "been taken on a day with an unusually high number of karts on the circuit. "
    "Around 40 residents had signed a petition against the track last spring.",
    "On Wednesday the mayor of San Vitale Ligure, Carla Benvenuti, announced that the "
    "town had suspended the licence of the go-kart circuit in Via dei Mulini for 30 "
    "days, after readings found noise above the legal limit. The circuit, opened in "
    "2019, will reopen once the owner has put up noise barriers on its northern side, "
    "facing the homes. Its owner, Massimo Trevisan, said he would challenge the "
    "decision before the regional administrative court, claiming that the readings "
    "were taken on a day when an unusually large number of karts were on the track. "
    "Some 40 residents had signed a petition against the circuit last spring.",
    errors=[
        E("will reopen once", "modality", "major", "may reopen only if"),
    ],
    traps=[
        T("challenge the decision before", "appeal to"),
        T("Some 40 residents", "Around 40 residents"),
    ])

add("grass tracks", "rewrite", "consistent",
    "The Eastmere Grass Track Championship, one of the oldest motorcycle grass-track "
    "meetings in the country, will be held on 17 August at Coldharbour Farm near "
    "Eastmere after organisers secured a new venue. The event had been in doubt since "
    "March, when its previous host, Lyle's Meadow, was sold for housing. Organiser "
    "Brian Tolland of the Eastmere Motor Club said around 120 riders were expected "
    "across solo, sidecar and youth classes. A noise management plan agreed with "
    "Eastmere District Council limits racing to between 11am and 5pm. Admission will "
    "be £15 for adults and £5 for under-14s, with car parking included.",
    "Organisers of the Eastmere Grass Track Championship — among the country's oldest "
    "motorcycle grass-track meetings — have found a new venue, and the event will "
    "take place at Coldharbour Farm, near Eastmere, on 17 August. Its future had been "
    "uncertain since March, when Lyle's Meadow, where it used to be held, was sold "
    "for housing. Some 120 riders are expected to compete in the solo, sidecar and "
    "youth classes, said organiser Brian Tolland of the Eastmere Motor Club. Under a "
    "noise management plan agreed with Eastmere District Council, racing may only "
    "take place between 11am and 5pm. Adults will pay £15 to get in and under-14s "
    "£5; car parking is included in the price.",
    traps=[
        T("among the country's oldest", "one of the oldest"),
        T("Its future had been uncertain", "The event had been in doubt"),
        T("where it used to be held", "its previous host"),
        T("racing may only take place between 11am and 5pm",
          "limits racing to between 11am and 5pm"),
        T("car parking is included in the price", "with car parking included"),
    ])

add("hay rides", "rewrite", "inconsistent",
    "Tractor-drawn hay rides at Whitlow Farm Park have been suspended after a trailer "
    "overturned on Sunday, leaving four visitors with minor injuries, the park's "
    "owners said. The trailer, carrying 14 people, tipped onto its side on a slope "
    "near the pumpkin field. All four injured were treated at the scene by "
    "paramedics and none needed hospital treatment. The Health and Safety Executive "
    "has been informed. Park director Rachel Gunn said rides would not resume until "
    "an independent inspection of all three trailers had been completed. A visitor, "
    "Martin Oakes, told the Whitlow Gazette the tractor appeared to be travelling "
    "'far too fast' for the slope.",
    "Whitlow Farm Park has halted its tractor-drawn hay rides after a trailer "
    "overturned on Sunday, leaving four visitors with minor injuries, its owners "
    "said. The trailer, which had 14 people on board, tipped over on a slope close "
    "to the pumpkin field. Paramedics treated all four injured at the scene and none "
    "required hospital treatment. The Health and Safety Executive has launched an "
    "investigation. According to park director Rachel Gunn, rides will not restart "
    "until all three trailers have been independently inspected. She said the "
    "tractor appeared to have been travelling 'far too fast' for the slope.",
    errors=[
        E("has launched an investigation", "event", "major", "has been informed"),
        E("She said", "attribution", "critical",
          "A visitor, Martin Oakes, told the Whitlow Gazette"),
    ],
    traps=[
        T("which had 14 people on board", "carrying 14 people"),
    ])

# --------------------------------------------------------------- cases 31-40

add("kayak polo", "summary", "inconsistent",
    "Rivermouth Kayak Polo Club's women's team won the national league title on "
    "Sunday, beating Tarnside 4-2 in the final at the Calder Water sports centre. It "
    "is the club's first national title since it was founded in 1999. Captain Jess "
    "Obi scored twice, and goalkeeper Amira Haddad made eleven saves. The team, which "
    "trains three evenings a week on the Rivermouth docks, will now represent the "
    "country at the European Club Championships in the Netherlands in September. "
    "Club chair Paul Ferris said the squad needed to raise £9,000 for travel and "
    "equipment and had launched a crowdfunding page.",
    "Rivermouth Kayak Polo Club's women's team has won the club's first national "
    "title, beating Tarnside 4-2 in Sunday's final, with captain Jess Obi scoring "
    "three times. The team will play at the European Club Championships in the "
    "Netherlands in September and is crowdfunding to raise £9,000 for travel and "
    "equipment.",
    errors=[
        E("three times", "number", "minor", "twice"),
    ])

add("lawn mower racing", "translation", "consistent",
    "More than 3,000 spectators watched the fourth German Lawn Mower Racing Cup in "
    "Oberhollern on Saturday. Thirty-two drivers competed on converted ride-on "
    "mowers, which may reach a maximum speed of 50 kilometres per hour under the "
    "rules. The winner was 23-year-old agricultural mechanic Lukas Brenninger from "
    "the neighbouring village of Kleinaich, who completed the twelve laps in just "
    "under nine minutes. According to the organisers, the volunteer fire brigade of "
    "Oberhollern, the proceeds of around 18,000 euros will go towards a new rescue "
    "boat. One driver was slightly injured in a fall and was able to continue after "
    "treatment.",
    "Over 3,000 people turned out in Oberhollern on Saturday to watch the fourth "
    "German Lawn Mower Racing Cup. The 32 competitors drove modified ride-on mowers, "
    "which the regulations allow to go no faster than 50 km/h. Victory went to Lukas "
    "Brenninger, a 23-year-old farm machinery mechanic from the nearby village of "
    "Kleinaich, who finished the twelve laps in a little under nine minutes. The "
    "event's organisers, Oberhollern's volunteer fire brigade, said takings of "
    "roughly 18,000 euros would be put towards a new rescue boat. A driver who fell "
    "suffered minor injuries but was treated and carried on racing.",
    traps=[
        T("Over 3,000 people turned out", "More than 3,000 spectators watched"),
        T("go no faster than 50 km/h",
          "may reach a maximum speed of 50 kilometres per hour"),
        T("in a little under nine minutes", "in just under nine minutes"),
        T("roughly 18,000 euros", "around 18,000 euros"),
        T("suffered minor injuries", "was slightly injured"),
    ])

add("log flumes", "rewrite", "consistent",
    "Thornwick Adventure Park will close its Timber Falls log flume at the end of the "
    "season after 34 years, the park's operator, Brightwater Attractions, confirmed "
    "on Thursday. The ride, which opened in 1990 and has carried an estimated 19 "
    "million passengers, needs repairs costing about £1.8 million to its concrete "
    "channel. Brightwater said it would instead invest £6 million in a new water "
    "coaster due to open in 2026 on the same site. General manager Sophie Lam said "
    "the decision had been 'incredibly difficult'. Fans will be able to ride the "
    "flume for the last time during a farewell weekend on 26 and 27 October.",
    "Brightwater Attractions, which operates Thornwick Adventure Park, confirmed on "
    "Thursday that the park's Timber Falls log flume will shut when the season ends, "
    "34 years after it opened in 1990. An estimated 19 million passengers have ridden "
    "it, but its concrete channel needs roughly £1.8m of repairs. The company will "
    "instead put £6m into a new water coaster on the same site, which is due to open "
    "in 2026. Sophie Lam, the general manager, described the decision as "
    "'incredibly difficult'. A farewell weekend on 26-27 October will give fans a "
    "final chance to ride the flume.",
    traps=[
        T("will shut when the season ends", "will close its Timber Falls log flume at the end of the season"),
        T("roughly £1.8m of repairs", "repairs costing about £1.8 million"),
        T("put £6m into", "invest £6 million in"),
        T("26-27 October", "26 and 27 October"),
        T("a final chance to ride the flume", "ride the flume for the last time"),
    ])

add("moth traps", "rewrite", "inconsistent",
    "A volunteer moth survey at Redgate Common has recorded 412 species over the past "
    "year, including the rare Dusky Heath Carpet, which had not been seen in the "
    "county since 1967, the Redgate Conservation Volunteers said on Tuesday. The "
    "group ran light traps on 86 nights between March and November. All moths were "
    "released unharmed the following morning after being identified and counted. "
    "Survey coordinator Dr Felix Amberley said the results showed the common's "
    "heathland restoration was working. The data will be passed to the county "
    "biological records centre.",
    "The Redgate Conservation Volunteers said on Tuesday that their moth survey on "
    "Redgate Common had recorded 412 species in the past twelve months, among them "
    "the rare Dusky Heath Carpet, last seen in the county in 1967. Light traps were "
    "set on 86 nights from March to November, and every moth was released unharmed "
    "the next morning once it had been identified and counted. According to survey "
    "coordinator Dr Felix Amberley, the findings show that restoring the common's "
    "heathland is working, and the survey will be repeated every year. The data will "
    "be passed to the county biological records centre.",
    errors=[
        E("the survey will be repeated every year", "addition", "minor", None),
    ],
    traps=[
        T("in the past twelve months", "over the past year"),
        T("last seen in the county in 1967",
          "which had not been seen in the county since 1967"),
    ])

add("paddle steamers", "summary", "consistent",
    "The paddle steamer Countess of Arran, built in 1926, returned to service on Loch "
    "Fennan on Saturday after a £3.4 million overhaul that included a new boiler and "
    "the restoration of her original saloon. The Fennan Steamship Trust, which owns "
    "the vessel, said the work had taken 22 months and was funded by a heritage "
    "lottery grant of £2.1 million together with public donations. The steamer will "
    "run daily cruises from Port Ellery until 15 October, carrying up to 240 "
    "passengers. Trust chairman Alasdair Munro said advance bookings were 'well "
    "ahead' of 2019, the last full season before the overhaul. Tickets cost £24 for "
    "adults and £12 for children.",
    "After a 22-month, £3.4m refit funded by a £2.1m lottery grant and donations, the "
    "1926 paddle steamer Countess of Arran is back in service on Loch Fennan, offering "
    "daily cruises from Port Ellery until mid-October.",
    traps=[
        T("22-month", "had taken 22 months"),
        T("£3.4m refit", "£3.4 million overhaul"),
        T("a £2.1m lottery grant", "a heritage lottery grant of £2.1 million"),
        T("until mid-October", "until 15 October"),
    ])

add("pillow fights", "translation", "inconsistent",
    "Around 1,500 people took part in a giant pillow fight in the main square of Vila "
    "Serrana on Saturday, breaking the town's previous record of 900 set in 2019. The "
    "event was organised by the student association of the local polytechnic "
    "institute in partnership with the Vila Serrana Food Bank, and each participant "
    "paid an entry fee of five euros or donated two kilos of food. The organisers "
    "collected more than three tonnes of food, which will be distributed to about "
    "200 families. The mayor, Rui Antunes Falcão, joined the fight for a few minutes. "
    "Municipal cleaning crews removed the feathers within two hours of the end of the "
    "event.",
    "Some 1,500 people joined a huge pillow fight in Vila Serrana's main square on "
    "Saturday, beating the town record of 900 participants from 2019. The Vila "
    "Serrana Food Bank organised the event in partnership with the student "
    "association of the local polytechnic, and to take part each participant paid "
    "five euros or brought two kilos of food. More than three tonnes of food were "
    "collected, which will be handed out to around 200 families. Mayor Rui Antunes "
    "Falcão watched the fight for a few minutes. The town's cleaning teams had "
    "cleared away the feathers within two hours of the event finishing.",
    errors=[
        E("The Vila Serrana Food Bank organised the event in partnership with the "
          "student association of the local polytechnic", "role", "major",
          "organised by the student association of the local polytechnic institute "
          "in partnership with the Vila Serrana Food Bank"),
        E("watched", "event", "minor", "joined"),
    ],
    traps=[
        T("beating the town record", "breaking the town's previous record"),
    ])

add("pond dipping", "rewrite", "consistent",
    "Schools in the Marlow Heath area will be able to book free pond-dipping sessions "
    "at the restored Cotter's Pond from next month, the Marlow Heath Countryside "
    "Service said. The pond, which had almost completely silted up, was dredged and "
    "relined last winter at a cost of £48,000, paid for by a developer as part of a "
    "planning agreement. Ranger Tomasz Wilk said that newts, dragonfly larvae and "
    "water boatmen had already recolonised it. Sessions will run on weekday mornings "
    "from May to July and are open to pupils aged five to eleven, with a maximum of "
    "30 children per session. A new accessible dipping platform means wheelchair "
    "users can take part.",
    "From next month, schools around Marlow Heath can book pond-dipping sessions, "
    "free of charge, at the restored Cotter's Pond, according to the Marlow Heath "
    "Countryside Service. Last winter the pond, which had been almost entirely "
    "choked with silt, was dredged and given a new lining; the £48,000 bill was met "
    "by a developer under a planning agreement. Newts, dragonfly larvae and water "
    "boatmen have already moved back in, ranger Tomasz Wilk said. Sessions for pupils "
    "aged five to eleven will take place on weekday mornings between May and July, "
    "with no more than 30 children per session. Thanks to a new accessible dipping "
    "platform, wheelchair users will be able to join in.",
    traps=[
        T("almost entirely choked with silt", "almost completely silted up"),
        T("the £48,000 bill was met by a developer",
          "at a cost of £48,000, paid for by a developer"),
        T("have already moved back in", "had already recolonised it"),
        T("no more than 30 children per session", "a maximum of 30 children per session"),
    ])

add("roller discos", "rewrite", "inconsistent",
    "A monthly roller disco at Granby Leisure Centre will continue into next year "
    "after a council review found it was covering its costs, Granby Borough Council "
    "said. The sessions, launched in January as a six-month trial, have attracted an "
    "average of 260 skaters a night, well above the 150 needed to break even. "
    "Councillor Amina Shah said the events had been particularly popular with "
    "families and with adults in their forties and fifties who skated in their "
    "youth. Skate hire will remain at £4, but entry will rise from £6 to £7 in April. "
    "The council said it had not received any noise complaints from neighbours.",
    "Granby Borough Council says its monthly roller disco at Granby Leisure Centre "
    "will carry on into next year, after a review showed the event was paying for "
    "itself. Launched in January as a six-month trial, the sessions have drawn 260 "
    "skaters a night on average — comfortably more than the 150 required to break "
    "even. They have proved especially popular with families and with people in "
    "their forties and fifties who skated when they were young, according to "
    "Councillor Amina Shah. Skate hire stays at £4, while the entry price goes up "
    "from £6 to £7 in April. The council said it had received noise complaints from "
    "neighbours.",
    errors=[
        E("it had received noise complaints from neighbours", "polarity", "major",
          "it had not received any noise complaints from neighbours"),
    ],
    traps=[
        T("was paying for itself", "was covering its costs"),
        T("comfortably more than the 150 required to break even",
          "well above the 150 needed to break even"),
    ])

add("scything", "summary", "inconsistent",
    "The West Cumbrell Scything Championships, held on Sunday at Hobb's Meadow near "
    "Ravensby, drew 85 competitors from across the UK and five from Slovenia, where "
    "scything remains a common farming skill. The open title was won for the third "
    "consecutive year by Slovenian mower Marko Zupan, who cleared a 10-metre-square "
    "plot in 1 minute 12 seconds. The fastest British competitor, Tessa Marlowe from "
    "Ravensby, finished second. Organiser Glyn Pryce said interest in traditional "
    "scything had grown as more landowners managed meadows for wildlife, since "
    "scythes are gentler on insects and ground-nesting birds than mowers. Proceeds "
    "will go to the Cumbrell Meadows Trust.",
    "Slovenian Marko Zupan won the open title at the West Cumbrell Scything "
    "Championships for a third year running on Sunday, clearing a 10-metre-square "
    "plot in 1 minute 12 seconds, with Ravensby's Tessa Marlowe second. The "
    "organiser said interest in scything had grown as more landowners manage meadows for "
    "wildlife; proceeds will go to the Ravensby Meadows Trust.",
    errors=[
        E("Ravensby Meadows Trust", "entity", "major", "Cumbrell Meadows Trust"),
    ],
    traps=[
        T("for a third year running", "for the third consecutive year"),
    ])

add("shin kicking", "translation", "consistent",
    "For the first time, a shin-kicking competition was held on Saturday at the "
    "summer fair in Ter Hoeve, a tradition borrowed from England. Sixteen men and "
    "four women took part. Competitors hold each other by the shoulders and try to "
    "kick the opponent off balance; straw stuffed into the trouser legs is the only "
    "protection permitted. The winner was 31-year-old roofer Bram Dekkers, who "
    "defeated his brother Sem in the final. A first-aid post was present, but "
    "according to the organisers no one needed treatment. The fair committee is "
    "considering holding the competition again next year, chairman Wout van Leeuwen "
    "said.",
    "Ter Hoeve's summer fair on Saturday staged its first ever shin-kicking contest, "
    "a custom imported from England. There were 20 competitors — 16 men and 4 women. "
    "Holding one another by the shoulders, contestants attempt to kick their rival "
    "off balance, and the only protection allowed is straw packed into the trouser "
    "legs. Bram Dekkers, a 31-year-old roofer, took the title by beating his brother "
    "Sem in the final. First aiders were on hand, but the organisers said nobody "
    "required treatment. According to chairman Wout van Leeuwen, the fair committee "
    "is thinking about repeating the competition next year.",
    traps=[
        T("a custom imported from England", "a tradition borrowed from England"),
        T("There were 20 competitors", "Sixteen men and four women took part"),
        T("took the title by beating his brother Sem", "defeated his brother Sem"),
        T("nobody required treatment", "no one needed treatment"),
        T("is thinking about repeating the competition",
          "is considering holding the competition again"),
    ])

# ------------------------------------------------------- build and validation


class SetError(Exception):
    pass


def nth_find(haystack, needle, occ):
    """Start index of the occ-th (0-based) occurrence of needle, else -1."""
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def at_boundary(text, pos):
    """True when pos does not fall inside a word."""
    if pos <= 0 or pos >= len(text):
        return True
    return not (text[pos - 1].isalnum() and text[pos].isalnum())


def words(text):
    return len(text.split())


def build_record(i, case):
    cid = "s%d-%03d" % (SET, i + 1)
    cand = case["candidate"]
    ref = case["reference"]

    def fail(msg):
        raise SetError("%s (%s): %s" % (cid, case["domain"], msg))

    errors = []
    for e in case["errors"]:
        if e["type"] not in ERROR_TYPES:
            fail("unknown error type %r" % e["type"])
        if e["severity"] not in ("minor", "major", "critical"):
            fail("bad severity %r" % e["severity"])
        if e["kind"] == "omission":
            a = nth_find(cand, e["after"], e["occ"])
            if a < 0:
                fail("omission anchor not found: %r" % e["after"])
            start = end = a + len(e["after"])
            text = ""
        else:
            start = nth_find(cand, e["text"], e["occ"])
            if start < 0:
                fail("error text not found: %r (occ %d)" % (e["text"], e["occ"]))
            end = start + len(e["text"])
            text = e["text"]
        errors.append({"start": start, "end": end, "text": text,
                       "type": e["type"], "severity": e["severity"],
                       "ref_text": e["ref_text"]})
    traps = []
    for t in case["traps"]:
        start = nth_find(cand, t["text"], t["occ"])
        if start < 0:
            fail("trap text not found: %r (occ %d)" % (t["text"], t["occ"]))
        traps.append({"start": start, "end": start + len(t["text"]),
                      "text": t["text"], "ref_text": t["ref_text"]})
    return {"id": cid, "domain": case["domain"], "mode": case["mode"],
            "reference": ref, "candidate": cand, "label": case["label"],
            "errors": errors, "traps": traps}


def check_record(r):
    cid = r["id"]
    cand, ref = r["candidate"], r["reference"]

    def fail(msg):
        raise SetError("%s (%s): %s" % (cid, r["domain"], msg))

    if r["mode"] not in ("rewrite", "summary", "translation"):
        fail("bad mode")
    if r["label"] not in ("consistent", "inconsistent"):
        fail("bad label")
    n = words(ref)
    if not 70 <= n <= 190:
        fail("reference has %d words" % n)
    if r["mode"] == "summary":
        if not (words(cand) < n and len(cand) < len(ref)):
            fail("summary not shorter than reference")
    if cand == ref:
        fail("candidate identical to reference")
    for s in (cand, ref):
        if '"' in s or "  " in s or s != s.strip():
            fail("stray double quote or whitespace")

    if r["label"] == "consistent":
        if r["errors"]:
            fail("consistent pair with errors")
        if not 3 <= len(r["traps"]) <= 5:
            fail("consistent pair needs 3-5 traps, has %d" % len(r["traps"]))
    else:
        if not 1 <= len(r["errors"]) <= 2:
            fail("inconsistent pair needs 1-2 errors here")
        if len(r["traps"]) > 3:
            fail("inconsistent pair has more than 3 traps")

    spans = []
    for e in r["errors"]:
        s, t = e["start"], e["end"]
        if cand[s:t] != e["text"]:
            fail("offsets do not match text %r" % e["text"])
        if e["type"] == "omission":
            if r["mode"] == "summary":
                fail("omission in a summary")
            if s != t or e["text"] != "":
                fail("omission must be empty")
            if not at_boundary(cand, s):
                fail("omission point inside a word")
            if not e["ref_text"] or e["ref_text"] not in ref:
                fail("omission ref_text not in reference")
            if e["ref_text"].lower() in cand.lower():
                fail("omitted words present in candidate")
        else:
            if s >= t:
                fail("empty span for %s" % e["type"])
            if e["text"] != e["text"].strip():
                fail("span has outer whitespace: %r" % e["text"])
            if not (at_boundary(cand, s) and at_boundary(cand, t)):
                fail("span cuts a word: %r" % e["text"])
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    fail("%s must have null ref_text" % e["type"])
                if e["type"] == "repetition":
                    first = cand.find(e["text"])
                    if first < 0 or first + len(e["text"]) > s:
                        fail("repetition has no earlier copy")
                if e["type"] == "addition" and e["text"] in ref:
                    fail("added text present in reference")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    fail("ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] == e["text"]:
                    fail("error span identical to ref_text")
        spans.append((s, t, "error:" + e["type"]))
    for tr in r["traps"]:
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"] or s >= t:
            fail("trap offsets wrong: %r" % tr["text"])
        if not (at_boundary(cand, s) and at_boundary(cand, t)):
            fail("trap cuts a word: %r" % tr["text"])
        if tr["ref_text"] not in ref:
            fail("trap ref_text not in reference: %r" % tr["ref_text"])
        if tr["ref_text"] == tr["text"]:
            fail("trap identical to reference wording")
        spans.append((s, t, "trap"))
    spans.sort()
    for (s1, t1, k1), (s2, t2, k2) in zip(spans, spans[1:]):
        if s2 < t1 or (s1 == s2 and t1 == t2):
            fail("overlapping spans %s [%d,%d) and %s [%d,%d)"
                 % (k1, s1, t1, k2, s2, t2))
    for s, t, k in spans:
        if s == t:
            for s2, t2, k2 in spans:
                if s2 < s < t2:
                    fail("omission point inside another span")


def validate(records):
    if len(records) != 40:
        raise SetError("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != 40:
        raise SetError("domains do not match the list one-to-one")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise SetError("duplicate ids")
    for r in records:
        check_record(r)
    by = {}
    for r in records:
        by[(r["mode"], r["label"])] = by.get((r["mode"], r["label"]), 0) + 1
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if by != want:
        raise SetError("mode/label composition %r" % by)
    types = {}
    for r in records:
        for e in r["errors"]:
            types[e["type"]] = types.get(e["type"], 0) + 1
    if types != EXPECTED_TYPE_COUNTS:
        raise SetError("error types %r" % types)
    if sum(types.values()) != 30 or min(types.values()) < 2:
        raise SetError("error total or minimum per type wrong")


def summary_lines(records):
    out = []
    modes = {}
    for r in records:
        modes.setdefault(r["mode"], {}).setdefault(r["label"], 0)
        modes[r["mode"]][r["label"]] += 1
    for m in ("rewrite", "summary", "translation"):
        out.append("%-12s %s" % (m, modes[m]))
    labels = {}
    for r in records:
        labels[r["label"]] = labels.get(r["label"], 0) + 1
    out.append("labels       %s" % labels)
    types = {}
    sev = {}
    for r in records:
        for e in r["errors"]:
            types[e["type"]] = types.get(e["type"], 0) + 1
            sev[e["severity"]] = sev.get(e["severity"], 0) + 1
    out.append("errors       %d %s" % (sum(types.values()),
                                       {t: types.get(t, 0) for t in ERROR_TYPES}))
    out.append("severities   %s" % sev)
    out.append("traps        %d" % sum(len(r["traps"]) for r in records))
    wc = [words(r["reference"]) for r in records]
    out.append("ref words    min %d max %d" % (min(wc), max(wc)))
    return out


def main(argv):
    records = [build_record(i, c) for i, c in enumerate(CASES)]
    validate(records)
    for line in summary_lines(records):
        print(line)
    if "--check" in argv:
        print("check passed; nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except SetError as exc:
        print("VALIDATION FAILED: %s" % exc, file=sys.stderr)
        sys.exit(1)
