#!/usr/bin/env python3
"""Independent evaluation set 5 for reference/candidate factual-consistency checking.

How this set was made
---------------------
All 40 pairs below were written by hand by a helper session that saw no code
and no data of the project (only this instruction: modes, error types, the
record format).  Every person, company, team, town, river, journal and figure is
invented; a few real country names (Portugal, Ghana, Kenya, Germany, Canada,
Austria) appear only as background.  Offsets are never typed by hand: each
error and trap is given as a piece of candidate text (plus an occurrence index
where the text repeats), and this script finds it, computes start/end, and
validates the whole set.

Composition: 40 pairs, 16 consistent / 24 inconsistent; 18 rewrite, 11 summary,
11 translation (two independent English translations of one imagined foreign
original).  Inconsistent candidates carry 1-2 deliberate errors; every pair has
3-6 "traps" (correct paraphrases that a naive checker might flag).

Usage:
    python3 make_set5.py           # validate and write set5.jsonl next to this file
    python3 make_set5.py --check   # validate only, write nothing
"""

import json
import os
import re
import sys
from collections import Counter

OUT_NAME = "set5.jsonl"
ID_PREFIX = "s5-"

MODES = {"rewrite", "summary", "translation"}
LABELS = {"consistent", "inconsistent"}
ERROR_TYPES = {
    "entity", "number", "date", "role", "polarity", "modality",
    "attribution", "event", "omission", "addition", "repetition",
}
SEVERITIES = {"critical", "major", "minor"}


def E(text, type_, severity, ref, occ=None, after=None, before=None):
    """An error.  `text` is the wrong candidate text (empty for an omission,
    which is then positioned with `after=` or `before=` a candidate anchor)."""
    return {"text": text, "type": type_, "severity": severity, "ref": ref,
            "occ": occ, "after": after, "before": before}


def T(text, ref, occ=None):
    """A trap: a correct paraphrase in the candidate, with the reference wording."""
    return {"text": text, "ref": ref, "occ": occ}


