#!/usr/bin/env python3
"""Evaluation set 103 for the fact-comparison tool (N = 103 is the set number).

How it was made
---------------
Every reference/candidate pair below was hand-written by a helper session that
saw no code, data, tests or benchmarks of the project; it worked only from a
written brief describing the record format, error taxonomy and composition.
All people, companies, organisations, places, rivers and figures are invented
(real countries appear, at most, only as background).  No offsets are typed by
hand: every span is located by string search in this script (with an explicit
occurrence index where a quoted text repeats), and the whole set is validated
before anything is written.

Usage
-----
    python3 make_set103.py           # validate, then write set103.jsonl
    python3 make_set103.py --check   # validate only, write nothing

Composition
-----------
* 40 pairs, each from a different domain (public-service / local-news topics).
* Labels: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent),
         10 summary (5 / 5), 10 translation (5 / 5).
  In translation pairs both texts are independent English renderings of the
  same (notionally non-English) story, so wording differs throughout.
* 30 errors in the 20 inconsistent pairs (10 pairs with 1 error, 10 with 2):
    entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2, addition 2, repetition 2.
  Omissions occur only in rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in inconsistent pairs.
* References are 70-190 words in news / agency / corporate / official
  register; every summary is shorter than its reference.

Record format (one JSON object per line of set103.jsonl)
--------------------------------------------------------
id, domain, mode, reference, candidate, label,
errors: [{start, end, text, type, severity, ref_text}],
traps:  [{start, end, text, ref_text}]
Offsets are Python str offsets into `candidate`, half-open [start, end).
"""

import json
import os
import sys
from collections import Counter

SET_NO = 103
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set103.jsonl")

