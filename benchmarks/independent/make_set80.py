#!/usr/bin/env python3
"""Held-out evaluation set 80 for a fact-comparison tool (reference vs. candidate).

How it was made: every pair was hand-written as Python data by a helper that saw
no code or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented; real countries appear
only as background. Character offsets are never typed by hand: they are computed
here by string search (with an occurrence index where a quoted text repeats),
and everything is validated before the JSONL file is written.

Composition (40 pairs, one domain each):
  - modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  - labels: 20 consistent, 20 inconsistent
  - 30 errors over 11 types: entity 3, number 4, date 3, role 3, polarity 3,
    modality 3, attribution 2, event 3, omission 2, addition 2, repetition 2
    (10 inconsistent pairs carry 1 error, 10 carry 2)
  - every consistent pair carries 3-5 traps (faithful rewordings); inconsistent
    pairs carry 0-3
  - references are 70-190 words in news/agency/corporate/official register

Usage:
  python3 make_set80.py           validate and write set80.jsonl next to this file
  python3 make_set80.py --check   validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

N = 80
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [d.strip() for d in (
    "rug auctions;hookah lounges;ferry ramp repairs;railway viaduct repairs;"
    "cable car cabins;stone circle tourism;tunnel boring machines;seed drills;"
    "liquorice growers;monorail closures;burial mound surveys;amphibious buses;"
    "hovercraft services;chalk figure scouring;absinthe bars;canal ice breaking;"
    "crab pot recycling;anchor forging;violin bow hair;piano tuning apprenticeships;"
    "wild garlic foraging;quarry lake swimming;land speed records;husky kennels;"
    "wellington boot throwing;guinea pig shows;elephant camps;paddle steamer restoration;"
    "christmas market stalls;roller rink revival;slag heap greening;brass instrument repair;"
    "goldfish fairs;candied fruit makers;nativity scene carvers;zip line safety;"
    "goat racing;nettle soup festivals;sea urchin harvest;bed races").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def P(s):
    """Normalise a hand-wrapped paragraph to single spaces."""
    return " ".join(s.split())


def E(text, etype, severity, ref_text, occ=None):
    """A non-omission error: `text` is quoted from the candidate (occurrence `occ`)."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(ref_text, anchor, side="after", severity="major", occ=None):
    """An omission: the missing words belong just `side` (before/after) the
    occurrence `occ` of `anchor` in the candidate."""
    return {"kind": "omission", "text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "anchor": anchor, "side": side, "occ": occ}


def TR(text, ref_text, occ=None):
    """A trap: faithful rewording `text` in the candidate of `ref_text` in the reference."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": P(reference),
                  "candidate": P(candidate), "errors": list(errors),
                  "traps": list(traps)})


# ---------------------------------------------------------------- cases 1-10

case("rug auctions", "rewrite",
     """Harlow & Vance Auctioneers sold a 19th-century Persian silk rug for £412,000 on
     Thursday, more than four times its pre-sale estimate of £95,000. The rug, woven in the
     town of Veranshahr around 1870, had been kept rolled in a farmhouse attic near Millbrook
     Cross for decades, according to the auction house. Bidding opened at £60,000 and lasted
     eleven minutes before the hammer fell to a telephone bidder from Switzerland. Marta
     Quillan, head of the firm's textiles department, said the result reflected "a collector
     market that has become very hungry for pieces with a clean provenance". The sale of 214
     lots raised £1.9 million in total, the highest figure for a textile auction in the
     company's 60-year history.""",
     """A Persian silk rug from the 19th century fetched £412,000 at Harlow & Vance on
     Thursday, over four times the £95,000 the auctioneers had expected before the sale. Made
     in Veranshahr in about 1870, the rug had spent decades rolled up in the attic of a
     farmhouse near Millbrook Cross, the auction house said. After opening at £60,000,
     bidding ran for eleven minutes until the lot was knocked down to a Swiss telephone
     bidder. The firm's head of textiles, Marta Quillan, attributed the result to "a
     collector market that has become very hungry for pieces with a clean provenance".
     Across all 214 lots the sale took £1.9m, a record for a textile auction in the
     company's six decades.""",
     traps=[TR("over four times the £95,000 the auctioneers had expected before the sale",
               "more than four times its pre-sale estimate of £95,000"),
            TR("in about 1870", "around 1870"),
            TR("a Swiss telephone bidder", "a telephone bidder from Switzerland"),
            TR("£1.9m", "£1.9 million"),
            TR("six decades", "60-year history")])

case("hookah lounges", "summary",
     """The city council of Brackenford voted on Monday to cap the number of licensed hookah
     lounges in the borough at 18, down from the 27 currently operating. Under the new rules,
     which take effect on 1 September, no lounge will be permitted within 200 metres of a
     school, and venues must install ventilation systems approved by the council's
     environmental health team. Existing lounges that breach the distance rule will be given
     until the end of next year to relocate or close. Councillor Ifeoma Radley, who chairs
     the licensing committee, said the measures were "about air quality and public health,
     not about culture". The Brackenford Hospitality Association said it would study the
     decision before deciding whether to challenge it in court.""",
     """Brackenford councillors on Monday capped licensed hookah lounges at 18, nine fewer
     than now operate. From 1 September, new rules bar lounges within 200 metres of schools
     and require council-approved ventilation; venues breaching the distance limit have until
     the end of next year to move or shut. The licensing committee chair called the measures
     a matter of air quality and public health, not culture, while a trade body will study
     the ruling before deciding whether to go to court.""",
     traps=[TR("nine fewer than now operate", "down from the 27 currently operating"),
            TR("council-approved ventilation",
               "ventilation systems approved by the council's environmental health team"),
            TR("The licensing committee chair",
               "Councillor Ifeoma Radley, who chairs the licensing committee"),
            TR("move or shut", "relocate or close")])

case("ferry ramp repairs", "rewrite",
     """Repairs to the vehicle ramp at Kestle Harbour ferry terminal will keep car services
     suspended until at least 14 March, the operator Westmere Ferries said on Friday. The
     hydraulic ramp was damaged on 9 February when a freight lorry reversed into its hinge
     assembly during loading. Engineers from the contractor Pellow Marine found cracks in two
     of the four support arms, and replacement parts have to be manufactured in Norway. Foot
     passengers can continue to travel on the 07:40 and 16:15 crossings, which will run as
     normal. Westmere said it would refund all car bookings affected by the closure and offer
     a 25 per cent discount on future travel to customers who had already paid. The repair
     is expected to cost about £380,000.""",
     """Westmere Ferries said on Friday that car services from Kestle Harbour ferry terminal
     will remain suspended until 14 March while the vehicle ramp is repaired. The hydraulic
     ramp was damaged on 9 February, when a freight lorry backed into its hinge assembly
     during loading. Contractor Pellow Marine's engineers discovered cracks in three of the
     four support arms, and the replacement parts must be made in Norway. The 07:40 and 16:15
     crossings will operate as usual for foot passengers. All affected car bookings will be
     refunded, the operator said, and customers who had already paid will be offered 25% off
     future travel. The work is expected to cost roughly £380,000.""",
     errors=[OM("at least", "14 March", side="before", severity="major"),
             E("three", "number", "major", "two")],
     traps=[TR("backed into", "reversed into"),
            TR("25% off", "a 25 per cent discount on"),
            TR("roughly £380,000", "about £380,000")])

case("railway viaduct repairs", "translation",
     """The regional railway company Ferrovie Valdorsa announced on Wednesday that the
     Montecarno viaduct will close to all trains from 3 June for eight weeks of structural
     repairs. Inspections carried out last winter found corrosion in the steel bearings of
     four of the viaduct's eleven arches. During the closure, replacement buses will run
     between Montecarno and San Ilario every thirty minutes from 5:30 in the morning until
     midnight. The work, budgeted at 6.4 million euros, is being financed jointly by the
     region and the national infrastructure fund. The company's technical director, Elvira
     Cantagallo, said the viaduct, built in 1911, "remains safe today, but cannot wait
     another year".""",
     """The regional rail company Ferrovie Valdorsa said on Wednesday that no trains will
     cross the Montecarno viaduct for eight weeks ending on 3 June while structural repairs
     are carried out. Checks made during the past winter revealed corrosion in the steel
     bearings under four of the structure's eleven arches. While the line is shut,
     substitute buses will link Montecarno and San Ilario every half hour between 5:30 a.m.
     and midnight. The region and the national infrastructure fund are sharing the cost of
     the works, budgeted at €6.4 million. "The viaduct is safe today, but it cannot wait
     another year," technical director Elvira Cantagallo said of the 1911 structure.""",
     errors=[E("ending on 3 June", "date", "major", "from 3 June")],
     traps=[TR("every half hour", "every thirty minutes"),
            TR("between 5:30 a.m. and midnight", "from 5:30 in the morning until midnight"),
            TR("€6.4 million", "6.4 million euros")])

