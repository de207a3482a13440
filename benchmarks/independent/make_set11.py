#!/usr/bin/env python3
"""Build set11.jsonl: an independent, hand-written evaluation set of reference/candidate pairs.

How this set was made
---------------------
* Every reference and candidate below was written by hand, for this set only, by a helper
  that saw no code, tests, benchmarks, seeds or other data of the project. The helper worked
  only from a written brief describing the record format and the composition of the set.
* All people, companies, organisations, towns, products and figures are invented; real
  countries and currencies appear only as background.
* 40 pairs: 20 consistent and 20 inconsistent; 20 rewrites, 10 summaries and 10 translations
  (in translation pairs both texts are independent English renderings of the same imagined
  non-English story). Inconsistent pairs carry one or two errors (30 in all, every one of the
  eleven error types at least twice). Faithful paraphrases that a naive checker might flag are
  listed as traps.
* No offset is typed by hand: every quoted span is located in the candidate by string search
  (with an explicit occurrence index where the text repeats), and omission points are located
  by an anchor text in the candidate.

Usage: python3 make_set11.py           validate and write set11.jsonl next to this script
       python3 make_set11.py --check   validate only, write nothing
Standard library only.
"""

import json
import os
import re
import sys
from collections import Counter

SET_NO = 11
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % SET_NO)

ERROR_TYPES = ("entity", "number", "date", "role", "polarity", "modality", "attribution",
               "event", "omission", "addition", "repetition")
SEVERITIES = ("minor", "major", "critical")
MODES = ("rewrite", "summary", "translation")


# ---------------------------------------------------------------- helpers for writing cases

