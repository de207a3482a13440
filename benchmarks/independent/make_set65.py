#!/usr/bin/env python3
"""Held-out evaluation set 65 for a fact-comparison tool (reference vs candidate).

How it was made: every pair below was hand-written as Python data by a helper
that saw no code or data of the project, working only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries appear only as background). Character offsets are never typed by
hand: the script finds every span by string search (with an occurrence index
where a quoted text repeats), validates the whole set, and writes set65.jsonl
next to this file. `python3 make_set65.py --check` validates only.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total -- entity 3, number 3, date 3, role 3, polarity 3,
          modality 3, attribution 3, event 3, omission 2, addition 2,
          repetition 2; 10 inconsistent pairs carry 1 error, 10 carry 2
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair
  references: 70-190 words, news / agency / corporate / official register.
"""
import json
import os
import re
import sys

OUT_NAME = "set65.jsonl"
ID_PREFIX = "s65"

DOMAINS = [
    "weir repairs", "oyster bed leases", "fossil beaches", "bat counts",
    "rookeries", "stork nests", "otter holts", "hedgehog highways",
    "dragonfly ponds", "harpsichord makers", "bagpipe makers",
    "carousel restorers", "morris sides", "maypole dancing",
    "square dancing", "swing dance clubs", "pointe shoes",
    "theatrical props", "prompters", "snow groomers",
    "northern lights tours", "fog nets", "standpipes", "horse trams",
    "unicycle clubs", "soapbox derbies", "boat hoists", "horse troughs",
    "scaffolders", "tanners", "dementia cafes", "cloakrooms", "turnstiles",
    "bouncers", "postcode changes", "civic maces", "hot spring resorts",
    "plunge pools", "snorkel hire", "submarine tours",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def norm(s):
    """Collapse the line-wrapping whitespace of the source literals."""
    return " ".join(s.split())


def E(text, type_, severity, ref_text, occ=0, before=None, after=None):
    """An error. For an omission give text "" and before= or after= an
    anchor string in the candidate (occ selects the anchor's occurrence)."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ, "before": before,
            "after": after}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of ref_text."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode,
                  "reference": norm(reference), "candidate": norm(candidate),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Rewrites 001-010
# ---------------------------------------------------------------------------

case("weir repairs", "rewrite",
     """The Marlow Vale Rivers Trust said on Thursday that repairs to the
     Hensford weir will begin on 3 June and are expected to take about eleven
     weeks. The 19th-century structure was damaged during flooding in
     February, when a section of its crest collapsed and water began
     undercutting the east bank. The work, costing £640,000, will be funded
     jointly by the trust and the Dunmere District Council, which is
     contributing half of the total. Contractor Pellow & Greave will install a
     temporary cofferdam so that the river can be partly diverted while masons
     rebuild the crest using reclaimed stone. A footpath along the east bank
     will remain closed until the work is complete. 'We cannot let the weir
     fail, because the mill leat and two properties downstream depend on it,'
     said trust director Anwen Tolley.""",
     """Work to repair the Hensford weir is due to start on 3 June and is
     likely to last roughly eleven weeks, the Marlow Vale Rivers Trust
     announced on Thursday. Part of the crest of the 19th-century weir gave
     way in the February floods, and the water started eating away at the
     east bank. Dunmere District Council will pay half of the £640,000 bill,
     with the trust covering the rest. The contractor, Pellow & Greave, will
     put in a temporary cofferdam to divert part of the river while masons
     rebuild the crest with reclaimed stone. The east-bank footpath will stay
     closed until the project is finished. Trust director Anwen Tolley said
     the weir could not be allowed to fail, since the mill leat and two
     downstream properties rely on it.""",
     traps=[
         T("is likely to last roughly eleven weeks",
           "are expected to take about eleven weeks"),
         T("Dunmere District Council will pay half",
           "Dunmere District Council, which is contributing half of the total"),
         T("the weir could not be allowed to fail", "We cannot let the weir fail"),
         T("two downstream properties rely on it",
           "two properties downstream depend on it"),
     ])

case("oyster bed leases", "rewrite",
     """The Carrow Estuary Harbour Authority has granted six new ten-year
     leases for oyster beds in the upper estuary, bringing the total area
     under cultivation to 84 hectares. The leases, approved at a board meeting
     on 14 March, cover plots previously left fallow after a norovirus closure
     in 2019. Each leaseholder will pay an annual rent of £310 per hectare and
     must submit water-quality samples every fortnight between April and
     October. Harbour master Idris Penhallow said the authority had received
     17 applications, more than in any year since the leasing scheme began in
     2006. Two of the new leases went to Brenlow Shellfish, a cooperative of
     eleven local growers. The authority will review the fallow-plot policy
     next year.""",
     """Six new oyster-bed leases, each running for ten years, have been
     granted in the upper Carrow Estuary by the harbour authority, taking the
     total cultivated area to 84 hectares. The board approved them on 14
     March; the plots had been left fallow after a norovirus closure in 2019.
     Leaseholders will pay £310 per hectare per year in rent and must send in
     water-quality samples every fortnight from April to October. The
     authority received 17 applications, the harbour master, Idris Penhallow,
     said - more than in any year since the scheme started in 2016. Brenlow
     Shellfish, a cooperative of 11 local growers, won three of the new
     leases. The fallow-plot policy will be reviewed next year.""",
     errors=[
         E("2016", "date", "minor", "2006"),
         E("three", "number", "minor", "Two"),
     ],
     traps=[
         T("from April to October", "between April and October"),
         T("11 local growers", "eleven local growers"),
     ])

case("fossil beaches", "rewrite",
     """Visitors to Skelby Bay have been urged to stay away from the base of
     the cliffs after a rockfall on Sunday morning buried part of the beach
     below Gannet Point. No one was injured. The Skelby Heritage Coast
     Partnership said fossil hunters should search only the loose shingle at
     low tide and must not hammer or dig into the cliff face, which remains
     unstable after weeks of heavy rain. The partnership's geologist, Dr Maren
     Quayle, said the fall had exposed new ammonite-bearing layers but warned
     that further collapses were likely over the coming fortnight. Around
     40,000 people visit the bay each year, many of them families on organised
     fossil walks. Guided walks scheduled for this weekend have been
     cancelled, and refunds will be issued automatically.""",
     """People visiting Skelby Bay are being told to keep clear of the foot
     of the cliffs following Sunday morning's rockfall, which covered a
     stretch of beach beneath Gannet Point. Nobody was hurt. Fossil hunters
     should confine their searching to loose shingle at low tide, the Skelby
     Heritage Coast Partnership said, adding that they must not dig into or
     hammer the cliff face, still unstable after weeks of heavy rain.
     According to Dr Maren Quayle, the partnership's geologist, the collapse
     has revealed fresh layers containing ammonites, though she warned that
     more falls are likely in the next two weeks. The bay draws some 40,000
     visitors a year, many of them families on organised fossil walks. This
     weekend's guided walks are cancelled and refunds will be made
     automatically.""",
     traps=[
         T("Nobody was hurt", "No one was injured"),
         T("fresh layers containing ammonites", "new ammonite-bearing layers"),
         T("in the next two weeks", "over the coming fortnight"),
         T("some 40,000 visitors a year",
           "Around 40,000 people visit the bay each year"),
     ])

case("bat counts", "rewrite",
     """Volunteers counted 1,126 lesser horseshoe bats emerging from the roost
     at Cranwick Old Rectory this summer, up from 948 last year, the Tarnside
     Bat Group said. The count, carried out over three evenings in late June,
     is the highest since monitoring began at the site in 2011. Group
     coordinator Felicity Harrow said the increase was partly due to new
     grassland management by the landowner, Ashby Farms, which had agreed to
     stop cutting the hay meadows next to the roost before August. The
     Tarnside Bat Group trained 22 new volunteers for this year's survey,
     using bat detectors lent by the county wildlife trust. Results will be
     submitted to the national monitoring programme in the autumn.""",
     """The Tarnside Bat Group says 1,126 lesser horseshoe bats were counted
     leaving the Cranwick Old Rectory roost this summer, compared with 948 a
     year earlier. It is the highest figure since monitoring started at the
     site in 2011; volunteers made the count over three evenings at the end
     of June. Coordinator Felicity Harrow attributed part of the rise to new
     grassland management by landowner Ashby Farms, which had agreed not to
     cut the hay meadows beside the roost until August. The county wildlife
     trust trained 22 new volunteers for the survey, using bat detectors lent
     by the Tarnside Bat Group. The results go to the national monitoring
     programme in the autumn.""",
     errors=[
         E("The county wildlife trust trained 22 new volunteers for the survey, "
           "using bat detectors lent by the Tarnside Bat Group", "role", "major",
           "The Tarnside Bat Group trained 22 new volunteers for this year's "
           "survey, using bat detectors lent by the county wildlife trust"),
     ],
     traps=[
         T("compared with 948 a year earlier", "up from 948 last year"),
         T("at the end of June", "in late June"),
     ])

case("rookeries", "rewrite",
     """Westhope Parish Council has dropped plans to fell eleven beech trees
     in Church Lane that support one of the county's largest rookeries, after
     a public consultation drew more than 300 responses. The council had
     proposed removing the trees because of concerns that falling branches
     could injure pedestrians. An arboricultural survey commissioned in
     January found that nine of the trees were in good health and two needed
     only crown reduction. Council chair Robert Elstow said the work on the
     two trees would be carried out in September, after the nesting season,
     and would cost about £4,800. The rookery had 146 occupied nests at the
     last count in April, according to the Westhope Natural History Society.
     Warning signs will be placed at both ends of the lane during windy
     weather.""",
     """Plans to fell 11 beech trees on Church Lane, home to one of the
     largest rookeries in the county, have been abandoned by Westhope Parish
     Council following a consultation that attracted over 300 responses. The
     trees had been earmarked for removal over fears that pedestrians could
     be hurt by falling branches. However, a tree survey commissioned in
     January concluded that nine were healthy and the remaining two required
     only crown reduction. That work will take place in September, once the
     nesting season is over, at a cost of roughly £4,800, council chair Robert
     Elstow said. According to the Westhope Natural History Society, 146
     nests were occupied when the rookery was last counted in April. Warning
     signs will go up at either end of the lane when it is windy.""",
     traps=[
         T("have been abandoned by Westhope Parish Council",
           "Westhope Parish Council has dropped plans"),
         T("over 300 responses", "more than 300 responses"),
         T("once the nesting season is over", "after the nesting season"),
         T("146 nests were occupied", "146 occupied nests"),
     ])

case("stork nests", "rewrite",
     """A pair of white storks has built a nest on a chimney at the disused
     Oldbury brickworks, the first recorded nesting attempt in the Lennock
     Valley for more than two centuries, conservationists said on Monday. The
     birds are among 38 storks released since 2019 by the Fenmarsh Stork
     Project, which is trying to re-establish a breeding population in the
     region. Project manager Hester Quaid said eggs could be laid within the
     next fortnight but cautioned that first-time pairs often fail. The site
     owner, Lennock Estates, has agreed to suspend demolition of the
     brickworks until the end of August and to fence off the chimney. A
     viewing area will open to the public on Saturday, staffed by volunteers
     from 10am to 4pm.""",
     """A pair of white storks has built a nest on one of the chimneys at the
     disused Oldbury brickworks - the first recorded nesting attempt in the
     Lennock Valley in more than 200 years, conservationists announced on
     Monday. The two birds are among 38 released by the Fenmarsh Stork
     Project since 2019 as part of efforts to re-establish a breeding
     population in the region. Eggs will be laid within the next fortnight,
     according to project manager Hester Quaid, who cautioned that first-time
     pairs often fail. Lennock Estates, which owns the site, has agreed to put
     demolition of the brickworks on hold until the end of August. A public
     viewing area, staffed by volunteers, opens on Saturday and will run from
     10am to 4pm.""",
     errors=[
         E("Eggs will be laid", "modality", "major", "eggs could be laid"),
         E("", "omission", "minor", "and to fence off the chimney",
           after="until the end of August"),
     ],
     traps=[
         T("more than 200 years", "more than two centuries"),
         T("put demolition of the brickworks on hold",
           "suspend demolition of the brickworks"),
     ])

case("otter holts", "rewrite",
     """The Brackwater Angling Association and the regional environment agency
     have completed work on five artificial otter holts along a 12-kilometre
     stretch of the River Sull, the agency said on Wednesday. The holts, built
     from timber, pipes and rubble, were installed between October and
     January at sites chosen after a survey found otter spraints at 23
     locations on the river. Agency ecologist Tomas Reddin said the structures
     were intended to give otters safe resting places away from a new cycle
     path that opened last year. The project cost £18,500, of which the
     angling association provided £6,000. Camera traps will be placed at each
     holt in spring, and the locations will not be published to protect the
     animals from disturbance.""",
     """Five artificial otter holts have been completed along 12km of the
     River Sull by the regional environment agency and the Brackwater Angling
     Association, the agency announced on Wednesday. Made from timber, pipes
     and rubble, they were put in place between October and January at spots
     selected after otter spraints were found at 23 locations during a survey
     of the river. The aim, said agency ecologist Tomas Reddin, is to give
     otters somewhere safe to rest away from a new cycle path opened last
     year. Of the £18,500 cost, £6,000 came from the angling association.
     Camera traps will be fitted at every holt in the spring; to avoid
     disturbing the animals, their locations will not be made public.""",
     traps=[
         T("12km", "12-kilometre"),
         T("somewhere safe to rest", "safe resting places"),
         T("Of the £18,500 cost, £6,000 came from the angling association",
           "The project cost £18,500, of which the angling association "
           "provided £6,000"),
         T("their locations will not be made public",
           "the locations will not be published"),
     ])

case("hedgehog highways", "rewrite",
     """More than 1,400 households in Farrowfield have cut holes in garden
     fences to let hedgehogs move between gardens, according to figures
     released by Farrowfield Borough Council. The 'hedgehog highway' scheme,
     launched two years ago with the charity Prickle Trust, gives residents a
     free 13-centimetre template and a plaque to mark each gap. The charity's
     regional officer, Danielle Onslow, said sightings recorded by residents
     had risen by roughly a third since the scheme began, though she stressed
     the data were not a formal population survey. The council said new
     housing developments approved since April must include hedgehog gaps in
     all boundary fences. Residents can register their gaps on the council
     website.""",
     """Over 1,400 Farrowfield households have made holes in their garden
     fences so hedgehogs can pass from garden to garden, Farrowfield Borough
     Council figures show. Under the 'hedgehog highway' scheme, set up two
     years ago with the charity Prickle Trust, residents receive a free 13cm
     template and a plaque for each gap. Sightings logged by residents are up
     by about a third since the start of the scheme, said Danielle Onslow, the
     charity's regional officer, although she stressed the figures were not a
     formal population survey. According to the Prickle Trust, new housing
     developments approved since April must include hedgehog gaps in every
     boundary fence. Gaps can be registered on the council website.""",
     errors=[
         E("According to the Prickle Trust", "attribution", "major",
           "The council said"),
     ],
     traps=[
         T("13cm", "13-centimetre"),
         T("up by about a third", "risen by roughly a third"),
     ])

case("dragonfly ponds", "rewrite",
     """Fourteen new ponds have been dug on the former Greyholm golf course as
     part of a project to attract dragonflies and damselflies, the Greyholm
     Wetland Trust said on Tuesday. The ponds, which range in depth from 30
     centimetres to 1.5 metres, were excavated in February and filled
     naturally by rainfall. Trust ecologist Priya Langdon said at least eight
     species had already been recorded at the site, including the scarce
     chaser, which had not been seen in the district since 1994. The project
     received £92,000 from the Lowmoor Landfill Community Fund. No fish will
     be introduced, because they eat dragonfly larvae. Guided walks will be
     held on the first Sunday of each month from June to September.""",
     """The Greyholm Wetland Trust announced on Tuesday that 14 ponds have
     been created on the old Greyholm golf course to draw in dragonflies and
     damselflies. Dug in February, the ponds vary from 30cm to 1.5m deep and
     were left to fill with rainwater. At least eight species have been seen
     there already, trust ecologist Priya Langdon said, among them the scarce
     chaser, last recorded in the district in 1994. Funding of £92,000 came
     from the Lowmoor Landfill Community Fund. No fish will be stocked,
     because they feed on dragonfly larvae. From June to September, guided
     walks will take place on the first Sunday of every month.""",
     traps=[
         T("14 ponds", "Fourteen new ponds"),
         T("vary from 30cm to 1.5m deep",
           "range in depth from 30 centimetres to 1.5 metres"),
         T("left to fill with rainwater", "filled naturally by rainfall"),
         T("last recorded in the district in 1994",
           "had not been seen in the district since 1994"),
     ])

case("harpsichord makers", "rewrite",
     """Harpsichord maker Ledger & Vance will close its workshop in the town
     of Aldercombe at the end of the year after 52 years, its founder
     announced. Hugo Vance, 81, said he had been unable to find a buyer
     willing to keep the business in the town, but that two of his three
     employees would continue building instruments under their own name from
     a unit in nearby Stallbridge. The firm has made around 430 harpsichords,
     virginals and spinets since 1972, with instruments sold to conservatoires
     in Europe, Japan and the United States. Outstanding orders, of which
     there are nine, will be completed before the closure. Vance said he had
     no intention of giving up tuning and repair work, but planned to donate
     his collection of historic tools to the Aldercombe Museum.""",
     """After 52 years, harpsichord maker Ledger & Vance is to close its
     Aldercombe workshop at the end of the year, its founder has said. Hugo
     Vance, who is 81, said no buyer prepared to keep the business in the town
     had been found, but two of his three staff will go on making instruments
     under their own name at a unit in nearby Stallbridge. Since 1972 the firm
     has built some 430 harpsichords, virginals and spinets, selling to
     conservatoires in Europe, Japan and the US. All nine outstanding orders
     will be finished before it closes. Vance said he would be giving up
     tuning and repair work and planned to donate his collection of historic
     tools to the Stallbridge Museum.""",
     errors=[
         E("would be giving up tuning and repair work", "polarity", "major",
           "no intention of giving up tuning and repair work"),
         E("Stallbridge Museum", "entity", "minor", "Aldercombe Museum"),
     ],
     traps=[
         T("some 430", "around 430"),
         T("All nine outstanding orders",
           "Outstanding orders, of which there are nine"),
     ])

# ---------------------------------------------------------------------------
# Rewrites 011-020
# ---------------------------------------------------------------------------

case("bagpipe makers", "rewrite",
     """Glenarrow Pipe Works, one of the last independent bagpipe makers in
     the region, has won a £75,000 export contract to supply 60 sets of pipes
     to a military band association in Canada, the company said on Friday.
     Managing director Callum Ferrie said the order, the largest in the firm's
     38-year history, would be delivered in three batches between November
     and next May. The company will take on two apprentices to help meet
     demand, bringing its workforce to nine. Each set takes about 40 hours to
     make, with drones turned from African blackwood sourced under a
     certified sustainable scheme. Ferrie said rising costs of the wood had
     squeezed margins but that the firm expected to remain profitable this
     year.""",
     """The largest order in its 38-year history - a £75,000 export deal to
     supply 60 sets of pipes to a military band association in Canada - has
     been won by Glenarrow Pipe Works, one of the region's last independent
     bagpipe makers, the company announced on Friday. Deliveries will be made
     in three batches from November to next May, managing director Callum
     Ferrie said. Two apprentices are to be hired to help cope with demand,
     which will take the workforce to nine. Making a set takes roughly 40
     hours; the drones are turned from African blackwood obtained through a
     certified sustainable scheme. Although the rising price of the wood has
     squeezed margins, the firm still expects to stay profitable this year,
     Ferrie said.""",
     traps=[
         T("from November to next May", "between November and next May"),
         T("Two apprentices are to be hired",
           "The company will take on two apprentices"),
         T("roughly 40 hours", "about 40 hours"),
         T("the rising price of the wood", "rising costs of the wood"),
     ])

case("carousel restorers", "rewrite",
     """A 1904 steam-driven carousel that spent four decades in storage will
     return to the promenade at Sandmere next summer after a three-year
     restoration, the town council said. The ride's 36 hand-carved horses were
     restored by the Fairbrook Carousel Guild, a volunteer group based in a
     former bus depot, while its organ was rebuilt by specialist Otto
     Kessling. The project cost £410,000, most of it raised through a heritage
     lottery grant and public donations. Guild chairman Dennis Warboys said
     volunteers had put in more than 25,000 hours. The carousel will operate
     from May to September, with tickets priced at £3 for adults and £2 for
     children, and proceeds will go towards its maintenance.""",
     """A 1904 steam carousel, which had been in storage for forty years, is
     to return to Sandmere's promenade next summer following a three-year
     restoration, the town council said. The Fairbrook Carousel Guild, a
     volunteer group working from an old bus depot, restored its 36
     hand-carved horses, and specialist Otto Kessling rebuilt the organ. Most
     of the £410,000 cost was met by a heritage lottery grant and public
     donations. More than 25,000 hours were put in by volunteers, according to
     guild chairman Dennis Warboys. The carousel, which had been in storage
     for forty years, will run from May to September, with tickets costing £3
     for adults and £2 for children; the money raised will go towards its
     upkeep.""",
     errors=[
         E("which had been in storage for forty years", "repetition", "minor",
           None, occ=1),
     ],
     traps=[
         T("forty years", "four decades", occ=0),
         T("upkeep", "maintenance"),
     ])

case("morris sides", "rewrite",
     """The Thornbury Morris Men will dance through the centre of Kelsford on
     1 May for the first time since 2018, after the town council agreed to
     close Market Street to traffic between 6am and 9am. The side, founded in
     1952, had been unable to perform in the town because of roadworks and,
     later, a dispute over public liability insurance that was settled in
     January. Squire Alan Brickwood said the group had recruited seven new
     dancers this year, including its first members under 25 in more than a
     decade. The dancers will be joined by musicians from the Kelsford Silver
     Band. A collection will be taken for the town's food bank. The council
     said the road would reopen no later than 9.30am.""",
     """For the first time since 2018, the Thornbury Morris Men are to dance
     through Kelsford town centre on 1 May, the town council having agreed to
     shut Market Street to traffic from 6am to 9am. Founded in 1952, the side
     had been kept from performing in the town first by roadworks and then by
     a row over public liability insurance, which was resolved in January.
     According to squire Alan Brickwood, the group has recruited seven new
     dancers this year, among them its first members aged under 25 for over
     ten years. Musicians from the Kelsford Silver Band will accompany the
     dancers, and a collection will be taken for the town's food bank. The
     road will reopen by 9.30am at the latest, the council said.""",
     traps=[
         T("a row over public liability insurance, which was resolved",
           "a dispute over public liability insurance that was settled"),
         T("for over ten years", "in more than a decade"),
         T("Musicians from the Kelsford Silver Band will accompany the dancers",
           "The dancers will be joined by musicians from the Kelsford Silver "
           "Band"),
         T("by 9.30am at the latest", "no later than 9.30am"),
     ])

case("maypole dancing", "rewrite",
     """Pupils from Ashcombe Primary School will perform maypole dancing on
     the village green on Saturday 4 May as part of the village's first May
     fair in 30 years. Headteacher Linda Mortlake said 48 children from Years
     3 to 6 had been rehearsing weekly since February under the guidance of
     retired teacher Joan Pettifer, who taught the dances at the school in the
     1980s. The new 7-metre maypole was carved by a local joiner from a larch
     felled on the Ashcombe estate. The fair, organised by the parish council,
     will also include a dog show and a tug-of-war. If it rains, the dancing
     will be moved to the school hall. Entry is free.""",
     """On Saturday 4 May, children from Ashcombe Primary School will dance
     round the maypole on the village green at the village's first May fair
     in 20 years. Forty-eight pupils in Years 3 to 6 have rehearsed every week
     since February, coached by retired teacher Joan Pettifer, who taught the
     dances at the school in the 1980s, headteacher Linda Mortlake said. A
     local joiner carved the new seven-metre maypole from a larch felled on
     the Ashcombe estate. Organised by the parish council, the fair will also
     feature a dog show and a tug-of-war. Should it rain, the dancing will be
     called off. Admission is free.""",
     errors=[
         E("20 years", "number", "minor", "30 years"),
         E("will be called off", "event", "major",
           "will be moved to the school hall"),
     ],
     traps=[
         T("Forty-eight pupils", "48 children"),
         T("seven-metre", "7-metre"),
         T("Admission is free", "Entry is free"),
     ])

case("square dancing", "rewrite",
     """The Hollin Creek Squares, a square dance club based in the town of
     Marbury, has been awarded £2,500 by the Marbury Community Chest to buy a
     portable sound system and run a free ten-week beginners' course. Club
     president Nora Faircloth said membership had fallen from 64 in 2019 to
     31, and the club hoped the course would attract younger dancers. Classes
     will be held on Wednesday evenings from 7.30pm at St Cuthbert's church
     hall, starting on 11 September. No partner or previous experience is
     needed. The club's caller, Wendell Price, who has called dances for 27
     years, will lead the sessions. Participants who complete the course will
     be offered half-price membership for their first year.""",
     """A £2,500 grant from the Marbury Community Chest will allow the Hollin
     Creek Squares, a Marbury-based square dance club, to buy a portable sound
     system and put on a free beginners' course lasting ten weeks. Membership
     has more than halved, from 64 in 2019 to 31, club president Nora
     Faircloth said, and the club hopes the course will bring in younger
     dancers. Sessions start on 11 September and will run on Wednesday
     evenings from 7.30pm at St Cuthbert's church hall, led by the club's
     caller of 27 years, Wendell Price. Newcomers do not need a partner or any
     previous experience. Those who finish the course will be offered their
     first year's membership at half price.""",
     traps=[
         T("has more than halved, from 64 in 2019 to 31",
           "had fallen from 64 in 2019 to 31"),
         T("caller of 27 years", "who has called dances for 27 years"),
         T("do not need a partner or any previous experience",
           "No partner or previous experience is needed"),
         T("their first year's membership at half price",
           "half-price membership for their first year"),
     ])

