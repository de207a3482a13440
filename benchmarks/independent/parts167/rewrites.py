"""Rewrite pairs for set 167: 10 consistent, 10 inconsistent. All names invented."""

from .common import case, E, OMIT, T

CASES = []

# ---------------------------------------------------------------- consistent

CASES.append(case(
    "whit walks return", "rewrite", "consistent",
    """The Whit Walks will return to the streets of Hallowbeck on Sunday 8 June
    for the first time in six years, organisers confirmed on Monday. About 400
    walkers from nine churches are expected to take part, led by the Hallowbeck
    Silver Band. The procession will leave St Oswin's Church at 10.30am and
    follow a two-mile route through the town centre before finishing at Marlow
    Park, where a picnic will be held. The walks were halted in 2019 after the
    organising committee lost its insurance cover. Committee chair Brenda
    Oakroyd said a grant of £3,500 from the town council had paid for new cover
    and for road closures. Roads along the route will be closed between 10am
    and 1pm.""",
    """Organisers said on Monday that Hallowbeck's Whit Walks will be back on the
    town's streets on Sunday 8 June, six years after they were last held.
    Roughly 400 people from nine churches are likely to walk, with the
    Hallowbeck Silver Band at the head of the procession. Setting off from St
    Oswin's Church at half past ten in the morning, the walkers will cover two
    miles through the town centre and end at Marlow Park for a picnic. The
    event was stopped in 2019 when the organising committee was left without
    insurance. According to Brenda Oakroyd, who chairs the committee, a £3,500
    town council grant paid for both the new cover and the road closures. The
    route will be shut to traffic from 10am until 1pm.""",
    traps=[
        T("six years after they were last held", "for the first time in six years"),
        T("are likely to walk", "are expected to take part"),
        T("half past ten in the morning", "10.30am"),
        T("a £3,500 town council grant", "a grant of £3,500 from the town council"),
        T("from 10am until 1pm", "between 10am and 1pm"),
    ]))

CASES.append(case(
    "microburst barn collapse", "rewrite", "consistent",
    """A 19th-century stone barn at Lower Fellgate Farm collapsed during a
    violent storm on Tuesday evening, killing 11 sheep but injuring no people.
    Forecasters at the Northmoor Weather Centre said the damage was probably
    caused by a microburst, a short-lived column of sinking air that can produce
    gusts of more than 80mph. Farmer Gareth Ilsley, 54, said he had left the
    barn about 20 minutes before the roof came down. Around 60 other sheep were
    rescued from the rubble by neighbours and firefighters from Coldbrook
    station. The barn was not listed, but the district council said it would
    inspect two neighbouring farm buildings on Thursday. Ilsley estimated the
    cost of rebuilding at £120,000 and said he was not sure his insurance would
    cover it.""",
    """Eleven sheep died but nobody was hurt when a stone barn dating from the
    1800s fell in at Lower Fellgate Farm in a fierce storm on Tuesday evening.
    Forecasters at the Northmoor Weather Centre said a microburst - a brief
    downdraught capable of gusts above 80mph - was the likely cause. Gareth
    Ilsley, the 54-year-old farmer, said he had walked out of the barn roughly
    20 minutes before its roof gave way. Neighbours and firefighters from
    Coldbrook station pulled about 60 more sheep from the debris. Although the
    barn is not a listed building, the district council said its inspectors
    would examine two neighbouring farm buildings on Thursday. Rebuilding could
    cost an estimated £120,000, Mr Ilsley said, adding that he did not know
    whether his insurer would pay.""",
    traps=[
        T("Eleven sheep died but nobody was hurt", "killing 11 sheep but injuring no people"),
        T("dating from the 1800s", "19th-century"),
        T("was the likely cause", "was probably caused by"),
        T("the 54-year-old farmer", "Farmer Gareth Ilsley, 54"),
        T("about 60 more sheep", "Around 60 other sheep"),
    ]))