PAIRS = [
    # 1 ------------------------------------------------------------------
    dict(
        domain="courts", mode="rewrite", label="inconsistent",
        reference=(
            "A jury at Dunmorrow Crown Court on Tuesday acquitted former council treasurer "
            "Malcolm Ostrey of fraud after a three-week trial. Prosecutors had alleged that "
            "Ostrey diverted £412,000 from a road maintenance fund into accounts controlled by "
            "his brother-in-law. The defence argued that the transfers had been approved by the "
            "finance committee. Judge Alina Drescott thanked the jurors and discharged Ostrey, "
            "who had been suspended from his post since 2021. The council said it would review "
            "its payment procedures."
        ),
        candidate=(
            "Former council treasurer Malcolm Ostrey was convicted of fraud by a jury at "
            "Dunmorrow Crown Court on Tuesday, at the end of a trial lasting three weeks. "
            "According to the prosecution, he had diverted £412,000 from a road maintenance fund "
            "into accounts under his brother-in-law's control. His lawyers contended that the "
            "finance committee had signed off on the transfers. Judge Alina Drescott thanked the "
            "jury and discharged Ostrey, who has been suspended from his post since 2021. The "
            "council has promised to review its payment procedures."
        ),
        errors=[E("convicted", "polarity", "critical", "acquitted")],
        traps=[
            T("a trial lasting three weeks", "a three-week trial"),
            T("under his brother-in-law's control", "controlled by his brother-in-law"),
            T("His lawyers contended", "The defence argued"),
            T("the finance committee had signed off on the transfers",
              "the transfers had been approved by the finance committee"),
            T("has promised to review", "said it would review"),
        ],
    ),
    # 2 ------------------------------------------------------------------
    dict(
        domain="sport", mode="rewrite", label="consistent",
        reference=(
            "Brennock Athletic beat Halvercombe United 3-1 on Saturday to move to the top of the "
            "Northern League for the first time in eleven years. Striker Tomas Vilder scored twice "
            "in the first half, and defender Oscar Penhale added a third from a corner in the 78th "
            "minute. Halvercombe's only goal came from a penalty converted by captain Reuben "
            "Astley. The match at Garrow Park drew a crowd of 14,200, the stadium's largest this "
            "season. Brennock manager Ilse Karrow said her players had 'earned every point'."
        ),
        candidate=(
            "Halvercombe United were beaten 3-1 by Brennock Athletic on Saturday, a result that "
            "lifts Brennock to first place in the Northern League for the first time in 11 years. "
            "Striker Tomas Vilder found the net twice before half-time, and defender Oscar Penhale "
            "made it three from a corner 12 minutes from the end. Captain Reuben Astley replied "
            "from the penalty spot for Halvercombe's only goal. A crowd of 14,200 - the biggest at "
            "Garrow Park so far this season - watched the game. Brennock's manager, Ilse Karrow, "
            "said her side had 'earned every point'."
        ),
        errors=[],
        traps=[
            T("Halvercombe United were beaten 3-1 by Brennock Athletic",
              "Brennock Athletic beat Halvercombe United 3-1"),
            T("11 years", "eleven years"),
            T("found the net twice before half-time", "scored twice in the first half"),
            T("12 minutes from the end", "in the 78th minute"),
            T("from the penalty spot", "a penalty converted by"),
            T("her side", "her players"),
        ],
    ),
    # 3 ------------------------------------------------------------------
    dict(
        domain="business", mode="summary", label="inconsistent",
        reference=(
            "Ostrand Foods has agreed to buy the regional dairy producer Wendlow Creameries for "
            "$318 million, the companies announced on Monday. The deal, which still requires "
            "approval from competition regulators, would make Ostrand the second-largest milk "
            "processor in the country. Wendlow's 1,150 employees will keep their jobs for at least "
            "two years under the terms of the agreement. Ostrand chief executive Paula Brennagh "
            "said the acquisition would allow the group to expand into cheese and yoghurt. Shares "
            "in Ostrand rose 4 percent after the announcement."
        ),
        candidate=(
            "Wendlow Creameries has agreed to take over Ostrand Foods in a $318m deal announced on "
            "Monday that still needs the green light from competition regulators. Wendlow's 1,150 "
            "staff are guaranteed their jobs for at least two years. Ostrand's CEO said the "
            "purchase would let the group move into cheese and yoghurt."
        ),
        errors=[E("Wendlow Creameries has agreed to take over Ostrand Foods", "role", "critical",
                  "Ostrand Foods has agreed to buy the regional dairy producer Wendlow Creameries")],
        traps=[
            T("$318m", "$318 million"),
            T("the green light from competition regulators", "approval from competition regulators"),
            T("staff", "employees"),
            T("Ostrand's CEO", "Ostrand chief executive Paula Brennagh"),
            T("move into", "expand into"),
        ],
    ),
    # 4 ------------------------------------------------------------------
    dict(
        domain="health", mode="translation", label="consistent",
        reference=(
            "The health ministry of Varnesia announced on Thursday that it will offer free "
            "influenza vaccines to all residents over the age of 60 starting in October. The "
            "programme, which will cost an estimated 42 million lirans, is intended to reduce "
            "hospital admissions during the winter months. Pharmacies in the country's nine "
            "provinces will administer the shots alongside public clinics. Health Minister Dorota "
            "Kessel said last winter's flu season had been the worst in a decade. Officials expect "
            "around 1.3 million people to take part."
        ),
        candidate=(
            "From October, every resident of Varnesia aged over 60 will be able to get a flu jab "
            "free of charge, the country's ministry of health said on Thursday. The aim of the "
            "scheme, whose cost is put at approximately 42 million lirans, is to cut the number of "
            "people admitted to hospital over the winter. Besides public clinics, pharmacies across "
            "all nine provinces will give the vaccinations. According to health minister Dorota "
            "Kessel, the previous winter had brought the most severe flu season in ten years. The "
            "authorities anticipate that some 1.3 million people will participate."
        ),
        errors=[],
        traps=[
            T("a flu jab", "influenza vaccines"),
            T("free of charge", "free"),
            T("approximately 42 million lirans", "an estimated 42 million lirans"),
            T("cut the number of people admitted to hospital", "reduce hospital admissions"),
            T("in ten years", "in a decade"),
            T("some 1.3 million people", "around 1.3 million people"),
        ],
    ),
    # 5 ------------------------------------------------------------------
    dict(
        domain="science", mode="rewrite", label="inconsistent",
        reference=(
            "Researchers at the University of Tallowmere have identified a new species of "
            "freshwater crab in a cave system in northern Portugal. The crab, named Cavernicancer "
            "obscurus, measures about 4 centimetres across and has no functional eyes. The team "
            "found 27 specimens during six expeditions between 2019 and 2022. Lead author Dr "
            "Sabine Morrow said the species had probably been isolated for several million years. "
            "The findings were published in the Iberian Journal of Cave Fauna."
        ),
        candidate=(
            "A previously unknown freshwater crab has been discovered in caves in northern "
            "Portugal by scientists from the University of Tallowmere. Named Cavernicancer "
            "obscurus, the crustacean is roughly 4 cm wide and lacks working eyes. Over six "
            "expeditions from 2019 to 2022, the researchers collected 72 specimens. The species "
            "has most likely been cut off for several million years, according to lead author Dr "
            "Sabine Morrow. The study appears in the Iberian Journal of Cave Fauna."
        ),
        errors=[E("72", "number", "major", "27")],
        traps=[
            T("by scientists from the University of Tallowmere", "Researchers at the University of Tallowmere"),
            T("roughly 4 cm wide", "measures about 4 centimetres across"),
            T("lacks working eyes", "has no functional eyes"),
            T("from 2019 to 2022", "between 2019 and 2022"),
            T("most likely been cut off", "probably been isolated"),
        ],
    ),
    # 6 ------------------------------------------------------------------
    dict(
        domain="weather", mode="summary", label="consistent",
        reference=(
            "Heavy rain caused flooding across the eastern district of Corlan on Wednesday night, "
            "forcing the evacuation of about 600 residents. The Meteorological Office said 112 "
            "millimetres of rain fell in 24 hours, more than the average for the whole month of "
            "March. Two bridges over the River Aske were closed as a precaution, and several "
            "schools remained shut on Thursday. No injuries were reported. Forecasters expect "
            "drier weather from Saturday."
        ),
        candidate=(
            "Around 600 people in eastern Corlan had to leave their homes after Wednesday night's "
            "downpour, in which 112 mm of rain fell within a day - more than a typical March brings "
            "in total. Nobody was hurt. Drier conditions are forecast from Saturday."
        ),
        errors=[],
        traps=[
            T("Around 600 people", "about 600 residents"),
            T("had to leave their homes", "forcing the evacuation"),
            T("112 mm", "112 millimetres"),
            T("within a day", "in 24 hours"),
            T("more than a typical March brings in total",
              "more than the average for the whole month of March"),
            T("Nobody was hurt", "No injuries were reported"),
        ],
    ),
    # 7 ------------------------------------------------------------------
    dict(
        domain="politics", mode="translation", label="inconsistent",
        reference=(
            "The opposition Unity Party of Meridia has called for an early election after the "
            "coalition government lost a confidence vote in parliament on Friday. Party leader "
            "Anton Vessely said the government no longer had 'a mandate to govern'. Prime Minister "
            "Lena Hostvik rejected the demand and said she would try to form a new majority within "
            "two weeks. The motion passed by 84 votes to 79. President Karel Stamm is expected to "
            "meet party leaders on Monday."
        ),
        candidate=(
            "Following Friday's defeat of the coalition government in a parliamentary vote of "
            "confidence, Meridia's opposition Unity Party demanded that elections be brought "
            "forward. According to Prime Minister Lena Hostvik, the government no longer had 'a "
            "mandate to govern'. Hostvik, however, dismissed the call and said she would attempt "
            "to build a new majority in the next two weeks. The motion was carried with 84 votes in "
            "favour and 79 against. A meeting between President Karel Stamm and the party leaders "
            "is expected on Monday."
        ),
        errors=[E("Prime Minister Lena Hostvik", "attribution", "major", "Party leader Anton Vessely")],
        traps=[
            T("defeat of the coalition government in a parliamentary vote of confidence",
              "the coalition government lost a confidence vote in parliament"),
            T("demanded that elections be brought forward", "called for an early election"),
            T("dismissed the call", "rejected the demand"),
            T("in the next two weeks", "within two weeks"),
            T("84 votes in favour and 79 against", "84 votes to 79"),
        ],
    ),
    # 8 ------------------------------------------------------------------
    dict(
        domain="transport", mode="rewrite", label="inconsistent",
        reference=(
            "The opening of the new Kelvaston tram line has been postponed until next spring "
            "because of delays in testing the signalling system, the city's transport authority "
            "said on Tuesday. The 9-kilometre line, which will link the central station with the "
            "Ashmoor hospital, was originally due to open in September. The project has cost 214 "
            "million euros so far, about 15 percent over budget. Transport director Hana Lisowski "
            "apologised to residents and said safety could not be compromised. Replacement buses "
            "will continue to run on the route every ten minutes."
        ),
        candidate=(
            "The city's transport authority said on Tuesday that the opening of the new Kelvaston "
            "tram line had been cancelled, as testing of the signalling system has fallen behind. "
            "The nine-km line, which is to connect the central station with Ashmoor hospital, had "
            "been scheduled to open in September. So far the project has cost €214m, around 15% "
            "more than budgeted. Transport director Hana Lisowski apologised to residents, saying "
            "safety could not be compromised. Replacement buses will continue to serve the route."
        ),
        errors=[
            E("cancelled", "event", "critical", "postponed until next spring"),
            E("", "omission", "minor", "every ten minutes", after="continue to serve the route"),
        ],
        traps=[
            T("testing of the signalling system has fallen behind",
              "delays in testing the signalling system"),
            T("nine-km", "9-kilometre"),
            T("is to connect", "will link"),
            T("had been scheduled to open in September", "was originally due to open in September"),
            T("€214m", "214 million euros"),
            T("around 15% more than budgeted", "about 15 percent over budget"),
        ],
    ),
    # 9 ------------------------------------------------------------------
    dict(
        domain="culture", mode="rewrite", label="consistent",
        reference=(
            "The Corvesham Museum of Art will reopen on 14 June after a two-year renovation "
            "costing $38 million, its director announced on Monday. The work added a new wing for "
            "contemporary sculpture and restored the building's 19th-century glass roof. Admission "
            "will be free for the first weekend. Director Miriam Oyelaran said the museum expected "
            "250,000 visitors in its first year back. The collection includes more than 6,000 "
            "works, about a fifth of which will be on display."
        ),
        candidate=(
            "After two years of renovation work that cost $38m, the Corvesham Museum of Art is to "
            "reopen its doors on June 14, its director said on Monday. The refurbishment restored "
            "the building's 19th-century glass roof and created an additional wing devoted to "
            "contemporary sculpture. Visitors will not have to pay on the opening weekend. Miriam "
            "Oyelaran, the director, said the museum anticipated a quarter of a million visitors in "
            "the first year after reopening. Roughly 20 percent of the more than 6,000 works in the "
            "collection will be shown."
        ),
        errors=[],
        traps=[
            T("$38m", "$38 million"),
            T("June 14", "14 June"),
            T("Visitors will not have to pay on the opening weekend",
              "Admission will be free for the first weekend"),
            T("a quarter of a million visitors", "250,000 visitors"),
            T("the museum anticipated", "the museum expected"),
            T("Roughly 20 percent", "about a fifth"),
        ],
    ),
    # 10 -----------------------------------------------------------------
    dict(
        domain="crime", mode="summary", label="inconsistent",
        reference=(
            "Police in Brackenmouth arrested two men on Sunday in connection with a series of "
            "burglaries at jewellery shops in the town centre. The suspects, aged 34 and 41, were "
            "detained at a house on Millgate Road after a three-month investigation. Officers "
            "recovered watches and rings worth an estimated £90,000. Detective Inspector Rhona "
            "Caskey said further arrests were possible. Neither man has yet been charged."
        ),
        candidate=(
            "Two men aged 34 and 41 were charged on Sunday over a string of jewellery shop "
            "burglaries in central Brackenmouth, after a three-month police inquiry. Around £90,000 "
            "worth of watches and rings was recovered, and the detective in charge did not rule "
            "out more arrests."
        ),
        errors=[E("charged", "event", "critical", "arrested")],
        traps=[
            T("a string of jewellery shop burglaries", "a series of burglaries at jewellery shops"),
            T("central Brackenmouth", "the town centre"),
            T("three-month police inquiry", "three-month investigation"),
            T("Around £90,000", "an estimated £90,000"),
            T("did not rule out more arrests", "said further arrests were possible"),
        ],
    ),
    # 11 -----------------------------------------------------------------
    dict(
        domain="education", mode="translation", label="inconsistent",
        reference=(
            "The education ministry of Kestova is considering extending the school year by two "
            "weeks from 2026, a spokesperson said on Wednesday. The proposal would shorten the "
            "summer holiday to seven weeks. Teachers' unions have warned that they may strike if "
            "the plan goes ahead without additional pay. A final decision is expected after "
            "consultations with regional authorities in the autumn. Around 840,000 pupils attend "
            "state schools in the country."
        ),
        candidate=(
            "Kestova's ministry of education will lengthen the school year by two weeks starting "
            "in 2026, a ministry spokesperson said on Wednesday. Under the proposal, summer "
            "holidays would be cut to seven weeks. Should the plan be implemented without extra "
            "pay, teachers' unions have cautioned, they could go on strike. A definitive decision "
            "is expected once regional authorities have been consulted in the autumn. State schools "
            "in the country have about 840,000 pupils."
        ),
        errors=[E("will lengthen", "modality", "major", "is considering extending")],
        traps=[
            T("cut to seven weeks", "shorten the summer holiday to seven weeks"),
            T("Should the plan be implemented without extra pay",
              "if the plan goes ahead without additional pay"),
            T("have cautioned", "have warned"),
            T("could go on strike", "may strike"),
            T("about 840,000 pupils", "Around 840,000 pupils"),
        ],
    ),
    # 12 -----------------------------------------------------------------
    dict(
        domain="energy", mode="rewrite", label="inconsistent",
        reference=(
            "Norvantis Power will shut down its coal-fired plant at Greyling Point on 31 March 2027, "
            "three years earlier than planned, the company said on Thursday. The 1,200-megawatt "
            "plant currently supplies about a tenth of the region's electricity. Norvantis intends "
            "to replace the capacity with a solar farm and battery storage costing 1.4 billion "
            "dollars. About 380 workers are employed at the site; the company said most would be "
            "offered retraining. Environmental groups welcomed the decision."
        ),
        candidate=(
            "The coal-fired plant at Greyling Point will be closed by Norvantis Power on 31 March "
            "2028, bringing forward the planned closure by three years, the company announced on "
            "Thursday. The 1.2-gigawatt facility currently provides roughly 10 percent of the "
            "region's electricity. In its place, Norvantis plans a $1.4bn solar farm with battery "
            "storage. Most of the roughly 380 people working at the site will be offered "
            "retraining, the company said. The decision was welcomed by environmental groups."
        ),
        errors=[E("31 March 2028", "date", "major", "31 March 2027")],
        traps=[
            T("bringing forward the planned closure by three years", "three years earlier than planned"),
            T("1.2-gigawatt", "1,200-megawatt"),
            T("roughly 10 percent", "about a tenth"),
            T("$1.4bn", "1.4 billion dollars"),
            T("The decision was welcomed by environmental groups", "Environmental groups welcomed the decision"),
        ],
    ),
    # 13 -----------------------------------------------------------------
    dict(
        domain="agriculture", mode="summary", label="consistent",
        reference=(
            "Wheat farmers in the Orrin Valley expect this year's harvest to be 30 percent smaller "
            "than last year's after a dry spring, the regional farmers' association said on Monday. "
            "The association estimates the yield at 1.6 tonnes per hectare, down from 2.3 tonnes. "
            "Irrigation restrictions introduced in April prevented many farms from watering their "
            "crops. Association chair Gideon Marsh called on the government to provide emergency "
            "support. Bread prices in the region have already risen by about 8 percent since "
            "January."
        ),
        candidate=(
            "After a dry spring and April's irrigation curbs, the Orrin Valley wheat harvest is "
            "expected to shrink by 30% on last year, with yields put at 1.6 t/ha against 2.3 t/ha, "
            "according to the regional farmers' association. Its chair wants emergency government "
            "aid."
        ),
        errors=[],
        traps=[
            T("April's irrigation curbs", "Irrigation restrictions introduced in April"),
            T("shrink by 30% on last year", "30 percent smaller than last year's"),
            T("1.6 t/ha", "1.6 tonnes per hectare"),
            T("wants emergency government aid", "called on the government to provide emergency support"),
        ],
    ),
    # 14 -----------------------------------------------------------------
    dict(
        domain="technology", mode="rewrite", label="inconsistent",
        reference=(
            "Software company Quillon Systems has released an update to fix a security flaw that "
            "exposed the email addresses of about 45,000 customers. The vulnerability was "
            "discovered by an independent researcher and reported to the company on 2 May. Quillon "
            "said there was no evidence that passwords or payment details had been accessed. The "
            "company has notified the data protection regulator. Chief technology officer Ravi "
            "Annand apologised to affected users."
        ),
        candidate=(
            "Quillon Systems, a software firm, has issued an update that fixes a security hole "
            "which had exposed roughly 45,000 customers' email addresses. An independent researcher "
            "found the weakness and alerted the company on 2 May, receiving a $10,000 reward. "
            "According to Quillon, nothing suggests that passwords or payment data were accessed. "
            "The data protection regulator has been informed. Ravi Annand, the company's CTO, "
            "apologised to the users affected."
        ),
        errors=[E("receiving a $10,000 reward", "addition", "major", None)],
        traps=[
            T("security hole", "security flaw"),
            T("roughly 45,000", "about 45,000"),
            T("nothing suggests", "there was no evidence"),
            T("The data protection regulator has been informed",
              "The company has notified the data protection regulator"),
            T("the company's CTO", "Chief technology officer"),
        ],
    ),
    # 15 -----------------------------------------------------------------
    dict(
        domain="local news", mode="translation", label="consistent",
        reference=(
            "Residents of the village of Lindqvarn voted on Sunday to keep their local post office "
            "open by taking over its running as a cooperative. Of the 412 households that took "
            "part, 356 backed the plan. The postal service had announced in January that the branch "
            "would close at the end of the year because of falling customer numbers. The "
            "cooperative will be staffed by volunteers and will also sell groceries. Mayor Elin "
            "Svartholm called the result 'a victory for the whole community'."
        ),
        candidate=(
            "On Sunday the inhabitants of the village of Lindqvarn decided in a vote to run their "
            "post office themselves as a cooperative so that it can stay open. The plan was "
            "supported by 356 of the 412 households that voted. In January, the postal service had "
            "said it would close the branch at year's end, citing a decline in customers. "
            "Volunteers will work in the cooperative, which will sell groceries as well. The mayor, "
            "Elin Svartholm, described the outcome as 'a victory for the whole community'."
        ),
        errors=[],
        traps=[
            T("run their post office themselves as a cooperative", "taking over its running as a cooperative"),
            T("supported by 356 of the 412 households", "Of the 412 households that took part, 356 backed"),
            T("at year's end", "at the end of the year"),
            T("a decline in customers", "falling customer numbers"),
            T("Volunteers will work in the cooperative", "The cooperative will be staffed by volunteers"),
        ],
    ),
    # 16 -----------------------------------------------------------------
    dict(
        domain="courts", mode="summary", label="inconsistent",
        reference=(
            "The regional high court in Ambria ruled on Thursday that the logistics firm Tarrick "
            "Freight must pay 2.7 million crowns in damages to the shipping company Velmar Lines. "
            "The court found that Tarrick had broken a ten-year contract by moving its cargo to a "
            "competitor in 2022. Velmar had originally sought 5 million crowns. Tarrick said it was "
            "studying the judgment and might appeal. The case had been running for almost three "
            "years."
        ),
        candidate=(
            "Tarrick Freight has been awarded 2.7 million crowns in damages from Velmar Lines by "
            "Ambria's regional high court, which found that a ten-year contract had been broken "
            "when cargo was switched to a rival in 2022. Tarrick may appeal."
        ),
        errors=[E("Tarrick Freight has been awarded 2.7 million crowns in damages from Velmar Lines",
                  "role", "critical",
                  "Tarrick Freight must pay 2.7 million crowns in damages to the shipping company Velmar Lines")],
        traps=[
            T("Ambria's regional high court", "The regional high court in Ambria"),
            T("a ten-year contract had been broken", "Tarrick had broken a ten-year contract"),
            T("switched to a rival", "moving its cargo to a competitor"),
            T("may appeal", "might appeal"),
        ],
    ),
    # 17 -----------------------------------------------------------------
    dict(
        domain="sport", mode="translation", label="inconsistent",
        reference=(
            "Cyclist Mara Delacroix of the Aurel-Vento team won the fourth stage of the Tour of "
            "Valdoria on Wednesday, finishing the 187-kilometre route in four hours and twelve "
            "minutes. She beat Dutch rider Femke Oostrum by eight seconds in a sprint finish. The "
            "victory lifts Delacroix to second place in the overall standings, 41 seconds behind "
            "leader Ines Carvanho. Thursday's stage includes three mountain climbs."
        ),
        candidate=(
            "On Wednesday Mara Delacroix, who rides for Aurel-Vento, took the fourth stage of the "
            "Tour of Valdoria, covering the 187 km course in 4 hours 12 minutes. In a sprint to the "
            "line she finished eight seconds ahead of the Belgian Femke Oostrum. Thanks to the win "
            "Delacroix moves up to second in the general classification, 14 seconds adrift of the "
            "race leader, Ines Carvanho. Thursday's stage features three mountain climbs."
        ),
        errors=[
            E("Belgian", "entity", "minor", "Dutch"),
            E("14 seconds", "number", "major", "41 seconds"),
        ],
        traps=[
            T("took the fourth stage", "won the fourth stage"),
            T("187 km course", "187-kilometre route"),
            T("4 hours 12 minutes", "four hours and twelve minutes"),
            T("finished eight seconds ahead of", "beat Dutch rider Femke Oostrum by eight seconds"),
            T("general classification", "overall standings"),
        ],
    ),
    # 18 -----------------------------------------------------------------
    dict(
        domain="business", mode="rewrite", label="consistent",
        reference=(
            "The supermarket chain Fenmore sold its 40 convenience stores in the south of the "
            "country to rival Harrowvale Retail for 96 million pounds, the two companies said on "
            "Friday. Fenmore's chief executive, Colin Reddaway, said the sale would let the company "
            "concentrate on its large out-of-town stores. The stores employ about 1,900 people, all "
            "of whom will transfer to Harrowvale. The deal is expected to be completed by the end "
            "of July."
        ),
        candidate=(
            "Rival chain Harrowvale Retail has bought the 40 convenience stores that supermarket "
            "group Fenmore ran in the south of the country, paying £96m, the two companies "
            "announced on Friday. Disposing of the shops will allow Fenmore to focus on its large "
            "out-of-town stores, said CEO Colin Reddaway. All of the roughly 1,900 employees at the "
            "stores will move across to Harrowvale. Completion is expected by the end of July."
        ),
        errors=[],
        traps=[
            T("Rival chain Harrowvale Retail has bought the 40 convenience stores",
              "sold its 40 convenience stores in the south of the country to rival Harrowvale Retail"),
            T("£96m", "96 million pounds"),
            T("focus on", "concentrate on"),
            T("CEO Colin Reddaway", "chief executive, Colin Reddaway"),
            T("move across to Harrowvale", "transfer to Harrowvale"),
            T("Completion is expected by the end of July",
              "The deal is expected to be completed by the end of July"),
        ],
    ),
    # 19 -----------------------------------------------------------------
    dict(
        domain="health", mode="rewrite", label="inconsistent",
        reference=(
            "A clinical trial at Sorrendale General Hospital found that a new drug reduced the risk "
            "of a second stroke by 22 percent in patients under 70. The study followed 3,400 "
            "patients for two years. Side effects, mainly headaches and nausea, were reported by "
            "about one in ten participants. The drug's maker, Pellanor Therapeutics, plans to apply "
            "for approval next year. Independent experts said larger studies were needed."
        ),
        candidate=(
            "A new drug cut the risk of a second stroke by 22%, a clinical trial at Sorrendale "
            "General Hospital has found. The 3,400 patients in the study were followed for two "
            "years. Around 10 percent of participants reported side effects, chiefly headaches and "
            "nausea. Pellanor Therapeutics, which makes the drug, intends to seek approval next "
            "year. Larger studies are needed, according to independent experts."
        ),
        errors=[E("", "omission", "major", "in patients under 70", after="a second stroke by 22%")],
        traps=[
            T("cut the risk", "reduced the risk"),
            T("Around 10 percent of participants", "about one in ten participants"),
            T("chiefly headaches and nausea", "mainly headaches and nausea"),
            T("which makes the drug", "The drug's maker"),
            T("intends to seek approval", "plans to apply for approval"),
        ],
    ),
    # 20 -----------------------------------------------------------------
    dict(
        domain="science", mode="translation", label="inconsistent",
        reference=(
            "The number of breeding pairs of the grey-crested plover on the island of Skelmoy fell "
            "by 18 percent last year, according to a survey by the National Bird Institute of "
            "Halvoria. Researchers counted 1,240 pairs, compared with 1,512 in the previous year. "
            "The decline is blamed mainly on rats brought to the island by fishing boats. The "
            "institute has proposed a rat eradication programme that would cost about 3 million "
            "marks. Similar programmes on nearby islands have led to a recovery in bird numbers."
        ),
        candidate=(
            "Last year the grey-crested plover population on Skelmoy island rose by 18 percent in "
            "terms of breeding pairs, a count carried out by Halvoria's National Bird Institute has "
            "shown. The researchers recorded 1,240 pairs, against 1,512 a year earlier. Rats that "
            "reached the island on fishing vessels are considered the main cause of the decrease. A "
            "programme to eradicate the rats, at a cost of roughly 3 million marks, has been "
            "proposed by the institute. On neighbouring islands, comparable programmes have allowed "
            "bird numbers to recover."
        ),
        errors=[E("rose", "polarity", "critical", "fell")],
        traps=[
            T("1,512 a year earlier", "1,512 in the previous year"),
            T("fishing vessels", "fishing boats"),
            T("considered the main cause", "is blamed mainly on"),
            T("roughly 3 million marks", "about 3 million marks"),
            T("has been proposed by the institute", "The institute has proposed"),
            T("neighbouring islands", "nearby islands"),
        ],
    ),
    # 21 -----------------------------------------------------------------
    dict(
        domain="weather", mode="rewrite", label="inconsistent",
        reference=(
            "A heatwave is expected to push temperatures above 38 degrees Celsius in the southern "
            "province of Alvera this weekend, the national weather service warned on Thursday. An "
            "amber alert has been issued for Saturday and Sunday. Authorities have advised older "
            "people to stay indoors during the hottest part of the day. Several towns will open "
            "air-conditioned public buildings as cooling centres. Temperatures are forecast to drop "
            "on Tuesday."
        ),
        candidate=(
            "The national weather service warned on Thursday that a heatwave is likely to send "
            "temperatures in the southern province of Alvera above 38C this weekend. An amber "
            "warning is in force for Saturday and Sunday. Elderly people have been advised by the "
            "authorities to remain inside during the hottest hours. An amber warning is in force "
            "for Saturday and Sunday. A number of towns will turn air-conditioned public buildings "
            "into cooling centres, and temperatures should fall on Tuesday."
        ),
        errors=[E("An amber warning is in force for Saturday and Sunday.", "repetition", "minor",
                  "An amber alert has been issued for Saturday and Sunday.", occ=1)],
        traps=[
            T("38C", "38 degrees Celsius"),
            T("An amber warning is in force", "An amber alert has been issued", occ=0),
            T("Elderly people", "older people"),
            T("remain inside during the hottest hours", "stay indoors during the hottest part of the day"),
            T("should fall on Tuesday", "are forecast to drop on Tuesday"),
        ],
    ),
    # 22 -----------------------------------------------------------------
    dict(
        domain="politics", mode="summary", label="consistent",
        reference=(
            "The city council of Quenmoor Harbour voted 23 to 8 on Tuesday to ban cars from the "
            "historic old town from next January. Delivery vehicles will be allowed in between 6 am "
            "and 10 am, and residents will receive permits for their own cars. Mayor Teodor "
            "Balancu said the measure would reduce pollution and make the streets safer for "
            "pedestrians. Shop owners had collected 4,000 signatures against the plan, arguing that "
            "it would drive customers away. The council will spend 2.5 million euros on new cycle "
            "lanes and park-and-ride sites."
        ),
        candidate=(
            "Quenmoor Harbour's council has approved a ban on cars in the historic old town, "
            "starting next January, despite a 4,000-signature petition from shop owners who fear "
            "losing customers. Residents will get permits, and deliveries will be allowed in the "
            "mornings between 6 and 10. The mayor says the ban will cut pollution and make the "
            "streets safer for people on foot."
        ),
        errors=[],
        traps=[
            T("has approved a ban", "voted 23 to 8 on Tuesday to ban"),
            T("4,000-signature petition from shop owners",
              "Shop owners had collected 4,000 signatures against the plan"),
            T("fear losing customers", "arguing that it would drive customers away"),
            T("in the mornings between 6 and 10", "between 6 am and 10 am"),
            T("cut pollution", "reduce pollution"),
            T("people on foot", "pedestrians"),
        ],
    ),
    # 23 -----------------------------------------------------------------
    dict(
        domain="transport", mode="translation", label="consistent",
        reference=(
            "The national railway company of Estravia will introduce night trains between the "
            "capital, Dorvenik, and the coastal city of Salpen from 15 December. The trains will "
            "run three times a week and the journey will take about nine hours. Tickets for a "
            "sleeping compartment will cost from 89 estras. The company has bought 12 refurbished "
            "sleeper carriages from an Austrian operator. It expects around 60,000 passengers in "
            "the first year."
        ),
        candidate=(
            "Starting on 15 December, Estravia's national rail operator will run night trains "
            "linking Dorvenik, the capital, with the seaside city of Salpen. There will be three "
            "services per week, and the trip will last roughly nine hours. A berth in a sleeping "
            "compartment will be available from 89 estras. The operator has purchased 12 renovated "
            "sleeper cars from an operator in Austria. Some 60,000 passengers are expected in the "
            "first year."
        ),
        errors=[],
        traps=[
            T("seaside city", "coastal city"),
            T("three services per week", "three times a week"),
            T("roughly nine hours", "about nine hours"),
            T("renovated sleeper cars", "refurbished sleeper carriages"),
            T("an operator in Austria", "an Austrian operator"),
            T("Some 60,000 passengers", "around 60,000 passengers"),
        ],
    ),
    # 24 -----------------------------------------------------------------
    dict(
        domain="culture", mode="summary", label="inconsistent",
        reference=(
            "The novelist Adaeze Okonkwo-Hale has won the Sterling Quill Prize for her book 'The "
            "Salt Orchard', the judges announced on Wednesday evening. The novel, set in a fishing "
            "town in Ghana in the 1970s, was chosen from a shortlist of six. The prize is worth "
            "50,000 pounds. Chair of the judges, the critic Lionel Farrant, described the book as "
            "'quietly devastating'. Okonkwo-Hale said she would donate part of the money to a "
            "literacy charity."
        ),
        candidate=(
            "Adaeze Okonkwo-Hale's 'The Salt Orchard', a novel set in a Kenyan fishing town in the "
            "1970s, has won the £50,000 Sterling Quill Prize. Judging chair Lionel Farrant called "
            "it 'quietly devastating', and the author plans to give some of the prize money to a "
            "literacy charity."
        ),
        errors=[E("Kenyan", "entity", "major", "Ghana")],
        traps=[
            T("£50,000", "50,000 pounds"),
            T("Judging chair Lionel Farrant", "Chair of the judges, the critic Lionel Farrant"),
            T("called it", "described the book as"),
            T("give some of the prize money", "donate part of the money"),
        ],
    ),
    # 25 -----------------------------------------------------------------
    dict(
        domain="crime", mode="rewrite", label="inconsistent",
        reference=(
            "A 19-year-old man has been charged with assaulting a bus driver in Delcaster on Friday "
            "evening, police said. The driver, aged 52, had asked the man to pay his fare when he "
            "was punched twice in the face. Other passengers restrained the attacker until officers "
            "arrived about ten minutes later. The driver suffered a broken nose and was treated in "
            "hospital. The bus company, Delcaster Transit, said it would install protective screens "
            "on all 140 of its buses."
        ),
        candidate=(
            "Police say a 19-year-old man has been charged after a bus driver was assaulted in "
            "Delcaster on Friday evening. The 52-year-old driver was punched twice in the face "
            "after the man asked him to pay his fare. Passengers held the attacker until police "
            "arrived around ten minutes later. The driver was treated in hospital for a broken "
            "nose. Delcaster Transit, the bus operator, said protective screens would be fitted to "
            "all 410 of its buses."
        ),
        errors=[
            E("the man asked him to pay his fare", "role", "major", "had asked the man to pay his fare"),
            E("410", "number", "minor", "140"),
        ],
        traps=[
            T("The 52-year-old driver", "The driver, aged 52"),
            T("Passengers held the attacker", "Other passengers restrained the attacker"),
            T("police arrived around ten minutes later", "officers arrived about ten minutes later"),
            T("Delcaster Transit, the bus operator", "The bus company, Delcaster Transit"),
            T("protective screens would be fitted", "it would install protective screens"),
        ],
    ),
    # 26 -----------------------------------------------------------------
    dict(
        domain="education", mode="rewrite", label="consistent",
        reference=(
            "Ferncastle University will cut tuition fees for students from low-income families by "
            "half from next September, the university announced on Monday. About 2,100 students "
            "are expected to benefit from the scheme, which will cost around 6 million dollars a "
            "year. The money will come from a donation by the Ambrose Whitcombe Foundation. "
            "Vice-chancellor Priya Rennet said the university wanted to 'open its doors wider'. "
            "Students whose household income is below 30,000 dollars will qualify."
        ),
        candidate=(
            "From next September, students from low-income families at Ferncastle University will "
            "pay 50 percent less in tuition fees, the university said on Monday. The scheme is "
            "expected to help roughly 2,100 students and will cost about $6m annually, funded by a "
            "gift from the Ambrose Whitcombe Foundation. To qualify, students must have a household "
            "income under $30,000. The university wants to 'open its doors wider', according to "
            "vice-chancellor Priya Rennet."
        ),
        errors=[],
        traps=[
            T("pay 50 percent less in tuition fees", "cut tuition fees for students from low-income families by half"),
            T("roughly 2,100 students", "About 2,100 students"),
            T("$6m annually", "6 million dollars a year"),
            T("a gift", "a donation"),
            T("under $30,000", "below 30,000 dollars"),
        ],
    ),
    # 27 -----------------------------------------------------------------
    dict(
        domain="energy", mode="translation", label="inconsistent",
        reference=(
            "The government of Valmark approved on 3 March the construction of an offshore wind "
            "farm with 64 turbines off the coast of Ostrel. The project, led by the state-owned "
            "company Ventaro Energy, is expected to generate enough electricity for 700,000 homes. "
            "Construction will begin in 2025 and the first turbines should be connected to the "
            "grid in 2027. Fishermen in the region have protested, saying the farm will block "
            "traditional fishing grounds. The government promised compensation for affected "
            "fishing crews."
        ),
        candidate=(
            "On 3 May, Valmark's government gave the go-ahead for a 64-turbine offshore wind farm "
            "off the Ostrel coast. The project is being led by Ventaro Energy and is expected to "
            "produce enough power to supply 700,000 households. Work will start in 2025, and the "
            "first turbines are due to be hooked up to the grid in 2027. Local fishermen have staged "
            "protests, arguing that the wind farm will cut them off from their traditional fishing "
            "grounds. The government pledged to compensate the fishing crews affected."
        ),
        errors=[
            E("3 May", "date", "major", "3 March"),
            E("", "omission", "minor", "state-owned", before="Ventaro Energy"),
        ],
        traps=[
            T("gave the go-ahead", "approved"),
            T("64-turbine offshore wind farm", "an offshore wind farm with 64 turbines"),
            T("700,000 households", "700,000 homes"),
            T("hooked up to the grid", "connected to the grid"),
            T("pledged to compensate", "promised compensation for"),
        ],
    ),
    # 28 -----------------------------------------------------------------
    dict(
        domain="agriculture", mode="rewrite", label="inconsistent",
        reference=(
            "Bird flu has been confirmed at two poultry farms near the town of Ebbrook in the "
            "Haldmere region, the agriculture ministry said on Friday. About 48,000 birds have "
            "already been destroyed, and farmers will receive compensation of 4 euros per bird. "
            "Poultry keepers across the country have been ordered to keep their flocks indoors "
            "until further notice. The ministry said it would extend the cull to all farms within "
            "ten kilometres if further cases were found."
        ),
        candidate=(
            "Two poultry farms near the town of Ebbrook, in the Haldmere region, have had confirmed "
            "cases of bird flu, the agriculture ministry announced on Friday. Some 48,000 birds "
            "have been destroyed so far, with farmers to be compensated at €4 a bird. Nationwide, "
            "poultry keepers have been ordered to keep their birds indoors until further notice. "
            "The ministry said it would extend the cull to all farms within 10 km."
        ),
        errors=[E("it would extend the cull to all farms within 10 km", "modality", "major",
                  "it would extend the cull to all farms within ten kilometres if further cases were found")],
        traps=[
            T("have had confirmed cases of bird flu", "Bird flu has been confirmed"),
            T("Some 48,000 birds", "About 48,000 birds"),
            T("€4 a bird", "4 euros per bird"),
            T("Nationwide", "across the country"),
            T("keep their birds indoors", "keep their flocks indoors"),
        ],
    ),
    # 29 -----------------------------------------------------------------
    dict(
        domain="technology", mode="summary", label="inconsistent",
        reference=(
            "The telecoms regulator of Sarvonia has fined the mobile operator Kintell 8.5 million "
            "dollars for misleading customers about the speed of its 5G network. The regulator said "
            "Kintell's advertisements promised speeds up to five times higher than customers "
            "actually received. Kintell's chief executive, Noor Haddadi, said the company would "
            "appeal, calling the fine 'disproportionate'. The consumer group Honest Line Coalition "
            "said affected customers should be offered refunds. The regulator received more than "
            "2,300 complaints last year."
        ),
        candidate=(
            "Sarvonia's telecoms watchdog has fined Kintell $8.5m over misleading claims about its "
            "5G speeds, which it said were up to five times what users actually got. The regulator "
            "called the penalty 'disproportionate', and Kintell plans to appeal."
        ),
        errors=[E("The regulator", "attribution", "major", "Kintell's chief executive, Noor Haddadi")],
        traps=[
            T("telecoms watchdog", "telecoms regulator"),
            T("$8.5m", "8.5 million dollars"),
            T("up to five times what users actually got", "up to five times higher than customers actually received"),
            T("Kintell plans to appeal", "the company would appeal"),
        ],
    ),
    # 30 -----------------------------------------------------------------
    dict(
        domain="local news", mode="rewrite", label="consistent",
        reference=(
            "A 200-year-old oak tree in the centre of Hollinsmere was felled on Monday after "
            "inspectors found that its trunk had rotted and it was at risk of falling. The parish "
            "council said the decision had been 'heartbreaking but unavoidable'. Wood from the tree "
            "will be given to a local carpenter to make benches for the village green. The council "
            "plans to plant three young oaks in its place next month. About 150 people gathered to "
            "watch the felling."
        ),
        candidate=(
            "Hollinsmere's 200-year-old oak, which stood in the centre of the village, was cut down "
            "on Monday after inspectors discovered that the trunk was rotten and the tree could "
            "fall. Some 150 people turned out to watch. The parish council described the decision "
            "as 'heartbreaking but unavoidable'. A local carpenter will receive the timber and turn "
            "it into benches for the village green, and the council intends to plant three young "
            "oaks in its place next month."
        ),
        errors=[],
        traps=[
            T("cut down", "felled"),
            T("the trunk was rotten", "its trunk had rotted"),
            T("the tree could fall", "it was at risk of falling"),
            T("Some 150 people turned out to watch", "About 150 people gathered to watch the felling"),
            T("the timber", "Wood from the tree"),
            T("intends to plant", "plans to plant"),
        ],
    ),
    # 31 -----------------------------------------------------------------
    dict(
        domain="courts", mode="translation", label="consistent",
        reference=(
            "The constitutional court of Lorvania on Monday struck down a law that would have "
            "allowed police to hold suspects for up to 10 days without charge. The judges ruled by "
            "seven votes to two that the law violated the right to personal liberty. The law had "
            "been passed by parliament in March with the support of the governing coalition. "
            "Interior Minister Pavel Rusk said the government respected the ruling and would draft "
            "a new bill. Human rights organisations welcomed the decision."
        ),
        candidate=(
            "A law that would have let police detain suspects for as long as ten days without "
            "charging them was annulled by Lorvania's constitutional court on Monday. In a 7-2 "
            "decision, the judges found that it breached the right to personal freedom. Parliament "
            "had adopted the law in March, backed by the ruling coalition. The government respects "
            "the court's decision and will prepare a new bill, said Pavel Rusk, the interior "
            "minister. The ruling was welcomed by human rights groups."
        ),
        errors=[],
        traps=[
            T("as long as ten days", "up to 10 days"),
            T("annulled", "struck down"),
            T("In a 7-2 decision", "by seven votes to two"),
            T("personal freedom", "personal liberty"),
            T("backed by the ruling coalition", "with the support of the governing coalition"),
            T("human rights groups", "Human rights organisations"),
        ],
    ),
    # 32 -----------------------------------------------------------------
    dict(
        domain="sport", mode="summary", label="inconsistent",
        reference=(
            "The Pinecrest Hawks have signed point guard Darnell Quaye from the Rivermouth Comets "
            "on a three-year contract worth 27 million dollars. Quaye, 26, averaged 19.4 points and "
            "7.1 assists per game last season. The Comets will receive two future draft picks in "
            "exchange. Hawks general manager Sofia Brandvold called Quaye 'the missing piece' of the "
            "team. Quaye is expected to make his debut in the season opener on 22 October."
        ),
        candidate=(
            "Point guard Darnell Quaye, 26, has joined the Pinecrest Hawks from the Rivermouth "
            "Comets on a $27m, three-year deal, with the Comets getting two future draft picks in "
            "return. Quaye averaged 19.4 points and 7.1 assists a game last season. Quaye averaged "
            "19.4 points and 7.1 assists a game last season. He is set to debut on 22 October, "
            "having passed a medical on Monday."
        ),
        errors=[
            E("Quaye averaged 19.4 points and 7.1 assists a game last season.", "repetition", "minor",
              "Quaye, 26, averaged 19.4 points and 7.1 assists per game last season.", occ=1),
            E("having passed a medical on Monday", "addition", "minor", None),
        ],
        traps=[
            T("has joined the Pinecrest Hawks from the Rivermouth Comets",
              "have signed point guard Darnell Quaye from the Rivermouth Comets"),
            T("$27m, three-year deal", "a three-year contract worth 27 million dollars"),
            T("in return", "in exchange"),
            T("a game", "per game", occ=0),
            T("set to debut", "expected to make his debut"),
        ],
    ),
    # 33 -----------------------------------------------------------------
    dict(
        domain="business", mode="translation", label="inconsistent",
        reference=(
            "The chairman of the Kaldor Steel group, Viktor Amsel, resigned on Tuesday following a "
            "dispute with shareholders over the company's restructuring plan. The plan, presented "
            "in May, foresees the closure of two of the group's five plants and the loss of 1,600 "
            "jobs. Amsel had led the board for eight years. His deputy, Margit Holmsen, will take "
            "over on an interim basis until a successor is appointed. Kaldor's shares fell 3 "
            "percent on the news."
        ),
        candidate=(
            "Viktor Amsel, chairman of the Kaldor Steel group, was dismissed on Tuesday after a "
            "dispute with shareholders about the company's restructuring plan. Under the plan, "
            "which was unveiled in May, two of the group's five plants would close and 1,600 jobs "
            "would be lost. Amsel had chaired the board for eight years. Until a successor is named, "
            "his deputy Margit Holmsen will serve as interim chair. The news sent Kaldor shares 3 "
            "percent lower."
        ),
        errors=[E("was dismissed", "event", "major", "resigned")],
        traps=[
            T("unveiled in May", "presented in May"),
            T("had chaired the board", "had led the board"),
            T("named", "appointed"),
            T("will serve as interim chair", "will take over on an interim basis"),
            T("sent Kaldor shares 3 percent lower", "Kaldor's shares fell 3 percent"),
        ],
    ),
    # 34 -----------------------------------------------------------------
    dict(
        domain="health", mode="summary", label="consistent",
        reference=(
            "A measles outbreak in the city of Calvenne has infected 57 people since the start of "
            "February, local health authorities said on Monday. Most of the cases are among "
            "unvaccinated children under the age of ten. Eight patients have been admitted to "
            "hospital, but none is in a serious condition. The authorities have set up extra "
            "vaccination clinics in schools and extended the opening hours of health centres. "
            "Vaccination rates in the city have fallen to 84 percent, well below the 95 percent "
            "recommended by health experts."
        ),
        candidate=(
            "Calvenne has recorded 57 measles cases since early February, mostly in unvaccinated "
            "under-tens, with eight people in hospital though none seriously ill. Vaccination "
            "coverage has slipped to 84%, short of the recommended 95%, and extra clinics have been "
            "opened in schools."
        ),
        errors=[],
        traps=[
            T("since early February", "since the start of February"),
            T("unvaccinated under-tens", "unvaccinated children under the age of ten"),
            T("eight people in hospital", "Eight patients have been admitted to hospital"),
            T("none seriously ill", "none is in a serious condition"),
            T("slipped to 84%", "have fallen to 84 percent"),
        ],
    ),
    # 35 -----------------------------------------------------------------
    dict(
        domain="environment", mode="rewrite", label="inconsistent",
        reference=(
            "The environment agency of Greenhollow county has awarded a grant of 1.2 million "
            "dollars to the Bramblewater Trust to restore 14 kilometres of the River Mell. The "
            "project will remove three old weirs that block the migration of salmon and plant "
            "20,000 trees along the banks. Work is due to start in the spring and last about four "
            "years. Trust director Owen Prydderch said salmon numbers in the river had dropped by "
            "two thirds since the 1990s."
        ),
        candidate=(
            "The Bramblewater Trust has been given a $1.2m loan by the environment agency of "
            "Greenhollow county to restore 14 km of the River Mell. Three old weirs that stop "
            "salmon migrating will be taken out and 20,000 trees planted along the riverbanks. The "
            "work should begin in spring and take roughly four years. According to Owen Prydderch, "
            "the trust's director, the number of salmon in the River Tallis has fallen by two "
            "thirds since the 1990s."
        ),
        errors=[
            E("loan", "polarity", "major", "grant"),
            E("River Tallis", "entity", "major", "the river"),
        ],
        traps=[
            T("$1.2m", "1.2 million dollars"),
            T("14 km", "14 kilometres"),
            T("stop salmon migrating", "block the migration of salmon"),
            T("taken out", "remove"),
            T("roughly four years", "about four years"),
            T("has fallen by two thirds", "had dropped by two thirds"),
        ],
    ),
    # 36 -----------------------------------------------------------------
    dict(
        domain="housing", mode="rewrite", label="consistent",
        reference=(
            "The city of Rellingford will build 1,500 affordable homes over the next five years "
            "under a plan approved by councillors on Wednesday. Around a third of the homes will be "
            "reserved for key workers such as nurses and teachers. The 340 million pound programme "
            "will be funded partly by the sale of council-owned land. Housing councillor Amira "
            "Sadiqi said average rents in the city had risen by 40 percent since 2018. Construction "
            "of the first 200 homes is due to begin in early 2025."
        ),
        candidate=(
            "Councillors in Rellingford on Wednesday approved a plan for the city to build 1,500 "
            "affordable homes over the next five years. Roughly one in three of the homes will be "
            "set aside for key workers, for example nurses and teachers. Part of the funding for "
            "the £340m programme will come from selling land owned by the council. Average rents in "
            "Rellingford have gone up by 40% since 2018, according to housing councillor Amira "
            "Sadiqi. Work on the first 200 homes should start early in 2025."
        ),
        errors=[],
        traps=[
            T("Roughly one in three", "Around a third"),
            T("set aside for", "reserved for"),
            T("£340m", "340 million pound"),
            T("selling land owned by the council", "the sale of council-owned land"),
            T("gone up by 40%", "risen by 40 percent"),
            T("should start early in 2025", "is due to begin in early 2025"),
        ],
    ),
    # 37 -----------------------------------------------------------------
    dict(
        domain="labour", mode="translation", label="inconsistent",
        reference=(
            "The Corvanian transport workers' union has accused the port operator Baltera of "
            "illegally replacing striking dockworkers with temporary staff. The strike at the port "
            "of Nemsk began on 9 September over a dispute about pay and shift patterns. Baltera "
            "denies the allegation and says the temporary workers were hired before the strike. The "
            "labour inspectorate has opened an investigation. About 2,300 dockworkers are taking "
            "part in the strike."
        ),
        candidate=(
            "Corvania's transport workers' union is up in arms after the port operator Baltera "
            "illegally replaced dockworkers on strike with temporary employees. The walkout at Nemsk "
            "port started on 9 September in a row over wages and shift patterns. The company "
            "rejects the accusation, saying the temporary staff were taken on before the strike "
            "began. An inquiry has been launched by the labour inspectorate. Some 2,300 dockworkers "
            "are on strike."
        ),
        errors=[E("Baltera illegally replaced", "modality", "critical",
                  "accused the port operator Baltera of illegally replacing")],
        traps=[
            T("The walkout at Nemsk port", "The strike at the port of Nemsk"),
            T("in a row over wages", "over a dispute about pay"),
            T("rejects the accusation", "denies the allegation"),
            T("taken on", "hired"),
            T("An inquiry has been launched by the labour inspectorate",
              "The labour inspectorate has opened an investigation"),
        ],
    ),
    # 38 -----------------------------------------------------------------
    dict(
        domain="science", mode="rewrite", label="consistent",
        reference=(
            "Astronomers at the Kelderhorn Observatory have detected a comet that will pass within "
            "40 million kilometres of Earth next February. The comet was first spotted on 12 August "
            "by a doctoral student, Lena Marchettino, during a routine survey, and has been named "
            "after her. It is expected to be visible to the naked eye from the southern hemisphere "
            "for about two weeks. The observatory said the comet posed no danger to Earth."
        ),
        candidate=(
            "A comet that will come within 40 million km of Earth in February next year has been "
            "detected by astronomers at the Kelderhorn Observatory. Lena Marchettino, a PhD "
            "student, first saw it on 12 August while carrying out a routine survey, and the comet "
            "now bears her name. For roughly a fortnight, people in the southern hemisphere should "
            "be able to see it unaided. It poses no threat to Earth, the observatory said."
        ),
        errors=[],
        traps=[
            T("40 million km", "40 million kilometres"),
            T("in February next year", "next February"),
            T("a PhD student", "a doctoral student"),
            T("the comet now bears her name", "has been named after her"),
            T("roughly a fortnight", "about two weeks"),
            T("no threat", "no danger"),
        ],
    ),
    # 39 -----------------------------------------------------------------
    dict(
        domain="tourism", mode="rewrite", label="inconsistent",
        reference=(
            "The island of Marravel received a record 2.4 million tourists last year, up 12 percent "
            "on the previous year, the regional tourism board said on Tuesday. Visitors from "
            "Germany and Canada accounted for almost half of the total. The board attributed the "
            "rise to new direct flights and a campaign promoting hiking trails. However, local "
            "residents have complained about rising rents and traffic congestion. A tourist tax of "
            "2 euros per night will be introduced on 1 April."
        ),
        candidate=(
            "A record 2.4 million tourists visited the island of Marravel last year, 12% more than "
            "the year before, the regional tourism board said on Tuesday. Almost half came from "
            "Germany and Canada. The board credited new direct flights and a campaign highlighting "
            "hiking trails for the increase. Local residents, however, have complained about "
            "climbing rents and congested roads. From 1 June, a €2-a-night tourist tax will apply."
        ),
        errors=[E("1 June", "date", "major", "1 April")],
        traps=[
            T("12% more than the year before", "up 12 percent on the previous year"),
            T("Almost half came from Germany and Canada",
              "Visitors from Germany and Canada accounted for almost half of the total"),
            T("credited", "attributed"),
            T("climbing rents", "rising rents"),
            T("congested roads", "traffic congestion"),
            T("€2-a-night tourist tax", "tourist tax of 2 euros per night"),
        ],
    ),
    # 40 -----------------------------------------------------------------
    dict(
        domain="finance", mode="summary", label="consistent",
        reference=(
            "The central bank of Oskaria raised its main interest rate by 0.25 percentage points to "
            "4.5 percent on Thursday, its third increase this year. Governor Elsa Fjeldberg said "
            "inflation, which reached 6.8 percent in September, remained too high. The bank "
            "forecasts that inflation will fall below 3 percent by the end of next year. Economists "
            "had been divided over whether the bank would raise rates or hold them steady. The "
            "decision was taken by a vote of five to two."
        ),
        candidate=(
            "Oskaria's central bank lifted its key rate by a quarter of a point to 4.5% on Thursday, "
            "the third rise of the year, in a 5-2 vote, with governor Elsa Fjeldberg saying "
            "inflation, at 6.8% in September, was still too high."
        ),
        errors=[],
        traps=[
            T("lifted its key rate", "raised its main interest rate"),
            T("a quarter of a point", "0.25 percentage points"),
            T("the third rise of the year", "its third increase this year"),
            T("a 5-2 vote", "a vote of five to two"),
            T("was still too high", "remained too high"),
        ],
    ),
]


