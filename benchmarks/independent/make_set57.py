#!/usr/bin/env python3
"""Held-out evaluation set 57 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project and no existing benchmark, working only from a written
brief.  All people, companies, organisations, places and figures are invented
(real countries appear only as background).  Character offsets are never typed
by hand: this script finds every span by string search (with an occurrence
index where the quoted text repeats), validates the whole set and writes
set57.jsonl next to itself.  `python3 make_set57.py --check` validates only.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total over the 20 inconsistent pairs (10 pairs with one error,
          10 with two): entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 2, event 3, omission 2 (rewrite and
          translation only), addition 2, repetition 2
  traps:  139 faithful rewordings marked as traps (3-5 in each consistent
          pair, 0-3 in each inconsistent pair)
References are 70-190 words in news / agency / corporate / official register.
"""
import json
import os
import sys

N = 57
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "brass rubbing", "candle dipping", "corn dollies", "cutlery makers",
    "dowsing", "felt hats", "fire lookouts", "flint knapping", "gargoyles",
    "glove puppets", "gold leaf", "hat pins", "horse brasses", "jigsaw clubs",
    "knot tying", "lace bobbins", "lamp lighters", "lido reopenings",
    "loom weavers", "map folding", "marble runs", "marquee hire",
    "mosaic floors", "organ grinders", "parish magazines", "pearl buttons",
    "pedal cars", "pinball halls", "pipe smoking clubs", "plate spinning",
    "postbox toppers", "punch and judy", "rag rugs", "reed beds",
    "sculpture trails", "shoe shines", "silversmiths", "snuff mills",
    "soap carving", "straw bales",
]

# Case format (offsets are computed later):
#   errors: {"text", "occ" (optional), "type", "severity", "ref_text"}
#   omission errors: {"type": "omission", "anchor", "side": "after"|"before",
#                     "occ" (optional), "ref_text", "severity"}
#   traps: {"text", "occ" (optional), "ref_text"}
CASES = []