CASES.append(case(
    "community darkroom", "rewrite", "consistent",
    """A community darkroom has opened in the former boiler house of Carrow Mill
    in Esterby, giving film photographers access to shared developing equipment
    for the first time in the town since 2011. The project, run by the volunteer
    group Silver Halide Esterby, cost £18,400, of which £12,000 came from the
    Esterby Heritage Fund and the remainder from public donations. Members pay
    £25 a year and can book three-hour sessions. The darkroom has six enlargers
    and can be used by up to four people at once. Group founder Tomasz Reyna
    said more than 70 people had signed up before the opening on Saturday.
    Beginners' workshops will run on the first Wednesday of every month,
    starting in October.""",
    """Film photographers in Esterby have shared developing equipment to use for
    the first time since 2011, after a community darkroom opened in the old
    boiler house at Carrow Mill. The £18,400 project is run by volunteers from
    Silver Halide Esterby; the Esterby Heritage Fund provided £12,000 and public
    donations paid for the other £6,400. For an annual fee of £25, members can
    reserve sessions lasting three hours. Up to four people can work in the
    darkroom at the same time, and it is equipped with six enlargers. Ahead of
    Saturday's opening, over 70 people had signed up, according to the group's
    founder, Tomasz Reyna. From October, workshops for beginners will be held on
    the first Wednesday of each month.""",
    traps=[
        T("the other £6,400", "the remainder"),
        T("For an annual fee of £25", "pay £25 a year"),
        T("sessions lasting three hours", "three-hour sessions"),
        T("over 70 people", "more than 70 people"),
        T("From October", "starting in October"),
    ]))

CASES.append(case(
    "cartographic errors", "rewrite", "consistent",
    """The Ordnance Bureau of Westmarch has withdrawn 8,000 copies of its new
    walkers' map of the Greyfell Hills after users reported that two footpaths
    had been drawn on the wrong side of the River Tarn. The bureau said the
    errors had been introduced when older survey data was merged with satellite
    imagery, and that no injuries had been reported. Buyers can exchange the map
    free of charge at any stockist until 31 December. A corrected edition is due
    to go on sale in early March. Chief cartographer Helena Strand said the
    bureau had tightened its checking process and would publish a list of
    corrections on its website. The map, which went on sale in September, costs
    £9.99.""",
    """After map users pointed out that two footpaths appeared on the wrong bank of
    the River Tarn, the Ordnance Bureau of Westmarch has recalled 8,000 copies
    of its new Greyfell Hills walking map. According to the bureau, the mistakes
    crept in when old survey data was combined with satellite images; it said
    nobody was known to have been hurt. Until the end of December, any stockist
    will swap the map at no cost. A corrected version is scheduled to reach the
    shops at the start of March. Helena Strand, the bureau's chief cartographer,
    said checks had been tightened and that a list of corrections would be put
    on the bureau's website. The £9.99 map first went on sale in September.""",
    traps=[
        T("recalled", "withdrawn"),
        T("nobody was known to have been hurt", "no injuries had been reported"),
        T("Until the end of December", "until 31 December"),
        T("at no cost", "free of charge"),
        T("at the start of March", "in early March"),
    ]))

CASES.append(case(
    "toad crossing volunteers", "rewrite", "consistent",
    """Volunteers helped more than 4,200 toads across Mill Lane in Ashworth during
    this year's spring migration, the highest total since patrols began in 2009.
    The toads cross the road each year between late February and early April to
    reach breeding ponds at Ashworth Reservoir. Patrol organiser Janet Oduya said
    38 volunteers had taken part, working in pairs with torches and buckets on
    mild, wet evenings. About 390 toads were found dead on the road, compared
    with roughly 600 last year. The county highways department closed the lane
    to traffic for 14 nights at the peak of the migration, the first time it has
    done so. Oduya said the group hoped the closure would be repeated next
    year.""",
    """During this year's spring migration, volunteers helped over 4,200 toads
    across Mill Lane in Ashworth, the most since patrols started in 2009. Each
    year, between the end of February and the beginning of April, the toads make
    their way over the road to breed in ponds at Ashworth Reservoir. According
    to patrol organiser Janet Oduya, 38 volunteers took part, going out in pairs
    with buckets and torches on damp, mild evenings. Roughly 390 dead toads were
    found on the road, down from about 600 a year earlier. For the first time,
    the county highways department shut the lane to traffic at the height of
    the migration, for 14 nights. The group hopes the closure will happen again
    next year, Ms Oduya said.""",
    traps=[
        T("over 4,200 toads", "more than 4,200 toads"),
        T("between the end of February and the beginning of April",
          "between late February and early April"),
        T("down from about 600 a year earlier", "compared with roughly 600 last year"),
        T("For the first time", "the first time it has done so"),
        T("The group hopes the closure will happen again next year",
          "the group hoped the closure would be repeated next year"),
    ]))

