"""Set 157, part 3: ten summary pairs (five consistent, five inconsistent)."""

from ._helpers import case, err, trap

CASES = [
    # 21
    case(
        "bridge collapse inquiry", "summary", "consistent",
        "A public inquiry into the collapse of the Selby Road footbridge in Granton, which injured nine "
        "people last August, opened on Monday. The inquiry, chaired by retired judge Sir Michael Hurst, will "
        "examine the design, construction and maintenance of the bridge, which was built in 2009. Counsel to "
        "the inquiry, Fiona Leckie, told the hearing that corrosion of steel cables had been identified as a "
        "likely cause but that the inquiry would not reach conclusions until all the evidence had been heard. "
        "The contractor that built the bridge, Arden Civil, has since gone out of business. Granton Council, "
        "which was responsible for inspections, said it would cooperate fully. The inquiry is expected to "
        "hear from more than 60 witnesses and to report by the end of next year.",
        "A public inquiry chaired by retired judge Sir Michael Hurst opened on Monday into last August's "
        "collapse of Granton's Selby Road footbridge, in which nine people were hurt. Corroded steel cables "
        "are a likely cause, counsel to the inquiry Fiona Leckie said, though no conclusions will be drawn "
        "until all the evidence has been heard. Upwards of 60 witnesses are expected to give evidence, with a "
        "report likely by the end of next year.",
        traps=[
            trap("in which nine people were hurt", "which injured nine people"),
            trap("Corroded steel cables are a likely cause",
                 "corrosion of steel cables had been identified as a likely cause"),
            trap("Upwards of 60 witnesses", "more than 60 witnesses"),
            trap("a report likely by the end of next year", "to report by the end of next year"),
        ],
    ),
    # 22
    case(
        "horseshoe crab survey", "summary", "consistent",
        "The number of horseshoe crabs spawning on beaches around Mellin Bay has fallen by about 40 per cent "
        "in a decade, according to a survey published on Tuesday by the Coastal Wildlife Trust. Volunteers "
        "counted 18,500 crabs over 12 nights last May and June, compared with 31,000 in the equivalent count "
        "ten years earlier. The trust's lead scientist, Dr Paula Vance, said the decline was probably due to "
        "a combination of overharvesting for bait and the loss of sandy beaches to erosion. Migratory "
        "shorebirds that feed on the crabs' eggs have also declined. The trust is calling for a two-year ban "
        "on harvesting crabs in the bay. The regional fisheries board said it would consider the findings but "
        "had no immediate plans to change the rules.",
        "Horseshoe crabs spawning around Mellin Bay are down by roughly two-fifths over ten years, a Coastal "
        "Wildlife Trust survey has found: volunteers counted 18,500, against 31,000 a decade earlier. "
        "Overharvesting for bait and the erosion of sandy beaches are the probable causes, according to lead "
        "scientist Dr Paula Vance. The trust wants crab harvesting in the bay banned for two years; the "
        "regional fisheries board will consider the findings but has no immediate plans to change the rules.",
        traps=[
            trap("down by roughly two-fifths over ten years", "fallen by about 40 per cent in a decade"),
            trap("against 31,000 a decade earlier",
                 "compared with 31,000 in the equivalent count ten years earlier"),
            trap("are the probable causes", "the decline was probably due to"),
            trap("wants crab harvesting in the bay banned for two years",
                 "is calling for a two-year ban on harvesting crabs in the bay"),
        ],
    ),
    # 23
    case(
        "university merger talks", "summary", "consistent",
        "Two universities in the north-east, Wexley University and the Carnbrook Institute of Technology, "
        "have begun formal talks about a possible merger, their governing bodies announced on Wednesday. A "
        "combined institution would have about 38,000 students, making it one of the largest in the country. "
        "The universities said no decision had been taken and that talks were likely to last at least a "
        "year. Both have faced falling international student numbers and rising costs; Carnbrook reported a "
        "deficit of £14 million last year. Wexley vice-chancellor Professor Anita Rowe said a merger could "
        "protect courses that might otherwise be at risk. The University and College Union said it would "
        "oppose any plan that led to compulsory redundancies.",
        "Wexley University and the Carnbrook Institute of Technology have opened formal talks on a possible "
        "merger that would create one of the country's biggest universities, with some 38,000 students. No "
        "decision has been taken and negotiations are expected to take a year or more. Both face rising costs "
        "and fewer international students, and Carnbrook ran a £14m deficit last year. The UCU will oppose "
        "any plan involving compulsory redundancies.",
        traps=[
            trap("are expected to take a year or more", "were likely to last at least a year"),
            trap("fewer international students", "falling international student numbers"),
            trap("ran a £14m deficit", "reported a deficit of £14 million"),
            trap("The UCU", "The University and College Union"),
        ],
    ),
    # 24
    case(
        "sea freight rates", "summary", "consistent",
        "The cost of shipping a standard 40-foot container from East Asia to northern Europe rose by 22 per "
        "cent last week to $3,850, according to the Marlin Freight Index published on Thursday. It was the "
        "fourth consecutive weekly increase and takes rates to their highest level in 14 months. Analysts at "
        "the index's publisher, Tidewater Analytics, attributed the rise to congestion at several "
        "transhipment ports and to carriers cancelling sailings to support prices. Rates on transpacific "
        "routes to the US west coast were broadly unchanged. Tidewater's head of research, Sunil Varma, said "
        "rates were likely to remain elevated until the congestion eased, which he did not expect before the "
        "end of the second quarter. Retailers have warned that higher freight costs could feed through to "
        "shop prices.",
        "Shipping a 40ft container from East Asia to northern Europe cost $3,850 last week after rates jumped "
        "22%, the Marlin Freight Index showed, a fourth weekly rise in a row and a 14-month high. Tidewater "
        "Analytics, which publishes the index, blamed port congestion and cancelled sailings; its head of "
        "research, Sunil Varma, said rates would probably stay high until the congestion eased, which he did "
        "not expect before the end of the second quarter. Transpacific rates were broadly flat.",
        traps=[
            trap("jumped 22%", "rose by 22 per cent"),
            trap("a fourth weekly rise in a row", "the fourth consecutive weekly increase"),
            trap("a 14-month high", "their highest level in 14 months"),
            trap("would probably stay high", "were likely to remain elevated"),
            trap("broadly flat", "broadly unchanged"),
        ],
    ),
    # 25
    case(
        "stadium roof replacement", "summary", "consistent",
        "Brackwater Rovers will play their first six home matches of next season at the Linden Park "
        "athletics ground while the roof of their Moorside Stadium is replaced, the club confirmed on Friday. "
        "The existing roof, installed in 1994, was found during a routine inspection in April to have "
        "structural weaknesses in two of its main supports. The club said the stands had never been unsafe "
        "for spectators but that engineers had advised replacement rather than repair. The £18 million "
        "project will be paid for by the club's owners, the Halden family, with no increase in season ticket "
        "prices. Work is due to begin in June and to be finished by mid-October. Linden Park's capacity is "
        "9,000, less than half that of Moorside.",
        "Brackwater Rovers' first six home games next season will be played at Linden Park, which holds under "
        "half as many as Moorside Stadium, while Moorside's roof is replaced. Structural weaknesses were found "
        "in two of the roof's main supports in April; the club says the stands were never unsafe, but "
        "engineers recommended replacement over repair. The owners, the Halden family, are funding the £18m "
        "work, and season ticket prices will not rise.",
        traps=[
            trap("holds under half as many as Moorside Stadium", "less than half that of Moorside"),
            trap("recommended replacement over repair", "advised replacement rather than repair"),
            trap("are funding the £18m work", "project will be paid for by the club's owners"),
            trap("season ticket prices will not rise", "no increase in season ticket prices"),
        ],
    ),
    # 26: number + attribution
    case(
        "fruit picker shortage", "summary", "inconsistent",
        "Fruit growers in the Tamsin Valley have warned that up to a quarter of this year's strawberry and "
        "raspberry crop could be left to rot because of a shortage of seasonal pickers. The Valley Growers' "
        "Association said its members had recruited only 2,600 of the 4,200 workers they needed, partly "
        "because of delays in processing visas for overseas workers. Association chair Martin Coyle said "
        "some farms had already cut back on planting for next year. The labour ministry said it had cleared "
        "a backlog of 1,100 visa applications last month and expected waiting times to fall. Farmers have "
        "raised hourly pay by about 8 per cent, but say they cannot compete with warehouse jobs in nearby "
        "towns.",
        "Tamsin Valley fruit growers warn that up to a third of this year's strawberry and raspberry crop "
        "could rot because only 2,600 of the 4,200 pickers needed have been recruited, partly owing to visa "
        "delays. Some farms have already cut back on planting for next year, the labour ministry said, though "
        "it expects waiting times to fall after clearing a backlog of 1,100 visa applications. Farmers have "
        "raised hourly pay by around 8%.",
        errors=[
            err("up to a third", "number", "major", "up to a quarter"),
            err("the labour ministry said", "attribution", "major", "Association chair Martin Coyle said"),
        ],
        traps=[
            trap("by around 8%", "by about 8 per cent"),
        ],
    ),
    # 27: event
    case(
        "paper mill conversion", "summary", "inconsistent",
        "The former Ravensmoor paper mill, which closed in 2020 with the loss of 300 jobs, is to be converted "
        "into a data centre under plans approved by Coldwell District Council on Tuesday. Developer Northgate "
        "Digital will invest £240 million in the site and expects to employ around 90 people once the centre "
        "is running. The plans include reusing the mill's hydroelectric turbines, which date from 1931, to "
        "supply part of the centre's power. Some residents raised concerns about noise from cooling equipment "
        "and the amount of water the centre would draw from the River Ewe. The council attached conditions "
        "limiting night-time noise and requiring the developer to monitor water use. Construction is due to "
        "start in the autumn and take two years.",
        "Coldwell District Council has approved plans to turn the former Ravensmoor paper mill, shut since "
        "2020, into a £240m data centre expected to employ about 90 people, with the mill's 1931 hydroelectric "
        "turbines supplying part of its power. Some residents staged protests over cooling noise and water "
        "drawn from the River Ewe, and the council imposed limits on night-time noise and required the "
        "developer to monitor water use. Building is due to start in the autumn and last two years.",
        errors=[
            err("staged protests", "event", "minor", "raised concerns"),
        ],
        traps=[
            trap("shut since 2020", "which closed in 2020"),
            trap("last two years", "take two years"),
        ],
    ),
    # 28: polarity + date
    case(
        "rural surgery closure", "summary", "inconsistent",
        "The only GP surgery in the village of Hollinsby will close on 31 August after its two remaining "
        "doctors announced their retirement and no replacements could be found, the local health board said "
        "on Monday. The surgery's 3,400 patients will be transferred to the Brookvale Medical Centre, eight "
        "miles away. The health board said it would provide a minibus service twice a week for patients "
        "without their own transport, but it has ruled out opening a branch surgery in the village. "
        "Campaigners said the bus service running between Hollinsby and Brookvale operated only every two "
        "hours. The board said it had advertised the posts four times since last year without success. A "
        "public meeting will be held in the village hall on 12 July.",
        "Hollinsby's only GP surgery will close on 31 August, the health board said, because its two "
        "remaining doctors are retiring and no replacements have been found despite four rounds of "
        "advertising. Its 3,400 patients will move to Brookvale Medical Centre, eight miles away; a "
        "twice-weekly minibus will run for those without their own transport, and the board has not ruled "
        "out a branch surgery in the village. A public meeting is set for 12 June.",
        errors=[
            err("has not ruled out a branch surgery in the village", "polarity", "major",
                "has ruled out opening a branch surgery in the village"),
            err("12 June", "date", "minor", "12 July"),
        ],
        traps=[
            trap("despite four rounds of advertising",
                 "had advertised the posts four times since last year without success"),
        ],
    ),
    # 29: modality
    case(
        "swan deaths investigation", "summary", "inconsistent",
        "Environmental health officers are investigating the deaths of 23 mute swans on the Lockham Canal "
        "over the past three weeks. Post-mortem tests on six of the birds have ruled out avian influenza, the "
        "Lockham Borough Council said, but further tests for lead poisoning and botulism are under way, with "
        "results expected within ten days. Officials said a possible link to a diesel spill from a boatyard "
        "near Fenner's Lock in early May was being examined, but stressed that no cause had yet been "
        "established. The Canal and River Trust has advised dog owners to keep pets out of the water as a "
        "precaution. Local swan rescue volunteer Janet Pryce said she had found several birds too weak to "
        "lift their heads.",
        "Environmental health officers are investigating the deaths of 23 mute swans on the Lockham Canal "
        "over the past three weeks. Bird flu has been ruled out in six birds tested, and results of tests for "
        "lead poisoning and botulism are expected within ten days. Officials said a diesel spill from a "
        "boatyard near Fenner's Lock in early May had caused the deaths. Dog owners have been told to keep "
        "pets out of the water as a precaution.",
        errors=[
            err("a diesel spill from a boatyard near Fenner's Lock in early May had caused the deaths",
                "modality", "critical",
                "a possible link to a diesel spill from a boatyard near Fenner's Lock in early May was "
                "being examined"),
        ],
        traps=[
            trap("Bird flu has been ruled out in six birds tested",
                 "Post-mortem tests on six of the birds have ruled out avian influenza"),
            trap("have been told to keep pets out of the water",
                 "has advised dog owners to keep pets out of the water"),
        ],
    ),
    # 30: entity + repetition
    case(
        "vaccine clinic expansion", "summary", "inconsistent",
        "The Rosedale Community Health Centre will extend its vaccination clinic to seven days a week from "
        "next month, after demand for childhood and travel vaccines rose by 30 per cent over the past year. "
        "The clinic currently opens on weekdays only. Health centre manager Ayesha Kerr said the change would "
        "allow an extra 250 appointments a week and cut average waiting times from three weeks to under one. "
        "The expansion is being funded by a £180,000 grant from the Palmer Foundation, a local health "
        "charity, for an initial period of two years. Four additional nurses will be recruited. The centre "
        "also plans to offer walk-in flu vaccinations on Saturday mornings from October.",
        "Rosedale Community Health Centre's vaccination clinic, now weekday-only, will open seven days a week "
        "from next month after a 30% rise in demand. Manager Ayesha Kerr said this would add 250 weekly "
        "appointments and cut average waits from three weeks to under one. A £180,000 grant from the Kerr "
        "Foundation covers the first two years of the expansion, which will add 250 weekly appointments, and "
        "four more nurses will be hired.",
        errors=[
            err("Kerr Foundation", "entity", "major", "Palmer Foundation"),
            err("add 250 weekly appointments", "repetition", "minor", None, occ=1),
        ],
        traps=[
            trap("now weekday-only", "currently opens on weekdays only"),
            trap("a 30% rise in demand", "rose by 30 per cent"),
        ],
    ),
]
