#!/usr/bin/env python3
"""Held-out evaluation set 88 for the fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper session that saw no code, data
or benchmark of the project; it worked only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries, if
any, appear only as background).  The brief's domain list was an unfilled
placeholder ("REPLACE_B"), so the helper chose 40 distinct news / agency /
corporate / official domains itself (see the "domain" field of each pair).

Offsets are never typed by hand: the script finds every error / trap span by
string search in the candidate (with an occurrence index where a quoted text
repeats), validates the whole set and writes set88.jsonl next to this file.
`python3 make_set88.py --check` validates only and writes nothing.

Composition
-----------
40 pairs: 20 consistent, 20 inconsistent.
  rewrite     20 (10 consistent, 10 inconsistent)
  summary     10 (5 consistent, 5 inconsistent)
  translation 10 (5 consistent, 5 inconsistent)
30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
  entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 3, event 2, omission 2, addition 2, repetition 2.
Each consistent pair carries 3-5 traps (faithful rewordings a naive checker
might flag); inconsistent pairs carry 0-3.  References are 70-190 words.
"""

import json
import os
import re
import sys
from collections import Counter

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


def E(text, etype, severity, ref_text, occ=0, after=None, before=None):
    """An error.  For an omission, text is "" and the insertion point is the
    end of `after` (or the start of `before`) in the candidate."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after, "before": before}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of `ref_text` (reference wording)."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": " ".join(reference.split()),
                  "candidate": " ".join(candidate.split()),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Part 1: rewrites, consistent (10)
# ---------------------------------------------------------------------------

case("municipal water utility", "rewrite", "consistent",
     """The Harlow Vale Water Board said on Monday that it will replace 14 kilometres of cast-iron
     mains in the Eastgate district over the next two years at a cost of 9.6 million dollars. The
     work, funded jointly by the board and the provincial infrastructure fund, is expected to reduce
     leakage in the district by about a third. Chief engineer Marisol Teague said residents could face
     short interruptions to supply, but that no street would be without water for more than eight
     hours at a time. Contractors will begin on Quarry Lane in April, and the board will publish a
     weekly schedule of affected streets on its website. The district currently loses an estimated
     2.1 million litres of treated water a day through leaks.""",
     """Over the coming two years, 14 km of cast-iron water mains in Eastgate will be replaced, the
     Harlow Vale Water Board announced on Monday, in a project costing $9.6 million. The board and the
     provincial infrastructure fund are sharing the cost, and the upgrade is likely to cut leakage in
     the district by roughly 33 percent. Residents may see brief supply interruptions, according to
     chief engineer Marisol Teague, though she said no street would lose water for longer than eight
     hours at a stretch. Work starts on Quarry Lane in April; a weekly list of affected streets will be
     posted on the board's website. Leaks currently cost the district an estimated 2.1 million litres
     of treated water every day.""",
     traps=[T("14 km", "14 kilometres"),
            T("$9.6 million", "9.6 million dollars"),
            T("is likely to", "is expected to"),
            T("roughly 33 percent", "about a third")])

case("regional airline", "rewrite", "consistent",
     """Northwind Regional Airways will suspend its route between Calder Point and Mossbridge from
     1 November, the carrier confirmed on Thursday, citing weak winter demand. The airline said the
     route would resume in late March, subject to the delivery of two leased turboprop aircraft.
     Passengers already holding tickets for travel during the suspension will be offered a full refund
     or a free rebooking via the hub at Ferrisport. Northwind carried 412,000 passengers last year, a
     rise of 6 percent on the previous year, and employs around 850 people. Chief executive Odile
     Marchetti said the decision was 'purely seasonal' and that no jobs would be lost as a result.""",
     """Citing weak demand over the winter, Northwind Regional Airways confirmed on Thursday that
     flights between Calder Point and Mossbridge will be suspended from November 1. Provided two leased
     turboprops are delivered, the route will restart in late March, the airline said. Anyone already
     booked to fly during the suspension can choose between a full refund and a free rebooking through
     the carrier's Ferrisport hub. The chief executive, Odile Marchetti, described the move as 'purely
     seasonal' and said it would not cost any jobs. Northwind, which has a workforce of roughly 850,
     flew 412,000 passengers last year, 6 percent more than the year before.""",
     traps=[T("November 1", "1 November"),
            T("Provided two leased turboprops are delivered",
              "subject to the delivery of two leased turboprop aircraft"),
            T("it would not cost any jobs", "no jobs would be lost"),
            T("6 percent more than the year before", "a rise of 6 percent on the previous year")])

case("university research funding", "rewrite", "consistent",
     """The University of Branmoor has been awarded a grant of 4.5 million pounds by the Ellery
     Foundation to study soil health on upland farms, the university announced on 12 March. The
     five-year project will be led by Professor Ingrid Solberg of the School of Earth Sciences and will
     involve 30 farms across three counties. Researchers will measure carbon levels, drainage and
     earthworm populations twice a year. The foundation said the findings would be made freely
     available to farmers and policymakers. It is the largest single grant the foundation has made
     since it was established in 2009. The university said it plans to recruit six postdoctoral
     researchers for the project by the autumn.""",
     """The Ellery Foundation has awarded the University of Branmoor a £4.5m grant to investigate soil
     health on upland farms, the university said on March 12. Led by Professor Ingrid Solberg of the
     School of Earth Sciences, the project will run for five years and take in 30 farms in three
     counties. Twice a year, researchers will record carbon levels, drainage and earthworm numbers.
     According to the foundation, farmers and policymakers will have free access to the results. No
     single grant from the foundation, which was set up in 2009, has been larger. The university
     intends to hire six postdoctoral researchers for the project by the autumn.""",
     traps=[T("£4.5m", "4.5 million pounds"),
            T("March 12", "12 March"),
            T("No single grant from the foundation, which was set up in 2009, has been larger",
              "It is the largest single grant the foundation has made since it was established in 2009"),
            T("intends to hire", "plans to recruit")])

case("dairy cooperative", "rewrite", "consistent",
     """Members of the Greenholm Dairy Cooperative voted on Saturday to approve a merger with the
     smaller Ashcombe Milk Group, creating the region's second-largest milk processor. The proposal was
     backed by 71 percent of the 1,240 members who voted. The combined business will process around
     600 million litres of milk a year and will keep both processing plants open for at least three
     years, according to the cooperative's chairman, Bertil Haugen. The merger still requires clearance
     from the national competition authority, which is expected to rule by the end of June. Ashcombe's
     180 members will receive shares in the enlarged cooperative rather than a cash payment.""",
     """On Saturday, Greenholm Dairy Cooperative members approved a merger with the smaller Ashcombe
     Milk Group, a deal that will create the region's number-two milk processor. Of the 1,240 members
     who cast a vote, 71 percent were in favour. Chairman Bertil Haugen said the enlarged business
     would handle some 600 million litres of milk annually and that neither processing plant would
     close for at least three years. The national competition authority must still clear the deal and
     is likely to decide by the end of June. Instead of cash, Ashcombe's 180 members will be given
     shares in the enlarged cooperative.""",
     traps=[T("number-two", "second-largest"),
            T("neither processing plant would close", "will keep both processing plants open"),
            T("is likely to decide", "is expected to rule"),
            T("Instead of cash", "rather than a cash payment")])

case("container port", "rewrite", "consistent",
     """Container volumes at the Port of Selwick rose 8.2 percent in the first half of the year to
     1.36 million twenty-foot equivalent units, the port authority said in a statement on Wednesday.
     The increase was driven mainly by new weekly services from two Asian shipping lines, which began
     calling at the port in February. Average vessel waiting time fell from 31 hours to 19 hours after
     the authority opened a fourth berth at the Kestrel Terminal. The authority warned, however, that
     growth could slow in the second half because of weaker demand for imported consumer goods. It has
     not changed its full-year forecast of 2.6 million units.""",
     """The Port of Selwick handled 1.36 million TEU in the first six months of the year, up 8.2
     percent, according to a port authority statement issued on Wednesday. Most of the gain came from
     two Asian shipping lines that launched weekly calls at the port in February. Since a fourth berth
     opened at the Kestrel Terminal, ships have waited an average of 19 hours, down from 31. The
     authority cautioned that weaker demand for imported consumer goods might slow growth in the second
     half, but it is keeping its full-year forecast of 2.6 million units unchanged.""",
     traps=[T("TEU", "twenty-foot equivalent units"),
            T("the first six months of the year", "the first half of the year"),
            T("Most of the gain came from", "driven mainly by"),
            T("might slow growth", "growth could slow")])

case("hospital staffing", "rewrite", "consistent",
     """St Aldric's General Hospital will close two of its four surgical wards at night from next
     month because of a shortage of nursing staff, the hospital trust said on Tuesday. Patients on
     those wards will be moved to the remaining two overnight, and planned operations will not be
     affected, the trust said. The hospital has 62 vacant nursing posts, about one in seven of its
     nursing positions. Director of nursing Helena Brask said the trust had recruited 25 nurses from
     overseas who were due to start in the spring, and that the night closures would be reviewed in
     May. The local health council said it had not been consulted.""",
     """The trust that runs St Aldric's General Hospital said on Tuesday that, starting next month,
     half of the hospital's four surgical wards will close at night owing to a nursing shortage. At
     night, patients on those wards will be transferred to the other two, and there will be no impact
     on planned operations, according to the trust. Roughly one nursing post in seven, 62 in total, is
     unfilled. Helena Brask, the director of nursing, said 25 nurses had been hired from abroad and were
     due to start in the spring, adding that the night closures would be reviewed in May. According to
     the local health council, it was not consulted.""",
     traps=[T("half of the hospital's four surgical wards", "two of its four surgical wards"),
            T("there will be no impact on planned operations", "planned operations will not be affected"),
            T("Roughly one nursing post in seven, 62 in total, is unfilled",
              "62 vacant nursing posts, about one in seven of its nursing positions"),
            T("25 nurses had been hired from abroad", "recruited 25 nurses from overseas")])

case("public libraries", "rewrite", "consistent",
     """The Corrow County library service will extend opening hours at its eleven branches from
     3 June, adding Sunday afternoon sessions at the five largest, the county council announced. The
     change follows a public consultation in which 2,300 residents took part, more than half of whom
     asked for weekend opening. The extra hours will cost around 340,000 dollars a year and will be paid
     for from the council's culture budget without any increase in fees. Councillor Ruth Okonkwo-Blake,
     who is responsible for libraries, said the service had seen visitor numbers recover to 90 percent
     of their pre-pandemic level. Late fines for children's books, abolished in a trial last year, will
     not be reintroduced.""",
     """From June 3, all eleven Corrow County library branches will open for longer, and the five
     biggest will also open on Sunday afternoons, the county council said. The decision comes after a
     consultation involving 2,300 residents, over half of whom wanted the libraries open at weekends.
     Costing about $340,000 annually, the additional hours will be funded from the council's culture
     budget, with no rise in fees. Visitor numbers have bounced back to nine-tenths of pre-pandemic
     levels, according to Councillor Ruth Okonkwo-Blake, who holds the libraries portfolio. Children's
     books will remain free of late fines, which were scrapped during a trial last year.""",
     traps=[T("June 3", "3 June"),
            T("the five biggest", "the five largest"),
            T("about $340,000 annually", "around 340,000 dollars a year"),
            T("nine-tenths", "90 percent")])

case("offshore wind energy", "rewrite", "consistent",
     """Stenhavet Energy has received planning consent for a 48-turbine offshore wind farm about 22
     kilometres off the coast of Brynmor, the company said on Friday. The project, with a planned
     capacity of 720 megawatts, would supply enough electricity for roughly 600,000 homes. Construction
     is scheduled to begin in 2027, provided the company secures a long-term price contract in the
     government's next auction round. Stenhavet estimates the total investment at 2.3 billion euros. The
     consent includes conditions to protect a nearby seabird colony, including a ban on piling work
     between April and July. Local fishing groups, who had opposed the plan, said they were considering
     a legal challenge.""",
     """Planning consent has been granted to Stenhavet Energy for an offshore wind farm of 48 turbines
     roughly 22 km off Brynmor's coast, the company announced on Friday. At a planned 720 MW, the farm
     would generate enough power for about 600,000 homes. If Stenhavet wins a long-term price contract
     in the government's next auction round, building work is due to start in 2027. The company puts
     the total investment at €2.3bn. To protect a nearby seabird colony, the consent bans piling
     between April and July, among other conditions. Fishing groups in the area, which had opposed the
     scheme, said a legal challenge was under consideration.""",
     traps=[T("Planning consent has been granted to Stenhavet Energy",
              "Stenhavet Energy has received planning consent"),
            T("720 MW", "720 megawatts"),
            T("If Stenhavet wins a long-term price contract",
              "provided the company secures a long-term price contract"),
            T("€2.3bn", "2.3 billion euros"),
            T("a legal challenge was under consideration", "they were considering a legal challenge")])

case("semiconductors", "rewrite", "consistent",
     """Veltrix Microsystems cut its revenue forecast for the current financial year on Tuesday,
     saying orders from industrial customers had weakened. The chipmaker now expects annual revenue of
     between 1.8 billion and 1.9 billion dollars, down from a previous range of 2.0 billion to 2.1
     billion. Chief financial officer Tomasz Wierzba said demand from automotive customers remained
     strong and that the company would not delay construction of its new packaging plant in Dunmere.
     Shares in Veltrix fell 9 percent in early trading. The company will report results for its third
     quarter on 24 October.""",
     """On Tuesday Veltrix Microsystems lowered its revenue outlook for the current financial year,
     blaming softer orders from industrial clients. The chipmaker now sees annual revenue of $1.8bn to
     $1.9bn, compared with $2.0bn to $2.1bn previously. Automotive demand was still strong, said CFO
     Tomasz Wierzba, who added that construction of the company's new packaging plant in Dunmere would
     go ahead without delay. Veltrix shares dropped 9 percent early in the session. Third-quarter
     results are due on October 24.""",
     traps=[T("lowered its revenue outlook", "cut its revenue forecast"),
            T("$1.8bn to $1.9bn", "between 1.8 billion and 1.9 billion dollars"),
            T("would go ahead without delay", "would not delay construction"),
            T("October 24", "24 October")])

case("professional football finances", "rewrite", "consistent",
     """Carrowfield Athletic reported a pre-tax loss of 3.4 million pounds for the season ending in
     June, narrowing from a loss of 7.9 million a year earlier, according to accounts published on
     Thursday. Turnover rose 12 percent to 41 million pounds, helped by a longer cup run and higher
     ticket prices. Wages accounted for 68 percent of turnover, down from 77 percent. The club's owner,
     businessman Desmond Ferrante, converted 10 million pounds of loans into shares during the year.
     Chairman Aled Pryce said the club expected to break even within two seasons, provided it avoided
     relegation.""",
     """Accounts released on Thursday show Carrowfield Athletic lost £3.4m before tax in the season to
     June, less than half the £7.9m loss it made the previous year. A longer cup run and dearer tickets
     pushed turnover up 12 percent to £41m. The wage bill fell to 68 percent of turnover from 77
     percent. During the year, the club's owner, businessman Desmond Ferrante, turned £10m of loans
     into shares. As long as the club stays up, it expects to break even within two seasons, chairman
     Aled Pryce said.""",
     traps=[T("less than half the £7.9m loss it made the previous year",
              "narrowing from a loss of 7.9 million a year earlier"),
            T("dearer tickets", "higher ticket prices"),
            T("turned £10m of loans into shares", "converted 10 million pounds of loans into shares"),
            T("As long as the club stays up", "provided it avoided relegation")])

# ---------------------------------------------------------------------------
# Part 2: rewrites, inconsistent (10)
# ---------------------------------------------------------------------------

case("rail freight", "rewrite", "inconsistent",
     """Tarrant Rail Freight will add three weekly container trains between the inland terminal at
     Hollins Cross and the port of Wexham from September, the operator said on Monday. The new services
     will take about 7,500 lorry journeys off the roads each year, according to the company's estimate.
     Each train will carry up to 42 containers. Tarrant's managing director, Priya Anand-Moss, said the
     expansion had been made possible by a 2.8 million dollar grant from the national modal-shift
     programme, which covered part of the cost of new wagons. The company currently runs nine weekly
     services on the corridor.""",
     """From September, Tarrant Rail Freight will run three extra container trains a week between the
     Hollins Cross inland terminal and the port of Wexham, the operator announced on Monday. The company
     estimates that the services will remove around 75,000 lorry journeys from the roads annually. Each
     train can carry as many as 42 containers. Managing director Priya Anand-Moss said a $2.8m grant
     from the national modal-shift programme, which met part of the cost of the new wagons, had made
     the expansion possible. Tarrant already operates nine services a week on the route.""",
     errors=[E("75,000", "number", "major", "7,500")],
     traps=[T("as many as 42 containers", "up to 42 containers"),
            T("$2.8m", "2.8 million dollar")])

case("insurance", "rewrite", "inconsistent",
     """Brackwater Mutual has agreed to acquire the motor insurance portfolio of Lindqvist Assurance
     for 310 million dollars, the two companies said on Wednesday. The deal will add about 420,000
     policies to Brackwater's book and make it the third-largest motor insurer in the country. Lindqvist
     said it would use the proceeds to focus on commercial property cover. The transaction is subject to
     approval by the financial regulator and is expected to close in the first quarter of next year.
     Brackwater's chief executive, Fenella Roche, said all Lindqvist motor claims staff would be offered
     jobs.""",
     """Lindqvist Assurance has agreed to buy Brackwater Mutual's motor insurance portfolio for $310
     million, the two companies said on Wednesday. The deal will bring roughly 420,000 policies onto
     Brackwater's books and make it the third-biggest motor insurer in the country. The proceeds will
     allow Lindqvist to concentrate on commercial property cover, it said. The financial regulator must
     approve the transaction, which is expected to complete in the first quarter of next year. All of
     Lindqvist's motor claims staff will be offered jobs, according to Brackwater chief executive
     Fenella Roche.""",
     errors=[E("Lindqvist Assurance has agreed to buy Brackwater Mutual", "role", "critical",
               "Brackwater Mutual has agreed to acquire the motor insurance portfolio of Lindqvist Assurance")],
     traps=[T("$310 million", "310 million dollars"),
            T("expected to complete", "expected to close")])

case("fisheries regulation", "rewrite", "inconsistent",
     """The Ministry of Marine Resources will reduce the permitted catch of North Banks cod by 15
     percent next year, following advice from its scientific council that stocks remain below safe
     levels. The quota for haddock will stay unchanged, while the limit for plaice will rise by 5
     percent. Vessels under 12 metres will be exempt from the new cod restrictions for the first six
     months of the year. Fisheries minister Annika Solheim said the decision was difficult but
     necessary, and that a compensation scheme for affected crews would be announced before Christmas.
     The fishing industry association said the cut would cost about 400 jobs.""",
     """Acting on advice from its scientific council that stocks are still below safe levels, the
     Ministry of Marine Resources will lower the permitted North Banks cod catch by 15 percent next
     year. The haddock quota will not change, and the plaice limit will go up by 5 percent. Vessels
     under 12 metres will be exempt from the new cod restrictions. Fisheries minister Annika Solheim
     called the decision difficult but necessary and said a compensation scheme for affected crews
     would be unveiled before Christmas. According to the fishing industry association, the cut will
     cost roughly 400 jobs.""",
     errors=[E("", "omission", "major", "for the first six months of the year",
               after="exempt from the new cod restrictions")],
     traps=[T("Acting on advice from its scientific council", "following advice from its scientific council"),
            T("will not change", "will stay unchanged")])

case("art museum acquisition", "rewrite", "inconsistent",
     """The Halvard Museum of Art has acquired a rare 17th-century tapestry for 1.1 million euros
     after a fundraising campaign that drew donations from more than 3,000 members of the public. The
     tapestry, which depicts a harvest festival, had been held in a private collection in Valmora since
     the 1920s. It will go on display in the museum's east gallery from 14 February, after conservation
     work. Director Corinne Vasseur said the piece was the most important addition to the collection in
     a generation. The museum did not receive any government funding for the purchase, she said.""",
     """A rare 17th-century tapestry has been bought by the Halvard Museum of Art for €1.1m, following
     a fundraising drive that attracted donations from over 3,000 members of the public. Depicting a
     harvest festival, the tapestry had been in a private collection in Valmora since the 1920s. After
     conservation work it will be shown in the museum's east gallery from 4 February. Director Corinne
     Vasseur called it the most significant addition to the collection in a generation, adding that the
     government had helped fund the purchase.""",
     errors=[E("4 February", "date", "major", "14 February"),
             E("the government had helped fund the purchase", "polarity", "critical",
               "The museum did not receive any government funding for the purchase")],
     traps=[T("€1.1m", "1.1 million euros"),
            T("over 3,000", "more than 3,000")])

case("mobile telecoms outage", "rewrite", "inconsistent",
     """Telvara, the country's largest mobile operator, said a software fault at a data centre in
     Ostmark caused an outage that left about 1.2 million customers without mobile data for up to nine
     hours on Sunday. Voice calls and text messages were not affected. The company said it may offer
     affected customers a credit on their next bill but had not yet decided on the amount. The
     communications regulator has asked Telvara to submit a full report on the incident within 14 days.
     Chief technology officer Rainer Osk apologised and said an external firm would review the
     company's backup systems.""",
     """A software fault at a data centre in Ostmark cut mobile data for around 1.2 million Telvara
     customers for as long as nine hours on Sunday, said the operator, the country's biggest. Calls and
     texts continued to work normally. Telvara said affected customers will receive a credit on their
     next bill, although the amount has not yet been set. The communications regulator wants a full
     report on the incident from the company within two weeks. Apologising, chief technology officer
     Rainer Osk said outside specialists would review Telvara's backup systems.""",
     errors=[E("will receive a credit", "modality", "major",
               "may offer affected customers a credit")],
     traps=[T("for as long as nine hours", "for up to nine hours"),
            T("Calls and texts continued to work normally", "Voice calls and text messages were not affected"),
            T("within two weeks", "within 14 days")])