case("swing dance clubs", "rewrite",
     """Lindy Loft, a swing dance club in the city of Brennock, will move to a
     larger venue next month after outgrowing the upstairs room of the Crown
     and Anchor pub where it has met since 2016. The club will hold its
     Thursday socials at the former Palais ballroom on Quay Street, which
     reopened in March after a refurbishment by its new owners, Harbourline
     Leisure. Organiser Jess Aldana said weekly attendance had grown to about
     120, roughly double the figure before the pandemic. The Palais has a
     sprung maple floor, which Aldana said would reduce the risk of injury.
     Entry will rise from £6 to £7 to cover the higher rent. A live band will
     play on the first Thursday of each month.""",
     """After outgrowing the upstairs room at the Crown and Anchor pub, its
     home since 2016, Brennock swing dance club Lindy Loft is moving to a
     bigger venue next month. Its Thursday socials will be held at the former
     Palais ballroom on Quay Street, reopened in March following a
     refurbishment by new owners Harbourline Leisure. Weekly attendance has
     risen to around 120, roughly twice the pre-pandemic level, making Lindy
     Loft the largest swing dance club in the region, organiser Jess Aldana
     said. According to Aldana, the Palais's sprung maple floor will lower the
     risk of injury. To cover the higher rent, entry will go up from £6 to £7.
     There will be a live band on the first Thursday of every month.""",
     errors=[
         E("making Lindy Loft the largest swing dance club in the region",
           "addition", "major", None),
     ],
     traps=[
         T("around 120", "about 120"),
         T("roughly twice the pre-pandemic level",
           "roughly double the figure before the pandemic"),
     ])

