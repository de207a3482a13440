#!/usr/bin/env python3
"""Held-out evaluation set 16 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper session that saw no code or data of
the project (nor any existing benchmark), working only from a written brief. All
people, companies, organisations, places and figures are invented; real countries
appear only as background. Character offsets are never typed by hand: this script
finds every span by string search (with an occurrence index where a quoted text
repeats), validates the whole set and writes set16.jsonl next to itself.

    python3 make_set16.py           # validate and write set16.jsonl
    python3 make_set16.py --check   # validate only, write nothing

Composition
-----------
* 40 pairs, one domain each (40 distinct domains, ice hockey ... school meals);
  20 consistent, 20 inconsistent.
* Modes: 20 rewrites (10 consistent / 10 inconsistent), 10 summaries (5 / 5),
  10 translations (5 / 5; both texts are independent English translations of the
  same non-English story).
* 30 errors over the eleven types: number 4; entity, date, role, polarity,
  modality, event 3 each; attribution, omission, addition, repetition 2 each.
  Ten inconsistent pairs carry one error and ten carry two. Omissions occur only
  in rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in inconsistent pairs.
* References are 70-190 words in news / agency / corporate / official register;
  summaries are shorter than their references.
"""

import json
import os
import re
import sys
from collections import Counter

N = 16
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "ice hockey", "ice rinks", "irrigation", "jewellery", "karate", "kite festivals",
    "laboratory equipment", "language schools", "lifeboats", "lighthouses",
    "lumber yards", "marathons", "marinas", "market gardens", "meat processing",
    "microbreweries", "mobile banking", "model railways", "motorsport",
    "mushroom farming", "noise regulation", "olive oil", "organ donation",
    "orienteering", "packaging", "parking enforcement", "pet food", "piano makers",
    "plant nurseries", "playgrounds", "pottery", "printing presses", "quarries",
    "radio astronomy", "rare books", "rock festivals", "roofing", "saddlery",
    "scaffolding", "school meals",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def T(s):
    """Collapse the line wrapping of the triple-quoted texts below."""
    return " ".join(s.split())


def E(text, etype, severity, ref_text, occ=0):
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(after, ref_text, severity, occ=0):
    """Omission: the missing words belong right after `after` in the candidate."""
    return {"after": after, "type": "omission", "severity": severity,
            "ref_text": ref_text, "occ": occ}


