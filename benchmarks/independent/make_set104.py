#!/usr/bin/env python3
"""Build held-out evaluation set 104 (N = 104) for the fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code and no data
of the project (no files under the main tree, the shared tree or any existing
benchmark); it worked only from a written brief. All people, companies,
organisations, places and figures are invented; real countries appear at most
as background (currencies and the like). The cases live below as Python data.
No character offset is typed by hand: every span is located by string search
in the candidate (with an explicit occurrence index where a quoted text
repeats), omission points are located by an anchor text, and everything is
validated before the JSONL file is written.

Composition
-----------
* 40 pairs: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5). In translation pairs both texts are independent
  English renderings of the same non-English story.
* 30 errors over the eleven types: entity 3, number 4, date 3, role 3,
  polarity 3, modality 3, attribution 2, event 3, omission 2 (rewrite and
  translation only), addition 2, repetition 2. Inconsistent pairs carry 1-2
  errors each (10 pairs with one error, 10 with two).
* Traps (faithful rewordings a naive checker might flag): 3-5 per consistent
  pair, 0-3 per inconsistent pair.
* References are 70-190 words in news / agency / corporate / official
  register; each pair has its own domain from the brief's list of 40.

Usage
-----
    python3 make_set104.py          # validate and write set104.jsonl
    python3 make_set104.py --check  # validate only, write nothing
"""

import json
import os
import random
import re
import sys
from collections import Counter

N = 104
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set104.jsonl")

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}

DOMAINS = [
    "organ donor register drive", "snow plough fleet renewal",
    "tram overhead wire theft", "beekeeper swarm hotline",
    "municipal sauna reopening", "horse passport checks",
    "lifeboat crew training centre", "teacher pension backlog",
    "chess federation sponsorship", "wind farm radar objection",
    "sugar beet harvest delay", "ferry timetable consultation",
    "asbestos school survey", "landfill methane capture",
    "glacier monitoring station", "pharmacy prescription charge freeze",
    "veterans memorial vandalism", "road salt stockpile",
    "opera house roof leak", "student visa processing times",
    "fire hydrant inspection backlog", "truffle season forecast",
    "microbrewery licence dispute", "junior doctor rota change",
    "cycling helmet law proposal", "prison kitchen contract",
    "heat pump grant uptake", "wildfire smoke school closures",
    "street light dimming trial", "ski lift safety inspection",
    "public toilet closures", "meat plant inspection findings",
    "dental surgery waiting list", "river swimming water quality",
    "wedding venue licence", "hearing aid trial funding",
    "lighthouse sale auction", "bus driver strike ballot",
    "radio mast planning appeal", "graffiti removal contract",
]


# --------------------------------------------------------------------------
# helpers for writing the data
# --------------------------------------------------------------------------

def err(text, type_, severity, ref_text, occ=None):
    return {"kind": "span", "text": text, "type": type_,
            "severity": severity, "ref_text": ref_text, "occ": occ}


def omit(ref_text, severity, after=None, before=None, occ=None):
    return {"kind": "omission", "text": "", "type": "omission",
            "severity": severity, "ref_text": ref_text,
            "after": after, "before": before, "occ": occ}


def trap(text, ref_text, occ=None):
    return {"text": text, "ref_text": ref_text, "occ": occ}


# --------------------------------------------------------------------------
# the cases
# --------------------------------------------------------------------------

CASES = []

# ===================== REWRITE, CONSISTENT (10) ============================

CASES.append(dict(
    domain="organ donor register drive", mode="rewrite", label="consistent",
    reference=(
        "The Halvern Health Authority launched a six-week drive on Monday to add 40,000 names "
        "to the organ donor register before the end of March. Officials said about 1,200 "
        "patients in the region are currently waiting for a transplant, and roughly one in five "
        "of them has been on the list for more than three years. Volunteers will staff stands at "
        "25 supermarkets and at the Corbridge Arena, where visitors can sign up in under two "
        "minutes using a tablet. Dr Miriam Ostrander, the authority's transplant lead, said "
        "families were far more likely to agree to donation when a relative had recorded their "
        "wishes. The campaign is funded by a £180,000 grant from the Tellwyn Foundation."),
    candidate=(
        "A six-week campaign to sign up 40,000 new organ donors before the end of March was "
        "launched by the Halvern Health Authority on Monday. Around 1,200 people in the region "
        "are waiting for a transplant, according to officials, and about 20% of them have been "
        "waiting longer than three years. Volunteers will run stands at 25 supermarkets as well "
        "as at the Corbridge Arena, where visitors can register on a tablet in less than two "
        "minutes. Families are much more likely to consent to donation if a relative has "
        "recorded their wishes, said Dr Miriam Ostrander, who leads on transplants for the "
        "authority. A £180,000 grant from the Tellwyn Foundation is paying for the campaign."),
    errors=[],
    traps=[
        trap("sign up 40,000 new organ donors", "add 40,000 names to the organ donor register"),
        trap("about 20%", "roughly one in five"),
        trap("in less than two minutes", "in under two minutes"),
        trap("who leads on transplants for the authority", "the authority's transplant lead"),
    ],
))

CASES.append(dict(
    domain="snow plough fleet renewal", mode="rewrite", label="consistent",
    reference=(
        "Dunmore County Council has approved a £3.4 million plan to replace 18 of its 31 snow "
        "ploughs over the next two winters. The oldest vehicles in the fleet are 19 years old and "
        "broke down 46 times last season, according to a report presented to councillors on "
        "Thursday. The new ploughs, built by Kestrel Municipal Vehicles, are expected to use about "
        "15% less diesel and will carry sensors that record how much salt is spread on each road. "
        "Councillor Agnes Whitlow, who chairs the highways committee, said the first eight "
        "vehicles should arrive by November. The remaining ten will be delivered the following "
        "autumn. Three of the older ploughs will be kept as reserves rather than sold."),
    candidate=(
        "Eighteen of Dunmore County Council's 31 snow ploughs are to be replaced over the next two "
        "winters under a £3.4m plan the council has approved. A report put before councillors on "
        "Thursday said the fleet's oldest vehicles, which are 19 years old, had broken down 46 "
        "times last season. Built by Kestrel Municipal Vehicles, the new ploughs are expected to "
        "use roughly 15% less diesel and will carry sensors logging how much salt is spread on "
        "each road. The first eight should arrive by November, according to Councillor Agnes "
        "Whitlow, chair of the highways committee. The other ten will be delivered the following "
        "autumn. Rather than being sold, three of the older ploughs will be held in reserve."),
    errors=[],
    traps=[
        trap("Eighteen", "18"),
        trap("£3.4m", "£3.4 million"),
        trap("roughly 15% less diesel", "about 15% less diesel"),
        trap("chair of the highways committee", "who chairs the highways committee"),
        trap("held in reserve", "kept as reserves"),
    ],
))

CASES.append(dict(
    domain="beekeeper swarm hotline", mode="rewrite", label="consistent",
    reference=(
        "The Ashby Beekeepers' Association will reopen its swarm hotline on 1 May, two weeks "
        "earlier than last year, after a mild spring brought colonies forward. Members of the "
        "public who spot a swarm can call the line between 8am and 8pm, seven days a week, and a "
        "volunteer collector will be sent out, usually within three hours. The association "
        "collected 212 swarms last summer, up from 150 the year before. Secretary Leonard Pryce "
        "said callers should not try to move or spray a swarm themselves, and asked people to send "
        "a photo first, because many reports turn out to be wasps or bumblebees, which the "
        "volunteers do not remove. The service is free, but donations are welcome."),
    candidate=(
        "A mild spring has brought colonies forward, so the Ashby Beekeepers' Association is "
        "reopening its swarm hotline a fortnight earlier than last year, on 1 May. Anyone who sees "
        "a swarm can ring the line from 8am to 8pm every day of the week, and a volunteer "
        "collector will be dispatched, typically within three hours. Last summer the association "
        "gathered 212 swarms, compared with 150 the previous year. People should not attempt to "
        "move or spray a swarm on their own, said the association's secretary, Leonard Pryce. He "
        "asked callers to send a photo first, since many reports prove to be wasps or bumblebees, "
        "which volunteers will not remove. There is no charge for the service, although donations "
        "are welcome."),
    errors=[],
    traps=[
        trap("a fortnight earlier", "two weeks earlier"),
        trap("every day of the week", "seven days a week"),
        trap("typically within three hours", "usually within three hours"),
        trap("compared with 150 the previous year", "up from 150 the year before"),
        trap("There is no charge for the service", "The service is free"),
    ],
))

CASES.append(dict(
    domain="municipal sauna reopening", mode="rewrite", label="consistent",
    reference=(
        "The municipal sauna in Kettleby will reopen to the public on Saturday 14 October after an "
        "18-month refurbishment that cost the town council €2.1 million. The work replaced the "
        "wood-fired stove with an electric heater, added a second cold plunge pool and made the "
        "changing rooms accessible to wheelchair users. Entry will cost €9 for adults and €5 for "
        "pensioners and students, while children under 12 go free when accompanied by an adult. "
        "Mayor Ilse Brannock said the building, which first opened in 1962, had been closed since "
        "the spring of last year because of a failing roof. Opening hours will be extended to "
        "10pm on Fridays."),
    candidate=(
        "Kettleby's municipal sauna reopens to the public on Saturday 14 October following a "
        "year-and-a-half refurbishment that cost the town council €2.1m. During the works the "
        "wood-fired stove was replaced by an electric heater, a second cold plunge pool was added "
        "and the changing rooms were made accessible for wheelchair users. The building, which "
        "first opened in 1962, had been shut since the spring of last year because its roof was "
        "failing, Mayor Ilse Brannock said. Adults will pay €9 and pensioners and students €5, "
        "while under-12s accompanied by an adult get in free. On Fridays the sauna will now stay "
        "open until 10pm."),
    errors=[],
    traps=[
        trap("year-and-a-half refurbishment", "18-month refurbishment"),
        trap("€2.1m", "€2.1 million"),
        trap("under-12s accompanied by an adult get in free",
             "children under 12 go free when accompanied by an adult"),
        trap("will now stay open until 10pm", "Opening hours will be extended to 10pm"),
    ],
))