# ----------------------------------------------------------------------------
# Building and validation
# ----------------------------------------------------------------------------

class SetError(Exception):
    pass


def find_occurrence(haystack, needle, occ, what):
    """Return the start of the `occ`-th occurrence of needle (0-based).
    If occ is None the needle must occur exactly once."""
    starts = []
    i = haystack.find(needle)
    while i != -1:
        starts.append(i)
        i = haystack.find(needle, i + 1)
    if not starts:
        raise SetError(f"{what}: text not found: {needle!r}")
    if occ is None:
        if len(starts) != 1:
            raise SetError(f"{what}: text occurs {len(starts)} times, give occ=: {needle!r}")
        return starts[0]
    if occ >= len(starts):
        raise SetError(f"{what}: occurrence {occ} of {needle!r} not found")
    return starts[occ]


_SENT_SPLIT = re.compile(r"(?<=[.!?])['\"]?\s+(?=[A-Z0-9'\"£$€])")


def count_sentences(text):
    return len([s for s in _SENT_SPLIT.split(text) if s.strip()])


def check_text(text, what):
    if not isinstance(text, str) or not text:
        raise SetError(f"{what}: empty or not a string")
    if text != text.strip():
        raise SetError(f"{what}: leading/trailing whitespace")
    if "  " in text:
        raise SetError(f"{what}: double space")
    if "\n" in text:
        raise SetError(f"{what}: newline")


