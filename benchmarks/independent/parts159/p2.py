"""Rewrite pairs, part 2 (10 pairs)."""
from ._helpers import case, err, trap

CASES = []

# 11 -- consistent rewrite
CASES.append(case(
    "stilt walking record", "rewrite",
    """A street performer from Pellham has set a new world record for the
    longest distance walked on stilts in 24 hours, covering 103.6 kilometres
    on a closed running track at the town's sports ground. Tobias Renwick,
    34, started at 9am on Saturday and finished at 9am on Sunday, wearing
    stilts 1.2 metres high. Adjudicators from the Global Records Registry
    confirmed the attempt, which beat the previous mark of 98.1 kilometres,
    set in Chile in 2019. Renwick stopped only for short breaks, during
    which his feet remained strapped to the stilts, as the rules require. He
    raised just over £9,000 for a children's hospice in the town. Renwick
    said he had no plans to try again.""",
    """Pellham street performer Tobias Renwick has walked 103.6km on stilts
    in 24 hours on a closed running track at the town's sports ground, a new
    world record. The 34-year-old set off at 9am on Saturday and crossed the
    line a day later, on stilts standing 1.2m tall. Officials from the
    Global Records Registry ratified the attempt, which surpassed the
    previous best of 98.1km, achieved in Chile in 2019. He paused only for
    brief rests and, as the rules demand, his feet stayed strapped to the
    stilts throughout them. The effort brought in just over £9,000 for a
    children's hospice in Pellham. Renwick said he did not intend to make
    another attempt.""",
    traps=[
        trap("crossed the line a day later", "finished at 9am on Sunday"),
        trap("ratified", "confirmed"),
        trap("paused only for brief rests", "stopped only for short breaks"),
        trap("did not intend to make another attempt",
             "had no plans to try again"),
    ]))

# 12 -- inconsistent rewrite: event
CASES.append(case(
    "choir competition disqualification", "rewrite",
    """The Vossbury Male Voice Choir has been disqualified from the National
    Choral Championships after organisers found that two of its singers were
    professional musicians, in breach of the competition's amateur rules.
    The choir had finished second in the open category at the final in
    Harrowgate on 12 May. The Choral Championships Board said the choir
    would have to return its silver medal and £1,500 in prize money, and
    that the second place would pass to the Ellerby Singers. Choir secretary
    Walter Prenn said the two men had joined in January and that the choir
    had not realised they were paid to perform elsewhere. He said the choir
    would appeal. The board said the decision would stand while any appeal
    was heard.""",
    """Organisers of the National Choral Championships have disqualified the
    Vossbury Male Voice Choir after discovering that two of its singers were
    professional musicians, contrary to the competition's amateur rules. At
    the final in Harrowgate on 12 May the choir had been runner-up in the
    open category. According to the Choral Championships Board, the choir
    must hand back its silver medal and will be fined £1,500, and the
    Ellerby Singers will move up to second place. Walter Prenn, the choir's
    secretary, said the pair had joined in January and that the choir had
    not known they were paid to perform elsewhere. The choir plans to
    appeal, he said, but the board said its decision would remain in force
    while any appeal was heard.""",
    errors=[
        err("will be fined £1,500", "event", "major",
            "return its silver medal and £1,500 in prize money"),
    ],
    traps=[
        trap("had been runner-up", "had finished second"),
        trap("would remain in force", "would stand"),
    ]))

