#!/usr/bin/env python3
"""Build set110: a held-out evaluation set for a fact-comparison tool.

How it was made
---------------
Every reference/candidate pair in this file was hand-written by a helper
session working only from a written brief.  The helper saw no code, data,
prompts or benchmark of the project it was written for, and no existing
benchmark.  All people, companies, organisations, places and figures are
invented (real countries appear only as background, e.g. "the French town
of ...").  Character offsets are never typed by hand: each span is given as
its quoted text (plus an occurrence index where the text repeats) and the
offsets are computed here by string search, then validated.

Composition (N = 40 pairs; the script re-checks every number below)
---------------------------------------------------------------------
* labels: 20 consistent, 20 inconsistent
* modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
* 30 errors over the eleven types:
    entity 3, number 3, date 3, role 3, polarity 3, modality 3,
    attribution 3, event 2, omission 3, addition 2, repetition 2
  10 inconsistent pairs carry one error and 10 carry two.
  Omissions occur only in rewrite and translation pairs.
* traps: every consistent pair carries 3-5 traps (faithful rewordings a
  naive checker might flag); inconsistent pairs carry 0-3.
* references: 70-190 words, news/agency/corporate/official register;
  every pair has a different domain from the brief's list of 40.

Usage
-----
    python3 make_set110.py           # validate, then write set110.jsonl
    python3 make_set110.py --check   # validate only, write nothing
"""

import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set110.jsonl")
N_SET = 110

DOMAINS = [
    "library late fees amnesty", "moorland restoration project",
    "village hall solar panels", "tram extension inquiry",
    "apprentice bricklayers", "river otter sightings",
    "marathon route dispute", "parish boundary review", "grain silo fire",
    "cattle market relocation", "canal lock gate failure",
    "bakery chain expansion", "veterinary practice takeover",
    "fireworks display cancellation", "taxi fare increase",
    "ice rink reopening", "garden centre flood", "tenant rent arbitration",
    "student nurse bursary", "oyster bed restoration", "hill farm subsidy",
    "ancient woodland felling", "town twinning anniversary",
    "scrap metal theft", "mobile library route", "cricket pavilion fire",
    "museum ticket charges", "ferry port strike", "oil rig decommissioning",
    "herring quota", "pedestrianised high street", "beach hut prices",
    "school milk scheme", "tractor run charity", "nuclear plant outage",
    "pier theatre restoration", "bird flu housing order",
    "refuse collection strike", "hospital radiotherapy machine",
    "greyhound stadium closure",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}


