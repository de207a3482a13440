"""Summary pairs (5 consistent, 5 inconsistent) and translation pairs
(5 consistent, 5 inconsistent) for set 167. All names invented.

Translation pairs: both texts are imagined as independent English translations
of the same non-English news story, so the wording differs throughout.
"""

from .common import case, E, OMIT, T

CASES = []

# ======================================================= summaries, consistent

CASES.append(case(
    "rare blood donor appeal", "summary", "consistent",
    """The Northern Blood Service has launched an urgent appeal for donors with
    the rare Ro blood subtype, which is needed to treat patients with sickle cell
    disease. The service said it needed 2,500 new Ro donors in the Kessington
    region by the end of March, as current supplies would last only about nine
    days. Ro blood is around ten times more common in people of Black African
    and Black Caribbean heritage, but fewer than 2% of regular donors in the
    region come from those communities. Extra donation sessions will run at the
    Kessington Community Hub every Saturday in February. Clinical director Dr
    Femi Adeyoola said one patient with sickle cell could need up to 10 units of
    blood a month. The service is also asking existing donors to book
    appointments, as winter illness has cut attendance by around 15%.""",
    """The Northern Blood Service wants 2,500 new donors with the rare Ro blood
    subtype in the Kessington region by the end of March, warning that current
    stocks will last only about nine days. Ro blood, used to treat sickle cell
    patients, is roughly ten times more common among people of Black African and
    Black Caribbean heritage, who make up under 2% of the region's regular
    donors. Extra sessions will be held at the Kessington Community Hub on
    Saturdays throughout February.""",
    traps=[
        T("used to treat sickle cell patients",
          "needed to treat patients with sickle cell disease"),
        T("roughly ten times more common", "around ten times more common"),
        T("who make up under 2% of the region's regular donors",
          "fewer than 2% of regular donors in the region come from those communities"),
        T("on Saturdays throughout February", "every Saturday in February"),
    ]))

CASES.append(case(
    "capercaillie decline", "summary", "consistent",
    """The number of capercaillie in the Strathallan forests has fallen to an
    estimated 310 birds, down from about 1,100 in 2005, according to a survey
    published on Wednesday by the Highland Grouse Trust. The survey, carried out
    over three winters, found that fewer than one in four nests produced chicks
    that survived to adulthood. Researchers blamed wetter Junes, predation by
    pine martens and crows, and collisions with deer fences. The trust is
    calling on landowners to mark or remove about 40 kilometres of fencing and
    to reduce disturbance from walkers and cyclists during the breeding season
    from April to July. Project lead Dr Morag Fenwick said the species could
    disappear from the area within 20 years unless action was taken. The
    Strathallan Estate said it would remove 12 kilometres of fencing this
    winter.""",
    """Strathallan's capercaillie population has dropped by more than two-thirds
    since 2005, to an estimated 310 birds, a Highland Grouse Trust survey has
    found. Fewer than a quarter of nests raised chicks that lived to adulthood,
    with wetter Junes, pine martens, crows and deer-fence collisions blamed.
    Project lead Dr Morag Fenwick warns the birds could vanish from the area
    within two decades without action. The trust wants about 40km of fencing
    marked or removed, and the Strathallan Estate says it will take down 12km
    this winter.""",
    traps=[
        T("dropped by more than two-thirds since 2005", "down from about 1,100 in 2005"),
        T("Fewer than a quarter of nests", "fewer than one in four nests"),
        T("within two decades", "within 20 years"),
        T("about 40km of fencing", "about 40 kilometres of fencing"),
    ]))

