#!/usr/bin/env python3
"""Held-out evaluation set 38 for the fact-comparison tool.

How it was made: every pair below was hand-written, as Python data, by a helper
session that saw no code or data of the project; it worked only from a written
brief. All people, companies, organisations, places and figures are invented
(real countries or seas appear, at most, as background).

Composition (checked by validate() at run time):
  * 40 pairs, one per domain, each domain different
      (llama trekking ... town criers, in the order given in the brief)
  * modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  * labels: 20 consistent, 20 inconsistent
  * 30 errors over eleven types:
      entity 3, number 4, date 3, role 3, polarity 3, modality 2,
      attribution 2, event 3, omission 3, addition 2, repetition 2
    (10 inconsistent pairs carry one error, 10 carry two; no omission in a
     summary pair)
  * every consistent pair carries 3-5 traps (faithful rewordings that a naive
    checker might flag); inconsistent pairs carry 0-3 traps
  * references 70-190 words, news/agency/corporate/official register;
    summaries are shorter than their references; in translation pairs both
    texts are independent English renderings of one non-English story.

All character offsets are computed here by string search (an occurrence index is
given where a quoted text repeats). Usage:
    python3 make_set38.py           validate and write set38.jsonl next to this file
    python3 make_set38.py --check   validate only, write nothing
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set38.jsonl")
SET_NO = 38

DOMAINS = [
    "llama trekking", "husky tours", "sled dog races", "ice roads", "permafrost",
    "glacier retreat", "avalanche forecasting", "snow surveys", "hail insurance",
    "crop insurance", "irrigation canals", "water meters", "well drilling",
    "boreholes", "rain gauges", "tide gauges", "sea walls", "lighthouse tenders",
    "pilot boats", "fishing quotas", "fish auctions", "crab pots", "eel fisheries",
    "shrimp farming", "seaweed harvesting", "kelp forests", "sponge diving",
    "pearl farming", "amber mining", "jade carving", "marble sculpture",
    "granite quarries", "slate roofs", "lime kilns", "charcoal burning",
    "coppicing", "willow weaving", "basket making", "rope walks", "town criers",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, type_, severity, ref_text=None, occ=None, after=None, before=None):
    """An error. For an omission, text is "" and the insertion point is given by
    `after` (end of that candidate text) or `before` (start of it); `occ`
    then selects the occurrence of that anchor."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after, "before": before}


