"""Set 157, part 1: ten rewrite pairs, all consistent (faithful rewrites)."""

from ._helpers import case, trap

CASES = [
    # 1
    case(
        "robot surgery trial", "rewrite", "consistent",
        "Surgeons at Halverford General Hospital have completed the first phase of a trial in which a "
        "robotic system carried out parts of kidney operations under supervision. The hospital said on "
        "Monday that 48 patients took part between March and September, and that none suffered a serious "
        "complication linked to the robot. Average time in theatre fell from 210 minutes to 175 minutes, "
        "while the average hospital stay was cut by a day. Dr Ines Marlowe, who leads the trial, said the "
        "results were encouraging but cautioned that the sample was too small to draw firm conclusions. A "
        "second phase, involving around 200 patients at four hospitals, is expected to begin next spring, "
        "subject to approval by the regional ethics board. The robot was supplied by Corvane Medical, which "
        "is funding half the cost of the study.",
        "Parts of kidney operations were performed by a robotic system, under supervision, in a trial whose "
        "first phase has now been completed by surgeons at Halverford General Hospital. Forty-eight patients "
        "took part from March to September, the hospital announced on Monday, and not one of them had a "
        "serious complication attributable to the robot. The average time in theatre dropped by 35 minutes, "
        "to 175 minutes, and patients went home a day sooner on average. Trial lead Dr Ines Marlowe called "
        "the findings encouraging, though she warned that the sample was too small for firm conclusions. "
        "Provided the regional ethics board gives its approval, a second phase with roughly 200 patients "
        "across four hospitals is likely to start next spring. Corvane Medical, which supplied the robot, is "
        "paying for 50% of the study.",
        traps=[
            trap("Forty-eight patients", "48 patients"),
            trap("dropped by 35 minutes, to 175 minutes", "fell from 210 minutes to 175 minutes"),
            trap("patients went home a day sooner on average", "the average hospital stay was cut by a day"),
            trap("is likely to start next spring", "is expected to begin next spring"),
            trap("paying for 50% of the study", "funding half the cost of the study"),
        ],
    ),
    # 2
    case(
        "dry dock lease", "rewrite", "consistent",
        "Port Calloway Harbour Authority has agreed to lease its No. 2 dry dock to Brenlow Marine Services "
        "for 15 years, ending a two-year search for a long-term tenant. Under the deal, signed on 4 June, "
        "Brenlow will pay an annual rent of £850,000 and has committed to spending £6 million on new cranes "
        "and a covered workshop within the first three years. The authority said the agreement was expected "
        "to create about 120 jobs at the yard. Harbour master Colin Aske said the dock had been used only "
        "sporadically since the previous operator went into administration in 2021. Brenlow, which already "
        "repairs fishing vessels at a smaller site across the estuary, said it planned to move that work to "
        "the dry dock but would keep its existing site open for at least a year.",
        "Brenlow Marine Services is to take a 15-year lease on the No. 2 dry dock owned by Port Calloway "
        "Harbour Authority, bringing to an end the authority's two-year hunt for a long-term tenant. The "
        "agreement, signed on 4 June, commits Brenlow to rent of £850,000 a year and to a £6m investment in "
        "new cranes and a covered workshop over its first three years. According to the authority, around "
        "120 jobs are likely to be created at the yard. The dock has seen only occasional use since its "
        "former operator went into administration in 2021, harbour master Colin Aske said. Brenlow already "
        "repairs fishing vessels at a smaller site on the other side of the estuary. It intends to transfer "
        "that work to the dry dock, but said the existing site would stay open for a year at minimum.",
        traps=[
            trap("rent of £850,000 a year", "an annual rent of £850,000"),
            trap("a £6m investment", "spending £6 million"),
            trap("around 120 jobs are likely to be created", "expected to create about 120 jobs"),
            trap("a year at minimum", "at least a year"),
        ],
    ),
    # 3
    case(
        "fog warning buoy", "rewrite", "consistent",
        "A new fog warning buoy has been installed at the mouth of the Dunmere Channel after a run of near "
        "misses involving ferries and small fishing boats. The coastguard agency said the buoy, which cost "
        "$340,000, combines a foghorn audible up to three nautical miles away with a radar beacon and a light "
        "visible for eight nautical miles. It replaces a 1970s unit that was damaged beyond repair during a "
        "storm in January. Captain Ruth Ellery of the Dunmere Pilots' Association said members had been "
        "asking for a replacement for almost a year. The agency said it would review the buoy's performance "
        "after six months and did not rule out adding a second one further along the channel. Ferry operator "
        "Skellan Lines welcomed the installation.",
        "Following a series of near misses involving ferries and small fishing boats, a new fog warning buoy "
        "has been put in place where the Dunmere Channel meets the sea. According to the coastguard agency, "
        "the $340,000 buoy carries a radar beacon, a light that can be seen eight nautical miles off and a "
        "foghorn that can be heard up to three nautical miles away. The unit it replaces dated from the 1970s "
        "and was wrecked beyond repair by a January storm. Members of the Dunmere Pilots' Association had "
        "been asking for a replacement for close to twelve months, said Captain Ruth Ellery of the "
        "association. The buoy's performance will be reviewed after six months, the agency said, adding that "
        "a second buoy further along the channel had not been ruled out. The installation was welcomed by "
        "ferry operator Skellan Lines.",
        traps=[
            trap("where the Dunmere Channel meets the sea", "at the mouth of the Dunmere Channel"),
            trap("wrecked beyond repair by a January storm", "damaged beyond repair during a storm in January"),
            trap("close to twelve months", "almost a year"),
            trap("a second buoy further along the channel had not been ruled out",
                 "did not rule out adding a second one further along the channel"),
        ],
    ),
    # 4
    case(
        "community orchard planting", "rewrite", "consistent",
        "Volunteers planted 140 fruit trees on a former landfill site in Ashgrove on Saturday, creating what "
        "organisers say is the largest community orchard in the county. The trees, mostly heritage apple and "
        "pear varieties, were paid for by a £12,000 grant from the Tessford Rural Trust. Around 60 residents "
        "took part, along with pupils from two local primary schools. Orchard group chair Meera Donnelly said "
        "the site would be open to the public all year and that fruit would be free to anyone who helped with "
        "upkeep. The council, which owns the land, carried out soil tests before the planting and found no "
        "contamination in the upper layer. The first significant harvest is not expected for another four to "
        "five years.",
        "A former landfill site in Ashgrove became home to 140 fruit trees on Saturday, when volunteers "
        "created what the organisers describe as the county's biggest community orchard. A £12,000 grant "
        "from the Tessford Rural Trust covered the cost of the trees, most of which are heritage varieties of "
        "apple and pear. Some 60 residents joined in, together with pupils from a pair of local primary "
        "schools. According to Meera Donnelly, who chairs the orchard group, the public will have access to "
        "the site year-round, and anyone who helps maintain it can take fruit free of charge. Before the "
        "planting, the council, as landowner, had the soil tested; no contamination was found in the upper "
        "layer. The first significant crop is not anticipated for another four to five years.",
        traps=[
            trap("the county's biggest community orchard", "the largest community orchard in the county"),
            trap("a pair of local primary schools", "two local primary schools"),
            trap("year-round", "all year"),
            trap("anyone who helps maintain it can take fruit free of charge",
                 "fruit would be free to anyone who helped with upkeep"),
            trap("is not anticipated for another four to five years",
                 "is not expected for another four to five years"),
        ],
    ),
    # 5
    case(
        "mountain biking trail", "rewrite", "consistent",
        "A 22-kilometre mountain biking trail through the Corrant Hills will open on 1 May, nine months later "
        "than planned, after delays caused by a wet winter and a dispute over access across private farmland. "
        "The Corrant Forest Park trust said the route, built at a cost of €1.8 million, includes three graded "
        "sections and a skills area for beginners. Riders will not be charged to use the trail, but parking "
        "at the main trailhead will cost €4 a day. Trust director Paul Veyne said the project had been made "
        "possible after landowner Harriet Olsk agreed to a 25-year access arrangement in February. The trust "
        "estimates the trail will attract about 30,000 visits in its first year.",
        "The Corrant Hills mountain biking trail, which runs for 22km, opens on 1 May, nine months behind "
        "schedule. A wet winter and a row over access across private farmland held up the work, according to "
        "the Corrant Forest Park trust. The €1.8m route has three graded sections as well as a skills area "
        "aimed at beginners. Use of the trail will be free, although parking at the main trailhead will cost "
        "€4 a day. It was a 25-year access deal agreed in February by landowner Harriet Olsk that made the "
        "project possible, said trust director Paul Veyne. The trust puts likely visits in the first year at "
        "around 30,000.",
        traps=[
            trap("22km", "22-kilometre"),
            trap("nine months behind schedule", "nine months later than planned"),
            trap("Use of the trail will be free", "Riders will not be charged to use the trail"),
            trap("a 25-year access deal agreed in February by landowner Harriet Olsk",
                 "landowner Harriet Olsk agreed to a 25-year access arrangement in February"),
            trap("puts likely visits in the first year at around 30,000",
                 "estimates the trail will attract about 30,000 visits in its first year"),
        ],
    ),
    # 6
    case(
        "printing works closure", "rewrite", "consistent",
        "Harlow & Pruett, one of the oldest printing firms in the region, will close its Millbeck works at the "
        "end of March with the loss of 85 jobs, the company confirmed on Thursday. Managing director Simon "
        "Pruett blamed a steady fall in orders for printed catalogues and rising energy costs, which he said "
        "had doubled in two years. About a third of the staff have been offered posts at the firm's smaller "
        "plant in Castleby, 30 miles away. The Graphical Workers' Union said it was disappointed but would not "
        "oppose the closure, and would seek enhanced redundancy terms. The Millbeck site, which has been used "
        "for printing since 1912, is likely to be sold for housing.",
        "The Millbeck works of Harlow & Pruett, among the region's longest-established printers, is to shut "
        "at the end of March and 85 jobs will go, the company confirmed on Thursday. Managing director Simon "
        "Pruett put the closure down to a steady decline in orders for printed catalogues and to energy bills "
        "that, he said, had gone up twofold in two years. Roughly one in three employees has been offered a "
        "job at the company's smaller Castleby plant, 30 miles away. While disappointed, the Graphical "
        "Workers' Union will not fight the closure; it intends to press for better redundancy terms. Printing "
        "has been carried out at Millbeck since 1912, and the site will probably be sold for housing.",
        traps=[
            trap("among the region's longest-established printers",
                 "one of the oldest printing firms in the region"),
            trap("gone up twofold in two years", "doubled in two years"),
            trap("Roughly one in three employees", "About a third of the staff"),
            trap("will not fight the closure", "would not oppose the closure"),
            trap("will probably be sold for housing", "is likely to be sold for housing"),
        ],
    ),
    # 7
    case(
        "historic organ sale", "rewrite", "consistent",
        "The trustees of St Aldric's Church in Wenholm have agreed to sell its 19th-century pipe organ to a "
        "music school in Norway for £210,000. The instrument, built in 1868 by the firm of Thomas Greyle, has "
        "not been played regularly since the congregation moved to a smaller building in 2019. Church warden "
        "Alison Frew said the decision had been painful but that the money would pay for urgent repairs to "
        "the roof and tower. The buyer, the Nordvik Academy of Music, will dismantle the organ in October and "
        "ship it in 42 crates. Heritage campaigners had argued the organ should stay in the county, but no "
        "local institution came forward with an offer.",
        "A Norwegian music school is to buy the 19th-century pipe organ at St Aldric's Church in Wenholm for "
        "£210,000, after the church's trustees agreed to the sale. Built by Thomas Greyle's firm in 1868, the "
        "organ has gone largely unplayed since 2019, when the congregation relocated to a smaller building. "
        "The money will fund urgent repairs to the roof and tower, said church warden Alison Frew, who "
        "described the decision as painful. In October the buyer, the Nordvik Academy of Music, will take "
        "the instrument apart and ship it in 42 crates. Heritage campaigners had pressed for the organ to "
        "remain in the county, but no local institution offered to buy it.",
        traps=[
            trap("A Norwegian music school", "a music school in Norway"),
            trap("has gone largely unplayed", "has not been played regularly"),
            trap("relocated to a smaller building", "moved to a smaller building"),
            trap("take the instrument apart", "dismantle the organ"),
        ],
    ),
    # 8
    case(
        "ferris wheel approval", "rewrite", "consistent",
        "Plans for a 60-metre ferris wheel on the seafront at Bramsea were approved by the borough council's "
        "planning committee on Wednesday by seven votes to four. The wheel, proposed by leisure operator "
        "Skyreach Attractions, will have 36 enclosed cabins and is expected to carry up to 400,000 passengers "
        "a year. Permission has been granted for five years only, after which the operator must remove the "
        "structure or reapply. Some residents had objected that the wheel would block sea views and increase "
        "traffic, and a petition against it gathered 2,300 signatures. Committee chair Janet Holroyd said the "
        "benefits to tourism outweighed the concerns. Skyreach said it hoped to have the wheel running by the "
        "summer holidays.",
        "Bramsea's seafront is set to get a 60m ferris wheel after the borough council's planning committee "
        "voted seven to four in favour on Wednesday. Put forward by leisure operator Skyreach Attractions, the "
        "wheel will have 36 enclosed cabins and is forecast to carry as many as 400,000 passengers a year. "
        "The permission is temporary: it lasts five years, after which the operator will have to take the "
        "wheel down or apply again. A petition opposing the wheel attracted 2,300 signatures, and some "
        "residents had objected that it would block sea views and bring more traffic. In the view of "
        "committee chair Janet Holroyd, the tourism benefits outweighed those concerns. Skyreach said it "
        "hoped the wheel would be turning by the summer holidays.",
        traps=[
            trap("60m", "60-metre"),
            trap("voted seven to four in favour", "by seven votes to four"),
            trap("as many as 400,000 passengers", "up to 400,000 passengers"),
            trap("take the wheel down or apply again", "remove the structure or reapply"),
        ],
    ),
    # 9
    case(
        "camel race prize", "rewrite", "consistent",
        "The organisers of the annual Sahrat Cup camel race have raised the winner's prize to 1.5 million "
        "dirhams, triple last year's amount, in an effort to attract more foreign entrants. The race, held "
        "over eight kilometres on the Al Quraya track, will take place on 12 February. Organising committee "
        "spokesman Khalid Mansoor said 48 camels had already been registered, compared with 31 at the same "
        "stage last year. All camels will be ridden by robot jockeys, in line with rules introduced in 2005. "
        "Veterinary checks will be carried out on every animal the day before the race, and any camel found "
        "to have been given banned substances will be disqualified and its owner fined.",
        "The winner of this year's Sahrat Cup camel race will take home 1.5 million dirhams, three times last "
        "year's prize, as organisers seek to draw more overseas entrants. The eight-kilometre race on the Al "
        "Quraya track is scheduled for 12 February. So far 48 camels have been entered, up from 31 at this "
        "point a year ago, according to Khalid Mansoor, a spokesman for the organising committee. As required "
        "under rules that came in during 2005, every camel will carry a robot jockey. Each animal will undergo "
        "veterinary checks on the eve of the race; any camel found to have been given prohibited substances "
        "will be disqualified and its owner fined.",
        traps=[
            trap("three times last year's prize", "triple last year's amount"),
            trap("overseas entrants", "foreign entrants"),
            trap("up from 31 at this point a year ago", "compared with 31 at the same stage last year"),
            trap("every camel will carry a robot jockey", "All camels will be ridden by robot jockeys"),
            trap("on the eve of the race", "the day before the race"),
        ],
    ),
    # 10
    case(
        "electric car charger rollout", "rewrite", "consistent",
        "Lenmouth City Council will install 450 public charging points for electric cars over the next 18 "
        "months, more than tripling the number available in the city. The £9.4 million programme is being "
        "funded jointly by the council and energy company Voltaris, which will operate the chargers under a "
        "ten-year contract. About two-thirds of the new points will be on residential streets where most "
        "homes lack off-street parking. Charging will cost 45p per kilowatt-hour, slightly below the national "
        "average, the council said. Transport cabinet member Derek Osei said the first 50 chargers should be "
        "working before the end of the year. Opposition councillors questioned whether the contract gave "
        "Voltaris too much control over future prices.",
        "Over the coming year and a half, Lenmouth City Council is to put in 450 public charging points for "
        "electric cars, leaving the city with more than three times as many as it has now. The council and "
        "the energy company Voltaris are jointly funding the £9.4m programme, and Voltaris will run the "
        "chargers on a ten-year contract. Roughly 300 of the new points will go on residential streets where "
        "most homes have no off-street parking. At 45p per kWh, charging will cost a little under the "
        "national average, according to the council. Derek Osei, the cabinet member for transport, said the "
        "first 50 chargers should be in service before the end of the year. Opposition councillors asked "
        "whether the contract handed Voltaris too much control over future prices.",
        traps=[
            trap("Over the coming year and a half", "over the next 18 months"),
            trap("more than three times as many as it has now",
                 "more than tripling the number available in the city"),
            trap("Roughly 300 of the new points", "About two-thirds of the new points"),
            trap("45p per kWh", "45p per kilowatt-hour"),
            trap("a little under the national average", "slightly below the national average"),
        ],
    ),
]