CASES.append(case(
    "retaining wall bulge", "summary", "consistent",
    """A section of Quarry Hill Road in Stannington Cross will be closed for at
    least six weeks after engineers found a dangerous bulge in a retaining wall
    that supports the road above a row of houses. Residents of eight homes on
    Ferncliffe Terrace were asked to leave on Sunday as a precaution and are
    being housed in hotels at the council's expense. The bulge, about four
    metres wide, was reported by a resident on Saturday. Kellsworth County
    Council said sensors had been fitted to monitor any movement and that the
    wall, built in the 1930s, would be shored up with steel props before repairs
    begin. A diversion adds about two miles to journeys. Council engineer Martin
    Obuya said the cause was likely to be water build-up behind the wall after
    weeks of heavy rain.""",
    """Part of Quarry Hill Road in Stannington Cross will be shut for a minimum
    of six weeks because the retaining wall holding it up above a row of houses
    has developed a dangerous bulge. Residents of eight Ferncliffe Terrace homes
    were asked to leave on Sunday as a precaution and are in council-funded
    hotels. Sensors are monitoring the 1930s wall, which will be propped with
    steel before repairs; a council engineer says water building up behind it
    after weeks of heavy rain is the likely cause.""",
    traps=[
        T("Part of Quarry Hill Road", "A section of Quarry Hill Road"),
        T("for a minimum of six weeks", "for at least six weeks"),
        T("council-funded hotels", "housed in hotels at the council's expense"),
        T("the 1930s wall", "the wall, built in the 1930s"),
        T("propped with steel", "shored up with steel props"),
    ]))

CASES.append(case(
    "heather honey yield", "summary", "consistent",
    """Beekeepers in the Calderwold uplands have reported their best heather
    honey harvest for a decade, with average yields of 18 kilograms per hive,
    compared with 7 kilograms last year. The Calderwold Beekeepers' Association
    said a warm, damp August had helped the heather flower for longer than
    usual. Around 140 members moved about 1,300 hives onto the moors in late
    July. Association chair Gwen Pryderi said wholesale prices had fallen
    slightly, to about £16 per kilogram, because of the larger crop, but that
    most members would still earn more than in recent years. Heather honey,
    which is thick and jelly-like, must be pressed from the comb rather than
    spun out. The association will hold its honey show at Calderwold Town Hall
    on 11 October.""",
    """Calderwold upland beekeepers have had their best heather honey harvest in
    ten years, averaging 18kg a hive - more than double last year's 7kg - after
    a warm, damp August kept the heather in flower for longer than usual. The
    bigger crop has nudged wholesale prices down slightly to around £16 a
    kilogram, but association chair Gwen Pryderi says most members will still
    earn more than in recent years.""",
    traps=[
        T("in ten years", "for a decade"),
        T("more than double last year's 7kg", "compared with 7 kilograms last year"),
        T("kept the heather in flower for longer than usual",
          "helped the heather flower for longer than usual"),
        T("nudged wholesale prices down slightly", "wholesale prices had fallen slightly"),
    ]))

CASES.append(case(
    "ironmonger closing down", "summary", "consistent",
    """Pargeter & Sons, the ironmonger that has traded on Bridge Street in
    Wellcombe since 1911, will close on 28 February, its owners have announced.
    Fourth-generation owner Keith Pargeter, 67, said he was retiring and that
    none of his children wanted to take over the business. He said rising
    business rates and competition from online retailers and out-of-town DIY
    stores had also made trading harder, with takings down by about a third
    since 2019. The shop, which still sells nails by weight and cuts keys by
    hand, employs three part-time staff. A closing-down sale begins on Monday.
    The building's landlord, Wellcombe Estates, said it had not yet decided how
    the premises would be used.""",
    """Wellcombe ironmonger Pargeter & Sons will shut on 28 February after more
    than a century on Bridge Street. Owner Keith Pargeter, 67, is retiring, with
    none of his children willing to take over, and says rising business rates
    and competition from online sellers and out-of-town DIY stores have also
    made trading harder, with takings down roughly a third since 2019. A
    closing-down sale starts on Monday.""",
    traps=[
        T("after more than a century on Bridge Street",
          "has traded on Bridge Street in Wellcombe since 1911"),
        T("none of his children willing to take over",
          "none of his children wanted to take over the business"),
        T("online sellers", "online retailers"),
        T("down roughly a third", "down by about a third"),
    ]))

# ===================================================== summaries, inconsistent

