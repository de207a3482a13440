#!/usr/bin/env python3
"""Held-out evaluation set 26 for the fact-comparison tool.

How it was made: every pair below was hand-written by a helper model that saw
no code or data of the project, working only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries appear
only as background).  Character offsets are never typed by hand: they are
computed here by string search (with an occurrence index where a quoted text
repeats) and everything is validated before the JSONL file is written.

Composition: 40 pairs, one per domain; 20 consistent / 20 inconsistent;
20 rewrites, 10 summaries, 10 translations (half of each mode consistent).
30 errors over the eleven error types (number 4; entity, date, role,
polarity, modality, event 3 each; attribution, omission, addition,
repetition 2 each); ten inconsistent pairs carry one error and ten carry two.
Consistent pairs carry 3-5 traps (faithful rewordings), inconsistent pairs 1-3.

Usage:  python3 make_set26.py           # validate and write set26.jsonl
        python3 make_set26.py --check   # validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

SET = 26
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % SET)

DOMAINS = [
    "jellyfish", "lorry parks", "school nurses", "seal colonies", "smart meters",
    "lifeguard training", "open mic nights", "braille printing", "otters",
    "sewer overflows", "visa centres", "radio stations", "stair lifts", "puffins",
    "solar roofs", "fox hunting", "heat networks", "hedgehogs", "youth clubs",
    "mobile libraries", "music venues", "poetry slams", "midwifery", "nail salons",
    "hydro turbines", "power cuts", "refugee camps", "reading festivals",
    "thatching", "lynx reintroduction", "game shooting", "streaming services",
    "sign language", "mill restoration", "ambulance stations", "windmills",
    "soup kitchens", "paramedic training", "laundromats", "perry",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

PAIRS = []


def E(text, type, severity, ref, occ=0):
    """An error span: `text` (its occ-th occurrence in the candidate)."""
    return {"kind": "span", "text": text, "type": type, "severity": severity,
            "ref_text": ref, "occ": occ}


def O(ref, severity, after=None, before=None, occ=0):
    """An omission: zero-width point right after `after` (or right before
    `before`), occ-th occurrence; `ref` holds the missing reference words."""
    return {"kind": "omission", "after": after, "before": before, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def add(num, domain, mode, reference, candidate, errors=(), traps=()):
    PAIRS.append({"num": num, "domain": domain, "mode": mode,
                  "reference": " ".join(reference.split()),
                  "candidate": " ".join(candidate.split()),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- rewrites 1-4
add(1, "jellyfish", "rewrite",
    """Lifeguards at Carrow Bay closed the main beach to swimmers on Saturday morning after
    more than 300 lion's mane jellyfish washed ashore overnight, the Vellmouth District Council
    said. The council said the closure would remain in place for at least 48 hours while staff
    cleared the tideline. Marine biologist Dr Hanna Restell of the Orrin Coast Institute said
    warmer sea temperatures had probably drawn the swarm closer to shore than usual. Three people
    were treated for minor stings on Friday evening, none of whom required hospital treatment.
    The council advised dog owners to keep pets on leads along the sand and warned that even dead
    jellyfish can still sting. Nearby Pelling Cove remains open.""",
    """More than 300 lion's mane jellyfish washed up overnight at Carrow Bay, prompting lifeguards
    to shut the main beach to swimmers on Saturday morning, according to Vellmouth District
    Council. The closure will last at least two days while staff clear the tideline, the council
    said. Warmer sea temperatures had likely pulled the swarm nearer the shore than normal, said
    Dr Hanna Restell, a marine biologist at the Orrin Coast Institute. On Friday evening three
    people received treatment for minor stings; none needed to go to hospital. Dog owners were
    advised to keep their pets on leads on the beach, and the council warned that jellyfish can
    sting even when dead. Pelling Cove, nearby, is still open.""",
    traps=[T("at least two days", "at least 48 hours"),
           T("had likely pulled", "had probably drawn"),
           T("none needed to go to hospital", "none of whom required hospital treatment"),
           T("jellyfish can sting even when dead", "even dead jellyfish can still sting")])

add(2, "lorry parks", "rewrite",
    """Hallborough Highways Authority has approved plans for a secure lorry park with 220 spaces
    beside junction 14 of the A61, the authority confirmed on Wednesday. The £18.5 million site,
    to be run by operator Kestrel Freight Services, will include showers, a canteen and
    round-the-clock security patrols. Officials said the facility was intended to reduce overnight
    parking in lay-bys, which has prompted 140 complaints from residents since January.
    Construction is due to start in the spring and the park is expected to open in late 2026.
    Drivers will pay £28 a night, although the first two hours will be free. Local councillor
    Marion Eddery said the decision was 'long overdue' but urged the authority to add landscaping
    to screen the site from nearby homes.""",
    """Plans for a secure 220-space lorry park next to junction 14 of the A61 have been approved by
    Hallborough Highways Authority, it confirmed on Wednesday. Operated by Kestrel Freight
    Services, the £18.5 million site will offer showers, a canteen and 24-hour security patrols.
    The aim, officials said, is to cut overnight parking in lay-bys, which has drawn 410
    complaints from residents since January. Work is due to begin in the spring, with the park
    expected to open in late 2026. Drivers will be charged £28 a night. Local councillor Marion
    Eddery called the decision 'long overdue' but urged the authority to add landscaping to
    screen the site from nearby homes.""",
    errors=[E("410", "number", "major", "140"),
            O("although the first two hours will be free", "minor", after="£28 a night")],
    traps=[T("220-space", "with 220 spaces"),
           T("24-hour security patrols", "round-the-clock security patrols")])

add(3, "school nurses", "rewrite",
    """The regional government of Ardley will recruit 85 additional school nurses over the next
    two years, Education Secretary Paulo Winstanley announced on Monday. The posts, funded by a
    £6.2 million grant, will be split between primary and secondary schools, with priority given
    to schools in the region's most deprived areas. Mr Winstanley said each nurse would cover no
    more than four schools, down from an average of seven at present. The Ardley Nurses'
    Association welcomed the plan but said it would not fully close the gap left by cuts made in
    2019. Recruitment is expected to begin in September, and the first nurses could be in post by
    January.""",
    """Eighty-five more school nurses will be recruited across Ardley over the coming two years,
    the region's education secretary, Paulo Winstanley, said on Monday. A £6.2 million grant will
    pay for the posts, which are to be divided between primary and secondary schools; schools in
    the most deprived parts of the region will be first in line. Each nurse will be responsible
    for at most four schools, compared with seven on average today, Winstanley said. While
    welcoming the plan, the Ardley Nurses' Association said it would not entirely make up for the
    cuts of 2019. Hiring is expected to start in September, with the first nurses possibly in post
    by January.""",
    traps=[T("Eighty-five more school nurses", "85 additional school nurses"),
           T("will be first in line", "with priority given"),
           T("at most four schools", "no more than four schools"),
           T("compared with seven on average today", "down from an average of seven at present"),
           T("possibly in post", "could be in post")])

add(4, "seal colonies", "rewrite",
    """A survey by the Northmere Wildlife Trust has found that the grey seal colony at Skarra Point
    produced 1,240 pups last winter, a rise of 9% on the previous year. The count was carried out
    by trust volunteers using drones between October and December. The trust said the colony was
    now the third largest on the east coast. However, it warned that disturbance from visitors was
    a growing concern, after a pup was abandoned by its mother when walkers approached too closely
    in November. The trust has asked the Skarra Harbour Board to fund seasonal wardens and to close
    the lower footpath during the pupping season. The board said it would consider the request at
    its next meeting.""",
    """Grey seals at Skarra Point produced 1,240 pups last winter, 9% more than the year before,
    according to a survey by the Northmere Wildlife Trust. Trust volunteers carried out the count
    with drones from October to December. The colony is now the east coast's third largest, the
    trust said. It warned, however, that disturbance by visitors was an increasing worry: in
    November a pup was abandoned by its mother after walkers got too close. The trust has been
    asked by the Skarra Harbour Board to pay for seasonal wardens and to shut the lower footpath
    during the pupping season. The board said it would look at the request at its next
    meeting.""",
    errors=[E("The trust has been asked by the Skarra Harbour Board", "role", "major",
              "The trust has asked the Skarra Harbour Board")],
    traps=[T("9% more than the year before", "a rise of 9% on the previous year"),
           T("the east coast's third largest", "the third largest on the east coast")])
# ---------------------------------------------------------------- rewrites 5-8
add(5, "smart meters", "rewrite",
    """Energy supplier Brightwell Power said on Thursday that it had installed 1.2 million smart
    meters since the start of its programme in 2021, about 40% of its customer base. The company
    admitted that around 95,000 of the devices were operating in 'dumb' mode, meaning they no
    longer sent readings automatically, largely because of weak mobile signal in rural areas.
    Chief operating officer Deborah Nkemelu said engineers would visit affected homes free of
    charge, starting with those in the Glenharrow valley, where the problem is most common.
    Customers whose bills had been estimated for more than six months would receive a £30 credit,
    she said. The regulator, the Office of Energy Standards, said it was monitoring the
    situation.""",
    """Brightwell Power has fitted 1.2 million smart meters since launching its programme in 2021,
    roughly two in five of its customers, the supplier said on Thursday. Some 95,000 of the meters
    were working in 'dumb' mode and had stopped sending readings automatically, the company
    acknowledged, mostly due to poor mobile coverage in the countryside. Engineers will call at
    the affected homes at no cost, beginning in the Glenharrow valley, where the fault is most
    widespread, according to chief operating officer Deborah Nkemelu. She said customers who had
    received estimated bills for over six months would be given a £30 credit. The Office of Energy
    Standards, the regulator, said it was keeping the situation under review.""",
    traps=[T("roughly two in five of its customers", "about 40% of its customer base"),
           T("acknowledged", "admitted"),
           T("at no cost", "free of charge"),
           T("for over six months", "for more than six months"),
           T("keeping the situation under review", "monitoring the situation")])

add(6, "lifeguard training", "rewrite",
    """The National Coastal Lifesaving Society will require all new beach lifeguards to complete
    40 hours of open-water training before their first season, up from 25 hours, the society
    announced on 3 March. The change follows a review led by former coastguard commander Ian
    Pardoe, which found that some trainees had qualified without ever swimming in surf. Existing
    lifeguards will not have to retake their qualification but may be asked to attend a refresher
    day. The society said the new rules would take effect from 1 April next year, giving training
    centres time to recruit instructors. Pardoe said the changes were 'proportionate' and could
    reduce the number of rescues that go wrong.""",
    """New beach lifeguards will have to do 40 hours of open-water training, rather than 25, before
    their first season, under rules announced by the National Coastal Lifesaving Society on 3
    March. The move comes after a review by Ian Pardoe, a former coastguard commander, found that
    some trainees had qualified without once swimming in surf. Lifeguards already working will not
    need to requalify but will be required to attend a refresher day. The new rules take effect
    from 1 April this year, the society said, giving training centres time to recruit instructors.
    Pardoe described the changes as 'proportionate' and said they could cut the number of rescues
    that go wrong.""",
    errors=[E("will be required to attend", "modality", "major", "may be asked to attend"),
            E("1 April this year", "date", "major", "1 April next year")],
    traps=[T("will not need to requalify", "will not have to retake their qualification"),
           T("rather than 25", "up from 25 hours")])

add(7, "open mic nights", "rewrite",
    """The Lantern Rooms, a 120-capacity bar in Dunsford's old market quarter, will resume its
    weekly open mic nights on 14 February after a five-month break, owner Carla Mbeki said. The
    events were suspended in September when neighbours complained about noise, and the venue has
    since installed acoustic panelling at a cost of £14,000, part-funded by a council grant.
    Under a new agreement with Dunsford Borough Council, performances must finish by 10.30pm and
    amplified music will be limited to two performers at a time. Mbeki said the nights had
    launched more than 60 local acts since 2017. 'We want to be good neighbours, but we also want
    to give people a stage,' she said.""",
    """Weekly open mic nights will return to the Lantern Rooms on 14 February following a
    five-month pause, said owner Carla Mbeki. The bar, which holds 120 people and sits in
    Dunsford's old market quarter, halted the events in September after noise complaints from
    neighbours. It has since spent £14,000 on acoustic panelling, with a council grant covering
    part of the bill. Dunsford Borough Council has agreed new terms with the venue under which
    performances must end by half past ten at night and no more than two performers at a time may
    use amplified music. According to Mbeki, more than 60 local acts have got their start at the
    nights since 2017. 'We want to be good neighbours, but we also want to give people a stage,'
    she said.""",
    traps=[T("which holds 120 people", "120-capacity"),
           T("with a council grant covering part of the bill", "part-funded by a council grant"),
           T("by half past ten at night", "by 10.30pm"),
           T("no more than two performers at a time may use amplified music",
             "amplified music will be limited to two performers at a time")])

