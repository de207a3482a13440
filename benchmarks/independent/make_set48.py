#!/usr/bin/env python3
"""Held-out evaluation set 48 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries
appear only as background). Character offsets are never typed by hand: they
are computed here by string search (with an occurrence index where a quoted
text repeats), and everything is validated before writing.

Composition: 40 pairs, one per domain (scarecrow festivals ... igloo building);
20 consistent / 20 inconsistent; 20 rewrites, 10 summaries, 10 translations,
half of each mode consistent. 30 errors over the eleven types: entity 3,
number 4, date 3, role 3, polarity 3, modality 3, attribution 3, event 2,
omission 2, addition 2, repetition 2. Inconsistent pairs carry 1-2 errors
(0-3 traps); consistent pairs carry 3-5 traps each.

Usage: python3 make_set48.py          # validate and write set48.jsonl
       python3 make_set48.py --check  # validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

N = 48
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set48.jsonl")

DOMAINS = [d.strip() for d in """scarecrow festivals, conker championships,
bog snorkelling, worm charming, pancake races, hay bale art, topiary,
dahlia growers, orchid smuggling, cactus theft, moss gardens, truffle dogs,
sled dogs, ferret shows, canal locks, gondolas, pedalos, punting, coracles,
spa towns, throat singing, barbershop quartets, glee clubs, eisteddfods,
pub quizzes, slot car racing, rocketry clubs, gold panning, metal detecting,
mudlarking, beachcombing, rock pooling, whale strandings, seal pups,
newt relocation, badger setts, stargazing reserves, storm chasing,
hail damage, igloo building""".replace("\n", " ").split(",")]

TYPES = ["entity", "number", "date", "role", "polarity", "modality",
         "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, etype, severity, ref, occ=0):
    """An error span quoted from the candidate (occ = which occurrence)."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref, "occ": occ}


def OM(after, ref, severity, occ=0):
    """An omission located right after the quoted candidate text `after`."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording of the reference text `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": " ".join(reference.split()),
                  "candidate": " ".join(candidate.split()),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- 1-5
add("scarecrow festivals", "rewrite", "consistent",
    """The village of Netherby Cross will host its annual scarecrow festival
    from 6 to 14 September, organisers confirmed on Monday. More than 120
    scarecrows are expected to line the streets this year, up from 95 in 2023.
    Entry costs £5 for adults, while children under 12 go free. Proceeds will
    be split equally between the parish church roof fund and the local primary
    school. Festival chair Maureen Dibble said the theme, 'Heroes of the
    Harvest', had attracted entries from as far away as Brackenmouth. 'We've
    never had so much interest this early,' she said. A shuttle bus will run
    every 30 minutes from Halwick railway station on both weekends.""",
    """Organisers confirmed on Monday that Netherby Cross's yearly scarecrow
    festival will run from 6 to 14 September. This year over 120 scarecrows
    are likely to be displayed along the village streets, compared with 95 in
    2023. Adults will pay £5 for entry and under-12s will be admitted free of
    charge. Half of the proceeds will go to the parish church roof fund and
    half to the local primary school. According to festival chair Maureen
    Dibble, the 'Heroes of the Harvest' theme has drawn entries from places as
    distant as Brackenmouth, and she said there had never been so much interest
    so early. On both weekends, shuttle buses will leave Halwick railway
    station every half hour.""",
    traps=[T("over 120", "More than 120"),
           T("are likely to be displayed", "are expected to line"),
           T("under-12s will be admitted free of charge", "children under 12 go free"),
           T("Half of the proceeds will go to the parish church roof fund and half to",
             "Proceeds will be split equally between"),
           T("every half hour", "every 30 minutes")])

add("conker championships", "rewrite", "inconsistent",
    """The Ashwell Green Conker Championships raised £8,400 for a children's
    hospice this year, a record for the 41-year-old event, the organising
    committee said on Sunday. A total of 212 players competed across the men's,
    women's and junior categories, watched by an estimated 3,000 spectators.
    The men's title went to retired postman Gerald Thwaite, 68, who beat
    defending champion Owen Price in a final lasting 11 minutes. Committee
    secretary Lorna Fairweather said all conkers were supplied by the organisers
    and threaded on the morning of the event to prevent tampering.
    Steel-cored conkers had been found at a rival contest in 2019, she noted.
    The committee plans to add a veterans' category next year.""",
    """A record £8,400 was raised for a children's hospice at this year's
    Ashwell Green Conker Championships, the 41-year-old event's organising
    committee said on Sunday. In all, 221 players took part in the men's,
    women's and junior events in front of an estimated 3,000 spectators.
    Retired postman Gerald Thwaite, 68, won the men's title, beating defending
    champion Owen Price in an 11-minute final. Committee secretary Lorna
    Fairweather said the organisers had supplied every conker and threaded them
    on the morning of the event to stop tampering. Thwaite pointed out that
    steel-cored conkers had been discovered at a rival contest in 2019. The
    committee plans to introduce a veterans' category next year.""",
    errors=[E("221", "number", "minor", "212"),
            E("Thwaite pointed out", "attribution", "major", "she noted")],
    traps=[T("an 11-minute final", "a final lasting 11 minutes"),
           T("to stop tampering", "to prevent tampering")])

add("bog snorkelling", "rewrite", "consistent",
    """Competitors in the World Bog Snorkelling Open at Llanfyrddin will have to
    wear wetsuits for the first time this year after the water temperature in
    the 55-metre trench fell below 9C during trials, the event's safety officer
    said on Thursday. Snorkellers must complete two lengths of the trench using
    flippers only; conventional swimming strokes are banned. Last year's
    winner, Dafydd Morgan-Rees, finished in 1 minute 22 seconds, three seconds
    outside the course record. Safety officer Gwen Pryce said around 160
    entrants had registered by Wednesday evening, compared with 140 at the same
    point last year. Registration closes on 20 August, and the contest will
    take place on Saturday 24 August.""",
    """For the first time, entrants in the World Bog Snorkelling Open at
    Llanfyrddin will be required to wear wetsuits, after trials found the water
    in the 55-metre trench had dropped below 9C, the event's safety officer said
    on Thursday. Competitors must cover two lengths of the trench with flippers
    alone, and ordinary swimming strokes are not allowed. Dafydd Morgan-Rees,
    who won last year, clocked 1 minute 22 seconds, three seconds short of the
    course record. By Wednesday evening some 160 people had signed up, up from
    140 at the same stage a year earlier, safety officer Gwen Pryce said. The
    deadline for registration is 20 August, four days before the contest on
    Saturday 24 August.""",
    traps=[T("with flippers alone", "using flippers only"),
           T("are not allowed", "are banned"),
           T("some 160 people had signed up", "around 160 entrants had registered"),
           T("up from 140 at the same stage a year earlier",
             "compared with 140 at the same point last year")])

add("worm charming", "rewrite", "inconsistent",
    """A team from Hollins Bridge Scout Group has won the Pellham Worm Charming
    Championship, coaxing 318 worms to the surface of a three-metre-square plot
    in 30 minutes. The scouts beat last year's champions, the Pellham Women's
    Institute, who raised 287. Competitors may use vibration, music or water,
    but digging and chemicals are forbidden. Referee Alan Cotterill said the
    Women's Institute had lodged a complaint against the Yelverton Young
    Farmers over the use of a garden fork, and the farmers' team was later
    disqualified. The world record of 567 worms, set in 2009, still stands. All
    worms are returned to the plots once counting is complete, the organisers
    said.""",
    """The Pellham Worm Charming Championship has been won by a team from
    Hollins Bridge Scout Group, who brought 318 worms to the surface of a
    three-metre-square plot within half an hour. That was enough to defeat the
    Pellham Women's Institute, the defending champions, whose total was 287.
    Vibration, music and water are permitted, but contestants may not dig or
    use chemicals. According to referee Alan Cotterill, the Yelverton Young
    Farmers complained about the Women's Institute's use of a garden fork, and
    the farmers' team was later disqualified. The 567-worm world record, set in
    2009, remains unbeaten. Organisers said every worm goes back into the plots
    after the count.""",
    errors=[E("the Yelverton Young Farmers complained about the Women's Institute",
              "role", "major",
              "the Women's Institute had lodged a complaint against the Yelverton Young Farmers")],
    traps=[T("within half an hour", "in 30 minutes"),
           T("the defending champions", "last year's champions"),
           T("remains unbeaten", "still stands")])