CASES.append(case(
    "hydroponic lettuce unit", "rewrite", "consistent",
    """A hydroponic farm built inside a disused railway arch in Dunmere will
    produce up to 30,000 lettuces a year, its operator said at the official
    opening on Friday. GreenArch Growers invested £260,000 in the unit, which
    uses LED lighting and recirculated water to grow crops in stacked trays
    without soil. The company said the system used about 90% less water than
    field growing. The unit employs four people and supplies 11 restaurants and
    two grocers within three miles. Managing director Kwame Ansel-Rudd said the
    business hoped to open a second site in the town by 2026 if it could secure
    planning permission. Electricity is supplied under a contract with a local
    solar cooperative.""",
    """GreenArch Growers said at Friday's official opening that its new
    hydroponic farm, set up in an unused railway arch in Dunmere, will grow as
    many as 30,000 lettuces annually. The company has put £260,000 into the
    unit, where crops grow without soil in stacked trays under LED lights, fed
    by water that is recirculated. It says the method needs roughly a tenth of
    the water used in field growing. Four staff work at the unit, which supplies
    11 restaurants and two grocers no more than three miles away. The business
    hopes to open a second site in Dunmere by 2026, subject to getting planning
    permission, managing director Kwame Ansel-Rudd said. Its electricity comes
    from a local solar cooperative under a contract.""",
    traps=[
        T("an unused railway arch", "a disused railway arch"),
        T("as many as 30,000 lettuces annually", "up to 30,000 lettuces a year"),
        T("roughly a tenth of the water used in field growing",
          "about 90% less water than field growing"),
        T("Four staff work at the unit", "The unit employs four people"),
        T("subject to getting planning permission", "if it could secure planning permission"),
    ]))

CASES.append(case(
    "latin town motto", "rewrite", "consistent",
    """Councillors in Hartsmere have voted to keep the town's Latin motto, 'Per
    Undas Crescimus' ('Through the waves we grow'), after a campaign to replace
    it with an English phrase. The proposal, put forward by councillor Dean
    Whitlow, argued that fewer than one in ten residents understood the motto.
    But the town council rejected it by 11 votes to 4 on Monday night after
    historians pointed out that the motto had been granted with the town's coat
    of arms in 1892. A public survey run by the council found that 63% of 1,200
    respondents wanted to keep it. Mayor Ruth Emberley said an English
    translation would now be added beneath the motto on the town's signs, at a
    cost of about £4,000.""",
    """A campaign to swap Hartsmere's Latin motto, 'Per Undas Crescimus', for an
    English phrase has failed, with councillors voting to keep it. The proposal
    was voted down 11-4 on Monday night, after historians noted that the motto,
    which means 'Through the waves we grow', had been granted along with the
    town's coat of arms in 1892. Councillor Dean Whitlow, who tabled the change,
    had argued that under 10% of residents knew what the motto meant. In a
    council survey, 63% of the 1,200 people who responded wanted it kept. The
    town's signs will now carry an English translation beneath the motto,
    costing roughly £4,000, according to mayor Ruth Emberley.""",
    traps=[
        T("voted down 11-4", "rejected it by 11 votes to 4"),
        T("who tabled the change", "put forward by councillor Dean Whitlow"),
        T("under 10% of residents knew what the motto meant",
          "fewer than one in ten residents understood the motto"),
        T("costing roughly £4,000", "at a cost of about £4,000"),
    ]))

CASES.append(case(
    "lantern slide discovery", "rewrite", "consistent",
    """More than 600 glass lantern slides showing life in Brinsford between 1890
    and 1925 have been found in the loft of a former Methodist chapel that is
    being converted into flats. Builders working for Harwood Developments
    discovered the slides in four wooden crates in January and handed them to
    the Brinsford Museum. Curator Eleanor Tisdall said most of the slides were
    in good condition, although about 50 were cracked. The images include street
    scenes, a 1908 flood and the opening of the town's tram line. Many are
    thought to have been taken by a local chemist, Arthur Pennock, who gave
    illustrated talks at the chapel. The museum hopes to digitise the collection
    by the end of the year and is asking residents to help identify people in
    the pictures.""",
    """Over 600 glass lantern slides recording life in Brinsford from 1890 to
    1925 have turned up in the loft of a former Methodist chapel that is being
    turned into flats. They were found in January, packed in four wooden crates,
    by builders working for Harwood Developments, who passed them to the
    Brinsford Museum. Roughly 50 are cracked, but the majority are in good
    condition, according to curator Eleanor Tisdall. Among the images are
    scenes of the town's streets, a flood in 1908 and the opening of the tram
    line. It is thought that many were the work of Arthur Pennock, a local
    chemist who gave illustrated talks at the chapel. The museum is appealing to
    residents to help name the people pictured, and hopes to have the whole
    collection digitised before the year is out.""",
    traps=[
        T("Over 600", "More than 600"),
        T("Roughly 50 are cracked, but the majority are in good condition",
          "most of the slides were in good condition, although about 50 were cracked"),
        T("It is thought that many were the work of", "Many are thought to have been taken by"),
        T("help name the people pictured", "help identify people in the pictures"),
        T("before the year is out", "by the end of the year"),
    ]))

