#!/usr/bin/env python3
"""Held-out evaluation set 47 for a fact-comparison tool.

How it was made: every pair was hand-written by a helper that saw no code or
data of the project, working only from a written brief. All people, companies,
organisations, places and figures are invented (real countries appear only as
background). The script holds the cases as Python data, computes every
character offset itself by string search (occurrence indexes are given where a
quoted text repeats), validates everything and writes set47.jsonl next to
itself. `python3 make_set47.py --check` validates only and writes nothing.

Composition: 40 pairs, one domain each (40 domains); 20 consistent and 20
inconsistent; 20 rewrites, 10 summaries, 10 translations (half of each mode
consistent). 30 errors over the eleven types: entity 3, number 4, date 3,
role 3, polarity 3, modality 3, attribution 2, event 2, omission 3 (rewrite
and translation only), addition 2, repetition 2. Ten inconsistent pairs carry
one error and ten carry two. Each consistent pair carries 3-5 traps (faithful
rewordings a naive checker might flag); inconsistent pairs carry 0-3.
References are 70-190 words in news/agency/corporate/official register.
"""

import json
import os
import random
import sys

SET_NO = 47
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % SET_NO)

DOMAINS = [
    "canal boat hire", "sheepdog trials", "morris dancing", "seaweed farming",
    "sand sculpture", "tattoo conventions", "wedding planners", "oyster beds",
    "tea blending", "marathon pacers", "tuba players", "choir tours",
    "drone light shows", "key cutting", "pest control", "roof tilers",
    "septic tanks", "goat yoga", "alpaca farms", "duck races", "grain silos",
    "fog horns", "gritting lorries", "parking wardens", "fly tipping",
    "dog wardens", "rat infestations", "pigeon culls",
    "tree preservation orders", "hedge disputes", "loft conversions",
    "planning appeals", "blue plaques", "time capsules", "bell ringers",
    "organ transplants", "dubbing actors", "foley artists", "steel drums",
    "accordion makers",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    """errors: dicts with text/type/sev/ref (and optional occ); an omission
    uses after=<candidate text the gap follows> instead of text.
    traps: (text, ref_text) or (text, ref_text, occ)."""
    CASES.append(dict(domain=domain, mode=mode, reference=reference,
                      candidate=candidate, errors=list(errors),
                      traps=list(traps)))


def E(text, etype, sev, ref, occ=0):
    return dict(text=text, type=etype, sev=sev, ref=ref, occ=occ)


def OMIT(after, sev, ref, occ=0):
    return dict(after=after, type="omission", sev=sev, ref=ref, occ=occ)


# ---------------------------------------------------------------------------
# Rewrites, consistent
# ---------------------------------------------------------------------------

case("grain silos", "rewrite",
     "Harlow Vale Grain Cooperative said on Monday that it will spend £4.5 million replacing six ageing silos at its Mossbridge depot, the largest single investment in the cooperative's 62-year history. The new steel bins, each able to hold 2,500 tonnes, are due to be commissioned before the 2025 harvest. Chief executive Brenna Coltart said the existing concrete structures, built in 1971, had become costly to maintain and could no longer meet fire safety standards. Members approved the project at an extraordinary general meeting last month by 214 votes to 31. Work is expected to begin in April and will be carried out by Dunmore Fabrication, a contractor based in Perth. The cooperative said grain deliveries would not be interrupted during construction because a temporary store will be set up on an adjoining field.",
     "Six ageing silos at the Mossbridge depot of Harlow Vale Grain Cooperative are to be replaced in a £4.5m project, the biggest single investment the cooperative has made in its 62 years, it announced on Monday. Its chief executive, Brenna Coltart, said the current concrete silos, which date from 1971, had become expensive to maintain and could no longer meet fire safety standards. The steel replacements will each hold 2,500 tonnes and are scheduled to enter service ahead of the 2025 harvest. At an extraordinary general meeting last month, members backed the plan by 214 votes to 31. Perth-based contractor Dunmore Fabrication will carry out the work, which is likely to start in April. The cooperative said grain deliveries would continue without interruption during construction, as a temporary store will be set up on a neighbouring field.",
     traps=[("£4.5m", "£4.5 million"),
            ("in its 62 years", "62-year history"),
            ("which date from 1971", "built in 1971"),
            ("backed the plan", "approved the project"),
            ("is likely to start in April", "is expected to begin in April")])

case("fog horns", "rewrite",
     "The Coastal Lights Commission confirmed yesterday that the fog horn at Carrick Ness lighthouse will be sounded again for the first time since it was silenced in 2005. The commission said the restored horn would operate only during an annual heritage day each September and would play no part in modern navigation, which relies on satellite positioning. The restoration, costing £180,000, was funded jointly by the commission and the Carrick Ness Heritage Trust, which raised roughly a third of the sum from local donations. Trust chair Idris Penhallow said villagers had campaigned for almost a decade to hear the horn again. Engineers from Kelso Marine Services spent eight months rebuilding the compressors. Residents living within two miles of the lighthouse will be notified at least 48 hours before each sounding.",
     "The fog horn at Carrick Ness lighthouse, silent since 2005, is to sound once more, the Coastal Lights Commission confirmed yesterday. It will be heard only on a heritage day held every September and will have no role in present-day navigation, which depends on satellite positioning, the commission said. The £180,000 restoration was paid for by the commission together with the Carrick Ness Heritage Trust, which raised about one third of the money from local donations. Idris Penhallow, who chairs the trust, said villagers had spent nearly ten years campaigning to hear the horn again. The compressors were rebuilt over eight months by engineers from Kelso Marine Services. People who live within two miles of the lighthouse will get at least two days' notice of each sounding.",
     traps=[("about one third", "roughly a third"),
            ("nearly ten years", "almost a decade"),
            ("The compressors were rebuilt over eight months", "spent eight months rebuilding the compressors"),
            ("two days' notice", "48 hours"),
            ("paid for by the commission together with", "funded jointly by the commission and")])

case("gritting lorries", "rewrite",
     "Westmarch County Council has added nine gritting lorries to its winter fleet, bringing the total to 41, ahead of what forecasters expect to be a colder than average January. The council's highways chief, Councillor Tamsin Orrell, said the vehicles, leased for three years at a cost of £1.2 million, would allow crews to treat an extra 180 miles of road. Priority routes, including all A roads and bus corridors, will be gritted whenever road surface temperatures are forecast to fall below 1C. Salt stocks at the council's four depots stand at 22,000 tonnes, up from 17,500 tonnes last year. Orrell urged drivers not to overtake gritters, which travel at up to 40mph while spreading. The council will publish its gritting routes online from 1 December.",
     "Nine more gritting lorries have joined Westmarch County Council's winter fleet, taking it to 41 vehicles, as forecasters predict that January will be colder than usual. Councillor Tamsin Orrell, who leads on highways, said the lorries, on a £1.2m three-year lease, would let crews cover an additional 180 miles of road. All A roads and bus corridors, along with other priority routes, will be treated whenever road surface temperatures are forecast to drop below 1C. The council's four depots hold 22,000 tonnes of salt, compared with 17,500 tonnes a year ago. Orrell asked motorists not to pass gritters, which move at speeds of up to 40mph when spreading. Gritting routes will be posted online from the start of December.",
     traps=[("colder than usual", "colder than average"),
            ("on a £1.2m three-year lease", "leased for three years at a cost of £1.2 million"),
            ("compared with 17,500 tonnes a year ago", "up from 17,500 tonnes last year"),
            ("pass gritters", "overtake gritters"),
            ("from the start of December", "from 1 December")])

case("parking wardens", "rewrite",
     "Parking wardens in Eastbury will begin wearing body cameras from 3 March after a 40 per cent rise in reported assaults on enforcement staff over the past year, Eastbury Borough Council said. A total of 63 incidents were recorded in 2023, compared with 45 in 2022. The council has bought 70 cameras at a cost of £38,000, enough to equip every warden on duty. Footage will be kept for 31 days unless it is needed as evidence, after which it will be deleted. Kieran Moss, the council's head of parking services, said most drivers treated wardens with respect but a minority had become 'increasingly aggressive'. The Civic Workers' Union, which represents the wardens, welcomed the move but said it should have come sooner.",
     "Eastbury Borough Council said its parking wardens would start wearing body cameras on 3 March, following a two-fifths increase in reported assaults on enforcement staff over the last 12 months. There were 63 recorded incidents in 2023, up from 45 the previous year. Seventy cameras have been purchased for £38,000, which is enough for every warden on duty. Recordings will be deleted after 31 days unless they are required as evidence. While most motorists treated wardens respectfully, a minority had grown 'increasingly aggressive', according to Kieran Moss, head of parking services at the council. The wardens' union, the Civic Workers' Union, welcomed the decision but said it was overdue.",
     traps=[("two-fifths increase", "40 per cent rise"),
            ("up from 45 the previous year", "compared with 45 in 2022"),
            ("Seventy cameras have been purchased", "The council has bought 70 cameras"),
            ("it was overdue", "it should have come sooner")])

case("fly tipping", "rewrite",
     "Fly-tipping on farmland in the Dunhallow district more than doubled last year, according to figures released on Thursday by the Rural Landowners' Association. Members reported 1,284 incidents in 2023, against 601 in 2022, with construction rubble and household furniture the most common items dumped. The association estimates that clearing the waste cost farmers an average of £1,100 per incident, and said landowners are legally responsible for removing rubbish left on their property. Regional director Malcolm Threlfall called for tougher penalties, saying fines of up to £400 were 'no deterrent at all'. Dunhallow District Council said it had issued 212 fixed penalty notices last year and would install 15 additional CCTV cameras at known hotspots by the summer.",
     "Figures published by the Rural Landowners' Association on Thursday show that fly-tipping on Dunhallow farmland rose more than twofold in 2023. Its members reported 1,284 cases, compared with 601 the year before; building rubble and household furniture were dumped most often. Landowners are legally obliged to clear rubbish left on their land, the association said, estimating the average cost to farmers of a clear-up at £1,100 an incident. Calling for stiffer penalties, regional director Malcolm Threlfall said fines of up to £400 were 'no deterrent at all'. The district council said it had handed out 212 fixed penalty notices in 2023 and would put up 15 more CCTV cameras at known hotspots by the summer.",
     traps=[("rose more than twofold", "more than doubled"),
            ("compared with 601 the year before", "against 601 in 2022"),
            ("legally obliged to clear", "legally responsible for removing"),
            ("handed out 212 fixed penalty notices in 2023", "issued 212 fixed penalty notices last year")])

case("dog wardens", "rewrite",
     "Kestrel Bay Town Council is to employ two additional dog wardens this summer after complaints about dog fouling on the town's beaches rose by a quarter. The new wardens, funded through a £56,000 grant from the Shoreline Renewal Fund, will patrol the seafront seven days a week between May and September. Under rules introduced in 2021, dogs are banned from the main beach between 10am and 6pm during those months, and owners who fail to clear up after their pets face an £80 fine. Council leader Priya Aldane said the measures were not aimed at responsible owners, who she said were 'the vast majority'. Last year wardens issued 94 fines, 38 of them on the promenade. The council will also provide free waste bags at eight dispensers along the seafront.",
     "Complaints about dog fouling on Kestrel Bay's beaches have gone up by 25 per cent, prompting the town council to take on two more dog wardens for the summer. Paid for by a £56,000 grant from the Shoreline Renewal Fund, they will patrol the seafront every day from May to September. Rules brought in in 2021 ban dogs from the main beach from 10am to 6pm in those months, and owners who do not clean up after their pets can be fined £80. The measures did not target responsible owners, who made up 'the vast majority', said council leader Priya Aldane. Of the 94 fines issued by wardens last year, 38 were handed out on the promenade. Free waste bags will also be available from eight dispensers along the seafront, the council said.",
     traps=[("gone up by 25 per cent", "rose by a quarter"),
            ("Paid for by", "funded through"),
            ("every day", "seven days a week"),
            ("can be fined £80", "face an £80 fine"),
            ("did not target responsible owners", "were not aimed at responsible owners")])

case("rat infestations", "rewrite",
     "Reports of rat infestations in Graydon rose by 18 per cent in the twelve months to October, the city's environmental health department said on Tuesday. Pest controllers attended 3,420 call-outs, up from 2,898 the previous year, with the biggest increases in the Millfield and Stanway wards. Officials blamed a combination of mild winters, overflowing commercial bins and a fortnightly household waste collection introduced in 2022. Dr Helena Voss, the city's director of public health, said the risk to human health remained low but advised residents not to leave food waste in open containers. The council will reintroduce free treatment for households receiving benefits from January, a service it scrapped three years ago to save £210,000 a year.",
     "Graydon's environmental health department said on Tuesday that reported rat infestations in the city were up 18% over the year to October. There were 3,420 call-outs for pest controllers, against 2,898 twelve months earlier, and Millfield and Stanway wards saw the sharpest rises. Mild winters, overflowing business bins and the switch to fortnightly household rubbish collections in 2022 were all to blame, according to officials. The danger to people's health was still low, said Dr Helena Voss, the city's director of public health, but she advised residents to avoid leaving food waste in open containers. From January, households on benefits will again get free treatment, a service the council axed three years ago to save £210,000 annually.",
     traps=[("up 18%", "rose by 18 per cent"),
            ("against 2,898 twelve months earlier", "up from 2,898 the previous year"),
            ("business bins", "commercial bins"),
            ("axed", "scrapped"),
            ("annually", "a year")])

case("pigeon culls", "rewrite",
     "Plans to cull feral pigeons at Ashcombe railway station have been dropped after a public consultation drew more than 5,000 objections, the station operator Midshire Rail said. The company had proposed hiring a licensed contractor to shoot birds roosting in the Victorian roof canopy, which it said was being damaged by droppings. Instead, it will install netting and spikes at a cost of about £95,000 and bring in a trained Harris hawk twice a week to deter the birds. Station manager Colin Ferrabee said the decision had been taken 'after listening carefully to passengers'. Animal welfare group Wings Alive, which organised a petition against the cull, described the outcome as 'a victory for common sense'. The netting is due to be fitted by the end of June.",
     "Midshire Rail, which operates Ashcombe railway station, said it had abandoned plans to cull feral pigeons there following a public consultation that attracted over 5,000 objections. The operator had wanted to hire a licensed contractor to shoot the birds, which roost in the station's Victorian roof canopy and which it said were damaging it with their droppings. Netting and spikes costing roughly £95,000 will be installed instead, and a trained Harris hawk will be brought in on two days a week to scare the birds away. The decision was made 'after listening carefully to passengers', said Colin Ferrabee, the station manager. Wings Alive, an animal welfare group that organised a petition opposing the cull, called it 'a victory for common sense'. The netting should be in place by the end of June.",
     traps=[("over 5,000 objections", "more than 5,000 objections"),
            ("roughly £95,000", "about £95,000"),
            ("on two days a week", "twice a week"),
            ("The decision was made", "the decision had been taken"),
            ("should be in place", "is due to be fitted")])

case("tree preservation orders", "rewrite",
     "A 200-year-old oak in the village of Lower Faxby has been protected by an emergency tree preservation order after residents warned that it was about to be felled. Brackenford District Council issued the order on Friday, following reports that contractors had marked the tree, which stands on land earmarked for 14 new homes. The developer, Holloway Crest Homes, said it had not applied for permission to remove the oak and was still 'exploring options' for the site. Under the order, anyone who cuts down, damages or lops the tree without consent could face an unlimited fine. The protection lasts for six months, during which the council must decide whether to confirm it permanently. Objections and comments can be submitted until 28 August.",
     "Brackenford District Council on Friday placed an emergency tree preservation order on a 200-year-old oak in Lower Faxby, after villagers warned it was about to be cut down. Contractors had reportedly marked the tree, which is on a plot set aside for 14 new houses. Holloway Crest Homes, the developer, said it had not sought permission to remove the oak and was still 'exploring options' for the site. Anyone who fells, damages or lops the tree without consent could be fined an unlimited amount under the order. The protection will last for half a year, in which time the council has to decide whether to confirm it permanently. Comments and objections may be submitted until 28 August.",
     traps=[("on a plot set aside for 14 new houses", "on land earmarked for 14 new homes"),
            ("had not sought permission", "had not applied for permission"),
            ("could be fined an unlimited amount", "could face an unlimited fine"),
            ("half a year", "six months"),
            ("villagers", "residents")])

case("hedge disputes", "rewrite",
     "A neighbour dispute over a 9-metre leylandii hedge in Orton Cross has ended with the homeowner ordered to cut it to 2 metres within three months. Haverleigh Borough Council upheld a complaint brought under high hedges legislation by Gerald and Maureen Pitchley, who said the hedge blocked almost all daylight from their garden and conservatory. The hedge's owner, Simon Darrow, has 28 days to appeal to the planning inspectorate. If he fails to comply with the order, the council can carry out the work itself and recover the cost from him, and he could be prosecuted. A council spokesperson said it received 37 high hedge complaints last year, of which 11 resulted in formal notices. The Pitchleys said they had first asked Mr Darrow to trim the hedge in 2016.",
     "The owner of a 9m leylandii hedge in Orton Cross has been ordered to reduce it to 2m within three months, ending a row between neighbours. Gerald and Maureen Pitchley complained to Haverleigh Borough Council under high hedges legislation, saying the hedge shut out nearly all the daylight reaching their garden and conservatory, and the council upheld their complaint. Simon Darrow, who owns the hedge, can appeal to the planning inspectorate within four weeks. Should he not comply, the council is able to do the work itself and charge him for it, and he could face prosecution. Of the 37 high hedge complaints the council received last year, 11 led to formal notices, a spokesperson said. According to the Pitchleys, they first asked Mr Darrow to cut back the hedge in 2016.",
     traps=[("9m", "9-metre"),
            ("shut out nearly all the daylight", "blocked almost all daylight"),
            ("within four weeks", "28 days"),
            ("charge him for it", "recover the cost from him"),
            ("could face prosecution", "could be prosecuted")])

# ---------------------------------------------------------------------------
# Rewrites, inconsistent
# ---------------------------------------------------------------------------

case("canal boat hire", "rewrite",
     "Wrenfield Narrowboats, one of the largest canal boat hire firms in the Midlands, has reported a 12 per cent fall in bookings for the coming season, blaming higher fuel prices and a wet summer last year. The company, which operates 46 boats from bases at Tolbury and Castle Hinton, said advance reservations for April to October stood at 1,930 weeks, down from 2,190. Managing director Fiona Keddle said the firm would not raise its prices this year and would offer discounts of up to 15 per cent for first-time hirers. She added that two boats would be withdrawn from the fleet for conversion to electric propulsion, a project partly funded by the Waterways Heritage Fund. The firm employs 58 staff, most of them seasonal.",
     "Bookings at Wrenfield Narrowboats, among the biggest canal boat hire companies in the Midlands, are down 12 per cent for the coming season, which the firm puts down to higher fuel prices and last year's wet summer. Advance reservations for April to October at the company, which runs 46 boats from bases at Tolbury and Castle Hinton, stand at 1,930 weeks, down from 2,910. Fiona Keddle, the managing director, said prices would not go up this year and first-time hirers would get discounts of up to 15 per cent. Two boats will also be taken out of the fleet to be converted to electric propulsion, she said. The firm has 58 staff, most of them seasonal.",
     errors=[E("2,910", "number", "major", "2,190"),
             OMIT("converted to electric propulsion", "minor", "a project partly funded by the Waterways Heritage Fund")],
     traps=[("which the firm puts down to", "blaming"),
            ("last year's wet summer", "a wet summer last year")])

case("sheepdog trials", "rewrite",
     "Handler Owain Prydderch and his dog Fly won the Carnedd Fach Open Sheepdog Trial on Saturday, beating 112 competitors from across Britain and Ireland. The pair scored 96 points out of 110, four ahead of last year's champion, Morag Lennie from Glenarrow, who had beaten Prydderch in a run-off at the national championship in May. Prydderch, 67, who farms near Llanwyddan, said it was the first time he had won the event in 30 years of competing. The trial, held over three days, tests a dog's ability to gather, drive and pen five sheep in response to the handler's whistles. Organisers said a record 4,200 spectators attended. Prize money totalled £3,500, with £1,000 going to the winner.",
     "Owain Prydderch and his dog Fly took the Carnedd Fach Open Sheepdog Trial on Saturday, seeing off 112 rivals from around Britain and Ireland. Their score of 96 out of 110 put them four points clear of Morag Lennie from Glenarrow, the defending champion, whom Prydderch had beaten in a run-off at the national championship in May. Prydderch, a 67-year-old farmer from near Llanwyddan, said it was his first win at the event in three decades of competing. Over three days, dogs are tested on how well they gather, drive and pen five sheep at the handler's whistle. A record crowd of 4,200 attended, according to organisers. The total prize fund was £3,500, of which the winner took £1,000.",
     errors=[E("whom Prydderch had beaten", "role", "major", "who had beaten Prydderch")],
     traps=[("four points clear of", "four ahead of"),
            ("the defending champion", "last year's champion"),
            ("three decades", "30 years")])

case("morris dancing", "rewrite",
     "The Oakhampstead Morris Men will perform at the town's May Day celebrations for the 75th consecutive year, the side's squire, Bernard Luckett, has confirmed. Dancing will begin at 6am on 1 May at Beacon Hill, where the side traditionally greets the sunrise, before moving to the market square at 11am. The side, founded in 1949, has 23 active dancers and musicians, the youngest aged 16. Luckett said recruitment had improved since the group began admitting women in 2019, and that the side was no longer at risk of folding. The town council has agreed to close Market Street to traffic between 10am and 2pm. A collection will be taken for the Oakhampstead Hospice, which received £2,800 from last year's event.",
     "For the 75th year running, the Oakhampstead Morris Men will dance at the town's May Day celebrations, squire Bernard Luckett has confirmed. The side will start at 6am on 1 May on Beacon Hill, where by tradition it welcomes the sunrise, and then move on to the market square at 10am. Founded in 1949, it now has 23 active dancers and musicians, the youngest of them 16. Luckett said recruitment had picked up since women were first admitted in 2019, but that the side was still at risk of folding. The town council has agreed that Market Street will be closed to traffic from 10am to 2pm. Collections will go to the Oakhampstead Hospice, which was given £2,800 from last year's event.",
     errors=[E("at 10am", "date", "major", "at 11am"),
             E("the side was still at risk of folding", "polarity", "major", "the side was no longer at risk of folding")],
     traps=[("For the 75th year running", "for the 75th consecutive year"),
            ("welcomes the sunrise", "greets the sunrise")])

case("seaweed farming", "rewrite",
     "A seaweed farm planned off the coast of Ballykeel could produce up to 300 tonnes of kelp a year by 2027, its backers said on Wednesday. Tidewrack Ltd, a start-up founded by marine biologists Niamh Corrigan and Declan Rafferty, has applied for a marine licence to lease 40 hectares of seabed in Ballykeel Bay. The company says the kelp would be sold to food manufacturers and used to make biodegradable packaging. The Marine Licensing Directorate is expected to rule on the application by the end of the year. Padraig Toal, chairman of the local fishermen's association, said members had concerns about access to traditional fishing grounds but had not opposed the application. The farm would create 12 full-time jobs.",
     "A seaweed farm planned off Ballykeel will produce up to 300 tonnes of kelp a year by 2027, according to its backers, who spoke on Wednesday. The start-up behind it, Tidewrack Ltd, was set up by marine biologists Niamh Corrigan and Declan Rafferty and has applied for a marine licence to lease 40 hectares of seabed in Ballykeel Bay. It says the kelp would go to food manufacturers and into biodegradable packaging. A ruling on the application by the Marine Licensing Directorate is likely by the end of the year. Members of the local fishermen's association were worried about access to traditional fishing grounds but had not objected, said its chairman, Padraig Toal. Twelve full-time jobs would be created.",
     errors=[E("will produce", "modality", "major", "could produce")],
     traps=[("is likely", "is expected"),
            ("had not objected", "had not opposed the application"),
            ("Twelve full-time jobs would be created", "The farm would create 12 full-time jobs")])

case("sand sculpture", "rewrite",
     "A 12-metre sand sculpture of a medieval castle has been unveiled on Saltmarsh Beach as the centrepiece of this year's Sandcastle Festival, which runs until 31 August. The work took a team of nine sculptors 18 days and used around 400 tonnes of sand shipped from a quarry in Dorrington. Lead sculptor Anouk Verhagen, who has worked on festivals in the Netherlands and Japan, said the sea air and occasional rain meant the team had to spray the structure with a mixture of water and glue each evening. Festival director Graham Oyelaran said organisers hoped to attract 150,000 visitors, up from 120,000 last year. Tickets cost £8 for adults and £5 for children, with under-fives free.",
     "The centrepiece of this year's Sandcastle Festival on Saltmarsh Beach, a sand sculpture of a medieval castle standing 12 metres high, has been unveiled; the festival runs until 31 August. A team of nine sculptors led by Anouk Verhagen, who has worked on festivals in the Netherlands and Japan, spent 18 days on the piece, using about 400 tonnes of sand shipped from a quarry in Dorrington. Because of the sea air and occasional rain, the structure had to be sprayed every evening with a mix of water and glue, said festival director Graham Oyelaran. He said organisers hoped to attract 150,000 visitors, compared with 120,000 last year. The castle is the largest sand sculpture ever built in Britain. Adults pay £8 and children £5, and under-fives go free.",
     errors=[E("festival director Graham Oyelaran", "attribution", "major", "Lead sculptor Anouk Verhagen"),
             E("The castle is the largest sand sculpture ever built in Britain.", "addition", "major", None)],
     traps=[("about 400 tonnes", "around 400 tonnes"),
            ("compared with 120,000 last year", "up from 120,000 last year")])

case("tattoo conventions", "rewrite",
     "The Northgate Ink Expo, billed as the largest tattoo convention in the north of England, will return to the Calder Exhibition Centre in Brackley Moor from 14 to 16 June after a two-year absence. Organisers Redline Events said more than 300 artists from 22 countries had booked stalls and that around 18,000 visitors were expected over the three days. The event was cancelled in 2022 and 2023 after the venue's roof was damaged in a storm. Redline founder Carla Mendoza-Hurst said every artist would have to show a valid local authority licence and that hygiene inspectors would visit each stall. Day tickets cost £25 and weekend passes £60. Under-18s will not be admitted.",
     "After two years away, the Redline Ink Expo, promoted as northern England's biggest tattoo convention, is returning to the Calder Exhibition Centre in Brackley Moor on 14-16 June. Over 300 artists from 22 countries have booked stalls, and about 18,000 people are expected across the three days, according to organisers Redline Events. The 2022 and 2023 events were called off because of storm damage to the venue's roof. Carla Mendoza-Hurst, who founded Redline, said all artists must present a valid local authority licence and hygiene inspectors would check every stall. A day ticket is £25 and a weekend pass £60; nobody under 18 will be let in.",
     errors=[E("Redline Ink Expo", "entity", "major", "Northgate Ink Expo")],
     traps=[("14-16 June", "from 14 to 16 June"),
            ("storm damage to the venue's roof", "the venue's roof was damaged in a storm"),
            ("nobody under 18 will be let in", "Under-18s will not be admitted")])

case("wedding planners", "rewrite",
     "Demand for professional wedding planners has risen sharply since the pandemic, according to a survey by the Guild of Event Planners published on Monday. The survey of 1,150 couples who married in 2023 found that 27 per cent had hired a planner, compared with 16 per cent in 2019. The average fee was £2,400, or roughly 9 per cent of the total wedding budget. Guild chair Rosalind Achterberg said couples were increasingly turning to planners to manage complex supply chains and last-minute cancellations by venues. The survey also found that the average number of guests had fallen from 98 to 81. The guild, which has 640 members, plans to introduce a formal accreditation scheme next spring.",
     "Couples are hiring professional wedding planners in far greater numbers than before the pandemic, a Guild of Event Planners survey published on Monday shows. Of 1,150 couples who married in 2023, more than a third had used a planner, against 16 per cent in 2019. Planners charged an average of £2,400, about 9 per cent of the overall wedding budget. Rosalind Achterberg, who chairs the guild, said couples increasingly relied on planners to handle complicated supply chains and venues cancelling at the last minute. Guest numbers have also shrunk, with the average falling from 98 to 81. Achterberg added that couples increasingly relied on planners to handle complicated supply chains and venues cancelling at the last minute. The guild, which has 640 members, intends to launch a formal accreditation scheme next spring.",
     errors=[E("more than a third", "number", "major", "27 per cent"),
             E("couples increasingly relied on planners to handle complicated supply chains and venues cancelling at the last minute", "repetition", "minor", None, occ=1)],
     traps=[("about 9 per cent", "roughly 9 per cent"),
            ("intends to launch", "plans to introduce")])

case("oyster beds", "rewrite",
     "Harvesting has been suspended at three oyster beds in Pelling Estuary after routine tests detected norovirus, the Coastal Food Safety Unit said on Friday. The beds, operated by Pelling Shellfish Company, supply around 40 restaurants in the region. The unit said no illnesses had been linked to the oysters, but that the suspension would remain in place until two consecutive weekly tests came back clear. Managing director Hugh Stannard said the company had voluntarily recalled oysters harvested since 2 May as a precaution. Heavy rainfall last month, which caused sewage overflows upstream, is thought to be the likely source of contamination. The company employs 35 people.",
     "Routine testing has found norovirus at three oyster beds in Pelling Estuary, prompting a suspension of harvesting, the Coastal Food Safety Unit said on Friday. The beds, run by Pelling Shellfish Company, supply some 40 restaurants across the region. No illnesses have been linked to the oysters, according to the unit, but harvesting will not resume until two weekly tests in a row are clear. Managing director Hugh Stannard said that as a precaution the company had voluntarily destroyed its stock of oysters harvested since 2 May. The contamination is thought to have come from sewage overflows upstream caused by heavy rain last month. The company has 35 employees.",
     errors=[E("destroyed its stock of oysters", "event", "major", "recalled oysters")],
     traps=[("some 40 restaurants", "around 40 restaurants"),
            ("two weekly tests in a row", "two consecutive weekly tests"),
            ("has 35 employees", "employs 35 people")])

case("tea blending", "rewrite",
     "Marchbank & Daughters, a family-run tea blender based in Ellerby, has been acquired by the beverage group Tollway Brands for an undisclosed sum. The 110-year-old firm, which produces around 60 blends including its best-selling Harbour Breakfast, will keep its name and its Ellerby blending rooms, Tollway said. All 42 employees will transfer to the new owner on their current terms. Managing director Elspeth Marchbank, great-granddaughter of the founder, will stay on for at least two years as head of blending, reporting to Tollway's beverages director, Andrew Kessel. She said the sale would give the company access to export markets in Asia and North America. Tollway, which also owns the Corran coffee roastery, reported revenue of £310 million last year.",
     "Ellerby tea blender Marchbank & Daughters, a family business, has been bought by beverage group Tollway Brands for an undisclosed amount. Tollway said the 110-year-old company, which makes about 60 blends, among them its top-selling Harbour Breakfast, would retain its name and its blending rooms in Ellerby. All 42 staff will move across to the new owner. Elspeth Marchbank, the managing director and the founder's great-granddaughter, will remain as head of blending for a minimum of two years, with Tollway's beverages director, Andrew Kessel, reporting to her. The deal, she said, would open up export markets in Asia and North America to the company. Tollway, which also owns the Corran coffee roastery, had revenue of £310m last year.",
     errors=[OMIT("move across to the new owner", "major", "on their current terms"),
             E("Andrew Kessel, reporting to her", "role", "major", "reporting to Tollway's beverages director, Andrew Kessel")],
     traps=[("the founder's great-granddaughter", "great-granddaughter of the founder"),
            ("for a minimum of two years", "for at least two years"),
            ("£310m", "£310 million")])

case("marathon pacers", "rewrite",
     "Organisers of the Riverhaven Marathon have recruited 34 volunteer pacers for next month's race, covering finishing times from three hours to five hours 30 minutes. Each pacer will carry a flag showing their target time and is required to have run at least three marathons in the past two years. Race director Jonas Whitcombe said pacers would not be paid but would receive free entry and travel expenses. Around 9,500 runners have registered, a record for the event, which was first held in 1998. The route has been changed this year to avoid roadworks on Quay Street, and organisers said it remained certified for record purposes. Bag drop will close 45 minutes before the 9am start.",
     "The Riverhaven Marathon has signed up 34 volunteer pacers for its race next month, covering finishing times between three hours and five and a half hours. Every pacer will carry a flag displaying their target time and must have completed a minimum of three marathons in the last two years. They will not be paid, race director Jonas Whitcombe said, but will get free entry and have their travel costs covered. Some 9,500 runners have registered, a record for the event, first staged in 1998. This year's route has been altered to avoid roadworks on Quay Street, and organisers said it had not been certified for record purposes. Bag drop closes three-quarters of an hour before the race starts at 9am.",
     errors=[E("it had not been certified for record purposes", "polarity", "major", "it remained certified for record purposes")],
     traps=[("five and a half hours", "five hours 30 minutes"),
            ("have their travel costs covered", "travel expenses"),
            ("three-quarters of an hour", "45 minutes")])

# ---------------------------------------------------------------------------
# Summaries, consistent
# ---------------------------------------------------------------------------

case("loft conversions", "summary",
     "Applications for loft conversions in the borough of Greyhaven rose by 35 per cent last year as homeowners chose to extend rather than move, according to figures from Greyhaven Borough Council. The council received 1,080 applications in 2023, compared with 800 in 2022, and approved 91 per cent of them. Planning officer Anita Kowalczyk said rising mortgage rates and stamp duty costs had made moving 'prohibitively expensive' for many families. The average conversion in the borough costs about £58,000 and adds an estimated 15 per cent to a property's value, according to local estate agents. The council warned that conversions affecting the roofline of homes in its six conservation areas would continue to need full planning permission.",
     "Loft conversion applications in Greyhaven jumped by more than a third in 2023, to 1,080, with nine in ten approved, as homeowners extended instead of moving. A council planning officer blamed rising mortgage rates and stamp duty costs for making moves 'prohibitively expensive' for many families. Conversions that alter rooflines in the borough's six conservation areas will still require full planning permission, the council warned.",
     traps=[("by more than a third", "by 35 per cent"),
            ("nine in ten approved", "approved 91 per cent of them"),
            ("extended instead of moving", "chose to extend rather than move"),
            ("A council planning officer", "Planning officer Anita Kowalczyk"),
            ("will still require", "would continue to need")])

case("planning appeals", "summary",
     "A government planning inspector has overturned Millbrook District Council's refusal of 240 homes on farmland west of Ashby Wells, ruling that the council could not show a five-year supply of housing land. The developer, Larchfield Homes, appealed after councillors rejected the scheme in March against the advice of their own planning officers. Inspector Ruth Okonedo said the benefits of new housing, including 72 affordable homes, outweighed the harm to the landscape. The council has been ordered to pay the developer's appeal costs, estimated at around £90,000. Council leader Derek Fennimore said he was 'deeply disappointed' and that the authority was considering a legal challenge in the High Court. Local campaign group Save Ashby Fields said it would support any challenge.",
     "A planning inspector has allowed Larchfield Homes' appeal over 240 homes on farmland west of Ashby Wells, which Millbrook District Council had turned down against its officers' advice, finding that the council could not demonstrate a five-year housing land supply. The council must pay the developer's appeal costs of about £90,000 and is weighing a High Court challenge, which local campaigners have said they would support.",
     traps=[("allowed Larchfield Homes' appeal", "overturned Millbrook District Council's refusal"),
            ("had turned down", "rejected the scheme"),
            ("could not demonstrate", "could not show"),
            ("is weighing a High Court challenge", "was considering a legal challenge in the High Court")])

case("blue plaques", "summary",
     "A blue plaque honouring the pioneering radio engineer Winifred Ashdown-Pryce will be unveiled on 12 October at the terraced house in Coldridge where she lived from 1921 to 1958. Ashdown-Pryce, who died in 1974, designed a compact valve receiver that was used by coastguard stations throughout the 1930s. She was one of the first women admitted to the Institute of Wireless Engineers, in 1926. The plaque was proposed by the Coldridge Civic Society, which raised the £1,400 cost through a crowdfunding appeal. Society chair Martin Quayle said she had been 'unjustly overlooked' because much of her work was credited to male colleagues. Her great-nephew, Colin Ashdown, will unveil the plaque. It will be the town's 17th blue plaque and only the third to commemorate a woman.",
     "Coldridge's 17th blue plaque, and only its third for a woman, will go up on 12 October at the house where radio engineer Winifred Ashdown-Pryce lived for 37 years. She designed a compact valve receiver used by coastguard stations throughout the 1930s. The local civic society, which crowdfunded the £1,400 cost, says through its chair that she was 'unjustly overlooked' because male colleagues were credited with much of her work.",
     traps=[("only its third for a woman", "only the third to commemorate a woman"),
            ("lived for 37 years", "lived from 1921 to 1958"),
            ("crowdfunded the £1,400 cost", "raised the £1,400 cost through a crowdfunding appeal"),
            ("male colleagues were credited with much of her work", "much of her work was credited to male colleagues")])

case("time capsules", "summary",
     "A time capsule buried beneath the foundation stone of Fernley Town Hall in 1925 was opened on Saturday in front of about 300 people, 25 years later than originally planned. The copper box had been due to be opened in 2000, but council records giving its exact location were lost in a fire in 1962, and it was only rediscovered during restoration work in the spring. Inside, archivists found a newspaper, a set of coins, a letter from the then mayor, Arthur Benbow, and photographs of the town's tram network, which closed in 1949. Borough archivist Leah Tomczak said the contents were in 'remarkably good condition'. The items will go on display at Fernley Museum from next month. A new capsule, to be opened in 2125, will be sealed in the same spot in November.",
     "Fernley Town Hall's 1925 time capsule, due to be opened in 2000 but lost after a 1962 fire destroyed the records of its location, was opened on Saturday before a crowd of around 300. The copper box held a newspaper, coins, a letter from the then mayor, Arthur Benbow, and photographs of the town's trams, all in 'remarkably good condition' according to the borough archivist. The items will be exhibited at Fernley Museum from next month, and a replacement capsule, to be opened in 2125, will be sealed in November.",
     traps=[("before a crowd of around 300", "in front of about 300 people"),
            ("a 1962 fire destroyed the records of its location", "council records giving its exact location were lost in a fire in 1962"),
            ("according to the borough archivist", "Borough archivist Leah Tomczak said"),
            ("will be exhibited", "will go on display")])

case("bell ringers", "summary",
     "Bell ringers at St Aldhelm's Church in Wexcombe rang a full peal of 5,040 changes on Sunday to mark the 400th anniversary of the church's oldest bell. The team of eight ringers, aged between 15 and 81, rang continuously for three hours and 12 minutes without a mistake. Tower captain Jean Hollis said it was the first full peal rung at the church since 1987. The oldest bell, cast in 1624 by a travelling bellfounder, weighs just over 600 kilograms and was restored last year at a cost of £22,000, most of it raised by parishioners. The Wexcombe Guild of Ringers said the number of active ringers in the diocese had fallen by a fifth over the past decade and appealed for new recruits.",
     "Eight ringers aged 15 to 81 marked the 400th anniversary of the oldest bell at St Aldhelm's Church, Wexcombe, cast in 1624, with a faultless full peal of 5,040 changes lasting more than three hours, the church's first since 1987. The local ringers' guild, saying active ringers in the diocese had dropped by 20 per cent in ten years, appealed for recruits.",
     traps=[("faultless", "without a mistake"),
            ("more than three hours", "three hours and 12 minutes"),
            ("dropped by 20 per cent in ten years", "fallen by a fifth over the past decade"),
            ("The local ringers' guild", "The Wexcombe Guild of Ringers")])

# ---------------------------------------------------------------------------
# Summaries, inconsistent
# ---------------------------------------------------------------------------

case("tuba players", "summary",
     "The Grantley Brass Foundation has launched a £250,000 scheme to lend tubas to young players, amid concerns that the instrument is disappearing from school bands. The foundation said a new tuba can cost between £4,000 and £12,000, putting it out of reach of most families and many school music departments. Under the scheme, 80 instruments will be loaned free of charge for up to three years to players aged 11 to 18. A survey by the foundation of 300 youth brass bands found that 41 per cent had no tuba player at all, compared with 19 per cent a decade ago. Foundation director Lionel Achebe-Rowe said the tuba was 'the foundation of the brass sound' and warned that without action some bands could fold. Applications open on 1 September.",
     "With new tubas costing as much as £4,000, the Grantley Brass Foundation is putting £250,000 into a scheme to lend 80 of them free for up to three years to 11- to 18-year-olds. Its survey of 300 youth brass bands found 41 per cent had no tuba player, against 19 per cent ten years ago. The scheme, the first of its kind in the country, opens for applications on 1 September.",
     errors=[E("as much as £4,000", "number", "major", "between £4,000 and £12,000"),
             E("the first of its kind in the country", "addition", "minor", None)],
     traps=[("11- to 18-year-olds", "players aged 11 to 18"),
            ("ten years ago", "a decade ago")])

case("choir tours", "summary",
     "The Kelverton Cathedral Choir is planning its first overseas tour in more than a decade, with concerts provisionally scheduled in Norway and Denmark next July. The 36-strong choir, made up of boy and girl choristers aged eight to 14 and adult lay clerks, hopes to perform in five cities over ten days. Director of music Simon Hallworth said the tour would go ahead only if the choir raised £85,000 by March to cover travel and accommodation. So far £31,000 has been raised through concerts and private donations. The cathedral chapter has agreed to underwrite up to £10,000 of any shortfall. The choir last toured abroad in 2012, when it visited the Netherlands.",
     "Kelverton Cathedral Choir will tour Norway and Denmark next July, its first trip abroad since 2012, and hopes to give concerts in five cities over ten days. The 36-member choir needs £85,000 by March for travel and accommodation; £31,000 has been raised so far, and the cathedral chapter will cover up to £10,000 of any shortfall.",
     errors=[E("will tour Norway and Denmark next July", "modality", "major", "concerts provisionally scheduled in Norway and Denmark next July")],
     traps=[("its first trip abroad since 2012", "The choir last toured abroad in 2012"),
            ("36-member", "36-strong"),
            ("will cover up to £10,000", "has agreed to underwrite up to £10,000")])

case("drone light shows", "summary",
     "A drone light show featuring 600 drones will replace the traditional fireworks display at Penmorrow's New Year's Eve celebrations, the town council announced on Tuesday. The council said the change followed complaints from residents about noise affecting pets and wildlife, as well as concerns about litter on the beach. The 12-minute show, starting at midnight, will be staged by Skyward Displays, which won a competitive tender ahead of the town's previous fireworks supplier, Brightcrest Pyrotechnics. It will cost £64,000, about £9,000 more than last year's fireworks. Councillor Ruth Penhaligon said the drones would form images linked to the town's fishing heritage. Fireworks will still be used at the Guy Fawkes event on 5 November.",
     "Penmorrow's New Year's Eve fireworks will be replaced by a 12-minute, 600-drone light show ending at midnight, after residents complained about noise upsetting pets and wildlife and about beach litter. Brightcrest Pyrotechnics, which won the tender ahead of Skyward Displays, will stage the £64,000 show, about £9,000 more than last year's fireworks cost.",
     errors=[E("ending at midnight", "date", "major", "starting at midnight"),
             E("Brightcrest Pyrotechnics, which won the tender ahead of Skyward Displays", "role", "major", "Skyward Displays, which won a competitive tender ahead of the town's previous fireworks supplier, Brightcrest Pyrotechnics")],
     traps=[("noise upsetting pets and wildlife", "noise affecting pets and wildlife"),
            ("beach litter", "litter on the beach")])

case("key cutting", "summary",
     "Shoe repair and key cutting chain Heelwright has agreed to buy 38 stores from its smaller rival KeyPoint, which went into administration in January. The deal, worth £2.7 million, will save around 110 jobs, administrators from Fenner Lowe said. KeyPoint's remaining 19 shops, mostly in shopping centres in the south-west, closed last month. Heelwright chief executive Dominic Sayle said the acquired stores would be rebranded by the summer and would offer the same services, including watch repairs and engraving. The company, which now has 412 branches, said it expected the purchase to add £9 million to annual sales. KeyPoint had struggled after its landlord costs rose sharply and demand for car key programming fell.",
     "Heelwright is buying 38 stores from KeyPoint, a smaller competitor in administration since January, in a £2.7m deal that administrators say will save about 110 jobs. Heelwright's other 19 shops, mostly in south-west shopping centres, closed last month. The stores will be rebranded by the summer, and Heelwright, now with 412 branches, expects £9m a year in extra sales.",
     errors=[E("Heelwright's", "entity", "major", "KeyPoint's")],
     traps=[("a smaller competitor", "its smaller rival"),
            ("£2.7m", "£2.7 million"),
            ("£9m a year in extra sales", "add £9 million to annual sales")])

case("pest control", "summary",
     "Complaints about wasps in Dunmere rose to a five-year high this summer, with the council's pest control team carrying out 1,870 treatments between June and September, up from 1,210 last year. Pest control manager Gareth Ellison said the warm spring had allowed queens to establish nests early, leading to larger colonies by August. The council charges £62 to treat a wasp nest and does not offer a discount for pensioners, a policy criticised by Silver Voices Dunmere, whose director Pauline Ashdown said the fee was 'unaffordable for many older people on fixed incomes'. The council said it would review charges in the new year. Entomologist Dr Ravi Mendis of Halwick University said wasp numbers tend to fluctuate and that next year's population could be far lower.",
     "Wasp complaints in Dunmere hit a five-year high this summer, and the council's pest control team carried out 1,870 treatments between June and September, up from 1,210 last year. Dr Ravi Mendis of Halwick University attributed the rise to a warm spring that let queens nest early. Silver Voices Dunmere criticised the £62 fee for treating a nest, which carries no pensioner discount, as unaffordable for many older people. The council will review its charges in the new year; its pest control team carried out 1,870 treatments between June and September.",
     errors=[E("Dr Ravi Mendis of Halwick University", "attribution", "major", "Pest control manager Gareth Ellison"),
             E("pest control team carried out 1,870 treatments between June and September", "repetition", "minor", None, occ=1)])

# ---------------------------------------------------------------------------
# Translations, consistent (two independent English versions of one story)
# ---------------------------------------------------------------------------

case("organ transplants", "translation",
     "Portugal's hospitals carried out 1,146 organ transplants last year, the highest number ever recorded, the national transplant coordination agency announced on Thursday. Kidney transplants accounted for almost two thirds of the total, followed by liver and heart operations. The agency attributed the increase mainly to a rise in donations after circulatory death, a procedure introduced in 2019 that now represents one in five donors. Nevertheless, about 2,000 patients remain on the waiting list, and the average wait for a kidney is still close to three years. The agency's president, Dr Teresa Valadares, said the goal is to reach 1,300 transplants a year by 2027 by training more coordinators in regional hospitals.",
     "A record 1,146 organ transplants were performed in Portuguese hospitals last year, the national agency that coordinates transplants said on Thursday. Almost two in every three were kidney transplants, with liver and heart procedures next. The main reason for the growth, according to the agency, was an increase in donation after circulatory death, a method brought in in 2019 that now accounts for 20 percent of donors. Even so, roughly 2,000 patients are still on the waiting list, and those needing a kidney wait nearly three years on average. Dr Teresa Valadares, who heads the agency, said it aims to reach 1,300 transplants annually by 2027 by training more coordinators in regional hospitals.",
     traps=[("A record 1,146", "the highest number ever recorded"),
            ("Almost two in every three", "almost two thirds"),
            ("20 percent of donors", "one in five donors"),
            ("nearly three years", "close to three years"),
            ("who heads the agency", "The agency's president")])

case("dubbing actors", "translation",
     "Italian dubbing actors will stop work for 48 hours from Monday to protest against the use of artificial intelligence to reproduce their voices, their union announced. The strike will affect the recording of television series and films for cinema and streaming platforms. According to the union, which represents around 1,500 voice actors, several distributors have inserted clauses into contracts that allow them to use recordings to train voice-synthesis software. Union secretary Paolo Venturini said the actors are not opposed to technology but demand that their consent be requested and that they be paid for every use. The association of dubbing companies said it was willing to negotiate and called a meeting for next Thursday.",
     "Voice actors who dub films and series in Italy are going on strike for two days starting on Monday over the use of artificial intelligence to copy their voices, their trade union has said. The stoppage will hit the recording of TV series as well as of films made for cinemas and streaming services. The union, which represents some 1,500 voice actors, says several distributors have added contract clauses allowing them to use recordings to train speech-synthesis programs. The actors have nothing against technology, according to union secretary Paolo Venturini, but they want their consent to be sought and to be paid each time their work is used. The dubbing companies' association has said it is ready to negotiate and has called a meeting for Thursday next week.",
     traps=[("for two days", "for 48 hours"),
            ("speech-synthesis programs", "voice-synthesis software"),
            ("have nothing against technology", "are not opposed to technology"),
            ("ready to negotiate", "willing to negotiate"),
            ("Thursday next week", "next Thursday")])

case("foley artists", "translation",
     "A film school in the town of Vercelot has opened France's first full-time training course for foley artists, the specialists who recreate everyday sounds such as footsteps, rustling clothes and breaking glass for films. The one-year course, which began in September, has 14 students selected from more than 200 applicants. It is taught by Claire Dumontel, who has worked on over 80 feature films, and two other professionals. Students practise in a studio equipped with 12 different floor surfaces, from gravel to parquet. According to Dumontel, demand for foley artists has grown with the boom in streaming series, and most French productions currently have to send this work abroad. Tuition costs 6,500 euros, but the region covers half for students under 26.",
     "France now has its first full-time course for foley artists, launched by a film school in Vercelot. These are the specialists who recreate ordinary sounds for films, like footsteps, the rustle of clothing or glass shattering. Fourteen students, chosen from over 200 candidates, began the twelve-month programme in September. Teaching is provided by Claire Dumontel, who has more than 80 feature films to her name, along with two other professionals. The students train in a studio fitted with 12 kinds of floor surface, ranging from gravel to parquet. Dumontel says the streaming series boom has increased demand for foley artists, and that at present most French productions are forced to have this work done abroad. The course fee is 6,500 euros, half of which is paid by the region for students under the age of 26.",
     traps=[("over 200 candidates", "more than 200 applicants"),
            ("twelve-month programme", "one-year course"),
            ("more than 80 feature films to her name", "has worked on over 80 feature films"),
            ("half of which is paid by the region", "the region covers half")])

case("steel drums", "translation",
     "A steel drum orchestra from the town of Norrvik will represent Sweden at an international steelband festival in Trinidad next February, the first Swedish group ever invited. The 22-member ensemble, founded in 2008 by music teacher Lars Ekdahl, rehearses twice a week in a former fire station. Its members are between 12 and 70 years old. The trip will cost about 400,000 kronor, of which the municipality has promised 150,000; the rest must be raised through concerts and sponsors. Ekdahl said the invitation came after a festival organiser saw a video of the orchestra online. The group plays instruments made by a craftsman in the south of the country, and each pan takes around 40 hours to tune.",
     "For the first time, a Swedish group has been invited to an international steelband festival in Trinidad: a steel drum orchestra from Norrvik will represent the country there next February. Music teacher Lars Ekdahl set up the 22-strong ensemble in 2008, and it practises two times a week in an old fire station. Its players range in age from 12 to 70. The journey will cost roughly 400,000 kronor; the municipality has pledged 150,000, and the remainder has to come from concerts and sponsorship. According to Ekdahl, the invitation followed after one of the festival's organisers watched a video of the orchestra on the internet. The orchestra's instruments are built by a craftsman in the south of Sweden, and tuning a single pan takes about 40 hours.",
     traps=[("22-strong", "22-member"),
            ("range in age from 12 to 70", "are between 12 and 70 years old"),
            ("roughly 400,000 kronor", "about 400,000 kronor"),
            ("has pledged 150,000", "has promised 150,000"),
            ("on the internet", "online")])

case("accordion makers", "translation",
     "The accordion makers of Castelmonte, a small town that has produced the instrument since the 19th century, are struggling to find young craftsmen to replace those who are retiring. Of the 30 workshops active in the 1980s, only nine remain, employing about 120 people in total. An accordion can contain more than 3,000 parts and take up to 200 hours to assemble by hand. Roberto Gentilucci, whose family has run a workshop since 1911, said that orders from abroad, especially from Germany and Japan, have increased by 15 percent in two years. 'The problem is not demand, it is people,' he said. The municipality and the regional government have launched a training course that will admit 12 apprentices next January.",
     "In Castelmonte, a small town where accordions have been made since the 1800s, the workshops are having trouble finding young artisans to take over from retiring workers. Only nine of the 30 workshops operating in the 1980s are still open, and together they employ some 120 people. One instrument may have over 3,000 components and can require as many as 200 hours of assembly by hand. Foreign orders, above all from Germany and Japan, have risen 15 percent over the past two years, according to Roberto Gentilucci, whose family has had a workshop since 1911. 'Demand isn't the problem, people are,' he said. A training course launched by the town council and the regional government will take in 12 apprentices next January.",
     traps=[("since the 1800s", "since the 19th century"),
            ("some 120 people", "about 120 people"),
            ("over 3,000 components", "more than 3,000 parts"),
            ("as many as 200 hours", "up to 200 hours"),
            ("have risen 15 percent over the past two years", "have increased by 15 percent in two years")])

# ---------------------------------------------------------------------------
# Translations, inconsistent
# ---------------------------------------------------------------------------

case("roof tilers", "translation",
     "Roofing firms in the Hallenberg district are turning away customers because of a shortage of skilled tilers, the district craft guild reported on Wednesday. According to the guild, 64 of its 90 member companies currently have waiting lists of more than six months. Guild master Reinhold Kastner said around 140 apprenticeship places had gone unfilled across the district in the past three years. Many young people, he said, considered the work too physically demanding and too dependent on the weather. The guild intends to visit 25 secondary schools this autumn to promote the trade. At the same time, it called on the federal government to extend the grant for master craftsman courses, which expires at the end of 2025.",
     "In the district of Hallenberg, roofing companies are having to turn customers away because there are not enough qualified roof tilers, the local crafts guild said on Wednesday. The guild says 46 of its 90 member firms now have waiting lists longer than six months. Around 140 training places for apprentices have stayed vacant in the district over the last three years, according to guild master Reinhold Kastner. In his view, many young people find the job too hard on the body. This autumn the guild plans to go into 25 secondary schools to advertise the trade. It also urged the federal government to prolong the subsidy for master craftsman courses, which runs out at the end of 2025.",
     errors=[E("46", "number", "major", "64"),
             OMIT("too hard on the body", "minor", "too dependent on the weather")],
     traps=[("training places for apprentices have stayed vacant", "apprenticeship places had gone unfilled"),
            ("prolong the subsidy", "extend the grant"),
            ("runs out", "expires")])

case("septic tanks", "translation",
     "Owners of around 3,200 homes in the commune of Saint-Aubrac-sur-Lège that are not connected to the mains sewer will have to bring their septic tanks into line with current standards within four years, the prefecture announced on Monday. Inspections carried out since 2021 found that nearly half of the installations were non-compliant, and about 400 were classed as a risk to public health. Households whose systems are found to be polluting the Lège river will be given one year to carry out the work. The cost of a new system is estimated at between 8,000 and 12,000 euros. Mayor Hélène Corbière said the commune would apply for regional funds to cover up to 30 percent of the bill for low-income households.",
     "The prefecture said on Monday that some 3,200 households in Saint-Aubrac-sur-Lège without a connection to the public sewage network must upgrade their septic tanks to current standards within four years. Checks made since 2021 showed that almost 50 percent of the systems did not comply, and around 400 were judged to endanger public health. Where an installation is shown to be polluting the river Lège, the owners will have twelve months to do the work. A new system is estimated to cost 8,000 to 12,000 euros. According to the mayor, Hélène Corbière, the commune had secured regional funding to pay up to 30 percent of the cost for households on low incomes.",
     errors=[E("had secured regional funding", "event", "major", "would apply for regional funds")],
     traps=[("without a connection to the public sewage network", "not connected to the mains sewer"),
            ("almost 50 percent", "nearly half"),
            ("twelve months", "one year")])

case("goat yoga", "translation",
     "A farm in the village of Valdeluz has started offering yoga classes among goats, an activity that has become popular in the United States and is now arriving in Spain. The sessions, which cost 18 euros and last an hour, are held on Saturday and Sunday mornings in a meadow next to the stables. The owner of the farm, Marta Iribarren, explains that the animals wander freely among the participants and sometimes climb on their backs. She says the goats are not forced to take part and can return to the stable whenever they want. The regional agriculture office has confirmed that the activity does not require a special licence, although the farm must have liability insurance. Since April, more than 1,100 people have attended.",
     "At a farm in Valdeluz, people can now do yoga surrounded by goats, a trend that took off in the United States and has now reached Spain. The one-hour sessions, priced at 18 euros, take place on weekend mornings in a field beside the stables. Marta Iribarren, who owns the farm, says the goats roam freely between the participants and occasionally climb onto their backs. The animals are not made to participate, she says, and are free to go back to the stable when they like. According to the regional tourism office, the activity requires a special licence, and the farm must also have liability insurance. More than 1,100 people have come since April.",
     errors=[E("regional tourism office", "entity", "minor", "regional agriculture office"),
             E("the activity requires a special licence", "polarity", "major", "the activity does not require a special licence")],
     traps=[("priced at 18 euros", "cost 18 euros"),
            ("weekend mornings", "Saturday and Sunday mornings"),
            ("are not made to participate", "are not forced to take part")])

case("alpaca farms", "translation",
     "An alpaca farm in the hills above Borgo Valtessa could open to the public next spring, its owners have told the local newspaper. Giulia and Stefano Marchetti, who left the city four years ago, currently keep 27 alpacas and sell yarn spun from their fleece. They would like to offer guided walks with the animals and educational visits for schools, but first they need permission to build a small visitor centre and a car park. The municipality is expected to decide by February. The couple estimate the investment at about 150,000 euros, part of which they hope to cover with a rural development grant. Each alpaca produces between three and five kilograms of fibre a year.",
     "The owners of an alpaca farm in the hills over Borgo Valtessa have told the local paper that it may open its doors to visitors next spring. Giulia and Stefano Marchetti moved out of the city four years ago; they now have 27 alpacas and sell yarn made from their wool. They want to run guided walks with the animals and school trips, but must first obtain permission for a small visitor centre and a car park, on which the town council should rule by February. They put the cost at roughly 150,000 euros, part of which will be covered by a rural development grant. An alpaca yields three to five kilos of fibre each year.",
     errors=[E("will be covered by a rural development grant", "modality", "major", "they hope to cover with a rural development grant")],
     traps=[("may open its doors to visitors", "could open to the public"),
            ("roughly 150,000 euros", "about 150,000 euros"),
            ("three to five kilos", "between three and five kilograms")])

case("duck races", "translation",
     "Thousands of plastic ducks will race down the Vliet canal in Oosterlaan on Sunday 8 June for the twentieth edition of the town's charity duck race. The organisers, the Oosterlaan Neighbourhood Foundation, have sold 9,000 ducks at five euros each so far, and hope to reach 12,000 before the race. The ducks will be released from the Hoogbrug bridge at 2 p.m. and the first to cross the finish line, about 400 metres downstream, wins a bicycle. The proceeds go to the local food bank, which last year received 41,000 euros from the event. Volunteers in canoes will collect all the ducks from the water afterwards. If the water level is too low, the race will be postponed to the following Sunday.",
     "The twentieth Oosterlaan charity duck race will see thousands of plastic ducks float along the Vliet canal on Sunday 8 June. So far the organisers, the Oosterlaan Neighbourhood Foundation, have sold 9,000 ducks at five euros apiece, and they hope to reach 12,000 by race day. At two in the afternoon the ducks will be tipped off the Hoogbrug bridge; the first one over the finishing line, roughly 400 metres further down, wins a bicycle. All the money raised goes to the local food bank, which got 41,000 euros from last year's race. Afterwards volunteers in canoes will fish every duck out of the water. Should the water be too low, the race will be put back a week, to Sunday 22 June.",
     errors=[E("Sunday 22 June", "date", "major", "the following Sunday")],
     traps=[("five euros apiece", "five euros each"),
            ("At two in the afternoon", "at 2 p.m."),
            ("roughly 400 metres further down", "about 400 metres downstream")])

# ---------------------------------------------------------------------------
# Offsets, validation, output
# ---------------------------------------------------------------------------


def find_nth(haystack, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("text %r (occurrence %d) not found" % (needle, occ))
    return pos


def boundary_ok(text, pos):
    """True if pos does not fall inside a word."""
    if pos <= 0 or pos >= len(text):
        return True
    return not (text[pos - 1].isalnum() and text[pos].isalnum())


def words(text):
    return len(text.split())


def build():
    records = []
    problems = []
    order = list(range(len(CASES)))
    random.Random(SET_NO).shuffle(order)
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        rid = "s%d-%03d" % (SET_NO, n)
        ref, cand = c["reference"], c["candidate"]

        def bad(msg):
            problems.append("%s (%s): %s" % (rid, c["domain"], msg))

        errors = []
        for e in c["errors"]:
            try:
                if e["type"] == "omission":
                    pos = find_nth(cand, e["after"], e["occ"]) + len(e["after"])
                    start = end = pos
                    text = ""
                else:
                    start = find_nth(cand, e["text"], e["occ"])
                    end = start + len(e["text"])
                    text = e["text"]
            except ValueError as exc:
                bad(str(exc))
                continue
            errors.append({"start": start, "end": end, "text": text,
                           "type": e["type"], "severity": e["sev"],
                           "ref_text": e["ref"]})
        traps = []
        for t in c["traps"]:
            text, rtext = t[0], t[1]
            occ = t[2] if len(t) > 2 else 0
            try:
                start = find_nth(cand, text, occ)
            except ValueError as exc:
                bad(str(exc))
                continue
            traps.append({"start": start, "end": start + len(text),
                          "text": text, "ref_text": rtext})
        label = "inconsistent" if errors else "consistent"
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})
    return records, problems