CASES.append(case(
    "fireworks decibel cap", "summary", "inconsistent",
    """Brackley Vale District Council has voted to cap the noise of public
    fireworks displays at 90 decibels, measured at the nearest home, from 1
    January. The cap will apply to all displays on council land and to any event
    needing a council licence, but not to private garden fireworks. Councillors
    approved the measure by 27 votes to 9 after a consultation that received
    1,840 responses, 71% of which backed a limit. Organisers who break the cap
    face fines of up to £2,000. Animal welfare group Paws of Brackley said loud
    fireworks caused distress to pets and livestock, while the Brackley Bonfire
    Society warned that some traditional displays might have to be scaled back.
    The council will review the policy after 12 months.""",
    """Public fireworks displays in Brackley Vale will be limited to 90 decibels
    at the nearest home from 1 January after councillors voted 27 to 9 for the
    cap, following a consultation in which more than three-quarters of 1,840
    responses backed a limit. It covers displays on council land and licensed
    events but not garden fireworks. Organisers who breach the cap face fines of
    up to £2,000. Paws of Brackley says loud fireworks distress pets and
    livestock, while the Brackley Bonfire Society warns some traditional
    displays may have to be scaled back. Organisers who breach the cap face
    fines of up to £2,000. The policy will be reviewed after a year.""",
    errors=[
        E("more than three-quarters", "number", "major", "71%"),
        E("Organisers who breach the cap face fines of up to £2,000.", "repetition",
          "minor", None, occ=1),
    ],
    traps=[
        T("licensed events", "any event needing a council licence"),
        T("after a year", "after 12 months"),
    ]))

CASES.append(case(
    "exotic pet amnesty", "summary", "inconsistent",
    """Owners of unwanted exotic pets will be able to hand them over without
    penalty during a two-week amnesty run by the Tarrow Animal Welfare
    Partnership starting on 3 March. The scheme covers reptiles, amphibians,
    large spiders and birds, but not primates or venomous snakes, which must be
    reported to the council separately. Animals will be assessed by vets at the
    Tarrow Reptile Rescue centre and rehomed where possible. The partnership said
    it had taken in 212 abandoned exotic animals last year, including a
    2.5-metre boa found in a supermarket car park. Coordinator Lena Marsh said
    owners would not be asked for their names or how they had obtained the
    animals. Drop-off appointments must be booked online in advance.""",
    """A two-week exotic pet amnesty run by the Tarrow Animal Welfare Partnership
    begins on 3 March, letting owners give up reptiles, amphibians, large
    spiders and birds without penalty and without being asked their names or how
    they got the animals. Primates and venomous snakes are excluded and must
    instead be handed to the council. Vets will assess the animals, which will
    be rehomed where possible. The partnership took in 212 abandoned exotic
    animals last year. Drop-offs must be booked online beforehand.""",
    errors=[
        E("handed to the council", "event", "major", "reported to the council"),
    ],
    traps=[
        T("without being asked their names or how they got the animals",
          "owners would not be asked for their names or how they had obtained the animals"),
    ]))

CASES.append(case(
    "skateboard plaza curfew", "summary", "inconsistent",
    """A 9pm curfew will be imposed at the Riverside skateboard plaza in
    Corringham from 1 May after complaints about noise and antisocial
    behaviour, the town council has confirmed. The plaza, which opened in 2021
    at a cost of £310,000, will be locked overnight and reopened at 8am. Council
    leader Farid Hossain said the decision followed 64 complaints from nearby
    residents last year, but that the council did not want to punish the many
    young people who used the plaza responsibly. The curfew will not apply
    during the summer school holidays, when the plaza will stay open until
    10pm. Local skater Jade Willoughby, 17, has started a petition calling for a
    later curfew all year round, which had 900 signatures by Wednesday. The
    council said it would review the arrangement in September.""",
    """Corringham's Riverside skateboard plaza will be locked from 9pm until 8am
    from 1 May after 64 complaints from nearby residents last year about noise
    and antisocial behaviour, and CCTV cameras will also be installed. Council
    leader Farid Hossain said the council did not want to punish the many young
    people who use the plaza responsibly. The curfew will apply during the
    summer school holidays as well. A petition by 17-year-old skater Jade
    Willoughby for a later curfew all year round had 900 signatures by
    Wednesday, and the council will review the arrangement in September.""",
    errors=[
        E("and CCTV cameras will also be installed", "addition", "major", None),
        E("will apply during the summer school holidays as well", "polarity", "critical",
          "will not apply during the summer school holidays"),
    ],
    traps=[
        T("17-year-old skater Jade Willoughby", "Local skater Jade Willoughby, 17"),
    ]))

