#!/usr/bin/env python3
"""Held-out evaluation set 111 for the fact-comparison tool.

How it was made
---------------
Hand-written, case by case, by a helper session that saw no code or data of
the project and no existing benchmark, working only from a written brief.
Every person, company, organisation, place, vessel, animal and figure is
invented (real countries appear only as background).  The texts are held
below as Python data; every character offset is computed by this script by
string search (an occurrence index is given where a quoted text repeats),
never typed by hand.

Composition (validated below)
-----------------------------
* 40 pairs, each from a different domain of the brief's list of 40.
* 20 consistent, 20 inconsistent.
* 20 rewrites (10 consistent / 10 inconsistent), 10 summaries (5 / 5),
  10 translations (5 / 5; both texts are independent English translations
  of the same non-English story).
* 30 errors over the eleven types: entity 3, number 4, date 3, role 3,
  polarity 3, modality 3, attribution 2, event 3, omission 2 (rewrite and
  translation pairs only), addition 2, repetition 2.
  10 inconsistent pairs carry 1 error, 10 carry 2.
* Consistent pairs carry 3-5 traps each (faithful rewordings a naive checker
  might flag); inconsistent pairs carry 0-3.
* References are 70-190 words in news / agency / corporate / official
  register; summaries are shorter than their reference.

Usage: python3 make_set111.py          validate and write set111.jsonl
       python3 make_set111.py --check  validate only, write nothing
"""

import json
import os
import re
import sys
from collections import Counter

N = 111
PREFIX = "s111"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set111.jsonl")

DOMAINS = [
    "community land buyout", "high-speed ferry trial", "village pub reopening",
    "dry stone walling course", "village cricket umpire shortage",
    "wildflower verge cutting", "caravan park flooding", "canal boat licence fees",
    "ski resort snow shortage", "volcano flight disruption", "coffee rust outbreak",
    "monsoon crop losses", "locust swarm control", "cobalt mine safety",
    "lithium brine project", "fishing boat seizure", "hovercraft service suspension",
    "funicular railway reopening", "ferret racing fundraiser", "glacier melt tourism",
    "camel milk dairy", "yak herders cooperative", "sumo tournament attendance",
    "cricket bat willow shortage", "jute mill revival", "paper mill sale to investors",
    "sawmill apprenticeship", "lottery-funded skate park", "mosque extension planning",
    "synagogue security grant", "gurdwara community kitchen", "temple flood relief",
    "typhoon evacuation drills", "cyclone shelter construction",
    "hailstorm vineyard damage", "drought water trucking", "heatwave school closures",
    "smog emergency measures", "sandstorm airport closure", "avalanche control blasting",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


# --------------------------------------------------------------------------
# helpers for writing the data
# --------------------------------------------------------------------------
def E(text, etype, severity, ref, occ=0):
    """A span error: `text` is searched in the candidate (occurrence `occ`)."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref": ref, "occ": occ}


def OM(after, ref, severity, occ=0):
    """An omission: the missing words `ref` belong right after `after`."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref`."""
    return {"text": text, "ref": ref, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": " ".join(reference.split()),
                  "candidate": " ".join(candidate.split()),
                  "errors": list(errors), "traps": list(traps)})


# --------------------------------------------------------------------------
# the cases
# --------------------------------------------------------------------------

# 1 ---------------------------------------------------------------------
case("community land buyout", "summary", "consistent",
     """Residents of the island of Carrowmore have completed a community buyout of
     the 4,200-hectare Ardnish estate, ending more than a century of private
     ownership. The Ardnish Community Trust paid £3.1 million for the land, with
     £2.4 million coming from the National Land Renewal Fund and the remainder
     raised through local donations and a crowdfunding appeal. Trust chair Morag
     Lindsay said the first priority would be to build eight affordable homes near
     the harbour, followed by a new slipway. The previous owner, Fenwick Holdings,
     put the estate on the market in 2022. Around 180 people live on the estate,
     which includes two working farms and a small hydro scheme. The trust expects
     to take formal ownership on 1 June.""",
     """Carrowmore residents have bought the 4,200-hectare Ardnish estate for £3.1m,
     with £2.4m of that coming from the National Land Renewal Fund. The community
     trust's first priority is eight affordable homes by the harbour, followed by a
     slipway; it expects to take ownership on June 1.""",
     traps=[T("£3.1m", "£3.1 million"),
            T("£2.4m", "£2.4 million"),
            T("by the harbour", "near the harbour"),
            T("June 1", "1 June")])

# 2 ---------------------------------------------------------------------
case("high-speed ferry trial", "rewrite", "consistent",
     """A six-week trial of a high-speed passenger ferry between Port Elwyn and the
     Tarrant Islands will begin on 3 May, the regional transport authority
     announced on Monday. The 120-seat catamaran, leased from Norwegian operator
     Skjold Marine, is expected to cut the crossing time from 95 minutes to around
     40. Tickets will cost £14 each way, the same as the existing conventional
     service, which will continue to run during the trial. Authority director Gwen
     Pryce said the vessel would make four return sailings a day, weather
     permitting. If passenger numbers reach at least 60 per cent of capacity, the
     authority will consider a permanent contract from next year. Island
     councillors have welcomed the trial but warned that the harbour at Tarrant
     needs repairs before larger boats can berth there.""",
     """The regional transport authority said on Monday that a high-speed passenger
     ferry would be trialled for six weeks between Port Elwyn and the Tarrant
     Islands, starting on 3 May. The catamaran, which seats 120 and is leased from
     the Norwegian firm Skjold Marine, is likely to bring the crossing down from an
     hour and 35 minutes to roughly 40 minutes. A one-way ticket will be £14,
     matching the fare on the conventional ferry, which will keep operating
     throughout the trial. Four return sailings will run each day if the weather
     allows, according to Gwen Pryce, the authority's director. Should the boat
     fill at least three-fifths of its seats, a permanent contract from next year
     will be considered. Councillors on the islands welcomed the trial, though they
     cautioned that Tarrant harbour must be repaired before bigger vessels can
     berth.""",
     traps=[T("is likely to", "is expected to"),
            T("an hour and 35 minutes", "95 minutes"),
            T("if the weather allows", "weather permitting"),
            T("three-fifths of its seats", "60 per cent of capacity")])

# 3 ---------------------------------------------------------------------
case("village pub reopening", "rewrite", "inconsistent",
     """The Wheatsheaf in Lower Brantham, closed since the pandemic, will reopen on
     Friday 14 March after villagers raised £410,000 to buy it as a
     community-owned pub. More than 300 residents bought shares, with the minimum
     investment set at £100. The building was bought from brewery group Harlow &
     Pike, which had planned to convert it into two houses before the parish
     council listed it as an asset of community value. Volunteers have spent the
     winter rewiring the bar and rebuilding the kitchen. The pub will be run by a
     tenant manager, Dale Okafor, who previously ran a bistro in nearby Sutton
     Ferris. Food will be served from April. Society secretary Anne Whitlock said
     profits would be reinvested in the building and in a small village shop in
     the former skittle alley.""",
     """After villagers raised £410,000 to buy it as a community-owned pub, the
     Wheatsheaf in Lower Brantham, which has been shut since the pandemic, is to
     reopen on Friday 14 March. Over 300 residents took shares, for which the
     minimum stake was £100. Brewery group Harlow & Pike, which sold the building,
     had intended to turn it into two houses until the parish council listed it as
     an asset of community value. Over the winter, volunteers rewired the bar and
     rebuilt the kitchen. Dale Okafor, who used to run a bistro in Lower Brantham,
     will manage the pub as tenant. Food will be served from the opening night.
     Profits will go back into the building and into a small village shop in the
     old skittle alley, said Anne Whitlock, the society's secretary.""",
     errors=[E("Lower Brantham", "entity", "minor", "Sutton Ferris", occ=1),
             E("from the opening night", "date", "major", "from April")],
     traps=[T("Over 300 residents", "More than 300 residents"),
            T("the minimum stake was £100", "the minimum investment set at £100"),
            T("Brewery group Harlow & Pike, which sold the building",
              "The building was bought from brewery group Harlow & Pike")])

# 4 ---------------------------------------------------------------------
case("dry stone walling course", "rewrite", "consistent",
     """The Fellside National Park Authority is offering a free five-day dry stone
     walling course for up to 12 beginners in October, aimed at tackling a
     shortage of skilled wallers in the uplands. The course will run from 14 to 18
     October at Hartsop Farm near Kelbeck and will be taught by master craftsman
     Tom Ridley, who has been walling for 40 years. Participants must be aged 18 or
     over and will need their own steel-toed boots; gloves and tools will be
     provided. The authority estimates that around 1,100 kilometres of walls in
     the park are in poor repair. Those who complete the course will be eligible
     for a subsidised place on the Level 2 certificate next spring. Applications
     close on 15 September.""",
     """To tackle a shortage of skilled wallers in the uplands, the Fellside
     National Park Authority is offering a free dry stone walling course for as
     many as 12 beginners this October. Master craftsman Tom Ridley, a waller for
     four decades, will teach the five-day course at Hartsop Farm near Kelbeck
     from 14 to 18 October. Gloves and tools are supplied, but participants, who
     must be at least 18, have to bring their own steel-toed boots. Roughly 1,100km
     of the park's walls are in poor condition, by the authority's estimate.
     Anyone who finishes the course will qualify for a subsidised place on the
     Level 2 certificate next spring. The deadline for applications is 15
     September.""",
     traps=[T("for as many as 12 beginners", "for up to 12 beginners"),
            T("a waller for four decades", "who has been walling for 40 years"),
            T("must be at least 18", "must be aged 18 or over"),
            T("Roughly 1,100km", "around 1,100 kilometres"),
            T("The deadline for applications is 15 September",
              "Applications close on 15 September")])