CASES.append(case(
    "ley line walk", "rewrite", "consistent",
    """A guided walk following a supposed ley line between the standing stones
    at Carrack Tor and St Petroc's Church in Polwenna will take place on
    Saturday 21 June to mark the summer solstice. The 11-mile route has been
    devised by the Polwenna Earth Mysteries Society, whose members believe
    ancient sites in the area were deliberately aligned. Organiser Keren
    Trelawny acknowledged that there was no archaeological evidence for ley
    lines but said the walk was 'about enjoying the landscape and its stories'.
    Walkers should meet at the Carrack Tor car park at 7am. Places cost £8 and
    must be booked in advance, with proceeds going to the Polwenna Footpath
    Trust. The walk is not suitable for dogs or young children.""",
    """An 11-mile guided walk on Saturday 21 June will mark the summer solstice
    by following what is claimed to be a ley line from the standing stones at
    Carrack Tor to St Petroc's Church in Polwenna. The route was drawn up by the
    Polwenna Earth Mysteries Society, whose members think the area's ancient
    sites were lined up on purpose. While admitting there was no archaeological
    evidence for ley lines, organiser Keren Trelawny said the walk was 'about
    enjoying the landscape and its stories'. The meeting point is the Carrack
    Tor car park, at 7am. Places are £8 and must be booked beforehand; the money
    raised will go to the Polwenna Footpath Trust. The walk is unsuitable for
    dogs and young children.""",
    traps=[
        T("what is claimed to be a ley line", "a supposed ley line"),
        T("lined up on purpose", "deliberately aligned"),
        T("While admitting", "acknowledged"),
        T("booked beforehand", "booked in advance"),
        T("unsuitable for dogs and young children", "not suitable for dogs or young children"),
    ]))

CASES.append(case(
    "yew tree age dating", "rewrite", "consistent",
    """A yew tree in the churchyard of St Cuthbert's, Thornley Edge, is at least
    1,300 years old, according to a study by researchers from the University of
    Marchbridge. The team used a combination of trunk measurements, historical
    records and growth rates from nearby yews, because the tree's hollow core
    makes ring counting impossible. The yew has a girth of 9.8 metres. Lead
    researcher Dr Priya Hallam said the tree was likely to have been growing
    before the church was founded in 1120, and possibly before the first
    Christian settlement in the valley. The parish council plans to fence off
    the roots to reduce damage from visitors. Previous estimates had put its age
    at between 800 and 3,000 years.""",
    """Researchers from the University of Marchbridge have concluded in a study
    that the churchyard yew at St Cuthbert's in Thornley Edge is no less than
    1,300 years old. Because the tree is hollow inside, its rings cannot be
    counted, so the team combined measurements of the trunk, which is 9.8 metres
    round, with historical records and the growth rates of other yews nearby.
    The tree was probably already growing when the church was founded in 1120,
    and perhaps even before Christians first settled in the valley, lead
    researcher Dr Priya Hallam said. To limit damage caused by visitors, the
    parish council intends to put a fence around its roots. Earlier estimates of
    its age had ranged from 800 to 3,000 years.""",
    traps=[
        T("no less than 1,300 years old", "at least 1,300 years old"),
        T("which is 9.8 metres round", "The yew has a girth of 9.8 metres"),
        T("was probably already growing", "was likely to have been growing"),
        T("perhaps even before Christians first settled in the valley",
          "possibly before the first Christian settlement in the valley"),
        T("had ranged from 800 to 3,000 years", "at between 800 and 3,000 years"),
    ]))

