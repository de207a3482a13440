#!/usr/bin/env python3
"""Held-out evaluation set 62 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries and
broad regions appear only as background). Character offsets are never typed by
hand: they are computed by string search (with an explicit occurrence index
where a quoted text repeats) and then validated.

Composition (40 pairs, one domain each):
  - modes: 20 rewrite, 10 summary, 10 translation (half of each mode consistent)
  - labels: 20 consistent, 20 inconsistent
  - 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2, addition 2, repetition 2
  - inconsistent pairs: 10 with one error, 10 with two; 0-3 traps each
  - consistent pairs: 3-5 traps each (faithful rewordings a naive checker
    might flag)
  - translation pairs: reference and candidate are two independent English
    translations of the same (notional) non-English story.

Usage:
  python3 make_set62.py            validate and write set62.jsonl
  python3 make_set62.py --check    validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set62.jsonl")
PREFIX = "s62"

DOMAINS = [
    "slag heaps", "quarry blasting", "amber trade", "pearl diving", "salt pans",
    "lithium brine", "graphite mines", "uranium tailings", "noise barriers",
    "light pollution", "hail cannons", "tornado sirens", "flood gates",
    "levee breaches", "polder pumping", "sluice gates", "weirs", "water wheels",
    "malting floors", "pretzel bakers", "noodle makers", "tofu workshops",
    "soy sauce brewing", "vanilla theft", "cinnamon peeling", "clove islands",
    "nutmeg groves", "birch sap", "caviar smuggling", "ivory seizures",
    "rhino horn", "pangolin trade", "cactus poaching", "bonsai thefts",
    "dahlia shows", "pumpkin regattas", "maze designers", "obelisk moving",
    "statue toppling", "plinth commissions",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, type_, severity, ref, occ=None):
    """An error span: `text` in the candidate (occurrence `occ`)."""
    return {"kind": "span", "text": text, "type": type_, "severity": severity,
            "ref_text": ref, "occ": occ}


def O(after, ref, severity, occ=None):
    """An omission: empty span placed right after candidate text `after`."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": occ}


