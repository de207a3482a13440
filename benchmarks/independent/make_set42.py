#!/usr/bin/env python3
"""Held-out evaluation set 42 for the fact-comparison tool.

How it was made: every pair was hand-written by a helper session that saw no
code or data of the project, working only from a short written brief.  All
people, companies, organisations, places and figures are invented (real
countries appear only as background).  Character offsets are never typed by
hand: the script finds every span by string search (with an explicit
occurrence index where a quoted text repeats), validates the whole set and
writes set42.jsonl next to this file.  `python3 make_set42.py --check`
validates only and writes nothing.

Composition: 40 pairs, one domain each.
  modes:  20 rewrite, 10 summary, 10 translation (half of each consistent)
  labels: 20 consistent (3-5 traps each), 20 inconsistent (0-2 traps each)
  errors: 30 in all -- entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 3, event 2, omission 2 (rewrite and
          translation only), addition 2, repetition 2; ten inconsistent
          pairs carry one error and ten carry two.
"""
import json
import os
import sys

CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append(dict(domain=domain, mode=mode, reference=reference,
                      candidate=candidate, errors=list(errors),
                      traps=list(traps)))


def E(type_, text, ref, sev, occ=None, anchor=None, side="after"):
    """An error. For omissions text is "" and anchor/side locate the gap."""
    return dict(type=type_, text=text, ref=ref, sev=sev, occ=occ,
                anchor=anchor, side=side)


def T(text, ref, occ=None):
    return dict(text=text, ref=ref, occ=occ)


# ---------------------------------------------------------------- rewrites
case("bonded stores", "rewrite",
     "Customs authorities in the port of Kellhaven have approved a licence for Marrow & Tane Logistics to "
     "open a second bonded store on the Eastquay industrial estate, the company said on Thursday. The "
     "14,000-square-metre warehouse will hold imported spirits, tobacco and wine without duty being paid "
     "until the goods leave the site. Marrow & Tane said the facility would create about 60 jobs and is "
     "expected to open in March 2025. Chief executive Odile Farrant said demand from importers had doubled "
     "over the past three years, leaving the company's existing store at Westmoor running at full capacity. "
     "The licence is conditional on the installation of a new perimeter camera system, which customs officers "
     "will inspect before any goods are admitted.",
     "Marrow & Tane Logistics has been granted a licence by Kellhaven port's customs authorities to open "
     "another bonded store, on the Eastquay industrial estate, the firm announced on Thursday. Imported wine, "
     "spirits and tobacco will be kept in the 14,000 sq m warehouse with duty deferred until they leave the "
     "premises. The facility would create roughly 60 jobs and is likely to open in March 2025, according to "
     "the company. Its existing Westmoor store is operating at full capacity because importer demand has "
     "doubled in the past three years, chief executive Odile Farrant said. Before any goods are admitted, "
     "customs officers will inspect a new perimeter camera system, whose installation is a condition of the "
     "licence.",
     traps=[T("Kellhaven port's customs authorities", "Customs authorities in the port of Kellhaven"),
            T("another bonded store", "a second bonded store"),
            T("14,000 sq m", "14,000-square-metre"),
            T("with duty deferred until they leave the premises",
              "without duty being paid until the goods leave the site"),
            T("is likely to open", "is expected to open")])

case("geothermal baths", "rewrite",
     "The municipal geothermal baths in Valbreck will close for eight weeks from 3 June while engineers "
     "replace the pumps that draw water from a 1,200-metre borehole, the town council announced. The work, "
     "budgeted at 2.4 million euros, is being funded jointly by the council and the regional tourism agency, "
     "which is contributing 40 percent. Council spokesman Henrik Ostrand said the pumps, installed in 1987, "
     "had failed twice last winter, forcing the pools to shut for several days each time. Season-ticket "
     "holders will be offered a two-month extension. The outdoor lagoon pool, which is fed by a separate "
     "spring, will remain open throughout the works.",
     "Valbreck's municipal geothermal baths are to shut for two months starting on 3 June so that engineers "
     "can replace the pumps drawing water from a 1,200-metre borehole, the town council said. The regional "
     "tourism agency is covering 60 percent of the 2.4 million euro bill, with the council paying the "
     "remainder. The pumps date from 1987 and broke down twice last winter, each time closing the pools for "
     "several days, according to council spokesman Henrik Ostrand. Holders of season tickets will get a "
     "two-month extension, while the outdoor lagoon pool, supplied by a separate spring, stays open for the "
     "duration.",
     errors=[E("number", "60 percent", "40 percent", "major")],
     traps=[T("two months", "eight weeks", occ=0),
            T("broke down twice", "had failed twice"),
            T("for the duration", "throughout the works")])

case("olive presses", "rewrite",
     "The Sant'Aurelio cooperative, which runs the largest olive press in the Valdorso valley, said on Monday "
     "it had processed 18,500 tonnes of olives in the season that ended in January, up from 12,300 tonnes a "
     "year earlier. Yields recovered after two years of drought, the cooperative said, although oil content "
     "per tonne remained below the ten-year average. The group's 430 member growers will receive an advance "
     "payment of 0.62 euros per kilogram of olives by the end of February, with a final settlement due in May "
     "once the oil has been sold. Director Lucia Brenna said the cooperative would not raise its milling fee "
     "this year despite higher electricity costs.",
     "The Sant'Aurelio cooperative, operator of the Valdorso valley's biggest olive press, milled 18,500 "
     "tonnes of olives in the season to January, roughly half as much again as the 12,300 tonnes of the "
     "previous year, it said on Monday. Although yields recovered following two drought years, the oil "
     "content of each tonne was still lower than the ten-year average, according to the cooperative. By the "
     "end of February its 430 member growers will be paid an advance of 62 cents per kilo of olives; the final "
     "settlement will follow in May, after the oil is sold. Despite higher power bills, the milling fee will "
     "not go up this year, director Lucia Brenna said.",
     traps=[T("roughly half as much again as the 12,300 tonnes of the previous year",
              "up from 12,300 tonnes a year earlier"),
            T("two drought years", "two years of drought"),
            T("62 cents per kilo", "0.62 euros per kilogram"),
            T("higher power bills", "higher electricity costs"),
            T("the milling fee will not go up this year",
              "would not raise its milling fee this year")])

case("radon testing", "rewrite",
     "Homeowners in the Dunmere district will be offered free radon tests from next month after a survey "
     "found that one in five homes tested exceeded the national action level, the regional health board said "
     "on Wednesday. The board will send detector kits by post to 6,000 households in the areas considered at "
     "highest risk. Residents must return the detectors after three months for laboratory analysis. Where "
     "readings exceed 200 becquerels per cubic metre, owners may apply for grants of up to 3,000 pounds "
     "towards remediation work such as sump installation. Dr Aileen Corrow, the board's head of environmental "
     "health, said radon was the second leading cause of lung cancer after smoking.",
     "Free radon tests will be offered to Dunmere homeowners starting next month, the regional health board "
     "said on Wednesday, after a survey showed that a fifth of the homes it tested were above the national "
     "action level. Detector kits will be posted to 6,000 households. After three months residents must send "
     "the detectors back for laboratory analysis. Owners whose readings top 200 becquerels per cubic metre "
     "will receive grants of up to 3,000 pounds for remediation work such as installing a sump. Radon is the "
     "second biggest cause of lung cancer after smoking, according to Dr Aileen Corrow, the board's head of "
     "environmental health.",
     errors=[E("omission", "", "in the areas considered at highest risk", "major",
               anchor="posted to 6,000 households"),
             E("modality", "will receive grants", "may apply for grants", "major")],
     traps=[T("a fifth of the homes it tested", "one in five homes tested")])

case("sail lofts", "rewrite",
     "Harwick Sails, a sail loft founded in 1962 in the harbour town of Pellow, has been bought by the yacht "
     "equipment group Corran Marine for an undisclosed sum, the two companies said on Friday. Corran said it "
     "would keep all 34 staff and continue to make sails under the Harwick name at the Pellow loft. The deal "
     "gives Corran its first in-house sailmaking capacity; until now it has sourced sails from outside "
     "suppliers for the roughly 300 boats it fits out each year. Harwick's managing director, Tomas Leary, who "
     "is the founder's grandson, will stay on for at least two years to oversee the transition. The "
     "acquisition is subject to approval by competition regulators.",
     "Yacht equipment group Corran Marine has acquired Pellow sail loft Harwick Sails, which was set up in "
     "1962, the companies announced on Friday without disclosing the price. All 34 employees will be retained "
     "and sails will still be made under the Harwick brand at the loft in Pellow, Corran said. Until now "
     "Corran has bought in sails from external suppliers for the approximately 300 boats it fits out annually, "
     "so the purchase gives it sailmaking capability of its own for the first time. Tomas Leary, Harwick's "
     "managing director and grandson of its founder, will remain for a minimum of two years to manage the "
     "handover. Competition regulators must still approve the deal.",
     traps=[T("without disclosing the price", "for an undisclosed sum"),
            T("All 34 employees will be retained", "would keep all 34 staff"),
            T("approximately 300 boats it fits out annually", "roughly 300 boats it fits out each year"),
            T("for a minimum of two years", "for at least two years"),
            T("Competition regulators must still approve the deal",
              "The acquisition is subject to approval by competition regulators")])