# 13 -- inconsistent rewrite: addition + polarity
CASES.append(case(
    "cannabis farm raid", "rewrite",
    """Police found more than 1,800 cannabis plants inside a disused cold
    store on the Millbrook industrial estate during a raid on Thursday
    morning, Westmoor Police said. Two men, aged 24 and 31, were arrested at
    the scene on suspicion of producing a controlled drug and remain in
    custody. Officers said the electricity supply had been illegally
    bypassed, creating a serious fire risk to neighbouring units. The plants
    have an estimated street value of £1.4 million. Detective Inspector
    Harriet Coyle said the raid followed information from members of the
    public, and urged anyone with concerns about a property to contact the
    force. The building's owner is not thought to have been aware of the
    operation, police said.""",
    """More than 1,800 cannabis plants were discovered when officers raided a
    disused cold store on the Millbrook industrial estate on Thursday
    morning, according to Westmoor Police. Two men, aged 24 and 31, were
    arrested at the scene on suspicion of producing a controlled drug and
    are still in custody. The electricity supply had been illegally
    bypassed, officers said, posing a serious fire risk to the neighbouring
    units. The plants are estimated to be worth £1.4m on the street.
    Detective Inspector Harriet Coyle said the raid, the largest of its kind
    in the county this year, came after tip-offs from the public, and
    appealed to anyone worried about a property to get in touch. Police
    believe the building's owner was aware of the operation.""",
    errors=[
        err("the largest of its kind in the county this year", "addition",
            "major", None),
        err("Police believe the building's owner was aware of the operation",
            "polarity", "critical",
            "The building's owner is not thought to have been aware of the "
            "operation"),
    ],
    traps=[
        trap("are estimated to be worth £1.4m on the street",
             "have an estimated street value of £1.4 million"),
        trap("came after tip-offs from the public",
             "followed information from members of the public"),
    ]))

# 14 -- consistent rewrite
CASES.append(case(
    "sewage outfall fine", "rewrite",
    """Riverside Water has been fined £2.3 million after admitting that
    untreated sewage was discharged from its Kellbrook outfall into the
    River Teal on 41 days in 2021 and 2022. Sentencing the company at
    Ashworth Crown Court on Monday, Judge Amelia Strand said the breaches
    had been caused by poor maintenance rather than by heavy rainfall, as
    the company had initially claimed. The Environment Regulator brought the
    prosecution after anglers reported dead fish downstream of the outfall
    in August 2021. Riverside Water was also ordered to pay £186,000 in
    costs. In a statement, the company said it had since spent £7 million
    upgrading the site and apologised to people who use the river.""",
    """At Ashworth Crown Court on Monday, Riverside Water was fined £2.3m,
    having admitted that raw sewage flowed from its Kellbrook outfall into
    the River Teal on 41 days across 2021 and 2022. The company had at first
    blamed heavy rain, but Judge Amelia Strand said in sentencing that the
    breaches were the result of poor maintenance. The prosecution was
    brought by the Environment Regulator after anglers reported dead fish
    below the outfall in August 2021. Costs of £186,000 were also awarded
    against the firm. In a statement, Riverside Water apologised to river
    users and said it had spent £7m upgrading the site since then.""",
    traps=[
        trap("raw sewage", "untreated sewage"),
        trap("The company had at first blamed heavy rain",
             "as the company had initially claimed"),
        trap("below the outfall", "downstream of the outfall"),
        trap("Costs of £186,000 were also awarded against the firm",
             "was also ordered to pay £186,000 in costs"),
        trap("river users", "people who use the river"),
    ]))

# 15 -- inconsistent rewrite: repetition
CASES.append(case(
    "hedge fund fraud verdict", "rewrite",
    """A jury at the Central Criminal Court has found the founder of hedge
    fund Marlowe Crest Capital guilty of defrauding investors of $94
    million. Prosecutors said Julian Ferrow, 52, sent clients falsified
    performance reports for six years to conceal losses on commodity trades,
    while continuing to pay himself a salary of more than $3 million a year.
    Ferrow had denied all charges, telling the court that the fund's
    accountants were responsible for the figures. The jury took two days to
    reach its verdicts on four counts of fraud. His former finance director,
    Selina Achterberg, was acquitted of conspiracy. Ferrow will be sentenced
    on 19 June. Investors are pursuing separate civil claims to recover
    their money.""",
    """Julian Ferrow, founder of the hedge fund Marlowe Crest Capital, has
    been convicted by a jury at the Central Criminal Court of defrauding
    investors of $94m. For six years the 52-year-old sent clients doctored
    performance reports to hide losses on commodity trades, prosecutors
    said, all the while paying himself a salary of more than $3m a year.
    Ferrow had denied all the charges, telling the court that the figures
    were the responsibility of the fund's accountants. After two days of
    deliberation, the jury returned its verdicts on four counts of fraud.
    Selina Achterberg, his former finance director, was cleared of
    conspiracy. Ferrow had denied all the charges. He will be sentenced on
    19 June, and investors are bringing separate civil claims to get their
    money back.""",
    errors=[
        err("Ferrow had denied all the charges", "repetition", "minor",
            None, occ=1),
    ],
    traps=[
        trap("doctored performance reports", "falsified performance reports"),
        trap("After two days of deliberation", "The jury took two days"),
        trap("was cleared of conspiracy", "was acquitted of conspiracy"),
    ]))

