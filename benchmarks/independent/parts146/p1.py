"""set146 cases 1-10: rewrites (odd numbers consistent, even inconsistent)."""
from ._helpers import case, err, omit, trap

CASES = [
    # 1
    case(
        "volcano ash advisory", "rewrite",
        """The Volcanic Ash Advisory Centre in Harnvik issued an amber warning at
        06:40 on Tuesday after the Skjaldfell volcano produced an ash column
        estimated at 9 kilometres high. Aircraft operators have been told to
        avoid a 120-kilometre zone north-east of the summit until at least 18:00
        on Wednesday. Duty forecaster Elin Varrsdottir said the plume was
        drifting slowly eastwards and was unlikely to reach the main southern
        air corridor before Thursday. Two domestic routes, between Harnvik and
        the islands of Sollo and Brekka, were suspended as a precaution.
        International flights were operating normally, though passengers were
        advised to check with their airlines. The centre said it would update
        the advisory every six hours, or sooner if eruptive activity changed.""",
        """An ash column put at around 9 km high rose from the Skjaldfell volcano
        on Tuesday, prompting the Volcanic Ash Advisory Centre in Harnvik to
        issue an amber warning at 6.40am. Aircraft operators have been
        instructed to keep out of a 120 km zone to the north-east of the summit
        until 6pm on Wednesday at the earliest. According to duty forecaster
        Elin Varrsdottir, the plume is moving slowly east and probably will not
        reach the main southern air corridor before Thursday. As a precaution,
        the two domestic routes linking Harnvik with the islands of Sollo and
        Brekka have been suspended. International flights are running as
        normal, although passengers are being advised to check with their
        airlines. The centre said it would update the advisory every six hours,
        or sooner should eruptive activity change.""",
        traps=[
            trap("put at around 9 km high", "estimated at 9 kilometres high"),
            trap("6.40am", "06:40"),
            trap("a 120 km zone", "a 120-kilometre zone"),
            trap("until 6pm on Wednesday at the earliest",
                 "until at least 18:00 on Wednesday"),
            trap("probably will not reach", "was unlikely to reach"),
        ],
    ),
    # 2
    case(
        "marine reserve patrols", "rewrite",
        """Rangers at the Caddow Bay Marine Reserve will step up patrols this
        summer after a rise in illegal fishing inside the protected zone, the
        reserve's management board announced on Monday. Officers recorded 47
        breaches last year, compared with 29 the year before, most of them
        involving recreational boats setting lobster pots near the reef. A
        second patrol vessel, leased from the Orran Harbour Authority, will join
        the reserve's existing boat from June, allowing crews to cover the
        northern boundary at night for the first time. Harbour authority
        officers will also train the reserve's rangers in boarding procedures.
        Board chair Maeve Gullane said the extra patrols would cost about
        £85,000 a year and would be paid for from mooring fees. Anyone caught
        fishing in the no-take area faces a fine of up to £5,000.""",
        """Illegal fishing inside the Caddow Bay Marine Reserve has increased,
        and rangers will respond by stepping up patrols this summer, the
        reserve's management board said on Monday. Last year officers logged 47
        breaches, against 24 the year before; most involved leisure boats laying
        lobster pots close to the reef. From June the reserve's existing boat
        will be joined by a second patrol vessel, leased from the Orran Harbour
        Authority, so that crews can cover the northern boundary at night for
        the first time. The reserve's rangers will also train harbour authority
        officers in boarding procedures. The extra patrols will cost roughly
        £85,000 a year, according to board chair Maeve Gullane, and will be
        funded from mooring fees. Anyone caught fishing in the no-take area
        faces a fine of up to £5,000.""",
        errors=[
            err("24", "number", "major", "29"),
            err("The reserve's rangers will also train harbour authority officers",
                "role", "major",
                "Harbour authority officers will also train the reserve's rangers"),
        ],
        traps=[
            trap("leisure boats", "recreational boats"),
            trap("roughly £85,000 a year", "about £85,000 a year"),
        ],
    ),
    # 3
    case(
        "night bus pilot", "rewrite",
        """Transport for Delmore will run a six-month pilot of overnight bus
        services on three routes from 3 March, the authority confirmed
        yesterday. Buses will leave the city centre every 30 minutes between
        midnight and 5am on Fridays and Saturdays, serving the Kelby, Ashgrove
        and Pennick estates. The £420,000 trial is being funded jointly by the
        authority and the Delmore Hospitality Association, whose members had
        argued that late-shift workers were struggling to get home. Standard
        daytime fares will apply, and concessionary passes will be accepted.
        Councillor Ruth Ambley, who chairs the transport committee, said the
        routes would be made permanent only if average loadings exceeded 20
        passengers per journey. Passenger numbers will be reviewed after the
        first three months.""",
        """From 3 March, overnight buses will run on three routes for six months
        under a pilot that Transport for Delmore confirmed yesterday. On Fridays
        and Saturdays, a bus will leave the city centre every half hour from
        midnight until 5am, serving the Kelby, Ashgrove and Pennick estates.
        The authority and the Delmore Hospitality Association are sharing the
        £420,000 cost of the trial; the association's members had argued that
        late-shift staff were struggling to get home. Passengers will pay
        standard daytime fares, and concessionary passes will be valid.
        Councillor Ruth Ambley, the transport committee chair, said the routes
        would become permanent only if journeys carried more than 20 passengers
        on average. Passenger numbers will be reviewed at the halfway point.""",
        traps=[
            trap("every half hour", "every 30 minutes"),
            trap("are sharing the £420,000 cost of the trial",
                 "The £420,000 trial is being funded jointly"),
            trap("Councillor Ruth Ambley, the transport committee chair",
                 "Councillor Ruth Ambley, who chairs the transport committee"),
            trap("journeys carried more than 20 passengers on average",
                 "average loadings exceeded 20 passengers per journey"),
            trap("at the halfway point", "after the first three months"),
        ],
    ),
    # 4
    case(
        "fish market relocation", "rewrite",
        """Traders at Portlaw's 140-year-old fish market will move to a new site
        on the Quayside industrial estate in September 2025, a year later than
        originally planned, Portlaw City Council said on Thursday. The delay
        follows problems with the refrigeration plant at the new building,
        which the contractor, Brennick Construction, is now replacing at its
        own expense. The existing market hall on Fore Street will stay open
        until the move and will later be converted into a food hall with 18
        small units. Most of the market's 32 licensed traders have agreed to
        relocate, although four have said they will retire rather than move.
        The council said rents at the new site would be frozen for the first
        two years.""",
        """Portlaw City Council said on Thursday that the move of traders from
        the city's 140-year-old fish market to a new site on the Quayside
        industrial estate has been pushed back by a year to September 2026. The
        hold-up stems from problems with the new building's refrigeration
        plant, which contractor Brennick Construction is now replacing at its
        own cost. Until the move, the current market hall on Fore Street will
        remain open; it will then be turned into a food hall housing 18 small
        units. Of the market's 32 licensed traders, most have agreed to
        relocate, but four have said they would rather retire than move. Rents
        at the new site will be frozen for two years from the opening, the
        council said.""",
        errors=[
            err("September 2026", "date", "major", "September 2025"),
        ],
        traps=[
            trap("has been pushed back by a year",
                 "a year later than originally planned"),
            trap("would rather retire than move", "will retire rather than move"),
            trap("for two years from the opening", "for the first two years"),
        ],
    ),
    # 5
    case(
        "textbook price rise", "rewrite",
        """The average price of a school textbook in Norland rose by 12 per cent
        in the year to June, according to figures published on Wednesday by the
        Schools Purchasing Council. The council said a standard secondary
        mathematics text now costs £31.50, up from £28.10 a year earlier.
        Publishers blamed higher paper and distribution costs, but the
        council's director, Owen Patchett, said price rises had outpaced those
        costs for a third consecutive year. The council estimates that a
        typical secondary school spends around £46,000 a year on textbooks. It
        has asked the education department to consider a national purchasing
        agreement, which it says could cut prices by up to a fifth. The
        department said it would respond to the proposal in the autumn.""",
        """School textbooks in Norland cost 12% more on average in the year to
        June, the Schools Purchasing Council said in figures released on
        Wednesday. A standard secondary maths textbook is now priced at £31.50,
        compared with £28.10 twelve months earlier. While publishers point to
        dearer paper and distribution, Owen Patchett, the council's director,
        said that for the third year running prices had risen faster than those
        costs. By the council's estimate, a typical secondary school spends
        roughly £46,000 annually on textbooks. It has asked the education
        department to look at a national purchasing agreement, which it
        believes could reduce prices by as much as 20%. The department said it
        would reply to the proposal in the autumn.""",
        traps=[
            trap("cost 12% more on average", "rose by 12 per cent"),
            trap("twelve months earlier", "a year earlier"),
            trap("for the third year running", "for a third consecutive year"),
            trap("roughly £46,000 annually", "around £46,000 a year"),
            trap("by as much as 20%", "by up to a fifth"),
        ],
    ),
    # 6
    case(
        "smart motorway safety", "rewrite",
        """Stopped vehicles on the M47 smart motorway between junctions 9 and 14
        waited an average of 17 minutes to be detected last year, a report by
        the Road Safety Inspectorate has found. The stretch, which has no hard
        shoulder, relies on radar to spot broken-down cars in live lanes.
        Inspectors said the system failed to detect 1 in 8 stopped vehicles
        during a three-month test period. The report recommends that emergency
        refuge areas, currently spaced up to 2.5km apart, should be no more
        than 1km apart. Trunk Roads Agency chief executive Priya Lomond said
        the agency would study the findings but could not commit to a timetable
        for new refuge areas. The agency is expected to publish its response
        in the spring.""",
        """On the M47 smart motorway between junctions 9 and 14, it took an
        average of 17 minutes last year for stopped vehicles to be detected,
        according to a Road Safety Inspectorate report. With no hard shoulder
        on that stretch, broken-down cars in live lanes have to be picked up by
        radar. Inspectors found that the system missed one in eight stopped
        vehicles. The report says emergency refuge areas, which are at present
        up to 2.5km apart, should be spaced no more than 1km apart. Priya
        Lomond, chief executive of the Trunk Roads Agency, said it would study
        the findings but could not commit to a timetable for new refuge areas.
        The agency will publish its response in the spring.""",
        errors=[
            omit("missed one in eight stopped vehicles",
                 "during a three-month test period", "major"),
            err("will publish", "modality", "minor", "is expected to publish"),
        ],
        traps=[
            trap("missed one in eight", "failed to detect 1 in 8"),
            trap("which are at present up to 2.5km apart",
                 "currently spaced up to 2.5km apart"),
        ],
    ),
    # 7
    case(
        "tattoo parlour licensing", "rewrite",
        """Tattoo and piercing studios in the borough of Wrexley will need a new
        licence from 1 April under rules approved by the council's licensing
        committee on Tuesday evening. Operators will pay £260 for a three-year
        licence and must show that every artist has completed an accredited
        infection-control course. Studios will also be inspected at least once
        a year, rather than only when a complaint is received. The borough
        currently has 23 registered studios. Environmental health manager
        Colin Dray said the change followed two cases of skin infection linked
        to unregistered practitioners working from homes in 2023. Anyone
        tattooing without a licence could face a fine of up to £2,500.
        Existing operators will have three months to apply.""",
        """Under rules the council's licensing committee approved on Tuesday
        evening, tattoo and piercing studios in Wrexley will have to hold a new
        licence from 1 April. A licence will cost £260 and last three years,
        and operators must prove that all their artists have completed an
        accredited infection-control course. Studios will also face inspection at
        least annually, rather than only after a complaint. There
        are 23 registered studios in the borough at present. The change came
        after two skin infections in 2023 were traced to unregistered
        practitioners working from home, according to environmental health
        manager Colin Dray. Unlicensed tattooists risk fines of as much as
        £2,500, and existing operators will be given three months to apply.""",
        traps=[
            trap("A licence will cost £260 and last three years",
                 "Operators will pay £260 for a three-year licence"),
            trap("at least annually", "at least once a year"),
            trap("were traced to", "linked to"),
            trap("risk fines of as much as £2,500",
                 "could face a fine of up to £2,500"),
        ],
    ),
    # 8
    case(
        "lemur birth at zoo", "rewrite",
        """Hollins Park Zoo has announced the birth of twin ring-tailed lemurs,
        the first born at the zoo in more than a decade. The pair arrived on 14
        May to mother Suri, who came to Hollins Park from Tarrow Wildlife Centre
        in 2021 as part of a European breeding programme run by the Merrow
        Primate Trust. Keepers have not yet been able to tell whether the twins
        are male or female, and they will not be named until a health check in
        July. Head of primates Gareth Onslow said both infants were feeding
        well and had started to ride on their mother's back. The zoo's group of
        ring-tailed lemurs now numbers nine. Visitors may be able to see the
        twins in the outdoor enclosure on warm days, but keepers said the
        family would be given privacy if needed.""",
        """Twin ring-tailed lemurs have been born at Hollins Park Zoo, the first
        of the species born there for over ten years, the zoo has announced.
        They arrived on 14 May to Suri, who was moved to Hollins Park from the
        Merrow Primate Trust in 2021 under a European breeding programme that
        the trust runs. The twins' sex has not yet been determined, and they
        will not be given names until they have a health check in July.
        According to head of primates Gareth Onslow, both babies are feeding
        well and have begun riding on their mother's back. There are now nine
        ring-tailed lemurs in the zoo's group. On warm days visitors may be
        able to spot the twins in the outdoor enclosure, though keepers said
        the family would be given privacy if necessary.""",
        errors=[
            err("the Merrow Primate Trust", "entity", "major",
                "Tarrow Wildlife Centre"),
        ],
        traps=[
            trap("for over ten years", "in more than a decade"),
            trap("The twins' sex has not yet been determined",
                 "Keepers have not yet been able to tell whether the twins are male or female"),
        ],
    ),
    # 9
    case(
        "greenhouse gas inventory", "rewrite",
        """Greenhouse gas emissions in the Vessel Valley region fell by 4.2 per
        cent in 2023 to 11.6 million tonnes of carbon dioxide equivalent,
        according to the annual inventory published on Friday by the Regional
        Environment Office. Transport remained the largest source, accounting
        for 38 per cent of the total, while emissions from electricity
        generation dropped by almost a quarter following the closure of the
        Kelling gas-fired power station in March 2023. Agricultural emissions
        were broadly unchanged. The office's chief analyst, Dr Hana Rusk,
        cautioned that part of the fall reflected a mild winter, which reduced
        demand for heating, and said the region was not yet on course to meet
        its 2030 target of a 45 per cent cut on 2005 levels.""",
        """The Regional Environment Office's annual inventory, released on
        Friday, shows that the Vessel Valley region emitted 11.6 million tonnes
        of carbon dioxide equivalent in 2023, 4.2% less than the year before.
        The biggest source was still transport, at 38% of the total. Emissions
        from electricity generation fell by nearly 25% after the Kelling
        gas-fired power station shut in March 2023, while those from farming
        were little changed. Dr Hana Rusk, the office's chief analyst, warned
        that a mild winter, by cutting demand for heating, accounted for some
        of the reduction, and that the region was still off track for its 2030
        goal of reducing emissions by 45% compared with 2005 levels.""",
        traps=[
            trap("4.2% less than the year before", "fell by 4.2 per cent"),
            trap("by nearly 25%", "by almost a quarter"),
            trap("little changed", "broadly unchanged"),
            trap("accounted for some of the reduction", "part of the fall reflected"),
            trap("still off track for", "not yet on course to meet"),
        ],
    ),
    # 10
    case(
        "apprentice plumber shortage", "rewrite",
        """Plumbing firms in the Eastmoor area are turning away work because
        they cannot recruit enough apprentices, according to a survey by the
        Eastmoor Chamber of Trade. Of the 85 firms that responded, 61 said they
        had been unable to fill at least one apprenticeship place in the past
        year. The chamber's skills officer, Danielle Marr, said many young
        people were put off by the four-year training period. Colm Ridley,
        principal of Eastmoor Technical College, said the college had places
        for 40 plumbing apprentices this year but had enrolled only 26. The
        college plans to offer a shorter evening course for adults changing
        careers from January. The chamber said it did not expect the shortage
        to ease before 2026. It has asked the regional skills fund to cover
        travel costs for apprentices who live more than 15 miles from a
        college.""",
        """Plumbing businesses around Eastmoor are having to turn down work
        because they cannot recruit enough apprentices, a survey by the
        Eastmoor Chamber of Trade has found. Sixty-one of the 85 firms that took
        part said they had been unable to fill at least one apprenticeship
        place over the past year. According to Colm Ridley, principal of
        Eastmoor Technical College, many young people are put off by the
        four-year training period; he said the college had places for 40
        plumbing apprentices this year but had taken on just 26. From January
        the college plans to run a shorter evening course for adults changing
        careers. The chamber, which said it expected the shortage to ease
        before 2026, has asked the regional skills fund to pay travel costs
        for apprentices living more than 15 miles from a college.""",
        errors=[
            err("According to Colm Ridley", "attribution", "major",
                "Danielle Marr"),
            err("expected the shortage to ease", "polarity", "major",
                "did not expect the shortage to ease"),
        ],
        traps=[
            trap("Sixty-one of the 85 firms that took part",
                 "Of the 85 firms that responded, 61"),
            trap("had taken on just 26", "had enrolled only 26"),
        ],
    ),
]