case("pointe shoes", "rewrite",
     """The Northgate Ballet School has launched an appeal to raise £30,000 a
     year to help students cover the cost of pointe shoes, which it says can
     wear out in as little as a week for advanced dancers. Principal Irina
     Castell said a pair currently cost between £75 and £110, and some of the
     school's 140 full-time students were getting through more than 20 pairs
     a term. The fund would offer grants to students from households with an
     income below £40,000. The appeal was launched on Monday at a gala
     performance that raised £8,200. Castell said the school had also begun
     talks with a shoemaker, Veldt & Sons, about a bulk discount, but no
     agreement had been reached.""",
     """A fundraising appeal for £30,000 a year has been launched by the
     Northgate Ballet School to help students pay for pointe shoes, which it
     says advanced dancers can wear out in as little as a week. A pair now
     costs £75 to £110, principal Irina Castell said, and some of the school's
     140 full-time students go through upwards of 20 pairs each term. Grants
     from the fund would go to students whose household income is under
     £40,000. Monday's gala performance, at which the appeal was launched,
     raised £8,200. The school has also opened talks on a bulk discount with
     shoemaker Veldt & Sons, Castell said, though no deal has yet been
     struck.""",
     traps=[
         T("upwards of 20 pairs each term", "more than 20 pairs a term"),
         T("under £40,000", "below £40,000"),
         T("Monday's gala performance, at which the appeal was launched",
           "The appeal was launched on Monday at a gala performance"),
         T("no deal has yet been struck", "no agreement had been reached"),
     ])

