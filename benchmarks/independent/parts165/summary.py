"""Summary pairs for set165 (hand-written; all names invented)."""

CASES = [
    # ------------------------------------------------------------------ consistent
    {
        "domain": "balloon artist record",
        "mode": "summary",
        "label": "consistent",
        "reference": "A balloon artist from Hesketh has set a new world record by building the largest balloon sculpture of a dinosaur, organisers said on Saturday. Marcus Delane, 44, spent 11 days assembling the 9.6-metre Tyrannosaurus rex from 31,850 latex balloons inside the main hall of the Hesketh Exhibition Centre. The previous record, a 7.2-metre diplodocus made by a team in Porth Anvil in 2018, used around 22,000 balloons. Adjudicator Sophie Garnett confirmed the measurement on Saturday morning and presented Mr Delane with a certificate. The sculpture will remain on display until 30 June, after which the balloons will be sent to a specialist recycling plant. Mr Delane, who has worked as a children's entertainer for 20 years, said he had been helped by eight volunteers and had “barely slept” in the final week. Entry to see the dinosaur is free, with donations going to a local children's hospice.",
        "candidate": "Hesketh balloon artist Marcus Delane has set a world record for the largest dinosaur balloon sculpture, a 9.6m T. rex made from almost 32,000 balloons. The 44-year-old, helped by eight volunteers, spent 11 days on the build, beating a 7.2m diplodocus from 2018. The sculpture can be seen free of charge until 30 June, with donations going to a local children's hospice.",
        "errors": [],
        "traps": [
            {"text": "T. rex", "ref_text": "Tyrannosaurus rex"},
            {"text": "almost 32,000 balloons", "ref_text": "31,850 latex balloons"},
            {"text": "The 44-year-old", "ref_text": "Marcus Delane, 44"},
            {"text": "free of charge", "ref_text": "Entry to see the dinosaur is free"},
        ],
    },
    {
        "domain": "autumn foliage train service",
        "mode": "summary",
        "label": "consistent",
        "reference": "A heritage railway in the Corran Hills will run special autumn foliage trains on weekends throughout October, its operators announced on Monday. The Corran Valley Railway said the services, pulled by its restored 1924 steam locomotive Ben Ardle, would travel the line's full 14-mile route through beech and maple woodland, stopping for 20 minutes at a viewpoint above Lochan Merrin. Four return trips will run each Saturday and Sunday, with adult fares of £28 and children travelling for half price. Seats must be booked in advance online. General manager Iain Fraser said last year's trial run had sold out within a week, and that the railway had doubled capacity by adding two carriages. A commentary on the history of the woodland will be provided by volunteers from the Corran Trees Society. The railway said it could add midweek trains if demand was strong.",
        "candidate": "The Corran Valley Railway will run steam-hauled foliage trains along its full 14-mile line every weekend in October, with four return trips each day. Adult tickets cost £28, children pay £14, and all seats must be booked online in advance. After last year's trial sold out inside a week, capacity has been doubled, and midweek services may be added if demand is strong.",
        "errors": [],
        "traps": [
            {"text": "steam-hauled", "ref_text": "pulled by its restored 1924 steam locomotive Ben Ardle"},
            {"text": "every weekend in October", "ref_text": "on weekends throughout October"},
            {"text": "children pay £14", "ref_text": "children travelling for half price"},
            {"text": "inside a week", "ref_text": "within a week"},
            {"text": "midweek services may be added if demand is strong", "ref_text": "could add midweek trains if demand was strong"},
        ],
    },
    {
        "domain": "poppy appeal record",
        "mode": "summary",
        "label": "consistent",
        "reference": "This year's poppy appeal in the Marrington district raised a record £1.46 million, the Veterans' Support League announced on Wednesday, beating the previous high of £1.31 million set in 2019. The total includes £380,000 from contactless collection tins, which were used for the first time this year by 600 of the league's 2,100 volunteers. Donations through the league's website fell slightly to £205,000. Appeal organiser Brigadier (retired) Helen Coutts said the growth in card payments had been “transformative” as fewer people carried cash. The money will fund housing adaptations, mental health counselling and employment support for former service personnel and their families. The league thanked volunteers, who collectively spent an estimated 48,000 hours on the streets during the two-week appeal.",
        "candidate": "The Marrington poppy appeal brought in a record £1.46m this year, £150,000 more than its previous best in 2019, helped by contactless collection tins that accounted for £380,000. The Veterans' Support League will spend the money on housing adaptations, mental health counselling and job support for ex-service personnel and their families.",
        "errors": [],
        "traps": [
            {"text": "£1.46m", "ref_text": "£1.46 million"},
            {"text": "£150,000 more than its previous best in 2019", "ref_text": "beating the previous high of £1.31 million set in 2019"},
            {"text": "job support", "ref_text": "employment support"},
            {"text": "ex-service personnel", "ref_text": "former service personnel"},
        ],
    },
    {
        "domain": "postcard museum",
        "mode": "summary",
        "label": "consistent",
        "reference": "A museum devoted entirely to picture postcards will open in the seaside town of Port Elsey next spring, after the town council agreed to lease a disused Edwardian bathhouse to the Postcard Heritage Foundation for a nominal rent of £1 a year. The foundation's collection of more than 250,000 cards, dating from the 1890s to the present day, has been stored in a warehouse since its previous home in Denholm closed in 2020. Conversion of the bathhouse is expected to cost £780,000, of which £500,000 has been pledged by the Lorrimer Charitable Trust. Foundation chair Edith Pask said the museum would display around 3,000 cards at a time, rotating exhibits every three months, and would offer a digitised archive for researchers. The council expects the museum to attract 20,000 visitors a year.",
        "candidate": "Port Elsey council has agreed to let a disused Edwardian bathhouse to the Postcard Heritage Foundation for £1 a year, allowing a postcard museum to open there next spring. The foundation's 250,000-plus cards have been in storage since 2020, and the Lorrimer Charitable Trust has pledged nearly two-thirds of the expected £780,000 conversion cost.",
        "errors": [],
        "traps": [
            {"text": "to let", "ref_text": "to lease"},
            {"text": "250,000-plus cards", "ref_text": "more than 250,000 cards"},
            {"text": "have been in storage", "ref_text": "has been stored in a warehouse"},
            {"text": "nearly two-thirds", "ref_text": "£500,000 has been pledged"},
        ],
    },
    {
        "domain": "peatland carbon credit",
        "mode": "summary",
        "label": "consistent",
        "reference": "A 1,200-hectare area of degraded peat bog on Drumvaig estate has become the first site in the region to sell verified carbon credits under the national Peat Carbon Standard, its owners said on Thursday. The estate's restoration project, which began in 2021, involves blocking 38 kilometres of drainage ditches and replanting sphagnum moss to raise the water table. Independent verifiers calculated that the work will prevent the release of about 240,000 tonnes of carbon dioxide over 60 years. The first batch of 30,000 credits has been bought by the distillery group Glenmorven at an undisclosed price. Estate manager Callum Reid said income from the credits would cover roughly 70 per cent of the restoration costs. Conservation groups welcomed the sale but cautioned that carbon markets must not become a substitute for cutting emissions.",
        "candidate": "Drumvaig estate has become the region's first site to sell verified peatland carbon credits, with distiller Glenmorven buying an initial 30,000 credits for an undisclosed sum. Restoring 1,200 hectares of degraded bog on the estate is calculated to prevent about 240,000 tonnes of CO2 emissions over six decades, and the estate says the credits will cover about 70% of the cost.",
        "errors": [],
        "traps": [
            {"text": "distiller Glenmorven", "ref_text": "the distillery group Glenmorven"},
            {"text": "for an undisclosed sum", "ref_text": "at an undisclosed price"},
            {"text": "CO2", "ref_text": "carbon dioxide"},
            {"text": "over six decades", "ref_text": "over 60 years"},
            {"text": "about 70% of the cost", "ref_text": "roughly 70 per cent of the restoration costs"},
        ],
    },
    # ------------------------------------------------------------------ inconsistent
    {
        "domain": "sauna world championship",
        "mode": "summary",
        "label": "inconsistent",
        "reference": "The town of Kalvio will host the World Sauna Masters Championship in September next year, organisers announced on Tuesday. Around 60 sauna masters from 14 countries are expected to compete in the five-day event, in which contestants perform 12-minute “infusion” routines, pouring scented water on hot stones and fanning the steam towards spectators with towels. Judges score each routine on heat distribution, fragrance, choreography and audience experience. The championship will be held in a purpose-built arena of eight wooden saunas on the shore of Lake Talvaa. Organisers said the event would be televised for the first time and that safety rules would limit sauna temperatures to 90C. Kalvio's mayor, Ritva Sallinen, said the town expected about 10,000 visitors and had budgeted €1.2 million for the arena, part of which would remain afterwards as a public sauna park.",
        "candidate": "Kalvio will host the World Sauna Masters Championship next September, with around 60 sauna masters from 14 countries expected to compete for a €50,000 prize fund over five days. Contestants perform 12-minute steam routines judged on heat distribution, fragrance, choreography and audience experience. The event will be televised for the first time, with temperatures capped at 90C, and the town expects about 10,000 visitors and has budgeted €1.2m for a lakeside arena, part of which will become a public sauna park.",
        "errors": [
            {"type": "addition", "text": "for a €50,000 prize fund", "severity": "minor", "ref_text": None},
        ],
        "traps": [
            {"text": "next September", "ref_text": "in September next year"},
            {"text": "capped at 90C", "ref_text": "limit sauna temperatures to 90C"},
        ],
    },
    {
        "domain": "knitting record attempt",
        "mode": "summary",
        "label": "inconsistent",
        "reference": "More than 900 knitters gathered in Thornleigh Market Hall on Saturday in an attempt to set a world record for the most people knitting simultaneously in one place. Participants, aged from seven to 96, had to knit continuously for 15 minutes under the eye of stewards. Organisers from the Thornleigh Yarn Guild said 912 people had taken part, but the figure must be checked by the record body before it can be confirmed, which could take up to eight weeks. The current record of 874 was set in Kellerton in 2016. The squares produced during the attempt will be stitched into blankets for a homeless charity. Guild chair Margaret Enwright said the event had raised £4,300 from entry fees and thanked local yarn shops for donating wool.",
        "candidate": "The Thornleigh Yarn Guild says 912 people knitted continuously for 15 minutes at Thornleigh Market Hall on Saturday, which would beat the world record of 847 for the most people knitting at once in one place. The figure has yet to be verified by the record body, which could take up to eight weeks. The squares will be stitched into blankets for a homeless charity, and the event raised £4,300 from entry fees. The figure has yet to be verified by the record body.",
        "errors": [
            {"type": "number", "text": "847", "severity": "major", "ref_text": "874"},
            {"type": "repetition", "text": "The figure has yet to be verified by the record body", "occ": 1, "severity": "minor", "ref_text": None},
        ],
        "traps": [
            {"text": "knitting at once", "ref_text": "knitting simultaneously"},
        ],
    },
    {
        "domain": "helium balloon release ban",
        "mode": "summary",
        "label": "inconsistent",
        "reference": "Balloon releases will be banned on all land owned by Dunhallow District Council from 1 March, after councillors voted unanimously on Tuesday to protect livestock and wildlife. The ban covers helium balloons and sky lanterns released at events such as weddings, funerals and charity fundraisers held in council parks, cemeteries and leisure centres. Farmers' representative Owen Price told the meeting that a cow on his farm had died last year after swallowing a balloon's ribbon and that fragments were regularly found in silage. The council has no power to stop releases on private land, but will write to schools, churches and funeral directors asking them to adopt alternatives such as planting trees or blowing bubbles. Organisers who break the ban could be asked to leave council premises.",
        "candidate": "Dunhallow District Council has voted unanimously to ban balloon and sky lantern releases on its land from 1 March, after a farmer told councillors that one of his cows had died last year when it became entangled in a balloon's ribbon. The council cannot stop releases on private land but will urge schools, churches and funeral directors to switch to alternatives such as tree planting, and organisers who break the ban could be asked to leave and fined up to £500.",
        "errors": [
            {"type": "event", "text": "became entangled in", "severity": "major", "ref_text": "swallowing"},
            {"type": "addition", "text": "and fined up to £500", "severity": "minor", "ref_text": None},
        ],
        "traps": [
            {"text": "cannot stop releases on private land", "ref_text": "has no power to stop releases on private land"},
            {"text": "tree planting", "ref_text": "planting trees"},
        ],
    },
    {
        "domain": "bird feeder salmonella",
        "mode": "summary",
        "label": "inconsistent",
        "reference": "Garden bird lovers in the Hollin Forest area have been asked to take down feeders for at least two weeks after an outbreak of salmonella killed dozens of greenfinches and siskins, the Wild Birds Protection Society said on Monday. The charity has received more than 140 reports of sick or dead birds since the start of the month, mostly from villages around Kilnworth and Marden Cross. Birds with the infection appear fluffed up and lethargic and often die within days. Society vet Dr Lucy Harrap said feeders allowed the bacteria to spread because birds gathered close together and contaminated food with droppings. People who keep feeders up after the two-week pause should clean them weekly with a mild disinfectant and rotate their position in the garden. The society also warned that the bacteria can occasionally be passed to pets and humans, and advised wearing gloves when handling feeders.",
        "candidate": "The Wild Birds Protection Society has asked people around Hollin Forest to take down garden feeders for at least a fortnight after salmonella killed dozens of greenfinches and goldfinches, with over 140 sick or dead birds reported since the start of the month. Feeders help the bacteria spread, and those who put them back up should disinfect them weekly and move them around the garden; gloves are advised, as the infection can occasionally pass to pets and people.",
        "errors": [
            {"type": "entity", "text": "goldfinches", "severity": "minor", "ref_text": "siskins"},
        ],
        "traps": [
            {"text": "for at least a fortnight", "ref_text": "for at least two weeks"},
            {"text": "over 140", "ref_text": "more than 140"},
            {"text": "move them around the garden", "ref_text": "rotate their position in the garden"},
        ],
    },
    {
        "domain": "loch monster hunt",
        "mode": "summary",
        "label": "inconsistent",
        "reference": "A two-week scientific survey of Loch Carrach, home of the legendary 'Carrie' monster, has found no evidence of any large unknown animal, researchers from the University of Inverstrath said on Friday. The team used sonar, underwater cameras and environmental DNA sampling at 120 points across the 23-kilometre loch. The DNA analysis identified 31 species of fish and mammal, including large numbers of eels, which lead researcher Dr Morag Finlay said could explain some reported sightings. “We can't prove a negative, but we found nothing that could not be explained,” she said. The local tourism board said interest in the monster remained strong, with boat tours up 18 per cent this year. A further survey, focusing on the loch's deepest trench, is planned for next summer.",
        "candidate": "A fortnight-long survey of Loch Carrach by University of Inverstrath researchers, using sonar, cameras and environmental DNA, found no evidence of a large unknown creature, although lead researcher Dr Morag Finlay said the team had found some things it could not explain. Large numbers of eels could explain some reported sightings. Boat tours are up 18% this year, and a further survey of the loch's deepest trench is planned for next summer.",
        "errors": [
            {"type": "polarity", "text": "had found some things it could not explain", "severity": "critical", "ref_text": "we found nothing that could not be explained"},
        ],
        "traps": [
            {"text": "A fortnight-long survey", "ref_text": "A two-week scientific survey"},
            {"text": "up 18%", "ref_text": "up 18 per cent"},
        ],
    },
]