def E(text, etype, severity, ref, occ=0):
    """An error span in the candidate (ref is reference wording or None)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ}


def O(after, ref, severity, occ=0):
    """An omission: the missing words `ref` belong right after `after`."""
    return {"after": after, "type": "omission", "severity": severity,
            "ref_text": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording of reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def case(num, domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"num": num, "domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------------------
# 1  library late fees amnesty -- rewrite, consistent
case(1, "library late fees amnesty", "rewrite", "consistent",
     "Ashcote Borough Council will waive all overdue fines on library books "
     "returned between 3 March and 30 April, the authority announced on "
     "Monday. The amnesty covers the borough's nine branch libraries and its "
     "home delivery service. Council records show that about 4,200 residents "
     "currently have borrowing rights suspended because of unpaid fines, which "
     "total roughly £61,000. Councillor Brenda Talloway, cabinet member for "
     "culture, said the scheme was intended to bring lapsed readers back "
     "rather than to raise money. \"We would rather have the books and the "
     "borrowers back than chase small debts,\" she said. Fines for items lost "
     "or damaged will not be cancelled. The council is expected to review "
     "whether to scrap late fees permanently once the amnesty ends.",
     "Library users in Ashcote who bring back overdue books between 3 March "
     "and the end of April will have their fines written off, the borough "
     "council said on Monday. The amnesty applies at all nine branch libraries "
     "as well as the home delivery service. Roughly 4,200 residents currently "
     "have their borrowing rights suspended over unpaid fines, which total "
     "around £61,000, according to council records. The aim is to win back "
     "lapsed readers, not to raise money, said Brenda Talloway, the council's "
     "cabinet member for culture. \"We would rather have the books and the "
     "borrowers back than chase small debts,\" she said. Charges for lost or "
     "damaged items will still apply. Once the amnesty is over, the council is "
     "likely to consider whether to abolish late fees for good.",
     traps=[T("the end of April", "30 April"),
            T("written off", "waive"),
            T("Charges for lost or damaged items will still apply",
              "Fines for items lost or damaged will not be cancelled"),
            T("is likely to consider", "is expected to review"),
            T("abolish late fees for good", "scrap late fees permanently")])

# 2  moorland restoration project -- rewrite, inconsistent (number, modality)
case(2, "moorland restoration project", "rewrite", "inconsistent",
     "The Harrowdale Moors Trust has begun blocking drainage ditches across "
     "1,400 hectares of upland peat in a project intended to raise the water "
     "table and cut carbon losses. Work on the first phase, funded by a £3.8 "
     "million grant from the National Peatland Fund, is due to finish by "
     "October. Contractors will install around 6,000 timber and peat dams "
     "over the summer. Trust director Owen Pellick said the moor had been "
     "drained for sheep grazing in the 1950s and was now losing an estimated "
     "12 tonnes of carbon per hectare each year. Local graziers have agreed to "
     "reduce stocking levels on the wettest areas, although the trust said it "
     "may need to fence off some sections if recovery is slow. Monitoring "
     "will continue for at least ten years.",
     "Drainage ditches on 1,400 hectares of upland peat are being blocked by "
     "the Harrowdale Moors Trust in a bid to raise the water table and reduce "
     "carbon losses. The first phase, paid for with a £3.8 million National "
     "Peatland Fund grant, is scheduled for completion by October, and over "
     "the summer contractors will put in some 600 timber and peat dams. "
     "According to the trust's director, Owen Pellick, the moor was drained "
     "for sheep grazing in the 1950s and is currently losing an estimated 12 "
     "tonnes of carbon per hectare annually. Graziers have agreed to keep "
     "fewer animals on the wettest ground, but the trust said it will fence "
     "off some sections if recovery is slow. Monitoring is to run for a "
     "minimum of ten years.",
     errors=[E("some 600", "number", "major", "around 6,000"),
             E("it will fence off", "modality", "major",
               "it may need to fence off")],
     traps=[T("keep fewer animals on the wettest ground",
              "reduce stocking levels on the wettest areas"),
            T("a minimum of ten years", "at least ten years")])

# 3  village hall solar panels -- rewrite, consistent
case(3, "village hall solar panels", "rewrite", "consistent",
     "Solar panels have been fitted to the roof of Little Brenford village "
     "hall after a two-year fundraising campaign by the hall's management "
     "committee. The 24-panel array, installed last week by Fenwick "
     "Renewables, is expected to generate about 9,000 kilowatt hours a year, "
     "roughly half of the building's electricity use. The £18,500 cost was "
     "met by a £10,000 grant from the Brenford Community Energy Trust, with "
     "the rest raised through quiz nights, a sponsored cycle ride and "
     "donations. Committee chair Judith Marrow said lower bills would allow "
     "the hall to keep hire charges frozen for local groups until at least "
     "2026. Any surplus power will be exported to the grid.",
     "After two years of fundraising by its management committee, Little "
     "Brenford village hall now has solar panels on its roof. Fenwick "
     "Renewables fitted the 24-panel array last week, and it is likely to "
     "produce around 9,000 kWh a year, about 50% of the electricity the "
     "building uses. Of the £18,500 cost, £10,000 came from a Brenford "
     "Community Energy Trust grant, while the remaining £8,500 was raised "
     "through quiz nights, a sponsored bike ride and donations. Judith "
     "Marrow, who chairs the committee, said lower bills meant hire charges "
     "for local groups could stay frozen until 2026 at least. Any spare power "
     "will be fed into the grid.",
     traps=[T("is likely to produce", "is expected to generate"),
            T("9,000 kWh", "9,000 kilowatt hours"),
            T("about 50%", "roughly half"),
            T("the remaining £8,500", "the rest"),
            T("sponsored bike ride", "sponsored cycle ride")])

# 4  tram extension inquiry -- summary, consistent
case(4, "tram extension inquiry", "summary", "consistent",
     "A public inquiry into the proposed 4.2-mile extension of the "
     "Caldermouth tram network will open on 9 September, the Regional "
     "Transport Office confirmed yesterday. The planning inspector, Margaret "
     "Olusanya, is expected to sit for around six weeks at Caldermouth Town "
     "Hall. The £410 million scheme would link the city centre to Wexley Park "
     "and the new hospital campus, with eight new stops. Transit operator "
     "Calder Metro says the line would carry 5.5 million passengers a year. "
     "Opponents, led by the Wexley Residents' Association, argue that the "
     "route would remove 120 mature trees and cut through a conservation "
     "area. More than 1,900 written objections have been lodged. A final "
     "decision rests with the transport secretary and is not expected before "
     "next summer.",
     "An inquiry into Caldermouth's planned £410m, 4.2-mile tram extension to "
     "Wexley Park and the new hospital campus opens on 9 September and is "
     "likely to last about six weeks. Calder Metro forecasts 5.5 million "
     "passengers a year, but opponents led by the Wexley Residents' "
     "Association cite the loss of 120 mature trees and the route through a "
     "conservation area; over 1,900 written objections have been lodged. The "
     "transport secretary will make the final decision, probably not before "
     "next summer.",
     traps=[T("£410m", "£410 million"),
            T("is likely to last about six weeks",
              "is expected to sit for around six weeks"),
            T("over 1,900", "More than 1,900"),
            T("probably not before next summer",
              "is not expected before next summer")])

# 5  apprentice bricklayers -- rewrite, inconsistent (role)
case(5, "apprentice bricklayers", "rewrite", "inconsistent",
     "Twenty-two apprentice bricklayers from Marlden Vale College have been "
     "taken on by housebuilder Greystone Homes to work on its 340-home "
     "development at Kestow Fields. The two-year apprenticeships, which began "
     "on Monday, combine four days a week on site with one day of college "
     "study. Greystone will pay the college £1,200 per apprentice towards the "
     "cost of the classroom training, and the apprentices will earn £9.40 an "
     "hour in their first year, above the legal minimum for their age group. "
     "The firm's training manager, Priya Castell, said the industry faced a "
     "shortage of skilled bricklayers as older workers retired. College "
     "principal Neil Hebden described it as the largest single intake of "
     "construction apprentices in the college's history. Greystone intends "
     "to offer permanent jobs to those who complete the course.",
     "Housebuilder Greystone Homes has recruited 22 apprentice bricklayers "
     "from Marlden Vale College to work on its 340-home Kestow Fields "
     "development. The two-year apprenticeships started on Monday and split "
     "the week between four days on site and a day of study at college. The "
     "college will pay Greystone £1,200 for each apprentice towards classroom "
     "training costs, while the apprentices themselves will be paid £9.40 an "
     "hour in year one, more than the legal minimum for their age group. "
     "Priya Castell, Greystone's training manager, said skilled bricklayers "
     "were in short supply as older workers retired, and principal Neil "
     "Hebden called it the biggest single intake of construction apprentices "
     "the college had ever had. Greystone plans to offer permanent jobs to "
     "those who complete the course.",
     errors=[E("college will pay Greystone", "role", "major",
               "Greystone will pay the college")],
     traps=[T("has recruited", "have been taken on by"),
            T("in year one", "in their first year"),
            T("more than the legal minimum", "above the legal minimum")])

# 6  river otter sightings -- rewrite, consistent
case(6, "river otter sightings", "rewrite", "consistent",
     "Otters have been recorded on every stretch of the River Tamble for the "
     "first time in more than 60 years, according to a survey published by "
     "the Tamble Valley Wildlife Trust on Thursday. Volunteers checked 85 "
     "sites between April and August and found spraints, footprints or other "
     "signs of otters at 71 of them, up from 38 sites in the previous survey "
     "five years ago. Survey coordinator Helen Aske said improved water "
     "quality and the removal of two weirs had probably helped the animals "
     "spread upstream. The trust cautioned that the figures showed where "
     "otters were present, not how many there were. It has asked anglers and "
     "walkers to report any dead otters found on roads near the river.",
     "A Tamble Valley Wildlife Trust survey released on Thursday has found "
     "otters along every stretch of the River Tamble, the first time this has "
     "happened in over six decades. Between April and August, volunteers "
     "visited 85 sites, finding spraints, tracks or other evidence of otters "
     "at 71, almost double the 38 recorded when the survey was last carried "
     "out, five years ago. Cleaner water and the removal of two weirs are "
     "likely to have helped the otters move upstream, according to survey "
     "coordinator Helen Aske. However, the trust warned that the results "
     "indicate where otters are present rather than how many there are. "
     "Anglers and walkers are being asked to report any dead otters they find "
     "on roads near the river.",
     traps=[T("released", "published"),
            T("over six decades", "more than 60 years"),
            T("almost double the 38 recorded", "up from 38 sites"),
            T("are likely to have helped", "had probably helped")])

# 7  marathon route dispute -- translation, consistent
case(7, "marathon route dispute", "translation", "consistent",
     "The organisers of the Valmera Marathon and the city council have failed "
     "to agree on the route for this year's race, which is scheduled for 14 "
     "April. The council wants the course to avoid the old harbour district, "
     "where residents complained last year that they were unable to leave "
     "their homes for up to seven hours. The organising association, Valmera "
     "Corre, says that changing the route now would cost about 80,000 euros "
     "and could cost the race its international certification. Deputy mayor "
     "Lucía Ferrandis said on Wednesday that the council would not issue a "
     "permit for the old route. The association's president, Tomás Aranda, "
     "replied that the runners, more than 9,000 of whom have already "
     "registered, deserve a decision within two weeks.",
     "No agreement has yet been reached between Valmera city hall and the "
     "organisers of the city's marathon over the course of this year's event, "
     "set to take place on 14 April. Municipal authorities want runners kept "
     "out of the old port quarter, whose residents complained last year of "
     "being unable to leave their houses for as long as seven hours. "
     "According to the organising body, Valmera Corre, altering the course at "
     "this stage would cost some 80,000 euros and might jeopardise the race's "
     "international certification. On Wednesday the deputy mayor, Lucía "
     "Ferrandis, stated that the council would refuse to grant a permit for "
     "the previous route. Tomás Aranda, who heads the association, responded "
     "that the more than 9,000 runners already signed up deserve an answer "
     "within a fortnight.",
     traps=[T("for as long as seven hours", "for up to seven hours"),
            T("some 80,000 euros", "about 80,000 euros"),
            T("might jeopardise the race's international certification",
              "could cost the race its international certification"),
            T("who heads the association", "The association's president"),
            T("a fortnight", "two weeks")])

# 8  parish boundary review -- summary, inconsistent (entity)
case(8, "parish boundary review", "summary", "inconsistent",
     "The Boundary Review Panel has published draft proposals that would "
     "move about 640 homes on the Fernley Grange estate from Upper Skelbrow "
     "parish into neighbouring Corrington parish. The panel said the change "
     "would reflect the fact that the estate, built in the 2010s, is "
     "physically joined to Corrington and shares its school and shops. Upper "
     "Skelbrow Parish Council opposes the plan, warning that it would lose "
     "nearly a third of its council tax precept income. Corrington's parish "
     "clerk, Alan Moss, said his council welcomed the proposals. A ten-week "
     "consultation opens on 2 June, and final recommendations are due in "
     "December.",
     "Draft boundary proposals would transfer some 640 homes on the Fernley "
     "Grange estate from Upper Skelbrow to Corrington parish, which the "
     "estate adjoins and whose school and shops it shares. Corrington Parish "
     "Council opposes the move, saying it would lose almost a third of its "
     "precept income. Consultation runs for ten weeks from 2 June, with final "
     "recommendations due in December.",
     errors=[E("Corrington Parish Council", "entity", "major",
               "Upper Skelbrow Parish Council")],
     traps=[T("some 640", "about 640"),
            T("almost a third", "nearly a third")])

# 9  grain silo fire -- rewrite, consistent
case(9, "grain silo fire", "rewrite", "consistent",
     "Firefighters spent more than 14 hours tackling a blaze at a grain silo "
     "on the outskirts of Draxford on Saturday. The fire, which was reported "
     "at 2.15am, broke out in a 30-metre storage tower at the Draxford "
     "Agricultural Co-operative depot holding around 1,800 tonnes of wheat. "
     "Six fire engines and an aerial ladder platform were sent to the scene. "
     "Residents of 15 nearby homes were advised to keep windows and doors "
     "closed because of smoke, but no one was evacuated and nobody was "
     "injured. Station manager Colin Ruddle said the cause was not yet known, "
     "although investigators were looking at the possibility of dust "
     "ignition in the drying equipment. The co-operative said it was too "
     "early to estimate the value of the lost grain.",
     "A grain silo fire on the edge of Draxford kept firefighters busy for "
     "over 14 hours on Saturday. The blaze was reported at 2.15am in a 30m "
     "storage tower at the Draxford Agricultural Co-operative depot, which "
     "contained about 1,800 tonnes of wheat. Six engines and an aerial ladder "
     "platform attended. People living in 15 homes close by were told to "
     "keep their windows and doors shut because of the smoke; there were no "
     "evacuations and no injuries. The cause has not yet been established, "
     "station manager Colin Ruddle said, but investigators are considering "
     "whether dust in the drying equipment may have ignited. According to the "
     "co-operative, it is too soon to put a figure on the value of the grain "
     "that was lost.",
     traps=[T("over 14 hours", "more than 14 hours"),
            T("30m", "30-metre"),
            T("there were no evacuations and no injuries",
              "no one was evacuated and nobody was injured"),
            T("too soon to put a figure on", "too early to estimate")])

# 10 cattle market relocation -- rewrite, inconsistent (date, omission)
case(10, "cattle market relocation", "rewrite", "inconsistent",
     "Kelbury's weekly cattle market will move from its town-centre site to "
     "a purpose-built complex at Moorside Farm, three miles to the east, "
     "after councillors approved the plan on Tuesday. The new site, which "
     "will have covered pens for up to 2,500 animals, is due to open in March "
     "2026. The market has operated on Bridge Street since 1874. The "
     "auctioneers, Holcroft & Lyle, said the current yard was too cramped for "
     "modern livestock lorries and failed to meet current animal welfare "
     "standards. Some traders in the town centre fear losing business on "
     "market days, when farmers traditionally visit local shops and cafés. "
     "The council said the vacated Bridge Street site would be earmarked for "
     "housing, subject to a separate planning application.",
     "Councillors on Tuesday approved plans to move Kelbury's weekly cattle "
     "market out of the town centre to a purpose-built complex at Moorside "
     "Farm, three miles east of the town. Due to open in March 2026, the new "
     "site will have covered pens for as many as 2,500 animals. The market "
     "has been held on Bridge Street since 1847. According to auctioneers "
     "Holcroft & Lyle, the existing yard is too cramped for modern livestock "
     "lorries and falls short of current animal welfare standards. Some "
     "town-centre traders are worried about losing trade on market days, "
     "when farmers have traditionally called in at local shops and cafés. The "
     "council said the Bridge Street site would be earmarked for housing once "
     "vacated.",
     errors=[E("1847", "date", "minor", "1874"),
             O("once vacated", "subject to a separate planning application",
               "major")],
     traps=[T("as many as 2,500", "up to 2,500")])

# 11 canal lock gate failure -- translation, inconsistent (date, modality)
case(11, "canal lock gate failure", "translation", "inconsistent",
     "A lock gate on the Hessel Canal near Ostrevelde gave way early on "
     "Sunday morning, draining a two-kilometre stretch of the waterway and "
     "stranding around 30 boats. The waterways authority, Vaarwegen Noord, "
     "said the lower gate of lock 7 failed at about 5.40am, shortly before "
     "the first scheduled passage of the day. No one was hurt. Engineers "
     "believe corrosion in one of the hinges may have caused the failure, but "
     "a full inspection has not yet been carried out. The authority said the "
     "canal would remain closed to traffic for at least three weeks while a "
     "temporary gate was installed. Boat owners have been told they may be "
     "able to move their vessels by crane at the authority's expense.",
     "Early on Sunday a lock gate on the Hessel Canal close to Ostrevelde "
     "collapsed, emptying two kilometres of the canal and leaving some 30 "
     "boats stuck. According to Vaarwegen Noord, the body that manages the "
     "waterways, the downstream gate of lock 7 gave way at around 5.40am, "
     "shortly after the first scheduled passage of the day. There were no "
     "injuries. Engineers suspect that a corroded hinge may be to blame, "
     "although no full inspection has taken place yet. The canal will stay "
     "closed to shipping for a minimum of three weeks while a temporary gate "
     "is fitted, the authority said. Boat owners have been informed that "
     "their vessels will be lifted out by crane, with the authority covering "
     "the cost.",
     errors=[E("shortly after", "date", "minor", "shortly before"),
             E("will be lifted out by crane", "modality", "major",
               "may be able to move their vessels by crane")],
     traps=[T("some 30 boats", "around 30 boats"),
            T("a minimum of three weeks", "at least three weeks")])

# 12 bakery chain expansion -- summary, inconsistent (role, number)
case(12, "bakery chain expansion", "summary", "inconsistent",
     "Northern bakery chain Crumb & Co plans to open 45 new shops over the "
     "next three years, creating about 600 jobs, after agreeing a £22 million "
     "investment from private equity firm Larchmont Capital. The deal gives "
     "Larchmont a 35% stake in the business, with founder Maggie Ellery "
     "retaining majority ownership. The chain, which took over rival "
     "Hartley's Pantry last year, currently operates 118 shops, mostly in the "
     "northern counties, and will expand south for the first time. Chief "
     "executive Daniel Soper said new sites would be chosen in market towns "
     "and retail parks rather than city centres, where rents remained high. "
     "The company reported sales of £74 million in the year to March, up 11%.",
     "Crumb & Co, taken over by rival Hartley's Pantry last year, will open "
     "45 shops in three years and create about 600 jobs after Larchmont "
     "Capital agreed to invest £2.2m for a 35% stake; founder Maggie Ellery "
     "keeps majority control. The 118-shop chain will expand south for the "
     "first time, favouring market towns and retail parks over high-rent city "
     "centres. Sales rose 11% to £74m in the year to March.",
     errors=[E("Crumb & Co, taken over by rival Hartley's Pantry", "role",
               "major", "which took over rival Hartley's Pantry"),
             E("£2.2m", "number", "major", "£22 million")],
     traps=[T("keeps majority control", "retaining majority ownership"),
            T("£74m", "£74 million")])

# 13 veterinary practice takeover -- rewrite, consistent
case(13, "veterinary practice takeover", "rewrite", "consistent",
     "Oakhurst Veterinary Surgery, which has served the Penmarsh area for 42 "
     "years, has been bought by national vet group Petwell Animal Health for "
     "an undisclosed sum. The deal, completed on 28 February, brings "
     "Petwell's number of practices to 212. All 19 staff, including four "
     "vets, will keep their jobs, and the surgery will continue to trade "
     "under its existing name for at least a year. Senior partner Graham "
     "Tolley, who is retiring, said he had looked for an independent buyer "
     "for two years without success. The Fair Trading Commission is currently "
     "examining consolidation in the sector, and some clients have raised "
     "concerns that prices could rise. Petwell said there were no plans to "
     "change fees.",
     "National vet group Petwell Animal Health has acquired Oakhurst "
     "Veterinary Surgery, which has looked after animals in Penmarsh for 42 "
     "years, for a sum that has not been disclosed. The purchase, completed "
     "on 28 February, takes Petwell to 212 practices. The surgery's 19 "
     "employees, four of them vets, will all be kept on, and it will go on "
     "trading under its current name for a minimum of 12 months. Graham "
     "Tolley, the senior partner, who is retiring, said two years of "
     "searching for an independent buyer had proved fruitless. Some clients "
     "fear prices may go up, at a time when the Fair Trading Commission is "
     "looking into consolidation across the sector, but Petwell said it had "
     "no plans to alter fees.",
     traps=[T("has acquired", "has been bought by"),
            T("a sum that has not been disclosed", "an undisclosed sum"),
            T("four of them vets", "including four vets"),
            T("a minimum of 12 months", "at least a year"),
            T("two years of searching for an independent buyer had proved "
              "fruitless",
              "he had looked for an independent buyer for two years without "
              "success")])

# 14 fireworks display cancellation -- rewrite, inconsistent (attribution)
case(14, "fireworks display cancellation", "rewrite", "inconsistent",
     "The annual Bonfire Night fireworks display on Halbridge Common has been "
     "cancelled for the first time in 28 years, organisers the Halbridge "
     "Bonfire Committee announced on Friday. The committee said insurance "
     "costs had more than tripled to £7,400 and that it had struggled to "
     "recruit enough volunteer stewards. Last year's event drew an estimated "
     "11,000 people and raised £16,000 for local charities. Committee "
     "chairman Keith Norland said members were \"heartbroken\" but could not "
     "run the event safely with fewer than 60 stewards. Halbridge Town "
     "Council, which owns the common, said it had offered a £2,000 grant but "
     "understood the decision. A smaller lantern parade organised by the "
     "town's scout group will still go ahead on 5 November.",
     "For the first time in 28 years, there will be no Bonfire Night "
     "fireworks display on Halbridge Common, the Halbridge Bonfire Committee "
     "said on Friday. The organisers blamed a more than threefold rise in "
     "insurance costs, to £7,400, and difficulty finding enough volunteer "
     "stewards. Around 11,000 people are thought to have attended last year's "
     "display, which raised £16,000 for local charities. Committee members "
     "were \"heartbroken\", chairman Keith Norland said. The display could not "
     "be run safely with fewer than 60 stewards, according to Halbridge Town "
     "Council, which owns the common and had offered a £2,000 grant; the "
     "council said it understood the decision. The scout group's smaller "
     "lantern parade will still take place on 5 November.",
     errors=[E("according to Halbridge Town Council", "attribution", "major",
               "Committee chairman Keith Norland said")],
     traps=[T("a more than threefold rise", "more than tripled")])

# 15 taxi fare increase -- summary, consistent
case(15, "taxi fare increase", "summary", "consistent",
     "Taxi fares in Brackenford will rise by an average of 9% from 1 July "
     "after the city council's licensing committee approved a request from "
     "drivers on Wednesday. The standard daytime fare for a two-mile journey "
     "will go up from £8.20 to £8.90, while the night-time tariff, which "
     "applies between 11pm and 6am, will increase by a similar proportion. It "
     "is the first fare rise since 2022. The Brackenford Hackney Carriage "
     "Association had asked for 15%, citing higher fuel, insurance and "
     "vehicle costs. Committee chair Ruth Adeyemi said the smaller increase "
     "balanced the needs of drivers and passengers. Private hire firms, which "
     "set their own prices, are not covered by the decision.",
     "Taxi fares in Brackenford will go up by 9% on average from 1 July, with "
     "a daytime two-mile trip rising by 70p to £8.90. Drivers had asked for "
     "15%, citing higher costs, but the licensing committee approved a "
     "smaller rise, the first since 2022. Private hire firms set their own "
     "prices and are unaffected.",
     traps=[T("go up by 9% on average", "rise by an average of 9%"),
            T("rising by 70p to £8.90", "from £8.20 to £8.90"),
            T("citing higher costs",
              "citing higher fuel, insurance and vehicle costs"),
            T("are unaffected", "are not covered by the decision")])

# 16 ice rink reopening -- translation, consistent
case(16, "ice rink reopening", "translation", "consistent",
     "The ice rink in Kovasen will reopen to the public on 2 December after "
     "an eighteen-month renovation costing 6.3 million euros, the "
     "municipality announced on Tuesday. The hall was closed in May last year "
     "when inspectors found that the roof's steel beams had been weakened by "
     "corrosion. In addition to the new roof, the building has received a "
     "modern refrigeration system that, according to the municipality, will "
     "use about 40 percent less energy than the old one. Skating clubs, which "
     "have trained in the neighbouring town of Harjavik during the closure, "
     "will get their ice times back from the first week. Public skating "
     "sessions will cost five euros for adults, the same price as before the "
     "closure, and children under seven will skate free.",
     "Kovasen's ice hall reopens to the public on 2 December following a "
     "renovation that lasted a year and a half and cost €6.3 million, the "
     "town said on Tuesday. It had been shut since May of last year, after "
     "inspectors discovered corrosion had weakened the steel beams supporting "
     "the roof. Besides a new roof, the hall now has an up-to-date cooling "
     "system which the town says will consume roughly 40% less energy than "
     "its predecessor. Skating clubs, which have been training in nearby "
     "Harjavik while the rink was closed, will have their ice slots restored "
     "from the first week. Admission to public sessions remains five euros "
     "for adults, unchanged from before the closure, while children younger "
     "than seven skate for free.",
     traps=[T("a year and a half", "eighteen-month"),
            T("€6.3 million", "6.3 million euros"),
            T("roughly 40% less", "about 40 percent less"),
            T("children younger than seven", "children under seven")])

# 17 garden centre flood -- rewrite, consistent
case(17, "garden centre flood", "rewrite", "consistent",
     "Willowmere Garden Centre near Ashby Cross will stay closed for at least "
     "a month after flash flooding on Sunday night left parts of the site "
     "under a metre of water. Owner Fiona Brackley said about 70% of the "
     "outdoor plant stock had been destroyed and the café, which reopened "
     "only in June after a refit, had been badly damaged. The centre employs "
     "46 people, all of whom will continue to be paid during the closure. The "
     "Lowland Water Board said 38mm of rain fell in under two hours, "
     "overwhelming a culvert that runs beneath the car park. The owners have "
     "not yet decided whether to reopen the café before Christmas. A "
     "crowdfunding page set up by customers had raised £9,300 by Wednesday.",
     "Flash flooding on Sunday night left parts of Willowmere Garden Centre, "
     "near Ashby Cross, under a metre of water, and the site will remain shut "
     "for a month at the very least. Roughly seven in ten of the outdoor "
     "plants were destroyed, according to owner Fiona Brackley, who added "
     "that the café, refitted and reopened as recently as June, had suffered "
     "serious damage. All 46 staff will carry on being paid while the centre "
     "is closed. According to the Lowland Water Board, 38mm of rain fell in "
     "less than two hours, more than a culvert under the car park could cope "
     "with. No decision has yet been made on whether the café will reopen "
     "before Christmas. By Wednesday, a crowdfunding page set up by customers "
     "had collected £9,300.",
     traps=[T("for a month at the very least", "for at least a month"),
            T("Roughly seven in ten", "about 70%"),
            T("in less than two hours", "in under two hours"),
            T("No decision has yet been made",
              "The owners have not yet decided")])

# 18 tenant rent arbitration -- rewrite, inconsistent (polarity, repetition)
case(18, "tenant rent arbitration", "rewrite", "inconsistent",
     "An independent arbitrator has ruled that tenants of the Castlegate "
     "Court flats in Wrexley should pay a rent increase of 4.5% rather than "
     "the 12% sought by their landlord, Norbury Estates. The decision, issued "
     "on 11 March, affects 96 households. Arbitrator Simon Fairlie found that "
     "the landlord had not shown that its maintenance costs had risen enough "
     "to justify the higher figure. However, he rejected the tenants' "
     "argument that rents should be frozen because of delayed repairs to the "
     "lifts. The Castlegate Tenants' Union said it was pleased with the "
     "outcome. Norbury Estates said it was disappointed but would not appeal. "
     "The new rents will apply from 1 May.",
     "Tenants in 96 households at Castlegate Court in Wrexley will face a "
     "rent rise of 4.5%, not the 12% their landlord Norbury Estates wanted, "
     "after an independent arbitrator ruled on 11 March. Simon Fairlie, the "
     "arbitrator, concluded that the landlord had failed to demonstrate a "
     "rise in maintenance costs large enough to warrant the higher figure. He "
     "did, however, reject the tenants' case for a rent freeze on the grounds "
     "that repairs to the lifts had been delayed. The Castlegate Tenants' "
     "Union welcomed the outcome. Norbury Estates, which said it was "
     "disappointed, is to appeal. The new rents will apply from 1 May. The "
     "new rents will apply from 1 May.",
     errors=[E("is to appeal", "polarity", "critical", "would not appeal"),
             E("The new rents will apply from 1 May.", "repetition", "minor",
               None, occ=1)],
     traps=[T("failed to demonstrate", "had not shown"),
            T("welcomed the outcome", "said it was pleased with the outcome")])

# 19 student nurse bursary -- translation, inconsistent (polarity)
case(19, "student nurse bursary", "translation", "inconsistent",
     "The regional government of Alvenha will pay every first-year nursing "
     "student a monthly grant of 350 euros from the next academic year, the "
     "health councillor, Rui Sarmento, announced on Monday. The measure, "
     "which will cost around 4.2 million euros a year, aims to reduce the "
     "number of students who abandon their studies for financial reasons. "
     "Students who receive the grant will not be required to work in the "
     "region's public hospitals after graduating, Sarmento said, although the "
     "government hopes most will choose to stay. The nurses' union welcomed "
     "the announcement but said it did not address low salaries for "
     "qualified nurses. About 1,000 students are expected to benefit.",
     "Starting next academic year, Alvenha's regional government will give "
     "all first-year nursing students a grant of 350 euros a month, health "
     "councillor Rui Sarmento said on Monday. The scheme, which will cost "
     "some 4.2 million euros annually, is intended to cut the number of "
     "students who drop out of their courses because of money problems. "
     "According to Sarmento, those receiving the grant will have to work in "
     "public hospitals in the region once they qualify, though the government "
     "hopes the majority will opt to remain. The nurses' union welcomed the "
     "move but said it did nothing about the poor pay of qualified nurses. "
     "Roughly 1,000 students are expected to benefit.",
     errors=[E("will have to work", "polarity", "critical",
               "will not be required to work")],
     traps=[T("drop out of their courses because of money problems",
              "abandon their studies for financial reasons"),
            T("Roughly 1,000", "About 1,000")])

# 20 oyster bed restoration -- summary, inconsistent (addition)
case(20, "oyster bed restoration", "summary", "inconsistent",
     "Conservationists have laid 120 tonnes of cockle shell on the seabed of "
     "Mawley Sound to create a base for a new native oyster reef, the Mawley "
     "Sound Partnership said on Tuesday. Around 80,000 juvenile oysters, "
     "reared at a hatchery in Pelvenna, will be placed on the shell bed next "
     "month. The Sound once supported a major oyster fishery, but stocks "
     "collapsed in the early 20th century because of overfishing and disease. "
     "Project manager Isla Trevenna said a healthy reef could filter millions "
     "of litres of seawater a day and provide habitat for fish and crabs. The "
     "£1.1 million project is funded by a marine conservation charity and two "
     "water companies. Commercial harvesting is not planned.",
     "Conservationists have laid 120 tonnes of cockle shell in Mawley Sound "
     "as the base for a native oyster reef, the first of its kind in the "
     "region, and about 80,000 hatchery-reared juveniles will be added next "
     "month. The Sound's oyster stocks collapsed in the early 1900s through "
     "overfishing and disease. A healthy reef could filter millions of litres "
     "of seawater daily and shelter fish and crabs, according to the project "
     "manager. The £1.1m scheme is funded by a marine charity and two water "
     "companies; no commercial harvesting is planned.",
     errors=[E("the first of its kind in the region", "addition", "minor",
               None)],
     traps=[T("early 1900s", "early 20th century"),
            T("£1.1m", "£1.1 million")])

# 21 hill farm subsidy -- translation, inconsistent (omission, attribution)
case(21, "hill farm subsidy", "translation", "inconsistent",
     "Hill farmers in the Trosvik valley will receive an additional payment "
     "of 180 euros per hectare this year to compensate for the losses caused "
     "by last summer's drought, the agriculture ministry announced on "
     "Thursday. The payment applies only to farms located above 400 metres "
     "that keep sheep or cattle. According to the ministry, around 1,300 "
     "farms will qualify. The farmers' association, Bondelag Trosvik, said "
     "the amount covered less than half of the additional feed costs its "
     "members had incurred. Minister Karin Holtedal said the government would "
     "review the support scheme in the autumn. Applications must be submitted "
     "by 31 May.",
     "The agriculture ministry said on Thursday that mountain farmers in the "
     "Trosvik valley will be given an extra 180 euros per hectare this year "
     "as compensation for losses from last summer's drought. Only farms "
     "situated more than 400 metres above sea level are eligible. The "
     "farmers' association, Bondelag Trosvik, estimates that some 1,300 farms "
     "will qualify, but says the sum covers under half of the extra feed "
     "costs its members have faced. Minister Karin Holtedal stated that the "
     "government would re-examine the support scheme in the autumn. The "
     "deadline for applications is 31 May.",
     errors=[O("400 metres above sea level", "that keep sheep or cattle",
               "major"),
             E("The farmers' association, Bondelag Trosvik, estimates",
               "attribution", "minor", "According to the ministry")],
     traps=[T("mountain farmers", "Hill farmers"),
            T("some 1,300 farms", "around 1,300 farms")])

# 22 ancient woodland felling -- rewrite, consistent
case(22, "ancient woodland felling", "rewrite", "consistent",
     "A developer has been fined £45,000 for felling more than 200 trees in "
     "an area of ancient woodland near Stenning without a licence. Harwick "
     "Land Ltd pleaded guilty at Stenning Magistrates' Court on 6 June to "
     "breaching the Woodland Protection Act. The court heard that oak and "
     "hazel trees, some thought to be over 150 years old, were cut down "
     "across 1.5 hectares of Coldwell Wood in January last year. The company "
     "was also ordered to pay £6,200 in costs and must replant the site under "
     "a restocking notice issued by the Woodland Authority. Magistrates said "
     "the damage could not be undone for generations. Harwick Land said it "
     "had misunderstood the boundaries of the area covered by its felling "
     "licence.",
     "Harwick Land Ltd must pay a £45,000 fine after cutting down upwards of "
     "200 trees in ancient woodland near Stenning without a licence. "
     "Appearing before Stenning magistrates on 6 June, the developer admitted "
     "breaching the Woodland Protection Act. Oaks and hazels across one and a "
     "half hectares of Coldwell Wood, some of them believed to be more than "
     "150 years old, were felled in January last year, the court was told. As "
     "well as paying £6,200 in costs, the firm must replant the site, as "
     "required by a Woodland Authority restocking notice. The damage would "
     "take generations to put right, magistrates said. The company said it "
     "had misunderstood where the boundaries of the area covered by its "
     "felling licence lay.",
     traps=[T("upwards of 200 trees", "more than 200 trees"),
            T("admitted", "pleaded guilty"),
            T("one and a half hectares", "1.5 hectares"),
            T("more than 150 years old", "over 150 years old"),
            T("would take generations to put right",
              "could not be undone for generations")])

# 23 town twinning anniversary -- summary, consistent
case(23, "town twinning anniversary", "summary", "consistent",
     "A delegation of 48 visitors from the French town of Saint-Aubin-sur-Lère "
     "arrived in Pellingham on Friday to mark 50 years of twinning between "
     "the two communities. The four-day programme includes a civic reception "
     "at the Guildhall, a joint choir concert at St Brannoc's Church and the "
     "planting of a commemorative oak in Mill Lane Park. Mayor of Pellingham "
     "Cllr Derek Walton and his French counterpart, Mayor Élise Ravanel, will "
     "sign a renewed friendship charter on Saturday. The link was established "
     "in 1975, and more than 3,000 residents have taken part in exchange "
     "visits since then. The Pellingham Twinning Association said it hoped to "
     "attract younger members, as the average age of its 160 members is now "
     "67.",
     "Pellingham is marking half a century of twinning with "
     "Saint-Aubin-sur-Lère, whose 48-strong delegation arrived on Friday for "
     "four days of events, including the signing of a renewed friendship "
     "charter by the two mayors on Saturday. Over 3,000 residents have joined "
     "exchange visits since the link began in 1975. The local twinning "
     "association, whose 160 members are now 67 years old on average, hopes "
     "to attract younger members.",
     traps=[T("half a century", "50 years"),
            T("48-strong delegation", "A delegation of 48 visitors"),
            T("Over 3,000", "more than 3,000"),
            T("whose 160 members are now 67 years old on average",
              "the average age of its 160 members is now 67")])

# 24 scrap metal theft -- rewrite, inconsistent (event)
case(24, "scrap metal theft", "rewrite", "inconsistent",
     "Two men have been charged after around 3 tonnes of copper cable was "
     "stolen from a railway depot in Brenthorpe, the Railway Constabulary "
     "said on Monday. The men, aged 34 and 41, were arrested on Saturday at a "
     "scrapyard in nearby Mosslow Bridge, where officers found cable matching "
     "that taken from the depot. The theft on 19 September caused signalling "
     "failures that delayed more than 200 trains over two days. Track "
     "operator Railpath estimated the cost of repairs and disruption at "
     "£380,000. Both men were remanded in custody and will appear at "
     "Brenthorpe Crown Court on 14 October. Police said the scrapyard's owner "
     "was not suspected of any offence.",
     "The Railway Constabulary said on Monday that two men had been charged "
     "over the theft of about three tonnes of copper cable from a railway "
     "depot in Brenthorpe. The pair, aged 34 and 41, were arrested on "
     "Saturday at a scrapyard in nearby Mosslow Bridge, where officers "
     "discovered cable matching that stolen from the depot. The 19 September "
     "theft caused signalling failures which led to more than 200 trains "
     "being cancelled over two days. Repairs and disruption cost an estimated "
     "£380,000, according to track operator Railpath. Both men have been "
     "remanded in custody ahead of an appearance at Brenthorpe Crown Court on "
     "14 October. Police stressed that the scrapyard owner was not suspected "
     "of wrongdoing.",
     errors=[E("cancelled", "event", "major", "delayed")],
     traps=[T("about three tonnes", "around 3 tonnes"),
            T("not suspected of wrongdoing", "not suspected of any offence")])

# 25 mobile library route -- translation, consistent
case(25, "mobile library route", "translation", "consistent",
     "From 1 September the mobile library in Holmsted municipality will stop "
     "at 14 villages instead of the current 22, the municipality's culture "
     "department has announced. The change is due to the fact that the old "
     "bus, which was 19 years old, is being replaced by a smaller electric "
     "vehicle with a range of about 180 kilometres. The stops that disappear "
     "are mainly those where fewer than five people used the service per "
     "visit, according to the department. Residents in the affected villages "
     "will instead be able to order books online and have them delivered free "
     "of charge to the nearest grocery shop. Library manager Birgit Lund said "
     "she understood that some older users were disappointed.",
     "The Holmsted mobile library will call at 14 villages rather than 22 "
     "from 1 September, according to an announcement from the council's "
     "culture department. The reason is that the 19-year-old bus is being "
     "replaced with a smaller electric vehicle whose range is roughly 180 km. "
     "The department says the stops being dropped are mostly ones where the "
     "service was used by under five people per visit. In the villages "
     "affected, residents can instead order books online and have them sent "
     "free of charge to their nearest grocery shop. Birgit Lund, who manages "
     "the library, said she understood that some older users were "
     "disappointed.",
     traps=[T("the 19-year-old bus", "the old bus, which was 19 years old"),
            T("roughly 180 km", "about 180 kilometres"),
            T("mostly ones", "mainly those"),
            T("under five people", "fewer than five people")])

# 26 cricket pavilion fire -- translation, inconsistent (repetition)
case(26, "cricket pavilion fire", "translation", "inconsistent",
     "The wooden pavilion of cricket club VCC Hoornstede burned down "
     "completely on Tuesday night. The fire broke out shortly after midnight, "
     "and when the fire brigade arrived the building was already fully "
     "ablaze. Nobody was inside at the time. The club lost its entire "
     "collection of trophies, some of which dated from the 1920s, as well as "
     "most of its equipment. Chairman Pieter de Waal said the club had been "
     "founded in 1891 and the pavilion had been built by members in 1964. "
     "Police are investigating whether the fire was started deliberately; two "
     "weeks ago a rubbish container next to the pavilion was set on fire. The "
     "club intends to play its home matches at a neighbouring ground for the "
     "rest of the season.",
     "Cricket club VCC Hoornstede's wooden clubhouse was completely destroyed "
     "by fire on Tuesday night. The blaze started just after midnight, and "
     "the building was already engulfed in flames by the time firefighters "
     "got there. No one was in the pavilion. All of the club's trophies, some "
     "going back to the 1920s, were lost, along with most of its equipment. "
     "According to chairman Pieter de Waal, the club was founded in 1891 and "
     "members built the pavilion themselves in 1964. Police are looking into "
     "whether the fire was arson; a fortnight ago, a rubbish container beside "
     "the pavilion was set alight. For the rest of the season, the club plans "
     "to play its home matches at a neighbouring ground, at a neighbouring "
     "ground.",
     errors=[E("at a neighbouring ground", "repetition", "minor", None,
               occ=1)],
     traps=[T("just after midnight", "shortly after midnight"),
            T("arson", "started deliberately"),
            T("a fortnight ago", "two weeks ago")])

# 27 museum ticket charges -- rewrite, consistent
case(27, "museum ticket charges", "rewrite", "consistent",
     "The Hallbury Museum of Industry will begin charging adult visitors £8 "
     "for entry from 1 April, ending 30 years of free admission, its trustees "
     "confirmed on Thursday. Children under 16, full-time students and "
     "Hallbury residents with a council leisure card will continue to get in "
     "free. The museum, which attracted 210,000 visitors last year, faces a "
     "funding gap of £650,000 after its annual council grant was cut by 40%. "
     "Director Samira Holt said the decision had been \"painful but "
     "unavoidable\". Trustees expect visitor numbers to fall by around a "
     "quarter in the first year. An annual pass costing £20 will allow "
     "unlimited visits for 12 months.",
     "From 1 April, adults will have to pay £8 to visit the Hallbury Museum "
     "of Industry, bringing three decades of free entry to an end, the "
     "trustees confirmed on Thursday. Entry will remain free for under-16s, "
     "full-time students and Hallbury residents who hold a council leisure "
     "card. After a 40% reduction in its yearly council grant, the museum, "
     "which had 210,000 visitors last year, is facing a £650,000 shortfall. "
     "Samira Holt, the director, called the move \"painful but "
     "unavoidable\". The trustees anticipate that visitor numbers will drop by "
     "roughly 25% in the first year. A £20 annual pass will give unlimited "
     "visits for a year.",
     traps=[T("three decades", "30 years"),
            T("under-16s", "Children under 16"),
            T("a £650,000 shortfall", "a funding gap of £650,000"),
            T("roughly 25%", "around a quarter"),
            T("for a year", "for 12 months")])

# 28 ferry port strike -- summary, inconsistent (attribution, polarity)
case(28, "ferry port strike", "summary", "inconsistent",
     "Ferry services between Carrick Haven and the Isle of Saldra will be "
     "suspended for 72 hours from 6am on Friday after port workers voted to "
     "strike in a dispute over pay. The Maritime and Port Workers' Union said "
     "87% of members who took part in the ballot backed action, on a turnout "
     "of 71%. Port operator Saldra Harbours has offered a 4% rise; the union "
     "is seeking 7.5%. Operator spokesperson Gemma Lisle said the company was "
     "disappointed and urged the union to return to talks. Island businesses "
     "have warned that deliveries of fresh food could run short. The union "
     "has said it will not rule out further strikes in the run-up to the "
     "summer season.",
     "Ferries between Carrick Haven and the Isle of Saldra will be halted for "
     "three days from 6am on Friday by a port workers' strike over pay, "
     "backed by 87% of voting union members on a 71% turnout. Saldra Harbours "
     "has offered 4% against a 7.5% claim and said it was disappointed, while "
     "the union called for a return to talks. Island businesses fear fresh "
     "food could run short. The union has ruled out further strikes before "
     "the summer season.",
     errors=[E("the union called for a return to talks", "attribution",
               "major", "urged the union to return to talks"),
             E("has ruled out further strikes", "polarity", "major",
               "will not rule out further strikes")],
     traps=[T("three days", "72 hours")])

# 29 oil rig decommissioning -- rewrite, inconsistent (entity, addition)
case(29, "oil rig decommissioning", "rewrite", "inconsistent",
     "Energy company Brisport Oil has been given approval to remove the "
     "Kestrel Alpha platform, which stopped production in 2021 after 38 years "
     "in the northern Varren Sea. Its sister platform, Kestrel Bravo, will "
     "continue producing until at least 2030. The Offshore Decommissioning "
     "Authority signed off the plan on Tuesday. The 21,000-tonne topside will "
     "be lifted off in a single piece by the heavy-lift vessel Sea Titan next "
     "summer and taken to the Skelvoe yard, where about 97% of the material "
     "is expected to be recycled. The steel legs will also be removed, but "
     "the authority agreed that a concrete storage cell on the seabed could "
     "be left in place. Brisport estimates the total cost at £290 million.",
     "The Offshore Decommissioning Authority on Tuesday approved Brisport "
     "Oil's plan to remove the Kestrel Bravo platform, which ceased "
     "production in 2021 after 38 years in the northern Varren Sea. Its "
     "sister installation will keep producing until 2030 at least. Next "
     "summer the heavy-lift vessel Sea Titan will raise the 21,000-tonne "
     "topside in one piece and carry it to the Skelvoe yard, where around 97% "
     "of the material is likely to be recycled. The steel legs are also to be "
     "removed, although the authority has agreed that a concrete storage cell "
     "can remain on the seabed, a decision opposed by environmental groups. "
     "Brisport puts the total cost at £290 million.",
     errors=[E("Kestrel Bravo", "entity", "major", "Kestrel Alpha"),
             E("a decision opposed by environmental groups", "addition",
               "minor", None)],
     traps=[T("until 2030 at least", "until at least 2030"),
            T("in one piece", "in a single piece"),
            T("is likely to be recycled", "is expected to be recycled")])

# 30 herring quota -- summary, consistent
case(30, "herring quota", "summary", "consistent",
     "Fishing ministers have agreed to cut the herring quota for the Skarra "
     "Bank by 18% next year, to 142,000 tonnes, following scientific advice "
     "that stocks are declining. The agreement was reached early on Wednesday "
     "after two days of talks in the coastal city of Velsund between the five "
     "countries that share the fishery. Scientists from the Northern Seas "
     "Research Council had recommended a cut of 25%. Fishing industry groups "
     "said the smaller reduction would protect jobs in processing plants, "
     "while environmental campaigners said it was a missed opportunity. The "
     "ministers also agreed to close a spawning area to trawlers for six "
     "weeks each spring, starting in 2026. The quota will be reviewed again "
     "next December.",
     "After two days of talks in Velsund, the five countries sharing the "
     "Skarra Bank fishery agreed early on Wednesday to reduce next year's "
     "herring quota by 18% to 142,000 tonnes, less than the 25% cut "
     "scientists had recommended. Industry groups said the smaller reduction "
     "would protect processing jobs; campaigners called it a missed "
     "opportunity. A spawning area will be shut to trawlers for six weeks "
     "every spring from 2026.",
     traps=[T("reduce next year's herring quota by 18%",
              "cut the herring quota for the Skarra Bank by 18% next year"),
            T("less than the 25% cut scientists had recommended",
              "had recommended a cut of 25%"),
            T("shut to trawlers", "close a spawning area to trawlers"),
            T("every spring from 2026", "each spring, starting in 2026")])

# 31 pedestrianised high street -- rewrite, consistent
case(31, "pedestrianised high street", "rewrite", "consistent",
     "Cars will be banned from Harnford's high street between 10am and 6pm "
     "every day from 4 August under an experimental traffic order approved "
     "by the county council. The trial will run for 18 months, during which "
     "residents and businesses can comment on the scheme. Deliveries will be "
     "allowed outside the restricted hours, and blue badge holders will still "
     "be able to park in six designated bays at the eastern end of the "
     "street. The council said footfall in similar schemes elsewhere had "
     "risen by up to 20%. However, the Harnford Traders' Group said about a "
     "third of its 64 members opposed the plan, fearing that passing trade "
     "would fall. A decision on whether to make the change permanent will be "
     "taken at the end of the trial.",
     "Under an experimental traffic order approved by the county council, "
     "Harnford's high street will be closed to cars from 10am to 6pm daily, "
     "starting on 4 August. Residents and businesses will be able to give "
     "their views during the trial, which is to last a year and a half. "
     "Outside the restricted hours, deliveries will still be permitted, while "
     "blue badge holders can still park in six designated bays at the "
     "street's eastern end. Similar schemes in other towns have seen footfall "
     "rise by as much as 20%, according to the council. But the Harnford "
     "Traders' Group said roughly one in three of its 64 members were against "
     "the plan, fearing a fall in passing trade. Whether the change becomes "
     "permanent will be decided once the trial ends.",
     traps=[T("from 10am to 6pm daily", "between 10am and 6pm every day"),
            T("a year and a half", "18 months"),
            T("as much as 20%", "up to 20%"),
            T("roughly one in three", "about a third")])

# 32 beach hut prices -- translation, consistent
case(32, "beach hut prices", "translation", "consistent",
     "The municipality of Sandvaer has raised the annual rent for its 240 "
     "beach huts by 35 percent, to 1,620 kroner, the first increase in eleven "
     "years. The decision was taken by the municipal council on Monday "
     "evening by 17 votes to 8. According to the council, the extra income, "
     "around 100,000 kroner a year, will be used to repair the boardwalk and "
     "to install new showers on the beach. The association of hut tenants "
     "called the increase excessive and has asked for it to be introduced in "
     "two stages. More than 400 people are on the waiting list for a hut, and "
     "some have been waiting for over ten years.",
     "Sandvaer council has put up the yearly rent on its 240 beach huts by "
     "just over a third, to 1,620 kroner, the first rise for eleven years. "
     "Councillors voted 17 to 8 in favour on Monday evening. The council says "
     "the additional revenue, roughly 100,000 kroner annually, will go "
     "towards repairing the boardwalk and fitting new showers on the beach. "
     "The hut tenants' association described the rise as excessive and has "
     "requested that it be phased in over two stages. The waiting list for a "
     "hut has more than 400 names on it, and some people have been waiting "
     "for over a decade.",
     traps=[T("just over a third", "35 percent"),
            T("Councillors voted 17 to 8 in favour", "by 17 votes to 8"),
            T("roughly 100,000 kroner annually", "around 100,000 kroner a year"),
            T("over a decade", "over ten years")])

# 33 school milk scheme -- rewrite, inconsistent (omission)
case(33, "school milk scheme", "rewrite", "inconsistent",
     "Free school milk will be extended to all primary pupils in the "
     "Dunmarra council area from January, including those aged over five who "
     "currently have to pay. The council's education committee approved the "
     "£540,000-a-year expansion on Tuesday. About 11,500 children will "
     "receive a third of a pint each school day. Until now, only children "
     "under five and those from low-income families received free milk. "
     "Committee convener Morag Lindsay said the scheme would be funded from "
     "the council's health improvement budget for an initial two years. "
     "Local dairy cooperative Glenmure Farms will supply the milk in "
     "recyclable cartons.",
     "From January, every primary pupil in the Dunmarra council area will be "
     "entitled to free school milk, including over-fives who at present have "
     "to pay for it. On Tuesday the council's education committee backed the "
     "expansion, which will cost £540,000 a year. Roughly 11,500 children "
     "will get a third of a pint every school day. Previously, free milk was "
     "limited to under-fives and children from low-income households. "
     "Committee convener Morag Lindsay said the cost would be met from the "
     "council's health improvement budget. The milk will be supplied in "
     "recyclable cartons by Glenmure Farms, a local dairy cooperative.",
     errors=[O("health improvement budget", "for an initial two years",
               "major")],
     traps=[T("over-fives", "those aged over five"),
            T("Roughly 11,500", "About 11,500")])

# 34 tractor run charity -- translation, inconsistent (entity, role)
case(34, "tractor run charity", "translation", "inconsistent",
     "More than 300 tractors took part on Sunday in the annual charity "
     "tractor run in Oberfelsing, raising 27,500 euros for the children's "
     "hospice in Bergwalden. The oldest vehicle, a Falkner D15 built in 1938, "
     "was driven by 81-year-old farmer Josef Huber. The 42-kilometre route "
     "led through six villages and ended at the fire station in Unterfelsing, "
     "where the volunteer fire brigade served food. According to the "
     "organisers, the proceeds were about 4,000 euros higher than last year. "
     "At the end of the month the cheque will be presented by organiser "
     "Martina Steiner to the hospice's director, Andreas Kofler. Next year "
     "the run is to start in Unterfelsing for the first time.",
     "Over 300 tractors joined Oberfelsing's yearly charity tractor run on "
     "Sunday, which raised 27,500 euros for Bergwalden's children's hospice. "
     "Farmer Josef Huber, 81, drove the oldest machine taking part, a Falkner "
     "D15 dating from 1938. The 42 km route passed through six villages "
     "before finishing at the fire station in Oberfelsing, where food was "
     "provided by the volunteer fire brigade. The organisers say the sum "
     "raised was around 4,000 euros more than last year. Hospice director "
     "Andreas Kofler will present the cheque to organiser Martina Steiner at "
     "the end of the month. For the first time, next year's run will begin "
     "in Unterfelsing.",
     errors=[E("Oberfelsing", "entity", "minor", "Unterfelsing", occ=1),
             E("Andreas Kofler will present the cheque to organiser Martina "
               "Steiner", "role", "major",
               "presented by organiser Martina Steiner to the hospice's "
               "director, Andreas Kofler")],
     traps=[T("Over 300", "More than 300"),
            T("42 km", "42-kilometre")])

# 35 nuclear plant outage -- summary, inconsistent (event)
case(35, "nuclear plant outage", "summary", "inconsistent",
     "Reactor 2 at the Corran Point nuclear power station has been shut down "
     "for at least eight weeks after engineers found cracks in a steam "
     "generator pipe during a routine inspection, operator Northgrid Nuclear "
     "said on Friday. There was no release of radioactivity and no risk to "
     "the public, the company said. The nuclear regulator has been informed "
     "and will have to approve the repairs before the reactor can restart. "
     "The 620-megawatt unit supplies about 2% of the country's electricity. "
     "Reactor 1, which is of the same design, will remain in operation, but "
     "it will be inspected during its next scheduled outage in the spring. "
     "The plant is due to close permanently in 2032.",
     "Northgrid Nuclear has shut Reactor 2 at Corran Point for at least eight "
     "weeks after a routine inspection found cracks in a steam generator "
     "pipe; the company said no radioactivity was released and the public "
     "was not at risk. Repairs need the regulator's approval before a "
     "restart. Reactor 1, of the same design, has also been shut down for "
     "checks. The plant is due to close for good in 2032.",
     errors=[E("has also been shut down for checks", "event", "critical",
               "will remain in operation")],
     traps=[T("for good", "permanently")])

# 36 pier theatre restoration -- rewrite, consistent
case(36, "pier theatre restoration", "rewrite", "consistent",
     "The Pavilion Theatre on Selsby Pier will reopen next spring after a "
     "£4.6 million restoration, its owners, the Selsby Pier Trust, said "
     "yesterday. The 1912 building, which has been closed since storm damage "
     "in 2019, is having its copper dome replaced and its 600-seat auditorium "
     "rewired. Around two-thirds of the funding has come from the Coastal "
     "Heritage Fund, with the remainder from the district council and public "
     "donations. Trust chairman Peter Gaskin said the first production would "
     "be a summer variety season. The work has been delayed by almost a year "
     "after contractors discovered that several of the pier's iron support "
     "columns needed replacing.",
     "Selsby Pier's Pavilion Theatre, shut since it was damaged in a storm in "
     "2019, will reopen next spring once a £4.6m restoration is complete, the "
     "Selsby Pier Trust, which owns it, said yesterday. Work on the 1912 "
     "building includes a new copper dome and rewiring of the 600-seat "
     "auditorium. The Coastal Heritage Fund has provided roughly 66% of the "
     "money, and the rest has come from the district council and donations "
     "from the public. The first production will be a summer variety season, "
     "according to Peter Gaskin, who chairs the trust. The project is running "
     "nearly 12 months late because contractors found that a number of the "
     "pier's iron support columns had to be replaced.",
     traps=[T("£4.6m", "£4.6 million"),
            T("roughly 66%", "Around two-thirds"),
            T("nearly 12 months late", "delayed by almost a year"),
            T("a number of", "several")])

# 37 bird flu housing order -- rewrite, inconsistent (date, modality)
case(37, "bird flu housing order", "rewrite", "inconsistent",
     "All poultry and captive birds in the counties of Wendmoor and East "
     "Astley must be kept indoors from midnight on Monday 14 November, after "
     "bird flu was confirmed at a turkey farm near Fallowby. The housing order "
     "applies to every bird keeper, including people with only a few "
     "backyard hens. Around 27,000 turkeys at the affected farm are being "
     "culled, and a 10-kilometre surveillance zone has been set up around the "
     "site. The chief veterinary officer, Dr Hannah Priestley, said the risk "
     "to public health remained very low and that properly cooked poultry and "
     "eggs were safe to eat. The order could be lifted by the end of January "
     "if there are no further cases, officials said.",
     "Bird flu has been confirmed at a turkey farm near Fallowby, and as a "
     "result all poultry and captive birds in Wendmoor and East Astley must "
     "be housed from midday on Monday 14 November. Every bird keeper is "
     "covered by the order, even those with just a handful of backyard hens. "
     "Some 27,000 turkeys on the infected farm are being culled, and a 10km "
     "surveillance zone has been set up around it. According to the chief "
     "veterinary officer, Dr Hannah Priestley, the risk to public health is "
     "still very low, and poultry and eggs are safe to eat provided they are "
     "properly cooked. Officials said the order will be lifted by the end of "
     "January if no further cases are found.",
     errors=[E("midday", "date", "minor", "midnight"),
             E("will be lifted", "modality", "major", "could be lifted")],
     traps=[T("just a handful of", "only a few"),
            T("provided they are properly cooked",
              "properly cooked poultry and eggs were safe to eat")])

# 38 refuse collection strike -- summary, consistent
case(38, "refuse collection strike", "summary", "consistent",
     "Bin collections across Tanbridge are set to be disrupted for two weeks "
     "from 3 March after refuse workers voted to strike over pay and staffing "
     "levels. The GMU union said 92% of members who took part in the ballot "
     "at contractor CleanStreet Services supported a walkout. About 180 "
     "workers are employed on the contract. CleanStreet has offered a 3.5% "
     "pay rise, while the union wants 6% and the recruitment of 12 additional "
     "drivers. The council said it would prioritise collections of clinical "
     "waste and from households with assisted collections, and urged "
     "residents to keep rubbish securely bagged. Recycling centres will open "
     "for longer hours during the strike. Both sides said they remained open "
     "to further talks at the conciliation service.",
     "Bin collections in Tanbridge are likely to be disrupted for a fortnight "
     "from 3 March after 92% of GMU members who voted at contractor "
     "CleanStreet Services backed a strike over pay and staffing. The union "
     "wants 6% and 12 extra drivers against a 3.5% offer. The council will "
     "prioritise clinical waste and assisted collections, recycling centres "
     "will stay open longer, and both sides say they remain open to further "
     "talks.",
     traps=[T("are likely to be disrupted", "are set to be disrupted"),
            T("a fortnight", "two weeks"),
            T("12 extra drivers", "12 additional drivers"),
            T("stay open longer", "open for longer hours")])

# 39 hospital radiotherapy machine -- translation, consistent
case(39, "hospital radiotherapy machine", "translation", "consistent",
     "The oncology department of San Vitale hospital in Corvasca has put "
     "into service a new linear accelerator for radiotherapy, which cost 2.9 "
     "million euros and was financed for the most part by a regional fund. "
     "The machine allows treatments to be delivered in a shorter time and "
     "with greater precision, the head of the department, Dr Marta Ghezzi, "
     "explained at the presentation on Thursday. According to the hospital, "
     "waiting times for radiotherapy, currently about six weeks, should fall "
     "to under four weeks by the end of the year. The old accelerator, "
     "installed in 2008, will remain in use until the spring, after which it "
     "will be dismantled. The hospital treats about 1,100 radiotherapy "
     "patients a year.",
     "A new 2.9 million euro linear accelerator for radiotherapy, paid for "
     "largely through a regional fund, has entered service in the cancer "
     "department at Corvasca's San Vitale hospital. Presenting the machine on "
     "Thursday, departmental head Dr Marta Ghezzi said it made it possible to "
     "deliver treatment more quickly and more precisely. The hospital expects "
     "radiotherapy waiting times, which now stand at roughly six weeks, to "
     "drop below four weeks before the year is out. The previous accelerator, "
     "in place since 2008, will continue to be used until the spring and "
     "will then be dismantled. Around 1,100 patients a year receive "
     "radiotherapy at the hospital.",
     traps=[T("largely", "for the most part"),
            T("more quickly", "in a shorter time"),
            T("roughly six weeks", "about six weeks"),
            T("drop below four weeks", "fall to under four weeks"),
            T("before the year is out", "by the end of the year")])

# 40 greyhound stadium closure -- rewrite, inconsistent (number)
case(40, "greyhound stadium closure", "rewrite", "inconsistent",
     "Marshbury Greyhound Stadium will hold its final race meeting on 28 "
     "December, ending 86 years of racing at the site. Owner Castlereave "
     "Leisure said attendances had fallen by more than half over the past "
     "decade and the track had lost £310,000 last year. The company has "
     "agreed to sell the land to housebuilder Ardley Homes, which plans to "
     "build about 250 homes there, subject to planning permission. The "
     "stadium's 35 staff have been offered redundancy packages or jobs at "
     "Castlereave's other track in Norbeck. Trainers said they were working "
     "with the Greyhound Welfare Fund to rehome around 120 dogs that race at "
     "Marshbury. A petition to save the stadium has gathered 7,800 "
     "signatures.",
     "Racing at Marshbury Greyhound Stadium will come to an end after almost "
     "nine decades when the track stages its last meeting on 28 December. "
     "Castlereave Leisure, which owns the stadium, said crowds had more than "
     "halved over the last ten years and the track lost £3.1m last year. The "
     "land is being sold to Ardley Homes, which intends to build around 250 "
     "homes on it if planning permission is granted. The 35 staff have been "
     "offered either redundancy packages or jobs at Castlereave's other "
     "track, in Norbeck. Trainers said they were working with the Greyhound "
     "Welfare Fund to find new homes for about 120 dogs that race at "
     "Marshbury. Some 7,800 people have signed a petition to save the "
     "stadium.",
     errors=[E("£3.1m", "number", "major", "£310,000")],
     traps=[T("almost nine decades", "86 years"),
            T("more than halved", "fallen by more than half"),
            T("over the last ten years", "over the past decade")])


# ---------------------------------------------------------------------------
# Offset computation and validation

class Invalid(Exception):
    pass


def nth_index(haystack, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def word_count(text):
    return len(re.findall(r"\S+", text))


def check_boundaries(cand, start, end, what):
    if start > 0 and start < len(cand) and cand[start - 1].isalnum() \
            and cand[start].isalnum():
        raise Invalid(f"{what}: span start cuts a word at {start}")
    if end > 0 and end < len(cand) and cand[end - 1].isalnum() \
            and cand[end].isalnum():
        raise Invalid(f"{what}: span end cuts a word at {end}")


def locate(cand, text, occ, what):
    if not text or text != text.strip():
        raise Invalid(f"{what}: empty span or surrounding whitespace {text!r}")
    start = nth_index(cand, text, occ)
    if start < 0:
        raise Invalid(f"{what}: occurrence {occ} of {text!r} not in candidate")
    end = start + len(text)
    check_boundaries(cand, start, end, what)
    return start, end


def build_record(c):
    rid = f"s{N_SET}-{c['num']:03d}"
    ref, cand, mode = c["reference"], c["candidate"], c["mode"]
    errors, traps = [], []
    for i, e in enumerate(c["errors"]):
        what = f"{rid} error {i}"
        if e["type"] not in ERROR_TYPES:
            raise Invalid(f"{what}: bad type {e['type']}")
        if e["severity"] not in SEVERITIES:
            raise Invalid(f"{what}: bad severity {e['severity']}")
        if e["type"] == "omission":
            if mode == "summary":
                raise Invalid(f"{what}: omission in a summary")
            a = nth_index(cand, e["after"], e["occ"])
            if a < 0:
                raise Invalid(f"{what}: anchor {e['after']!r} not found")
            p = a + len(e["after"])
            check_boundaries(cand, p, p, what)
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise Invalid(f"{what}: missing words not in reference")
            if e["ref_text"].lower() in cand.lower():
                raise Invalid(f"{what}: 'missing' words present in candidate")
            errors.append({"start": p, "end": p, "text": "",
                           "type": "omission", "severity": e["severity"],
                           "ref_text": e["ref_text"]})
            continue
        s, t = locate(cand, e["text"], e["occ"], what)
        if e["type"] in ("addition", "repetition"):
            if e["ref_text"] is not None:
                raise Invalid(f"{what}: {e['type']} must have null ref_text")
        else:
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise Invalid(f"{what}: ref_text {e['ref_text']!r} "
                              "not in reference")
            if e["ref_text"] == e["text"]:
                raise Invalid(f"{what}: ref_text equals span text")
        if e["type"] == "repetition" and e["text"] not in cand[:s]:
            raise Invalid(f"{what}: repetition has no earlier copy")
        if e["type"] == "addition" and e["text"] in ref:
            raise Invalid(f"{what}: added text appears in reference")
        errors.append({"start": s, "end": t, "text": cand[s:t],
                       "type": e["type"], "severity": e["severity"],
                       "ref_text": e["ref_text"]})
    for i, tr in enumerate(c["traps"]):
        what = f"{rid} trap {i}"
        s, t = locate(cand, tr["text"], tr["occ"], what)
        if tr["ref_text"] not in ref:
            raise Invalid(f"{what}: ref_text {tr['ref_text']!r} "
                          "not in reference")
        if tr["ref_text"] == tr["text"]:
            raise Invalid(f"{what}: trap wording identical to reference")
        traps.append({"start": s, "end": t, "text": cand[s:t],
                      "ref_text": tr["ref_text"]})

    # No two spans (errors and traps together) may overlap, and no
    # omission point may fall strictly inside another span.
    allspans = [("error", x) for x in errors] + [("trap", x) for x in traps]
    for i, (k1, a) in enumerate(allspans):
        for k2, b in allspans[i + 1:]:
            a0, a1, b0, b1 = a["start"], a["end"], b["start"], b["end"]
            if a0 < a1 and b0 < b1 and a0 < b1 and b0 < a1:
                raise Invalid(f"{rid}: overlapping spans {k1}[{a0},{a1}) "
                              f"{k2}[{b0},{b1})")
            if a0 == a1 and b0 < a0 < b1 or b0 == b1 and a0 < b0 < a1:
                raise Invalid(f"{rid}: omission point inside a span")

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": c["domain"], "mode": mode,
            "reference": ref, "candidate": cand, "label": c["label"],
            "errors": errors, "traps": traps}


def validate_and_build():
    records = [build_record(c) for c in CASES]
    problems = []
    nums = [c["num"] for c in CASES]
    if nums != list(range(1, 41)):
        problems.append(f"case numbers not 1..40: {nums}")
    if sorted(c["domain"] for c in CASES) != sorted(DOMAINS):
        problems.append("domains are not exactly the 40 listed domains")
    for r in records:
        rid = r["id"]
        if r["mode"] not in ("rewrite", "summary", "translation"):
            problems.append(f"{rid}: bad mode")
        if r["label"] not in ("consistent", "inconsistent"):
            problems.append(f"{rid}: bad label")
        wc = word_count(r["reference"])
        if not 70 <= wc <= 190:
            problems.append(f"{rid}: reference has {wc} words")
        if r["reference"] == r["candidate"]:
            problems.append(f"{rid}: candidate identical to reference")
        if r["mode"] == "summary":
            if not (word_count(r["candidate"]) < wc and
                    len(r["candidate"]) < len(r["reference"])):
                problems.append(f"{rid}: summary not shorter than reference")
        ne, nt = len(r["errors"]), len(r["traps"])
        if r["label"] == "consistent":
            if ne:
                problems.append(f"{rid}: consistent pair with errors")
            if not 3 <= nt <= 5:
                problems.append(f"{rid}: consistent pair with {nt} traps")
        else:
            if not 1 <= ne <= 2:
                problems.append(f"{rid}: inconsistent pair with {ne} errors")
            if not 0 <= nt <= 3:
                problems.append(f"{rid}: inconsistent pair with {nt} traps")
        for k, v in r.items():
            if isinstance(v, str) and ("  " in v or v != v.strip()):
                problems.append(f"{rid}: stray whitespace in {k}")

    labels = Counter(r["label"] for r in records)
    modes = Counter(r["mode"] for r in records)
    mode_label = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    if len(records) != 40:
        problems.append(f"{len(records)} records, expected 40")
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append(f"labels: {dict(labels)}")
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        problems.append(f"modes: {dict(modes)}")
    for m, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for lab in ("consistent", "inconsistent"):
            if mode_label[(m, lab)] != n:
                problems.append(f"{m}/{lab}: {mode_label[(m, lab)]}")
    if sum(types.values()) != 30:
        problems.append(f"{sum(types.values())} errors, expected 30")
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append(f"error type {t}: only {types[t]}")
    if len({r["id"] for r in records}) != len(records):
        problems.append("duplicate ids")
    if problems:
        raise Invalid("\n".join(problems))
    return records


def report(records):
    labels = Counter(r["label"] for r in records)
    mode_label = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    per_pair = Counter(len(r["errors"]) for r in records
                       if r["label"] == "inconsistent")
    traps_c = sum(len(r["traps"]) for r in records
                  if r["label"] == "consistent")
    traps_i = sum(len(r["traps"]) for r in records
                  if r["label"] == "inconsistent")
    wcs = [word_count(r["reference"]) for r in records]
    print(f"records: {len(records)}  labels: {dict(labels)}")
    for m in ("rewrite", "summary", "translation"):
        print(f"  {m}: consistent {mode_label[(m, 'consistent')]}, "
              f"inconsistent {mode_label[(m, 'inconsistent')]}")
    print(f"errors: {sum(types.values())}  " +
          ", ".join(f"{t} {types[t]}" for t in ERROR_TYPES))
    print(f"severity: {dict(sev)}  errors per inconsistent pair: "
          f"{dict(sorted(per_pair.items()))}")
    print(f"traps: {traps_c} in consistent pairs, {traps_i} in inconsistent")
    print(f"reference words: min {min(wcs)}, max {max(wcs)}, "
          f"mean {sum(wcs) / len(wcs):.0f}")


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = validate_and_build()
    except Invalid as exc:
        print("VALIDATION FAILED:\n" + str(exc), file=sys.stderr)
        return 1
    report(records)
    if check_only:
        print("--check: valid; nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
