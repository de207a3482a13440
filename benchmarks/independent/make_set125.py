#!/usr/bin/env python3
"""Held-out evaluation set s125 for a fact-comparison tool (reference vs candidate).

How it was made: every pair below was hand-written in English by a helper session
that saw no code or data of the project (nor any existing benchmark), working only
from a written brief (/work/heldout/brief125.txt). All people, companies,
organisations, places and figures are invented; real countries appear only as
background. No offsets are typed by hand: the script finds every span by string
search (with an explicit occurrence index where a quoted text repeats), validates
the whole set, and writes /work/heldout/set125.jsonl.

Usage:  python3 make_set125.py           # validate and write set125.jsonl
        python3 make_set125.py --check   # validate only, write nothing

Composition (checked by validate()):
  40 pairs, one domain each (the 40 domains of the brief)
  20 consistent / 20 inconsistent
  modes: 20 rewrite (10 consistent / 10 inconsistent),
         10 summary (5 / 5), 10 translation (5 / 5)
  30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
             attribution 2, event 3, omission 2, addition 2, repetition 2
             (10 inconsistent pairs with 1 error, 10 with 2)
  severities: minor 7, major 16, critical 7
  every consistent pair has 3-5 traps; inconsistent pairs 0-3
  references 70-190 words, news / agency / corporate / official register;
  translation pairs are two independent English renderings of the same
  (notionally non-English) story.
"""
import json
import os
import re
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set125.jsonl")
PREFIX = "s125"