CASES.append(case(
    "chancel repair liability", "summary", "inconsistent",
    """Homeowners in the village of Aldbury Hatch have been told they may be
    liable for repairs to the chancel of St Michael's Church under a medieval
    law. The Diocese of Wrexford registered a chancel repair liability against
    37 properties last year, and the parochial church council now estimates that
    work on the chancel roof will cost £85,000. Resident Simon Gately, whose
    cottage is among those affected, said buyers had pulled out of the purchase
    of his home after the liability appeared in searches. The Aldbury Hatch
    Residents' Association has written to the Diocese of Wrexford asking it to
    remove the registrations. The parochial church council said it had not yet
    decided whether to seek payment and would first apply for heritage grants.
    A public meeting will be held on 9 May.""",
    """Owners of 37 properties in Aldbury Hatch could be made to pay towards an
    estimated £85,000 of work on the chancel roof of St Michael's Church under a
    medieval law, after the Diocese of Wrexford registered a chancel repair
    liability against the properties last year. One resident says a sale of his home fell
    through as a result. The diocese has written to the Aldbury Hatch Residents'
    Association asking it to remove the registrations, while the church council
    has not decided whether to seek payment and will try for heritage grants
    first.""",
    errors=[
        E("The diocese has written to the Aldbury Hatch Residents' Association", "role",
          "major",
          "The Aldbury Hatch Residents' Association has written to the Diocese of Wrexford"),
    ],
    traps=[
        T("could be made to pay towards", "may be liable for repairs"),
        T("a sale of his home fell through",
          "buyers had pulled out of the purchase of his home"),
    ]))

CASES.append(case(
    "sheep scab outbreak", "summary", "inconsistent",
    """An outbreak of sheep scab has been confirmed on three farms near Pennard
    Bridge, and farmers in a 10-kilometre zone around the area are being urged
    to check their flocks. The Welland Animal Health Office said the disease,
    caused by a parasitic mite, had been identified on 18 October after a vet
    noticed wool loss and severe itching in a flock of 600 ewes. Around 2,100
    sheep on the affected farms have since been treated. Animal health officer
    Glyn Prothero said the outbreak was thought to have started after sheep were
    bought at Pennard market in early September. Sheep scab is not a danger to
    humans but can cause serious weight loss and, if untreated, death. A free
    testing scheme for farms in the zone will run until the end of November.""",
    """Sheep scab has been confirmed on three farms near Pennard Bridge, and
    farmers within 10km are being urged to check their flocks. The disease,
    caused by a parasitic mite, was identified in early September in a flock of
    600 ewes and is thought to have begun after sheep were bought at Pennard
    market; about 2,100 sheep have since been treated. It poses no risk to
    people but can kill animals that go untreated. Free testing is available in
    the zone until the end of November.""",
    errors=[
        E("in early September", "date", "major", "on 18 October"),
    ],
    traps=[
        T("within 10km", "in a 10-kilometre zone around the area"),
        T("poses no risk to people", "is not a danger to humans"),
    ]))

# ==================================================== translations, consistent

