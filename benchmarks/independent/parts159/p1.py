"""Rewrite pairs, part 1 (10 pairs)."""
from ._helpers import case, err, omit, trap

CASES = []

# 1 -- consistent rewrite
CASES.append(case(
    "citrus grove frost", "rewrite",
    """Growers in the Valdera basin lost roughly a third of this season's
    mandarin crop after temperatures fell to minus 4C on the night of
    14 January, the Valdera Citrus Cooperative said on Friday. The
    cooperative, which represents 212 family farms, estimated damage at
    $18.5 million and said younger groves on the valley floor were hit
    hardest. Wind machines were running on most estates but could not lift
    temperatures enough once the cold air settled, according to cooperative
    chair Imelda Forsgate. She said fruit already on trees would be assessed
    over the next two weeks before growers decide whether it can be sold for
    juice. The regional agriculture department has not yet said whether it
    will declare a disaster zone, which would unlock low-interest loans.""",
    """About one in three of the season's mandarins in the Valdera basin
    were lost when the mercury dropped to minus 4C overnight on 14 January,
    according to the Valdera Citrus Cooperative, which speaks for 212
    family-run farms. In a statement on Friday, the cooperative put the
    damage at $18.5m, saying the younger groves on the valley floor had
    suffered most. Imelda Forsgate, who chairs the cooperative, said most
    estates had their wind machines running, but once the cold air settled
    they could not raise temperatures enough. Fruit still on the trees will
    be assessed over the coming fortnight, she said, before growers decide
    whether it can go to juice. Whether a disaster zone will be declared,
    unlocking low-interest loans, has yet to be announced by the regional
    agriculture department.""",
    traps=[
        trap("About one in three", "roughly a third"),
        trap("$18.5m", "$18.5 million"),
        trap("the coming fortnight", "the next two weeks"),
        trap("has yet to be announced", "has not yet said"),
    ]))

# 2 -- inconsistent rewrite: number
CASES.append(case(
    "dovecote restoration", "rewrite",
    """A 17th-century dovecote at Hallowmere Farm will reopen to visitors in
    June after a two-year restoration costing £640,000, the Brackenshire
    Heritage Trust announced on Wednesday. The circular tower, which
    contains 1,120 nesting boxes, had been on the county's at-risk register
    since 2009 after part of its roof collapsed in a storm. Stonemasons
    rebuilt the lantern using oak from the farm's own woodland, and the
    original potence - a rotating ladder used to reach the nests - has been
    repaired rather than replaced. The trust said three-quarters of the cost
    was met by a national lottery grant, with the rest raised locally. Entry
    will be free on the first weekend of each month.""",
    """Visitors will be able to return to the 17th-century dovecote at
    Hallowmere Farm from June following a two-year, £640,000 restoration,
    the Brackenshire Heritage Trust said on Wednesday. The round tower, home
    to 1,120 nesting boxes, was placed on the county's at-risk register in
    2009 when a storm brought down part of its roof. Oak from the farm's own
    woodland was used by stonemasons to rebuild the lantern, while the
    original potence, a revolving ladder for reaching the nests, was
    repaired instead of being replaced. A national lottery grant covered
    two-thirds of the bill, the trust said, and the remainder was raised
    locally. On the first weekend of every month, admission will be free.""",
    errors=[
        err("two-thirds", "number", "major", "three-quarters"),
    ],
    traps=[
        trap("round tower", "circular tower"),
        trap("admission will be free", "Entry will be free"),
    ]))

# 3 -- consistent rewrite
CASES.append(case(
    "parking app failure", "rewrite",
    """Drivers in Corrington were wrongly fined after the council's ParkEasy
    app stopped processing payments for nine hours on Saturday, officials
    have admitted. The fault, which began at around 8am, meant motorists who
    paid through the app were recorded as not having paid. Civil enforcement
    officers issued 1,460 penalty notices during the outage, of which the
    council now believes about 600 were issued to drivers who had paid. A
    spokesperson for Corrington Borough Council said all affected notices
    would be cancelled automatically and that drivers did not need to
    appeal. The app's supplier, Tollway Digital, blamed a failed software
    update and said it had apologised to the council. Councillor Dev
    Ashcombe, who leads the opposition group, called for the contract to be
    reviewed.""",
    """Corrington Borough Council has admitted that drivers were fined in
    error when its ParkEasy app was unable to take payments for nine hours
    on Saturday. From about 8am, anyone paying through the app was logged as
    not having paid. Of the 1,460 penalty notices handed out by civil
    enforcement officers while the system was down, roughly 600 are now
    thought by the council to have gone to motorists who had in fact paid.
    Those tickets will be cancelled automatically, with no need for drivers
    to appeal, a council spokesperson said. Tollway Digital, which supplies
    the app, put the fault down to a software update that failed and said it
    had apologised to the council. The opposition group's leader, Councillor
    Dev Ashcombe, has called for a review of the contract.""",
    traps=[
        trap("while the system was down", "during the outage"),
        trap("roughly 600", "about 600"),
        trap("with no need for drivers to appeal",
             "drivers did not need to appeal"),
        trap("put the fault down to a software update that failed",
             "blamed a failed software update"),
    ]))

