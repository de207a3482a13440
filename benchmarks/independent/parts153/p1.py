"""Rewrites 1-10 (five consistent, five inconsistent)."""
from ._helpers import E, OM, T, case

CASES = [
case("rent cap introduction", "rewrite", "consistent",
     "The city council of Marrowby voted on Thursday to introduce a cap on residential rent increases, "
     "limiting annual rises to 3 per cent for existing tenancies. The measure, approved by 31 votes to 12, "
     "will take effect on 1 April and apply to about 46,000 privately rented homes. Council leader Edith "
     "Carrow said the cap was “a breathing space for families who have faced double-digit rises”. "
     "Landlords' group Fairlet Property Association warned that some owners might sell up, and said it was "
     "considering a legal challenge. The cap will be reviewed after two years, and new-build properties "
     "completed after 2024 are exempt.",
     "Annual rent rises on existing tenancies in Marrowby will be held to 3% from 1 April after councillors "
     "backed a cap on Thursday by 31 votes to 12. Roughly 46,000 privately rented homes are covered, although "
     "new builds finished after 2024 are exempt, and the policy will be looked at again in two years' time. "
     "Edith Carrow, who leads the council, described it as “a breathing space for families who have faced "
     "double-digit rises”. The Fairlet Property Association, which represents landlords, cautioned that some "
     "owners could sell up and said a legal challenge was under consideration.",
     traps=[T("3%", "3 per cent"),
            T("Roughly 46,000", "about 46,000"),
            T("Edith Carrow, who leads the council", "Council leader Edith Carrow"),
            T("could sell up", "might sell up"),
            T("a legal challenge was under consideration", "it was considering a legal challenge")]),

case("kidnapping trial", "rewrite", "inconsistent",
     "A jury at Halvern Crown Court heard on Monday that businessman Oskar Lind was held for nine days in a "
     "farm outbuilding after being seized outside his home on 14 March. Prosecutors allege that Danny Reeve, "
     "34, organised the abduction and that his co-defendant, Mark Tolley, 29, guarded the victim. Both men "
     "deny kidnapping and false imprisonment. Prosecutor Helen Marsh told the court that a ransom demand of "
     "£400,000 was sent to Mr Lind's wife two days after he disappeared. He was freed by police on 23 March "
     "following a tip-off from a delivery driver. The trial is expected to last four weeks.",
     "Businessman Oskar Lind was kept for nine days in a farm outbuilding after he was snatched outside his "
     "home on 14 March, jurors at Halvern Crown Court were told on Monday. Prosecutors allege that Mark "
     "Tolley, 29, organised the kidnapping and that Danny Reeve, 34, kept watch over the victim. The two men "
     "deny kidnapping and false imprisonment. According to prosecutor Helen Marsh, a £400,000 ransom demand "
     "reached Mr Lind's wife the day after he vanished. Police freed him on 23 March after a delivery driver "
     "tipped them off. The trial is likely to run for four weeks.",
     errors=[E("Mark Tolley, 29, organised the kidnapping and that Danny Reeve", "role", "critical",
               "Danny Reeve, 34, organised the abduction and that his co-defendant, Mark Tolley"),
             E("the day after he vanished", "date", "major", "two days after he disappeared")],
     traps=[T("Police freed him on 23 March after a delivery driver tipped them off",
              "He was freed by police on 23 March following a tip-off from a delivery driver"),
            T("The trial is likely to run for four weeks", "The trial is expected to last four weeks")]),

case("forest fire damage report", "rewrite", "consistent",
     "A wildfire that swept through the Brackenholt Forest last month destroyed 1,850 hectares of woodland, "
     "according to a damage report published on Wednesday by the regional forestry agency. The report "
     "estimates the cost of replanting and clearance at 6.4 million euros and says it could take up to 30 "
     "years for the forest to recover fully. No one was killed, but 14 holiday cabins and a visitor centre "
     "were lost. Investigators have not ruled out arson, the agency said, adding that the blaze most likely "
     "began near a disused car park on the forest's northern edge. The agency's director, Lotte Brink, called "
     "the report “a sober account of a very bad week”.",
     "The regional forestry agency's damage report, released on Wednesday, finds that last month's wildfire "
     "in Brackenholt Forest burned through 1,850 hectares of woodland. Clearing and replanting will cost an "
     "estimated €6.4m, the report says, and a full recovery could take as long as three decades. Although "
     "there were no deaths, the fire destroyed a visitor centre and 14 holiday cabins. The blaze probably "
     "started close to an abandoned car park at the northern edge of the forest, according to the agency, "
     "which said investigators had not excluded arson. Director Lotte Brink described the document as “a "
     "sober account of a very bad week”.",
     traps=[T("released on Wednesday", "published on Wednesday"),
            T("€6.4m", "6.4 million euros"),
            T("as long as three decades", "up to 30 years"),
            T("Although there were no deaths", "No one was killed"),
            T("probably started", "most likely began")]),

case("high street rents", "rewrite", "inconsistent",
     "Average shop rents on Dunmore's high street fell by 11 per cent last year, according to figures from "
     "property consultancy Gable & Rook. The typical annual rent for a small unit dropped to £18,500, down "
     "from £20,800 in the previous year. Vacancy rates rose to one in six shops. The consultancy's retail "
     "director, Priya Nandan, said landlords were “finally accepting” that pre-pandemic rents could not be "
     "sustained. She predicted that rents would stabilise next year if footfall continued to recover. The "
     "town's business improvement district said it welcomed the falls but warned that business rates "
     "remained a heavier burden for many traders.",
     "Shop rents on Dunmore's high street dropped by an average of 11% last year, property consultancy Gable "
     "& Rook says. A small unit now typically costs £18,500 a year, some £2,300 less than a year earlier, "
     "while a quarter of shops are now standing empty. Retail director Priya Nandan said landlords were "
     "“finally accepting” that rents at pre-pandemic levels could not be sustained, and forecast that they "
     "would level off next year provided footfall kept recovering. The town's business improvement district "
     "welcomed the falls but cautioned that business rates were still a heavier burden for many traders.",
     errors=[E("a quarter of shops", "number", "major", "one in six shops")],
     traps=[T("some £2,300 less than a year earlier", "down from £20,800 in the previous year"),
            T("would level off next year provided footfall kept recovering",
              "would stabilise next year if footfall continued to recover")]),

case("tourist tax introduction", "rewrite", "consistent",
     "Visitors staying overnight in the coastal town of Saltreach will pay a tourist tax of €2.50 per person "
     "per night from 1 June, the town council announced on Tuesday. Children under 16 will be exempt, and the "
     "charge will be capped at seven nights per stay. The council expects the levy to raise around €1.1 "
     "million a year, which it says will be spent on beach cleaning, public toilets and a new shuttle bus. "
     "Hotel owners' association chair Marco Vessel said members accepted the tax “with reluctance” but "
     "feared it could deter weekend visitors. Campsites will collect the tax from their guests in the same "
     "way as hotels.",
     "From 1 June, every visitor spending the night in Saltreach will be charged €2.50 a night in tourist "
     "tax, the seaside town's council said on Tuesday. Under-16s will not pay, and no guest will be charged "
     "for more than seven nights of a stay. Hotels and campsites alike will collect the levy, which the "
     "council forecasts will bring in roughly €1.1m annually, to be spent, it says, on beach cleaning, public "
     "toilets and a new shuttle bus. Marco Vessel, who chairs the hotel owners' association, said its members "
     "had accepted the charge “with reluctance” but worried it might put off weekend visitors.",
     traps=[T("Under-16s will not pay", "Children under 16 will be exempt"),
            T("no guest will be charged for more than seven nights of a stay",
              "the charge will be capped at seven nights per stay"),
            T("Hotels and campsites alike will collect the levy",
              "Campsites will collect the tax from their guests in the same way as hotels"),
            T("roughly €1.1m annually", "around €1.1 million a year"),
            T("might put off weekend visitors", "could deter weekend visitors")]),

case("ferry terminal redevelopment", "rewrite", "inconsistent",
     "The port authority of Kelstow has approved a £75 million plan to redevelop the town's ferry terminal, "
     "replacing the 1960s passenger building and adding a second loading ramp. Construction is due to start "
     "next spring and should be completed by the end of 2027, the authority said. Sailings to the islands "
     "will continue throughout the works, although passengers may face delays during peak weeks. "
     "Harbourmaster Ruth Ogilvie said the new terminal would allow larger, lower-emission vessels to berth. "
     "The project is being funded jointly by the authority and the national transport ministry, which is "
     "contributing £30 million.",
     "Kelstow's port authority has given the go-ahead to a £75m redevelopment of the town's ferry terminal, "
     "which will see the 1960s passenger building replaced and a second loading ramp added. Work is "
     "scheduled to begin next spring, with completion expected by the end of 2027, the authority said. "
     "Island sailings will carry on throughout the works, though travellers will face delays in the busiest "
     "weeks. According to harbourmaster Ruth Ogilvie, the new terminal will let larger, lower-emission ships "
     "berth. The authority is paying for the project jointly with the national transport ministry.",
     errors=[E("will face delays", "modality", "minor", "may face delays"),
             OM("jointly with the national transport ministry", "which is contributing £30 million", "minor")],
     traps=[T("given the go-ahead to", "approved"),
            T("£75m", "£75 million")]),

case("stolen painting recovered", "rewrite", "consistent",
     "A painting stolen from the Vennick Municipal Gallery eleven years ago has been recovered by police in a "
     "private house in the town of Oderby, officers said on Friday. The work, a 19th-century harbour scene by "
     "the landscape painter Anna Hollis, was taken during a night-time break-in in 2013 and is valued at "
     "about 900,000 euros. A 58-year-old man has been arrested on suspicion of handling stolen goods and "
     "released on bail. Detective Inspector Karel Moss said the canvas appeared to be in good condition but "
     "would be examined by conservators before going back on display. The gallery's director said staff were "
     "“overjoyed”.",
     "Police said on Friday that a painting stolen from the Vennick Municipal Gallery in a night-time "
     "break-in in 2013, more than a decade ago, had been recovered from a private house in Oderby. The "
     "19th-century harbour scene, by landscape painter Anna Hollis, is worth an estimated €900,000. A man "
     "aged 58 was arrested on suspicion of handling stolen goods and has been bailed. The canvas looks to be "
     "in good condition, according to Detective Inspector Karel Moss, but conservators will examine it before "
     "it is shown again. Staff at the gallery were “overjoyed”, its director said.",
     traps=[T("more than a decade ago", "eleven years ago"),
            T("an estimated €900,000", "about 900,000 euros"),
            T("A man aged 58", "A 58-year-old man"),
            T("has been bailed", "released on bail"),
            T("before it is shown again", "before going back on display")]),

case("water rationing", "rewrite", "inconsistent",
     "Households in the Tarnvale district will have their mains water supply cut off between 10pm and 6am "
     "each night from Monday, as reservoirs in the region have fallen to 28 per cent of capacity. The utility "
     "Clearbrook Water said the rationing would remain in place until levels rise above 40 per cent. "
     "Hospitals, care homes and fire stations will not be affected. Residents are being asked to store no "
     "more than two days' supply of drinking water to avoid shortages in shops. It is the first night-time "
     "rationing in the district since the drought of 1995. The regional government has not declared a formal "
     "drought emergency.",
     "From Monday, Tarnvale homes will lose their mains water every night from 10pm until 6am, with the "
     "region's reservoirs down to just 28% of capacity. Clearbrook Water, the utility, said the cuts would "
     "continue until reservoirs were back above half full. Fire stations, hospitals and care homes are "
     "exempt. To stop shops running out, residents have been asked not to keep more than 48 hours' worth of "
     "drinking water. The district has not seen night-time rationing since the 1995 drought. A formal "
     "drought emergency has been declared by the regional government.",
     errors=[E("back above half full", "number", "major", "above 40 per cent"),
             E("has been declared", "polarity", "major", "has not declared")],
     traps=[T("Fire stations, hospitals and care homes are exempt",
              "Hospitals, care homes and fire stations will not be affected"),
            T("48 hours' worth of drinking water", "two days' supply of drinking water"),
            T("The district has not seen night-time rationing since the 1995 drought",
              "It is the first night-time rationing in the district since the drought of 1995")]),

case("factory pollution fine", "rewrite", "consistent",
     "Chemical manufacturer Veltron Industries has been fined 2.3 million dollars for discharging untreated "
     "waste water into the Ashby River over a period of 18 months, the state environment agency said on "
     "Wednesday. Inspectors found levels of ammonia up to five times the legal limit downstream of the "
     "company's plant at Corrin Falls. Veltron, which employs about 600 people at the site, has agreed to pay "
     "the fine and to install a new treatment system by March next year. In a statement, the company "
     "apologised and said the discharges had been caused by a faulty valve that went undetected. The agency "
     "said fish stocks in the river were expected to recover within three years.",
     "Veltron Industries, a chemical maker, must pay a $2.3m fine after pumping untreated waste water into the "
     "Ashby River for a year and a half, the state environment agency said on Wednesday. Downstream of its "
     "Corrin Falls plant, inspectors measured ammonia at as much as five times the legal limit. The company, "
     "which has roughly 600 staff there, has accepted the penalty and will fit a new treatment system by next "
     "March. Veltron apologised in a statement, blaming the discharges on a faulty valve that had gone "
     "unnoticed. Fish stocks in the river are likely to recover within three years, according to the agency.",
     traps=[T("$2.3m", "2.3 million dollars"),
            T("for a year and a half", "over a period of 18 months"),
            T("as much as five times", "up to five times"),
            T("roughly 600 staff", "about 600 people"),
            T("are likely to recover", "were expected to recover")]),

case("gold medal homecoming", "rewrite", "inconsistent",
     "Thousands of people lined the streets of Bratfield on Sunday to welcome home swimmer Leah Morrow, who "
     "won gold in the 200 metres butterfly at the World Aquatics Championships in Japan. The 22-year-old rode "
     "through the town centre on an open-top bus before being presented with the freedom of the borough by "
     "mayor Colin Tate at the town hall. Morrow, who trains at the Bratfield Otters club, told the crowd she "
     "had “dreamed of this moment since I was eight”. Her coach, Sandra Ilves, said the swimmer would take a "
     "two-week break before preparing for next year's European Championships.",
     "Swimmer Leah Morrow, who won 200m butterfly gold at the World Aquatics Championships in Japan, was "
     "greeted by thousands of well-wishers lining the streets of Bratfield on Sunday. The 22-year-old toured "
     "the town centre on an open-top bus and was then given the freedom of the borough at the town hall by "
     "mayor Colin Tate. Morrow, who trains with the Bratfield Otters club, told the crowd she had “dreamed of "
     "this moment since I was eight”. Her coach, Colin Tate, said she would have a fortnight off before "
     "starting preparations for next year's European Championships.",
     errors=[E("Colin Tate", "entity", "major", "Sandra Ilves", occ=1)],
     traps=[T("a fortnight off", "a two-week break"),
            T("greeted by thousands of well-wishers", "Thousands of people lined the streets")]),
]