# 5 ---------------------------------------------------------------------
case("village cricket umpire shortage", "rewrite", "inconsistent",
     """The Mid-Wessex Village Cricket League has warned that up to a dozen
     fixtures a weekend could go without a qualified umpire this summer after 14
     officials retired at the end of last season. League secretary Colin Ashdown
     said only 23 umpires remained on the panel to cover 41 clubs. Matches without
     an appointed umpire will be officiated by players from the batting side, as
     happened in several games in 2023. The league is offering to pay the £85
     course fee for anyone who completes the county board's umpiring certificate
     before 30 April, and has asked each club to nominate at least one volunteer.
     Ashdown said the league might have to cut the number of divisions from six to
     five next season if recruitment does not improve.""",
     """With 14 umpires having retired at the end of last season, the Mid-Wessex
     Village Cricket League says as many as 12 fixtures each weekend this summer
     could be played without a qualified official. Only 23 umpires are left on the
     panel to cover 41 clubs, according to league secretary Colin Ashdown. Where
     no umpire has been appointed, players from the batting side will stand, as
     they did in several games in 2023. The league is offering to cover the £85
     course fee for anyone who gains the county board's umpiring certificate
     before 30 April, and every club has been asked to put forward at least one
     volunteer. Ashdown said that if recruitment does not improve, the league will
     have to cut its divisions from six to five next season.""",
     errors=[E("will have to cut", "modality", "major", "might have to cut")],
     traps=[T("as many as 12 fixtures", "up to a dozen fixtures"),
            T("players from the batting side will stand",
              "will be officiated by players from the batting side"),
            T("gains the county board's umpiring certificate",
              "completes the county board's umpiring certificate")])

# 6 ---------------------------------------------------------------------
case("wildflower verge cutting", "rewrite", "consistent",
     """Linshire County Council will cut most rural road verges only once a year,
     in late August, under a new policy intended to let wildflowers set seed.
     Previously the verges were mown three times between May and September.
     Visibility splays at junctions and bends will still be cut as often as needed
     for road safety, the council said. The change covers about 2,300 kilometres
     of verges and is expected to save £180,000 a year, which will be spent on
     pothole repairs. Councillor Helen Dacre, cabinet member for highways, said
     surveys by the Linshire Wildlife Trust had found 14 species of orchid on the
     county's verges. Some residents have complained that longer grass looks
     untidy, and parish councils will be able to request extra cuts in village
     centres.""",
     """Under a new policy designed to allow wildflowers to set seed, most of
     Linshire's rural road verges will be cut just once a year, in late August,
     rather than three times between May and September as before. The county
     council said that, for road safety, visibility splays at bends and junctions
     would continue to be cut whenever necessary. The change applies to roughly
     2,300km of verges and should save an estimated £180,000 annually, money that
     will go towards fixing potholes. Fourteen species of orchid have been recorded
     on the county's verges in surveys by the Linshire Wildlife Trust, according
     to Helen Dacre, the cabinet member for highways. Some residents have
     complained that the longer grass looks untidy; parish councils will be able
     to ask for additional cuts in village centres.""",
     traps=[T("just once a year", "only once a year"),
            T("whenever necessary", "as often as needed"),
            T("roughly 2,300km", "about 2,300 kilometres"),
            T("£180,000 annually", "£180,000 a year"),
            T("Fourteen species of orchid", "14 species of orchid")])

# 7 ---------------------------------------------------------------------
case("caravan park flooding", "rewrite", "consistent",
     """Around 90 holidaymakers were moved to safety from the Sandholme Bay caravan
     park early on Sunday after the River Ewe burst its banks following 36 hours
     of continuous rain. Firefighters used boats to reach 14 static caravans where
     occupants had become trapped by water up to a metre deep. No one was
     seriously injured, although two elderly visitors were treated in hospital for
     mild hypothermia and later discharged. Park owner Coastline Leisure said the
     site would remain closed until at least 5 August while electrics and
     drainage were checked. Guests with bookings during the closure will be
     offered a full refund or a free transfer to the company's park at Whitford
     Sands. The regional flood authority had issued a flood warning for the river
     on Saturday afternoon.""",
     """Some 90 holidaymakers had to be evacuated from the Sandholme Bay caravan
     park early on Sunday when the River Ewe overflowed after a day and a half of
     non-stop rain. Occupants of 14 static caravans were trapped by water as deep
     as a metre and had to be reached by firefighters in boats. Two elderly
     visitors were taken to hospital with mild hypothermia and later allowed home,
     but nobody was seriously hurt. Coastline Leisure, which owns the park, said it
     would stay closed until 5 August at the earliest so that electrics and
     drainage could be checked. Anyone booked to stay during the closure can have
     their money back in full or move free of charge to the firm's Whitford Sands
     park. A flood warning for the river had been issued by the regional flood
     authority on Saturday afternoon.""",
     traps=[T("a day and a half of non-stop rain", "36 hours of continuous rain"),
            T("as deep as a metre", "up to a metre deep"),
            T("later allowed home", "later discharged"),
            T("until 5 August at the earliest", "until at least 5 August"),
            T("can have their money back in full", "offered a full refund")])

# 8 ---------------------------------------------------------------------
case("canal boat licence fees", "rewrite", "inconsistent",
     """Boat licence fees on the Severn Vale Navigation will rise by 9 per cent
     from 1 April, the Inland Waterways Trust confirmed yesterday. The increase,
     the second in two years, will take the annual fee for a typical 57-foot
     narrowboat to £1,140. Boats used as a primary residence will face an
     additional 5 per cent surcharge, although the surcharge will not apply to
     boaters on means-tested benefits. The trust said rising costs for dredging
     and lock repairs had left a £6.3 million gap in its maintenance budget. The
     Residential Boaters' Association called the surcharge unfair and said it
     would seek a judicial review. A consultation on the trust's wider ten-year
     funding plan closes on 12 May.""",
     """The Inland Waterways Trust confirmed yesterday that licence fees on the
     Severn Vale Navigation will go up by 9 per cent from 1 April. It is the
     second rise in two years and means a typical 57-foot narrowboat will cost
     £1,140 a year to license. Boats that serve as their owners' main home will
     pay a further 15 per cent surcharge. According to the trust, higher spending
     on dredging and lock repairs has opened a £6.3 million hole in its
     maintenance budget. Calling the surcharge unfair, the Residential Boaters'
     Association said it would pursue a judicial review. Consultation on the
     trust's broader ten-year funding plan ends on 12 May.""",
     errors=[E("15 per cent", "number", "major", "5 per cent"),
             OM("a further 15 per cent surcharge",
                "although the surcharge will not apply to boaters on means-tested benefits",
                "major")],
     traps=[T("main home", "primary residence"),
            T("ends on 12 May", "closes on 12 May")])

# 9 ---------------------------------------------------------------------
case("ski resort snow shortage", "summary", "inconsistent",
     """The Col de Varenne ski resort has closed 11 of its 17 lifts because of a
     lack of snow, with only the upper slopes above 1,900 metres still open.
     Temperatures in the valley have been above freezing for most of January and
     snow cannons can operate only on the coldest nights. Resort director Pascal
     Morin said bookings for February half-term were down by around a quarter on
     last year. The resort, which employs about 260 seasonal workers, said it
     would not lay anyone off before the end of February but could cut hours if
     conditions did not improve. Morin said the company was considering opening a
     summer mountain bike park to reduce its reliance on winter income.
     Forecasters expect some snowfall at the weekend, although not enough to
     reopen the lower runs.""",
     """Lack of snow has forced Col de Varenne to shut 11 of its 17 lifts, leaving
     only slopes above 1,900m open, and February half-term bookings are down by a
     third. No seasonal staff will be laid off before the end of February, though
     hours could be cut. To reduce its dependence on winter income, the resort
     will open a summer mountain bike park. Weekend snow is forecast but will not
     be enough to reopen the lower runs.""",
     errors=[E("by a third", "number", "major", "by around a quarter"),
             E("will open", "modality", "major", "was considering opening")],
     traps=[T("above 1,900m", "above 1,900 metres")])

# 10 --------------------------------------------------------------------
case("volcano flight disruption", "summary", "inconsistent",
     """More than 140 flights were cancelled at Puerto Aldana airport on Tuesday
     after an ash cloud from the Monte Quemado volcano drifted across the island's
     main flight path. The volcano, which has been erupting intermittently since 2
     November, sent ash up to 6 kilometres into the atmosphere on Monday night,
     according to the national volcanology institute. Airport operator Aerocanal
     said around 18,000 passengers had been affected and advised travellers not to
     go to the airport without checking with their airline. Flights were expected
     to resume on Wednesday afternoon if the wind shifted to the north-east as
     forecast. Two airlines, Vuelasur and Brisa Air, said they would put on extra
     flights at the weekend. Residents of three villages on the volcano's southern
     flank remain evacuated.""",
     """Ash from the Monte Quemado volcano forced the cancellation of more than 140
     flights at Puerto Aldana on Tuesday, affecting about 18,000 passengers.
     Flights are expected to restart on Wednesday morning if the wind moves to the
     north-east as forecast, and Vuelasur and Brisa Air plan extra weekend
     flights. Three villages on the southern flank remain evacuated.""",
     errors=[E("Wednesday morning", "date", "minor", "Wednesday afternoon")],
     traps=[T("about 18,000 passengers", "around 18,000 passengers"),
            T("plan extra weekend flights",
              "would put on extra flights at the weekend")])

