#!/usr/bin/env python3
"""Build the pz proxy corpus: 40 reference/candidate pairs for a fact checker.

Standard library only. Every case is held below as Python data; offsets are
computed here (each quoted span must occur exactly once in the candidate
unless an occurrence index `occ` is given). The corpus is validated and, only
if every check passes, written to set3.jsonl next to this script.

    python3 make_set3.py           # validate, write set3.jsonl, print counts
    python3 make_set3.py --check   # validate only
"""
import json
import os
import random
import re
import sys
from collections import Counter


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set3.jsonl")

MODES = {"rewrite", "summary", "translation"}
TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
DOMAINS = {"courts", "elections", "sport", "science", "health", "business",
           "weather", "culture", "transport", "agriculture", "technology",
           "diplomacy", "education", "energy", "crime", "space", "labour",
           "housing"}
COMPOSITION = {
    ("rewrite", "consistent"): 6, ("rewrite", "inconsistent"): 10,
    ("summary", "consistent"): 5, ("summary", "inconsistent"): 7,
    ("translation", "consistent"): 5, ("translation", "inconsistent"): 7,
}
SEED = 14


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------

def E(text, type_, severity, ref, occ=None):
    d = {"text": text, "type": type_, "severity": severity, "ref": ref}
    if occ is not None:
        d["occ"] = occ
    return d


def O(severity, ref, after=None, before=None, occ=None):
    d = {"type": "omission", "severity": severity, "ref": ref}
    if after is not None:
        d["after"] = after
    if before is not None:
        d["before"] = before
    if occ is not None:
        d["occ"] = occ
    return d


def T(text, ref, occ=None):
    d = {"text": text, "ref": ref}
    if occ is not None:
        d["occ"] = occ
    return d


def K(domain, mode, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "reference": reference,
            "candidate": candidate, "errors": list(errors), "traps": list(traps)}


