"""Summary pairs (10 pairs)."""
from ._helpers import case, err, trap

CASES = []

# 21 -- consistent summary
CASES.append(case(
    "festival noise complaint", "summary",
    """Organisers of the Fernhill Folk Weekend have been ordered to cut the
    volume of their main stage after residents complained that music could
    be heard more than a mile away. Ashdown District Council served a noise
    abatement notice on Tuesday following 63 complaints during last year's
    event, which drew 11,000 people to Fernhill Park over three days in
    July. Under the notice, amplified music must stop by 10.30pm, an hour
    earlier than last year, and sound levels at the edge of the park must
    not exceed 65 decibels. Festival director Nadia Oyelaran said the
    organisers would comply, but warned that the earlier finish could cost
    them around £40,000 in lost bar sales. Residents' group Quiet Fernhill
    welcomed the notice but said it would continue to monitor noise levels.
    Breaching the notice could lead to a fine of up to £20,000.""",
    """Ashdown District Council has served a noise abatement notice on the
    Fernhill Folk Weekend after 63 complaints about last year's event.
    Amplified music must now end by 10.30pm, an hour sooner than last year,
    and noise at the park boundary is capped at 65 decibels. The festival
    will comply, its director said, though the earlier finish may cost about
    £40,000 in bar takings. Breaches could bring fines of up to £20,000.""",
    traps=[
        trap("an hour sooner than last year", "an hour earlier than last year"),
        trap("noise at the park boundary is capped at 65 decibels",
             "sound levels at the edge of the park must not exceed 65 "
             "decibels"),
        trap("may cost about £40,000 in bar takings",
             "could cost them around £40,000 in lost bar sales"),
        trap("Breaches could bring fines of up to £20,000",
             "Breaching the notice could lead to a fine of up to £20,000"),
    ]))

# 22 -- inconsistent summary: number + repetition
CASES.append(case(
    "motorbike rally permit", "summary",
    """The Cragside Motorcycle Rally will go ahead in August after Holmbury
    County Council granted the organisers a permit for the next three years,
    overturning last year's refusal. The rally, which attracts around 6,000
    riders to the Cragside showground, was cancelled in 2023 when police
    raised concerns about speeding on the surrounding roads. Organisers, the
    Northern Riders Association, have agreed to pay for extra police patrols
    and average speed cameras on the A691 during the event. The permit
    limits attendance to 5,000 riders and bans camping outside the
    showground. Councillor Geoff Bramall, who chairs the licensing
    committee, said the new conditions struck a fair balance. Local
    businesses had lobbied for the rally's return, saying it brought about
    £2 million into the area each year.""",
    """Holmbury County Council has given the Cragside Motorcycle Rally a
    permit for the next three years, reversing last year's refusal, so the
    event will return in August. Attendance is capped at 6,000 riders, and
    camping outside the showground is banned. The organisers will pay for
    extra police patrols and average speed cameras on the A691. Local
    businesses, which say the rally is worth about £2m a year to the area,
    had campaigned for its return. The organisers will pay for extra police
    patrols.""",
    errors=[
        err("6,000 riders", "number", "major", "5,000 riders"),
        err("The organisers will pay for extra police patrols", "repetition",
            "minor", None, occ=1),
    ],
    traps=[
        trap("reversing last year's refusal",
             "overturning last year's refusal"),
        trap("is worth about £2m a year to the area",
             "brought about £2 million into the area each year"),
        trap("had campaigned for its return",
             "had lobbied for the rally's return"),
    ]))