case("mortgage lending", "rewrite", "inconsistent",
     """Fernhill Building Society will cut the interest rate on its two-year fixed mortgages by 0.3
     percentage points from Monday, becoming the latest lender to lower prices after a fall in
     wholesale funding costs. The new rate for borrowers with a deposit of at least 25 percent will be
     4.19 percent. Fernhill's head of mortgages, Gideon Achterberg, said demand from first-time buyers
     had picked up since the spring. Rival lender Castlemere Bank made a similar cut last week.
     Fernhill, which has 640,000 members, lent 2.7 billion pounds in mortgages last year.""",
     """From Monday, Fernhill Building Society will reduce the rate on its two-year fixed mortgages by
     0.3 percentage points, following other lenders in lowering prices after wholesale funding costs
     fell. Borrowers with a deposit of 25 percent or more will pay 4.19 percent. Demand from first-time
     buyers has picked up since the spring, according to Gideon Achterberg, Castlemere Bank's head of
     mortgages. Fernhill's rival Castlemere Bank made a comparable cut last week, and analysts expect
     further reductions before the end of the year. The society, which has 640,000 members, lent
     £2.7bn in mortgages last year.""",
     errors=[E("Castlemere Bank's", "entity", "major", "Fernhill's"),
             E("and analysts expect further reductions before the end of the year", "addition",
               "minor", None)],
     traps=[T("25 percent or more", "at least 25 percent"),
            T("£2.7bn", "2.7 billion pounds")])

