"""Translation pairs 1-10 (hand-written; both texts are two independent English
renderings of the same imagined non-English story; all names invented)."""
from ._helpers import E, OM, T

CASES = [
    # 31 -----------------------------------------------------------------
    dict(
        domain="flood barrier upgrade",
        mode="translation",
        label="inconsistent",
        reference=(
            "The water board of Lower Varne will raise the Osterdijk storm surge barrier by 1.2 metres at "
            "a cost of 340 million euros, the board's chairman, Willem Brandsma, announced on Tuesday. "
            "Work will begin in the spring of 2026 and must be finished before the autumn storm season of "
            "2029. During construction, the barrier will remain operational, but shipping will be "
            "restricted to daylight hours on around 60 days a year. The upgrade is needed because sea "
            "levels in the region are rising faster than forecast in 2010, when the barrier was last "
            "strengthened. The national government will pay 70 percent of the costs; the rest will come "
            "from the water board and three provinces."
        ),
        candidate=(
            "Lower Varne's water board is going to make the Osterdijk storm surge barrier 1.2 metres "
            "higher, a project costing €340 million, chairman Willem Brandsma said on Tuesday. "
            "Construction starts in spring 2026 and has to be completed by the end of the 2029 autumn "
            "storm season. The barrier will keep working throughout the works, although ships will only "
            "be allowed through in daylight on roughly 60 days each year. The reason for the upgrade is "
            "that the sea in the area is rising more quickly than was predicted in 2010, the last time the "
            "barrier was reinforced. Seventy percent of the bill will be paid by the national government, "
            "with the water board and three provinces covering the remainder."
        ),
        errors=[
            E("by the end of the 2029 autumn storm season", "date", "major",
              "before the autumn storm season of 2029"),
        ],
        traps=[
            T("the last time the barrier was reinforced", "when the barrier was last strengthened"),
            T("Seventy percent of the bill will be paid by the national government",
              "The national government will pay 70 percent of the costs"),
        ],
    ),
    # 32 -----------------------------------------------------------------
    dict(
        domain="interconnector cable",
        mode="translation",
        label="consistent",
        reference=(
            "The laying of the 720-kilometre NorLink electricity cable between Norvall and the coast of "
            "Kelmarsh has been completed, the grid operators of both countries announced on Thursday. The "
            "cable, which can transmit up to 1,400 megawatts, is to enter commercial operation in March "
            "after several months of testing. According to the operators, it will allow surplus wind "
            "power to be exported in both directions and reduce price differences between the two "
            "markets. The project cost 2.3 billion euros, around 10 percent more than planned, mainly "
            "because of delays caused by bad weather in the North Sea in 2023. Fishermen's organisations "
            "had opposed the route, and compensation of 14 million euros was agreed with them last year."
        ),
        candidate=(
            "Both countries' grid operators said on Thursday that the 720 km NorLink power cable linking "
            "Norvall with the Kelmarsh coast has now been fully laid. After several months of tests, the "
            "link, with a maximum capacity of 1.4 gigawatts, is scheduled to go into commercial service "
            "in March. The operators say the cable will let surplus wind power flow either way and narrow "
            "the price gap between the two markets. At €2.3 billion, the project came in roughly a tenth "
            "over budget, largely owing to bad-weather delays in the North Sea in 2023. Fishing "
            "organisations had objected to the route; last year a €14 million compensation deal was "
            "reached with them."
        ),
        errors=[],
        traps=[
            T("has now been fully laid", "has been completed"),
            T("1.4 gigawatts", "1,400 megawatts"),
            T("flow either way", "exported in both directions"),
            T("roughly a tenth over budget", "around 10 percent more than planned"),
            T("a €14 million compensation deal was reached with them",
              "compensation of 14 million euros was agreed with them"),
        ],
    ),
    # 33 -----------------------------------------------------------------
    dict(
        domain="voter id rules",
        mode="translation",
        label="inconsistent",
        reference=(
            "From the next municipal elections in May, voters in Calmeria will have to show an identity "
            "document with a photograph at polling stations, the electoral commission confirmed on "
            "Monday. Expired passports and driving licences will be accepted provided they expired less "
            "than five years ago. Voters without a suitable document can apply free of charge for a "
            "voter card at their town hall until 30 April. The commission estimates that about 2 percent "
            "of eligible voters, roughly 90,000 people, do not have valid photo identification. The "
            "opposition Social Democrats said the rules would discourage elderly and poorer citizens "
            "from voting, while the interior ministry argued that they would strengthen trust in "
            "elections."
        ),
        candidate=(
            "Voters in Calmeria will need to present photo identification at polling stations starting "
            "with May's municipal elections, the electoral commission confirmed on Monday. Passports and "
            "driving licences will not be accepted if they expired less than five years ago. Anyone "
            "lacking a suitable document can request a free voter card from their town hall up to 30 "
            "April. By the commission's estimate, around 90,000 eligible voters, about 2 percent, have no "
            "valid photo ID. According to the opposition Social Democrats, the rules will deter older "
            "and less well-off citizens from voting, whereas the commission maintains they will "
            "strengthen confidence in elections."
        ),
        errors=[
            E("will not be accepted if they expired less than five years ago", "polarity", "critical",
              "will be accepted provided they expired less than five years ago"),
            E("the commission maintains", "attribution", "major", "the interior ministry argued"),
        ],
        traps=[
            T("around 90,000 eligible voters, about 2 percent",
              "about 2 percent of eligible voters, roughly 90,000 people"),
            T("older and less well-off citizens", "elderly and poorer citizens"),
        ],
    ),
    # 34 -----------------------------------------------------------------
    dict(
        domain="charity fundraising scandal",
        mode="translation",
        label="consistent",
        reference=(
            "The children's charity Sunward Foundation has dismissed its director of fundraising after an "
            "internal audit found that call-centre staff had put pressure on elderly donors to increase "
            "their monthly contributions, the foundation's board said on Wednesday. According to the "
            "audit, at least 340 donors over the age of 80 were called repeatedly, in some cases more than "
            "ten times a month. The foundation has suspended all telephone fundraising, will refund "
            "contributions to donors who request it and has reported itself to the charity regulator. "
            "Board chair Agnes Lindqvist called the practices 'unacceptable and contrary to our values'. "
            "Donations to the foundation amounted to 48 million euros last year."
        ),
        candidate=(
            "The Sunward Foundation, a charity for children, has fired its head of fundraising after an "
            "internal audit showed that call-centre employees had pressed elderly donors to raise their "
            "monthly gifts, its board announced on Wednesday. The audit found that no fewer than 340 "
            "donors aged over 80 had received repeated calls, sometimes upwards of ten a month. All "
            "fundraising by telephone has been halted; donors who ask for their money back will be "
            "reimbursed, and the foundation has referred itself to the charity regulator. Agnes "
            "Lindqvist, who chairs the board, described the practices as 'unacceptable and against our "
            "values'. Last year the foundation took in €48 million in donations."
        ),
        errors=[],
        traps=[
            T("has fired its head of fundraising", "has dismissed its director of fundraising"),
            T("no fewer than 340 donors aged over 80", "at least 340 donors over the age of 80"),
            T("sometimes upwards of ten a month", "in some cases more than ten times a month"),
            T("donors who ask for their money back will be reimbursed",
              "will refund contributions to donors who request it"),
            T("has referred itself to the charity regulator", "has reported itself to the charity regulator"),
        ],
    ),
    # 35 -----------------------------------------------------------------
    dict(
        domain="pilot strike",
        mode="translation",
        label="inconsistent",
        reference=(
            "Pilots at the airline Transalpa will strike for 48 hours from Friday morning after talks on "
            "pay and rest periods broke down, the pilots' union VPC announced on Tuesday. The airline "
            "expects to cancel about 600 flights, affecting some 70,000 passengers. The union is demanding "
            "a pay rise of 9 percent over two years and longer rest periods between long-haul flights. "
            "Transalpa's management described the demands as 'unaffordable' and said it had offered 5 "
            "percent. Passengers on cancelled flights will be able to rebook free of charge or receive a "
            "full refund. It is the second strike by the pilots this year; a one-day walkout in March led "
            "to the cancellation of 300 flights."
        ),
        candidate=(
            "Transalpa pilots are to walk out for two days starting on Friday morning after negotiations "
            "over pay and rest periods collapsed, their union, VPC, said on Tuesday. Around 600 flights "
            "are likely to be cancelled, according to the airline, hitting roughly 70,000 travellers. The "
            "union is seeking a 9 percent raise spread over two years as well as longer rest between "
            "long-haul flights, longer rest between long-haul flights. Management at Transalpa called the "
            "demands 'unaffordable', saying it had put 5 percent on the table. Those whose flights are "
            "cancelled can rebook at no cost or get their money back in full. This is the pilots' second "
            "strike this year, after a 24-hour walkout in March forced 300 flights to be cancelled."
        ),
        errors=[
            E("longer rest between long-haul flights", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("for two days", "for 48 hours"),
            T("put 5 percent on the table", "it had offered 5 percent"),
            T("a 24-hour walkout", "a one-day walkout"),
        ],
    ),
    # 36 -----------------------------------------------------------------
    dict(
        domain="school building collapse risk",
        mode="translation",
        label="consistent",
        reference=(
            "The municipality of Brenzano has closed the Via Orti primary school with immediate effect "
            "after engineers found that the concrete roof beams of the gymnasium and two classrooms were "
            "at risk of collapse, mayor Chiara Belotti said on Thursday. The 410 pupils will be taught in "
            "temporary classrooms and at a nearby secondary school from Monday. The building, constructed "
            "in 1972, was last inspected in 2019, when no serious problems were identified. Repairs are "
            "estimated to cost 2.6 million euros and could take up to a year. The mayor said that "
            "inspections of the municipality's eleven other schools built before 1980 would be completed "
            "by the end of the month. Parents' representatives criticised the short notice."
        ),
        candidate=(
            "Mayor Chiara Belotti announced on Thursday that Brenzano's council had shut the Via Orti "
            "primary school immediately, after engineers concluded that the concrete roof beams over the "
            "gym and two classrooms could collapse. Starting Monday, the school's 410 pupils will have "
            "lessons in temporary classrooms and at a secondary school close by. When the building, which "
            "dates from 1972, was last checked in 2019, no serious problems were found. The repairs are "
            "estimated at €2.6 million and could take up to twelve months. The other eleven municipal "
            "schools built before 1980 will all have been inspected by the end of the month, the mayor "
            "said. Parent representatives complained about the short notice."
        ),
        errors=[],
        traps=[
            T("shut the Via Orti primary school immediately",
              "closed the Via Orti primary school with immediate effect"),
            T("could collapse", "were at risk of collapse"),
            T("which dates from 1972", "constructed in 1972"),
            T("up to twelve months", "up to a year"),
        ],
    ),
    # 37 -----------------------------------------------------------------
    dict(
        domain="ceasefire monitoring",
        mode="translation",
        label="inconsistent",
        reference=(
            "International observers recorded 37 violations of the ceasefire in the Orsk valley during "
            "the past week, mostly small-arms fire at night, the monitoring mission said in its weekly "
            "report on Friday. This was fewer than the 52 violations recorded the week before. No "
            "civilian casualties were reported, but a house in the village of Tavrin was damaged by a "
            "mortar round. The mission said its patrols had twice been denied access to a checkpoint near "
            "Tavrin and called on both sides to guarantee freedom of movement for its monitors. The "
            "mission, which has 140 observers, is due to present its next report to the regional security "
            "council on 12 March."
        ),
        candidate=(
            "In its weekly report released on Friday, the monitoring mission said international observers "
            "had logged 37 ceasefire violations in the Orsk valley over the previous seven days, most of "
            "them small-arms fire after dark. That was down from 52 the week before. There were no reports "
            "of civilian casualties, although a mortar round damaged a house in Tavrin village. The "
            "mission said its patrols had twice come under fire at a checkpoint near Tavrin, and it urged "
            "both sides to guarantee that its monitors could move freely. The 140-strong mission is "
            "scheduled to submit its next report to the regional security council on 12 March."
        ),
        errors=[
            E("had twice come under fire at a checkpoint near Tavrin", "event", "critical",
              "had twice been denied access to a checkpoint near Tavrin"),
        ],
        traps=[
            T("over the previous seven days", "during the past week"),
            T("That was down from 52 the week before",
              "This was fewer than the 52 violations recorded the week before"),
            T("The 140-strong mission", "The mission, which has 140 observers"),
        ],
    ),
    # 38 -----------------------------------------------------------------
    dict(
        domain="church bell complaint",
        mode="translation",
        label="consistent",
        reference=(
            "The parish of St Aldric in the village of Moosbrunn will stop ringing its bells at night "
            "after neighbours complained about the noise, the diocese said on Monday. From next month, "
            "the bells will no longer strike the hours between 10pm and 7am, although the morning bell at "
            "7am will remain. The complaint was made by a couple who moved to the village last year and "
            "who had threatened legal action. Parish priest Father Lukas Amsel said the decision had been "
            "'painful' but that the parish wanted to avoid a court case. More than 600 residents, in a "
            "village of about 1,400 people, have signed a petition calling for the night-time ringing to "
            "be kept."
        ),
        candidate=(
            "The diocese announced on Monday that St Aldric's parish in Moosbrunn will no longer ring its "
            "bells during the night, following a noise complaint from neighbours. As of next month, the "
            "bells will stop striking the hours from 10pm until 7am, but the 7am morning bell will still "
            "ring. The complaint came from a couple who arrived in the village last year and had "
            "threatened to go to court. The parish priest, Father Lukas Amsel, called the decision "
            "'painful' but said the parish wished to avoid litigation. Over 600 of the village's roughly "
            "1,400 inhabitants have signed a petition asking for the night ringing to continue."
        ),
        errors=[],
        traps=[
            T("As of next month", "From next month"),
            T("had threatened to go to court", "had threatened legal action"),
            T("wished to avoid litigation", "wanted to avoid a court case"),
            T("Over 600 of the village's roughly 1,400 inhabitants",
              "More than 600 residents, in a village of about 1,400 people"),
        ],
    ),
    # 39 -----------------------------------------------------------------
    dict(
        domain="credit union growth",
        mode="translation",
        label="inconsistent",
        reference=(
            "The Kessel Valley credit union grew its membership by 18 percent last year to 46,000, its "
            "highest ever level, the cooperative said at its annual meeting on Saturday. Total deposits "
            "rose to 310 million euros, while lending to small businesses increased by a quarter. Chief "
            "executive Marta Veldhuis said the growth was driven mainly by young people leaving "
            "commercial banks that had closed branches in the region. The credit union opened two new "
            "branches last year, in Ober-Kessel and Lindrau, and plans to open a third in Haldorf in the "
            "autumn. Members will receive a dividend of 2.1 percent on their shares, compared with 1.5 "
            "percent a year earlier."
        ),
        candidate=(
            "Membership of the Kessel Valley credit union rose 18 percent last year to a record 46,000, "
            "the cooperative told its annual general meeting on Saturday. Deposits climbed to a total of "
            "€310 million, and loans to small firms grew by 25 percent. According to chief executive "
            "Marta Veldhuis, the increase came chiefly from young people turning their backs on "
            "commercial banks that had shut branches in the region. Last year two new branches opened, in "
            "Ober-Kessel and Unter-Kessel, and a third is planned for Haldorf in the autumn. The dividend "
            "paid on members' shares will be 2.1 percent, up from 1.5 percent the previous year."
        ),
        errors=[
            E("Unter-Kessel", "entity", "minor", "Lindrau"),
        ],
        traps=[
            T("a record 46,000", "46,000, its highest ever level"),
            T("grew by 25 percent", "increased by a quarter"),
            T("turning their backs on commercial banks", "leaving commercial banks"),
        ],
    ),
    # 40 -----------------------------------------------------------------
    dict(
        domain="volcano eruption flights",
        mode="translation",
        label="consistent",
        reference=(
            "The eruption of the Hrafnafell volcano forced the cancellation of around 280 flights at "
            "Keldur International Airport on Wednesday, the airport operator said. An ash cloud reached a "
            "height of about nine kilometres, and the civil aviation authority closed airspace over the "
            "south-west of the island for twelve hours. Flights resumed on Thursday morning, but delays "
            "are expected to continue until the weekend. Scientists at the Meteorological Institute said "
            "the eruption had weakened overnight but warned that a new fissure could open at short "
            "notice. The town of Vikholt, six kilometres from the volcano, was evacuated as a precaution; "
            "around 1,900 residents were allowed to return on Thursday afternoon."
        ),
        candidate=(
            "Some 280 flights at Keldur International Airport were cancelled on Wednesday because of the "
            "Hrafnafell eruption, according to the airport's operator. The ash cloud climbed to around "
            "9 km, and the civil aviation authority shut the airspace above the island's south-west for "
            "half a day. Flights restarted on Thursday morning, although delays are likely to continue "
            "until the weekend. Meteorological Institute scientists said the eruption had lost strength "
            "during the night, but cautioned that a new fissure might open with little warning. As a "
            "precaution, Vikholt, a town 6 km from the volcano, was evacuated; roughly 1,900 residents "
            "were let back in on Thursday afternoon."
        ),
        errors=[],
        traps=[
            T("around 9 km", "about nine kilometres"),
            T("for half a day", "for twelve hours"),
            T("delays are likely to continue until the weekend",
              "delays are expected to continue until the weekend"),
            T("might open with little warning", "could open at short notice"),
            T("were let back in", "were allowed to return"),
        ],
    ),
]
