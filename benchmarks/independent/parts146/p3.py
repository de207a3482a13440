"""set146 cases 21-30: summaries (odd numbers consistent, even inconsistent)."""
from ._helpers import case, err, trap

CASES = [
    # 21
    case(
        "wildfire smoke alerts", "summary",
        """Health officials in the Tallon Valley have issued a smoke alert for
        Wednesday and Thursday as wildfires burning across the border continue
        to send haze over the region. The Tallon Public Health Agency said fine
        particle levels in Corvin and Ashby were expected to reach 'very high'
        on its five-band scale by Wednesday afternoon. People with heart or
        lung conditions, older adults and young children have been advised to
        stay indoors where possible and to avoid strenuous exercise outdoors.
        Schools will remain open but have been told to cancel outdoor sports.
        The agency's director, Dr Lena Marsh, said the smoke was likely to
        clear on Friday when the wind shifts to the west. Air quality readings
        are being updated hourly on the agency's website.""",
        """A smoke alert for Wednesday and Thursday is in force in the Tallon
        Valley because of haze from wildfires across the border. Fine particle
        levels in Corvin and Ashby are forecast to hit 'very high' by Wednesday
        afternoon, and people with heart or lung conditions, older adults and
        young children should stay inside where they can and avoid strenuous
        outdoor exercise; schools stay open but without outdoor sports. Dr Lena
        Marsh of the Tallon Public Health Agency said the smoke should clear on
        Friday when the wind turns westerly.""",
        traps=[
            trap("are forecast to hit 'very high'",
                 "were expected to reach 'very high'"),
            trap("stay inside where they can", "stay indoors where possible"),
            trap("should clear on Friday", "was likely to clear on Friday"),
            trap("when the wind turns westerly", "when the wind shifts to the west"),
        ],
    ),
    # 22
    case(
        "fire brigade pay", "summary",
        """Firefighters in the Northhallow Fire and Rescue Service have accepted
        a pay offer worth 6.5 per cent over two years, ending a dispute that had
        seen three one-day strikes since March. Members of the Firefighters'
        Federation voted by 72 per cent to 28 per cent in favour, on a turnout
        of 81 per cent. Under the deal, basic pay will rise by 4 per cent from
        July, with a further 2.5 per cent next April. The service has also
        agreed to review crewing levels at its four rural stations, which union
        officials said were often left with only two firefighters on duty.
        Chief fire officer Graham Leckie said he was pleased the dispute was
        over and that the service could now focus on recruitment. The
        agreement will cost around £3.4m over two years.""",
        """Northhallow firefighters have accepted a 6.5% pay offer spread over
        two years, ending a dispute that had seen three one-day strikes since
        March. The deal was backed by 81% of the Firefighters' Federation
        members who voted. Basic pay rises 4% from July and a further 2.5% next
        April, and crewing at the four rural stations will be reviewed. The
        agreement, costing about £3.4m over two years, ends a dispute that had
        seen three one-day strikes since March.""",
        errors=[
            err("81%", "number", "major", "72 per cent"),
            err("a dispute that had seen three one-day strikes since March",
                "repetition", "minor", occ=1),
        ],
        traps=[
            trap("Basic pay rises 4% from July",
                 "basic pay will rise by 4 per cent from July"),
        ],
    ),
    # 23
    case(
        "vineyard planting", "summary",
        """A family-owned estate in the Hadley Hills is planting 42,000 vines
        this spring in what is believed to be the largest new vineyard in the
        region for more than 30 years. Thornbury Estate, which has farmed sheep
        and cereals on the land for four generations, will convert 18 hectares
        of south-facing slopes to grape production. The vines, mainly Pinot
        Noir and Chardonnay for sparkling wine, are expected to produce their
        first harvest in 2027, with the first bottles released around 2030.
        Managing director Clare Thornbury said warmer summers had made the site
        viable and that the project would create eight full-time jobs and up to
        40 seasonal posts at harvest. The estate has invested about £1.6m,
        including a new winery building that is awaiting planning
        permission.""",
        """Thornbury Estate, a family farm in the Hadley Hills worked by four
        generations, is turning 18 hectares of south-facing slopes over to
        42,000 vines this spring, thought to be the region's biggest new
        vineyard in over 30 years. The mostly Pinot Noir and Chardonnay vines,
        for sparkling wine, should give a first harvest in 2027 and first
        bottles around 2030. The roughly £1.6m investment, which includes a
        winery still awaiting planning permission, will create eight full-time
        jobs and up to 40 seasonal harvest posts.""",
        traps=[
            trap("worked by four generations",
                 "which has farmed sheep and cereals on the land for four generations"),
            trap("thought to be the region's biggest new vineyard in over 30 years",
                 "believed to be the largest new vineyard in the region for more than 30 years"),
            trap("should give a first harvest in 2027",
                 "are expected to produce their first harvest in 2027"),
            trap("The roughly £1.6m investment",
                 "The estate has invested about £1.6m"),
        ],
    ),
    # 24
    case(
        "harvest festival", "summary",
        """The Corran Harvest Festival will return to Millbrook Green on 21 and
        22 September after a two-year break, organisers have confirmed. The
        event, which attracted about 12,000 visitors in 2022, was cancelled in
        2023 because of flooding on the green and last year because of a
        shortage of volunteers. Festival chair Sandra Pell said more than 150
        volunteers had now signed up. This year's programme includes a produce
        show, a heavy horse parade and a ceilidh in the marquee on Saturday
        night. Entry will remain free, although parking will cost £5 per car.
        Local councillor Derek Haig said the council had given a £7,500 grant
        towards safety and stewarding costs, and welcomed the festival's
        return.""",
        """After a two-year break caused first by flooding and then by a lack of
        volunteers, the Corran Harvest Festival is back on Millbrook Green on
        21-22 September. More than 150 volunteers have now signed up, according
        to councillor Derek Haig, whose council has given £7,500 towards safety
        and stewarding. Entry stays free, parking is £5 a car, and the
        programme features a produce show, a heavy horse parade and a Saturday
        night ceilidh.""",
        errors=[
            err("according to councillor Derek Haig", "attribution", "major",
                "Festival chair Sandra Pell said"),
        ],
        traps=[
            trap("caused first by flooding and then by a lack of volunteers",
                 "because of flooding on the green and last year because of a shortage of volunteers"),
            trap("21-22 September", "21 and 22 September"),
        ],
    ),
    # 25
    case(
        "microbrewery taproom", "summary",
        """Hopwell Brewing, a microbrewery founded in a former bus garage in
        Stanmere in 2018, has been granted permission to open a taproom on the
        site. Stanmere Borough Council's planning committee approved the
        application on Tuesday by five votes to two, subject to conditions. The
        taproom may open from noon to 10pm Thursday to Saturday and from noon
        to 8pm on Sundays, and will seat up to 60 customers. Live music will
        not be permitted. Two neighbours had objected, citing noise and
        parking, but the brewery agreed to provide eight extra cycle spaces and
        to close its outdoor yard at 8pm. Co-founder Amir Sethi said the
        taproom would allow the brewery to sell directly to drinkers and to
        take on three more staff.""",
        """Stanmere councillors have voted 5-2 to let Hopwell Brewing open a
        taproom at its converted bus garage, subject to conditions. It can
        trade from midday to 10pm Thursday to Saturday and until 8pm on
        Sundays, with up to 60 seated customers and no live music. To address
        two neighbours' worries about noise and parking, the brewery agreed to
        add eight cycle spaces and shut its outdoor yard at 8pm. Co-founder
        Amir Sethi said the taproom would create three more jobs.""",
        traps=[
            trap("voted 5-2", "by five votes to two"),
            trap("its converted bus garage", "founded in a former bus garage"),
            trap("from midday to 10pm", "from noon to 10pm"),
            trap("would create three more jobs", "to take on three more staff"),
        ],
    ),
    # 26
    case(
        "sand martin nesting", "summary",
        """A colony of sand martins has returned to nest in the banks of the
        River Lode at Fennick Quarry for the first time since 2016, the
        Lodeside Wildlife Trust has reported. Volunteers counted 64 active
        burrows in May, after the trust reshaped a 30-metre stretch of bank
        last winter to create the vertical sandy faces the birds need. The
        birds, which spend the winter in Africa, had abandoned the site after
        the bank collapsed during floods. The trust has fenced off the area and
        asked walkers to keep dogs on leads, as the nests are easily disturbed.
        Reserve officer Lucy Brannagh said it was too early to say whether the
        colony would grow, but that the signs were encouraging. Further
        monitoring is planned in July.""",
        """Sand martins are nesting in the River Lode banks at Fennick Quarry
        again, with 64 active burrows counted in May, after the Lodeside
        Wildlife Trust built artificial nest banks last winter. The birds,
        which winter in Africa, had not nested there since 2016, having left
        when floods brought the bank down. The area is now fenced off and
        walkers are asked to keep dogs on leads. Reserve officer Lucy Brannagh
        said it was too early to say whether the colony would grow, and that
        the signs so far were not encouraging.""",
        errors=[
            err("built artificial nest banks", "event", "major",
                "reshaped a 30-metre stretch of bank"),
            err("the signs so far were not encouraging", "polarity", "major",
                "the signs were encouraging"),
        ],
        traps=[
            trap("which winter in Africa", "which spend the winter in Africa"),
            trap("when floods brought the bank down",
                 "after the bank collapsed during floods"),
        ],
    ),
    # 27
    case(
        "bat survey planning delay", "summary",
        """Plans for 120 homes on the edge of Wethersby have been delayed by at
        least five months after ecologists found that a derelict farmhouse on
        the site may be used by roosting bats. Developer Greyling Homes had
        hoped to start work in June, but Wethersby District Council has said it
        cannot decide the application until surveys have been carried out
        during the bats' active season, which runs from May to September. A
        preliminary inspection found droppings in the roof space, thought to
        belong to brown long-eared bats, a protected species. All bat species
        are protected by law, and destroying a roost without a licence is a
        criminal offence. Greyling Homes said it was disappointed but would
        carry out the surveys. Local campaigners, who oppose the development,
        welcomed the delay.""",
        """Greyling Homes' plans for 120 homes at Wethersby face a delay of five
        months or more because bats may be roosting in a derelict farmhouse on
        the site. Droppings in the roof space, probably from brown long-eared
        bats, were found, and the district council will not rule on the plans
        until surveys are done in the bats' May-to-September active season. The
        developer, which had hoped to start in June, said it was disappointed
        but would carry out the surveys; campaigners against the homes welcomed
        the hold-up.""",
        traps=[
            trap("a delay of five months or more", "delayed by at least five months"),
            trap("probably from", "thought to belong to"),
            trap("will not rule on the plans", "cannot decide the application"),
            trap("campaigners against the homes",
                 "Local campaigners, who oppose the development"),
        ],
    ),
    # 28
    case(
        "bagpipe making", "summary",
        """One of the last traditional bagpipe workshops in the Kintallan glens
        has taken on its first apprentice in 25 years. Master pipe maker Hamish
        Dunleavy, 71, who set up Dunleavy Pipes in 1979, said the business had
        struggled to find anyone willing to commit to the five-year training.
        The new apprentice, 19-year-old Isla Corrie from Strathbeg, will learn
        to turn drones and chanters from African blackwood and to fit
        hand-stitched leather bags. The apprenticeship is part-funded by a
        £24,000 grant from the Kintallan Crafts Trust. The workshop makes about
        40 sets of pipes a year, with a waiting list of up to 18 months, and
        sells to pipers in Canada, Australia and the United States.""",
        """Dunleavy Pipes, one of the Kintallan glens' last traditional bagpipe
        workshops, has taken on its first apprentice in a quarter of a century.
        Isla Corrie, 19, will spend five years learning to turn drones and
        chanters and fit hand-stitched leather bags under founder Hamish
        Dunleavy, 71, who plans to hand the business over to her when he
        retires. A £24,000 Kintallan Crafts Trust grant is helping to fund the
        post. The workshop makes about 40 sets a year and has a waiting list of
        up to 18 months.""",
        errors=[
            err("who plans to hand the business over to her when he retires",
                "addition", "major"),
        ],
        traps=[
            trap("in a quarter of a century", "in 25 years"),
            trap("A £24,000 Kintallan Crafts Trust grant is helping to fund the post",
                 "The apprenticeship is part-funded by a £24,000 grant from the Kintallan Crafts Trust"),
        ],
    ),
    # 29
    case(
        "church roof lead theft", "summary",
        """Thieves have stripped lead from the roof of St Cuthman's Church in
        Lower Breck for the second time in three years, causing damage
        estimated at £60,000. The theft was discovered on Sunday morning when
        rain began pouring into the north aisle during a service. Police
        believe the lead was taken overnight on Friday and that the thieves
        used a scaffold tower left by contractors working on a neighbouring
        property. The Reverend Anne Kellow said the parish could not afford to
        replace the lead and would apply to install stainless steel sheeting
        instead, which has little scrap value. The church, which dates from the
        14th century, is listed, so any change of roofing material requires
        consent. Services will continue in the south aisle. Police have
        appealed for witnesses.""",
        """Thieves have taken lead from the roof of the 14th-century St
        Cuthman's Church in Lower Breck for the second time in three years,
        causing an estimated £60,000 of damage. The theft came to light when
        rain poured into the north aisle during Sunday's service; police think
        the lead went on Friday night, with the thieves using a scaffold tower
        that contractors had left at a neighbouring property. As the parish
        cannot afford new lead, the Rev Anne Kellow said it would apply for
        consent to use stainless steel sheeting, which is worth little as
        scrap. Police are appealing for witnesses.""",
        traps=[
            trap("came to light", "was discovered"),
            trap("on Friday night", "overnight on Friday"),
            trap("the Rev Anne Kellow", "The Reverend Anne Kellow"),
            trap("which is worth little as scrap", "which has little scrap value"),
        ],
    ),
    # 30
    case(
        "prize bond draw", "summary",
        """A saver from the Dunmore region has won the £1m top prize in the
        monthly Premium Savings Bond draw, the National Savings Office said on
        Thursday. The winning bond, bought in March 2011, had been held for
        more than 13 years. The winner, who has not been named, had a holding
        of £12,000. A second £1m prize went to a holder in Calder Bridge whose
        bond was bought in November 2019. More than 5.8 million prizes worth a
        total of £392m were paid out in this month's draw, most of them £25.
        The office said prize rates would stay at 4.15 per cent until at least
        the end of January. About 1.2 million prizes from earlier draws remain
        unclaimed.""",
        """Savers in the Dunmore region and Calder Bridge have each won £1m in
        this month's Premium Savings Bond draw. The Dunmore winner, who has not
        been named, held £12,000 of bonds and bought the winning one in
        November 2019. Over 5.8 million prizes worth £392m in total were paid
        out, most of them £25, and the prize rate will stay at 4.15% until the
        end of January at the earliest.""",
        errors=[
            err("in November 2019", "date", "major", "in March 2011"),
        ],
        traps=[
            trap("held £12,000 of bonds", "had a holding of £12,000"),
            trap("Over 5.8 million prizes", "More than 5.8 million prizes"),
            trap("until the end of January at the earliest",
                 "until at least the end of January"),
        ],
    ),
]