case("swing bridges", "rewrite",
     "The Carrow Street swing bridge in Lissendale will reopen to road traffic on 14 October, two weeks later "
     "than planned, after contractors found corrosion in the turning mechanism, the city's transport "
     "department said on Tuesday. The 1894 bridge, which pivots to let vessels pass along the Aller canal, has "
     "been closed since April for a 5.8 million pound restoration. The department said the delay would not "
     "increase the cost of the project because the extra work would be covered by the contingency budget. "
     "Once it reopens, the bridge will not swing open for boats between 7am and 9am on weekdays. Pedestrians "
     "have been using a temporary footbridge during the works.",
     "Lissendale's Carrow Street swing bridge will reopen to vehicles a fortnight behind schedule, on 28 "
     "October, because contractors discovered corrosion in its turning mechanism, the city transport "
     "department said on Tuesday. Built in 1894 and pivoting to allow vessels along the Aller canal, the "
     "bridge has been shut since April for a 5.8 million pound restoration. The extra work will be paid for "
     "from the contingency budget, so the delay will not add to the project's cost, the department said. On "
     "weekdays, once it is back in use, the bridge will not swing open for boats between 7am and 9am. "
     "Throughout the works pedestrians have used a temporary footbridge.",
     errors=[E("date", "on 28 October", "on 14 October", "major")],
     traps=[T("a fortnight behind schedule", "two weeks later than planned"),
            T("will not add to the project's cost", "would not increase the cost of the project")])

case("chain ferries", "rewrite",
     "The chain ferry linking Ostby and Marle across the river Tenne returned to service on Saturday after a "
     "six-week refit, the operator Tenne Crossings said. The vessel, which is hauled across the 380-metre "
     "crossing on two steel chains, carries up to 32 cars and makes about 70 crossings a day. During the "
     "refit, both chains were replaced and the hydraulic ramps were overhauled at a cost of 640,000 euros. "
     "Fares will rise by 50 cents to 4.50 euros per car from 1 July, the first increase since 2019. "
     "Operations manager Birgit Hald said the ferry had been out of action for less time than expected because "
     "the new chains arrived early.",
     "Tenne Crossings said its chain ferry between Ostby and Marle, on the river Tenne, was back in service on "
     "Saturday following a refit lasting six weeks. Pulled along two steel chains over the 380-metre crossing, "
     "the ferry takes a maximum of 32 cars and crosses around 70 times daily. Both chains were renewed and the "
     "hydraulic ramps overhauled in the refit, which cost 640,000 euros. From 1 July the fare for a car will "
     "go up from 4 euros to 4.50 euros, the first rise since 2019. Because the new chains were delivered ahead "
     "of schedule, the ferry was out of action for a shorter period than anticipated, operations manager "
     "Birgit Hald said.",
     traps=[T("takes a maximum of 32 cars", "carries up to 32 cars"),
            T("crosses around 70 times daily", "makes about 70 crossings a day"),
            T("will go up from 4 euros to 4.50 euros", "will rise by 50 cents to 4.50 euros"),
            T("were delivered ahead of schedule", "arrived early"),
            T("for a shorter period than anticipated", "for less time than expected")])

case("heating oil", "rewrite",
     "Brennock Fuels, a heating oil distributor serving 22,000 rural households in the Carradale region, has "
     "agreed to be taken over by its larger rival Westfield Energy in a deal worth 38 million pounds, the "
     "companies said on Monday. Westfield, which already supplies about 65,000 customers, said the combined "
     "business would operate 140 delivery tankers from nine depots. Brennock's depot at Ardnish will close, "
     "and its 11 staff will be offered jobs at the Westfield site eight miles away. The deal comes after "
     "heating oil prices rose by nearly a third over the winter. Westfield said customer prices would not "
     "change as a result of the merger.",
     "Heating oil distributor Brennock Fuels, which serves 22,000 rural households in the Carradale region, "
     "is to take over its larger rival Westfield Energy for 38 million pounds, the companies announced on "
     "Monday. Westfield already supplies about 65,000 customers, and the combined company will operate 140 "
     "delivery tankers out of nine depots, it said. Brennock's Ardnish depot is to close, with its 11 "
     "employees offered jobs at the Westfield site eight kilometres away. The deal follows a rise of almost a "
     "third in heating oil prices over the winter. Westfield said the merger would not lead to any change in "
     "customer prices.",
     errors=[E("role",
               "Brennock Fuels, which serves 22,000 rural households in the Carradale region, is to take over "
               "its larger rival Westfield Energy",
               "has agreed to be taken over by its larger rival Westfield Energy", "critical"),
             E("number", "eight kilometres away", "eight miles away", "minor")],
     traps=[T("a rise of almost a third in heating oil prices", "heating oil prices rose by nearly a third")])

case("barometer making", "rewrite",
     "Aldous & Penn, one of the last firms in Britain still making mercury barometers by hand, will stop "
     "using mercury by the end of next year and switch entirely to aneroid instruments, the company said. The "
     "workshop in the village of Stollbury, which employs nine craftsmen, currently produces around 400 "
     "barometers a year, of which roughly a quarter contain mercury. Managing director Ruth Aldous said "
     "tightening restrictions on the sale of mercury devices had made the instruments increasingly difficult "
     "to export. The firm will continue to repair and restore antique mercury barometers for existing "
     "customers. It said prices for its aneroid models, which start at 850 pounds, would not rise as a result "
     "of the change.",
     "By the end of next year Aldous & Penn, among the last British firms still hand-making mercury "
     "barometers, will have phased out mercury and will make only aneroid instruments, it said. About 100 of "
     "the roughly 400 barometers produced each year by the nine craftsmen at its Stollbury workshop currently "
     "contain mercury. Exporting the instruments has become ever harder as restrictions on selling mercury "
     "devices have tightened, managing director Ruth Aldous said. The firm will still repair and restore "
     "antique mercury barometers for its existing customers. The change will not push up the price of its "
     "aneroid models, which start at 850 pounds, the company said.",
     traps=[T("among the last British firms", "one of the last firms in Britain"),
            T("will make only aneroid instruments", "switch entirely to aneroid instruments"),
            T("About 100", "roughly a quarter"),
            T("has become ever harder", "increasingly difficult"),
            T("will not push up the price of its aneroid models", "would not rise")])

case("rum distilleries", "rewrite",
     "Cane Hill Distillers, the largest rum producer on the island of San Corvo, said on Thursday that it had "
     "not yet decided whether to build a second distillery, despite reports that a site had already been "
     "chosen. The company said it was studying three possible locations and expected to make a decision by "
     "the end of the year. Its existing distillery at Punta Mora produced 2.1 million litres of rum last year, "
     "up 12 percent, and is operating close to capacity. Chairman Esteban Ruales told shareholders that any "
     "expansion would be financed without new borrowing. Exports, mainly to Europe and Canada, account for "
     "about 70 percent of sales.",
     "San Corvo's biggest rum producer, Cane Hill Distillers, said on Thursday it had yet to decide whether to "
     "build a second distillery, notwithstanding reports that a site had already been selected. Three possible "
     "locations are under study, and the company expects to reach a decision before the year is out. Last "
     "year its Punta Mora distillery, which is running near capacity, turned out 2.1 million litres of rum, "
     "12 percent more than the year before. Chairman Esteban Ruales told shareholders any expansion would be "
     "funded through new borrowing. Around 70 percent of sales come from exports, chiefly to Europe and "
     "Canada.",
     errors=[E("polarity", "would be funded through new borrowing", "would be financed without new borrowing",
               "major")],
     traps=[T("had yet to decide", "had not yet decided"),
            T("before the year is out", "by the end of the year")])