# ---------------------------------------------------------------- cases 1-10
CASES += [
    {   # 1
        "domain": "brass rubbing", "mode": "rewrite", "label": "consistent",
        "reference": (
            "The Aldwick Heritage Trust said on Monday that it will reopen the brass rubbing centre in "
            "St Oswin's crypt on 4 May after an 18-month closure. The centre, which drew about 12,000 "
            "visitors a year before it shut, was closed in late 2022 when damp was found in the vaulted "
            "ceiling. Repairs cost £340,000, two-thirds of which was covered by a grant from the Penbury "
            "Foundation. Trust director Maren Cole said sessions would be limited to 30 people at a time "
            "and that children under eight must be accompanied by an adult. Replica brasses will be used "
            "for all rubbings, as the original memorial plates are now considered too fragile to handle."),
        "candidate": (
            "The brass rubbing centre in the crypt of St Oswin's will open its doors again on 4 May, the "
            "Aldwick Heritage Trust announced on Monday, ending a closure of a year and a half. It had "
            "been shut since late 2022, when damp was discovered in the vaulted ceiling; before then it "
            "attracted roughly 12,000 people annually. The Penbury Foundation provided a grant covering "
            "two-thirds of the £340,000 repair bill. No more than 30 people will be admitted to each "
            "session, according to Maren Cole, the trust's director, and under-eights will need to come "
            "with an adult. All rubbings will be made from replicas because the original memorial plates "
            "are now deemed too fragile to be handled."),
        "errors": [],
        "traps": [
            {"text": "a closure of a year and a half", "ref_text": "an 18-month closure"},
            {"text": "roughly 12,000 people annually", "ref_text": "about 12,000 visitors a year"},
            {"text": "No more than 30 people will be admitted to each session",
             "ref_text": "sessions would be limited to 30 people at a time"},
            {"text": "under-eights will need to come with an adult",
             "ref_text": "children under eight must be accompanied by an adult"},
            {"text": "deemed too fragile to be handled", "ref_text": "considered too fragile to handle"},
        ],
    },
    {   # 2
        "domain": "candle dipping", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "Wexcombe Chandlers, a family-run candle maker based in the market town of Dunmere, will "
            "double its dipping capacity after winning a £95,000 contract to supply three cathedrals with "
            "altar candles. Managing director Petra Lund said the company would hire four additional "
            "dippers by September and extend its workshop into a neighbouring barn. The firm currently "
            "produces around 6,000 hand-dipped candles a month, all using beeswax sourced from within 40 "
            "miles of the town. Lund said the contract, which runs for three years, was the largest in the "
            "company's 62-year history. The firm will not raise prices for existing retail customers this "
            "year, she added."),
        "candidate": (
            "Wexcombe Chandlers, a family-owned candle maker in the market town of Dunmere, is to double "
            "its dipping capacity after securing a £95,000 deal to provide altar candles to three "
            "cathedrals. The company will take on four more dippers by September and expand its workshop "
            "into an adjoining barn, managing director Petra Lund said. It now makes about 6,000 "
            "hand-dipped candles a month, all from beeswax sourced within 40 miles of the town. Lund "
            "described the three-year contract as the biggest in the firm's 52-year history. Prices for "
            "existing retail customers will not go up, she added."),
        "errors": [
            {"text": "52-year history", "type": "number", "severity": "minor",
             "ref_text": "62-year history"},
            {"type": "omission", "anchor": "will not go up", "side": "after", "severity": "major",
             "ref_text": "this year"},
        ],
        "traps": [
            {"text": "family-owned", "ref_text": "family-run"},
            {"text": "securing a £95,000 deal", "ref_text": "winning a £95,000 contract"},
            {"text": "an adjoining barn", "ref_text": "a neighbouring barn"},
        ],
    },
    {   # 3
        "domain": "corn dollies", "mode": "summary", "label": "consistent",
        "reference": (
            "The Fenwold Rural Crafts Guild has been awarded £48,000 by the Heritage Skills Fund to run "
            "free corn dolly workshops across 15 village halls over the next two years, the guild "
            "announced on Thursday. Each workshop will be led by one of the guild's six master plaiters, "
            "and places will be offered first to residents over 60 and to schoolchildren. Guild chair "
            "Tobias Wren said the craft was 'at real risk of dying out', noting that fewer than 20 people "
            "in the county could still make the traditional harvest knots. The first sessions are due to "
            "take place in Stallbridge in October, with straw donated by local farms. The guild also "
            "plans to publish an illustrated pattern book next spring."),
        "candidate": (
            "A £48,000 grant from the Heritage Skills Fund will let the Fenwold Rural Crafts Guild hold "
            "free corn dolly workshops in 15 village halls over the next two years, with priority given "
            "to over-60s and schoolchildren. Its chair warned the craft was at serious risk of "
            "disappearing, as under 20 people in the county can still make the traditional harvest "
            "knots. The first sessions are due to be held in Stallbridge in October."),
        "errors": [],
        "traps": [
            {"text": "priority given to over-60s and schoolchildren",
             "ref_text": "places will be offered first to residents over 60 and to schoolchildren"},
            {"text": "at serious risk of disappearing", "ref_text": "at real risk of dying out"},
            {"text": "under 20 people", "ref_text": "fewer than 20 people"},
            {"text": "are due to be held", "ref_text": "are due to take place"},
        ],
    },
    {   # 4
        "domain": "cutlery makers", "mode": "translation", "label": "inconsistent",
        "reference": (
            "The cutlery manufacturer Brenner & Voss has agreed to take over its smaller rival Kaltenau "
            "Besteck, the two companies announced on Wednesday. The purchase price was not disclosed, but "
            "people familiar with the deal put it at around 14 million euros. Kaltenau, founded in 1921, "
            "employs 85 people at its forge in Oberwill and is known for its hand-polished knives. "
            "Brenner & Voss said all jobs at the Oberwill site would be kept for at least three years and "
            "that the Kaltenau brand would continue to exist. The deal still requires approval from the "
            "competition authority, which is expected to decide by the end of March."),
        "candidate": (
            "The cutlery maker Brenner & Voss has agreed to be taken over by its smaller competitor "
            "Kaltenau Besteck, both firms said on Wednesday. No purchase price was given, though sources "
            "close to the transaction estimate it at roughly 14 million euros. Kaltenau, established in "
            "1921, has 85 employees at its forge in Oberwill and is renowned for hand-polished knives. "
            "Brenner & Voss stated that every job at the Oberwill site would be preserved for a minimum "
            "of three years and that the Kaltenau name would be retained. The transaction must still be "
            "approved by the competition watchdog, which is expected to rule by the end of March."),
        "errors": [
            {"text": "Brenner & Voss has agreed to be taken over by its smaller competitor Kaltenau Besteck",
             "type": "role", "severity": "critical",
             "ref_text": "Brenner & Voss has agreed to take over its smaller rival Kaltenau Besteck"},
        ],
        "traps": [
            {"text": "roughly 14 million euros", "ref_text": "around 14 million euros"},
            {"text": "has 85 employees", "ref_text": "employs 85 people"},
            {"text": "for a minimum of three years", "ref_text": "for at least three years"},
        ],
    },
    {   # 5
        "domain": "dowsing", "mode": "rewrite", "label": "consistent",
        "reference": (
            "Water company Severn Vale Utilities has confirmed that some of its engineers used dowsing "
            "rods to look for leaking pipes, after internal emails were published by the campaign group "
            "Clearwater Watch. A spokesperson said the practice was 'not company policy' and that rods "
            "were never the sole method used; acoustic sensors and ground radar were deployed on every "
            "job. The emails, sent between 2019 and 2021, showed at least nine engineers in the Hollins "
            "district discussing the rods. Campaigners said customers were entitled to know how the "
            "company spends its £1.3bn annual budget. The regulator, Ofwell, said it would write to the "
            "firm asking for an explanation within 14 days."),
        "candidate": (
            "Some engineers at Severn Vale Utilities used dowsing rods to hunt for leaking pipes, the "
            "water company has confirmed, after campaign group Clearwater Watch published internal "
            "emails. The rods were never the only tool used, a spokesperson said, insisting the practice "
            "was 'not company policy': every job also involved acoustic sensors and ground radar. In the "
            "emails, which date from 2019 to 2021, at least nine engineers in the Hollins district can be "
            "seen discussing the rods. Customers had a right to know how the firm spends its annual "
            "budget of £1.3 billion, campaigners argued. Ofwell, the regulator, said it would write to "
            "the company and ask it for an explanation within two weeks."),
        "errors": [],
        "traps": [
            {"text": "never the only tool used", "ref_text": "never the sole method used"},
            {"text": "date from 2019 to 2021", "ref_text": "sent between 2019 and 2021"},
            {"text": "had a right to know", "ref_text": "were entitled to know"},
            {"text": "£1.3 billion", "ref_text": "£1.3bn"},
            {"text": "within two weeks", "ref_text": "within 14 days"},
        ],
    },
    {   # 6
        "domain": "felt hats", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "Millbrook Hatters, the last felt hat factory in the Corran valley, may have to close by the "
            "end of the year unless it finds a buyer, its owners warned on Friday. The company, which "
            "employs 23 people, has seen orders fall by 40% since 2021 as demand for formal headwear has "
            "declined. Co-owner Isla Thorne said talks with two potential investors were continuing but "
            "that no offer had yet been made. The local council said it was exploring whether a heritage "
            "grant could help keep the factory open. Millbrook has made felt hats on the same site since "
            "1887 and supplies several theatre costume departments."),
        "candidate": (
            "The owners of Millbrook Hatters, the Corran valley's last felt hat factory, warned on Friday "
            "that it will have to close by the end of the year if no buyer is found. Orders at the "
            "23-employee company have dropped by 40% since 2021 amid falling demand for formal headwear. "
            "Talks with two possible investors are ongoing, co-owner Isla Thorne said, although no offer "
            "has been made so far. The local council is looking into whether a heritage grant could help "
            "keep the factory open. Millbrook, which supplies several theatre costume departments, has "
            "been making felt hats on the same site since 1887."),
        "errors": [
            {"text": "will have to close", "type": "modality", "severity": "major",
             "ref_text": "may have to close"},
        ],
        "traps": [
            {"text": "if no buyer is found", "ref_text": "unless it finds a buyer"},
            {"text": "the 23-employee company", "ref_text": "employs 23 people"},
            {"text": "are ongoing", "ref_text": "were continuing"},
        ],
    },
    {   # 7
        "domain": "fire lookouts", "mode": "summary", "label": "inconsistent",
        "reference": (
            "The Ridgeback Forest Authority will staff its three historic fire lookout towers again this "
            "summer for the first time since 2009, after two dry seasons in which satellite detection "
            "missed several small blazes. Each tower will be manned from 1 June to 15 September by "
            "volunteers working six-hour shifts between 10am and 8pm. The authority has recruited 54 "
            "volunteers so far and hopes to reach 70 by mid-May. Chief ranger Owen Falk said the lookouts "
            "would supplement, not replace, the satellite system. Repairs to the towers' cabins and "
            "stairways cost 210,000 dollars, funded from the authority's own reserves."),
        "candidate": (
            "The Ridgeback Forest Authority is to staff its three historic fire lookout towers from 1 July "
            "to 15 September, the first time since 2009, after satellites missed several small fires. "
            "Volunteers, who will be paid a daily allowance, will work six-hour shifts to support the "
            "satellite system; 54 have signed up so far. The 210,000-dollar repairs came out of the "
            "authority's reserves."),
        "errors": [
            {"text": "1 July", "type": "date", "severity": "major", "ref_text": "1 June"},
            {"text": "who will be paid a daily allowance", "type": "addition", "severity": "minor",
             "ref_text": None},
        ],
        "traps": [
            {"text": "to support the satellite system",
             "ref_text": "would supplement, not replace, the satellite system"},
            {"text": "54 have signed up so far", "ref_text": "has recruited 54 volunteers so far"},
        ],
    },
    {   # 8
        "domain": "flint knapping", "mode": "translation", "label": "consistent",
        "reference": (
            "Archaeologists from the University of Lorvenne have found a flint knapping workshop around "
            "12,000 years old near the village of Saint-Aubrac, the regional culture office announced on "
            "Tuesday. The team, led by Professor Hélène Durivaux, recovered more than 3,000 flint flakes "
            "and about forty unfinished blades from a single pit. According to the researchers, the site "
            "was probably used seasonally by small groups of hunters. Excavations will resume in April "
            "and are expected to last two months. The landowner, a cereal farmer, has agreed to leave the "
            "field uncultivated until the work is completed."),
        "candidate": (
            "A flint-knapping workshop dating back some 12,000 years has been uncovered close to the "
            "village of Saint-Aubrac by archaeologists at Lorvenne University, the region's cultural "
            "affairs office said on Tuesday. Working under Professor Hélène Durivaux, the researchers "
            "retrieved over 3,000 flakes of flint and roughly 40 half-finished blades from one pit. In "
            "their view, the site was likely occupied on a seasonal basis by small bands of hunters. "
            "Digging is due to restart in April and is expected to go on for two months. The farmer who "
            "owns the land, who grows cereals, has consented to leave the field fallow until the "
            "excavation is finished."),
        "errors": [],
        "traps": [
            {"text": "dating back some 12,000 years", "ref_text": "around 12,000 years old"},
            {"text": "over 3,000 flakes of flint", "ref_text": "more than 3,000 flint flakes"},
            {"text": "roughly 40 half-finished blades", "ref_text": "about forty unfinished blades"},
            {"text": "was likely occupied on a seasonal basis", "ref_text": "was probably used seasonally"},
            {"text": "leave the field fallow", "ref_text": "leave the field uncultivated"},
        ],
    },
    {   # 9
        "domain": "gargoyles", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "Two medieval gargoyles stolen from St Cuthwin's church in Harlowby in 2017 have been "
            "recovered from an auction house in Belgium, police said on Wednesday. The carvings, each "
            "weighing about 80kg, were spotted in a sale catalogue by a retired stonemason, Gerald Pike, "
            "who had helped restore them in the 1990s. Detective Inspector Rhona Vale said the auction "
            "house had cooperated fully and that no arrests had been made. The church's rector, the Rev "
            "Alan Morrow, said the parish hoped to reinstall the gargoyles on the tower next year, once a "
            "specialist had checked them for damage. The insurer has offered a £5,000 reward for "
            "information about the original theft."),
        "candidate": (
            "Police said on Wednesday that two medieval gargoyles taken from St Cuthwin's church, "
            "Harlowby, in 2017 had been recovered from an auction house in Belgium. The carvings, which "
            "weigh roughly 80kg apiece, were spotted in a sale catalogue by Gerald Pike, a retired "
            "stonemason who had helped restore them in the 1990s. According to Detective Inspector Rhona "
            "Vale, the auction house cooperated fully and nobody has been arrested. She added that the "
            "parish hopes to reinstall the gargoyles on the tower next year, once a specialist has checked "
            "them for damage. A £5,000 reward for information about the original theft has been offered "
            "by the insurer."),
        "errors": [
            {"text": "She added", "type": "attribution", "severity": "major",
             "ref_text": "The church's rector, the Rev Alan Morrow, said"},
        ],
        "traps": [
            {"text": "weigh roughly 80kg apiece", "ref_text": "each weighing about 80kg"},
            {"text": "nobody has been arrested", "ref_text": "no arrests had been made"},
        ],
    },
    {   # 10
        "domain": "glove puppets", "mode": "rewrite", "label": "consistent",
        "reference": (
            "Toymaker Pellow & Finch has recalled 8,400 glove puppets sold in the past six months after a "
            "batch of plastic eyes was found to come loose, creating a choking hazard for young children. "
            "The puppets, sold under the Hedgerow Friends range, were on sale in 140 shops and online "
            "between October and March. The company said it had received four reports of eyes detaching "
            "but no injuries. Customers are being asked to stop using the puppets immediately and return "
            "them to any stockist for a full refund, with or without a receipt. Chief executive Dana Shore "
            "apologised and said the supplier of the eyes had been replaced."),
        "candidate": (
            "Pellow & Finch has recalled 8,400 of its glove puppets, sold over the last half-year, because "
            "the plastic eyes from one batch were found to work loose, posing a choking risk to young "
            "children. The affected toys, from the Hedgerow Friends range, were available online and in "
            "140 shops from October to March. Four cases of eyes coming off have been reported to the "
            "toymaker, though nobody has been hurt. Customers are being asked to stop using the puppets straight away "
            "and take them back to any stockist for a full refund, whether or not they have a receipt. The "
            "eye supplier has been changed, said chief executive Dana Shore, who apologised."),
        "errors": [],
        "traps": [
            {"text": "over the last half-year", "ref_text": "in the past six months"},
            {"text": "Four cases of eyes coming off have been reported",
             "ref_text": "had received four reports of eyes detaching"},
            {"text": "nobody has been hurt", "ref_text": "no injuries"},
            {"text": "whether or not they have a receipt", "ref_text": "with or without a receipt"},
            {"text": "The eye supplier has been changed",
             "ref_text": "the supplier of the eyes had been replaced"},
        ],
    },
]