add(8, "braille printing", "rewrite",
    """The Calder Institute for Blind People has opened a braille printing centre in Westgrove
    that can produce up to 2 million pages a year, the charity said on Tuesday. The £3.4 million
    facility will print textbooks, bank statements and council letters for clients across the
    country. Chief executive Rupa Sandhu said demand for braille had risen by 15% since 2022,
    driven largely by requests from schools. The charity's head of production, Owen Gethin, said
    the new machines could turn around a standard textbook in under a week, compared with six
    weeks previously. The centre employs 28 staff, eight of whom are blind or partially
    sighted.""",
    """A braille printing centre able to turn out as many as 2 million pages annually has been
    opened in Westgrove by the Calder Institute for Blind People, the charity said on Tuesday.
    Textbooks, bank statements and council letters for clients nationwide will be printed at the
    £3.4 million facility. Demand for braille has grown by 15% since 2022, largely because of
    requests from schools, according to chief executive Rupa Sandhu. Sandhu also said the new
    machines could turn around a standard textbook in less than a week, compared with six weeks
    before. The centre has 28 staff, eight of them blind or partially sighted.""",
    errors=[E("Sandhu", "attribution", "major", "Owen Gethin", occ=1)],
    traps=[T("as many as 2 million pages annually", "up to 2 million pages a year"),
           T("nationwide", "across the country")])
# --------------------------------------------------------------- rewrites 9-12
add(9, "otters", "rewrite",
    """Otters have been recorded on every major river in the county of Wenholm for the first time
    since surveys began in 1977, according to a report published on Friday by the Wenholm Rivers
    Partnership. Volunteers found spraints, footprints or other signs of otters at 212 of the 260
    sites checked last year, compared with just 31 sites in the first survey. The partnership's
    ecologist, Dr Ferris Oduya, credited cleaner water and the removal of weirs for the recovery.
    But she cautioned that road deaths remained a serious threat, with 46 otters found dead on
    county roads in 2024. The partnership is calling for more underpasses to be built beneath busy
    roads near rivers.""",
    """For the first time since surveys began in 1977, otters have been found on all of Wenholm's
    major rivers, the Wenholm Rivers Partnership said in a report released on Friday. Last year
    volunteers checked 260 sites and found spraints, tracks or other evidence of otters at 212 of
    them; in the first survey, signs turned up at only 31. Cleaner water and the removal of weirs
    lie behind the recovery, according to Dr Ferris Oduya, the partnership's ecologist. She warned,
    however, that deaths on the roads were still a serious danger: 46 otters were found dead on the
    county's roads in 2024. The partnership wants more underpasses built under busy roads close to
    rivers.""",
    traps=[T("on all of Wenholm's major rivers", "on every major river in the county of Wenholm"),
           T("tracks", "footprints"),
           T("only 31", "just 31 sites"),
           T("wants more underpasses built", "is calling for more underpasses to be built")])

add(10, "sewer overflows", "rewrite",
    """Eastholme Water discharged untreated sewage into rivers and coastal waters for a total of
    38,400 hours last year, a 12% increase on 2023, according to figures released by the
    Environment Monitoring Agency on Monday. The agency said the company had breached its permits
    at 17 overflow sites and had failed to report four spills within the required time. Eastholme
    Water said heavy rainfall in the autumn had overwhelmed parts of its network and that it was
    investing £310 million in storage tanks by 2030. Campaign group Clear Rivers Now said the
    figures were 'a national embarrassment'. The agency has not ruled out a criminal
    investigation.""",
    """Figures released on Monday by the Environment Monitoring Agency show that Eastholme Water
    spilled untreated sewage into rivers and coastal waters for 38,400 hours in total last year,
    up 21% on 2023. According to the agency, the company breached its permits at 17 overflow sites
    and did not report four spills within the required time. The company blamed heavy autumn
    rainfall for overwhelming parts of its network and said it was investing £310 million in
    storage tanks by 2030. Clear Rivers Now, a campaign group, called the figures 'a national
    embarrassment'. The agency has ruled out a criminal investigation.""",
    errors=[E("21%", "number", "major", "12%"),
            E("has ruled out", "polarity", "critical", "has not ruled out")],
    traps=[T("did not report four spills", "had failed to report four spills")])