add("pancake races", "rewrite", "consistent",
    """Shrove Tuesday's pancake race in Market Oddington was called off for the
    first time in 37 years because of flooding on the high street, the town
    council announced yesterday. The 380-metre course, which runs from the Corn
    Exchange to St Botolph's church, was under up to 40 centimetres of water on
    Monday night. Council leader Priya Hallam said the race would instead be
    held on Saturday 8 March, provided the road had been cleared and inspected.
    Runners must toss their pancake at least three times during the race and
    finish with it still in the pan. About 90 runners had entered, including a
    team from the twin town of Saint-Odrin-sur-Lanne in France.""",
    """Flooding on the high street forced Market Oddington to call off its
    Shrove Tuesday pancake race, the first time in 37 years that it has not gone
    ahead, the town council said yesterday. On Monday night up to 40cm of water
    covered the 380m route between the Corn Exchange and St Botolph's church.
    The race will be rescheduled for Saturday 8 March as long as the road has
    been cleared and inspected, council leader Priya Hallam said. Competitors
    have to flip their pancake no fewer than three times and cross the line
    with it still in the pan. Around 90 people had signed up, among them a team
    from Saint-Odrin-sur-Lanne, the town's French twin.""",
    traps=[T("up to 40cm", "up to 40 centimetres"),
           T("as long as", "provided"),
           T("no fewer than three times", "at least three times"),
           T("Around 90 people had signed up", "About 90 runners had entered"),
           T("the town's French twin", "the twin town of Saint-Odrin-sur-Lanne in France")])

# ---------------------------------------------------------------- 6-10
add("hay bale art", "rewrite", "inconsistent",
    """Farmers in the Dunmore Valley have created 26 sculptures from hay bales
    for the fourth Bale Art Trail, which opens to the public on Friday 2 August
    and runs until the end of the month. The largest, a 7-metre tractor made
    from 140 round bales, was built by the Kettering family at Low Farm over
    three weekends. Visitors can vote for their favourite at any of the 12
    participating farms, and the winner will receive a £1,000 prize donated by
    agricultural supplier Brindley & Voss. Trail coordinator Sian Lomax urged
    drivers not to stop on the A-road to take photographs, after two minor
    collisions were reported last year. Maps are available from the Dunmore
    tourist office and the trail's website.""",
    """Twenty-six hay-bale sculptures have been put up by Dunmore Valley farmers
    for the fourth Bale Art Trail, which opens to the public on Friday 2 August
    and closes in mid-August. The biggest is a 7-metre tractor made from 140
    round bales, which the Kettering family at Low Farm built over three
    weekends. Visitors can vote for their favourite at any of the participating
    farms, with a £1,000 prize for the winner donated by agricultural supplier
    Brindley & Voss. Trail coordinator Sian Lomax asked drivers not to pull over
    on the A-road to take pictures, after two minor collisions last year. Maps
    can be picked up at the Dunmore tourist office or on the trail's
    website.""",
    errors=[E("closes in mid-August", "date", "major", "runs until the end of the month"),
            OM("at any of the ", "12", "minor")],
    traps=[T("Twenty-six hay-bale sculptures have been put up by Dunmore Valley farmers",
             "Farmers in the Dunmore Valley have created 26 sculptures from hay bales")])

add("topiary", "rewrite", "consistent",
    """Clipping of the 300-year-old yew hedges at Harrowgate Hall began this
    week and is expected to take six gardeners about ten weeks, the Heritage
    Gardens Trust said on Tuesday. The hedges, which stretch for 1.2 kilometres
    and reach up to 9 metres in height, are cut once a year by hand, using
    shears and platforms rather than powered trimmers, to protect nesting birds
    and preserve the shapes. Head gardener Tomasz Wierzbicki said the work had
    been delayed by a fortnight because of a wet spring. The clippings, roughly
    20 tonnes a year, are sold to a pharmaceutical company which extracts a
    compound used in cancer drugs. The gardens remain open to visitors
    throughout the work.""",
    """The Heritage Gardens Trust said on Tuesday that six gardeners had started
    trimming Harrowgate Hall's three-century-old yew hedges this week, a job
    likely to last around ten weeks. Once a year the 1.2km of hedging, which is
    as tall as 9 metres in places, is cut by hand with shears from platforms,
    not with powered trimmers, so that nesting birds are protected and the
    shapes preserved. The work started two weeks late because of a wet spring,
    according to head gardener Tomasz Wierzbicki. Around 20 tonnes of clippings
    are produced annually and sold to a pharmaceutical firm that extracts a
    compound used in cancer drugs. Visitors can still tour the gardens while
    the work goes on.""",
    traps=[T("three-century-old", "300-year-old"),
           T("likely to last around ten weeks", "is expected to take six gardeners about ten weeks"),
           T("as tall as 9 metres in places", "reach up to 9 metres in height"),
           T("started two weeks late", "delayed by a fortnight"),
           T("Visitors can still tour the gardens while the work goes on",
             "The gardens remain open to visitors throughout the work")])

add("dahlia growers", "summary", "consistent",
    """The National Dahlia Society of Carrowmore has reported a 30 per cent fall
    in entries to its autumn show, which it blames on a summer of drought and a
    hosepipe ban that lasted eleven weeks. Only 410 blooms were entered across
    46 classes, compared with 586 last year. Society president Edwin Marsh said
    many members had lost entire beds of the giant decorative varieties, which
    need up to 20 litres of water a week per plant in dry spells. The society
    has asked the regional water authority to treat established show gardens as
    exempt from future bans, a request the authority said it would 'consider
    carefully'. The show's premier award, the Golden Tuber, went to first-time
    exhibitor Ada Kwarteng for a deep red variety she had bred herself.""",
    """Entries to the Carrowmore dahlia society's autumn show fell by 30%, to 410
    blooms, which the society blames on drought and an eleven-week hosepipe
    ban; it has asked the water authority to exempt established show gardens
    from future bans. First-time exhibitor Ada Kwarteng took the top prize with
    a deep red variety she bred herself.""",
    traps=[T("30%", "30 per cent"),
           T("an eleven-week hosepipe ban", "a hosepipe ban that lasted eleven weeks"),
           T("to exempt established show gardens from future bans",
             "to treat established show gardens as exempt from future bans"),
           T("took the top prize", "The show's premier award, the Golden Tuber, went to")])

add("orchid smuggling", "summary", "inconsistent",
    """Customs officers at Port Vallance seized 214 wild orchids hidden in the
    lining of two suitcases belonging to a passenger arriving from Costa Rica.
    The plants, which included 38 specimens of an endangered slipper orchid,
    were discovered on 3 May after a sniffer dog alerted handlers. The
    passenger, a 52-year-old man from Easterholt, was charged with breaching
    wildlife trade regulations and released on bail. He is due to appear at
    Vallance Magistrates' Court on 19 June. The plants were handed to the
    Kellard Botanic Garden by customs under an agreement signed in 2021, and
    botanists there said about a quarter were unlikely to survive. Border Force
    regional director Hana Okafor said orchid smuggling had risen sharply, with
    11 seizures in the past year compared with three the year before.""",
    """Customs at Port Vallance found 214 wild orchids, 38 of them endangered
    slipper orchids, in a passenger's suitcases in May. A 52-year-old man from
    Port Vallance has been charged and will appear in court in June. The
    Kellard Botanic Garden, which handed the plants to customs, said about a
    quarter were unlikely to survive. Border Force's Hana Okafor said seizures
    had risen from three to 11 in a year.""",
    errors=[E("Port Vallance", "entity", "minor", "Easterholt", occ=1),
            E("The Kellard Botanic Garden, which handed the plants to customs", "role", "major",
              "The plants were handed to the Kellard Botanic Garden by customs")],
    traps=[T("risen from three to 11 in a year",
             "11 seizures in the past year compared with three the year before")])

