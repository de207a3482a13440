#!/usr/bin/env python3
"""
make_set124.py -- builds set124.jsonl (N = 124), an evaluation set of 40
hand-written English text pairs for a fact-comparison tool (reference text vs.
candidate rewrite / summary / translation).

How it was made
---------------
Every reference, candidate, error and trap was written by hand, as Python
data, by a helper that saw no code or data of the project and no existing
benchmark, working only from a written brief.  All people, companies,
organisations, places and figures are invented; real countries appear only as
background.  No character offset is typed by hand: the script locates every
span by string search (an occurrence index is given where the quoted text
repeats; an omission point is given as the end of an anchor text) and then
validates the whole set before writing anything.

Composition
-----------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5).  In translation pairs the reference and the
  candidate are two independent English translations of the same
  non-English news story, so the wording differs throughout.
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
  two): number 5, date 4, role 3, polarity 3, addition 3, entity 2,
  modality 2, attribution 2, event 2, omission 2, repetition 2.
  Omissions occur only in rewrite and translation pairs.
  Severities: 16 major, 12 minor, 2 critical.
* Traps (faithful rewordings a naive checker might flag): 136 in all,
  3-5 in every consistent pair (96), 0-3 in inconsistent pairs (40).
* References are 70-190 words, news / agency / corporate / official register.

Usage
-----
    python3 make_set124.py           # validate, then write set124.jsonl
    python3 make_set124.py --check   # validate only, write nothing
"""
import json
import os
import sys
from collections import Counter

SET_ID = "s124"
N_CASES = 40