case("wildfire response", "rewrite", "inconsistent",
     """The Rennick Valley Fire Service said on Thursday that a wildfire north of Oldcastle had burned
     about 2,400 hectares since it started on Tuesday afternoon and was 40 percent contained. More than
     300 firefighters, supported by four water-bombing aircraft, are working on the blaze. Around 150
     residents of the hamlets of Tormead and Birchlow were evacuated as a precaution on Wednesday night;
     no homes have been destroyed. Fire chief Lorna Vickery said cooler weather forecast for the weekend
     should help crews, but warned that strong winds could still spread the fire. The cause is under
     investigation.""",
     """A wildfire north of Oldcastle has burned some 2,400 hectares since breaking out on Tuesday
     afternoon and is 40 percent contained, the Rennick Valley Fire Service said on Thursday. Over 300
     firefighters and four water-bombing aircraft are tackling the blaze. As a precaution, around 1,500
     residents of Tormead and Birchlow were evacuated on Wednesday night, and no homes have been
     destroyed. Fire chief Lorna Vickery said cooler weather expected at the weekend should help crews,
     but warned that strong winds could still spread the fire. No homes have been destroyed. The cause
     is being investigated.""",
     errors=[E("1,500", "number", "major", "150"),
             E("No homes have been destroyed.", "repetition", "minor", None)],
     traps=[T("is being investigated", "is under investigation")])

