"""Translation pairs (10 pairs): two independent English renderings of the
same (imagined) non-English news story."""
from ._helpers import case, err, omit, trap

CASES = []

# 31 -- consistent translation (French story)
CASES.append(case(
    "abattoir licence revocation", "translation",
    """The prefecture of the Vallonne department has withdrawn the operating
    licence of the Berthier abattoir in Saint-Aubrac, following an
    inspection that revealed serious breaches of animal welfare rules.
    According to the prefecture, inspectors found in October that animals
    were being left without water for several hours and that stunning
    equipment was faulty. The abattoir, which employs 57 people and
    slaughters about 1,200 cattle a month, must cease activity from Monday.
    Its director, Laurent Berthier, announced that he would challenge the
    decision before the administrative court, saying the problems had been
    corrected since the inspection. Local livestock farmers fear they will
    have to transport their animals more than 150 kilometres to the nearest
    alternative slaughterhouse.""",
    """The Vallonne prefecture has revoked the operating licence of the
    Berthier slaughterhouse in Saint-Aubrac after an inspection uncovered
    serious violations of animal welfare regulations. During an October
    visit, the prefecture said, inspectors discovered that animals had been
    left for hours at a time with no water and that the stunning equipment
    was defective. The facility, which has a workforce of 57 and processes
    roughly 1,200 head of cattle every month, has to stop operating as of
    Monday. Its manager, Laurent Berthier, said he would contest the ruling
    in the administrative court, arguing that the faults had been fixed
    since the inspection took place. Farmers in the area worry that they
    will now have to truck their livestock over 150 km to reach the
    next-closest abattoir.""",
    traps=[
        trap("left for hours at a time with no water",
             "left without water for several hours"),
        trap("has a workforce of 57", "employs 57 people"),
        trap("roughly 1,200 head of cattle every month",
             "about 1,200 cattle a month"),
        trap("contest the ruling in the administrative court",
             "challenge the decision before the administrative court"),
        trap("over 150 km", "more than 150 kilometres"),
    ]))

# 32 -- inconsistent translation: omission (Dutch story)
CASES.append(case(
    "university rent strike", "translation",
    """More than 1,300 students living in university housing in Marrenburg
    have stopped paying their rent in protest against an increase of 9
    percent announced for the next academic year. The strike, organised by
    the tenants' collective Huurfront, began on 1 February and, according to
    the organisers, affects six of the eight residences managed by the
    housing foundation StudentWonen. The foundation says the increase is
    necessary to cover rising energy and maintenance costs and has warned
    that students who continue to withhold payment may face eviction
    proceedings. Huurfront is demanding that the increase be frozen and that
    residents be represented on the foundation's board. The university's
    rector, Annelies Brouwer-Kamp, has offered to mediate between the two
    sides.""",
    """Over 1,300 students in Marrenburg's university accommodation are
    refusing to pay rent in protest at a 9% rise announced for the coming
    academic year. Organised by the tenants' group Huurfront, the strike
    started on 1 February and covers six of the eight residences run by the
    StudentWonen housing foundation. StudentWonen argues that the rise is
    needed to meet higher energy and upkeep costs, and it has cautioned that
    students who keep withholding their rent could face eviction
    proceedings. Huurfront wants the increase frozen and residents
    represented on the foundation's board. The university's rector, Annelies
    Brouwer-Kamp, has offered to act as a mediator between the two
    sides.""",
    errors=[
        omit("according to the organisers", "minor",
             before="covers six of the eight"),
    ],
    traps=[
        trap("a 9% rise", "an increase of 9 percent"),
        trap("upkeep costs", "maintenance costs"),
        trap("could face eviction proceedings",
             "may face eviction proceedings"),
    ]))

# 33 -- consistent translation (German story)
CASES.append(case(
    "town market charter", "translation",
    """The town of Lindenbrück is celebrating the 600th anniversary of its
    market charter this year with a programme of events that will run from
    May until October. The charter, granted by Count Albrecht of Falkenried
    in 1425, gave the town the right to hold a weekly market every Thursday,
    a tradition that has continued almost without interruption to the
    present day. The original document, which had been kept in the state
    archives for decades, will be displayed in the town hall for the first
    time from 3 May. Mayor Sabine Krautwurst said the town council had set
    aside 250,000 euros for the anniversary. The highlight will be a
    historical market in August, in which traders will dress in medieval
    costume.""",
    """This year Lindenbrück marks six hundred years since it received its
    market charter, with celebrations running from May through to October.
    It was in 1425 that Count Albrecht of Falkenried granted the town the
    right to a market every Thursday, and the weekly market has been held
    almost without a break ever since. From 3 May the original charter,
    stored for decades in the state archives, will go on show in the town
    hall for the first time. The council has earmarked €250,000 for the
    anniversary, according to Mayor Sabine Krautwurst. The high point is to
    be a historical market in August, with stallholders in medieval
    dress.""",
    traps=[
        trap("six hundred years since it received its market charter",
             "the 600th anniversary of its market charter"),
        trap("almost without a break", "almost without interruption"),
        trap("earmarked", "set aside"),
        trap("€250,000", "250,000 euros"),
        trap("with stallholders in medieval dress",
             "traders will dress in medieval costume"),
    ]))