case("theatrical props", "rewrite",
     """The Calloway Playhouse will auction more than 600 props and costume
     pieces on 22 November to raise money for a new rehearsal studio, its
     board announced on Wednesday. Items include a papier-mâché elephant's
     head used in the theatre's 1987 production of The Jungle Book and a
     throne built for a touring production of Richard II. Head of production
     Maggie Tresslar said the theatre had run out of storage space after its
     warehouse lease ended in August. The auction, run by Harlow & Dene
     Auctioneers, will be held in the theatre's foyer from 11am, with online
     bidding also available. The board said it hoped to raise at least
     £45,000. Unsold items will be offered to local schools and amateur
     groups.""",
     """More than 600 props and pieces of costume will go under the hammer at
     the Calloway Playhouse on 22 November to fund a new rehearsal studio, the
     theatre's board said on Wednesday. Among the lots are a papier-mâché
     elephant's head from the theatre's 1978 staging of The Jungle Book and a
     throne made for a touring Richard II. The theatre ran out of storage
     space when the lease on its warehouse ended in August, according to head
     of production Maggie Tresslar. Harlow & Dene Auctioneers will conduct the
     sale in the foyer from 11am, and bids can also be placed online. The
     auctioneers said they hoped to raise at least £45,000. Any items left
     unsold will be offered to local schools and amateur groups.""",
     errors=[
         E("1978", "date", "minor", "1987"),
         E("The auctioneers said", "attribution", "major", "The board said"),
     ],
     traps=[
         T("will go under the hammer", "will auction"),
         T("Any items left unsold", "Unsold items"),
     ])

case("prompters", "rewrite",
     """The Royal Esterhill Opera will restore the role of prompter for its
     autumn season after singers complained that the surtitle-style cue
     screens introduced in 2021 were distracting, the company's artistic
     director said on Monday. Benedikt Aurel said two prompters would be
     hired on fixed-term contracts and would work from the traditional box at
     the front of the stage, which had been covered over three years ago. The
     box will be reopened during a two-week maintenance shutdown in August at
     a cost of about €60,000. Aurel said the screens would remain available
     for rehearsals. A survey of the company's 48 principal and chorus
     singers found that 35 preferred a live prompter.""",
     """Prompters are to return at the Royal Esterhill Opera this autumn,
     artistic director Benedikt Aurel said on Monday, after singers complained
     that the cue screens introduced in 2021, similar to surtitles, were a
     distraction. Two prompters will be taken on under fixed-term contracts,
     working from the traditional box at the front of the stage that was
     covered over three years ago. Reopening the box will cost roughly
     €60,000 and will be done during a fortnight-long maintenance closure in
     August. The screens will still be available in rehearsals, Aurel said. In
     a survey of the company's 48 principal and chorus singers, 35 said they
     preferred a live prompter.""",
     traps=[
         T("were a distraction", "were distracting"),
         T("Two prompters will be taken on", "two prompters would be hired"),
         T("roughly €60,000", "about €60,000"),
         T("a fortnight-long maintenance closure",
           "a two-week maintenance shutdown"),
     ])

case("snow groomers", "rewrite",
     """The Kaltbrunn ski area will replace three of its seven snow groomers
     this winter with hybrid-diesel models, its operator Alpenhof Bergbahnen
     said on Thursday. The new machines, costing a combined 1.4 million Swiss
     francs, are expected to cut fuel use on the slopes by around a quarter.
     Operations manager Reto Imfeld said the groomers would work mainly at
     night, between 10pm and 6am, to avoid conflict with skiers. The company
     may also trial a remote-controlled winch system on the steepest run, the
     Schwarzwand, if the manufacturer can deliver it before January. Lift
     passes will rise by 4 percent this season.""",
     """Three of the seven snow groomers at the Kaltbrunn ski area are to be
     replaced with hybrid-diesel models this winter, operator Alpenhof
     Bergbahnen announced on Thursday. The new machines, which together cost
     1.4 million Swiss francs, should reduce fuel consumption on the slopes by
     about 25 percent. To stay out of skiers' way, the groomers will mainly
     operate overnight, from 10pm to 6am, operations manager Reto Imfeld
     said. The company will also trial a remote-controlled winch system on the
     Schwarzwand, its steepest run, if the manufacturer can deliver it before
     January. Lift pass prices are going up 4 percent this season.""",
     errors=[
         E("will also trial", "modality", "major", "may also trial"),
     ],
     traps=[
         T("which together cost 1.4 million Swiss francs",
           "costing a combined 1.4 million Swiss francs"),
         T("about 25 percent", "around a quarter"),
         T("overnight, from 10pm to 6am", "at night, between 10pm and 6am"),
     ])

# ---------------------------------------------------------------------------
# Summaries 021-030
# ---------------------------------------------------------------------------

case("northern lights tours", "summary",
     """Tour operators in the northern Norwegian town of Veslefjord say
     bookings for northern lights excursions this winter are running 40
     percent ahead of last year, driven by forecasts of strong solar activity.
     Nordlys Ekspedisjoner, the largest operator in the area, said it had
     added two extra minibuses and hired six additional guides to cope with
     demand. Chief executive Sigrid Haalen said most of its customers came
     from Britain, Germany and Japan, and that about 70 percent booked their
     trips less than a week in advance. Local officials have, however, raised
     concerns about tourists parking on the narrow coastal road to photograph
     the aurora, and the municipality plans to open two designated viewing car
     parks by December. Haalen said operators would offer a free second trip
     to customers who see no aurora on their first outing.""",
     """Northern lights bookings in Veslefjord, Norway, are up 40 percent on
     last year thanks to forecasts of strong solar activity. The area's
     biggest operator, Nordlys Ekspedisjoner, has added six guides and two
     minibuses; most of its customers are from Britain, Germany and Japan, and
     around seven in ten book under a week ahead. Local officials are
     concerned about tourists parking on the coastal road, and the
     municipality plans two official viewing car parks by December. Customers who see no aurora will
     be offered a second trip free.""",
     traps=[
         T("up 40 percent on last year", "running 40 percent ahead of last year"),
         T("The area's biggest operator", "the largest operator in the area"),
         T("around seven in ten book under a week ahead",
           "about 70 percent booked their trips less than a week in advance"),
         T("two official viewing car parks",
           "two designated viewing car parks"),
     ])

