"""Set 141, pairs 31-40 (hand-written; all names invented)."""

CASES = [
    # 31 -----------------------------------------------------------------
    dict(
        domain="dairy herd tuberculosis", mode="rewrite", label="inconsistent",
        reference=(
            "Bovine tuberculosis has been confirmed in a dairy herd of 340 cows at a farm near Lindow Cross, the "
            "Animal Health Agency said on Friday. Routine skin tests found 23 reactors, which will be slaughtered, "
            "and movement restrictions have been placed on the farm. Cattle on six neighbouring holdings will be "
            "tested within 60 days. The agency said there was no risk to public health because milk from the farm "
            "is pasteurised. It is the first confirmed case in the county for four years. Farmer Tom Gedling said "
            "the news was devastating and that he would receive compensation based on the market value of the "
            "animals, but that this would not cover the loss of milk income."
        ),
        candidate=(
            "A 340-cow dairy herd on a farm near Lindow Cross has tested positive for bovine tuberculosis, the "
            "Animal Health Agency confirmed on Friday. Thirty-two animals reacted in routine skin tests and will be "
            "culled, and the farm has been put under movement restrictions. Within the next 60 days, cattle on the "
            "six neighbouring holdings will be tested. Because milk from the farm is pasteurised, public health is "
            "not at risk, the agency said. The county last had a confirmed case four years ago. Farmer Tom Gedling "
            "described the news as devastating; he will be compensated at the market value of the animals, he "
            "said, but that will not make up for lost milk income."
        ),
        errors=[
            dict(text="Thirty-two", type="number", sev="major", ref="23 reactors"),
        ],
        traps=[
            ("will be culled", "will be slaughtered"),
            ("The county last had a confirmed case four years ago",
             "It is the first confirmed case in the county for four years"),
        ],
    ),
    # 32 -----------------------------------------------------------------
    dict(
        domain="bat roost survey", mode="rewrite", label="consistent",
        reference=(
            "A survey of a disused railway tunnel near Ashcombe has found the largest known winter roost of lesser "
            "horseshoe bats in the county, delaying plans to turn the tunnel into a cycle path. Ecologists from "
            "Greenway Surveys counted 418 bats during two visits in January, compared with 95 in the last count in "
            "2016. Because the species is protected, the county council will need a licence from the wildlife "
            "authority before any work can go ahead. Councillor Ruth Penhale said the cycle path was still planned "
            "but its opening, previously scheduled for next spring, would be postponed by at least a year. The "
            "council is considering fitting the tunnel with gates that let bats through but keep people out "
            "during the winter months."
        ),
        candidate=(
            "Plans to turn a disused railway tunnel near Ashcombe into a cycle path have been held up after a "
            "survey found the county's biggest known winter roost of lesser horseshoe bats inside it. On two "
            "visits in January, ecologists from Greenway Surveys counted 418 bats, more than four times the 95 "
            "recorded at the previous count in 2016. The species is protected, so no work can start until the "
            "county council obtains a licence from the wildlife authority. According to councillor Ruth Penhale, "
            "the council still intends to build the cycle path, but its opening will slip by at least a year from "
            "the planned date of next spring. The council is looking at fitting gates to the tunnel that would let "
            "bats through while keeping people out in the winter months."
        ),
        errors=[],
        traps=[
            ("have been held up", "delaying plans"),
            ("more than four times the 95 recorded at the previous count in 2016",
             "compared with 95 in the last count in 2016"),
            ("no work can start until the county council obtains a licence from the wildlife authority",
             "the county council will need a licence from the wildlife authority before any work can go ahead"),
            ("will slip by at least a year", "would be postponed by at least a year"),
            ("is looking at", "is considering"),
        ],
    ),
    # 33 -----------------------------------------------------------------
    dict(
        domain="curling stone quarry", mode="summary", label="consistent",
        reference=(
            "The only quarry producing granite for Olympic curling stones on the island of Carrick Holm will "
            "reopen this summer after a two-year closure, its owner, Holmstone Ltd, said on Monday. The company has "
            "been granted permission by the island's heritage trust, which owns the land, to extract up to 1,500 "
            "tonnes of granite over the next ten years. Extraction is limited to the period between September and "
            "January to avoid disturbing nesting seabirds. The stone will be shipped to the company's workshop on "
            "the mainland, where around 2,000 curling stones are made a year. Managing director Callum Reid said "
            "stocks of stored granite had fallen to about six months' supply."
        ),
        candidate=(
            "The only quarry on Carrick Holm producing granite for Olympic curling stones will reopen this summer "
            "after two years shut, owner Holmstone Ltd said. The island's heritage trust, which owns the land, has "
            "allowed up to 1,500 tonnes to be extracted over a decade, but only between September and January so "
            "nesting seabirds are not disturbed. The company says its stored granite is down to roughly half a "
            "year's supply."
        ),
        errors=[],
        traps=[
            ("after two years shut", "after a two-year closure"),
            ("over a decade", "over the next ten years"),
            ("so nesting seabirds are not disturbed", "to avoid disturbing nesting seabirds"),
            ("roughly half a year's supply", "about six months' supply"),
        ],
    ),
    # 34 -----------------------------------------------------------------
    dict(
        domain="veterans pension", mode="translation", label="inconsistent",
        reference=(
            "Former soldiers who served in peacekeeping missions abroad will receive a supplementary pension of "
            "150 euros a month from 1 October, under a bill approved by the Chamber of Deputies on Wednesday. The "
            "supplement will be paid to about 21,000 veterans who completed at least six months of service on "
            "missions between 1990 and 2015. The Ministry of Defence estimates the annual cost at 38 million euros. "
            "The bill now goes to the Senate, which is expected to vote on it before the summer recess. Veterans' "
            "association chairman Colonel (retd) Marek Halas said the measure came after ten years of campaigning, "
            "but criticised the exclusion of those who served fewer than six months."
        ),
        candidate=(
            "On Wednesday the Chamber of Deputies passed a bill granting former soldiers who served on "
            "peacekeeping missions abroad an extra pension of 150 euros per month, starting on 1 October. Around "
            "21,000 veterans who spent at least six months on missions between 1990 and 2015 will be eligible. "
            "According to the Ministry of Finance, it will cost 38 million euros a year. The Senate, which must now "
            "consider the bill, is expected to vote after the summer recess. Colonel (retd) Marek Halas, who chairs "
            "the veterans' association, said the measure was the result of a decade-long campaign, though he "
            "criticised the fact that those with less than six months' service were left out."
        ),
        errors=[
            dict(text="Ministry of Finance", type="entity", sev="minor", ref="Ministry of Defence"),
            dict(text="after the summer recess", type="date", sev="major", ref="before the summer recess"),
        ],
        traps=[
            ("the result of a decade-long campaign", "came after ten years of campaigning"),
            ("those with less than six months' service were left out",
             "the exclusion of those who served fewer than six months"),
        ],
    ),
    # 35 -----------------------------------------------------------------
    dict(
        domain="drug shortage antibiotics", mode="rewrite", label="inconsistent",
        reference=(
            "Pharmacies across the country are facing shortages of amoxicillin and two other common antibiotics "
            "for children, the Medicines Agency said on Monday. The agency said supplies of the liquid forms used "
            "for young children were expected to remain limited until at least February, but that tablets and "
            "capsules for adults were not affected. It has temporarily allowed pharmacists to substitute a "
            "different strength or form without a new prescription. The shortage follows a sharp rise in strep "
            "throat and scarlet fever cases this winter, combined with production problems at one of the main "
            "suppliers, Delmont Pharma. The agency advised parents not to stockpile medicines and said doctors "
            "should prescribe antibiotics only when necessary."
        ),
        candidate=(
            "The Medicines Agency said on Monday that pharmacies nationwide are short of amoxicillin and two other "
            "antibiotics commonly given to children. Supplies of the liquid versions given to young children will "
            "stay restricted until February at the earliest, while adult tablets and capsules are also affected, "
            "the agency said. For the time being, pharmacists may switch to a different strength or form without a "
            "fresh prescription. A steep increase in strep throat and scarlet fever this winter, together with "
            "production difficulties at Delmont Pharma, one of the main suppliers, lies behind the shortage. "
            "Parents should not stockpile medicines, the agency advised, and doctors should prescribe antibiotics "
            "only when they are needed."
        ),
        errors=[
            dict(text="will stay restricted", type="modality", sev="minor", ref="were expected to remain limited"),
            dict(text="are also affected", type="polarity", sev="major", ref="were not affected"),
        ],
        traps=[
            ("until February at the earliest", "until at least February"),
            ("For the time being", "temporarily"),
            ("only when they are needed", "only when necessary"),
        ],
    ),
    # 36 -----------------------------------------------------------------
    dict(
        domain="border fence construction", mode="summary", label="inconsistent",
        reference=(
            "Construction of a 96-kilometre fence along the country's eastern border began on Monday near the town "
            "of Dravik, the Interior Ministry said. The steel fence, four metres high and fitted with cameras and "
            "motion sensors, is due to be completed by the end of next year at a cost of 310 million euros. The "
            "ministry said the fence was needed to curb irregular crossings, which it said had tripled in the past "
            "two years. Environmental groups have filed a legal challenge, arguing that the route cuts through a "
            "forest reserve used by lynx and bison. A court hearing on the challenge is scheduled for next month. "
            "Work in the forest section will not start until the court has ruled."
        ),
        candidate=(
            "Work began on Monday near Dravik on a 96km steel fence along the eastern border, the Interior Ministry "
            "said. The four-metre barrier, with cameras and motion sensors, should be finished by the end of next "
            "year at a cost of 310 million euros; the ministry says irregular crossings have tripled in two years. "
            "Environmental groups are challenging the route through a forest reserve used by lynx and bison, and a "
            "court has halted work on that section pending a hearing next month."
        ),
        errors=[
            dict(text="a court has halted work on that section", type="event", sev="major",
                 ref="Work in the forest section will not start until the court has ruled"),
        ],
        traps=[
            ("96km", "96-kilometre"),
            ("should be finished", "is due to be completed"),
            ("the ministry says irregular crossings have tripled in two years",
             "which it said had tripled in the past two years"),
        ],
    ),
    # 37 -----------------------------------------------------------------
    dict(
        domain="asylum centre plan", mode="rewrite", label="consistent",
        reference=(
            "The Migration Agency plans to open a reception centre for up to 450 asylum seekers in a former army "
            "barracks outside the town of Felsby, the agency confirmed on Thursday. The centre would open in March "
            "at the earliest and would house mainly families and unaccompanied minors while their applications are "
            "processed. The agency said residents would have access to language classes and that a medical post "
            "would be set up on site. Felsby's mayor, Karin Holm, said the municipality had been informed only last "
            "week and had asked for a public meeting. The agency has agreed to hold one before a final decision is "
            "made. The barracks has been empty since the army left in 2019."
        ),
        candidate=(
            "The Migration Agency confirmed on Thursday that it intends to turn a former army barracks outside "
            "Felsby into a reception centre for as many as 450 asylum seekers. Opening no earlier than March, it "
            "would mainly accommodate families and unaccompanied minors while their applications are processed. "
            "Residents would be offered language classes, and a medical post would be set up at the centre, the "
            "agency said. Mayor Karin Holm said the municipality was told only last week and has asked for a "
            "public meeting, which the agency has agreed to hold before any final decision. The barracks has stood "
            "empty since the army moved out in 2019."
        ),
        errors=[],
        traps=[
            ("intends to turn", "plans to open"),
            ("as many as 450 asylum seekers", "up to 450 asylum seekers"),
            ("no earlier than March", "in March at the earliest"),
            ("which the agency has agreed to hold before any final decision",
             "The agency has agreed to hold one before a final decision is made"),
            ("since the army moved out in 2019", "since the army left in 2019"),
        ],
    ),
    # 38 -----------------------------------------------------------------
    dict(
        domain="orchestra strike", mode="translation", label="consistent",
        reference=(
            "Musicians of the Teatro Valloria orchestra will strike on the opening night of the opera season on 7 "
            "December, their union announced on Sunday, after talks with management over a new contract broke "
            "down. The 96 musicians are demanding a pay rise in line with inflation and the hiring of 12 permanent "
            "players to replace temporary contracts. Management said it had offered a 4 percent increase over two "
            "years and could not afford more without additional public funding. The opening production, a new "
            "staging of Ennio Barsotti's The Salt Queen, would be performed with piano accompaniment if the strike "
            "went ahead, the theatre said. Further negotiations are planned for Wednesday."
        ),
        candidate=(
            "The orchestra of the Teatro Valloria will go on strike on 7 December, the first night of the opera "
            "season, the musicians' union said on Sunday, after contract negotiations with the management "
            "collapsed. The orchestra's 96 members want a pay increase that keeps pace with inflation, and they "
            "want 12 permanent players hired to replace temporary contracts. The management said it had proposed a "
            "rise of 4 percent spread over two years and that it could not pay more unless it received extra "
            "public money. If the strike takes place, the opening production - a new staging of Ennio Barsotti's "
            "The Salt Queen - will be accompanied by piano only, according to the theatre. A further round of talks "
            "is scheduled for Wednesday."
        ),
        errors=[],
        traps=[
            ("collapsed", "broke down"),
            ("a pay increase that keeps pace with inflation", "a pay rise in line with inflation"),
            ("a rise of 4 percent spread over two years", "a 4 percent increase over two years"),
            ("unless it received extra public money", "without additional public funding"),
            ("will be accompanied by piano only", "would be performed with piano accompaniment"),
        ],
    ),
    # 39 -----------------------------------------------------------------
    dict(
        domain="aid convoy blocked", mode="rewrite", label="inconsistent",
        reference=(
            "A convoy of 28 trucks carrying food and medical supplies has been stopped at the Keshan checkpoint for "
            "a third day, the relief agency Common Harvest said on Saturday. The agency said soldiers from the "
            "government's 4th Brigade had refused to let the convoy through, despite written clearance issued last "
            "week by the Ministry of Humanitarian Affairs. The supplies are intended for about 60,000 displaced "
            "people in camps around the town of Ulmara, where the agency says children are already showing signs "
            "of acute malnutrition. A ministry spokesman said the delay was due to 'security checks' and that the "
            "convoy would be allowed through once they were complete. Common Harvest's regional director, Joanna "
            "Ferreira, said some of the medicines required refrigeration and would spoil within days."
        ),
        candidate=(
            "Twenty-eight trucks loaded with food and medical supplies have been held at the Keshan checkpoint for "
            "a third straight day, relief agency Common Harvest said on Saturday. According to the agency, "
            "officials from the Ministry of Humanitarian Affairs have refused to let the trucks pass, even though "
            "the government's 4th Brigade gave written clearance last week. The aid is meant for some 60,000 "
            "displaced people living in camps around Ulmara, where, the agency says, children are already showing "
            "signs of acute malnutrition. A ministry spokesman blamed the hold-up on 'security checks', saying the "
            "convoy would be let through once these were finished. Some of the medicines need to be kept "
            "refrigerated and will spoil within days, said Joanna Ferreira, Common Harvest's regional director."
        ),
        errors=[
            dict(text="officials from the Ministry of Humanitarian Affairs have refused to let the trucks pass, "
                      "even though the government's 4th Brigade", type="role", sev="critical",
                 ref="soldiers from the government's 4th Brigade had refused to let the convoy through, despite "
                     "written clearance issued last week by the Ministry of Humanitarian Affairs"),
        ],
        traps=[
            ("some 60,000 displaced people", "about 60,000 displaced people"),
            ("blamed the hold-up on 'security checks'", "said the delay was due to 'security checks'"),
        ],
    ),
    # 40 -----------------------------------------------------------------
    dict(
        domain="peace talks venue", mode="summary", label="consistent",
        reference=(
            "Negotiators for the government of Tarsova and the rebel Eastern Liberation Front have agreed to hold "
            "the next round of peace talks in the Swiss lakeside town of Leisenbach from 14 May, mediators said on "
            "Friday. The choice of venue had delayed the talks for almost two months, after the rebels rejected the "
            "government's proposal of a capital city in the region and the government refused to meet on territory "
            "held by the rebels. The talks will be chaired by former diplomat Elise Marchetti on behalf of the "
            "Regional Peace Forum. Both sides have agreed to a ceasefire in the northern provinces for the duration "
            "of the talks, but fighting is continuing elsewhere. The previous round, in February, ended without "
            "agreement on prisoner exchanges."
        ),
        candidate=(
            "Tarsova's government and the rebel Eastern Liberation Front will hold their next round of peace talks "
            "in Leisenbach, Switzerland, from 14 May, mediators said, after nearly two months of wrangling over the "
            "venue. Former diplomat Elise Marchetti will chair for the Regional Peace Forum. Both sides have agreed "
            "to a ceasefire in the northern provinces while talks last, though fighting goes on elsewhere."
        ),
        errors=[],
        traps=[
            ("in Leisenbach, Switzerland", "in the Swiss lakeside town of Leisenbach"),
            ("after nearly two months of wrangling over the venue",
             "The choice of venue had delayed the talks for almost two months"),
            ("while talks last", "for the duration of the talks"),
            ("though fighting goes on elsewhere", "but fighting is continuing elsewhere"),
        ],
    ),
]