add(11, "visa centres", "rewrite",
    """The government of Velmora will open three new visa application centres in West Africa by the
    end of June, its foreign ministry said on Wednesday, in an effort to cut waiting times that
    have reached as long as 14 weeks. The centres, in Ghana, Senegal and Nigeria, will be operated
    by the private contractor Transglobe Visa Services under a five-year contract worth 42 million
    euros. Ministry spokesperson Ilse Carvalho said the aim was to process standard tourist visas
    within 15 working days. Applicants will still be required to attend in person to give
    fingerprints. Business groups, which had complained that delays were costing them contracts,
    welcomed the announcement.""",
    """Velmora is to open three more visa application centres in West Africa by the end of June, the
    country's foreign ministry announced on Wednesday, as it tries to reduce waits that have
    stretched to 14 weeks. Private contractor Transglobe Visa Services will run the centres in
    Ghana, Senegal and Nigeria under a €42m, five-year deal. The goal is to handle standard
    tourist visas within three working weeks, said ministry spokesperson Ilse Carvalho. Applicants
    will still have to turn up in person to have their fingerprints taken. The announcement was
    welcomed by business groups, which had complained that the delays were losing them
    contracts.""",
    traps=[T("reduce waits that have stretched to 14 weeks",
             "cut waiting times that have reached as long as 14 weeks"),
           T("a €42m, five-year deal", "a five-year contract worth 42 million euros"),
           T("within three working weeks", "within 15 working days"),
           T("turn up in person", "attend in person")])

add(12, "radio stations", "rewrite",
    """Community broadcaster Harbour FM will stop transmitting on FM at the end of August and move
    to digital radio and online streaming only, its board said on Thursday. The station, which has
    served the Portlaven area since 1994, said rising transmitter costs had made its FM licence
    unaffordable. Station manager Gwen Tallis said the switch would save about £22,000 a year.
    Listeners' group Friends of Harbour FM said older residents without digital sets could lose
    access, and asked the board to delay the change until spring. The board said it would
    distribute 500 free digital radios through local libraries and the Portlaven Senior Citizens'
    Forum.""",
    """Harbour FM, a community broadcaster, will switch off its FM signal at the end of August and
    continue on digital radio and online streaming only, the station's board announced on
    Thursday. Rising transmitter costs had made its FM licence unaffordable, said the station,
    which has been on air in the Portlaven area since 1994. The move will save roughly £22,000 a
    year, according to station manager Gwen Tallis. Friends of Harbour FM, a listeners' group,
    warned that older residents who do not have digital sets could be cut off, and urged the board
    to put the change back until spring. The board said it would hand out 500 free digital radios
    via local libraries and Friends of Harbour FM.""",
    errors=[E("Friends of Harbour FM", "entity", "major",
              "the Portlaven Senior Citizens' Forum", occ=1)],
    traps=[T("roughly £22,000", "about £22,000"),
           T("put the change back until spring", "delay the change until spring")])
# -------------------------------------------------------------- rewrites 13-16
add(13, "stair lifts", "rewrite",
    """Stairlift maker Ascenda Mobility has recalled 6,800 units sold between March 2022 and October
    2023 after reports that a faulty sensor could cause the seat to stop suddenly mid-journey, the
    Product Safety Office said on Friday. No injuries have been reported, but the office said
    owners should not use the lifts until they have been inspected. Ascenda said engineers would
    visit every affected home within 30 days to replace the sensor free of charge. The company
    estimated the cost of the recall at £4.1 million. Owners can check whether their model is
    affected by entering its serial number on the company's website or by calling its
    helpline.""",
    """The Product Safety Office said on Friday that Ascenda Mobility, which makes stairlifts, had
    recalled 6,800 units sold from March 2022 to October 2023, following reports that a defective
    sensor could make the seat halt abruptly partway through a journey. While nobody has been
    reported hurt, owners should not use the lifts until they have been checked, the office said.
    The company said it would send engineers to every affected home within 30 days to fit a new
    sensor at no charge, and put the cost of the recall at £4.1 million. To find out whether their
    model is included, owners can enter its serial number on Ascenda's website or call its
    helpline.""",
    traps=[T("a defective sensor", "a faulty sensor"),
           T("While nobody has been reported hurt", "No injuries have been reported"),
           T("at no charge", "free of charge"),
           T("put the cost of the recall at £4.1 million",
             "estimated the cost of the recall at £4.1 million")])

add(14, "puffins", "rewrite",
    """The number of breeding puffins on the Tarrow Isles has fallen by a quarter in five years,
    according to a count published by the Atlantic Seabird Trust on Tuesday. Rangers recorded
    18,300 occupied burrows this summer, down from 24,500 in 2019. The trust's chief scientist,
    Dr Mairi Lennox, said a shortage of sand eels, the birds' main food, was the most likely
    cause. She said chicks on the islands were being fed fewer and smaller fish than a decade ago.
    The trust will fit 40 adult birds with tracking tags next spring to find out where they are
    feeding. Boat trips to the islands will continue, but visitors will be asked to stay on marked
    paths.""",
    """Breeding puffin numbers on the Tarrow Isles have dropped by 25% over five years, a count
    released by the Atlantic Seabird Trust on Tuesday shows. This summer rangers found 18,300
    occupied burrows, against 24,500 in 2019. A lack of sand eels, the puffins' main food, was the
    most probable cause, said Dr Mairi Lennox, the trust's chief scientist, adding that
    overfishing by foreign trawlers had made the shortage worse. Chicks on the islands are being
    given fewer and smaller fish than ten years ago, she said. Next spring the trust will fit 40
    adult birds with tracking tags to find out where they are feeding, to find out where they are
    feeding. Boat trips to the islands will go on, but visitors will be asked to keep to marked
    paths.""",
    errors=[E("adding that overfishing by foreign trawlers had made the shortage worse",
              "addition", "major", None),
            E("to find out where they are feeding", "repetition", "minor", None, occ=1)],
    traps=[T("by 25%", "by a quarter"),
           T("ten years ago", "a decade ago")])

add(15, "solar roofs", "rewrite",
    """Housebuilder Marlow Gate Homes said on Monday that all new homes it starts building from
    January will be fitted with solar panels as standard, a year before new national rules require
    it. The company, which built 3,900 homes last year, said the panels would add about £6,500 to
    the cost of each house but could cut residents' electricity bills by up to £600 a year.
    Managing director Tomas Reyes said the firm would not pass the full cost on to buyers. The
    Home Builders' Council said several other large developers were likely to follow.
    Environmental group Greener Streets called the move welcome but said solar panels should be
    combined with better insulation.""",
    """From January, every new home Marlow Gate Homes begins building will come with solar panels
    as standard, 12 months ahead of new national rules making them compulsory, the housebuilder
    said on Monday. The panels will add roughly £6,500 to the cost of each house, but could reduce
    residents' electricity bills by as much as £600 a year, said the company, which built 3,900
    homes last year. Buyers will not bear the whole cost, managing director Tomas Reyes said. A
    number of other big developers are expected to do the same, according to the Home Builders'
    Council. Greener Streets, an environmental group, said it welcomed the move but argued that
    solar panels should go hand in hand with better insulation.""",
    traps=[T("12 months ahead of", "a year before"),
           T("by as much as £600 a year", "by up to £600 a year"),
           T("Buyers will not bear the whole cost", "would not pass the full cost on to buyers"),
           T("are expected to do the same", "were likely to follow")])

add(16, "fox hunting", "rewrite",
    """Police in the county of Ashcombe have charged two members of the Brayfield Hunt with
    illegally hunting a fox with dogs during a meet near the village of Lower Tansey on 12
    December. The men, aged 34 and 51, are due to appear before Ashcombe magistrates on 9 February.
    The charges follow a complaint by the League for Wild Animals, which handed police video
    footage it said showed hounds chasing a fox across farmland. The hunt said it had been carrying
    out lawful trail hunting and that it would cooperate fully with the inquiry. Hunting wild
    mammals with dogs has been banned in the country since 2005.""",
    """Police in Ashcombe have arrested two members of the Brayfield Hunt on suspicion of illegally
    hunting a fox with dogs at a meet near the village of Lower Tansey on 12 December. The
    men, who are 34 and 51, are due to appear before the county's magistrates on 9 February. The
    action follows a complaint from the League for Wild Animals, which gave police video footage
    that it said showed hounds pursuing a fox over farmland. According to the hunt, it had been
    trail hunting lawfully and would fully cooperate with the investigation. Hunting wild mammals
    with dogs has been illegal in the country since 2005.""",
    errors=[E("arrested", "event", "major", "charged")],
    traps=[T("pursuing a fox over farmland", "chasing a fox across farmland"),
           T("has been illegal", "has been banned")])
