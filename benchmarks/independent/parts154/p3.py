"""Ten summary pairs, five consistent and five inconsistent (hand-written; all names invented)."""
from ._helpers import case, err, trap

CASES = [
    # ---- consistent summaries ----
    case(
        "toll road opening", "summary",
        "The 22-kilometre Brenmoor Bypass, the region's first toll road, opened to traffic at 6am on Monday, "
        "cutting journey times between Castleford Bridge and Ashby Marsh by up to 25 minutes at peak times. Cars "
        "will pay 3.20 dollars per trip and heavy goods vehicles 8.50 dollars, with a 20 per cent discount for "
        "drivers who register for electronic tags. The road was built and will be run for 30 years by the "
        "Meridian Roads consortium under a 410 million dollar contract with the state transport department. "
        "Transport Secretary Alan Pryce, who cut the ribbon on Sunday evening, said the bypass would take about "
        "18,000 vehicles a day off the old coast road. Opponents, including the Brenmoor Residents' Group, argue "
        "the tolls are too high and will push lorries back onto village streets.",
        "The Brenmoor Bypass, a 22km toll road built and to be run for three decades by the Meridian Roads "
        "consortium, opened on Monday morning. It cuts up to 25 minutes off peak-time journeys, with cars "
        "charged $3.20 a trip and lorries $8.50, minus a fifth for drivers registered for electronic tags. "
        "Transport Secretary Alan Pryce says it will take some 18,000 vehicles a day off the old coast road; "
        "opponents, including a residents' group, say the tolls are too high.",
        traps=[
            trap("three decades", "30 years"),
            trap("$3.20 a trip", "3.20 dollars per trip"),
            trap("lorries", "heavy goods vehicles"),
            trap("minus a fifth", "20 per cent discount"),
        ],
    ),
    case(
        "charity marathon record", "summary",
        "Runners at Sunday's Harbourside Marathon raised a record 2.7 million pounds for charity, organisers "
        "said, beating the previous best of 2.1 million pounds set in 2019. More than 11,000 people finished the "
        "26.2-mile course, which started and ended at Kingsquay. The biggest single fundraiser was retired "
        "teacher Margaret Doyle, 71, who collected 38,000 pounds for a hospice that cared for her husband. The "
        "men's race was won by Tomas Kiprono in 2 hours 14 minutes, while Hannah Lowell won the women's race in "
        "2 hours 31 minutes. Race director Neil Ashworth said warm weather had led to 140 runners being treated "
        "for heat exhaustion, though none seriously.",
        "A record £2.7m was raised for charity at Sunday's Harbourside Marathon, beating the 2019 high of £2.1m, "
        "organisers said. Over 11,000 runners completed the course. Margaret Doyle, a 71-year-old former teacher, "
        "raised the most, £38,000 for the hospice that cared for her husband. Tomas Kiprono (2:14) and Hannah "
        "Lowell (2:31) won the men's and women's races. Warm weather meant 140 runners were treated for heat "
        "exhaustion, none of them seriously.",
        traps=[
            trap("the 2019 high of £2.1m", "previous best of 2.1 million pounds set in 2019"),
            trap("Over 11,000 runners completed", "More than 11,000 people finished"),
            trap("former teacher", "retired teacher"),
            trap("2:14", "2 hours 14 minutes"),
        ],
    ),
    case(
        "rural broadband subsidy", "summary",
        "The government will spend 180 million euros subsidising full-fibre broadband for about 95,000 rural "
        "homes and businesses that commercial providers have said they will not connect, Digital Minister "
        "Roisin Kerr announced on Wednesday. Contracts for six regional lots will be tendered this autumn, with "
        "work expected to start next summer and finish by 2029. Premises in the scheme are those currently "
        "receiving download speeds below 30 megabits per second. Kerr said households would not pay more for "
        "the service than customers in towns. The Rural Business Federation welcomed the plan but said the "
        "timetable was 'far too slow' for farms and small firms that were already losing trade.",
        "A €180m state subsidy will pay for full-fibre broadband for roughly 95,000 rural premises with download "
        "speeds under 30Mbps that commercial firms have declined to serve, the digital minister announced. Work "
        "on six regional contracts is expected to begin next summer and be completed by 2029. The Rural Business "
        "Federation welcomed the plan but called the timetable 'far too slow'.",
        traps=[
            trap("€180m", "180 million euros"),
            trap("under 30Mbps", "below 30 megabits per second"),
            trap("declined to serve", "said they will not connect"),
            trap("the digital minister", "Digital Minister Roisin Kerr"),
        ],
    ),
    case(
        "landfill site expansion", "summary",
        "Environmental regulators have granted permission for the Hollow Moss landfill site near Brackley Green "
        "to expand by 14 hectares, extending its working life by around 12 years. The operator, Verdant Waste "
        "Services, had applied to increase the site's capacity by 2.4 million tonnes after earlier plans were "
        "rejected in 2021. The permit requires the company to install an improved gas capture system within 18 "
        "months and to monitor groundwater monthly rather than quarterly. More than 1,300 people signed a "
        "petition against the expansion, citing odours and lorry traffic. Verdant said no more than 90 lorries a "
        "day would use the site, the same limit as at present. The Brackley Green Action Group said it was "
        "considering a legal challenge.",
        "Verdant Waste Services has been allowed to enlarge its Hollow Moss landfill near Brackley Green by 14 "
        "hectares, adding roughly a dozen years to its working life, despite a petition signed by 1,300-plus "
        "people. Conditions include better gas capture within a year and a half and monthly groundwater checks. "
        "Lorry numbers will stay capped at 90 a day, Verdant says, and a local action group is weighing a legal "
        "challenge.",
        traps=[
            trap("roughly a dozen years", "around 12 years"),
            trap("1,300-plus", "More than 1,300"),
            trap("within a year and a half", "within 18 months"),
            trap("weighing a legal challenge", "considering a legal challenge"),
        ],
    ),
    case(
        "honey bee import ban", "summary",
        "Imports of live honey bees into Kestria will be banned from 1 March for at least two years to stop the "
        "spread of the small hive beetle, which was detected in a neighbouring country last summer, Agriculture "
        "Minister Pavel Dusek said on Tuesday. The ban covers queens, packaged bees and used beekeeping "
        "equipment, but not honey or wax products, which will still be allowed if they carry a health "
        "certificate. About 4,500 registered beekeepers keep roughly 60,000 hives in the country, and the "
        "national beekeepers' association said around one in five relied on imported queens. The ministry will "
        "offer grants of up to 400 euros to help beekeepers breed their own queens.",
        "Kestria is banning live honey bee imports from 1 March for a minimum of two years to keep out the small "
        "hive beetle, found in a neighbouring country last summer. Queens, packaged bees and used equipment are "
        "covered; honey and wax products with a health certificate are not. About a fifth of beekeepers rely on "
        "imported queens, their national association says, and the ministry will offer grants of up to €400 to "
        "help beekeepers rear their own.",
        traps=[
            trap("for a minimum of two years", "for at least two years"),
            trap("About a fifth", "around one in five"),
            trap("€400", "400 euros"),
            trap("rear their own", "breed their own queens"),
        ],
    ),
    # ---- inconsistent summaries ----
    case(
        "bus company takeover", "summary",
        "Regional operator Greyline Buses has agreed to buy its smaller rival Tarnside Coaches for 31 million "
        "pounds, bringing the combined fleet to around 640 vehicles. The deal, announced on Monday, still needs "
        "clearance from the Competition Authority, which blocked a similar merger in the region in 2020. "
        "Greyline chief executive Amir Sahota said all 420 Tarnside drivers would keep their jobs and that no "
        "routes would be cut for at least a year. Tarnside, founded in 1958 by the Halloran family, runs school "
        "and rural services across the Tarn valley. The Transit Workers' Union, which represents drivers at both "
        "firms, said it would seek written guarantees on pay.",
        "Greyline Buses is to be bought by its smaller rival Tarnside Coaches for £31m, creating a combined fleet "
        "of about 640 vehicles, subject to clearance from the Competition Authority, which blocked a comparable "
        "regional merger in 2020. All 420 Tarnside drivers will keep their jobs and no routes will be cut for at "
        "least 12 months, Greyline's chief executive said. The drivers' union will seek written guarantees on "
        "pay.",
        errors=[
            err("role", "Greyline Buses is to be bought by its smaller rival Tarnside Coaches",
                "Greyline Buses has agreed to buy its smaller rival Tarnside Coaches", "critical"),
        ],
        traps=[
            trap("£31m", "31 million pounds"),
            trap("a comparable regional merger", "a similar merger in the region"),
            trap("at least 12 months", "at least a year"),
        ],
    ),
    case(
        "subway extension", "summary",
        "The Valmont city council on Thursday approved a 2.3 billion dollar extension of the Line 4 subway, "
        "adding five stations and 7.8 kilometres of track to the eastern districts of Harbour Flats and Orchard "
        "Park. Construction is scheduled to begin in early 2026, and the first trains are expected to run in "
        "2031. The city will pay 40 per cent of the cost, with the remainder sought from the national "
        "infrastructure fund, which has not yet committed any money. Council member Rita Okafor, who chairs the "
        "transport committee, said the line could carry 60,000 passengers a day. Business groups backed the "
        "plan, while some Harbour Flats residents fear years of disruption from tunnelling.",
        "Valmont's council has approved a $2.3bn Line 4 subway extension adding five stations and 7.8km of track "
        "in Harbour Flats and Orchard Park. Work is due to start in late 2026, with the first trains expected in "
        "2031. The city is paying two-fifths of the cost, and the rest will come from the national "
        "infrastructure fund. The line could carry 60,000 passengers a day, according to the transport "
        "committee chair.",
        errors=[
            err("date", "late 2026", "early 2026", "minor"),
            err("modality", "the rest will come from the national infrastructure fund",
                "the remainder sought from the national infrastructure fund", "major"),
        ],
        traps=[
            trap("$2.3bn", "2.3 billion dollar"),
            trap("two-fifths", "40 per cent"),
            trap("the transport committee chair", "who chairs the transport committee"),
        ],
    ),
    case(
        "satellite data contract", "summary",
        "Orbitra Systems, a satellite company based in Kellerton, has won a 96 million dollar contract to "
        "supply earth observation data to the National Weather Agency over seven years, the agency said on "
        "Wednesday. Under the deal, Orbitra will provide daily images of sea ice, soil moisture and crop health "
        "from its constellation of 14 small satellites, with six more due to be launched by 2027. The company "
        "beat bids from two larger rivals, Astrex and Polarion. Orbitra's founder, Dr Miriam Vance, said the "
        "contract would allow the firm to double its workforce to about 300 staff. The agency said the contract "
        "would save 20 million dollars compared with building its own satellites.",
        "Kellerton-based Orbitra Systems has secured a seven-year, $96m deal to provide earth observation data "
        "to the National Space Agency, beating two bigger competitors. Its 20 small satellites will deliver "
        "daily images of sea ice, soil moisture and crop health. Founder Miriam Vance says the contract will let "
        "the firm double its workforce to around 300.",
        errors=[
            err("entity", "National Space Agency", "National Weather Agency", "major"),
            err("number", "20 small satellites", "14 small satellites", "major"),
        ],
        traps=[
            trap("Kellerton-based", "based in Kellerton"),
            trap("$96m", "96 million dollar"),
            trap("beating two bigger competitors", "beat bids from two larger rivals"),
        ],
    ),
    case(
        "emergency room waiting times", "summary",
        "Patients at Eastmere Royal Infirmary's emergency department waited an average of 6 hours and 40 "
        "minutes to be admitted, transferred or discharged in January, the longest of any hospital in the "
        "Northvale region, new figures show. Only 48 per cent of patients were seen within the four-hour target, "
        "compared with a regional average of 63 per cent. The hospital's medical director, Dr Kwame Asante, said "
        "the department had seen a 17 per cent rise in attendances since last winter and that more than 90 beds "
        "were occupied by patients who were fit to leave but had no care package in place. A new 24-bed "
        "assessment unit is due to open in April.",
        "In January, emergency patients at Eastmere Royal Infirmary waited on average 6 hours 40 minutes to be "
        "admitted, transferred or discharged, the longest in the Northvale region and the worst on record for the "
        "hospital. Fewer than half were seen within the four-hour target, against a regional average of 63 per "
        "cent. Medical director Dr Kwame Asante cited a 17 per cent rise in attendances since last winter and "
        "more than 90 beds occupied by patients fit to leave but lacking care packages. A 24-bed assessment unit "
        "is due to open in April.",
        errors=[
            err("addition", "the worst on record for the hospital", None, "major"),
        ],
        traps=[
            trap("Fewer than half", "Only 48 per cent"),
            trap("lacking care packages", "had no care package in place"),
        ],
    ),
    case(
        "bank merger approval", "summary",
        "The Financial Conduct Board has approved the merger of Lindqvist Bank and Harbourgate Savings, creating "
        "the country's fifth-largest lender with about 4.2 million customers. The regulator said on Friday that "
        "it had imposed conditions, including a requirement that the combined bank keep at least 120 branches "
        "open for three years. Lindqvist chief executive Sofia Amberg said the integration would take 18 months "
        "and that customers would not need to change their account numbers. Consumer group Fair Money warned "
        "that the deal would reduce competition in rural areas and could lead to higher fees. About 900 jobs are "
        "expected to go, mostly in back-office roles, according to the banks.",
        "Regulators have cleared Lindqvist Bank's merger with Harbourgate Savings, creating the country's "
        "fifth-biggest lender, with roughly 4.2 million customers, under conditions including that at least 120 "
        "branches stay open for three years. Integration will take a year and a half, and customers will have "
        "to change their account numbers, Lindqvist's chief executive said. Consumer group Fair Money warns of "
        "weaker rural competition and possibly higher fees, and also expects around 900 jobs to go, mostly in "
        "back-office roles.",
        errors=[
            err("polarity", "customers will have to change their account numbers",
                "customers would not need to change their account numbers", "major"),
            err("attribution", "also expects around 900 jobs to go", "according to the banks", "major"),
        ],
        traps=[
            trap("fifth-biggest lender", "fifth-largest lender"),
            trap("a year and a half", "18 months"),
            trap("weaker rural competition", "reduce competition in rural areas"),
        ],
    ),
]
