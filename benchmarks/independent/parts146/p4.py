"""set146 cases 31-40: translations (odd numbers consistent, even inconsistent).

Both texts of each pair are written as two independent English renderings of
the same (imagined) non-English news story.
"""
from ._helpers import case, err, omit, trap

CASES = [
    # 31
    case(
        "wool prices", "translation",
        """Wool prices paid to sheep farmers in the province of Valderra have
        fallen to their lowest level in two decades, the regional association
        of livestock breeders reported on Monday. Merino fleece is now fetching
        0.60 euros per kilo, compared with 1.40 euros five years ago, while
        coarser wool from other breeds often finds no buyer at all. According
        to the association's president, Tomás Arbide, shearing a sheep now
        costs about three euros, more than the fleece is worth. Many farmers
        are storing wool in barns in the hope that prices will recover, and
        some have begun burying it. The association has asked the regional
        government to fund a washing plant so that local wool can be sold to
        mattress and insulation manufacturers.""",
        """Sheep farmers in Valderra province are receiving the lowest prices for
        their wool in twenty years, the regional livestock breeders'
        association said on Monday. A kilo of merino fleece currently sells for
        60 cents, against 1.40 euros five years ago, and wool from coarser
        breeds frequently cannot be sold at all. Shearing one animal now costs
        roughly three euros, which is more than the value of its fleece,
        explained Tomás Arbide, president of the association. Numerous farmers
        are keeping the wool in their barns in the hope of a recovery in
        prices, and some have even started to bury it. The association has
        requested that the regional government finance a wool-washing facility,
        which would allow local wool to be sold to makers of mattresses and
        insulation.""",
        traps=[
            trap("in twenty years", "in two decades"),
            trap("60 cents", "0.60 euros"),
            trap("frequently cannot be sold at all", "often finds no buyer at all"),
            trap("roughly three euros", "about three euros"),
            trap("makers of mattresses and insulation",
                 "mattress and insulation manufacturers"),
        ],
    ),
    # 32
    case(
        "passport office backlog", "translation",
        """The passport office in Korvala is struggling with a backlog of about
        38,000 applications, the Interior Ministry confirmed on Wednesday.
        Processing now takes an average of nine weeks, compared with three
        weeks a year ago. The ministry attributed the delays to a surge in
        demand after the introduction of new biometric passports and to the
        retirement of experienced staff. Twenty additional clerks have been
        hired on temporary contracts and the office will open on Saturdays from
        next month. Citizens who need to travel urgently for medical or family
        reasons can request an express procedure, which costs 45 euros extra.
        Head of department Liisa Marjamäki asked the public not to submit
        applications before they actually needed a new passport.""",
        """According to the Ministry of the Interior, which gave confirmation on
        Wednesday, the Korvala passport office has approximately 38,000
        applications waiting to be processed. The average processing time is
        now nine weeks, against six weeks a year earlier. The ministry
        explained the delays by a sharp rise in demand following the launch of
        the new biometric passports, as well as by the retirement of
        experienced employees. Twenty more clerks have been taken on with
        temporary contracts, and from next month the office will also be open
        on Saturdays. Citizens who must travel urgently can ask for an express
        procedure, for which an additional 45 euros is charged. Department head
        Liisa Marjamäki urged people not to apply until they really need a new
        passport.""",
        errors=[
            err("six weeks", "number", "major", "three weeks"),
            omit("who must travel urgently", "for medical or family reasons",
                 "major"),
        ],
        traps=[
            trap("approximately 38,000 applications waiting to be processed",
                 "a backlog of about 38,000 applications"),
            trap("for which an additional 45 euros is charged",
                 "which costs 45 euros extra"),
        ],
    ),
    # 33
    case(
        "salmon farm escape", "translation",
        """Around 27,000 farmed salmon escaped from a fish farm off the island of
        Hesnøy after a storm tore a hole in one of its net pens on Sunday night,
        the Directorate of Fisheries reported. The farm is operated by the
        company Nordvik Havbruk. The fish weighed on average about four
        kilograms and were close to slaughter size. The company has been
        ordered to carry out recapture fishing together with local fishermen,
        and a reward of 500 kroner will be paid for each escaped salmon
        delivered. Researchers fear that the escapees may interbreed with wild
        salmon in nearby rivers. Nordvik Havbruk said the damaged pen had been
        inspected in August and that the net had been repaired within twelve
        hours.""",
        """Some 27,000 farmed salmon got out of a fish farm near Hesnøy island
        when a storm ripped a hole in one of its net pens during the night to
        Monday, according to the Fisheries Directorate. Nordvik Havbruk runs
        the farm. The fish averaged roughly four kilos and had almost reached
        slaughter weight. The company has been ordered to conduct recapture
        fishing with local fishermen, and anyone who hands in an escaped salmon
        will receive 500 kroner per fish. Scientists are concerned that the
        escaped fish could breed with wild salmon in rivers nearby. According
        to Nordvik Havbruk, the damaged pen was inspected in August, and the
        net was mended within twelve hours.""",
        traps=[
            trap("during the night to Monday", "on Sunday night"),
            trap("Nordvik Havbruk runs the farm",
                 "The farm is operated by the company Nordvik Havbruk"),
            trap("roughly four kilos", "about four kilograms"),
            trap("had almost reached slaughter weight",
                 "were close to slaughter size"),
            trap("could breed with", "may interbreed with"),
        ],
    ),
    # 34
    case(
        "weir removal", "translation",
        """The old mill weir on the Sauldre river at Villemont will be dismantled
        this autumn to allow salmon and eels to migrate upstream again, the
        river basin authority announced on Thursday. The weir, built in the
        19th century, has not been used since the mill closed in 1962. The
        work, costing 640,000 euros, will be financed 80 percent by the water
        agency and 20 percent by the municipality. The municipality bought the
        weir from the owner of the former mill, Gérard Lussac, for a symbolic
        euro last year. Some residents had campaigned to keep the structure,
        which they regard as part of the village's heritage; as a compromise,
        the old sluice gate will be kept and displayed on the riverbank. Work
        is expected to last six weeks.""",
        """The river basin authority announced on Thursday that the former mill
        weir on the Sauldre at Villemont is going to be removed this autumn so
        that salmon and eels can swim upstream once more. Constructed in the
        nineteenth century, the weir has been out of use since 1962, when the
        mill shut down. The works cost 640,000 euros; the water agency will pay
        four fifths and the commune the remaining fifth. Last year Gérard
        Lussac, who owned the old mill, bought the weir from the commune for
        the symbolic sum of one euro. Some inhabitants had fought to preserve
        the structure, seeing it as part of the village heritage, and under a
        compromise the old sluice gate will be kept and put on display on the
        bank. The works should take six weeks.""",
        errors=[
            err("Gérard Lussac, who owned the old mill, bought the weir from the commune",
                "role", "major",
                "The municipality bought the weir from the owner of the former mill, Gérard Lussac"),
        ],
        traps=[
            trap("has been out of use since 1962, when the mill shut down",
                 "has not been used since the mill closed in 1962"),
            trap("four fifths", "80 percent"),
            trap("the remaining fifth", "20 percent"),
        ],
    ),
    # 35
    case(
        "church organ tuning", "translation",
        """The historic organ of St. Martin's Church in Oberwald is being tuned
        and cleaned for the first time in 17 years. Organ builder Klaus
        Remmler and two assistants will spend around three weeks on the
        instrument, which has 2,140 pipes, the smallest of them no longer than
        a pencil. The organ was built in 1788 and is one of the best preserved
        in the region. The work costs around 48,000 euros, half of which is
        being paid by the state monument office and the rest through donations
        from the parish. During the work, services will be accompanied on a
        piano. The organ will be heard again for the first time at a concert on
        Sunday 13 October, the parish council announced.""",
        """For the first time in seventeen years, the historic organ in
        Oberwald's St. Martin's Church is undergoing tuning and cleaning. Organ
        builder Klaus Remmler, helped by two assistants, expects to need about
        three weeks for the instrument, whose 2,140 pipes include some no
        longer than a pencil. Dating from 1788, the organ is among the
        best-preserved in the region. Of the approximately 48,000 euros that
        the work costs, the state office for monument protection is covering
        one half, while the parish is funding the other half through
        donations. While the work is going on, a piano will accompany the
        services. According to the parish council, the organ will be heard
        again for the first time at a concert on Sunday, 13 October.""",
        traps=[
            trap("seventeen years", "17 years"),
            trap("expects to need about three weeks",
                 "will spend around three weeks"),
            trap("Dating from 1788", "The organ was built in 1788"),
            trap("is covering one half", "half of which is being paid"),
            trap("a piano will accompany the services",
                 "services will be accompanied on a piano"),
        ],
    ),
    # 36
    case(
        "goat grazing trial", "translation",
        """The municipality of Castelbruno will use a herd of 120 goats to clear
        undergrowth on the hillsides above the town as part of a two-year trial
        to reduce the risk of forest fires. The animals, provided by a local
        breeder, Marco Deidda, will graze an area of about 35 hectares from May
        to October, moved between fenced plots every few days. Mayor Giulia
        Ferrante said the goats could cut the cost of mechanical clearing,
        currently around 90,000 euros a year, by up to half. Forestry experts
        from the University of Lanzi will monitor the vegetation and assess
        whether the method can be extended to other municipalities. Hikers are
        asked to keep dogs on a leash near the plots.""",
        """Castelbruno's municipal administration is to deploy a flock of 120
        goats to clear the scrub on the slopes above the town, in a trial
        lasting two years that aims to lower the danger of forest fires. From
        May until October the animals, supplied by the local breeder Marco
        Deidda, will graze roughly 35 hectares, being moved from one fenced
        plot to the next every few days. According to mayor Giulia Ferrante,
        the goats will halve the cost of mechanical clearing, which currently
        stands at about 90,000 euros per year. Forestry specialists from the
        University of Lanzi will observe the vegetation and evaluate whether
        the method could be applied in other municipalities as well. Walkers
        are requested to keep their dogs on the leash close to the plots.
        Walkers are requested to keep their dogs on the leash close to the
        plots.""",
        errors=[
            err("will halve the cost", "modality", "major", "could cut the cost"),
            err("Walkers are requested to keep their dogs on the leash close to the plots.",
                "repetition", "minor", occ=1),
        ],
        traps=[
            trap("in a trial lasting two years", "as part of a two-year trial"),
            trap("roughly 35 hectares", "about 35 hectares"),
        ],
    ),
    # 37
    case(
        "cheese export tariffs", "translation",
        """Cheese makers in the Valtorre region fear losing their largest foreign
        market after the United States announced a 25 percent tariff on
        European hard cheeses, to take effect on 1 March. Last year the
        region's producers exported about 4,200 tonnes of cheese to the US,
        roughly a third of their total exports. The president of the Valtorre
        cheese consortium, Renato Bassi, said several buyers in New York and
        Chicago had already postponed orders. The consortium estimates that the
        tariff could cost its 140 member dairies up to 30 million euros a year.
        It has called on the European Commission to negotiate an exemption and
        on the national government to help fund promotion campaigns in Asian
        markets.""",
        """Following the American announcement of a 25% duty on hard cheeses
        from Europe, effective from 1 March, producers in Valtorre are afraid of
        losing their biggest market abroad. The region's cheese makers sent
        around 4,200 tonnes to the United States last year, about one third of
        everything they exported. Renato Bassi, who heads the Valtorre cheese
        consortium, reported that a number of buyers in New York and Chicago
        had already put their orders on hold. By the consortium's estimate, its
        140 member dairies could lose as much as 30 million euros annually
        because of the tariff. It is urging the European Commission to
        negotiate an exemption, and the national government to co-finance
        promotional campaigns in Asian markets.""",
        traps=[
            trap("25% duty", "25 percent tariff"),
            trap("about one third of everything they exported",
                 "roughly a third of their total exports"),
            trap("who heads", "The president of"),
            trap("put their orders on hold", "postponed orders"),
            trap("could lose as much as 30 million euros annually",
                 "could cost its 140 member dairies up to 30 million euros a year"),
        ],
    ),
    # 38
    case(
        "kart track noise", "translation",
        """The administrative court in Heidenau has rejected a complaint by
        residents against the extended opening hours of the kart track in the
        Lindenfeld industrial area. The track may therefore continue to operate
        until 9 p.m. on weekdays instead of 7 p.m. as before. The judges found
        that measured noise levels at the nearest houses, about 400 metres
        away, did not exceed the permitted limit of 55 decibels. However, the
        operator must install an additional noise barrier by the end of the
        year. A spokesperson for the residents' initiative, Jürgen Haffner, said
        they were disappointed and would consider an appeal. On Sundays and
        public holidays the track must remain closed.""",
        """Residents have lost their legal challenge to the longer opening hours
        of the go-kart track in the Lindenfeld industrial estate, after the
        Heidenau administrative court dismissed their complaint. As a result,
        the track can keep operating on weekdays until 9 in the evening, rather
        than until 7 as before. According to the court, the noise measured at
        the closest homes, roughly 400 metres away, did not go above the
        permitted maximum of 55 decibels. The operator is nonetheless required
        to put up an additional noise barrier by the end of the year. Jürgen
        Haffner, speaking for the residents' initiative, said they were
        disappointed and would look into an appeal. On Sundays and public
        holidays, the track does not have to close.""",
        errors=[
            err("does not have to close", "polarity", "major", "must remain closed"),
        ],
        traps=[
            trap("dismissed their complaint", "has rejected a complaint"),
            trap("until 9 in the evening", "until 9 p.m."),
            trap("did not go above the permitted maximum",
                 "did not exceed the permitted limit"),
        ],
    ),
    # 39
    case(
        "hearing aid provision", "translation",
        """From 1 January, the region of Østerdal will no longer charge patients
        for hearing aids, the regional council decided on Tuesday. Until now,
        adults have paid a fee of 1,200 kroner per device, while children and
        young people under 20 already received them free of charge. The
        council estimates the change will cost about 14 million kroner a year.
        Around 9,500 people in the region currently use hearing aids provided
        by the public health service. Council chair Bente Holmgaard said the
        fee had discouraged many older people from seeking help, which could
        increase the risk of isolation. Waiting times for a hearing test,
        currently up to 16 weeks, are to be reduced by hiring two more
        audiologists.""",
        """The regional council in Østerdal decided on Tuesday that, starting on
        1 January, patients in the region will no longer pay anything for
        hearing aids. Up to now adults have been charged 1,200 kroner for each
        device; for children and young people below the age of 20, the aids
        were already free. The council expects the reform to cost roughly 14
        million kroner annually. At present some 9,500 residents of the region
        use hearing aids supplied by the public health service. Many elderly
        people had been deterred by the fee from getting help, which may
        heighten the danger of isolation, said the council's chair, Bente
        Holmgaard. Two further audiologists are to be recruited in order to
        shorten the wait for a hearing test, which can currently be as long as
        16 weeks.""",
        traps=[
            trap("will no longer pay anything for",
                 "will no longer charge patients for"),
            trap("below the age of 20", "under 20"),
            trap("roughly 14 million kroner annually", "about 14 million kroner a year"),
            trap("Many elderly people had been deterred by the fee from getting help",
                 "the fee had discouraged many older people from seeking help"),
            trap("which can currently be as long as 16 weeks",
                 "currently up to 16 weeks"),
        ],
    ),
    # 40
    case(
        "peatland rewetting", "translation",
        """The state environment ministry in Halden has begun rewetting 230
        hectares of drained peatland in the Ossmoor, one of the largest
        projects of its kind in northern Germany. Drainage ditches dug in the
        1950s to create farmland are being blocked with peat dams so that the
        water table can rise again. The ministry expects the project to save
        around 4,600 tonnes of carbon dioxide a year once the bog is fully wet.
        The land was bought from six farmers, who will be allowed to graze
        water buffalo on part of the site. The conservation group Naturbund
        Halden will monitor birds and plants. The project costs 3.8 million
        euros, most of it from the federal climate fund.""",
        """In the Ossmoor, the state environment ministry in Halden has started
        to rewet 230 hectares of drained bog, making it one of the biggest
        projects of this type in northern Germany. Drainage ditches that were
        dug in the 1950s to gain farmland are being closed off with dams of
        peat, allowing the groundwater level to rise once more. The ministry
        anticipates savings of about 4,600 tonnes of CO2 per year once the moor
        is completely wet. The land has been leased from six farmers, who may
        graze water buffalo on a section of the area. Birds and plants will be
        monitored by the nature conservation association Naturbund Halden. The
        project costs 3.8 million euros, the majority of which is coming from
        the European Union's climate programme.""",
        errors=[
            err("has been leased", "event", "major", "was bought"),
            err("the European Union's climate programme", "entity", "major",
                "the federal climate fund"),
        ],
        traps=[
            trap("CO2", "carbon dioxide"),
            trap("the majority of which", "most of it"),
        ],
    ),
]