add("cactus theft", "rewrite", "inconsistent",
    """Police in Corvada County are investigating the theft of 17 rare cacti
    from the Desert Ridge Botanical Reserve, some of them estimated to be more
    than 150 years old. The plants were dug up overnight on 11 March, and
    reserve staff discovered the holes the following morning. Detective
    Sergeant Ramona Ortiz said the thieves had probably used a vehicle with a
    trailer, as some of the specimens weighed over 200 kilograms. She said the
    cacti could fetch up to $5,000 each from private collectors overseas. The
    reserve's director, Calvin Bright, said several of the plants had been
    donated by the Hollister Cactus Society in the 1980s, and that 12 of them
    had been fitted with microchips in 2022, which may help identify them if
    recovered. Anyone with information is asked to contact the county sheriff's
    office.""",
    """Seventeen rare cacti, some thought to be over 150 years old, have been
    stolen from the Desert Ridge Botanical Reserve, and Corvada County police
    have opened an investigation. The plants were dug up during the night of 11
    March; staff found the holes the next morning. Detective Sergeant Ramona
    Ortiz said the thieves had used a vehicle with a trailer, since some of the
    specimens weighed more than 200kg. Private collectors abroad could pay up to
    $5,000 apiece for them, she added. Reserve director Calvin Bright said
    several of the plants had been given to the reserve by the Corvada Cactus
    Society in the 1980s, and 12 had been microchipped in 2022, which may help
    identify them if they are recovered. Anyone with information is asked to
    contact the county sheriff's office.""",
    errors=[E("had used", "modality", "major", "had probably used"),
            E("Corvada Cactus Society", "entity", "minor", "Hollister Cactus Society")],
    traps=[T("more than 200kg", "over 200 kilograms"),
           T("$5,000 apiece", "$5,000 each")])

# ---------------------------------------------------------------- 11-15
add("moss gardens", "translation", "consistent",
    """The Koketsu Temple in the city of Minamiyama will limit visitors to its
    moss garden to 200 a day from next April, the temple's administrators
    announced on Wednesday. Around 1,500 people a day visited the garden during
    the peak autumn season last year, and trampling has damaged roughly a fifth
    of the garden's moss cover, according to a survey by Minamiyama University.
    Visits will require an advance reservation by postcard or online, and the
    entrance fee will rise from 500 to 800 yen. Chief priest Ryoun Takeda said
    the temple had 'no choice' if the garden was to survive for future
    generations. The garden, laid out in the fourteenth century, covers about
    4,000 square metres.""",
    """From April next year, no more than 200 people per day will be allowed
    into the moss garden of Koketsu Temple in Minamiyama, the temple's
    management said on Wednesday. At the height of last year's autumn season
    the garden received some 1,500 visitors daily, and a Minamiyama University
    survey found that about 20 percent of its moss cover had been damaged by
    trampling. Visitors will have to book ahead, either by postcard or via the
    internet, and admission will go up from 500 yen to 800 yen. The chief
    priest, Ryoun Takeda, said the temple had been left with no alternative if
    the garden was to be preserved for generations to come. Created in the
    1300s, the garden extends over roughly 4,000 square metres.""",
    traps=[T("no more than 200 people per day will be allowed", "limit visitors to its moss garden to 200 a day"),
           T("some 1,500 visitors daily", "Around 1,500 people a day"),
           T("about 20 percent", "roughly a fifth"),
           T("will have to book ahead", "will require an advance reservation"),
           T("Created in the 1300s", "laid out in the fourteenth century")])

add("truffle dogs", "translation", "inconsistent",
    """A truffle-hunting dog school in the hills above Castelvero has trained a
    record 64 dogs this year, its founder said, as demand grows from farmers who
    have planted truffle orchards. Courses last six weeks and cost 1,200 euros,
    and most of the dogs are Lagotto Romagnolo, a breed traditionally used for
    the work. Founder Marta Benedetti, whose family has hunted truffles for four
    generations, said a well-trained dog could find up to two kilograms of white
    truffles in a good season. At current prices of about 4,000 euros per
    kilogram, that amounts to a substantial income, she said. The school will
    open a second site near Valdorno in the spring.""",
    """This year a school for truffle dogs in the hills over Castelvero trained
    46 animals, a record, according to its founder, as farmers who have planted
    truffle orchards are driving up demand. The six-week courses cost 1,200
    euros, and the majority of the dogs are Lagotto Romagnolo, the breed
    traditionally used for this job. The founder, Marta Benedetti, whose family
    has been hunting truffles for four generations, said a well-trained dog
    could find as much as two kilos of white truffles in a good season. With
    prices currently around 4,000 euros a kilo, that is a considerable income,
    she said. In the spring the school will open a second site.""",
    errors=[E("46", "number", "major", "64"),
            OM("a second site", "near Valdorno", "minor")],
    traps=[T("the majority of the dogs", "most of the dogs"),
           T("as much as two kilos", "up to two kilograms")])

add("sled dogs", "translation", "consistent",
    """The Vidderløpet long-distance sled dog race will be shortened from 1,000
    to 650 kilometres this year because of a lack of snow on the southern
    section of the route, the organisers announced on Monday. The race starts
    in Kautones on 7 March. Race director Ingrid Solbakk said the decision had
    been taken after inspections by snowmobile last weekend showed bare ground
    on several stretches. Thirty-one mushers from seven countries have entered,
    each with a team of up to 14 dogs. Veterinarians will examine every dog
    before the start and at each of the six checkpoints. Last year's winner,
    Anders Hætta, completed the full course in just under five days.""",
    """Organisers said on Monday that this year's Vidderløpet sled dog race
    would cover 650 kilometres instead of 1,000, as there is too little snow on
    the southern part of the route. The start is in Kautones on 7 March.
    According to race director Ingrid Solbakk, the decision followed snowmobile
    inspections last weekend which revealed bare ground along several
    stretches. There are 31 mushers from seven nations taking part, each with a
    maximum of 14 dogs. Every dog will be checked by vets before the start and
    at all six checkpoints. Anders Hætta, who won last year, finished the
    complete course in a little under five days.""",
    traps=[T("650 kilometres instead of 1,000", "from 1,000 to 650 kilometres"),
           T("There are 31 mushers from seven nations taking part",
             "Thirty-one mushers from seven countries have entered"),
           T("a maximum of 14 dogs", "up to 14 dogs"),
           T("Every dog will be checked by vets", "Veterinarians will examine every dog"),
           T("a little under five days", "just under five days")])

add("ferret shows", "rewrite", "consistent",
    """More than 300 ferrets will compete at the Eastern Counties Ferret Show in
    Brambleford on Sunday 15 June, the Eastern Ferret Welfare Society said.
    Classes include best coat, best-handled and the popular 'ferret racing', in
    which animals run through 10-metre plastic pipes. All animals must be
    vaccinated against distemper, and owners will be asked to show certificates
    at the gate. Society chairman Keith Olabode said the show had raised £2,300
    for the society's rescue centre last year, which currently cares for 48
    ferrets awaiting new homes. Gates open at 9.30am, and admission is £3, with
    accompanied children free.""",
    """The Eastern Ferret Welfare Society said over 300 ferrets would take part
    in the Eastern Counties Ferret Show, to be held in Brambleford on Sunday 15
    June. Among the classes are best coat and best-handled, as well as the
    popular 'ferret racing', where the animals dash through 10m plastic pipes.
    Every animal must have been vaccinated against distemper, and owners will
    be asked for certificates at the gate. Last year the show raised £2,300 for
    the society's rescue centre, which is currently looking after 48 ferrets
    waiting to be rehomed, chairman Keith Olabode said. The gates open at half
    past nine in the morning; entry costs £3, and children with an adult get in
    free.""",
    traps=[T("over 300 ferrets would take part", "More than 300 ferrets will compete"),
           T("owners will be asked for certificates", "owners will be asked to show certificates"),
           T("waiting to be rehomed", "awaiting new homes"),
           T("half past nine in the morning", "9.30am"),
           T("children with an adult get in free", "accompanied children free")])

add("canal locks", "summary", "consistent",
    """The Harlow Flight of 21 locks on the Midshire Canal will close for seven
    weeks from 4 November while lock gates are replaced, the Waterways Heritage
    Trust said. Four pairs of oak gates, each weighing up to three tonnes, will
    be lifted out by crane and replaced with new ones made at the trust's
    workshop in Tenbury Wharf. The project will cost £640,000, of which
    £200,000 has come from a lottery grant. Boaters will be unable to pass
    through the flight during the closure, but the towpath will remain open to
    walkers and cyclists except on three days when the cranes are working. The
    trust's regional manager, Fiona Castellane, said the existing gates had been
    in place since 1987 and were 'well past their best'.""",
    """The 21-lock Harlow Flight on the Midshire Canal will be shut to boats for
    seven weeks from 4 November while four pairs of oak gates, in place since
    1987, are replaced in a £640,000 project part-funded by a lottery grant.
    The towpath will stay open apart from three days of crane work.""",
    traps=[T("The 21-lock Harlow Flight", "The Harlow Flight of 21 locks"),
           T("will be shut to boats", "Boaters will be unable to pass through the flight"),
           T("part-funded by a lottery grant", "£200,000 has come from a lottery grant"),
           T("apart from three days of crane work",
             "except on three days when the cranes are working")])