case("midwifery units", "rewrite",
     "The Halbrook health trust has postponed plans to close its midwife-led birth unit at Fernleigh Community "
     "Hospital following a public consultation in which more than 4,000 people responded, the trust's board "
     "said on Tuesday. The unit, which handled 212 births last year, had been due to close in September "
     "because of staff shortages. The board said it would instead keep the unit open for at least another 12 "
     "months while it tries to recruit six additional midwives. If recruitment fails, the closure proposal "
     "will be brought back to the board next autumn. Women who are booked to give birth at the unit should "
     "continue to attend their antenatal appointments as normal, the trust said.",
     "After a public consultation in which over 4,000 people took part, Halbrook health trust's board said on "
     "Tuesday that the trust had put on hold its plans to shut the midwife-led birth unit at Fernleigh "
     "Community Hospital. Staff shortages had meant the unit, where 212 births took place last year, was due "
     "to close in September. Instead it will stay open for a minimum of a further year while the trust "
     "attempts to hire six more midwives, the board said. Should that effort fail, the proposal to close it "
     "will return to the board next autumn. Women booked to give birth there should keep attending their "
     "antenatal appointments as usual, the trust said.",
     traps=[T("over 4,000 people took part", "more than 4,000 people responded"),
            T("put on hold its plans to shut", "postponed plans to close"),
            T("for a minimum of a further year", "for at least another 12 months"),
            T("hire six more midwives", "recruit six additional midwives"),
            T("Should that effort fail", "If recruitment fails")])

case("mud volcanoes", "rewrite",
     "Geologists from the Karsava Institute of Earth Sciences have recorded a sharp increase in activity at "
     "the Dashkend mud volcano, about 40 kilometres south of the coastal city of Verani, the institute said on "
     "Friday. Sensors detected gas emissions three times higher than normal over the past week, and a new vent "
     "opened on the volcano's eastern flank on Wednesday. The institute said there was no immediate danger to "
     "nearby villages but advised visitors to keep at least 500 metres from the crater. Mud volcanoes in the "
     "region erupt every few decades; the last major eruption at Dashkend, in 1998, sent flames 300 metres "
     "into the air. Regional authorities have closed the access road as a precaution.",
     "Activity at the Dashkend mud volcano, some 40 km south of the coastal city of Karsava, has risen "
     "sharply, geologists from the Karsava Institute of Earth Sciences said on Friday. Over the past week "
     "sensors have measured gas emissions at triple the usual level, and on Wednesday a new vent opened on the "
     "volcano's eastern flank. Nearby villages face no immediate danger, according to the institute, but "
     "visitors are advised to stay at least 500 metres away from the crater. The region's mud volcanoes erupt "
     "every few decades; when Dashkend last erupted in a major way, in 1998, flames shot 300 metres into the "
     "air. The access road has been closed by regional authorities as a precaution.",
     errors=[E("entity", "Karsava", "Verani", "major", occ=0)],
     traps=[T("some 40 km", "about 40 kilometres"),
            T("at triple the usual level", "three times higher than normal")])

case("child minders", "rewrite",
     "The number of registered child minders in the county of Westrell has fallen by 18 percent in two years, "
     "to 1,140, according to figures published on Monday by the county's early years service. Officials said "
     "rising insurance premiums and new paperwork requirements introduced in 2023 were the main reasons given "
     "by those leaving the profession. The service plans to offer start-up grants of 750 pounds to new child "
     "minders and will pay for their first-aid training. Councillor Margaret Oyelaran, who chairs the "
     "children's committee, said the decline was putting pressure on nurseries, many of which already have "
     "waiting lists of more than six months. The grants will be available from January.",
     "Westrell's early years service published figures on Monday showing that registered child minders in the "
     "county have dropped by almost a fifth over two years, to 1,140. Those quitting the profession mainly "
     "cited rising insurance premiums and the new paperwork requirements brought in in 2023, officials said. "
     "The service plans to offer new child minders 750-pound start-up grants, available from January, and "
     "will pay for their first-aid training. Nurseries, many of which already have waiting lists longer than "
     "six months, are coming under pressure from the decline, said Councillor Margaret Oyelaran, chair of the "
     "children's committee.",
     traps=[T("by almost a fifth", "by 18 percent"),
            T("Those quitting the profession", "those leaving the profession"),
            T("750-pound start-up grants", "start-up grants of 750 pounds"),
            T("waiting lists longer than six months", "waiting lists of more than six months"),
            T("chair of the children's committee", "who chairs the children's committee")])

case("ticket machines", "rewrite",
     "Nordvale Rail will remove cash-only ticket machines from 45 of its smaller stations by the end of March "
     "and replace them with machines that accept cards and mobile payments, the operator said on Wednesday. "
     "About 8 percent of tickets at those stations are still bought with cash, according to company figures. "
     "Passenger group Rail Users Nordvale criticised the move, saying older travellers and people without bank "
     "accounts would be left out. The operator said passengers who wish to pay cash would be able to buy "
     "tickets on board from conductors without facing a penalty fare. The 3.2 million pound programme is part "
     "of a wider upgrade of station facilities.",
     "Cash-only ticket machines at 45 of Nordvale Rail's smaller stations will be taken out by the end of "
     "March and replaced with machines that take cards and mobile payments, following a similar switch at its "
     "larger stations last year, the operator announced on Wednesday. Company figures show around 8 percent "
     "of tickets at those stations are still paid for in cash. The operator conceded that older travellers "
     "and people without bank accounts would be left out, but said those wishing to pay cash could buy "
     "tickets from conductors on board without being charged a penalty fare. The 3.2 million pound programme "
     "forms part of a broader upgrade of station facilities.",
     errors=[E("addition", "following a similar switch at its larger stations last year", None, "major"),
             E("attribution", "The operator conceded",
               "Passenger group Rail Users Nordvale criticised the move, saying", "major")],
     traps=[T("without being charged a penalty fare", "without facing a penalty fare")])

case("dam inspections", "rewrite",
     "An inspection of the Grelmoor reservoir dam has found no structural defects, but engineers have "
     "recommended that its spillway be widened to cope with more intense rainfall, the water company Aventon "
     "Water said on Thursday. The 62-metre earth dam, completed in 1931, holds about 18 billion litres of water "
     "and supplies roughly 150,000 homes. Under national rules, large dams must be inspected by an independent "
     "panel engineer at least once every ten years. Aventon said it would carry out the spillway work, "
     "estimated to cost 9 million pounds, between 2026 and 2028. The reservoir will remain in use throughout, "
     "and the company said water supplies would not be affected.",
     "Aventon Water said on Thursday that an inspection of its Grelmoor reservoir dam had found no structural "
     "defects, though engineers advised widening the spillway so it can handle heavier rainfall. Finished in "
     "1931, the 62-metre earth dam holds some 18bn litres and serves around 150,000 homes. National rules "
     "require large dams to be examined by an independent panel engineer no less than once a decade. The "
     "spillway work, which is expected to cost 9 million pounds, will be carried out between 2026 and 2028, "
     "Aventon said, adding that the reservoir will stay in use throughout and water supplies will not be "
     "affected.",
     traps=[T("engineers advised widening the spillway",
              "engineers have recommended that its spillway be widened"),
            T("Finished in 1931", "completed in 1931"),
            T("some 18bn litres", "about 18 billion litres of water"),
            T("no less than once a decade", "at least once every ten years")])

case("show caves", "rewrite",
     "The Ordaine show cave in the Vessan hills could reopen to visitors by Easter after a rockfall closed it "
     "last November, its operator Ordaine Grottes said on Monday. Geotechnical surveys have found the main "
     "gallery to be stable, but a section of the lower walkway will stay shut until steel netting has been "
     "installed. The cave, which attracts around 90,000 visitors a year, is the region's third most visited "
     "tourist site. Manager Claire Vautrin said the company had lost about 400,000 euros in ticket revenue "
     "during the closure and had kept all 23 seasonal staff on reduced pay. Guided tours will be limited to "
     "groups of 15 for the first month.",
     "Closed by a rockfall last November, the Ordaine show cave in the Vessan hills will reopen to visitors by "
     "Easter, operator Ordaine Grottes said on Monday. Geotechnical surveys show the main gallery is stable, "
     "though part of the lower walkway will remain closed until steel netting is installed. With some 90,000 "
     "visitors a year, the cave ranks as the region's third most popular tourist site. The company lost "
     "roughly 400,000 euros in ticket sales while it was shut and kept all 23 seasonal employees on reduced "
     "pay, manager Claire Vautrin said. For the first month, guided tours will be capped at 15 people per "
     "group, and part of the lower walkway will remain closed until steel netting is installed.",
     errors=[E("modality", "will reopen to visitors by Easter", "could reopen to visitors by Easter", "major"),
             E("repetition", "part of the lower walkway will remain closed until steel netting is installed",
               None, "minor", occ=1)],
     traps=[T("capped at 15 people per group", "limited to groups of 15")])