def build_record(idx, pair):
    rid = f"{ID_PREFIX}{idx:03d}"
    what = rid
    for key in ("domain", "mode", "label", "reference", "candidate", "errors", "traps"):
        if key not in pair:
            raise SetError(f"{what}: missing {key}")
    ref, cand, mode = pair["reference"], pair["candidate"], pair["mode"]
    check_text(ref, f"{what} reference")
    check_text(cand, f"{what} candidate")
    if ref == cand:
        raise SetError(f"{what}: candidate identical to reference")
    if mode not in MODES:
        raise SetError(f"{what}: bad mode {mode}")
    if pair["label"] not in LABELS:
        raise SetError(f"{what}: bad label")
    n_sent = count_sentences(ref)
    if not 3 <= n_sent <= 7:
        raise SetError(f"{what}: reference has {n_sent} sentences (want 3-7)")
    if mode == "summary" and len(cand) >= len(ref):
        raise SetError(f"{what}: summary is not shorter than its reference")

    errors = []
    for k, e in enumerate(pair["errors"]):
        w = f"{what} error {k}"
        if e["type"] not in ERROR_TYPES:
            raise SetError(f"{w}: bad type {e['type']}")
        if e["severity"] not in SEVERITIES:
            raise SetError(f"{w}: bad severity {e['severity']}")
        if e["type"] == "omission":
            if mode == "summary":
                raise SetError(f"{w}: omission errors are for rewrite/translation only")
            if e["text"] != "":
                raise SetError(f"{w}: omission must have empty text")
            if (e["after"] is None) == (e["before"] is None):
                raise SetError(f"{w}: omission needs exactly one of after=/before=")
            if e["after"] is not None:
                start = find_occurrence(cand, e["after"], e["occ"], w) + len(e["after"])
            else:
                start = find_occurrence(cand, e["before"], e["occ"], w)
            end = start
            if not e["ref"] or e["ref"] not in ref:
                raise SetError(f"{w}: omitted ref_text not in reference: {e['ref']!r}")
            if e["ref"] in cand:
                raise SetError(f"{w}: 'omitted' text is present in candidate")
        else:
            if not e["text"]:
                raise SetError(f"{w}: empty error text")
            if e["after"] is not None or e["before"] is not None:
                raise SetError(f"{w}: after=/before= only for omissions")
            start = find_occurrence(cand, e["text"], e["occ"], w)
            end = start + len(e["text"])
            if e["type"] == "addition":
                if e["ref"] is not None:
                    raise SetError(f"{w}: addition must have ref_text None")
            else:
                if not e["ref"] or e["ref"] not in ref:
                    raise SetError(f"{w}: ref_text not in reference: {e['ref']!r}")
            if e["type"] == "repetition":
                if cand.count(e["text"]) < 2:
                    raise SetError(f"{w}: repetition text occurs only once")
        rec = {"start": start, "end": end, "text": cand[start:end], "type": e["type"],
               "severity": e["severity"], "ref_text": e["ref"]}
        errors.append(rec)
    errors.sort(key=lambda r: (r["start"], r["end"]))

    traps = []
    for k, t in enumerate(pair["traps"]):
        w = f"{what} trap {k}"
        check_text(t["text"], w)
        start = find_occurrence(cand, t["text"], t["occ"], w)
        end = start + len(t["text"])
        if not t["ref"] or t["ref"] not in ref:
            raise SetError(f"{w}: ref_text not in reference: {t['ref']!r}")
        traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": t["ref"]})
    traps.sort(key=lambda r: (r["start"], r["end"]))

    record = {
        "id": rid,
        "domain": pair["domain"],
        "mode": mode,
        "reference": ref,
        "candidate": cand,
        "label": pair["label"],
        "errors": errors,
        "traps": traps,
    }
    validate_record(record)
    return record