def T(text, ref_text, occ=None):
    """A trap: candidate text worded differently but faithful to ref_text."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Part 1: rewrites, inconsistent (domains 1-10)
# ---------------------------------------------------------------------------

case("llama trekking", "rewrite", "inconsistent",
     "Andes Highland Treks, a tour operator based in the town of Quilvara, said on Monday it "
     "will cut the number of llama trekking departures from 46 to 30 next season after two of "
     "its pack herds were struck by a respiratory infection. The company said 18 of its 140 "
     "animals had been treated by veterinarians since January, and that none had died. Managing "
     "director Teodora Vasquel said the reduced schedule would give the herds time to recover "
     "and that customers already booked on cancelled dates would be offered a full refund or a "
     "transfer to a later trek. The operator runs three-day and five-day routes through the "
     "Sarnay valley, carrying camping gear for groups of up to 12 hikers.",
     "Quilvara-based tour operator Andes Highland Treks will reduce its llama trekking "
     "departures from 46 to 30 next season, the company said on Monday, after a respiratory "
     "infection hit two of its pack herds. Veterinarians have treated 28 of its 140 animals "
     "since January, it said, and none have died. The smaller schedule will give the herds time "
     "to recover, according to managing director Teodora Vasquel, and customers already booked "
     "on cancelled dates will be offered a full refund. The operator runs three-day and "
     "five-day routes through the Sarnay valley, carrying camping gear for groups of up to a "
     "dozen hikers.",
     errors=[E("28", "number", "major", "18"),
             E("", "omission", "major", "or a transfer to a later trek", after="a full refund")],
     traps=[T("Quilvara-based", "based in the town of Quilvara"),
            T("a respiratory infection hit two of its pack herds",
              "two of its pack herds were struck by a respiratory infection"),
            T("a dozen hikers", "12 hikers")])

case("husky tours", "rewrite", "inconsistent",
     "Nordvik Sled Adventures has agreed to buy Polar Paws Tours, a smaller husky tour operator "
     "in the Kalmar fjord region, for an undisclosed sum, the two companies announced on "
     "Thursday. The deal brings together about 400 sled dogs and will create the largest husky "
     "tour provider in the district, with roughly 9,000 guests a season. Polar Paws founder "
     "Eirik Haldsen will stay on as head of dog welfare for the combined business. Local "
     "guides' association chair Mette Sorlund said members were 'cautiously optimistic' but "
     "wanted assurances that seasonal staff would keep their contracts. The acquisition still "
     "needs approval from the regional competition office, which is expected to rule before "
     "the winter season opens in December.",
     "In a deal announced by the two companies on Thursday, Polar Paws Tours will acquire "
     "Nordvik Sled Adventures, a smaller husky tour operator in the Kalmar fjord region, for an "
     "undisclosed sum. Combining some 400 sled dogs, the deal will create the district's "
     "largest husky tour provider, with about 9,000 guests each season. Eirik Haldsen, who "
     "founded Polar Paws, will remain with the combined business as head of dog welfare. Mette "
     "Sorlund, who chairs the local guides' association, said members were 'cautiously "
     "optimistic' but wanted assurances that seasonal staff would keep their contracts. The "
     "regional competition office must still approve the acquisition and is likely to decide "
     "before the winter season opens in December.",
     errors=[E("Polar Paws Tours will acquire Nordvik Sled Adventures", "role", "critical",
               "Nordvik Sled Adventures has agreed to buy Polar Paws Tours")],
     traps=[T("Eirik Haldsen, who founded Polar Paws", "Polar Paws founder Eirik Haldsen"),
            T("is likely to decide", "is expected to rule"),
            T("some 400 sled dogs", "about 400 sled dogs")])

case("sled dog races", "rewrite", "inconsistent",
     "The 300-kilometre Tornby Trail sled dog race will start on 14 February, a week later than "
     "planned, because of thin snow cover on the lower section of the route, organisers said on "
     "Wednesday. Race director Lasse Vinterholm said 27 teams had registered, up from 22 last "
     "year. The mandatory rest stop at Hjelm Lake will be extended from six to eight hours, a "
     "change requested by the race's chief veterinarian, Ingrid Solhaug, who said the dogs "
     "needed more rest before the long climb that follows. Prize money remains at 150,000 "
     "crowns, with a third going to the winner. Volunteers are still needed at the four "
     "checkpoints, Vinterholm added.",
     "Organisers of the Tornby Trail sled dog race said on Wednesday that the 300-km event "
     "would begin on 14 February, a week earlier than planned, because snow cover on the lower "
     "part of the route is thin. Twenty-seven teams have signed up, compared with 22 last year, "
     "according to race director Lasse Vinterholm, who also asked for the mandatory rest stop "
     "at Hjelm Lake to be lengthened from six to eight hours, saying the dogs needed more rest "
     "before the long climb that follows. Prize money stays at 150,000 crowns, a third of which "
     "goes to the winner. Vinterholm added that the four checkpoints still need volunteers.",
     errors=[E("a week earlier than planned", "date", "major", "a week later than planned"),
             E("who also asked for", "attribution", "major",
               "requested by the race's chief veterinarian, Ingrid Solhaug")],
     traps=[T("Twenty-seven teams have signed up", "27 teams had registered"),
            T("300-km", "300-kilometre")])

case("ice roads", "rewrite", "inconsistent",
     "The Territorial Transport Department opened the 210-kilometre winter ice road between "
     "Kessik and the mining camp at Ulu Point on Saturday, eleven days later than last year. "
     "Ice on the Tarnak Lake crossing measured 91 centimetres on Friday, above the "
     "80-centimetre minimum required for fully loaded fuel trucks. Department spokesperson "
     "Rona Ittak said vehicles would be limited to 25 kilometres per hour on the lake sections "
     "and that convoys would be spaced at least 500 metres apart. Despite the late opening, "
     "the department has no plans to keep the road open beyond the end of March, she said, "
     "because warmer spring temperatures make the lake crossings unsafe.",
     "On Saturday the Territorial Transport Department opened the winter ice road linking "
     "Kessik with the Ulu Point mining camp, a 210-km route, eleven days later than it did last "
     "year. Ice at the Tarnak Lake crossing was 91 cm thick on Friday, above the 80 cm minimum "
     "that fully loaded fuel trucks require. Vehicles will be held to 25 km/h on the lake "
     "sections and convoys must stay at least half a kilometre apart, department spokesperson "
     "Rona Ittak said. Despite the late opening, the department plans to keep the road open "
     "beyond the end of March, she said, because warmer spring temperatures make the lake "
     "crossings unsafe.",
     errors=[E("plans to keep the road open beyond the end of March", "polarity", "critical",
               "has no plans to keep the road open beyond the end of March")],
     traps=[T("was 91 cm thick on Friday", "measured 91 centimetres on Friday"),
            T("25 km/h", "25 kilometres per hour"),
            T("at least half a kilometre apart", "at least 500 metres apart")])

case("permafrost", "rewrite", "inconsistent",
     "Thawing permafrost could force the relocation of up to 60 homes in the northern village "
     "of Sennuk within the next decade, according to a report published on Tuesday by the "
     "Arctic Ground Institute. Researchers drilled 14 monitoring boreholes around the village "
     "between 2019 and 2023 and found that the top layer of frozen ground had warmed by an "
     "average of 1.3 degrees Celsius. Lead author Dr. Piers Aland said the findings did not "
     "mean buildings were in immediate danger, but that foundations should be inspected every "
     "two years rather than every five. The village council said it would seek 4.5 million "
     "dollars from the territorial government to fund the inspections and reinforce the school "
     "and health centre.",
     "Up to 60 homes in the northern village of Sennuk will have to be relocated within the "
     "next ten years because of thawing permafrost, the Arctic Ground Institute said in a "
     "report released on Tuesday. Between 2019 and 2023, researchers drilled 14 monitoring "
     "boreholes around the village and found that the upper layer of frozen ground had warmed "
     "by an average of 3.1C. The findings do not mean buildings are in immediate danger, said "
     "lead author Dr. Piers Aland, but foundations should be inspected every two years instead "
     "of every five. The village council said it would ask the territorial government for "
     "$4.5m to pay for the inspections and to reinforce the school and health centre.",
     errors=[E("will have to be relocated", "modality", "major", "could force the relocation"),
             E("3.1C", "number", "major", "1.3 degrees Celsius")],
     traps=[T("within the next ten years", "within the next decade"),
            T("instead of every five", "rather than every five"),
            T("$4.5m", "4.5 million dollars")])

case("glacier retreat", "rewrite", "inconsistent",
     "The Halden Glacier retreated 42 metres last year, the second-largest annual loss since "
     "measurements began in 1961, the Alpine Glaciology Service said on Thursday. Field teams "
     "measured the glacier's front in late September and found that a meltwater lake at its "
     "edge had doubled in size to about 18 hectares. The service said it had installed two "
     "additional water-level sensors on the lake and would inspect it monthly through the "
     "summer. Mayor Corinna Baldauf of the nearby municipality of Vallerin said a hiking path "
     "to the former ice cave had been closed as a precaution. The commune has asked the canton "
     "for funding to build a new route further from the lake.",
     "Last year the Halden Glacier lost 42 metres of length, its second-biggest annual retreat "
     "since records started in 1961, according to figures the Alpine Glaciology Service "
     "released on Thursday. When field teams measured the glacier front in late September, a "
     "meltwater lake at its edge had doubled in size to about 18 hectares. Two more water-level "
     "sensors have been installed on the lake, the service said, and it will be inspected every "
     "month through the summer. Corinna Baldauf, mayor of the nearby municipality of Vallerin, "
     "said a hiking path to the former ice cave had been washed out, and the commune has asked "
     "the canton to fund a new route further from the lake.",
     errors=[E("had been washed out", "event", "major", "had been closed as a precaution")],
     traps=[T("lost 42 metres of length", "retreated 42 metres"),
            T("since records started in 1961", "since measurements began in 1961"),
            T("every month", "monthly")])

case("avalanche forecasting", "rewrite", "inconsistent",
     "The Mountain Avalanche Centre raised its danger rating for the Korvalen range to level 4 "
     "of 5 on Friday after up to 70 centimetres of new snow fell in 36 hours, and warned that "
     "natural slides were likely on north- and east-facing slopes above 1,800 metres. "
     "Forecaster Helga Brunnmayr said a weak layer buried in early January remained reactive "
     "and that skiers could trigger large avalanches even on moderate terrain. The centre "
     "advised backcountry users to avoid avalanche terrain entirely until at least Monday. The "
     "Sternalp ski area, in the neighbouring Feldhorn range, said it would keep its off-piste "
     "gates closed over the weekend, while groomed runs would stay open.",
     "After as much as 70 cm of fresh snow fell in a day and a half, the Mountain Avalanche "
     "Centre on Friday raised the danger rating for the Korvalen range to 4 on its five-level "
     "scale. It warned that slides were likely to release naturally on north- and east-facing "
     "slopes. According to forecaster Helga Brunnmayr, a weak layer buried in early January is "
     "still reactive, and skiers could set off large avalanches even on moderate terrain. "
     "Backcountry users were advised by the centre to stay out of avalanche terrain altogether "
     "until at least Monday. The Sternalp ski area, also in the Korvalen range, said its "
     "off-piste gates would remain shut over the weekend but groomed runs would stay open.",
     errors=[E("", "omission", "major", "above 1,800 metres", after="east-facing slopes"),
             E("Korvalen", "entity", "major", "Feldhorn", occ=1)],
     traps=[T("in a day and a half", "in 36 hours"),
            T("to 4 on its five-level scale", "to level 4 of 5"),
            T("Backcountry users were advised by the centre",
              "The centre advised backcountry users")])

case("snow surveys", "rewrite", "inconsistent",
     "Snowpack in the upper Calder River basin held 78 percent of its long-term average water "
     "content on 1 March, the Provincial Snow Survey Office said in its monthly bulletin. "
     "Surveyors visited 23 manual snow courses and read data from nine automated stations. The "
     "office said the lowest readings were at mid-elevation sites in the southern part of the "
     "basin, where a January thaw melted much of the early-season snow. Hydrologist Dana Orrico "
     "said spring runoff was likely to be below normal unless March and April brought "
     "heavier-than-usual snowfall, and that irrigation districts should plan for possible "
     "restrictions. The next bulletin is due on 1 April.",
     "The Provincial Snow Survey Office's monthly bulletin put the snowpack in the upper "
     "Calder River basin at 78% of its long-term average water content as of 1 March. "
     "Surveyors checked 23 manual snow courses and collected readings from nine automated "
     "stations. The lowest values came from mid-elevation sites in the south of the basin, "
     "where much of the early-season snow melted during a January thaw, the office said. "
     "Hydrologist Dana Orrico said spring runoff would probably be below normal unless March "
     "and April brought heavier-than-usual snowfall, unless March and April brought "
     "heavier-than-usual snowfall, and that irrigation districts should plan for possible "
     "restrictions. The next bulletin is due on 1 April.",
     errors=[E("unless March and April brought heavier-than-usual snowfall", "repetition",
               "minor", None, occ=1)],
     traps=[T("78%", "78 percent"),
            T("would probably be below normal", "was likely to be below normal"),
            T("in the south of the basin", "in the southern part of the basin")])

case("hail insurance", "rewrite", "inconsistent",
     "Prairie Mutual Hail Insurance said on Wednesday it had received more than 3,400 claims "
     "after the storm that crossed the Bellmont district on the evening of 22 July, with "
     "hailstones up to five centimetres across. The insurer expects payouts to reach about 41 "
     "million dollars, making it the costliest single hail event in the company's 58-year "
     "history. Chief executive Harold Timmens said adjusters from three neighbouring provinces "
     "had been brought in and that most canola and wheat claims would be assessed within three "
     "weeks. Farmers who have not yet reported damage have until 15 August to file, the company "
     "said.",
     "More than 3,400 claims have been filed with Prairie Mutual Hail Insurance since a storm "
     "swept across the Bellmont district on the morning of 22 July, dropping hailstones as "
     "large as 5 cm across, the insurer said on Wednesday. It expects to pay out roughly $41m, "
     "which would make the storm the most expensive single hail event in its 58-year history. "
     "Chief executive Harold Timmens said adjusters had been drafted in from three neighbouring "
     "provinces and that most canola and wheat claims would be assessed within three weeks, "
     "with premiums likely to rise next season. Farmers who have yet to report damage must "
     "file by 15 August, the company said.",
     errors=[E("morning", "date", "major", "evening"),
             E("with premiums likely to rise next season", "addition", "major")],
     traps=[T("roughly $41m", "about 41 million dollars"),
            T("must file by 15 August", "have until 15 August to file"),
            T("the most expensive", "the costliest")])

case("crop insurance", "rewrite", "inconsistent",
     "The Southern Growers Cooperative has filed a lawsuit against crop insurer Valcora "
     "Assurance over unpaid drought claims, the cooperative said on Monday. The suit, lodged at "
     "the commercial court in Teravel, says Valcora rejected 214 claims from members whose maize "
     "yields fell by more than 30 percent during last summer's dry spell. The cooperative is "
     "seeking about 6.8 million euros in compensation. Cooperative president Anselmo Rigotti "
     "said the insurer had applied a new definition of drought that was not in members' "
     "policies. Valcora said in a statement that it had processed every claim in line with its "
     "contracts and would defend itself in court. A first hearing is set for 12 November.",
     "The Southern Growers Cooperative is being sued by crop insurer Valcora Assurance over "
     "unpaid drought claims, the cooperative said on Monday. According to the suit, which was "
     "lodged at Teravel's commercial court, Valcora turned down 214 claims from members whose "
     "maize yields dropped by more than 30% in last summer's dry spell. The cooperative wants "
     "roughly EUR 6.8m in compensation. Its president, Anselmo Rigotti, said the insurer had "
     "used a new definition of drought that did not appear in members' policies. In a "
     "statement, Valcora said it had handled every claim in accordance with its contracts and "
     "would defend itself in court. The first hearing will take place on 12 November.",
     errors=[E("The Southern Growers Cooperative is being sued by crop insurer Valcora Assurance",
               "role", "critical",
               "The Southern Growers Cooperative has filed a lawsuit against crop insurer Valcora "
               "Assurance")],
     traps=[T("roughly EUR 6.8m", "about 6.8 million euros"),
            T("Its president, Anselmo Rigotti", "Cooperative president Anselmo Rigotti"),
            T("turned down", "rejected")])

# ---------------------------------------------------------------------------
# Part 2: rewrites, consistent (domains 11-20)
# ---------------------------------------------------------------------------

case("irrigation canals", "rewrite", "consistent",
     "The Lower Marren Irrigation District will spend 12.6 million dollars over the next three "
     "years to line 48 kilometres of its main canal with concrete, the district board decided "
     "on Tuesday. Engineers estimate that seepage through the earthen canal walls currently "
     "wastes about a quarter of the water diverted from the Marren River each season. Board "
     "chair Felipe Ocampo said the project would be financed through a low-interest state loan "
     "and a surcharge of 4 dollars per acre on member farms, and that water deliveries would "
     "not be interrupted during construction. Work on the first section, near the village of "
     "Pell Crossing, is scheduled to begin in October, after the irrigation season ends.",
     "On Tuesday the board of the Lower Marren Irrigation District decided to spend $12.6m "
     "over the next three years lining 48 km of the district's main canal with concrete. "
     "According to engineers' estimates, roughly 25% of the water taken from the Marren River "
     "each season is currently lost through seepage in the canal's earthen walls. A "
     "low-interest state loan and a $4-per-acre surcharge on member farms will pay for the "
     "project, said Felipe Ocampo, who chairs the board, adding that water deliveries would "
     "continue without interruption while construction is under way. Work on the first "
     "section, near the village of Pell Crossing, is scheduled to start in October, once the "
     "irrigation season is over.",
     traps=[T("$12.6m", "12.6 million dollars"),
            T("roughly 25%", "about a quarter"),
            T("a $4-per-acre surcharge on member farms",
              "a surcharge of 4 dollars per acre on member farms"),
            T("Felipe Ocampo, who chairs the board", "Board chair Felipe Ocampo"),
            T("once the irrigation season is over", "after the irrigation season ends")])

case("water meters", "rewrite", "consistent",
     "The city of Orlane will replace all 38,000 residential water meters with smart meters "
     "that transmit readings every hour, the municipal water utility announced on Monday. The "
     "19-million-euro programme is expected to take two and a half years and will be paid for "
     "from the utility's capital budget, not through higher tariffs, according to director "
     "Sabine Morvan. She said the new meters would help locate leaks faster; the utility "
     "estimates that 14 percent of the water it treats is lost before reaching customers. "
     "Households will be notified by letter at least two weeks before an installer visits. "
     "Installation is free, and residents who decline a smart meter will be charged a manual "
     "reading fee of 30 euros a year.",
     "Orlane's municipal water utility said on Monday that every one of the city's 38,000 "
     "residential water meters would be swapped for a smart meter that sends readings hourly. "
     "Director Sabine Morvan said the \u20ac19m programme, which is likely to last 30 months, "
     "would be funded from the utility's capital budget rather than by raising tariffs. The "
     "new meters will help find leaks more quickly, she said; by the utility's estimate, 14% of "
     "the water it treats is lost before it reaches customers. Letters will go out to "
     "households no less than two weeks before an installer calls. Installation costs nothing, "
     "and residents who turn down a smart meter will pay \u20ac30 a year for manual readings.",
     traps=[T("hourly", "every hour"),
            T("30 months", "two and a half years"),
            T("rather than by raising tariffs", "not through higher tariffs"),
            T("no less than two weeks", "at least two weeks"),
            T("will pay \u20ac30 a year for manual readings",
              "will be charged a manual reading fee of 30 euros a year")])

case("well drilling", "rewrite", "consistent",
     "Drilling contractor Basaltec has completed the first of five deep water wells for the "
     "town of Kebbarah, reaching an aquifer at a depth of 312 metres, the regional water "
     "authority said on Sunday. Tests showed the well can yield about 40 litres per second, "
     "enough to supply roughly 15,000 people. The remaining four wells are due to be finished "
     "by the end of May. The project, funded by a 7-million-dollar grant from the Horizon "
     "Development Fund, is intended to end the town's reliance on water tankers during the dry "
     "season. Authority engineer Youssef Tamari said the water would be treated before being "
     "piped to homes, because iron levels were slightly above drinking-water limits.",
     "Basaltec, the drilling contractor, has finished the first of five deep water wells it is "
     "sinking for the town of Kebbarah, striking an aquifer 312 metres underground, the "
     "regional water authority said on Sunday. In tests the well showed it can deliver around "
     "40 litres a second, enough for some 15,000 people. The other four wells are due to be "
     "completed by the end of May. Paid for with a $7m grant from the Horizon Development Fund, "
     "the project is meant to free the town from its dependence on water tankers in the dry "
     "season. Because iron levels are slightly above drinking-water limits, the water will be "
     "treated before it is piped to homes, said Youssef Tamari, an engineer with the authority.",
     traps=[T("312 metres underground", "at a depth of 312 metres"),
            T("around 40 litres a second", "about 40 litres per second"),
            T("$7m", "7-million-dollar"),
            T("free the town from its dependence on water tankers",
              "end the town's reliance on water tankers"),
            T("an engineer with the authority", "Authority engineer")])

case("boreholes", "rewrite", "consistent",
     "The Geological Survey of Tamberra has drilled three exploratory boreholes near the "
     "coastal town of Ressa to test whether the area could store captured carbon dioxide "
     "underground, the agency said on Friday. The deepest borehole reached 2,150 metres and "
     "found a porous sandstone layer capped by about 90 metres of dense shale, which the survey "
     "described as 'a promising seal'. Project manager Ilse Verhoek cautioned that more testing "
     "was needed and that no decision on storage would be made before 2027. Residents will be "
     "able to ask questions at a public meeting at the Ressa community hall on 9 March. The "
     "drilling programme cost 3.2 million euros and was paid for by the national energy "
     "ministry.",
     "Three exploratory boreholes have been drilled near the coastal town of Ressa by the "
     "Geological Survey of Tamberra to test whether captured carbon dioxide could be stored "
     "underground there, the agency said on Friday. The deepest hole went down 2,150 metres "
     "and struck a porous sandstone layer beneath roughly 90 metres of dense shale, which the "
     "survey called 'a promising seal'. More tests are needed, project manager Ilse Verhoek "
     "warned, and no storage decision will be taken before 2027. A public meeting at the Ressa "
     "community hall on 9 March will give residents the chance to ask questions. The national "
     "energy ministry paid for the \u20ac3.2m drilling programme.",
     traps=[T("went down 2,150 metres", "reached 2,150 metres"),
            T("beneath roughly 90 metres of dense shale",
              "capped by about 90 metres of dense shale"),
            T("warned", "cautioned"),
            T("The national energy ministry paid for the \u20ac3.2m drilling programme",
              "The drilling programme cost 3.2 million euros and was paid for by the national "
              "energy ministry")])

case("rain gauges", "rewrite", "consistent",
     "The National Weather Bureau will install 220 new automatic rain gauges across the "
     "eastern highlands by the end of next year, doubling the density of its network in a "
     "region prone to flash floods. The gauges report rainfall every five minutes, compared "
     "with once a day for the manual gauges read by volunteer observers, most of which will "
     "remain in service. Bureau director Kwame Asante-Rourke said the faster data would allow "
     "flood warnings to be issued up to two hours earlier. The 5.5-million-dollar project is "
     "funded jointly by the bureau and the Eastern Highlands Regional Council, which will each "
     "pay half. Installation will start in the Vell and Oran districts, where floods killed 11 "
     "people in 2021.",
     "By the end of next year the National Weather Bureau will put 220 new automatic rain "
     "gauges in place across the eastern highlands, a region prone to flash floods, making its "
     "network there twice as dense. Unlike the manual gauges that volunteer observers read "
     "once a day, most of which will stay in use, the new gauges report rainfall every five "
     "minutes. With the faster data, flood warnings could be issued as much as two hours "
     "earlier, according to bureau director Kwame Asante-Rourke. The bureau and the Eastern "
     "Highlands Regional Council are splitting the $5.5m cost of the project equally. "
     "Installation will begin in the Vell and Oran districts, where 11 people died in floods "
     "in 2021.",
     traps=[T("making its network there twice as dense", "doubling the density of its network"),
            T("most of which will stay in use", "most of which will remain in service"),
            T("as much as two hours earlier", "up to two hours earlier"),
            T("are splitting the $5.5m cost of the project equally", "which will each pay half"),
            T("where 11 people died in floods in 2021", "where floods killed 11 people in 2021")])

case("tide gauges", "rewrite", "consistent",
     "A tide gauge at the port of Caldwick recorded a water level of 3.84 metres above chart "
     "datum during Tuesday night's storm surge, the highest reading since the gauge was "
     "installed in 1974, the Coastal Monitoring Agency said. The previous record, 3.71 metres, "
     "was set in January 1990. The agency said the surge peaked at about 11.40 p.m., roughly 40 "
     "minutes after high tide, which limited flooding in the harbour area. Agency oceanographer "
     "Nils Brekke said sea level at Caldwick had risen by an average of 3 millimetres a year "
     "over the past three decades, and that such readings were likely to become more frequent. "
     "No injuries were reported.",
     "During the storm surge on Tuesday night, the tide gauge at Caldwick port registered 3.84 "
     "metres above chart datum, the Coastal Monitoring Agency said. That is the highest reading "
     "since the gauge was put in place in 1974 and beats the previous record of 3.71 metres, "
     "set in January 1990. The surge peaked at around 11.40 p.m., some 40 minutes after high "
     "tide, which limited flooding in the harbour area, according to the agency. Over the last "
     "30 years, sea level at Caldwick has gone up by 3 mm a year on average, agency "
     "oceanographer Nils Brekke said, adding that such readings would probably become more "
     "common. Nobody was reported injured.",
     traps=[T("some 40 minutes after high tide", "roughly 40 minutes after high tide"),
            T("Over the last 30 years", "over the past three decades"),
            T("3 mm a year on average", "an average of 3 millimetres a year"),
            T("would probably become more common", "were likely to become more frequent"),
            T("Nobody was reported injured", "No injuries were reported")])

case("sea walls", "rewrite", "consistent",
     "Construction of a 1.7-kilometre sea wall along the Marrow Bay seafront in the town of "
     "Eastholm will begin in April and take about 18 months, the district council confirmed on "
     "Thursday. The wall, which will rise 1.2 metres above the existing promenade, is designed "
     "to protect around 600 homes and businesses from storms expected once in 200 years. The "
     "council's cabinet member for the environment, Gwen Talley, said the 28-million-pound "
     "scheme would be funded mainly by a national flood defence grant, with the council "
     "contributing 3 million pounds. Parts of the promenade will be closed in stages during the "
     "works, but beach access will be maintained throughout.",
     "Work on a 1.7 km sea wall along the Marrow Bay seafront in Eastholm will start in April "
     "and take roughly a year and a half, the district council confirmed on Thursday. Rising "
     "1.2 metres above the current promenade, the wall is designed to shield some 600 homes and "
     "businesses from a one-in-200-year storm. Most of the \u00a328m cost will be met by a "
     "national flood defence grant, with the council putting in \u00a33m, according to Gwen "
     "Talley, the council's cabinet member for the environment. Sections of the promenade will "
     "be closed in turn while the works go on, but beach access will remain open the whole "
     "time.",
     traps=[T("roughly a year and a half", "about 18 months"),
            T("a one-in-200-year storm", "storms expected once in 200 years"),
            T("Most of the \u00a328m cost will be met by a national flood defence grant",
              "the 28-million-pound scheme would be funded mainly by a national flood defence "
              "grant"),
            T("\u00a33m", "3 million pounds"),
            T("beach access will remain open the whole time",
              "beach access will be maintained throughout")])

case("lighthouse tenders", "rewrite", "consistent",
     "The Northern Lights Board has taken delivery of a new lighthouse tender, the MV Skerry "
     "Warden, built at the Dunmore shipyard at a cost of 46 million pounds. The 84-metre vessel "
     "replaces the 37-year-old Pharos Star and will service 112 lighthouses and more than 300 "
     "buoys along the northern coast. Board chief executive Alasdair Greig said the ship's "
     "hybrid diesel-electric propulsion would cut fuel use by about 30 percent. It has a crew "
     "of 26 and can carry a helicopter for work at remote rock stations. The tender is due to "
     "enter service in June after sea trials, and the Pharos Star will be sold.",
     "The MV Skerry Warden, a new lighthouse tender built by the Dunmore shipyard for "
     "\u00a346m, has been handed over to the Northern Lights Board. The 84 m ship takes the "
     "place of the Pharos Star, now 37 years old, and will look after 112 lighthouses and over "
     "300 buoys on the northern coast. Its hybrid diesel-electric propulsion will reduce fuel "
     "consumption by roughly 30%, according to Alasdair Greig, the board's chief executive. "
     "The vessel carries 26 crew and can take a helicopter on board for work at remote rock "
     "stations. Once sea trials are complete it is due to enter service in June, and the "
     "Pharos Star will be sold.",
     traps=[T("has been handed over to the Northern Lights Board",
              "The Northern Lights Board has taken delivery of"),
            T("\u00a346m", "46 million pounds"),
            T("roughly 30%", "about 30 percent"),
            T("the board's chief executive", "Board chief executive"),
            T("carries 26 crew", "has a crew of 26")])

case("pilot boats", "rewrite", "consistent",
     "Harbour pilots at the port of Velmar will begin using two new high-speed pilot boats "
     "next month, replacing a pair of vessels that have been in service since 1998, the port "
     "authority said on Wednesday. The boats, built by Kestrel Marine, can reach 28 knots and "
     "are designed to transfer pilots to ships in waves of up to four metres. Each cost 2.9 "
     "million euros. Chief pilot Marco Lindqvist said the older boats often could not operate "
     "in rough weather, forcing large vessels to wait offshore for hours. The authority expects "
     "the new boats to reduce such delays by at least half.",
     "From next month, harbour pilots in the port of Velmar will start using two new "
     "high-speed pilot boats, which will take over from two vessels in use since 1998, the port "
     "authority said on Wednesday. Built by Kestrel Marine, the boats have a top speed of 28 "
     "knots and are designed to put pilots aboard ships in seas of up to 4 m. They cost "
     "\u20ac2.9m apiece. The old boats were frequently unable to operate in rough weather, "
     "leaving big ships waiting offshore for hours, said chief pilot Marco Lindqvist. According "
     "to the authority, the new boats should cut such delays by at least half.",
     traps=[T("have a top speed of 28 knots", "can reach 28 knots"),
            T("seas of up to 4 m", "waves of up to four metres"),
            T("They cost \u20ac2.9m apiece", "Each cost 2.9 million euros"),
            T("frequently unable to operate", "often could not operate"),
            T("According to the authority, the new boats should cut such delays",
              "The authority expects the new boats to reduce such delays")])

case("fishing quotas", "rewrite", "consistent",
     "Fisheries ministers from the three Calder Sea states agreed early on Saturday to cut the "
     "total allowable catch of Calder cod by 18 percent for next year, to 41,000 tonnes, after "
     "scientists warned that spawning stocks had fallen close to a safe minimum. The herring "
     "quota will rise by 5 percent, while the haddock quota will remain unchanged. Talks in the "
     "port city of Brennport ran for more than 20 hours. Ostland's fisheries minister, Hanne "
     "Kveld, said the cod cut was 'painful but necessary', while the Western Fishermen's "
     "Federation said it would cost its members about 30 million dollars in lost revenue.",
     "After more than 20 hours of talks in the port city of Brennport, fisheries ministers of "
     "the three Calder Sea states agreed in the early hours of Saturday to reduce next year's "
     "total allowable catch of Calder cod by 18%, to 41,000 tonnes. Scientists had warned that "
     "spawning stocks had fallen close to a safe minimum. The herring quota will go up by 5% "
     "and the haddock quota will stay the same. Hanne Kveld, Ostland's fisheries minister, "
     "described the cod cut as 'painful but necessary'. The Western Fishermen's Federation said "
     "the cut would cost its members some $30m in lost revenue.",
     traps=[T("in the early hours of Saturday", "early on Saturday"),
            T("18%", "18 percent"),
            T("will stay the same", "will remain unchanged"),
            T("described the cod cut as", "said the cod cut was"),
            T("some $30m", "about 30 million dollars")])

# ---------------------------------------------------------------------------
# Part 3: summaries (domains 21-25 inconsistent, 26-30 consistent)
# ---------------------------------------------------------------------------

case("fish auctions", "summary", "inconsistent",
     "The Portmehr fish auction sold a record 12,400 tonnes of fish and shellfish last year, up "
     "9 percent from the year before, the auction's operator, Portmehr Seafood Exchange, said "
     "on Monday. Total turnover rose to 61 million euros, helped by strong prices for monkfish "
     "and langoustine. Managing director Katrien Doorn said the switch to a fully electronic "
     "clock auction in March had attracted buyers from outside the region, with 140 registered "
     "buyers now bidding remotely, compared with 85 a year ago. She warned, however, that "
     "landings of sole had fallen for a third consecutive year and that the exchange expected "
     "lower volumes this year as a result of new quota limits. The exchange plans to spend 4 "
     "million euros on a new cold store, due to open in autumn.",
     "Portmehr's fish auction sold a record 12,400 tonnes of fish and shellfish last year, 9% "
     "more than the year before, and turnover reached \u20ac61m. The switch to a fully "
     "electronic auction in March has drawn buyers from outside the region, and the number "
     "bidding remotely has nearly doubled in a year, to 140. "
     "The operator expects lower volumes this year because of new quota limits, and plans a "
     "\u20ac4m cold store.",
     errors=[E("nearly doubled", "number", "minor", "compared with 85 a year ago")],
     traps=[T("9% more than the year before", "up 9 percent from the year before"),
            T("\u20ac61m", "61 million euros")])

case("crab pots", "summary", "inconsistent",
     "Fisheries officers removed 1,150 abandoned crab pots from the seabed off the Harrowgate "
     "peninsula during a six-week clean-up that ended on Friday, the Coastal Fisheries "
     "Authority said. The pots, many of them lost in storms, had continued to trap crabs and "
     "other animals, a problem known as ghost fishing. Divers and a chartered salvage vessel "
     "recovered the gear from depths of up to 35 metres. The authority's marine biologist, "
     "Fiona Calloway, said about 60 percent of the pots still contained live crabs, which were "
     "released. Local crabbers' association chairman Tom Redfearn said members supported the "
     "clean-up but objected to a proposed rule requiring every pot to carry a registration tag, "
     "which he said would add costs. The authority will decide on the tagging rule in spring.",
     "A six-week clean-up by the Coastal Fisheries Authority has removed 1,150 abandoned crab "
     "pots from the seabed off the Harrowgate peninsula, where the lost gear had kept trapping "
     "animals. About 60% of the pots still held live crabs, which were freed, according to "
     "local crabbers' association chairman Tom Redfearn. Crabbers backed the clean-up but "
     "object to the authority's new requirement for every pot to carry a registration tag.",
     errors=[E("according to local crabbers' association chairman Tom Redfearn", "attribution",
               "major", "The authority's marine biologist, Fiona Calloway"),
             E("the authority's new requirement", "event", "major", "a proposed rule")],
     traps=[T("which were freed", "which were released")])

case("eel fisheries", "summary", "inconsistent",
     "The government of the Lessard region has extended its ban on commercial fishing for "
     "adult eels in the Vauban river system by three years, to the end of 2028, citing "
     "continued low numbers of young glass eels returning from the sea. Monitoring stations "
     "counted about 410 kilograms of glass eels last spring, less than 5 percent of the "
     "average for the 1980s. Fisheries secretary Odile Ferrand said the ban would be reviewed "
     "annually and could be lifted earlier if numbers recovered. The 26 licensed eel fishers "
     "affected will continue to receive compensation of 18,000 euros a year each. Recreational "
     "eel fishing remains prohibited. The environmental group Living Rivers Trust welcomed the "
     "decision but said hydropower dams on the river's tributaries were a bigger threat and "
     "should be fitted with eel passes.",
     "Lessard's regional government has prolonged its ban on commercial fishing for adult eels "
     "in the Vauban river system by three years, to the end of 2028, a decision that fishers' "
     "representatives have said they will challenge in court. Glass eel returns remain very "
     "low, with last spring's count below 5% of the 1980s average. The ban will be reviewed "
     "each year, and the 26 licensed fishers affected will go on receiving \u20ac18,000 a year "
     "each in compensation.",
     errors=[E("a decision that fishers' representatives have said they will challenge in court",
               "addition", "major")],
     traps=[T("below 5%", "less than 5 percent"),
            T("each year", "annually"),
            T("\u20ac18,000", "18,000 euros")])

case("shrimp farming", "summary", "inconsistent",
     "Shrimp producer Coral Bay Aquaculture said on Tuesday it had restocked all 64 of its "
     "ponds in the Lamai delta after a white spot disease outbreak forced it to cull its entire "
     "stock in September. The company said the new post-larvae had been certified disease-free "
     "by the national fisheries laboratory and that it had installed new water filtration "
     "systems at a cost of 2.4 million dollars. Operations director Somchai Rattana said the "
     "first harvest was expected in late March, about three months later than normal, and that "
     "the outbreak had not led to any job losses among the farm's 380 workers. Export "
     "contracts with buyers in Japan would be honoured, he said, although volumes for the first "
     "quarter would be about 40 percent lower.",
     "Coral Bay Aquaculture has restocked all 64 of its Lamai delta ponds with post-larvae "
     "certified disease-free, after a white spot outbreak forced a full cull in September, and "
     "has spent $2.4m on new water filtration. The first harvest is expected in late May, "
     "around three months later than usual. The outbreak led to job losses among the farm's 380 "
     "workers, and first-quarter volumes will be about 40% lower.",
     errors=[E("late May", "date", "major", "late March"),
             E("The outbreak led to job losses", "polarity", "critical",
               "the outbreak had not led to any job losses")],
     traps=[T("around three months later than usual", "about three months later than normal")])

case("seaweed harvesting", "summary", "inconsistent",
     "Seaweed harvesters on the island of Inchmara will be allowed to collect no more than "
     "1,800 tonnes of wild kelp a year under a management plan approved on Wednesday by the "
     "Western Isles Marine Council. The plan, drawn up after two years of consultation, limits "
     "mechanical harvesting to three designated zones on the island's north coast and bans it "
     "entirely in Gorran Sound, a breeding area for seals. Hand-cutting of other seaweeds will "
     "remain unrestricted. The island's largest processor, Tidewrack Ltd, which makes "
     "fertiliser and food additives, said the cap was workable. Council convener Morag Lennie "
     "said the limits would be reviewed in 2027 based on surveys by the Inchmara Marine "
     "Station.",
     "A management plan approved by the Inchmara Marine Station caps the wild kelp harvest on "
     "Inchmara at 1,800 tonnes a year, restricts mechanical harvesting to three zones on the "
     "north coast and bars it from Gorran Sound, where seals breed. Hand-cutting of other "
     "seaweeds stays unrestricted. Processor Tidewrack Ltd called the cap workable; the limits "
     "will be reviewed in 2027.",
     errors=[E("the Inchmara Marine Station", "entity", "major", "the Western Isles Marine Council")],
     traps=[T("where seals breed", "a breeding area for seals"),
            T("bars it from Gorran Sound", "bans it entirely in Gorran Sound")])

case("kelp forests", "summary", "consistent",
     "Kelp forests along the Selkie Coast have recovered to cover about 38 square kilometres, "
     "more than double their extent in 2016, according to a survey released on Thursday by the "
     "Halloway Marine Institute. The institute attributed the recovery mainly to the culling of "
     "purple sea urchins, which had grazed large areas of kelp down to bare rock after a marine "
     "heatwave. Volunteer divers removed more than 2 million urchins between 2018 and 2024 "
     "under a programme funded by the regional government. Survey leader Dr. Amara Quist said "
     "the kelp remained vulnerable to future heatwaves and that the cull should continue for at "
     "least five more years. The institute estimates the forests still cover only about half of "
     "their area in the 1990s.",
     "Selkie Coast kelp forests now cover roughly 38 square kilometres, over twice their 2016 "
     "extent, according to a Halloway Marine Institute survey; the institute estimates they "
     "still cover only around half of their 1990s area. It credits the recovery mainly to "
     "volunteer divers culling more than 2 million purple sea urchins between 2018 and 2024. "
     "The survey's leader warned that the kelp is still vulnerable to future heatwaves and said "
     "the cull should go on for at least another five years.",
     traps=[T("over twice their 2016 extent", "more than double their extent in 2016"),
            T("around half of their 1990s area", "about half of their area in the 1990s"),
            T("credits the recovery mainly", "attributed the recovery mainly"),
            T("The survey's leader", "Survey leader Dr. Amara Quist"),
            T("at least another five years", "at least five more years")])

case("sponge diving", "summary", "consistent",
     "The sponge divers' cooperative of the island of Kalymnara landed 6.2 tonnes of natural "
     "bath sponges this season, its best result in more than a decade, cooperative secretary "
     "Yannis Peradakis said on Sunday. The cooperative's 41 divers worked from 11 boats between "
     "May and October, mostly at depths of 20 to 40 metres. Peradakis said prices had risen to "
     "about 90 euros a kilogram for top-grade sponges, driven by demand from cosmetics makers "
     "in France and Italy. He warned, however, that a disease which wiped out many sponge beds "
     "in the eastern Aegean in 2011 had been detected again at two sites, and the cooperative "
     "had voluntarily stopped harvesting there. Officials from the regional fisheries "
     "directorate are expected to inspect the sites this month.",
     "Kalymnara's sponge divers' cooperative had its best season in over ten years, landing 6.2 "
     "tonnes of natural bath sponges, according to its secretary. Demand from French and "
     "Italian cosmetics makers has pushed top-grade prices to around \u20ac90 a kilo. But the "
     "disease that wiped out many eastern Aegean sponge beds in 2011 has been found again at two "
     "sites, where the cooperative has voluntarily halted harvesting; regional fisheries "
     "officials are likely to inspect them this month.",
     traps=[T("in over ten years", "in more than a decade"),
            T("around \u20ac90 a kilo", "about 90 euros a kilogram"),
            T("has been found again", "had been detected again"),
            T("are likely to inspect", "are expected to inspect")])

case("pearl farming", "summary", "consistent",
     "Pearl producer Lagoon Gems said on Friday that it would close two of its five farms in "
     "the Tavua atoll after water temperatures above 30 degrees Celsius killed roughly 70 "
     "percent of the oysters at those sites in February. About 90 workers will be transferred "
     "to the company's remaining farms, and none will lose their jobs, chief executive "
     "Marie-Laure Tehani said. The company expects its pearl output this year to fall to about "
     "140,000 pearls, from 210,000 last year. Tehani said Lagoon Gems would work with the "
     "Coral Sea University marine sciences faculty to test heat-tolerant oyster strains, with "
     "the first trial batch to be seeded in November. The closed farms could reopen if trials "
     "are successful.",
     "Lagoon Gems is shutting two of its five Tavua atoll pearl farms after water above 30C "
     "killed about seven in ten oysters there in February. About 90 workers will move to its "
     "other farms with no job losses. Output is expected to fall to about 140,000 pearls this "
     "year from 210,000. The company will trial heat-tolerant oysters with a university partner "
     "from November, and the closed farms may reopen if the trials succeed.",
     traps=[T("is shutting", "would close"),
            T("above 30C", "above 30 degrees Celsius"),
            T("about seven in ten oysters", "roughly 70 percent of the oysters"),
            T("may reopen if the trials succeed", "could reopen if trials are successful")])

case("amber mining", "summary", "consistent",
     "The Baltavia Mining Inspectorate has suspended the licence of amber miner Zelmar "
     "Resources for 90 days after inspectors found the company had pumped sand-laden water into "
     "a protected wetland near the village of Kurgaly. Inspectors visiting the site on 3 June "
     "said sediment covered about 4 hectares of the Kurgaly marsh. Zelmar, which produces "
     "roughly 12 tonnes of raw amber a year, must restore the damaged area and pay a fine of "
     "180,000 euros before the licence can be reinstated. Chief inspector Raminta Vaitkute said "
     "it was the company's second violation in three years. Zelmar said in a statement that it "
     "would appeal the fine but had already begun cleaning up the wetland.",
     "Zelmar Resources, which mines about 12 tonnes of raw amber a year, has had its licence "
     "suspended for 90 days by the Baltavia Mining Inspectorate for pumping sand-laden water "
     "into the protected Kurgaly marsh, where sediment covered some 4 hectares. To get the "
     "licence back it must restore the area and pay a \u20ac180,000 fine, which it says it will "
     "appeal. It was the company's second violation in three years, the chief inspector said.",
     traps=[T("has had its licence suspended for 90 days by the Baltavia Mining Inspectorate",
              "The Baltavia Mining Inspectorate has suspended the licence of amber miner Zelmar "
              "Resources for 90 days"),
            T("some 4 hectares", "about 4 hectares"),
            T("\u20ac180,000", "180,000 euros"),
            T("which it says it will appeal", "it would appeal the fine")])

case("jade carving", "summary", "consistent",
     "A jade carving workshop in the mountain town of Lushan Ridge has won the Golden Chisel "
     "award at the national crafts fair for a 1.6-metre screen carved from a single block of "
     "nephrite, the fair's organisers said on Saturday. The piece, titled 'River of Cranes', "
     "took four carvers almost three years to complete and weighs 420 kilograms. Workshop head "
     "Master Gao Wenlin, 67, said the block had been bought from a quarry in the north of the "
     "province in 2020 for 310,000 yuan. The screen will be displayed at the provincial museum "
     "until the end of the year and is not for sale, he said. The workshop employs 22 carvers, "
     "half of them under 30.",
     "The Lushan Ridge jade workshop took the Golden Chisel award at the national crafts fair "
     "with 'River of Cranes', a 420 kg, 1.6-metre screen carved from one block of nephrite by "
     "four carvers over nearly three years. The screen, which is not for sale, will be on show "
     "at the provincial museum until the year's end, according to the workshop's 67-year-old "
     "head, Gao Wenlin.",
     traps=[T("took the Golden Chisel award", "has won the Golden Chisel award"),
            T("one block of nephrite", "a single block of nephrite"),
            T("over nearly three years", "almost three years"),
            T("until the year's end", "until the end of the year"),
            T("the workshop's 67-year-old head, Gao Wenlin", "Workshop head Master Gao Wenlin, 67")])

# ---------------------------------------------------------------------------
# Part 4: translations (domains 31-35 inconsistent, 36-40 consistent)
# ---------------------------------------------------------------------------

case("marble sculpture", "translation", "inconsistent",
     "The municipality of Carrona has commissioned the sculptor Elena Marchetti to create a "
     "marble monument in memory of the quarry workers who died in the 1911 Valbruna landslide. "
     "The work, three metres tall, will be carved from a block donated by the Fratelli Duranti "
     "quarry and will be placed in Piazza del Lavoro. Mayor Paolo Ghirardi stated that the "
     "inauguration could take place in spring 2026, but that the date depends on the "
     "completion of works on the square. The cost, estimated at 240,000 euros, will be covered "
     "for two thirds by a regional contribution and for the remainder by a public "
     "subscription. Marchetti, born in Carrona in 1958, said she intends to carve the names of "
     "all 43 victims on the base.",
     "The Carrona town council has entrusted sculptor Elena Marchetti with a marble monument "
     "commemorating the quarrymen killed in the Valbruna landslide of 1911. The three-metre "
     "work will be sculpted from a block that the Fratelli Duranti quarry has donated, and it "
     "will stand in Piazza del Lavoro. According to mayor Paolo Ghirardi, the inauguration will "
     "take place in spring 2026, although the date depends on when work on the square is "
     "finished. Of the estimated cost of 240,000 euros, two thirds will be paid by a public "
     "subscription and the rest by a regional contribution. Marchetti, a native of Carrona born "
     "in 1958, said she means to engrave the names of all 43 victims on the pedestal.",
     errors=[E("will take place", "modality", "major", "could take place"),
             E("two thirds will be paid by a public subscription and the rest by a regional "
               "contribution", "role", "major",
               "covered for two thirds by a regional contribution and for the remainder by a "
               "public subscription")],
     traps=[T("has entrusted sculptor Elena Marchetti with",
              "has commissioned the sculptor Elena Marchetti to create"),
            T("The three-metre work", "The work, three metres tall"),
            T("a native of Carrona born in 1958", "born in Carrona in 1958")])

case("granite quarries", "translation", "inconsistent",
     "The granite quarry of Monte Serrel, closed since 2009, will resume activity next year "
     "after the company Graniti Alpini obtained a twenty-year concession from the provincial "
     "administration. The company plans to extract up to 25,000 cubic metres of stone per "
     "year, mainly for paving and for the restoration of historic buildings. Thirty jobs will "
     "be created in the first phase. The concession imposes the restoration of exhausted areas "
     "of the quarry with native vegetation and forbids the transport of material through the "
     "centre of the village of Serrel between 7 and 9 in the morning. The residents' "
     "committee, which had opposed the reopening, announced that it will monitor compliance "
     "with the conditions.",
     "Closed since 2009, the Monte Serrel granite quarry is to reopen next year now that the "
     "provincial administration has granted the firm Graniti Alpini a concession for twenty "
     "years. The firm intends to quarry as much as 25,000 cubic metres of stone a year, chiefly "
     "for paving and for restoring historic buildings. In an initial phase, thirty jobs will be "
     "created. Under the concession, worked-out parts of the quarry must be replanted with "
     "native vegetation, and trucks carrying material may not pass through the centre of Serrel "
     "village. The residents' committee, which was against the reopening, said it would keep "
     "watch over compliance with the conditions.",
     errors=[E("", "omission", "major", "between 7 and 9 in the morning",
               after="the centre of Serrel village")],
     traps=[T("as much as 25,000 cubic metres", "up to 25,000 cubic metres"),
            T("worked-out parts of the quarry", "exhausted areas of the quarry"),
            T("which was against the reopening", "which had opposed the reopening")])

case("slate roofs", "translation", "inconsistent",
     "The Regional Heritage Office has allocated 1.8 million euros to restore the slate roofs "
     "of 64 historic houses in the village of Pradell de Munt, one of the last in the valley "
     "where roofs are still covered with locally quarried slate. Owners will receive grants of "
     "up to 70 percent of the cost, provided they use slate from the Vilaro quarry, which "
     "reopened last year. Heritage director Nuria Castells explained that the cheaper imported "
     "slate has a different colour and wears differently. The work will be carried out by six "
     "local roofing firms, and the first roofs should be finished before winter. The programme "
     "will also train eight apprentices in traditional slate roofing techniques.",
     "The regional heritage office has earmarked 18 million euros for restoring the slate "
     "roofs of 64 historic houses in Pradell de Munt, one of the valley's last villages whose "
     "roofs are still clad in slate quarried locally. Owners will get subsidies covering as "
     "much as 70% of the cost, on condition that they use slate from the Pradell quarry, which "
     "reopened last year. According to heritage director Nuria Castells, imported slate, which "
     "is cheaper, differs in colour and weathers in a different way. Six local roofing "
     "companies will do the work, and the first roofs are expected to be completed before "
     "winter. Under the programme, eight apprentices will also be trained in traditional "
     "slate-roofing techniques.",
     errors=[E("18 million euros", "number", "critical", "1.8 million euros"),
             E("Pradell", "entity", "major", "Vilaro", occ=1)],
     traps=[T("as much as 70%", "up to 70 percent"),
            T("weathers in a different way", "wears differently")])

case("lime kilns", "translation", "inconsistent",
     "The association Friends of the Kilns of Rochefaure has finished restoring the village's "
     "last traditional lime kiln, built in 1847 and abandoned since the 1950s. The work, "
     "carried out entirely by volunteers over four summers, cost 36,000 euros, financed by "
     "donations and a grant from the department. Association president Jacques Verlaine stated "
     "that the kiln will be fired once a year, during the heritage days in September, to "
     "produce lime for the restoration of old buildings. He specified that the lime will not be "
     "sold but given to owners of listed houses in the commune. A small museum on the history "
     "of lime burning will open next to the kiln in June.",
     "The Friends of the Rochefaure Kilns association has completed the restoration of the last "
     "traditional lime kiln in the village, which was built in 1847 and has stood unused since "
     "the 1950s. Volunteers did all of the work over four summers; the cost of 36,000 euros was "
     "met by donations and a departmental grant. The kiln, built in 1847, will be lit once a "
     "year, during September's heritage days, to make lime for restoring old buildings, "
     "according to association president Jacques Verlaine. He said the lime will be sold to "
     "owners of listed houses in the commune. In June, a small museum about the history of lime "
     "burning will open beside the kiln.",
     errors=[E("built in 1847", "repetition", "minor", None, occ=1),
             E("will be sold", "polarity", "critical", "will not be sold")],
     traps=[T("has stood unused since the 1950s", "abandoned since the 1950s"),
            T("a departmental grant", "a grant from the department")])

case("charcoal burning", "translation", "inconsistent",
     "In the forest of Bresanne, the last two charcoal burners of the valley, the brothers "
     "Armand and Luc Perrault, lit their traditional earth-covered kiln on Monday for the 40th "
     "consecutive year. The stack, about four metres in diameter, contains eight tonnes of "
     "beech wood and will burn for around ten days under constant watch. The brothers expect to "
     "obtain about one and a half tonnes of charcoal, which they sell to restaurants and "
     "blacksmiths in the region. The forestry office has authorised the burn on the condition "
     "that it is stopped if wind speeds exceed 50 kilometres per hour. Last year's burn had to "
     "be abandoned after heavy rain washed away part of the earth cover. Visitors can watch the "
     "work every afternoon, and a demonstration for schoolchildren is planned on Thursday.",
     "On Monday, in Bresanne forest, brothers Armand and Luc Perrault, the valley's two "
     "remaining charcoal burners, lit their traditional earth-covered kiln for the fortieth year "
     "running. The stack, roughly four metres across, holds eight tonnes of beech and will "
     "smoulder for about ten days under constant supervision. The brothers expect to get around "
     "1.5 tonnes of charcoal, which they sell to restaurants and blacksmiths in the area. The "
     "forestry office gave permission for the burn provided it is halted if the wind goes above "
     "50 km/h. Last year's burn had to be abandoned after a forest fire broke out nearby. "
     "Visitors may watch the work every afternoon, and a demonstration for schoolchildren is "
     "scheduled for Thursday.",
     errors=[E("a forest fire broke out nearby", "event", "major",
               "heavy rain washed away part of the earth cover")],
     traps=[T("for the fortieth year running", "for the 40th consecutive year"),
            T("roughly four metres across", "about four metres in diameter"),
            T("around 1.5 tonnes", "about one and a half tonnes")])

case("coppicing", "translation", "consistent",
     "The Forestry Board of the canton of Valdor has launched a programme to restore "
     "traditional coppicing in 120 hectares of oak and hornbeam woodland on the slopes above "
     "the Sernach valley. Under the scheme, trees will be cut back to the stump every 15 to 20 "
     "years so that new shoots can grow, a practice that was abandoned in the region in the "
     "1960s. According to project leader Martina Huber, coppicing creates light, varied "
     "woodland that benefits rare butterflies and orchids. The wood will be sold as firewood to "
     "local households. The canton is investing 850,000 francs over ten years, and four "
     "forestry workers will be hired.",
     "In the canton of Valdor, the forestry board has started a programme to bring traditional "
     "coppicing back to 120 hectares of oak and hornbeam woods on the hillsides overlooking the "
     "Sernach valley. The trees will be cut down to the stump at intervals of 15 to 20 years to "
     "let fresh shoots grow, a practice the region gave up in the 1960s. Project leader Martina "
     "Huber explains that coppicing produces bright, diverse woodland that is good for rare "
     "butterflies and orchids. Local households will buy the wood as firewood. Over a decade, "
     "the canton will invest 850,000 francs, and four forestry workers are to be recruited.",
     traps=[T("at intervals of 15 to 20 years", "every 15 to 20 years"),
            T("a practice the region gave up in the 1960s",
              "a practice that was abandoned in the region in the 1960s"),
            T("Local households will buy the wood as firewood",
              "The wood will be sold as firewood to local households"),
            T("Over a decade", "over ten years"),
            T("are to be recruited", "will be hired")])

case("willow weaving", "translation", "consistent",
     "A willow weaving school will open in September in the former dairy of the village of "
     "Hollum, the municipality of Westerveen announced on Tuesday. The school, founded by "
     "master weaver Griet Bosma, will offer a two-year vocational course for twelve students "
     "per year as well as weekend workshops for the public. Bosma, who has worked with willow "
     "for 35 years, said that only a handful of professional weavers remain in the country. The "
     "municipality is renting the building to the school for a symbolic one euro per year. The "
     "willow will come from a 3-hectare plantation on the edge of the village, which will be "
     "harvested every winter by the students themselves.",
     "The Westerveen municipality said on Tuesday that a school of willow weaving will open its "
     "doors in September in Hollum's former dairy. Set up by master weaver Griet Bosma, it will "
     "run a two-year vocational course taking twelve students a year, along with weekend "
     "workshops open to the public. Bosma, who has been working with willow for three and a half "
     "decades, said just a few professional weavers are left in the country. The school is "
     "renting the building from the municipality for a token one euro a year. Its willow will "
     "be supplied by a three-hectare plantation at the village's edge, which the students "
     "themselves will harvest each winter.",
     traps=[T("three and a half decades", "35 years"),
            T("just a few professional weavers are left",
              "only a handful of professional weavers remain"),
            T("The school is renting the building from the municipality",
              "The municipality is renting the building to the school"),
            T("a token one euro a year", "a symbolic one euro per year"),
            T("which the students themselves will harvest each winter",
              "which will be harvested every winter by the students themselves")])

case("basket making", "translation", "consistent",
     "The cooperative of basket makers of San Teodoro, which groups 57 artisans, signed an "
     "agreement on Friday with the furniture chain Casalinda for the supply of 20,000 handmade "
     "baskets a year for three years. The baskets, woven from local rush and chestnut strips, "
     "will be sold in the chain's 140 stores under the cooperative's own brand. Cooperative "
     "president Rosaria Deiana explained that the contract will almost double the artisans' "
     "income and will allow the cooperative to train ten young people. Casalinda will pay 40 "
     "percent of the value of each order in advance. The first delivery is planned for March.",
     "On Friday the San Teodoro basket makers' cooperative, whose members number 57 "
     "craftspeople, concluded a three-year deal with furniture retailer Casalinda to deliver "
     "20,000 handmade baskets annually. Made from local rush and strips of chestnut, the "
     "baskets will be sold under the cooperative's own brand in the chain's 140 shops. "
     "According to the cooperative's president, Rosaria Deiana, the contract will nearly double "
     "the artisans' earnings and make it possible to train ten young people. Two-fifths of each "
     "order's value will be paid up front by Casalinda. The first shipment is scheduled for "
     "March.",
     traps=[T("whose members number 57 craftspeople", "which groups 57 artisans"),
            T("20,000 handmade baskets annually", "20,000 handmade baskets a year"),
            T("will nearly double the artisans' earnings", "will almost double the artisans' income"),
            T("Two-fifths of each order's value will be paid up front by Casalinda",
              "Casalinda will pay 40 percent of the value of each order in advance"),
            T("is scheduled for March", "is planned for March")])

case("rope walks", "translation", "consistent",
     "The historic rope walk of Kestle Quay, a 320-metre covered building where ropes were made "
     "for sailing ships from 1790 until 1952, will reopen to the public in May after a "
     "four-year restoration. The Quayside Heritage Trust, which owns the building, said the "
     "project cost 6.4 million pounds, of which 4 million came from the national lottery "
     "heritage fund. Two rope makers trained by the trust will give daily demonstrations using "
     "restored nineteenth-century machinery. Trust director Owen Pryce said the aim was to "
     "attract 60,000 visitors a year. Entry will be free for children under 12.",
     "After four years of restoration work, Kestle Quay's historic rope walk will open its "
     "doors to the public again in May. The covered building, 320 metres long, produced ropes "
     "for sailing ships between 1790 and 1952. Its owner, the Quayside Heritage Trust, put the "
     "cost of the project at \u00a36.4m, \u00a34m of which was provided by the national "
     "lottery heritage fund. Every day, two rope makers trained by the trust will demonstrate "
     "the craft on nineteenth-century machines that have been restored. The trust's director, "
     "Owen Pryce, said the goal was to draw 60,000 visitors annually. Children under 12 will get "
     "in free.",
     traps=[T("After four years of restoration work", "after a four-year restoration"),
            T("Its owner, the Quayside Heritage Trust",
              "The Quayside Heritage Trust, which owns the building"),
            T("\u00a34m of which was provided by", "of which 4 million came from"),
            T("the goal was to draw 60,000 visitors annually",
              "the aim was to attract 60,000 visitors a year"),
            T("Children under 12 will get in free", "Entry will be free for children under 12")])

case("town criers", "translation", "consistent",
     "The town of Mardale will host the national town criers' championship on 17 August for "
     "the first time in its history, the organisers announced. Thirty-one criers from across "
     "the country have registered, including the reigning champion, Bernard Ashby of Fellgate. "
     "Competitors will be judged on volume, clarity and diction, and must each deliver two "
     "proclamations: one about their home town and one on a theme set by the judges. Mardale's "
     "own crier, 72-year-old Harold Penk, who has held the post since 1989, will open the event "
     "but will not compete. The championship is expected to draw about 3,000 spectators to the "
     "market square.",
     "For the first time ever, Mardale is to stage the national championship of town criers, on "
     "17 August, its organisers have said. Thirty-one criers from all over the country have "
     "entered, among them the current champion, Fellgate's Bernard Ashby. Judges will score the "
     "competitors on volume, clarity and diction, and each crier must give two proclamations, "
     "one about their home town and one on a subject the judges choose. Harold Penk, 72, who "
     "has been Mardale's crier since 1989, will open the championship but is not taking part. "
     "Around 3,000 spectators are expected in the market square.",
     traps=[T("the current champion, Fellgate's Bernard Ashby",
              "the reigning champion, Bernard Ashby of Fellgate"),
            T("a subject the judges choose", "a theme set by the judges"),
            T("Harold Penk, 72, who has been Mardale's crier since 1989",
              "72-year-old Harold Penk, who has held the post since 1989"),
            T("is not taking part", "will not compete"),
            T("Around 3,000 spectators are expected",
              "The championship is expected to draw about 3,000 spectators")])

# ---------------------------------------------------------------------------
# Part 5: offsets, validation, output
# ---------------------------------------------------------------------------

EXPECTED_TYPE_COUNTS = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3,
                        "modality": 2, "attribution": 2, "event": 3, "omission": 3,
                        "addition": 2, "repetition": 2}


class SetError(Exception):
    pass


def fail(cid, msg):
    raise SetError("%s: %s" % (cid, msg))


def words(s):
    return len(s.split())


def find_nth(hay, needle, occ, cid, what):
    """Start of occurrence `occ` (0-based) of needle in hay. If occ is None the
    needle must occur exactly once."""
    starts = [m.start() for m in re.finditer(re.escape(needle), hay)]
    if not starts:
        fail(cid, "%s not found in candidate: %r" % (what, needle))
    if occ is None:
        if len(starts) != 1:
            fail(cid, "%s occurs %d times, give occ: %r" % (what, len(starts), needle))
        return starts[0]
    if occ >= len(starts):
        fail(cid, "%s has only %d occurrences: %r" % (what, len(starts), needle))
    return starts[occ]


def cuts_word(text, pos):
    return 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum()


def build_record(i, c):
    cid = "s%d-%03d" % (SET_NO, i + 1)
    cand, ref = c["candidate"], c["reference"]
    errors, traps = [], []
    for e in c["errors"]:
        if e["type"] == "omission":
            if e["text"] != "":
                fail(cid, "omission text must be empty")
            if (e["after"] is None) == (e["before"] is None):
                fail(cid, "omission needs exactly one of after/before")
            anchor = e["after"] if e["after"] is not None else e["before"]
            pos = find_nth(cand, anchor, e["occ"], cid, "omission anchor")
            if e["after"] is not None:
                pos += len(anchor)
            start = end = pos
        else:
            if e["after"] is not None or e["before"] is not None:
                fail(cid, "after/before only for omissions")
            start = find_nth(cand, e["text"], e["occ"], cid, "error span")
            end = start + len(e["text"])
        errors.append({"start": start, "end": end, "text": e["text"], "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
    for t in c["traps"]:
        start = find_nth(cand, t["text"], t["occ"], cid, "trap span")
        traps.append({"start": start, "end": start + len(t["text"]), "text": t["text"],
                      "ref_text": t["ref_text"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": c["label"], "errors": errors, "traps": traps}


def check_record(r):
    cid, cand, ref = r["id"], r["candidate"], r["reference"]
    if r["mode"] not in ("rewrite", "summary", "translation"):
        fail(cid, "bad mode")
    if r["label"] not in ("consistent", "inconsistent"):
        fail(cid, "bad label")
    nw = words(ref)
    if not 70 <= nw <= 190:
        fail(cid, "reference has %d words" % nw)
    if r["mode"] == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
        fail(cid, "summary not shorter than reference")
    if cand == ref:
        fail(cid, "candidate identical to reference")
    for s in (cand, ref):
        if "  " in s or s != s.strip():
            fail(cid, "stray whitespace")
    if r["label"] == "consistent":
        if r["errors"]:
            fail(cid, "consistent pair with errors")
        if not 3 <= len(r["traps"]) <= 5:
            fail(cid, "consistent pair needs 3-5 traps")
    else:
        if not r["errors"]:
            fail(cid, "inconsistent pair without errors")
        if len(r["traps"]) > 3:
            fail(cid, "inconsistent pair with more than 3 traps")
    spans = []
    for e in r["errors"]:
        s, t, typ = e["start"], e["end"], e["type"]
        if typ not in ERROR_TYPES:
            fail(cid, "bad type %r" % typ)
        if e["severity"] not in SEVERITIES:
            fail(cid, "bad severity")
        if cand[s:t] != e["text"]:
            fail(cid, "span text mismatch %r" % e["text"])
        if cuts_word(cand, s) or cuts_word(cand, t):
            fail(cid, "span cuts a word: %r" % e["text"])
        if typ == "omission":
            if r["mode"] == "summary":
                fail(cid, "omission in a summary")
            if s != t or e["text"] != "":
                fail(cid, "omission must be empty")
            if not e["ref_text"] or e["ref_text"] not in ref:
                fail(cid, "omission ref_text not in reference")
            if e["ref_text"].lower() in cand.lower():
                fail(cid, "omitted words are present in candidate")
        else:
            if s >= t or e["text"] != e["text"].strip():
                fail(cid, "empty or padded span %r" % e["text"])
            if typ in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    fail(cid, "%s needs ref_text null" % typ)
                if typ == "repetition" and cand.find(e["text"]) >= s:
                    fail(cid, "repetition has no earlier copy")
                if typ == "addition" and e["text"] in ref:
                    fail(cid, "addition text occurs in reference")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    fail(cid, "ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] == e["text"]:
                    fail(cid, "error text equals ref_text")
        spans.append((s, t, "error " + repr(e["text"])))
    for tr in r["traps"]:
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"] or s >= t or tr["text"] != tr["text"].strip():
            fail(cid, "trap span mismatch %r" % tr["text"])
        if cuts_word(cand, s) or cuts_word(cand, t):
            fail(cid, "trap cuts a word: %r" % tr["text"])
        if not tr["ref_text"] or tr["ref_text"] not in ref:
            fail(cid, "trap ref_text not in reference: %r" % tr["ref_text"])
        if tr["ref_text"] == tr["text"]:
            fail(cid, "trap text equals ref_text")
        spans.append((s, t, "trap " + repr(tr["text"])))
    spans.sort()
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            (s1, t1, n1), (s2, t2, n2) = spans[a], spans[b]
            if s1 == t1 or s2 == t2:
                p, (s, t) = (s1, (s2, t2)) if s1 == t1 else (s2, (s1, t1))
                if s < p < t:
                    fail(cid, "omission point inside %s" % (n2 if s1 == t1 else n1))
            elif s2 < t1 and s1 < t2:
                fail(cid, "overlap: %s / %s" % (n1, n2))


def check_set(records):
    if len(records) != 40:
        raise SetError("need 40 pairs, have %d" % len(records))
    if [r["domain"] for r in records] != DOMAINS:
        raise SetError("domains do not match the list (one per pair, in order)")
    combo = {}
    for r in records:
        combo[(r["mode"], r["label"])] = combo.get((r["mode"], r["label"]), 0) + 1
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if combo != want:
        raise SetError("mode/label composition wrong: %r" % combo)
    types = {}
    for r in records:
        for e in r["errors"]:
            types[e["type"]] = types.get(e["type"], 0) + 1
    if types != EXPECTED_TYPE_COUNTS:
        raise SetError("error types %r != %r" % (types, EXPECTED_TYPE_COUNTS))
    if sum(types.values()) != 30 or min(types.values()) < 2:
        raise SetError("need 30 errors, at least 2 of each type")
    per_pair = [len(r["errors"]) for r in records if r["label"] == "inconsistent"]
    if sum(1 for n in per_pair if n in (1, 2)) < 15:
        raise SetError("most inconsistent pairs should carry 1-2 errors")
    if len({r["id"] for r in records}) != len(records):
        raise SetError("duplicate ids")


def summary(records):
    from collections import Counter
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("by mode: %s" % dict(Counter(r["mode"] for r in records)))
    lines.append("by label: %s" % dict(Counter(r["label"] for r in records)))
    lines.append("mode x label: %s" % dict(Counter((r["mode"], r["label"]) for r in records)))
    tc = Counter(e["type"] for r in records for e in r["errors"])
    lines.append("errors: %d %s" % (sum(tc.values()), dict(sorted(tc.items()))))
    lines.append("severity: %s" % dict(Counter(e["severity"] for r in records
                                               for e in r["errors"])))
    lines.append("errors per inconsistent pair: %s" % dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    lines.append("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    wc = [words(r["reference"]) for r in records]
    lines.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = [build_record(i, c) for i, c in enumerate(CASES)]
        for r in records:
            check_record(r)
        check_set(records)
    except SetError as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check only: valid, nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
