"""Translation pairs (5 consistent, 5 inconsistent): two independent English
translations of the same (imagined) non-English news story."""
from ._helpers import E, T, case

CASES = [
    case(
        "orphanage records release", "translation", "consistent",
        "The Santa Luzia orphanage archive, which holds the files of some 4,800 children who "
        "passed through the institution between 1931 and 1979, will be opened to former "
        "residents and their descendants from 15 September, the Diocese of Alvorada announced "
        "on Tuesday. Until now, access had been restricted to judicial requests. Interested "
        "persons will be able to request copies of their files free of charge through a form on "
        "the diocese's website or in person at the parish office. Bishop Augusto Meireles "
        "stated that the decision responds to 'a debt of truth' towards those who lived in the "
        "orphanage. Files of people who are still alive will only be shown to the individuals "
        "themselves.",
        "On Tuesday, the Alvorada diocese announced that starting 15 September, former "
        "residents of the Santa Luzia orphanage and their descendants will be given access to "
        "its archive, which contains the records of about 4,800 children who lived there "
        "between 1931 and 1979. Up to now, the files could only be consulted at the request of "
        "a court. Copies can be requested at no cost, either online via a form on the diocese "
        "website or by visiting the parish office. According to Bishop Augusto Meireles, the "
        "measure answers 'a debt of truth' owed to the orphanage's former children. The records "
        "of living persons will be released exclusively to the persons concerned.",
        traps=[
            T("about 4,800 children", "some 4,800 children"),
            T("the files could only be consulted at the request of a court",
              "access had been restricted to judicial requests"),
            T("at no cost", "free of charge"),
            T("will be released exclusively to the persons concerned",
              "will only be shown to the individuals themselves"),
        ]),

    case(
        "mountain road reopening", "translation", "consistent",
        "The provincial road to the Passo Vallera will reopen to traffic on Friday at 10am, "
        "after eight months of closure caused by a landslide last October, the Province of "
        "Serrano communicated. The works, costing 3.2 million euros, included the construction "
        "of a 140-metre retaining wall and the installation of rockfall netting over two "
        "kilometres. Until the end of the month, transit will be allowed only to vehicles under "
        "7.5 tonnes. The president of the province, Marta Giacobbe, thanked the inhabitants of "
        "the upper valley for their patience, recalling that during the closure the villages of "
        "Pieve and Casalta could only be reached by a detour of 45 kilometres.",
        "Traffic will again be able to use the provincial road over the Vallera Pass from 10 in "
        "the morning on Friday, the Serrano provincial authorities said, ending an eight-month "
        "closure that followed a landslide last October. The €3.2 million project involved "
        "building a retaining wall 140 metres long and fitting two kilometres of rockfall "
        "netting. For the rest of the month only vehicles weighing less than 7.5 tonnes will be "
        "permitted. Provincial president Marta Giacobbe thanked upper-valley residents for "
        "their patience, noting that while the road was shut, Pieve and Casalta were accessible "
        "only via a 45-kilometre detour.",
        traps=[
            T("from 10 in the morning on Friday", "on Friday at 10am"),
            T("a retaining wall 140 metres long", "a 140-metre retaining wall"),
            T("weighing less than 7.5 tonnes", "under 7.5 tonnes"),
            T("a 45-kilometre detour", "a detour of 45 kilometres"),
        ]),

    case(
        "courtroom television ban", "translation", "consistent",
        "The Supreme Court of the province of Arcadia has prohibited television cameras from "
        "entering courtrooms during criminal trials, with immediate effect, according to a "
        "resolution published on Monday. The measure responds to complaints from victims' "
        "associations, who argued that broadcasting testimony exposed witnesses to harassment. "
        "Journalists will be able to continue attending hearings and taking notes, and the court "
        "will distribute still photographs of the opening session of each trial. The "
        "Association of Journalists of Arcadia described the decision as 'a step backwards for "
        "transparency' and announced that it will challenge it. The ban does not affect civil "
        "cases or the reading of sentences, which may continue to be broadcast.",
        "Under a ruling published on Monday, the Arcadia provincial Supreme Court has barred "
        "television cameras from courtrooms in criminal trials, effective immediately. The "
        "decision follows complaints by associations of victims, which said that televised "
        "testimony left witnesses open to harassment. Reporters may still attend hearings and "
        "take notes, and the court will hand out still photos from the first session of every "
        "trial. Calling the move 'a step backwards for transparency', the Arcadia journalists' "
        "association said it would contest it. Civil cases and the reading of judgments are not "
        "covered by the ban and can still be broadcast.",
        traps=[
            T("effective immediately", "with immediate effect"),
            T("televised testimony left witnesses open to harassment",
              "broadcasting testimony exposed witnesses to harassment"),
            T("still photos from the first session of every trial",
              "still photographs of the opening session of each trial"),
            T("said it would contest it", "announced that it will challenge it"),
            T("the reading of judgments", "the reading of sentences"),
        ]),

    case(
        "skate park planning row", "translation", "consistent",
        "The planned skate park in the Lindenau district of Hollberg will not be built at the "
        "originally foreseen location beside the Rosen primary school, the city administration "
        "announced on Wednesday. After objections from around 200 residents, who feared noise "
        "in the evening hours, the facility will now be constructed on a former car park near "
        "the railway station. The costs rise by about 90,000 euros to 640,000 euros because the "
        "new site must first be unsealed. City councillor Jannik Oelze of the Green Party, who "
        "had supported the original plan, spoke of 'a reasonable compromise'. Construction is "
        "to begin in spring; the opening is planned for autumn of next year.",
        "Hollberg's city administration said on Wednesday that the skate park planned for the "
        "Lindenau district will not, as first intended, be built next to Rosen primary school. "
        "Following objections by some 200 local residents who were worried about noise in the "
        "evenings, it will instead go on a disused car park close to the railway station. "
        "Because the asphalt at the new site has to be removed first, the cost is going up by "
        "roughly 90,000 euros to a total of 640,000. Green councillor Jannik Oelze, a supporter "
        "of the original plan, called it 'a sensible compromise'. Work is scheduled to start in "
        "the spring, with the park due to open in the autumn of next year.",
        traps=[
            T("some 200 local residents", "around 200 residents"),
            T("the cost is going up by roughly 90,000 euros to a total of 640,000",
              "The costs rise by about 90,000 euros to 640,000 euros"),
            T("a supporter of the original plan", "who had supported the original plan"),
            T("'a sensible compromise'", "'a reasonable compromise'"),
        ]),

    case(
        "knitting cooperative export", "translation", "consistent",
        "The Warmi Maki knitting cooperative, which brings together 230 women artisans from "
        "communities around Lake Suyana, has signed its first export contract, to supply 12,000 "
        "alpaca wool sweaters to a Japanese distributor over the next two years. The "
        "cooperative's president, Rosa Quispe Mamani, explained that each garment requires "
        "between four and six days of hand work and that the price agreed is almost double "
        "what intermediaries paid in local markets. To meet the order, the cooperative will "
        "incorporate 40 new members and build a storage centre with support from the "
        "municipality. The first shipment, of 1,500 units, is scheduled to leave in March.",
        "Warmi Maki, a knitting cooperative of 230 women craftworkers from the communities "
        "around Lake Suyana, has secured its first export deal: over the coming two years it "
        "will deliver 12,000 alpaca-wool sweaters to a distributor in Japan. Each piece takes "
        "four to six days of knitting by hand, said cooperative president Rosa Quispe Mamani, "
        "adding that the agreed price is nearly twice what middlemen paid at local markets. The "
        "cooperative will take on 40 additional members to fulfil the order and, with the "
        "municipality's help, will put up a storage centre. A first consignment of 1,500 "
        "sweaters is due to be shipped in March.",
        traps=[
            T("a distributor in Japan", "a Japanese distributor"),
            T("four to six days of knitting by hand", "between four and six days of hand work"),
            T("nearly twice", "almost double"),
            T("take on 40 additional members", "incorporate 40 new members"),
        ]),

    case(
        "mussel harvest ban", "translation", "inconsistent",
        "Acting on a recommendation from the regional health agency, the prefecture of the "
        "Morvaille department has banned the harvesting and sale of mussels from the bay of "
        "Saint-Aurel for at least three weeks, after analyses detected a toxic alga at four "
        "times the sanitary threshold. The measure, which took effect on Thursday, affects some "
        "35 shellfish farms. Samples will be repeated every week, and the ban can only be lifted "
        "after two consecutive negative results. The president of the local shellfish farmers' "
        "committee, Yannick Le Goff, estimated losses at 400,000 euros and asked the State for "
        "emergency aid. Mussels already on sale were harvested before the contamination and "
        "present no risk, the prefecture said.",
        "On the advice of the Morvaille prefecture, the regional health agency has prohibited "
        "the collection and sale of mussels from Saint-Aurel bay for a minimum of three weeks, "
        "after tests found a toxic alga at four times the permitted health limit. Around 35 "
        "shellfish farms are affected by the ban, in force since Thursday. Testing will take "
        "place weekly, and the ban can be lifted only once two negative results in a row have "
        "been recorded. Yannick Le Goff, who chairs the local committee of shellfish farmers, "
        "put the losses at 40,000 euros and called on the State for emergency assistance. "
        "According to the prefecture, mussels currently on sale were gathered before the "
        "contamination and are safe.",
        errors=[
            E("On the advice of the Morvaille prefecture, the regional health agency", "role",
              "major",
              "Acting on a recommendation from the regional health agency, the prefecture of "
              "the Morvaille department"),
            E("40,000 euros", "number", "major", "400,000 euros"),
        ],
        traps=[
            T("for a minimum of three weeks", "for at least three weeks"),
            T("four times the permitted health limit", "four times the sanitary threshold"),
            T("two negative results in a row", "two consecutive negative results"),
        ]),

    case(
        "dog licence fees", "translation", "inconsistent",
        "The municipality of Veldhoven-Noord will raise the annual dog tax from 84 to 112 euros "
        "per dog from January, the municipal council decided on Thursday evening by 19 votes to "
        "12. For a second dog the tax rises to 150 euros. Owners of assistance dogs remain "
        "exempt. Alderman Pieter van Dam said the additional income, estimated at 210,000 euros "
        "a year, will be used for more dog-walking areas and extra waste bins. Opposition party "
        "Lokaal Belang called the increase 'a tax on loneliness', because many elderly "
        "residents keep a dog for company. About 5,600 dogs are registered in the municipality.",
        "From January, dog owners in Veldhoven-Noord will pay 112 euros a year per dog instead "
        "of 84, after the municipal council voted 19 to 12 in favour on Thursday evening. The "
        "tax for a second dog goes up to 150 euros. Assistance dogs remain exempt. According to "
        "alderman Pieter van Dam, the extra revenue, estimated at 210,000 euros a year, will pay "
        "for more dog-walking areas and additional waste bins, more dog-walking areas and "
        "additional waste bins. The opposition party Lokaal Belang described the increase as 'a "
        "tax on loneliness', since many older residents keep a dog as a companion. Some 5,600 "
        "dogs are registered in the municipality.",
        errors=[
            E("more dog-walking areas and additional waste bins", "repetition", "minor", occ=1),
        ],
        traps=[
            T("112 euros a year per dog instead of 84", "from 84 to 112 euros per dog"),
            T("voted 19 to 12 in favour", "by 19 votes to 12"),
            T("as a companion", "for company"),
        ]),

    case(
        "electricity price cap", "translation", "inconsistent",
        "The government of Terevia will extend the cap on household electricity prices until "
        "the end of June next year, the Ministry of Energy announced on Monday. Under the cap, "
        "households pay no more than 0.41 crowns per kilowatt-hour for consumption up to 2,000 "
        "kWh a year; above that limit, market prices apply. The measure was originally due to "
        "expire in December. Energy minister Tomas Varga said the extension would cost the "
        "budget about 1.1 billion crowns, which would be partly financed by a levy on the "
        "profits of power producers. Small businesses will not be covered by the extension, "
        "contrary to the demands of employers' organisations.",
        "Terevia's Ministry of Energy said on Monday that the ceiling on electricity prices for "
        "households will remain in place until the end of next June. Households will continue to "
        "pay at most 0.41 crowns per kWh, roughly half the current market rate, on the first "
        "2,000 kWh they use each year, with market prices charged beyond that. The cap had "
        "initially been set to end in December. According to energy minister Tomas Varga, the "
        "extension will cost the state budget around 1.1 billion crowns, to be covered in part "
        "by a levy on power producers' profits. In line with what employers' organisations had "
        "demanded, the extension will also apply to small businesses.",
        errors=[
            E("roughly half the current market rate", "addition", "minor"),
            E("In line with what employers' organisations had demanded, the extension will also "
              "apply to small businesses", "polarity", "major",
              "Small businesses will not be covered by the extension, contrary to the demands "
              "of employers' organisations"),
        ],
        traps=[
            T("pay at most 0.41 crowns per kWh", "pay no more than 0.41 crowns per kilowatt-hour"),
            T("had initially been set to end in December", "was originally due to expire in December"),
            T("to be covered in part by", "which would be partly financed by"),
        ]),

    case(
        "kayak rescue", "translation", "inconsistent",
        "Two kayakers were rescued on Sunday afternoon after capsizing in strong winds in the "
        "Lyngsund strait, the Joint Rescue Coordination Centre reported. The men, aged 34 and "
        "41, had been in the water for about 40 minutes when a fishing boat, the Havbris, "
        "spotted them and alerted the rescue centre. A rescue helicopter from Bodvik lifted them "
        "from the sea and flew them to the hospital in Tromsal, where they were treated for "
        "hypothermia. Both were wearing life jackets, which police said probably saved their "
        "lives. The wind in the area reached 15 metres per second at the time, and a weather "
        "warning had been issued in the morning.",
        "On Sunday afternoon two kayakers were saved after they capsized in high winds in the "
        "Lyngsund strait, according to the Joint Rescue Coordination Centre. The two men, 34 and "
        "41 years old, had spent roughly 40 minutes in the water when the crew of the fishing "
        "vessel Havbris pulled them aboard and raised the alarm with the rescue centre. A rescue "
        "helicopter from Bodvik then picked them up and took them to the hospital in Bodvik, "
        "where they received treatment for hypothermia. Police said that the life jackets both "
        "men wore had probably saved their lives. Winds in the area were blowing at 15 metres "
        "per second at the time, and a weather warning had been in place since the morning.",
        errors=[
            E("pulled them aboard", "event", "major", "spotted them"),
            E("the hospital in Bodvik", "entity", "minor", "the hospital in Tromsal"),
        ],
        traps=[
            T("had spent roughly 40 minutes in the water",
              "had been in the water for about 40 minutes"),
            T("received treatment for hypothermia", "were treated for hypothermia"),
        ]),

    case(
        "typewriter museum donation", "translation", "inconsistent",
        "A collector from Hradlice, Vilém Stárek, has donated 340 typewriters to the Museum of "
        "Technology in Kamenov, the museum announced on Friday. The collection, which Stárek "
        "assembled over 50 years, includes machines from 1890 to 1985, among them a rare "
        "prototype made in the Dubrava workshops. The museum plans to display about 60 of the "
        "typewriters in a permanent exhibition that could open next year, depending on the "
        "outcome of a grant application. The rest will be stored in the museum's depository and "
        "made available to researchers. Director Hana Kolářová said the museum would probably "
        "not have been able to afford the collection, whose value experts estimate at several "
        "million crowns.",
        "Vilém Stárek, a collector from Hradlice, has given 340 typewriters to the Museum of "
        "Technology in Kamenov, the museum said on Friday. Built up by Stárek over half a "
        "century, the collection spans machines made between 1890 and 1985, including a rare "
        "prototype from the Dubrava workshops. Some 60 of the machines are to go on show in a "
        "permanent exhibition that will open next year, once a grant application has been "
        "decided. The remainder will be kept in the museum's storage facility and made "
        "accessible to researchers. According to director Hana Kolářová, the museum would most "
        "likely have been unable to buy the collection, which experts value at several million "
        "crowns.",
        errors=[
            E("will open next year", "modality", "major", "could open next year"),
        ],
        traps=[
            T("over half a century", "over 50 years"),
            T("Some 60 of the machines", "about 60 of the typewriters"),
            T("would most likely have been unable to buy",
              "would probably not have been able to afford"),
        ]),
]