# 23 -- consistent summary
CASES.append(case(
    "dairy strike", "summary",
    """Workers at the Greenvale Dairies processing plant in Ashcombe walked
    out on Monday in the first strike at the site in its 40-year history.
    The Food and Allied Workers Union said 230 of its members were taking
    part in the five-day stoppage after rejecting a pay offer of 4%, which
    the union said was well below inflation. The company, which processes
    milk from around 400 farms, said it had put contingency plans in place
    but admitted that some supermarket deliveries would be delayed. Farmers
    have been told that milk may have to be diverted to other processors or,
    as a last resort, disposed of. Union regional officer Kerry Madoc said
    members were prepared to take further action if the company did not
    return to talks. Greenvale said its offer was fair and that it remained
    open to discussions.""",
    """A total of 230 union members at Greenvale Dairies' Ashcombe plant have begun a
    five-day strike, the first in the site's 40 years, after turning down a
    4% pay offer that the union says lags well behind inflation. Greenvale,
    which takes milk from about 400 farms, has admitted some supermarket
    deliveries will be late, and farmers have been warned their milk may
    have to be diverted or, as a last resort, thrown away. The company says
    it remains open to talks.""",
    traps=[
        trap("the first in the site's 40 years",
             "the first strike at the site in its 40-year history"),
        trap("lags well behind inflation", "was well below inflation"),
        trap("will be late", "would be delayed"),
        trap("thrown away", "disposed of"),
    ]))

# 24 -- inconsistent summary: attribution
CASES.append(case(
    "radio mast protest", "summary",
    """About 150 people gathered on Saturday to protest against plans for a
    30-metre telecommunications mast on common land above the village of
    Linthorpe Green. The mast, proposed by network operator Skyreach Mobile,
    would improve coverage for around 2,000 homes that currently have little
    or no mobile signal. Protest organiser Martin Calloway said the
    structure would spoil views from a popular walking route and that a less
    prominent site should be found. Skyreach said it had assessed six
    alternative locations and that none provided adequate coverage. Some
    residents support the mast; parish councillor Ruth Okonedo said poor
    signal had left elderly people unable to call for help in emergencies.
    Fellbrook District Council is due to decide the application next
    month.""",
    """Around 150 people protested on Saturday against Skyreach Mobile's plan
    for a 30-metre mast on common land above Linthorpe Green, which would
    improve coverage for some 2,000 homes. Organiser Martin Calloway said it
    would spoil views from a popular walking route. Skyreach said none of
    the six alternative sites it assessed gave adequate coverage. The
    company also said poor signal had left elderly people unable to call for
    help in emergencies. The district council is due to decide next
    month.""",
    errors=[
        err("The company also said", "attribution", "major",
            "parish councillor Ruth Okonedo said"),
    ],
    traps=[
        trap("Around 150 people", "About 150 people"),
        trap("some 2,000 homes", "around 2,000 homes"),
    ]))

# 25 -- consistent summary
CASES.append(case(
    "student loan error", "summary",
    """Around 48,000 graduates were sent incorrect statements by the National
    Student Finance Agency last month showing that they owed more than they
    actually did, the agency has confirmed. A software fault applied
    interest twice to balances for the period from April to June,
    overstating debts by an average of £310. The agency said no one had paid
    more than they should, because repayments are taken through the payroll
    and were calculated correctly. Corrected statements will be issued by
    the end of next month. Chief executive Lorna Haverstock apologised for
    the 'worry and confusion' caused and said an independent review of the
    agency's systems would be carried out. Graduates do not need to take any
    action, the agency said, but a helpline has been set up for those with
    questions.""",
    """A software fault led the National Student Finance Agency to send some
    48,000 graduates statements overstating their debts by £310 on average,
    after interest was added twice for April to June. Nobody has overpaid,
    as payroll deductions were calculated correctly, and corrected
    statements will go out by the end of next month. The agency has
    apologised, promised an independent review and says graduates need do
    nothing.""",
    traps=[
        trap("some 48,000 graduates", "Around 48,000 graduates"),
        trap("by £310 on average", "by an average of £310"),
        trap("Nobody has overpaid",
             "no one had paid more than they should"),
        trap("graduates need do nothing",
             "Graduates do not need to take any action"),
    ]))