case("fog nets", "summary",
     """A cooperative of farmers in the coastal hills of Peru's Lima region
     has installed 30 new fog-catching nets, which are expected to harvest up
     to 6,000 litres of water a day during the foggy season from June to
     October. The nets, each measuring 40 square metres, were funded by the
     Andean Water Fund, a charity, and built with help from engineers at the
     University of Costa Verde. Cooperative leader Marisol Quenaya said the
     water would be used to irrigate tara and avocado trees, and would not be
     used for drinking until it had been tested. The cooperative previously
     relied on water delivered by tanker lorries at a cost of about 15 soles
     per cubic metre. A further 20 nets are planned for next year if funding
     can be secured.""",
     """Farmers in Peru's coastal hills have put up 30 fog-catching nets,
     funded by the University of Costa Verde, that are expected to collect up
     to 6,000 litres of water a day in the June-October foggy season. The
     cooperative, which used to buy water from tanker lorries, will use it
     for drinking and to irrigate tara and avocado trees. Twenty more nets are
     planned for next year, subject to funding.""",
     errors=[
         E("University of Costa Verde", "entity", "major", "Andean Water Fund"),
         E("will use it for drinking", "polarity", "critical",
           "would not be used for drinking until it had been tested"),
     ],
     traps=[
         T("expected to collect", "expected to harvest"),
         T("subject to funding", "if funding can be secured"),
     ])

case("standpipes", "summary",
     """Residents of 1,900 homes in the Harwood Hill area of Pellbury will
     have to collect drinking water from standpipes for at least five days
     after a trunk main burst on Tuesday night, Vessen Water said. The company
     said eight standpipes had been set up, and bottled water was being
     delivered directly to around 140 households registered as vulnerable.
     Engineers had found that a 150-metre section of the 1960s cast-iron main
     needed replacing, spokesperson Carys Mottram said, adding that the work
     was complicated by the pipe's location beneath a railway embankment.
     Customers were told to boil standpipe water before drinking it as a
     precaution. Vessen Water said affected households would receive
     compensation of £30 for each day without supply, in line with industry
     rules.""",
     """A trunk main burst on Tuesday night has left 1,900 homes in
     Pellbury's Harwood Hill relying on eight standpipes for at least five
     days, Vessen Water said, with bottled water taken to about 140 vulnerable
     households. A 150-metre stretch of the cast-iron main, which runs under a
     railway embankment, must be replaced. Residents should boil standpipe
     water before drinking it and will be paid £30 compensation per day
     without supply.""",
     traps=[
         T("Pellbury's Harwood Hill", "the Harwood Hill area of Pellbury"),
         T("about 140 vulnerable households",
           "around 140 households registered as vulnerable"),
         T("A 150-metre stretch", "a 150-metre section"),
         T("£30 compensation per day without supply",
           "compensation of £30 for each day without supply"),
     ])

case("horse trams", "summary",
     """The Dunmore Bay horse tramway, one of the last of its kind in the
     world, will run a full summer season after the borough council agreed a
     three-year funding deal with the operator, Promenade Heritage Transport.
     Under the agreement, the council will pay the company £180,000 a year
     towards running costs, and the company will maintain the track and the
     tram depot. Services were cut to weekends only last year after the
     previous operator withdrew. Twelve horses, mostly Clydesdales and Shire
     crosses, are stabled at the depot and work no more than four hours a
     day. Council leader Gareth Imrie said the tramway drew about 90,000
     passengers a year and was 'part of the town's identity'. Fares will stay
     at £4 for a single journey.""",
     """Dunmore Bay's horse tramway will run all summer under a three-year
     deal in which Promenade Heritage Transport will pay the borough council
     £180,000 a year and maintain the track and depot. Services had been
     limited to weekends last year after the previous operator pulled out.
     The twelve horses work no more than four hours a day, and a single fare
     stays at £4.""",
     errors=[
         E("Promenade Heritage Transport will pay the borough council", "role",
           "critical", "the council will pay the company"),
     ],
     traps=[
         T("pulled out", "withdrew"),
         T("a single fare stays at £4",
           "Fares will stay at £4 for a single journey"),
     ])

case("unicycle clubs", "summary",
     """A unicycle club in the town of Ravensby has been given permission to
     use a disused tennis court in Lowfield Park as a practice area, ending a
     two-year search for a venue. The Ravensby Unicycle Club, which has 55
     members aged between seven and 68, previously trained in a school car
     park on Sunday mornings. The town council has granted a five-year lease
     at a nominal rent of £1 a year, on condition that the club resurfaces the
     court and opens it to the public on two afternoons a week. Club secretary
     Owen Tapley said the resurfacing would cost about £12,000, of which
     £7,500 had already been raised. Members will compete at the national
     unicycle championships in Castleburn in August.""",
     """Ravensby Unicycle Club, whose 55 members range from seven to 68 years
     old, has secured a five-year lease on a disused tennis court in Lowfield
     Park after two years looking for a venue. The council is charging a
     nominal £1 a year, provided the club resurfaces the court - at an
     estimated cost of £12,000, with £7,500 already raised - and lets the
     public use it two afternoons a week.""",
     traps=[
         T("range from seven to 68 years old", "aged between seven and 68"),
         T("after two years looking for a venue",
           "ending a two-year search for a venue"),
         T("provided the club resurfaces the court",
           "on condition that the club resurfaces the court"),
         T("an estimated cost of £12,000", "would cost about £12,000"),
     ])

case("soapbox derbies", "summary",
     """More than 5,000 spectators watched the 25th Kestle Hill Soapbox Derby
     on Sunday, in which 62 home-made carts raced down the half-mile course on
     Steep Street. The event, organised by the Kestle Rotary Club, raised
     £14,300 for the town's hospice, a record for the derby. The fastest run
     of the day was recorded by a cart built by apprentices from engineering
     firm Tolland Precision, which reached 31 miles per hour. Prizes were also
     awarded for the best-dressed team and the most imaginative design, won by
     a cart shaped like a teapot. Two drivers received minor injuries after
     crashing into straw bales and were treated at the scene. Organisers said
     next year's race would take place on the same weekend.""",
     """A record £14,300 was raised for the town's hospice at Sunday's 25th
     Kestle Hill Soapbox Derby, watched by more than 5,000 people as 26
     home-made carts raced down Steep Street. A cart built by Tolland
     Precision apprentices was fastest at 31mph, a teapot-shaped entry won
     the prize for most imaginative design, and two drivers were treated at
     the scene for minor injuries. A record £14,300 was raised for the town's
     hospice.""",
     errors=[
         E("26", "number", "major", "62"),
         E("A record £14,300 was raised for the town's hospice", "repetition",
           "minor", None, occ=1),
     ],
     traps=[
         T("watched by more than 5,000 people",
           "More than 5,000 spectators watched"),
         T("31mph", "31 miles per hour"),
     ])

case("boat hoists", "summary",
     """Penrose Marina has commissioned a new 75-tonne mobile boat hoist,
     allowing it to lift yachts and fishing vessels up to 24 metres long out
     of the water for repairs, the marina's owners said on Friday. The hoist,
     built by Dutch manufacturer Van Riel Lifting, replaces a 35-tonne crane
     that had been in use since 1989. Marina manager Keziah Doble said the
     investment of £1.1 million would allow larger boats to be serviced
     locally rather than travelling more than 100 miles to the nearest
     comparable yard. The marina expects to handle about 400 lifts a year, up
     from 250. A new hardstanding area for up to 60 boats is due to be
     completed in the spring. Two additional technicians have been
     recruited.""",
     """Penrose Marina has brought into use a £1.1m, 75-tonne mobile hoist
     from Van Riel Lifting, replacing a 35-tonne crane in service since 1989.
     It can lift vessels of up to 24 metres out of the water, so larger boats
     can be repaired locally instead of travelling over 100 miles. The
     marina, which has hired two more technicians, expects around 400 lifts a
     year, up from 250, and new hardstanding for up to 60 boats is due to be
     finished in the spring.""",
     traps=[
         T("brought into use", "commissioned"),
         T("£1.1m", "£1.1 million"),
         T("in service since 1989", "in use since 1989"),
         T("over 100 miles", "more than 100 miles"),
     ])

case("horse troughs", "summary",
     """A Victorian cast-iron horse trough that stood outside Callow Street
     station for more than eighty years is to be returned to the town after
     being found in a scrapyard, Brindle Town Council said. The trough,
     donated in 1887 by local brewer Josiah Kemble, was removed during road
     widening in 1968 and its whereabouts had been unknown until a member of
     the Brindle Civic Society spotted it listed for sale online in January.
     The council bought it for £2,600. Restoration by a specialist foundry
     will take about three months, after which the trough will be placed in
     the new station square and planted with flowers. Civic society
     chairwoman Lorna Geddes said it was 'a small but important piece of the
     town's history'.""",
     """A Victorian horse trough that was stolen from outside Brindle's Callow
     Street station in 1968 is coming home after a civic society member found
     it for sale online. The town council paid £2,600 for it, and after about
     three months of restoration it will be planted with flowers in the new
     station square.""",
     errors=[
         E("stolen", "event", "major", "removed during road widening"),
     ],
     traps=[
         T("paid £2,600 for it", "bought it for £2,600"),
         T("about three months of restoration",
           "Restoration by a specialist foundry will take about three months"),
     ])