CASES.append(case(
    "jai alai fronton", "translation", "consistent",
    """The municipal fronton of Errotazar will reopen to jai alai on 21
    September after a renovation lasting almost two years, the town council
    announced on Thursday. The works, which cost 3.2 million euros, included a
    new front wall of granite, modern lighting and seating for 1,150 spectators,
    some 400 more than before. Mayor Itziar Goenaga said the building had become
    'a piece of our identity that was falling apart'. The reopening will be
    marked by a match between the Errotazar club and a team from the French town
    of Sainte-Aure. Tickets, priced between 8 and 15 euros, go on sale on 1
    September. The regional government contributed 60 percent of the cost.""",
    """Errotazar's town hall said on Thursday that jai alai will return to the
    municipal fronton on 21 September, following close to two years of
    refurbishment. The 3.2-million-euro project gave the court a new granite
    front wall and up-to-date lighting, and raised capacity to 1,150 seats,
    about 400 more than previously. According to the mayor, Itziar Goenaga, the
    building had turned into 'part of who we are that was crumbling'. To mark
    the reopening, the local club will play a side from Sainte-Aure, in France.
    Tickets will cost from 8 to 15 euros and will be on sale from 1 September.
    Three-fifths of the funding came from the regional government.""",
    traps=[
        T("following close to two years of refurbishment",
          "after a renovation lasting almost two years"),
        T("The 3.2-million-euro project", "The works, which cost 3.2 million euros"),
        T("the local club will play a side from Sainte-Aure, in France",
          "a match between the Errotazar club and a team from the French town of Sainte-Aure"),
        T("from 8 to 15 euros", "between 8 and 15 euros"),
        T("Three-fifths of the funding", "60 percent of the cost"),
    ]))

CASES.append(case(
    "frost quake noises", "translation", "consistent",
    """Residents of Lahtivaara were woken in the early hours of Sunday by loud
    bangs that many mistook for gunshots or explosions. The emergency centre
    received 37 calls between 2am and 5am. Police later said the noises had been
    caused by frost quakes, which occur when water in the ground freezes and
    expands rapidly, cracking soil or rock. Temperatures in the town fell from
    minus 4 to minus 27 degrees in less than 24 hours. Geophysicist Sanna
    Keltamo of the University of Pohjala said frost quakes were harmless in most
    cases but could occasionally crack driveways or pipes. No damage had been
    reported by Monday afternoon. The police asked residents to call the
    emergency number only if they saw a real danger.""",
    """Loud bangs that many people took to be gunshots or blasts woke the people
    of Lahtivaara early on Sunday morning. Between two and five in the morning,
    37 calls reached the emergency centre. The sounds, police explained
    afterwards, came from frost quakes: when water in the ground freezes and
    expands quickly, the soil or rock cracks. In under a day, the temperature in
    the town dropped by 23 degrees, from minus 4 to minus 27. According to Sanna
    Keltamo, a geophysicist at the University of Pohjala, such quakes are usually
    harmless, though now and then they can crack driveways or pipes. By Monday
    afternoon, no damage had been reported. Police urged people to ring the
    emergency number only when they saw genuine danger.""",
    traps=[
        T("Between two and five in the morning", "between 2am and 5am"),
        T("In under a day", "in less than 24 hours"),
        T("dropped by 23 degrees, from minus 4 to minus 27",
          "fell from minus 4 to minus 27 degrees"),
        T("usually harmless", "harmless in most cases"),
        T("now and then", "occasionally"),
    ]))

CASES.append(case(
    "delftware tile find", "translation", "consistent",
    """During renovation work on a canal house in Veldhaven, builders discovered
    around 240 delftware tiles hidden behind a wall in the kitchen. According to
    the city archaeologist, Marieke Doorn, the blue-and-white tiles date from
    about 1680 to 1720 and show children's games, ships and biblical scenes. The
    tiles were probably covered up in the nineteenth century when the kitchen
    was modernised. Most are undamaged. The owners of the house, the couple Ruud
    and Esther Kalf, have decided to lend the tiles to the Veldhaven City
    Museum, which will exhibit a selection from next spring. According to Doorn,
    it is the largest find of its kind in the city since 1997.""",
    """Some 240 Delft tiles have come to light behind a kitchen wall in a
    Veldhaven canal house that was being renovated. City archaeologist Marieke
    Doorn said the blue and white tiles were made roughly between 1680 and 1720
    and depict ships, children playing games and scenes from the Bible. They
    were most likely covered over in the 1800s, when the kitchen was modernised.
    The majority are intact. Ruud and Esther Kalf, the married couple who own
    the house, are lending the tiles to the Veldhaven City Museum, where a
    selection will go on show from next spring. Doorn said it was the city's
    biggest find of this kind since 1997.""",
    traps=[
        T("Some 240 Delft tiles", "around 240 delftware tiles"),
        T("most likely", "probably"),
        T("in the 1800s", "in the nineteenth century"),
        T("The majority are intact", "Most are undamaged"),
        T("the married couple who own the house", "The owners of the house, the couple"),
    ]))