# 11 --------------------------------------------------------------------
case("coffee rust outbreak", "translation", "inconsistent",
     """An outbreak of coffee leaf rust has affected around 30 per cent of
     plantations in the highland department of San Jerónimo, the National Coffee
     Institute reported on Tuesday. The fungus, which causes leaves to fall and can
     cut yields by half, spread rapidly after weeks of unusually warm and humid
     weather. Institute technicians have inspected 4,800 farms since March. The
     institute will distribute 2 million rust-resistant seedlings free of charge
     to small producers over the next two years, its director, Rodrigo Ferrán,
     announced. He said growers should prune affected bushes and apply
     copper-based fungicides, but warned against burning infected plants. The
     cooperative federation Fedecafé Norte estimated that this year's harvest in
     the department could fall by 40,000 sacks.""",
     """Coffee leaf rust has broken out on roughly three in ten plantations in the
     highland department of San Jerónimo, according to a report issued on Tuesday
     by the National Coffee Institute. After several weeks of abnormally warm,
     damp weather, the fungus, which strips the leaves from the plants and can
     halve production, spread quickly. Since March, the institute's technicians
     have visited 8,400 farms. Its director, Rodrigo Ferrán, announced that over
     the coming two years small growers would be given 2 million rust-resistant
     seedlings at no cost. Producers, he said, ought to prune bushes that have been
     affected and use copper-based fungicides, though he advised against setting
     fire to infected plants. According to an estimate by the Fedecafé Norte
     cooperative federation, the department's crop this year could be 40,000 sacks
     smaller.""",
     errors=[E("8,400 farms", "number", "minor", "4,800 farms")],
     traps=[T("roughly three in ten plantations", "around 30 per cent of plantations"),
            T("can halve production", "can cut yields by half"),
            T("at no cost", "free of charge")])

# 12 --------------------------------------------------------------------
case("monsoon crop losses", "rewrite", "inconsistent",
     """Heavy monsoon rains have destroyed an estimated 38,000 hectares of paddy and
     pulses across the Sonagiri and Kheralpur districts, according to a
     preliminary survey by the state agriculture department. Department secretary
     Anil Varghese said about 62,000 farming households had been affected and that
     the final figure could rise once waterlogged fields in low-lying villages
     were inspected. The farmers' union Kisan Ekta Manch, however, put the losses
     at closer to 50,000 hectares and accused officials of undercounting tenant
     farmers, who are not listed in land records. The state government has
     announced compensation of 17,000 rupees per hectare for crops with more than
     a third of their yield lost. Payments are due to begin within six weeks,
     Varghese said.""",
     """According to a preliminary survey by the state agriculture department,
     heavy monsoon rain has wiped out some 38,000 hectares of paddy and pulses in
     the Sonagiri and Kheralpur districts. About 62,000 farming households have
     been hit, department secretary Anil Varghese said, adding that the total may
     climb once waterlogged fields in low-lying villages have been inspected. The
     farmers' union Kisan Ekta Manch, by contrast, estimated the losses at nearer
     50,000 hectares and accused officials of undercounting tenant farmers, who do
     not appear in land records. The state government has announced compensation
     of 17,000 rupees per hectare for crops that lost more than a quarter of their
     yield. Payments should start within six weeks, the union said.""",
     errors=[E("a quarter", "number", "major", "a third"),
             E("the union said", "attribution", "minor", "Varghese said")],
     traps=[T("some 38,000 hectares", "an estimated 38,000 hectares"),
            T("may climb", "could rise")])

# 13 --------------------------------------------------------------------
case("locust swarm control", "rewrite", "consistent",
     """Teams from the regional plant protection service have sprayed more than
     18,000 hectares of farmland in the northern districts of Kavango Plains since
     late February in an effort to stop desert locust swarms from spreading south.
     Service director Dr Amina Ouedraogo said ground teams had been supported by
     two crop-spraying aircraft hired from a private operator, Sahel AgriAir. She
     said the swarms had been reduced by an estimated 70 per cent but warned that
     fresh hatchings were likely after recent rains. Farmers have been advised to
     report egg-laying sites to village extension officers rather than trying to
     burn them. The service has asked donors for a further $2.5 million to
     continue operations until the end of June, when the main sorghum harvest
     begins.""",
     """Since late February, the regional plant protection service has sprayed
     over 18,000 hectares of farmland in the northern districts of Kavango Plains,
     aiming to stop desert locust swarms moving south. Two crop-spraying planes
     hired from a private operator, Sahel AgriAir, have backed up the ground
     teams, the service's director, Dr Amina Ouedraogo, said. She said the swarms
     were estimated to have shrunk by 70%, but cautioned that recent rain would
     probably bring new hatchings. Instead of trying to burn egg-laying sites,
     farmers are being told to report them to village extension officers. To keep
     operations going until the main sorghum harvest gets under way at the end of
     June, the service is seeking another $2.5m from donors.""",
     traps=[T("over 18,000 hectares", "more than 18,000 hectares"),
            T("Two crop-spraying planes", "two crop-spraying aircraft"),
            T("were estimated to have shrunk by 70%",
              "had been reduced by an estimated 70 per cent"),
            T("would probably bring new hatchings", "fresh hatchings were likely"),
            T("another $2.5m", "a further $2.5 million")])

# 14 --------------------------------------------------------------------
case("cobalt mine safety", "summary", "consistent",
     """Mining company Katanda Resources has suspended underground operations at
     its Mbeya Hill cobalt mine after a tunnel collapse on Thursday killed two
     workers and injured five others. The company said the injured men were being
     treated at the mine's clinic and that three of them had been transferred to
     the provincial hospital in Lunsemfwa. The provincial mines inspectorate has
     opened an investigation and ordered a full safety audit before work can
     resume. It was the third fatal accident at the site in 18 months. The
     Mineworkers' Federation said it had repeatedly raised concerns about
     inadequate roof supports and called for independent inspectors to be
     included in the audit. Katanda, which employs about 2,400 people at the site,
     said workers would continue to receive full pay during the suspension.""",
     """Underground work at Katanda Resources' Mbeya Hill cobalt mine has been
     halted after Thursday's tunnel collapse left two workers dead and five hurt,
     the site's third deadly accident in a year and a half. The mines inspectorate
     is investigating and has ordered a full safety audit before operations
     restart; the miners' union wants independent inspectors involved. Staff will
     keep receiving full pay in the meantime.""",
     traps=[T("left two workers dead and five hurt",
              "killed two workers and injured five others"),
            T("in a year and a half", "in 18 months"),
            T("the miners' union", "The Mineworkers' Federation"),
            T("Staff will keep receiving full pay",
              "workers would continue to receive full pay")])

# 15 --------------------------------------------------------------------
case("lithium brine project", "translation", "consistent",
     """The provincial government of Altiplano Sur has granted an environmental
     permit to the Salar Blanco lithium brine project, operated by the mining
     company Andina Litio, on condition that the firm reduce its freshwater use by
     30 per cent. The company plans to invest $740 million to produce 25,000
     tonnes of lithium carbonate a year from 2028. Three indigenous communities
     living near the salt flat had opposed the project, arguing that pumping brine
     would lower the water table and threaten grazing land. Provincial mining
     secretary Carla Villarroel said the company must install monitoring wells and
     publish water data every month. Community leader Ernesto Mamaní said the
     communities would appeal the decision in court. The project is expected to
     create about 600 permanent jobs.""",
     """The Altiplano Sur provincial government has issued an environmental permit
     for the Salar Blanco lithium brine project, run by the mining company Andina
     Litio, on the condition that the firm uses 30% less fresh water. The company
     intends to put $740m into the project and, starting in 2028, to produce
     25,000 tonnes of lithium carbonate annually. The project had been opposed by
     three indigenous communities living close to the salt flat, who argued that
     extracting the brine would lower the water table and endanger their pastures.
     According to the province's mining secretary, Carla Villarroel, the company
     will have to install monitoring wells and make its water data public on a
     monthly basis. The communities will challenge the ruling in the courts, said
     community leader Ernesto Mamaní. Some 600 permanent jobs are expected to
     result from the project.""",
     traps=[T("uses 30% less fresh water", "reduce its freshwater use by 30 per cent"),
            T("$740m", "$740 million"),
            T("25,000 tonnes of lithium carbonate annually",
              "25,000 tonnes of lithium carbonate a year"),
            T("on a monthly basis", "every month"),
            T("Some 600 permanent jobs", "about 600 permanent jobs")])

# 16 --------------------------------------------------------------------
case("fishing boat seizure", "summary", "inconsistent",
     """The coastguard of the Republic of Marenza has seized a foreign-flagged
     trawler, the Northern Dawn, and detained its 23 crew after the vessel was
     found fishing illegally inside a marine protected area off Cape Solano. The
     patrol ship Valiente intercepted the trawler early on Friday. The trawler
     rammed a smaller patrol launch while trying to flee, but no one was hurt. It
     was escorted to the port of San Lucar, where about 12 tonnes of frozen tuna
     and shark fins were found in its hold. Fisheries minister Elena Cortés said
     the owners, a Panama-registered company called Oceanic Harvest, faced fines
     of up to $1 million. The crew, mostly from Southeast Asia, are being held on
     board while their embassies are contacted. Marenza has stepped up patrols
     since a regional agreement on illegal fishing came into force last year.""",
     """Marenza's coastguard has seized the trawler Northern Dawn and detained its
     23 crew for fishing illegally in a marine protected area. A patrol launch
     rammed the Northern Dawn as it tried to flee, though nobody was injured, and
     the vessel was taken to Cape Solano, where some 12 tonnes of frozen tuna and
     shark fins were found on board. Its owner, Oceanic Harvest, faces a fine of
     up to $1m.""",
     errors=[E("patrol launch rammed the Northern Dawn", "role", "critical",
               "The trawler rammed a smaller patrol launch"),
             E("Cape Solano", "entity", "minor", "San Lucar")],
     traps=[T("nobody was injured", "no one was hurt"),
            T("up to $1m", "up to $1 million")])