case("scaffolders", "summary",
     """Scaffolding firms in the Haverton area have warned that a shortage of
     qualified workers is delaying building projects, with some contractors
     reporting waiting lists of up to ten weeks. A survey of 48 firms by the
     Haverton Construction Federation found that 31 had turned down work in
     the past six months because they lacked staff. Federation director Simon
     Ashworth said the average age of scaffolders in the region was now 46,
     and too few young people were entering the trade. The federation plans
     to open a training centre at the Kelmore industrial estate in March,
     offering 40 places a year on a two-year apprenticeship. Ashworth said the
     centre had secured £650,000 from the regional skills fund but still
     needed about £200,000 more for equipment.""",
     """Almost two-thirds of scaffolding firms surveyed in the Haverton area
     have turned work away in the past six months for lack of staff, the
     Haverton Construction Federation says, with some waiting lists running
     to ten weeks. The federation plans to open a training centre at Kelmore
     industrial estate in March with 40 two-year apprenticeship places a
     year; it has £650,000 from the regional skills fund but needs roughly
     £200,000 more for equipment.""",
     traps=[
         T("Almost two-thirds of scaffolding firms surveyed",
           "A survey of 48 firms by the Haverton Construction Federation found "
           "that 31"),
         T("turned work away", "turned down work"),
         T("for lack of staff", "because they lacked staff"),
         T("roughly £200,000 more", "about £200,000 more"),
     ])

case("tanners", "summary",
     """Ostley & Finch, one of the last oak-bark tanneries in the country, has
     been granted planning permission to build a new effluent treatment
     plant, removing the threat of closure that had hung over the business
     since an environmental inspection last year. The tannery, founded in
     1796, employs 14 people and produces leather for saddlers, bookbinders
     and shoemakers. Inspectors had found that waste water from its tan pits
     was entering a tributary of the River Lome. Managing director Harriet
     Finch said the £380,000 plant should be operating by next summer and
     would be paid for partly through a loan from the county enterprise fund.
     She said the company might need to raise prices by up to 10 percent to
     cover the cost.""",
     """Ostley & Finch, an oak-bark tannery founded in 1796 that employs 14
     people, no longer faces closure after winning planning permission for a
     £380,000 effluent treatment plant, which will create four new jobs.
     Inspectors had found waste water from its tan pits entering a tributary
     of the River Lome. The plant should be running by next summer, part-funded
     by a county enterprise fund loan, and the company will raise prices by
     up to 10 percent to cover the cost.""",
     errors=[
         E("which will create four new jobs", "addition", "major", None),
         E("will raise prices", "modality", "major",
           "might need to raise prices"),
     ],
     traps=[
         T("part-funded by a county enterprise fund loan",
           "paid for partly through a loan from the county enterprise fund"),
     ])

# ---------------------------------------------------------------------------
# Translations 031-040 (two independent English translations of one story)
# ---------------------------------------------------------------------------

case("dementia cafes", "translation",
     """The municipality of Ravelingen will open three new dementia cafés this
     autumn, bringing the number in the region to eleven, alderman Pieter van
     Dalsum announced on Tuesday. The cafés, where people with dementia and
     their carers can meet once a month for coffee, conversation and
     information, will be run by volunteers from the welfare foundation
     Kompasroos. According to Van Dalsum, around 2,300 residents of the
     municipality are living with a diagnosis of dementia, a figure expected
     to rise by about 40 percent over the next fifteen years. The first new
     café will open on 3 October in the library in Dorpsstraat. Each session
     lasts two hours and attendance is free of charge. The municipality is
     contributing 18,000 euros per year to the project.""",
     """Three more dementia cafés are to open in Ravelingen this autumn,
     taking the regional total to eleven, the alderman Pieter van Dalsum said
     on Tuesday. At the cafés, people with dementia and those who care for
     them can get together monthly to drink coffee, talk and obtain
     information; volunteers from the welfare foundation Kompasroos will run
     them. Some 2,300 people in the municipality have been diagnosed with
     dementia, Van Dalsum said, and that number is forecast to grow by roughly
     40 percent in the coming fifteen years. The first of the new cafés opens
     its doors on 3 October at the library on Dorpsstraat. Sessions last two
     hours and there is no charge to attend. The municipality will put 18,000
     euros a year into the project.""",
     traps=[
         T("monthly", "once a month"),
         T("Some 2,300 people in the municipality have been diagnosed with "
           "dementia",
           "around 2,300 residents of the municipality are living with a "
           "diagnosis of dementia"),
         T("forecast to grow by roughly 40 percent",
           "expected to rise by about 40 percent"),
         T("there is no charge to attend", "attendance is free of charge"),
     ])

case("cloakrooms", "translation",
     """The Stadthalle in Bergenfeld will abolish its cloakroom fee from the
     new season, the venue's management announced on Friday. Until now,
     visitors had to pay 2 euros per item to leave coats and bags at the
     cloakroom. Managing director Ulrike Sandmann said the fee had caused long
     queues during the interval and at the end of performances, and had
     repeatedly led to complaints. Instead, the cost of the cloakroom service,
     around 90,000 euros a year, will be included in ticket prices, which will
     rise by an average of 1.50 euros. Large bags and rucksacks must still be
     handed in, for security reasons. The change takes effect with the
     opening concert on 14 September.""",
     """From the coming season, the Bergenfeld Stadthalle will no longer
     charge for the cloakroom, its management said on Friday. Visitors have so
     far paid 2 euros for each coat or bag they checked in. According to
     managing director Ulrike Sandmann, the charge led to long queues in the
     interval and after shows and had been the subject of repeated
     complaints. The cloakroom, which costs about 90,000 euros annually to
     run, will instead be financed through ticket prices, which are going up
     by 1.50 euros. For security reasons, large bags and rucksacks will still
     have to be checked in. The new arrangement applies from the
     season-opening concert on 14 September.""",
     errors=[
         E("", "omission", "major", "an average of", before="1.50 euros"),
     ],
     traps=[
         T("after shows", "at the end of performances"),
         T("The cloakroom, which costs about 90,000 euros annually to run",
           "the cost of the cloakroom service, around 90,000 euros a year"),
     ])

case("turnstiles", "translation",
     """The metro operator of the city of San Telmo de la Vega will replace
     all 640 turnstiles in its 48 stations with new gates that accept
     contactless bank cards, the company's president, Marta Iriarte,
     announced yesterday. The project, valued at 27 million euros, will be
     carried out in phases over two years, starting in January with the eight
     busiest stations on Line 1. Iriarte said the current turnstiles,
     installed in 2003, broke down frequently and could not read the new
     electronic tickets. Paper tickets will continue to be sold until at
     least the end of 2026. The new gates will also be wider, to make access
     easier for wheelchair users and passengers with pushchairs.""",
     """All 640 turnstiles across the 48 stations of the San Telmo de la Vega
     metro are to be swapped for new gates that take contactless bank cards,
     the operator's president, Marta Iriarte, said yesterday. The
     27-million-euro project will be done in stages over a two-year period,
     beginning in January at the eight stations on Line 1 with the most
     passengers. The existing turnstiles, which were installed in 2003,
     frequently break down and are unable to read the new electronic tickets,
     Iriarte explained. Paper tickets will remain on sale until the end of
     2026 at least. The new gates will also be wider, making access easier
     for people in wheelchairs and those with pushchairs.""",
     traps=[
         T("The 27-million-euro project",
           "The project, valued at 27 million euros"),
         T("in stages over a two-year period", "in phases over two years"),
         T("until the end of 2026 at least", "until at least the end of 2026"),
         T("people in wheelchairs", "wheelchair users"),
     ])

case("bouncers", "translation",
     """From 1 March, all door staff at bars and nightclubs in the city of
     Norrvik will have to wear body cameras between 10pm and closing time,
     the city's licensing committee decided on Wednesday. The decision
     follows a series of complaints about violence by bouncers, including an
     incident in November in which a doorman broke the jaw of a 19-year-old
     student. Committee chair Elin Borg said the cameras would protect both
     guests and staff, and that recordings would be kept for 30 days before
     being deleted unless police requested them. The cost, estimated at 4,000
     kronor per camera, will be borne by venue owners. The trade association
     Norrvik Nattliv criticised the decision, saying it had not been
     consulted.""",
     """Door staff at Norrvik's bars and nightclubs will be required to wear
     body cameras from midnight until closing time starting on 1 March,
     following a decision by the city's licensing committee on Wednesday. The
     move comes after several complaints of bouncers using violence, among
     them a November incident in which a 19-year-old student broke a
     doorman's jaw. The cameras will protect guests and staff alike, said
     committee chairwoman Elin Borg, adding that footage would be stored for
     30 days and then erased unless the police asked for it. Venue owners will
     have to pay for the cameras, which are expected to cost 4,000 kronor
     each. The industry association Norrvik Nattliv has criticised the
     decision and says it was not consulted.""",
     errors=[
         E("midnight", "date", "major", "10pm"),
         E("a 19-year-old student broke a doorman's jaw", "role", "critical",
           "a doorman broke the jaw of a 19-year-old student"),
     ],
     traps=[
         T("footage would be stored for 30 days and then erased",
           "recordings would be kept for 30 days before being deleted"),
         T("expected to cost 4,000 kronor each",
           "estimated at 4,000 kronor per camera"),
     ])