CASES.append(dict(
    domain="chess federation sponsorship", mode="rewrite", label="consistent",
    reference=(
        "The Norland Chess Federation has signed a three-year sponsorship deal worth 450,000 "
        "crowns with the software company Quillmark, its president Tomas Ferrand announced on "
        "Wednesday. The money will fund coaching for about 60 junior players, cover travel to two "
        "international team events a year and pay for live broadcasts of the national "
        "championship. Quillmark replaces the insurer Hallbeck Mutual, whose support ended in "
        "December after eleven years. Ferrand said the federation had been in talks with four "
        "possible sponsors and had chosen Quillmark partly because it agreed not to put its logo "
        "on players' clothing. The agreement can be extended for a further two years if both "
        "sides agree."),
    candidate=(
        "Quillmark, a software company, will sponsor the Norland Chess Federation for three years "
        "under a deal worth 450,000 crowns, the federation's president, Tomas Ferrand, announced "
        "on Wednesday. The money is to pay for coaching some 60 junior players, travel to two "
        "international team events each year and live broadcasts of the national championship. "
        "Quillmark takes the place of the insurer Hallbeck Mutual, whose backing ended in December "
        "after eleven years. Ferrand said the federation had held talks with four potential "
        "sponsors, and one reason it picked Quillmark was that the company agreed to keep its "
        "logo off players' clothing. If both parties agree, the deal can be extended by two more "
        "years."),
    errors=[],
    traps=[
        trap("some 60 junior players", "about 60 junior players"),
        trap("takes the place of", "replaces"),
        trap("one reason it picked Quillmark", "had chosen Quillmark partly because"),
        trap("keep its logo off players' clothing", "not to put its logo on players' clothing"),
        trap("by two more years", "for a further two years"),
    ],
))

CASES.append(dict(
    domain="landfill methane capture", mode="rewrite", label="consistent",
    reference=(
        "A methane capture system installed at the Greybrook landfill site has begun generating "
        "electricity, the waste company Ordell Environmental said on Tuesday. Forty-two wells "
        "drilled into the older sections of the tip collect gas that would otherwise escape into "
        "the atmosphere and pipe it to two engines on the site. Together the engines can produce "
        "up to 2.4 megawatts, enough to power around 3,000 homes, the company said. The project "
        "cost $5.6 million, half of which came from a state climate fund. Ordell's site manager, "
        "Priya Vance, said the amount of gas was expected to fall gradually over the next 15 "
        "years as the buried waste breaks down. Residents near the site have complained about "
        "odours for more than a decade."),
    candidate=(
        "Electricity is now being generated by a methane capture system at the Greybrook landfill "
        "site, waste company Ordell Environmental said on Tuesday. Gas that would otherwise escape "
        "into the atmosphere is collected by 42 wells sunk into the older parts of the tip and "
        "piped to two engines on site, which between them have a maximum output of 2.4 megawatts, "
        "enough for about 3,000 homes, according to the company. A state climate fund provided "
        "half of the project's $5.6m cost. Site manager Priya Vance said the volume of gas would "
        "probably decline gradually over the next 15 years as the buried waste decomposes. For "
        "more than ten years, people living near the site have complained about smells."),
    errors=[],
    traps=[
        trap("42 wells", "Forty-two wells"),
        trap("a maximum output of 2.4 megawatts", "up to 2.4 megawatts"),
        trap("$5.6m", "$5.6 million"),
        trap("would probably decline", "was expected to fall"),
        trap("For more than ten years", "for more than a decade"),
    ],
))

CASES.append(dict(
    domain="road salt stockpile", mode="rewrite", label="consistent",
    reference=(
        "Transport officials in Brackwater Province say they have built up a stockpile of 96,000 "
        "tonnes of road salt ahead of winter, about a third more than at the same point last "
        "year. The increase follows last January, when depots ran low during an 11-day cold spell "
        "and some minor roads were left untreated. Provincial roads director Hamid Castell said "
        "the agency had signed contracts with two suppliers instead of one and had opened a new "
        "storage dome at Fenwick Cross. He said the stock should be enough for a severe winter, "
        "although further deliveries could be ordered if needed. Gritters will treat 1,850 "
        "kilometres of priority routes whenever road temperatures are forecast to drop below 1C."),
    candidate=(
        "Ahead of winter, Brackwater Province has stockpiled 96,000 tonnes of road salt, roughly "
        "33% more than at this point last year, transport officials say. The build-up comes after "
        "last January, when depots ran short during a cold snap lasting 11 days and some minor "
        "roads were left untreated. The agency has signed contracts with two suppliers rather than "
        "a single one and opened a new storage dome at Fenwick Cross, said Hamid Castell, the "
        "provincial roads director. He said the stock should be sufficient for a severe winter, "
        "though more deliveries could be ordered if necessary. Whenever road temperatures are "
        "forecast to fall below 1C, gritters will treat 1,850km of priority routes."),
    errors=[],
    traps=[
        trap("roughly 33% more", "about a third more"),
        trap("a cold snap lasting 11 days", "an 11-day cold spell"),
        trap("rather than a single one", "instead of one"),
        trap("should be sufficient for", "should be enough for"),
        trap("1,850km", "1,850 kilometres"),
    ],
))

CASES.append(dict(
    domain="fire hydrant inspection backlog", mode="rewrite", label="consistent",
    reference=(
        "More than 4,000 fire hydrants in the city of Port Allerton have not been inspected for at "
        "least two years, an audit published on Friday found. Under city rules each hydrant "
        "should be checked every 12 months. The audit, carried out by the city's internal review "
        "office, blamed the backlog on staff shortages in the water department, which lost nine "
        "of its 25 field technicians during 2022. It found that 7% of the hydrants that were "
        "tested last year did not work properly. Fire Chief Daniela Ruiz said crews had not been "
        "hampered at any major fire, but called the findings 'worrying'. The water department "
        "said it planned to hire six technicians by the summer and clear the backlog within 18 "
        "months."),
    candidate=(
        "An audit released on Friday found that more than 4,000 of Port Allerton's fire hydrants "
        "have gone at least two years without an inspection, although city rules require annual "
        "checks. The city's internal review office, which conducted the audit, put the backlog "
        "down to staff shortages at the water department, where nine of the 25 field technicians "
        "left during 2022. Of the hydrants tested last year, 7% were found not to be working "
        "properly. Fire Chief Daniela Ruiz called the findings 'worrying', but said crews had not "
        "been hampered at any major fire. The water department said it plans to recruit six "
        "technicians by the summer and to clear the backlog within a year and a half."),
    errors=[],
    traps=[
        trap("released on Friday", "published on Friday"),
        trap("require annual checks", "should be checked every 12 months"),
        trap("put the backlog down to", "blamed the backlog on"),
        trap("within a year and a half", "within 18 months"),
    ],
))

CASES.append(dict(
    domain="street light dimming trial", mode="rewrite", label="consistent",
    reference=(
        "Street lights in three districts of Wexham will be dimmed by half between midnight and "
        "5am from next month as part of a six-month trial aimed at cutting energy bills. The "
        "borough council expects the scheme to save around £95,000 a year if it is extended to "
        "all 14,000 lamps in the borough. Lights near junctions, pedestrian crossings and CCTV "
        "cameras will stay at full brightness. Councillor Rupert Mayhew, the cabinet member for "
        "environment, said police had been consulted and had raised no objection. Residents will "
        "be asked to complete a survey at the end of the trial, and the council will publish "
        "crime and collision figures for the three districts before deciding whether to continue."),
    candidate=(
        "As part of a six-month trial to cut energy bills, street lights in three districts of "
        "Wexham will be dimmed by 50% between midnight and 5am from next month. If the scheme is "
        "extended to every one of the borough's 14,000 lamps, the borough council expects it to "
        "save about £95,000 annually. Lights near junctions, pedestrian crossings and CCTV cameras "
        "will be kept at full brightness. Police were consulted and did not object, according to "
        "Councillor Rupert Mayhew, the cabinet member for environment. Once the trial ends, "
        "residents will be asked to fill in a survey, and the council will publish crime and "
        "collision figures for the three districts before deciding whether to carry on."),
    errors=[],
    traps=[
        trap("by 50%", "by half"),
        trap("every one of the borough's 14,000 lamps", "all 14,000 lamps in the borough"),
        trap("about £95,000 annually", "around £95,000 a year"),
        trap("did not object", "had raised no objection"),
        trap("fill in a survey", "complete a survey"),
    ],
))

CASES.append(dict(
    domain="graffiti removal contract", mode="rewrite", label="consistent",
    reference=(
        "Selborne City Council has awarded a four-year graffiti removal contract worth $2.8 "
        "million to Brightwall Services, replacing the firm that has done the work since 2016. "
        "Under the new contract, offensive graffiti must be removed within 24 hours of being "
        "reported and all other graffiti within five working days. The previous contractor, "
        "Tarrant Cleaning, was required to remove offensive tags within 48 hours. Council figures "
        "show 11,400 reports of graffiti were logged last year, a 17% rise on the year before. "
        "Brightwall will also paint over tags on private walls if owners give permission, at no "
        "cost to them. The contract starts on 1 July."),
    candidate=(
        "Brightwall Services has won a $2.8m, four-year graffiti removal contract from Selborne "
        "City Council, taking over from Tarrant Cleaning, which has done the work since 2016. "
        "Offensive graffiti will have to be cleared within a day of being reported, compared with "
        "two days under the previous contract, and all other graffiti within five working days. "
        "Council figures show that 11,400 graffiti reports were logged last year, up 17% on the "
        "year before. With owners' permission, Brightwall will also paint over tags on private "
        "walls free of charge. The contract starts on 1 July."),
    errors=[],
    traps=[
        trap("$2.8m", "$2.8 million"),
        trap("within a day", "within 24 hours"),
        trap("two days under the previous contract", "within 48 hours"),
        trap("up 17% on the year before", "a 17% rise on the year before"),
        trap("free of charge", "at no cost to them"),
    ],
))