case("pharmaceutical trial", "rewrite", "inconsistent",
     """Quillon Therapeutics said on Monday that it had paused enrolment in a mid-stage trial of its
     experimental arthritis drug QT-418 after two participants developed liver problems. Patients
     already receiving the drug will continue treatment under closer monitoring. The company said it
     was working with the independent safety board to determine whether the cases were linked to the
     drug. The trial, which began in March, had enrolled 186 of a planned 300 patients at sites in four
     countries. Quillon shares fell 14 percent. Chief medical officer Dr Hanne Lindgaard said the
     company remained confident in the drug's potential.""",
     """Quillon Therapeutics has halted its mid-stage trial of the experimental arthritis drug QT-418
     after two participants developed liver problems, the company said on Monday. Patients already on
     the drug will continue treatment with closer monitoring. Quillon is working with the independent
     safety board to establish whether the cases are linked to the drug. Begun in March, the trial had
     recruited 186 of a planned 300 patients at sites in four countries. Shares in Quillon fell 14
     percent. The company still believes in the drug's potential, chief medical officer Dr Hanne
     Lindgaard said.""",
     errors=[E("halted its mid-stage trial", "event", "major",
               "paused enrolment in a mid-stage trial")],
     traps=[T("Begun in March", "which began in March"),
            T("still believes in", "remained confident in")])

case("school district budget", "rewrite", "inconsistent",
     """The Pellston Unified School District board voted 5-2 on Tuesday to approve a 212 million
     dollar budget for the coming school year, which includes a 3 percent pay rise for teachers. The
     budget relies on drawing 6 million dollars from reserves. Superintendent Marcus Obi warned that the
     district could face a deficit in two years unless state funding increased. Board member Janet
     Quill, who voted against, said the plan did not do enough to reduce class sizes. The budget takes
     effect on 1 July. The teachers' union said it welcomed the pay rise but would continue to push for
     smaller classes.""",
     """On Tuesday the Pellston Unified School District board approved, by five votes to two, a $212m
     budget for the next school year that includes a 3 percent pay rise for teachers. The budget relies
     on a $6m draw from reserves. The teachers' union warned that the district could face a deficit in
     two years unless state funding increased. Janet Quill, a board member who voted no, said the plan
     did too little to cut class sizes. The budget comes into force on 1 June. The union welcomed the
     pay rise but said it would keep pushing for smaller classes.""",
     errors=[E("The teachers' union warned", "attribution", "major",
               "Superintendent Marcus Obi warned"),
             E("1 June", "date", "major", "1 July")],
     traps=[T("by five votes to two", "5-2"),
            T("$212m", "212 million dollar")])

case("shipbuilding", "rewrite", "inconsistent",
     """Harkness Marine Yards has won a contract worth 640 million dollars to build four offshore
     patrol vessels for the national coastguard, the company said on Friday. The first ship is due for
     delivery in 2028 and the last in 2031. The work will secure around 1,100 jobs at the company's
     yard in Port Ellery, where no new hires are planned. Harkness beat a rival bid from Osterhaus
     Werft. Chief executive Bronwen Tallis said the contract was the largest in the yard's 90-year
     history. The vessels will be fitted with sensors supplied by Corvane Systems.""",
     """Harkness Marine Yards said on Friday it had secured a $640m contract to build four offshore
     patrol vessels for the national coastguard. Delivery of the first ship is scheduled for 2028 and of
     the final one for 2031. Around 1,100 jobs at the company's Port Ellery yard will be safeguarded by
     the work, and the yard plans to take on new staff. Harkness saw off a rival bid from Corvane
     Systems. According to chief executive Bronwen Tallis, it is the biggest contract in the yard's
     90-year history. The ships will carry sensors supplied by Corvane Systems.""",
     errors=[E("the yard plans to take on new staff", "polarity", "major",
               "where no new hires are planned"),
             E("Corvane Systems", "entity", "major", "Osterhaus Werft", occ=0)],
     traps=[T("$640m", "640 million dollars"),
            T("will be safeguarded", "will secure")])

# ---------------------------------------------------------------------------
# Part 3: summaries, consistent (5)
# ---------------------------------------------------------------------------

case("copper mining", "summary", "consistent",
     """Granitor Resources said on Wednesday that it would reopen the Kellan Ridge copper mine, closed
     since 2019, after copper prices rose to their highest level in a decade. The company expects to
     invest 420 million dollars to restart the mine, which it says holds enough ore for at least 14
     years of production. Production is scheduled to resume in the second half of 2026, and the mine is
     expected to produce around 45,000 tonnes of copper a year at full capacity. About 600 permanent
     jobs will be created. Granitor's chief executive, Samuel Achebe-Ward, said the company had reached
     an agreement with the two local indigenous councils on water use and land rehabilitation. The
     provincial government has already approved the environmental permit. Shares in Granitor rose 6
     percent.""",
     """Granitor Resources expects to spend $420m reopening its Kellan Ridge copper mine, shut since
     2019, on the back of decade-high copper prices. Output is due to restart in the second half of 2026
     and is expected to reach roughly 45,000 tonnes a year at full capacity, with some 600 permanent
     jobs created. The company has agreed water-use and land-rehabilitation terms with the two local
     indigenous councils, and the province has already issued the environmental permit.""",
     traps=[T("$420m", "420 million dollars"),
            T("shut since 2019", "closed since 2019"),
            T("decade-high copper prices", "highest level in a decade"),
            T("the province has already issued the environmental permit",
              "The provincial government has already approved the environmental permit")])

