"""Part 4: ten translation pairs (two independent English translations of the same
non-English story), five consistent and five inconsistent (hand-written; names invented)."""

CASES = [
    # 31 ------------------------------------------------------------------
    {
        "domain": "bear hunting quota",
        "mode": "translation",
        "reference": (
            "The county administrative board in Ostervall has set this autumn's brown bear hunting quota at "
            "86 animals, 24 fewer than last year, it announced on Tuesday. According to the board, the bear "
            "population in the region is estimated at about 720 individuals, a decline of roughly 10 percent "
            "since the last count in 2021. Hunting may begin on 21 August and will end when the quota has "
            "been filled or on 15 October at the latest. Females accompanied by cubs may not be shot. The "
            "hunters' association criticised the decision and said that the number of bears near villages "
            "had increased. The environmental organisation Forest and Wildlife welcomed the reduction but "
            "said it did not go far enough."
        ),
        "candidate": (
            "Ostervall's county administrative board said on Tuesday that 86 brown bears may be shot in this "
            "autumn's hunt, 24 fewer than last year. The board estimates the region's bear population at "
            "around 720, about a tenth fewer than at the previous count in 2021. The hunt opens on 21 August "
            "and ends once the quota has been reached, or on 15 October at the latest. Shooting a female "
            "with cubs is prohibited. The hunters' association was critical of the decision, saying there "
            "were now more bears near villages, while the environmental group Forest and Wildlife welcomed "
            "the cut but called it insufficient."
        ),
        "errors": [],
        "traps": [
            {"text": "86 brown bears may be shot in this autumn's hunt",
             "ref_text": "set this autumn's brown bear hunting quota at 86 animals"},
            {"text": "about a tenth fewer", "ref_text": "a decline of roughly 10 percent"},
            {"text": "Shooting a female with cubs is prohibited",
             "ref_text": "Females accompanied by cubs may not be shot"},
            {"text": "there were now more bears near villages",
             "ref_text": "the number of bears near villages had increased"},
            {"text": "called it insufficient", "ref_text": "said it did not go far enough"},
        ],
    },
    # 32 ------------------------------------------------------------------
    {
        "domain": "alpaca farm theft",
        "mode": "translation",
        "reference": (
            "Unknown persons stole four alpacas from a farm in the municipality of Lindenhag during the "
            "night from Saturday to Sunday. According to police, the perpetrators cut through a fence and "
            "probably loaded the animals into a trailer. The owner, 58-year-old Heike Brandl, noticed the "
            "theft at around 7 a.m. when she went to feed the animals. The stolen animals are two mares and "
            "two young stallions with a total value of around 12,000 euros. One of the mares is pregnant. "
            "The police consider it possible that the animals were stolen to order. Witnesses who noticed a "
            "vehicle with a trailer near the farm on Saturday evening are asked to contact the Lindenhag "
            "police station."
        ),
        "candidate": (
            "Four alpacas were stolen from a farm in Lindenhag overnight between Saturday and Sunday. Police "
            "said the thieves had cut through a fence and most likely used a trailer to take the animals "
            "away. Their owner, Heike Brandl, 58, discovered the theft at about seven in the morning when "
            "she went to feed them. The animals, two mares, one of them in foal, and two young stallions, "
            "are worth roughly \u20ac12,000 altogether. Police do not rule out the possibility that they were "
            "stolen to order. Anyone who saw a vehicle with a trailer near the farm on Saturday evening is "
            "asked to contact Lindenhag police station."
        ),
        "errors": [],
        "traps": [
            {"text": "most likely used a trailer to take the animals away",
             "ref_text": "probably loaded the animals into a trailer"},
            {"text": "at about seven in the morning", "ref_text": "at around 7 a.m."},
            {"text": "one of them in foal", "ref_text": "One of the mares is pregnant"},
            {"text": "roughly \u20ac12,000 altogether", "ref_text": "a total value of around 12,000 euros"},
            {"text": "do not rule out the possibility", "ref_text": "consider it possible"},
        ],
    },
    # 33 ------------------------------------------------------------------
    {
        "domain": "roman villa discovery",
        "mode": "translation",
        "reference": (
            "During construction work for a new residential area in Castelmarro, workers have uncovered the "
            "remains of a Roman villa. According to the regional superintendency for archaeology, the "
            "building dates from the 2nd century AD and had at least 15 rooms, some of which are decorated "
            "with mosaic floors in good condition. The construction work has been suspended for at least "
            "six months to allow excavations. The developer, the company Edil Sarni, said it would bear "
            "part of the costs. Archaeologist Chiara Ventresca, who is directing the excavations, described "
            "the find as 'exceptional for this area'. The mosaics will be removed and, if possible, "
            "exhibited in the town museum."
        ),
        "candidate": (
            "Builders preparing the ground for a housing development in Castelmarro have found the remains "
            "of a Roman villa. The regional archaeology superintendency says the villa was built in the "
            "second century AD and had a minimum of 15 rooms, several of them with well-preserved mosaic "
            "floors. To make way for excavations, building has been halted for six months or more. Edil "
            "Sarni, the developer, has said it will pay some of the costs. Chiara Ventresca, the "
            "archaeologist in charge of the dig, called the discovery 'exceptional for this area'. The "
            "mosaics are to be lifted and, where possible, put on display in the town museum."
        ),
        "errors": [],
        "traps": [
            {"text": "a minimum of 15 rooms", "ref_text": "at least 15 rooms"},
            {"text": "well-preserved mosaic floors", "ref_text": "mosaic floors in good condition"},
            {"text": "halted for six months or more", "ref_text": "suspended for at least six months"},
            {"text": "will pay some of the costs", "ref_text": "would bear part of the costs"},
        ],
    },
    # 34 ------------------------------------------------------------------
    {
        "domain": "falconry display",
        "mode": "translation",
        "reference": (
            "The falconry centre at Schloss Grauenstein will hold daily flight demonstrations again from "
            "1 May after a two-year break. Falconer Markus Eder will present eagles, falcons and owls twice "
            "a day, at 11 a.m. and 3 p.m. The shows last about 40 minutes and are included in the castle "
            "admission ticket. The demonstrations had been suspended after an outbreak of avian influenza in "
            "the region. According to the castle administration, all 26 birds have since been tested "
            "several times and are healthy. In bad weather the afternoon show may be cancelled. Visitors are "
            "asked not to bring dogs to the demonstration area."
        ),
        "candidate": (
            "After a two-year pause, daily flying displays are returning to the falconry centre at "
            "Grauenstein Castle from 1 May. Falconer Markus Eder will show eagles, falcons and owls twice "
            "daily, at 11:00 and 15:00. Each show lasts roughly 40 minutes and costs nothing beyond the "
            "castle entry ticket. The displays were stopped when bird flu broke out in the region. The "
            "castle management says all 26 birds have been tested repeatedly since then and are in good "
            "health. The afternoon show could be called off if the weather is poor. Visitors are asked to "
            "keep dogs away from the display area."
        ),
        "errors": [],
        "traps": [
            {"text": "Grauenstein Castle", "ref_text": "Schloss Grauenstein"},
            {"text": "at 11:00 and 15:00", "ref_text": "at 11 a.m. and 3 p.m."},
            {"text": "costs nothing beyond the castle entry ticket",
             "ref_text": "are included in the castle admission ticket"},
            {"text": "when bird flu broke out in the region",
             "ref_text": "after an outbreak of avian influenza in the region"},
            {"text": "could be called off if the weather is poor",
             "ref_text": "In bad weather the afternoon show may be cancelled"},
        ],
    },
    # 35 ------------------------------------------------------------------
    {
        "domain": "bonfire night safety",
        "mode": "translation",
        "reference": (
            "The municipality of Zeeholt has imposed stricter safety rules for this year's New Year's Eve "
            "bonfire on the beach. The pile may be no higher than 10 metres, compared with 15 metres last "
            "year, and must be at least 250 metres from the nearest houses. The fire will be lit at 00:30 "
            "at the earliest, and only if the wind speed is below force 5. Mayor Annelies Brouwer said the "
            "measures were needed after sparks last year damaged several cars and a beach pavilion. The fire "
            "brigade will have two tenders on standby. The organisers, the local youth association, said "
            "they accepted the rules, although they regretted the lower height."
        ),
        "candidate": (
            "Stricter safety rules will apply to this year's New Year's Eve beach bonfire in Zeeholt, the "
            "municipality has decided. The stack must not exceed 10 metres in height, down from 15 metres "
            "last year, and has to be at least 250 metres from the closest homes. It will not be lit before "
            "half past midnight, and then only if the wind is below force 5. According to Mayor Annelies "
            "Brouwer, the measures were necessary because last year sparks damaged a beach pavilion and "
            "several cars. The fire brigade will keep two fire engines on standby. The local youth "
            "association, which organises the bonfire, said it accepted the new rules but was sorry the pile "
            "would be lower."
        ),
        "errors": [],
        "traps": [
            {"text": "must not exceed 10 metres in height", "ref_text": "may be no higher than 10 metres"},
            {"text": "will not be lit before half past midnight",
             "ref_text": "will be lit at 00:30 at the earliest"},
            {"text": "two fire engines", "ref_text": "two tenders"},
            {"text": "was sorry the pile would be lower", "ref_text": "regretted the lower height"},
        ],
    },
    # 36 ------------------------------------------------------------------
    {
        "domain": "pride march permit",
        "mode": "translation",
        "reference": (
            "The city administration of Szklanow has granted permission for this year's Pride march, which "
            "will take place on Saturday 14 June. The route, about 3 kilometres long, will lead from the Old "
            "Market Square to Lipowy Park, where a closing rally will be held. The organisers, the "
            "association Equal Together, expect around 5,000 participants. Last year the city had initially "
            "refused permission, and the march only took place after a court ruling. Deputy Mayor Tomasz "
            "Wilk said that police would secure the route and that a counter-demonstration had also been "
            "registered. The organisers asked participants not to respond to provocations."
        ),
        "candidate": (
            "Szklanow city hall has given the go-ahead for this year's Pride march, to be held on Saturday "
            "14 June. The route, roughly 3 km long, runs from the Old Market Square to Lipowy Park, where "
            "the march will end with a rally. The organising association, Equal Together, is expecting some "
            "5,000 people to take part. Last year the city initially granted permission, and the march only "
            "went ahead after a court ruling. According to Deputy Mayor Tomasz Wilk, a counter-demonstration "
            "has also been registered. The organisers have asked marchers not to react to provocations."
        ),
        "errors": [
            {"text": "initially granted permission", "type": "polarity", "severity": "major",
             "ref_text": "had initially refused permission"},
            {"type": "omission", "severity": "minor", "before": "a counter-demonstration",
             "ref_text": "police would secure the route"},
        ],
        "traps": [
            {"text": "given the go-ahead for", "ref_text": "granted permission for"},
            {"text": "is expecting some 5,000 people to take part",
             "ref_text": "expect around 5,000 participants"},
        ],
    },
    # 37 ------------------------------------------------------------------
    {
        "domain": "parrot smuggling ring",
        "mode": "translation",
        "reference": (
            "Customs officers at the port of Puerto Valdera have broken up a network that smuggled protected "
            "parrots from South America to Europe, the finance ministry said on Thursday. Three people were "
            "arrested, including a 46-year-old veterinarian who allegedly issued false health certificates "
            "for the birds. During searches, officers seized 73 live parrots, among them 11 hyacinth macaws, "
            "as well as forged documents and around 40,000 euros in cash. According to investigators, the "
            "birds were bought from trappers in the Amazon region for about 50 euros each and sold to "
            "collectors for up to 15,000 euros. The seized animals have been handed over to a zoo in "
            "Villacoral for care."
        ),
        "candidate": (
            "Customs at the port of Puerto Valdera have dismantled a ring that smuggled protected parrots "
            "from Europe to South America, the Ministry of Finance announced on Thursday. Three people have "
            "been detained, among them a 46-year-old vet suspected of issuing fake health certificates for "
            "the birds. Searches turned up 73 live parrots, including 11 hyacinth macaws, together with "
            "forged papers and some 40,000 euros in cash. Investigators say the birds were bought from "
            "trappers in the Amazon region for roughly 50 euros apiece and sold on to collectors for as much "
            "as 15,000 euros. The confiscated parrots are now being looked after at a zoo in Villacoral."
        ),
        "errors": [
            {"text": "smuggled protected parrots from Europe to South America", "type": "role",
             "severity": "critical",
             "ref_text": "smuggled protected parrots from South America to Europe"},
        ],
        "traps": [
            {"text": "suspected of issuing fake health certificates",
             "ref_text": "allegedly issued false health certificates"},
            {"text": "for as much as 15,000 euros", "ref_text": "for up to 15,000 euros"},
            {"text": "are now being looked after at a zoo in Villacoral",
             "ref_text": "have been handed over to a zoo in Villacoral for care"},
        ],
    },
    # 38 ------------------------------------------------------------------
    {
        "domain": "mural painted over",
        "mode": "translation",
        "reference": (
            "A large mural by the street artist known as Lumo was painted over on Monday morning on the "
            "orders of the district office of Kreuzwalde. The 20-metre-long work, which showed children "
            "playing in a flooded street, had decorated the wall of a former bus depot for six years. The "
            "district office said the building's new owner had requested the removal because the facade is "
            "being renovated. Residents and artists criticised the decision; an online petition to save the "
            "mural had collected more than 8,000 signatures. District councillor Sabine Roth said she "
            "regretted that no one had tried to find a solution with the artist. Lumo himself has not yet "
            "commented."
        ),
        "candidate": (
            "On Monday morning, a large mural by the street artist Lumo was painted over on the instructions "
            "of the Kreuzwalde district office. The 20-metre work, showing children playing in a flooded "
            "street, had adorned the wall of a former bus depot for six years. According to the district "
            "office, the building's new owner had asked for it to be removed because the facade is being "
            "renovated because the facade is being renovated. Residents and artists were critical of the "
            "decision; more than 8,000 people had signed an online petition to save the mural. District "
            "councillor Sabine Roth said it was regrettable that nobody had tried to find a solution "
            "together with the artist. Lumo has not yet commented."
        ),
        "errors": [
            {"text": "because the facade is being renovated", "occ": 1, "type": "repetition",
             "severity": "minor", "ref_text": None},
        ],
        "traps": [
            {"text": "had adorned the wall", "ref_text": "had decorated the wall"},
            {"text": "more than 8,000 people had signed an online petition",
             "ref_text": "an online petition to save the mural had collected more than 8,000 signatures"},
        ],
    },
    # 39 ------------------------------------------------------------------
    {
        "domain": "tuna quota cut",
        "mode": "translation",
        "reference": (
            "The fisheries commission of the Western Ocean has agreed to cut the catch quota for bigeye tuna "
            "by 15 percent for the next two years. At its annual meeting in Port Lavelle, the 26 member "
            "states agreed on a total catch of 61,000 tonnes for 2025, compared with about 72,000 tonnes "
            "this year. Scientists had recommended a reduction of 25 percent, as stocks have shrunk sharply "
            "over the past decade. Environmental organisations called the decision inadequate. The fishing "
            "industry, on the other hand, warned of job losses in the processing plants. A proposal to ban "
            "fish aggregating devices during three months of the year was rejected."
        ),
        "candidate": (
            "Member states of the Western Ocean fisheries commission have decided to reduce the bigeye tuna "
            "catch quota by 15% for the coming two years. Meeting in Port Lavelle for their annual session, "
            "the 26 states set the total allowable catch for 2025 at 61,000 tonnes, down from roughly "
            "72,000 tonnes this year. Scientists had advised a 25% cut, pointing to a steep decline in stocks "
            "over the last ten years, a decline caused mainly by illegal fishing. Environmental groups said "
            "the decision did not go far enough, while the fishing industry warned that jobs would be lost "
            "in processing plants. A proposal to ban fish aggregating devices for three months a year was "
            "postponed."
        ),
        "errors": [
            {"text": "a decline caused mainly by illegal fishing", "type": "addition",
             "severity": "major", "ref_text": None},
            {"text": "was postponed", "type": "event", "severity": "major", "ref_text": "was rejected"},
        ],
        "traps": [
            {"text": "over the last ten years", "ref_text": "over the past decade"},
            {"text": "did not go far enough", "ref_text": "inadequate"},
        ],
    },
    # 40 ------------------------------------------------------------------
    {
        "domain": "burial mound excavation",
        "mode": "translation",
        "reference": (
            "Archaeologists have begun excavating a Bronze Age burial mound near the village of Norreklit "
            "Molle, which is threatened by coastal erosion. The mound, around 3,500 years old, lies just "
            "12 metres from the edge of a cliff that has retreated by about half a metre a year in recent "
            "decades. The excavation, led by the Vestkyst Museum, will last six weeks and is financed by the "
            "state heritage agency. Researchers hope to find an intact grave, as the mound appears never to "
            "have been plundered. Excavation leader Jens Kolding said that without intervention the mound "
            "would probably have fallen into the sea within 25 years. The finds will be exhibited at the "
            "museum next year."
        ),
        "candidate": (
            "Archaeologists have started to dig a Bronze Age burial mound close to the village of Norreklit "
            "Molle, which coastal erosion is putting at risk. The roughly 3,500-year-old mound is only "
            "12 metres from the edge of a cliff that has been retreating at around 50 centimetres a year over "
            "recent decades. The six-week excavation is being led by the Vestkyst Museum and funded by the "
            "state heritage agency. Because the mound seems never to have been robbed, the team hopes to "
            "find a grave that is still intact. Without intervention, the mound would probably have "
            "collapsed into the sea within 25 years, according to excavation leader Jens Kolding. The finds "
            "will go on display at the museum later this year."
        ),
        "errors": [
            {"text": "later this year", "type": "date", "severity": "minor", "ref_text": "next year"},
        ],
        "traps": [
            {"text": "which coastal erosion is putting at risk",
             "ref_text": "which is threatened by coastal erosion"},
            {"text": "around 50 centimetres a year", "ref_text": "about half a metre a year"},
            {"text": "seems never to have been robbed", "ref_text": "appears never to have been plundered"},
        ],
    },
]