# -------------------------------------------------------------- rewrites 17-20
add(17, "heat networks", "rewrite",
    """Carrick City Council has signed a £96 million contract with engineering group Hollis Thermal
    to build a district heat network that will supply 7,500 homes and 40 public buildings in the
    Northbank area. The network will draw heat from a sewage treatment works and the river using
    large heat pumps, and is expected to cut carbon emissions from the buildings by around 70%.
    Construction will begin in October and last about three years. Council leader Nadia Farrow
    said households connecting to the scheme would pay no more for heating than they do now.
    Connection will be voluntary for existing homes but compulsory for new developments in the
    area.""",
    """Hollis Thermal, an engineering group, has been awarded a £96m contract by Carrick City
    Council to build a district heat network in Northbank that will serve 7,500 homes and 40
    public buildings. Using large heat pumps, the network will take heat from the river and a
    sewage treatment works, and is expected to reduce the buildings' carbon emissions by roughly
    70%. Work will start in October and take around three years. According to council leader Nadia
    Farrow, households that join the scheme will not pay more for heating than they do at present.
    Existing homes can choose whether to connect, but new developments in the area will have
    to.""",
    traps=[T("£96m", "£96 million"),
           T("will not pay more for heating", "would pay no more for heating"),
           T("Existing homes can choose whether to connect",
             "Connection will be voluntary for existing homes"),
           T("will have to", "compulsory")])

add(18, "hedgehogs", "rewrite",
    """A hedgehog rescue centre in the market town of Pellham has been forced to stop taking in new
    animals after admissions more than doubled this autumn, its founder said on Sunday. Tiggy Lane
    Rescue cared for 410 hedgehogs between September and November, compared with 190 in the same
    period last year. Founder Ruth Akinde said many of the animals were underweight juveniles that
    would not survive hibernation without help. The centre, which relies entirely on donations and
    35 volunteers, hopes to reopen to new admissions in January if it can raise £12,000 for extra
    heated pens. Akinde urged people who find small hedgehogs in gardens to contact the centre for
    advice rather than bringing them in.""",
    """Tiggy Lane Rescue, a hedgehog rescue centre in the market town of Pellham, has had to stop
    accepting new animals after admissions more than doubled this autumn, its founder said on
    Sunday. Between September and November it looked after 410 hedgehogs, against 190 over the
    same months last year. Many were underweight young hedgehogs that would not make it through
    hibernation unaided, founder Ruth Akinde said. The centre, which depends wholly on donations
    and 35 volunteers, hopes to reopen to new admissions in January. Akinde asked anyone finding
    small hedgehogs in their garden to get in touch with the centre for advice instead of bringing
    them in.""",
    errors=[O("if it can raise £12,000 for extra heated pens", "major",
              after="reopen to new admissions in January")],
    traps=[T("would not make it through hibernation unaided",
             "would not survive hibernation without help"),
           T("depends wholly on donations", "relies entirely on donations")])

add(19, "youth clubs", "rewrite",
    """Brennock Borough Council has reversed a decision to close four of its seven youth clubs,
    after a consultation in which more than 2,300 residents responded. The clubs will now stay open
    until at least March 2027, funded by a £780,000 grant from the Ellery Foundation, a local
    charity. Councillor Sean Maddox, who is responsible for children's services, said the council
    had 'listened to young people'. Opening hours at two of the clubs will be cut from five
    evenings a week to three, however. The council had originally proposed the closures in June to
    help close a £9 million budget gap. Youth workers' union branch secretary Alice Fenn said the
    reprieve was 'a relief but not a long-term solution'.""",
    """Four of Brennock's seven youth clubs will no longer close after the borough council
    overturned its decision following a consultation that drew responses from over 2,300
    residents. A £780,000 grant from the Ellery Foundation, a local charity, will keep the four
    clubs running until March 2027 at the earliest. The council had 'listened to young people',
    said Sean Maddox, the councillor in charge of children's services. Two of the clubs will,
    however, open on three evenings a week instead of five. The closures were first proposed in
    June as a way of helping to bridge a £9 million shortfall in the budget. Alice Fenn, branch
    secretary for the youth workers' union, described the reprieve as 'a relief but not a
    long-term solution'.""",
    traps=[T("overturned its decision", "reversed a decision"),
           T("over 2,300 residents", "more than 2,300 residents"),
           T("until March 2027 at the earliest", "until at least March 2027"),
           T("on three evenings a week instead of five", "cut from five evenings a week to three"),
           T("bridge a £9 million shortfall in the budget", "close a £9 million budget gap")])

add(20, "mobile libraries", "rewrite",
    """Two new electric mobile libraries will begin serving 48 villages across the Harlowe Hills
    from 6 May, Harlowe County Council said on Thursday. The vans, ordered in November from
    coachbuilder Denholm & Pryce at a cost of £215,000 each, replace diesel vehicles that had been
    in service since 2009. Each carries about 3,000 books and offers free wifi and a printer. The
    council's head of libraries, Grace Okafor, said the vans would visit each village once every
    three weeks, more often than the current monthly service. Residents will also be able to order
    books online for collection from the van. Around 5,200 people used the service last year.""",
    """From 6 May, 48 villages across the Harlowe Hills will be served by two new electric mobile
    libraries, Harlowe County Council announced on Thursday. Ordered in May from coachbuilder
    Denholm & Pryce for £215,000 apiece, the vans take over from diesel vehicles in use since 2009.
    Each holds roughly 3,000 books and has free wifi and a printer. Grace Okafor, head of libraries
    at Denholm & Pryce, said the vans would call at every village once every three weeks, more
    frequently than the monthly service now offered. Residents will also be able to order books
    online and pick them up from the van. Some 5,200 people used the service last year.""",
    errors=[E("in May", "date", "minor", "in November"),
            E("Denholm & Pryce", "entity", "major", "council", occ=1)],
    traps=[T("£215,000 apiece", "£215,000 each"),
           T("Some 5,200 people", "Around 5,200 people")])
# ------------------------------------------------------------- summaries 21-25
add(21, "music venues", "summary",
    """Nearly one in five small music venues in the Kestria region closed during the past year,
    according to a report published on Wednesday by the Grassroots Venues Alliance. The alliance
    said 31 of its 164 member venues shut their doors between April 2024 and March 2025, most of
    them citing rising rents, energy bills and falling late-night spending. A further 40 venues
    said they were at risk of closing within 12 months. The report calls for a £1 levy on every
    ticket sold for arena and stadium concerts, with the money going to a fund for small venues.
    Alliance chair Marcus Bellweather said grassroots stages were 'where every headline act
    started' and that without support 'the pipeline of new talent will dry up'. The Kestrian
    Promoters' Association said it was open to discussing a levy but that any scheme should be
    voluntary. The regional culture minister, Fiona Strand, said she would meet both groups next
    month.""",
    """Almost a fifth of small music venues in Kestria, 31 of the Grassroots Venues Alliance's 164
    members, closed in the year to March 2025, most blaming higher rents and energy bills and lower
    late-night spending; another 40 say they are at risk of closing within a year. The alliance
    wants a £1 levy on arena and stadium tickets to fund small venues, while promoters say any
    scheme should be voluntary. Culture minister Fiona Strand will meet both sides next month.""",
    traps=[T("Almost a fifth", "Nearly one in five"),
           T("in the year to March 2025", "between April 2024 and March 2025"),
           T("within a year", "within 12 months"),
           T("a £1 levy on arena and stadium tickets",
             "a £1 levy on every ticket sold for arena and stadium concerts")])

