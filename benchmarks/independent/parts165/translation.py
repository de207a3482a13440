"""Translation pairs for set165 (hand-written; all names invented).

Both texts of a pair are imagined as independent English translations of one
non-English news story, so the wording differs throughout.
"""

CASES = [
    # ------------------------------------------------------------------ consistent
    {
        "domain": "lute string supply",
        "mode": "translation",
        "label": "consistent",
        "reference": "Luthiers and early-music performers across Italy are facing a shortage of gut strings after the country's last large-scale producer, the Fratelli Volpara workshop in Borgo San Lucio, suspended production in March. The family firm, founded in 1887, supplied around 70 per cent of the gut strings used for lutes, theorbos and baroque guitars in Europe, according to the National Association of Early Music. Owner Giulia Volpara said rising costs of sheep intestines and the retirement of two of its four master string-makers had made the business unsustainable. Prices for a full set of lute strings have since doubled, from around 90 to 180 euros, musicians say. Volpara said she was seeking apprentices but that training a new string-maker took at least three years, so production was unlikely to resume soon. The association has asked the culture ministry to list gut-string making as an endangered craft.",
        "candidate": "In Italy, instrument makers and performers of early music are struggling to find gut strings since the Volpara Brothers workshop of Borgo San Lucio, the last big producer in the country, halted manufacturing in March. According to the National Association of Early Music, the family company, established in 1887, provided roughly seven in ten of the gut strings used in Europe for lutes, theorbos and baroque guitars. Its owner, Giulia Volpara, said that the growing cost of sheep gut, together with the retirement of two of the workshop's four master string-makers, had left the business no longer viable. Musicians report that a complete set of lute strings now costs twice as much as before, around 180 euros instead of 90. Volpara is looking for apprentices, but since it takes a minimum of three years to train a string-maker, production is not expected to restart any time soon. The association has called on the culture ministry to recognise gut-string making as an endangered craft.",
        "errors": [],
        "traps": [
            {"text": "the Volpara Brothers workshop", "ref_text": "the Fratelli Volpara workshop"},
            {"text": "roughly seven in ten", "ref_text": "around 70 per cent"},
            {"text": "sheep gut", "ref_text": "sheep intestines"},
            {"text": "twice as much as before, around 180 euros instead of 90", "ref_text": "doubled, from around 90 to 180 euros"},
            {"text": "a minimum of three years", "ref_text": "at least three years"},
        ],
    },
    {
        "domain": "nougat festival",
        "mode": "translation",
        "label": "consistent",
        "reference": "The town of Villarosa del Cerro will hold its 40th Nougat Fair from 6 to 8 December, with 52 producers from across Spain taking part, the town hall announced yesterday. The highlight will again be the making of a giant bar of almond nougat in the main square on Saturday morning; last year's measured 61 metres and was shared out among visitors. Mayor Encarnación Ruiz said the fair attracted around 35,000 people last year and brought in about 1.5 million euros for local businesses. This year, for the first time, a jury of pastry chefs will award a prize for the best new flavour. Free buses will run from the regional capital every hour. Organisers reminded visitors that several varieties contain honey and nuts and that allergen information will be displayed at every stand.",
        "candidate": "Villarosa del Cerro is to stage the fortieth edition of its Nougat Fair between 6 and 8 December, the town council announced yesterday, and 52 makers from all over Spain will take part. Once again the main attraction will take place on Saturday morning in the main square, where a giant almond nougat bar will be made; last year the bar reached 61 metres in length and was divided among the visitors. According to the mayor, Encarnación Ruiz, some 35,000 people came to last year's fair, generating roughly 1.5 million euros for businesses in the town. A novelty this year is a prize for the best new flavour, to be chosen by a jury of pastry chefs. There will be free hourly buses from the regional capital. The organisers point out that a number of the varieties contain honey and nuts, and every stall will display information on allergens.",
        "errors": [],
        "traps": [
            {"text": "the fortieth edition of its Nougat Fair", "ref_text": "its 40th Nougat Fair"},
            {"text": "was divided among the visitors", "ref_text": "was shared out among visitors"},
            {"text": "some 35,000 people", "ref_text": "around 35,000 people"},
            {"text": "A novelty this year", "ref_text": "This year, for the first time"},
            {"text": "free hourly buses", "ref_text": "Free buses will run from the regional capital every hour"},
        ],
    },
    {
        "domain": "carriage driving trials",
        "mode": "translation",
        "label": "consistent",
        "reference": "More than 80 four-in-hand teams from 17 countries will compete in the international carriage driving trials at the Bárcsa stud farm from 14 to 17 August, the national equestrian federation said on Monday. The event consists of three phases: dressage, a 20-kilometre marathon over hills and water obstacles, and cone driving, in which drivers must steer between pairs of cones set only 20 centimetres wider than their carriage wheels. Defending champion Bence Takács, who has won the title four times, will be competing on home ground. Organisers expect around 25,000 spectators over the four days. Veterinary checks will be carried out before and after the marathon, and any horse with a heart rate above the permitted limit will be withdrawn. Tickets cost 4,000 forints per day, and children under 12 enter free.",
        "candidate": "The national equestrian federation announced on Monday that over 80 teams of four horses, representing 17 nations, will take part in the international carriage-driving trials to be held at the Bárcsa stud between 14 and 17 August. The competition is made up of three parts: dressage; a 20 km marathon across hilly terrain and through water obstacles; and cone driving, in which drivers have to guide their carriages between pairs of cones placed just 20 cm further apart than the width of their wheels. The title holder, Bence Takács, a four-time winner, will be driving on home soil. The organisers are expecting some 25,000 spectators across the four days. Horses will undergo veterinary inspections both before and after the marathon, and those whose heart rate exceeds the permitted limit will be taken out of the competition. A day ticket costs 4,000 forints; entry is free for children below the age of 12.",
        "errors": [],
        "traps": [
            {"text": "teams of four horses", "ref_text": "four-in-hand teams"},
            {"text": "The title holder", "ref_text": "Defending champion"},
            {"text": "a four-time winner", "ref_text": "who has won the title four times"},
            {"text": "taken out of the competition", "ref_text": "withdrawn"},
            {"text": "below the age of 12", "ref_text": "under 12"},
        ],
    },
    {
        "domain": "pearl farm typhoon damage",
        "mode": "translation",
        "label": "consistent",
        "reference": "Pearl farmers in Sakaura Bay say Typhoon No. 14, which passed over the area on Sunday night, destroyed or damaged around 60 per cent of the oyster rafts in the bay. The local fishing cooperative estimates losses at 1.8 billion yen, including about 400,000 oysters that had been implanted with nuclei in the spring and were due to be harvested this winter. Cooperative head Masato Iwai said strong waves had torn rafts from their moorings and carried some more than a kilometre out to sea. No injuries were reported. Farmers also fear that silt stirred up by the storm will smother surviving oysters. The prefecture has said it will consider emergency loans for affected businesses.",
        "candidate": "According to pearl farmers in Sakaura Bay, some 60% of the bay's oyster rafts were destroyed or damaged when the 14th typhoon of the season passed over the area on Sunday night. The local fishing cooperative puts the losses at an estimated 1.8 billion yen, a figure that includes roughly 400,000 oysters that had received their nuclei in spring and were due to be harvested this winter. The head of the cooperative, Masato Iwai, said powerful waves had ripped the rafts from their moorings, dragging some of them over a kilometre offshore. Nobody was reported injured. The farmers also fear that silt churned up by the storm will smother the oysters that survived. The prefectural government has said it will look into emergency loans for the businesses affected.",
        "errors": [],
        "traps": [
            {"text": "some 60%", "ref_text": "around 60 per cent"},
            {"text": "the 14th typhoon of the season", "ref_text": "Typhoon No. 14"},
            {"text": "had received their nuclei", "ref_text": "had been implanted with nuclei"},
            {"text": "over a kilometre offshore", "ref_text": "more than a kilometre out to sea"},
            {"text": "will look into emergency loans", "ref_text": "will consider emergency loans"},
        ],
    },
    {
        "domain": "roundabout art installation",
        "mode": "translation",
        "label": "consistent",
        "reference": "A six-metre steel sculpture of a heron will be installed on the Rond-point des Tanneurs in Saint-Amédée-sur-Vaune next month, the town council decided on Thursday evening by 23 votes to 6. The work, by local artist Claire Montbazon, cost 145,000 euros, of which the regional arts fund is paying half. Opposition councillors had criticised the price at a time when the town's swimming pool remains closed for lack of funds. Mayor Philippe Darrieux defended the project, saying the heron, a bird common on the nearby river, would become “a symbol of the town”. The sculpture will be lit at night by low-energy lamps. Work on the roundabout will require lane closures for about ten days.",
        "candidate": "On Thursday evening the council of Saint-Amédée-sur-Vaune voted 23 to 6 in favour of placing a steel heron, six metres tall, on the Tanneurs roundabout next month. The piece, created by Claire Montbazon, an artist from the town, cost 145,000 euros, 50% of which will be covered by the regional arts fund. The opposition had objected to the cost at a time when the municipal swimming pool is still shut because of a lack of money. Defending the project, Mayor Philippe Darrieux said the heron — a bird frequently seen on the river close by — would become “a symbol of the town”. Energy-efficient lamps will light the sculpture after dark. About ten days of lane closures will be needed for the work on the roundabout.",
        "errors": [],
        "traps": [
            {"text": "six metres tall", "ref_text": "six-metre"},
            {"text": "the Tanneurs roundabout", "ref_text": "the Rond-point des Tanneurs"},
            {"text": "50% of which will be covered by the regional arts fund", "ref_text": "of which the regional arts fund is paying half"},
            {"text": "Energy-efficient lamps", "ref_text": "low-energy lamps"},
            {"text": "after dark", "ref_text": "at night"},
        ],
    },
    # ------------------------------------------------------------------ inconsistent
    {
        "domain": "unicycle record",
        "mode": "translation",
        "label": "inconsistent",
        "reference": "A 31-year-old sports teacher from Kleinwaldau has set a new world record for the longest distance travelled on a unicycle in 24 hours, covering 482.6 kilometres on a closed cycle track in Grünhallen. Jonas Reuter began his attempt at 10 a.m. on Saturday and rode through the night, stopping only for a total of 47 minutes for food and short massages. The previous record, 453 kilometres, had stood since 2019. Reuter said he had trained for two years, riding up to 80 kilometres a day, and that the hardest part had been the cold between 3 and 5 in the morning. The record was verified by two independent observers and GPS data. Reuter rode to raise money for a children's cancer ward and has so far collected more than 12,000 euros.",
        "candidate": "Jonas Reuter, a 31-year-old PE teacher from Kleinwaldau, has broken the world record for the greatest distance ridden on a unicycle within 24 hours, completing 482.6 km on an enclosed cycling track in Grünhallen. He set off at 10 o'clock on Saturday morning and kept riding all night, pausing for just 47 minutes altogether to eat and have brief massages. The old record of 453 km had stood since 2019. Reuter said he had prepared for two years, covering as much as 80 km per day, and that the toughest moment was the cold between three and five in the morning. Two independent observers verified the record. Reuter's ride was in aid of a children's cancer ward, for which he has raised over 1,200 euros so far.",
        "errors": [
            {"type": "omission", "after": "Two independent observers", "severity": "minor", "ref_text": "and GPS data"},
            {"type": "number", "text": "1,200 euros", "severity": "major", "ref_text": "12,000 euros"},
        ],
        "traps": [
            {"text": "PE teacher", "ref_text": "sports teacher"},
            {"text": "pausing for just 47 minutes altogether", "ref_text": "stopping only for a total of 47 minutes"},
            {"text": "as much as 80 km per day", "ref_text": "up to 80 kilometres a day"},
        ],
    },
    {
        "domain": "cane toad cull",
        "mode": "translation",
        "label": "inconsistent",
        "reference": "Volunteers on Hanegi Island caught more than 18,000 cane toads during a three-week campaign last month, the island's environment office reported. The toads, originally brought in from Taiwan in the 1970s to control sugar cane pests, have spread to almost every part of the island and threaten native frogs, snakes and birds that are poisoned when they try to eat them. About 600 residents, including schoolchildren, took part in night-time searches along roads and farm ditches. The captured toads were humanely killed by freezing. Office director Yuki Nakasone said numbers were still rising and that the island would need to repeat the campaign every year. Adult volunteers were paid a reward of 50 yen per toad.",
        "candidate": "Last month, in a campaign lasting three weeks, volunteers on Hanegi Island captured over 18,000 cane toads, according to a report from the island's environmental office. Introduced from Taiwan in the 1970s to fight pests in the sugar cane fields, the toads are now found in nearly all areas of the island and endanger native frogs, snakes and birds, which are poisoned if they attempt to eat them. Some 600 residents, schoolchildren among them, joined the night searches along roads and farm ditches, along roads and farm ditches. The toads caught were killed humanely by freezing. According to the office's director, Yuki Nakasone, the numbers are still increasing and the campaign will have to be held again every year. Adult volunteers received a reward of 50 yen for each toad.",
        "errors": [
            {"type": "repetition", "text": "along roads and farm ditches", "occ": 1, "severity": "minor", "ref_text": None},
        ],
        "traps": [
            {"text": "over 18,000", "ref_text": "more than 18,000"},
            {"text": "nearly all areas of the island", "ref_text": "almost every part of the island"},
            {"text": "Some 600 residents", "ref_text": "About 600 residents"},
        ],
    },
    {
        "domain": "bagpipe export tariff",
        "mode": "translation",
        "label": "inconsistent",
        "reference": "Bagpipe makers in the Valdeira region fear for their exports after Aldonia announced a 25 per cent tariff on imported musical instruments, due to take effect on 1 October. Aldonia is the largest foreign market for the region's 30 or so workshops, accounting for about 40 per cent of their sales, according to the makers' association. Its president, Xosé Lamas, said a typical handmade bagpipe, which sells abroad for around 1,800 euros, could lose its competitive edge against cheaper Asian-made instruments. Some workshops may have to cut staff if orders fall, he warned. The regional government said it would ask the national trade ministry to raise the matter in negotiations and would study ways of helping makers find new markets. Aldonian importers have already begun bringing forward orders to beat the deadline.",
        "candidate": "The bagpipe workshops of the Valdeira region are worried about their exports following Aldonia's announcement of a 25% tariff on foreign musical instruments, which is due to come into force on 10 January. According to the makers' association, Aldonia is the biggest market abroad for the approximately 30 workshops in the region, taking around 40% of their sales. The association's president, Xosé Lamas, said that a typical hand-crafted bagpipe, sold abroad at about 1,800 euros, could become less competitive compared with cheaper instruments made in Asia. If orders drop, some workshops will have to lay off workers, he warned. The regional government announced it would ask the national trade ministry to bring up the issue in negotiations, and would look at ways of helping the makers to find new markets. Importers in Aldonia have already started placing their orders earlier to get in before the deadline.",
        "errors": [
            {"type": "date", "text": "10 January", "severity": "major", "ref_text": "1 October"},
            {"type": "modality", "text": "will have to lay off workers", "severity": "major", "ref_text": "may have to cut staff"},
        ],
        "traps": [
            {"text": "the approximately 30 workshops", "ref_text": "the region's 30 or so workshops"},
            {"text": "could become less competitive", "ref_text": "could lose its competitive edge"},
            {"text": "placing their orders earlier", "ref_text": "bringing forward orders"},
        ],
    },
    {
        "domain": "snake escape from home",
        "mode": "translation",
        "label": "inconsistent",
        "reference": "Residents of a neighbourhood in Wijkerbroek have been told not to approach a 1.6-metre boa constrictor that escaped from a house on Lindenlaan on Wednesday evening. The owner, a 42-year-old man, told police he had left the lid of the terrarium open while cleaning it and noticed the snake was missing about an hour later. Reptile expert Anouk de Vries of the municipal animal rescue service said the snake was not venomous and posed no danger to people, but could attack small pets such as rabbits and guinea pigs. Because of the cold, it is probably hiding somewhere warm, such as a shed, garage or compost heap, she said. Anyone who sees the animal is asked to call the rescue service. The owner could face a fine if it emerges that the animal was not kept securely, police said.",
        "candidate": "People living in a district of Wijkerbroek have been warned to keep away from a boa constrictor measuring 1.6 metres, which escaped on Wednesday evening from a home in Lindenlaan. Its owner, a man of 42, told the police that he had left the terrarium lid open while he was cleaning it, and realised around an hour later that the snake had gone. The snake has no venom and is harmless to humans, said Anouk de Vries, a reptile specialist with the town's animal rescue service, though it could go for small pets like rabbits and guinea pigs. With the weather this cold, it is probably sheltering in a warm spot such as a shed, a garage or a compost heap, she said. The rescue service asks anyone who spots the animal to phone it. De Vries added that the owner might be fined if it turns out the animal was not kept securely.",
        "errors": [
            {"type": "attribution", "text": "De Vries added", "severity": "major", "ref_text": "police said"},
        ],
        "traps": [
            {"text": "keep away from", "ref_text": "not to approach"},
            {"text": "a man of 42", "ref_text": "a 42-year-old man"},
            {"text": "has no venom", "ref_text": "was not venomous"},
        ],
    },
    {
        "domain": "tidal island causeway rescue",
        "mode": "translation",
        "label": "inconsistent",
        "reference": "Two tourists were rescued from the roof of their car on Tuesday evening after being caught by the rising tide on the causeway to the island of Sarnec. The couple, a man and a woman in their thirties from Belgium, had ignored warning signs and set off from Sarnec towards the mainland about 40 minutes before high tide, according to the gendarmerie. Their car stalled halfway along the 4-kilometre road when seawater flooded the engine. A lifeboat crew from Port-Ardel reached them within 25 minutes and took them to the mainland. Neither was hurt. The vehicle was recovered the next morning at low tide. The mayor of Sarnec, Yannick Le Goff, said it was the third such rescue this summer and called for automatic barriers to be installed at both ends of the causeway.",
        "candidate": "On Tuesday evening two tourists had to be rescued from the roof of their car after the incoming tide caught them on the causeway linking Sarnec to the mainland. According to the gendarmes, the couple — a Belgian man and woman, both in their thirties — took no notice of the warning signs and drove off from the mainland towards Sarnec around 40 minutes before high tide. Halfway across the 4 km road, the car broke down when sea water got into the engine. Within 25 minutes a lifeboat crew from Port-Ardel had reached them, and they were taken to the mainland. Neither of them was injured. The car was retrieved at low tide the following morning. Yannick Le Goff, the mayor of Sarnec, said this was the third rescue of its kind this summer and called for automatic barriers at each end of the causeway.",
        "errors": [
            {"type": "role", "text": "from the mainland towards Sarnec", "severity": "major", "ref_text": "from Sarnec towards the mainland"},
        ],
        "traps": [
            {"text": "took no notice of the warning signs", "ref_text": "had ignored warning signs"},
            {"text": "the car broke down", "ref_text": "Their car stalled"},
            {"text": "at each end of the causeway", "ref_text": "at both ends of the causeway"},
        ],
    },
]
