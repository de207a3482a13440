#!/usr/bin/env python3
"""Held-out evaluation set 70 for a fact-comparison tool (reference vs candidate).

How it was made: every pair was hand-written by a helper that saw no code or data
of the project, working only from a written brief. All people, companies,
organisations, places and figures are invented (real countries appear at most as
background). Offsets are never typed by hand: they are computed here by string
search (with an occurrence index where a quoted text repeats) and validated.

Composition (enforced by validate()):
  40 pairs, one domain each (40 domains from the brief's list)
  modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  labels: 20 consistent, 20 inconsistent
  30 errors over 11 types: number 4; entity, date, role, polarity, modality,
    event 3 each; attribution, omission, addition, repetition 2 each
  inconsistent pairs: 10 with one error, 10 with two errors, 0-3 traps each
  consistent pairs: 3-5 traps each
  references 70-190 words, news/agency/corporate/official register;
  summaries shorter than their references; omissions only in rewrite and
  translation pairs.

Usage:  python3 make_set70.py           # validate and write set70.jsonl
        python3 make_set70.py --check   # validate only, write nothing
"""
import json
import os
import re
import sys

N = 70
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

DOMAINS = [
    "dog sled mail", "frozen lake roads", "dormouse boxes", "swift bricks",
    "sand martin walls", "kingfisher banks", "heron counts", "cormorant culls",
    "gull proof bins", "pigeon contraception", "rat poison bans",
    "hare coursing ban", "deer fencing", "eel passes", "sturgeon caviar",
    "lamprey", "braille menus", "jury summons", "coroner inquests",
    "notary seals", "land surveyors", "parish records", "postal votes",
    "ballot box seals", "tax stamps", "excise officers", "bonded warehouses",
    "border fences", "passport photos", "citizenship tests", "consular fees",
    "honorary consuls", "peace bells", "plaque schemes", "war graves",
    "ossuaries", "green burials", "mushroom suits", "coffin makers",
    "hearse horses",
]