DOMAINS = [
    "coastguard station closure", "lifeboat launch record", "marina berth fees",
    "canoe slalom venue", "rowing club boathouse", "velodrome roof repair",
    "ice rink closure", "climbing wall accident", "trampoline park inspection",
    "leisure centre privatisation", "swimming lesson waiting list",
    "school uniform grant", "school meal supplier", "teacher pension dispute",
    "exam board error", "university league table", "student rent strike",
    "apprenticeship levy change", "job centre merger", "hospice funding cut",
    "blood donor drive", "organ donation register", "cancer screening backlog",
    "hearing aid contract", "wheelchair service delay", "prison library scheme",
    "probation office move", "court building sale", "coroner inquest delay",
    "police horse retirement", "fire station merger", "smoke alarm campaign",
    "chimney fire spate", "gas leak evacuation", "sewage spill fine",
    "reservoir drought level", "wind farm community fund",
    "solar farm objection", "heat pump subsidy", "loft insulation scheme",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


def E(text, type_, severity, ref, occ=0):
    """An error span located by searching `text` in the candidate."""
    return {"text": text, "type": type_, "severity": severity, "ref": ref, "occ": occ}


def OMIT(anchor, ref, severity, side="end", occ=0):
    """An omission: zero-width point at the end (or start) of `anchor`."""
    return {"type": "omission", "anchor": anchor, "side": side, "ref": ref,
            "severity": severity, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording; `ref` is the reference wording."""
    return {"text": text, "ref": ref, "occ": occ}


CASES = [
    # 1 ------------------------------------------------------------------
    dict(
        domain="coastguard station closure", mode="rewrite",
        reference=(
            "The Maritime Safety Directorate confirmed on Thursday that the coastguard station at "
            "Pellow Point will close on 31 March after 62 years of operation. Its search-and-rescue "
            "coordination duties will be transferred to the regional centre at Garnock Bay, about 40 "
            "miles to the north. The directorate said the move would save roughly £850,000 a year and "
            "insisted that response times would not be affected, because rescue helicopters and "
            "lifeboats are dispatched from separate bases. Eleven full-time staff work at the station; "
            "the directorate said nine had accepted posts at Garnock Bay and the remaining two would "
            "take voluntary redundancy. Local councillor Ruth Emberley said residents remained "
            "unconvinced and that a petition opposing the closure had gathered more than 4,000 "
            "signatures."),
        candidate=(
            "Pellow Point's coastguard station is to shut on 31 March, ending 62 years of service, the "
            "Maritime Safety Directorate confirmed on Thursday. Search-and-rescue coordination will "
            "move to the regional centre at Garnock Bay, around 40 miles north. According to the "
            "directorate, the change will cut costs by approximately £850,000 annually, and response "
            "times will be unaffected because helicopters and lifeboats launch from other bases. Of "
            "the station's 11 full-time employees, nine have taken jobs at Garnock Bay and the other "
            "two will leave under voluntary redundancy, the directorate said. Local councillor Ruth "
            "Emberley said residents were still not persuaded, and that more than 4,000 people had "
            "signed a petition against the closure."),
        errors=[],
        traps=[
            T("ending 62 years of service", "after 62 years of operation"),
            T("around 40 miles north", "about 40 miles to the north"),
            T("cut costs by approximately £850,000 annually", "save roughly £850,000 a year"),
            T("Of the station's 11 full-time employees", "Eleven full-time staff work at the station"),
        ],
    ),
    # 2 ------------------------------------------------------------------
    dict(
        domain="lifeboat launch record", mode="rewrite",
        reference=(
            "Volunteers at the Carrick Sound lifeboat station launched 143 times last year, the highest "
            "total in the station's 110-year history, according to figures published by the Coastal "
            "Rescue Trust on Monday. The previous record of 118 launches was set in 2019. Crews brought "
            "96 people to safety, including 14 children, and spent more than 1,900 hours at sea. Station "
            "manager Owen Tregarth said the rise was largely driven by paddleboarders and kayakers "
            "caught out by offshore winds during the summer. The trust said it would fund a second "
            "inshore boat for the station, at a cost of £320,000, but warned that it still needed at "
            "least 12 more volunteer crew members to keep both boats available around the clock."),
        candidate=(
            "The Carrick Sound lifeboat station's volunteers launched 143 times last year, a record in "
            "its 110-year history, the Coastal Rescue Trust said on Monday. The old record, 118 "
            "launches, dated from 2019. Crews rescued 96 people, 41 of them children, and logged over "
            "1,900 hours at sea. According to station manager Owen Tregarth, paddleboarders and kayakers "
            "caught out by offshore winds in the summer were the main reason for the increase. The "
            "trust said it would pay for a second inshore boat, costing £320,000, but cautioned that at "
            "least 12 more volunteer crew members were needed to keep both boats available."),
        errors=[
            E("41", "number", "major", "14"),
            OMIT("keep both boats available", "around the clock", "major"),
        ],
        traps=[
            T("a record in its 110-year history", "the highest total in the station's 110-year history"),
            T("logged over 1,900 hours at sea", "spent more than 1,900 hours at sea"),
        ],
    ),
    # 3 ------------------------------------------------------------------
    dict(
        domain="marina berth fees", mode="summary",
        reference=(
            "Berth fees at Halsey Quay Marina will rise by 18 per cent from 1 April, the marina's "
            "operator, Wenlow Harbours, announced yesterday. The annual charge for a ten-metre yacht "
            "will go up from £3,400 to £4,012. Wenlow Harbours said the increase was needed to pay for "
            "dredging of the outer basin, which has not been carried out since 2011 and has left some "
            "pontoons unusable at low tide. Berth holders who pay the full year in advance before "
            "1 March will be able to keep last year's rate for one further season. The Halsey Quay "
            "Berth Holders' Association said members were 'dismayed' and claimed the rise was the third "
            "in four years. It has asked for a meeting with the operator's chief executive, Paula Orrin."),
        candidate=(
            "Wenlow Harbours is raising berth fees at Halsey Quay Marina by 18% from 1 April, taking the "
            "yearly charge for a ten-metre yacht to £4,012, to pay for dredging the outer basin, last "
            "done in 2011. Holders who pay a full year upfront before 1 March keep last year's rate for "
            "one more season. The berth holders' association, which says this is the third rise in four "
            "years, has asked to meet chief executive Paula Orrin."),
        errors=[],
        traps=[
            T("18%", "18 per cent"),
            T("yearly charge", "annual charge"),
            T("last done in 2011", "has not been carried out since 2011"),
            T("for one more season", "for one further season"),
        ],
    ),
    # 4 ------------------------------------------------------------------
    dict(
        domain="canoe slalom venue", mode="translation",
        reference=(
            "The town of Kralje na Vresi will host the national canoe slalom championships for the next "
            "three seasons, the national canoe federation announced on Tuesday. The artificial course "
            "on the Vresa river, built in 2016 at a cost of 7.5 million euros, was chosen over a rival "
            "bid from Dolnje Polje. Federation president Marta Kovanc said the decisive factor was the "
            "course's adjustable water flow, which allows races to go ahead even in dry summers. The "
            "municipality has promised to add 600 temporary spectator seats and a new footbridge before "
            "the first event in June. Local hoteliers expect around 3,000 visitors over each "
            "championship weekend."),
        candidate=(
            "The national canoe federation said on Tuesday that Kralje na Vresi would stage the "
            "country's canoe slalom championships for three consecutive seasons. The town's man-made course on "
            "the river Vresa, completed in 2016 for 7.5 million euros, beat a competing bid by Dolnje "
            "Polje. According to the federation's president, Marta Kovanc, what tipped the balance was "
            "that the water flow on the course can be regulated, so competitions can take place even "
            "when summers are dry. Before the opening event in June, the town council has pledged to "
            "install a new footbridge and 600 temporary seats for spectators. Hotel owners in the town "
            "are counting on roughly 3,000 visitors each championship weekend."),
        errors=[],
        traps=[
            T("man-made course", "artificial course"),
            T("what tipped the balance", "the decisive factor"),
            T("the town council", "The municipality"),
            T("roughly 3,000 visitors", "around 3,000 visitors"),
        ],
    ),
    # 5 ------------------------------------------------------------------
    dict(
        domain="rowing club boathouse", mode="rewrite",
        reference=(
            "Trenmouth Rowing Club has agreed to lease its riverside boathouse to the Trenmouth "
            "University Boat Club for the next ten years, ending a dispute over access that began in "
            "2021. Under the deal, the university will pay £28,000 a year and fund a £150,000 repair of "
            "the boathouse roof and slipway, while club members will keep priority use of the building "
            "on weekday evenings and Sunday mornings. The club's chair, Derek Ansell, said the agreement "
            "secured the building's future without the club having to sell it. The university's "
            "director of sport, Naomi Faulk, said students had been forced to train from a car park on "
            "the opposite bank for the past two seasons. The lease still needs approval from the "
            "Riverside Conservation Trust, which owns the land beneath the boathouse."),
        candidate=(
            "Under a ten-year lease that ends a dispute over access dating back to 2021, Trenmouth "
            "Rowing Club will take over the riverside boathouse from the Trenmouth University Boat Club. "
            "The university will pay £28,000 a year and cover a £150,000 repair of the roof and "
            "slipway, while rowing club members keep priority use of the building on weekday evenings "
            "and Sunday mornings. Club chair Derek Ansell said the deal secured the building's future "
            "without the club having to sell it. Naomi Faulk, the university's director of sport, said "
            "students had spent the last two seasons training from a car park across the river. The "
            "agreement must still be approved by the Riverside Conservation Trust, which owns the land "
            "under the boathouse."),
        errors=[
            E("Trenmouth Rowing Club will take over the riverside boathouse from the Trenmouth "
              "University Boat Club", "role", "critical",
              "Trenmouth Rowing Club has agreed to lease its riverside boathouse to the Trenmouth "
              "University Boat Club"),
        ],
        traps=[
            T("training from a car park across the river", "train from a car park on the opposite bank"),
            T("must still be approved by", "still needs approval from"),
        ],
    ),
    # 6 ------------------------------------------------------------------
    dict(
        domain="velodrome roof repair", mode="rewrite",
        reference=(
            "Repairs to the leaking roof of the Ashbridge Velodrome will cost £2.4 million and are "
            "expected to take about five months, Ashbridge City Council said on Wednesday. The track has "
            "been closed since 14 January, when water was found pooling on the banked boards after heavy "
            "rain. Engineers found that 30 of the roof's 212 glazed panels had failed seals. The "
            "council's cabinet approved the spending at a meeting on Tuesday evening, with the money "
            "coming from its capital reserves rather than from cuts to other services. The council said "
            "the velodrome was likely to reopen in late summer, although it warned that the date could "
            "slip if replacement panels could not be sourced from the original manufacturer. Clubs that "
            "use the track have been offered sessions at Fenbury's outdoor circuit in the meantime."),
        candidate=(
            "Ashbridge City Council said on Wednesday that fixing the leaking roof of the Ashbridge "
            "Velodrome would cost £2.4m and probably take around five months. The track has been shut "
            "since 14 January, when water was discovered pooling on the banked boards after heavy rain. "
            "Engineers established that seals had failed on 30 of the 212 glazed roof panels. The "
            "spending was signed off by the council's cabinet on Tuesday evening and will be met from "
            "capital reserves, not by cutting other services. The velodrome is expected to reopen in "
            "late summer, the council said, though it warned the date could slip if the original "
            "manufacturer cannot supply replacement panels. In the meantime, clubs that use the track "
            "have been offered sessions at Fenbury's outdoor circuit."),
        errors=[],
        traps=[
            T("£2.4m", "£2.4 million"),
            T("probably take around five months", "are expected to take about five months"),
            T("seals had failed on 30 of the 212 glazed roof panels",
              "30 of the roof's 212 glazed panels had failed seals"),
            T("not by cutting other services", "rather than from cuts to other services"),
            T("is expected to reopen", "was likely to reopen"),
        ],
    ),
    # 7 ------------------------------------------------------------------
    dict(
        domain="ice rink closure", mode="summary",
        reference=(
            "Glenmarra Ice Arena will close permanently on 30 June, its owner, Castlereach Leisure Ltd, "
            "confirmed on Friday. The company said the rink's refrigeration plant, installed in 1989, "
            "needed replacing at an estimated cost of £1.1 million, which it could not justify given "
            "falling attendance. Visitor numbers dropped from about 210,000 in 2018 to 134,000 last "
            "year. The arena is home to the Glenmarra Lynx ice hockey team, whose chairman, Callum Reid, "
            "said the club had been given no warning and was now looking for a rink elsewhere in the "
            "region for next season. Castlereach said it had offered to sell the building to Glenmarra "
            "District Council for £1, but the council declined, citing the running costs. Around 45 "
            "staff are expected to lose their jobs."),
        candidate=(
            "Castlereach Leisure will close Glenmarra Ice Arena for good on 30 June, saying it cannot "
            "justify replacing the 1989 refrigeration plant for an estimated £1.1m after visitor numbers "
            "fell by 134,000 from 2018 levels. Castlereach rejected a £1 offer for the building from "
            "Glenmarra District Council, citing running costs. The Glenmarra Lynx ice hockey team, which "
            "says it was given no warning, is looking for another rink, and around 45 jobs are expected "
            "to go."),
        errors=[
            E("fell by 134,000", "number", "major",
              "dropped from about 210,000 in 2018 to 134,000"),
            E("Castlereach rejected a £1 offer for the building from Glenmarra District Council",
              "role", "major",
              "Castlereach said it had offered to sell the building to Glenmarra District Council for "
              "£1, but the council declined"),
        ],
        traps=[
            T("for good", "permanently"),
            T("around 45 jobs are expected to go", "Around 45 staff are expected to lose their jobs"),
        ],
    ),
    # 8 ------------------------------------------------------------------
    dict(
        domain="climbing wall accident", mode="translation",
        reference=(
            "A 34-year-old man was seriously injured on Saturday afternoon after falling about eight "
            "metres at the Vertikal climbing centre in Korvany. According to police, the man was "
            "climbing with a rope when the belay device used by his partner failed. He was taken by "
            "helicopter to the regional hospital in Ostrel, where doctors described his condition as "
            "stable. The centre's owner, Tomas Brejcha, said the device was less than a year old and had "
            "passed an inspection in March. The centre will remain closed until at least Wednesday while "
            "the labour inspectorate examines the equipment. Police have opened an investigation into "
            "causing injury through negligence but have not charged anyone."),
        candidate=(
            "On Saturday afternoon a 34-year-old man suffered serious injuries when he fell roughly "
            "eighteen metres at the Vertikal climbing hall in Korvany. Police said he had been climbing "
            "on a rope when his partner's belay device failed. A helicopter flew him to the regional "
            "hospital in Ostrel, where doctors say his condition is stable. Tomas Brejcha, who owns the "
            "centre, said the device was under a year old and had passed a check in March. The centre "
            "will stay shut while the labour inspectorate examines the equipment. Police are "
            "investigating suspected negligent injury but no one has been charged."),
        errors=[
            E("eighteen", "number", "major", "eight"),
            OMIT("will stay shut", "until at least Wednesday", "minor"),
        ],
        traps=[
            T("climbing hall", "climbing centre"),
            T("under a year old", "less than a year old"),
            T("no one has been charged", "have not charged anyone"),
        ],
    ),
    # 9 ------------------------------------------------------------------
    dict(
        domain="trampoline park inspection", mode="rewrite",
        reference=(
            "A trampoline park in Marlow Vale has been ordered to close two of its five jump zones after "
            "a council safety inspection found torn padding and exposed springs. Inspectors from "
            "Wexcombe Borough Council visited BounceWorks on 3 October following a complaint from a "
            "parent whose nine-year-old son cut his leg on an exposed frame. The park's remaining zones, "
            "including its foam pit and dodgeball court, can stay open. BounceWorks has been given 28 "
            "days to replace the damaged equipment and must pass a follow-up inspection before the "
            "closed areas reopen. In a statement, the company's operations manager, Lisa Harnett, said "
            "it had already ordered new padding and apologised to the family. The council said it had "
            "received no previous complaints about the site."),
        candidate=(
            "Wexcombe Borough Council has ordered BounceWorks, a trampoline park in Marlow Vale, to shut "
            "two of its five jump zones after inspectors found torn padding and springs left exposed. "
            "The inspection, on 3 October, followed a complaint from a parent whose son, aged nine, had "
            "cut his leg on an exposed frame. The other three zones, among them the foam pit and "
            "dodgeball court, may stay open. The company has four weeks to replace the damaged "
            "equipment, and the closed areas cannot reopen until a follow-up inspection has been "
            "passed. Operations manager Lisa Harnett said in a statement that new padding had already "
            "been ordered, and apologised to the family. According to the council, it had received no "
            "earlier complaints about the site."),
        errors=[],
        traps=[
            T("whose son, aged nine", "whose nine-year-old son"),
            T("The other three zones", "The park's remaining zones"),
            T("four weeks", "28 days"),
            T("the closed areas cannot reopen until a follow-up inspection has been passed",
              "must pass a follow-up inspection before the closed areas reopen"),
        ],
    ),
    # 10 -----------------------------------------------------------------
    dict(
        domain="leisure centre privatisation", mode="rewrite",
        reference=(
            "Dunmore Council's cabinet voted on Monday to hand the running of its three leisure centres "
            "to a private operator, Active Horizons, from 1 September. The council said the ten-year "
            "contract would save about £600,000 a year and that the company had committed to keeping "
            "prices for pensioners and children at current levels until at least 2026. Existing staff "
            "will transfer to Active Horizons on their current terms. Opposition councillors had argued "
            "that the decision should be delayed until the results of a public consultation, which "
            "closed last Friday, had been analysed, but the proposal was passed by six votes to three. "
            "The Leisure Workers' Union said it was disappointed but would not be balloting members on "
            "strike action at this stage."),
        candidate=(
            "Private operator Active Horizons will take over the running of Dunmore Council's three "
            "leisure centres from 1 September after the council's cabinet backed the move on Monday. The "
            "council expects the ten-year contract to save about £600,000 a year, and says the company "
            "has promised to freeze prices for pensioners and children until at least 2026. Current "
            "staff will move to Active Horizons on their existing terms. The plan was approved by six "
            "votes to three, despite opposition councillors arguing that it should wait until the "
            "results of a public consultation, which closes on Friday, had been analysed. The Leisure "
            "Workers' Union said it was disappointed and would be balloting members on strike action."),
        errors=[
            E("closes on Friday", "date", "minor", "closed last Friday"),
            E("would be balloting members on strike action", "polarity", "major",
              "would not be balloting members on strike action at this stage"),
        ],
        traps=[
            T("freeze prices for pensioners and children",
              "keeping prices for pensioners and children at current levels"),
            T("Current staff will move to Active Horizons on their existing terms",
              "Existing staff will transfer to Active Horizons on their current terms"),
        ],
    ),
    # 11 -----------------------------------------------------------------
    dict(
        domain="swimming lesson waiting list", mode="summary",
        reference=(
            "More than 2,300 children are on the waiting list for swimming lessons at council-run pools "
            "in Brackley Heath, the borough's leisure department has revealed. The figure, released in "
            "response to a question from councillor Amir Shaikh, is almost double the 1,200 recorded two "
            "years ago. Officials blamed a shortage of qualified instructors, saying eight of the "
            "borough's 30 teaching posts were vacant. The department plans to run a free training course "
            "for up to 20 new instructors this spring, with successful trainees guaranteed a job for at "
            "least a year. It also intends to add Saturday afternoon lessons at the Kingsgate pool from "
            "May. Councillor Shaikh said parents were waiting up to 18 months for a place and that some "
            "children were leaving primary school unable to swim."),
        candidate=(
            "Brackley Heath's council-run pools have a swimming lesson waiting list of over 2,300 "
            "children, nearly twice the total of two years ago, and officials blame a shortage of "
            "instructors, with eight of 30 teaching posts unfilled. The leisure department will train up "
            "to 20 instructors free of charge this spring, guaranteeing those who qualify at least a "
            "year's work, and will add Saturday afternoon lessons at Kingsgate pool from May. Councillor "
            "Amir Shaikh said families were waiting as long as 18 months for a place."),
        errors=[],
        traps=[
            T("nearly twice the total of two years ago", "almost double the 1,200 recorded two years ago"),
            T("with eight of 30 teaching posts unfilled",
              "eight of the borough's 30 teaching posts were vacant"),
            T("guaranteeing those who qualify at least a year's work",
              "with successful trainees guaranteed a job for at least a year"),
            T("as long as 18 months", "up to 18 months"),
        ],
    ),
    # 12 -----------------------------------------------------------------
    dict(
        domain="school uniform grant", mode="rewrite",
        reference=(
            "Families in Northfold receiving free school meals will be able to claim a one-off uniform "
            "grant of £150 per child from next month, the county council announced on Tuesday. The "
            "payment, which rises to £200 for children starting secondary school, will be funded from a "
            "£1.8 million hardship budget. Around 11,000 pupils are expected to qualify. Applications "
            "open on 1 July and close on 30 September, and the money will be paid directly into "
            "parents' bank accounts within ten working days of approval. Council leader Janet Moir said "
            "the cost of blazers, shoes and PE kit had become 'a real barrier' for many households. The "
            "scheme replaces an older voucher system that could only be used at two approved shops."),
        candidate=(
            "Northfold County Council said on Tuesday that, from next month, families whose children "
            "receive free school meals can apply for a single uniform grant of £150 for each child, or "
            "£200 for pupils about to start secondary school. Some 11,000 children are likely to be "
            "eligible, and the scheme will be paid for out of a £1.8m hardship fund. Applications can be "
            "made between 1 July and 30 September, and payments will go straight into parents' bank "
            "accounts no more than ten working days after a claim is approved. The council's leader, "
            "Janet Moir, said the cost of blazers, shoes and PE kit had become 'a real barrier' for many "
            "households. The grant takes the place of a voucher scheme that could be spent at only two "
            "approved shops."),
        errors=[],
        traps=[
            T("a single uniform grant of £150 for each child", "a one-off uniform grant of £150 per child"),
            T("Some 11,000 children are likely to be eligible", "Around 11,000 pupils are expected to qualify"),
            T("£1.8m hardship fund", "£1.8 million hardship budget"),
            T("no more than ten working days after a claim is approved", "within ten working days of approval"),
            T("takes the place of", "replaces"),
        ],
    ),
    # 13 -----------------------------------------------------------------
    dict(
        domain="school meal supplier", mode="translation",
        reference=(
            "The city of Villacerra has terminated its contract with the catering company Nutrisur, "
            "which supplied meals to 42 public schools, after inspectors found that portions were "
            "repeatedly smaller than agreed. The council's education department said that from "
            "15 January a new supplier, Cocinas del Valle, would take over on an emergency basis for six "
            "months while a new tender is prepared. Parents' associations had complained since October "
            "that children were coming home hungry. Nutrisur, which had held the contract since 2019, "
            "said in a statement that it rejected the findings and would appeal. The city will withhold "
            "the final payment of 310,000 euros pending the outcome."),
        candidate=(
            "Villacerra city council has cancelled its agreement with the caterer Nutrisur, which "
            "provided food to 42 state schools, after inspections showed that portions had been smaller "
            "than contracted on repeated occasions. According to the municipal education department, "
            "Cocinas del Valle will step in as an emergency supplier from 15 January for a period of six "
            "months, while a fresh tender is drawn up. Since October, parents' groups had been "
            "complaining that their children were returning home hungry. In a statement, Nutrisur, "
            "which had held the contract since 2019, said it disputed the findings and intended to "
            "appeal. Until the matter is resolved, the city is holding back the last payment of 310,000 "
            "euros."),
        errors=[],
        traps=[
            T("cancelled its agreement", "terminated its contract"),
            T("42 state schools", "42 public schools"),
            T("on repeated occasions", "repeatedly"),
            T("disputed the findings", "rejected the findings"),
            T("holding back the last payment", "withhold the final payment"),
        ],
    ),
    # 14 -----------------------------------------------------------------
    dict(
        domain="teacher pension dispute", mode="rewrite",
        reference=(
            "Teachers in the Westmarch region could strike for three days next month after talks over "
            "changes to their pension scheme broke down on Thursday, the National Teachers' Federation "
            "said. The union's executive will decide on Monday whether to name the dates. The regional "
            "education authority wants to raise the normal retirement age in the scheme from 65 to 67 "
            "and increase employee contributions from 9.6% to 11%. Union general secretary Helen "
            "Crabtree said members had voted by 78% to 22% in favour of action, on a turnout of 61%. The "
            "authority's chief negotiator, Martin Eales, said the changes were needed to keep the scheme "
            "solvent and that its offer remained on the table. About 14,000 teachers are members of the "
            "scheme."),
        candidate=(
            "Westmarch teachers will strike for three days next month after pension talks collapsed on "
            "Thursday, the National Teachers' Federation said. Its executive will decide on Monday "
            "whether to announce dates. The regional education authority is seeking to raise the "
            "scheme's normal retirement age to 67 from 65 and to lift employee contributions to 11% from "
            "9.6%. Members backed action by 78% to 22% on a 61% turnout, according to general secretary "
            "Helen Crabtree. Martin Eales, chief negotiator for the authority, said the changes were "
            "necessary to keep the scheme solvent and that the offer still stood. Roughly 14,000 "
            "teachers belong to the scheme."),
        errors=[
            E("will strike", "modality", "major", "could strike"),
        ],
        traps=[
            T("to 67 from 65", "from 65 to 67"),
            T("the offer still stood", "its offer remained on the table"),
            T("Roughly 14,000 teachers belong to the scheme", "About 14,000 teachers are members of the scheme"),
        ],
    ),
    # 15 -----------------------------------------------------------------
    dict(
        domain="exam board error", mode="summary",
        reference=(
            "About 3,200 A-level chemistry students were sent incorrect grades on results day because "
            "of a data-processing error, the Central Examinations Council (CEC) admitted on Friday. The "
            "board said a software update had caused marks from one paper to be counted twice for "
            "candidates who sat the exam in the June series. Corrected results will be issued by "
            "Wednesday. Of those affected, around 1,900 received a higher grade than they should have "
            "and 1,300 a lower one. The CEC said students whose grades fall would not lose university "
            "places already confirmed, after universities agreed to honour those offers. The head of the "
            "schools regulator, Fiona Delgado, called the mistake 'unacceptable' and said she had "
            "ordered an independent review of the board's systems."),
        candidate=(
            "A software update caused the Central Examinations Council to send wrong grades to about "
            "3,200 A-level chemistry students, around 1,900 of whom were marked too high and 1,300 too "
            "low. Corrected results will be out by Wednesday, and the board says students whose grades "
            "fall will keep university places already confirmed. The CEC called the mistake "
            "'unacceptable' and has ordered an independent review of its systems."),
        errors=[
            E("The CEC", "attribution", "major", "The head of the schools regulator, Fiona Delgado"),
        ],
        traps=[
            T("wrong grades", "incorrect grades"),
        ],
    ),
    # 16 -----------------------------------------------------------------
    dict(
        domain="university league table", mode="rewrite",
        reference=(
            "The University of Castleford has climbed 14 places to 23rd in this year's National "
            "Universities Guide, its highest ever position, the guide's publishers announced on Sunday. "
            "The rise was driven mainly by improved scores for student satisfaction and graduate "
            "employment, where 87% of leavers were in professional jobs or further study within 15 "
            "months. Its neighbour, Harlow Metropolitan University, fell six places to 58th. The guide "
            "ranks 130 institutions using nine measures, including entry standards and spending on "
            "facilities. Castleford's vice-chancellor, Professor Nadia Quayle, said the result reflected "
            "'years of investment in teaching'. The top three positions were unchanged from last year."),
        candidate=(
            "The University of Castleford has moved up 14 places to 23rd in this year's National "
            "Universities Guide, the best ranking it has ever achieved, the guide's publishers said on "
            "Sunday. Better scores for student satisfaction and graduate employment were the main "
            "reasons for the climb, with 87% of leavers in professional work or further study within 15 "
            "months. Neighbouring Harlow Metropolitan University dropped six places, to 58th. The guide "
            "ranks 130 institutions on nine measures, among them entry standards and spending on "
            "facilities. Professor Nadia Quayle, Castleford's vice-chancellor, said the result reflected "
            "'years of investment in teaching'. There was no change in the top three from last year."),
        errors=[],
        traps=[
            T("moved up 14 places", "climbed 14 places"),
            T("the best ranking it has ever achieved", "its highest ever position"),
            T("dropped six places, to 58th", "fell six places to 58th"),
            T("There was no change in the top three from last year",
              "The top three positions were unchanged from last year"),
        ],
    ),
    # 17 -----------------------------------------------------------------
    dict(
        domain="student rent strike", mode="translation",
        reference=(
            "Around 800 students living in university halls in Marsteden have stopped paying rent in "
            "protest against an increase of 11 percent, the tenants' union said on Wednesday. The "
            "housing foundation Kamerhuis, which manages the buildings, said it was willing to talk but "
            "would not withdraw the increase. According to the union, the strike will continue until the "
            "foundation agrees to limit the rise to the inflation rate. Kamerhuis director Pieter Swaans "
            "warned that students who withheld rent for more than two months could face eviction "
            "proceedings. The city council has offered to mediate. Monthly rent for a standard room "
            "currently stands at 520 euros."),
        candidate=(
            "Some 800 students in Marsteden's university residences have stopped paying their rent to "
            "protest an 11 percent rise, the tenants' union announced on Wednesday. Kamerhuis, the "
            "foundation that runs the buildings, said it was open to dialogue but would not reverse the "
            "increase. The union said the strike would go on until the foundation agreed to cap the "
            "rise at inflation. Pieter Swaans, the director of Kamerhuis, warned that students who did "
            "not pay rent for more than two months would face eviction proceedings. The university has "
            "offered to act as mediator. A standard room currently costs 520 euros a month."),
        errors=[
            E("would face", "modality", "major", "could face"),
            E("The university", "entity", "major", "The city council"),
        ],
        traps=[
            T("open to dialogue", "willing to talk"),
            T("cap the rise at inflation", "limit the rise to the inflation rate"),
        ],
    ),
    # 18 -----------------------------------------------------------------
    dict(
        domain="apprenticeship levy change", mode="rewrite",
        reference=(
            "The government will allow employers to spend up to 40% of their apprenticeship levy funds "
            "on short courses from April, the skills minister, Graham Toller, announced on Tuesday. At "
            "present, levy money can only be used for full apprenticeships lasting at least 12 months. "
            "Firms with an annual pay bill above £3 million pay the levy, which is set at 0.5% of their "
            "wage costs. The Small Employers' Council welcomed the change but said smaller firms that do "
            "not pay the levy would see little benefit. The Association of Training Providers warned "
            "that the reform could lead to a fall in apprenticeship starts, which dropped by 9% last "
            "year to 312,000. Mr Toller said the department would monitor the impact and publish figures "
            "every quarter."),
        candidate=(
            "From April, employers will be able to spend as much as 40% of their apprenticeship levy "
            "funds on short courses, skills minister Graham Toller said on Tuesday. Currently the money "
            "can be used only for full apprenticeships of 12 months or more. The levy, charged at 0.5% "
            "of wage costs, applies to firms whose annual pay bill exceeds £3 million. The Small "
            "Employers' Council welcomed the change, but said smaller businesses that do not pay the "
            "levy would gain little. The council also warned that the reform could mean fewer "
            "apprenticeship starts, which fell by 9% last year to 321,000. The minister said the impact "
            "would be monitored and figures published quarterly."),
        errors=[
            E("The council", "attribution", "major", "The Association of Training Providers"),
            E("321,000", "number", "minor", "312,000"),
        ],
        traps=[
            T("as much as 40%", "up to 40%"),
            T("of 12 months or more", "lasting at least 12 months"),
            T("figures published quarterly", "publish figures every quarter"),
        ],
    ),
    # 19 -----------------------------------------------------------------
    dict(
        domain="job centre merger", mode="summary",
        reference=(
            "The Department for Work Services will merge the job centres in Ellingham and Stoke Prior "
            "into a single office in Ellingham town centre by the end of November, officials confirmed "
            "this week. The Stoke Prior site, which handles about 2,100 appointments a month, will close "
            "when its lease expires. No jobs will be lost, the department said, as all 26 staff will "
            "move to the Ellingham office. Claimants in Stoke Prior will be able to attend appointments "
            "by video or by phone, and travel costs for in-person visits will be refunded. Local MP "
            "Sandra Pike said the eight-mile journey would be difficult for people without a car, as the "
            "bus service between the two towns runs only every two hours. The department said it would "
            "review the arrangement after six months."),
        candidate=(
            "The Department for Work Services will merge its Ellingham and Stoke Prior job centres into "
            "a single office in Ellingham town centre by the end of November, closing the Stoke Prior "
            "site, which handles some 2,100 appointments monthly. All 26 staff will transfer, so no jobs "
            "will go. Stoke Prior claimants can attend by video or phone, and travel costs for in-person "
            "visits will be reimbursed. MP Sandra Pike said the journey would be hard for people without "
            "a car, as buses run only every two hours; the department will review the arrangement after "
            "six months."),
        errors=[],
        traps=[
            T("some 2,100 appointments monthly", "about 2,100 appointments a month"),
            T("so no jobs will go", "No jobs will be lost"),
            T("will be reimbursed", "will be refunded"),
            T("buses run only every two hours",
              "the bus service between the two towns runs only every two hours"),
        ],
    ),
    # 20 -----------------------------------------------------------------
    dict(
        domain="hospice funding cut", mode="rewrite",
        reference=(
            "St Aldric's Hospice in Tannerford will close six of its 18 inpatient beds from January "
            "after the local health board cut its annual grant by £420,000, the charity said on Monday. "
            "The hospice receives about a third of its £5.4 million running costs from the health board, "
            "with the rest raised through donations, shops and events. Chief executive Marion Fell said "
            "the board had given only eight weeks' notice of the cut. The hospice will keep its "
            "community nursing team, which supports around 300 patients at home, at full strength. The "
            "health board said it faced a deficit of £31 million and had reduced funding to all "
            "voluntary-sector providers by the same proportion. A public meeting is planned for "
            "12 December."),
        candidate=(
            "St Aldric's Hospice in Tannerford is to close a third of its 18 inpatient beds from January "
            "following a £420,000 cut to its annual grant from the local health board, the charity said "
            "on Monday. Approximately one-third of the hospice's £5.4m running costs are met by the "
            "board, with the remainder raised through donations, shops and events. Only eight weeks' "
            "notice of the cut was given by the board, according to chief executive Marion Fell. The "
            "community nursing team, which cares for some 300 patients in their own homes, will stay at "
            "full strength. The health board said it was facing a £31m deficit and that every "
            "voluntary-sector provider had had its funding cut by the same proportion. A public meeting "
            "has been scheduled for 12 December."),
        errors=[],
        traps=[
            T("a third of its 18 inpatient beds", "six of its 18 inpatient beds"),
            T("Approximately one-third", "about a third"),
            T("Only eight weeks' notice of the cut was given by the board",
              "the board had given only eight weeks' notice of the cut"),
            T("some 300 patients in their own homes", "around 300 patients at home"),
        ],
    ),
    # 21 -----------------------------------------------------------------
    dict(
        domain="blood donor drive", mode="translation",
        reference=(
            "The regional blood transfusion service in Valdorna has launched a summer campaign to "
            "recruit 5,000 new donors, warning that stocks of type O negative blood have fallen to about "
            "four days' supply. Director Giulia Ferrante said reserves usually decline in July and "
            "August, when regular donors go on holiday, but this year the drop began in June. Mobile "
            "collection units will visit 25 towns across the region over the next six weeks, and donors "
            "will receive a voucher for a free breakfast at participating cafés. People aged between 18 "
            "and 65 who weigh at least 50 kilograms can give blood. Last year the service collected "
            "around 61,000 donations."),
        candidate=(
            "Valdorna's regional transfusion service has begun a summer drive to sign up 5,000 new blood "
            "donors, cautioning that O-negative supplies are down to roughly four days' worth. According "
            "to its director, Giulia Ferrante, stocks normally fall in July and August, when regular "
            "donors are away on holiday, but this year the decline started in June. Over the coming six "
            "weeks, mobile units will collect blood in 25 towns around the region, and each donor will "
            "be given a voucher for a free breakfast at cafés taking part. Anyone aged 18 to 65 who "
            "weighs 50 kilograms or more is eligible to donate. Some 61,000 donations were collected "
            "last year."),
        errors=[],
        traps=[
            T("O-negative supplies are down to roughly four days' worth",
              "stocks of type O negative blood have fallen to about four days' supply"),
            T("Over the coming six weeks", "over the next six weeks"),
            T("50 kilograms or more", "at least 50 kilograms"),
            T("Some 61,000 donations", "around 61,000 donations"),
        ],
    ),
    # 22 -----------------------------------------------------------------
    dict(
        domain="organ donation register", mode="rewrite",
        reference=(
            "The number of people on the Harland organ donor register rose by 48,000 last year to 1.26 "
            "million, the Harland Transplant Authority said in its annual report on Thursday. "
            "Registrations increased sharply after a television campaign in March featuring the family "
            "of a teenage donor. However, the authority said that 214 people died last year while "
            "waiting for a transplant, up from 187 the year before, and that families refused consent in "
            "about one in three cases where donation was possible. It is urging people to discuss their "
            "wishes with relatives. The authority's medical director, Dr Samuel Okafor, said opting out "
            "of the register had also become easier online, and around 9,000 people had done so."),
        candidate=(
            "Harland's organ donor register grew by 48,000 last year to 1.26 million people, according "
            "to the Harland Transplant Authority's annual report, published on Thursday. Sign-ups rose "
            "sharply following a March television campaign featuring the family of a teenage donor. But "
            "the authority also reported that 214 people had died last year waiting for a transplant, "
            "compared with 187 a year earlier, and that in roughly a third of cases where donation was "
            "possible, families refused consent. It is encouraging people to talk to their relatives "
            "about their wishes. Dr Samuel Okafor, the authority's medical director, said it had also "
            "become easier to join the register online, and around 9,000 people had done so."),
        errors=[
            E("join the register", "event", "major", "opting out of the register"),
        ],
        traps=[
            T("compared with 187 a year earlier", "up from 187 the year before"),
            T("roughly a third of cases", "about one in three cases"),
        ],
    ),
    # 23 -----------------------------------------------------------------
    dict(
        domain="cancer screening backlog", mode="summary",
        reference=(
            "More than 17,000 women in the Eastvale health region are waiting for overdue breast "
            "screening appointments, according to figures obtained by the Eastvale Gazette. The backlog "
            "built up after one of the region's two mobile screening units was taken out of service in "
            "February with a mechanical fault. The unit is due back in use next month. The health "
            "authority said it had hired a private provider, ClearView Diagnostics, to run extra weekend "
            "clinics, and expected to clear the backlog by the end of March. It said women whose "
            "screening was overdue would be contacted directly and did not need to call their GP. "
            "Screening is offered every three years to women aged 50 to 71."),
        candidate=(
            "Over 17,000 women in Eastvale are overdue for breast screening after one of the region's "
            "two mobile units was scrapped in February. The health authority has hired ClearView "
            "Diagnostics, a firm it has used for several years, to run extra weekend clinics and expects "
            "to clear the backlog by the end of March; affected women will be contacted directly."),
        errors=[
            E("was scrapped", "event", "major", "was taken out of service"),
            E("a firm it has used for several years", "addition", "minor", None),
        ],
        traps=[
            T("Over 17,000", "More than 17,000"),
        ],
    ),
    # 24 -----------------------------------------------------------------
    dict(
        domain="hearing aid contract", mode="rewrite",
        reference=(
            "The Southmoor health board has awarded a five-year, £6.8 million contract for adult hearing "
            "aid services to SoundPath Audiology, replacing the current provider, Brightear, from "
            "1 June. SoundPath will run clinics at 14 sites, four more than at present, and has promised "
            "that patients will be seen within six weeks of referral, compared with the current average "
            "wait of 19 weeks. The board said the contract would cost about £300,000 a year less than "
            "the existing arrangement. Patients already fitted with Brightear devices will continue to "
            "receive batteries and repairs. Brightear's managing director, Colin Adey, said the company "
            "was 'disappointed' and was considering a legal challenge to the tendering process."),
        candidate=(
            "SoundPath Audiology will take over adult hearing aid services in Southmoor from the current "
            "provider, Brightear, on 1 June after winning a £6.8m contract from the health board that "
            "runs for five years. The firm will operate clinics at 14 locations, up from 10 now, and has "
            "pledged that patients will be seen no more than six weeks after being referred; at present "
            "they wait 19 weeks on average. According to the board, the new deal will be roughly "
            "£300,000 a year cheaper than the current one. Patients who already have Brightear devices "
            "will still be provided with batteries and repairs. Colin Adey, managing director of "
            "Brightear, said the company was 'disappointed' and was weighing a legal challenge to the "
            "way the tender was run."),
        errors=[],
        traps=[
            T("a £6.8m contract from the health board that runs for five years",
              "a five-year, £6.8 million contract"),
            T("up from 10 now", "four more than at present"),
            T("roughly £300,000 a year cheaper", "cost about £300,000 a year less"),
            T("weighing a legal challenge", "considering a legal challenge"),
        ],
    ),
    # 25 -----------------------------------------------------------------
    dict(
        domain="wheelchair service delay", mode="translation",
        reference=(
            "Disabled residents of the Haute-Lorvanne department are waiting an average of seven months "
            "for a new wheelchair, according to a report published on Monday by the patients' "
            "association Roues Libres. The report says the delays have grown since the regional health "
            "agency moved wheelchair assessments to a single centre in Saint-Vérac in 2022. Some users "
            "have been forced to keep using chairs that no longer fit them or are broken. The agency "
            "said it would open two additional assessment sites before the end of the year and recruit "
            "three occupational therapists. Association president Claire Dumesnil said she would meet "
            "the agency's director on 4 March."),
        candidate=(
            "In the Haute-Lorvanne department, disabled people wait seven months on average for a new "
            "wheelchair, according to a report released on Monday by the patients' group Roues Libres. "
            "The report says waiting times have lengthened since 2022, when the regional health agency "
            "centralised wheelchair assessments at one centre in Saint-Vérac. Some users have had to "
            "carry on with chairs that are broken or no longer fit them. The agency said it would set up "
            "two more assessment sites by the end of next year and hire three occupational therapists. "
            "Claire Dumesnil, who chairs the association, said she was due to meet the agency's director "
            "on 4 March."),
        errors=[
            E("by the end of next year", "date", "major", "before the end of the year"),
        ],
        traps=[
            T("seven months on average", "an average of seven months"),
            T("centralised wheelchair assessments at one centre",
              "moved wheelchair assessments to a single centre"),
            T("who chairs the association", "Association president"),
        ],
    ),
    # 26 -----------------------------------------------------------------
    dict(
        domain="prison library scheme", mode="rewrite",
        reference=(
            "A reading scheme that pairs inmates with volunteer tutors is to be extended to all five "
            "prisons in the Northern Corrections Region after a pilot at HMP Farrowgate cut reoffending "
            "among participants, the Prison and Probation Board said on Wednesday. During the two-year "
            "pilot, 240 prisoners took part, and 31% of those released went on to reoffend within a "
            "year, compared with 46% of a comparable group who did not. The scheme is run by the charity "
            "Open Pages, which will receive £750,000 over three years to train 120 more volunteers. "
            "Farrowgate's librarian, Joan Whitlock, said many participants had never finished a book "
            "before joining. The board said it would publish a full evaluation of the pilot in the "
            "spring."),
        candidate=(
            "The Prison and Probation Board announced on Wednesday that a reading scheme pairing "
            "prisoners with volunteer tutors will be rolled out to all five prisons in the Northern "
            "Corrections Region, after a pilot at HMP Farrowgate reduced reoffending among those who "
            "took part. Of the 240 prisoners involved in the two-year pilot, 31% of those released "
            "reoffended within 12 months, against 46% of a comparable group who did not take part. The "
            "charity Open Pages, which runs the scheme, will receive £750,000 over three years to train "
            "120 more volunteers. Open Pages' librarian, Joan Whitlock, said many participants had never "
            "finished a book before they joined. The board said a full evaluation of the pilot would be "
            "published in the spring, and Open Pages will receive £750,000 over three years to train 120 "
            "more volunteers."),
        errors=[
            E("Open Pages' librarian", "entity", "major", "Farrowgate's librarian"),
            E("will receive £750,000 over three years to train 120 more volunteers", "repetition",
              "minor", None, occ=1),
        ],
        traps=[
            T("pairing prisoners", "pairs inmates"),
            T("within 12 months", "within a year"),
        ],
    ),
    # 27 -----------------------------------------------------------------
    dict(
        domain="probation office move", mode="summary",
        reference=(
            "The probation office in Coldharbour Street, Ranmoor, will move to a converted bank building "
            "on Market Row in September, the regional probation service has confirmed. The service said "
            "the current office, which it has used since 1998, was too small and did not meet modern "
            "security standards. The new site will have eight interview rooms instead of five and a "
            "separate entrance for people attending appointments. Some shopkeepers on Market Row have "
            "objected, and a petition against the move has been signed by about 600 people. The service "
            "said it had carried out a community safety assessment and would hold a drop-in session for "
            "residents on 22 July. About 750 people on probation report to the office."),
        candidate=(
            "Ranmoor's probation office will relocate in September from Coldharbour Street to a former "
            "bank on Market Row, which will have eight interview rooms rather than five and a separate "
            "entrance for people attending appointments; the probation service says the current office "
            "is too small and falls short of modern security standards. Some Market Row shopkeepers "
            "have objected, a petition against the move has about 600 signatures, and a drop-in session "
            "for residents is planned for 22 July."),
        errors=[],
        traps=[
            T("a former bank", "a converted bank building"),
            T("rather than five", "instead of five"),
            T("falls short of modern security standards", "did not meet modern security standards"),
            T("about 600 signatures", "signed by about 600 people"),
        ],
    ),
    # 28 -----------------------------------------------------------------
    dict(
        domain="court building sale", mode="rewrite",
        reference=(
            "The Courts Property Agency has sold the former Kilbride Magistrates' Court to a housing "
            "association for £1.35 million, ending two years of uncertainty over the Grade II-listed "
            "building. Hearthstone Homes plans to convert the Victorian courthouse into 22 affordable "
            "flats, keeping the original courtroom as a community hall. The court closed in 2021, when "
            "its cases were transferred to Dunmarsh, 15 miles away. The agency said the sale price was "
            "above the independent valuation of £1.2 million. Planning permission will still be needed, "
            "and Hearthstone said it hoped to submit an application by the autumn, with building work "
            "starting in 2026 at the earliest. Local councillor Peter Lang described the deal as 'the "
            "best possible outcome'."),
        candidate=(
            "A housing association, Hearthstone Homes, has bought the former Kilbride Magistrates' Court "
            "from the Courts Property Agency for £1.35m, bringing two years of uncertainty over the "
            "Grade II-listed building to an end. The association intends to turn the Victorian "
            "courthouse into 22 affordable flats and keep the original courtroom as a community hall. "
            "Since the court shut in 2021, its cases have been heard in Dunmarsh, 15 miles away. The "
            "price exceeded the independent valuation of £1.2m, the agency said. Hearthstone still needs "
            "planning permission and said it hoped to apply by the autumn, with building work starting "
            "no earlier than 2026. Peter Lang, a local councillor, called the deal 'the best possible "
            "outcome'."),
        errors=[],
        traps=[
            T("Hearthstone Homes, has bought the former Kilbride Magistrates' Court from the Courts "
              "Property Agency",
              "The Courts Property Agency has sold the former Kilbride Magistrates' Court to a housing "
              "association"),
            T("£1.35m", "£1.35 million"),
            T("exceeded the independent valuation", "was above the independent valuation"),
            T("no earlier than 2026", "in 2026 at the earliest"),
        ],
    ),
    # 29 -----------------------------------------------------------------
    dict(
        domain="coroner inquest delay", mode="translation",
        reference=(
            "The inquest into the death of a 71-year-old man who died after waiting more than nine hours "
            "for an ambulance in Bryn Tawel has been postponed for a third time, the coroner's office "
            "confirmed on Friday. The hearing, which had been due to begin on 10 April, will now take "
            "place in September at the earliest. The coroner, Elin Pryce, said she was still waiting for "
            "a report from an independent pathologist. The man's daughter, Sian Howells, said the family "
            "had been waiting 20 months for answers and that each delay made their grief harder to bear. "
            "The ambulance service has said it will cooperate fully with the inquest."),
        candidate=(
            "The coroner's office confirmed on Friday that the inquest into the death of a 71-year-old "
            "man who waited over nine hours for an ambulance in Bryn Tawel before he died has been put "
            "back for the third time. Originally scheduled to open on 10 April, the hearing will not now "
            "be held before September. Coroner Elin Pryce said a report from an independent pathologist "
            "had still not reached her. Sian Howells, the man's daughter, said her family had spent 20 "
            "months waiting for answers and that every postponement made their grief harder to bear. "
            "The ambulance service has promised to cooperate fully with the inquest."),
        errors=[],
        traps=[
            T("over nine hours", "more than nine hours"),
            T("has been put back for the third time", "has been postponed for a third time"),
            T("will not now be held before September", "will now take place in September at the earliest"),
            T("a report from an independent pathologist had still not reached her",
              "she was still waiting for a report from an independent pathologist"),
        ],
    ),
    # 30 -----------------------------------------------------------------
    dict(
        domain="police horse retirement", mode="rewrite",
        reference=(
            "Two of Ridgeway Police's longest-serving horses, Duke and Marigold, will retire at the end "
            "of the month after a combined 27 years of service, the force said on Saturday. Duke, a "
            "19-year-old grey, joined the mounted unit in 2009 and has worked at more than 400 football "
            "matches. Marigold, 17, has been deployed at festivals, protests and royal visits. Both "
            "horses will live at a rehoming centre run by the charity Hoofprints in Ashworth, where the "
            "public will be able to visit them. The force currently has eight horses and plans to buy "
            "two replacements this year at a cost of about £9,000 each. Sergeant Kerry Doyle, who leads "
            "the mounted unit, said the pair were 'calm under pressure and loved by the public'."),
        candidate=(
            "Duke and Marigold, two of Ridgeway Police's longest-serving horses, are to retire at the "
            "end of the month after 27 years of service between them, the force announced on Saturday. "
            "Duke, a grey aged 19, has been with the mounted unit since 2009 and has worked at over 400 "
            "football matches, more than any other horse in the force's history. Marigold, 17, has been "
            "deployed at festivals, protests and royal visits. The pair will live at a rehoming centre "
            "in Ashworth run by the charity Hoofprints, where the public will be able to visit them. The "
            "force, which has eight horses at present, intends to buy two replacements this year for "
            "around £9,000 each. Sergeant Kerry Doyle, head of the mounted unit, described the pair as "
            "'calm under pressure and loved by the public'."),
        errors=[
            E("more than any other horse in the force's history", "addition", "minor", None),
        ],
        traps=[
            T("27 years of service between them", "a combined 27 years of service"),
            T("a grey aged 19", "a 19-year-old grey"),
            T("for around £9,000 each", "at a cost of about £9,000 each"),
        ],
    ),
    # 31 -----------------------------------------------------------------
    dict(
        domain="fire station merger", mode="summary",
        reference=(
            "Brenmoor Fire and Rescue Service will merge its stations at Oakley Cross and Harwell Green "
            "into a new station at Millbrook, midway between the two, under plans approved by the fire "
            "authority on Thursday. The new station, costing £4.2 million, is due to open in 2027. The "
            "service said average response times in the area would rise by about 40 seconds but that "
            "the merger would allow it to keep two fire engines crewed around the clock instead of one. "
            "The Fire Brigades Association said the plan amounted to a cut in cover and warned that some "
            "rural villages would wait longer for help. Chief fire officer Andrew Kemp said no "
            "firefighter posts would be lost."),
        candidate=(
            "Brenmoor's fire authority has approved merging the Oakley Cross and Harwell Green fire "
            "stations into a £4.2m station at Harwell Green, due to open in 2027. The service says "
            "average response times will rise by about 40 seconds but two engines will be crewed around "
            "the clock instead of one, with no firefighter posts lost; the Fire Brigades Association "
            "calls the plan a cut in cover."),
        errors=[
            E("Harwell Green", "entity", "major", "Millbrook", occ=1),
        ],
        traps=[
            T("calls the plan a cut in cover", "said the plan amounted to a cut in cover"),
        ],
    ),
    # 32 -----------------------------------------------------------------
    dict(
        domain="smoke alarm campaign", mode="rewrite",
        reference=(
            "Firefighters in Kelsall will visit 6,000 homes over the next three months to fit free smoke "
            "alarms, after figures showed that in four of the five fatal house fires in the county last "
            "year there was no working alarm. The campaign, launched on Monday by Kelsall Fire and "
            "Rescue Service, will focus on households with residents aged over 75 and people living "
            "alone. Each visit takes about 30 minutes and includes a check of electrical sockets and "
            "escape routes. The alarms, which have ten-year sealed batteries, were donated by the "
            "manufacturer Safehome Devices. Station manager Lucy Brandt urged residents to test their "
            "alarms monthly and said people could book a visit online or by phone."),
        candidate=(
            "Over the next three months, Kelsall firefighters will call at 6,000 homes to install smoke "
            "alarms free of charge. The campaign follows figures showing that four of last year's five "
            "fatal house fires in the county happened in homes with no working alarm. Launched on Monday "
            "by Kelsall Fire and Rescue Service, it will concentrate on people who live alone and "
            "households where someone is over 75. Each visit lasts around half an hour and also "
            "includes a check of electrical sockets and escape routes. The manufacturer Safehome Devices "
            "donated the alarms, which have sealed batteries lasting ten years. Lucy Brandt, a station "
            "manager, said residents should test their alarms every month and that visits could be "
            "booked online or by phone."),
        errors=[],
        traps=[
            T("four of last year's five fatal house fires in the county",
              "four of the five fatal house fires in the county last year"),
            T("households where someone is over 75", "households with residents aged over 75"),
            T("around half an hour", "about 30 minutes"),
            T("sealed batteries lasting ten years", "ten-year sealed batteries"),
            T("every month", "monthly"),
        ],
    ),
    # 33 -----------------------------------------------------------------
    dict(
        domain="chimney fire spate", mode="translation",
        reference=(
            "Fire brigades in the Grauwald district have been called to 23 chimney fires since the start "
            "of November, more than in the whole of last winter, the district fire association reported "
            "on Monday. Most of the fires occurred in older houses with wood-burning stoves whose "
            "chimneys had not been swept for several years. No one has been injured, but two houses "
            "were badly damaged. District fire chief Stefan Mairhofer said many households had switched "
            "to wood because of high energy prices without having their flues checked. The association "
            "has asked the regional chimney sweeps' guild to give priority to homes with wood stoves, as "
            "some sweeps have waiting lists of up to six weeks. It recommends that chimneys be inspected "
            "at least once a year."),
        candidate=(
            "Since the beginning of November, fire services in the Grauwald district have responded to "
            "23 chimney fires, more than during the entire previous winter, the district fire "
            "association said on Monday. The fires mostly broke out in older houses heated by wood "
            "stoves, where chimneys had gone unswept for several years. Injuries have been reported, and "
            "two houses suffered serious damage. According to district fire chief Stefan Mairhofer, high "
            "energy prices had led many households to switch to wood without getting their flues "
            "checked. The regional chimney sweeps' guild has asked the association to prioritise houses "
            "with wood stoves, since waiting lists for some sweeps are as long as six weeks. The "
            "association advises having chimneys inspected at least once a year."),
        errors=[
            E("Injuries have been reported", "polarity", "critical", "No one has been injured"),
            E("The regional chimney sweeps' guild has asked the association", "role", "major",
              "The association has asked the regional chimney sweeps' guild"),
        ],
        traps=[
            T("more than during the entire previous winter", "more than in the whole of last winter"),
            T("had gone unswept for several years", "had not been swept for several years"),
            T("as long as six weeks", "up to six weeks"),
        ],
    ),
    # 34 -----------------------------------------------------------------
    dict(
        domain="gas leak evacuation", mode="rewrite",
        reference=(
            "About 120 residents were evacuated from homes in Linden Crescent, Pottersfield, on Sunday "
            "evening after a gas main was damaged by contractors laying fibre-optic cables. The leak was "
            "reported at 6.40pm, and firefighters set up a 100-metre cordon while engineers from "
            "Northgrid Gas made the pipe safe. Most residents were allowed back shortly after midnight, "
            "but those in six houses closest to the leak may have to stay away until Tuesday while "
            "repairs are completed. A rest centre was opened at St Barnabas church hall. Northgrid said "
            "it would investigate how the main was struck and might seek to recover its costs from the "
            "contractor, Linkway Networks. No injuries were reported."),
        candidate=(
            "Roughly 120 residents had to leave their homes in Linden Crescent, Pottersfield, on Sunday "
            "evening when contractors laying fibre-optic cables damaged a gas main. The leak was "
            "reported at 6.40pm, and firefighters put a 100-metre cordon in place while Northgrid Gas "
            "engineers made the pipe safe. Most residents were able to return shortly before midnight, "
            "but people in the six houses nearest the leak will have to stay away until Tuesday while "
            "repairs are completed. St Barnabas church hall was opened as a rest centre. Northgrid said "
            "it would look into how the main came to be struck and might try to recover its costs from "
            "the contractor, Linkway Networks. No one was reported injured."),
        errors=[
            E("shortly before midnight", "date", "minor", "shortly after midnight"),
            E("will have to stay away", "modality", "minor", "may have to stay away"),
        ],
        traps=[
            T("Roughly 120 residents had to leave their homes", "About 120 residents were evacuated from homes"),
            T("contractors laying fibre-optic cables damaged a gas main",
              "a gas main was damaged by contractors laying fibre-optic cables"),
            T("No one was reported injured", "No injuries were reported"),
        ],
    ),
    # 35 -----------------------------------------------------------------
    dict(
        domain="sewage spill fine", mode="summary",
        reference=(
            "Tamarside Water has been fined £2.8 million after admitting that it allowed untreated "
            "sewage to flow into the River Oswy for 11 days in August 2022, killing an estimated 9,000 "
            "fish. Sentencing the company at Holmcastle Crown Court on Tuesday, Judge Caroline Abbot said "
            "the spill had been caused by a pump failure that the company had known about for weeks but "
            "failed to fix. The Environment Regulator said it was one of the worst pollution incidents "
            "on the river in 20 years. Tamarside Water was also ordered to pay £160,000 in costs. In a "
            "statement, the company apologised and said it had since spent £5 million upgrading the "
            "pumping station."),
        candidate=(
            "Tamarside Water has been fined £2.8m and ordered to pay £160,000 costs for letting untreated "
            "sewage flow into the River Oswy for 11 days in August 2022, killing an estimated 9,000 fish. "
            "The judge said the spill was caused by a pump failure the firm had known about for weeks "
            "but failed to fix, killing an estimated 9,000 fish. The company has apologised."),
        errors=[
            E("killing an estimated 9,000 fish", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("£2.8m", "£2.8 million"),
        ],
    ),
    # 36 -----------------------------------------------------------------
    dict(
        domain="reservoir drought level", mode="rewrite",
        reference=(
            "Water levels at Harrowdale Reservoir have fallen to 38% of capacity, the lowest for the "
            "time of year since records began in 1976, Pennine Vale Water said on Thursday. The company "
            "said rainfall across its catchment had been less than half the long-term average since "
            "March. It has not yet introduced a hosepipe ban but said one was likely within weeks if the "
            "dry weather continued. Customers are being asked to take shorter showers and avoid using "
            "sprinklers. The company said leakage from its network had been reduced by 12% over the past "
            "year, but campaigners from the group Save Our Streams said it still lost about 140 million "
            "litres a day through leaks."),
        candidate=(
            "Pennine Vale Water said on Thursday that Harrowdale Reservoir was down to 38% full, its "
            "lowest level for this point in the year since records started in 1976. Since March, the "
            "company said, its catchment had received under half its long-term average rainfall. There "
            "is no hosepipe ban yet, but the company warned that one would probably be imposed within "
            "weeks should the dry spell go on. It is asking customers to cut their shower times and not "
            "to use sprinklers. According to the company, leakage from its pipes has fallen by 12% over "
            "the last year, although the campaign group Save Our Streams said around 140 million litres "
            "a day were still being lost through leaks."),
        errors=[],
        traps=[
            T("38% full", "38% of capacity"),
            T("under half its long-term average rainfall", "less than half the long-term average"),
            T("There is no hosepipe ban yet", "It has not yet introduced a hosepipe ban"),
            T("would probably be imposed within weeks", "was likely within weeks"),
            T("around 140 million litres a day", "about 140 million litres a day"),
        ],
    ),
    # 37 -----------------------------------------------------------------
    dict(
        domain="wind farm community fund", mode="translation",
        reference=(
            "The operator of the Hestfjell wind farm will pay 1.2 million kroner a year into a fund for "
            "local projects in Skarvøy municipality, under an agreement signed on Friday. The money will "
            "be distributed by a committee of five residents and two council representatives, and "
            "groups can apply for grants of up to 100,000 kroner. The agreement runs for the 25-year "
            "lifetime of the farm's 14 turbines. The company, Nordvind Energi, said the amount was "
            "equivalent to roughly 85,000 kroner per turbine. Mayor Ingrid Solheim called the deal fair, "
            "but a local residents' group that opposed the wind farm said the fund could not compensate "
            "for the loss of the mountain landscape. The first applications will be accepted in the "
            "spring."),
        candidate=(
            "Under an agreement signed on Friday, Nordvind Energi, which operates the Hestfjell wind "
            "farm, will contribute 1.2 million kroner annually to a fund supporting local projects in "
            "Skarvøy municipality. A committee made up of five local residents and two council "
            "representatives will decide how the money is spent, and organisations may apply for up to "
            "100,000 kroner each. The deal covers the full 25-year operating life of the farm's 14 "
            "turbines. According to the company, the sum works out at around 85,000 kroner per turbine. "
            "Mayor Ingrid Solheim described the agreement as fair, while a residents' association that "
            "had fought the wind farm said the fund could not make up for the loss of the mountain "
            "scenery. Applications will open in the spring."),
        errors=[],
        traps=[
            T("1.2 million kroner annually", "1.2 million kroner a year"),
            T("the full 25-year operating life", "the 25-year lifetime"),
            T("the sum works out at around 85,000 kroner per turbine",
              "the amount was equivalent to roughly 85,000 kroner per turbine"),
            T("mountain scenery", "mountain landscape"),
        ],
    ),
    # 38 -----------------------------------------------------------------
    dict(
        domain="solar farm objection", mode="rewrite",
        reference=(
            "More than 300 objections have been lodged against plans for a 49-megawatt solar farm on "
            "farmland near the village of Stretton Parva, Wealdmoor District Council has confirmed. The "
            "developer, Brightfield Renewables, wants to install panels across 85 hectares, enough to "
            "power around 15,000 homes. Objectors say the site is some of the best agricultural land in "
            "the district and that the panels would be visible from a nearby conservation area. "
            "Brightfield said the land was not classed as best and most versatile and that sheep would "
            "continue to graze beneath the panels. The council's planning officers have not yet made a "
            "recommendation, and the application is expected to go before the planning committee in "
            "January. The parish council has also objected."),
        candidate=(
            "Wealdmoor District Council has confirmed that over 300 objections have been submitted to "
            "plans for a 49MW solar farm on farmland close to the village of Stretton Parva. The "
            "developer, Brightfield Renewables, wants to cover 85 hectares with panels, enough to power "
            "about 15,000 homes. Objectors argue that the site is among the best agricultural land in "
            "the district and that the panels would be seen from a nearby conservation area. Brightfield "
            "said the land was rated as best and most versatile and that sheep would still graze beneath "
            "the panels. Planning officers at the council have yet to make a recommendation, and the "
            "application is expected to be considered by the planning committee in January. The parish "
            "council has also lodged an objection."),
        errors=[
            E("was rated as best and most versatile", "polarity", "major",
              "was not classed as best and most versatile"),
        ],
        traps=[
            T("49MW", "49-megawatt"),
            T("would be seen from", "would be visible from"),
            T("have yet to make a recommendation", "have not yet made a recommendation"),
        ],
    ),
    # 39 -----------------------------------------------------------------
    dict(
        domain="heat pump subsidy", mode="summary",
        reference=(
            "Households in Caldermoor will be able to claim grants of up to £7,500 towards the cost of "
            "installing an air-source heat pump under a scheme launched by the regional energy agency on "
            "Monday. The grant rises to £9,000 for homes that are not connected to the gas network. The "
            "agency has set aside £24 million, which it says should fund about 3,000 installations over "
            "two years. Installers must be registered on the agency's approved list, and homes must have "
            "a valid energy performance certificate with no outstanding recommendation for loft or "
            "cavity wall insulation. Agency director Tom Gilchrist said heat pumps could cut household "
            "carbon emissions by up to 70%. Applications close when the money runs out."),
        candidate=(
            "A scheme launched on Monday by the regional energy agency offers Caldermoor households up "
            "to £7,500, or £9,000 for homes off the gas grid, towards installing an air-source heat "
            "pump. The agency says its £24m budget should cover about 3,000 installations over two "
            "years, and applications are open until the money runs out. Homes need a valid energy "
            "performance certificate with no outstanding loft or cavity wall insulation recommendation, "
            "and installers must be on the agency's approved list."),
        errors=[],
        traps=[
            T("off the gas grid", "not connected to the gas network"),
            T("£24m", "£24 million"),
            T("should cover about 3,000 installations", "should fund about 3,000 installations"),
            T("applications are open until the money runs out", "Applications close when the money runs out"),
        ],
    ),
    # 40 -----------------------------------------------------------------
    dict(
        domain="loft insulation scheme", mode="translation",
        reference=(
            "The municipality of Pelkovaara will pay up to 80 percent of the cost of loft insulation for "
            "detached houses built before 1980, the municipal council decided on Tuesday. The subsidy is "
            "capped at 2,000 euros per household, and the scheme has a total budget of 600,000 euros. "
            "Work must be carried out by a contractor registered with the municipality, and homeowners "
            "must first have an energy assessment, which the municipality will provide free of charge. "
            "Council chair Aino Rautio said that poorly insulated older houses account for around a "
            "quarter of the town's heating emissions. Applications can be submitted from 1 February."),
        candidate=(
            "Pelkovaara's municipal council decided on Tuesday that the municipality will cover as much "
            "as 80 percent of loft insulation costs for detached houses built before 1980. Each "
            "household can receive at most 2,000 euros, and the scheme's total budget is 600,000 euros. "
            "The insulation must be installed by a contractor on the municipality's register, and "
            "homeowners first need an energy assessment, which the municipality will carry out at no "
            "cost. According to council chair Aino Rautio, older homes with poor insulation are "
            "responsible for roughly a quarter of the town's heating emissions. Work can start from "
            "1 February."),
        errors=[
            E("Work can start", "event", "major", "Applications can be submitted"),
        ],
        traps=[
            T("as much as 80 percent", "up to 80 percent"),
            T("at no cost", "free of charge"),
            T("roughly a quarter", "around a quarter"),
        ],
    ),
]


# ---------------------------------------------------------------------------
# Building and validation
# ---------------------------------------------------------------------------

class SetError(Exception):
    pass


def locate(hay, needle, occ):
    """Start offset of the occ-th (0-based) occurrence of needle in hay."""
    pos = -1
    frm = 0
    for _ in range(occ + 1):
        pos = hay.find(needle, frm)
        if pos < 0:
            raise SetError("text %r (occurrence %d) not found" % (needle, occ))
        frm = pos + 1
    return pos


def word_count(s):
    return len(s.split())


def cuts_word(s, i):
    """True if offset i falls strictly inside a word of s."""
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def build_records():
    records = []
    for n, case in enumerate(CASES, 1):
        cand = case["candidate"]
        errors = []
        for e in case["errors"]:
            if e["type"] == "omission":
                a = locate(cand, e["anchor"], e["occ"])
                pos = a + len(e["anchor"]) if e["side"] == "end" else a
                errors.append({"start": pos, "end": pos, "text": "", "type": "omission",
                               "severity": e["severity"], "ref_text": e["ref"]})
            else:
                s = locate(cand, e["text"], e["occ"])
                errors.append({"start": s, "end": s + len(e["text"]), "text": e["text"],
                               "type": e["type"], "severity": e["severity"], "ref_text": e["ref"]})
        traps = []
        for t in case["traps"]:
            s = locate(cand, t["text"], t["occ"])
            traps.append({"start": s, "end": s + len(t["text"]), "text": t["text"],
                          "ref_text": t["ref"]})
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({
            "id": "s%d-%03d" % (SET_NO, n),
            "domain": case["domain"],
            "mode": case["mode"],
            "reference": case["reference"],
            "candidate": cand,
            "label": "inconsistent" if errors else "consistent",
            "errors": errors,
            "traps": traps,
        })
    return records


def validate(records):
    problems = []

    def bad(rid, msg):
        problems.append("%s: %s" % (rid, msg))

    # --- global composition ---------------------------------------------
    if len(records) != 40:
        problems.append("expected 40 records, got %d" % len(records))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains: %s" % [d for d, c in Counter(doms).items() if c > 1])
    for d in doms:
        if d not in DOMAINS:
            problems.append("domain not in list: %r" % d)
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append("label counts %s" % dict(labels))
    modes = Counter(r["mode"] for r in records)
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        problems.append("mode counts %s" % dict(modes))
    for m in MODES:
        c = sum(1 for r in records if r["mode"] == m and r["label"] == "consistent")
        if c * 2 != modes[m]:
            problems.append("mode %s: %d consistent of %d" % (m, c, modes[m]))
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    if sum(etypes.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(etypes.values()))
    for t in ERROR_TYPES:
        if etypes[t] < 2:
            problems.append("error type %s has %d (<2)" % (t, etypes[t]))
    for t in etypes:
        if t not in ERROR_TYPES:
            problems.append("unknown error type %r" % t)
    n_incons = [len(r["errors"]) for r in records if r["label"] == "inconsistent"]
    if sum(1 for k in n_incons if k in (1, 2)) * 2 <= len(n_incons):
        problems.append("most inconsistent pairs should carry 1-2 errors")

    # --- per record --------------------------------------------------------
    for r in records:
        rid, ref, cand, mode = r["id"], r["reference"], r["candidate"], r["mode"]
        if mode not in MODES:
            bad(rid, "bad mode %r" % mode)
        wc = word_count(ref)
        if not 70 <= wc <= 190:
            bad(rid, "reference has %d words" % wc)
        if ref == cand:
            bad(rid, "candidate identical to reference")
        if mode == "summary" and not (word_count(cand) < wc and len(cand) < len(ref)):
            bad(rid, "summary not shorter than reference")
        if r["label"] == "consistent":
            if r["errors"]:
                bad(rid, "consistent pair with errors")
            if not 3 <= len(r["traps"]) <= 5:
                bad(rid, "consistent pair has %d traps" % len(r["traps"]))
        else:
            if not r["errors"]:
                bad(rid, "inconsistent pair without errors")
            if len(r["traps"]) > 3:
                bad(rid, "inconsistent pair has %d traps" % len(r["traps"]))

        spans = []  # (start, end, kind)
        for e in r["errors"]:
            s, en, txt = e["start"], e["end"], e["text"]
            if e["severity"] not in SEVERITIES:
                bad(rid, "bad severity %r" % e["severity"])
            if cand[s:en] != txt:
                bad(rid, "error text mismatch at %d:%d" % (s, en))
            if e["type"] == "omission":
                if mode == "summary":
                    bad(rid, "omission in a summary")
                if s != en or txt != "":
                    bad(rid, "omission must be zero-width with empty text")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(rid, "omission ref_text not in reference")
                elif e["ref_text"].lower() in cand.lower():
                    bad(rid, "omitted words still present in candidate")
                if cuts_word(cand, s):
                    bad(rid, "omission point inside a word")
            else:
                if en <= s:
                    bad(rid, "empty error span")
                if cuts_word(cand, s) or cuts_word(cand, en):
                    bad(rid, "error span cuts a word: %r" % txt)
                if txt != txt.strip():
                    bad(rid, "error span has outer whitespace: %r" % txt)
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(rid, "%s must have null ref_text" % e["type"])
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(rid, "error ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] == txt:
                        bad(rid, "error text equals its ref_text: %r" % txt)
                if e["type"] == "repetition":
                    first = cand.find(txt)
                    if first < 0 or first + len(txt) > s:
                        bad(rid, "repetition has no earlier copy: %r" % txt)
                if e["type"] == "addition" and txt in ref:
                    bad(rid, "addition text occurs in reference: %r" % txt)
            spans.append((s, en, "error"))
        for t in r["traps"]:
            s, en, txt = t["start"], t["end"], t["text"]
            if cand[s:en] != txt or en <= s:
                bad(rid, "trap text mismatch at %d:%d" % (s, en))
            if cuts_word(cand, s) or cuts_word(cand, en):
                bad(rid, "trap span cuts a word: %r" % txt)
            if txt != txt.strip():
                bad(rid, "trap span has outer whitespace: %r" % txt)
            if not t["ref_text"] or t["ref_text"] not in ref:
                bad(rid, "trap ref_text not in reference: %r" % t["ref_text"])
            if t["ref_text"].lower() == txt.lower():
                bad(rid, "trap worded the same as reference: %r" % txt)
            spans.append((s, en, "trap"))
        # overlaps: ranges must be disjoint; zero-width points not strictly inside a range
        ranges = sorted((s, en) for s, en, _ in spans if en > s)
        for (s1, e1), (s2, e2) in zip(ranges, ranges[1:]):
            if s2 < e1:
                bad(rid, "overlapping spans %d:%d and %d:%d" % (s1, e1, s2, e2))
        for s, en, _ in spans:
            if s == en:
                for s2, e2 in ranges:
                    if s2 < s < e2:
                        bad(rid, "omission point %d inside span %d:%d" % (s, s2, e2))
    return problems


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = build_records()
    except SetError as exc:
        print("BUILD FAILED:", exc)
        return 1
    problems = validate(records)
    if problems:
        print("VALIDATION FAILED (%d problems):" % len(problems))
        for p in problems:
            print("  -", p)
        return 1
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    print("OK: %d records; labels %s; modes %s" % (
        len(records), dict(Counter(r["label"] for r in records)),
        dict(Counter(r["mode"] for r in records))))
    print("errors %d: %s" % (sum(etypes.values()), dict(sorted(etypes.items()))))
    print("traps %d" % sum(len(r["traps"]) for r in records))
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
