"""Set 141, pairs 1-10 (hand-written; all names invented)."""

CASES = [
    # 1 ------------------------------------------------------------------
    dict(
        domain="aurora tourism", mode="rewrite", label="consistent",
        reference=(
            "Visitor numbers to the Halvik Peninsula rose by 38 percent last winter as travellers sought out "
            "the northern lights, according to figures published on Monday by the regional tourism board, "
            "Visit Nordkamm. The board said 214,000 overnight stays were recorded between October and March, "
            "up from 155,000 a year earlier. Guesthouse owners reported that bookings for February were almost "
            "fully taken by early December. Board director Ingrid Solvang said the increase was welcome but "
            "warned that road capacity on the single coastal highway was likely to become a constraint. The "
            "board plans to introduce a shuttle bus service from the airport at Tormesund next season, subject "
            "to funding from the regional council."
        ),
        candidate=(
            "Visitor numbers on the Halvik Peninsula were up 38 percent last winter as tourists came in search "
            "of the aurora borealis, the regional tourism board, Visit Nordkamm, said in figures released on "
            "Monday. Overnight stays between October and March reached 214,000, against 155,000 a year before, "
            "and by early December guesthouse owners were reporting that February was almost fully booked. "
            "Ingrid Solvang, who heads the board, welcomed the growth but warned that capacity on the single "
            "coastal highway would probably become a bottleneck. The board intends to launch a shuttle bus from "
            "Tormesund airport next season if the regional council agrees to fund it."
        ),
        errors=[],
        traps=[
            ("the aurora borealis", "the northern lights"),
            ("against 155,000 a year before", "up from 155,000 a year earlier"),
            ("Ingrid Solvang, who heads the board", "Board director Ingrid Solvang"),
            ("would probably become a bottleneck", "was likely to become a constraint"),
            ("if the regional council agrees to fund it", "subject to funding from the regional council"),
        ],
    ),
    # 2 ------------------------------------------------------------------
    dict(
        domain="landfill tax", mode="rewrite", label="inconsistent",
        reference=(
            "The government of the Province of Wexmoor will raise its landfill tax from 94 to 112 crowns per "
            "tonne on 1 April, the finance department announced on Thursday. The increase, the first in four "
            "years, is intended to push municipalities towards recycling and composting. Waste operators will "
            "be given a six-month grace period for loads contracted before the announcement. Finance minister "
            "Pieter Oldenkamp said the additional revenue, estimated at 41 million crowns a year, would be "
            "ring-fenced for a fund supporting local recycling centres. The Association of Municipal Waste "
            "Authorities criticised the timing, saying councils had already set their budgets for the coming "
            "year and would have to find the money elsewhere."
        ),
        candidate=(
            "Wexmoor's landfill tax will go up on 1 April from 94 crowns to 112 crowns a tonne, the provincial "
            "finance department said on Thursday. It is the first rise in four years and is designed to nudge "
            "municipalities into recycling and composting more. Waste operators will have six months' grace. "
            "According to finance minister Pieter Oldenkamp, the extra income - an estimated 14 million crowns a "
            "year - will be reserved for a fund that supports local recycling centres. The timing was criticised "
            "by the Association of Municipal Waste Authorities, which said councils had already fixed next "
            "year's budgets and would now need to find the money from other sources."
        ),
        errors=[
            dict(type="omission", after="Waste operators will have six months' grace", sev="major",
                 ref="for loads contracted before the announcement"),
            dict(text="14 million crowns", type="number", sev="major", ref="41 million crowns"),
        ],
        traps=[
            ("the first rise in four years", "the first in four years"),
            ("will be reserved for", "would be ring-fenced for"),
        ],
    ),
    # 3 ------------------------------------------------------------------
    dict(
        domain="red squirrel pox", mode="summary", label="consistent",
        reference=(
            "Squirrelpox has been confirmed in red squirrels at two sites in the Carrow Forest, the conservation "
            "charity Wildwood Trust said on Wednesday. Post-mortem tests on five animals found dead near the "
            "villages of Altbridge and Kelsby last month showed all five had the virus, which is carried by grey "
            "squirrels without harming them but is usually fatal to reds. The Trust has asked visitors to stop "
            "putting out food for birds and squirrels in the area for at least eight weeks, because feeders bring "
            "animals into close contact and help the disease spread. Rangers will increase grey squirrel control "
            "around the two sites. The forest holds an estimated 600 red squirrels, one of the largest "
            "populations in the region."
        ),
        candidate=(
            "Five red squirrels found dead last month near Altbridge and Kelsby in the Carrow Forest all tested "
            "positive for squirrelpox, the Wildwood Trust said. The virus is harmless to the greys that carry it "
            "but usually kills reds. Visitors have been asked to stop putting out food for birds and squirrels "
            "in the area for at least 56 days, as feeders help the disease spread, and rangers will step up grey "
            "control. The forest's estimated 600 reds form one of the region's largest populations."
        ),
        errors=[],
        traps=[
            ("all tested positive for squirrelpox", "showed all five had the virus"),
            ("harmless to the greys that carry it", "carried by grey squirrels without harming them"),
            ("for at least 56 days", "for at least eight weeks"),
            ("step up grey control", "increase grey squirrel control"),
        ],
    ),
    # 4 ------------------------------------------------------------------
    dict(
        domain="looted artefact restitution", mode="summary", label="inconsistent",
        reference=(
            "The Museum of Antiquities in Brennstadt has agreed to return a bronze ceremonial mask to the "
            "Republic of Veloria after a three-year investigation concluded it had been looted from a temple "
            "site in 1987. The museum acquired the mask in 1994 from the dealer Hollis & Crane, which has since "
            "ceased trading. Director Marthe Quellin said the museum accepted the findings of the investigation, "
            "carried out by Veloria's culture ministry with the help of an independent provenance researcher, "
            "and would hand the object over at a ceremony in the autumn. Veloria's ambassador, Dario Venk, "
            "called the decision 'a model for other institutions'. The museum said it was reviewing 40 other "
            "objects bought from the same dealer."
        ),
        candidate=(
            "Brennstadt's Museum of Antiquities will return a bronze ceremonial mask to Veloria after an inquiry "
            "by an independent provenance researcher, assisted by Veloria's culture ministry, found it was looted "
            "from a temple in 1987. The mask, bought in 1994 from a now-defunct dealer, will be handed over at a "
            "ceremony this autumn; the museum is reviewing 40 other pieces from the same source."
        ),
        errors=[
            dict(text="an independent provenance researcher, assisted by Veloria's culture ministry",
                 type="role", sev="minor",
                 ref="carried out by Veloria's culture ministry with the help of an independent provenance researcher"),
        ],
        traps=[
            ("a now-defunct dealer", "which has since ceased trading"),
            ("40 other pieces from the same source", "40 other objects bought from the same dealer"),
        ],
    ),
    # 5 ------------------------------------------------------------------
    dict(
        domain="baby formula recall", mode="translation", label="consistent",
        reference=(
            "The food safety authority has ordered the recall of three batches of infant formula produced by the "
            "dairy company Melkhof after tests detected the bacterium Cronobacter in samples taken at its factory "
            "in Zeeveld. The affected batches, sold under the brand name Kindervoed First Milk in 800-gram tins, "
            "carry best-before dates between 12 and 19 March of next year. According to the authority, no "
            "illnesses linked to the product have been reported so far. Parents who have bought the tins are "
            "asked not to use them and to return them to the shop for a full refund. Melkhof said it had halted "
            "production on the line concerned while it carries out an investigation."
        ),
        candidate=(
            "Three lots of Melkhof infant milk have been pulled from sale on the orders of the food safety agency, "
            "after Cronobacter bacteria turned up in samples collected at the dairy firm's Zeeveld plant. The "
            "recall concerns Kindervoed First Milk in 800 g tins with a best-before date from 12 to 19 March next "
            "year. So far, the agency says, nobody has been reported ill in connection with the formula. Parents "
            "who purchased these tins should not use them but bring them back to the store, where they will be "
            "refunded in full. The company said it had stopped the production line in question pending an "
            "investigation."
        ),
        errors=[],
        traps=[
            ("pulled from sale on the orders of the food safety agency",
             "The food safety authority has ordered the recall"),
            ("800 g tins", "800-gram tins"),
            ("nobody has been reported ill in connection with the formula",
             "no illnesses linked to the product have been reported"),
            ("stopped the production line in question pending an investigation",
             "halted production on the line concerned while it carries out an investigation"),
        ],
    ),
    # 6 ------------------------------------------------------------------
    dict(
        domain="football club administration", mode="translation", label="inconsistent",
        reference=(
            "Second-division club FC Stavnes entered administration on Tuesday after failing to pay a tax debt of "
            "3.4 million euros, the league announced. The club will automatically be deducted twelve points, "
            "which leaves it bottom of the table with nine matches remaining. The administrator, the accounting "
            "firm Brandt Lessing, said players and staff would receive their March wages and that all fixtures "
            "would be fulfilled. It added that a consortium led by local businessman Arne Vos had already "
            "expressed interest in buying the club. Club chairman Ruud Hennink resigned on Monday evening, one "
            "day before the filing. The league has given the administrators until 30 June to find a buyer."
        ),
        candidate=(
            "FC Stavnes, who play in the second division, went into administration on Tuesday because they could "
            "not pay a tax bill of 3.4 million euros, according to the league. The penalty is an automatic "
            "twelve-point deduction, leaving the club in last place with nine games still to play. Brandt "
            "Lessing, the accountancy firm acting as administrator, said March salaries would be paid to players "
            "and staff and that every fixture would be played. According to the firm, a consortium headed by "
            "local businessman Ruud Hennink has already signalled interest in a takeover. Chairman Ruud Hennink "
            "stepped down the evening after the filing. Under the league's deadline, the administrators have "
            "until 30 June to find a buyer."
        ),
        errors=[
            dict(text="Ruud Hennink", occ=0, type="entity", sev="major", ref="Arne Vos"),
            dict(text="the evening after the filing", type="date", sev="minor",
                 ref="on Monday evening, one day before the filing"),
        ],
        traps=[
            ("an automatic twelve-point deduction", "automatically be deducted twelve points"),
            ("every fixture would be played", "all fixtures would be fulfilled"),
        ],
    ),
    # 7 ------------------------------------------------------------------
    dict(
        domain="homeless shelter opening", mode="rewrite", label="consistent",
        reference=(
            "A new 60-bed shelter for homeless people will open in the Dockside district of Marlow Bay on 1 "
            "November, the city council confirmed yesterday. The shelter, in a converted former customs "
            "warehouse, will be run by the charity Open Door Trust and will stay open around the clock, unlike "
            "the existing night shelter on Quay Street, which closes at 8am. The conversion cost 2.3 million "
            "pounds, two-thirds of which came from a national government grant. Council leader Fiona Aldous said "
            "the building would allow people to store belongings and receive health care on site. The charity "
            "expects the shelter to be full within weeks of opening, and says it will keep 10 beds free for "
            "emergency referrals from police and hospitals."
        ),
        candidate=(
            "Marlow Bay city council confirmed yesterday that a 60-bed homeless shelter will open in the Dockside "
            "district on 1 November. The charity Open Door Trust will run the shelter, housed in a converted "
            "former customs warehouse, and it will operate 24 hours a day - unlike the existing night shelter on "
            "Quay Street, which shuts at 8am. The conversion cost 2.3 million pounds, with a national government "
            "grant covering two in every three pounds. According to council leader Fiona Aldous, people will be "
            "able to store their belongings in the building and get health care there. The Trust anticipates that "
            "the shelter will be full within weeks of opening and says it will hold back 10 beds for emergency "
            "referrals from police and hospitals."
        ),
        errors=[],
        traps=[
            ("will operate 24 hours a day", "will stay open around the clock"),
            ("two in every three pounds", "two-thirds"),
            ("get health care there", "receive health care on site"),
            ("anticipates that the shelter will be full", "expects the shelter to be full"),
            ("hold back 10 beds", "keep 10 beds free"),
        ],
    ),
    # 8 ------------------------------------------------------------------
    dict(
        domain="tourist cap old town", mode="rewrite", label="inconsistent",
        reference=(
            "The city of Castellmar will limit the number of visitors entering its medieval old town to 12,000 a "
            "day from next May, the mayor's office announced on Friday. Visitors will need to book a free time "
            "slot online, but residents, workers and people staying in hotels inside the walls will be exempt. "
            "The measure will not apply during the winter months, when numbers are lower. Mayor Lucia Ferrant "
            "said the city might introduce an entry fee later if the booking system failed to reduce crowding, "
            "but that no decision had been taken. Cruise ship passengers, who account for around a third of day "
            "visitors, will be allocated a separate quota. Local traders have said they fear a fall in sales."
        ),
        candidate=(
            "From next May, no more than 12,000 people a day will be allowed into Castellmar's medieval old town, "
            "the mayor's office said on Friday. Entry will require a free time slot booked online; residents, "
            "workers and guests at hotels within the walls are exempt. The limit will also be in force in the "
            "winter months, when numbers are lower. If the booking system does not ease crowding, the city will "
            "bring in an entry fee at a later stage, Mayor Lucia Ferrant said, although no decision has yet been "
            "made. Cruise passengers, roughly one in three day visitors, will get a quota of their own. Local "
            "shopkeepers fear their takings will fall."
        ),
        errors=[
            dict(text="will also be in force in the winter months", type="polarity", sev="major",
                 ref="The measure will not apply during the winter months"),
            dict(text="the city will bring in an entry fee", type="modality", sev="major",
                 ref="the city might introduce an entry fee"),
        ],
        traps=[
            ("no more than 12,000 people a day will be allowed",
             "limit the number of visitors entering its medieval old town to 12,000 a day"),
            ("roughly one in three day visitors", "around a third of day visitors"),
        ],
    ),
    # 9 ------------------------------------------------------------------
    dict(
        domain="cobalt supply audit", mode="rewrite", label="consistent",
        reference=(
            "Battery maker Veltra Energy said on Tuesday that an independent audit of its cobalt supply chain had "
            "found no evidence of child labour at the 14 mines it sources from, but identified safety failings at "
            "three of them. The audit, carried out by the consultancy Marsh Ridge Assurance between January and "
            "June, covered suppliers in four countries. Veltra said it had given the three mines 90 days to fix "
            "the problems, including inadequate ventilation and a lack of protective equipment, and would suspend "
            "purchases from any site that failed to do so. The company buys roughly 8,000 tonnes of cobalt a "
            "year. Campaign group Fair Minerals Watch welcomed the publication of the audit but said Veltra "
            "should name the three mines."
        ),
        candidate=(
            "An independent audit of Veltra Energy's cobalt supply chain found no sign of child labour at any of "
            "the 14 mines the battery maker sources from, the company said on Tuesday, though three of them were "
            "found to have safety shortcomings. Consultants Marsh Ridge Assurance conducted the audit from "
            "January to June, looking at suppliers in four countries. The three mines have been given a 90-day "
            "deadline to fix problems including poor ventilation and a lack of protective equipment, and Veltra "
            "said it would put purchases on hold from any site that missed it. The company's annual cobalt "
            "purchases are around 8,000 tonnes. Fair Minerals Watch, a campaign group, welcomed the audit's "
            "publication but said Veltra should name the three mines."
        ),
        errors=[],
        traps=[
            ("no sign of child labour", "no evidence of child labour"),
            ("Consultants Marsh Ridge Assurance conducted the audit",
             "The audit, carried out by the consultancy Marsh Ridge Assurance"),
            ("a 90-day deadline", "90 days"),
            ("put purchases on hold", "suspend purchases"),
            ("The company's annual cobalt purchases are around 8,000 tonnes",
             "The company buys roughly 8,000 tonnes of cobalt a year"),
        ],
    ),
    # 10 -----------------------------------------------------------------
    dict(
        domain="crypto exchange failure", mode="summary", label="inconsistent",
        reference=(
            "Customers of the collapsed cryptocurrency exchange Coinvale will receive about 40 cents for every "
            "dollar they held on the platform, its liquidators said on Thursday. The exchange, based in the "
            "island territory of Port Meridian, suspended withdrawals in March and filed for insolvency two weeks "
            "later, owing 310,000 customers a combined 1.1 billion dollars. The liquidators, from the firm Ashby "
            "Crowe, said they had recovered 450 million dollars in assets so far, mostly from bank accounts and "
            "cold-storage wallets. They said further recoveries were possible but would depend on lawsuits "
            "against former executives. Coinvale's founder, Tobias Renn, has not been charged with any offence "
            "and has denied wrongdoing through his lawyers. First payments are expected in the autumn."
        ),
        candidate=(
            "Coinvale customers will get back roughly 40 cents on the dollar, liquidators Ashby Crowe said. The "
            "exchange froze withdrawals in March and went insolvent owing 310,000 customers $1.1bn; $450m has "
            "been recovered so far, and more may follow from lawsuits against former executives, who are accused "
            "of diverting customer funds. First payouts are expected in the autumn."
        ),
        errors=[
            dict(text="who are accused of diverting customer funds", type="addition", sev="critical", ref=None),
        ],
        traps=[
            ("roughly 40 cents on the dollar", "about 40 cents for every dollar"),
            ("$1.1bn", "1.1 billion dollars"),
            ("$450m", "450 million dollars"),
        ],
    ),
]