def E(text, etype, severity, ref, occ=None):
    """An error whose span is `text` in the candidate (occurrence `occ` if it repeats)."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ}


def OMIT(ref, severity, after=None, before=None, occ=None):
    """An omission located just after `after` (or just before `before`) in the candidate."""
    return {"kind": "omit", "text": "", "type": "omission", "severity": severity,
            "ref_text": ref, "after": after, "before": before, "occ": occ}


def T(text, ref, occ=None):
    """A trap: faithful span `text` in the candidate, corresponding to `ref` in the reference."""
    return {"text": text, "ref_text": ref, "occ": occ}


# ---------------------------------------------------------------- consistent pairs

CONSISTENT = [
    # C1 courts, rewrite
    dict(domain="courts", mode="rewrite",
         reference=(
             "The regional appeals court in Marlow Heath on Thursday upheld the conviction of Darren "
             "Pellow, a former procurement officer at Brackenridge Council, for accepting bribes worth "
             "£48,000 from a paving contractor. A three-judge panel rejected Pellow's argument that the "
             "trial judge had misdirected the jury on the meaning of 'advantage'. The panel did, however, "
             "reduce his sentence from six years to four and a half, citing his guilty plea to a separate "
             "fraud charge and his poor health. Pellow, 61, has been in custody since March 2023. His "
             "lawyer, Fiona Aster, said her client was 'disappointed but relieved' and would not pursue "
             "the case to the Supreme Court."),
         candidate=(
             "Darren Pellow, who used to work as a procurement officer for Brackenridge Council, has lost "
             "his appeal against a conviction for taking £48k in bribes from a paving firm, but will serve "
             "a shorter term. Three judges at the Marlow Heath regional appeals court dismissed on Thursday "
             "his claim that the jury had been wrongly directed on what 'advantage' meant. They nonetheless "
             "cut the six-year sentence to four years and six months, pointing to the 61-year-old's ill "
             "health and to his admission of guilt on a separate fraud count. He has been held since March "
             "2023. Fiona Aster, who represents him, said he was 'disappointed but relieved' and that there "
             "would be no further appeal to the Supreme Court."),
         errors=[],
         traps=[T("£48k", "£48,000"),
                T("dismissed on Thursday his claim", "rejected Pellow's argument"),
                T("four years and six months", "four and a half"),
                T("the 61-year-old's ill health", "his poor health"),
                T("Fiona Aster, who represents him", "His lawyer, Fiona Aster")]),

    # C2 hospitals, rewrite
    dict(domain="hospitals", mode="rewrite",
         reference=(
             "St Aldric's Hospital in Kennow will close its maternity ward to new admissions for eight "
             "weeks from 1 September while the unit's ventilation system is replaced, the hospital trust "
             "announced on Monday. Expectant mothers due during that period will be offered care at "
             "Fernley General, 14 miles away, or at a midwife-led centre in Oxley. The trust said the "
             "closure was planned and was not linked to any safety incident. The £2.3 million refit is "
             "being funded by a government capital grant. Chief nurse Helen Corvey said staff would be "
             "redeployed temporarily rather than laid off, and that the ward was expected to reopen by the "
             "end of October."),
         candidate=(
             "Kennow's St Aldric's Hospital is to stop admitting new patients to its maternity ward for "
             "eight weeks starting on September 1, so that the unit's ventilation can be replaced. The "
             "hospital trust, which made the announcement on Monday, stressed that the shutdown had been "
             "planned in advance and had nothing to do with any safety incident. Women expecting to give "
             "birth in that window will be offered care either at Fernley General, some 14 miles (about "
             "22 km) away, or at a midwife-led centre in Oxley. A government capital grant is paying for "
             "the £2.3m refurbishment. According to Helen Corvey, the trust's chief nurse, staff will be "
             "moved to other roles for the time being rather than made redundant, and the ward is expected "
             "to reopen before October is out."),
         errors=[],
         traps=[T("starting on September 1", "from 1 September"),
                T("14 miles (about 22 km)", "14 miles"),
                T("A government capital grant is paying for the £2.3m refurbishment",
                  "The £2.3 million refit is being funded by a government capital grant"),
                T("made redundant", "laid off"),
                T("before October is out", "by the end of October")]),

    # C3 ports, rewrite
    dict(domain="ports", mode="rewrite",
         reference=(
             "Container traffic at the Port of Saltmarsh Quay rose 9 percent last year to 1.42 million "
             "twenty-foot equivalent units (TEU), its highest level since the port opened in 1998, "
             "according to figures released by the port authority on Tuesday. The increase was driven "
             "mainly by new weekly services to West Africa launched by the shipping line Orvane Maritime in "
             "April. Bulk cargo, by contrast, fell 4 percent as coal imports continued to decline. Port "
             "director Samuel Idris said the authority would proceed with a planned 300-metre extension of "
             "the eastern quay, which is due to be completed in 2027 and is expected to raise annual "
             "capacity to two million TEU."),
         candidate=(
             "Figures published on Tuesday by the Saltmarsh Quay port authority show that container "
             "volumes climbed by 9% over the past year, reaching 1.42m TEU — a record for the port since it "
             "began operating in 1998. Most of the growth came from the weekly West Africa sailings that "
             "Orvane Maritime started in April. Bulk cargo went the other way, slipping 4% as coal imports "
             "kept shrinking. The port's director, Samuel Idris, confirmed that the planned work on "
             "lengthening the eastern quay by 300 metres will go ahead; the project should be finished in "
             "2027 and is expected to lift yearly capacity to 2 million TEU."),
         errors=[],
         traps=[T("climbed by 9%", "rose 9 percent"),
                T("1.42m TEU", "1.42 million twenty-foot equivalent units (TEU)"),
                T("the weekly West Africa sailings that Orvane Maritime started in April",
                  "new weekly services to West Africa launched by the shipping line Orvane Maritime in April"),
                T("slipping 4%", "fell 4 percent"),
                T("lengthening the eastern quay by 300 metres", "300-metre extension of the eastern quay")]),

    # C4 wine, rewrite
    dict(domain="wine", mode="rewrite",
         reference=(
             "Hail storms in late May destroyed roughly a third of the grapes at Domaine Vellaret, the "
             "largest estate in the Corbrière valley, its owner Lucie Marnand said on Friday. The estate "
             "normally produces about 180,000 bottles a year; this year it expects no more than 120,000. "
             "Marnand said the estate would not raise prices for its flagship red, but would release no "
             "reserve wine this year to protect stocks. Neighbouring growers reported lighter damage. The "
             "regional winemakers' association has asked the agriculture ministry to declare the valley a "
             "disaster area, which would allow growers to claim compensation."),
         candidate=(
             "Roughly one-third of the grape crop at Domaine Vellaret, the Corbrière valley's biggest "
             "estate, was wiped out by hail at the end of May, owner Lucie Marnand said on Friday. Instead "
             "of the usual 180,000 or so bottles, the domaine now expects to make 120,000 at most this "
             "year. Prices for its flagship red will stay where they are, Marnand said, though to protect "
             "stocks there will be no release of reserve wine this year. Growers nearby reported less "
             "damage. The regional association of winemakers has petitioned the agriculture ministry to "
             "declare the valley a disaster zone, which would let growers seek compensation."),
         errors=[],
         traps=[T("Roughly one-third", "roughly a third"),
                T("120,000 at most", "no more than 120,000"),
                T("Prices for its flagship red will stay where they are",
                  "would not raise prices for its flagship red"),
                T("Growers nearby reported less damage", "Neighbouring growers reported lighter damage"),
                T("disaster zone", "disaster area")]),

    # C5 municipal budgets, rewrite
    dict(domain="municipal budgets", mode="rewrite",
         reference=(
             "Councillors in Harwick Vale voted 23 to 14 on Wednesday night to approve a 2025 budget of "
             "€412 million, up 3.8 percent on this year. The largest increase goes to public transport, "
             "whose allocation rises by €11 million to pay for two new bus routes and longer evening "
             "services. Property tax will rise by 2 percent, the first increase in five years, while "
             "parking charges in the town centre will remain frozen. Opposition councillors, who voted "
             "against, said the plan relied on optimistic forecasts of tourism revenue. Mayor Ingrid "
             "Tolvane defended the budget, saying it 'protects services without reckless borrowing'."),
         candidate=(
             "Harwick Vale's 2025 budget, worth €412m or 3.8% more than this year's, was approved by "
             "councillors on Wednesday night by 23 votes to 14. Public transport gets the biggest boost: an "
             "extra €11m that will fund two new bus routes and extend evening services. Property tax is "
             "going up by 2%, the first rise in half a decade, but town-centre parking fees stay frozen. "
             "The opposition, whose members voted against, argued that the plan leaned on overly rosy "
             "projections of tourism income. Defending the budget, Mayor Ingrid Tolvane said it 'protects "
             "services without reckless borrowing'."),
         errors=[],
         traps=[T("was approved by councillors on Wednesday night by 23 votes to 14",
                  "voted 23 to 14 on Wednesday night to approve"),
                T("€412m", "€412 million"),
                T("the first rise in half a decade", "the first increase in five years"),
                T("overly rosy projections of tourism income", "optimistic forecasts of tourism revenue"),
                T("town-centre parking fees stay frozen",
                  "parking charges in the town centre will remain frozen")]),

    # C6 chemistry, rewrite
    dict(domain="chemistry", mode="rewrite",
         reference=(
             "Chemists at the University of Dunmere have developed a catalyst based on iron and "
             "nitrogen-doped carbon that splits water almost as efficiently as costly platinum, according "
             "to a paper published on 12 March in the journal Catalysis Frontiers. In laboratory tests, the "
             "material ran for 500 hours with less than 5 percent loss of activity. Lead author Dr. Priya "
             "Ramsworth cautioned that the tests were carried out at small scale and that the catalyst had "
             "not yet been tried in a commercial electrolyser. The team estimates that the material costs "
             "about one-fortieth as much as platinum. The work was funded by the national research council "
             "and the energy company Halvorsen Green."),
         candidate=(
             "A catalyst made from iron and nitrogen-doped carbon can split water nearly as well as "
             "expensive platinum, chemists at the University of Dunmere report in Catalysis Frontiers. "
             "Their paper appeared on March 12. Over 500 hours of lab testing, the material lost under 5% "
             "of its activity. Still, Dr. Priya Ramsworth, the study's lead author, warned that the "
             "experiments were small-scale and that the catalyst has yet to be tested inside a commercial "
             "electrolyser. By the team's estimate, the material is roughly 40 times cheaper than platinum. "
             "Funding came from the national research council and from Halvorsen Green, an energy firm."),
         errors=[],
         traps=[T("nearly as well as expensive platinum", "almost as efficiently as costly platinum"),
                T("March 12", "12 March"),
                T("lost under 5% of its activity", "less than 5 percent loss of activity"),
                T("has yet to be tested inside a commercial electrolyser",
                  "had not yet been tried in a commercial electrolyser"),
                T("roughly 40 times cheaper than platinum", "about one-fortieth as much as platinum")]),

    # C7 rail transport, rewrite
    dict(domain="transport", mode="rewrite",
         reference=(
             "Northway Rail will cut journey times between Calderby and Pennock Cross by up to 25 minutes "
             "from December, when a new timetable takes effect on the upgraded line. The fastest trains "
             "will cover the 190-kilometre route in one hour and 50 minutes, compared with two hours and 15 "
             "minutes now. The operator will also add three daily services in each direction, bringing the "
             "total to 21. Fares will not change. The improvements follow a four-year, €640 million project "
             "to electrify the line and replace signalling. Northway's chief executive, Tomas Brekke, "
             "admitted that the project had finished eight months late."),
         candidate=(
             "From December, passengers travelling between Calderby and Pennock Cross will save as much as "
             "25 minutes, once Northway Rail brings in a new timetable on the modernised line. The quickest "
             "services will take 110 minutes for the 190 km journey, down from 2 hours 15 minutes today. "
             "Three more trains will run daily in each direction, taking the number to 21, and ticket "
             "prices will stay the same. The changes come after a €640m, four-year scheme to electrify the "
             "route and renew its signalling, which Tomas Brekke, Northway's CEO, acknowledged had been "
             "completed eight months behind schedule."),
         errors=[],
         traps=[T("save as much as 25 minutes", "by up to 25 minutes"),
                T("110 minutes", "one hour and 50 minutes"),
                T("190 km journey", "190-kilometre route"),
                T("ticket prices will stay the same", "Fares will not change"),
                T("completed eight months behind schedule", "finished eight months late")]),

    # C8 libraries, rewrite
    dict(domain="libraries", mode="rewrite",
         reference=(
             "The central library in Ostwick will reopen on Saturday after an 18-month renovation that "
             "cost 6.1 million pounds, the city's culture department said. The building now has a "
             "children's floor, a recording studio that members can book free of charge, and 40 more study "
             "desks. Opening hours will be extended to 9 p.m. on weekdays. About 15,000 books that were "
             "moved into storage during the works have been returned to the shelves, while some 3,000 "
             "damaged volumes were sold or recycled. Head librarian Agnes Whitlow said membership had "
             "fallen by a fifth while the library was closed and that she hoped the new facilities would "
             "win readers back."),
         candidate=(
             "After a year and a half of renovation work costing £6.1m, Ostwick's central library reopens "
             "this Saturday, according to the city's culture department. Inside, visitors will find a "
             "floor devoted to children, an additional 40 study desks and a recording studio that members "
             "may book at no cost. On weekdays the library will now stay open until 9pm. Some 15,000 books "
             "put into storage during the works are back on the shelves; around 3,000 volumes that had been "
             "damaged were either sold or recycled. Agnes Whitlow, the head librarian, said that membership "
             "had dropped by 20 percent during the closure, and she hopes the new facilities will bring "
             "readers back."),
         errors=[],
         traps=[T("a year and a half", "18-month"),
                T("£6.1m", "6.1 million pounds"),
                T("at no cost", "free of charge"),
                T("until 9pm", "to 9 p.m."),
                T("dropped by 20 percent", "fallen by a fifth")]),

    # C9 fisheries, rewrite
    dict(domain="fisheries", mode="rewrite",
         reference=(
             "Fishing crews in the port of Kelmouth landed 8,400 tonnes of mackerel in the first quarter, "
             "12 percent less than a year earlier, according to the harbour's fish market. Prices rose by "
             "an average of 18 percent per kilo, so the total value of the catch increased slightly. "
             "Skipper Ronan Teague, who chairs the local fishermen's cooperative, blamed the lower catch on "
             "stormy weather in February that kept most boats in port for almost three weeks. Marine "
             "scientists at the Kelmouth Institute said there was no sign that mackerel stocks in the area "
             "were declining."),
         candidate=(
             "Mackerel landings at the port of Kelmouth fell by 12% year on year in January to March, to "
             "8,400 tonnes, figures from the harbour's fish market show. Because the average price per kilo "
             "went up 18%, however, the catch was worth slightly more overall. Ronan Teague, a skipper and "
             "chairman of the local fishermen's co-op, put the smaller haul down to February storms that "
             "confined most of the fleet to harbour for nearly three weeks. Marine scientists at the "
             "Kelmouth Institute said they had found no indication that mackerel stocks in the area were "
             "shrinking."),
         errors=[],
         traps=[T("January to March", "the first quarter"),
                T("the catch was worth slightly more overall", "the total value of the catch increased slightly"),
                T("put the smaller haul down to", "blamed the lower catch on"),
                T("confined most of the fleet to harbour", "kept most boats in port"),
                T("no indication that mackerel stocks in the area were shrinking",
                  "no sign that mackerel stocks in the area were declining")]),

    # C10 telecoms, rewrite
    dict(domain="technology", mode="rewrite",
         reference=(
             "Mobile operator Telvio said on Monday it had restored service to all customers after a "
             "nine-hour outage that left about 2.1 million users unable to make calls or use data. The "
             "company said the fault was caused by a software update to its core network and ruled out a "
             "cyberattack. Customers affected will receive a credit equal to two days of their monthly fee. "
             "The national telecoms regulator said it had opened an inquiry and could fine the company up "
             "to 3 percent of its annual turnover. Telvio's chief technology officer, Mark Osei-Lund, "
             "apologised and said the update had been rolled back."),
         candidate=(
             "Telvio, the mobile network, said on Monday that all its customers were connected again after "
             "an outage lasting nine hours that cut off calls and data for some 2.1 million people. The "
             "company traced the breakdown to a software update on its core network and said a cyberattack "
             "was not to blame. Those hit by the disruption will be credited with the equivalent of two "
             "days' worth of their monthly charge. The national telecoms watchdog has launched an "
             "investigation, and said Telvio could face a penalty of as much as 3% of yearly turnover. Mark "
             "Osei-Lund, the operator's CTO, said sorry and confirmed that the update had been reversed."),
         errors=[],
         traps=[T("said a cyberattack was not to blame", "ruled out a cyberattack"),
                T("telecoms watchdog", "telecoms regulator"),
                T("a penalty of as much as 3% of yearly turnover",
                  "fine the company up to 3 percent of its annual turnover"),
                T("the operator's CTO", "chief technology officer"),
                T("the update had been reversed", "the update had been rolled back")]),

    # C11 space agencies, summary
    dict(domain="space agencies", mode="summary",
         reference=(
             "The Meridian Space Agency postponed the launch of its Halcyon-2 weather satellite on Tuesday, "
             "40 minutes before lift-off, after engineers detected abnormal pressure readings in the second "
             "stage of the Arrow V rocket. The agency said the satellite itself was unaffected and remained "
             "safely on the launch pad at the Cape Lorne spaceport. A new launch date will be set once the "
             "rocket's manufacturer, Strand Aerospace, has completed an inspection, which is expected to "
             "take at least ten days. Halcyon-2 is designed to improve storm forecasts across the southern "
             "hemisphere and replaces a satellite launched in 2012 that is nearing the end of its life. The "
             "mission has a budget of 780 million dollars."),
         candidate=(
             "A pressure anomaly in the second stage of its Arrow V rocket led the Meridian Space Agency to "
             "delay Tuesday's launch of the Halcyon-2 weather satellite, calling it off 40 minutes before "
             "lift-off. The satellite was unharmed. A new date awaits an inspection by Strand Aerospace, "
             "the rocket's builder, likely to last ten days or more."),
         errors=[],
         traps=[T("A pressure anomaly", "abnormal pressure readings"),
                T("The satellite was unharmed", "the satellite itself was unaffected"),
                T("the rocket's builder", "the rocket's manufacturer"),
                T("ten days or more", "at least ten days")]),

    # C12 wildlife, summary
    dict(domain="wildlife", mode="summary",
         reference=(
             "Rangers in the Tarsk Highlands National Park counted 64 grey wolves this winter, up from 51 "
             "last year, the park administration said on Thursday. It is the highest number since "
             "monitoring began in 2004. The count was carried out using camera traps, snow tracking and DNA "
             "from droppings. Park director Elena Vostrikova attributed the rise to a ban on hunting in the "
             "buffer zone around the park, introduced in 2021, and to a growing red deer population. "
             "Farmers in nearby villages have reported 17 attacks on sheep since January, and the "
             "administration said it would double compensation payments for lost livestock from next "
             "month."),
         candidate=(
             "The grey wolf population of Tarsk Highlands National Park has reached 64, against 51 a year "
             "ago — the most since records began in 2004. The park's director credits a 2021 hunting ban in "
             "the surrounding buffer zone and more red deer. With local farmers reporting 17 sheep attacks "
             "since January, compensation for lost animals will be doubled from next month."),
         errors=[],
         traps=[T("against 51 a year ago", "up from 51 last year"),
                T("the most since records began in 2004", "the highest number since monitoring began in 2004"),
                T("The park's director credits", "Park director Elena Vostrikova attributed the rise"),
                T("more red deer", "a growing red deer population")]),

    # C13 weather, summary
    dict(domain="weather", mode="summary",
         reference=(
             "Storm Idris brought winds of up to 142 kilometres per hour to the coast of Brenmoor overnight "
             "on Sunday, leaving around 38,000 homes without electricity and closing the Halsey Bridge for "
             "nine hours. The national weather service had issued an orange warning on Saturday afternoon. "
             "One man was taken to hospital with minor injuries after a tree fell on his car near Dunlow. By "
             "Monday evening power had been restored to all but 4,000 homes, the grid operator Corrant "
             "Energy said. Forecasters expect calmer conditions for the rest of the week, though heavy rain "
             "could cause local flooding on Wednesday."),
         candidate=(
             "Winds of up to 142 km/h from Storm Idris cut power to some 38,000 homes on the Brenmoor coast "
             "overnight into Monday and shut the Halsey Bridge for nine hours. A man was hurt, though not "
             "seriously, when a tree fell on his car. By Monday evening only 4,000 homes were still without "
             "electricity, and the week should be calmer apart from possible local flooding from heavy rain "
             "on Wednesday."),
         errors=[],
         traps=[T("142 km/h", "142 kilometres per hour"),
                T("overnight into Monday", "overnight on Sunday"),
                T("hurt, though not seriously", "minor injuries"),
                T("only 4,000 homes were still without electricity",
                  "power had been restored to all but 4,000 homes")]),

    # C14 football, summary
    dict(domain="football", mode="summary",
         reference=(
             "Redhaven Rovers moved to the top of the league on Saturday with a 3-1 win away at Castlebrook "
             "United, their fifth victory in a row. Castlebrook took the lead through a penalty by Joel "
             "Amankwah in the 12th minute, but Rovers equalised before half-time when midfielder Kasper "
             "Lind headed in a corner. Substitute Owen Fairley then scored twice in the last 15 minutes. "
             "Castlebrook finished with ten men after defender Luca Benedetti was sent off for a second "
             "yellow card. Rovers manager Siobhan Kerrigan said the team had 'shown character' but warned "
             "that the title race was far from over, with eleven games remaining."),
         candidate=(
             "A fifth straight win, 3-1 at Castlebrook United, took Redhaven Rovers to first place on "
             "Saturday. Rovers fell behind to a 12th-minute Joel Amankwah penalty but levelled before the "
             "break through a Kasper Lind header, and substitute Owen Fairley added two goals in the final "
             "quarter of an hour. Castlebrook ended the game with ten men. Manager Siobhan Kerrigan "
             "cautioned that, with eleven matches left, the title race was far from settled."),
         errors=[],
         traps=[T("A fifth straight win", "their fifth victory in a row"),
                T("first place", "the top of the league"),
                T("in the final quarter of an hour", "in the last 15 minutes"),
                T("with eleven matches left", "with eleven games remaining"),
                T("far from settled", "far from over")]),

    # C15 archaeology, summary
    dict(domain="archaeology", mode="summary",
         reference=(
             "Archaeologists excavating a building site in the town of Wexcombe have uncovered the remains "
             "of a Roman bathhouse dating from the second century AD, the county heritage service said on "
             "Wednesday. The find includes a mosaic floor about four metres long, parts of an underfloor "
             "heating system and more than 200 coins. Construction of a supermarket on the site has been "
             "paused for six weeks to allow the excavation to be completed. Lead archaeologist Dr. Martin "
             "Cole said it was the first Roman bathhouse found in the county and described the mosaic as "
             "'remarkably well preserved'. The developer, Fenwick Estates, said it would consider "
             "redesigning the building's foundations to protect the remains."),
         candidate=(
             "A second-century Roman bathhouse — the first discovered in the county — has been unearthed "
             "on the site of a planned supermarket in Wexcombe, with a roughly four-metre mosaic, parts of "
             "an underfloor heating system and over 200 coins. Building work is on hold for six weeks, and "
             "the developer, Fenwick Estates, has said it will consider altering the foundations to protect "
             "the remains."),
         errors=[],
         traps=[T("second-century", "second century AD"),
                T("the first discovered in the county", "the first Roman bathhouse found in the county"),
                T("over 200 coins", "more than 200 coins"),
                T("Building work is on hold for six weeks",
                  "Construction of a supermarket on the site has been paused for six weeks")]),

    # C16 agriculture, translation (imagined Spanish story)
    dict(domain="agriculture", mode="translation",
         reference=(
             "Olive growers in the Valdecarra district expect this season's harvest to be around 40 percent "
             "smaller than last year's, the local agricultural cooperative reported on Monday. According to "
             "the cooperative, a spring with almost no rain and a heatwave in June, when temperatures "
             "exceeded 44 degrees, caused many flowers to drop before the fruit could set. Cooperative "
             "president Rafael Montiel Ibarra said that oil prices would probably rise again and asked the "
             "regional government to speed up the promised aid for irrigation. The cooperative groups some "
             "1,300 families and last year produced 9,200 tonnes of oil."),
         candidate=(
             "The agricultural cooperative of Valdecarra announced on Monday that the district's olive "
             "farmers are anticipating a crop roughly 40% down on the previous season. Almost no rain fell "
             "in spring, the cooperative explained, and then in June a heat wave pushed the thermometer "
             "above 44 degrees, so that a large share of the blossom dropped before the olives had a chance "
             "to form. Its president, Rafael Montiel Ibarra, predicted that oil would most likely become "
             "more expensive once more, and he urged the regional authorities to hurry up with the "
             "irrigation subsidies they had pledged. Around 1,300 families belong to the cooperative, whose "
             "output last year was 9,200 tonnes of oil."),
         errors=[],
         traps=[T("roughly 40% down on the previous season", "around 40 percent smaller than last year's"),
                T("pushed the thermometer above 44 degrees", "temperatures exceeded 44 degrees"),
                T("would most likely become more expensive once more", "would probably rise again"),
                T("the irrigation subsidies they had pledged", "the promised aid for irrigation"),
                T("Around 1,300 families belong to the cooperative",
                  "The cooperative groups some 1,300 families")]),

    # C17 culture, translation (imagined Italian story)
    dict(domain="culture", mode="translation",
         reference=(
             "On 15 April the civic museum of San Laurino will put back on display a painting by the "
             "seventeenth-century artist Giacomo Berni that was stolen from its rooms in 1987. The canvas, a "
             "portrait of a young woman holding a lemon, was traced last autumn to a private collection "
             "abroad by the national police's art crimes squad. Its owner, who had bought it in good faith, "
             "agreed to return it without asking for compensation. Museum director Chiara Lodovisi said the "
             "work would be shown in a room of its own for six months before joining the permanent "
             "collection. Restorers found only minor damage to the frame."),
         candidate=(
             "A work by Giacomo Berni, the seventeenth-century painter, which was taken from the San Laurino "
             "civic museum in 1987, is going back on view there on April 15. Detectives from the art crimes "
             "squad of the national police tracked the picture — a portrait of a young woman clasping a "
             "lemon — to a private collection in another country last autumn. Having acquired it in good "
             "faith, the collector consented to give it back without seeking any payment. For six months it "
             "will hang in a dedicated room, the museum's director Chiara Lodovisi explained, and afterwards "
             "it will become part of the permanent collection. Apart from small damage to the frame, "
             "restorers found nothing wrong."),
         errors=[],
         traps=[T("April 15", "15 April"),
                T("in another country", "abroad"),
                T("without seeking any payment", "without asking for compensation"),
                T("a dedicated room", "a room of its own"),
                T("Apart from small damage to the frame, restorers found nothing wrong",
                  "Restorers found only minor damage to the frame")]),

    # C18 business, translation (imagined German story)
    dict(domain="business", mode="translation",
         reference=(
             "The supermarket chain Kornhaus will take over its smaller rival Frischmarkt for 310 million "
             "euros, the two companies announced in Lindenau on Wednesday. The deal still requires approval "
             "from the competition authority, which is expected to decide by the end of the year. Kornhaus "
             "plans to keep all 84 Frischmarkt stores open and convert them to its own brand over two years. "
             "According to Kornhaus chief executive Bettina Raml, none of the 2,600 Frischmarkt employees "
             "will lose their jobs as a result of the takeover. The trade union welcomed that promise but "
             "said it wanted it in writing."),
         candidate=(
             "Kornhaus, a supermarket operator, is buying Frischmarkt, a smaller competitor, in a "
             "310-million-euro deal, both firms said in Lindenau on Wednesday. The competition watchdog must "
             "still give its blessing; a ruling is expected before the year is out. All 84 Frischmarkt "
             "branches are to remain open and will be rebranded as Kornhaus shops within two years. Bettina "
             "Raml, who heads Kornhaus, gave an assurance that the acquisition would not cost any of "
             "Frischmarkt's 2,600 staff their jobs. The union was pleased with this pledge, but insisted on "
             "having it put down on paper."),
         errors=[],
         traps=[T("a 310-million-euro deal", "310 million euros"),
                T("must still give its blessing", "still requires approval"),
                T("before the year is out", "by the end of the year"),
                T("would not cost any of Frischmarkt's 2,600 staff their jobs",
                  "none of the 2,600 Frischmarkt employees will lose their jobs"),
                T("put down on paper", "in writing")]),

    # C19 policing, translation (imagined French story)
    dict(domain="policing", mode="translation",
         reference=(
             "Police in the town of Saint-Aubrac-sur-Lys arrested two men on Friday night suspected of "
             "stealing copper cable from the railway line, which caused delays for about 5,000 passengers "
             "earlier in the week. The suspects, aged 24 and 31, were caught near the station with around "
             "300 metres of cable in a van. According to the prosecutor, they are also being investigated "
             "for four similar thefts in the region since February. The rail operator estimates the damage "
             "at 90,000 euros. The men will appear before a judge on Monday."),
         candidate=(
             "Two men thought to have stolen copper cable from the railway — a theft that held up some "
             "5,000 travellers earlier in the week — were detained by officers in Saint-Aubrac-sur-Lys on "
             "Friday evening. Aged 31 and 24, the pair were stopped close to the station with roughly 300 m "
             "of cable in their van. The prosecutor says they are also under investigation over four "
             "comparable thefts in the area going back to February. Damage has been put at €90,000 by the "
             "railway company. The two will be brought before a judge on Monday."),
         errors=[],
         traps=[T("Friday evening", "Friday night"),
                T("Aged 31 and 24", "aged 24 and 31"),
                T("roughly 300 m", "around 300 metres"),
                T("going back to February", "since February"),
                T("Damage has been put at €90,000 by the railway company",
                  "The rail operator estimates the damage at 90,000 euros")]),

    # C20 health, translation (imagined Portuguese-language story)
    dict(domain="health", mode="translation",
         reference=(
             "The health department of the state of Serra Alta will begin vaccinating children aged between "
             "six months and five years against influenza on 3 May, two weeks earlier than usual, because "
             "of an early rise in respiratory infections. Around 410,000 doses have already been delivered "
             "to the 212 health posts in the state. Health secretary Márcia Tavares Lobo said that hospital "
             "admissions of children with respiratory symptoms had doubled over the past month. The "
             "campaign will also cover pregnant women and people over 60, and will run until the end of "
             "June."),
         candidate=(
             "Because respiratory infections have started climbing ahead of the usual season, Serra Alta's "
             "state health department is bringing forward its flu vaccination for children from six months "
             "to five years old by a fortnight, with jabs starting on May 3. Some 410,000 doses are already "
             "at the state's 212 health posts. The number of children admitted to hospital with respiratory "
             "symptoms has gone up twofold in the last month, according to health secretary Márcia Tavares "
             "Lobo. Pregnant women and the over-60s are also included in the campaign, which ends in late "
             "June."),
         errors=[],
         traps=[T("by a fortnight", "two weeks earlier than usual"),
                T("May 3", "3 May"),
                T("gone up twofold", "doubled"),
                T("the over-60s", "people over 60"),
                T("ends in late June", "will run until the end of June")]),
]


# ---------------------------------------------------------------- inconsistent pairs

INCONSISTENT = [
    # I1 courts (employment tribunal), rewrite: role + date
    dict(domain="courts", mode="rewrite",
         reference=(
             "A tribunal in Grayport ruled on Tuesday that the logistics firm Penmore Freight had unfairly "
             "dismissed its former warehouse manager, Alan Kesby, after he reported safety breaches to "
             "inspectors. Judge Naomi Fairbairn ordered Penmore to pay Kesby £38,500 in compensation. The "
             "tribunal heard that Kesby was dismissed in November 2022, three weeks after he told the "
             "regional safety inspectorate that forklift trucks were being operated by untrained staff. "
             "Penmore had argued that he was let go because of poor attendance, but the judge found that "
             "explanation 'not credible'. The company said it was considering an appeal."),
         candidate=(
             "Penmore Freight, a logistics company, unfairly dismissed warehouse manager Alan Kesby after he "
             "flagged safety breaches to inspectors, a Grayport tribunal ruled on Tuesday. Under the ruling "
             "by Judge Naomi Fairbairn, Kesby was ordered to pay Penmore £38,500 in compensation. The "
             "tribunal was told that Kesby lost his job in November 2022, three weeks before he informed the "
             "regional safety inspectorate that untrained staff were driving forklift trucks. Penmore "
             "claimed he had been let go over poor attendance, an explanation the judge described as 'not "
             "credible'. An appeal is under consideration, the company said."),
         errors=[E("Kesby was ordered to pay Penmore", "role", "critical", "ordered Penmore to pay Kesby"),
                 E("three weeks before", "date", "major", "three weeks after")],
         traps=[T("untrained staff were driving forklift trucks",
                  "forklift trucks were being operated by untrained staff"),
                T("An appeal is under consideration", "it was considering an appeal")]),

    # I2 hospitals, rewrite: modality
    dict(domain="hospitals", mode="rewrite",
         reference=(
             "Doctors at Bellmont University Hospital have begun a trial of a new blood test that may detect "
             "sepsis in newborn babies up to 24 hours earlier than current methods. The test measures a set "
             "of proteins in a single drop of blood and gives results in about 40 minutes. Around 600 "
             "infants in three neonatal units will take part over 18 months. Lead investigator Dr. Samira "
             "Holt said early results were encouraging but stressed that the test had not yet been shown to "
             "improve survival. If the trial succeeds, the test could be in routine use by 2027."),
         candidate=(
             "A blood test that picks up sepsis in newborns up to a day sooner than existing methods is "
             "being trialled by doctors at Bellmont University Hospital. Using just one drop of blood, it "
             "measures a panel of proteins and produces a result in roughly 40 minutes. Some 600 babies "
             "across three neonatal units will be enrolled over a year and a half. Dr. Samira Holt, who "
             "leads the study, called the first results encouraging but emphasised that there was as yet no "
             "proof the test improves survival. Should the trial succeed, the test could enter routine use "
             "by 2027."),
         errors=[E("picks up sepsis", "modality", "major", "may detect sepsis")],
         traps=[T("up to a day sooner", "up to 24 hours earlier"),
                T("a year and a half", "18 months"),
                T("there was as yet no proof the test improves survival",
                  "the test had not yet been shown to improve survival")]),

    # I3 football transfer, rewrite: role (from A to B) + number
    dict(domain="football", mode="rewrite",
         reference=(
             "Striker Mateo Ferrand has completed his move from Ashby Athletic to Port Kellen FC for a fee "
             "of £14 million, both clubs confirmed on Friday. The 24-year-old, who scored 19 league goals "
             "last season, has signed a four-year contract. Ashby, who are in financial difficulty, had "
             "rejected two earlier bids. Port Kellen manager Dario Conti said Ferrand was 'exactly the kind "
             "of forward we have been missing'. The fee could rise by a further £2 million depending on "
             "appearances. Ferrand is expected to make his debut against Millbrook on Sunday."),
         candidate=(
             "Port Kellen FC have sold striker Mateo Ferrand to Ashby Athletic for £14m, the two clubs "
             "confirmed on Friday. Ferrand, 24, netted 19 times in the league last season and has put pen "
             "to paper on a five-year deal. Two previous offers had been turned down by Ashby, whose "
             "finances are in trouble. Port Kellen manager Dario Conti described him as 'exactly the kind of "
             "forward we have been missing'. Add-ons tied to appearances could take the fee £2m higher. "
             "Ferrand is likely to make his first appearance against Millbrook on Sunday."),
         errors=[E("Port Kellen FC have sold striker Mateo Ferrand to Ashby Athletic", "role", "critical",
                   "his move from Ashby Athletic to Port Kellen FC"),
                 E("five-year deal", "number", "minor", "four-year contract")],
         traps=[T("netted 19 times in the league", "scored 19 league goals"),
                T("Two previous offers had been turned down by Ashby", "had rejected two earlier bids"),
                T("is likely to make his first appearance", "is expected to make his debut")]),

    # I4 chemical plant, rewrite: polarity
    dict(domain="chemistry", mode="rewrite",
         reference=(
             "An investigation into a chemical leak at the Fallowfield Polymers plant in Rensby last month "
             "found no evidence that workers had been exposed to harmful levels of styrene, the company said "
             "on Thursday. About 200 litres of the solvent escaped from a cracked valve on 9 October, and 31 "
             "employees were evacuated as a precaution. Independent air samples taken by the county "
             "environment office showed concentrations well below the legal limit. The company has replaced "
             "all valves of the same type and will install additional gas detectors by January. Two workers "
             "who reported headaches were checked by doctors and returned to work the same day."),
         candidate=(
             "An inquiry into last month's chemical leak at Fallowfield Polymers' Rensby plant has found "
             "evidence that staff were exposed to harmful levels of styrene, the company said on Thursday. "
             "Some 200 litres of the solvent leaked from a cracked valve on October 9, prompting the "
             "precautionary evacuation of 31 employees. Independent air samples collected by the county "
             "environment office put concentrations comfortably under the legal limit. All valves of the "
             "same model have since been replaced, and extra gas detectors will be fitted by January. Two "
             "employees who complained of headaches were examined by doctors and went back to work that "
             "day."),
         errors=[E("has found evidence that staff were exposed", "polarity", "critical",
                   "found no evidence that workers had been exposed")],
         traps=[T("October 9", "9 October"),
                T("the precautionary evacuation of 31 employees", "31 employees were evacuated as a precaution"),
                T("comfortably under the legal limit", "well below the legal limit")]),

    # I5 ports, rewrite: omission + number
    dict(domain="ports", mode="rewrite",
         reference=(
             "Dockworkers at the port of Velmar ended a five-day strike on Sunday after the operator Baltane "
             "Terminals agreed to a pay rise of 6.5 percent over two years and to hire 40 additional crane "
             "operators. The strike had left more than 30 ships waiting offshore and delayed deliveries of "
             "fuel and grain to the region. Union leader Kofi Marsh said members had accepted the deal by a "
             "large majority, although workers on night shifts had wanted a separate bonus. Baltane said "
             "normal operations would resume on Monday morning and that the backlog should be cleared within "
             "a week."),
         candidate=(
             "A five-day strike by dockworkers at the port of Velmar came to an end on Sunday when operator "
             "Baltane Terminals agreed to a 6.5% pay rise spread over three years and to take on 40 more "
             "crane operators. During the stoppage more than 30 vessels were left waiting offshore. Union "
             "leader Kofi Marsh said a large majority of members had voted for the deal, even though "
             "night-shift workers had pushed for a bonus of their own. According to Baltane, normal "
             "operations will restart on Monday morning and the backlog should be cleared within a week."),
         errors=[E("over three years", "number", "major", "over two years"),
                 OMIT("and delayed deliveries of fuel and grain to the region", "major",
                      after="were left waiting offshore")],
         traps=[T("take on 40 more crane operators", "hire 40 additional crane operators"),
                T("a bonus of their own", "a separate bonus")]),

    # I6 libraries, rewrite: attribution
    dict(domain="libraries", mode="rewrite",
         reference=(
             "The Brockley Reach public library has removed late-return fines for all borrowers, the town's "
             "library service announced on Monday. Head of libraries Gwen Hartigan said fines had brought in "
             "only about £9,000 a year while discouraging families on low incomes from using the service. "
             "Since a six-month trial without fines began in a neighbouring branch last year, loans there "
             "have increased by 14 percent, according to the service's own figures. Borrowers will still be "
             "charged for lost or damaged items. Councillor Peter Oduya, who opposed the change, said it "
             "would cost money the council could not afford."),
         candidate=(
             "Borrowers at Brockley Reach public library will no longer be fined for returning books late, "
             "the town's library service said on Monday. According to Gwen Hartigan, who heads the service, "
             "the fines raised a mere £9,000 or so annually and deterred low-income families from coming in. "
             "At a neighbouring branch, where fines were dropped for a six-month trial last year, lending "
             "has since grown by 14%, an independent audit found. Charges for lost or damaged items will "
             "remain. Councillor Peter Oduya, an opponent of the change, argued that the council could not "
             "afford the lost income."),
         errors=[E("an independent audit found", "attribution", "major",
                   "according to the service's own figures")],
         traps=[T("a mere £9,000 or so annually", "only about £9,000 a year"),
                T("Charges for lost or damaged items will remain",
                  "Borrowers will still be charged for lost or damaged items"),
                T("an opponent of the change", "who opposed the change")]),

    # I7 wine, rewrite: addition + entity
    dict(domain="wine", mode="rewrite",
         reference=(
             "The Marsaline Wine Fair, held every spring in the town of Castelbrun, attracted 46,000 "
             "visitors this year, a record, organisers said on Sunday. More than 320 producers from eleven "
             "countries presented their wines over four days. The top prize for red wine went to a 2019 "
             "blend from the small estate Clos Ferrage, while a sparkling wine from Bodega Almira won in the "
             "sparkling category. Organisers said next year's edition would move to a larger exhibition "
             "centre on the edge of town. Ticket prices will remain at 25 euros."),
         candidate=(
             "A record 46,000 people visited this year's Marsaline Wine Fair, the spring event held annually "
             "in Castelbrun, its organisers announced on Sunday. Over four days, upwards of 320 winemakers "
             "from eleven countries showed their wines, and a new free shuttle from the railway station "
             "helped draw the crowds. The best red award was won by a 2019 blend from the Castelbrun "
             "cooperative, while Bodega Almira took the sparkling prize. Next year the fair will relocate to "
             "a bigger exhibition centre on the outskirts of town, the organisers said, with tickets still "
             "costing €25."),
         errors=[E("a new free shuttle from the railway station helped draw the crowds", "addition", "major",
                   None),
                 E("the Castelbrun cooperative", "entity", "major", "the small estate Clos Ferrage")],
         traps=[T("upwards of 320 winemakers", "More than 320 producers"),
                T("on the outskirts of town", "on the edge of town"),
                T("€25", "25 euros")]),

    # I8 local government (leisure), rewrite: event
    dict(domain="local government", mode="rewrite",
         reference=(
             "Glenhollow city council on Tuesday approved plans to build a 25-metre public swimming pool on "
             "the site of the former bus depot in Mill Lane, at a cost of 8.7 million pounds. The vote was 31 "
             "in favour and 9 against. Construction is due to start next spring and take about 20 months. "
             "The pool will replace the Victorian baths in Chapel Street, which closed in 2021 because of "
             "structural problems. Councillor Rhiannon Breck, who leads on leisure, said ticket prices would "
             "be kept in line with other pools in the county. Campaigners had collected more than 6,000 "
             "signatures calling for a new pool."),
         candidate=(
             "Plans for an £8.7m public swimming pool, 25 metres long, on the old bus depot site in Mill Lane "
             "were approved by Glenhollow city council on Tuesday by 31 votes to 9. Building work should "
             "begin next spring and last roughly 20 months. The new pool will take the place of the "
             "Victorian baths on Chapel Street, which were demolished in 2021 because of structural "
             "problems. Prices will be kept in line with those at other pools in the county, according to "
             "Councillor Rhiannon Breck, the council's lead on leisure. More than 6,000 people had signed a "
             "petition calling for a new pool."),
         errors=[E("were demolished", "event", "major", "closed")],
         traps=[T("by 31 votes to 9", "31 in favour and 9 against"),
                T("last roughly 20 months", "take about 20 months"),
                T("More than 6,000 people had signed a petition",
                  "Campaigners had collected more than 6,000 signatures")]),

    # I9 space agencies, rewrite: date (before/after) + repetition
    dict(domain="space agencies", mode="rewrite",
         reference=(
             "The Aurel Space Agency said on Wednesday that its lunar orbiter Selka had entered a stable "
             "orbit around the Moon, 11 days after its launch from the Varnholm spaceport. The spacecraft "
             "fired its main engine for 14 minutes to slow down enough to be captured by the Moon's gravity. "
             "Mission controllers will spend the next six weeks lowering the orbit to 100 kilometres before "
             "the probe starts mapping water ice near the south pole. Programme manager Ilse Brandvold said "
             "all instruments were working normally. Selka is the agency's first mission beyond Earth "
             "orbit."),
         candidate=(
             "Selka, the Aurel Space Agency's lunar orbiter, reached a stable orbit around the Moon 11 days "
             "after lifting off from Varnholm spaceport, the agency said on Wednesday. A 14-minute burn of "
             "its main engine slowed the spacecraft enough for lunar gravity to capture it. Once the probe "
             "has begun mapping water ice near the south pole, mission controllers will spend six weeks "
             "lowering its orbit to 100 km. According to programme manager Ilse Brandvold, all of the "
             "instruments are working normally. Selka is the agency's first mission to venture beyond Earth "
             "orbit. Brandvold added that every instrument on board was functioning as expected."),
         errors=[E("Once the probe has begun mapping", "date", "major", "before the probe starts mapping"),
                 E("Brandvold added that every instrument on board was functioning as expected.",
                   "repetition", "minor", None)],
         traps=[T("A 14-minute burn of its main engine", "fired its main engine for 14 minutes"),
                T("100 km", "100 kilometres")]),

    # I10 wildlife, rewrite: entity + modality
    dict(domain="wildlife", mode="rewrite",
         reference=(
             "A pair of white-tailed eagles has nested on Harrow Island for the first time in more than a "
             "century, the conservation charity Wildreach said on Monday. Volunteers have been guarding the "
             "nest around the clock since it was discovered three weeks ago, and the charity has asked "
             "visitors to stay at least 500 metres away. Wildreach ecologist Dr. Tamsin Peele said the birds "
             "were probably released as chicks on the mainland in 2019 as part of a reintroduction "
             "programme. If the pair raise young this year, it would be a significant milestone for the "
             "species in the region."),
         candidate=(
             "For the first time in over 100 years, a pair of golden eagles has nested on Harrow Island, the "
             "conservation charity Wildreach announced on Monday. Since the nest was found three weeks ago, "
             "volunteers have watched over it day and night, and visitors are being asked to keep a distance "
             "of at least 500 metres. According to Wildreach ecologist Dr. Tamsin Peele, the birds were "
             "released as chicks on the mainland in 2019 under a reintroduction scheme. Should the pair "
             "successfully rear chicks this year, it would mark an important milestone for the species in "
             "the region."),
         errors=[E("golden eagles", "entity", "major", "white-tailed eagles"),
                 E("the birds were released as chicks", "modality", "major",
                   "the birds were probably released as chicks")],
         traps=[T("in over 100 years", "in more than a century"),
                T("day and night", "around the clock")]),

    # I11 weather (floods), summary: number
    dict(domain="weather", mode="summary",
         reference=(
             "Three days of torrential rain caused the River Tallis to burst its banks on Thursday, flooding "
             "around 450 homes in the towns of Ebbridge and Lower Carrow. Emergency services rescued 62 "
             "people by boat, and a temporary shelter was opened in the Ebbridge sports hall. The national "
             "weather service recorded 138 millimetres of rain in 72 hours at its Carrow Hill station, more "
             "than the usual total for the whole of October. No deaths or serious injuries were reported. "
             "Water levels began to fall on Friday morning, but the environment agency warned that further "
             "showers forecast for the weekend could slow the recovery."),
         candidate=(
             "After three days of torrential rain, the River Tallis overflowed on Thursday, flooding roughly "
             "4,500 homes in Ebbridge and Lower Carrow; 62 people were rescued by boat and nobody was killed "
             "or seriously hurt. The 138 mm that fell in 72 hours exceeded a normal October's total. Levels "
             "were dropping by Friday, though weekend showers could delay the recovery."),
         errors=[E("roughly 4,500 homes", "number", "major", "around 450 homes")],
         traps=[T("overflowed", "burst its banks"),
                T("138 mm", "138 millimetres"),
                T("nobody was killed or seriously hurt", "No deaths or serious injuries were reported")]),

    # I12 technology (earnings), summary: polarity + attribution
    dict(domain="technology", mode="summary",
         reference=(
             "Software company Quillon reported on Thursday that its revenue rose 22 percent to 1.9 billion "
             "dollars in the third quarter, beating analysts' forecasts, helped by strong demand for its "
             "cloud accounting products. However, the company lowered its profit forecast for the full year, "
             "citing higher spending on data centres. Chief financial officer Dana Whitcombe said the "
             "company did not plan any job cuts despite the pressure on margins. Quillon's shares fell 7 "
             "percent in after-hours trading. Analysts at Brentwood Securities said the investment would pay "
             "off in the long run."),
         candidate=(
             "Quillon's third-quarter revenue grew 22% to $1.9bn, ahead of expectations, on the back of its "
             "cloud accounting products, but the software maker trimmed its full-year profit outlook because "
             "of heavier data-centre spending and said it was planning job cuts. The shares dropped 7% after "
             "hours; Quillon insisted the investment would pay off over time."),
         errors=[E("said it was planning job cuts", "polarity", "critical", "did not plan any job cuts"),
                 E("Quillon insisted", "attribution", "major", "Analysts at Brentwood Securities said")],
         traps=[T("$1.9bn", "1.9 billion dollars"),
                T("ahead of expectations", "beating analysts' forecasts"),
                T("trimmed its full-year profit outlook", "lowered its profit forecast for the full year")]),

    # I13 aviation, summary: event + addition
    dict(domain="aviation", mode="summary",
         reference=(
             "Regional airline SkyBrook will suspend its route between Tormouth and the island of Eskay from "
             "1 November, citing falling passenger numbers and rising fuel costs, the company said on "
             "Tuesday. The twice-daily service carried about 38,000 passengers last year, down from 52,000 "
             "in 2019. Island residents will still be able to travel by the ferry, which takes four hours. "
             "The Eskay island council called the decision 'a blow to the community' and said it would ask "
             "the national government to subsidise the route. SkyBrook said it could restore flights if "
             "support was offered."),
         candidate=(
             "Citing a drop in passengers and higher fuel costs, SkyBrook will cut its Tormouth–Eskay "
             "service to a single daily flight from November 1. Traffic on the route fell to about 38,000 "
             "passengers last year from 52,000 in 2019. Eskay's council, which called the move 'a blow to "
             "the community', will seek a government subsidy and has organised a protest outside the "
             "airline's headquarters."),
         errors=[E("will cut its Tormouth–Eskay service to a single daily flight", "event", "critical",
                   "will suspend its route between Tormouth and the island of Eskay"),
                 E("has organised a protest outside the airline's headquarters", "addition", "major", None)],
         traps=[T("a drop in passengers", "falling passenger numbers"),
                T("November 1", "1 November"),
                T("will seek a government subsidy", "would ask the national government to subsidise the route")]),

    # I14 agriculture (dairy), summary: role (nominalisation)
    dict(domain="agriculture", mode="summary",
         reference=(
             "The dairy cooperative Greenvale Farmers has agreed to buy the cheese maker Old Mill Creamery "
             "for an undisclosed sum, securing a steady outlet for the milk of its 420 member farms. Old "
             "Mill, based in the village of Ashcombe, employs 85 people and produces around 3,000 tonnes of "
             "cheese a year, much of it aged cheddar. Its founder, Margaret Lyle, 72, said she had chosen "
             "the cooperative because it promised to keep production in the village. Greenvale said it would "
             "invest £4 million in new ageing rooms over three years. The deal is expected to close in "
             "January."),
         candidate=(
             "The takeover of dairy cooperative Greenvale Farmers by Ashcombe cheese maker Old Mill Creamery, "
             "due to complete in January, will give the cooperative's 420 farms a reliable buyer for their "
             "milk. Founder Margaret Lyle said she picked the cooperative because it pledged to keep "
             "production in the village, and Greenvale plans to spend £4m on new ageing rooms over three "
             "years."),
         errors=[E("takeover of dairy cooperative Greenvale Farmers by Ashcombe cheese maker Old Mill Creamery",
                   "role", "critical",
                   "Greenvale Farmers has agreed to buy the cheese maker Old Mill Creamery")],
         traps=[T("due to complete in January", "expected to close in January"),
                T("pledged to keep production in the village", "promised to keep production in the village"),
                T("£4m", "£4 million")]),

    # I15 science (livestock methane), summary: modality + repetition
    dict(domain="science", mode="summary",
         reference=(
             "Researchers at the Kestrel Institute of Marine Biology have found that a common seaweed, "
             "Velaria orlandii, may help reduce methane emissions from cattle when added to feed in small "
             "amounts. In a 12-week trial with 48 cows on a research farm near Porth Edrin, animals given "
             "feed containing 1 percent dried seaweed produced on average 28 percent less methane, with no "
             "drop in milk yield. Study leader Dr. Oren Castellane said the results were promising but that "
             "longer trials were needed to check for effects on animal health and on the taste of milk. The "
             "study was published in the journal Animal Feed Science Reports."),
         candidate=(
             "A common seaweed, Velaria orlandii, cuts methane emissions from cattle when mixed into their "
             "feed, scientists at the Kestrel Institute of Marine Biology report. In a 12-week trial with 48 "
             "cows, a diet containing 1% dried seaweed lowered methane output by 28% on average without "
             "reducing milk yield. Study leader Dr. Oren Castellane called the results promising but said "
             "longer trials were needed. The cows fed the seaweed produced 28% less methane."),
         errors=[E("cuts methane emissions from cattle", "modality", "major",
                   "may help reduce methane emissions from cattle"),
                 E("The cows fed the seaweed produced 28% less methane.", "repetition", "minor", None)],
         traps=[T("1% dried seaweed", "1 percent dried seaweed"),
                T("without reducing milk yield", "with no drop in milk yield")]),

    # I16 culture (festival), translation (imagined Polish story): entity
    dict(domain="culture", mode="translation",
         reference=(
             "The international puppet theatre festival in Korwinowo will take place this year from 14 to "
             "20 July and will feature 38 companies from 17 countries, the organisers announced at a press "
             "conference on Wednesday. For the first time, performances will also be held in the courtyard "
             "of the old brewery, which the town bought two years ago. Festival director Halina Wróblewska "
             "said that around 60 percent of tickets for the indoor shows had already been sold. Open-air "
             "performances in the market square will again be free. The budget of the festival, 2.4 million "
             "zloty, is covered mostly by the town and the regional government."),
         candidate=(
             "This year's international festival of puppet theatre in Korwinowo will run from July 14 to 20, "
             "with 38 troupes from 17 countries taking part, organisers told journalists on Wednesday. Some "
             "shows will also be staged, for the first time, in the old mill's courtyard, a property the "
             "town purchased two years ago. About 60% of the tickets for indoor performances have already been "
             "sold, according to the festival's director, Halina Wróblewska. As in previous years, the "
             "open-air shows on the market square will cost nothing to attend. Most of the festival's "
             "2.4-million-zloty budget comes from the town and the regional authorities."),
         errors=[E("the old mill", "entity", "major", "the old brewery")],
         traps=[T("38 troupes", "38 companies"),
                T("organisers told journalists on Wednesday",
                  "the organisers announced at a press conference on Wednesday"),
                T("As in previous years, the open-air shows on the market square will cost nothing to attend",
                  "Open-air performances in the market square will again be free")]),

    # I17 health (surgery backlog), translation (imagined Swedish story): omission + attribution
    dict(domain="health", mode="translation",
         reference=(
             "The hospital in Kvarnby has had to postpone around 300 planned operations since the start of "
             "the year because of a shortage of anaesthetic nurses, the regional health authority confirmed "
             "on Tuesday. Patients waiting for hip and knee replacements have been hit hardest. According to "
             "the hospital's union representative, Lena Holmqvist, eight nurses have resigned since the "
             "autumn, mainly because of heavy workloads. The health authority plans to hire staff from a "
             "private agency as a temporary solution and says the backlog should be cleared by the summer. "
             "Patients who have waited more than 90 days can ask to be treated at another hospital."),
         candidate=(
             "Since January, Kvarnby hospital has been forced to put off some 300 scheduled operations "
             "because it does not have enough anaesthetic nurses, health chiefs for the region confirmed on "
             "Tuesday. Eight nurses have handed in their notice since the autumn, most of them because of "
             "excessive workloads, the health authority said. As a stopgap, the authority intends to bring "
             "in staff through a private agency, and it expects the backlog of operations to be cleared by "
             "summer. Anyone who has been waiting longer than 90 days may request treatment at a different "
             "hospital."),
         errors=[OMIT("Patients waiting for hip and knee replacements have been hit hardest.", "minor",
                      after="confirmed on Tuesday."),
                 E("the health authority said", "attribution", "major",
                   "According to the hospital's union representative, Lena Holmqvist")],
         traps=[T("Since January", "since the start of the year"),
                T("As a stopgap", "as a temporary solution"),
                T("longer than 90 days", "more than 90 days")]),

    # I18 energy, translation (imagined Dutch story): polarity
    dict(domain="energy", mode="translation",
         reference=(
             "The municipality of Westerhoorn has decided not to extend the permit for the gas-fired power "
             "station on the Noorddijk, which will therefore have to close by the end of 2026. The council "
             "took the decision on Thursday evening by 19 votes to 8. Operator Delta Vermogen said it was "
             "disappointed and was studying whether to go to court. The plant supplies heat to about 6,000 "
             "homes in the town; the municipality says a new heat network fed by a biomass boiler will take "
             "over that role. Environmental groups welcomed the decision."),
         candidate=(
             "Westerhoorn's local council has refused to renew the licence of the gas power plant on the "
             "Noorddijk, meaning the station must shut down no later than the end of 2026. The vote on "
             "Thursday evening was 19 to 8. Delta Vermogen, which runs the plant, expressed its "
             "disappointment and said it was looking into legal action. Some 6,000 households in the town "
             "get their heating from the station; according to the municipality, this will be taken over by "
             "a new district heating network supplied by a biomass boiler. Environmental organisations "
             "criticised the decision."),
         errors=[E("criticised the decision", "polarity", "major", "welcomed the decision")],
         traps=[T("has refused to renew the licence", "decided not to extend the permit"),
                T("no later than the end of 2026", "by the end of 2026"),
                T("was looking into legal action", "was studying whether to go to court")]),

    # I19 courts (corruption), translation (imagined Greek story): date
    dict(domain="courts", mode="translation",
         reference=(
             "The criminal court of Pyrgolimni sentenced a former mayor of the town, Stavros Kallinikos, to "
             "three years in prison on Friday for awarding public contracts to a company owned by his "
             "brother-in-law. The court suspended the sentence, so he will not go to prison unless he "
             "commits another offence within five years. Two former municipal officials were acquitted. The "
             "contracts, worth a total of 1.2 million euros, concerned road repairs carried out between 2016 "
             "and 2019. Kallinikos, who has always denied wrongdoing, announced through his lawyer that he "
             "would appeal."),
         candidate=(
             "On Friday, the Pyrgolimni criminal court handed Stavros Kallinikos, a former mayor of the town, "
             "a three-year prison term for steering public contracts to a firm belonging to his "
             "brother-in-law. Because the sentence was suspended, he will only be jailed if he reoffends in "
             "the next five years. Two ex-officials of the municipality were found not guilty. The "
             "contracts, together worth €1.2 million, covered road repairs done between 2006 and 2009. "
             "Kallinikos, who has consistently maintained his innocence, said through his lawyer that he "
             "would lodge an appeal."),
         errors=[E("between 2006 and 2009", "date", "major", "between 2016 and 2019")],
         traps=[T("were found not guilty", "were acquitted"),
                T("he will only be jailed if he reoffends in the next five years",
                  "he will not go to prison unless he commits another offence within five years"),
                T("has consistently maintained his innocence", "has always denied wrongdoing")]),

    # I20 manufacturing, translation (imagined Japanese story): event
    dict(domain="manufacturing", mode="translation",
         reference=(
             "The electronics maker Hoshikawa Denki will close its factory in the city of Minase at the end "
             "of March next year and move production of its car sensors to a plant in Vietnam, the company "
             "announced on Monday. About 350 employees work at the Minase factory. The company said it would "
             "offer all of them positions at its other sites in the country or early retirement with "
             "additional payments. Minase's mayor, Keiko Arata, said the closure was a serious blow to the "
             "local economy and asked the company to help find a new user for the site. The factory opened "
             "in 1979."),
         candidate=(
             "Hoshikawa Denki, the electronics manufacturer, said on Monday that it is selling its factory in "
             "Minase at the end of next March and shifting the production of its automotive sensors to a "
             "plant in Vietnam. Roughly 350 people are employed at the Minase site. All of them will be "
             "offered either a post at one of the company's other domestic locations or early retirement "
             "with extra compensation, the firm said. Keiko Arata, the mayor of Minase, called the closure a "
             "heavy blow for the local economy and urged the company to help find someone to take over the "
             "premises. The plant has been operating since 1979."),
         errors=[E("it is selling its factory", "event", "major", "will close its factory")],
         traps=[T("automotive sensors", "car sensors"),
                T("other domestic locations", "other sites in the country"),
                T("urged the company to help find someone to take over the premises",
                  "asked the company to help find a new user for the site"),
                T("has been operating since 1979", "opened in 1979")]),
]


# ---------------------------------------------------------------- building and validation

class SetError(Exception):
    pass


def nth_find(hay, needle, occ, what):
    """Offset of occurrence `occ` (0-based) of needle in hay; occ must be given if it repeats."""
    positions = [m.start() for m in re.finditer(re.escape(needle), hay)]
    if not positions:
        raise SetError("%s: %r not found" % (what, needle))
    if occ is None:
        if len(positions) > 1:
            raise SetError("%s: %r occurs %d times; give an occurrence index" % (what, needle, len(positions)))
        occ = 0
    if occ >= len(positions):
        raise SetError("%s: occurrence %d of %r does not exist" % (what, occ, needle))
    return positions[occ]


def is_word_char(c):
    return c.isalnum()


def check_boundaries(text, start, end, what):
    if start > 0 and start < len(text) and is_word_char(text[start - 1]) and is_word_char(text[start]):
        raise SetError("%s: span start %d cuts a word" % (what, start))
    if end > 0 and end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]):
        raise SetError("%s: span end %d cuts a word" % (what, end))


def words(text):
    return re.findall(r"[\w'’.,%€£$-]+", text)


def build_record(idx, case, label):
    rid = "s%d-%03d" % (SET_NO, idx)
    ref, cand = case["reference"], case["candidate"]
    errors, traps = [], []
    for e in case["errors"]:
        what = "%s error %r" % (rid, e["text"] or e["ref_text"])
        if e["kind"] == "omit":
            if e["after"] is not None:
                pos = nth_find(cand, e["after"], e["occ"], what) + len(e["after"])
            else:
                pos = nth_find(cand, e["before"], e["occ"], what)
            start = end = pos
        else:
            start = nth_find(cand, e["text"], e["occ"], what)
            end = start + len(e["text"])
        errors.append({"start": start, "end": end, "text": cand[start:end], "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
    for t in case["traps"]:
        what = "%s trap %r" % (rid, t["text"])
        start = nth_find(cand, t["text"], t["occ"], what)
        end = start + len(t["text"])
        traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": t["ref_text"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": case["domain"], "mode": case["mode"], "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def validate_record(r):
    rid, ref, cand = r["id"], r["reference"], r["candidate"]
    if r["mode"] not in MODES:
        raise SetError("%s: bad mode %r" % (rid, r["mode"]))
    if r["label"] not in ("consistent", "inconsistent"):
        raise SetError("%s: bad label" % rid)
    nref = len(words(ref))
    if not 70 <= nref <= 180:
        raise SetError("%s: reference has %d words (need 70-180)" % (rid, nref))
    if r["mode"] == "summary":
        if len(words(cand)) >= nref or len(cand) >= len(ref):
            raise SetError("%s: summary is not shorter than its reference" % rid)
    if r["label"] == "consistent":
        if r["errors"]:
            raise SetError("%s: consistent pair has errors" % rid)
        if not 3 <= len(r["traps"]) <= 5:
            raise SetError("%s: consistent pair needs 3-5 traps, has %d" % (rid, len(r["traps"])))
    else:
        if not 1 <= len(r["errors"]) <= 2:
            raise SetError("%s: inconsistent pair needs 1-2 errors" % rid)
    spans = []
    for e in r["errors"]:
        what = "%s error %r" % (rid, e["text"] or e["ref_text"])
        if e["type"] not in ERROR_TYPES:
            raise SetError("%s: bad type %r" % (what, e["type"]))
        if e["severity"] not in SEVERITIES:
            raise SetError("%s: bad severity" % what)
        if not (0 <= e["start"] <= e["end"] <= len(cand)):
            raise SetError("%s: offsets out of range" % what)
        if cand[e["start"]:e["end"]] != e["text"]:
            raise SetError("%s: offsets do not match text" % what)
        check_boundaries(cand, e["start"], e["end"], what)
        if e["type"] == "omission":
            if r["mode"] == "summary":
                raise SetError("%s: omission in a summary" % what)
            if e["start"] != e["end"] or e["text"] != "":
                raise SetError("%s: omission must be an empty span" % what)
            if not e["ref_text"]:
                raise SetError("%s: omission needs ref_text" % what)
            if e["ref_text"].lower() in cand.lower():
                raise SetError("%s: omitted words are present in the candidate" % what)
        else:
            if e["start"] == e["end"] or not e["text"].strip():
                raise SetError("%s: empty span" % what)
            if e["text"] != e["text"].strip():
                raise SetError("%s: span has outer whitespace" % what)
        if e["type"] in ("addition", "repetition"):
            if e["ref_text"] is not None:
                raise SetError("%s: %s must have ref_text null" % (what, e["type"]))
        else:
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise SetError("%s: ref_text %r not in reference" % (what, e["ref_text"]))
            if e["type"] != "omission" and e["text"].lower() == e["ref_text"].lower():
                raise SetError("%s: error text identical to ref_text" % what)
        if e["type"] == "repetition" and e["start"] == 0:
            raise SetError("%s: a repetition must be a later copy" % what)
        spans.append((e["start"], e["end"], what))
    for t in r["traps"]:
        what = "%s trap %r" % (rid, t["text"])
        if cand[t["start"]:t["end"]] != t["text"] or t["start"] >= t["end"]:
            raise SetError("%s: offsets do not match text" % what)
        if t["text"] != t["text"].strip():
            raise SetError("%s: span has outer whitespace" % what)
        check_boundaries(cand, t["start"], t["end"], what)
        if not t["ref_text"] or t["ref_text"] not in ref:
            raise SetError("%s: ref_text %r not in reference" % (what, t["ref_text"]))
        if t["text"].lower() == t["ref_text"].lower():
            raise SetError("%s: trap is worded exactly as the reference" % what)
        spans.append((t["start"], t["end"], what))
    # no overlaps (an empty omission point may not fall strictly inside another span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                p, other = (a, b) if a[0] == a[1] else (b, a)
                if other[0] < p[0] < other[1]:
                    raise SetError("%s: omission point inside %s" % (p[2], other[2]))
            elif a[0] < b[1] and b[0] < a[1]:
                raise SetError("spans overlap: %s / %s" % (a[2], b[2]))


def build():
    if len(CONSISTENT) != 20 or len(INCONSISTENT) != 20:
        raise SetError("need 20 consistent and 20 inconsistent cases")
    ordered = []
    for c, i in zip(CONSISTENT, INCONSISTENT):   # interleave the two labels
        ordered.append((c, "consistent"))
        ordered.append((i, "inconsistent"))
    records = [build_record(n + 1, case, label) for n, (case, label) in enumerate(ordered)]
    for r in records:
        validate_record(r)
    # composition checks
    if len(records) != 40:
        raise SetError("need 40 pairs")
    if len({r["id"] for r in records}) != 40:
        raise SetError("duplicate ids")
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        raise SetError("label counts %s" % dict(labels))
    modes = Counter(r["mode"] for r in records)
    if not (18 <= modes["rewrite"] <= 22 and 9 <= modes["summary"] <= 11 and 9 <= modes["translation"] <= 11):
        raise SetError("mode counts %s" % dict(modes))
    for m in MODES:
        for lab in ("consistent", "inconsistent"):
            if not any(r["mode"] == m and r["label"] == lab for r in records):
                raise SetError("no %s %s pair" % (lab, m))
    errs = [e for r in records for e in r["errors"]]
    if not 28 <= len(errs) <= 32:
        raise SetError("need about 30 errors, have %d" % len(errs))
    types = Counter(e["type"] for e in errs)
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise SetError("error type %s used %d times (need >= 2)" % (t, types[t]))
    sev = Counter(e["severity"] for e in errs)
    if sev["minor"] < 1 or sev["minor"] > len(errs) // 4:
        raise SetError("need a few minor errors, mostly major/critical: %s" % dict(sev))
    refs = [r["reference"] for r in records]
    if len(set(refs)) != len(refs):
        raise SetError("duplicate references")
    return records


def summary(records):
    errs = [e for r in records for e in r["errors"]]
    lines = ["pairs: %d  %s" % (len(records), dict(Counter(r["label"] for r in records))),
             "modes: %s" % dict(Counter(r["mode"] for r in records)),
             "errors: %d  %s" % (len(errs), dict(sorted(Counter(e["type"] for e in errs).items()))),
             "severity: %s" % dict(Counter(e["severity"] for e in errs)),
             "traps: %d (consistent pairs %d, inconsistent pairs %d)" % (
                 sum(len(r["traps"]) for r in records),
                 sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
                 sum(len(r["traps"]) for r in records if r["label"] == "inconsistent"))]
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = build()
    except SetError as exc:
        print("INVALID: %s" % exc, file=sys.stderr)
        return 1
    if not check_only:
        with open(OUT_PATH, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        # re-read and re-validate what was written
        with open(OUT_PATH, encoding="utf-8") as fh:
            again = [json.loads(line) for line in fh if line.strip()]
        for r in again:
            validate_record(r)
        if again != records:
            print("INVALID: written file differs from built records", file=sys.stderr)
            return 1
        print("wrote %s" % OUT_PATH)
    else:
        print("check passed (nothing written)")
    print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