case("cable car cabins", "rewrite",
     """Alpenhoch Bergbahnen will replace all 36 cabins on its Grauspitz cable car before
     the winter season, the company confirmed on Tuesday. The new cabins, built by the
     manufacturer Tellmann Seilbahntechnik, each carry ten passengers instead of eight and
     are fitted with heated seats and ski racks on the outside. The upgrade will raise the
     line's capacity from 1,400 to 1,800 people an hour. The existing cabins, which entered
     service in 1998, will be sold to a smaller resort in Slovakia. The project costs 4.2
     million Swiss francs and the line will be closed for five weeks from 22 September to
     allow the installation. Chief executive Regula Amsler said the company did not plan to
     raise ticket prices to cover the investment.""",
     """All 36 cabins on the Grauspitz cable car are to be replaced before the winter
     season, Alpenhoch Bergbahnen confirmed on Tuesday. Built by Tellmann Seilbahntechnik,
     the new cabins hold ten passengers each, two more than the current ones, and come with
     heated seats and external ski racks. As a result, the line will be able to carry 1,800
     people an hour rather than 1,400. The old cabins, in use since 1998, are being sold to a
     smaller Slovak resort. Installing the new ones will close the line for five weeks
     starting on 22 September; the project will cost CHF 4.2 million. According to chief
     executive Regula Amsler, the company has no plans to put up ticket prices to pay for
     the investment.""",
     traps=[TR("two more than the current ones", "instead of eight"),
            TR("external ski racks", "ski racks on the outside"),
            TR("1,800 people an hour rather than 1,400", "from 1,400 to 1,800 people an hour"),
            TR("a smaller Slovak resort", "a smaller resort in Slovakia"),
            TR("CHF 4.2 million", "4.2 million Swiss francs")])

case("stone circle tourism", "summary",
     """Visitor numbers at the Carrowby Stones, a Bronze Age stone circle in the uplands of
     Westmarch county, rose by 38 per cent last year to 212,000, according to figures
     published on Thursday by the Heritage Trust for Westmarch. The trust said the increase
     had brought £3.1 million into the local economy but had also caused erosion along the
     main footpath, where a 400-metre stretch has been worn down to bare rock. From April,
     visitors will be asked to use a new boardwalk, and parking at the site will rise from £4
     to £6 a day. Local farmer Owain Petheridge, whose land borders the circle, said the
     footpath damage had been "obvious for years" and welcomed the boardwalk. The trust
     expects numbers to level off this year.""",
     """Visitors to the Carrowby Stones jumped 38% last year to 212,000, bringing £3.1m to
     the local area, the Heritage Trust for Westmarch said. The surge has also worn a
     400-metre stretch of the main footpath down to bare rock, damage that the trust said
     had been "obvious for years". From April visitors will be asked to use a new boardwalk,
     and daily parking will rise to £8.""",
     errors=[E("the trust said", "attribution", "major", "Local farmer Owain Petheridge"),
             E("£8", "number", "minor", "£6")],
     traps=[TR("jumped 38%", "rose by 38 per cent"),
            TR("£3.1m", "£3.1 million")])

case("tunnel boring machines", "rewrite",
     """The tunnel boring machine digging the new Harwick relief sewer broke through into
     the receiving shaft at Palmer's Green on Saturday, eleven days ahead of schedule. The
     9-metre-wide machine, named Agnes by pupils at St Wenna's primary school, has excavated
     3.2 kilometres of tunnel since it was launched in March last year. Its operator, the
     joint venture Corrin-Blake, said crews had averaged 14 metres a day. The Harwick Water
     Authority, which commissioned the project, said the tunnel would cut sewage overflows
     into the River Lenn by about 80 per cent once it opens in 2027. The machine will now be
     dismantled and lifted out of the shaft in sections over the next six weeks.""",
     """The tunnel boring machine building the new Harwick relief sewer broke through into
     the receiving shaft at Palmer's Green on Saturday, eleven days earlier than planned.
     Named Agnes by pupils at St Wenna's primary school, the 9-metre-wide machine has dug
     3.2km of tunnel since being launched in March last year. Corrin-Blake, the joint
     venture that commissioned the project from the Harwick Water Authority, said its crews
     had averaged 14 metres a day. Once the tunnel opens in 2027, it will cut sewage
     overflows into the River Lenn by roughly 80 per cent, the authority said. Over the next
     six weeks, the machine will be taken apart and lifted out of the shaft in sections.""",
     errors=[E("Corrin-Blake, the joint venture that commissioned the project from the "
               "Harwick Water Authority", "role", "major",
               "The Harwick Water Authority, which commissioned the project")],
     traps=[TR("eleven days earlier than planned", "eleven days ahead of schedule"),
            TR("3.2km", "3.2 kilometres"),
            TR("taken apart", "dismantled")])

case("seed drills", "translation",
     """The agricultural machinery maker Gruszecki Maszyny will open a second factory in the
     town of Ostrzyca Mała next spring, the company said on Monday. The plant will produce
     precision seed drills for small and medium-sized farms and is expected to employ about
     230 people when it reaches full production in 2026. Gruszecki, which currently builds
     around 1,500 seed drills a year at its main site in Brzoskowo, wants to double that
     output within three years. The investment totals 85 million zloty, of which 20 million
     comes from a regional development grant. Company president Halina Zaremba said demand
     from farms in Ukraine and the Baltic states had grown "faster than we could have
     imagined" since 2022.""",
     """Gruszecki Maszyny, a manufacturer of farm machinery, announced on Monday that it will
     open a second plant in Ostrzyca Mała next spring. The factory will make precision seed
     drills aimed at small and medium-sized farms, and it should have roughly 230 employees
     once full production is reached in 2026. At its main site in Brzoskowo, the company now
     makes some 1,500 seed drills annually; it aims to double that figure within three
     years. Of the total investment of 85 million zloty, 20 million will come from a
     regional development grant. According to the company's president, Halina Zaremba,
     demand from Ukrainian and Baltic farms has risen "faster than we could have imagined"
     since 2022.""",
     traps=[TR("a manufacturer of farm machinery", "The agricultural machinery maker"),
            TR("should have roughly 230 employees", "is expected to employ about 230 people"),
            TR("some 1,500 seed drills annually", "around 1,500 seed drills a year"),
            TR("Ukrainian and Baltic farms", "farms in Ukraine and the Baltic states")])

case("liquorice growers", "rewrite",
     """Liquorice growers in the Sallow Vale have formed a cooperative to sell their root
     directly to confectioners, bypassing the wholesalers who have bought most of the crop
     for decades. The Sallow Vale Liquorice Cooperative, registered on 2 May, has 17 member
     farms which together cultivate about 140 hectares. Its chair, Dorcas Fenwright, said
     members had been receiving roughly £1.10 per kilogram of dried root, while confectioners
     were paying wholesalers more than twice that amount. The cooperative has signed its
     first supply agreement, for 60 tonnes a year over three years, with the Yorvale sweet
     maker Tamsin & Gray. Members will pay a levy of 3 per cent of sales to fund a shared
     drying shed, which is due to be completed in the autumn.""",
     """Seventeen farms in the Sallow Vale, growing some 140 hectares of liquorice between
     them, have set up a cooperative so they can sell the root straight to confectioners
     instead of through the wholesalers that have bought most of the crop for decades. The
     Sallow Vale Liquorice Cooperative was registered on 2 May. According to its chair,
     Dorcas Fenwright, members have been getting around £1.10 a kilo for dried root, less
     than half of what confectioners pay wholesalers. Its first supply deal, with Yorvale
     sweet maker Tamsin & Gray, covers 60 tonnes annually for three years. A 3% levy on
     members' sales will pay for a shared drying shed due to be finished in the autumn.""",
     traps=[TR("Seventeen farms", "17 member farms"),
            TR("less than half of what confectioners pay wholesalers",
               "while confectioners were paying wholesalers more than twice that amount"),
            TR("60 tonnes annually for three years", "60 tonnes a year over three years"),
            TR("A 3% levy on members' sales", "a levy of 3 per cent of sales")])

case("monorail closures", "summary",
     """The Lakemont monorail will close for a full week from 4 November so that engineers
     can replace worn guide wheels on all six of its trains, operator Lakemont Transit said
     on Wednesday. It is the second extended closure this year, after a three-day shutdown in
     June caused by a power supply fault. Shuttle buses will run along the monorail's route
     every ten minutes during the closure, and tickets for the line will be accepted on them.
     The monorail carries around 22,000 passengers on a typical weekday. Lakemont Transit's
     operations director, Carlos Brenning, apologised for the disruption and said the wheel
     replacement was "long overdue". The city's transport committee has asked the operator
     to present a full maintenance plan at its next meeting in December.""",
     """Lakemont's monorail, used by about 22,000 people on a normal weekday, will shut for
     seven days from 4 November while worn guide wheels on its six trains are replaced, its
     second long closure of the year after a June power fault. Buses every ten minutes will
     cover the route and accept monorail tickets. The operator's operations director
     apologised, calling the work "long overdue", and the city's transport committee wants a
     full maintenance plan at its December meeting.""",
     traps=[TR("about 22,000 people on a normal weekday",
               "around 22,000 passengers on a typical weekday"),
            TR("seven days", "a full week"),
            TR("Buses every ten minutes will cover the route",
               "Shuttle buses will run along the monorail's route every ten minutes"),
            TR("its December meeting", "its next meeting in December")])

