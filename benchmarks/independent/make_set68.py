#!/usr/bin/env python3
"""Held-out evaluation set 68 for the fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries
appear only as background). No offsets are typed by hand: each span is located
by string search in the candidate (with an occurrence index where the quoted
text repeats), and everything is validated before the JSONL file is written.

Composition (40 pairs, one domain each):
  - modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  - labels: 20 consistent, 20 inconsistent
  - 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2, addition 2, repetition 2
  - inconsistent pairs carry 1-2 errors (10 with one, 10 with two) and 0-3 traps;
    consistent pairs carry 3-5 traps (faithful but tempting rewordings)
  - references are 70-190 words in news/agency/corporate/official register;
    summaries are shorter than their references; omissions occur only in
    rewrite and translation pairs.

Usage: python3 make_set68.py          # validate and write set68.jsonl
       python3 make_set68.py --check  # validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

SET_NO = 68
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set68.jsonl")

DOMAINS = [
    "daffodil pickers", "rosehip syrup", "medlar trees", "chestnut roasting",
    "pine resin", "cork harvest", "heather thatch", "sod houses", "lime plaster",
    "marble carving", "soapstone", "horn combs", "ivory sales",
    "dinosaur footprints", "comet watching", "snail farms", "bumblebee nests",
    "hornet traps", "spider surveys", "snake catchers", "gecko smuggling",
    "crayfish trapping", "shortwave listeners", "eight track", "player pianos",
    "glass harmonica", "nyckelharpa", "harmonica", "washboard bands", "skiffle",
    "living statues", "face painting", "piercing studios", "shaving brushes",
    "wigs for children", "lice clinics", "hearing aid repairs",
    "prosthetic limbs for animals", "tiddlywinks", "jigsaw puzzle swaps",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, type_, severity, ref_text, occ=0):
    """A non-omission error: `text` is the span in the candidate."""
    return {"kind": "span", "text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def O(ref_text, severity, before=None, after=None, occ=0):
    """An omission: zero-width span placed just before (or after) an anchor."""
    return {"kind": "omission", "type": "omission", "severity": severity,
            "ref_text": ref_text, "before": before, "after": after, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Rewrites, part 1 (cases 1-10)
# ---------------------------------------------------------------------------

C("daffodil pickers", "rewrite", "consistent",
  "Fennick Bulb Growers said on Monday that it had recruited 340 seasonal pickers for this year's "
  "daffodil harvest in the Carrow Valley, up from 260 last season. The company, which supplies cut "
  "flowers to supermarkets in the United Kingdom and the Netherlands, said picking would begin on "
  "February 3 and was expected to last about six weeks. Operations director Maren Holloway said the "
  "early start reflected a mild winter. Pickers will be paid £12.40 an hour, plus a bonus for every "
  "1,000 bunches above target. The firm added that it would provide free transport from Ostley and "
  "Braywick, the two nearest towns, but that accommodation would not be offered on site this year.",
  "This year's daffodil harvest in the Carrow Valley will be brought in by 340 seasonal pickers whom "
  "Fennick Bulb Growers has recruited, the company said on Monday, compared with 260 last season. "
  "Picking starts on 3 February and is expected to run for roughly a month and a half, according to "
  "the company, which sells cut flowers to supermarkets in Britain and the Netherlands. Maren "
  "Holloway, its operations director, put the early start down to a mild winter. Pay is set at "
  "£12.40 per hour, with a bonus for each 1,000 bunches beyond target. Free transport will be laid "
  "on from the two closest towns, Ostley and Braywick, though Fennick will not offer on-site "
  "accommodation this year.",
  traps=[
      T("3 February", "February 3"),
      T("roughly a month and a half", "about six weeks"),
      T("Britain", "the United Kingdom"),
      T("put the early start down to", "said the early start reflected"),
      T("Fennick will not offer on-site accommodation", "accommodation would not be offered on site"),
  ])

C("rosehip syrup", "rewrite", "inconsistent",
  "Hedgerow Kitchen, a cooperative of 45 foragers based in Lintmoor, has been fined £18,000 after "
  "inspectors found that bottles of its rosehip syrup contained undeclared sulphites. The county "
  "trading standards office said the fault was discovered during a routine check in October at a "
  "farm shop in Pellbury. The cooperative withdrew about 2,300 bottles from sale. Its chairwoman, "
  "Isla Penrose, said the labelling error had come from an outside printer and that no customers had "
  "reported illness. The trading standards office said the cooperative had cooperated fully and that "
  "the fine reflected its previous clean record. Hedgerow Kitchen plans to resume sales before "
  "Christmas with corrected labels.",
  "Hedgerow Kitchen, a 45-member foraging cooperative in Lintmoor, has been fined £18,000 after "
  "inspectors found sulphites that were not declared on the label in bottles of its rosehip syrup. "
  "The problem came to light in October, during a routine check at a Pellbury farm shop, the county "
  "trading standards office said. Some 3,200 bottles were taken off sale. According to chairwoman "
  "Isla Penrose, an outside printer was responsible for the labelling mistake, and no customers have "
  "reported falling ill. She added that the cooperative had cooperated fully and that its previous "
  "clean record was reflected in the size of the fine. Hedgerow Kitchen plans to put the syrup back "
  "on sale, with corrected labels, before Christmas.",
  errors=[
      E("3,200", "number", "major", "2,300"),
      E("She added", "attribution", "major", "The trading standards office said"),
  ],
  traps=[
      T("a 45-member foraging cooperative", "a cooperative of 45 foragers"),
      T("sulphites that were not declared on the label", "undeclared sulphites"),
  ])

C("medlar trees", "rewrite", "consistent",
  "The Dunhallow Orchard Trust will plant 1,200 medlar trees across 15 community gardens over the "
  "next three years, the charity announced on Thursday. The project, funded by a £450,000 grant from "
  "the Ferrow Foundation, aims to revive a fruit that was common in English kitchen gardens until "
  "the early twentieth century. Trust director Colin Abernathy said volunteers would be trained in "
  "grafting and pruning at a nursery in Hadwell. The first 400 trees are due to be planted in "
  "November. Abernathy said the trust was not seeking council funding, but it hoped local schools "
  "would adopt at least some of the trees. The medlar, a relative of the apple, is usually eaten "
  "after it has been softened by frost or storage.",
  "Over the coming three years, 1,200 medlar trees are to be planted in 15 community gardens by the "
  "Dunhallow Orchard Trust, the charity said on Thursday. A £450,000 grant from the Ferrow "
  "Foundation is paying for the scheme, which is meant to bring back a fruit that was a familiar "
  "sight in English kitchen gardens until the early 1900s. Volunteers will be trained in grafting and "
  "pruning at a Hadwell nursery, according to Colin Abernathy, the trust's director. The first third "
  "of the trees are scheduled to go in during November. The trust is not asking the council for "
  "money, Abernathy said, though it hopes local schools will adopt at least some of the trees. A "
  "relative of the apple, the medlar is normally eaten once frost or storage has softened it.",
  traps=[
      T("early 1900s", "early twentieth century"),
      T("The first third of the trees", "The first 400 trees"),
      T("is not asking the council for money", "was not seeking council funding"),
      T("once frost or storage has softened it", "after it has been softened by frost or storage"),
  ])

C("chestnut roasting", "rewrite", "inconsistent",
  "Street vendors in Marlow Cross will be allowed to sell roasted chestnuts from braziers in the town "
  "square from November 15 until January 6, the borough council said in a statement on Wednesday. "
  "The decision ends a two-year ban imposed after a stall fire in 2021 damaged the front of the Corn "
  "Exchange. Under the new rules, each vendor must hold a fire-safety certificate, keep an "
  "extinguisher within reach and pay a seasonal fee of £150. No more than six pitches will be "
  "licensed. Council leader Ruth Varga said the roasting stalls were 'part of the square's winter "
  "character' and that the safety conditions had been agreed with the fire service. Applications "
  "open on October 1.",
  "Street vendors will once again be allowed to sell roasted chestnuts from braziers in Marlow Cross "
  "town square after the borough council said in a statement on Wednesday that it was ending a "
  "two-year ban. The ban "
  "had been imposed after a stall fire in 2021 damaged the Corn Exchange's frontage. Stalls will be "
  "permitted between 15 November and 6 January, and a maximum of six pitches will be licensed. Each "
  "vendor will need a fire-safety certificate, must keep an extinguisher close at hand and will pay "
  "£150 for the season. Ruth Varga, who leads the council, described the stalls as 'part of the "
  "square's winter character' and said the safety conditions had been agreed with the fire service. "
  "Applications can be submitted from 1 November.",
  errors=[
      E("1 November", "date", "major", "October 1"),
  ],
  traps=[
      T("a maximum of six pitches", "No more than six pitches"),
      T("between 15 November and 6 January", "from November 15 until January 6"),
      T("will pay £150 for the season", "pay a seasonal fee of £150"),
  ])

C("pine resin", "rewrite", "consistent",
  "Resin tappers in the Voss Highlands collected 410 tonnes of pine resin last year, a 15 percent "
  "increase on 2022, according to figures released on Tuesday by the regional forestry board. The "
  "board said higher prices for natural turpentine and rosin had drawn younger workers back into a "
  "trade that had been declining for decades. About 90 tappers now work in the board's forests, "
  "compared with 55 five years ago. Board chairman Anders Lykke said the resin was sold mainly to "
  "varnish and adhesive makers in Germany and Italy. He warned, however, that the harvest could fall "
  "this year if the dry summer forecast by meteorologists reduced the flow of sap. Tapping season "
  "runs from May to September.",
  "Figures published by the regional forestry board on Tuesday show that tappers gathered 410 tonnes "
  "of pine resin in the Voss Highlands last year, up 15% from 2022. Rising prices for natural rosin "
  "and turpentine have lured younger workers back to a trade that had been shrinking for decades, "
  "the board said. Roughly 90 tappers now work in its forests, against 55 half a decade ago. Most of "
  "the resin goes to makers of varnishes and adhesives in Germany and Italy, chairman Anders Lykke "
  "said, but he cautioned that this year's harvest might drop if a dry summer, as meteorologists are "
  "forecasting, slows the flow of sap. The tapping season lasts from May through September.",
  traps=[
      T("up 15%", "a 15 percent increase"),
      T("half a decade ago", "five years ago"),
      T("Most of the resin goes to", "the resin was sold mainly to"),
      T("might drop", "could fall"),
  ])

C("cork harvest", "rewrite", "inconsistent",
  "Montado Verde, a cork producer based in the Alcaria district, has agreed to supply 60 million "
  "natural stoppers a year to the wine group Casa Lobreira under a five-year contract signed on "
  "Friday. The deal, worth an estimated €95 million, is the largest in Montado Verde's history. The "
  "company said the cork would come from its own estates and from about 120 smaller growers, who "
  "strip the bark by hand every nine years. Chief executive Rui Damasceno said the contract would "
  "allow the firm to offer growers guaranteed prices for the first time. Casa Lobreira, which "
  "bottles wine in Portugal and Spain, had previously sourced most of its stoppers from synthetic "
  "suppliers.",
  "Wine group Casa Lobreira will receive 60 million natural stoppers a year from Montado Verde under "
  "a five-year contract signed on Friday with the cork producer, which is based in the Alcaria "
  "district. Valued at €95 million, the agreement is the biggest in Montado Verde's history. The cork "
  "will come from the company's own estates and from some 120 smaller growers, who strip the bark by "
  "hand once every nine years, it said. According to chief executive Rui Damasceno, the contract will "
  "for the first time let growers offer the company guaranteed prices. Casa Lobreira, which bottles "
  "wine in Portugal and Spain, previously bought most of its stoppers from synthetic suppliers.",
  errors=[
      O("an estimated", "minor", before="€95 million"),
      E("growers offer the company", "role", "major", "the firm to offer growers"),
  ],
  traps=[
      T("will receive 60 million natural stoppers a year from Montado Verde",
        "has agreed to supply 60 million natural stoppers a year"),
      T("once every nine years", "every nine years"),
  ])

C("heather thatch", "rewrite", "consistent",
  "The Brackenridge Heritage Board has awarded a £210,000 contract to rethatch 14 cottages in the "
  "village of Aldermoss with heather, a roofing material that has almost disappeared from the "
  "region. The work, to be carried out by Glenholm Thatching over two summers, will use about 9,000 "
  "bundles of heather cut from the surrounding moors under a licence from the estate of Lord "
  "Calloway. Board spokeswoman Fiona Drysdale said heather roofs could last up to 40 years if "
  "properly maintained, roughly twice as long as some straw roofs. Three apprentices will be taken "
  "on for the project. Residents will not have to pay towards the cost, she said, although they "
  "will be asked to allow visitors to view the work on two open days.",
  "Fourteen cottages in the village of Aldermoss are to be rethatched with heather, a roofing "
  "material now almost vanished from the region, under a £210,000 contract awarded by the "
  "Brackenridge Heritage Board. Glenholm Thatching will do the work over two summers, using around "
  "9,000 bundles of heather cut on the surrounding moors under a licence granted by Lord Calloway's "
  "estate. A properly maintained heather roof can last as long as 40 years, about double the life of "
  "some straw roofs, according to the board's spokeswoman, Fiona Drysdale. The project will take on "
  "three apprentices. Drysdale said residents would bear none of the cost, but they will be asked to "
  "let visitors view the work on two open days.",
  traps=[
      T("Fourteen cottages", "14 cottages"),
      T("Lord Calloway's estate", "the estate of Lord Calloway"),
      T("as long as 40 years", "up to 40 years"),
      T("about double the life of", "roughly twice as long as"),
      T("would bear none of the cost", "will not have to pay towards the cost"),
  ])

C("sod houses", "rewrite", "inconsistent",
  "A museum in the prairie town of Keller Flats has begun rebuilding a sod house using the same "
  "methods settlers used in the 1880s, the Tallgrass Historical Society said on Monday. Volunteers "
  "cut about 3,000 blocks of turf from a nearby pasture and are stacking them in overlapping rows to "
  "form walls nearly a metre thick. Project manager Dale Iversen said the house would not have "
  "electricity or running water, so that visitors could experience conditions as they were. The "
  "society expects the building to be finished by the end of August and opened to the public in "
  "September. The original sod house on the site collapsed in a storm in 1962.",
  "Work has started on rebuilding a sod house at a museum in the prairie town of Keller Flats, using "
  "the techniques settlers relied on in the 1880s, the Tallgrass Historical Society said on Monday. "
  "Around 3,000 turf blocks have been cut by volunteers from a nearby pasture, and they are being "
  "laid in overlapping rows to make walls almost a metre thick. Project manager Dale Iversen said "
  "there would be electricity but no running water in the house, so that visitors could experience "
  "conditions as they were. The society expects to complete the building by late August and to open "
  "it to the public in September. A storm in 1962 brought down the original sod house on the site.",
  errors=[
      E("there would be electricity", "polarity", "major", "would not have electricity"),
  ],
  traps=[
      T("almost a metre thick", "nearly a metre thick"),
      T("by late August", "by the end of August"),
      T("A storm in 1962 brought down", "collapsed in a storm in 1962"),
  ])

C("lime plaster", "rewrite", "consistent",
  "Conservators have finished restoring the lime plaster ceilings of Harwick Hall, a 17th-century "
  "manor owned by the Pemberton Trust, after a project that took 18 months and cost £1.3 million. "
  "The trust said on Tuesday that specialists from Oakfield Conservation had repaired around 220 "
  "square metres of ornamental plaster, much of which had been damaged by a leaking roof in 2019. "
  "The team used a traditional mix of lime, sand and animal hair rather than modern gypsum, which the "
  "trust said would have trapped moisture in the walls. The hall's east wing, closed since the leak, "
  "will reopen to visitors on April 5. Entry will remain free for members.",
  "The restoration of the lime plaster ceilings at Harwick Hall, the Pemberton Trust's 17th-century "
  "manor, has been completed after an 18-month project costing £1.3m. Specialists from Oakfield "
  "Conservation repaired roughly 220 square metres of ornamental plaster, a large part of it damaged "
  "when the roof leaked in 2019, the trust said on Tuesday. Instead of modern gypsum, which according "
  "to the trust would have trapped moisture in the walls, the team used a traditional blend of lime, "
  "sand and animal hair. The hall's east wing, shut since the leak, reopens to visitors on 5 April, "
  "and members will still get in free.",
  traps=[
      T("£1.3m", "£1.3 million"),
      T("a large part of it", "much of which"),
      T("Instead of modern gypsum", "rather than modern gypsum"),
      T("5 April", "April 5"),
      T("members will still get in free", "Entry will remain free for members"),
  ])

C("marble carving", "rewrite", "inconsistent",
  "The sculptor Elena Moravec has been commissioned to carve a marble fountain for the central "
  "square of Castelvarro, the town council announced on Thursday. The fountain, to be cut from a "
  "single 22-tonne block quarried at Monte Sarno, is expected to take about two years to complete. "
  "The council said it would contribute €600,000 towards the €1.1 million cost, with the remainder "
  "coming from the Bellandi Foundation. Moravec, who trained at the Accademia di Lucerna, said she "
  "might invite students to work alongside her in an open-air workshop beside the town hall. The "
  "design, showing three river figures, was chosen from 41 entries.",
  "Castelvarro's town council said on Thursday that it had commissioned the sculptor Elena Moravec to "
  "carve a marble fountain for the town's central square. The fountain, which will be cut from a "
  "single 22-tonne block quarried at Monte Sarno, should take roughly two years to finish. Of the "
  "€1.1 million cost, the council will put up €600,000 and the Sarno Foundation will pay the rest. "
  "Moravec, who trained at the Accademia di Lucerna, said she would invite students to work with her "
  "in an open-air workshop next to the town hall. Her design, featuring three river figures, was "
  "picked from 41 entries.",
  errors=[
      E("the Sarno Foundation", "entity", "major", "the Bellandi Foundation"),
      E("she would invite students", "modality", "minor", "she might invite students"),
  ],
  traps=[
      T("should take roughly two years to finish", "is expected to take about two years to complete"),
      T("the council will put up €600,000", "it would contribute €600,000"),
  ])

# ---------------------------------------------------------------------------
# Rewrites, part 2 (cases 11-20)
# ---------------------------------------------------------------------------

C("soapstone", "rewrite", "consistent",
  "Northfell Minerals will reopen the Skarvik soapstone quarry, closed since 2009, after regional "
  "authorities approved its extraction plan on Wednesday. The company expects to produce around "
  "8,000 tonnes a year, most of which will be used for wood-burning stoves and kitchen worktops. The "
  "approval requires Northfell to restore the site within five years of the quarry's eventual "
  "closure and to limit blasting to weekdays between 9 a.m. and 4 p.m. Managing director Sigrid "
  "Halvorsen said the reopening would create 35 jobs. Local carvers, who have relied on imported "
  "stone since the closure, will be able to buy offcuts at cost, she said.",
  "The Skarvik soapstone quarry, shut since 2009, is to be reopened by Northfell Minerals after "
  "regional authorities approved the company's extraction plan on Wednesday. Northfell expects "
  "annual output of about 8,000 tonnes, the bulk of it destined for wood-burning stoves and kitchen "
  "worktops. Under the terms of the approval, it must restore the site within five years of the "
  "quarry eventually closing, and may blast only on weekdays from 9am to 4pm. The reopening will "
  "bring 35 jobs, said managing director Sigrid Halvorsen. She added that local carvers, who have had "
  "to rely on imported stone since the quarry closed, will be able to buy offcuts at cost.",
  traps=[
      T("shut since 2009", "closed since 2009"),
      T("the bulk of it", "most of which"),
      T("may blast only on weekdays from 9am to 4pm",
        "limit blasting to weekdays between 9 a.m. and 4 p.m."),
      T("The reopening will bring 35 jobs", "the reopening would create 35 jobs"),
  ])

C("horn combs", "rewrite", "inconsistent",
  "Thornbury & Sons, which has made combs from cattle horn in the town of Wexley since 1846, is to "
  "be bought by the accessories group Larkspur Holdings, the two companies said on Friday. The terms "
  "were not disclosed. Thornbury, which employs 22 people, will keep its workshop and brand, and "
  "current owner Gareth Thornbury will stay on as managing director for at least three years. "
  "Larkspur said it planned to sell the combs through its 60 department-store concessions in Europe. "
  "The horn comes as a by-product from abattoirs in Ireland and Scotland, and each comb is cut, "
  "polished and finished by hand, a process that takes up to two weeks.",
  "Accessories group Larkspur Holdings has agreed to buy Thornbury & Sons, which has been making "
  "cattle-horn combs in Wexley since 1846, the two companies announced on Friday, without disclosing "
  "terms. The 22-strong firm will retain its workshop and brand, and Gareth Thornbury, its current "
  "owner, will remain managing director for a minimum of three years. Larkspur said it intends to "
  "open 60 concessions in European department stores to sell the combs. The horn is a by-product "
  "sourced from Irish and Scottish abattoirs, and every comb is cut, polished and finished by hand, "
  "which can take as long as a fortnight.",
  errors=[
      E("open 60 concessions in European department stores", "event", "major",
        "sell the combs through its 60 department-store concessions"),
  ],
  traps=[
      T("The 22-strong firm", "which employs 22 people"),
      T("a minimum of three years", "at least three years"),
      T("as long as a fortnight", "up to two weeks"),
  ])

C("ivory sales", "rewrite", "consistent",
  "The auction house Pellow & Grange said on Monday it would stop accepting items containing "
  "elephant ivory from January 1, months before a national ban on most such sales takes effect. The "
  "firm, based in Harrowgate Street in the city of Brenford, handled about 450 ivory lots last year, "
  "worth a combined £2.6 million. Chairman Oliver Pellow said the decision had been taken after "
  "consultation with conservation groups and a survey of the firm's regular buyers, roughly two "
  "thirds of whom supported the change. Musical instruments and portrait miniatures made before "
  "1918, which are exempt under the new law, will also be refused. Items already consigned will be "
  "sold as planned in the December sales.",
  "Pellow & Grange will no longer accept items that contain elephant ivory from 1 January, the "
  "auction house announced on Monday, months ahead of a national ban on most such sales coming into "
  "force. Last year the firm, which is based in Harrowgate Street in Brenford, handled around 450 "
  "ivory lots with a total value of £2.6m. Chairman Oliver Pellow said the decision followed "
  "consultation with conservation groups and a survey of the firm's regular buyers, about 67% of "
  "whom backed the change. The house will also turn away musical instruments and portrait "
  "miniatures made before 1918, even though the new law exempts them. Items already consigned will "
  "go under the hammer as planned in the December sales.",
  traps=[
      T("1 January", "January 1"),
      T("£2.6m", "£2.6 million"),
      T("about 67%", "roughly two thirds"),
      T("even though the new law exempts them", "which are exempt under the new law"),
      T("go under the hammer", "be sold"),
  ])

C("dinosaur footprints", "rewrite", "inconsistent",
  "Geologists have identified 63 dinosaur footprints on a tidal rock shelf near the fishing village "
  "of Porth Elian, the Coastal Geology Unit at Trevanne University said on Tuesday. The tracks, "
  "thought to be about 165 million years old, were exposed by storms in February and were first "
  "reported by a local dog walker, Bethan Morgan. Lead researcher Dr Huw Castell said most of the "
  "prints appeared to have been left by a group of plant-eating dinosaurs moving in the same "
  "direction. The largest print measures 58 centimetres across. Because the shelf is covered at high "
  "tide, the team has only about three hours a day to work, and it hopes to finish mapping the site "
  "before the autumn storms.",
  "Sixty-three dinosaur footprints have been identified by geologists on a tidal rock shelf close to "
  "the fishing village of Porth Elian, Trevanne University's Coastal Geology Unit said on Tuesday. "
  "The tracks, believed to be some 156 million years old, were exposed by storms last autumn and "
  "first reported by Bethan Morgan, a local dog walker. Most of the prints seem to have been made by "
  "a group of plant-eating dinosaurs heading in the same direction, said Dr Huw Castell, who is "
  "leading the research. The biggest is 58cm across. With the shelf submerged at high tide, the team "
  "can work for only around three hours daily, and it hopes to have the site mapped before the "
  "autumn storms.",
  errors=[
      E("156 million", "number", "major", "165 million"),
      E("last autumn", "date", "major", "in February"),
  ],
  traps=[
      T("Sixty-three dinosaur footprints", "63 dinosaur footprints"),
      T("The biggest is 58cm across", "The largest print measures 58 centimetres across"),
      T("around three hours daily", "about three hours a day"),
  ])

C("comet watching", "rewrite", "consistent",
  "The Halvern Astronomical Society will open its observatory on Cairn Hill to the public on the "
  "nights of October 11 and 12, when Comet Ressler-Oyama is expected to be at its brightest. Society "
  "secretary Priya Nandakumar said the comet might be visible to the naked eye from dark sites, but "
  "binoculars would give a much better view. Eight telescopes will be available, and members will "
  "give short talks every half hour from 8 p.m. until midnight. Places are limited to 150 visitors a "
  "night and must be booked in advance through the society's website. Tickets cost £5 for adults; "
  "children under 12 go free. If the sky is cloudy, the events will be moved to the following "
  "weekend.",
  "With Comet Ressler-Oyama likely to reach peak brightness on the nights of 11 and 12 October, the "
  "Halvern Astronomical Society is opening its Cairn Hill observatory to the public on both. From "
  "dark sites the comet may be seen without any optical aid, according to the society's secretary, "
  "Priya Nandakumar, although binoculars will give a much better view. Visitors will have the use of "
  "eight telescopes, and members will deliver short talks at 30-minute intervals between 8pm and "
  "midnight. Numbers are capped at 150 per night, and places must be booked in advance on the "
  "society's website. Adults pay £5 and under-12s are admitted free. Cloudy skies would see the "
  "events moved to the following weekend.",
  traps=[
      T("likely to reach peak brightness", "expected to be at its brightest"),
      T("may be seen without any optical aid", "might be visible to the naked eye"),
      T("at 30-minute intervals", "every half hour"),
      T("capped at 150 per night", "limited to 150 visitors a night"),
      T("under-12s are admitted free", "children under 12 go free"),
  ])

C("snail farms", "rewrite", "inconsistent",
  "Escargots du Vallon, a snail farm in the village of Saint-Aubrac, has been awarded a regional "
  "food-quality label for its Burgundy snails, the Chamber of Agriculture said on Wednesday. The "
  "farm, run by Claire and Mathieu Perrin since 2015, raises about 400,000 snails a year in outdoor "
  "pens fed on fresh greens and cereal meal. The label requires that snails be raised, processed and "
  "packed within the region. Claire Perrin said the recognition would help the farm sell to "
  "restaurants in Lyon and Paris, which currently account for a quarter of its sales. The farm plans "
  "to add a visitor centre next spring.",
  "The Chamber of Agriculture said on Wednesday that Escargots du Vallon, a snail farm in the village "
  "of Saint-Aubrac, had been granted a regional food-quality label for its Burgundy snails, making it "
  "the first snail farm in the region to receive the distinction. Claire and Mathieu Perrin, who have "
  "run the farm since 2015, raise some 400,000 snails annually in outdoor pens, feeding them fresh "
  "greens and cereal meal. To qualify for the label, the snails must be raised, processed and packed "
  "within the region. According to Claire Perrin, the award will help the farm sell to restaurants "
  "in Lyon and Paris, which at present make up 25% of its sales. A visitor centre is planned for next "
  "spring.",
  errors=[
      E("making it the first snail farm in the region to receive the distinction", "addition",
        "major", None),
  ],
  traps=[
      T("some 400,000 snails annually", "about 400,000 snails a year"),
      T("25% of its sales", "a quarter of its sales"),
  ])

C("bumblebee nests", "rewrite", "consistent",
  "Volunteers recorded 1,840 bumblebee nests in gardens across the county of Westmere last summer, "
  "more than double the number found in 2021, the Westmere Wildlife Trust said in its annual survey "
  "published on Thursday. The trust attributed part of the rise to a larger number of people taking "
  "part, which grew from 600 to about 1,100. Survey coordinator Tomas Reyes said the tree bumblebee, "
  "first seen in the county in 2008, was now the second most commonly recorded species. He urged "
  "gardeners not to disturb nests, which are usually abandoned by the end of the summer, and to "
  "leave patches of lawn uncut in spring. The full report is available on the trust's website.",
  "Last summer volunteers logged 1,840 bumblebee nests in gardens across Westmere, over twice as "
  "many as in 2021, according to the Westmere Wildlife Trust's annual survey, released on Thursday. "
  "Some of the increase was put down by the trust to higher participation, with the number of people "
  "taking part rising from 600 to roughly 1,100. The tree bumblebee, first spotted in the county in "
  "2008, has become the second most commonly recorded species, said Tomas Reyes, who coordinates the "
  "survey. He called on gardeners to leave nests alone, as they are generally deserted by late "
  "summer, and to let patches of lawn go uncut in spring. The complete report can be read on the "
  "trust's website.",
  traps=[
      T("over twice as many as in 2021", "more than double the number found in 2021"),
      T("Some of the increase was put down by the trust to", "The trust attributed part of the rise to"),
      T("to leave nests alone", "not to disturb nests"),
      T("generally deserted by late summer", "usually abandoned by the end of the summer"),
  ])

C("hornet traps", "rewrite", "inconsistent",
  "Beekeepers on the island of Sarnay have been asked to set traps for the Asian hornet after three "
  "nests were found near the harbour town of Port Ivel this month, the island's environment "
  "department said on Friday. The department will supply 500 free traps, which catch hornets but are "
  "designed to let smaller insects escape. Officer Jean Le Brun said the department did not yet know "
  "how the hornets had reached Sarnay, though they may have arrived on a freight ship. All three "
  "nests have been destroyed. Residents who think they have seen a hornet are asked to photograph it "
  "and report the sighting, but should not approach nests themselves.",
  "After three nests were found near the harbour town of Port Ivel this month, beekeepers on Sarnay "
  "have been asked to set traps for the Asian hornet, the island's environment department said on "
  "Friday. The department is handing out 500 traps free of charge; they catch hornets but are designed "
  "to let smaller insects escape, to let smaller insects escape. How the hornets got to Sarnay is not "
  "yet known, officer Jean Le Brun said, but they may have come in on a freight ship. None of the "
  "three nests has been destroyed so far. Anyone who thinks they have seen a hornet is asked to "
  "photograph it and report the sighting, but should not approach a nest themselves.",
  errors=[
      E("to let smaller insects escape", "repetition", "minor", None, occ=1),
      E("None of the three nests has been destroyed", "polarity", "major",
        "All three nests have been destroyed"),
  ],
  traps=[
      T("500 traps free of charge", "500 free traps"),
      T("How the hornets got to Sarnay is not yet known",
        "did not yet know how the hornets had reached Sarnay"),
  ])

C("spider surveys", "rewrite", "consistent",
  "A two-year survey of spiders in the Marrowdale Forest Park has recorded 212 species, including "
  "four never before found in the country, the park authority said on Monday. The survey, carried "
  "out by 30 volunteers under the supervision of arachnologist Dr Ingrid Falk, involved checking 120 "
  "pitfall traps every fortnight between April 2022 and March 2024. Dr Falk said the new records "
  "were all small ground-dwelling species and were unlikely to pose any risk to visitors. The park "
  "authority plans to use the findings to decide where to leave dead wood and leaf litter "
  "undisturbed. A second survey, focusing on the park's wetlands, will start in May.",
  "Over two years, a survey of spiders in Marrowdale Forest Park has logged 212 species, four of them "
  "never previously recorded in the country, the park authority announced on Monday. Thirty "
  "volunteers, supervised by arachnologist Dr Ingrid Falk, checked 120 pitfall traps once every two "
  "weeks from April 2022 to March 2024. All of the newly recorded species are small spiders that live "
  "on the ground and are not expected to pose any danger to visitors, Falk said. The authority plans "
  "to use the findings to decide where dead wood and leaf litter should be left undisturbed. The "
  "park's wetlands will be the focus of a second survey beginning in May.",
  traps=[
      T("four of them never previously recorded", "including four never before found"),
      T("once every two weeks", "every fortnight"),
      T("small spiders that live on the ground", "small ground-dwelling species"),
      T("are not expected to pose any danger", "were unlikely to pose any risk"),
  ])

C("snake catchers", "rewrite", "inconsistent",
  "Calls to snake catchers in the Dunmore Shire rose by 40 percent over the summer, as hot weather "
  "drove reptiles into gardens and garages, the shire council said on Tuesday. The council's "
  "contracted catcher, Reptile Rescue Services, handled 730 callouts between December and February, "
  "most involving brown snakes. Its owner, Kyle Brennan, said none of the people who called had been "
  "bitten, but he warned residents not to try to kill or move snakes themselves, as most bites occur "
  "during such attempts. The council will fund a second catcher from next month, run by Ashgrove "
  "Wildlife. Residents should keep grass short and clear away piles of timber, it said.",
  "Snake catchers in the Dunmore Shire received 40% more calls over the summer, with the hot weather "
  "driving reptiles into gardens and garages, the shire council said on Tuesday. Between December "
  "and February, Reptile Rescue Services, the catcher contracted by the council, handled 730 "
  "callouts, the majority of them involving brown snakes. Nobody who called had been bitten, said "
  "Kyle Brennan, the owner of Ashgrove Wildlife, but he warned residents against trying to kill or "
  "move snakes themselves, since that is when most bites happen. From next month the council will "
  "also fund a second catcher, run by Ashgrove Wildlife. It advised residents to keep grass short "
  "and clear away piles of timber.",
  errors=[
      E("Ashgrove Wildlife", "entity", "major", "Reptile Rescue Services", occ=0),
  ],
  traps=[
      T("40% more calls", "rose by 40 percent"),
      T("the majority of them", "most involving"),
      T("since that is when most bites happen", "as most bites occur during such attempts"),
  ])

# ---------------------------------------------------------------------------
# Summaries (cases 21-30)
# ---------------------------------------------------------------------------

C("gecko smuggling", "summary", "consistent",
  "Customs officers at Verrant International Airport seized 86 live geckos hidden in socks inside a "
  "passenger's suitcase on Saturday, the national border agency said on Monday. The animals, "
  "including 14 of a protected species found only on the island of Kessa, were discovered during a "
  "routine X-ray check of luggage arriving on a flight from Kessa City. A 34-year-old man was "
  "arrested and has been charged with wildlife trafficking offences, which carry a maximum sentence "
  "of seven years. Agency spokesman Paul Okafor said 79 of the geckos had survived and were being "
  "cared for at the Verrant Zoo before their planned return to Kessa. Officials believe the reptiles "
  "were destined for private collectors in Europe, where rare geckos can sell for up to €2,000 each.",
  "Customs officers at Verrant airport found 86 live geckos stuffed into socks in a passenger's "
  "suitcase on Saturday, 14 of them from a protected species endemic to Kessa. A 34-year-old man has "
  "been charged with wildlife trafficking, punishable by up to seven years in prison. The 79 "
  "surviving geckos are at Verrant Zoo awaiting repatriation, and officials think they were bound for "
  "private collectors in Europe.",
  traps=[
      T("endemic to Kessa", "found only on the island of Kessa"),
      T("punishable by up to seven years in prison", "carry a maximum sentence of seven years"),
      T("awaiting repatriation", "before their planned return to Kessa"),
      T("think they were bound for", "believe the reptiles were destined for"),
  ])

C("crayfish trapping", "summary", "inconsistent",
  "The Lower Tarrow Angling Association has been granted permission by the regional water authority "
  "to trap invasive signal crayfish along a 12-kilometre stretch of the River Tarrow, the "
  "association said on Wednesday. Signal crayfish, which arrived in the river in the 1990s, have "
  "driven the native white-clawed crayfish from most of the catchment. Under the licence, which runs "
  "for three years, trained members may set up to 200 traps at any one time and must record every "
  "catch. Association secretary Mark Dunleavy said any native crayfish caught must be returned to "
  "the water unharmed. Trapped signal crayfish may be sold to restaurants, with the proceeds funding "
  "habitat work.",
  "The regional water authority has licensed the Lower Tarrow Angling Association to trap invasive "
  "signal crayfish along 21 km of the River Tarrow for three years. The signal crayfish, in the river "
  "since the 1990s, have been driven from most of the catchment by the native white-clawed crayfish. "
  "Trained members may run up to 200 traps at once, must log every catch and must release any native "
  "crayfish unharmed; trapped signal crayfish can be sold to restaurants to fund habitat work.",
  errors=[
      E("21 km", "number", "major", "12-kilometre"),
      E("signal crayfish, in the river since the 1990s, have been driven from most of the catchment "
        "by the native white-clawed crayfish", "role", "major",
        "Signal crayfish, which arrived in the river in the 1990s, have driven the native "
        "white-clawed crayfish from most of the catchment"),
  ],
  traps=[
      T("up to 200 traps at once", "up to 200 traps at any one time"),
  ])

C("shortwave listeners", "summary", "consistent",
  "The Northern Shortwave Listeners' Club will hold its annual convention in the town of Ambleford "
  "on 14-16 June, the first time the event has been held outside the capital in its 52-year history. "
  "Club president Harriet Oduya said about 300 members were expected, roughly the same number as "
  "last year. The programme includes talks on antenna design and on the decline of international "
  "broadcasting, as well as a market for second-hand receivers. The club, which has 1,900 members, "
  "said it had chosen Ambleford because of its low levels of radio interference. Day tickets cost "
  "£20 and can be bought at the door.",
  "For the first time in its 52 years, the Northern Shortwave Listeners' Club is holding its annual "
  "convention outside the capital, in Ambleford, from 14 to 16 June, citing the town's low radio "
  "interference. Around 300 members, much as last year, are expected for talks on antenna design and "
  "the decline of international broadcasting and a second-hand receiver market.",
  traps=[
      T("For the first time in its 52 years",
        "the first time the event has been held outside the capital in its 52-year history"),
      T("from 14 to 16 June", "on 14-16 June"),
      T("much as last year", "roughly the same number as last year"),
      T("citing the town's low radio interference",
        "because of its low levels of radio interference"),
  ])

C("eight track", "summary", "inconsistent",
  "Reelhouse Audio, a small manufacturer in the city of Dorrington, says it may restart production "
  "of eight-track tape cartridges next year if it receives at least 5,000 advance orders. The "
  "format, popular in cars in the late 1960s and 1970s, was largely abandoned by the early 1980s. "
  "Founder Nadia Kessel said interest had grown among collectors and bands seeking a distinctive "
  "sound, and the company had received about 1,800 pre-orders since launching a website last month. "
  "Blank cartridges would cost around $18 each. Kessel said the firm had not yet found a supplier "
  "for the endless-loop tape the cartridges require, which she described as the main obstacle.",
  "Dorrington manufacturer Reelhouse Audio will restart production of eight-track tape cartridges "
  "next year, citing growing interest from collectors and bands, and has taken about 1,800 "
  "pre-orders since launching a website last month. Founder Nadia Kessel said the main obstacle was "
  "that the firm had yet to find a supplier of the endless-loop tape the cartridges need.",
  errors=[
      E("will restart production", "modality", "major", "may restart production"),
  ],
  traps=[
      T("had yet to find a supplier", "had not yet found a supplier"),
  ])

C("player pianos", "summary", "consistent",
  "The Gresham Mechanical Music Museum has received a donation of 17 player pianos and more than "
  "4,000 paper music rolls from the estate of the late collector Howard Finchley, the museum said on "
  "Friday. The instruments, built between 1905 and 1930, include a rare reproducing piano made by "
  "the defunct Aldine Piano Company, of which only six are thought to survive. Curator Linda Marsh "
  "said restoring the collection could take up to five years and would cost an estimated £250,000, "
  "which the museum hopes to raise through a public appeal. Some of the rolls, many of which were "
  "cut from performances by concert pianists, will be digitised and made available online.",
  "The estate of the late collector Howard Finchley has given the Gresham Mechanical Music Museum 17 "
  "player pianos built between 1905 and 1930, among them a rare Aldine reproducing piano thought to "
  "be one of only six surviving, plus more than 4,000 music rolls. Restoration could take as long as "
  "five years and cost around £250,000, which the museum hopes to raise by public appeal; some rolls "
  "will be digitised and put online.",
  traps=[
      T("has given", "has received a donation of"),
      T("thought to be one of only six surviving", "of which only six are thought to survive"),
      T("as long as five years", "up to five years"),
      T("around £250,000", "an estimated £250,000"),
  ])

C("glass harmonica", "summary", "inconsistent",
  "The Vellmar Chamber Orchestra will perform a rarely heard concerto for glass harmonica at the "
  "Stadtsaal in Rennfeld on March 9, the orchestra said on Monday. The soloist, Katrin Albers, is "
  "one of fewer than a dozen professional players of the instrument, which produces sound from "
  "spinning glass bowls touched with wet fingers. Albers said the piece, written in 1791 by the "
  "little-known composer Anton Reisig, had not been performed in public for more than a century. The "
  "score was discovered last year in a church archive by musicologist Dr Felix Brand. Conductor Mira "
  "Stojanović said rehearsals had been difficult because the instrument was so quiet that the "
  "orchestra had to be reduced to 18 players.",
  "The Vellmar Chamber Orchestra will play a rarely heard 1791 glass harmonica concerto by the "
  "obscure composer Anton Reisig at Rennfeld's Stadtsaal on March 9, with Katrin Albers, one of fewer "
  "than 12 professional players, as soloist. The score was bought at auction last year by "
  "musicologist Dr Felix Brand, who says the piece has not been performed in public for over a "
  "century. The instrument is so quiet that the orchestra has been cut to 18 players.",
  errors=[
      E("bought at auction", "event", "major", "discovered last year in a church archive"),
      E("who says", "attribution", "minor", "Albers said"),
  ],
  traps=[
      T("fewer than 12", "fewer than a dozen"),
      T("the obscure composer", "the little-known composer"),
  ])

C("nyckelharpa", "summary", "consistent",
  "A folk music school in Lindvik, a Swedish-speaking town in Finland, will offer the country's "
  "first full-time course in the nyckelharpa, a keyed fiddle with roots in the Middle Ages, from "
  "August. The Lindvik Folk Academy said on Tuesday that the one-year course would accept 12 "
  "students, who will learn to play and to build the instrument. Tuition will be free, but students "
  "must pay about €3,500 for materials. Course leader Elsa Björkqvist, a nyckelharpa maker for 30 "
  "years, said demand had grown sharply since a local band reached the final of a national music "
  "competition in 2022. Applications close on April 30.",
  "From August, the Lindvik Folk Academy will run Finland's first full-time nyckelharpa course, a "
  "one-year programme in which 12 students will learn to play and build the medieval-rooted keyed "
  "fiddle. Tuition is free, though materials cost students roughly €3,500. Course leader Elsa "
  "Björkqvist says demand has surged since a local band reached a national music competition final "
  "in 2022.",
  traps=[
      T("Finland's first", "the country's first"),
      T("Tuition is free, though materials cost students roughly €3,500",
        "Tuition will be free, but students must pay about €3,500 for materials"),
      T("demand has surged since", "demand had grown sharply since"),
  ])

C("harmonica", "summary", "inconsistent",
  "The Brass Reed harmonica factory in Kovarna, which has been making harmonicas since 1923, will "
  "cut 40 of its 130 jobs after a fall in export orders, its owners said on Thursday. The company "
  "blamed cheaper competition and a drop in sales to music schools in North America, which "
  "accounted for a third of its business five years ago. Managing director Pavel Hronek said the "
  "factory would keep making its best-known model, the Kovarna Blues, but would stop producing "
  "chromatic harmonicas by the end of the year. He said talks with unions on voluntary redundancies "
  "would start next week. The company was sold to a local investment group, Drava Capital, in 2019.",
  "Kovarna's Brass Reed harmonica factory, in business since 1923, is to shed 40 of its 130 jobs "
  "after export orders fell, blaming cheaper rivals and weaker sales to North American music "
  "schools. It will keep making its best-known Kovarna Blues model but will end chromatic harmonica "
  "production by the end of the year and shift it to a plant in Asia. Talks with unions on voluntary "
  "redundancies start next week.",
  errors=[
      E("and shift it to a plant in Asia", "addition", "major", None),
  ],
  traps=[
      T("is to shed 40 of its 130 jobs", "will cut 40 of its 130 jobs"),
      T("cheaper rivals", "cheaper competition"),
  ])

C("washboard bands", "summary", "consistent",
  "More than 60 washboard bands from nine countries are expected to take part in the International "
  "Washboard Festival in the river town of Millbank this weekend, organisers said on Wednesday. The "
  "festival, now in its 11th year, began as a single afternoon concert in a pub car park and now "
  "fills three stages over two days. Festival director Suzy Calloway said around 15,000 visitors "
  "attended last year and ticket sales suggested a similar crowd this year. A competition for the "
  "best homemade instrument will be judged on Sunday afternoon, with a prize of £1,000. Proceeds "
  "from the event go to the Millbank Lifeboat Station, which has received £85,000 since the festival "
  "started.",
  "Over 60 washboard bands from nine countries are due to play at Millbank's International Washboard "
  "Festival this weekend. Now in its 11th year, the event has grown from a single afternoon concert "
  "in a pub car park to three stages over two days. Ticket sales point to a crowd similar to last "
  "year's roughly 15,000. Proceeds go to the Millbank Lifeboat Station, which has had £85,000 from "
  "the festival so far.",
  traps=[
      T("Over 60", "More than 60"),
      T("are due to play", "are expected to take part"),
      T("Ticket sales point to a crowd similar to",
        "ticket sales suggested a similar crowd this year"),
      T("so far", "since the festival started"),
  ])

C("skiffle", "summary", "inconsistent",
  "A plaque commemorating the Dockside Rattlers, a skiffle group that played its first concert at "
  "the Anchor Hall in Eastwater in 1956, will be unveiled on Saturday, the Eastwater Civic Society "
  "said. The band, formed by dockworkers Terry Vance and Alan Pruett, recorded two singles for the "
  "Cobalt label before breaking up in 1959. Vance, now 88, will unveil the plaque, which was paid for "
  "by a crowdfunding appeal that raised £4,200 in three weeks. Society chairman Brian Oakes said "
  "skiffle had inspired a generation of young musicians to form bands using washboards, tea-chest "
  "basses and cheap guitars. The Anchor Hall, now a community centre, will host a free skiffle "
  "concert after the ceremony.",
  "A plaque to the Dockside Rattlers, the skiffle group formed by dockworkers Terry Vance and Alan "
  "Pruett, who gave their first concert at Eastwater's Anchor Hall in 1959 and cut two singles for "
  "Cobalt before splitting, will be unveiled on Saturday. Pruett, 88, will do the honours; the plaque "
  "was crowdfunded with £4,200 raised in three weeks. A free skiffle concert at the hall, now a "
  "community centre, will follow.",
  errors=[
      E("1959", "date", "major", "1956"),
      E("Pruett", "entity", "major", "Vance", occ=1),
  ],
  traps=[
      T("will do the honours", "will unveil the plaque"),
      T("was crowdfunded with £4,200 raised in three weeks",
        "was paid for by a crowdfunding appeal that raised £4,200 in three weeks"),
  ])

# ---------------------------------------------------------------------------
# Translations (cases 31-40): two independent English versions of the same
# non-English story; wording differs throughout.
# ---------------------------------------------------------------------------

C("living statues", "translation", "consistent",
  "The city council of Villaserra has approved new rules for living statues and other street "
  "performers on the Rambla de Sant Oriol, the city's busiest pedestrian avenue. From 1 May, "
  "performers will need a permit, which will be issued free of charge but limited to 25 per day, "
  "allocated by lottery each morning. Each performer may occupy a space of no more than two square "
  "metres and may not use amplified sound. Councillor for public space Núria Ferrer said the "
  "measures were intended to reduce congestion, not to drive artists away. The Association of "
  "Street Artists, which represents about 140 performers, said it had not been consulted and would "
  "consider appealing.",
  "Villaserra's city hall has given the green light to new regulations for human statues and other "
  "street artists on the Rambla de Sant Oriol, the most crowded pedestrian boulevard in the city. As "
  "of May 1, artists must hold a permit; permits will cost nothing, but only 25 will be granted each "
  "day, by means of a draw held every morning. No performer will be allowed to take up more than two "
  "square metres, and amplified sound is banned. The aim is to ease congestion, not to push artists "
  "out, according to Núria Ferrer, the councillor responsible for public space. The Street Artists' "
  "Association, which speaks for some 140 performers, said it had not been consulted and might "
  "lodge an appeal.",
  traps=[
      T("the most crowded pedestrian boulevard in the city", "the city's busiest pedestrian avenue"),
      T("As of May 1", "From 1 May"),
      T("permits will cost nothing", "issued free of charge"),
      T("by means of a draw held every morning", "allocated by lottery each morning"),
      T("might lodge an appeal", "would consider appealing"),
  ])

C("face painting", "translation", "inconsistent",
  "Face painters working at the Kellmünde Christmas market must from this year use only cosmetics "
  "approved for use on skin, the town's public health office announced on Tuesday. The rule follows "
  "complaints from 23 parents last December, whose children developed rashes after having their "
  "faces painted at a stall selling craft paints. Stallholders will be inspected at least twice "
  "during the market, which runs for five weeks, and face painters who break the rule face fines of "
  "up to €2,500. Head of the health office Dr Renate Vogl said most painters already used suitable "
  "products. The market, which attracted around 400,000 visitors last year, opens on 24 November.",
  "Starting this year, anyone painting faces at Kellmünde's Christmas market may only use cosmetics "
  "that are approved for skin, the town's public health office said on Tuesday. The measure comes "
  "after 23 parents complained last December that their children had come out in a rash after their "
  "faces were painted at a stand that sold craft paints. Stallholders will be checked twice over the "
  "five-week market, and painters who break the rule can be fined as much as €2,500. Most painters "
  "already use appropriate products, said Dr Renate Vogl, who heads the health office. Last year the "
  "market drew about 40,000 visitors; it opens on 24 November.",
  errors=[
      O("at least", "minor", before="twice"),
      E("40,000", "number", "major", "400,000"),
  ],
  traps=[
      T("the five-week market", "the market, which runs for five weeks"),
      T("as much as €2,500", "up to €2,500"),
  ])

C("piercing studios", "translation", "consistent",
  "Piercing studios in the city of Wrzosów will have to register with the municipal health "
  "department by the end of March under regulations adopted by the city council on Thursday. "
  "Studios must keep a record of every client, use only single-use needles and display their "
  "registration certificate at the entrance. Piercing of clients under 16 will require the written "
  "consent of a parent, who must be present during the procedure. According to the health "
  "department, 47 studios currently operate in the city, but only about half have ever been "
  "inspected. Councillor Tomasz Wielgus, who proposed the regulations, said they were aimed at "
  "protecting clients, not at closing businesses. Studios that fail to register will face fines of "
  "up to 10,000 zloty.",
  "Under rules passed by the city council on Thursday, piercing parlours in Wrzosów must be "
  "registered with the municipal health department before the end of March. They will be obliged to "
  "keep records of all their clients, to use disposable needles only, and to put their registration "
  "certificate on display at the door. Anyone under 16 can be pierced only with a parent's written "
  "consent, and the parent must be there during the procedure. The health department says there are "
  "47 studios in the city at present, of which only around 50% have ever been inspected. The rules "
  "are meant to protect clients, not to shut businesses down, said Councillor Tomasz Wielgus, who "
  "put them forward. Unregistered studios face fines of up to 10,000 zloty.",
  traps=[
      T("before the end of March", "by the end of March"),
      T("disposable needles only", "only single-use needles"),
      T("only around 50% have ever been inspected", "only about half have ever been inspected"),
      T("who put them forward", "who proposed the regulations"),
  ])

C("shaving brushes", "translation", "inconsistent",
  "The brush maker Fratelli Orsini of Borgo Cassano has been bought by its largest customer, the "
  "British grooming retailer Whitcombe & Lane, for an undisclosed sum. Orsini, founded in 1921, makes "
  "around 90,000 shaving brushes a year, most of them with badger or synthetic bristles, and employs "
  "38 people. Whitcombe & Lane, which has sold Orsini brushes under its own name since 2004, said the "
  "workshop would remain in Borgo Cassano and all jobs would be kept. Giulia Orsini, granddaughter of "
  "the founder, will continue to run production. The family said it had decided to sell because no "
  "younger relatives wished to take over the business.",
  "Borgo Cassano brushmaker Fratelli Orsini has taken over its biggest client, the British grooming "
  "chain Whitcombe & Lane, for an amount that was not disclosed. Founded in 1921, Orsini has 38 "
  "employees and produces some 90,000 shaving brushes annually, the majority with badger hair or "
  "synthetic bristles. Whitcombe & Lane, which has been selling Orsini brushes under its own brand "
  "since 2004, said the workshop would stay in Borgo Cassano and no jobs would be lost. Production "
  "will continue to be led by the founder's granddaughter, Giulia Orsini. According to the family, "
  "the decision to sell was taken because none of the younger relatives wanted to take on the "
  "business.",
  errors=[
      E("Fratelli Orsini has taken over its biggest client, the British grooming chain Whitcombe & Lane",
        "role", "critical",
        "Fratelli Orsini of Borgo Cassano has been bought by its largest customer, the British "
        "grooming retailer Whitcombe & Lane"),
  ],
  traps=[
      T("for an amount that was not disclosed", "for an undisclosed sum"),
      T("the majority", "most of them"),
      T("no jobs would be lost", "all jobs would be kept"),
  ])

C("wigs for children", "translation", "consistent",
  "A charity in Montclaret that provides free wigs to children who have lost their hair through "
  "illness or medical treatment has opened a second workshop, in the town of Vernay-sur-Lône. The "
  "charity, Des Cheveux pour Tous, was founded in 2014 by hairdresser Sandrine Lefort and has since "
  "supplied more than 1,300 wigs. Each wig is made from donated hair and takes about 40 hours to "
  "produce. The new workshop, funded by a regional grant of €120,000, will allow the charity to cut "
  "its waiting time from six months to around three. Lefort said donors should send hair at least 25 "
  "centimetres long, clean and tied in a ponytail.",
  "Des Cheveux pour Tous, a Montclaret charity which gives free wigs to children whose hair has "
  "fallen out because of illness or medical treatment, has opened a second workshop in the town of "
  "Vernay-sur-Lône. Since the hairdresser Sandrine Lefort set it up in 2014, the charity has provided "
  "over 1,300 wigs. Every wig is made with donated hair and needs roughly 40 hours of work. The new "
  "workshop, paid for with a €120,000 grant from the region, will enable the charity to roughly halve "
  "its waiting time, from six months to about three. Donors should send hair that is at least 25 cm "
  "long, clean and tied in a ponytail, Lefort said.",
  traps=[
      T("Since the hairdresser Sandrine Lefort set it up in 2014",
        "was founded in 2014 by hairdresser Sandrine Lefort"),
      T("over 1,300 wigs", "more than 1,300 wigs"),
      T("needs roughly 40 hours of work", "takes about 40 hours to produce"),
      T("roughly halve its waiting time, from six months to about three",
        "cut its waiting time from six months to around three"),
      T("25 cm", "25 centimetres"),
  ])

C("lice clinics", "translation", "inconsistent",
  "The municipality of Zandermeer will open a free head lice clinic in its main library from next "
  "month, after primary schools reported an increase in cases this autumn. The clinic will be open "
  "on Wednesday afternoons and will be staffed by two trained nurses from the regional health "
  "service. Alderman Pieter de Wit said families would not need an appointment, but that children "
  "must be accompanied by an adult. He said the municipality might extend opening hours if demand "
  "proved high. Schools in Zandermeer will no longer send children home because of lice, in line "
  "with national guidance, he added. The clinic will also give out fine-toothed combs free of "
  "charge.",
  "Starting next month, Zandermeer's municipality is opening a free head lice clinic in the central "
  "library, following a rise in cases reported by primary schools this autumn. Two trained nurses "
  "from the regional health service will staff the clinic on Wednesday afternoons. According to "
  "alderman Pieter de Wit, families will need to make an appointment, and children have to come with "
  "an adult. If demand turns out to be high, the municipality will extend the opening hours, he said. "
  "In line with national guidance, schools in Zandermeer will stop sending children home because of "
  "lice, he added. Fine-toothed combs will also be handed out at the clinic free of charge.",
  errors=[
      E("families will need to make an appointment", "polarity", "major",
        "families would not need an appointment"),
      E("the municipality will extend the opening hours", "modality", "minor",
        "the municipality might extend opening hours"),
  ],
  traps=[
      T("have to come with an adult", "must be accompanied by an adult"),
      T("will stop sending children home", "will no longer send children home"),
  ])

C("hearing aid repairs", "translation", "consistent",
  "A mobile repair service for hearing aids will begin touring villages in the Hradník region in "
  "June, the regional social services department announced on Monday. A converted van staffed by an "
  "audiologist and a technician will visit 28 villages on a fixed four-week cycle, carrying out "
  "cleaning, battery replacement and minor repairs on the spot. Repairs that cannot be done in the "
  "van will be sent to a workshop in the regional capital and returned within ten days. The service "
  "will be free for residents over 65. Department head Jana Kostková said around 6,000 people in the "
  "region used hearing aids, many of whom had difficulty travelling to the city. The pilot scheme "
  "will cost 4.2 million koruna in its first year.",
  "From June, a mobile hearing aid repair service will tour villages across the Hradník region, the "
  "regional social services department said on Monday. An adapted van, with an audiologist and a "
  "technician on board, will call at 28 villages in a fixed cycle every four weeks, cleaning devices, "
  "replacing batteries and carrying out small repairs on site. Anything that cannot be fixed in the "
  "van will go to a workshop in the regional capital and be sent back within ten days. Residents "
  "aged over 65 will pay nothing. Roughly 6,000 people in the region rely on hearing aids, and many "
  "of them struggle to travel to the city, according to department head Jana Kostková. In its first "
  "year the pilot scheme will cost 4.2 million koruna.",
  traps=[
      T("An adapted van", "A converted van"),
      T("in a fixed cycle every four weeks", "on a fixed four-week cycle"),
      T("Residents aged over 65 will pay nothing", "The service will be free for residents over 65"),
      T("rely on hearing aids", "used hearing aids"),
      T("struggle to travel to the city", "had difficulty travelling to the city"),
  ])

C("prosthetic limbs for animals", "translation", "inconsistent",
  "Veterinary students at the University of Szentvár have fitted a three-legged stork with a "
  "3D-printed prosthetic leg, the university said on Wednesday. The bird, named Bori by staff, lost "
  "its lower left leg after becoming entangled in a power line in April and was brought to the "
  "university's wildlife clinic by a farmer. The prosthesis, made of lightweight plastic and weighing "
  "40 grams, was designed over six weeks by a team led by Dr Márton Kelemen. Kelemen said the stork "
  "was able to stand and walk within two days but would not be released into the wild, as it could "
  "not land safely on nests. It will live at the Szentvár animal park.",
  "A stork with only three legs has been given a 3D-printed artificial leg by veterinary students at "
  "the University of Szentvár, the university announced on Wednesday. Bori, as staff have named the "
  "bird, lost the lower part of its left leg when it was electrocuted on a power line in April, and a "
  "farmer brought it to the university's wildlife clinic. A team headed by Dr Márton Kelemen spent "
  "six weeks designing the prosthesis, which is made of light plastic and weighs 40 g. According to "
  "Kelemen, the stork could stand and walk within two days, but it will not be returned to the wild "
  "because it cannot land safely on nests. Its new home will be the Szentvár animal park.",
  errors=[
      E("was electrocuted on a power line", "event", "major", "becoming entangled in a power line"),
  ],
  traps=[
      T("spent six weeks designing", "was designed over six weeks"),
      T("weighs 40 g", "weighing 40 grams"),
      T("will not be returned to the wild", "would not be released into the wild"),
  ])

C("tiddlywinks", "translation", "consistent",
  "The town of Søholt will host the European Tiddlywinks Championship for the first time next "
  "spring, the Danish Tiddlywinks Federation confirmed on Saturday. About 80 players from at least "
  "seven countries are expected to compete over three days in the sports hall of the Søholt "
  "Gymnasium. Federation chairman Lars Mikkelsen said the sport, in which players flick small discs "
  "into a cup using a larger disc called a squidger, had gained members in Denmark after being "
  "featured on a children's television programme last year. The federation now has 210 registered "
  "players, up from 90 in 2021. The municipality has granted 150,000 kroner towards the cost of the "
  "event.",
  "Next spring Søholt will stage the European Tiddlywinks Championship, the first time the town has "
  "done so, the Danish Tiddlywinks Federation confirmed on Saturday. Some 80 competitors from no "
  "fewer than seven countries are likely to take part in the three-day event, to be held in the "
  "sports hall at Søholt Gymnasium. The game, in which small counters are flicked into a cup with a "
  "bigger disc known as a squidger, has attracted new members in Denmark since it appeared on a "
  "children's TV show last year, said federation chairman Lars Mikkelsen. There are now 210 "
  "registered players in the federation, against 90 in 2021. The municipality has given 150,000 "
  "kroner towards the costs of the event.",
  traps=[
      T("the first time the town has done so", "for the first time"),
      T("no fewer than seven countries", "at least seven countries"),
      T("are likely to take part", "are expected to compete"),
      T("children's TV show", "children's television programme"),
      T("against 90 in 2021", "up from 90 in 2021"),
  ])

C("jigsaw puzzle swaps", "translation", "inconsistent",
  "Public libraries in the district of Grünfelden have started monthly jigsaw puzzle swaps, allowing "
  "residents to exchange puzzles they have finished for ones they have not yet done. The first swap, "
  "held on Saturday at the central library, drew about 250 people who traded more than 600 puzzles, "
  "library director Monika Hausner said. Puzzles must be complete and in their original boxes; those "
  "with missing pieces will be recycled. Hausner said the idea came from a reader who had collected "
  "more than 300 puzzles during the pandemic. The swaps will take place on the first Saturday of each "
  "month, rotating between the district's five branch libraries.",
  "The public libraries of the Grünfelden district have launched a monthly jigsaw puzzle exchange, "
  "where residents can trade puzzles they have completed for ones they have not done yet. Around "
  "250 people came to the first exchange at the central library on Saturday and swapped over 600 "
  "puzzles, said Monika Hausner, the library director. Puzzles have to be complete and in their "
  "original boxes; any with pieces missing will go for recycling. The idea, Hausner said, came from a "
  "reader who built up a collection of more than 300 puzzles during the pandemic. The exchanges will "
  "be held on the first Saturday of every month, moving around the district's five branch libraries. "
  "The exchanges will be held on the first Saturday of every month.",
  errors=[
      E("The exchanges will be held on the first Saturday of every month", "repetition", "minor",
        None, occ=1),
  ],
  traps=[
      T("swapped over 600 puzzles", "traded more than 600 puzzles"),
      T("will go for recycling", "will be recycled"),
      T("moving around the district's five branch libraries",
        "rotating between the district's five branch libraries"),
  ])

# ---------------------------------------------------------------------------
# Offset computation and validation
# ---------------------------------------------------------------------------

class SetError(Exception):
    pass


def find_occ(hay, needle, occ, where):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise SetError("%s: %r occurrence %d not found" % (where, needle, occ))
    return pos


def word_char(ch):
    return ch.isalnum()


def check_boundaries(cand, start, end, where):
    if start > 0 and start < len(cand) and word_char(cand[start - 1]) and word_char(cand[start]):
        raise SetError("%s: span start cuts a word at %d" % (where, start))
    if 0 < end < len(cand) and word_char(cand[end - 1]) and word_char(cand[end]):
        raise SetError("%s: span end cuts a word at %d" % (where, end))


def build_record(idx, case):
    rid = "s%d-%03d" % (SET_NO, idx)
    ref, cand = case["reference"], case["candidate"]
    spans = []  # (start, end, what) for overlap checks
    errors = []
    for k, e in enumerate(case["errors"]):
        where = "%s error %d" % (rid, k)
        if e["type"] not in ERROR_TYPES:
            raise SetError("%s: bad type %r" % (where, e["type"]))
        if e["severity"] not in SEVERITIES:
            raise SetError("%s: bad severity %r" % (where, e["severity"]))
        if e["kind"] == "omission":
            if e["type"] != "omission":
                raise SetError(where + ": omission kind/type mismatch")
            if case["mode"] == "summary":
                raise SetError(where + ": omission in summary mode")
            if (e["before"] is None) == (e["after"] is None):
                raise SetError(where + ": omission needs exactly one anchor")
            if e["before"] is not None:
                a = find_occ(cand, e["before"], e["occ"], where)
                pos = a
            else:
                a = find_occ(cand, e["after"], e["occ"], where)
                pos = a + len(e["after"])
            check_boundaries(cand, pos, pos, where)
            if pos > 0 and word_char(cand[pos - 1]) and pos < len(cand) and word_char(cand[pos]):
                raise SetError(where + ": omission point inside a word")
            rt = e["ref_text"]
            if not rt or rt not in ref:
                raise SetError("%s: omission ref_text %r not in reference" % (where, rt))
            if rt.lower() in cand.lower():
                raise SetError("%s: omitted words %r still in candidate" % (where, rt))
            errors.append({"start": pos, "end": pos, "text": "", "type": "omission",
                           "severity": e["severity"], "ref_text": rt})
            spans.append((pos, pos, where))
            continue
        if e["type"] == "omission":
            raise SetError(where + ": omission must use O()")
        text = e["text"]
        if not text or text != text.strip():
            raise SetError("%s: empty or padded span %r" % (where, text))
        start = find_occ(cand, text, e["occ"], where)
        end = start + len(text)
        check_boundaries(cand, start, end, where)
        rt = e["ref_text"]
        if e["type"] in ("addition", "repetition"):
            if rt is not None:
                raise SetError(where + ": addition/repetition must have ref_text None")
        else:
            if not rt or rt not in ref:
                raise SetError("%s: ref_text %r not in reference" % (where, rt))
            if rt == text:
                raise SetError(where + ": ref_text equals span text")
        if e["type"] == "repetition":
            if cand.find(text) >= start:
                raise SetError(where + ": repetition has no earlier copy")
        if e["type"] == "addition" and text in ref:
            raise SetError(where + ": added text occurs in reference")
        errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                       "severity": e["severity"], "ref_text": rt})
        spans.append((start, end, where))
    traps = []
    for k, t in enumerate(case["traps"]):
        where = "%s trap %d" % (rid, k)
        text, rt = t["text"], t["ref_text"]
        if not text or text != text.strip():
            raise SetError("%s: empty or padded trap %r" % (where, text))
        start = find_occ(cand, text, t["occ"], where)
        end = start + len(text)
        check_boundaries(cand, start, end, where)
        if rt not in ref:
            raise SetError("%s: trap ref_text %r not in reference" % (where, rt))
        if rt == text or text in ref:
            raise SetError("%s: trap %r is not a rewording" % (where, text))
        traps.append({"start": start, "end": end, "text": text, "ref_text": rt})
        spans.append((start, end, where))
    # no overlaps (a zero-width omission may touch but not sit strictly inside a span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            s1, e1, w1 = spans[i]
            s2, e2, w2 = spans[j]
            if s1 == e1 or s2 == e2:
                p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if s < p < e:
                    raise SetError("omission inside span: %s / %s" % (w1, w2))
            elif s1 < e2 and s2 < e1:
                raise SetError("overlapping spans: %s / %s" % (w1, w2))
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": case["domain"], "mode": case["mode"],
            "reference": ref, "candidate": cand, "label": case["label"],
            "errors": errors, "traps": traps}

def validate_set(records):
    problems = []
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    domains = [r["domain"] for r in records]
    if sorted(domains) != sorted(DOMAINS) or len(set(domains)) != len(domains):
        problems.append("domains do not match the list one-to-one")
    modes = Counter(r["mode"] for r in records)
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        problems.append("mode counts wrong: %s" % dict(modes))
    for m in MODES:
        lab = Counter(r["label"] for r in records if r["mode"] == m)
        if lab["consistent"] != lab["inconsistent"]:
            problems.append("mode %s not half consistent: %s" % (m, dict(lab)))
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append("label counts wrong: %s" % dict(labels))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s has %d (<2)" % (t, types[t]))
    for r in records:
        rid = r["id"]
        nw = len(r["reference"].split())
        if not 70 <= nw <= 190:
            problems.append("%s: reference has %d words" % (rid, nw))
        if r["candidate"] == r["reference"]:
            problems.append("%s: candidate identical to reference" % rid)
        if '"' in r["reference"] or '"' in r["candidate"]:
            problems.append("%s: stray double quote" % rid)
        if r["mode"] == "summary":
            if len(r["candidate"]) >= len(r["reference"]) or \
                    len(r["candidate"].split()) >= nw:
                problems.append("%s: summary not shorter than reference" % rid)
        if r["label"] == "consistent":
            if r["errors"]:
                problems.append("%s: consistent pair has errors" % rid)
            if not 3 <= len(r["traps"]) <= 5:
                problems.append("%s: consistent pair has %d traps" % (rid, len(r["traps"])))
        else:
            if not 1 <= len(r["errors"]) <= 2:
                problems.append("%s: inconsistent pair has %d errors" % (rid, len(r["errors"])))
            if len(r["traps"]) > 3:
                problems.append("%s: inconsistent pair has %d traps" % (rid, len(r["traps"])))
        for e in r["errors"]:
            if r["candidate"][e["start"]:e["end"]] != e["text"]:
                problems.append("%s: offset/text mismatch" % rid)
        for t in r["traps"]:
            if r["candidate"][t["start"]:t["end"]] != t["text"]:
                problems.append("%s: trap offset/text mismatch" % rid)
    return problems


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = [build_record(i + 1, c) for i, c in enumerate(CASES)]
    except SetError as exc:
        print("INVALID:", exc)
        return 1
    problems = validate_set(records)
    if problems:
        print("INVALID:")
        for p in problems:
            print("  -", p)
        return 1
    modes = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    print("OK: %d pairs" % len(records))
    for m in MODES:
        print("  %-11s consistent=%d inconsistent=%d" %
              (m, modes[(m, "consistent")], modes[(m, "inconsistent")]))
    print("  errors=%d %s" % (sum(types.values()),
                              ", ".join("%s=%d" % (t, types[t]) for t in ERROR_TYPES)))
    print("  traps=%d" % sum(len(r["traps"]) for r in records))
    if check_only:
        print("--check: nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
