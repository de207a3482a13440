#!/usr/bin/env python3
"""Build evaluation set 102 (set102.jsonl) for the fact-comparison tool.

How it was made
---------------
A helper wrote every text pair in this file by hand, working only from a
written brief. It saw no code, data or benchmark of the project. Every
person, company, organisation, place and figure is invented; real countries
(and a few real regions) are only background. Character offsets are never
typed: the script finds each quoted span by string search (with an
occurrence index where a quoted text repeats), checks everything, and writes
set102.jsonl next to this file.

    python3 make_set102.py           # validate and write set102.jsonl
    python3 make_set102.py --check   # validate only, write nothing

Composition (the script asserts these counts)
---------------------------------------------
* 40 pairs, each on a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5). In translation pairs both texts are independent
  English translations of the same non-English story.
* 30 errors: entity 3, number 3, date 3, role 3, polarity 3, modality 3,
  attribution 3, event 3, omission 2, addition 2, repetition 2.
  10 inconsistent pairs carry 1 error and 10 carry 2.
  Severities: 2 critical, 21 major, 7 minor.
  Omissions occur only in rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): each consistent
  pair 3-5 (99 in all), each inconsistent pair 1-3 (38 in all); 137 total.
* References are 70-190 words in news / agency / corporate / official
  register; summaries are shorter than their references.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set102.jsonl")
SET_N = 102

ERROR_TYPES = ("entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition")
SEVERITIES = ("minor", "major", "critical")
MODES = ("rewrite", "summary", "translation")

DOMAINS = [
    "lock keeper recruitment", "canal towpath resurfacing",
    "sheep dip licensing", "hedge laying competition",
    "ferry timetable change", "pier restoration appeal", "lido reopening",
    "bowling green closure", "allotment rent rise", "crematorium upgrade",
    "library self-service kiosks", "museum loan dispute",
    "organ builder insolvency", "choir school closure",
    "model railway exhibition", "pigeon racing ban", "dog show judging row",
    "falconry licence", "beekeeping grant", "honey adulteration test",
    "cider orchard grant", "vineyard frost damage", "hop harvest shortfall",
    "malting plant expansion", "bakery chain takeover", "fishmonger licence",
    "oyster bed closure", "seaweed farming permit", "salt marsh restoration",
    "dune stabilisation", "cliff fall warning", "landslip road closure",
    "speed camera revenue", "parking permit overhaul", "bike lane removal",
    "e-scooter trial extension", "taxi rank relocation", "coach station sale",
    "airport runway resurfacing", "helipad approval",
]


def t(s):
    """Normalise whitespace so texts can be wrapped in the source."""
    return " ".join(s.split())


def E(text, etype, severity, ref, occ=0):
    """An error span quoted from the candidate."""
    return {"kind": "span", "text": t(text), "type": etype,
            "severity": severity, "ref_text": None if ref is None else t(ref),
            "occ": occ}


def OM(ref, severity, before=None, after=None, occ=0):
    """An omission: an empty span placed just before / after an anchor."""
    return {"kind": "omission", "type": "omission", "severity": severity,
            "ref_text": t(ref), "before": before and t(before),
            "after": after and t(after), "occ": occ}


def TR(text, ref, occ=0):
    """A trap: faithful rewording; ref is the reference wording."""
    return {"text": t(text), "ref_text": t(ref), "occ": occ}


CASES = [
    # 1 ---------------------------------------------------------------
    dict(
        domain="lock keeper recruitment", mode="rewrite",
        reference=t('''The Wealdmoor Waterways Trust is seeking to recruit 14
        seasonal lock keepers to staff locks on the Brackenford Navigation
        between April and October. The posts, which pay £11.80 an hour, are
        open to applicants aged 18 or over, and no previous boating experience
        is required. Successful candidates will receive five days of training,
        including water safety and first aid. Operations manager Helen Ashdown
        said the trust had struggled to fill vacancies last summer, when three
        locks were left unstaffed at weekends. "We want people who enjoy
        talking to the public," she said. Applications close on 28 February,
        and interviews will be held in Brackenford during the first week of
        March.'''),
        candidate=t('''Fourteen seasonal lock keepers are being sought by the
        Wealdmoor Waterways Trust to staff locks on the Brackenford Navigation
        from April to October. Anyone aged 18 or older can apply for the
        posts, which pay £11.80 per hour, and no boating experience is needed.
        Recruits will get five days' training, covering water safety and first
        aid among other topics. According to operations manager Helen Ashdown,
        the trust found it hard to fill vacancies last summer, leaving three
        locks unstaffed at weekends. She said the trust wanted people who enjoy
        talking to the public. The closing date for applications is 28
        February, with interviews in Brackenford in the first week of
        March.'''),
        errors=[],
        traps=[
            TR("Anyone aged 18 or older can apply",
               "open to applicants aged 18 or over"),
            TR("no boating experience is needed",
               "no previous boating experience is required"),
            TR("found it hard to fill vacancies",
               "had struggled to fill vacancies"),
            TR("She said the trust wanted people who enjoy talking to the public",
               "We want people who enjoy talking to the public"),
            TR("The closing date for applications is 28 February",
               "Applications close on 28 February"),
        ]),
    # 2 ---------------------------------------------------------------
    dict(
        domain="canal towpath resurfacing", mode="rewrite",
        reference=t('''Resurfacing work on a 3.2-mile stretch of the Harnley
        Canal towpath between Copley Wharf and Dunmere Bridge will begin on
        Monday 9 June, Harnley District Council has confirmed. The £640,000
        scheme, two-thirds of which is funded by a government active travel
        grant, will replace the existing mud and gravel surface with a
        compacted stone path 2.5 metres wide. The towpath will be closed in
        sections of roughly half a mile at a time, with diversions signed along
        nearby roads. Work is expected to be completed by the end of September,
        weather permitting. Councillor Rajiv Menon, cabinet member for
        transport, said the route was used by about 1,200 cyclists and walkers
        a day but became "almost impassable" after heavy rain.'''),
        candidate=t('''Harnley District Council has confirmed that a 3.2-mile
        section of the Harnley Canal towpath, from Copley Wharf to Dunmere
        Bridge, is to be resurfaced, with work starting on Monday 9 June. A
        government active travel grant is covering two-thirds of the £640,000
        cost. The current mud and gravel surface will give way to a compacted
        stone path 2.5m wide. Closures will be done section by section, each
        about half a mile long, and diversions will be signposted along nearby
        roads. Completion is expected by the end of September, provided the
        weather allows. The route carries around 1,200 cyclists and walkers
        daily, according to transport cabinet member Rajiv Menon, but becomes
        "almost impassable" after heavy rain.'''),
        errors=[],
        traps=[
            TR("A government active travel grant is covering two-thirds of the "
               "£640,000 cost",
               "two-thirds of which is funded by a government active travel "
               "grant"),
            TR("2.5m wide", "2.5 metres wide"),
            TR("section by section, each about half a mile long",
               "in sections of roughly half a mile at a time"),
            TR("provided the weather allows", "weather permitting"),
            TR("around 1,200 cyclists and walkers daily",
               "about 1,200 cyclists and walkers a day"),
        ]),
    # 3 ---------------------------------------------------------------
    dict(
        domain="sheep dip licensing", mode="rewrite",
        reference=t('''Farmers in the Calder Fells district who use
        organophosphate sheep dip will need a new operator's licence from 1
        January, the Fells Environment Agency announced on Thursday. The agency
        said inspections last year found that 23 of 140 farms tested had
        allowed dip waste to reach streams. Under the new rules, anyone
        handling concentrated dip must complete a one-day safe use course, and
        disposal sites must be at least 50 metres from any watercourse.
        Licences will cost £85 and last for five years. Farmers who dip without
        a licence could face fines of up to £5,000. The Calder Fells Farmers'
        Union said it supported stronger controls but warned that the course
        fee of £120 would hit smaller flocks hardest.'''),
        candidate=t('''From 1 January, farmers in the Calder Fells district
        will require a new operator's licence if they use organophosphate sheep
        dip, the Fells Environment Agency said on Thursday. Inspections carried
        out last year showed that dip waste had reached streams at nearly a
        quarter of the 140 farms tested, according to the agency. The new rules
        mean anyone who handles dip will have to complete a one-day safe use
        course, while disposal sites must be no closer than 50 metres to a
        watercourse. A licence will cost £85 and be valid for five years, and
        farmers dipping without one risk fines of up to £5,000. The Calder
        Fells Farmers' Union backed tougher controls but warned that smaller
        flocks would be hit hardest by the £120 course fee.'''),
        errors=[
            E("nearly a quarter of the 140 farms", "number", "major",
              "23 of 140 farms"),
            OM("concentrated", "major", before="dip will have to"),
        ],
        traps=[
            TR("no closer than 50 metres to a watercourse",
               "at least 50 metres from any watercourse"),
            TR("risk fines of up to £5,000", "could face fines of up to £5,000"),
        ]),
    # 4 ---------------------------------------------------------------
    dict(
        domain="hedge laying competition", mode="rewrite",
        reference=t('''More than 60 competitors from across the region took part
        in the 38th Orlwick Hedge Laying Championship on Saturday, held on
        farmland at Stainby Grange near Orlwick. Entrants had five hours to lay
        a ten-metre length of hawthorn hedge in the Midland style, and were
        judged on neatness, strength and how well the hedge would regrow. The
        open class was won by Tomas Verrill, 54, a contractor from Felham, who
        also took the title in 2019. Second place went to last year's winner,
        Ruth Oakden. Organisers said the number of entrants under 25 had
        doubled since 2022, which they credited to free training days run by
        the Orlwick Rural Skills Trust. Proceeds from the event will go to the
        local air ambulance.'''),
        candidate=t('''Farmland at Stainby Grange, near Orlwick, hosted
        Saturday's 38th Orlwick Hedge Laying Championship, which drew over 60
        competitors from around the region. Each entrant was given five hours
        to lay 10 metres of hawthorn hedge in the Midland style, with judges
        marking neatness, strength and how well the hedge would grow back.
        Felham contractor Tomas Verrill, 54, won the open class, a title he
        also claimed in 2019, ahead of Ruth Oakden, last year's winner, who
        came second. The organisers said twice as many under-25s had entered
        as in 2022, crediting free training days put on by the Orlwick Rural
        Skills Trust. Money raised will be donated to the local air
        ambulance.'''),
        errors=[],
        traps=[
            TR("over 60 competitors", "More than 60 competitors"),
            TR("10 metres of hawthorn hedge",
               "a ten-metre length of hawthorn hedge"),
            TR("how well the hedge would grow back",
               "how well the hedge would regrow"),
            TR("twice as many under-25s had entered as in 2022",
               "the number of entrants under 25 had doubled since 2022"),
            TR("Money raised will be donated to the local air ambulance",
               "Proceeds from the event will go to the local air ambulance"),
        ]),
    # 5 ---------------------------------------------------------------
    dict(
        domain="ferry timetable change", mode="translation",
        reference=t('''From 1 March the ferry between Skarvøy and the mainland
        port of Lindvik will run every 40 minutes instead of every half hour
        during the day, the operator Fjordlinje Vest announced on Monday. The
        company said the change was needed because one of its two vessels, the
        MF Håkon, must go to the shipyard for engine repairs that will take
        around ten weeks. The last evening departure from Lindvik will be moved
        from 23:30 to 22:50. Island residents' association chair Ingrid Solheim
        called the reduction "regrettable but understandable" and asked the
        operator to put on an extra sailing on Friday evenings. The county
        council, which funds the route, said normal service should return in
        mid-May.'''),
        candidate=t('''Fjordlinje Vest, which operates the ferry between Skarvøy
        and the mainland harbour at Lindvik, said on Monday that daytime
        crossings will leave every 40 minutes rather than every 30 from 1
        March. According to the company, the change is necessary because the MF
        Håkon, one of its two ships, has to be taken to a shipyard to have its
        engine repaired, work that will take about ten weeks. The final evening
        sailing from Lindvik will leave at 10.50 pm rather than 11.30 pm.
        Ingrid Solheim, who heads the islanders' residents' association,
        described the cut as "unfortunate, but understandable" and urged the
        operator to add an extra departure on Friday evenings. Normal service
        is likely to resume in the middle of May, according to the county
        council, which pays for the route.'''),
        errors=[],
        traps=[
            TR("every 40 minutes rather than every 30",
               "every 40 minutes instead of every half hour"),
            TR("10.50 pm rather than 11.30 pm", "from 23:30 to 22:50"),
            TR("unfortunate, but understandable",
               "regrettable but understandable"),
            TR("in the middle of May", "in mid-May"),
            TR("which pays for the route", "which funds the route"),
        ]),
    # 6 ---------------------------------------------------------------
    dict(
        domain="pier restoration appeal", mode="summary",
        reference=t('''A public appeal to save Marlow Sands pier has raised
        £412,000 in its first three months, the Marlow Sands Pier Trust said
        yesterday. The trust needs £1.6 million in total to repair the
        Victorian structure, which has been closed since storms in January
        damaged 30 of its cast-iron piles. Engineers have warned that without
        repairs the seaward end could collapse within two winters. The National
        Heritage Fund has promised £750,000 if the trust can raise the rest by
        the end of next year. Trust chair Dennis Halloran said donations had
        come from 19 countries, many from people who had visited the pier as
        children. A fundraising concert will be held on the promenade on 14
        August.'''),
        candidate=t('''Marlow Sands pier's restoration appeal has raised
        £412,000 in three months towards the £1.6 million the trust needs. The
        Victorian pier has been shut since January storms damaged 19 of its
        cast-iron piles, and engineers warn that, without repairs, its seaward
        end could collapse within two winters. The National Heritage Fund has
        pledged £750,000 if the rest is raised by the end of next year.
        Donations have come from 19 countries, and the pier has been shut since
        January storms. A fundraising concert is planned for 14 August.'''),
        errors=[
            E("19 of its cast-iron piles", "number", "major",
              "30 of its cast-iron piles"),
            E("pier has been shut since January storms", "repetition", "minor",
              None, occ=1),
        ],
        traps=[
            TR("pledged £750,000", "promised £750,000"),
        ]),
    # 7 ---------------------------------------------------------------
    dict(
        domain="lido reopening", mode="summary",
        reference=t('''Castlebridge Lido will reopen to swimmers on Saturday 24
        May after a two-year, £3.4 million refurbishment, Castlebridge Borough
        Council has announced. The 1930s open-air pool, which closed in 2023
        after cracks were found in its concrete basin, has been relined, and
        its changing rooms rebuilt. New solar panels on the café roof will heat
        the water to around 24C, compared with an average of 18C before the
        works. Adult tickets will cost £6.50, with free entry for under-fives
        and half-price tickets for residents on a leisure card. The lido will
        open from 7am to 7pm daily until the end of September. Councillor Amira
        Shah said more than 2,000 people had already joined the mailing list
        for early-morning swims.'''),
        candidate=t('''After a £3.4m refurbishment lasting two years,
        Castlebridge's 1930s open-air lido reopens on 24 May. Its cracked
        concrete basin has been relined and the changing rooms rebuilt, and
        solar panels will now warm the water to roughly 24C, up from an average
        of 18C. Adults will pay £6.50; under-fives go free and residents with a
        leisure card pay half price. It will open 7am-7pm every day until the
        end of September.'''),
        errors=[],
        traps=[
            TR("£3.4m refurbishment lasting two years",
               "two-year, £3.4 million refurbishment"),
            TR("roughly 24C", "around 24C"),
            TR("up from an average of 18C",
               "compared with an average of 18C before the works"),
            TR("under-fives go free", "free entry for under-fives"),
            TR("7am-7pm every day", "from 7am to 7pm daily"),
        ]),
    # 8 ---------------------------------------------------------------
    dict(
        domain="bowling green closure", mode="rewrite",
        reference=t('''Pelham Park bowling green will close permanently at the
        end of the season on 30 September, Fenwold City Council confirmed on
        Wednesday. The council said the green cost £18,000 a year to maintain
        but was used by only 31 paying members, compared with more than 120 a
        decade ago. The Pelham Park Bowls Club, founded in 1926, has been
        offered space at the council's indoor centre on Ridley Road for the
        winter, and members will be able to use the green at Corby Lane, two
        miles away, from next April. Club secretary Maureen Fitch said members
        were "heartbroken" and would ask councillors to reconsider at a meeting
        next month. The council has not yet decided how the site will be
        used.'''),
        candidate=t('''Fenwold City Council confirmed on Wednesday that the
        bowling green in Pelham Park will shut for good when the season ends on
        30 September. According to the council, maintaining the green costs
        £18,000 a year, yet only 31 paying members use it, down from over 120
        ten years ago. The Pelham Park Bowls Club, which was formed in 1926,
        has been offered space for the winter at the council's indoor centre on
        Ridley Road, and members will be able to play on the Corby Lane green,
        two miles away, until next April. Maureen Fitch, the club's secretary,
        said members were "heartbroken" and would urge councillors to think
        again at a meeting next month. No decision has yet been made on the
        site's future use.'''),
        errors=[
            E("until next April", "date", "major", "from next April"),
        ],
        traps=[
            TR("shut for good", "close permanently"),
            TR("down from over 120 ten years ago",
               "compared with more than 120 a decade ago"),
        ]),
    # 9 ---------------------------------------------------------------
    dict(
        domain="allotment rent rise", mode="rewrite",
        reference=t('''Allotment rents in Tollbury will rise by 40% from October,
        the town council's finance committee agreed on Tuesday night. A
        standard 250-square-metre plot will cost £70 a year, up from £50, while
        half plots will go up from £25 to £35. Plot holders aged over 65 or
        receiving benefits will continue to pay half the standard rate. The
        council said rents had not changed since 2016, and that water charges
        for its eleven sites had almost tripled over that period. The Tollbury
        Allotment Society, which represents about 600 tenants, said it accepted
        an increase was needed but had asked for it to be phased in over two
        years. That request was rejected by five votes to three.'''),
        candidate=t('''Tollbury town council's finance committee voted on
        Tuesday night to raise allotment rents by 40 per cent from October. The
        annual charge for a standard plot of 250 square metres will rise from
        £50 to £70, and half plots will increase to £35 from £25. Tenants over
        65 or on benefits will still pay 50% of the standard rate. Rents had
        been frozen since 2016, the council said, while over the same period
        water charges for its 11 sites had nearly trebled. The Tollbury
        Allotment Society, which speaks for around 600 tenants, accepted that a
        rise was necessary but had asked for it to be introduced in stages over
        two years; that request was turned down by five votes to three.'''),
        errors=[],
        traps=[
            TR("40 per cent", "40%"),
            TR("still pay 50% of the standard rate",
               "continue to pay half the standard rate"),
            TR("Rents had been frozen since 2016",
               "rents had not changed since 2016"),
            TR("nearly trebled", "almost tripled"),
            TR("introduced in stages over two years",
               "phased in over two years"),
        ]),
    # 10 --------------------------------------------------------------
    dict(
        domain="crematorium upgrade", mode="summary",
        reference=t('''Work to replace the two cremators at Hollins Vale
        Crematorium will start in January and last around seven months,
        Brayford Council said on Friday. The £2.9 million project will also fit
        filtration equipment to cut mercury emissions, which the council is
        legally required to reduce by 2027. During the works one cremator will
        remain in use at all times, so services will continue, but the number
        of daily slots will fall from twelve to seven. Families may be offered
        times at the council's second crematorium at Eastmoor, eight miles
        away. The chapel will also be redecorated and a new car park with 40
        spaces built. Fees will not rise as a result of the project, the
        council said.'''),
        candidate=t('''Brayford Council will spend £2.9m replacing both
        cremators at Hollins Vale Crematorium and fitting filters to reduce
        mercury emissions, as the law requires by 2027. The roughly
        seven-month project starts in January; services will carry on because
        one cremator will always be working, though daily slots will drop from
        12 to seven. Fees will not go up because of the work.'''),
        errors=[],
        traps=[
            TR("replacing both cremators", "replace the two cremators"),
            TR("roughly seven-month project", "last around seven months"),
            TR("one cremator will always be working",
               "one cremator will remain in use at all times"),
            TR("from 12 to seven", "from twelve to seven"),
            TR("Fees will not go up because of the work",
               "Fees will not rise as a result of the project"),
        ]),
    # 11 --------------------------------------------------------------
    dict(
        domain="library self-service kiosks", mode="rewrite",
        reference=t('''Self-service kiosks will be installed in all nine of
        Ashgrove County's public libraries by the end of March, allowing users
        to borrow and return books without queuing at the counter. The county's
        libraries service said the £215,000 machines would free staff to run
        more children's activities and digital skills sessions, and insisted
        that no jobs would be cut. Opening hours will not change. A pilot at
        Ashgrove Central Library last year found that around 70% of loans were
        made through the kiosks within six months. Unison branch secretary Carl
        Beddow said the union would "watch closely" to ensure staffed counters
        remained open, particularly for older residents who were less confident
        with technology.'''),
        candidate=t('''By the end of March, every one of Ashgrove County's nine
        public libraries will have self-service kiosks, letting people borrow
        and return books without having to queue at the counter. The machines,
        costing £215,000, will give staff more time for children's activities
        and digital skills sessions, according to the county's libraries
        service, which insisted there would be no job losses. There will be no
        change to opening hours. When the kiosks were trialled at Ashgrove
        Central Library last year, roughly seven in ten loans were being made
        through them within six months. Carl Beddow, Unison's branch secretary,
        said the union would "watch closely" to make sure staffed counters
        stayed open, especially for older residents less confident with
        technology.'''),
        errors=[],
        traps=[
            TR("every one of Ashgrove County's nine public libraries",
               "all nine of Ashgrove County's public libraries"),
            TR("there would be no job losses", "no jobs would be cut"),
            TR("There will be no change to opening hours",
               "Opening hours will not change"),
            TR("When the kiosks were trialled at Ashgrove Central Library last "
               "year", "A pilot at Ashgrove Central Library last year"),
            TR("roughly seven in ten loans", "around 70% of loans"),
        ]),
    # 12 --------------------------------------------------------------
    dict(
        domain="museum loan dispute", mode="summary",
        reference=t('''The Greyhaven Museum has refused to return a 17th-century
        silver altar set lent to it by St Ederyn's Cathedral, saying the
        cathedral cannot guarantee the objects' security. The cathedral's
        chapter lent the set in 2015 for a five-year exhibition and has asked
        for it back three times since 2021. Museum director Priya Kellaway said
        a review had found the cathedral's treasury lacked alarms and climate
        control, and that the museum would return the items once those were
        installed. The Dean of St Ederyn's, the Very Rev Martin Coyle, accused
        the museum of "holding our heritage hostage" and said the chapter was
        taking legal advice. The set is insured for £1.1 million.'''),
        candidate=t('''The Greyhaven Museum is refusing to return a
        17th-century silver altar set, insured for £1.1m, to St Ederyn's
        Cathedral, which lent it in 2015 for a five-year exhibition. The museum
        says the cathedral's treasury lacks alarms and climate control and will
        hand the set back once these are fitted. The museum has accused the
        cathedral of "holding our heritage hostage", and the chapter is taking
        legal advice.'''),
        errors=[
            E("museum has accused the cathedral", "role", "major",
              "Martin Coyle, accused the museum"),
        ],
        traps=[
            TR("insured for £1.1m", "insured for £1.1 million"),
            TR("will hand the set back once these are fitted",
               "would return the items once those were installed"),
        ]),
    # 13 --------------------------------------------------------------
    dict(
        domain="organ builder insolvency", mode="summary",
        reference=t('''Harrowgate & Lusk, one of the oldest organ-building firms
        in the country, has gone into administration with the loss of 22 jobs,
        administrators from Pennant Restructuring confirmed on Monday. The
        company, founded in 1851, had been working on contracts for three
        cathedrals and a concert hall when it ran into cash-flow problems after
        a customer in Norway cancelled a £1.3 million order. Administrator
        Joanna Reece said seven staff had been kept on to complete the
        restoration of the organ at Wexbury Cathedral, which is 80% finished.
        She said there had been "encouraging interest" from potential buyers
        for the business and its workshop in Ellerby. Customers who paid
        deposits have been asked to contact the administrators.'''),
        candidate=t('''Organ builder Harrowgate & Lusk, founded in 1851, has
        entered administration with 22 jobs lost. The firm, which had contracts
        for three cathedrals and a concert hall, ran into cash-flow
        difficulties after a customer in Norway failed to pay for a £1.3m
        order. Seven staff have been retained to finish restoring Wexbury
        Cathedral's organ, which is 80% complete. Administrators report
        encouraging interest from potential buyers, and a sale is expected
        within weeks.'''),
        errors=[
            E("failed to pay for a £1.3m order", "event", "major",
              "cancelled a £1.3 million order"),
            E("a sale is expected within weeks", "addition", "major", None),
        ],
        traps=[
            TR("Seven staff have been retained",
               "seven staff had been kept on"),
        ]),
    # 14 --------------------------------------------------------------
    dict(
        domain="choir school closure", mode="summary",
        reference=t('''St Aldric's Choir School in Thornmouth will close in July
        next year after 140 years, its governors announced on Tuesday, citing
        falling pupil numbers and the cost of repairing its listed building.
        The independent school, which educates the boy and girl choristers of
        Thornmouth Minster, has 58 pupils, down from 112 in 2015. Governors
        said repairs to the roof and heating would cost an estimated £4
        million, which the school could not afford. The minster said its choir
        would continue, with choristers to be educated at Thornmouth Grammar
        School under an agreement to be finalised by Easter. Parents were told
        of the decision at a meeting on Monday evening. Head teacher Laura
        Pennock said staff would help every family find a new place.'''),
        candidate=t('''Thornmouth's St Aldric's Choir School, which educates
        Thornmouth Minster's choristers, will close in July next year after 140
        years. Governors blamed a fall in pupils, from 112 in 2015 to 58 now,
        and the estimated £4m cost of repairs to its listed building, which the
        school cannot afford. The minster's choir will carry on, with
        choristers to be taught at Thornmouth Grammar School under a deal due
        to be finalised by Easter.'''),
        errors=[],
        traps=[
            TR("a fall in pupils, from 112 in 2015 to 58 now",
               "has 58 pupils, down from 112 in 2015"),
            TR("£4m", "£4 million"),
            TR("will carry on", "would continue"),
            TR("a deal due to be finalised by Easter",
               "an agreement to be finalised by Easter"),
        ]),
    # 15 --------------------------------------------------------------
    dict(
        domain="model railway exhibition", mode="rewrite",
        reference=t('''The Kestwick Model Railway Society will hold its annual
        exhibition at the Kestwick Corn Exchange on 8 and 9 November, featuring
        26 layouts from clubs across the north of England and Scotland. The
        centrepiece will be a 30-foot replica of Kestwick station as it looked
        in 1958, built by society members over eleven years. Entry costs £8 for
        adults and £4 for children, and a family ticket for two adults and up
        to three children is £20. Society chairman Graham Tully said last
        year's show attracted around 3,500 visitors and raised £9,000 for the
        society's new clubhouse. Doors open at 10am on both days. There will be
        no on-site parking, and visitors are advised to use the park-and-ride
        from Moorgate.'''),
        candidate=t('''Twenty-six layouts, brought by clubs from across the
        north of England and Scotland, will be on show at the Kestwick Model
        Railway Society's annual exhibition, taking place at the Kestwick Corn
        Exchange on 8-9 November. Its centrepiece is a 30ft model of Kestwick
        station as it appeared in 1958, which society members spent eleven
        years building. Adults pay £8 and children £4, while a family ticket
        covering two adults and as many as three children costs £20. According
        to society chairman Graham Tully, around 3,500 people visited last
        year's show, which raised £9,000 towards the society's new clubhouse.
        The doors open at 10am each day. Visitors are advised to use the
        Moorgate park-and-ride, as there is no parking on site.'''),
        errors=[],
        traps=[
            TR("Twenty-six layouts", "26 layouts"),
            TR("on 8-9 November", "on 8 and 9 November"),
            TR("30ft model", "30-foot replica"),
            TR("as many as three children", "up to three children"),
            TR("there is no parking on site", "There will be no on-site parking"),
        ]),
    # 16 --------------------------------------------------------------
    dict(
        domain="pigeon racing ban", mode="rewrite",
        reference=t('''Pigeon racing has been suspended across the Lowmarsh
        region for at least six weeks after an outbreak of avian paramyxovirus
        was confirmed at a loft in Denby Cross, the Lowmarsh Animal Health
        Office said on Saturday. All races, shows and bird sales in the region
        are banned until further notice, and fanciers must keep birds confined
        to their lofts. The office said the strain posed no risk to humans. The
        Lowmarsh Pigeon Federation, which had 14 races scheduled before the end
        of August, said it would refund entry fees. Federation secretary Alan
        Brierley said the outbreak was believed to have come from a bird that a
        Denby Cross fancier bought from a dealer in Hartsfield in June.
        Vaccination of racing pigeons has been compulsory in the region since
        2019.'''),
        candidate=t('''The Lowmarsh Animal Health Office said on Saturday that
        pigeon racing across the region had been suspended for a minimum of six
        weeks following confirmation of avian paramyxovirus at a loft in Denby
        Cross. Races, shows and sales of birds are banned throughout the region
        until further notice, and fanciers have to keep their birds shut in
        their lofts. According to the office, the strain poses no risk to
        people. The Lowmarsh Pigeon Federation, which had 14 races planned
        before the end of August, said it would refund entry fees. Its
        secretary, Alan Brierley, said the outbreak came from a bird that a
        dealer in Hartsfield bought from a Denby Cross fancier in June. Racing
        pigeons in the region have had to be vaccinated since 2019.'''),
        errors=[
            E("the outbreak came from a bird", "modality", "major",
              "the outbreak was believed to have come from a bird"),
            E("a dealer in Hartsfield bought from a Denby Cross fancier", "role",
              "major", "a Denby Cross fancier bought from a dealer in Hartsfield"),
        ],
        traps=[
            TR("for a minimum of six weeks", "for at least six weeks"),
            TR("Racing pigeons in the region have had to be vaccinated since 2019",
               "Vaccination of racing pigeons has been compulsory in the region "
               "since 2019"),
        ]),
    # 17 --------------------------------------------------------------
    dict(
        domain="dog show judging row", mode="rewrite",
        reference=t('''The Amberleigh Canine Society has suspended a judge from
        its championship show after complaints that she awarded Best in Show to
        a dog owned by her business partner. The society said on Wednesday that
        an independent panel would review the result, and that the winning
        Irish setter, Sheercrest Marigold, would keep its title until the
        review was complete. The judge, who has not been named, has denied any
        wrongdoing. More than 40 exhibitors signed a letter of complaint after
        the show in Pendle Hall on 3 May, which attracted about 1,800 dogs.
        Society chairman Colin Ashby said the rules required judges to declare
        any conflict of interest before the show, and that this "appears not to
        have happened".'''),
        candidate=t('''A judge at the Amberleigh Canine Society's championship
        show has been suspended following complaints that she gave Best in
        Show to a dog belonging to her business partner. An independent panel
        will look at the result, the society announced on Wednesday, but the
        winner, an Irish setter called Sheercrest Marigold, will hold on to its
        title until that review is finished. The unnamed judge denies having
        done anything wrong. Over 40 exhibitors put their names to a letter of
        complaint after the 3 May show at Pendle Hall, which drew roughly 1,800
        dogs. Colin Ashby, the society's chairman, said judges were required
        under the rules to declare any conflict of interest in advance of the
        show, something that "appears not to have happened".'''),
        errors=[],
        traps=[
            TR("An independent panel will look at the result",
               "an independent panel would review the result"),
            TR("will hold on to its title", "would keep its title"),
            TR("The unnamed judge denies having done anything wrong",
               "The judge, who has not been named, has denied any wrongdoing"),
            TR("put their names to", "signed"),
            TR("in advance of the show", "before the show"),
        ]),
    # 18 --------------------------------------------------------------
    dict(
        domain="falconry licence", mode="rewrite",
        reference=t('''Falconers who fly birds of prey at public events in
        Dunholm will need a licence from the county council from 1 April, under
        new rules approved by the council's licensing committee on Thursday.
        The licence will cost £140 a year and require handlers to hold public
        liability insurance of at least £5 million. Birds must be flown only
        within a fenced area at least 30 metres from spectators. The rules
        follow an incident at the Dunholm Show last August in which a Harris's
        hawk escaped and injured a child's hand. Falconers flying birds on
        private land for hunting or pest control will not need a licence. The
        Dunholm Falconry Club said the rules were "sensible" and that most of
        its members already held suitable insurance.'''),
        candidate=t('''From 1 April, falconers flying birds of prey at public
        events in Dunholm must be licensed by the county council, after the
        council's licensing committee approved new rules on Thursday. The
        annual licence fee will be £140, and handlers will have to carry public
        liability cover of no less than £5m. Birds may only be flown inside a
        fenced area at least 30 metres away from spectators. The move follows
        an incident at last August's Dunholm Show, when a Harris's hawk escaped
        and injured a child's hand. The requirement will also apply to
        falconers who fly birds on private land for hunting or pest control.
        The Dunholm Falconry Club called the rules "sensible" and said most of
        its members already had suitable insurance.'''),
        errors=[
            E("The requirement will also apply", "polarity", "critical",
              "will not need a licence"),
        ],
        traps=[
            TR("The annual licence fee will be £140",
               "The licence will cost £140 a year"),
            TR("public liability cover of no less than £5m",
               "public liability insurance of at least £5 million"),
        ]),
    # 19 --------------------------------------------------------------
    dict(
        domain="beekeeping grant", mode="rewrite",
        reference=t('''Beginner beekeepers in the Vale of Perrin can apply for
        grants of up to £400 towards hives and protective equipment under a
        scheme launched on Monday by the Perrin Valley Rural Partnership. The
        £60,000 fund, paid for by the Marden Water Company, aims to support
        about 150 new beekeepers over three years. Applicants must live in the
        vale, complete a ten-week introductory course run by the Perrin
        Beekeepers' Association, and agree to register their hives with the
        national bee health database. Grants will cover up to 75% of eligible
        costs. Partnership manager Sofia Reyes said honeybee colonies in the
        area had fallen by a third since 2010. The first round of applications
        closes on 31 May.'''),
        candidate=t('''The Perrin Valley Rural Partnership on Monday launched a
        scheme offering novice beekeepers in the Vale of Perrin grants of as
        much as £400 towards hives and protective gear. Funded by the Marden
        Water Company, the £60,000 pot is intended to help around 150 new
        beekeepers over three years. To qualify, applicants must be residents
        of the vale, finish a ten-week introductory course run by the Perrin
        Beekeepers' Association and agree to register their hives with the
        national bee health database. No more than three-quarters of eligible
        costs will be covered. The number of honeybee colonies in the area has
        dropped by a third since 2010, according to partnership manager Sofia
        Reyes. The deadline for the first round of applications is 31
        May.'''),
        errors=[],
        traps=[
            TR("grants of as much as £400", "grants of up to £400"),
            TR("Funded by the Marden Water Company",
               "paid for by the Marden Water Company"),
            TR("must be residents of the vale", "must live in the vale"),
            TR("No more than three-quarters of eligible costs will be covered",
               "Grants will cover up to 75% of eligible costs"),
            TR("The deadline for the first round of applications is 31 May",
               "The first round of applications closes on 31 May"),
        ]),
    # 20 --------------------------------------------------------------
    dict(
        domain="honey adulteration test", mode="translation",
        reference=t('''Laboratory tests commissioned by the consumer
        organisation Konsument Plus have found that seven of 30 jars of honey
        bought in supermarkets in Poland contained added sugar syrup. The
        organisation said on Tuesday that five of the adulterated products were
        labelled as "Polish honey" but were in fact blends that included
        imported honey. The tests were carried out by the independent Wrocław
        laboratory Apilab using isotope analysis. None of the samples posed a
        health risk, the laboratory stressed. Konsument Plus has passed its
        results to the food safety inspectorate and called for stricter
        labelling rules. Beekeepers' association president Marek Zielny said
        the findings confirmed what producers had suspected for years: that
        cheap syrup-based honey was driving down prices.'''),
        candidate=t('''Of 30 jars of honey purchased in Polish supermarkets,
        seven had been mixed with sugar syrup, according to laboratory analyses
        ordered by the consumer group Konsument Plus. Five of the adulterated
        products carried a "Polish honey" label even though they were actually
        blends containing imported honey, the group reported on Tuesday.
        Apilab, an independent laboratory in Wrocław, carried out the analyses
        using isotope testing. The laboratory emphasised that none of the
        samples was dangerous to health. Konsument Plus has sent its findings
        to the food safety inspectorate and is demanding tighter labelling
        regulations. According to Marek Zielny, president of the beekeepers'
        association, the results confirm what producers have suspected for
        years – that cheap honey made with syrup is pushing prices down.'''),
        errors=[],
        traps=[
            TR("seven had been mixed with sugar syrup",
               "contained added sugar syrup"),
            TR("Apilab, an independent laboratory in Wrocław",
               "the independent Wrocław laboratory Apilab"),
            TR("none of the samples was dangerous to health",
               "None of the samples posed a health risk"),
            TR("is demanding tighter labelling regulations",
               "called for stricter labelling rules"),
            TR("cheap honey made with syrup is pushing prices down",
               "cheap syrup-based honey was driving down prices"),
        ]),
    # 21 --------------------------------------------------------------
    dict(
        domain="cider orchard grant", mode="translation",
        reference=t('''The regional government of Asturias will give grants
        worth a total of €2.4 million to cider producers who plant new apple
        orchards using traditional local varieties, the agriculture department
        announced on Wednesday. Producers can receive up to €9,000 per hectare,
        provided they plant at least half a hectare and keep the trees for a
        minimum of 15 years. The scheme is expected to lead to around 300
        hectares of new orchards by 2028. According to the department, local
        cider makers currently import about 40% of their apples from other
        regions and from France. The cider producers' association Sidra Norte
        welcomed the measure but said the application process, which closes on
        15 October, was too complicated for small family farms.'''),
        candidate=t('''Cider makers that plant new apple orchards with
        traditional local varieties will be eligible for grants totalling 2.4
        million euros from the Asturian regional government, its department of
        agriculture said on Wednesday. Up to 9,000 euros can be awarded per
        hectare, on condition that at least 0.5 hectares are planted and the
        trees kept for no less than 15 years. The programme is expected to
        result in roughly 300 hectares of new orchards by 2028. At present,
        the department says, about two-fifths of the apples used by local cider
        makers are brought in from other regions and from France. Sidra Norte,
        the association of cider producers, welcomed the initiative, but said
        that applying – possible until 15 October – was too complicated for
        small family farms.'''),
        errors=[],
        traps=[
            TR("2.4 million euros", "€2.4 million"),
            TR("at least 0.5 hectares", "at least half a hectare"),
            TR("no less than 15 years", "a minimum of 15 years"),
            TR("about two-fifths of the apples", "about 40% of their apples"),
            TR("possible until 15 October", "which closes on 15 October"),
        ]),
    # 22 --------------------------------------------------------------
    dict(
        domain="vineyard frost damage", mode="translation",
        reference=t('''A night of severe frost on 8 April destroyed up to 60% of
        the young buds in vineyards around the town of Saint-Aubrac, the local
        winegrowers' union said on Thursday. Temperatures fell to minus 5C
        shortly before dawn, despite growers lighting thousands of paraffin
        candles between the vines. Union president Hélène Marsac said white
        grape varieties, which bud earlier, had been hit hardest. She estimated
        losses for the area's 210 estates at more than €30 million. The
        regional council has promised emergency aid, and the union has asked
        the agriculture ministry to recognise the frost as a natural disaster,
        which would allow growers to claim compensation. Last year's harvest
        was already 20% below average because of hail.'''),
        candidate=t('''Up to 60 per cent of young buds in the vineyards
        surrounding Saint-Aubrac were destroyed by a night of hard frost on 8
        April, the local wine growers' union announced on Thursday. Although
        growers lit thousands of paraffin candles among the vines, the
        temperature dropped to five degrees below zero just before daybreak.
        White grape varieties, which bud earlier, suffered most, according to
        union president Hélène Marsac, who put the losses of the area's 210
        estates at over 30 million euros. Emergency aid has been promised by
        the Ministry of Agriculture, and the union has asked the ministry to
        classify the frost as a natural disaster so that growers can claim
        compensation. Hail had already left last year's harvest 20 per cent
        below average.'''),
        errors=[
            E("the Ministry of Agriculture", "entity", "major",
              "The regional council"),
        ],
        traps=[
            TR("five degrees below zero", "minus 5C"),
            TR("at over 30 million euros", "at more than €30 million"),
            TR("Hail had already left last year's harvest 20 per cent below "
               "average",
               "Last year's harvest was already 20% below average because of "
               "hail"),
        ]),
    # 23 --------------------------------------------------------------
    dict(
        domain="hop harvest shortfall", mode="translation",
        reference=t('''Czech hop growers expect this year's harvest to be about a
        quarter smaller than last year's after a hot, dry summer, the Hop
        Growers' Union in Žatec said on Monday. The union estimates the crop at
        around 5,200 tonnes, compared with 6,900 tonnes in 2023. Yields of the
        aromatic Saaz variety, which makes up most of the country's hop area,
        have been particularly poor on farms without irrigation. Union chairman
        Pavel Dvorský said prices on the spot market had already risen by about
        30% since July, but most growers sell under long-term contracts and
        would not benefit. Several breweries have told the union they may have
        to change recipes. Growers are calling for state support to install
        drip irrigation.'''),
        candidate=t('''This year's Czech hop harvest will probably be roughly 25
        per cent lower than last year's following a hot and dry summer,
        according to the Hop Growers' Union in Žatec, which issued its estimate
        on Monday. It puts the crop at approximately 5,200 tonnes, against
        6,900 tonnes in 2023. Farms that do not irrigate have seen especially
        poor yields of Saaz, the aromatic variety grown on most of the
        country's hop acreage. Union chairman Pavel Dvorský said spot-market
        prices have already gone up by around 30 per cent since July, but that
        most growers, who sell under long-term contracts, will not profit from
        this. Several breweries have informed the union that they may have to
        raise the price of their beer. Growers want the state to help them
        install drip irrigation.'''),
        errors=[
            E("raise the price of their beer", "event", "major",
              "change recipes"),
        ],
        traps=[
            TR("roughly 25 per cent lower", "about a quarter smaller"),
            TR("most growers, who sell under long-term contracts, will not "
               "profit from this",
               "most growers sell under long-term contracts and would not "
               "benefit"),
        ]),
    # 24 --------------------------------------------------------------
    dict(
        domain="malting plant expansion", mode="rewrite",
        reference=t('''Brennock Maltings is to spend £38 million expanding its
        plant at Carrow Fen, increasing annual capacity from 90,000 to 140,000
        tonnes of malt, the company said on Tuesday. The expansion, which has
        been granted planning permission by North Fen District Council, will
        create 35 permanent jobs and is due to be completed in 2026. Managing
        director Fiona Garside said demand from distillers in Scotland and
        brewers in Europe had grown strongly. The plant will buy an extra
        60,000 tonnes of barley a year, mostly from farms within 50 miles.
        Local residents' group Carrow Fen Watch said it was concerned about
        additional lorry traffic, which the council estimates at around 40
        extra movements a day.'''),
        candidate=t('''Brennock Maltings announced on Tuesday that it will
        invest £38m in expanding its Carrow Fen plant, raising its annual malt
        capacity by 140,000 tonnes. North Fen District Council has already
        given planning permission for the project, which is due to be finished
        in 2026 and will create 35 permanent jobs. According to managing
        director Fiona Garside, demand from distillers in Scotland and brewers
        in Europe has grown strongly. The plant will buy an extra 60,000 tonnes
        of barley a year, most of it from farms within a 50-mile radius.
        Carrow Fen Watch, a local residents' group, said it was concerned about
        additional lorry traffic, estimated by the group at around 40 extra
        movements a day.'''),
        errors=[
            E("by 140,000 tonnes", "number", "major",
              "from 90,000 to 140,000 tonnes"),
            E("estimated by the group", "attribution", "minor",
              "which the council estimates"),
        ],
        traps=[
            TR("invest £38m", "spend £38 million"),
            TR("within a 50-mile radius", "within 50 miles"),
        ]),
    # 25 --------------------------------------------------------------
    dict(
        domain="bakery chain takeover", mode="summary",
        reference=t('''Crumb & Co, the regional bakery chain with 84 shops
        across the Midlands, has agreed to be bought by the food group
        Halverson Foods for £46 million, the companies announced on Friday. The
        deal, which still needs approval from competition regulators, is
        expected to be completed by the end of the year. Halverson said it
        would keep the Crumb & Co brand and had no plans to close shops or the
        company's bakery in Tamworth Lane, which employs 310 people. Crumb & Co
        was founded in 1978 by the Pryor family, who will receive about £30
        million from the sale. Chief executive Neil Pryor will stay on for two
        years to oversee the transition.'''),
        candidate=t('''Food group Halverson Foods is to buy Crumb & Co, which has
        84 Midlands shops, in a £46m deal likely to be completed by the end of
        the year, subject to approval by competition regulators. Halverson says
        it will keep the brand and has no plans to close shops or the bakery.
        The founding Pryor family will get around £30m, and chief executive
        Neil Pryor will remain for two years.'''),
        errors=[],
        traps=[
            TR("Halverson Foods is to buy Crumb & Co",
               "has agreed to be bought by the food group Halverson Foods"),
            TR("£46m deal", "for £46 million"),
            TR("likely to be completed", "is expected to be completed"),
            TR("subject to approval by competition regulators",
               "still needs approval from competition regulators"),
            TR("will remain for two years", "will stay on for two years"),
        ]),
    # 26 --------------------------------------------------------------
    dict(
        domain="fishmonger licence", mode="rewrite",
        reference=t('''Harbourside fishmonger Declan Moss has had his street
        trading licence suspended for three months after environmental health
        officers found fish being stored at unsafe temperatures, Portwell
        Borough Council said on Monday. Inspectors visited his stall on Quay
        Street on 12 March following a complaint from a customer who fell ill
        after eating mussels. They found a chiller unit running at 11C, well
        above the legal limit of 5C, and no temperature records for the
        previous fortnight. Mr Moss, who has traded in Portwell for 26 years,
        said the chiller had broken down that morning and that he had ordered a
        replacement. He has 21 days to appeal. The council said it had received
        no previous complaints about the stall.'''),
        candidate=t('''Portwell Borough Council said on Monday that Declan Moss,
        a harbourside fishmonger, has had his street trading licence suspended
        for three months after environmental health officers discovered fish
        being kept at unsafe temperatures. Inspectors went to his Quay Street
        stall on 12 March, prompted by a complaint from a customer who became
        ill after eating prawns. A chiller unit was found to be running at 11C,
        well over the 5C legal limit, and there were no temperature records for
        the preceding two weeks. Mr Moss, a trader in Portwell for 26 years,
        said the chiller had broken down that morning and he had since had it
        repaired. He has three weeks to lodge an appeal. The council said there
        had been no earlier complaints about the stall.'''),
        errors=[
            E("prawns", "entity", "minor", "mussels"),
            E("had since had it repaired", "event", "minor",
              "had ordered a replacement"),
        ],
        traps=[
            TR("the preceding two weeks", "the previous fortnight"),
            TR("three weeks to lodge an appeal", "21 days to appeal"),
        ]),
    # 27 --------------------------------------------------------------
    dict(
        domain="oyster bed closure", mode="translation",
        reference=t('''The prefecture of Charente-Maritime has banned the
        harvesting and sale of oysters from the Marennes-Sud beds for at least
        three weeks, the regional health agency said on Friday. Samples taken
        on 2 December by the Ifrelab laboratory in La Rochelle tested positive
        for norovirus, and the laboratory alerted the health agency two days
        later. Producers must recall any oysters sold since 25 November. The
        agency believes the contamination came from a sewage overflow at the
        treatment plant in Port-Bellec, which was overwhelmed by heavy rain
        last week. Around 40 oyster farms are affected, just weeks before the
        Christmas period, when they make up to half their annual sales. The
        producers' committee said it would seek compensation from the local
        water authority, which runs the plant.'''),
        candidate=t('''Harvesting and selling oysters from the Marennes-Sud beds
        has been prohibited by the Charente-Maritime prefecture for a minimum
        of three weeks, the regional health agency announced on Friday.
        Norovirus was found in samples collected by the Ifrelab laboratory in
        La Rochelle on 2 December, and the health agency alerted the laboratory
        two days later. Any oysters sold from 25 November onwards must be
        recalled by producers. According to the agency, the contamination
        probably originated from sewage that overflowed at the Port-Bellec
        treatment plant after heavy rain swamped it last week. Some 40 oyster
        farms are affected, only a few weeks before Christmas, a period that
        accounts for as much as half of their yearly sales. The producers'
        committee said it would claim compensation from the local water
        authority, which operates the plant.'''),
        errors=[
            E("health agency alerted the laboratory", "role", "major",
              "the laboratory alerted the health agency"),
        ],
        traps=[
            TR("for a minimum of three weeks", "for at least three weeks"),
            TR("as much as half of their yearly sales",
               "up to half their annual sales"),
        ]),
    # 28 --------------------------------------------------------------
    dict(
        domain="seaweed farming permit", mode="translation",
        reference=t('''The Norwegian Directorate of Fisheries has granted
        Tarevekst AS a permit to farm sugar kelp on 12 hectares of sea off the
        island of Hestøy, the company said on Wednesday. It is the largest
        seaweed farming permit issued in the county so far. The company plans
        to put out its first lines in October and harvest in May, and hopes to
        produce around 400 tonnes of kelp a year within three years. Most of
        the crop will be sold to a food manufacturer in Bergen. The permit,
        valid for ten years, requires the company to monitor water quality and
        remove all equipment if the farm closes. A local fishermen's
        association had objected, saying the lines could block a traditional
        fishing ground, but the directorate rejected the complaint.'''),
        candidate=t('''Tarevekst AS announced on Wednesday that it had received
        permission from the Norwegian Directorate of Fisheries to cultivate
        sugar kelp on a 12-hectare area of sea off Hestøy island. It is the
        biggest permit for seaweed farming the county has seen to date. The
        company intends to deploy its first lines in October and harvest in
        May, and hopes to be producing some 400 tonnes of kelp annually within
        three years. The majority of the harvest will be sold to a food
        producer in Bergen. Under the ten-year permit, the company must monitor
        water quality and take away all its equipment should the farm close
        down. A complaint from a local fishermen's association, which argued
        that the lines could obstruct a traditional fishing ground, was
        dismissed by the directorate.'''),
        errors=[],
        traps=[
            TR("a 12-hectare area of sea", "12 hectares of sea"),
            TR("the biggest permit for seaweed farming the county has seen to "
               "date",
               "the largest seaweed farming permit issued in the county so "
               "far"),
            TR("some 400 tonnes of kelp annually",
               "around 400 tonnes of kelp a year"),
            TR("Under the ten-year permit", "The permit, valid for ten years"),
            TR("was dismissed by the directorate",
               "the directorate rejected the complaint"),
        ]),
    # 29 --------------------------------------------------------------
    dict(
        domain="salt marsh restoration", mode="rewrite",
        reference=t('''A 180-hectare salt marsh will be created on the Wenlow
        Estuary by deliberately breaching a sea wall built in the 1950s, the
        Coastal Habitats Agency announced on Thursday. The £7.5 million project
        will allow the tide to flood former farmland at Saltcote, which the
        agency bought in 2021. A new, higher embankment is being built further
        inland to protect homes and the village road. Work on the breach is
        scheduled for next September, after the bird breeding season. The
        agency says the marsh will store carbon, provide feeding grounds for
        wading birds and reduce flood risk upstream by absorbing storm surges.
        Some local farmers opposed the plan, arguing that good grazing land
        should not be given up.'''),
        candidate=t('''The Coastal Habitats Agency said on Thursday that it
        would deliberately breach a 1950s sea wall on the Wenlow Estuary to
        create 180 hectares of salt marsh. Under the £7.5m scheme, the tide
        will be let in over former farmland at Saltcote, bought by the agency
        in 2021. To protect homes and the village road, a new, higher
        embankment is under construction further inland. The breach is due to
        be made next September, once the bird breeding season is over.
        According to the agency, the marsh will lock up carbon, give wading
        birds places to feed and, by soaking up storm surges, cut the risk of
        flooding upstream. The plan was opposed by some local farmers, who
        argued that good grazing land should not be sacrificed.'''),
        errors=[],
        traps=[
            TR("a 1950s sea wall", "a sea wall built in the 1950s"),
            TR("bought by the agency in 2021", "which the agency bought in 2021"),
            TR("is under construction further inland",
               "is being built further inland"),
            TR("once the bird breeding season is over",
               "after the bird breeding season"),
            TR("by soaking up storm surges", "by absorbing storm surges"),
        ]),
    # 30 --------------------------------------------------------------
    dict(
        domain="dune stabilisation", mode="translation",
        reference=t('''Volunteers will plant around 80,000 clumps of marram grass
        on the dunes near the Dutch coastal village of Zeewijk over the next
        two weekends to protect them from erosion, the regional water board
        said on Monday. Storms last winter removed up to four metres of sand
        from the seaward side of the dunes in some places. The grass, whose
        roots bind the sand, is being planted together with brushwood fences
        that trap blown sand. The water board is also spending €1.2 million to
        add 300,000 cubic metres of sand to the beach in the spring. Residents
        have been asked to keep to marked paths, because trampling is one of
        the main causes of damage. Dogs must be kept on a lead in the dunes
        until 1 September.'''),
        candidate=t('''Around 80,000 clumps of marram grass are to be planted by
        volunteers over the coming two weekends on the dunes by Zeewijk, a
        village on the Dutch coast, in order to protect the dunes against
        erosion, the regional water authority announced on Monday. In places,
        last winter's storms stripped as much as four metres of sand from the
        sea side of the dunes. The grass, which binds the sand with its roots,
        is being planted along with brushwood fences that catch windblown sand.
        In spring, the water authority will also put 300,000 cubic metres of
        sand on the beach, at a cost of 1.2 million euros. People living in
        the area have been asked to stay on the marked paths, as trampling is
        among the chief causes of damage. Until 1 September, dogs in the dunes
        must be on a lead.'''),
        errors=[],
        traps=[
            TR("over the coming two weekends", "over the next two weekends"),
            TR("as much as four metres of sand", "up to four metres of sand"),
            TR("at a cost of 1.2 million euros", "spending €1.2 million"),
            TR("People living in the area", "Residents"),
            TR("among the chief causes of damage",
               "one of the main causes of damage"),
        ]),
    # 31 --------------------------------------------------------------
    dict(
        domain="cliff fall warning", mode="rewrite",
        reference=t('''Walkers have been urged to stay away from the base of the
        cliffs between Gullhaven and Redstone Point after a large section of
        cliff collapsed onto the beach on Sunday night. No one was hurt.
        Gullhaven Town Council said further falls were possible over the coming
        weeks as the ground continued to dry out after heavy winter rain. The
        coastal path above the cliffs has been closed for about a mile, with a
        diversion inland. Geologist Dr Imran Qadir, who inspected the site on
        Monday, said a crack up to 40 centimetres wide had opened about five
        metres back from the cliff edge and that the section beyond it "could
        go at any time". The council will review the closure in a
        fortnight.'''),
        candidate=t('''Walkers have been told to keep away from the foot of the
        cliffs between Gullhaven and Redstone Point after a big section of
        cliff fell onto the beach on Sunday night, injuring nobody. According
        to Gullhaven Town Council, more falls will follow over the coming weeks
        as the ground carries on drying out after heavy rain over the winter.
        About a mile of the coastal path along the clifftop has been shut, and
        walkers are being diverted inland. Dr Imran Qadir, a geologist who
        examined the site on Monday, said a crack as much as 40cm wide had
        appeared roughly five metres back from the edge, and that the section
        beyond it "could go at any time". The closure will be reviewed by the
        council in two weeks.'''),
        errors=[
            E("more falls will follow", "modality", "major",
              "further falls were possible"),
        ],
        traps=[
            TR("injuring nobody", "No one was hurt"),
            TR("as much as 40cm wide", "up to 40 centimetres wide"),
            TR("in two weeks", "in a fortnight"),
        ]),
    # 32 --------------------------------------------------------------
    dict(
        domain="landslip road closure", mode="rewrite",
        reference=t('''The B4471 between Ashcombe and Little Tarrant will remain
        closed until at least the end of March after a landslip undermined a
        60-metre section of the carriageway, Westshire County Council said on
        Tuesday. Engineers found that a culvert beneath the road had collapsed
        during January's storms, allowing water to wash away the embankment.
        Repairs are estimated to cost £1.8 million and will involve driving
        steel piles into the hillside. Drivers face a 14-mile diversion via
        Hendon Cross. The council said it was working with bus operator
        Valeline to keep the number 62 service running on a temporary route,
        and that emergency vehicles could still reach Little Tarrant from the
        north.'''),
        candidate=t('''Westshire County Council said on Tuesday that the B4471
        from Ashcombe to Little Tarrant would stay shut until the end of March
        at the earliest, after a landslip undermined 60 metres of the road. A
        culvert under the carriageway collapsed in the January storms,
        engineers discovered, letting water wash the embankment away. The
        repairs, which will mean driving steel piles into the hillside, are
        expected to cost £1.8m. Motorists must follow a 14-mile diversion
        through Hendon Cross. The council said it was working with Valeline,
        the bus operator, to keep the number 62 running on a temporary route,
        and that emergency vehicles were still able to get to Little Tarrant
        from the north.'''),
        errors=[],
        traps=[
            TR("until the end of March at the earliest",
               "until at least the end of March"),
            TR("60 metres of the road", "a 60-metre section of the carriageway"),
            TR("in the January storms", "during January's storms"),
            TR("are expected to cost £1.8m", "are estimated to cost £1.8 million"),
            TR("Motorists must follow a 14-mile diversion through Hendon Cross",
               "Drivers face a 14-mile diversion via Hendon Cross"),
        ]),
    # 33 --------------------------------------------------------------
    dict(
        domain="speed camera revenue", mode="summary",
        reference=t('''Fines from the eight average-speed cameras on the A39
        Merrow bypass raised £2.3 million last year, more than three times the
        £700,000 the cameras cost to install, figures released by Merrow County
        Council show. The council said the money was passed to central
        government and none of it was kept locally. The cameras, installed in
        2022 after eleven deaths on the road in five years, caught 23,400
        drivers in their first full year. There have been no fatal crashes on
        the bypass since. Motorists' group Fair Road said the cameras had
        become "a cash cow", but road safety campaigner Lena Ortiz said the
        figures showed "how many people were still breaking the limit".'''),
        candidate=t('''The eight average-speed cameras on the A39 Merrow bypass
        raised £2.3m in fines last year, over three times their £700,000
        installation cost, council figures show, and the money was kept locally
        by the council. Installed in 2022 after eleven deaths in five years,
        the cameras caught 23,400 drivers in their first full year, and there
        have been no fatal crashes since. A motorists' group calls them "a cash
        cow"; a safety campaigner says the figures show how many people still
        break the limit.'''),
        errors=[
            E("the money was kept locally by the council", "polarity", "major",
              "none of it was kept locally"),
        ],
        traps=[
            TR("over three times their £700,000 installation cost",
               "more than three times the £700,000 the cameras cost to "
               "install"),
        ]),
    # 34 --------------------------------------------------------------
    dict(
        domain="parking permit overhaul", mode="rewrite",
        reference=t('''Residents' parking permits in central Kingsmere will be
        priced according to vehicle emissions from 1 July, under plans approved
        by the city council's cabinet on Monday. Owners of electric cars will
        pay £30 a year, while the most polluting vehicles will cost £220, up
        from a flat rate of £95 for all cars now. Households will be limited to
        two permits, and a third permit, currently available for £180, will be
        scrapped. Visitor permits will remain at £2 a day. The council
        estimates the changes will raise an extra £400,000 a year, to be spent
        on bus services and cycle parking. Opposition councillor Gareth Lyle
        said the plan would penalise families who could not afford to replace
        older cars.'''),
        candidate=t('''From 1 June, residents' parking permits in central
        Kingsmere will be priced on the basis of vehicle emissions, making it
        the first city in the region to link permit charges to pollution, after
        the city council's cabinet approved the plans on Monday. At present all
        cars pay a flat £95; under the new system electric car owners will pay
        £30 a year and the most polluting vehicles £220. Each household will be
        restricted to two permits, with the £180 third permit scrapped. The £2
        daily charge for visitor permits will not change. The council expects
        the changes to bring in an additional £400,000 a year, which will go on
        bus services and cycle parking. Gareth Lyle, an opposition councillor,
        said families unable to afford to replace older cars would be
        penalised.'''),
        errors=[
            E("From 1 June", "date", "major", "from 1 July"),
            E("making it the first city in the region to link permit charges to "
              "pollution", "addition", "minor", None),
        ],
        traps=[
            TR("The £2 daily charge for visitor permits will not change",
               "Visitor permits will remain at £2 a day"),
            TR("bring in an additional £400,000 a year",
               "raise an extra £400,000 a year"),
        ]),
    # 35 --------------------------------------------------------------
    dict(
        domain="bike lane removal", mode="rewrite",
        reference=t('''A segregated cycle lane on Fairbourne Road in Holtham is
        to be removed just 18 months after it was installed, the city's
        transport committee decided on Wednesday. The 1.4-kilometre lane, which
        cost £1.1 million, will be replaced by a painted advisory lane, and the
        kerbs will be taken out to restore a second traffic lane for cars.
        Committee chair Derek Hobbs said traffic queues at peak times had grown
        by up to 40% since the lane opened. Cycling charity Wheelwise said its
        counts showed the number of cyclists on the road had tripled and called
        the decision "a waste of public money". Removing the lane will cost a
        further £350,000. Work will start in the autumn.'''),
        candidate=t('''Holtham's transport committee decided on Wednesday to
        remove the segregated cycle lane on Fairbourne Road, only a year and a
        half after it was put in. The £1.1m, 1.4km lane will be replaced with a
        painted advisory lane, with the kerbs taken out so that a second lane
        of car traffic can be restored. Derek Hobbs, who chairs the committee,
        said peak-time queues had grown by as much as 40% since the lane
        opened. The number of cyclists on the road has tripled, according to
        council counts, and cycling charity Wheelwise called the decision "a
        waste of public money". Taking the lane out will cost another
        £350,000, with work due to begin in the autumn.'''),
        errors=[
            E("according to council counts", "attribution", "major",
              "Wheelwise said its counts showed"),
        ],
        traps=[
            TR("only a year and a half after it was put in",
               "just 18 months after it was installed"),
            TR("by as much as 40%", "by up to 40%"),
        ]),
    # 36 --------------------------------------------------------------
    dict(
        domain="e-scooter trial extension", mode="translation",
        reference=t('''The city council of Valderrosa has extended its rental
        e-scooter trial by a year, until March 2026, the council's mobility
        department said on Thursday. About 1,500 scooters operated by two
        companies, Rodi and Zumo, will remain on the streets, but their maximum
        speed in the old town will be cut from 25 to 15 kilometres per hour.
        Riders must now park in designated bays or face a €30 penalty.
        According to the department, the scooters were used for 2.1 million
        journeys last year, and accidents involving them fell by 12%. However,
        the association of local traders, which opposed the trial from the
        start, said pavements were still blocked by badly parked scooters and
        demanded their withdrawal from the centre.'''),
        candidate=t('''Valderrosa city council is extending its trial of rental
        e-scooters for another year, to March 2026, its mobility department
        announced on Thursday. Some 1,500 scooters run by the two operators,
        Rodi and Zumo, will stay in service, although in the old town their top
        speed will be lowered from 25 to 15 km/h. Users will now have to leave
        scooters in designated parking bays or face a 30-euro fine. The
        operators say the scooters were used for 2.1 million trips last year
        and that accidents involving them were down 12 per cent. The local
        traders' association, however, which has been against the trial from
        the start, complained that badly parked scooters were still blocking
        pavements and called for them to be withdrawn from the centre.'''),
        errors=[
            E("The operators say", "attribution", "major",
              "According to the department"),
        ],
        traps=[
            TR("from 25 to 15 km/h", "from 25 to 15 kilometres per hour"),
            TR("called for them to be withdrawn from the centre",
               "demanded their withdrawal from the centre"),
        ]),
    # 37 --------------------------------------------------------------
    dict(
        domain="taxi rank relocation", mode="translation",
        reference=t('''The main taxi rank at Castelvero railway station will move
        200 metres to Piazza Garibaldi from 3 February while the station
        forecourt is rebuilt, the municipality announced on Tuesday. The new
        rank will have space for 22 taxis, six more than the current one, and a
        covered waiting area for passengers. The work on the forecourt, costing
        €4.6 million, is due to last 14 months. Taxi drivers' cooperative
        RadioTaxi Castelvero said it supported the move but asked for a
        dedicated lane on Via Roma, which leads to the square, to stop taxis
        getting stuck in traffic. Councillor for mobility Chiara Benetti said
        the request would be examined. Signs will direct passengers from the
        station exits to the new rank.'''),
        candidate=t('''From 3 February the principal taxi rank at Castelvero
        railway station will be moved 200 metres to Piazza Garibaldi for the
        duration of the rebuilding of the station forecourt, the city
        authorities said on Tuesday. The new rank will have room for 22 taxis,
        six more than at present, as well as a sheltered waiting area for
        passengers. The forecourt works, which will cost 4.6 million euros, are
        expected to take 14 months. The RadioTaxi Castelvero drivers'
        cooperative backed the relocation but requested a reserved lane on Via
        Garibaldi, the street leading to the square, so that taxis do not get
        stuck in traffic. Chiara Benetti, the councillor responsible for
        mobility, said the request would be looked at. Signs will guide
        passengers from the station exits to the new rank, which will have room
        for 22 taxis.'''),
        errors=[
            E("Via Garibaldi", "entity", "minor", "Via Roma"),
            E("will have room for 22 taxis", "repetition", "minor", None, occ=1),
        ],
        traps=[
            TR("six more than at present", "six more than the current one"),
            TR("a sheltered waiting area", "a covered waiting area"),
        ]),
    # 38 --------------------------------------------------------------
    dict(
        domain="coach station sale", mode="summary",
        reference=t('''Dunmore City Council has agreed to sell the Abbey Street
        coach station to developer Lanford Homes for £8.75 million, ending more
        than 60 years of coach services from the site. The developer plans to
        build 240 flats, 30% of them classed as affordable, along with shops on
        the ground floor. Coaches will move to a new interchange beside Dunmore
        railway station, which is due to open in spring 2026. The old station
        will stay open until the new one is ready, the council said.
        Councillors voted 31 to 17 in favour of the sale on Thursday after a
        three-hour debate. Opponents argued that the interchange, with 12 bays
        instead of the current 18, would be too small.'''),
        candidate=t('''Dunmore councillors voted 31-17 on Thursday to sell the
        Abbey Street coach station, used by coaches for over six decades, to
        Lanford Homes for £8.75m. The developer intends to put up 240 flats,
        three in ten of them affordable, with shops below. Services will move
        to a new 12-bay interchange next to the railway station, due to open in
        spring 2026, and the old station will stay open until the new one is
        ready.'''),
        errors=[],
        traps=[
            TR("voted 31-17", "voted 31 to 17"),
            TR("over six decades", "more than 60 years"),
            TR("£8.75m", "£8.75 million"),
            TR("three in ten of them affordable",
               "30% of them classed as affordable"),
            TR("next to the railway station", "beside Dunmore railway station"),
        ]),
    # 39 --------------------------------------------------------------
    dict(
        domain="airport runway resurfacing", mode="summary",
        reference=t('''Penrith Vale Airport will close its runway overnight for
        11 weeks from 6 January so that it can be resurfaced, the airport's
        operator said on Monday. No flights will operate between 11pm and 6am
        during the works, which will affect four late-evening arrivals a week
        from Spain and Portugal that will be rescheduled to land earlier. The
        £14 million project will replace the asphalt on the 2,300-metre runway
        for the first time since 2004. Chief operating officer Maya Lindqvist
        said the airport might also upgrade its runway lighting during the
        closure if funding was confirmed. Passengers on affected flights will
        be contacted by their airlines.'''),
        candidate=t('''Penrith Vale Airport's runway will shut overnight, 11pm
        to 6am, for 11 weeks from 6 January while it is resurfaced for the
        first time since 2004 in a £14m project. Four late-evening arrivals a
        week from Spain and Portugal will be rescheduled to arrive the
        following morning. The airport will also upgrade its runway lighting
        during the closure. Airlines will contact affected passengers.'''),
        errors=[
            E("to arrive the following morning", "date", "major",
              "to land earlier"),
            E("will also upgrade its runway lighting", "modality", "major",
              "might also upgrade its runway lighting"),
        ],
        traps=[
            TR("Airlines will contact affected passengers",
               "Passengers on affected flights will be contacted by their "
               "airlines"),
        ]),
    # 40 --------------------------------------------------------------
    dict(
        domain="helipad approval", mode="rewrite",
        reference=t('''Plans for a helipad at Tremayne General Hospital have been
        approved by Carnbrook District Council, despite objections from 46
        nearby residents about noise. The landing pad will be built on the roof
        of the hospital's new emergency wing and will allow air ambulances to
        land directly, rather than at a field two miles away. Currently
        patients must be transferred by road ambulance, which can add up to 20
        minutes to their journey. Planning officers recommended approval,
        subject to a condition limiting non-emergency flights to daylight
        hours. The hospital trust said it expected about 300 landings a year.
        Construction will cost £2.2 million, funded by the Tremayne Air
        Ambulance charity, and is due to start in the summer.'''),
        candidate=t('''Carnbrook District Council has approved plans for a
        helipad at Tremayne General Hospital, overriding noise objections from
        46 people living nearby and going against the advice of its planning
        officers. The pad will sit on the roof of the hospital's new emergency
        wing, so air ambulances will be able to land there directly instead of
        at a field two miles away. At present patients have to be taken on by
        road ambulance, which can add as much as 20 minutes to the journey.
        Approval comes with a condition restricting flights to daylight hours.
        The hospital trust said it anticipated around 300 landings a year. The
        £2.2m cost of construction, which is due to begin in the summer, is
        being met by the Tremayne Air Ambulance charity.'''),
        errors=[
            E("going against the advice of its planning officers", "polarity",
              "major", "Planning officers recommended approval"),
            OM("non-emergency", "critical", before="flights to daylight hours"),
        ],
        traps=[
            TR("46 people living nearby", "46 nearby residents"),
            TR("anticipated around 300 landings a year",
               "expected about 300 landings a year"),
        ]),
]

# Expected composition (asserted below; mirrors the docstring).
EXPECTED = {
    "pairs": 40, "consistent": 20, "inconsistent": 20,
    "modes": {"rewrite": (10, 10), "summary": (5, 5), "translation": (5, 5)},
    "errors": 30,
    "types": {"entity": 3, "number": 3, "date": 3, "role": 3, "polarity": 3,
              "modality": 3, "attribution": 3, "event": 3, "omission": 2,
              "addition": 2, "repetition": 2},
    "severities": {"critical": 2, "major": 21, "minor": 7},
    "traps": 137, "traps_consistent": 99, "traps_inconsistent": 38,
}


class Invalid(Exception):
    pass


def nth_find(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def word_ok(s, i):
    """True if offset i does not fall inside a word."""
    if i <= 0 or i >= len(s):
        return True
    return not (s[i - 1].isalnum() and s[i].isalnum())


def words(s):
    return len(re.findall(r"\S+", s))


def locate(cand, text, occ, what):
    if not text:
        raise Invalid("%s: empty text" % what)
    if text != text.strip():
        raise Invalid("%s: text has outer whitespace: %r" % (what, text))
    start = nth_find(cand, text, occ)
    if start < 0:
        raise Invalid("%s: %r (occurrence %d) not found in candidate"
                      % (what, text, occ))
    end = start + len(text)
    if not (word_ok(cand, start) and word_ok(cand, end)):
        raise Invalid("%s: span %r cuts a word" % (what, text))
    return start, end


def build():
    if len(CASES) != EXPECTED["pairs"]:
        raise Invalid("expected %d cases, have %d"
                      % (EXPECTED["pairs"], len(CASES)))
    records = []
    seen_domains = set()
    for n, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET_N, n)
        where = cid + " (" + c["domain"] + ")"
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]
        if c["domain"] not in DOMAINS:
            raise Invalid("%s: domain not in list" % where)
        if c["domain"] in seen_domains:
            raise Invalid("%s: domain used twice" % where)
        seen_domains.add(c["domain"])
        if mode not in MODES:
            raise Invalid("%s: bad mode" % where)
        nw = words(ref)
        if not 70 <= nw <= 190:
            raise Invalid("%s: reference has %d words" % (where, nw))
        if ref == cand:
            raise Invalid("%s: candidate identical to reference" % where)
        if mode == "summary" and not (len(cand) < len(ref)
                                      and words(cand) < nw):
            raise Invalid("%s: summary not shorter than reference" % where)
        for s, nm in ((ref, "reference"), (cand, "candidate")):
            if s != t(s):
                raise Invalid("%s: %s whitespace not normalised" % (where, nm))

        label = "inconsistent" if c["errors"] else "consistent"
        spans = []  # (start, end, what) for the overlap check
        errors = []
        for k, e in enumerate(c["errors"]):
            what = "%s error %d" % (where, k)
            if e["type"] not in ERROR_TYPES:
                raise Invalid("%s: bad type %r" % (what, e["type"]))
            if e["severity"] not in SEVERITIES:
                raise Invalid("%s: bad severity" % what)
            if e["type"] == "omission":
                if mode == "summary":
                    raise Invalid("%s: omission in a summary pair" % what)
                if bool(e["before"]) == bool(e["after"]):
                    raise Invalid("%s: give exactly one anchor" % what)
                if e["before"]:
                    a, _ = locate(cand, e["before"], e["occ"], what)
                    pos = a
                else:
                    _, b = locate(cand, e["after"], e["occ"], what)
                    pos = b
                if not word_ok(cand, pos):
                    raise Invalid("%s: omission point inside a word" % what)
                if e["ref_text"] not in ref:
                    raise Invalid("%s: ref_text not in reference" % what)
                if e["ref_text"].lower() in cand.lower():
                    raise Invalid("%s: omitted words present in candidate"
                                  % what)
                start = end = pos
                text = ""
            else:
                start, end = locate(cand, e["text"], e["occ"], what)
                text = e["text"]
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        raise Invalid("%s: ref_text must be null" % what)
                    if e["type"] == "repetition" and text not in cand[:start]:
                        raise Invalid("%s: repetition has no earlier copy"
                                      % what)
                else:
                    if not e["ref_text"]:
                        raise Invalid("%s: ref_text required" % what)
                    if e["ref_text"] not in ref:
                        raise Invalid("%s: ref_text %r not in reference"
                                      % (what, e["ref_text"]))
                    if text == e["ref_text"]:
                        raise Invalid("%s: text equals ref_text" % what)
                if e["type"] != "repetition" and text in ref:
                    raise Invalid("%s: error text %r occurs verbatim in "
                                  "reference" % (what, text))
            assert cand[start:end] == text
            spans.append((start, end, what))
            errors.append({"start": start, "end": end, "text": text,
                           "type": e["type"], "severity": e["severity"],
                           "ref_text": e["ref_text"]})

        traps = []
        for k, tr in enumerate(c["traps"]):
            what = "%s trap %d" % (where, k)
            start, end = locate(cand, tr["text"], tr["occ"], what)
            if tr["ref_text"] not in ref:
                raise Invalid("%s: ref_text %r not in reference"
                              % (what, tr["ref_text"]))
            if tr["text"] == tr["ref_text"] or tr["text"] in ref:
                raise Invalid("%s: trap text not reworded" % what)
            spans.append((start, end, what))
            traps.append({"start": start, "end": end, "text": tr["text"],
                          "ref_text": tr["ref_text"]})

        # no overlaps (an empty omission point may not sit strictly inside
        # another span)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a0, a1, wa = spans[i]
                b0, b1, wb = spans[j]
                if a0 == a1 or b0 == b1:
                    p = a0 if a0 == a1 else b0
                    o0, o1 = (b0, b1) if a0 == a1 else (a0, a1)
                    if o0 < p < o1:
                        raise Invalid("%s: omission inside %s" % (wa, wb))
                elif a0 < b1 and b0 < a1:
                    raise Invalid("%s overlaps %s" % (wa, wb))

        if label == "consistent" and not 3 <= len(traps) <= 5:
            raise Invalid("%s: consistent pair needs 3-5 traps" % where)
        if label == "inconsistent" and not 0 <= len(traps) <= 3:
            raise Invalid("%s: inconsistent pair needs 0-3 traps" % where)

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})
    check_composition(records)
    return records


def composition(records):
    comp = {"pairs": len(records),
            "consistent": sum(r["label"] == "consistent" for r in records),
            "inconsistent": sum(r["label"] == "inconsistent" for r in records),
            "modes": {}, "types": {}, "severities": {},
            "errors": sum(len(r["errors"]) for r in records),
            "traps": sum(len(r["traps"]) for r in records),
            "traps_consistent": sum(len(r["traps"]) for r in records
                                    if r["label"] == "consistent"),
            "traps_inconsistent": sum(len(r["traps"]) for r in records
                                      if r["label"] == "inconsistent")}
    for m in MODES:
        comp["modes"][m] = (
            sum(r["mode"] == m and r["label"] == "consistent" for r in records),
            sum(r["mode"] == m and r["label"] == "inconsistent"
                for r in records))
    for r in records:
        for e in r["errors"]:
            comp["types"][e["type"]] = comp["types"].get(e["type"], 0) + 1
            comp["severities"][e["severity"]] = \
                comp["severities"].get(e["severity"], 0) + 1
    return comp


def check_composition(records):
    comp = composition(records)
    for key, want in EXPECTED.items():
        if comp[key] != want:
            raise Invalid("composition %s: have %r, expected %r"
                          % (key, comp[key], want))
    if any(v < 2 for v in comp["types"].values()) or \
            set(comp["types"]) != set(ERROR_TYPES):
        raise Invalid("every error type needs at least 2 instances")
    per_pair = [len(r["errors"]) for r in records if r["errors"]]
    if sum(1 for n in per_pair if n <= 2) < len(per_pair) * 0.75:
        raise Invalid("most inconsistent pairs should have 1-2 errors")


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = build()
    except Invalid as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    comp = composition(records)
    print("valid: %d pairs (%d consistent, %d inconsistent), %d errors, "
          "%d traps" % (comp["pairs"], comp["consistent"],
                        comp["inconsistent"], comp["errors"], comp["traps"]))
    print("modes (consistent, inconsistent):", comp["modes"])
    print("error types:", comp["types"])
    print("severities:", comp["severities"])
    wc = [words(r["reference"]) for r in records]
    print("reference words: min %d, max %d" % (min(wc), max(wc)))
    if check_only:
        print("--check: nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