# ---------------------------------------------------------------- cases 11-20

case("burial mound surveys", "rewrite",
     """A geophysical survey of the Hobb's Barrow burial mound has identified what may be an
     undisturbed chamber about two metres below the surface, archaeologists from the
     University of Caldermoor said on Monday. The survey, carried out in October with
     ground-penetrating radar, also detected a ring ditch surrounding the mound that had not
     been recorded before. Project leader Dr Anwen Threlfall said the chamber could date from
     around 2000 BC but cautioned that only excavation would confirm it. The landowner, the
     Ashcombe Estate, has agreed in principle to a small excavation next summer, subject to
     permission from the national heritage agency. The mound, one of nine in the Ashcombe
     group, was partly dug by antiquarians in 1843, who reported finding nothing.""",
     """Archaeologists from the University of Caldermoor said on Monday that a geophysical
     survey of the Hobb's Barrow burial mound had revealed what may be an undisturbed chamber
     some two metres underground. Carried out in October using ground-penetrating radar, the
     survey also picked up a previously unrecorded ring ditch around the mound. The chamber
     almost certainly dates from around 2000 BC, according to project leader Dr Anwen
     Threlfall, though she cautioned that only excavation would confirm it. The Caldermoor
     Estate, which owns the land, has agreed in principle to a small dig next summer,
     provided the national heritage agency gives permission. Antiquarians partly excavated
     the mound, one of nine in the Ashcombe group, in 1843 and reported finding nothing.""",
     errors=[E("almost certainly dates", "modality", "major", "could date"),
             E("Caldermoor Estate", "entity", "major", "Ashcombe Estate")],
     traps=[TR("some two metres underground", "about two metres below the surface"),
            TR("a previously unrecorded ring ditch",
               "a ring ditch surrounding the mound that had not been recorded before"),
            TR("provided the national heritage agency gives permission",
               "subject to permission from the national heritage agency")])

case("amphibious buses", "translation",
     """The tour operator Watertaxi Lindhaven has withdrawn both of its amphibious buses from
     service after one of them took on water during a trip on the Zuiderkom on Sunday
     afternoon. All 24 passengers and the driver were brought ashore by a harbour police
     boat, and nobody was injured. According to the operator, a seal around the rear wheel
     housing failed; there had been no previous problems with the seal, which was replaced in
     2022. Both vehicles will remain out of service until an independent surveyor has
     inspected them. The municipality said it would decide on renewing the company's water
     permit, which expires at the end of the month, only after the inspection. The amphibious
     tours, launched in 2019, carried almost 40,000 passengers last year.""",
     """After one of its amphibious buses started letting in water during an excursion on
     the Zuiderkom on Sunday afternoon, the tour company Watertaxi Lindhaven has pulled both
     of the vehicles from service. A harbour police boat took the driver and all 24
     passengers to shore; no one was hurt. The company said a seal around the rear wheel
     housing had given way, and that there had been previous problems with the seal, which
     was renewed in 2022. The two buses will stay out of service until they have been checked
     by an independent surveyor. The municipality said it would only decide whether to
     extend the firm's water permit, which runs out at the end of this month, once the
     inspection is done. Launched in 2019, the amphibious tours carried nearly 40,000
     passengers last year.""",
     errors=[E("there had been previous problems", "polarity", "major",
               "there had been no previous problems")],
     traps=[TR("no one was hurt", "nobody was injured"),
            TR("given way", "failed"),
            TR("nearly 40,000", "almost 40,000")])

case("hovercraft services", "rewrite",
     """Narrows Skimmer, the operator of the hovercraft link between Portlow and the island
     of Evermere, will add an extra summer service from next year after passenger numbers
     reached a record 1.1 million in the 12 months to March. The company said it had ordered
     a third craft from the builder Grifford Hovermarine at a cost of £14 million, with
     delivery scheduled for May. The new timetable will raise the number of daily crossings
     from 64 to 80 between June and September. The crossing takes about ten minutes. Managing
     director Priya Oakhurst said the service had been running at more than 90 per cent of
     capacity at peak times and that the extra craft would "take the pressure off" during the
     summer. Fares will not change.""",
     """Passenger numbers on the Narrows Skimmer hovercraft link between Portlow and the
     island of Evermere hit a record 1.1 million in the year to March, and the operator will
     add an extra summer service from next year. A third craft, costing £14m, has been
     ordered from the builder Grifford Hovermarine and is due to be delivered in May, the
     company said. From June to September, daily crossings will increase to 80, up from 64.
     Each crossing lasts roughly ten minutes. At peak times, the service has been running
     above 90% of capacity, according to managing director Priya Oakhurst, who said the
     additional craft would "take the pressure off" in the summer. Fares will stay the
     same.""",
     traps=[TR("the year to March", "the 12 months to March"),
            TR("£14m", "£14 million"),
            TR("increase to 80, up from 64", "from 64 to 80"),
            TR("above 90% of capacity", "more than 90 per cent of capacity"),
            TR("stay the same", "not change")])

case("chalk figure scouring", "summary",
     """Volunteers will gather on the weekend of 12 and 13 July to scour the Ridgecombe
     Horse, a chalk hill figure cut into the downs above the village of Lesser Ridgecombe,
     the Ridgecombe Downs Society said. The figure, which is 110 metres long, is re-chalked
     every seven years to stop grass and moss from obscuring it. Around 300 volunteers are
     expected to take part, breaking up the old chalk with hammers and adding about 25 tonnes
     of fresh chalk brought up by tractor. The society's chair, Felix Wardour, said places
     were filling quickly and urged anyone interested to register online by 30 June. The
     earliest written record of the horse dates from 1689, though some historians believe it
     is considerably older.""",
     """About 300 volunteers are expected to re-chalk the 110-metre Ridgecombe Horse on
     12-13 July, adding some 25 tonnes of fresh chalk to the hill figure, which is scoured
     every seven years. The work will be funded by a national lottery grant, and the
     Ridgecombe Downs Society's chair has urged anyone interested to register online by 30
     June. The horse is first recorded in 1689, though some historians think it is much
     older.""",
     errors=[E("The work will be funded by a national lottery grant", "addition", "minor",
               None)],
     traps=[TR("12-13 July", "the weekend of 12 and 13 July"),
            TR("some 25 tonnes", "about 25 tonnes")])

case("absinthe bars", "rewrite",
     """Police in the city of Vellard closed the absinthe bar La Fée Pâle on Friday night
     after inspectors found it was serving spirits above the legal strength limit. Officers
     seized 86 bottles, some labelled at 89 per cent alcohol, well above the 75 per cent
     maximum permitted for retail sale. The bar's owner, Lucien Marrot, was questioned by
     police on Saturday and released without charge pending laboratory tests on the seized
     bottles. The city's licensing office said the bar would remain closed for at least 30
     days. It is the third absinthe bar to be shut in Vellard since January, following
     complaints from the regional health authority about a rise in alcohol poisoning among
     young tourists.""",
     """La Fée Pâle, an absinthe bar in Vellard, was closed by police on Friday night after
     inspectors discovered it was serving spirits stronger than the legal limit. Some of the
     86 bottles seized by officers were labelled at 89% alcohol, far higher than the 75%
     maximum for retail sale. Owner Lucien Marrot was questioned the same night and released
     on bail while the bottles undergo laboratory tests. The bar must stay shut for a minimum
     of 30 days, according to the city's licensing office. Since January, three absinthe
     bars in Vellard have now been closed, after the regional health authority complained of
     rising alcohol poisoning among young tourists.""",
     errors=[E("the same night", "date", "minor", "on Saturday"),
             E("released on bail", "event", "major", "released without charge")],
     traps=[TR("89% alcohol", "89 per cent alcohol"),
            TR("a minimum of 30 days", "at least 30 days")])

case("canal ice breaking", "translation",
     """The waterways authority of Dalmark province began breaking ice on the Stenvik Canal on
     Tuesday, after temperatures below minus 15 degrees left the channel frozen for the first
     time in six winters. The icebreaker Tärnan, a 32-metre vessel built in 1964, will keep a
     channel open for the four freight barges that use the canal each day, carrying mainly
     timber and gravel. Leisure skating on the canal remains banned because the broken ice is
     unstable, the authority warned. Officials said the operation would continue for as long
     as the cold weather lasts and could cost up to 900,000 kronor a week. Last year, the
     province's assembly rejected a proposal to retire the Tärnan and hire icebreakers from
     private companies instead.""",
     """On Tuesday the Dalmark provincial waterways authority started ice-breaking on the
     Stenvik Canal, which had frozen over for the first time in six winters after the
     temperature fell below -15°C. Every day, four freight barges, mostly loaded with timber
     and gravel, use the canal, and the 32-metre icebreaker Tärnan, which dates from 1964,
     will keep a passage open for them. The authority warned that skating for leisure on the
     canal is still prohibited, as the broken ice is unstable. According to officials, the
     work will go on as long as the cold spell does and may cost as much as 900,000 kronor
     per week. A proposal to decommission the Tärnan and hire private icebreakers instead was
     voted down by the provincial assembly last year.""",
     traps=[TR("below -15°C", "below minus 15 degrees"),
            TR("which dates from 1964", "built in 1964"),
            TR("still prohibited", "remains banned"),
            TR("may cost as much as 900,000 kronor per week",
               "could cost up to 900,000 kronor a week"),
            TR("was voted down by the provincial assembly", "the province's assembly rejected")])