DOMAINS = [
    "elm disease outbreak", "lupin field tourism", "sickle cell screening",
    "brewery yeast strain", "lapwing habitat", "gondola lift fault",
    "tarantula escape", "lemonade stand permits", "hopyard closure",
    "gourd carving festival", "bat roost demolition", "candlewick mill",
    "tangerine harvest", "crossword setter retirement", "eelgrass restoration",
    "catapult replica build", "canary breeders show", "osprey nest webcam",
    "magpie attack warnings", "granary conversion", "spruce beetle outbreak",
    "pennywhistle workshop", "meerkat enclosure", "clover seed shortage",
    "coir mat factory", "barnacle fouling study", "raven breeding tower",
    "whisk manufacturer", "jackdaw nesting chimneys", "raspberry cane disease",
    "tambourine maker", "potter's wheel course", "toucan enclosure",
    "bunting manufacturer", "biscuit tin auction", "mole catcher dispute",
    "yew hedge clipping", "curlew breeding", "piccolo theft",
    "flugelhorn competition",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

# Composition the set is declared to have (checked by validate()).
EXPECTED_TYPE_COUNTS = {
    "number": 5, "date": 4, "role": 3, "polarity": 3, "addition": 3,
    "entity": 2, "modality": 2, "attribution": 2, "event": 2,
    "omission": 2, "repetition": 2,
}
EXPECTED_MODES = {"rewrite": (10, 10), "summary": (5, 5), "translation": (5, 5)}

CASES = []


def E(text, etype, severity, ref, occ=0, after=None, after_occ=0):
    """An error.  text: quoted candidate span (occ-th occurrence).
    For an omission, text is "" and the point is the end of the occurrence
    `after_occ` of the anchor `after` in the candidate."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ, "after": after,
            "after_occ": after_occ}


def T(text, ref, occ=0):
    """A trap: faithful candidate span `text` (occ-th occurrence) and the
    reference wording `ref` it corresponds to."""
    return {"text": text, "ref_text": ref, "occ": occ}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------

# 1 ------------------------------------------------------------------------
case(
    "elm disease outbreak", "rewrite",
    "The Harwick County Forestry Service confirmed on Monday that Dutch elm "
    "disease has been found in 14 trees along the Lower Brannock canal path, "
    "the first cases recorded in the county since 2009. All 14 trees will be "
    "felled by the end of the month, and the wood will be chipped and burned "
    "on site to stop the beetles that carry the fungus from spreading. The "
    "path will remain open, although walkers are asked to keep out of fenced "
    "work areas. Senior forester Agnes Tollemache said the service had "
    "surveyed a further 220 elms within a two-mile radius and found no sign "
    "of infection so far. 'We caught this early, but we cannot rule out more "
    "cases over the summer,' she said.",
    "Fourteen elms on the Lower Brannock canal path have tested positive for "
    "Dutch elm disease, the Harwick County Forestry Service said on Monday - "
    "the county's first recorded cases since 2009. The infected trees are to "
    "be cut down before the month is out, with the wood chipped and burned on "
    "site so that the beetles carrying the fungus cannot spread it any "
    "further. Walkers can still use the path but are asked to stay out of "
    "the fenced-off work zones. According to senior forester Agnes "
    "Tollemache, another 220 elms within two miles have been checked, and "
    "none has so far shown signs of infection. She warned that although the "
    "outbreak had been caught early, further cases over the summer could not "
    "be ruled out.",
    traps=[
        T("Fourteen elms", "14 trees"),
        T("before the month is out", "by the end of the month"),
        T("within two miles", "within a two-mile radius"),
        T("none has so far shown signs of infection",
          "found no sign of infection so far"),
        T("further cases over the summer could not be ruled out",
          "we cannot rule out more cases over the summer"),
    ])

# 2 ------------------------------------------------------------------------
case(
    "lupin field tourism", "rewrite",
    "Visitor numbers at the Ostrey Farm lupin fields rose to 38,000 this "
    "June, nearly double last year's figure, according to figures released "
    "by the Vale of Carrow Tourism Board. The farm, which has grown lupins "
    "for seed since 1987, began charging a £4 entry fee in 2022 after crowds "
    "damaged crops. Owner Gwen Pardoe said the money had paid for a new car "
    "park and two extra seasonal staff. The tourism board said the surge was "
    "likely driven by social media posts and warned that local lanes could "
    "become congested on weekends. It is considering a shuttle bus from "
    "Carrow station next summer, but no decision has been made.",
    "The Vale of Carrow Tourism Board says 38,000 people visited the lupin "
    "fields at Ostrey Farm this June, almost twice as many as last year. "
    "Lupins have been grown for seed at the farm since 1987, and a £4 "
    "admission charge was introduced in 2022 after crowds damaged crops. "
    "According to owner Gwen Pardoe, the income has paid for a new car park "
    "and two additional seasonal workers. The board said the surge had "
    "probably been fuelled by social media posts, and it warned that weekends "
    "could bring congestion to local lanes. A shuttle bus from Carrow station "
    "next summer is under consideration, though nothing has yet been decided.",
    traps=[
        T("almost twice as many as last year", "nearly double last year's figure"),
        T("a £4 admission charge was introduced in 2022",
          "began charging a £4 entry fee in 2022"),
        T("had probably been fuelled by", "was likely driven by"),
        T("weekends could bring congestion to local lanes",
          "local lanes could become congested on weekends"),
        T("though nothing has yet been decided", "but no decision has been made"),
    ])

# 3 ------------------------------------------------------------------------
case(
    "sickle cell screening", "summary",
    "The Ministry of Health of the Republic of Valdera announced on Thursday "
    "that all newborns in the country will be screened for sickle cell "
    "disease from 1 January next year, extending a pilot that has run in "
    "three northern provinces since 2021. Under the pilot, 61,400 babies were "
    "tested and 212 were diagnosed with the condition, about one in every 290 "
    "births. Health Minister Dr Ruth Okonkwo-Lane said early diagnosis allowed "
    "families to begin penicillin treatment within weeks, sharply cutting the "
    "risk of fatal infections in infancy. The national programme will cost an "
    "estimated $9.5 million a year and will be delivered through existing "
    "heel-prick tests, so parents will not need to attend an extra "
    "appointment. The ministry also plans to train 150 additional nurse "
    "counsellors to support affected families, with the first group due to "
    "start work in March.",
    "Valdera will screen every newborn for sickle cell disease from next "
    "January, the health ministry said, after a pilot in three northern "
    "provinces found 212 cases among 61,400 babies tested. The nationwide "
    "scheme, expected to cost around $9.5m a year, will use the existing "
    "heel-prick test, so no extra appointment is needed. A further 150 nurse "
    "counsellors are to be trained to support affected families, with the "
    "first due to begin in March.",
    traps=[
        T("every newborn", "all newborns"),
        T("from next January", "from 1 January next year"),
        T("around $9.5m a year", "an estimated $9.5 million a year"),
        T("A further 150 nurse counsellors", "150 additional nurse counsellors"),
    ])

# 4 ------------------------------------------------------------------------
case(
    "brewery yeast strain", "rewrite",
    "Cask & Copper Brewing of Dunmere has revived a yeast strain last used "
    "commercially in the 1890s, after microbiologists at Kellow University "
    "recovered live cells from a sealed bottle found under the floor of a "
    "former brewhouse. The brewery's head brewer, Tomasz Reilly, said the "
    "strain produced 'clove and pear notes you simply don't get from modern "
    "yeast'. A limited run of 4,000 bottles of a porter made with the strain "
    "goes on sale on 18 October. Dr Hannah Voss, who led the university team, "
    "said the bottle had probably been sealed between 1893 and 1897, based on "
    "the glass and the printed label. The brewery has deposited a sample with "
    "a national culture collection so that other brewers can apply to use it.",
    "Dunmere brewer Cask & Copper Brewing has brought back a yeast strain "
    "that has not been used commercially since the 1890s. Kellow University "
    "microbiologists recovered live cells from a sealed bottle discovered "
    "beneath the floorboards of a one-time brewhouse. The strain gives 'clove "
    "and pear notes you simply don't get from modern yeast', according to Dr "
    "Hannah Voss, who led the university team. She added that the bottle was "
    "probably sealed between 1893 and 1897, judging by the glass and its "
    "printed label. A porter made with the yeast goes on sale in a limited "
    "run of 4,000 bottles on 18 October, and a sample has been lodged with a "
    "national culture collection so that other brewers can apply to use it.",
    errors=[
        E("Dr Hannah Voss", "attribution", "major", "Tomasz Reilly"),
    ],
    traps=[
        T("has not been used commercially since the 1890s",
          "last used commercially in the 1890s"),
        T("beneath the floorboards of a one-time brewhouse",
          "under the floor of a former brewhouse"),
    ])

# 5 ------------------------------------------------------------------------
case(
    "lapwing habitat", "rewrite",
    "The Fenmoor Wildlife Trust has bought 86 hectares of wet grassland at "
    "Sallow Bottom to create breeding habitat for lapwings, whose numbers in "
    "the region have fallen by 60 per cent since 1990. The £1.1 million "
    "purchase was funded mainly by a legacy from a local farmer, with the "
    "remaining £240,000 raised through a public appeal. Work to block field "
    "drains and create shallow scrapes will begin in September, once the "
    "ground-nesting birds have finished breeding. Cattle will graze the site "
    "from late spring to keep the sward short. The trust's reserves manager, "
    "Owen Baptiste, said he hoped the first pairs would nest there in 2026 "
    "but cautioned that it could take several seasons for numbers to build.",
    "Lapwing numbers in the region are down 60% on 1990 levels, and the "
    "Fenmoor Wildlife Trust has now bought 86 hectares of wet grassland at "
    "Sallow Bottom to give the birds somewhere to breed. Most of the £1.1m "
    "cost was covered by a local farmer's legacy; a public appeal raised the "
    "other £240,000. Field drains will be blocked and shallow scrapes dug "
    "from September, after the ground-nesting birds have finished breeding, "
    "and cattle will graze the land from late spring to keep the grass "
    "short. Reserves manager Owen Baptiste said he hoped to see the first "
    "pairs nesting there in 2026, though he warned that numbers might take "
    "several seasons to build up.",
    traps=[
        T("down 60% on 1990 levels", "have fallen by 60 per cent since 1990"),
        T("Most of the £1.1m cost was covered by a local farmer's legacy",
          "funded mainly by a legacy from a local farmer"),
        T("a public appeal raised the other £240,000",
          "with the remaining £240,000 raised through a public appeal"),
        T("to keep the grass short", "to keep the sward short"),
        T("numbers might take several seasons to build up",
          "it could take several seasons for numbers to build"),
    ])

# 6 ------------------------------------------------------------------------
case(
    "gondola lift fault", "translation",
    "Around 40 passengers were stuck for almost three hours on Saturday in "
    "the gondolas of the Kesselkopf cable car near Unterbrand after a fault "
    "in the drive system. According to the operator, Kesselkopf Bahnen GmbH, "
    "a sensor had detected an irregularity in the main motor shortly after "
    "11 a.m., and the system stopped automatically. Mountain rescuers lowered "
    "14 people to the ground with ropes; the remaining cabins were brought "
    "back to the valley station using the emergency drive. Nobody was "
    "injured. The cable car will remain closed until at least Wednesday while "
    "technicians from the manufacturer examine the motor. Managing director "
    "Lisa Hübner apologised to the passengers and said that all tickets would "
    "be refunded.",
    "On Saturday, about 40 passengers spent nearly three hours trapped in the "
    "cabins of the Kesselkopf gondola lift near Unterbrand following a "
    "malfunction of the drive system. The operating company, Kesselkopf "
    "Bahnen GmbH, said a sensor had registered an anomaly in the main motor "
    "shortly after 11 o'clock in the morning, whereupon the lift shut itself "
    "down. Mountain rescue teams roped 40 people down to the ground, while "
    "the other cabins were returned to the valley station by means of the "
    "emergency drive. There were no injuries. The lift will stay shut until "
    "Wednesday at the latest while the manufacturer's technicians inspect the "
    "motor. Managing director Lisa Hübner apologised to those affected and "
    "said all tickets would be refunded.",
    errors=[
        E("40 people", "number", "major", "14 people"),
        E("until Wednesday at the latest", "date", "major",
          "until at least Wednesday"),
    ],
    traps=[
        T("whereupon the lift shut itself down",
          "the system stopped automatically"),
        T("There were no injuries", "Nobody was injured"),
    ])

# 7 ------------------------------------------------------------------------
case(
    "tarantula escape", "summary",
    "A Mexican red-knee tarantula that escaped from a pet shop in Brellington "
    "on Friday has been found safe inside a nearby launderette, police said "
    "on Sunday. The spider, a seven-year-old female named Conchita, is "
    "thought to have slipped through a gap in a display tank while staff "
    "were cleaning it. Launderette manager Priya Dass found it sheltering "
    "behind a tumble dryer on Sunday morning and called the shop. Owner "
    "Declan Furze said the species was docile and its venom was no more "
    "harmful to humans than a bee sting, but he apologised to neighbours for "
    "any alarm. Local animal welfare charity Pawline said it would inspect "
    "the shop's enclosures next week.",
    "Conchita, a seven-year-old red-knee tarantula that got out of a "
    "Brellington pet shop on Friday, turned up safe behind a tumble dryer in "
    "a nearby launderette on Sunday and has since been returned to the shop. "
    "Shop owner Declan Furze said the species was docile and its venom no "
    "worse than a bee sting, and the animal charity Pawline says it will "
    "inspect the shop's enclosures next week.",
    errors=[
        E("has since been returned to the shop", "addition", "minor", None),
    ],
    traps=[
        T("got out of", "escaped from"),
        T("no worse than a bee sting",
          "no more harmful to humans than a bee sting"),
    ])

# 8 ------------------------------------------------------------------------
case(
    "lemonade stand permits", "rewrite",
    "Children running lemonade stands in the town of Pell Harbor will no "
    "longer need a street-vending permit, after the town council voted 5-2 "
    "on Tuesday to exempt stalls operated by under-16s. Until now, any stand "
    "on public land required a $75 annual permit, and in July an inspector "
    "ordered two sisters to close their stand outside the library, a move "
    "that drew wide criticism online. The new rule applies only to stands "
    "open for no more than 20 days a year. Stands must still be supervised "
    "by an adult and may not sell food that requires cooking. Councillor "
    "Marta Silveira, who proposed the change, said the town should be "
    "'encouraging young entrepreneurs, not fining them'.",
    "Under-16s who run lemonade stands in Pell Harbor will be exempt from the "
    "town's street-vending permit after councillors voted five to two for "
    "the change on Tuesday. Previously, a $75-a-year permit was required for "
    "any stand on public land, and in July an inspector's order for two "
    "sisters to shut their stand outside the library provoked widespread "
    "criticism online. The exemption covers only stands that open on 20 days "
    "a year or fewer. Stands must still be supervised by an adult, but may "
    "now sell food that requires cooking. The town should be 'encouraging "
    "young entrepreneurs, not fining them', said Councillor Marta Silveira, "
    "who put forward the proposal.",
    errors=[
        E("may now sell food that requires cooking", "polarity", "major",
          "may not sell food that requires cooking"),
    ],
    traps=[
        T("voted five to two", "voted 5-2"),
        T("a $75-a-year permit", "a $75 annual permit"),
        T("on 20 days a year or fewer", "for no more than 20 days a year"),
    ])

# 9 ------------------------------------------------------------------------
case(
    "hopyard closure", "translation",
    "The Horák family hop farm in Lubnice will stop growing hops after this "
    "year's harvest, ending a tradition of more than a century. Owner Petr "
    "Horák told the regional newspaper that purchase prices had fallen by a "
    "third over the past five years, while the costs of energy and labour had "
    "almost doubled. The farm's 42 hectares of hop gardens will be converted "
    "to arable land, mainly for wheat and rapeseed. Nine seasonal workers "
    "will lose their jobs; the farm's three permanent employees will stay "
    "on. According to the regional hop growers' association, the area under "
    "hops in the region has shrunk by 18 percent since 2015. Horák said he "
    "would keep the old drying kiln and hoped to turn it into a small museum.",
    "After this season's harvest, hops will no longer be grown on the Horák "
    "family farm in Lubnice, bringing to an end a tradition that goes back "
    "over a hundred years. Speaking to the regional daily, owner Petr Horák "
    "said buyers were paying a third less than five years ago, whereas what "
    "he spends on energy and wages has nearly doubled. The farm's 42 "
    "hectares of hop gardens are to be turned over to arable crops, chiefly "
    "wheat and oilseed rape. The three permanent staff will keep their jobs, "
    "but nine seasonal workers will be let go. The region's hop growers' "
    "association says the area planted with hops in the region has decreased "
    "by 18% since 2015. Horák intends to keep the old hop kiln, which he "
    "would like to turn into a small museum.",
    traps=[
        T("over a hundred years", "more than a century"),
        T("buyers were paying a third less than five years ago",
          "purchase prices had fallen by a third over the past five years"),
        T("oilseed rape", "rapeseed"),
        T("nine seasonal workers will be let go",
          "Nine seasonal workers will lose their jobs"),
        T("decreased by 18%", "shrunk by 18 percent"),
    ])

# 10 -----------------------------------------------------------------------
case(
    "gourd carving festival", "rewrite",
    "The 12th Tamsworth Gourd Carving Festival will take place on 26 and 27 "
    "September at Ridley Park, organisers announced on Wednesday. The event "
    "was cancelled last year because of flooding at the park. More than 90 "
    "carvers from 11 countries have registered, and the festival's main "
    "competition will be judged by Japanese artist Kenji Morimoto. Entry is "
    "free for children under 12; adult tickets cost £6. Organiser Bella "
    "Greaves said this year's event would for the first time include a "
    "night-time lantern trail featuring around 300 illuminated gourds. "
    "Visitors are advised to use the park-and-ride service from Tamsworth "
    "station, as parking at the park will be limited.",
    "Organisers said on Wednesday that the 12th Tamsworth Gourd Carving "
    "Festival will be held at Ridley Park on 26-27 September, after last "
    "year's event was postponed when the park flooded. Over 90 carvers from "
    "11 countries have signed up, and Japanese artist Kenji Morimoto will "
    "judge the main competition. Children under 12 get in free, while adults "
    "pay £6. New this year, according to organiser Bella Greaves, is a "
    "night-time lantern trail featuring around 300 illuminated gourds. "
    "Because parking at the park will be limited, visitors are encouraged to "
    "take the park-and-ride from Tamsworth station.",
    errors=[
        E("postponed", "event", "major", "cancelled"),
    ],
    traps=[
        T("on 26-27 September", "on 26 and 27 September"),
        T("Children under 12 get in free", "Entry is free for children under 12"),
    ])

# 11 -----------------------------------------------------------------------
case(
    "bat roost demolition", "summary",
    "Demolition of the disused Corran Mill in Westlow has been halted after "
    "an ecological survey found a maternity roost of soprano pipistrelle bats "
    "in the roof space, Westlow District Council said on Friday. All bat "
    "species and their roosts are legally protected, and developer Hallam "
    "Street Homes must now apply for a licence from the national "
    "conservation agency before work can resume. The survey, carried out on "
    "3 June, counted 146 bats leaving the building at dusk. A council "
    "spokesperson said the developer had cooperated fully and that the delay "
    "was likely to last until at least late August, when the young bats are "
    "able to fly. Hallam Street Homes plans to build 32 flats on the site and "
    "said it would install bat boxes on the new buildings.",
    "Demolition of Westlow's disused Corran Mill has been put on hold after "
    "a survey found a maternity roost of soprano pipistrelles in its roof "
    "space, with 146 bats counted leaving at dusk. Developer Hallam Street "
    "Homes, which plans 32 flats on the site, needs a licence from the "
    "national conservation agency before work can restart, and the council "
    "expects the pause to last until late August at the earliest, when the "
    "young bats can fly.",
    traps=[
        T("has been put on hold", "has been halted"),
        T("which plans 32 flats on the site", "plans to build 32 flats on the site"),
        T("the council expects the pause to last until late August at the "
          "earliest", "the delay was likely to last until at least late August"),
        T("when the young bats can fly", "when the young bats are able to fly"),
    ])

# 12 -----------------------------------------------------------------------
case(
    "candlewick mill", "rewrite",
    "Brightley Wick Company, which has made cotton candlewicks at its "
    "Ashcombe mill since 1911, is to be bought by Swedish candle maker "
    "Norrljus AB for an undisclosed sum, the two firms said on Monday. The "
    "deal is expected to be completed in the first quarter of next year, "
    "subject to regulatory approval. Norrljus said it had no plans to close "
    "the mill and would invest £3.5 million in new braiding machines over "
    "three years. The mill employs 57 people. Brightley's managing director, "
    "Claire Featherstone, whose great-grandfather founded the business, will "
    "remain in charge of the site. Norrljus currently buys about 40 per cent "
    "of its wicks from Brightley.",
    "Swedish candle manufacturer Norrljus AB has agreed to acquire Brightley "
    "Wick Company, whose Ashcombe mill has been producing cotton candlewicks "
    "since 1911, the two firms announced on Monday. Neither side disclosed "
    "the price. Completion, which still needs regulators' approval, is "
    "expected in the first three months of next year. Norrljus, which "
    "already sources roughly two-fifths of its wicks from Brightley, said it "
    "did not intend to close the mill, where 57 people work, and would spend "
    "£3.5m on new braiding machines over three years. Managing director "
    "Claire Featherstone, whose great-grandfather founded the business, will "
    "continue to run the site.",
    traps=[
        T("Neither side disclosed the price", "for an undisclosed sum"),
        T("in the first three months of next year",
          "in the first quarter of next year"),
        T("roughly two-fifths", "about 40 per cent"),
        T("did not intend to close the mill", "had no plans to close the mill"),
        T("will continue to run the site", "will remain in charge of the site"),
    ])

# 13 -----------------------------------------------------------------------
case(
    "tangerine harvest", "translation",
    "The tangerine harvest in the Vall de Sorell district is expected to "
    "fall by around 25 percent this season after April frosts damaged "
    "blossom on thousands of trees, the growers' cooperative Cítrics de "
    "Sorell said on Tuesday. The cooperative, which groups 1,300 farmers, "
    "estimates that it will collect about 96,000 tonnes, compared with "
    "128,000 tonnes last year. Prices at origin could rise as a result, "
    "although the cooperative's president, Vicent Marquès Bolufer, said it "
    "was too early to give figures. Picking began this week, two weeks later "
    "than usual. The regional agriculture department has opened a line of "
    "low-interest loans for affected growers, with applications accepted "
    "until 15 December.",
    "Cítrics de Sorell, the growers' cooperative, said on Tuesday that the "
    "Vall de Sorell tangerine harvest will probably be about a quarter "
    "smaller this season, because frost in April damaged the blossom on "
    "thousands of trees. The cooperative, which has 1,300 member farmers, "
    "expects to pick around 96,000 tonnes, against 128,000 tonnes a year "
    "ago. As a result, prices at origin will rise, although cooperative "
    "president Vicent Marquès Bolufer said it was still too soon to put a "
    "figure on it. Picking started this week. The regional department of "
    "agriculture has made low-interest loans available to affected farmers, "
    "who can apply until 15 December.",
    errors=[
        E("prices at origin will rise", "modality", "major",
          "Prices at origin could rise"),
        E("", "omission", "minor", "two weeks later than usual",
          after="Picking started this week"),
    ],
    traps=[
        T("about a quarter smaller", "fall by around 25 percent"),
        T("which has 1,300 member farmers", "which groups 1,300 farmers"),
    ])

# 14 -----------------------------------------------------------------------
case(
    "crossword setter retirement", "summary",
    "Crossword setter Maurice Abernethy, known to solvers as 'Quillon', will "
    "retire next month after 41 years and more than 6,200 puzzles for the "
    "Northern Courier, the newspaper announced on Saturday. Abernethy, 78, "
    "began setting for the paper in 1983 while working as a chemistry "
    "teacher in Kilbride. His final puzzle will appear on 30 November and "
    "will contain a hidden farewell message, according to the paper's "
    "puzzles editor, Sunita Reyes. Reyes said Abernethy had been 'one of the "
    "most inventive setters of his generation'. Abernethy said he planned to "
    "spend more time sailing but did not rule out setting the occasional "
    "puzzle for charity. He will be succeeded by two setters who will share "
    "his Thursday slot.",
    "Maurice Abernethy, the Northern Courier crossword setter known as "
    "'Quillon', is retiring next month aged 78 after 41 years and more than "
    "6,200 puzzles. His last crossword, due on 30 November, will hide a "
    "farewell message, and his Thursday slot will be taken over by a single "
    "new setter. Abernethy, who started setting for the paper while a "
    "chemistry teacher, has ruled out setting any more puzzles.",
    errors=[
        E("a single new setter", "number", "major", "two setters"),
        E("has ruled out setting any more puzzles", "polarity", "major",
          "did not rule out setting the occasional puzzle for charity"),
    ],
    traps=[
        T("will hide a farewell message",
          "will contain a hidden farewell message"),
    ])

# 15 -----------------------------------------------------------------------
case(
    "eelgrass restoration", "rewrite",
    "Volunteers have planted 120,000 eelgrass seeds in Tresham Sound this "
    "month in the largest seagrass restoration effort yet attempted on the "
    "coast, the Marine Heritage Partnership said. The seeds were collected "
    "last summer by divers from the Tresham Sub-Aqua Club and stored over "
    "winter at the Porthallow marine laboratory. The project is funded by "
    "the Keswith Water Company as part of a settlement after a sewage spill "
    "in 2021. Eelgrass meadows store carbon, shelter juvenile fish and help "
    "stabilise the seabed, but an estimated 90 per cent of the region's "
    "meadows have been lost over the past century. Project lead Dr Isla "
    "Penrose said survival rates for sown seeds were typically low, and that "
    "it would take at least three years to judge whether the planting had "
    "worked.",
    "This month volunteers sowed 120,000 eelgrass seeds in Tresham Sound, "
    "the largest seagrass restoration attempted on this coast so far, "
    "according to the Marine Heritage Partnership. Divers from the Tresham "
    "Sub-Aqua Club gathered the seeds last summer, and they were kept "
    "through the winter at the Porthallow marine laboratory. Funding comes "
    "from the Keswith Water Company under a settlement reached after a 2021 "
    "sewage spill. Eelgrass meadows lock up carbon, shelter young fish and "
    "help to stabilise the seabed, yet around 90% of the region's meadows "
    "are thought to have disappeared in the last hundred years. The "
    "partnership hopes to sow a further 200,000 seeds next spring. Project "
    "lead Dr Isla Penrose cautioned that sown seeds usually have low "
    "survival rates and said it would be at least three years before anyone "
    "could tell whether the planting had worked.",
    errors=[
        E("The partnership hopes to sow a further 200,000 seeds next spring",
          "addition", "major", None),
    ],
    traps=[
        T("around 90% of the region's meadows are thought to have disappeared "
          "in the last hundred years",
          "an estimated 90 per cent of the region's meadows have been lost "
          "over the past century"),
        T("sown seeds usually have low survival rates",
          "survival rates for sown seeds were typically low"),
    ])

# 16 -----------------------------------------------------------------------
case(
    "catapult replica build", "translation",
    "Students at the technical lycée in Saint-Aubert-sur-Lorne have built a "
    "full-size replica of a medieval catapult, which will be unveiled to the "
    "public on 14 July at the château of Vaurigny. The project, led by "
    "history teacher Claire Dubosc and engineering teacher Yannick Le Goff, "
    "took two school years and involved some 60 pupils. The wooden machine "
    "stands nine metres high and weighs nearly four tonnes. It can throw a "
    "15-kilogram sandbag about 80 metres, according to tests carried out in "
    "May. The timber, Douglas fir from local forests, was donated by a "
    "sawmill in the valley. Demonstrations will be held every Sunday "
    "afternoon in July and August; for safety reasons, spectators will have "
    "to stay behind a barrier 30 metres from the machine.",
    "A life-size copy of a medieval catapult, built by pupils at the "
    "technical high school in Saint-Aubert-sur-Lorne, will be presented to "
    "the public at the Château de Vaurigny on 14 July. Around sixty students "
    "worked on the project over two school years under the supervision of "
    "Claire Dubosc, who teaches history, and Yannick Le Goff, an engineering "
    "teacher. Standing 9 m tall, the wooden machine weighs just under 4 "
    "tonnes. Trials in May showed it can hurl a sandbag of 15 kg roughly "
    "80 m. The wood - Douglas fir from nearby forests - was a gift from a "
    "sawmill in the valley. Throughout July and August there will be "
    "demonstrations every Sunday afternoon, and for safety reasons onlookers "
    "must remain behind a barrier set 30 m back from the machine.",
    traps=[
        T("Around sixty students", "some 60 pupils"),
        T("just under 4 tonnes", "nearly four tonnes"),
        T("roughly 80 m", "about 80 metres"),
        T("was a gift from a sawmill in the valley",
          "was donated by a sawmill in the valley"),
        T("set 30 m back from the machine", "30 metres from the machine"),
    ])

# 17 -----------------------------------------------------------------------
case(
    "canary breeders show", "rewrite",
    "The Midland Canary Breeders' Association will hold its annual show at "
    "Corley Village Hall on Saturday 9 November, with around 1,400 birds "
    "expected from 180 exhibitors. Judging begins at 8 a.m. and the hall "
    "opens to the public at 11 a.m. The best-in-show award, the Harrowgate "
    "Cup, went last year to Sheila Naylor of Dunsby for a yellow Border "
    "canary. This year's show will include, for the first time, a class for "
    "young exhibitors aged under 18. Association secretary Norman Pike said "
    "membership had risen from 210 to 265 over the past two years, reversing "
    "a long decline. Admission is £3, with under-14s free.",
    "Around 1,400 birds from 180 exhibitors are expected at the Midland "
    "Canary Breeders' Association's annual show, which takes place at Corley "
    "Village Hall on Saturday 9 November. The doors open to the public at "
    "8 a.m., when judging begins. Dunsby breeder Sheila Naylor took last "
    "year's best-in-show prize, the Harrowgate Cup, with a yellow Gloster "
    "canary. A class for exhibitors under 18 will feature for the first "
    "time. According to association secretary Norman Pike, membership has "
    "climbed from 210 to 265 in the past two years, ending a long period of "
    "decline. Entry costs £3; children under 14 go free.",
    errors=[
        E("The doors open to the public at 8 a.m.", "date", "minor",
          "the hall opens to the public at 11 a.m."),
        E("Gloster", "entity", "minor", "Border"),
    ],
    traps=[
        T("ending a long period of decline", "reversing a long decline"),
        T("children under 14 go free", "with under-14s free"),
    ])

# 18 -----------------------------------------------------------------------
case(
    "osprey nest webcam", "summary",
    "The osprey nest webcam at Loch Farran has attracted more than 2.3 "
    "million views since it went live in April, the Highland Raptor Trust "
    "said on Thursday. The camera, mounted on a pole 12 metres from the "
    "nest, streams live footage 24 hours a day. This season the resident "
    "pair, known as Fionn and Blath, raised three chicks, all of which have "
    "now fledged. The trust said the chicks were fitted with leg rings in "
    "July and that one had also been fitted with a lightweight satellite tag "
    "to track its migration to West Africa. Donations made through the "
    "webcam page have raised £48,000 towards the trust's nest-protection "
    "work. The camera will be switched off in mid-September, after the birds "
    "have left.",
    "Loch Farran's osprey webcam has been viewed over 2.3m times since going "
    "live in April. Resident pair Fionn and Blath fledged all three of this "
    "year's chicks, which were ringed in July; one also carries a satellite "
    "tag to track its migration to West Africa. Donations through the webcam "
    "page have raised £48,000 for nest protection, and the camera will be "
    "switched off in mid-September once the birds have gone.",
    traps=[
        T("over 2.3m times", "more than 2.3 million views"),
        T("fledged all three of this year's chicks",
          "raised three chicks, all of which have now fledged"),
        T("were ringed in July", "were fitted with leg rings in July"),
        T("once the birds have gone", "after the birds have left"),
    ])

# 19 -----------------------------------------------------------------------
case(
    "magpie attack warnings", "rewrite",
    "Brackenridge City Council has put up warning signs in four parks after "
    "at least nine people were swooped on by nesting magpies in the past "
    "fortnight. Two cyclists suffered minor cuts to the face, and one needed "
    "treatment at a walk-in clinic. Council ecologist Dr Fern Oyelaran said "
    "the birds were defending their nests and that swooping usually stops "
    "within about six weeks, once the chicks have left. Magpies are "
    "protected under wildlife law, and the council said it had no plans to "
    "remove or relocate the birds. Residents are advised to walk rather than "
    "cycle through affected areas, wear a hat or carry an umbrella, and avoid "
    "looking directly at the birds. Sightings can be reported through the "
    "council's website.",
    "Nesting magpies have swooped on at least nine people in Brackenridge "
    "over the past two weeks, prompting the city council to put up warning "
    "signs in four parks. Two cyclists received minor cuts to the face, one "
    "of whom had to be treated at a walk-in clinic. The birds are defending "
    "their nests, explained council ecologist Dr Fern Oyelaran, and the "
    "swooping generally ends within roughly six weeks, once the chicks have "
    "gone. Because magpies are protected by wildlife law, the council said it "
    "did not intend to remove or move the birds. Residents are advised to "
    "walk through affected areas rather than cycle, to wear a hat or carry an "
    "umbrella, and not to look directly at the birds. Sightings can be "
    "reported on the council's website.",
    traps=[
        T("over the past two weeks", "in the past fortnight"),
        T("one of whom had to be treated at a walk-in clinic",
          "one needed treatment at a walk-in clinic"),
        T("within roughly six weeks", "within about six weeks"),
        T("did not intend to remove or move the birds",
          "had no plans to remove or relocate the birds"),
        T("not to look directly at the birds",
          "avoid looking directly at the birds"),
    ])

# 20 -----------------------------------------------------------------------
case(
    "granary conversion", "translation",
    "The municipality of Oosterveld has sold the former grain store on the "
    "Havenkade to the housing corporation WoonGoed for 1.2 million euros. "
    "The corporation plans to convert the listed building, which dates from "
    "1874, into 28 rental apartments, eight of which will be reserved for "
    "people over 65. The ground floor will house a café and a small "
    "exhibition on the history of the grain trade in the town. Construction "
    "is due to start next spring and should take about two years. Alderman "
    "Marieke Jansen said the sale ended fifteen years of uncertainty about "
    "the building's future. Local heritage society Oud Oosterveld welcomed "
    "the plans but warned that the original timber roof structure must be "
    "preserved.",
    "Housing corporation WoonGoed has sold the former granary on the "
    "Havenkade to the municipality of Oosterveld for €1.2 million. The "
    "corporation intends to turn the listed building, built in 1874, into 28 "
    "rental flats, with eight set aside for over-65s. On the ground floor "
    "there will be a café and a small exhibition about the town's history in "
    "the grain trade. Work is scheduled to begin next spring and is expected "
    "to last around two years. According to alderman Marieke Jansen, the "
    "sale puts an end to fifteen years of uncertainty over the future of the "
    "building. The local heritage society Oud Oosterveld welcomed the plans, "
    "but warned that the original timber roof construction must be "
    "preserved. On the ground floor there will be a café and a small "
    "exhibition about the town's history in the grain trade.",
    errors=[
        E("WoonGoed has sold the former granary on the Havenkade to the "
          "municipality of Oosterveld", "role", "critical",
          "The municipality of Oosterveld has sold the former grain store on "
          "the Havenkade to the housing corporation WoonGoed"),
        E("On the ground floor there will be a café and a small exhibition "
          "about the town's history in the grain trade.", "repetition",
          "minor", None, occ=1),
    ],
    traps=[
        T("with eight set aside for over-65s",
          "eight of which will be reserved for people over 65"),
    ])

# 21 -----------------------------------------------------------------------
case(
    "spruce beetle outbreak", "rewrite",
    "An outbreak of spruce bark beetle has killed an estimated 4,500 "
    "hectares of forest in the Kestrel Range over the past three years, "
    "according to a report published on Tuesday by the state forestry "
    "agency. The agency blamed a run of unusually warm, dry summers, which "
    "weakened trees and allowed beetle numbers to multiply. Salvage logging "
    "of dead timber will begin in October on about a third of the affected "
    "area, mainly near roads and hiking trails where falling trees pose a "
    "risk. The remaining stands will be left to regenerate naturally. Agency "
    "director Paul Lindqvist said replanting with mixed species was being "
    "considered for the most heavily damaged slopes but that no final "
    "decision would be made before next spring.",
    "Spruce bark beetles have killed roughly 4,500 hectares of forest in the "
    "Kestrel Range in the past three years, the state forestry agency said "
    "in a report released on Tuesday. A series of unusually warm, dry "
    "summers weakened the trees and allowed the beetles to multiply, the "
    "agency said. From October, dead timber will be salvaged from around "
    "one-third of the affected area, chiefly close to roads and hiking "
    "trails where falling trees are a danger; the rest will be allowed to "
    "regenerate on its own. Replanting the worst-hit slopes with a mix of "
    "species is under consideration, according to agency director Paul "
    "Lindqvist, but a final decision will not come until next spring at the "
    "earliest.",
    traps=[
        T("roughly 4,500 hectares", "an estimated 4,500 hectares"),
        T("around one-third of the affected area",
          "about a third of the affected area"),
        T("the rest will be allowed to regenerate on its own",
          "The remaining stands will be left to regenerate naturally"),
        T("the worst-hit slopes", "the most heavily damaged slopes"),
        T("a final decision will not come until next spring at the earliest",
          "no final decision would be made before next spring"),
    ])

# 22 -----------------------------------------------------------------------
case(
    "pennywhistle workshop", "summary",
    "Folk musician Aoife Brennock will lead a series of free pennywhistle "
    "workshops for beginners at Garrow Library this autumn, funded by a "
    "£2,500 grant from the Garrow Arts Fund. The six weekly sessions begin "
    "on Tuesday 1 October at 6.30 p.m. and are open to anyone aged ten or "
    "over. Whistles will be provided and participants can keep them at the "
    "end of the course. No previous musical experience is needed, and "
    "Brennock said she would teach by ear rather than from written "
    "notation. Places are limited to 20 and must be booked in advance "
    "through the library. The course will end with an informal performance "
    "at the library's Christmas fair on 7 December.",
    "Folk musician Aoife Brennock is to run six free weekly pennywhistle "
    "workshops for beginners aged ten and over at Garrow Library, starting "
    "on 1 October. Participants get a whistle to keep and will be taught by "
    "ear, with no previous experience needed. The 20 places must be booked "
    "in advance, and the course ends with a performance at the library's "
    "Christmas fair on 7 November. Participants get a whistle to keep.",
    errors=[
        E("7 November", "date", "minor", "7 December"),
        E("Participants get a whistle to keep", "repetition", "minor", None,
          occ=1),
    ],
    traps=[
        T("with no previous experience needed",
          "No previous musical experience is needed"),
    ])

# 23 -----------------------------------------------------------------------
case(
    "meerkat enclosure", "translation",
    "Kranzfeld Zoo has opened its new meerkat enclosure, which at 600 square "
    "metres is three times the size of the old one. The construction costs "
    "of 850,000 euros were covered largely by the zoo's friends' "
    "association; the city contributed 200,000 euros. The enclosure features "
    "artificial burrows with heated floors, a sandy area for digging and a "
    "glass tunnel through which children can crawl into the middle of the "
    "colony. The group currently numbers eleven animals, including four "
    "young born in March. Zoo director Dr Heike Brandstätter said a further "
    "two meerkats were expected to arrive from a zoo in the Netherlands in "
    "the autumn. Visitors will be able to watch the daily feeding at "
    "2.30 p.m.",
    "A new meerkat enclosure has opened at Kranzfeld Zoo. Covering 600 m², "
    "it is triple the size of its predecessor. Most of the €850,000 building "
    "cost was met by the association of the zoo's supporters, with €200,000 "
    "coming from the city. Inside are artificial burrows with underfloor "
    "heating, a sandpit where the animals can dig, and a glass tunnel that "
    "lets children crawl right into the centre of the colony. There are "
    "currently 11 meerkats in the group, four of them youngsters born in "
    "March. Two more animals are due to come from a Dutch zoo this autumn, "
    "said zoo director Dr Heike Brandstätter. Visitors will be able to watch "
    "the daily feeding, which takes place at half past two in the afternoon.",
    traps=[
        T("triple the size of its predecessor",
          "three times the size of the old one"),
        T("Most of the €850,000 building cost was met by",
          "The construction costs of 850,000 euros were covered largely by"),
        T("underfloor heating", "heated floors"),
        T("a Dutch zoo", "a zoo in the Netherlands"),
        T("at half past two in the afternoon", "at 2.30 p.m."),
    ])

# 24 -----------------------------------------------------------------------
case(
    "clover seed shortage", "rewrite",
    "Farmers in the Ebbsfield region face a shortage of red clover seed this "
    "spring after last year's wet harvest cut seed yields by almost half, "
    "the Ebbsfield Grassland Society warned on Wednesday. Clover is widely "
    "sown in grass leys because it fixes nitrogen from the air, reducing the "
    "need for fertiliser. Seed merchant Tolland & Brook said its prices had "
    "risen 35 per cent since January and that some varieties had already "
    "sold out. The society's chairman, Gareth Mullins, advised farmers to "
    "order early and to consider white clover or vetch as alternatives. The "
    "agriculture ministry said it was monitoring the situation but had no "
    "plans to release emergency seed stocks.",
    "The Ebbsfield Grassland Society warned on Wednesday that the region's "
    "farmers face a shortage of red clover seed this spring, because last "
    "year's wet harvest more than halved seed yields. Clover, which draws "
    "nitrogen from the air and so cuts fertiliser requirements, is a common "
    "component of grass leys. According to the society, seed prices have "
    "climbed 35% since January, and some varieties have already sold out. "
    "Its chairman, Gareth Mullins, urged farmers to place orders early and "
    "to look at white clover or vetch instead. The agriculture ministry said "
    "it was keeping the situation under review but had no plans to release "
    "emergency seed stocks.",
    errors=[
        E("more than halved", "number", "minor",
          "cut seed yields by almost half"),
        E("According to the society", "attribution", "major",
          "Seed merchant Tolland & Brook said"),
    ],
    traps=[
        T("keeping the situation under review", "monitoring the situation"),
    ])

# 25 -----------------------------------------------------------------------
case(
    "coir mat factory", "rewrite",
    "Halvergate Matting, the last coir doormat factory in the county, will "
    "cut its workforce from 64 to 41 after losing a contract with a national "
    "DIY chain, the company confirmed on Friday. The 23 job losses will take "
    "effect over the next three months, and the firm said it would try to "
    "redeploy some staff to its warehouse. Managing director Rafiq Osman "
    "blamed cheaper imports and said the company would focus on "
    "custom-printed mats for businesses, which now make up a fifth of its "
    "sales. The union Unity Works said it was disappointed but would support "
    "members through the consultation process. The factory, opened in 1962, "
    "imports its coconut fibre from Sri Lanka.",
    "Losing a contract with a national DIY chain has forced Halvergate "
    "Matting, the county's only remaining coir doormat maker, to shed 23 of "
    "its 64 jobs, the company confirmed on Friday. The cuts, which will "
    "leave a workforce of 41, are to be made over the coming three months, "
    "although the firm said it would attempt to move some employees to its "
    "warehouse. Cheaper imports were to blame, according to managing "
    "director Rafiq Osman, who said the business would concentrate on "
    "custom-printed mats for businesses, which account for 20% of its sales "
    "at present. The Unity Works union said it was disappointed but would "
    "support members through the consultation. Opened in 1962, the factory "
    "sources its coconut fibre from Sri Lanka.",
    traps=[
        T("the county's only remaining coir doormat maker",
          "the last coir doormat factory in the county"),
        T("to shed 23 of its 64 jobs", "cut its workforce from 64 to 41"),
        T("over the coming three months", "over the next three months"),
        T("Cheaper imports were to blame, according to managing director "
          "Rafiq Osman", "Managing director Rafiq Osman blamed cheaper imports"),
        T("which account for 20% of its sales at present",
          "which now make up a fifth of its sales"),
    ])

# 26 -----------------------------------------------------------------------
case(
    "barnacle fouling study", "summary",
    "Researchers at the Portlock Marine Institute have found that a coating "
    "made from a seaweed extract reduced barnacle fouling on test panels by "
    "70 per cent over 12 months, compared with uncoated panels. The study, "
    "published in the journal Coastal Engineering Letters, tested the "
    "coating at three harbours with different water temperatures. Lead "
    "author Dr Samuel Achterberg said the results were promising but "
    "cautioned that the coating had so far only been tested on static "
    "panels, not on moving ships, where water flow could wear it away "
    "faster. Conventional anti-fouling paints often contain copper, which "
    "can harm marine life. The team hopes to begin trials on two ferry hulls "
    "next year, subject to funding.",
    "Portlock Marine Institute researchers found that a seaweed-extract "
    "coating cut barnacle fouling on test panels by 70% over a year compared "
    "with uncoated panels, in tests at three harbours. The coating could "
    "replace copper-based anti-fouling paints, which can harm marine life. "
    "Trials on two ferry hulls will begin next year.",
    errors=[
        E("The coating could replace copper-based anti-fouling paints",
          "addition", "minor", None),
        E("will begin next year", "modality", "major",
          "The team hopes to begin trials on two ferry hulls next year, "
          "subject to funding"),
    ],
    traps=[
        T("over a year", "over 12 months"),
    ])

# 27 -----------------------------------------------------------------------
case(
    "raven breeding tower", "rewrite",
    "Dunmarrow Castle Trust has appointed falconer Erin Calloway to run a "
    "new raven breeding programme at the castle's west tower, the trust "
    "announced on Monday. Calloway previously worked for twelve years at the "
    "Skelmoor Bird of Prey Centre, which will supply the first two breeding "
    "pairs. The tower's upper floor has been converted into an aviary at a "
    "cost of £180,000, paid for by a heritage lottery grant. Legend holds "
    "that the castle will fall if the ravens leave, and the last resident "
    "birds died in 2019. The trust expects the first chicks to hatch in "
    "spring 2026 at the earliest. Visitors will be able to watch the birds "
    "from a viewing gallery on the floor below.",
    "Falconer Erin Calloway will head a new raven breeding programme in the "
    "west tower of Dunmarrow Castle, the Dunmarrow Castle Trust said on "
    "Monday. She spent twelve years at the Skelmoor Bird of Prey Centre, "
    "which is to supply the first two breeding pairs. A £180,000 heritage "
    "lottery grant has paid for the tower's upper floor to be converted into "
    "an aviary. According to legend, the castle will fall if the ravens "
    "leave - and the last birds to live there flew away in 2019. The trust "
    "expects the first chicks to have hatched by spring 2026, and visitors "
    "will be able to watch the birds from a viewing gallery one floor down.",
    errors=[
        E("flew away", "event", "minor", "died"),
        E("to have hatched by spring 2026", "date", "major",
          "to hatch in spring 2026 at the earliest"),
    ],
    traps=[
        T("She spent twelve years at",
          "Calloway previously worked for twelve years at"),
        T("one floor down", "on the floor below"),
    ])

# 28 -----------------------------------------------------------------------
case(
    "whisk manufacturer", "rewrite",
    "Kitchenware group Pellham Brands has agreed to buy Ridgeway Whisks, the "
    "Hadley-based maker of balloon whisks and pastry tools, for £14 million, "
    "the companies said on Thursday. Ridgeway, founded in 1958 by engineer "
    "Harold Ridgeway, employs 120 people and sells about 1.8 million whisks "
    "a year, mostly to department stores and catering suppliers. Pellham, "
    "which owns four other cookware brands, said it would keep the Ridgeway "
    "name and the Hadley factory. The deal still requires approval from "
    "Ridgeway's shareholders, who will vote on 4 March. Ridgeway's chief "
    "executive, Lorna Haskett, will join Pellham's board once the "
    "acquisition is completed.",
    "Hadley-based Ridgeway Whisks, which makes balloon whisks and pastry "
    "tools, has agreed a £14m takeover of kitchenware group Pellham Brands, "
    "the companies announced on Thursday. Founded by engineer Harold "
    "Ridgeway in 1958, the firm has 120 staff and sells roughly 1.8 million "
    "whisks annually, largely to department stores and catering suppliers. "
    "Pellham, owner of four other cookware brands, said the Ridgeway name "
    "and the Hadley factory would be retained. Ridgeway's shareholders still "
    "have to approve the deal in a vote on 4 March, and chief executive "
    "Lorna Haskett will join Pellham's board when the acquisition goes "
    "through.",
    errors=[
        E("Ridgeway Whisks, which makes balloon whisks and pastry tools, has "
          "agreed a £14m takeover of kitchenware group Pellham Brands",
          "role", "critical",
          "Pellham Brands has agreed to buy Ridgeway Whisks"),
    ],
    traps=[
        T("roughly 1.8 million whisks annually", "about 1.8 million whisks a year"),
        T("when the acquisition goes through", "once the acquisition is completed"),
    ])

# 29 -----------------------------------------------------------------------
case(
    "jackdaw nesting chimneys", "translation",
    "The fire service in Holmsted has warned homeowners to check their "
    "chimneys before lighting their first fires of the autumn, after three "
    "chimney fires in September were caused by old jackdaw nests. Jackdaws "
    "often build nests in unused chimneys in spring, and the nests can block "
    "the flue completely. Chimney sweep Lars Vinding said that in some "
    "chimneys he had removed more than a metre of sticks and twigs. It is "
    "not permitted to remove nests while the birds are breeding, between "
    "March and July, but outside that period nests may be cleared. The fire "
    "service recommends fitting a wire cage on top of the chimney. Nobody "
    "was injured in the three fires.",
    "Holmsted fire brigade is urging householders to inspect their chimneys "
    "before they light the first fire of the autumn, after old jackdaw nests "
    "caused three chimney fires in September. In spring, jackdaws frequently "
    "nest in chimneys that are not in use, and a nest can block the flue "
    "entirely. According to chimney sweep Lars Vinding, he has taken more "
    "than a metre of sticks and twigs out of some chimneys. Nests may be "
    "removed while the birds are breeding, between March and July, as well "
    "as outside that period. The fire brigade advises installing a wire cage "
    "at the top of the chimney. None of the three fires resulted in "
    "injuries.",
    errors=[
        E("Nests may be removed while the birds are breeding", "polarity",
          "major",
          "It is not permitted to remove nests while the birds are breeding"),
    ],
    traps=[
        T("chimneys that are not in use", "unused chimneys"),
        T("installing a wire cage at the top of the chimney",
          "fitting a wire cage on top of the chimney"),
        T("None of the three fires resulted in injuries",
          "Nobody was injured in the three fires"),
    ])

# 30 -----------------------------------------------------------------------
case(
    "raspberry cane disease", "rewrite",
    "A fungal disease known as cane blight has been confirmed on raspberry "
    "farms in the Clyne Valley, where growers produce around 40 per cent of "
    "the region's soft fruit, the Plant Health Agency said on Tuesday. The "
    "disease enters canes through wounds, often caused by machinery or cane "
    "midge, and can kill whole stems before fruiting. Inspectors found "
    "infection on seven of the 23 farms surveyed so far. There is no cure, "
    "but the agency said careful pruning, removing infected canes and "
    "controlling cane midge could limit its spread. Growers' association "
    "chairman Tom Whitlock said this year's crop was likely to be smaller "
    "but that supermarket supplies should not be affected.",
    "The Plant Health Agency confirmed on Tuesday that cane blight, a fungal "
    "disease, has been found on raspberry farms in the Clyne Valley, an area "
    "that grows some two-fifths of the region's soft fruit. Infection gets "
    "in through wounds in the canes - frequently caused by machinery or by "
    "cane midge - and can kill entire stems before they bear fruit. Of the "
    "23 farms inspected to date, seven were found to be infected. Although "
    "the disease cannot be cured, the agency said its spread could be "
    "limited by careful pruning, removing infected canes and keeping cane "
    "midge under control. Tom Whitlock, who chairs the growers' association, "
    "expects a smaller crop this year but said supermarket supplies should "
    "not be affected.",
    traps=[
        T("some two-fifths", "around 40 per cent"),
        T("before they bear fruit", "before fruiting"),
        T("Of the 23 farms inspected to date, seven were found to be infected",
          "Inspectors found infection on seven of the 23 farms surveyed so far"),
        T("the disease cannot be cured", "There is no cure"),
        T("expects a smaller crop this year",
          "this year's crop was likely to be smaller"),
    ])

# 31 -----------------------------------------------------------------------
case(
    "tambourine maker", "translation",
    "In the village of Roccafalva, the last artisan tambourine workshop in "
    "the province will close at the end of the year. Its owner, 81-year-old "
    "Giuseppe Lattanzi, has made frame drums by hand for 58 years, using "
    "goatskin and beech wood. He produces about 150 instruments a year, many "
    "of them ordered by folk groups abroad. Lattanzi said that none of his "
    "grandchildren wanted to continue the trade, but that he had offered to "
    "teach anyone interested. The municipality intends to buy his tools and "
    "display them in the local museum. A farewell concert with traditional "
    "musicians from the region will be held in the village square on 21 "
    "December.",
    "The province's last hand-made tambourine workshop, in the village of "
    "Roccafalva, is to shut its doors when the year ends. Owner Giuseppe "
    "Lattanzi, 81, has spent 58 years crafting frame drums by hand from "
    "goatskin and beechwood, turning out around 150 a year, many of them "
    "commissioned by folk ensembles in other countries. None of his "
    "grandchildren wish to take over the craft, he said, though he has "
    "offered to train anyone who is interested. The local council plans to "
    "acquire his tools and exhibit them in the local museum. On 21 December, "
    "the village square will host a farewell concert featuring traditional "
    "musicians from the area.",
    traps=[
        T("is to shut its doors when the year ends",
          "will close at the end of the year"),
        T("turning out around 150 a year",
          "He produces about 150 instruments a year"),
        T("folk ensembles in other countries", "folk groups abroad"),
        T("The local council plans to acquire his tools",
          "The municipality intends to buy his tools"),
        T("the village square will host a farewell concert",
          "A farewell concert with traditional musicians from the region will "
          "be held in the village square"),
    ])

# 32 -----------------------------------------------------------------------
case(
    "potter's wheel course", "summary",
    "Ashgrove Community College will offer a ten-week evening course in "
    "wheel-thrown pottery from 15 January, after a £30,000 donation allowed "
    "it to buy eight new electric wheels and a second kiln. Classes will run "
    "on Wednesdays from 7 p.m. to 9 p.m. and will be taught by ceramicist "
    "Mei Lin Harcourt, whose work is held in the city museum's collection. "
    "The course costs £180, including clay and firing, with a 50 per cent "
    "discount for students receiving benefits. Each class is limited to "
    "eight people so that every student has a wheel. The college said the "
    "previous hand-building course had been oversubscribed for three years "
    "running, with a waiting list of more than 60 people.",
    "From 15 January, Ashgrove Community College is running a ten-week "
    "Wednesday-evening wheel-throwing course, made possible by a £30,000 "
    "donation that paid for eight new electric wheels and a second kiln. "
    "Taught by ceramicist Mei Lin Harcourt, classes are capped at eight so "
    "each student gets a wheel, and cost £180 including clay and firing - "
    "half price for those on benefits.",
    traps=[
        T("Wednesday-evening", "on Wednesdays from 7 p.m. to 9 p.m."),
        T("made possible by a £30,000 donation that paid for",
          "after a £30,000 donation allowed it to buy"),
        T("capped at eight", "limited to eight people"),
        T("half price for those on benefits",
          "with a 50 per cent discount for students receiving benefits"),
    ])

# 33 -----------------------------------------------------------------------
case(
    "toucan enclosure", "rewrite",
    "Birchmoor Zoo will open a new tropical aviary for its four toco toucans "
    "on 1 May, the zoo confirmed on Tuesday. The £650,000 glasshouse, built "
    "on the site of a former reptile house, is heated to a constant 24C and "
    "planted with more than 200 rainforest plants. The toucans arrived last "
    "year from a breeding centre in the Netherlands and have been kept "
    "off-show while the aviary was completed. Curator Dr Ama Boateng said "
    "the zoo hoped the birds would breed, which would make it only the "
    "second zoo in the country to do so. Visitors will walk through the "
    "aviary on a raised boardwalk, and numbers will be limited to 30 at a "
    "time. The aviary will close on days when outside temperatures fall "
    "below freezing.",
    "Birchmoor Zoo's four toco toucans will move into a new tropical aviary "
    "when it opens on 1 May, the zoo confirmed on Tuesday. Built where the "
    "old reptile house once stood, the £650,000 glasshouse is kept at a "
    "constant 24C and contains over 200 rainforest plants. The birds came "
    "from a Dutch breeding centre last year and have been kept out of public "
    "view until the aviary was finished. The zoo hopes the toucans will "
    "breed, curator Dr Ama Boateng said, which would make Birchmoor the "
    "first zoo in the country to achieve this. Visitors will follow a raised "
    "boardwalk through the aviary. It will be closed on days when the "
    "temperature outside drops below freezing.",
    errors=[
        E("the first zoo in the country", "number", "major",
          "only the second zoo in the country"),
        E("", "omission", "minor", "numbers will be limited to 30 at a time",
          after="Visitors will follow a raised boardwalk through the aviary"),
    ],
    traps=[
        T("a Dutch breeding centre", "a breeding centre in the Netherlands"),
        T("kept out of public view", "kept off-show"),
    ])

# 34 -----------------------------------------------------------------------
case(
    "bunting manufacturer", "rewrite",
    "Flagcraft Ltd, a bunting and flag maker based in Penwold, has taken on "
    "35 temporary workers to meet a surge in orders ahead of next summer's "
    "national jubilee celebrations, the company said on Wednesday. Orders "
    "for the first quarter were up 160 per cent on the same period last "
    "year, and the factory has moved from one to two shifts a day. "
    "Operations director Sandra Kettering said about three-quarters of the "
    "new orders came from local councils and schools. The company has also "
    "switched to recycled polyester fabric for its standard range, which it "
    "said would cut its plastic use by around 12 tonnes a year. Some of the "
    "temporary staff may be offered permanent contracts in the autumn, "
    "depending on demand.",
    "Penwold-based flag and bunting manufacturer Flagcraft Ltd said on "
    "Wednesday it had hired 35 temporary staff to cope with a rush of orders "
    "ahead of next summer's national jubilee celebrations. First-quarter "
    "orders were 2.6 times their level a year earlier, and the factory now "
    "runs two shifts a day instead of one. Around 75% of the new orders have "
    "come from local councils and schools, according to operations director "
    "Sandra Kettering. The standard range is now made from recycled "
    "polyester, a change the company said would reduce its plastic "
    "consumption by roughly 12 tonnes annually. Depending on demand, some of "
    "the temporary workers could be given permanent contracts in the autumn.",
    traps=[
        T("2.6 times their level a year earlier",
          "up 160 per cent on the same period last year"),
        T("two shifts a day instead of one", "has moved from one to two shifts a day"),
        T("Around 75%", "about three-quarters"),
        T("roughly 12 tonnes annually", "around 12 tonnes a year"),
        T("some of the temporary workers could be given permanent contracts",
          "Some of the temporary staff may be offered permanent contracts"),
    ])

# 35 -----------------------------------------------------------------------
case(
    "biscuit tin auction", "summary",
    "A collection of 412 Victorian and Edwardian biscuit tins sold for "
    "£86,000 at Harlowe & Finch auctioneers in Stanbury on Saturday, more "
    "than double the pre-sale estimate. The tins were assembled over 50 "
    "years by retired postman Dennis Colebrook, who died last year. The top "
    "lot, a tin shaped like a double-decker bus made in 1911, fetched £4,200 "
    "from a private collector in Canada. Auctioneer Rosalind Finch said "
    "interest had come from 14 countries, with almost half of the lots "
    "bought online. Colebrook's family said part of the proceeds would go to "
    "the hospice that cared for him.",
    "Retired postman Dennis Colebrook's collection of 412 Victorian and "
    "Edwardian biscuit tins fetched £86,000 at Harlowe & Finch in Stanbury "
    "on Saturday, more than twice the estimate. The top lot, a 1911 tin in "
    "the shape of a double-decker bus, sold for £42,000 to a Canadian "
    "collector, and Colebrook's family say part of the proceeds will go to "
    "the hospice that cared for him.",
    errors=[
        E("£42,000", "number", "major", "£4,200"),
    ],
    traps=[
        T("more than twice the estimate", "more than double the pre-sale estimate"),
        T("a 1911 tin in the shape of a double-decker bus",
          "a tin shaped like a double-decker bus made in 1911"),
        T("a Canadian collector", "a private collector in Canada"),
    ])

# 36 -----------------------------------------------------------------------
case(
    "mole catcher dispute", "rewrite",
    "A mole catcher has won a claim for unpaid fees against a golf club in "
    "Ferrisham, after a small claims court ruled on Thursday that the club "
    "owed him £2,340. Keith Dawlish, who has trapped moles on farms and "
    "sports grounds for 30 years, said the Ferrisham Golf Club had refused "
    "to pay for three months of work last spring, claiming that molehills "
    "had reappeared on the fairways. District Judge Amanda Roe found that Mr "
    "Dawlish's contract did not guarantee that the moles would not return "
    "and ordered the club to pay the full amount plus £180 in costs within "
    "28 days. The club's secretary said it was disappointed and was "
    "considering its options.",
    "A Ferrisham mole catcher has succeeded in a claim for unpaid fees "
    "against the town's golf club, with a small claims court ruling on "
    "Thursday that he owed the club £2,340. Keith Dawlish, who has spent "
    "three decades trapping moles on farms and sports grounds, said "
    "Ferrisham Golf Club refused to pay him for three months' work last "
    "spring on the grounds that molehills had come back on the fairways. "
    "District Judge Amanda Roe held that his contract had not guaranteed "
    "the moles would stay away, and ordered the club to pay the whole "
    "amount, plus £180 in costs, within 28 days. The club secretary said the "
    "club was disappointed and was weighing up its options.",
    errors=[
        E("he owed the club", "role", "major", "the club owed him"),
    ],
    traps=[
        T("three decades", "30 years"),
        T("had not guaranteed the moles would stay away",
          "did not guarantee that the moles would not return"),
        T("weighing up its options", "considering its options"),
    ])

# 37 -----------------------------------------------------------------------
case(
    "yew hedge clipping", "rewrite",
    "Gardeners at Carrowby Hall began the annual clipping of the estate's "
    "300-year-old yew hedges on Monday, a job that will take a team of five "
    "about seven weeks. The hedges, which stretch for 1.4 kilometres and "
    "reach up to six metres high, are cut by hand and with electric "
    "trimmers from mobile platforms. Head gardener Lucy Ferraby said "
    "clippings would again be sold to a pharmaceutical company, which "
    "extracts a compound used in cancer treatment; last year the sale raised "
    "£11,000 for the estate. The Hall's gardens will remain open throughout, "
    "although some paths near the hedges may be closed for short periods. "
    "Clipping is timed for late summer, after nesting birds have left and "
    "before the autumn rains.",
    "A five-strong team of gardeners started clipping Carrowby Hall's "
    "300-year-old yew hedges on Monday, an annual task that will take about "
    "seven weeks. Working from mobile platforms, they cut the 1.4km of "
    "hedging - as tall as six metres in places - by hand and with electric "
    "trimmers. The clippings will once more be sold to a pharmaceutical "
    "firm that extracts a compound used to treat cancer, head gardener Lucy "
    "Ferraby said; last year the sale brought the estate £11,000. The "
    "gardens stay open for the duration, though some paths beside the "
    "hedges may be shut briefly. The work is timed for late summer, once "
    "nesting birds have left and before the autumn rains arrive.",
    traps=[
        T("A five-strong team of gardeners", "a team of five"),
        T("as tall as six metres in places", "reach up to six metres high"),
        T("a compound used to treat cancer", "a compound used in cancer treatment"),
        T("The gardens stay open for the duration",
          "The Hall's gardens will remain open throughout"),
        T("may be shut briefly", "may be closed for short periods"),
    ])

# 38 -----------------------------------------------------------------------
case(
    "curlew breeding", "summary",
    "Curlews have fledged chicks on the Dunholm Moors for the first time in "
    "at least eight years, conservation charity Upland Birds Trust said on "
    "Monday. Four pairs nested on the moor this spring, and rangers counted "
    "six fledged chicks from three of the nests; the fourth nest was lost to "
    "a fox. The trust credited a predator-control programme agreed with "
    "local gamekeepers and an arrangement with two farmers to delay mowing "
    "hay meadows until mid-July. Curlew numbers in the region have fallen by "
    "about two-thirds since the 1990s. Project officer Deborah Lusk said one "
    "good year did not make a recovery, but the results showed what could "
    "be done when landowners worked together. The trust will fit some adults "
    "with GPS tags next year.",
    "For the first time in at least eight years, curlews have raised chicks "
    "to fledging on the Dunholm Moors: three of the four pairs that nested "
    "this spring fledged six young between them, and the fourth nest was "
    "taken by a fox. The Upland Birds Trust put the success down to predator "
    "control agreed with gamekeepers and to two farmers holding off mowing "
    "hay meadows until mid-July, though project officer Deborah Lusk "
    "cautioned that one good year is not a recovery.",
    traps=[
        T("raised chicks to fledging", "fledged chicks"),
        T("three of the four pairs that nested this spring fledged six young "
          "between them",
          "rangers counted six fledged chicks from three of the nests"),
        T("the fourth nest was taken by a fox", "the fourth nest was lost to a fox"),
        T("put the success down to", "credited"),
        T("holding off mowing hay meadows until mid-July",
          "delay mowing hay meadows until mid-July"),
    ])

# 39 -----------------------------------------------------------------------
case(
    "piccolo theft", "translation",
    "A piccolo worth around 9,000 euros was stolen on Sunday evening from "
    "the car of a musician of the Castelvera municipal band, parked near the "
    "railway station. The instrument, made of grenadilla wood with silver "
    "keys, had been built by hand in 1978 by a workshop in Pieve Lunata and "
    "had belonged to the musician's teacher. The thief broke the rear window "
    "and also took a backpack containing sheet music. The Carabinieri are "
    "examining footage from the station's security cameras. The musician, "
    "34-year-old Chiara Benvenuti, has appealed on social media for anyone "
    "who is offered the piccolo to contact the police, and the band has "
    "offered a reward of 1,000 euros for information leading to its "
    "recovery.",
    "On Sunday evening a thief stole a piccolo valued at about €9,000 from a "
    "car, parked close to the train station, that belonged to a member of "
    "the Castelvera town band. Hand-made in 1978 by a workshop in Pieve "
    "Lunata, the grenadilla instrument with silver keys had once been the "
    "property of the musician's teacher. The rear window of the car was "
    "smashed, and a rucksack with sheet music was also taken. The municipal "
    "police are reviewing recordings from the station's CCTV cameras. "
    "Chiara Benvenuti, the 34-year-old owner, has posted an appeal on social "
    "media asking anyone who is offered the piccolo to get in touch with the "
    "police, while the band has put up a €1,000 reward for information that "
    "leads to its return.",
    errors=[
        E("The municipal police", "entity", "minor", "The Carabinieri"),
    ],
    traps=[
        T("valued at about €9,000", "worth around 9,000 euros"),
        T("had once been the property of the musician's teacher",
          "had belonged to the musician's teacher"),
        T("a rucksack with sheet music", "a backpack containing sheet music"),
    ])

# 40 -----------------------------------------------------------------------
case(
    "flugelhorn competition", "translation",
    "Eighteen-year-old Ingrid Solberg from Vestvik won the national "
    "flugelhorn competition for young musicians in Lillefjord on Saturday, "
    "becoming the youngest winner in the competition's 40-year history. She "
    "beat eleven other finalists with a programme that included a newly "
    "commissioned work by composer Anders Tveitan. The jury, chaired by "
    "trumpeter Kari Mathisen, praised her 'warm tone and remarkable control "
    "in the soft passages'. The prize consists of 50,000 kroner and a solo "
    "appearance with the Lillefjord Symphony Orchestra next season. Solberg, "
    "who plays in the Vestvik school band, began studying music at the "
    "academy in the capital in August. Second place went to Jonas Eide, 21, "
    "from Nordhamn.",
    "Ingrid Solberg, 18, of Vestvik, took first prize on Saturday at the "
    "national flugelhorn competition for young musicians, held in "
    "Lillefjord. No younger musician has won in the forty years the "
    "competition has existed. Her programme, which featured a new piece "
    "commissioned from the composer Anders Tveitan, saw her beat eleven "
    "other finalists. The jury, led by the trumpeter Kari Mathisen, commended "
    "her 'warm sound and remarkable control in the quiet passages'. She "
    "receives 50,000 kroner and will perform as a soloist with the "
    "Lillefjord Symphony Orchestra next season. Solberg, a member of the "
    "Vestvik school band, started music studies at the capital's academy in "
    "August. Runner-up was 21-year-old Jonas Eide from Nordhamn.",
    traps=[
        T("No younger musician has won in the forty years the competition has "
          "existed",
          "becoming the youngest winner in the competition's 40-year history"),
        T("led by the trumpeter Kari Mathisen", "chaired by trumpeter Kari Mathisen"),
        T("warm sound and remarkable control in the quiet passages",
          "warm tone and remarkable control in the soft passages"),
        T("She receives 50,000 kroner and will perform as a soloist",
          "The prize consists of 50,000 kroner and a solo appearance"),
        T("Runner-up was 21-year-old Jonas Eide",
          "Second place went to Jonas Eide, 21"),
    ])


# ---------------------------------------------------------------------------
# Offsets and validation
# ---------------------------------------------------------------------------
def find_nth(haystack, needle, n):
    """Start index of the n-th (0-based) occurrence of needle, or -1."""
    pos = -1
    for _ in range(n + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def boundary_ok(s, i):
    """True if position i does not fall inside a word."""
    if i <= 0 or i >= len(s):
        return True
    return not (s[i - 1].isalnum() and s[i].isalnum())


def n_words(s):
    return len(s.split())


def build_records():
    """Resolve every span to offsets; raise AssertionError on any problem."""
    problems = []
    records = []

    def bad(idx, msg):
        problems.append("case %d: %s" % (idx, msg))

    for idx, c in enumerate(CASES, 1):
        ref, cand = c["reference"], c["candidate"]
        errors, traps = [], []
        for e in c["errors"]:
            if e["type"] == "omission":
                if e["text"] != "" or not e["after"]:
                    bad(idx, "omission needs empty text and an anchor")
                    continue
                a = find_nth(cand, e["after"], e["after_occ"])
                if a < 0:
                    bad(idx, "omission anchor not found: %r" % e["after"])
                    continue
                start = end = a + len(e["after"])
            else:
                start = find_nth(cand, e["text"], e["occ"])
                if start < 0:
                    bad(idx, "error span not found: %r (occ %d)"
                        % (e["text"], e["occ"]))
                    continue
                end = start + len(e["text"])
            errors.append({"start": start, "end": end,
                           "text": cand[start:end], "type": e["type"],
                           "severity": e["severity"],
                           "ref_text": e["ref_text"]})
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                bad(idx, "trap span not found: %r" % t["text"])
                continue
            traps.append({"start": start, "end": start + len(t["text"]),
                          "text": t["text"], "ref_text": t["ref_text"]})
        records.append({
            "id": "%s-%03d" % (SET_ID, idx),
            "domain": c["domain"], "mode": c["mode"],
            "reference": ref, "candidate": cand,
            "label": "inconsistent" if errors or c["errors"] else "consistent",
            "errors": sorted(errors, key=lambda x: (x["start"], x["end"])),
            "traps": sorted(traps, key=lambda x: (x["start"], x["end"])),
        })
    if problems:
        raise AssertionError("\n".join(problems))
    return records


def validate(records):
    problems = []

    def bad(rid, msg):
        problems.append("%s: %s" % (rid, msg))

    if len(records) != N_CASES:
        problems.append("expected %d cases, got %d" % (N_CASES, len(records)))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    domains = [r["domain"] for r in records]
    if len(set(domains)) != len(domains):
        problems.append("duplicate domains: %s" %
                        [d for d, k in Counter(domains).items() if k > 1])
    if set(domains) != set(DOMAINS):
        problems.append("domains differ from list: missing %s, extra %s" % (
            sorted(set(DOMAINS) - set(domains)),
            sorted(set(domains) - set(DOMAINS))))

    mode_label = Counter((r["mode"], r["label"]) for r in records)
    for mode, (n_cons, n_inc) in EXPECTED_MODES.items():
        if mode_label[(mode, "consistent")] != n_cons or \
                mode_label[(mode, "inconsistent")] != n_inc:
            problems.append("mode %s: %d consistent / %d inconsistent" % (
                mode, mode_label[(mode, "consistent")],
                mode_label[(mode, "inconsistent")]))

    type_counts = Counter()
    for r in records:
        rid, ref, cand = r["id"], r["reference"], r["candidate"]
        if r["mode"] not in MODES:
            bad(rid, "bad mode %r" % r["mode"])
        for s, name in ((ref, "reference"), (cand, "candidate")):
            if "  " in s or s != s.strip():
                bad(rid, "%s has stray whitespace" % name)
        wc = n_words(ref)
        if not 70 <= wc <= 190:
            bad(rid, "reference has %d words" % wc)
        if r["mode"] == "summary" and not (
                len(cand) < len(ref) and n_words(cand) < wc):
            bad(rid, "summary not shorter than reference")
        if cand == ref:
            bad(rid, "candidate identical to reference")

        errs, traps = r["errors"], r["traps"]
        if r["label"] == "consistent":
            if errs:
                bad(rid, "consistent pair with errors")
            if not 3 <= len(traps) <= 5:
                bad(rid, "consistent pair has %d traps" % len(traps))
        else:
            if not 1 <= len(errs) <= 3:
                bad(rid, "inconsistent pair has %d errors" % len(errs))
            if len(traps) > 3:
                bad(rid, "inconsistent pair has %d traps" % len(traps))

        spans = []
        for e in errs:
            type_counts[e["type"]] += 1
            s, t = e["start"], e["end"]
            if e["type"] not in ERROR_TYPES:
                bad(rid, "bad error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad(rid, "bad severity %r" % e["severity"])
            if cand[s:t] != e["text"]:
                bad(rid, "error text/offset mismatch")
            if not (boundary_ok(cand, s) and boundary_ok(cand, t)):
                bad(rid, "error span cuts a word: %r" % e["text"])
            if e["type"] == "omission":
                if s != t or e["text"] != "":
                    bad(rid, "omission must be zero-width")
                if r["mode"] == "summary":
                    bad(rid, "omission in a summary")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(rid, "omission ref_text not in reference")
                elif e["ref_text"].lower() in cand.lower():
                    bad(rid, "omitted words present in candidate")
            else:
                if s >= t or not e["text"].strip():
                    bad(rid, "empty error span")
                if e["text"] != e["text"].strip():
                    bad(rid, "error span has outer whitespace")
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(rid, "%s must have null ref_text" % e["type"])
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(rid, "error ref_text not in reference: %r"
                            % e["ref_text"])
                    if e["ref_text"] == e["text"]:
                        bad(rid, "error text equals its ref_text")
                if e["type"] == "repetition":
                    first = cand.find(e["text"])
                    if first < 0 or first + len(e["text"]) > s:
                        bad(rid, "repetition without an earlier copy")
            spans.append((s, t, "error"))
        for tr in traps:
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"] or s >= t:
                bad(rid, "trap text/offset mismatch")
            if not (boundary_ok(cand, s) and boundary_ok(cand, t)):
                bad(rid, "trap span cuts a word: %r" % tr["text"])
            if tr["text"] != tr["text"].strip():
                bad(rid, "trap span has outer whitespace")
            if not tr["ref_text"] or tr["ref_text"] not in ref:
                bad(rid, "trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["text"] in ref:
                bad(rid, "trap text occurs verbatim in reference: %r"
                    % tr["text"])
            spans.append((s, t, "trap"))
        # No overlaps (a zero-width omission may not sit strictly inside a span).
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    p, q = (a, b) if a[0] == a[1] else (b, a)
                    if q[0] < p[0] < q[1]:
                        bad(rid, "omission point inside a span")
                elif a[0] < b[1] and b[0] < a[1]:
                    bad(rid, "overlapping spans %r %r" % (a, b))

    if sum(type_counts.values()) != sum(EXPECTED_TYPE_COUNTS.values()):
        problems.append("total errors %d" % sum(type_counts.values()))
    for t in ERROR_TYPES:
        if type_counts[t] < 2:
            problems.append("error type %s used %d times" % (t, type_counts[t]))
    if dict(type_counts) != EXPECTED_TYPE_COUNTS:
        problems.append("type counts %s differ from declared %s" % (
            dict(type_counts), EXPECTED_TYPE_COUNTS))
    if problems:
        raise AssertionError("\n".join(problems))


def report(records):
    print("pairs: %d" % len(records))
    print("labels:", dict(Counter(r["label"] for r in records)))
    print("mode x label:", dict(sorted(Counter(
        (r["mode"], r["label"]) for r in records).items())))
    errs = [e for r in records for e in r["errors"]]
    print("errors: %d" % len(errs))
    print("  by type:", dict(Counter(e["type"] for e in errs).most_common()))
    print("  by severity:", dict(Counter(e["severity"] for e in errs)))
    print("  errors per inconsistent pair:", dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    print("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    wcs = [n_words(r["reference"]) for r in records]
    print("reference words: min %d, max %d, mean %.1f" % (
        min(wcs), max(wcs), sum(wcs) / len(wcs)))


def main(argv):
    check_only = "--check" in argv[1:]
    records = build_records()
    validate(records)
    report(records)
    if check_only:
        print("check passed; nothing written")
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "set124.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