# ---------------------------------------------------------------- 16-20
add("gondolas", "translation", "inconsistent",
    """The association of gondoliers in the lagoon city of Veranza has asked the
    municipality to lower the maximum number of passengers per gondola from six
    to five, after two boats capsized this summer. In both incidents, which
    occurred in August, tourists were thrown into the water but nobody was
    seriously injured. The association's president, Bepi Zanon, said tourists
    had become heavier on average and that gondolas, built to a design
    unchanged for a century, were being loaded beyond safe limits. The city's
    transport councillor, Lucia Feltrin, said a decision would be made by the
    end of October. A ride currently costs 90 euros for 30 minutes during the
    day.""",
    """Following two capsizes this summer, the municipality of the lagoon city
    of Veranza has asked the gondoliers' association to cut the maximum load
    per gondola from six passengers to five. Both accidents happened in August;
    tourists ended up in the water, but no one suffered serious injuries.
    According to the city's transport councillor, Lucia Feltrin, tourists are
    on average heavier than before, and gondolas, whose design has not changed
    in a hundred years, are being loaded beyond safe limits. A decision will be
    taken by the end of October, Feltrin said. At present a daytime ride costs
    90 euros for half an hour.""",
    errors=[E("the municipality of the lagoon city of Veranza has asked the gondoliers' association",
              "role", "critical",
              "The association of gondoliers in the lagoon city of Veranza has asked the municipality"),
            E("the city's transport councillor, Lucia Feltrin", "attribution", "major",
              "The association's president, Bepi Zanon, said")],
    traps=[T("90 euros for half an hour", "90 euros for 30 minutes"),
           T("whose design has not changed in a hundred years",
             "built to a design unchanged for a century")])

add("pedalos", "rewrite", "inconsistent",
    """Pedalo hire on Lake Wendmere will resume on Saturday after a two-week
    suspension, the Wendmere Boating Company said. The service was halted on 2
    July after a pedalo drifted into the path of a passenger ferry during strong
    winds. An inspection by the Inland Waters Safety Board found that the
    company's equipment was in good condition, but recommended that hire be
    stopped whenever gusts exceed 25 mph. The company has accepted the
    recommendation and will fly a red flag at the jetty when hire is suspended.
    Managing director Colin Ashdown said the company had not been told to change
    its fleet. Each of the 40 pedalos now carries a whistle and a laminated
    safety card.""",
    """The Wendmere Boating Company said it would restart pedalo hire on Lake
    Wendmere on Saturday, two weeks after suspending it. Hire was stopped on 2
    July when, in strong winds, a pedalo drifted into the path of a passenger
    ferry. The Inland Waters Safety Board inspected the company's equipment and
    found it was not in good condition, recommending that hire be halted
    whenever gusts top 25 mph. The company has agreed to this and will raise a
    red flag at the jetty whenever hire is suspended. Managing director Colin
    Ashdown said the company had not been told to change its fleet. All 40
    pedalos now carry a whistle and a laminated safety card.""",
    errors=[E("was not in good condition", "polarity", "critical", "was in good condition")],
    traps=[T("two weeks after suspending it", "after a two-week suspension"),
           T("gusts top 25 mph", "gusts exceed 25 mph"),
           T("All 40 pedalos now carry", "Each of the 40 pedalos now carries")])

add("punting", "rewrite", "consistent",
    """Licensed punt operators on the River Leam in Cantmoor will be required to
    wear life jackets from 1 May under new rules approved by the city council
    on Tuesday. The council's licensing committee voted seven to two in favour
    of the change, which follows the drowning of a tourist last August.
    Passengers will not be obliged to wear life jackets but must be offered one
    before boarding. Operators who break the rules face fines of up to £1,000
    and could lose their licences. About 140 punts are licensed on the river,
    and the council estimates they carry some 350,000 passengers a year. Jim
    Harcastle, chairman of the Cantmoor Punt Operators' Association, said
    members 'broadly accept' the new rules but were worried about the cost of
    training.""",
    """New rules approved by Cantmoor city council on Tuesday mean that, from 1
    May, licensed punt operators on the River Leam will have to wear life
    jackets. The licensing committee backed the change by seven votes to two,
    following the drowning of a tourist last August. Passengers must be offered
    a life jacket before they board, though they will not have to wear one.
    Operators who breach the rules could be fined as much as £1,000 and risk
    losing their licences. Some 140 punts hold licences on the river, carrying
    roughly 350,000 passengers annually according to council estimates. The
    chairman of the Cantmoor Punt Operators' Association, Jim Harcastle, said
    members 'broadly accept' the rules but had concerns about the cost of
    training.""",
    traps=[T("backed the change by seven votes to two", "voted seven to two in favour of the change"),
           T("though they will not have to wear one",
             "Passengers will not be obliged to wear life jackets"),
           T("could be fined as much as £1,000", "face fines of up to £1,000"),
           T("roughly 350,000 passengers annually", "some 350,000 passengers a year"),
           T("had concerns about", "were worried about")])

add("coracles", "rewrite", "inconsistent",
    """Eleven coracle makers from Wales, Scotland and Ireland gathered at
    Abercarrog on Saturday for the annual Coracle Regatta, which attracted about
    2,000 spectators. The main race, over 400 metres of the River Tarrow, was
    won by 19-year-old Elin Bowditch in a coracle she built from willow and
    calico last winter. Her father, Huw Bowditch, taught her the craft.
    Organiser Peter Lusk said the regatta's future was secure for at least three
    years after a local brewery agreed to sponsor it. A new coracle takes around
    30 hours to build, he said, and only a handful of people still make them
    commercially. The day ended with a coracle 'football' match, in which
    players try to hit an inflatable ball with their paddles.""",
    """About 2,000 spectators turned out on Saturday for the annual Coracle
    Regatta at Abercarrog, where eleven coracle makers from Wales, Scotland and
    Ireland had gathered. Nineteen-year-old Elin Bowditch won the main 400-metre
    race on the River Tarrow in a willow-and-calico coracle she was given last
    winter; her father, Huw Bowditch, taught her the craft. Organiser Peter Lusk
    said a local brewery had agreed to sponsor the regatta, securing its future
    for three years or more. Building a new coracle takes roughly 30 hours, he
    said, and only a handful of people still make them commercially. To close
    the day, there was a coracle 'football' match, in which players try to
    strike an inflatable ball with their paddles.""",
    errors=[E("she was given", "event", "major", "she built")],
    traps=[T("for three years or more", "for at least three years"),
           T("To close the day", "The day ended with")])

add("spa towns", "translation", "consistent",
    """The spa town of Bad Kellbrunn will introduce a daily visitor tax of 3.50
    euros per person from 1 January, the town council decided on Thursday by 14
    votes to 5. Children under 16 and patients attending prescribed treatment
    courses will be exempt. The town expects the tax to raise around 1.8
    million euros a year, which will be used to restore the historic colonnade
    and the pump room, both built in the 1880s. Mayor Helga Strassner said the
    town's 11 thermal springs attracted some 420,000 overnight stays last year,
    but that the costs of maintaining the spa infrastructure had doubled in a
    decade. Hotel owners had opposed the tax, warning it could deter short-stay
    guests.""",
    """On Thursday the town council of the spa resort of Bad Kellbrunn voted 14
    to 5 to levy a visitor tax of 3.50 euros per person per day starting on 1
    January. Young people under 16 and patients on prescribed courses of
    treatment will not have to pay. The levy is projected to bring in about 1.8
    million euros annually, to be spent on restoring the historic colonnade and
    pump room, which date from the 1880s. According to Mayor Helga Strassner,
    the 11 thermal springs drew around 420,000 overnight stays last year, while
    the cost of maintaining the spa facilities has doubled over ten years.
    Hoteliers had been against the tax, warning that it might discourage guests
    who stay only briefly.""",
    traps=[T("will not have to pay", "will be exempt"),
           T("is projected to bring in about 1.8 million euros annually",
             "expects the tax to raise around 1.8 million euros a year"),
           T("over ten years", "in a decade"),
           T("Hoteliers had been against the tax", "Hotel owners had opposed the tax"),
           T("guests who stay only briefly", "short-stay guests")])