case("regional tourism", "summary", "consistent",
     """Visitor numbers to the Orrin Lakes region reached a record 3.2 million last year, up 11 percent
     on the year before, according to figures released by the regional tourism board on Monday.
     Overseas visitors accounted for 38 percent of the total, with the largest growth coming from
     travellers from North America. Average hotel occupancy was 74 percent, compared with 69 percent the
     previous year. Tourism spending in the region rose to 1.9 billion dollars. The board's chief
     executive, Maeve Gallagher, said the figures reflected the success of a marketing campaign launched
     in 2023 and new direct flights to Lakeport airport. She cautioned that the region needed more hotel
     rooms to sustain growth, and said the board would publish a ten-year accommodation plan in the
     autumn.""",
     """The Orrin Lakes region drew a record 3.2 million visitors last year, an 11 percent increase,
     with overseas travellers making up just under two-fifths of the total, tourism board figures
     showed. Hotel occupancy averaged 74 percent, up from 69 percent, and visitor spending climbed to
     $1.9bn. Chief executive Maeve Gallagher credited a 2023 marketing campaign and new direct flights
     to Lakeport, but warned that more hotel rooms were needed to sustain growth.""",
     traps=[T("an 11 percent increase", "up 11 percent on the year before"),
            T("just under two-fifths", "38 percent"),
            T("$1.9bn", "1.9 billion dollars"),
            T("credited", "the figures reflected the success of")])

case("employment tribunal", "summary", "consistent",
     """A labour tribunal in Westmere ruled on Thursday that delivery company Parcelwise had wrongly
     classified 230 of its couriers as self-employed contractors rather than employees. The tribunal
     found that Parcelwise set the couriers' routes, controlled their working hours and prevented them
     from working for competitors. The couriers are now entitled to holiday pay, sick pay and a minimum
     wage, and may claim back pay for up to two years. Parcelwise said it was disappointed with the
     decision and was considering an appeal. The couriers were represented by the Transport and
     Logistics Workers' Union, whose general secretary, Idris Fairweather, called the ruling 'a turning
     point for the sector'. The company employs around 4,000 couriers nationally, but the ruling
     applies only to those in the case.""",
     """A Westmere labour tribunal has found that Parcelwise should have treated 230 couriers as
     employees, not self-employed contractors, because the company set their routes, controlled their
     hours and barred them from working for rivals. The couriers, represented by the Transport and
     Logistics Workers' Union, are now entitled to holiday pay, sick pay and the minimum wage, and can
     claim up to two years of back pay. The ruling covers only those 230 of the firm's roughly 4,000
     couriers; Parcelwise is weighing an appeal.""",
     traps=[T("should have treated 230 couriers as employees, not self-employed contractors",
              "wrongly classified 230 of its couriers as self-employed contractors rather than employees"),
            T("barred them from working for rivals", "prevented them from working for competitors"),
            T("The ruling covers only those 230", "the ruling applies only to those in the case"),
            T("is weighing an appeal", "was considering an appeal")])

case("health insurance data breach", "summary", "consistent",
     """Holloway Health Insurance said on Tuesday that hackers had gained access to a database
     containing the names, addresses and policy numbers of about 480,000 customers. The company said
     there was no evidence that medical records or bank details had been accessed. The breach was
     discovered on 2 May, and the company said the attackers had been in the system for up to three
     weeks before that. Holloway has informed the data protection authority and the police and will
     write to every affected customer within the next ten days. It is offering a year of free credit
     monitoring. Chief information officer Pavel Ruzicka said the company had since reset all staff
     passwords and introduced two-factor authentication for remote access.""",
     """Hackers obtained the names, addresses and policy numbers of roughly 480,000 Holloway Health
     Insurance customers, though the company says there is no sign that medical records or bank details
     were accessed. The intruders had been inside the system for as long as three weeks before the
     breach was detected on May 2. Holloway has alerted the data protection authority and police, will
     write to all those affected within ten days and is offering 12 months of free credit
     monitoring.""",
     traps=[T("no sign", "no evidence"),
            T("for as long as three weeks", "for up to three weeks"),
            T("May 2", "2 May"),
            T("12 months", "a year")])

case("vehicle recall", "summary", "consistent",
     """Vantor Motors is recalling 86,000 of its Arlo compact SUVs built between March 2022 and August
     2023 because a faulty sensor may cause the rear-view camera display to go blank, the company said
     on Friday. No accidents or injuries have been linked to the fault, Vantor said. Owners will be
     contacted by letter from next month, and dealers will replace the sensor free of charge in a repair
     that takes about 40 minutes. The recall covers vehicles sold in 12 countries, with the largest
     number, around 31,000, in the domestic market. Vantor said the fault had been traced to a component
     made by supplier Delmont Electronics, which has since changed its production process.""",
     """Vantor Motors is recalling 86,000 Arlo compact SUVs made from March 2022 to August 2023 over a
     sensor fault that can blank the rear-view camera screen. No crashes or injuries have been tied to
     the problem, the carmaker said. Dealers will fit a new sensor for free, a roughly 40-minute job,
     and owners will receive letters from next month. Around 31,000 of the affected vehicles are in the
     home market.""",
     traps=[T("over a sensor fault that can blank the rear-view camera screen",
              "because a faulty sensor may cause the rear-view camera display to go blank"),
            T("No crashes or injuries have been tied to the problem",
              "No accidents or injuries have been linked to the fault"),
            T("for free", "free of charge"),
            T("the home market", "the domestic market")])

# ---------------------------------------------------------------------------
# Part 4: summaries, inconsistent (5)
# ---------------------------------------------------------------------------

case("public transport fares", "summary", "inconsistent",
     """The Kelby Metropolitan Transit Authority has proposed raising the standard single fare from
     2.40 dollars to 2.75 dollars from January, its first increase in four years. Monthly passes would
     rise by 8 percent to 97 dollars. The authority said the increase was needed to cover a projected
     operating shortfall of 45 million dollars, caused mainly by higher energy and wage costs. Fares for
     students and people over 65 would remain unchanged. The proposal will be put to public
     consultation for six weeks, and the authority's board is expected to take a final decision in
     November. Passenger groups criticised the plan, saying services had become less reliable over the
     past year.""",
     """Kelby's transit authority will raise the standard single fare from $2.40 to $3.75 in January,
     its first increase in four years, to help cover a projected $45m operating shortfall. Monthly
     passes would go up 8 percent to $97, while fares for students and over-65s would stay the same.
     Passenger groups criticised the plan, citing less reliable services.""",
     errors=[E("will raise", "modality", "major", "has proposed raising"),
             E("$3.75", "number", "major", "2.75 dollars")],
     traps=[T("$45m", "45 million dollars"),
            T("over-65s", "people over 65")])

case("social housing", "summary", "inconsistent",
     """The Kerrigan Housing Authority has taken over the management of 1,400 social housing units
     from Brightway Homes, a private landlord, after an inspection found serious repair backlogs, the
     regional housing ministry said on Monday. Inspectors identified damp and mould in more than 300 of
     the homes, and some tenants had waited over a year for repairs. The authority will manage the
     properties for at least 18 months while a permanent operator is sought. Brightway said it accepted
     the findings and would co-operate fully with the handover. Tenants' rents will not change. The
     ministry said it had set aside 12 million dollars for urgent repairs.""",
     """Brightway Homes has taken over management of 1,400 social housing units from the Kerrigan
     Housing Authority after inspectors found serious repair backlogs, including damp and mould in over
     300 homes. The new manager will run the properties for at least 18 months while a permanent
     operator is found, rents will not change, and the regional housing ministry has earmarked $12m for
     urgent repairs.""",
     errors=[E("Brightway Homes has taken over management of 1,400 social housing units from the Kerrigan Housing Authority",
               "role", "critical",
               "The Kerrigan Housing Authority has taken over the management of 1,400 social housing units from Brightway Homes")],
     traps=[T("earmarked $12m", "set aside 12 million dollars")])