def T(text, ref, occ=None):
    """A trap: faithful rewording `text` in the candidate of reference `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Rewrites, part 1 (cases 1-10)
# ---------------------------------------------------------------------------

case("slag heaps", "rewrite", "consistent",
     "The regional environment agency said on Monday that it had approved a plan by Korvath Steel to reshape "
     "three slag heaps on the edge of Dunmere, a former mill town of about 14,000 people. The company will "
     "spend 6.5 million pounds over four years regrading the heaps, capping them with clay and planting roughly "
     "40,000 trees. Agency director Helen Marchbank said the work was expected to cut dust complaints, which "
     "reached 212 last year, by at least half. Residents' groups had campaigned for a decade for the heaps to be "
     "removed entirely, but the agency said full removal would cost more than ten times as much and would "
     "require some 90,000 lorry journeys through the town centre. Work is due to begin in March.",
     "Korvath Steel has won approval from the regional environment agency to reshape three slag heaps on the "
     "outskirts of Dunmere, a former mill town with a population of around 14,000, the agency announced on "
     "Monday. Over four years the company will put £6.5m into regrading the heaps, covering them with a clay "
     "cap and planting about 40,000 trees. According to the agency's director, Helen Marchbank, the project is "
     "likely to reduce dust complaints, of which 212 were lodged last year, by 50% or more. Residents' groups "
     "have spent ten years pushing for the heaps to be taken away altogether; the agency, however, said removing "
     "them completely would cost over ten times as much and would mean around 90,000 lorry trips through the "
     "town centre. Work is scheduled to start in March.",
     traps=[T("£6.5m", "6.5 million pounds"),
            T("is likely to reduce", "was expected to cut"),
            T("by 50% or more", "by at least half"),
            T("ten years", "a decade"),
            T("around 90,000 lorry trips", "some 90,000 lorry journeys")])

case("quarry blasting", "rewrite", "inconsistent",
     "Blasting at the Hollin Edge limestone quarry will be limited to weekday afternoons from 1 September under "
     "a settlement reached between operator Greyvale Aggregates and Tarrow District Council. Under the "
     "agreement, charges may only be detonated between 1 p.m. and 4 p.m., Monday to Friday, and no more than "
     "three blasts will be permitted in any week. Greyvale also agreed to install four additional vibration "
     "monitors at homes in the nearby village of Stannick, where residents reported cracked plaster after a "
     "blast on 14 May. The council had threatened to revoke the quarry's permit, which covers an annual output "
     "of up to 1.2 million tonnes. A company spokesman said the restrictions would reduce output by roughly "
     "8 percent but that no jobs were at risk.",
     "Greyvale Aggregates and Tarrow District Council have reached a settlement that will restrict blasting at "
     "the Hollin Edge limestone quarry to weekday afternoons until 1 September. Charges can be set off only from "
     "1 p.m. to 4 p.m. on weekdays, and no more than four blasts will be allowed each week. The operator has also "
     "agreed to put four extra vibration monitors in homes in nearby Stannick, whose residents complained of "
     "cracked plaster following a blast on 14 May. The council had threatened to withdraw the quarry's permit, "
     "which allows it to produce as much as 1.2 million tonnes a year. According to a company spokesman, the "
     "limits will cut output by about 8 percent, though no jobs are under threat.",
     errors=[E("until 1 September", "date", "major", "from 1 September"),
             E("four blasts", "number", "major", "three blasts")],
     traps=[T("from 1 p.m. to 4 p.m. on weekdays", "between 1 p.m. and 4 p.m., Monday to Friday")])

case("amber trade", "rewrite", "consistent",
     "Customs officers in the port of Veldhaven seized 310 kilograms of raw Baltic amber on Thursday that had "
     "been declared as decorative gravel, the national customs service said. The consignment, found in a "
     "container bound for a trading company in Asia, is estimated to be worth 1.4 million euros. Investigators "
     "believe the amber was dug illegally from protected coastal dunes and that the shipment was the third of "
     "its kind this year. Two employees of the freight forwarder Oskarsen Logistik were questioned and released "
     "without charge. Customs spokeswoman Ingrid Paalman said the service had increased checks on containers "
     "declared as building materials since January and would continue to do so 'for the foreseeable future'.",
     "A total of 310 kg of raw Baltic amber, declared as decorative gravel, was confiscated by customs officers "
     "at the port of Veldhaven on Thursday, according to the national customs service. The shipment, discovered "
     "in a container heading for an Asian trading firm, is thought to be worth €1.4m. Investigators suspect the "
     "amber had been illegally excavated from protected dunes along the coast, and that it was the year's third "
     "such shipment. Two staff members of freight forwarder Oskarsen Logistik were questioned and then let go "
     "without being charged. Ingrid Paalman, a spokeswoman for customs, said checks on containers declared as "
     "building materials had been stepped up since January and would continue 'for the foreseeable future'.",
     traps=[T("310 kg", "310 kilograms"),
            T("was confiscated by customs officers", "seized"),
            T("€1.4m", "1.4 million euros"),
            T("the year's third such shipment", "the third of its kind this year"),
            T("let go without being charged", "released without charge")])

case("pearl diving", "rewrite", "inconsistent",
     "The Marisol Cooperative, which represents about 180 pearl divers on the island of Tevaru, has signed a "
     "five-year supply agreement with the jewellery house Delacourt & Finch, the cooperative announced on "
     "Wednesday. Under the deal, Delacourt will buy at least 60 percent of the cooperative's annual harvest of "
     "natural pearls, at prices to be reviewed each spring, and will fund a training school for young divers. "
     "Under a separate arrangement, the regional health board will hand management of the island's "
     "decompression clinic to the cooperative next year. Cooperative chair Losa Amituanai said the agreement "
     "ended years of reliance on middlemen who 'took most of the value'. The first pearls under the contract are "
     "expected to be delivered in November.",
     "Delacourt & Finch, the jewellery house, has agreed a five-year supply deal with the Marisol Cooperative, a "
     "body representing some 180 pearl divers on Tevaru island, the cooperative said on Wednesday. The jeweller "
     "has committed to buying no less than 60 percent of the natural pearls the cooperative harvests each year, "
     "with prices reviewed every spring, and to paying for a training school for young divers. In a separate "
     "arrangement, the cooperative will hand over management of the island's decompression clinic to the "
     "regional health board next year. According to Losa Amituanai, who chairs the cooperative, the deal brings "
     "to an end years of dependence on middlemen who 'took most of the value'. Delivery of the first pearls "
     "under the contract is expected in November.",
     errors=[E("the cooperative will hand over management of the island's decompression clinic to the regional "
               "health board", "role", "major",
               "the regional health board will hand management of the island's decompression clinic to the "
               "cooperative")],
     traps=[T("no less than 60 percent", "at least 60 percent"),
            T("brings to an end years of dependence on middlemen", "ended years of reliance on middlemen")])

case("salt pans", "rewrite", "consistent",
     "Production at the Salinas de Orvieda salt pans fell by 22 percent last season after heavy autumn rains "
     "flooded the evaporation ponds twice, the operator, Orvieda Sal S.A., said in its annual report published "
     "on Tuesday. The company harvested 41,000 tonnes of sea salt, compared with about 52,500 tonnes the previous "
     "year. Revenue dropped less sharply, by 9 percent, because prices for hand-raked flake salt, which makes up "
     "a growing share of sales, rose during the year. Chief executive Marta Ilundain said the company would "
     "raise the walls of its four largest ponds by 40 centimetres before the next rainy season, at a cost of "
     "2.3 million euros. She said no seasonal workers would be laid off.",
     "Orvieda Sal S.A., which operates the Salinas de Orvieda salt pans, said in an annual report released on "
     "Tuesday that production had fallen 22% last season, after heavy autumn rains flooded its evaporation "
     "ponds on two occasions. It harvested 41,000 tonnes of sea salt, down from roughly 52,500 tonnes a year "
     "earlier. Revenue declined by a more modest 9% as prices rose for hand-raked flake salt, which accounts for "
     "a growing share of sales. The company will spend €2.3m raising the walls of its four biggest ponds by "
     "40 cm ahead of the next rainy season, chief executive Marta Ilundain said, adding that there would be no "
     "lay-offs among seasonal workers.",
     traps=[T("on two occasions", "twice"),
            T("down from roughly 52,500 tonnes a year earlier",
              "compared with about 52,500 tonnes the previous year"),
            T("€2.3m", "2.3 million euros"),
            T("40 cm", "40 centimetres"),
            T("there would be no lay-offs among seasonal workers", "no seasonal workers would be laid off")])

case("lithium brine", "rewrite", "inconsistent",
     "Altiplano Minerals said on Friday it had suspended pumping at two of its seven brine wells at the Salar de "
     "Quimal after groundwater levels in a nearby wetland fell below a limit set in its environmental permit. "
     "The company, which produces lithium carbonate from the brine, said the suspension would reduce output by "
     "around 1,500 tonnes this year, about 6 percent of its planned production of 25,000 tonnes. Indigenous "
     "communities around the salt flat have long argued that brine extraction is drying out grazing land. The "
     "provincial water authority said it would carry out an independent survey of the wetland within 60 days "
     "and that pumping could resume only if levels recovered. Shares in Altiplano fell 4.2 percent in early "
     "trading.",
     "Altiplano Minerals has halted pumping at two of the seven brine wells it operates at the Salar de Quimal "
     "because groundwater in a nearby wetland dropped below the limit laid down in its environmental permit, "
     "the company said on Friday. The lithium carbonate producer expects the move to cut this year's output by "
     "some 1,500 tonnes, about a sixth of the 25,000 tonnes it had planned to produce. Indigenous communities "
     "living around the salt flat have argued for years that extracting brine is drying out grazing land. The "
     "provincial water authority said it would conduct an independent survey of the wetland within 60 days, "
     "after which pumping could resume. Altiplano shares were down 4.2% in early trading.",
     errors=[E("about a sixth", "number", "major", "about 6 percent"),
             O("after which pumping could resume", "only if levels recovered", "major")],
     traps=[T("Altiplano shares were down 4.2% in early trading",
              "Shares in Altiplano fell 4.2 percent in early trading")])

case("graphite mines", "rewrite", "consistent",
     "The government of the Northern Province has granted a 25-year mining licence to Kestrel Graphite for a "
     "deposit near the town of Mbaleni, the ministry of mines announced on Thursday. Kestrel plans to invest "
     "340 million dollars in an open-pit mine and processing plant that would produce up to 50,000 tonnes of "
     "graphite concentrate a year, mainly for battery makers. Construction is expected to begin early next year "
     "and to create about 1,200 jobs, falling to around 450 once the mine is operating. The province will hold "
     "a 15 percent stake in the project at no cost. Mines minister Ruth Achieng said the licence required "
     "Kestrel to rehabilitate the land progressively rather than only when mining ends.",
     "Kestrel Graphite has been awarded a 25-year licence to mine a deposit close to Mbaleni, the Northern "
     "Province's ministry of mines said on Thursday. The company intends to spend $340m on an open-pit mine and "
     "a processing plant capable of turning out as much as 50,000 tonnes of graphite concentrate annually, most "
     "of it destined for battery manufacturers. Building work is likely to start early next year and to create "
     "around 1,200 jobs, a figure that should drop to about 450 once the mine is up and running. The province "
     "will receive a free 15% stake in the project. According to the mines minister, Ruth Achieng, the licence "
     "obliges Kestrel to restore the land step by step instead of waiting until mining has finished.",
     traps=[T("$340m", "340 million dollars"),
            T("is likely to start", "is expected to begin"),
            T("a free 15% stake", "a 15 percent stake in the project at no cost"),
            T("restore the land step by step", "rehabilitate the land progressively")])

case("uranium tailings", "rewrite", "inconsistent",
     "An independent review of the former Brackwater uranium mill has found that radon levels at the edge of "
     "its tailings dam remain within national safety limits, but that the dam's clay cover is eroding faster "
     "than expected. The review, commissioned by the Department of Energy Resources and published on Monday, "
     "recommends adding a layer of crushed rock to the cover within three years, at an estimated cost of "
     "18 million dollars. It found no evidence that contaminated water had reached the Brackwater River, though "
     "it said monitoring boreholes on the eastern side were too few to rule this out. The department said it "
     "accepted all 11 recommendations and would publish a timetable by the end of the year.",
     "Radon levels at the edge of the tailings dam at the disused Brackwater uranium mill are still within "
     "national safety limits, an independent review has concluded, although the clay cover on the dam is "
     "wearing away more quickly than anticipated. Published on Monday, the review was commissioned by the "
     "Department of Energy Resources. It recommends that a layer of crushed rock be added to the cover within "
     "three years, which is estimated to cost $18m. The reviewers found no sign that contaminated water had got "
     "into the Brackwater River and said the monitoring boreholes on the eastern side were sufficient to rule "
     "this out. The department said it had accepted all 11 recommendations and would publish a timetable by the "
     "end of the year.",
     errors=[E("were sufficient to rule this out", "polarity", "major", "were too few to rule this out")],
     traps=[T("wearing away more quickly than anticipated", "eroding faster than expected"),
            T("$18m", "18 million dollars")])

case("noise barriers", "rewrite", "consistent",
     "The national roads agency will build 14 kilometres of noise barriers along the A7 motorway between "
     "Pellingham and Orsby after a two-year study found that night-time noise in 9 of 23 nearby neighbourhoods "
     "exceeded guideline levels. The barriers, up to 5 metres high, will be made partly of transparent panels "
     "so that drivers can still see the landscape, the agency said in a statement on Wednesday. The project will "
     "cost 31 million pounds and is scheduled for completion in the autumn of 2027. Around 3,800 households are "
     "expected to benefit. Local councillor Dev Rathore welcomed the plan but said residents in the village of "
     "Coldharbour, which is not included, would continue to press for protection.",
     "After a study lasting two years showed that night-time noise breached guideline levels in nine of the 23 "
     "neighbourhoods near the A7 motorway, the national roads agency is to put up 14 km of noise barriers on the "
     "stretch between Pellingham and Orsby. In a statement on Wednesday, the agency said the barriers, which will "
     "stand as high as 5 metres, would partly consist of see-through panels so that drivers can still take in "
     "the landscape. Costing £31m, the scheme is due to be finished in autumn 2027 and is likely to benefit some "
     "3,800 households. Dev Rathore, a local councillor, welcomed the plan, but said people in Coldharbour, a "
     "village left out of the scheme, would keep pressing for protection.",
     traps=[T("a study lasting two years", "a two-year study"),
            T("see-through panels", "transparent panels"),
            T("£31m", "31 million pounds"),
            T("is likely to benefit some 3,800 households", "Around 3,800 households are expected to benefit"),
            T("a village left out of the scheme", "which is not included")])

case("light pollution", "rewrite", "inconsistent",
     "The town council of Westerholm voted on Tuesday to switch off about a third of its 2,400 street lights "
     "between 1 a.m. and 5 a.m. from next spring, in an effort to cut energy costs and reduce light pollution "
     "over the nearby Brannock Hills dark-sky reserve. The council estimates the change will save 85,000 euros "
     "a year. Astronomer Pia Lindqvist of the Brannock Observatory said the reserve had lost roughly a quarter of "
     "its visible stars over the past two decades. Police chief Henrik Aalto said officers would monitor whether "
     "the change affected night-time crime but that studies from other towns had shown no clear link. Lights "
     "near crossings, schools and the railway station will stay on.",
     "Westerholm's town council on Tuesday approved a plan to turn off roughly one in three of its 2,400 street "
     "lights from 1 a.m. to 5 a.m. starting next spring, making it the first town in the province to take such "
     "a step. The aim is to reduce energy bills and limit light pollution above the nearby Brannock Hills "
     "dark-sky reserve. According to council estimates, the measure will save €85,000 annually. The reserve has "
     "lost around a quarter of its visible stars in the last 20 years, said Pia Lindqvist, an astronomer at the "
     "Brannock Observatory. Police will keep an eye on whether night-time crime is affected, although Lindqvist "
     "said studies from other towns had found no clear link. Street lights near crossings, schools and the "
     "railway station will remain on.",
     errors=[E("making it the first town in the province to take such a step", "addition", "minor", None),
             E("Lindqvist said", "attribution", "major", "Police chief Henrik Aalto said")],
     traps=[T("roughly one in three", "about a third"),
            T("€85,000 annually", "85,000 euros a year"),
            T("in the last 20 years", "over the past two decades")])

# ---------------------------------------------------------------------------
# Rewrites, part 2 (cases 11-20)
# ---------------------------------------------------------------------------

case("hail cannons", "rewrite", "consistent",
     "Wine growers in the Valdossa valley have agreed to stop using hail cannons for a trial period of two "
     "seasons after complaints from residents about the noise, the growers' association said on Saturday. The "
     "gas-fired devices, which fire shock waves into the sky when storms approach, are meant to prevent hail "
     "from forming, although scientists say there is no reliable evidence that they work. About 30 cannons are "
     "operated in the valley, some of them firing every six seconds for several hours. During the trial, the "
     "association will instead subsidise hail nets for members, covering 70 percent of the cost. Association "
     "president Bruno Castellan said growers who suffered hail damage during the trial could apply to a "
     "compensation fund of 400,000 euros.",
     "Following noise complaints from residents, wine growers in the Valdossa valley have agreed to suspend the "
     "use of hail cannons for a two-season trial, their association announced on Saturday. The gas-powered "
     "cannons send shock waves into the sky as storms approach in an attempt to stop hail forming, though "
     "according to scientists there is no reliable proof that they are effective. Roughly 30 of them are in use "
     "in the valley, and some fire once every six seconds for several hours at a stretch. Instead, while the "
     "trial runs, the association will pay 70% of the cost of hail nets for its members. Growers who suffer hail "
     "damage during that period will be able to apply to a €400,000 compensation fund, said Bruno Castellan, "
     "the association's president.",
     traps=[T("in an attempt to stop hail forming", "are meant to prevent hail from forming"),
            T("no reliable proof that they are effective", "no reliable evidence that they work"),
            T("pay 70% of the cost of hail nets", "subsidise hail nets for members, covering 70 percent of the cost"),
            T("a €400,000 compensation fund", "a compensation fund of 400,000 euros")])

case("tornado sirens", "rewrite", "inconsistent",
     "Harlan County will replace all 46 of its outdoor tornado sirens by 2026 after several failed to sound "
     "during a storm on 3 April, county officials said on Thursday. An internal report found that 11 sirens did "
     "not activate because of faulty radio receivers. The new system, costing 2.1 million dollars, will allow "
     "sirens to be triggered for specific areas rather than county-wide. Emergency management director Carla "
     "Voss said residents should not rely on sirens alone and urged them to sign up for text alerts, which could "
     "be sent to mobile phones within seconds. The county may also seek federal grants to cover part of the "
     "cost, she said.",
     "County officials said on Thursday that Harlan County is to replace every one of its 46 outdoor tornado "
     "sirens by 2026, after a number of them failed to go off in a storm on 3 April. According to an internal "
     "report, faulty radio receivers stopped 11 sirens from activating. The $2.1m replacement system will make "
     "it possible to trigger sirens in particular areas instead of across the whole county. Carla Voss, the "
     "director of emergency management, said residents should not depend on sirens alone, and encouraged them "
     "to register for text alerts, which can reach mobile phones within seconds. She said the county will also "
     "apply for federal grants to cover some of the cost.",
     errors=[E("will also apply for", "modality", "major", "may also seek")],
     traps=[T("every one of its 46", "all 46"),
            T("$2.1m", "2.1 million dollars"),
            T("faulty radio receivers stopped 11 sirens from activating",
              "11 sirens did not activate because of faulty radio receivers")])

case("flood gates", "rewrite", "consistent",
     "The flood gates protecting the old harbour district of Kessenburg were closed for the first time this "
     "winter on Sunday evening as a storm surge pushed water levels to 2.9 metres above normal, the city's water "
     "board said. The gates, completed in 2019 at a cost of 96 million euros, were shut at 7.40 p.m. and are "
     "expected to remain closed until Tuesday morning. Ferry services to the islands of Hallig Ost and "
     "Nordmarsch were cancelled, and about 200 residents of low-lying streets outside the barrier were asked to "
     "leave their homes as a precaution. Water board spokesman Jens Albrecht said there had been no flooding "
     "inside the protected area.",
     "Kessenburg's water board said the flood gates that protect the city's old harbour district were closed on "
     "Sunday evening for the first time this winter, as a storm surge raised water levels to 2.9 metres above "
     "normal. The gates, which were finished in 2019 and cost €96m, were shut at 19:40 and will probably stay "
     "closed until Tuesday morning. Ferries to the islands of Hallig Ost and Nordmarsch were cancelled, and as a "
     "precaution about 200 people living in low-lying streets outside the barrier were asked to leave their "
     "homes. There was no flooding within the protected area, water board spokesman Jens Albrecht said.",
     traps=[T("€96m", "96 million euros"),
            T("19:40", "7.40 p.m."),
            T("will probably stay closed", "are expected to remain closed"),
            T("There was no flooding within the protected area",
              "there had been no flooding inside the protected area")])

case("levee breaches", "rewrite", "inconsistent",
     "A levee on the Ossery River breached early on Wednesday near the village of Tamsford, flooding about 1,100 "
     "hectares of farmland and forcing the evacuation of 340 residents, the provincial emergency service said. "
     "Nobody was injured. The breach, about 40 metres wide, opened at around 4 a.m. after three days of heavy "
     "rain upstream. Engineers began dropping sandbags and rock from helicopters in the afternoon and hope to "
     "close the gap by Friday. The levee had been inspected in June and was scheduled for reinforcement next "
     "year. Provincial governor Anneke Roos said an inquiry would examine whether the work should have been "
     "carried out sooner.",
     "About 1,100 hectares of farmland were flooded and 340 residents had to be evacuated when a levee on the "
     "Ossery River gave way near the village of Tamsford at about 4 p.m. on Wednesday, the provincial emergency "
     "service said. No one was hurt. The breach, roughly 40 metres across, followed three days of heavy rain "
     "further upstream. In the afternoon engineers started using helicopters to drop sandbags and rock into the "
     "gap, which they hope to close by Friday. The levee had been reinforced in June and was due for further "
     "strengthening next year. Provincial governor Anneke Roos said an inquiry would look at whether that work "
     "should have been done sooner.",
     errors=[E("at about 4 p.m.", "date", "major", "at around 4 a.m."),
             E("had been reinforced", "event", "major", "had been inspected")],
     traps=[T("No one was hurt", "Nobody was injured"),
            T("roughly 40 metres across", "about 40 metres wide")])

case("polder pumping", "rewrite", "consistent",
     "The Lindermeer water authority plans to modernise the three pumping stations that keep the Oosterpolder "
     "dry, replacing diesel pumps installed in the 1960s with electric ones, it said on Monday. The project will "
     "cost 27 million euros, of which the national government will pay half. Once complete in 2028, the stations "
     "are expected to use 35 percent less energy and to pump up to 1,800 cubic metres of water a minute, a "
     "quarter more than today. The polder, which lies up to four metres below sea level, is home to around 9,000 "
     "people and large areas of bulb fields. The authority said the existing pumps would stay in service as a "
     "backup until the new ones had been tested.",
     "Diesel pumps dating from the 1960s at the three pumping stations that keep the Oosterpolder dry are to be "
     "replaced with electric pumps, the Lindermeer water authority said on Monday. Half of the €27m cost will be "
     "met by the national government. When the work is finished in 2028, the stations should consume 35% less "
     "energy and be able to move as much as 1,800 cubic metres of water per minute, 25% above current capacity. "
     "Around 9,000 people live in the polder, which lies as much as four metres below sea level and contains "
     "extensive bulb fields. The old pumps will remain in use as a back-up until the new ones have been tested, "
     "the authority said.",
     traps=[T("Half of the €27m cost will be met by the national government",
              "The project will cost 27 million euros, of which the national government will pay half"),
            T("should consume 35% less energy", "are expected to use 35 percent less energy"),
            T("25% above current capacity", "a quarter more than today"),
            T("as much as four metres below sea level", "up to four metres below sea level")])

case("sluice gates", "rewrite", "inconsistent",
     "Repairs to the historic sluice gates at Fenwick Lock will close the Abbotsmere Canal to boats for eleven "
     "weeks from 6 January, the Waterways Trust said on Friday. The oak gates, installed in 1884, are leaking "
     "badly and one of the paddles has jammed. Craftsmen will build replacement gates using timber from the "
     "trust's own woodland, at a cost of 380,000 pounds. Boats moored west of the lock will be able to leave "
     "before the closure begins, and the towpath will stay open throughout the work. Regional manager Alison "
     "Petty said the work had been timed for the quietest part of the year.",
     "The Abbotsmere Canal will be closed to boats for 11 weeks starting on 6 January while the historic sluice "
     "gates at Fenwick Lock are repaired, the Waterways Trust announced on Friday. Installed in 1884, the oak "
     "gates leak badly, and one of their paddles is stuck. Craftsmen will make new gates from timber grown in "
     "the trust's own woodland, at a cost of £380,000. Boats moored west of the lock will be able to leave "
     "before the closure starts. The towpath will remain open for the duration of the work. According to "
     "regional manager Alison Petty, the repairs have been scheduled for the quietest time of the year. Boats "
     "moored west of the lock will be able to leave before the closure starts.",
     errors=[E("Boats moored west of the lock will be able to leave before the closure starts.", "repetition",
               "minor", None, occ=1)],
     traps=[T("11 weeks", "eleven weeks"),
            T("£380,000", "380,000 pounds"),
            T("one of their paddles is stuck", "one of the paddles has jammed")])

case("weirs", "rewrite", "consistent",
     "The Rivers Agency will remove two disused weirs on the River Callow this summer to allow salmon and sea "
     "trout to reach upstream spawning grounds for the first time in more than 150 years. The weirs at Millbrae "
     "and Ashcot, built to power corn mills, block fish migration along roughly 23 kilometres of river. Removal "
     "will cost 640,000 pounds, most of it provided by a fisheries charity, the Callow Trust. The agency said a "
     "third weir at Drumlie, which is a listed structure, would be kept but fitted with a fish pass. Trust "
     "chairman Euan Baird said anglers had waited decades for the work and that salmon numbers could double "
     "within ten years.",
     "Salmon and sea trout will be able to swim up the River Callow to spawning grounds they have not reached for "
     "over 150 years once the Rivers Agency takes out two disused weirs this summer. Built to drive corn mills, "
     "the weirs at Millbrae and Ashcot cut off about 23 km of river to migrating fish. The £640,000 cost will "
     "largely be met by the Callow Trust, a fisheries charity. A third weir, the listed structure at Drumlie, "
     "will be kept but fitted with a fish pass, the agency said. Euan Baird, who chairs the trust, said anglers "
     "had been waiting for decades for the work, and that salmon numbers might double within a decade.",
     traps=[T("over 150 years", "more than 150 years"),
            T("about 23 km", "roughly 23 kilometres"),
            T("largely be met by the Callow Trust", "most of it provided by a fisheries charity, the Callow Trust"),
            T("might double within a decade", "could double within ten years")])

case("water wheels", "rewrite", "inconsistent",
     "The restored water wheel at Brindle Mill in the village of Oxley Cross will start generating electricity "
     "next month, making it one of the few historic mills in the region to feed power into the grid. The "
     "6-metre iron wheel, built in 1851, has been fitted with a modern generator and is expected to produce "
     "around 45,000 kilowatt-hours a year, enough for about 15 homes. The project was led by the Brindle Mill "
     "Preservation Society and funded mainly by a 210,000-pound heritage grant. Society secretary Margaret "
     "Oduya said income from selling the electricity would help pay for the upkeep of the mill, which could "
     "open to visitors on weekends from the summer.",
     "Next month the restored water wheel at Brindle Mill, in the village of Oxley Cross, will begin producing "
     "electricity, putting it among the handful of historic mills in the region that supply power to the grid. "
     "Dating from 1851, the 6-metre iron wheel now has a modern generator and should generate roughly 45,000 "
     "kWh annually, sufficient for around 15 homes. The project, led by the Oxley Cross Preservation Society, "
     "was paid for largely with a £210,000 heritage grant. Margaret Oduya, the society's secretary, said the "
     "money earned from selling the power would go towards maintaining the mill, which will open to visitors at "
     "weekends from the summer.",
     errors=[E("Oxley Cross Preservation Society", "entity", "minor", "Brindle Mill Preservation Society"),
             E("will open", "modality", "major", "could open")],
     traps=[T("45,000 kWh annually", "45,000 kilowatt-hours a year"),
            T("£210,000 heritage grant", "210,000-pound heritage grant")])

case("malting floors", "rewrite", "consistent",
     "Corrigan & Hale, one of the last maltsters in the country still turning barley by hand on traditional "
     "malting floors, said on Wednesday it would double floor-malting capacity at its Ballyrannock site after "
     "signing contracts with 12 craft distilleries. The company will reopen a second malting floor that has been "
     "idle since 1987, creating eight jobs. Floor malting takes about a week per batch and requires workers to "
     "turn the germinating grain every few hours, but distillers say it gives a richer flavour. Managing "
     "director Fiona Corrigan said the expansion, costing 1.6 million euros, would allow the firm to process "
     "about 2,000 tonnes of barley a year, up from 1,000 tonnes.",
     "Having signed contracts with a dozen craft distilleries, Corrigan & Hale, among the last maltsters in the "
     "country to still turn barley by hand on traditional malting floors, announced on Wednesday that it would "
     "double its floor-malting capacity at Ballyrannock. A second floor, unused since 1987, will be brought back "
     "into service, creating eight jobs. Each batch takes roughly seven days to floor-malt, and the germinating "
     "grain has to be turned every few hours, but distillers say the method produces a richer flavour. The "
     "€1.6m expansion will let the company handle some 2,000 tonnes of barley annually, twice the current "
     "1,000 tonnes, managing director Fiona Corrigan said.",
     traps=[T("a dozen craft distilleries", "12 craft distilleries"),
            T("unused since 1987", "idle since 1987"),
            T("roughly seven days", "about a week"),
            T("€1.6m", "1.6 million euros"),
            T("twice the current 1,000 tonnes", "up from 1,000 tonnes")])

case("pretzel bakers", "rewrite", "inconsistent",
     "The Hessenfeld Bakers' Guild has asked the regional government to protect the name 'Hessenfeld pretzel' "
     "under food origin rules, after supermarkets began selling frozen pretzels made abroad under the label. The "
     "guild, which represents 64 family bakeries, says a genuine Hessenfeld pretzel must be shaped by hand, "
     "dipped in lye and baked within the region. If the application succeeds, producers elsewhere would have to "
     "stop using the name within two years. Guild chairman Tobias Wenger said sales at member bakeries had "
     "fallen by around 12 percent since 2022. A decision is not expected before next autumn, the regional "
     "agriculture ministry said.",
     "Supermarkets have started selling frozen pretzels produced abroad as 'Hessenfeld pretzels', prompting the "
     "Hessenfeld Bakers' Guild to ask the regional government to protect the name under food origin rules. "
     "According to the guild, which speaks for 64 family-run bakeries, a real Hessenfeld pretzel has to be "
     "shaped, dipped in lye and baked in the region. Should the application be approved, producers outside the "
     "region would be given two years to stop using the name. Sales at the guild's member bakeries have dropped "
     "by about 12% since 2022, said its chairman, Tobias Wenger. The regional agriculture ministry said a "
     "decision was unlikely before next autumn.",
     errors=[O("has to be shaped", "by hand", "major")],
     traps=[T("by about 12%", "by around 12 percent"),
            T("a decision was unlikely before next autumn", "A decision is not expected before next autumn")])

# ---------------------------------------------------------------------------
# Summaries (cases 21-30)
# ---------------------------------------------------------------------------

case("noodle makers", "summary", "consistent",
     "Handmade noodle makers in the mountain town of Sanhe Ping have won a two-year exemption from new "
     "food-safety rules that would have required them to move production into licensed factories, the "
     "provincial market regulator said on Monday. About 90 small workshops in the town stretch and dry wheat "
     "noodles in the open air, a method passed down for generations that draws thousands of visitors each year. "
     "Under the exemption, workshops must register with the regulator, have their flour tested every three "
     "months and cover drying racks during dust storms. The regulator said it would review the arrangement in "
     "2026. Local producers' association head Liang Wenbo said the decision had saved 'the livelihood of the "
     "whole town'.",
     "Some 90 open-air handmade noodle workshops in Sanhe Ping have been given two years' exemption from "
     "food-safety rules that would have forced them into licensed factories, provided they register with the "
     "regulator, test their flour quarterly and cover drying racks in dust storms. The regulator will review the "
     "arrangement in 2026.",
     traps=[T("Some 90", "About 90"),
            T("two years' exemption", "two-year exemption"),
            T("would have forced them into licensed factories",
              "would have required them to move production into licensed factories"),
            T("quarterly", "every three months")])

case("tofu workshops", "summary", "inconsistent",
     "Tofu workshops in the old quarter of Hanamura are struggling to survive as soybean prices climb, the city's "
     "chamber of commerce said in a report on Thursday. The number of traditional tofu makers in the quarter has "
     "fallen from 38 in 2010 to 17 today, and four more plan to close this year. Most are run by owners over 65 "
     "who start work at 3 a.m. and sell directly to neighbourhood customers and restaurants. The price of "
     "domestic soybeans has risen by about 30 percent in two years. The chamber recommends that the city help "
     "workshops share equipment and train younger apprentices, and says a subsidy of 2 million yen per workshop "
     "would cost less than letting the trade disappear.",
     "The number of traditional tofu workshops in Hanamura's old quarter has fallen by two-thirds since 2010 to "
     "17, and four more plan to close this year, the chamber of commerce says. Most are run by owners over 65 "
     "with no successors, and domestic soybean prices are up about 30% in two years. The chamber urges the city "
     "to help workshops share equipment and train apprentices, arguing a 2-million-yen subsidy per workshop "
     "would be cheaper than losing the trade.",
     errors=[E("by two-thirds", "number", "major", "from 38 in 2010 to 17 today"),
             E("with no successors", "addition", "minor", None)],
     traps=[T("up about 30% in two years", "risen by about 30 percent in two years")])

case("soy sauce brewing", "summary", "consistent",
     "Matsuoka Shoyu, a family brewery that has made soy sauce in cedar barrels since 1868, will build a new "
     "fermentation hall to meet rising demand from overseas, the company said on Tuesday. The hall, costing 450 "
     "million yen, will house 60 new barrels made by one of the country's two remaining large-barrel coopers, "
     "raising capacity by about 40 percent. Exports, mainly to Europe and North America, now account for a third "
     "of sales, compared with 5 percent a decade ago. Company president Keiko Matsuoka said the brewery would "
     "not shorten its two-year fermentation period despite the demand. Construction is due to begin in April and "
     "be completed within 18 months.",
     "Matsuoka Shoyu, which has brewed soy sauce in cedar barrels since 1868, will spend ¥450m on a fermentation "
     "hall with 60 new barrels to lift capacity by roughly two-fifths, as exports have grown from 5% of sales to "
     "a third over ten years. Its president said the two-year fermentation would not be cut short.",
     traps=[T("¥450m", "450 million yen"),
            T("roughly two-fifths", "about 40 percent"),
            T("over ten years", "a decade ago"),
            T("would not be cut short", "would not shorten")])

case("vanilla theft", "summary", "inconsistent",
     "Police in the Sava-Norde region arrested six men on Saturday suspected of stealing green vanilla pods from "
     "smallholder plantations, as growers warned that theft was forcing them to harvest too early. The men were "
     "caught with about 250 kilograms of pods, worth roughly 9,000 dollars at local prices, after farmers in the "
     "village of Ambodirano alerted a police patrol. Regional police commander Jean-Aime Rakotonirina said the "
     "suspects had been supplying a collector in the port town of Ivandry, who was also being sought. Growers "
     "say theft peaks in the weeks before the official harvest opening on 15 June, and many now pick pods before "
     "they are ripe, lowering quality and prices.",
     "Six men suspected of stealing green vanilla pods from smallholders were arrested on Saturday with some "
     "250 kg of pods, worth about $9,000 locally, after farmers in Ambodirano tipped off a patrol. Police say a "
     "collector in Ivandry, who is also wanted, had been supplying the men. Growers say thefts ahead of the "
     "15 June harvest opening push many to pick unripe pods, hurting quality and prices.",
     errors=[E("a collector in Ivandry, who is also wanted, had been supplying the men", "role", "major",
               "the suspects had been supplying a collector")],
     traps=[T("worth about $9,000 locally", "worth roughly 9,000 dollars at local prices"),
            T("tipped off a patrol", "alerted a police patrol")])

case("cinnamon peeling", "summary", "consistent",
     "A shortage of skilled cinnamon peelers is threatening output on the southern coast, the national spice "
     "board said on Wednesday, as younger workers leave for jobs in tourism and construction. Peeling the inner "
     "bark of cinnamon shoots into fine quills is done by hand and takes years to master. The board estimates "
     "there are about 26,000 peelers, down from 35,000 ten years ago, and that their average age is 52. To "
     "attract recruits, it will open three training schools next year offering a monthly allowance of 15,000 "
     "rupees during a six-month course. Board chairman Tharindu Welikala warned that without new peelers, "
     "exports of the highest grade of quills could fall by a quarter within five years.",
     "The spice board estimates that the number of cinnamon peelers on the southern coast has dropped to roughly "
     "26,000 from 35,000 a decade ago, with an average age of 52, as younger workers move into tourism and "
     "construction. It will open three schools next year paying trainees 15,000 rupees a month over a six-month "
     "course; its chairman warned that top-grade quill exports could otherwise fall by 25% within five years.",
     traps=[T("roughly 26,000", "about 26,000"),
            T("a decade ago", "ten years ago"),
            T("paying trainees 15,000 rupees a month", "offering a monthly allowance of 15,000 rupees"),
            T("by 25%", "by a quarter")])

case("clove islands", "summary", "inconsistent",
     "The government of the Mweru Islands announced on Friday that it would end the state monopoly on clove "
     "exports from 1 July next year, allowing private traders to buy directly from farmers for the first time "
     "since 1964. The state trading company, which currently buys all cloves at a fixed price, will continue to "
     "operate but will have to compete with private buyers. Clove production on the islands has fallen to about "
     "3,500 tonnes a year from more than 10,000 tonnes in the 1970s, and officials believe smuggling to "
     "neighbouring countries accounts for a large share of the harvest. Farmers' union leader Halima Suleiman "
     "welcomed the reform but said farmers would need credit to replant ageing trees.",
     "The Mweru Islands will scrap the state's clove export monopoly from this July, letting private traders buy "
     "from farmers for the first time since 1964; the state trading company will no longer operate. Output has "
     "slumped to about 3,500 tonnes a year from over 10,000 in the 1970s, with officials believing much of the "
     "crop is smuggled to neighbouring countries. The farmers' union welcomed the move but said growers need "
     "credit to replant old trees.",
     errors=[E("from this July", "date", "major", "from 1 July next year"),
             E("will no longer operate", "polarity", "major", "will continue to operate")],
     traps=[T("over 10,000 in the 1970s", "more than 10,000 tonnes in the 1970s"),
            T("much of the crop is smuggled to neighbouring countries",
              "smuggling to neighbouring countries accounts for a large share of the harvest")])

case("nutmeg groves", "summary", "consistent",
     "Nutmeg growers on the island of Laranti expect this year's harvest to be the smallest in a decade after a "
     "fungal disease spread through the groves during an unusually wet rainy season, the island's agriculture "
     "office said on Monday. The office estimates the crop at 420 tonnes, down from 610 tonnes last year. About "
     "one in five trees has been affected, mostly in the older groves on the eastern slopes. The office is "
     "distributing fungicide free of charge and has asked growers to burn infected branches rather than leave "
     "them on the ground. Head of the office Rahmat Lestaluhu said replanting with resistant seedlings would "
     "begin in October, but new trees take around seven years to bear fruit.",
     "Laranti's nutmeg growers expect their smallest harvest in ten years, an estimated 420 tonnes against 610 "
     "last year, after fungal disease hit about 20% of trees in an unusually wet rainy season. The agriculture "
     "office is handing out free fungicide, has asked growers to burn infected branches, and will begin "
     "replanting with resistant seedlings in October, though these take roughly seven years to bear fruit.",
     traps=[T("smallest harvest in ten years", "the smallest in a decade"),
            T("about 20% of trees", "About one in five trees"),
            T("free fungicide", "fungicide free of charge"),
            T("roughly seven years", "around seven years")])

case("birch sap", "summary", "inconsistent",
     "Birch sap producers in the Korvala district have asked the forestry agency to extend the tapping season by "
     "two weeks after warm weather caused the sap to start flowing early this spring. Under current rules, trees "
     "on state land may only be tapped between 20 March and 30 April. Producers' association chair Aino Rautio "
     "said about a quarter of this year's potential harvest had been lost. The forestry agency said it would "
     "consider the request but warned that longer tapping could weaken young trees. Demand for bottled birch "
     "sap, sold as a health drink, has tripled in five years, and the district now has 48 licensed producers, "
     "up from 11.",
     "Korvala's birch sap producers want the tapping season on state land, now 20 March to 30 April, extended by "
     "a fortnight because a warm spring made the sap flow early, which their association says cost about a "
     "quarter of the potential harvest. The producers acknowledge that longer tapping could weaken young trees, "
     "and the forestry agency will consider the request. Demand has tripled in five years, and licensed "
     "producers have risen from 11 to 48.",
     errors=[E("The producers acknowledge", "attribution", "major",
               "The forestry agency said it would consider the request but warned")],
     traps=[T("a fortnight", "two weeks"),
            T("licensed producers have risen from 11 to 48", "48 licensed producers, up from 11")])

case("caviar smuggling", "summary", "consistent",
     "Border guards at the Tessary crossing seized 87 kilograms of caviar hidden in the fuel tank of a "
     "refrigerated lorry on Wednesday night, the state border service said on Thursday. The driver, a "
     "44-year-old man, was detained and faces up to seven years in prison for smuggling products of protected "
     "sturgeon species. The caviar, packed in 400 unlabelled tins, had an estimated black-market value of "
     "350,000 euros. Officers found the tank had been divided in two, with a small fuel compartment left to "
     "supply the engine. The border service said it had seized more than 600 kilograms of caviar this year, "
     "twice as much as in the whole of last year.",
     "Guards at the Tessary border crossing found 87 kg of caviar, worth an estimated €350,000 on the black "
     "market, in 400 unlabelled tins inside the partitioned fuel tank of a refrigerated lorry on Wednesday "
     "night. The 44-year-old driver was detained and could be jailed for up to seven years. The service's "
     "seizures this year exceed 600 kg, double last year's total.",
     traps=[T("87 kg", "87 kilograms"),
            T("€350,000", "350,000 euros"),
            T("partitioned fuel tank", "the tank had been divided in two"),
            T("could be jailed for up to seven years", "faces up to seven years in prison"),
            T("double last year's total", "twice as much as in the whole of last year")])

case("ivory seizures", "summary", "inconsistent",
     "Customs officials at Port Amaranth have seized 1.8 tonnes of elephant ivory hidden among sacks of cashew "
     "nuts, the largest seizure in the country in six years, the revenue authority said on Tuesday. The ivory, "
     "in 74 pieces, was found during a scan of two containers due to be shipped to Southeast Asia. Three people, "
     "including a clearing agent, have been arrested. Investigators believe the tusks came from at least 150 "
     "elephants. Authority commissioner Grace Mwansa said the ivory would be handed to the wildlife service and "
     "stored as evidence, and that the cashew exporter named on the shipping documents had denied any knowledge "
     "of the cargo.",
     "Customs at Port Amaranth have seized 1.8 tonnes of ivory hidden among sacks of cashew nuts, the country's "
     "biggest haul in six years. The 74 pieces, from at least 150 elephants by investigators' estimate, were "
     "found in two containers bound for Southeast Asia, hidden among sacks of cashew nuts. Three people, "
     "including a clearing agent, are under arrest, and the ivory will be handed to the wildlife service to be "
     "destroyed.",
     errors=[E("hidden among sacks of cashew nuts", "repetition", "minor", None, occ=1),
             E("to be destroyed", "event", "major", "stored as evidence")],
     traps=[T("the country's biggest haul in six years", "the largest seizure in the country in six years")])

# ---------------------------------------------------------------------------
# Translations (cases 31-40): two independent English versions of one story
# ---------------------------------------------------------------------------

case("rhino horn", "translation", "consistent",
     "The police of the province of Haut-Lukasi announced on Sunday the arrest of two men in possession of three "
     "rhinoceros horns weighing a total of 7.4 kilograms. The suspects, aged 31 and 38, were intercepted at a "
     "roadblock near the town of Kitendo-Mbe while travelling in a minibus towards the capital. According to the "
     "spokesman of the provincial police, Commissioner Didier Mbemba, the horns probably come from animals "
     "poached in the Lubanza national park, where four rhinoceroses have been killed since the start of the "
     "year. The two men will be presented to the prosecutor on Tuesday. They risk up to ten years of "
     "imprisonment and a fine of 50 million francs.",
     "On Sunday, police in Haut-Lukasi province said they had arrested two men found carrying three rhino horns "
     "with a combined weight of 7.4 kg. The two suspects, 31 and 38 years old, were stopped at a checkpoint close "
     "to the town of Kitendo-Mbe as they travelled by minibus in the direction of the capital. The horns are "
     "likely to have come from animals poached in Lubanza National Park, where four rhinos have been killed "
     "since January, said Commissioner Didier Mbemba, who speaks for the provincial police. The men are to "
     "appear before the prosecutor on Tuesday and face as much as ten years in prison and a fine of 50 million "
     "francs.",
     traps=[T("with a combined weight of 7.4 kg", "weighing a total of 7.4 kilograms"),
            T("a checkpoint", "a roadblock"),
            T("are likely to have come", "probably come"),
            T("since January", "since the start of the year"),
            T("as much as ten years in prison", "up to ten years of imprisonment")])

case("pangolin trade", "translation", "inconsistent",
     "Customs officers at the port of Tanjung Meraya foiled an attempt on Wednesday to smuggle 2.3 tonnes of "
     "pangolin scales hidden in a shipment of frozen fish, the Directorate General of Customs reported. The "
     "scales, packed in 86 sacks, were to be sent to a buyer abroad. Investigators estimate that they came from "
     "about 4,000 animals. The head of the regional customs office, Bambang Sutarjo, said the shipment had been "
     "registered by the company CV Laut Sentosa, whose director has been summoned for questioning. Under the "
     "conservation law, trading in protected animals is punishable by up to five years in prison.",
     "An attempt to smuggle 2.3 tonnes of pangolin scales concealed in a consignment of frozen fish was thwarted "
     "on Wednesday by customs at Tanjung Meraya port, according to the Directorate General of Customs. The "
     "scales, which had been packed into 86 sacks, were intended for a foreign buyer. By the investigators' "
     "estimate, they were taken from around 4,000 animals. Bambang Sutarjo, head of the regional fisheries "
     "office, stated that the consignment was registered in the name of CV Laut Sentosa and that the company's "
     "director has been called in for questioning. The conservation law sets a penalty of up to five years' "
     "imprisonment for trading in protected animals.",
     errors=[E("regional fisheries office", "entity", "major", "regional customs office")],
     traps=[T("intended for a foreign buyer", "to be sent to a buyer abroad"),
            T("around 4,000 animals", "about 4,000 animals")])

case("cactus poaching", "translation", "consistent",
     "Agents of the federal environmental protection office recovered 1,150 cacti extracted illegally from the "
     "Sierra de Tlacuilo desert, in a raid on a nursery in the municipality of San Isidro Cuatepec, the office "
     "reported on Friday. Among the plants seized were 320 specimens of species in danger of extinction, some of "
     "them more than a century old. The owner of the nursery, whose identity was not disclosed, was handed over "
     "to the public prosecutor. According to the office, the cacti were to be sold to collectors in Europe and "
     "Asia through social networks, at prices of up to 600 dollars per plant. Botanists from the state "
     "university will try to replant the specimens in their habitat.",
     "In a raid on a nursery in San Isidro Cuatepec municipality, officers from the federal environmental "
     "protection agency seized 1,150 cacti that had been illegally removed from the Sierra de Tlacuilo desert, "
     "the agency said on Friday. The plants recovered included 320 examples of endangered species, a number of "
     "them over 100 years old. The nursery's owner, who was not named, has been placed at the disposal of the "
     "public prosecutor. The agency said the cacti were destined for collectors in Europe and Asia, who would "
     "have bought them via social media for as much as 600 dollars each. Botanists at the state university will "
     "attempt to return the plants to their natural habitat.",
     traps=[T("endangered species", "species in danger of extinction"),
            T("over 100 years old", "more than a century old"),
            T("who was not named", "whose identity was not disclosed"),
            T("has been placed at the disposal of the public prosecutor",
              "was handed over to the public prosecutor"),
            T("for as much as 600 dollars each", "at prices of up to 600 dollars per plant")])

case("bonsai thefts", "translation", "inconsistent",
     "Seven bonsai trees, including a juniper estimated to be around 400 years old, were stolen last weekend from "
     "the garden of a well-known grower in the city of Kawaguri, the prefectural police said on Tuesday. The "
     "owner, 71-year-old Hideo Amakusa, discovered the theft on Sunday morning. The trees together are valued at "
     "about 13 million yen. Police believe the thieves knew which trees were the most valuable, because they "
     "ignored dozens of others. Amakusa appealed through social media for the trees to be returned, saying they "
     "could die within a week without regular watering. Police have not ruled out that the trees may be offered "
     "for sale abroad.",
     "According to the prefectural police, who gave details on Tuesday, seven bonsai, among them a juniper "
     "believed to be some 400 years old, were taken last weekend from the garden of a renowned grower in "
     "Kawaguri. Their owner, Hideo Amakusa, 71, noticed they were missing on Sunday morning. The total value of "
     "the trees is put at approximately 13 million yen. The police think the thieves knew which trees were worth "
     "most, since dozens of others were left untouched. On social media, Mr Amakusa asked for the trees to be "
     "given back, warning that without regular watering they will die within a week. The police have ruled out "
     "the possibility that the trees will be put up for sale abroad.",
     errors=[E("will die", "modality", "major", "could die"),
             E("have ruled out", "polarity", "critical", "have not ruled out")],
     traps=[T("since dozens of others were left untouched", "because they ignored dozens of others")])

case("dahlia shows", "translation", "consistent",
     "The 62nd International Dahlia Show opened its doors on Thursday in the park of Schloss Weidenau, with more "
     "than 14,000 flowers of some 350 varieties on display. The organisers, the Weidenau Horticultural Society, "
     "expect around 60,000 visitors over the ten days of the exhibition, slightly more than last year. This "
     "year's theme is 'Colours of the Baroque', and the flowers are arranged in beds modelled on the palace's "
     "historical garden plans. For the first time, a jury will award a prize for a new variety bred in the "
     "region. The show is open daily from 9 a.m. to 7 p.m.; admission costs 8 euros, and children under 14 enter "
     "free.",
     "More than 14,000 blooms from around 350 varieties can be seen at the 62nd International Dahlia Show, which "
     "opened on Thursday in the grounds of Weidenau Palace. The organiser, the Weidenau Horticultural Society, is "
     "expecting about 60,000 people to visit during the ten-day exhibition, a few more than last year. Under the "
     "motto 'Colours of the Baroque', the flowers have been laid out in beds based on the palace's historic "
     "garden plans. A jury will for the first time give an award for a new variety bred in the region. Opening "
     "hours are 9 a.m. to 7 p.m. every day. Tickets cost 8 euros; admission is free for children younger than 14.",
     traps=[T("in the grounds of Weidenau Palace", "in the park of Schloss Weidenau"),
            T("during the ten-day exhibition", "over the ten days of the exhibition"),
            T("a few more than last year", "slightly more than last year"),
            T("Under the motto", "This year's theme is"),
            T("admission is free for children younger than 14", "children under 14 enter free")])

case("pumpkin regattas", "translation", "inconsistent",
     "Twenty-three competitors paddled across the lake of Vellmar in hollowed-out giant pumpkins on Sunday at the "
     "town's ninth pumpkin regatta, watched by around 5,000 spectators. The race over 250 metres was won by local "
     "farmer Gerda Mauch, who beat last year's champion, Rolf Eberle, by about two boat lengths. Mauch's pumpkin, "
     "grown on her own farm, weighed 412 kilograms before it was hollowed out. Two boats sank before the finish, "
     "but their crews were quickly pulled from the water by the lifeguards. The proceeds from the event, 11,000 "
     "euros, will go to the local volunteer fire brigade, the organisers announced.",
     "On Sunday, 23 participants crossed Lake Vellmar in giant hollowed-out pumpkins during the town's ninth "
     "pumpkin regatta, in front of some 15,000 spectators. In the race over 250 metres, last year's champion Rolf "
     "Eberle beat local farmer Gerda Mauch by around two boat lengths. Mauch had grown her pumpkin on her own "
     "farm; before being hollowed out it weighed 412 kilos. Two boats went under before reaching the finish line, "
     "although lifeguards quickly rescued their crews from the water. According to the organisers, the 11,000 "
     "euros raised by the event will be donated to the local volunteer fire brigade.",
     errors=[E("some 15,000 spectators", "number", "minor", "around 5,000 spectators"),
             E("Rolf Eberle beat local farmer Gerda Mauch", "role", "critical",
               "won by local farmer Gerda Mauch, who beat last year's champion, Rolf Eberle")],
     traps=[T("412 kilos", "412 kilograms"),
            T("Two boats went under before reaching the finish line", "Two boats sank before the finish")])

case("maze designers", "translation", "consistent",
     "The landscape architect Lucia Benvenuti, who has designed more than 40 hedge mazes in eight countries, has "
     "been commissioned by the municipality of Castelrovo to create a maze of 3 hectares on the site of a former "
     "brickworks. The project, presented on Wednesday at the town hall, provides for 12,000 hornbeam plants and "
     "paths with a total length of about 4 kilometres. At the centre there will be a tower from which visitors "
     "lost in the maze can be guided out. The cost of 1.9 million euros will be covered for two thirds by "
     "regional funds. The mayor, Paolo Ferrante, said he hopes the maze will attract 80,000 visitors a year once "
     "the hedges have grown, which will take at least five years.",
     "Castelrovo's municipality has commissioned landscape architect Lucia Benvenuti, the designer of over 40 "
     "hedge mazes in eight different countries, to create a 3-hectare maze where a brickworks once stood. "
     "According to the plans, unveiled at the town hall on Wednesday, 12,000 hornbeams will be planted and the "
     "paths will measure roughly 4 km in all. From a tower in the middle, visitors who lose their way can be "
     "guided out. Regional funding will pay for two-thirds of the 1.9 million euro cost. Mayor Paolo Ferrante "
     "said he hopes the maze will draw 80,000 visitors a year once the hedges have grown, a process that will "
     "take five years at the very least.",
     traps=[T("over 40 hedge mazes", "more than 40 hedge mazes"),
            T("a 3-hectare maze where a brickworks once stood",
              "a maze of 3 hectares on the site of a former brickworks"),
            T("roughly 4 km in all", "a total length of about 4 kilometres"),
            T("Regional funding will pay for two-thirds of the 1.9 million euro cost",
              "The cost of 1.9 million euros will be covered for two thirds by regional funds"),
            T("five years at the very least", "at least five years")])

case("obelisk moving", "translation", "inconsistent",
     "A 19th-century granite obelisk weighing 180 tonnes was moved on Saturday from the centre of the Plaza Mayor "
     "in Villanueva del Sordo to a new position 60 metres away, to make room for an underground car park. The "
     "operation, carried out by the engineering firm Montes y Robledo, lasted nine hours. The monument was lifted "
     "with hydraulic jacks and slid along steel rails at a speed of about seven metres per hour. Several hundred "
     "residents followed the move from behind barriers. The mayor, Concepcion Arrieta, said the obelisk would be "
     "returned to its original site once the car park was finished in 2027.",
     "On Saturday a granite obelisk from the 19th century, weighing 180 tonnes, was shifted from the middle of the "
     "Plaza Mayor in Villanueva del Sordo to a new spot 60 metres away in order to free up space for an "
     "underground car park. The engineering company Montes y Robledo needed nine hours for the operation. "
     "Hydraulic jacks raised the monument, which was then slid on steel rails at roughly seven metres an hour. "
     "Several hundred local people protested against the move from behind barriers. Mayor Concepcion Arrieta "
     "stated that once the car park is completed in 2027, the obelisk will be put back in its original place.",
     errors=[E("protested against the move", "event", "major", "followed the move")],
     traps=[T("needed nine hours for the operation", "lasted nine hours"),
            T("Hydraulic jacks raised the monument", "The monument was lifted with hydraulic jacks"),
            T("will be put back in its original place", "would be returned to its original site")])

case("statue toppling", "translation", "consistent",
     "During the night from Friday to Saturday, unknown persons toppled the bronze statue of the industrialist "
     "Emil Vrana in the main square of Hradova, the municipal police said. The statue, which is 2.5 metres tall "
     "and had stood on its pedestal since 1931, was found lying on the pavement with a damaged arm. Police are "
     "examining footage from three security cameras. In recent months, a civic initiative had collected about "
     "2,000 signatures demanding the statue's removal because of Vrana's role in breaking a miners' strike in "
     "1924. The initiative condemned the act on Saturday and said it rejects violence. The town council will "
     "meet on Monday to decide on the repair.",
     "The bronze statue of industrialist Emil Vrana on Hradova's main square was knocked over by unidentified "
     "perpetrators overnight between Friday and Saturday, according to the municipal police. The 2.5-metre "
     "statue, which had been on its pedestal since 1931, was discovered lying on the pavement with one arm "
     "damaged. Police are going through recordings from three surveillance cameras. Over the past few months a "
     "civic initiative had gathered some 2,000 signatures calling for the statue to be removed because of "
     "Vrana's part in breaking a miners' strike in 1924. On Saturday, the initiative condemned the act, saying "
     "that it rejects violence. The town council will meet on Monday to decide on repairing the statue.",
     traps=[T("knocked over by unidentified perpetrators", "unknown persons toppled"),
            T("overnight between Friday and Saturday", "During the night from Friday to Saturday"),
            T("The 2.5-metre statue", "The statue, which is 2.5 metres tall"),
            T("recordings from three surveillance cameras", "footage from three security cameras"),
            T("some 2,000 signatures", "about 2,000 signatures")])

case("plinth commissions", "translation", "inconsistent",
     "The city of Aurelstad has selected the sculptor Mette Halvorsrud to create a work for the empty plinth in "
     "Harbour Square, which has stood without a statue since 1962. Her design, a 4-metre figure of a fishwife "
     "made of recycled ship steel, was chosen by a jury from 146 proposals. The city's art council, which "
     "organised the competition, will pay her a fee of 1.2 million kroner. The sculpture is to be unveiled in "
     "spring 2026. The second prize went to the artists' collective Nordlys Verksted, whose proposal of a glass "
     "lighthouse received the most votes in a public online poll but was considered too fragile by the jury.",
     "Sculptor Mette Halvorsrud has been chosen by the city of Aurelstad to make a work for the empty plinth on "
     "Harbour Square, where no statue has stood since 1962. A jury picked her design, a four-metre fisherman in "
     "recycled steel from ships, out of 146 entries. The competition was organised by the city's art council, "
     "which will pay Halvorsrud a fee of 1.2 million kroner. The unveiling is planned for spring 2026. Second "
     "place went to the Nordlys Verksted artists' collective; its glass lighthouse was the most popular proposal "
     "in an online public vote, but the jury judged it too fragile.",
     errors=[E("fisherman", "entity", "major", "fishwife")],
     traps=[T("where no statue has stood since 1962", "which has stood without a statue since 1962"),
            T("out of 146 entries", "from 146 proposals"),
            T("the most popular proposal in an online public vote",
              "received the most votes in a public online poll")])

# ---------------------------------------------------------------------------
# Offset computation, validation and output
# ---------------------------------------------------------------------------

def find_all(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(hay, needle, occ, where):
    hits = find_all(hay, needle)
    if not hits:
        raise ValueError("%s: text not found: %r" % (where, needle))
    if occ is None:
        if len(hits) > 1:
            raise ValueError("%s: text occurs %d times, give occ: %r" % (where, len(hits), needle))
        occ = 0
    if occ >= len(hits):
        raise ValueError("%s: occurrence %d of %r not present" % (where, occ, needle))
    return hits[occ]


def is_word(ch):
    return ch.isalnum()


def check_boundaries(text, start, end, where):
    if start > 0 and start < len(text) and is_word(text[start - 1]) and is_word(text[start]):
        raise ValueError("%s: span start cuts a word at %d" % (where, start))
    if end > 0 and end < len(text) and is_word(text[end - 1]) and is_word(text[end]):
        raise ValueError("%s: span end cuts a word at %d" % (where, end))


def n_words(s):
    return len(re.findall(r"\S+", s))


def build():
    records = []
    for n, c in enumerate(CASES, 1):
        rid = "%s-%03d" % (PREFIX, n)
        cand, ref = c["candidate"], c["reference"]
        errors, traps = [], []
        for e in c["errors"]:
            if e["kind"] == "omission":
                pos = locate(cand, e["after"], e["occ"], rid) + len(e["after"])
                errors.append({"start": pos, "end": pos, "text": "", "type": "omission",
                               "severity": e["severity"], "ref_text": e["ref_text"]})
            else:
                s = locate(cand, e["text"], e["occ"], rid)
                errors.append({"start": s, "end": s + len(e["text"]), "text": e["text"],
                               "type": e["type"], "severity": e["severity"], "ref_text": e["ref_text"]})
        for t in c["traps"]:
            s = locate(cand, t["text"], t["occ"], rid)
            traps.append({"start": s, "end": s + len(t["text"]), "text": t["text"],
                          "ref_text": t["ref_text"]})
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
                        "candidate": cand, "label": c["label"], "errors": errors, "traps": traps})
    return records


def validate(records):
    problems = []

    def bad(msg):
        problems.append(msg)

    if len(records) != 40:
        bad("expected 40 records, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        bad("domains must be exactly the 40 listed, each once")
    modes = Counter(r["mode"] for r in records)
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        bad("mode counts wrong: %s" % dict(modes))
    for m in modes:
        k = Counter(r["label"] for r in records if r["mode"] == m)
        if k["consistent"] != k["inconsistent"]:
            bad("mode %s not half consistent: %s" % (m, dict(k)))
    types = Counter()
    for r in records:
        rid, cand, ref = r["id"], r["candidate"], r["reference"]
        wc = n_words(ref)
        if not 70 <= wc <= 190:
            bad("%s: reference has %d words" % (rid, wc))
        if r["mode"] == "summary" and not (len(cand) < len(ref) and n_words(cand) < wc):
            bad("%s: summary not shorter than reference" % rid)
        if r["label"] not in ("consistent", "inconsistent"):
            bad("%s: bad label" % rid)
        if r["label"] == "consistent":
            if r["errors"]:
                bad("%s: consistent pair has errors" % rid)
            if not 3 <= len(r["traps"]) <= 5:
                bad("%s: consistent pair needs 3-5 traps, has %d" % (rid, len(r["traps"])))
        else:
            if not 1 <= len(r["errors"]) <= 2:
                bad("%s: inconsistent pair should have 1-2 errors" % rid)
            if len(r["traps"]) > 3:
                bad("%s: inconsistent pair has more than 3 traps" % rid)
        spans = []
        for e in r["errors"]:
            types[e["type"]] += 1
            where = "%s error %r" % (rid, e["text"])
            if e["type"] not in ERROR_TYPES:
                bad("%s: unknown type %s" % (where, e["type"]))
            if e["severity"] not in SEVERITIES:
                bad("%s: bad severity" % where)
            if cand[e["start"]:e["end"]] != e["text"]:
                bad("%s: offsets do not match text" % where)
            try:
                check_boundaries(cand, e["start"], e["end"], where)
            except ValueError as x:
                bad(str(x))
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad("%s: addition/repetition must have null ref_text" % where)
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad("%s: ref_text not found in reference: %r" % (where, e["ref_text"]))
            if e["type"] == "omission":
                if e["start"] != e["end"] or e["text"] != "":
                    bad("%s: omission must be an empty span" % where)
                if r["mode"] == "summary":
                    bad("%s: omission not allowed in summary mode" % where)
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad("%s: omitted words still present in candidate" % where)
            else:
                if e["start"] >= e["end"]:
                    bad("%s: empty non-omission span" % where)
                if e["ref_text"] is not None and e["ref_text"] == e["text"]:
                    bad("%s: error text identical to ref_text" % where)
            if e["type"] == "repetition" and e["text"] not in cand[:e["start"]]:
                bad("%s: repetition has no earlier copy" % where)
            if e["type"] == "addition" and e["text"] in ref:
                bad("%s: added text occurs in reference" % where)
            spans.append((e["start"], e["end"], where))
        for t in r["traps"]:
            where = "%s trap %r" % (rid, t["text"])
            if cand[t["start"]:t["end"]] != t["text"]:
                bad("%s: offsets do not match text" % where)
            if t["ref_text"] not in ref:
                bad("%s: ref_text not found in reference: %r" % (where, t["ref_text"]))
            if t["text"] == t["ref_text"]:
                bad("%s: trap identical to reference wording" % where)
            try:
                check_boundaries(cand, t["start"], t["end"], where)
            except ValueError as x:
                bad(str(x))
            spans.append((t["start"], t["end"], where))
        spans.sort()
        for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == e1 == s2 and s2 == e2):
                bad("%s overlaps %s" % (w1, w2))
            if s1 == e1 and s2 < s1 < e2:
                bad("%s lies inside %s" % (w1, w2))
            if s2 == e2 and s1 < s2 < e1:
                bad("%s lies inside %s" % (w2, w1))
    total = sum(types.values())
    if total != 30:
        bad("expected 30 errors, got %d" % total)
    for t in ERROR_TYPES:
        if types[t] < 2:
            bad("error type %s used %d times (need >= 2)" % (t, types[t]))
    return problems, types


def main():
    check_only = "--check" in sys.argv[1:]
    records = build()
    problems, types = validate(records)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("validated %d records" % len(records))
    print("modes:", dict(Counter(r["mode"] for r in records)))
    print("labels:", dict(Counter(r["label"] for r in records)))
    print("mode x label:", dict(Counter((r["mode"], r["label"]) for r in records)))
    print("error types:", dict(types), "total", sum(types.values()))
    print("severities:", dict(Counter(e["severity"] for r in records for e in r["errors"])))
    print("errors per inconsistent pair:",
          dict(Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    print("traps:", sum(len(r["traps"]) for r in records))
    wcs = [n_words(r["reference"]) for r in records]
    print("reference words: min %d max %d" % (min(wcs), max(wcs)))
    if check_only:
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