# --------------------------------------------------------------- cases 11-20
CASES += [
    {   # 11
        "domain": "gold leaf", "mode": "summary", "label": "consistent",
        "reference": (
            "The dome of Castlereach's Guildhall will be regilded this summer for the first time in 74 "
            "years, the city council confirmed on Monday. About 2,500 sheets of 23.5-carat gold leaf will "
            "be applied by a team of six gilders from the firm Orrin Gilding, working from scaffolding "
            "that will go up in early June. The project is budgeted at £620,000, of which £400,000 comes "
            "from a heritage lottery grant and the remainder from council funds. Council leader Priya Hale "
            "said the dome had become 'dull and patchy' and that regilding was needed to protect the "
            "copper beneath. The Guildhall will stay open throughout, although its roof terrace will be "
            "closed until the work finishes in October."),
        "candidate": (
            "Castlereach's Guildhall dome is to be regilded this summer, for the first time in 74 years, "
            "using around 2,500 sheets of 23.5-carat gold leaf. The £620,000 job is being paid for by a "
            "£400,000 heritage lottery grant, with the council funding the rest. The building will remain "
            "open throughout, but its roof terrace will shut until work ends in October."),
        "errors": [],
        "traps": [
            {"text": "around 2,500 sheets", "ref_text": "About 2,500 sheets"},
            {"text": "with the council funding the rest", "ref_text": "the remainder from council funds"},
            {"text": "The building will remain open throughout",
             "ref_text": "The Guildhall will stay open throughout"},
            {"text": "until work ends in October", "ref_text": "until the work finishes in October"},
        ],
    },
    {   # 12
        "domain": "hat pins", "mode": "translation", "label": "inconsistent",
        "reference": (
            "The Museo Civico of Valdorsa will put its collection of antique hat pins on display for the "
            "first time, the museum announced on Friday. The exhibition, which opens on 12 April, includes "
            "430 pins made between 1860 and 1930, many of them decorated with enamel, pearls or glass. The "
            "collection was donated in 2015 by the heirs of the seamstress Ottavia Ranieri but had never "
            "been shown to the public because of a lack of space. Curator Marco Bellandi said the pins "
            "would be kept in new climate-controlled cases and that the most fragile pieces would not be "
            "lent to other museums. Entry to the exhibition will be free for residents of the province."),
        "candidate": (
            "For the first time, the Valdorsa Civic Museum is to exhibit its antique hat pin collection, "
            "it said on Friday. Opening on 12 April, the show features 430 pins dating from 1860 to 1930, "
            "many of them adorned with enamel, pearls or glass. Heirs of the dressmaker Ottavia Ranieri "
            "gave the collection to the museum in 2015, but a shortage of space meant it had never gone on "
            "public view. The curator, Marco Bellandi, said the pins would be housed in new "
            "climate-controlled display cases and that the most delicate pieces would also be loaned to "
            "other museums. Residents of the province will be admitted to the exhibition free of charge."),
        "errors": [
            {"text": "would also be loaned to other museums", "type": "polarity", "severity": "major",
             "ref_text": "would not be lent to other museums"},
        ],
        "traps": [
            {"text": "dating from 1860 to 1930", "ref_text": "made between 1860 and 1930"},
            {"text": "had never gone on public view", "ref_text": "had never been shown to the public"},
            {"text": "Residents of the province will be admitted to the exhibition free of charge",
             "ref_text": "Entry to the exhibition will be free for residents of the province"},
        ],
    },
    {   # 13
        "domain": "horse brasses", "mode": "rewrite", "label": "consistent",
        "reference": (
            "A collection of 1,100 horse brasses assembled over five decades by the late farmer Walter "
            "Hesketh sold for £86,000 at Brindle & Moss auctioneers in Kelsford on Saturday, more than "
            "double the pre-sale estimate of £40,000. The highest price, £4,200, was paid for a rare "
            "1850s brass showing a ploughman, bought by a private collector from Canada. Auctioneer Fiona "
            "Brindle said bidding had been 'fierce' both in the room and online. Hesketh's family said "
            "part of the proceeds would go to the Kelsford Shire Horse Society, which he chaired for 18 "
            "years. The remaining lots from his estate will be sold in November."),
        "candidate": (
            "The late Walter Hesketh, a farmer, spent five decades building up a collection of 1,100 horse "
            "brasses, and on Saturday it fetched £86,000 at Kelsford auctioneers Brindle & Moss, over twice "
            "the £40,000 that had been forecast before the sale. A private collector from Canada paid the "
            "top price of £4,200 for a rare brass from the 1850s depicting a ploughman. There was 'fierce' "
            "bidding both in the saleroom and online, according to auctioneer Fiona Brindle. Some of the "
            "money will go to the Kelsford Shire Horse Society, which Hesketh chaired for 18 years, his "
            "family said. The rest of the lots from his estate are to be auctioned in November."),
        "errors": [],
        "traps": [
            {"text": "fetched £86,000", "ref_text": "sold for £86,000"},
            {"text": "over twice the £40,000 that had been forecast before the sale",
             "ref_text": "more than double the pre-sale estimate of £40,000"},
            {"text": "paid the top price of £4,200", "ref_text": "The highest price, £4,200, was paid"},
            {"text": "Some of the money", "ref_text": "part of the proceeds"},
            {"text": "are to be auctioned in November", "ref_text": "will be sold in November"},
        ],
    },
    {   # 14
        "domain": "jigsaw clubs", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "The Ashmoor Jigsaw Club will host the county's first speed-puzzling championship on 22 "
            "February at the town's Corn Exchange, organisers said. Teams of up to four people will have "
            "three hours to complete two 1,000-piece puzzles, with the fastest team winning a £500 prize. "
            "Club secretary Lena Marsh said 36 teams had already entered and that a waiting list had been "
            "opened. Entry costs £20 per team, with all profits going to the Ashmoor Community Library. "
            "The club, founded in 2018, now has 140 members and meets every Wednesday evening."),
        "candidate": (
            "On 22 February the Ashmoor Jigsaw Club will stage the county's first speed-puzzling "
            "championship at the Corn Exchange in the town, organisers have announced. Teams of no more "
            "than four will be given three hours to finish two 1,000-piece puzzles, and the quickest team "
            "will take home a £500 prize. According to club secretary Lena Marsh, 36 teams have already "
            "entered and a waiting list has been opened. It costs £20 for each team to take part, and all "
            "profits will go to the Ashmoor Community Library. Founded in 2018, the club now has 140 "
            "members, meets every Wednesday evening, and a waiting list has been opened."),
        "errors": [
            {"text": "a waiting list has been opened", "occ": 1, "type": "repetition",
             "severity": "minor", "ref_text": None},
        ],
        "traps": [
            {"text": "Teams of no more than four", "ref_text": "Teams of up to four people"},
            {"text": "It costs £20 for each team to take part", "ref_text": "Entry costs £20 per team"},
        ],
    },
    {   # 15
        "domain": "knot tying", "mode": "summary", "label": "inconsistent",
        "reference": (
            "Sailors from the training ship Marigold won the Northern Seamanship Trophy in Port Ellery on "
            "Sunday, beating 11 other crews in a series of timed knot-tying and rope-splicing events. The "
            "four-member team, captained by cadet officer Ruth Okafor, completed the final bowline "
            "challenge in 41 seconds, a competition record. The runners-up were the crew of the harbour "
            "pilot boat Tern, who finished 3 seconds behind. Organisers from the Coastal Skills "
            "Association said the event, now in its 30th year, had attracted more than 2,000 spectators. "
            "The Marigold's crew will represent the region at the national finals in Dunhaven in August."),
        "candidate": (
            "The training ship Marigold's crew won the Northern Seamanship Trophy in Port Ellery on Sunday, "
            "beating 11 other crews in timed knot-tying and splicing events and equalling the competition "
            "record with a 41-second bowline. Captained by cadet officer Ruth Okafor, the team will "
            "represent the region at the national finals in Port Ellery in August."),
        "errors": [
            {"text": "equalling the competition record", "type": "event", "severity": "major",
             "ref_text": "a competition record"},
            {"text": "Port Ellery", "occ": 1, "type": "entity", "severity": "major",
             "ref_text": "Dunhaven"},
        ],
        "traps": [
            {"text": "a 41-second bowline",
             "ref_text": "completed the final bowline challenge in 41 seconds"},
        ],
    },
    {   # 16
        "domain": "lace bobbins", "mode": "translation", "label": "consistent",
        "reference": (
            "In the town of Vilar do Monte, the lace-making school has received a donation of 1,500 "
            "antique bobbins from a private collector who wishes to remain anonymous. The bobbins, mostly "
            "carved from boxwood and bone, date from the eighteenth and nineteenth centuries. School "
            "director Teresa Amaral said the oldest pieces would be placed in a display cabinet, while "
            "around 1,000 of the bobbins would be used by students in the classroom. The school currently "
            "has 48 students, most of them over 50, and runs evening classes for beginners twice a week. A "
            "public exhibition of the donated bobbins is planned for the autumn."),
        "candidate": (
            "A private collector who has asked not to be named has given 1,500 antique bobbins to the lace "
            "school in Vilar do Monte. Most of them are carved from boxwood or bone, and they date from "
            "the 1700s and 1800s. The oldest will go into a display case, said Teresa Amaral, who runs the "
            "school, whereas roughly a thousand will be handed to pupils for use in lessons. At present the "
            "school has 48 pupils, the majority aged over 50, and holds beginners' classes two evenings a "
            "week. The donated bobbins are due to go on public show in the autumn."),
        "errors": [],
        "traps": [
            {"text": "has asked not to be named", "ref_text": "wishes to remain anonymous"},
            {"text": "the 1700s and 1800s", "ref_text": "the eighteenth and nineteenth centuries"},
            {"text": "who runs the school", "ref_text": "School director"},
            {"text": "roughly a thousand", "ref_text": "around 1,000"},
            {"text": "two evenings a week", "ref_text": "evening classes for beginners twice a week"},
        ],
    },
    {   # 17
        "domain": "lamp lighters", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "The borough of Eastwold will keep its 260 gas street lamps lit for at least another decade "
            "after councillors voted on Tuesday to reject a proposal to convert them to electricity. The "
            "lamps are maintained by the contractor Gaslight Heritage Services, which employs the "
            "borough's last four lamplighters. Under a new seven-year contract, the council will pay the "
            "firm £310,000 a year, up from £270,000. The decision followed a petition signed by 5,800 "
            "residents. Councillor Neil Ashby, who proposed the conversion, said he respected the vote but "
            "warned that gas prices could make the lamps unaffordable."),
        "candidate": (
            "Eastwold's 260 gas street lamps will stay lit for a minimum of ten more years, after "
            "councillors on Tuesday threw out a plan to switch them to electricity. Their upkeep is "
            "handled by Gaslight Heritage Services, the contractor that employs the borough's four "
            "remaining lamplighters. Under a new seven-year deal, the firm will pay the council £310,000 a "
            "year, compared with £270,000 previously. Residents launched a petition, signed by 5,800 "
            "people, after the decision. Neil Ashby, the councillor who put forward the conversion, said he "
            "respected the vote but cautioned that gas prices might make the lamps unaffordable."),
        "errors": [
            {"text": "the firm will pay the council", "type": "role", "severity": "critical",
             "ref_text": "the council will pay the firm"},
            {"text": "after the decision", "type": "date", "severity": "major",
             "ref_text": "The decision followed a petition"},
        ],
        "traps": [
            {"text": "a minimum of ten more years", "ref_text": "at least another decade"},
            {"text": "threw out a plan to switch them to electricity",
             "ref_text": "reject a proposal to convert them to electricity"},
        ],
    },
    {   # 18
        "domain": "lido reopenings", "mode": "rewrite", "label": "consistent",
        "reference": (
            "Fairhaven's art deco lido will reopen to swimmers on Saturday 24 May after a £4.6m "
            "restoration that took almost three years, Fairhaven Borough Council said. The 1930s pool, "
            "which closed in 2021 because of cracks in its concrete basin, now has a solar-heated water "
            "system that keeps the temperature at around 24C. Adult tickets will cost £6.50 and children "
            "under 16 will swim for half price. Council leader Amira Doyle said the lido was expected to "
            "attract 90,000 visitors in its first season. The pool will be open daily from 7am to 7pm "
            "until the end of September."),
        "candidate": (
            "After a restoration lasting nearly three years and costing £4.6 million, Fairhaven's art deco "
            "lido is reopening to swimmers on Saturday 24 May, the borough council has announced. The pool, "
            "built in the 1930s, shut in 2021 because its concrete basin had cracked; a new solar-heated "
            "water system now keeps it at roughly 24C. An adult ticket will be £6.50, while under-16s will "
            "pay half that. The council's leader, Amira Doyle, said the lido was likely to draw 90,000 "
            "visitors during its first season. It will open every day between 7am and 7pm until September "
            "ends."),
        "errors": [],
        "traps": [
            {"text": "nearly three years", "ref_text": "almost three years"},
            {"text": "£4.6 million", "ref_text": "£4.6m"},
            {"text": "under-16s will pay half that",
             "ref_text": "children under 16 will swim for half price"},
            {"text": "was likely to draw 90,000 visitors",
             "ref_text": "was expected to attract 90,000 visitors"},
            {"text": "until September ends", "ref_text": "until the end of September"},
        ],
    },
    {   # 19
        "domain": "loom weavers", "mode": "summary", "label": "consistent",
        "reference": (
            "Hallam Mill, the last working cotton weaving mill in the Brenning valley, has been bought by a "
            "community cooperative for £1.1m, securing the jobs of its 31 weavers. The cooperative, formed "
            "last year by former employees and local residents, raised the money through a share offer "
            "that attracted 2,300 investors, along with a £350,000 loan from the Northern Textile Trust. "
            "New managing director Sarah Pell said the mill's 1920s shuttle looms would continue to run, "
            "but that it would also invest in two modern jacquard machines. The mill plans to open a "
            "visitor centre in 2026. The previous owner, Crossley Fabrics, had announced in January that "
            "it would close the site."),
        "candidate": (
            "A community cooperative has paid £1.1m for Hallam Mill, the Brenning valley's last working "
            "cotton weaving mill, saving 31 weavers' jobs after owner Crossley Fabrics announced in January "
            "that it would close the site. The money came from a share offer backed by 2,300 investors plus "
            "a £350,000 loan from the Northern Textile Trust. The mill's 1920s shuttle looms will keep "
            "running, and two modern jacquard machines will be bought."),
        "errors": [],
        "traps": [
            {"text": "A community cooperative has paid £1.1m for Hallam Mill",
             "ref_text": "has been bought by a community cooperative for £1.1m"},
            {"text": "saving 31 weavers' jobs", "ref_text": "securing the jobs of its 31 weavers"},
            {"text": "plus a £350,000 loan", "ref_text": "along with a £350,000 loan"},
            {"text": "two modern jacquard machines will be bought",
             "ref_text": "invest in two modern jacquard machines"},
        ],
    },
    {   # 20
        "domain": "map folding", "mode": "translation", "label": "inconsistent",
        "reference": (
            "The state mapping agency Terrakart will stop printing folded paper maps of the mountain "
            "regions from next year, the agency said on Monday. Sales of the printed maps have fallen by "
            "almost 70 percent over the past decade, and last year only 18,000 copies were sold. The agency "
            "will instead offer the maps as free downloads and through its mobile app. Director Lars Eklund "
            "said a limited print-on-demand service would remain available for mountain rescue teams and "
            "schools. Hiking associations have criticised the decision, saying that many older walkers do "
            "not use smartphones."),
        "candidate": (
            "Folded paper maps of the mountain areas will no longer be printed from next year, the national "
            "mapping agency Terrakart announced on Monday. Over the last ten years, sales of the paper maps "
            "have dropped by nearly 17 percent, with just 18,000 copies sold last year. Instead, the maps "
            "will be made available free of charge as downloads and via the agency's mobile app. According "
            "to director Lars Eklund, a limited printing-on-demand service will be kept. The decision has "
            "drawn criticism from hiking organisations, which point out that many older hikers do not use "
            "smartphones."),
        "errors": [
            {"text": "nearly 17 percent", "type": "number", "severity": "major",
             "ref_text": "almost 70 percent"},
            {"type": "omission", "anchor": "will be kept", "side": "after", "severity": "major",
             "ref_text": "for mountain rescue teams and schools"},
        ],
        "traps": [
            {"text": "Over the last ten years", "ref_text": "over the past decade"},
            {"text": "free of charge as downloads", "ref_text": "free downloads"},
        ],
    },
]