# 4 -- inconsistent rewrite: role + date
CASES.append(case(
    "dam safety review", "rewrite",
    """Engineers have recommended lowering the reservoir behind the Kestle
    Dam by four metres until repairs to its spillway are completed,
    according to a safety review published on Tuesday. The review,
    commissioned by the Northmoor Water Authority from consultancy
    Brightwater Hale, found cracking in the concrete spillway channel and
    seepage at the dam's eastern abutment. It concluded that the dam was not
    at immediate risk of failure but said the defects should be repaired
    before next winter. The authority said it would begin drawing down the
    reservoir on 3 March and expected the work to cost about $27 million.
    Residents of Lower Kestle, the village two miles downstream, will be
    invited to a public meeting on 10 March.""",
    """Engineers have called for the reservoir behind Kestle Dam to be
    lowered by four metres until work on its spillway is finished, a safety
    review published on Tuesday says. The review, which the Northmoor Water
    Authority carried out for consultancy Brightwater Hale, identified
    cracks in the concrete channel of the spillway and seepage at the
    eastern abutment. The dam was not in immediate danger of failing, it
    concluded, but the faults should be fixed before next winter. The
    authority plans to start drawing the reservoir down on 10 March and
    expects the work to cost around $27m. Residents of Lower Kestle, two
    miles downstream, will be invited to a public meeting on 10 March.""",
    errors=[
        err("the Northmoor Water Authority carried out for consultancy "
            "Brightwater Hale", "role", "major",
            "commissioned by the Northmoor Water Authority from consultancy "
            "Brightwater Hale"),
        err("on 10 March", "date", "major", "on 3 March", occ=0),
    ],
    traps=[
        trap("around $27m", "about $27 million"),
    ]))

# 5 -- inconsistent rewrite: polarity
CASES.append(case(
    "cheesemonger award", "rewrite",
    """A cheesemonger from the market town of Eddlesby has been named
    Britain's best independent cheese retailer at the Fine Counter Awards in
    London. Rosalind Tarrow, who opened Tarrow & Daughters in a former bank
    building in 2016, was praised by judges for her range of 140 cheeses,
    more than half of them from farms within 50 miles of the shop. The
    judging panel said it had not previously given the award to a shop
    outside a city. Ms Tarrow, who employs six staff, said she had almost
    closed during the pandemic and only survived because regular customers
    set up a weekly delivery rota. The prize includes £5,000 and a year's
    mentoring from the awards' founding sponsor, Larchmont Dairies.""",
    """Rosalind Tarrow, whose shop Tarrow & Daughters occupies a former bank
    in the market town of Eddlesby, has been crowned Britain's best
    independent cheese retailer at London's Fine Counter Awards. Judges
    singled out her selection of 140 cheeses, over half of which come from
    farms within 50 miles of the shop. The panel noted that it was not the
    first time the award had gone to a shop outside a city. Ms Tarrow, who
    opened the business in 2016 and has a staff of six, said she came close
    to shutting during the pandemic and pulled through only because loyal
    customers organised a weekly delivery rota. Along with £5,000, the prize
    brings a year of mentoring from Larchmont Dairies, the awards' founding
    sponsor.""",
    errors=[
        err("it was not the first time the award had gone to a shop outside "
            "a city", "polarity", "major",
            "it had not previously given the award to a shop outside a city"),
    ],
    traps=[
        trap("over half of which", "more than half of them"),
        trap("has a staff of six", "employs six staff"),
        trap("came close to shutting", "had almost closed"),
    ]))