case("crab pot recycling", "rewrite",
     """A scheme to recycle lost and discarded crab pots has collected more than 4,000 of
     them from beaches and harbours along the Merrow coast in its first year, the Merrow
     Fishermen's Association announced on Thursday. The pots, mostly made of plastic-coated
     steel and nylon rope, are stripped at a workshop in Porthvellan Quay, where the steel is
     sold for scrap and the rope is shredded and turned into plastic pellets. The pellets are
     then sold to a manufacturer of garden furniture. The scheme, funded by a £75,000 grant
     from the Coastal Futures Fund, employs two full-time staff. Association secretary Bryn
     Tolley said fishermen were now returning damaged pots voluntarily rather than dumping
     them.""",
     """In its first 12 months, a crab pot recycling scheme has gathered over 4,000 lost and
     discarded pots from harbours and beaches on the Merrow coast, the Merrow Fishermen's
     Association said on Thursday. At a workshop in Porthvellan Quay the pots, which are
     largely made from nylon rope and plastic-coated steel, are stripped: the steel is sold
     as scrap, while the rope is shredded into plastic pellets that are sold on to a garden
     furniture maker. Two full-time staff work on the scheme, which is paid for by a £75,000
     Coastal Futures Fund grant. According to Bryn Tolley, the association's secretary,
     fishermen are now handing in damaged pots of their own accord instead of dumping
     them.""",
     traps=[TR("In its first 12 months", "in its first year"),
            TR("over 4,000", "more than 4,000"),
            TR("a garden furniture maker", "a manufacturer of garden furniture"),
            TR("which is paid for by a £75,000 Coastal Futures Fund grant",
               "funded by a £75,000 grant from the Coastal Futures Fund"),
            TR("of their own accord", "voluntarily")])

case("anchor forging", "summary",
     """Halvard Forge, one of the last workshops in the country still making ship anchors by
     hand, has won a contract to supply 12 forged anchors to the restoration project for the
     sailing ship Margarethe Lund, the company said on Monday. Each anchor will weigh between
     800 kilograms and 1.2 tonnes and will be made using the same hammer-welding techniques
     as the originals of 1887. Master smith Oskar Brevik, who has run the forge since 1996,
     said the work would take about 14 months and would require the firm to take on two
     apprentices. The contract is worth 3.6 million kroner. The Margarethe Lund is due to
     sail again in the summer of 2027, after a restoration that began in 2021.""",
     """Halvard Forge, among the country's last hand-forging anchor makers, will supply 12
     anchors weighing up to 1.2 tonnes each for the restoration of the sailing ship
     Margarethe Lund in a 3.6 million kroner deal. The work, using the original
     hammer-welding methods, will take roughly 14 months and mean hiring two apprentices. The
     ship is due back under sail in summer 2027.""",
     traps=[TR("among the country's last hand-forging anchor makers",
               "one of the last workshops in the country still making ship anchors by hand"),
            TR("roughly 14 months", "about 14 months"),
            TR("hiring two apprentices", "take on two apprentices"),
            TR("due back under sail in summer 2027", "due to sail again in the summer of 2027")])

case("violin bow hair", "rewrite",
     """A shortage of high-quality horsehair for violin bows has pushed prices up by about 60
     per cent in two years, according to the Guild of Bow Makers and Restorers. Most bow hair
     comes from white-tailed horses in northern China and Mongolia, and the guild said export
     restrictions and a fall in horse numbers had reduced supply. Rehairing a violin bow now
     costs between £90 and £120 at most workshops, up from around £60. Guild president Tobias
     Merriwether said some makers were testing synthetic alternatives, but that professional
     players still overwhelmingly preferred natural hair. The guild will hold a conference on
     the shortage in Thornmouth in October, with suppliers from Argentina and Canada expected
     to attend.""",
     """Prices of top-grade horsehair for violin bows have climbed by roughly 60% over two
     years because of a shortage, the Guild of Violin Makers says. The guild blamed export
     restrictions and falling horse numbers for the drop in supply; most bow hair comes from
     white-tailed horses in Mongolia and northern China. At most workshops, having a violin
     bow rehaired now costs £90 to £120, compared with about £60 before. Some makers are
     trying out synthetic substitutes, said Tobias Merriwether, the guild's president, though
     natural hair remains overwhelmingly the choice of professional players. Suppliers from
     Argentina and Canada are expected at a conference on the shortage that the guild will
     hold in Thornmouth in October.""",
     errors=[E("Guild of Violin Makers", "entity", "minor", "Guild of Bow Makers and Restorers")],
     traps=[TR("roughly 60%", "about 60 per cent"),
            TR("compared with about £60 before", "up from around £60"),
            TR("trying out synthetic substitutes", "testing synthetic alternatives")])

case("piano tuning apprenticeships", "translation",
     """The piano manufacturer Lindqvist & Söhne will take on eight apprentice piano tuners
     this autumn, double last year's intake, the company announced in Grünfeld on Thursday.
     The three-and-a-half-year apprenticeship combines work in the company's tuning workshop
     with classes at the vocational school in Altmarkstadt. Apprentices receive a monthly
     allowance of 1,050 euros in the first year. Personnel manager Renate Vollmer said that
     nearly half of the company's 22 tuners would reach retirement age within ten years and
     that the firm had struggled to find qualified replacements. Applications are open until
     15 May; candidates must have completed secondary school, and a basic knowledge of music
     is an advantage but not a requirement.""",
     """Lindqvist & Söhne, the piano maker, announced on Thursday in Grünfeld that it will
     hire eight trainee piano tuners this autumn, twice as many as last year. The
     apprenticeship lasts three and a half years, combining practical work in the firm's
     tuning workshop with lessons at the Altmarkstadt vocational school. Trainees are paid a
     monthly allowance of 1,050 euros. According to HR manager Renate Vollmer, almost half of
     the company's 22 tuners will reach retirement age in the next ten years, and it has been
     hard to find qualified successors. The deadline for applications is 15 May. Applicants
     need a secondary school certificate; some basic musical knowledge is an advantage but
     not a requirement, but not a requirement.""",
     errors=[OM("in the first year", "1,050 euros", side="after", severity="major"),
             E("but not a requirement", "repetition", "minor", None, occ=1)],
     traps=[TR("twice as many as last year", "double last year's intake"),
            TR("almost half", "nearly half"),
            TR("The deadline for applications is 15 May", "Applications are open until 15 May")])

# ---------------------------------------------------------------- cases 21-30

case("wild garlic foraging", "rewrite",
     """Rangers at Hollin Wood nature reserve have asked foragers to stop digging up wild
     garlic bulbs after finding large areas of woodland floor stripped bare this spring. The
     reserve's owner, the Fenwold Wildlife Trust, said picking a few leaves for personal use
     was still allowed, but that uprooting whole plants was illegal without the landowner's
     permission. Senior ranger Callum Ashdown said at least three patches, each larger than a
     tennis court, had been cleared in April, apparently by commercial pickers supplying
     restaurants. The trust has put up 20 new signs and will carry out extra patrols at
     weekends until the end of May. Anyone caught uprooting plants could face a fine of up to
     £1,000.""",
     """Foragers have been urged by rangers at the Hollin Wood nature reserve to stop digging
     up wild garlic bulbs, after big stretches of the woodland floor were found stripped bare
     this spring. Picking a few leaves for your own use is still permitted, according to the
     Fenwold Wildlife Trust, which owns the reserve, but pulling up entire plants without the
     landowner's permission is against the law. In April, no fewer than three patches, each
     bigger than a tennis court, were cleared, seemingly by commercial pickers who supply
     restaurants, said senior ranger Callum Ashdown. Twenty new signs have gone up, and the
     trust will run extra weekend patrols until the end of May. People caught uprooting
     plants could be fined as much as £1,000.""",
     traps=[TR("against the law", "illegal"),
            TR("no fewer than three patches", "at least three patches"),
            TR("seemingly by commercial pickers", "apparently by commercial pickers"),
            TR("Twenty new signs have gone up", "The trust has put up 20 new signs"),
            TR("could be fined as much as £1,000", "could face a fine of up to £1,000")])