# 34 -- inconsistent translation: polarity + entity (Italian story)
CASES.append(case(
    "school phone ban", "translation",
    """From September, pupils at all state secondary schools in the province
    of Valmarina will have to hand in their mobile phones at the start of
    the school day, the provincial education office announced on Thursday.
    The phones will be kept in locked cabinets and returned when lessons
    end. The measure follows a one-year trial in twelve schools, where,
    according to the education office, teachers reported fewer disputes
    between pupils and better concentration in class. Provincial education
    councillor Marco Fedeli said that exceptions would be made for pupils
    with medical needs. The parents' association Genitori Insieme welcomed
    the decision, but the teachers' union CGS said schools had not been
    given any extra money to buy the cabinets.""",
    """Starting in September, students at every public secondary school in
    Valmarina province will be required to surrender their phones when they
    arrive in the morning, the provincial education department said on
    Thursday. The devices will be locked away in cabinets and handed back
    at the end of lessons. The decision comes after a year-long pilot in 12
    schools, in which teachers noticed fewer quarrels among students and
    improved concentration in lessons, according to the department. Marco
    Fedeli, the province's councillor for education, said there would be no
    exceptions, not even for students with medical needs. The student
    association Genitori Insieme praised the move, while the CGS teachers'
    union complained that schools had received no additional funds to
    purchase the cabinets.""",
    errors=[
        err("there would be no exceptions, not even for students with "
            "medical needs", "polarity", "major",
            "exceptions would be made for pupils with medical needs"),
        err("The student association", "entity", "minor",
            "The parents' association"),
    ],
    traps=[
        trap("a year-long pilot in 12 schools",
             "a one-year trial in twelve schools"),
        trap("had received no additional funds",
             "had not been given any extra money"),
    ]))

# 35 -- consistent translation (Swedish story)
CASES.append(case(
    "wheelchair taxi shortage", "translation",
    """Wheelchair users in Norrhavn are having to wait up to three hours for
    an accessible taxi, and some have missed hospital appointments as a
    result, the disability organisation Rullstolsforum has said. According
    to the organisation, only 14 of the city's 620 licensed taxis can carry
    a passenger who remains seated in a wheelchair, compared with 31 five
    years ago. Many operators have replaced adapted vehicles with cheaper
    electric cars that cannot be converted. The municipality said it was
    aware of the problem and would offer grants of up to 80,000 kronor to
    drivers who buy accessible vehicles. Rullstolsforum chair Ingrid
    Holmqvist said the grants were welcome but would not solve the problem
    quickly enough, and called for a minimum quota of adapted taxis.""",
    """People in Norrhavn who use wheelchairs can wait as long as three hours
    for a taxi they can travel in, according to the disability group
    Rullstolsforum, which says some have missed hospital appointments
    because of it. Of the 620 taxis licensed in the city, just 14 are able
    to take a passenger who stays seated in their wheelchair, the group
    says, down from 31 five years ago. Many firms have swapped their adapted
    vehicles for cheaper electric models that cannot be converted. The
    municipality says it knows about the problem and will give drivers who
    purchase accessible vehicles grants of as much as 80,000 kronor. The
    grants were a welcome step but would not fix things fast enough, said
    Ingrid Holmqvist, who chairs Rullstolsforum, calling for a minimum share
    of taxis to be adapted.""",
    traps=[
        trap("as long as three hours", "up to three hours"),
        trap("down from 31 five years ago", "compared with 31 five years ago"),
        trap("grants of as much as 80,000 kronor",
             "grants of up to 80,000 kronor"),
        trap("would not fix things fast enough",
             "would not solve the problem quickly enough"),
        trap("a minimum share of taxis to be adapted",
             "a minimum quota of adapted taxis"),
    ]))