# --------------------------------------------------------------- cases 21-30
CASES += [
    {   # 21
        "domain": "marble runs", "mode": "rewrite", "label": "consistent",
        "reference": (
            "Glassmaker Tollan Marbles has moved production of its marble run kits from Asia back to its "
            "original factory in Greyford, creating 45 jobs. The company said rising shipping costs and "
            "delays had made overseas manufacturing less reliable, and that making the kits locally would "
            "cut delivery times to retailers from about ten weeks to two. Chief executive Ben Arkwright "
            "said the move had cost £2.8m, including new moulding equipment. The firm expects to produce "
            "120,000 kits in its first year back in Greyford. Its glass marbles have always been made at "
            "the site, which opened in 1934."),
        "candidate": (
            "Tollan Marbles has brought the manufacture of its marble run kits home from Asia to the "
            "Greyford factory where it started, a move that has created 45 jobs. Higher shipping costs and "
            "delays had made producing abroad less dependable, the glassmaker said, adding that local "
            "production would reduce the time taken to deliver to retailers from roughly ten weeks to two. "
            "The relocation cost £2.8 million, new moulding equipment included, according to chief "
            "executive Ben Arkwright. In its first year back in Greyford, the firm expects to make 120,000 "
            "kits. The site, opened in 1934, has always made the company's glass marbles."),
        "errors": [],
        "traps": [
            {"text": "the Greyford factory where it started",
             "ref_text": "its original factory in Greyford"},
            {"text": "less dependable", "ref_text": "less reliable"},
            {"text": "roughly ten weeks to two", "ref_text": "about ten weeks to two"},
            {"text": "£2.8 million, new moulding equipment included",
             "ref_text": "£2.8m, including new moulding equipment"},
            {"text": "The site, opened in 1934, has always made the company's glass marbles",
             "ref_text": "Its glass marbles have always been made at the site, which opened in 1934"},
        ],
    },
    {   # 22
        "domain": "marquee hire", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "Marquee hire firm Canvas & Pole has been fined £24,000 after one of its marquees collapsed in "
            "high winds at a wedding near Hexley last August, injuring three guests. Magistrates heard "
            "that the company had failed to check the weather forecast and had not used enough ground "
            "anchors. The firm pleaded guilty to two health and safety offences. Its director, Graham "
            "Hollis, told the court the company had since introduced wind-speed monitors at every event. "
            "The injured guests, who suffered cuts and bruising, were treated in hospital and released the "
            "same day."),
        "candidate": (
            "One of Canvas & Pole's marquees collapsed in strong winds at a wedding near Hexley last "
            "August, injuring three guests, and the hire company has now been fined £24,000. The firm had "
            "not checked the weather forecast and used too few ground anchors, magistrates were told. It "
            "admitted two health and safety offences. Director Graham Hollis told the court that wind-speed "
            "monitors had since been introduced at every event. The three injured guests, who had cuts and "
            "bruises, were treated in hospital and kept in overnight."),
        "errors": [
            {"text": "kept in overnight", "type": "event", "severity": "major",
             "ref_text": "released the same day"},
        ],
        "traps": [
            {"text": "used too few ground anchors", "ref_text": "had not used enough ground anchors"},
            {"text": "It admitted two health and safety offences",
             "ref_text": "The firm pleaded guilty to two health and safety offences"},
        ],
    },
    {   # 23
        "domain": "mosaic floors", "mode": "summary", "label": "inconsistent",
        "reference": (
            "Archaeologists excavating ahead of a housing development at Carrow Fields have uncovered a "
            "Roman mosaic floor measuring about 6 metres by 4 metres, which they believe belonged to the "
            "dining room of a large villa. The mosaic, dating from the late third century, shows a hunting "
            "scene surrounded by geometric borders. Lead archaeologist Dr Yusuf Brannock said it was 'one "
            "of the best-preserved examples in the region'. The developer, Oakvale Homes, said it was "
            "considering redesigning the site so the floor could be preserved in place, but no decision "
            "had been taken. The mosaic will be covered over again at the end of the month to protect it."),
        "candidate": (
            "A late third-century Roman mosaic floor of about 6 metres by 3 metres, thought to be from a "
            "villa's dining room, has been found at Carrow Fields. Developer Oakvale Homes will redesign the "
            "site so the floor can stay in place. The mosaic, which shows a hunting scene, will be reburied "
            "at the end of the month for protection."),
        "errors": [
            {"text": "6 metres by 3 metres", "type": "number", "severity": "minor",
             "ref_text": "6 metres by 4 metres"},
            {"text": "will redesign the site", "type": "modality", "severity": "major",
             "ref_text": "was considering redesigning the site"},
        ],
        "traps": [
            {"text": "thought to be from a villa's dining room",
             "ref_text": "which they believe belonged to the dining room of a large villa"},
            {"text": "will be reburied", "ref_text": "will be covered over again"},
        ],
    },
    {   # 24
        "domain": "organ grinders", "mode": "translation", "label": "consistent",
        "reference": (
            "The city of Zwaneveld will give its last three street organ operators an annual subsidy of "
            "8,000 euros each so that the instruments can continue to play in the city centre, the "
            "municipality announced on Thursday. The organs, the oldest of which was built in 1902, need "
            "expensive maintenance, and the operators had warned that they could no longer cover the costs "
            "from the coins collected from passers-by. Alderman Pieter de Groot said the organs were 'part "
            "of the soul of the city'. In return, the operators must play at least four days a week "
            "between April and October. The subsidy will be reviewed after three years."),
        "candidate": (
            "Zwaneveld's municipality said on Thursday it would pay each of the city's three remaining "
            "street organ players 8,000 euros a year so the organs can keep playing in the centre. "
            "Maintaining the instruments - the oldest dates from 1902 - is costly, and the organ players "
            "had cautioned that the money dropped in by passers-by was no longer enough to pay for it. "
            "Alderman Pieter de Groot called the organs 'part of the city's soul'. In exchange, the players "
            "are required to perform on a minimum of four days a week from April to October. After three "
            "years the grant will be re-examined."),
        "errors": [],
        "traps": [
            {"text": "three remaining street organ players",
             "ref_text": "last three street organ operators"},
            {"text": "the money dropped in by passers-by was no longer enough to pay for it",
             "ref_text": "could no longer cover the costs from the coins collected from passers-by"},
            {"text": "on a minimum of four days a week", "ref_text": "at least four days a week"},
            {"text": "the grant will be re-examined", "ref_text": "The subsidy will be reviewed"},
        ],
    },
    {   # 25
        "domain": "parish magazines", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "The Diocese of Wellmarsh has announced that its 64 parish magazines will move to a shared "
            "regional printer from January, a change it says will save about £90,000 a year. The "
            "magazines, many of them produced by volunteers, currently use 27 different local printers. "
            "The Venerable Clare Dunmore, Archdeacon of Wellmarsh, said editors would keep full control of "
            "their content and that no magazine would be forced to merge. The contract has been awarded to "
            "Penrose Print of Aldham, which already prints the diocesan newsletter. Some editors have "
            "raised concerns that smaller local firms could lose business."),
        "candidate": (
            "From January, the 64 parish magazines in the Diocese of Wellmarsh will all be printed by a "
            "single regional printer, which the diocese says will save around £90,000 annually. At present "
            "the magazines, many of which are produced by volunteers, are printed by 27 separate local "
            "firms. Editors will retain full control over their content and no magazine will be made to "
            "merge with another, said the Archdeacon of Wellmarsh, the Venerable Clare Dunmore. The "
            "contract has gone to Penrose Print of Wellmarsh, which already prints the diocesan newsletter. "
            "Concerns have been voiced by some editors that smaller local firms could lose business."),
        "errors": [
            {"text": "Wellmarsh", "occ": 2, "type": "entity", "severity": "major",
             "ref_text": "Aldham"},
        ],
        "traps": [
            {"text": "around £90,000 annually", "ref_text": "about £90,000 a year"},
            {"text": "printed by 27 separate local firms", "ref_text": "use 27 different local printers"},
            {"text": "no magazine will be made to merge with another",
             "ref_text": "no magazine would be forced to merge"},
        ],
    },
    {   # 26
        "domain": "pearl buttons", "mode": "rewrite", "label": "consistent",
        "reference": (
            "A museum dedicated to the pearl button industry will open next spring in the former Sallow & "
            "Rudd workshop in Merrington, where buttons were cut from freshwater mussel shells until 1968. "
            "The Merrington Civic Society bought the building in 2022 and has spent £780,000 restoring it, "
            "half of it raised through public donations. The museum will display more than 5,000 buttons "
            "along with the original cutting lathes. Society chairman Harold Vince said the industry once "
            "employed nearly 400 people in the town, many of them women and children. Admission will be "
            "free for the first three months."),
        "candidate": (
            "Next spring, the former Sallow & Rudd workshop in Merrington - where buttons were cut from "
            "freshwater mussel shells until 1968 - will open as a museum devoted to the pearl button "
            "industry. The building was purchased in 2022 by the Merrington Civic Society, which has put "
            "£780,000 into its restoration, 50% of it donated by the public. Over 5,000 buttons will be on "
            "show, as well as the original cutting lathes. The industry once gave work to almost 400 people "
            "in the town, many of them women and children, according to Harold Vince, who chairs the "
            "society. For its first three months, the museum will charge no admission."),
        "errors": [],
        "traps": [
            {"text": "The building was purchased in 2022 by the Merrington Civic Society",
             "ref_text": "The Merrington Civic Society bought the building in 2022"},
            {"text": "50% of it donated by the public",
             "ref_text": "half of it raised through public donations"},
            {"text": "Over 5,000 buttons", "ref_text": "more than 5,000 buttons"},
            {"text": "gave work to almost 400 people", "ref_text": "employed nearly 400 people"},
            {"text": "will charge no admission", "ref_text": "Admission will be free"},
        ],
    },
    {   # 27
        "domain": "pedal cars", "mode": "summary", "label": "consistent",
        "reference": (
            "More than 60 teams are expected to take part in the Lower Fenton Pedal Car Grand Prix on "
            "Sunday 8 June, raising money for the town's hospice. Each team of four adults takes turns "
            "pedalling home-built cars around a 1.2km circuit through the town centre for six hours. Last "
            "year's event raised £38,000, and organisers hope to pass £45,000 this time. Race director "
            "Colin Marsh said new safety rules meant all cars must now have working brakes and a roll bar. "
            "Several roads, including the High Street, will be closed from 6am to 7pm, and residents have "
            "been advised to park outside the circuit."),
        "candidate": (
            "Over 60 teams are expected at the Lower Fenton Pedal Car Grand Prix on 8 June, a six-hour race "
            "on a 1.2km town-centre circuit in aid of the local hospice. Organisers hope to top £45,000, "
            "having raised £38,000 last year. Under new rules, all cars must have working brakes and a roll "
            "bar, and roads including the High Street will close from 6am to 7pm."),
        "errors": [],
        "traps": [
            {"text": "Over 60 teams", "ref_text": "More than 60 teams"},
            {"text": "in aid of the local hospice", "ref_text": "raising money for the town's hospice"},
            {"text": "hope to top £45,000", "ref_text": "hope to pass £45,000"},
            {"text": "will close from 6am to 7pm", "ref_text": "will be closed from 6am to 7pm"},
        ],
    },
    {   # 28
        "domain": "pinball halls", "mode": "translation", "label": "inconsistent",
        "reference": (
            "The Sala Relámpago, the oldest pinball hall in the city of Montecierzo, will close its doors "
            "on 30 June after the owner of the building decided not to renew the lease, its manager "
            "confirmed on Monday. The hall, which opened in 1978, has 42 machines, some of them dating from "
            "the 1960s. Manager Julia Ortega said she hoped to move the collection to a municipal building "
            "and was in talks with the city council. A farewell tournament will be held on the last "
            "weekend of June. Regular customers have collected more than 4,000 signatures asking the "
            "council to intervene."),
        "candidate": (
            "Montecierzo's oldest pinball arcade, the Sala Relámpago, will close on 30 June because the "
            "building's owner has chosen not to extend the lease, the manager confirmed on Monday. Opened "
            "in 1978, the arcade houses 42 machines, some of which go back to the 1960s. Manager Julia "
            "Ortega said she would move the collection to a municipal building and was in negotiations "
            "with the city council. A farewell tournament will take place on the first weekend of June. "
            "Over 4,000 signatures calling on the council to step in have been gathered by regulars."),
        "errors": [
            {"text": "would move", "type": "modality", "severity": "major",
             "ref_text": "hoped to move"},
            {"text": "the first weekend of June", "type": "date", "severity": "minor",
             "ref_text": "the last weekend of June"},
        ],
        "traps": [
            {"text": "has chosen not to extend the lease", "ref_text": "decided not to renew the lease"},
            {"text": "some of which go back to the 1960s", "ref_text": "some of them dating from the 1960s"},
            {"text": "Over 4,000 signatures", "ref_text": "more than 4,000 signatures"},
        ],
    },
    {   # 29
        "domain": "pipe smoking clubs", "mode": "rewrite", "label": "consistent",
        "reference": (
            "The Thornbury Pipe Club, believed to be the oldest pipe smoking society in the country, will "
            "celebrate its 150th anniversary next month with a dinner at the Crown Hotel in Kellwick. The "
            "club was founded in 1875 by a group of local merchants and still meets on the first Friday of "
            "every month. Membership has fallen from a peak of around 200 in the 1950s to 38 today, with "
            "an average age of 71. Club president Derek Oldroyd said the society was keen to attract "
            "younger members, though he admitted that smoking restrictions had made meetings harder to "
            "organise. Since 2007, meetings have been held in a private garden room behind the hotel."),
        "candidate": (
            "Thought to be the country's oldest pipe smoking society, the Thornbury Pipe Club will mark 150 "
            "years next month with a dinner at Kellwick's Crown Hotel. A group of local merchants set it up "
            "in 1875, and it still gathers on the first Friday of each month. From a high of roughly 200 in "
            "the 1950s, membership has dropped to 38, with an average age of 71. The society is keen to "
            "bring in younger members, said its president, Derek Oldroyd, although he conceded that "
            "restrictions on smoking had made meetings more difficult to organise. The club has met in a "
            "private garden room at the back of the hotel since 2007."),
        "errors": [],
        "traps": [
            {"text": "Thought to be", "ref_text": "believed to be"},
            {"text": "will mark 150 years", "ref_text": "will celebrate its 150th anniversary"},
            {"text": "From a high of roughly 200", "ref_text": "from a peak of around 200"},
            {"text": "he conceded", "ref_text": "he admitted"},
            {"text": "at the back of the hotel", "ref_text": "behind the hotel"},
        ],
    },
    {   # 30
        "domain": "plate spinning", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "Circus performer Marco Vell set a new plate-spinning record at the Kestrel Big Top in Anstey "
            "on Saturday, keeping 112 plates spinning at once for the required 10 seconds. The previous "
            "record of 108 had stood since 2011. Vell, 34, said he had practised for up to five hours a day "
            "for the past year and had broken more than 600 plates in training. An adjudicator from the "
            "Guild of Variety Arts confirmed the attempt, which was watched by about 900 spectators. Vell "
            "said he did not intend to try for a higher total."),
        "candidate": (
            "Keeping 112 plates spinning simultaneously for the required 10 seconds, circus performer Marco "
            "Vell set a new plate-spinning record at Anstey's Kestrel Big Top on Saturday. The old record "
            "of 108 had stood since 2011. Vell, 34, said he had spent up to five hours a day practising over "
            "the past year, smashing more than 600 plates in training. The attempt, watched by some 900 "
            "spectators and streamed live online, was confirmed by an adjudicator from the Guild of Variety "
            "Arts. Vell said he planned to go for a higher total."),
        "errors": [
            {"text": "and streamed live online", "type": "addition", "severity": "minor",
             "ref_text": None},
            {"text": "planned to go for a higher total", "type": "polarity", "severity": "major",
             "ref_text": "did not intend to try for a higher total"},
        ],
        "traps": [
            {"text": "The old record of 108", "ref_text": "The previous record of 108"},
            {"text": "some 900 spectators", "ref_text": "about 900 spectators"},
        ],
    },
]