case("quarry lake swimming", "summary",
     """Braxton District Council is considering whether to allow supervised swimming at the
     flooded Gorsedge quarry this summer, three years after the site was fenced off following
     the drowning of a teenager. A report to the council's leisure committee recommends a
     trial on weekends in July and August, with two lifeguards on duty and swimming limited
     to a roped-off area near the shore. The committee will vote on the proposal on 18 March.
     Water tests carried out in January found no harmful bacteria, but the report warns that
     the water remains dangerously cold below a depth of three metres. Councillor Hetty
     Marchbank, who chairs the committee, said she had "an open mind" and that safety would
     come first.""",
     """Braxton District Council will allow supervised swimming at the flooded Gorsedge quarry
     this summer, three years after it was fenced off when a teenager drowned. A report
     proposes a weekend trial in July and August, with two lifeguards and a roped-off area
     near the shore; the leisure committee votes on 18 March. January tests found harmful
     bacteria, and the report warns the water is dangerously cold below three metres.""",
     errors=[E("will allow", "modality", "major", "is considering whether to allow"),
             E("found harmful bacteria", "polarity", "critical", "found no harmful bacteria")],
     traps=[TR("a weekend trial in July and August",
               "a trial on weekends in July and August")])

case("land speed records", "rewrite",
     """The rocket car Meridian Arrow reached 1,021 kilometres per hour on the Tallis salt
     flats on Saturday, the fastest run in the team's six-year programme, but still well
     short of the 1,250 km/h the team believes it needs to set a new world record. Driver Hal
     Pemberton, a former air force test pilot, said the car had been "rock steady" and that
     the team would attempt 1,100 km/h next month. The run was cut short after a sensor
     warned of high temperatures in the rocket's oxidiser tank. Project director Ingrid
     Solberg said the team had spent £11 million so far and needed to raise another £4
     million to make a full record attempt, which it hopes to do in 2026.""",
     """On Saturday the Meridian Arrow rocket car hit 1,021 km/h (around 730 mph) on the
     Tallis salt flats, its quickest run in six years of development, though still far below
     the 1,250 km/h its team thinks is needed for a new world record. The run was stopped
     early when a sensor flagged high temperatures in the oxidiser tank of the rocket. Hal
     Pemberton, the driver and a former air force test pilot, described the car as "rock
     steady" and said the team would try for 1,100 km/h next month. According to project
     director Ingrid Solberg, £11 million has been spent to date and a further £4 million
     must be raised before a full record attempt, which the team hopes to make in 2026.""",
     errors=[E("around 730 mph", "number", "minor", "1,021 kilometres per hour")],
     traps=[TR("its quickest run in six years of development",
               "the fastest run in the team's six-year programme"),
            TR("stopped early", "cut short"),
            TR("to date", "so far")])

case("husky kennels", "translation",
     """A husky kennel near the village of Ravnsjø has been ordered to reduce the number of
     its dogs from 140 to 90 by the end of the year, after an inspection by the regional food
     safety authority. Inspectors found that several enclosures were too small and that some
     dogs had not been given enough shelter from wind, the authority said in a decision
     published on Monday. The kennel, which offers sled-dog tours to tourists in winter, was
     not fined. Its owner, Sigrun Haldorsen, said she would comply and that about 30 of the
     dogs would be rehomed with private owners, while the rest would go to two other kennels
     in the region. She added that bookings for the coming season would not be affected.""",
     """Following an inspection, the regional food safety authority has told a husky kennel
     close to Ravnsjø to cut its dog numbers from 140 to 90 before the year is out. In a
     decision released on Monday, the authority said inspectors had found a number of
     enclosures that were too small, as well as some dogs without adequate protection from
     the wind. No fine was imposed on the kennel, which runs winter sled-dog trips for
     tourists. Owner Sigrun Haldorsen said she would comply with the order, explaining that
     roughly 30 of the dogs would go to private homes and the remainder to two other kennels
     in the region. She also said bookings for next season would not be affected.""",
     traps=[TR("before the year is out", "by the end of the year"),
            TR("a number of enclosures", "several enclosures"),
            TR("No fine was imposed on the kennel", "was not fined"),
            TR("roughly 30 of the dogs", "about 30 of the dogs"),
            TR("next season", "the coming season")])

case("wellington boot throwing", "rewrite",
     """A 58-year-old farmer from the village of Great Ockley has set a new national record
     for wellington boot throwing, hurling a size nine boot 63.4 metres at the county show on
     Sunday. Deirdre Malling beat the previous record of 61.9 metres, set in 2015 by Gareth
     Pym, by one and a half metres. The throw was measured by two officials from the National
     Welly Wanging Association, which confirmed the record on Monday after checking that the
     boot met the regulation weight. Mrs Malling, who took up the sport only four years ago,
     said she had trained by throwing boots across her own fields. About 120 competitors took
     part in this year's event, which raised £6,200 for the local air ambulance.""",
     """Deirdre Malling, a 58-year-old farmer from Great Ockley, threw a size nine wellington
     boot 63.4 metres at Sunday's county show, setting a new national record. Her throw beat
     by 1.5 metres the 61.9-metre mark set by Gareth Pym in 2015. Two officials from the
     National Welly Wanging Association measured the distance, and on Monday the association
     confirmed the record once it had checked that the boot was of regulation weight. Mrs
     Malling, who only took up the sport four years ago, said she had practised by throwing
     boots across her own fields. This year's event, which drew around 120 competitors,
     raised £6,200 for the local air ambulance.""",
     traps=[TR("Sunday's county show", "the county show on Sunday"),
            TR("by 1.5 metres", "by one and a half metres"),
            TR("the 61.9-metre mark set by Gareth Pym in 2015",
               "the previous record of 61.9 metres, set in 2015 by Gareth Pym"),
            TR("practised", "trained"),
            TR("drew around 120 competitors", "About 120 competitors took part")])

case("guinea pig shows", "summary",
     """More than 600 guinea pigs from 14 countries will compete at the European Cavy
     Championship in the town of Merrowfield on 21 and 22 September, organisers said on
     Tuesday. It is the first time the event has been held in the country since 2009. Animals
     will be judged in 46 breed classes, including the long-haired Peruvian and the rare
     Lunkarya, which has a distinctive curly coat. The organising club, the Merrowfield &
     District Cavy Society, said it expected around 3,000 visitors over the two days and had
     booked the town's exhibition hall at a cost of £18,000. Society chair Glenys Partridge
     said all animals would undergo a veterinary check on arrival, following an outbreak of
     ringworm at a show in another country last year.""",
     """Over 600 guinea pigs from 14 countries will be judged in 46 breed classes at the
     European Cavy Championship in Merrowfield on 21-22 September, the first time the country
     has hosted it since 2009. The organising Merrowfield & District Cavy Society expects
     about 3,000 visitors and has hired the town's exhibition hall for £18,000. After a
     ringworm outbreak at a show abroad last year, every animal will be checked by a vet on
     arrival.""",
     traps=[TR("Over 600", "More than 600"),
            TR("the first time the country has hosted it since 2009",
               "the first time the event has been held in the country since 2009"),
            TR("has hired the town's exhibition hall for £18,000",
               "had booked the town's exhibition hall at a cost of £18,000"),
            TR("a show abroad", "a show in another country"),
            TR("every animal will be checked by a vet on arrival",
               "all animals would undergo a veterinary check on arrival")])

case("elephant camps", "rewrite",
     """The government of Chanthara province has ordered 11 elephant camps to stop offering
     rides to tourists by the end of March, after an investigation found chained animals
     showing signs of stress. The investigation was commissioned by the provincial tourism
     office, which licenses the camps, and carried out by the animal welfare group Tusk Haven.
     The camps will be allowed to stay open if they switch to observation-only visits.
     Somchai Rattanawong, president of the camp owners' association, said the deadline was
     too short and warned that some of the 230 elephants involved could be sold to logging
     operations across the border. Tusk Haven's director, Laura Brinck, said the group would
     help the camps retrain their staff and had offered to pay for new enclosures.""",
     """Eleven elephant camps in Chanthara province have been told by the provincial
     government to end tourist rides by the end of March, after chained animals were found to
     be showing signs of stress. The investigation that uncovered the problems was
     commissioned by Tusk Haven, an animal welfare group, and carried out by the provincial
     tourism office, which licenses the camps. Camps that move to observation-only visits
     will be able to remain open. The deadline is too short, said Somchai Rattanawong, who
     heads the camp owners' association. Tusk Haven's director, Laura Brinck, warned that
     some of the 230 elephants involved could be sold to logging operations across the
     border, and said the group would help the camps retrain their staff and had offered to
     pay for new enclosures.""",
     errors=[E("commissioned by Tusk Haven, an animal welfare group, and carried out by the "
               "provincial tourism office", "role", "major",
               "commissioned by the provincial tourism office, which licenses the camps, and "
               "carried out by the animal welfare group Tusk Haven"),
             E("Tusk Haven's director, Laura Brinck, warned", "attribution", "major",
               "Somchai Rattanawong, president of the camp owners' association")],
     traps=[TR("Eleven elephant camps", "11 elephant camps"),
            TR("end tourist rides", "stop offering rides to tourists")])