CASES.append(case(
    "lampworked beads", "translation", "consistent",
    """A small workshop in the town of Hradnice is trying to revive the tradition
    of lampworked glass beads, which were once made in hundreds of homes in the
    region. Founder Tereza Malinová, 38, opened the workshop two years ago with a
    loan of 900,000 crowns and now employs five glassmakers. Each bead is shaped
    by hand over a gas flame from rods of coloured glass, and an experienced
    worker can make about 150 a day. Most of the beads are sold abroad, mainly to
    jewellery designers in Germany and Japan. In October the workshop will begin
    offering weekend courses for the public. According to Malinová, fewer than
    twenty lampworkers are still active in the region.""",
    """In Hradnice, a small workshop wants to bring back the craft of lampworked
    glass beads, once produced in hundreds of households across the region.
    Tereza Malinová, 38, set it up two years ago with a 900,000-crown loan, and
    five glassworkers are now on the payroll. The beads are each formed by hand
    from coloured glass rods held over a gas flame; a skilled worker can produce
    around 150 in a day. The majority go abroad, chiefly to jewellery designers
    in Germany and Japan. From October, members of the public will be able to
    take weekend courses at the workshop. Malinová says that no more than
    nineteen lampworkers are still working in the region.""",
    traps=[
        T("a 900,000-crown loan", "a loan of 900,000 crowns"),
        T("five glassworkers are now on the payroll", "now employs five glassmakers"),
        T("The majority go abroad", "Most of the beads are sold abroad"),
        T("From October", "In October the workshop will begin"),
        T("no more than nineteen", "fewer than twenty"),
    ]))

CASES.append(case(
    "geode find", "translation", "consistent",
    """A farmer in the municipality of San Ildefonso del Monte found a geode
    measuring almost two metres in height while digging a well on his property,
    local authorities reported on Wednesday. The hollow rock, lined with purple
    amethyst crystals, weighs an estimated 1.4 tonnes. Geologist Paula
    Arismendi of the National Mining Directorate said it was one of the largest
    ever recorded in the country and that it had formed some 130 million years
    ago. The farmer, Rubén Olazábal, 61, said he had received several offers to
    buy the geode but had not yet decided what to do with it. The directorate
    has asked him not to move it until experts have examined it next week.""",
    """While digging a well on his land in the municipality of San Ildefonso del
    Monte, a farmer came across a geode nearly two metres tall, local officials
    said on Wednesday. The hollow stone, whose interior is covered in purple
    amethyst crystals, is estimated to weigh 1,400 kilograms. Paula Arismendi, a
    geologist with the National Mining Directorate, said it ranked among the
    largest ever recorded in the country and had formed approximately 130
    million years ago. Rubén Olazábal, the 61-year-old farmer, said he had had a
    number of offers for the geode but was still undecided about what to do
    with it. Experts will examine it next week, and until then the directorate
    has asked him to leave it where it is.""",
    traps=[
        T("nearly two metres tall", "measuring almost two metres in height"),
        T("1,400 kilograms", "1.4 tonnes"),
        T("approximately 130 million years ago", "some 130 million years ago"),
        T("still undecided", "had not yet decided"),
        T("leave it where it is", "not to move it"),
    ]))

# ================================================== translations, inconsistent