DOMAINS = [
    "gumboot throwing", "belfry bell recasting", "cabbage festival", "apiary vandalism",
    "woodpecker damage", "foxglove poisoning warning", "rocking horse workshop",
    "millpond dredging", "fiddle contest", "seahorse breeding program", "milestone theft",
    "strawberry picker shortage", "rollerblade ban", "clarinet maker takeover",
    "buckwheat crop failure", "sorghum harvest", "parakeet cull", "peacock noise complaint",
    "pomegranate import", "coconut shy fairground", "fretsaw accident", "castanet workshop",
    "gorse fire", "eider down harvest", "geyser eruption closure", "hobby horse championship",
    "burdock cordial recall", "cymbal factory fire", "chinchilla farm closure",
    "grasshopper plague", "juniper berry harvest", "saxophone school", "blowtorch fire inquiry",
    "timpani theft", "oarsman rescue", "chisel recall", "cowbell noise complaint",
    "quail egg recall", "basilica roof leak", "pike fishing ban",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
               "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, type_, severity, ref_text, occ=None, before=None, before_occ=None):
    """An error. For an omission, text is "" and `before` is the candidate text
    immediately before which the missing words belong."""
    return {"text": text, "type": type_, "severity": severity, "ref_text": ref_text,
            "occ": occ, "before": before, "before_occ": before_occ}


def T(text, ref_text, occ=None):
    """A trap: candidate wording that differs from the reference but is faithful."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# REWRITES, consistent
# ---------------------------------------------------------------------------

case("gumboot throwing", "rewrite",
     "The annual gumboot throwing championship in Wexley Marsh drew 312 competitors on Saturday, "
     "organisers said, up from 240 last year. Defending champion Harriet Dunmore, a 54-year-old "
     "postwoman, retained her title with a throw of 41.6 metres, two metres short of the course "
     "record she set in 2019. The men's event was won by Colin Brassard, a dairy farmer from nearby "
     "Fenholt. The Wexley Marsh Rural Society, which runs the contest, said proceeds of about £8,500 "
     "would go to the village's flood defence fund. Spectators were asked not to park on the verges "
     "because of soft ground, and a shuttle bus ran from the station every 20 minutes.",
     "A total of 312 competitors took part in Saturday's gumboot throwing championship at Wexley "
     "Marsh, compared with 240 a year earlier, according to the organisers. Harriet Dunmore, the "
     "54-year-old postwoman who came in as defending champion, kept her crown with a 41.6-metre "
     "throw, two metres below the course record she set in 2019. In the men's competition, victory "
     "went to Colin Brassard, a dairy farmer from nearby Fenholt. Roughly £8,500 in proceeds will go "
     "to the village flood defence fund, the Wexley Marsh Rural Society, which runs the contest, "
     "said. Because the ground was soft, spectators were asked not to park on the verges, and a "
     "shuttle bus left the station every 20 minutes.",
     traps=[T("compared with 240 a year earlier", "up from 240 last year"),
            T("kept her crown", "retained her title"),
            T("a 41.6-metre throw", "a throw of 41.6 metres"),
            T("two metres below", "two metres short of"),
            T("Roughly £8,500 in proceeds", "proceeds of about £8,500")])

case("belfry bell recasting", "rewrite",
     "St Aldric's Church in Little Ashcombe will send its 18th-century tenor bell to a foundry in the "
     "Netherlands for recasting after a crack was found during a routine inspection in March, the "
     "parish council announced on Thursday. The bell, which weighs 1.4 tonnes, has been silent since "
     "the inspection. The work, which will be carried out by the Verhoef Klokgieterij foundry near "
     "Ommerveld, is expected to cost £62,000, of which £40,000 has been granted by the Heritage "
     "Belfries Trust. The remaining sum will be raised locally. Churchwarden Alan Pettigrew said the "
     "bell would likely return before Christmas, but warned that bad weather could delay its "
     "re-hanging. It will be the first time the bell has left the tower since it was installed in 1762.",
     "A crack discovered during a routine inspection in March means the 18th-century tenor bell at "
     "St Aldric's Church, Little Ashcombe, will be shipped to a Dutch foundry to be recast, the "
     "parish council said on Thursday. The 1.4-tonne bell has not been rung since the inspection. Of "
     "the expected £62,000 bill for the job, which the Verhoef Klokgieterij foundry near Ommerveld "
     "will carry out, the Heritage Belfries Trust has granted £40,000; the remaining £22,000 is to be "
     "raised locally. The bell will probably be back before Christmas, churchwarden Alan Pettigrew "
     "said, though he cautioned that bad weather might hold up the re-hanging. It has not left the "
     "tower since being installed in 1762.",
     traps=[T("a Dutch foundry", "a foundry in the Netherlands"),
            T("The 1.4-tonne bell", "The bell, which weighs 1.4 tonnes"),
            T("the remaining £22,000", "The remaining sum"),
            T("will probably be back before Christmas", "would likely return before Christmas"),
            T("might hold up the re-hanging", "could delay its re-hanging")])

case("cabbage festival", "rewrite",
     "The Kessingbrook Cabbage Festival will move from its traditional site on the village green to "
     "Pollard's Meadow this year because drainage work on the green will not be finished in time, the "
     "festival committee said on Monday. The two-day event, held on the first weekend of October, "
     "attracted about 6,000 visitors last year. Committee chair Brenda Okafor said the heaviest-cabbage "
     "contest, won last year by a 29-kilogram specimen grown by retired teacher Desmond Vale, would go "
     "ahead as usual. Entry to the festival will remain free, but parking charges will rise from £3 "
     "to £5. Organisers said they were still looking for around 40 volunteers to help with stewarding.",
     "This year's Kessingbrook Cabbage Festival is leaving its usual home on the village green for "
     "Pollard's Meadow because drainage work there will not be completed in time, the festival "
     "committee announced on Monday. Last year roughly 6,000 people visited the festival, which runs "
     "over two days on the first weekend of October. The contest for the heaviest cabbage will take "
     "place as normal, said Brenda Okafor, who chairs the committee; it was won last year by retired "
     "teacher Desmond Vale with a 29kg cabbage. There will still be no charge for entry, although "
     "parking will cost £5 instead of £3. Organisers said they still need about 40 volunteers to help "
     "with stewarding.",
     traps=[T("its usual home", "its traditional site"),
            T("roughly 6,000 people visited the festival", "attracted about 6,000 visitors"),
            T("a 29kg cabbage", "a 29-kilogram specimen"),
            T("no charge for entry", "Entry to the festival will remain free"),
            T("parking will cost £5 instead of £3", "parking charges will rise from £3 to £5")])

case("woodpecker damage", "rewrite",
     "Great spotted woodpeckers have drilled more than 70 holes in the timber cladding of Branthwaite "
     "Library since it reopened in May, Branthwaite District Council said on Wednesday. Repairs are "
     "estimated at £18,000. Because the birds are protected, the council cannot remove them during "
     "the breeding season, which runs until the end of July, and will instead install decoy owls and "
     "reflective tape. A council spokeswoman said the building, which cost £3.2 million to refurbish, "
     "remained safe and would stay open. An ecologist from the Northmoor Wildlife Partnership will "
     "survey the site next month to advise on longer-term measures.",
     "Branthwaite District Council said on Wednesday that great spotted woodpeckers had bored upwards "
     "of 70 holes in the wooden cladding of Branthwaite Library since the building reopened in May. "
     "Repairs will cost an estimated £18,000. The birds are a protected species, so they cannot be "
     "removed before the breeding season finishes at the end of July; instead, the council will put "
     "up decoy owls and reflective tape. The building, refurbished at a cost of £3.2m, is still safe "
     "and will remain open, a council spokeswoman said. Next month an ecologist from the Northmoor "
     "Wildlife Partnership is due to survey the site and advise on longer-term measures.",
     traps=[T("upwards of 70 holes", "more than 70 holes"),
            T("wooden cladding", "timber cladding"),
            T("refurbished at a cost of £3.2m", "which cost £3.2 million to refurbish"),
            T("is due to survey the site", "will survey the site")])

case("rocking horse workshop", "rewrite",
     "Dappleford Rocking Horses, a family workshop in the market town of Crail Bridge, has taken on "
     "four apprentices after winning a £250,000 contract to restore antique rocking horses for the "
     "Museum of Childhood in Lowmarsh. Owner Graham Tulley, whose grandfather founded the business in "
     "1931, said the contract covered 35 horses, the oldest dating from about 1860. The work is "
     "expected to take three years. The apprentices, aged between 17 and 22, were chosen from 120 "
     "applicants. Tulley said he hoped at least two of them would stay on after the contract ends. "
     "The workshop currently employs six full-time carvers.",
     "After landing a £250,000 deal to restore 35 antique rocking horses for Lowmarsh's Museum of "
     "Childhood, Dappleford Rocking Horses has hired four apprentices. The family-run workshop in the "
     "market town of Crail Bridge was founded in 1931 by the grandfather of its current owner, Graham "
     "Tulley. The oldest horse covered by the contract dates from about 1860, he said. The job is "
     "likely to take three years. There were 120 applicants for the apprenticeships, which went to "
     "candidates aged 17 to 22. Tulley said he hoped that no fewer than two of the four would remain "
     "once the contract is over. Six carvers currently work full time at the workshop.",
     traps=[T("landing a £250,000 deal", "winning a £250,000 contract"),
            T("Lowmarsh's Museum of Childhood", "the Museum of Childhood in Lowmarsh"),
            T("likely to take three years", "expected to take three years"),
            T("no fewer than two", "at least two"),
            T("Six carvers currently work full time", "currently employs six full-time carvers")])

case("millpond dredging", "rewrite",
     "Dredging of Ottery Mill Pond will begin on 14 September and last about six weeks, the Calder "
     "Vale Waterways Board said. Around 9,000 cubic metres of silt will be removed to restore the pond "
     "to a depth of two metres. The footpath along the eastern bank will be closed while the work "
     "takes place, and anglers have been asked to fish elsewhere. Fish will be moved to a holding "
     "lake before dredging starts. The £410,000 project is being paid for jointly by the board and "
     "Calder Vale Town Council. Board engineer Priya Sandhu said the pond had lost nearly half its "
     "depth over three decades.",
     "Work to dredge Ottery Mill Pond starts on 14 September and will take roughly a month and a "
     "half, according to the Calder Vale Waterways Board. About 9,000 cubic metres of silt are to be "
     "taken out, bringing the pond back to a depth of two metres. Before dredging begins, the fish "
     "will be transferred to a holding lake. While work is under way, the path on the east bank will "
     "be shut and anglers are asked to fish elsewhere. The board and Calder Vale Town Council are "
     "sharing the £410,000 cost. Over 30 years the pond has lost almost half of its depth, said "
     "Priya Sandhu, an engineer with the board.",
     traps=[T("roughly a month and a half", "about six weeks"),
            T("the path on the east bank", "The footpath along the eastern bank"),
            T("are sharing the £410,000 cost", "is being paid for jointly"),
            T("Over 30 years", "over three decades"),
            T("almost half of its depth", "nearly half its depth")])

case("fiddle contest", "rewrite",
     "Sixteen-year-old Maeve Carrow from Dunloy Cross won the senior title at the Glenarry Fiddle "
     "Contest on Sunday, becoming the youngest winner in the competition's 48-year history. She beat "
     "22 other finalists with a set of three reels composed by her great-uncle. The judges, led by "
     "fiddler Tomas Breen, awarded her 94 points out of 100. Second place went to last year's "
     "champion, Eoin Madden. The contest, held in the Glenarry Town Hall, raised €4,200 for a local "
     "music school. Organisers said next year's event would be moved to a larger venue because "
     "tickets sold out within two days.",
     "Maeve Carrow, 16, of Dunloy Cross, is the youngest person ever to take the senior title at the "
     "Glenarry Fiddle Contest, which has been running for 48 years. On Sunday she saw off 22 rival "
     "finalists, playing three reels written by her great-uncle, and a judging panel headed by "
     "fiddler Tomas Breen gave her 94 out of 100. The defending champion, Eoin Madden, finished "
     "runner-up. The contest took place in Glenarry Town Hall and raised €4,200 for a local music "
     "school. Next year's event will move to a bigger venue because tickets were gone within 48 "
     "hours, the organisers said.",
     traps=[T("Maeve Carrow, 16,", "Sixteen-year-old Maeve Carrow"),
            T("saw off 22 rival finalists", "beat 22 other finalists"),
            T("The defending champion", "last year's champion"),
            T("finished runner-up", "Second place went to"),
            T("within 48 hours", "within two days")])

case("milestone theft", "rewrite",
     "Police in Westmorrow are appealing for information after three Georgian milestones were stolen "
     "from the old turnpike road between Hallam Gate and Stowcombe over the weekend of 3-4 August. The "
     "sandstone markers, each weighing about 200 kilograms, are listed structures and are thought to "
     "be worth up to £5,000 each to collectors. Detective Constable Ruth Ambler said the thieves had "
     "probably used a vehicle fitted with lifting equipment. The Westmorrow Heritage Office said it "
     "would pay for replicas if the originals were not recovered within six months. Anyone with "
     "information is asked to call 101, quoting reference 44/7781.",
     "Three Georgian milestones, each about 200kg of sandstone, were taken from the old turnpike road "
     "linking Hallam Gate and Stowcombe over the weekend of 3 and 4 August, and Westmorrow police "
     "have asked the public for help. The stones are listed structures and are thought to be worth "
     "as much as £5,000 apiece to collectors. Whoever took them most likely had a vehicle with "
     "lifting gear, according to Detective Constable Ruth Ambler. If the originals have not been "
     "found within six months, the Westmorrow Heritage Office has said it will pay for replicas. "
     "Information can be given by calling 101 and quoting reference 44/7781.",
     traps=[T("linking Hallam Gate and Stowcombe", "between Hallam Gate and Stowcombe"),
            T("over the weekend of 3 and 4 August", "over the weekend of 3-4 August"),
            T("as much as £5,000 apiece", "up to £5,000 each"),
            T("most likely had a vehicle with lifting gear",
              "had probably used a vehicle fitted with lifting equipment"),
            T("have not been found within six months", "were not recovered within six months")])

case("rollerblade ban", "rewrite",
     "Rollerblading and skateboarding will be banned on the Marlow Quay promenade from 1 June under a "
     "new public spaces protection order approved by Sandmere Borough Council on Tuesday evening. "
     "Councillors voted 19 to 7 in favour of the order after receiving 64 complaints about "
     "near-collisions with pedestrians over the past year. Anyone breaching the ban could face a £100 "
     "fixed penalty. The order will last three years and does not apply to children under 12 or to "
     "wheelchair users. Councillor Denise Marr, who opposed the order, said the council should instead "
     "build a dedicated skate park.",
     "From 1 June, people will no longer be allowed to rollerblade or skateboard on the promenade at "
     "Marlow Quay, after Sandmere Borough Council approved a new public spaces protection order on "
     "Tuesday night. The order passed by 19 votes to 7; over the previous 12 months the council had "
     "received 64 complaints about near-collisions with pedestrians. Those who break the rules may be "
     "handed a £100 fixed penalty. Under-12s and wheelchair users are exempt, and the order will "
     "remain in force for three years. Councillor Denise Marr, an opponent of the order, said the "
     "council should provide a purpose-built skate park instead.",
     traps=[T("Tuesday night", "Tuesday evening"),
            T("passed by 19 votes to 7", "voted 19 to 7 in favour"),
            T("over the previous 12 months", "over the past year"),
            T("may be handed a £100 fixed penalty", "could face a £100 fixed penalty"),
            T("Under-12s", "children under 12")])

case("sorghum harvest", "rewrite",
     "Sorghum growers in the Tamboro district of Kenya expect this season's harvest to reach about "
     "48,000 tonnes, roughly 30 per cent more than last year, the Tamboro Cereal Growers' Cooperative "
     "said on Friday. The improvement follows good rains in March and April and the distribution of "
     "drought-tolerant seed to 2,300 farmers. Cooperative manager Joseph Wanyama said prices had "
     "fallen by about a fifth since January and warned that storage space could run short. The "
     "cooperative is negotiating with a brewery in Kimbara to buy up to 10,000 tonnes.",
     "This season's sorghum harvest in Kenya's Tamboro district is forecast at around 48,000 tonnes, "
     "about 1.3 times last year's, according to the Tamboro Cereal Growers' Cooperative, which "
     "released the estimate on Friday. The rise follows good rains in March and April and the handing "
     "out of drought-tolerant seed to 2,300 farmers. Prices have dropped by roughly 20 per cent since "
     "January, said Joseph Wanyama, who manages the cooperative, warning that storage space might run "
     "out. The cooperative is in talks with a brewery in Kimbara, which could buy as much as 10,000 "
     "tonnes.",
     traps=[T("is forecast at around 48,000 tonnes", "expect this season's harvest to reach about 48,000 tonnes"),
            T("about 1.3 times last year's", "roughly 30 per cent more than last year"),
            T("roughly 20 per cent", "about a fifth"),
            T("might run out", "could run short"),
            T("as much as 10,000 tonnes", "up to 10,000 tonnes")])

# ---------------------------------------------------------------------------
# REWRITES, inconsistent
# ---------------------------------------------------------------------------

case("strawberry picker shortage", "rewrite",
     "Fruit farms in the Vale of Ashby are short of around 1,200 seasonal pickers, the Ashby Growers' "
     "Association said on Tuesday, warning that up to 15 per cent of this summer's strawberry crop "
     "could be left unpicked. The association blamed a fall in overseas applicants and the late "
     "arrival of visa approvals. Association chair Linda Foss said farms had raised hourly pay by 80p "
     "to £12.40 but were still struggling to fill vacancies. Students from Ashby College will be "
     "offered short contracts during the holidays. Last year the vale produced 21,000 tonnes of "
     "strawberries.",
     "The Ashby Growers' Association said on Tuesday that fruit farms in the Vale of Ashby are roughly "
     "1,200 seasonal pickers short, and warned that as much as 15 per cent of the summer strawberry "
     "crop may go unpicked. It put the shortage down to a drop in applicants from overseas. Farms "
     "have lifted hourly pay by 80p to £13.20 but are still finding it hard to fill jobs, said Linda "
     "Foss, the association's chair. Ashby College students will be offered short contracts over the "
     "holidays. The vale grew 21,000 tonnes of strawberries last year.",
     errors=[E("", "omission", "major", "the late arrival of visa approvals", before=". Farms have"),
             E("£13.20", "number", "major", "£12.40")],
     traps=[T("as much as 15 per cent", "up to 15 per cent"),
            T("may go unpicked", "could be left unpicked"),
            T("put the shortage down to", "blamed")])

case("clarinet maker takeover", "rewrite",
     "Brasswood Instruments, the Norbury-based maker of student clarinets, has agreed to be taken over "
     "by its larger rival Selmont Woodwind in a deal worth £14 million, the two companies said on "
     "Monday. Selmont, which employs 310 people at its factory in Castlereagh Vale, said it would keep "
     "the Brasswood brand and its workshop in Norbury, where 85 people work, for at least two years. "
     "Brasswood's founder, Marcus Ilford, will stay on as a consultant. The deal still needs approval "
     "from the Competition Review Office, which is expected to decide by the end of March. Brasswood "
     "reported a loss of £1.1 million last year after a fall in school orders.",
     "Norbury student clarinet maker Brasswood Instruments has agreed to take over its larger rival "
     "Selmont Woodwind in a £14m deal, the two firms said on Monday. Selmont, which has 310 staff at "
     "its Castlereagh Vale factory, said the Brasswood name and the 85-strong Norbury workshop would "
     "be kept for a minimum of two years. Marcus Ilford, who founded Brasswood, will remain as a "
     "consultant. The Competition Review Office must still clear the deal and is expected to rule by "
     "the end of March. After a drop in orders from schools, Brasswood lost £1.1m last year.",
     errors=[E("Brasswood Instruments has agreed to take over its larger rival Selmont Woodwind", "role",
               "critical",
               "Brasswood Instruments, the Norbury-based maker of student clarinets, has agreed to be "
               "taken over by its larger rival Selmont Woodwind")],
     traps=[T("a £14m deal", "a deal worth £14 million"),
            T("a minimum of two years", "at least two years"),
            T("Brasswood lost £1.1m", "Brasswood reported a loss of £1.1 million")])

case("foxglove poisoning warning", "rewrite",
     "Health officials in Corrin County have warned foragers not to confuse foxglove leaves with "
     "comfrey after two people were treated in hospital for suspected digitalis poisoning last week. "
     "Both patients, a couple in their sixties from Pelham Ford, had made a herbal tea from leaves "
     "picked on a roadside on 11 May and fell ill the same evening. They were discharged on 16 May and "
     "are expected to make a full recovery. The Corrin County Public Health Unit said foxglove was "
     "common in hedgerows from May to September and that all parts of the plant were toxic. It said "
     "there was no evidence that foxglove had been sold at local markets, and advised anyone who felt "
     "unwell after eating wild plants to call the poisons line immediately rather than wait for "
     "symptoms to pass.",
     "Foragers in Corrin County have been told by health officials not to mistake foxglove leaves for "
     "comfrey, after two people needed hospital treatment last week for suspected digitalis "
     "poisoning. The pair, a couple in their sixties from Pelham Ford, fell ill the next evening after "
     "brewing a herbal tea with leaves they had gathered from a roadside on 11 May. Both left hospital "
     "on 16 May and should recover fully. According to the Corrin County Public Health Unit, every "
     "part of the foxglove is poisonous, and the plant is common in hedgerows between May and "
     "September. It added that there were signs foxglove had been sold at local markets, and urged "
     "anyone who felt unwell after eating wild plants to ring the poisons line straight away instead "
     "of waiting for symptoms to ease.",
     errors=[E("the next evening", "date", "minor", "the same evening"),
             E("there were signs foxglove had been sold", "polarity", "major",
               "there was no evidence that foxglove had been sold")],
     traps=[T("should recover fully", "are expected to make a full recovery"),
            T("every part of the foxglove is poisonous", "all parts of the plant were toxic"),
            T("straight away", "immediately")])

case("buckwheat crop failure", "rewrite",
     "Buckwheat yields across the Lindenau plateau in Poland have fallen by about 60 per cent this "
     "year after a late frost in May and a dry summer, the regional agricultural chamber said on "
     "Wednesday. Chamber president Zofia Kremer said about 400 farms had been affected and that some "
     "smaller growers might not survive the season without help. The chamber has asked the regional "
     "government for emergency support of 12 million zloty. A decision is expected next month. "
     "Millers in the region have warned that the price of buckwheat groats could rise by as much as a "
     "third before the end of the year.",
     "A late frost in May followed by a dry summer has cut buckwheat yields on Poland's Lindenau "
     "plateau by roughly 60 per cent this year, according to the regional agricultural chamber, which "
     "released the figures on Wednesday. Around 400 farms have been hit, said the chamber's president, "
     "Zofia Kremer, and without help some of the smaller growers may not make it through the season. "
     "The chamber is seeking 12 million zloty in emergency aid from the regional government, which is "
     "expected to decide next month. Local millers warn that the price of buckwheat groats will rise "
     "by up to a third before the year is out.",
     errors=[E("will rise", "modality", "major", "could rise")],
     traps=[T("roughly 60 per cent", "about 60 per cent"),
            T("may not make it through the season", "might not survive the season"),
            T("before the year is out", "before the end of the year")])

case("parakeet cull", "rewrite",
     "Bramley Heath Borough Council has approved a cull of up to 2,000 ring-necked parakeets after "
     "farmers in the borough reported losses of around £300,000 to fruit crops last year. The "
     "decision was taken at a cabinet meeting on Thursday. Council leader Gordon Pike said the cull "
     "would be carried out by licensed marksmen over the winter and would be reviewed after six "
     "months. The Bramley Bird Protection Society said the cull was cruel and unnecessary and called "
     "for netting grants instead. A survey commissioned by the council estimated the local parakeet "
     "population at 5,500, up from 1,800 in 2015.",
     "Up to 2,000 ring-necked parakeets are to be culled in Bramley Heath after the borough council's "
     "cabinet backed the plan on Thursday. Farmers in the borough reported fruit losses of around "
     "£300,000 last year. Licensed marksmen will carry out the cull over the winter, and it will be "
     "reviewed after six months, council leader Gordon Pike said. The Bramley Bird Protection Society "
     "called the cull cruel and unnecessary, saying grants for netting should be offered instead. "
     "According to a survey by the society, there are now an estimated 5,500 parakeets locally, a "
     "population that has nearly doubled since 2015.",
     errors=[E("a survey by the society", "attribution", "major", "A survey commissioned by the council"),
             E("nearly doubled since 2015", "number", "major", "up from 1,800 in 2015")],
     traps=[T("backed the plan", "has approved a cull"),
            T("called the cull cruel and unnecessary", "said the cull was cruel and unnecessary")])

case("apiary vandalism", "rewrite",
     "Twelve beehives were destroyed at the Thornbury Community Apiary overnight on Saturday, killing "
     "an estimated 400,000 bees, the Thornbury Beekeepers' Association said. The hives were tipped "
     "over and several were set alight. Association secretary Janet Oduya said the damage, estimated "
     "at £9,000, had wiped out five years of work. A crowdfunding appeal launched on Sunday has "
     "already raised £6,300. Police said they were reviewing CCTV from a nearby allotment site and "
     "wanted to speak to two teenagers seen cycling away from the area shortly after midnight. The "
     "apiary, on council-owned land off Mill Lane, supplies honey to four local cafes.",
     "An estimated 400,000 bees were killed when twelve hives at the Thornbury Community Apiary were "
     "destroyed overnight on Saturday, the Thornbury Beekeepers' Association said. The hives had been "
     "pushed over and a number of them set on fire. Janet Oduya, the association's secretary, said "
     "five years of work had been wiped out by the damage, which is put at £9,000. A crowdfunding "
     "appeal that went live on Sunday has already brought in £6,300. Police are going through CCTV "
     "from an allotment site nearby and have arrested two teenagers seen cycling away from the area "
     "shortly after midnight. The apiary is on council-owned land off Mill Lane and supplies four "
     "local cafes with honey.",
     errors=[E("have arrested two teenagers", "event", "critical", "wanted to speak to two teenagers")],
     traps=[T("a number of them set on fire", "several were set alight"),
            T("which is put at £9,000", "estimated at £9,000"),
            T("went live on Sunday", "launched on Sunday")])

case("seahorse breeding program", "rewrite",
     "The Saltcombe Marine Aquarium has bred 140 short-snouted seahorses in captivity as part of a "
     "programme to restock the seagrass beds of Kelby Sound, the aquarium said on Monday. The young "
     "seahorses, born in April, will be released in September once they reach about five centimetres "
     "in length. The programme is run with the University of Westhaven, whose researchers will tag 30 "
     "of the animals to monitor their survival. Aquarist Helen Marsh said seahorse numbers in the "
     "sound had fallen sharply since 2010 because of boat moorings damaging the seagrass. The project "
     "has received £95,000 from the Coastal Futures Fund.",
     "As part of a programme to restock the seagrass beds of Saltcombe Sound, the Saltcombe Marine "
     "Aquarium has bred 140 short-snouted seahorses in captivity, it announced on Monday. Born in "
     "April, the juveniles will be released in September, once they have grown to around five "
     "centimetres. The aquarium runs the programme jointly with the University of Westhaven, and "
     "researchers from the university will tag 30 of the seahorses to track how many survive. Numbers "
     "in the sound have dropped steeply since 2010 as boat moorings have damaged the seagrass, "
     "aquarist Helen Marsh said. The juveniles will be released in September. The Coastal Futures "
     "Fund has given the project £95,000.",
     errors=[E("Saltcombe Sound", "entity", "major", "Kelby Sound"),
             E("The juveniles will be released in September.", "repetition", "minor", None)],
     traps=[T("track how many survive", "monitor their survival"),
            T("dropped steeply", "fallen sharply")])

case("coconut shy fairground", "rewrite",
     "A coconut shy at the Hollins Green summer fair has been closed by trading standards officers "
     "after complaints that the coconuts had been glued to their stands. Dalesworth Trading Standards "
     "said officers inspected the stall on the afternoon of Saturday 9 July and found that eight of "
     "the twelve coconuts could not be dislodged. The operator, Fairway Amusements Ltd, has been told "
     "to refund players and faces a possible fine of up to £2,500. The fair's organiser, Keith Rowell, "
     "said the company would not be invited back. The fair ran until Sunday evening and drew an "
     "estimated 11,000 visitors.",
     "Trading standards officers have shut down a coconut shy at the Hollins Green summer fair "
     "following complaints that its coconuts had been glued to their stands. When officers from "
     "Dalesworth Trading Standards examined the stall on the morning of 9 July, eight out of twelve "
     "coconuts could not be knocked off, the service said. Fairway Amusements Ltd, which ran the "
     "stall, has been told to refund players and could be fined as much as £2,500. Keith Rowell, who "
     "organises the fair, said the firm would not be asked to return. Around 11,000 people are "
     "estimated to have attended the fair, which went on until Sunday evening.",
     errors=[E("the morning of 9 July", "date", "minor", "the afternoon of Saturday 9 July")],
     traps=[T("eight out of twelve coconuts", "eight of the twelve coconuts"),
            T("could be fined as much as £2,500", "faces a possible fine of up to £2,500"),
            T("would not be asked to return", "would not be invited back")])

case("pomegranate import", "rewrite",
     "Veranto Foods, a wholesaler based in Harwick, will begin importing pomegranates from Turkey in "
     "October under a three-year supply agreement with the Anatolian growers' cooperative Narsan "
     "Birlik, the company said on Tuesday. The first shipments, of about 600 tonnes, will arrive at "
     "Harwick docks by refrigerated container. Managing director Paula Grieve said the fruit could "
     "reach supermarket shelves within a week of landing. Veranto expects the deal to create around "
     "25 jobs at its packing plant. The company currently imports citrus from Spain and Morocco.",
     "Harwick wholesaler Veranto Foods is to start bringing in pomegranates from Turkey in October "
     "under a three-year supply deal with Narsan Birlik, a cooperative of Anatolian growers, the "
     "company said on Tuesday. The agreement will make Veranto the country's largest pomegranate "
     "importer. Roughly 600 tonnes will make up the first shipments, which are due at Harwick docks in "
     "refrigerated containers. The fruit will be on supermarket shelves within a week of landing, "
     "managing director Paula Grieve said. The company expects about 25 jobs to be created at its "
     "packing plant as a result. Veranto already imports citrus fruit from Spain and Morocco.",
     errors=[E("The agreement will make Veranto the country's largest pomegranate importer.",
               "addition", "major", None),
             E("will be on supermarket shelves", "modality", "minor", "could reach supermarket shelves")],
     traps=[T("is to start bringing in", "will begin importing"),
            T("Roughly 600 tonnes", "about 600 tonnes")])

case("peacock noise complaint", "rewrite",
     "A retired couple in the village of Ebbsworth have been ordered to rehome two of their three "
     "peacocks after a neighbour complained about the birds' early-morning calls. Rothley District "
     "Council served Harold and June Pennick with a noise abatement notice in April after Simon "
     "Akers, who lives next door, recorded the birds calling at 4.30am on 23 occasions. The couple, "
     "who have kept peafowl for 15 years, appealed against the notice, but magistrates upheld it on "
     "Friday and ordered the couple to pay £450 towards the council's costs. They have 28 days to "
     "comply. Mr Akers said he had no objection to the remaining bird.",
     "Harold and June Pennick, a retired couple from Ebbsworth, must find new homes for two of their "
     "three peacocks following a neighbour's complaint about the birds calling early in the morning. "
     "Their next-door neighbour, Simon Akers, recorded the peacocks calling at 4.30am 23 times, and in "
     "April Rothley District Council served the couple with a noise abatement notice. The Pennicks, "
     "who have kept peafowl for 15 years, challenged the notice, but on Friday magistrates upheld it "
     "and ordered the council to pay £450 towards the couple's costs. They have four weeks to comply. "
     "Mr Akers said he did not object to the third bird staying.",
     errors=[E("the council to pay £450 towards the couple's costs", "role", "major",
               "the couple to pay £450 towards the council's costs")],
     traps=[T("must find new homes for", "have been ordered to rehome"),
            T("challenged the notice", "appealed against the notice"),
            T("four weeks", "28 days")])

# ---------------------------------------------------------------------------
# SUMMARIES, consistent
# ---------------------------------------------------------------------------

case("fretsaw accident", "summary",
     "A 15-year-old pupil at Greyfield Academy in Boroughbridge Vale lost the tip of a finger in an "
     "accident involving an electric fretsaw during a design and technology lesson on 2 March, an "
     "inquiry by the Workplace Safety Authority has found. The report, published on Tuesday, said the "
     "saw's blade guard had been removed by a technician several weeks earlier to fix a jam and never "
     "refitted. It found no evidence that the teacher in charge had been told the guard was missing. "
     "The academy trust has been fined £40,000 and ordered to pay £6,200 in costs. Headteacher Naomi "
     "Fell said all workshop machinery had since been checked by an outside engineer and new "
     "inspection logs introduced. The pupil has returned to school.",
     "A Workplace Safety Authority inquiry has found that the electric fretsaw on which a 15-year-old "
     "Greyfield Academy pupil lost a fingertip on 2 March had been without its blade guard for weeks: "
     "a technician had removed it to clear a jam and never put it back. The academy trust was fined "
     "£40,000 and must pay £6,200 costs. The head says all workshop machinery has since been checked "
     "by an outside engineer.",
     traps=[T("lost a fingertip", "lost the tip of a finger"),
            T("to clear a jam", "to fix a jam"),
            T("never put it back", "never refitted"),
            T("must pay £6,200 costs", "ordered to pay £6,200 in costs"),
            T("The head says", "Headteacher Naomi Fell said")])

case("castanet workshop", "summary",
     "A castanet workshop founded in 1928 in the southern Spanish town of Villaseca del Río will stay "
     "open after a cultural foundation agreed to buy it, ending fears that the craft would disappear "
     "from the town. The Fundación Aurelia Montes will pay €380,000 for the premises and tools and "
     "will fund two apprenticeships a year for five years. The current owner, 71-year-old Rafael "
     "Quintero, had put the workshop up for sale last year after failing to find a successor. He will "
     "continue to teach at the workshop three days a week. The workshop makes about 3,000 pairs of "
     "castanets a year, mostly from granadillo and ebony, and sells around half of them abroad.",
     "A 1928 castanet workshop in the southern Spanish town of Villaseca del Río has been saved: a "
     "cultural foundation is buying it for €380,000 and will pay for two apprentices a year over five "
     "years. Rafael Quintero, its 71-year-old owner, who could not find a successor, will still teach "
     "there three days a week.",
     traps=[T("A 1928 castanet workshop", "A castanet workshop founded in 1928"),
            T("is buying it for €380,000", "will pay €380,000"),
            T("two apprentices a year over five years", "two apprenticeships a year for five years"),
            T("could not find a successor", "failing to find a successor"),
            T("will still teach there", "will continue to teach at the workshop")])

case("gorse fire", "summary",
     "Firefighters were still damping down hotspots on Carnbrea Moor on Thursday after a gorse fire "
     "that burned for almost 30 hours destroyed about 140 hectares of heathland. At its height, 65 "
     "firefighters and eight engines from Kernow Vale Fire and Rescue Service were at the scene, "
     "supported by a helicopter dropping water. Twelve homes on the edge of the village of St Wenna "
     "were evacuated as a precaution on Tuesday night; residents were allowed to return on Wednesday "
     "afternoon. No one was hurt. Area manager Tom Jory said the cause had not been established but "
     "the fire was not being treated as deliberate. Walkers have been asked to avoid the moor until "
     "further notice.",
     "A gorse fire that burned for nearly 30 hours on Carnbrea Moor destroyed about 140 hectares of "
     "heathland, with as many as 65 firefighters tackling it at one point. A dozen homes on the edge "
     "of St Wenna were evacuated as a precaution on Tuesday night; no one was hurt. The cause is still "
     "unknown, but fire officers are not treating the blaze as deliberate.",
     traps=[T("nearly 30 hours", "almost 30 hours"),
            T("as many as 65 firefighters tackling it at one point", "At its height, 65 firefighters"),
            T("A dozen homes", "Twelve homes"),
            T("The cause is still unknown", "the cause had not been established"),
            T("fire officers are not treating the blaze as deliberate",
              "the fire was not being treated as deliberate")])

case("eider down harvest", "summary",
     "Eider down collectors on the island of Skarfsey, off western Iceland, gathered 410 kilograms of "
     "cleaned down this season, the highest total in a decade, the Skarfsey Landowners' Association "
     "said. The down is collected by hand from nests after the ducklings have left, and it takes the "
     "down from about 60 nests to make one kilogram. Association chair Gudrun Haldorsdottir said a "
     "mild spring and fewer predatory gulls had helped the colony grow to an estimated 7,500 nesting "
     "pairs. Most of the down is exported to Japan and Germany, where a single duvet can sell for more "
     "than €8,000. Prices for raw down fell by about 10 per cent last year.",
     "Collectors on Skarfsey, off western Iceland, gathered 410kg of cleaned eider down this season, "
     "their best haul in ten years, according to the island's landowners' association. A mild spring "
     "and fewer gulls helped the colony grow to about 7,500 nesting pairs; each kilogram needs the "
     "down from roughly 60 nests.",
     traps=[T("410kg", "410 kilograms"),
            T("their best haul in ten years", "the highest total in a decade"),
            T("according to the island's landowners' association",
              "the Skarfsey Landowners' Association said"),
            T("about 7,500 nesting pairs", "an estimated 7,500 nesting pairs"),
            T("each kilogram needs the down from roughly 60 nests",
              "it takes the down from about 60 nests to make one kilogram")])

case("geyser eruption closure", "summary",
     "The Tawhero Geothermal Reserve in New Zealand will remain closed to visitors for at least "
     "another fortnight after an unexpectedly powerful eruption of its main geyser on Sunday "
     "scattered rocks and boiling mud across a public walkway. No visitors were injured, although two "
     "staff members suffered minor burns. Reserve manager Aroha Pene said the eruption, which sent "
     "water about 40 metres into the air, was the largest recorded at the site since 1987. Geologists "
     "from the Institute of Earth Monitoring are assessing whether the walkway needs to be moved. The "
     "reserve normally receives around 900 visitors a day in summer.",
     "New Zealand's Tawhero Geothermal Reserve will stay shut to visitors for two more weeks at least, "
     "after Sunday's eruption of its main geyser, the biggest recorded there since 1987, threw rocks "
     "and boiling mud over a public walkway. Two staff were slightly burned; no visitors were hurt.",
     traps=[T("stay shut to visitors for two more weeks at least",
              "remain closed to visitors for at least another fortnight"),
            T("the biggest recorded there", "the largest recorded at the site"),
            T("threw rocks and boiling mud over", "scattered rocks and boiling mud across"),
            T("Two staff were slightly burned", "two staff members suffered minor burns"),
            T("no visitors were hurt", "No visitors were injured")])

# ---------------------------------------------------------------------------
# SUMMARIES, inconsistent
# ---------------------------------------------------------------------------

case("cymbal factory fire", "summary",
     "A fire at the Halvorsen Cymbal Works on the Dunmere Industrial Estate on Monday night destroyed "
     "the company's main foundry and about 4,000 finished cymbals, managing director Erik Halvorsen "
     "said on Tuesday. Fifty firefighters from Westmere Fire Service fought the blaze for six hours. "
     "Nobody was in the building at the time. The company, which employs 62 people, estimates the "
     "damage at £2.3 million and said production would be halted for at least three months. Staff "
     "will be paid in full during the closure. Investigators believe the fire started in an "
     "electrical cabinet beside the annealing furnace.",
     "Monday night's fire at Halvorsen Cymbal Works destroyed its main foundry and around 4,000 "
     "finished cymbals, causing an estimated £3.2m of damage. Production will stop for at least three "
     "months and the 62 staff have been laid off for the duration. Investigators think the blaze began "
     "in an electrical cabinet next to the annealing furnace.",
     errors=[E("£3.2m", "number", "major", "£2.3 million"),
             E("have been laid off for the duration", "event", "critical",
               "will be paid in full during the closure")],
     traps=[T("Production will stop for at least three months",
              "production would be halted for at least three months"),
            T("Investigators think", "Investigators believe")])

case("hobby horse championship", "summary",
     "The junior showjumping title at the National Hobby Horse Championships in Brindleford was "
     "decided on Saturday when 12-year-old Isla Fenwick beat defending champion Poppy Lamb in a "
     "jump-off. Fenwick cleared a height of 1.15 metres on her hand-made hobby horse, Biscuit. Around "
     "450 riders aged six to 17 took part in 14 events over two days, the organisers, the Brindleford "
     "Hobby Horse Association, said. The dressage title went to 15-year-old Amira Shah from Cressley. "
     "The sport, which began in Finland, has grown rapidly in Britain since 2020, with more than 80 "
     "clubs now registered. Next year's championships will be held in Penmorva.",
     "At the National Hobby Horse Championships in Brindleford, defending champion Poppy Lamb beat "
     "12-year-old Isla Fenwick in a jump-off to keep the junior showjumping title. Some 450 riders "
     "aged six to 17 competed in 14 events over two days, and the dressage title went to Amira Shah, "
     "15, of Cressley.",
     errors=[E("Poppy Lamb beat 12-year-old Isla Fenwick", "role", "critical",
               "Isla Fenwick beat defending champion Poppy Lamb")],
     traps=[T("Some 450 riders", "Around 450 riders"),
            T("Amira Shah, 15, of Cressley", "15-year-old Amira Shah from Cressley")])

case("burdock cordial recall", "summary",
     "Hedgerow & Vine, a drinks maker based in Tarrock, is recalling all bottles of its Dandelion and "
     "Burdock Cordial with best-before dates up to and including 30 November because some may contain "
     "fragments of glass, the Food Standards Office said on Friday. The company said it had received "
     "three complaints from customers but was not aware of anyone being injured. The affected 500ml "
     "bottles were sold through independent shops and the company's website. Customers are advised "
     "not to drink the product and to return it for a full refund. Other Hedgerow & Vine cordials are "
     "not affected.",
     "Hedgerow & Vine is recalling all 500ml bottles of its Dandelion and Burdock Cordial with "
     "best-before dates up to and including 30 November because some may contain glass fragments, "
     "the company said on Friday. Three customers have complained and injuries have been reported. "
     "Buyers should not drink it and can return it for a full refund.",
     errors=[E("the company said", "attribution", "minor", "the Food Standards Office said"),
             E("injuries have been reported", "polarity", "critical",
               "was not aware of anyone being injured")],
     traps=[T("glass fragments", "fragments of glass"),
            T("Buyers should not drink it", "Customers are advised not to drink the product")])

case("chinchilla farm closure", "summary",
     "The last chinchilla fur farm in the Vorland region of Austria will close by the end of next "
     "year under a settlement agreed with the regional government, the animal welfare group Pelzfrei "
     "Jetzt said on Wednesday. The farm, near the village of Oberhainz, keeps about 1,100 "
     "chinchillas. Its owner, Franz Leitgeb, will receive €210,000 in compensation and has agreed not "
     "to breed any more animals. The remaining chinchillas will be rehomed through the Tierhilfe "
     "Vorland sanctuary network. Agriculture councillor Martina Stadler said the region would bring "
     "in a formal ban on fur farming in the spring.",
     "Vorland's last chinchilla fur farm, near Oberhainz, is to shut by the end of next year under a "
     "settlement with the regional government, animal welfare campaigners Pelzfrei Jetzt said. Owner "
     "Franz Leitgeb will get €210,000 in compensation and will stop breeding; the farm's roughly 1,100 "
     "chinchillas will be rehomed by Pelzfrei Jetzt. A formal fur-farming ban is due in the spring.",
     errors=[E("Pelzfrei Jetzt", "entity", "major", "Tierhilfe Vorland", occ=1)],
     traps=[T("is to shut", "will close"),
            T("roughly 1,100 chinchillas", "about 1,100 chinchillas")])

case("grasshopper plague", "summary",
     "Swarms of grasshoppers have damaged more than 25,000 hectares of pasture in the Sarykum "
     "district of Kazakhstan since early June, the regional agriculture department said on Monday. "
     "Spraying teams have treated about 18,000 hectares so far, using both aircraft and ground "
     "vehicles. Department head Nurlan Seitkali said hot, dry weather had allowed the insects to breed "
     "unusually early and that the outbreak was the worst since 2016. Livestock farmers have been "
     "advised to move herds to higher pastures where possible. The department expects spraying to "
     "continue until the end of July.",
     "Grasshopper swarms have damaged over 25,000 hectares of pasture in Kazakhstan's Sarykum district "
     "since early June in the worst outbreak since 2016, and officials have declared a state of "
     "emergency. About 18,000 hectares have been sprayed from the air and the ground, and spraying is "
     "expected to last until the end of June.",
     errors=[E("officials have declared a state of emergency", "addition", "critical", None),
             E("the end of June", "date", "major", "the end of July")],
     traps=[T("over 25,000 hectares", "more than 25,000 hectares"),
            T("sprayed from the air and the ground", "using both aircraft and ground vehicles")])

# ---------------------------------------------------------------------------
# TRANSLATIONS, consistent (two independent English renderings of one story)
# ---------------------------------------------------------------------------

case("juniper berry harvest", "translation",
     "Juniper berry pickers in the mountains around Valdorso, in northern Italy, have brought in their "
     "smallest harvest in fifteen years, the local producers' consortium reported on Thursday. Only 38 "
     "tonnes of berries were gathered this autumn, compared with an average of about 90 tonnes in "
     "recent seasons. According to consortium president Lucia Ferrandi, a dry spring and an early "
     "frost in September were to blame. Several gin distilleries that buy from the region have "
     "already said they will have to look for berries elsewhere. The consortium is asking the "
     "provincial government to compensate the roughly 200 families who depend on the harvest.",
     "This year's juniper berry crop from the mountains surrounding Valdorso, in northern Italy, is "
     "the poorest for fifteen years, according to a statement from the local producers' consortium on "
     "Thursday. Pickers collected just 38 tonnes this autumn, against a recent-season average of "
     "roughly 90 tonnes. The consortium's president, Lucia Ferrandi, attributed the shortfall to a "
     "spring with little rain and a frost that came early, in September. A number of gin distillers "
     "that source berries from the area have already announced they will need to find supplies "
     "elsewhere. The consortium wants the provincial authorities to compensate some 200 families whose "
     "living depends on the harvest.",
     traps=[T("the poorest for fifteen years", "their smallest harvest in fifteen years"),
            T("a recent-season average of roughly 90 tonnes",
              "an average of about 90 tonnes in recent seasons"),
            T("a spring with little rain", "a dry spring"),
            T("A number of gin distillers", "Several gin distilleries"),
            T("whose living depends on the harvest", "who depend on the harvest")])

case("saxophone school", "translation",
     "A saxophone school in the Belgian town of Wavrelle will double its intake next year, from 60 to "
     "120 pupils, after receiving a €150,000 grant from the provincial culture fund. Director Claire "
     "Dubosq said the money would pay for two additional teachers and the renovation of a former fire "
     "station that will house the school's new rehearsal rooms. The waiting list currently stands at "
     "more than 200 children. Lessons will continue to cost €15 a month, and pupils from low-income "
     "families will pay nothing. The school was founded in 1994 by jazz musician Henri Lamotte, who "
     "still teaches there once a week.",
     "Thanks to a grant of €150,000 from the provincial culture fund, the saxophone school in "
     "Wavrelle, Belgium, is to take twice as many pupils next year: 120 instead of 60. The school's "
     "director, Claire Dubosq, explained that the grant will fund two more teachers and the "
     "conversion of an old fire station to hold the new rehearsal rooms. Over 200 children are "
     "currently waiting for a place. Fees will stay at €15 per month, with children from poorer "
     "households taught free of charge. Jazz musician Henri Lamotte set up the school in 1994 and "
     "still gives lessons there one day a week.",
     traps=[T("twice as many pupils next year: 120 instead of 60",
              "double its intake next year, from 60 to 120 pupils"),
            T("two more teachers", "two additional teachers"),
            T("Over 200 children are currently waiting for a place",
              "The waiting list currently stands at more than 200 children"),
            T("taught free of charge", "will pay nothing"),
            T("set up the school in 1994", "The school was founded in 1994")])

case("blowtorch fire inquiry", "translation",
     "An inquiry into the fire that destroyed the roof of St Wendelin's Church in Oberrauth, Germany, "
     "last October has concluded that it was started by a roofer using a blowtorch to remove old "
     "paint from a gutter. The report, published on Wednesday by the district fire authority, found "
     "that the roofer had left the site about 40 minutes before the fire was reported and had not "
     "carried out the required fire watch. The roofing firm, Kessler Bedachungen, has accepted "
     "responsibility. Repairs to the church are expected to cost €4.8 million and to take until 2026. "
     "Services are being held in the parish hall.",
     "The blaze that gutted the roof of St Wendelin's Church in Oberrauth, Germany, in October last "
     "year was caused by a roofer stripping old paint from a gutter with a blowtorch, an investigation "
     "has found. According to the district fire authority's report, released on Wednesday, the roofer "
     "left the site roughly 40 minutes before the fire was reported and failed to carry out the "
     "mandatory fire watch. Kessler Bedachungen, the roofing company, has admitted responsibility. "
     "Repair work is likely to cost 4.8 million euros and last until 2026. In the meantime, services "
     "are taking place in the parish hall.",
     traps=[T("in October last year", "last October"),
            T("stripping old paint from a gutter with a blowtorch",
              "using a blowtorch to remove old paint from a gutter"),
            T("roughly 40 minutes", "about 40 minutes"),
            T("has admitted responsibility", "has accepted responsibility"),
            T("4.8 million euros", "€4.8 million")])

case("timpani theft", "translation",
     "Four copper timpani worth about 600,000 koruna were stolen from the rehearsal hall of the "
     "Brezina Philharmonic in the Czech town of Lhotka overnight from Sunday to Monday, police said. "
     "The thieves broke in through a basement window and carried the drums, each weighing around 60 "
     "kilograms, to a waiting vehicle. The orchestra's manager, Radim Sklenar, said the instruments "
     "had been made in 1978 and were irreplaceable. The orchestra has borrowed timpani from a music "
     "school for Saturday's concert, which will go ahead as planned. Police have asked anyone offered "
     "the instruments for sale to contact them.",
     "Police say thieves stole four copper kettledrums valued at roughly 600,000 koruna from the "
     "Brezina Philharmonic's rehearsal hall in Lhotka, in the Czech Republic, during the night of "
     "Sunday into Monday. After getting in through a cellar window, they carried the drums, each "
     "about 60 kilos, to a vehicle that was waiting outside. Radim Sklenar, who manages the orchestra, "
     "said the instruments dated from 1978 and could not be replaced. Saturday's concert will go ahead "
     "as planned using timpani lent by a music school. Anyone who is offered the drums for sale is "
     "asked to get in touch with police.",
     traps=[T("kettledrums", "timpani", occ=None),
            T("valued at roughly 600,000 koruna", "worth about 600,000 koruna"),
            T("during the night of Sunday into Monday", "overnight from Sunday to Monday"),
            T("a cellar window", "a basement window"),
            T("could not be replaced", "were irreplaceable")])

case("oarsman rescue", "translation",
     "A 58-year-old oarsman was pulled from the water near the island of Sørholm in western Norway on "
     "Tuesday evening after his rowing boat capsized in strong winds, the regional rescue "
     "coordination centre said. The man, who was attempting to row alone from Sørholm to the "
     "mainland, a distance of about 11 kilometres, had been in the water for around 50 minutes. He was "
     "spotted by the crew of a passing ferry, who threw him a lifebuoy and alerted the rescue service. "
     "A rescue boat from the volunteer society in Fjellvik brought him ashore, and he was taken to "
     "hospital in Brenneby with hypothermia. His condition was described as stable on Wednesday "
     "morning.",
     "According to the regional rescue coordination centre, a man of 58 was rescued from the sea off "
     "the island of Sørholm, in western Norway, on Tuesday evening when strong winds overturned the "
     "rowing boat in which he was trying to cross alone from the island to the mainland, roughly 11 "
     "kilometres away. He had spent about 50 minutes in the water before crew members on a passing "
     "ferry saw him, threw him a lifebuoy and raised the alarm. A volunteer rescue boat from Fjellvik "
     "took him to shore, and he was admitted to hospital in Brenneby suffering from hypothermia. On "
     "Wednesday morning he was said to be in a stable condition.",
     traps=[T("a man of 58", "A 58-year-old oarsman"),
            T("strong winds overturned the rowing boat", "his rowing boat capsized in strong winds"),
            T("spent about 50 minutes in the water", "had been in the water for around 50 minutes"),
            T("raised the alarm", "alerted the rescue service"),
            T("was said to be in a stable condition", "was described as stable")])

# ---------------------------------------------------------------------------
# TRANSLATIONS, inconsistent
# ---------------------------------------------------------------------------

case("chisel recall", "translation",
     "The Swedish tool maker Granlund Verktyg is recalling around 14,000 wood chisels sold since March "
     "because the handles can come loose during use, the company announced on Monday. The recall "
     "concerns chisels with green ash handles in widths of 12, 18 and 25 millimetres, sold in hardware "
     "stores in Sweden, Finland and Norway. Two users have reported minor hand injuries. Customers can "
     "return the chisels to any retailer for a replacement or a refund. The fault has been traced to a "
     "batch of adhesive from a supplier in Poland, according to product manager Elin Sandqvist.",
     "Granlund Verktyg, a Swedish toolmaker, said on Monday that it is recalling some 14,000 wood "
     "chisels sold from March onward, as their handles may work loose while in use. Affected are "
     "chisels with green ash handles, 12, 18 or 25 millimetres wide, which were sold through hardware "
     "shops in Sweden, Finland and Denmark. Customers may take the chisels back to any retailer and "
     "receive either a replacement or their money back. According to product manager Elin Sandqvist, "
     "the fault stems from a batch of glue delivered by a Polish supplier.",
     errors=[E("Denmark", "entity", "major", "Norway"),
             E("", "omission", "major", "Two users have reported minor hand injuries",
               before="Customers may take")],
     traps=[T("sold from March onward", "sold since March"),
            T("their money back", "a refund"),
            T("a batch of glue delivered by a Polish supplier",
              "a batch of adhesive from a supplier in Poland")])

case("quail egg recall", "translation",
     "Portugal's food safety authority has ordered the recall of pickled quail eggs produced by the "
     "company Quinta do Sabugal after salmonella was detected in samples from two batches. The "
     "affected jars, of 250 grams, carry the batch numbers L2207 and L2209 and a use-by date of 14 "
     "October. About 9,000 jars were distributed to supermarkets in the north of the country. No cases "
     "of illness have been linked to the product so far. The company said it had suspended production "
     "at its plant in Vila Serrana while it carried out a full cleaning and testing programme.",
     "The Portuguese food safety authority has ordered pickled quail eggs made by Quinta do Sabugal to "
     "be withdrawn after tests on samples from two batches found salmonella. The recall covers "
     "250-gram jars from batches L2207 and L2209 with a use-by date of 14 October. Around 6,000 jars "
     "had been supplied to supermarkets in northern Portugal. To date, no illness has been linked to "
     "the product. Quinta do Sabugal said it had halted production at its Vila Serrana plant while it "
     "carries out a thorough cleaning and testing programme.",
     errors=[E("6,000", "number", "major", "9,000")],
     traps=[T("in northern Portugal", "in the north of the country"),
            T("To date", "so far"),
            T("halted production", "suspended production")])

case("basilica roof leak", "translation",
     "Rainwater leaking through the roof of the Basilica of St Lucian in the Croatian town of Porvenj "
     "has damaged part of a 17th-century ceiling fresco, the diocese said on Tuesday. Experts who "
     "inspected the basilica after last week's storms found that about four square metres of the "
     "painting had been stained. The diocese said the damage could still be repaired but warned that "
     "the roof needed urgent work before the winter. Emergency repairs, costing around 95,000 euros, "
     "will begin next month and are being paid for by the town council. The basilica will remain open "
     "to visitors, although the north aisle has been closed.",
     "The diocese announced on Tuesday that water coming in through the roof of the Basilica of St "
     "Lucian in Porvenj, Croatia, has damaged part of a 17th-century fresco on the ceiling. "
     "Specialists who examined the building following the storms last week found staining on roughly "
     "four square metres of the painting, roughly four square metres. According to the diocese, the "
     "damage could no longer be repaired, and the roof needs urgent attention before winter. The "
     "emergency works, which will cost about 95,000 euros, are due to start next month and will be "
     "financed by the town council. Visitors can still enter the basilica, but the north aisle is "
     "closed.",
     errors=[E("roughly four square metres", "repetition", "minor", None, occ=1),
             E("could no longer be repaired", "polarity", "critical", "could still be repaired")],
     traps=[T("will be financed by the town council", "are being paid for by the town council"),
            T("Visitors can still enter the basilica", "The basilica will remain open to visitors")])

case("pike fishing ban", "translation",
     "Anglers will be banned from taking pike from Lake Vaiksoo in southern Estonia for two years from "
     "1 May, the county environment office announced on Friday, after a survey found that the lake's "
     "pike population had fallen by about 40 per cent since 2018. Catch-and-release fishing will still "
     "be allowed, but pike must be returned to the water immediately. Fishing for perch and roach is "
     "not affected. Officials said the ban might be extended if numbers did not recover. Anyone caught "
     "keeping pike faces a fine of up to 1,200 euros. Local angling clubs have said they support the "
     "measure.",
     "From 1 May, anglers will not be allowed to keep pike caught in Lake Vaiksoo, in the south of "
     "Estonia, for a period of two years, the county environment office said on Friday. A survey "
     "showed that the number of pike in the lake has dropped by roughly 40 percent since 2018. Catch "
     "and release remains permitted, provided pike are put back in the water at once. The ban does not "
     "cover perch or roach fishing. According to officials, the ban will be extended if the population "
     "fails to recover. Keeping a pike can lead to a fine of as much as 1,200 euros. The measure has "
     "the backing of local angling clubs.",
     errors=[E("will be extended", "modality", "major", "might be extended")],
     traps=[T("roughly 40 percent", "about 40 per cent"),
            T("at once", "immediately"),
            T("has the backing of local angling clubs", "Local angling clubs have said they support")])

case("cowbell noise complaint", "translation",
     "A court in the Swiss village of Hinterbüel has rejected a complaint by two holiday-home owners "
     "who wanted a farmer to remove the bells from his cows at night. The couple, who live in the city "
     "for most of the year, had argued that the bells, which can be heard up to 300 metres away, kept "
     "them awake. The judge ruled that cowbells were a long-standing local tradition and that the "
     "couple had bought their chalet knowing that it was next to the pasture. The farmer, Beat "
     "Zumstein, keeps 18 cows on the pasture from June to September. The couple have 30 days to "
     "appeal and must pay court costs of 3,500 francs.",
     "Two owners of a holiday home who wanted a farmer to take the bells off his cows at night have "
     "lost their case before a court in the Swiss village of Hinterbüel. The pair, who spend most of "
     "the year in the city, had claimed they were kept awake by the bells, which are audible up to 300 "
     "metres away. In the judge's view, cowbells are a long-established local tradition, and the "
     "couple had rented their chalet in the knowledge that it stood next to the pasture. Farmer Beat "
     "Zumstein grazes 18 cows there between June and September. The couple can appeal within 30 days "
     "and have been ordered to pay 3,500 francs in court costs.",
     errors=[E("had rented their chalet", "event", "minor", "had bought their chalet")],
     traps=[T("have lost their case", "has rejected a complaint"),
            T("audible up to 300 metres away", "can be heard up to 300 metres away"),
            T("can appeal within 30 days", "have 30 days to appeal")])

# ---------------------------------------------------------------------------
# Offsets and validation
# ---------------------------------------------------------------------------

class SetError(Exception):
    pass


def find_nth(hay, needle, occ, where):
    n = hay.count(needle)
    if n == 0:
        raise SetError(f"{where}: {needle!r} not found in candidate")
    if occ is None:
        if n > 1:
            raise SetError(f"{where}: {needle!r} occurs {n} times; give an occurrence index")
        occ = 0
    if occ >= n:
        raise SetError(f"{where}: occurrence {occ} of {needle!r} requested, only {n}")
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
    return pos


def words(s):
    return len(s.split())


def boundary_ok(s, i):
    """True if position i does not fall inside a word."""
    if i <= 0 or i >= len(s):
        return True
    return not (s[i - 1].isalnum() and s[i].isalnum())


def norm(s):
    return re.sub(r"[^\w]+", " ", s.lower()).strip()


def build():
    records = []
    for n, c in enumerate(CASES, 1):
        rid = f"{PREFIX}-{n:03d}"
        cand, ref = c["candidate"], c["reference"]
        errors, traps = [], []
        for e in c["errors"]:
            where = f"{rid} {e['type']}"
            if e["type"] == "omission":
                if e["text"] != "" or e["before"] is None:
                    raise SetError(f"{where}: omission needs empty text and a 'before' anchor")
                start = end = find_nth(cand, e["before"], e["before_occ"], where)
            else:
                start = find_nth(cand, e["text"], e["occ"], where)
                end = start + len(e["text"])
            errors.append({"start": start, "end": end, "text": cand[start:end], "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"], f"{rid} trap")
            traps.append({"start": start, "end": start + len(t["text"]), "text": t["text"],
                          "ref_text": t["ref_text"]})
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
                        "candidate": cand, "label": "inconsistent" if errors else "consistent",
                        "errors": errors, "traps": traps})
    return records


def validate(records):
    probs = []

    def bad(msg):
        probs.append(msg)

    if len(records) != 40:
        bad(f"expected 40 pairs, got {len(records)}")
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        bad("domains must be exactly the 40 listed, each once")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        bad("duplicate ids")

    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    got = {}
    for r in records:
        got[(r["mode"], r["label"])] = got.get((r["mode"], r["label"]), 0) + 1
    if got != want:
        bad(f"mode/label composition {got} != {want}")

    type_counts = {t: 0 for t in ERROR_TYPES}
    n_errors = 0
    for r in records:
        rid, cand, ref, mode = r["id"], r["candidate"], r["reference"], r["mode"]
        wr = words(ref)
        if not 70 <= wr <= 190:
            bad(f"{rid}: reference has {wr} words")
        if mode == "summary" and not (words(cand) < wr and len(cand) < len(ref)):
            bad(f"{rid}: summary not shorter than reference")
        if r["label"] == "consistent":
            if r["errors"]:
                bad(f"{rid}: consistent pair with errors")
            if not 3 <= len(r["traps"]) <= 5:
                bad(f"{rid}: consistent pair needs 3-5 traps, has {len(r['traps'])}")
        else:
            if not 1 <= len(r["errors"]):
                bad(f"{rid}: inconsistent pair without errors")
            if not 0 <= len(r["traps"]) <= 3:
                bad(f"{rid}: inconsistent pair needs 0-3 traps, has {len(r['traps'])}")
        spans = []
        for e in r["errors"]:
            n_errors += 1
            t = e["type"]
            if t not in ERROR_TYPES:
                bad(f"{rid}: unknown error type {t}")
                continue
            type_counts[t] += 1
            if e["severity"] not in SEVERITIES:
                bad(f"{rid}: bad severity {e['severity']}")
            s, en = e["start"], e["end"]
            if cand[s:en] != e["text"]:
                bad(f"{rid}: offsets do not match text {e['text']!r}")
            if t == "omission":
                if mode == "summary":
                    bad(f"{rid}: omission in a summary")
                if s != en or e["text"] != "":
                    bad(f"{rid}: omission must be an empty span")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(f"{rid}: omission ref_text not in reference")
                elif norm(e["ref_text"]) in norm(cand):
                    bad(f"{rid}: omitted words are present in candidate")
                if not boundary_ok(cand, s):
                    bad(f"{rid}: omission point inside a word")
            else:
                if s >= en:
                    bad(f"{rid}: empty span for {t}")
                if not (boundary_ok(cand, s) and boundary_ok(cand, en)):
                    bad(f"{rid}: {t} span {e['text']!r} cuts a word")
                if t in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(f"{rid}: {t} must have ref_text null")
                    if t == "repetition" and norm(e["text"]) not in norm(cand[:s]):
                        bad(f"{rid}: repetition {e['text']!r} has no earlier copy")
                    if t == "addition" and norm(e["text"]) in norm(ref):
                        bad(f"{rid}: addition text found in reference")
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(f"{rid}: {t} ref_text {e['ref_text']!r} not in reference")
                    if e["ref_text"] == e["text"]:
                        bad(f"{rid}: {t} text equals ref_text")
            spans.append((s, en, e["text"]))
        for tr in r["traps"]:
            s, en = tr["start"], tr["end"]
            if cand[s:en] != tr["text"] or s >= en:
                bad(f"{rid}: trap offsets wrong for {tr['text']!r}")
            if not (boundary_ok(cand, s) and boundary_ok(cand, en)):
                bad(f"{rid}: trap {tr['text']!r} cuts a word")
            if tr["ref_text"] not in ref:
                bad(f"{rid}: trap ref_text {tr['ref_text']!r} not in reference")
            if tr["text"] in ref:
                bad(f"{rid}: trap text {tr['text']!r} occurs verbatim in reference")
            spans.append((s, en, tr["text"]))
        spans.sort()
        for (a0, a1, at), (b0, b1, bt) in zip(spans, spans[1:]):
            if b0 < a1 or (a0 == a1 and a0 > b0) or (b0 == b1 and a0 < b0 < a1):
                bad(f"{rid}: spans overlap: {at!r} / {bt!r}")
        for (a0, a1, at) in spans:
            for (b0, b1, bt) in spans:
                if a0 == a1 and b0 < a0 < b1:
                    bad(f"{rid}: omission point inside span {bt!r}")
    if n_errors != 30:
        bad(f"expected 30 errors, got {n_errors}")
    for t, k in type_counts.items():
        if k < 2:
            bad(f"error type {t} used {k} times (< 2)")
    inc = [r for r in records if r["label"] == "inconsistent"]
    if sum(1 for r in inc if len(r["errors"]) <= 2) < len(inc) * 0.75:
        bad("most inconsistent pairs should have 1-2 errors")
    return probs, type_counts


def summary(records, type_counts):
    sev = {}
    for r in records:
        for e in r["errors"]:
            sev[e["severity"]] = sev.get(e["severity"], 0) + 1
    lines = []
    lines.append(f"pairs: {len(records)}")
    for mode in ("rewrite", "summary", "translation"):
        c = sum(1 for r in records if r["mode"] == mode and r["label"] == "consistent")
        i = sum(1 for r in records if r["mode"] == mode and r["label"] == "inconsistent")
        lines.append(f"  {mode}: {c} consistent, {i} inconsistent")
    lines.append(f"errors: {sum(type_counts.values())}  " +
                 ", ".join(f"{t} {k}" for t, k in type_counts.items()))
    lines.append("severities: " + ", ".join(f"{s} {sev.get(s, 0)}" for s in SEVERITIES))
    ne = {}
    for r in records:
        if r["label"] == "inconsistent":
            ne[len(r["errors"])] = ne.get(len(r["errors"]), 0) + 1
    lines.append("inconsistent pairs by error count: " +
                 ", ".join(f"{k}: {v}" for k, v in sorted(ne.items())))
    tc = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    ti = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    lines.append(f"traps: {tc + ti} ({tc} in consistent pairs, {ti} in inconsistent pairs)")
    wc = [words(r["reference"]) for r in records]
    lines.append(f"reference words: min {min(wc)}, max {max(wc)}, mean {sum(wc) / len(wc):.0f}")
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build()
    except SetError as exc:
        print("BUILD FAILED:", exc)
        return 1
    probs, type_counts = validate(records)
    if probs:
        print(f"VALIDATION FAILED ({len(probs)} problems):")
        for p in probs:
            print("  -", p)
        return 1
    print(summary(records, type_counts))
    if check_only:
        print("check only: valid, nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