# -------------------------------------------------------------- inconsistent

CASES.append(case(
    "shove ha'penny league", "rewrite", "inconsistent",
    """The Crown and Anchor have been crowned champions of the Upper Derwick
    Shove Ha'penny League after beating the Wheatsheaf 7-4 in the final round of
    fixtures on Thursday 13 March. The result ended the Wheatsheaf's run of five
    consecutive titles. League secretary Colin Pettifer said 14 teams had
    competed this season, two more than last year, and that the league now had
    96 registered players. Pettifer took over as secretary from Maureen Delph,
    71, in 2016; Delph still captains the Crown and Anchor and has played in the
    league since 1979. The trophy will be presented at the league's annual
    dinner at Derwick Village Hall on 5 April. Pettifer said the league was
    looking for new venues because three of its member pubs had closed since
    2020.""",
    """A 7-4 win over the Wheatsheaf in the last round of fixtures on Thursday 13
    March has secured the Upper Derwick Shove Ha'penny League title for the
    Crown and Anchor, ending the Wheatsheaf's five-year grip on the trophy.
    Fourteen teams took part this season, up from 12 a year earlier, and 96
    players are now registered, according to league secretary Colin Pettifer.
    Maureen Delph, 71, who took over as secretary from Pettifer in 2016, still
    captains the Crown and Anchor and has played in the league since 1979. The
    trophy will be handed over at the annual dinner in Derwick Village Hall on
    5 April. The league is searching for new venues after three of its member
    pubs closed in 2020, Pettifer said.""",
    errors=[
        E("Maureen Delph, 71, who took over as secretary from Pettifer", "role", "major",
          "Pettifer took over as secretary from Maureen Delph"),
        E("in 2020", "date", "minor", "since 2020"),
    ],
    traps=[
        T("five-year grip on the trophy", "run of five consecutive titles"),
        T("up from 12 a year earlier", "two more than last year"),
    ]))

CASES.append(case(
    "cat cafe hygiene rating", "rewrite", "inconsistent",
    """A cat cafe in Pellingham has been given a food hygiene rating of two out
    of five after inspectors found cat hair on food preparation surfaces. The
    Whisker Lounge on Dray Street, which opened in 2022 and houses 14 rescue
    cats, was inspected on 3 February by officers from Pellingham Borough
    Council. Their report said staff should keep the animals out of the kitchen
    and must install a separate handwashing sink within 28 days. Owner Priya
    Castellane said the cats had never been allowed in the kitchen and that hair
    had probably been carried in on clothing. She said she had already ordered a
    new sink and would ask for a re-inspection. The cafe, which previously held
    a rating of four, remains open.""",
    """Inspectors from Pellingham Borough Council have given a cat cafe in the
    town a food hygiene rating of two out of five after finding cat hair where
    food was being prepared. The Whisker Lounge, on Dray Street, opened in 2022,
    is home to 14 rescue cats and was inspected on 3 February. According to the
    inspection report, staff must keep the cats out of the kitchen and fit a
    separate handwashing sink within 14 days. Priya Castellane, who owns the
    cafe, said cats had never been let into the kitchen and the hair had most
    likely come in on people's clothes. A new sink has already been ordered, she
    said, and she will ask for a re-inspection. The cafe, rated four at its
    previous inspection, is still open.""",
    errors=[
        E("must keep", "modality", "minor", "should keep"),
        E("within 14 days", "number", "major", "within 28 days"),
    ],
    traps=[
        T("most likely come in on people's clothes", "probably been carried in on clothing"),
        T("rated four at its previous inspection", "previously held a rating of four"),
    ]))