# 26 -- inconsistent summary: entity + modality
CASES.append(case(
    "farm subsidy audit", "summary",
    """An audit of agricultural support payments has found that £14.6
    million was paid in error to farmers in the Danvers region over three
    years, the Office of the Rural Auditor reported on Thursday. Most of the
    overpayments related to land that had been double-counted because it
    was claimed by both tenants and landowners. The auditor, Priya
    Kallenbach, said controls at the Regional Farm Payments Agency were 'not
    fit for purpose' and recommended a new mapping system. The agency said
    it accepted the findings and would try to recover the money, but warned
    that some of it might never be returned because the claimants had since
    left farming. About 1,900 claims were affected. A separate investigation
    into possible fraud in 37 cases has been passed to the police.""",
    """Auditors have found that £14.6m in farm support was wrongly paid out
    in the Danvers region over three years, mostly for land claimed by both
    tenants and landowners. Priya Kallenbach, the auditor, said controls at
    the Office of the Rural Auditor were 'not fit for purpose'. The payments
    agency accepts the findings and will seek repayment, but warned some of
    the money will never be returned as claimants have left farming.
    Thirty-seven suspected fraud cases have gone to the police.""",
    errors=[
        err("the Office of the Rural Auditor", "entity", "major",
            "the Regional Farm Payments Agency"),
        err("will never be returned", "modality", "minor",
            "might never be returned"),
    ],
    traps=[
        trap("will seek repayment", "would try to recover the money"),
        trap("Thirty-seven suspected fraud cases have gone to the police",
             "A separate investigation into possible fraud in 37 cases has "
             "been passed to the police"),
    ]))

# 27 -- consistent summary
CASES.append(case(
    "tiny house village", "summary",
    """A village of 24 tiny homes for people leaving homelessness has opened
    on a former bowling green in Northfleet Vale. The single-storey timber
    homes, each measuring 28 square metres, were built in a factory and
    craned into place over a fortnight. The project cost £2.6 million and
    was paid for by the charity Open Door Housing, with a £900,000
    contribution from the borough council. Residents will pay an affordable
    rent and can stay for up to three years while they receive support to
    move into permanent housing. The first 10 residents moved in on Monday.
    Open Door chief executive Samuel Adeyemi said the scheme showed that
    good-quality homes could be built quickly and cheaply. Some neighbours
    had opposed the plans over parking, but the council said only four
    spaces would be needed.""",
    """Twenty-four factory-built tiny homes for people leaving homelessness
    have opened on a former bowling green in Northfleet Vale, and the first
    ten residents moved in on Monday. The charity Open Door Housing funded
    the £2.6m scheme, with the borough council contributing £900,000.
    Tenants pay an affordable rent and may stay up to three years while
    being helped into permanent homes.""",
    traps=[
        trap("Twenty-four", "24"),
        trap("the first ten residents", "The first 10 residents"),
        trap("may stay up to three years", "can stay for up to three years"),
        trap("being helped into permanent homes",
             "receive support to move into permanent housing"),
    ]))

# 28 -- inconsistent summary: addition
CASES.append(case(
    "olive harvest theft", "summary",
    """Thieves stripped around 400 olive trees in a single night at a grove
    near the village of Kastrelia, taking an estimated four tonnes of fruit,
    police in southern Greece said on Wednesday. The grove's owner, Stavros
    Mylonakis, discovered the theft on Tuesday morning, a week before he had
    planned to begin harvesting. Police said the thieves probably used
    mechanical shakers and nets and would have needed a lorry to carry the
    olives away. Olive thefts have increased across the region as prices
    for olive oil have risen sharply following two poor harvests. Farmers'
    groups have called for more rural patrols, and some growers have begun
    installing cameras and hiring night watchmen. No arrests have been
    made.""",
    """Thieves took an estimated four tonnes of olives from around 400 trees
    in one night at a grove near Kastrelia in southern Greece, a week before
    the owner was due to harvest. Police say the thieves probably used mechanical
    shakers and would have needed a lorry. Such thefts have risen along with
    olive oil prices, and farmers want more rural patrols. The stolen olives
    are thought to have been sold to a local press. No one has been
    arrested.""",
    errors=[
        err("The stolen olives are thought to have been sold to a local press",
            "addition", "major", None),
    ],
    traps=[
        trap("in one night", "in a single night"),
        trap("a week before the owner was due to harvest",
             "a week before he had planned to begin harvesting"),
        trap("No one has been arrested", "No arrests have been made"),
    ]))