# ===================== REWRITE, INCONSISTENT (10) ==========================

CASES.append(dict(
    domain="tram overhead wire theft", mode="rewrite", label="inconsistent",
    reference=(
        "Thieves stole about 300 metres of copper overhead wire from the Linmoor tram network "
        "overnight on Sunday, halting services on two lines for most of Monday. Linmoor Transit "
        "said engineers had restored power to the Eastgate line by 4pm, but the Riverside line "
        "was not expected to reopen until Wednesday. The company estimated the cost of repairs at "
        "£140,000. Police said it was the third such theft on the network this year and that the "
        "cable had probably been cut by people who knew how to isolate the power supply. "
        "Detective Inspector Carla Menzies appealed for anyone offered large quantities of copper "
        "to contact officers. Replacement buses are running between Riverside and the city centre "
        "every ten minutes."),
    candidate=(
        "About 300 metres of copper overhead wire was stolen from the Linmoor tram network "
        "overnight on Sunday, bringing services on two lines to a halt for most of Monday. Power "
        "was back on the Eastgate line by 4pm, Linmoor Transit said, but the Riverside line was "
        "not expected to reopen before Wednesday. The company put the repair bill at £1.4m. The "
        "operator said it was the third theft of its kind on the network this year, and that the "
        "cable had probably been cut by people who knew how to isolate the power supply. "
        "Detective Inspector Carla Menzies urged anyone offered large quantities of copper to get "
        "in touch with officers. Replacement buses run every ten minutes between Riverside and "
        "the city centre."),
    errors=[
        err("£1.4m", "number", "major", "£140,000"),
        err("The operator said", "attribution", "major", "Police said"),
    ],
    traps=[
        trap("put the repair bill at", "estimated the cost of repairs at"),
        trap("get in touch with officers", "contact officers"),
    ],
))

CASES.append(dict(
    domain="teacher pension backlog", mode="rewrite", label="inconsistent",
    reference=(
        "Almost 6,500 retired teachers in Calderon State are still waiting for their pension "
        "payments to be correctly calculated, the state's teachers' retirement board has "
        "admitted. The board blamed a computer system introduced in February, which it said had "
        "miscalculated service records for staff who had worked part-time. Some retirees have "
        "received only an interim payment worth about 70% of what they are owed. Board chair "
        "Gerald Osei told a legislative hearing on Tuesday that the backlog could be cleared by "
        "the end of September, but said he could not guarantee that date. Retirees who have been "
        "underpaid will receive the missing amounts with interest. The teachers' union has called "
        "for an independent review of the system."),
    candidate=(
        "The teachers' retirement board in Calderon State has acknowledged that nearly 6,500 "
        "retired teachers are still waiting for their pensions to be calculated correctly. It "
        "blamed a computer system introduced in February, which it said had worked out service "
        "records wrongly for staff who had been part-time. Some retirees have been given only an "
        "interim payment of around 70% of what they are due. The backlog could be cleared by the "
        "end of September, board chair Gerald Osei told a legislative hearing on Tuesday, though "
        "he said he could not guarantee that date. Underpaid retirees may receive the missing "
        "amounts with interest. The teachers' union has called for an independent review of the "
        "system."),
    errors=[
        err("may receive", "modality", "major", "will receive"),
    ],
    traps=[
        trap("has acknowledged", "has admitted"),
        trap("nearly 6,500", "Almost 6,500"),
        trap("around 70% of what they are due", "about 70% of what they are owed"),
    ],
))

CASES.append(dict(
    domain="wind farm radar objection", mode="rewrite", label="inconsistent",
    reference=(
        "The air traffic service provider Skyguard Northern has objected to a proposed 22-turbine "
        "wind farm at Harlow Moor, saying the turbines could interfere with radar at Castlebeck "
        "Airport. The objection was lodged last week, two weeks after the public consultation on "
        "the scheme had closed. The developer, Vantor Renewables, bought the site from the Harlow "
        "Estate in 2021 and applied for planning permission in March. Skyguard said the rotating "
        "blades could appear as false targets on controllers' screens and that it would withdraw "
        "its objection only if the developer paid for a radar upgrade, estimated at £4 million. "
        "Vantor said it was disappointed but remained confident a technical solution could be "
        "found. Ryedale District Council is due to decide on the application on 12 June. If "
        "approved, the wind farm would be able to power about 48,000 homes."),
    candidate=(
        "Skyguard Northern, which provides air traffic services, has objected to plans for a "
        "22-turbine wind farm at Harlow Moor on the grounds that the turbines could interfere "
        "with radar at Castlebeck Airport. It lodged the objection last week, two weeks before "
        "the public consultation on the scheme closed. The site was sold by Vantor Renewables to "
        "the Harlow Estate in 2021, and the developer applied for planning permission in March. "
        "According to Skyguard, the rotating blades could show up as false targets on "
        "controllers' screens, and it would drop its objection only if the developer paid for a "
        "radar upgrade, estimated to cost £4m. Vantor said it was disappointed but still "
        "confident that a technical fix could be found. Ryedale District Council is due to decide "
        "on the application on 12 June. If it is approved, the wind farm could power around "
        "48,000 homes."),
    errors=[
        err("two weeks before", "date", "major", "two weeks after"),
        err("sold by Vantor Renewables to the Harlow Estate", "role", "major",
            "Vantor Renewables, bought the site from the Harlow Estate"),
    ],
    traps=[
        trap("show up as false targets", "appear as false targets"),
        trap("£4m", "£4 million"),
        trap("a technical fix", "a technical solution"),
    ],
))

CASES.append(dict(
    domain="microbrewery licence dispute", mode="rewrite", label="inconsistent",
    reference=(
        "A microbrewery in the old port district of Saltmarsh has won the first round of its "
        "dispute with the city over its drinking licence. The licensing board had ruled in April "
        "that Copperhead Brewing Co. must stop serving customers at its taproom after 9pm "
        "following noise complaints from neighbours. On Monday an administrative tribunal "
        "suspended that decision while it hears the brewery's full appeal, meaning the taproom "
        "can stay open until 11pm for now. Co-owner Beatrix Lund said the brewery employs 14 "
        "people and that evening trade accounts for about 40% of its income. The city said it "
        "respected the tribunal's ruling and would present its case at the full hearing, which "
        "has not yet been scheduled."),
    candidate=(
        "Copperhead Brewing Co., a microbrewery in Saltmarsh's old port district, has won the "
        "first round of its licensing dispute with the city. In April the licensing board ordered "
        "the brewery to stop serving customers at its taproom after 9pm, following complaints "
        "about noise from neighbours. That ruling was suspended on Monday by an administrative "
        "tribunal pending the brewery's full appeal, so for the time being the taproom can stay "
        "open until 11pm. The brewery has 14 staff, and around two-fifths of its income comes "
        "from evening trade, co-owner Beatrix Lund said. The city said it respected the "
        "tribunal's decision and would make its case at the full hearing, which has already been "
        "scheduled."),
    errors=[
        err("has already been scheduled", "polarity", "minor", "has not yet been scheduled"),
    ],
    traps=[
        trap("for the time being", "for now"),
        trap("has 14 staff", "employs 14 people"),
        trap("around two-fifths of its income", "about 40% of its income"),
    ],
))

CASES.append(dict(
    domain="junior doctor rota change", mode="rewrite", label="inconsistent",
    reference=(
        "Junior doctors at St Aldric's Hospital in Merrow will move to a new rota from 4 "
        "September that limits them to no more than four consecutive night shifts, down from "
        "seven. The change follows a survey in which 62% of the hospital's 310 junior doctors said "
        "they had felt too tired to work safely at least once in the past month. Under the new "
        "rota, doctors will also be guaranteed at least 46 hours off after a run of nights. The "
        "hospital trust said it would need to recruit 12 extra doctors to cover the gaps and had "
        "already filled eight of the posts. Dr Omar Keating, who represents junior doctors at the "
        "hospital, welcomed the change but said weekend staffing remained a concern."),
    candidate=(
        "From 4 September, junior doctors at St Aldric's Hospital in Merrow will work a new rota "
        "that caps consecutive night shifts at four instead of seven. The move comes after 62% of "
        "the hospital's 310 junior doctors said in a survey that they had felt too tired to work "
        "safely at least once. The new rota also guarantees doctors at least 48 hours off after a "
        "run of nights. To cover the gaps, the hospital trust said it needed 12 more doctors, "
        "eight of whom had already been recruited. Dr Omar Keating, the junior doctors' "
        "representative at the hospital, welcomed the change but said he was still concerned "
        "about staffing at weekends."),
    errors=[
        omit("in the past month", "major", after="too tired to work safely at least once"),
        err("48 hours", "number", "minor", "46 hours"),
    ],
    traps=[
        trap("caps consecutive night shifts at four instead of seven",
             "no more than four consecutive night shifts, down from seven"),
        trap("eight of whom had already been recruited", "had already filled eight of the posts"),
    ],
))

CASES.append(dict(
    domain="prison kitchen contract", mode="rewrite", label="inconsistent",
    reference=(
        "The Justice Department has terminated a catering contract at Holloway Ridge prison after "
        "inspectors found that inmates were regularly served meals below the required calorie "
        "level. Fairbourne Catering, which took over the prison's kitchen from the state-run "
        "Correctional Industries unit in 2020, will leave the site at the end of November. An "
        "inspection report published in August said portions had been cut to save money and that "
        "kitchen equipment was frequently broken. The department said Correctional Industries "
        "would run the kitchen again on an interim basis while a new tender is prepared. "
        "Fairbourne said it disagreed with the inspectors' findings and was considering legal "
        "action. The contract was worth about $3 million a year."),
    candidate=(
        "Inspectors found that inmates at Holloway Ridge prison were routinely given meals below "
        "the required calorie level, and the Justice Department has now ended the catering "
        "contract there. In 2020 the state-run Correctional Industries unit took over the "
        "prison's kitchen from Fairbourne Catering, which will leave the site at the end of "
        "November. Portions had been reduced to save money and kitchen equipment was often "
        "broken, according to an inspection report published in August. Correctional Industries "
        "will again run the kitchen on a temporary basis while a new tender is drawn up, the "
        "department said. Fairbourne, which says it disagrees with the inspectors' findings and "
        "is considering legal action, held a contract worth around $3m a year."),
    errors=[
        err("Correctional Industries unit took over the prison's kitchen from Fairbourne Catering",
            "role", "major",
            "Fairbourne Catering, which took over the prison's kitchen from the state-run "
            "Correctional Industries unit"),
    ],
    traps=[
        trap("routinely", "regularly"),
        trap("on a temporary basis", "on an interim basis"),
        trap("around $3m a year", "about $3 million a year"),
    ],
))