CASES = [
    # 1 courts / rewrite / consistent
    K("courts", "rewrite",
      "The High Court in Castlemoyne on Tuesday ordered the regional water utility, Lissane Water, to pay "
      "2.4 million euros in compensation to 318 households whose supply was contaminated in the summer of 2021. "
      "Judge Orla Fennessy found that the company had ignored three warnings from its own engineers about a failing "
      "filtration unit at the Drumvarra plant. The households had sued jointly after some residents were treated in "
      "hospital for stomach illness. Lissane Water said it would study the ruling before deciding whether to appeal. "
      "The company has 28 days to lodge an appeal. A spokesman for the residents' group called the judgment a vindication.",
      "Lissane Water, the regional water utility, was ordered by the High Court in Castlemoyne on Tuesday to pay "
      "compensation of €2.4 million to 318 households whose water was contaminated during summer 2021. According to "
      "Judge Orla Fennessy, the company disregarded three warnings from its own engineers that a filtration unit at the "
      "Drumvarra plant was failing. The households brought a joint case after some residents needed hospital treatment "
      "for stomach illness. The utility said it would examine the ruling before it decided whether to appeal, and it has "
      "28 days in which to do so. The judgment was a vindication, a spokesman for the residents' group said.",
      traps=[
          T("was ordered by the High Court in Castlemoyne", "The High Court in Castlemoyne on Tuesday ordered"),
          T("€2.4 million", "2.4 million euros"),
          T("during summer 2021", "in the summer of 2021"),
          T("disregarded three warnings", "had ignored three warnings"),
          T("it has 28 days in which to do so", "The company has 28 days to lodge an appeal"),
      ]),

    # 2 courts / rewrite / inconsistent: role
    K("courts", "rewrite",
      "A jury at Penhallow Crown Court has convicted a former finance director of defrauding the housing charity she "
      "worked for. Marian Stokeley, 54, diverted £412,000 from Tamarisk Homes into accounts controlled by her brother "
      "over a period of six years, the court heard. The fraud came to light when the charity's new chief executive, "
      "Gideon Prewett, asked auditors to review payments to a supplier that did not exist. Stokeley denied the charges, "
      "claiming she had been following instructions from the charity's former chief executive. The jury rejected that "
      "account after deliberating for just under five hours. She will be sentenced on 14 November.",
      "Marian Stokeley, a 54-year-old former finance director, has been found guilty by a jury at Penhallow Crown Court "
      "of defrauding Tamarisk Homes, the housing charity that employed her. Over six years she moved £412,000 from the "
      "charity into accounts controlled by her brother, the court was told. The fraud was exposed after auditors asked "
      "the charity's new chief executive, Gideon Prewett, to review payments to a non-existent supplier. Stokeley had "
      "denied the charges, saying she had acted on instructions from the charity's former chief executive. After "
      "deliberating for a little under five hours, the jury rejected her account. Sentencing is set for 14 November.",
      errors=[
          E("auditors asked the charity's new chief executive, Gideon Prewett", "role", "major",
            "the charity's new chief executive, Gideon Prewett, asked auditors"),
      ],
      traps=[
          T("has been found guilty by a jury at Penhallow Crown Court", "A jury at Penhallow Crown Court has convicted"),
          T("a non-existent supplier", "a supplier that did not exist"),
          T("a little under five hours", "just under five hours"),
          T("Sentencing is set for 14 November", "She will be sentenced on 14 November"),
      ]),

    # 3 elections / summary / consistent
    K("elections", "summary",
      "Voters in the province of Vellmora re-elected Governor Tomas Hradecky on Sunday, handing him a second term with "
      "56.3 percent of the vote. His main challenger, the former mayor of Kelbrun, Ilse Marhofer, won 38.9 percent. "
      "Turnout was 61 percent, up from 54 percent four years ago. Hradecky campaigned on expanding rural bus services "
      "and freezing provincial property taxes. Marhofer conceded shortly before midnight and congratulated him in a "
      "brief speech to supporters. Results from 12 polling districts are still being counted but cannot change the "
      "outcome, the electoral commission said.",
      "Governor Tomas Hradecky won a second term in Vellmora on Sunday with 56.3% of the vote, ahead of Ilse Marhofer, "
      "a former Kelbrun mayor, who took 38.9% and conceded just before midnight. Turnout rose to 61 percent from 54 "
      "percent at the previous election four years earlier. A dozen districts are still being counted, but the "
      "electoral commission said the outcome cannot change.",
      traps=[
          T("56.3%", "56.3 percent"),
          T("a former Kelbrun mayor", "the former mayor of Kelbrun"),
          T("just before midnight", "shortly before midnight"),
          T("Turnout rose to 61 percent from 54 percent", "Turnout was 61 percent, up from 54 percent"),
          T("A dozen districts", "12 polling districts"),
      ]),

    # 4 elections / rewrite / inconsistent: modality
    K("elections", "rewrite",
      "The town council of Wendleby will hold a by-election on 9 May to fill the seat left vacant by the death of "
      "councillor Agnes Whitlow. Three candidates have been confirmed: retired teacher Harold Penwick for the Civic "
      "Alliance, shop owner Sunita Bhardwell for the Workers' Forum, and independent Craig Oldacre. Whitlow had "
      "represented the Marsh Lane ward for 19 years. The returning officer said postal votes must arrive by 5 pm on "
      "polling day to be counted. The council may also review whether Marsh Lane should be merged with the neighbouring "
      "Fenbridge ward before the next full election. The result is expected in the early hours of 10 May.",
      "Wendleby town council is to hold a by-election on 9 May following the death of councillor Agnes Whitlow, who had "
      "served the Marsh Lane ward for 19 years. Three candidates have been confirmed: Harold Penwick, a retired teacher, "
      "for the Civic Alliance; Sunita Bhardwell, who owns a shop, for the Workers' Forum; and Craig Oldacre, standing as "
      "an independent. The returning officer said postal votes must arrive by 17:00 on polling day to be counted. Before "
      "the next full election, the council will also review whether Marsh Lane should be merged with the neighbouring "
      "Fenbridge ward. The result is expected in the early hours of 10 May.",
      errors=[
          E("will also review", "modality", "minor", "may also review"),
      ],
      traps=[
          T("following the death of councillor Agnes Whitlow", "left vacant by the death of councillor Agnes Whitlow"),
          T("who had served the Marsh Lane ward for 19 years", "Whitlow had represented the Marsh Lane ward for 19 years"),
          T("Sunita Bhardwell, who owns a shop", "shop owner Sunita Bhardwell"),
          T("by 17:00", "by 5 pm"),
      ]),

    # 5 sport / translation / consistent
    K("sport", "translation",
      "Club Deportivo Valdecinca secured promotion to the first division on Saturday after beating Real Sotomena 3-1 at "
      "the Estadio Municipal de Torrevalda. Striker Joaquín Beltrán scored twice in the first half, and midfielder "
      "Álvaro Seijas added a third from a free kick in the 71st minute. Sotomena's only goal came from a penalty four "
      "minutes before the end. The victory leaves Valdecinca seven points clear of third place with two matches "
      "remaining. Coach Maite Lasarte, who took charge in October, dedicated the promotion to the club's supporters, "
      "some 14,000 of whom filled the stadium.",
      "CD Valdecinca clinched a place in the top flight on Saturday with a 3-1 win over Real Sotomena at Torrevalda's "
      "municipal stadium. Joaquín Beltrán, the team's centre-forward, struck twice before half-time, and Álvaro Seijas, "
      "from midfield, made it three with a free kick in the 71st minute. Sotomena pulled one back from the penalty spot "
      "in the 86th minute. With two games left to play, Valdecinca are now seven points ahead of the team in third. "
      "Maite Lasarte, coach since October, dedicated the achievement to the fans; around 14,000 of them packed the ground.",
      traps=[
          T("clinched a place in the top flight", "secured promotion to the first division"),
          T("struck twice before half-time", "scored twice in the first half"),
          T("in the 86th minute", "four minutes before the end"),
          T("With two games left to play", "with two matches remaining"),
          T("around 14,000 of them packed the ground", "some 14,000 of whom filled the stadium"),
      ]),

    # 6 sport / rewrite / inconsistent: entity + repetition
    K("sport", "rewrite",
      "Lotte Vanderhaegen won the fourth stage of the Tour of the Vessan Hills on Wednesday, outsprinting Mirela "
      "Dobrescu and Hanne Solbakk in a bunch finish in Glenarrow. The 168-kilometre stage was neutralised for 20 minutes "
      "after a crash involving about 30 riders on a wet descent. Race organisers said two riders, including Paulina "
      "Wrzosek, a teammate of the overall leader, were taken to hospital with suspected fractures. Vanderhaegen's "
      "victory lifts her to second in the general classification, 14 seconds behind leader Camille Aubertin. "
      "Thursday's fifth stage finishes with a 9-kilometre climb to Carn Dubh.",
      "Lotte Vanderhaegen took Wednesday's fourth stage of the Tour of the Vessan Hills, beating Mirela Dobrescu and "
      "Hanne Solbakk in a bunch sprint in Carn Dubh. The 168 km stage was halted for 20 minutes when about 30 riders "
      "came down on a wet descent. Two riders were taken to hospital with suspected fractures, among them Paulina "
      "Wrzosek, a teammate of the overall leader, organisers said. The win moves Vanderhaegen up to second overall, 14 "
      "seconds behind leader Camille Aubertin. Thursday's fifth stage ends with a 9 km climb to Carn Dubh. Two riders "
      "were taken to hospital with suspected fractures.",
      errors=[
          E("Carn Dubh", "entity", "major", "Glenarrow", occ=0),
          E("Two riders were taken to hospital with suspected fractures", "repetition", "minor", None, occ=1),
      ],
      traps=[
          T("168 km", "168-kilometre"),
          T("halted for 20 minutes", "neutralised for 20 minutes"),
          T("moves Vanderhaegen up to second overall", "lifts her to second in the general classification"),
          T("9 km climb", "9-kilometre climb"),
      ]),

    # 7 science / summary / inconsistent: number
    K("science", "summary",
      "Researchers at the Halvorsen Institute of Marine Biology have found that juvenile cod grow more slowly in water "
      "that is 2 degrees warmer than current averages. In a 14-month experiment, the team raised 1,200 fish in tanks "
      "kept at three different temperatures. Fish in the warmest tanks were on average 18 percent lighter at the end of "
      "the study than those in the coolest tanks. Lead author Ingrid Solheimsvik said the findings raise concerns for "
      "fisheries in the northern Kelsing Sea, where surface temperatures have risen by about 1.1 degrees since 1980. The "
      "study, published in the journal Marine Growth Letters, did not examine whether the fish could adapt over several "
      "generations. The team plans a follow-up study with wild-caught fish next year.",
      "Juvenile cod grow more slowly in water 2C warmer than today's averages, a study by the Halvorsen Institute of "
      "Marine Biology has found. In a four-month experiment with 1,200 fish kept at three temperatures, those in the "
      "warmest tanks ended up 18% lighter on average than those in the coolest. Lead author Ingrid Solheimsvik said this "
      "was worrying for fisheries in the northern Kelsing Sea, where the surface has warmed by roughly 1.1 degrees since 1980.",
      errors=[
          E("four-month", "number", "major", "14-month"),
      ],
      traps=[
          T("2C warmer", "2 degrees warmer"),
          T("18% lighter", "18 percent lighter"),
          T("this was worrying for fisheries", "the findings raise concerns for fisheries"),
          T("the surface has warmed by roughly 1.1 degrees", "surface temperatures have risen by about 1.1 degrees"),
      ]),

    # 8 science / translation / inconsistent: event
    K("science", "translation",
      "A team from the University of Valdimonte has discovered the remains of a Roman villa beneath a vineyard near the "
      "village of San Gemolo. The excavation, which began in April, has uncovered a mosaic floor of about 40 square "
      "metres depicting marine animals. According to project leader Chiara Benvenuti, the villa was probably built in "
      "the second century AD and abandoned about two hundred years later. The owner of the land, winemaker Ettore "
      "Castagnaro, has agreed to suspend cultivation on the plot for three years. The finds will be displayed at the "
      "civic museum of Roccalba from next spring.",
      "Researchers from Valdimonte University have found the ruins of a Roman villa under a vineyard close to San "
      "Gemolo. Digging started in April and has brought to light a mosaic floor measuring roughly 40 m² that shows sea "
      "creatures. Chiara Benvenuti, who leads the project, says the villa probably dates from the 2nd century AD and was "
      "rebuilt some two centuries later. Ettore Castagnaro, the winemaker who owns the land, has agreed not to cultivate "
      "the plot for the next three years. From next spring, visitors will be able to see the finds at Roccalba's civic museum.",
      errors=[
          E("was rebuilt", "event", "major", "abandoned"),
      ],
      traps=[
          T("roughly 40 m²", "about 40 square metres"),
          T("shows sea creatures", "depicting marine animals"),
          T("has agreed not to cultivate the plot for the next three years",
            "has agreed to suspend cultivation on the plot for three years"),
          T("visitors will be able to see the finds at Roccalba's civic museum",
            "The finds will be displayed at the civic museum of Roccalba"),
      ]),

    # 9 health / rewrite / consistent
    K("health", "rewrite",
      "The Ardlowe Health Board will begin offering free shingles vaccinations to all residents aged 65 and over from "
      "1 September. Until now, the vaccine has been available free only to people aged 70 to 79. Officials estimate "
      "that about 42,000 additional people will become eligible. The two-dose course will be given at general practices "
      "and at 23 participating pharmacies. The board's medical director, Rosalind Achterberg, said shingles can cause "
      "nerve pain lasting months and that the risk rises sharply with age. Residents do not need to book through the "
      "board; they can contact their practice directly.",
      "From 1 September, every Ardlowe resident who is 65 or older will be able to get a free shingles vaccination from "
      "the Ardlowe Health Board. At present, only those between 70 and 79 receive the vaccine at no cost. Some 42,000 "
      "more people are expected to qualify, according to officials' estimates. Both doses of the course will be given at "
      "GP surgeries and at 23 pharmacies taking part in the scheme. Shingles can leave people with nerve pain for months, "
      "and the risk increases steeply as people get older, said Rosalind Achterberg, the board's medical director. There "
      "is no need to book through the board: residents can get in touch with their own practice directly.",
      traps=[
          T("65 or older", "aged 65 and over"),
          T("between 70 and 79", "aged 70 to 79"),
          T("Some 42,000 more people are expected to qualify", "about 42,000 additional people will become eligible"),
          T("GP surgeries", "general practices"),
          T("increases steeply as people get older", "rises sharply with age"),
      ]),

    # 10 health / summary / inconsistent: event + polarity
    K("health", "summary",
      "A three-year trial involving 2,400 patients has found that a daily walking programme did not reduce hospital "
      "readmissions among people recovering from heart surgery. The study, led by cardiologist Benedikt Oyelaran at "
      "Marrowfield University Hospital, compared patients who followed a structured walking plan with those who received "
      "standard advice. Readmission rates were 14 percent in both groups. However, patients in the walking group reported "
      "better sleep and less anxiety six months after surgery. Oyelaran said the programme should not be abandoned, "
      "because quality of life matters to patients even when it does not show up in readmission figures. The results "
      "were presented at the Northern Cardiology Congress in Halbridge.",
      "A daily walking programme did not lower hospital readmissions in a three-year trial of 2,400 patients recovering "
      "from a heart attack, with 14% of each group readmitted. Those in the walking group did report sleeping better and "
      "feeling less anxious six months on. Study leader Benedikt Oyelaran of Marrowfield University Hospital said the "
      "programme should be abandoned. The results were presented at the Northern Cardiology Congress in Halbridge.",
      errors=[
          E("a heart attack", "event", "major", "heart surgery"),
          E("should be abandoned", "polarity", "critical", "should not be abandoned"),
      ],
      traps=[
          T("did not lower hospital readmissions", "did not reduce hospital readmissions"),
          T("with 14% of each group readmitted", "Readmission rates were 14 percent in both groups"),
          T("sleeping better and feeling less anxious", "better sleep and less anxiety"),
      ]),

    # 11 business / rewrite / inconsistent: number + omission
    K("business", "rewrite",
      "Kestrane Foods, the biscuit and snack maker, reported a pre-tax profit of 86 million pounds for the year to "
      "March, down from 97 million pounds a year earlier. Revenue rose 4 percent to 1.31 billion pounds, helped by price "
      "increases across its main brands. The company blamed the fall in profit on higher costs for wheat, sugar and "
      "energy, and on a one-off charge of 12 million pounds for closing its factory in Wexcombe. Chief executive Lorna "
      "Baptiste said volumes had stabilised in the final quarter. The board proposed a final dividend of 6.2 pence per "
      "share, unchanged from last year. Shares closed 3 percent higher.",
      "Biscuit and snack maker Kestrane Foods posted a pre-tax profit of £86m for the twelve months to March, compared "
      "with £97m the previous year. Price rises across its leading brands helped lift revenue by 4% to £1.13bn. The "
      "company attributed the drop in profit to rising wheat, sugar and energy costs. According to chief executive Lorna "
      "Baptiste, volumes steadied in the last quarter. The board has recommended a final dividend of 6.2p a share, the "
      "same as a year ago. The shares ended the day up 3%.",
      errors=[
          E("£1.13bn", "number", "major", "1.31 billion pounds"),
          O("major", "and on a one-off charge of 12 million pounds for closing its factory in Wexcombe",
            after="rising wheat, sugar and energy costs"),
      ],
      traps=[
          T("£86m", "86 million pounds"),
          T("compared with £97m the previous year", "down from 97 million pounds a year earlier"),
          T("6.2p a share", "6.2 pence per share"),
          T("ended the day up 3%", "closed 3 percent higher"),
      ]),

    # 12 business / translation / consistent
    K("business", "translation",
      "The machine-tool manufacturer Hollerbach Werkzeugbau will cut 340 of its 2,100 jobs at its headquarters in "
      "Altmühlried by the end of next year, the company announced on Thursday. Management cited a sharp drop in orders "
      "from the automotive industry, which accounts for around half of its sales. The works council described the "
      "decision as 'a bitter blow' and announced that it would negotiate a social plan. Compulsory redundancies are to be "
      "avoided as far as possible, through early retirement and voluntary severance packages, among other measures. At "
      "the same time, Hollerbach intends to invest 25 million euros in a new plant for battery production components.",
      "Hollerbach Werkzeugbau, which makes machine tools, said on Thursday that it would eliminate 340 of the 2,100 "
      "positions at its Altmühlried head office before the end of next year. The company's management pointed to a steep "
      "fall in orders from carmakers, who are responsible for roughly 50 percent of its revenue. Calling the move 'a "
      "bitter blow', the works council said it would negotiate a social plan. The aim is to avoid forced layoffs wherever "
      "possible, for example by offering early retirement and voluntary redundancy packages. Hollerbach also plans to "
      "put €25 million into a new facility making components for battery production.",
      traps=[
          T("eliminate 340 of the 2,100 positions", "cut 340 of its 2,100 jobs"),
          T("carmakers", "the automotive industry"),
          T("roughly 50 percent of its revenue", "around half of its sales"),
          T("forced layoffs", "Compulsory redundancies"),
          T("€25 million", "25 million euros"),
      ]),

    # 13 weather / summary / consistent
    K("weather", "summary",
      "Forecasters at the Lindmoor Meteorological Service have issued an amber warning for heavy rain across the "
      "northern uplands from 6 am on Friday until midnight on Saturday. Between 60 and 90 millimetres of rain could fall "
      "on high ground, with up to 120 millimetres possible in the most exposed places. The service warned that rivers "
      "including the Tarrow and the Esklin may burst their banks, and that some rural communities could be cut off. "
      "Gusts of 70 kilometres per hour are also expected on exposed coasts. The warning follows the wettest October in "
      "the region since records began in 1891. Residents are advised to check local flood alerts before travelling.",
      "An amber heavy-rain warning covers the northern uplands from Friday at 6 am to Saturday midnight, with the "
      "Lindmoor Meteorological Service saying 60-90 mm could fall on high ground and possibly as much as 120 mm in the "
      "most exposed spots. The Tarrow, the Esklin and other rivers may flood, and gusts of 70 km/h are expected on "
      "exposed coasts. The region has just had its wettest October since records began in 1891.",
      traps=[
          T("from Friday at 6 am to Saturday midnight", "from 6 am on Friday until midnight on Saturday"),
          T("60-90 mm", "Between 60 and 90 millimetres"),
          T("as much as 120 mm", "up to 120 millimetres"),
          T("may flood", "may burst their banks"),
          T("70 km/h", "70 kilometres per hour"),
      ]),

    # 14 weather / translation / inconsistent: number + modality
    K("weather", "translation",
      "A violent hailstorm struck the Saint-Aurèle valley on Monday evening, damaging vineyards just weeks before the "
      "grape harvest. According to the regional chamber of agriculture, around 1,500 hectares were affected, of which "
      "about 400 hectares lost more than 80 percent of their crop. Hailstones the size of walnuts fell for nearly fifteen "
      "minutes in the communes of Montclavier and Sarrelaube. The prefect is expected to request that the state of "
      "agricultural disaster be recognised, which would allow growers to receive compensation. Several winemakers said "
      "the storm had destroyed a year's work in a few minutes.",
      "On Monday evening the Saint-Aurèle valley was hit by a violent hailstorm that damaged vines only a few weeks ahead "
      "of the harvest. Some 1,500 hectares were affected, the regional agriculture chamber says, with about 400 of them "
      "losing over four-fifths of their grapes. In Montclavier and Sarrelaube, hailstones as big as walnuts came down for "
      "almost fifty minutes. The prefect has asked for the situation to be recognised as an agricultural disaster, which "
      "would open the way to compensation for growers. A year's work was wiped out in minutes, several winemakers said.",
      errors=[
          E("fifty minutes", "number", "major", "fifteen minutes"),
          E("has asked for", "modality", "major", "is expected to request"),
      ],
      traps=[
          T("only a few weeks ahead of the harvest", "just weeks before the grape harvest"),
          T("the regional agriculture chamber says", "According to the regional chamber of agriculture"),
          T("over four-fifths of their grapes", "more than 80 percent of their crop"),
          T("as big as walnuts", "the size of walnuts"),
      ]),

    # 15 culture / rewrite / inconsistent: date + attribution
    K("culture", "rewrite",
      "The Calloway Gallery in Dunmere will reopen on 18 April after a two-year renovation costing 9.5 million pounds. "
      "The work, funded largely by the Harkness Foundation, has added a new wing for contemporary sculpture and restored "
      "the gallery's Victorian glass roof. Director Philippa Ravensworth said the redesign would allow the gallery to "
      "show about 40 percent more of its collection. The opening exhibition will feature the landscapes of local painter "
      "Edwin Marlowe-Finch, who died in 1962. Entry will remain free, although a charge of 8 pounds will apply to some "
      "temporary exhibitions. Critics had questioned whether the city could afford the project during a period of "
      "budget cuts.",
      "After a two-year refurbishment that cost £9.5 million, Dunmere's Calloway Gallery is due to reopen on 18 August. "
      "The project, for which the Harkness Foundation provided most of the money, has added a new contemporary sculpture "
      "wing and restored the Victorian glass roof. The redesign means the gallery will be able to display around 40 "
      "percent more of its collection, according to the Harkness Foundation. First up is an exhibition of landscapes by "
      "Edwin Marlowe-Finch, the local painter who died in 1962. Admission stays free, though some temporary shows will "
      "cost £8. Critics had raised doubts over whether the city could afford the project at a time of budget cuts.",
      errors=[
          E("18 August", "date", "major", "18 April"),
          E("according to the Harkness Foundation", "attribution", "major", "Director Philippa Ravensworth said"),
      ],
      traps=[
          T("£9.5 million", "9.5 million pounds"),
          T("for which the Harkness Foundation provided most of the money", "funded largely by the Harkness Foundation"),
          T("Admission stays free", "Entry will remain free"),
          T("some temporary shows will cost £8", "a charge of 8 pounds will apply to some temporary exhibitions"),
      ]),

    # 16 culture / summary / inconsistent: repetition
    K("culture", "summary",
      "The Orvale Film Festival announced on Monday that its 31st edition will open with 'The Salt Keepers', the debut "
      "feature by director Nadia Kerimova. The festival will run from 3 to 12 October and screen 164 films from 47 "
      "countries, its largest programme to date. For the first time, a competition section will be devoted to "
      "documentaries, with a jury chaired by cinematographer Ruben Aldecott. Ticket prices will rise by 1 euro to 11 "
      "euros, the first increase since 2018. Artistic director Selma Oudinot said the festival had received a record "
      "4,300 submissions. A retrospective will honour the late actress Greta Vannholm.",
      "'The Salt Keepers', Nadia Kerimova's first feature film, will open the 31st Orvale Film Festival. The festival "
      "runs from 3 to 12 October and will show 164 films from 47 countries, a record programme. A new competition "
      "section for documentaries will be judged by a jury under cinematographer Ruben Aldecott. The festival runs from 3 "
      "to 12 October. Tickets go up by €1 to €11, the first increase since 2018.",
      errors=[
          E("The festival runs from 3 to 12 October", "repetition", "minor", None, occ=1),
      ],
      traps=[
          T("Nadia Kerimova's first feature film", "the debut feature by director Nadia Kerimova"),
          T("a record programme", "its largest programme to date"),
          T("a jury under cinematographer Ruben Aldecott", "a jury chaired by cinematographer Ruben Aldecott"),
          T("go up by €1 to €11", "rise by 1 euro to 11 euros"),
      ]),

    # 17 transport / translation / inconsistent: entity + omission
    K("transport", "translation",
      "From 1 June, the rail operator Koleje Nadrzeczne will run an extra twelve trains a day between Wierzbnogród and "
      "Jarzębinów, the company's spokeswoman Agnieszka Wydrzyńska said on Tuesday. The additional services are meant to "
      "relieve overcrowding on morning and evening commuter trains, which in recent months have often carried twice as "
      "many passengers as there are seats. The new timetable also shortens the journey time from 58 to 49 minutes thanks "
      "to the completion of track renovation near Stare Olchowo. Ticket prices will not change. The operator has leased "
      "six additional electric units from the provincial government for this purpose.",
      "Starting on 1 June, Koleje Nadrzeczne will operate twelve more daily trains between Wierzbnogród and Stare "
      "Olchowo, the operator's spokeswoman, Agnieszka Wydrzyńska, announced on Tuesday. The aim is to ease crowding on "
      "rush-hour commuter services, which lately have frequently carried double the number of passengers they have seats "
      "for. Because track renovation near Stare Olchowo has been finished, the new timetable also cuts the journey from "
      "58 minutes to 49. To run the extra services, the company has leased six more electric units from the provincial "
      "authorities.",
      errors=[
          E("Stare Olchowo", "entity", "major", "Jarzębinów", occ=0),
          O("major", "Ticket prices will not change", after="from 58 minutes to 49."),
      ],
      traps=[
          T("twelve more daily trains", "an extra twelve trains a day"),
          T("double the number of passengers they have seats for", "twice as many passengers as there are seats"),
          T("from 58 minutes to 49", "from 58 to 49 minutes"),
          T("provincial authorities", "provincial government"),
      ]),

    # 18 transport / rewrite / consistent
    K("transport", "rewrite",
      "The regular ferry service between Fenwick Harbour and the island of Scarra will be disrupted for five weeks from "
      "4 November while the vessel MV Corran Bay undergoes its annual overhaul. A replacement boat, the smaller Gannet "
      "Rock, will run three return crossings a day instead of the usual five. It can carry 12 cars, compared with 30 on "
      "the Corran Bay, so drivers are urged to book in advance. Foot passengers will not need reservations. Shipping "
      "operator Brinemoor Lines said the overhaul had been brought forward by a month after inspectors found corrosion "
      "on the car deck. Island businesses have asked for extra sailings on Fridays.",
      "For five weeks starting on 4 November, the usual ferry link between Fenwick Harbour and the island of Scarra will "
      "be disrupted as the MV Corran Bay goes in for its yearly overhaul. In its place, the smaller Gannet Rock will make "
      "three round trips a day rather than the normal five. Because it takes just 12 cars, against the Corran Bay's 30, "
      "drivers are being urged to book ahead, but foot passengers can travel without a reservation. According to the "
      "operator, Brinemoor Lines, the overhaul was moved forward by a month when inspectors discovered corrosion on the "
      "car deck. Businesses on the island have requested additional Friday sailings.",
      traps=[
          T("For five weeks starting on 4 November", "for five weeks from 4 November"),
          T("three round trips a day", "three return crossings a day"),
          T("against the Corran Bay's 30", "compared with 30 on the Corran Bay"),
          T("foot passengers can travel without a reservation", "Foot passengers will not need reservations"),
          T("moved forward by a month", "brought forward by a month"),
      ]),

    # 19 agriculture / rewrite / inconsistent: addition + polarity
    K("agriculture", "rewrite",
      "Potato growers in the Eastvale district expect this year's harvest to be about 20 percent below average after a "
      "dry spring and a wet August. The Eastvale Growers' Cooperative said blight had been found on 35 of its 210 member "
      "farms, though most cases were caught early. Cooperative chair Dermot Quarrie said prices paid to farmers had "
      "risen, but not enough to make up for the smaller crop. Supermarkets have not yet raised shelf prices for potatoes, "
      "according to the cooperative. The government's agriculture department said it would not offer emergency support "
      "because the shortfall was within normal seasonal variation.",
      "Growers in the Eastvale district are forecasting a potato crop roughly a fifth below average this year, the "
      "poorest in more than a decade, following a dry spring and a rainy August. Blight has been detected on 35 of the "
      "210 farms in the Eastvale Growers' Cooperative, although most outbreaks were spotted early, the cooperative said. "
      "Its chair, Dermot Quarrie, said farmers were getting higher prices, but not high enough to offset the reduced "
      "harvest. According to the cooperative, supermarkets have already put up shelf prices for potatoes. The "
      "government's agriculture department said there would be no emergency support, because the shortfall fell within "
      "normal seasonal variation.",
      errors=[
          E("the poorest in more than a decade", "addition", "minor", None),
          E("have already put up shelf prices", "polarity", "major", "have not yet raised shelf prices"),
      ],
      traps=[
          T("roughly a fifth below average", "about 20 percent below average"),
          T("35 of the 210 farms in the Eastvale Growers' Cooperative", "35 of its 210 member farms"),
          T("not high enough to offset the reduced harvest", "not enough to make up for the smaller crop"),
          T("there would be no emergency support", "it would not offer emergency support"),
      ]),

    # 20 agriculture / translation / consistent
    K("agriculture", "translation",
      "Coffee producers in the Serra do Vale Alto region expect to harvest 2.3 million bags this season, 15 percent more "
      "than last year, according to the local growers' association. The increase is attributed mainly to regular "
      "rainfall during flowering and to the absence of frost in July. The association's president, Raimundo Taveira, "
      "warned, however, that the shortage of labour for the harvest could delay picking in some properties. Each bag "
      "weighs 60 kilograms. Last year, a prolonged drought reduced yields in several municipalities. Most of the "
      "production is exported to Europe and Asia.",
      "The Serra do Vale Alto growers' association forecasts a coffee crop of 2.3 million 60-kilogram bags for this "
      "season, up 15% on the previous year. The better harvest is mostly the result of steady rain while the plants were "
      "flowering and of the fact that there was no frost in July. Even so, association president Raimundo Taveira "
      "cautioned that a lack of workers to bring in the crop might hold up picking on some farms. Last year a long "
      "drought cut yields in a number of municipalities. The bulk of the coffee is sold abroad, to Europe and Asia.",
      traps=[
          T("2.3 million 60-kilogram bags", "Each bag weighs 60 kilograms"),
          T("up 15% on the previous year", "15 percent more than last year"),
          T("a lack of workers to bring in the crop", "the shortage of labour for the harvest"),
          T("hold up picking on some farms", "delay picking in some properties"),
          T("The bulk of the coffee is sold abroad", "Most of the production is exported"),
      ]),
]

