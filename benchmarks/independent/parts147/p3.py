"""set147 cases 21-30."""
from ._helpers import case, err, om, trap

CASES = [
    # 21 -----------------------------------------------------------------
    case(
        "carnival route change", "rewrite", "inconsistent",
        "This year's Ravensholm Carnival parade will follow a new route after the city council and the "
        "organisers agreed to move it away from the Quayside, where construction work on a flood wall "
        "has narrowed the streets. The parade, which attracted 250,000 spectators last year, will start "
        "at Albion Park at 1pm on Sunday 24 August and finish in Market Square, a route about 1.5 "
        "kilometres shorter than before. The change was requested by the police, who had raised safety "
        "concerns with the organisers in May. Carnival director Josie Mensah said the new route had "
        "'more space for the crowd and better access for emergency vehicles'. About 60 bands and 4,000 "
        "costumed performers are expected to take part.",
        "The Ravensholm Carnival parade is changing its route this year, with the council and "
        "organisers agreeing to move it away from the Quayside, where streets have been narrowed by "
        "construction of a flood wall. Starting at Albion Park at 1pm on Sunday 24 August, the "
        "procession will end in Market Square, cutting around 1.5km from the previous route. The "
        "organisers asked for the change after raising safety concerns with the police in May. "
        "According to carnival director Josie Mensah, the new route offers 'more space for the crowd "
        "and better access for emergency vehicles'. Last year's parade drew a quarter of a million "
        "spectators, and around 60 bands and 4,000 performers in costume are expected to take part "
        "this time.",
        errors=[
            err("organisers asked for the change after raising safety concerns with the police",
                "role", "major",
                "The change was requested by the police, who had raised safety concerns with the "
                "organisers"),
        ],
        traps=[
            trap("cutting around 1.5km from the previous route",
                 "a route about 1.5 kilometres shorter than before"),
            trap("a quarter of a million spectators", "250,000 spectators"),
        ],
    ),
    # 22 -----------------------------------------------------------------
    case(
        "sand theft", "rewrite", "consistent",
        "Around 400 tonnes of sand have been illegally removed from Penwarra Beach over the past three "
        "months, according to the coastal authority, which has asked police to investigate. Officials "
        "believe the sand was taken at night by lorries and sold to building sites. Large sections of "
        "the dunes behind the beach have been stripped, leaving nearby homes more exposed to storm "
        "surges, said the authority's chief engineer, Tomas Eriksen. Surveillance cameras will be "
        "installed at the two access roads to the beach next week. Removing sand from the coast "
        "without a licence carries a fine of up to $50,000. The authority estimates that restoring the "
        "dunes will cost about $220,000.",
        "The coastal authority says some 400 tonnes of sand have been illegally taken from Penwarra "
        "Beach in the last three months and has asked police to investigate. The sand is thought to "
        "have been carried off by lorry at night and sold on to building sites. Tomas Eriksen, the "
        "authority's chief engineer, said large parts of the dunes behind the beach had been stripped, "
        "leaving nearby homes more exposed to storm surges. Surveillance cameras will be put up next "
        "week on both roads leading to the beach. Taking sand from the coast without a licence can lead "
        "to a fine of as much as $50,000, and the authority puts the cost of restoring the dunes at "
        "roughly $220,000.",
        traps=[
            trap("some 400 tonnes", "Around 400 tonnes"),
            trap("is thought to have been carried off by lorry at night",
                 "Officials believe the sand was taken at night by lorries"),
            trap("both roads leading to the beach", "the two access roads to the beach"),
            trap("a fine of as much as $50,000", "a fine of up to $50,000"),
            trap("puts the cost of restoring the dunes at roughly $220,000",
                 "estimates that restoring the dunes will cost about $220,000"),
        ],
    ),
    # 23 -----------------------------------------------------------------
    case(
        "strawberry pickers visa", "summary", "consistent",
        "The government of Ardenland will issue up to 12,000 seasonal work visas for fruit pickers this "
        "year, 3,000 fewer than last year, the interior ministry announced on Monday. The visas will be "
        "valid for a maximum of six months and will be available only to workers recruited through "
        "five licensed agencies. Growers' association FreshFields said the cut could leave strawberries "
        "unpicked in the fields during the June peak, and warned that some farms might reduce their "
        "planting. The ministry said it wanted to encourage more domestic workers to take up farm jobs "
        "and would fund a training scheme for unemployed people. Last year, inspectors found that 14 "
        "percent of seasonal workers had been charged illegal recruitment fees.",
        "Ardenland will cap seasonal fruit-picking visas at 12,000 this year, down from 15,000, the "
        "interior ministry said; visas will last no more than six months and be available only through "
        "five licensed agencies. Growers warned the cut could leave strawberries unpicked at the June "
        "peak, but the ministry said it wants more domestic workers to take farm jobs and will fund "
        "training for unemployed people.",
        traps=[
            trap("cap seasonal fruit-picking visas at 12,000",
                 "issue up to 12,000 seasonal work visas for fruit pickers"),
            trap("down from 15,000", "3,000 fewer than last year"),
            trap("last no more than six months", "valid for a maximum of six months"),
        ],
    ),
    # 24 -----------------------------------------------------------------
    case(
        "press freedom ranking", "translation", "inconsistent",
        "Lusaria has fallen eleven places in the annual press freedom index published on Thursday by "
        "the media watchdog Free Voice Monitor, and now ranks 78th out of 180 countries. The "
        "organisation cited the arrest of two journalists from the newspaper El Faro del Sur in March "
        "and a new law that allows the government to block news websites without a court order. It "
        "also noted that the state broadcaster's board had been replaced twice since the 2022 election. "
        "Communications Minister Raúl Echeverri rejected the ranking as 'biased' and said Lusaria's "
        "media were 'completely free'. Neighbouring Montaval rose four places to 41st.",
        "In the yearly press freedom index released on Thursday by the watchdog Free Voice Monitor, "
        "Lusaria dropped eleven places and is now 78th of 180 countries. The organisation pointed to "
        "the detention in March of two reporters from the daily El Faro del Sur, and to a new law "
        "letting the government block news sites without a court order. It further observed that the "
        "governing board of the state broadcaster had been replaced twice before the 2022 election. The "
        "communications minister, Raúl Echeverri, dismissed the ranking as 'biased', insisting that "
        "Lusaria's media were 'completely free'. Neighbouring Montaval climbed four places to 41st "
        "position.",
        errors=[
            err("before the 2022 election", "date", "major", "since the 2022 election"),
        ],
        traps=[
            trap("the yearly press freedom index released on Thursday",
                 "the annual press freedom index published on Thursday"),
            trap("a new law letting the government block news sites without a court order",
                 "a new law that allows the government to block news websites without a court order"),
        ],
    ),
    # 25 -----------------------------------------------------------------
    case(
        "whaling quota", "rewrite", "inconsistent",
        "The fisheries ministry of the Skarra Islands has set this year's quota for minke whales at 120 "
        "animals, down from 170 last year, citing a decline in demand for whale meat. The quota was "
        "announced on Friday after a review by the islands' marine research institute, which found that "
        "the local minke population was stable at around 14,000. Only 96 whales were caught last "
        "season, well below the permitted number. Fisheries minister Hallvard Dahl said the government "
        "had no plans to end whaling, which he described as a sustainable tradition. Conservation group "
        "Blue Current welcomed the cut but called for a complete ban. Hunting will be allowed between "
        "April and September.",
        "The Skarra Islands have lowered their minke whale quota to 120 animals this year from 170, with "
        "the fisheries ministry pointing to falling demand for whale meat. Announced on Friday, the "
        "figure follows a review by the islands' marine research institute, which found the local "
        "minke population to be stable at around 14,000. Whalers caught just 96 animals last season, "
        "far short of the limit. Fisheries minister Hallvard Dahl said the government had no plans to "
        "end whaling, calling it a sustainable tradition. The conservation group Blue Current did not "
        "welcome the reduction, instead calling for a complete ban. The hunting season will run from "
        "April to September, as in previous years.",
        errors=[
            err("did not welcome the reduction", "polarity", "major", "welcomed the cut"),
            err("as in previous years", "addition", "minor", None),
        ],
        traps=[
            trap("far short of the limit", "well below the permitted number"),
            trap("calling it a sustainable tradition", "which he described as a sustainable tradition"),
        ],
    ),
    # 26 -----------------------------------------------------------------
    case(
        "pumpkin giant record", "rewrite", "consistent",
        "A retired postman from the village of Hollin Cross has set a new national record with a "
        "pumpkin weighing 1,214 kilograms, beating the previous record by 37 kilograms. Walter Bream, "
        "71, grew the pumpkin in a polytunnel in his back garden and said he fed it up to 500 litres of "
        "water a day during the hottest weeks of summer. It was weighed on Saturday at the Midshire "
        "Giant Vegetable Championship, where judges used a certified industrial scale. The previous "
        "record was set in 2019 by a grower from Fallowmere. Bream said he planned to carve the pumpkin "
        "into a boat and paddle it across the village pond next month. He has been growing giant "
        "vegetables for 28 years.",
        "Walter Bream, a 71-year-old retired postman from Hollin Cross, has broken the national record "
        "with a 1,214kg pumpkin, 37kg heavier than the old mark set in 2019 by a Fallowmere grower. The "
        "pumpkin was weighed on a certified industrial scale by judges at the Midshire Giant Vegetable "
        "Championship on Saturday. Bream, who has spent 28 years growing giant vegetables, raised it in "
        "a polytunnel in his back garden and says that in the hottest weeks of summer he gave it as "
        "much as 500 litres of water a day. Next month he plans to carve it into a boat and paddle it "
        "across the village pond.",
        traps=[
            trap("Walter Bream, a 71-year-old retired postman", "Walter Bream, 71"),
            trap("37kg heavier than the old mark", "beating the previous record by 37 kilograms"),
            trap("who has spent 28 years growing giant vegetables",
                 "He has been growing giant vegetables for 28 years"),
            trap("as much as 500 litres of water a day", "up to 500 litres of water a day"),
        ],
    ),
    # 27 -----------------------------------------------------------------
    case(
        "military base closure", "summary", "inconsistent",
        "The defence ministry will close the Grannock Air Base by the end of 2027 as part of a plan to "
        "concentrate air force operations at three larger sites, Defence Minister Colin Hale told "
        "parliament on Wednesday. The base, which opened in 1952, employs about 1,300 military "
        "personnel and 450 civilians. Its two helicopter squadrons will move to Caverley, around 200 "
        "kilometres to the south, starting next year. The ministry said the civilian staff would be "
        "offered jobs at other sites or redundancy payments. The local council leader, Ann Whitlow, "
        "said the closure would be 'a devastating blow' to the town, where the base is the largest "
        "employer. The ministry has promised to work with the council on plans to reuse the 600-hectare "
        "site.",
        "Grannock Air Base, opened in 1952, will close by the end of 2025 as the air force concentrates "
        "operations at three larger sites, the defence minister told parliament. Its two helicopter "
        "squadrons will be disbanded from next year, and its 450 civilian staff will be offered jobs "
        "elsewhere or redundancy. Council leader Ann Whitlow called it 'a devastating blow' to the town, "
        "whose largest employer is the base.",
        errors=[
            err("by the end of 2025", "date", "major", "by the end of 2027"),
            err("will be disbanded", "event", "major", "will move to Caverley"),
        ],
        traps=[
            trap("whose largest employer is the base", "where the base is the largest employer"),
        ],
    ),
    # 28 -----------------------------------------------------------------
    case(
        "orangutan rehabilitation", "translation", "consistent",
        "Nine orangutans that had been kept as pets or rescued from burned forest were released into "
        "the Bukit Rimba reserve this week after years of rehabilitation, the Sinar Hutan Foundation "
        "said on Thursday. The apes, five females and four males aged between seven and fifteen, had "
        "learned at the foundation's forest school to build nests, find food and avoid people. Each "
        "will be fitted with a radio transmitter and followed by field teams for at least twelve "
        "months. The foundation's director, Sekar Prameswari, said two of the females had arrived at the "
        "centre as infants less than a year old. The release was carried out together with the regional "
        "forestry office. More than 200 orangutans are still being cared for at the centre.",
        "This week, after years of rehabilitation, nine orangutans that were once kept as pets or saved "
        "from burnt-out forest were set free in the Bukit Rimba reserve, according to a statement issued "
        "on Thursday by the Sinar Hutan Foundation. The four males and five females, between seven and "
        "fifteen years old, were taught at the foundation's forest school how to build nests, forage and "
        "keep away from humans. Field teams will track each animal by radio transmitter for a year at "
        "minimum. Sekar Prameswari, who heads the foundation, said two of the females had been brought "
        "to the centre as babies under twelve months old. The regional forestry office took part in the "
        "release. Over 200 orangutans remain in the centre's care.",
        traps=[
            trap("The four males and five females", "five females and four males"),
            trap("Field teams will track each animal by radio transmitter",
                 "Each will be fitted with a radio transmitter and followed by field teams"),
            trap("for a year at minimum", "for at least twelve months"),
            trap("babies under twelve months old", "infants less than a year old"),
        ],
    ),
    # 29 -----------------------------------------------------------------
    case(
        "protest camp eviction", "rewrite", "inconsistent",
        "Bailiffs backed by around 200 police officers cleared a protest camp from Elmstead Woods on "
        "Tuesday, ending an 11-month occupation by activists opposing a planned motorway link. The "
        "camp was set up last August by members of the campaign group Save Elmstead, who were later "
        "joined by students from Darnley University. The eviction was ordered by the High Court last "
        "week at the request of the regional roads agency, which owns the land. Police said 23 people "
        "were arrested, most of them for obstruction, and that two protesters had been removed from tree "
        "platforms by specialist climbing teams. Save Elmstead said it would continue its fight in the "
        "courts. The roads agency said tree felling would begin in October, outside the bird nesting "
        "season.",
        "An 11-month occupation of Elmstead Woods by activists fighting a planned motorway link came to "
        "an end on Tuesday, when bailiffs supported by some 200 police officers cleared the protest "
        "camp. Students from Darnley University set up the camp last August and were later joined by "
        "members of the campaign group Save Elmstead. Last week the High Court granted the regional "
        "roads agency, which owns the land, an order to evict them. Of the 23 people arrested, most were "
        "held for obstruction, police said, and specialist climbing teams brought two protesters down "
        "from tree platforms. Save Elmstead said it would carry on its fight in the courts. Tree felling "
        "will start in October, outside the bird nesting season, according to the roads agency.",
        errors=[
            err("Students from Darnley University set up the camp last August and were later joined "
                "by members of the campaign group Save Elmstead", "role", "minor",
                "The camp was set up last August by members of the campaign group Save Elmstead, who "
                "were later joined by students from Darnley University"),
        ],
        traps=[
            trap("bailiffs supported by some 200 police officers",
                 "Bailiffs backed by around 200 police officers"),
            trap("Of the 23 people arrested, most were held for obstruction",
                 "23 people were arrested, most of them for obstruction"),
        ],
    ),
    # 30 -----------------------------------------------------------------
    case(
        "spice import ban", "translation", "consistent",
        "The food safety authority of the Republic of Taravia has banned imports of ground chilli and "
        "turmeric from two foreign suppliers after laboratory tests found lead levels up to eight times "
        "above the legal limit. The ban took effect on Monday and will remain in place for at least "
        "three months. The authority said the lead most likely came from industrial dyes added to make "
        "the spices look brighter. Retailers have been ordered to remove 14 affected products from their "
        "shelves, and consumers who bought them are advised not to eat them. No cases of poisoning have "
        "been reported so far. The suppliers, Golden Mortar Trading and Saffra Exports, have not "
        "commented.",
        "Following laboratory tests that detected lead at as much as eight times the permitted limit, "
        "Taravia's food safety authority has prohibited the import of ground chilli and turmeric from "
        "two overseas suppliers. The ban, in force since Monday, will last a minimum of three months. "
        "In the authority's view, the lead probably came from industrial colourants added to give the "
        "spices a brighter appearance. Shops have been told to take 14 affected products off the "
        "shelves, and anyone who has bought them is advised not to consume them. So far, no poisonings "
        "have been reported. Golden Mortar Trading and Saffra Exports, the two suppliers, have made no "
        "comment.",
        traps=[
            trap("as much as eight times the permitted limit", "up to eight times above the legal limit"),
            trap("in force since Monday", "took effect on Monday"),
            trap("will last a minimum of three months", "will remain in place for at least three months"),
            trap("probably came from industrial colourants", "most likely came from industrial dyes"),
        ],
    ),
]