CASES.append(dict(
    domain="bus driver strike ballot", mode="rewrite", label="inconsistent",
    reference=(
        "Bus drivers at Redline Coaches in Castleford will be balloted on strike action after "
        "rejecting a 4% pay offer, the Transport Workers' Union said on Thursday. The ballot of "
        "around 540 drivers opens on 2 October and closes on 23 October. If members vote in "
        "favour, the union said walkouts could begin in early November, affecting routes used by "
        "about 60,000 passengers a day. Redline said its offer was fair given rising fuel costs "
        "and that it remained open to further talks. The union is seeking 7.5%, arguing that "
        "drivers' pay has fallen behind that of neighbouring operators. Drivers last took "
        "industrial action in 2019."),
    candidate=(
        "The Transport Workers' Union said on Thursday that it will ballot bus drivers at Redline "
        "Coaches in Castleford on strike action after the company withdrew a 4% pay offer. "
        "Voting among the roughly 540 drivers runs from 2 October to 23 October. According to the "
        "union, if members back action, walkouts will begin in early November, hitting routes "
        "that carry some 60,000 passengers daily. Redline said the offer was fair in light of "
        "rising fuel costs and that it was still willing to hold further talks. The union wants "
        "7.5%, saying drivers' pay has slipped behind that of neighbouring operators. The last "
        "industrial action by drivers was in 2019."),
    errors=[
        err("the company withdrew a 4% pay offer", "event", "major", "rejecting a 4% pay offer"),
        err("will begin", "modality", "major", "could begin"),
    ],
    traps=[
        trap("roughly 540 drivers", "around 540 drivers"),
        trap("some 60,000 passengers daily", "about 60,000 passengers a day"),
        trap("still willing to hold further talks", "remained open to further talks"),
    ],
))

CASES.append(dict(
    domain="radio mast planning appeal", mode="rewrite", label="inconsistent",
    reference=(
        "A telecoms company has appealed against a council's refusal to allow a 20-metre radio "
        "mast on farmland near the village of Elmsworth. Westlink Mobile applied for permission "
        "last year, saying the mast would improve poor mobile coverage for about 900 homes and a "
        "stretch of the A614. Hartfield District Council rejected the plan in January, citing the "
        "mast's impact on the landscape and its closeness to a primary school. Westlink's appeal "
        "will be decided by a government planning inspector, who is expected to visit the site "
        "in the spring. A parish council petition against the mast has gathered 1,150 "
        "signatures. Westlink said it had considered four other sites but none were suitable."),
    candidate=(
        "Westlink Mobile has lodged an appeal after Hartfield District Council refused permission "
        "for a 20-metre radio mast on farmland close to the village of Elmsworth. The company "
        "applied last year, arguing that the mast would improve poor mobile coverage for around "
        "900 homes and part of the A614. In January the council turned the plan down, citing its "
        "impact on the landscape and how close it would be to a primary school. A government "
        "planning inspector will decide the appeal and is likely to visit the site in the spring. "
        "A parish council petition against the mast, which residents fear could pose health "
        "risks, has attracted 1,150 signatures. Westlink said none of the four other sites it had "
        "looked at was suitable."),
    errors=[
        err("which residents fear could pose health risks", "addition", "major", None),
    ],
    traps=[
        trap("turned the plan down", "rejected the plan"),
        trap("is likely to visit", "is expected to visit"),
        trap("none of the four other sites it had looked at was suitable",
             "it had considered four other sites but none were suitable"),
    ],
))

CASES.append(dict(
    domain="lighthouse sale auction", mode="rewrite", label="inconsistent",
    reference=(
        "The decommissioned lighthouse on Gannet Point sold at auction on Saturday for $1.26 "
        "million, more than double its guide price of $600,000. The 31-metre tower, built in "
        "1874, was put up for sale by the Coastal Heritage Trust, which said it could no longer "
        "afford the cost of maintaining it. The buyer, a Port Sellick-based architect named "
        "Corinne Delacroix-Baye, plans to turn the keeper's cottage into a guest house while "
        "keeping the tower open to visitors on weekends. Under the terms of the sale, the new "
        "owner must allow the coastguard to keep a radio antenna on the roof. The auction, held "
        "by Pemberton & Vale, attracted 11 bidders."),
    candidate=(
        "Gannet Point's decommissioned lighthouse went under the hammer on Saturday for $1.26m, "
        "over twice its $600,000 guide price. The Coastal Heritage Trust, which said it could no "
        "longer afford to maintain the 31-foot tower, built in 1874, had put it up for sale. "
        "Port Sellick-based architect Corinne Delacroix-Baye, who bought it, plans to convert the "
        "keeper's cottage into a guest house and keep the tower open to visitors at weekends. The "
        "terms of the sale require the new owner to let the Coastal Heritage Trust keep a radio "
        "antenna on the roof. Eleven bidders took part in the auction, which was run by "
        "Pemberton & Vale."),
    errors=[
        err("31-foot", "number", "major", "31-metre"),
        err("the Coastal Heritage Trust", "entity", "major", "the coastguard"),
    ],
    traps=[
        trap("went under the hammer", "sold at auction"),
        trap("over twice", "more than double"),
        trap("Eleven bidders", "11 bidders"),
    ],
))

CASES.append(dict(
    domain="meat plant inspection findings", mode="rewrite", label="inconsistent",
    reference=(
        "Food safety inspectors found rodent droppings and broken refrigeration units during an "
        "unannounced visit to the Brenholt Meats processing plant in Dorrington on 9 May, "
        "according to a report released on Wednesday. The plant, which employs about 280 people, "
        "was ordered to halt production for five days while the problems were fixed. Inspectors "
        "returned on 16 May and allowed it to resume operations after confirming that repairs had "
        "been made and the premises deep-cleaned. The Food Standards Agency said no contaminated "
        "meat was known to have reached shops. Brenholt Meats said it had brought in an external "
        "pest control firm and would retrain all of its hygiene staff. The plant supplies "
        "supermarkets across the region."),
    candidate=(
        "Food safety inspectors who made an unannounced visit to the Brenholt Meats processing "
        "plant in Dorrington on Wednesday found rodent droppings and broken refrigeration units, "
        "their report shows. The plant, which has a workforce of around 280, was told to stop "
        "production for five days so the problems could be put right. On 16 May inspectors went "
        "back and, having confirmed that repairs had been carried out and the premises "
        "deep-cleaned, allowed operations to restart. No contaminated meat is known to have "
        "reached shops, the Food Standards Agency said. Brenholt Meats said it had hired an "
        "outside pest control firm and would retrain all its hygiene staff. The plant supplies "
        "supermarkets across the region."),
    errors=[
        err("on Wednesday", "date", "major", "on 9 May"),
    ],
    traps=[
        trap("has a workforce of around 280", "employs about 280 people"),
        trap("allowed operations to restart", "allowed it to resume operations"),
        trap("an outside pest control firm", "an external pest control firm"),
    ],
))

# ===================== SUMMARY, CONSISTENT (5) =============================

CASES.append(dict(
    domain="lifeboat crew training centre", mode="summary", label="consistent",
    reference=(
        "The Maritime Rescue Society has opened a £7.5 million training centre for volunteer "
        "lifeboat crews at Porthkerris, the first of its kind in the south-west. The centre "
        "includes a wave tank that can simulate conditions up to force 8, a capsize pool and a "
        "fire-fighting simulator. Around 1,100 volunteers from 46 lifeboat stations are expected "
        "to train there each year, most of whom currently have to travel more than 200 miles to "
        "the society's only other training college, in the north. Chief executive Rosalind "
        "Tregear said cutting travel time would make it easier for volunteers with jobs and "
        "families to complete their courses. The building was funded largely by a legacy from a "
        "former fisherman, Walter Penhale, who died in 2019 and left £5 million to the charity. "
        "The centre will also be used by coastguard and harbour staff. It was officially opened "
        "on Friday by the society's patron."),
    candidate=(
        "A £7.5m Maritime Rescue Society training centre for volunteer lifeboat crews, the "
        "south-west's first, has opened at Porthkerris, with a wave tank, a capsize pool and a "
        "fire-fighting simulator. About 1,100 volunteers a year from 46 stations are expected to "
        "use it, sparing most of them a trip of over 200 miles to the society's northern college. "
        "It was largely paid for by a legacy from former fisherman Walter Penhale."),
    errors=[],
    traps=[
        trap("£7.5m", "£7.5 million"),
        trap("the south-west's first", "the first of its kind in the south-west"),
        trap("a trip of over 200 miles", "travel more than 200 miles"),
        trap("largely paid for by", "funded largely by"),
    ],
))