# --------------------------------------------------------------- cases 31-40
CASES += [
    {   # 31
        "domain": "postbox toppers", "mode": "summary", "label": "inconsistent",
        "reference": (
            "Knitted postbox toppers have appeared on all 23 postboxes in the village of Little Osgood, in "
            "a campaign to raise money for the village hall roof. The colourful covers, depicting "
            "everything from Christmas puddings to a lifeboat crew, were made by 40 members of the Osgood "
            "Yarn Circle over six months. Group organiser Margaret Eldon said the toppers had already "
            "raised £3,100 through a trail map sold at the post office. Postal operator Royal Letters said "
            "it welcomed the display but asked that the toppers not cover the collection-time plates. The "
            "toppers will stay in place until 6 January."),
        "candidate": (
            "Forty members of the Osgood Yarn Circle spent six months knitting toppers for all 23 postboxes "
            "in Little Osgood to raise money for the village hall roof. Postal operator Royal Letters said "
            "£3,100 had already been raised through a trail map sold at the post office, and asked that the "
            "toppers not cover the collection-time plates. The toppers will stay up until 6 January to "
            "raise money for the village hall roof."),
        "errors": [
            {"text": "Postal operator Royal Letters said", "type": "attribution", "severity": "major",
             "ref_text": "Group organiser Margaret Eldon said"},
            {"text": "raise money for the village hall roof", "occ": 1, "type": "repetition",
             "severity": "minor", "ref_text": None},
        ],
        "traps": [
            {"text": "Forty members", "ref_text": "40 members"},
        ],
    },
    {   # 32
        "domain": "punch and judy", "mode": "translation", "label": "consistent",
        "reference": (
            "The traditional puppet theatre festival in Saint-Véran-sur-Orgelle will this year welcome a "
            "Punch and Judy company from England for the first time, the organisers announced on "
            "Wednesday. The festival, now in its 27th edition, will run from 9 to 13 July and will feature "
            "35 companies from eight countries. Festival director Claire Maubert said the organisers "
            "expected around 20,000 visitors, roughly the same number as last year. Shows for children "
            "will be free, while evening performances will cost 12 euros. Part of the programme will take "
            "place in the covered market in case of rain."),
        "candidate": (
            "For the first time, an English Punch and Judy troupe will perform at the traditional puppet "
            "festival of Saint-Véran-sur-Orgelle this year, organisers said on Wednesday. Taking place from "
            "9 to 13 July, the 27th festival will present 35 companies from eight different countries. "
            "Director Claire Maubert said about 20,000 visitors were expected, a figure similar to last "
            "year's. Children's shows will be free of charge, and tickets for the evening shows will be "
            "priced at 12 euros. Should it rain, some of the shows will be moved to the covered market."),
        "errors": [],
        "traps": [
            {"text": "an English Punch and Judy troupe",
             "ref_text": "a Punch and Judy company from England"},
            {"text": "the 27th festival", "ref_text": "now in its 27th edition"},
            {"text": "a figure similar to last year's",
             "ref_text": "roughly the same number as last year"},
            {"text": "Should it rain", "ref_text": "in case of rain"},
        ],
    },
    {   # 33
        "domain": "rag rugs", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "The Brackenside Women's Institute has donated 30 hand-made rag rugs to the Harbour Lane night "
            "shelter, which reopened last month after a refurbishment. The rugs were made over the winter "
            "from unsellable clothing given to the institute by the Brackenside Hospice charity shop. "
            "Shelter manager Tom Ewart said the rugs had 'transformed' the bedrooms, which had previously "
            "had bare concrete floors. Institute president Joan Pryce said members were already working on "
            "a further 20 rugs for a women's refuge in the town. The shelter has 18 beds and is open every "
            "night from 7pm."),
        "candidate": (
            "Thirty hand-made rag rugs have been donated by the Brackenside Women's Institute to the Harbour "
            "Lane night shelter, which reopened last month following a refurbishment. Members made them over "
            "the winter from clothes that the institute had given to the Brackenside Hospice charity shop "
            "but which could not be sold. The bedrooms, which used to have bare concrete floors, had been "
            "'transformed' by the rugs, said shelter manager Tom Ewart. Another 20 rugs, for a women's "
            "refuge in the town, are already being made, according to the institute's president, Joan "
            "Pryce. The shelter, which has 18 beds, opens at 7pm every night."),
        "errors": [
            {"text": "the institute had given to the Brackenside Hospice charity shop",
             "type": "role", "severity": "major",
             "ref_text": "given to the institute by the Brackenside Hospice charity shop"},
        ],
        "traps": [
            {"text": "Another 20 rugs", "ref_text": "a further 20 rugs"},
            {"text": "opens at 7pm every night", "ref_text": "is open every night from 7pm"},
        ],
    },
    {   # 34
        "domain": "reed beds", "mode": "rewrite", "label": "consistent",
        "reference": (
            "A 14-hectare reed bed is to be created on former farmland at Saltmere to clean water draining "
            "from an abandoned tin mine, the Environment Protection Board said on Friday. The reeds will "
            "filter out metals such as zinc and cadmium before the water reaches the River Tamsey, where "
            "fish numbers have fallen sharply. Work on the £3.4m scheme will begin in September and is "
            "expected to take 18 months. The board said the reed bed would also provide habitat for birds "
            "including the bittern, which has not bred in the area since 1994. Planting will be carried out "
            "by volunteers."),
        "candidate": (
            "The Environment Protection Board announced on Friday that former farmland at Saltmere will be "
            "turned into a 14-hectare reed bed to clean water draining out of a disused tin mine. Metals "
            "such as zinc and cadmium will be filtered out by the reeds before the water enters the River "
            "Tamsey, where fish populations have dropped steeply. Work on the £3.4 million scheme will start "
            "in September and is expected to last a year and a half. The reed bed will also give a home to "
            "birds including the bittern, which has not bred in the area since 1994, the board said. "
            "Volunteers will do the planting."),
        "errors": [],
        "traps": [
            {"text": "a disused tin mine", "ref_text": "an abandoned tin mine"},
            {"text": "fish populations have dropped steeply", "ref_text": "fish numbers have fallen sharply"},
            {"text": "£3.4 million", "ref_text": "£3.4m"},
            {"text": "a year and a half", "ref_text": "18 months"},
            {"text": "Volunteers will do the planting",
             "ref_text": "Planting will be carried out by volunteers"},
        ],
    },
    {   # 35
        "domain": "sculpture trails", "mode": "summary", "label": "consistent",
        "reference": (
            "A new sculpture trail featuring 18 works by artists from across the region will open in "
            "Hollowmere Forest on 1 August, the Hollowmere Arts Partnership said. The 5km route will include "
            "pieces carved from fallen oak and beech, along with three large steel works commissioned "
            "specially for the site. The trail cost £210,000, funded mainly by the regional arts council, "
            "with a contribution from the forest's owner, the Greenholt Estate. Project manager Aisha Conway "
            "said the route had been designed to be accessible to wheelchair users along its full length. "
            "Entry will be free, although visitors will pay £4 to park."),
        "candidate": (
            "A sculpture trail of 18 works by regional artists opens in Hollowmere Forest on 1 August. The "
            "5km route, accessible to wheelchair users throughout, cost £210,000, mostly paid for by the "
            "regional arts council. Entry is free, but parking costs £4."),
        "errors": [],
        "traps": [
            {"text": "by regional artists", "ref_text": "by artists from across the region"},
            {"text": "accessible to wheelchair users throughout",
             "ref_text": "accessible to wheelchair users along its full length"},
            {"text": "mostly paid for by the regional arts council",
             "ref_text": "funded mainly by the regional arts council"},
            {"text": "parking costs £4", "ref_text": "visitors will pay £4 to park"},
        ],
    },
    {   # 36
        "domain": "shoe shines", "mode": "translation", "label": "inconsistent",
        "reference": (
            "The city of São Ribeiro has granted official licences to 64 shoe shiners who work in the "
            "historic centre, ending years of disputes with municipal inspectors. Under the new rules, each "
            "shoe shiner will have a fixed spot and will be allowed to work from 7am to 7pm, Monday to "
            "Saturday. The licence is free for the first year and will then cost 120 reais annually. The "
            "head of the shoe shiners' association, Antônio Farias, said the measure recognised 'a "
            "profession that is part of the city's history'. City councillor Beatriz Lemos said the "
            "licences would not be transferable."),
        "candidate": (
            "Sixty-four shoe shiners working in São Ribeiro's old town have been given official permits by "
            "the city, putting an end to years of conflict with municipal inspectors. The new regulations "
            "assign each of them a fixed pitch and allow them to work Monday through Saturday, between 7am "
            "and 7pm. The permit costs nothing for the first year, after which the annual fee will be 120 "
            "reais. Antônio Farias, who heads the street vendors' union, said the measure recognised 'a "
            "trade that belongs to the city's history'. According to city councillor Beatriz Lemos, the "
            "permits could be passed on to others."),
        "errors": [
            {"text": "the street vendors' union", "type": "entity", "severity": "major",
             "ref_text": "the shoe shiners' association"},
            {"text": "could be passed on to others", "type": "polarity", "severity": "major",
             "ref_text": "would not be transferable"},
        ],
        "traps": [
            {"text": "Sixty-four", "ref_text": "64"},
            {"text": "old town", "ref_text": "historic centre"},
            {"text": "costs nothing for the first year", "ref_text": "is free for the first year"},
        ],
    },
    {   # 37
        "domain": "silversmiths", "mode": "rewrite", "label": "consistent",
        "reference": (
            "The Guild of Northern Silversmiths has awarded its annual Master's Prize to Eleanor Shaw, a "
            "29-year-old silversmith from Larkhill, for a hand-raised water jug that took her 14 months to "
            "make. The jug, made from 1.8kg of recycled sterling silver, was chosen from 96 entries. Judges "
            "praised its 'extraordinary precision and restraint'. Shaw, who trained under the late master "
            "silversmith Arthur Penhale, receives £10,000 and a place at the guild's autumn exhibition. She "
            "said she planned to use the money to buy a second workbench and take on an apprentice."),
        "candidate": (
            "Eleanor Shaw, a silversmith from Larkhill aged 29, has won the Guild of Northern Silversmiths' "
            "annual Master's Prize with a hand-raised water jug that she spent 14 months making. Chosen from "
            "96 entries, the jug used 1.8kg of recycled sterling silver, and the judges commended its "
            "'extraordinary precision and restraint'. A pupil of the late master silversmith Arthur "
            "Penhale, Shaw receives £10,000 and will show her work at the guild's autumn exhibition. She "
            "plans to spend the prize money on a second workbench and to take on an apprentice, she said."),
        "errors": [],
        "traps": [
            {"text": "aged 29", "ref_text": "29-year-old"},
            {"text": "she spent 14 months making", "ref_text": "took her 14 months to make"},
            {"text": "commended", "ref_text": "praised"},
            {"text": "A pupil of the late master silversmith Arthur Penhale",
             "ref_text": "who trained under the late master silversmith Arthur Penhale"},
            {"text": "will show her work at the guild's autumn exhibition",
             "ref_text": "a place at the guild's autumn exhibition"},
        ],
    },
    {   # 38
        "domain": "snuff mills", "mode": "rewrite", "label": "inconsistent",
        "reference": (
            "Crandle's snuff mill in Ashburn Vale, one of only two water-powered snuff mills still operating "
            "in the country, has stopped production after its waterwheel was damaged in last week's floods. "
            "Owner Philip Crandle said the 19th-century wheel had been struck by a fallen tree and that "
            "repairs could take up to four months. The mill, which produces around 3 tonnes of snuff a "
            "year, supplies specialist tobacconists across Europe. Crandle said he had enough stock to meet "
            "orders until the end of the summer. The mill's small visitor shop will remain open."),
        "candidate": (
            "Production has halted at Crandle's snuff mill in Ashburn Vale, one of just two water-powered "
            "snuff mills still working in the country, after last week's floods damaged its waterwheel. "
            "According to owner Philip Crandle, the 19th-century wheel was jammed by debris carried down by "
            "the floodwater, and repairing it could take as long as four months. The mill makes about 3 "
            "tonnes of snuff annually and supplies specialist tobacconists throughout Europe. Crandle said "
            "he had enough stock to fulfil orders until summer's end. The mill's small visitor shop will "
            "stay open."),
        "errors": [
            {"text": "was jammed by debris carried down by the floodwater", "type": "event",
             "severity": "major", "ref_text": "had been struck by a fallen tree"},
        ],
        "traps": [
            {"text": "as long as four months", "ref_text": "up to four months"},
            {"text": "about 3 tonnes of snuff annually", "ref_text": "around 3 tonnes of snuff a year"},
            {"text": "until summer's end", "ref_text": "until the end of the summer"},
        ],
    },
    {   # 39
        "domain": "soap carving", "mode": "summary", "label": "inconsistent",
        "reference": (
            "More than 300 children from 22 primary schools took part in the Redwater Soap Carving Contest "
            "on Saturday, the largest turnout in the event's 15-year history. Pupils aged seven to eleven "
            "had 90 minutes to carve an animal from a single bar of soap using blunt wooden tools. The "
            "overall prize went to nine-year-old Maya Hollins of Fernside Primary for a carving of a "
            "sleeping hedgehog. Organiser Ruth Calder said entries had risen by a third compared with last "
            "year. All the carvings will be displayed at Redwater Library until the end of the month."),
        "candidate": (
            "A record 300-plus children from 22 primary schools entered Saturday's Redwater Soap Carving "
            "Contest, each given an hour to carve an animal from a bar of soap. Nine-year-old Maya Hollins "
            "of Fernside Primary won with a sleeping hedgehog. The carvings will be on show at Redwater "
            "Library until the end of the month."),
        "errors": [
            {"text": "an hour", "type": "number", "severity": "minor", "ref_text": "90 minutes"},
        ],
        "traps": [
            {"text": "A record", "ref_text": "the largest turnout in the event's 15-year history"},
            {"text": "300-plus children", "ref_text": "More than 300 children"},
            {"text": "won with a sleeping hedgehog",
             "ref_text": "The overall prize went to nine-year-old Maya Hollins"},
        ],
    },
    {   # 40
        "domain": "straw bales", "mode": "translation", "label": "consistent",
        "reference": (
            "In the village of Hollerbach, the first apartment building in the region insulated with straw "
            "bales has been completed, the housing cooperative Grünes Dach announced on Tuesday. The "
            "three-storey building contains twelve flats and uses around 1,400 bales from farms in the "
            "surrounding district. According to the cooperative, the building needs about 80 percent less "
            "heating energy than a conventional new building of the same size. Construction took 14 months "
            "and cost 3.9 million euros. Fire safety experts had tested the walls in advance; the straw is "
            "covered with a thick layer of clay plaster. The first tenants will move in on 1 March."),
        "candidate": (
            "The housing cooperative Grünes Dach said on Tuesday that work had been finished on the "
            "region's first block of flats to be insulated with bales of straw, in the village of "
            "Hollerbach. The twelve apartments are spread over three floors, and roughly 1,400 bales from "
            "farms in the surrounding area went into the building. The cooperative says the building needs around "
            "four-fifths less energy for heating than a conventional new build of similar size. It took 14 "
            "months to build, at a cost of 3.9 million euros. The walls were tested beforehand by fire "
            "safety experts, and the straw is coated in a thick layer of clay plaster. Tenants will begin "
            "moving in on 1 March."),
        "errors": [],
        "traps": [
            {"text": "block of flats", "ref_text": "apartment building"},
            {"text": "around four-fifths less energy for heating",
             "ref_text": "about 80 percent less heating energy"},
            {"text": "The walls were tested beforehand by fire safety experts",
             "ref_text": "Fire safety experts had tested the walls in advance"},
            {"text": "Tenants will begin moving in on 1 March",
             "ref_text": "The first tenants will move in on 1 March"},
        ],
    },
]