case("divorce mediation", "rewrite",
     "Separating couples in the province of Aldmark will be required to attend at least one mediation session "
     "before applying to court over child arrangements, under rules that take effect on 1 September, the "
     "provincial justice ministry said. The sessions will be free for couples with a combined annual income "
     "below 40,000 euros; others will pay a fixed fee of 120 euros each. Cases involving domestic abuse will be "
     "exempt. Ministry figures show that about 60 percent of couples who tried mediation in a pilot scheme "
     "last year reached an agreement without going to court. Justice minister Paulo Vierling said the change "
     "was intended to reduce delays in the family courts, where the average case now takes 41 weeks.",
     "From 1 September, couples who separate in Aldmark province will have to go to a minimum of one mediation "
     "session before they can take a dispute over child arrangements to court, the provincial justice "
     "ministry said. Couples whose joint yearly income is under 40,000 euros will not pay for the sessions, "
     "while other couples will each be charged a flat 120 euros. The requirement will not apply in cases of "
     "domestic abuse. In a pilot last year, roughly three in five couples who tried mediation reached "
     "agreement without going to court, according to ministry figures. The aim is to cut delays in the family "
     "courts, where cases currently take 41 weeks on average, justice minister Paulo Vierling said.",
     traps=[T("a minimum of one mediation session", "at least one mediation session"),
            T("will not pay for the sessions", "The sessions will be free"),
            T("each be charged a flat 120 euros", "pay a fixed fee of 120 euros each"),
            T("The requirement will not apply in cases of domestic abuse",
              "Cases involving domestic abuse will be exempt"),
            T("roughly three in five couples", "about 60 percent of couples")])

case("glamping", "rewrite",
     "Planning officers in the Corrie Dale national park have rejected an application to build 24 glamping "
     "pods on farmland near the village of Ashlin, saying the development would harm the landscape. The "
     "applicant, Fellside Escapes, had argued the pods would bring about 9,000 visitor nights a year and "
     "support local shops. More than 300 objections were lodged, including one from the parish council. "
     "Fellside director Owen Marsh said the company was disappointed and would consider an appeal. The park "
     "authority approved a smaller scheme of six pods on a neighbouring farm last year.",
     "An application by Fellside Escapes for 24 glamping pods on farmland close to Ashlin has been turned down "
     "by planning officers in the Corrie Dale national park on the grounds that it would damage the "
     "landscape. The company had said the pods would generate around 9,000 visitor nights annually and help "
     "local shops. Over 300 objections were submitted, among them one from the parish council. Fellside "
     "director Owen Marsh said the company was disappointed and had appealed against the decision. Last year "
     "the park authority gave the go-ahead for a smaller, six-pod scheme on a neighbouring farm.",
     errors=[E("event", "had appealed against the decision", "would consider an appeal", "major")],
     traps=[T("has been turned down", "have rejected"),
            T("gave the go-ahead for", "approved")])

case("community orchards", "rewrite",
     "Volunteers in the town of Hexley planted 120 fruit trees on Saturday to create the area's largest "
     "community orchard, on a former bowling green owned by the town council. The trees, mainly local "
     "varieties of apple, pear and plum, were paid for with a 6,500 pound grant from the Brightwater Trust. The "
     "council has leased the land to the Hexley Orchard Group for 25 years at a nominal rent of one pound a "
     "year. Group chairman Dev Pattani said the first significant harvest was expected in about four years, "
     "and fruit would be shared among volunteers and local food banks. Around 80 people, including pupils "
     "from two primary schools, took part in the planting.",
     "On Saturday around 80 volunteers, pupils from two primary schools among them, planted 120 fruit trees "
     "on an old bowling green belonging to Hexley town council, creating the biggest community orchard in the "
     "area. A 6,500 pound grant from the Brightwater Trust covered the cost of the trees, most of which are "
     "local apple, pear and plum varieties. The Hexley Orchard Group has a 25-year lease on the land from the "
     "council at a token rent of a pound a year. The first sizeable harvest should come in roughly four "
     "years, said group chairman Dev Pattani, and the fruit will be divided between volunteers and local food "
     "banks.",
     traps=[T("an old bowling green belonging to Hexley town council",
              "a former bowling green owned by the town council"),
            T("covered the cost of the trees", "were paid for with"),
            T("most of which are local apple, pear and plum varieties",
              "mainly local varieties of apple, pear and plum"),
            T("a token rent of a pound a year", "a nominal rent of one pound a year"),
            T("should come in roughly four years", "was expected in about four years")])

case("soybean crushing", "rewrite",
     "Agroveda, a soybean processor based in the river port of Santa Lúcia do Norte, will build a new crushing "
     "plant with capacity to process 1.5 million tonnes of beans a year, the company said on Tuesday. The 280 "
     "million dollar plant is due to start operating in 2027 and will produce soymeal for animal feed and oil "
     "for food and biodiesel. Chief executive Rafael Monteiro said the investment did not depend on government "
     "incentives, but the company had asked the state for help improving the road linking the site to the "
     "highway. The plant is expected to create 400 permanent jobs. Agroveda currently operates two smaller "
     "plants with a combined capacity of 2 million tonnes.",
     "Soybean processor Agroveda, based in the river port of Santa Lúcia do Norte, said on Tuesday it would "
     "build a new crushing plant able to handle 1.5 million tonnes of beans annually. Costing 280 million "
     "dollars, the plant is scheduled to come on stream in 2027 and will make soymeal for animal feed as well "
     "as oil for food and biodiesel. Chief executive Rafael Monteiro said the investment hinged on government "
     "incentives, and the company had asked the state to help upgrade the road connecting the site to the "
     "highway. Some 400 permanent jobs are expected to be created. Agroveda's two existing, smaller plants can "
     "together process 2 million tonnes.",
     errors=[E("polarity", "the investment hinged on government incentives",
               "the investment did not depend on government incentives", "critical")],
     traps=[T("is scheduled to come on stream in 2027", "is due to start operating in 2027"),
            T("can together process 2 million tonnes", "with a combined capacity of 2 million tonnes")])

# --------------------------------------------------------------- summaries
case("wills and probate", "summary",
     "The Ministry of Justice of the Republic of Estravia will cut probate fees for estates worth less than "
     "100,000 crowns from 1 April, the ministry announced on Monday. Under the new scale, the flat fee of 1,500 "
     "crowns for small estates will be abolished, while fees for estates above 500,000 crowns will rise from "
     "2,000 to 2,600 crowns. The ministry said about 70 percent of estates would pay less or nothing. It also "
     "said the average time taken to issue a grant of probate had fallen from 16 weeks to nine weeks since an "
     "online application system was introduced in 2022. The Estravian Bar Association welcomed the cut for "
     "small estates but warned that the increase for larger ones could encourage families to avoid the "
     "probate process.",
     "From 1 April Estravia will abolish the 1,500-crown flat probate fee for small estates and raise the fee "
     "for estates above 500,000 crowns from 2,000 to 2,600 crowns; about seven in ten estates will pay less or "
     "nothing, the justice ministry said. Since online applications began in 2022, the average wait for a "
     "grant of probate has dropped from 16 to nine weeks. The bar association backed the cut but warned the "
     "rise for larger estates could lead families to avoid probate.",
     traps=[T("about seven in ten estates", "about 70 percent of estates"),
            T("Since online applications began in 2022",
              "since an online application system was introduced in 2022"),
            T("the average wait for a grant of probate has dropped from 16 to nine weeks",
              "the average time taken to issue a grant of probate had fallen from 16 weeks to nine weeks"),
            T("The bar association", "The Estravian Bar Association"),
            T("could lead families to avoid probate",
              "could encourage families to avoid the probate process")])

case("taxi medallions", "summary",
     "The city of Port Ambry will buy back up to 300 taxi medallions from owners who bought them at the height "
     "of the market, after the city council voted 9-4 in favour on Wednesday. Medallions, which give the right "
     "to operate a licensed taxi, traded for as much as 420,000 dollars in 2014 but are now worth about 90,000 "
     "dollars following the arrival of ride-hailing apps. Under the scheme, proposed by councillor Dana "
     "Whitlock and opposed by Mayor Victor Anselm, the city will pay 150,000 dollars for each medallion, "
     "funded by a 50-cent surcharge on every ride-hail trip. Applications open on 2 May and close on 30 June. "
     "The ride-hail company Zoomly said it would challenge the surcharge in court.",
     "Port Ambry's council voted 9-4 on Wednesday to buy back up to 300 taxi medallions, now worth about "
     "90,000 dollars against a 2014 peak of 420,000, paying 150,000 dollars each from a 50-cent ride-hail "
     "surcharge. The scheme, proposed by Mayor Victor Anselm and opposed by councillor Dana Whitlock, takes "
     "applications from 30 June. Zoomly plans to contest the surcharge in court.",
     errors=[E("role", "proposed by Mayor Victor Anselm and opposed by councillor Dana Whitlock",
               "proposed by councillor Dana Whitlock and opposed by Mayor Victor Anselm", "major"),
             E("date", "from 30 June", "on 2 May", "major")],
     traps=[T("plans to contest the surcharge in court", "said it would challenge the surcharge in court")])