CASES.append(dict(
    domain="student visa processing times", mode="summary", label="consistent",
    reference=(
        "Average processing times for student visa applications in Veldoria have risen to 11 "
        "weeks, almost double the six weeks recorded a year ago, according to figures released by "
        "the Interior Ministry on Monday. The ministry said applications had increased by 38% "
        "since the previous academic year while the number of caseworkers had stayed the same. "
        "Universities warned that some international students might miss the start of term in "
        "September. The Association of Veldorian Universities said at least 2,300 students who "
        "had accepted places were still waiting for a decision. Deputy minister Karel Voss said "
        "90 temporary staff would be hired by the end of July and that the ministry aimed to "
        "bring waiting times back below eight weeks by mid-August. Students can pay a fee of 350 "
        "florins for a priority service, which promises a decision within 15 working days."),
    candidate=(
        "Student visa applications in Veldoria now take an average of 11 weeks to process, nearly "
        "twice last year's figure, after a 38% rise in applications with no extra caseworkers, "
        "Interior Ministry figures show. Universities fear some international students could "
        "miss the start of term, with at least 2,300 still awaiting a decision. The ministry will "
        "take on 90 temporary staff by the end of July and aims to cut waits to under eight weeks "
        "by mid-August."),
    errors=[],
    traps=[
        trap("nearly twice last year's figure", "almost double the six weeks recorded a year ago"),
        trap("no extra caseworkers", "the number of caseworkers had stayed the same"),
        trap("could miss", "might miss"),
        trap("take on 90 temporary staff", "90 temporary staff would be hired"),
        trap("under eight weeks", "below eight weeks"),
    ],
))

CASES.append(dict(
    domain="wildfire smoke school closures", mode="summary", label="consistent",
    reference=(
        "All 37 public schools in the Tamsin Valley district will stay closed on Thursday and "
        "Friday because of heavy smoke from wildfires burning in the hills to the north, the "
        "district's education board announced on Wednesday evening. Air quality readings in the "
        "valley reached 'hazardous' levels on Wednesday afternoon for the second time this week. "
        "Superintendent Lorraine Achebe said lessons would move online where possible, but that "
        "free school meals would still be available for collection from six sites between 11am "
        "and 1pm. Health officials advised residents, particularly children, older people and "
        "those with asthma, to stay indoors with windows closed. Firefighters said the largest of "
        "the three fires, near Coyle Ridge, was 40% contained. The board will decide on Sunday "
        "whether schools can reopen on Monday."),
    candidate=(
        "Smoke from wildfires north of the Tamsin Valley will keep all 37 of the district's "
        "public schools shut on Thursday and Friday, after air quality hit 'hazardous' levels for "
        "the second time this week. Where possible, lessons will be taught online, and free meals "
        "can be picked up from six sites between 11am and 1pm. A decision on reopening on Monday "
        "is due on Sunday."),
    errors=[],
    traps=[
        trap("shut", "closed"),
        trap("hit", "reached"),
        trap("can be picked up", "would still be available for collection"),
        trap("A decision on reopening on Monday is due on Sunday",
             "The board will decide on Sunday whether schools can reopen on Monday"),
    ],
))

CASES.append(dict(
    domain="public toilet closures", mode="summary", label="consistent",
    reference=(
        "Harrowgate Borough Council is to close 12 of its 19 public toilets from April in an "
        "effort to save £210,000 a year, despite objections from disability groups and local "
        "businesses. The seven toilets that remain open, including those at the bus station and "
        "in Victoria Park, will have their opening hours extended until 9pm. The council said it "
        "would pay cafés and shops £600 a year each to let members of the public use their "
        "toilets without buying anything, and hoped to sign up at least 40 businesses. Access "
        "Harrowgate, a disability charity, said the plan would leave some people unable to go out "
        "for long periods. Council leader Denise Holloway said the authority faced a £4.3 million "
        "budget gap and had no choice. A consultation drew 2,700 responses, 81% of them opposed "
        "to the closures."),
    candidate=(
        "Despite opposition, Harrowgate Borough Council will shut 12 of its 19 public toilets "
        "from April to save £210,000 annually, with the remaining seven staying open until 9pm. "
        "Cafés and shops are to be paid £600 a year each to let the public use their toilets "
        "without having to buy anything. More than four in five of the 2,700 consultation "
        "responses opposed the closures; the council says a £4.3m budget gap leaves it no "
        "choice."),
    errors=[],
    traps=[
        trap("annually", "a year"),
        trap("without having to buy anything", "without buying anything"),
        trap("More than four in five", "81%"),
        trap("£4.3m", "£4.3 million"),
    ],
))

CASES.append(dict(
    domain="hearing aid trial funding", mode="summary", label="consistent",
    reference=(
        "A clinical trial testing whether early use of hearing aids can slow cognitive decline in "
        "older adults has received 2.8 million euros from the Lindqvist Research Foundation. The "
        "study, led by audiologist Professor Henrik Salo at the University of Marrenberg, will "
        "recruit 600 people aged 65 to 80 with mild hearing loss who do not yet use hearing aids. "
        "Half will be fitted with hearing aids immediately and half after three years, and all "
        "participants will take memory and reasoning tests every six months. Salo said previous "
        "studies had suggested a link between untreated hearing loss and dementia but could not "
        "show that treating it made a difference. Recruitment begins in January at clinics in "
        "four cities. Results are expected in 2029."),
    candidate=(
        "The Lindqvist Research Foundation has given €2.8m to a University of Marrenberg trial, "
        "led by Professor Henrik Salo, of whether fitting hearing aids early can slow cognitive "
        "decline. From January, 600 people aged 65-80 with mild hearing loss who do not yet use "
        "hearing aids will be recruited; half will get them straight away and half three years "
        "later, with memory and reasoning tested twice a year. Results are due in 2029."),
    errors=[],
    traps=[
        trap("€2.8m", "2.8 million euros"),
        trap("65-80", "65 to 80"),
        trap("straight away", "immediately"),
        trap("twice a year", "every six months"),
        trap("are due in 2029", "are expected in 2029"),
    ],
))

# ===================== SUMMARY, INCONSISTENT (5) ===========================

CASES.append(dict(
    domain="sugar beet harvest delay", mode="summary", label="inconsistent",
    reference=(
        "Heavy rain has delayed the sugar beet harvest across the eastern plains, with only about "
        "35% of the crop lifted by the end of October compared with 70% in a typical year, the "
        "Growers' Federation said on Tuesday. Waterlogged fields have made it impossible for "
        "heavy harvesters to work on many farms. The Arnholt sugar factory, which processes most "
        "of the region's beet, said it would extend its processing season by three weeks, into "
        "February, but warned that beet left in the ground could be damaged by frost. Federation "
        "chair Oskar Lindgren said yields so far were close to average, and that farmers would "
        "not be penalised for late deliveries under this year's contracts. Growers said the "
        "delays would still add to their costs."),
    candidate=(
        "Heavy rain means only around a third of the eastern plains' sugar beet had been lifted "
        "by the end of October, against 70% in a normal year, the Growers' Federation says. The "
        "Arnholt factory will extend its processing season by three months but warns that frost "
        "could damage beet still in the ground. Yields are close to average so far, though "
        "farmers would be penalised for late deliveries under this year's contracts."),
    errors=[
        err("three months", "number", "major", "three weeks"),
        err("would be penalised", "polarity", "critical", "would not be penalised"),
    ],
    traps=[
        trap("around a third", "about 35%"),
        trap("against 70% in a normal year", "compared with 70% in a typical year"),
    ],
))

CASES.append(dict(
    domain="opera house roof leak", mode="summary", label="inconsistent",
    reference=(
        "The Grand Opera House in Velmont has cancelled nine performances after water leaked "
        "through its roof during storms last weekend, damaging the stage machinery and part of "
        "the orchestra pit. The theatre's technical director, Anselm Roux, said the leak was "
        "caused by a blocked gutter that had overflowed into the roof space. Engineers were "
        "assessing the damage on Monday, and repairs are expected to take at least four weeks. "
        "Ticket holders for the cancelled performances, which include six nights of a new "
        "production of The Silver Lake, will be offered refunds or exchanges. The building, which "
        "dates from 1889, has a long-standing maintenance backlog estimated at €18 million. The "
        "city council, which owns the opera house, said it would review its inspection "
        "procedures."),
    candidate=(
        "The Grand Opera House in Velmont has cancelled nine performances, including six nights "
        "of a new production of The Silver Lake, after storm water leaked through the roof and "
        "damaged stage machinery and part of the orchestra pit. A blocked gutter was to blame, and "
        "repairs are expected to take at least four weeks. Ticket holders will be offered refunds "
        "or exchanges, and repairs are expected to take at least four weeks."),
    errors=[
        err("repairs are expected to take at least four weeks", "repetition", "minor", None, occ=1),
    ],
    traps=[
        trap("A blocked gutter was to blame", "the leak was caused by a blocked gutter"),
    ],
))

CASES.append(dict(
    domain="glacier monitoring station", mode="summary", label="inconsistent",
    reference=(
        "A new automated monitoring station has been installed on the Hallstrand Glacier to track "
        "how fast the ice is melting, the National Institute for Polar and Alpine Research said "
        "on Thursday. The station, powered by solar panels, will send readings of ice thickness, "
        "air temperature and meltwater flow via satellite every hour. Institute glaciologist Dr "
        "Ingrid Solheim said the glacier had lost about 24 metres of thickness at its lower end "
        "since 2000. A second station is planned for next summer on the neighbouring Brekka "
        "Glacier. The 1.9 million kronor project is funded jointly with the regional hydropower "
        "company Fjellkraft, which relies on meltwater from the glacier to feed two of its "
        "reservoirs. Fjellkraft said the data would help it plan electricity production more "
        "accurately."),
    candidate=(
        "An hourly, satellite-linked monitoring station has been installed on the Hallstrand "
        "Glacier to measure ice thickness, air temperature and meltwater flow. According to "
        "hydropower firm Fjellkraft, which co-funds the 1.9m kronor project and relies on the "
        "glacier's meltwater, the glacier's lower end has thinned by about 24 metres since 2000. "
        "A second station is already operating on the neighbouring Brekka Glacier."),
    errors=[
        err("According to hydropower firm Fjellkraft", "attribution", "major",
            "Institute glaciologist Dr Ingrid Solheim said"),
        err("is already operating", "event", "major", "is planned for next summer"),
    ],
    traps=[
        trap("1.9m kronor", "1.9 million kronor"),
        trap("thinned by about 24 metres", "lost about 24 metres of thickness"),
    ],
))