# ------------------------------------------------------- build and validate
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


class SetError(Exception):
    pass


def find_occ(hay, needle, occ, what):
    """Offset of the occ-th (0-based) occurrence of needle in hay."""
    if not needle:
        raise SetError("%s: empty text" % what)
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise SetError("%s: occurrence %d of %r not found" % (what, occ, needle))
    return pos


def is_word_char(ch):
    return ch.isalnum()


def check_boundaries(text, start, end, what):
    if start > 0 and end > start:
        if is_word_char(text[start - 1]) and is_word_char(text[start]):
            raise SetError("%s: span starts inside a word" % what)
    if end < len(text) and end > start:
        if is_word_char(text[end - 1]) and is_word_char(text[end]):
            raise SetError("%s: span ends inside a word" % what)
    if start == end and 0 < start < len(text):
        if is_word_char(text[start - 1]) and is_word_char(text[start]):
            raise SetError("%s: insertion point inside a word" % what)
    if end > start and (text[start].isspace() or text[end - 1].isspace()):
        raise SetError("%s: span has outer whitespace" % what)


def n_words(s):
    return len(s.split())


def build_case(idx, case):
    cid = "s%d-%03d" % (N, idx)
    ref, cand = case["reference"], case["candidate"]
    for key in ("reference", "candidate"):
        t = case[key]
        if "  " in t or t != t.strip():
            raise SetError("%s: stray whitespace in %s" % (cid, key))
    errors = []
    for j, e in enumerate(case["errors"]):
        what = "%s error %d" % (cid, j)
        etype = e["type"]
        if etype not in ERROR_TYPES:
            raise SetError("%s: bad type %r" % (what, etype))
        if e["severity"] not in SEVERITIES:
            raise SetError("%s: bad severity" % what)
        occ = e.get("occ", 0)
        if etype == "omission":
            a = find_occ(cand, e["anchor"], occ, what + " anchor")
            pos = a + len(e["anchor"]) if e["side"] == "after" else a
            start = end = pos
            text = ""
        else:
            text = e["text"]
            start = find_occ(cand, text, occ, what)
            end = start + len(text)
        ref_text = e["ref_text"]
        if etype in ("addition", "repetition"):
            if ref_text is not None:
                raise SetError("%s: %s must have ref_text null" % (what, etype))
        else:
            if not ref_text or ref_text not in ref:
                raise SetError("%s: ref_text %r not in reference" % (what, ref_text))
        if etype == "omission":
            if ref_text.lower() in cand.lower():
                raise SetError("%s: omitted words still in candidate" % what)
        if etype == "repetition":
            first = cand.find(text)
            if first < 0 or first + len(text) > start:
                raise SetError("%s: repetition has no earlier copy" % what)
        if etype == "addition" and text in ref:
            raise SetError("%s: added text occurs in reference" % what)
        if etype not in ("omission", "addition", "repetition") and text == ref_text:
            raise SetError("%s: error text equals ref_text" % what)
        check_boundaries(cand, start, end, what)
        errors.append({"start": start, "end": end, "text": text, "type": etype,
                       "severity": e["severity"], "ref_text": ref_text})
    traps = []
    for j, t in enumerate(case["traps"]):
        what = "%s trap %d" % (cid, j)
        text = t["text"]
        start = find_occ(cand, text, t.get("occ", 0), what)
        end = start + len(text)
        if t["ref_text"] not in ref:
            raise SetError("%s: ref_text %r not in reference" % (what, t["ref_text"]))
        if text == t["ref_text"]:
            raise SetError("%s: trap is not reworded" % what)
        check_boundaries(cand, start, end, what)
        traps.append({"start": start, "end": end, "text": text, "ref_text": t["ref_text"]})
    # no overlaps between any spans (an insertion point may not sit strictly inside a span)
    spans = [(x["start"], x["end"], "error") for x in errors] + \
            [(x["start"], x["end"], "trap") for x in traps]
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            s1, e1, _ = spans[a]
            s2, e2, _ = spans[b]
            if s1 == e1 or s2 == e2:
                p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if s < p < e:
                    raise SetError("%s: insertion point inside another span" % cid)
            elif s1 < e2 and s2 < e1:
                raise SetError("%s: overlapping spans %r %r" % (cid, spans[a], spans[b]))
    for x in errors + traps:
        assert cand[x["start"]:x["end"]] == x["text"]
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": case["domain"], "mode": case["mode"],
            "reference": ref, "candidate": cand, "label": case["label"],
            "errors": errors, "traps": traps}