# 16 -- consistent rewrite
CASES.append(case(
    "brass band competition", "rewrite",
    """The Thornbridge Colliery Band has won the Northern Brass Open for the
    third year in a row, scoring 197 points out of 200 at the contest in
    Haleford Town Hall on Saturday. Fourteen bands competed in the
    championship section, performing a set test piece, Edwin Marchetti's
    'Coastal Suite', written for the event. Runners-up Castlegate Silver
    scored 194, with Millrace Brass third. Thornbridge's principal cornet,
    Aisha Nolan, was named best soloist. The band, formed by miners in 1889,
    now has no members who worked at the colliery, which closed in 1986.
    Musical director Peter Halliwell said the win would help the band's bid
    to raise £60,000 for new instruments.""",
    """For a third consecutive year the Thornbridge Colliery Band has taken
    the Northern Brass Open title, with 197 points from a possible 200 at
    Haleford Town Hall on Saturday. The 14 bands in the championship section
    all played the same test piece, Edwin Marchetti's 'Coastal Suite', which
    was composed for the contest. Castlegate Silver came second on 194 and
    Millrace Brass finished third. The best soloist award went to Aisha
    Nolan, Thornbridge's principal cornet. Miners founded the band in 1889,
    but none of its present members worked at the colliery, which shut in
    1986. According to musical director Peter Halliwell, the victory will
    help the band's efforts to raise £60,000 for new instruments.""",
    traps=[
        trap("For a third consecutive year", "for the third year in a row"),
        trap("197 points from a possible 200", "197 points out of 200"),
        trap("all played the same test piece", "performing a set test piece"),
        trap("none of its present members worked at the colliery",
             "now has no members who worked at the colliery"),
    ]))

# 17 -- consistent rewrite
CASES.append(case(
    "bus driver assault", "rewrite",
    """A man has been jailed for 18 months for assaulting a bus driver who
    asked him to pay his fare in Denholm last November. Craig Lassiter, 29,
    punched the driver several times after boarding the number 42 service at
    Market Cross, Denholm Magistrates' Court heard. The driver, who has not
    been named, suffered a fractured cheekbone and has not returned to work.
    Lassiter admitted assault occasioning actual bodily harm. Magistrates
    said CCTV footage from the bus showed the attack was unprovoked.
    Northway Buses, which operates the route, said assaults on its drivers
    had risen by a quarter in the past year and that protective screens
    would be fitted to all 140 of its vehicles by the end of the summer.""",
    """Craig Lassiter, 29, has been sentenced to a year and a half in prison
    for attacking a bus driver who had asked him for his fare in Denholm
    last November. Denholm Magistrates' Court was told that he punched the
    driver repeatedly after getting on the number 42 at Market Cross. The
    driver, whose name has not been released, sustained a broken cheekbone
    and is still off work. Lassiter pleaded guilty to assault occasioning
    actual bodily harm. CCTV from the bus showed that the attack had not
    been provoked, magistrates said. Assaults on Northway Buses drivers have
    gone up by 25% over the past year, according to the operator, which said
    all 140 of its buses would have protective screens by the end of the
    summer.""",
    traps=[
        trap("a year and a half", "18 months"),
        trap("a broken cheekbone", "a fractured cheekbone"),
        trap("pleaded guilty to", "admitted"),
        trap("had not been provoked", "was unprovoked"),
        trap("by 25%", "by a quarter"),
    ]))