CASES.append(case(
    "holy well pilgrims", "rewrite", "inconsistent",
    """Pilgrims will be able to visit St Brannoc's Well near Tollacombe again
    from 1 May after a two-year closure, the Tollacombe Parish Trust has
    announced. The well was fenced off in 2023 when a survey found that the
    stone canopy over the spring was unstable. Repairs costing £46,000 have been
    completed by masons from Harcourt Conservation. The trust said visitors
    should not drink the water, which tests had shown contained high levels of
    bacteria. An annual pilgrimage from Tollacombe church to the well, which
    attracted about 300 people before the closure, will resume on 15 August.
    Trust chair Imelda Voss said access would be limited to daylight hours and
    that a new footpath would be laid next year.""",
    """St Brannoc's Well, near Tollacombe, will reopen to pilgrims on 1 May after
    being closed for two years, the Tollacombe Parish Trust said. It was fenced
    off in 2023 after a survey found the stone canopy above the spring to be
    unstable. Masons from Harcourt Conservation have now finished £46,000 of
    repairs. The trust is telling visitors not to drink the water, as tests
    found it to contain high levels of bacteria. The yearly pilgrimage from
    Tollacombe church to the well, which drew around 300 people before the
    closure, will restart on 15 August. Imelda Voss, who chairs the trust, said
    a new footpath would be laid next year.""",
    errors=[
        OMIT("access would be limited to daylight hours", "major",
             after="Imelda Voss, who chairs the trust, said"),
    ],
    traps=[
        T("after being closed for two years", "after a two-year closure"),
        T("£46,000 of repairs", "Repairs costing £46,000"),
        T("around 300 people", "about 300 people"),
    ]))

CASES.append(case(
    "missing kilt pins", "rewrite", "inconsistent",
    """Police in Drummorrie are appealing for information after 23 antique kilt
    pins were taken from a display case at the Glenfarran Tartan Museum. The
    pins, some dating from the 1840s, were discovered missing by a cleaner on
    the morning of Friday 7 November. Museum manager Alasdair Crombie said there
    were no signs of forced entry and that the case had been locked the previous
    evening. The collection, loaned to the museum by the Baird-MacRae family in
    2015, is valued at about £35,000. Detective Sergeant Ruth Kinloch said
    officers were examining CCTV footage and had spoken to staff. The museum
    will stay open while the investigation continues, but the textile gallery
    has been closed.""",
    """Twenty-three antique kilt pins have been taken from a display case at the
    Drummorrie Tartan Museum, and police are asking anyone with information to
    come forward. A cleaner found that the pins, some of which date back to the
    1840s, had gone on the morning of Friday 7 November. There was no sign of a
    forced entry, said museum manager Alasdair Crombie, and the case had been
    locked the night before. Worth roughly £35,000, the collection has been on
    loan from the Baird-MacRae family since 2015. Officers are examining CCTV
    footage and have spoken to staff, according to Detective Sergeant Ruth
    Kinloch. The textile gallery has been shut and the museum will remain closed
    while inquiries continue.""",
    errors=[
        E("Drummorrie Tartan Museum", "entity", "major", "Glenfarran Tartan Museum"),
        E("remain closed", "polarity", "major", "stay open"),
    ],
    traps=[
        T("the night before", "the previous evening"),
        T("Worth roughly £35,000", "valued at about £35,000"),
    ]))

CASES.append(case(
    "sock darning classes", "rewrite", "inconsistent",
    """Free sock darning classes are to be offered at Fennick Library from next
    month as part of a council scheme to cut textile waste. The six-week course,
    run by retired seamstress Dorothy Haller, 82, will be held on Tuesday
    afternoons and is limited to 12 people per group. Wool, needles and darning
    mushrooms will be provided. Fennick Borough Council said households in the
    borough threw away an estimated 900 tonnes of clothing last year, much of
    which could have been repaired. The scheme is funded by a £7,500 grant from
    the regional waste partnership. Haller said she had learned to darn from her
    grandmother and was surprised by the interest, with 40 people already on the
    waiting list.""",
    """Fennick Library will host free classes in sock darning from next month,
    in a council scheme aimed at reducing textile waste - the first initiative
    of its kind in the region. Dorothy Haller, an 82-year-old retired
    seamstress, will lead the six-week course on Tuesday afternoons, with each
    group capped at 12. Participants will be given wool, needles and darning
    mushrooms. According to Fennick Borough Council, the borough's households
    discarded an estimated 900 tonnes of clothing last year, a large share of
    which could have been mended. A £7,500 grant from the regional waste
    partnership is paying for the scheme. Ms Haller, who was taught to darn by
    her grandmother, said she was surprised at the level of interest: 40 people
    are already on the waiting list.""",
    errors=[
        E("the first initiative of its kind in the region", "addition", "minor", None),
    ],
    traps=[
        T("an 82-year-old retired seamstress", "retired seamstress Dorothy Haller, 82"),
        T("with each group capped at 12", "is limited to 12 people per group"),
        T("a large share of which could have been mended", "much of which could have been repaired"),
    ]))