# 17 --------------------------------------------------------------------
case("hovercraft service suspension", "rewrite", "inconsistent",
     """Solent Skimmer has suspended its hovercraft service between Hallport and
     Ryeness for at least three weeks after one of its two craft was damaged when
     it struck a submerged object on Saturday evening. None of the 46 passengers
     was hurt, although the craft had to be towed back to Hallport by a lifeboat.
     The operator said the second hovercraft was undergoing its annual overhaul
     and could not return to service before 19 October. Ticket holders will be
     offered full refunds or places on the Ryeness car ferry, which takes about 50
     minutes. The Marine Accident Investigation Unit has sent inspectors to
     examine the damaged skirt and propeller. Operations director Lena Morrow
     apologised to customers and said the company was looking at chartering a
     replacement craft.""",
     """Hovercraft crossings between Hallport and Ryeness have been halted for a
     minimum of three weeks after one of Solent Skimmer's two craft was damaged
     when it ran aground on Saturday evening. All 46 passengers escaped injury,
     but a lifeboat had to tow the craft back to Hallport. The operator's other
     hovercraft is in the middle of its annual overhaul and cannot be back in
     service before 19 October, the company said. Passengers holding tickets can
     choose a full refund or a seat on the Ryeness car ferry, a crossing of
     roughly 50 minutes. Inspectors from the Marine Accident Investigation Unit
     have been sent to examine the damaged skirt and propeller. Apologising to
     customers, operations director Lena Morrow said the firm was considering
     chartering a replacement.""",
     errors=[E("ran aground", "event", "major", "struck a submerged object")],
     traps=[T("for a minimum of three weeks", "for at least three weeks"),
            T("All 46 passengers escaped injury", "None of the 46 passengers was hurt"),
            T("a lifeboat had to tow the craft back to Hallport",
              "the craft had to be towed back to Hallport by a lifeboat")])

# 18 --------------------------------------------------------------------
case("funicular railway reopening", "rewrite", "consistent",
     """The Castle Hill funicular in Porthkerry will reopen to passengers on
     Saturday 7 June after an 18-month, £2.9 million restoration, the town council
     has confirmed. The 1898 railway, one of the steepest in Britain, closed in
     December 2023 when inspectors found corrosion in the haul cable and the
     braking system. Both cars have been rebuilt by engineering firm Tallis &
     Reade, which also replaced the track and installed a new control room at the
     upper station. Adult return fares will rise from £2.50 to £3, while children
     under five will continue to travel free. Council leader Owen Pryderi said the
     railway carried about 200,000 passengers a year before its closure and was
     vital to businesses on the seafront.""",
     """After a restoration that took a year and a half and cost £2.9m,
     Porthkerry's Castle Hill funicular is to welcome passengers again on Saturday
     7 June, the town council has confirmed. Built in 1898 and among the steepest
     railways in Britain, it was shut in December 2023 after inspectors discovered
     corrosion in its haul cable and brakes. Engineering firm Tallis & Reade has
     rebuilt both cars, replaced the track and fitted a new control room at the
     top station. An adult return will now cost £3 instead of £2.50, and
     under-fives will still ride free. Before it closed, the railway carried
     around 200,000 passengers annually and was vital to seafront businesses, said
     council leader Owen Pryderi.""",
     traps=[T("a year and a half", "18-month"),
            T("£2.9m", "£2.9 million"),
            T("at the top station", "at the upper station"),
            T("will now cost £3 instead of £2.50", "will rise from £2.50 to £3"),
            T("under-fives will still ride free",
              "children under five will continue to travel free")])

# 19 --------------------------------------------------------------------
case("ferret racing fundraiser", "rewrite", "inconsistent",
     """A ferret racing evening at the Bell and Anchor in Northby raised £2,870 for
     the village's air ambulance appeal on Saturday, organisers said.
     Twenty-four ferrets raced in heats through lengths of drainpipe, with
     spectators paying £2 to sponsor a runner. In the final, Biscuit edged out
     last year's champion, Pepper, by half a length. Biscuit, a three-year-old
     polecat ferret, belongs to retired gamekeeper Frank Tulley. The event was
     organised by the Northby Young Farmers, who have staged it every August since
     2016. Landlady Sue Marsh matched the first £500 raised. The money will go to
     the Eastmoor Air Ambulance, which flew 11 missions to the parish last year.
     Organiser Holly Bright said national welfare guidelines had been followed and
     a vet was present throughout.""",
     """Saturday's ferret racing evening at the Bell and Anchor in Northby raised
     £2,870 for the village's air ambulance appeal, a record for the event,
     according to the organisers. Spectators paid £2 to sponsor one of the 24
     ferrets, which raced in heats along lengths of drainpipe. In the final, last
     year's champion, Pepper, edged out Biscuit by half a length. Biscuit, a
     three-year-old polecat ferret, is owned by retired gamekeeper Frank Tulley.
     The Northby Young Farmers, who have run the event every August since 2016,
     organised the evening, and landlady Sue Marsh matched the first £500. The
     proceeds will go to the Eastmoor Air Ambulance, which flew 11 missions to the
     parish last year. A vet was on hand throughout and national welfare
     guidelines were followed, said organiser Holly Bright.""",
     errors=[E("a record for the event", "addition", "minor", None),
             E("Pepper, edged out Biscuit", "role", "major",
               "Biscuit edged out last year's champion, Pepper")],
     traps=[T("is owned by", "belongs to"),
            T("A vet was on hand throughout", "a vet was present throughout")])

# 20 --------------------------------------------------------------------
case("glacier melt tourism", "rewrite", "consistent",
     """Visitor numbers at the Valbrenn glacier have fallen by almost a third in
     five years as the ice retreats further from the road, according to the
     regional tourism office. The glacier tongue, which in 2000 could be reached
     in a ten-minute walk from the car park, now lies about 1.4 kilometres away
     and can only be accessed on guided routes. Last summer 41,000 people visited,
     compared with 60,000 in 2019. The office plans to build a viewing platform
     and an exhibition on climate change at the old glacier terminus, at a cost of
     3.2 million euros, half of it funded by the national government. Tourism
     director Sabine Kessler said guides were also offering new hiking routes to
     nearby lakes formed by meltwater. Construction is due to begin next
     spring.""",
     """As the Valbrenn glacier's ice retreats further from the road, the number of
     people visiting it has dropped by close to a third over five years, the
     regional tourism office says. Last summer there were 41,000 visitors, against
     60,000 in 2019. In 2000 the glacier tongue was a ten-minute walk from the car
     park; today it is roughly 1.4km away and reachable only on guided routes. A
     viewing platform and a climate change exhibition are planned at the former
     terminus for €3.2m, with the national government paying half. Guides are
     also offering new hikes to nearby meltwater lakes, said tourism director
     Sabine Kessler. Building work is scheduled to start next spring.""",
     traps=[T("by close to a third", "by almost a third"),
            T("roughly 1.4km away", "about 1.4 kilometres away"),
            T("€3.2m", "3.2 million euros"),
            T("with the national government paying half",
              "half of it funded by the national government"),
            T("scheduled to start", "due to begin")])

# 21 --------------------------------------------------------------------
case("camel milk dairy", "translation", "inconsistent",
     """A camel milk dairy that opened last year near the town of Bir Salem is now
     buying milk from more than 140 herding families, its manager said. The plant,
     built with support from the Nomadic Livelihoods Fund, pasteurises up to 3,000
     litres a day and sells it in supermarkets in the capital under the brand
     Sahra. Herders are paid 12 dinars per litre, roughly double what they
     received from traders at local markets. Manager Khalid Mansour said the dairy
     had signed a deal to supply a chocolate maker in the capital, Dunes
     Confectionery, with powdered milk from next spring. Plans for a second
     collection centre in the southern oases are on hold until a cold-chain road
     link is finished. Veterinary checks on all herds are carried out every three
     months.""",
     """More than 140 herding families now sell their milk to a camel dairy that
     opened near the town of Bir Salem last year, according to its manager. Built
     with backing from the Nomadic Livelihoods Fund, the plant can pasteurise as
     much as 3,000 litres daily, which is sold under the Sahra brand in the
     capital's supermarkets. The 12 dinars a litre that herders receive is about
     twice what traders in the local markets used to pay them. The manager, Khalid
     Mansour, said the dairy had reached an agreement under which a chocolate
     manufacturer in the capital, Dunes Confectionery, would provide it with
     powdered milk from next spring. A second collection centre planned for the
     southern oases has been put on hold until a cold-chain road link is
     completed. All herds undergo veterinary checks every quarter.""",
     errors=[E("Dunes Confectionery, would provide it", "role", "major",
               "supply a chocolate maker in the capital, Dunes Confectionery")],
     traps=[T("as much as 3,000 litres daily", "up to 3,000 litres a day"),
            T("about twice", "roughly double"),
            T("every quarter", "every three months")])

