"""Summaries 1-10 (five consistent, five inconsistent)."""
from ._helpers import E, OM, T, case

CASES = [
case("traffic camera rollout", "summary", "consistent",
     "Transport authorities in the Dravo region will install 140 new average-speed cameras on main roads over "
     "the next 18 months, the regional roads agency announced on Monday. The cameras, costing a total of 8.5 "
     "million euros, will be placed first on the 12 routes with the highest number of serious crashes. "
     "Drivers will receive warning letters rather than fines during the first month of operation. Agency head "
     "Milan Rusk said average-speed cameras had reduced fatal crashes by about a third on routes where they "
     "were trialled in 2022. Motoring group Roadfirst said it supported the cameras on dangerous roads but "
     "questioned whether money would be better spent on road repairs. Revenue from fines will go to a road "
     "safety fund.",
     "The Dravo region is to get 140 new average-speed cameras over the next year and a half, starting on the "
     "12 routes with the most serious crashes. The €8.5m scheme will send only warning letters in its first "
     "month. The agency's chief says the cameras cut fatal crashes by roughly a third on 2022 trial routes; a "
     "motoring group backs them on dangerous roads but questions whether road repairs would be a better use "
     "of money.",
     traps=[T("over the next year and a half", "over the next 18 months"),
            T("€8.5m", "8.5 million euros"),
            T("will send only warning letters in its first month",
              "Drivers will receive warning letters rather than fines during the first month of operation"),
            T("The agency's chief", "Agency head Milan Rusk"),
            T("questions whether road repairs would be a better use of money",
              "questioned whether money would be better spent on road repairs")]),

case("electric ferry launch", "summary", "consistent",
     "The country's first fully electric car ferry entered service on Thursday on the 25-minute crossing "
     "between Port Agnes and the island of Lumsey. The vessel, named Brightwater, can carry 60 cars and 300 "
     "passengers and is recharged for ten minutes at each end of the route. Operator Coastline Ferries said "
     "the ship would save around 1,500 tonnes of diesel a year compared with the vessel it replaces. It was "
     "built at the Tollan shipyard at a cost of 34 million pounds, of which the government contributed a "
     "third. Captain Erik Sand, who has worked on the route for 20 years, said the ferry was “remarkably "
     "quiet”. Fares will not change.",
     "Brightwater, the country's first all-electric car ferry, began sailing between Port Agnes and Lumsey on "
     "Thursday. Taking up to 60 cars and 300 passengers, it recharges for ten minutes at each terminal and, its "
     "operator says, will save about 1,500 tonnes of diesel annually. The £34m ship, a third of it "
     "government-funded, was built at the Tollan yard; fares are unchanged.",
     traps=[T("all-electric", "fully electric"),
            T("Taking up to 60 cars and 300 passengers", "can carry 60 cars and 300 passengers"),
            T("about 1,500 tonnes of diesel annually", "around 1,500 tonnes of diesel a year"),
            T("The £34m ship, a third of it government-funded",
              "at a cost of 34 million pounds, of which the government contributed a third"),
            T("fares are unchanged", "Fares will not change")]),

case("university strike pay", "summary", "inconsistent",
     "Lecturers at Castrell University who took part in last month's eight-day strike will have 50 per cent "
     "of their pay deducted for each strike day, the university confirmed on Friday. The University and "
     "College Staff Union had asked management to spread the deductions over three months, but the university "
     "said they would be taken from a single pay packet in June. About 1,100 staff joined the walkout over pay "
     "and workloads. Union branch secretary Leon Marsh called the decision “vindictive” and said members would "
     "vote next week on further action. The university said staff who had made up missed teaching would not "
     "lose pay.",
     "Castrell University will dock half a day's pay for each day lecturers spent on last month's three-day "
     "strike, taking it all from June's pay rather than over three months as the union had asked. The union "
     "called the move “vindictive” and will vote on further action next week; staff who made up missed "
     "teaching will keep their pay.",
     errors=[E("three-day strike", "number", "major", "eight-day strike")],
     traps=[T("taking it all from June's pay", "taken from a single pay packet in June"),
            T("will keep their pay", "would not lose pay")]),

case("royal visit to factory", "summary", "consistent",
     "Princess Amelie visited the Harrow & Finch biscuit factory in Wendlebury on Wednesday to mark the "
     "company's 150th anniversary. During a two-hour tour she met workers on the packing line, iced a batch "
     "of the firm's ginger biscuits and unveiled a plaque commemorating the founding of the business in 1874. "
     "Managing director Susan Keel said it was “the proudest day in the company's history”. Harrow & Finch "
     "employs 820 people and exports to 31 countries. The princess also announced that the company would "
     "receive a royal warrant for the first time. Crowds of schoolchildren waved flags outside the gates as "
     "she arrived shortly before 11am.",
     "Marking 150 years of Harrow & Finch, Princess Amelie spent two hours at the biscuit maker's Wendlebury "
     "factory on Wednesday, meeting packing-line staff, icing ginger biscuits and unveiling a plaque to the "
     "firm's 1874 founding. She also revealed that the company, which has 820 staff and exports to 31 "
     "countries, will be granted its first royal warrant.",
     traps=[T("Marking 150 years of Harrow & Finch", "to mark the company's 150th anniversary"),
            T("spent two hours", "During a two-hour tour"),
            T("meeting packing-line staff", "met workers on the packing line"),
            T("the firm's 1874 founding", "commemorating the founding of the business in 1874"),
            T("will be granted its first royal warrant",
              "would receive a royal warrant for the first time")]),

case("salt mine museum", "summary", "inconsistent",
     "A former salt mine near the village of Grettenbach will open as a museum next month after a five-year "
     "restoration costing 9 million euros. Visitors will descend 120 metres by lift to tour chambers carved "
     "out by miners over four centuries, including an underground chapel. The mine closed in 1978, and the "
     "project has been led by the Grettenbach Heritage Trust with support from the regional government. Trust "
     "chairman Dieter Vogl said former miners had helped guide the restoration. Tickets will cost 14 euros for "
     "adults, and the trust hopes to attract 60,000 visitors a year. A shuttle bus will run from the railway "
     "station in the nearby town of Kirnau, and tours will be limited to groups of 20 for safety reasons.",
     "A salt mine near Kirnau that closed in 1978 opens as a museum next month following a €9m, five-year "
     "restoration led by a local heritage trust. Visitors will take a lift 120 metres down to see chambers "
     "carved over four centuries, including an underground chapel, in what will be one of the deepest show "
     "mines in Europe. Adult tickets are €14, and the trust is aiming for 60,000 visitors annually.",
     errors=[E("Kirnau", "entity", "major", "Grettenbach"),
             E("in what will be one of the deepest show mines in Europe", "addition", "minor")],
     traps=[T("a €9m, five-year restoration", "a five-year restoration costing 9 million euros"),
            T("aiming for 60,000 visitors annually", "hopes to attract 60,000 visitors a year")]),

case("farm subsidy reform", "summary", "consistent",
     "The agriculture ministry of Nordvik will replace its per-hectare farm subsidies with payments linked to "
     "environmental work from 2026, Agriculture Minister Halvor Strand announced on Tuesday. Under the new "
     "scheme, farmers will be paid for measures such as planting hedgerows, restoring wetlands and reducing "
     "fertiliser use. The total budget will stay at 2.1 billion crowns a year. Payments will be phased in over "
     "four years so that no farm loses more than 10 per cent of its support in any single year. The main "
     "farmers' union said it accepted the principle but warned that small hill farms could struggle. "
     "Environmental groups called the reform “a long-overdue step”.",
     "From 2026 Nordvik will switch farm subsidies from a per-hectare basis to paying for environmental work "
     "such as hedge-planting, wetland restoration and cutting fertiliser use, with the annual 2.1bn-crown "
     "budget unchanged. A four-year phase-in will cap any farm's yearly loss of support at a tenth. The main "
     "farmers' union accepts the principle but warns small hill farms could struggle; environmentalists call "
     "the change long overdue.",
     traps=[T("hedge-planting", "planting hedgerows"),
            T("cutting fertiliser use", "reducing fertiliser use"),
            T("the annual 2.1bn-crown budget unchanged",
              "The total budget will stay at 2.1 billion crowns a year"),
            T("cap any farm's yearly loss of support at a tenth",
              "no farm loses more than 10 per cent of its support in any single year")]),

case("smart motorway review", "summary", "inconsistent",
     "A government-commissioned review of the M14 smart motorway has said the hard shoulder may need to be "
     "reinstated on a 30-mile stretch between Carbridge and Loxley, where breakdowns in live lanes have been "
     "most frequent. The report, by road safety consultancy Halcyon Partners, found that the stretch recorded "
     "212 live-lane breakdowns last year. It said extra emergency refuges could be built as an alternative, at "
     "an estimated cost of 45 million pounds. Transport Secretary Norah Pike said she would consider the "
     "findings “carefully” before making a decision in the autumn. Motoring groups have campaigned for the "
     "hard shoulder to return since the stretch was converted in 2019.",
     "A review of the M14 smart motorway says the hard shoulder must be brought back on the 30-mile "
     "Carbridge–Loxley stretch, which had 212 live-lane breakdowns last year, though it suggests extra "
     "emergency refuges costing around £45m as an alternative. The transport secretary will decide in the "
     "autumn.",
     errors=[E("must be brought back", "modality", "major", "may need to be reinstated")],
     traps=[T("costing around £45m", "at an estimated cost of 45 million pounds"),
            T("The transport secretary will decide in the autumn",
              "before making a decision in the autumn")]),

case("apprentice chef award", "summary", "consistent",
     "Nineteen-year-old Kiera Lomax from Ashdown has been named Apprentice Chef of the Year at the national "
     "hospitality awards in Fenwick. Lomax, who works at the Old Mill restaurant in her home town, beat 11 "
     "other finalists with a menu of smoked trout, lamb with wild garlic and a rhubarb tart, cooked in three "
     "hours. The prize includes 5,000 pounds and a three-month placement at the Maison Verel restaurant in the "
     "French town of Vessigny. Head judge Dev Kapoor said her cooking showed “maturity well beyond her years”. "
     "Lomax began her apprenticeship two years ago after leaving school. The Old Mill's owner said the whole "
     "team was “incredibly proud”.",
     "Kiera Lomax, 19, of Ashdown's Old Mill restaurant, has been named Apprentice Chef of the Year, seeing "
     "off 11 rival finalists with a three-hour menu of smoked trout, lamb with wild garlic and rhubarb tart. "
     "She wins £5,000 and three months at Maison Verel in France; the head judge said her cooking showed "
     "“maturity well beyond her years”.",
     traps=[T("Kiera Lomax, 19", "Nineteen-year-old Kiera Lomax"),
            T("seeing off 11 rival finalists", "beat 11 other finalists"),
            T("£5,000", "5,000 pounds"),
            T("three months at Maison Verel", "a three-month placement at the Maison Verel restaurant")]),

case("wind farm compensation", "summary", "inconsistent",
     "Residents living within two kilometres of the planned Hollow Fell wind farm will receive annual payments "
     "of up to 800 pounds, developer Aldren Energy has announced. The 18-turbine project was approved by the "
     "planning inspectorate in March despite objections from more than 400 local people. Aldren said the "
     "payments would be made for the 25-year life of the wind farm and would not depend on residents "
     "withdrawing their objections. A separate community fund of 120,000 pounds a year will pay for local "
     "projects such as village hall repairs. Campaign group Save Hollow Fell said the offer would not change "
     "its opposition and described it as “a sweetener”.",
     "Aldren Energy will pay residents within 2km of its approved 18-turbine Hollow Fell wind farm up to £800 "
     "a year for the project's 25-year life, on condition that residents drop their objections, plus "
     "£120,000 a year for community projects. Local campaigners dismissed the offer as “a sweetener”.",
     errors=[E("on condition that residents drop their objections", "polarity", "critical",
               "would not depend on residents withdrawing their objections")],
     traps=[T("within 2km", "within two kilometres"),
            T("up to £800 a year", "annual payments of up to 800 pounds")]),

case("pop star tax case", "summary", "inconsistent",
     "Pop singer Jaxon Reed has been ordered to pay 3.2 million pounds in unpaid tax and penalties after "
     "losing his appeal at the tax tribunal on Monday. The tribunal ruled that income from his 2019 and 2020 "
     "world tours had been wrongly routed through a company registered in an overseas territory. Judge "
     "Margaret Colley said Reed's advisers had used “an artificial arrangement with no commercial purpose”. "
     "Reed, who did not attend the hearing, said in a statement that he had always relied on professional "
     "advice and would consider a further appeal. The revenue service said the ruling sent “a clear message” "
     "to high earners.",
     "Singer Jaxon Reed must pay £3.2m in back tax and penalties after a tribunal rejected his appeal on "
     "Monday, ruling that income from his 2019 and 2020 world tours was wrongly channelled through an "
     "offshore company. The revenue service called the set-up “an artificial arrangement with no commercial "
     "purpose”; Reed says he relied on professional advice and may appeal again.",
     errors=[E("The revenue service", "attribution", "major", "Judge Margaret Colley")],
     traps=[T("must pay £3.2m in back tax and penalties",
              "ordered to pay 3.2 million pounds in unpaid tax and penalties"),
            T("may appeal again", "would consider a further appeal")]),
]
