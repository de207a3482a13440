#!/usr/bin/env python3
"""Held-out evaluation set 174 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper session that saw no code and no
data of the project (and no existing benchmark); it worked only from a written
brief.  All people, companies, organisations, places and figures are invented
(real countries appear only as background).  The cases are held here as Python
data; every character offset is computed by this script by string search
(an occurrence index is given where a quoted text repeats), and the whole set
is validated before /work/heldout/set174.jsonl is written.

    python3 make_set174.py           validate and write set174.jsonl
    python3 make_set174.py --check   validate only, write nothing

Composition
-----------
* 40 pairs, one domain each: 20 consistent, 20 inconsistent.
* Modes: 20 rewrites, 10 summaries, 10 translations; half of each mode is
  consistent.  Translation pairs are two independent English renderings of
  one non-English story.
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
  two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2, addition 2, repetition 2.
  Omissions occur only in rewrite and translation pairs.
* Severities: 8 minor, 20 major, 2 critical.
* Traps (faithful rewordings a naive checker might flag): 3-5 in each
  consistent pair (91), 1-3 in each inconsistent pair (52); 143 in all.
* References are 103-131 words (limit 70-190), in news / agency /
  corporate / official register; summaries are shorter than their references.
"""

import json
import os
import re
import sys

N = 174
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "musician's focal dystonia", "high hedges complaint", "batik wax resist",
    "sexed semen uptake", "horsehair upholstery stuffing", "licensed drift mine",
    "Cornish fogou", "medieval tally sticks", "Seville orange marmalade",
    "3D printed prosthetic hands", "steel punchcutting",
    "community gamelan orchestra", "hagfish slime", "Epiphany cross diving",
    "Sheffield little mesters", "cultural property export bar",
    "Obon lantern floating", "CubeSat school project",
    "Ponseti clubfoot casting", "Bawming the Thorn", "tronc tip scheme",
    "collotype printing", "clotted cream scalding", "dendrochronology dating",
    "hand-arm vibration syndrome", "sin eater custom", "bird strike radar",
    "fisherman's gansey", "ocularist artificial eyes",
    "catastrophe bond trigger", "lift overspeed governor", "Kendal mint cake",
    "harpsichord quill voicing", "risograph print studio",
    "veteran tree survey", "consistory court faculty",
    "general average declaration", "box blight", "farmer's lung",
    "sycamore poisoning horses",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}