case("weather vanes", "summary",
     "A weather vane in the shape of a gilded cockerel, stolen from the spire of St Brannoc's church in Lower "
     "Tethby in 2019, has been found by police in a barn about 30 miles away, Wexmoor Police said on Friday. "
     "The 18th-century vane, valued at about 45,000 pounds, was recovered during a search connected to an "
     "unrelated investigation into stolen farm machinery. Two men, aged 41 and 56, have been arrested on "
     "suspicion of handling stolen goods and released on bail. The parish council said the vane would be "
     "restored by a specialist metalworker before being returned to the spire, which is expected to take "
     "about a year. Churchwarden Alice Penhaligon said villagers had never given up hope of seeing it again.",
     "Police have found a gilded 18th-century cockerel weather vane, worth some 45,000 pounds, that was stolen "
     "from St Brannoc's church spire in Lower Tethby in 2019; it was in a barn about 30 miles away and turned "
     "up during an unrelated search for stolen farm machinery. Two men, 41 and 56, were arrested on suspicion "
     "of handling stolen goods and bailed. Specialist restoration, expected to last around a year, will come "
     "before its return to the spire.",
     traps=[T("worth some 45,000 pounds", "valued at about 45,000 pounds"),
            T("during an unrelated search for stolen farm machinery",
              "during a search connected to an unrelated investigation into stolen farm machinery"),
            T("were arrested on suspicion of handling stolen goods and bailed",
              "have been arrested on suspicion of handling stolen goods and released on bail"),
            T("expected to last around a year", "expected to take about a year")])

case("kombucha brewing", "summary",
     "Fermentis Drinks, a kombucha brewer based in the city of Lanmoor, has recalled about 12,000 bottles of "
     "its ginger and turmeric flavour after tests found that some had continued fermenting and could burst, "
     "the national food safety agency said on Thursday. The affected bottles carry best-before dates between "
     "10 and 24 August. No injuries have been reported. Customers are advised not to open the bottles but to "
     "return them to the shop for a full refund. The company said a fault in a pasteurisation unit had been "
     "identified and repaired, and that other flavours were not affected. Fermentis, founded in 2016, sells "
     "about 3 million bottles a year through supermarkets and cafés.",
     "Lanmoor kombucha brewer Fermentis Drinks has recalled about 12,000 bottles of its ginger and turmeric "
     "flavour, its second recall this year, after tests showed some were still fermenting and could burst. "
     "Bottles with best-before dates of 10 to 24 August should be returned unopened to the shop for a full "
     "refund; no injuries have been reported. The firm said it had fixed a faulty pasteurisation unit and "
     "that other flavours were unaffected.",
     errors=[E("addition", "its second recall this year", None, "major")],
     traps=[T("should be returned unopened to the shop for a full refund",
              "not to open the bottles but to return them to the shop for a full refund")])

case("snooker halls", "summary",
     "The Green Baize Club, the oldest snooker hall in the city of Tarrowgate, will close at the end of June "
     "after 87 years because its landlord has sold the building to a housing developer, the club's owners "
     "said on Sunday. The hall, which has 14 tables and about 450 members, was where former world finalist "
     "Denny Rourke learned to play as a teenager. Owners Pat and Maureen Gilfoyle said they had looked at six "
     "alternative premises but could not find one large enough at an affordable rent. A campaign to save the "
     "club has gathered more than 5,000 signatures. The developer, Calder Homes, plans to build 38 flats on "
     "the site and has offered to include a plaque marking the club's history.",
     "Tarrowgate's oldest snooker hall, the 87-year-old Green Baize Club, will shut at the end of June after "
     "its landlord sold the building to developer Calder Homes, which plans 38 flats there. The 14-table "
     "club, where former world finalist Denny Rourke learned the game as a teenager, has around 450 members. "
     "None of the six alternative premises its owners looked at was both large enough and affordable. A "
     "campaign to save it has collected over 5,000 signatures.",
     traps=[T("the 87-year-old Green Baize Club", "after 87 years"),
            T("which plans 38 flats there", "plans to build 38 flats on the site"),
            T("None of the six alternative premises its owners looked at was both large enough and affordable",
              "had looked at six alternative premises but could not find one large enough at an affordable rent"),
            T("has collected over 5,000 signatures", "has gathered more than 5,000 signatures")])

case("borax mining", "summary",
     "Salar Blanco Minerals said on Monday it had raised its estimate of borax reserves at its Quebrada Honda "
     "mine to 48 million tonnes, up from 31 million tonnes, after a two-year drilling programme. The company "
     "said the larger reserves would extend the life of the mine by about 15 years, to 2061. Chief executive "
     "Inés Carvajal said the firm would increase output by a quarter by 2027, but an independent analyst, "
     "Tomás Riquelme of Andes Resource Research, cautioned that demand growth from the glass and ceramics "
     "industries was slowing. Shares in the company rose 7 percent. The mine employs about 900 people and "
     "produces borax used in fibreglass insulation, detergents and fertilisers.",
     "Salar Blanco Minerals has raised its borax reserve estimate for the Quebrada Honda mine by 48 million "
     "tonnes after two years of drilling, extending the mine's life by around 15 years to 2061, and its "
     "shares rose 7 percent. The company plans to lift output by 25 percent by 2027, though chief executive "
     "Inés Carvajal cautioned that demand growth from glass and ceramics makers was slowing.",
     errors=[E("number", "by 48 million tonnes", "to 48 million tonnes", "major"),
             E("attribution", "chief executive Inés Carvajal cautioned",
               "an independent analyst, Tomás Riquelme of Andes Resource Research, cautioned", "major")],
     traps=[T("lift output by 25 percent", "increase output by a quarter")])

case("fig orchards", "summary",
     "Fig growers in the Almerón valley expect this year's harvest to be about 20 percent smaller than last "
     "year's after a late frost in April damaged early fruit, the growers' association Higueras del Almerón "
     "said on Tuesday. The association, which represents 210 farms covering some 3,400 hectares, said the main "
     "crop, picked in August and September, should be less affected than the early 'breba' figs. Prices for "
     "fresh figs are likely to rise as a result, it said. The regional agriculture department has opened a "
     "compensation scheme for growers who lost more than 30 percent of their crop, with claims accepted until "
     "15 July. Last year the valley produced about 26,000 tonnes of figs, most of it exported to France and "
     "Germany.",
     "Almerón valley fig growers, whose association represents 210 farms on around 3,400 hectares, expect a "
     "harvest about a fifth below last year's 26,000 tonnes after an April frost hit the early breba figs; the "
     "main August-September crop should suffer less. Fresh fig prices will probably rise. Growers who lost "
     "over 30 percent of their crop can claim regional compensation until 15 July.",
     traps=[T("about a fifth below last year's", "about 20 percent smaller than last year's"),
            T("will probably rise", "are likely to rise"),
            T("over 30 percent", "more than 30 percent"),
            T("can claim regional compensation until 15 July", "with claims accepted until 15 July")])

case("manhole covers", "summary",
     "Thieves stole 46 cast-iron manhole covers from streets in the eastern districts of Calloway over the "
     "past month, the city's highways department said on Wednesday, leaving open shafts that posed a serious "
     "danger to pedestrians and cyclists. A cyclist was injured last week after riding into an uncovered drain "
     "on Mercer Road. The department said it would replace stolen covers with composite ones that have no "
     "scrap value, at a cost of about 180 pounds each. Police believe the covers are being sold to scrap metal "
     "dealers and have urged dealers to report anyone offering them. Councillor Hamid Rezaei said the thefts "
     "had cost the city about 25,000 pounds so far.",
     "Thieves have taken 46 cast-iron manhole covers in eastern Calloway in the past month, leaving dangerous "
     "open shafts; a cyclist was hurt last week after riding into an uncovered drain on Calloway Road. The "
     "highways department will fit composite replacements with no scrap value, at around 180 pounds each, and "
     "police have asked scrap dealers to report anyone offering the covers. The thefts have so far cost the "
     "city about 25,000 pounds.",
     errors=[E("entity", "Calloway Road", "Mercer Road", "minor")],
     traps=[T("composite replacements with no scrap value", "composite ones that have no scrap value")])

