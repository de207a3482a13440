"""Set 151, part 3: ten summary pairs (5 consistent, 5 inconsistent)."""
from ._helpers import E, T, case

CASES = [
    # 21 ----------------------------------------------------------------
    case(
        "cathedral choir tour", "summary", "consistent",
        "The choir of St Aldric's Cathedral in Marrowby will make its first tour of Canada and the "
        "United States this autumn, performing eleven concerts in nine cities between 2 and 20 "
        "October. The 34 singers, including 18 choristers aged between eight and thirteen, will "
        "be accompanied by the cathedral's director of music, Dr Rowan Ashdown. The tour, costing "
        "about £260,000, is being funded largely by a private donor and by fundraising concerts "
        "held over the past year. Venues include Kellerman Hall in Port Annick and St Ninian's "
        "Cathedral in Elsworth Falls. Dr Ashdown said the repertoire would range from Tudor church "
        "music to works commissioned for the tour. Choristers will continue their schooling with "
        "tutors travelling with the group.",
        "The St Aldric's Cathedral choir from Marrowby will give eleven concerts in nine cities "
        "from 2 to 20 October on its first tour of Canada and the US. The 34-strong choir, "
        "accompanied by director of music Dr Rowan Ashdown, includes 18 choristers, whose "
        "schooling will continue with travelling tutors. The roughly £260,000 cost is being met "
        "mostly by a private donor and by fundraising concerts held over the past year.",
        traps=[
            T("from 2 to 20 October", "between 2 and 20 October"),
            T("the US", "the United States"),
            T("34-strong choir", "The 34 singers"),
            T("roughly £260,000", "about £260,000"),
            T("met mostly by", "funded largely by"),
        ],
    ),
    # 22 ----------------------------------------------------------------
    case(
        "lithium mine approval", "summary", "inconsistent",
        "The government of the Tessaly region has granted final environmental approval for the "
        "Cerro Blanco lithium mine, clearing the way for construction to begin early next year. "
        "The project, led by Altiplano Lithium Corp, is expected to cost $1.4 billion and produce "
        "25,000 tonnes of lithium carbonate a year once fully operational in 2029. The approval "
        "comes with 43 conditions, including limits on groundwater extraction and a requirement "
        "to fund a monitoring station run by local communities. Indigenous groups in the area "
        "remain divided: two communities signed benefit agreements with the company, while a "
        "third has filed a legal challenge. The company said the mine would create about 800 "
        "permanent jobs.",
        "Tessaly's regional government has given final environmental approval to the Cerro "
        "Blanco lithium mine, clearing the way for construction to start early next year. "
        "Altiplano Lithium Corp's project is expected to cost $1.4bn and to produce 25,000 tonnes "
        "of lithium carbonate a year once fully operational in 2029. The approval carries 34 "
        "conditions, including limits on groundwater extraction. Two local indigenous communities "
        "have signed benefit agreements with the company, while a third has filed a legal "
        "challenge.",
        errors=[
            E("34", "number", "major", "43"),
        ],
        traps=[
            T("$1.4bn", "$1.4 billion"),
        ],
    ),
    # 23 ----------------------------------------------------------------
    case(
        "railway signal failure", "summary", "consistent",
        "A signal failure at Dunmarsh Junction caused severe disruption across the regional rail "
        "network on Monday morning, delaying or cancelling more than 300 services during the rush "
        "hour. The fault, caused by water entering a cable trough after overnight rain, was "
        "identified at 6.40 a.m. and repaired by 11.15 a.m. Network operator Railnet Vale said "
        "around 45,000 passengers had been affected and that tickets would be accepted on local "
        "buses until the end of the day. The operator apologised and said it would review "
        "drainage along the line. Passengers delayed by more than 30 minutes can claim "
        "compensation online.",
        "More than 300 rush-hour services were delayed or cancelled on Monday morning after "
        "rainwater got into a cable trough at Dunmarsh Junction and caused a signal failure, which "
        "was fixed by 11.15am. Railnet Vale, which said some 45,000 passengers were affected, "
        "apologised, promised a drainage review and said passengers delayed by over half an hour "
        "can claim compensation.",
        traps=[
            T("rainwater got into a cable trough",
              "water entering a cable trough after overnight rain"),
            T("fixed by 11.15am", "repaired by 11.15 a.m."),
            T("some 45,000 passengers", "around 45,000 passengers"),
            T("promised a drainage review", "said it would review drainage along the line"),
            T("over half an hour", "more than 30 minutes"),
        ],
    ),
    # 24 ----------------------------------------------------------------
    case(
        "dairy price cut", "summary", "inconsistent",
        "Valdor Dairies, the country's second-largest milk processor, will cut the price it pays "
        "farmers by 2.5 cents per litre from 1 August, the company told suppliers in a letter on "
        "Monday. Valdor blamed falling prices for butter and milk powder on world markets. The "
        "cut will take its standard price to 38 cents per litre. The Dairy Farmers' Union said "
        "the decision would push many family farms into losses and called on the agriculture "
        "minister to intervene. Analysts at Kestrel Agri said other processors were likely to "
        "follow within weeks. Valdor collects milk from about 3,100 farms.",
        "Valdor Dairies, which collects milk from about 3,100 farms, will pay farmers 2.5 cents a "
        "litre less from 1 August, lowering its standard price to 38 cents, citing weaker world "
        "prices for butter and milk powder. The Dairy Farmers' Union, which says many family "
        "farms will be pushed into losses, has met the agriculture minister over the cut. The "
        "union also expects other processors to follow within weeks.",
        errors=[
            E("has met the agriculture minister", "event", "major",
              "called on the agriculture minister to intervene"),
            E("The union", "attribution", "major", "Analysts at Kestrel Agri"),
        ],
        traps=[
            T("2.5 cents a litre less", "by 2.5 cents per litre"),
        ],
    ),
    # 25 ----------------------------------------------------------------
    case(
        "school merger consultation", "summary", "consistent",
        "Parents and staff have until 14 April to respond to a consultation on merging Hollins "
        "Brook Primary School and Ferncastle Infant School, the county education department said "
        "on Friday. Under the proposal, the two schools, which are 800 metres apart, would combine "
        "in September next year on the Hollins Brook site, creating a single primary school for "
        "about 390 pupils. Falling birth rates have left Ferncastle with 41 percent of its places "
        "empty. The department said no teaching posts would be cut, although two administrative "
        "roles could be lost. A public meeting will be held at Ferncastle on 27 March. A final "
        "decision is expected in June.",
        "The county is consulting until 14 April on a plan to merge Ferncastle Infant School, "
        "where falling birth rates have left just over two-fifths of places empty, with Hollins "
        "Brook Primary School, 800 metres away. The merged school, with about 390 pupils, would "
        "open on the Hollins Brook site in September next year. No teaching jobs would go, though "
        "two admin posts might, and a decision is due in June.",
        traps=[
            T("just over two-fifths of places empty", "41 percent of its places empty"),
            T("800 metres away", "800 metres apart"),
            T("No teaching jobs would go", "no teaching posts would be cut"),
            T("two admin posts might", "two administrative roles could be lost"),
            T("a decision is due in June", "A final decision is expected in June"),
        ],
    ),
    # 26 ----------------------------------------------------------------
    case(
        "wood pellet price", "summary", "inconsistent",
        "The average price of wood pellets for home heating rose to €412 a tonne in October, up 9 "
        "percent from September and 27 percent higher than a year ago, according to the National "
        "Biomass Association. The association said supply had been squeezed by the closure of "
        "two pellet plants in the south and strong demand ahead of winter. It does not expect "
        "prices to fall before the spring. Households using pellet boilers are eligible for the "
        "government's heating support payment, but the association said the €150 grant covered "
        "less than a tenth of a typical annual bill. Around 65,000 homes in the country heat with "
        "pellets.",
        "Wood pellet prices averaged €412 a tonne in October, 9% more than in September and 27% "
        "up on a year earlier, the National Biomass Association said, blaming two plant closures "
        "in the south and strong pre-winter demand. The association expects prices to fall before "
        "the spring and says the €150 government heating grant covers under a tenth of a typical "
        "household's yearly bill.",
        errors=[
            E("expects prices to fall before the spring", "polarity", "major",
              "does not expect prices to fall before the spring"),
        ],
        traps=[
            T("27% up on a year earlier", "27 percent higher than a year ago"),
            T("under a tenth", "less than a tenth"),
        ],
    ),
    # 27 ----------------------------------------------------------------
    case(
        "university chancellor election", "summary", "consistent",
        "Graduates of Halden University have elected the former diplomat Dame Imelda Carrow as "
        "the institution's chancellor, the university announced on Saturday. She won 5,812 votes, "
        "ahead of the novelist Teodor Brisk with 3,960 and the physician Dr Amara Nwankwo-Lind "
        "with 2,104. Turnout was 14 percent of the 85,000 eligible graduates, the highest since "
        "online voting was introduced in 2011. The chancellor's role is largely ceremonial and "
        "involves presiding over graduation ceremonies. Dame Imelda, who studied law at Halden, "
        "will serve a seven-year term starting on 1 August. She succeeds the conductor Sir Lionel "
        "Fairbrass, who held the post for two terms.",
        "Former diplomat Dame Imelda Carrow, a Halden law graduate, has been elected chancellor of "
        "Halden University with 5,812 votes, beating novelist Teodor Brisk (3,960) and physician "
        "Dr Amara Nwankwo-Lind (2,104). Turnout among the 85,000 eligible graduates was 14%, the "
        "best since online voting began in 2011. She will hold the largely ceremonial post for "
        "seven years from 1 August, succeeding conductor Sir Lionel Fairbrass.",
        traps=[
            T("a Halden law graduate", "who studied law at Halden"),
            T("beating", "ahead of"),
            T("the best since online voting began in 2011",
              "the highest since online voting was introduced in 2011"),
            T("for seven years from 1 August", "a seven-year term starting on 1 August"),
        ],
    ),
    # 28 ----------------------------------------------------------------
    case(
        "microbrewery award", "summary", "inconsistent",
        "Tollbridge Brewing, a four-person microbrewery based in a former railway shed in Kilnsey "
        "Moor, has won the supreme champion title at the National Craft Ale Awards for its "
        "oatmeal stout, Night Signal. The beer was chosen from more than 1,400 entries by a panel "
        "of 60 judges. Co-founder Maeve Dunleavy said the brewery, which opened in 2020, might now "
        "need to expand production, which currently stands at about 900 litres a week. The "
        "runner-up was Corrie Head Ales with a smoked porter. Last year's winner, Fenwick Street "
        "Brewery, did not enter.",
        "Tollbridge Brewing, a four-person microbrewery in a former railway shed in Kilnsey Moor, "
        "has been named supreme champion at the National Craft Ale Awards for its oatmeal stout "
        "Night Signal, chosen from more than 1,400 entries. Co-founder Maeve Dunleavy said the "
        "brewery will now expand its production of about 900 litres a week. Last year's winner, "
        "Corrie Head Ales, was runner-up.",
        errors=[
            E("will now expand", "modality", "minor", "might now need to expand"),
            E("Corrie Head Ales", "entity", "major", "Fenwick Street Brewery"),
        ],
    ),
    # 29 ----------------------------------------------------------------
    case(
        "pipeline route change", "summary", "consistent",
        "The operator of the planned Northgate gas pipeline has changed its proposed route to "
        "avoid the Brackwater Fen wildlife site, following objections from conservation groups "
        "and more than 2,000 residents. The revised route, published on Tuesday, runs 4.5 "
        "kilometres further east and adds an estimated £35 million to the project's cost, taking "
        "the total to £610 million. Trans-Moor Gas said the change would also reduce the number "
        "of homes within 200 metres of the pipeline from 86 to 19. A new round of public "
        "consultation will run for eight weeks. The company still aims to begin construction in "
        "2026, subject to planning consent.",
        "Trans-Moor Gas has moved the proposed route of its Northgate gas pipeline 4.5km further "
        "east to bypass the Brackwater Fen wildlife site after objections from conservationists "
        "and over 2,000 residents. The change is expected to add about £35m, bringing the total "
        "cost to £610m, and would cut the number of homes within 200 metres of the pipeline from "
        "86 to 19, the company says. An eight-week consultation will follow, and construction is "
        "still planned for 2026 if planning consent is granted.",
        traps=[
            T("4.5km further east", "4.5 kilometres further east"),
            T("bypass", "avoid"),
            T("conservationists", "conservation groups"),
            T("about £35m", "an estimated £35 million"),
            T("if planning consent is granted", "subject to planning consent"),
        ],
    ),
    # 30 ----------------------------------------------------------------
    case(
        "prison escape review", "summary", "inconsistent",
        "An independent review into the escape of two inmates from Harrowfield Prison in January "
        "has found that a broken perimeter camera had gone unrepaired for five weeks and that "
        "night-shift staffing was below the minimum level on the night of the escape. The report, "
        "published on Thursday by the prisons inspectorate, makes 17 recommendations, including "
        "daily checks of security equipment. Both men were recaptured within four days. The "
        "justice ministry said it accepted all the recommendations and had already replaced the "
        "camera system. The governor of Harrowfield, Dennis Mawle, retired in March.",
        "An independent review of January's escape of two inmates from Harrowfield Prison found "
        "that a faulty perimeter camera had been left unrepaired for five weeks and that "
        "night-shift staffing was below the minimum on the night they escaped. The two men, who "
        "were serving sentences for armed robbery, were recaptured within four days. The justice "
        "ministry has accepted all 17 recommendations and already replaced the camera system.",
        errors=[
            E("who were serving sentences for armed robbery", "addition", "minor", None),
        ],
        traps=[
            T("faulty perimeter camera", "broken perimeter camera"),
            T("had been left unrepaired", "had gone unrepaired"),
            T("on the night they escaped", "on the night of the escape"),
        ],
    ),
]