add(22, "poetry slams", "summary",
    """The Calloway Poetry Slam, one of the longest-running spoken word competitions in the country,
    will celebrate its 25th year with a three-day festival in the city of Marrenford from 18 to 20
    October. Organisers said more than 90 poets had entered this year's qualifying rounds, held in
    12 towns, with 16 finalists going through to the festival. The winner will receive £2,500 and
    a publishing deal with independent press Wren & Ash Books. Festival director Kemi Ashworth said
    the event had grown from a monthly night in a pub back room to an institution that draws
    audiences of up to 1,500. This year's programme also includes workshops for secondary school
    pupils and a slam performed entirely in sign language. Tickets go on sale on Friday, priced
    from £8, with free entry for under-18s.""",
    """The Calloway Poetry Slam marks its 25th year with a three-day festival in Marrenford on 18-20
    October. More than 90 poets from qualifying rounds in 12 towns will compete in the final, with
    the winner getting £2,500 and a book deal with Wren & Ash Books. The programme includes school
    workshops and a sign-language slam; tickets, from £8 and free for under-18s, go on sale on
    Friday.""",
    errors=[E("More than 90", "number", "major", "16")],
    traps=[T("18-20 October", "from 18 to 20 October"),
           T("a book deal", "a publishing deal")])

add(23, "midwifery", "summary",
    """The Ravensmoor Health Board has announced plans to reopen the midwife-led birth unit at
    Farley Community Hospital, which closed in 2022 because of staff shortages. The unit will
    reopen in stages from next April, initially offering births only during weekday daytime hours,
    with a full 24-hour service expected by the end of 2026. The board said it had recruited 14
    midwives over the past year, including six who had returned from retirement, and would need to
    hire a further eight. Around 600 women a year gave birth at the unit before it closed, and
    since then expectant mothers in the area have had to travel up to 45 miles to the nearest
    maternity ward. Director of midwifery Siobhan Calder said the board was 'confident but not
    complacent' about meeting the timetable. Local campaign group Birth Local Farley, which
    collected 11,000 signatures calling for the unit's reopening, described the news as a
    victory.""",
    """Farley Community Hospital's midwife-led birth unit, shut since 2022 for lack of staff, is to
    reopen in phases from next April, the Ravensmoor Health Board says. Births will at first be
    offered only on weekday daytimes, with round-the-clock cover expected by the end of 2026. The
    board has taken on 14 midwives in the last year and needs eight more. Campaigners who gathered
    11,000 signatures for the reopening hailed the news as a victory.""",
    traps=[T("for lack of staff", "because of staff shortages"),
           T("in phases", "in stages"),
           T("round-the-clock cover", "a full 24-hour service"),
           T("has taken on 14 midwives", "had recruited 14 midwives"),
           T("needs eight more", "would need to hire a further eight")])

add(24, "nail salons", "summary",
    """Trading standards officers in the borough of Stanwick inspected 38 nail salons over the
    summer and found that 21 were using products containing banned chemicals, the borough council
    said on Tuesday. Officers seized more than 600 bottles of gel polish and nail glue, some of
    which contained methyl methacrylate, a substance that can cause skin damage and allergic
    reactions. The inspections were launched after the regional fire service asked the council to
    examine how salons stored flammable solvents. Three salons were issued with prohibition notices
    and have been ordered to close until they improve their practices. The council said it was
    considering introducing a licensing scheme for nail salons, similar to those already in place
    for tattoo parlours. Councillor Priya Haldane said most salon owners had cooperated and that
    the aim was 'to protect customers and workers, not to punish small businesses'.""",
    """Stanwick trading standards officers found banned chemicals in products at 21 of the 38 nail
    salons they inspected over the summer and seized over 600 bottles of gel polish and nail glue.
    The inspections began after the council asked the regional fire service to examine how salons
    stored flammable solvents. Three salons must close until they improve their practices, and the
    council will introduce a licensing scheme like those for tattoo parlours.""",
    errors=[E("the council asked the regional fire service", "role", "major",
              "the regional fire service asked the council"),
            E("will introduce", "modality", "major", "was considering introducing")],
    traps=[T("over 600 bottles", "more than 600 bottles"),
           T("must close", "have been ordered to close")])

add(25, "hydro turbines", "summary",
    """A community-owned hydro-electric scheme on the River Elvan began generating power on Monday,
    three years after residents of the village of Kirkbrae voted to pursue the project. The
    250-kilowatt turbine, installed at a disused weir, is expected to produce around 900
    megawatt-hours of electricity a year, enough for about 300 homes. The £1.9 million cost was met
    through a share offer that raised £1.1 million from 640 investors, along with a loan from the
    Rural Energy Bank. Electricity will be sold to the grid, and profits, estimated at £40,000 a
    year once the loan is repaid, will go into a community fund. Kirkbrae Hydro chair Elspeth Munro
    said a fish pass had been built alongside the turbine to allow salmon to move upstream. The
    scheme was delayed for a year by a dispute over the water abstraction licence, which was
    resolved in 2024.""",
    """Kirkbrae Hydro's community-owned 250kW turbine on the River Elvan started generating on Monday
    and is expected to produce about 900MWh a year, enough for roughly 300 homes. The £1.9m scheme
    was funded by a £1.1m share offer to 640 investors and a Rural Energy Bank loan; once the loan
    is paid off, profits of an estimated £40,000 a year will go to a community fund.""",
    traps=[T("250kW", "250-kilowatt"),
           T("about 900MWh", "around 900 megawatt-hours"),
           T("roughly 300 homes", "about 300 homes"),
           T("£1.9m", "£1.9 million"),
           T("once the loan is paid off", "once the loan is repaid")])
# ------------------------------------------------------------- summaries 26-30
add(26, "power cuts", "summary",
    """More than 48,000 homes and businesses in the Morven Peninsula lost power on Sunday night after
    high winds brought down overhead lines, network operator Westline Electricity said. Gusts of up
    to 85mph were recorded at the Morven lighthouse. By Monday evening supply had been restored to
    all but 3,200 properties, most of them in remote areas. The company said some customers might
    not be reconnected until Wednesday. It has opened four welfare centres offering hot food and
    phone charging, and said vulnerable customers on its priority register would be contacted
    directly. Customers who are without power for more than 48 hours are entitled to compensation
    of £80, rising by £40 for each further 12 hours. Regional councillor Andrew Duthie said
    residents had been 'remarkably patient' but questioned whether enough engineers had been on
    standby.""",
    """High winds, with gusts of up to 85mph, cut power to over 48,000 properties on the Morven
    Peninsula on Sunday night. By Monday evening all but 3,200, mostly in remote areas, had been reconnected,
    though some may have to wait until Wednesday. Westline Electricity has opened four welfare
    centres; customers without power for more than 48 hours are entitled to £80 compensation, plus
    £40 for every further 12 hours, which the company has pledged to pay automatically.""",
    errors=[E("which the company has pledged to pay automatically", "addition", "minor", None)],
    traps=[T("over 48,000 properties", "More than 48,000 homes and businesses"),
           T("some may have to wait until Wednesday",
             "some customers might not be reconnected until Wednesday")])

add(27, "refugee camps", "summary",
    """The International Relief Coalition said on Thursday it needs an additional $34 million to
    maintain water and sanitation services at the Hadar Plains camp in eastern Chad until the end of
    the year. The camp, set up in 2021 for 40,000 people, now shelters around 118,000, after a surge
    of new arrivals since January. The coalition said each person currently receives an average of
    11 litres of water a day, below the emergency minimum of 15 litres. Cases of acute watery
    diarrhoea have tripled since March, mostly among children under five. Country director Amadou
    Sellami said the coalition had received only 38% of the funding it had requested for the year.
    Without new money, he said, water trucking could be reduced from July. The coalition is also
    appealing for donors to fund a second borehole, which would cost about $1.5 million.""",
    """The International Relief Coalition says it needs another $34m to keep water and sanitation
    services going until year-end at the Hadar Plains camp in Chad, built for 40,000 people but now
    home to about 118,000. Residents get an average of 11 litres of water a day, under the 15-litre
    emergency minimum, and diarrhoea cases have trebled since March. Having received only 38% of
    its funding, the coalition warns that without new money water trucking could be cut from
    July.""",
    traps=[T("another $34m", "an additional $34 million"),
           T("until year-end", "until the end of the year"),
           T("under the 15-litre emergency minimum", "below the emergency minimum of 15 litres"),
           T("have trebled", "have tripled")])