CASES += [
    # 21 technology / rewrite / inconsistent: event
    K("technology", "rewrite",
      "Software company Brightmere Systems has delayed the launch of its accounting app for small businesses until early "
      "next year, citing problems found during testing. The app had been due to go on sale in October. Chief technology "
      "officer Anjali Korrapati said testers had found errors in how the app calculated sales tax for businesses "
      "operating in more than one region. About 1,800 firms that signed up for a trial will be able to keep using it "
      "free until the full launch. The company, based in Tillhaven Quay, employs 260 people and was acquired by the "
      "payments group Velloran last year.",
      "Brightmere Systems, a software firm, has put back the release of its small-business accounting app to early next "
      "year after testing uncovered problems. It had originally been scheduled to go on sale in October. According to "
      "chief technology officer Anjali Korrapati, testers discovered mistakes in the way the app worked out sales tax for "
      "firms trading in several regions. Around 1,800 businesses that joined a trial can carry on using it for free until "
      "it is fully launched. Based in Tillhaven Quay, the company has a workforce of 260 and merged with the payments "
      "group Velloran last year.",
      errors=[
          E("merged with", "event", "major", "was acquired by"),
      ],
      traps=[
          T("has put back the release", "has delayed the launch"),
          T("firms trading in several regions", "businesses operating in more than one region"),
          T("can carry on using it for free", "will be able to keep using it free"),
          T("has a workforce of 260", "employs 260 people"),
      ]),

    # 22 technology / summary / consistent
    K("technology", "summary",
      "The city of Quenholt has switched on a network of 450 air-quality sensors mounted on lamp posts, making it one of "
      "the first cities in the region to publish pollution readings street by street. The sensors measure fine particles "
      "and nitrogen dioxide every five minutes, and the data are posted on a public website. The 1.2 million pound "
      "project was paid for by a grant from the national environment agency. City technology officer Marcus Delahaye "
      "said the readings would help decide where to plant trees and where to restrict traffic near schools. Privacy "
      "campaigners had asked for assurances that the sensors do not record images or sound, and the city confirmed that "
      "they do not. A review of the network is planned after 12 months.",
      "Quenholt has switched on 450 air-quality sensors mounted on lamp posts; they measure fine particles and nitrogen "
      "dioxide at five-minute intervals, and the readings are published online. A national environment agency grant "
      "covered the £1.2 million cost. City technology officer Marcus Delahaye said the data would help decide where trees "
      "are planted and where traffic near schools is restricted. The city has confirmed that the sensors record neither "
      "images nor sound, and the network will be reviewed after a year.",
      traps=[
          T("at five-minute intervals", "every five minutes"),
          T("the readings are published online", "the data are posted on a public website"),
          T("£1.2 million", "1.2 million pound"),
          T("record neither images nor sound", "do not record images or sound"),
          T("after a year", "after 12 months"),
      ]),

    # 23 diplomacy / translation / inconsistent: attribution + polarity
    K("diplomacy", "translation",
      "The foreign ministers of Calvera and Ostrenia agreed on Wednesday to reopen their embassies, closed since the "
      "border dispute of 2019. After a three-hour meeting in the Calveran capital, San Lázaro del Monte, minister "
      "Gregorio Illanes said both governments would appoint ambassadors before the end of the year. His Ostrenian "
      "counterpart, Vesna Radomirova, stressed that the agreement did not resolve the disputed boundary along the Tirsa "
      "river, which will be examined by a joint commission. Trade between the two countries fell by half after the "
      "embassies closed. Direct flights between the two capitals, suspended for four years, are not expected to resume "
      "before next summer.",
      "On Wednesday, the foreign ministers of Calvera and Ostrenia reached an agreement to reopen their embassies, which "
      "have been shut since the 2019 border dispute. Following three hours of talks in San Lázaro del Monte, the Calveran "
      "capital, minister Gregorio Illanes announced that ambassadors would be named by both governments before the year "
      "is out. Illanes also emphasised that the deal left unresolved the contested border along the Tirsa river, which a "
      "joint commission will study. Once the embassies closed, bilateral trade dropped by 50 percent. Direct flights "
      "between the capitals, suspended for four years, are expected to restart before next summer.",
      errors=[
          E("Illanes also emphasised", "attribution", "major", "His Ostrenian counterpart, Vesna Radomirova, stressed"),
          E("are expected to restart before next summer", "polarity", "critical",
            "are not expected to resume before next summer"),
      ],
      traps=[
          T("Following three hours of talks", "After a three-hour meeting"),
          T("ambassadors would be named by both governments", "both governments would appoint ambassadors"),
          T("before the year is out", "before the end of the year"),
          T("dropped by 50 percent", "fell by half"),
      ]),

    # 24 diplomacy / rewrite / consistent
    K("diplomacy", "rewrite",
      "Delegates from 23 coastal states meeting in Port Adelyn agreed on Friday to set up a shared fund to monitor "
      "illegal fishing, after four days of negotiations. Each member will contribute according to the length of its "
      "coastline, with the fund expected to reach 18 million dollars in its first year. The agreement was brokered by the "
      "summit chair, ambassador Teodora Vilanek, who called it 'a modest but real step'. Two states, Oruna and the Sallow "
      "Islands, abstained, saying they needed more time to consult their fishing industries. The fund's secretariat will "
      "be based in Port Adelyn and is due to begin work in March.",
      "After four days of talks in Port Adelyn, delegates representing 23 coastal states agreed on Friday to create a "
      "joint fund for monitoring illegal fishing. Contributions will be based on the length of each member's coastline, "
      "and the fund is expected to total $18 million in its first year. Summit chair Teodora Vilanek, the ambassador who "
      "brokered the deal, described it as 'a modest but real step'. Oruna and the Sallow Islands abstained; the two states "
      "said they needed more time to consult their fishing industries. Port Adelyn will host the fund's secretariat, "
      "which is due to start work in March.",
      traps=[
          T("After four days of talks", "after four days of negotiations"),
          T("create a joint fund for monitoring illegal fishing", "set up a shared fund to monitor illegal fishing"),
          T("$18 million", "18 million dollars"),
          T("Summit chair Teodora Vilanek, the ambassador who brokered the deal",
            "The agreement was brokered by the summit chair, ambassador Teodora Vilanek"),
          T("Port Adelyn will host the fund's secretariat", "The fund's secretariat will be based in Port Adelyn"),
      ]),

    # 25 education / summary / inconsistent: attribution
    K("education", "summary",
      "The Tarnwell school district will move to a four-day school week for secondary pupils from next September, the "
      "district board decided on Monday by five votes to two. Pupils will attend from Monday to Thursday for longer days, "
      "with Fridays used for optional clubs and catch-up lessons. Superintendent Howard Quillan said the change would "
      "help the district recruit teachers, as it has 37 vacancies. The teachers' union supported the plan, but a parents' "
      "group, Tarnwell Families First, said it would make childcare harder for working families. The board will review "
      "the policy after two years.",
      "Secondary pupils in Tarnwell will switch to a four-day week from next September after the district board approved "
      "the change 5-2 on Monday. Pupils will have longer days from Monday to Thursday, with optional clubs and catch-up "
      "lessons on Fridays. The teachers' union said the change would help fill the district's 37 teaching vacancies, "
      "while parents' group Tarnwell Families First warned it would make childcare harder for working families.",
      errors=[
          E("The teachers' union said", "attribution", "major", "Superintendent Howard Quillan said"),
      ],
      traps=[
          T("Secondary pupils in Tarnwell will switch to a four-day week",
            "will move to a four-day school week for secondary pupils"),
          T("approved the change 5-2", "by five votes to two"),
          T("the district's 37 teaching vacancies", "as it has 37 vacancies"),
          T("warned it would make childcare harder", "said it would make childcare harder"),
      ]),

    # 26 education / translation / inconsistent: role
    K("education", "translation",
      "The Polytechnic of Dommelvoort will be absorbed into the University of Hoogeveld from 1 January 2026, the boards "
      "of both institutions announced on Friday. The polytechnic's 6,500 students will keep their current programmes and "
      "campuses until at least 2028. According to university rector Marijke Terpstra, the merger should strengthen "
      "research in engineering and nursing. The education ministry must still approve the plan, which was prepared over "
      "eighteen months. Staff unions have asked for guarantees that there will be no compulsory redundancies.",
      "On Friday the boards of the two institutions announced that, as of 1 January 2026, the University of Hoogeveld "
      "will be incorporated into the Polytechnic of Dommelvoort. The 6,500 students at the polytechnic will continue on "
      "their existing programmes and at their present campuses until 2028 at the earliest. Rector Marijke Terpstra of "
      "the university said the merger ought to reinforce research in engineering and nursing. The plan, eighteen months "
      "in preparation, still needs the approval of the ministry of education. The staff unions want guarantees that "
      "nobody will be made compulsorily redundant.",
      errors=[
          E("University of Hoogeveld will be incorporated into the Polytechnic of Dommelvoort", "role", "critical",
            "The Polytechnic of Dommelvoort will be absorbed into the University of Hoogeveld"),
      ],
      traps=[
          T("as of 1 January 2026", "from 1 January 2026"),
          T("until 2028 at the earliest", "until at least 2028"),
          T("ought to reinforce research", "should strengthen research"),
          T("still needs the approval of the ministry of education", "The education ministry must still approve the plan"),
      ]),

    # 27 energy / rewrite / inconsistent: omission
    K("energy", "rewrite",
      "Coastal Grid, the operator of the Saltmarsh electricity network, will spend 640 million pounds over five years "
      "upgrading substations and cables in the region. The plan, approved by the energy regulator on Thursday, is "
      "intended to connect 14 new wind and solar farms that are currently waiting for grid access. Around 2,200 "
      "kilometres of overhead lines will be replaced. The company said household bills would rise by about 9 pounds a "
      "year as a result, starting in 2026. Consumer groups criticised the increase, arguing that shareholders should bear "
      "more of the cost. Work on the first substation, at Holmcaster, will begin in the spring.",
      "Coastal Grid, which runs the Saltmarsh electricity network, is to invest £640 million over the next five years "
      "upgrading substations and cables across the region. The plan is designed to hook up 14 new wind and solar farms "
      "still waiting to be connected to the grid. Some 2,200 km of overhead lines are due to be replaced. According to the "
      "company, household bills will go up by around £9 a year from 2026 as a result. Consumer groups attacked the rise, "
      "saying shareholders ought to shoulder more of the cost. Work will start in the spring on the first substation, at "
      "Holmcaster.",
      errors=[
          O("major", "approved by the energy regulator on Thursday", after="The plan"),
      ],
      traps=[
          T("£640 million", "640 million pounds"),
          T("still waiting to be connected to the grid", "currently waiting for grid access"),
          T("Some 2,200 km", "Around 2,200 kilometres"),
          T("around £9 a year", "about 9 pounds a year"),
      ]),

    # 28 energy / summary / inconsistent: addition
    K("energy", "summary",
      "The Veldmark nuclear power station will close two years earlier than planned, in 2029, its owner Northfold Energy "
      "announced on Tuesday. The company said repairing cracks found in the boiler tubes of both reactors would cost "
      "more than the plant could earn before its original closure date of 2031. The station, which opened in 1983, "
      "supplies about 6 percent of the country's electricity and employs 740 people. Northfold said it would offer "
      "retraining or relocation to all staff. Decommissioning is expected to take about 25 years. Local councillors "
      "called for the site to be considered for a new reactor.",
      "Northfold Energy will shut its Veldmark nuclear station in 2029, two years ahead of schedule, because fixing "
      "cracked boiler tubes in both reactors would cost more than the plant could earn before 2031. The plant, opened in "
      "1983, provides around 6% of the country's electricity and employs 740 people, all of whom will be offered "
      "retraining or relocation. Decommissioning is expected to take about 25 years and will be paid for from a "
      "government fund.",
      errors=[
          E("will be paid for from a government fund", "addition", "major", None),
      ],
      traps=[
          T("two years ahead of schedule", "two years earlier than planned"),
          T("fixing cracked boiler tubes", "repairing cracks found in the boiler tubes"),
          T("around 6%", "about 6 percent"),
      ]),

    # 29 crime / rewrite / consistent
    K("crime", "rewrite",
      "Police in Granmouth have arrested two men aged 24 and 31 in connection with a series of thefts of catalytic "
      "converters from parked cars. Officers stopped a van on the Lowther Road in the early hours of Sunday and found 17 "
      "converters and cutting equipment inside. Detective Inspector Fiona Haldane said the arrests followed a three-month "
      "investigation involving neighbouring forces. More than 90 thefts have been reported in the area since January, "
      "mostly from hybrid vehicles. Both men remain in custody and have not yet been charged. Police have urged owners to "
      "park in well-lit areas where possible.",
      "Two men, one 24 and the other 31, have been arrested by Granmouth police over a string of catalytic converter "
      "thefts from parked cars. In the early hours of Sunday officers pulled over a van on the Lowther Road, inside which "
      "they discovered 17 converters and cutting tools. The arrests were the result of a three-month inquiry carried out "
      "with neighbouring forces, Detective Inspector Fiona Haldane said. Since January, upwards of 90 thefts have been "
      "reported locally, most of them from hybrids. Neither man has been charged so far, and both are still being held. "
      "Owners are being advised by police to leave their vehicles in well-lit spots where they can.",
      traps=[
          T("one 24 and the other 31", "aged 24 and 31"),
          T("have been arrested by Granmouth police", "Police in Granmouth have arrested"),
          T("pulled over a van", "stopped a van"),
          T("upwards of 90 thefts", "More than 90 thefts"),
          T("Neither man has been charged so far, and both are still being held",
            "Both men remain in custody and have not yet been charged"),
      ]),

    # 30 crime / translation / inconsistent: addition
    K("crime", "translation",
      "Police in the port city of Santa Irene have dismantled a gang that shipped stolen luxury cars abroad hidden inside "
      "containers declared as used furniture. Eleven people were arrested in raids on Tuesday, including two customs "
      "employees suspected of falsifying inspection records. Investigators recovered 23 vehicles with an estimated value "
      "of 1.9 million euros. Most of the cars had been stolen to order from residential areas in the north of the "
      "country. The operation began last February, when a port scanner detected an engine inside a container supposedly "
      "carrying sofas. According to the police, the gang had been operating for at least three years.",
      "A gang that sent stolen luxury cars overseas concealed in containers labelled as second-hand furniture has been "
      "broken up by police in the port city of Santa Irene. In Tuesday's raids, eleven suspects were detained, among "
      "them two customs officers, who have since been suspended, suspected of faking inspection reports. Detectives "
      "seized 23 cars worth an estimated €1.9 million. Most had been stolen to order in residential districts in the "
      "north of the country. The investigation started last February after a scanner at the port picked up an engine in "
      "a container that was supposedly full of sofas. Police said the gang had been active for three years at least.",
      errors=[
          E("who have since been suspended", "addition", "major", None),
      ],
      traps=[
          T("concealed in containers labelled as second-hand furniture", "hidden inside containers declared as used furniture"),
          T("eleven suspects were detained", "Eleven people were arrested"),
          T("€1.9 million", "1.9 million euros"),
          T("for three years at least", "for at least three years"),
      ]),

    # 31 space / rewrite / inconsistent: date
    K("space", "rewrite",
      "The Corvanne Space Agency has postponed the launch of its Helix-2 weather satellite to 14 March after engineers "
      "detected a fault in a fuel valve on the rocket's upper stage. The launch had been scheduled for 27 February from "
      "the Corriebrae Point spaceport. Programme manager Yusuf Kaleb said the satellite itself was unaffected and "
      "remained in its protective container. Helix-2 will replace a satellite that has been in orbit since 2011, four "
      "years beyond its planned lifetime. Once operational, it is expected to improve storm forecasts by providing "
      "images every ten minutes instead of every thirty.",
      "A fault in a fuel valve on the upper stage of the rocket has forced the Corvanne Space Agency to push back the "
      "launch of its Helix-2 weather satellite to 14 March. Lift-off from the Corriebrae Point spaceport had been planned "
      "for 27 January. The satellite itself was not affected and is still inside its protective container, programme "
      "manager Yusuf Kaleb said. Helix-2 will replace a satellite that has been in orbit since 2011, four years longer "
      "than it was designed to last. When it is up and running, it should sharpen storm forecasts by delivering images "
      "every ten minutes rather than every half hour.",
      errors=[
          E("27 January", "date", "major", "27 February"),
      ],
      traps=[
          T("A fault in a fuel valve on the upper stage of the rocket", "a fault in a fuel valve on the rocket's upper stage"),
          T("push back the launch", "has postponed the launch"),
          T("four years longer than it was designed to last", "four years beyond its planned lifetime"),
          T("every half hour", "every thirty"),
      ]),

    # 32 space / translation / consistent
    K("space", "translation",
      "The unmanned probe Hoshigane-3, launched by the Akitsu Aerospace Research Agency, entered orbit around the Moon on "
      "Saturday, eleven days after leaving Earth. The agency said the engine burn lasted 412 seconds and went as planned. "
      "Over the next two months, the probe will gradually lower its orbit to about 100 kilometres above the surface. Its "
      "main task is to map deposits of water ice near the south pole using a radar instrument developed by Kisegawa "
      "University. Mission director Haruka Nemoto said the team was 'relieved and very happy'. If all goes well, the "
      "probe will operate for at least one year.",
      "On Saturday, eleven days after its departure from Earth, the uncrewed Hoshigane-3 probe of the Akitsu Aerospace "
      "Research Agency went into lunar orbit. The 412-second engine firing went according to plan, the agency said. "
      "During the coming two months the spacecraft will lower its orbit step by step until it is roughly 100 km above "
      "the lunar surface. Using a radar built at Kisegawa University, its principal mission is to chart water-ice "
      "deposits close to the Moon's south pole. The team was 'relieved and very happy', said mission director Haruka "
      "Nemoto. Barring problems, Hoshigane-3 will keep working for a year or more.",
      traps=[
          T("went into lunar orbit", "entered orbit around the Moon"),
          T("The 412-second engine firing", "the engine burn lasted 412 seconds"),
          T("roughly 100 km above the lunar surface", "about 100 kilometres above the surface"),
          T("Barring problems", "If all goes well"),
          T("for a year or more", "for at least one year"),
      ]),

    # 33 labour / rewrite / inconsistent: entity + modality
    K("labour", "rewrite",
      "Nurses at three hospitals run by the Carnford Health Trust will strike for 48 hours from 7 am on 22 May unless a "
      "pay offer is improved, the Allied Nursing Union said on Wednesday. Members voted 78 percent in favour of action on "
      "a turnout of 64 percent. The union is seeking a rise of 7 percent, while the trust has offered 3.5 percent. "
      "Emergency and intensive care services would be staffed as normal during the strike. Trust chief executive Malcolm "
      "Ferris said he was 'disappointed' and urged the union to return to talks. A further meeting between the two sides "
      "has been proposed for next week.",
      "The Allied Nursing Union announced on Wednesday that nurses at three Carnford Health Trust hospitals will walk out "
      "for 48 hours from 7 am on 22 May if the pay offer is not improved. In the ballot, 78 percent of members backed "
      "action, on a 64 percent turnout. While the union wants a 7 percent rise, the trust has put forward 3.5 percent. "
      "During the strike, emergency and maternity services would have normal staffing levels. Malcolm Ferris, the "
      "trust's chief executive, said he was 'disappointed' and called on the union to come back to the negotiating "
      "table. The two sides will meet again next week.",
      errors=[
          E("emergency and maternity services", "entity", "major", "Emergency and intensive care services"),
          E("will meet again next week", "modality", "minor", "has been proposed for next week"),
      ],
      traps=[
          T("walk out for 48 hours", "strike for 48 hours"),
          T("if the pay offer is not improved", "unless a pay offer is improved"),
          T("78 percent of members backed action", "Members voted 78 percent in favour of action"),
          T("come back to the negotiating table", "return to talks"),
      ]),

    # 34 labour / summary / inconsistent: role + repetition
    K("labour", "summary",
      "Dockworkers at the port of Hallam Quay ended a nine-day strike on Monday after accepting a pay deal worth 11 "
      "percent over two years. The agreement between the Transport and Harbour Workers' Federation and port operator "
      "Greyholm Terminals was reached late on Sunday after talks chaired by a government mediator, Patricia Oduya. About "
      "1,100 workers had walked out over pay and shift patterns. Exporters said the strike had left more than 300 "
      "containers of perishable goods stranded. Greyholm said normal operations would resume within 48 hours. The "
      "federation said its members had voted 85 percent in favour of the deal.",
      "The nine-day strike at Hallam Quay port is over. Greyholm Terminals accepted an 11 percent, two-year pay offer "
      "from the Transport and Harbour Workers' Federation in talks chaired by government mediator Patricia Oduya, and "
      "85 percent of members voted for the deal. Around 1,100 workers had walked out over pay and shifts, stranding over "
      "300 containers of perishable goods, exporters said. The nine-day strike at Hallam Quay port is over. Greyholm "
      "expects normal operations within 48 hours.",
      errors=[
          E("Greyholm Terminals accepted an 11 percent, two-year pay offer from the Transport and Harbour Workers' "
            "Federation", "role", "major",
            "Dockworkers at the port of Hallam Quay ended a nine-day strike on Monday after accepting a pay deal"),
          E("The nine-day strike at Hallam Quay port is over", "repetition", "minor", None, occ=1),
      ],
      traps=[
          T("85 percent of members voted for the deal", "its members had voted 85 percent in favour of the deal"),
          T("over pay and shifts", "over pay and shift patterns"),
          T("stranding over 300 containers", "left more than 300 containers of perishable goods stranded"),
          T("Greyholm expects normal operations within 48 hours",
            "Greyholm said normal operations would resume within 48 hours"),
      ]),

    # 35 housing / rewrite / consistent
    K("housing", "rewrite",
      "Pellbrook City Council has approved plans for 420 homes on the site of a former bus depot in the Northgate "
      "district, 35 percent of which will be offered at below-market rents. The scheme, by developer Ashcombe Living, "
      "includes a health centre, a nursery and a small park. Councillors voted nine to four in favour after a debate "
      "lasting more than three hours. Residents had objected that the tallest building, at 14 storeys, would overshadow "
      "nearby terraced streets. Construction is expected to start next spring and take about four years. The council "
      "said the site had been empty since 2017.",
      "Plans for 420 homes on the former bus depot site in Pellbrook's Northgate district have been given the go-ahead "
      "by the city council, with 147 of them to be offered at rents below market level. Alongside the homes, developer "
      "Ashcombe Living's scheme includes a health centre, a nursery and a small park. After more than three hours of "
      "debate, councillors backed the plans by nine votes to four. Residents had argued that the highest block, which "
      "will be 14 storeys tall, would cast shadows over neighbouring terraced streets. Work is expected to begin next "
      "spring and last roughly four years. The site has stood empty since 2017, according to the council.",
      traps=[
          T("have been given the go-ahead by the city council", "Pellbrook City Council has approved plans"),
          T("147 of them", "35 percent of which"),
          T("by nine votes to four", "voted nine to four in favour"),
          T("the highest block, which will be 14 storeys tall", "the tallest building, at 14 storeys"),
          T("cast shadows over", "overshadow"),
      ]),

    # 36 housing / translation / inconsistent: repetition
    K("housing", "translation",
      "Rents in the city of Västerholm rose by an average of 6.8 percent last year, the highest increase in three "
      "decades, according to figures published on Monday by the municipal housing office. The sharpest rise was "
      "recorded in the Södra Kajen district, where average rents for a two-room flat climbed by 9.4 percent. The office "
      "attributes the trend to population growth and to a sharp slowdown in new construction. Only 1,150 new homes were "
      "completed in the city last year, compared with 2,600 the year before. Tenant association chair Birgitta Lövgren "
      "demanded a temporary cap on rent increases. The city council will discuss the figures at its next meeting in March.",
      "According to statistics released by the municipal housing office on Monday, average rents in Västerholm went up "
      "by 6.8 percent last year, the steepest increase in thirty years. Södra Kajen saw the biggest jump: there, the "
      "average rent for a two-room apartment increased by 9.4 percent. The housing office puts this down to a growing "
      "population and to the fact that much less is being built. Last year just 1,150 new dwellings were finished in the "
      "city, against 2,600 a year earlier. Birgitta Lövgren, who chairs the tenants' association, called for rent rises "
      "to be temporarily capped. Last year just 1,150 new dwellings were finished in the city. The figures will be "
      "debated by the city council at its next session in March.",
      errors=[
          E("Last year just 1,150 new dwellings were finished in the city", "repetition", "minor", None, occ=1),
      ],
      traps=[
          T("the steepest increase in thirty years", "the highest increase in three decades"),
          T("much less is being built", "a sharp slowdown in new construction"),
          T("against 2,600 a year earlier", "compared with 2,600 the year before"),
          T("called for rent rises to be temporarily capped", "demanded a temporary cap on rent increases"),
      ]),

    # 37 sport / summary / inconsistent: date
    K("sport", "summary",
      "Tennis player Elodie Brassard withdrew from the Lakeshore Open on Thursday, an hour before her quarter-final, "
      "because of a wrist injury. The 22-year-old, seeded third, had won her previous three matches without dropping a "
      "set. Her opponent, Katrin Vollmaier, advances to the semi-finals without playing. Brassard said on social media "
      "that scans had shown inflammation but no fracture, and that she hoped to be fit for the Cressfield Championships, "
      "which start on 9 June. Tournament director Neil Ashdown said ticket holders for the quarter-final session would "
      "be offered a partial refund. Brassard won the Lakeshore title in 2022.",
      "Third seed Elodie Brassard, the 2022 Lakeshore Open champion, pulled out of this year's tournament on Thursday "
      "with a wrist injury an hour before her quarter-final, sending Katrin Vollmaier through to the semi-finals without "
      "a match. The 22-year-old said scans had found inflammation but no fracture and that she hoped to be fit for the "
      "Cressfield Championships, which begin on 6 June. Quarter-final ticket holders will be offered a partial refund.",
      errors=[
          E("6 June", "date", "minor", "9 June"),
      ],
      traps=[
          T("Third seed", "seeded third"),
          T("the 2022 Lakeshore Open champion", "Brassard won the Lakeshore title in 2022"),
          T("pulled out of this year's tournament", "withdrew from the Lakeshore Open"),
          T("sending Katrin Vollmaier through to the semi-finals without a match",
            "Her opponent, Katrin Vollmaier, advances to the semi-finals without playing"),
      ]),

    # 38 courts / summary / consistent
    K("courts", "summary",
      "The Supreme Court of Vardale ruled on Friday that the government acted unlawfully when it closed 14 rural "
      "courthouses in 2020 without consulting local communities. In a unanimous judgment, the five justices said the "
      "justice ministry had failed to assess how the closures would affect people without access to a car. The case was "
      "brought by the Vardale Rural Advocacy Network on behalf of residents of the Pennick Hills region. The court did "
      "not order the courthouses to reopen, but said the ministry must carry out a proper consultation within six months. "
      "Justice minister Colm Ardagh said the government would comply with the ruling. Campaigners said some victims had "
      "been forced to travel more than 80 kilometres to attend hearings.",
      "Vardale's Supreme Court unanimously found on Friday that the government broke the law by shutting 14 rural "
      "courthouses in 2020 without consulting local people, having failed to assess the effect on those without a car. "
      "The court stopped short of ordering the buildings to reopen but gave the justice ministry six months to hold a "
      "proper consultation, and minister Colm Ardagh said the government would comply. The Vardale Rural Advocacy "
      "Network brought the case for residents of the Pennick Hills.",
      traps=[
          T("unanimously found", "In a unanimous judgment"),
          T("broke the law", "acted unlawfully"),
          T("shutting 14 rural courthouses", "closed 14 rural courthouses"),
          T("stopped short of ordering the buildings to reopen", "did not order the courthouses to reopen"),
          T("gave the justice ministry six months to hold a proper consultation",
            "the ministry must carry out a proper consultation within six months"),
      ]),

    # 39 elections / translation / consistent
    K("elections", "translation",
      "In the run-off for mayor of Lindenfurt on Sunday, Johanna Wevelsiep of the Citizens' List won 53.7 percent of the "
      "vote, defeating the incumbent, Rüdiger Kasselmann, who had held the office for twelve years. Turnout was only 38 "
      "percent, eleven points lower than in the first round two weeks earlier. Wevelsiep, a 41-year-old lawyer, will be "
      "the first woman to lead the town hall. She announced that her first priority would be the renovation of the "
      "municipal swimming pool, closed since 2021. Kasselmann congratulated his successor and said he would withdraw "
      "from politics.",
      "Johanna Wevelsiep, standing for the Citizens' List, beat sitting mayor Rüdiger Kasselmann in Sunday's second-round "
      "vote in Lindenfurt, taking 53.7% of the ballots. Kasselmann had been in office for twelve years. Only 38 percent "
      "of voters turned out, 11 percentage points fewer than in the first round a fortnight before. The 41-year-old "
      "lawyer will be the town's first female mayor. Her top priority, she said, will be to refurbish the municipal "
      "swimming pool, which has been shut since 2021. Kasselmann congratulated the woman who will succeed him and "
      "announced that he was leaving politics.",
      traps=[
          T("beat sitting mayor Rüdiger Kasselmann", "defeating the incumbent, Rüdiger Kasselmann"),
          T("second-round vote", "run-off"),
          T("11 percentage points fewer", "eleven points lower"),
          T("a fortnight before", "two weeks earlier"),
          T("the town's first female mayor", "the first woman to lead the town hall"),
      ]),

    # 40 health / summary / consistent
    K("health", "summary",
      "The Brackenridge region recorded 3,412 cases of measles in the first six months of the year, more than in the "
      "whole of the previous three years combined, the regional health authority said on Thursday. Nine out of ten cases "
      "were in people who had not been vaccinated. Most of those affected were children under ten, and 212 patients "
      "needed hospital care. No deaths have been reported. The authority will open walk-in vaccination clinics in 40 "
      "schools from next month and send reminder letters to the parents of 18,000 children who have missed doses. Deputy "
      "health director Simone Achebe-Lund said vaccination rates had fallen to 81 percent, well below the 95 percent "
      "needed to stop outbreaks.",
      "Brackenridge had 3,412 measles cases between January and June, more than in the previous three years put "
      "together, according to the regional health authority. Around 90% of those infected were unvaccinated, most were "
      "under ten, 212 required hospital treatment and nobody has died. Deputy health director Simone Achebe-Lund said "
      "coverage had dropped to 81 percent, well short of the 95 percent required to stop outbreaks. Walk-in clinics will "
      "open in 40 schools next month, and the parents of 18,000 children who have missed doses will get reminder letters.",
      traps=[
          T("between January and June", "in the first six months of the year"),
          T("more than in the previous three years put together", "more than in the whole of the previous three years combined"),
          T("Around 90%", "Nine out of ten"),
          T("nobody has died", "No deaths have been reported"),
          T("212 required hospital treatment", "212 patients needed hospital care"),
      ]),
]