def E(text, etype, severity, ref, occ=0):
    """A span error in the candidate: text (occurrence occ), reference wording."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ}


def O(missing, severity, after, occ=0):
    """An omission: the reference words `missing` belong right after `after`."""
    return {"kind": "omission", "text": "", "type": "omission",
            "severity": severity, "ref_text": missing, "after": after, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` (occurrence occ) of reference `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}


CASES = []

# ---------------------------------------------------------------- rewrites 1-10
CASES += [
C("dog sled mail", "rewrite", "consistent",
  "The territorial postal service of Kallvik will continue to deliver mail to four remote "
  "settlements by dog sled this winter, the service confirmed on Monday. The route, which covers "
  "212 kilometres between Kallvik and the coastal hamlet of Ostrane, is run under contract by "
  "musher Tove Randsberg and her team of 14 dogs. Deliveries will be made twice a week from "
  "December 1 until the ice road opens, which is usually in late January. Postmaster General Ilse "
  "Morrow said the service had considered switching to snowmobiles but rejected the idea because "
  "of fuel costs and reliability concerns in extreme cold. The contract is worth 86,000 crowns a "
  "season.",
  "Mail will keep reaching four isolated settlements by dog sled this winter, Kallvik's territorial "
  "postal service said on Monday. Musher Tove Randsberg and her 14 dogs operate the 212-km route "
  "from Kallvik to the coastal hamlet of Ostrane under contract, making deliveries two times a week "
  "from 1 December until the ice road opens, typically in late January. According to Postmaster "
  "General Ilse Morrow, snowmobiles were considered but turned down over fuel costs and doubts "
  "about their reliability in extreme cold. The contract is worth 86,000 crowns per season.",
  traps=[T("212-km route", "212 kilometres"),
         T("two times a week", "twice a week"),
         T("1 December", "December 1"),
         T("typically in late January", "usually in late January"),
         T("turned down", "rejected")]),

C("frozen lake roads", "rewrite", "inconsistent",
  "The regional roads authority of Pelto County said on Thursday that the ice road across Lake "
  "Vaaranjärvi may open to light vehicles next week if overnight temperatures stay below minus 15 "
  "degrees. Engineers measured the ice at 38 centimetres near the eastern shore, short of the 40 "
  "centimetres required for cars weighing up to two tonnes. Heavier vehicles, including delivery "
  "lorries, will not be allowed on the 9-kilometre crossing until the ice reaches 60 centimetres. "
  "The crossing cuts the journey between the villages of Haukila and Sorvo from 74 kilometres to "
  "nine. Authority spokesman Aarne Kettula urged residents not to drive onto the ice before "
  "official markers are in place.",
  "Pelto County's regional roads authority announced on Thursday that the ice road over Lake "
  "Vaaranjärvi will open to light vehicles next week provided overnight temperatures remain below "
  "minus 15 degrees. Near the eastern shore the ice measured 38 centimetres, just under the 40 "
  "centimetres needed for cars of up to two tonnes. Delivery lorries and other heavier vehicles "
  "will be kept off the 9-kilometre crossing until the ice is 50 centimetres thick. The route "
  "shortens the trip between Haukila and Sorvo from 74 kilometres to nine, and spokesman Aarne "
  "Kettula urged residents to stay off the ice until official markers have been put up.",
  errors=[E("will open", "modality", "major", "may open"),
          E("50 centimetres", "number", "major", "60 centimetres")],
  traps=[T("will be kept off", "will not be allowed on"),
         T("stay off the ice", "not to drive onto the ice")]),

C("dormouse boxes", "rewrite", "consistent",
  "Volunteers from the Harrowmere Woodland Trust have installed 150 nest boxes for hazel dormice "
  "across three ancient woods in the Brackley Valley, the charity said in a statement on "
  "Wednesday. The boxes, made from untreated larch by inmates at Calder Hill prison, will be "
  "checked monthly between May and October by licensed handlers. The trust's conservation "
  "officer, Maren Oakes, said dormouse numbers in the valley had fallen by about a third since "
  "2010, largely because of hedgerow loss. The project is funded by a grant of £42,000 from the "
  "Fenwright Foundation and is expected to run for five years. Results will be shared with the "
  "national monitoring programme.",
  "A total of 150 hazel dormouse nest boxes have been put up in three ancient woods in the "
  "Brackley Valley by volunteers from the Harrowmere Woodland Trust, the charity announced on "
  "Wednesday. Inmates at Calder Hill prison built the boxes from untreated larch, and licensed "
  "handlers will inspect them every month from May to October. Dormouse numbers in the valley have "
  "dropped by roughly one-third since 2010, mostly as a result of hedgerow loss, according to "
  "conservation officer Maren Oakes. Backed by a £42,000 grant from the Fenwright Foundation, the "
  "project is likely to last five years, and its findings will be passed to the national "
  "monitoring programme.",
  traps=[T("have been put up", "have installed"),
         T("every month", "monthly"),
         T("roughly one-third", "about a third"),
         T("mostly as a result of", "largely because of"),
         T("is likely to last five years", "is expected to run for five years")]),

C("swift bricks", "rewrite", "inconsistent",
  "Housebuilder Tamsett Homes has agreed to fit swift bricks in all 420 homes at its Quarry Fields "
  "development after a campaign by the local bird group, Dunmore Swift Watch. The hollow bricks, "
  "which give the migrating birds a nesting cavity inside an external wall, cost around £30 each. "
  "Tamsett's planning director, Owen Leckie, said the company had been persuaded by survey data "
  "showing that swift numbers in Dunmore had declined by 58% in two decades. Dunmore Swift Watch "
  "will advise the builder on where to place the bricks, with installation beginning in the "
  "spring. The district council welcomed the decision and said it would consider making swift "
  "bricks a planning condition.",
  "Following a campaign by local bird group Dunmore Swift Watch, Tamsett Homes has agreed to "
  "install swift bricks in every one of the 420 homes at its Quarry Fields development. Each "
  "hollow brick, which provides the migrating birds with a nesting space inside an outside wall, "
  "costs about £30. Planning director Owen Leckie said the housebuilder had been won over by "
  "survey figures showing a 58% fall in Dunmore's swift population over 20 years. Tamsett will "
  "advise Dunmore Swift Watch on where the bricks should go, and fitting will start in the spring. "
  "The district council, which welcomed the move, said it would look at making swift bricks a "
  "condition of planning permission.",
  errors=[E("Tamsett will advise Dunmore Swift Watch", "role", "major",
            "Dunmore Swift Watch will advise the builder")],
  traps=[T("every one of the 420 homes", "all 420 homes"),
         T("over 20 years", "in two decades")]),

C("sand martin walls", "rewrite", "consistent",
  "An artificial nesting wall for sand martins has been completed on the banks of the River Tellow "
  "at Brankham Quarry, three weeks ahead of the birds' expected return from Africa. The 25-metre "
  "concrete structure contains 300 nesting tubes packed with a sand mix, replacing a natural bank "
  "that was lost to erosion during floods in 2022. The project cost 118,000 euros and was paid for "
  "jointly by quarry operator Rennick Aggregates and the Tellow Rivers Partnership. Partnership "
  "ecologist Sadie Fourie said she hoped at least 100 pairs would use the wall in its first "
  "season. The site will not be open to the public, but a viewing camera will stream footage "
  "online from April.",
  "Three weeks before sand martins are expected back from Africa, work has finished on an "
  "artificial nesting wall for the birds beside the River Tellow at Brankham Quarry. The concrete "
  "structure is 25 metres long and holds 300 nesting tubes filled with a sand mix. It replaces a "
  "natural bank that erosion destroyed in the 2022 floods. Rennick Aggregates, which operates the "
  "quarry, and the Tellow Rivers Partnership shared the €118,000 cost. Sadie Fourie, an ecologist "
  "with the partnership, said she hoped no fewer than 100 pairs would use the wall in its first "
  "season. The public will not be able to visit the site, though footage will be streamed online "
  "by a camera from April.",
  traps=[T("Three weeks before", "three weeks ahead of"),
         T("€118,000", "118,000 euros"),
         T("no fewer than 100 pairs", "at least 100 pairs"),
         T("The public will not be able to visit the site",
           "The site will not be open to the public")]),
]

CASES += [
C("kingfisher banks", "rewrite", "inconsistent",
  "Contractors working for the Ambrey Drainage Board have been ordered to stop work on a "
  "400-metre stretch of the Little Ouseby after kingfisher nesting burrows were found in the bank. "
  "The board said on Friday that work would resume after September 15, once the young birds have "
  "fledged. The burrows were reported by a dog walker and confirmed by an officer from the Ambrey "
  "Wildlife Crime Unit. Disturbing an active kingfisher nest is a criminal offence. Board chairman "
  "Peter Galloway said the contractors had carried out a survey in March that found no burrows, "
  "and the birds were thought to have dug them in April.",
  "Contractors working for the Ambrey Drainage Board have been told to halt work on a 400-metre "
  "section of the Little Ouseby after kingfisher nesting burrows were discovered in the bank. Work "
  "will restart after "
  "August 15, once the chicks have fledged, the board said on Friday. A dog walker reported the "
  "burrows, and an officer from the Ambrey Wildlife Crime Unit confirmed them. It is a criminal "
  "offence to disturb an active kingfisher nest, which can carry a fine of up to £5,000. According "
  "to board chairman Peter Galloway, a survey the contractors carried out in March found no "
  "burrows, and the birds are believed to have dug them in April.",
  errors=[E("August 15", "date", "major", "September 15"),
          E("which can carry a fine of up to £5,000", "addition", "minor", None)],
  traps=[T("halt work", "stop work"),
         T("are believed to have dug", "were thought to have dug")]),

C("heron counts", "rewrite", "consistent",
  "The annual count of grey heron nests at the Sallow Mere reserve found 64 occupied nests this "
  "spring, up from 51 last year, the reserve's warden announced on Tuesday. The count, carried out "
  "by eight volunteers over two mornings in late March, is the highest since records began in "
  "1987. Warden Liesl Durand said the increase was probably linked to a mild winter and to the "
  "removal of invasive crayfish from the mere, which had improved fish stocks. She cautioned that "
  "one good year did not establish a trend. The heronry is not open to visitors during the "
  "breeding season, which runs until the end of June.",
  "This spring's annual survey of grey heron nests at the Sallow Mere reserve recorded 64 occupied "
  "nests, compared with 51 a year earlier, warden Liesl Durand said on Tuesday. Eight volunteers "
  "carried out the count over two mornings late in March, and the total is the highest since "
  "records started in 1987. Durand said the rise was likely due to a mild winter and to the "
  "removal of invasive crayfish from the mere, which had boosted fish stocks, but warned that a "
  "single good year did not make a trend. Visitors cannot enter the heronry during the breeding "
  "season, which lasts until the end of June.",
  traps=[T("compared with 51 a year earlier", "up from 51 last year"),
         T("was likely due to", "was probably linked to"),
         T("warned that a single good year did not make a trend",
           "cautioned that one good year did not establish a trend"),
         T("Visitors cannot enter the heronry", "The heronry is not open to visitors")]),

C("cormorant culls", "rewrite", "inconsistent",
  "The fisheries agency of Morlaix Province has refused an application from the Vessendal Angling "
  "Federation to cull up to 200 cormorants on the Vessen river system. In a decision published on "
  "Monday, the agency said the federation had not shown that the birds were causing serious "
  "damage to fish stocks, a legal requirement for a licence. It added that non-lethal measures, "
  "such as scaring devices, had not been tried. The federation's secretary, Bram Holtkamp, said "
  "the group was disappointed and would consider an appeal. Anglers claim grayling numbers on the "
  "Vessen have fallen sharply since cormorants began wintering there in large numbers a decade "
  "ago.",
  "An application by the Vessendal Angling Federation to cull as many as 200 cormorants on the "
  "Vessen river system has been turned down by the fisheries agency of Morlaix Province. The "
  "agency's decision, published on Monday, said the federation had failed to demonstrate that the "
  "birds were seriously damaging fish stocks, which is a legal condition for granting a licence. "
  "It also noted that non-lethal methods such as scaring devices had been tried. Federation "
  "secretary Bram Holtkamp said the group was disappointed and would weigh an appeal. According to "
  "anglers, grayling on the Vessen have declined steeply since cormorants started wintering there "
  "in large numbers ten years ago.",
  errors=[E("had been tried", "polarity", "major", "had not been tried")],
  traps=[T("as many as 200", "up to 200"),
         T("had failed to demonstrate", "had not shown"),
         T("ten years ago", "a decade ago")]),

C("gull proof bins", "rewrite", "consistent",
  "Seaford Bay Council will replace 1,200 open-top litter bins on its seafront and in the town "
  "centre with gull-proof models by the end of May, at a cost of £610,000. The council's "
  "environment committee approved the plan on Thursday by seven votes to two. The new bins have "
  "spring-loaded lids and a capacity of 120 litres, twice that of the current ones, which "
  "councillors said would cut the number of daily collections. Committee chair Rosalind Achebe "
  "said complaints about gulls tearing open bin bags and scattering rubbish had risen by 40% last "
  "summer. Opposition councillor Dev Marsh, who voted against, said the money should have been "
  "spent on more street cleaners.",
  "On Thursday, Seaford Bay Council's environment committee voted seven to two in favour of "
  "swapping 1,200 open-top litter bins along the seafront and in the town centre for gull-proof "
  "versions by the end of May. The scheme will cost £610,000. Fitted with spring-loaded lids, the "
  "new bins hold 120 litres, double the capacity of the existing ones, which councillors said would "
  "mean fewer collections each day. Committee chair Rosalind Achebe said complaints about gulls "
  "ripping open bin bags and strewing rubbish had gone up by two-fifths last summer. Dev Marsh, an "
  "opposition councillor who voted against, argued that the money should have gone on more street "
  "cleaners.",
  traps=[T("voted seven to two in favour", "by seven votes to two"),
         T("double the capacity of the existing ones", "twice that of the current ones"),
         T("would mean fewer collections each day", "would cut the number of daily collections"),
         T("by two-fifths", "by 40%")]),

C("pigeon contraception", "rewrite", "inconsistent",
  "The city of Verlaan will start feeding contraceptive grain to feral pigeons at six lofts in its "
  "old town from next month, in a two-year trial costing 95,000 euros. The city's animal welfare "
  "officer, Hanne Bakx, said the approach was more humane than culling and had reduced flocks by "
  "up to 50% in other European cities. The grain, which contains the drug nicarbazin, will be "
  "dispensed each morning by automatic feeders. Local shopkeepers have complained for years about "
  "droppings damaging facades. However, the Verlaan Bird Protection Society said it doubted the "
  "trial would make much difference unless residents stopped feeding the birds bread.",
  "From next month, Verlaan will begin giving feral pigeons contraceptive grain at half a dozen "
  "lofts in the old town as part of a two-year, €59,000 trial. Animal welfare officer Hanne Bakx "
  "said the method was kinder than culling and had cut flock sizes by as much as half in other "
  "European cities. Automatic feeders will dispense the grain, which contains the drug nicarbazin, "
  "every morning. Shopkeepers in the area have long complained that droppings damage building "
  "facades. Bakx conceded, however, that the trial was unlikely to make much difference unless "
  "residents stopped giving the birds bread.",
  errors=[E("€59,000", "number", "major", "95,000 euros"),
          E("Bakx conceded", "attribution", "major",
            "the Verlaan Bird Protection Society said")],
  traps=[T("half a dozen lofts", "six lofts"),
         T("kinder than culling", "more humane than culling"),
         T("by as much as half", "by up to 50%")]),
]

# --------------------------------------------------------------- rewrites 11-20
CASES += [
C("rat poison bans", "rewrite", "consistent",
  "The environment ministry announced on Wednesday that second-generation anticoagulant rat "
  "poisons will be banned for use by the general public from January 1, 2026. Professional pest "
  "controllers and farmers will still be allowed to use the products, but only after completing an "
  "approved training course. The decision follows a three-year study by the National Raptor "
  "Institute which found residues of the poisons in 79% of dead barn owls and 91% of red kites "
  "tested. Deputy minister Clara Voss said shops would have six months to clear existing stock. "
  "Manufacturers' body Pestcare Alliance said it accepted the ban but warned that illegal imports "
  "sold online posed a bigger risk.",
  "Members of the public will no longer be able to use second-generation anticoagulant rat poisons "
  "from 1 January 2026, the environment ministry said on Wednesday. Farmers and professional pest "
  "controllers may continue to use them, provided they have first completed an approved training "
  "course. The move comes after a three-year National Raptor Institute study detected poison "
  "residues in 79% of the dead barn owls and 91% of the red kites it tested. Shops will be given "
  "half a year to clear their existing stock, deputy minister Clara Voss said. The manufacturers' "
  "body, Pestcare Alliance, said it accepted the ban but cautioned that illegal imports sold online "
  "were a greater risk.",
  traps=[T("will no longer be able to use", "will be banned for use by the general public"),
         T("1 January 2026", "January 1, 2026"),
         T("provided they have first completed", "but only after completing"),
         T("half a year", "six months")]),

C("hare coursing ban", "rewrite", "inconsistent",
  "Police in the Fenmarsh district arrested five men on suspicion of illegal hare coursing on "
  "Saturday after a farmer reported vehicles driving across his fields near the village of Oldwick. "
  "Officers seized two vehicles and four lurcher dogs. Hare coursing has been banned since 2005, "
  "and under new rules introduced last year offenders face an unlimited fine and up to six months "
  "in prison. Inspector Nadia Pryce said the district had recorded 143 coursing incidents between "
  "September and March, most of them at night. She urged farmers to report suspicious vehicles "
  "immediately but not to approach the offenders, who were often violent.",
  "Five men were arrested on Saturday on suspicion of illegal hare coursing after a farmer told "
  "police in the Fenmarsh district that vehicles were being driven across his fields near the "
  "village of Oldwick. Two vehicles and four lurchers were seized. Hare coursing was outlawed in "
  "2005, and new rules brought in last year mean offenders face an unlimited fine. According to "
  "Inspector Nadia Pryce, 143 coursing incidents, most of them at night, were recorded in the "
  "district from September to March. She urged farmers to report suspicious vehicles straight away "
  "but not to approach the offenders, who were often violent.",
  errors=[O("and up to six months in prison", "major", after="offenders face an unlimited fine")],
  traps=[T("was outlawed in 2005", "has been banned since 2005"),
         T("straight away", "immediately")]),

C("deer fencing", "rewrite", "consistent",
  "The Glenarra Estate will remove 14 kilometres of deer fencing from its upland woodland over the "
  "next three years, the estate's owners announced on Friday. The fencing was erected in the 1990s "
  "to protect young trees from grazing, but it has become a collision hazard for black grouse and "
  "capercaillie, two bird species whose numbers have fallen sharply in the region. Estate manager "
  "Callum Reith said the trees were now large enough to survive without protection, and that deer "
  "numbers would instead be controlled by culling. The removal will cost an estimated £260,000, of "
  "which 70% will be covered by a government woodland grant. Work is due to begin in October.",
  "Over the coming three years, the Glenarra Estate is to take down 14 km of deer fencing in its "
  "upland woodland, its owners said on Friday. Put up in the 1990s to stop grazing animals damaging "
  "young trees, the fences now pose a collision risk to black grouse and capercaillie, both bird "
  "species that have declined steeply in the region. According to estate manager Callum Reith, the "
  "trees have grown big enough to survive unprotected, and deer numbers will be kept in check by "
  "culling instead. The work is expected to cost around £260,000, with a government woodland grant "
  "covering seven-tenths of the bill. It is scheduled to start in October.",
  traps=[T("take down", "remove"),
         T("14 km", "14 kilometres"),
         T("is expected to cost around £260,000", "will cost an estimated £260,000"),
         T("seven-tenths of the bill", "70%"),
         T("is scheduled to start", "is due to begin")]),

C("eel passes", "rewrite", "inconsistent",
  "Two eel passes have been installed at weirs on the River Carrow at Mellbridge and Sutton Fold, "
  "opening up 38 kilometres of river to migrating European eels for the first time in more than a "
  "century. The passes, which use bristle-lined ramps that young eels can climb, were funded by the "
  "water company Northgate Water as part of a legal agreement with the Carrow Catchment Trust. "
  "Trust director Fiona Adair said European eel numbers had fallen by around 95% since the 1980s. "
  "Monitoring traps will be fitted to both passes this summer to count the eels using them. A third "
  "pass, at Hollins Mill, is planned for next year.",
  "Eel passes have been fitted at two weirs on the River Carrow, at Mellbridge and Sutton Fold, "
  "giving migrating European eels access to 38 km of river for the first time in over 100 years. "
  "Built by Northgate Water under a legal agreement with the Carrow Catchment Trust, the passes use "
  "bristle-lined ramps that young eels are able to climb. Northgate Water director Fiona Adair said "
  "European eel numbers had dropped by some 95% since the 1980s. This summer, monitoring traps will "
  "be added to both passes to count how many eels use them. A third pass, at Hollins Mill, is "
  "planned for next year.",
  errors=[E("Built by", "event", "major", "funded by"),
          E("Northgate Water director", "entity", "major", "Trust director")],
  traps=[T("38 km", "38 kilometres"),
         T("over 100 years", "more than a century"),
         T("some 95%", "around 95%")]),

C("sturgeon caviar", "rewrite", "consistent",
  "Customs officers at Tarvik airport seized 46 kilograms of illegally exported sturgeon caviar "
  "from the luggage of two passengers arriving from the Black Sea region on Sunday, the national "
  "customs agency said. The caviar, packed in unlabelled tins, had an estimated black-market value "
  "of 310,000 euros. Under international wildlife trade rules, caviar exports require a permit "
  "showing that the fish came from an approved farm or a legal quota. Agency spokesman Lars Enqvist "
  "said DNA tests would be carried out to determine whether the eggs came from wild beluga "
  "sturgeon, which is critically endangered. The two passengers, a man aged 52 and a woman aged "
  "47, were released pending further investigation.",
  "Two passengers who arrived at Tarvik airport from the Black Sea region on Sunday had 46 kg of "
  "illegally exported sturgeon caviar seized from their luggage by customs officers, according to "
  "the national customs agency. Packed in tins without labels, the caviar had an estimated value of "
  "€310,000 on the black market. International wildlife trade rules require caviar exports to carry "
  "a permit proving the fish came from an approved farm or a legal quota. DNA testing will establish "
  "whether the eggs are from the critically endangered wild beluga sturgeon, agency spokesman Lars "
  "Enqvist said. The man, 52, and the woman, 47, have been released while inquiries continue.",
  traps=[T("46 kg", "46 kilograms"),
         T("tins without labels", "unlabelled tins"),
         T("€310,000", "310,000 euros"),
         T("DNA testing will establish", "DNA tests would be carried out to determine"),
         T("while inquiries continue", "pending further investigation")]),
]

CASES += [
C("lamprey", "rewrite", "inconsistent",
  "Sea lampreys have been recorded spawning above Dunholm weir on the River Ellerby for the first "
  "time since the weir was built in 1842, the Ellerby Rivers Trust said on Tuesday. The jawless "
  "fish, which can grow to a metre long, were filmed building nests in gravel beds about two "
  "kilometres upstream of the weir. A rock ramp was added to the weir last autumn at a cost of £1.4 "
  "million to help migrating fish pass it. Trust chief executive Imogen Hale said the sighting "
  "showed the ramp was working. Sea lampreys spend most of their adult lives at sea, returning to "
  "rivers only to breed and die.",
  "For the first time since Dunholm weir was built in 1842, sea lampreys have been seen spawning "
  "above it on the River Ellerby, the Ellerby Rivers Trust said on Tuesday. The jawless fish, which "
  "can reach a metre in length, were filmed making nests in gravel beds around 2 km above the weir. "
  "Last autumn a £1.4m rock ramp was added to the weir to help migrating fish get past it. Trust "
  "chief executive Imogen Hale said the sighting showed the ramp was working. The trust said the "
  "sighting showed the ramp was working. Sea lampreys spend most of their adult lives at sea and "
  "return to rivers only to breed and die.",
  errors=[E("the sighting showed the ramp was working", "repetition", "minor", None, occ=1)],
  traps=[T("can reach a metre in length", "can grow to a metre long"),
         T("around 2 km above", "about two kilometres upstream of"),
         T("£1.4m", "£1.4 million")]),

C("braille menus", "rewrite", "consistent",
  "All restaurants and cafes in the city of Harlund with more than 20 seats will be required to "
  "offer braille or large-print menus from next March under a by-law passed by the city council on "
  "Monday. Businesses that fail to comply could be fined up to 2,000 crowns. The council will "
  "provide free printing for the first year through a partnership with the Harlund Association for "
  "the Blind, whose chair, Ebba Lind, campaigned for the rule for six years. Around 11,000 people "
  "in the city are registered as blind or partially sighted. The restaurant trade body, Horeca "
  "Harlund, said it supported the aim but had asked for the deadline to be extended for smaller "
  "cafes.",
  "Under a by-law the city council approved on Monday, every Harlund restaurant and cafe with over "
  "20 seats must provide menus in braille or large print from next March. Non-compliant businesses "
  "could face fines of up to 2,000 crowns. For the first year, the council will provide printing "
  "free of charge in partnership with the Harlund Association for the Blind, whose chair Ebba Lind "
  "spent six years campaigning for the rule. Some 11,000 people in the city are registered as blind "
  "or partially sighted. Horeca Harlund, the trade body for restaurants, said it backed the aim but "
  "had requested a later deadline for smaller cafes.",
  traps=[T("over 20 seats", "more than 20 seats"),
         T("spent six years campaigning for the rule", "campaigned for the rule for six years"),
         T("Some 11,000", "Around 11,000"),
         T("had requested a later deadline", "had asked for the deadline to be extended")]),

C("jury summons", "rewrite", "inconsistent",
  "The courts service has warned that around 4,000 jury summonses posted in the northern circuit "
  "last week contained the wrong court address because of a printing error. People who received a "
  "summons dated between 3 and 7 March should attend Castlegate Crown Court rather than the Mill "
  "Street building named in the letter, the service said. Corrected letters will be sent by Friday. "
  "A spokeswoman said nobody would be penalised for turning up at the wrong building, and that "
  "jurors who had already arranged travel could claim any extra costs. Failing to respond to a jury "
  "summons without good reason can lead to a fine of up to £1,000.",
  "Around 4,000 jury summonses sent out in the northern circuit earlier this week gave the wrong "
  "court address because of a printing mistake, the courts service has warned. Anyone whose summons "
  "is dated from 3 to 7 March should go to Castlegate Crown Court, not the Mill Street building "
  "named in the letter, according to the service, which will send corrected letters by Friday. "
  "Nobody will be penalised for attending the wrong building, a spokeswoman said, and jurors who "
  "have already booked travel can claim back any additional costs. Failure to respond to a jury "
  "summons without good reason will result in a fine of up to £1,000.",
  errors=[E("earlier this week", "date", "minor", "last week"),
          E("will result in", "modality", "minor", "can lead to")],
  traps=[T("from 3 to 7 March", "between 3 and 7 March"),
         T("claim back any additional costs", "claim any extra costs")]),

C("coroner inquests", "rewrite", "consistent",
  "The senior coroner for West Arden, Judith Colley, has said that delays in her service are likely "
  "to persist until at least the end of next year because of a shortage of pathologists. In a "
  "report to the county council published on Thursday, she said the average time from death to the "
  "conclusion of an inquest had risen to 41 weeks, compared with 27 weeks in 2021. Only two "
  "pathologists currently carry out post-mortem examinations for the area, down from five. Mrs "
  "Colley said families were being left 'in limbo' and that she had asked the health ministry for "
  "emergency funding. The council said it would appoint an additional assistant coroner in the "
  "spring.",
  "A lack of pathologists means delays in West Arden's coroner service will probably continue until "
  "the end of next year at the earliest, according to senior coroner Judith Colley. Her report to "
  "the county council, published on Thursday, said inquests now took an average of 41 weeks from "
  "death to conclusion, up from 27 weeks in 2021. The number of pathologists currently performing "
  "post-mortems for the area has fallen from five to two. Families were being left 'in limbo', Mrs "
  "Colley said, adding that she had requested emergency funding from the health ministry. An "
  "additional assistant coroner will be appointed in the spring, the council said.",
  traps=[T("will probably continue", "are likely to persist"),
         T("until the end of next year at the earliest", "until at least the end of next year"),
         T("up from 27 weeks", "compared with 27 weeks"),
         T("had requested emergency funding from the health ministry",
           "had asked the health ministry for emergency funding")]),

C("notary seals", "rewrite", "inconsistent",
  "The Chamber of Notaries of Valdora province has suspended notary Emil Sorescu for six months "
  "after an investigation found he had allowed an unqualified clerk to use his official seal. The "
  "clerk, who has not been named, stamped at least 230 property and inheritance documents between "
  "2021 and 2023. The breach came to light after notary Ana Petrescu, a former colleague, reported "
  "Sorescu to the chamber. The documents remain legally valid, the chamber said, but affected "
  "clients will be offered free re-certification. Sorescu has admitted the breach and said he would "
  "not appeal. Chamber president Doina Marin said new electronic seals would be introduced next "
  "year.",
  "Valdora province's Chamber of Notaries has banned notary Emil Sorescu from practising for six "
  "months after an inquiry found he had let an unqualified clerk use his official seal. Between 2021 "
  "and 2023, the unnamed clerk stamped no fewer than 230 property and inheritance documents. The "
  "case came to light when Sorescu reported a former colleague, notary Ana Petrescu, to the chamber. "
  "According to the chamber, the documents are still legally valid, but affected clients will be "
  "offered re-certification free of charge. Sorescu, who has admitted the breach, said he would not "
  "appeal. New electronic seals will be introduced next year, chamber president Doina Marin said.",
  errors=[E("Sorescu reported a former colleague, notary Ana Petrescu", "role", "critical",
            "Ana Petrescu, a former colleague, reported Sorescu")],
  traps=[T("banned notary Emil Sorescu from practising", "suspended notary Emil Sorescu"),
         T("the unnamed clerk", "The clerk, who has not been named"),
         T("no fewer than 230", "at least 230")]),
]

# -------------------------------------------------------------- summaries 21-30
CASES += [
C("land surveyors", "summary", "consistent",
  "The national land registry has launched a recruitment drive for 300 licensed land surveyors to "
  "tackle a backlog of more than 18,000 boundary disputes, some of which have been waiting for a "
  "decision for over four years. Registry director Tomas Hedlund said on Wednesday that the number "
  "of licensed surveyors in the country had fallen from about 1,100 in 2010 to 640 today, as older "
  "surveyors retired and fewer graduates entered the profession. The registry will offer signing "
  "bonuses of 5,000 euros and pay for the final year of training for new recruits. Hedlund said the "
  "backlog was expected to be cleared within three years if recruitment targets were met. The "
  "Surveyors' Guild welcomed the plan but said pay remained too low.",
  "The land registry is seeking 300 licensed surveyors to clear a backlog of over 18,000 boundary "
  "disputes. Director Tomas Hedlund said on Wednesday that surveyor numbers had dropped from roughly "
  "1,100 in 2010 to 640. Recruits will get €5,000 signing bonuses and have their final year of "
  "training paid for, and Hedlund expects the backlog to be cleared within three years if "
  "recruitment goals are hit. The Surveyors' Guild said pay was still too low.",
  traps=[T("over 18,000", "more than 18,000"),
         T("roughly 1,100", "about 1,100"),
         T("€5,000", "5,000 euros"),
         T("if recruitment goals are hit", "if recruitment targets were met")]),

C("parish records", "summary", "inconsistent",
  "More than 2,600 handwritten parish registers from the diocese of Kestermoor, dating from 1538 to "
  "1920, are to be digitised and made free to search online under a 1.8 million pound project "
  "announced on Monday. The registers, which record baptisms, marriages and burials, are currently "
  "held in 212 parish churches, many in damp conditions. County archivist Helen Marsh said around "
  "one in ten volumes showed signs of mould. The work will be carried out by the genealogy company "
  "Rootline, which will have exclusive commercial rights to the images for ten years. Historian Dr "
  "Neil Ashby, who sits on the diocese's archives committee, said the deal was a good one but "
  "warned that volunteers would be needed to check transcriptions.",
  "Over 2,600 Kestermoor diocese parish registers from 1538 to 1920 will be digitised and made "
  "free to search online in a £1.8m project. Archivist Helen Marsh said about one in four volumes "
  "showed mould. Genealogy firm Rootline, which will do the work, gets exclusive commercial rights to "
  "the images for ten years, a deal the diocese called a good one, though volunteers will be needed "
  "to check transcriptions.",
  errors=[E("one in four", "number", "major", "one in ten"),
          E("the diocese called", "attribution", "minor", "Historian Dr Neil Ashby")],
  traps=[T("Over 2,600", "More than 2,600"),
         T("£1.8m", "1.8 million pound")]),

C("postal votes", "summary", "consistent",
  "Election officials in the Marrowby constituency have admitted that 1,340 postal ballot packs "
  "were sent out with the wrong candidate list ahead of the by-election on 14 November. The packs, "
  "posted on Monday, listed candidates for the neighbouring Eastfield ward. Returning officer Colin "
  "Pardew apologised and said replacement packs would be delivered by first-class post by Saturday, "
  "with a letter explaining that the original ballot papers must not be used. Any original ballots "
  "returned would be set aside and not counted, he said. The Electoral Commission said it was "
  "monitoring the situation and would review the officials' procedures after the vote. Postal "
  "voters make up around 28% of the constituency's electorate.",
  "Marrowby officials sent 1,340 postal ballot packs listing the wrong candidates, those for the "
  "neighbouring Eastfield ward, ahead of the 14 November by-election. Returning officer Colin "
  "Pardew apologised, saying replacements would arrive by Saturday and any original ballots sent "
  "back would be set aside and not counted. The Electoral Commission is monitoring the situation "
  "and will review procedures after the vote.",
  traps=[T("listing the wrong candidates", "with the wrong candidate list"),
         T("the 14 November by-election", "the by-election on 14 November"),
         T("would arrive by Saturday", "would be delivered by first-class post by Saturday"),
         T("sent back", "returned")]),

C("ballot box seals", "summary", "inconsistent",
  "An independent review has found that tamper-evident seals on 37 ballot boxes used in last May's "
  "municipal election in Dravenport were applied incorrectly, but concluded that there was no "
  "evidence any votes had been altered. The review, led by retired judge Miriam Okafor, was ordered "
  "by the city's election board after an observer noticed a broken seal during the count. Okafor "
  "found that poll workers at six polling stations had not been trained to number the seals and "
  "record them on the official log. She recommended compulsory training for all staff and the use "
  "of numbered seals with barcodes from the next election. The board said it would adopt all of the "
  "recommendations.",
  "A review of last May's municipal election in Dravenport found tamper-evident seals on 37 ballot "
  "boxes had been wrongly applied, but no evidence that any votes were altered. Retired judge "
  "Miriam Okafor, who led it, found poll workers at six polling stations had not been trained to "
  "number and log the seals, and recommended compulsory staff training and barcoded numbered seals "
  "from the next election. The election board said it had already introduced the recommendations.",
  errors=[E("had already introduced", "event", "major", "would adopt")],
  traps=[T("wrongly applied", "applied incorrectly"),
         T("barcoded numbered seals", "numbered seals with barcodes")]),

C("tax stamps", "summary", "consistent",
  "The finance ministry will introduce digital tax stamps on all cigarette packets sold in the "
  "country from July 2025, replacing the paper stamps used since 1962. Each stamp will carry a "
  "unique code that can be scanned by inspectors and consumers with a free phone app to check "
  "whether duty has been paid. The ministry estimates that counterfeit and smuggled cigarettes "
  "account for 17% of the market, costing the treasury about 240 million euros a year in lost "
  "revenue. Deputy finance minister Pavel Reznik said the system, which will cost 31 million euros "
  "to set up, should pay for itself within a year. Retailers will have three months to sell old "
  "stock.",
  "From July 2025, paper tax stamps on cigarette packets, in use since 1962, will give way to "
  "digital ones carrying a unique code that inspectors and consumers can scan with a free app to "
  "check duty has been paid. Illicit cigarettes make up about a sixth of the market, costing the "
  "treasury around €240m a year, the ministry estimates. Deputy minister Pavel Reznik said the "
  "system, costing €31m to set up, should pay for itself within a year.",
  traps=[T("Illicit cigarettes", "counterfeit and smuggled cigarettes"),
         T("about a sixth", "17%"),
         T("around €240m", "about 240 million euros"),
         T("€31m", "31 million euros")]),
]

CASES += [
C("excise officers", "summary", "inconsistent",
  "Excise officers raided an unlicensed distillery in a farm building near the village of Marrock "
  "Hollow on Thursday and seized 5,800 litres of spirits, the revenue agency said. The spirits, "
  "bottled under counterfeit labels of a well-known vodka brand, would have evaded around £96,000 "
  "in duty. Three men were arrested at the scene and a fourth was detained later in the day. "
  "Laboratory tests found that some of the samples contained methanol at levels that could cause "
  "blindness. The agency said it had not yet established where the spirits were being sold, and "
  "urged the public not to buy vodka priced well below normal retail prices.",
  "Excise officers raiding an unlicensed distillery near Marrock Hollow on Thursday seized 5,800 "
  "litres of spirits bearing fake labels of a well-known vodka brand, which would have evaded about "
  "£96,000 in duty. Four men were held and are due to appear in court next week. Some samples "
  "contained methanol at levels that could cause blindness. The revenue agency said it had "
  "established where the spirits were being sold and urged people not to buy suspiciously cheap "
  "vodka.",
  errors=[E("are due to appear in court next week", "addition", "minor", None),
          E("had established", "polarity", "major", "had not yet established")],
  traps=[T("fake labels", "counterfeit labels"),
         T("suspiciously cheap vodka", "vodka priced well below normal retail prices")]),

C("bonded warehouses", "summary", "consistent",
  "Logistics group Haverton Freight has opened a 42,000-square-metre bonded warehouse at the port of "
  "Eastmouth, allowing importers to store goods without paying customs duty or VAT until the goods "
  "leave the site. The facility, which cost 64 million pounds, is the largest of its kind in the "
  "region and will create around 350 jobs, the company said on Tuesday. It includes a "
  "temperature-controlled wing for wine and spirits and a secure vault for tobacco. Chief executive "
  "Marta Lindqvist said demand for bonded storage had risen since new import checks were "
  "introduced, as companies sought to delay tax payments. Customs officials will have a permanent "
  "office on site.",
  "Haverton Freight has opened a £64m, 42,000 sq m bonded warehouse at Eastmouth port, where "
  "importers can store goods without paying customs duty or VAT until they leave. The company said "
  "on Tuesday that the site, the region's largest of its kind, would create some 350 jobs. Chief "
  "executive Marta Lindqvist said demand had grown since new import checks came in, as firms looked "
  "to put off paying tax.",
  traps=[T("£64m", "64 million pounds"),
         T("42,000 sq m", "42,000-square-metre"),
         T("some 350 jobs", "around 350 jobs"),
         T("put off paying tax", "delay tax payments")]),

C("border fences", "summary", "inconsistent",
  "The interior ministry has awarded a 210 million euro contract to build a 96-kilometre fence along "
  "part of the country's eastern border to a consortium led by construction firm Vantor Group, "
  "officials said on Friday. The fence, four metres high and fitted with thermal cameras, is due to "
  "be completed by the end of 2026. Interior minister Agnes Kolar said it was needed to stop illegal "
  "crossings, which had tripled in two years. Human rights group Open Borders Watch criticised the "
  "project, saying it would push migrants towards more dangerous mountain routes. The losing "
  "bidder, Steelbridge Construction, said it was considering a legal challenge to the tender.",
  "A consortium led by Vantor Group has won a €210m interior ministry contract to build a 96 km "
  "fence along part of the southern border. The four-metre fence, fitted with thermal cameras, is "
  "due to be finished by the end of 2026. Minister Agnes Kolar said illegal crossings had tripled in "
  "two years, while Open Borders Watch warned migrants would be pushed onto more dangerous mountain "
  "routes. Losing bidder Steelbridge Construction may challenge the tender in court.",
  errors=[E("southern border", "entity", "major", "eastern border")],
  traps=[T("€210m", "210 million euro"),
         T("96 km", "96-kilometre"),
         T("may challenge the tender in court", "was considering a legal challenge to the tender")]),

C("passport photos", "summary", "consistent",
  "From 1 October, passport applicants will no longer be able to submit printed photographs and "
  "must instead provide a digital image, either taken at an approved photo booth or uploaded through "
  "the passport office's website, the home office announced on Monday. The change is intended to "
  "reduce fraud involving 'morphed' photos, in which two faces are merged so that more than one "
  "person can use the same passport. Officials said about 8% of paper applications last year were "
  "rejected because of photo problems. Applicants without internet access will be able to have "
  "their picture taken free of charge at 180 post offices. Children under 12 are exempt until next "
  "year.",
  "Passport applicants must supply a digital photo rather than a printed one from 1 October, taken "
  "at an approved booth or uploaded online, to curb fraud using 'morphed' images that merge two "
  "faces. Those without internet access can have their picture taken for free at 180 post offices, "
  "and under-12s are exempt until next year.",
  traps=[T("rather than a printed one",
           "will no longer be able to submit printed photographs"),
         T("to curb fraud", "to reduce fraud"),
         T("for free", "free of charge"),
         T("under-12s", "Children under 12")]),

C("citizenship tests", "summary", "inconsistent",
  "The government will overhaul the citizenship test from next April, replacing questions on "
  "historical dates with questions about the law, voting and public services, the immigration "
  "minister, Rafael Duarte, said on Wednesday. The new test will have 30 questions instead of 24, "
  "and applicants will need to answer at least 22 correctly to pass. The fee will stay at 95 euros. "
  "Duarte said the current test had been criticised for asking 'trivia that most citizens born here "
  "could not answer'. An advisory panel of teachers and community groups helped draw up the new "
  "questions. About 41,000 people took the test last year, and 76% passed.",
  "The citizenship test will be overhauled from next January, with questions on historical dates "
  "replaced by ones on the law, voting and public services, minister Rafael Duarte said. It will "
  "have 30 questions rather than 24, with a pass mark of 22, and the 95-euro fee will remain "
  "unchanged. The fee will remain unchanged. Duarte said the current test had been criticised for "
  "asking 'trivia that most citizens born here could not answer'.",
  errors=[E("next January", "date", "major", "next April"),
          E("fee will remain unchanged", "repetition", "minor", None, occ=1)],
  traps=[T("rather than 24", "instead of 24"),
         T("a pass mark of 22", "answer at least 22 correctly to pass")]),
]

# ----------------------------------------------------------- translations 31-40
CASES += [
C("consular fees", "translation", "consistent",
  "The Ministry of Foreign Affairs announced on Tuesday that fees charged at its consulates abroad "
  "will rise by an average of 12 percent from 1 March, the first increase in seven years. The price "
  "of an emergency travel document will go up from 45 to 60 euros, while the registration of a "
  "birth abroad will remain free of charge. According to the ministry, the additional revenue, "
  "estimated at 4.3 million euros per year, will be used to hire staff and reduce waiting times, "
  "which currently reach up to eleven weeks at some missions. Secretary of State Lúcia Ferraz said "
  "that citizens in financial difficulty could request an exemption.",
  "Charges at the country's consulates abroad are to increase on average by 12% as of March 1, the "
  "foreign ministry said on Tuesday, in the first rise for seven years. An emergency travel "
  "document will cost 60 euros instead of 45, but registering a birth that takes place abroad will "
  "continue to cost nothing. The ministry puts the extra income at some 4.3 million euros a year "
  "and says it will go towards recruiting personnel and cutting waiting times, which at certain "
  "missions are currently as long as eleven weeks. Citizens facing financial hardship may apply to "
  "be exempted, said Secretary of State Lúcia Ferraz.",
  traps=[T("as of March 1", "from 1 March"),
         T("will continue to cost nothing", "will remain free of charge"),
         T("some 4.3 million euros", "estimated at 4.3 million euros"),
         T("as long as eleven weeks", "up to eleven weeks"),
         T("may apply to be exempted", "could request an exemption")]),

C("honorary consuls", "translation", "inconsistent",
  "The foreign ministry has withdrawn the accreditation of four honorary consuls after an audit "
  "found they had issued visa recommendations without authorisation. The consuls, based in three "
  "countries in West Africa and one in South America, are unpaid volunteers who represent the "
  "country's interests in places without an embassy. According to the audit, they signed a total "
  "of 118 letters of recommendation between 2020 and 2023, some of them in exchange for payment. "
  "The ministry has referred the cases to the police. State secretary Henrik Vold stated that the "
  "system of honorary consuls would be reviewed, but that it would not be abolished, because it "
  "provides assistance to citizens in remote areas at low cost.",
  "Four honorary consuls have lost their accreditation from the Foreign Ministry after an audit "
  "revealed that they had issued visa recommendations without having the authority to do so. The "
  "four, three of them stationed in West African countries and one in South America, are unpaid "
  "volunteers who look after the country's interests where it has no embassy. The audit shows that "
  "between 2020 and 2023 they signed 118 recommendation letters in total. The ministry has handed "
  "the cases over to the police. The honorary consul system will be reviewed but not scrapped, said "
  "State Secretary Henrik Vold, since it helps citizens in remote areas at little cost.",
  errors=[O("some of them in exchange for payment", "major",
            after="they signed 118 recommendation letters in total")],
  traps=[T("have lost their accreditation", "has withdrawn the accreditation"),
         T("handed the cases over to the police", "referred the cases to the police"),
         T("will be reviewed but not scrapped",
           "would be reviewed, but that it would not be abolished")]),

C("peace bells", "translation", "consistent",
  "A peace bell cast from melted-down weapons collected after the civil war will be installed in "
  "the central square of the town of Miravel on 21 September, the International Day of Peace, the "
  "municipality has announced. The bell, which weighs 1.2 tonnes, was made at a foundry in the "
  "north of the country using about 3,000 rifles handed in under a disarmament programme. Mayor "
  "Inés Calvo said the bell would be rung once a year, on the anniversary of the peace agreement, "
  "and on no other occasion. The project was financed by donations from some 900 residents and a "
  "contribution of 20,000 euros from the regional government.",
  "Miravel's town council has said that on September 21, International Day of Peace, a peace bell "
  "cast from weapons gathered after the civil war and melted down will be put up in the town's main "
  "square. Weighing 1,200 kilograms, the bell was produced by a foundry in the country's north from "
  "roughly 3,000 rifles surrendered as part of a disarmament scheme. It will be rung just once a "
  "year, on the anniversary of the peace accord, and never otherwise, according to mayor Inés "
  "Calvo. Around 900 local people donated towards the project, which also received 20,000 euros "
  "from the regional government.",
  traps=[T("September 21", "21 September"),
         T("1,200 kilograms", "1.2 tonnes"),
         T("roughly 3,000 rifles", "about 3,000 rifles"),
         T("never otherwise", "on no other occasion"),
         T("Around 900 local people", "some 900 residents")]),

C("plaque schemes", "translation", "inconsistent",
  "The city of Ravensloot is expanding its commemorative plaque scheme and will unveil 25 new "
  "plaques this year on the homes of notable former residents, the city council announced. Among "
  "those honoured are the composer Aleida Verhoef, who lived at Kanaalstraat 14 from 1921 to 1958, "
  "and the cyclist Joop Dekkers, who won the national championship three times. Residents nominated "
  "140 people, and a committee of historians chose the final list. Each plaque costs around 1,800 "
  "euros and is paid for by the city, unless the owner of the building objects, in which case it is "
  "not placed. Alderman Sanne de Wit said the scheme had been initiated by the local history society "
  "in 2015.",
  "Ravensloot city council has announced that its scheme of memorial plaques will be extended, with "
  "25 new ones to be unveiled this year on houses where well-known former inhabitants lived. They "
  "will include composer Aleida Verhoef, resident at Kanaalstraat 14 between 1921 and 1958, and "
  "cyclist Joop Dekkers, a three-time national champion. A committee of historians nominated 140 "
  "people, and residents chose the final selection. The city pays for each plaque, which costs "
  "roughly 1,500 euros, but no plaque is put up if the building's owner objects. According to "
  "alderman Sanne de Wit, the local history society launched the scheme in 2015.",
  errors=[E("A committee of historians nominated 140 people, and residents chose", "role", "major",
            "Residents nominated 140 people, and a committee of historians chose"),
          E("1,500 euros", "number", "minor", "1,800 euros")],
  traps=[T("a three-time national champion", "won the national championship three times"),
         T("the local history society launched the scheme",
           "the scheme had been initiated by the local history society")]),

C("war graves", "translation", "consistent",
  "The remains of eleven soldiers killed in the First World War were buried on Thursday in the "
  "military cemetery of Saint-Aubrac, more than a century after their deaths. The bodies were "
  "discovered in 2022 by workers digging foundations for a warehouse near the village of Loncourt. "
  "Thanks to DNA analysis and personal items found with them, including a wedding ring and an "
  "engraved pocket watch, four of the men have been identified. Relatives of two of them travelled "
  "from abroad to attend the ceremony. The seven others were buried as unknown soldiers. The "
  "regional prefect, Hélène Marchais, said the search for their identities would continue.",
  "On Thursday, eleven First World War soldiers were laid to rest at the Saint-Aubrac military "
  "cemetery, over a hundred years after they died. Their remains had been found in 2022 by "
  "labourers excavating the foundations of a warehouse close to the village of Loncourt. Four of "
  "them have been identified through DNA testing and belongings recovered alongside them, among them "
  "a wedding band and an engraved pocket watch. Family members of two of the identified men came "
  "from abroad for the ceremony. The remaining seven were interred as unknown soldiers, but efforts "
  "to identify them will go on, said regional prefect Hélène Marchais.",
  traps=[T("were laid to rest", "were buried"),
         T("over a hundred years after they died", "more than a century after their deaths"),
         T("wedding band", "wedding ring"),
         T("The remaining seven", "The seven others"),
         T("efforts to identify them will go on", "the search for their identities would continue")]),
]

CASES += [
C("ossuaries", "translation", "inconsistent",
  "Restoration of the seventeenth-century ossuary beneath the Church of St Wenceslas in Lhotka nad "
  "Bystrou will begin in April and is expected to take two years, the parish announced. The ossuary "
  "contains the bones of an estimated 9,000 people, many of them victims of plague epidemics, "
  "arranged into decorative columns and arches. Moisture has damaged a large part of the bones, and "
  "experts from the Institute of Conservation in Velká Řeka will clean and stabilise them. During "
  "the works the ossuary will be closed to visitors, who last year numbered around 60,000. Parish "
  "priest Father Tomáš Novák said the restoration would cost 38 million crowns, most of which will "
  "be covered by a European grant.",
  "Work to restore the 17th-century ossuary under St Wenceslas Church in Lhotka nad Bystrou will "
  "start in April and should last two years, according to the parish. Arranged into ornamental "
  "columns and arches, the bones of roughly 9,000 people lie in the ossuary, many of whom died in "
  "plague epidemics. Much of the bone material has been damaged by damp, and specialists from the "
  "Institute of Archaeology in Velká Řeka will clean and stabilise it. The ossuary will remain open "
  "to visitors throughout the works; last year it received some 60,000 of them. The restoration "
  "will cost 38 million crowns, mostly paid for by a European grant, said the parish priest, Father "
  "Tomáš Novák.",
  errors=[E("Institute of Archaeology", "entity", "major", "Institute of Conservation"),
          E("will remain open to visitors", "polarity", "major", "will be closed to visitors")],
  traps=[T("should last two years", "is expected to take two years"),
         T("roughly 9,000 people", "an estimated 9,000 people"),
         T("damp", "Moisture")]),

C("green burials", "translation", "consistent",
  "The municipality of Ekholm will open the region's first natural burial ground next spring in a "
  "4-hectare beech forest north of the town. Graves will be marked only with small wooden plaques or "
  "planted trees, and coffins must be made of untreated wood, wicker or cardboard. Embalming will "
  "not be permitted. The council took the decision on Monday by a large majority. According to "
  "cemetery manager Karin Sjöberg, interest has grown strongly: in a survey last year, almost one in "
  "five residents over 60 said they would consider such a burial. A grave plot will cost 9,500 "
  "kronor for residents of the municipality and twice as much for others.",
  "Next spring, Ekholm municipality is to open the first natural burial site in the region, in four "
  "hectares of beech woodland to the north of the town. The only grave markers allowed will be small "
  "wooden plaques or planted trees, coffins will have to be of untreated wood, wicker or cardboard, "
  "and bodies may not be embalmed. A large majority of councillors backed the decision on Monday. "
  "Cemetery manager Karin Sjöberg says interest has increased sharply, with nearly 20 per cent of "
  "residents aged over 60 saying in a survey last year that they would consider this kind of "
  "burial. Local residents will pay 9,500 kronor for a plot; others will pay 19,000 kronor.",
  traps=[T("four hectares", "4-hectare"),
         T("bodies may not be embalmed", "Embalming will not be permitted"),
         T("A large majority of councillors backed the decision", "by a large majority"),
         T("nearly 20 per cent", "almost one in five"),
         T("19,000 kronor", "twice as much")]),

C("mushroom suits", "translation", "inconsistent",
  "A small company in Koppelberg that makes burial suits lined with mushroom spores says demand has "
  "doubled in the past year. The suits, made of organic cotton, are designed to help the body "
  "decompose faster and to break down toxins in the soil, according to founder Lotte Haring. "
  "Scientists interviewed by the newspaper were sceptical: biologist Pieter Roos of the Agricultural "
  "University in Haldern said there was no published evidence that the suits speed up "
  "decomposition. The company sold 430 suits last year at 1,250 euros each. Haring said she might "
  "seek approval to sell the suits in neighbouring countries next year.",
  "Demand for burial suits lined with mushroom spores has doubled over the last year, says the small "
  "Koppelberg firm that makes them. According to founder Lotte Haring, the organic cotton suits are "
  "meant to speed up the decomposition of the body and to break down toxins in the soil. Researchers "
  "who spoke to the newspaper had their doubts: Pieter Roos, a biologist at Haldern's Agricultural "
  "University, said no published evidence showed that the suits accelerate decomposition. Last year "
  "the company sold 430 suits, for 1,250 euros apiece. Haring plans to seek approval next year to "
  "sell the suits in neighbouring countries.",
  errors=[E("plans to seek", "modality", "major", "might seek")],
  traps=[T("had their doubts", "were sceptical"),
         T("accelerate decomposition", "speed up decomposition"),
         T("1,250 euros apiece", "1,250 euros each")]),

C("coffin makers", "translation", "consistent",
  "The last traditional coffin workshop in the town of Zawidów Górny will close at the end of the "
  "year after 104 years, its owner announced. Master carpenter Józef Malec, 71, who took over the "
  "business from his father in 1979, said he had not found a successor despite advertising for an "
  "apprentice for three years. The workshop produces around 200 handmade oak and pine coffins a "
  "year, mostly for funeral homes in the surrounding district. Mass-produced coffins imported from "
  "abroad now cost about a third of the price, Malec said. The town's museum has offered to take "
  "his tools and workbench for a permanent exhibition on local crafts.",
  "After 104 years, the last traditional coffin-making workshop in Zawidów Górny will shut its doors "
  "when the year ends, its owner has said. Józef Malec, a 71-year-old master carpenter who took over "
  "the business from his father in 1979, said he had spent three years advertising for an apprentice "
  "without finding anyone to succeed him. Each year the workshop makes some 200 handcrafted coffins "
  "of oak and pine, most of them for funeral homes in the surrounding area. According to Malec, "
  "imported mass-produced coffins now sell for roughly one-third of the price. The town museum has "
  "offered to take his tools and workbench for a permanent display on local crafts.",
  traps=[T("when the year ends", "at the end of the year"),
         T("a 71-year-old master carpenter", "Master carpenter Józef Malec, 71"),
         T("some 200 handcrafted", "around 200 handmade"),
         T("roughly one-third of the price", "about a third of the price")]),

C("hearse horses", "translation", "inconsistent",
  "The city of Grünfeld will stop using horse-drawn hearses at its municipal cemetery from July, "
  "after an animal welfare organisation complained that the animals were being kept in poor "
  "conditions. The two black Friesian horses, which have been pulling the carriage since 2014, will "
  "be given to a retirement farm for horses near Altmoor. An inspection by the veterinary office "
  "found no evidence of mistreatment, but recommended that the stable be modernised. City spokesman "
  "Markus Fehr said renovating the stable would have cost around 80,000 euros, which the city "
  "considered too expensive given that only about 30 families a year requested the carriage.",
  "From July, Grünfeld will no longer use horse-drawn hearses at the municipal cemetery, following a "
  "complaint from an animal welfare group about the conditions in which the horses were kept. The "
  "two black Friesians, which have drawn the carriage since 2014, will be sold to a retirement farm "
  "for horses close to Altmoor. The veterinary office carried out an inspection and did not find any "
  "sign of mistreatment, though it advised modernising the stable. According to city spokesman "
  "Markus Fehr, that renovation would have cost about 80,000 euros, too much in the city's view "
  "since only some 30 families a year asked for the carriage.",
  errors=[E("will be sold", "event", "major", "will be given")],
  traps=[T("did not find any sign of mistreatment", "found no evidence of mistreatment"),
         T("too much in the city's view", "which the city considered too expensive"),
         T("some 30 families", "about 30 families")]),
]


# ------------------------------------------------------------ build & validate
PLAN_TYPE_COUNTS = {"number": 4, "entity": 3, "date": 3, "role": 3, "polarity": 3,
                    "modality": 3, "event": 3, "attribution": 2, "omission": 2,
                    "addition": 2, "repetition": 2}


class SetError(Exception):
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


def check_boundaries(cand, start, end, what):
    if start > 0 and end > start and cand[start - 1].isalnum() and cand[start].isalnum():
        raise SetError("%s cuts a word at start: %r" % (what, cand[max(0, start - 10):end]))
    if end < len(cand) and end > start and cand[end - 1].isalnum() and cand[end].isalnum():
        raise SetError("%s cuts a word at end: %r" % (what, cand[start:end + 10]))
    if start == end and 0 < start < len(cand) and cand[start - 1].isalnum() and cand[start].isalnum():
        raise SetError("%s insertion point inside a word" % what)
    if end > start and (cand[start].isspace() or cand[end - 1].isspace()):
        raise SetError("%s has surrounding whitespace: %r" % (what, cand[start:end]))


def build_record(i, case):
    cid = "s%d-%03d" % (N, i)
    ref, cand = case["reference"], case["candidate"]
    where = cid + " (" + case["domain"] + ")"
    if case["mode"] not in MODES:
        raise SetError(where + ": bad mode")
    errors, spans = [], []
    for e in case["errors"]:
        if e["type"] not in ERROR_TYPES:
            raise SetError(where + ": bad error type " + e["type"])
        if e["severity"] not in SEVERITIES:
            raise SetError(where + ": bad severity")
        if e["kind"] == "omission":
            if case["mode"] == "summary":
                raise SetError(where + ": omission in a summary")
            a = find_nth(cand, e["after"], e["occ"])
            if a < 0:
                raise SetError(where + ": omission anchor not found: " + e["after"])
            start = end = a + len(e["after"])
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise SetError(where + ": omitted words not in reference")
            if e["ref_text"].lower() in cand.lower():
                raise SetError(where + ": omitted words present in candidate")
        else:
            if e["type"] == "omission":
                raise SetError(where + ": omission must use O()")
            start = find_nth(cand, e["text"], e["occ"])
            if start < 0:
                raise SetError(where + ": error text not found: " + e["text"])
            end = start + len(e["text"])
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise SetError(where + ": addition/repetition needs ref_text None")
            elif not e["ref_text"] or e["ref_text"] not in ref:
                raise SetError(where + ": error ref_text not in reference: %r" % e["ref_text"])
            if e["type"] == "repetition" and cand.find(e["text"]) >= start:
                raise SetError(where + ": repetition has no earlier copy")
            if e["type"] not in ("addition", "repetition") and e["text"] in ref:
                raise SetError(where + ": error text also occurs verbatim in reference: " + e["text"])
        check_boundaries(cand, start, end, where + " error")
        assert cand[start:end] == e["text"]
        errors.append({"start": start, "end": end, "text": e["text"], "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
        spans.append((start, end))
    traps = []
    for t in case["traps"]:
        start = find_nth(cand, t["text"], t["occ"])
        if start < 0:
            raise SetError(where + ": trap text not found: " + t["text"])
        end = start + len(t["text"])
        if t["ref_text"] not in ref:
            raise SetError(where + ": trap ref_text not in reference: " + t["ref_text"])
        if t["text"] == t["ref_text"]:
            raise SetError(where + ": trap is not reworded: " + t["text"])
        check_boundaries(cand, start, end, where + " trap")
        traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})
        spans.append((start, end))
    # no overlaps among all spans (an insertion point may not fall strictly inside a span)
    ss = sorted(spans)
    for (s1, e1), (s2, e2) in zip(ss, ss[1:]):
        if s2 < e1 or (s1 == e1 and s2 < s1) or (s2 == e2 and s1 < s2 < e1):
            raise SetError(where + ": overlapping spans %r %r" % ((s1, e1), (s2, e2)))
    for (s, e) in spans:
        if s == e:
            for (s2, e2) in spans:
                if s2 < s < e2:
                    raise SetError(where + ": insertion point inside another span")
    # labels and trap counts
    label = "inconsistent" if errors else "consistent"
    if label != case["label"]:
        raise SetError(where + ": label does not match errors")
    if label == "consistent" and not 3 <= len(traps) <= 5:
        raise SetError(where + ": consistent pair needs 3-5 traps")
    if label == "inconsistent" and not (1 <= len(errors) <= 2 and len(traps) <= 3):
        raise SetError(where + ": inconsistent pair needs 1-2 errors and 0-3 traps")
    # lengths
    nw = words(ref)
    if not 70 <= nw <= 190:
        raise SetError(where + ": reference has %d words" % nw)
    if case["mode"] == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
        raise SetError(where + ": summary not shorter than reference")
    if ref == cand:
        raise SetError(where + ": identical texts")
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: x["start"])
    return {"id": cid, "domain": case["domain"], "mode": case["mode"], "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def validate(records):
    from collections import Counter
    if len(records) != 40:
        raise SetError("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != 40:
        raise SetError("domains must be the 40 listed, each once")
    modes = Counter(r["mode"] for r in records)
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        raise SetError("bad mode counts %r" % modes)
    ml = Counter((r["mode"], r["label"]) for r in records)
    for m, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        if ml[(m, "consistent")] != n or ml[(m, "inconsistent")] != n:
            raise SetError("mode %s not split half/half" % m)
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise SetError("expected 30 errors, got %d" % sum(types.values()))
    if any(types[t] < 2 for t in ERROR_TYPES):
        raise SetError("each error type needs at least 2: %r" % types)
    if dict(types) != PLAN_TYPE_COUNTS:
        raise SetError("error types differ from the docstring: %r" % types)
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if per_pair != Counter({1: 10, 2: 10}):
        raise SetError("errors per inconsistent pair differ from docstring: %r" % per_pair)
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise SetError("duplicate ids")


def summary(records):
    from collections import Counter
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("mode x label: " + ", ".join(
        "%s/%s=%d" % (m, l, n) for (m, l), n in sorted(
            Counter((r["mode"], r["label"]) for r in records).items())))
    lines.append("labels: %r" % dict(Counter(r["label"] for r in records)))
    lines.append("errors by type: %r" % dict(sorted(
        Counter(e["type"] for r in records for e in r["errors"]).items())))
    lines.append("errors by severity: %r" % dict(
        Counter(e["severity"] for r in records for e in r["errors"])))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
    nw = [words(r["reference"]) for r in records]
    lines.append("reference words: min %d, max %d, mean %.1f" % (min(nw), max(nw), sum(nw) / len(nw)))
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = [build_record(i + 1, c) for i, c in enumerate(CASES)]
        validate(records)
    except SetError as exc:
        print("INVALID: %s" % exc, file=sys.stderr)
        return 1
    # round-trip: offsets must reproduce the quoted texts
    for r in records:
        for e in r["errors"] + r["traps"]:
            assert r["candidate"][e["start"]:e["end"]] == e["text"]
    print(summary(records))
    if check_only:
        print("check only: valid, nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