case("postcode changes", "translation",
     """Around 4,200 households in the former commune of
     Saint-Aubin-des-Landiers will receive a new postcode on 1 July, following
     the merger of the commune with neighbouring Vauclerc-sur-Orne in January,
     the postal service announced. Residents will be able to use their old
     postcode for a transition period of twelve months, during which post
     will still be delivered normally. Mayor Claire Dufresnoy said the town
     hall would send every household a letter explaining the change and
     offering help with updating bank, insurance and tax records. Street names
     that exist in both former communes, eleven in total, will be renamed by
     the end of the year to avoid confusion for delivery drivers and
     emergency services.""",
     """Some 4,200 homes in what used to be the commune of
     Saint-Aubin-des-Landiers are to get a new postcode on 1 July, the postal
     service has said, after the commune merged with its neighbour
     Vauclerc-sur-Orne in January. For a one-year transition period residents
     may keep using the old postcode, and mail will continue to be delivered
     as usual. The town hall will write to each household to explain the
     change and offer help updating bank, insurance and tax details, mayor
     Claire Dufresnoy said. The eleven street names found in both former
     communes will be changed by the end of the year so that delivery drivers
     and the emergency services are not confused.""",
     traps=[
         T("Some 4,200 homes", "Around 4,200 households"),
         T("a one-year transition period",
           "a transition period of twelve months"),
         T("mail will continue to be delivered as usual",
           "post will still be delivered normally"),
         T("The eleven street names found in both former communes",
           "Street names that exist in both former communes, eleven in total"),
     ])

case("civic maces", "translation",
     """Two silver ceremonial maces belonging to the city council of
     Torremoral del Campo, stolen from the town hall in 1979, have been
     recovered in an antiques shop in a neighbouring province, the Civil Guard
     reported on Monday. The maces, made in 1741, were traditionally carried
     by the council's mace-bearers in processions and at official ceremonies.
     The shop's owner told investigators he had bought them in good faith
     from a private collector in 2015. According to the council's archivist,
     Tomás Ibarra, the pieces are worth around 60,000 euros. Mayor Inés
     Cordero said the maces would return to the town in time for the patron
     saint festivities in August, after being examined by a restorer.""",
     """The Civil Guard said on Monday that two silver ceremonial maces
     belonging to Torremoral del Campo city council, which were stolen from
     the town hall in 1979, had been found in an antiques shop in a
     neighbouring province. Dating from 1741, the maces were traditionally
     borne by the council's macebearers during processions and official
     events. According to the Civil Guard, the shop owner bought them in good
     faith from a private collector in 2015. The council archivist, Tomás
     Ibarra, puts their value at about 60,000 euros. Mayor Inés Cordero said
     that once a restorer has examined them, the maces will be back in the
     town in time for the patron saint's festivities in August.""",
     errors=[
         E("According to the Civil Guard", "attribution", "major",
           "The shop's owner told investigators"),
     ],
     traps=[
         T("Dating from 1741", "made in 1741"),
         T("puts their value at about 60,000 euros",
           "the pieces are worth around 60,000 euros"),
     ])

case("hot spring resorts", "translation",
     """Inns in the hot spring resort of Kamisawa Onsen will begin charging
     overnight guests a bathing tax of 150 yen per night from April, the town
     assembly decided on Thursday. The revenue, estimated at around 30
     million yen a year, will be used to maintain the resort's public
     footbaths and to repair pipes carrying spring water from the source, some
     of which are more than 50 years old. Children under 12 will be exempt.
     The head of the local inn association, Haruto Ishizaki, said members
     accepted the tax but were concerned that it could deter domestic
     visitors, whose numbers have already fallen by about 15 percent since
     2019. The town said it would review the tax after three years.""",
     """From April, guests staying overnight at inns in Kamisawa Onsen will
     pay a bathing tax of 150 yen a night under a decision taken by the town
     assembly on Thursday. The tax is expected to bring in roughly 30 million
     yen annually, which will go on the upkeep of the resort's public
     footbaths and on repairing the pipes that bring spring water from the
     source, some of them over half a century old. Under-12s will not have to
     pay. Haruto Ishizaki, who heads the local inn association, said its
     members accepted the tax but feared it might put off domestic visitors,
     whose numbers are already down around 15 percent on 2019. The tax will be
     reviewed after three years, the town said.""",
     traps=[
         T("roughly 30 million yen annually", "around 30 million yen a year"),
         T("over half a century old", "more than 50 years old"),
         T("Under-12s will not have to pay", "Children under 12 will be exempt"),
         T("might put off domestic visitors", "could deter domestic visitors"),
     ])

case("plunge pools", "translation",
     """The city of Revonniemi will build a year-round cold plunge pool and
     two public saunas on the shore of Lake Ahvensalo, the city council
     decided on Monday evening. The project, costing 2.3 million euros, will
     replace an ice-hole swimming spot that volunteers from the Revonniemi
     Winter Swimming Club have kept open by hand for more than thirty years.
     Construction is due to begin in May and the facility should open in
     January. Club chairman Veikko Harju said members welcomed the plan,
     although some were worried that entry fees could be introduced.
     According to the city's sports director, Anu Lehtola, entry will be free
     for the first year, after which the council will decide on charges.""",
     """On Monday evening Revonniemi city council approved the construction of
     a cold plunge pool open all year round, together with two public saunas,
     on the shore of Lake Revonniemi. The 2.3-million-euro facility will sit
     next to the ice hole that volunteers from the Revonniemi Winter Swimming
     Club have kept open by hand for over three decades. Work should start in
     May, with opening planned for January. Veikko Harju, who chairs the club,
     said members were pleased with the plan, though some feared admission
     charges might be brought in. The city's sports director, Anu Lehtola,
     said entry would be free for the first year; after that the council will
     decide on fees.""",
     errors=[
         E("Lake Revonniemi", "entity", "major", "Lake Ahvensalo"),
         E("will sit next to", "event", "major", "will replace"),
     ],
     traps=[
         T("over three decades", "more than thirty years"),
         T("admission charges might be brought in",
           "entry fees could be introduced"),
     ])

case("snorkel hire", "translation",
     """Snorkel hire operators on the island of Vrsnik will be required to
     provide every customer with a brief safety talk and a buoyancy vest from
     this season, under new rules adopted by the county harbour authority. The
     measure follows the deaths of two tourists while snorkelling off the
     island last August. Hire outlets that fail to comply face fines of up to
     2,000 euros and may lose their licence for repeat offences. Harbour
     authority spokesman Davor Matić said inspectors would carry out
     unannounced checks throughout the summer. The island's tourist board said
     the eighteen operators on Vrsnik had been informed of the rules in March
     and that most had already bought the vests. Children under 14 will be
     allowed to snorkel only when accompanied by an adult.""",
     """Under new rules adopted by the county harbour authority, from this
     season snorkel rental businesses on Vrsnik must give every customer a
     short safety briefing and a buoyancy vest. The rules come after two
     tourists died snorkelling off the island last August. Outlets that do not
     comply can be fined as much as 2,000 euros, and repeat offenders risk
     losing their licence. Inspectors will make unannounced checks all
     summer, said Davor Matić, a spokesman for the harbour authority. All
     eighteen of the island's operators were told about the rules in March,
     according to the tourist board, and most have already purchased the
     vests. Under-14s may snorkel only if an adult is with them.""",
     traps=[
         T("snorkel rental businesses", "Snorkel hire operators"),
         T("a short safety briefing", "a brief safety talk"),
         T("as much as 2,000 euros", "up to 2,000 euros"),
         T("Under-14s may snorkel only if an adult is with them",
           "Children under 14 will be allowed to snorkel only when accompanied "
           "by an adult"),
     ])

case("submarine tours", "translation",
     """A tourist submarine that takes up to 40 passengers to a depth of 30
     metres off the coast of Porto Salgado has been cleared to resume
     operations after a three-week suspension, the maritime authority
     announced on Friday. Services were halted in June after a fault in one
     of the vessel's air-conditioning units forced a dive to be cut short. No
     passengers were harmed. An inspection found no structural problems with
     the hull, and the faulty unit has been replaced, the authority said. The
     operator, Atlântida Submarinos, said it would offer free trips to the 36
     passengers whose dive was interrupted. The company, which carries around
     25,000 visitors a year, said bookings for July had not been
     affected.""",
     """The maritime authority said on Friday that a tourist submarine
     carrying as many as 40 people down to 30 metres off Porto Salgado has
     been given the go-ahead to return to service after being suspended for
     three weeks. Trips were stopped in June when a dive had to be abandoned
     early because one of the air-conditioning units broke down. None of the
     passengers was hurt. According to the authority, inspectors found
     nothing wrong with the structure of the hull, and the defective unit has
     been replaced. Operator Atlântida Submarinos will give the 36 passengers
     whose dive was cut short a free trip. The firm, which takes some 25,000
     visitors a year, said July bookings had suffered as a result.""",
     errors=[
         E("July bookings had suffered as a result", "polarity", "major",
           "bookings for July had not been affected"),
     ],
     traps=[
         T("None of the passengers was hurt", "No passengers were harmed"),
         T("inspectors found nothing wrong with the structure of the hull",
           "An inspection found no structural problems with the hull"),
     ])

# ---------------------------------------------------------------------------
# Offsets, validation, output
# ---------------------------------------------------------------------------