case("space agency", "summary", "inconsistent",
     """The Halden Space Agency successfully launched its second Earth-observation satellite, Lyra-2,
     from the Tessaly Coast launch site early on Saturday, the agency said. The satellite, built by
     domestic manufacturer Orbisca, will monitor crop conditions, coastal erosion and flooding. It
     reached its planned orbit about 70 minutes after lift-off and has sent its first signals to ground
     stations. The agency said Lyra-2 would begin full operations after a three-month testing period.
     The mission cost 190 million dollars, including the launch. Agency director Ilse Varga said a third
     satellite was planned for 2028, subject to funding.""",
     """The Halden Space Agency launched Lyra-2, its second Earth-observation satellite, from the
     Tessaly Coast site early on Saturday, and the satellite has reached its planned orbit. Built by
     Orbisca, it will monitor crops, coastal erosion and flooding, as well as illegal fishing, once
     three months of testing are complete. Including the launch, the mission cost $190m. A third
     satellite is planned for 2028, funding permitting.""",
     errors=[E("as well as illegal fishing", "addition", "major", None)],
     traps=[T("once three months of testing are complete", "after a three-month testing period"),
            T("$190m", "190 million dollars"),
            T("funding permitting", "subject to funding")])

case("department store trading", "summary", "inconsistent",
     """Marlowe & Finch, the department store chain, reported a 4 percent rise in like-for-like sales
     for the twelve weeks to 6 January, helped by strong demand for beauty products and homeware. Online
     sales grew 9 percent and now make up 31 percent of the total. Clothing sales were flat. The company
     said its full-year profit would be at the upper end of analysts' forecasts of 140 million to 150
     million pounds. Chief executive Rosalind Kemble said shoppers had remained cautious but had spent
     more on gifts than expected. The chain will close three of its 58 stores in the spring and open two
     new ones in the autumn.""",
     """Marlowe & Finch's like-for-like sales rose 4 percent in the twelve weeks to January 6, driven
     by beauty and homeware, while clothing sales were flat. Online sales grew 9 percent, reaching almost
     a third of the total. The chain expects full-year profit at the top of the £140m-£150m range
     forecast by analysts, and online sales grew 9 percent. It will shut three of its 58 stores in the
     spring and open two new ones in the autumn.""",
     errors=[E("online sales grew 9 percent", "repetition", "minor", None, occ=0)],
     traps=[T("January 6", "6 January"),
            T("almost a third", "31 percent"),
            T("at the top of", "at the upper end of")])

case("crop statistics", "summary", "inconsistent",
     """The Agricultural Statistics Office estimates that this year's wheat harvest in the Vardon
     plains will reach 4.1 million tonnes, 12 percent below last year, after a dry spring followed by
     heavy rain in July. The office said barley yields had held up better, falling only 3 percent.
     Farmers' union president Gregor Lindahl said many growers had been forced to sell part of their
     crop as animal feed because of low grain quality. The agriculture ministry said it would not
     introduce emergency support but would allow farmers to defer tax payments until next year. Wheat
     prices on the regional exchange have risen 7 percent since June.""",
     """The Agricultural Statistics Office estimates that the Vardon plains wheat harvest will come in
     at 4.1 million tonnes, down 12 percent, after a dry spring and heavy July rain; barley yields fell
     only 3 percent. According to the agriculture ministry, many growers have had to destroy part of
     their crop because of poor grain quality. The ministry has ruled out emergency support but will let
     farmers put off tax payments until next year. Wheat prices on the regional exchange are up 7
     percent since June.""",
     errors=[E("According to the agriculture ministry", "attribution", "major",
               "Farmers' union president Gregor Lindahl said"),
             E("destroy part of their crop", "event", "major",
               "sell part of their crop as animal feed")],
     traps=[T("put off", "defer")])

# ---------------------------------------------------------------------------
# Part 5: translations, consistent (5)
# (both texts are independent English translations of one foreign-language story)
# ---------------------------------------------------------------------------

case("wine cooperative", "translation", "consistent",
     """The Clos Varenne winegrowers' cooperative expects this year's harvest to be about 20 percent
     smaller than last year's, after hail storms in June damaged vines across roughly 300 hectares. The
     cooperative's president, Étienne Morvan, said quality nevertheless looked promising, thanks to a
     dry and sunny September. Picking began on 18 September and should be completed within three weeks.
     The cooperative, which brings together 142 growers, produces around 2.5 million bottles in a normal
     year. Morvan added that the cooperative had applied for support from the regional agricultural
     disaster fund, but that no decision had yet been made.""",
     """At the Clos Varenne cooperative of winegrowers, the harvest this year is expected to be around
     one fifth lower than the previous one, as June hailstorms hit vines on some 300 hectares. Quality,
     however, appears promising owing to a September that was dry and sunny, according to Étienne
     Morvan, who chairs the cooperative. The grape picking started on September 18 and should be
     finished within three weeks. In an ordinary year the cooperative, grouping 142 growers, makes about
     2.5 million bottles. An application has been submitted to the regional fund for agricultural
     disasters, Morvan also said, but it has not yet been decided on.""",
     traps=[T("around one fifth lower", "about 20 percent smaller"),
            T("who chairs the cooperative", "The cooperative's president"),
            T("September 18", "18 September"),
            T("An application has been submitted to the regional fund for agricultural disasters",
              "had applied for support from the regional agricultural disaster fund")])

case("mountain rescue", "translation", "consistent",
     """Two hikers who had been missing for two days in the Alder Peaks were found alive on Wednesday
     morning by a mountain rescue team, the regional police said. The two men, aged 34 and 41, had lost
     their way in fog on Monday evening and spent two nights in a shepherd's hut. They were spotted by a
     helicopter crew at about 8.30 a.m. and were flown to hospital in Sankt Orla suffering from mild
     hypothermia. Their condition is not considered serious. The police renewed their warning to walkers
     to check the weather forecast and to carry a charged mobile phone. Around 40 rescuers had taken
     part in the search.""",
     """Missing for 48 hours in the Alder Peaks, two hikers were discovered alive by mountain rescuers
     on Wednesday morning, according to the regional police. The men, 34 and 41 years old, became lost
     in the fog on Monday evening and sheltered for two nights in a shepherd's hut. A helicopter crew
     located them at around half past eight in the morning, and they were taken by air to the hospital
     of Sankt Orla with light hypothermia. Their state is not judged to be serious. Some 40 rescuers had
     been involved in the search. Police again urged walkers to check the weather forecast and take a
     charged mobile phone with them.""",
     traps=[T("Missing for 48 hours", "missing for two days"),
            T("around half past eight in the morning", "about 8.30 a.m."),
            T("taken by air", "flown"),
            T("light hypothermia", "mild hypothermia"),
            T("Their state is not judged to be serious", "Their condition is not considered serious")])

case("film festival", "translation", "consistent",
     """The Mirenne International Film Festival announced on Tuesday that its 40th edition will open
     on 9 October with the world premiere of 'The Salt Road', the first feature by director Anouk
     Delacroix-Vey. A total of 118 films from 46 countries will be shown over ten days, 22 of them in
     competition. The jury will be chaired by actress Paola Brenner. The festival's director, Joris
     Haaland, said ticket sales had already passed 30,000, a record at this stage. For the first time,
     part of the programme will also be available online for viewers outside the city.""",
     """The 40th Mirenne International Film Festival will begin on October 9 with 'The Salt Road', the
     debut feature of director Anouk Delacroix-Vey, shown for the first time anywhere in the world, the
     festival said on Tuesday. Over ten days, 118 films from 46 countries will be screened, including 22
     competing for prizes. Actress Paola Brenner will preside over the jury. More than 30,000 tickets
     have already been sold, never so many at this point, festival director Joris Haaland said. This
     year, for the first time, viewers outside the city will be able to watch some of the programme
     online.""",
     traps=[T("October 9", "9 October"),
            T("shown for the first time anywhere in the world", "world premiere"),
            T("will preside over the jury", "The jury will be chaired by"),
            T("never so many at this point", "a record at this stage")])