# 22 --------------------------------------------------------------------
case("yak herders cooperative", "translation", "consistent",
     """Yak herders in the Dzungar Valley have formed a cooperative to process and
     sell yak wool directly to textile buyers, cutting out middlemen who
     previously bought raw fibre at low prices. The cooperative, registered in
     April, has 86 member households and a processing workshop in the district
     centre of Tsagaan Bulag. Members combed around 4.5 tonnes of fine down this
     spring, which was washed and sorted before being sold to two knitwear
     companies at about three times the price paid by traders last year.
     Cooperative chair Oyunaa Batbold said profits would be shared according to
     the amount each family delivered. The district administration provided the
     workshop building rent-free for five years. The cooperative also plans to
     sell felt products to tourists visiting the valley in summer.""",
     """In the Dzungar Valley, yak herders have set up a cooperative so that they
     can process their yak wool and sell it straight to textile buyers, bypassing
     the middlemen who used to buy the raw fibre cheaply. Registered in April, the
     cooperative has 86 member households and runs a processing workshop in
     Tsagaan Bulag, the district centre. This spring members combed roughly 4,500
     kilograms of fine down; after being washed and sorted, it was sold to a pair
     of knitwear firms for around triple the price traders paid last year. Each
     family's share of the profits will depend on how much it delivered, said
     Oyunaa Batbold, who chairs the cooperative. The district administration is
     letting the cooperative use the workshop building rent-free for five years.
     The cooperative also intends to sell felt goods to tourists who come to the
     valley in summer.""",
     traps=[T("bypassing the middlemen", "cutting out middlemen"),
            T("roughly 4,500 kilograms", "around 4.5 tonnes"),
            T("a pair of knitwear firms", "two knitwear companies"),
            T("around triple the price", "about three times the price")])

# 23 --------------------------------------------------------------------
case("sumo tournament attendance", "translation", "inconsistent",
     """The 15-day spring sumo tournament in Kitahama City ended on Sunday with
     total attendance of about 98,000, the Sumo Federation said, the lowest for a
     spring tournament in 12 years. Tickets were sold out on only four days,
     compared with all 15 days a year earlier. Federation officials attributed the
     decline partly to the absence of the grand champion Haruzakura, who withdrew
     on the third day with a knee injury. Ticket prices, which were raised by
     around 10 per cent this year, were not the main cause, a federation
     spokesman said. The tournament was won by the sekiwake Tenryumaru with a
     record of 13 wins and two losses. The federation said it would review
     pricing before the summer tournament in the capital.""",
     """According to the Sumo Federation, about 98,000 spectators in total attended
     the spring tournament in Kitahama City, which ran for 15 days and finished on
     Sunday, the poorest turnout for a spring tournament in 12 years. Tickets sold
     out on only four days, whereas a year ago every one of the 15 days was a
     sell-out. Federation officials blamed the fall in part on the absence of
     grand champion Haruzakura, who pulled out on day three because of a knee
     injury. A federation spokesman said that ticket prices, which went up by
     roughly 10 per cent this year, were the main reason. The sekiwake Tenryumaru
     took the title with 13 wins against two defeats. Tickets sold out on only
     four days. The federation said pricing would be reviewed before the summer
     tournament in the capital.""",
     errors=[E("were the main reason", "polarity", "critical", "were not the main cause"),
             E("Tickets sold out on only four days", "repetition", "minor", None, occ=1)],
     traps=[T("on day three", "on the third day"),
            T("roughly 10 per cent", "around 10 per cent"),
            T("13 wins against two defeats", "13 wins and two losses")])

# 24 --------------------------------------------------------------------
case("cricket bat willow shortage", "rewrite", "inconsistent",
     """Bat makers say a shortage of mature English willow is likely to push up the
     price of top-grade cricket bats by as much as 20 per cent next season. Willow
     trees take about 15 years to reach a usable size, and growers cut back
     planting a decade and a half ago when demand slumped. Marcus Heale, managing
     director of Heale & Dunmore in Malden Cross, said his firm had received only
     two-thirds of the clefts it ordered this year. Heale said the firm did not
     expect to lay off staff but would make fewer bats at the top end of its
     range. The Willow Growers' Association has launched a scheme offering
     subsidised saplings to farmers with suitable wet riverside land, and says
     9,000 trees have been planted since 2021.""",
     """A shortage of mature English willow will probably push up the price of
     top-grade cricket bats by up to a fifth next season, according to bat makers.
     Willow takes roughly 15 years to reach a usable size, and growers reduced
     planting 15 years ago when demand collapsed. Only two in every three clefts
     ordered this year have arrived at Heale & Dunmore in Malden Cross, said its
     managing director, Marcus Heale. He said the firm expected to lay off staff
     and would make fewer bats at the top end of its range. Under a Willow
     Growers' Association scheme, farmers with suitable wet riverside land are
     being offered subsidised saplings; the association says 9,000 trees have gone
     in since 2021.""",
     errors=[E("expected to lay off staff", "polarity", "major",
               "did not expect to lay off staff")],
     traps=[T("by up to a fifth", "by as much as 20 per cent"),
            T("15 years ago", "a decade and a half ago"),
            T("two in every three clefts", "two-thirds of the clefts")])

# 25 --------------------------------------------------------------------
case("jute mill revival", "translation", "consistent",
     """The Meghna Jute Mill in Charpara, closed for nine years, has resumed
     production after being leased to a private company, Golden Fibre Industries,
     the state jute corporation said on Monday. About 1,200 workers have been
     rehired so far, and the company aims to employ 3,000 people once all four
     production lines are running by the end of next year. The mill will
     initially make jute sacks for grain storage, with plans to add shopping bags
     and carpet backing. Golden Fibre has agreed to pay 18 million taka a year in
     rent under a 20-year lease and to settle arrears of wages owed to former
     workers. Labour leader Abdul Karim welcomed the reopening but said the union
     would watch closely to ensure promises on pay were kept.""",
     """Closed for nine years, the Meghna Jute Mill in Charpara has started
     production again after it was leased to the private firm Golden Fibre
     Industries, the state jute corporation announced on Monday. So far roughly
     1,200 workers have been taken back on; the company's goal is a workforce of
     3,000 once the mill's four production lines are all in operation by the end
     of next year. To begin with, the mill will produce jute sacks for storing
     grain, and shopping bags and carpet backing are planned later. Under the
     20-year lease, Golden Fibre will pay an annual rent of 18 million taka and
     will clear the wage arrears owed to former employees. While welcoming the
     reopening, labour leader Abdul Karim said the union would keep a close eye on
     whether pay promises were honoured.""",
     traps=[T("roughly 1,200 workers", "About 1,200 workers"),
            T("taken back on", "rehired"),
            T("an annual rent of 18 million taka", "18 million taka a year in rent"),
            T("keep a close eye on", "watch closely")])

# 26 --------------------------------------------------------------------
case("paper mill sale to investors", "summary", "consistent",
     """The Ashbourne paper mill, which has made packaging board on the River Dane
     since 1872, is to be sold to a consortium of private investors led by
     Halverson Capital for £27 million, its parent company Nordline Paper
     announced on Thursday. The sale is subject to approval by the competition
     regulator and is expected to be completed by the end of September. Halverson
     has said it will keep all 310 jobs at the site for at least two years and
     plans to invest £8 million in a new biomass boiler to cut energy costs.
     Nordline, which is selling three of its five European mills to reduce debt,
     said Ashbourne had made a loss in each of the past two years. The
     Paperworkers' Union said it would seek written guarantees on pensions.""",
     """Nordline Paper is selling its Ashbourne mill to a Halverson Capital-led
     investor group for £27m as part of a plan to offload three of its five
     European mills and cut debt. The deal is likely to close by the end of
     September, subject to the competition regulator's approval. The buyers have
     promised to keep all 310 jobs for a minimum of two years and to spend £8m on
     a biomass boiler.""",
     traps=[T("a Halverson Capital-led investor group",
              "a consortium of private investors led by Halverson Capital"),
            T("£27m", "£27 million"),
            T("likely to close", "expected to be completed"),
            T("for a minimum of two years", "for at least two years"),
            T("£8m", "£8 million")])

# 27 --------------------------------------------------------------------
case("sawmill apprenticeship", "rewrite", "consistent",
     """Glenrannoch Timber, the largest sawmill in the Strathmorven valley, is to
     take on six apprentices this autumn under a new three-year scheme run with
     Inverbrae College. Apprentices will spend four days a week at the mill and
     one day at college, working towards a qualification in wood machining. They
     will be paid £11.40 an hour from the start, above the legal minimum for
     apprentices. The company, which employs 85 people, said a third of its
     machine operators would reach retirement age within the next decade.
     Managing director Fiona Baird said the firm had struggled to recruit skilled
     staff locally and hoped the scheme would encourage young people to stay in
     the valley. Applications are open to anyone aged 16 to 24 and close on 31
     July.""",
     """Six apprentices are to be taken on this autumn by Glenrannoch Timber, the
     biggest sawmill in the Strathmorven valley, through a new three-year scheme
     it is running with Inverbrae College. Apprentices will spend four days of
     each week at the mill and the fifth at college, working towards a wood
     machining qualification. From day one they will earn £11.40 an hour, more
     than the statutory apprentice minimum. One in three of the firm's machine
     operators will hit retirement age in the next ten years, said the company,
     which has a workforce of 85. Its managing director, Fiona Baird, said it had
     found it hard to recruit skilled people locally and hoped the scheme would
     persuade young people to remain in the valley. Anyone aged between 16 and 24
     can apply, up to the closing date of 31 July.""",
     traps=[T("From day one", "from the start"),
            T("more than the statutory apprentice minimum",
              "above the legal minimum for apprentices"),
            T("One in three", "a third"),
            T("in the next ten years", "within the next decade"),
            T("has a workforce of 85", "employs 85 people")])