class Invalid(Exception):
    pass


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(cand, text, occ, where):
    hits = occurrences(cand, text)
    if occ is None:
        if len(hits) != 1:
            raise Invalid(f"{where}: {text!r} occurs {len(hits)} times in candidate (need exactly 1 or an occ index)")
        return hits[0]
    if occ >= len(hits):
        raise Invalid(f"{where}: occurrence {occ} of {text!r} requested but only {len(hits)} found")
    return hits[occ]


def is_word(ch):
    return ch.isalnum()


def cuts_word(s, start, end):
    if start > 0 and start < len(s) and is_word(s[start - 1]) and is_word(s[start]):
        return True
    if end > 0 and end < len(s) and is_word(s[end - 1]) and is_word(s[end]):
        return True
    return False


def words(s):
    return len(s.split())


SENT_SPLIT = re.compile(r"(?<=[.!?])['\u2019]?\s+(?=['\u2018\"A-Z\u00C0-\u017F0-9])")


def sentences(s):
    return [x for x in SENT_SPLIT.split(s.strip()) if x]


def build_case(n, case):
    where = f"case#{n} ({case['domain']}/{case['mode']})"
    ref, cand = case["reference"], case["candidate"]
    errors, traps = [], []
    for e in case.get("errors", []):
        etype = e["type"]
        if etype == "omission":
            if "after" in e:
                pos = locate(cand, e["after"], e.get("occ"), where) + len(e["after"])
            elif "before" in e:
                pos = locate(cand, e["before"], e.get("occ"), where)
            else:
                raise Invalid(f"{where}: omission needs 'after' or 'before'")
            start = end = pos
            text = ""
        else:
            text = e["text"]
            start = locate(cand, text, e.get("occ"), where)
            end = start + len(text)
        errors.append({"start": start, "end": end, "text": text, "type": etype,
                       "severity": e["severity"], "ref_text": e.get("ref")})
    for t in case.get("traps", []):
        start = locate(cand, t["text"], t.get("occ"), where)
        traps.append({"start": start, "end": start + len(t["text"]),
                      "text": t["text"], "ref_text": t["ref"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {
        "domain": case["domain"], "mode": case["mode"],
        "reference": ref, "candidate": cand,
        "label": "inconsistent" if errors else "consistent",
        "errors": errors, "traps": traps,
    }


def validate_record(r, where):
    ref, cand, mode = r["reference"], r["candidate"], r["mode"]
    if mode not in MODES:
        raise Invalid(f"{where}: bad mode {mode}")
    if r["domain"] not in DOMAINS:
        raise Invalid(f"{where}: bad domain {r['domain']}")
    nw = words(ref)
    if not 80 <= nw <= 200:
        raise Invalid(f"{where}: reference has {nw} words (need 80-200)")
    ns = len(sentences(ref))
    if not 4 <= ns <= 8:
        raise Invalid(f"{where}: reference has {ns} sentences (need 4-8)")
    if ref.strip() == cand.strip():
        raise Invalid(f"{where}: candidate identical to reference")
    if mode == "summary":
        if words(cand) >= nw or len(cand) >= len(ref):
            raise Invalid(f"{where}: summary not shorter than reference ({words(cand)} vs {nw} words)")
    ne, nt = len(r["errors"]), len(r["traps"])
    if r["label"] == "consistent":
        if ne != 0 or not 3 <= nt <= 5:
            raise Invalid(f"{where}: consistent pair needs 0 errors and 3-5 traps (has {ne}/{nt})")
    else:
        if not 1 <= ne <= 2 or not 2 <= nt <= 4:
            raise Invalid(f"{where}: inconsistent pair needs 1-2 errors and 2-4 traps (has {ne}/{nt})")
    spans = []
    for e in r["errors"]:
        s, t, typ = e["start"], e["end"], e["type"]
        if typ not in TYPES:
            raise Invalid(f"{where}: bad error type {typ}")
        if e["severity"] not in SEVERITIES:
            raise Invalid(f"{where}: bad severity {e['severity']}")
        if not (0 <= s <= t <= len(cand)) or cand[s:t] != e["text"]:
            raise Invalid(f"{where}: offsets do not match text {e['text']!r}")
        if cuts_word(cand, s, t):
            raise Invalid(f"{where}: error span cuts a word: {e['text']!r}")
        if typ == "omission":
            if mode == "summary":
                raise Invalid(f"{where}: omission error in summary mode")
            if s != t or e["text"] != "":
                raise Invalid(f"{where}: omission must be zero-width with empty text")
            if not e["ref_text"]:
                raise Invalid(f"{where}: omission needs ref_text")
            if e["ref_text"].lower() in cand.lower():
                raise Invalid(f"{where}: omitted words present in candidate: {e['ref_text']!r}")
        else:
            if s == t or not e["text"].strip():
                raise Invalid(f"{where}: empty span for {typ}")
            if e["text"] != e["text"].strip():
                raise Invalid(f"{where}: span has outer whitespace: {e['text']!r}")
        if typ in ("addition", "repetition"):
            if e["ref_text"] is not None:
                raise Invalid(f"{where}: {typ} must have ref_text null")
            if typ == "addition" and e["text"] in ref:
                raise Invalid(f"{where}: added text occurs in reference: {e['text']!r}")
            if typ == "repetition" and e["text"] not in cand[:s]:
                raise Invalid(f"{where}: repetition {e['text']!r} is not a later copy of earlier text")
        else:
            if not e["ref_text"]:
                raise Invalid(f"{where}: {typ} error needs ref_text")
            if e["ref_text"] not in ref:
                raise Invalid(f"{where}: ref_text not in reference: {e['ref_text']!r}")
            if typ != "omission" and e["text"] == e["ref_text"]:
                raise Invalid(f"{where}: error text identical to ref_text: {e['text']!r}")
        spans.append((s, t, "error:" + typ))
    for tr in r["traps"]:
        s, t = tr["start"], tr["end"]
        if not (0 <= s < t <= len(cand)) or cand[s:t] != tr["text"]:
            raise Invalid(f"{where}: trap offsets do not match {tr['text']!r}")
        if tr["text"] != tr["text"].strip():
            raise Invalid(f"{where}: trap has outer whitespace: {tr['text']!r}")
        if cuts_word(cand, s, t):
            raise Invalid(f"{where}: trap cuts a word: {tr['text']!r}")
        if not tr["ref_text"] or tr["ref_text"] not in ref:
            raise Invalid(f"{where}: trap ref_text not in reference: {tr['ref_text']!r}")
        if tr["text"] in ref:
            raise Invalid(f"{where}: trap text is not reworded (occurs verbatim in reference): {tr['text']!r}")
        spans.append((s, t, "trap"))
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                p, (s, t) = (a[0], b[:2]) if a[0] == a[1] else (b[0], a[:2])
                if s < p < t:
                    raise Invalid(f"{where}: omission point inside span {cand[s:t]!r}")
            elif a[0] < b[1] and b[0] < a[1]:
                raise Invalid(f"{where}: spans overlap: {cand[a[0]:a[1]]!r} / {cand[b[0]:b[1]]!r}")


STOP = set("""A An The In On At From For To Of And But Or If Its It His Her Their
They She He We Our This That These Those After Before Over Under With Without
During Since Until Once When While Where Which Who Whose Some Most Many Each
Both Neither Nobody Only Some Around About Nearly More Less Last Next First
Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Monday Tuesday
Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Starting Because Even
Alongside According Sentencing Shares Revenue Price Work Construction Police
Officers Residents Councillors Critics Entry Admission Tickets Ticket Turnout
Voters Members Staff Pupils Classes Investigators Detectives Researchers Digging
Lead Programme Mission Trust Chief Director Deputy Superintendent City Town
Council University School Court High Supreme Crown Justice Judge Minister
Government State States Agency Institute Health Board Tour Open Championships
Festival Film Gallery Foundation Network Union Federation Association Sea Road
Ward Lane Hills Islands Island Harbour Quay Point Station Energy Grid Lines
Systems Foods Homes Water Living Terminals Space Research Aerospace Cardiology
Congress Marine Biology Rural Advocacy Families Nursing Allied Harbour Transport
Workers Forum Civic Alliance Citizens List MV AD Arenas Real Club Deportivo
Estadio Municipal Moon Earth Europe Asia GP Fridays San Workers' Sentencing Decommissioning
Hailstones Ticket Direct Trade Contributions Summit Delegates Rents Last Only
Barring Using During Digging Supermarkets Growers Coffee Potato Blight Nurses
Dockworkers Exporters Tennis Quarter Third Rector Consumer Privacy Software
Tenant Plans Fish Juvenile Hospitals Nine Readmission Study Those Results
Daily Between From Emergency Interim Following Former Island Businesses Foot
Shipping Replacement Regular Usual Compulsory Management Hospital Tuesday's
Wednesday's Thursday's Sunday's Saturday's Friday's Monday's""".split())


def name_report(records):
    seen = {}
    for r in records:
        toks = set(re.findall(r"[A-Z\u00C0-\u017E][\w\u00C0-\u017E'-]+", r["reference"] + " " + r["candidate"]))
        for tok in toks:
            tok = re.sub(r"'s$", "", tok)
            if tok in STOP:
                continue
            seen.setdefault(tok, set()).add(r["id"])
    return {k: sorted(v) for k, v in seen.items() if len(v) > 1}


def main():
    check_only = "--check" in sys.argv
    records = []
    try:
        if len(CASES) != 40:
            raise Invalid(f"need 40 cases, have {len(CASES)}")
        built = [build_case(i + 1, c) for i, c in enumerate(CASES)]
        order = list(range(len(built)))
        random.Random(SEED).shuffle(order)
        for k, i in enumerate(order):
            r = built[i]
            rec = {"id": f"pz-{k + 1:03d}"}
            rec.update(r)
            records.append(rec)
        for r in records:
            validate_record(r, f"{r['id']} (case#{order[int(r['id'][3:]) - 1] + 1})")
        refs = [r["reference"] for r in records]
        if len(set(refs)) != len(refs):
            raise Invalid("duplicate reference texts")
        comp = Counter((r["mode"], r["label"]) for r in records)
        if dict(comp) != COMPOSITION:
            raise Invalid(f"composition mismatch: {dict(comp)}")
        etypes = Counter(e["type"] for r in records for e in r["errors"])
        for t in TYPES:
            if etypes[t] < 2:
                raise Invalid(f"error type {t} appears {etypes[t]} times (need >= 2)")
        shared = name_report(records)
        if shared:
            raise Invalid("capitalised names shared across pairs: " +
                          "; ".join(f"{k}: {v}" for k, v in sorted(shared.items())))
    except Invalid as exc:
        print("INVALID:", exc, file=sys.stderr)
        sys.exit(1)

    if not check_only:
        with open(OUT, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # counts
    print(f"records: {len(records)}")
    print("label:", dict(Counter(r["label"] for r in records)))
    print("mode x label:", {f"{m}/{l}": n for (m, l), n in sorted(Counter((r['mode'], r['label']) for r in records).items())})
    et = Counter(e["type"] for r in records for e in r["errors"])
    print(f"errors: {sum(et.values())}:", ", ".join(f"{t} {et[t]}" for t in TYPES))
    print("severity:", dict(Counter(e["severity"] for r in records for e in r["errors"])))
    print("traps:", sum(len(r["traps"]) for r in records))
    print("domains:", dict(sorted(Counter(r["domain"] for r in records).items())))
    lens = [words(r["reference"]) for r in records]
    print(f"reference words: {min(lens)}-{max(lens)} (mean {sum(lens) / len(lens):.0f})")
    print("label order:", "".join("C" if r["label"] == "consistent" else "I" for r in records))
    if not check_only:
        print(f"wrote {OUT} ({os.path.getsize(OUT)} bytes)")
    else:
        print("check only: nothing written")


if __name__ == "__main__":
    main()