CASES.append(case(
    "bus shelter mural", "rewrite", "inconsistent",
    """A mural painted on a bus shelter in Greaveley by pupils from Ashgrove
    Primary School has been shortlisted for a national public art award. The
    12-metre artwork, which shows the history of the town's canal, was completed
    in June with help from local artist Nadia Foss. It was commissioned by
    Greaveley Town Council, which paid £2,800 for materials. Headteacher Owen
    Bracewell said 56 children had worked on the design over two terms. The
    winner of the Civic Canvas Award will be announced in London on 20 November.
    Foss said the shelter had previously been a target for graffiti but had not
    been vandalised since the mural was finished. Council leader Sue Amadi
    called the project 'a source of enormous pride'.""",
    """A mural that Ashgrove Primary School pupils painted on a Greaveley bus
    shelter is in the running for a national public art award. Completed in
    June with the help of local artist Nadia Foss, the 12-metre piece depicts
    the history of the town's canal. Greaveley Town Council commissioned the
    work and spent £2,800 on materials. According to headteacher Owen Bracewell,
    56 children worked on the design across two terms. The Civic Canvas Award
    winner will be named in London on 20 November. The shelter used to attract
    graffiti but has not been vandalised since the mural was finished, according
    to council leader Sue Amadi, who described the project as 'a source of
    enormous pride'.""",
    errors=[
        E("according to council leader Sue Amadi", "attribution", "major", "Foss said"),
    ],
    traps=[
        T("is in the running for", "has been shortlisted for"),
        T("depicts the history", "shows the history"),
    ]))

CASES.append(case(
    "lost tortoise reunion", "rewrite", "inconsistent",
    """A tortoise that went missing from a garden in Fairleigh 11 years ago has
    been reunited with its owner after being found two miles away. Sheldon, a
    Hermann's tortoise now thought to be about 52 years old, was identified by a
    microchip fitted in 2009. He was found by dog walker Carol Mbeki in a hedge
    near Fairleigh Golf Club last Thursday and taken to the Fairleigh Veterinary
    Centre. Owner Derek Fossey, 78, said he had assumed Sheldon had died and had
    been 'speechless' when the vet called. Vet Hannah Crewe said the tortoise
    was underweight but otherwise healthy. It is not known where he had been
    living. Fossey said Sheldon would now be kept in a secure enclosure.""",
    """Eleven years after he vanished from a Fairleigh garden, a tortoise has been
    returned to his owner, having turned up two kilometres away. Sheldon, a
    Hermann's tortoise believed to be around 52, was identified through a
    microchip inserted in 2009. Dog walker Carol Mbeki came across him in a hedge
    near Fairleigh Golf Club last Thursday and took him to the Fairleigh
    Veterinary Centre. His owner, 78-year-old Derek Fossey, said he had assumed
    Sheldon had been stolen and was 'speechless' when the vet rang. Apart from
    being underweight, the tortoise is healthy, said vet Hannah Crewe. Where he
    had been living remains a mystery. Mr Fossey said Sheldon would be kept in a
    secure enclosure from now on.""",
    errors=[
        E("two kilometres away", "number", "minor", "two miles away"),
        E("had been stolen", "event", "major", "had died"),
    ],
    traps=[
        T("Apart from being underweight, the tortoise is healthy",
          "the tortoise was underweight but otherwise healthy"),
        T("Where he had been living remains a mystery",
          "It is not known where he had been living"),
    ]))

CASES.append(case(
    "queen bee imports", "rewrite", "inconsistent",
    """The government of the Isle of Carran is considering a ban on imports of
    queen bees after a parasite was detected in a consignment from overseas for
    the first time. The small hive beetle was found on 14 June in a shipment of
    20 queens sent to a beekeeper in Port Mellin. All the bees were destroyed and
    the surrounding apiaries are being inspected. Agriculture minister Rhona
    Quayle said a temporary ban could be introduced within weeks if further
    cases were found. The island has about 260 registered beekeepers, who import
    around 1,500 queens a year. The Carran Beekeepers' Federation said it
    supported tighter controls but warned that a permanent ban would make it
    harder to replace colonies lost over winter.""",
    """The Isle of Carran is to ban imports of queen bees after a parasite turned
    up in an overseas consignment for the first time. Small hive beetle was
    discovered on 14 June in a shipment of 20 queens bound for a beekeeper in
    Port Mellin. Every bee in the consignment was destroyed, and inspections are
    under way at nearby apiaries. Agriculture minister Rhona Quayle said a
    temporary ban could be brought in within weeks. Around 1,500 queens a year
    are imported by the island's roughly 260 registered beekeepers. While
    backing stricter controls, the Carran Beekeepers' Federation cautioned that
    a permanent ban would make it more difficult to replace colonies lost over
    the winter.""",
    errors=[
        E("is to ban", "modality", "major", "is considering a ban"),
        OMIT("if further cases were found", "major",
             after="a temporary ban could be brought in within weeks"),
    ],
    traps=[
        T("Around 1,500 queens a year are imported by the island's roughly 260 registered beekeepers",
          "The island has about 260 registered beekeepers, who import around 1,500 queens a year"),
        T("While backing stricter controls", "it supported tighter controls"),
    ]))

