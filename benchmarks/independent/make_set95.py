#!/usr/bin/env python3
"""Held-out evaluation set 95 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw
no code or data of the project, working only from a short written brief. All
people, companies, organisations, places and figures are invented (real
countries appear only as background). Character offsets are never typed by
hand: they are computed here by string search (with an occurrence index where a
quoted text repeats), and every record is validated before anything is written.

Composition (checked by validate()):
  40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
  Modes: 20 rewrite, 10 summary, 10 translation (half of each mode consistent).
  30 errors over 11 types: entity 3, number 4, date 3, role 2, polarity 3,
  modality 3, attribution 3, event 3, omission 2, addition 2, repetition 2.
  Inconsistent pairs: 10 with one error, 10 with two errors.
  Consistent pairs carry 3-5 traps each, inconsistent pairs 0-3.
  Severities: minor 5, major 19, critical 6. Traps: 130 (89 in consistent
  pairs, 41 in inconsistent pairs).
  References are 70-190 words; summaries are shorter than their reference.

Usage:
  python3 make_set95.py           validate and write set95.jsonl next to this file
  python3 make_set95.py --check   validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set95.jsonl")
PREFIX = "s95"

DOMAINS = [
    "new town masterplan approval", "supermarket price freeze pledge",
    "probation service reform", "tram extension funding",
    "ambulance response times", "building society merger",
    "insulation programme audit", "trade union ballot result",
    "bridge weight restriction", "nurses pay offer vote",
    "charity regulator inquiry", "air ambulance charity appeal",
    "municipal bond rating downgrade", "rail ticket price cap",
    "ferry operator fine", "school bus driver shortage",
    "civil service relocation", "wildlife reserve extension",
    "consumer confidence index", "rail strike talks",
    "heritage railway restoration", "shipyard order book",
    "tourist visitor levy", "exam grading appeals", "castle repair funding",
    "tidal power feasibility study", "mobile mast planning row",
    "army housing repairs", "electoral boundary review", "teacher pay award",
    "fire station closure plan", "fishing quota allocation",
    "football stadium safety certificate", "toll bridge price rise",
    "speed camera installation", "newspaper print plant closure",
    "tree felling dispute", "airport night flight quota",
    "council leader resignation", "zoo animal transfer",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def norm(s):
    """Collapse the whitespace of a triple-quoted text into single spaces."""
    return " ".join(s.split())


def E(text, etype, severity, ref=None, occ=0, after=None, before=None):
    """An error. For an omission give text="" and an anchor: after= (the gap
    is at the end of that text) or before= (at its start); occ then counts
    occurrences of the anchor. Otherwise occ counts occurrences of text."""
    return {"text": text, "type": etype, "severity": severity, "ref": ref,
            "occ": occ, "after": after, "before": before}


def T(text, ref, occ=0):
    """A trap: faithful rewording of the reference wording `ref`."""
    return {"text": text, "ref": ref, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": norm(reference), "candidate": norm(candidate),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Rewrites, part 1 (pairs 1-10)
# ---------------------------------------------------------------------------

case("new town masterplan approval", "rewrite", "consistent",
'''The Harwick District Council planning committee on Thursday approved the
masterplan for Eastmoor, a new town of up to 6,500 homes on former farmland
north of the A-road corridor. Councillors voted nine to four in favour after a
four-hour meeting. The plan sets aside 30 per cent of the homes as affordable
housing and includes two primary schools, a secondary school and a health
centre. Developer Corland Estates said the first 400 homes could be occupied by
2028, subject to the completion of a new junction. Objectors, led by the
Eastmoor Villages Alliance, argued that the roads could not cope with the extra
traffic. The alliance said it was considering a legal challenge.''',
'''Plans for Eastmoor, a new town of as many as 6,500 homes on former farmland
north of the A-road corridor, were approved on Thursday by Harwick District
Council's planning committee. The vote, taken after a meeting lasting four
hours, was nine to four in favour. Three in ten of the homes are set aside as
affordable housing, and the scheme includes two primary schools, a secondary
school and a health centre. According to developer Corland Estates, the first
400 homes could be occupied by 2028, provided a new junction is completed.
Objectors, led by the Eastmoor Villages Alliance, argued that the roads could
not cope with the additional traffic, and the alliance said it was considering
a legal challenge.''',
traps=[
    T("as many as 6,500 homes", "up to 6,500 homes"),
    T("a meeting lasting four hours", "a four-hour meeting"),
    T("Three in ten of the homes", "30 per cent of the homes"),
    T("provided a new junction is completed",
      "subject to the completion of a new junction"),
])

case("supermarket price freeze pledge", "rewrite", "inconsistent",
'''Grovesend, the country's third-largest supermarket chain, said on Monday it
would aim to hold the price of 250 everyday products until the end of
September. The chain said the freeze would cover items such as bread, milk,
pasta and nappies, and would cost it an estimated £40m. Chief executive
Marianne Tolley said the company could not rule out increases on other lines if
supplier costs continued to rise. Consumer group ShopFair welcomed the move but
said shoppers should check whether pack sizes had been reduced. Grovesend's
sales rose 3.1 per cent in the 12 weeks to mid-June, according to industry
figures.''',
'''Grovesend, the country's second-largest supermarket chain, will hold the
price of 250 everyday products until the end of September, it announced on
Monday. Bread, milk, pasta and nappies are among the items covered by the
freeze, which the chain estimates will cost it £40m. Chief executive Marianne
Tolley said price rises on other lines could not be ruled out if supplier costs
kept climbing. Consumer group ShopFair welcomed the move but advised shoppers to
check whether pack sizes had shrunk. According to industry figures, Grovesend's
sales rose 3.1 per cent in the 12 weeks to mid-June.''',
errors=[
    E("second-largest", "number", "minor", ref="third-largest"),
    E("will hold", "modality", "major", ref="would aim to hold"),
],
traps=[
    T("which the chain estimates will cost it £40m",
      "would cost it an estimated £40m"),
    T("price rises on other lines could not be ruled out",
      "could not rule out increases on other lines"),
])

case("probation service reform", "rewrite", "consistent",
'''The justice ministry will bring the supervision of low- and medium-risk
offenders back into the public sector from April next year, ending contracts
with three private providers. Justice minister Colin Ashdown told parliament on
Wednesday that the change would affect about 150,000 people on probation. He
said the reform would cost £120m over five years but would improve oversight. A
report by the chief inspector of probation last year found that half of the
privately run areas were rated inadequate. The Probation Officers' Guild, which
represents staff, said it welcomed the decision but warned that staff
shortages, estimated at 1,400 posts, had to be addressed first.''',
'''From April next year, the supervision of offenders judged to pose a low or
medium risk will be brought back in-house, the justice ministry has announced,
ending the contracts of three private providers. Addressing parliament on
Wednesday, justice minister Colin Ashdown said roughly 150,000 people on
probation would be affected. The reform would cost £120m over five years, he
said, but would improve oversight. Last year the chief inspector of probation
reported that half of the areas run privately had been rated inadequate. The
Probation Officers' Guild, which represents staff, welcomed the decision but
warned that staff shortages, put at 1,400 posts, needed to be tackled first.''',
traps=[
    T("offenders judged to pose a low or medium risk",
      "low- and medium-risk offenders"),
    T("brought back in-house", "back into the public sector"),
    T("roughly 150,000 people", "about 150,000 people"),
    T("put at 1,400 posts", "estimated at 1,400 posts"),
])

case("tram extension funding", "rewrite", "inconsistent",
'''The regional transport authority has agreed to lend £85m to Brackley City
Council to complete the eastern extension of the city's tram network, officials
confirmed on Friday. The 4.2-mile line will link the city centre with the
Saltmarsh business park and is due to open in spring 2027. The loan, repayable
over 30 years, covers a funding gap that emerged after construction costs rose
by almost a fifth. Council leader Priya Okafor said the extension would carry
an estimated 9,000 passengers a day. Opposition councillors questioned whether
fare revenue would be enough to service the debt.''',
'''Brackley City Council has agreed to lend £85m to the regional transport
authority so that the eastern extension of the city's tram network can be
completed, officials confirmed on Friday. Running for 4.2 miles between the
city centre and the Saltmarsh business park, the line is scheduled to open in
spring 2027. The loan, to be repaid over three decades, plugs a funding gap
that opened up when construction costs climbed by nearly 20 per cent. Council
leader Priya Okafor said an estimated 9,000 passengers a day would use the
extension. Opposition councillors questioned whether fare income would be
enough to cover the debt payments.''',
errors=[
    E("Brackley City Council has agreed to lend £85m to the regional transport authority",
      "role", "critical",
      ref="regional transport authority has agreed to lend £85m to Brackley City Council"),
],
traps=[
    T("to be repaid over three decades", "repayable over 30 years"),
    T("nearly 20 per cent", "almost a fifth"),
])

case("ambulance response times", "rewrite", "consistent",
'''Ambulances in the Northvale region took an average of 47 minutes to reach
patients with suspected heart attacks and strokes in January, more than double
the 18-minute target, figures published on Thursday show. The Northvale
Ambulance Service said demand had risen by 12 per cent compared with the same
month last year, while handover delays at hospitals meant crews were waiting
outside emergency departments for up to six hours. Its chief executive, Dr
Helen Marsh, said the figures were "not acceptable" and that 60 extra
paramedics would start work by the summer. The regional health board said it
expected response times to improve in the spring.''',
'''Patients with suspected heart attacks and strokes in the Northvale region
waited on average 47 minutes for an ambulance in January, over twice the target
of 18 minutes, according to figures released on Thursday. Demand was up 12 per
cent on January last year, the Northvale Ambulance Service said, and delays in
handing patients over at hospitals left crews queuing outside emergency
departments for as long as six hours. Dr Helen Marsh, the service's chief
executive, described the figures as "not acceptable", adding that 60 additional
paramedics would start work by the summer. The regional health board said it
expected response times to get better in the spring.''',
traps=[
    T("over twice the target of 18 minutes", "more than double the 18-minute target"),
    T("up 12 per cent on January last year",
      "risen by 12 per cent compared with the same month last year"),
    T("for as long as six hours", "for up to six hours"),
    T("60 additional paramedics", "60 extra paramedics"),
])

case("building society merger", "rewrite", "inconsistent",
'''Fenwright Building Society is to be taken over by Castlegate Mutual in a deal
that will create a lender with £14bn of assets and 1.1 million members. The
boards of both societies have recommended the merger, which still requires
approval by Fenwright members at a special meeting in November and by the
regulator. Castlegate said none of Fenwright's 32 branches would close for at
least three years and that there would be no compulsory redundancies. Fenwright
chief executive Gareth Pryce said the combined group would be able to invest
more in digital services. Members will not receive a windfall payment, as the
deal is a merger of two mutuals.''',
'''Fenwright Building Society is to take over Castlegate Mutual in a deal that
will create a lender with assets of £14bn and 1.1 million members. Both boards
have recommended the merger, which must still be approved by the regulator and
by Fenwright members at a special meeting in November. Castlegate said none of
Fenwright's 32 branches would close, and ruled out compulsory redundancies. The
combined group would be able to invest more in digital services, according to
Fenwright chief executive Gareth Pryce. Because the deal is a merger of two
mutuals, members will not receive a windfall payment.''',
errors=[
    E("Fenwright Building Society is to take over Castlegate Mutual", "role",
      "critical",
      ref="Fenwright Building Society is to be taken over by Castlegate Mutual"),
    E("", "omission", "major", ref="for at least three years",
      after="branches would close"),
],
traps=[
    T("assets of £14bn", "£14bn of assets"),
    T("ruled out compulsory redundancies",
      "there would be no compulsory redundancies"),
])

case("insulation programme audit", "rewrite", "consistent",
'''A government-funded scheme to insulate low-income homes delivered barely half
of the upgrades it promised, the National Audit Board said in a report
published on Tuesday. Of the 210,000 homes targeted by March, only 112,000 had
been fitted with loft or wall insulation. The board found that one in six
installations it inspected had defects, including gaps that could cause damp.
The Department for Energy and Housing said it accepted the findings and had
already tightened checks on installers. The report recommended that the
department recover money from firms whose work was substandard. The scheme has
cost £640m so far.''',
'''Only 112,000 of the 210,000 low-income homes that a government-funded
insulation scheme aimed to upgrade by March have had loft or wall insulation
fitted, barely half the promised total, according to a National Audit Board
report released on Tuesday. One in every six installations the board inspected
was defective, with problems including gaps that could lead to damp. The
Department for Energy and Housing said it accepted the report's conclusions and
had already introduced tighter checks on installers. The board recommended that
the department claw back money from firms that had carried out substandard
work. So far the scheme has cost £640m.''',
traps=[
    T("barely half the promised total", "barely half of the upgrades it promised"),
    T("One in every six installations", "one in six installations"),
    T("accepted the report's conclusions", "accepted the findings"),
    T("introduced tighter checks on installers", "tightened checks on installers"),
    T("claw back money", "recover money"),
])

case("trade union ballot result", "rewrite", "inconsistent",
'''Members of the Allied Logistics Union at Pembury Freight have voted to accept
a two-year pay deal, ending a dispute that had threatened deliveries in the
run-up to Christmas. The union said 71 per cent of those voting backed the offer
on a turnout of 64 per cent. The deal gives warehouse staff a 5.5 per cent rise
this year and 4 per cent next year, along with an extra day of annual leave.
Regional organiser Dawn Fellowes said members had "won a fair deal through
standing together". Pembury Freight said it was pleased that the dispute had
been resolved and that it could now focus on the busy season.''',
'''Allied Logistics Union members at Pembury Freight have accepted a two-year pay
deal, bringing to an end a dispute that had put pre-Christmas deliveries at
risk. According to the company, 71 per cent of those voting backed the offer, on
a turnout of 64 per cent. Warehouse staff will receive a 5.5 per cent rise in
each of the two years, plus an additional day of annual leave. Members had "won
a fair deal through standing together", said regional organiser Dawn Fellowes.
Pembury Freight said it was pleased the dispute was over and that it could now
concentrate on the busy season.''',
errors=[
    E("According to the company", "attribution", "major", ref="The union said"),
    E("5.5 per cent rise in each of the two years", "number", "major",
      ref="5.5 per cent rise this year and 4 per cent next year"),
],
traps=[
    T("put pre-Christmas deliveries at risk",
      "threatened deliveries in the run-up to Christmas"),
    T("an additional day of annual leave", "an extra day of annual leave"),
])

case("bridge weight restriction", "rewrite", "consistent",
'''A 7.5-tonne weight limit will be imposed on the Millbrook Bridge from 3 June
after an inspection found corrosion in two of its steel supports, Tarnside
County Council said. Buses and emergency vehicles will be exempt. Heavy goods
vehicles will face a diversion of about 11 miles via the Kelby bypass. The
council said the restriction would remain in place for at least 18 months while
it drew up plans for repairs, which are expected to cost between £6m and £8m.
Local hauliers said the diversion would add up to 40 minutes to some journeys.
The 1930s bridge carries around 14,000 vehicles a day.''',
'''Tarnside County Council said a weight limit of 7.5 tonnes would apply to the
Millbrook Bridge from 3 June, after corrosion was found in two of its steel
supports during an inspection. Emergency vehicles and buses will not be
affected by the limit. Lorries will instead have to take a detour of roughly 11
miles using the Kelby bypass. The restriction will stay for a minimum of 18
months while repairs, likely to cost £6m-£8m, are planned, the council said.
According to local hauliers, the diversion would make some journeys as much as
40 minutes longer. Around 14,000 vehicles a day use the bridge, which dates
from the 1930s.''',
traps=[
    T("will not be affected by the limit", "will be exempt"),
    T("Lorries", "Heavy goods vehicles"),
    T("a minimum of 18 months", "at least 18 months"),
    T("likely to cost £6m-£8m", "expected to cost between £6m and £8m"),
    T("which dates from the 1930s", "The 1930s bridge"),
])

case("nurses pay offer vote", "rewrite", "inconsistent",
'''Nurses belonging to the Federation of Nursing Staff have rejected the
government's pay offer of 4.5 per cent, the union announced on Tuesday evening.
Of the 88,000 members who took part in the consultative vote, 58 per cent voted
against the offer. The union's general secretary, Ruth Abernathy, said the
result was "a clear message" but that the union was not yet calling for
industrial action. Ministers had described the offer as final. The health
department said it was disappointed and that it had no plans to reopen
negotiations. A formal strike ballot could be held in the new year if talks do
not resume.''',
'''The Federation of Nursing Staff announced on Tuesday evening that its nurse
members had turned down the government's 4.5 per cent pay offer. In the
consultative vote, in which 88,000 members took part, 58 per cent opposed the
offer. General secretary Ruth Abernathy said the result sent "a clear message"
and that the union was now calling for industrial action. The offer had been
described by ministers as final. Expressing disappointment, the health
department said it had no plans to reopen negotiations. If talks do not resume,
a formal strike ballot could take place in the new year.''',
errors=[
    E("was now calling for industrial action", "polarity", "critical",
      ref="was not yet calling for industrial action"),
],
traps=[
    T("turned down", "rejected"),
    T("58 per cent opposed the offer", "58 per cent voted against the offer"),
])

# ---------------------------------------------------------------------------
# Rewrites, part 2 (pairs 11-20)
# ---------------------------------------------------------------------------

case("charity regulator inquiry", "rewrite", "consistent",
'''The Charities Oversight Commission has opened a statutory inquiry into the
Hollins Children's Trust after concerns were raised about how the charity spent
£2.3m raised through a televised appeal in 2022. The regulator said it had
frozen the trust's bank accounts as a temporary measure and appointed an
interim manager. It stressed that opening an inquiry did not mean wrongdoing had
been found. The trust, based in Carrow, funds play schemes for children in
hospital. Its chair, Nigel Ferris, said trustees would cooperate fully. The
commission expects to publish its findings within 12 months.''',
'''A statutory inquiry into the Hollins Children's Trust has been opened by the
Charities Oversight Commission, following concerns over the way the charity
spent £2.3m raised by a televised appeal in 2022. As a temporary step, the
regulator said, it has frozen the trust's bank accounts and appointed an interim
manager. The commission emphasised that the opening of an inquiry was not a
finding of wrongdoing. Based in Carrow, the trust funds play schemes for
children in hospital. Trustees would give their full cooperation, said its
chair, Nigel Ferris. The commission expects to publish its findings within a
year.''',
traps=[
    T("As a temporary step", "as a temporary measure"),
    T("was not a finding of wrongdoing", "did not mean wrongdoing had been found"),
    T("would give their full cooperation", "would cooperate fully"),
    T("within a year", "within 12 months"),
])

case("air ambulance charity appeal", "rewrite", "inconsistent",
'''The Westmarch Air Ambulance has launched a £3m appeal to replace its ageing
helicopter, which has been in service since 2011. The charity, which receives
no direct government funding, flew 1,240 missions last year, a record. Chief
executive Simon Reyes said the new aircraft would be able to fly at night,
allowing crews to reach patients after dark for the first time. The appeal will
run until the end of March 2026, and the charity hopes the new helicopter will
enter service later that year. Donations can be made online or at any of the
charity's 18 shops.''',
'''A £3m appeal has been launched by the Westmarch Air Ambulance to replace its
ageing helicopter, in service since 2011. Last year the charity, which gets no
direct funding from the government, flew a record 1,240 missions, up from 1,050
the year before. The new aircraft will be capable of flying at night, meaning
crews will be able to reach patients after dark for the first time, said chief
executive Simon Reyes. The appeal runs until the end of March 2026, and the
charity hopes the new helicopter will enter service the following year. People
can donate online or at any of the charity's 18 shops.''',
errors=[
    E("up from 1,050 the year before", "addition", "major"),
    E("the following year", "date", "major", ref="later that year"),
],
traps=[
    T("gets no direct funding from the government",
      "receives no direct government funding"),
    T("capable of flying at night", "able to fly at night"),
])

case("municipal bond rating downgrade", "rewrite", "consistent",
'''Credit rating agency Halden Ratings has cut the long-term rating of Port
Avery's municipal bonds by one notch, from A+ to A, citing rising pension
liabilities and a shrinking tax base. The city has about $2.4bn of bonds
outstanding. The agency said the outlook remained negative, meaning a further
downgrade was possible within the next two years. Mayor Lucinda Brandt said the
decision did not reflect the city's recent efforts to balance its budget and
that she expected borrowing costs to rise only slightly. Halden said pension
obligations now absorb 14 cents of every dollar the city spends.''',
'''Halden Ratings has lowered its long-term rating on Port Avery's municipal
bonds by one notch to A, from A+, with the credit rating agency pointing to
growing pension liabilities and a shrinking tax base. Roughly $2.4 billion of
the city's bonds are outstanding. Because the outlook is still negative, the
agency said, the rating could be cut again within the next two years. According
to Mayor Lucinda Brandt, the decision failed to reflect the city's recent
efforts to balance its budget, and she expected only a modest rise in borrowing
costs. Pension obligations now take up 14 per cent of the city's spending,
Halden said.''',
traps=[
    T("to A, from A+", "from A+ to A"),
    T("Roughly $2.4 billion", "about $2.4bn"),
    T("only a modest rise in borrowing costs", "borrowing costs to rise only slightly"),
    T("14 per cent of the city's spending", "14 cents of every dollar the city spends"),
])

case("rail ticket price cap", "rewrite", "inconsistent",
'''Regulated rail fares will rise by no more than 3.2 per cent in January, the
transport secretary, Alan Whitcombe, announced on Wednesday, below July's
inflation figure of 4.6 per cent. The cap covers season tickets on most
commuter routes and off-peak return fares on longer journeys, which together
account for about 45 per cent of all tickets sold. Operators will be free to
set unregulated fares, such as advance tickets. Passenger group RailWatch said
the cap was welcome but that fares had risen by 38 per cent over the past
decade. The fares increase will take effect on 2 January.''',
'''Transport secretary Alan Whitcombe announced on Wednesday that regulated rail
fares would go up by at most 3.2 per cent in January, 1.4 percentage points
below July's inflation rate. Season tickets on most commuter routes and
off-peak returns on longer journeys are covered by the cap, and between them
they make up roughly two-thirds of all tickets sold. Unregulated fares, such as
advance tickets, will be left for operators to set. RailWatch, the passenger
group, welcomed the cap but pointed out that fares had climbed by 38 per cent
over the last ten years. The increase comes into force on 2 January.''',
errors=[
    E("roughly two-thirds", "number", "major", ref="about 45 per cent"),
],
traps=[
    T("at most 3.2 per cent", "no more than 3.2 per cent"),
    T("1.4 percentage points below July's inflation rate",
      "below July's inflation figure of 4.6 per cent"),
    T("over the last ten years", "over the past decade"),
])

case("ferry operator fine", "rewrite", "consistent",
'''Ferry operator Skerry Line has been fined £1.8m after a crew member was
seriously injured when a loading ramp collapsed at Dunmore harbour in August
2023. The company pleaded guilty at Kelsall Crown Court to failing to ensure the
safety of its employees. The court heard that the ramp's hydraulic system had
not been inspected for 14 months, despite manufacturer guidance that it be
checked every six months. The worker, a 34-year-old deckhand, suffered a
fractured spine. Skerry Line was also ordered to pay costs of £96,000. In a
statement, the company said it had since replaced the ramp and overhauled its
maintenance procedures.''',
'''Skerry Line, the ferry operator, must pay a £1.8m fine and £96,000 in costs
after a loading ramp collapsed at Dunmore harbour in August 2023, leaving a crew
member seriously injured. At Kelsall Crown Court the company admitted failing to
ensure the safety of its employees. The court was told that the ramp's
hydraulic system had gone 14 months without an inspection, although the
manufacturer's guidance called for checks twice a year. The injured worker, a
deckhand aged 34, suffered a fractured spine. The company said in a statement
that it had since replaced the ramp and overhauled its maintenance
procedures.''',
traps=[
    T("admitted", "pleaded guilty"),
    T("gone 14 months without an inspection", "not been inspected for 14 months"),
    T("checks twice a year", "checked every six months"),
    T("a deckhand aged 34", "a 34-year-old deckhand"),
])

case("school bus driver shortage", "rewrite", "inconsistent",
'''About 600 pupils from Kirkby Moor and other rural parts of Ashcombe have been
left without school transport since the start of term because of a shortage of
bus drivers, Ashcombe County Council has said. Contractor Redline Coaches told
the council last week that it could no longer run 14 of its 40 school routes. At
Hawley Grange School, the worst affected, a third of pupils missed lessons on
Monday. The council has offered parents a mileage allowance of 45p a mile while
it seeks replacement operators. Cabinet member for education Joanne Pettit said
the situation was "deeply frustrating" and that she hoped most routes would be
restored within three weeks. Redline blamed low pay across the industry and
delays in licensing new drivers.''',
'''A shortage of bus drivers has left about 600 pupils from Kirkby Moor and other
rural parts of Ashcombe with no school transport since term started, according
to Ashcombe County Council. Last week contractor Redline Coaches informed the
council that it could no longer run 14 of its 40 school routes. One in three
pupils at Kirkby Grange School, the worst hit, missed lessons on Monday. While
it looks for replacement operators, the council is offering parents a mileage
allowance of 45p a mile. Joanne Pettit, cabinet member for education, called the
situation "deeply frustrating" and said she hoped most routes would be put out
to tender again within three weeks. Redline blamed industry-wide low pay and
delays in licensing new drivers.''',
errors=[
    E("Kirkby Grange School", "entity", "minor", ref="Hawley Grange School"),
    E("put out to tender again", "event", "major", ref="restored"),
],
traps=[
    T("One in three pupils", "a third of pupils"),
    T("industry-wide low pay", "low pay across the industry"),
])

case("civil service relocation", "rewrite", "consistent",
'''The government is to move 2,200 civil service jobs from the capital to the
northern city of Carrickfield by 2030, the efficiency minister, Fiona Dale,
announced on Monday. The roles, mainly in the tax and pensions departments,
will be based in a new government hub on the site of a former textile mill.
Ministers say the relocation will save £45m a year in office costs. No staff
will be required to move against their will, and vacancies in the capital will
not be filled as people leave. The Public Service Staff Association said it had
not been consulted and feared the loss of experienced staff.''',
'''By 2030, 2,200 civil service posts will have been moved out of the capital to
Carrickfield, a city in the north, efficiency minister Fiona Dale said on
Monday. Most of the jobs are in the tax and pensions departments and will be
housed in a new government hub on a former textile mill site. According to
ministers, the move will cut office costs by £45m annually. Nobody will be
forced to relocate, and posts in the capital will be left vacant as staff
leave. The Public Service Staff Association complained that it had not been
consulted and said it feared experienced staff would be lost.''',
traps=[
    T("Carrickfield, a city in the north", "the northern city of Carrickfield"),
    T("Most of the jobs", "mainly"),
    T("£45m annually", "£45m a year"),
    T("Nobody will be forced to relocate",
      "No staff will be required to move against their will"),
    T("left vacant", "not be filled"),
])

case("wildlife reserve extension", "rewrite", "inconsistent",
'''The Fenland Wildlife Partnership has bought 340 hectares of farmland next to
its Orwell Marsh reserve, more than doubling the protected area. The land will
be gradually returned to wet grassland and reedbed over the next decade. The
partnership said the extension could eventually support up to 40 pairs of
breeding bitterns, a species that was almost lost from the region in the 1990s.
The £5.6m purchase was funded largely by a legacy from a local farmer, with the
rest raised through a public appeal. Public access to the new land is expected
to begin in 2027, once paths and hides have been built.''',
'''By buying 340 hectares of farmland alongside its Orwell Marsh reserve, the
Fenland Wildlife Partnership has more than doubled the area under protection.
Over the coming ten years the land will gradually be turned back into wet
grassland and reedbed. According to the partnership, the extension will
eventually support up to 40 pairs of breeding bitterns, a bird that all but
disappeared from the region in the 1990s. Most of the £5.6m cost came from a
local farmer's legacy, and the remainder from a public appeal. The public is
expected to be able to visit the new land from 2027, once paths and hides have
been built.''',
errors=[
    E("will eventually support", "modality", "major",
      ref="could eventually support"),
],
traps=[
    T("Over the coming ten years", "over the next decade"),
    T("all but disappeared from the region", "almost lost from the region"),
    T("Most of the £5.6m cost came from a local farmer's legacy",
      "funded largely by a legacy from a local farmer"),
])

case("consumer confidence index", "rewrite", "consistent",
'''Consumer confidence fell for a third consecutive month in October, according
to the monthly survey by research firm Pellam Insight. The headline index
dropped four points to minus 27, its lowest level since March. Households were
most pessimistic about the general economic outlook for the next 12 months,
while a measure of people's willingness to make major purchases was unchanged.
Pellam's director of consumer research, Anita Rowe, said rising energy bills and
uncertainty over interest rates were weighing on sentiment. The survey of 2,000
adults was carried out between 1 and 14 October.''',
'''October saw consumer confidence decline for the third month running, research
firm Pellam Insight's monthly survey shows. A four-point fall took the headline
index to -27, the lowest reading since March. The general economic outlook over
the coming year was the area of greatest pessimism among households, whereas a
gauge of willingness to make major purchases held steady. Anita Rowe, Pellam's
director of consumer research, said sentiment was being weighed down by rising
energy bills and uncertainty over interest rates. A total of 2,000 adults were
questioned during the first fortnight of October.''',
traps=[
    T("for the third month running", "for a third consecutive month"),
    T("-27", "minus 27"),
    T("over the coming year", "for the next 12 months"),
    T("held steady", "was unchanged"),
    T("during the first fortnight of October", "between 1 and 14 October"),
])

case("rail strike talks", "rewrite", "inconsistent",
'''Talks aimed at averting a 48-hour strike on the Eastern Coastal rail network
broke up without agreement on Thursday night, the Rail and Transport Workers'
Union said. The walkout by about 3,000 signallers and maintenance staff is due
to begin at 6am on Monday 14 October. Network operator Coastline Rail said it
had offered a 4 per cent pay rise, conditional on changes to rostering. The
union's general secretary, Declan Moss, said members would not accept "pay for
productivity strings". Further talks are scheduled for Saturday, and the
Arbitration and Conciliation Board has offered to mediate. Coastline advised
passengers to travel before the strike where possible.''',
'''Negotiations to head off a two-day strike on the Eastern Coastal rail network
ended without a deal on Thursday night, according to the Rail and Transport
Workers' Union. Around 3,000 drivers and maintenance staff are due to walk out
from 6pm on Monday 14 October. Coastline Rail, which operates the network, said
it had put forward a 4 per cent pay rise on condition that rostering
arrangements were changed. Declan Moss, the union's general secretary, said
members would not accept "pay for productivity strings". More talks are planned
for Saturday, and the Arbitration and Conciliation Board has offered to act as
mediator. Where possible, passengers have been advised by Coastline to travel
before the strike.''',
errors=[
    E("drivers", "entity", "major", ref="signallers"),
    E("6pm", "date", "major", ref="6am"),
],
traps=[
    T("a two-day strike", "a 48-hour strike"),
    T("on condition that rostering arrangements were changed",
      "conditional on changes to rostering"),
])

# ---------------------------------------------------------------------------
# Summaries (pairs 21-30)
# ---------------------------------------------------------------------------

case("heritage railway restoration", "summary", "consistent",
'''Volunteers at the Glenholm Valley Railway have completed a seven-year
restoration of the line's oldest steam locomotive, No. 412 "Lady Ardith", which
was built in 1903. The engine, withdrawn from service in 1961, spent more than
four decades in a scrapyard before the railway's preservation society bought it
for £8,000 in 2004. The restoration cost about £620,000, two-thirds of which
came from a heritage lottery grant and the rest from donations. Society
chairman Bernard Keane said around 90 volunteers had given more than 40,000
hours of their time. The locomotive will haul its first passenger service on
19 April, when the railway reopens for the season.''',
'''Glenholm Valley Railway volunteers have finished a seven-year restoration of
the 1903-built steam engine No. 412 "Lady Ardith", at a cost of roughly
£620,000, two-thirds of it from a heritage lottery grant. Some 90 volunteers
put in over 40,000 hours, the preservation society's chairman said. The
locomotive will pull its first passenger train when the line reopens for the
season on 19 April.''',
traps=[
    T("1903-built", "which was built in 1903"),
    T("roughly £620,000", "about £620,000"),
    T("Some 90 volunteers", "around 90 volunteers"),
    T("over 40,000 hours", "more than 40,000 hours"),
    T("pull its first passenger train", "haul its first passenger service"),
])

case("shipyard order book", "summary", "inconsistent",
'''Shipbuilder Arden Marine has won a £410m contract to build four offshore
patrol vessels for the navy of an unnamed Gulf state, securing work at its Port
Kessock yard until at least 2029. The order takes the yard's order book to
£1.3bn, its highest in two decades. The company said it would recruit 350
additional staff, including 120 apprentices, over the next two years. Managing
director Fiona Lachlan said the contract was "a vote of confidence in the
skills of this workforce". The first vessel is due to be delivered in 2027.
Unions welcomed the news but called on the government to place more domestic
orders with the yard.''',
'''Arden Marine has won a £410m contract for four offshore patrol vessels for an
unnamed Gulf state's navy, securing work at its Port Kessock yard until at
least 2029. The deal lifts the yard's order book to £1.3bn, a 20-year high, and
the company plans to hire 350 extra staff, 210 of them apprentices, over the
next two years, securing work at its Port Kessock yard until at least 2029. The
first vessel is due in 2027.''',
errors=[
    E("210 of them apprentices", "number", "major", ref="120 apprentices"),
    E("securing work at its Port Kessock yard until at least 2029", "repetition",
      "minor", occ=1),
],
traps=[
    T("a 20-year high", "its highest in two decades"),
])

case("tourist visitor levy", "summary", "consistent",
'''Overnight visitors to the city of Lennoch will pay a levy of 5 per cent on the
cost of their accommodation from 1 July next year, after councillors approved
the scheme by 38 votes to 21 on Thursday. The charge will apply to the first
seven nights of any stay and will be collected by hotels, guest houses and
short-term lets. The council estimates it will raise between £9m and £11m a
year, which will be spent on street cleaning, events and tourism
infrastructure. Hotel owners argued the levy would make the city less
competitive, while council leader Ross Adair said visitors should "contribute
to the places they enjoy". Children under 16 and visitors staying at campsites
will be exempt.''',
'''Lennoch councillors voted 38-21 on Thursday for a 5 per cent levy on overnight
visitors' accommodation costs from 1 July next year, covering up to a week of
each stay. The council estimates it will bring in £9m-£11m annually for street
cleaning, events and tourism infrastructure. Hoteliers argued it would make the
city less competitive; under-16s and campsite guests will be exempt.''',
traps=[
    T("38-21", "38 votes to 21"),
    T("up to a week of each stay", "the first seven nights of any stay"),
    T("£9m-£11m annually", "between £9m and £11m a year"),
    T("Hoteliers", "Hotel owners"),
    T("under-16s", "Children under 16"),
])

case("exam grading appeals", "summary", "inconsistent",
'''Appeals against final-year exam grades rose by 28 per cent this summer, to
14,600, according to figures published on Wednesday by the exams regulator, the
Qualifications Standards Authority. Of those, 3,100 resulted in a grade being
changed, up from 2,400 last year. The regulator said most changes followed
errors in adding up marks rather than disputes over marking judgment. The
Secondary Heads' Forum said schools had lost confidence in some exam boards, and
called for an independent review. The regulator's chief executive, Martin Kaye,
said the system remained "fundamentally sound".''',
'''Final-year exam grade appeals rose 28 per cent this summer to 14,600, and
3,100 led to a changed grade, up from 2,400 last year. Most changes stemmed from
mark-adding errors rather than disputes over judgment, the regulator said. The
Secondary Heads' Forum said the system remained "fundamentally sound", though
schools had lost confidence in some exam boards.''',
errors=[
    E("The Secondary Heads' Forum said", "attribution", "major",
      ref="The regulator's chief executive, Martin Kaye, said"),
],
traps=[
    T("mark-adding errors", "errors in adding up marks"),
])

case("castle repair funding", "summary", "consistent",
'''Dunmorrow Castle, a 14th-century fortress overlooking the Carran estuary, is
to receive £2.75m from the National Heritage Fund to repair its crumbling
curtain wall and great hall roof. The castle has been closed to visitors since
February 2023, when a section of masonry fell into the courtyard. Work is
expected to start in the autumn and take about 18 months. The Dunmorrow Castle
Trust, which owns the site, must raise a further £400,000 itself to meet the
full cost. Trust director Eilidh Munro said the grant was "the lifeline we had
been hoping for". The castle attracted around 45,000 visitors a year before it
closed.''',
'''Dunmorrow Castle, shut since masonry fell into its courtyard in February 2023,
has been awarded £2.75m by the National Heritage Fund for repairs to its curtain
wall and great hall roof. Work should begin in the autumn and last roughly a
year and a half, and the trust that owns the castle must find another £400,000
itself to cover the full cost.''',
traps=[
    T("shut since", "closed to visitors since"),
    T("has been awarded £2.75m by the National Heritage Fund",
      "is to receive £2.75m from the National Heritage Fund"),
    T("Work should begin in the autumn", "Work is expected to start in the autumn"),
    T("roughly a year and a half", "about 18 months"),
    T("another £400,000", "a further £400,000"),
])

case("tidal power feasibility study", "summary", "inconsistent",
'''A feasibility study into a tidal lagoon off the coast at Marrow Point has
concluded that the project could generate enough electricity for around 120,000
homes, but would cost at least £1.9bn. The study, commissioned by the Kellan
Coast Energy Partnership, found that the lagoon would be technically viable but
that it would need a guaranteed electricity price to attract private investors.
It also warned that the scheme might affect feeding grounds for migratory birds,
and recommended a two-year environmental survey. The partnership's chair, Morag
Ellis, said no decision on whether to proceed would be taken until the survey
was complete. If approved, construction could begin in 2030.''',
'''A study for the Kellan Coast Energy Partnership found a tidal lagoon at Marrow
Point would be technically viable, could power around 120,000 homes and would
cost at least £1.9bn, making it the largest tidal scheme in the country. It
would need a guaranteed electricity price to attract private investors and will
harm migratory bird feeding grounds, so a two-year environmental survey is to
come before any decision.''',
errors=[
    E("making it the largest tidal scheme in the country", "addition", "major"),
    E("will harm migratory bird feeding grounds", "modality", "major",
      ref="might affect feeding grounds for migratory birds"),
],
traps=[
    T("could power around 120,000 homes",
      "could generate enough electricity for around 120,000 homes"),
])

case("mobile mast planning row", "summary", "consistent",
'''Residents of Hessingford have lost their fight against a 20-metre mobile phone
mast after a planning inspector overturned the district council's refusal.
Telecoms firm Skylink had appealed after councillors rejected the application
last year on the grounds that the mast would harm views across the
conservation area. Inspector Janet Wilde ruled that the benefit of improved 4G
and 5G coverage for around 3,000 people outweighed the "limited visual harm".
The mast will be painted green and sited next to an existing farm building.
Campaigners said they were disappointed but would not pursue a legal challenge.
Skylink said construction would start within six months.''',
'''A planning inspector has allowed Skylink's appeal against the council's
refusal of a 20-metre phone mast in Hessingford, ruling that better 4G and 5G
coverage for some 3,000 people outweighed the "limited visual harm". The
disappointed campaigners will not go to court, and Skylink says building will
begin within half a year.''',
traps=[
    T("allowed Skylink's appeal against the council's refusal",
      "overturned the district council's refusal"),
    T("some 3,000 people", "around 3,000 people"),
    T("will not go to court", "would not pursue a legal challenge"),
    T("within half a year", "within six months"),
])

case("army housing repairs", "summary", "inconsistent",
'''Nearly a third of homes provided for military families at the Carden Barracks
estate need urgent repairs, according to an inspection report published on
Monday. Inspectors found damp and mould in 210 of the 680 properties, and 45
homes had no working heating for more than a week last winter. The Defence
Housing Agency said it would spend £18m over three years on the estate and had
already replaced 120 boilers. The Army Families Association called the
conditions "shameful". The agency's chief executive, Paul Greer, apologised to
families and said a new contractor would take over maintenance from April.''',
'''An inspection report says almost a third of military family homes on the
Carden Barracks estate need urgent repairs, with damp and mould in 210 of the
680 properties. The Defence Housing Agency will spend £18m over three years and
has already repaired 120 boilers. Its chief executive apologised and said a new
contractor would take over maintenance from April, with damp and mould in 210
of the 680 properties.''',
errors=[
    E("repaired 120 boilers", "event", "major", ref="replaced 120 boilers"),
    E("with damp and mould in 210 of the 680 properties", "repetition", "minor",
      occ=1),
],
traps=[
    T("almost a third", "Nearly a third"),
])

case("electoral boundary review", "summary", "consistent",
'''The Electoral Boundaries Panel for the Marlshire region has published
proposals that would cut the number of council wards from 62 to 54 and reduce
the number of councillors from 96 to 80. The panel said the changes were needed
because population growth in the south of the county had left some wards with
almost twice as many voters as others. Under the plans, the towns of Brindle
and Harcourt would each gain a ward, while six rural wards would be merged. A
10-week public consultation opens on 2 September. The new boundaries, if
confirmed, would take effect at the local elections in May 2027.''',
'''Marlshire's Electoral Boundaries Panel has proposed reducing councillors from
96 to 80 and wards from 62 to 54, saying population growth in the south of the county
has left some wards with nearly twice as many voters as others. A public
consultation runs for ten weeks from 2 September; if confirmed, the changes
would apply from the May 2027 local elections.''',
traps=[
    T("wards from 62 to 54", "cut the number of council wards from 62 to 54"),
    T("nearly twice as many voters", "almost twice as many voters"),
    T("A public consultation runs for ten weeks from 2 September",
      "A 10-week public consultation opens on 2 September"),
    T("would apply from the May 2027 local elections",
      "would take effect at the local elections in May 2027"),
])

case("teacher pay award", "summary", "inconsistent",
'''Teachers will receive a 5 per cent pay rise from September after the
education secretary, Harriet Lowe, accepted in full the recommendation of the
independent pay review body. Starting salaries for newly qualified teachers
will rise to £32,000. Ms Lowe said the award would be funded from existing
departmental budgets, with £400m of savings found elsewhere, and that schools
would not be expected to meet the cost themselves. Head teachers' unions said
they were relieved but doubted whether the savings could be found without cuts
to front-line services. The award covers about 460,000 teachers.''',
'''Education secretary Harriet Lowe has accepted the pay review body's
recommendation in full, giving about 460,000 teachers a 5 per cent rise from
September and lifting starting salaries to £32,000. Schools will be expected to
meet the cost from their existing budgets, though heads' unions doubt the
savings can be found without front-line cuts.''',
errors=[
    E("Schools will be expected to meet the cost from their existing budgets",
      "polarity", "critical",
      ref="schools would not be expected to meet the cost themselves"),
],
traps=[
    T("heads' unions", "Head teachers' unions"),
])

# ---------------------------------------------------------------------------
# Translations (pairs 31-40): two independent English translations of the
# same non-English story.
# ---------------------------------------------------------------------------

case("fire station closure plan", "translation", "consistent",
'''The regional fire and rescue service of Haute-Valliere plans to close three of
its 27 fire stations by the end of 2026 as part of a savings plan worth €4.2
million a year, its director, Colonel Thierry Brassac, announced on Tuesday. The
stations at Berigny-le-Bas, Ornevaux and Sarlenac, staffed mainly by volunteer
firefighters, responded to fewer than 300 call-outs between them last year.
According to the service, average response times in the affected communes
would increase by no more than four minutes. The mayors of the three communes
denounced a decision taken "without any consultation" and announced a
petition. The plan must still be approved by the service's board of directors
in December.''',
'''Colonel Thierry Brassac, who heads the Haute-Valliere regional fire and rescue
service, said on Tuesday that three of the service's 27 stations are to shut by
the end of 2026 under a cost-cutting programme designed to save €4.2m annually.
Between them, the stations at Berigny-le-Bas, Ornevaux and Sarlenac, crewed
largely by volunteers, attended under 300 incidents last year. The service says
average response times in the communes concerned would rise by four minutes at
most. Accusing the authorities of deciding "without the slightest
consultation", the three mayors have launched a petition. The service's board
of directors still has to sign off the plan in December.''',
traps=[
    T("€4.2m annually", "€4.2 million a year"),
    T("crewed largely by volunteers", "staffed mainly by volunteer firefighters"),
    T("under 300 incidents", "fewer than 300 call-outs"),
    T("by four minutes at most", "by no more than four minutes"),
    T("sign off the plan", "approved"),
])

case("fishing quota allocation", "translation", "inconsistent",
'''The Fisheries Directorate announced in Korsvik on Friday that this year's
coastal cod quota for the Nordvang region has been set at 18,400 tonnes, 12 per
cent less than last year. Of the total, 60 per cent will go to vessels under 15
metres, in line with the government's policy of protecting small coastal
communities. The fishermen's association Kystfiskarlaget described the cut as
"painful but understandable", while the processing company Lofsen Seafood
warned that it might have to lay off seasonal workers at its plant in Vardnes.
The directorate's director, Ingrid Solheim, said the scientific advice had
recommended an even larger reduction.''',
'''On Friday in Korsvik, the Fisheries Directorate fixed the Nordvang region's
coastal cod quota for this year at 18,400 tonnes, down 12 per cent from last
year. Three-fifths of the volume is reserved for boats shorter than 15 metres,
reflecting the government's aim of safeguarding small coastal communities. The
coastal fishermen's organisation Kystfiskarlaget called the reduction "painful,
but understandable". Lofsen Seafood, a processing firm, cautioned that seasonal
staff at its Korsvik plant could be laid off. According to the directorate's
head, Ingrid Solheim, the scientific advice had called for a still bigger
cut.''',
errors=[
    E("Korsvik", "entity", "major", ref="Vardnes", occ=1),
],
traps=[
    T("Three-fifths of the volume", "60 per cent"),
    T("boats shorter than 15 metres", "vessels under 15 metres"),
    T("a still bigger cut", "an even larger reduction"),
])

case("football stadium safety certificate", "translation", "consistent",
'''The prefecture of Valtorre has granted a provisional safety certificate to the
Stadio Comunale Berardi, allowing Valtorre Calcio to play its home matches there
again after five months away. Capacity will, however, be limited to 9,500
spectators, less than two-thirds of the stadium's 15,200 seats, until work on
the south stand is completed. The club had been forced to play in the
neighbouring town of Castelrocca since September, after engineers found cracks
in the stand's concrete supports. The club's president, Marco Ferlini, said the
decision was "a relief for the fans and for the city". The first match back
will be against Sporting Lavena on 2 March.''',
'''Valtorre Calcio can return to the Stadio Comunale Berardi for home games after
five months in exile, following the Valtorre prefecture's decision to issue the
ground with a temporary safety certificate. Until the works on the south stand
are finished, however, no more than 9,500 spectators will be admitted, under
two-thirds of the 15,200-seat capacity. Since September the team has had to
play its matches in nearby Castelrocca, because engineers had discovered cracks
in the concrete supports of the stand. Club president Marco Ferlini called the
decision "a relief for the supporters and for the city". The homecoming game,
against Sporting Lavena, is on 2 March.''',
traps=[
    T("five months in exile", "five months away"),
    T("temporary safety certificate", "provisional safety certificate"),
    T("no more than 9,500 spectators will be admitted",
      "be limited to 9,500 spectators"),
    T("nearby Castelrocca", "the neighbouring town of Castelrocca"),
])

case("toll bridge price rise", "translation", "inconsistent",
'''The operator of the Sardao toll bridge, Travessia Atlantica, will raise the
toll for cars from €2.10 to €2.35 on 1 February, an increase of about 12 per
cent, the company said on Monday. Lorries will pay €6.80 instead of €6.10. The
company attributed the increase to inflation and the cost of resurfacing work
carried out last year. Frequent users with an electronic tag will keep a 30 per
cent discount. The mayor of Vila Sardao, Helena Quintas, called the increase
"unjustifiable" and said the municipality would ask the government to review
the concession contract, which runs until 2041.''',
'''From 1 February, cars crossing the Sardao toll bridge will be charged €2.35
rather than €2.10, roughly 12 per cent more, the operator, Travessia Atlantica,
announced on Monday. For heavy goods vehicles the toll goes up from €6.10 to
€6.80. The concessionaire cited inflation and the cost of resurfacing work
planned for next year. Regular users equipped with an electronic tag will
continue to benefit from a 30 per cent reduction. Helena Quintas, mayor of Vila
Sardao, described the rise as "unjustifiable" and said the town council would
ask the government to revisit the concession contract, which is valid until
2041.''',
errors=[
    E("planned for next year", "date", "major", ref="carried out last year"),
],
traps=[
    T("roughly 12 per cent more", "an increase of about 12 per cent"),
    T("a 30 per cent reduction", "a 30 per cent discount"),
    T("which is valid until 2041", "which runs until 2041"),
])

case("speed camera installation", "translation", "consistent",
'''The district administration of Oberwalden will install eight new fixed speed
cameras at accident black spots by the end of the year, district administrator
Sabine Kroeger announced on Thursday. The devices will cost a total of €480,000
and will be placed mainly on rural roads, where 14 people died in crashes last
year. Three of the cameras will be able to measure average speed over a section
of road of around two kilometres. The motorists' club Fahrbund criticised the
plan as a way of raising revenue, but Kroeger said any income from fines would
go towards road safety measures. The locations will be published online before
the cameras go into operation.''',
'''By the end of the year, eight new fixed speed cameras are to be set up at
accident black spots in the Oberwalden district, its administrator Sabine
Kroeger said on Thursday. The equipment will cost €480,000 in total and will
mostly be installed on country roads, where 14 people were killed in
collisions last year. Three of the devices will be capable of measuring average
speeds over a stretch of about 2 km. The motorists' club Fahrbund dismissed the
scheme as a money-making exercise; Kroeger, however, said any revenue from
fines would be used for road safety measures. Before the cameras are switched
on, their locations will be posted online.''',
traps=[
    T("country roads", "rural roads"),
    T("14 people were killed in collisions", "14 people died in crashes"),
    T("about 2 km", "around two kilometres"),
    T("a money-making exercise", "a way of raising revenue"),
    T("posted online", "published online"),
])

case("newspaper print plant closure", "translation", "inconsistent",
'''Media group Vandermeer Media will close its printing plant in Zeldhoven at the
end of June, putting 140 jobs at risk, the company confirmed on Wednesday.
Printing of its four regional daily newspapers will be transferred to the plant
of a partner company in Hoogveld, about 90 kilometres away. The company said
falling circulation and rising paper prices had made the plant unprofitable;
print runs have fallen by almost 40 per cent in five years. Vandermeer said it
would try to find other jobs within the group for some of the staff. The
printers' union Drukkersbond said it would demand a generous social plan and
did not rule out strikes.''',
'''Vandermeer Media is to sell its printing works in Zeldhoven at the end of June,
a move that threatens 140 jobs, the group confirmed on Wednesday. Its four
regional dailies will in future be printed at a partner company's plant in
Hoogveld, some 90 km away. According to the company, declining circulation and
higher paper prices had pushed the plant into loss; print runs are down nearly
40 per cent over five years. Vandermeer said it would seek to redeploy some of
the workers elsewhere in the group. The printing union Drukkersbond announced
it would push for a generous social plan and did not exclude strike action.''',
errors=[
    E("is to sell its printing works", "event", "critical",
      ref="will close its printing plant"),
],
traps=[
    T("some 90 km away", "about 90 kilometres away"),
    T("down nearly 40 per cent", "fallen by almost 40 per cent"),
    T("did not exclude strike action", "did not rule out strikes"),
])

case("tree felling dispute", "translation", "consistent",
'''Work to fell 46 plane trees along the Avenue des Tilleuls in Saint-Aubrac was
halted on Monday morning after about 60 residents formed a human chain around
the trees. The town council wants to remove the trees, some of which are more
than 120 years old, to widen the avenue and build a cycle lane. An expert
report commissioned by the council concluded that a third of them were
diseased. The residents' association Sauvons nos Platanes disputes that
conclusion and has filed an appeal with the administrative court, which is due
to rule on 18 October. Deputy mayor Luc Arnoult said the work would not resume
before the court's decision.''',
'''On Monday morning, some sixty residents joined hands around the plane trees
on the Avenue des Tilleuls in Saint-Aubrac, forcing a halt to the felling of the
46 trees. The municipality intends to cut them down, several being over 120
years old, so that the avenue can be widened and a bicycle lane built.
According to an expert assessment ordered by the council, one in three of the
trees is diseased. Disputing this finding, the Sauvons nos Platanes residents'
group has lodged an appeal with the administrative court, whose ruling is
expected on 18 October. Until the court has decided, the felling will not
restart, deputy mayor Luc Arnoult said.''',
traps=[
    T("some sixty residents", "about 60 residents"),
    T("joined hands around", "formed a human chain around"),
    T("one in three of the trees", "a third of them"),
    T("Until the court has decided, the felling will not restart",
      "the work would not resume before the court's decision"),
])

case("airport night flight quota", "translation", "inconsistent",
'''The regional transport ministry has cut the annual quota of night flights at
Kessling airport from 7,000 to 5,500, starting with the summer timetable on 30
March. Between 11pm and 5am, only aircraft in the two quietest noise categories
will be allowed to land or take off. The airport operator, Flughafen Kessling
GmbH, said the decision would cost around 300 jobs at cargo companies and
announced that it would challenge it in court. Residents' groups welcomed the
cut but said it did not go far enough, as they had called for a complete ban on
night flights. Transport minister Petra Lindqvist said the new quota was "a fair
compromise".''',
'''Starting with the summer schedule on 30 March, the regional transport ministry
is lowering the yearly cap on night flights at Kessling airport to 5,500 from
7,000. From 11pm to 5am, take-offs and landings will be restricted to aircraft
in the two least noisy categories. Flughafen Kessling GmbH, which runs the
airport, said the decision would cost about 300 jobs and that it would not
contest it in court. Local residents' associations welcomed the reduction but
considered it insufficient, having demanded a total ban on night flights. The
new quota was "a fair compromise", said transport minister Petra Lindqvist.''',
errors=[
    E("", "omission", "minor", ref="at cargo companies", after="about 300 jobs"),
    E("it would not contest it in court", "polarity", "critical",
      ref="it would challenge it in court"),
],
traps=[
    T("to 5,500 from 7,000", "from 7,000 to 5,500"),
    T("the two least noisy categories", "the two quietest noise categories"),
])

case("council leader resignation", "translation", "consistent",
'''Anders Holmqvist has resigned as leader of Fjallby municipal council with
immediate effect, two weeks after a local newspaper revealed that he had used a
council credit card for private purchases worth about 38,000 kronor. In a
statement on Sunday, Holmqvist said he had repaid the full amount and denied
any intention to deceive, but said he did not want the affair to overshadow the
council's work. Prosecutors said last week that they had opened a preliminary
investigation. His deputy, Karin Strom, will lead the council until a successor
is elected at an extraordinary meeting on 4 November.''',
'''Anders Holmqvist has stepped down as Fjallby's council leader with immediate
effect, a fortnight after a local paper reported that he had paid for private
purchases of roughly 38,000 kronor with a council credit card. In a statement
released on Sunday, Holmqvist said the whole sum had been paid back and that he
had never meant to deceive anyone, but that he did not want the affair to
overshadow the council's work. Last week prosecutors announced that a
preliminary investigation had been opened. Until an extraordinary meeting
elects his successor on 4 November, the council will be led by his deputy,
Karin Strom.''',
traps=[
    T("a fortnight after", "two weeks after"),
    T("roughly 38,000 kronor", "about 38,000 kronor"),
    T("the whole sum had been paid back", "he had repaid the full amount"),
    T("had never meant to deceive anyone", "denied any intention to deceive"),
])

case("zoo animal transfer", "translation", "inconsistent",
'''Two Amur tigers from Lesna Hora Zoo will be moved to a breeding centre in
Sweden next month as part of a European conservation programme, the zoo
announced on Thursday. The brothers, Boris and Igor, were born at the zoo in
2021. Their departure will make room for a female, Nadia, who is due to arrive
from a zoo in Germany in the spring. Zoo director Pavel Novotny said the
transfer had been recommended by the programme's coordinator to avoid
inbreeding. The animal rights group Volna Zver criticised the move, saying that
long journeys caused the animals unnecessary stress. The zoo said the tigers
would travel by road and be accompanied by two of its keepers.''',
'''Lesna Hora Zoo's two Amur tigers are to be transferred next month to a
breeding centre in Sweden under a European conservation programme, the Swedish
centre said on Thursday. The two brothers, Boris and Igor, were born at the zoo
in 2021. Their departure will free up space for a female named Nadia, who is
expected to come from a German zoo in the spring. According to zoo director
Pavel Novotny, the programme's coordinator recommended the move to prevent
inbreeding. The animal rights group Volna Zver objected, arguing that long
journeys put the animals under needless stress. The tigers will travel by road,
with two of the zoo's keepers accompanying them, the zoo
said.''',
errors=[
    E("the Swedish centre said", "attribution", "major", ref="the zoo announced"),
],
traps=[
    T("free up space for", "make room for"),
    T("a German zoo", "a zoo in Germany"),
    T("put the animals under needless stress", "caused the animals unnecessary stress"),
])

# ---------------------------------------------------------------------------
# Offsets, validation and output
# ---------------------------------------------------------------------------

WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['\-][A-Za-z0-9\u00C0-\u024F]+)*")


def n_words(s):
    return len(WORD.findall(s))


def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_word_char(c):
    return c.isalnum()


def cuts_word(s, start, end):
    if start > 0 and start < len(s) and is_word_char(s[start - 1]) and is_word_char(s[start]):
        return True
    if 0 < end < len(s) and is_word_char(s[end - 1]) and is_word_char(s[end]):
        return True
    return False


class Invalid(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Invalid(msg)


def build_record(i, c):
    rid = "%s-%03d" % (PREFIX, i + 1)
    ref, cand = c["reference"], c["candidate"]
    errors, traps = [], []
    for e in c["errors"]:
        need(e["type"] in ERROR_TYPES, "%s: bad type %r" % (rid, e["type"]))
        need(e["severity"] in SEVERITIES, "%s: bad severity" % rid)
        if e["type"] == "omission":
            need(e["text"] == "", "%s: omission text must be empty" % rid)
            anchor = e["after"] or e["before"]
            need(anchor and not (e["after"] and e["before"]),
                 "%s: omission needs exactly one anchor" % rid)
            p = find_nth(cand, anchor, e["occ"])
            need(p >= 0, "%s: omission anchor %r not in candidate" % (rid, anchor))
            start = end = p + len(anchor) if e["after"] else p
        else:
            need(e["text"], "%s: empty error text" % rid)
            need(e["after"] is None and e["before"] is None,
                 "%s: anchor only for omissions" % rid)
            start = find_nth(cand, e["text"], e["occ"])
            need(start >= 0, "%s: error text %r (occ %d) not in candidate"
                 % (rid, e["text"], e["occ"]))
            end = start + len(e["text"])
        errors.append({"start": start, "end": end, "text": cand[start:end],
                       "type": e["type"], "severity": e["severity"],
                       "ref_text": e["ref"]})
    for t in c["traps"]:
        start = find_nth(cand, t["text"], t["occ"])
        need(start >= 0, "%s: trap text %r not in candidate" % (rid, t["text"]))
        end = start + len(t["text"])
        traps.append({"start": start, "end": end, "text": cand[start:end],
                      "ref_text": t["ref"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": c["domain"], "mode": c["mode"],
            "reference": ref, "candidate": cand, "label": c["label"],
            "errors": errors, "traps": traps}


def validate_record(r):
    rid, ref, cand, mode = r["id"], r["reference"], r["candidate"], r["mode"]
    need(mode in MODES, "%s: bad mode" % rid)
    need(r["domain"] in DOMAINS, "%s: domain not in list" % rid)
    need("  " not in ref and "  " not in cand, "%s: double space" % rid)
    nw = n_words(ref)
    need(70 <= nw <= 190, "%s: reference has %d words" % (rid, nw))
    need(ref != cand, "%s: candidate identical to reference" % rid)
    if mode == "summary":
        need(n_words(cand) < nw and len(cand) < len(ref),
             "%s: summary not shorter than reference" % rid)
    label = "inconsistent" if r["errors"] else "consistent"
    need(r["label"] == label, "%s: label %s but %d errors"
         % (rid, r["label"], len(r["errors"])))
    if label == "consistent":
        need(3 <= len(r["traps"]) <= 5, "%s: consistent pair needs 3-5 traps" % rid)
    else:
        need(len(r["traps"]) <= 3, "%s: inconsistent pair has >3 traps" % rid)
    spans = []
    for e in r["errors"]:
        s, t = e["start"], e["end"]
        need(cand[s:t] == e["text"], "%s: error text mismatch" % rid)
        need(not cuts_word(cand, s, t), "%s: error span %r cuts a word" % (rid, e["text"]))
        if e["type"] == "omission":
            need(mode in ("rewrite", "translation"), "%s: omission in summary" % rid)
            need(s == t and e["text"] == "", "%s: omission not empty" % rid)
            need(e["ref_text"] and e["ref_text"] in ref,
                 "%s: omission ref_text not in reference" % rid)
            need(e["ref_text"] not in cand,
                 "%s: omitted words %r still in candidate" % (rid, e["ref_text"]))
        else:
            need(t > s and e["text"].strip() == e["text"],
                 "%s: bad error span %r" % (rid, e["text"]))
        if e["type"] in ("addition", "repetition"):
            need(e["ref_text"] is None, "%s: %s needs ref_text null" % (rid, e["type"]))
            if e["type"] == "addition":
                need(e["text"] not in ref, "%s: addition text occurs in reference" % rid)
        else:
            need(isinstance(e["ref_text"], str) and e["ref_text"] in ref,
                 "%s: ref_text %r not in reference" % (rid, e["ref_text"]))
            if e["type"] != "omission":
                need(e["ref_text"] != e["text"], "%s: ref_text equals span" % rid)
        if e["type"] == "repetition":
            need(cand.find(e["text"]) < s,
                 "%s: repetition span has no earlier copy" % rid)
        spans.append((s, t, "error"))
    for tr in r["traps"]:
        s, t = tr["start"], tr["end"]
        need(cand[s:t] == tr["text"] and t > s, "%s: trap text mismatch" % rid)
        need(tr["text"].strip() == tr["text"], "%s: trap has edge space" % rid)
        need(not cuts_word(cand, s, t), "%s: trap %r cuts a word" % (rid, tr["text"]))
        need(tr["ref_text"] in ref, "%s: trap ref_text %r not in reference"
             % (rid, tr["ref_text"]))
        need(tr["ref_text"] != tr["text"], "%s: trap identical to ref_text" % rid)
        spans.append((s, t, "trap"))
    spans.sort()
    for (s1, t1, k1), (s2, t2, k2) in zip(spans, spans[1:]):
        if s1 == t1:  # zero-width omission point
            need(not (s2 < s1 < t2), "%s: omission inside a span" % rid)
            continue
        need(s2 >= t1 or (s2 == t2 and s2 in (s1, t1)),
             "%s: overlapping spans at %d-%d and %d-%d" % (rid, s1, t1, s2, t2))
        if s2 == t2:
            need(not (s1 < s2 < t1), "%s: omission inside a span" % rid)


def validate_set(records):
    need(len(records) == 40, "expected 40 pairs, got %d" % len(records))
    need(len({r["id"] for r in records}) == 40, "duplicate ids")
    doms = [r["domain"] for r in records]
    need(len(set(doms)) == 40 and set(doms) == set(DOMAINS), "domains not one each")
    labels = Counter(r["label"] for r in records)
    need(labels == Counter(consistent=20, inconsistent=20), "labels %r" % labels)
    by_mode = Counter((r["mode"], r["label"]) for r in records)
    for m, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for lab in ("consistent", "inconsistent"):
            need(by_mode[(m, lab)] == n, "mode/label %s/%s = %d"
                 % (m, lab, by_mode[(m, lab)]))
    types = Counter(e["type"] for r in records for e in r["errors"])
    need(sum(types.values()) == 30, "expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        need(types[t] >= 2, "type %s has %d errors" % (t, types[t]))
    per_pair = Counter(len(r["errors"]) for r in records if r["errors"])
    need(per_pair[1] + per_pair[2] >= 15, "most inconsistent pairs need 1-2 errors")
    refs = [r["reference"] for r in records]
    need(len(set(refs)) == 40, "duplicate references")


def report(records):
    out = []
    out.append("pairs: %d" % len(records))
    out.append("mode: %s" % dict(Counter(r["mode"] for r in records)))
    out.append("label: %s" % dict(Counter(r["label"] for r in records)))
    out.append("mode x label: %s" % dict(sorted(Counter(
        "%s/%s" % (r["mode"], r["label"]) for r in records).items())))
    types = Counter(e["type"] for r in records for e in r["errors"])
    out.append("errors: %d %s" % (sum(types.values()),
               {t: types[t] for t in ERROR_TYPES}))
    out.append("severity: %s" % dict(Counter(
        e["severity"] for r in records for e in r["errors"])))
    out.append("errors per inconsistent pair: %s" % dict(Counter(
        len(r["errors"]) for r in records if r["errors"])))
    out.append("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    wc = [n_words(r["reference"]) for r in records]
    out.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return "\n".join(out)


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = [build_record(i, c) for i, c in enumerate(CASES)]
        for r in records:
            validate_record(r)
        validate_set(records)
    except Invalid as exc:
        print("INVALID: %s" % exc, file=sys.stderr)
        return 1
    print(report(records))
    if check_only:
        print("check only: nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
