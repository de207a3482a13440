"""Set 157, part 4: ten translation pairs (five consistent, five inconsistent).

Reference and candidate are two independent English translations of the
same (imagined) non-English news item.
"""

from ._helpers import case, err, omit, trap

CASES = [
    # 31
    case(
        "dog show ban", "translation", "consistent",
        "The city administration of Kellstadt has banned the international dog show planned for the trade "
        "fair grounds in September. According to the public order office, the organiser, the Association of "
        "Pedigree Dog Friends, failed to submit a sufficient hygiene and safety plan by the deadline of 15 "
        "June. Around 1,800 dogs from twelve countries had been registered. The association's chairwoman, "
        "Brigitte Sommer-Lahn, called the decision 'incomprehensible' and announced that the association "
        "would lodge an objection with the administrative court. A spokesman for the city said a new "
        "application for next year would be examined without prejudice. The association estimates its losses "
        "at around 90,000 euros, mostly from stand rentals already paid.",
        "Kellstadt's municipal authorities have prohibited the international dog show that was due to take "
        "place at the exhibition centre in September. The city's office for public order said the organisers, "
        "the Society of Friends of Pedigree Dogs, had not handed in an adequate hygiene and safety concept "
        "before the 15 June deadline. Some 1,800 dogs from a dozen countries had been entered. Brigitte "
        "Sommer-Lahn, who chairs the society, described the decision as 'beyond comprehension' and said the "
        "society would challenge it at the administrative court. A city spokesman said any fresh application "
        "for next year would be considered impartially. By the society's own estimate, it stands to lose "
        "about €90,000, most of it in stand fees that have already been paid.",
        traps=[
            trap("the exhibition centre", "the trade fair grounds"),
            trap("the Society of Friends of Pedigree Dogs", "the Association of Pedigree Dog Friends"),
            trap("a dozen countries", "twelve countries"),
            trap("beyond comprehension", "incomprehensible"),
            trap("about €90,000", "around 90,000 euros"),
        ],
    ),
    # 32
    case(
        "parliament building restoration", "translation", "consistent",
        "Restoration work on the Parliament building in Valdora will take two years longer than planned and "
        "will now be completed in 2029, the Speaker of the Chamber, Tomas Lindqvar, announced on Wednesday. "
        "The cost has risen from 410 million to 530 million crowns, mainly because of asbestos found in the "
        "roof structure and higher prices for building materials. During the work, deputies will continue to "
        "meet in the former central bank building. Lindqvar said the historic plenary hall, with its painted "
        "ceiling from 1902, would be preserved in full. The opposition demanded an independent audit of the "
        "project's finances. The construction firm Haldor Bygg, which is leading the work, declined to "
        "comment.",
        "The renovation of Valdora's parliament building will overrun by two years and is now scheduled to "
        "finish in 2029, the Speaker, Tomas Lindqvar, announced on Wednesday. Costs have climbed by 120 "
        "million crowns to 530 million, chiefly because of asbestos discovered in the roof structure and more "
        "expensive building materials. Until the work is finished, members of parliament will keep sitting in "
        "what used to be the central bank building. The historic debating chamber and its painted ceiling, "
        "dating from 1902, will be kept entirely intact, according to Lindqvar. The opposition called for an "
        "independent audit of the project's finances. Haldor Bygg, the building company in charge of the "
        "work, would not comment.",
        traps=[
            trap("will overrun by two years", "will take two years longer than planned"),
            trap("climbed by 120 million crowns to 530 million", "risen from 410 million to 530 million crowns"),
            trap("what used to be the central bank building", "the former central bank building"),
            trap("historic debating chamber", "historic plenary hall"),
            trap("would not comment", "declined to comment"),
        ],
    ),
    # 33
    case(
        "glass factory sale", "translation", "consistent",
        "The Brunnfeld glassworks, one of the last remaining producers of hand-blown glass in the region, has "
        "been sold to the Italian group Vetreria Olmi. The sale price was not disclosed. Olmi has undertaken "
        "to keep all 64 employees for at least three years and to invest four million euros in a new furnace, "
        "the works council said on Tuesday. The previous owner, the Krantz family, had run the glassworks for "
        "four generations. Managing director Jakob Krantz said no family member had been willing to take over "
        "the business. The glassworks produces mainly drinking glasses and vases, around 40 percent of which "
        "are exported. Olmi plans to expand sales in Asia.",
        "Vetreria Olmi, an Italian group, has bought the Brunnfeld glassworks, which is among the region's few "
        "surviving makers of mouth-blown glass. No purchase price was given. Olmi has committed itself to "
        "retaining all 64 staff for a minimum of three years and to spending €4m on a new furnace, the works "
        "council said on Tuesday. The Krantz family, the former owners, ran the business for four "
        "generations; managing director Jakob Krantz said nobody in the family had wanted to take it on. Its "
        "output is mostly drinking glasses and vases, some two-fifths of them sold abroad. Olmi intends to "
        "grow sales in Asia.",
        traps=[
            trap("mouth-blown glass", "hand-blown glass"),
            trap("No purchase price was given", "The sale price was not disclosed"),
            trap("a minimum of three years", "at least three years"),
            trap("€4m", "four million euros"),
            trap("some two-fifths of them sold abroad", "around 40 percent of which are exported"),
        ],
    ),
    # 34
    case(
        "ancient shipwreck find", "translation", "consistent",
        "Divers have discovered the wreck of a merchant ship around 2,000 years old off the island of Kerinos, "
        "the Ministry of Culture announced on Thursday. The vessel lies at a depth of 38 metres and is "
        "believed to have sunk in the first century BC. Its cargo includes at least 200 clay amphorae, many "
        "still sealed, which probably contained wine or olive oil. The find was made in October by a team led "
        "by underwater archaeologist Eleni Marath during a survey for a planned undersea cable. Marath "
        "described the wreck as 'exceptionally well preserved'. The exact location is being kept secret to "
        "protect the site from looters. Excavation is due to begin next summer.",
        "A merchant vessel that went down some two millennia ago has been found by divers off the island of "
        "Kerinos, the culture ministry said on Thursday. Thought to have sunk in the first century before "
        "Christ, the ship rests 38 metres below the surface. On board are no fewer than 200 clay amphorae, a "
        "large number of them still sealed, which probably held wine or olive oil. A team under the "
        "underwater archaeologist Eleni Marath located the wreck in October during survey work for a planned "
        "subsea cable. She said the wreck was 'remarkably well preserved'. To guard against looters, the "
        "precise position is not being made public. Excavations are scheduled to start next summer.",
        traps=[
            trap("some two millennia ago", "around 2,000 years old"),
            trap("the first century before Christ", "the first century BC"),
            trap("no fewer than 200 clay amphorae", "at least 200 clay amphorae"),
            trap("remarkably well preserved", "exceptionally well preserved"),
            trap("the precise position is not being made public", "The exact location is being kept secret"),
        ],
    ),
    # 35
    case(
        "railway sleeper car service", "translation", "consistent",
        "From 10 December, the national railway company FNR will again run a night train with sleeping cars "
        "between the capital, Telmar, and the coastal city of Corvaso, after a break of eleven years. The "
        "train will run three times a week in each direction and will take about nine and a half hours. A "
        "berth in a six-person couchette will cost from 39 euros, and a private two-bed compartment from 149 "
        "euros. FNR chief executive Livia Dorsan said the service was a response to growing demand for "
        "climate-friendly travel. The Ministry of Transport is covering a large part of the operating deficit "
        "for the first five years. The rolling stock is being leased from an Austrian operator.",
        "After an eleven-year gap, the national rail operator FNR is bringing back a sleeper train linking "
        "the capital Telmar with the seaside city of Corvaso, starting on 10 December. There will be three "
        "services a week in each direction, with a journey time of roughly nine and a half hours. Prices start "
        "at €39 for a bunk in a six-berth couchette and at €149 for a private compartment for two. According "
        "to FNR's chief executive, Livia Dorsan, the service responds to rising demand for climate-friendly "
        "travel. For the first five years, much of the operating loss will be met by the transport ministry. "
        "The carriages are being leased from an operator in Austria.",
        traps=[
            trap("After an eleven-year gap", "after a break of eleven years"),
            trap("the seaside city of Corvaso", "the coastal city of Corvaso"),
            trap("a private compartment for two", "a private two-bed compartment"),
            trap("much of the operating loss", "a large part of the operating deficit"),
        ],
    ),
    # 36: role
    case(
        "prize-winning novel controversy", "translation", "inconsistent",
        "The writer Mirela Voss, whose novel 'The Salt Orchard' won the National Book Prize last month, has "
        "been accused of plagiarism by the poet Andrej Koller. Koller claims that several passages in the "
        "novel closely resemble his 2011 collection 'Winter Harbour'. Voss rejected the accusation in a "
        "statement on Saturday, saying any similarities were coincidental and that she had never read "
        "Koller's book. The prize jury said it would ask two independent literary experts to compare the "
        "texts but saw no reason at present to withdraw the award. Voss's publisher, Alba Press, said sales "
        "of the novel had tripled since the prize was announced.",
        "The poet Andrej Koller has been accused of plagiarism by Mirela Voss, whose novel 'The Salt Orchard' "
        "received the National Book Prize last month. According to Koller, a number of passages in the novel "
        "bear a close resemblance to 'Winter Harbour', his poetry collection from 2011. In a statement issued "
        "on Saturday, Voss denied the allegation, saying that any resemblance was pure coincidence and that "
        "she had never read Koller's book. The jury of the prize announced that two independent literary "
        "specialists would be asked to compare the texts, but that for now it saw no grounds for withdrawing "
        "the award. Sales of the novel have tripled since the prize was announced, according to Voss's "
        "publisher, Alba Press.",
        errors=[
            err("Andrej Koller has been accused of plagiarism by Mirela Voss", "role", "critical",
                "Mirela Voss, whose novel 'The Salt Orchard' won the National Book Prize last month, has "
                "been accused of plagiarism by the poet Andrej Koller"),
        ],
        traps=[
            trap("pure coincidence", "coincidental"),
            trap("for now it saw no grounds for withdrawing the award",
                 "saw no reason at present to withdraw the award"),
        ],
    ),
    # 37: omission + number
    case(
        "river pollution cleanup", "translation", "inconsistent",
        "The cleanup of the River Sella after last year's chemical spill will cost at least 27 million euros "
        "and take until the end of 2026, the regional environment agency said on Monday. In March of last "
        "year, around 40 tonnes of a solvent leaked from a storage tank at the Ferrano chemical plant, "
        "killing fish along a 15-kilometre stretch of the river. The agency said that contaminated sediment "
        "would be dredged from the riverbed at eleven sites and treated at a specialist facility. The plant's "
        "operator, Ferrano Chemicals, has agreed to pay two thirds of the costs; the rest will come from the "
        "regional budget. Fishing on the affected stretch remains prohibited. Environmental groups criticised "
        "the timetable as too slow.",
        "Cleaning up the River Sella following the chemical spill of last year will cost 27 million euros and "
        "will not be completed before the end of 2026, the regional environmental authority said on Monday. "
        "Some 40 tonnes of solvent escaped from a storage tank at the Ferrano chemical works in March last "
        "year, and fish died along 50 kilometres of the river. Polluted sediment is to be dredged up at eleven "
        "locations on the riverbed and processed at a specialised plant, the authority said. Ferrano "
        "Chemicals, which runs the works, has undertaken to cover two thirds of the bill, with the regional "
        "budget paying the remainder. Fishing remains banned on the affected section. Environmental "
        "organisations said the schedule was too slow.",
        errors=[
            omit("at least", "major", after="will cost"),
            err("50 kilometres", "number", "major", "15-kilometre"),
        ],
        traps=[
            trap("will not be completed before the end of 2026", "take until the end of 2026"),
            trap("with the regional budget paying the remainder", "the rest will come from the regional budget"),
        ],
    ),
    # 38: polarity
    case(
        "rodeo licence", "translation", "inconsistent",
        "The municipality of San Ildaro has granted a licence for this year's rodeo festival, but only under "
        "strict conditions. The use of electric prods and spurs with sharp rowels will be banned, and a "
        "veterinarian must be present at every event, the council decided on Thursday by nine votes to six. "
        "The festival, which takes place over four days in late August, attracted about 25,000 visitors last "
        "year. Animal welfare organisations had called for a complete ban and announced that they would "
        "monitor compliance with the conditions. The organising association, Club Ecuestre La Vega, said it "
        "accepted the rules, although some riders considered them excessive. Violations can lead to fines of "
        "up to 10,000 pesos.",
        "San Ildaro's municipal council has licensed this year's rodeo festival, though only subject to tight "
        "conditions. Meeting on Thursday, councillors voted nine to six to prohibit electric prods and spurs "
        "with sharp rowels and to require a vet to attend every event. Last year the four-day festival, held "
        "at the end of August, drew some 25,000 visitors. Animal protection groups, which had demanded an "
        "outright ban, said they would keep watch on whether the conditions were respected. The organisers, "
        "the Club Ecuestre La Vega, said they would not accept the rules, which some riders regard as "
        "excessive. Breaches may be punished with fines of as much as 10,000 pesos.",
        errors=[
            err("would not accept the rules", "polarity", "major", "accepted the rules"),
        ],
        traps=[
            trap("drew some 25,000 visitors", "attracted about 25,000 visitors"),
            trap("an outright ban", "a complete ban"),
            trap("fines of as much as 10,000 pesos", "fines of up to 10,000 pesos"),
        ],
    ),
    # 39: event + addition
    case(
        "bike lane crash inquest", "translation", "inconsistent",
        "An inquest in Dornholm has concluded that the death of cyclist Pieter Valk, 34, on the Havenweg "
        "cycle lane last May was an accident. Valk was struck by a delivery van that turned right across the "
        "lane at a junction. The coroner, Marianne de Bruyn, found that the van driver had checked his mirror "
        "but could not have seen the cyclist because of a blind spot. She also criticised the design of the "
        "junction, where the lane's markings had faded, and said she would write to the city council "
        "recommending changes. The council said it had repainted the markings in July and was reviewing the "
        "layout of similar junctions. Valk's family said they hoped no other family would have to go through "
        "the same loss.",
        "A coroner in Dornholm has ruled that Pieter Valk, a 34-year-old cyclist killed on the Havenweg bike "
        "lane last May, died as the result of an accident. He was hit by a delivery van turning right over "
        "the lane at a junction. Coroner Marianne de Bruyn concluded that the driver had looked in his mirror "
        "but, owing to a blind spot, could not have seen Valk. She was also critical of the layout of the "
        "junction, where the markings on the lane had worn away, and said she would write to the city council "
        "to recommend alterations. The council said it had resurfaced the entire junction in July and was "
        "examining the design of comparable junctions. The van driver was fined for careless driving. Valk's "
        "relatives said they hoped no other family would suffer such a loss.",
        errors=[
            err("resurfaced the entire junction", "event", "major", "repainted the markings"),
            err("The van driver was fined for careless driving.", "addition", "major"),
        ],
        traps=[
            trap("the markings on the lane had worn away", "the lane's markings had faded"),
            trap("owing to a blind spot", "because of a blind spot"),
        ],
    ),
    # 40: entity
    case(
        "volunteer library takeover", "translation", "inconsistent",
        "From 1 January, the library in the district of Oberwald will be run by volunteers, the district "
        "council decided on Tuesday. The association 'Friends of the Oberwald Library', which has around 45 "
        "members, will take over the operation; the council will continue to pay the rent and utility costs "
        "of about 38,000 euros a year. The two employed librarians will be transferred to the central library "
        "in Eschenried. Opening hours will initially be reduced from 30 to 20 hours per week. Association "
        "chairman Heinrich Maul said the aim was to restore the previous hours within a year. The librarians' "
        "union criticised the decision, arguing that volunteers could not replace trained staff.",
        "The Oberwald district library is to be handed over to volunteers on 1 January, following a decision "
        "by the district council on Tuesday. Operation will pass to the roughly 45-member association "
        "'Friends of the Oberwald Library', while the council goes on covering rent and utilities of around "
        "€38,000 annually. Both salaried librarians are being moved to the main library in Oberwald. To begin "
        "with, the library will be open for 20 hours a week rather than 30. The aim, said the association's "
        "chairman Heinrich Maul, is to return to the old opening hours within twelve months. The union "
        "representing librarians criticised the move, saying trained staff could not be replaced by "
        "volunteers.",
        errors=[
            err("Oberwald", "entity", "major", "Eschenried", occ=2),
        ],
        traps=[
            trap("around €38,000 annually", "about 38,000 euros a year"),
            trap("open for 20 hours a week rather than 30", "reduced from 30 to 20 hours per week"),
            trap("within twelve months", "within a year"),
        ],
    ),
]
