"""Set 142, pairs 11-20 (hand-written)."""
from _helpers import E, O, T

CASES = [
    # 11
    dict(
        domain="beach lifeguard cover", mode="rewrite", label="consistent",
        reference=(
            "Lifeguard patrols will return to 14 beaches along the Senna coast this summer after the regional "
            "council agreed a £1.2 million funding deal with the charity Shoreguard. Patrols will run daily from "
            "10am to 6pm between 24 May and 7 September, an extension of two weeks compared with last year. Four "
            "beaches that lost cover in 2023 because of staff shortages, including Polwarren Sands, are among "
            "those to be patrolled again. Shoreguard said it had so far recruited 96 seasonal lifeguards, up from "
            "71 last year, but warned that some quieter beaches might be covered only at weekends if it could not "
            "recruit more. Council leader Dafydd Morrow called the agreement 'a lifeline for coastal tourism'."
        ),
        candidate=(
            "A £1.2m funding agreement between the regional council and the charity Shoreguard means lifeguards "
            "will be back on 14 beaches on the Senna coast this summer. Patrols will operate every day from 10am "
            "to 6pm from 24 May to 7 September, a fortnight longer than last year. Four beaches, Polwarren Sands "
            "included, that lost cover in 2023 through staff shortages will be patrolled again. The charity says "
            "it has so far taken on 96 seasonal lifeguards, compared with 71 a year ago, though it cautioned that "
            "some quieter beaches might only be patrolled at weekends if it could not recruit more. Council "
            "leader Dafydd Morrow described the deal as 'a lifeline for coastal tourism'."
        ),
        errors=[],
        traps=[
            T("£1.2m", "£1.2 million"),
            T("a fortnight longer than last year", "an extension of two weeks compared with last year"),
            T("Polwarren Sands included", "including Polwarren Sands"),
            T("compared with 71 a year ago", "up from 71 last year"),
            T("described the deal as", "called the agreement"),
        ],
    ),
    # 12
    dict(
        domain="local election count", mode="summary", label="consistent",
        reference=(
            "The Liberal Reform Party has taken control of Ostbury District Council for the first time, winning "
            "27 of the 48 seats after an overnight count that ended at 5.15am on Friday. The Civic Alliance, which "
            "had run the council since 2011, was reduced to 14 seats from 29. Independents won five seats and the "
            "Green Party two. Turnout was 34.6 percent, down from 38 percent at the last election in 2020. One "
            "ward, Millbrook East, required two recounts before Liberal Reform's candidate was declared the "
            "winner by four votes. Incoming council leader Hannah Fairweather said her first priority would be "
            "to freeze parking charges. The Civic Alliance's outgoing leader, Rupert Gale, said he would stand "
            "down."
        ),
        candidate=(
            "Liberal Reform has won control of Ostbury District Council for the first time, taking 27 of the 48 "
            "seats and ending Civic Alliance control that dated back to 2011; the Alliance slumped from 29 seats "
            "to 14. Turnout fell to 34.6 percent. Millbrook East went to Liberal Reform by four votes after two "
            "recounts. Incoming leader Hannah Fairweather says freezing parking charges is her first priority, "
            "while the Alliance's outgoing leader, Rupert Gale, says he will step down."
        ),
        errors=[],
        traps=[
            T("ending Civic Alliance control that dated back to 2011", "which had run the council since 2011"),
            T("slumped from 29 seats to 14", "was reduced to 14 seats from 29"),
            T("Millbrook East went to Liberal Reform",
              "Liberal Reform's candidate was declared the winner"),
            T("says freezing parking charges is her first priority",
              "said her first priority would be to freeze parking charges"),
            T("step down", "stand down"),
        ],
    ),
    # 13
    dict(
        domain="rooftop solar subsidy", mode="rewrite", label="consistent",
        reference=(
            "Households in the province of Westmarch will be able to claim grants of up to €3,500 towards the "
            "cost of rooftop solar panels under a scheme launched on Monday by the provincial energy agency. The "
            "grant will cover 30 percent of installation costs, rising to 50 percent for households on low "
            "incomes. The agency has set aside €42 million for the first two years, which it estimates will fund "
            "about 15,000 installations. Applications must be made before work begins, and installers must be "
            "registered with the agency. Energy commissioner Lukas Venner said the scheme was expected to add 60 "
            "megawatts of generating capacity. A similar scheme for small businesses is being considered."
        ),
        candidate=(
            "A scheme launched on Monday by the provincial energy agency lets households in Westmarch claim "
            "grants of as much as €3,500 towards the cost of rooftop solar panels. It will pay for 30 percent of "
            "installation costs, or half for low-income households. With €42m earmarked for the first two years, "
            "the agency reckons roughly 15,000 installations can be funded. Households have to apply before any "
            "work starts, using an installer registered with the agency. The scheme should add 60 megawatts of "
            "generating capacity, according to energy commissioner Lukas Venner, and a similar scheme for small "
            "businesses is under consideration."
        ),
        errors=[],
        traps=[
            T("as much as €3,500", "up to €3,500"),
            T("or half for low-income households", "rising to 50 percent for households on low incomes"),
            T("€42m earmarked", "set aside €42 million"),
            T("the agency reckons roughly 15,000 installations can be funded",
              "which it estimates will fund about 15,000 installations"),
            T("should add 60 megawatts", "was expected to add 60 megawatts"),
        ],
    ),
    # 14
    dict(
        domain="honours list", mode="rewrite", label="consistent",
        reference=(
            "A retired midwife who delivered more than 3,000 babies over four decades and a teenager who founded "
            "a food bank for students are among 1,094 people recognised in this year's New Year Honours for the "
            "Kingdom of Arlen. Margaret Tennick, 74, from the island of Skellay, becomes a Dame for services to "
            "maternity care. Joel Asante, 19, who set up the Campus Pantry scheme while still at school, receives "
            "an MBE for services to young people. The list also includes Olympic rowing champion Freya Lund, who "
            "is made an OBE. Almost half of recipients are women, and 14 percent are from ethnic minority "
            "backgrounds, the Cabinet Office said. The honours will be presented at ceremonies over the coming "
            "year."
        ),
        candidate=(
            "This year's New Year Honours for the Kingdom of Arlen recognise 1,094 people, among them a retired "
            "midwife who delivered over 3,000 babies in 40 years and a teenager who started a food bank for "
            "students. Seventy-four-year-old Margaret Tennick, from the island of Skellay, is made a Dame for "
            "services to maternity care, while 19-year-old Joel Asante, who launched the Campus Pantry scheme "
            "before leaving school, gets an MBE for services to young people. Olympic rowing champion Freya Lund "
            "becomes an OBE. According to the Cabinet Office, women make up nearly half of the recipients, and "
            "14 percent come from ethnic minority backgrounds. Ceremonies to present the honours will be held "
            "over the next 12 months."
        ),
        errors=[],
        traps=[
            T("over 3,000 babies in 40 years", "more than 3,000 babies over four decades"),
            T("Seventy-four-year-old Margaret Tennick", "Margaret Tennick, 74"),
            T("who launched the Campus Pantry scheme before leaving school",
              "who set up the Campus Pantry scheme while still at school"),
            T("women make up nearly half of the recipients", "Almost half of recipients are women"),
            T("over the next 12 months", "over the coming year"),
        ],
    ),
    # 15
    dict(
        domain="tunnel boring progress", mode="summary", label="consistent",
        reference=(
            "The tunnel boring machine excavating the new Calder Cross rail link has completed the first 2.4 "
            "kilometres of the 6.1-kilometre route, project company Calder Link said on Tuesday. The 1,200-tonne "
            "machine, named Agnes after a local engineer, has been advancing at an average of 18 metres a day "
            "since it was launched in March. Work was halted for nine days in June when the machine struck an "
            "unexpected band of hard sandstone. Calder Link said the tunnel was still on course to be finished by "
            "late next year, and passenger services are scheduled to start in 2028. The project's budget stands "
            "at £1.9 billion, £150 million more than first estimated."
        ),
        candidate=(
            "Agnes, the 1,200-tonne machine boring the Calder Cross rail link, has dug 2.4km of the 6.1km route, "
            "averaging 18 metres a day since March despite a nine-day stoppage in June caused by hard sandstone. "
            "Calder Link says the tunnel remains on track for completion by late next year, with passenger "
            "services due in 2028. The budget is now £1.9bn, £150m above the original estimate."
        ),
        errors=[],
        traps=[
            T("2.4km of the 6.1km route", "the first 2.4 kilometres of the 6.1-kilometre route"),
            T("a nine-day stoppage in June caused by hard sandstone",
              "Work was halted for nine days in June when the machine struck an unexpected band of hard sandstone"),
            T("remains on track for completion by late next year",
              "was still on course to be finished by late next year"),
            T("£1.9bn", "£1.9 billion"),
            T("£150m above the original estimate", "£150 million more than first estimated"),
        ],
    ),
    # 16
    dict(
        domain="currency devaluation", mode="translation", label="consistent",
        reference=(
            "The central bank of Moravesa announced on Saturday a 12 percent devaluation of the national "
            "currency, the lira moravesa, against the dollar, the first such measure in nine years. The official "
            "rate moves from 420 to 477 lire per dollar with effect from Monday. Governor Anselmo Quartieri "
            "justified the decision by citing the fall in foreign currency reserves, which stand at 3.1 billion "
            "dollars, enough to cover barely two months of imports. The government announced at the same time "
            "that it would freeze the prices of bread, cooking oil and fuel for ninety days in order to limit the "
            "impact on households. Opposition parties denounced a decision 'taken without consulting parliament'."
        ),
        candidate=(
            "Moravesa's central bank on Saturday devalued the national currency, the Moravesan lira, by 12 "
            "percent against the dollar, its first such move in nine years. From Monday, the official exchange "
            "rate will be 477 lire to the dollar, compared with 420 previously. Governor Anselmo Quartieri pointed "
            "to shrinking foreign exchange reserves to explain the decision: at $3.1bn, they would pay for "
            "scarcely two months' worth of imports. At the same time, the government said prices of bread, "
            "cooking oil and fuel would be frozen for 90 days to soften the blow for households. The opposition "
            "parties condemned a decision 'made without consulting parliament'."
        ),
        errors=[],
        traps=[
            T("the Moravesan lira", "the lira moravesa"),
            T("477 lire to the dollar, compared with 420 previously", "moves from 420 to 477 lire per dollar"),
            T("$3.1bn", "3.1 billion dollars"),
            T("scarcely two months' worth of imports", "barely two months of imports"),
            T("to soften the blow for households", "in order to limit the impact on households"),
        ],
    ),
    # 17
    dict(
        domain="swimming pool reopening", mode="rewrite", label="consistent",
        reference=(
            "Riverside Leisure Centre's main swimming pool will reopen on 3 June after an 18-month closure caused "
            "by the discovery of crumbling concrete in the roof, Brackwater Borough Council said. The £6.8 "
            "million repair project, which was originally due to finish last October, ran late after contractors "
            "found corrosion in the steel supports. The reopened pool will have a new moveable floor allowing "
            "depth to be adjusted for lessons and a changing village with 40 cubicles. Adult swim prices will "
            "rise from £4.20 to £4.90, but children under five will continue to swim free. The council's leisure "
            "spokesperson, Imogen Pratt, apologised to residents for the delay."
        ),
        candidate=(
            "Brackwater Borough Council says the main pool at Riverside Leisure Centre will open its doors again "
            "on 3 June, a year and a half after crumbling concrete found in the roof forced it to close. Repairs "
            "costing £6.8m were originally meant to be completed last October but overran when contractors "
            "uncovered corrosion in the steel supports. When it reopens the pool will have a new moveable floor, "
            "so depth can be adjusted for lessons, along with a 40-cubicle changing village. Adults will pay "
            "£4.90 a swim instead of £4.20, while under-fives will still swim for free. Imogen Pratt, who speaks "
            "for the council on leisure, apologised to residents for the delay."
        ),
        errors=[],
        traps=[
            T("a year and a half", "an 18-month closure"),
            T("Repairs costing £6.8m", "The £6.8 million repair project"),
            T("a 40-cubicle changing village", "a changing village with 40 cubicles"),
            T("Adults will pay £4.90 a swim instead of £4.20", "Adult swim prices will rise from £4.20 to £4.90"),
            T("Imogen Pratt, who speaks for the council on leisure",
              "The council's leisure spokesperson, Imogen Pratt"),
        ],
    ),
    # 18
    dict(
        domain="illegal logging satellite", mode="rewrite", label="consistent",
        reference=(
            "Satellite images analysed by the environmental group Canopy Sentinel show that about 8,300 hectares "
            "of protected rainforest in the Orrin River basin were illegally cleared between January and "
            "September, nearly three times the area lost over the same period last year. The group said most of "
            "the clearing took place within two kilometres of new logging roads, which it believes were built by "
            "companies holding permits for neighbouring areas. The forestry ministry said it had sent inspectors "
            "to the region and would suspend any permits found to have been abused. It disputed the group's "
            "figures, saying its own estimate was closer to 6,000 hectares."
        ),
        candidate=(
            "Roughly 8,300 hectares of protected rainforest in the Orrin River basin were cleared illegally in "
            "the first nine months of the year, close to three times last year's loss over the same months, "
            "according to satellite images analysed by Canopy Sentinel, an environmental group. Most of the "
            "clearing happened no more than two kilometres from new logging roads, which the group thinks were "
            "built by firms with permits for adjoining areas. Inspectors have been dispatched to the region, the "
            "forestry ministry said, adding that any permits shown to have been abused would be suspended. "
            "Disputing the group's figures, however, the ministry put its own estimate at nearer 6,000 hectares."
        ),
        errors=[],
        traps=[
            T("in the first nine months of the year", "between January and September"),
            T("close to three times last year's loss over the same months",
              "nearly three times the area lost over the same period last year"),
            T("no more than two kilometres from", "within two kilometres of"),
            T("which the group thinks were built by firms", "which it believes were built by companies"),
            T("put its own estimate at nearer 6,000 hectares", "its own estimate was closer to 6,000 hectares"),
        ],
    ),
    # 19
    dict(
        domain="hedgehog tunnel", mode="rewrite", label="inconsistent",
        reference=(
            "Highways agency Roadlink has installed six wildlife tunnels beneath the A417 bypass near Fennick to "
            "help hedgehogs cross safely, after volunteers recorded 58 hedgehogs killed on a three-mile stretch "
            "of the road in two years. The tunnels, each 60 centimetres wide, were fitted with cameras, which "
            "have so far recorded hedgehogs, foxes and badgers using them. Local group Fennick Hedgehog Watch, "
            "which campaigned for the crossings, said it would continue counting road deaths for at least a year "
            "to judge whether the scheme was working. The project cost £210,000. Hedgehog numbers in rural areas "
            "are estimated to have fallen by around half since 2000."
        ),
        candidate=(
            "Six wildlife tunnels have been installed under the A417 bypass near Fennick by highways agency "
            "Roadlink so that hedgehogs can cross safely, after volunteers counted 58 hedgehogs killed along a "
            "three-mile section of the road over two years. Cameras in the 60cm-wide tunnels have already caught "
            "hedgehogs, foxes and badgers using them. Fennick Hedgehog Watch, the local group that campaigned for "
            "the crossings, says it will keep counting road deaths for at least a year to see whether the scheme "
            "works, and it hopes to see tunnels added on two more roads next year. The project cost £210,000, "
            "and rural hedgehog numbers are thought to have roughly halved since 2000."
        ),
        errors=[
            E("it hopes to see tunnels added on two more roads next year", "addition", "major", None),
        ],
        traps=[
            T("60cm-wide", "each 60 centimetres wide"),
            T("are thought to have roughly halved", "are estimated to have fallen by around half"),
        ],
    ),
    # 20
    dict(
        domain="volleyball beach event", mode="rewrite", label="inconsistent",
        reference=(
            "The Coral Bay Beach Volleyball Open will return to Selwick Promenade from 18 to 21 July, with 32 "
            "teams from 11 countries competing for prize money of $120,000, organisers Sandline Events "
            "announced. Temporary stands for 4,000 spectators will be built on the beach, and entry to early "
            "rounds will be free. Last year's men's champions, Dario Fenz and Luka Marić, have confirmed they "
            "will defend their title. The women's draw will be led by world number three pair Ines Calvo and "
            "Rosa Tull. The town council has contributed $45,000 towards the event, which it says brought an "
            "estimated $1.6 million into the local economy last year."
        ),
        candidate=(
            "Organisers Sandline Events have announced that the Coral Bay Beach Volleyball Open is coming back to "
            "Selwick Promenade on 18-21 July, when 32 teams from 11 countries will compete for $120,000 in prize "
            "money. Temporary stands for 4,000 spectators will be put up on the beach, and early rounds will be "
            "free to watch. Dario Fenz and Luka Marić, last year's men's champions, have confirmed they will "
            "defend their title, while world number three pair Ines Calvo and Rosa Tull head the women's draw. "
            "Sandline Events has put $45,000 towards the event, which it says brought an estimated $1.6m into "
            "the local economy last year, and early rounds will be free to watch."
        ),
        errors=[
            E("Sandline Events", "entity", "major", "The town council", occ=1),
            E("and early rounds will be free to watch", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("on 18-21 July", "from 18 to 21 July"),
            T("$1.6m", "$1.6 million"),
        ],
    ),
]
