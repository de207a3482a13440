"""Translation pairs for set160 (hand-written; all names invented).

Reference and candidate are two independent English renderings of the same
(imagined) non-English news item, so the wording differs throughout.
"""

CASES = [
    # ------------------------------------------------------------------ 16
    dict(
        domain="safari park escape",
        mode="translation",
        label="inconsistent",
        reference=(
            "Two cheetahs escaped from their enclosure at the Wildpark Hohenbrück safari park on Sunday afternoon, "
            "prompting the evacuation of around 1,200 visitors. According to the park's management, a keeper had "
            "failed to close a double gate properly after feeding. One of the animals was recaptured within twenty "
            "minutes near the car park; the second was sedated by a vet about three hours later in a neighbouring "
            "maize field. Nobody was injured. Police spokesman Jörg Maiwald said officers had closed the road "
            "between Hohenbrück and Leisnitz as a precaution. The district veterinary office announced that it "
            "would inspect the park's safety procedures next week. The park will remain closed until Wednesday."
        ),
        candidate=(
            "On Sunday afternoon two cheetahs got out of their enclosure in the Hohenbrück wildlife safari park, "
            "and some 1,200 visitors had to be evacuated. A keeper had not shut a double gate properly after "
            "feeding time, the police said. One cheetah was caught again near the car park within 20 minutes; a "
            "veterinarian tranquillised the other in a neighbouring cornfield roughly four hours later. No one was "
            "hurt. As a precaution, police closed the road from Hohenbrück to Leisnitz, said spokesman Jörg "
            "Maiwald. The district veterinary authority intends to review safety procedures at the park next week. "
            "The park stays closed until Wednesday."
        ),
        errors=[
            dict(type="attribution", severity="major", text="the police said",
                 ref_text="According to the park's management"),
            dict(type="number", severity="minor", text="roughly four hours later", ref_text="about three hours later"),
        ],
        traps=[
            dict(text="within 20 minutes", ref_text="within twenty minutes"),
            dict(text="a neighbouring cornfield", ref_text="a neighbouring maize field"),
            dict(text="The district veterinary authority intends to review safety procedures",
                 ref_text="The district veterinary office announced that it would inspect the park's safety "
                          "procedures"),
        ],
    ),
    # ------------------------------------------------------------------ 17
    dict(
        domain="lift failure in flats",
        mode="translation",
        label="inconsistent",
        reference=(
            "Residents of a 16-storey block of flats on Jaskółcza Street in Borowiec Górny have been without a "
            "working lift for almost three weeks. Both lifts in the building broke down on 2 November, and the "
            "housing cooperative that manages the block says replacement parts will not arrive before 10 December. "
            "Among the 210 residents are several elderly people and wheelchair users who, as a result, cannot leave "
            "their homes. The cooperative's chairman, Zbigniew Kowalczyk, apologised and said volunteers from the "
            "local fire brigade would help carry shopping to the upper floors twice a week. The city council has "
            "said it will examine whether the cooperative neglected maintenance."
        ),
        candidate=(
            "For nearly three weeks, people living in a sixteen-floor apartment block on Jaskółcza Street in "
            "Borowiec Górny have had no working elevator. Both of the building's elevators stopped working on 2 "
            "November, and according to the housing cooperative that runs the block, the spare parts will arrive no "
            "later than 10 December. Several of the 210 residents are elderly or use wheelchairs, and because of "
            "this they are unable to leave their flats. Zbigniew Kowalczyk, who chairs the cooperative, apologised; "
            "he said volunteer firefighters from the local unit would help carry shopping up to the higher floors "
            "two times a week. City authorities have announced they will look into whether the cooperative "
            "neglected maintenance."
        ),
        errors=[
            dict(type="date", severity="major", text="will arrive no later than 10 December",
                 ref_text="will not arrive before 10 December"),
        ],
        traps=[
            dict(text="sixteen-floor apartment block", ref_text="16-storey block of flats"),
            dict(text="Several of the 210 residents are elderly or use wheelchairs",
                 ref_text="Among the 210 residents are several elderly people and wheelchair users"),
            dict(text="two times a week", ref_text="twice a week"),
        ],
    ),
    # ------------------------------------------------------------------ 18
    dict(
        domain="woodland sale to developer",
        mode="translation",
        label="inconsistent",
        reference=(
            "The municipality of Saint-Aubin-des-Landes has agreed to sell 14 hectares of communal woodland to the "
            "property developer Immobilière Varenne for 2.3 million euros, despite a petition signed by more than "
            "3,000 residents. The council approved the sale on Tuesday evening by 17 votes to 12. Mayor Hélène "
            "Castagnède said the money would fund the renovation of the town's secondary school and that the "
            "developer had committed to preserving a strip of forest along the river. Opponents, grouped in the "
            "association Les Amis du Bois Joli, say the woodland is home to a protected bat species and do not rule "
            "out challenging the decision in the administrative court. The developer plans to build 160 homes on "
            "the site."
        ),
        candidate=(
            "Despite a petition with over 3,000 signatures from local people, Saint-Aubin-des-Landes council has "
            "decided to sell 14 hectares of municipal forest to developer Immobilière Varenne for €2.3 million. "
            "Councillors voted 17 to 12 in favour of the sale on Tuesday evening. According to Mayor Hélène "
            "Castagnède, the proceeds will pay to renovate the local college, and the developer has undertaken to "
            "keep a wooded strip along the river. The opponents, who have formed the group Les Amis du Bois Joli, "
            "say a protected species of bat lives in the wood and have ruled out contesting the decision before the "
            "administrative tribunal. Varenne intends to build 160 homes there."
        ),
        errors=[
            dict(type="entity", severity="minor", text="the local college", ref_text="the town's secondary school"),
            dict(type="polarity", severity="major", text="have ruled out contesting the decision",
                 ref_text="do not rule out challenging the decision"),
        ],
        traps=[
            dict(text="€2.3 million", ref_text="2.3 million euros"),
            dict(text="Councillors voted 17 to 12 in favour of the sale",
                 ref_text="The council approved the sale on Tuesday evening by 17 votes to 12"),
            dict(text="has undertaken to keep a wooded strip along the river",
                 ref_text="had committed to preserving a strip of forest along the river"),
        ],
    ),
    # ------------------------------------------------------------------ 19
    dict(
        domain="mint worker strike",
        mode="translation",
        label="inconsistent",
        reference=(
            "Around 400 employees of the state mint in San Telmo began a 48-hour strike on Monday to demand the "
            "reinstatement of a bonus that was abolished last year. According to the union SITRAM, production of "
            "coins and banknotes stopped completely during the morning shift. The mint's management said in a "
            "statement that it had activated a contingency plan and that the supply of cash to banks was "
            "guaranteed. The Finance Ministry, which oversees the mint, has called union representatives to a "
            "meeting on Wednesday. SITRAM's general secretary, Rubén Aldao, warned that if there was no agreement, "
            "workers would stop work for a full week at the end of the month."
        ),
        candidate=(
            "Some 400 workers at the San Telmo state mint called a 48-hour strike on Monday, demanding that a bonus "
            "scrapped last year be restored. The SITRAM union said the morning shift produced no coins or "
            "banknotes at all. In a statement, mint management said a contingency plan had been put into action "
            "and that banks would continue to receive cash. Union representatives have been summoned to a meeting "
            "on Wednesday by the Finance Ministry, which is responsible for the mint. If no deal is reached, SITRAM "
            "general secretary Rubén Aldao warned, staff will walk out for an entire week at the end of the month."
        ),
        errors=[
            dict(type="event", severity="minor", text="called a 48-hour strike", ref_text="began a 48-hour strike"),
        ],
        traps=[
            dict(text="the morning shift produced no coins or banknotes at all",
                 ref_text="production of coins and banknotes stopped completely during the morning shift"),
            dict(text="banks would continue to receive cash", ref_text="the supply of cash to banks was guaranteed"),
            dict(text="Union representatives have been summoned to a meeting on Wednesday by the Finance Ministry",
                 ref_text="has called union representatives to a meeting on Wednesday"),
        ],
    ),
    # ------------------------------------------------------------------ 20
    dict(
        domain="coin shortage",
        mode="translation",
        label="inconsistent",
        reference=(
            "Shops and bus companies across the northern provinces are reporting a shortage of small coins, "
            "particularly 1- and 2-cent pieces. The Central Reserve Bank said on Thursday that the shortage was "
            "caused by people keeping coins at home rather than by reduced production, and that it had 120 million "
            "coins in its vaults ready for distribution. A spokeswoman, Ilse Vandermolen, said the bank might "
            "consider rounding cash payments to the nearest five cents if the situation did not improve by the "
            "spring. The retailers' federation said some members had started asking customers to pay by card for "
            "purchases under five euros."
        ),
        candidate=(
            "In the northern provinces, shopkeepers and bus operators say small change is running short, above all "
            "1- and 2-cent coins. According to a statement by the Central Reserve Bank on Thursday, the problem "
            "stems from people hoarding coins at home, not from lower minting, and 120 million coins are sitting "
            "in its vaults ready to be put into circulation. Spokeswoman Ilse Vandermolen said that if things had "
            "not improved by spring, the bank would round cash payments to the nearest five cents. Some members of "
            "the retailers' federation have begun asking customers to pay by card for purchases under €5, the "
            "federation said."
        ),
        errors=[
            dict(type="modality", severity="major", text="the bank would round cash payments",
                 ref_text="the bank might consider rounding cash payments"),
        ],
        traps=[
            dict(text="people hoarding coins at home", ref_text="people keeping coins at home"),
            dict(text="not from lower minting", ref_text="rather than by reduced production"),
            dict(text="under €5", ref_text="under five euros"),
        ],
    ),
    # ------------------------------------------------------------------ 36
    dict(
        domain="pesticide withdrawal",
        mode="translation",
        label="consistent",
        reference=(
            "The Board for the Authorisation of Plant Protection Products will withdraw approval for the insecticide "
            "fenoprazole from 1 July, following new research showing that the substance is harmful to bees even in "
            "very low concentrations. Farmers may use existing stocks until 31 December; after that, use will be "
            "prohibited. The board said that alternatives are available for most crops, but that growers of sugar "
            "beet and leeks may face difficulties. The farmers' organisation LTV called the decision 'premature' and "
            "asked for a transition period of two years. Environmental organisation Natuurwacht, by contrast, said "
            "the ban should have come years ago. Fenoprazole is sold by the company Agrivera under the brand name "
            "Protekt."
        ),
        candidate=(
            "From 1 July the insecticide fenoprazole will no longer be authorised, the Plant Protection Products "
            "Authorisation Board has decided, after new studies showed that even tiny concentrations of the "
            "chemical harm bees. Existing supplies can still be used by farmers up to 31 December, after which any "
            "use will be banned. For most crops there are alternatives, according to the board, though sugar beet "
            "and leek growers could run into problems. Describing the decision as 'premature', farmers' "
            "organisation LTV called for a two-year transition period. The environmental group Natuurwacht, on the "
            "other hand, said a ban was years overdue. Agrivera markets fenoprazole under the Protekt brand."
        ),
        errors=[],
        traps=[
            dict(text="even tiny concentrations", ref_text="even in very low concentrations"),
            dict(text="up to 31 December", ref_text="until 31 December"),
            dict(text="could run into problems", ref_text="may face difficulties"),
            dict(text="a ban was years overdue", ref_text="the ban should have come years ago"),
            dict(text="Agrivera markets fenoprazole under the Protekt brand",
                 ref_text="Fenoprazole is sold by the company Agrivera under the brand name Protekt"),
        ],
    ),
    # ------------------------------------------------------------------ 37
    dict(
        domain="narrow gauge railway",
        mode="translation",
        label="consistent",
        reference=(
            "The narrow-gauge railway between Ostrovany and Lipová Hora will resume operation on 15 May after a "
            "two-year break, the operating company Úzkokolejka Pod Horou announced. During the closure the "
            "19-kilometre line received new sleepers and two bridges were repaired; the works cost 86 million "
            "crowns, of which the region paid 60 percent. In the summer season, steam trains will run three times a "
            "day, on weekends up to five times. A return ticket for adults will cost 280 crowns, children under six "
            "travel free. The company's director, Pavel Šrámek, expects around 45,000 passengers in the first year. "
            "The railway was opened in 1898 and carried mainly timber until the 1960s."
        ),
        candidate=(
            "After a break of two years, trains will once again run on the narrow-gauge line from Ostrovany to "
            "Lipová Hora from 15 May, according to Úzkokolejka Pod Horou, the company that operates it. While the "
            "railway was shut, the 19km track was fitted with new sleepers and two of its bridges were repaired at "
            "a cost of CZK 86 million, three-fifths of which was covered by the region. Steam trains will operate "
            "three times daily during the summer season and as often as five times a day at weekends. Adults will "
            "pay 280 crowns for a return ticket; under-sixes go free. Director Pavel Šrámek is anticipating about "
            "45,000 passengers in the first year. Opened in 1898, the line was used chiefly to transport timber "
            "until the 1960s."
        ),
        errors=[],
        traps=[
            dict(text="19km", ref_text="19-kilometre"),
            dict(text="CZK 86 million", ref_text="86 million crowns"),
            dict(text="three-fifths of which was covered by the region", ref_text="of which the region paid 60 percent"),
            dict(text="as often as five times a day at weekends", ref_text="on weekends up to five times"),
            dict(text="under-sixes go free", ref_text="children under six travel free"),
        ],
    ),
    # ------------------------------------------------------------------ 38
    dict(
        domain="tulip bulb theft",
        mode="translation",
        label="consistent",
        reference=(
            "Thieves stole approximately 1.5 tonnes of tulip bulbs from a storage shed belonging to a grower in "
            "Noordwijkerveen during the night of Sunday to Monday. According to the police, the perpetrators forced "
            "open a side door and loaded the crates into a vehicle that must have been parked on the farm track. "
            "The stolen bulbs were of a rare, late-flowering variety and were intended for export to Japan. The "
            "grower, Kees van Dorsten, estimates the damage at around 40,000 euros. It is the third theft of bulbs "
            "in the region since October. Police are asking anyone who noticed a van or lorry in the area that "
            "night to get in touch."
        ),
        candidate=(
            "Overnight from Sunday into Monday, around one and a half tonnes of tulip bulbs were taken from a "
            "storage barn belonging to a bulb grower in Noordwijkerveen. Police say the thieves broke open a door "
            "at the side of the building and put the crates into a vehicle which must have been parked on the farm "
            "road. The bulbs, a rare variety that flowers late in the season, had been destined for export to "
            "Japan. Grower Kees van Dorsten puts his losses at about €40,000. Since October there have been three "
            "bulb thefts in the region, this one included. Anyone who saw a van or truck nearby that night is "
            "asked to contact the police."
        ),
        errors=[],
        traps=[
            dict(text="around one and a half tonnes", ref_text="approximately 1.5 tonnes"),
            dict(text="a rare variety that flowers late in the season", ref_text="a rare, late-flowering variety"),
            dict(text="puts his losses at about €40,000", ref_text="estimates the damage at around 40,000 euros"),
            dict(text="Since October there have been three bulb thefts in the region, this one included",
                 ref_text="It is the third theft of bulbs in the region since October"),
            dict(text="van or truck", ref_text="van or lorry"),
        ],
    ),
    # ------------------------------------------------------------------ 39
    dict(
        domain="tuna catch limit",
        mode="translation",
        label="consistent",
        reference=(
            "The regional fisheries commission agreed on Friday to cut the total allowable catch of bigeye tuna in "
            "the eastern ocean by 12 percent for the next two seasons, to 88,000 tonnes a year. The decision was "
            "taken after five days of negotiations in the city of Puerto Albo between delegations from 21 member "
            "states. Scientists had recommended a reduction of at least 15 percent to allow stocks to recover. The "
            "fleet of purse-seine vessels will also have to respect a 72-day closure period, eight days longer than "
            "at present. Environmental organisations called the agreement insufficient, while the industry "
            "association Atunera said the cut would cost around 1,500 jobs."
        ),
        candidate=(
            "On Friday the regional fisheries commission decided that for the coming two seasons the total "
            "allowable catch of bigeye tuna in the eastern ocean will be reduced by 12% to 88,000 tonnes per year. "
            "Delegations from the commission's 21 member countries reached the agreement in Puerto Albo after five "
            "days of talks. The scientific advice had been to cut the catch by 15% or more so that stocks could "
            "recover. In addition, purse-seine boats will have to observe a closed period of 72 days, which is "
            "eight days more than the current one. Environmental groups said the deal did not go far enough; "
            "Atunera, the industry association, said the reduction would lead to the loss of some 1,500 jobs."
        ),
        errors=[],
        traps=[
            dict(text="for the coming two seasons", ref_text="for the next two seasons"),
            dict(text="by 15% or more", ref_text="of at least 15 percent"),
            dict(text="eight days more than the current one", ref_text="eight days longer than at present"),
            dict(text="the deal did not go far enough", ref_text="called the agreement insufficient"),
            dict(text="the loss of some 1,500 jobs", ref_text="would cost around 1,500 jobs"),
        ],
    ),
    # ------------------------------------------------------------------ 40
    dict(
        domain="temple donation dispute",
        mode="translation",
        label="consistent",
        reference=(
            "A dispute has broken out between the chief priest of Jōkō-ji temple in the town of Minami-Okura and "
            "its association of parishioners over the use of a donation of 30 million yen. The donation was made "
            "last year by a local businessman, the late Tetsuo Hayama, with the stated wish that it be used to "
            "repair the temple's main hall. The association claims that the chief priest, Ryōkan Morishita, has "
            "instead spent part of the money on a new car park and a residence for priests. Morishita denies any "
            "wrongdoing and says the car park was necessary for the safety of visitors. The association has asked "
            "the prefectural office to investigate. Repairs to the main hall, which dates from 1742, have not yet "
            "begun."
        ),
        candidate=(
            "The chief priest of Jōkō-ji temple in Minami-Okura and the temple's parishioners' association are at "
            "odds over how a ¥30 million donation has been used. Local businessman Tetsuo Hayama, who has since "
            "died, gave the money last year, having stated that he wanted it spent on repairing the temple's main "
            "hall. According to the association, chief priest Ryōkan Morishita used some of the funds for a new car "
            "park and living quarters for priests instead. Morishita rejects the accusations of impropriety, saying "
            "that visitors' safety made the car park necessary. The prefectural office has been asked by the "
            "association to look into the matter. Work on the main hall, built in 1742, has yet to start."
        ),
        errors=[],
        traps=[
            dict(text="¥30 million", ref_text="30 million yen"),
            dict(text="who has since died", ref_text="the late Tetsuo Hayama"),
            dict(text="used some of the funds", ref_text="spent part of the money"),
            dict(text="rejects the accusations of impropriety", ref_text="denies any wrongdoing"),
            dict(text="has yet to start", ref_text="have not yet begun"),
        ],
    ),
]