# 28 --------------------------------------------------------------------
case("lottery-funded skate park", "rewrite", "inconsistent",
     """A £640,000 skate park funded largely by the Community Lottery Trust will
     open in Dunmere's Riverside Park on 21 June. The concrete park, designed with
     input from more than 200 young people at workshops last year, includes a
     bowl, a street section and a beginners' area. The lottery grant covers
     £520,000 of the cost, with the town council paying the rest. Council leader
     Priya Mistry said the park would be free to use and unsupervised, but that
     floodlights would be switched off at 9pm to limit noise for nearby residents.
     Local skater Jamie Rowe, 17, who sat on the design panel, said young people
     had been asking for a proper facility for a decade. The old wooden ramps
     behind the leisure centre will be removed.""",
     """Dunmere's Riverside Park will get a £640,000 skate park on 21 June, paid
     for mostly by the Community Lottery Trust. More than 200 young people helped
     shape the concrete park's design at workshops last year; it has a bowl, a
     street section and an area for beginners. The town council is meeting the
     remainder of the cost, with £520,000 coming from the lottery grant. The park
     will be free to use and supervised, council leader Priya Mistry said,
     although the floodlights will go off at 9pm to keep noise down for
     neighbours. Jamie Rowe, a 17-year-old skater who was on the design panel,
     said young people had been calling for a proper facility for ten years. The
     old wooden ramps behind the leisure centre are to be taken away.""",
     errors=[E("supervised", "polarity", "major", "unsupervised")],
     traps=[T("paid for mostly by", "funded largely by"),
            T("a 17-year-old skater", "Local skater Jamie Rowe, 17"),
            T("for ten years", "for a decade")])

# 29 --------------------------------------------------------------------
case("mosque extension planning", "rewrite", "consistent",
     """Plans to extend the Al-Noor mosque on Carver Street in Millbridge have been
     approved by the city council's planning committee by seven votes to two. The
     £1.8 million scheme will add a two-storey wing with a women's prayer hall,
     classrooms and a community room, increasing capacity from 600 to around 950
     worshippers. Planning officers had recommended approval, subject to
     conditions on parking and construction hours. More than 40 objections were
     lodged, mostly about traffic on Friday afternoons, while 310 letters of
     support were received. Mosque trustee Imran Chaudhry said the congregation
     would fund the project entirely through donations and hoped to start work in
     early 2026. The mosque has agreed to run a shuttle bus from a nearby
     supermarket car park for Friday prayers.""",
     """Millbridge city council's planning committee has voted seven to two in
     favour of extending the Al-Noor mosque on Carver Street. A two-storey wing
     housing a women's prayer hall, classrooms and a community room will be built
     as part of the £1.8m project, lifting capacity from 600 to about 950
     worshippers. Officers had advised councillors to approve the plans subject to
     conditions covering parking and construction hours. While there were over 40
     objections, chiefly concerning traffic on Friday afternoons, 310 letters
     backing the scheme were received. The congregation will pay for the project
     wholly through donations, said trustee Imran Chaudhry, who hoped work could
     begin early in 2026. The mosque has also agreed to operate a shuttle bus from
     a nearby supermarket car park for Friday prayers.""",
     traps=[T("voted seven to two in favour of extending",
              "approved by the city council's planning committee by seven votes to two"),
            T("£1.8m", "£1.8 million"),
            T("lifting capacity", "increasing capacity"),
            T("over 40 objections", "More than 40 objections"),
            T("pay for the project wholly through donations",
              "fund the project entirely through donations")])

# 30 --------------------------------------------------------------------
case("synagogue security grant", "rewrite", "inconsistent",
     """The Beth Shalom synagogue in Harrowgate Vale has been awarded £48,000 from
     the government's places of worship protective security scheme to install
     CCTV, reinforced doors and a secure perimeter fence. The congregation, which
     has about 350 members, applied after a brick was thrown through a window of
     its community hall in January. Police said nobody had been arrested over the
     incident. Synagogue chairman David Rosen said the grant would cover roughly
     80 per cent of the work, and the remainder would be raised by members. The
     regional Community Security Partnership said reported antisemitic incidents
     in the county had risen by a quarter over the past year. Installation is due
     to start next month and should be completed before the High Holy Days in
     September.""",
     """A grant of £48,000 under the government's places of worship protective
     security scheme has been made to the Beth Shalom synagogue in Harrowgate
     Vale, which will use it for CCTV, strengthened doors and a secure fence
     around its perimeter. The roughly 350-member congregation applied after a
     brick was hurled through a window of its community hall in January; police
     said no arrests had been made. According to synagogue chairman David Rosen,
     the grant will pay for around four-fifths of the work, with members raising
     the balance. Reported antisemitic incidents in the county have risen by 25
     per cent over the past year, Rosen added. Work is due to begin next month and
     should be finished before the High Holy Days in September.""",
     errors=[E("Rosen added", "attribution", "major",
               "The regional Community Security Partnership said")],
     traps=[T("no arrests had been made", "nobody had been arrested"),
            T("around four-fifths of the work", "roughly 80 per cent of the work"),
            T("by 25 per cent", "by a quarter")])

# 31 --------------------------------------------------------------------
case("gurdwara community kitchen", "rewrite", "consistent",
     """The Guru Nanak Gurdwara in Kelston has expanded its langar, or community
     kitchen, to serve free hot meals on weekday evenings as well as at weekends,
     in response to rising demand from people struggling with living costs. The
     kitchen now serves about 400 meals a week, double the number a year ago,
     according to the gurdwara's secretary, Harjit Sandhu. Around 70 volunteers
     take part on a rota, and all food is vegetarian. A £15,000 grant from the
     Kelston Community Foundation has paid for a new commercial dishwasher and two
     extra cookers. Sandhu said everyone was welcome regardless of faith and that
     no one would be asked questions about their circumstances. The kitchen is
     open from 6pm to 8pm, Monday to Friday, and from noon on Saturdays and
     Sundays.""",
     """Facing growing demand from people hit by the cost of living, the Guru Nanak
     Gurdwara in Kelston has extended its langar, its community kitchen, so that
     free hot meals are now served on weekday evenings, not just at weekends.
     Gurdwara secretary Harjit Sandhu said roughly 400 meals are now served each
     week, twice as many as 12 months ago. The food is all vegetarian, and some 70
     volunteers work on a rota. A new commercial dishwasher and two additional
     cookers were bought with a £15,000 grant from the Kelston Community
     Foundation. People of any faith or none are welcome, and nobody will be
     questioned about their circumstances, Sandhu said. Opening hours are 6pm to
     8pm on weekdays and from midday at weekends.""",
     traps=[T("twice as many as 12 months ago", "double the number a year ago"),
            T("some 70 volunteers", "Around 70 volunteers"),
            T("nobody will be questioned about their circumstances",
              "no one would be asked questions about their circumstances"),
            T("on weekdays", "Monday to Friday"),
            T("from midday at weekends", "from noon on Saturdays and Sundays")])

# 32 --------------------------------------------------------------------
case("temple flood relief", "rewrite", "inconsistent",
     """The Sri Murugan temple in Eastfield has served hot meals to more than 1,500
     people displaced by last week's flooding along the River Lenn, its trustees
     said on Wednesday. Around 60 volunteers have been cooking in shifts since
     Friday, using donated rice, lentils and vegetables. The temple hall is also
     being used as a collection point for blankets and clothing, which are being
     distributed by the city council to three emergency rest centres. Trustee
     Lakshmi Nadarajah said the kitchen would stay open until at least Sunday, and
     longer if evacuated families were still unable to return home. The council
     estimates that 420 homes were flooded. Temple trustees have asked people not
     to bring further clothing donations, as storage space is full, but said cash
     and food donations were still welcome.""",
     """More than 1,500 people forced from their homes by last week's River Lenn
     floods have been given hot meals at the Sri Murugan temple in Eastfield, the
     temple's trustees said on Wednesday. Since Friday, about 60 volunteers have
     been cooking in shifts with donated rice, lentils and vegetables. Blankets
     and clothing are also being collected in the temple hall and handed out by
     the city council at three emergency rest centres. The kitchen will remain
     open until at least Sunday, trustee Lakshmi Nadarajah said. According to the
     council, 420 homes were evacuated. The trustees have asked the public to stop
     bringing clothes because storage space has run out, though cash and food are
     still welcome.""",
     errors=[OM("open until at least Sunday",
                "and longer if evacuated families were still unable to return home",
                "minor"),
             E("were evacuated", "event", "major", "were flooded")],
     traps=[T("forced from their homes", "displaced"),
            T("about 60 volunteers", "Around 60 volunteers"),
            T("because storage space has run out", "as storage space is full")])

