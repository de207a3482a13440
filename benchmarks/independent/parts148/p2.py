"""Cases 11-20 of set148 (hand-written; all names invented)."""
from ._helpers import E, OM, T, case

CASES = [
    # 11
    case(
        "telescope mirror delivery", "summary", "inconsistent",
        "The primary mirror for the Kestrel Ridge Observatory's new telescope arrived at the site on Tuesday after a 2,300-kilometre journey by road from the factory in Lindqvist, the observatory said. The 6.5-metre mirror, which took four years to cast and polish, was transported in a climate-controlled container at no more than 30 kilometres per hour. Project director Dr Naomi Feld said the mirror had been inspected on arrival and showed no damage. It will now be coated with aluminium before being installed in the telescope later this year. The telescope, which cost 210 million dollars, is expected to begin scientific observations in 2026. Police escorted the convoy through several towns, and some roads were closed overnight to let it pass.",
        "After a 2,300 km road trip from its factory in Lindqvist, the 6.5-metre primary mirror for Kestrel Ridge Observatory's new telescope reached the site undamaged on Tuesday and has been coated with aluminium. It will be installed in the telescope later this year. The $210m telescope should start scientific observations in 2026.",
        errors=[
            E("has been coated with aluminium", "event", "major", "It will now be coated with aluminium"),
        ],
        traps=[
            T("2,300 km road trip", "2,300-kilometre journey by road"),
            T("$210m", "210 million dollars"),
            T("should start scientific observations in 2026", "is expected to begin scientific observations in 2026"),
        ],
    ),
    # 12
    case(
        "rent freeze law", "rewrite", "consistent",
        "Lawmakers in the state of Corvallen passed a law on Thursday freezing residential rents for two years, in a vote of 54 to 41. The freeze applies to around 380,000 private rental homes but excludes properties built after 2020, which the government says is intended to avoid discouraging new construction. Housing minister Elena Vasquez-Hart said average rents in the state had risen by 18 per cent in three years. Landlords who raise rents during the freeze will face penalties of up to 20,000 dollars. The Corvallen Property Owners' Association said it would challenge the law in court, arguing it was unconstitutional. The law takes effect on 1 July.",
        "A two-year freeze on residential rents was approved by Corvallen's state legislature on Thursday by 54 votes to 41. Roughly 380,000 privately rented homes are covered, but properties built after 2020 are exempt, a carve-out the government says is meant to avoid deterring new building. Average rents across the state have climbed 18 per cent over the past three years, according to housing minister Elena Vasquez-Hart. Any landlord who increases rent while the freeze is in force can be fined as much as $20,000. Arguing that the measure is unconstitutional, the Corvallen Property Owners' Association plans to challenge it in court. The law comes into force on 1 July.",
        traps=[
            T("by 54 votes to 41", "in a vote of 54 to 41"),
            T("Roughly 380,000 privately rented homes are covered", "applies to around 380,000 private rental homes"),
            T("climbed 18 per cent over the past three years", "risen by 18 per cent in three years"),
            T("can be fined as much as $20,000", "will face penalties of up to 20,000 dollars"),
            T("comes into force on 1 July", "takes effect on 1 July"),
        ],
    ),
    # 13
    case(
        "steel plant rescue", "rewrite", "inconsistent",
        "The Halvern steelworks, which employs 2,100 people, has been saved from closure after the Indian-owned Tarapore Metals group agreed to buy it from the administrators of Brightwater Industries, officials said on Monday. Tarapore will pay 145 million pounds for the plant and has promised to keep at least 1,800 jobs for five years. Brightwater went into administration in January with debts of about 600 million pounds. The government will provide a loan of 80 million pounds to help convert one of the plant's two blast furnaces to a cleaner electric arc furnace. Union leader Gareth Pryce said the deal was 'a lifeline for the town' but that the loss of up to 300 jobs was still painful. The sale is expected to be completed by the end of March.",
        "Officials said on Monday that the Halvern steelworks, where 2,100 people work, would not close after Brightwater Industries agreed to buy it from the administrators of the Indian-owned Tarapore Metals group. The buyer will pay \u00a3145m and has pledged to retain no fewer than 1,800 jobs for five years. The seller went into administration in January, owing roughly \u00a3600m. An \u00a380m government loan will help convert one of the site's two blast furnaces into a cleaner electric arc furnace. Gareth Pryce, a union leader, called the deal 'a lifeline for the town', while saying that losing as many as 300 jobs still hurt. Completion of the sale is expected by the end of March.",
        errors=[
            E("Brightwater Industries agreed to buy it from the administrators of the Indian-owned Tarapore Metals group", "role", "critical",
              "Tarapore Metals group agreed to buy it from the administrators of Brightwater Industries"),
        ],
        traps=[
            T("retain no fewer than 1,800 jobs", "keep at least 1,800 jobs"),
            T("owing roughly \u00a3600m", "with debts of about 600 million pounds"),
            T("as many as 300 jobs", "up to 300 jobs"),
        ],
    ),
    # 14
    case(
        "public broadcaster funding", "translation", "consistent",
        "The government will cut the budget of the public broadcaster NRV by 8 per cent over the next three years, Culture Minister Ingrid Solhaug announced on Tuesday. The broadcaster currently receives about 4.5 billion kroner a year from the state. According to the minister, the savings are needed to finance higher spending on defence and health care. NRV's director general, Paal Enger, said the cuts would probably lead to the closure of at least one radio channel and fewer regional news programmes, but that no decision had yet been taken. The journalists' union described the plan as 'an attack on independent journalism'. Parliament is due to vote on the budget in December, and two of the governing coalition's partners have said they want changes.",
        "Public broadcaster NRV will see its budget reduced by 8% over three years, the culture minister, Ingrid Solhaug, said on Tuesday. At present the state gives the broadcaster roughly 4.5 billion kroner annually. The minister explained that the money saved is needed to pay for increased defence and health spending. Paal Enger, who heads NRV, said at least one radio channel would likely have to shut and there would be fewer regional news programmes, although nothing had been decided so far. The union representing journalists called the plan 'an attack on independent journalism'. A parliamentary vote on the budget is scheduled for December; two parties in the governing coalition have asked for changes.",
        traps=[
            T("8%", "8 per cent"),
            T("roughly 4.5 billion kroner annually", "about 4.5 billion kroner a year"),
            T("Paal Enger, who heads NRV", "NRV's director general, Paal Enger"),
            T("at least one radio channel would likely have to shut", "would probably lead to the closure of at least one radio channel"),
            T("nothing had been decided so far", "no decision had yet been taken"),
        ],
    ),
    # 15
    case(
        "rooftop farm opening", "summary", "consistent",
        "A 3,000-square-metre farm on the roof of a former car park in the city of Branfield opened to the public on Saturday. The farm, run by the social enterprise GreenLevel, will grow salad leaves, herbs and tomatoes, and expects to harvest around 15 tonnes of produce a year. Half of the harvest will be sold to local restaurants and the rest donated to food banks. The project cost 1.1 million pounds, of which 700,000 pounds came from the city council and the remainder from private donors. GreenLevel's founder, Marcus Adeyemi, said the farm would employ eight people, including four apprentices. The roof had to be reinforced before soil could be laid. Guided tours will be available on the first Sunday of every month.",
        "Branfield's new 3,000 m\u00b2 rooftop farm, built on a former car park and run by social enterprise GreenLevel, opened on Saturday. It expects to harvest about 15 tonnes of salad leaves, herbs and tomatoes a year, selling 50% to local restaurants and donating the rest to food banks. The council provided \u00a3700,000 of the \u00a31.1m cost; private donors gave the rest.",
        traps=[
            T("3,000 m\u00b2", "3,000-square-metre"),
            T("selling 50% to local restaurants", "Half of the harvest will be sold to local restaurants"),
            T("The council provided \u00a3700,000 of the \u00a31.1m cost", "The project cost 1.1 million pounds, of which 700,000 pounds came from the city council"),
            T("private donors gave the rest", "the remainder from private donors"),
        ],
    ),
    # 16
    case(
        "noise complaint ruling", "rewrite", "inconsistent",
        "A court in Wexley has ordered a music venue, the Copper Lantern, to limit noise to 65 decibels after 11pm following complaints from neighbours. Judge Harriet Osei ruled on Friday that the venue had caused a 'substantial nuisance' to residents of the flats opposite, but rejected their request to close it down. She said the venue would not be required to shorten its opening hours. It must, however, install sound insulation within six months and pay 12,000 pounds towards the residents' legal costs. Owner Callum Reid said he was relieved the venue could stay open and would comply with the ruling. Residents' spokesperson Janet Okafor said the group was disappointed but would monitor noise levels closely. The Copper Lantern has operated on the site since 1998.",
        "Following complaints from neighbours, a Wexley court has ordered the Copper Lantern music venue to cap noise at 65 decibels after 11pm. On Friday, Judge Harriet Osei found that the venue had caused a 'substantial nuisance' to people living in the flats across the road, though she turned down their bid to have it shut. The venue, which holds up to 400 people, will also be required to shorten its opening hours, and it has six months to fit sound insulation and must contribute \u00a312,000 to the residents' legal costs. Owner Callum Reid said he was relieved that the venue could remain open and that he would abide by the ruling. Janet Okafor, speaking for the residents, said they were disappointed but would keep a close eye on noise levels. The Copper Lantern has been on the site since 1998.",
        errors=[
            E("which holds up to 400 people", "addition", "minor", None),
            E("will also be required to shorten its opening hours", "polarity", "major",
              "would not be required to shorten its opening hours"),
        ],
        traps=[
            T("cap noise at 65 decibels", "limit noise to 65 decibels"),
            T("turned down their bid to have it shut", "rejected their request to close it down"),
            T("keep a close eye on noise levels", "monitor noise levels closely"),
        ],
    ),
    # 17
    case(
        "shopping centre demolition", "translation", "inconsistent",
        "Demolition of the Parkhof shopping centre in the city of Grevenau will begin in March, the city administration announced on Wednesday. The centre, which opened in 1974, has been largely empty since its last major tenant, a department store, closed three years ago. In its place, 420 apartments, a primary school and a park are to be built, of which a third of the apartments will be offered at reduced rents. Demolition is expected to take about 14 months and cost 9 million euros. City planning head Renate Voss said the remaining eleven shops would receive help to relocate. Residents had previously rejected a plan to convert the building into offices in a local referendum in 2021. The first apartments should be ready by 2028.",
        "Work to tear down the Parkhof shopping centre in Grevenau will start in March, city officials said on Wednesday. Opened in 1974, the centre has stood mostly vacant since its last big tenant, a department store, shut its doors three years ago. It will be replaced by 420 flats, a primary school and a park, with a quarter of the flats to be let at reduced rents. The demolition should last roughly 14 months and cost 9 million euros. The eleven shops still trading there will receive support in moving elsewhere, support in moving elsewhere, according to Renate Voss, who heads city planning. In a 2021 local referendum, residents had already voted down a proposal to turn the building into offices. The first flats are expected to be ready by 2028.",
        errors=[
            E("a quarter", "number", "major", "a third"),
            E("support in moving elsewhere", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("shut its doors three years ago", "closed three years ago"),
            T("should last roughly 14 months", "is expected to take about 14 months"),
            T("voted down a proposal to turn the building into offices", "rejected a plan to convert the building into offices"),
        ],
    ),
    # 18
    case(
        "particle collider upgrade", "rewrite", "consistent",
        "The Aldmoor National Laboratory will shut down its particle collider for 18 months from January to carry out an upgrade costing 340 million dollars, the laboratory said on Thursday. The work will increase the machine's collision rate roughly fivefold, allowing physicists to study rare particle decays in greater detail. Around 1,200 scientists from 30 countries use the facility. Laboratory director Professor Yusuf Hallam said the upgrade had been delayed by two years because of supply problems with superconducting magnets. Two-thirds of the cost will be met by the national government and the rest by international partners. The collider is expected to restart in mid-2026, with the first results from the upgraded machine likely to be published in 2027.",
        "Aldmoor National Laboratory said on Thursday that its particle collider would be switched off for a year and a half from January for a $340m upgrade. The work will boost the machine's collision rate by a factor of about five, giving physicists a closer look at rare particle decays. The facility is used by some 1,200 scientists from 30 nations. Professor Yusuf Hallam, the laboratory's director, said supply difficulties with superconducting magnets had set the upgrade back by two years. The national government will pay for 67% of the cost, with international partners covering the remainder. A restart is expected in the middle of 2026, and the first results from the upgraded collider will probably be published in 2027.",
        traps=[
            T("for a year and a half", "for 18 months"),
            T("$340m", "340 million dollars"),
            T("by a factor of about five", "roughly fivefold"),
            T("67% of the cost", "Two-thirds of the cost"),
            T("will probably be published in 2027", "likely to be published in 2027"),
        ],
    ),
    # 19
    case(
        "coffee shop union vote", "rewrite", "inconsistent",
        "Workers at 14 branches of the coffee chain Bean & Bramble in the city of Orland have voted to join a trade union, the Hospitality Workers' Alliance said on Sunday. Of the 310 eligible staff, 228 took part in the ballot, and 71 per cent of those voted in favour. The union said it would now seek talks on pay, which starts at 11.20 dollars an hour, and on scheduling. Bean & Bramble, which has 60 branches nationwide, said it respected the outcome and did not plan to challenge it. The company's chief executive, Lorna Whitcombe, had previously urged staff to vote against unionising. Organiser Dev Malhotra said workers at a further six branches had asked for ballots.",
        "Staff at 14 Bean & Bramble coffee shops in Orland have voted to unionise, according to the Hospitality Workers' Alliance, which announced the result on Sunday. Of 310 eligible employees, 228 cast a ballot, and 71 per cent of them, some 190 workers, voted yes. The union now plans to seek negotiations over scheduling and over pay, which currently begins at $11.20 an hour. The chain, which operates 60 branches across the country, said it respected the result and had no plans to contest it. Before the vote, chief executive Lorna Whitcombe had urged staff to back unionising. According to organiser Dev Malhotra, employees at six more branches have requested ballots.",
        errors=[
            E("some 190 workers", "number", "minor", "71 per cent of those voted in favour"),
            E("urged staff to back unionising", "polarity", "major", "urged staff to vote against unionising"),
        ],
        traps=[
            T("60 branches across the country", "60 branches nationwide"),
            T("had no plans to contest it", "did not plan to challenge it"),
            T("six more branches", "a further six branches"),
        ],
    ),
    # 20
    case(
        "seal cull", "summary", "consistent",
        "The fisheries ministry of the Farrow Islands has authorised the culling of up to 1,500 grey seals this year, arguing that the growing seal population is damaging local fish stocks. The decision, announced on Monday, follows pressure from fishing cooperatives, who say seals eat as much as 30 per cent of the cod caught in coastal nets. Fisheries minister Aksel Brandt said the cull would be carried out by licensed marksmen and monitored by vets. Animal welfare groups condemned the move, and the Northern Marine Trust said scientific evidence linking seals to falling cod numbers was weak. The islands' seal population is estimated at about 25,000, up from 9,000 in 2000. A previous cull was halted in 2015 after protests.",
        "Under pressure from fishing cooperatives, the Farrow Islands have approved a cull of as many as 1,500 grey seals this year, saying the animals, now an estimated 25,000, are damaging fish stocks. Licensed marksmen will carry out the cull under veterinary supervision. Welfare groups oppose it, and the Northern Marine Trust says the evidence blaming seals for declining cod is weak.",
        traps=[
            T("as many as 1,500 grey seals", "up to 1,500 grey seals"),
            T("under veterinary supervision", "monitored by vets"),
            T("Welfare groups oppose it", "Animal welfare groups condemned the move"),
            T("the evidence blaming seals for declining cod is weak", "scientific evidence linking seals to falling cod numbers was weak"),
        ],
    ),
]