CASES.append(dict(
    domain="heat pump grant uptake", mode="summary", label="inconsistent",
    reference=(
        "Only 4,100 households have applied for the government's heat pump grant in its first "
        "nine months, well short of the 15,000 a year the scheme was designed for, figures from "
        "the Department of Energy show. The grant offers up to £6,000 towards the cost of "
        "replacing a gas or oil boiler with a heat pump. Installers say many homeowners are put "
        "off by the remaining cost, which can still exceed £8,000, and by a shortage of qualified "
        "engineers in rural areas. Energy minister Paula Grint said uptake had risen sharply since "
        "June and that the department would run an advertising campaign this winter. The "
        "opposition called the scheme 'a flop'. The scheme's budget for the year is £90 million, "
        "of which just under £25 million has been paid out."),
    candidate=(
        "Just 4,100 households applied for the heat pump grant of up to £6,000 in its first nine "
        "months, far below the scheme's annual target of 15,000, with installers blaming "
        "remaining costs of sometimes more than £8,000 and a lack of qualified engineers in rural "
        "areas. Energy minister Paula Grint, who said the grant would be increased next year, "
        "says uptake has climbed sharply since June and that the department will advertise this "
        "winter."),
    errors=[
        err("who said the grant would be increased next year", "addition", "major", None),
    ],
    traps=[
        trap("far below", "well short of"),
        trap("the scheme's annual target of 15,000", "the 15,000 a year the scheme was designed for"),
        trap("climbed sharply", "risen sharply"),
    ],
))

CASES.append(dict(
    domain="dental surgery waiting list", mode="summary", label="inconsistent",
    reference=(
        "More than 9,000 people are waiting to register with an NHS dentist in the Coldharbour "
        "area, according to figures obtained by the local Healthwatch group. The longest-waiting "
        "patient has been on the list for almost three years. The shortage worsened after the "
        "Riverside Dental Practice stopped taking NHS patients in March and its neighbour, "
        "Abbeygate Dental, closed in July after its principal dentist retired. The regional "
        "health board said it had funded 4,000 extra appointments at the Millbrook Dental Centre "
        "for urgent cases but admitted that routine check-ups would remain hard to get. "
        "Healthwatch chair Nadia Osborne said some residents were travelling more than 40 miles "
        "for treatment or pulling out their own teeth. The board expects a new practice to open "
        "in the town centre next spring."),
    candidate=(
        "Over 9,000 people in the Coldharbour area are waiting to register with an NHS dentist, "
        "the longest for nearly three years, Healthwatch figures show. The shortage worsened "
        "after Abbeygate Dental stopped taking NHS patients and another practice closed. The "
        "health board has funded 4,000 extra urgent appointments but concedes that routine "
        "check-ups will stay hard to get; a new town-centre practice is expected next spring."),
    errors=[
        err("Abbeygate Dental", "entity", "major", "the Riverside Dental Practice"),
    ],
    traps=[
        trap("Over 9,000", "More than 9,000"),
        trap("concedes", "admitted"),
        trap("will stay hard to get", "would remain hard to get"),
    ],
))

# ===================== TRANSLATION, CONSISTENT (5) =========================

CASES.append(dict(
    domain="asbestos school survey", mode="translation", label="consistent",
    reference=(
        "A survey commissioned by the education authority of the Haute-Sarine department has "
        "found asbestos in 63 of the 214 school buildings it examined, the authority announced on "
        "Tuesday. In most cases the material is in ceiling tiles and pipe insulation and poses no "
        "immediate danger as long as it is not disturbed, according to the report. However, in "
        "four schools the asbestos was judged to be damaged and must be removed before the start "
        "of the next school year. The director of the education authority, Mrs Élodie Ravanel, "
        "said parents of pupils at the affected schools would receive a letter this week. The "
        "removal work is estimated to cost 3.7 million euros, which will be shared between the "
        "department and the state. Teachers' unions had demanded the survey after a case of "
        "mesothelioma in a former caretaker in 2021."),
    candidate=(
        "Asbestos was detected in 63 out of 214 school buildings inspected in a study ordered by "
        "the Haute-Sarine departmental education authority, the authority said on Tuesday. "
        "According to the report, the material is mostly found in ceiling panels and pipe lagging "
        "and presents no immediate risk provided it is left undisturbed. In four schools, "
        "however, the asbestos was considered damaged and will have to be taken out before the "
        "new school year begins. Élodie Ravanel, who heads the education authority, said letters "
        "would go out this week to the parents of pupils at the schools concerned. The cost of "
        "removal is put at €3.7 million, to be split between the department and the state. "
        "Teachers' unions had called for the study after a former caretaker was diagnosed with "
        "mesothelioma in 2021."),
    errors=[],
    traps=[
        trap("ceiling panels and pipe lagging", "ceiling tiles and pipe insulation"),
        trap("provided it is left undisturbed", "as long as it is not disturbed"),
        trap("will have to be taken out", "must be removed"),
        trap("who heads the education authority", "The director of the education authority"),
        trap("€3.7 million", "3.7 million euros"),
    ],
))

CASES.append(dict(
    domain="pharmacy prescription charge freeze", mode="translation", label="consistent",
    reference=(
        "The Ministry of Health has decided to freeze the prescription charge at 40 korunas per "
        "item for another two years, Minister Radek Kousal announced on Wednesday. The charge had "
        "been due to rise to 50 korunas in January. Pensioners over 70 and children under 18 will "
        "continue to be exempt. According to the ministry, the freeze will cost the public health "
        "insurer about 620 million korunas a year, which will be covered from the state budget. "
        "Pharmacists' association president Hana Sýkorová welcomed the decision but warned that "
        "many small pharmacies in rural areas were struggling with rising costs and asked the "
        "government to raise the dispensing fee they receive. The minister said talks on the fee "
        "would start in the spring."),
    candidate=(
        "Prescription charges will stay at 40 korunas per item for two more years after the "
        "Ministry of Health decided to freeze them, Minister Radek Kousal said on Wednesday. From "
        "January the fee was supposed to go up to 50 korunas. Exemptions for pensioners aged over "
        "70 and for under-18s will remain in place. The ministry estimates that the freeze will "
        "cost the public health insurer roughly 620 million korunas annually, a sum the state "
        "budget will cover. Hana Sýkorová, who heads the pharmacists' association, welcomed the "
        "move but cautioned that many small rural pharmacies were finding rising costs hard to "
        "cope with, and called on the government to increase the dispensing fee paid to them. "
        "Negotiations on that fee will begin in spring, the minister said."),
    errors=[],
    traps=[
        trap("for two more years", "for another two years"),
        trap("was supposed to go up to 50 korunas", "had been due to rise to 50 korunas"),
        trap("under-18s", "children under 18"),
        trap("roughly 620 million korunas annually", "about 620 million korunas a year"),
        trap("Negotiations on that fee will begin in spring", "talks on the fee would start in the spring"),
    ],
))

CASES.append(dict(
    domain="cycling helmet law proposal", mode="translation", label="consistent",
    reference=(
        "The regional government of Alturia has presented a bill that would make helmets "
        "compulsory for all cyclists under the age of 16, including on rural roads and cycle "
        "paths. Parents of children caught without a helmet could be fined up to 80 euros, "
        "although police would first issue a warning. The transport councillor, Mr Iñaki "
        "Berrondo, said that 11 of the 27 cyclists under 16 who died on the region's roads in the "
        "last five years had not been wearing a helmet. Cycling associations criticised the "
        "proposal, arguing that it would discourage young people from cycling and that the money "
        "would be better spent on safe cycle lanes. The regional parliament will debate the bill "
        "in October. If it is approved, it would come into force in 2026."),
    candidate=(
        "Alturia's regional government has unveiled draft legislation under which every cyclist "
        "younger than 16 would have to wear a helmet, on rural roads and cycle paths as well. The "
        "parents of a child found riding without one could face a fine of as much as €80, though "
        "officers would give a warning first. According to the regional transport councillor, "
        "Iñaki Berrondo, of the 27 cyclists under 16 killed on the region's roads over the past "
        "five years, 11 were not wearing a helmet. Cycling groups attacked the plan, saying it "
        "would put young people off cycling and that the money would be better used on safe bike "
        "lanes. The bill is due to be debated by the regional parliament in October and, if "
        "passed, would take effect in 2026."),
    errors=[],
    traps=[
        trap("younger than 16", "under the age of 16"),
        trap("as much as €80", "up to 80 euros"),
        trap("put young people off cycling", "discourage young people from cycling"),
        trap("if passed", "If it is approved"),
        trap("would take effect", "would come into force"),
    ],
))

CASES.append(dict(
    domain="river swimming water quality", mode="translation", label="consistent",
    reference=(
        "Swimming in the River Wendel in Marlingen will be permitted again from 1 July at three "
        "designated spots, the city's environmental office announced. Bathing has been banned in "
        "the river since 1987 because of pollution from industry and sewage. Tests carried out "
        "over the last two summers showed that levels of E. coli bacteria at the three sites met "
        "the European standard for 'good' bathing water on more than 95% of days. The office will "
        "take samples every week and publish the results online. After heavy rain, when sewage "
        "overflows can occur, swimming will be prohibited for 48 hours. Lifeguards will not be "
        "present, and children under 14 may only swim accompanied by an adult. Head of the office "
        "Dr Ulrike Brandauer called the reopening 'a historic day for the city'."),
    candidate=(
        "From 1 July people will again be allowed to swim in the Wendel at three designated "
        "places in Marlingen, according to an announcement by the municipal environmental office. "
        "Because of industrial and sewage pollution, bathing in the river has been forbidden "
        "since 1987. Over the past two summers, testing at the three locations found E. coli "
        "levels within the European standard for 'good' bathing water on over 95% of days. "
        "Samples will be taken weekly by the office, with the results published on the internet. "
        "Following heavy rainfall, when sewage may overflow, there will be a two-day swimming "
        "ban. There will be no lifeguards, and under-14s may swim only with an adult. Dr Ulrike "
        "Brandauer, who heads the office, described the reopening as 'a historic day for the "
        "city'."),
    errors=[],
    traps=[
        trap("forbidden", "banned"),
        trap("on over 95% of days", "on more than 95% of days"),
        trap("weekly", "every week"),
        trap("a two-day swimming ban", "swimming will be prohibited for 48 hours"),
        trap("under-14s may swim only with an adult",
             "children under 14 may only swim accompanied by an adult"),
    ],
))

