#!/usr/bin/env python3
"""Held-out evaluation set 85 for a fact-comparison tool.

How it was made: every pair below was hand-written (as Python data) by a helper
session that saw no code, data or benchmark of the project, working only from a
written brief. All people, companies, organisations, places and figures are
invented; real countries appear at most as background. Character offsets are
never typed by hand: they are computed here by string search (with an explicit
occurrence index where a quoted text repeats), then validated.

Composition (40 pairs, one domain each):
  * modes: 20 rewrite, 10 summary, 10 translation (half of each mode consistent)
  * labels: 20 consistent, 20 inconsistent
  * 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2, addition 2, repetition 2;
    10 inconsistent pairs carry one error, 10 carry two
  * consistent pairs carry 3-5 traps each, inconsistent pairs 0-3
  * references are 70-190 words, news / agency / corporate / official register
  * translation pairs are two independent English renderings of the same
    (notionally non-English) story, so wording differs throughout

Usage:
  python3 make_set85.py           validate and write set85.jsonl next to this script
  python3 make_set85.py --check   validate only, write nothing
"""
import json
import os
import sys
from collections import Counter

SET_NO = 85
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % SET_NO)

DOMAINS = [d.strip() for d in (
    "marsh harriers;tandem bicycles;tree climbing contests;tennis ball recycling;"
    "fungus forays;astronaut food;butterfly farms;dam removals;rainwater tanks;"
    "balloon races;firework factories;underground lakes;sword swallowing;"
    "artificial reefs of tyres;land mine clearance;ceramic poppies;bee bearding;"
    "acoustic mirrors;ski jumps;moon rocks;quarry lakes;zoo keepers;"
    "surfboard shaping;greenhouse heating;chandelier cleaning;coral spawning;"
    "cinema projectionists;beard competitions;iron lungs;plaster casts;"
    "dartboard making;bat bridges;abandoned lighthouses auction;lens grinding;"
    "pelican crossings;bank vault doors;air raid shelters;bottle walls;"
    "pole dancing fitness;chess clocks").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


def norm(s):
    """Collapse all runs of whitespace (texts are written as wrapped blocks)."""
    return " ".join(s.split())


def E(text, type_, severity, ref_text, occ=None):
    """A span error in the candidate."""
    return {"kind": "span", "text": norm(text), "type": type_,
            "severity": severity,
            "ref_text": None if ref_text is None else norm(ref_text),
            "occ": occ}


def OM(ref_text, severity, before=None, after=None, occ=None):
    """An omission: zero-width point at the start of `before` or the end of
    `after` (a candidate anchor text); ref_text holds the missing words."""
    return {"kind": "omission", "text": "", "type": "omission",
            "severity": severity, "ref_text": norm(ref_text),
            "before": None if before is None else norm(before),
            "after": None if after is None else norm(after), "occ": occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording of reference wording."""
    return {"text": norm(text), "ref_text": norm(ref_text), "occ": occ}


CASES = []


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": norm(reference), "candidate": norm(candidate),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- cases 1-10

add("marsh harriers", "rewrite", "consistent",
    """Conservation charity Fenwatch said on Thursday that marsh harriers had
    raised 46 chicks at its Holmbrook reserve this summer, the highest number
    since monitoring began in 1994. The charity credited the result to the
    restoration of 120 hectares of reedbed, completed in 2021 with a £3.4
    million grant from the Coastal Habitats Fund. Warden Ilse Marchetti said the
    birds had been helped by a dry spring that kept water levels stable during
    nesting. However, she warned that two nests were lost to flooding in late
    June and that the reserve's sea defences would need repairs costing an
    estimated £800,000 within five years. Visitors are being asked to stay on
    marked paths until the young birds leave the site in September.""",
    """Marsh harriers reared 46 chicks at Fenwatch's Holmbrook reserve this
    summer, more than in any year since records started in 1994, the
    conservation charity announced on Thursday. Fenwatch attributed the success
    to 120 hectares of restored reedbed, a project finished in 2021 and paid for
    by a £3.4m grant from the Coastal Habitats Fund. According to warden Ilse
    Marchetti, a dry spring kept water levels steady while the birds were
    nesting. She cautioned, though, that flooding claimed two nests late in June,
    and said repairs to the reserve's sea defences, expected to cost around
    £800,000, would be needed within five years. Until the young harriers depart
    in September, visitors are asked to keep to the marked paths.""",
    traps=[
        T("more than in any year since records started in 1994",
          "the highest number since monitoring began in 1994"),
        T("£3.4m", "£3.4 million"),
        T("flooding claimed two nests late in June",
          "two nests were lost to flooding in late June"),
        T("expected to cost around £800,000", "costing an estimated £800,000"),
        T("Until the young harriers depart in September",
          "until the young birds leave the site in September"),
    ])

add("tandem bicycles", "rewrite", "inconsistent",
    """Tandem maker Duoline Cycles will cut 35 jobs at its factory in Carrow
    Bridge after orders fell by 18% in the first half of the year, the company
    said on Monday. Chief executive Roisin Achebe said demand for touring
    tandems had collapsed as rental fleets delayed replacing their bikes, though
    sales of electric-assist models had risen. The firm, which employs 210
    people, will move some frame welding to a partner plant in Portugal but will
    keep design and final assembly in Carrow Bridge. Union representatives said
    they would seek talks on voluntary redundancies. Duoline expects to return
    to profit in 2026 if orders recover as forecast.""",
    """Duoline Cycles, a maker of tandems, announced on Monday that it would
    shed 35 jobs at its Carrow Bridge factory after orders fell by nearly a
    third in the first six months of the year. Demand for touring tandems has
    collapsed because rental fleets have put off replacing their bikes, chief
    executive Roisin Achebe said, although sales of electric-assist models have
    gone up. The 210-employee company plans to transfer part of its frame
    welding to a partner plant in Portugal, while design and final assembly stay
    in Carrow Bridge. Union representatives said they would push for talks on
    redundancies. Duoline expects to be back in profit in 2026 provided orders
    recover as forecast.""",
    errors=[
        E("nearly a third", "number", "major", "18%"),
        OM("voluntary", "major", before="redundancies"),
    ],
    traps=[
        T("shed 35 jobs", "cut 35 jobs"),
        T("first six months of the year", "first half of the year"),
        T("The 210-employee company", "The firm, which employs 210 people"),
    ])

add("tree climbing contests", "rewrite", "consistent",
    """More than 90 arborists from 14 countries will compete in the Western
    Regional Tree Climbing Championship in Lindqvist Park on 7 and 8 June,
    organisers said. The event, run by the Guild of Professional Arborists,
    tests climbers on five timed events, including an aerial rescue of a dummy
    casualty and a throwline contest. The men's and women's winners will qualify
    for the international final in Canada in September. Organiser Tomas
    Reyes-Hall said safety inspectors would check every rope and harness before
    each round. Entry to the park is free, but the guild expects around 6,000
    spectators over the weekend and has asked visitors to use the shuttle bus
    from Elmgate station rather than drive.""",
    """Organisers say over 90 arborists from 14 nations are set to take part in
    the Western Regional Tree Climbing Championship, which takes place at
    Lindqvist Park on 7 and 8 June. Staged by the Guild of Professional
    Arborists, the championship puts climbers through five events against the
    clock, among them a throwline contest and the aerial rescue of a dummy
    casualty. The top man and top woman will earn places at the international
    final, held in Canada in September. Every rope and harness will be checked
    by safety inspectors ahead of each round, according to organiser Tomas
    Reyes-Hall. Admission to the park is free. With some 6,000 spectators
    expected across the weekend, the guild is urging visitors to take the
    shuttle bus from Elmgate station instead of driving.""",
    traps=[
        T("over 90 arborists from 14 nations",
          "More than 90 arborists from 14 countries"),
        T("five events against the clock", "five timed events"),
        T("The top man and top woman will earn places at the international final",
          "The men's and women's winners will qualify for the international final"),
        T("Every rope and harness will be checked by safety inspectors ahead of each round",
          "safety inspectors would check every rope and harness before each round"),
        T("some 6,000 spectators expected across the weekend",
          "expects around 6,000 spectators over the weekend"),
    ])

add("tennis ball recycling", "rewrite", "inconsistent",
    """Sports equipment recycler Rebound Loop has been awarded a three-year
    contract by the National Tennis Federation to collect used balls from 400
    member clubs, the federation announced on Wednesday. Under the £1.1 million
    deal, Rebound Loop will grind the balls into rubber granules, which it will
    sell to flooring firm Pelham Surfaces for use in playgrounds and equine
    arenas. The federation estimates that its clubs discard about 2.5 million
    balls a year, most of which currently end up in landfill. Federation
    president Amara Osei said the scheme would begin in September with clubs in
    the north before being extended nationwide in 2025. Clubs will receive
    collection tubes free of charge.""",
    """The National Tennis Federation said on Wednesday it had handed Rebound
    Loop, a recycler of sports equipment, a three-year contract to pick up used
    balls from 400 of its member clubs. As part of the £1.1m agreement, the
    balls will be ground into rubber granules, which Pelham Surfaces, a flooring
    company, will sell to Rebound Loop for playgrounds and equine arenas. About
    2.5 million balls are thrown away by the federation's clubs each year, by
    its estimate, and most now go to landfill. The scheme will start with clubs
    in the north in September and be rolled out across the country in 2025,
    said federation president Amara Osei. Collection tubes will be provided to
    clubs at no cost.""",
    errors=[
        E("Pelham Surfaces, a flooring company, will sell to Rebound Loop",
          "role", "major", "which it will sell to flooring firm Pelham Surfaces"),
    ],
    traps=[
        T("£1.1m agreement", "£1.1 million deal"),
        T("rolled out across the country in 2025", "extended nationwide in 2025"),
        T("Collection tubes will be provided to clubs at no cost",
          "Clubs will receive collection tubes free of charge"),
    ])

add("fungus forays", "translation", "consistent",
    """The forestry authority of the Stredolesi district has limited guided
    mushroom forays in the Kamenny Hreben forest to groups of no more than 12
    people, following complaints that large parties were damaging the
    undergrowth. The rule applies from 1 September until the end of November.
    Guides must register each foray at least three days in advance, and each
    participant may take home no more than two kilograms of mushrooms. District
    forester Pavel Hruska said the authority was not banning forays, which
    attract around 4,000 visitors each autumn, but wanted to protect rare
    species such as the violet webcap. Fines for breaching the rules can reach
    500 euros.""",
    """Guided mushroom-picking outings in the Kamenny Hreben forest may now
    include at most twelve people, the Stredolesi district forestry office has
    decided, after complaints that big groups were harming the undergrowth. The
    restriction is in force from 1 September to the end of November. Each
    outing has to be registered by its guide no later than three days
    beforehand, and no participant may carry home more than 2 kg of mushrooms.
    The forays, which draw some 4,000 visitors every autumn, are not being
    prohibited, district forester Pavel Hruska stressed; the aim is to protect
    rare species such as the violet webcap. Anyone breaking the rules risks a
    fine of up to 500 euros.""",
    traps=[
        T("at most twelve people", "no more than 12 people"),
        T("no later than three days beforehand", "at least three days in advance"),
        T("2 kg", "two kilograms"),
        T("are not being prohibited", "was not banning forays"),
        T("a fine of up to 500 euros", "can reach 500 euros"),
    ])

add("astronaut food", "rewrite", "consistent",
    """Orbital Pantry, a food technology start-up based in Redhaven, has signed
    a £4.5 million agreement with the European Crew Research Consortium to
    develop meals with a shelf life of at least five years for long-duration
    missions. The company said the first 30 recipes, including a lentil curry
    and a freeze-dried berry crumble, would be tested by volunteers in a
    ground-based isolation study next spring. Chief scientist Dr Hana Kowalczyk
    said vitamin loss during storage was the biggest challenge, because some
    nutrients degrade by up to 40% within three years. The consortium is
    expected to decide by the end of 2025 whether to fly the meals on a space
    station mission.""",
    """A £4.5m deal has been struck between Redhaven food-tech start-up Orbital
    Pantry and the European Crew Research Consortium to create meals that will
    keep for five years or more on long-duration missions. Volunteers taking
    part in an isolation study on the ground will try the first 30 recipes next
    spring, the company said; the menu includes a lentil curry and a
    freeze-dried berry crumble. The hardest problem is the loss of vitamins in
    storage, according to chief scientist Dr Hana Kowalczyk, since some
    nutrients break down by as much as 40% within three years. A decision on
    whether the meals will fly on a space station mission is likely to be taken
    by the consortium by the end of 2025.""",
    traps=[
        T("A £4.5m deal", "a £4.5 million agreement"),
        T("will keep for five years or more", "a shelf life of at least five years"),
        T("by as much as 40%", "by up to 40%"),
        T("is likely to be taken by the consortium by the end of 2025",
          "is expected to decide by the end of 2025"),
    ])

add("butterfly farms", "summary", "consistent",
    """Wingspan Tropical Gardens, a butterfly farm near the town of Ashcombe,
    will close for five months from November while its main glasshouse is
    rebuilt, the owners said on Tuesday. The £2.3 million project, part-funded
    by a £900,000 regional tourism grant, will replace the 1980s structure with
    a larger, better insulated building that owners Grace and Milan Petrovic
    say will cut heating costs by about half. The farm, which breeds around 60
    species and attracted 85,000 visitors last year, will rehouse its
    butterflies with partner farms during the works. Staff will be kept on to
    help with the move and with a new education programme for schools, which is
    due to launch when the farm reopens in April.""",
    """Wingspan Tropical Gardens, a butterfly farm near Ashcombe, is shutting
    from November until April to rebuild its main glasshouse in a £2.3m
    project helped by a £900,000 tourism grant. The owners say the bigger,
    better insulated building will roughly halve heating bills. Its butterflies
    will stay at partner farms in the meantime, and no staff will be laid
    off.""",
    traps=[
        T("from November until April", "for five months from November"),
        T("£2.3m", "£2.3 million"),
        T("roughly halve heating bills", "cut heating costs by about half"),
        T("no staff will be laid off", "Staff will be kept on"),
    ])

add("dam removals", "rewrite", "inconsistent",
    """The Halvern River Trust plans to remove the Millbeck weir, a 19th-century
    dam that blocks salmon from 30 kilometres of spawning grounds, the trust
    said on 12 March. Work could begin as early as August, subject to approval
    from the Environment Directorate, and would take about ten weeks. The
    project is estimated to cost £1.6 million, of which £1.2 million has already
    been secured from lottery and water-company funding. Trust director Callum
    Ferreira said a fish pass had been considered but rejected because it would
    be less effective and cost almost as much. Some residents have objected,
    arguing that the millpond behind the weir is a local landmark. A public
    meeting will be held on 2 April.""",
    """The Halvern River Trust announced on 12 March that it intends to take out
    the Millbeck weir, a dam built in the 19th century that cuts salmon off from
    30km of spawning grounds. Provided the Environment Directorate gives its
    approval, work will start in August and last about ten weeks. Of the
    estimated £1.6m cost, £1.2m has already been secured from lottery and
    water-company funding. A fish pass was looked at, trust director Callum
    Ferreira said, but ruled out as less effective and nearly as expensive.
    Some residents oppose the plan, saying the millpond behind the weir is a
    local landmark. A public meeting is scheduled for 12 April.""",
    errors=[
        E("work will start in August", "modality", "major",
          "Work could begin as early as August"),
        E("12 April", "date", "major", "2 April"),
    ],
    traps=[
        T("30km", "30 kilometres"),
        T("ruled out as less effective and nearly as expensive",
          "rejected because it would be less effective and cost almost as much"),
    ])

add("rainwater tanks", "rewrite", "consistent",
    """Households in the borough of Kestrel Vale will be able to claim a rebate
    of up to £250 towards the cost of a rainwater tank under a scheme launched
    by the council on Monday. The council has set aside £600,000 for the first
    year, enough for about 2,400 rebates, and says the tanks could reduce demand
    on the mains supply by 15 million litres a year. Only tanks with a capacity
    of at least 1,000 litres qualify, and applicants must submit a receipt
    within 90 days of purchase. Councillor Deborah Lindgren, who chairs the
    environment committee, said the scheme was a response to last summer's
    hosepipe ban, which lasted seven weeks.""",
    """A council scheme launched on Monday will let Kestrel Vale households
    claim back as much as £250 of what they spend on a rainwater tank. The
    council has budgeted £600,000 for the first year, enough to fund roughly
    2,400 rebates, and by its estimate the tanks could take 15 million litres a
    year off demand for mains water. To qualify, a tank must hold 1,000 litres
    or more, and receipts have to be submitted within 90 days of purchase. The
    scheme is the council's answer to last summer's seven-week hosepipe ban,
    said environment committee chair Councillor Deborah Lindgren.""",
    traps=[
        T("as much as £250", "up to £250"),
        T("could take 15 million litres a year off demand for mains water",
          "could reduce demand on the mains supply by 15 million litres a year"),
        T("hold 1,000 litres or more", "a capacity of at least 1,000 litres"),
        T("seven-week hosepipe ban", "hosepipe ban, which lasted seven weeks"),
        T("environment committee chair Councillor Deborah Lindgren",
          "Councillor Deborah Lindgren, who chairs the environment committee"),
    ])

add("balloon races", "summary", "inconsistent",
    """A total of 38 hot-air balloons from nine countries took off from
    Castlemere showground on Saturday morning for the annual Castlemere Balloon
    Race, organisers said. The race, which requires pilots to drop a marker as
    close as possible to a target set 25 kilometres away, was won by local
    pilot Erin Vasquez-Hart, whose marker landed four metres from the target.
    Two balloons were forced to land early because of strong gusts, but nobody
    was hurt. The evening 'night glow', in which tethered balloons are lit up to
    music, was cancelled because of the wind. Organisers said about 22,000
    people attended over the two days, raising £48,000 for the county air
    ambulance.""",
    """Local pilot Erin Vasquez-Hart won Saturday's Castlemere Balloon Race with
    a marker that landed four metres from a target 25km away. Of the 38
    balloons from nine countries that took part, two crashed in strong gusts,
    though no one was injured, and the wind forced organisers to cancel the
    evening night glow. The two-day event drew about 22,000 people and raised
    £84,000 for the county air ambulance.""",
    errors=[
        E("crashed", "event", "major", "were forced to land early"),
        E("£84,000", "number", "major", "£48,000"),
    ],
    traps=[
        T("25km", "25 kilometres"),
        T("no one was injured", "nobody was hurt"),
    ])

# ---------------------------------------------------------------- cases 11-20

add("firework factories", "rewrite", "inconsistent",
    """Production at the Starburst Pyrotechnics factory in Wrexley has resumed
    after a three-week suspension ordered by safety inspectors following a
    small explosion in a mixing shed in October, the company said. No one was
    injured in the blast, which inspectors attributed to static electricity.
    The Health and Safety Office said the company had installed new anti-static
    flooring and grounding equipment and had retrained all 85 production staff.
    Managing director Oren Blackwood said the suspension had cost the firm
    around £300,000 in lost orders but that it would still be able to supply
    displays booked for Bonfire Night. The inspectors will carry out an
    unannounced follow-up visit within six months.""",
    """Starburst Pyrotechnics has restarted production at its Wrexley factory,
    which safety inspectors shut for three weeks after a small explosion in a
    mixing shed in October, the company said. Inspectors blamed static
    electricity for the blast, in which nobody was hurt. According to the Health
    and Safety Office, the company has put in new anti-static flooring and
    grounding equipment and retrained all 85 of its production workers.
    Managing director Oren Blackwood put the cost of the shutdown at about
    £300,000 in lost orders and said the company would be unable to supply
    displays already booked for Bonfire Night. An unannounced follow-up
    inspection will take place within six months.""",
    errors=[
        E("would be unable to supply", "polarity", "critical",
          "would still be able to supply"),
    ],
    traps=[
        T("Inspectors blamed static electricity for the blast",
          "which inspectors attributed to static electricity"),
        T("nobody was hurt", "No one was injured"),
    ])

add("underground lakes", "rewrite", "consistent",
    """Cave divers have mapped an underground lake beneath the Dunmore Hills
    that is around 1.2 kilometres long, making it the largest known in the
    region, the Northern Speleological Society said on Friday. The lake,
    reached through a narrow passage 140 metres below the surface, was first
    spotted in 2019 but could not be surveyed until this year because of high
    water levels. Expedition leader Ruth Okonkwo said the team had found blind
    shrimp that may be a species new to science, although genetic tests are
    still under way. The society has asked that the cave's entrance remain
    closed to the public, and the landowner, Fellside Estates, has agreed.""",
    """An underground lake roughly 1.2km in length has been mapped by cave
    divers beneath the Dunmore Hills, the Northern Speleological Society
    announced on Friday; no larger one is known in the region. It is reached
    through a narrow passage 140 metres below the surface. Although it was
    first seen in 2019, high water prevented a survey until this year. The team
    discovered blind shrimp that could turn out to be a previously unknown
    species, expedition leader Ruth Okonkwo said, but genetic testing has not
    yet been completed. At the society's request, landowner Fellside Estates has
    agreed to keep the cave entrance closed to the public.""",
    traps=[
        T("roughly 1.2km in length", "around 1.2 kilometres long"),
        T("no larger one is known in the region",
          "making it the largest known in the region"),
        T("high water prevented a survey until this year",
          "could not be surveyed until this year because of high water levels"),
        T("could turn out to be a previously unknown species",
          "may be a species new to science"),
        T("genetic testing has not yet been completed",
          "genetic tests are still under way"),
    ])

add("sword swallowing", "translation", "consistent",
    """The sword swallower Lukas Brenner set a new record at the Kleinfeld
    street-theatre festival on Saturday by swallowing 14 blades at once,
    breaking his own mark of 11 set three years ago. An adjudicator from the
    Register of Unusual Achievements confirmed the result on site. Brenner, 41,
    said he had trained every day for eight months and had been examined by a
    doctor before the performance. The festival organisers pointed out that the
    act was performed under medical supervision and urged spectators not to
    copy it. According to the organisers, around 3,500 people watched the
    performance in the market square.""",
    """At Saturday's Kleinfeld street-theatre festival, sword swallower Lukas
    Brenner swallowed fourteen blades simultaneously, beating his own previous
    record of eleven, which dated from three years earlier. The feat was
    verified on the spot by an official from the Register of Unusual
    Achievements. The 41-year-old explained that he had practised daily for
    eight months and had undergone a medical check before going on stage. The
    organisers stressed that a doctor had supervised the act and warned the
    audience against trying to imitate it. Some 3,500 spectators followed the
    show on the market square, they said.""",
    traps=[
        T("fourteen blades simultaneously", "14 blades at once"),
        T("verified on the spot", "confirmed the result on site"),
        T("The 41-year-old", "Brenner, 41,"),
        T("had practised daily for eight months",
          "had trained every day for eight months"),
        T("Some 3,500 spectators", "around 3,500 people"),
    ])

add("artificial reefs of tyres", "summary", "consistent",
    """The Marine Restoration Agency has begun removing an artificial reef made
    of around 200,000 car tyres that was laid off the coast of Port Allard in
    1978, officials said on Wednesday. The reef, intended to attract fish,
    failed to support marine life, and storms have since scattered tyres across
    nearby seagrass beds and beaches. Divers will lift the tyres in bundles over
    the next four summers, and the agency aims to recover at least 80% of them.
    The £5.8 million operation is being funded jointly by the national
    government and the Port Allard harbour authority. Recovered tyres will be
    shredded and used as fuel in a cement plant, the agency said.""",
    """The Marine Restoration Agency has started clearing a 1978 reef of some
    200,000 tyres off Port Allard that never supported marine life and has been
    scattered by storms over seagrass beds and beaches. Over four summers it
    aims to recover at least four-fifths of the tyres, which will be shredded
    to fuel a cement plant. The national government and the harbour authority
    are sharing the £5.8m bill.""",
    traps=[
        T("some 200,000 tyres", "around 200,000 car tyres"),
        T("never supported marine life", "failed to support marine life"),
        T("at least four-fifths", "at least 80%"),
        T("£5.8m bill", "£5.8 million operation"),
    ])

add("land mine clearance", "rewrite", "inconsistent",
    """Demining teams have cleared 1,450 hectares of farmland in the Orvan valley
    since the start of the year, destroying more than 3,200 mines and
    unexploded shells, the humanitarian group ClearGround said on Tuesday. The
    group's country director, Nadia Solberg, said about 60 square kilometres
    remained contaminated and that, at the current pace, clearance would take
    another six years. ClearGround employs 340 local staff, a third of them
    women. The provincial governor, Ahmad Rezaei, said returning families had
    already planted wheat on half of the cleared land. The programme is
    financed mainly by a consortium of European donors, whose current funding
    runs out in March.""",
    """Since January, demining teams have cleared 1,450 hectares of farmland in
    the Orvan valley and destroyed over 3,200 mines and unexploded shells,
    humanitarian group ClearGround said on Tuesday. Some 60 square kilometres
    are still contaminated, according to country director Nadia Solberg, and at
    the present rate it will take another four years to clear them. Families
    returning to the area have already planted wheat on half of the cleared
    land, Solberg added. ClearGround's workforce of 340 local staff is
    one-third female. Most of the money comes from a consortium of European
    donors, whose current funding expires in March.""",
    errors=[
        E("another four years", "number", "major", "another six years"),
        E("Solberg added", "attribution", "major",
          "The provincial governor, Ahmad Rezaei, said"),
    ],
    traps=[
        T("Since January", "since the start of the year"),
        T("is one-third female", "a third of them women"),
    ])

add("ceramic poppies", "rewrite", "consistent",
    """A display of 8,000 handmade ceramic poppies will be installed around the
    war memorial in Tolland Green from 1 November to mark the 110th anniversary
    of the first battle in which the town's regiment fought. Each poppy was
    made by volunteers at the Tolland Pottery Collective over the past 18
    months, using clay dug from a local brickworks. The installation will stay
    in place for three weeks, after which the poppies will be sold for £25
    each, with proceeds going to the veterans' charity Steadfast. Collective
    founder Marguerite Oyelaran said about 400 people, including pupils from six
    schools, had helped make them. The town council has paid £12,000 towards
    lighting and security.""",
    """From 1 November, 8,000 ceramic poppies, all made by hand, will surround
    the war memorial in Tolland Green, marking 110 years since the town's
    regiment fought its first battle. Volunteers at the Tolland Pottery
    Collective spent the past year and a half making them from clay dug at a
    local brickworks. After three weeks on display, the poppies will go on sale
    at £25 apiece, and the money raised will go to Steadfast, a charity for
    veterans. Some 400 people helped to make them, among them pupils from six
    schools, according to Marguerite Oyelaran, who founded the collective. The
    town council has put £12,000 towards lighting and security.""",
    traps=[
        T("marking 110 years since the town's regiment fought its first battle",
          "to mark the 110th anniversary of the first battle in which the town's regiment fought"),
        T("year and a half", "18 months"),
        T("£25 apiece", "£25 each"),
        T("Steadfast, a charity for veterans", "the veterans' charity Steadfast"),
        T("Marguerite Oyelaran, who founded the collective",
          "Collective founder Marguerite Oyelaran"),
    ])

add("bee bearding", "translation", "inconsistent",
    """Beekeeper Franco Dellarosa wore a 'beard' of around 60,000 bees for 52
    minutes on Sunday at the honey fair in San Vitale di Monte, the organisers
    reported. The performance, which is meant to draw attention to the decline
    of pollinators, was supervised by two paramedics. Dellarosa was stung only
    three times, he said afterwards. The bees came from a single colony and were
    attracted by a small cage containing the queen, which was fastened under his
    chin. The regional beekeepers' association, which co-organised the fair,
    stressed that such demonstrations should only be carried out by experienced
    professionals. Around 9,000 visitors attended the two-day fair.""",
    """On Sunday, at the San Vitale di Monte honey fair, beekeeper Franco
    Dellarosa spent 52 minutes wearing a 'beard' made of some 60,000 bees,
    according to the organisers. The stunt is intended to highlight the decline
    of pollinating insects. Afterwards Dellarosa said he had been stung just
    three times. All the bees belonged to one colony and had been lured by a
    little cage with the queen inside, attached beneath his chin. The regional
    farmers' association, which helped organise the fair, emphasised that only
    experienced professionals should attempt such demonstrations. The fair drew
    about 9,000 visitors over its two days.""",
    errors=[
        OM("was supervised by two paramedics", "major",
           after="the decline of pollinating insects"),
        E("regional farmers' association", "entity", "major",
          "regional beekeepers' association"),
    ],
    traps=[
        T("some 60,000 bees", "around 60,000 bees"),
        T("just three times", "only three times"),
    ])

add("acoustic mirrors", "summary", "inconsistent",
    """The Coastal Heritage Board has approved £420,000 to repair two concrete
    acoustic mirrors at Selsham Point, built in the 1930s to detect approaching
    aircraft by reflecting their engine noise before radar was invented. The
    board said the larger mirror, 9 metres across, had developed deep cracks and
    was at risk of collapse into the sea. Engineer Priya Whitfield, who surveyed
    the structures, said the repairs should secure them for at least 50 years.
    Local historian Dennis Avery said the mirrors were 'a unique reminder of a
    forgotten technology'. Work is expected to start in May and take four
    months, during which the footpath to the point will be closed.""",
    """The Coastal Heritage Board has approved £420,000 to repair two 1930s
    acoustic mirrors at Selsham Point, built to pick up aircraft engine noise
    before radar existed. The board says the larger, 9m-wide mirror is badly
    cracked and could collapse into the sea. Local historian Dennis Avery says
    the repairs should make them safe for at least half a century. The
    four-month job is expected to begin in May, with the footpath to the point
    closed meanwhile.""",
    errors=[
        E("Local historian Dennis Avery says", "attribution", "major",
          "Engineer Priya Whitfield, who surveyed the structures, said"),
    ],
    traps=[
        T("9m-wide", "9 metres across"),
        T("at least half a century", "at least 50 years"),
    ])

add("ski jumps", "rewrite", "inconsistent",
    """The town of Haldenberg will demolish its disused 1950s ski jump and build
    a smaller training hill for young athletes on the same site, the municipal
    council decided on Thursday by 19 votes to 6. The old jump, which hosted
    international competitions until 1987, has been closed since 2009 after
    inspectors found corrosion in its steel tower. The new 40-metre hill,
    costing about €3.2 million, will have a plastic-matting surface so it can be
    used in summer. Mayor Sabine Lorentz said the project would give local clubs
    a facility they had lacked for more than a decade. Construction is due to
    begin next spring.""",
    """Haldenberg's municipal council voted 19 to 6 on Thursday to convert the
    town's disused 1950s ski jump into a smaller training hill for young
    athletes. Closed since 2009, when inspectors discovered corrosion in its
    steel tower, the old jump staged international competitions until 1987. The
    new 40-metre hill will cost around €3.2m and have a plastic-matting
    surface, allowing it to be used in summer. According to mayor Sabine
    Lorentz, local clubs will gain a facility they have been without for over
    ten years. Building work is scheduled to start next spring.""",
    errors=[
        E("convert", "event", "major", "demolish"),
    ],
    traps=[
        T("voted 19 to 6", "by 19 votes to 6"),
        T("€3.2m", "€3.2 million"),
        T("for over ten years", "for more than a decade"),
    ])

add("moon rocks", "rewrite", "consistent",
    """A fragment of moon rock weighing 1.7 grams, missing from the Brightwater
    Science Museum since 2003, has been returned after it was found in a
    private collection, police said on Monday. The sample, which was on loan
    from a national space research institute, was identified when a dealer in
    Lowther offered it for sale online with a photograph of its original display
    case. Detective Inspector Marcus Ebb said the collector, a 72-year-old man,
    had bought it in good faith in 2011 and would not face charges. The
    institute has confirmed the fragment is genuine. The museum plans to put it
    back on display in the spring behind new security glass.""",
    """Police said on Monday that a 1.7-gram piece of moon rock that had been
    missing from the Brightwater Science Museum since 2003 has been handed back
    after turning up in a private collection. It was spotted when a Lowther
    dealer advertised it online alongside a picture of the case in which it had
    originally been displayed; the sample had been lent to the museum by a
    national space research institute. The collector, 72, had purchased it in
    good faith in 2011 and will not be charged, according to Detective
    Inspector Marcus Ebb. The institute has verified that it is authentic. In
    the spring, behind new security glass, the museum intends to return it to
    display.""",
    traps=[
        T("1.7-gram piece of moon rock", "A fragment of moon rock weighing 1.7 grams"),
        T("had been lent to the museum by a national space research institute",
          "was on loan from a national space research institute"),
        T("The collector, 72", "the collector, a 72-year-old man"),
        T("will not be charged", "would not face charges"),
        T("has verified that it is authentic", "has confirmed the fragment is genuine"),
    ])

# ---------------------------------------------------------------- cases 21-30

add("quarry lakes", "summary", "consistent",
    """Swimming in the flooded Redstone quarry will be banned from 1 July after
    three people drowned there in the past five summers, Farrowdale District
    Council said on Tuesday. The lake, which is up to 45 metres deep, stays cold
    even in hot weather, which can cause swimmers to suffer cold-water shock.
    The council will install fences, warning signs and throwlines, and will
    employ two wardens at weekends during the summer. Council leader Jonah
    Pritchard said the authority had considered opening a supervised swimming
    area but had rejected it because of the cost, estimated at £180,000 a year.
    Local swimming clubs have criticised the ban and started a petition, which
    has gathered 2,300 signatures.""",
    """Farrowdale District Council will ban swimming in the flooded Redstone
    quarry from 1 July after three drownings there in five summers. The lake,
    up to 45m deep, remains cold even in hot weather, risking cold-water shock.
    The council will put up fences, signs and throwlines and employ weekend
    wardens in summer, having rejected a supervised swimming area as too
    costly. Swimming clubs oppose the ban, and their petition has 2,300
    signatures.""",
    traps=[
        T("three drownings there in five summers",
          "three people drowned there in the past five summers"),
        T("up to 45m deep", "up to 45 metres deep"),
        T("rejected a supervised swimming area as too costly",
          "had rejected it because of the cost"),
        T("Swimming clubs oppose the ban",
          "Local swimming clubs have criticised the ban"),
    ])

add("zoo keepers", "rewrite", "inconsistent",
    """Keepers at Hollin Park Zoo will stage a 24-hour strike on Saturday in a
    dispute over pay and staffing, the Animal Care Workers' Union said on
    Wednesday. The union said 47 of the zoo's 58 keepers had voted in favour of
    action after management offered a 2.5% pay rise, below the rate of
    inflation. Zoo director Helena Marsh said the zoo would remain open and that
    senior staff and vets would ensure all animals were fed and cared for.
    Union organiser Kwame Lindqvist said keepers were regularly working alone in
    areas housing big cats, which he described as unsafe. Talks between the two
    sides are due to resume next week.""",
    """The Animal Care Workers' Union said on Wednesday that keepers at Hollin
    Park Zoo would walk out for 24 hours on Saturday over pay and staffing.
    According to the union, 47 of the 58 keepers backed action after management
    proposed a 2.5% rise, which is less than inflation. The zoo will stay open,
    director Helena Marsh said, with senior staff and vets making sure every
    animal is fed and looked after. Kwame Lindqvist, a union organiser, said
    keepers were often left working alone in the primate enclosures, which he
    called unsafe. The two sides are set to resume talks next week. The zoo
    will stay open.""",
    errors=[
        E("primate enclosures", "entity", "major", "areas housing big cats"),
        E("The zoo will stay open", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("walk out for 24 hours", "stage a 24-hour strike"),
        T("less than inflation", "below the rate of inflation"),
    ])

add("surfboard shaping", "translation", "consistent",
    """Surfboard shaper Tiago Moreira Lopes has opened a workshop in the fishing
    village of Praia Serrada where he makes boards from cork and recycled
    polystyrene instead of conventional polyurethane foam. Moreira Lopes, 36,
    who worked for a decade at a large board manufacturer, says each of his
    boards takes about 14 hours to shape and finish by hand. He currently
    produces around five boards a month and sells them for between 650 and 900
    euros. The municipality has provided the workshop, a former net-drying
    shed, rent-free for two years. The shaper hopes to hire an apprentice next
    year and to offer weekend shaping courses to local young people.""",
    """In Praia Serrada, a fishing village, surfboard shaper Tiago Moreira Lopes
    has set up a workshop where he builds boards out of cork and recycled
    polystyrene rather than the usual polyurethane foam. The 36-year-old, who
    spent ten years at a big board manufacturer, says it takes him roughly 14
    hours of hand work to shape and finish each board. At present he turns out
    about five boards a month, priced at 650 to 900 euros. The workshop, once a
    shed used for drying nets, has been made available by the municipality
    without rent for two years. Next year Moreira Lopes hopes to take on an
    apprentice and to run weekend shaping courses for young locals.""",
    traps=[
        T("The 36-year-old", "Moreira Lopes, 36"),
        T("spent ten years", "worked for a decade"),
        T("priced at 650 to 900 euros", "sells them for between 650 and 900 euros"),
        T("once a shed used for drying nets", "a former net-drying shed"),
        T("without rent for two years", "rent-free for two years"),
    ])

add("greenhouse heating", "summary", "inconsistent",
    """Tomato grower Vandermeer Glasshouses will switch the heating at its
    32-hectare site near Oldwick from natural gas to waste heat from a
    neighbouring data centre, the two companies announced on Friday. The data
    centre, operated by Nimbus Compute, will pipe water at around 40 degrees
    Celsius to the greenhouses through a 1.8-kilometre pipeline, which is due to
    be completed in 2026. Vandermeer said the arrangement would cut its gas use
    by about 70% and its carbon emissions by 21,000 tonnes a year, and that it
    would not lead to any job losses among its 240 staff. The company will keep
    its gas boilers as back-up for very cold weather. Neither company disclosed
    the cost of the pipeline, which will be shared equally.""",
    """Vandermeer Glasshouses will heat its 32-hectare tomato site near Oldwick
    with waste heat from a neighbouring Nimbus Compute data centre instead of
    gas, using a 1.8km pipeline due for completion in 2026. The grower expects
    to use around 40% less gas and emit 21,000 fewer tonnes of carbon a year,
    though it says the switch will cost jobs among its 240 staff. Its gas
    boilers will be kept for very cold spells.""",
    errors=[
        E("around 40%", "number", "major", "about 70%"),
        E("will cost jobs", "polarity", "major",
          "would not lead to any job losses"),
    ],
    traps=[
        T("1.8km", "1.8-kilometre"),
        T("Its gas boilers will be kept for very cold spells",
          "The company will keep its gas boilers as back-up for very cold weather"),
    ])

add("chandelier cleaning", "rewrite", "consistent",
    """The great chandelier in the Ravensholt Opera House will be lowered to the
    stage on 14 January for its first full cleaning in 12 years, the theatre
    announced. The chandelier, which weighs 1.4 tonnes and holds about 22,000
    crystal drops, will take a team of eight conservators around three weeks to
    clean by hand. Each drop will be removed, washed in distilled water and
    rehung, and any damaged pieces will be replaced with copies made by the
    Kessler glassworks. Technical director Aurelio Manning said the winch and
    steel cable that hold the chandelier would also be inspected. Performances
    will continue during the work, using a temporary lighting rig.""",
    """For the first time in 12 years, the great chandelier at the Ravensholt
    Opera House is to receive a full clean, the theatre said; it will be brought
    down to the stage on 14 January. Eight conservators will spend about three
    weeks cleaning by hand the 1.4-tonne fixture and its roughly 22,000 crystal
    drops. Every drop is to be taken off, washed in distilled water and hung
    back in place, while any damaged pieces will be swapped for replicas
    produced by the Kessler glassworks. The winch and steel cable supporting
    the chandelier will be checked too, said technical director Aurelio
    Manning. A temporary lighting rig will allow performances to go on while
    the work is carried out.""",
    traps=[
        T("Eight conservators will spend about three weeks",
          "will take a team of eight conservators around three weeks"),
        T("1.4-tonne fixture", "weighs 1.4 tonnes"),
        T("replicas produced by the Kessler glassworks",
          "copies made by the Kessler glassworks"),
        T("will be checked too", "would also be inspected"),
        T("A temporary lighting rig will allow performances to go on",
          "Performances will continue during the work"),
    ])

add("coral spawning", "translation", "inconsistent",
    """Researchers at the Ilha Verde marine station recorded a mass coral
    spawning on the night of 18 November, three nights after the full moon, the
    station reported. The spawning began at around 10.40 p.m. and lasted about
    40 minutes, with at least 11 coral species releasing eggs and sperm at the
    same time. The team collected around two million fertilised eggs, which are
    being raised in tanks and will later be planted on damaged sections of the
    reef. Station director Beatriz Kameda said the timing matched predictions
    based on water temperature. The larvae are expected to be returned to the
    reef within six months.""",
    """At the Ilha Verde marine station, scientists observed a mass spawning of
    corals during the night of 18 November, three nights before the full moon,
    the station announced. It started at roughly 22:40 and went on for some 40
    minutes, during which no fewer than 11 species of coral simultaneously
    released their eggs and sperm. About two million fertilised eggs were
    gathered by the team; they are now being reared in tanks and will
    subsequently be transplanted onto damaged parts of the reef. According to
    the station's director, Beatriz Kameda, the timing was in line with
    forecasts based on the temperature of the water. The larvae should go back
    to the reef within half a year.""",
    errors=[
        E("before the full moon", "date", "major", "after the full moon"),
    ],
    traps=[
        T("22:40", "10.40 p.m."),
        T("no fewer than 11 species of coral", "at least 11 coral species"),
        T("within half a year", "within six months"),
    ])

add("cinema projectionists", "summary", "consistent",
    """The Lyric Picture House in Fenby, one of the last cinemas in the country
    to show films on 35mm, has hired two apprentice projectionists to keep its
    film programme running, the cinema's trust said on Thursday. The
    apprentices, aged 19 and 23, will train for 18 months under chief
    projectionist Walter Amadi, 68, who has worked at the Lyric since 1979. The
    trust said a £60,000 grant from the Screen Heritage Foundation would cover
    their wages and the restoration of one of its two projectors. About a
    quarter of the Lyric's screenings are on film, and these account for nearly
    40% of ticket sales. The trust plans to hold a festival of 35mm classics in
    October.""",
    """Fenby's Lyric Picture House, one of the country's last cinemas still
    screening 35mm film, has taken on two apprentice projectionists. They will
    train for a year and a half under chief projectionist Walter Amadi, who
    joined the Lyric in 1979. A £60,000 Screen Heritage Foundation grant will
    pay their wages and restore one of the two projectors. Roughly a quarter of
    screenings are on film, bringing in almost 40% of ticket sales.""",
    traps=[
        T("has taken on two apprentice projectionists",
          "has hired two apprentice projectionists"),
        T("a year and a half", "18 months"),
        T("who joined the Lyric in 1979", "who has worked at the Lyric since 1979"),
        T("almost 40%", "nearly 40%"),
    ])

add("beard competitions", "summary", "inconsistent",
    """More than 250 competitors from 19 countries took part in the
    International Beard and Moustache Open in Grelling on Saturday, organisers
    said. The title for best full beard went to Sven Haraldsen, a 54-year-old
    carpenter, whose entry measured 71 centimetres. The freestyle category,
    judged on sculpted designs, was won by Mateo Quiroga-Bell, who shaped his
    beard into a bicycle wheel. A new category for fake beards, open to anyone,
    attracted 40 entrants, most of them women. Organisers said the event had
    raised about £15,000 for a men's health charity and that next year's Open
    would be held in Portugal.""",
    """Over 250 competitors from 19 countries entered Saturday's International
    Beard and Moustache Open in Grelling. Carpenter Sven Haraldsen, 54, won best
    full beard with a 71cm entry, and Mateo Quiroga-Bell took the freestyle
    title with a beard shaped into a bicycle wheel. Carpenter Sven Haraldsen,
    54, won best full beard. The event raised about £15,000 for a men's health
    charity and will move to Portugal next year.""",
    errors=[
        E("Carpenter Sven Haraldsen, 54, won best full beard", "repetition",
          "minor", None, occ=1),
    ],
    traps=[
        T("Over 250 competitors", "More than 250 competitors"),
        T("71cm", "71 centimetres"),
        T("will move to Portugal next year",
          "next year's Open would be held in Portugal"),
    ])

add("iron lungs", "rewrite", "inconsistent",
    """A restored iron lung used at Carrick General Hospital during the polio
    epidemics of the 1950s has gone on display at the Westford Museum of
    Medicine, the museum said on Monday. The machine, which breathed for
    patients by changing the air pressure around their bodies, was donated by
    the hospital in 1998 and spent two decades in storage before a volunteer
    team spent 14 months restoring it. Curator Leonie Baptiste said it was one
    of only three complete examples known to survive in the country. The
    exhibition, which also features recorded interviews with former patients,
    opens to the public on Saturday and runs until 30 September.""",
    """An iron lung that Carrick General Hospital used during the polio
    epidemics of the 1950s has been restored and put on display at the Westford
    Museum of Medicine, the museum announced on Monday. The device kept
    patients breathing by altering the air pressure around their bodies. After
    the hospital donated it in 1998, it sat in storage for twenty years until a
    team of volunteers restored it over 14 months. According to curator Leonie
    Baptiste, only three complete examples are known to survive in the
    country, this being one of them. The exhibition, which also includes
    recorded interviews with former patients, opened to the public last
    Saturday and runs until 30 September.""",
    errors=[
        E("opened to the public last Saturday", "date", "major",
          "opens to the public on Saturday"),
    ],
    traps=[
        T("kept patients breathing", "breathed for patients"),
        T("for twenty years", "two decades"),
        T("only three complete examples are known to survive in the country, this being one of them",
          "one of only three complete examples known to survive in the country"),
    ])

add("plaster casts", "translation", "consistent",
    """The university of Valmorin has decided to restore its collection of some
    600 plaster casts of ancient sculptures, which had been stored in a
    basement since the 1970s. The casts, made mainly in the 19th century, were
    used for decades to teach drawing to art students. According to the
    university, about a third of them are damaged, some seriously. The
    restoration, estimated at 1.9 million euros, will be financed half by the
    region and half by private donors. The first restored casts are to be shown
    in a former chapel on the campus from next spring. The collection's
    curator, Helene Marchais, described it as 'a library of forms that has been
    forgotten for fifty years'.""",
    """Some 600 plaster casts of antique sculptures, kept in a basement since
    the 1970s, are to be restored, Valmorin university has decided. Most of the
    casts date from the 19th century and for decades served as models for art
    students learning to draw. Roughly one in three is damaged, in some cases
    badly, the university says. The cost of the work, put at 1.9 million euros,
    will be split equally between the region and private donors. From next
    spring, the first casts to be restored will go on show in a former chapel
    on the campus. Curator Helene Marchais called the collection 'a library of
    shapes forgotten for half a century'.""",
    traps=[
        T("Roughly one in three", "about a third of them"),
        T("in some cases badly", "some seriously"),
        T("split equally between the region and private donors",
          "financed half by the region and half by private donors"),
        T("forgotten for half a century", "forgotten for fifty years"),
    ])

# ---------------------------------------------------------------- cases 31-40

add("dartboard making", "translation", "inconsistent",
    """The dartboard manufacturer Bullseye Brouwer in Oosterdam will stop making
    boards from sisal fibre at the end of the year and switch entirely to a
    synthetic material, the family firm announced. Director Femke Brouwer said
    the price of sisal had almost doubled in two years because of poor
    harvests. The change will not cost any jobs; the 45 employees will be
    retrained to work on the new production line, which cost 2.4 million euros.
    The company, founded in 1952 by her grandfather, makes about 150,000 boards
    a year, two thirds of them for export. Professional players' organisations
    have not yet approved the new boards for tournaments.""",
    """Family business Bullseye Brouwer, a dartboard maker based in Oosterdam,
    has announced that from the end of this year it will no longer produce
    sisal-fibre boards and will instead use only a synthetic material.
    According to director Femke Brouwer, poor harvests have pushed the price of
    sisal up by nearly 100 per cent over two years. No jobs will be lost: all 45
    staff will be retrained for the new production line, an investment of 2.4
    million euros. The firm, which her grandfather took over in 1952, produces
    roughly 150,000 boards annually, of which two thirds are exported. The
    national darts federation has not yet given its approval for the new boards
    to be used in tournaments.""",
    errors=[
        E("took over", "event", "major", "founded"),
        E("national darts federation", "entity", "major",
          "Professional players' organisations"),
    ],
    traps=[
        T("up by nearly 100 per cent", "had almost doubled"),
        T("No jobs will be lost", "The change will not cost any jobs"),
    ])

add("bat bridges", "rewrite", "consistent",
    """Highways agency RoadNorth has completed a £270,000 'bat bridge' over the
    A614 bypass near Stenwick to help a colony of rare barbastelle bats cross
    the road safely, the agency said on Tuesday. The structure, made of steel
    cables strung between two 9-metre poles, is designed to guide bats above
    the height of passing lorries. It was required as a condition of planning
    permission for the bypass, which opened in 2022. Ecologist Dr Farah Nilsen,
    who advised the agency, said the bridge would be monitored for three years
    using infrared cameras and acoustic detectors. Similar structures elsewhere
    have had mixed results, and critics have called them a poor use of public
    money.""",
    """A 'bat bridge' costing £270,000 has been finished over the A614 bypass
    near Stenwick, the highways agency RoadNorth said on Tuesday. It is intended
    to let a colony of rare barbastelle bats get across the road safely.
    Consisting of steel cables stretched between a pair of 9m poles, the
    structure is meant to steer the bats above the height of passing lorries.
    The agency had to build it as a condition of the planning permission for
    the bypass, which opened in 2022. Infrared cameras and acoustic detectors
    will be used to monitor the bridge for three years, according to Dr Farah
    Nilsen, an ecologist who advised RoadNorth. Results from similar structures
    elsewhere have been mixed, and critics regard them as poor value for public
    money.""",
    traps=[
        T("A 'bat bridge' costing £270,000", "£270,000 'bat bridge'"),
        T("a pair of 9m poles", "two 9-metre poles"),
        T("The agency had to build it as a condition of the planning permission",
          "It was required as a condition of planning permission"),
        T("Results from similar structures elsewhere have been mixed",
          "Similar structures elsewhere have had mixed results"),
        T("poor value for public money", "a poor use of public money"),
    ])

add("abandoned lighthouses auction", "translation", "inconsistent",
    """The state ports authority will auction four disused lighthouses on the
    northern coast next month, with starting prices ranging from 120,000 to
    410,000 euros. The buildings, which have been automated or decommissioned
    since the 1990s, are in poor condition and some lack road access. Buyers
    will have to preserve the towers' exterior appearance and allow the
    authority to keep maritime signals in operation where necessary. The most
    expensive lot, the lighthouse at Punta Garza, includes a keeper's house with
    three bedrooms. A spokesperson for the authority said bids would be
    accepted online until 15 March.""",
    """Next month the national ports authority is putting four lighthouses on
    the northern coast that are no longer in use up for auction, with opening
    prices of between 120,000 and 410,000 euros. Automated or taken out of
    service since the 1990s, the buildings are in a poor state, and some cannot
    be reached by road. Purchasers must keep the outside of the towers
    unchanged and let the authority continue operating navigation signals
    where required. The priciest lot, the Punta Garza lighthouse, comes with a
    three-bedroom keeper's house. Online bids can be submitted until 15 March,
    an authority spokesperson said. The proceeds will be used to fund coastal
    conservation projects.""",
    errors=[
        E("The proceeds will be used to fund coastal conservation projects",
          "addition", "major", None),
    ],
    traps=[
        T("opening prices of between 120,000 and 410,000 euros",
          "starting prices ranging from 120,000 to 410,000 euros"),
        T("cannot be reached by road", "lack road access"),
        T("comes with a three-bedroom keeper's house",
          "includes a keeper's house with three bedrooms"),
    ])

add("lens grinding", "summary", "consistent",
    """Optical firm Kessaly Precision has opened a £7 million facility in
    Marwick to grind lenses for astronomical telescopes, creating 55 jobs, the
    company said on Monday. The plant's largest machine can polish mirrors and
    lenses up to 2.5 metres in diameter to an accuracy of a few millionths of a
    millimetre. Managing director Anneliese Ruiz said the company had previously
    sent its biggest orders to a subcontractor abroad, which added up to six
    months to delivery times. The facility's first contract is a set of
    corrective lenses for a university observatory, due for delivery next year.
    The regional development agency contributed £1.5 million towards the
    building.""",
    """Kessaly Precision has opened a £7m plant in Marwick grinding lenses for
    astronomical telescopes, with 55 new jobs. Its largest machine handles
    mirrors and lenses up to 2.5m wide. The firm used to send its biggest orders
    to a subcontractor abroad, adding as much as six months to delivery. The
    regional development agency contributed £1.5m.""",
    traps=[
        T("£7m", "£7 million"),
        T("with 55 new jobs", "creating 55 jobs"),
        T("up to 2.5m wide", "up to 2.5 metres in diameter"),
        T("adding as much as six months to delivery",
          "added up to six months to delivery times"),
    ])

add("pelican crossings", "rewrite", "consistent",
    """Bramford City Council will replace 37 pelican crossings with newer
    'puffin' crossings, which use sensors to detect pedestrians, over the next
    two years, transport officials said on Wednesday. The sensors extend the
    red light for traffic while someone is still crossing and cancel the
    request if the pedestrian walks away, reducing unnecessary stops. The £2.2
    million programme will start with crossings outside schools and care homes.
    Officials said collisions at the city's crossings had fallen by 12% since
    2019, but that older equipment was becoming expensive to maintain. Each
    crossing will be closed for up to three days during the work, with
    temporary signals in place.""",
    """Over the next two years, 37 of Bramford's pelican crossings will be
    swapped by the city council for newer 'puffin' crossings, which detect
    pedestrians using sensors, transport officials said on Wednesday. While
    someone is still on the crossing, the sensors hold traffic on red for
    longer, and if the pedestrian leaves they cancel the request, so vehicles
    are stopped less often for no reason. Crossings outside schools and care
    homes will be dealt with first under the £2.2m programme. Although
    collisions at crossings in the city have dropped by 12% since 2019, the
    older equipment is becoming costly to maintain, officials said. Temporary
    signals will operate while each crossing is shut, for a maximum of three
    days.""",
    traps=[
        T("hold traffic on red for longer", "extend the red light for traffic"),
        T("if the pedestrian leaves they cancel the request",
          "cancel the request if the pedestrian walks away"),
        T("£2.2m", "£2.2 million"),
        T("dropped by 12%", "fallen by 12%"),
        T("for a maximum of three days", "for up to three days"),
    ])

add("bank vault doors", "rewrite", "inconsistent",
    """Heritage salvage company Oakridge Reclaim has bought the 20-tonne vault
    door from the former Merchant Union Bank building in Caddon for an
    undisclosed sum, the building's new owner, developer Selwyn Homes, confirmed
    on Friday. The steel door, made in 1928 by the Carlow Safe Works, was
    removed by crane last week because the building is being converted into 64
    flats. Oakridge Reclaim said it planned to restore the door and offer it to
    a museum on long-term loan. Selwyn Homes managing director Priyanka Dunmore
    said keeping the door in place had been considered but would have made the
    basement unusable.""",
    """Heritage salvage firm Oakridge Reclaim has sold the 20-tonne vault door
    from the former Merchant Union Bank building in Caddon to Selwyn Homes, the
    developer that now owns the building, Selwyn confirmed on Friday; the price
    was not disclosed. The steel door, one of only two of its kind still in
    existence, was built by the Carlow Safe Works in 1928 and lifted out by
    crane last week, as the building is being turned into 64 flats. Oakridge
    Reclaim said it intended to restore the door and offer it on long-term loan
    to a museum. Leaving the door where it was had been considered, said Selwyn
    Homes managing director Priyanka Dunmore, but it would have rendered the
    basement unusable.""",
    errors=[
        E("Oakridge Reclaim has sold the 20-tonne vault door from the former "
          "Merchant Union Bank building in Caddon to Selwyn Homes", "role",
          "major",
          "Oakridge Reclaim has bought the 20-tonne vault door from the former "
          "Merchant Union Bank building in Caddon"),
        E("one of only two of its kind still in existence", "addition",
          "minor", None),
    ],
    traps=[
        T("lifted out by crane last week", "removed by crane last week"),
        T("turned into 64 flats", "converted into 64 flats"),
    ])

add("air raid shelters", "summary", "inconsistent",
    """A network of Second World War air raid shelters beneath Kingsgate Park in
    Dunholt could open to visitors next year after the Civic Heritage Trust
    agreed to lease the tunnels from the city council for 25 years. The trust
    plans to raise £650,000 for lighting, ventilation and a new entrance, and
    has applied for a lottery grant to cover most of the cost. The shelters,
    which could hold up to 3,000 people, were sealed in 1948 and rediscovered
    during drainage works in 2017. Trust chairman Godfrey Amankwah said
    volunteers had already recorded more than 200 pieces of graffiti left by
    wartime occupants. Guided tours would be limited to groups of 15 because of
    the narrow passages.""",
    """Second World War air raid shelters under Dunholt's Kingsgate Park will
    open to visitors next year under a 25-year deal in which the city council
    leases the tunnels from the Civic Heritage Trust. The trust is seeking
    £650,000 for lighting, ventilation and a new entrance, mostly through a
    lottery bid. Sealed in 1948 and rediscovered in 2017, the shelters had room
    for up to 3,000 people; volunteers have logged over 200 pieces of wartime
    graffiti. Tours would be limited to groups of 15.""",
    errors=[
        E("will open", "modality", "major", "could open"),
        E("the city council leases the tunnels from the Civic Heritage Trust",
          "role", "major",
          "the Civic Heritage Trust agreed to lease the tunnels from the city council"),
    ],
    traps=[
        T("had room for up to 3,000 people", "could hold up to 3,000 people"),
        T("over 200 pieces of wartime graffiti",
          "more than 200 pieces of graffiti left by wartime occupants"),
    ])

add("bottle walls", "translation", "consistent",
    """In the village of Alto Requena, a group of pensioners has built a
    40-metre garden wall out of around 9,000 empty glass bottles collected from
    local bars and restaurants over three years. The bottles were laid
    horizontally in a mixture of clay and lime, with their bases facing outward
    so that the wall glows in different colours when the sun sets. The project
    was led by retired bricklayer Esteban Vidal, 74, who said he got the idea
    from a television documentary. The town hall, which provided the land and
    the materials, plans to use the wall as the backdrop for its summer
    concerts. Visits are free, but the garden is closed on Mondays.""",
    """Pensioners in Alto Requena have put up a garden wall 40 metres long made
    from some 9,000 empty glass bottles, which they spent three years gathering
    from the village's bars and restaurants. Set on their sides in a
    clay-and-lime mortar with the bottoms turned outward, the bottles make the
    wall shine in a range of colours at sunset. Esteban Vidal, a 74-year-old
    former bricklayer who led the project, said a TV documentary had given him
    the idea. The land and materials were supplied by the town hall, which
    intends to use the wall as a backdrop for its summer concerts. Entry is
    free, though the garden does not open on Mondays.""",
    traps=[
        T("Set on their sides", "laid horizontally"),
        T("with the bottoms turned outward", "with their bases facing outward"),
        T("a 74-year-old former bricklayer", "retired bricklayer Esteban Vidal, 74"),
        T("The land and materials were supplied by the town hall",
          "The town hall, which provided the land and the materials"),
        T("the garden does not open on Mondays", "the garden is closed on Mondays"),
    ])

add("pole dancing fitness", "translation", "inconsistent",
    """The sports ministry has recognised pole fitness as an official sport,
    allowing clubs to apply for public funding from January, the national pole
    sports federation announced on Tuesday. The federation, which has 48 member
    clubs and about 6,000 registered athletes, had campaigned for recognition
    for seven years. Its president, Joanna Wrzesniak, said the decision would
    help the sport shed its association with nightclubs. The ministry said
    competitors would be subject to the same anti-doping rules as other
    athletes. The first national championship under the new status will be held
    in Lesnogorsk in May.""",
    """Pole fitness now has the status of an official sport following a
    decision by the sports ministry, which means clubs will be able to seek
    public money from January, the national pole sports federation said on
    Tuesday. The federation, with 48 clubs and roughly 6,000 registered
    competitors, had spent seven years lobbying for this recognition. According
    to its president, Joanna Wrzesniak, the move will help the discipline leave
    behind its image linked to nightclubs. The ministry stated that athletes
    will not be bound by the anti-doping rules that apply in other sports. In
    May, Lesnogorsk will host the first national championship held under the
    new status.""",
    errors=[
        E("will not be bound by", "polarity", "critical", "would be subject to"),
    ],
    traps=[
        T("roughly 6,000 registered competitors", "about 6,000 registered athletes"),
        T("had spent seven years lobbying for this recognition",
          "had campaigned for recognition for seven years"),
        T("Lesnogorsk will host", "will be held in Lesnogorsk"),
    ])

add("chess clocks", "rewrite", "inconsistent",
    """Chess equipment maker Rookwell Instruments has recalled about 3,800
    digital chess clocks after a software fault caused some units to add time
    incorrectly during games, the company said on Thursday. The fault affects
    the Rookwell Duo 2 model sold between March and August this year. The
    company said owners could return the clocks for a free repair or a full
    refund. The National Chess Association said results of rated games played
    with the affected clocks would stand unless a player had lodged a complaint
    at the time. Rookwell's technical director, Ivan Petrosyan-Clarke, said the
    firm was investigating whether the fault could also affect an older
    model.""",
    """About 3,800 digital chess clocks are being recalled by Rookwell
    Instruments, the chess equipment maker said on Thursday, after a software
    fault led some of them to add time wrongly during games. The problem
    concerns the Rookwell Duo 2, sold from March to August this year. According
    to the company, owners must send the clocks back for a free repair or a full
    refund. Rated games played on the recalled clocks will keep their results
    unless a player complained at the time, the National Chess Association
    said. Technical director Ivan Petrosyan-Clarke said Rookwell was looking
    into whether an older model might also be affected.""",
    errors=[
        E("must send the clocks back", "modality", "major", "could return the clocks"),
    ],
    traps=[
        T("sold from March to August this year",
          "sold between March and August this year"),
        T("will keep their results", "would stand"),
        T("was looking into whether an older model might also be affected",
          "was investigating whether the fault could also affect an older model"),
    ])

# ---------------------------------------------------------- build & validate


def is_word(ch):
    return ch.isalnum()


def locate(hay, needle, occ, where, problems):
    """Start offset of occurrence `occ` of needle in hay (string search)."""
    starts = []
    i = hay.find(needle)
    while i != -1:
        starts.append(i)
        i = hay.find(needle, i + 1)
    if not starts:
        problems.append("%s: text not found: %r" % (where, needle))
        return None
    if occ is None:
        if len(starts) > 1:
            problems.append("%s: %r occurs %d times; give occ" %
                            (where, needle, len(starts)))
            return None
        occ = 0
    if occ >= len(starts):
        problems.append("%s: occ %d out of range for %r" % (where, occ, needle))
        return None
    return starts[occ]


def check_bounds(cand, start, end, where, problems):
    if start > 0 and is_word(cand[start - 1]) and start < len(cand) and is_word(cand[start]):
        problems.append("%s: span starts inside a word" % where)
    if end < len(cand) and end > 0 and is_word(cand[end - 1]) and is_word(cand[end]):
        problems.append("%s: span ends inside a word" % where)


def build():
    problems = []
    records = []
    for n, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET_NO, n)
        ref, cand, mode, label = c["reference"], c["candidate"], c["mode"], c["label"]
        if mode not in MODES:
            problems.append("%s: bad mode %r" % (cid, mode))
        if label not in ("consistent", "inconsistent"):
            problems.append("%s: bad label %r" % (cid, label))
        nw = len(ref.split())
        if not 70 <= nw <= 190:
            problems.append("%s: reference has %d words" % (cid, nw))
        if mode == "summary" and not (len(cand) < len(ref) and
                                      len(cand.split()) < nw):
            problems.append("%s: summary not shorter than reference" % cid)
        if cand == ref:
            problems.append("%s: candidate identical to reference" % cid)
        spans = []   # (start, end, where) for overlap checks
        points = []  # omission points
        errors = []
        for k, e in enumerate(c["errors"]):
            where = "%s error %d" % (cid, k)
            t, sev, rt = e["type"], e["severity"], e["ref_text"]
            if t not in ERROR_TYPES:
                problems.append("%s: bad type %r" % (where, t))
            if sev not in SEVERITIES:
                problems.append("%s: bad severity %r" % (where, sev))
            if t in ("addition", "repetition"):
                if rt is not None:
                    problems.append("%s: %s must have ref_text null" % (where, t))
            else:
                if not rt:
                    problems.append("%s: ref_text required" % where)
                elif rt not in ref:
                    problems.append("%s: ref_text not in reference: %r" % (where, rt))
            if e["kind"] == "omission":
                if mode == "summary":
                    problems.append("%s: omission in summary mode" % where)
                if (e["before"] is None) == (e["after"] is None):
                    problems.append("%s: give exactly one of before/after" % where)
                    continue
                anchor = e["before"] if e["before"] is not None else e["after"]
                s = locate(cand, anchor, e["occ"], where, problems)
                if s is None:
                    continue
                pos = s if e["before"] is not None else s + len(anchor)
                if 0 < pos < len(cand) and is_word(cand[pos - 1]) and is_word(cand[pos]):
                    problems.append("%s: omission point inside a word" % where)
                if rt and rt.lower() in cand.lower():
                    problems.append("%s: omitted words present in candidate" % where)
                points.append((pos, where))
                errors.append({"start": pos, "end": pos, "text": "",
                               "type": t, "severity": sev, "ref_text": rt})
            else:
                if t == "omission":
                    problems.append("%s: omission must use OM()" % where)
                s = locate(cand, e["text"], e["occ"], where, problems)
                if s is None:
                    continue
                end = s + len(e["text"])
                check_bounds(cand, s, end, where, problems)
                if rt is not None and e["text"] == rt:
                    problems.append("%s: span equals ref_text" % where)
                if t == "repetition" and cand.find(e["text"]) >= s:
                    problems.append("%s: repetition has no earlier copy" % where)
                if t == "addition" and e["text"] in ref:
                    problems.append("%s: added text occurs in reference" % where)
                spans.append((s, end, where))
                errors.append({"start": s, "end": end, "text": cand[s:end],
                               "type": t, "severity": sev, "ref_text": rt})
        traps = []
        for k, tr in enumerate(c["traps"]):
            where = "%s trap %d" % (cid, k)
            if tr["ref_text"] not in ref:
                problems.append("%s: ref_text not in reference: %r" % (where, tr["ref_text"]))
            if tr["text"] in ref:
                problems.append("%s: trap text occurs verbatim in reference" % where)
            s = locate(cand, tr["text"], tr["occ"], where, problems)
            if s is None:
                continue
            end = s + len(tr["text"])
            check_bounds(cand, s, end, where, problems)
            spans.append((s, end, where))
            traps.append({"start": s, "end": end, "text": cand[s:end],
                          "ref_text": tr["ref_text"]})
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                problems.append("%s: overlapping spans (%s / %s)" % (cid, a[2], b[2]))
        for pos, w in points:
            for s, e2, w2 in spans:
                if s < pos < e2:
                    problems.append("%s: omission point inside span %s" % (w, w2))
        if label == "consistent":
            if errors:
                problems.append("%s: consistent pair has errors" % cid)
            if not 3 <= len(traps) <= 5:
                problems.append("%s: consistent pair has %d traps" % (cid, len(traps)))
        else:
            if not 1 <= len(c["errors"]) <= 3:
                problems.append("%s: inconsistent pair has %d errors" % (cid, len(c["errors"])))
            if len(traps) > 3:
                problems.append("%s: inconsistent pair has %d traps" % (cid, len(traps)))
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: x["start"])
        records.append({"id": cid, "domain": c["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})

    # set-level composition checks
    doms = [r["domain"] for r in records]
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    if len(set(doms)) != len(doms):
        problems.append("domains repeat: %s" % [d for d, k in Counter(doms).items() if k > 1])
    if set(doms) != set(DOMAINS):
        problems.append("domain mismatch: extra %s missing %s" %
                        (sorted(set(doms) - set(DOMAINS)), sorted(set(DOMAINS) - set(doms))))
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        problems.append("mode/label composition %s" % dict(ml))
    et = Counter(e["type"] for r in records for e in r["errors"])
    if sum(et.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(et.values()))
    for t in ERROR_TYPES:
        if et[t] < 2:
            problems.append("error type %s has %d (<2)" % (t, et[t]))
    return records, problems


def summarise(records):
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("by mode: %s" % dict(Counter(r["mode"] for r in records)))
    lines.append("by label: %s" % dict(Counter(r["label"] for r in records)))
    lines.append("by mode/label: %s" % {"%s/%s" % k: v for k, v in
                 sorted(Counter((r["mode"], r["label"]) for r in records).items())})
    et = Counter(e["type"] for r in records for e in r["errors"])
    lines.append("errors: %d %s" % (sum(et.values()),
                 {t: et[t] for t in ERROR_TYPES}))
    lines.append("severity: %s" % dict(Counter(e["severity"] for r in records for e in r["errors"])))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
    wc = [len(r["reference"].split()) for r in records]
    lines.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    print(summarise(records))
    if check_only:
        print("check OK (nothing written)")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main())