def _overlap(a, b):
    """Spans overlap if they share a character; a zero-width span at p overlaps
    a span that strictly contains p (touching a boundary is not overlap)."""
    if a["start"] == a["end"]:
        return b["start"] < a["start"] < b["end"]
    if b["start"] == b["end"]:
        return a["start"] < b["start"] < a["end"]
    return a["start"] < b["end"] and b["start"] < a["end"]


def validate_record(r):
    """Validate one finished record (also usable on records read back from disk)."""
    w = r.get("id", "?")
    want = ["id", "domain", "mode", "reference", "candidate", "label", "errors", "traps"]
    if list(r.keys()) != want:
        raise SetError(f"{w}: fields {list(r.keys())} != {want}")
    for key in ("id", "domain", "mode", "reference", "candidate", "label"):
        if not isinstance(r[key], str) or not r[key]:
            raise SetError(f"{w}: {key} must be a non-empty string")
    if r["mode"] not in MODES or r["label"] not in LABELS:
        raise SetError(f"{w}: bad mode/label")
    if not isinstance(r["errors"], list) or not isinstance(r["traps"], list):
        raise SetError(f"{w}: errors/traps must be lists")
    cand, ref = r["candidate"], r["reference"]
    if (r["label"] == "inconsistent") != bool(r["errors"]):
        raise SetError(f"{w}: label {r['label']} does not match {len(r['errors'])} errors")
    if r["label"] == "inconsistent" and not 1 <= len(r["errors"]) <= 2:
        raise SetError(f"{w}: wrong pairs need 1-2 errors")
    if not 3 <= len(r["traps"]) <= 6:
        raise SetError(f"{w}: {len(r['traps'])} traps (want 3-6)")
    for e in r["errors"]:
        if list(e.keys()) != ["start", "end", "text", "type", "severity", "ref_text"]:
            raise SetError(f"{w}: error fields {list(e.keys())}")
        if not (isinstance(e["start"], int) and isinstance(e["end"], int)):
            raise SetError(f"{w}: error offsets must be ints")
        if not 0 <= e["start"] <= e["end"] <= len(cand):
            raise SetError(f"{w}: error offsets out of range")
        if cand[e["start"]:e["end"]] != e["text"]:
            raise SetError(f"{w}: error text/offset mismatch {e['text']!r}")
        if e["type"] not in ERROR_TYPES or e["severity"] not in SEVERITIES:
            raise SetError(f"{w}: bad error type/severity")
        if (e["start"] == e["end"]) != (e["type"] == "omission"):
            raise SetError(f"{w}: only omissions (and all omissions) are zero-width")
        if e["type"] == "omission" and r["mode"] == "summary":
            raise SetError(f"{w}: omission in a summary")
        if e["type"] == "addition":
            if e["ref_text"] is not None:
                raise SetError(f"{w}: addition ref_text must be null")
        elif not isinstance(e["ref_text"], str) or e["ref_text"] not in ref:
            raise SetError(f"{w}: error ref_text not in reference")
    for i, a in enumerate(r["errors"]):
        for b in r["errors"][i + 1:]:
            if _overlap(a, b):
                raise SetError(f"{w}: overlapping errors")
    for t in r["traps"]:
        if list(t.keys()) != ["start", "end", "text", "ref_text"]:
            raise SetError(f"{w}: trap fields {list(t.keys())}")
        if not (isinstance(t["start"], int) and isinstance(t["end"], int)):
            raise SetError(f"{w}: trap offsets must be ints")
        if not 0 <= t["start"] < t["end"] <= len(cand):
            raise SetError(f"{w}: trap offsets out of range")
        if cand[t["start"]:t["end"]] != t["text"]:
            raise SetError(f"{w}: trap text/offset mismatch {t['text']!r}")
        if not isinstance(t["ref_text"], str) or t["ref_text"] not in ref:
            raise SetError(f"{w}: trap ref_text not in reference: {t['ref_text']!r}")
        for e in r["errors"]:
            if _overlap(t, e):
                raise SetError(f"{w}: trap {t['text']!r} overlaps error {e['text']!r}")
    for i, a in enumerate(r["traps"]):
        for b in r["traps"][i + 1:]:
            if _overlap(a, b):
                raise SetError(f"{w}: overlapping traps {a['text']!r} / {b['text']!r}")