case("paddle steamer restoration", "translation",
     """The paddle steamer Stadt Wellenau, built in 1908, returned to Lake Sarnig on Saturday
     after a four-year restoration costing 9.5 million francs. Several thousand people watched
     from the shore at Wellenau as the ship left the harbour for its first trip with
     passengers. During the restoration, the steam engine was dismantled and rebuilt by
     specialists in Hessberg, and the wooden deck was replaced entirely. Around half of the
     funds came from private donations, the association of friends of the ship said. From 1
     June, the steamer will sail twice a day between Wellenau and Kesslingen, except on
     Mondays. The association's president, Beat Hürlimann, thanked the 320 volunteers who had
     contributed more than 40,000 hours of work.""",
     """After four years of restoration at a cost of 9.5 million francs, the 1908 paddle
     steamer Stadt Wellenau is back on Lake Sarnig. On Saturday, thousands of spectators lined
     the shore at Wellenau to watch the ship leave port on its first passenger voyage. As
     part of the work, the steam engine was replaced by specialists in Hessberg, and the whole
     wooden deck was renewed. According to the ship's friends' association, about half of the
     money was donated privately. Starting on 1 June, the steamer will run two daily trips
     between Wellenau and Kesslingen, Mondays excepted. Association president Beat Hürlimann
     thanked the 320 volunteers who together put in over 40,000 hours.""",
     errors=[E("the steam engine was replaced", "event", "major",
               "the steam engine was dismantled and rebuilt")],
     traps=[TR("about half of the money was donated privately",
               "Around half of the funds came from private donations"),
            TR("two daily trips", "twice a day"),
            TR("Mondays excepted", "except on Mondays")])

case("christmas market stalls", "rewrite",
     """Stallholders at the Kettleby Christmas market will pay 15 per cent more for their
     pitches this year, the town council confirmed on Wednesday. A standard three-metre stall
     for the market's full five-week run will cost £2,300, up from £2,000 last year, while
     food and drink vendors will pay an extra £400 for electricity. The council said the
     increase was needed to cover higher costs for security, cleaning and the hire of wooden
     chalets. The market, which opens on 22 November, will have 84 stalls, six more than last
     year. Council leader Rowena Stiles said demand for pitches remained strong, with more
     than 200 applications received, and that local traders would again be given
     priority.""",
     """The cost of a pitch at the Kettleby Christmas market is rising by 15% this year, the
     town council confirmed on Wednesday. For the whole five weeks of the market, a standard
     three-metre stall will now cost £2,300 rather than last year's £2,000, and food and
     drink traders will have to pay £400 on top for electricity. According to the council,
     higher costs for security, cleaning and renting wooden chalets made the rise necessary.
     When the market opens on 22 November there will be 84 stalls, up from 78 last year.
     Demand for pitches is still strong, with over 200 applications received, said council
     leader Rowena Stiles, adding that local traders would once again get priority.""",
     traps=[TR("rising by 15%", "15 per cent more"),
            TR("rather than last year's £2,000", "up from £2,000 last year"),
            TR("£400 on top", "an extra £400"),
            TR("renting wooden chalets", "the hire of wooden chalets"),
            TR("up from 78 last year", "six more than last year")])

case("roller rink revival", "summary",
     """The Starlight roller rink in Denholm Bridge, closed since 2011, will reopen in October
     after a community group raised £640,000 to restore it. The Friends of the Starlight
     bought the 1930s building from the council for a nominal £1 last year and have since
     replaced the maple floor, repaired the roof and installed a new sound system. The
     group's chair, Marcus Ollerton, said more than 1,800 people had donated, and that about
     40 volunteers had worked on the building every weekend for a year. The rink will open
     five days a week, with sessions for schools on weekday mornings and adult-only roller
     discos on Friday nights. Skate hire will cost £4.""",
     """Denholm Bridge's Starlight roller rink, shut since 2011, reopens in October after the
     Friends of the Starlight raised £460,000 to restore it, replacing the maple floor and
     repairing the roof. The group, which bought the 1930s building from the council for £1,
     says more than 1,800 people donated. The rink will open five days a week, with school
     sessions on weekday mornings and adult-only roller discos on Friday nights, with school
     sessions on weekday mornings.""",
     errors=[E("£460,000", "number", "major", "£640,000"),
             E("with school sessions on weekday mornings", "repetition", "minor", None, occ=1)],
     traps=[TR("school sessions on weekday mornings", "sessions for schools on weekday mornings",
               occ=0)])

# ---------------------------------------------------------------- cases 31-40

case("slag heap greening", "rewrite",
     """A project to plant trees on the former colliery slag heap at Carnwick has been given
     £2.4 million by the regional development agency, it was announced on Tuesday. The
     38-hectare site, which has stood largely bare since the pit closed in 1986, will be
     covered with a layer of compost made from municipal garden waste before some 60,000
     birch, alder and rowan saplings are planted over three winters. Ecologist Dr Mairead
     Coyle, who is advising the project, said earlier attempts had failed because seedlings
     were planted directly into the acidic spoil. Tests have shown that the heap is stable
     and that there is no risk of the burning that affects some old tips, the agency said. A
     footpath network will open to the public in 2028.""",
     """The regional development agency announced on Tuesday that it is giving £2.4m to a
     project to plant trees on the former colliery slag heap at Carnwick. The 38-hectare site
     has been mostly bare since the pit shut in 1986. It will first be covered in a layer of
     compost made from municipal garden waste, and then about 60,000 birch, alder and rowan
     saplings will be planted over three winters. Earlier attempts failed because seedlings
     went straight into the acidic spoil, according to Dr Mairead Coyle, an ecologist
     advising on the project. The agency said tests had found the heap to be stable, though
     there was a risk of it burning, as some old tips do. A network of footpaths will be
     opened to the public in 2028.""",
     errors=[E("there was a risk of it burning", "polarity", "critical",
               "there is no risk of the burning")],
     traps=[TR("£2.4m", "£2.4 million"),
            TR("mostly bare", "largely bare"),
            TR("went straight into the acidic spoil", "were planted directly into the acidic spoil")])

case("brass instrument repair", "translation",
     """A workshop in the town of Horní Vlčany that has repaired brass instruments for
     military bands for more than 70 years will close at the end of June, because its owner
     has been unable to find a successor. Master craftsman Jiří Pokorný, 71, has run the
     workshop alone since his business partner died in 2017. Each year he repairs about 400
     trumpets, tubas, horns and trombones, most of them for army and fire brigade bands. Mr
     Pokorný said he had offered to train an apprentice free of charge for two years but had
     received no applications. The regional band association warned that musicians would now
     have to send instruments to Austria or Germany, which could take weeks.""",
     """A brass instrument repair shop in Horní Vlčany, which has been servicing military
     band instruments for over seven decades, is to shut at the end of June because the owner
     cannot find anyone to take it over. Jiří Pokorný, a 71-year-old master craftsman, has
     run the shop on his own since the death of his business partner in 2017. He repairs
     roughly 400 trumpets, tubas, horns and trombones a year, mostly for bands of the army and
     the fire brigade. He said he had offered to train an apprentice for two years without
     charge, but nobody had applied. Musicians will now have to send their instruments to
     Austria or Germany, which could take weeks, the regional band association warned.""",
     traps=[TR("over seven decades", "more than 70 years"),
            TR("has run the shop on his own", "has run the workshop alone"),
            TR("since the death of his business partner in 2017",
               "since his business partner died in 2017"),
            TR("without charge", "free of charge"),
            TR("nobody had applied", "had received no applications")])

case("goldfish fairs", "rewrite",
     """Organisers of the Halbridge Summer Fair have dropped goldfish prizes from the event
     after 112 years, following a campaign by local residents and an animal welfare charity.
     Fairground operator Big Wheel Amusements, which runs the hook-a-duck and ring-toss
     stalls, said it would offer soft toys and vouchers instead. The Halbridge Animal
     Protection League had collected 3,400 signatures on a petition calling for the change.
     The league's spokeswoman, Nadia Kerrigan, said fish given as prizes often died within
     days because they were carried home in small plastic bags. The fair, which attracts
     around 25,000 visitors, runs from 8 to 11 August. The town council, which owns the
     fairground, said it would consider banning animal prizes at all events on its land.""",
     """Goldfish will no longer be given as prizes at the Halbridge Summer Fair, ending a
     112-year tradition, after local residents and an animal welfare charity campaigned
     against the practice. Instead, soft toys and vouchers will be offered, said Big Wheel
     Amusements, the fairground operator that runs the ring-toss and hook-a-duck stalls. A
     petition by the Halbridge Animal Protection League calling for the change gathered 3,400
     signatures. Fish won as prizes frequently die within a few days because they are taken
     home in small plastic bags, said the league's spokeswoman, Nadia Kerrigan. About 25,000
     people visit the fair, which runs from 8 to 11 August. The town council, which owns the
     fairground, said it would look at a ban on animal prizes at all events on its land.""",
     traps=[TR("ending a 112-year tradition", "after 112 years"),
            TR("gathered 3,400 signatures", "had collected 3,400 signatures"),
            TR("frequently die within a few days", "often died within days"),
            TR("About 25,000 people visit the fair",
               "The fair, which attracts around 25,000 visitors"),
            TR("look at a ban on animal prizes", "consider banning animal prizes")])

