"""Set 151, part 4: ten translation pairs (5 consistent, 5 inconsistent).

Both texts of each pair stand for independent English translations of the same
(non-English) news story, so the wording differs throughout.
"""
from ._helpers import E, T, case

CASES = [
    # 31 ----------------------------------------------------------------
    case(
        "bridge collapse report", "translation", "consistent",
        "The collapse of the Velka Strana road bridge last spring was caused by corrosion of the "
        "steel cables inside the concrete deck, which had gone undetected for years, according to "
        "the final report of the state commission of inquiry presented on Monday in Dravnik. The "
        "commission found that the last detailed inspection of the bridge took place in 2011, "
        "although regulations require one every six years. No one was killed in the collapse, "
        "which happened at night, but two drivers were slightly injured. The report recommends "
        "that all bridges of similar construction be examined by the end of next year. The "
        "transport minister, Jana Holubová, said funding for the inspections would be included "
        "in the next budget.",
        "The final report of the state commission of inquiry, presented in Dravnik on Monday, "
        "concludes that the Velka Strana road bridge collapsed last spring because the steel "
        "cables inside its concrete deck had corroded, damage that had not been noticed for "
        "years. According to the commission, the last detailed inspection of the bridge was "
        "carried out in 2011, even though the rules prescribe one every six years. The collapse "
        "occurred at night and claimed no lives, although two drivers suffered minor injuries. "
        "The report recommends examining all bridges of the same design by the end of next year. "
        "Transport Minister Jana Holubová said money for the inspections would be set aside in "
        "the next budget.",
        traps=[
            T("had not been noticed for years", "had gone undetected for years"),
            T("the rules prescribe one every six years", "regulations require one every six years"),
            T("claimed no lives", "No one was killed"),
            T("suffered minor injuries", "were slightly injured"),
            T("of the same design", "of similar construction"),
        ],
    ),
    # 32 ----------------------------------------------------------------
    case(
        "telecom outage fine", "translation", "inconsistent",
        "The national communications regulator has fined the operator Telvora 4.2 million lei "
        "for a network outage in July that left almost two million mobile customers without "
        "service for up to nine hours. The regulator said the company had failed to activate its "
        "backup systems in time and had informed the authorities of the problem only after three "
        "hours. During the outage, calls to the emergency number 112 were also impossible in "
        "several counties. Telvora said it would appeal against the decision in court. Customers "
        "affected by the outage received a credit of 10 lei on their next bill.",
        "Telvora has been fined 4.2 million lei by the national competition authority over a "
        "network failure in July that cut off nearly two million mobile subscribers for as long "
        "as nine hours. According to the regulator, the operator did not switch on its backup "
        "systems quickly enough and only notified the authorities of the problem three hours "
        "later. During the failure it was also impossible to call the emergency number 112. "
        "Telvora announced that it would challenge the decision in court. Affected customers were "
        "credited with 10 lei on their following bill.",
        errors=[
            E("national competition authority", "entity", "major",
              "national communications regulator"),
            E("", "omission", "major", "in several counties",
              after="call the emergency number 112"),
        ],
        traps=[
            T("only notified the authorities of the problem three hours later",
              "had informed the authorities of the problem only after three hours"),
        ],
    ),
    # 33 ----------------------------------------------------------------
    case(
        "wastewater plant upgrade", "translation", "consistent",
        "Work on modernising the municipal wastewater treatment plant in Oberkessel will begin in "
        "March and is expected to last about two and a half years, the town council decided on "
        "Tuesday evening. The project will cost 38 million euros, of which the federal state will "
        "contribute 15 million. After the upgrade the plant will be able to remove pharmaceutical "
        "residues and microplastics from the water through a fourth treatment stage. The plant "
        "currently serves about 120,000 inhabitants of Oberkessel and five neighbouring "
        "municipalities. According to the mayor, Dieter Lanzinger, the annual wastewater charge "
        "for an average household will rise by around 40 euros.",
        "On Tuesday evening the Oberkessel town council gave the green light for the "
        "modernisation of the municipal sewage treatment works; construction will start in March "
        "and should take roughly 30 months. Of the total cost of €38 million, €15 million will be "
        "covered by the federal state. Once upgraded, the plant will be able to filter medicine "
        "residues and microplastics out of the water in a fourth treatment stage. Around 120,000 "
        "people in Oberkessel and five neighbouring municipalities are currently served by the "
        "plant. Mayor Dieter Lanzinger said an average household would pay roughly 40 euros more "
        "per year in wastewater charges.",
        traps=[
            T("sewage treatment works", "wastewater treatment plant"),
            T("roughly 30 months", "about two and a half years"),
            T("€15 million will be covered by the federal state",
              "the federal state will contribute 15 million"),
            T("medicine residues", "pharmaceutical residues"),
            T("roughly 40 euros more per year", "rise by around 40 euros"),
        ],
    ),
    # 34 ----------------------------------------------------------------
    case(
        "migrant rescue at sea", "translation", "inconsistent",
        "A coast guard patrol boat rescued 74 people from an overcrowded wooden boat about 40 "
        "nautical miles south of the island of Kalymera on Saturday night, the port authority "
        "said on Sunday. Among those rescued were 11 children and a pregnant woman, who was taken "
        "to hospital by helicopter. The boat had left the coast of North Africa two days earlier "
        "and had been drifting after its engine failed. Survivors told rescuers that one man had "
        "fallen overboard during the crossing; a search for him was called off on Sunday "
        "afternoon. The others were brought to the port of Agios Theron and housed in a reception "
        "centre.",
        "According to a statement from the port authority on Sunday, a coast guard patrol vessel "
        "picked up 74 people on Friday night from an overloaded wooden boat roughly 40 nautical "
        "miles south of the island of Kalymera. Those rescued included eleven children and a "
        "pregnant woman, who was airlifted to hospital. The boat had set off from the North "
        "African coast two days before and had been adrift since its engine broke down. Survivors "
        "told the rescuers that a man had gone overboard during the voyage; the search for him "
        "was abandoned on Sunday afternoon. The remaining passengers were taken to the port of "
        "Agios Theron and accommodated in a reception centre.",
        errors=[
            E("Friday night", "date", "major", "Saturday night"),
        ],
        traps=[
            T("eleven children", "11 children"),
            T("airlifted to hospital", "taken to hospital by helicopter"),
            T("the search for him was abandoned", "a search for him was called off"),
        ],
    ),
    # 35 ----------------------------------------------------------------
    case(
        "textile mill reopening", "translation", "consistent",
        "The former Brunnerhof textile mill in Sankt Aurel, which closed in 2009 with the loss of "
        "600 jobs, is to resume production next year under a new owner. The family firm Weiss & "
        "Tochter has bought the site for an undisclosed sum and plans to make technical fabrics "
        "for outdoor clothing there. Initially 85 people will be employed; the company hopes to "
        "increase this to 200 within five years. Managing director Lena Weiss said the decision "
        "had been influenced by the skilled workforce in the region. The regional government is "
        "supporting the project with a grant of 2.1 million euros.",
        "Production is set to restart next year at the old Brunnerhof textile works in Sankt "
        "Aurel, which shut down in 2009, costing 600 jobs. The new owner, the family-run company "
        "Weiss & Tochter, acquired the site for an amount that was not disclosed and intends to "
        "manufacture technical textiles for outdoor clothing there. The workforce will initially "
        "number 85, and the firm hopes to raise this to 200 within five years. According to "
        "managing director Lena Weiss, the skilled workforce in the region played a part in the "
        "decision. The regional government is supporting the project with a subsidy of €2.1 "
        "million.",
        traps=[
            T("shut down in 2009, costing 600 jobs", "closed in 2009 with the loss of 600 jobs"),
            T("for an amount that was not disclosed", "for an undisclosed sum"),
            T("played a part in the decision", "the decision had been influenced by"),
            T("a subsidy of €2.1 million", "a grant of 2.1 million euros"),
        ],
    ),
    # 36 ----------------------------------------------------------------
    case(
        "night bus trial", "translation", "inconsistent",
        "From 5 May the Lindgård city transport company will run night buses on three routes at "
        "weekends as a one-year trial, following a request from the student union. Buses will "
        "leave the central square every 40 minutes between midnight and 4 a.m. on Friday and "
        "Saturday nights. Fares will be the same as during the day, and monthly passes will be "
        "valid. The city council will pay the transport company about 1.8 million kronor for the "
        "trial. If passenger numbers are too low, the service will not be continued after the "
        "trial, said the company's director, Ebbe Tornqvist.",
        "At the request of the student union, Lindgård's municipal transport company is launching "
        "a one-year trial of weekend night buses on three routes, starting on 5 May. On Friday "
        "and Saturday nights, buses will depart from the central square every 40 minutes from "
        "midnight until 4 am. Tickets will cost the same as in the daytime, but monthly passes "
        "cannot be used. The transport company will pay the city council around 1.8 million "
        "kronor for the trial. Company director Ebbe Tornqvist said that the service would be "
        "discontinued after the trial if too few passengers used it.",
        errors=[
            E("monthly passes cannot be used", "polarity", "major", "monthly passes will be valid"),
            E("transport company will pay the city council", "role", "major",
              "city council will pay the transport company"),
        ],
        traps=[
            T("Tickets will cost the same as in the daytime", "Fares will be the same as during the day"),
        ],
    ),
    # 37 ----------------------------------------------------------------
    case(
        "salmon river restocking", "translation", "consistent",
        "Volunteers and staff of the regional fisheries agency released around 60,000 young "
        "salmon into the upper reaches of the river Vessla on Wednesday, the first restocking "
        "since a chemical spill wiped out much of the fish population three years ago. The smolts "
        "were raised at the agency's hatchery at Skarvholm from eggs taken from wild fish caught "
        "in a neighbouring river. The agency plans to release a similar number each spring for "
        "the next four years. Fishing for salmon on the Vessla will remain banned until at least "
        "2028. According to the agency's biologist, Ingrid Haugset, it will take about ten years "
        "before the population is self-sustaining again.",
        "On Wednesday, some 60,000 young salmon were set free in the upper part of the river "
        "Vessla by volunteers and staff of the regional fisheries agency. It was the first "
        "restocking since a chemical spill killed off a large part of the fish stock three years "
        "ago. The smolts had been reared at the agency's Skarvholm hatchery from eggs taken from "
        "wild fish caught in a nearby river. The agency intends to release a comparable number "
        "every spring for the next four years. Salmon fishing on the Vessla will stay prohibited "
        "until 2028 at the earliest. According to agency biologist Ingrid Haugset, it will take "
        "roughly a decade for the population to become self-sustaining again.",
        traps=[
            T("some 60,000", "around 60,000"),
            T("killed off a large part of the fish stock", "wiped out much of the fish population"),
            T("stay prohibited", "remain banned"),
            T("until 2028 at the earliest", "until at least 2028"),
            T("roughly a decade", "about ten years"),
        ],
    ),
    # 38 ----------------------------------------------------------------
    case(
        "market hall restoration", "translation", "inconsistent",
        "The restoration of the nineteenth-century market hall in Corbeira has been completed "
        "after four years of work, and the building will reopen to the public on 12 October. The "
        "iron-and-glass roof, which had been leaking for decades, was completely dismantled and "
        "rebuilt using original parts where possible. The work cost 9.6 million euros, a third "
        "more than originally budgeted, mainly because of the discovery of asbestos in the "
        "basement. The hall will house 48 stalls selling fresh food, as well as a restaurant on "
        "the upper gallery. Stallholders who traded in the temporary market will be offered "
        "places first.",
        "After four years of works, the restoration of Corbeira's nineteenth-century market hall "
        "is finished, and the building will be open to the public again from 12 October. The iron "
        "and glass roof, which had leaked for decades, was taken apart entirely and rebuilt, with "
        "original parts reused wherever possible. At 9.6 million euros, the works cost a third "
        "more than initially planned, mainly because asbestos was found in the basement. The hall "
        "will have 48 fresh-food stalls and a restaurant on the upper gallery, a restaurant on "
        "the upper gallery. Traders from the temporary market will have priority when places are "
        "allocated.",
        errors=[
            E("a restaurant on the upper gallery", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("was taken apart entirely", "was completely dismantled"),
            T("a third more than initially planned", "a third more than originally budgeted"),
        ],
    ),
    # 39 ----------------------------------------------------------------
    case(
        "refinery fire", "translation", "consistent",
        "A fire broke out on Thursday afternoon in a storage tank at the Porto Salveira oil "
        "refinery, sending a column of black smoke visible for several kilometres. Around 80 "
        "firefighters brought the blaze under control by the evening, and nobody was injured. As "
        "a precaution, the authorities told residents of the neighbouring districts of Vila Nova "
        "and Ribeirinha to keep their windows closed. The operating company, Salveira Refinação, "
        "said production at the refinery had not been affected. The cause of the fire is being "
        "investigated; according to the company, the tank contained about 5,000 cubic metres of "
        "diesel.",
        "On Thursday afternoon a storage tank at the Porto Salveira oil refinery caught fire, "
        "sending up a plume of black smoke that could be seen several kilometres away. "
        "By evening, some 80 firefighters had the blaze under control; there were no injuries. "
        "As a precaution, the authorities told people living in the neighbouring districts of "
        "Vila Nova and Ribeirinha to keep their windows shut. Salveira Refinação, which operates "
        "the refinery, stated that output had not been affected. An investigation into the cause "
        "is under way. The company said the tank held roughly 5,000 cubic metres of diesel.",
        traps=[
            T("could be seen several kilometres away", "visible for several kilometres"),
            T("some 80 firefighters", "Around 80 firefighters"),
            T("there were no injuries", "nobody was injured"),
            T("output", "production"),
            T("roughly 5,000 cubic metres", "about 5,000 cubic metres"),
        ],
    ),
    # 40 ----------------------------------------------------------------
    case(
        "dialysis unit opening", "translation", "inconsistent",
        "A new dialysis unit with 24 treatment stations opened on Monday at the district hospital "
        "in Kovač Polje, ending years of long journeys for kidney patients in the area. Until "
        "now, around 130 patients from the district had to travel up to 90 kilometres to the "
        "university clinic in Varta-Orlov three times a week. The unit cost 3.4 million euros, "
        "two thirds of which came from a national regional development fund. Its head, Dr Milena "
        "Radić, said the unit could treat up to 150 patients in three shifts. The health "
        "minister, Tomislav Barić, who attended the opening, promised that two more units would "
        "open in the region by 2027.",
        "On Monday the district hospital in Kovač Polje opened a new dialysis unit with 24 "
        "treatment places, putting an end to years of long trips for the area's kidney patients. "
        "Up to now, about 130 patients from the district have had to travel as far as 90 "
        "kilometres to the university clinic in Varta-Orlov three times a week. Two thirds of the "
        "unit's 3.4 million euro cost was covered by a national regional development fund. "
        "According to its head, Dr Milena Radić, the unit can treat up to 150 patients per shift. "
        "Two more units will open in the region by 2027, Dr Radić added. Health Minister Tomislav "
        "Barić attended the opening.",
        errors=[
            E("up to 150 patients per shift", "number", "major",
              "up to 150 patients in three shifts"),
            E("Dr Radić", "attribution", "major", "The health minister, Tomislav Barić"),
        ],
        traps=[
            T("24 treatment places", "24 treatment stations"),
            T("as far as 90 kilometres", "up to 90 kilometres"),
        ],
    ),
]