def TR(text, ref_text, occ=0):
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = [
    # 1 ------------------------------------------------------------------
    dict(
        domain="ice hockey", mode="rewrite",
        reference=T("""
The Harlow Ridge Falcons have signed defenceman Tomas Vereczky to a three-year
contract worth $4.5 million, the club announced on Monday. Vereczky, 27, spent the
past four seasons with the Dunvarra Stags, where he recorded 112 points in 290
games. General manager Elaine Costigan said the signing addressed "a clear
weakness on our blue line" after the Falcons conceded more goals than any other
team in the league last season. The deal includes a limited no-trade clause for
the final two years. Vereczky is expected to join the team for training camp,
which opens on September 14 in Carrowmere. The Falcons missed the playoffs last
season for the third year in a row.
"""),
        candidate=T("""
Defenceman Tomas Vereczky has agreed a three-year, $4.5m deal with the Harlow
Ridge Falcons, the club said on Monday. The 27-year-old arrives from the Dunvarra
Stags, for whom he registered 112 points in 290 games over the last four seasons.
General manager Elaine Costigan said the move addressed what she called "a clear
weakness" on the team's blue line, after the Falcons let in more goals than any
other side in the league last term. The contract includes a limited no-trade
clause covering its final two years. Vereczky is likely to report for training
camp when it opens in Carrowmere on September 14. Last season was the third in a
row in which the Falcons failed to reach the playoffs.
"""),
        errors=[],
        traps=[
            TR("$4.5m", "$4.5 million"),
            TR("The 27-year-old", "Vereczky, 27"),
            TR("let in more goals than any other side", "conceded more goals than any other team"),
            TR("is likely to report for training camp", "is expected to join the team for training camp"),
        ],
    ),
    # 2 ------------------------------------------------------------------
    dict(
        domain="ice rinks", mode="rewrite",
        reference=T("""
Brantholme District Council has approved a £3.8 million refurbishment of the
Brennock Road ice rink, which closed in January after inspectors found corrosion
in its refrigeration plant. The work, to be carried out by contractor Aldwyn
Building Services, will replace the plant, resurface the 1,800-square-metre ice
pad and add 240 seats to the spectator stand. Councillor Priya Halloran, who
chairs the leisure committee, said the rink was used by more than 60,000 visitors
a year before its closure. The council expects the venue to reopen in October
next year, subject to the delivery of specialist equipment from Finland. Local
clubs, including the Brantholme Lynx junior hockey team, have been training at a
rink 30 miles away in the meantime.
"""),
        candidate=T("""
A £3.8m refurbishment of the Brennock Road ice rink has been approved by
Brantholme District Council. The rink shut in January when inspectors discovered
corrosion in its refrigeration plant. Under the scheme, contractor Aldwyn Building
Services will replace the plant, resurface the 1,800 sq m ice pad and install 420
additional seats in the spectator stand. Before it closed, the rink drew more
than 60,000 visitors a year, according to Priya Halloran, the councillor who
chairs the leisure committee. The council expects the venue to reopen in October
next year. In the meantime, local clubs such as the Brantholme Lynx junior hockey
team have been training at a rink 30 miles away.
"""),
        errors=[
            E("420 additional seats", "number", "minor", "240 seats"),
            OM("reopen in October next year",
               "subject to the delivery of specialist equipment from Finland", "major"),
        ],
        traps=[
            TR("£3.8m", "£3.8 million"),
            TR("1,800 sq m", "1,800-square-metre"),
        ],
    ),
    # 3 ------------------------------------------------------------------
    dict(
        domain="irrigation", mode="rewrite",
        reference=T("""
The Vantera Valley Water Authority will cut irrigation allocations to farmers by
35 per cent this season after winter rainfall came in at less than half the
long-term average, the authority said on Thursday. The reduction applies to all
1,140 licensed holders in the valley, but growers of permanent crops such as
almonds and citrus may apply for an exemption of up to 10 per cent of their
original allocation. Director Samuel Okonjo said reservoir storage stood at 41
per cent of capacity on 1 March, compared with 68 per cent a year earlier. The
authority will review the allocation in June and could restore part of the cut if
spring rains are heavy. Farmers' group Valley Growers Alliance called the
decision "painful but unavoidable".
"""),
        candidate=T("""
Farmers in the Vantera Valley will have their irrigation allocations cut by 35
per cent this season, the valley's water authority announced on Thursday, after
winter rainfall fell below half of the long-term average. All 1,140 licence
holders are affected, although those growing permanent crops such as almonds and
citrus can seek an exemption worth as much as a tenth of their original
allocation. On 1 March, reservoirs were 41 per cent full, down from 68 per cent
at the same point last year, according to director Samuel Okonjo. The cut will be
reviewed in June, and some of it could be reversed should spring bring heavy
rain. The Valley Growers Alliance, which represents farmers, described the move
as "painful but unavoidable".
"""),
        errors=[],
        traps=[
            TR("will have their irrigation allocations cut by 35 per cent",
               "will cut irrigation allocations to farmers by 35 per cent"),
            TR("as much as a tenth", "up to 10 per cent"),
            TR("reservoirs were 41 per cent full",
               "reservoir storage stood at 41 per cent of capacity"),
            TR("some of it could be reversed", "could restore part of the cut"),
        ],
    ),
    # 4 ------------------------------------------------------------------
    dict(
        domain="jewellery", mode="rewrite",
        reference=T("""
Luxury jeweller Marchetti & Hale has agreed to acquire Orsova Gems, a
family-owned diamond cutter based in Belgium, for €210 million, the companies
said on Wednesday. The deal, which still requires approval from competition
regulators, will give Marchetti & Hale control of its own cutting and polishing
operation for the first time. Orsova, founded in 1962, employs about 380 people
and supplies stones to several independent jewellers in Europe. Marchetti & Hale
chief executive Delphine Arcos said the purchase would "secure our supply of
ethically sourced stones for the next decade". Orsova's current managing
director, Pieter Van Damme, will remain in his role and join Marchetti & Hale's
executive committee. The transaction is expected to close in the first quarter of
next year.
"""),
        candidate=T("""
Belgian diamond cutter Orsova Gems has agreed to take over luxury jeweller
Marchetti & Hale in a €210m deal, the two companies announced on Wednesday.
Subject to clearance from competition regulators, the transaction will for the
first time give Marchetti & Hale its own cutting and polishing operation.
Family-owned Orsova was founded in 1962, has a workforce of around 380 and
supplies stones to a number of independent European jewellers. The purchase would
"secure our supply of ethically sourced stones for the next decade", said
Delphine Arcos, chief executive of Marchetti & Hale. Pieter Van Damme, Orsova's
managing director, is staying on and will also sit on Marchetti & Hale's
executive committee. Completion is expected in the first quarter of next year.
"""),
        errors=[
            E("Orsova Gems has agreed to take over luxury jeweller Marchetti & Hale",
              "role", "critical", "Marchetti & Hale has agreed to acquire Orsova Gems"),
        ],
        traps=[
            TR("€210m", "€210 million"),
            TR("has a workforce of around 380", "employs about 380 people"),
        ],
    ),
    # 5 ------------------------------------------------------------------
    dict(
        domain="karate", mode="rewrite",
        reference=T("""
The Northern Karate Union has suspended its head of refereeing, Graham
Ashdown-Pike, pending an investigation into scoring irregularities at last
month's regional championships in Wexmoor. The union said on Friday that it had
received 14 formal complaints from clubs about decisions in the kumite events,
most of them concerning the under-18 categories. An independent panel chaired by
retired judge Marian Tollervey will examine video footage from all three days of
the competition and is due to report within six weeks. Ashdown-Pike, who has held
the post since 2016, denies any wrongdoing. The union stressed that the
suspension was "a neutral act" and did not imply guilt. Results from the
championships will stand unless the panel recommends otherwise.
"""),
        candidate=T("""
Graham Ashdown-Pike, head of refereeing at the Northern Karate Union, has been
suspended pending an inquiry into scoring irregularities at the regional
championships held in Wexmoor last month. Clubs lodged 14 formal complaints about
decisions in the kumite events, the majority relating to the under-18
categories, the union said on Friday. Retired judge Marian Tollervey will chair
an independent panel that is to review video footage from each of the
competition's three days, with its report due within six weeks. Ashdown-Pike, in
the job since 2016, denies any wrongdoing. The suspension, the union emphasised,
was "a neutral act" and did not imply guilt. Unless the panel recommends
otherwise, the championship results will stand.
"""),
        errors=[],
        traps=[
            TR("the majority relating to the under-18 categories",
               "most of them concerning the under-18 categories"),
            TR("each of the competition's three days", "all three days of the competition"),
            TR("in the job since 2016", "who has held the post since 2016"),
            TR("The suspension, the union emphasised, was",
               "The union stressed that the suspension was"),
        ],
    ),
    # 6 ------------------------------------------------------------------
    dict(
        domain="kite festivals", mode="rewrite",
        reference=T("""
Organisers of the Sandholm Kite Festival have moved this year's event from the
beach to Cravenfield Park after coastal engineers warned that dune restoration
work would not be finished in time. The two-day festival, which drew about 25,000
spectators last year, will now take place on 23 and 24 August, a week later than
originally planned. Festival director Anneliese Korbach said the park could
accommodate the large display kites but that night-flying with illuminated kites
would not go ahead because of nearby housing. Parking will be limited, and
visitors are being urged to use a free shuttle bus from Sandholm station. Tickets
already bought remain valid for the new dates, and refunds are available until
31 July.
"""),
        candidate=T("""
The Sandholm Kite Festival is leaving the beach this year and will be held in
Cravenfield Park instead, after coastal engineers cautioned that dune restoration
work would not be completed in time. The two-day event, which attracted around
25,000 spectators last year, has been rescheduled for 23-24 August, a week
earlier than first planned. The park has room for the large display kites,
festival director Anneliese Korbach said, but night-flying with illuminated kites
has been dropped because of housing nearby. With parking limited, visitors are
being encouraged to take a free shuttle bus from Sandholm station. Tickets
already purchased will not be honoured on the new dates, though refunds can be
claimed until 31 July.
"""),
        errors=[
            E("a week earlier than first planned", "date", "major",
              "a week later than originally planned"),
            E("will not be honoured", "polarity", "major", "remain valid"),
        ],
        traps=[
            TR("23-24 August", "23 and 24 August"),
            TR("has been dropped", "would not go ahead"),
        ],
    ),
    # 7 ------------------------------------------------------------------
    dict(
        domain="laboratory equipment", mode="rewrite",
        reference=T("""
Pellworth Scientific, a maker of laboratory centrifuges and incubators, reported
revenue of $642 million for the year to 30 June, up 12 per cent on the previous
year. Operating profit rose to $88 million from $71 million, helped by strong
demand from hospital laboratories in Asia. The company said it would spend $40
million over the next three years expanding its plant in Greyhaven, creating
around 150 jobs. Chief financial officer Rukmini Das warned that higher prices
for stainless steel and electronic components were likely to weigh on margins in
the first half of the new financial year. The board proposed a final dividend of
18 cents a share, bringing the total for the year to 30 cents.
"""),
        candidate=T("""
Revenue at Pellworth Scientific, which makes laboratory centrifuges and
incubators, climbed 12 per cent to $642m in the twelve months ending 30 June.
Operating profit increased from $71m to $88m, boosted by strong demand from
hospital laboratories in Asia. Over the coming three years the company plans to
invest $40m in expanding its Greyhaven plant, which will create some 150 jobs.
Finance chief Rukmini Das cautioned that margins would probably come under
pressure in the first half of the new financial year from dearer stainless steel
and electronic components. A final dividend of 18 cents a share has been proposed
by the board, taking the full-year payout to 30 cents.
"""),
        errors=[],
        traps=[
            TR("in the twelve months ending 30 June", "for the year to 30 June"),
            TR("increased from $71m to $88m", "rose to $88 million from $71 million"),
            TR("Finance chief Rukmini Das", "Chief financial officer Rukmini Das"),
            TR("margins would probably come under pressure", "were likely to weigh on margins"),
            TR("taking the full-year payout to 30 cents",
               "bringing the total for the year to 30 cents"),
        ],
    ),
    # 8 ------------------------------------------------------------------
    dict(
        domain="language schools", mode="rewrite",
        reference=T("""
The Ministry of Education has proposed new accreditation rules for private
language schools that would require all teachers to hold a recognised teaching
qualification by September 2027. Under the draft regulations, published for
consultation on Tuesday, schools that fail to comply could lose their licence to
sponsor student visas. The ministry estimates that around 30 per cent of the
country's 410 private language schools currently employ at least some
unqualified staff. The Association of Independent Language Colleges said it
supported higher standards but warned that the deadline was "unrealistic" for
smaller schools. The consultation runs until 15 November, and the ministry said
the final rules may include a transition period for teachers already working in
the sector.
"""),
        candidate=T("""
Private language schools would have to ensure that all their teachers hold a
recognised teaching qualification by September 2027 under accreditation rules
proposed by the Ministry of Education. According to the draft regulations, which
were put out for consultation on Tuesday, schools failing to comply will lose
their licence to sponsor student visas. By the ministry's estimate, roughly three
in ten of the country's 410 private language schools currently have at least some
unqualified staff. While backing higher standards, the Association of Independent
Language Colleges warned that the deadline was "unrealistic" for smaller schools.
Comments can be submitted until 15 November, and the ministry said a transition
period for teachers already working in the sector might be included in the final
rules.
"""),
        errors=[
            E("will lose their licence", "modality", "major", "could lose their licence"),
        ],
        traps=[
            TR("roughly three in ten", "around 30 per cent"),
            TR("Comments can be submitted until 15 November",
               "The consultation runs until 15 November"),
            TR("might be included in the final rules", "the final rules may include"),
        ],
    ),
    # 9 ------------------------------------------------------------------
    dict(
        domain="lifeboats", mode="rewrite",
        reference=T("""
A volunteer lifeboat crew from Penmarrow rescued four people from a yacht that
lost its mast in heavy seas off Gullet Point on Saturday evening. The crew
launched at 7.40pm after the coastguard received a mayday call and reached the
vessel about 25 minutes later, in winds gusting to 45 knots. The yacht, a
10-metre sloop registered in France, was towed back to Penmarrow harbour,
arriving shortly after midnight. None of those on board was seriously injured,
although one man was treated for mild hypothermia by paramedics on the quayside.
Coxswain Bethan Trewhella said the sailors had done "exactly the right thing" by
wearing lifejackets and calling for help early. It was the station's 31st launch
of the year.
"""),
        candidate=T("""
Four people were rescued on Saturday evening by Penmarrow's volunteer lifeboat
crew after their yacht was dismasted in heavy seas off Gullet Point. Following a
mayday call to the coastguard, the lifeboat launched at 19:40 and was alongside
the vessel roughly 25 minutes later, with winds gusting up to 45 knots. The
French-registered yacht, a 10-metre sloop, was towed to Penmarrow harbour, which
it reached just after midnight. Nobody on board suffered serious injury, though
paramedics treated one man on the quayside for mild hypothermia. According to
coxswain Bethan Trewhella, the sailors did "exactly the right thing" in wearing
lifejackets and raising the alarm early. The call-out was the station's 31st this
year.
"""),
        errors=[],
        traps=[
            TR("19:40", "7.40pm"),
            TR("was dismasted", "lost its mast"),
            TR("French-registered", "registered in France"),
            TR("Nobody on board suffered serious injury",
               "None of those on board was seriously injured"),
            TR("The call-out was the station's 31st this year",
               "It was the station's 31st launch of the year"),
        ],
    ),
    # 10 -----------------------------------------------------------------
    dict(
        domain="lighthouses", mode="rewrite",
        reference=T("""
The Coastal Heritage Trust has bought the decommissioned Skarrow Head lighthouse
from the Maritime Lights Board for £1.15 million and plans to open it to the
public in spring 2026. The 38-metre tower, completed in 1871, was automated in
1989 and switched off permanently three years ago when a new beacon was installed
on the headland. Trust chairman Alistair Brennan said the keepers' cottages would
be converted into a small museum and holiday lets to help fund maintenance.
According to a survey commissioned by the board, the lantern room needs urgent
repairs to its ironwork, estimated at £300,000. The trust has launched a public
appeal to raise the money and has so far received pledges of £85,000.
"""),
        candidate=T("""
The decommissioned Skarrow Head lighthouse has been sold by the Maritime Lights
Board to the Coastal Heritage Trust for £1.5m, with the trust planning to open it
to visitors in spring 2026. Completed in 1871, the 38-metre tower was automated
in 1989 and permanently switched off three years ago, when a new beacon was
installed on the headland. The former keepers' cottages will become a small
museum and holiday lets, helping to pay for upkeep, trust chairman Alistair
Brennan said. He said the ironwork of the lantern room needed urgent repairs,
estimated to cost £300,000. A public appeal has been launched to raise the sum,
and £85,000 has been pledged so far.
"""),
        errors=[
            E("£1.5m", "number", "major", "£1.15 million"),
            E("He said", "attribution", "major",
              "According to a survey commissioned by the board"),
        ],
        traps=[
            TR("open it to visitors", "open it to the public"),
            TR("helping to pay for upkeep", "to help fund maintenance"),
        ],
    ),
    # 11 -----------------------------------------------------------------
    dict(
        domain="lumber yards", mode="rewrite",
        reference=T("""
A fire that broke out at the Holloway Timber yard in Ashbridge early on Sunday
destroyed two storage sheds and an estimated 900 cubic metres of sawn softwood,
the regional fire service said. Crews were called at about 3.15am and at the
height of the blaze 60 firefighters and 12 appliances were at the scene.
Residents of around 40 nearby homes were advised to keep windows and doors closed
because of heavy smoke. No one was hurt. Station manager Colin Mbeki said the
fire was brought under control by mid-morning but that crews were likely to
remain on site until Monday to damp down hotspots. The cause is not yet known
and an investigation has begun. The yard's owner said deliveries to customers
would be delayed by at least a week.
"""),
        candidate=T("""
Two storage sheds and some 900 cubic metres of sawn softwood were destroyed when
fire swept through the Holloway Timber yard in Ashbridge in the early hours of
Sunday, according to the regional fire service. Firefighters were called out at
around 3.15am; at its peak, 60 firefighters and 12 appliances were tackling the
blaze. Because of heavy smoke, people living in about 40 homes nearby were
advised to keep their windows and doors shut. There were no injuries. The fire
had been brought under control by mid-morning, station manager Colin Mbeki said,
though crews would probably stay on site until Monday damping down hotspots. An
investigation into the cause, which has not yet been established, is under way.
Deliveries to customers will be held up by a week at minimum, the yard's owner
said.
"""),
        errors=[],
        traps=[
            TR("some 900 cubic metres", "an estimated 900 cubic metres"),
            TR("in the early hours of Sunday", "early on Sunday"),
            TR("There were no injuries", "No one was hurt"),
            TR("crews would probably stay on site", "crews were likely to remain on site"),
            TR("by a week at minimum", "by at least a week"),
        ],
    ),
    # 12 -----------------------------------------------------------------
    dict(
        domain="marathons", mode="rewrite",
        reference=T("""
Kenyan runner Joseph Kiprono won the Haverdale Marathon on Sunday in 2 hours 6
minutes 41 seconds, breaking the course record by 38 seconds. Ethiopia's Abebe
Wolde finished second, 12 seconds behind, while last year's winner, Tomasz
Rybka, was third. In the women's race, Miriam Otieno retained her title in
2:22:15. Organisers said 18,400 runners started the race, a record for the
event, and that warm conditions led to 140 people being treated by medical staff,
most for dehydration. Race director Fiona Calloway said extra water stations
added this year had "made a real difference". The marathon raised an estimated
£3.2 million for charity.
"""),
        candidate=T("""
Joseph Kiprono of Kenya took the Haverdale Marathon on Sunday in 2:06:41, setting
a new course record by 38 seconds. Twelve seconds back in second place was
Ethiopia's Abebe Wolde, with defending champion Tomasz Rybka in third. Fiona
Otieno successfully defended the women's title in 2:22:15, setting a new course
record by 38 seconds. A record field of 18,400 runners started the race,
organisers said, and 140 people needed treatment from medical staff in the warm
conditions, most of them for dehydration. Extra water stations introduced this
year "made a real difference", according to race director Fiona Calloway. An
estimated £3.2m was raised for charity.
"""),
        errors=[
            E("Fiona Otieno", "entity", "major", "Miriam Otieno"),
            E("setting a new course record by 38 seconds", "repetition", "major", None, occ=1),
        ],
        traps=[
            TR("with defending champion Tomasz Rybka in third",
               "last year's winner, Tomasz Rybka, was third"),
            TR("A record field of 18,400 runners started the race",
               "18,400 runners started the race, a record for the event"),
        ],
    ),
    # 13 -----------------------------------------------------------------
    dict(
        domain="marinas", mode="rewrite",
        reference=T("""
Plans to expand Port Elvery marina by 220 berths have been approved by the county
planning committee, despite objections from local fishermen. The £14 million
scheme, put forward by operator Bluewater Harbours, includes a new breakwater, a
boatyard with a 75-tonne travel hoist and a two-storey facilities building.
Fishermen had argued that the breakwater would restrict access to the harbour's
inner moorings at low tide. The committee voted seven to four in favour after the
developer agreed to fund a dredging programme and to reserve 20 berths for
commercial fishing boats at reduced rates. Construction is expected to begin next
spring and to take about 18 months. The marina currently has 310 berths and a
waiting list of more than 200 boat owners.
"""),
        candidate=T("""
Bluewater Harbours has won approval from the county planning committee to add
220 berths at Port Elvery marina, overcoming objections from local fishermen. The
£14m project features a new breakwater, a two-storey facilities building and a
boatyard equipped with a 75-tonne travel hoist. According to the fishermen, the
breakwater would make it harder to reach the harbour's inner moorings at low
tide. Committee members backed the plan by seven votes to four once the operator
had agreed to pay for dredging and to set aside 20 berths for commercial fishing
vessels at discounted rates. Work is likely to start next spring and should last
around a year and a half. At present the marina has 310 berths, with over 200
boat owners on its waiting list.
"""),
        errors=[],
        traps=[
            TR("by seven votes to four", "seven to four in favour"),
            TR("set aside 20 berths", "reserve 20 berths"),
            TR("Work is likely to start next spring", "Construction is expected to begin next spring"),
            TR("around a year and a half", "about 18 months"),
            TR("with over 200 boat owners on its waiting list",
               "a waiting list of more than 200 boat owners"),
        ],
    ),
    # 14 -----------------------------------------------------------------
    dict(
        domain="market gardens", mode="rewrite",
        reference=T("""
A cooperative of 23 market gardeners on the edge of Tillbrook Fen has signed a
two-year contract to supply fresh vegetables to the district's four hospitals,
the local health trust said on Tuesday. Under the agreement, the Fenside Growers
Cooperative will deliver around 12 tonnes of seasonal produce a month, including
salad leaves, carrots, leeks and brassicas. The trust said the contract would cut
the distance its vegetables travel by an average of 300 miles and was worth about
£420,000 a year. Cooperative chair Hannah Lisowski said members had invested in
a shared cold store to meet hospital hygiene standards. The trust plans to extend
the arrangement to its care homes if the pilot is judged a success.
"""),
        candidate=T("""
A cooperative of 23 market gardeners on the edge of Tillbrook Fen has renewed its
two-year contract to supply the district's four hospitals with fresh vegetables,
the local health trust announced on Tuesday. The Fenside Growers Cooperative is
to deliver roughly 12 tonnes of seasonal produce each month, among them salad
leaves, carrots, leeks and brassicas. Worth around £420,000 annually, the deal
will reduce the distance the trust's vegetables travel by 300 miles on average,
the trust said. Hannah Lisowski, who chairs the cooperative, said members had
invested in a shared cold store so as to meet hospital hygiene standards. If the
pilot is judged a success, the trust intends to extend the arrangement to its
care homes.
"""),
        errors=[
            E("has renewed its two-year contract", "event", "major",
              "has signed a two-year contract"),
        ],
        traps=[
            TR("Worth around £420,000 annually", "worth about £420,000 a year"),
            TR("by 300 miles on average", "by an average of 300 miles"),
        ],
    ),
    # 15 -----------------------------------------------------------------
    dict(
        domain="meat processing", mode="rewrite",
        reference=T("""
Food safety inspectors have ordered the temporary closure of a meat processing
plant operated by Grindel Foods in Stanmoor after finding failures in temperature
control and cleaning procedures. The Food Standards Directorate said on Wednesday
that the plant, which processes about 2,000 pigs a week, must remain shut until
it passes a follow-up inspection. No contaminated products are known to have
reached consumers, the directorate said, but retailers supplied by the site have
been asked to check stock produced after 2 May. Grindel Foods said it was
"cooperating fully" and had suspended two supervisors pending an internal
review. About 260 workers at the plant will continue to be paid during the
closure, the company added.
"""),
        candidate=T("""
Grindel Foods' meat processing plant in Stanmoor has been temporarily closed on
the orders of food safety inspectors, who found failings in its temperature
control and cleaning procedures. The plant, which handles roughly 2,000 pigs each
week, must stay shut until it clears a follow-up inspection, the Food Standards
Directorate said on Wednesday. The directorate said it was not aware of any
contaminated products reaching consumers, but retailers supplied by the site have
been asked to check any stock produced after 2 May. The company said it was
"cooperating fully" and that two supervisors had been suspended while it carried
out an internal review. Some 260 employees at the plant will go on receiving
their wages while it is shut, Grindel added.
"""),
        errors=[],
        traps=[
            TR("on the orders of food safety inspectors", "Food safety inspectors have ordered"),
            TR("handles roughly 2,000 pigs each week", "processes about 2,000 pigs a week"),
            TR("not aware of any contaminated products reaching consumers",
               "No contaminated products are known to have reached consumers"),
            TR("while it carried out an internal review", "pending an internal review"),
            TR("will go on receiving their wages", "will continue to be paid"),
        ],
    ),
    # 16 -----------------------------------------------------------------
    dict(
        domain="microbreweries", mode="rewrite",
        reference=T("""
Microbrewery Hopwright Ales has raised £1.6 million from more than 2,300
investors through a crowdfunding campaign, beating its £1 million target with a
week to spare. The Lenfield-based brewer, founded in 2014 by former chemistry
teachers Owen Pryce and Marta Kowal, said the money would pay for a new canning
line and a second taproom. Investors will receive an equity stake together with
discounts on beer and merchandise. The company reported sales of £2.9 million
last year and said it expects to double production capacity by the end of 2025.
Pryce said the response showed "how much people care about independent
brewing", at a time when rising energy costs have forced several small breweries
in the region to close.
"""),
        candidate=T("""
Hopwright Ales, a microbrewery based in Lenfield, has pulled in £1.6m from over
2,300 investors in a crowdfunding campaign, clearing its £1m goal a week before
the deadline. Former chemistry teachers Owen Pryce and Marta Kowal set up the
brewer in 2014; it says the funds will go on a new canning line and a second
taproom. In return, investors get an equity stake plus discounts on beer and
merchandise. Last year, its first profitable one, the company posted sales of
£2.9m, and it expects production capacity to double by the end of 2025. The
response showed "how much people care about independent brewing", Pryce said, at
a time when several small breweries in the region have shut because of rising
energy costs.
"""),
        errors=[
            E("its first profitable one", "addition", "major", None),
        ],
        traps=[
            TR("clearing its £1m goal", "beating its £1 million target"),
            TR("a week before the deadline", "with a week to spare"),
        ],
    ),
    # 17 -----------------------------------------------------------------
    dict(
        domain="mobile banking", mode="rewrite",
        reference=T("""
Corvane Bank said on Thursday that its mobile banking app had been restored after
an outage that left customers unable to log in or make payments for about nine
hours. The problem began at around 6am and was caused by a faulty software update
to the bank's authentication system, not by a cyber attack, the bank said. Card
payments and cash machines were not affected. Chief operating officer Lina Haddad
apologised to customers and said anyone who had incurred late payment charges as
a result would be compensated. The bank has around 3.4 million active app users.
The Financial Conduct Office said it was in contact with the bank and would
"consider whether further action is needed".
"""),
        candidate=T("""
Customers of Corvane Bank were unable to log in to its mobile app or make
payments for roughly nine hours before service was restored, the bank said on
Thursday. The outage, which started at about 6am, was triggered by a faulty
software update to its authentication system rather than a cyber attack,
according to the bank. Card payments and ATMs continued to work normally. Lina
Haddad, the chief operating officer, apologised and promised compensation for
anyone who had been hit with late payment charges because of the disruption.
Around 3.4 million people actively use the bank's app. The Financial Conduct
Office said it was in touch with Corvane and would "consider whether further
action is needed".
"""),
        errors=[],
        traps=[
            TR("rather than a cyber attack", "not by a cyber attack"),
            TR("ATMs continued to work normally", "cash machines were not affected"),
            TR("Around 3.4 million people actively use the bank's app",
               "The bank has around 3.4 million active app users"),
            TR("in touch with Corvane", "in contact with the bank"),
        ],
    ),
    # 18 -----------------------------------------------------------------
    dict(
        domain="model railways", mode="rewrite",
        reference=T("""
The Wrenfield Model Railway Society will hold its annual exhibition at the town's
Corn Exchange on 8 and 9 March, after two years at a temporary venue. More than
30 layouts will be on display, including a 14-metre replica of the former
Wrenfield to Oxley branch line, which took members six years to build. The
society, founded in 1958, has 140 members. Exhibition manager Derek Salt, who
took over the role from Margaret Pell last year, said the event would also
feature a workshop where younger visitors can learn to solder track and wire
signals. Proceeds will go to the society's fund for a permanent clubroom. Entry
costs £8 for adults, and children under 12 go free when accompanied by an adult.
"""),
        candidate=T("""
After two years at a temporary venue, the Wrenfield Model Railway Society's
annual exhibition will be held at the town's Corn Exchange on 8-9 March. Over 30
layouts will be shown, among them a 14-metre model of the former branch line
between Wrenfield and Oxley that members spent six years building. Founded in
1985, the society has 140 members. There will also be a workshop at which younger
visitors can learn how to solder track and wire signals, said Derek Salt, who
handed the role of exhibition manager to Margaret Pell last year. Money raised
will go towards the society's fund for a permanent clubroom. Adults pay £8 to get
in, while under-12s accompanied by an adult are admitted free.
"""),
        errors=[
            E("Founded in 1985", "date", "minor", "founded in 1958"),
            E("Derek Salt, who handed the role of exhibition manager to Margaret Pell",
              "role", "major", "Derek Salt, who took over the role from Margaret Pell"),
        ],
        traps=[
            TR("8-9 March", "8 and 9 March"),
            TR("under-12s accompanied by an adult are admitted free",
               "children under 12 go free when accompanied by an adult"),
        ],
    ),
    # 19 -----------------------------------------------------------------
    dict(
        domain="motorsport", mode="rewrite",
        reference=T("""
The organisers of the Carnmoor Rally have cancelled Saturday's final two stages
after a spectator was injured when a car left the road near the village of
Pelstow. The 34-year-old man was airlifted to hospital with a broken leg and his
condition is described as stable. The car, driven by Aaron Feld and co-driver
Ines Matoso, slid off a gravel bend at an estimated 90 km/h. Neither crew member
was hurt. Clerk of the course Gareth Penhallow said the spectator had been
standing in an area marked as prohibited and that marshals had asked people to
move minutes earlier. Final results were declared on the standings after stage
14, giving victory to Rhys Carrow. Motorsport Governing Council officials will
review the incident.
"""),
        candidate=T("""
A spectator was hurt when a car came off the road near the village of Pelstow,
prompting the organisers of the Carnmoor Rally to call off Saturday's final two
stages. The injured man, aged 34, was flown to hospital with a broken leg and is
said to be in a stable condition. Aaron Feld and his co-driver Ines Matoso were
uninjured after their car slid off a gravel bend at what was estimated to be 90
km/h. Gareth Penhallow, the clerk of the course, said the man had been standing
in an area marked as a no-go zone and that marshals had asked people to move
minutes earlier. Rhys Carrow was declared the winner, with the final
classification based on the standings after stage 14. Officials from the
Motorsport Governing Council will review the incident.
"""),
        errors=[],
        traps=[
            TR("call off Saturday's final two stages", "cancelled Saturday's final two stages"),
            TR("aged 34", "The 34-year-old man"),
            TR("was flown to hospital", "was airlifted to hospital"),
            TR("were uninjured", "Neither crew member was hurt"),
            TR("Rhys Carrow was declared the winner", "giving victory to Rhys Carrow"),
        ],
    ),
    # 20 -----------------------------------------------------------------
    dict(
        domain="mushroom farming", mode="rewrite",
        reference=T("""
Greenhollow Mushrooms, the country's second-largest mushroom grower, has opened a
new £22 million growing facility near Fenwick Cross that will increase its
output by about a third. The site, which has 48 climate-controlled growing rooms,
is expected to produce 9,000 tonnes of chestnut and white button mushrooms a year
once fully operational. Managing director Rachel Oyelaran said the company had
struggled to recruit pickers since 2021 and that the new facility would use
semi-automated harvesting for the first time. She said no existing jobs would be
lost as a result. The facility will initially employ 120 people, rising to 200
by 2026. Around 70 per cent of the company's mushrooms are sold to three major
supermarket chains.
"""),
        candidate=T("""
Greenhollow Mushrooms, the second-biggest mushroom grower in the country, has
opened a £22m growing facility near Fenwick Cross that will lift its output by
roughly a third. Once running at full capacity, the site's 48 climate-controlled
growing rooms should produce 9,000 tonnes a year of chestnut and white button
mushrooms. According to managing director Rachel Oyelaran, the company has found
it hard to recruit pickers since 2021, and the new facility will be its first to
use semi-automated harvesting. She said existing jobs would be lost as a result.
Initially 120 people will work at the facility, a figure set to reach 200 by
2026. Three major supermarket chains buy about 70 per cent of Greenhollow's
mushrooms.
"""),
        errors=[
            E("said existing jobs would be lost", "polarity", "critical",
              "no existing jobs would be lost"),
        ],
        traps=[
            TR("lift its output by roughly a third", "increase its output by about a third"),
            TR("should produce 9,000 tonnes", "is expected to produce 9,000 tonnes"),
        ],
    ),
    # 21 -----------------------------------------------------------------
    dict(
        domain="noise regulation", mode="summary",
        reference=T("""
The city of Valbrook will introduce tougher noise rules for bars and restaurants
with outdoor seating from 1 June, the city council announced on Monday. Under the
new bylaw, amplified music on terraces must stop at 10pm from Sunday to Thursday
and at 11pm on Fridays and Saturdays, one hour earlier than under the current
rules. Venues that breach the limits three times within twelve months could have
their terrace licence suspended for up to 30 days. The council said it had
received 1,260 noise complaints last year, almost double the figure for 2021,
most of them from residents of the old town. The Valbrook Hospitality Association
criticised the measures, saying they could cost its members up to 15 per cent of
summer revenue. Council officials said the rules would be reviewed after one
year.
"""),
        candidate=T("""
From 1 June, Valbrook's bars and restaurants will have to end amplified music on
their terraces an hour earlier than now, at 10pm from Sunday to Thursday and 11pm
on Fridays and Saturdays. Three breaches within a year could bring a terrace
licence suspension of as long as 30 days. The council cited 1,260 noise
complaints last year, nearly twice the 2021 figure. The hospitality association
warned that members could lose up to 15 per cent of summer revenue. The rules
will be reviewed after a year.
"""),
        errors=[],
        traps=[
            TR("an hour earlier than now", "one hour earlier than under the current rules"),
            TR("Three breaches within a year", "breach the limits three times within twelve months"),
            TR("as long as 30 days", "up to 30 days"),
            TR("nearly twice the 2021 figure", "almost double the figure for 2021"),
        ],
    ),
    # 22 -----------------------------------------------------------------
    dict(
        domain="olive oil", mode="summary",
        reference=T("""
Olive oil production in the Serrano Alto region is expected to fall by about 40
per cent this year after a prolonged drought and a heatwave during flowering, the
regional growers' federation said on Friday. The federation forecasts output of
68,000 tonnes, compared with 114,000 tonnes last season. Prices paid to
producers for extra virgin oil have already risen to a record €8.90 per litre,
up from €5.20 a year ago. Federation president Ramón Ibarra said many small
growers were struggling to cover irrigation costs and called on the government
to extend emergency drought aid. Exporters warned that supermarket shelf prices
abroad were likely to rise further in the coming months.
"""),
        candidate=T("""
Drought and a heatwave during flowering are expected to cut olive oil output in
Serrano Alto by around 40 per cent, to 68,000 tonnes from 114,000 last season,
the regional growers' federation says, the lowest harvest in two decades.
Producer prices for extra virgin oil have already climbed by almost 40 per cent
to a record €8.90 a litre. The federation is calling for emergency drought aid to
be extended, and exporters expect shelf prices abroad to rise further.
"""),
        errors=[
            E("the lowest harvest in two decades", "addition", "minor", None),
            E("by almost 40 per cent", "number", "major", "up from €5.20 a year ago"),
        ],
        traps=[
            TR("is calling for emergency drought aid to be extended",
               "called on the government to extend emergency drought aid"),
        ],
    ),
    # 23 -----------------------------------------------------------------
    dict(
        domain="organ donation", mode="summary",
        reference=T("""
The number of organ transplants carried out in the country rose to 4,870 last
year, an increase of 9 per cent, according to figures published on Tuesday by
the National Transplant Service. The rise was driven mainly by living kidney
donations, which reached a record 1,320. However, the family consent rate for
deceased donation fell slightly, to 61 per cent from 63 per cent, and around
6,900 people remain on the waiting list. Medical director Dr Ewan Fairclough said
the fall in consent was "a real concern" and that the service would launch a
public awareness campaign in the autumn, aimed particularly at younger adults.
Since the introduction of the opt-out system four years ago, the number of
registered donors has grown by 1.8 million.
"""),
        candidate=T("""
Transplants rose by 9 per cent to 4,870 last year, National Transplant Service
figures show, largely thanks to a record 1,320 living kidney donations. But
families agreed to deceased donation in 61 per cent of cases, down from 63 per
cent, and some 6,900 people are still waiting for an organ. Calling the drop "a
real concern", medical director Dr Ewan Fairclough said a public awareness
campaign targeting younger adults in particular would begin in the autumn.
"""),
        errors=[],
        traps=[
            TR("largely thanks to", "driven mainly by"),
            TR("families agreed to deceased donation in 61 per cent of cases",
               "the family consent rate for deceased donation fell slightly, to 61 per cent"),
            TR("some 6,900 people are still waiting for an organ",
               "around 6,900 people remain on the waiting list"),
            TR("targeting younger adults in particular", "aimed particularly at younger adults"),
        ],
    ),
    # 24 -----------------------------------------------------------------
    dict(
        domain="orienteering", mode="summary",
        reference=T("""
Greta Holmvik of the Fellrunners Orienteering Club won the women's elite title
at the National Orienteering Championships in Skelderby Forest on Sunday,
finishing the 9.4-kilometre long-distance course in 71 minutes. Her clubmate Ida
Strand took silver, four minutes behind. The men's race was won by Piotr Zaleski
of Ridgeway OC, who recovered from a navigation error at the seventh control to
beat defending champion Callum Reith by 48 seconds. Around 1,100 competitors took
part across all age classes. Event organiser Northfell Orienteering said heavy
overnight rain had made several parts of the forest "extremely boggy", and two
controls were moved on safety grounds.
"""),
        candidate=T("""
Greta Holmvik won the women's elite title at the National Orienteering
Championships in Skelderby Forest on Sunday, covering the 9.4km long-distance
course in 71 minutes, four minutes clear of clubmate Ida Strand. The men's title
went to Piotr Zaleski of Fellrunners OC, who overcame a navigation error at the
seventh control to beat defending champion Callum Reith by 48 seconds. Heavy
overnight rain left parts of the forest "extremely boggy" and two controls were
moved for safety.
"""),
        errors=[
            E("Fellrunners OC", "entity", "major", "Ridgeway OC"),
        ],
        traps=[
            TR("four minutes clear of clubmate Ida Strand",
               "Her clubmate Ida Strand took silver, four minutes behind"),
            TR("moved for safety", "moved on safety grounds"),
        ],
    ),
    # 25 -----------------------------------------------------------------
    dict(
        domain="packaging", mode="summary",
        reference=T("""
Packaging manufacturer Tressler Group will close its plastic film factory in
Harwick Vale by the end of next year and move production to a new plant in
Poland, putting 310 jobs at risk, the company confirmed on Wednesday. Tressler
said demand for single-use plastic film had fallen by a quarter over five years
as retailers switched to paper and recyclable alternatives. The company will
invest €55 million in the Polish site, which is designed to produce recyclable
mono-material films. Union representative Karen Oduya said workers had been
"blindsided" and that the union would push for redeployment and enhanced
redundancy terms. Tressler said it would offer some staff roles at its cardboard
plant in nearby Elmsby, but did not say how many.
"""),
        candidate=T("""
Tressler Group has confirmed it will shut its Harwick Vale plastic film factory
by the end of next year, putting 310 jobs in jeopardy, and move production to a
new €55m plant in Poland designed to make recyclable mono-material films. The
packaging firm said demand for single-use plastic film had dropped by 25 per cent
in five years. The union said staff had been "blindsided" and would press for
redeployment and better redundancy terms. Tressler says it will offer some staff
jobs at its nearby Elmsby cardboard plant, without saying how many.
"""),
        errors=[],
        traps=[
            TR("putting 310 jobs in jeopardy", "putting 310 jobs at risk"),
            TR("dropped by 25 per cent", "fallen by a quarter"),
            TR("better redundancy terms", "enhanced redundancy terms"),
            TR("without saying how many", "but did not say how many"),
        ],
    ),
    # 26 -----------------------------------------------------------------
    dict(
        domain="parking enforcement", mode="summary",
        reference=T("""
Brackenford Borough Council is considering a plan to replace its 45 parking
wardens with camera cars and automatic number plate recognition, according to a
report to be discussed by councillors next week. The report estimates the change
could save £1.1 million a year and increase the number of penalty notices issued
by about 30 per cent. Council leader Andrew Thorne said no decision had been
taken and that wardens would be offered retraining if the plan went ahead. The
wardens' union, Unified Public Workers, said it would oppose any compulsory
redundancies. Campaign group Fair Parking Brackenford argued that camera
enforcement was "a revenue-raising exercise" and called for the money to be
spent on improving bus services. If approved, the scheme would start in April.
"""),
        candidate=T("""
Brackenford Borough Council is to replace its 45 parking wardens with camera cars
and number plate recognition, a move a report says could save £1.1m a year and
lift penalty notices by about 30 per cent. Wardens would be offered retraining,
and their union says it will fight any compulsory redundancies. Campaigners call
camera enforcement "a revenue-raising exercise". If approved, the scheme would
start in April and could save £1.1m a year.
"""),
        errors=[
            E("is to replace", "modality", "critical", "is considering a plan to replace"),
            E("could save £1.1m a year", "repetition", "minor", None, occ=1),
        ],
        traps=[
            TR("lift penalty notices by about 30 per cent",
               "increase the number of penalty notices issued by about 30 per cent"),
            TR("will fight any compulsory redundancies", "would oppose any compulsory redundancies"),
        ],
    ),
    # 27 -----------------------------------------------------------------
    dict(
        domain="pet food", mode="summary",
        reference=T("""
Pet food maker Whiskerby Ltd has recalled three batches of its dry cat food after
routine tests found vitamin D levels above the permitted maximum, the company
said on Saturday. The affected products are 2kg bags of Whiskerby Salmon Crunch
with best-before dates of 14, 15 and 16 November next year. Excess vitamin D can
cause vomiting, loss of appetite and, in severe cases, kidney damage in cats. The
company said it had received no reports of illness but advised owners to stop
feeding the product and return it to the shop for a full refund. The problem has
been traced to a premix supplied by a third-party manufacturer, which Whiskerby
said it had stopped using. Around 18,000 bags are thought to have been sold.
"""),
        candidate=T("""
Whiskerby has recalled three batches of 2kg Salmon Crunch dry cat food, best
before 14 to 16 November next year, after tests showed vitamin D above the
permitted level. Too much vitamin D can make cats vomit and lose their appetite
and, at worst, damage their kidneys. No illnesses have been reported, the firm
said; owners should stop feeding the product and take it back to the shop for a
full refund. Whiskerby has stopped using the outside supplier's premix blamed for
the fault. An estimated 18,000 bags have been sold.
"""),
        errors=[],
        traps=[
            TR("best before 14 to 16 November next year",
               "best-before dates of 14, 15 and 16 November next year"),
            TR("at worst, damage their kidneys", "in severe cases, kidney damage"),
            TR("the outside supplier's premix", "a premix supplied by a third-party manufacturer"),
            TR("An estimated 18,000 bags have been sold",
               "Around 18,000 bags are thought to have been sold"),
        ],
    ),
    # 28 -----------------------------------------------------------------
    dict(
        domain="piano makers", mode="summary",
        reference=T("""
Piano maker Albrecht & Sohn, which has built instruments in the town of Kellenau
since 1853, is to be sold to Asian investment group Meridian Crest, the family
owners said on Tuesday. The company produces around 400 grand and upright pianos
a year and employs 95 people, many of them specialist craftsmen. Managing
director Katrin Albrecht, the sixth generation of the family to run the firm,
will stay on for at least three years. Meridian Crest has pledged to keep
production in Kellenau and to invest in a new training workshop for apprentices.
The price was not disclosed. Sales fell by 18 per cent during the pandemic but
have since recovered, helped by strong demand from China and South Korea.
"""),
        candidate=T("""
Albrecht & Sohn, which has been making pianos in Kellenau since 1853, is being
sold by its family owners to Asian investment group Meridian Crest for an
undisclosed sum. The firm builds about 400 pianos a year, employs 95 people and
has recovered from an 18 per cent pandemic sales slump. Managing director Katrin
Albrecht, the sixth generation of her family to lead it, will step down after
three years. The buyers have promised to keep production in Kellenau and invest
in an apprentice training workshop.
"""),
        errors=[
            E("will step down after three years", "event", "major",
              "will stay on for at least three years"),
        ],
        traps=[
            TR("for an undisclosed sum", "The price was not disclosed"),
            TR("an 18 per cent pandemic sales slump", "Sales fell by 18 per cent during the pandemic"),
            TR("The buyers have promised", "Meridian Crest has pledged"),
        ],
    ),
    # 29 -----------------------------------------------------------------
    dict(
        domain="plant nurseries", mode="summary",
        reference=T("""
Plant health inspectors have banned Pemberdown Nurseries, one of the region's
largest wholesale growers, from moving any rhododendrons or viburnums off its
site after the pathogen Phytophthora ramorum was confirmed in a batch of
rhododendrons on 3 April. About 4,500 infected or at-risk plants will be
destroyed, and the restriction will remain in place for at least three months
while further testing is carried out. The nursery supplies garden centres and
landscaping firms across the region. The Plant Health Agency said there was no
evidence that the disease had spread beyond the site but urged customers who had
bought rhododendrons from Pemberdown since February to check them for leaf spots
and shoot dieback. Owner Graham Whitlock said the business would lose about
£200,000 in sales.
"""),
        candidate=T("""
Inspectors have barred Pemberdown Nurseries, a major regional wholesale grower,
from moving rhododendrons or viburnums off its site for at least three months
after Phytophthora ramorum was confirmed in rhododendrons there on 3 April.
Around 4,500 infected or at-risk plants are to be destroyed. There is no sign the
disease has spread beyond the nursery, the Plant Health Agency said, but it urged
anyone who bought Pemberdown rhododendrons from February onwards to check them for
leaf spots and shoot dieback. The owner expects to lose roughly £200,000 of
sales.
"""),
        errors=[],
        traps=[
            TR("a major regional wholesale grower", "one of the region's largest wholesale growers"),
            TR("There is no sign the disease has spread beyond the nursery",
               "there was no evidence that the disease had spread beyond the site"),
            TR("from February onwards", "since February"),
            TR("roughly £200,000 of sales", "about £200,000 in sales"),
        ],
    ),
    # 30 -----------------------------------------------------------------
    dict(
        domain="playgrounds", mode="summary",
        reference=T("""
Eastmere Town Council has closed five playgrounds after an independent safety
audit found faults including rotten timber, loose bolts and worn safety
surfacing. The audit, carried out by inspection firm PlaySafe Assessors, rated
two of the sites as "high risk". Council spokeswoman Julia Penrose said repairs
would cost about £95,000 and that the playgrounds would reopen in stages over the
summer. Parents' group Eastmere Families for Play said the closures had left
children in the northern half of the town with no playground within walking
distance and accused the council of "years of neglect". The council rejected the
criticism, saying it had spent £310,000 on play areas in the past five years.
"""),
        candidate=T("""
Eastmere Town Council has shut five playgrounds after an independent audit found
rotten timber, loose bolts and worn safety surfacing, rating two sites "high
risk". The auditors put the cost of repairs at around £95,000, and the council
says the playgrounds will reopen in stages over the summer. A parents' group
accused the council of "years of neglect", saying children in the north of the
town have no playground within walking distance; the council points to £310,000
spent on play areas over five years.
"""),
        errors=[
            E("The auditors", "attribution", "major", "Council spokeswoman Julia Penrose said"),
        ],
        traps=[
            TR("in the north of the town", "in the northern half of the town"),
            TR("the council points to £310,000 spent on play areas over five years",
               "saying it had spent £310,000 on play areas in the past five years"),
        ],
    ),
    # 31 -----------------------------------------------------------------
    dict(
        domain="pottery", mode="translation",
        reference=T("""
The ceramics cooperative of Vila Serrada has received a European grant of
480,000 euros to modernise its wood-fired kilns, its president, Mariana Couto,
announced on Thursday. The cooperative, which brings together 26 potters, will
use the funds to install filters that reduce smoke emissions by up to 70 per
cent, a requirement of the new environmental regulations that come into force in
2026. "Without this support, half of our workshops would have had to close,"
Couto said. The village's black pottery, produced using a technique dating back
more than four centuries, was added to the national intangible heritage register
in 2019. The work on the kilns will begin in January and should be completed
before the summer.
"""),
        candidate=T("""
The pottery cooperative in Vila Serrada has been awarded €480,000 in European
funding to upgrade its wood-burning kilns, cooperative president Mariana Couto
said on Thursday. The 26 potters who make up the cooperative will spend the money
on filters capable of cutting smoke emissions by as much as 70%, as required
under new environmental rules taking effect in 2026. "Half our workshops would
have been forced to shut without this help," said Couto. The village's black
pottery, made with a technique more than 400 years old, has been on the national
register of intangible heritage since 2019. Work on the kilns is due to start in
January and is expected to be finished before summer.
"""),
        errors=[],
        traps=[
            TR("€480,000 in European funding", "a European grant of 480,000 euros"),
            TR("by as much as 70%", "by up to 70 per cent"),
            TR("more than 400 years old", "dating back more than four centuries"),
            TR("has been on the national register of intangible heritage since 2019",
               "was added to the national intangible heritage register in 2019"),
            TR("is expected to be finished before summer", "should be completed before the summer"),
        ],
    ),
    # 32 -----------------------------------------------------------------
    dict(
        domain="printing presses", mode="translation",
        reference=T("""
The printing machine manufacturer Haberland Druckmaschinen will cut 650 of its
4,100 jobs in Germany by the end of 2025, the company announced in Offenstadt on
Monday. The reductions will mainly affect the production of sheet-fed offset
presses, for which demand has fallen sharply since the pandemic. Chief executive
Ulrike Brandes said the company wanted to avoid compulsory redundancies wherever
possible and would offer early retirement and voluntary severance packages. The
works council described the plan as "a bitter blow" and announced protests for
next Thursday. At the same time, Haberland plans to invest 90 million euros in
its digital printing division, where it expects sales to grow by around 8 per
cent a year.
"""),
        candidate=T("""
Printing press maker Haberland Druckmaschinen is to eliminate 650 of its 4,100
jobs in Germany starting at the end of 2025, the company said on Monday in
Offenstadt. The cuts will fall mainly on the manufacture of sheet-fed offset
machines, demand for which has dropped steeply since the pandemic. CEO Ulrike
Brandes said the firm wanted to avoid forced layoffs and would offer early
retirement and voluntary severance deals. The works council called the plan "a
bitter blow" and announced protests for next Thursday. Meanwhile, Haberland
intends to invest 90 million euros in its digital printing business, where it
anticipates annual sales growth of about 8 per cent.
"""),
        errors=[
            E("starting at the end of 2025", "date", "major", "by the end of 2025"),
            OM("avoid forced layoffs", "wherever possible", "major"),
        ],
        traps=[
            TR("Printing press maker", "The printing machine manufacturer"),
            TR("anticipates annual sales growth of about 8 per cent",
               "expects sales to grow by around 8 per cent a year"),
        ],
    ),
    # 33 -----------------------------------------------------------------
    dict(
        domain="quarries", mode="translation",
        reference=T("""
The regional government of Alta Meseta has rejected an application by the
company Áridos del Norte to extend its limestone quarry in Valdecuervo, citing
the risk to an aquifer that supplies drinking water to some 12,000 residents. The
company had sought to expand the extraction area by 34 hectares and to extend its
licence until 2045. In its decision, published on Friday, the environment
department said the hydrogeological study submitted by the firm was
"insufficient". Áridos del Norte, which employs 58 people at the site, said it
would appeal and warned that jobs could be at risk. Residents' associations,
which had collected more than 3,000 signatures against the project, welcomed the
ruling.
"""),
        candidate=T("""
Alta Meseta's regional government has turned down a request from Áridos del
Norte to enlarge its limestone quarry at Valdecuervo, citing the threat it could
pose to an aquifer providing drinking water to about 12,000 people. The firm
wanted to add 34 hectares to the extraction zone and have its licence extended to
2045. The environment department's decision, made public on Friday, described the
company's hydrogeological study as "insufficient". Áridos del Norte, which has 58
employees at the quarry, said it would lodge an appeal, cautioning that jobs
might be lost. Neighbourhood associations, which had gathered over 3,000
signatures opposing the project, welcomed the decision.
"""),
        errors=[],
        traps=[
            TR("turned down a request", "rejected an application"),
            TR("add 34 hectares to the extraction zone", "expand the extraction area by 34 hectares"),
            TR("made public on Friday", "published on Friday"),
            TR("which has 58 employees at the quarry", "which employs 58 people at the site"),
            TR("over 3,000 signatures", "more than 3,000 signatures"),
        ],
    ),
    # 34 -----------------------------------------------------------------
    dict(
        domain="radio astronomy", mode="translation",
        reference=T("""
The Monte Ceraso radio observatory has detected repeating radio bursts from a
galaxy about 1.3 billion light years away, researchers from the University of
Valtorre announced on Wednesday. The signals, each lasting only a few
milliseconds, were recorded 27 times between March and August using the
observatory's 64-metre dish. Astronomers at the Institute of Space Physics in
Lucano have independently confirmed the Valtorre team's findings. According to
astrophysicist Chiara Benedetti, who led the research, the regular pattern of the
bursts could help to identify their origin, which remains unknown. The team now
hopes to secure observing time on larger international instruments. The results
have been published in the journal Astronomical Letters.
"""),
        candidate=T("""
Researchers at the University of Valtorre said on Wednesday that the Monte
Ceraso radio observatory had picked up recurring radio bursts coming from a
galaxy roughly 1.3 billion light years from Earth. The signals, each just a few
thousandths of a second long, were captured 27 times from March to August with
the observatory's 64-metre antenna. The Valtorre group has independently verified
the results of scientists at the Institute of Space Physics in Lucano.
Astrophysicist Chiara Benedetti, head of the study, said the regularity of the
bursts might help pin down where they come from, which is still not known. The
researchers now want to obtain time on bigger international instruments. Their
findings appear in the journal Astronomical Letters.
"""),
        errors=[
            E("The Valtorre group has independently verified the results of scientists at "
              "the Institute of Space Physics in Lucano", "role", "major",
              "Astronomers at the Institute of Space Physics in Lucano have independently "
              "confirmed the Valtorre team's findings"),
        ],
        traps=[
            TR("each just a few thousandths of a second long", "each lasting only a few milliseconds"),
            TR("might help pin down where they come from", "could help to identify their origin"),
        ],
    ),
    # 35 -----------------------------------------------------------------
    dict(
        domain="rare books", mode="translation",
        reference=T("""
A 16th-century atlas stolen from the municipal library of Saint-Aubrac-sur-Lenne
in 1994 has been returned to the town after it was identified in the catalogue of
an auction house in Switzerland, the mayor, Hélène Garrigues, announced on
Tuesday. A specialist bookseller noticed the library's stamp, partially erased,
on the title page and alerted the police. The volume, one of only nine known
copies, is valued at around 350,000 euros. The seller, a private collector, said
he had bought it in good faith in the early 2000s and agreed to give it back
without compensation. No one has ever been charged over the theft, in which some
forty other rare works disappeared. The atlas will be displayed to the public
from 15 June.
"""),
        candidate=T("""
The mayor of Saint-Aubrac-sur-Lenne, Hélène Garrigues, said on Tuesday that a
sixteenth-century atlas taken from the town's municipal library in 1994 had been
returned after turning up in a Swiss auction house's catalogue. It was an
antiquarian bookseller who spotted the library's partly erased stamp on the title
page and informed the police. Only nine copies of the book are known to exist,
and it is estimated to be worth about €350,000. The seller, a private collector
who said he had purchased it in good faith at the start of the 2000s, agreed to
hand it back without being compensated. Nobody has ever been charged in
connection with the theft, during which around forty other rare volumes went
missing. Members of the public will be able to see the atlas from 15 June.
"""),
        errors=[],
        traps=[
            TR("sixteenth-century", "16th-century"),
            TR("a Swiss auction house's catalogue", "the catalogue of an auction house in Switzerland"),
            TR("Only nine copies of the book are known to exist", "one of only nine known copies"),
            TR("at the start of the 2000s", "in the early 2000s"),
            TR("Members of the public will be able to see the atlas from 15 June",
               "The atlas will be displayed to the public from 15 June"),
        ],
    ),
    # 36 -----------------------------------------------------------------
    dict(
        domain="rock festivals", mode="translation",
        reference=T("""
The organisers of the Brakelmeer rock festival have cancelled this year's
edition, which was due to take place from 11 to 13 July, because of rising costs
and disappointing ticket sales. Only about 19,000 of the 45,000 available tickets
had been sold, festival director Joost van Rijckevorsel said on Monday. Costs for
security, stages and insurance had risen by almost 30 per cent compared with two
years ago. Ticket holders will automatically receive a full refund within 14
days. Van Rijckevorsel stressed that the festival was not bankrupt and that the
organisation intends to return in 2026 with a smaller, two-day programme. The
municipality of Brakelmeer said it regretted the decision but understood it.
"""),
        candidate=T("""
This year's Brakelmeer rock festival, planned for 11-13 July, has been called off
by its organisers because of higher costs and weak ticket sales. Festival
director Joost van Rijckevorsel said on Monday that only around 19,000 of the
45,000 tickets on offer had been sold. Spending on security, stages and insurance
was up by nearly 30 per cent on two years ago. Everyone who bought a ticket will
get their money back in full, automatically, within 40 days. Van Rijckevorsel
emphasised that the festival had gone bankrupt, but said the organisers plan to
come back in 2026 with a scaled-down programme over two days. Brakelmeer council
said it was sorry about the decision but understood the reasons for it.
"""),
        errors=[
            E("within 40 days", "number", "minor", "within 14 days"),
            E("had gone bankrupt", "polarity", "critical", "was not bankrupt"),
        ],
        traps=[
            TR("11-13 July", "from 11 to 13 July"),
            TR("was up by nearly 30 per cent on two years ago",
               "had risen by almost 30 per cent compared with two years ago"),
            TR("a scaled-down programme over two days", "a smaller, two-day programme"),
        ],
    ),
    # 37 -----------------------------------------------------------------
    dict(
        domain="roofing", mode="translation",
        reference=T("""
A storm with winds of up to 120 kilometres per hour damaged the roofs of more
than 300 buildings in Lesków Górny and surrounding villages on Sunday night, the
regional fire service said. Firefighters carried out 412 call-outs between 10pm
and 6am, mostly to secure loose roofing sheets and remove fallen trees. Two
people were slightly injured. The local roofing company Dachbud, which employs 40
roofers, said it had received more than 500 requests for repairs by Monday
afternoon and warned that some customers would have to wait several weeks. The
mayor, Tadeusz Wilk, asked residents to check that any firm they hire is
registered, after reports of unlicensed workers offering repairs door to door at
inflated prices.
"""),
        candidate=T("""
On Sunday night, more than 300 buildings in Lesków Górny and nearby villages had
their roofs damaged by a storm with winds reaching as much as 120 km/h, according
to the regional fire brigade. Between 10pm and 6am, firefighters were called out
412 times, chiefly to fasten loose roof sheeting and clear fallen trees. Two
people sustained minor injuries. Dachbud, a local roofing firm with 40 roofers on
its staff, said that by Monday afternoon it had been asked to carry out more than
500 repairs and cautioned that some customers would face a wait of several weeks.
Mayor Tadeusz Wilk asked residents to make sure any company they employ is
registered, following reports that unlicensed tradesmen were going from door to
door offering repairs at inflated prices.
"""),
        errors=[],
        traps=[
            TR("120 km/h", "120 kilometres per hour"),
            TR("were called out 412 times", "carried out 412 call-outs"),
            TR("Two people sustained minor injuries", "Two people were slightly injured"),
            TR("with 40 roofers on its staff", "which employs 40 roofers"),
            TR("would face a wait of several weeks", "would have to wait several weeks"),
        ],
    ),
    # 38 -----------------------------------------------------------------
    dict(
        domain="saddlery", mode="translation",
        reference=T("""
The saddlery workshop Talabartería Ortuño, founded in 1921 in the town of
Villaseca del Tormo, will supply saddles to the national show-jumping team for
the next three seasons, the national equestrian federation announced on Thursday.
The contract covers 24 made-to-measure saddles, each of which takes around 60
hours of handwork. Owner Lucía Ortuño, granddaughter of the founder, said the
workshop would probably need to hire two more craftsmen to meet the deadlines.
The federation's sporting director, Álvaro Mendieta, said the riders had tested
saddles from five manufacturers before choosing Ortuño. The workshop currently
employs nine people and exports about half of its production, mainly to France
and Mexico.
"""),
        candidate=T("""
The national equestrian federation said on Thursday that Talabartería Ortuño, a
saddle workshop set up in Villaseca del Tormo in 1921, will provide the saddles
for the national dressage team over the next three seasons. The order is for 24
custom-made saddles, each requiring some 60 hours of work by hand. Lucía Ortuño,
who owns the business and is the founder's granddaughter, said the workshop will
have to hire two additional craftsmen in order to meet the deadlines. According
to Álvaro Mendieta, the federation's sporting director, the riders tried out
saddles from five makers before settling on Ortuño. The workshop has nine
employees at present and sells roughly half of what it makes abroad, chiefly in
France and Mexico.
"""),
        errors=[
            E("dressage team", "entity", "major", "show-jumping team"),
            E("will have to hire", "modality", "minor", "would probably need to hire"),
        ],
        traps=[
            TR("24 custom-made saddles", "24 made-to-measure saddles"),
            TR("sells roughly half of what it makes abroad", "exports about half of its production"),
        ],
    ),
    # 39 -----------------------------------------------------------------
    dict(
        domain="scaffolding", mode="translation",
        reference=T("""
A section of scaffolding collapsed on Wednesday morning on the façade of a
residential building under renovation in Via Ronchetti in the town of
Castelmarino, injuring two workers. According to the fire brigade, the structure,
about 15 metres high, gave way shortly after 9am, possibly because of an
anchoring failure. One of the workers, a 41-year-old, suffered a fractured arm;
the other, aged 29, had minor bruises. Both were taken to the San Lazzaro
hospital. The building site has been placed under seizure by the public
prosecutor's office, which has opened an investigation into negligent injury. The
scaffolding company, Ponteggi Verdi, said in a statement that its equipment had
passed an inspection ten days earlier.
"""),
        candidate=T("""
Two workers were hurt on Wednesday morning when part of the scaffolding on the
façade of a residential block being renovated in Via Ronchetti, Castelmarino,
came down. The roughly 15-metre structure collapsed just after 9am, the fire
service said, perhaps as a result of a failed anchoring. One worker, aged 41,
suffered a broken arm, while the other, 29, got away with light bruising. Both
were taken to San Lazzaro hospital. Prosecutors have seized the site and opened
an investigation for negligent injury. In a statement, the scaffolding firm
Ponteggi Verdi said its equipment had passed an inspection ten days before.
"""),
        errors=[],
        traps=[
            TR("The roughly 15-metre structure", "the structure, about 15 metres high"),
            TR("perhaps as a result of a failed anchoring", "possibly because of an anchoring failure"),
            TR("suffered a broken arm", "suffered a fractured arm"),
            TR("Prosecutors have seized the site",
               "The building site has been placed under seizure by the public prosecutor's office"),
        ],
    ),
    # 40 -----------------------------------------------------------------
    dict(
        domain="school meals", mode="translation",
        reference=T("""
From September, all primary schools in the municipality of Montrelles will serve
at least one vegetarian meal a week and use 50 per cent organic produce in their
canteens, the deputy mayor for education, Nadia Berthier, announced on Monday.
The measure will affect about 3,200 pupils in 14 schools. The price of a meal for
families will remain at 2.80 euros, with the municipality covering the additional
cost, estimated at 180,000 euros a year. A trial run in four schools last year
showed that food waste fell by a fifth, according to the town hall. Some parents'
associations welcomed the plan, while others regretted that they had not been
consulted.
"""),
        candidate=T("""
Nadia Berthier, Montrelles' deputy mayor in charge of education, announced on
Monday that from September every primary school in the municipality will offer
at least one vegetarian meal each week, with half of the produce used in school
canteens being organic. Some 3,200 children at 14 schools will be affected.
Families will continue to pay €2.80 per meal, and the town will absorb the extra
cost, put at €180,000 annually. According to the town hall, a pilot carried out
in four schools last year found that a fifth of the food served ended up being
thrown away. The plan was welcomed by some parents' groups, whereas others were
unhappy at not having been consulted.
"""),
        errors=[
            E("a fifth of the food served ended up being thrown away", "event", "major",
              "food waste fell by a fifth"),
        ],
        traps=[
            TR("Families will continue to pay €2.80 per meal",
               "The price of a meal for families will remain at 2.80 euros"),
            TR("put at €180,000 annually", "estimated at 180,000 euros a year"),
            TR("whereas others were unhappy at not having been consulted",
               "while others regretted that they had not been consulted"),
        ],
    ),
]