# 33 --------------------------------------------------------------------
case("typhoon evacuation drills", "translation", "consistent",
     """More than 26,000 residents of coastal districts in Nanhai Prefecture took
     part in typhoon evacuation drills on Saturday, the prefectural emergency
     management bureau said. The exercise simulated the approach of a category 4
     typhoon making landfall near the port of Longwan within 24 hours. Sirens
     sounded at 8.30am, and residents were moved by bus and on foot to 64
     designated shelters, including schools and sports halls. The bureau said the
     evacuation of the highest-risk zones was completed in 2 hours and 10
     minutes, 20 minutes faster than last year. Bureau deputy director Lin Wei
     said the drill had exposed problems with text-message alerts, which reached
     some elderly residents late. Drills will be held in inland districts next
     month.""",
     """Upwards of 26,000 people living in the coastal districts of Nanhai
     Prefecture joined a typhoon evacuation exercise on Saturday, according to the
     prefecture's emergency management bureau. The scenario was a category 4
     typhoon expected to hit land close to Longwan port within a day. When the
     sirens went off at 8.30 in the morning, residents were taken on foot or by
     bus to 64 designated shelters, among them schools and sports halls.
     Evacuating the zones at greatest risk took 130 minutes, the bureau said, 20
     minutes less than in last year's drill. According to Lin Wei, the bureau's
     deputy director, the exercise revealed weaknesses in text-message alerts,
     some of which were slow to reach elderly residents. Next month it will be the
     turn of inland districts.""",
     traps=[T("Upwards of 26,000", "More than 26,000"),
            T("within a day", "within 24 hours"),
            T("8.30 in the morning", "8.30am"),
            T("130 minutes", "2 hours and 10 minutes"),
            T("20 minutes less", "20 minutes faster")])

# 34 --------------------------------------------------------------------
case("cyclone shelter construction", "summary", "consistent",
     """Work has begun on 45 new multipurpose cyclone shelters along the southern
     coast of the Sundarpur delta, the disaster management ministry said on
     Sunday. Each two-storey concrete shelter will hold up to 1,200 people and
     include separate areas for women, ramps for disabled people and a raised
     enclosure for livestock. The shelters, funded by a $62 million loan from the
     Asian Coastal Development Bank, will double as primary schools outside the
     cyclone season. Officials said the first 20 should be ready before the
     monsoon in June next year, with the rest completed by the end of 2027. The
     delta currently has shelter space for about 40 per cent of its 2.1 million
     residents. Deputy minister Rafiq Hossain said the new buildings would raise
     that to around half.""",
     """Construction has started on 45 cyclone shelters along the Sundarpur delta's
     southern coast, each holding up to 1,200 people and doubling as a primary
     school outside the cyclone season. The shelters are funded by a $62m loan;
     the first 20 should be ready before next June's monsoon and the rest by the
     end of 2027. According to the deputy minister, they will raise the share of
     the delta's 2.1 million residents with shelter space from about two in five
     to around half.""",
     traps=[T("Construction has started", "Work has begun"),
            T("$62m", "$62 million"),
            T("before next June's monsoon", "before the monsoon in June next year"),
            T("about two in five", "about 40 per cent")])

# 35 --------------------------------------------------------------------
case("hailstorm vineyard damage", "translation", "inconsistent",
     """A violent hailstorm on Thursday evening damaged vineyards across some 2,000
     hectares in the Côtes de Vaubrun appellation, the local winegrowers' union
     said. Hailstones the size of walnuts fell for about 20 minutes, stripping
     leaves and splitting young grapes just three weeks before the harvest was due
     to begin. Union president Henri Dufresne said losses in the worst-hit
     villages, Saint-Alban and Mireval, could reach 80 per cent. Growers will have
     to wait until next week to assess the full extent of the damage, he said.
     The regional council has promised emergency aid but has not yet said how
     much. Dufresne said the union would ask the government to recognise the storm
     as an agricultural disaster, which would allow growers to claim
     compensation.""",
     """Vineyards covering about 2,000 hectares of the Côtes de Vaubrun appellation
     were hit by a severe hailstorm on Thursday evening, according to the local
     growers' union. For roughly 20 minutes, walnut-sized hail came down, tearing
     off leaves and bursting young grapes only three weeks into the harvest. In
     the two worst-affected villages, Saint-Alban and Mireval, losses have reached
     80 per cent, said the union's president, Henri Dufresne. He said growers
     would not be able to gauge the full damage until next week. Emergency aid has
     been promised by the regional council, which has yet to give a figure. The
     union intends to ask the government to declare the storm an agricultural
     disaster, which would let growers seek compensation, Dufresne added.""",
     errors=[E("three weeks into the harvest", "date", "minor",
               "three weeks before the harvest was due to begin"),
             E("have reached", "modality", "major", "could reach")],
     traps=[T("walnut-sized hail", "Hailstones the size of walnuts"),
            T("has yet to give a figure", "has not yet said how much")])

# 36 --------------------------------------------------------------------
case("drought water trucking", "summary", "inconsistent",
     """The regional water authority in Alto Seco is trucking drinking water to 37
     villages whose wells and springs have dried up after the driest 18 months on
     record. A fleet of 22 tankers makes daily deliveries, providing each resident
     with a ration of 50 litres a day, the authority said. The operation costs
     around €45,000 a week and is being funded by the regional government's
     emergency reserve. Authority president Jorge Baltar said reservoirs serving
     the area stood at 14 per cent of capacity and that restrictions on garden
     watering and filling swimming pools would remain in force. Farmers in the
     area have been allowed to draw limited amounts from a deep aquifer normally
     kept as a strategic reserve. Meteorologists say significant rain is unlikely
     before October.""",
     """After the driest 18 months on record left wells and springs dry, Alto
     Seco's regional water authority is using a fleet of 22 tankers to make daily
     deliveries to 37 villages, giving each resident 50 litres a day, about a
     third of normal consumption. The operation, costing about €45,000 a week, is
     funded from the regional government's emergency reserve. With reservoirs at
     14 per cent of capacity, curbs on garden watering and pool filling remain,
     and heavy rain is not expected before October.""",
     errors=[E("about a third of normal consumption", "addition", "minor", None)],
     traps=[T("costing about €45,000 a week", "costs around €45,000 a week"),
            T("heavy rain is not expected before October",
              "significant rain is unlikely before October")])

# 37 --------------------------------------------------------------------
case("heatwave school closures", "summary", "consistent",
     """Education authorities in the province of Terranova have ordered all state
     primary schools to close for the rest of the week as temperatures are
     forecast to exceed 43C. Secondary schools will remain open but must end
     lessons at 12.30pm, and outdoor sports have been suspended. The order affects
     about 1,600 primary schools and roughly 410,000 pupils. Provincial education
     director Marta Quiroga said many older buildings had no air conditioning and
     that classrooms had reached 38C on Monday. Schools will provide printed work
     for pupils at home, and those whose parents cannot arrange childcare will be
     able to attend supervised rooms in 120 designated schools with cooling. The
     weather service has issued a red alert until Sunday, the highest level on its
     scale.""",
     """With highs above 43C forecast, Terranova's state primary schools, some
     1,600 of them with around 410,000 pupils, have been told to shut for the rest of the
     week. Secondary schools must stop lessons at 12.30pm, and outdoor sport is
     suspended. Children whose parents cannot arrange childcare can use
     supervised, cooled rooms at 120 schools. A red alert, the weather service's
     highest level, is in force until Sunday.""",
     traps=[T("highs above 43C", "exceed 43C"),
            T("some 1,600", "about 1,600"),
            T("around 410,000 pupils", "roughly 410,000 pupils"),
            T("stop lessons at 12.30pm", "end lessons at 12.30pm")])

# 38 --------------------------------------------------------------------
case("smog emergency measures", "translation", "consistent",
     """Authorities in the city of Varnograd have introduced emergency measures
     after air pollution reached its highest level this winter, with
     concentrations of fine particles more than six times the recommended limit.
     From Wednesday, private cars will be allowed on the roads only on alternate
     days, depending on whether their number plates end in an odd or even digit.
     Public transport will be free until the restrictions are lifted.
     Construction sites must suspend work that produces dust, and schools have
     been told to keep children indoors during breaks. Deputy mayor Irina Volkova
     said the measures would remain in place until the air quality index fell
     below 150 for two consecutive days. Residents with respiratory conditions
     have been advised to stay at home.""",
     """Air pollution in Varnograd has hit its worst level of the winter, with
     fine-particle concentrations over six times the recommended limit, prompting
     the city authorities to bring in emergency measures. Starting on Wednesday,
     private cars may be driven only every other day, according to whether the
     last digit of the number plate is odd or even. Travel on public transport
     will cost nothing for as long as the restrictions last. Building sites have
     to halt any dust-generating work, and schools have been instructed to keep
     pupils inside at break time. The measures will stay until the air quality
     index is below 150 for 48 hours in a row, said deputy mayor Irina Volkova.
     People with respiratory illnesses are being told to remain at home.""",
     traps=[T("over six times", "more than six times"),
            T("every other day", "on alternate days"),
            T("will cost nothing", "will be free"),
            T("Building sites", "Construction sites"),
            T("for 48 hours in a row", "for two consecutive days")])

# 39 --------------------------------------------------------------------
case("sandstorm airport closure", "translation", "inconsistent",
     """Qasr al-Rimal International Airport was closed for nine hours on Monday
     after a severe sandstorm reduced visibility to less than 100 metres, the
     civil aviation authority said. Thirty-eight departures were cancelled and 21
     incoming flights were diverted to Wadi Noor airport, about 300 kilometres to
     the east. The airport reopened at 11pm local time once winds had eased.
     Authority spokesman Tariq Hadad said passengers should expect delays on
     Tuesday as airlines cleared the backlog. The national meteorological centre
     warned that further dust storms were possible later in the week and urged
     residents with asthma to stay indoors. Several main roads leading out of the
     city were also closed for several hours.""",
     """A fierce sandstorm cut visibility to under 100 metres on Monday, forcing
     Qasr al-Rimal International Airport to shut for nine hours, according to the
     civil aviation authority. Of the flights affected, 38 departures were
     cancelled, while 21 arriving aircraft were sent instead to Wadi Noor airport,
     some 300km further east. When the wind died down, the airport reopened at
     11pm local time. Passengers should be prepared for delays on Tuesday while
     airlines work through the backlog, said Tariq Hadad, a spokesman for the
     authority. The national meteorological centre cautioned that more dust storms
     could occur later in the week and called on elderly people and children to
     remain indoors. A number of major roads out of the city were also shut for
     several hours.""",
     errors=[E("elderly people and children", "entity", "major", "residents with asthma")],
     traps=[T("under 100 metres", "less than 100 metres"),
            T("some 300km further east", "about 300 kilometres to the east"),
            T("could occur", "were possible")])

