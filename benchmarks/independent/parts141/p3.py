"""Set 141, pairs 21-30 (hand-written; all names invented)."""

CASES = [
    # 21 -----------------------------------------------------------------
    dict(
        domain="cancer screening invite error", mode="rewrite", label="consistent",
        reference=(
            "About 14,000 women in the Ardmore health region were not sent invitations for breast cancer "
            "screening over an 18-month period because of a software fault, the regional health board admitted "
            "on Monday. The fault, in a system used to schedule appointments, wrongly removed women aged 69 and 70 "
            "from the invitation list after an upgrade in early 2023. The board said all affected women would be "
            "contacted by letter within six weeks and offered an appointment. Chief medical officer Dr Sunita Rao "
            "said it was not possible yet to say whether any cancers had been missed, but that a clinical review "
            "was under way. The board has apologised and commissioned an external inquiry into how the error went "
            "undetected."
        ),
        candidate=(
            "The Ardmore regional health board admitted on Monday that a software fault had stopped roughly "
            "14,000 women from being invited for breast cancer screening for a year and a half. After an upgrade "
            "in early 2023, the appointment-scheduling system wrongly dropped women aged 69 and 70 from the list "
            "of those to be invited. Every woman affected will receive a letter within 42 days offering her an "
            "appointment, the board said. Whether any cancers have been missed cannot yet be determined, according "
            "to chief medical officer Dr Sunita Rao, though a clinical review is under way. The board, which has "
            "apologised, has commissioned an outside inquiry into how the error went unnoticed."
        ),
        errors=[],
        traps=[
            ("for a year and a half", "over an 18-month period"),
            ("wrongly dropped", "wrongly removed"),
            ("within 42 days", "within six weeks"),
            ("Whether any cancers have been missed cannot yet be determined",
             "it was not possible yet to say whether any cancers had been missed"),
            ("an outside inquiry", "an external inquiry"),
        ],
    ),
    # 22 -----------------------------------------------------------------
    dict(
        domain="party donation probe", mode="rewrite", label="inconsistent",
        reference=(
            "The Electoral Standards Commission has opened an investigation into a donation of 250,000 crowns made "
            "to the Civic Renewal Party by a company that may not have been entitled to give money to political "
            "parties. The donation, from property developer Harbourline Estates, was recorded in the party's "
            "accounts for the last quarter of 2023. Under electoral law, donors must be registered in the country "
            "and carry on business there. The commission said Harbourline's registered address appeared to be a "
            "residential flat and that it was seeking further information. Party treasurer Mona Elgaard said the "
            "party had carried out the required checks and would cooperate fully. Opposition MP Jakob Strand "
            "called for the money to be returned immediately."
        ),
        candidate=(
            "A 250,000-crown donation to the Civic Renewal Party from a company that may not have been entitled to "
            "fund political parties is being investigated by the Electoral Standards Commission. The money came "
            "from property developer Harbourline Estates and appears in the party's accounts for October to "
            "December 2023. Electoral law requires donors to be registered in the country and to do business "
            "there. According to the commission, the party's registered address appeared to be a residential "
            "flat, and it was seeking more information. Treasurer Mona Elgaard said the party had made the "
            "required checks and would cooperate fully. The commission has also called for the money to be "
            "returned immediately."
        ),
        errors=[
            dict(text="the party's", occ=1, type="entity", sev="major", ref="Harbourline's"),
            dict(text="The commission has also called", type="attribution", sev="major",
                 ref="Opposition MP Jakob Strand called"),
        ],
        traps=[
            ("October to December 2023", "the last quarter of 2023"),
            ("Electoral law requires donors", "Under electoral law, donors must"),
        ],
    ),
    # 23 -----------------------------------------------------------------
    dict(
        domain="heat stroke deaths", mode="summary", label="consistent",
        reference=(
            "Eleven people died of heat stroke in the province of Serrano during last week's heatwave, the "
            "provincial health department said on Tuesday, making it the deadliest heat event in the region since "
            "records began in 1995. Nine of the victims were over 75 and most lived alone. Temperatures reached "
            "44.6C in the city of Villabruna on Thursday, a provincial record. Hospitals treated more than 300 "
            "people for heat-related illness between Monday and Saturday. The department said it would extend the "
            "opening hours of public cooling centres and ask social services to make daily phone calls to elderly "
            "people living alone during future heat alerts. Forecasters expect temperatures to fall to seasonal "
            "levels by the weekend."
        ),
        candidate=(
            "Last week's heatwave killed eleven people through heat stroke in Serrano province - the region's "
            "deadliest heat event since records began in 1995 - health officials said. All but two of the dead "
            "were older than 75, and most lived alone. Villabruna hit a provincial record of 44.6C, and over 300 "
            "people were treated in hospital for heat-related illness. Cooling centres will open longer, and "
            "social services will be asked to phone elderly people living alone every day during future heat "
            "alerts."
        ),
        errors=[],
        traps=[
            ("health officials said", "the provincial health department said"),
            ("All but two of the dead were older than 75", "Nine of the victims were over 75"),
            ("over 300 people", "more than 300 people"),
            ("Cooling centres will open longer", "extend the opening hours of public cooling centres"),
        ],
    ),
    # 24 -----------------------------------------------------------------
    dict(
        domain="rocket launch scrub", mode="translation", label="inconsistent",
        reference=(
            "The launch of the Aurore-2 weather satellite from the Kerval spaceport was called off on Wednesday, "
            "47 seconds before lift-off, after an automatic system detected abnormal pressure in one of the "
            "rocket's fuel tanks. The launch operator, Astrelle, said the satellite and the rocket were safe and "
            "that engineers would drain the propellant before inspecting the tank. A new attempt will not take "
            "place before next Tuesday at the earliest. The satellite, built for the national meteorological "
            "service at a cost of 180 million euros, is designed to improve storm forecasts over the Atlantic. It "
            "is the second postponement for the mission, which was first delayed in March because of a faulty "
            "valve."
        ),
        candidate=(
            "The countdown for the Aurore-2 weather satellite at the Kerval spaceport was halted on Wednesday, 74 "
            "seconds before the planned lift-off, when an automated system picked up unusual pressure in one of "
            "the rocket's fuel tanks. According to launch operator Astrelle, neither the satellite nor the "
            "launcher was in danger, and engineers will empty the tank of propellant and then replace it. The next "
            "attempt cannot happen before next Tuesday at the earliest. The satellite, which cost 180 million "
            "euros and was built for the national weather service, is meant to improve storm forecasting over the "
            "Atlantic. This is the mission's second delay; in March it was pushed back because of a defective "
            "valve."
        ),
        errors=[
            dict(text="74 seconds", type="number", sev="minor", ref="47 seconds"),
            dict(text="replace it", type="event", sev="major", ref="inspecting the tank"),
        ],
        traps=[
            ("neither the satellite nor the launcher was in danger", "the satellite and the rocket were safe"),
            ("a defective valve", "a faulty valve"),
        ],
    ),
    # 25 -----------------------------------------------------------------
    dict(
        domain="timber export ban", mode="translation", label="consistent",
        reference=(
            "The government of the Republic of Sanvela will ban the export of unprocessed logs from 1 January in "
            "an effort to develop the country's own sawmills and furniture industry, the Ministry of Forests "
            "announced on Friday. Sawn timber and finished wood products will not be affected. The ban was "
            "approved by the Council of Ministers on Thursday and will be reviewed after three years. Log exports "
            "earned the country about 95 million dollars last year, mainly from sales to Asian buyers. The Timber "
            "Exporters' Federation said the measure would cost thousands of jobs in the short term, while the "
            "ministry argued that processing the wood domestically would create more employment in the long run."
        ),
        candidate=(
            "From 1 January, Sanvela will no longer allow raw logs to be exported, the forests ministry said on "
            "Friday, explaining that the aim is to build up domestic sawmills and furniture makers. The ban does "
            "not cover sawn timber or finished wood products. Ministers approved it on Thursday at a cabinet "
            "meeting, and it will be reassessed in three years' time. Last year the country earned roughly 95 "
            "million dollars from exporting logs, largely to buyers in Asia. According to the Timber Exporters' "
            "Federation, thousands of jobs will be lost in the short term; the ministry, by contrast, says that "
            "processing wood at home will generate more jobs over the long term."
        ),
        errors=[],
        traps=[
            ("will no longer allow raw logs to be exported", "will ban the export of unprocessed logs"),
            ("Ministers approved it on Thursday at a cabinet meeting",
             "approved by the Council of Ministers on Thursday"),
            ("reassessed in three years' time", "reviewed after three years"),
            ("roughly 95 million dollars", "about 95 million dollars"),
            ("over the long term", "in the long run"),
        ],
    ),
    # 26 -----------------------------------------------------------------
    dict(
        domain="takeover bid rejected", mode="rewrite", label="consistent",
        reference=(
            "The board of packaging group Corran Holdings has unanimously rejected a 1.9-billion-pound takeover "
            "offer from its US rival Vantis Packaging, saying it significantly undervalued the company. The cash "
            "offer of 540 pence per share, made on 3 October, represented a premium of 28 percent to Corran's "
            "closing share price the day before. Chairman Alistair Moyes said the board had not engaged in talks "
            "and would not recommend any offer at that level. Vantis has until 31 October under takeover rules to "
            "either make a firm offer or walk away. Corran shares rose 19 percent to 502 pence on Monday. Two of "
            "Corran's largest shareholders have said privately that they would consider a higher bid, according "
            "to people familiar with the matter."
        ),
        candidate=(
            "Corran Holdings' board has unanimously turned down a £1.9bn takeover offer from US rival Vantis "
            "Packaging, arguing that it substantially undervalued the packaging group. The all-cash offer, made on "
            "3 October, was worth 540p a share, 28 percent above Corran's closing price the previous day. The "
            "board had not held talks and would not recommend any bid at that level, chairman Alistair Moyes said. "
            "Takeover rules give Vantis until 31 October to make a firm offer or walk away. Corran's shares "
            "climbed 19 percent to 502p on Monday. According to people familiar with the matter, two of the "
            "company's biggest shareholders have privately said they would consider an improved bid."
        ),
        errors=[],
        traps=[
            ("£1.9bn", "1.9-billion-pound"),
            ("540p a share", "540 pence per share"),
            ("28 percent above Corran's closing price the previous day",
             "a premium of 28 percent to Corran's closing share price the day before"),
            ("Takeover rules give Vantis until 31 October", "Vantis has until 31 October under takeover rules"),
            ("an improved bid", "a higher bid"),
        ],
    ),
    # 27 -----------------------------------------------------------------
    dict(
        domain="school merger vote", mode="rewrite", label="inconsistent",
        reference=(
            "Governors of St Aidan's Primary and Hollins Lane Primary in Fenwick voted on Wednesday night to merge "
            "the two schools from September next year, despite opposition from many parents. The merged school "
            "will operate on the Hollins Lane site, and the St Aidan's building will close. The local authority "
            "said falling birth rates meant both schools had more than a quarter of their places unfilled. A "
            "consultation drew 412 responses, of which 68 percent opposed the plan. Parents' spokesperson Helen "
            "Barr said families had not been given enough information about travel arrangements. The authority "
            "said it would not provide free transport for pupils living less than two miles from the new site."
        ),
        candidate=(
            "The governing bodies of St Aidan's Primary and Hollins Lane Primary in Fenwick voted on Wednesday "
            "night to merge the schools from next September, in the face of opposition from many parents. The St "
            "Aidan's building will shut, with the combined school based at Hollins Lane. Because of falling birth "
            "rates, more than 25 percent of places at each school were empty, the local authority said. Of the 412 "
            "responses to a consultation, 68 percent were against the plan. According to parents' spokesperson "
            "Helen Barr, families had been told too little about how children would get to school. The authority "
            "said pupils who live under two miles from the new site would be given free transport."
        ),
        errors=[
            dict(text="would be given free transport", type="polarity", sev="major",
                 ref="would not provide free transport"),
        ],
        traps=[
            ("from next September", "from September next year"),
            ("more than 25 percent of places at each school were empty",
             "both schools had more than a quarter of their places unfilled"),
        ],
    ),
    # 28 -----------------------------------------------------------------
    dict(
        domain="allergen labelling law", mode="summary", label="inconsistent",
        reference=(
            "Restaurants, cafes and takeaways will have to list the 14 major allergens in every dish on their "
            "menus or on a notice at the counter under a law passed by parliament on Tuesday. The law, known "
            "locally as Mira's Law after 15-year-old Mira Castell, who died in 2021 after eating a "
            "sesame-containing sandwich bought from a bakery, will take effect in 18 months to give businesses time "
            "to prepare. Businesses that fail to comply could be fined up to 20,000 euros. The hospitality "
            "association Horeca Forum said it supported the aim but warned that small family-run businesses would "
            "struggle with the costs. Mira's parents, who campaigned for the law for three years, said they were "
            "relieved."
        ),
        candidate=(
            "Parliament on Tuesday passed Mira's Law, named after a 15-year-old who died in 2021 after eating a "
            "sesame-containing sandwich from a bakery that had not labelled it. In 18 months, restaurants, cafes "
            "and takeaways will have to list the 14 major allergens in each dish, on the menu or at the counter, "
            "or face fines of up to 20,000 euros. Hospitality body Horeca Forum backs the aim but says small "
            "family businesses will struggle with the costs. Mira's parents, who campaigned for three years, are "
            "relieved. Businesses that do not comply face fines of up to 20,000 euros."
        ),
        errors=[
            dict(text="that had not labelled it", type="addition", sev="major", ref=None),
            dict(text="face fines of up to 20,000 euros", occ=1, type="repetition", sev="minor", ref=None),
        ],
        traps=[
            ("In 18 months", "will take effect in 18 months"),
            ("small family businesses", "small family-run businesses"),
        ],
    ),
    # 29 -----------------------------------------------------------------
    dict(
        domain="netball super league", mode="translation", label="inconsistent",
        reference=(
            "The national netball federation has announced that the Super League will expand from eight to ten "
            "teams next season, with new franchises in Port Haldon and Kestrel Bay. Both clubs must still meet "
            "financial and facility criteria by the end of May, and the federation could delay their entry by a "
            "year if they do not. The season will also be extended from 14 to 18 rounds, and all matches will be "
            "broadcast live on the streaming service Netcourt. Federation chief executive Anna Roux said the "
            "expansion would give more players the chance to play professionally. Players' association chair Leah "
            "Mbeki said she welcomed the change but wanted minimum salaries to rise."
        ),
        candidate=(
            "Next season the Super League will grow from eight teams to ten, the national netball federation "
            "announced, with new franchises based in Port Haldon and Kestrel Bay. The two clubs have until the end "
            "of May to satisfy the financial and facility requirements; if they fail to, the federation will "
            "postpone their entry for a year. The season is also being lengthened from 14 rounds to 18, and every "
            "match will be shown live on the streaming platform Netcourt. The expansion means more players will "
            "have the opportunity to play professionally, said the federation's chief executive, Anna Roux. Leah "
            "Mbeki, who chairs the players' association, welcomed the move but said minimum salaries should go up."
        ),
        errors=[
            dict(text="will postpone their entry for a year", type="modality", sev="major",
                 ref="could delay their entry by a year"),
        ],
        traps=[
            ("every match will be shown live", "all matches will be broadcast live"),
            ("the opportunity to play professionally", "the chance to play professionally"),
            ("said minimum salaries should go up", "wanted minimum salaries to rise"),
        ],
    ),
    # 30 -----------------------------------------------------------------
    dict(
        domain="insurance claim surge", mode="rewrite", label="consistent",
        reference=(
            "Insurers received 38,500 claims for storm damage in the week after Storm Idris, more than four times "
            "the usual weekly number, the Association of Insurers said on Thursday. Most claims related to damaged "
            "roofs, fallen trees and flooded basements. The association estimated that total payouts would reach "
            "between 210 and 260 million euros, making Idris the costliest storm since 2017. It urged "
            "policyholders to photograph damage before starting repairs and to keep receipts for emergency work. "
            "Some insurers have brought in staff from other departments to deal with the backlog, and the "
            "association warned that complex claims could take up to three months to settle."
        ),
        candidate=(
            "In the seven days following Storm Idris, insurers received 38,500 storm-damage claims - over four "
            "times the number they would normally get in a week, the Association of Insurers said on Thursday. "
            "Damaged roofs, fallen trees and flooded basements accounted for most of them. The association "
            "estimated that payouts would total 210 to 260 million euros, which would make Idris the most "
            "expensive storm since 2017. Policyholders are being urged to take photographs of the damage before "
            "any repairs begin and to hold on to receipts for emergency work. To cope with the backlog, some "
            "insurers have moved staff across from other departments, and the association cautioned that settling "
            "complex claims might take as long as three months."
        ),
        errors=[],
        traps=[
            ("In the seven days following Storm Idris", "in the week after Storm Idris"),
            ("over four times the number they would normally get in a week",
             "more than four times the usual weekly number"),
            ("the most expensive storm since 2017", "the costliest storm since 2017"),
            ("moved staff across from other departments", "brought in staff from other departments"),
            ("might take as long as three months", "could take up to three months"),
        ],
    ),
]