# ---------------------------------------------------------------------------
# span resolution and validation
# ---------------------------------------------------------------------------

class SetError(Exception):
    pass


def nth_find(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return len(re.findall(r"\S+", s))


def cuts_word(text, i):
    """True if offset i falls strictly inside a word."""
    return 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum()


def build_records():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for idx, case in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, idx)
        ref, cand = case["reference"], case["candidate"]
        mode = case["mode"]
        if mode not in MODES:
            bad(cid, "bad mode %r" % mode)
        if case["domain"] not in DOMAINS:
            bad(cid, "domain %r not in list" % case["domain"])

        spans = []  # (start, end, kind) for overlap checks
        errors = []
        for e in case["errors"]:
            et, sev, rt = e["type"], e["severity"], e["ref_text"]
            if et not in ERROR_TYPES:
                bad(cid, "bad error type %r" % et)
            if sev not in SEVERITIES:
                bad(cid, "bad severity %r" % sev)
            if et == "omission":
                if mode == "summary":
                    bad(cid, "omission in a summary")
                p = nth_find(cand, e["after"], e["occ"])
                if p < 0:
                    bad(cid, "omission anchor not found: %r" % e["after"])
                    continue
                start = end = p + len(e["after"])
                text = ""
                if not rt or rt not in ref:
                    bad(cid, "omission ref_text not in reference: %r" % rt)
                if rt and rt.lower() in cand.lower():
                    bad(cid, "omitted words still present in candidate: %r" % rt)
            else:
                text = e["text"]
                start = nth_find(cand, text, e["occ"])
                if start < 0:
                    bad(cid, "error span not found: %r (occ %d)" % (text, e["occ"]))
                    continue
                end = start + len(text)
                if et in ("addition", "repetition"):
                    if rt is not None:
                        bad(cid, "%s must have ref_text null" % et)
                else:
                    if not rt or rt not in ref:
                        bad(cid, "error ref_text not in reference: %r" % rt)
                    if rt == text:
                        bad(cid, "error text identical to ref_text: %r" % text)
                if et == "repetition":
                    first = cand.find(text)
                    if first < 0 or first + len(text) > start:
                        bad(cid, "repetition has no earlier copy: %r" % text)
                elif text in ref:
                    bad(cid, "error text occurs verbatim in reference: %r" % text)
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad(cid, "error span cuts a word: %r" % text)
            spans.append((start, end, "error:" + (text or "<omission>")))
            errors.append({"start": start, "end": end, "text": text, "type": et,
                           "severity": sev, "ref_text": rt})

        traps = []
        for t in case["traps"]:
            text, rt = t["text"], t["ref_text"]
            start = nth_find(cand, text, t["occ"])
            if start < 0:
                bad(cid, "trap span not found: %r" % text)
                continue
            end = start + len(text)
            if rt not in ref:
                bad(cid, "trap ref_text not in reference: %r" % rt)
            if text in ref:
                bad(cid, "trap text occurs verbatim in reference: %r" % text)
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad(cid, "trap span cuts a word: %r" % text)
            spans.append((start, end, "trap:" + text))
            traps.append({"start": start, "end": end, "text": text, "ref_text": rt})

        # no overlaps (a zero-width omission may not sit strictly inside a span)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    z, o = (a, b) if a[0] == a[1] else (b, a)
                    if o[0] < z[0] < o[1]:
                        bad(cid, "omission point inside %s" % o[2])
                elif a[0] < b[1] and b[0] < a[1]:
                    bad(cid, "overlapping spans %s / %s" % (a[2], b[2]))

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        label = "inconsistent" if errors else "consistent"

        nw = words(ref)
        if not 70 <= nw <= 190:
            bad(cid, "reference has %d words" % nw)
        if mode == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
            bad(cid, "summary not shorter than reference")
        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad(cid, "consistent pair has %d traps" % len(traps))
        if label == "inconsistent" and not 0 <= len(traps) <= 3:
            bad(cid, "inconsistent pair has %d traps" % len(traps))
        if len(errors) > 3:
            bad(cid, "too many errors")
        if ref == cand:
            bad(cid, "candidate identical to reference")

        records.append({
            "id": cid, "domain": case["domain"], "mode": mode,
            "reference": ref, "candidate": cand, "label": label,
            "errors": errors, "traps": traps,
        })

    # set-level composition
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains: %s" % [d for d, c in Counter(doms).items() if c > 1])
    if set(doms) != set(DOMAINS):
        problems.append("domains not covered: %s" % sorted(set(DOMAINS) - set(doms)))
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for m, n in want.items():
        rs = [r for r in records if r["mode"] == m]
        if len(rs) != n:
            problems.append("mode %s: %d pairs, want %d" % (m, len(rs), n))
        nc = sum(r["label"] == "consistent" for r in rs)
        if nc * 2 != len(rs):
            problems.append("mode %s: %d consistent of %d" % (m, nc, len(rs)))
    all_err = [e for r in records for e in r["errors"]]
    if len(all_err) != 30:
        problems.append("expected 30 errors, got %d" % len(all_err))
    tc = Counter(e["type"] for e in all_err)
    for t in ERROR_TYPES:
        if tc[t] < 2:
            problems.append("error type %s used %d times" % (t, tc[t]))
    inc = [r for r in records if r["label"] == "inconsistent"]
    small = sum(1 <= len(r["errors"]) <= 2 for r in inc)
    if small * 2 <= len(inc):
        problems.append("most inconsistent pairs should have 1-2 errors")
    return records, problems


def summary(records):
    all_err = [e for r in records for e in r["errors"]]
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("labels: %s" % dict(Counter(r["label"] for r in records)))
    lines.append("modes x labels: %s" % dict(Counter((r["mode"], r["label"]) for r in records)))
    lines.append("errors: %d  by type: %s" % (len(all_err), dict(sorted(Counter(e["type"] for e in all_err).items()))))
    lines.append("severity: %s" % dict(Counter(e["severity"] for e in all_err)))
    lines.append("errors per inconsistent pair: %s" % dict(Counter(len(r["errors"]) for r in records if r["errors"])))
    lines.append("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    wc = [words(r["reference"]) for r in records]
    lines.append("reference words: min %d max %d mean %.1f" % (min(wc), max(wc), sum(wc) / len(wc)))
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build_records()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    # re-verify offsets against the stored strings
    for r in records:
        for s in r["errors"] + r["traps"]:
            assert r["candidate"][s["start"]:s["end"]] == s["text"], (r["id"], s)
    print(summary(records))
    if check_only:
        print("check OK (nothing written)")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)


if __name__ == "__main__":
    main()