add(28, "reading festivals", "summary",
    """The Hollowmere Children's Reading Festival will move from its traditional home in the town's
    library to the larger Corn Exchange building next year after attendance rose to a record
    14,000, organisers said on Monday. The three-day festival, founded in 2011 by retired teacher
    Dorothy Penhale, brings authors and illustrators to run free sessions for children aged four to
    14. Festival director Laila Brandt said the library could no longer cope with the crowds, with
    some sessions turning away families this year. The move has been funded by a £60,000 donation
    from local publisher Greythorn Press. Penhale, now the festival's patron, said she was
    'thrilled' but hoped the library would still host some events. The festival will take place
    from 10 to 12 July.""",
    """After record attendance of 14,000, the Hollowmere Children's Reading Festival will move next
    year from the town library to the bigger Corn Exchange. Founder Dorothy Penhale said the
    library could no longer cope with the crowds, and some sessions were cancelled this year. A
    £60,000 donation from publisher Greythorn Press is paying for the move. The festival runs from
    10 to 12 July.""",
    errors=[E("Founder Dorothy Penhale", "attribution", "major", "Festival director Laila Brandt"),
            E("some sessions were cancelled", "event", "major",
              "some sessions turning away families")],
    traps=[T("the bigger Corn Exchange", "the larger Corn Exchange building")])

add(29, "thatching", "summary",
    """A shortage of skilled thatchers is delaying repairs to hundreds of listed cottages across the
    county of Somerleigh, according to a survey by the Somerleigh Heritage Trust published on
    Wednesday. The trust found that homeowners were waiting an average of 14 months for
    re-thatching, compared with five months in 2019. There are now an estimated 46 working master
    thatchers in the county, down from about 70 a decade ago, and more than half are over 55. The
    trust has launched a £250,000 apprenticeship scheme, backed by the Guild of Rural Crafts, that
    will train 12 new thatchers over four years. Trust director Howard Finch said the craft was 'at
    real risk of disappearing' in parts of the county. The survey also found that the cost of
    re-thatching an average cottage had risen by about 30% since 2019, partly because of the higher
    price of water reed.""",
    """Homeowners in Somerleigh now wait 14 months on average for re-thatching, up from five months
    in 2019, as the number of master thatchers has fallen to an estimated 46 from about 70 ten
    years ago, the Somerleigh Heritage Trust says. More than half of them are older than 55. The
    trust has launched a £250,000 scheme to train 12 apprentices over four years.""",
    traps=[T("14 months on average", "an average of 14 months"),
           T("ten years ago", "a decade ago"),
           T("older than 55", "over 55"),
           T("to train 12 apprentices", "will train 12 new thatchers")])

add(30, "lynx reintroduction", "summary",
    """The Northern Uplands Wildlife Authority has rejected an application to release six Eurasian
    lynx into Calderwood Forest, saying the applicants had not shown that the animals could be kept
    away from sheep farms. The application was submitted last year by the Wild Calderwood Trust,
    which argued that lynx would help control the forest's growing deer population. The authority's
    decision panel said the trust's plans for monitoring the cats were 'promising' but that it had
    not secured enough support from local landowners. Of 212 responses to a public consultation,
    58% supported the release, but most farmers opposed it. The trust said it was disappointed and
    would consider submitting a revised application within two years. The Upland Sheep Farmers'
    Union welcomed the decision, saying lynx would have posed 'an unacceptable risk' to
    livestock.""",
    """The Northern Uplands Wildlife Authority has turned down the Wild Calderwood Trust's bid to
    release six lynx into Calderwood Forest, saying it had not shown the animals could be kept away
    from sheep farms or won enough backing from landowners. A public consultation found 58% in
    favour, with most farmers also in support. The trust may reapply within two years; sheep
    farmers welcomed the ruling.""",
    errors=[E("with most farmers also in support", "polarity", "major", "most farmers opposed it")],
    traps=[T("turned down", "rejected"),
           T("may reapply within two years",
             "would consider submitting a revised application within two years")])
# ---------------------------------------------------------- translations 31-35
add(31, "game shooting", "translation",
    """The provincial council of Valdeserra has approved new rules for driven partridge shoots that
    will limit each estate to a maximum of 20 shooting days per season, starting in October. The
    measure, approved with 14 votes in favour and 9 against, also obliges estates to record the
    number of birds released and shot and to submit the figures to the provincial environment
    office every year. According to councillor Inés Robledo, the aim is to 'guarantee the
    sustainability of the sector without harming rural employment'. The Valdeserra Hunting
    Federation, which represents some 3,000 hunters, described the rules as 'excessive' and
    announced that it will appeal to the courts. Estates that fail to comply will face fines of
    between 3,000 and 60,000 euros.""",
    """Valdeserra's provincial council has passed new regulations for driven partridge shooting
    under which no estate may hold more than 20 shooting days a season, from October onwards. The
    measure, which passed by 14 votes to 9, further requires estates to keep a record of how many
    birds they release and how many are shot, and to send those figures each year to the
    province's environmental office. The goal, said councillor Inés Robledo, is to 'ensure the
    sector is sustainable without damaging jobs in rural areas'. The Valdeserra Hunting
    Federation, which speaks for roughly 3,000 hunters, called the rules 'excessive' and said it
    would challenge them in court. Estates that do not comply face fines ranging from €3,000 to
    €60,000.""",
    traps=[T("no estate may hold more than 20 shooting days a season",
             "limit each estate to a maximum of 20 shooting days per season"),
           T("by 14 votes to 9", "with 14 votes in favour and 9 against"),
           T("roughly 3,000 hunters", "some 3,000 hunters"),
           T("from €3,000 to €60,000", "between 3,000 and 60,000 euros")])

add(32, "streaming services", "translation",
    """The French-language streaming platform Videa Plus announced on Tuesday that it had passed 2.4
    million subscribers, eighteen months after its launch. The service, owned by media group
    Lantier, plans to invest 180 million euros in original productions over the next three years,
    at least 60% of which will be made in Europe. Its managing director, Sandrine Moulaert, said the
    platform expected to become profitable in 2027. Videa Plus will also raise the price of its
    basic subscription from 7.99 to 8.99 euros a month from 1 March, a decision the consumer
    association Consomm'Avenir called 'unjustified' at a time of high inflation.""",
    """Videa Plus, a French-language streaming service, said on Tuesday that its subscriber base had
    topped 2.4 million, a year and a half after it launched. The platform, which belongs to the
    Lantier media group, intends to spend 180 million euros a year on original content over the
    coming three years, with no less than 60% of it to be produced in France. Managing director
    Sandrine Moulaert said the service expected to turn a profit in 2027. From 1 March the basic
    subscription will go up from 7.99 euros to 8.99 euros a month, a move the consumer group
    Consomm'Avenir described as 'unjustified' when inflation is high.""",
    errors=[E("180 million euros a year", "number", "major", "180 million euros"),
            E("in France", "entity", "major", "in Europe")],
    traps=[T("a year and a half after it launched", "eighteen months after its launch"),
           T("no less than 60%", "at least 60%")])

add(33, "sign language", "translation",
    """From September, pupils at all secondary schools in the province of Oostervlier will be able
    to choose sign language as an optional subject, the provincial education authority announced
    on Friday. The programme, which will cost 4.5 million euros over four years, was developed
    together with the Oostervlier Deaf Association. Around 120 teachers will receive training
    during the coming school year. According to the association's chairwoman, Marieke Hoogstraten,
    only one in ten deaf children in the province currently has a hearing classmate who can sign.
    'This is a step towards a society in which deaf people are no longer excluded,' she said.
    Pupils who complete the course will receive a certificate at level A2 of the European
    framework.""",
    """The provincial education authority said on Friday that, starting in September, sign language
    will be offered as an elective subject in every secondary school in Oostervlier province. The
    four-year programme, costing 4.5 million euros, was drawn up jointly with the Oostervlier
    Association for the Deaf. In the coming school year some 120 teachers are to be trained. Only
    10% of deaf children in the province presently have a hearing classmate able to sign,
    according to Marieke Hoogstraten, who chairs the association. 'It is a step towards a society
    where deaf people are no longer shut out,' she said. Those who complete the course will be
    awarded a certificate at the European framework's A2 level.""",
    traps=[T("elective subject", "optional subject"),
           T("Oostervlier Association for the Deaf", "Oostervlier Deaf Association"),
           T("Only 10% of deaf children", "only one in ten deaf children"),
           T("shut out", "excluded")])

