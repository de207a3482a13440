"""Part 4: ten translation pairs (five consistent, five inconsistent).

Both texts of each pair are independent English renderings of the same
(notionally non-English) story.
"""

from .common import case, err, omit, trap

CASES = [
    case(
        "animal shelter overcrowding", "translation", "consistent",
        "The municipal animal shelter in Lindowo Górne is housing 340 dogs and "
        "cats, almost double the 180 it was designed for, its director warned "
        "on Tuesday. Director Agnieszka Wolańska said the number of animals "
        "abandoned since January had risen by 45 percent compared with the "
        "same period last year, which she attributed mainly to rising living "
        "costs. Some dogs are now being kept in temporary pens in the "
        "shelter's car park. The town council has agreed to pay for two "
        "additional staff until the end of the year, but a planned extension "
        "will not be ready before 2026. The shelter has stopped accepting "
        "animals from neighbouring municipalities and is appealing for foster "
        "homes.",
        "Lindowo Górne's municipal animal shelter, built to hold 180 animals, "
        "now has nearly twice that number, 340 dogs and cats, its head warned "
        "on Tuesday. According to Agnieszka Wolańska, abandonments since the "
        "start of the year are up 45% on the corresponding period of last "
        "year, chiefly, in her view, because of the higher cost of living. "
        "Temporary enclosures in the shelter's parking area are now being used "
        "for some of the dogs. The town authorities have agreed to fund two "
        "extra employees through to the end of the year, but the planned "
        "expansion will not be finished until 2026 at the earliest. The "
        "shelter is no longer taking in animals from neighbouring communes and "
        "is looking for people willing to foster.",
        traps=[
            trap("nearly twice that number", "almost double"),
            trap("since the start of the year", "since January"),
            trap("up 45%", "had risen by 45 percent"),
            trap("will not be finished until 2026 at the earliest",
                 "will not be ready before 2026"),
        ],
    ),
    case(
        "town hall clock chime complaint", "translation", "consistent",
        "The town hall clock in Villemarsac will stop chiming at night "
        "following a complaint from a resident who moved to the square last "
        "year, the mayor's office announced on Friday. From 1 October, the "
        "bell will be silent between 10pm and 7am. Mayor Josiane Ferrandou "
        "said she regretted the decision but that the municipality had been "
        "advised it risked losing a noise case in court. The clock, installed "
        "in 1872, has struck the hours almost without interruption for more "
        "than 150 years. A petition to keep the night chimes has collected "
        "2,400 signatures, roughly the population of the town. The resident "
        "concerned has not spoken publicly.",
        "Villemarsac's town hall clock is to go quiet at night after a "
        "complaint by a resident who settled on the square last year, the town "
        "hall said on Friday. Starting on 1 October, the bell will not ring "
        "from 10 in the evening until 7 in the morning. The mayor, Josiane "
        "Ferrandou, said she was sorry about the measure but that the town had "
        "been told it could lose a noise lawsuit. Installed in 1872, the clock "
        "has sounded the hours with barely a break for over a century and a "
        "half. Some 2,400 people, about as many as live in the town, have "
        "signed a petition to preserve the night-time chimes. The resident in "
        "question has made no public comment.",
        traps=[
            trap("from 10 in the evening until 7 in the morning",
                 "between 10pm and 7am"),
            trap("with barely a break", "almost without interruption"),
            trap("over a century and a half", "more than 150 years"),
            trap("about as many as live in the town",
                 "roughly the population of the town"),
            trap("has made no public comment", "has not spoken publicly"),
        ],
    ),
    case(
        "bovine tb testing", "translation", "consistent",
        "All cattle herds in the province of Oostermark will have to be tested "
        "for bovine tuberculosis every six months instead of once a year, "
        "following 11 confirmed outbreaks since March, the provincial "
        "veterinary service announced on Monday. The rule takes effect on 1 "
        "September and will apply for at least two years. The service will "
        "cover the cost of the tests, estimated at €2.1 million a year, but "
        "farmers must provide handling facilities. Chief veterinary officer Dr "
        "Pieter Houtkamp said that, unlike in some other countries, wildlife "
        "was not thought to be involved, and that the most likely source was "
        "cattle brought in from outside the province. Farmers' union LTB said "
        "it supported the measure but wanted compensation for lost milk "
        "production.",
        "Every cattle herd in Oostermark province will be tested for bovine "
        "tuberculosis twice a year rather than annually after 11 outbreaks "
        "were confirmed since March, the province's veterinary service said on "
        "Monday. The requirement applies from 1 September for a minimum of two "
        "years. The tests, whose cost is put at around €2.1 million annually, "
        "will be paid for by the service, although farmers will have to supply "
        "the handling facilities. In contrast to some other countries, "
        "wildlife is not believed to play a role, according to the chief "
        "veterinary officer, Dr Pieter Houtkamp; cattle brought into the "
        "province from elsewhere are the probable source. The LTB farmers' "
        "union backed the measure but is seeking compensation for lost milk "
        "yields.",
        traps=[
            trap("twice a year rather than annually",
                 "every six months instead of once a year"),
            trap("for a minimum of two years", "for at least two years"),
            trap("is not believed to play a role", "was not thought to be involved"),
            trap("The LTB farmers' union", "Farmers' union LTB"),
        ],
    ),
    case(
        "otter return river", "translation", "consistent",
        "Otters have returned to the River Ohrwe for the first time in more "
        "than half a century, the state environment agency confirmed on "
        "Wednesday. Camera traps near the village of Kleinbrückenau recorded "
        "an adult female and two cubs in late May, and droppings have since "
        "been found along a 12-kilometre stretch. Agency biologist Dr "
        "Franziska Emmerling said the return reflected three decades of "
        "efforts to improve water quality, including the closure of a paper "
        "mill upstream in 2004. The agency is asking anglers to report "
        "sightings and will fit otter-safe grilles to fish traps in the area. "
        "Otters remain a strictly protected species, and disturbing their dens "
        "is a criminal offence.",
        "For the first time in over 50 years there are otters on the Ohrwe, "
        "the state's environmental authority confirmed on Wednesday. At the "
        "end of May, camera traps close to Kleinbrückenau captured an adult "
        "female with two young, and spraint has since been discovered over 12 "
        "km of the river. Dr Franziska Emmerling, a biologist with the agency, "
        "put the return down to thirty years of work to improve the water "
        "quality, including the shutdown in 2004 of an upstream paper mill. "
        "Anglers are being asked to report any sightings, and fish traps in "
        "the area will be fitted with grilles that are safe for otters. The "
        "animals are still strictly protected, and disturbing their dens is a "
        "crime.",
        traps=[
            trap("over 50 years", "more than half a century"),
            trap("At the end of May", "in late May"),
            trap("spraint", "droppings"),
            trap("thirty years of work", "three decades of efforts"),
            trap("a crime", "a criminal offence"),
        ],
    ),
    case(
        "tea estate wage deal", "translation", "consistent",
        "Tea plantation companies and unions in the Helvara district have "
        "agreed a new wage deal that raises the daily basic pay of estate "
        "workers from 1,350 to 1,700 rupees, ending a strike that had halted "
        "plucking on 38 estates for nine days. The agreement, signed on "
        "Saturday at the labour ministry, also includes an attendance bonus of "
        "150 rupees a day for workers who complete at least 20 days a month. "
        "Union leader Kamala Devendran said the increase was 'not everything "
        "we asked for' but would make a real difference. The Planters' "
        "Association warned that higher costs could force some smaller "
        "estates to close. The deal runs for two years.",
        "Estate workers in Helvara district will see their basic daily wage go "
        "up from 1,350 rupees to 1,700 under an agreement between the tea "
        "plantation firms and the unions that brings a nine-day strike to an "
        "end; the walkout had stopped leaf-plucking on 38 estates. Signed at "
        "the labour ministry on Saturday, the two-year deal also gives a "
        "150-rupee-a-day attendance bonus to those who work 20 days or more in "
        "a month. Kamala Devendran, a union leader, said the rise was 'not all "
        "we had demanded' but would make a genuine difference. According to "
        "the Planters' Association, the extra costs may oblige some smaller "
        "estates to shut down.",
        traps=[
            trap("go up from 1,350 rupees to 1,700",
                 "raises the daily basic pay of estate workers from 1,350 to "
                 "1,700 rupees"),
            trap("the two-year deal", "The deal runs for two years"),
            trap("20 days or more in a month", "at least 20 days a month"),
            trap("may oblige some smaller estates to shut down",
                 "could force some smaller estates to close"),
        ],
    ),
    case(
        "incinerator permit appeal", "translation", "inconsistent",
        "The regional administrative court has upheld an appeal by residents "
        "against the operating permit for a waste incinerator in Castelbruno, "
        "ruling that the environmental assessment had not properly considered "
        "air quality in the valley. The plant, which was due to burn 120,000 "
        "tonnes of waste a year, had been built at a cost of €95 million and "
        "was expected to start operating in June. The court ordered the "
        "regional government to carry out a new assessment within 180 days. "
        "The residents' committee, represented by lawyer Chiara Benvenuti, had "
        "collected more than 8,000 signatures against the plant. The operator, "
        "Termovalle, said it would appeal to the Council of State and that the "
        "ruling put 60 jobs at risk.",
        "Residents have won their appeal before the regional administrative "
        "court against the operating licence granted to a waste incinerator in "
        "Castelbruno, with the judges finding that the environmental impact "
        "assessment had failed to give proper consideration to air quality in "
        "the valley. The facility, built for €95 million and meant to burn "
        "12,000 tonnes of rubbish annually, had been scheduled to go into "
        "operation in June. The regional government has been ordered by the "
        "court to redo the assessment. Represented by the lawyer Chiara "
        "Benvenuti, the residents' committee had gathered over 8,000 "
        "signatures opposing the plant. Termovalle, which operates it, "
        "announced that it would take the case to the Council of State and "
        "warned that 60 jobs were now in jeopardy.",
        errors=[
            err("12,000 tonnes", "number", "major", "120,000 tonnes"),
            omit("within 180 days", "major", after="to redo the assessment"),
        ],
        traps=[
            trap("had failed to give proper consideration to air quality",
                 "had not properly considered air quality"),
            trap("over 8,000 signatures", "more than 8,000 signatures"),
        ],
    ),
    case(
        "food waste collection", "translation", "inconsistent",
        "Households in Montalbia will receive a separate weekly food waste "
        "collection from 3 March, the city council announced. Each home will "
        "be given a 23-litre brown bin and a supply of compostable bags, which "
        "will be free for the first year. Residents will not be fined for "
        "putting food waste in general rubbish during the first six months, "
        "environment councillor Rafael Izquierdo said, but inspections will "
        "begin after that. The collected waste will be taken to a composting "
        "plant in Pradoseco, whose output will be used in municipal parks. The "
        "council expects to divert about 14,000 tonnes of waste from landfill "
        "each year.",
        "From 3 March, homes in Montalbia will have their food waste collected "
        "separately every week, the city council has announced. Every "
        "household will receive a brown 23-litre bin together with "
        "compostable bags, provided free of charge for the first twelve "
        "months. According to Rafael Izquierdo, the councillor responsible for "
        "the environment, residents who throw food waste into the general "
        "rubbish will face fines during the first six months, with inspections "
        "starting after that. The waste collected will go to a composting "
        "facility in Pradoseco, and the compost produced there will be used in "
        "municipal parks. The council estimates that around 14,000 tonnes of "
        "waste a year will no longer go to landfill.",
        errors=[
            err("will face fines", "polarity", "major", "will not be fined"),
        ],
        traps=[
            trap("the first twelve months", "the first year"),
            trap("around 14,000 tonnes of waste a year will no longer go to "
                 "landfill",
                 "divert about 14,000 tonnes of waste from landfill each year"),
        ],
    ),
    case(
        "parking charge u-turn", "translation", "inconsistent",
        "The municipality of Haverdijk has dropped plans to introduce parking "
        "charges in the town centre, two weeks after shopkeepers handed "
        "alderman Joost van Rijckevorsel a petition signed by 5,600 people. "
        "The council had intended to charge €2.50 an hour from April to help "
        "pay for a new bus link to the railway station. Van Rijckevorsel, who "
        "had proposed the charges, said the council had listened to the "
        "concerns of residents and businesses. The shopkeepers' association, "
        "chaired by bookseller Marieke Dekkers, had warned that the charges "
        "would drive customers to an out-of-town shopping centre. The bus link "
        "will now be funded from the municipality's reserves, as the "
        "opposition party Haverdijk Lokaal had originally suggested.",
        "Haverdijk's municipal council has abandoned its plan for paid parking "
        "in the town centre, a fortnight after alderman Joost van Rijckevorsel "
        "presented the shopkeepers with a petition bearing 5,600 signatures. "
        "The idea had been to charge €2.50 per hour from April, with the "
        "revenue helping to finance a new bus connection to the railway "
        "station. Van Rijckevorsel, the author of the proposal, said the "
        "council had taken the worries of residents and businesses into "
        "account. The retailers' association, whose chair is bookseller "
        "Marieke Dekkers, had warned that the fees would push shoppers towards "
        "a shopping centre outside the town. The bus connection will now be "
        "paid for out of the municipality's reserves, out of the "
        "municipality's reserves, as the opposition party Haverdijk Lokaal "
        "first proposed.",
        errors=[
            err("alderman Joost van Rijckevorsel presented the shopkeepers",
                "role", "major",
                "shopkeepers handed alderman Joost van Rijckevorsel"),
            err("out of the municipality's reserves", "repetition", "minor",
                None, occ=1),
        ],
        traps=[
            trap("a fortnight after", "two weeks after"),
        ],
    ),
    case(
        "pet shop licence", "translation", "inconsistent",
        "The district office in Oberwindach has refused to renew the licence "
        "of a pet shop on Marktgasse after inspectors found reptiles kept in "
        "enclosures that were too small and without adequate heating. The "
        "shop, Zoo Feldmann, must stop selling animals by 31 January but may "
        "continue to sell food and accessories. Owner Bernd Feldmann has four "
        "weeks to lodge an objection and said he intends to do so. The "
        "inspection on 12 December was prompted by a complaint from a "
        "customer. District veterinarian Dr Ulrike Sandmeier said the "
        "remaining animals must be rehomed, and that the office could help "
        "find places in approved facilities.",
        "Oberwindach's district authority has declined to extend the licence "
        "of a pet shop in Marktgasse, after inspectors discovered reptiles "
        "being kept in enclosures that were too small and insufficiently "
        "heated. Zoo Feldmann has to stop selling animals by 31 January, "
        "although it is allowed to go on selling food and accessories. Bernd "
        "Feldmann, the owner, has four weeks in which to file an objection, "
        "which he said he plans to do. A customer lodged a complaint following "
        "the inspection on 12 December. According to district veterinarian Dr "
        "Ulrike Sandmeier, the animals still in the shop must be rehomed, and "
        "the authority will find places for them in approved facilities.",
        errors=[
            err("A customer lodged a complaint following the inspection on 12 "
                "December", "date", "major",
                "The inspection on 12 December was prompted by a complaint "
                "from a customer"),
            err("will find places for them", "modality", "minor",
                "could help find places"),
        ],
        traps=[
            trap("declined to extend", "refused to renew"),
            trap("is allowed to go on selling food and accessories",
                 "may continue to sell food and accessories"),
            trap("insufficiently heated", "without adequate heating"),
        ],
    ),
    case(
        "museum strike", "translation", "inconsistent",
        "Attendants at the Valbrune Museum of Fine Arts will strike for 48 "
        "hours from Saturday over staffing levels, closing the museum on the "
        "opening weekend of its Renaissance drawings exhibition. The SPMC "
        "union said 31 of the museum's 44 attendants had voted for the "
        "walkout; the CGTS, which represents curators, is not taking part. "
        "Union representative Hélène Marchadier said vacancies had been left "
        "unfilled for two years, forcing some rooms to close on weekdays. "
        "Director Olivier Castagnède said he regretted the action and that "
        "ticket holders would be offered refunds or alternative dates. The "
        "exhibition, which includes 60 drawings on loan from the Rijksveld "
        "Collection, had sold 9,000 advance tickets.",
        "The Valbrune Museum of Fine Arts will be shut on the opening weekend "
        "of its exhibition of Renaissance drawings, as its attendants stage a "
        "two-day strike from Saturday over staff numbers. According to the "
        "CGTS union, 31 of the museum's 44 attendants backed the stoppage, "
        "while the SPMC, which represents curators, is staying out of it. "
        "Hélène Marchadier, a union representative, said posts had been vacant "
        "for two years, meaning some galleries had to close on weekdays. The "
        "director, Olivier Castagnède, expressed regret over the strike and "
        "said people with tickets would be offered a refund or another date. "
        "The show, featuring 60 drawings lent by the Rijksveld Collection, had "
        "already sold 9,000 tickets in advance.",
        errors=[
            err("CGTS", "entity", "major", "SPMC"),
            err("SPMC", "entity", "minor", "CGTS"),
        ],
        traps=[
            trap("a two-day strike", "strike for 48 hours"),
            trap("expressed regret over the strike", "said he regretted the action"),
            trap("had already sold 9,000 tickets in advance",
                 "had sold 9,000 advance tickets"),
        ],
    ),
]