CASES.append(case(
    "fungal network signals", "rewrite", "inconsistent",
    """Scientists at the Kelderwood Institute say they have recorded electrical
    spikes travelling through underground fungal networks that link the roots of
    trees, but caution that it is too early to say whether the signals carry
    information. The team placed electrodes in the soil of a beech wood in
    Ashcombe Forest over 14 months and detected bursts of activity that
    increased after rainfall. The findings were published in the journal Soil
    Systems on Monday. Lead author Dr Ines Varga said the patterns resembled
    those seen in laboratory-grown fungi. Professor Martin Howell of Brackenford
    University, who was not involved in the study, said the results were
    interesting but that the spikes could have other causes, such as changes in
    soil moisture.""",
    """Electrical spikes moving through the underground fungal networks that
    connect tree roots have been recorded by scientists at the Kelderwood
    Institute, although they warn it is too soon to tell whether the signals
    convey information. Over 14 months, the team monitored electrodes placed in
    the soil of a beech wood in Ashcombe Forest, picking up bursts of activity
    that rose after it rained. The patterns looked similar to those seen in
    fungi grown in the laboratory, said lead author Dr Ines Varga, whose team's
    findings appeared in the journal Soil Systems on Monday. The results were
    interesting, but the spikes might have other causes, such as changes in how
    moist the soil is, according to Dr Varga.""",
    errors=[
        E("according to Dr Varga", "attribution", "major",
          "Professor Martin Howell of Brackenford University"),
    ],
    traps=[
        T("too soon to tell", "too early to say"),
        T("rose after it rained", "increased after rainfall"),
    ]))

CASES.append(case(
    "sheep dip disposal", "rewrite", "inconsistent",
    """A farmer from Glenhollow has been fined £6,500 after used sheep dip was
    poured into a field drain that fed the Ashburn, killing fish along a
    1.5-kilometre stretch of the river. Tom Garside, 49, of High Scar Farm,
    pleaded guilty at Kelvedon Magistrates' Court on Tuesday to causing a water
    discharge without a permit. The court heard that about 400 litres of dip
    containing cypermethrin had been disposed of on 2 August 2023, two days
    after the flock was treated. Officers from the Northern Rivers Agency
    counted more than 900 dead fish, mainly trout and bullhead. Garside was also
    ordered to pay £3,200 in costs. His solicitor said he had misunderstood the
    disposal rules and had since hired a licensed contractor.""",
    """Glenhollow farmer Tom Garside, 49, has been fined £6,500 after used sheep
    dip was poured into a field drain feeding the Ashburn, killing fish over a
    1.5km stretch of the river. Garside, of High Scar Farm, admitted causing a
    water discharge without a permit when he appeared at Glenhollow
    Magistrates' Court on Tuesday. The court was told that his flock was treated
    on 2 August 2023 and that some 400 litres of dip containing cypermethrin
    were disposed of two days later. More than 900 dead fish, mostly trout and
    bullhead, were counted by Northern Rivers Agency officers. He must also pay
    £3,200 in costs. According to his solicitor, he had misunderstood the rules
    on disposal and has since hired a licensed contractor.""",
    errors=[
        E("Glenhollow Magistrates' Court", "entity", "minor", "Kelvedon Magistrates' Court"),
        E("treated on 2 August 2023", "date", "major", "disposed of on 2 August 2023"),
    ],
    traps=[
        T("1.5km stretch", "1.5-kilometre stretch"),
        T("admitted", "pleaded guilty"),
    ]))