# 36 -- inconsistent translation: number (Norwegian story)
CASES.append(case(
    "seaweed farming licence", "translation",
    """The Directorate of Fisheries has granted the company Tarehagen a
    licence to farm seaweed on 40 hectares in Ravnefjord, making it the
    largest seaweed farm in the county. The company plans to grow sugar kelp
    on ropes suspended in the water and expects to harvest around 600 tonnes
    in the first year, rising to 2,000 tonnes when the farm is fully
    operational in 2028. Local fishermen had objected that the installations
    could obstruct boat traffic and crab fishing, and the licence requires
    the company to leave a 200-metre channel open along the eastern shore.
    General manager Kari Solheim-Aune said the seaweed would be processed
    into animal feed and food ingredients at a plant in the municipality,
    creating 18 jobs.""",
    """Tarehagen has been given permission by the Directorate of Fisheries
    to cultivate seaweed over 400 hectares of Ravnefjord, which will make
    its farm the biggest of its kind in the county. Sugar kelp will be grown
    on ropes hanging in the water; the company anticipates a first-year
    harvest of roughly 600 tonnes, increasing to 2,000 tonnes once the farm
    is in full operation in 2028. Fishermen in the area had complained that
    the equipment might get in the way of boats and crab fishing. Under the
    terms of the licence, a 200-metre passage must be kept clear along the
    eastern shore. According to general manager Kari Solheim-Aune, the kelp
    will be turned into animal feed and food ingredients at a plant in the
    municipality, which will create 18 jobs.""",
    errors=[
        err("400 hectares", "number", "major", "40 hectares"),
    ],
    traps=[
        trap("roughly 600 tonnes", "around 600 tonnes"),
        trap("a 200-metre passage must be kept clear",
             "leave a 200-metre channel open"),
    ]))

# 37 -- consistent translation (Argentine story)
CASES.append(case(
    "cattle rustling trial", "translation",
    """A court in the province of San Ramiro has sentenced three men to
    between four and seven years in prison for stealing more than 300 head
    of cattle from ranches in the region between 2021 and 2023. The judges
    found that the group, led by a former ranch foreman, Héctor Villaseca,
    moved the animals at night in rented trucks and sold them at auctions in
    neighbouring provinces using forged documents. Villaseca received the
    longest sentence. A fourth defendant, a livestock auctioneer, was
    acquitted because of a lack of evidence. The prosecution had asked for
    sentences of up to ten years. The ranchers' association said the
    verdict sent a clear message, but estimated its members' total losses at
    more than 200 million pesos, most of which has not been recovered.""",
    """Three men have been jailed for terms of four to seven years by a court
    in San Ramiro province for stealing over 300 cattle from ranches in the
    region from 2021 to 2023. According to the judges, the gang was headed
    by Héctor Villaseca, who had once been a ranch foreman, and moved the
    cattle by night in hired lorries before selling them with falsified
    papers at auctions in neighbouring provinces. The heaviest sentence went
    to Villaseca. A livestock auctioneer who was also on trial was cleared
    for lack of evidence. Prosecutors had sought prison terms of as much as
    ten years. The verdict sent a clear message, the ranchers' association
    said, though it put its members' combined losses at over 200 million
    pesos, the bulk of which has not been recovered.""",
    traps=[
        trap("for terms of four to seven years",
             "to between four and seven years in prison"),
        trap("who had once been a ranch foreman", "a former ranch foreman"),
        trap("hired lorries", "rented trucks"),
        trap("The heaviest sentence went to Villaseca",
             "Villaseca received the longest sentence"),
        trap("put its members' combined losses at over 200 million pesos",
             "estimated its members' total losses at more than 200 million "
             "pesos"),
    ]))