CASES.append(dict(
    domain="wedding venue licence", mode="translation", label="consistent",
    reference=(
        "The town council of San Liberto has granted the 16th-century Morvena Castle a licence to "
        "host civil wedding ceremonies, ending a dispute that had lasted almost two years. Until "
        "now couples who wanted to marry at the castle had to hold the legal ceremony at the town "
        "hall first. The licence allows up to 60 weddings a year, on condition that music stops "
        "at midnight and that guests are brought by shuttle bus from the car park in the valley. "
        "The castle's owner, the Ferretti family, said bookings for next summer were already "
        "open. The mayor, Mrs Giulia Santangelo, said the decision would bring visitors to the "
        "town but that the council would review it after one year if residents complained about "
        "noise or traffic."),
    candidate=(
        "San Liberto town council has given Morvena Castle, which dates from the 1500s, "
        "permission to hold civil weddings, bringing to an end a disagreement of nearly two "
        "years. Up to now, couples wishing to get married at the castle first had to go through "
        "the legal ceremony at the town hall. Under the licence a maximum of 60 weddings may take "
        "place each year, provided the music ends at midnight and guests travel by shuttle bus "
        "from the car park down in the valley. According to the Ferretti family, who own the "
        "castle, reservations for next summer are already being accepted. Mayor Giulia "
        "Santangelo said the decision would attract visitors to the town, but the council would "
        "look at it again after a year if there were complaints from residents about noise or "
        "traffic."),
    errors=[],
    traps=[
        trap("which dates from the 1500s", "16th-century"),
        trap("a disagreement of nearly two years", "a dispute that had lasted almost two years"),
        trap("a maximum of 60 weddings", "up to 60 weddings"),
        trap("reservations for next summer are already being accepted",
             "bookings for next summer were already open"),
        trap("look at it again after a year", "review it after one year"),
    ],
))

# ===================== TRANSLATION, INCONSISTENT (5) =======================

CASES.append(dict(
    domain="horse passport checks", mode="translation", label="inconsistent",
    reference=(
        "Veterinary inspectors checked the passports of 1,340 horses at fairs and stables in the "
        "Gironval region during the spring and found irregularities in 212 cases, the regional "
        "food safety directorate said on Monday. The most common problem was a missing or "
        "incorrect microchip number. In 19 cases the passport did not belong to the animal at "
        "all, which could mean that horses treated with medicines banned in the food chain were "
        "sold for slaughter. The directorate has passed those 19 cases to the public prosecutor "
        "in Saint-Aubrac. Owners who fail to present a valid passport can be fined up to 750 "
        "euros. The checks will be repeated in the autumn, with particular attention to horse "
        "dealers."),
    candidate=(
        "Over the spring, veterinary inspectors examined the passports of 1,340 horses at fairs "
        "and in stables in Gironval and detected irregularities in 212 of them, the regional "
        "directorate for food safety reported on Monday. Most often the microchip number was "
        "missing or wrong. In 19 cases the passport belonged to a different animal altogether, "
        "meaning that horses given medicines prohibited in the food chain could have been sold "
        "for slaughter. The directorate has referred these 19 cases to the Saint-Aubrac police "
        "prefecture. Owners unable to show a valid passport face fines of up to €750. The checks "
        "will take place again in the autumn."),
    errors=[
        err("the Saint-Aubrac police prefecture", "entity", "major",
            "the public prosecutor in Saint-Aubrac"),
        omit("with particular attention to horse dealers", "minor",
             after="will take place again in the autumn"),
    ],
    traps=[
        trap("belonged to a different animal altogether", "did not belong to the animal at all"),
        trap("fines of up to €750", "fined up to 750 euros"),
    ],
))

CASES.append(dict(
    domain="ferry timetable consultation", mode="translation", label="inconsistent",
    reference=(
        "The county council of Nordfjell has launched a public consultation on a new ferry "
        "timetable for the Skjelvik-Rauneset crossing, which would reduce the number of daily "
        "departures from 22 to 16 outside the summer season. The council says the change is "
        "necessary because of a 30 million kroner increase in the operating costs of the route. "
        "Residents and businesses can submit comments until 15 March. According to the proposal, "
        "the first ferry on weekdays would leave Skjelvik at 6.15 instead of 5.40, which "
        "commuters say would make it impossible to reach work in Rauneset on time. The council's "
        "transport committee will consider the responses in April. The mayor of Skjelvik, Mr "
        "Arvid Tønnesen, has said the municipality will oppose the cuts."),
    candidate=(
        "Nordfjell county council has opened a public consultation on a new timetable for the "
        "ferry between Skjelvik and Rauneset that would cut daily sailings outside the summer "
        "season from 22 to 16. According to the council, the change is needed because the "
        "route's operating costs have gone up by 30 million kroner. Residents and businesses have "
        "until 15 March to send in comments. Under the proposal, the first weekday ferry would "
        "depart from Skjelvik at a quarter to seven rather than 5.40, which commuters say would "
        "leave them unable to get to work in Rauneset on time. The responses will be examined by "
        "the council's transport committee in April. Arvid Tønnesen, mayor of Skjelvik, has said "
        "the municipality might oppose the cuts."),
    errors=[
        err("a quarter to seven", "date", "major", "6.15"),
        err("might oppose", "modality", "major", "will oppose"),
    ],
    traps=[
        trap("daily sailings", "daily departures"),
        trap("have gone up by 30 million kroner", "a 30 million kroner increase"),
        trap("have until 15 March to send in comments", "can submit comments until 15 March"),
    ],
))

CASES.append(dict(
    domain="veterans memorial vandalism", mode="translation", label="inconsistent",
    reference=(
        "The monument to the veterans of the 1921 campaign in the main square of Villaseca del "
        "Monte, which the veterans' association donated to the town in 1931, was daubed with red "
        "paint during the night from Saturday to Sunday, the municipal police reported. The "
        "attackers also broke two of the bronze plaques bearing the names of the fallen. A "
        "neighbour who was walking his dog at around 3 a.m. saw two young men running from the "
        "square and alerted the police, who arrested one of them a few streets away. The "
        "detainee, aged 19, has been released pending trial. The mayor, Mr Tomás Aguirre, "
        "condemned the attack and announced that the town hall would pay for the restoration, "
        "estimated at 12,000 euros. The veterans' association will hold a ceremony at the "
        "monument next Sunday."),
    candidate=(
        "During Saturday night, the memorial to the veterans of the 1921 campaign that stands in "
        "Villaseca del Monte's main square, and which the town donated to the veterans' "
        "association in 1931, was smeared with red paint, according to the local police. Two of "
        "the bronze plaques bearing the names of those who fell were also broken. At about three "
        "in the morning, a resident out walking his dog spotted two young men fleeing the square "
        "and called the police, who detained one of them a few streets away. The 19-year-old has "
        "been freed pending trial. Mayor Tomás Aguirre condemned the attack and said the town "
        "hall would cover the cost of the restoration, estimated at 12,000 euros. Next Sunday the "
        "veterans' association will hold a ceremony at the monument."),
    errors=[
        err("the town donated to the veterans' association", "role", "major",
            "the veterans' association donated to the town"),
    ],
    traps=[
        trap("At about three in the morning", "at around 3 a.m."),
        trap("The 19-year-old", "The detainee, aged 19"),
        trap("cover the cost of the restoration", "pay for the restoration"),
    ],
))

CASES.append(dict(
    domain="truffle season forecast", mode="translation", label="inconsistent",
    reference=(
        "The truffle growers' consortium of Montecalvo expects a poor white truffle season this "
        "autumn after a summer with almost no rain. The consortium's president, Mr Piero "
        "Lanzetta, said the harvest could be about 40% lower than last year, when hunters "
        "collected around 1,800 kilos. Prices, which last year averaged 3,500 euros per kilo, are "
        "likely to rise further. The consortium has asked the regional government to declare a "
        "state of agricultural emergency so that members can receive compensation. The "
        "traditional truffle fair will nonetheless go ahead on 12 October, but the auction of the "
        "largest specimens, usually held on the opening day, has been moved to the last weekend "
        "of the fair. Around 70,000 visitors attended last year."),
    candidate=(
        "After an almost completely dry summer, the Montecalvo truffle growers' consortium is "
        "forecasting a poor white truffle season this autumn. Its president, Piero Lanzetta, "
        "said the harvest might be roughly 40% down on last year, when around 1,800 kilos were "
        "gathered by hunters. Prices, which averaged €3,500 a kilo last year, will probably climb "
        "even higher. The consortium has requested that the regional government declare an "
        "agricultural state of emergency so that its members can be compensated, so that its "
        "members can be compensated. The traditional truffle fair will still take place on 12 "
        "October, but the auction of the biggest specimens, normally held on the first day, has "
        "been cancelled. Last year about 70,000 people visited."),
    errors=[
        err("so that its members can be compensated", "repetition", "minor", None, occ=1),
        err("has been cancelled", "event", "major",
            "has been moved to the last weekend of the fair"),
    ],
    traps=[
        trap("might be roughly 40% down on last year", "could be about 40% lower than last year"),
        trap("will probably climb even higher", "are likely to rise further"),
    ],
))