def validate_set(records):
    problems = []
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        problems.append("domains must be exactly the 40 listed, each once")
    count = {}
    for r in records:
        cid = r["id"]
        if r["mode"] not in MODES:
            problems.append("%s: bad mode" % cid)
        if r["label"] not in ("consistent", "inconsistent"):
            problems.append("%s: bad label" % cid)
        key = (r["mode"], r["label"])
        count[key] = count.get(key, 0) + 1
        rw = n_words(r["reference"])
        if not 70 <= rw <= 190:
            problems.append("%s: reference has %d words" % (cid, rw))
        if r["mode"] == "summary":
            if not (n_words(r["candidate"]) < rw and len(r["candidate"]) < len(r["reference"])):
                problems.append("%s: summary not shorter than reference" % cid)
            if any(e["type"] == "omission" for e in r["errors"]):
                problems.append("%s: omission in a summary" % cid)
        ne, nt = len(r["errors"]), len(r["traps"])
        if r["label"] == "consistent":
            if ne:
                problems.append("%s: consistent pair with errors" % cid)
            if not 3 <= nt <= 5:
                problems.append("%s: consistent pair has %d traps" % (cid, nt))
        else:
            if not 1 <= ne <= 3:
                problems.append("%s: inconsistent pair has %d errors" % (cid, ne))
            if nt > 3:
                problems.append("%s: inconsistent pair has %d traps" % (cid, nt))
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for label in ("consistent", "inconsistent"):
            if count.get((mode, label), 0) != n:
                problems.append("need %d %s/%s, got %d" % (n, mode, label, count.get((mode, label), 0)))
    by_type = {t: 0 for t in ERROR_TYPES}
    for r in records:
        for e in r["errors"]:
            by_type[e["type"]] += 1
    if sum(by_type.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(by_type.values()))
    for t, n in by_type.items():
        if n < 2:
            problems.append("error type %s used %d times" % (t, n))
    return problems