add(34, "mill restoration", "translation",
    """The historic water mill in the village of Altbrunn is to be restored and will grind grain
    again from next summer, the municipality announced on Wednesday. The restoration, costing 1.3
    million euros, will be carried out by the Altbrunn Mill Association, which bought the building
    from the municipality in 2019 for a symbolic one euro. The state monument office will cover
    half of the costs; the rest will come from donations and a loan. According to association
    chairman Jürgen Wessely, the mill wheel, which dates from 1784, will be replaced by a faithful
    replica, while the original will be displayed in the museum. Work is scheduled to start in
    April, once the spring high water has passed.""",
    """Altbrunn's historic water mill will be restored and will be grinding grain again from next
    summer, the local council said on Wednesday. The 1.3 million euro restoration is to be handled
    by the Altbrunn Mill Association, which sold the building to the municipality in 2019 for a
    token one euro. Half the cost will be paid by the state office for monuments, with donations and
    a loan making up the rest. The mill wheel, built in 1784, is to be replaced with a faithful copy
    and the original put on show in the museum, said the association's chairman, Jürgen Wessely.
    Work is due to begin in April, before the spring high water.""",
    errors=[E("Altbrunn Mill Association, which sold the building to the municipality", "role",
              "major", "Altbrunn Mill Association, which bought the building from the municipality"),
            E("before the spring high water", "date", "minor",
              "once the spring high water has passed")],
    traps=[T("a token one euro", "a symbolic one euro"),
           T("Half the cost will be paid by the state office for monuments",
             "The state monument office will cover half of the costs")])

add(35, "ambulance stations", "translation",
    """The regional health authority of Valmarena will open five new ambulance stations by the end
    of 2025 to bring emergency response times in mountain areas below the national target of 20
    minutes, the regional health councillor, Paola Ferretti, announced on Thursday. At present,
    ambulances take an average of 27 minutes to reach patients in the upper valleys, compared with
    14 minutes in the cities. The plan, worth 8.2 million euros, also includes the hiring of 60
    paramedics and drivers and the purchase of 12 four-wheel-drive vehicles. The new stations will
    be staffed 24 hours a day. Ferretti said the first station, in the village of Roccabrina, would
    open in the spring. Mayors of the valley communities welcomed the plan but asked for a
    night-time helicopter service as well.""",
    """Valmarena's health councillor Paola Ferretti said on Thursday that the region would open five
    new ambulance stations before 2025 is out, with the aim of cutting emergency response times in
    mountain areas to under the national 20-minute target. Currently ambulances need 27 minutes on
    average to reach patients in the upper valleys, against 14 minutes in urban areas. The
    8.2-million-euro plan also provides for 60 paramedics and drivers to be hired and for 12
    four-wheel-drive vehicles to be bought. The new stations will be manned around the clock.
    According to Ferretti, the first, in the village of Roccabrina, will open in the spring. Valley
    mayors welcomed the plan but called for a night helicopter service too.""",
    traps=[T("before 2025 is out", "by the end of 2025"),
           T("in urban areas", "in the cities"),
           T("The 8.2-million-euro plan", "The plan, worth 8.2 million euros"),
           T("around the clock", "24 hours a day")])
# ---------------------------------------------------------- translations 36-40
add(36, "windmills", "translation",
    """The municipality of Zuiderwaal has decided to buy the De Hoop windmill, a listed corn mill
    from 1862, for 450,000 euros, after its owner put it up for sale last year. The council voted
    unanimously on Tuesday evening. Alderman Femke de Rooij said the mill must remain accessible to
    the public and that the municipality would look for a foundation to manage it. The volunteer
    millers, who have been turning the sails every Saturday for 30 years, may be able to continue
    their work, she said. A study found that the mill needs about 200,000 euros in repairs, mainly
    to the cap and the sails. The province has promised a subsidy of 80,000 euros.""",
    """Zuiderwaal council has decided to purchase De Hoop, a listed corn mill dating from 1862, for
    €450,000 after its owner offered it for sale last year. The decision was unanimous, taken at
    Tuesday evening's council meeting. According to alderman Femke de Rooij, the mill has to stay
    open to the public and the municipality will seek a foundation to run it. She said the
    volunteer millers, who have turned the sails every Saturday for three decades, can carry on
    with their work. Repairs costing around €200,000 are needed, mostly to the cap and sails, a
    study has found. The province has pledged a subsidy of €80,000.""",
    errors=[E("can carry on with their work", "modality", "minor",
              "may be able to continue their work")],
    traps=[T("€450,000", "450,000 euros"),
           T("has to stay open to the public", "must remain accessible to the public"),
           T("three decades", "30 years")])

add(37, "soup kitchens", "translation",
    """The Mesa Solidária network served 1.1 million meals in its 23 soup kitchens in the city of
    Vila Serrana last year, 18% more than in 2023, according to its annual report published on
    Monday. More than a third of those who used the service were in work, the report says, a
    proportion that has doubled in five years. Network coordinator Helena Barbosa attributed the
    increase to rising rents and food prices. The network, which depends on 900 volunteers, warned
    that donations from supermarkets had fallen by a quarter and that it might have to reduce
    opening hours in some centres in the second half of the year. The city council has promised to
    review its annual grant of 350,000 reais.""",
    """Last year the 23 soup kitchens of the Mesa Solidária network in Vila Serrana handed out 1.1
    million meals, up 18% from 2023, its annual report, released on Monday, shows. Over one in three
    people who relied on the kitchens had a job, a share that has doubled over five years,
    according to the report. Helena Barbosa, who coordinates the network, blamed the rise on higher
    rents and food prices. The network, which relies on 900 volunteers, warned that supermarket
    donations were down 25% and that some centres might have to open for shorter hours in the
    second half of the year. The city council has pledged to review the 350,000-real grant it gives
    each year.""",
    traps=[T("Over one in three", "More than a third"),
           T("had a job", "were in work"),
           T("blamed the rise on", "attributed the increase to"),
           T("down 25%", "had fallen by a quarter"),
           T("might have to open for shorter hours", "might have to reduce opening hours")])

add(38, "paramedic training", "translation",
    """The Medical College of Rzecin will open a new simulation centre for paramedic training in
    October, the college's rector, Professor Tomasz Wilk, said on Monday. The centre, which cost 22
    million zloty and was partly financed from European Union funds, includes a full-size
    ambulance, a mock-up of a motorway accident scene and a room that simulates a flat. Students
    will be able to practise procedures on computer-controlled mannequins that react to the
    treatment they receive. The college trains around 160 paramedics a year, but the regional
    ambulance service says it is short of at least 250 staff. Wilk said the college did not plan to
    increase the number of places this year because it lacked instructors.""",
    """A new simulation centre for training paramedics will open at the Rzecin Medical College in
    October, its rector, Professor Tomasz Wilk, announced on Monday. Built for 22 million zloty,
    part of it from EU funds, the centre has a full-size ambulance, a replica of a motorway crash
    scene and a room set up as a flat. Students will be able to practise procedures on
    computer-controlled mannequins that respond to the treatment they are given. The college trains
    roughly 160 paramedics annually, while the regional ambulance service says it has lost at least
    250 staff. Wilk said the college planned to increase the number of places this year, although
    it lacked instructors.""",
    errors=[E("has lost at least 250 staff", "event", "major", "is short of at least 250 staff"),
            E("planned to increase", "polarity", "critical", "did not plan to increase")],
    traps=[T("part of it from EU funds", "partly financed from European Union funds"),
           T("respond to the treatment they are given", "react to the treatment they receive")])

add(39, "laundromats", "translation",
    """Coin laundry operator Sorairo Wash plans to open 120 new outlets across Japan over the next
    two years, which would bring its network to around 780 stores, the company announced on
    Wednesday. President Kenji Ohara said demand was being driven by single-person households and
    by families washing bulky items such as futons, which do not fit in home machines. About 40% of
    the new stores will be located in the car parks of supermarkets. The company also plans to
    introduce a smartphone app that lets customers check whether machines are free before they
    leave home. Its sales rose 11% to 23.6 billion yen in the year to March.""",
    """Sorairo Wash, which runs coin laundries, said on Wednesday that it intends to open 120 more
    outlets nationwide in Japan in the coming two years, which would take its network to some 780
    stores. Company president Kenji Ohara said demand was coming from people who live alone and
    from families washing large items like futons that are too big for household machines. Roughly
    two in five of the new shops will be in supermarket car parks. A smartphone app is also planned
    so that customers can see whether machines are available before setting off from home. In the
    twelve months to March, sales increased by 11% to 23.6 billion yen.""",
    traps=[T("people who live alone", "single-person households"),
           T("too big for household machines", "do not fit in home machines"),
           T("Roughly two in five of the new shops", "About 40% of the new stores"),
           T("In the twelve months to March", "in the year to March")])