# 18 -- inconsistent rewrite: date + modality
CASES.append(case(
    "royal visit costs", "rewrite",
    """The two-day royal visit to Carrowmere in September cost the city
    council £318,000, almost double the original estimate, according to
    figures released under freedom of information rules. Most of the money
    went on security, road closures and temporary stands along the harbour
    front. The council had budgeted £170,000 when the visit was announced in
    April. Council leader Bridget Ormsby said the visit had brought an
    estimated £2 million into the local economy, though she acknowledged
    that figure had not been independently verified. Opposition councillors
    have asked the council's audit committee to examine the spending, and
    the committee is expected to discuss the request at its meeting on 4
    February.""",
    """Figures obtained under freedom of information rules show that the
    royal visit to Carrowmere in September cost the city council £318,000,
    nearly twice what had originally been estimated. The bulk of the
    spending was on security, road closures and temporary stands on the
    harbour front. When the two-day visit was announced in September, the
    council had budgeted £170,000. Council leader Bridget Ormsby said the
    visit had generated an estimated £2m for the local economy, while
    conceding that the figure had not been checked independently.
    Opposition councillors want the council's audit committee to look into
    the spending, and the committee will consider the request when it meets
    on 4 February.""",
    errors=[
        err("announced in September", "date", "minor", "announced in April"),
        err("will consider the request", "modality", "minor",
            "is expected to discuss the request"),
    ],
    traps=[
        trap("nearly twice what had originally been estimated",
             "almost double the original estimate"),
        trap("The bulk of the spending", "Most of the money"),
        trap("had not been checked independently",
             "had not been independently verified"),
    ]))

# 19 -- consistent rewrite
CASES.append(case(
    "city hall cyberattack", "rewrite",
    """Brennock City Council's online services remain offline a week after a
    ransomware attack on its computer systems, the council confirmed on
    Monday. Residents have been unable to pay council tax, book bulky waste
    collections or apply for parking permits online since the attack was
    detected on 6 March. Council chief executive Omar Delacroix said there
    was no evidence so far that residents' personal data had been stolen,
    but that the investigation was continuing. The council has not paid a
    ransom and does not intend to, he said. Staff have been working from
    paper records, and the council said phone lines would be open for longer
    hours until the systems are restored, which could take several more
    weeks.""",
    """A week on from a ransomware attack on its computer systems, Brennock
    City Council's online services are still down, the authority confirmed
    on Monday. Since the attack was discovered on 6 March, residents have
    not been able to pay council tax, book collections of bulky waste or
    apply for parking permits online. So far, chief executive Omar Delacroix
    said, nothing suggests that residents' personal data has been stolen,
    although the investigation is ongoing. He said no ransom had been paid
    and the council had no intention of paying one. Staff have been relying
    on paper records, and phone lines will stay open for extended hours
    until the systems are back, the council said - something that may take
    several more weeks.""",
    traps=[
        trap("are still down", "remain offline"),
        trap("nothing suggests", "there was no evidence so far"),
        trap("had no intention of paying one", "does not intend to"),
        trap("may take several more weeks", "could take several more weeks"),
    ]))

# 20 -- consistent rewrite
CASES.append(case(
    "castle ruin sale", "rewrite",
    """The ruins of Dunmorrow Castle, a 13th-century fortress on the Kelvary
    coast, have been sold to a community trust for £275,000 after a two-year
    fundraising campaign. The Dunmorrow Community Trust said more than 3,000
    people had donated, including supporters in Canada and Australia
    descended from families who emigrated from the area. The previous owner,
    property company Salterne Estates, had put the site on the market in
    2021 with an asking price of £400,000. The trust plans to make the ruins
    safe, reopen a coastal footpath that has been closed since 2018 and
    build a small visitor centre. It estimates the work will cost a further
    £1.1 million, which it hopes to raise through grants.""",
    """A community trust has bought Dunmorrow Castle, a ruined 13th-century
    fortress on the Kelvary coast, for £275,000, following a fundraising
    drive that lasted two years. Over 3,000 people gave money, the Dunmorrow
    Community Trust said, among them supporters in Canada and Australia
    whose families had emigrated from the area. Salterne Estates, the
    property company that previously owned the site, had been asking
    £400,000 when it put it up for sale in 2021. The trust intends to make
    the ruins safe, build a small visitor centre and reopen a coastal
    footpath that has been shut since 2018. It hopes grants will cover the
    additional £1.1m it estimates the work will cost.""",
    traps=[
        trap("Over 3,000 people gave money",
             "more than 3,000 people had donated"),
        trap("had been asking £400,000",
             "with an asking price of £400,000"),
        trap("has been shut since 2018", "has been closed since 2018"),
        trap("the additional £1.1m", "a further £1.1 million"),
    ]))