case("banana blight", "summary",
     "Agricultural authorities in the province of Río Verde have confirmed that a fungal disease known as "
     "Tropical Race 4 has been detected on two banana farms near the town of Puerto Salinas, the first cases "
     "in the province. The disease, which attacks the plant's roots and cannot be cured with fungicides, can "
     "survive in soil for decades. The provincial agriculture secretary, Carmen Ibarra, said the two farms, "
     "covering a combined 85 hectares, had been placed under quarantine and that vehicles leaving them would "
     "be disinfected. Banana exports from Río Verde were worth about 640 million dollars last year and the "
     "sector employs roughly 35,000 people. The province has asked the national government for 12 million "
     "dollars to fund surveillance.",
     "Tropical Race 4, a root fungus that fungicides cannot cure and that can persist in soil for decades, has "
     "been found for the first time in Río Verde province, on two banana farms near Puerto Salinas. The farms, "
     "85 hectares in total, are quarantined and vehicles leaving them will be disinfected. The province, whose "
     "banana exports earned some 640 million dollars last year, is seeking 12 million dollars from the "
     "national government for surveillance.",
     traps=[T("a root fungus that fungicides cannot cure",
              "attacks the plant's roots and cannot be cured with fungicides"),
            T("can persist in soil for decades", "can survive in soil for decades"),
            T("85 hectares in total", "covering a combined 85 hectares"),
            T("earned some 640 million dollars", "were worth about 640 million dollars"),
            T("is seeking 12 million dollars from the national government",
              "has asked the national government for 12 million dollars")])

case("sewer fatbergs", "summary",
     "Engineers from Ressing Water have begun removing a fatberg estimated to weigh 130 tonnes from a "
     "Victorian sewer beneath the centre of Kilbride Cross, the utility said on Monday. The mass of congealed "
     "fat, wet wipes and other waste stretches for about 250 metres and has reduced the sewer's capacity by "
     "nearly 90 percent. Removal is expected to take up to eight weeks, with crews using high-pressure jets "
     "and hand tools. The company said the blockage might have caused sewage to flood homes if it had not been "
     "found during a routine inspection. It urged residents and restaurants not to pour cooking fat down "
     "drains or flush wet wipes. Some of the fat will be converted into biodiesel.",
     "Ressing Water has begun removing an estimated 130-tonne fatberg, stretching about 250 metres, from a "
     "Victorian sewer under central Kilbride Cross; it has cut the sewer's capacity by almost 90 percent. "
     "Removal should take up to eight weeks. Had it not been found in a routine inspection, the blockage would "
     "have flooded homes with sewage, the utility said, urging people not to pour cooking fat down drains or "
     "flush wet wipes. Some of the fat, stretching about 250 metres, will be made into biodiesel.",
     errors=[E("modality", "would have flooded homes with sewage", "might have caused sewage to flood homes",
               "major"),
             E("repetition", "stretching about 250 metres", None, "minor", occ=1)],
     traps=[T("cut the sewer's capacity by almost 90 percent", "reduced the sewer's capacity by nearly 90 percent"),
            T("Removal should take up to eight weeks", "Removal is expected to take up to eight weeks")])

# ------------------------------------------------------------ translations
case("lobster hatcheries", "translation",
     "The lobster hatchery at Fjellvik, on Norway's west coast, released 40,000 juvenile lobsters into the sea "
     "this summer, twice as many as last year, the foundation that runs it said on Thursday. The young "
     "lobsters are raised for about four months in heated tanks before being released at depths of 10 to 20 "
     "metres. According to foundation director Sigrid Holmøy, surveys show that the number of lobsters caught "
     "by divers in the area has risen by around a third since releases began in 2018. The project receives "
     "3.5 million kroner a year from the county and local fishermen's associations. Fishing for lobster in "
     "the release zone remains banned until 2026.",
     "This summer the Fjellvik lobster hatchery on the western coast of Norway put 40,000 young lobsters into "
     "the sea, double last year's figure, according to the foundation operating it, which made the "
     "announcement on Thursday. Before release at a depth of between 10 and 20 metres, the juveniles spend "
     "roughly four months being reared in heated tanks. Surveys indicate that divers in the area are catching "
     "about one-third more lobsters than before the releases started in 2018, said Sigrid Holmøy, the "
     "foundation's director. Each year the county and local fishermen's associations provide the project with "
     "3.5 million kroner. A ban on lobster fishing in the zone where they are released will stay in place "
     "until 2026.",
     traps=[T("double last year's figure", "twice as many as last year"),
            T("at a depth of between 10 and 20 metres", "at depths of 10 to 20 metres"),
            T("roughly four months", "about four months"),
            T("about one-third more lobsters", "has risen by around a third"),
            T("will stay in place until 2026", "remains banned until 2026")])

case("learner drivers", "translation",
     "From 1 March, learner drivers in Spain's Vallorta region will have to complete at least 20 hours of "
     "supervised motorway and night-time driving before they can book a practical test, the regional traffic "
     "authority announced yesterday. The measure follows a rise in accidents involving drivers in their first "
     "year after passing the test, who were involved in 14 percent of serious crashes last year. Driving "
     "schools will be allowed to count up to five of the 20 hours on approved simulators. The authority's "
     "director, Mercedes Oyarzun, said the waiting time for a test, currently about 11 weeks, was not expected "
     "to increase. The rules will not apply to learners who have already booked a test.",
     "Learner drivers in the Vallorta region of Spain will, from 1 March, be required to log a minimum of 20 "
     "hours of supervised motorway driving after booking their practical test, the regional traffic authority "
     "said yesterday. The change comes in response to an increase in accidents among newly qualified drivers "
     "in their first year, who were involved in 14 percent of serious collisions last year. Driving schools "
     "may count up to five of the 20 hours done on approved simulators. The current wait of roughly 11 weeks "
     "for a test is not expected to get longer, according to Mercedes Oyarzun, who heads the authority. "
     "Learners who already have a test booked will be exempt from the rules.",
     errors=[E("omission", "", "and night-time", "major", anchor="supervised motorway"),
             E("date", "after booking their practical test", "before they can book a practical test", "major")],
     traps=[T("may count", "will be allowed to count"),
            T("who heads the authority", "The authority's director")])

case("cocoa cooperatives", "translation",
     "The Kpandé cocoa cooperative in western Côte d'Ivoire has begun paying its 1,800 members a bonus of 150 "
     "CFA francs per kilogram for beans certified as grown without deforestation, the cooperative's president, "
     "Yao Konan Bertin, announced on Saturday. The bonus is financed by a European chocolate maker under a "
     "five-year contract signed in January. To qualify, farmers must map their plots by GPS and allow "
     "inspectors to visit twice a year. About 60 percent of members have already completed the mapping. The "
     "cooperative expects to sell around 4,200 tonnes of certified beans this season, compared with 2,500 "
     "tonnes of conventional beans last season.",
     "On Saturday Yao Konan Bertin, who chairs the Kpandé cocoa cooperative in the west of Ivory Coast, said "
     "the cooperative had started paying its 1,800 members a premium of 150 CFA francs a kilo for beans "
     "certified as deforestation-free. The money comes from a European chocolate manufacturer under a "
     "five-year agreement signed in January. Farmers are eligible only if they record their plots with GPS "
     "mapping and let inspectors visit two times a year. Roughly three-fifths of the members have already "
     "mapped their plots. This season the cooperative expects to sell some 4,200 tonnes of certified beans, "
     "against 2,500 tonnes of conventional beans last season.",
     traps=[T("who chairs the Kpandé cocoa cooperative", "the cooperative's president"),
            T("a premium of 150 CFA francs a kilo", "a bonus of 150 CFA francs per kilogram"),
            T("certified as deforestation-free", "certified as grown without deforestation"),
            T("two times a year", "twice a year"),
            T("Roughly three-fifths of the members", "About 60 percent of members")])

case("silver mines", "translation",
     "Minera Cerro Plata has sold its stake in the San Emigdio silver mine, near the town of Santa Irene in "
     "northern Mexico, to the Canadian company Northvein Metals for 210 million dollars, the seller said in a "
     "statement on Tuesday. The mine produced 6.8 million ounces of silver last year and employs about 1,100 "
     "workers. Northvein said it would invest a further 45 million dollars to extend the underground workings "
     "and keep the mine operating until at least 2035. The workers' union said it had received assurances "
     "that existing contracts would be respected. The transaction still requires approval from Mexico's "
     "competition authority.",
     "Minera Cerro Plata has bought the Canadian firm Northvein Metals' stake in the San Emigdio silver mine, "
     "close to the town of Santa Irene in the north of Mexico, for 210 million dollars, according to a "
     "statement issued by the seller on Tuesday. Last year the mine yielded 6.8 million ounces of silver; it "
     "has a workforce of around 1,100. Northvein announced that it would put another 45 million dollars into "
     "extending the underground galleries so that the mine keeps running until 2035 at least. According to "
     "the miners' union, it has been assured that current contracts will be honoured. Mexico's competition "
     "regulator has yet to approve the deal.",
     errors=[E("role", "Minera Cerro Plata has bought the Canadian firm Northvein Metals",
               "Minera Cerro Plata has sold its stake in the San Emigdio silver mine, near the town of Santa "
               "Irene in northern Mexico, to the Canadian company Northvein Metals", "critical")],
     traps=[T("until 2035 at least", "until at least 2035"),
            T("has yet to approve the deal", "still requires approval")])