def validate_set(records):
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise SetError("duplicate ids")
    if len(records) != 40:
        raise SetError(f"{len(records)} records (want 40)")
    labels = Counter(r["label"] for r in records)
    if labels["consistent"] != 16 or labels["inconsistent"] != 24:
        raise SetError(f"label counts {dict(labels)} (want 16/24)")
    modes = Counter(r["mode"] for r in records)
    for mode, want in (("rewrite", 18), ("summary", 11), ("translation", 11)):
        if abs(modes[mode] - want) > 2:
            raise SetError(f"mode {mode}: {modes[mode]} (want about {want})")
    domains = Counter(r["domain"] for r in records)
    if len(domains) < 12:
        raise SetError(f"only {len(domains)} domains")
    types = Counter(e["type"] for r in records for e in r["errors"])
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise SetError(f"error type {t} used {types[t]} times (want >= 2)")
    cands = [r["candidate"] for r in records]
    refs = [r["reference"] for r in records]
    if len(set(cands)) != len(cands) or len(set(refs)) != len(refs):
        raise SetError("duplicate texts")


def summarize(records):
    modes = Counter(r["mode"] for r in records)
    labels = Counter(r["label"] for r in records)
    ml = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    domains = Counter(r["domain"] for r in records)
    n_traps = sum(len(r["traps"]) for r in records)
    n_err = sum(len(r["errors"]) for r in records)
    lines = [
        f"records: {len(records)}",
        f"labels: {dict(labels)}",
        f"modes: {dict(modes)}",
        "mode x label: " + ", ".join(f"{m}/{l}={n}" for (m, l), n in sorted(ml.items())),
        f"errors: {n_err}",
        "error types: " + ", ".join(f"{t}={types[t]}" for t in sorted(types)),
        "severities: " + ", ".join(f"{s}={sev[s]}" for s in ("critical", "major", "minor")),
        f"traps: {n_traps}",
        f"domains ({len(domains)}): " + ", ".join(f"{d}={n}" for d, n in sorted(domains.items())),
    ]
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    records = [build_record(i + 1, p) for i, p in enumerate(PAIRS)]
    validate_set(records)
    if not check_only:
        out = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
        with open(out, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        # read back and re-validate what was written
        with open(out, encoding="utf-8") as f:
            back = [json.loads(line) for line in f if line.strip()]
        for r in back:
            validate_record(r)
        validate_set(back)
        if back != records:
            raise SetError("written file differs from built records")
        print(f"wrote {out}")
    else:
        print("check only: nothing written")
    print(summarize(records))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except SetError as exc:
        print(f"INVALID: {exc}", file=sys.stderr)
        sys.exit(1)