# ---------------------------------------------------------------- 21-25
add("throat singing", "translation", "inconsistent",
    """The third International Khoomei Festival will be held in the town of
    Erdenbulag from 12 to 15 July, the regional culture department announced.
    About 70 performers from nine countries are expected to take part, along
    with students from the Erdenbulag College of Arts, which opened a
    throat-singing course in 2019. The festival will end with an open-air
    concert on the steppe, where organisers hope to set a record for the largest
    group of throat singers performing together. The current unofficial record,
    1,200 singers, was set in 2016. Department head Batbayar Dorj said the
    festival aimed to pass the tradition on to young people, as fewer than 300
    people in the region still perform it professionally.""",
    """From 12 to 15 July, the town of Erdenbulag will host the third
    International Khoomei Festival, according to the regional culture
    department. Some 70 performers from nine countries are expected, as well as
    students of the Erdenbulag College of Arts, which launched a throat-singing
    course in 2016. The festival will close with an open-air concert on the
    steppe, where the organisers hope to break the record for the biggest group
    of throat singers performing together. The present record, which is
    unofficial, was set in 2016 with 1,200 singers. The head of the department,
    Batbayar Dorj, said the aim was to hand the tradition down to the young,
    since fewer than 300 people in the region still sing professionally.""",
    errors=[E("in 2016", "date", "minor", "in 2019", occ=0)],
    traps=[T("The present record, which is unofficial", "The current unofficial record"),
           T("hand the tradition down to the young", "pass the tradition on to young people")])

add("barbershop quartets", "rewrite", "consistent",
    """A barbershop quartet from Haddenfield, Four in the Morning, has won the
    Northern Harmony Cup, becoming the first all-female group to take the title
    in the competition's 28-year history. The quartet, formed just 18 months
    ago, scored 842 points out of a possible 900 in the final at the Queensway
    Hall on Saturday, 11 points ahead of the runners-up, Tidewater Chord. Judges
    praised their arrangement of a 1920s ballad, which was written by their
    baritone, Nadia Ferrante. The win qualifies the group for the European
    championship in Lindenhaag next spring. The quartet said it would use the
    £1,500 prize towards travel costs.""",
    """Four in the Morning, a barbershop quartet from Haddenfield, have won the
    Northern Harmony Cup, the first all-female group to do so in the 28 years
    the contest has been running. Formed only a year and a half ago, the
    quartet took 842 of a possible 900 points in Saturday's final at the
    Queensway Hall, finishing 11 points clear of runners-up Tidewater Chord. The
    judges singled out for praise their arrangement of a 1920s ballad, written
    by baritone Nadia Ferrante. By winning, the group has qualified for next
    spring's European championship in Lindenhaag. The quartet said the £1,500
    prize would go towards travel costs.""",
    traps=[T("in the 28 years the contest has been running", "in the competition's 28-year history"),
           T("a year and a half ago", "18 months ago"),
           T("11 points clear of", "11 points ahead of"),
           T("By winning, the group has qualified for", "The win qualifies the group for")])

add("glee clubs", "rewrite", "inconsistent",
    """The Merriton High School Glee Club will perform at the State Capitol on 9
    May after winning the regional show choir championship for the second year
    in a row. The 34-member club beat 15 other schools with a 12-minute set that
    combined Broadway numbers and a gospel medley. Director Lionel Pascoe said
    the students had rehearsed four evenings a week since January. The school
    board has approved $6,500 to cover transport and costumes, and parents are
    raising a further $3,000 through bake sales and a car wash. The club was
    founded in 2011 with just eight members.""",
    """After winning the regional show choir championship for the second
    consecutive year, the Merriton High School Glee Club will sing at the State
    Capitol on 9 May. The club's 34 members beat 15 other schools with a
    12-minute set mixing Broadway numbers with a gospel medley. Director Lionel
    Pascoe said the students had rehearsed four evenings a week since January.
    The school board has approved $5,600 for transport and costumes, with
    parents raising a further $3,000 through bake sales and a car wash. Pascoe
    said the students had rehearsed four evenings a week. The club started in
    2011 with only eight members.""",
    errors=[E("$5,600", "number", "major", "$6,500"),
            E("Pascoe said the students had rehearsed four evenings a week",
              "repetition", "minor", None, occ=1)],
    traps=[T("for the second consecutive year", "for the second year in a row")])

add("eisteddfods", "translation", "consistent",
    """The Bro Teifion Youth Eisteddfod will take place in Pentrefelen from 27
    to 31 May, with more than 9,000 competitors expected, the organising
    committee said. Preliminary rounds in 14 counties have already been held.
    For the first time, competitors in the recitation categories will be able
    to perform in British Sign Language as well as Welsh. Chief executive Eleri
    Vaughan said the pavilion would seat 2,500 people, and that tickets for the
    final day's choral competitions had already sold out. Around 400 volunteers
    will help run the week. The chairing ceremony, in which the winning young
    poet receives a carved oak chair, will take place on the Thursday.""",
    """Over 9,000 competitors are expected at the Bro Teifion Youth Eisteddfod,
    to be held in Pentrefelen between 27 and 31 May, according to the
    organising committee. The preliminary rounds have already taken place in 14
    counties. In the recitation competitions, entrants will for the first time
    be allowed to perform in British Sign Language as well as in Welsh. The
    chief executive, Eleri Vaughan, said there would be 2,500 seats in the
    pavilion, and that the choral competitions on the last day were already
    sold out. Some 400 volunteers will help during the week. The chairing, at
    which the winning young poet is awarded a carved oak chair, will be held on
    the Thursday.""",
    traps=[T("Over 9,000", "more than 9,000"),
           T("between 27 and 31 May", "from 27 to 31 May"),
           T("the choral competitions on the last day were already sold out",
             "tickets for the final day's choral competitions had already sold out"),
           T("Some 400 volunteers", "Around 400 volunteers")])

add("pub quizzes", "summary", "inconsistent",
    """The Cobbler's Arms in Wetherstone has been told by the local council that
    its weekly pub quiz may have to end after neighbours complained about noise
    from the microphone. The quiz, held every Tuesday since 1994, raises about
    £4,000 a year for the village's air ambulance fund. Licensing officer Derek
    Stoneley said the pub had been asked to keep the volume below a set level
    and to close windows after 9pm, and that a formal review of the licence
    would be held only if complaints continued. Landlady Beverley Amis said she
    had bought a quieter sound system and was confident the quiz could
    continue. A petition in support of the quiz has gathered 1,100
    signatures.""",
    """Wetherstone's Cobbler's Arms has been told by the council that its
    Tuesday quiz will have to end after neighbours complained about microphone
    noise. The quiz, running since 1994, raises about £4,000 a year for the air
    ambulance fund. The landlady has bought a quieter sound system, and a
    petition backing the quiz has 1,100 signatures.""",
    errors=[E("will have to end", "modality", "major", "may have to end")],
    traps=[T("its Tuesday quiz", "its weekly pub quiz"),
           T("a petition backing the quiz", "A petition in support of the quiz")])

# ---------------------------------------------------------------- 26-30
add("slot car racing", "summary", "consistent",
    """The Grantley Slot Car Club has set what it believes is a world record for
    the longest slot car track, assembling 612 metres of plastic track in a
    disused aircraft hangar at Fenwold airfield. Forty members spent three days
    building the circuit, which included a 14-metre bridge and 92 bends. A car
    completed a full lap in 4 minutes 51 seconds on Sunday, which was required
    to validate the attempt. The club is now submitting video evidence and
    witness statements to a record-keeping organisation, which is expected to
    rule within 12 weeks. The previous record, 540 metres, was set by a club in
    Denmark in 2018. Club secretary Paul Harrop said the track would be
    dismantled and the pieces returned to the 25 members who had lent them.""",
    """The Grantley Slot Car Club has built a 612-metre track in a hangar at
    Fenwold airfield, which it believes beats the previous world record of 540
    metres. A car lapped it in under five minutes on Sunday, and a ruling on the
    record claim is expected within 12 weeks.""",
    traps=[T("a 612-metre track", "612 metres of plastic track"),
           T("which it believes beats the previous world record",
             "what it believes is a world record"),
           T("in under five minutes", "in 4 minutes 51 seconds"),
           T("a ruling on the record claim is expected within 12 weeks",
             "which is expected to rule within 12 weeks")])