case("plasma donation", "translation",
     "Plasma donors in the German city of Kaltenbrück will receive 30 euros per visit instead of 25 euros from "
     "1 July, the regional blood donation service announced on Monday. The service said it needed to increase "
     "plasma collection by 15 percent this year to meet demand from manufacturers of medicines for patients "
     "with immune deficiencies. Donors can give plasma up to 60 times a year, with at least two days between "
     "donations. The service's medical director, Dr Jonas Reuther, said a new donation centre with 24 beds "
     "would open in the city centre in the autumn. Currently only about 3 percent of eligible adults in the "
     "region donate plasma.",
     "Starting on 1 July, people who give plasma in Kaltenbrück, Germany, will be paid 30 euros for each "
     "visit, up from 25 euros, the regional blood donation service said on Monday. To satisfy demand from "
     "companies that make drugs for patients with immune deficiencies, the service says it must collect 15 "
     "percent more plasma this year. Plasma may be donated as many as 60 times a year, provided there are at "
     "least 48 hours between donations. In the autumn a new 24-bed donation centre will open in the city "
     "centre, according to Dr Jonas Reuther, the service's medical director. At present, only roughly one in "
     "33 eligible adults in the region gives plasma.",
     traps=[T("up from 25 euros", "instead of 25 euros"),
            T("it must collect 15 percent more plasma", "it needed to increase plasma collection by 15 percent"),
            T("as many as 60 times a year", "up to 60 times a year"),
            T("at least 48 hours between donations", "at least two days between donations"),
            T("roughly one in 33 eligible adults", "about 3 percent of eligible adults")])

case("log burners", "translation",
     "Owners of wood-burning stoves in the Danish municipality of Skovlund will not be banned from using them "
     "on days of high air pollution, the municipal council decided on Wednesday, rejecting a proposal from its "
     "environment committee. Instead, the council will expand a scrapping scheme, run jointly with the "
     "utility Skovlund Forsyning, that pays households 4,000 kroner to replace stoves installed before 2008 "
     "with modern models. About 2,300 older stoves remain in use in the municipality, according to the local "
     "chimney sweep service. Environment committee chair Lene Bertelsen said she was disappointed, noting that "
     "wood smoke accounts for roughly half of local fine-particle emissions in winter. The scrapping scheme "
     "will run until the end of 2026.",
     "The municipal council of Skovlund, in Denmark, decided on Wednesday that owners of wood stoves will be "
     "banned from using them on days of heavy air pollution, rejecting a proposal from its environment "
     "committee. The council will instead extend a scrapping programme, operated together with the national "
     "environment agency, under which households receive 4,000 kroner for replacing stoves installed before "
     "2008 with modern ones. According to the local chimney-sweeping service, around 2,300 older stoves are "
     "still in use in the municipality. The chair of the environment committee, Lene Bertelsen, expressed "
     "disappointment and pointed out that in winter roughly half of local fine-particle emissions come from "
     "wood smoke. The scrapping programme will continue until the end of 2026.",
     errors=[E("polarity", "will be banned from using them on days of heavy air pollution",
               "will not be banned from using them on days of high air pollution", "critical"),
             E("entity", "the national environment agency", "the utility Skovlund Forsyning", "major")],
     traps=[T("expressed disappointment", "said she was disappointed")])

case("sheet music publishing", "translation",
     "The music publisher Edition Lindtner, based in the Austrian town of Ebenwald, will digitise its entire "
     "archive of about 38,000 printed scores over the next three years, the company announced on Thursday. The "
     "project, which will cost around 1.2 million euros, is being supported by a grant of 400,000 euros from a "
     "private foundation. Managing director Helga Lindtner, the founder's great-granddaughter, said that works "
     "out of copyright would be made available online free of charge, while newer editions would be sold as "
     "downloads. The publisher, founded in 1879, still prints about 150 new editions a year, mainly of chamber "
     "music. Its printing works in the suburb of Unterhollen will not be affected by the project.",
     "Edition Lindtner, a music publisher in the Austrian town of Ebenwald, said on Thursday that in the "
     "coming three years it would digitise its whole archive of roughly 38,000 printed scores. A private "
     "foundation is contributing 400,000 euros towards the project, whose cost is put at about 1.2 million "
     "euros. Works no longer protected by copyright will be put online for free, and more recent editions "
     "will be offered as paid downloads, according to managing director Helga Lindtner, a great-granddaughter "
     "of the founder. Founded in 1879, the firm continues to print around 150 new editions each year, chiefly "
     "of chamber music. The project will have no impact on its printing plant in the suburb of Unterhollen.",
     traps=[T("its whole archive of roughly 38,000 printed scores", "its entire archive of about 38,000 printed scores"),
            T("A private foundation is contributing 400,000 euros",
              "is being supported by a grant of 400,000 euros from a private foundation"),
            T("Works no longer protected by copyright", "works out of copyright"),
            T("offered as paid downloads", "sold as downloads"),
            T("will have no impact on", "will not be affected by")])

case("citrus greening", "translation",
     "Citrus greening disease has been found on 38 percent of orange trees in the Vale do Anhumas growing "
     "area, up from 24 percent two years ago, according to a survey published on Tuesday by the growers' "
     "research fund Fundo Citrícola. The bacterial disease, spread by a small insect, makes fruit bitter and "
     "eventually kills the tree. The fund's researchers recommended that growers remove infected trees "
     "immediately and coordinate insecticide spraying with neighbouring farms. The state agriculture "
     "secretary, Paulo Andrade, said the government would double the number of inspectors in the region. The "
     "area produces roughly a fifth of Brazil's oranges for juice.",
     "A survey released on Tuesday by the state agriculture department shows that citrus greening now affects "
     "38 percent of the orange trees in the Vale do Anhumas growing region, compared with 24 percent two years "
     "earlier. Transmitted by a tiny insect, the bacterial disease turns the fruit bitter and ultimately kills "
     "the tree. Growers have started uprooting infected trees straight away and coordinating insecticide "
     "spraying with neighbouring farms, on the advice of researchers. Paulo Andrade, the state's agriculture "
     "secretary, said the government would double the number of inspectors in the region. Around one-fifth of "
     "Brazil's juice oranges come from the area.",
     errors=[E("attribution", "by the state agriculture department", "by the growers' research fund Fundo Citrícola",
               "major"),
             E("event", "Growers have started uprooting infected trees straight away",
               "recommended that growers remove infected trees immediately", "major")],
     traps=[T("Around one-fifth of Brazil's juice oranges", "roughly a fifth of Brazil's oranges for juice")])

case("drone racing", "translation",
     "The city of Hanseo will host South Korea's national drone racing championship for the first time this "
     "October, the Korea Aerial Racing Association announced on Friday. Around 120 pilots are expected to "
     "compete over three days on an indoor course at the city's former textile exhibition hall. Drones in the "
     "top class can reach speeds of more than 150 kilometres per hour. The association said prize money would "
     "total 80 million won, twice last year's amount. Spectator tickets will go on sale next month, priced at "
     "15,000 won for adults, while children under 12 will be admitted free. City officials said they hoped "
     "the event would attract about 10,000 visitors.",
     "For the first time, Hanseo will be the venue for South Korea's national drone racing championship, to be "
     "held this October, the Korea Aerial Racing Association said on Friday. Some 120 pilots are expected to "
     "race during the three-day event on an indoor circuit in the city's old textile exhibition hall. In the "
     "top category, drones are capable of exceeding 150 km/h. Total prize money will be 80 million won, "
     "double last year's figure, according to the association. Tickets for spectators go on sale next month "
     "and cost 15,000 won for adults; under-12s get in free. The city hopes the championship will draw roughly "
     "10,000 visitors, officials said.",
     traps=[T("the three-day event", "over three days"),
            T("are capable of exceeding 150 km/h", "can reach speeds of more than 150 kilometres per hour"),
            T("double last year's figure", "twice last year's amount"),
            T("under-12s get in free", "children under 12 will be admitted free"),
            T("draw roughly 10,000 visitors", "attract about 10,000 visitors")])

