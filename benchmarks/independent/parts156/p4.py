"""set156, part 4: ten translations (five consistent, five inconsistent).

Both texts of a pair are meant as independent English translations of one non-English story.
"""
from _helpers import err, omit, trap

CASES = [
    dict(
        key="T01", domain="migrating crane count", mode="translation",
        reference="Volunteers counted a record 312,000 migrating cranes at the Lake Sorvin wetlands over the weekend, the national ornithological society reported on Monday. The figure is about 20 percent higher than last year's count. According to the society, mild weather in the far north delayed the birds' departure, so that many of them arrived at the lake at the same time. More than 450 volunteers took part in the census, which has been conducted every autumn since 1996. The society asked visitors to keep to the designated viewing platforms and not to use drones, which frighten the birds. The cranes usually stay for about three weeks before flying on to southern Spain and Morocco.",
        candidate="A record 312,000 cranes on migration were counted by volunteers at the Lake Sorvin wetlands at the weekend, the country's ornithological society announced on Monday. That is roughly a fifth more than were counted a year earlier. The society said that because of mild weather in the far north the birds set off later than usual, and as a result many reached the lake simultaneously. Over 450 volunteers helped with the count, which has taken place each autumn since 1996. Visitors were asked by the society to stay on the designated viewing platforms and to refrain from flying drones, as these scare the birds. Typically the cranes remain for around three weeks before continuing to southern Spain and Morocco.",
        errors=[],
        traps=[
            trap("roughly a fifth more than were counted a year earlier", "about 20 percent higher than last year's count"),
            trap("simultaneously", "at the same time"),
            trap("Over 450 volunteers", "More than 450 volunteers"),
            trap("to refrain from flying drones", "not to use drones"),
        ],
    ),
    dict(
        key="T02", domain="mountain ledge rescue", mode="translation",
        reference="A 34-year-old climber who spent two nights trapped on a ledge on the north face of Monte Fralda was rescued on Wednesday morning, the mountain rescue service said. The man, a German citizen, had fallen about 15 metres on Monday afternoon and injured his ankle. His climbing partner raised the alarm by mobile phone, but fog and heavy snowfall prevented a helicopter from reaching him for almost 40 hours. A team of six rescuers eventually reached the ledge on foot and lowered him to a point where the helicopter could pick him up. He was flown to hospital in Valdicorte with hypothermia and a broken ankle. Doctors said his condition was stable.",
        candidate="On Wednesday morning mountain rescuers saved a 34-year-old climber who had been stuck for two nights on a ledge on Monte Fralda's north face, according to the rescue service. The climber, a German national, fell some 15 metres on Monday afternoon and hurt his ankle. His partner called for help by mobile, but because of fog and heavy snow the helicopter could not get to him for nearly 40 hours. In the end six rescuers climbed to the ledge on foot and lowered the man to a spot where the helicopter was able to collect him. He was taken by air to the hospital in Valdicorte, suffering from hypothermia and a fractured ankle. His condition is stable, according to doctors.",
        errors=[],
        traps=[
            trap("a German national", "a German citizen"),
            trap("nearly 40 hours", "almost 40 hours"),
            trap("taken by air", "flown"),
            trap("a fractured ankle", "a broken ankle"),
        ],
    ),
    dict(
        key="T03", domain="food waste collection scheme", mode="translation",
        reference="From 1 January, households in the city of Rovenna will have to separate food waste from other rubbish, the city administration announced on Thursday. Each household will receive a free seven-litre kitchen caddy and a larger brown bin, which will be emptied every week. Food waste will be taken to a new biogas plant in the industrial zone, which is expected to produce enough energy for 3,000 homes. The city hopes to cut the amount of waste sent to landfill by a third within five years. Residents who repeatedly fail to sort their waste may be fined up to 200 euros, but officials said the first six months would be a period of education rather than penalties.",
        candidate="Rovenna's city administration said on Thursday that, starting on 1 January, households will be required to keep food waste separate from the rest of their rubbish. Every household is to get a seven-litre kitchen caddy free of charge, as well as a bigger brown bin to be emptied weekly. The food waste will go to a new biogas plant in the industrial area, which should generate enough energy to supply 3,000 homes. The city aims to reduce the volume of waste going to landfill by one third within five years. Residents who persistently fail to sort their rubbish could face fines of as much as 200 euros, although for the first six months the emphasis will be on education, not penalties, officials said.",
        errors=[],
        traps=[
            trap("to be emptied weekly", "which will be emptied every week"),
            trap("which should generate", "which is expected to produce"),
            trap("by one third", "by a third"),
            trap("could face fines of as much as 200 euros", "may be fined up to 200 euros"),
        ],
    ),
    dict(
        key="T04", domain="municipal election turnout", mode="translation",
        reference="Turnout in Sunday's municipal elections in the province of Karsta was 58.4 percent, the highest since 1994, the provincial electoral commission said on Monday. In the capital, Ostrel, turnout reached 61 percent. Commission chairman Viktor Alenko attributed the rise partly to the introduction of early voting, which was used by almost 90,000 people. Counting was completed overnight without significant problems, although results in two rural districts were delayed by a power cut. The commission received 37 formal complaints, most of them about campaign posters placed too close to polling stations. Final official results will be published on Thursday.",
        candidate="The electoral commission of Karsta province announced on Monday that 58.4 percent of voters took part in Sunday's municipal elections, the highest turnout since 1994. In Ostrel, the provincial capital, the figure was 61 percent. Viktor Alenko, who chairs the commission, said the increase was due in part to the newly introduced early voting, which nearly 90,000 people took advantage of. The count finished during the night with no serious problems, though a power outage held up results in two rural districts. Thirty-seven formal complaints were lodged with the commission, mostly concerning campaign posters put up too near polling stations. The final official results are due to be released on Thursday.",
        errors=[],
        traps=[
            trap("58.4 percent of voters took part", "Turnout in Sunday's municipal elections in the province of Karsta was 58.4 percent"),
            trap("due in part", "partly"),
            trap("a power outage held up results", "results in two rural districts were delayed by a power cut"),
            trap("Thirty-seven formal complaints", "37 formal complaints"),
        ],
    ),
    dict(
        key="T05", domain="food bank collection drive", mode="translation",
        reference="A two-week food collection organised by the Solbrekke food bank has gathered 48 tonnes of groceries, double the amount collected last year, the charity said on Friday. Donations were collected at 65 supermarkets and 30 schools across the region. The food bank's director, Sofie Lindahl, said demand had risen sharply since the winter, with the number of families receiving weekly parcels increasing from 1,200 to 1,900. She thanked the roughly 700 volunteers who staffed collection points. The charity said it was especially short of baby food and hygiene products and would continue to accept these at its warehouse until the end of the month.",
        candidate="The Solbrekke food bank said on Friday that its fortnight-long collection drive had brought in 48 tonnes of food, twice as much as last year. People donated at 65 supermarkets and 30 schools throughout the region. Sofie Lindahl, who runs the food bank, said demand had climbed steeply since winter: 1,900 families now get a weekly parcel, up from 1,200. She expressed her gratitude to the approximately 700 volunteers who manned the collection points. According to the charity, it is particularly lacking baby food and hygiene items, and these will still be accepted at its warehouse until the month is over.",
        errors=[],
        traps=[
            trap("fortnight-long", "two-week"),
            trap("twice as much as last year", "double the amount collected last year"),
            trap("who runs the food bank", "The food bank's director"),
            trap("1,900 families now get a weekly parcel, up from 1,200", "the number of families receiving weekly parcels increasing from 1,200 to 1,900"),
        ],
    ),
    dict(
        key="T06", domain="chlorine gas leak", mode="translation",
        reference="Residents within two kilometres of the Vellmark chemical plant were told to keep their windows closed on Tuesday after a leak of chlorine gas during maintenance work, the regional fire service said. The leak began at around 9:30 a.m. and was stopped within 40 minutes. Eleven workers were examined by paramedics and three of them were taken to hospital with breathing difficulties. Air quality measurements in the surrounding area showed no dangerous concentrations, the fire service said, and the warning was lifted in the early afternoon. The plant's owner, Nordkem, said it would cooperate fully with the labour inspectorate, which has opened an investigation.",
        candidate="On Tuesday the regional fire service told people living within two kilometres of the Vellmark chemical plant to keep their windows shut following a chlorine gas leak that occurred during maintenance. The leak started at approximately 9:30 a.m. and had been stemmed within 40 minutes. Paramedics checked thirteen workers, three of whom were hospitalised with breathing problems. According to the fire service, air quality readings around the site showed no dangerous concentrations, and the warning was lifted in the early afternoon. Nordkem, which owns the plant, said it would fully cooperate with the labour inspectorate.",
        errors=[
            err("number", "thirteen", "Eleven", "major"),
            omit("which has opened an investigation", "minor", after="with the labour inspectorate"),
        ],
        traps=[
            trap("keep their windows shut", "keep their windows closed"),
            trap("hospitalised", "taken to hospital"),
        ],
    ),
    dict(
        key="T07", domain="cycle lane plan", mode="translation",
        reference="The city of Lumbria will build 38 kilometres of protected cycle lanes over the next four years, deputy mayor for transport Elena Brasi announced on Wednesday. The 52 million euro plan will connect the university district with the central railway station and the business park at Fontescura. About 1,400 on-street parking spaces will be removed, but the city says it will add 900 spaces in two new multi-storey car parks. Brasi said the number of people cycling to work had tripled since 2019. Shopkeepers on Via Marzia have started a petition against the loss of parking outside their businesses.",
        candidate="Elena Brasi, Lumbria's deputy mayor responsible for transport, said on Wednesday that the city would construct 38 km of separated bike lanes in the coming four years. The plan, costing 52 million euros, will link the university quarter to the main railway station and to the Fontescura business park. Roughly 1,400 parking spaces on the street will disappear, though the city says it will create 900 new ones in two multi-storey car parks. According to Brasi, three times as many people now cycle to work as in 2019. Traders on Via Castello have launched a petition opposing the loss of parking in front of their shops.",
        errors=[
            err("entity", "Via Castello", "Via Marzia", "major"),
        ],
        traps=[
            trap("38 km of separated bike lanes", "38 kilometres of protected cycle lanes"),
            trap("three times as many people now cycle to work as in 2019", "the number of people cycling to work had tripled since 2019"),
        ],
    ),
    dict(
        key="T08", domain="grounded cargo ship salvage", mode="translation",
        reference="Salvage crews have begun removing fuel from the cargo ship Aldora, which ran aground on a reef off the island of Meris on 12 October, the coast guard said on Sunday. The operation to pump out about 180 tonnes of heavy fuel oil is expected to take ten days if the weather holds. Divers inspecting the hull found two cracks, but no oil has leaked so far, according to the coast guard. A floating barrier has been placed around the vessel as a precaution. The ship's 19 crew members were taken off safely the day after the grounding. The owners have not yet decided whether to refloat the ship or break it up where it lies.",
        candidate="The coast guard said on Sunday that salvage teams had started taking the fuel off the Aldora, a cargo vessel that went aground on a reef off Meris island on 21 October. Pumping out the roughly 180 tonnes of heavy fuel oil should take ten days provided the weather stays good. According to the coast guard, divers examining the hull discovered two cracks, and some oil has already leaked. As a precaution, a floating boom has been set up around the ship. All 19 crew were safely evacuated a day after the ship went aground. The owners are still undecided on whether to refloat the vessel or scrap it on the spot.",
        errors=[
            err("date", "21 October", "12 October", "major"),
            err("polarity", "some oil has already leaked", "no oil has leaked so far", "critical"),
        ],
        traps=[
            trap("a floating boom", "A floating barrier"),
            trap("a day after the ship went aground", "the day after the grounding"),
        ],
    ),
    dict(
        key="T09", domain="hospital cancer wing opening", mode="translation",
        reference="A new cancer treatment wing at St Aldric's Hospital in Harnford will open to patients on 6 May, the regional health authority announced on Tuesday. The 64 million euro building has 48 beds, two radiotherapy machines and a day unit able to treat 120 patients a day. Hospital director Dr Paul Mercer said the wing would cut waiting times for radiotherapy from an average of six weeks to under three. The health authority said 85 new staff had been recruited, including 20 nurses from abroad. Patient groups welcomed the opening but said parking at the hospital was already inadequate.",
        candidate="The regional health authority said on Tuesday that St Aldric's Hospital in Harnford would start treating patients in its new cancer wing on 6 May. The building, which cost 64 million euros, has 48 beds and two radiotherapy machines, and its day unit can handle 120 patients daily. According to patient groups, the wing will reduce the average wait for radiotherapy from six weeks to less than three. The health authority said it had hired 85 new staff, 20 of them nurses recruited from abroad. Patient groups welcomed the opening but said the hospital's parking was already insufficient.",
        errors=[
            err("attribution", "According to patient groups", "Hospital director Dr Paul Mercer said", "major"),
        ],
        traps=[
            trap("less than three", "under three"),
            trap("20 of them nurses recruited from abroad", "including 20 nurses from abroad"),
            trap("insufficient", "inadequate"),
        ],
    ),
    dict(
        key="T10", domain="sea fishing quotas", mode="translation",
        reference="Fisheries ministers from the five states bordering the Varsund Sea agreed on Friday to cut the cod quota for next year by 30 percent, following scientific advice that stocks had fallen to historic lows. The herring quota was kept at this year's level, while the sprat quota was raised by 8 percent. The agreement was reached after two days of talks in Tallmark. Environmental groups said the cut did not go far enough and called for a complete ban on cod fishing. The fishing industry warned that smaller boats could be forced out of business and asked for compensation. The new quotas take effect on 1 January.",
        candidate="Ministers responsible for fisheries in the five Varsund Sea coastal states decided on Friday to reduce next year's cod quota by 30 percent, after scientists advised that stocks were at record lows. The herring quota was suspended, and the sprat quota went up by 8 percent. Agreement came after two days of negotiations in Tallmark. Environmental organisations said the reduction was insufficient and demanded a total ban on cod fishing. The industry warned that smaller boats might be driven out of business and requested compensation. The quotas will apply from 1 January.",
        errors=[
            err("event", "was suspended", "was kept at this year's level", "major"),
        ],
        traps=[
            trap("at record lows", "to historic lows"),
            trap("the reduction was insufficient", "the cut did not go far enough"),
            trap("might be driven out of business", "could be forced out of business"),
        ],
    ),
]