case("parliamentary committee", "translation", "consistent",
     """A parliamentary committee has recommended that the government abandon plans to merge the
     country's two weather services, saying the expected savings of 35 million dollars over five years
     had been overstated. In a report published on Thursday, the committee said the merger could weaken
     forecasting for farmers and fishermen in remote regions. The committee's chair, Liselotte Brandt,
     said ministers had failed to consult staff properly. The government is not obliged to follow the
     recommendation but must respond within two months. The ministry of the environment said it would
     study the report carefully.""",
     """The government should drop its plan to merge the two national weather services, a committee of
     parliament has recommended, arguing that the projected savings, 35 million dollars across five
     years, had been exaggerated. According to its report, which was released on Thursday, merging could
     weaken forecasts for farmers and fishermen in remote areas. Ministers did not properly consult the
     staff, said Liselotte Brandt, who chairs the committee. While the government does not have to
     follow the recommendation, it is required to give a response within two months. The environment
     ministry said it would examine the report carefully.""",
     traps=[T("had been exaggerated", "had been overstated"),
            T("who chairs the committee", "The committee's chair"),
            T("does not have to follow", "is not obliged to follow"),
            T("is required to give a response within two months", "must respond within two months")])

case("bakery chain", "translation", "consistent",
     """The family-owned bakery chain Maison Ferrand will open 15 new shops next year, mainly in
     medium-sized towns, its managing director Claire Ferrand told the regional newspaper. The company,
     founded in 1962, currently operates 84 shops and employs 1,150 people. Turnover reached 96 million
     euros last year, up 7 percent. Ferrand said the expansion would create about 200 jobs and would be
     financed without outside investors. She also said the company planned to reduce the sugar content
     of its pastries by 10 percent by 2027.""",
     """Maison Ferrand, a bakery chain in family hands, is going to open fifteen more shops next year,
     mostly in towns of medium size, managing director Claire Ferrand said in an interview with the
     regional paper. Established in 1962, the company has 84 shops at present and a staff of 1,150. Last
     year its sales were 96 million euros, 7 percent higher than the year before. The expansion will
     bring some 200 new jobs and will be funded with no outside investors, Ferrand said. She added that
     by 2027 the company aims to cut the sugar in its pastries by a tenth.""",
     traps=[T("in family hands", "family-owned"),
            T("fifteen more shops", "15 new shops"),
            T("a staff of 1,150", "employs 1,150 people"),
            T("by a tenth", "by 10 percent")])

# ---------------------------------------------------------------------------
# Part 6: translations, inconsistent (5)
# ---------------------------------------------------------------------------

case("port labour dispute", "translation", "inconsistent",
     """Dockworkers at the fishing port of Lorvic began an indefinite strike on Monday over plans to
     automate the fish auction hall, blocking the unloading of around 60 trawlers. The union says the
     automation project, which the port authority plans to introduce next spring, would eliminate 45 of
     the 130 jobs at the auction. The port authority says no worker will be dismissed and that staff
     will be offered retraining. Fish merchants warned that prices in local markets could rise if the
     strike lasts more than a week. Talks between the two sides are scheduled for Thursday at the
     regional prefecture.""",
     """On Monday the dockers of Lorvic fishing port started an unlimited strike against the planned
     automation of the fish auction hall, which prevents some 60 trawlers from unloading. The automation
     project, to be introduced by the port authority next spring, would abolish 54 of the 130 posts at
     the auction, according to the union. The port authority, on its side, says no worker will be
     dismissed. Fish traders have warned that prices at local markets might go up if the strike goes on
     longer than a week. The two sides are to meet for talks on Thursday at the regional prefecture.""",
     errors=[E("54", "number", "major", "45"),
             E("", "omission", "minor", "staff will be offered retraining",
               after="says no worker will be dismissed")],
     traps=[T("unlimited strike", "indefinite strike"),
            T("might go up", "could rise")])

case("archaeology", "translation", "inconsistent",
     """Archaeologists from the University of Tervola have uncovered the remains of a Roman-era villa
     during excavations ahead of the construction of a bypass near the village of Sainte-Aurel. The
     site, discovered in March, includes mosaic floors, a bath complex and more than 200 coins. Team
     leader Dr Maren Holt said the villa was probably occupied from the second to the fourth century.
     The regional heritage office has extended the excavation period until 30 November, delaying the
     road works by about four months. The finds will be exhibited at the Sainte-Aurel town museum next
     year.""",
     """During digs carried out before a bypass is built close to the village of Sainte-Aurel,
     archaeologists of the University of Tervola found the remains of a villa from Roman times.
     Discovered in May, the site contains mosaic floors, baths and over 200 coins. The villa was likely
     inhabited between the second and the fourth century, according to the head of the team, Dr Maren
     Holt. The excavation period has been prolonged until 30 November by the regional heritage office,
     which pushes back the roadworks by around four months. The objects found will be shown next year at
     the museum of the town of Tervola.""",
     errors=[E("May", "date", "major", "March"),
             E("Tervola", "entity", "minor", "Sainte-Aurel", occ=1)],
     traps=[T("was likely inhabited", "was probably occupied"),
            T("prolonged", "extended")])

case("public pension fund", "translation", "inconsistent",
     """The public pension fund Kessler Vorsorge reported a return of 6.8 percent on its investments
     last year, after a loss of 4.2 percent the year before. Assets under management rose to 58 billion
     euros. The fund said it had sold its remaining holdings in coal companies and would not invest in
     new fossil fuel projects. The board also approved a transfer of 1.5 billion euros from the fund's
     reserve to the municipal employees' scheme it manages, to cover higher pension payments. Director
     Ulrike Sandmeier said the fund remained cautious about equity markets for the coming year.""",
     """Last year the public pension fund Kessler Vorsorge earned 6.8 percent on its investments,
     following a 4.2 percent loss in the preceding year. The assets it manages increased to 58 billion
     euros. The fund reported that it had disposed of its last holdings in coal companies and would
     continue to invest in new fossil fuel projects. In addition, the board approved the transfer of 1.5
     billion euros from the municipal employees' scheme it manages to the fund's reserve, to finance
     higher pension payments. For the coming year the fund stays prudent on equity markets, director
     Ulrike Sandmeier said.""",
     errors=[E("would continue to invest in new fossil fuel projects", "polarity", "critical",
               "would not invest in new fossil fuel projects"),
             E("transfer of 1.5 billion euros from the municipal employees' scheme it manages to the fund's reserve",
               "role", "major",
               "transfer of 1.5 billion euros from the fund's reserve to the municipal employees' scheme")],
     traps=[T("disposed of its last holdings in coal companies",
              "sold its remaining holdings in coal companies"),
            T("stays prudent", "remained cautious")])

case("cycling race", "translation", "inconsistent",
     """Organisers of the Tour of Vessaline cycling race said on Friday that the fifth stage could be
     shortened or cancelled if forecasts of heavy snow on the Col de Marly are confirmed. A final
     decision will be taken on Saturday evening after consultation with the riders' association and the
     local authorities. The stage, 186 kilometres long, is due to finish at the ski resort of Valpierre
     at an altitude of 1,900 metres. Race director Henrik Solvang said rider safety was the absolute
     priority. Last year, two stages were shortened because of bad weather.""",
     """The fifth stage of the Tour of Vessaline bike race will be shortened or cancelled because of
     the heavy snow forecast on the Col de Marly, the organisers announced on Friday. The final decision
     is to be made on Saturday evening, after talks with the association of riders and the local
     authorities. The 186-kilometre stage is scheduled to end at the Valpierre ski station, 1,900 metres
     above sea level. The safety of the riders is the absolute priority, race director Henrik Solvang
     said. A year ago, bad weather led to two stages being cut short.""",
     errors=[E("will be shortened or cancelled because of the heavy snow forecast", "modality", "major",
               "could be shortened or cancelled if forecasts of heavy snow on the Col de Marly are confirmed")],
     traps=[T("186-kilometre stage", "186 kilometres long"),
            T("1,900 metres above sea level", "an altitude of 1,900 metres"),
            T("two stages being cut short", "two stages were shortened")])