case("candied fruit makers", "summary",
     """Candied fruit producers in the Valmora region have reported their worst season in a
     decade after spring frosts destroyed much of the local citron and bitter orange crop, the
     producers' consortium said on Friday. Output of candied peel is expected to fall to
     around 1,200 tonnes, compared with an average of 2,000 tonnes in recent years. Several of
     the consortium's 31 member firms have begun importing fruit from North Africa to meet
     Christmas orders, which account for roughly 60 per cent of annual sales. Consortium
     president Giulia Ferrandi said prices for wholesale customers would rise by between 10
     and 15 per cent. She called on the regional government to include fruit processors in a
     frost compensation scheme that currently covers only growers.""",
     """Spring frosts that wiped out much of Valmora's citron and bitter orange crop have
     given the region's candied fruit makers their poorest season in ten years, with output
     likely to drop to about 1,200 tonnes from a recent average of 2,000. Some firms are
     importing North African fruit for Christmas orders, around three-fifths of yearly sales.
     Wholesale prices will go up by 10-15%, the consortium's president said, urging that
     processors be added to a frost compensation scheme now limited to growers.""",
     traps=[TR("poorest season in ten years", "worst season in a decade"),
            TR("likely to drop to about 1,200 tonnes",
               "is expected to fall to around 1,200 tonnes"),
            TR("around three-fifths of yearly sales", "roughly 60 per cent of annual sales"),
            TR("by 10-15%", "by between 10 and 15 per cent")])

case("nativity scene carvers", "rewrite",
     """Woodcarvers in the mountain village of San Lorenzo di Vetta will display a life-size
     nativity scene in the main square of Trevallo from 8 December until 6 January, the
     regional tourism board announced on Monday. The 24 figures, carved from local Swiss
     pine, took a team of nine carvers led by Matteo Pirchner almost two years to complete.
     It is the first time the carvers' cooperative, Intaglio Vetta, has produced a scene on
     this scale. The board expects the display to draw around 150,000 visitors during the
     Christmas season. After the holidays, the figures will be moved to the parish church in
     San Lorenzo di Vetta, where they will be on permanent display.""",
     """A life-size nativity scene made by woodcarvers from the mountain village of San
     Lorenzo di Vetta will be on show in the village's main square between 8 December and New
     Year's Day, the regional tourism board said on Monday. A team of nine carvers under
     Matteo Pirchner spent almost two years carving the 24 figures from local Swiss pine. The
     carvers' cooperative, Intaglio Vetta, has never before produced a scene this large.
     Around 150,000 people are expected to visit the display over the Christmas season,
     according to the board. Once the holidays are over, the figures will go on permanent
     display in the village's parish church.""",
     errors=[E("the village's main square", "entity", "major", "the main square of Trevallo"),
             E("New Year's Day", "date", "minor", "6 January")],
     traps=[TR("under Matteo Pirchner", "led by Matteo Pirchner"),
            TR("has never before produced a scene this large",
               "It is the first time the carvers' cooperative, Intaglio Vetta, has produced a "
               "scene on this scale"),
            TR("Once the holidays are over", "After the holidays")])

case("zip line safety", "translation",
     """The adventure park Selva Alta in the municipality of Río Verdoso has suspended its
     longest zip line after a cable clamp was found to be loose during a routine check on
     Thursday morning. No one was hurt, and the park's five other zip lines remain open. The
     park's manager, Esteban Quirós, said the 1.2-kilometre line might reopen next weekend if
     an external engineer certifies it as safe. The civil protection office said it would
     inspect all eight zip lines operating in the municipality before the Easter holidays,
     when visitor numbers usually triple. The Selva Alta line, which reaches speeds of 80
     kilometres per hour, was installed in 2016 and carried some 45,000 riders last year.""",
     """Selva Alta, an adventure park in Río Verdoso municipality, has taken its longest zip
     line out of service after a routine inspection on Thursday morning revealed a loose
     cable clamp. Nobody was injured, and the other five zip lines at the park are still
     operating. According to park manager Esteban Quirós, the 1.2 km line will reopen next
     weekend, once an outside engineer has certified that it is safe. Before the Easter
     holidays, when the number of visitors normally triples, the civil protection office will
     inspect all eight zip lines in the municipality, it said. Installed in 2016, the Selva
     Alta line reaches 80 km/h and carried around 45,000 riders last year.""",
     errors=[E("will reopen", "modality", "major", "might reopen")],
     traps=[TR("Nobody was injured", "No one was hurt"),
            TR("normally triples", "usually triple"),
            TR("80 km/h", "80 kilometres per hour")])

case("goat racing", "rewrite",
     """The annual goat race in the hill town of Askerby drew a record crowd of about 8,000
     people on Saturday, organisers said. Twenty-two goats, each led by a handler, competed
     over a 400-metre course through the town's cobbled streets, finishing at the market
     cross. The winner, a three-year-old nanny goat called Bramble, completed the course in 2
     minutes 51 seconds, four seconds outside the course record set in 2019. Her handler,
     16-year-old Ellis Rowntree, received a silver cup and £250. The race, first run in 1952,
     raised £11,500 for the town's volunteer mountain rescue team, almost double last year's
     total. A veterinary surgeon checked all the animals before and after the race.""",
     """Around 8,000 people, a record according to organisers, turned out on Saturday to
     watch Askerby's annual goat race. Each led by a handler, 22 goats raced 400 metres
     through the hill town's cobbled streets to the finish at the market cross. Bramble, a
     three-year-old nanny goat, won in 2:51, four seconds slower than the course record,
     which dates from 2019. Ellis Rowntree, her 16-year-old handler, was awarded a silver cup
     and £250. First run in 1952, the race raised £11,500 for the town's volunteer mountain
     rescue team, nearly twice last year's total. Every animal was examined by a vet both
     before and after the race.""",
     traps=[TR("2:51", "2 minutes 51 seconds"),
            TR("four seconds slower than the course record", "four seconds outside the course record"),
            TR("which dates from 2019", "set in 2019"),
            TR("was awarded", "received"),
            TR("nearly twice last year's total", "almost double last year's total")])

case("nettle soup festivals", "summary",
     """The nettle soup festival in the village of Mossley End will not go ahead this year
     after the organising committee failed to find enough volunteers, its chair Imogen
     Farrant said on Tuesday. The festival, held every May since 1998, usually attracts about
     2,500 visitors and raises money for the village hall. Last year, cooks from 19
     households entered the soup competition, which was won by retired postman Dennis Hale.
     Ms Farrant said the committee needed at least 30 volunteers to run the event safely but
     had only 12 names. She said the festival could return next year if more people came
     forward, and that a meeting would be held in the village hall on 4 February to discuss
     its future.""",
     """Mossley End's nettle soup festival, held every May since 1998 and normally drawing
     some 2,500 visitors, has been postponed because organisers found only 12 of the minimum
     of 30 volunteers needed and lost a council grant. A village hall meeting on 4 February
     will discuss its future; the chair said it could return next year if more people came
     forward.""",
     errors=[E("has been postponed", "event", "major", "will not go ahead"),
             E("lost a council grant", "addition", "minor", None)],
     traps=[TR("some 2,500 visitors", "about 2,500 visitors")])

case("sea urchin harvest", "rewrite",
     """Fisheries inspectors have seized 1.4 tonnes of sea urchins taken illegally from a
     protected reef off Cape Morvane, the coastal authority said on Wednesday. The catch was
     found on Tuesday night in a refrigerated van at the port of Albarec, which was stopped by
     the coastguard acting on a tip-off. Two divers and the van's driver have been charged.
     The authority said the urchins, worth an estimated €35,000 on the restaurant market,
     were harvested during the closed season, which runs from May to October to allow the
     animals to breed. Live urchins still able to survive were returned to the sea. Local
     fishing cooperative Pescamar, which holds the only licence to harvest urchins on the
     reef, had reported the thefts to the authority in March.""",
     """The coastal authority said on Wednesday that fisheries inspectors had seized 1.4
     tonnes of sea urchins illegally taken from a protected reef off Cape Morvane. Acting on a
     tip-off, the coastguard stopped a refrigerated van at the port of Albarec on Tuesday
     night and found the catch inside. The van's driver and two divers have been charged. The
     urchins, estimated to be worth €35,000 on the restaurant market, were harvested in the
     closed season, which lasts from May to October so the animals can breed, the authority
     said. Urchins that were still alive and able to survive were put back into the sea. In
     March, the coastal authority had alerted Pescamar, the local fishing cooperative that
     alone is licensed to harvest urchins on the reef, to the thefts.""",
     errors=[E("the coastal authority had alerted Pescamar", "role", "minor",
               "Pescamar, which holds the only licence to harvest urchins on the reef, had "
               "reported the thefts to the authority")],
     traps=[TR("estimated to be worth €35,000", "worth an estimated €35,000"),
            TR("lasts from May to October so the animals can breed",
               "runs from May to October to allow the animals to breed"),
            TR("put back into the sea", "returned to the sea")])