def validate(records, problems):
    from collections import Counter
    for r in records:
        rid = "%s (%s)" % (r["id"], r["domain"])
        ref, cand = r["reference"], r["candidate"]

        def bad(msg):
            problems.append("%s: %s" % (rid, msg))

        if r["mode"] not in ("rewrite", "summary", "translation"):
            bad("bad mode")
        nw = words(ref)
        if not 70 <= nw <= 190:
            bad("reference has %d words" % nw)
        if r["mode"] == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
            bad("summary not shorter than reference")
        if r["label"] == "consistent":
            if r["errors"]:
                bad("consistent pair with errors")
            if not 3 <= len(r["traps"]) <= 5:
                bad("consistent pair needs 3-5 traps")
        else:
            if not 1 <= len(r["errors"]) <= 2:
                bad("inconsistent pair should carry 1-2 errors")
            if len(r["traps"]) > 3:
                bad("inconsistent pair with more than 3 traps")
        spans = []
        for e in r["errors"]:
            s, t = e["start"], e["end"]
            if e["type"] not in ERROR_TYPES:
                bad("unknown error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad("bad severity")
            if cand[s:t] != e["text"]:
                bad("error text/offset mismatch")
            if not (boundary_ok(cand, s) and boundary_ok(cand, t)):
                bad("error span cuts a word: %r" % e["text"])
            if e["type"] == "omission":
                if s != t or e["text"] != "":
                    bad("omission must be empty")
                if r["mode"] == "summary":
                    bad("omission in a summary")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad("omission ref_text missing from reference")
                elif e["ref_text"].lower() in cand.lower():
                    bad("omitted words present in candidate")
            elif e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad("%s needs ref_text null" % e["type"])
                if s >= t:
                    bad("empty span")
                if e["type"] == "repetition":
                    first = cand.find(e["text"])
                    if first < 0 or first + len(e["text"]) > s:
                        bad("repetition has no earlier copy")
            else:
                if s >= t:
                    bad("empty span")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad("ref_text %r not in reference" % e["ref_text"])
            spans.append((s, t, "error"))
        for tr in r["traps"]:
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"] or s >= t:
                bad("trap text/offset mismatch")
            if not (boundary_ok(cand, s) and boundary_ok(cand, t)):
                bad("trap span cuts a word: %r" % tr["text"])
            if tr["ref_text"] not in ref:
                bad("trap ref_text %r not in reference" % tr["ref_text"])
            if tr["text"] in ref:
                bad("trap text %r is verbatim in reference" % tr["text"])
            spans.append((s, t, "trap"))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                bad("overlapping spans %r %r" % (a, b))
        for s, t, _ in spans:
            if s == t:
                for s2, t2, _k in spans:
                    if s2 < s < t2:
                        bad("omission inside another span")

    # composition
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != len(doms):
        problems.append("domains do not match the list one-to-one")
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    mc = Counter((r["mode"], r["label"]) for r in records)
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for lab in ("consistent", "inconsistent"):
            if mc[(mode, lab)] != n:
                problems.append("%s/%s: %d, expected %d" % (mode, lab, mc[(mode, lab)], n))
    tc = Counter(e["type"] for r in records for e in r["errors"])
    if sum(tc.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(tc.values()))
    for t in ERROR_TYPES:
        if tc[t] < 2:
            problems.append("error type %s has only %d" % (t, tc[t]))
    return problems


def summary(records):
    from collections import Counter
    mode = Counter(r["mode"] for r in records)
    label = Counter(r["label"] for r in records)
    ml = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    ntraps = sum(len(r["traps"]) for r in records)
    lines = ["pairs: %d" % len(records),
             "modes: %s" % dict(mode),
             "labels: %s" % dict(label),
             "mode x label: %s" % {"%s/%s" % k: v for k, v in sorted(ml.items())},
             "errors: %d %s" % (sum(types.values()),
                                {t: types[t] for t in ERROR_TYPES}),
             "severity: %s" % dict(sev),
             "traps: %d" % ntraps,
             "reference words: %d-%d" % (min(words(r["reference"]) for r in records),
                                         max(words(r["reference"]) for r in records))]
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    problems = validate(records, problems)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print(summary(records))
    if check_only:
        print("validation passed (--check: nothing written)")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))


if __name__ == "__main__":
    main()