add(40, "perry", "translation",
    """Perry producers in the Bocage de Saint-Aulin expect a harvest of around 2,800 tonnes of perry
    pears this autumn, almost double last year's, when spring frosts destroyed much of the blossom,
    the producers' union announced on Thursday. The union's president, Régis Tourneur, said the
    quality of the fruit was 'excellent' but warned that a shortage of pickers could delay the
    harvest. Many of the orchards contain trees more than 100 years old, some of which reach 15
    metres in height. The union hopes to obtain a protected designation of origin for Saint-Aulin
    perry by 2027. Around 40 farms produce the drink, which sells for between 6 and 12 euros a
    bottle.""",
    """The producers' union said on Thursday that perry makers in the Bocage de Saint-Aulin are
    anticipating a crop of about 2,800 tonnes of perry pears this autumn, nearly twice last year's,
    when much of the blossom was destroyed by spring frosts. The fruit is of 'excellent' quality,
    union president Régis Tourneur said, but he cautioned that a lack of pickers could hold up the
    harvest. A lot of the orchards have trees over a century old, some of them 15 metres tall, some
    of them 15 metres tall. The union is hoping to secure a protected designation of origin for
    Saint-Aulin perry by 2027. The drink is made on some 40 farms and sells for 6 to 12 euros a
    bottle.""",
    errors=[E("some of them 15 metres tall", "repetition", "minor", None, occ=1)],
    traps=[T("nearly twice last year's", "almost double last year's"),
           T("over a century old", "more than 100 years old")])
# ------------------------------------------------------------ build & validate
def find(hay, needle, occ, what):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("%s: occurrence %d of %r not found" % (what, occ, needle))
    return pos


def words(s):
    return len(s.split())


def boundary_ok(s, start, end):
    if start > 0 and s[start - 1].isalnum() and (start == len(s) or s[start].isalnum()):
        return False
    if end < len(s) and s[end].isalnum() and end > 0 and s[end - 1].isalnum():
        return False
    return True


def build():
    problems = []
    records = []
    for p in PAIRS:
        pid = "s%d-%03d" % (SET, p["num"])
        ref, cand = p["reference"], p["candidate"]
        errs, traps = [], []
        try:
            for e in p["errors"]:
                if e["kind"] == "omission":
                    if e["after"] is not None:
                        pos = find(cand, e["after"], e["occ"], pid) + len(e["after"])
                    else:
                        pos = find(cand, e["before"], e["occ"], pid)
                    errs.append({"start": pos, "end": pos, "text": "", "type": "omission",
                                 "severity": e["severity"], "ref_text": e["ref_text"]})
                else:
                    st = find(cand, e["text"], e["occ"], pid)
                    errs.append({"start": st, "end": st + len(e["text"]), "text": e["text"],
                                 "type": e["type"], "severity": e["severity"],
                                 "ref_text": e["ref_text"]})
            for t in p["traps"]:
                st = find(cand, t["text"], t["occ"], pid)
                traps.append({"start": st, "end": st + len(t["text"]), "text": t["text"],
                              "ref_text": t["ref_text"]})
        except ValueError as exc:
            problems.append(str(exc))
            continue
        errs.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        rec = {"id": pid, "domain": p["domain"], "mode": p["mode"], "reference": ref,
               "candidate": cand, "label": "inconsistent" if errs else "consistent",
               "errors": errs, "traps": traps}
        problems.extend(check_record(rec))
        records.append(rec)
    problems.extend(check_set(records))
    return records, problems


def check_record(r):
    out = []
    pid, ref, cand = r["id"], r["reference"], r["candidate"]
    bad = lambda msg: out.append("%s: %s" % (pid, msg))
    n = words(ref)
    if not 70 <= n <= 190:
        bad("reference has %d words" % n)
    if r["mode"] not in ("rewrite", "summary", "translation"):
        bad("bad mode")
    if r["mode"] == "summary" and not (words(cand) < n and len(cand) < len(ref)):
        bad("summary not shorter than reference")
    if r["domain"] not in DOMAINS:
        bad("unknown domain %r" % r["domain"])
    for e in r["errors"]:
        s, t = e["start"], e["end"]
        if e["type"] not in ERROR_TYPES:
            bad("bad type %r" % e["type"])
        if e["severity"] not in SEVERITIES:
            bad("bad severity %r" % e["severity"])
        if cand[s:t] != e["text"]:
            bad("offset mismatch for %r" % e["text"])
        if not boundary_ok(cand, s, t):
            bad("span cuts a word: %r" % e["text"])
        if e["type"] in ("addition", "repetition"):
            if e["ref_text"] is not None:
                bad("%s must have ref_text null" % e["type"])
        else:
            if not e["ref_text"] or e["ref_text"] not in ref:
                bad("ref_text %r not in reference" % e["ref_text"])
        if e["type"] == "omission":
            if s != t or e["text"] != "":
                bad("omission must be zero-width")
            if r["mode"] == "summary":
                bad("omission in a summary")
            if e["ref_text"] in cand:
                bad("omitted words still in candidate")
        else:
            if s >= t or e["text"] != e["text"].strip():
                bad("empty or untrimmed span %r" % e["text"])
            if e["text"] == e["ref_text"]:
                bad("error text equals ref_text")
        if e["type"] == "repetition" and e["text"] not in cand[:s]:
            bad("repetition has no earlier copy")
        if e["type"] == "addition" and e["text"] in ref:
            bad("added text occurs in reference")
    for tr in r["traps"]:
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"] or s >= t:
            bad("trap offset mismatch %r" % tr["text"])
        if not boundary_ok(cand, s, t):
            bad("trap cuts a word: %r" % tr["text"])
        if tr["ref_text"] not in ref:
            bad("trap ref_text %r not in reference" % tr["ref_text"])
        if tr["text"] == tr["ref_text"] or tr["text"] in ref:
            bad("trap %r is not a rewording" % tr["text"])
    spans = [(e["start"], e["end"]) for e in r["errors"]] + \
            [(tr["start"], tr["end"]) for tr in r["traps"]]
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            (a, b), (c, d) = spans[i], spans[j]
            if a == b or c == d:
                pt, (x, y) = (a, (c, d)) if a == b else (c, (a, b))
                if x < pt < y:
                    bad("omission point inside another span")
            elif a < d and c < b:
                bad("overlapping spans %s %s" % (spans[i], spans[j]))
    nt = len(r["traps"])
    if r["label"] == "consistent":
        if r["errors"] or not 3 <= nt <= 5:
            bad("consistent pair needs 0 errors and 3-5 traps (has %d)" % nt)
    else:
        if not r["errors"] or nt > 3:
            bad("inconsistent pair needs errors and 0-3 traps (has %d)" % nt)
    return out


def check_set(recs):
    out = []
    if len(recs) != 40:
        out.append("expected 40 records, got %d" % len(recs))
    ids = [r["id"] for r in recs]
    if ids != ["s%d-%03d" % (SET, i) for i in range(1, 41)]:
        out.append("ids are not s%d-001..040 in order" % SET)
    doms = [r["domain"] for r in recs]
    if len(set(doms)) != len(doms):
        out.append("repeated domain")
    modes = Counter((r["mode"], r["label"]) for r in recs)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(modes) != want:
        out.append("mode/label composition %s" % dict(modes))
    types = Counter(e["type"] for r in recs for e in r["errors"])
    if sum(types.values()) != 30:
        out.append("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            out.append("error type %s has only %d" % (t, types[t]))
    per = Counter(len(r["errors"]) for r in recs if r["errors"])
    if sum(v for k, v in per.items() if k <= 2) <= len([r for r in recs if r["errors"]]) / 2:
        out.append("most inconsistent pairs should have 1-2 errors")
    return out


def summary(recs):
    lines = []
    lines.append("pairs: %d" % len(recs))
    lines.append("by mode/label: %s" % sorted(Counter((r["mode"], r["label"]) for r in recs).items()))
    lines.append("by label: %s" % sorted(Counter(r["label"] for r in recs).items()))
    lines.append("errors by type: %s" % sorted(Counter(e["type"] for r in recs for e in r["errors"]).items()))
    lines.append("errors per inconsistent pair: %s" % sorted(Counter(len(r["errors"]) for r in recs if r["errors"]).items()))
    lines.append("severity: %s" % sorted(Counter(e["severity"] for r in recs for e in r["errors"]).items()))
    lines.append("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in recs),
        sum(len(r["traps"]) for r in recs if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in recs if r["label"] == "inconsistent")))
    wc = [words(r["reference"]) for r in recs]
    lines.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return "\n".join(lines)


def main():
    records, problems = build()
    if problems:
        for pr in problems:
            print("PROBLEM:", pr)
        sys.exit(1)
    print(summary(records))
    if "--check" in sys.argv[1:]:
        print("check passed; nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