# 6 -- consistent rewrite
CASES.append(case(
    "caravan park eviction", "rewrite",
    """Residents of the Seabrink Caravan Park in Holloway Bay have been given
    until 31 August to leave their homes after the site's owner, Coastline
    Leisure Ltd, lost an appeal against a planning enforcement notice. The
    district council issued the notice in 2022, saying that the park only
    had permission for holiday use and that people were living there all
    year round in breach of that permission. About 70 people, many of them
    retired, live in the 48 static caravans on the site. A planning
    inspector upheld the notice last month. The council said it would help
    residents find alternative housing but could not guarantee that all of
    them would be rehoused locally. Coastline Leisure said it was
    considering a further challenge in the High Court.""",
    """Coastline Leisure Ltd, which owns the Seabrink Caravan Park in
    Holloway Bay, has lost its appeal against a planning enforcement notice,
    and residents now have until the end of August to move out. The notice
    was served by the district council in 2022 on the grounds that the park
    was permitted only for holiday use, yet people were living there
    year-round in breach of that permission. The site's 48 static caravans
    are home to some 70 people, many of them pensioners. Last month a
    planning inspector upheld the notice. While it would help residents find
    other accommodation, the council said, it could not promise that
    everyone would be rehoused in the area. The company said it was weighing
    up a further challenge in the High Court.""",
    traps=[
        trap("the end of August", "31 August"),
        trap("some 70 people", "About 70 people"),
        trap("pensioners", "retired"),
        trap("it could not promise that everyone would be rehoused in the "
             "area",
             "could not guarantee that all of them would be rehoused "
             "locally"),
        trap("weighing up", "considering"),
    ]))

# 7 -- inconsistent rewrite: number + omission
CASES.append(case(
    "ghost sign restoration", "rewrite",
    """A faded advertisement for Pemberton's Cocoa painted on the gable end
    of a former grocer's in Marlow Street is to be restored after the town
    council approved a grant of £12,000. The so-called ghost sign, thought
    to date from around 1905, was uncovered in March when a neighbouring
    building was demolished. Conservation painter Gideon Marsh will
    stabilise the remaining paint rather than repaint the lettering, a
    method the council said would preserve the sign's character. Work is
    expected to take three weeks and will begin once scaffolding is in
    place, probably in early October. The building's owner, Halvard
    Properties, has agreed to keep the wall free of new signage for at least
    15 years.""",
    """The town council has awarded £12,000 to restore a faded advert for
    Pemberton's Cocoa on the gable wall of a former grocer's shop in Marlow
    Street. The ghost sign, believed to date from about 1905, came to light
    in March when the building next door was knocked down. Rather than
    repainting the lettering, conservation painter Gideon Marsh will
    stabilise what paint is left, an approach the council said would keep
    the sign's character intact. The job should take 21 working days and is
    likely to start in early October, once scaffolding has gone up. Halvard
    Properties, which owns the building, has agreed to keep the wall clear
    of new signage for 15 years.""",
    errors=[
        err("21 working days", "number", "minor", "three weeks"),
        omit("at least", "major", before="15 years"),
    ],
    traps=[
        trap("believed to date from about 1905",
             "thought to date from around 1905"),
        trap("came to light", "was uncovered"),
    ]))

# 8 -- consistent rewrite
CASES.append(case(
    "harp maker award", "rewrite",
    """Welsh harp maker Elin Pryse-Vaughan has received the Guild of
    Instrument Makers' gold medal, becoming only the second woman to win the
    award in its 85-year history. Pryse-Vaughan, 58, has built around 300
    harps at her workshop near Llanfadog since 1991, and her instruments are
    played by musicians in orchestras in Cardiff, Oslo and Toronto. The
    guild said the medal recognised her revival of the triple harp, a
    traditional instrument with three rows of strings that had almost
    disappeared by the 1970s. She will receive the medal at a ceremony in
    Bristol on 22 November. Pryse-Vaughan said she planned to use the
    accompanying prize of £8,000 to take on an apprentice next year.""",
    """Elin Pryse-Vaughan, a harp maker from Wales, has been awarded the gold
    medal of the Guild of Instrument Makers - only the second time in the
    award's 85 years that it has gone to a woman. Since 1991 the 58-year-old
    has made some 300 harps in her workshop near Llanfadog, and orchestral
    musicians in Cardiff, Oslo and Toronto play them. According to the
    guild, the medal honours her work in reviving the triple harp, a
    traditional instrument with three rows of strings that was close to
    vanishing by the 1970s. The medal will be presented at a ceremony in
    Bristol on 22 November. She intends to put the £8,000 prize that comes
    with it towards taking on an apprentice next year, she said.""",
    traps=[
        trap("only the second time in the award's 85 years that it has gone "
             "to a woman",
             "becoming only the second woman to win the award in its 85-year "
             "history"),
        trap("some 300 harps", "around 300 harps"),
        trap("orchestral musicians in Cardiff, Oslo and Toronto play them",
             "played by musicians in orchestras in Cardiff, Oslo and "
             "Toronto"),
        trap("was close to vanishing", "had almost disappeared"),
    ]))

