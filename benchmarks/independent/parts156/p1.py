"""set156, part 1: ten consistent rewrites."""
from _helpers import trap

CASES = [
    dict(
        key="R01", domain="pumpkin festival record", mode="rewrite",
        reference="A pumpkin weighing 1,247 kilograms was crowned the heaviest ever exhibited at the Valdmoor Harvest Festival on Saturday, organisers said. The giant gourd was grown by retired schoolteacher Orrin Falstead, 67, on a smallholding outside the village of Kesslebrook. It beat the previous festival record, set in 2019, by 38 kilograms. Falstead said he had fed the plant a mixture of seaweed and fish emulsion and watered it up to three times a day during the summer heatwave. The festival, now in its 41st year, drew an estimated 12,000 visitors over two days. Judges also awarded prizes for the longest marrow and the heaviest watermelon. Falstead receives a trophy and a cash prize of 2,500 euros, which he said he would donate to the village primary school.",
        candidate="A 1,247 kg pumpkin was named the heaviest ever shown at the Valdmoor Harvest Festival on Saturday, according to organisers. It was grown by Orrin Falstead, a 67-year-old retired teacher, on a smallholding outside the village of Kesslebrook, and beat the festival record set in 2019 by 38 kg. Falstead said he fed the plant a blend of seaweed and fish emulsion, watering it as often as three times daily through the summer heatwave. Some 12,000 people are estimated to have attended the two-day festival, which is in its 41st year. The judges also handed out prizes for the heaviest watermelon and the longest marrow. Along with a trophy, Falstead receives \u20ac2,500 in prize money, which he said he would give to the village primary school.",
        errors=[],
        traps=[
            trap("1,247 kg pumpkin", "pumpkin weighing 1,247 kilograms"),
            trap("a 67-year-old retired teacher", "retired schoolteacher Orrin Falstead, 67"),
            trap("as often as three times daily", "up to three times a day"),
            trap("Some 12,000 people are estimated to have attended", "drew an estimated 12,000 visitors"),
            trap("\u20ac2,500 in prize money", "a cash prize of 2,500 euros"),
        ],
    ),
    dict(
        key="R02", domain="hot air balloon crash", mode="rewrite",
        reference="Two passengers were taken to hospital with leg injuries after a hot air balloon made a hard landing in a barley field near Tressington early on Sunday, police said. The balloon, operated by Skyreach Flights, had taken off at 6:15 a.m. with a pilot and eight passengers on board. Witnesses said the basket struck a hedge and tipped onto its side as it came down shortly before 7:30 a.m. The pilot and the remaining six passengers were treated at the scene for minor cuts and bruises. The Aviation Incident Board has been notified and will examine the balloon's burner and envelope. Skyreach Flights said it had suspended all flights pending the outcome of the inquiry and was offering full support to those affected.",
        candidate="Police said two passengers suffered leg injuries and were taken to hospital when a hot air balloon came down heavily in a barley field close to Tressington early on Sunday. The Skyreach Flights balloon had lifted off at a quarter past six in the morning carrying nine people: a pilot and eight passengers. According to witnesses, the basket hit a hedge and toppled onto its side as it landed a little before 7:30 a.m. The other six passengers and the pilot were treated at the scene for minor cuts and bruises. The Aviation Incident Board has been informed and will inspect the balloon's envelope and burner. The operator said all its flights were grounded until the inquiry reaches a conclusion and that it was giving full support to those affected.",
        errors=[],
        traps=[
            trap("at a quarter past six in the morning", "at 6:15 a.m."),
            trap("carrying nine people: a pilot and eight passengers", "with a pilot and eight passengers on board"),
            trap("a little before 7:30 a.m.", "shortly before 7:30 a.m."),
            trap("The other six passengers and the pilot", "The pilot and the remaining six passengers"),
            trap("grounded until the inquiry reaches a conclusion", "suspended all flights pending the outcome of the inquiry"),
        ],
    ),
    dict(
        key="R03", domain="water main burst", mode="rewrite",
        reference="A burst water main flooded three streets in the eastern district of Carrowfield on Wednesday morning, cutting supplies to about 4,800 homes, the city's water utility said. Crews from Carrowfield Water isolated the 600-millimetre pipe within two hours, but residents were told to boil tap water before drinking it until further notice. The utility said the cast-iron main dated from 1938 and had been scheduled for replacement next year. Bottled water was being distributed at the Linden Road sports centre from noon. Deputy mayor Hesper Quaile said the council would cover the cost of cleaning up affected basements and urged residents to report damage through the city website.",
        candidate="Carrowfield's water utility said a main burst on Wednesday morning, flooding three streets in the city's eastern district and leaving roughly 4,800 homes without supply. Carrowfield Water crews had shut off the 600 mm pipe within two hours, but residents were advised to boil their tap water before drinking it until further notice. The cast-iron main, laid in 1938, had been due to be replaced next year, according to the utility. From midday, bottled water was being handed out at the Linden Road sports centre. Hesper Quaile, the deputy mayor, said clean-up costs for flooded basements would be met by the council and asked residents to use the city website to report damage.",
        errors=[],
        traps=[
            trap("roughly 4,800 homes", "about 4,800 homes"),
            trap("600 mm pipe", "600-millimetre pipe"),
            trap("From midday", "from noon"),
            trap("clean-up costs for flooded basements would be met by the council", "the council would cover the cost of cleaning up affected basements"),
        ],
    ),
    dict(
        key="R04", domain="regional airline merger", mode="rewrite",
        reference="Northwind Air and Coastal Link Airways agreed on Monday to merge in an all-share deal that values the combined carrier at 1.9 billion dollars, the companies said in a joint statement. Under the terms, Northwind shareholders will own 60 percent of the new group and Coastal Link shareholders the remaining 40 percent. The merged airline will operate under the Northwind name and be headquartered in Port Avery. Coastal Link chief executive Mirela Dantu will become chair, while Northwind's Tobias Grell will serve as chief executive. The deal requires approval from competition regulators and is expected to close in the first half of next year. The two airlines together fly 84 aircraft on 130 routes.",
        candidate="In a joint statement on Monday, Northwind Air and Coastal Link Airways announced an all-share merger valuing the combined airline at $1.9bn. Northwind's shareholders will hold three-fifths of the new group, with the other two-fifths going to Coastal Link's shareholders. The enlarged carrier will keep the Northwind name and have its headquarters in Port Avery. Tobias Grell of Northwind will be chief executive, and Mirela Dantu, who currently runs Coastal Link, will take the chair. Completion, which is likely by the end of June next year, depends on clearance from competition regulators. Between them, the airlines operate 84 aircraft on 130 routes.",
        errors=[],
        traps=[
            trap("$1.9bn", "1.9 billion dollars"),
            trap("three-fifths", "60 percent"),
            trap("the other two-fifths", "the remaining 40 percent"),
            trap("Mirela Dantu, who currently runs Coastal Link", "Coastal Link chief executive Mirela Dantu"),
            trap("which is likely by the end of June next year", "is expected to close in the first half of next year"),
        ],
    ),
    dict(
        key="R05", domain="university research grant", mode="rewrite",
        reference="The University of Hallerby has received a grant of 4.2 million pounds from the Brenton Foundation to study drought-resistant wheat varieties, the university announced on Thursday. The five-year project will be led by Professor Anja Wrexley of the School of Plant Sciences and will involve field trials at sites in three counties. Researchers plan to cross traditional varieties with modern strains to identify genes that help plants survive long dry spells. The grant will fund twelve new research posts, including six doctoral studentships. Wrexley said the work was urgent because farmers in the region had lost a quarter of their wheat yields during the drought two years ago.",
        candidate="The Brenton Foundation has awarded the University of Hallerby \u00a34.2m for research into wheat varieties that can withstand drought, the university said on Thursday. Professor Anja Wrexley, of the School of Plant Sciences, will head the project, which runs for five years and includes field trials at sites across three counties. The team intends to cross modern strains with traditional varieties to pinpoint genes that help plants cope with prolonged dry periods. Twelve new research posts will be paid for by the grant, half of them doctoral studentships. The professor said the work was urgent: in the drought two years ago, farmers in the region lost 25 percent of their wheat yields.",
        errors=[],
        traps=[
            trap("The Brenton Foundation has awarded the University of Hallerby \u00a34.2m", "The University of Hallerby has received a grant of 4.2 million pounds from the Brenton Foundation"),
            trap("half of them doctoral studentships", "including six doctoral studentships"),
            trap("The professor said", "Wrexley said"),
            trap("25 percent", "a quarter"),
        ],
    ),
    dict(
        key="R06", domain="zoo red panda birth", mode="rewrite",
        reference="Ashgrove Zoo has announced the birth of twin red panda cubs, the first born at the zoo in its 52-year history. The cubs, one male and one female, were born on 14 June to eight-year-old Meilin. Their father, Tashi, arrived from a breeding centre in the Netherlands in 2021. Keepers said both cubs were feeding well and had been weighed for the first time last week, at 410 and 385 grams. They will remain in their nest box with their mother for about three months before visitors can see them. Red pandas are classed as endangered, with fewer than 10,000 thought to remain in the wild. The zoo will hold a public vote to name the cubs.",
        candidate="Twin red panda cubs, a male and a female, have been born at Ashgrove Zoo, the first to be born there in the zoo's 52 years, it has announced. The mother, eight-year-old Meilin, gave birth on June 14; the father, Tashi, came from a Dutch breeding centre in 2021. According to keepers, both cubs are feeding well, and when first weighed last week they came in at 410 g and 385 g. They will stay in the nest box with their mother for roughly three months before going on public view. Red pandas are listed as endangered, and it is believed that under 10,000 survive in the wild. The public will be invited to vote on names for the cubs.",
        errors=[],
        traps=[
            trap("gave birth on June 14", "were born on 14 June"),
            trap("a Dutch breeding centre", "a breeding centre in the Netherlands"),
            trap("before going on public view", "before visitors can see them"),
            trap("under 10,000 survive in the wild", "fewer than 10,000 thought to remain in the wild"),
        ],
    ),
    dict(
        key="R07", domain="library renovation", mode="rewrite",
        reference="The central library in Merrowgate will reopen on 2 September after an 18-month renovation costing 7.6 million pounds, the borough council said on Tuesday. The Victorian building has been fitted with a new roof, a lift serving all four floors and a ground-floor children's section twice the size of the old one. A former storage basement has been converted into a digital studio with 3D printers and recording equipment. Opening hours will be extended to 8 p.m. on weekdays. The council said 40 percent of the funding came from a national heritage grant and the rest from its own capital budget. Around 90,000 books were kept in a warehouse during the works and are now being returned to the shelves.",
        candidate="The borough council said on Tuesday that Merrowgate's central library would reopen on 2 September following a \u00a37.6 million refurbishment lasting a year and a half. The Victorian building now has a new roof, a lift to every one of its four floors and a children's section on the ground floor that is double the size of its predecessor. What was once a storage basement has become a digital studio equipped with 3D printers and recording gear. On weekdays the library will now stay open later, until 8 p.m. A national heritage grant provided 40 percent of the money, with the remaining 60 percent coming from the council's own capital budget, the council said. Some 90,000 books stored in a warehouse during the work are being put back on the shelves.",
        errors=[],
        traps=[
            trap("lasting a year and a half", "18-month"),
            trap("double the size of its predecessor", "twice the size of the old one"),
            trap("will now stay open later, until 8 p.m.", "Opening hours will be extended to 8 p.m."),
            trap("the remaining 60 percent", "the rest"),
        ],
    ),
    dict(
        key="R08", domain="island ferry suspension", mode="rewrite",
        reference="Ferry services between Port Kelda and the island of Innisfarr have been suspended for at least ten days after the only vessel on the route, the MV Corran, failed a safety inspection, the operator Westsound Ferries said on Friday. Inspectors found corrosion in the steering gear during a routine check on Thursday. The company said it was trying to charter a replacement ship but none was available before the end of the month. About 600 islanders rely on the service, which normally runs four return crossings a day. The island's council has arranged for a fishing boat to carry medical supplies and post twice a week, and an air ambulance remains on standby.",
        candidate="Westsound Ferries said on Friday it had halted sailings between Port Kelda and Innisfarr for a minimum of ten days because the MV Corran, the route's sole vessel, did not pass a safety inspection. A routine check the previous day had uncovered corrosion in the ship's steering gear. The operator said it was looking to charter another vessel, but none could be found before the month is out. The service, which usually offers four return trips daily, is relied on by around 600 islanders. Under arrangements made by the island council, medical supplies and post will be carried by a fishing boat twice weekly, and an air ambulance is still on standby.",
        errors=[],
        traps=[
            trap("for a minimum of ten days", "for at least ten days"),
            trap("did not pass a safety inspection", "failed a safety inspection"),
            trap("A routine check the previous day", "during a routine check on Thursday"),
            trap("four return trips daily", "four return crossings a day"),
        ],
    ),
    dict(
        key="R09", domain="wildfire evacuation", mode="rewrite",
        reference="Authorities ordered the evacuation of around 2,300 residents from the hill town of Serrano Alto on Monday as a wildfire driven by strong winds advanced to within five kilometres of its outskirts. The regional civil protection agency said the fire had burned 1,800 hectares of pine forest since it broke out on Saturday afternoon. More than 350 firefighters, supported by six water-bombing aircraft, were working to contain it. No injuries had been reported. Evacuees were being housed in a sports hall and two schools in the neighbouring town of Vallecorta. Investigators said the cause of the fire had not yet been determined, but they have not ruled out arson.",
        candidate="Some 2,300 people living in the hill town of Serrano Alto were ordered to leave their homes on Monday as a wildfire fanned by strong winds came within 5 km of the town's edge. Since breaking out on Saturday afternoon, the blaze has consumed 1,800 hectares of pine forest, according to the regional civil protection agency. Over 350 firefighters, backed by six water-bombing planes, were trying to bring it under control. There were no reports of injuries. In neighbouring Vallecorta, evacuees were put up in two schools and a sports hall. Investigators said they did not yet know what caused the fire, though arson has not been ruled out.",
        errors=[],
        traps=[
            trap("came within 5 km of the town's edge", "advanced to within five kilometres of its outskirts"),
            trap("Over 350 firefighters", "More than 350 firefighters"),
            trap("There were no reports of injuries", "No injuries had been reported"),
            trap("though arson has not been ruled out", "but they have not ruled out arson"),
        ],
    ),
    dict(
        key="R10", domain="chess tournament", mode="rewrite",
        reference="Grandmaster Lidia Vasquez-Orme won the Kestrel Bay International chess tournament on Sunday, finishing a full point ahead of the field with seven points from nine games. The 23-year-old secured the title with a draw against defending champion Piotr Halvard in the final round. She did not lose a game during the event, winning five and drawing four. Halvard finished joint second with Indian grandmaster Ravi Sunder on six points. The tournament, held at the Kestrel Bay Grand Hotel, attracted 148 players from 31 countries. The winner takes home 15,000 dollars and qualifies for next year's invitation-only Meridian Masters.",
        candidate="Lidia Vasquez-Orme, a 23-year-old grandmaster, took the Kestrel Bay International chess title on Sunday, scoring seven out of nine and finishing one point clear of her rivals. She clinched victory by drawing her last-round game with Piotr Halvard, the defending champion. She went through the event unbeaten, with five wins and four draws. Halvard shared second place on six points with Ravi Sunder, a grandmaster from India. In all, 148 players from 31 countries competed at the Kestrel Bay Grand Hotel. Vasquez-Orme collects $15,000 and earns a place in next year's Meridian Masters, which is by invitation only.",
        errors=[],
        traps=[
            trap("one point clear of her rivals", "a full point ahead of the field"),
            trap("She went through the event unbeaten", "She did not lose a game during the event"),
            trap("shared second place", "finished joint second"),
            trap("$15,000", "15,000 dollars"),
        ],
    ),
]
