#!/usr/bin/env python3
"""Held-out evaluation set 28 for a fact-comparison tool.

How it was made: every pair was hand-written, as Python data in this file, by a
helper that saw no code or data of the project, working only from a written
brief. All people, companies, organisations, places and figures are invented
(real countries appear, if at all, only as background). No offsets are typed
by hand: the script finds every span by string search (with an occurrence
index where a quoted text repeats), validates the whole set and writes
set28.jsonl next to this script.

Composition (40 pairs, one domain each):
  * modes: 20 rewrite, 10 summary, 10 translation; half of each mode is
    consistent, half inconsistent (20 consistent, 20 inconsistent overall).
  * 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
    two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2, addition 2, repetition 2.
    Omissions occur only in rewrite and translation pairs.
  * every consistent pair carries 3-5 traps (faithful rewordings a naive
    checker might flag); inconsistent pairs carry 0-3.
  * references are 70-190 words in news, agency, corporate or official
    register; translation pairs are two independent English renderings of the
    same (imagined) non-English story.

Usage:
  python3 make_set28.py            validate and write set28.jsonl
  python3 make_set28.py --check    validate only, write nothing
"""

import json
import os
import re
import sys

SET_NO = 28

DOMAINS = [
    "meal kits", "wild swimming", "river restoration", "cycle races",
    "rag trade", "canoe trails", "church restoration", "e-waste",
    "gaelic football", "organic farming", "pilgrim routes", "darts leagues",
    "football pools", "ultra-marathons", "hedgerow grants",
    "coastguard stations", "organ restoration", "online marketplaces",
    "vultures", "fell running", "vertical farms", "open-air theatres",
    "storks", "vegan food", "shinty", "horse betting", "glass recycling",
    "cathedral repairs", "piers", "fashion retail", "harbour dredging",
    "sea defences", "pop-up shops", "triathlon clubs", "table football",
    "community shops", "rewilding", "peatland restoration",
    "insect protein", "lighthouse keepers",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def E(text, etype, severity, ref, occ=None):
    """An error span: `text` (its occ-th occurrence) in the candidate."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref, "occ": occ}


def O(ref, severity, after=None, before=None, occ=None):
    """An omission: zero-width point right after `after` (or right before
    `before`) in the candidate; `ref` holds the missing reference words."""
    return {"kind": "point", "type": "omission", "severity": severity,
            "ref_text": ref, "after": after, "before": before, "occ": occ}


def T(text, ref, occ=None):
    """A trap: faithful rewording `text` in the candidate of reference `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def add(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})


# ---------------------------------------------------------------- pairs 1-4

add("meal kits", "rewrite",
    "Harvest Crate, the Ashworth-based meal kit company, said on Thursday that it "
    "would close its distribution centre in Crowdale by the end of March, "
    "putting 140 jobs at risk. The firm, which delivers about 38,000 boxes a "
    "week, will move packing operations to its larger site in Hesketh Bridge. Chief "
    "executive Marion Tilsley said the decision followed a 22 per cent fall in "
    "orders since last spring, as households cut back on discretionary "
    "spending. Staff at Crowdale will be offered roles in Hesketh Bridge where "
    "possible, the company said, and talks with union representatives are "
    "expected to begin next week. Harvest Crate raised £45 million from "
    "investors in 2021 but has not yet reported an annual profit.",
    "Ashworth meal kit firm Harvest Crate announced on Thursday that it will shut "
    "its Crowdale distribution centre by the end of March, a move that puts "
    "140 jobs in jeopardy. Packing will be transferred to the company's bigger "
    "site in Hesketh Bridge; the business sends out roughly 38,000 boxes each week. "
    "Chief executive Marion Tilsley said the move came after orders fell by 22% "
    "since last spring, with households reining in discretionary spending. "
    "Crowdale staff will be offered jobs in Hesketh Bridge where possible, "
    "according to the company, and talks with union representatives are likely "
    "to start next week. Harvest Crate, which raised £45m from investors in "
    "2021, has yet to post an annual profit.",
    traps=[
        T("puts 140 jobs in jeopardy", "putting 140 jobs at risk"),
        T("roughly 38,000 boxes each week", "about 38,000 boxes a week"),
        T("are likely to start next week", "are expected to begin next week"),
        T("£45m", "£45 million"),
        T("has yet to post an annual profit",
          "has not yet reported an annual profit"),
    ])

add("wild swimming", "rewrite",
    "Water quality at Crannock Lake, one of the most popular wild swimming "
    "spots in the region, failed to meet bathing standards on four of the nine "
    "days it was tested in August, the Environment Directorate said on Monday. "
    "Samples showed elevated levels of E. coli after heavy rainfall, which "
    "officials linked to overflows from a sewage treatment works upstream at "
    "Pellham. The directorate said swimmers should avoid the lake for 48 hours "
    "after heavy rain but stopped short of issuing a formal ban. Pellham Water, "
    "which operates the works, said it was investigating and could invest up "
    "to £3 million in storm storage at the site. Local swimming group the "
    "Crannock Dippers said about 200 people use the lake on summer weekends.",
    "The Environment Directorate said on Monday that Crannock Lake, among the "
    "region's best-loved wild swimming sites, fell short of bathing standards "
    "on four of the nine days on which it was tested in August. Samples taken "
    "after heavy rainfall showed raised E. coli levels, which officials linked "
    "to overflows from a sewage treatment works upstream at Pellham. Swimmers "
    "should stay out of the lake for 24 hours after heavy rain, the directorate "
    "advised, although it did not go as far as a formal ban. Pellham Water, "
    "which runs the works, said it was looking into the matter and will invest "
    "up to £3m in storm storage at the site. According to the Crannock "
    "Dippers, a local swimming group, around 200 people use the lake on summer "
    "weekends.",
    errors=[
        E("24 hours", "number", "major", "48 hours"),
        E("will invest up to £3m", "modality", "major",
          "could invest up to £3 million"),
    ],
    traps=[
        T("did not go as far as a formal ban",
          "stopped short of issuing a formal ban"),
        T("around 200 people", "about 200 people"),
    ])

add("river restoration", "summary",
    "The Tarrow Rivers Trust has completed the removal of three disused weirs "
    "on the River Kell, reopening 14 kilometres of spawning habitat to salmon "
    "and sea trout for the first time in more than a century, the trust "
    "announced on Wednesday. The £1.8 million project, funded mainly by the "
    "National Heritage Lottery and the water company Kellside Utilities, took "
    "two years and also involved replanting 6,000 native trees along the "
    "banks. Project manager Aled Grieve said early monitoring had already "
    "recorded juvenile salmon upstream of the former Millbrook weir. The trust "
    "plans to survey fish populations annually for at least five years. Some "
    "anglers had opposed the scheme, arguing that the weirs' pools held good "
    "stocks of brown trout, but the trust said a public consultation in 2021 "
    "showed broad support.",
    "Salmon and sea trout can reach 14km of the River Kell's spawning grounds "
    "for the first time in over 100 years after the Tarrow Rivers Trust took "
    "out three disused weirs. The two-year, £1.8m scheme, mostly paid for by "
    "the National Heritage Lottery and Kellside Utilities, also saw 6,000 "
    "native trees planted along the banks. Young salmon have already been "
    "recorded above the former Millbrook weir, and fish numbers will be "
    "surveyed every year for five years or more. The trust said a 2021 "
    "consultation showed broad support despite objections from some anglers.",
    traps=[
        T("in over 100 years", "in more than a century"),
        T("mostly paid for by", "funded mainly by"),
        T("Young salmon", "juvenile salmon"),
        T("for five years or more", "for at least five years"),
    ])

add("cycle races", "translation",
    "The organisers of the Tour du Vercanne announced on Tuesday that the "
    "fourth stage of the race, scheduled for 14 June, will no longer finish in "
    "the town of Saint-Amblard because of roadworks on the final climb. The "
    "stage will instead end in Lussac-les-Bois, 11 kilometres further east, "
    "lengthening the route to 187 kilometres. Race director Paulette Vivier "
    "said the prefecture had asked the organisers to change the route after an "
    "inspection last week. The mayor of Saint-Amblard, Gérard Fontanel, "
    "expressed his disappointment, noting that the town had spent 90,000 "
    "euros preparing to host the finish. The organisers have promised that "
    "Saint-Amblard will host a stage start in 2026 as compensation.",
    "On Tuesday, organisers of the Tour du Vercanne said the race's fourth "
    "stage, set for 14 July, would no longer end in Saint-Amblard owing to "
    "roadworks on the last climb. Instead the finish will be in "
    "Lussac-les-Bois, 11 km to the east, lengthening the stage to 187 km. "
    "According to race director Paulette Vivier, the organisers had asked the "
    "prefecture to alter the route following an inspection last week. "
    "Saint-Amblard's mayor, Gérard Fontanel, voiced his disappointment, "
    "pointing out that the town had spent €90,000 getting ready to welcome the "
    "finish. By way of compensation, the organisers have pledged that a stage "
    "will start from Saint-Amblard in 2026.",
    errors=[
        E("14 July", "date", "major", "14 June"),
        E("the organisers had asked the prefecture", "role", "major",
          "the prefecture had asked the organisers"),
    ],
    traps=[
        T("€90,000", "90,000 euros"),
        T("By way of compensation", "as compensation"),
    ])

# ---------------------------------------------------------------- pairs 5-8

add("rag trade", "rewrite",
    "Garment exporters in the northern textile hub of Veshara have warned that "
    "new orders from European buyers fell by a third in the first quarter, the "
    "Veshara Apparel Manufacturers' Association said in a statement on Friday. "
    "The association, which represents 310 factories employing roughly 85,000 "
    "workers, blamed higher shipping costs and a slowdown in high-street sales "
    "in Europe. Its chairman, Rohan Dastidar, said that several smaller "
    "factories had already cut shifts and that more could follow unless demand "
    "recovered by the autumn. The association has asked the government to "
    "extend a freight subsidy that is due to expire on 30 June. A trade "
    "ministry spokesperson said the request was being considered but that no "
    "decision had been made.",
    "European buyers placed a third fewer new orders with garment exporters in "
    "Veshara, the northern textile hub, during the first quarter, the Veshara "
    "Apparel Manufacturers' Association said in a statement issued on Friday. "
    "The association, whose 310 member factories employ about 85,000 people, "
    "put the decline down to rising shipping costs and weaker high-street "
    "sales in Europe. Chairman Rohan Dastidar said a number of smaller "
    "factories had already reduced shifts, warning that others might do the "
    "same if demand had not picked up by the autumn. The association has "
    "called on the government to extend a freight subsidy that runs out at the "
    "end of June. The request is under consideration but no decision has been "
    "made, according to a trade ministry spokesperson.",
    traps=[
        T("a third fewer new orders", "fell by a third"),
        T("about 85,000 people", "roughly 85,000 workers"),
        T("others might do the same if demand had not picked up",
          "more could follow unless demand recovered"),
        T("runs out at the end of June", "due to expire on 30 June"),
        T("under consideration", "being considered"),
    ])

add("canoe trails", "rewrite",
    "The Aldermere Canoe Trail, a 62-kilometre paddling route linking eleven "
    "lakes in the Brackenfell district, will reopen on 1 May after a £600,000 "
    "upgrade, the Brackenfell Parks Authority confirmed. Work over the winter "
    "included new landing stages at six portage points, improved signage and "
    "a booking system for the trail's 18 wild campsites. Campsites must now be "
    "reserved in advance and will cost £12 per tent per night, a change the "
    "authority said was needed to reduce overcrowding and litter. Paddlers "
    "under 16 must be accompanied by an adult. Ranger Iona Petrie said visitor "
    "numbers had doubled since 2019, putting pressure on fragile lakeshore "
    "habitats.",
    "After a £600,000 upgrade, the Aldermere Canoe Trail, a 62km paddling "
    "route that links eleven lakes in the Brackenfell district, will reopen on "
    "1 May, the Brackenfell Parks Authority has confirmed. Over the winter, new "
    "landing stages were built at six portage points, signage was improved and "
    "a booking system was introduced for the trail's 18 wild campsites. "
    "Campsites will now have to be booked ahead of time and will cost £12 per "
    "tent per night; the authority said the change was necessary to cut "
    "overcrowding and litter. Paddlers must be accompanied by an adult. "
    "According to ranger Iona Petrie, visitor numbers have doubled since 2019, "
    "putting fragile lakeshore habitats under pressure.",
    errors=[
        O("under 16", "major", after="Paddlers"),
    ],
    traps=[
        T("62km", "62-kilometre"),
        T("booked ahead of time", "reserved in advance"),
        T("putting fragile lakeshore habitats under pressure",
          "putting pressure on fragile lakeshore habitats"),
    ])

add("church restoration", "summary",
    "St Ebba's Church in the village of Hollowmere has been awarded £280,000 "
    "by the Heritage Buildings Fund to repair its 15th-century tower, where "
    "falling masonry forced the closure of the churchyard last winter. The "
    "Reverend Clare Astley said the grant would cover roughly two-thirds of "
    "the cost, and the parish must raise the remaining £140,000 by next "
    "spring. A structural survey commissioned by the diocese found that water "
    "had penetrated the tower's lime mortar, and warned that without repairs "
    "the bell chamber could become unsafe within five years. The church's six "
    "bells have not been rung since October. Local residents have so far "
    "raised £35,000 through concerts and a sponsored walk.",
    "A £280,000 Heritage Buildings Fund grant will pay for about two-thirds of "
    "the repairs to the 15th-century tower of St Ebba's Church, Hollowmere, "
    "where falling masonry shut the churchyard last winter. The parish needs "
    "to find the remaining £140,000 by next spring. According to the Reverend "
    "Clare Astley, water has got into the tower's lime mortar and the bell "
    "chamber could be unsafe within five years if nothing is done. Residents "
    "have raised £35,000 so far.",
    errors=[
        E("According to the Reverend Clare Astley", "attribution", "major",
          "A structural survey commissioned by the diocese"),
    ],
    traps=[
        T("about two-thirds", "roughly two-thirds"),
        T("if nothing is done", "without repairs"),
    ])

add("e-waste", "translation",
    "The regional government of Valdoria will open twelve new collection "
    "points for electronic waste before the end of the year, the environment "
    "councillor, Inés Barragán, announced yesterday. The points, located in "
    "supermarkets and municipal depots, will accept small appliances, mobile "
    "phones, batteries and cables, but not large items such as fridges or "
    "washing machines, which will continue to be collected from homes on "
    "request. According to Barragán, residents of the region discarded some "
    "9,400 tonnes of electronic equipment last year, of which only 41% was "
    "recycled. The plan, which will cost 1.3 million euros, aims to raise that "
    "figure to 60% by 2027. Consumer associations welcomed the measure but "
    "called for more information campaigns in schools.",
    "Valdoria's regional government is to set up a dozen new drop-off points "
    "for e-waste by the end of the year, according to an announcement made "
    "yesterday by the councillor for the environment, Inés Barragán. Sited in "
    "supermarkets and council depots, the points will take small appliances, "
    "mobile phones, batteries and cables. Bulky items such as fridges and "
    "washing machines will not be accepted there and will still be picked up "
    "from people's homes on request. Barragán said the region's residents "
    "threw away around 9,400 tonnes of electronic equipment last year, and "
    "just 41% of it was recycled. The €1.3m plan is intended to push that rate "
    "up to 60% by 2027. Consumer groups welcomed the initiative, though they "
    "asked for more awareness campaigns in schools.",
    traps=[
        T("a dozen new drop-off points", "twelve new collection points"),
        T("will still be picked up from people's homes",
          "will continue to be collected from homes"),
        T("around 9,400 tonnes", "some 9,400 tonnes"),
        T("€1.3m", "1.3 million euros"),
        T("push that rate up to 60%", "raise that figure to 60%"),
    ])

# --------------------------------------------------------------- pairs 9-12

add("gaelic football", "rewrite",
    "Drumcallow GAA club has appointed former county captain Seán Ó Briain as "
    "manager of its senior football team on a two-year deal, the club "
    "confirmed on Sunday night. Ó Briain, 41, replaces Declan Furlong, who "
    "stepped down last month after the side were relegated from Division One "
    "of the county league. He won three county championships as a player with "
    "Drumcallow and spent the past four seasons coaching the club's minor "
    "team, which reached the provincial final in 2023. Club chairman Pádraig "
    "Mulcahy said the committee had been unanimous in its choice. Ó Briain's "
    "first competitive match in charge will be the league opener against "
    "Kilbrennan on 9 February.",
    "Seán Ó Briain, a former county captain, has been named senior football "
    "manager at Drumcallow GAA club on a deal running for two years, the club "
    "confirmed late on Sunday. The 41-year-old takes over from Declan "
    "Furlong, who quit last month following the team's relegation from "
    "Division One of the county league. A three-time county champion as a "
    "Drumcallow player, Ó Briain has coached the club's minor side, which "
    "reached the 2023 provincial final, for the last four seasons. According "
    "to chairman Pádraig Mulcahy, the committee's decision was unanimous. His "
    "first competitive game as manager will be the league opener against "
    "Kilbrennan on 9 February.",
    traps=[
        T("a deal running for two years", "a two-year deal"),
        T("late on Sunday", "on Sunday night"),
        T("The 41-year-old", "Ó Briain, 41,"),
        T("A three-time county champion as a Drumcallow player",
          "He won three county championships as a player with Drumcallow"),
        T("the committee's decision was unanimous",
          "the committee had been unanimous in its choice"),
    ])

add("organic farming", "rewrite",
    "The area of farmland certified as organic in the province of Westmarch "
    "rose by 8 per cent last year to 46,500 hectares, according to figures "
    "published on Tuesday by the Westmarch Agricultural Statistics Office. "
    "Dairy farms accounted for just over half of the newly converted land. "
    "However, the number of organic vegetable growers fell for the second year "
    "running, to 212, as higher labour costs squeezed margins. The province's "
    "agriculture commissioner, Hanne Vosloo, said she was encouraged by the "
    "overall growth but acknowledged that the target of 60,000 hectares by "
    "2030 would not be reached without further support. Conversion grants, "
    "currently worth up to €450 per hectare, will not be increased this year, "
    "she added.",
    "Westmarch's certified organic farmland grew by 8% last year to 46,500 "
    "hectares, the province's Agricultural Statistics Office said in figures "
    "released on Tuesday. Slightly more than half of the newly converted land "
    "was on dairy farms. Organic vegetable growers, by contrast, declined in "
    "number for a second consecutive year, falling by 212 as rising labour "
    "costs ate into margins. Agriculture commissioner Hanne Vosloo said the "
    "overall growth encouraged her, though she conceded that the 2030 target "
    "of 60,000 hectares would be missed without additional support. Conversion "
    "grants, which currently pay up to €450 a hectare, will be increased this "
    "year, she added.",
    errors=[
        E("by 212", "number", "major", "to 212"),
        E("will be increased this year", "polarity", "critical",
          "will not be increased this year"),
    ],
    traps=[
        T("Slightly more than half", "just over half"),
        T("for a second consecutive year", "for the second year running"),
    ])

add("pilgrim routes", "summary",
    "A new waymarked pilgrim route linking the abbey of St Fintan at "
    "Carrowbeg with the coastal shrine at Inishlare will open to walkers in "
    "June, the Western Pilgrim Paths Partnership announced on Thursday. The "
    "118-kilometre Fintan Way follows a medieval route described in a "
    "12th-century manuscript and passes through nine parishes. It is expected "
    "to take most walkers seven to eight days. The partnership, a "
    "collaboration between the diocese, three county councils and local "
    "tourism businesses, has spent €2.2 million on footbridges, stiles and "
    "signposting. Walkers will be able to collect stamps in a 'pilgrim "
    "passport' at churches and pubs along the way, and those who complete the "
    "route will receive a certificate at Inishlare. Organisers hope to attract "
    "4,000 walkers in the first year.",
    "The Fintan Way, a 118km waymarked pilgrim path between St Fintan's abbey "
    "at Carrowbeg and the coastal shrine at Inishlare, opens in June. Tracing "
    "a medieval route recorded in a 12th-century manuscript, it crosses nine "
    "parishes and should take most walkers a week to eight days. The Western "
    "Pilgrim Paths Partnership has invested €2.2m in footbridges, stiles and "
    "signs and hopes for 4,000 walkers in the first year; those who finish "
    "will get a certificate at Inishlare.",
    traps=[
        T("118km", "118-kilometre"),
        T("should take", "is expected to take"),
        T("a week to eight days", "seven to eight days"),
        T("€2.2m", "€2.2 million"),
        T("those who finish", "those who complete the route"),
    ])

add("darts leagues", "translation",
    "The Hollemaar Darts Federation will introduce electronic scoreboards in "
    "all 64 cafés that take part in its regional league from next season, the "
    "federation announced on Saturday. Until now, scores have been kept by "
    "hand on chalkboards, which according to chairman Wim Verhaegen regularly "
    "leads to disputes. The new system will cost around 300 euros per café, "
    "half of which will be paid by the federation. Participating cafés may "
    "keep their chalkboards as a backup. Verhaegen expects the scoreboards to "
    "also attract younger players, as results will be published online "
    "immediately after each match. The league currently has around 1,100 "
    "registered players, a quarter fewer than ten years ago.",
    "From next season, electronic scoreboards will be installed in all 64 "
    "cafés taking part in the regional league of the Hollemaar Darts "
    "Federation, the federation said on Saturday. Until now the scores have "
    "been written by hand on chalkboards, something that regularly causes "
    "arguments, according to chairman Wim Verhaegen. The new system costs "
    "about 300 euros per café, and the federation will pay half. The "
    "participating cafés must keep their chalkboards as a reserve. Verhaegen "
    "expects that the scoreboards will also draw younger players, because the "
    "results will be put online directly after every match. At present the "
    "league has about 1,100 registered players, a quarter fewer than ten years "
    "ago, a quarter fewer than ten years ago.",
    errors=[
        E("must keep their chalkboards", "modality", "major",
          "may keep their chalkboards"),
        E("a quarter fewer than ten years ago", "repetition", "minor", None,
          occ=1),
    ],
    traps=[
        T("something that regularly causes arguments",
          "regularly leads to disputes"),
        T("the federation will pay half",
          "half of which will be paid by the federation"),
    ])

# -------------------------------------------------------------- pairs 13-16

add("football pools", "rewrite",
    "Pennant Pools, one of the country's oldest football pools operators, has "
    "been sold to the gaming group Lantern Leisure for £19 million, the "
    "companies announced on Monday. Pennant, founded in 1934, still has around "
    "120,000 weekly players, most of them over 60, although that figure has "
    "fallen by more than half since 2010. Lantern said it planned to keep the "
    "Pennant brand and its Marlport call centre, which employs 85 people, but "
    "would move the weekly coupon online by the end of next year. Paper "
    "coupons will continue to be accepted until then. The deal still requires "
    "approval from the Gambling Standards Board, which is expected to rule "
    "within eight weeks.",
    "Gaming group Lantern Leisure has bought Pennant Pools, among the oldest "
    "football pools operators in the country, for £19m, the companies "
    "announced on Monday. Founded in 1934, Pennant still attracts some 120,000 "
    "players a week, the majority of them over 60, even though numbers have "
    "more than halved since 2010. Lantern plans to retain the Pennant brand "
    "and its Marlport call centre, where 85 people work, while moving the "
    "weekly coupon online by the end of next year; until then, paper coupons "
    "will still be accepted. The Gambling Standards Board must still approve "
    "the deal and is expected to make a decision within eight weeks.",
    traps=[
        T("Gaming group Lantern Leisure has bought Pennant Pools",
          "has been sold to the gaming group Lantern Leisure"),
        T("some 120,000 players a week", "around 120,000 weekly players"),
        T("numbers have more than halved",
          "that figure has fallen by more than half"),
        T("where 85 people work", "which employs 85 people"),
        T("to make a decision", "to rule"),
    ])

add("ultra-marathons", "rewrite",
    "The organisers of the Highcairn 100, a 100-mile ultra-marathon across the "
    "Dorran Hills, have postponed this year's race, which was due to start on "
    "21 September, after a wildfire damaged sections of the course. About 430 "
    "runners had registered. Race director Fiona Galbraith said a new date in "
    "the spring would be confirmed within a fortnight, and that entrants who "
    "could not take part then would be offered a full refund. The fire, which "
    "burned roughly 900 hectares of moorland last week, destroyed two "
    "footbridges and a checkpoint hut near the halfway point. The Dorran Hills "
    "Estate, which owns most of the land, said repairs were likely to take "
    "several months.",
    "A wildfire that damaged parts of the route has forced the organisers of "
    "the Highcairn 100 to cancel this year's edition of the 100-mile "
    "ultra-marathon across the Dorran Hills, which was due to start on 21 "
    "September. Some 430 runners had signed up. Race director Fiona Galbraith "
    "said a new date in the spring would be confirmed within two weeks, with a "
    "full refund offered to entrants unable to take part then. Last week's "
    "fire burned around 900 hectares of moorland and destroyed two footbridges "
    "as well as a checkpoint hut near the halfway point. Repairs are likely to "
    "take several months, according to the Dorran Hills Estate, which owns "
    "most of the land.",
    errors=[
        E("cancel", "event", "critical", "postponed"),
    ],
    traps=[
        T("Some 430 runners had signed up", "About 430 runners had registered"),
        T("within two weeks", "within a fortnight"),
        T("around 900 hectares", "roughly 900 hectares"),
    ])

add("hedgerow grants", "summary",
    "Farmers in the Ellesborough region will be able to claim up to £16 per "
    "metre for planting new hedgerows under a revised grant scheme announced "
    "by the Rural Payments Office on Wednesday, up from £11 previously. The "
    "scheme will also pay £7 per metre for 'gapping up' existing hedges. "
    "Applications open on 3 March and close on 30 April, and the office has "
    "set aside £4.5 million for the first round. Officials estimate the "
    "funding could support around 280 kilometres of new hedgerow. The "
    "Ellesborough Farmers' Union welcomed the increase but said the "
    "requirement to maintain hedges for ten years would deter some tenant "
    "farmers whose leases are shorter. The office said it would review the "
    "maintenance period next year.",
    "The Rural Payments Office is raising hedgerow planting grants in "
    "Ellesborough from £11 to as much as £16 a metre, the first rise in the "
    "rate for a decade, and will pay £11 a metre for gapping up existing "
    "hedges. Officials estimate the £4.5m first round, open from 3 March to 30 "
    "April, could fund about 280km of new hedgerow. The Ellesborough Farmers' "
    "Union welcomed the rise but warned that the ten-year maintenance "
    "requirement would deter some tenant farmers with shorter leases; the "
    "office will review it next year.",
    errors=[
        E("the first rise in the rate for a decade", "addition", "minor",
          None),
        E("£11", "number", "major", "£7", occ=1),
    ],
    traps=[
        T("as much as £16", "up to £16"),
        T("280km", "280 kilometres"),
    ])

add("coastguard stations", "translation",
    "The Coastal Administration has decided to keep the coastguard station at "
    "Skjelvik open for at least another three years, reversing a proposal made "
    "last autumn to merge it with the larger station at Ranøy. The decision "
    "was announced on Friday by the director of the administration, Trine "
    "Halvorsen, after a consultation that received more than 1,500 responses, "
    "most of them from fishermen and local residents. Halvorsen said response "
    "times from Ranøy would have been up to forty minutes longer for parts of "
    "the outer archipelago. The station, which has twelve permanent staff, "
    "will receive a new rescue boat in 2025. Skjelvik's mayor, Odd Brekke, "
    "described the decision as 'a victory for common sense'.",
    "Skjelvik's coastguard station will remain open for a minimum of three "
    "more years, the Coastal Administration has decided, dropping a plan put "
    "forward last autumn to merge it into the bigger station at Ranøy. "
    "Administration director Trine Halvorsen announced the decision on Friday "
    "following a consultation that drew over 1,500 responses, the majority "
    "from fishermen and people living locally. According to Halvorsen, for "
    "parts of the outer archipelago it would have taken up to forty minutes "
    "longer for help to arrive from Ranøy. The station has a permanent staff "
    "of twelve and is to get a new rescue boat in 2025. Odd Brekke, the mayor "
    "of Skjelvik, called the decision 'a victory for common sense'.",
    traps=[
        T("for a minimum of three more years",
          "for at least another three years"),
        T("merge it into the bigger station", "merge it with the larger station"),
        T("over 1,500 responses", "more than 1,500 responses"),
        T("the majority from", "most of them from"),
        T("has a permanent staff of twelve", "has twelve permanent staff"),
    ])

# -------------------------------------------------------------- pairs 17-20

add("organ restoration", "rewrite",
    "The 1887 pipe organ at Carrick Hall in the city of Dunmarrow will be "
    "played in public again next month after a three-year restoration costing "
    "£1.1 million, the hall's trustees said on Tuesday. The instrument, built "
    "by the firm of Hartley & Sons, has 3,240 pipes and had been silent since "
    "2019, when a survey found extensive woodworm damage and leaking bellows. "
    "About two-thirds of the pipes were removed and cleaned at a workshop in "
    "Fennick, while the console was rebuilt on site. The reopening recital on "
    "15 November will be given by the hall's organist, Margaret Ewing. "
    "Tickets, priced at £10, go on sale on Monday, and the trustees said "
    "recitals would be held monthly from January.",
    "Carrick Hall in Dunmarrow will hear its 1887 pipe organ in public again "
    "next month, following a £1.1m restoration that took three years, the "
    "hall's trustees announced on Tuesday. Built by Hartley & Sons, the "
    "3,240-pipe instrument had not been played since 2019, when a survey "
    "uncovered extensive woodworm damage and leaking bellows. Roughly two in "
    "every three pipes were taken out and cleaned at a Fennick workshop; the "
    "console, by contrast, was rebuilt in the hall itself. Margaret Ewing, the "
    "hall's organist, will give the reopening recital on 15 November. Tickets "
    "cost £10 and go on sale on Monday. From January, the trustees said, there "
    "will be a recital every month.",
    traps=[
        T("a £1.1m restoration that took three years",
          "a three-year restoration costing £1.1 million"),
        T("had not been played since 2019", "had been silent since 2019"),
        T("Roughly two in every three pipes", "About two-thirds of the pipes"),
        T("rebuilt in the hall itself", "rebuilt on site"),
        T("there will be a recital every month",
          "recitals would be held monthly"),
    ])

add("online marketplaces", "rewrite",
    "Online marketplace Tradewell has agreed to acquire its smaller rival "
    "Stallhop for €240 million in cash, the two companies said on 3 March. The "
    "deal will give Tradewell, which has 9 million active users, access to "
    "Stallhop's network of around 40,000 independent sellers of crafts and "
    "vintage goods. Stallhop's founder, Nadia Orsolić, will join Tradewell's "
    "management board and lead its handmade goods division. The acquisition "
    "is expected to close in the third quarter, subject to approval by "
    "competition authorities. Tradewell shares rose 4 per cent in early "
    "trading following the announcement. Analysts at Brenmoor Securities said "
    "the deal would strengthen Tradewell's position against larger "
    "marketplaces but warned that integration could take up to two years.",
    "Tradewell is to be bought by its smaller rival Stallhop for €240m in "
    "cash, the two online marketplaces announced on 3 March. Through the deal "
    "Tradewell, which counts 9 million active users, will gain access to "
    "Stallhop's roughly 40,000 independent sellers of crafts and vintage "
    "goods. Nadia Orsolić, who founded Stallhop, will sit on Tradewell's "
    "management board and run its handmade goods division. Completion is "
    "expected in the third quarter, provided competition regulators give "
    "their approval. Tradewell's shares climbed 4% in early trading ahead of "
    "the announcement. Brenmoor Securities analysts said the acquisition would "
    "bolster Tradewell against bigger marketplaces, though they cautioned that "
    "integrating the two could take as long as two years.",
    errors=[
        E("Tradewell is to be bought by its smaller rival Stallhop", "role",
          "critical", "Tradewell has agreed to acquire its smaller rival Stallhop"),
        E("ahead of the announcement", "date", "major",
          "following the announcement"),
    ],
    traps=[
        T("Nadia Orsolić, who founded Stallhop",
          "Stallhop's founder, Nadia Orsolić"),
        T("provided competition regulators give their approval",
          "subject to approval by competition authorities"),
        T("as long as two years", "up to two years"),
    ])

add("vultures", "summary",
    "Conservationists in the Sarrano mountains have recorded 37 breeding pairs "
    "of griffon vultures this year, up from 22 in 2019, the Sarrano Raptor "
    "Trust said in its annual report published on Monday. The trust "
    "attributes the increase largely to a network of supplementary feeding "
    "stations, where carcasses from local farms are left for the birds, and to "
    "a ban on the veterinary drug diclofenac introduced in 2020. However, two "
    "birds were found dead near the village of Orvilla in May, and tests "
    "showed they had been poisoned with a banned pesticide. Police have opened "
    "an investigation. The trust's director, Lucía Ferrand, said the "
    "population remained fragile and that a single poisoning incident could "
    "wipe out years of progress.",
    "Griffon vulture breeding pairs in the Sarrano mountains have risen to 37 "
    "from 22 in 2019, according to the Sarrano Raptor Trust's annual report, "
    "which credits mainly supplementary feeding stations stocked with farm "
    "carcasses and a 2020 ban on the veterinary drug diclofenac. But two "
    "vultures found dead near Orvilla in May had been poisoned with a banned "
    "pesticide, and police are investigating. Director Lucía Ferrand warned "
    "that the population was still fragile and one poisoning incident could "
    "undo years of progress.",
    traps=[
        T("credits mainly", "attributes the increase largely to"),
        T("police are investigating", "Police have opened an investigation"),
        T("still fragile", "remained fragile"),
        T("undo years of progress", "wipe out years of progress"),
    ])

add("fell running", "translation",
    "A 34-year-old runner from Sørvollen was airlifted to hospital on Sunday "
    "after falling on a steep descent during the Brattind Mountain Race, the "
    "organisers said. The man, who suffered a broken leg and head injuries, "
    "was reached by race marshals within ten minutes and flown by air "
    "ambulance to Holmeby hospital. His condition was described as serious "
    "but stable on Sunday evening. Race director Kari Aasland said that the "
    "descent, which had been made wetter by overnight rain, was marked as the "
    "most technical section of the 26-kilometre course, and that all "
    "participants had been required to carry a whistle and a waterproof "
    "jacket. The race, which had 340 starters, was completed as planned. The "
    "police have been informed, which is normal procedure.",
    "A runner aged 34 from Sørvollen had to be flown to hospital on Sunday "
    "after a fall on a steep downhill stretch of the Brattind Mountain Race, "
    "according to the organisers. Race marshals got to the man, who broke a "
    "leg and sustained head injuries, in under ten minutes, and an air "
    "ambulance took him to the hospital in Sørvollen. On Sunday evening his "
    "condition was described as serious. Race director Kari Aasland said the "
    "descent, which overnight rain had made wetter, was marked as the most "
    "technical part of the 26 km course, and every participant had had to "
    "carry a whistle and a waterproof jacket. The race, with 340 starters, was "
    "completed as scheduled. In line with normal procedure, the police have "
    "been notified.",
    errors=[
        E("Sørvollen", "entity", "major", "Holmeby", occ=1),
        O("but stable", "major", after="described as serious"),
    ],
    traps=[
        T("in under ten minutes", "within ten minutes"),
        T("every participant had had to carry",
          "all participants had been required to carry"),
    ])

# -------------------------------------------------------------- pairs 21-24

add("vertical farms", "rewrite",
    "GreenStack, a vertical farming start-up based in Corrisdale, has opened a "
    "9,000-square-metre indoor farm in a former printing works, the company "
    "said on Wednesday. The facility grows salad leaves and herbs on 14 "
    "stacked levels under LED lighting and is expected to produce about 1,200 "
    "tonnes a year once fully operational in 2025. GreenStack says the farm "
    "uses 95 per cent less water than conventional field growing. The site "
    "employs 60 people, and the company plans to hire a further 25 by the end "
    "of next year. Chief executive Tomasz Reilly acknowledged that high "
    "electricity prices remained the biggest challenge for the sector, but "
    "said the firm had signed a ten-year supply deal with a local wind farm.",
    "Corrisdale-based vertical farming start-up GreenStack said on Wednesday "
    "that it had opened a 9,000 sq m indoor farm inside a former printing "
    "works. Salad leaves and herbs are grown there on 14 stacked levels under "
    "LED lights, and output is expected to reach around 1,200 tonnes annually "
    "once the farm is fully up and running in 2025. According to GreenStack, "
    "the farm uses a twentieth of the water that conventional field growing "
    "needs. Sixty people work at the site, and the company plans to recruit "
    "another 25 by the end of next year. While conceding that high electricity "
    "prices were still the sector's biggest challenge, chief executive Tomasz "
    "Reilly said the company had signed a ten-year supply agreement with a "
    "local wind farm.",
    traps=[
        T("9,000 sq m", "9,000-square-metre"),
        T("around 1,200 tonnes annually", "about 1,200 tonnes a year"),
        T("a twentieth of the water that conventional field growing needs",
          "95 per cent less water than conventional field growing"),
        T("Sixty people work at the site", "The site employs 60 people"),
        T("While conceding", "acknowledged"),
    ])

add("open-air theatres", "rewrite",
    "The Larkhill Open-Air Theatre may have to cancel part of its summer "
    "season after its main seating stand was found to be structurally unsafe, "
    "the theatre's board said on Thursday. Engineers discovered corrosion in "
    "the steel frame of the 800-seat stand during a routine inspection last "
    "month. The board said it was seeking quotes for temporary seating, which "
    "could allow performances to continue with a reduced capacity of about "
    "450. A production of 'The Tempest' scheduled to open on 6 June has "
    "already been postponed by two weeks. Artistic director Helena Marsh said "
    "ticket holders would be contacted directly and offered exchanges or "
    "refunds. The theatre, which attracts around 60,000 visitors each summer, "
    "receives no public funding.",
    "Part of the Larkhill Open-Air Theatre's summer season will have to be "
    "cancelled after its main seating stand was found to be structurally "
    "unsafe, the theatre's board announced on Thursday. A routine inspection "
    "last month revealed corrosion in the steel frame of the 800-seat stand. "
    "The board is seeking quotes for temporary seating, which might enable "
    "shows to go ahead with capacity cut to roughly 450. The opening of 'The "
    "Tempest', which had been due on 6 June, has already been pushed back a "
    "fortnight. Ticket holders will be contacted individually and offered an "
    "exchange or a refund, artistic director Helena Marsh said. The theatre "
    "draws about 60,000 visitors each summer and gets no public funding.",
    errors=[
        E("will have to be cancelled", "modality", "major",
          "may have to cancel"),
    ],
    traps=[
        T("which might enable shows to go ahead",
          "which could allow performances to continue"),
        T("pushed back a fortnight", "postponed by two weeks"),
        T("contacted individually", "contacted directly"),
    ])

add("storks", "summary",
    "The first white storks to nest in the Vale of Ambery for more than 300 "
    "years have hatched three chicks, the Ambery Wildlife Project announced on "
    "Friday. The pair, which arrived from their wintering grounds in early "
    "March, built their nest on a platform erected by the project on an oak "
    "tree at Hensall Farm in 2021. Project officer Daniel Okafor said the "
    "chicks, which hatched between 18 and 21 May, were being monitored by a "
    "camera and appeared healthy. They are expected to fledge in mid-July. The "
    "project released 24 young storks in the area between 2021 and 2023, and "
    "the breeding pair are believed to be from that group. Visitors are being "
    "asked to watch the nest only from a public viewing point 200 metres "
    "away.",
    "A pair of white storks, the first storks to nest in the Vale of Ambery in "
    "more than 300 years, have hatched three chicks, the Ambery Wildlife "
    "Project said. The parents, believed to be among the 24 young storks the "
    "project released locally between 2021 and 2023, nested on a platform it "
    "put up in an oak at Hensall Farm. The chicks, which hatched between 18 "
    "and 21 May, appear healthy and are expected to fledge in mid-June. The "
    "pair are the first storks to nest in the Vale of Ambery in more than 300 "
    "years. Visitors are asked to watch only from a public viewing point 200 "
    "metres away.",
    errors=[
        E("mid-June", "date", "major", "mid-July"),
        E("the first storks to nest in the Vale of Ambery in more than 300 "
          "years", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("a platform it put up", "a platform erected by the project"),
    ])

add("vegan food", "translation",
    "The food manufacturer Grünfeld Feinkost will stop producing meat "
    "products at its plant in Ostermühl by the end of 2024 and switch entirely "
    "to plant-based alternatives, the company announced on Wednesday. "
    "According to managing director Sabine Kroll, sales of vegan sausages and "
    "spreads have tripled since 2020 and now account for 45 percent of "
    "revenue. None of the 230 employees will lose their jobs; around 40 of "
    "them will be retrained. The conversion of the production lines will cost "
    "about 8 million euros, a quarter of which will be covered by a regional "
    "innovation grant. Kroll admitted that the decision was 'not without "
    "risk', as growth in the vegan market had slowed noticeably in the past "
    "year.",
    "Grünfeld Feinkost, a food producer, said on Wednesday that it will end "
    "meat production at its Ostermühl factory by the close of 2024 and go over "
    "completely to plant-based products. Managing director Sabine Kroll said "
    "that the company's vegan sausages and spreads now sell three times as "
    "much as they did in 2020 and make up 45% of turnover. All 230 staff will "
    "keep their jobs, with about 40 to undergo retraining. Converting the "
    "production lines is set to cost around €8 million, of which a regional "
    "innovation grant will pay a quarter. The decision was 'not without "
    "risk', Kroll conceded, since growth in the vegan market had slowed "
    "markedly over the past year.",
    traps=[
        T("by the close of 2024", "by the end of 2024"),
        T("three times as much as they did in 2020", "have tripled since 2020"),
        T("All 230 staff will keep their jobs",
          "None of the 230 employees will lose their jobs"),
        T("€8 million", "8 million euros"),
        T("of which a regional innovation grant will pay a quarter",
          "a quarter of which will be covered by a regional innovation grant"),
    ])

# -------------------------------------------------------------- pairs 25-28

add("shinty", "rewrite",
    "Glenarrach Shinty Club has been awarded £95,000 from the Highland Sports "
    "Facilities Fund to install floodlights and resurface its pitch at "
    "Dalnacroy Park, the fund's trustees announced yesterday. The club, "
    "founded in 1889, currently fields two senior teams and a youth side of "
    "around 40 players. Club secretary Morag MacInnes said the floodlights "
    "would allow training to continue through the winter months, when the "
    "youth section has previously been forced to stop for up to ten weeks. "
    "Work is due to begin in August and finish before the start of next "
    "season. The club must raise a further £20,000 itself, and has launched an "
    "appeal among supporters and local businesses.",
    "Trustees of the Highland Sports Facilities Fund said yesterday that "
    "Glenarrach Shinty Club would receive £95,000 to put up floodlights and "
    "resurface its Dalnacroy Park pitch. Founded in 1889, the club has two "
    "senior teams and a youth side numbering about 40 players. With "
    "floodlights, training will be able to carry on through the winter "
    "months, according to club secretary Morag MacInnes; in the past, the "
    "youth section has had to stop for as long as ten weeks at that time of "
    "year. Work is scheduled to start in August and be completed ahead of next "
    "season. The club has to find another £20,000 on its own and has launched "
    "an appeal to supporters and local businesses.",
    traps=[
        T("would receive £95,000", "has been awarded £95,000"),
        T("about 40 players", "around 40 players"),
        T("for as long as ten weeks", "for up to ten weeks"),
        T("is scheduled to start in August", "is due to begin in August"),
        T("has to find another £20,000 on its own",
          "must raise a further £20,000 itself"),
    ])

add("horse betting", "rewrite",
    "Bookmakers in Caldera took £48 million in bets on horse racing during the "
    "three-day Merrow Festival, 6 per cent less than last year, according to "
    "figures from the Betting Levy Board. The board's chief executive, Graham "
    "Pryce, said the fall reflected tighter affordability checks introduced in "
    "January rather than declining interest in the sport. The favourite won 7 "
    "of the festival's 21 races, a lower strike rate than usual, which "
    "bookmakers said had helped their margins. The Caldera Racing Association "
    "warned that a continued fall in betting turnover would reduce the levy "
    "that funds prize money and track maintenance. The government has said it "
    "does not plan to change the affordability rules before a review in 2026.",
    "Betting on horse racing with Caldera's bookmakers over the three days of "
    "the Merrow Festival totalled £48m, down 6% on last year, Betting Levy "
    "Board figures show. Graham Pryce, the board's chief executive, put the "
    "drop down to stricter affordability checks brought in in January, not to "
    "waning interest in racing. Favourites won 7 of the 21 races, a lower "
    "strike rate than normal, which bookmakers said had helped their margins. "
    "Pryce also warned that if betting turnover kept falling, the levy that "
    "pays for prize money and track upkeep would shrink. The government has "
    "said it plans to change the affordability rules ahead of a review in "
    "2026.",
    errors=[
        E("Pryce also warned", "attribution", "major",
          "The Caldera Racing Association warned"),
        E("it plans to change the affordability rules", "polarity",
          "critical", "does not plan to change the affordability rules"),
    ],
    traps=[
        T("down 6% on last year", "6 per cent less than last year"),
        T("not to waning interest in racing",
          "rather than declining interest in the sport"),
    ])

add("glass recycling", "summary",
    "Households in the borough of Fennwick will get a separate kerbside "
    "collection for glass from 1 April, the borough council confirmed on "
    "Tuesday. At present, glass is collected together with paper, cans and "
    "plastics, but contamination from broken glass means that about 30 per "
    "cent of the mixed material cannot be recycled. Under the new system, each "
    "of the borough's 68,000 households will receive a 45-litre box for glass, "
    "which will be emptied every four weeks. The council expects the change "
    "to save around £400,000 a year in processing costs after an initial "
    "outlay of £1.3 million for boxes and vehicles. Councillor Ayesha Lund, "
    "cabinet member for the environment, said residents would be sent "
    "leaflets explaining the scheme in March.",
    "From 1 April, glass in Fennwick will no longer go in the mixed kerbside "
    "collection, where broken glass currently leaves roughly three-tenths of "
    "the material unrecyclable. Each of the borough's 68,000 households will "
    "get a 45-litre box for glass, to be emptied every four weeks. The council "
    "expects to save about £400,000 a year in processing costs after spending "
    "£1.3m up front on boxes and vehicles, and residents will be sent leaflets "
    "about the scheme in March.",
    traps=[
        T("glass in Fennwick will no longer go in the mixed kerbside collection",
          "a separate kerbside collection for glass"),
        T("roughly three-tenths", "about 30 per cent"),
        T("about £400,000 a year", "around £400,000 a year"),
        T("£1.3m up front", "an initial outlay of £1.3 million"),
    ])

add("cathedral repairs", "translation",
    "The cathedral chapter of San Lorenzo de Valdemora announced on Monday "
    "that restoration work on the cathedral's north façade will resume in "
    "September, after being halted for eight months when workers discovered "
    "medieval frescoes beneath a layer of plaster. The frescoes, which experts "
    "date to the late 14th century, cover about 35 square metres and depict "
    "scenes from the life of Saint Lawrence. According to the architect in "
    "charge, Elena Miralles, the project's budget will increase by 620,000 "
    "euros, to a total of 3.4 million, to allow specialists to conserve the "
    "paintings. The regional government has agreed to finance half of the "
    "additional cost. The cathedral will remain open to visitors throughout "
    "the works.",
    "Restoration of the north façade of San Lorenzo de Valdemora cathedral "
    "will restart in September after an eight-month halt that began when "
    "workers uncovered medieval frescoes under a coat of plaster, the "
    "cathedral chapter said on Monday. Experts have dated the paintings to the "
    "end of the 14th century; they cover around 35 square metres and show "
    "episodes from the life of Saint Lawrence. Elena Miralles, the architect "
    "leading the project, said the budget will go up by 620,000 euros, to 4 "
    "million in all, so that specialists can remove the frescoes. Half of the "
    "extra cost will be paid by the regional government. Visitors will be able "
    "to enter the cathedral for the whole duration of the works.",
    errors=[
        E("4 million", "number", "major", "3.4 million"),
        E("remove", "event", "critical", "conserve"),
    ],
    traps=[
        T("end of the 14th century", "late 14th century"),
        T("for the whole duration of the works", "throughout the works"),
    ])

# -------------------------------------------------------------- pairs 29-32

add("piers", "rewrite",
    "Saltby Pier, the Victorian pleasure pier closed since storm damage in "
    "December 2022, will partly reopen on 24 July, Saltby Town Council said on "
    "Friday. The first 180 metres of the 410-metre structure have been "
    "repaired at a cost of £2.7 million, funded by a government coastal "
    "communities grant and the council's own reserves. The seaward end, "
    "including the former pavilion, will remain fenced off while engineers "
    "assess whether its cast-iron piles can be saved. Council leader Bernard "
    "Oakes said the reopening would be 'a huge boost' for traders on the "
    "seafront, several of whom had reported losses of up to 40 per cent. "
    "Entry to the pier will be free, as before.",
    "Saltby Town Council announced on Friday that the town's Victorian "
    "pleasure pier, shut since it was damaged by storms in December 2022, will "
    "reopen in part on 24 July. Repairs to the first 180 metres of the "
    "410-metre pier have cost £2.7m, paid for with a government coastal "
    "communities grant and money from the council's own reserves. Engineers "
    "are still assessing whether the cast-iron piles at the seaward end can be "
    "saved, and that section, which includes the old pavilion, will stay "
    "fenced off in the meantime. Council leader Bernard Oakes said reopening "
    "would be 'a huge boost' for seafront traders, some of whom had reported "
    "losses of as much as 40%. As before, there will be no charge for entry.",
    traps=[
        T("will reopen in part", "will partly reopen"),
        T("£2.7m", "£2.7 million"),
        T("the old pavilion", "the former pavilion"),
        T("losses of as much as 40%", "losses of up to 40 per cent"),
        T("there will be no charge for entry", "Entry to the pier will be free"),
    ])

add("fashion retail", "rewrite",
    "Fashion retailer Marlowe & Finch will close 23 of its 140 stores over the "
    "next six months, the company said on Wednesday, as it reported a pre-tax "
    "loss of £14.2 million for the year to February. Chief executive Priya "
    "Sandhu said the closures, mostly in smaller town-centre locations, would "
    "affect around 400 staff, who would be offered positions at other branches "
    "where possible. Online sales rose 11 per cent and now make up 38 per cent "
    "of total revenue. The company also announced that its chairman, Richard "
    "Colville, would step down in September after nine years and be replaced "
    "by Anita Brennan, a former finance director of the department store group "
    "Halliwells.",
    "Marlowe & Finch is to shut 23 of its 140 shops within the next six "
    "months, the fashion retailer said on Wednesday as it posted a £14.2m "
    "pre-tax loss for the year to February. Most of the closures will be "
    "smaller town-centre branches and around 400 employees will be affected, "
    "chief executive Anita Brennan said, adding that they would be offered "
    "roles in other stores where possible. Online sales grew by 11% and now "
    "account for 38% of total revenue. The company also said chairman Richard "
    "Colville would stand down in September after nine years, to be succeeded "
    "by Anita Brennan, formerly finance director of department store group "
    "Halliwells.",
    errors=[
        E("Anita Brennan", "entity", "major", "Priya Sandhu", occ=0),
    ],
    traps=[
        T("within the next six months", "over the next six months"),
        T("a £14.2m pre-tax loss", "a pre-tax loss of £14.2 million"),
    ])

add("harbour dredging", "summary",
    "Port Ellery Harbour Commissioners have awarded a £6.8 million contract to "
    "dredge the harbour's main channel to the marine engineering firm Dunlin "
    "Maritime, the commissioners said on Thursday. Dunlin Maritime replaces "
    "Corran Dredging, which carried out maintenance dredging at the port for "
    "eleven years. The channel has silted up to a depth of 4.2 metres at low "
    "tide, preventing larger cargo vessels from entering except at high water. "
    "Dredging will restore a depth of 7 metres and is scheduled to start in "
    "October, taking about five months. Around 300,000 cubic metres of "
    "sediment will be removed and, after testing for contamination, deposited "
    "at a licensed site offshore. The harbour master, Captain Rhona Teague, "
    "said two shipping lines had indicated they would add Port Ellery to their "
    "routes once the work was finished. Local fishermen have raised concerns "
    "about the disposal site's proximity to crab grounds.",
    "Port Ellery's harbour commissioners have awarded a £6.8m contract to "
    "dredge the silted main channel, where a low-tide depth of 4.2 metres "
    "keeps larger cargo ships out except at high water. Corran Dredging takes "
    "over the work from Dunlin Maritime. The job, due to start in October and "
    "last about five months, will restore a 7-metre depth, with some 300,000 "
    "cubic metres of sediment deposited at a licensed offshore site after "
    "contamination tests. The harbour master says two shipping lines have "
    "signalled they will add Port Ellery to their routes once it is finished, "
    "though local fishermen are worried the disposal site is close to crab "
    "grounds.",
    errors=[
        E("Corran Dredging takes over the work from Dunlin Maritime", "role",
          "major", "Dunlin Maritime replaces Corran Dredging"),
    ],
    traps=[
        T("due to start in October", "scheduled to start in October"),
        T("signalled", "indicated"),
    ])

add("sea defences", "translation",
    "Work to reinforce the sea wall along the seafront at Kervélec-sur-Mer "
    "will begin in early October and last around eighteen months, the "
    "prefecture of the department announced on Wednesday. The project, "
    "costing 14 million euros, will raise the height of the existing wall by "
    "1.2 metres over a length of 2.3 kilometres and add a rock revetment at "
    "its base to absorb wave energy. The state will pay 60% of the cost, with "
    "the remainder shared between the region and the municipality. The "
    "seafront promenade will be closed in sections during the works, but "
    "access to the beach will be maintained. The mayor, Yannick Le Goff, said "
    "the town had suffered flooding three times in the past decade, most "
    "recently during the storm of January 2024.",
    "The prefecture of the department said on Wednesday that strengthening of "
    "the sea wall on the Kervélec-sur-Mer seafront will get under way at the "
    "beginning of October and take roughly a year and a half. Under the €14 "
    "million scheme, the existing wall will be made 1.2 metres higher along a "
    "2.3 km stretch, and a bank of rocks will be laid at its foot to absorb "
    "the energy of the waves. Three-fifths of the cost will be met by the "
    "state, and the rest will be split between the region and the town. While "
    "the works are in progress, the promenade will be shut section by "
    "section, though people will still be able to get onto the beach. "
    "According to mayor Yannick Le Goff, the town has been flooded three times "
    "in the last ten years, the latest occasion being the storm of January "
    "2024.",
    traps=[
        T("at the beginning of October", "in early October"),
        T("roughly a year and a half", "around eighteen months"),
        T("Three-fifths of the cost will be met by the state",
          "The state will pay 60% of the cost"),
        T("in the last ten years", "in the past decade"),
    ])

# -------------------------------------------------------------- pairs 33-36

add("pop-up shops", "rewrite",
    "Brindle Council is offering empty shop units in the town centre rent-free "
    "for up to three months to independent businesses that want to trial a "
    "pop-up store, the council said on Monday. The scheme, which will run "
    "initially from May to October, covers eight vacant units on Market "
    "Street and Cooper's Row, where vacancy rates have reached 22 per cent. "
    "Businesses will still have to pay utility bills and hold public liability "
    "insurance. Applicants must be based within 20 miles of the town. Deputy "
    "leader Simone Achebe said the aim was to bring footfall back to the high "
    "street and give new traders a low-risk way to test demand. A similar "
    "scheme in the neighbouring town of Ostley led to five pop-ups signing "
    "long-term leases.",
    "Independent businesses wanting to try out a pop-up store in Brindle town "
    "centre can occupy an empty shop unit without paying rent for as long as "
    "three months, the council announced on Monday. Eight vacant units on "
    "Market Street and Cooper's Row, where the vacancy rate has hit 22%, are "
    "included in the scheme, which will initially run from May until October. "
    "Utility bills and public liability insurance remain the responsibility of "
    "the businesses, and only applicants based no more than 20 miles from the "
    "town are eligible. The aim, according to deputy leader Simone Achebe, is "
    "to bring footfall back to the high street and offer new traders a "
    "low-risk way of testing demand. In Ostley, a neighbouring town, a similar "
    "scheme resulted in five pop-ups signing long-term leases.",
    traps=[
        T("without paying rent for as long as three months",
          "rent-free for up to three months"),
        T("the vacancy rate has hit 22%", "vacancy rates have reached 22 per cent"),
        T("Utility bills and public liability insurance remain the "
          "responsibility of the businesses",
          "Businesses will still have to pay utility bills and hold public "
          "liability insurance"),
        T("based no more than 20 miles from the town",
          "based within 20 miles of the town"),
    ])

add("triathlon clubs", "rewrite",
    "Members of the Calder Vale Triathlon Club will lose access to their main "
    "training pool from next month after Calder Vale Leisure, which runs the "
    "Northgate baths, cut early-morning lane hires to save costs. The club, "
    "which has 260 members, currently books four lanes on weekday mornings "
    "between 6am and 8am. Club chair Gemma Whitlock said members had been "
    "offered evening slots after 8.30pm, which many could not use because of "
    "work and family commitments. Calder Vale Leisure said the early sessions "
    "were costing it around £30,000 a year in staff and heating and attracted "
    "too few other users. The club has started a petition, which had gathered "
    "more than 1,200 signatures by Sunday.",
    "From next month, Calder Vale Triathlon Club members will lose access to "
    "their main training pool, the Northgate baths, after operator Calder Vale "
    "Leisure cut early-morning lane hire to save money. The 260-member club "
    "currently hires four lanes between 6am and 8am on weekdays. According to "
    "club chair Gemma Whitlock, members have been offered evening slots after "
    "8.30pm instead, but many cannot make them because of work and family "
    "commitments. Calder Vale Leisure said the early sessions cost it about "
    "£30,000 annually in staffing and heating and drew too few other users. "
    "By Sunday more than 1,200 people had signed the club's petition, which it "
    "plans to hand to councillors.",
    errors=[
        E("which it plans to hand to councillors", "addition", "minor", None),
    ],
    traps=[
        T("The 260-member club", "The club, which has 260 members"),
        T("about £30,000 annually", "around £30,000 a year"),
    ])

add("table football", "summary",
    "The Merriton Table Football League, which has grown from six teams to 31 "
    "since it was founded in 2017, will move its weekly fixtures from pubs to "
    "a dedicated venue from September, league secretary Tom Adeyemi said on "
    "Saturday. The league has signed a five-year lease on a former carpet "
    "warehouse on Dockside Road, where it will install 20 tables. The move "
    "follows the closure of three of the league's host pubs in the past year. "
    "Membership fees will rise from £40 to £55 a season to cover rent, but "
    "juniors under 18 will continue to play free. The venue will also host the "
    "national championships next March, which are expected to bring around "
    "300 players to the town.",
    "From September the Merriton Table Football League, up from six teams at "
    "its 2017 launch to 31 today, will play its weekly fixtures at a former "
    "carpet warehouse on Dockside Road instead of in pubs, after three of its "
    "host pubs closed in the past year. It has taken the site on a five-year "
    "lease and will put in 20 tables. Membership fees will go up by £15 to £55 "
    "a season to pay the rent, though under-18s will still play free, and the "
    "venue will stage next March's national championships, expected to draw "
    "some 300 players.",
    traps=[
        T("up from six teams at its 2017 launch to 31 today",
          "has grown from six teams to 31 since it was founded in 2017"),
        T("put in 20 tables", "install 20 tables"),
        T("go up by £15 to £55", "rise from £40 to £55"),
        T("under-18s", "juniors under 18"),
        T("some 300 players", "around 300 players"),
    ])

add("community shops", "translation",
    "Residents of the village of Torrealba del Monte, which has 310 "
    "inhabitants, will reopen the only shop in the village on 2 March as a "
    "cooperative, two years after the previous owner retired. More than 120 "
    "neighbours have bought shares of 50 euros each, and the provincial "
    "council has contributed a grant of 18,000 euros to refurbish the "
    "premises. The shop will be run by two paid employees and will sell "
    "groceries, bread and newspapers; it will also house a post office "
    "counter. The president of the cooperative, Maribel Onrubia, said that the "
    "shop would not need to make a profit, but it must cover its costs. Until "
    "now, elderly residents without a car depended on a mobile shop that "
    "visited the village once a week.",
    "On 2 March the residents of Torrealba del Monte, a village of 310 people, "
    "will reopen its only shop, this time as a cooperative, two years after "
    "the former owner retired. Over 120 locals have bought 50-euro shares, and "
    "the provincial council has put in a grant of 18,000 euros for "
    "refurbishing the premises. Two paid staff will run the shop, which will "
    "sell groceries, bread and newspapers and will also have a post office "
    "counter. Maribel Onrubia, who chairs the cooperative, said the shop would "
    "need to make a profit as well as cover its costs. Until now, older "
    "residents with no car have relied on a mobile shop that came to the "
    "village once a week.",
    errors=[
        E("the shop would need to make a profit", "polarity", "critical",
          "the shop would not need to make a profit"),
    ],
    traps=[
        T("Over 120 locals", "More than 120 neighbours"),
        T("Two paid staff will run the shop",
          "The shop will be run by two paid employees"),
        T("who chairs the cooperative", "The president of the cooperative"),
    ])

# -------------------------------------------------------------- pairs 37-40

add("rewilding", "rewrite",
    "The Wynford Estate in the Ashcombe Hills is to reintroduce beavers to a "
    "3-kilometre stretch of the River Lidd next spring, after receiving a "
    "licence from the national wildlife agency on Tuesday. Two family groups, "
    "totalling up to ten animals, will be released into a fenced enclosure "
    "covering 40 hectares. The estate, which stopped sheep farming on most of "
    "its 1,600 hectares in 2019, says the beavers' dams should slow floodwater "
    "and create wetland habitat for insects and birds. The licence requires "
    "the estate to monitor water levels and to compensate neighbouring farmers "
    "if beaver activity damages their crops. Estate manager Rhys Vaughan said "
    "the project had taken four years to plan and would be funded entirely "
    "from private donations.",
    "Beavers will be reintroduced to a 3km stretch of the River Lidd next "
    "spring after the national wildlife agency on Tuesday granted the Wynford "
    "Estate, in the Ashcombe Hills, a licence to release them. Up to ten "
    "animals, in two family groups, are to be let go inside a 40-hectare "
    "fenced enclosure. The estate, which gave up sheep farming on most of its "
    "1,600 hectares in 2019, says dams built by the beavers should slow "
    "floodwater and create wetland habitat for birds and insects. Under the "
    "terms of the licence, the estate must keep track of water levels and pay "
    "compensation to neighbouring farmers whose crops are damaged by beaver "
    "activity. According to estate manager Rhys Vaughan, planning the project "
    "took four years, and it will be paid for wholly by private donations.",
    traps=[
        T("3km", "3-kilometre"),
        T("Up to ten animals, in two family groups",
          "Two family groups, totalling up to ten animals"),
        T("keep track of water levels", "monitor water levels"),
        T("planning the project took four years",
          "the project had taken four years to plan"),
        T("paid for wholly by private donations",
          "funded entirely from private donations"),
    ])

add("peatland restoration", "rewrite",
    "A project to restore 2,400 hectares of degraded peat bog on Cairnmore "
    "Moss has received £3.2 million from the Climate Restoration Fund, the "
    "fund announced on Thursday. Contractors will block around 45 kilometres "
    "of drainage ditches dug in the 1960s and remove conifer plantations from "
    "300 hectares of the site, allowing the water table to rise and sphagnum "
    "moss to recover. The landowner, Cairnmore Trust, said the work would stop "
    "the bog releasing an estimated 11,000 tonnes of carbon dioxide a year. "
    "Work will begin in September and take three years. Some local residents "
    "have objected to the felling, arguing that the forestry provides jobs, "
    "but the trust said the timber would be sold and four forestry workers "
    "retained for the project.",
    "The Climate Restoration Fund said on Thursday it had awarded £3.2m to a "
    "project restoring 2,400 hectares of degraded peat bog on Cairnmore Moss. "
    "Contractors will clear about 45km of drainage ditches dug in the 1960s "
    "and take out conifer plantations covering 300 hectares of the site, so "
    "that the water table can rise and sphagnum moss can recover. Landowner "
    "Cairnmore Trust said the work would prevent the bog from giving off an "
    "estimated 11,000 tonnes of carbon dioxide annually. The three-year "
    "programme starts in September. Some locals have objected to the felling "
    "on the grounds that the forestry provides jobs, but the trust said the "
    "timber would be sold and four forestry workers kept on for the project.",
    errors=[
        E("clear", "event", "critical", "block"),
    ],
    traps=[
        T("prevent the bog from giving off", "stop the bog releasing"),
        T("The three-year programme starts in September",
          "Work will begin in September and take three years"),
        T("kept on", "retained"),
    ])

add("insect protein", "summary",
    "Cricket-protein producer Chirpa Foods has secured a contract to supply "
    "insect meal to Norvale Feeds, one of the largest makers of poultry feed "
    "in the region, the two companies said on Tuesday. Under the three-year "
    "deal, Chirpa will deliver 2,000 tonnes of protein meal a year from its "
    "farm in Bexley Marsh, which breeds crickets on food-industry by-products "
    "such as brewers' grain. Norvale will use the meal to replace part of the "
    "soya in its chicken feed. Chirpa's founder, Ines Haldane, said the "
    "contract would allow the company to double production capacity and hire "
    "35 more staff by 2026. The price was not disclosed. Insect meal currently "
    "costs more than soya, but Norvale said it expected the gap to narrow as "
    "production scaled up.",
    "Chirpa Foods will supply 2,000 tonnes a year of cricket protein meal to "
    "Norvale Feeds, a major regional poultry feed maker, under a three-year "
    "contract, replacing part of the fishmeal in Norvale's chicken feed. The "
    "crickets are bred at Chirpa's Bexley Marsh farm on food-industry "
    "by-products such as brewers' grain. Founder Ines Haldane said the deal "
    "would let Chirpa double capacity and take on 35 more staff by 2026. The "
    "price was not disclosed; insect meal is currently dearer than soya, "
    "though Norvale expects the gap to narrow as output grows.",
    errors=[
        E("fishmeal", "entity", "major", "soya"),
    ],
    traps=[
        T("take on 35 more staff", "hire 35 more staff"),
        T("dearer than soya", "costs more than soya"),
    ])

add("lighthouse keepers", "translation",
    "The lighthouse on the islet of Garça, the last in the country still "
    "staffed by keepers, will be fully automated next year, the Maritime "
    "Signals Directorate confirmed on Thursday. Its two keepers, Armando "
    "Teles, 61, and his son Rui, 34, will be transferred to posts on the "
    "mainland. Armando has worked on the islet for 28 years, taking over from "
    "his own father in 1996. The directorate said automation would cost "
    "around 450,000 euros and would not affect the light's range of 22 "
    "nautical miles. The keepers' house will be converted into a small museum "
    "and a station for researchers studying the islet's seabird colonies. "
    "Local fishermen's associations had campaigned to keep the keepers, "
    "arguing that they had helped in several rescues.",
    "The Maritime Signals Directorate confirmed on Thursday that the Garça "
    "islet lighthouse, the only one left in the country that still has "
    "keepers, is to be completely automated next year. The two men who keep "
    "it, Armando Teles, aged 61, and his 34-year-old son, Rui, will be moved "
    "to jobs on the mainland. Armando, who took over from his father in 1996, "
    "has spent 28 years on the islet. According to the directorate, automating "
    "the light will cost some 450,000 euros and will leave its range of 22 "
    "nautical miles unchanged. The keepers' house is to become a small museum "
    "as well as a base for researchers who study the seabird colonies on the "
    "islet. Local fishermen's associations had fought to retain the keepers, "
    "saying they had assisted in a number of rescues.",
    traps=[
        T("the only one left in the country that still has keepers",
          "the last in the country still staffed by keepers"),
        T("his 34-year-old son, Rui", "his son Rui, 34"),
        T("some 450,000 euros", "around 450,000 euros"),
        T("will leave its range of 22 nautical miles unchanged",
          "would not affect the light's range of 22 nautical miles"),
        T("had fought to retain the keepers",
          "had campaigned to keep the keepers"),
    ])

# ------------------------------------------------------- build and validate

WORD_RE = re.compile(r"\w+", re.UNICODE)


class SetError(Exception):
    pass


def nth_find(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(text):
    return len(text.split())


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def check_boundaries(cand, start, end, where):
    if start > 0 and start < len(cand) and is_word_char(cand[start - 1]) \
            and is_word_char(cand[start]):
        raise SetError(f"{where}: span start {start} cuts a word")
    if 0 < end < len(cand) and is_word_char(cand[end - 1]) \
            and is_word_char(cand[end]):
        raise SetError(f"{where}: span end {end} cuts a word")


def check_text(text, where):
    if text != text.strip():
        raise SetError(f"{where}: leading/trailing whitespace")
    if "  " in text:
        raise SetError(f"{where}: double space")
    m = re.search(r"[a-z][.;,:][A-Za-z]", text)
    if m and not re.search(r"E\. coli", text[max(0, m.start() - 2):m.end() + 3]):
        raise SetError(f"{where}: missing space near {text[m.start():m.end()+10]!r}")
    if text.count("(") != text.count(")"):
        raise SetError(f"{where}: unbalanced parentheses")


def build():
    if len(CASES) != 40:
        raise SetError(f"expected 40 pairs, got {len(CASES)}")
    records = []
    seen_domains = set()
    warnings = []
    for i, case in enumerate(CASES, 1):
        cid = f"s{SET_NO}-{i:03d}"
        ref, cand, mode = case["reference"], case["candidate"], case["mode"]
        dom = case["domain"]
        if dom not in DOMAINS:
            raise SetError(f"{cid}: domain {dom!r} not in list")
        if dom in seen_domains:
            raise SetError(f"{cid}: domain {dom!r} used twice")
        seen_domains.add(dom)
        if mode not in ("rewrite", "summary", "translation"):
            raise SetError(f"{cid}: bad mode {mode!r}")
        check_text(ref, f"{cid} reference")
        check_text(cand, f"{cid} candidate")
        nref = words(ref)
        if not 70 <= nref <= 190:
            raise SetError(f"{cid}: reference has {nref} words")
        if mode == "summary" and not (len(cand) < len(ref)
                                      and words(cand) < nref):
            raise SetError(f"{cid}: summary not shorter than reference")
        if ref == cand:
            raise SetError(f"{cid}: candidate identical to reference")

        spans = []  # (start, end, what) for overlap checks
        errors = []
        for e in case["errors"]:
            et, sev, rt = e["type"], e["severity"], e["ref_text"]
            if et not in ERROR_TYPES:
                raise SetError(f"{cid}: bad error type {et!r}")
            if sev not in SEVERITIES:
                raise SetError(f"{cid}: bad severity {sev!r}")
            if e["kind"] == "point":
                if et != "omission":
                    raise SetError(f"{cid}: point span must be an omission")
                if mode == "summary":
                    raise SetError(f"{cid}: omission in a summary")
                anchor = e["after"] if e["after"] is not None else e["before"]
                pos = nth_find(cand, anchor, e["occ"] or 0)
                if pos < 0:
                    raise SetError(f"{cid}: omission anchor {anchor!r} missing")
                if e["occ"] is None and nth_find(cand, anchor, 1) >= 0:
                    raise SetError(f"{cid}: omission anchor {anchor!r} repeats; give occ")
                start = end = pos + len(anchor) if e["after"] is not None else pos
                text = ""
                if not rt or rt not in ref:
                    raise SetError(f"{cid}: omission ref_text {rt!r} not in reference")
                if rt.lower() in cand.lower():
                    raise SetError(f"{cid}: omitted words {rt!r} present in candidate")
            else:
                if et == "omission":
                    raise SetError(f"{cid}: omission must be a point")
                text = e["text"]
                start = nth_find(cand, text, e["occ"] or 0)
                if start < 0:
                    raise SetError(f"{cid}: error text {text!r} (occ {e['occ']}) not in candidate")
                end = start + len(text)
                if e["occ"] is None and nth_find(cand, text, 1) >= 0:
                    raise SetError(f"{cid}: error text {text!r} repeats; give occ")
                if et in ("addition", "repetition"):
                    if rt is not None:
                        raise SetError(f"{cid}: {et} must have ref_text null")
                    if et == "repetition" and cand.find(text) >= start:
                        raise SetError(f"{cid}: repetition has no earlier copy")
                    if et == "addition" and text in ref:
                        raise SetError(f"{cid}: added text occurs in reference")
                else:
                    if not rt or rt not in ref:
                        raise SetError(f"{cid}: ref_text {rt!r} not in reference")
                    if rt == text:
                        raise SetError(f"{cid}: error text equals ref_text")
                    if text in ref:
                        warnings.append(f"{cid}: error text {text!r} also occurs in reference")
            check_boundaries(cand, start, end, f"{cid} error {text!r}")
            spans.append((start, end, f"error {et}"))
            errors.append({"start": start, "end": end, "text": text,
                           "type": et, "severity": sev, "ref_text": rt})

        traps = []
        for t in case["traps"]:
            text, rt = t["text"], t["ref_text"]
            start = nth_find(cand, text, t["occ"] or 0)
            if start < 0:
                raise SetError(f"{cid}: trap text {text!r} not in candidate")
            if t["occ"] is None and nth_find(cand, text, 1) >= 0:
                raise SetError(f"{cid}: trap text {text!r} repeats; give occ")
            end = start + len(text)
            if rt not in ref:
                raise SetError(f"{cid}: trap ref_text {rt!r} not in reference")
            if rt == text:
                raise SetError(f"{cid}: trap text equals its ref_text")
            check_boundaries(cand, start, end, f"{cid} trap {text!r}")
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": text,
                          "ref_text": rt})

        spans.sort()
        for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
            if s2 < e1:
                raise SetError(f"{cid}: {w1} [{s1},{e1}) overlaps {w2} [{s2},{e2})")
        for s, e, w in spans:
            if s == e:
                for s2, e2, w2 in spans:
                    if s2 < s < e2:
                        raise SetError(f"{cid}: omission point inside {w2}")

        label = "inconsistent" if errors else "consistent"
        if label == "consistent" and not 3 <= len(traps) <= 5:
            raise SetError(f"{cid}: consistent pair needs 3-5 traps")
        if label == "inconsistent" and not 0 <= len(traps) <= 3:
            raise SetError(f"{cid}: inconsistent pair needs 0-3 traps")
        if label == "inconsistent" and not 1 <= len(errors) <= 3:
            raise SetError(f"{cid}: {len(errors)} errors")
        errors.sort(key=lambda d: (d["start"], d["end"]))
        traps.sort(key=lambda d: (d["start"], d["end"]))
        records.append({"id": cid, "domain": dom, "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})

    # composition
    from collections import Counter
    by_mode = Counter(r["mode"] for r in records)
    by_ml = Counter((r["mode"], r["label"]) for r in records)
    if by_mode != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        raise SetError(f"mode counts {dict(by_mode)}")
    for m, n in by_mode.items():
        if by_ml[(m, "consistent")] != n // 2:
            raise SetError(f"{m}: not half consistent")
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise SetError(f"{sum(types.values())} errors, expected 30")
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise SetError(f"error type {t} used {types[t]} times")
    if len(seen_domains) != 40:
        raise SetError("domains not all distinct")
    return records, warnings


def summary_lines(records):
    from collections import Counter
    out = []
    out.append("modes: " + str(dict(Counter(r["mode"] for r in records))))
    out.append("labels: " + str(dict(Counter(r["label"] for r in records))))
    out.append("mode x label: " + str(dict(sorted(Counter(
        (r["mode"], r["label"]) for r in records).items()))))
    out.append("error types: " + str(dict(sorted(Counter(
        e["type"] for r in records for e in r["errors"]).items()))))
    out.append("severities: " + str(dict(Counter(
        e["severity"] for r in records for e in r["errors"]))))
    out.append("errors per inconsistent pair: " + str(dict(Counter(
        len(r["errors"]) for r in records if r["errors"]))))
    out.append("traps: %d total; per pair %s" % (
        sum(len(r["traps"]) for r in records),
        dict(Counter(len(r["traps"]) for r in records))))
    wc = [words(r["reference"]) for r in records]
    out.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return out


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records, warnings = build()
    except SetError as exc:
        print("VALIDATION FAILED:", exc, file=sys.stderr)
        return 1
    for w in warnings:
        print("warning:", w)
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check passed; nothing written")
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       f"set{SET_NO}.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