# 40 --------------------------------------------------------------------
case("avalanche control blasting", "summary", "inconsistent",
     """The Hochfeld pass road will be closed between 7am and 11am on Wednesday
     while avalanche control teams carry out controlled blasting on the slopes
     above the route, the cantonal roads office said. Explosives will be dropped
     from a helicopter onto six release zones where up to 1.5 metres of fresh snow
     has accumulated since the weekend. Motorists travelling between Sankt Oswin
     and Brunnthal are advised to use the valley road via Lenzau, which adds about
     40 minutes to the journey. The postbus service will not run during the
     closure. Ski touring routes on the eastern side of the pass will also be
     closed for the whole day. Officials said the closure could be extended if the
     blasting did not release the snow as planned.""",
     """The Hochfeld pass road will be closed between 7am and 11am on Wednesday for
     helicopter avalanche blasting on six release zones holding up to 1.5m of new
     snow. Drivers are advised to take the valley road via Lenzau, about 40
     minutes longer, and the postbus will be diverted the same way. Eastern ski
     touring routes will close all day. The road will be closed between 7am and
     11am on Wednesday, and the closure could be extended if the snow is not
     released as planned.""",
     errors=[E("the postbus will be diverted the same way", "event", "critical",
               "The postbus service will not run"),
             E("will be closed between 7am and 11am on Wednesday", "repetition",
               "minor", None, occ=1)],
     traps=[T("1.5m of new snow", "1.5 metres of fresh snow"),
            T("about 40 minutes longer", "adds about 40 minutes to the journey")])


# --------------------------------------------------------------------------
# offsets and validation
# --------------------------------------------------------------------------
class SetError(Exception):
    pass


def nth_find(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def word_count(s):
    return len(re.findall(r"\S+", s))


def is_word_char(c):
    return c.isalnum()


def check_boundaries(cand, start, end, where):
    if start > 0 and start < len(cand) and is_word_char(cand[start - 1]) and is_word_char(cand[start]):
        raise SetError(f"{where}: span start {start} cuts a word")
    if 0 < end < len(cand) and is_word_char(cand[end - 1]) and is_word_char(cand[end]):
        raise SetError(f"{where}: span end {end} cuts a word")


def build_records():
    records = []
    for i, c in enumerate(CASES, 1):
        rid = f"{PREFIX}-{i:03d}"
        ref, cand = c["reference"], c["candidate"]
        errs = []
        for e in c["errors"]:
            if e["kind"] == "omission":
                p = nth_find(cand, e["after"], e["occ"])
                if p < 0:
                    raise SetError(f"{rid}: omission anchor not found: {e['after']!r}")
                start = end = p + len(e["after"])
                text = ""
            else:
                start = nth_find(cand, e["text"], e["occ"])
                if start < 0:
                    raise SetError(f"{rid}: error text not found: {e['text']!r} occ {e['occ']}")
                end = start + len(e["text"])
                text = e["text"]
            errs.append({"start": start, "end": end, "text": text, "type": e["type"],
                         "severity": e["severity"], "ref_text": e["ref"]})
        traps = []
        for t in c["traps"]:
            start = nth_find(cand, t["text"], t["occ"])
            if start < 0:
                raise SetError(f"{rid}: trap text not found: {t['text']!r}")
            traps.append({"start": start, "end": start + len(t["text"]),
                          "text": t["text"], "ref_text": t["ref"]})
        errs.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errs, "traps": traps})
    return records


def validate(records):
    problems = []

    def bad(msg):
        problems.append(msg)

    if len(records) != 40:
        bad(f"expected 40 records, got {len(records)}")
    domains = [r["domain"] for r in records]
    if sorted(domains) != sorted(DOMAINS) or len(set(domains)) != len(domains):
        bad("domains must be exactly the 40 listed domains, each once")

    type_counts = Counter()
    for r in records:
        rid, ref, cand = r["id"], r["reference"], r["candidate"]
        if r["mode"] not in MODES:
            bad(f"{rid}: bad mode {r['mode']}")
        if r["label"] not in ("consistent", "inconsistent"):
            bad(f"{rid}: bad label")
        wc = word_count(ref)
        if not 70 <= wc <= 190:
            bad(f"{rid}: reference has {wc} words (need 70-190)")
        if ref == cand:
            bad(f"{rid}: candidate identical to reference")
        if r["mode"] == "summary":
            if not (len(cand) < len(ref) and word_count(cand) < wc):
                bad(f"{rid}: summary not shorter than reference")
        # label vs errors / traps
        n_err, n_trap = len(r["errors"]), len(r["traps"])
        if r["label"] == "consistent":
            if n_err:
                bad(f"{rid}: consistent pair has errors")
            if not 3 <= n_trap <= 5:
                bad(f"{rid}: consistent pair has {n_trap} traps (need 3-5)")
        else:
            if not 1 <= n_err <= 2:
                bad(f"{rid}: inconsistent pair has {n_err} errors (need 1-2)")
            if not 0 <= n_trap <= 3:
                bad(f"{rid}: inconsistent pair has {n_trap} traps (need 0-3)")

        spans = []
        for e in r["errors"]:
            where = f"{rid} error {e['type']} {e['text']!r}"
            type_counts[e["type"]] += 1
            if e["type"] not in ERROR_TYPES:
                bad(f"{where}: unknown type")
            if e["severity"] not in SEVERITIES:
                bad(f"{where}: bad severity")
            s, t = e["start"], e["end"]
            if cand[s:t] != e["text"]:
                bad(f"{where}: offsets do not match text")
            try:
                check_boundaries(cand, s, t, where)
            except SetError as ex:
                bad(str(ex))
            if e["type"] == "omission":
                if r["mode"] == "summary":
                    bad(f"{where}: omission in a summary")
                if s != t or e["text"] != "":
                    bad(f"{where}: omission must be zero-length with empty text")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(f"{where}: omission ref_text not in reference")
                elif e["ref_text"].lower() in cand.lower():
                    bad(f"{where}: omitted words are present in candidate")
            else:
                if s >= t or not e["text"].strip():
                    bad(f"{where}: empty span")
                if e["text"] != e["text"].strip():
                    bad(f"{where}: span has surrounding whitespace")
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(f"{where}: ref_text must be null")
                    if e["type"] == "repetition" and cand.find(e["text"]) >= s:
                        bad(f"{where}: repetition has no earlier copy in candidate")
                    if e["type"] == "addition" and e["text"] in ref:
                        bad(f"{where}: added text occurs in reference")
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(f"{where}: ref_text not found in reference")
                    if e["ref_text"] == e["text"]:
                        bad(f"{where}: ref_text equals span text")
            spans.append((s, t, where))

        for tr in r["traps"]:
            where = f"{rid} trap {tr['text']!r}"
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"] or s >= t:
                bad(f"{where}: offsets do not match text")
            if tr["text"] != tr["text"].strip():
                bad(f"{where}: span has surrounding whitespace")
            try:
                check_boundaries(cand, s, t, where)
            except SetError as ex:
                bad(str(ex))
            if tr["ref_text"] not in ref:
                bad(f"{where}: ref_text not found in reference")
            if tr["ref_text"] == tr["text"]:
                bad(f"{where}: trap identical to reference wording")
            spans.append((s, t, where))

        # no overlaps (a zero-length omission may not sit strictly inside a span)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a0, a1, wa = spans[i]
                b0, b1, wb = spans[j]
                if a0 == a1 or b0 == b1:
                    p, (q0, q1) = (a0, (b0, b1)) if a0 == a1 else (b0, (a0, a1))
                    if q0 < p < q1:
                        bad(f"{rid}: omission point inside span: {wa} / {wb}")
                elif a0 < b1 and b0 < a1:
                    bad(f"{rid}: overlapping spans: {wa} / {wb}")

    # composition
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        bad(f"label counts {dict(labels)}")
    by_mode = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(by_mode) != want:
        bad(f"mode/label counts {dict(by_mode)}")
    total = sum(type_counts.values())
    if total != 30:
        bad(f"expected 30 errors, got {total}")
    for t in ERROR_TYPES:
        if type_counts[t] < 2:
            bad(f"error type {t} used {type_counts[t]} times (need >= 2)")
    return problems, type_counts


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build_records()
    except SetError as ex:
        print("INVALID:", ex)
        return 1
    problems, type_counts = validate(records)
    if problems:
        print("INVALID:")
        for p in problems:
            print("  -", p)
        return 1
    n_traps = sum(len(r["traps"]) for r in records)
    print(f"OK: {len(records)} pairs, {sum(type_counts.values())} errors, {n_traps} traps")
    print("   error types:", ", ".join(f"{t} {type_counts[t]}" for t in ERROR_TYPES))
    if check_only:
        print("   --check: nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"   wrote {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