# 9 -- inconsistent rewrite: modality
CASES.append(case(
    "whisky distillery approval", "rewrite",
    """Plans for a whisky distillery on the former Glenarrow paper mill site
    have been approved by Strathlorne Council's planning committee by seven
    votes to three. Developer Ardcraig Spirits intends to produce up to
    900,000 litres of spirit a year and says the project could create 35
    permanent jobs. Objectors, including the Glenarrow Community Council,
    had raised concerns about lorry traffic on the single-track access road
    and the risk of pollution in the River Arrow. The committee attached 22
    conditions to its approval, including a limit on deliveries to weekday
    daytime hours. Ardcraig said it hoped to begin construction next spring
    and to fill its first casks in 2027, although it has not yet secured
    full funding.""",
    """Strathlorne Council's planning committee has voted seven to three in
    favour of a whisky distillery on the site of the old Glenarrow paper
    mill. Ardcraig Spirits, the developer, plans to make as much as 900,000
    litres of spirit annually, and says the scheme will bring 35 permanent
    jobs. Objectors, the Glenarrow Community Council among them, had raised
    worries about lorries on the single-track access road and about the
    possibility of pollution in the River Arrow. Twenty-two conditions were
    attached to the approval, one of them restricting deliveries to daytime
    hours on weekdays. The company hopes to start building next spring and
    to fill its first casks in 2027, though full funding is still to be
    secured.""",
    errors=[
        err("the scheme will bring 35 permanent jobs", "modality", "major",
            "the project could create 35 permanent jobs"),
    ],
    traps=[
        trap("as much as 900,000 litres of spirit annually",
             "up to 900,000 litres of spirit a year"),
        trap("Twenty-two conditions", "22 conditions"),
        trap("full funding is still to be secured",
             "it has not yet secured full funding"),
    ]))

# 10 -- inconsistent rewrite: entity + attribution
CASES.append(case(
    "map archive digitisation", "rewrite",
    """The Harwick County Record Office is to digitise its collection of
    14,000 historic maps over the next three years, after receiving £410,000
    from the Penrose Foundation. The collection includes estate plans dating
    back to 1580 and the original surveys for the Harwick and Dunmere Canal.
    County archivist Moira Castellane said many of the maps were too fragile
    to be handled by the public and that digitisation would make them
    available to anyone online for the first time. The first 2,000 images
    are due to go online next summer. A spokesperson for the foundation said
    it had chosen the project because of the number of local history groups
    that had asked for access. Volunteers will be trained to help catalogue
    the collection.""",
    """Thanks to £410,000 from the Penrose Foundation, the Harwick County
    Record Office will digitise its 14,000 historic maps over the next three
    years. Among them are estate plans going back as far as 1580 and the
    original surveys for the Harwick and Dunmere Railway. Many of the maps
    are too fragile for the public to handle, county archivist Moira
    Castellane said, and digitisation will make them available online to
    anyone for the first time. The first 2,000 images are scheduled to go
    online next summer. Ms Castellane said the foundation had picked the
    project because so many local history groups had asked for access.
    Volunteers are to be trained to help with cataloguing.""",
    errors=[
        err("the Harwick and Dunmere Railway", "entity", "major",
            "the Harwick and Dunmere Canal"),
        err("Ms Castellane said", "attribution", "major",
            "A spokesperson for the foundation said"),
    ],
    traps=[
        trap("going back as far as 1580", "dating back to 1580"),
        trap("are scheduled to go online next summer",
             "are due to go online next summer"),
    ]))