add("rocketry clubs", "summary", "inconsistent",
    """A model rocket built by students at the Hexley Rocketry Club reached an
    altitude of 3,150 metres at a launch site on the Brenmoor plateau on
    Saturday, a new national record for the amateur category. The two-stage
    rocket, 2.4 metres long, was tracked by an onboard GPS unit and recovered by
    parachute about 4 kilometres from the launch pad. The club's 23 members,
    aged 14 to 19, spent eight months designing it. Club leader Dr Imogen Sadler
    said the flight had been approved by the aviation authority, which closed
    the airspace for two hours. The previous record of 2,870 metres was set in
    2021 by a team from Corlton.""",
    """A two-stage model rocket designed by the Hexley Rocketry Club's teenage
    members reached 3,500 metres on the Brenmoor plateau on Saturday, beating
    the national amateur record of 2,870 metres. It was recovered by parachute
    about 4km away, and the club now plans a launch abroad.""",
    errors=[E("3,500 metres", "number", "major", "3,150 metres"),
            E("the club now plans a launch abroad", "addition", "minor", None)],
    traps=[T("about 4km away", "about 4 kilometres from the launch pad")])

add("gold panning", "translation", "inconsistent",
    """The national gold panning championships in Kultakoski drew 240
    competitors this year, the organisers said on Sunday. Participants had to
    find the gold flakes hidden in buckets of gravel as quickly as possible;
    each bucket contained between eight and ten flakes. The men's title was won
    by Jussi Raappana, a 46-year-old forestry worker, and the women's title by
    Aino Keskitalo, who also won last year. Organiser Pekka Lehtola said the
    number of foreign entrants had risen, with competitors from eleven
    countries. Next year, Kultakoski will also host the world championships,
    for which about 1,000 participants are expected. The event is not supported
    by the municipality; it is funded through entry fees and sponsors.""",
    """This year's national gold panning championships in Kultakoski attracted
    240 competitors, the organisers reported on Sunday. Contestants had to
    find gold flakes hidden in buckets of gravel as fast as they could; there
    were eight to ten flakes in each bucket. Jussi Raappana, a 46-year-old
    forest worker, took the men's title, and the women's title went to Aino
    Keskitalo, last year's winner as well. According to organiser Pekka
    Lehtola, more foreigners took part than before, from eleven countries in
    all. Next year Kultakoski will also host the Nordic championships, where
    roughly 1,000 participants are expected. The event is funded by the
    municipality as well as by entry fees and sponsors.""",
    errors=[E("the Nordic championships", "entity", "major", "the world championships"),
            E("is funded by the municipality", "polarity", "major",
              "is not supported by the municipality")],
    traps=[T("eight to ten flakes", "between eight and ten flakes"),
           T("last year's winner as well", "who also won last year")])

add("metal detecting", "rewrite", "consistent",
    """A hoard of 37 silver coins dating from the eleventh century has been
    found by a metal detectorist in a field near Oakhurst St Mary, the county
    coroner's office said on Friday. The coins were discovered in March by
    retired engineer Terence Goodall, who reported the find to the local finds
    liaison officer within 24 hours, as the law requires. An inquest will decide
    whether the hoard is treasure; if so, a museum may acquire it, with the
    reward shared between Mr Goodall and the landowner. Experts at the Wexcombe
    Museum have provisionally valued the coins at between £40,000 and £55,000.
    Mr Goodall, who has been detecting for 30 years, said he had 'never found
    anything older than a Victorian penny' before.""",
    """Retired engineer Terence Goodall found a hoard of 37 eleventh-century
    silver coins in March while metal detecting in a field near Oakhurst St
    Mary, the county coroner's office said on Friday. As required by law, he
    notified the local finds liaison officer within a day. Whether the hoard
    counts as treasure will be decided at an inquest; if it does, a museum may
    acquire it, and Mr Goodall and the landowner would share the reward. The
    Wexcombe Museum's experts have put a provisional value of £40,000 to
    £55,000 on the coins. Mr Goodall, a detectorist for three decades, said he
    had 'never found anything older than a Victorian penny' before.""",
    traps=[T("eleventh-century", "dating from the eleventh century"),
           T("As required by law", "as the law requires"),
           T("within a day", "within 24 hours"),
           T("put a provisional value of £40,000 to £55,000 on the coins",
             "provisionally valued the coins at between £40,000 and £55,000"),
           T("a detectorist for three decades", "who has been detecting for 30 years")])

add("mudlarking", "rewrite", "inconsistent",
    """A mudlark searching the foreshore of the River Skell at low tide has
    found a medieval pilgrim badge depicting a scallop shell, the Skellbridge
    Museum said on Wednesday. The lead-alloy badge, about 4 centimetres across,
    is thought to date from the fourteenth century and would have been bought
    by a pilgrim returning from a shrine. It was found by Grace Olawale, who
    holds a foreshore permit issued by the port authority. Permits allow
    searching only on the surface; digging deeper than 7.5 centimetres requires
    a separate licence. The museum's curator, Dr Martin Quayle, said the badge
    would go on display next month.""",
    """The Skellbridge Museum said on Wednesday that a medieval pilgrim badge
    showing a scallop shell had been discovered at low tide on the River Skell
    foreshore by a mudlark. The lead-alloy badge, roughly 4cm wide, probably
    dates from the 1300s and would have been bought by a pilgrim on the way
    home from a shrine. Grace Olawale, who found it, holds a foreshore permit
    from the port authority and said she had searched the same stretch every
    weekend for six years. Permits only allow searching on the surface; a
    separate licence is needed to dig deeper than 7.5cm. The badge will be
    displayed next month, according to the museum's curator, Dr Martin
    Quayle.""",
    errors=[E("said she had searched the same stretch every weekend for six years",
              "addition", "minor", None)],
    traps=[T("roughly 4cm wide", "about 4 centimetres across"),
           T("probably dates from the 1300s", "is thought to date from the fourteenth century")])

# ---------------------------------------------------------------- 31-35
add("beachcombing", "rewrite", "consistent",
    """Beachcombers on the Sandholm coast have been asked to report any yellow
    plastic ducks they find after a shipping container carrying 28,000 bath toys
    was lost overboard in a storm on 14 January, the coastguard said. The
    container fell from the cargo ship Merewind about 60 kilometres offshore.
    Oceanographers at the Northgate Marine Institute have predicted that the
    first toys could wash up within six weeks, depending on wind direction.
    Institute researcher Dr Femi Adeyemi said the toys were not harmful but
    could help scientists track surface currents. Finders are asked to send a
    photograph and the exact location to the institute rather than keep the
    ducks in a drawer. The shipping company, Tolland Lines, has offered a £10
    voucher for each duck returned.""",
    """The coastguard has asked beachcombers along the Sandholm coast to report
    any yellow plastic ducks they come across, after a container holding 28,000
    bath toys went overboard in a storm on 14 January. It fell from the cargo
    vessel Merewind some 60km out to sea. The first toys might reach the shore
    within six weeks, depending on which way the wind blows, oceanographers at
    the Northgate Marine Institute have predicted. The ducks are harmless, said
    institute researcher Dr Femi Adeyemi, but they could help scientists follow
    surface currents. Rather than keeping the ducks in a drawer, finders are
    asked to send the institute a photograph and the exact location. Tolland
    Lines, the shipping company, has offered a £10 voucher for every duck
    handed in.""",
    traps=[T("went overboard", "was lost overboard"),
           T("some 60km out to sea", "about 60 kilometres offshore"),
           T("might reach the shore within six weeks", "could wash up within six weeks"),
           T("The ducks are harmless", "the toys were not harmful"),
           T("every duck handed in", "each duck returned")])

add("rock pooling", "rewrite", "inconsistent",
    """Guided rock-pooling sessions at Penhallow Cove will run every Saturday
    morning from 7 June until 30 August, the Coastal Wildlife Partnership said.
    Sessions start two hours before low tide and are limited to 20 people, with
    booking required. Children must be accompanied by an adult. Marine
    biologist Kerry Tregaskis, who leads the walks, said visitors last year
    recorded 64 species, including the rare giant goby. Participants are asked
    not to remove any animals from the pools and to replace rocks exactly as
    they found them. The sessions are free, but donations are welcome.""",
    """The Coastal Wildlife Partnership said it would run guided rock-pooling
    sessions at Penhallow Cove every Saturday morning between 7 June and 30
    August. Each session begins two hours after low tide and is open to a
    maximum of 20 people, who must book in advance. Children have to be
    accompanied by an adult. Marine biologist Kerry Tregaskis, who leads the
    walks, said last year's visitors recorded 64 species, among them the rare
    giant goby. Participants are asked not to take any animals from the pools
    and to put rocks back exactly where they found them. The sessions are not
    free, but donations are welcome.""",
    errors=[E("two hours after low tide", "date", "major", "two hours before low tide"),
            E("are not free", "polarity", "critical", "are free")],
    traps=[T("open to a maximum of 20 people", "limited to 20 people"),
           T("who must book in advance", "with booking required")])

