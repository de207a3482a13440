"""set146 cases 11-20: rewrites (odd numbers consistent, even inconsistent)."""
from ._helpers import case, err, omit, trap

CASES = [
    # 11
    case(
        "migrant seasonal pickers", "rewrite",
        """Fruit growers in the Lanning Vale expect to employ about 3,200
        seasonal workers from abroad this summer, 15 per cent fewer than last
        year, the Lanning Growers' Association said on Wednesday. The
        association blamed a cut in the number of visas available under the
        government's seasonal worker scheme, which fell from 45,000 to 38,000
        nationally. Most pickers in the vale come from Romania, Bulgaria and
        Moldova and stay for up to six months. Association secretary Peter
        Harrowby said some farms had already decided to leave part of their
        strawberry crop unpicked. The immigration department said the scheme
        was under review and that visa numbers for 2025 would be announced
        before the end of the year. Growers will meet officials in London on
        9 July.""",
        """The Lanning Growers' Association said on Wednesday that fruit farms in
        the Lanning Vale are likely to take on around 3,200 seasonal workers
        from overseas this summer, down 15% on last year. It put the drop down
        to a reduction in the visas available under the government's seasonal
        worker scheme, whose national allocation has been cut from 45,000 to
        38,000. Most of the vale's pickers come from Romania, Bulgaria and
        Moldova, and they stay for as long as six months. Some farms have
        already chosen to leave part of their strawberry crop unharvested,
        according to the association's secretary, Peter Harrowby. The
        immigration department said the scheme was being reviewed and that
        visa numbers for 2025 would be announced before the year ends. Growers
        are due to meet officials in London on 9 July.""",
        traps=[
            trap("are likely to take on around 3,200",
                 "expect to employ about 3,200"),
            trap("down 15% on last year", "15 per cent fewer than last year"),
            trap("put the drop down to", "blamed"),
            trap("for as long as six months", "for up to six months"),
            trap("unharvested", "unpicked"),
        ],
    ),
    # 12
    case(
        "sound mirror restoration", "rewrite",
        """A concrete sound mirror built on the cliffs at Dunhallow in the 1920s
        to give early warning of approaching aircraft is to be restored after a
        grant of £310,000 from the Heritage Buildings Fund. The 6-metre dish,
        one of only three of its kind still standing in the country, has
        suffered badly from coastal erosion and vandalism. The Dunhallow
        Coastal Trust, which owns the structure, said work would begin in
        October and take around eight months. Repairs will include stabilising
        the base and removing graffiti. Trust chairman Alan Fettes said the
        mirror had been made redundant by the arrival of radar but remained an
        important piece of local history. Guided tours will be offered once the
        work is complete.""",
        """Dunhallow's 1920s clifftop sound mirror, a concrete structure built to
        give early warning of approaching aircraft, will be restored thanks to
        a £310,000 grant from the Heritage Buildings Fund. Coastal erosion and
        vandalism have taken a heavy toll on the 6m dish, which is one of just
        three such mirrors still standing in the country. Its owner, the
        Dunhallow Coastal Trust, which raised a further £40,000 from local
        donors, said work would start in October and last about eight months,
        with the base being stabilised and graffiti removed. Although radar
        made the mirror redundant, it is still an important piece of local
        history, trust chairman Alan Fettes said. Once the work is complete,
        guided tours will be offered.""",
        errors=[
            err("which raised a further £40,000 from local donors", "addition",
                "major"),
        ],
        traps=[
            trap("one of just three such mirrors still standing",
                 "one of only three of its kind still standing"),
            trap("last about eight months", "take around eight months"),
            trap("Although radar made the mirror redundant",
                 "the mirror had been made redundant by the arrival of radar"),
        ],
    ),
    # 13
    case(
        "trawler sinking inquiry", "rewrite",
        """An inquiry into the sinking of the trawler Morwenna Bay, in which two
        crew members died, has found that the vessel capsized after water
        entered through a fish-hold hatch that had been left open. The Marine
        Accident Investigation Board's report, published on Thursday, said the
        22-metre boat had been carrying about 14 tonnes of catch when it sank
        30 miles west of Caradon Point in February last year. Four of the six
        crew were rescued by a passing cargo ship. Investigators found no
        evidence that the vessel's stability had been reassessed after a new
        winch was fitted in 2019. The board recommended that the owners,
        Penhallow Fishing Ltd, review their safety procedures and that the
        licensing authority carry out spot checks on hatch closures.""",
        """Water coming in through an open fish-hold hatch caused the trawler
        Morwenna Bay to capsize, an inquiry has concluded. Two of her crew died
        in the sinking, which happened 30 miles west of Caradon Point in
        February last year. According to the Marine Accident Investigation
        Board's report, which was released on Thursday, the 22m vessel had
        roughly 14 tonnes of catch on board when she went down. A passing cargo
        ship picked up four of the six crew. Investigators found no evidence
        that anyone had reassessed the boat's stability after a new winch was
        installed in 2019. The board has recommended that the owners, Penhallow
        Fishing Ltd, review their safety procedures, and that the licensing
        authority make spot checks on hatch closures.""",
        traps=[
            trap("an open fish-hold hatch",
                 "a fish-hold hatch that had been left open"),
            trap("the 22m vessel", "the 22-metre boat"),
            trap("roughly 14 tonnes of catch on board",
                 "carrying about 14 tonnes of catch"),
            trap("A passing cargo ship picked up four of the six crew",
                 "Four of the six crew were rescued by a passing cargo ship"),
        ],
    ),
    # 14
    case(
        "bridge toll increase", "rewrite",
        """Tolls on the Ardle Estuary Bridge will rise from £2.40 to £2.90 for
        cars from 1 January, the bridge's operator, Ardle Crossings, said on
        Monday. Vans will pay £5.80, up from £4.80, and the charge for heavy
        goods vehicles will go up from £9.60 to £11.20. Motorcycles will
        continue to cross free of charge. The operator said the increase, the
        first since 2019, was needed to pay for resurfacing work and the
        replacement of expansion joints, expected to cost £14m over five years.
        Frequent users with a registered tag will receive a 30 per cent
        discount, up from 25 per cent. The Ardle Commuters' Group said the rise
        was well above inflation and called for a public consultation.""",
        """Car drivers will pay £2.90 to use the Ardle Estuary Bridge from 1
        January, up from £2.40, operator Ardle Crossings announced on Monday.
        Van drivers face a £1.20 increase, to £5.80, while the heavy goods
        vehicle toll will climb from £9.60 to £11.20. Motorcyclists will still
        cross for free. According to the operator, the rise, the first since
        2009, is needed to fund resurfacing and new expansion joints, work that
        is expected to cost £14m over five years. The discount for frequent
        users with a registered tag will increase from 25% to 30%. The Ardle
        Commuters' Group said the increase was well above inflation and called
        for a public consultation.""",
        errors=[
            err("a £1.20 increase", "number", "major", "up from £4.80"),
            err("2009", "date", "major", "2019"),
        ],
        traps=[
            trap("Motorcyclists will still cross for free",
                 "Motorcycles will continue to cross free of charge"),
            trap("will increase from 25% to 30%",
                 "will receive a 30 per cent discount, up from 25 per cent"),
        ],
    ),
    # 15
    case(
        "bilingual road signs", "rewrite",
        """All new road signs in the county of Glenarris will be bilingual from
        next April, showing place names in both English and Gaelic, the county
        council has decided. The policy, approved by 31 votes to 12 at a full
        council meeting on Thursday, applies to new and replacement signs only;
        existing signs will be changed as they reach the end of their working
        life, which usually takes 15 to 20 years. Officers estimate the extra
        cost at around £95,000 a year. Council leader Morag Tullis said the
        decision recognised that about one in five residents speaks Gaelic.
        Opponents argued that the money would be better spent repairing
        potholes. The Gaelic name will appear above the English one, in a
        different colour.""",
        """Glenarris county council has decided that from next April every new
        road sign in the county will carry place names in Gaelic as well as
        English. Councillors backed the policy 31-12 at Thursday's full council
        meeting. It covers only new and replacement signs: existing ones will
        be swapped when they wear out, typically after 15 to 20 years. Officers
        put the additional cost at roughly £95,000 annually. According to
        council leader Morag Tullis, the decision acknowledges that around 20%
        of residents speak Gaelic. Opponents said the money would be better
        spent fixing potholes. On each sign, the Gaelic name will be placed
        above the English, in a different colour.""",
        traps=[
            trap("31-12", "by 31 votes to 12"),
            trap("when they wear out, typically after 15 to 20 years",
                 "as they reach the end of their working life, which usually takes 15 to 20 years"),
            trap("roughly £95,000 annually", "around £95,000 a year"),
            trap("around 20% of residents", "about one in five residents"),
        ],
    ),
    # 16
    case(
        "potato blight outbreak", "rewrite",
        """Potato growers in the Fenmere district have been warned to check
        crops daily after late blight was confirmed on two farms near Oldwick,
        the regional plant health service said on Tuesday. Warm, humid weather
        over the past fortnight has created ideal conditions for the disease,
        which can destroy a field within days. Inspectors have ordered infected
        plants on both farms to be destroyed and have sampled crops on eleven
        neighbouring holdings; results are expected by Friday. Plant health
        officer Nicola Brandt said growers should spray protective fungicide
        before rain and report any suspected cases immediately. The service
        said the outbreak posed no risk to people eating potatoes. Last year
        blight cost growers in the district an estimated £2.3m.""",
        """The regional plant health service said on Tuesday that late blight
        had been confirmed on two farms near Oldwick, and warned potato growers
        across the Fenmere district to check their crops every day. Two weeks
        of warm, humid weather have provided ideal conditions for the disease,
        which is capable of wiping out a field in a matter of days. Inspectors
        have ordered the destruction of infected plants on both farms, and
        eleven neighbouring holdings have been quarantined pending test
        results, which are expected by Friday. Growers should spray protective
        fungicide ahead of rain and report suspected cases straight away, plant
        health officer Nicola Brandt said. According to the service, the
        outbreak poses no risk to people eating potatoes. Blight cost growers
        in the district an estimated £2.3m last year.""",
        errors=[
            err("have been quarantined", "event", "major", "have sampled crops"),
        ],
        traps=[
            trap("Two weeks of warm, humid weather",
                 "Warm, humid weather over the past fortnight"),
            trap("wiping out a field in a matter of days",
                 "destroy a field within days"),
        ],
    ),
    # 17
    case(
        "ferry port queues", "rewrite",
        """Drivers heading for Kestlehaven ferry port faced queues of up to five
        hours on Saturday as the start of the school holidays coincided with
        extra passport checks, port officials said. Traffic backed up for
        around eight miles along the A912, and police closed the Marlow Hill
        junction for two hours to keep the approach road clear. Port director
        Simon Quayle said 6,400 vehicles had passed through by 6pm, compared
        with about 5,000 on a normal summer Saturday. He apologised to
        travellers and said four additional border booths would be staffed
        from next weekend. Sailings ran on time, though some passengers missed
        their booked crossings and were moved to later ferries at no charge.
        The port advised drivers not to arrive more than two hours before
        departure.""",
        """Port officials said that on Saturday, drivers bound for Kestlehaven
        ferry port were held up for as long as five hours, as extra passport
        checks coincided with the start of the school holidays. Traffic
        stretched back some eight miles along the A912, and to keep the
        approach road clear police shut the Marlow Hill junction for two hours.
        By 6pm, 6,400 vehicles had gone through the port, port director Simon
        Quayle said, against roughly 5,000 on a typical summer Saturday. Mr
        Quayle apologised to travellers and said that from next weekend four
        more border booths would be staffed. Ferries left on schedule, but some
        passengers missed their booked crossings; they were transferred to
        later sailings free of charge. The port has advised drivers to arrive
        no earlier than two hours before departure.""",
        traps=[
            trap("were held up for as long as five hours",
                 "faced queues of up to five hours"),
            trap("against roughly 5,000 on a typical summer Saturday",
                 "compared with about 5,000 on a normal summer Saturday"),
            trap("Ferries left on schedule", "Sailings ran on time"),
            trap("free of charge", "at no charge"),
            trap("to arrive no earlier than two hours before departure",
                 "not to arrive more than two hours before departure"),
        ],
    ),
    # 18
    case(
        "hospital night shifts", "rewrite",
        """St Aldric's Hospital in Brenmouth is to bring in 10-hour night shifts
        for nurses on its medical wards from September, replacing the current
        12-hour pattern, after a staff survey found that 68 per cent of night
        nurses felt too tired to work safely at the end of a shift. The change,
        proposed by the Brenmouth branch of the nurses' union and accepted by
        the hospital trust's board last week, will require around 30 more
        nurses to be recruited. Director of nursing Fiona Callard said the
        trust would fund the posts from savings on agency staff, which cost
        £1.9m last year. Union representative Ian Tovey welcomed the move but
        said the trust must not cut break times to make the new rota work. The
        pattern will be reviewed after six months.""",
        """Nurses on the medical wards at Brenmouth's St Aldric's Hospital will
        work 10-hour night shifts instead of the current 12-hour ones from
        September. The decision follows a staff survey which found that 68% of
        night nurses felt too exhausted to work safely by the end of a shift.
        The new pattern, proposed by the hospital trust's board and accepted
        last week by the Brenmouth branch of the nurses' union, means about 30
        extra nurses will have to be recruited. Fiona Callard, the director of
        nursing, said the trust would pay for the posts out of savings on
        agency staff, who cost £1.9m last year. Ian Tovey, for the union,
        welcomed the move but said break times must not be cut to make the new
        rota work. The pattern will be reviewed after six months.""",
        errors=[
            err("proposed by the hospital trust's board and accepted last week "
                "by the Brenmouth branch of the nurses' union",
                "role", "major",
                "proposed by the Brenmouth branch of the nurses' union and "
                "accepted by the hospital trust's board"),
        ],
        traps=[
            trap("68%", "68 per cent"),
            trap("too exhausted", "too tired"),
            trap("Ian Tovey, for the union,", "Union representative Ian Tovey"),
        ],
    ),
    # 19
    case(
        "tidal flood barrier", "rewrite",
        """The Sallow Creek tidal barrier was closed 14 times between October
        and March, the highest number since it opened in 2004, the Coastal
        Defence Authority said in its annual report on Monday. Each closure
        protects around 9,000 homes and businesses in Sallow and Upper Marsh
        from surges driven by storms and high spring tides. The authority said
        rising sea levels meant closures were likely to become more frequent,
        and that the barrier, designed to operate until 2060, may need
        upgrading earlier. A study of options, costing £1.1m, will start in the
        summer and report in 2026. Operations manager Kate Amberley said the
        barrier had performed without fault during every closure. The
        authority is also consulting on raising the height of the flood wall
        at Upper Marsh by 40 centimetres.""",
        """The Coastal Defence Authority's annual report, published on Monday,
        shows the Sallow Creek tidal barrier was shut 14 times from October to
        March, the most for any such period since it opened in 2004. Every
        closure shields some 9,000 homes and businesses in Sallow and Upper
        Marsh against storm surges and high spring tides. With sea levels
        rising, closures will probably become more frequent, the authority
        said, adding that the barrier, which was designed to operate until
        2060, might have to be upgraded sooner. A £1.1m study of the options
        will begin in the summer and report in 2026. Operations manager Kate
        Amberley said that the barrier had worked without a fault on each
        occasion it closed. The authority is also consulting on a 40cm
        increase in the height of the flood wall at Upper Marsh.""",
        traps=[
            trap("shields some 9,000", "protects around 9,000"),
            trap("closures will probably become more frequent",
                 "closures were likely to become more frequent"),
            trap("might have to be upgraded sooner", "may need upgrading earlier"),
            trap("A £1.1m study of the options",
                 "A study of options, costing £1.1m"),
            trap("a 40cm increase in the height of the flood wall at Upper Marsh",
                 "raising the height of the flood wall at Upper Marsh by 40 centimetres"),
        ],
    ),
    # 20
    case(
        "stargazing dark sky status", "rewrite",
        """Brackwater Forest Park has applied for international dark sky status,
        which could make it one of only a handful of such sites in the
        country, park managers said on Friday. The application to the Global
        Dark Sky Alliance follows a two-year survey showing that sky quality at
        the park's central clearing averages 21.4 on the standard brightness
        scale. To qualify, the park has replaced 160 outdoor lights in its car
        parks and visitor centre with shielded, low-glare fittings.
        Neighbouring Colbridge District Council has agreed to adopt a lighting
        policy for new developments within 10 kilometres of the park. A
        decision is expected early next year. Ranger Tom Ellery said the status
        could attract more visitors in winter, when the park is usually
        quiet.""",
        """Managers at Brackwater Forest Park said on Friday that they had
        applied for international dark sky status, which could put it among
        only a handful of such sites nationally. The application, made to the
        Global Dark Sky Alliance, comes after a two-year survey found that sky
        quality at the park's central clearing averages 21.4 on the standard
        brightness scale. In order to qualify, 160 outdoor lights in the car
        parks and visitor centre have been swapped for shielded, low-glare
        fittings. Neighbouring Brackwater District Council has agreed to adopt
        a lighting policy covering new developments within 10km of the park. A
        decision is expected early next year. According to ranger Tom Ellery,
        the status will attract more visitors in winter, when the park is
        usually quiet.""",
        errors=[
            err("Brackwater District Council", "entity", "major",
                "Colbridge District Council"),
            err("will attract", "modality", "minor", "could attract"),
        ],
        traps=[
            trap("among only a handful of such sites nationally",
                 "one of only a handful of such sites in the country"),
            trap("160 outdoor lights in the car parks and visitor centre have been swapped for",
                 "has replaced 160 outdoor lights"),
        ],
    ),
]
