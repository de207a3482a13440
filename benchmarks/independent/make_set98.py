#!/usr/bin/env python3
"""Held-out evaluation set 98 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries, if
any, appear only as background).  Character offsets are never typed by hand:
they are computed here by string search (with an occurrence index where a
quoted text repeats), and every record is validated before writing.

Composition: 40 pairs, one per domain (40 distinct domains).
  - 20 rewrites (10 consistent, 10 inconsistent)
  - 10 summaries (5 consistent, 5 inconsistent)
  - 10 translations (5 consistent, 5 inconsistent; both sides are independent
    English translations of the same non-English story)
  - 30 errors over 20 inconsistent pairs (1-2 each): entity 3, number 4,
    date 3, role 3, polarity 3, modality 3, attribution 2, event 3,
    omission 2, addition 2, repetition 2
  - consistent pairs carry 3-5 traps (faithful rewordings), inconsistent 0-3.

Usage:  python3 make_set98.py           validate and write set98.jsonl
        python3 make_set98.py --check   validate only, write nothing
"""
import json
import os
import re
import sys

N = 98
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set98.jsonl")

DOMAINS = [d.strip() for d in (
    "energy price cap review;festival licence;road resurfacing works;nightclub licence revoked;"
    "train driver strike;audit findings;maternity unit review;it system failure;bus driver recruitment;"
    "rail fare cap;job centre closures;vaccine uptake campaign;water pipe bursts;bridge closure;"
    "mental health beds;heatwave warnings;green belt housing;teacher pay offer;snow gritting budget;"
    "electric vehicle chargers;beach water quality;farm subsidy changes;council tax arrears;"
    "flu season pressures;hedge cutting rules;rent arrears evictions;cemetery capacity;"
    "market hall refurbishment;cash machine shortage;cinema reopening;nursery place shortage;"
    "local referendum;stray dog rise;registry office backlog;driving test waiting times;truancy fines;"
    "data breach at council;outsourcing contract collapse;sports centre sale;cycle hire scheme"
).split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def E(text, type_, severity, ref=None, occ=0):
    """A non-omission error: `text` is found in the candidate (occurrence `occ`)."""
    return {"text": text, "type": type_, "severity": severity, "ref": ref, "occ": occ}


def OM(ref, severity, after=None, before=None, occ=0):
    """An omission: zero-width span at the end of `after` / start of `before`."""
    return {"text": "", "type": "omission", "severity": severity, "ref": ref,
            "after": after, "before": before, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` in the candidate of `ref` in the reference."""
    return {"text": text, "ref": ref, "occ": occ}


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": " ".join(reference.split()),
                  "candidate": " ".join(candidate.split()),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- cases 1-10

case("energy price cap review", "rewrite", "consistent",
     """The Northmere Energy Authority said on Monday that it will lower the default tariff cap by 7 per cent
     from 1 October, cutting the typical household bill to £1,640 a year. The regulator's chief executive,
     Alina Varga, said the reduction reflected falling wholesale gas prices over the summer but warned that
     bills were likely to remain well above pre-crisis levels for at least two more winters. The authority
     also confirmed that standing charges, which critics say penalise low users, will be reviewed separately,
     with proposals due by the end of January. Consumer group Fair Meter Alliance welcomed the cut but said
     about 2.3 million households were still behind on their energy bills.""",
     """Typical household energy bills will fall to £1,640 a year from 1 October after the Northmere Energy
     Authority announced on Monday a 7% reduction in the default tariff cap. Alina Varga, the regulator's chief
     executive, attributed the cut to lower wholesale gas prices during the summer, though she cautioned that
     bills would probably stay well above their pre-crisis level for at least another two winters. Standing
     charges, which critics argue penalise low users, are to be examined in a separate review, with proposals
     due by the end of January. The Fair Meter Alliance, a consumer group, welcomed the move but noted that
     roughly 2.3 million households remain in arrears on their energy bills.""",
     traps=[T("7%", "7 per cent"),
            T("would probably stay", "were likely to remain"),
            T("at least another two winters", "at least two more winters"),
            T("remain in arrears on", "were still behind on")])

case("festival licence", "rewrite", "inconsistent",
     """Councillors on Eastbrook District Council's licensing committee have approved a premises licence for
     the Hollow Fields music festival, but only after cutting its maximum daily capacity from 25,000 to 18,000.
     The three-day event, due to take place at Marlow Farm in late July, will have to end amplified music at
     10.30pm on Friday and Saturday and at 9pm on Sunday. Organisers Brightline Events must also fund a shuttle
     bus service from Eastbrook station and employ at least 40 stewards per shift. Committee chair Gordon Pike
     said the conditions struck 'a fair balance' between residents' concerns and the festival's economic
     benefits. More than 300 objections had been lodged, most of them about noise and traffic.""",
     """Eastbrook District Council's licensing committee has granted the Hollow Fields music festival a
     premises licence, but only after reducing its maximum daily capacity from 25,000 to 15,000. Amplified
     music at the three-day event, which will be held at Marlow Farm in late July, must stop at 10.30pm on
     Friday and Saturday and at 9pm on Sunday. Brightline Events, the organiser, will also have to pay for a
     shuttle bus from Eastbrook station. Gordon Pike, who chairs the committee, said the conditions struck
     'a fair balance' between residents' concerns and the economic benefits of the festival. More than 300
     objections had been submitted, mostly concerning noise and traffic.""",
     errors=[E("15,000", "number", "major", "18,000"),
             OM("employ at least 40 stewards per shift", "major", after="shuttle bus from Eastbrook station")],
     traps=[T("must stop", "will have to end"),
            T("submitted", "lodged")])

case("road resurfacing works", "rewrite", "consistent",
     """Resurfacing of a 2.4-mile stretch of the A614 between Carrow Bridge and Ledsham roundabout will begin
     on 3 March and is expected to last six weeks, Westvale County Council has announced. The road will be
     closed overnight between 8pm and 6am on weekdays, with a signed diversion via the B1290. Daytime traffic
     will be controlled by temporary lights. The £3.1 million scheme is being funded largely from the
     government's pothole repair fund. Highways cabinet member Ruth Okafor said the section had been 'patched
     repeatedly' and now needed a full rebuild. Bus operator Greyline said services 41 and 42 would not be
     affected.""",
     """Westvale County Council says work to resurface 2.4 miles of the A614 from Carrow Bridge to Ledsham
     roundabout will start on 3 March and should last six weeks. On weekday nights the road will be shut from
     8pm until 6am, with traffic sent along a signed diversion on the B1290, while temporary traffic lights
     will be in use during the day. Most of the £3.1m cost is coming from the government's pothole repair
     fund. The stretch has been 'patched repeatedly' and now needs a complete rebuild, according to Ruth
     Okafor, the cabinet member for highways. Greyline, which runs local buses, said its 41 and 42 services
     would be unaffected.""",
     traps=[T("should last six weeks", "is expected to last six weeks"),
            T("from 8pm until 6am", "between 8pm and 6am"),
            T("£3.1m", "£3.1 million"),
            T("would be unaffected", "would not be affected")])

case("nightclub licence revoked", "rewrite", "inconsistent",
     """Harbourside Council has revoked the licence of the Velvet Room nightclub in Portwick following a review
     requested by Portwick Police. The review was triggered by a series of violent incidents outside the venue,
     including a stabbing in August in which a 19-year-old man was seriously injured. Police told the licensing
     sub-committee that door staff employed by the club had repeatedly failed to call officers when fights
     broke out. The club's owner, Dmitri Halas, said he was 'deeply disappointed' and intends to appeal to the
     magistrates' court within the 21-day window. The venue must remain closed until any appeal is decided.""",
     """Portwick Police have revoked the licence of the Velvet Room, a nightclub in Portwick, following a review
     requested by Harbourside Council. The review followed a string of violent incidents outside the club,
     among them an August stabbing that left a 19-year-old man seriously hurt. Officers told the licensing
     sub-committee that the club's door staff had repeatedly failed to call police when fighting broke out.
     Owner Dmitri Halas said he was 'deeply disappointed' and plans to lodge an appeal with the magistrates'
     court within the 21 days allowed. Until any appeal has been decided, the venue has to stay closed.""",
     errors=[E("Portwick Police have revoked the licence of the Velvet Room, a nightclub in Portwick, following "
               "a review requested by Harbourside Council", "role", "major",
               "Harbourside Council has revoked the licence of the Velvet Room nightclub in Portwick following a "
               "review requested by Portwick Police")],
     traps=[T("seriously hurt", "seriously injured"),
            T("plans to lodge an appeal with", "intends to appeal to"),
            T("within the 21 days allowed", "within the 21-day window")])

case("train driver strike", "rewrite", "consistent",
     """Train drivers at Midland Coastal Railways will stage two 24-hour strikes on 14 and 16 November after
     talks over pay and rostering broke down, the drivers' union FDRU said on Thursday. The union said 87 per
     cent of members who voted backed industrial action, on a turnout of 71 per cent. Midland Coastal said it
     expected to run only around a third of its normal timetable on strike days, with no trains at all on the
     Kelby branch line. A company spokesperson described the walkout as 'unnecessary' and said its offer of a
     4.5 per cent rise over two years remained on the table. Passengers with advance tickets for the affected
     dates can claim a full refund.""",
     """The FDRU drivers' union announced on Thursday that its members at Midland Coastal Railways will walk out
     for 24 hours on both 14 November and 16 November, following the collapse of negotiations on pay and
     rostering. Of those members who voted, 87% supported industrial action, on a 71% turnout, according to
     the union. Midland Coastal expects to run only roughly one in three of its usual services on strike days
     and none whatsoever on the Kelby branch line. Calling the action 'unnecessary', a company spokesperson
     said its offer of a 4.5% increase spread across two years still stood. Anyone holding an advance ticket
     for either of those dates can claim a full refund.""",
     traps=[T("walk out for 24 hours on both 14 November and 16 November",
              "stage two 24-hour strikes on 14 and 16 November"),
            T("87%", "87 per cent"),
            T("roughly one in three of its usual services", "around a third of its normal timetable"),
            T("still stood", "remained on the table")])

case("audit findings", "rewrite", "inconsistent",
     """An external audit of Calderbrook Borough Council's accounts for 2022-23 has found that the authority
     cannot properly account for £4.8 million spent on temporary accommodation. Auditors from Pennant & Rowe
     said record-keeping in the housing department was 'inadequate' and that invoices had in some cases been
     paid twice. The report, published on 9 May, stops short of alleging fraud but says the council may need to
     refer some transactions to police once an internal investigation is complete. Council leader Sarah Quist
     said she accepted the findings in full and that a new finance director would be appointed by September.
     The council's audit committee will discuss the report on 22 May.""",
     """Calderbrook Borough Council is unable to properly account for £4.8m spent on temporary accommodation,
     an external audit of its 2022-23 accounts has concluded. Pennant & Rowe, the auditors, described
     record-keeping in the housing department as 'inadequate' and said some invoices had been paid twice.
     While the report, published on 9 May, does not go as far as alleging fraud, it says the council will refer
     some transactions to police once an internal investigation has been completed. Council leader Sarah Quist
     said she accepted the findings in full and that a new finance director would be appointed by December.
     The report will go before the council's audit committee on 22 May.""",
     errors=[E("will refer", "modality", "major", "may need to refer"),
             E("December", "date", "minor", "September")],
     traps=[T("£4.8m", "£4.8 million"),
            T("does not go as far as alleging fraud", "stops short of alleging fraud")])

case("maternity unit review", "rewrite", "consistent",
     """A review of maternity services at St Aldhelm's Hospital in Brackford has identified 'serious failings'
     in the monitoring of babies' heart rates during labour, the hospital trust said yesterday. The review, led
     by independent midwife Dr Hannah Lisle, examined 62 cases between January 2021 and June 2023 and concluded
     that better care might have changed the outcome in 11 of them. The Brackford and Wend Valley NHS Trust has
     apologised to the families involved and said it had already recruited 18 additional midwives. Dr Lisle
     made 27 recommendations, including mandatory annual training for all labour ward staff. The trust board
     is expected to adopt them in full next month.""",
     """The Brackford and Wend Valley NHS Trust said yesterday that a review of maternity care at St Aldhelm's
     Hospital in Brackford had found 'serious failings' in how babies' heart rates were monitored during labour.
     Led by Dr Hannah Lisle, an independent midwife, the review looked at 62 cases from January 2021 to June
     2023 and concluded that in 11 of them a different outcome might have resulted from better care. The trust
     has apologised to the families concerned and says it has already taken on 18 extra midwives. Among Dr
     Lisle's 27 recommendations is compulsory annual training for everyone working on the labour ward, and the
     board is likely to accept all of them next month.""",
     traps=[T("a different outcome might have resulted from better care",
              "better care might have changed the outcome"),
            T("taken on 18 extra midwives", "recruited 18 additional midwives"),
            T("compulsory annual training", "mandatory annual training"),
            T("is likely to accept all of them", "is expected to adopt them in full")])

case("it system failure", "rewrite", "inconsistent",
     """A failure in Kestrel County Council's main computer system left residents unable to make online
     payments or book services for almost three days last week, the council has confirmed. The outage began on
     the evening of Tuesday 11 June, when a storage unit at the council's data centre in Hadley overheated.
     Services were restored on Friday afternoon. Chief digital officer Marcus Fenn said there was no evidence
     that any personal data had been lost or accessed. However, he admitted that backup systems had not
     switched over automatically as designed. Around 1,200 council tax direct debits due on 14 June will now be
     collected on 21 June, and the council said no one would be charged a late payment fee.""",
     """Kestrel County Council has confirmed that a fault in its main computer system meant residents could not
     pay online or book services for nearly 72 hours last week. The problem started on the evening of Tuesday
     11 June after a storage unit overheated at the council's Hadley data centre, and services came back on
     Friday afternoon. According to chief digital officer Marcus Fenn, there is no sign that any personal data
     was lost or accessed, and backup systems had switched over automatically as designed. About 1,200 council
     tax direct debits that were due on 14 June will instead be taken on 21 June, and the council says nobody
     will be charged a late payment fee.""",
     errors=[E("had switched over automatically", "polarity", "major", "had not switched over automatically")],
     traps=[T("nearly 72 hours", "almost three days"),
            T("nobody will be charged", "no one would be charged")])

case("bus driver recruitment", "rewrite", "consistent",
     """Bus company Redway Travel plans to hire 150 new drivers across the Tamsworth region by the end of the
     year in an effort to restore services cut during a staffing shortage. The company said it would pay for
     the £3,000 training course and licence for every successful applicant, and that starting pay would rise to
     £14.20 an hour from April. Managing director Leanne Cole said around 60 routes had been reduced in
     frequency since last spring because of driver vacancies. 'We want to get back to a full timetable, and
     that means recruiting people who have never driven a bus before,' she said. Applications open on
     Monday.""",
     """Redway Travel intends to recruit 150 new drivers across the Tamsworth region before the year is out, as
     it tries to reinstate services that were cut back when it ran short of staff. Every successful applicant
     will have their £3,000 training course and licence paid for by the company, which said starting pay will
     go up to £14.20 an hour from April. Leanne Cole, the managing director, said driver vacancies had forced
     the firm to run around 60 routes less often since last spring. Getting back to a full timetable, she said,
     meant taking on people who had never been behind the wheel of a bus before. Applications open on
     Monday.""",
     traps=[T("before the year is out", "by the end of the year"),
            T("will go up to £14.20 an hour", "would rise to £14.20 an hour"),
            T("run around 60 routes less often", "around 60 routes had been reduced in frequency"),
            T("had never been behind the wheel of a bus before", "have never driven a bus before")])

case("rail fare cap", "rewrite", "inconsistent",
     """Regulated rail fares in Eastern Valdoria will rise by no more than 3.2 per cent in January, the
     transport ministry announced on Wednesday, well below July's inflation figure of 5.9 per cent. Transport
     minister Petra Holm said the cap would save a typical season-ticket holder about €180 a year. The
     operators' association, Rail Partners Valdoria, warned that the decision would leave a funding gap of
     around €95 million that would have to be met by the government. Passenger watchdog TravelWatch said the
     cap was welcome but argued that fares should have been frozen altogether. The ministry said the cap would
     apply for one year only.""",
     """The transport ministry said on Wednesday that regulated rail fares in Eastern Valdoria will go up by at
     most 3.2% in January, comfortably below the 5.9% inflation rate recorded in July. According to transport
     minister Petra Holm, a typical season-ticket holder would save about €180 a year as a result. The minister
     warned that the decision would leave a funding gap of around €59 million, which the government would have
     to cover. TravelWatch, the passenger watchdog, welcomed the cap but argued that fares should have been
     frozen completely. The ministry said the cap would apply for a single year.""",
     errors=[E("The minister", "attribution", "major", "Rail Partners Valdoria"),
             E("€59 million", "number", "major", "€95 million")],
     traps=[T("at most 3.2%", "no more than 3.2 per cent"),
            T("for a single year", "for one year only")])

# ---------------------------------------------------------------- cases 11-20

case("job centre closures", "rewrite", "consistent",
     """The Department for Work and Skills will close five job centres in the Greyhaven area by next summer as
     part of a national consolidation programme, officials confirmed on Tuesday. The offices in Millbrook, Oster
     Lane, Fenby, Castlegate and North Harbour will shut, with staff and services transferred to two larger
     sites in Greyhaven city centre and Westport. The department said no jobs would be lost and that all 140
     affected employees would be offered posts at the new sites. Local MP Daniel Orme said the move would force
     some claimants to travel more than ten miles to attend appointments, and urged ministers to reconsider.
     The department said travel costs for mandatory appointments would be reimbursed.""",
     """Five job centres in the Greyhaven area are to close by next summer under a nationwide consolidation
     programme, Department for Work and Skills officials confirmed on Tuesday. The offices in Millbrook, Oster
     Lane, Fenby, Castlegate and North Harbour will shut, and their staff and services will move to two bigger
     sites, one in Greyhaven city centre and one in Westport. According to the department, there will be no
     job losses, with every one of the 140 employees affected offered a post at the new sites. Daniel Orme, the
     local MP, urged ministers to think again, saying the move would force some claimants to travel over ten
     miles to attend appointments. The department said it would reimburse travel costs for mandatory
     appointments.""",
     traps=[T("nationwide consolidation programme", "national consolidation programme"),
            T("there will be no job losses", "no jobs would be lost"),
            T("think again", "reconsider"),
            T("over ten miles", "more than ten miles")])

case("vaccine uptake campaign", "rewrite", "inconsistent",
     """Health officials in Ardmore have launched a campaign to boost uptake of the MMR vaccine after figures
     showed only 84 per cent of five-year-olds in the region had received both doses, below the 95 per cent
     needed to prevent outbreaks. The campaign, run by Ardmore Public Health, will include pop-up clinics at
     schools, supermarkets and mosques, and text message reminders to parents of children who are overdue.
     Director of public health Dr Samir Nwosu said there had been 23 confirmed measles cases in the region since
     January, compared with four in the whole of last year. 'Measles is not a mild illness,' he said. Parents
     can also book catch-up doses through their GP.""",
     """Ardmore Public Health has launched a campaign to increase take-up of the MMR vaccine, after data showed
     that just 84% of five-year-olds in the region had had both doses, short of the 95% required to prevent
     outbreaks. Pop-up clinics will be set up at schools, supermarkets and mosques, and parents whose children
     are overdue will be sent text reminders. Dr Samir Nwosu, the director of public health, said 23 children in
     the region had been admitted to hospital with measles since January, compared with four in the whole of
     last year. 'Measles is not a mild illness,' he said. Catch-up doses can also be booked through GPs.""",
     errors=[E("23 children in the region had been admitted to hospital with measles", "event", "major",
               "23 confirmed measles cases")],
     traps=[T("just 84%", "only 84 per cent"),
            T("short of the 95% required", "below the 95 per cent needed")])

case("water pipe bursts", "rewrite", "consistent",
     """More than 4,000 homes in the Sellbury area were left without running water for up to 36 hours after two
     water mains burst within hours of each other on Sunday, Tarn Valley Water said. The first burst, on
     Coldharbour Road, happened shortly after 6am; the second, on the A39 near Pilton, followed at around 11am.
     Engineers restored supplies to most properties by Monday evening, and the company handed out more than
     60,000 bottles of water at three collection points. Operations director Kevin Maddox apologised and said
     affected customers would receive automatic compensation of £50. The company said the cause of both bursts
     was still being investigated, but that the sudden drop in temperature was a likely factor.""",
     """Tarn Valley Water says over 4,000 homes in the Sellbury area lost their running water for as long as a
     day and a half when two mains burst a few hours apart on Sunday. The Coldharbour Road main gave way shortly
     after 6am, and about five hours later a second burst hit the A39 near Pilton. Engineers had supply back on
     at most properties by Monday evening, and in the meantime the company distributed upwards of 60,000
     bottles of water from three collection points. Kevin Maddox, the operations director, apologised, saying
     those affected would automatically be paid £50 in compensation. Investigations into what caused both
     bursts are continuing, the company said, although the sudden fall in temperature was a likely factor.""",
     traps=[T("for as long as a day and a half", "for up to 36 hours"),
            T("about five hours later", "at around 11am"),
            T("upwards of 60,000 bottles", "more than 60,000 bottles"),
            T("automatically be paid £50 in compensation", "receive automatic compensation of £50")])

case("bridge closure", "rewrite", "inconsistent",
     """The Old Mill Bridge in Dunmore will close to all vehicles from 1 April for at least 18 months after
     inspectors found severe corrosion in its steel supports, Dunmore City Council has said. Pedestrians and
     cyclists will still be able to cross using a temporary walkway on the bridge's eastern side. Drivers will
     be diverted via the Riverside Bridge, adding up to 15 minutes to some journeys. The council's head of
     infrastructure, Fiona Blake, said replacing the bridge entirely would cost £22 million, compared with £9
     million for strengthening it, and that a decision on which option to pursue would be made in the autumn.
     Local traders on Westgate have warned that the closure could cost them business.""",
     """Dunmore City Council has said the Old Mill Bridge in Dunmore will be closed to all vehicles from 1 April
     for a minimum of 18 months, after inspectors discovered severe corrosion in its steel supports.
     Pedestrians and cyclists will still be able to cross on a temporary walkway along the eastern side.
     Drivers will be diverted via the Westgate Bridge, which could add as much as 15 minutes to some journeys.
     According to Fiona Blake, the council's head of infrastructure, a full replacement would cost £22m,
     against £9m to strengthen the existing structure, and which option to pursue will be decided in the
     autumn. Pedestrians and cyclists will still be able to cross. Traders on Westgate have warned the closure
     could cost them business.""",
     errors=[E("Westgate Bridge", "entity", "major", "Riverside Bridge"),
             E("Pedestrians and cyclists will still be able to cross", "repetition", "minor", None, occ=1)],
     traps=[T("for a minimum of 18 months", "for at least 18 months"),
            T("as much as 15 minutes", "up to 15 minutes")])

case("mental health beds", "rewrite", "consistent",
     """Northfold Health Board is to open 24 additional mental health beds at Carrick General Hospital next
     spring, reducing the need to send patients to units hundreds of miles away. Last year 131 adults from the
     area were placed in out-of-area beds, at a cost of around £6.5 million, according to board papers. The new
     ward will be staffed by 38 nurses and support workers, most of whom still need to be recruited. Board chief
     executive Graham Tully said the investment would 'keep people close to their families when they are most
     unwell'. Campaign group Minds Together said the move was overdue but would not on its own end out-of-area
     placements.""",
     """Two dozen extra mental health beds are to open at Carrick General Hospital next spring under plans by
     Northfold Health Board, reducing the need to send patients to units hundreds of miles away. Board papers
     show that 131 adults from the area were placed in out-of-area beds last year, at a cost of about £6.5m.
     Most of the 38 nurses and support workers who will staff the new ward have yet to be recruited. The
     investment would 'keep people close to their families when they are most unwell', said Graham Tully, the
     board's chief executive. Minds Together, a campaign group, said the move was overdue but would not by
     itself bring an end to out-of-area placements.""",
     traps=[T("Two dozen extra", "24 additional"),
            T("about £6.5m", "around £6.5 million"),
            T("have yet to be recruited", "still need to be recruited"),
            T("would not by itself bring an end to", "would not on its own end")])

case("heatwave warnings", "rewrite", "inconsistent",
     """The National Weather Service of Corvania has issued an amber heat-health warning for the southern and
     central regions, with temperatures forecast to reach 36C on Thursday and Friday. Forecasters said nights
     would also be unusually warm, with temperatures unlikely to fall below 22C in major cities. Health
     officials urged people to check on elderly neighbours, avoid strenuous activity in the afternoon and keep
     curtains closed during the day. The warning runs from 9am on Wednesday until 6pm on Saturday. Rail
     operator Corvarail said some trains would run at reduced speeds because of the risk of tracks buckling in
     the heat.""",
     """An amber heat-health warning covering the southern and central regions has been issued by Corvania's
     National Weather Service, with 36C forecast for both Thursday and Friday, which would break the national
     record. Nights will also be unusually warm, forecasters said, with the temperature in major cities
     unlikely to drop below 22C. Health officials urged people to look in on elderly neighbours, avoid
     strenuous activity in the afternoon and keep their curtains shut during daylight hours. The warning is in
     force from 9am on Wednesday until 6pm on Saturday. Rail operator Corvarail said some trains would run
     more slowly because of the risk of tracks buckling in the heat.""",
     errors=[E("which would break the national record", "addition", "major", None)],
     traps=[T("unlikely to drop below 22C", "unlikely to fall below 22C"),
            T("look in on elderly neighbours", "check on elderly neighbours"),
            T("keep their curtains shut during daylight hours", "keep curtains closed during the day")])

case("green belt housing", "rewrite", "consistent",
     """Plans for 1,200 homes on green belt land north of Ashworth have been approved by the Minister for
     Housing, Clare Denholm, overturning a refusal by Ashworth Borough Council. The developer, Stonegate Homes,
     has agreed that 40 per cent of the properties will be affordable housing and to contribute £8 million
     towards a new primary school and road improvements. The council rejected the scheme last year, citing the
     loss of open countryside and pressure on local services. In her decision letter, the minister said the
     'acute shortage' of housing in the area outweighed the harm to the green belt. Council leader Tom Avery
     said the authority was 'considering all options', including a legal challenge.""",
     """Housing minister Clare Denholm has given the go-ahead for 1,200 homes on green belt land north of
     Ashworth, overruling Ashworth Borough Council, which turned the plans down last year because of the loss
     of open countryside and the pressure on local services. The developer, Stonegate Homes, has agreed that
     two in five of the properties will be affordable housing, and will put £8m towards a new primary school
     and road improvements. The 'acute shortage' of housing in the area outweighed the harm to the green belt,
     the minister said in her decision letter. Tom Avery, who leads the council, said it was 'considering all
     options', a legal challenge among them.""",
     traps=[T("given the go-ahead for", "approved"),
            T("overruling", "overturning a refusal by"),
            T("two in five", "40 per cent"),
            T("£8m", "£8 million")])

case("teacher pay offer", "rewrite", "inconsistent",
     """The government of Lusmark has offered teachers a 5 per cent pay rise for the coming school year, plus a
     one-off payment of €1,000 for staff earning under €40,000. Education minister Ivo Strand said the offer was
     'fair and affordable' and would not be improved. The Lusmark Teachers' Union said the offer fell short of
     inflation and would put it to members in a consultative ballot closing on 30 June, recommending that they
     reject it. The union has not ruled out strike action in the autumn if the offer is rejected. The
     government said the rise would be funded from existing education budgets, which head teachers warned could
     mean cuts elsewhere.""",
     """Teachers in Lusmark have been offered a 5% pay rise for the coming school year by the government, plus a
     one-off €1,000 payment. Calling the offer 'fair and affordable', education minister Ivo Strand said it
     would not be improved. The Lusmark Teachers' Union, which says the offer falls short of inflation, will put
     it to members in a consultative ballot closing on 30 June, recommending that they accept it. The union has
     not ruled out strike action in the autumn if the offer is rejected. The rise is to be funded from existing
     education budgets, the government said, which head teachers warned could lead to cuts in other areas.""",
     errors=[OM("for staff earning under €40,000", "major", after="a one-off €1,000 payment"),
             E("recommending that they accept it", "polarity", "critical", "recommending that they reject it")],
     traps=[T("5%", "5 per cent"),
            T("lead to cuts in other areas", "mean cuts elsewhere")])

case("snow gritting budget", "rewrite", "consistent",
     """Glenroth Council has increased its winter gritting budget by £400,000 to £2.1 million after last year's
     heavy snowfall exhausted its salt stocks in early February. The extra money will pay for 5,000 additional
     tonnes of salt, two new gritting lorries and standby payments for contract drivers. Priority routes, which
     cover about 45 per cent of the road network, will be treated whenever road temperatures are forecast to
     fall below 1C. Roads cabinet member Neil Dargie said residential streets would still not be gritted
     routinely, but 300 extra grit bins would be placed on steep hills and near schools. Residents can report
     empty bins through the council's website.""",
     """After last year's heavy snowfall used up its salt supplies by early February, Glenroth Council has raised
     its winter gritting budget by £400,000, taking it to £2.1m. The additional money will pay for an extra
     5,000 tonnes of salt, two new gritting lorries and standby payments to contract drivers. Whenever road
     temperatures are forecast to drop under 1C, priority routes, which make up roughly 45% of the road network,
     will be treated. Neil Dargie, the cabinet member for roads, said there would still be no routine gritting
     of residential streets, although 300 extra grit bins would be put on steep hills and near schools. Empty
     bins can be reported through the council's website.""",
     traps=[T("taking it to £2.1m", "to £2.1 million"),
            T("drop under 1C", "fall below 1C"),
            T("roughly 45%", "about 45 per cent"),
            T("there would still be no routine gritting of residential streets",
              "residential streets would still not be gritted routinely")])

case("electric vehicle chargers", "rewrite", "inconsistent",
     """Fenwick District Council will install 320 public electric vehicle charging points across the district
     over the next two years, funded by a £2.6 million government grant and a partnership with operator
     VoltaPoint. The first 80 chargers, mostly on residential streets without off-street parking, are due to be
     in place by the end of March. VoltaPoint will cover installation and maintenance costs in return for a
     share of charging revenue under a 15-year contract. Prices will be capped at 45p per kilowatt hour for the
     first three years. Environment portfolio holder Anjali Mehta said the scheme would help residents 'who
     cannot charge at home' switch to electric cars.""",
     """Over the next two years, 320 public electric vehicle charging points will be installed across the
     district by Fenwick District Council, paid for by a £2.6m government grant and a partnership with the
     operator VoltaPoint. The first 80, most of them on residential streets without off-street parking, are due
     to be in place by the end of May. In exchange for a share of charging revenue, VoltaPoint will meet the
     cost of installation and maintenance under a contract lasting 15 years. For the first three years, prices
     will be capped at 45p per kWh. Anjali Mehta, the council's environment portfolio holder, said the scheme
     would help residents 'who cannot charge at home' to switch to electric cars.""",
     errors=[E("by the end of May", "date", "major", "by the end of March")],
     traps=[T("a contract lasting 15 years", "a 15-year contract"),
            T("45p per kWh", "45p per kilowatt hour")])

# ---------------------------------------------------------------- cases 21-30 (summaries)

case("beach water quality", "summary", "consistent",
     """Bathing water at four of the 17 beaches monitored along the Carrow coast has been rated 'poor' this
     year, up from one last season, according to figures published by the Coastal Environment Agency on
     Friday. Sandrock Bay, Millhaven, Tern Point and Gull Cove will carry signs advising against swimming for
     the whole of next season. The agency linked the decline to storm overflows from sewage works operated by
     Carrow Water, which discharged untreated sewage into the sea on 214 occasions last year. Carrow Water said
     it was investing £45 million to reduce spills by 2027. Eleven beaches were rated 'excellent', one fewer
     than last year, and two were rated 'good'.""",
     """Four of the Carrow coast's 17 monitored beaches, up from one a year earlier, have been rated 'poor' for
     bathing water, and signs will advise against swimming at them throughout next season. The Coastal
     Environment Agency attributed the decline to storm overflows from Carrow Water's sewage works, which
     released untreated sewage into the sea 214 times last year; the company says it is investing £45m to
     reduce spills by 2027.""",
     traps=[T("up from one a year earlier", "up from one last season"),
            T("attributed the decline to", "linked the decline to"),
            T("214 times", "on 214 occasions"),
            T("£45m", "£45 million")])

case("farm subsidy changes", "summary", "inconsistent",
     """Farmers in Westmoor will receive payments for creating wildlife habitats and improving soil health under
     a new subsidy scheme that replaces payments based on the amount of land farmed, the agriculture department
     announced yesterday. The Land Stewardship Scheme will be worth £310 million a year and will be phased in
     over five years from 2025, with area-based payments reduced by 20 per cent each year until they end.
     Farmers' union Westmoor Agricultural Union said smaller livestock farms could lose up to half their income
     during the transition. Agriculture secretary Rhys Pennant said the department would consult the union on
     payment rates before the scheme opened. Applications will open in January.""",
     """Westmoor is replacing land-area subsidies with a £310m-a-year Land Stewardship Scheme that pays farmers
     for wildlife habitats and soil health, phased in over five years from 2025 as area payments shrink by a
     fifth annually until they end. The Westmoor Agricultural Union warned that smaller livestock farms could
     lose up to a third of their income in the transition, and the union is to consult the department on
     payment rates before the scheme opens.""",
     errors=[E("up to a third of their income", "number", "major", "up to half their income"),
             E("the union is to consult the department", "role", "minor",
               "the department would consult the union")],
     traps=[T("shrink by a fifth annually", "reduced by 20 per cent each year")])

case("council tax arrears", "summary", "consistent",
     """Residents in Harrowfield owe a record £18.4 million in unpaid council tax, an increase of 22 per cent in
     two years, according to figures obtained by the Harrowfield Echo under freedom of information laws. More
     than 9,300 households were referred to enforcement agents last year, compared with 6,100 two years
     earlier. The council's finance director, Priya Sandhu, said rising living costs had left many families
     struggling, and that the authority had expanded its hardship fund to £1.5 million. Debt charity ClearStep
     urged the council to stop using bailiffs for people in receipt of benefits. The council said it always
     offered payment plans before taking enforcement action.""",
     """Unpaid council tax in Harrowfield has reached a record £18.4m, 22% higher than two years ago, according to
     freedom of information figures obtained by the Harrowfield Echo, and over 9,300 households were referred
     to enforcement agents last year, against 6,100 two years earlier. Finance director Priya Sandhu blamed
     rising living costs and said the hardship fund had been expanded to £1.5m. ClearStep wants the council to
     stop using bailiffs against benefit claimants; the council says it always offers payment plans first.""",
     traps=[T("£18.4m", "£18.4 million"),
            T("22% higher than two years ago", "an increase of 22 per cent in two years"),
            T("over 9,300", "More than 9,300"),
            T("benefit claimants", "people in receipt of benefits")])

case("flu season pressures", "summary", "inconsistent",
     """Hospitals across the Kingsmere region are under severe pressure as flu cases rise sharply, with 640
     patients being treated for the virus on Monday, more than double the figure a fortnight ago. Kingsmere
     Health Partnership said 96 per cent of general and acute beds were occupied and that some planned
     operations might have to be postponed if admissions continued to rise. Ambulance handover delays at
     Kingsmere Royal Infirmary averaged 74 minutes last week. Medical director Dr Ellen Shaw urged eligible
     people who had not yet had their flu jab to get one, and asked the public to use A&E only for genuine
     emergencies. Visiting restrictions have been introduced on three wards.""",
     """Flu is putting Kingsmere's hospitals under severe pressure: 640 patients were being treated for the virus
     on Monday, over twice as many as two weeks earlier, and with 96% of general and acute beds occupied,
     planned operations are being postponed. Medical director Dr Ellen Shaw urged eligible people to get a flu
     jab and asked the public to keep A&E for genuine emergencies.""",
     errors=[E("planned operations are being postponed", "modality", "major",
               "some planned operations might have to be postponed")],
     traps=[T("over twice as many as two weeks earlier", "more than double the figure a fortnight ago"),
            T("96%", "96 per cent")])

case("hedge cutting rules", "summary", "consistent",
     """Farmers and landowners in Ellesdon will be banned from cutting hedgerows between 1 March and 31 August
     under new rules designed to protect nesting birds, the rural affairs department has confirmed. The
     regulations, which come into force next year, replace voluntary guidance that officials said had been
     widely ignored. Breaches could result in fines of up to £2,500 per offence or the loss of farm support
     payments. Exemptions will be allowed for safety reasons, such as hedges obstructing road visibility,
     provided the work is notified to the department in advance. The Ellesdon Bird Trust welcomed the rules,
     saying hedgerow bird populations had fallen by a third since 1990.""",
     """From next year, Ellesdon farmers and landowners will be barred from cutting hedgerows from the start of
     March to the end of August to protect nesting birds, replacing voluntary guidance that officials say was
     widely ignored. Breaches could mean fines of as much as £2,500 per offence or the loss of farm support
     payments, though safety work, such as on hedges blocking road visibility, will be exempt if the department
     is told beforehand.""",
     traps=[T("barred", "banned"),
            T("from the start of March to the end of August", "between 1 March and 31 August"),
            T("as much as £2,500", "up to £2,500"),
            T("if the department is told beforehand", "provided the work is notified to the department in advance")])

case("rent arrears evictions", "summary", "inconsistent",
     """The number of tenants evicted for rent arrears in Calderport rose to 1,140 last year, the highest since
     records began in 2010, according to court data published by the justice ministry. Possession claims by
     private landlords increased by 31 per cent, while claims by housing associations were broadly unchanged.
     Tenants' group Shelterline said rising rents and a freeze on housing benefit had pushed many families into
     debt. The Landlords' Association of Calderport said its members were facing higher mortgage costs and that
     eviction was 'always a last resort'. The city council said it had spent £7.2 million on emergency
     accommodation for evicted households.""",
     """Evictions for rent arrears in Calderport reached 1,140 last year, the highest since records began in
     2010, prompting the council to call for emergency legislation. Evictions by private landlords rose by 31%,
     while housing association claims were broadly flat. Shelterline blamed rising rents and a housing benefit
     freeze; landlords cited higher mortgage costs. The council spent £7.2m on emergency accommodation for
     evicted households.""",
     errors=[E("prompting the council to call for emergency legislation", "addition", "major", None),
             E("Evictions by private landlords rose", "event", "major",
               "Possession claims by private landlords increased")],
     traps=[T("broadly flat", "broadly unchanged")])

case("cemetery capacity", "summary", "consistent",
     """Brenham's municipal cemeteries will run out of space for new burials within four years unless additional
     land is found, a report to the city council's environment committee has warned. Of the city's three
     cemeteries, only Hillside has any unreserved plots left, and about 260 burials take place there each year.
     Officers have recommended buying a 12-acre field next to Hillside for £1.1 million, which would provide
     space for around 50 years. An alternative option of reusing old graves, allowed under a 2019 law where
     graves are more than 75 years old and no relatives object, was rejected as likely to cause distress.
     Councillors will vote on the proposal on 3 October.""",
     """A report to Brenham's environment committee warns the city's cemeteries will be full within four years
     unless more land is found; only Hillside, with about 260 burials a year, still has unreserved plots.
     Officers propose buying an adjacent 12-acre field for £1.1m, which would give roughly half a century of
     space, having rejected reusing old graves as likely to cause distress. Councillors vote on 3 October.""",
     traps=[T("will be full within four years", "will run out of space for new burials within four years"),
            T("an adjacent 12-acre field", "a 12-acre field next to Hillside"),
            T("£1.1m", "£1.1 million"),
            T("roughly half a century", "around 50 years")])

case("market hall refurbishment", "summary", "inconsistent",
     """The Victorian market hall in Tolbury will reopen in September after an £11 million refurbishment,
     Tolbury Town Council has announced. The Grade II-listed building, which closed in 2022, has had its
     cast-iron roof repaired and its glazing replaced, and will house 48 traders, up from 35 before the works.
     Around three-quarters of the stalls have already been let, with priority given to former tenants. The
     project was funded mainly by a £7.5 million grant from the Heritage Renewal Fund, with the rest coming
     from council borrowing. Architect firm Hallam Ward designed the scheme, and Corby & Lane were the main
     contractors.""",
     """Tolbury's Grade II-listed Victorian market hall, closed since 2022, will reopen in September following an
     £11m refurbishment designed by Corby & Lane and funded mostly by a £7.5m Heritage Renewal Fund grant. It
     will house 48 traders, compared with 35 previously, and about three-quarters of the stalls are already
     let.""",
     errors=[E("Corby & Lane", "entity", "major", "Hallam Ward")],
     traps=[T("compared with 35 previously", "up from 35 before the works")])

case("cash machine shortage", "summary", "consistent",
     """Nearly one in five cash machines in rural parts of Dunford county has closed in the past three years,
     leaving some villages more than eight miles from the nearest free-to-use ATM, a study by the Rural Access
     Network has found. The group counted 212 free machines in rural areas in 2021 and 171 this spring. It said
     older residents and small businesses were hardest hit, with some shops forced to make weekly trips to
     deposit takings. Banking hubs, shared branches run by the Post Office on behalf of several banks, have
     opened in two market towns, but the network said at least six more were needed. Cashlink, which operates
     most of the machines, said low usage had made many uneconomic.""",
     """The number of free-to-use ATMs in rural Dunford fell from 212 in 2021 to 171 this spring, leaving some
     villages over eight miles from one, the Rural Access Network has found. Older residents and small
     businesses have been worst affected. Two banking hubs have opened, but the group says six or more are
     still needed; Cashlink, the main operator, says low use had made many machines uneconomic.""",
     traps=[T("over eight miles", "more than eight miles"),
            T("worst affected", "hardest hit"),
            T("six or more", "at least six more"),
            T("low use", "low usage")])

case("cinema reopening", "summary", "inconsistent",
     """The Regal cinema in Hexley, closed since a fire in November 2021, will reopen on 14 February after a £2.3
     million restoration funded largely by a community share offer. More than 1,800 local people bought shares
     in the Hexley Regal Community Benefit Society, which bought the building from its previous owner in 2022.
     The restored cinema will have two screens, a café and a 90-seat studio for live events. Manager Chloe
     Brandt said the first screening would be a 1950s classic chosen by shareholders in an online vote.
     Tickets go on sale on 1 February, with discounts for shareholders and under-18s.""",
     """Hexley's Regal cinema, shut since a fire in November 2021, will reopen on 1 February after a £2.3m
     restoration funded largely by a community share offer. Over 1,800 local people bought shares in the
     community society that acquired the building in 2022, funded largely by a community share offer. It will
     have two screens, a café and a 90-seat live events studio.""",
     errors=[E("1 February", "date", "major", "14 February"),
             E("funded largely by a community share offer", "repetition", "minor", None, occ=1)],
     traps=[T("Over 1,800", "More than 1,800")])

# ---------------------------------------------------------------- cases 31-40 (translations)

case("nursery place shortage", "translation", "consistent",
     """Parents in the town of Oberwald are facing a shortage of nursery places, with 430 children under three
     currently on waiting lists, the municipal youth office said on Tuesday. The town has 1,150 places for this
     age group but would need around 1,600 to meet demand, according to the office's annual report. Deputy
     mayor Katrin Vossberg said two new day-care centres with a combined 120 places would open next year, but
     admitted that the gap could not be closed quickly, mainly because of a lack of qualified staff. Around 35
     vacancies for educators are currently unfilled. Parents have a legal right to a place from the age of one,
     and several families have already taken the town to court.""",
     """In Oberwald, 430 under-threes are currently waiting for a nursery place, the town's youth welfare office
     reported on Tuesday, amid a shortfall in childcare provision. According to the office's yearly report, the
     town offers 1,150 places for children of this age, whereas roughly 1,600 would be required to cover
     demand. Two new daycare facilities providing 120 places between them are set to open next year, said
     deputy mayor Katrin Vossberg, who conceded that the shortfall could not be closed in a hurry, above all
     because qualified staff are lacking. Some 35 posts for childcare workers are vacant at present. Since
     children are legally entitled to a place once they turn one, a number of families have already sued the
     town.""",
     traps=[T("roughly 1,600 would be required to cover demand", "around 1,600 to meet demand"),
            T("120 places between them", "a combined 120 places"),
            T("could not be closed in a hurry", "could not be closed quickly"),
            T("have already sued the town", "have already taken the town to court")])

case("local referendum", "translation", "inconsistent",
     """Voters in the municipality of San Lorenzo al Piano rejected a proposal to merge with the neighbouring
     town of Castelvero in a local referendum on Sunday. According to the final count, 58.4 per cent voted
     against the merger, with turnout at 63 per cent, well above the 50 per cent threshold needed for the
     result to be valid. Mayor Giulia Ferraro, who had campaigned for the merger, said she respected the
     outcome and would not resign. Supporters had argued that a combined municipality of about 14,000
     residents would qualify for additional regional funding. In Castelvero, where a parallel vote was held,
     61 per cent backed the merger.""",
     """In a local referendum held on Sunday, the residents of San Lorenzo al Piano voted down a plan to merge
     their municipality with neighbouring Castelvero. The final results show 54.8% of voters opposed the
     merger; turnout reached 63%, comfortably exceeding the 50% quorum required for the vote to be valid.
     Mayor Giulia Ferraro, who had campaigned in favour of the merger, said she accepted the verdict and would
     step down. Advocates of the plan had maintained that a joint municipality of roughly 14,000 inhabitants
     would be eligible for extra regional funds. In Castelvero, which voted at the same time, 61% were in
     favour of merging.""",
     errors=[E("54.8%", "number", "major", "58.4 per cent"),
             E("would step down", "polarity", "critical", "would not resign")],
     traps=[T("voted down", "rejected"),
            T("comfortably exceeding the 50% quorum", "well above the 50 per cent threshold")])

case("stray dog rise", "translation", "consistent",
     """The number of stray dogs in the city of Velinesti has risen by around 40 per cent in two years, to an
     estimated 3,500, according to a survey commissioned by the city hall. Officials blame owners who abandon
     pets they can no longer afford to keep, and low rates of sterilisation. The city plans to open a second
     shelter with space for 400 animals by the end of the year and to offer free neutering for dogs belonging
     to pensioners and low-income families. Animal welfare group Paws of Hope said shelters alone would not
     solve the problem and called for stricter enforcement of the law requiring dogs to be microchipped. Fines
     for abandoning an animal range from 1,000 to 5,000 lei.""",
     """A study ordered by Velinesti city hall estimates that there are now some 3,500 stray dogs in the city,
     an increase of roughly two-fifths over two years. The authorities put this down to owners abandoning
     animals they can no longer afford, as well as to the small proportion of dogs that are sterilised. By the
     end of the year the city intends to open a second shelter able to hold 400 animals, and to provide free
     neutering for dogs owned by pensioners and families on low incomes. The animal welfare organisation Paws
     of Hope argued that shelters by themselves would not fix the problem and urged stricter enforcement of the
     obligation to microchip dogs. Anyone abandoning an animal faces a fine of between 1,000 and 5,000 lei.""",
     traps=[T("roughly two-fifths", "around 40 per cent"),
            T("put this down to", "blame"),
            T("by themselves would not fix", "alone would not solve"),
            T("between 1,000 and 5,000 lei", "from 1,000 to 5,000 lei")])

case("registry office backlog", "translation", "inconsistent",
     """The civil registry office in Saint-Aubin-sur-Loire has a backlog of more than 2,600 requests for birth,
     marriage and death certificates, with some residents waiting up to eleven weeks, the prefecture said on
     Monday. The delays follow the departure of five of the office's twelve staff since the spring and the
     failure of a new digital filing system, which was supplied by the software company Numeris. The
     prefecture has asked the regional administration to send temporary staff and said the backlog should be
     cleared by the end of March. Mayor Antoine Delorme accused Numeris of delivering an unfinished product, a
     claim the company denies. Urgent requests, such as those linked to funerals, are being prioritised.""",
     """More than 2,600 applications for birth, marriage and death certificates are piling up at the registry
     office in Saint-Aubin-sur-Loire, where some people have had to wait as long as eleven weeks, the prefecture
     stated on Monday. The backlog built up after five of the twelve employees left the office from the spring
     onwards and a new electronic filing system, provided by software firm Numeris, broke down. The regional
     administration has asked the prefecture to provide temporary workers, and the arrears should be cleared by
     the end of March, the prefecture said. Mayor Antoine Delorme blamed Numeris for supplying an unfinished
     product, an accusation the company rejects. Priority is being given to urgent cases, such as requests
     related to funerals.""",
     errors=[E("The regional administration has asked the prefecture", "role", "major",
               "The prefecture has asked the regional administration")],
     traps=[T("as long as eleven weeks", "up to eleven weeks"),
            T("five of the twelve employees left the office", "departure of five of the office's twelve staff")])

case("driving test waiting times", "translation", "consistent",
     """Learner drivers in the province of Noordveld now wait an average of 19 weeks for a practical driving
     test, almost twice as long as in 2022, the national driving examination agency CBV said on Thursday. The
     agency blamed a shortage of examiners and a surge in demand from young people who postponed lessons during
     the pandemic. It plans to recruit 60 additional examiners nationwide this year, 14 of them for Noordveld,
     and will offer tests on Saturdays at its Hemmerdam centre from next month. Driving instructors'
     association VRB warned that long waits were pushing some learners to book tests before they were ready.
     The agency said candidates who fail now wait around eight weeks for a retest.""",
     """The national driving test authority CBV reported on Thursday that in Noordveld province the average wait
     for a practical driving exam has reached 19 weeks, nearly double the figure for 2022. It attributed this to
     too few examiners and a sharp rise in applications from young people who had put off taking lessons
     during the pandemic. This year the agency aims to hire 60 extra examiners across the country, including 14
     for Noordveld, and starting next month its Hemmerdam centre will also hold tests on Saturdays. The VRB,
     which represents driving instructors, cautioned that lengthy waiting times were leading some learners to
     book the test before they were properly prepared. Those who fail currently have to wait about eight weeks
     to retake it, according to the agency.""",
     traps=[T("nearly double the figure for 2022", "almost twice as long as in 2022"),
            T("put off taking lessons", "postponed lessons"),
            T("including 14 for Noordveld", "14 of them for Noordveld"),
            T("about eight weeks", "around eight weeks")])

case("truancy fines", "translation", "inconsistent",
     """Parents in the Lesnov district were fined a total of 1.2 million koruna last school year for their
     children's unexcused absences from school, three times more than the year before, the regional education
     authority said. Authority spokeswoman Lenka Dvorakova said most fines were between 2,000 and 5,000 koruna
     and that schools were reporting absences more consistently than in the past. Child protection charity Open
     Door criticised the fines, saying they punished poor families without addressing why children stayed away
     from school. The education ministry is expected to publish national guidance on school attendance in the
     spring.""",
     """The regional education authority said parents in the Lesnov district had been fined 1.2 million koruna
     in total during the last school year over their children's unexcused absences, triple the previous year's
     sum. According to the education ministry, most of the fines ranged from 2,000 to 5,000 koruna, and schools
     were now recording absences more consistently than before. The child protection charity Open Door
     criticised the penalties, arguing that they hit poor families while ignoring the reasons children skip
     school. National guidelines on school attendance are likely to be published by the ministry in spring.""",
     errors=[E("the education ministry", "attribution", "major", "Lenka Dvorakova")],
     traps=[T("triple the previous year's sum", "three times more than the year before"),
            T("are likely to be published by the ministry", "is expected to publish")])

case("data breach at council", "translation", "consistent",
     """The municipality of Skarvik has admitted that personal data belonging to around 9,000 residents was
     exposed after an employee mistakenly sent an unencrypted spreadsheet to an external email address on 3
     October. The file contained names, addresses and national identity numbers of people who had applied for
     housing support, but no bank details, the municipality said. The error was discovered eight days later,
     and the recipient, a private contractor, has confirmed that the file was deleted. The municipality has
     reported the incident to the Data Protection Authority, which could impose a fine. Municipal director
     Henrik Solberg apologised and said all affected residents would be contacted by letter this week.""",
     """Skarvik municipality has acknowledged that the personal details of some 9,000 residents were exposed when
     a staff member accidentally emailed an unencrypted spreadsheet to an outside address on 3 October.
     According to the municipality, the file listed the names, addresses and national ID numbers of housing
     support applicants, though it did not include any bank details. The mistake came to light on 11 October,
     and the private contractor who received the file has confirmed deleting it. The case has been reported to
     the Data Protection Authority, which has the power to issue a fine. Henrik Solberg, the municipal
     director, apologised and said every resident affected would be sent a letter this week.""",
     traps=[T("some 9,000", "around 9,000"),
            T("accidentally emailed", "mistakenly sent"),
            T("on 11 October", "eight days later"),
            T("has the power to issue a fine", "could impose a fine")])

case("outsourcing contract collapse", "translation", "inconsistent",
     """The regional government of Valdeluna has taken back control of hospital cleaning services after the
     private contractor Limpiatec went into administration, leaving around 1,300 workers uncertain about their
     jobs. Regional health minister Marta Ibarra said all staff would be transferred to a new public company on
     their existing terms and that cleaning at the region's nine hospitals had continued without interruption.
     The contract, worth €48 million over four years, had been criticised by unions over low pay and staff
     shortages. The opposition has called for an inquiry into how the contract was awarded. Ibarra said the
     government might seek compensation from Limpiatec's administrators but that its priority was keeping
     hospitals clean.""",
     """Valdeluna's regional government has brought hospital cleaning back under its own control after cancelling
     its contract with the private company Limpiatec, leaving some 1,300 employees unsure whether they will
     keep their jobs. According to regional health minister Marta Ibarra, the entire workforce will move to a
     newly created public company on their current conditions, and cleaning in the region's nine hospitals has
     carried on uninterrupted. Unions had criticised the four-year, €48 million contract for low wages and
     understaffing. The opposition is demanding an investigation into how the contract was awarded. Ibarra
     said the government would seek compensation from Limpiatec's administrators, although keeping the
     hospitals clean was its priority.""",
     errors=[E("after cancelling its contract with the private company Limpiatec", "event", "major",
               "after the private contractor Limpiatec went into administration"),
             E("would seek compensation", "modality", "minor", "might seek compensation")],
     traps=[T("carried on uninterrupted", "continued without interruption"),
            T("the four-year, €48 million contract", "The contract, worth €48 million over four years")])

case("sports centre sale", "translation", "consistent",
     """The municipal council of Vila Serrana has approved the sale of the Pinhal sports centre to a private
     fitness company, FitNorte, for €3.4 million, despite protests from local clubs. The agreement requires the
     buyer to keep the swimming pool open to the public for at least 15 years and to honour existing bookings
     by schools and clubs until the end of the current season. Mayor Rui Tavares said the centre was losing
     around €600,000 a year and needed repairs costing more than €2 million. The proposal passed by seven votes
     to four. Opposition councillors said they would ask the courts to review the decision.""",
     """Vila Serrana's municipal council has voted to sell the Pinhal sports centre to FitNorte, a private gym
     operator, for €3.4m, in the face of protests by local clubs. Under the deal, the new owner must keep the
     pool open to the public for a minimum of 15 years and respect bookings already made by schools and clubs
     until this season ends. According to mayor Rui Tavares, the centre was losing some €600,000 annually and
     required over €2m worth of repairs. The motion was carried 7-4. Councillors from the opposition said they
     would seek a judicial review of the decision.""",
     traps=[T("for a minimum of 15 years", "for at least 15 years"),
            T("some €600,000 annually", "around €600,000 a year"),
            T("over €2m worth of repairs", "repairs costing more than €2 million"),
            T("carried 7-4", "passed by seven votes to four")])

case("cycle hire scheme", "translation", "inconsistent",
     """The city of Lindenau will launch a public bike hire scheme in May with 600 bicycles, a third of them
     electric, at 75 docking stations, the transport department announced on Wednesday. The scheme will be run
     by the operator RadWerk under a six-year contract, with the city contributing €1.9 million a year. Rides
     of up to 30 minutes will be free for holders of the city's public transport season ticket. Transport
     councillor Jonas Brandt said the aim was to cut short car journeys in the city centre. A similar scheme in
     neighbouring Kessau, run by a different operator, was withdrawn in 2021 after bikes were repeatedly
     vandalised.""",
     """On Wednesday, Lindenau's transport department announced that a public bicycle rental system will start in
     the city in May, offering 600 bikes, 200 of them e-bikes, at 75 docking stations. RadWerk will operate the
     scheme under a contract running for six years, and the city will pay €1.9m per year towards it. Holders of
     a season ticket for the city's public transport will be able to ride for up to half an hour at no cost.
     According to transport councillor Jonas Brandt, the goal is to reduce short car trips in the city centre.
     A comparable system operated by RadWerk in neighbouring Kessau was scrapped in 2021 after the bikes were
     repeatedly vandalised.""",
     errors=[E("RadWerk", "entity", "major", "a different operator", occ=1)],
     traps=[T("200 of them e-bikes", "a third of them electric"),
            T("ride for up to half an hour at no cost", "Rides of up to 30 minutes will be free"),
            T("€1.9m per year", "€1.9 million a year")])

# ---------------------------------------------------------------- build and validate

def nth_find(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return len(s.split())


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def boundary_ok(text, start, end):
    """Span [start, end) must not cut a word at either edge."""
    if start > 0 and start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        return False
    if end > 0 and end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        return False
    return True


def build():
    records = []
    for i, c in enumerate(CASES, 1):
        rid = "s%d-%03d" % (N, i)
        ref, cand = c["reference"], c["candidate"]
        errors, traps, spans = [], [], []
        for e in c["errors"]:
            if e["type"] == "omission":
                anchor = e["after"] if e["after"] is not None else e["before"]
                check(anchor is not None, "%s: omission needs an anchor" % rid)
                anchor = " ".join(anchor.split())
                p = nth_find(cand, anchor, e["occ"])
                check(p >= 0, "%s: omission anchor not found: %r" % (rid, anchor))
                start = end = p + len(anchor) if e["after"] is not None else p
                text = ""
            else:
                text = " ".join(e["text"].split())
                start = nth_find(cand, text, e["occ"])
                check(start >= 0, "%s: error text not found: %r" % (rid, text))
                end = start + len(text)
            ref_text = None if e["ref"] is None else " ".join(e["ref"].split())
            errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                           "severity": e["severity"], "ref_text": ref_text})
        for t in c["traps"]:
            text = " ".join(t["text"].split())
            start = nth_find(cand, text, t["occ"])
            check(start >= 0, "%s: trap text not found: %r" % (rid, text))
            traps.append({"start": start, "end": start + len(text), "text": text,
                          "ref_text": " ".join(t["ref"].split())})
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})
    return records


def validate(records):
    check(len(records) == 40, "expected 40 records, got %d" % len(records))
    check(sorted(r["domain"] for r in records) == sorted(DOMAINS), "domains must be the 40 given, once each")
    check(len(set(r["id"] for r in records)) == 40, "duplicate ids")
    combo = {}
    type_counts = {t: 0 for t in ERROR_TYPES}
    for r in records:
        rid, ref, cand, mode, label = r["id"], r["reference"], r["candidate"], r["mode"], r["label"]
        check(mode in ("rewrite", "summary", "translation"), "%s: bad mode" % rid)
        check(label in ("consistent", "inconsistent"), "%s: bad label" % rid)
        combo[(mode, label)] = combo.get((mode, label), 0) + 1
        check(70 <= words(ref) <= 190, "%s: reference has %d words" % (rid, words(ref)))
        check(ref != cand, "%s: candidate identical to reference" % rid)
        if mode == "summary":
            check(len(cand) < len(ref) and words(cand) < words(ref), "%s: summary not shorter" % rid)
        if label == "consistent":
            check(not r["errors"], "%s: consistent pair with errors" % rid)
            check(3 <= len(r["traps"]) <= 5, "%s: consistent pair needs 3-5 traps" % rid)
        else:
            check(1 <= len(r["errors"]) <= 3, "%s: inconsistent pair needs errors" % rid)
            check(len(r["traps"]) <= 3, "%s: inconsistent pair has >3 traps" % rid)
        spans = []
        for e in r["errors"]:
            s, t, typ = e["start"], e["end"], e["type"]
            check(typ in ERROR_TYPES, "%s: bad type %r" % (rid, typ))
            check(e["severity"] in SEVERITIES, "%s: bad severity" % rid)
            type_counts[typ] += 1
            check(cand[s:t] == e["text"], "%s: error text/offset mismatch" % rid)
            check(boundary_ok(cand, s, t), "%s: error span cuts a word: %r" % (rid, e["text"]))
            if typ == "omission":
                check(mode != "summary", "%s: omission in a summary" % rid)
                check(s == t and e["text"] == "", "%s: omission must be empty" % rid)
                check(e["ref_text"] and e["ref_text"] in ref, "%s: omission ref_text not in reference" % rid)
                check(e["ref_text"].lower() not in cand.lower(), "%s: omitted words present in candidate" % rid)
            else:
                check(t > s and e["text"] == e["text"].strip(), "%s: bad error span" % rid)
                if typ in ("addition", "repetition"):
                    check(e["ref_text"] is None, "%s: %s must have null ref_text" % (rid, typ))
                    if typ == "repetition":
                        check(e["text"] in cand[:s], "%s: repetition has no earlier copy" % rid)
                    else:
                        check(e["text"] not in ref, "%s: addition text occurs in reference" % rid)
                else:
                    check(e["ref_text"] is not None and e["ref_text"] in ref,
                          "%s: error ref_text not in reference: %r" % (rid, e["ref_text"]))
                    check(e["ref_text"] != e["text"], "%s: error text equals ref_text" % rid)
            spans.append((s, t, "error"))
        for tr in r["traps"]:
            s, t = tr["start"], tr["end"]
            check(cand[s:t] == tr["text"] and t > s, "%s: trap text/offset mismatch" % rid)
            check(tr["text"] == tr["text"].strip(), "%s: trap has edge spaces" % rid)
            check(boundary_ok(cand, s, t), "%s: trap span cuts a word: %r" % (rid, tr["text"]))
            check(tr["ref_text"] in ref, "%s: trap ref_text not in reference: %r" % (rid, tr["ref_text"]))
            check(tr["ref_text"] != tr["text"], "%s: trap identical to reference wording" % rid)
            spans.append((s, t, "trap"))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if a[0] == a[1] or b[0] == b[1]:      # zero-width omission: only forbid lying strictly inside
                z, o = (a, b) if a[0] == a[1] else (b, a)
                check(not (o[0] < z[0] < o[1]), "%s: omission point inside another span" % rid)
            else:
                check(a[1] <= b[0], "%s: overlapping spans %r %r" % (rid, a, b))
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for label in ("consistent", "inconsistent"):
            check(combo.get((mode, label), 0) == n, "composition %s/%s = %d, want %d"
                  % (mode, label, combo.get((mode, label), 0), n))
    check(sum(type_counts.values()) == 30, "expected 30 errors, got %d" % sum(type_counts.values()))
    for t, n in type_counts.items():
        check(n >= 2, "error type %s has only %d" % (t, n))
    return combo, type_counts


def main():
    records = build()
    try:
        combo, type_counts = validate(records)
    except Invalid as exc:
        print("INVALID:", exc)
        return 1
    print("valid: %d records" % len(records))
    for (mode, label), n in sorted(combo.items()):
        print("  %-12s %-13s %d" % (mode, label, n))
    print("  errors by type:", ", ".join("%s %d" % kv for kv in type_counts.items()))
    sev = {}
    for r in records:
        for e in r["errors"]:
            sev[e["severity"]] = sev.get(e["severity"], 0) + 1
    print("  errors by severity:", sev)
    print("  traps:", sum(len(r["traps"]) for r in records))
    if "--check" in sys.argv[1:]:
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