case("bed races", "translation",
     """More than 40 teams pushed decorated beds through the old town of Marrenburg on Sunday
     in the twentieth edition of the town's charity bed race. Each team of five, four pushers
     and one person lying in the bed, covered a 2.5-kilometre route that included a climb up
     the Molenberg. The winning team, nurses from the Sint-Agatha hospital, finished in 9
     minutes and 40 seconds. Organisers said the race raised 18,300 euros, which will go to a
     hospice in the town. Because of roadworks, the route was shorter this year than the
     usual three kilometres. Spokesperson Femke de Wit said the organisation hoped to return
     to the full route next year, when the roadworks are due to be finished.""",
     """On Sunday, over 40 teams wheeled decorated beds through the historic centre of
     Marrenburg in the town's 20th charity bed race. Teams were made up of five people, one
     lying in the bed and four pushing, and tackled a 2.5 km course that took in a climb up
     the Molenberg. Victory went to a team of nurses from Sint-Agatha hospital, in a time of
     9:40. According to the organisers, the 18,300 euros raised will go to a hospice in the
     town. Roadworks meant this year's route was shorter than the normal three kilometres;
     the organisers hope to use the full route again next year, when the roadworks should be
     completed, spokesperson Femke de Wit said.""",
     traps=[TR("over 40 teams", "More than 40 teams"),
            TR("20th", "twentieth"),
            TR("9:40", "9 minutes and 40 seconds"),
            TR("Roadworks meant this year's route was shorter",
               "Because of roadworks, the route was shorter this year"),
            TR("should be completed", "are due to be finished")])

# ---------------------------------------------------------------- build + validate


class Problem(Exception):
    pass


def n_words(s):
    return len(re.findall(r"\S+", s))


def locate(hay, needle, occ, what):
    """Start offset of occurrence `occ` of `needle` in `hay`; an explicit occ is
    required when the needle occurs more than once."""
    starts = []
    i = hay.find(needle)
    while i != -1:
        starts.append(i)
        i = hay.find(needle, i + 1)
    if not starts:
        raise Problem("%s: %r not found" % (what, needle))
    if occ is None:
        if len(starts) > 1:
            raise Problem("%s: %r occurs %d times; give occ" % (what, needle, len(starts)))
        occ = 0
    if occ >= len(starts):
        raise Problem("%s: %r has no occurrence %d" % (what, needle, occ))
    return starts[occ]


def check_boundaries(text, start, end, what):
    if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        raise Problem("%s: span starts inside a word at %d" % (what, start))
    if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        raise Problem("%s: span ends inside a word at %d" % (what, end))
    if text[start:end] != text[start:end].strip():
        raise Problem("%s: span has leading/trailing space" % what)


def build_record(idx, c):
    cid = "s%d-%03d" % (N, idx)
    ref, cand, mode = c["reference"], c["candidate"], c["mode"]
    if mode not in MODES:
        raise Problem("%s: bad mode %r" % (cid, mode))
    if c["domain"] not in DOMAINS:
        raise Problem("%s: domain %r not in list" % (cid, c["domain"]))
    wc = n_words(ref)
    if not 70 <= wc <= 190:
        raise Problem("%s: reference has %d words" % (cid, wc))
    if mode == "summary" and not (n_words(cand) < wc and len(cand) < len(ref)):
        raise Problem("%s: summary not shorter than reference" % cid)
    if ref == cand:
        raise Problem("%s: candidate identical to reference" % cid)

    errors = []
    for k, e in enumerate(c["errors"]):
        what = "%s error %d" % (cid, k)
        if e["type"] not in ERROR_TYPES:
            raise Problem("%s: bad type %r" % (what, e["type"]))
        if e["severity"] not in SEVERITIES:
            raise Problem("%s: bad severity %r" % (what, e["severity"]))
        if e["kind"] == "omission":
            if mode == "summary":
                raise Problem("%s: omission in a summary" % what)
            rt = e["ref_text"]
            if not rt or rt not in ref:
                raise Problem("%s: omission ref_text %r not in reference" % (what, rt))
            if rt.lower() in cand.lower():
                raise Problem("%s: omitted words %r still in candidate" % (what, rt))
            a = locate(cand, e["anchor"], e["occ"], what + " anchor")
            pos = a if e["side"] == "before" else a + len(e["anchor"])
            if e["side"] not in ("before", "after"):
                raise Problem("%s: bad side" % what)
            if 0 < pos < len(cand) and cand[pos - 1].isalnum() and cand[pos].isalnum():
                raise Problem("%s: omission point inside a word" % what)
            errors.append({"start": pos, "end": pos, "text": "", "type": "omission",
                           "severity": e["severity"], "ref_text": rt})
            continue
        t = e["text"]
        if not t:
            raise Problem("%s: empty text" % what)
        s = locate(cand, t, e["occ"], what)
        check_boundaries(cand, s, s + len(t), what)
        rt = e["ref_text"]
        if e["type"] in ("addition", "repetition"):
            if rt is not None:
                raise Problem("%s: %s must have ref_text None" % (what, e["type"]))
            if e["type"] == "repetition" and cand.find(t) >= s:
                raise Problem("%s: repetition has no earlier copy" % what)
            if e["type"] == "addition" and t in ref:
                raise Problem("%s: added text is in the reference" % what)
        else:
            if not rt or rt not in ref:
                raise Problem("%s: ref_text %r not in reference" % (what, rt))
            if rt == t:
                raise Problem("%s: text equals ref_text" % what)
        errors.append({"start": s, "end": s + len(t), "text": t, "type": e["type"],
                       "severity": e["severity"], "ref_text": rt})

    traps = []
    for k, tr in enumerate(c["traps"]):
        what = "%s trap %d" % (cid, k)
        t, rt = tr["text"], tr["ref_text"]
        s = locate(cand, t, tr["occ"], what)
        check_boundaries(cand, s, s + len(t), what)
        if rt not in ref:
            raise Problem("%s: ref_text %r not in reference" % (what, rt))
        if rt == t:
            raise Problem("%s: trap text equals ref_text" % what)
        traps.append({"start": s, "end": s + len(t), "text": t, "ref_text": rt})

    # no overlaps (a zero-width omission may not sit strictly inside a span)
    spans = sorted([(x["start"], x["end"]) for x in errors + traps])
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s2 < e1:
            raise Problem("%s: overlapping spans %r %r" % (cid, (s1, e1), (s2, e2)))
    for x in errors:
        if x["start"] == x["end"]:
            for y in errors + traps:
                if y["start"] < x["start"] < y["end"]:
                    raise Problem("%s: omission point inside a span" % cid)
    for x in errors + traps:
        assert cand[x["start"]:x["end"]] == x["text"]

    label = "inconsistent" if errors else "consistent"
    if label == "consistent" and not 3 <= len(traps) <= 5:
        raise Problem("%s: consistent pair with %d traps" % (cid, len(traps)))
    if label == "inconsistent" and not (len(traps) <= 3 and 1 <= len(errors) <= 3):
        raise Problem("%s: inconsistent pair with %d traps, %d errors"
                      % (cid, len(traps), len(errors)))
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": c["domain"], "mode": mode, "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def build_all():
    records = [build_record(i + 1, c) for i, c in enumerate(CASES)]
    doms = [r["domain"] for r in records]
    if len(records) != 40:
        raise Problem("expected 40 pairs, got %d" % len(records))
    if len(set(doms)) != len(doms) or set(doms) != set(DOMAINS):
        raise Problem("domains must be used exactly once each")
    modes = Counter(r["mode"] for r in records)
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        raise Problem("mode counts %r" % modes)
    for m in MODES:
        cons = sum(1 for r in records if r["mode"] == m and r["label"] == "consistent")
        if cons * 2 != modes[m]:
            raise Problem("mode %s: %d consistent of %d" % (m, cons, modes[m]))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise Problem("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise Problem("error type %s used %d times" % (t, types[t]))
    return records


def report(records):
    print("pairs:", len(records))
    print("by mode:", dict(Counter(r["mode"] for r in records)))
    print("by label:", dict(Counter(r["label"] for r in records)))
    print("by mode x label:", dict(sorted(Counter((r["mode"], r["label"]) for r in records).items())))
    print("errors by type:", dict(sorted(Counter(e["type"] for r in records for e in r["errors"]).items())))
    print("errors by severity:", dict(Counter(e["severity"] for r in records for e in r["errors"])))
    print("errors per inconsistent pair:", dict(Counter(len(r["errors"]) for r in records if r["errors"])))
    print("traps:", sum(len(r["traps"]) for r in records))
    wc = [n_words(r["reference"]) for r in records]
    print("reference words: min %d max %d" % (min(wc), max(wc)))


def main():
    try:
        records = build_all()
    except Problem as exc:
        print("VALIDATION FAILED:", exc)
        sys.exit(1)
    report(records)
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    main()
