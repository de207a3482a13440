"""Cases 31-40 (hand-written; all names invented)."""
from ._helpers import case, err, omit, trap

CASES = [
    # 31
    case(
        "olive harvest collapse", "translation", "consistent",
        "Olive oil production in the region of Andaraz is expected to fall by around 45% this "
        "season compared with last year, the regional farmers' cooperative said on Monday, "
        "blaming a second consecutive year of drought and an unusually hot spring that damaged the "
        "flowers. The cooperative, which represents some 9,000 growers, estimated that output "
        "would reach about 62,000 tonnes. Its president, Rafael Olmedo, said many small producers "
        "would struggle to cover their costs and called on the regional government to extend "
        "emergency aid. Retail prices for extra virgin olive oil have already risen by more than "
        "60% over the past twelve months. The regional agriculture department said it was "
        "studying the request.",
        "The regional farmers' cooperative in Andaraz said on Monday that this season's olive oil "
        "output will probably be roughly 45 percent lower than last year's. It blamed a second "
        "straight year of drought and an exceptionally hot spring that harmed the blossom. The "
        "cooperative, representing around 9,000 growers, puts expected production at about 62,000 "
        "tonnes. Rafael Olmedo, who chairs it, warned that many small producers would find it hard "
        "to cover their costs, and he asked the regional government to prolong emergency "
        "assistance. In the shops, extra virgin olive oil already costs over 60 percent more than "
        "a year ago. The request is under consideration, according to the regional agriculture "
        "department.",
        traps=[
            trap("will probably be roughly 45 percent lower than last year's",
                 "is expected to fall by around 45% this season compared with last year"),
            trap("second straight year", "second consecutive year"),
            trap("Rafael Olmedo, who chairs it", "Its president, Rafael Olmedo"),
            trap("already costs over 60 percent more than a year ago",
                 "have already risen by more than 60% over the past twelve months"),
            trap("The request is under consideration", "it was studying the request"),
        ],
    ),
    # 32
    case(
        "trade deal signing", "rewrite", "consistent",
        "Ministers from Eastmarch and the Republic of Solvania signed a free trade agreement in the "
        "capital, Kestrel City, on Friday after four years of negotiations. The deal will remove "
        "tariffs on 97% of goods traded between the two countries over a period of seven years, "
        "starting with machinery and chemicals. Agricultural products, including beef and sugar, "
        "are largely excluded. Trade Minister Helen Achterberg said the agreement could increase "
        "bilateral trade, currently worth about $14bn a year, by up to a quarter. The treaty must "
        "now be ratified by both parliaments, a process officials expect to take around 18 months. "
        "Farmers' groups in Solvania have protested against the deal, fearing competition from "
        "cheaper imports.",
        "After four years of talks, ministers from Eastmarch and the Republic of Solvania signed a "
        "free trade agreement in the capital, Kestrel City, on Friday. Tariffs on 97% of the goods "
        "the two countries trade with each other will be phased out over seven years, beginning "
        "with machinery and chemicals, while farm products such as beef and sugar are mostly left "
        "out. The deal could lift two-way trade, now worth roughly $14bn annually, by as much as "
        "25%, Trade Minister Helen Achterberg said. Both parliaments must now ratify the treaty, "
        "a process officials expect to take about a year and a half. In Solvania, farmers' groups have "
        "protested against the agreement because they fear competition from cheaper imports.",
        traps=[
            trap("After four years of talks", "after four years of negotiations"),
            trap("will be phased out over seven years", "over a period of seven years"),
            trap("mostly left out", "largely excluded"),
            trap("by as much as 25%", "by up to a quarter"),
            trap("about a year and a half", "around 18 months"),
        ],
    ),
    # 33
    case(
        "gold reserves audit", "rewrite", "inconsistent",
        "An independent audit of the central bank's gold reserves has confirmed that all 312 "
        "tonnes recorded in its books are physically present, the Bank of Ostravia said on "
        "Thursday. The inspection, carried out over six weeks by the accountancy firm Delmont & "
        "Price, covered vaults in the capital and at a secondary site in the city of Varna Vale. "
        "Auditors checked serial numbers and weighed a sample of about 4,000 bars. Governor Lukas "
        "Hrdina said the audit had been ordered after opposition MPs questioned whether part of "
        "the reserves had been secretly pledged as collateral for foreign loans. Deputy governor "
        "Irena Maltz will present the full report to parliament next month. The gold is worth "
        "about €19bn at current prices, around 14% of the bank's total reserves.",
        "The Bank of Ostravia said on Thursday that an independent audit had confirmed that all "
        "312 tonnes of gold recorded in its books are physically present. The accountancy firm "
        "Delmont & Price spent six weeks on the inspection, which covered vaults in the capital as "
        "well as a secondary site in the city of Varna Vale. The auditors weighed a sample of "
        "roughly 4,000 bars and checked serial numbers. The audit was ordered, governor Lukas "
        "Hrdina said, after opposition MPs questioned whether some of the reserves had been "
        "secretly pledged as collateral for loans from abroad. He will present the full report to "
        "parliament next month. Valued at about €19bn at today's prices, the gold makes up around "
        "14% of the bank's total reserves.",
        errors=[
            err("He", "entity", "major", "Deputy governor Irena Maltz"),
        ],
        traps=[
            trap("roughly 4,000 bars", "about 4,000 bars"),
            trap("loans from abroad", "foreign loans"),
            trap("at today's prices", "at current prices"),
        ],
    ),
    # 34
    case(
        "beaver dam flooding", "translation", "inconsistent",
        "Beaver dams on the Lesna stream caused flooding on farmland near the village of Horní "
        "Brod for the third time this year, the regional environmental authority said on "
        "Wednesday. About 35 hectares of wheat and rapeseed were under water, and farmer Pavel "
        "Kratochvil estimated his losses at 600,000 crowns. Because the beaver is a protected "
        "species, dams can only be removed with the authority's permission. The authority has now "
        "allowed two of the five dams to be dismantled, but said the animals themselves must not "
        "be harmed or relocated. The farmers' association of the Lesna valley said the "
        "compensation offered by the state, which covers up to 80% of losses, took too long to pay "
        "out.",
        "For the third time this year, farmland close to Horní Brod has been flooded because of "
        "beaver dams on the Lesna stream, the regional environment authority reported on "
        "Wednesday. Some 35 hectares of wheat and sugar beet were submerged, and one farmer, Pavel "
        "Kratochvil, put his losses at 600,000 crowns. The beaver is a protected species, so its "
        "dams may be removed only with the permission of the authority. It has now given approval "
        "for two of the five dams to be taken down, but said the beavers themselves may not be "
        "harmed or moved elsewhere. According to the Lesna valley farmers' association, the state "
        "compensation, which covers as much as 80% of losses, is paid out too slowly.",
        errors=[
            err("sugar beet", "entity", "minor", "rapeseed"),
        ],
        traps=[
            trap("moved elsewhere", "relocated"),
            trap("as much as 80% of losses", "up to 80% of losses"),
        ],
    ),
    # 35
    case(
        "school closure snow", "rewrite", "consistent",
        "More than 180 schools across the county of Northfell were closed on Tuesday after up to "
        "25cm of snow fell overnight, the county council said. Most primary schools in upland "
        "areas will stay shut on Wednesday, but secondary schools in the main towns are expected "
        "to reopen. The council said it had sent out 46 gritting lorries since 3am, though some "
        "rural roads remained impassable. Pupils at home have been asked to complete work set "
        "online. The Met Service has issued an amber warning for further snow and ice, which is in "
        "place until 10am on Thursday. Parents are advised to check the council's website before "
        "setting off each morning.",
        "Over 180 schools in Northfell were shut on Tuesday after as much as 25cm of snow fell "
        "during the night, according to the county council. While the majority of upland primary "
        "schools will remain closed on Wednesday, secondary schools in the main towns are likely "
        "to reopen. Since 3am the council has sent out 46 gritters, though it said some rural roads "
        "were still impassable. Pupils who are at home have been asked to complete work set "
        "online. An amber warning for more snow and ice from the Met Service runs until 10am on "
        "Thursday, and parents are advised to check the council's website each morning before "
        "they set off.",
        traps=[
            trap("as much as 25cm", "up to 25cm"),
            trap("the majority of upland primary schools", "Most primary schools in upland areas"),
            trap("are likely to reopen", "are expected to reopen"),
            trap("46 gritters", "46 gritting lorries"),
            trap("runs until 10am on Thursday", "is in place until 10am on Thursday"),
        ],
    ),
    # 36
    case(
        "sheep worrying by dogs", "rewrite", "inconsistent",
        "Police in the Wraybeck area are appealing for information after 14 sheep were killed and "
        "another nine injured in a dog attack at Hollins Farm on Sunday evening. Farmer Gwen "
        "Lathom said she found the animals shortly after 7pm, about an hour after a walker was seen "
        "with two large dogs off the lead in the field. Officers said the attack was the fifth "
        "reported in the area since March. Under the law, dog owners whose pets attack livestock "
        "can be fined and the dogs may be destroyed. The National Farmers' Guild estimated that "
        "sheep worrying cost farmers in the region about £1.3m last year and urged walkers to keep "
        "dogs on leads near livestock.",
        "Fourteen sheep were killed and nine more injured when dogs attacked them at Hollins Farm "
        "on Sunday evening, and police in the Wraybeck area are now appealing for information. "
        "Gwen Lathom, the farmer, said she found the animals just after 7pm, around an hour before "
        "a walker was seen in the field with two large dogs off the lead. It was the fifth attack "
        "reported in the area since March, officers said. Owners whose dogs attack livestock can "
        "be fined under the law, and the dogs may be destroyed. The National Farmers' Guild "
        "estimated that sheep worrying cost farmers in the region some £1.3m last year, and urged "
        "walkers to keep dogs on leads near livestock.",
        errors=[
            err("around an hour before", "date", "major", "about an hour after"),
        ],
        traps=[
            trap("Fourteen sheep", "14 sheep"),
            trap("nine more injured", "another nine injured"),
        ],
    ),
    # 37
    case(
        "freedom of information refusal", "rewrite", "consistent",
        "The Ministry of Transport has refused a freedom of information request for documents "
        "relating to the cancelled Northern Link railway, arguing that releasing them would harm "
        "the formulation of government policy. The request was submitted in January by journalist "
        "Nadia Ferrand, who sought internal cost estimates and correspondence between ministers "
        "and the project's contractors. The ministry said it held 340 relevant documents but that "
        "disclosure was not in the public interest at this stage. Ferrand said she would appeal to "
        "the Information Commissioner. The project was cancelled last year after its estimated "
        "cost rose from £8bn to £19bn. Opposition MPs have accused the government of trying to "
        "hide the reasons for the decision.",
        "Journalist Nadia Ferrand's freedom of information request for documents on the scrapped "
        "Northern Link railway has been turned down by the Ministry of Transport, which argued that "
        "releasing them would damage the development of government policy. Ferrand, who lodged the "
        "request in January, had asked for internal cost estimates and for correspondence between "
        "ministers and the project's contractors. Although the ministry acknowledged holding 340 "
        "relevant documents, it said disclosure was not in the public interest for now. Ferrand "
        "said she would appeal to the Information Commissioner. The railway was cancelled last "
        "year after its estimated cost more than doubled, from £8bn to £19bn, and opposition MPs "
        "have accused the government of trying to conceal the reasons for the decision.",
        traps=[
            trap("has been turned down by the Ministry of Transport",
                 "The Ministry of Transport has refused"),
            trap("damage the development of government policy",
                 "harm the formulation of government policy"),
            trap("acknowledged holding 340 relevant documents", "said it held 340 relevant documents"),
            trap("for now", "at this stage"),
            trap("more than doubled, from £8bn to £19bn", "rose from £8bn to £19bn"),
        ],
    ),
    # 38
    case(
        "truffle price surge", "summary", "inconsistent",
        "Prices for black winter truffles at the Saint-Aurel market have reached €1,400 a "
        "kilogram, almost double last season's level, after a dry autumn sharply reduced the "
        "harvest, traders said on Saturday. Only about 80 kilograms were brought to the market's "
        "opening session, compared with more than 200 kilograms a year ago. Growers' association "
        "president Mathieu Rancel said many young truffle orchards planted in the past decade had "
        "produced nothing this year. Restaurants in the region have started removing truffle "
        "dishes from their menus or raising prices. The market's organisers said inspectors had "
        "seized 12 kilograms of cheaper Chinese truffles that were being passed off as local "
        "produce.",
        "A dry autumn has slashed the black winter truffle harvest, pushing prices at the "
        "Saint-Aurel market to €1,400 a kilo, nearly twice last season's, traders say. Just 80kg or "
        "so reached the opening session, against over 200kg a year earlier, and many young "
        "orchards were wiped out by the drought, according to growers. Inspectors also seized 12kg "
        "of Chinese truffles being sold as local.",
        errors=[
            err("were wiped out by the drought", "event", "major",
                "had produced nothing this year"),
        ],
        traps=[
            trap("nearly twice last season's", "almost double last season's level"),
            trap("Just 80kg or so", "Only about 80 kilograms"),
        ],
    ),
    # 39
    case(
        "missing hiker found", "summary", "consistent",
        "A 63-year-old hiker who had been missing for three days in the Carrow Hills has been found "
        "alive, mountain rescue teams said on Friday. The man, named by police as Desmond Fairlie "
        "from Annisford, was spotted by a coastguard helicopter crew at about 8.15am in a steep "
        "gully around two miles from the path he had planned to follow. He was suffering from "
        "hypothermia and a broken ankle and was flown to Westbridge General Hospital, where his "
        "condition was described as serious but stable. More than 70 volunteers and four search "
        "dogs had taken part in the search, which was hampered by low cloud and heavy rain. "
        "Fairlie's family thanked rescuers for 'never giving up'.",
        "Desmond Fairlie, 63, who had been missing in the Carrow Hills for 72 hours, has been "
        "found alive, rescuers said on Friday. A coastguard helicopter crew spotted him at about "
        "8.15am in a steep gully some two miles from his planned route. He was airlifted to "
        "hospital with hypothermia and a broken ankle and is in a serious but stable condition. "
        "Over 70 volunteers and four dogs had searched for him, hampered by low cloud and heavy "
        "rain.",
        traps=[
            trap("72 hours", "three days"),
            trap("rescuers said on Friday", "mountain rescue teams said on Friday"),
            trap("some two miles from his planned route",
                 "around two miles from the path he had planned to follow"),
            trap("airlifted to hospital", "was flown to Westbridge General Hospital"),
        ],
    ),
    # 40
    case(
        "loneliness minister", "translation", "inconsistent",
        "The government has appointed the country's first minister for loneliness, Prime Minister "
        "Erik Vandermeer announced on Monday. The new post will be held by Katrien Vos, 52, a "
        "former director of a national volunteering charity, who will work within the Ministry of "
        "Health. Henk Aalders, who has led the government's loneliness task force since 2021, will "
        "become her deputy. According to a national survey published last year, about one in "
        "eight adults say they feel lonely often or always, with the highest rates among people "
        "over 75 and those aged 18 to 24. Vos will have an annual budget of 35 million euros and "
        "has been asked to present a national strategy by the end of the year.",
        "Prime Minister Erik Vandermeer announced on Monday that the country now has its first "
        "minister responsible for loneliness. The position goes to Katrien Vos, aged 52, who "
        "previously headed a national volunteer organisation and will be based at the Health "
        "Ministry. Vos will be deputy to Henk Aalders, who has headed the government's loneliness "
        "task force since 2021. A national survey released last year found that about one adult "
        "in eight say they feel lonely often or always, most commonly those older than 75 and "
        "young people between 18 and 24. Vos will receive 35 million euros a year and has been "
        "tasked with presenting a national strategy by the end of the year.",
        errors=[
            err("Vos will be deputy to Henk Aalders", "role", "major",
                "Henk Aalders, who has led the government's loneliness task force since 2021, will "
                "become her deputy"),
        ],
        traps=[
            trap("will be based at the Health Ministry", "who will work within the Ministry of Health"),
            trap("about one adult in eight", "about one in eight adults"),
            trap("35 million euros a year", "an annual budget of 35 million euros"),
        ],
    ),
]