EXPECTED = {
    "pairs": 40,
    "labels": {"consistent": 20, "inconsistent": 20},
    "modes": {"rewrite": 20, "summary": 10, "translation": 10},
    "errors": 30,
    "error_types": {"entity": 3, "number": 3, "date": 3, "role": 3,
                    "polarity": 3, "modality": 3, "attribution": 3,
                    "event": 3, "omission": 2, "addition": 2,
                    "repetition": 2},
}


class Invalid(Exception):
    pass


def find_nth(hay, needle, occ):
    idx = -1
    for _ in range(occ + 1):
        idx = hay.find(needle, idx + 1)
        if idx < 0:
            raise Invalid("not found (occurrence %d): %r" % (occ, needle))
    return idx


def is_word_char(c):
    return c.isalnum()


def cuts_word(s, pos):
    return 0 < pos < len(s) and is_word_char(s[pos - 1]) and is_word_char(s[pos])


def word_count(s):
    return len(re.findall(r"\S+", s))


def build_record(num, c):
    rid = "%s-%03d" % (ID_PREFIX, num)
    cand, ref = c["candidate"], c["reference"]

    def fail(msg):
        raise Invalid("%s (%s): %s" % (rid, c["domain"], msg))

    errors = []
    for e in c["errors"]:
        if e["type"] not in ERROR_TYPES:
            fail("bad error type %r" % e["type"])
        if e["severity"] not in SEVERITIES:
            fail("bad severity %r" % e["severity"])
        if e["type"] == "omission":
            if e["text"] != "":
                fail("omission text must be empty")
            if (e["before"] is None) == (e["after"] is None):
                fail("omission needs exactly one of before/after")
            if e["before"] is not None:
                pos = find_nth(cand, e["before"], e["occ"])
            else:
                pos = find_nth(cand, e["after"], e["occ"]) + len(e["after"])
            start = end = pos
        else:
            if not e["text"]:
                fail("empty error text")
            start = find_nth(cand, e["text"], e["occ"])
            end = start + len(e["text"])
        errors.append({"start": start, "end": end, "text": e["text"],
                       "type": e["type"], "severity": e["severity"],
                       "ref_text": e["ref_text"]})
    traps = []
    for t in c["traps"]:
        start = find_nth(cand, t["text"], t["occ"])
        traps.append({"start": start, "end": start + len(t["text"]),
                      "text": t["text"], "ref_text": t["ref_text"]})
    label = "inconsistent" if errors else "consistent"
    return {"id": rid, "domain": c["domain"], "mode": c["mode"],
            "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps}


def validate_record(r):
    rid, cand, ref = r["id"], r["candidate"], r["reference"]

    def fail(msg):
        raise Invalid("%s (%s): %s" % (rid, r["domain"], msg))

    if r["mode"] not in ("rewrite", "summary", "translation"):
        fail("bad mode")
    if r["domain"] not in DOMAINS:
        fail("domain not in list")
    for name, s in (("reference", ref), ("candidate", cand)):
        if s != s.strip() or "  " in s or "\n" in s:
            fail("%s has stray whitespace" % name)
    wc = word_count(ref)
    if not 70 <= wc <= 190:
        fail("reference has %d words" % wc)
    if r["mode"] == "summary" and not (len(cand) < len(ref)
                                       and word_count(cand) < wc):
        fail("summary not shorter than reference")
    if cand == ref:
        fail("candidate identical to reference")

    spans = []
    for e in r["errors"]:
        s, t = e["start"], e["end"]
        if cand[s:t] != e["text"]:
            fail("error text/offset mismatch %r" % e["text"])
        if e["type"] == "omission":
            if r["mode"] == "summary":
                fail("omission in a summary")
            if s != t or e["text"] != "":
                fail("omission must be an empty span")
            if not e["ref_text"] or e["ref_text"] not in ref:
                fail("omission ref_text not in reference: %r" % e["ref_text"])
            if e["ref_text"] in cand:
                fail("omitted words still in candidate: %r" % e["ref_text"])
            if cuts_word(cand, s):
                fail("omission point inside a word")
            spans.append((s, t, "omission"))
            continue
        if s >= t:
            fail("empty non-omission span")
        if e["text"] != e["text"].strip():
            fail("span has outer whitespace %r" % e["text"])
        if cuts_word(cand, s) or cuts_word(cand, t):
            fail("error span cuts a word: %r" % e["text"])
        if e["type"] in ("addition", "repetition"):
            if e["ref_text"] is not None:
                fail("%s must have ref_text null" % e["type"])
            if e["type"] == "repetition":
                first = cand.find(e["text"])
                if first < 0 or first + len(e["text"]) > s:
                    fail("repetition has no earlier copy: %r" % e["text"])
            else:
                if e["text"] in ref:
                    fail("addition text occurs in reference: %r" % e["text"])
        else:
            if not e["ref_text"] or e["ref_text"] not in ref:
                fail("error ref_text not in reference: %r" % e["ref_text"])
            if e["ref_text"] == e["text"]:
                fail("error text equals its ref_text")
            # an entity/number/date may be swapped for another one that the
            # reference mentions elsewhere; other error spans must be new text
            if (e["type"] not in ("entity", "number", "date")
                    and e["text"] in ref):
                fail("error text occurs verbatim in reference: %r" % e["text"])
        spans.append((s, t, e["type"]))
    for tr in r["traps"]:
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"] or s >= t:
            fail("trap text/offset mismatch %r" % tr["text"])
        if tr["text"] != tr["text"].strip():
            fail("trap has outer whitespace %r" % tr["text"])
        if cuts_word(cand, s) or cuts_word(cand, t):
            fail("trap cuts a word: %r" % tr["text"])
        if not tr["ref_text"] or tr["ref_text"] not in ref:
            fail("trap ref_text not in reference: %r" % tr["ref_text"])
        if tr["text"] in ref:
            fail("trap text is verbatim in reference: %r" % tr["text"])
        spans.append((s, t, "trap"))

    # no overlaps; an omission point may not sit strictly inside a span
    solid = sorted(x for x in spans if x[0] < x[1])
    for a, b in zip(solid, solid[1:]):
        if b[0] < a[1]:
            fail("overlapping spans %r and %r" % (a, b))
    for p, _, kind in spans:
        if kind == "omission":
            for s, t, _k in solid:
                if s < p < t:
                    fail("omission point inside another span")

    n_err, n_trap = len(r["errors"]), len(r["traps"])
    if r["label"] == "consistent":
        if n_err:
            fail("consistent pair with errors")
        if not 3 <= n_trap <= 5:
            fail("consistent pair needs 3-5 traps, has %d" % n_trap)
    else:
        if not 1 <= n_err <= 3:
            fail("inconsistent pair needs 1-3 errors, has %d" % n_err)
        if n_trap > 3:
            fail("inconsistent pair has %d traps" % n_trap)


def composition(records):
    from collections import Counter
    comp = {
        "pairs": len(records),
        "labels": dict(Counter(r["label"] for r in records)),
        "modes": dict(Counter(r["mode"] for r in records)),
        "mode_label": dict(Counter("%s/%s" % (r["mode"], r["label"])
                                   for r in records)),
        "errors": sum(len(r["errors"]) for r in records),
        "error_types": dict(Counter(e["type"] for r in records
                                    for e in r["errors"])),
        "severities": dict(Counter(e["severity"] for r in records
                                   for e in r["errors"])),
        "errors_per_inconsistent_pair": dict(Counter(
            len(r["errors"]) for r in records if r["errors"])),
        "traps": sum(len(r["traps"]) for r in records),
    }
    return comp


def validate_set(records):
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise Invalid("duplicate ids")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        raise Invalid("a domain is used twice")
    if sorted(doms) != sorted(DOMAINS):
        raise Invalid("domains do not match the list")
    comp = composition(records)
    for key in ("pairs", "labels", "modes", "errors", "error_types"):
        if comp[key] != EXPECTED[key]:
            raise Invalid("composition %s: %r != %r"
                          % (key, comp[key], EXPECTED[key]))
    for mode, n in EXPECTED["modes"].items():
        for label in ("consistent", "inconsistent"):
            got = comp["mode_label"].get("%s/%s" % (mode, label), 0)
            if got != n // 2:
                raise Invalid("%s/%s: %d pairs, want %d"
                              % (mode, label, got, n // 2))
    for t in ERROR_TYPES:
        if comp["error_types"].get(t, 0) < 2:
            raise Invalid("error type %s used fewer than twice" % t)
    per = comp["errors_per_inconsistent_pair"]
    if per.get(1, 0) + per.get(2, 0) < 0.75 * comp["labels"]["inconsistent"]:
        raise Invalid("most inconsistent pairs should carry 1-2 errors")
    return comp


def main(argv):
    check_only = "--check" in argv
    records = []
    try:
        for i, c in enumerate(CASES, 1):
            r = build_record(i, c)
            validate_record(r)
            records.append(r)
        comp = validate_set(records)
    except Invalid as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    print(json.dumps(comp, indent=1, sort_keys=True))
    if check_only:
        print("check passed; nothing written")
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