CASES.append(dict(
    domain="ski lift safety inspection", mode="translation", label="inconsistent",
    reference=(
        "The chairlift on the Hohe Gaisalm was closed on Friday after a safety inspection found "
        "cracks in two of the pylons, the operator, Gaisalm Bergbahnen, announced. The inspection "
        "was carried out by the state cableway authority as part of the routine checks before the "
        "winter season. According to the authority, there was no acute danger to passengers, but "
        "the lift may not operate until the pylons have been repaired and inspected again. The "
        "operator hopes to reopen the lift before Christmas. The other four lifts in the ski area "
        "are not affected and will open as planned on 7 December. The chairlift, built in 1994, "
        "carries up to 1,800 skiers per hour."),
    candidate=(
        "The chairlift on the Hohe Gaisalm was shut on Friday after a safety inspection "
        "discovered cracks in two pylons, said Gaisalm Bergbahnen, which operates it. The state "
        "cableway authority conducted the inspection during its routine checks ahead of the "
        "winter season. The authority said there was an acute danger to passengers and that the "
        "lift may not run until the pylons have been repaired and re-inspected. The operator is "
        "hoping to reopen it before Christmas. The remaining four lifts in the ski area are "
        "unaffected and will open on 7 December as planned. Built in 1994, the chairlift can "
        "carry as many as 1,800 skiers an hour."),
    errors=[
        err("there was an acute danger to passengers", "polarity", "critical",
            "there was no acute danger to passengers"),
    ],
    traps=[
        trap("re-inspected", "inspected again"),
        trap("The remaining four lifts in the ski area are unaffected",
             "The other four lifts in the ski area are not affected"),
        trap("as many as 1,800 skiers an hour", "up to 1,800 skiers per hour"),
    ],
))


# --------------------------------------------------------------------------
# resolution and validation
# --------------------------------------------------------------------------

class SetError(Exception):
    pass


def find_occ(hay, needle, occ, what):
    """Offset of occurrence `occ` of needle; occ None means it must be unique."""
    starts = []
    i = hay.find(needle)
    while i != -1:
        starts.append(i)
        i = hay.find(needle, i + 1)
    if not starts:
        raise SetError("%s: %r not found" % (what, needle))
    if occ is None:
        if len(starts) > 1:
            raise SetError("%s: %r occurs %d times; give occ" % (what, needle, len(starts)))
        return starts[0]
    if occ >= len(starts):
        raise SetError("%s: %r has only %d occurrence(s), occ=%d"
                       % (what, needle, len(starts), occ))
    return starts[occ]


def cuts_word(text, start, end):
    def inner(a, b):
        return a.isalnum() and b.isalnum()
    if start > 0 and start < len(text) and inner(text[start - 1], text[start]):
        return True
    if 0 < end < len(text) and inner(text[end - 1], text[end]):
        return True
    return False


def words(s):
    return len(re.findall(r"\S+", s))


def resolve(case, where):
    cand, ref = case["candidate"], case["reference"]
    errors, traps = [], []
    for e in case["errors"]:
        if e["kind"] == "omission":
            if (e["after"] is None) == (e["before"] is None):
                raise SetError("%s: omission needs exactly one of after/before" % where)
            if e["after"] is not None:
                pos = find_occ(cand, e["after"], e["occ"], where + " omission anchor")
                pos += len(e["after"])
            else:
                pos = find_occ(cand, e["before"], e["occ"], where + " omission anchor")
            start = end = pos
        else:
            start = find_occ(cand, e["text"], e["occ"], where + " error")
            end = start + len(e["text"])
        errors.append({"start": start, "end": end, "text": cand[start:end],
                       "type": e["type"], "severity": e["severity"],
                       "ref_text": e["ref_text"]})
    for t in case["traps"]:
        start = find_occ(cand, t["text"], t["occ"], where + " trap")
        end = start + len(t["text"])
        traps.append({"start": start, "end": end, "text": cand[start:end],
                      "ref_text": t["ref_text"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return errors, traps


def validate_record(rec):
    w = rec["id"]
    ref, cand = rec["reference"], rec["candidate"]
    problems = []

    def bad(msg):
        problems.append("%s: %s" % (w, msg))

    if rec["mode"] not in MODES:
        bad("bad mode")
    if rec["label"] not in ("consistent", "inconsistent"):
        bad("bad label")
    if rec["domain"] not in DOMAINS:
        bad("domain not in list: %r" % rec["domain"])
    for name, s in (("reference", ref), ("candidate", cand)):
        if s != s.strip() or "  " in s or "\n" in s:
            bad("%s has stray whitespace" % name)
        if '"' in s:
            bad("%s contains a double quote" % name)
    nref = words(ref)
    if not 70 <= nref <= 190:
        bad("reference has %d words" % nref)
    if rec["mode"] == "summary":
        if not (words(cand) < nref and len(cand) < len(ref)):
            bad("summary not shorter than reference")
    if ref == cand:
        bad("candidate identical to reference")

    errs, traps = rec["errors"], rec["traps"]
    if rec["label"] == "consistent":
        if errs:
            bad("consistent pair has errors")
        if not 3 <= len(traps) <= 5:
            bad("consistent pair has %d traps" % len(traps))
    else:
        if not 1 <= len(errs) <= 2:
            bad("inconsistent pair has %d errors" % len(errs))
        if not 0 <= len(traps) <= 3:
            bad("inconsistent pair has %d traps" % len(traps))

    spans = []
    for e in errs:
        s, t = e["start"], e["end"]
        if e["type"] not in ERROR_TYPES:
            bad("bad error type %r" % e["type"])
        if e["severity"] not in SEVERITIES:
            bad("bad severity %r" % e["severity"])
        if not (0 <= s <= t <= len(cand)) or cand[s:t] != e["text"]:
            bad("error offsets do not match text %r" % e["text"])
        if cuts_word(cand, s, t):
            bad("error span cuts a word: %r" % e["text"])
        if e["type"] == "omission":
            if rec["mode"] == "summary":
                bad("omission in a summary")
            if s != t or e["text"] != "":
                bad("omission must be empty")
            if not e["ref_text"] or e["ref_text"] not in ref:
                bad("omission ref_text not in reference: %r" % e["ref_text"])
            if e["ref_text"] and e["ref_text"] in cand:
                bad("omitted words still in candidate: %r" % e["ref_text"])
        else:
            if s == t or not e["text"].strip():
                bad("empty non-omission span")
            if e["text"] != e["text"].strip():
                bad("span has outer whitespace: %r" % e["text"])
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad("%s must have ref_text null" % e["type"])
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad("ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] == e["text"]:
                    bad("error text equals ref_text: %r" % e["text"])
            if e["type"] == "repetition":
                if cand.find(e["text"]) >= s or cand.find(e["text"]) + len(e["text"]) > s:
                    bad("repetition has no earlier copy: %r" % e["text"])
            if e["type"] == "addition" and e["text"] in ref:
                bad("addition text occurs in reference: %r" % e["text"])
        spans.append((s, t, "error " + repr(e["text"])))
    for tr in traps:
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"] or s >= t:
            bad("trap offsets do not match text %r" % tr["text"])
        if tr["text"] != tr["text"].strip():
            bad("trap has outer whitespace: %r" % tr["text"])
        if cuts_word(cand, s, t):
            bad("trap span cuts a word: %r" % tr["text"])
        if not tr["ref_text"] or tr["ref_text"] not in ref:
            bad("trap ref_text not in reference: %r" % tr["ref_text"])
        if tr["text"] == tr["ref_text"]:
            bad("trap not reworded: %r" % tr["text"])
        if tr["text"] in ref:
            bad("trap text occurs verbatim in reference: %r" % tr["text"])
        spans.append((s, t, "trap " + repr(tr["text"])))
    # non-empty spans must not overlap; a zero-width omission point may touch
    # a span's edge but must not sit inside one
    for i, (s1, t1, n1) in enumerate(spans):
        for (s2, t2, n2) in spans[i + 1:]:
            if s1 < t1 and s2 < t2:
                if s1 < t2 and s2 < t1:
                    bad("overlapping spans %s and %s" % (n1, n2))
            elif s1 == t1 and s2 == t2:
                if s1 == s2:
                    bad("two omissions at one point")
            else:
                p, (a, b) = (s1, (s2, t2)) if s1 == t1 else (s2, (s1, t1))
                if a < p < b:
                    bad("omission point inside span %s / %s" % (n1, n2))
    return problems


def build():
    if len(CASES) != 40:
        raise SetError("expected 40 cases, have %d" % len(CASES))
    order = list(range(len(CASES)))
    random.Random(N).shuffle(order)
    records, problems = [], []
    for k, idx in enumerate(order, 1):
        case = CASES[idx]
        rid = "s%d-%03d" % (N, k)
        try:
            errors, traps = resolve(case, rid + " (" + case["domain"] + ")")
        except SetError as exc:
            problems.append(str(exc))
            continue
        rec = {"id": rid, "domain": case["domain"], "mode": case["mode"],
               "reference": case["reference"], "candidate": case["candidate"],
               "label": case["label"], "errors": errors, "traps": traps}
        problems.extend(validate_record(rec))
        records.append(rec)
    return records, problems


def composition(records):
    c = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    nerr = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    ntraps = sum(len(r["traps"]) for r in records)
    return c, types, sev, nerr, ntraps


def check_composition(records):
    problems = []
    c, types, sev, nerr, ntraps = composition(records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    for k, v in want.items():
        if c.get(k, 0) != v:
            problems.append("composition %s: %d, want %d" % (k, c.get(k, 0), v))
    if sum(types.values()) != 30:
        problems.append("total errors %d, want 30" % sum(types.values()))
    for t in ERROR_TYPES:
        if types.get(t, 0) < 2:
            problems.append("error type %s has %d, want >= 2" % (t, types.get(t, 0)))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    return problems


def main(argv):
    check_only = "--check" in argv[1:]
    records, problems = build()
    if not problems:
        problems = check_composition(records)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    c, types, sev, nerr, ntraps = composition(records)
    print("pairs: %d" % len(records))
    for k in sorted(c):
        print("  %-12s %-12s %d" % (k[0], k[1], c[k]))
    print("errors: %d  %s" % (sum(types.values()),
                              ", ".join("%s %d" % (t, types[t]) for t in ERROR_TYPES)))
    print("severity: %s" % ", ".join("%s %d" % kv for kv in sorted(sev.items())))
    print("errors per inconsistent pair: %s" % dict(sorted(nerr.items())))
    print("traps: %d" % ntraps)
    if check_only:
        print("check OK; nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
