#!/usr/bin/env python3
"""Held-out evaluation set 63 for the fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries appear
only as background).  Character offsets are never typed by hand: the script
locates every quoted span by string search (with an occurrence index where a
text repeats), validates the whole set and writes set63.jsonl next to itself.

    python3 make_set63.py            # validate and write set63.jsonl
    python3 make_set63.py --check    # validate only, write nothing

Composition (40 pairs, one domain each):
  modes:   20 rewrite, 10 summary, 10 translation (half of each mode consistent)
  labels:  20 consistent, 20 inconsistent
  errors:  30 in total -- entity 3, number 4, date 3, role 3, polarity 3,
           modality 3, attribution 2, event 3, omission 2, addition 2,
           repetition 2; ten inconsistent pairs carry one error, ten carry two
  traps:   consistent pairs 3-5 each, inconsistent pairs 0-3 each
  references: 70-190 words, news / agency / corporate / official register
"""

import json
import os
import re
import sys
from collections import Counter

SET_NO = 63
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % SET_NO)

DOMAINS = [
    "ice fishing huts", "yak wool", "camel races", "alpaca shearing",
    "mule trains", "ostrich farms", "emu oil", "mealworm feed",
    "silkworm rearing", "tapestry looms", "darning cafes",
    "walking stick carvers", "hatters", "glovers", "soap boilers",
    "bone china", "enamel signs", "pewter casting", "jukebox restorers",
    "morse code clubs", "carrier pigeons", "geocaching", "trig points",
    "traffic light history", "speed humps", "ha-has", "beehive huts",
    "shepherd huts", "narrowboat painting", "houseboat moorings",
    "seaplane routes", "airship hangars", "glider winches",
    "seismograph stations", "tsunami buoys", "geyser parks", "mud baths",
    "borax lakes", "flamingo lakes", "mangrove planting",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def C(domain, mode, reference, candidate, errors=(), traps=()):
    """One pair. The label follows from whether errors are listed."""
    return {"domain": domain, "mode": mode, "reference": reference,
            "candidate": candidate, "errors": list(errors),
            "traps": list(traps)}


def E(text, etype, severity, ref, occ=0):
    """An error span: `text` (occurrence `occ`) in the candidate."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref": ref, "occ": occ}


def O(after, ref, severity, after_occ=0):
    """An omission: zero-width point right after `after` in the candidate."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref": ref, "occ": after_occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref`."""
    return {"text": text, "ref": ref, "occ": occ}


CASES = []


# ---------------------------------------------------------------- rewrites 1-10
CASES += [
    C("ice fishing huts", "rewrite",
      "The municipality of Veskarvik said on Monday that it will require all ice fishing huts on Lake Ormsjo to be "
      "removed by March 15, two weeks earlier than last year, after a mild February left the ice thinner than normal. "
      "Officials measured the ice at 28 centimetres near the harbour, compared with a safety minimum of 35 centimetres "
      "for structures. Hut owners who miss the deadline face a fine of 4,000 kroner and the cost of removal. \"We are "
      "not willing to gamble with people's lives,\" said Ingrid Holmsted, head of the municipal safety office. About "
      "240 huts were registered on the lake this season, up from 190 last winter. The local anglers' association said "
      "it understood the decision but asked for help with transport.",
      "Ice fishing huts on Lake Ormsjo must be off the ice by March 15, a fortnight earlier than last year, under a "
      "rule announced by Veskarvik municipality on Monday. A mild February has left the ice thinner than usual: near "
      "the harbour officials measured 28 centimetres, short of the 35-centimetre safety minimum for structures. Owners "
      "who miss the deadline face a 4,000-kroner fine and will also have to pay for the removal. Ingrid Holmsted, who "
      "heads the municipal safety office, said officials were \"not willing to gamble with people's lives\". Some 240 "
      "huts were registered on the lake this season, against 190 last winter. The local anglers' association said it "
      "understood the decision but asked for help with transport.",
      traps=[T("a fortnight earlier", "two weeks earlier"),
             T("the 35-centimetre safety minimum", "a safety minimum of 35 centimetres"),
             T("a 4,000-kroner fine", "a fine of 4,000 kroner"),
             T("Some 240 huts", "About 240 huts")]),

    C("yak wool", "rewrite",
      "Highland Fibre Cooperative, a group of herders based in the Tarsun valley, reported that it sold 18 tonnes of "
      "yak wool in the 2023 season, a 40 percent increase on the year before. The cooperative's chair, Dolkar Wangmo, "
      "attributed the rise mainly to a new contract with Portuguese knitwear brand Corvalho & Filhos, which buys the "
      "fine undercoat fibre known as khullu. Average prices paid to herders rose to 11 dollars per kilogram from 8 "
      "dollars. The cooperative, which now has 312 member families, plans to open a second sorting centre next spring, "
      "subject to approval of a development loan. Wangmo warned that the harsh winter forecast could reduce next "
      "year's yields.",
      "The Tarsun valley herders' group Highland Fibre Cooperative sold 18 tonnes of yak wool in the 2023 season, up "
      "by almost half on the previous year, the cooperative reported. Chair Dolkar Wangmo said the growth came chiefly "
      "from a new deal with Portuguese knitwear label Corvalho & Filhos, a buyer of the fine undercoat fibre called "
      "khullu. Herders were paid an average of 11 dollars a kilogram, compared with 8 dollars before. The cooperative, "
      "whose membership now stands at 312 families, intends to open a second sorting centre next spring. Wangmo "
      "cautioned that the harsh winter being forecast could cut next year's yields.",
      errors=[E("up by almost half", "number", "major", "a 40 percent increase"),
              O("a second sorting centre next spring", "subject to approval of a development loan", "major")],
      traps=[T("whose membership now stands at 312 families", "now has 312 member families"),
             T("compared with 8 dollars before", "from 8 dollars")]),

    C("camel races", "rewrite",
      "The organisers of the Al-Safra Camel Festival announced on Sunday that robot jockeys will be mandatory in all "
      "races at this year's event, which runs from 4 to 12 February. The decision follows a review by the festival's "
      "veterinary committee, which found that lighter robots reduced strain on younger animals. Prize money has been "
      "raised to 3.5 million riyals, up from 2.8 million last year, and 1,600 camels are expected to take part. "
      "Festival director Khalid bin Murran said the change \"puts the welfare of the camels first\" and added that "
      "owners who fail to comply will be disqualified. The festival is held on a purpose-built track 40 kilometres "
      "east of the town of Qarwan.",
      "Robot jockeys will be compulsory in every race at this year's Al-Safra Camel Festival, taking place 4-12 "
      "February, its organisers said on Sunday. The move comes after the festival's veterinary committee concluded in "
      "a review that lighter robots put less strain on younger animals. Prize money rises to 3.5 million riyals from "
      "2.8 million a year ago, with 1,600 camels expected to compete. According to festival director Khalid bin "
      "Murran, the change \"puts the welfare of the camels first\"; any owner who does not comply will be "
      "disqualified, he added. Races are staged on a purpose-built track 40 km east of the town of Qarwan.",
      traps=[T("compulsory in every race", "mandatory in all races"),
             T("taking place 4-12 February", "runs from 4 to 12 February"),
             T("1,600 camels expected to compete", "1,600 camels are expected to take part"),
             T("any owner who does not comply", "owners who fail to comply"),
             T("40 km", "40 kilometres")]),

    C("alpaca shearing", "rewrite",
      "Andes Fleece Services, a contract shearing company, has been acquired by the agricultural cooperative Cumbre "
      "Verde for an undisclosed sum, the two organisations said in a joint statement on Thursday. Andes Fleece employs "
      "45 seasonal shearers and handled about 60,000 alpacas last season across the southern highlands. Cumbre Verde, "
      "which represents some 900 smallholders, said the purchase would let members book shearing at fixed rates and "
      "reduce losses from poorly handled fleeces. The deal is expected to close by the end of October. Marisol Quispe, "
      "Andes Fleece's founder, will stay on as operations manager for at least two years.",
      "Contract shearing firm Andes Fleece Services has taken over the agricultural cooperative Cumbre Verde for an "
      "undisclosed amount, according to a joint statement issued by both organisations on Thursday. With 45 seasonal "
      "shearers, Andes Fleece handled roughly 60,000 alpacas across the southern highlands last season. The purchase "
      "will let the 900 or so smallholders represented by Cumbre Verde book shearing at fixed rates and cut losses "
      "caused by poorly handled fleeces, the cooperative said. The deal is expected to be completed by the end of "
      "October, and Andes Fleece's founder, Marisol Quispe, will remain as operations manager for a minimum of two "
      "years.",
      errors=[E("Andes Fleece Services has taken over the agricultural cooperative Cumbre Verde", "role", "critical",
                "Andes Fleece Services, a contract shearing company, has been acquired by the agricultural "
                "cooperative Cumbre Verde")],
      traps=[T("roughly 60,000 alpacas", "about 60,000 alpacas"),
             T("for a minimum of two years", "for at least two years")]),

    C("mule trains", "rewrite",
      "Supplies for the remote village of Pelvoux-le-Haut will be carried by mule train for at least six weeks after "
      "a landslide on 3 May destroyed a section of the only access road, regional authorities said. A convoy of 22 "
      "mules, operated by local outfitter Sentiers Berard, is making the 14-kilometre trip three times a week, "
      "carrying food, medicine and fuel. Engineers estimate repairs to the road will cost 1.8 million euros. The "
      "prefecture's spokesperson, Amelie Roussin, said no residents had been injured and that a helicopter would "
      "remain on standby for medical emergencies. Around 130 people live in the village year-round.",
      "Regional authorities say a mule train will keep the remote village of Pelvoux-le-Haut supplied for a minimum "
      "of six weeks, after its sole access road was partly destroyed by a landslide on 3 May. Local outfitter "
      "Sentiers Berard runs the convoy of 22 mules, which covers the 14 km route three times weekly with food, "
      "medicine and fuel. Engineers put the cost of repairing the road at an estimated EUR 1.8m. Nobody living in the "
      "village was hurt, according to prefecture spokesperson Amelie Roussin, who added that a helicopter would stay "
      "on standby for medical emergencies. The village has roughly 130 year-round residents.",
      traps=[T("for a minimum of six weeks", "for at least six weeks"),
             T("three times weekly", "three times a week"),
             T("EUR 1.8m", "1.8 million euros"),
             T("Nobody living in the village was hurt", "no residents had been injured"),
             T("roughly 130 year-round residents", "Around 130 people live in the village year-round")]),
]

CASES += [
    C("ostrich farms", "rewrite",
      "The Karoo Ostrich Producers' Association said on Wednesday that exports of ostrich leather fell 12 percent in "
      "the first half of the year, mainly because of weaker demand from European fashion houses. The association's "
      "chief executive, Pieter Olivier, said the industry had not yet recovered from an avian influenza outbreak two "
      "years ago, which led to the culling of 38,000 birds. He said meat exports, however, rose slightly. An "
      "independent analyst, Nomsa Dlamini of Veldt Agri Research, said farmers should diversify into tourism, noting "
      "that farm tours had become a steady source of income. The association represents about 210 farms in the region.",
      "Ostrich leather exports dropped by 12 percent in the first half of the year, chiefly because European fashion "
      "houses were buying less, the Karoo Ostrich Producers' Association said on Wednesday. Chief executive Pieter "
      "Olivier said the industry had now recovered from the bird flu outbreak of two years ago, when 38,000 birds were "
      "culled. Meat exports, by contrast, edged up, he said. Olivier also advised farmers to diversify into tourism, "
      "noting that farm tours had become a steady source of income. Around 210 farms in the region belong to the "
      "association.",
      errors=[E("had now recovered", "polarity", "major", "had not yet recovered"),
              E("Olivier", "attribution", "major", "Nomsa Dlamini of Veldt Agri Research", occ=1)],
      traps=[T("chiefly because European fashion houses were buying less",
               "mainly because of weaker demand from European fashion houses"),
             T("bird flu outbreak", "avian influenza outbreak"),
             T("Around 210 farms in the region belong to the association",
               "The association represents about 210 farms in the region")]),

    C("emu oil", "rewrite",
      "The national medicines regulator has ordered Bluegum Naturals to stop advertising its emu oil capsules as a "
      "treatment for arthritis, saying the company had provided no clinical evidence for the claim. The order, issued "
      "on 19 August, gives the firm 30 days to withdraw the wording from its packaging and website. Bluegum Naturals "
      "may continue to sell the product as a dietary supplement. The regulator said it had received 14 complaints "
      "about the advertising since January. In a statement, managing director Craig Fenwick said the company "
      "\"respects the decision\" and would review its marketing, but he maintained that customers had reported "
      "benefits. Sales of emu oil products in the country were estimated at 9 million dollars last year.",
      "Bluegum Naturals has been told by the national medicines regulator to stop promoting its emu oil capsules as "
      "an arthritis treatment, because the company supplied no clinical evidence to back the claim. Under the order, "
      "dated 19 August, the firm has 30 days to remove the wording from its packaging and website, although it may "
      "still sell the capsules as a dietary supplement. Fourteen complaints about the advertising had reached the "
      "regulator since January, it said. Managing director Craig Fenwick said in a statement that Bluegum \"respects "
      "the decision\" and would review its marketing, while insisting that customers had reported benefits. National "
      "sales of emu oil products were put at an estimated $9m last year.",
      traps=[T("as an arthritis treatment", "as a treatment for arthritis"),
             T("dated 19 August", "issued on 19 August"),
             T("Fourteen complaints", "14 complaints"),
             T("an estimated $9m", "estimated at 9 million dollars")]),

    C("mealworm feed", "rewrite",
      "Dutch-registered start-up Larvion said on Tuesday it plans to build a mealworm farm in the town of Brekkum that "
      "could produce up to 5,000 tonnes of insect protein a year for poultry and fish feed. The 27-million-euro "
      "facility would employ about 80 people once fully operational. Construction is expected to begin in early 2025, "
      "pending an environmental permit from the provincial government. Co-founder Femke Dijkstra said demand from feed "
      "makers was growing fast as they look for alternatives to imported soy. Local residents have raised concerns "
      "about odour, and the company said it would hold a public information evening on 12 November.",
      "Larvion, a Dutch-registered start-up, announced on Tuesday plans for a mealworm farm in Brekkum that could turn "
      "out as much as 5,000 tonnes of insect protein a year for poultry and fish feed. Once running at full capacity, "
      "the \u20ac27m plant would provide some 80 jobs. Building work will begin in early 2025, provided the provincial "
      "government grants an environmental permit. Feed makers are looking for alternatives to imported soy, and their "
      "demand is rising quickly, according to co-founder Femke Dijkstra. Local residents have voiced concern about "
      "odour; Larvion said it would hold a public information evening on 12 November.",
      errors=[E("will begin", "modality", "minor", "is expected to begin")],
      traps=[T("the \u20ac27m plant", "The 27-million-euro facility"),
             T("some 80 jobs", "employ about 80 people"),
             T("provided the provincial government grants an environmental permit",
               "pending an environmental permit from the provincial government")]),

    C("silkworm rearing", "rewrite",
      "The Ministry of Agriculture announced a subsidy programme worth 2.4 billion won to revive silkworm rearing in "
      "three mountain counties, officials said on Friday. Under the scheme, which starts in April, farmers who plant "
      "mulberry trees on at least half a hectare will receive up to 6 million won each to cover saplings and rearing "
      "equipment. The ministry hopes to double the number of active sericulture farms in the area, currently 145, "
      "within five years. A spokesperson said cocoons would be bought at guaranteed prices by the state-backed Hanul "
      "Silk Research Centre for the first three seasons. Production has fallen by more than 90 percent since the 1970s.",
      "A 2.4-billion-won subsidy programme to revive silkworm rearing in three mountain counties was announced by the "
      "agriculture ministry on Friday. From April, farmers planting mulberry trees on 0.5 hectares or more will get as "
      "much as 6 million won each towards saplings and rearing equipment. The ministry hopes the area's 145 active "
      "sericulture farms will double in number within five years. For the first three seasons, the state-backed Hanul "
      "Silk Research Centre will buy cocoons at guaranteed prices, a spokesperson said. Output is down by more than "
      "nine-tenths since the 1970s.",
      traps=[T("A 2.4-billion-won subsidy programme", "a subsidy programme worth 2.4 billion won"),
             T("0.5 hectares or more", "at least half a hectare"),
             T("as much as 6 million won", "up to 6 million won"),
             T("more than nine-tenths", "more than 90 percent")]),

    C("tapestry looms", "rewrite",
      "The Dornfeld Textile Museum will reopen its tapestry workshop on 6 June after an 18-month restoration of its "
      "four historic high-warp looms, the museum said. The largest loom, built in 1782, is nearly six metres wide and "
      "was dismantled and rebuilt by a team of specialist carpenters. Weavers will demonstrate traditional techniques "
      "on Thursdays and Saturdays, and visitors will be able to book two-hour taster sessions from September. The "
      "restoration cost 640,000 euros, two-thirds of which came from a private foundation. Curator Henrike Albers said "
      "the museum wanted the looms \"to be used, not just looked at\".",
      "After an 18-month restoration of its four historic high-warp looms, the Dornfeld Textile Museum will reopen its "
      "tapestry workshop on 6 June, the museum said. The largest loom, which dates from 1728, is almost six metres "
      "wide; a team of specialist carpenters took it apart and put it back together. On Thursdays and Saturdays "
      "weavers will demonstrate traditional techniques, and from September visitors can book two-hour taster "
      "sessions. The work cost \u20ac640,000, two-thirds of it paid by a private foundation, and visitors can book "
      "two-hour taster sessions from September. The looms are meant \"to be used, not just looked at\", said curator "
      "Henrike Albers.",
      errors=[E("1728", "date", "minor", "1782"),
              E("visitors can book two-hour taster sessions", "repetition", "minor", None, occ=1)],
      traps=[T("almost six metres wide", "nearly six metres wide"),
             T("took it apart and put it back together", "dismantled and rebuilt"),
             T("\u20ac640,000", "640,000 euros")]),
]


# --------------------------------------------------------------- rewrites 11-20
CASES += [
    C("darning cafes", "rewrite",
      "Kellsbridge City Council has agreed to fund 12 \"darning cafes\" in public libraries for a one-year trial, in "
      "an effort to cut textile waste. The cafes, where volunteers teach residents to repair clothing free of charge, "
      "will open one evening a week starting on 2 October. The council has set aside 48,000 pounds for the pilot, "
      "mainly to pay for sewing machines, thread and training. Councillor Priya Nandakumar, who proposed the scheme, "
      "said households in the city throw away an estimated 3,100 tonnes of clothing a year. If the trial is judged a "
      "success, it could be extended to community centres in 2025.",
      "In a bid to reduce textile waste, Kellsbridge City Council has agreed to pay for a year-long trial of 12 "
      "\"darning cafes\" in public libraries. From 2 October the cafes will open one evening each week, with "
      "volunteers showing residents how to mend their clothes at no charge. Most of the \u00a348,000 set aside for the "
      "pilot will go on sewing machines, thread and training. Councillor Priya Nandakumar, who put the scheme forward, "
      "said the city's households discard an estimated 3,100 tonnes of clothing annually. Should the trial be judged "
      "a success, it may be expanded to community centres in 2025.",
      traps=[T("a year-long trial", "a one-year trial"),
             T("at no charge", "free of charge"),
             T("\u00a348,000", "48,000 pounds"),
             T("annually", "a year"),
             T("it may be expanded to community centres", "it could be extended to community centres")]),

    C("walking stick carvers", "rewrite",
      "The Guild of Northern Stickmakers named Tom Ashworth, a retired shepherd from the village of Hallow Fell, as "
      "the winner of its annual carving championship on Saturday. His entry, a hazel shank topped with a ram's horn "
      "handle carved in the shape of a curlew, beat 74 other sticks. The runner-up was Eileen Marsh of Cragside Bottom. "
      "The judges praised Ashworth's \"patient, traditional workmanship\". Entries were displayed at the Langthwaite "
      "Agricultural Show, where the guild has held the competition since 1986. Ashworth receives a silver ferrule "
      "trophy and 500 pounds.",
      "Retired shepherd Tom Ashworth, from the village of Hallow Fell, was named on Saturday as the winner of the Guild "
      "of Northern Stickmakers' annual carving championship. His hazel shank, crowned with a ram's horn handle carved "
      "into the shape of a curlew, saw off 74 rival sticks, with Eileen Marsh of Cragside Bottom finishing second. "
      "Judges praised his \"patient, traditional workmanship\". The entries went on show at the Hallow Fell "
      "Agricultural Show, where the guild has run the competition since 1986. As champion, Ashworth takes home a "
      "silver ferrule trophy and \u00a3500.",
      errors=[E("Hallow Fell Agricultural Show", "entity", "major", "Langthwaite Agricultural Show")],
      traps=[T("saw off 74 rival sticks", "beat 74 other sticks"),
             T("finishing second", "The runner-up"),
             T("\u00a3500", "500 pounds")]),

    C("hatters", "rewrite",
      "Milliner Rosalind Pryce & Sons, which has made hats in the town of Stockbury since 1879, will close its factory "
      "at the end of January, the company said on Monday. The family-owned firm blamed rising energy costs and a fall "
      "in orders from department stores. All 27 employees have been offered redundancy packages, and the company said "
      "it was in talks with a local college about donating its wooden hat blocks, some of which are more than a "
      "century old. Managing director Alastair Pryce said the decision was \"the hardest we have ever made\". The "
      "brand name will continue under licence, with production moved to a partner workshop.",
      "Rosalind Pryce & Sons, a milliner that has made hats in Stockbury since 1879, said on Monday that its factory "
      "would shut at the end of January. Higher energy bills and fewer orders from department stores were to blame, "
      "according to the family-run company. Redundancy packages have been offered to all 27 staff, and the firm said "
      "it was talking to a local college about donating its wooden hat blocks, some of them over 100 years old. The "
      "decision was \"the hardest we have ever made\", said managing director Alastair Pryce. Production will move to "
      "a partner workshop, and the brand will carry on under licence.",
      traps=[T("Higher energy bills", "rising energy costs"),
             T("family-run company", "family-owned firm"),
             T("all 27 staff", "All 27 employees"),
             T("over 100 years old", "more than a century old"),
             T("the brand will carry on under licence", "The brand name will continue under licence")]),

    C("glovers", "rewrite",
      "Leather glove maker Fennick Gloves has signed a three-year contract to supply the national police with winter "
      "patrol gloves, the company said on Thursday. The deal, worth 3.2 million pounds, covers about 40,000 pairs a "
      "year, which will be made at Fennick's workshop in Yeovale. Chief executive Harriet Lomond said the company "
      "would recruit 15 additional stitchers and extend its apprenticeship programme. The gloves, developed with input "
      "from officers, are touchscreen-compatible and lined with recycled wool. Fennick, founded in 1921, currently "
      "employs 110 people.",
      "Fennick Gloves, a leather glove maker, said on Thursday it had signed a three-year contract to supply winter "
      "patrol gloves to the national police, the largest order in its history. Worth \u00a33.2m, the deal covers about "
      "40,000 pairs annually, which will be produced at the company's Yeovale workshop. According to chief executive "
      "Harriet Lomond, Fennick will take on 15 more stitchers and launch an apprenticeship programme. Developed with "
      "officers' input, the gloves work with touchscreens and have a recycled wool lining. The company was founded in "
      "1921 and has 110 employees.",
      errors=[E("the largest order in its history", "addition", "major", None),
              E("launch an apprenticeship programme", "event", "minor", "extend its apprenticeship programme")],
      traps=[T("\u00a33.2m", "3.2 million pounds"),
             T("take on 15 more stitchers", "recruit 15 additional stitchers")]),

    C("soap boilers", "rewrite",
      "A fire broke out early on Sunday at the Marlow Street soap works in the port town of Carrow, but no one was "
      "injured, the fire service said. Crews were called at 4:40 a.m. and the blaze was under control by 7 a.m. Around "
      "60 firefighters attended. The fire started in a storage area holding drums of tallow and caustic soda, and "
      "investigators are still working to establish the cause. The works, owned by Bellweather Soap Company, employs "
      "85 people and has been making soap on the site since 1902. The company said production would be suspended for "
      "at least a week. Residents were advised to keep windows closed because of the smoke.",
      "Nobody was hurt when fire broke out at the Marlow Street soap works in the port town of Carrow in the early "
      "hours of Sunday, according to the fire service. About 60 firefighters attended after crews were called out at "
      "4.40 a.m., and the blaze had been brought under control by 7 a.m. It began in a storage area holding drums of "
      "tallow and caustic soda; investigators have yet to establish the cause. Bellweather Soap Company, which owns "
      "the works, has made soap on the site since 1902 and employs 85 people. Production will be halted for a minimum "
      "of a week, the company said, and residents were advised to keep their windows shut because of the smoke.",
      traps=[T("Nobody was hurt", "no one was injured"),
             T("4.40 a.m.", "4:40 a.m."),
             T("investigators have yet to establish the cause",
               "investigators are still working to establish the cause"),
             T("halted for a minimum of a week", "suspended for at least a week")]),
]

CASES += [
    C("bone china", "rewrite",
      "Porcelain maker Ashcombe Fine China reported a pre-tax profit of 4.6 million pounds for the year to March, up "
      "from 2.9 million the year before, helped by strong sales in Asia. Revenue rose 18 percent to 52 million pounds. "
      "The company said exports now account for 61 percent of sales, with Japan and South Korea its largest overseas "
      "markets. Chief executive Miriam Castell said the firm would invest 7 million pounds over three years in a new "
      "low-emission kiln at its Burslem Vale factory. The board proposed a dividend of 9 pence per share.",
      "Helped by strong sales in Asia, porcelain maker Ashcombe Fine China lifted its pre-tax profit to \u00a34.6m in "
      "the year to March, from \u00a32.9m a year earlier. Revenue grew by 18 percent to \u00a352m, and exports now make "
      "up more than two-thirds of sales, with Japan and South Korea the biggest markets abroad, the company said. It "
      "will invest \u00a37m over three years in a new low-emission kiln at its Burslem Vale factory, chief executive "
      "Miriam Castell said. A dividend of 9p a share has been proposed by the board.",
      errors=[E("more than two-thirds", "number", "major", "61 percent")],
      traps=[T("\u00a34.6m", "4.6 million pounds"),
             T("9p a share", "9 pence per share")]),

    C("enamel signs", "rewrite",
      "A collection of 340 vintage enamel advertising signs will be auctioned in Harrowgate Cross on 14 September, "
      "auction house Pembury & Lyle said. The signs were assembled over four decades by the late railway enthusiast "
      "Geoffrey Tanning and include rare examples promoting tea, tobacco and bicycles. The most valuable item, a 1920s "
      "sign for Corran's Cocoa, is estimated to fetch between 8,000 and 12,000 pounds. In total, the sale is expected "
      "to raise about 150,000 pounds. Proceeds will go to Tanning's family, who said they hoped the signs would find "
      "homes where they would be appreciated.",
      "Auction house Pembury & Lyle said it would sell 340 vintage enamel advertising signs in Harrowgate Cross on 14 "
      "September. Gathered over 40 years by Geoffrey Tanning, a railway enthusiast who has since died, the collection "
      "includes rare signs advertising tea, tobacco and bicycles. Its top lot, a Corran's Cocoa sign dating from the "
      "1920s, carries an estimate of \u00a38,000-\u00a312,000, while the whole sale should bring in around "
      "\u00a3150,000. The proceeds will go to Tanning's family, who said they hoped the signs would end up in homes "
      "where they would be appreciated.",
      traps=[T("over 40 years", "over four decades"),
             T("who has since died", "the late"),
             T("an estimate of \u00a38,000-\u00a312,000", "estimated to fetch between 8,000 and 12,000 pounds"),
             T("should bring in around \u00a3150,000", "is expected to raise about 150,000 pounds")]),

    C("pewter casting", "rewrite",
      "Pewtersmith Ingram & Vale has been hired by the Royal Mintwell Museum to cast 2,000 replica drinking tankards "
      "for its 300th-anniversary exhibition, the museum said. The tankards will be made from lead-free pewter, using "
      "moulds taken from a 17th-century original that the Halberd Society lent to the museum last year. The museum may "
      "also sell a limited number of the replicas in its shop, although no decision has been made. Director Claudia "
      "Fernsby said the commission supported \"one of the country's last working pewter foundries\". The exhibition "
      "opens on 1 March and runs for six months.",
      "The Royal Mintwell Museum has commissioned pewtersmith Ingram & Vale to cast 2,000 replica drinking tankards "
      "for its 300th-anniversary exhibition, the museum said. Lead-free pewter will be used, with moulds taken from a "
      "17th-century original that the museum lent to the Halberd Society last year. The museum also plans to sell a "
      "limited number of the replicas in its shop. According to director Claudia Fernsby, the commission supports "
      "\"one of the country's last working pewter foundries\". The exhibition will open on 1 March and run for six "
      "months.",
      errors=[E("the museum lent to the Halberd Society", "role", "major",
                "the Halberd Society lent to the museum"),
              E("also plans to sell", "modality", "major",
                "may also sell a limited number of the replicas in its shop, although no decision has been made")],
      traps=[T("The Royal Mintwell Museum has commissioned pewtersmith Ingram & Vale",
               "Pewtersmith Ingram & Vale has been hired by the Royal Mintwell Museum")]),

    C("jukebox restorers", "rewrite",
      "Restoration workshop Neon Groove, based in the harbour town of Saltmere, has completed work on a 1952 Rockford "
      "Deluxe jukebox that had spent more than 30 years in a flooded cellar. The project took 14 months and required "
      "600 replacement parts, many of which had to be made by hand, owner Danny Okafor said on Tuesday. The machine, "
      "one of only about 40 of its model known to survive, has been bought by a private collector for an undisclosed "
      "price. Okafor said the workshop restores around a dozen jukeboxes a year and has a waiting list of 18 months. "
      "He plans to take on an apprentice in the spring.",
      "A 1952 Rockford Deluxe jukebox that lay in a flooded cellar for over three decades has been brought back to "
      "life by Neon Groove, a restoration workshop in the harbour town of Saltmere. Owner Danny Okafor said on Tuesday "
      "that the job had taken 14 months and needed 600 replacement parts, many of them made by hand. Only about 40 "
      "machines of the model are known to survive; this one has been sold to a private collector for a sum that was "
      "not disclosed. The workshop restores about 12 jukeboxes annually and has an 18-month waiting list, according to "
      "Okafor, who plans to take on an apprentice in the spring.",
      traps=[T("over three decades", "more than 30 years"),
             T("for a sum that was not disclosed", "for an undisclosed price"),
             T("about 12 jukeboxes annually", "around a dozen jukeboxes a year"),
             T("an 18-month waiting list", "a waiting list of 18 months")]),

    C("morse code clubs", "rewrite",
      "Membership of the Ridgeway Morse Code Club has nearly doubled in two years, reaching 230, as younger radio "
      "amateurs take up the skill, club secretary Brenda Haig said. The club, founded in 1958, runs weekly practice "
      "nets on Wednesday evenings and free beginner courses at the Tollbury community hall. Haig said that a licence "
      "is not required to learn or listen to Morse, but members must hold an amateur radio licence to transmit. The "
      "club will host a national speed-keying contest on 8 June, with entrants expected from 11 clubs.",
      "The Ridgeway Morse Code Club now has 230 members, almost twice as many as two years ago, as younger radio "
      "amateurs take up the skill, according to club secretary Brenda Haig. Founded in 1958, the club holds practice "
      "nets every Wednesday evening and runs free beginner courses at the Tollbury community hall. No licence is "
      "needed to learn or listen to Morse, Haig said, and members do not need an amateur radio licence to transmit "
      "either. On 8 June the club will host a national speed-keying contest, with entrants from 11 clubs expected.",
      errors=[E("members do not need an amateur radio licence to transmit", "polarity", "critical",
                "members must hold an amateur radio licence to transmit")],
      traps=[T("almost twice as many as two years ago", "has nearly doubled in two years"),
             T("No licence is needed to learn or listen to Morse",
               "a licence is not required to learn or listen to Morse")]),
]


# ------------------------------------------------------------- summaries 21-30
CASES += [
    C("carrier pigeons", "summary",
      "The Vellmoor Racing Pigeon Federation has cancelled its international race from Montclar, scheduled for 22 "
      "July, after forecasters predicted thunderstorms along the route. The race, over a distance of about 720 "
      "kilometres, had attracted 4,300 birds from 310 lofts. Federation chair Gordon Pilling said organisers could not "
      "risk heavy losses, recalling that a storm in 2019 caused more than a third of birds in a similar race to go "
      "missing. Birds already transported to the liberation site will be driven back to their home lofts by the "
      "federation's transporter vehicles at no cost to members. Entry fees, which total around 26,000 pounds, will be "
      "refunded in full. The federation said it would try to reschedule the race for August if a suitable date can be "
      "agreed with the authorities at the release point.",
      "The Vellmoor Racing Pigeon Federation has called off its 22 July race from Montclar because thunderstorms are "
      "forecast along the route. Chair Gordon Pilling recalled a 2019 storm in which over a third of the birds in a "
      "similar race went missing. Birds already at the release site will be driven home free of charge, all entry "
      "fees of about \u00a326,000 will be returned, and the federation hopes to rearrange the race for August if a date "
      "can be agreed with the authorities at the release point.",
      traps=[T("called off", "cancelled"),
             T("over a third", "more than a third"),
             T("free of charge", "at no cost to members"),
             T("about \u00a326,000", "around 26,000 pounds")]),

    C("geocaching", "summary",
      "The Brannock Hills National Park authority has removed 57 geocaches from protected areas after rangers found "
      "that searchers were trampling rare orchids, spokesperson Ruth Callan said on Monday. Under new rules, anyone "
      "placing a cache inside the park will need written permission, and caches will be banned within 50 metres of "
      "marked nesting sites. The park contains about 1,200 registered caches, making it one of the most popular "
      "geocaching areas in the region. Dev Mistry, who chairs the 400-member local group Brannock Cachers, said it "
      "supported the measures and would help rangers check the remaining sites. Callan stressed that the authority "
      "was not planning a total ban on geocaching in the park.",
      "The Brannock Hills National Park authority has taken out 75 geocaches from protected areas after rangers found "
      "searchers trampling rare orchids, spokesperson Dev Mistry said. Placing a cache in the park will now need "
      "written permission and caches are barred within 50 metres of marked nesting sites, but no total ban is planned. "
      "Local group Brannock Cachers backs the measures.",
      errors=[E("75", "number", "major", "57"),
              E("Dev Mistry", "entity", "major", "Ruth Callan")],
      traps=[T("barred within 50 metres", "banned within 50 metres"),
             T("backs the measures", "supported the measures")]),

    C("trig points", "summary",
      "The Caldor Mapping Agency said on Wednesday it would hand responsibility for 1,150 of its concrete "
      "triangulation pillars to local volunteer groups, as the markers are no longer needed for modern satellite "
      "surveying. The pillars, known as trig points, were built between 1936 and 1962 and many stand on hilltops "
      "popular with walkers. Under the adoption scheme, volunteers will inspect the pillars once a year and report "
      "damage, while the agency will keep ownership and pay for major repairs. About 300 pillars have already been "
      "adopted during a pilot in the western districts. Agency director Lena Whitcombe said the scheme would preserve "
      "\"a much-loved part of the landscape\" at little cost to taxpayers.",
      "The Caldor Mapping Agency is handing 1,150 concrete trig points, built between 1936 and 1962 and now redundant "
      "for satellite surveying, to volunteer groups, who will inspect them annually; the agency keeps ownership and "
      "pays for major repairs. Some 300 were adopted in a western pilot. Director Lena Whitcombe said the scheme would "
      "preserve \"a much-loved part of the landscape\" at little public expense.",
      traps=[T("now redundant for satellite surveying", "no longer needed for modern satellite surveying"),
             T("inspect them annually", "inspect the pillars once a year"),
             T("Some 300", "About 300 pillars"),
             T("at little public expense", "at little cost to taxpayers")]),

    C("traffic light history", "summary",
      "A cast-iron traffic signal believed to be one of the oldest surviving in the country has been returned to its "
      "original junction in the city of Dunmarsh after a two-year restoration, the city's heritage office said. The "
      "signal was first installed in 1931 at the corner of Bell Street and Quarry Road and operated until 1968, when "
      "it was replaced by an electronic unit. It was later found in a council depot, badly rusted. Restorers from the "
      "firm Holloway Ironworks rebuilt its lamp housings using photographs from the 1930s. The signal will not control "
      "traffic but will be lit each evening between 6 p.m. and midnight. Heritage officer Sunita Rao said the project "
      "cost 85,000 pounds, funded largely by public donations.",
      "A cast-iron traffic signal believed to be among the country's oldest survivors is back at its original Dunmarsh "
      "junction, Bell Street and Quarry Road, after a two-year, \u00a385,000 restoration funded largely by public "
      "donations. Installed in 1931 and in use until 1986, it will not direct traffic but will be lit from 6 p.m. to "
      "midnight every evening.",
      errors=[E("1986", "date", "minor", "1968")],
      traps=[T("believed to be among the country's oldest survivors",
               "believed to be one of the oldest surviving in the country"),
             T("\u00a385,000", "85,000 pounds"),
             T("from 6 p.m. to midnight", "between 6 p.m. and midnight")]),

    C("speed humps", "summary",
      "Residents of the Larchfield estate in Oxmoor have voted in favour of installing 14 speed humps on four "
      "residential streets, the borough council said on Friday. Of the 1,020 households consulted, 612 responded, and "
      "71 percent of those backed the plan. The council said average speeds on Larchfield Road had been recorded at 34 "
      "mph in a 20 mph zone. Work is expected to start in September and take about six weeks, at a cost of 96,000 "
      "pounds. Emergency services were consulted and did not object, provided the humps use a cushion design that "
      "allows wider vehicles to pass. Councillor Martin Osei said the scheme would be reviewed after 12 months.",
      "Just over seven in ten of the 612 Larchfield estate households in Oxmoor that responded to a consultation have "
      "backed 14 speed humps on four streets; average speeds of 34 mph were recorded on Larchfield Road, a 20 mph "
      "zone. The \u00a396,000 work is expected to start in September and last around six weeks, with cushion-design "
      "humps that let wider vehicles through, and the scheme will be reviewed after a year.",
      traps=[T("Just over seven in ten", "71 percent"),
             T("\u00a396,000", "96,000 pounds"),
             T("last around six weeks", "take about six weeks"),
             T("after a year", "after 12 months")]),
]

CASES += [
    C("ha-has", "summary",
      "A 250-metre ha-ha at Thornbury Court, an 18th-century country house, has partially collapsed after weeks of "
      "heavy rain, the charity that manages the estate said. The sunken wall, built around 1760 to keep livestock out "
      "of the gardens without blocking the view, gave way along a 30-metre stretch on Saturday night. No one was hurt, "
      "but the charity, the Hartwell Landscape Trust, has closed the south lawn to visitors. Repairs are expected to "
      "cost 120,000 pounds, and the trust has launched a public appeal. Estate manager Gwen Probert said specialist "
      "masons would rebuild the wall using the original stones where possible.",
      "A 30-metre section of the 250-metre ha-ha at Thornbury Court gave way on Saturday night after weeks of heavy "
      "rain; no one was hurt. The Hartwell Landscape Trust, which manages the estate, has shut the south lawn to "
      "visitors and has received a grant towards repairs expected to cost \u00a3120,000, and no one was hurt. "
      "Specialist masons will reuse the original stones where possible.",
      errors=[E("received a grant", "event", "major", "launched a public appeal"),
              E("no one was hurt", "repetition", "minor", None, occ=1)],
      traps=[T("A 30-metre section", "a 30-metre stretch"),
             T("has shut the south lawn", "has closed the south lawn")]),

    C("beehive huts", "summary",
      "Archaeologists have completed a survey of 46 beehive huts on the island of Inishcarrig, confirming that the "
      "dry-stone shelters are far older than previously thought, the National Heritage Service said on Thursday. "
      "Radiocarbon dating of charcoal from hearths inside eight of the huts produced dates between the 7th and 9th "
      "centuries, whereas the structures had been attributed to 18th-century shepherds. Lead researcher Dr Aoife "
      "Brennock said the huts were probably used by a small monastic community. The survey also found that 11 huts are "
      "at risk of collapse because of coastal erosion. The service said it would seek funding to stabilise the most "
      "vulnerable structures, but that visitor access would remain unrestricted for now.",
      "A survey of 46 beehive huts on Inishcarrig shows the dry-stone shelters are much older than once believed, the "
      "National Heritage Service said: hearth charcoal from eight of them was radiocarbon-dated to the 7th-9th "
      "centuries, not the 18th century. They were probably used by a small monastic community, said lead researcher "
      "Dr Aoife Brennock. Coastal erosion puts 11 huts at risk of collapse; the service will seek funds to stabilise "
      "the most vulnerable, but access remains unrestricted for now.",
      traps=[T("much older than once believed", "far older than previously thought"),
             T("the 7th-9th centuries", "between the 7th and 9th centuries"),
             T("Coastal erosion puts 11 huts at risk of collapse",
               "11 huts are at risk of collapse because of coastal erosion"),
             T("seek funds", "seek funding")]),

    C("shepherd huts", "summary",
      "Planning officers in the Wenmoor district have approved an application by farmer Robert Allard to place six "
      "shepherd huts on his land for holiday lets, despite objections from 23 neighbours. The huts, which will be "
      "mounted on cast-iron wheels, must be removed if the business ceases trading. Conditions attached to the "
      "permission limit each hut to two guests and ban open fires. Neighbours had raised concerns about traffic on the "
      "single-track lane leading to the farm. Allard said the income would help keep the 200-acre sheep farm viable "
      "after cuts to agricultural subsidies. The first huts are expected to open next Easter.",
      "Wenmoor planners have approved farmer Robert Allard's plan for six shepherd huts as holiday lets, overriding "
      "objections from 23 neighbours worried about traffic on the single-track lane. Each hut is limited to two guests "
      "with no open fires, and the huts must go if the business stops trading. Allard, whose 200-acre sheep farm has "
      "been losing money for several years, says the income will help keep it viable; the first huts should open next "
      "Easter.",
      errors=[E("has been losing money for several years", "addition", "major", None)],
      traps=[T("Wenmoor planners", "Planning officers in the Wenmoor district"),
             T("overriding objections from 23 neighbours", "despite objections from 23 neighbours"),
             T("should open next Easter", "are expected to open next Easter")]),

    C("narrowboat painting", "summary",
      "The Canal Heritage Forum has awarded its first grants to train young people in traditional narrowboat "
      "painting, known as roses and castles, amid concern that the craft could die out. Eight apprentices aged 18 to "
      "25 will each receive 9,000 pounds over a year to work alongside master painters on boatyards along the Grand "
      "Mercia Canal. According to the forum, fewer than 20 professional painters still practise the style full time, "
      "and most are over 60. Chair Derek Olusanya said that without new blood \"the skill will be lost within a "
      "generation\". The programme is funded by a legacy from the late boat builder Ivy Colling, who left the forum "
      "150,000 pounds in her will.",
      "Worried that roses-and-castles narrowboat painting could vanish, the Canal Heritage Forum has made its first "
      "training grants: eight apprentices aged 18-25 will get \u00a39,000 each over a year to learn from master "
      "painters at Grand Mercia Canal boatyards. Under 20 professionals still work full time in the style, most of "
      "them over 60, the forum says. The scheme is paid for by a \u00a3150,000 bequest from the late boat builder Ivy "
      "Colling.",
      traps=[T("could vanish", "could die out"),
             T("aged 18-25", "aged 18 to 25"),
             T("Under 20 professionals", "fewer than 20 professional painters"),
             T("a \u00a3150,000 bequest", "left the forum 150,000 pounds in her will")]),

    C("houseboat moorings", "summary",
      "The Riverside Navigation Authority plans to raise mooring fees for residential houseboats on the River Lune by "
      "up to 22 percent from April, according to documents seen by the Wexbury Echo. The authority said no final "
      "decision had been taken and that the proposals would go out to consultation next month. The Lune Boat "
      "Dwellers' Association, which represents about 350 households, said the increase could force some elderly "
      "residents off the water. Its secretary, Kath Doyle, called the plans \"a tax on an affordable way of life\". The "
      "authority said fees had been frozen for three years and that income was needed to repair towpaths and dredge "
      "silted stretches of the river.",
      "The Riverside Navigation Authority will raise residential mooring fees on the River Lune by up to 22 percent "
      "from April, according to documents seen by the Wexbury Echo. Fees have been frozen for three years and the "
      "money is needed for towpath repairs and dredging, the authority said. The authority also concedes the rise "
      "could force some elderly residents off the water, while the boat dwellers' association called the plans \"a "
      "tax on an affordable way of life\".",
      errors=[E("will raise", "modality", "major", "plans to raise"),
              E("The authority also concedes", "attribution", "major", "The Lune Boat Dwellers' Association")],
      traps=[T("towpath repairs and dredging", "repair towpaths and dredge silted stretches of the river")]),
]


# ---------------------------------------------------------- translations 31-40
CASES += [
    C("seaplane routes", "translation",
      "The regional airline Fjordfly will open a seaplane route between the port of \u00c5lvik and the island "
      "community of Skars\u00f8y on 1 June, the company announced on Tuesday. Flights will operate twice daily on "
      "weekdays and once on Saturdays, with a journey time of 25 minutes, compared with almost three hours by ferry. "
      "The aircraft, a nine-seat amphibious plane, will take off and land in the harbour basin. A one-way ticket will "
      "cost 890 kroner. Chief executive Sigrid Nordvik said the route would be operated on a trial basis until the end "
      "of September. The municipality of Skars\u00f8y is contributing 2 million kroner to the start-up costs.",
      "From 1 June the regional airline Fjordfly is to begin seaplane flights linking the port of \u00c5lvik with the "
      "island community of Skars\u00f8y, the company informed on Tuesday. There will be two departures every weekday "
      "and one on Saturdays, and the trip will take 25 minutes, against close to three hours with the ferry. The "
      "nine-seat amphibian aircraft will use the harbour basin for take-off and landing. Travellers will pay 890 "
      "kroner for a single ticket. According to CEO Sigrid Nordvik, the route will run as a trial until the end of "
      "September. Skars\u00f8y municipality is contributing 2 million kroner towards the start-up costs.",
      traps=[T("two departures every weekday", "twice daily on weekdays"),
             T("close to three hours with the ferry", "almost three hours by ferry"),
             T("a single ticket", "A one-way ticket"),
             T("CEO", "Chief executive"),
             T("will run as a trial", "would be operated on a trial basis")]),

    C("airship hangars", "translation",
      "The former airship hangar at Lindenhof, one of the largest free-standing halls in Europe, has been sold by the "
      "federal property agency to the logistics group Kranich Logistik for 31 million euros, the agency confirmed on "
      "Friday. The hangar, built in 1934, is 360 metres long and 60 metres high. Kranich plans to use part of the hall "
      "as a distribution centre, while the eastern section, which is listed as a historical monument, will be opened "
      "to the public as an aviation museum. The mayor of Lindenhof, Petra Hallgarten, welcomed the sale, saying it "
      "would create around 400 jobs. The agency had been trying to sell the site since 2016.",
      "The former airship hangar in Lindenhof, one of Europe's biggest free-standing halls, has been sold by the "
      "logistics company Kranich Logistik to the federal property agency for 31 million euros, as the agency "
      "confirmed on Friday. Built in 1934, the hangar measures 360 metres in length and 60 metres in height. Kranich "
      "intends to use part of the hall as a distribution centre; the eastern part, which is under monument protection, "
      "will be opened to visitors as an aviation museum. Lindenhof's mayor Petra Hallgarten welcomed the sale and said "
      "it would bring about 400 jobs. The agency had been trying to sell the property since 2016.",
      errors=[E("sold by the logistics company Kranich Logistik to the federal property agency", "role", "critical",
                "sold by the federal property agency to the logistics group Kranich Logistik")],
      traps=[T("one of Europe's biggest free-standing halls", "one of the largest free-standing halls in Europe"),
             T("under monument protection", "listed as a historical monument"),
             T("about 400 jobs", "around 400 jobs")]),

    C("glider winches", "translation",
      "The gliding club of Saint-Amblard has taken delivery of a new electric winch, the first of its kind in the "
      "region, which will replace its 40-year-old diesel model. The winch, which cost 145,000 euros, was financed half "
      "by the regional council and half by the club's 120 members through loans and donations. According to club "
      "president Jean-Marc Delorme, each launch will cost about 60 percent less in energy, and noise at the airfield "
      "will be significantly reduced. The winch can launch a glider to a height of around 450 metres in under a "
      "minute. It will enter service at the start of the season in March, after the pilots have completed training.",
      "The Saint-Amblard gliding club has received a new electric winch, the first such machine in the region, to "
      "replace its forty-year-old diesel machine. Half of the 145,000-euro price was paid by the regional council and "
      "the other half by the 120 club members, through loans and donations. Club president Jean-Marc Delorme says the "
      "energy cost of each launch will fall by roughly 60 percent and there will be much less noise at the airfield. "
      "In less than a minute the winch can pull a glider up to about 450 metres. It will go into service when the "
      "season opens in March, once the pilots have finished their training.",
      traps=[T("forty-year-old diesel machine", "40-year-old diesel model"),
             T("will fall by roughly 60 percent", "will cost about 60 percent less"),
             T("In less than a minute", "in under a minute"),
             T("about 450 metres", "around 450 metres")]),

    C("seismograph stations", "translation",
      "The National Geophysical Institute will install 35 new seismograph stations along the southern coast by the end "
      "of next year, institute director Dr Tom\u00e1s Valdivieso said on Monday. The stations, costing a total of 4.2 "
      "million dollars, will send data in real time to the monitoring centre in the capital and are expected to cut "
      "the time needed to issue earthquake alerts from about 90 seconds to less than 30. Funding comes mainly from an "
      "international development bank loan. Valdivieso said the current network of 60 stations left gaps in remote "
      "areas where several strong earthquakes had occurred in recent decades. The first ten stations will be installed "
      "in the province of San Aurelio.",
      "By the end of next year the National Institute of Geophysics will set up 35 new seismographic stations along "
      "the south coast, the institute's director, Dr. Tom\u00e1s Valdivieso, announced on Monday. The stations, with "
      "a total cost of 42 million dollars, will transmit data in real time to the monitoring centre in the capital and "
      "should reduce the time it takes to issue an earthquake alert from approximately 90 seconds to under 30. The "
      "financing comes from a loan from an international development bank. According to Valdivieso, the present "
      "network of 60 stations leaves gaps in remote zones where various strong earthquakes have taken place in recent "
      "decades. The first ten stations will be installed in San Aurelio province.",
      errors=[E("42 million dollars", "number", "major", "4.2 million dollars"),
              O("The financing comes", "mainly", "minor")],
      traps=[T("National Institute of Geophysics", "National Geophysical Institute"),
             T("under 30", "less than 30")]),

    C("tsunami buoys", "translation",
      "The Meteorological Agency has replaced four deep-ocean tsunami buoys off the eastern coast that had stopped "
      "transmitting after being damaged by fishing nets, an agency official said on Wednesday. The replacement, "
      "carried out by the research vessel Kaiyo Maru 3, took 11 days and cost about 380 million yen. The official, "
      "Hiroshi Tanabe, said the agency would also place warning markers around the buoys and ask fishing cooperatives "
      "to avoid the area within two nautical miles. Since the buoys went silent in March, tsunami warnings for the "
      "region had relied on coastal tide gauges, which give less advance notice. The buoys are anchored at depths of "
      "up to 5,800 metres.",
      "Four deep-sea tsunami buoys off the east coast, which had ceased sending signals after fishing nets damaged "
      "them, have been replaced by the Meteorological Agency, an agency official announced Wednesday. The research "
      "ship Kaiyo Maru No. 3 carried out the work, which lasted 11 days and cost roughly 380 million yen. According to "
      "the official, Hiroshi Tanabe, the agency will additionally set up warning markers around the buoys and request "
      "fishing cooperatives to keep out of a two-nautical-mile zone around them. Since March, when the buoys fell "
      "silent, tsunami warnings for the region had depended on tide gauges along the coast, which provide less "
      "advance warning. The buoys are moored at depths of as much as 5,800 metres.",
      traps=[T("ceased sending signals", "stopped transmitting"),
             T("Kaiyo Maru No. 3", "Kaiyo Maru 3"),
             T("roughly 380 million yen", "about 380 million yen"),
             T("a two-nautical-mile zone around them", "the area within two nautical miles"),
             T("depths of as much as 5,800 metres", "depths of up to 5,800 metres")]),
]

CASES += [
    C("geyser parks", "translation",
      "The Hverdalur Geyser Park will introduce an entrance fee for the first time from 1 May, the landowners' company "
      "announced. Adults will pay 1,500 kr\u00f3nur, while children under 16 will continue to enter free. The company "
      "said the income would be used to build new walkways and to hire rangers, after several visitors were burned "
      "last summer when they left marked paths. Visitor numbers reached 780,000 last year, nearly twice as many as in "
      "2015. Tour operators criticised the short notice, but the company said the fee would not apply to tours booked "
      "before 1 March.",
      "From 1 May, for the first time, visitors to Hverdalur Geyser Park will have to pay to get in, the company owned "
      "by the landowners has announced. The charge for adults is 1,500 kr\u00f3nur; entry remains free for children "
      "younger than 16. The revenue will go towards new walkways and the employment of rangers, the company said, "
      "after a number of visitors suffered burns last summer when they strayed from the marked paths. Last year "
      "780,000 people visited, almost double the figure for 2015. Tour operators have criticised the short notice, but "
      "according to the company the fee would also apply to tours booked before 1 March.",
      errors=[E("would also apply", "polarity", "major", "would not apply")],
      traps=[T("children younger than 16", "children under 16"),
             T("suffered burns", "were burned"),
             T("almost double the figure for 2015", "nearly twice as many as in 2015")]),

    C("mud baths", "translation",
      "The spa town of Baile S\u0103rata has reopened its historic mud baths after a three-year renovation costing 6.5 "
      "million lei, the town hall announced on Saturday. The baths, which use sapropelic mud from the nearby salt lake, "
      "were first opened in 1887 and had been closed since 2020 because of structural problems. The renovated complex "
      "has 24 treatment rooms and can receive up to 300 patients a day. Mayor Ioana Cr\u0103ciun said treatments "
      "would be partly reimbursed by the national health insurance fund for patients with a doctor's referral. The "
      "town hopes the reopening will bring back tourists who stopped coming after the closure.",
      "After three years of renovation works worth 6.5 million lei, the historic mud baths of the spa town Baile "
      "S\u0103rata have opened again, the town hall said on Saturday. The baths, which first opened in 1887 and use "
      "sapropelic mud taken from the salt lake close by, had been shut since 2020 owing to structural problems. The "
      "modernised complex has 24 treatment rooms and a capacity of as many as 300 patients per day. According to mayor "
      "Ioana Cr\u0103ciun, the national health insurance fund will partly cover the cost of treatments for patients "
      "who have a referral from their doctor. The town hopes that the reopening will bring back the tourists who had "
      "stopped coming after the baths closed.",
      traps=[T("opened again", "reopened"),
             T("shut since 2020 owing to", "closed since 2020 because of"),
             T("a capacity of as many as 300 patients per day", "can receive up to 300 patients a day"),
             T("will partly cover the cost of treatments", "treatments would be partly reimbursed")]),

    C("borax lakes", "translation",
      "The mining company Salinas del Altiplano has suspended borax extraction at Laguna Quemada after inspectors from "
      "the environmental agency found that waste water was leaking into a wetland used by migratory birds. The "
      "suspension, ordered on 9 October, will remain in force until the company presents a new water management plan. "
      "About 150 workers have been temporarily sent home on reduced pay. The governor of the province of Tacora, Elena "
      "Mamani, said the state would not allow economic interests to endanger the lagoon. The company, which produces "
      "around 40,000 tonnes of borax a year, said it had already begun repairs to the drainage system.",
      "The mining firm Salinas del Altiplano has halted its borax extraction at Laguna Quemada after environmental "
      "agency inspectors discovered that waste water was seeping into a wetland used by migratory birds. The "
      "suspension, which was ordered on September 10, will stay in place until the company submits a new water "
      "management plan. Some 150 workers have been sent home temporarily with reduced wages. The governor of the "
      "province of Quemada, Elena Mamani, stated that the state will not permit economic interests to put the lagoon "
      "at risk. The company, whose output is roughly 40,000 tonnes of borax per year, said it had already started "
      "repairing the drainage system.",
      errors=[E("September 10", "date", "major", "9 October"),
              E("province of Quemada", "entity", "major", "province of Tacora")],
      traps=[T("seeping into", "leaking into"),
             T("Some 150 workers", "About 150 workers"),
             T("roughly 40,000 tonnes of borax per year", "around 40,000 tonnes of borax a year")]),

    C("flamingo lakes", "translation",
      "A record 94,000 flamingos were counted at Lake Ngaruka this year, according to the annual census published on "
      "Monday by the Wildlife Conservation Office. The figure is 15 percent higher than last year's and the highest "
      "since counts began in 1998. Researchers attribute the increase to heavy rains that raised water levels and "
      "boosted the growth of the algae on which the birds feed. However, the office warned that plans for a soda ash "
      "plant on the eastern shore could threaten the breeding grounds. The census was carried out by 40 volunteers and "
      "staff using drones and ground counts over three days in July.",
      "This year's annual census by the Wildlife Conservation Office, released on Monday, counted a record 94,000 "
      "flamingos at Lake Ngaruka. That is 15 per cent more than last year and the largest number since counting "
      "started in 1998. According to the researchers, abundant rainfall lifted the water level and encouraged the "
      "growth of the algae that the birds eat. The office cautioned, however, that a planned soda ash factory on the "
      "east shore could endanger the breeding areas. Forty volunteers and staff members conducted the census over "
      "three days in July, using drones as well as counts on the ground.",
      traps=[T("15 per cent more than last year", "15 percent higher than last year's"),
             T("abundant rainfall", "heavy rains"),
             T("could endanger the breeding areas", "could threaten the breeding grounds"),
             T("Forty volunteers and staff members", "40 volunteers and staff")]),

    C("mangrove planting", "translation",
      "Fishermen's cooperatives in the district of Pantai Seruni planted 120,000 mangrove seedlings along eight "
      "kilometres of eroded coastline over the past four months, the provincial environment office said on Thursday. "
      "The project, funded by a grant of 2.1 billion rupiah from the state-owned energy company Tenaga Samudera, aims "
      "to protect villages from storm surges and restore fish breeding areas. Survival rates of the seedlings have so "
      "far been around 70 percent, officials said. Head of the environment office Rudi Hartono said a second phase "
      "covering a further five kilometres would begin in January if funding is confirmed. Local women's groups have "
      "been trained to run the seedling nurseries.",
      "Over the last four months, fishing cooperatives in Pantai Seruni district have planted 120,000 mangrove "
      "seedlings on eight kilometres of eroded coast, the provincial environmental office reported on Thursday. "
      "Financed with a 2.1-billion-rupiah grant from the state energy firm Tenaga Samudera, the project is intended to "
      "shield villages from storm surges and to rehabilitate fish spawning grounds. Up to now, about 70 percent of the "
      "seedlings have survived, according to officials. Rudi Hartono, who heads the environmental office, said a "
      "second phase along another five kilometres would start in January provided the funding is confirmed. Women's "
      "groups from the area have been employed to run the seedling nurseries.",
      errors=[E("have been employed to run", "event", "minor", "have been trained to run")],
      traps=[T("a 2.1-billion-rupiah grant", "a grant of 2.1 billion rupiah"),
             T("about 70 percent of the seedlings have survived",
               "Survival rates of the seedlings have so far been around 70 percent")]),
]


# ------------------------------------------------------------ build + validate
WORD = re.compile(r"\w", re.UNICODE)


def is_word_char(ch):
    return bool(WORD.match(ch))


def find_nth(hay, needle, occ):
    """Start offset of occurrence `occ` (0-based) of `needle` in `hay`."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def locate(cand, text, occ, where, problems):
    n = cand.count(text)
    if n == 0:
        problems.append("%s: %r not found in candidate" % (where, text))
        return None
    if n > 1 and occ is None:
        problems.append("%s: %r occurs %d times; give occ" % (where, text, n))
        return None
    start = find_nth(cand, text, occ or 0)
    if start < 0:
        problems.append("%s: occurrence %s of %r missing" % (where, occ, text))
        return None
    return start, start + len(text)


def check_bounds(cand, start, end, where, problems):
    if start > 0 and is_word_char(cand[start - 1]) and is_word_char(cand[start]):
        problems.append("%s: span start cuts a word at %d" % (where, start))
    if end < len(cand) and end > 0 and is_word_char(cand[end - 1]) and is_word_char(cand[end]):
        problems.append("%s: span end cuts a word at %d" % (where, end))


def words(s):
    return len(s.split())


def build():
    problems = []
    records = []
    if len(CASES) != 40:
        problems.append("expected 40 cases, got %d" % len(CASES))
    seen_domains = set()
    for i, case in enumerate(CASES, 1):
        rid = "s%d-%03d" % (SET_NO, i)
        ref, cand, mode = case["reference"], case["candidate"], case["mode"]
        where = "%s (%s)" % (rid, case["domain"])
        if case["domain"] not in DOMAINS:
            problems.append("%s: domain not in list" % where)
        if case["domain"] in seen_domains:
            problems.append("%s: domain repeated" % where)
        seen_domains.add(case["domain"])
        if mode not in MODES:
            problems.append("%s: bad mode %r" % (where, mode))
        nw = words(ref)
        if not 70 <= nw <= 190:
            problems.append("%s: reference has %d words" % (where, nw))
        if mode == "summary" and not (len(cand) < len(ref) and words(cand) < nw):
            problems.append("%s: summary not shorter than reference" % where)
        if ref == cand:
            problems.append("%s: candidate identical to reference" % where)
        label = "inconsistent" if case["errors"] else "consistent"
        spans = []  # (start, end, what) for overlap checks
        errors = []
        for j, e in enumerate(case["errors"]):
            w = "%s error %d" % (where, j)
            etype = e["type"]
            if etype not in ERROR_TYPES:
                problems.append("%s: bad type %r" % (w, etype))
            if e["severity"] not in SEVERITIES:
                problems.append("%s: bad severity %r" % (w, e["severity"]))
            if e["kind"] == "omission":
                if mode == "summary":
                    problems.append("%s: omission in a summary" % w)
                loc = locate(cand, e["after"], e["occ"] if e["occ"] else None, w, problems)
                if loc is None:
                    continue
                pos = loc[1]
                if pos < len(cand) and is_word_char(cand[pos - 1]) and is_word_char(cand[pos]):
                    problems.append("%s: omission point inside a word" % w)
                if not e["ref"] or e["ref"] not in ref:
                    problems.append("%s: omission ref_text not in reference" % w)
                if e["ref"] and e["ref"].lower() in cand.lower():
                    problems.append("%s: omitted words still present in candidate" % w)
                errors.append({"start": pos, "end": pos, "text": "", "type": "omission",
                               "severity": e["severity"], "ref_text": e["ref"]})
                spans.append((pos, pos, w))
                continue
            if etype == "omission":
                problems.append("%s: omission must use O()" % w)
            loc = locate(cand, e["text"], e["occ"] if e["occ"] else None, w, problems)
            if loc is None:
                continue
            start, end = loc
            check_bounds(cand, start, end, w, problems)
            if etype in ("addition", "repetition"):
                if e["ref"] is not None:
                    problems.append("%s: %s must have ref_text null" % (w, etype))
                if etype == "repetition" and e["text"] not in cand[:start]:
                    problems.append("%s: repetition has no earlier copy" % w)
                if etype == "addition" and e["text"] in ref:
                    problems.append("%s: 'addition' text is in the reference" % w)
            else:
                if not e["ref"] or e["ref"] not in ref:
                    problems.append("%s: ref_text %r not in reference" % (w, e["ref"]))
                if e["ref"] == e["text"]:
                    problems.append("%s: error text equals ref_text" % w)
            errors.append({"start": start, "end": end, "text": cand[start:end], "type": etype,
                           "severity": e["severity"], "ref_text": e["ref"]})
            spans.append((start, end, w))
        traps = []
        for j, t in enumerate(case["traps"]):
            w = "%s trap %d" % (where, j)
            loc = locate(cand, t["text"], t["occ"] if t["occ"] else None, w, problems)
            if loc is None:
                continue
            start, end = loc
            check_bounds(cand, start, end, w, problems)
            if t["ref"] not in ref:
                problems.append("%s: trap ref_text %r not in reference" % (w, t["ref"]))
            if t["ref"] == t["text"]:
                problems.append("%s: trap is not reworded" % w)
            traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": t["ref"]})
            spans.append((start, end, w))
        spans.sort()
        for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == e1 == s2 == e2):
                problems.append("%s: %s overlaps %s" % (where, w1, w2))
        for s0, e0, w0 in spans:  # zero-width points strictly inside another span
            if s0 == e0:
                for s1, e1, w1 in spans:
                    if s1 < s0 < e1:
                        problems.append("%s: %s falls inside %s" % (where, w0, w1))
        n_err, n_trap = len(errors), len(traps)
        if label == "consistent" and not 3 <= n_trap <= 5:
            problems.append("%s: consistent pair has %d traps" % (where, n_trap))
        if label == "inconsistent" and not (0 <= n_trap <= 3 and 1 <= n_err <= 3):
            problems.append("%s: inconsistent pair has %d errors, %d traps" % (where, n_err, n_trap))
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": rid, "domain": case["domain"], "mode": mode, "reference": ref,
                        "candidate": cand, "label": label, "errors": errors, "traps": traps})
    return records, problems


def composition(records):
    modes = Counter(r["mode"] for r in records)
    labels = Counter(r["label"] for r in records)
    mode_label = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    traps = sum(len(r["traps"]) for r in records)
    return modes, labels, mode_label, types, sev, per_pair, traps


def check_composition(records, problems):
    modes, labels, mode_label, types, sev, per_pair, traps = composition(records)
    want_modes = {"rewrite": 20, "summary": 10, "translation": 10}
    for m, n in want_modes.items():
        if modes[m] != n:
            problems.append("mode %s: %d pairs, want %d" % (m, modes[m], n))
        if mode_label[(m, "consistent")] != n // 2:
            problems.append("mode %s: %d consistent, want %d" % (m, mode_label[(m, "consistent")], n // 2))
    if labels["consistent"] != 20 or labels["inconsistent"] != 20:
        problems.append("labels: %s" % dict(labels))
    if sum(types.values()) != 30:
        problems.append("total errors %d, want 30" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s used %d times" % (t, types[t]))
    if len(set(DOMAINS)) != 40 or {r["domain"] for r in records} != set(DOMAINS):
        problems.append("domains do not match the list")


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    check_composition(records, problems)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s); nothing written" % len(problems))
        sys.exit(1)
    modes, labels, mode_label, types, sev, per_pair, traps = composition(records)
    print("pairs:", len(records))
    print("modes:", dict(modes))
    print("labels:", dict(labels))
    print("mode x label:", {"%s/%s" % k: v for k, v in sorted(mode_label.items())})
    print("error types:", {t: types[t] for t in ERROR_TYPES}, "total", sum(types.values()))
    print("severities:", dict(sev))
    print("errors per inconsistent pair:", dict(sorted(per_pair.items())))
    print("traps:", traps)
    if check_only:
        print("check only: valid, nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    main()