def summary(records):
    out = []
    modes = {}
    labels = {}
    types = {t: 0 for t in ERROR_TYPES}
    sev = {}
    ntraps = 0
    for r in records:
        modes[(r["mode"], r["label"])] = modes.get((r["mode"], r["label"]), 0) + 1
        labels[r["label"]] = labels.get(r["label"], 0) + 1
        ntraps += len(r["traps"])
        for e in r["errors"]:
            types[e["type"]] += 1
            sev[e["severity"]] = sev.get(e["severity"], 0) + 1
    out.append("pairs: %d" % len(records))
    for m in ("rewrite", "summary", "translation"):
        out.append("  %-11s consistent %d, inconsistent %d" % (
            m, modes.get((m, "consistent"), 0), modes.get((m, "inconsistent"), 0)))
    out.append("labels: %s" % ", ".join("%s %d" % kv for kv in sorted(labels.items())))
    out.append("errors: %d (%s)" % (sum(types.values()),
                                     ", ".join("%s %d" % (t, types[t]) for t in ERROR_TYPES)))
    out.append("severity: %s" % ", ".join("%s %d" % kv for kv in sorted(sev.items())))
    out.append("traps: %d" % ntraps)
    words = [n_words(r["reference"]) for r in records]
    out.append("reference words: min %d, max %d" % (min(words), max(words)))
    return "\n".join(out)


def main(argv):
    check_only = "--check" in argv[1:]
    records = []
    problems = []
    for i, case in enumerate(CASES, 1):
        try:
            records.append(build_case(i, case))
        except SetError as exc:
            problems.append(str(exc))
    if not problems:
        problems = validate_set(records)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check only: nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
