"""Part 1: ten consistent rewrites (hand-written; all names invented)."""

CASES = [
    # 1 -------------------------------------------------------------------
    {
        "domain": "bin collection fortnightly switch",
        "mode": "rewrite",
        "reference": (
            "Harrowmere District Council has confirmed that general waste bins will be collected "
            "every two weeks instead of weekly from 3 March, in a move it says will save \u00a31.4 million "
            "a year. Recycling and food waste will still be collected weekly. Councillor Dena Marchetti, "
            "the cabinet member for environment, said the change was needed to close a budget gap and to "
            "push up recycling rates, which currently stand at 38 per cent. Households of six or more "
            "people will be able to apply for a larger bin free of charge. Residents' groups have "
            "criticised the decision, warning that it could lead to more fly-tipping, but the council said "
            "similar schemes elsewhere had not caused a lasting rise."
        ),
        "candidate": (
            "From 3 March, general waste in Harrowmere will be picked up fortnightly rather than every "
            "week, the district council has confirmed, saying the switch will save \u00a31.4m annually. "
            "Weekly collections of recycling and food waste will continue. According to environment "
            "cabinet member Dena Marchetti, the change is needed both to close a budget gap and to raise "
            "recycling rates, currently 38%. Larger bins will be available free of charge, on application, "
            "to households of six or more people. The council says comparable schemes elsewhere have not "
            "led to a lasting increase in fly-tipping, although residents' groups have criticised the "
            "decision and warned that it could cause more."
        ),
        "errors": [],
        "traps": [
            {"text": "picked up fortnightly rather than every week",
             "ref_text": "collected every two weeks instead of weekly"},
            {"text": "\u00a31.4m annually", "ref_text": "\u00a31.4 million a year"},
            {"text": "currently 38%", "ref_text": "currently stand at 38 per cent"},
            {"text": "comparable schemes elsewhere have not led to a lasting increase",
             "ref_text": "similar schemes elsewhere had not caused a lasting rise"},
        ],
    },
    # 2 -------------------------------------------------------------------
    {
        "domain": "beach hut price record",
        "mode": "rewrite",
        "reference": (
            "A beach hut at Saltmere Sands has sold for \u00a3412,000, setting a new record for the resort, "
            "estate agents Pellow & Crane said on Friday. The wooden hut, which measures 4.5 metres by "
            "3 metres and has no running water or mains electricity, was bought by a buyer who has asked "
            "not to be named. The previous record, \u00a3365,000, was set in 2021 for a hut two doors along. "
            "Under rules set by the local council, owners may use the huts during the day and until 10pm "
            "but are not allowed to sleep in them overnight. Agent Corinne Blaydes said demand had been "
            "driven by buyers from outside the region and that she expected prices to rise further next "
            "summer."
        ),
        "candidate": (
            "Estate agents Pellow & Crane said on Friday that a beach hut at Saltmere Sands had fetched "
            "\u00a3412,000, a record for the resort. The buyer, who has asked to remain anonymous, paid that "
            "sum for a wooden hut of 4.5m by 3m with no running water or mains electricity. It beats the "
            "\u00a3365,000 paid in 2021 for a hut two doors along. Local council rules allow owners to use the "
            "huts by day and until 10pm, but overnight stays are banned. According to agent Corinne "
            "Blaydes, buyers from outside the region have been driving demand, and she expects prices to "
            "climb further next summer."
        ),
        "errors": [],
        "traps": [
            {"text": "had fetched \u00a3412,000", "ref_text": "has sold for \u00a3412,000"},
            {"text": "asked to remain anonymous", "ref_text": "asked not to be named"},
            {"text": "4.5m by 3m", "ref_text": "4.5 metres by 3 metres"},
            {"text": "overnight stays are banned",
             "ref_text": "are not allowed to sleep in them overnight"},
        ],
    },
    # 3 -------------------------------------------------------------------
    {
        "domain": "ice rink temporary",
        "mode": "rewrite",
        "reference": (
            "A temporary ice rink will open in Brackenford's Market Square on 29 November and remain "
            "until 5 January, the town's business improvement district, Brackenford First, announced "
            "yesterday. The 600-square-metre rink will be able to hold up to 150 skaters at a time. "
            "Tickets will cost \u00a39 for adults and \u00a36 for children under 12, with sessions lasting "
            "45 minutes. The operator, Glidewell Events, will use a synthetic surface rather than real ice "
            "for the first time, which it says cuts energy use by around 90 per cent. The rink is not "
            "expected to open on Christmas Day. Organisers hope the attraction will draw 40,000 visitors "
            "over the season."
        ),
        "candidate": (
            "Brackenford First, the town's business improvement district, said yesterday that a temporary "
            "ice rink would open in the town's Market Square on 29 November and stay until 5 January. Up "
            "to 150 people will be able to skate at once on the 600 sq m rink, in 45-minute sessions "
            "costing \u00a39 for adults and \u00a36 for under-12s. For the first time, operator Glidewell Events "
            "will use a synthetic surface instead of real ice, a change it says reduces energy consumption "
            "by roughly nine-tenths. The rink is unlikely to open on Christmas Day, and organisers are "
            "hoping for 40,000 visitors across the season."
        ),
        "errors": [],
        "traps": [
            {"text": "Up to 150 people will be able to skate at once",
             "ref_text": "able to hold up to 150 skaters at a time"},
            {"text": "600 sq m", "ref_text": "600-square-metre"},
            {"text": "under-12s", "ref_text": "children under 12"},
            {"text": "by roughly nine-tenths", "ref_text": "by around 90 per cent"},
            {"text": "is unlikely to open on Christmas Day",
             "ref_text": "is not expected to open on Christmas Day"},
        ],
    },
    # 4 -------------------------------------------------------------------
    {
        "domain": "soup kitchen closure",
        "mode": "rewrite",
        "reference": (
            "The Greyfield Street soup kitchen in Ostbury will close at the end of April after 31 years "
            "because its landlord, the Hollin Trust, plans to sell the building, the charity that runs it "
            "said on Monday. The kitchen serves about 220 hot meals a week, mostly to people who are "
            "homeless or in insecure housing. Manager Pritesh Oduya said volunteers were looking for new "
            "premises but had not yet found a suitable site. 'We are not giving up,' he said. The charity, "
            "Open Table Ostbury, said it would continue to run its food parcel service from a church hall "
            "on Linden Road while the search goes on. The Hollin Trust did not respond to a request for "
            "comment."
        ),
        "candidate": (
            "Ostbury's Greyfield Street soup kitchen is to shut at the end of April, 31 years after it "
            "opened, because its landlord, the Hollin Trust, intends to sell the building. The closure was "
            "announced on Monday by Open Table Ostbury, the charity that runs the kitchen. Around 220 hot "
            "meals are served there each week, most of them to people who are homeless or insecurely "
            "housed. Volunteers are searching for new premises but have so far found nowhere suitable, "
            "said manager Pritesh Oduya, who insisted: 'We are not giving up.' While the search continues, "
            "the charity will keep its food parcel service running from a church hall on Linden Road. The "
            "Hollin Trust did not reply when asked for comment."
        ),
        "errors": [],
        "traps": [
            {"text": "31 years after it opened", "ref_text": "after 31 years"},
            {"text": "intends to sell the building", "ref_text": "plans to sell the building"},
            {"text": "have so far found nowhere suitable",
             "ref_text": "had not yet found a suitable site"},
            {"text": "did not reply when asked for comment",
             "ref_text": "did not respond to a request for comment"},
        ],
    },
    # 5 -------------------------------------------------------------------
    {
        "domain": "typhoon shelter capacity",
        "mode": "rewrite",
        "reference": (
            "Authorities in the coastal province of Haoling have increased the capacity of public typhoon "
            "shelters by 35 per cent ahead of the storm season, the provincial emergency bureau said on "
            "Wednesday. The 212 shelters can now house a combined 86,000 people, up from about 64,000 last "
            "year. Officials said 40 schools and sports halls had been converted and that each shelter now "
            "holds at least three days of food and drinking water. Bureau director Mei Ganxiu said "
            "evacuation orders would be issued at least 24 hours before a typhoon was expected to make "
            "landfall where possible. Residents of low-lying villages in the Sanbei district, which was "
            "badly flooded in 2023, will be the first to be moved."
        ),
        "candidate": (
            "The 212 public typhoon shelters in the coastal province of Haoling can now accommodate 86,000 "
            "people between them, a 35% increase on last year's figure of about 64,000, the provincial "
            "emergency bureau said on Wednesday as the storm season approached. Forty schools and sports "
            "halls have been converted, officials said, and every shelter is now stocked with food and "
            "drinking water for a minimum of 72 hours. Where possible, evacuation orders will go out no "
            "later than a day before a typhoon is forecast to make landfall, according to bureau director "
            "Mei Ganxiu. The first to be moved will be people living in low-lying villages in Sanbei "
            "district, which suffered severe flooding in 2023."
        ),
        "errors": [],
        "traps": [
            {"text": "a 35% increase", "ref_text": "by 35 per cent"},
            {"text": "for a minimum of 72 hours", "ref_text": "at least three days"},
            {"text": "no later than a day before", "ref_text": "at least 24 hours before"},
            {"text": "is forecast to make landfall", "ref_text": "was expected to make landfall"},
            {"text": "suffered severe flooding in 2023", "ref_text": "was badly flooded in 2023"},
        ],
    },
    # 6 -------------------------------------------------------------------
    {
        "domain": "stately home opening",
        "mode": "rewrite",
        "reference": (
            "Addlecombe Park, the 18th-century country house near Quenbury, will open to the public for "
            "the first time in its history next spring, its owners announced on Thursday. The Fairleigh "
            "family, who have lived at the house since 1761, said about 14 rooms and the walled garden "
            "would be open four days a week from 1 April to 30 September. Entry will cost \u00a316 for adults, "
            "with free admission for children under five. The opening follows a \u00a33.2 million restoration "
            "of the roof and east wing, half of which was paid for by a heritage grant. Lord Fairleigh said "
            "the family would continue to live in the west wing, which will remain closed to visitors."
        ),
        "candidate": (
            "For the first time in its history, Addlecombe Park will welcome the public next spring, the "
            "owners of the 18th-century country house near Quenbury said on Thursday. Around 14 rooms, "
            "together with the walled garden, will be open four days a week between 1 April and "
            "30 September, according to the Fairleigh family, who have lived there since 1761. Adults will "
            "pay \u00a316, while under-fives go free. The opening comes after a \u00a33.2m restoration of the roof "
            "and east wing, 50% of which was met by a heritage grant. Visitors will not be admitted to the "
            "west wing, where, Lord Fairleigh said, the family will go on living."
        ),
        "errors": [],
        "traps": [
            {"text": "will welcome the public", "ref_text": "will open to the public"},
            {"text": "under-fives go free", "ref_text": "free admission for children under five"},
            {"text": "50% of which was met by a heritage grant",
             "ref_text": "half of which was paid for by a heritage grant"},
            {"text": "Visitors will not be admitted to the west wing",
             "ref_text": "which will remain closed to visitors"},
        ],
    },
    # 7 -------------------------------------------------------------------
    {
        "domain": "pram safety recall",
        "mode": "rewrite",
        "reference": (
            "The pram maker Cotswick Baby has recalled around 18,000 of its Aria 3 pushchairs after "
            "reports that the folding hinge can give way while the pram is in use. The company said it had "
            "received 27 reports of the hinge failing, including two in which a child suffered minor "
            "bruising. No serious injuries have been reported. The recall covers prams sold between June "
            "2022 and February 2024 with serial numbers beginning AR3-22 or AR3-23. Owners are being "
            "advised to stop using the product immediately and contact the company for a free replacement "
            "hinge, which can be fitted at home in about ten minutes. The National Product Safety Office "
            "said it was monitoring the recall."
        ),
        "candidate": (
            "Some 18,000 Aria 3 pushchairs are being recalled by their manufacturer, Cotswick Baby, "
            "following reports that the folding hinge can collapse during use. The firm said it had "
            "received 27 reports of hinge failure, two of which involved a child suffering minor bruising; "
            "no serious injuries have been reported. Affected prams were sold between June 2022 and "
            "February 2024 and have serial numbers beginning AR3-22 or AR3-23. Owners are advised to stop "
            "using them straight away and to contact the company for a free replacement hinge, which takes "
            "roughly ten minutes to fit at home. The recall is being monitored, the National Product "
            "Safety Office said."
        ),
        "errors": [],
        "traps": [
            {"text": "are being recalled by their manufacturer, Cotswick Baby",
             "ref_text": "The pram maker Cotswick Baby has recalled"},
            {"text": "can collapse during use", "ref_text": "can give way while the pram is in use"},
            {"text": "straight away", "ref_text": "immediately"},
            {"text": "takes roughly ten minutes to fit at home",
             "ref_text": "can be fitted at home in about ten minutes"},
        ],
    },
    # 8 -------------------------------------------------------------------
    {
        "domain": "university strike marking boycott",
        "mode": "rewrite",
        "reference": (
            "Lecturers at Northgate University will begin a marking and assessment boycott on 14 May "
            "unless a dispute over pay is settled, the University and College Staff Union (UCSU) said on "
            "Tuesday. The union said 71 per cent of members who voted backed the action, on a turnout of "
            "54 per cent. The university warned that staff taking part would have half of their pay "
            "deducted for every day of the boycott, and that some final-year students might not receive "
            "their degree classifications in time for graduation in July. A university spokesperson said "
            "it had offered a 4 per cent rise, which the union described as 'well below inflation'. Talks "
            "are due to resume next week."
        ),
        "candidate": (
            "Unless the pay dispute is resolved, lecturers at Northgate University will stop marking and "
            "assessing students' work from 14 May, the University and College Staff Union (UCSU) announced "
            "on Tuesday. Of the members who voted, 71% backed the action, on a turnout of 54%. The "
            "university has warned that staff who take part will lose 50% of their pay for each day of the "
            "boycott, and that some final-year students may not get their degree classifications before "
            "July's graduation. According to a university spokesperson, it has offered a 4% rise, which the "
            "union called 'well below inflation'. Talks are scheduled to resume next week."
        ),
        "errors": [],
        "traps": [
            {"text": "stop marking and assessing students' work from 14 May",
             "ref_text": "begin a marking and assessment boycott on 14 May"},
            {"text": "lose 50% of their pay", "ref_text": "have half of their pay deducted"},
            {"text": "may not get their degree classifications before July's graduation",
             "ref_text": "might not receive their degree classifications in time for graduation in July"},
            {"text": "scheduled to resume", "ref_text": "due to resume"},
        ],
    },
    # 9 -------------------------------------------------------------------
    {
        "domain": "hospital parking permit",
        "mode": "rewrite",
        "reference": (
            "Staff at St Aldric's Hospital in Cullerton will have to pay \u00a335 a month for a parking permit "
            "from 1 September, ending a scheme under which parking was free for employees earning less "
            "than \u00a328,000 a year. The hospital trust said the charges were needed to fund 300 additional "
            "spaces in a new multi-storey car park, due to open in 2026. Night-shift workers will be exempt, "
            "as will staff who are blue badge holders. The Nursing and Care Staff Association branch said "
            "the decision would hit lower-paid staff hardest and called on the trust to reconsider. "
            "Patients and visitors will continue to pay the existing hourly rate of \u00a32.40."
        ),
        "candidate": (
            "From 1 September, staff at Cullerton's St Aldric's Hospital will be charged \u00a335 a month for a "
            "parking permit, bringing to an end free parking for employees on salaries below \u00a328,000. "
            "According to the hospital trust, the charges are needed to fund 300 extra spaces in a new "
            "multi-storey car park, which is expected to open in 2026. Employees who hold blue badges will "
            "not have to pay, and neither will those working night shifts. The local branch of the Nursing "
            "and Care Staff Association said lower-paid staff would be hit hardest and urged the trust to "
            "think again. Patients and visitors will go on paying the existing hourly rate of \u00a32.40."
        ),
        "errors": [],
        "traps": [
            {"text": "on salaries below \u00a328,000", "ref_text": "earning less than \u00a328,000 a year"},
            {"text": "expected to open in 2026", "ref_text": "due to open in 2026"},
            {"text": "Employees who hold blue badges will not have to pay, and neither will those "
                     "working night shifts",
             "ref_text": "Night-shift workers will be exempt, as will staff who are blue badge holders"},
            {"text": "urged the trust to think again", "ref_text": "called on the trust to reconsider"},
        ],
    },
    # 10 ------------------------------------------------------------------
    {
        "domain": "board game cafe opening",
        "mode": "rewrite",
        "reference": (
            "A board game cafe with a library of more than 800 games is to open on Fenwick Street in "
            "Dunsloe on Saturday 12 October, taking over a unit that has stood empty for three years. "
            "Owners Ilse Vandermeer and Tomasz Reilly raised \u00a346,000 through a crowdfunding campaign "
            "backed by 1,130 people. Customers will pay a \u00a35 table fee, which allows them to play for as "
            "long as they like, and the cafe will serve food and drinks, including alcohol after 6pm. It "
            "will be open from 10am to 11pm, Tuesday to Sunday. Ms Vandermeer said the pair planned to run "
            "beginners' nights every Wednesday and hoped to create eight jobs."
        ),
        "candidate": (
            "Ilse Vandermeer and Tomasz Reilly will open a board game cafe on Fenwick Street in Dunsloe on "
            "Saturday 12 October, in a unit that has been vacant for the past three years. The pair raised "
            "\u00a346,000 in a crowdfunding campaign with 1,130 backers, and the cafe will stock over 800 games. "
            "A \u00a35 table fee will let customers play for as long as they want. Food and drinks will be "
            "served, with alcohol available after 6pm. Opening hours will be 10am to 11pm every day except "
            "Monday. Ms Vandermeer said the pair planned beginners' nights each Wednesday and hoped to "
            "create eight jobs."
        ),
        "errors": [],
        "traps": [
            {"text": "has been vacant for the past three years",
             "ref_text": "has stood empty for three years"},
            {"text": "with 1,130 backers", "ref_text": "backed by 1,130 people"},
            {"text": "over 800 games", "ref_text": "more than 800 games"},
            {"text": "every day except Monday", "ref_text": "Tuesday to Sunday"},
        ],
    },
]