case("textile manufacturing", "translation", "inconsistent",
     """The textile manufacturer Linnea Weaving will close its factory in Brennick at the end of the
     year, putting 260 people out of work, the company announced on Wednesday. Management blamed rising
     energy prices and competition from cheaper imports. Production will be moved to the group's plant
     in Osterby, which will take on about 40 of the affected employees. The mayor of Brennick, Jonas
     Aaltonen, called the decision 'a hard blow for the whole valley' and asked the regional government
     to help find a buyer for the site. The unions have called a demonstration for Saturday.""",
     """Linnea Weaving, the textile maker, announced on Wednesday that it will shut its Brennick factory
     at the end of the year, with the loss of 260 jobs. The management pointed to higher energy costs
     and competition from less expensive imports. Manufacturing is to be transferred to the group's site
     in Osterby, where around 40 of the employees concerned will be taken on. 'A hard blow for the whole
     valley,' said the unions, who asked the regional government to help find a buyer for the site. A
     demonstration has been called by the unions for Saturday.""",
     errors=[E("said the unions", "attribution", "major", "The mayor of Brennick, Jonas Aaltonen")],
     traps=[T("with the loss of 260 jobs", "putting 260 people out of work"),
            T("less expensive imports", "cheaper imports")])

# ---------------------------------------------------------------------------
# Part 7: offsets, validation, output
# ---------------------------------------------------------------------------

def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_word(ch):
    return ch.isalnum()


def check_boundary(cand, start, end, where):
    if start > 0 and start < len(cand) and is_word(cand[start - 1]) and is_word(cand[start]):
        raise ValueError(f"{where}: span start cuts a word at {start}")
    if end > 0 and end < len(cand) and is_word(cand[end - 1]) and is_word(cand[end]):
        raise ValueError(f"{where}: span end cuts a word at {end}")


def word_count(s):
    return len(re.findall(r"\S+", s))


def build():
    records = []
    problems = []
    domains = set()
    for i, c in enumerate(CASES, 1):
        cid = f"s88-{i:03d}"
        ref, cand = c["reference"], c["candidate"]
        try:
            if c["mode"] not in MODES:
                raise ValueError("bad mode")
            if c["domain"] in domains:
                raise ValueError("duplicate domain " + c["domain"])
            domains.add(c["domain"])
            nref = word_count(ref)
            if not 70 <= nref <= 190:
                raise ValueError(f"reference has {nref} words")
            if c["mode"] == "summary" and not (len(cand) < len(ref) and word_count(cand) < nref):
                raise ValueError("summary not shorter than reference")
            spans = []
            errors = []
            for e in c["errors"]:
                where = f"{cid} error {e['type']} {e['text']!r}"
                if e["type"] not in ERROR_TYPES or e["severity"] not in SEVERITIES:
                    raise ValueError(where + ": bad type/severity")
                if e["type"] == "omission":
                    if c["mode"] == "summary":
                        raise ValueError(where + ": omission in a summary")
                    if e["text"] != "" or not e["ref_text"]:
                        raise ValueError(where + ": omission needs empty text and ref_text")
                    if e["after"] is not None:
                        p = find_nth(cand, e["after"], e["occ"])
                        if p < 0:
                            raise ValueError(where + ": anchor not found")
                        start = end = p + len(e["after"])
                    else:
                        p = find_nth(cand, e["before"], e["occ"])
                        if p < 0:
                            raise ValueError(where + ": anchor not found")
                        start = end = p
                    if e["ref_text"].lower() in cand.lower():
                        raise ValueError(where + ": omitted words present in candidate")
                else:
                    start = find_nth(cand, e["text"], e["occ"])
                    if start < 0 or not e["text"]:
                        raise ValueError(where + ": span not found")
                    end = start + len(e["text"])
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        raise ValueError(where + ": ref_text must be null")
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        raise ValueError(where + ": ref_text not in reference")
                    if e["type"] != "omission" and e["text"] == e["ref_text"]:
                        raise ValueError(where + ": error text equals ref_text")
                if e["type"] == "repetition":
                    if e["text"].lower().strip(" .,;") not in cand[:start].lower():
                        raise ValueError(where + ": no earlier copy for repetition")
                check_boundary(cand, start, end, where)
                spans.append((start, end, where))
                errors.append({"start": start, "end": end, "text": cand[start:end],
                               "type": e["type"], "severity": e["severity"],
                               "ref_text": e["ref_text"]})
            traps = []
            for t in c["traps"]:
                where = f"{cid} trap {t['text']!r}"
                start = find_nth(cand, t["text"], t["occ"])
                if start < 0:
                    raise ValueError(where + ": span not found")
                end = start + len(t["text"])
                if t["ref_text"] not in ref:
                    raise ValueError(where + ": ref_text not in reference")
                if t["text"] == t["ref_text"]:
                    raise ValueError(where + ": trap identical to reference wording")
                check_boundary(cand, start, end, where)
                spans.append((start, end, where))
                traps.append({"start": start, "end": end, "text": cand[start:end],
                              "ref_text": t["ref_text"]})
            # no overlaps (an omission point may not fall strictly inside another span)
            for a in range(len(spans)):
                for b in range(a + 1, len(spans)):
                    s1, e1, w1 = spans[a]
                    s2, e2, w2 = spans[b]
                    if s1 == e1 or s2 == e2:
                        p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                        if s < p < e:
                            raise ValueError(f"omission point inside span: {w1} / {w2}")
                    elif s1 < e2 and s2 < e1:
                        raise ValueError(f"overlap: {w1} / {w2}")
            if c["label"] == "consistent":
                if errors or not 3 <= len(traps) <= 5:
                    raise ValueError("consistent pair needs 0 errors and 3-5 traps")
            elif c["label"] == "inconsistent":
                if not errors or len(traps) > 3:
                    raise ValueError("inconsistent pair needs errors and 0-3 traps")
            else:
                raise ValueError("bad label")
        except ValueError as exc:
            problems.append(f"{cid} ({c['domain']}): {exc}")
            continue
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: x["start"])
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})
    return records, problems


def composition(records):
    by_mode = Counter((r["mode"], r["label"]) for r in records)
    by_type = Counter(e["type"] for r in records for e in r["errors"])
    by_sev = Counter(e["severity"] for r in records for e in r["errors"])
    n_err = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    return by_mode, by_type, by_sev, n_err


def check_composition(records):
    probs = []
    by_mode, by_type, by_sev, n_err = composition(records)
    if len(records) != 40:
        probs.append(f"{len(records)} records, expected 40")
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for label in ("consistent", "inconsistent"):
            if by_mode[(mode, label)] != n:
                probs.append(f"{mode}/{label}: {by_mode[(mode, label)]}, expected {n}")
    if sum(by_type.values()) != 30:
        probs.append(f"{sum(by_type.values())} errors, expected 30")
    for t in ERROR_TYPES:
        if by_type[t] < 2:
            probs.append(f"error type {t}: only {by_type[t]}")
    if sum(v for k, v in n_err.items() if k <= 2) < 15:
        probs.append("most inconsistent pairs should have 1-2 errors")
    return probs


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    problems += check_composition(records)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    by_mode, by_type, by_sev, n_err = composition(records)
    print("pairs:", len(records))
    for (mode, label), n in sorted(by_mode.items()):
        print(f"  {mode:12s} {label:13s} {n}")
    print("errors:", sum(by_type.values()), dict((t, by_type[t]) for t in ERROR_TYPES))
    print("severity:", dict(by_sev))
    print("errors per inconsistent pair:", dict(sorted(n_err.items())))
    print("traps:", sum(len(r["traps"]) for r in records))
    if check_only:
        print("check only: nothing written")
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set88.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