# 38 -- inconsistent translation: role + date (Austrian story)
CASES.append(case(
    "bobsleigh track funding", "translation",
    """The federal government will contribute 18 million euros to the
    renovation of the bobsleigh and luge track in Kaltenegg, the sports
    ministry announced on Tuesday, after months of uncertainty about the
    future of the venue. The province of Obertal will provide a further 12
    million euros. The track, built for the 1976 European Championships, was
    closed in March last year after engineers found that its refrigeration
    system no longer met safety standards. Work is scheduled to begin in
    April and to be completed in time for the 2026-27 season. The national
    bobsleigh federation had warned that without the track, its athletes
    would have to train abroad. Environmental groups criticised the
    decision, arguing that the money should have been spent on less
    energy-intensive facilities.""",
    """After months in which the venue's future was in doubt, the sports
    ministry said on Tuesday that the province of Obertal will put €18
    million towards refurbishing the Kaltenegg bobsleigh and luge track,
    with the federal government adding another €12 million. Built for the
    European Championships of 1976, the track was shut in March this year
    when engineers established that its cooling system no longer complied
    with safety standards. Renovation is due to start in April and be
    finished in time for the 2026-27 season. The national bobsleigh
    federation had cautioned that its athletes would otherwise be forced to
    train abroad. Environmental groups criticised the decision, saying the
    money ought to have gone on facilities using less energy.""",
    errors=[
        err("the province of Obertal will put €18 million towards "
            "refurbishing the Kaltenegg bobsleigh and luge track, with the "
            "federal government", "role", "major",
            "The federal government will contribute 18 million euros"),
        err("in March this year", "date", "minor", "in March last year"),
    ],
    traps=[
        trap("cooling system", "refrigeration system"),
        trap("would otherwise be forced to train abroad",
             "without the track, its athletes would have to train abroad"),
    ]))

# 39 -- consistent translation (Belgian story)
CASES.append(case(
    "charity shop theft", "translation",
    """Thieves broke into the Tweede Kans charity shop in Kastelbeek during
    the night from Saturday to Sunday and stole jewellery and watches worth
    an estimated 15,000 euros, police said. The items had been donated over
    several months and were to be sold at a special auction in December to
    raise money for a children's cancer ward. The burglars forced a rear
    window and left within ten minutes, according to images from a
    neighbour's security camera. Volunteer coordinator Els Vermeulen-Daems
    said the team was devastated, but that several residents had already
    offered to donate replacement items. Police are asking anyone who saw a
    dark grey van in the street around 3am to come forward.""",
    """Burglars broke into the Tweede Kans charity shop in Kastelbeek during
    Saturday night and took jewellery and watches thought to be worth around
    €15,000, according to police. The pieces had been donated over a period
    of months and were due to go under the hammer at a special auction in
    December, raising money for a children's cancer ward. Footage from a
    neighbour's security camera shows the intruders forced their way in
    through a back window and were gone within ten minutes. Els
    Vermeulen-Daems, who coordinates the volunteers, said the team was
    heartbroken, but that a number of local people had already offered to
    give items to replace what was taken. Police are appealing for anyone
    who saw a dark grey van in the street at about 3am to get in touch.""",
    traps=[
        trap("during Saturday night",
             "during the night from Saturday to Sunday"),
        trap("thought to be worth around €15,000",
             "worth an estimated 15,000 euros"),
        trap("go under the hammer", "be sold at a special auction"),
        trap("a number of local people", "several residents"),
    ]))

# 40 -- inconsistent translation: event (Czech story)
CASES.append(case(
    "book festival sponsor", "translation",
    """The organisers of the Slovo Book Festival in Horní Bradlo have ended
    their partnership with the energy company Teplárny Morava after dozens
    of authors threatened to boycott this year's event. In an open letter
    signed by 64 writers, the authors criticised the company's plans to
    extend the life of a coal-fired power station until 2040. Festival
    director Petra Navrátilová said the decision had been difficult because
    the sponsor provided almost a third of the festival's budget. She said
    the festival, which takes place in June, would go ahead but with fewer
    international guests. The company said it respected the organisers'
    decision and pointed out that it had supported the festival for eleven
    years. The regional government has offered an emergency grant to cover
    part of the shortfall.""",
    """Organisers of the Slovo Book Festival in Horní Bradlo have dropped the
    energy firm Teplárny Morava as a partner after several dozen authors
    said they would boycott this year's festival. In an open letter, 64
    writers attacked the company's plans to build a new coal-fired power
    station that would run until 2040. The decision was a hard one, said
    festival director Petra Navrátilová, as the sponsor accounted for nearly
    one-third of the budget. The June festival will still take place, she
    said, though with a smaller number of guests from abroad. Teplárny
    Morava said it respected the decision, noting that it had backed the
    festival for eleven years. The regional authorities have offered
    emergency funding to make up part of the shortfall.""",
    errors=[
        err("build a new coal-fired power station that would run until 2040",
            "event", "major",
            "extend the life of a coal-fired power station until 2040"),
    ],
    traps=[
        trap("said they would boycott", "threatened to boycott"),
        trap("nearly one-third of the budget",
             "almost a third of the festival's budget"),
        trap("with a smaller number of guests from abroad",
             "with fewer international guests"),
    ]))