CASES.append(case(
    "passion play casting", "translation", "inconsistent",
    """The village of Oberhallach has chosen the cast for next year's passion
    play, which is staged only once every ten years. Carpenter Lukas Mair, 34,
    will play Jesus, and his cousin Florian Mair, 31, will play Judas. Primary
    school teacher Veronika Stadler, 29, has been cast as Mary. Director Anton
    Greil, who has led the play since 1996, chose the performers from 640
    residents who applied for roles. Only people born in the village or who have
    lived there for at least 20 years may take part. Around 1,500 villagers will
    appear on stage or work behind the scenes. A total of 95 performances are
    planned between May and October, and about 420,000 tickets will be sold.""",
    """Oberhallach has cast its passion play, which the village performs just
    once a decade, for next year. Jesus will be played by Florian Mair, 31, and
    Judas by his cousin Lukas Mair, 34, a carpenter. The part of Mary goes to
    Veronika Stadler, 29, who teaches at a primary school. The performers were
    selected by Anton Greil, director of the play since 1996, from 640 villagers
    who had applied. Only those born in Oberhallach or resident there for at
    least 20 years are allowed to take part. Some 1,500 inhabitants will be
    involved, either on stage or behind the scenes. Ninety-five performances
    are planned between May and October between May and October, with around
    420,000 tickets to be sold.""",
    errors=[
        E("Jesus will be played by Florian Mair, 31, and Judas by his cousin Lukas Mair",
          "role", "critical",
          "Lukas Mair, 34, will play Jesus, and his cousin Florian Mair, 31, will play Judas"),
        E("between May and October", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("just once a decade", "only once every ten years"),
        T("resident there for at least 20 years", "who have lived there for at least 20 years"),
    ]))

CASES.append(case(
    "mine water heating scheme", "translation", "inconsistent",
    """Warm water from flooded coal mines beneath Kerkhoven could heat up to
    2,000 homes by 2028, according to a feasibility study presented to the
    municipal council on Tuesday. The water, at a temperature of around 28
    degrees Celsius at a depth of 700 metres, would be pumped to the surface and
    its heat raised further by heat pumps. The study, carried out by the
    engineering firm Dekker Geotherm, estimates the cost of the first phase at
    41 million euros. Alderman Joris van Ommeren said the council wanted to
    apply for national subsidies this autumn but that no final decision had been
    taken. The last mine in the area closed in 1974. Residents will be invited
    to information evenings in November.""",
    """According to a feasibility study presented to the council on Tuesday, warm
    water from the flooded coal mines under Kerkhoven will supply heat to as
    many as 2,000 homes by 2028. At 700 metres down, the water is roughly 28
    degrees; it would be brought up to the surface, where heat pumps would raise
    its temperature further. Engineering firm Dekker Geotherm, which produced
    the study, puts the price of the first phase at 41 million euros. Alderman
    Joris van Ommeren said the municipality intended to seek national subsidies
    this autumn, though nothing had yet been finally decided. Mining in the area
    ended in 1974, when the last pit shut. Information evenings for residents
    will be held in November.""",
    errors=[
        E("will supply heat", "modality", "major", "could heat"),
    ],
    traps=[
        T("puts the price of the first phase at 41 million euros",
          "estimates the cost of the first phase at 41 million euros"),
        T("nothing had yet been finally decided", "no final decision had been taken"),
        T("Mining in the area ended in 1974, when the last pit shut",
          "The last mine in the area closed in 1974"),
    ]))

CASES.append(case(
    "locust bean flour", "translation", "inconsistent",
    """A cooperative in the village of Alcarrão has begun producing flour from
    locust beans, the pods of the carob tree, which until recently were sold
    almost entirely as animal feed. The Cooperativa Serra Doce, which has 48
    member farmers, invested 380,000 euros in a mill that can process 6 tonnes
    of pods a day. The gluten-free flour is sold to bakeries and health food
    shops in Portugal and Spain. President Manuel Reboredo said farmers now
    received around 1.10 euros per kilo of pods, almost three times the price of
    a decade ago. A drought last summer reduced the harvest by a fifth, but the
    cooperative expects output to recover this year. Half of the investment was
    paid for by European agricultural funds.""",
    """In the village of Alcarrão, a cooperative has started to make flour from
    locust beans - the pods of the acacia tree - which until not long ago went
    almost exclusively to animal feed. Cooperativa Serra Doce, whose members are
    48 farmers, has spent 380,000 euros on a mill able to handle 6 tonnes of
    pods daily. Bakeries and health food shops in Portugal and Spain buy the
    flour, which contains no gluten. According to the cooperative's president,
    Manuel Reboredo, growers are now paid about 1.10 euros a kilo for the pods,
    close to triple the price of ten years ago. Last summer's drought cut the
    harvest by 20 percent, though the cooperative expects production to pick up
    this year. European farm funds covered half of the investment.""",
    errors=[
        E("acacia tree", "entity", "major", "carob tree"),
    ],
    traps=[
        T("which contains no gluten", "The gluten-free flour"),
        T("close to triple the price of ten years ago",
          "almost three times the price of a decade ago"),
        T("by 20 percent", "by a fifth"),
    ]))

CASES.append(case(
    "piano hammer felt", "translation", "inconsistent",
    """One of the last manufacturers of piano hammer felt in Europe, Filzwerk
    Rottach of Bad Kellwitz, has secured its future after being bought by its
    managing director and three employees. The company, founded in 1887,
    supplies felt to piano makers in 14 countries and employs 31 people. Its
    previous owners, the Hessler family, had put it up for sale in January after
    failing to find a successor. Managing director Birgit Lanz said no jobs
    would be cut and that the firm planned to invest in a new carding machine
    next year. The felt is made from the wool of sheep from New Zealand and
    takes about three weeks to produce. The purchase price was not
    disclosed.""",
    """Filzwerk Rottach in Bad Kellwitz, one of Europe's last makers of felt for
    piano hammers, has been taken over by its managing director and three
    members of staff, securing the company's future. Founded in 1887, the firm
    has 31 employees and sells felt to piano manufacturers in 14 countries. The
    Hessler family, which owned it until now, had offered it for sale in
    January, having been unable to find a successor. Managing director Birgit
    Lanz did not rule out job cuts, adding that the firm planned to buy a new
    carding machine next year. The felt is produced from New Zealand sheep's
    wool, a process that takes around three weeks. No price was given for the
    purchase.""",
    errors=[
        E("did not rule out job cuts", "polarity", "critical", "no jobs would be cut"),
    ],
    traps=[
        T("having been unable to find a successor", "after failing to find a successor"),
        T("No price was given for the purchase", "The purchase price was not disclosed"),
    ]))

CASES.append(case(
    "sun pillars over town", "translation", "inconsistent",
    """Residents of Vardøya woke on Tuesday morning to vertical columns of light
    rising from the horizon above the town, a phenomenon known as sun pillars.
    The pillars were visible for about 40 minutes after sunrise and were
    photographed by hundreds of people. Meteorologist Eirik Solheim of the
    Northern Weather Service explained that they form when sunlight is reflected
    by flat ice crystals drifting in very cold, still air. The temperature in the
    town was minus 31 degrees at the time, the lowest this winter. Solheim said
    sun pillars were not unusual in the region but were rarely this bright.
    Several schools delayed the start of lessons by one hour because of the
    cold.""",
    """On Tuesday morning the people of Vardøya awoke to see vertical pillars of
    light stretching up from the horizon over the town - so-called sun pillars.
    The columns could be seen for almost an hour after the sun came up, and
    hundreds of people took pictures of them. According to Eirik Solheim, a
    meteorologist at the Northern Weather Service, the phenomenon occurs when
    sunlight is reflected off flat ice crystals floating in very cold, calm air.
    At the time it was minus 31 degrees in the town, the coldest reading so far
    this winter. Sun pillars are no rarity in the region, Solheim said, but they
    are seldom so bright. Because of the cold, several schools closed for the
    day.""",
    errors=[
        E("for almost an hour", "number", "minor", "for about 40 minutes"),
        E("closed for the day", "event", "major", "delayed the start of lessons by one hour"),
    ],
    traps=[
        T("the coldest reading so far this winter", "the lowest this winter"),
        T("are no rarity in the region", "were not unusual in the region"),
        T("seldom so bright", "rarely this bright"),
    ]))