add("whale strandings", "summary", "consistent",
    """Rescuers refloated 23 of the 31 pilot whales that stranded on Kilbrannan
    Strand on Tuesday, the Marine Mammal Rescue Network said. Eight whales died
    before they could be moved, including two calves. About 150 volunteers,
    coordinated by the network, kept the surviving animals wet with buckets and
    sheets for more than ten hours until the evening high tide. A boat then
    shepherded the pod out of the bay. Network coordinator Shona MacAskill said
    it was too early to say why the whales had stranded, but post-mortem
    examinations would be carried out on the dead animals. The public was asked
    to report any further sightings, as refloated whales sometimes strand
    again.""",
    """Rescuers refloated 23 of 31 pilot whales stranded on Kilbrannan Strand on
    Tuesday after keeping them wet for over ten hours until high tide; eight
    died, two of them calves. Post-mortems will be carried out, and the public
    has been asked to report sightings because refloated whales sometimes
    re-strand.""",
    traps=[T("eight died, two of them calves",
             "Eight whales died before they could be moved, including two calves"),
           T("for over ten hours", "for more than ten hours"),
           T("Post-mortems", "post-mortem examinations"),
           T("re-strand", "strand again")])

add("seal pups", "rewrite", "consistent",
    """A record 1,284 grey seal pups were born at the Farrow Point colony this
    winter, a 9 per cent increase on last year, according to rangers from the
    Northmarch Wildlife Trust. The first pup was recorded on 29 October and the
    last on 4 January. Rangers count the pups every three days from a viewing
    platform to avoid disturbing the animals. Senior ranger Aled Morrow said the
    rise was partly due to mild weather, which had reduced the number of pups
    lost in storms. The beach below the colony will remain closed to the public
    until the end of January. Visitors are asked to keep dogs on leads on the
    clifftop path.""",
    """Rangers from the Northmarch Wildlife Trust say 1,284 grey seal pups were
    born at the Farrow Point colony this winter, a record and up 9% on last
    year. The first birth was recorded on 29 October and the last on 4 January.
    To avoid disturbing the seals, rangers count the pups from a viewing
    platform every third day. Mild weather, which meant fewer pups were lost in
    storms, was one reason for the increase, senior ranger Aled Morrow said.
    Until the end of January the beach beneath the colony will stay closed to
    the public, and visitors are asked to keep their dogs on leads on the
    clifftop path.""",
    traps=[T("up 9% on last year", "a 9 per cent increase on last year"),
           T("every third day", "every three days"),
           T("was one reason for the increase", "the rise was partly due to mild weather"),
           T("will stay closed", "will remain closed")])

add("newt relocation", "rewrite", "inconsistent",
    """Work on a 240-home housing estate at Ferncombe has been paused while 600
    great crested newts are moved to new ponds, the developer, Ashgrove Homes,
    said on Monday. The newts, a protected species, were discovered in a
    drainage ditch during a survey in April. Ecologists will trap the animals
    over a period of up to 60 nights and release them into four specially dug
    ponds on a nature reserve 500 metres away. Ashgrove's project director,
    Nadim Rahman, said the delay would cost the company about £250,000 but that
    the relocation was a legal requirement. Local residents' group Ferncombe
    Green Spaces said it welcomed the move but questioned why the newts had not
    been identified earlier.""",
    """Ashgrove Homes said on Monday that it had paused work on its 240-home
    estate at Ferncombe so that 600 great crested newts could be moved to new
    ponds. The newts, which are protected, were found in a drainage ditch during
    an April survey. Over a period of up to 60 nights, ecologists will trap the
    animals and release them into four ponds dug specially for them on a nature
    reserve 500m away. Project director Nadim Rahman said the delay would cost
    the company about £250,000, but the relocation was required by law. The
    ecologists said they welcomed the move but questioned why the newts had not
    been identified earlier.""",
    errors=[E("The ecologists said", "attribution", "major",
              "Local residents' group Ferncombe Green Spaces said")],
    traps=[T("which are protected", "a protected species"),
           T("500m away", "500 metres away"),
           T("was required by law", "was a legal requirement")])

# ---------------------------------------------------------------- 36-40
add("badger setts", "summary", "inconsistent",
    """A section of the Holloway Lane bypass in Marlhaven will be rerouted by 30
    metres to avoid an active badger sett, Marlhaven County Council confirmed on
    Wednesday. The sett, which ecologists believe has been used for at least a
    century, was found during ground surveys last autumn. Moving the road will
    add £410,000 to the scheme's £18 million budget and delay completion by
    about four months, to spring 2026. Council highways chief Rosalind Achebe
    said the alternative, closing the sett under licence and building an
    artificial one nearby, had been rejected because of the risk that the
    badgers would not move. Two underpasses will be built so the animals can
    cross safely.""",
    """Part of Marlhaven's Holloway Lane bypass will be rerouted 30 metres to avoid a
    badger sett, thought to have been in use for at least a century, that was
    damaged during ground surveys last autumn. The change adds £410,000 to the
    £18m budget and pushes completion back about four months to spring 2026;
    two underpasses will let the badgers cross safely.""",
    errors=[E("was damaged during ground surveys", "event", "major",
              "was found during ground surveys")],
    traps=[T("£18m", "£18 million"),
           T("pushes completion back about four months", "delay completion by about four months")])

add("stargazing reserves", "summary", "consistent",
    """The Gorsedale uplands have been designated a dark sky reserve, the first
    in the region, after a four-year campaign by local astronomers and parish
    councils, the International Night Sky Alliance announced on Friday. The
    780-square-kilometre reserve has a core zone where sky brightness readings
    regularly reach 21.6 on the standard scale, dark enough to see the Milky Way
    with the naked eye. As part of the bid, 1,900 street lights in surrounding
    villages were replaced with shielded, warm-coloured LEDs, funded by a £2.1
    million grant. Campaign leader Rhiannon Castell said she expected the
    designation to boost winter tourism. The reserve will hold its first
    stargazing festival in February.""",
    """After a four-year campaign, the Gorsedale uplands have become the
    region's first dark sky reserve, covering 780 sq km, the International
    Night Sky Alliance said on Friday. For the bid, 1,900 street lights were
    swapped for shielded LEDs funded by a £2.1m grant, and the campaign's
    leader expects winter tourism to rise as a result.""",
    traps=[T("780 sq km", "780-square-kilometre"),
           T("were swapped for shielded LEDs", "were replaced with shielded, warm-coloured LEDs"),
           T("£2.1m", "£2.1 million"),
           T("the campaign's leader expects winter tourism to rise as a result",
             "she expected the designation to boost winter tourism")])

add("storm chasing", "summary", "inconsistent",
    """A storm-chasing tour company based in Callister County has had its
    operating permit suspended for 90 days after one of its vans drove onto a
    closed highway during a tornado warning last month, the state
    transportation agency said. No one was injured, but the van was struck by
    debris and two passengers were treated for shock. Skyline Storm Tours, which
    charges about $3,200 for a six-day tour, said it would appeal. The agency
    said the driver had ignored barriers and instructions from a highway patrol
    officer. Owner Dale Whitcombe said the driver had been dismissed and that
    all guides would receive additional training before the suspension
    ends.""",
    """Skyline Storm Tours of Callister County has had its permit suspended for
    90 days after one of its vans drove onto a closed highway during a tornado
    warning; no one was injured. The company, whose owner says the driver has
    been fired, will appeal, and no one was injured.""",
    errors=[E("no one was injured", "repetition", "minor", None, occ=1)],
    traps=[T("has been fired", "had been dismissed")])