# 29 -- consistent summary
CASES.append(case(
    "night bus withdrawal", "summary",
    """Three night bus routes in Pemberton will be withdrawn from 1 April
    after the regional transport authority cut its subsidy to operator
    Citylink Buses. The N3, N7 and N12 services, which run between midnight
    and 5am, carry around 900 passengers a night, many of them hospitality
    and healthcare workers travelling to and from shifts. The authority said
    the routes cost £1.2 million a year to run and that passenger numbers
    were 35% lower than before the pandemic. It said it would fund a
    replacement demand-responsive minibus service for the hospital, but not
    for other destinations. Unions representing hospital staff said the
    change would leave workers without a safe way home. The authority said
    the decision would be reviewed in twelve months.""",
    """Pemberton's N3, N7 and N12 night buses, used by about 900 people a
    night, will stop running from 1 April after the transport authority cut
    its subsidy. The authority says the routes cost £1.2m a year to run and
    passenger numbers are down by more than a third on pre-pandemic levels.
    Only the hospital will get a replacement on-demand minibus. The decision
    will be reviewed in a year.""",
    traps=[
        trap("about 900 people a night", "around 900 passengers a night"),
        trap("down by more than a third on pre-pandemic levels",
             "35% lower than before the pandemic"),
        trap("Only the hospital will get a replacement on-demand minibus",
             "for the hospital, but not for other destinations"),
        trap("in a year", "in twelve months"),
    ]))

# 30 -- inconsistent summary: role + event
CASES.append(case(
    "fireworks factory blast", "summary",
    """Two workers were injured, one seriously, when an explosion destroyed a
    storage shed at the Starburst Pyrotechnics factory outside Renfield on
    Monday afternoon. Fire crews evacuated about 40 homes within 500 metres
    of the site as a precaution, and residents were allowed to return later
    that evening. A 45-year-old man was airlifted to hospital with burns,
    and a 23-year-old woman was treated for minor injuries at the scene. The
    Health and Safety Inspectorate has launched an investigation, and the
    company said it would cooperate fully. Starburst, which supplies
    displays for events across the country, was fined £80,000 in 2019 after
    an inspector found that explosives had been stored in an unlicensed
    building. Managing director Colin Pargeter said the company's thoughts
    were with the injured workers.""",
    """An explosion destroyed a storage shed at Starburst Pyrotechnics near
    Renfield on Monday, injuring two workers: a 23-year-old woman was
    airlifted to hospital with burns and a 45-year-old man was treated at
    the scene for minor injuries. About 40 nearby homes were evacuated as a
    precaution and residents spent the night elsewhere. Safety inspectors
    are investigating. The company was fined £80,000 in 2019 for storing
    explosives in an unlicensed building.""",
    errors=[
        err("a 23-year-old woman was airlifted to hospital with burns and a "
            "45-year-old man", "role", "major",
            "A 45-year-old man was airlifted to hospital with burns, and a "
            "23-year-old woman"),
        err("residents spent the night elsewhere", "event", "major",
            "residents were allowed to return later that evening"),
    ],
    traps=[
        trap("Safety inspectors are investigating",
             "The Health and Safety Inspectorate has launched an "
             "investigation"),
        trap("for storing explosives in an unlicensed building",
             "after an inspector found that explosives had been stored in an "
             "unlicensed building"),
    ]))