# --------------------------------------------------------------------------
# helpers for writing cases (no offsets are typed anywhere)
# --------------------------------------------------------------------------
def E(text, etype, severity, ref_text=None, occ=None):
    """An error span quoted from the candidate."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref_text, "occ": occ}


def OM(anchor, ref_text, severity, side="after", occ=None):
    """An omission: zero-width point at the end (or start) of `anchor`."""
    return {"kind": "omission", "anchor": anchor, "side": side,
            "type": "omission", "severity": severity,
            "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}


CASES = []

# ==========================================================================
# REWRITES - consistent
# ==========================================================================
CASES.append(case(
    "horsehair upholstery stuffing", "rewrite", "consistent",
    "Halvern Upholstery Guild has secured a £48,000 grant from the Marlowe "
    "Heritage Trust to train six apprentices in traditional horsehair stuffing "
    "over the next two years. The guild, based in Ettingford, said the "
    "technique, in which curled horsehair is hand-teased and stitched into "
    "place beneath the top cover, was now practised by fewer than 20 workshops "
    "in the country. Guild chair Miriam Castellow said the apprentices would "
    "restore chairs from local churches and almshouses as part of their "
    "training. 'Synthetic foam lasts perhaps fifteen years; a properly stuffed "
    "hair seat can last a century,' she said. The first intake is expected to "
    "begin in September, and applications close on 14 June.",
    "Six apprentices will learn traditional horsehair stuffing over a two-year "
    "programme after the Halvern Upholstery Guild won a £48,000 grant from the "
    "Marlowe Heritage Trust. According to the Ettingford-based guild, fewer "
    "than 20 workshops nationwide still use the method, which involves teasing "
    "curled horsehair by hand and stitching it in place under the top cover. "
    "As part of their training, the recruits will restore chairs belonging to "
    "local churches and almshouses, said Miriam Castellow, who chairs the "
    "guild. She noted that while synthetic foam might last around fifteen "
    "years, a seat stuffed properly with hair could last a hundred years. "
    "Applications close on 14 June, and the first cohort is likely to start "
    "in September.",
    traps=[
        T("over a two-year programme", "over the next two years"),
        T("Ettingford-based guild", "based in Ettingford"),
        T("who chairs the guild", "Guild chair"),
        T("could last a hundred years", "can last a century"),
        T("is likely to start in September", "is expected to begin in September"),
    ]))

CASES.append(case(
    "Cornish fogou", "rewrite", "consistent",
    "Archaeologists from the Penwithen Field Unit have confirmed that a "
    "collapsed passage on Treloy Farm is a previously unrecorded fogou, an "
    "underground Iron Age structure whose purpose remains disputed. The "
    "passage, roughly 11 metres long, was found in March when a tractor broke "
    "through its roof during ploughing. Radiocarbon dates from charcoal in the "
    "floor suggest it was built between 400 and 200 BC. Unit director Dr "
    "Senara Polglase said it was too early to say whether the fogou had been "
    "used for storage, ritual or refuge. The farm's owners, Jory and Kensa "
    "Hendra, have agreed to leave the field unploughed while the site is "
    "assessed. Historic Kernow, the county heritage body, is expected to "
    "consider it for scheduled monument protection later this year.",
    "A passage that collapsed on Treloy Farm has been confirmed as a "
    "previously unrecorded fogou by archaeologists at the Penwithen Field "
    "Unit. Fogous are underground structures from the Iron Age, and what they "
    "were used for is still debated. The passage, which is about 11 metres in "
    "length, came to light in March after a tractor ploughing the field broke "
    "through its roof. Charcoal from its floor has yielded radiocarbon dates "
    "suggesting construction some time between 400 and 200 BC. According to "
    "Dr Senara Polglase, who directs the unit, it is too soon to tell whether "
    "the structure served for storage, ritual or refuge. Jory and Kensa "
    "Hendra, who own the farm, have agreed not to plough the field during the "
    "assessment, and the county heritage body, Historic Kernow, is likely to "
    "consider the site for scheduled monument protection later this year.",
    traps=[
        T("what they were used for is still debated", "whose purpose remains disputed"),
        T("about 11 metres in length", "roughly 11 metres long"),
        T("who directs the unit", "Unit director"),
        T("agreed not to plough the field", "agreed to leave the field unploughed"),
        T("is likely to consider the site", "is expected to consider it"),
    ]))

CASES.append(case(
    "steel punchcutting", "rewrite", "consistent",
    "The Ashcombe Type Foundry will reopen its punchcutting workshop next "
    "spring after more than three decades, the company announced on Monday. "
    "The workshop, where letter shapes are cut by hand into the ends of "
    "hardened steel bars, closed in 1993 when the foundry's last punchcutter, "
    "Walter Rendle, retired. Managing director Clare Ousby said the firm had "
    "recruited engraver Tomasz Wilk, who trained for four years under a master "
    "punchcutter abroad, to lead it. Each punch for a single character can "
    "take a skilled cutter up to two days. Ousby said the foundry planned to "
    "cut a complete roman alphabet, about 90 characters, by the end of 2026, "
    "and would sell type cast from the new punches to private presses.",
    "More than thirty years after it closed, the punchcutting workshop at the "
    "Ashcombe Type Foundry is to reopen next spring, the company said on "
    "Monday. It shut in 1993 on the retirement of Walter Rendle, the "
    "foundry's last punchcutter; in the workshop, letter shapes are cut by "
    "hand into the ends of hardened steel bars. To lead the revived workshop, "
    "the firm has hired Tomasz Wilk, an engraver who spent four years training "
    "abroad under a master punchcutter, according to managing director Clare "
    "Ousby. A skilled cutter may need as long as 48 hours to make the punch "
    "for one character. The foundry intends to cut a full roman alphabet of "
    "around 90 characters by the end of 2026, Ousby said, and will sell type "
    "cast from the new punches to private presses.",
    traps=[
        T("More than thirty years after it closed", "after more than three decades"),
        T("on the retirement of Walter Rendle",
          "when the foundry's last punchcutter, Walter Rendle, retired"),
        T("as long as 48 hours", "up to two days"),
        T("around 90 characters", "about 90 characters"),
    ]))

CASES.append(case(
    "Bawming the Thorn", "rewrite", "consistent",
    "The annual Bawming of the Thorn in Hollinbrook will go ahead on Saturday "
    "21 June despite storm damage to the village's hawthorn, the parish "
    "council has confirmed. A large limb broke off the tree during gales in "
    "February, and an arboriculturist, Ruth Daventry, was called in to assess "
    "whether the rest of the tree was safe. Her report found the trunk sound "
    "but recommended that no ladders be rested against the crown this year. "
    "Council clerk Simon Marrable said pupils from Hollinbrook Primary School "
    "would therefore tie their ribbons and garlands only to the lower railings "
    "around the tree rather than to its branches. About 300 people attended "
    "last year's ceremony, which dates in its current form from a revival in "
    "the 1970s.",
    "Hollinbrook's yearly Bawming of the Thorn will take place as planned on "
    "Saturday 21 June, even though the village hawthorn was damaged in a "
    "storm, the parish council said. Gales in February tore a large limb from "
    "the tree, and arboriculturist Ruth Daventry was brought in to check "
    "whether the remainder was safe. She concluded that the trunk was sound, "
    "but advised against resting any ladders on the crown this year. As a "
    "result, children from Hollinbrook Primary School will tie their ribbons "
    "and garlands to the low railings surrounding the tree, not to its "
    "branches, according to Simon Marrable, the council's clerk. Last year "
    "roughly 300 people came to the ceremony, whose present form goes back to "
    "a revival in the 1970s.",
    traps=[
        T("will take place as planned", "will go ahead"),
        T("advised against resting any ladders on the crown",
          "recommended that no ladders be rested against the crown"),
        T("not to its branches", "rather than to its branches"),
        T("roughly 300 people came to the ceremony", "About 300 people attended"),
    ]))

CASES.append(case(
    "clotted cream scalding", "rewrite", "consistent",
    "Trevanion Dairy, a family-run creamery near Bodwenna, has been awarded a "
    "protected-method certificate for its clotted cream after inspectors "
    "confirmed it still scalds milk in shallow pans over water baths. The "
    "process involves heating full-fat milk slowly to about 80C and holding it "
    "there for roughly 45 minutes before leaving it to cool for up to 24 "
    "hours, so that a golden crust forms on top. Owner Lowenna Trevanion said "
    "the dairy produced around 1,200 tubs a week and employed 14 staff. Most "
    "commercial producers now use faster oven methods. The certificate, "
    "issued by the South-West Dairy Standards Board, is valid for three years "
    "and allows the dairy to use the phrase 'traditionally scalded' on its "
    "labels.",
    "Inspectors have confirmed that Trevanion Dairy, a family creamery close "
    "to Bodwenna, still makes its clotted cream by scalding milk in shallow "
    "pans set over water baths, earning it a protected-method certificate. "
    "Full-fat milk is warmed gradually to about 80C, kept at that temperature "
    "for around three-quarters of an hour and then left to cool for as long "
    "as a day, allowing a golden crust to develop. The dairy turns out roughly "
    "1,200 tubs each week and has 14 employees, said its owner, Lowenna "
    "Trevanion. Faster oven methods are now used by most commercial "
    "producers. Issued by the South-West Dairy Standards Board, the three-year "
    "certificate lets the dairy put the words 'traditionally scalded' on its "
    "labels.",
    traps=[
        T("around three-quarters of an hour", "roughly 45 minutes"),
        T("for as long as a day", "for up to 24 hours"),
        T("has 14 employees", "employed 14 staff"),
        T("Faster oven methods are now used by most commercial producers",
          "Most commercial producers now use faster oven methods"),
        T("the three-year certificate", "is valid for three years"),
    ]))

CASES.append(case(
    "sin eater custom", "rewrite", "consistent",
    "A parish register discovered in the loft of a former rectory at Cwm "
    "Aderyn contains what may be the earliest written reference to a sin "
    "eater in the district, according to the Gwenfro County Archive. The "
    "entry, dated 1687, records a payment of sixpence to 'a poor man who took "
    "bread and ale over the corpse' of a farmer named Ieuan Prys. Sin eaters "
    "were paid to consume food passed across a body, symbolically taking on "
    "the dead person's sins. Archivist Dr Heledd Morgan cautioned that the "
    "wording was ambiguous and might describe a charitable dole rather than "
    "the custom itself. The register has been cleaned and digitised and will "
    "go on public display at the archive from 3 November.",
    "What could be the district's oldest written mention of a sin eater has "
    "turned up in a parish register found in the loft of a former rectory at "
    "Cwm Aderyn, the Gwenfro County Archive says. Dated 1687, the entry notes "
    "that sixpence was paid to 'a poor man who took bread and ale over the "
    "corpse' of Ieuan Prys, a farmer. A sin eater was paid to eat food handed "
    "across a body, symbolically taking on the sins of the deceased. However, "
    "Dr Heledd Morgan, an archivist, warned that the entry was ambiguously "
    "worded and could refer to a charitable dole instead of the custom "
    "itself. After cleaning and digitisation, the register will be displayed "
    "to the public at the archive from 3 November.",
    traps=[
        T("What could be the district's oldest written mention",
          "what may be the earliest written reference"),
        T("sixpence was paid to", "records a payment of sixpence to"),
        T("could refer to a charitable dole instead of the custom itself",
          "might describe a charitable dole rather than the custom itself"),
        T("After cleaning and digitisation", "has been cleaned and digitised"),
    ]))

CASES.append(case(
    "ocularist artificial eyes", "rewrite", "consistent",
    "The Linford Eye Clinic has begun offering digitally printed artificial "
    "eyes, cutting the time patients wait for a prosthesis from about six "
    "weeks to ten days. Ocularist Priya Venn, who leads the service, said the "
    "clinic scans the patient's remaining eye and the empty socket, then "
    "prints the iris pattern onto a disc that is sealed inside an acrylic "
    "shell. Previously each iris was hand-painted, a process that required "
    "three or four fitting appointments. The clinic fitted 140 prostheses "
    "last year and expects demand to rise. Venn said hand-painting would "
    "still be offered to patients who prefer it. The new service cost "
    "£210,000 to set up and was funded by a legacy from a former patient, the "
    "clinic said.",
    "Patients at the Linford Eye Clinic now wait ten days rather than about "
    "six weeks for an artificial eye, after the clinic started providing "
    "prostheses made with digital printing. According to Priya Venn, the "
    "ocularist in charge of the service, both the patient's remaining eye and "
    "the empty socket are scanned, and the iris pattern is then printed on a "
    "disc which is sealed inside an acrylic shell. Until now, every iris was "
    "painted by hand, which meant three or four fitting appointments. Last "
    "year the clinic fitted 140 prostheses, and it anticipates that demand "
    "will grow. Patients who would rather have a hand-painted eye will still "
    "be able to choose one, Venn said. The clinic said the £210,000 needed to "
    "establish the service came from a legacy left by a former patient.",
    traps=[
        T("ten days rather than about six weeks", "from about six weeks to ten days"),
        T("the ocularist in charge of the service", "who leads the service"),
        T("it anticipates that demand will grow", "expects demand to rise"),
        T("Patients who would rather have a hand-painted eye will still be able "
          "to choose one",
          "hand-painting would still be offered to patients who prefer it"),
        T("the £210,000 needed to establish the service", "cost £210,000 to set up"),
    ]))

CASES.append(case(
    "harpsichord quill voicing", "rewrite", "consistent",
    "The Beckworth Conservatoire has commissioned harpsichord maker Anselm "
    "Vorley to revoice its 1760s double-manual instrument using bird quill "
    "plectra instead of the plastic ones fitted during a 1982 restoration. "
    "Each of the instrument's roughly 240 plectra will be cut from raven "
    "feathers supplied by licensed breeders and shaved by hand to adjust the "
    "strength of the pluck. Vorley estimated the work would take about five "
    "months. Head of early music Dr Fenella Arkwright said students had "
    "complained that the plastic plectra made the upper register sound "
    "harsh. The instrument will be unavailable for teaching until the work is "
    "complete, and a reopening recital is provisionally planned for March.",
    "Harpsichord maker Anselm Vorley has been commissioned by the Beckworth "
    "Conservatoire to revoice its double-manual harpsichord from the 1760s, "
    "replacing the plastic plectra installed when it was restored in 1982 with "
    "ones made from bird quill. About 240 plectra will each be cut from raven "
    "feathers sourced from licensed breeders and hand-shaved to fine-tune how "
    "strongly they pluck the strings. Vorley expects the job to take roughly "
    "five months. Students had complained that the upper register sounded "
    "harsh with the plastic plectra, said Dr Fenella Arkwright, who heads "
    "early music. Until the work is finished the instrument cannot be used "
    "for teaching; a recital to mark its return is tentatively scheduled for "
    "March.",
    traps=[
        T("has been commissioned by the Beckworth Conservatoire",
          "The Beckworth Conservatoire has commissioned"),
        T("About 240 plectra", "roughly 240 plectra"),
        T("roughly five months", "about five months"),
        T("who heads early music", "Head of early music"),
        T("tentatively scheduled for March", "provisionally planned for March"),
    ]))

CASES.append(case(
    "consistory court faculty", "rewrite", "consistent",
    "The consistory court of the Diocese of Marrowby has granted a faculty "
    "allowing St Aldhelm's Church in Upper Fennick to replace its Victorian "
    "pews with movable chairs, subject to conditions. In a written judgment "
    "published on 12 April, the chancellor, His Honour Judge Peter Lannock, "
    "said the parish had shown a clear need for more flexible space for "
    "community use. However, he ordered that four pews of the finest quality "
    "be retained at the west end of the nave and that the rest be offered "
    "first to other churches. The Fennick Heritage Society had objected, "
    "arguing the pews formed part of the church's original 1868 design. The "
    "parish estimates the work will cost £65,000.",
    "St Aldhelm's Church in Upper Fennick may swap its Victorian pews for "
    "movable chairs, but only under certain conditions, after the Diocese of "
    "Marrowby's consistory court granted a faculty. Judge Peter Lannock, the "
    "chancellor, wrote in a judgment published on 12 April that the parish "
    "had clearly demonstrated a need for more flexible space for use by the "
    "community. He nonetheless required the four best pews to be kept at the "
    "nave's west end, and the remainder to be offered to other churches "
    "before anyone else. The faculty had been opposed by the Fennick Heritage "
    "Society, which argued that the pews belonged to the church's original "
    "design of 1868. According to the parish's estimate, the project will "
    "cost £65,000.",
    traps=[
        T("the four best pews", "four pews of the finest quality"),
        T("offered to other churches before anyone else",
          "offered first to other churches"),
        T("The faculty had been opposed by the Fennick Heritage Society",
          "The Fennick Heritage Society had objected"),
        T("According to the parish's estimate, the project will cost £65,000",
          "The parish estimates the work will cost £65,000"),
    ]))

CASES.append(case(
    "fisherman's gansey", "rewrite", "consistent",
    "A knitting project in the harbour town of Portlethen Cove has recorded 37 "
    "traditional gansey patterns that had never been written down, the "
    "town's maritime museum said. Volunteers spent eighteen months visiting "
    "older knitters and photographing surviving jumpers, some more than a "
    "century old. Ganseys, close-fitting wool sweaters worn by fishermen, "
    "were knitted in the round on five needles, and each family often used "
    "its own combination of cables, ladders and diamonds. Museum curator "
    "Agnes Tulloch said several patterns had been identified only from "
    "photographs because the original garments had been lost. The patterns "
    "will be published in a free online archive in the autumn, and a printed "
    "book is planned for next year.",
    "Thirty-seven traditional gansey patterns that had never before been "
    "committed to paper have been documented by a knitting project in "
    "Portlethen Cove, a harbour town, according to its maritime museum. Over "
    "a year and a half, volunteers called on older knitters and photographed "
    "jumpers that had survived, a few of them over 100 years old. Ganseys are "
    "snug woollen sweaters that fishermen wore; they were knitted in the "
    "round using five needles, and families frequently had their own mix of "
    "cables, ladders and diamonds. Several patterns were identified from "
    "photographs alone because the original garments had been lost, said "
    "Agnes Tulloch, the museum's curator. A free online archive of the "
    "patterns will go live in the autumn, with a printed book planned for "
    "next year.",
    traps=[
        T("Thirty-seven", "37"),
        T("never before been committed to paper", "never been written down"),
        T("Over a year and a half", "spent eighteen months"),
        T("over 100 years old", "more than a century old"),
        T("from photographs alone", "only from photographs"),
    ]))

# ==========================================================================
# REWRITES - inconsistent
# ==========================================================================
CASES.append(case(
    "licensed drift mine", "rewrite", "inconsistent",
    "One of the last licensed drift mines in the Harrowdean Forest could "
    "close by the end of the year unless its owners find a buyer, the mine's "
    "operator has said. Brackley Level, a coal drift driven into the "
    "hillside in 1921, employs three free miners and produces about 400 "
    "tonnes of coal a year, mostly sold to heritage railways and "
    "blacksmiths. Operator Gareth Tewson, 68, said he hoped to pass the "
    "licence to a younger miner but that none of the applicants so far had "
    "the required experience. The Crown's deputy gaveller, who administers "
    "mining rights in the forest, said a transfer would need approval within "
    "90 days of an application. Only nine licensed mines remain in the area, "
    "compared with more than 100 in the 1950s.",
    "Brackley Level, one of the few remaining licensed drift mines in the "
    "Harrowdean Forest, will close by the end of the year unless a buyer is "
    "found, according to the mine's operator. Driven into the hillside in "
    "1921, the drift is worked by three free miners, who each produce about "
    "400 tonnes of coal a year, most of it sold to heritage railways and "
    "blacksmiths. Gareth Tewson, the 68-year-old operator, said he hoped to "
    "hand the licence on to a younger miner, but none of those who had "
    "applied so far had enough experience. Mining rights in the forest are "
    "administered by the Crown's deputy gaveller, who said any transfer would "
    "have to be approved within 90 days of an application being made. Just "
    "nine licensed mines are left in the area, down from over 100 in the "
    "1950s.",
    errors=[
        E("will close", "modality", "major", "could close"),
        E("each produce about 400 tonnes", "number", "major",
          "produces about 400 tonnes"),
    ],
    traps=[
        T("one of the few remaining licensed drift mines",
          "One of the last licensed drift mines"),
        T("the 68-year-old operator", "Operator Gareth Tewson, 68"),
        T("down from over 100 in the 1950s",
          "compared with more than 100 in the 1950s"),
    ]))

CASES.append(case(
    "medieval tally sticks", "rewrite", "inconsistent",
    "A split tally stick found during drainage works at Dunsford Priory has "
    "been dated to around 1290, making it one of the oldest surviving "
    "examples in the region, the Ouseland Archaeological Trust said. Tally "
    "sticks recorded debts: notches were cut across a hazel stick, which was "
    "then split lengthways so that the creditor and the debtor each kept a "
    "matching half. Ink on this stick names Prior Walter of Dunsford as "
    "owing eleven shillings to a wool merchant, Hugh le Tanner. Trust finds "
    "officer Megan Colquhoun said waterlogged soil had preserved the wood. "
    "The stick will be conserved over the next year before going on display "
    "at the Ouseland Museum.",
    "Drainage works at Dunsford Priory have uncovered a split tally stick "
    "dated to about 1290, which the Ouseland Archaeological Trust says makes "
    "it one of the region's oldest surviving examples. Tallies were a way of "
    "recording debts: notches were cut across a hazel stick, which was then "
    "split down its length so that the debtor and the creditor each held one "
    "of two matching halves. An ink inscription on this stick records that "
    "Hugh le Tanner, a wool merchant, owed eleven shillings to Prior Walter "
    "of Dunsford. Megan Colquhoun, the trust's finds officer, said the wood "
    "had survived because the soil was waterlogged. The stick is to be "
    "conserved over the coming year and will then go on display at the "
    "Ouseland Museum. Megan Colquhoun, the trust's finds officer, said the "
    "wood had survived because the soil was waterlogged.",
    errors=[
        E("Hugh le Tanner, a wool merchant, owed eleven shillings to Prior "
          "Walter of Dunsford", "role", "major",
          "Prior Walter of Dunsford as owing eleven shillings to a wool "
          "merchant, Hugh le Tanner"),
        E("Megan Colquhoun, the trust's finds officer, said the wood had "
          "survived because the soil was waterlogged.", "repetition", "minor",
          None, occ=1),
    ],
    traps=[
        T("one of the region's oldest surviving examples",
          "one of the oldest surviving examples in the region"),
        T("split down its length", "split lengthways"),
    ]))

CASES.append(case(
    "3D printed prosthetic hands", "rewrite", "inconsistent",
    "Students at Kelbridge University's engineering school have delivered 52 "
    "3D-printed prosthetic hands to children in the past year through a "
    "volunteer scheme run with the Lantern Limb Charity. The hands, which are "
    "body-powered and close when the child bends their wrist, cost about £40 "
    "each in materials, compared with several thousand pounds for a "
    "commercial myoelectric device. Project lead Dr Aisha Rahman said "
    "children outgrow prostheses quickly, so the low cost meant a new hand "
    "could be printed every six to twelve months. Each design is adjusted to "
    "measurements supplied by the family's clinician. The charity said it "
    "hoped to extend the scheme to two more universities next year, subject "
    "to funding.",
    "Over the past year, students at Kelbridge University's medical school "
    "have supplied 52 3D-printed prosthetic hands to children, at no cost to "
    "their families, through a volunteer scheme run with the Lantern Limb "
    "Charity. The body-powered hands close when the child bends their wrist, "
    "and the materials for each one cost around £40, against several "
    "thousand pounds for a commercial myoelectric device. Because children "
    "grow out of prostheses fast, the low cost means a new hand can be "
    "printed every six months to a year, said Dr Aisha Rahman, who leads the "
    "project. Every design is tailored to measurements provided by the "
    "family's clinician. The charity hopes to expand the scheme to two "
    "further universities next year if funding allows.",
    errors=[
        E("medical school", "entity", "minor", "engineering school"),
        E("at no cost to their families", "addition", "major", None),
    ],
    traps=[
        T("against several thousand pounds", "compared with several thousand pounds"),
        T("every six months to a year", "every six to twelve months"),
        T("if funding allows", "subject to funding"),
    ]))

CASES.append(case(
    "community gamelan orchestra", "rewrite", "inconsistent",
    "The Wexcombe Community Gamelan, one of the few amateur gamelan ensembles "
    "in the region, is looking for a new home after the arts centre that has "
    "housed its instruments since 2009 announced it would close in July. The "
    "orchestra's set of about 30 bronze gongs and metallophones, made in "
    "Central Java and bought with a lottery grant, weighs more than two "
    "tonnes and cannot easily be moved. Musical director Owen Pask said the "
    "group, which has around 40 members aged from 9 to 82, needed a "
    "ground-floor room of at least 60 square metres. He said the ensemble "
    "would be unable to rehearse from August until a venue was found. The "
    "town council said it was reviewing two possible sites.",
    "After the arts centre where its instruments have been kept since 2009 "
    "said it would shut in July, the Wexcombe Community Gamelan, one of the "
    "region's few amateur gamelan groups, is searching for somewhere new. Its "
    "roughly 30 bronze gongs and metallophones, which were made in Central "
    "Java and paid for with a lottery grant, weigh over two tonnes in total "
    "and are hard to move. The ensemble has about 40 members, ranging in age "
    "from 9 to 82, and needs a room on the ground floor, musical director "
    "Owen Pask said. Until a venue is found, he said, the group will not be "
    "able to rehearse from August onwards. The town council said two "
    "possible sites were under review.",
    errors=[
        OM("needs a room on the ground floor", "of at least 60 square metres",
           "major"),
    ],
    traps=[
        T("weigh over two tonnes in total", "weighs more than two tonnes"),
        T("ranging in age from 9 to 82", "aged from 9 to 82"),
        T("two possible sites were under review", "it was reviewing two possible sites"),
    ]))

CASES.append(case(
    "Sheffield little mesters", "rewrite", "inconsistent",
    "One of the last little mesters' workshops in the city's old cutlery "
    "quarter has been saved from demolition after a developer agreed to "
    "incorporate it into a housing scheme. The two-storey building on "
    "Wheelwright Lane, where self-employed craftsmen rented benches to grind "
    "and finish knives, was built in 1853 and last used commercially in "
    "2011. Harland Estates will restore the grinding hull once the first "
    "phase of flats is complete and open it to visitors on at least twelve "
    "days a year, under an agreement approved by the city planning committee "
    "on Tuesday. Conservation officer Rachel Hebden said the building was "
    "not listed, which had left it vulnerable. The developer did not "
    "disclose the cost of the restoration.",
    "A developer has agreed to build one of the last little mesters' "
    "workshops in the city's old cutlery quarter into a housing scheme, "
    "saving it from demolition. Self-employed craftsmen once rented benches "
    "in the two-storey Wheelwright Lane building to grind and finish knives; "
    "it dates from 1853 and was last used commercially in 2011. Under an "
    "agreement the city planning committee approved on Tuesday, Harland "
    "Estates will restore the grinding hull before building the first phase "
    "of flats, and will open it to visitors on a minimum of twelve days each "
    "year. Rachel Hebden, a conservation officer, said that despite being "
    "listed the building had been vulnerable. The cost of the restoration "
    "was not disclosed by the developer.",
    errors=[
        E("before building the first phase of flats", "date", "major",
          "once the first phase of flats is complete"),
        E("despite being listed", "polarity", "major", "was not listed"),
    ],
    traps=[
        T("it dates from 1853", "was built in 1853"),
        T("on a minimum of twelve days each year", "on at least twelve days a year"),
        T("The cost of the restoration was not disclosed by the developer",
          "The developer did not disclose the cost of the restoration"),
    ]))

CASES.append(case(
    "collotype printing", "rewrite", "inconsistent",
    "The Farrowgate Press, one of the last studios in Europe still printing "
    "by collotype, has won a contract to reproduce 120 botanical watercolours "
    "from the collection of the Aldous Botanic Library. Collotype uses a "
    "glass plate coated with light-sensitive gelatine and can reproduce "
    "continuous tone without a visible dot screen. Press director Ilse "
    "Marten said each plate could produce only a few hundred impressions "
    "before the gelatine wore out. The library's keeper of art, Dr Julian "
    "Fenn, said the originals were too fragile to lend and that the "
    "facsimiles would be used in a touring exhibition opening in October. "
    "The contract is worth £85,000, according to the library's published "
    "accounts.",
    "The Aldous Botanic Library has awarded a contract to reproduce 120 "
    "botanical watercolours from its collection to the Farrowgate Press, one "
    "of the last studios in Europe still using collotype. The process relies "
    "on a glass plate coated with light-sensitive gelatine, and it can render "
    "continuous tone with no visible dot screen. Each plate can yield only a "
    "few hundred impressions before the gelatine wears out, according to Dr "
    "Julian Fenn, the library's keeper of art, who said the originals were "
    "too fragile to be lent and that the facsimiles would feature in a "
    "touring exhibition opening in October. The library's published accounts "
    "put the value of the contract at £85,000.",
    errors=[
        E("according to Dr Julian Fenn", "attribution", "major",
          "Press director Ilse Marten said"),
    ],
    traps=[
        T("The Aldous Botanic Library has awarded a contract", "has won a contract"),
        T("with no visible dot screen", "without a visible dot screen"),
        T("put the value of the contract at £85,000", "The contract is worth £85,000"),
    ]))

CASES.append(case(
    "dendrochronology dating", "rewrite", "inconsistent",
    "Tree-ring analysis has shown that the roof timbers of the Old Tithe Barn "
    "at Kesworth were felled in the winter of 1412-13, about 150 years "
    "earlier than the date given in the barn's listing description. "
    "Dendrochronologist Dr Maren Holt of the Calder Dating Laboratory took "
    "core samples from 18 oak beams, 14 of which could be matched to "
    "regional reference chronologies. The results indicate the barn was "
    "built as a single campaign rather than enlarged over time, she said. "
    "The Kesworth Barn Trust, which owns the building, commissioned the "
    "study ahead of a £300,000 repair programme and said it would ask for "
    "the listing to be updated.",
    "The roof timbers of Kesworth's Old Tithe Barn were put up in the winter "
    "of 1412-13, according to tree-ring analysis, some 150 years before the "
    "date stated in the barn's listing description. Dr Maren Holt, a "
    "dendrochronologist at the Calder Dating Laboratory, took cores from 18 "
    "oak beams, four of which could be matched to regional reference "
    "chronologies. She said the findings suggest the barn was constructed in "
    "one campaign and not extended over time. The study was commissioned by "
    "the Kesworth Barn Trust, the building's owner, ahead of a £300,000 "
    "programme of repairs, and the trust said it would seek to have the "
    "listing updated.",
    errors=[
        E("were put up", "event", "major", "were felled"),
        E("four of which could be matched", "number", "minor",
          "14 of which could be matched"),
    ],
    traps=[
        T("some 150 years before", "about 150 years earlier than"),
        T("constructed in one campaign and not extended over time",
          "built as a single campaign rather than enlarged over time"),
        T("The study was commissioned by the Kesworth Barn Trust",
          "The Kesworth Barn Trust, which owns the building, commissioned the study"),
    ]))

CASES.append(case(
    "Kendal mint cake", "rewrite", "inconsistent",
    "Fellgate Confectioners, a family firm that has made Kendal mint cake "
    "since 1919, is to double production after signing a supply deal with an "
    "outdoor retailer, Summit & Scree. The company currently makes about 25 "
    "tonnes of the sugar-and-peppermint bar a year at its single factory and "
    "will add a second boiling line by the spring. Managing director Helen "
    "Arnside said the deal would create eight jobs. Mint cake is made by "
    "boiling sugar, glucose and water, adding peppermint oil and stirring "
    "until the mixture begins to crystallise before it is poured into "
    "moulds. The firm said it would keep its original recipe and that its "
    "brown and white varieties would continue to be sold under its own "
    "brand.",
    "Fellgate Confectioners, which has been making Kendal mint cake since "
    "1919, is to double its annual output to around 25 tonnes after agreeing "
    "a supply deal with the outdoor retailer Summit & Scree. A second "
    "boiling line will be added at the family firm's only factory by the "
    "spring, and the deal will create eight jobs, managing director Helen "
    "Arnside said. To make mint cake, sugar, glucose and water are boiled, "
    "peppermint oil is added and the mixture is stirred until it starts to "
    "crystallise, after which it is poured into moulds. The company said it "
    "would stick to its original recipe, and its brown and white varieties "
    "would still be sold under its own brand. The deal will create eight "
    "jobs, managing director Helen Arnside said.",
    errors=[
        E("double its annual output to around 25 tonnes", "number", "major",
          "about 25 tonnes"),
        E("The deal will create eight jobs, managing director Helen Arnside "
          "said.", "repetition", "minor", None),
    ],
    traps=[
        T("the family firm's only factory", "its single factory"),
        T("would stick to its original recipe", "would keep its original recipe"),
    ]))

CASES.append(case(
    "risograph print studio", "rewrite", "inconsistent",
    "Inkwell Yard, a community risograph studio in the Canal Street arts "
    "quarter of Brindlemouth, may have to leave its premises after its "
    "landlord applied to convert the building into flats. The studio, set up "
    "in 2017 by printmakers Dana Okafor and Lewis Brand, runs open-access "
    "sessions where members pay £12 an hour to print zines and posters on "
    "its three risograph machines. Risograph printers work like a mechanised "
    "stencil process, printing one colour at a time with soy-based inks. "
    "Okafor said the studio had about 260 members and that a move could cost "
    "up to £15,000. The city council's planning committee is due to decide "
    "on the application next month.",
    "Inkwell Yard, a community risograph studio in Brindlemouth's Canal "
    "Street arts quarter, is being forced out of its premises after its "
    "landlord applied to turn the building into flats. Printmakers Dana "
    "Okafor and Lewis Brand founded the studio in 2017; members pay £12 an "
    "hour at open-access sessions to print zines and posters on its three "
    "risograph machines. The machines work rather like a mechanised stencil, "
    "laying down one colour at a time in soy-based ink. According to Okafor, "
    "the studio has around 260 members, and moving could cost as much as "
    "£15,000. A decision on the application is expected from the city "
    "council's planning committee next month.",
    errors=[
        E("is being forced out of", "modality", "major", "may have to leave"),
    ],
    traps=[
        T("Printmakers Dana Okafor and Lewis Brand founded the studio in 2017",
          "set up in 2017 by printmakers Dana Okafor and Lewis Brand"),
        T("as much as £15,000", "up to £15,000"),
        T("is expected from the city council's planning committee next month",
          "is due to decide on the application next month"),
    ]))

CASES.append(case(
    "box blight", "rewrite", "inconsistent",
    "Gardeners at Haddesley Hall have removed 400 metres of box hedging from "
    "the house's parterre after box blight and box tree caterpillar damaged "
    "more than half of the plants. Head gardener Tom Rushby said the fungus "
    "had spread rapidly during the wet summer. The hedges, planted in 1905, "
    "will be replaced with a blight-resistant evergreen, Ilex crenata, which "
    "the Haddesley Hall Trust approved in January after trials by the "
    "Burrowfield Horticultural College. Rushby said the college had lent two "
    "students to help with the replanting, which is due to be finished by "
    "October. The garden will remain open to visitors during the work.",
    "More than half of the box plants in Haddesley Hall's parterre were "
    "damaged by box blight and box tree caterpillar, and gardeners have now "
    "taken out 400 metres of the hedging. The fungus spread quickly in the "
    "wet summer, said Tom Rushby, the head gardener. The hedges, which date "
    "from 1905, are to be replaced with Ilex crenata, a blight-resistant "
    "evergreen approved in January by the Burrowfield Horticultural College "
    "following trials by the Haddesley Hall Trust. Two students lent by the "
    "college are helping with the replanting, which should be completed by "
    "October, Rushby said. Visitors will still be able to see the garden "
    "while the work is going on.",
    errors=[
        E("the Burrowfield Horticultural College following trials by the "
          "Haddesley Hall Trust", "role", "major",
          "the Haddesley Hall Trust approved in January after trials by the "
          "Burrowfield Horticultural College"),
    ],
    traps=[
        T("which date from 1905", "planted in 1905"),
        T("should be completed by October", "is due to be finished by October"),
        T("Visitors will still be able to see the garden while the work is "
          "going on", "The garden will remain open to visitors during the work"),
    ]))

# ==========================================================================
# SUMMARIES - consistent
# ==========================================================================
CASES.append(case(
    "musician's focal dystonia", "summary", "consistent",
    "A specialist clinic for musicians with focal dystonia will open at the "
    "Harwell Street Hospital in Carrowby next month, the hospital trust "
    "announced on Wednesday. Focal dystonia causes involuntary muscle "
    "contractions, typically in the hand or embouchure, and can end a "
    "performer's career. The clinic will combine neurology, physiotherapy "
    "and retraining with music teachers, and will initially see up to 60 "
    "patients a year. Consultant neurologist Dr Imogen Sayle said an "
    "estimated one in 100 professional musicians develop the condition, "
    "often in their thirties, and that many wait years for a diagnosis "
    "because early symptoms are mistaken for poor technique. The service is "
    "funded for three years by a £900,000 donation from the Orrin "
    "Foundation, a charity set up by a former orchestral pianist.",
    "Harwell Street Hospital in Carrowby will open a clinic next month for "
    "musicians with focal dystonia, a condition of involuntary muscle "
    "contractions that can end careers. Combining neurology, physiotherapy "
    "and retraining with music teachers, it will at first take as many as 60 "
    "patients a year. Dr Imogen Sayle, a consultant neurologist, said an "
    "estimated 1% of professional musicians develop the condition, and "
    "diagnosis is often delayed for years because early signs are mistaken "
    "for poor technique. A £900,000 donation from the Orrin Foundation funds "
    "the service for three years.",
    traps=[
        T("at first take as many as 60 patients a year",
          "initially see up to 60 patients a year"),
        T("an estimated 1% of professional musicians",
          "an estimated one in 100 professional musicians"),
        T("diagnosis is often delayed for years", "many wait years for a diagnosis"),
        T("A £900,000 donation from the Orrin Foundation funds the service for "
          "three years",
          "funded for three years by a £900,000 donation from the Orrin Foundation"),
    ]))

CASES.append(case(
    "CubeSat school project", "summary", "consistent",
    "A CubeSat built by pupils at Merrowfield Academy is scheduled to be "
    "launched into orbit in November aboard a commercial rocket, after "
    "passing vibration and thermal tests at the Tollard Space Centre last "
    "week. The 10-centimetre cube, named Kestrel-1, carries a camera and a "
    "sensor to measure radiation in low Earth orbit. About 35 students aged "
    "14 to 18 have worked on the satellite over three years, supported by "
    "engineers from the aerospace firm Verity Dynamics. Physics teacher Mark "
    "Oyelaran said the launch slot had been provided free under a national "
    "education scheme. Once in orbit, the satellite will transmit data to a "
    "ground station on the school roof, and pupils will share the images "
    "with other schools. It is expected to operate for about 18 months "
    "before re-entering the atmosphere.",
    "Kestrel-1, a 10cm CubeSat built by around 35 Merrowfield Academy pupils "
    "over three years with help from Verity Dynamics engineers, is due to "
    "launch in November after passing tests at the Tollard Space Centre. "
    "Carrying a camera and a radiation sensor, it will send data to a ground "
    "station on the school roof and should operate for roughly a year and a "
    "half before re-entering the atmosphere.",
    traps=[
        T("10cm CubeSat", "10-centimetre cube"),
        T("around 35 Merrowfield Academy pupils", "About 35 students"),
        T("is due to launch in November",
          "is scheduled to be launched into orbit in November"),
        T("should operate for roughly a year and a half",
          "is expected to operate for about 18 months"),
    ]))

CASES.append(case(
    "hand-arm vibration syndrome", "summary", "consistent",
    "A road maintenance contractor has been fined £240,000 after 11 of its "
    "workers developed hand-arm vibration syndrome from prolonged use of "
    "breakers and compactor plates. Stanwick Magistrates' Court heard that "
    "Orlett Highways Ltd failed to assess the risks of vibrating tools "
    "between 2016 and 2021 and did not provide health surveillance, so early "
    "symptoms such as tingling and whitening of the fingers went unreported. "
    "Two of the men have been left unable to continue working with tools. "
    "The company, which pleaded guilty to breaching health and safety "
    "regulations, was also ordered to pay £18,500 in costs. Inspector Laura "
    "Penhale of the National Workplace Safety Authority said the condition "
    "was permanent but entirely preventable.",
    "Road maintenance contractor Orlett Highways Ltd must pay a £240,000 fine "
    "plus £18,500 costs after 11 of its workers developed hand-arm vibration "
    "syndrome, two of whom can no longer work with tools. The court heard "
    "that, from 2016 to 2021, the firm, which admitted breaching health and "
    "safety regulations, neither assessed the risks from vibrating tools nor "
    "provided health surveillance. An inspector said the condition was "
    "permanent but entirely preventable.",
    traps=[
        T("plus £18,500 costs", "was also ordered to pay £18,500 in costs"),
        T("two of whom can no longer work with tools",
          "Two of the men have been left unable to continue working with tools"),
        T("admitted breaching health and safety regulations",
          "pleaded guilty to breaching health and safety regulations"),
        T("neither assessed the risks from vibrating tools nor provided health "
          "surveillance",
          "failed to assess the risks of vibrating tools between 2016 and 2021 "
          "and did not provide health surveillance"),
    ]))

CASES.append(case(
    "veteran tree survey", "summary", "consistent",
    "A two-year survey of veteran trees on the Ardleigh Estate has recorded "
    "1,146 trees of special interest, including 87 oaks estimated to be more "
    "than 500 years old, the estate's owners, the Ardleigh Land Trust, said "
    "on Friday. Volunteers measured girth, mapped hollows and deadwood, and "
    "logged fungi and beetles that depend on ancient timber. The survey found "
    "that about a fifth of the veteran trees were under stress from soil "
    "compaction caused by livestock and vehicles. The trust said it would "
    "fence off root zones around the most threatened trees over the next "
    "three years and reroute two farm tracks. Ecologist Dr Niamh Corrigan, "
    "who led the survey, said the estate probably held one of the largest "
    "concentrations of ancient oaks in the county.",
    "The Ardleigh Land Trust's two-year survey of veteran trees on its estate "
    "logged 1,146 of special interest, among them 87 oaks thought to be over "
    "500 years old. Around 20% were found to be stressed by soil compaction "
    "from livestock and vehicles, so the trust plans to fence root zones "
    "around the most at-risk trees during the next three years and divert "
    "two farm tracks. Survey leader Dr Niamh Corrigan said the estate "
    "probably has one of the county's biggest concentrations of ancient oaks.",
    traps=[
        T("thought to be over 500 years old",
          "estimated to be more than 500 years old"),
        T("Around 20%", "about a fifth"),
        T("divert two farm tracks", "reroute two farm tracks"),
        T("Survey leader Dr Niamh Corrigan",
          "Dr Niamh Corrigan, who led the survey"),
        T("one of the county's biggest concentrations of ancient oaks",
          "one of the largest concentrations of ancient oaks in the county"),
    ]))

CASES.append(case(
    "lift overspeed governor", "summary", "consistent",
    "An investigation into a lift incident at the Carrick Tower office block "
    "in Dunmore found that the car's overspeed governor had been fitted with "
    "an incorrectly sized rope, delaying activation of the safety gear. The "
    "lift, carrying four people, descended about two floors faster than "
    "normal before the brakes engaged on 9 May; nobody was seriously hurt. "
    "The report by the Lift Safety Inspectorate said the rope had been "
    "replaced during maintenance in January by Valtor Elevators, which has "
    "since inspected 38 other lifts it services and found no similar faults. "
    "The inspectorate recommended that governor ropes be checked against "
    "manufacturer specifications at every service. Valtor said it accepted "
    "the findings in full.",
    "Investigators have blamed a wrongly sized overspeed governor rope, "
    "fitted by Valtor Elevators during January maintenance, for delaying the "
    "safety gear when a lift carrying four people at Dunmore's Carrick Tower "
    "dropped roughly two floors too fast on 9 May, causing no serious "
    "injuries. Valtor, which has found no similar faults in 38 other lifts it "
    "services, accepted the inspectorate's findings in full.",
    traps=[
        T("a wrongly sized overspeed governor rope", "an incorrectly sized rope"),
        T("dropped roughly two floors too fast",
          "descended about two floors faster than normal"),
        T("causing no serious injuries", "nobody was seriously hurt"),
        T("which has found no similar faults in 38 other lifts it services",
          "has since inspected 38 other lifts it services and found no similar "
          "faults"),
    ]))

# ==========================================================================
# SUMMARIES - inconsistent
# ==========================================================================
CASES.append(case(
    "high hedges complaint", "summary", "inconsistent",
    "A homeowner in Pellbury has been ordered to cut a 9-metre leylandii "
    "hedge down to 3.5 metres after a neighbour's complaint was upheld by "
    "Marsden Vale District Council. The council's high hedges officer found "
    "that the hedge, which runs for 22 metres along the boundary, blocked "
    "light to the neighbour's kitchen and garden for most of the day. The "
    "owner, Graham Tillet, has until 31 August to carry out the work and "
    "must then keep the hedge at that height. He can appeal to the planning "
    "inspectorate within 28 days of the notice being issued on 2 June. "
    "Failure to comply is a criminal offence carrying a fine of up to "
    "£1,000. Mr Tillet said he was considering an appeal.",
    "Marsden Vale District Council has upheld a neighbour's complaint and "
    "ordered Pellbury homeowner Graham Tillet to reduce his 9-metre "
    "leylandii hedge to 3.5 metres, finding it blocked light to the "
    "neighbour's kitchen and garden for most of the day. He must cut the "
    "hedge within 28 days and keep it at that height, or face a criminal "
    "fine of up to £1,000. Mr Tillet, who has lived at the property for 30 "
    "years, is considering an appeal.",
    errors=[
        E("within 28 days", "date", "major", "until 31 August"),
        E("who has lived at the property for 30 years", "addition", "minor", None),
    ],
    traps=[
        T("has upheld a neighbour's complaint", "a neighbour's complaint was upheld"),
        T("reduce his 9-metre leylandii hedge to 3.5 metres",
          "cut a 9-metre leylandii hedge down to 3.5 metres"),
    ]))

CASES.append(case(
    "cultural property export bar", "summary", "inconsistent",
    "The culture minister, Rhona Baird, has placed a temporary export bar on "
    "a 17th-century silver-gilt ewer to give a domestic institution the "
    "chance to buy it for the nation. The decision follows a recommendation "
    "from the Reviewing Committee on Cultural Objects, which found the ewer "
    "to be of outstanding significance for the study of goldsmiths' work. "
    "Made in 1652 by the goldsmith Edward Hollin, the ewer was sold to an "
    "overseas buyer for £1.4m. The export licence will be deferred until 18 "
    "December, and may be extended by a further four months if a serious "
    "intention to raise funds is expressed. Committee member Professor Alan "
    "Greave said the piece was 'the finest surviving example of Hollin's "
    "embossed work'.",
    "Culture minister Rhona Baird has temporarily barred the export of a "
    "silver-gilt ewer made by Edward Hollin in 1652 and sold to a foreign "
    "buyer for £1.4m, following a committee recommendation. The minister "
    "described the ewer as 'the finest surviving example of Hollin's "
    "embossed work'. The licence decision is deferred until 18 December, "
    "with a possible four-month extension if a serious intention to raise "
    "funds is declared.",
    errors=[
        E("The minister described the ewer as", "attribution", "major",
          "Committee member Professor Alan Greave said"),
    ],
    traps=[
        T("sold to a foreign buyer", "sold to an overseas buyer"),
        T("a possible four-month extension",
          "may be extended by a further four months"),
    ]))

CASES.append(case(
    "tronc tip scheme", "summary", "inconsistent",
    "Staff at the Brassica Group's 14 restaurants will receive all card tips "
    "through an independently run tronc scheme from 1 April, the company has "
    "said, after a dispute with employees over deductions. Until now the "
    "group has kept 10% of card tips to cover what it described as "
    "administration costs. Under the new arrangement, a troncmaster elected "
    "by staff will allocate the money, and managers will not be eligible for "
    "a share. The Hospitality Workers' Union said the change followed a "
    "petition signed by more than 600 workers. Chief executive Martin Greaves "
    "said the company would not take any deduction from tips in future and "
    "that payments would not be subject to national insurance contributions.",
    "From 1 April, all card tips at Brassica Group's 14 restaurants will be "
    "paid to staff via an independent tronc scheme, ending its practice of "
    "keeping 10% for what it called administration costs. A staff-elected "
    "troncmaster will share out the money, with managers also eligible for "
    "a portion. The change followed a petition signed by over 600 workers, "
    "according to the Hospitality Workers' Union.",
    errors=[
        E("with managers also eligible for a portion", "polarity", "critical",
          "managers will not be eligible for a share"),
    ],
    traps=[
        T("keeping 10% for what it called administration costs",
          "kept 10% of card tips to cover what it described as administration "
          "costs"),
        T("A staff-elected troncmaster", "a troncmaster elected by staff"),
        T("over 600 workers", "more than 600 workers"),
    ]))

CASES.append(case(
    "general average declaration", "summary", "inconsistent",
    "The owners of the container ship Meridian Crest have declared general "
    "average after a fire in one of its holds off the coast of Portugal last "
    "month, meaning cargo owners will have to contribute to the cost of "
    "saving the vessel. Under the maritime principle, losses deliberately "
    "incurred to save a ship and its cargo are shared between the shipowner "
    "and all cargo interests in proportion to their value. The fire, which "
    "began in a container of charcoal, was extinguished by the salvage "
    "company Halvard Marine after four days. Average adjusters Pellow & "
    "Grange, appointed by the owners, Castellan Shipping, have asked cargo "
    "interests to provide guarantees of 38% of their cargo's value before "
    "goods are released at the port of discharge.",
    "Following a fire in a hold of the container ship Meridian Crest off "
    "Portugal last month, general average has been declared, so cargo owners "
    "must help pay the cost of saving the vessel. The blaze, which started in "
    "a container of coal, took salvors Halvard Marine four days to put out. "
    "Castellan Shipping, the adjusters appointed by owners Pellow & Grange, "
    "wants cargo interests to guarantee 38% of their cargo's value before "
    "goods are released.",
    errors=[
        E("coal", "entity", "minor", "charcoal"),
        E("Castellan Shipping, the adjusters appointed by owners Pellow & Grange",
          "role", "major",
          "Pellow & Grange, appointed by the owners, Castellan Shipping"),
    ],
    traps=[
        T("took salvors Halvard Marine four days to put out",
          "was extinguished by the salvage company Halvard Marine after four days"),
    ]))

CASES.append(case(
    "farmer's lung", "summary", "inconsistent",
    "Farm workers who handle mouldy hay, straw or grain should wear "
    "respiratory protection, the Northmoor Agricultural Health Service has "
    "advised, after a rise in cases of farmer's lung in the region. The "
    "allergic lung disease is caused by inhaling spores from mould that "
    "grows on crops stored damp. The service said it had recorded 23 "
    "confirmed cases in the past 12 months, up from nine the previous year, "
    "and linked the increase to a wet harvest. Respiratory physician Dr "
    "Owain Pritchard said repeated exposure could cause permanent scarring "
    "of the lungs, but most patients recovered fully if they avoided further "
    "exposure early. The service is offering free lung-function checks at "
    "livestock markets until the end of March.",
    "Farm workers handling mouldy hay, straw or grain are now required to "
    "wear respiratory protection, the Northmoor Agricultural Health Service "
    "said, after confirmed cases of farmer's lung, an allergic disease caused "
    "by inhaling mould spores, rose to 23 in the past year from nine the year "
    "before, an increase it attributed to a wet harvest. Free lung-function "
    "checks are available at livestock markets until the end of March.",
    errors=[
        E("are now required to wear respiratory protection", "modality", "major",
          "should wear respiratory protection"),
    ],
    traps=[
        T("rose to 23 in the past year from nine the year before",
          "23 confirmed cases in the past 12 months, up from nine the previous "
          "year"),
        T("an increase it attributed to a wet harvest",
          "linked the increase to a wet harvest"),
    ]))

# ==========================================================================
# TRANSLATIONS - consistent
# ==========================================================================
CASES.append(case(
    "Obon lantern floating", "translation", "consistent",
    "The town of Minase will hold its toro nagashi lantern-floating ceremony "
    "on the evening of 16 August for the first time in four years, the "
    "organising committee announced. The event, held at the end of the Obon "
    "festival to send the spirits of ancestors back to the other world, had "
    "been suspended because of flood damage to the riverbank along the "
    "Kawabe River. About 3,000 paper lanterns will be set afloat from 7 "
    "p.m., and residents may write the names of deceased relatives on them "
    "in advance at the community centre. Committee chair Haruko Ishida said "
    "the lanterns would be collected downstream by volunteers after the "
    "ceremony to avoid polluting the river. Organisers expect around 15,000 "
    "visitors.",
    "For the first time in four years, Minase will stage toro nagashi, its "
    "floating-lantern ceremony, on the night of August 16, organisers said. "
    "Held as Obon draws to a close, the ritual sees off the souls of "
    "ancestors as they return to the next world; it had been on hold since "
    "floods damaged the banks of the Kawabe. Starting at 7 in the evening, "
    "roughly 3,000 paper lanterns will be released onto the water. Local "
    "people can go to the community centre beforehand to write the names of "
    "family members who have died on the lanterns. Volunteers will gather "
    "the lanterns downstream once the ceremony is over so that the river is "
    "not polluted, said Haruko Ishida, who chairs the organising committee. "
    "The organisers anticipate about 15,000 visitors.",
    traps=[
        T("on the night of August 16", "on the evening of 16 August"),
        T("Starting at 7 in the evening", "from 7 p.m."),
        T("family members who have died", "deceased relatives"),
        T("who chairs the organising committee", "Committee chair"),
        T("anticipate about 15,000 visitors", "expect around 15,000 visitors"),
    ]))

CASES.append(case(
    "batik wax resist", "translation", "consistent",
    "Craftswomen in the village of Karangsari have received "
    "geographical-indication status for their hand-drawn batik, the law "
    "ministry announced on Tuesday, protecting the name 'Batik Karangsari' "
    "from use on machine-printed cloth. The village's batik is made by "
    "applying hot wax with a canting, a small copper pen, so that the waxed "
    "areas resist the dye; the process is repeated for each colour and a "
    "single sarong can take up to three months. The local cooperative, led "
    "by Siti Rahayu, has 74 members. She said imitation printed fabrics sold "
    "at a fifth of the price had cut members' income by almost half in "
    "recent years. The certificate is valid indefinitely but will be "
    "reviewed every ten years.",
    "Hand-drawn batik from Karangsari village has been granted "
    "geographical-indication status, meaning the name 'Batik Karangsari' can "
    "no longer be used on machine-printed fabric, the ministry of law said "
    "on Tuesday. Karangsari's women artisans apply hot wax using a canting, a "
    "little copper pen, so that the dye cannot penetrate the waxed parts; "
    "this is done again for every colour, and one sarong may need as long as "
    "three months. Siti Rahayu heads the local cooperative, which has 74 "
    "members. According to her, printed imitations costing 20% as much have "
    "reduced members' earnings by close to half over recent years. The "
    "certificate has no expiry date, though it will be reviewed once a "
    "decade.",
    traps=[
        T("can no longer be used on machine-printed fabric",
          "protecting the name 'Batik Karangsari' from use on machine-printed cloth"),
        T("costing 20% as much", "sold at a fifth of the price"),
        T("by close to half", "by almost half"),
        T("has no expiry date", "is valid indefinitely"),
        T("once a decade", "every ten years"),
    ]))

CASES.append(case(
    "hagfish slime", "translation", "consistent",
    "Researchers at the Vesterhavn Marine Institute have spun threads from "
    "hagfish slime that are stronger than nylon of the same thickness, the "
    "institute said in a statement. Hagfish release the slime when attacked; "
    "it contains thousands of fine protein fibres that expand in seawater "
    "within a fraction of a second. The team, led by biologist Dr Sigrid "
    "Aalvik, extracted the fibres from slime collected without harming the "
    "animals and dissolved them before spinning. The results were published "
    "in the journal Marine Materials. Aalvik said commercial use was at least "
    "ten years away, since the fibre proteins would have to be produced by "
    "bacteria rather than harvested. The project received 4.2 million kroner "
    "in public funding.",
    "Threads spun from hagfish slime by a team at the Vesterhavn Marine "
    "Institute are stronger than nylon of equal thickness, according to a "
    "statement from the institute. The slime, which hagfish secrete when they "
    "come under attack, holds thousands of fine protein fibres that unfurl in "
    "seawater in less than a second. Biologist Dr Sigrid Aalvik and her "
    "colleagues took the fibres from slime gathered without injuring the "
    "fish, dissolving them before spinning. Their findings appeared in the "
    "journal Marine Materials. Any commercial application is a decade away at "
    "the very least, Aalvik said, because the proteins would need to be made "
    "by bacteria instead of being harvested. The project was backed by 4.2 "
    "million kroner of public money.",
    traps=[
        T("stronger than nylon of equal thickness",
          "stronger than nylon of the same thickness"),
        T("in less than a second", "within a fraction of a second"),
        T("without injuring the fish", "without harming the animals"),
        T("a decade away at the very least", "at least ten years away"),
        T("backed by 4.2 million kroner of public money",
          "received 4.2 million kroner in public funding"),
    ]))

CASES.append(case(
    "sycamore poisoning horses", "translation", "consistent",
    "Veterinarians in the province have warned horse owners about atypical "
    "myopathy after seven horses died of the disease in three weeks, the "
    "regional equine clinic at Dorrenveld said on Thursday. The condition is "
    "caused by hypoglycin A, a toxin found in the seeds and seedlings of "
    "sycamore maples, and is fatal in about three out of four cases. Clinic "
    "head Dr Marijke Oosterhof advised owners to remove seeds from pastures, "
    "provide extra hay and, where possible, keep horses away from sycamore "
    "trees. She said cases usually peak in autumn and spring, when seeds fall "
    "and seedlings sprout. No vaccine or specific antidote exists.",
    "Seven horses have died of atypical myopathy within three weeks, "
    "prompting vets in the province to issue a warning to owners, the "
    "Dorrenveld regional equine clinic said on Thursday. The disease is "
    "caused by hypoglycin A, a toxin present in sycamore maple seeds and "
    "seedlings, and roughly 75% of cases end in death. Dr Marijke Oosterhof, "
    "who heads the clinic, recommended that owners clear seeds from their "
    "fields, give horses additional hay and keep them away from sycamores if "
    "they can. According to her, the number of cases generally peaks in "
    "spring and autumn, when the seeds come down and the seedlings emerge. "
    "There is neither a vaccine nor a specific antidote.",
    traps=[
        T("roughly 75% of cases end in death",
          "is fatal in about three out of four cases"),
        T("keep them away from sycamores if they can",
          "where possible, keep horses away from sycamore trees"),
        T("in spring and autumn", "in autumn and spring"),
        T("There is neither a vaccine nor a specific antidote",
          "No vaccine or specific antidote exists"),
    ]))

CASES.append(case(
    "catastrophe bond trigger", "translation", "consistent",
    "The state of Costa Alta will receive a payout of 85 million dollars "
    "from a catastrophe bond after Hurricane Irena met the parametric "
    "trigger set out in the contract, the state finance secretariat "
    "confirmed. The bond, issued in 2022 through the Solvera Reinsurance "
    "Facility, pays out automatically if a storm's central pressure falls "
    "below 920 hectopascals within a defined zone, without the need to "
    "assess actual damage. Irena recorded a minimum pressure of 914 "
    "hectopascals as it crossed the zone on 3 October. Finance secretary "
    "Lucía Ferrándiz said the funds would arrive within 30 days and would be "
    "used for emergency housing and road repairs. Investors in the bond will "
    "lose the full principal of the affected tranche.",
    "Costa Alta's state finance secretariat has confirmed that Hurricane "
    "Irena activated the parametric trigger in its catastrophe bond, "
    "releasing a payment of US$85m. Under the bond, which was issued through "
    "the Solvera Reinsurance Facility in 2022, money is paid automatically "
    "when a storm's central pressure drops under 920 hPa inside a specified "
    "area, with no need to measure the damage actually caused. When it "
    "passed through that area on 3 October, Irena's pressure bottomed out at "
    "914 hPa. The funds will be received within a month and go towards "
    "emergency housing and repairing roads, according to Lucía Ferrándiz, "
    "the finance secretary. Bondholders will lose all of the principal in "
    "the tranche concerned.",
    traps=[
        T("US$85m", "85 million dollars"),
        T("drops under 920 hPa", "falls below 920 hectopascals"),
        T("bottomed out at 914 hPa",
          "recorded a minimum pressure of 914 hectopascals"),
        T("within a month", "within 30 days"),
        T("Bondholders will lose all of the principal",
          "Investors in the bond will lose the full principal"),
    ]))

# ==========================================================================
# TRANSLATIONS - inconsistent
# ==========================================================================
CASES.append(case(
    "Epiphany cross diving", "translation", "inconsistent",
    "Hundreds of people gathered at the harbour of Agios Nikitas on Monday "
    "for the Epiphany blessing of the waters, during which the local "
    "metropolitan, Bishop Ieronymos, threw a wooden cross into the sea. "
    "Fourteen swimmers dived into the water, which had a temperature of 12 "
    "degrees, and 17-year-old Stavros Karalis reached the cross first. By "
    "tradition, the person who retrieves the cross is blessed with good "
    "health and luck for the year. The port authority had restricted boat "
    "traffic in the harbour from 10 a.m. to noon, and a coastguard vessel "
    "and two lifeguards were on standby. Mayor Eleni Daskalou said it was "
    "the largest attendance since the ceremony was revived in 1998.",
    "On Monday, hundreds gathered at Agios Nikitas harbour for the Epiphany "
    "blessing of the waters, at which Bishop Ieronymos, the local "
    "metropolitan, cast a wooden cross into the sea. Fourteen swimmers "
    "plunged into the 12-degree water, and Stavros Karalis, aged 17, was the "
    "first to dive in. Tradition holds that whoever brings back the cross "
    "will enjoy health and good fortune throughout the year. The "
    "municipality had limited boat movements in the harbour between 10 in "
    "the morning and midday, with two lifeguards and a coastguard boat "
    "standing by. According to mayor Eleni Daskalou, the turnout was the "
    "biggest since the custom was revived in 1998.",
    errors=[
        E("was the first to dive in", "event", "major", "reached the cross first"),
        E("The municipality", "entity", "minor", "The port authority"),
    ],
    traps=[
        T("cast a wooden cross into the sea", "threw a wooden cross into the sea"),
        T("the 12-degree water", "the water, which had a temperature of 12 degrees"),
        T("between 10 in the morning and midday", "from 10 a.m. to noon"),
    ]))

CASES.append(case(
    "Seville orange marmalade", "translation", "inconsistent",
    "Farmers in the Vega de Almira district have begun harvesting bitter "
    "Seville oranges, nearly all of which are exported to Britain for "
    "marmalade making, the regional growers' association reported. This "
    "season's crop is expected to reach about 11,000 tonnes, roughly 15 "
    "percent less than last year, because of drought during flowering in the "
    "spring. The association's president, Manuel Ortega Ruiz, said prices "
    "paid to growers had risen to 0.38 euros per kilo, the highest in a "
    "decade. Most of the fruit is shipped by refrigerated truck within 48 "
    "hours of picking. The harvest usually runs from December to February, "
    "and the association warned that some smaller groves might not be "
    "picked at all this year because of labour shortages.",
    "The harvest of bitter Seville oranges has got under way in the Vega de "
    "Almira district, according to the regional growers' association, and "
    "almost the entire crop will be sent to Britain to make marmalade. "
    "Around 11,000 tonnes are expected to be picked this season, some 15 "
    "percent down on last year. Prices paid to farmers have climbed to 38 "
    "cents a kilo, the highest level in ten years, said Manuel Ortega Ruiz, "
    "who presides over the association. Most oranges travel in refrigerated "
    "lorries and leave within two days of being picked. Picking normally "
    "lasts from December until February, and the association cautioned that "
    "labour shortages might leave some smaller groves unharvested this year.",
    errors=[
        OM("some 15 percent down on last year",
           "because of drought during flowering in the spring", "minor"),
    ],
    traps=[
        T("38 cents a kilo", "0.38 euros per kilo"),
        T("within two days of being picked", "within 48 hours of picking"),
        T("labour shortages might leave some smaller groves unharvested",
          "some smaller groves might not be picked at all this year because of "
          "labour shortages"),
    ]))

CASES.append(case(
    "sexed semen uptake", "translation", "inconsistent",
    "The share of dairy inseminations carried out with sexed semen in the "
    "region rose to 41 percent last year, from 28 percent in 2021, according "
    "to figures published by the breeding cooperative Genelis. Sexed semen, "
    "which is sorted so that about 90 percent of calves born are female, "
    "allows farmers to breed replacement heifers from their best cows and "
    "use beef semen on the rest. The cooperative said the practice reduced "
    "the number of low-value male dairy calves. However, conception rates "
    "with sexed semen remain around 10 percentage points lower than with "
    "conventional semen, and a dose costs roughly twice as much, said "
    "Genelis technical director Anne Vercauteren. She said uptake was not "
    "expected to exceed 50 percent in the next few years.",
    "Figures released by the breeding cooperative Genelis show that sexed "
    "semen accounted for 41 percent of dairy inseminations in the region "
    "last year, compared with 28 percent in 2021. Because the semen is "
    "sorted so that around nine in ten calves are heifers, farmers can breed "
    "replacements from their top cows and inseminate the remainder with beef "
    "semen, which the cooperative said cut the number of male dairy calves "
    "of little value. Still, according to Genelis technical director Anne "
    "Vercauteren, pregnancy rates with sexed semen are about 10 percent "
    "lower than with conventional doses, and each dose costs around double. "
    "She expects the share to top 50 percent within a few years.",
    errors=[
        E("about 10 percent lower", "number", "major",
          "around 10 percentage points lower"),
        E("expects the share to top 50 percent", "polarity", "critical",
          "was not expected to exceed 50 percent"),
    ],
    traps=[
        T("around nine in ten calves are heifers",
          "about 90 percent of calves born are female"),
        T("costs around double", "costs roughly twice as much"),
    ]))

CASES.append(case(
    "bird strike radar", "translation", "inconsistent",
    "Brenheim Airport has put into operation an avian radar system designed "
    "to reduce collisions between aircraft and birds, the airport operator "
    "announced on Wednesday. The system, supplied by the firm Ornitek, "
    "tracks flocks up to 10 kilometres from the runways around the clock and "
    "alerts air traffic controllers when birds approach the flight paths. "
    "The airport recorded 46 bird strikes last year, most of them between "
    "dawn and 9 a.m. during the autumn migration. Operations manager Jürgen "
    "Haase said the radar would not replace the airport's wildlife control "
    "team, which uses falcons and acoustic deterrents. The system cost 2.3 "
    "million euros and will be evaluated after a one-year trial.",
    "An avian radar intended to cut the number of collisions between birds "
    "and aircraft is now operating at Brenheim Airport, its operator said on "
    "Wednesday. Supplied by Ornitek, the system follows flocks of birds "
    "within 10 km of the runways 24 hours a day and warns air traffic "
    "control when they come close to the flight paths. Last year there were "
    "46 bird strikes at the airport, mostly between dusk and 9 p.m. during "
    "the autumn migration. The radar will not take the place of the wildlife "
    "control team, which deploys falcons and acoustic deterrents, said "
    "operations manager Jürgen Haase. The 2.3-million-euro system is to be "
    "assessed at the end of a one-year trial.",
    errors=[
        E("between dusk and 9 p.m.", "date", "major", "between dawn and 9 a.m."),
    ],
    traps=[
        T("within 10 km of the runways", "up to 10 kilometres from the runways"),
        T("24 hours a day", "around the clock"),
        T("The 2.3-million-euro system", "The system cost 2.3 million euros"),
    ]))

CASES.append(case(
    "Ponseti clubfoot casting", "translation", "inconsistent",
    "A clinic at the Santa Luzia regional hospital in Vale do Ribeiro has "
    "treated more than 500 children with clubfoot using the Ponseti method "
    "since it opened in 2015, the hospital said. The technique corrects the "
    "deformity without major surgery, through a series of weekly plaster "
    "casts that gradually reposition the foot, usually followed by a minor "
    "cut to the Achilles tendon and years of wearing a brace at night. "
    "Orthopaedic surgeon Dr Beatriz Tavares said around 95 percent of "
    "patients treated before the age of one achieved a functional foot. The "
    "hospital plans to train nurses and physiotherapists from four "
    "neighbouring municipalities next year so they can apply the casts "
    "locally.",
    "Since it was set up in 2015, the clubfoot clinic at Santa Luzia "
    "regional hospital in Vale do Ribeiro has used the Ponseti method to "
    "treat over 500 children, the hospital reported. The method avoids major "
    "surgery: the foot is moved gradually into position by a succession of "
    "plaster casts changed every week, after which there is generally a "
    "small incision in the Achilles tendon and the child wears a brace at "
    "night for several years. Roughly 95 percent of children who are treated "
    "before their first birthday end up with a functional foot, according to "
    "orthopaedic surgeon Dr Beatriz Tavares. Next year the hospital intends "
    "to recruit nurses and physiotherapists from four nearby municipalities "
    "so that they can apply the casts locally.",
    errors=[
        E("recruit nurses and physiotherapists", "event", "major",
          "train nurses and physiotherapists"),
    ],
    traps=[
        T("a succession of plaster casts changed every week",
          "a series of weekly plaster casts"),
        T("a small incision in the Achilles tendon",
          "a minor cut to the Achilles tendon"),
        T("before their first birthday", "before the age of one"),
    ]))


# --------------------------------------------------------------------------
# building and validation
# --------------------------------------------------------------------------
class Invalid(Exception):
    pass


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(hay, needle, occ, what):
    idx = occurrences(hay, needle)
    if not idx:
        raise Invalid("%s: %r not found in candidate" % (what, needle))
    if occ is None:
        if len(idx) > 1:
            raise Invalid("%s: %r occurs %d times; give occ" % (what, needle, len(idx)))
        return idx[0]
    if occ >= len(idx):
        raise Invalid("%s: occurrence %d of %r does not exist" % (what, occ, needle))
    return idx[occ]


def word_count(s):
    return len(re.findall(r"\S+", s))


def boundary_ok(text, pos):
    """True if a span edge at `pos` does not cut through a word."""
    if pos <= 0 or pos >= len(text):
        return True
    return not (text[pos - 1].isalnum() and text[pos].isalnum())


def build():
    problems = []
    records = []
    for n, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, n)
        try:
            records.append(build_one(cid, c))
        except Invalid as exc:
            problems.append("%s (%s): %s" % (cid, c["domain"], exc))
    if problems:
        return None, problems
    problems.extend(check_set(records))
    return records, problems


def build_one(cid, c):
    ref, cand = c["reference"], c["candidate"]
    mode, label = c["mode"], c["label"]
    if mode not in ("rewrite", "summary", "translation"):
        raise Invalid("bad mode %r" % mode)
    if label not in ("consistent", "inconsistent"):
        raise Invalid("bad label %r" % label)
    if c["domain"] not in DOMAINS:
        raise Invalid("domain not in list")
    if '"' in ref or '"' in cand:
        raise Invalid("double quote in text")
    wc = word_count(ref)
    if not 70 <= wc <= 190:
        raise Invalid("reference has %d words" % wc)
    if cand == ref:
        raise Invalid("candidate identical to reference")
    if mode == "summary" and not (word_count(cand) < wc and len(cand) < len(ref)):
        raise Invalid("summary not shorter than reference")

    errors, traps, spans = [], [], []
    for e in c["errors"]:
        et, sev = e["type"], e["severity"]
        if et not in ERROR_TYPES:
            raise Invalid("bad error type %r" % et)
        if sev not in SEVERITIES:
            raise Invalid("bad severity %r" % sev)
        if e["kind"] == "omission":
            if mode == "summary":
                raise Invalid("omission in a summary")
            a = locate(cand, e["anchor"], e["occ"], "omission anchor")
            pos = a + len(e["anchor"]) if e["side"] == "after" else a
            start = end = pos
            text = ""
            rt = e["ref_text"]
            if not rt or rt not in ref:
                raise Invalid("omission ref_text %r not in reference" % rt)
            if rt.lower() in cand.lower():
                raise Invalid("omitted words %r present in candidate" % rt)
        else:
            if et == "omission":
                raise Invalid("omission must use OM()")
            text = e["text"]
            start = locate(cand, text, e["occ"], "error")
            end = start + len(text)
            rt = e["ref_text"]
            if et in ("addition", "repetition"):
                if rt is not None:
                    raise Invalid("%s must have ref_text null" % et)
                if et == "repetition" and text.lower() not in cand[:start].lower():
                    raise Invalid("repetition %r has no earlier copy" % text)
                if et == "addition" and text.lower() in ref.lower():
                    raise Invalid("addition %r occurs in reference" % text)
            else:
                if not rt or rt not in ref:
                    raise Invalid("error ref_text %r not in reference" % rt)
                if rt == text:
                    raise Invalid("error text equals ref_text: %r" % text)
        if cand[start:end] != text:
            raise Invalid("offset mismatch for %r" % text)
        if not (boundary_ok(cand, start) and boundary_ok(cand, end)):
            raise Invalid("error span %r cuts a word" % text)
        if text and (text != text.strip()):
            raise Invalid("error span %r has outer whitespace" % text)
        errors.append({"start": start, "end": end, "text": text, "type": et,
                       "severity": sev, "ref_text": rt})
        spans.append((start, end, "error %r" % text))

    for t in c["traps"]:
        text, rt = t["text"], t["ref_text"]
        start = locate(cand, text, t["occ"], "trap")
        end = start + len(text)
        if cand[start:end] != text:
            raise Invalid("offset mismatch for trap %r" % text)
        if not rt or rt not in ref:
            raise Invalid("trap ref_text %r not in reference" % rt)
        if rt == text:
            raise Invalid("trap text equals ref_text: %r" % text)
        if not text or text != text.strip():
            raise Invalid("trap span %r empty or padded" % text)
        if not (boundary_ok(cand, start) and boundary_ok(cand, end)):
            raise Invalid("trap span %r cuts a word" % text)
        traps.append({"start": start, "end": end, "text": text, "ref_text": rt})
        spans.append((start, end, "trap %r" % text))

    # no overlaps (a zero-width omission may not fall strictly inside a span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            s1, e1, n1 = spans[i]
            s2, e2, n2 = spans[j]
            if s1 == e1 or s2 == e2:
                p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if s < p < e:
                    raise Invalid("omission point inside %s" % (n2 if s1 == e1 else n1))
            elif s1 < e2 and s2 < e1:
                raise Invalid("overlap: %s / %s" % (n1, n2))

    if label == "consistent":
        if errors:
            raise Invalid("consistent pair has errors")
        if not 3 <= len(traps) <= 5:
            raise Invalid("consistent pair needs 3-5 traps, has %d" % len(traps))
    else:
        if not errors:
            raise Invalid("inconsistent pair has no errors")
        if len(traps) > 3:
            raise Invalid("inconsistent pair has %d traps" % len(traps))

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": c["domain"], "mode": mode,
            "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps}


def check_set(records):
    problems = []
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    if set(doms) != set(DOMAINS):
        problems.append("domains missing: %s" % sorted(set(DOMAINS) - set(doms)))
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for mode, k in want.items():
        rs = [r for r in records if r["mode"] == mode]
        if len(rs) != k:
            problems.append("%s: %d pairs, want %d" % (mode, len(rs), k))
        cons = sum(r["label"] == "consistent" for r in rs)
        if cons * 2 != len(rs):
            problems.append("%s: %d consistent of %d" % (mode, cons, len(rs)))
    labels = [r["label"] for r in records]
    if labels.count("consistent") != 20:
        problems.append("want 20 consistent pairs")
    errs = [e for r in records for e in r["errors"]]
    if len(errs) != 30:
        problems.append("want 30 errors, got %d" % len(errs))
    for t in ERROR_TYPES:
        k = sum(e["type"] == t for e in errs)
        if k < 2:
            problems.append("error type %s used %d times" % (t, k))
    return problems


def composition(records):
    lines = []
    for mode in ("rewrite", "summary", "translation"):
        rs = [r for r in records if r["mode"] == mode]
        lines.append("  %-11s %2d pairs (%d consistent, %d inconsistent)" % (
            mode, len(rs), sum(r["label"] == "consistent" for r in rs),
            sum(r["label"] == "inconsistent" for r in rs)))
    errs = [e for r in records for e in r["errors"]]
    lines.append("  errors: %d  (%s)" % (len(errs), ", ".join(
        "%s %d" % (t, sum(e["type"] == t for e in errs)) for t in ERROR_TYPES)))
    sev = {s: sum(e["severity"] == s for e in errs) for s in ("minor", "major", "critical")}
    lines.append("  severities: %s" % ", ".join("%s %d" % kv for kv in sev.items()))
    per = [len(r["errors"]) for r in records if r["label"] == "inconsistent"]
    lines.append("  inconsistent pairs by error count: %s" % {
        k: per.count(k) for k in sorted(set(per))})
    tr_c = [len(r["traps"]) for r in records if r["label"] == "consistent"]
    tr_i = [len(r["traps"]) for r in records if r["label"] == "inconsistent"]
    lines.append("  traps: %d total (%d in consistent pairs, %d in inconsistent)" % (
        sum(tr_c) + sum(tr_i), sum(tr_c), sum(tr_i)))
    wcs = [word_count(r["reference"]) for r in records]
    lines.append("  reference words: min %d, max %d, mean %.0f" % (
        min(wcs), max(wcs), sum(wcs) / len(wcs)))
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    records, problems = build()
    if problems:
        print("INVALID:")
        for p in problems:
            print("  - " + p)
        return 1
    print("valid: %d pairs" % len(records))
    print(composition(records))
    if check_only:
        print("--check: nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
