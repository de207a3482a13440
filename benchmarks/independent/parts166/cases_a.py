"""Set 166, part A: the 20 rewrite pairs (10 consistent, 10 inconsistent).

Hand-written; all people, firms, organisations, places and figures are invented.
Span fields: text (+ occ, the 0-based occurrence in the candidate); omissions give
`after` (anchor text whose end is the insertion point) instead of text.
"""

E = dict  # readability helpers
T = dict

CASES_A = [
    # ------------------------------------------------------------ consistent
    dict(
        domain="truffle orchard trial", mode="rewrite",
        reference=(
            "A three-year trial at Hollins Brake Farm has produced the first commercially viable crop of "
            "black truffles in the county, according to the Westmarch Growers' Cooperative. The orchard, "
            "planted in 2019 with 400 hazel and oak saplings inoculated with truffle spores, yielded 11 "
            "kilograms of truffles this winter. Cooperative chair Annette Purslow said the harvest was "
            "'well beyond what we had modelled' and that members were now likely to plant a further six "
            "hectares next spring. The truffles were found with the help of two trained dogs, Pip and "
            "Marlo, borrowed from a grower in northern Italy. Buyers from four restaurants attended the "
            "first auction on 14 January, where the top lot sold for £1,150 per kilogram."
        ),
        candidate=(
            "The Westmarch Growers' Cooperative says a three-year trial at Hollins Brake Farm has delivered "
            "the county's first commercially viable black truffle crop. This winter the orchard produced "
            "11kg of truffles. It was planted in 2019, when 400 hazel and oak saplings inoculated with "
            "truffle spores went into the ground. The harvest was 'well beyond what we had modelled', "
            "according to Annette Purslow, who chairs the cooperative; she added that members would now "
            "probably plant another six hectares next spring. Two trained dogs, Pip and Marlo, on loan "
            "from a northern Italian grower, located the truffles. At the first auction on 14 January, "
            "attended by buyers from four restaurants, the best lot fetched £1,150 a kilogram."
        ),
        errors=[],
        traps=[
            T(text="11kg", ref="11 kilograms"),
            T(text="probably plant another six hectares", ref="likely to plant a further six hectares"),
            T(text="on loan from a northern Italian grower", ref="borrowed from a grower in northern Italy"),
            T(text="£1,150 a kilogram", ref="£1,150 per kilogram"),
        ],
    ),
    dict(
        domain="cave microbe antibiotics", mode="rewrite",
        reference=(
            "Researchers at the University of Carrow have isolated a bacterium from a flooded limestone "
            "cave that produces a compound able to kill two drug-resistant strains of Staphylococcus in "
            "laboratory tests. The microbe was collected in 2022 from a sediment pool 140 metres below the "
            "surface of Dunmere Cave by a team led by microbiologist Dr Ilse Varga. In a paper published "
            "on Tuesday in the journal Microbial Frontiers, the team reports that the compound showed no "
            "toxicity to human cells at the concentrations tested. Dr Varga cautioned that the work was at "
            "an early stage and that any medicine based on the compound was at least ten years away. The "
            "cave's owners, the Dunmere Trust, have agreed to restrict access to the pool while sampling "
            "continues."
        ),
        candidate=(
            "A compound made by a bacterium from a flooded limestone cave killed two drug-resistant "
            "strains of Staphylococcus in laboratory tests, according to researchers at the University of "
            "Carrow, who have isolated the microbe. A team under microbiologist Dr Ilse Varga collected it "
            "in 2022 from a sediment pool 140m beneath the surface of Dunmere Cave. Their paper, which "
            "appeared in the journal Microbial Frontiers on Tuesday, reports that at the concentrations "
            "tested the compound was not toxic to human cells. Still, Dr Varga warned, the research is in "
            "its early stages, and any medicine derived from the compound is a decade away at the very "
            "least. The Dunmere Trust, which owns the cave, has agreed to limit access to the pool while "
            "sampling goes on."
        ),
        errors=[],
        traps=[
            T(text="A team under microbiologist Dr Ilse Varga",
              ref="by a team led by microbiologist Dr Ilse Varga"),
            T(text="140m beneath the surface", ref="140 metres below the surface"),
            T(text="was not toxic to human cells", ref="showed no toxicity to human cells"),
            T(text="a decade away at the very least", ref="at least ten years away"),
        ],
    ),
    dict(
        domain="duck pond ownership claim", mode="rewrite",
        reference=(
            "A dispute over who owns the duck pond on Lower Fenwick green is to be settled by the Land "
            "Registry after a local developer lodged a claim to the site last month. Brackwater Homes says "
            "title deeds from 1931 show the pond was sold to a former owner of Fenwick Hall, whose estate "
            "the company bought in 2020. The parish council, which has maintained the pond for more than "
            "60 years, disputes the claim and has asked residents for old photographs and records. Council "
            "chairman Derek Oyelaran said the pond had 'always been treated as common land'. A hearing is "
            "not expected before the autumn. Brackwater said it had no plans to build on the pond itself."
        ),
        candidate=(
            "The Land Registry will decide who owns the duck pond on Lower Fenwick green, following a "
            "claim to the site lodged by a local developer last month. According to Brackwater Homes, "
            "title deeds dating from 1931 record the sale of the pond to a former owner of Fenwick Hall; "
            "the company acquired that estate in 2020. The parish council contests the claim. It has "
            "looked after the pond for over six decades and has appealed to residents for old records and "
            "photographs. The pond, said council chairman Derek Oyelaran, had 'always been treated as "
            "common land'. The hearing is unlikely to take place until the autumn, and Brackwater says it "
            "does not plan to build on the pond itself."
        ),
        errors=[],
        traps=[
            T(text="the company acquired that estate in 2020", ref="whose estate the company bought in 2020"),
            T(text="for over six decades", ref="for more than 60 years"),
            T(text="unlikely to take place until the autumn", ref="not expected before the autumn"),
            T(text="does not plan to build", ref="had no plans to build"),
        ],
    ),
    dict(
        domain="lyme disease signs", mode="rewrite",
        reference=(
            "Warning signs about Lyme disease will be put up at 35 entrances to Harrowden Forest before the "
            "summer, the Harrowden Park Authority announced on Monday. The decision follows 19 confirmed "
            "cases of the tick-borne infection among visitors last year, up from seven in 2022. The signs "
            "will advise walkers to keep to paths, wear long trousers and check themselves for ticks after "
            "each visit. Park ranger Colm Devereux said most bites went unnoticed because the ticks were "
            "often no bigger than a poppy seed. The authority will also hand out free tick-removal cards at "
            "its two visitor centres. Local GPs have been asked to report any new cases to the authority's "
            "health officer."
        ),
        candidate=(
            "Before the summer, signs warning of Lyme disease are to go up at 35 entrances to Harrowden "
            "Forest, the Harrowden Park Authority said on Monday. The move comes after 19 visitors were "
            "confirmed to have caught the tick-borne infection last year, compared with seven in 2022. "
            "Walkers will be advised to stay on paths, wear long trousers and check themselves for ticks "
            "after every visit. According to park ranger Colm Devereux, most bites are never noticed, "
            "since the ticks are frequently no larger than a poppy seed. Free tick-removal cards will also "
            "be handed out at both of the authority's visitor centres, and local GPs have been asked to "
            "report any new cases to its health officer."
        ),
        errors=[],
        traps=[
            T(text="compared with seven in 2022", ref="up from seven in 2022"),
            T(text="most bites are never noticed", ref="most bites went unnoticed"),
            T(text="frequently no larger than a poppy seed", ref="often no bigger than a poppy seed"),
            T(text="both of the authority's visitor centres", ref="its two visitor centres"),
        ],
    ),
    dict(
        domain="pet cemetery expansion", mode="rewrite",
        reference=(
            "Plans to double the size of Elmcote Pet Cemetery have been approved by Stanbury District "
            "Council, despite objections from 14 neighbouring households. The cemetery, which opened in "
            "1987 and holds about 3,200 graves, is expected to run out of space within two years. Owner "
            "Marguerite Bellamy will add 1.2 hectares of former grazing land to the site and plant a screen "
            "of native hedging along the boundary with Mill Lane. Councillors attached a condition banning "
            "cremation on the site. Neighbours had raised concerns about traffic on the narrow lane, but "
            "the council's highways officer said the extra visits, estimated at 20 a week, would not cause "
            "problems. Work is due to begin in March."
        ),
        candidate=(
            "Stanbury District Council has given the go-ahead for Elmcote Pet Cemetery to double in size, "
            "even though 14 nearby households objected. Opened in 1987, the cemetery contains some 3,200 "
            "graves and will probably be full within 24 months. Its owner, Marguerite Bellamy, is to extend "
            "the site by 1.2 hectares of what used to be grazing land and plant native hedging as a screen "
            "along the Mill Lane boundary. One condition imposed by councillors is that no cremation may "
            "take place on the site. Neighbours were worried about traffic on the narrow lane; however, the "
            "council's highways officer said an estimated 20 extra visits a week would cause no problems. "
            "Work is scheduled to start in March."
        ),
        errors=[],
        traps=[
            T(text="even though 14 nearby households objected",
              ref="despite objections from 14 neighbouring households"),
            T(text="some 3,200 graves", ref="about 3,200 graves"),
            T(text="will probably be full within 24 months",
              ref="is expected to run out of space within two years"),
            T(text="no cremation may take place on the site", ref="banning cremation on the site"),
        ],
    ),
    dict(
        domain="clotted cream status", mode="rewrite",
        reference=(
            "Clotted cream made in the Vale of Tamsworth has been granted protected geographical status, "
            "meaning only cream produced within the vale using local milk can be sold under the name. The "
            "application was submitted in 2021 by the Tamsworth Dairy Guild, which represents 23 producers. "
            "Under the rules, the cream must contain at least 55 per cent butterfat and be heated slowly in "
            "shallow trays. Guild secretary Rhona Kettering said the decision would protect 'a tradition "
            "older than anyone can document'. Producers outside the vale who currently use the name will "
            "have a transition period of three years to rebrand. Sales of Tamsworth clotted cream were "
            "worth an estimated £9 million last year."
        ),
        candidate=(
            "Only cream made within the Vale of Tamsworth from local milk can now be sold as Tamsworth "
            "clotted cream, after the product won protected geographical status. The Tamsworth Dairy "
            "Guild, which speaks for 23 producers, applied in 2021. The rules require a butterfat content "
            "of no less than 55% and slow heating in shallow trays. The decision would protect 'a "
            "tradition older than anyone can document', said Rhona Kettering, the guild's secretary. Makers "
            "elsewhere who now use the name will be given three years to rebrand. Last year's sales were "
            "estimated to be worth £9m."
        ),
        errors=[],
        traps=[
            T(text="which speaks for 23 producers", ref="which represents 23 producers"),
            T(text="no less than 55%", ref="at least 55 per cent"),
            T(text="Makers elsewhere who now use the name",
              ref="Producers outside the vale who currently use the name"),
            T(text="estimated to be worth £9m", ref="worth an estimated £9 million"),
        ],
    ),
    dict(
        domain="surname dna project", mode="rewrite",
        reference=(
            "A genetic genealogy project has found that most men with the rare surname Threlkeld share a "
            "single male-line ancestor who probably lived in the 14th century. The Threlkeld One-Name Study "
            "tested Y-chromosome DNA from 86 volunteers in England, Canada and Australia, and found that 71 "
            "of them belonged to the same lineage. Project coordinator Gwen Abernathy said the results "
            "supported parish records placing the family's origin near the village of Scarrow. The "
            "remaining 15 men fell into four unrelated groups, which the study suggests may have adopted "
            "the name later. The project, run entirely by volunteers, now plans to test women with the "
            "surname using a different type of DNA analysis."
        ),
        candidate=(
            "Most men called Threlkeld, a rare surname, descend in the male line from one ancestor who is "
            "likely to have lived in the 14th century, a genetic genealogy project has found. Of the 86 "
            "volunteers in England, Canada and Australia whose Y-chromosome DNA was tested by the Threlkeld "
            "One-Name Study, 71 turned out to share a single lineage. According to project coordinator Gwen "
            "Abernathy, the findings back up parish records that put the family's roots near the village of "
            "Scarrow. The other 15 men were split among four unrelated groups, and the study suggests these "
            "may have taken on the name at a later date. Next, the all-volunteer project intends to test "
            "women bearing the surname, using a different kind of DNA analysis."
        ),
        errors=[],
        traps=[
            T(text="is likely to have lived in the 14th century", ref="probably lived in the 14th century"),
            T(text="71 turned out to share a single lineage", ref="71 of them belonged to the same lineage"),
            T(text="The other 15 men", ref="The remaining 15 men"),
            T(text="the all-volunteer project", ref="run entirely by volunteers"),
        ],
    ),
    dict(
        domain="cable car wind suspension", mode="rewrite",
        reference=(
            "The Carn Dubh cable car was suspended on Saturday afternoon after gusts reached 85 kilometres "
            "per hour at the upper station, operator Highreach Lifts said. About 240 passengers were "
            "brought down by the last cabins to run before the shutdown, and no one was injured. Services "
            "are normally halted when sustained winds exceed 60 kilometres per hour. The company said the "
            "line would reopen on Sunday if forecasts of calmer conditions were confirmed by morning "
            "inspections. Walkers who had ridden to the summit were advised to use the marked path, which "
            "takes about two hours to descend. Highreach said refunds would be available to anyone whose "
            "return journey was cancelled."
        ),
        candidate=(
            "Operator Highreach Lifts halted the Carn Dubh cable car on Saturday afternoon once gusts at the "
            "upper station hit 85km/h. Roughly 240 passengers were carried down in the final cabins before "
            "the shutdown; there were no injuries. Ordinarily the service stops when sustained winds go "
            "above 60km/h. If morning inspections bear out forecasts of calmer weather, the line will reopen "
            "on Sunday, the company said. Walkers who had taken the cable car up to the summit were told to "
            "come down by the marked path, a descent of around two hours. Anyone whose return trip was "
            "cancelled can get a refund, according to Highreach."
        ),
        errors=[],
        traps=[
            T(text="85km/h", ref="85 kilometres per hour"),
            T(text="Roughly 240 passengers", ref="About 240 passengers"),
            T(text="there were no injuries", ref="no one was injured"),
            T(text="If morning inspections bear out forecasts of calmer weather",
              ref="if forecasts of calmer conditions were confirmed by morning inspections"),
            T(text="a descent of around two hours", ref="which takes about two hours to descend"),
        ],
    ),
    dict(
        domain="marbled endpapers", mode="rewrite",
        reference=(
            "A collection of more than 900 hand-marbled endpapers, removed from books during rebinding over "
            "two centuries, has been donated to the Ashgrove Library by the family of the late bookbinder "
            "Tobias Wren. The sheets, dating from about 1780 to 1960, show patterns such as 'French curl' "
            "and 'Spanish wave' produced by floating colours on a bath of thickened water. Librarian Noor "
            "Haddad said the collection was among the largest of its kind in private hands and would be "
            "catalogued over the next 18 months. A selection of 40 sheets will go on display in the "
            "library's reading room from 2 May. The family has asked that the collection be kept together "
            "and not sold."
        ),
        candidate=(
            "The family of the late bookbinder Tobias Wren has donated more than 900 hand-marbled endpapers "
            "to the Ashgrove Library. Taken out of books as they were rebound over a period of 200 years, "
            "the sheets date from roughly 1780 to 1960. Their patterns, among them 'French curl' and "
            "'Spanish wave', were made by floating colours on a bath of thickened water. Cataloguing the "
            "collection, which librarian Noor Haddad described as one of the largest of its kind in private "
            "hands, will take a year and a half. From 2 May, 40 of the sheets will be shown in the library's "
            "reading room. The family has asked for the collection to remain intact and not be sold."
        ),
        errors=[],
        traps=[
            T(text="over a period of 200 years", ref="over two centuries"),
            T(text="roughly 1780 to 1960", ref="about 1780 to 1960"),
            T(text="will take a year and a half", ref="over the next 18 months"),
            T(text="40 of the sheets will be shown", ref="A selection of 40 sheets will go on display"),
            T(text="remain intact", ref="be kept together"),
        ],
    ),
    dict(
        domain="dewpond relining", mode="rewrite",
        reference=(
            "Volunteers have begun relining a 19th-century dewpond on Crowsley Down that has been dry since "
            "a crack appeared in its clay base in 2016. The work, funded by a £38,000 grant from the "
            "Downland Heritage Fund, involves laying 60 tonnes of puddled clay over a bed of straw and lime, "
            "as the pond's original builders did. Project leader Hattie Gorringe said the pond had been an "
            "important water source for sheep and for wildlife such as great crested newts. Sheep will be "
            "used to trample the clay into a watertight layer. The pond is expected to fill naturally from "
            "rain over the winter. The Crowsley Commoners' Association will manage it once work finishes in "
            "October."
        ),
        candidate=(
            "Work to reline a 19th-century dewpond on Crowsley Down, dry since its clay base cracked in "
            "2016, has been started by volunteers. Paid for with a £38,000 Downland Heritage Fund grant, the "
            "project involves laying 60 tonnes of puddled clay on a bed of straw and lime, copying the "
            "method of those who first built the pond. Project leader Hattie Gorringe described the pond as "
            "having been an important source of water for sheep and for wildlife, great crested newts among "
            "them. Trampling by sheep will turn the clay into a watertight layer. The pond is likely to fill "
            "naturally with winter rain. Once the work is complete in October, the Crowsley Commoners' "
            "Association will take over its management."
        ),
        errors=[],
        traps=[
            T(text="dry since its clay base cracked in 2016",
              ref="has been dry since a crack appeared in its clay base in 2016"),
            T(text="Paid for with a £38,000 Downland Heritage Fund grant",
              ref="funded by a £38,000 grant from the Downland Heritage Fund"),
            T(text="Trampling by sheep", ref="Sheep will be used to trample"),
            T(text="is likely to fill naturally with winter rain",
              ref="is expected to fill naturally from rain over the winter"),
        ],
    ),
    # ---------------------------------------------------------- inconsistent
    dict(
        domain="feral parakeet flock", mode="rewrite",
        reference=(
            "A flock of feral ring-necked parakeets in Ellingford has grown to an estimated 1,400 birds, "
            "according to a survey published on Thursday by the Ellingford Natural History Society. The "
            "society's volunteers counted the birds at their main roost, a line of poplars beside the Brent "
            "Road sports ground, over three evenings in November. The figure compares with about 600 in "
            "2019. Society chairman Philip Auden said the parakeets were not thought to pose a threat to "
            "native species, although some householders had complained about noise. The district council "
            "said it had no plans to cull the birds but would keep the population under review."
        ),
        candidate=(
            "Ellingford's flock of feral ring-necked parakeets has more than tripled since 2019 and now "
            "numbers an estimated 1,400 birds, the Ellingford Natural History Society said in a survey "
            "released on Thursday. Volunteers from the society counted the parakeets over three November "
            "evenings at their main roost, a row of poplars next to the Brent Road sports ground. Some "
            "householders have complained about the noise, but the birds are not believed to threaten "
            "native species, according to the district council, which said it had no plans for a cull and "
            "would keep the population under review."
        ),
        errors=[
            E(text="more than tripled", type="number", severity="major", ref="about 600 in 2019"),
            E(text="according to the district council", type="attribution", severity="major",
              ref="Society chairman Philip Auden said"),
        ],
        traps=[
            T(text="over three November evenings", ref="over three evenings in November"),
            T(text="a row of poplars next to the Brent Road sports ground",
              ref="a line of poplars beside the Brent Road sports ground"),
        ],
    ),
    dict(
        domain="shrunken head display", mode="rewrite",
        reference=(
            "The Pelham Museum of World Cultures has removed five shrunken heads from public display after a "
            "review of how human remains are shown in its galleries. The heads, known as tsantsa, were made "
            "by Shuar and Achuar peoples of Ecuador and Peru and entered the collection between 1890 and "
            "1925. Director Yvonne Castellane said the museum would consult Shuar representatives on whether "
            "the heads should be returned. The review also found that two of the heads were probably made "
            "for sale to collectors rather than for ceremonial use. Visitors will see a new panel explaining "
            "the decision from next month. The museum stressed that the heads would not be destroyed and "
            "would remain in climate-controlled storage."
        ),
        candidate=(
            "Five shrunken heads have been taken off public display at the Pelham Museum of World Cultures "
            "following a review of the way human remains are presented in its galleries. Known as tsantsa, "
            "the heads were made by the Shuar of Ecuador and Peru and came into the collection between 1890 "
            "and 1925. The museum will consult Shuar representatives about whether the heads should be "
            "returned, director Yvonne Castellane said. According to the review, two of the heads were "
            "probably produced for sale to collectors, not for ceremonial purposes. From next month a new "
            "panel will explain the decision to visitors. The heads will not be destroyed, the museum "
            "emphasised, but will stay in climate-controlled storage."
        ),
        errors=[
            E(type="omission", after="made by the Shuar", severity="major", ref="and Achuar"),
        ],
        traps=[
            T(text="came into the collection", ref="entered the collection"),
            T(text="not for ceremonial purposes", ref="rather than for ceremonial use"),
            T(text="the museum emphasised", ref="The museum stressed"),
        ],
    ),
    dict(
        domain="oatcake bakery's last batch", mode="rewrite",
        reference=(
            "Kilbride's Oatcakes, which has baked in the town of Straithmore since 1902, produced its final "
            "batch on Friday after the owners failed to find a buyer. The bakery's 11 staff were given three "
            "months' pay. Owner Fiona Kilbride, the fourth generation of her family to run the business, "
            "said rising energy costs had made the wood-fired ovens uneconomic. The last 2,000 packs sold out "
            "within an hour of the shop opening at 8am, with queues stretching along Market Wynd. The recipe, "
            "which has never been written down, will be kept by the family. The building's landlord said it "
            "hoped to find a new food business for the premises by the spring."
        ),
        candidate=(
            "After its owners were unable to find a buyer, Kilbride's Oatcakes, a Straithmore bakery since "
            "1902, baked its last batch on Friday. Its 11 employees received three months' pay. Fiona "
            "Kilbride, the owner and the fourth generation of her family to run the business, said the "
            "wood-fired ovens had been made uneconomic by rising energy costs. Queues stretched along Market "
            "Wynd, and the final 2,000 packs had sold out by 8am. The family will keep the recipe, which has "
            "never been written down. The family will keep the recipe, which has never been written down. "
            "The landlord of the building hopes to find a new food business to take over the premises by "
            "the spring."
        ),
        errors=[
            E(text="by 8am", type="date", severity="minor",
              ref="within an hour of the shop opening at 8am"),
            E(text="The family will keep the recipe, which has never been written down.", occ=1,
              type="repetition", severity="minor", ref=None),
        ],
        traps=[
            T(text="Its 11 employees received three months' pay",
              ref="The bakery's 11 staff were given three months' pay"),
            T(text="the wood-fired ovens had been made uneconomic by rising energy costs",
              ref="rising energy costs had made the wood-fired ovens uneconomic"),
        ],
    ),
    dict(
        domain="safe cracking demonstration", mode="rewrite",
        reference=(
            "A locksmith opened a 1920s safe in under 40 minutes at the Hadley Vale Heritage Fair on "
            "Saturday, watched by around 300 spectators. The safe, made by the long-defunct firm Carradine & "
            "Voss, was donated to the Hadley Vale Co-operative Society by the Ferris Street branch of the "
            "Midland Counties Bank in 1968 and had not been opened since the 1970s, when its combination was "
            "lost. Locksmith Raymond Osei used a stethoscope and a set of hand-made tools to work the "
            "combination lock without drilling. Inside he found a ledger from 1948, a bundle of ration books "
            "and a single silver sixpence. The society plans to display the contents in its shop window next "
            "month. Mr Osei described the lock as 'stubborn but honest'."
        ),
        candidate=(
            "Watched by some 300 people, a locksmith needed less than 40 minutes to open a 1920s safe at "
            "Saturday's Hadley Vale Heritage Fair. Made by Carradine & Voss, a firm that no longer exists, "
            "the safe was given by the Hadley Vale Co-operative Society to the Ferris Street branch of the "
            "Midland Counties Bank in 1968; it had stayed shut since its combination was lost in the 1970s. "
            "Raymond Osei, the locksmith, worked the combination lock with a stethoscope and a set of "
            "hand-made tools, without drilling. He found a 1948 ledger, a bundle of ration books and one "
            "silver sixpence inside. Next month the society intends to put the contents on show in its shop "
            "window. The lock, Mr Osei said, was 'stubborn but honest'."
        ),
        errors=[
            E(text="given by the Hadley Vale Co-operative Society to the Ferris Street branch of the "
                   "Midland Counties Bank",
              type="role", severity="major",
              ref="donated to the Hadley Vale Co-operative Society by the Ferris Street branch of the "
                  "Midland Counties Bank"),
        ],
        traps=[
            T(text="some 300 people", ref="around 300 spectators"),
            T(text="needed less than 40 minutes", ref="in under 40 minutes"),
            T(text="a firm that no longer exists", ref="the long-defunct firm"),
        ],
    ),
    dict(
        domain="fax machine phase-out", mode="rewrite",
        reference=(
            "The Northfield Health Board will stop using fax machines to send patient information by the end "
            "of next year, its chief executive Samuel Achterberg announced on Wednesday. The board still "
            "operates 214 fax machines across its hospitals and clinics, mainly for sending prescriptions and "
            "test results to pharmacies and GP surgeries. They will be replaced by a secure email system that "
            "is already being tested at two sites. Mr Achterberg said the change could save around £400,000 "
            "a year in paper, maintenance and phone-line costs. Staff unions have asked for training to be "
            "provided before the switch. A small number of machines may be kept as a back-up for use during "
            "computer failures."
        ),
        candidate=(
            "By the end of next year the Northfield Health Board will no longer use fax machines to send "
            "patient information, following a data breach at one of its clinics, chief executive Samuel "
            "Achterberg announced on Wednesday. The board's hospitals and clinics still run 214 of the "
            "machines, chiefly to send prescriptions and test results to pharmacies and GP surgeries. Their "
            "replacement will be a secure email system, currently on trial at two sites. According to Mr "
            "Achterberg, the change will save around £400,000 a year in paper, maintenance and phone-line "
            "costs. Staff unions have called for training to be given before the switchover. A few machines "
            "may be retained as a back-up in case computer systems fail."
        ),
        errors=[
            E(text="following a data breach at one of its clinics", type="addition", severity="major",
              ref=None),
            E(text="will save", type="modality", severity="minor", ref="could save"),
        ],
        traps=[
            T(text="currently on trial at two sites", ref="already being tested at two sites"),
            T(text="A few machines may be retained", ref="A small number of machines may be kept"),
            T(text="in case computer systems fail", ref="for use during computer failures"),
        ],
    ),
    dict(
        domain="school cosmic ray detector", mode="rewrite",
        reference=(
            "Pupils at Castleton Academy have built a cosmic ray detector that has recorded more than 50,000 "
            "muons since it was switched on in September. The device, assembled by a group of 12 "
            "sixth-formers with help from physicists at Redmere University, uses two plastic scintillator "
            "panels and a small computer to count particles passing through the school's science block. The "
            "data is uploaded every hour to a national network of school detectors run by the Institute for "
            "Schools Physics. Physics teacher Amara Lindqvist said the students had noticed a small dip in "
            "counts during a solar storm in October. The school plans to build a second detector to place in "
            "the basement so that readings can be compared."
        ),
        candidate=(
            "A cosmic ray detector built by Castleton Academy pupils has counted over 50,000 muons since being "
            "switched on in September. Twelve sixth-formers put it together with help from Redmere "
            "University physicists; it uses two plastic scintillator panels and a small computer to count "
            "the particles that pass through the school's science block. Every hour, the readings are "
            "uploaded to a national network of school detectors that the Institute for Schools Physics runs. "
            "According to physics teacher Amara Lindqvist, the students used the detector to forecast a "
            "solar storm in October. The school intends to build a second detector for the basement so that "
            "the readings can be compared."
        ),
        errors=[
            E(text="used the detector to forecast a solar storm", type="event", severity="major",
              ref="had noticed a small dip in counts during a solar storm"),
        ],
        traps=[
            T(text="over 50,000 muons", ref="more than 50,000 muons"),
            T(text="Twelve sixth-formers put it together", ref="assembled by a group of 12 sixth-formers"),
            T(text="Every hour, the readings are uploaded", ref="The data is uploaded every hour"),
        ],
    ),
    dict(
        domain="footbridge wobble fix", mode="rewrite",
        reference=(
            "Engineers have fitted 16 tuned mass dampers to the Wendlebury footbridge to cure the swaying "
            "that forced its closure three weeks after it opened in 2023. The £4.7 million bridge over the "
            "River Leven began to sway sideways when large crowds crossed it in step, a problem engineers "
            "have seen on other lightweight footbridges. Kestrel Structural, the firm that designed the "
            "bridge, said the structure had not been damaged by the movement and that the dampers would cut "
            "swaying by about 90 per cent. The bridge will reopen on 3 June after load tests involving 600 "
            "volunteers. The repairs cost £850,000, which the council said would be met by the designer's "
            "insurers rather than by taxpayers."
        ),
        candidate=(
            "The Wendlebury footbridge, which had to close three weeks after opening in 2023 because it "
            "swayed, has been fitted with 16 tuned mass dampers. When large crowds walked across the £4.7 "
            "million River Leven crossing in step, it started to sway from side to side, a problem engineers "
            "know from other lightweight footbridges. According to Kestrel Structural, which designed the "
            "bridge, the movement left the structure damaged, and the dampers will reduce swaying by roughly "
            "90%. Load tests with 600 volunteers will take place before the bridge reopens on 3 June. The "
            "council said the £580,000 cost of the repairs would be covered by the designer's insurers, not "
            "by taxpayers."
        ),
        errors=[
            E(text="the movement left the structure damaged", type="polarity", severity="major",
              ref="the structure had not been damaged by the movement"),
            E(text="£580,000", type="number", severity="major", ref="£850,000"),
        ],
        traps=[
            T(text="sway from side to side", ref="sway sideways"),
            T(text="roughly 90%", ref="about 90 per cent"),
            T(text="Load tests with 600 volunteers will take place before the bridge reopens on 3 June",
              ref="The bridge will reopen on 3 June after load tests involving 600 volunteers"),
        ],
    ),
    dict(
        domain="sheepskin tannery effluent", mode="rewrite",
        reference=(
            "A sheepskin tannery in the Ferne valley has been fined £62,000 after effluent containing "
            "chromium leaked into the River Aske, killing an estimated 2,000 fish. Ravensholme Tanning Ltd "
            "pleaded guilty at Dunston Magistrates' Court to breaching its environmental permit. The court "
            "heard that a storage tank had overflowed during heavy rain in March last year and that an alarm "
            "meant to warn staff had been switched off. The prosecution was brought by the Riverlands "
            "Environment Agency after anglers reported dead trout downstream of the works. The company, which "
            "employs 45 people, has since spent £300,000 on a new treatment plant. Its managing director, "
            "Keith Arrowsmith, apologised to the angling club."
        ),
        candidate=(
            "A sheepskin tannery in the Ferne valley has been fined £62,000 over a leak of chromium-laden "
            "effluent into the River Ferne that killed an estimated 2,000 fish. The firm, Ravensholme Tanning "
            "Ltd, pleaded guilty at Dunston Magistrates' Court to breaching its environmental permit. The court "
            "was told that during heavy rain in March last year a storage tank had overflowed, and that an "
            "alarm meant to alert staff had been turned off. The Riverlands Environment Agency brought the "
            "prosecution after anglers reported dead trout below the works. Since then the 45-employee "
            "company has spent £300,000 on a new treatment plant. Keith Arrowsmith, its managing director, "
            "apologised to the angling club."
        ),
        errors=[
            E(text="River Ferne", type="entity", severity="major", ref="River Aske"),
        ],
        traps=[
            T(text="had been turned off", ref="had been switched off"),
            T(text="below the works", ref="downstream of the works"),
            T(text="the 45-employee company", ref="The company, which employs 45 people"),
        ],
    ),
    dict(
        domain="shopping trolley impound fee", mode="rewrite",
        reference=(
            "Dunmore Borough Council is to charge supermarkets £65 for every abandoned shopping trolley it "
            "collects from streets and waterways, starting on 1 April. The council removed 1,130 trolleys last "
            "year, most of them from the Brindle Canal and the streets around the Westgate estate. Under the "
            "scheme, trolleys will be held at a depot for 14 days, after which unclaimed ones may be sold for "
            "scrap. Councillor Priya Rendell said the fee would cover the cost of collection and storage and "
            "was not intended to raise money. Two of the town's four supermarkets have said they will fit "
            "wheel locks that stop trolleys leaving their car parks. The others have not yet responded."
        ),
        candidate=(
            "From 14 April, supermarkets will be charged £65 by Dunmore Borough Council for each abandoned "
            "shopping trolley it picks up from streets and waterways. Last year the council removed 1,130 "
            "trolleys, mostly from the Brindle Canal and the streets surrounding the Westgate estate. Trolleys "
            "collected under the scheme will be kept at a depot for two weeks, after which any left unclaimed "
            "will be sold for scrap. The charge, said councillor Priya Rendell, would pay for collection and "
            "storage and was not meant as a money-raiser. Wheel locks that prevent trolleys leaving car parks "
            "are to be fitted by two of the town's four supermarkets, while the other two have yet to respond."
        ),
        errors=[
            E(text="14 April", type="date", severity="major", ref="1 April"),
            E(text="will be sold for scrap", type="modality", severity="minor", ref="may be sold for scrap"),
        ],
        traps=[
            T(text="for two weeks", ref="for 14 days"),
            T(text="was not meant as a money-raiser", ref="was not intended to raise money"),
            T(text="the other two have yet to respond", ref="The others have not yet responded"),
        ],
    ),
    dict(
        domain="weir fish pass failure", mode="rewrite",
        reference=(
            "A £1.3 million fish pass built at Holloway Weir two years ago has failed to let migrating salmon "
            "through, a monitoring report has found. Cameras installed by the Tarrant Rivers Trust recorded "
            "only 14 salmon using the pass last autumn, compared with an expected 400. The report, "
            "commissioned by the Canal and Waterways Board, blames water flowing too fast at the pass "
            "entrance, which the fish cannot swim against. The board, which owns the weir, said it would ask "
            "the contractor, Merrow Civil Engineering, to modify the structure at its own expense. Merrow said "
            "it had built the pass to the board's design. Anglers' groups have called for the weir to be "
            "removed altogether."
        ),
        candidate=(
            "Two years after it was built at Holloway Weir, a £1.3 million fish pass is failing to let "
            "migrating salmon through, according to a monitoring report. Only 14 salmon were recorded using "
            "the pass last autumn by cameras the Tarrant Rivers Trust had installed, against the 400 that had "
            "been expected. The report, which the Canal and Waterways Board commissioned, blames the speed of "
            "the water at the entrance to the pass, which is too fast for the fish to swim against. The board, "
            "which owns the weir, will be asked by contractor Merrow Civil Engineering to modify the structure "
            "at its own expense. Merrow said the pass had been built to the board's design. Anglers' groups "
            "have begun legal action to have the weir removed."
        ),
        errors=[
            E(text="The board, which owns the weir, will be asked by contractor Merrow Civil Engineering",
              type="role", severity="major",
              ref="it would ask the contractor, Merrow Civil Engineering, to modify the structure"),
            E(text="have begun legal action to have the weir removed", type="event", severity="major",
              ref="have called for the weir to be removed altogether"),
        ],
        traps=[
            T(text="against the 400 that had been expected", ref="compared with an expected 400"),
            T(text="which the Canal and Waterways Board commissioned",
              ref="commissioned by the Canal and Waterways Board"),
            T(text="too fast for the fish to swim against", ref="which the fish cannot swim against"),
        ],
    ),
]