add("hail damage", "translation", "consistent",
    """A hailstorm lasting about 20 minutes caused damage estimated at 45
    million francs in the canton of Obertal on Tuesday evening, the cantonal
    building insurer said on Thursday. Hailstones up to 6 centimetres in
    diameter smashed car windscreens, solar panels and greenhouse roofs,
    especially in the villages of Grünau and Lenzwil. The insurer has received
    around 7,800 damage reports so far and expects the number to rise.
    Spokeswoman Regula Imhof said it was the most expensive storm in the canton
    since 2012. Farmers reported that up to 80 percent of the cherry crop in
    some orchards had been destroyed, only two weeks before the harvest.""",
    """On Thursday the cantonal building insurer said that a hailstorm of
    roughly 20 minutes on Tuesday evening had caused an estimated 45 million
    francs of damage in the canton of Obertal. Hailstones measuring as much as
    6 cm across shattered car windscreens, solar panels and greenhouse roofs,
    above all in the villages of Grünau and Lenzwil. So far about 7,800 claims
    have been reported to the insurer, which expects more to come. According to
    spokeswoman Regula Imhof, no storm in the canton had been as costly since
    2012. Farmers said that in some orchards as much as four-fifths of the
    cherry crop had been destroyed, just a fortnight before harvest.""",
    traps=[T("as much as 6 cm across", "up to 6 centimetres in diameter"),
           T("which expects more to come", "expects the number to rise"),
           T("no storm in the canton had been as costly since 2012",
             "it was the most expensive storm in the canton since 2012"),
           T("as much as four-fifths", "up to 80 percent"),
           T("just a fortnight before harvest", "only two weeks before the harvest")])

add("igloo building", "translation", "inconsistent",
    """The village of Lumikylä will build an igloo hotel with 30 rooms this
    winter, provided temperatures stay below minus five degrees for at least two
    weeks in December, the municipal tourism office said. Construction would
    require around 1,500 blocks of compressed snow and take a team of 12
    builders about three weeks. Rooms will be kept at between minus three and
    minus five degrees, and guests will sleep in thermal sleeping bags on ice
    beds covered with reindeer skins. Guests must sign a safety declaration
    before checking in. A night will cost 290 euros per person, including
    breakfast. Tourism director Sanna Kivelä said bookings would open in
    November.""",
    """If the temperature remains below minus five for a minimum of two weeks in
    December, Lumikylä will put up a 30-room igloo hotel this winter, according
    to the municipal tourism office. Building it would take a team of 12 about
    three weeks and need some 1,500 blocks of compressed snow. The rooms will be
    kept at minus three to minus five degrees, and guests will sleep on ice beds
    covered with reindeer hides, in thermal sleeping bags. Before checking in,
    guests may be asked to sign a safety declaration. One night will cost 290
    euros per person with breakfast included. Bookings will open in November,
    said tourism director Sanna Kivelä.""",
    errors=[E("may be asked to sign", "modality", "major", "must sign")],
    traps=[T("for a minimum of two weeks", "for at least two weeks"),
           T("reindeer hides", "reindeer skins"),
           T("with breakfast included", "including breakfast")])

# ---------------------------------------------------------------- build and validate
WORD = re.compile(r"\w", re.UNICODE)


def nwords(text):
    return len(text.split())


def find(hay, needle, occ, where):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise ValueError(f"{where}: {needle!r} (occurrence {occ}) not found")
    return pos


def is_word(ch):
    return bool(WORD.match(ch))


def check_boundaries(text, start, end, where):
    if start > 0 and start < len(text) and is_word(text[start - 1]) and is_word(text[start]):
        raise ValueError(f"{where}: span start cuts a word at {start}")
    if end > 0 and end < len(text) and is_word(text[end - 1]) and is_word(text[end]):
        raise ValueError(f"{where}: span end cuts a word at {end}")


def build():
    records = []
    problems = []
    for i, c in enumerate(CASES, 1):
        rid = f"s{N}-{i:03d}"
        ref, cand, mode, label = c["reference"], c["candidate"], c["mode"], c["label"]
        try:
            if mode not in ("rewrite", "summary", "translation"):
                raise ValueError(f"{rid}: bad mode {mode}")
            if label not in ("consistent", "inconsistent"):
                raise ValueError(f"{rid}: bad label {label}")
            if not 70 <= nwords(ref) <= 190:
                raise ValueError(f"{rid}: reference has {nwords(ref)} words")
            if mode == "summary" and not (len(cand) < len(ref) and nwords(cand) < nwords(ref)):
                raise ValueError(f"{rid}: summary not shorter than reference")
            errors, traps, spans = [], [], []
            for e in c["errors"]:
                et, sev = e["type"], e["severity"]
                if et not in TYPES or sev not in SEVERITIES:
                    raise ValueError(f"{rid}: bad type/severity {et}/{sev}")
                if e["kind"] == "omission":
                    if mode == "summary":
                        raise ValueError(f"{rid}: omission in a summary")
                    start = end = find(cand, e["after"], e["occ"], rid) + len(e["after"])
                    text = ""
                    if not e["ref_text"] or e["ref_text"] in cand:
                        raise ValueError(f"{rid}: omitted words present in candidate")
                else:
                    if et == "omission":
                        raise ValueError(f"{rid}: omission must use OM()")
                    text = e["text"]
                    start = find(cand, text, e["occ"], rid)
                    end = start + len(text)
                    if et == "repetition" and cand.find(text) >= start:
                        raise ValueError(f"{rid}: repetition has no earlier copy")
                rt = e["ref_text"]
                if et in ("addition", "repetition"):
                    if rt is not None:
                        raise ValueError(f"{rid}: {et} must have ref_text null")
                elif not rt or rt not in ref:
                    raise ValueError(f"{rid}: error ref_text {rt!r} not in reference")
                if et not in ("addition", "repetition", "omission") and text == rt:
                    raise ValueError(f"{rid}: error text equals ref_text")
                check_boundaries(cand, start, end, rid)
                assert cand[start:end] == text
                spans.append((start, end, text))
                errors.append({"start": start, "end": end, "text": text, "type": et,
                               "severity": sev, "ref_text": rt})
            for t in c["traps"]:
                start = find(cand, t["text"], t["occ"], rid)
                end = start + len(t["text"])
                if t["ref_text"] not in ref:
                    raise ValueError(f"{rid}: trap ref_text {t['ref_text']!r} not in reference")
                if t["text"] == t["ref_text"]:
                    raise ValueError(f"{rid}: trap identical to reference wording")
                check_boundaries(cand, start, end, rid)
                spans.append((start, end, t["text"]))
                traps.append({"start": start, "end": end, "text": t["text"],
                              "ref_text": t["ref_text"]})
            ordered = sorted(spans)
            for (s1, e1, t1), (s2, e2, t2) in zip(ordered, ordered[1:]):
                if s2 < e1 or (s1 == s2 and (e1 == s1 or e2 == s2)):
                    raise ValueError(f"{rid}: spans overlap: {t1!r} / {t2!r}")
            if label == "consistent":
                if errors or not 3 <= len(traps) <= 5:
                    raise ValueError(f"{rid}: consistent pair needs 0 errors, 3-5 traps")
            else:
                if not 1 <= len(errors) <= 2 or len(traps) > 3:
                    raise ValueError(f"{rid}: inconsistent pair needs 1-2 errors, 0-3 traps")
            errors.sort(key=lambda x: (x["start"], x["end"]))
            traps.sort(key=lambda x: (x["start"], x["end"]))
            records.append({"id": rid, "domain": c["domain"], "mode": mode,
                            "reference": ref, "candidate": cand, "label": label,
                            "errors": errors, "traps": traps})
        except ValueError as exc:
            problems.append(str(exc))
    return records, problems


def composition(records):
    problems = []
    if len(records) != 40:
        problems.append(f"{len(records)} pairs, expected 40")
    if [r["domain"] for r in records] != DOMAINS or len(set(DOMAINS)) != 40:
        problems.append("domains do not match the list one-to-one")
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for mode, n in want.items():
        rs = [r for r in records if r["mode"] == mode]
        cons = sum(r["label"] == "consistent" for r in rs)
        if len(rs) != n or cons != n // 2:
            problems.append(f"{mode}: {len(rs)} pairs, {cons} consistent")
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append(f"{sum(types.values())} errors, expected 30")
    for t in TYPES:
        if types[t] < 2:
            problems.append(f"type {t}: only {types[t]}")
    return problems


def report(records):
    print("pairs:", len(records))
    print("by mode:", dict(Counter(r["mode"] for r in records)))
    print("by label:", dict(Counter(r["label"] for r in records)))
    print("by mode+label:", dict(Counter((r["mode"], r["label"]) for r in records)))
    types = Counter(e["type"] for r in records for e in r["errors"])
    print("errors:", sum(types.values()), {t: types[t] for t in TYPES})
    print("severity:", dict(Counter(e["severity"] for r in records for e in r["errors"])))
    print("traps:", sum(len(r["traps"]) for r in records))
    wc = [nwords(r["reference"]) for r in records]
    print("reference words: min", min(wc), "max", max(wc))


def main():
    records, problems = build()
    problems += composition(records)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    report(records)
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