case("capsule hotels", "translation",
     "Capsule hotel operator Nemuri Box will open 12 new hotels in Japan over the next two years, bringing its "
     "total to 31, the company announced on Wednesday. The expansion will focus on regional cities near major "
     "railway stations, where demand from business travellers and foreign tourists has grown. Average "
     "occupancy across the chain reached 87 percent in the last financial year, compared with 71 percent a "
     "year earlier. President Haruto Kishida said about 40 percent of capsules in the new hotels would be "
     "reserved for women, up from a quarter in existing locations. The company plans to invest about 6 "
     "billion yen in the expansion, financed partly through bank loans.",
     "Nemuri Box, which operates capsule hotels, said on Wednesday it would open 12 more hotels in Japan "
     "within the next two years, taking the total to 31. The new openings will concentrate on regional cities "
     "close to major railway stations, where demand from foreign tourists and business travellers has risen. "
     "Over the last financial year the chain's average occupancy rate climbed to 87 percent from 71 percent "
     "the year before. About two in five capsules at the new hotels will be set aside for women, compared "
     "with 25 percent at existing sites, according to president Haruto Kishida. The company intends to spend "
     "roughly 600 million yen on the expansion, partly funded by bank loans.",
     errors=[E("number", "600 million yen", "6 billion yen", "major")],
     traps=[T("About two in five capsules", "about 40 percent of capsules"),
            T("compared with 25 percent at existing sites", "up from a quarter in existing locations")])


# ------------------------------------------------------- build & validate
DOMAINS = [
    "bonded stores", "geothermal baths", "olive presses", "radon testing", "sail lofts", "swing bridges",
    "chain ferries", "heating oil", "barometer making", "rum distilleries", "midwifery units",
    "mud volcanoes", "child minders", "ticket machines", "dam inspections", "show caves",
    "divorce mediation", "glamping", "community orchards", "soybean crushing", "wills and probate",
    "taxi medallions", "weather vanes", "kombucha brewing", "snooker halls", "borax mining",
    "fig orchards", "manhole covers", "banana blight", "sewer fatbergs", "lobster hatcheries",
    "learner drivers", "cocoa cooperatives", "silver mines", "plasma donation", "log burners",
    "sheet music publishing", "citrus greening", "drone racing", "capsule hotels",
]
TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution", "event",
         "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}


class Invalid(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Invalid(msg)


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(hay, needle, occ, where):
    hits = occurrences(hay, needle)
    need(hits, "%s: %r not found" % (where, needle))
    if occ is None:
        need(len(hits) == 1, "%s: %r occurs %d times; give occ" % (where, needle, len(hits)))
        occ = 0
    need(0 <= occ < len(hits), "%s: occ %d of %r out of range" % (where, occ, needle))
    return hits[occ]


def word_ok(s, start, end):
    """True if [start, end) does not cut a word at either edge."""
    left = start == 0 or not (s[start - 1].isalnum() and s[start].isalnum()) if start < len(s) else True
    right = end == len(s) or not (s[end - 1].isalnum() and s[end].isalnum()) if end > 0 else True
    return left and right


def build():
    need(len(CASES) == 40, "expected 40 cases, got %d" % len(CASES))
    need(sorted(c["domain"] for c in CASES) == sorted(DOMAINS), "domains must match the list, once each")
    records = []
    for n, c in enumerate(CASES, 1):
        rid = "s42-%03d" % n
        ref, cand = c["reference"], c["candidate"]
        need(c["mode"] in ("rewrite", "summary", "translation"), rid + ": bad mode")
        for label, txt in (("reference", ref), ("candidate", cand)):
            need(txt == txt.strip() and "  " not in txt, "%s: stray whitespace in %s" % (rid, label))
        nwords = len(ref.split())
        need(70 <= nwords <= 190, "%s: reference has %d words" % (rid, nwords))
        if c["mode"] == "summary":
            need(len(cand) < len(ref) and len(cand.split()) < nwords, rid + ": summary not shorter")
        need(ref != cand, rid + ": identical texts")
        spans = []
        errors = []
        for e in c["errors"]:
            t = e["type"]
            need(t in TYPES, "%s: bad type %s" % (rid, t))
            need(e["sev"] in SEVERITIES, "%s: bad severity" % rid)
            if t == "omission":
                need(c["mode"] != "summary", rid + ": omission in a summary")
                need(e["text"] == "" and e["anchor"], rid + ": omission needs empty text and an anchor")
                a = locate(cand, e["anchor"], None, rid + " omission anchor")
                pos = a + len(e["anchor"]) if e["side"] == "after" else a
                start = end = pos
                need(e["ref"] and e["ref"] in ref, rid + ": omission ref_text not in reference")
                need(e["ref"].lower() not in cand.lower(), rid + ": omitted words present in candidate")
                need(word_ok(cand, pos, pos), rid + ": omission point inside a word")
            else:
                need(e["text"] and e["text"] == e["text"].strip(), rid + ": empty or padded error text")
                start = locate(cand, e["text"], e["occ"], rid + " error")
                end = start + len(e["text"])
                if t in ("addition", "repetition"):
                    need(e["ref"] is None, "%s: %s must have ref_text null" % (rid, t))
                else:
                    need(e["ref"] and e["ref"] in ref, "%s: ref_text %r not in reference" % (rid, e["ref"]))
                    need(e["ref"] != e["text"], rid + ": error text equals its ref_text")
                if t == "repetition":
                    need(cand.find(e["text"]) < start, rid + ": repetition has no earlier copy")
                need(word_ok(cand, start, end), "%s: span %r cuts a word" % (rid, e["text"]))
            need(cand[start:end] == e["text"], rid + ": offset mismatch")
            spans.append((start, end, "error " + t))
            errors.append({"start": start, "end": end, "text": e["text"], "type": t,
                           "severity": e["sev"], "ref_text": e["ref"]})
        traps = []
        for tr in c["traps"]:
            need(tr["text"] and tr["text"] == tr["text"].strip(), rid + ": empty or padded trap")
            start = locate(cand, tr["text"], tr["occ"], rid + " trap")
            end = start + len(tr["text"])
            need(tr["ref"] in ref, "%s: trap ref_text %r not in reference" % (rid, tr["ref"]))
            need(tr["ref"] != tr["text"], rid + ": trap identical to reference wording")
            need(word_ok(cand, start, end), "%s: trap %r cuts a word" % (rid, tr["text"]))
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": tr["text"], "ref_text": tr["ref"]})
        spans.sort()
        for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
            overlap = s2 < e1 or (s1 == e1 == s2) or (s2 == e2 and s1 < s2 < e1)
            need(not overlap, "%s: %s and %s overlap" % (rid, k1, k2))
        label = "inconsistent" if errors else "consistent"
        if label == "consistent":
            need(3 <= len(traps) <= 5, "%s: consistent pair needs 3-5 traps" % rid)
        else:
            need(len(traps) <= 3, "%s: inconsistent pair has too many traps" % rid)
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: x["start"])
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
                        "candidate": cand, "label": label, "errors": errors, "traps": traps})
    # composition
    from collections import Counter
    modes = Counter(r["mode"] for r in records)
    need(modes == {"rewrite": 20, "summary": 10, "translation": 10}, "mode counts %s" % modes)
    for m, k in modes.items():
        nc = sum(1 for r in records if r["mode"] == m and r["label"] == "consistent")
        need(nc * 2 == k, "%s: %d of %d consistent" % (m, nc, k))
    types = Counter(e["type"] for r in records for e in r["errors"])
    need(sum(types.values()) == 30, "expected 30 errors, got %d" % sum(types.values()))
    for t in TYPES:
        need(types[t] >= 2, "type %s has %d errors" % (t, types[t]))
    per = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    need(max(per) <= 2, "an inconsistent pair has more than 2 errors")
    return records


def main():
    try:
        records = build()
    except Invalid as exc:
        print("INVALID:", exc)
        return 1
    from collections import Counter
    print("valid: %d pairs" % len(records))
    print("modes:", dict(Counter(r["mode"] for r in records)))
    print("labels:", dict(Counter(r["label"] for r in records)))
    print("by mode/label:", dict(Counter((r["mode"], r["label"]) for r in records)))
    types = Counter(e["type"] for r in records for e in r["errors"])
    print("errors:", sum(types.values()), dict((t, types[t]) for t in TYPES))
    print("severities:", dict(Counter(e["severity"] for r in records for e in r["errors"])))
    print("traps:", sum(len(r["traps"]) for r in records))
    if "--check" in sys.argv[1:]:
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set42.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
