#!/usr/bin/env python3
"""Held-out evaluation set 101 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries and
regions appear only as background). Character offsets are never typed by hand:
the script locates every span by string search (with an occurrence index where
a quoted text repeats), validates the whole set and writes set101.jsonl next to
this file.  `python3 make_set101.py --check` validates only and writes nothing.

Composition: 40 pairs, each from a different domain.
  modes : 20 rewrite, 10 summary, 10 translation (half of each consistent)
  labels: 20 consistent (3-5 traps each), 20 inconsistent (0-3 traps each)
  errors: 30 in total over 11 types -- entity 3, number 3, date 3, role 3,
          polarity 3, modality 3, attribution 2, event 3, omission 3,
          addition 2, repetition 2; ten inconsistent pairs carry one error and
          ten carry two.
  Omissions occur only in rewrite and translation pairs.  Translation pairs are
  two independent English renderings of the same (unseen) non-English story.
"""
import json
import os
import re
import sys

SET_NO = 101
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % SET_NO)

DOMAINS = [
    "customs checks at port", "music venue noise complaint",
    "street lighting switch-off", "parking fine appeals", "bowling green sale",
    "school meals supplier contract", "warehouse fire", "snow gritting plan",
    "hotel conversion plan", "charity shop expansion",
    "wildfire evacuation order", "pharmacy opening hours",
    "football club takeover bid", "noise barrier construction",
    "company profit warning", "import tariff change", "brewery expansion",
    "farmers market relaunch", "distillery visitor centre",
    "war memorial restoration", "college merger plan", "marathon route change",
    "credit union merger", "vaccine clinic schedule", "aircraft engine recall",
    "lottery grant for museum", "theatre refurbishment grant",
    "shareholder revolt", "water main burst", "workplace safety fine",
    "cathedral roof restoration", "village post office closure",
    "apprenticeship funding cut", "park bandstand restoration",
    "cruise ship berth", "museum ticket pricing", "export licence suspension",
    "chief executive resignation", "restaurant hygiene ratings",
    "archaeological dig find",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, etype, severity, ref, occ=None, before=None, after=None, anchor_occ=None):
    """An error.  For an omission give text "" and `before` or `after`: the
    candidate text right after / right before the point where words are missing."""
    return {"text": text, "type": etype, "severity": severity, "ref_text": ref,
            "occ": occ, "before": before, "after": after, "anchor_occ": anchor_occ}


def T(text, ref, occ=None):
    """A trap: faithful rewording of the reference text `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": " ".join(reference.split()),
                  "candidate": " ".join(candidate.split()),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Part 1: rewrites, consistent
# ---------------------------------------------------------------------------
case("customs checks at port", "rewrite", "consistent",
"""Customs officers at the Port of Calderhaven will begin carrying out additional
physical inspections of incoming freight from Monday 3 March, the regional border
agency said on Thursday. Under the new regime, roughly one in every eight lorries
arriving on the overnight ferry from Rostmark will be directed to a holding area for
checks, compared with one in twenty at present. The agency said the change followed a
40% rise in seizures of undeclared tobacco over the past year. Port operator Calder
Maritime warned that waiting times could increase by up to two hours at peak periods
and urged hauliers to submit their paperwork electronically before departure. An
agency spokeswoman, Imogen Sallis, said the measures were expected to remain in place
for at least six months.""",
"""From Monday 3 March, freight arriving at the Port of Calderhaven will face more
physical inspections by customs officers, the regional border agency announced on
Thursday. About 12.5% of lorries coming off the overnight Rostmark ferry will be sent
to a holding area to be checked, up from 5% now. The agency linked the move to seizures
of undeclared tobacco, which have climbed by two-fifths in the last twelve months.
Calder Maritime, which operates the port, cautioned that delays at the busiest times
might grow by as much as 120 minutes, and it called on hauliers to file their documents
electronically before setting off. The measures are likely to stay for a minimum of six
months, according to agency spokeswoman Imogen Sallis.""",
traps=[T("About 12.5%", "roughly one in every eight"),
       T("up from 5% now", "compared with one in twenty at present"),
       T("climbed by two-fifths", "40% rise"),
       T("by as much as 120 minutes", "by up to two hours"),
       T("likely to stay for a minimum of six months",
         "expected to remain in place for at least six months")])

case("music venue noise complaint", "rewrite", "consistent",
"""Brindle Street's Foundry Rooms, a 400-capacity live music venue, has been ordered to
install sound-limiting equipment within 28 days after residents lodged 17 noise
complaints since January, Wexcombe District Council said. Environmental health officers
recorded bass levels above the permitted limit on three separate nights in April,
according to the council's notice. The venue will not lose its licence, but must end
amplified music at 11pm on weeknights rather than midnight until the equipment has been
tested. Owner Declan Foyle said he was disappointed but would comply, adding that the
venue had already spent £15,000 on acoustic panelling last year. A residents' group, the
Brindle Street Neighbours' Association, welcomed the decision but said it would continue
to monitor noise levels.""",
"""Wexcombe District Council has given the Foundry Rooms on Brindle Street four weeks to
fit sound-limiting equipment, following 17 noise complaints from residents since the
start of the year. Environmental health officers found that the live music venue, which
holds 400 people, had exceeded the permitted bass limit on three separate nights in
April, the council's notice states. Its licence is not being revoked. However, until the
new equipment has been tested, amplified music on weeknights must stop an hour earlier
than before, at 11pm. Declan Foyle, who owns the venue, said that although he was
disappointed he would comply; he noted that the venue had already put £15,000 into
acoustic panelling last year. The Brindle Street Neighbours' Association, a residents'
group, welcomed the ruling while saying it would keep monitoring noise levels.""",
traps=[T("four weeks", "within 28 days"),
       T("since the start of the year", "since January"),
       T("Its licence is not being revoked", "The venue will not lose its licence"),
       T("stop an hour earlier than before, at 11pm",
         "end amplified music at 11pm on weeknights rather than midnight")])

case("street lighting switch-off", "rewrite", "consistent",
"""Marlowe County Council will switch off around 6,500 street lights between midnight and
5am from October in a bid to save £420,000 a year, the authority confirmed on Tuesday.
Lights on main roads, at pedestrian crossings and near hospitals will remain on through
the night. The council said the scheme, approved by its cabinet by six votes to two,
would also cut carbon emissions by an estimated 1,900 tonnes annually. Councillor Petra
Vane, cabinet member for highways, said the authority had 'no choice but to look at
every line of spending'. Police in the county said they had not been consulted, but did
not expect crime to rise as a result. A review of the scheme is due after 12 months.""",
"""Roughly 6,500 street lights in Marlowe County will be turned off from midnight until
5am starting in October, the county council confirmed on Tuesday, as it seeks annual
savings of £420,000. The switch-off will not apply to main roads, pedestrian crossings
or lights near hospitals, which will stay lit all night. The council's cabinet backed
the plan 6-2, and the council says it will also reduce carbon emissions by an estimated
1,900 tonnes a year. Petra Vane, the cabinet member responsible for highways, said the
council had 'no choice but to look at every line of spending'. County police, who said
nobody had consulted them, do not anticipate any rise in crime because of the change.
The scheme will be reviewed after a year.""",
traps=[T("6-2", "six votes to two"),
       T("after a year", "after 12 months"),
       T("1,900 tonnes a year", "1,900 tonnes annually"),
       T("who said nobody had consulted them", "said they had not been consulted"),
       T("do not anticipate any rise in crime", "did not expect crime to rise")])

case("parking fine appeals", "rewrite", "consistent",
"""Almost half of all parking fine appeals heard by the Northvale Traffic Tribunal last
year were decided in the motorist's favour, according to figures published on
Wednesday. The tribunal considered 3,214 appeals in the 2023-24 financial year and
allowed 1,580 of them, a success rate of 49%. Most successful appeals involved unclear
signage or faulty pay-and-display machines, the report said. Appeals against penalties
issued by Kelsford City Council were the most likely to succeed, with 61% allowed. The
tribunal's chief adjudicator, Harriet Onslow, said councils should 'get the basics
right' before issuing tickets. Kelsford City Council said it was reviewing signage at
40 car parks and would respond to the report in due course.""",
"""Motorists won close to half of the parking fine appeals that the Northvale Traffic
Tribunal heard last year, figures released on Wednesday show. Of the 3,214 appeals it
dealt with during the 2023-24 financial year, 1,580 were allowed, a 49% success rate.
According to the report, confusing signs and broken pay-and-display machines lay behind
the majority of the successful cases. Drivers challenging penalties from Kelsford City
Council fared best, winning 61% of their appeals. Harriet Onslow, the tribunal's chief
adjudicator, said councils ought to 'get the basics right' before issuing tickets. The
city council said it was looking again at signage at 40 car parks and would respond to
the report in due course.""",
traps=[T("close to half", "Almost half"),
       T("confusing signs and broken pay-and-display machines",
         "unclear signage or faulty pay-and-display machines"),
       T("the majority of", "Most"),
       T("Drivers challenging penalties from Kelsford City Council fared best",
         "Appeals against penalties issued by Kelsford City Council were the most likely to succeed"),
       T("looking again at", "reviewing")])

case("bowling green sale", "rewrite", "consistent",
"""A crown bowling green in the village of Ashby Wold is to be sold to a housing developer
for £310,000 after its club folded with just nine remaining members, the parish council
announced. The Ashby Wold Bowling Club, founded in 1923, was wound up in February because
it could no longer cover maintenance costs of around £8,000 a year. Fernhill Homes plans
to build four houses on the site, subject to planning permission. Parish council
chairman Robert Keld said the proceeds would be used to refurbish the village hall and
the children's playground. Some residents have objected, and a petition calling for the
green to be kept as open space has gathered more than 600 signatures. The sale is
expected to be completed in the summer.""",
"""Ashby Wold parish council has announced that the village's crown bowling green will go
to housing developer Fernhill Homes for £310,000, following the collapse of the club
that played on it, which was down to only nine members. Founded in 1923, the Ashby Wold
Bowling Club was dissolved in February, unable any longer to meet upkeep bills of
roughly £8,000 annually. If planning permission is granted, Fernhill intends to put up
four homes on the land. According to Robert Keld, who chairs the parish council, the
money will go towards refurbishing the village hall and the children's playground. Some
residents are opposed, and over 600 people have signed a petition asking for the green
to be kept as open space. Completion of the sale is expected in the summer.""",
traps=[T("was dissolved", "was wound up"),
       T("upkeep bills of roughly £8,000 annually", "maintenance costs of around £8,000 a year"),
       T("If planning permission is granted", "subject to planning permission"),
       T("over 600 people have signed a petition", "has gathered more than 600 signatures"),
       T("Completion of the sale is expected", "The sale is expected to be completed")])

case("school meals supplier contract", "rewrite", "consistent",
"""Halbury Borough Council has awarded a five-year, £14.6 million contract to supply school
meals to 52 primary schools to Greenplate Catering, replacing the current provider,
Meadway Foods, from September. The council said Greenplate's bid scored highest on both
price and nutritional quality among the four tenders received. The new contract requires
at least 30% of ingredients to be sourced from farms within 50 miles. Meadway, which has
held the contract since 2016, said it was disappointed and was considering whether to
challenge the decision. The price of a school meal for families who pay will rise from
£2.40 to £2.55. Around 11,000 pupils are expected to be affected by the change.""",
"""From September, Greenplate Catering will take over school meals at 52 primary schools in
Halbury from Meadway Foods, after the borough council handed it a £14.6m contract running
for five years. Of the four tenders submitted, Greenplate's came top on price and on
nutritional quality alike, according to the council. Under the deal, no less than three
in ten ingredients must come from farms inside a 50-mile radius. Meadway, the incumbent
since 2016, said it was disappointed and was weighing up whether to challenge the
decision. Paying families will see the cost of a school meal go up by 15p, to £2.55. The
change is likely to affect some 11,000 pupils.""",
traps=[T("£14.6m", "£14.6 million"),
       T("no less than three in ten", "at least 30%"),
       T("inside a 50-mile radius", "within 50 miles"),
       T("go up by 15p, to £2.55", "rise from £2.40 to £2.55"),
       T("likely to affect some 11,000 pupils",
         "Around 11,000 pupils are expected to be affected")])

case("warehouse fire", "rewrite", "consistent",
"""More than 80 firefighters tackled a blaze at a distribution warehouse on the Cobden Park
industrial estate in Tarrow overnight on Saturday. The fire was reported at 1.40am and at
its height involved about two-thirds of the 12,000-square-metre building, which is
operated by logistics company Hale & Brisco. No one was injured. Residents within half a
mile were advised to keep windows and doors closed because of heavy smoke. Group manager
Owen Tredwell of Tarrow Fire and Rescue Service said crews were likely to remain at the
scene for several days. The cause of the fire has not yet been established, and an
investigation is under way. Hale & Brisco said all 140 staff on the night shift had been
evacuated safely.""",
"""Over 80 firefighters fought a blaze overnight on Saturday at a distribution warehouse run
by Hale & Brisco on Tarrow's Cobden Park industrial estate. The fire was reported at
1.40am; at its peak, roughly 8,000 square metres of the 12,000-square-metre building was
alight. There were no injuries, and the logistics firm said all 140 workers on the night
shift had been safely evacuated. Because of heavy smoke, people living within half a mile
were advised to keep their windows and doors shut. Crews will probably be at the site for
several days, according to Owen Tredwell, a group manager with Tarrow Fire and Rescue
Service. An investigation has begun, but what caused the fire has not yet been
established.""",
traps=[T("Over 80", "More than 80"),
       T("roughly 8,000 square metres", "about two-thirds"),
       T("There were no injuries", "No one was injured"),
       T("will probably be at the site", "were likely to remain at the scene"),
       T("An investigation has begun", "an investigation is under way")])

case("snow gritting plan", "rewrite", "consistent",
"""Kestle County Council has set aside £2.3 million for this winter's gritting programme, up
from £1.9 million last year, and will treat 1,100 miles of priority roads when
temperatures are forecast to fall below freezing. The authority has stockpiled 18,000
tonnes of salt across four depots and added three gritting lorries to its fleet, bringing
the total to 29. Residential side streets will not be gritted routinely, but 450 grit bins
will be placed on steep hills and near schools. Highways manager Nadia Crane said the
council could not promise that every road would be clear but would 'prioritise the routes
people rely on most'. Volunteers in 35 parishes have been issued with salt spreaders.""",
"""This winter Kestle County Council has budgeted £2.3m for gritting, £400,000 more than last
year. Whenever sub-zero temperatures are forecast, it will treat 1,100 miles of priority
roads. Four depots now hold a combined stockpile of 18,000 tonnes of salt, and three extra
gritting lorries have joined the fleet, which now numbers 29. Side streets in residential
areas will not be gritted as a matter of course; instead, 450 grit bins are to be placed
near schools and on steep hills. Nadia Crane, the highways manager, said the council was
unable to guarantee that every road would be clear, but would 'prioritise the routes
people rely on most'. Salt spreaders have been handed out to volunteers in 35 parishes.""",
traps=[T("£400,000 more than last year", "up from £1.9 million last year"),
       T("sub-zero temperatures are forecast", "temperatures are forecast to fall below freezing"),
       T("which now numbers 29", "bringing the total to 29"),
       T("as a matter of course", "routinely"),
       T("was unable to guarantee", "could not promise")])

case("hotel conversion plan", "rewrite", "consistent",
"""Plans to convert the former Elmbury Corn Exchange into a 64-bedroom boutique hotel have
been approved by Elmbury Town Council's planning committee, despite objections from
heritage campaigners. Developer Stanwick Leisure will retain the Grade II-listed
building's Victorian facade and glass roof, and the ground floor will include a public
café and exhibition space. The £9 million project is expected to create 45 permanent
jobs. The Elmbury Civic Society had argued that the internal alterations would damage the
building's character. Committee chairwoman Lydia Marsh said the scheme would bring a
'neglected landmark' back into use. The building has stood empty since 2017. Work is due
to start next spring and take around 18 months.""",
"""Elmbury Town Council's planning committee has given the go-ahead for Stanwick Leisure to
turn the old Elmbury Corn Exchange, empty since 2017, into a boutique hotel with 64
bedrooms, in spite of objections from heritage campaigners. The developer will keep the
Victorian facade and glass roof of the Grade II-listed building, and a café and exhibition
space open to the public will occupy the ground floor. Some 45 permanent jobs are expected
to be created by the £9m project. The Elmbury Civic Society had argued that the changes
inside would harm the building's character, but committee chair Lydia Marsh said the
scheme would bring a 'neglected landmark' back into use. Building work is due to begin
next spring and last about a year and a half.""",
traps=[T("given the go-ahead", "have been approved"),
       T("Some 45 permanent jobs are expected to be created",
         "is expected to create 45 permanent jobs"),
       T("the changes inside", "the internal alterations"),
       T("about a year and a half", "around 18 months")])

case("charity shop expansion", "rewrite", "consistent",
"""The homelessness charity Harbour Light plans to open 12 new charity shops across the
Westmere region over the next two years, taking its total to 47. The expansion, funded by
a £1.1 million legacy left to the charity in 2022, is expected to create around 30 paid
jobs and more than 200 volunteer roles. Chief executive Simone Achterberg said income from
the shops had risen by a quarter last year to £3.8 million, and every pound of profit went
directly to its hostels. The first of the new shops will open in Port Denning in May. The
charity said it would prioritise high streets with empty units, and several landlords had
offered reduced rents.""",
"""Harbour Light, a charity working with homeless people, intends to add 12 shops in the
Westmere region within the next two years, bringing the number it runs to 47. A £1.1m
legacy left to the charity in 2022 is paying for the expansion, which should create
roughly 30 paid posts and over 200 volunteer positions. According to chief executive
Simone Achterberg, shop income grew by 25% last year to £3.8m, with all profit going
straight to the charity's hostels. Port Denning will get the first new shop in May.
Harbour Light said high streets with vacant units would be its priority, adding that a
number of landlords had offered to cut their rents.""",
traps=[T("bringing the number it runs to 47", "taking its total to 47"),
       T("should create roughly 30 paid posts", "is expected to create around 30 paid jobs"),
       T("grew by 25%", "had risen by a quarter"),
       T("all profit going straight to", "every pound of profit went directly to"),
       T("vacant units", "empty units")])

# ---------------------------------------------------------------------------
# Part 2: rewrites, inconsistent
# ---------------------------------------------------------------------------
case("wildfire evacuation order", "rewrite", "inconsistent",
"""Authorities in the Corran Valley ordered the evacuation of about 2,300 residents from
three villages on Sunday afternoon as a wildfire driven by strong winds moved towards the
hills above Lessing. The regional civil protection agency said the fire had burned through
roughly 1,400 hectares of pine forest since it broke out on Friday. More than 300
firefighters, supported by six water-bombing aircraft, were deployed. Two firefighters were
treated in hospital for smoke inhalation. Agency director Tomas Reyhill said residents
should not return until the order was lifted, which was unlikely before Tuesday. Temporary
shelters have been set up in schools in Lessing and Dorn. Investigators believe the fire
may have been started by sparks from agricultural machinery.""",
"""On Sunday afternoon, authorities in the Corran Valley told around 2,300 people in three
villages to leave their homes as a wildfire fanned by strong winds advanced on the hills
above Lessing. Since breaking out on Friday, the blaze has consumed some 4,100 hectares of
pine forest, according to the regional civil protection agency. Over 300 firefighters have
been deployed, backed by six water-bombing aircraft. Two firefighters received hospital
treatment for smoke inhalation. Agency director Tomas Reyhill said residents should not go
back until the order was lifted. Schools in Lessing and Dorn are being used as temporary
shelters. Investigators believe sparks from farm machinery may have started the fire.""",
errors=[E("4,100 hectares", "number", "major", "1,400 hectares"),
        E("", "omission", "major", "which was unlikely before Tuesday",
          after="until the order was lifted")],
traps=[T("fanned by strong winds", "driven by strong winds"),
       T("farm machinery", "agricultural machinery")])

case("football club takeover bid", "rewrite", "inconsistent",
"""Harwick Athletic's board has recommended that shareholders accept a £38 million takeover
bid from Castellan Sports Group, the investment company controlled by businessman Victor
Almond. The offer values each share at £4.20, a 35% premium to Friday's closing price.
Castellan, which already owns 18% of the club, has pledged to invest a further £15 million
in the squad and training ground if the deal goes through. In the summer Castellan lent
Harwick £5 million to help cover player wages. The Harwick Supporters' Trust, which holds
6% of the shares, said it had not decided how to vote and wanted guarantees that the club
would stay at its Mill Lane stadium. Shareholders will vote on 14 November, and the bid
needs the backing of 75% of them to succeed.""",
"""The board of Harwick Athletic is urging shareholders to accept a £38m takeover offer from
Castellan Sports Group, Victor Almond's investment company. At £4.20 a share, the bid is
35% above the price at which the shares closed on Friday. Castellan, which holds 18% of
the club already, has promised another £15m for the squad and training ground if the
takeover is completed. Over the summer, Castellan borrowed £5m from Harwick to help pay
player wages. The Harwick Supporters' Trust, owner of 6% of the shares, is undecided and
wants guarantees that the club will stay at its Mill Lane stadium. The vote takes place on
14 November; three-quarters of shareholders must back the bid for it to succeed.""",
errors=[E("Castellan borrowed £5m from Harwick", "role", "major",
          "Castellan lent Harwick £5 million")],
traps=[T("35% above the price at which the shares closed on Friday",
         "a 35% premium to Friday's closing price"),
       T("is undecided", "had not decided how to vote"),
       T("three-quarters of shareholders", "75% of them")])

case("pharmacy opening hours", "rewrite", "inconsistent",
"""Pellworth's only late-night pharmacy will cut its opening hours from January, closing at
8pm instead of 11pm on weekdays, its owner Rowan Health has confirmed. The company said the
change was needed because it had been unable to recruit a second pharmacist despite
advertising for eight months. Sunday opening will continue unchanged. The local health
board said it was 'concerned' by the decision and was in talks with two other pharmacies
about extending their hours. Patient group Pellworth Health Voice said elderly residents and
shift workers would be hit hardest. Rowan Health said prescriptions could still be ordered
online and collected from a secure locker outside the shop, which is available 24 hours a
day.""",
"""From January, Rowan Health will shorten the hours of Pellworth's only late-night pharmacy,
which will shut at 8pm on weekdays rather than 11pm. The owner said it had been forced to
make the change after eight months of advertising failed to find a second pharmacist. The
pharmacy will no longer open on Sundays. The local health board, describing itself as
'concerned', said it was discussing longer hours with two other pharmacies. Elderly
residents and shift workers will be hit hardest, the health board warned. Prescriptions can
still be ordered online, Rowan Health said, and collected around the clock from a secure
locker outside the shop.""",
errors=[E("will no longer open on Sundays", "polarity", "major",
          "Sunday opening will continue unchanged"),
        E("the health board warned", "attribution", "minor",
          "Patient group Pellworth Health Voice said")],
traps=[T("shut at 8pm on weekdays rather than 11pm", "closing at 8pm instead of 11pm on weekdays"),
       T("after eight months of advertising failed to find a second pharmacist",
         "it had been unable to recruit a second pharmacist despite advertising for eight months"),
       T("around the clock", "24 hours a day")])

case("noise barrier construction", "rewrite", "inconsistent",
"""Construction of a 1.6-kilometre noise barrier along the A417 bypass at Thornley will begin
on 6 May and is scheduled to finish by the end of September, the regional roads authority
said on Friday. The 4-metre-high timber and acrylic barrier will shield about 900 homes on
the Ferncroft estate, where residents have campaigned for protection from traffic noise for
more than a decade. The £3.2 million project will require overnight lane closures on 22
nights, with a 40mph speed limit in place throughout the works. The authority said
monitoring after completion would check whether noise levels had fallen by the predicted 10
decibels. Campaign group Quieter Ferncroft described the start date as 'long overdue'.""",
"""Work on a 1.6km noise barrier beside the A417 Thornley bypass will get under way on 6 May,
with completion planned for the end of August, the regional roads authority announced on
Friday. Standing 4 metres high and made of timber and acrylic, the barrier will shield
about 900 homes on the Ferncroft estate, whose residents have been campaigning against
traffic noise for over ten years. The £3.2m scheme will involve overnight lane closures on
22 nights, and a 40mph limit will apply for the duration of the works. Once it is finished,
monitoring will establish whether noise levels have dropped by the predicted 10 decibels,
the authority said. Quieter Ferncroft, a campaign group, called the start date 'long
overdue'.""",
errors=[E("the end of August", "date", "major", "the end of September")],
traps=[T("1.6km", "1.6-kilometre"),
       T("for over ten years", "for more than a decade")])

case("company profit warning", "rewrite", "inconsistent",
"""Shares in homewares retailer Delacourt Group fell 22% on Tuesday after the company warned
that annual pre-tax profit would be around £41 million, well below the £58 million analysts
had expected. Delacourt blamed weak consumer spending in the autumn and higher shipping
costs, which it said had added £6 million to expenses. Chief executive Anita Varga said the
company might close some of its 130 stores if trading did not improve, but no decision had
been made. The group will publish full results on 18 March. Broker Hollins & Finch cut its
price target for the shares from 310p to 240p. Delacourt said its online sales had grown 9%
over the period.""",
"""Delacourt Group's shares slid 22% on Tuesday when the homewares retailer, issuing its third
profit warning in twelve months, said annual pre-tax profit would come in at about £41m, far
short of the £58m forecast by analysts. The company pointed to weak consumer spending during
the autumn and to higher shipping costs, which it said had pushed up expenses by £6m. Chief
executive Anita Varga said some of its 130 stores would have to close if trading did not
improve, though no decision had yet been made. Full results are due on 18 March. Hollins &
Finch, a broker, lowered its price target from 310p to 240p. Over the same period,
Delacourt's online sales rose by 9%.""",
errors=[E("issuing its third profit warning in twelve months", "addition", "major", None),
        E("would have to close", "modality", "major", "might close")],
traps=[T("far short of the £58m forecast by analysts",
         "well below the £58 million analysts had expected"),
       T("pushed up expenses by £6m", "added £6 million to expenses")])

case("import tariff change", "rewrite", "inconsistent",
"""The government of Varennia will cut the import tariff on steel from 25% to 10% from 1
July, Trade Minister Elena Stosic announced on Monday, in an effort to ease costs for the
country's construction and car industries. The tariff on aluminium will remain at 15%.
Stosic said the reduction would apply for an initial period of two years and would be
reviewed annually. The Varennian Steel Federation criticised the move, saying it would
expose domestic producers to cheap imports and could put 4,000 jobs at risk. The
Construction Employers' Council welcomed the decision, estimating that it would cut
building costs by about 3%.""",
"""Varennia is to lower its import tariff on steel to 10% from 25%, with effect from 1 July,
Trade Minister Elena Stosic said on Monday, as the government tries to ease costs for the
construction and car industries. Copper will continue to attract a 15% tariff. According
to the minister, the lower rate will initially apply for two years, with a review every
year. The Varennian Steel Federation attacked the decision, warning that domestic producers
would be exposed to cheap imports and that 4,000 jobs could be put at risk. The Construction
Employers' Council, by contrast, welcomed the change, which it estimates will cut building
costs by about 3%.""",
errors=[E("Copper", "entity", "major", "aluminium")],
traps=[T("to 10% from 25%", "from 25% to 10%"),
       T("with a review every year", "would be reviewed annually"),
       T("attacked the decision", "criticised the move")])

case("brewery expansion", "rewrite", "inconsistent",
"""Independent brewer Kettleby Ales is to double production at its site in Harrowgate Lane
after securing a £2.5 million loan from the Northern Enterprise Fund. The expansion will add
two 60-barrel fermentation vessels and a new canning line, raising annual output to around
40,000 barrels. Managing director Callum Rees said 18 new jobs would be created, mostly in
production and distribution. The brewery, founded in 2011 by three former teachers, now
supplies more than 300 pubs and two supermarket chains. Work on the extension is due to
begin in August. The company said it had also applied for planning permission to open a
taproom and visitor bar on the site.""",
"""Kettleby Ales, an independent brewer, will double production at its Harrowgate Lane site
after obtaining a £2.5m loan from the Northern Enterprise Fund. Two 60-barrel fermentation
vessels and a new canning line will be installed, lifting yearly output to about 40,000
barrels. According to managing director Callum Rees, 18 new jobs will be created, most of
them in production and distribution. Set up in 2011 by three former teachers, the brewery
now supplies over 300 pubs as well as two supermarket chains. Work on the extension is due
to start in August, lifting yearly output to about 40,000 barrels. The company said it had
also been granted planning permission to open a taproom and visitor bar at the site.""",
errors=[E("lifting yearly output to about 40,000 barrels", "repetition", "minor", None, occ=1),
        E("been granted planning permission", "event", "major",
          "applied for planning permission")],
traps=[T("lifting yearly output to about 40,000 barrels",
         "raising annual output to around 40,000 barrels", occ=0),
       T("Set up in 2011", "founded in 2011"),
       T("over 300 pubs", "more than 300 pubs")])

case("farmers market relaunch", "rewrite", "inconsistent",
"""The monthly farmers' market in Oxley Square will be relaunched on Saturday 12 April after a
two-year break, Oxley Town Council said. The market, which closed in 2023 when its organiser
retired, will now be run by the Vale Food Partnership, a not-for-profit group. Around 35
stalls are expected at the first event, selling produce from within 30 miles of the town.
Pitch fees have been cut by half for the first six months to attract new traders. The
market will operate from 8am to 1pm on the second Saturday of each month. Council leader
Gwen Arkwright said the town centre had 'missed the buzz' the market brought. Free parking
will be available in the Station Road car park on market days.""",
"""After a two-year absence, Oxley Square's monthly farmers' market will return on Saturday 12
April, according to Oxley Town Council. It shut in 2023 when the person organising it
retired, and will now be run by the Vale Food Partnership, a not-for-profit group. The
opening market is expected to feature about 35 stalls, selling produce from within a
30-mile radius of the town. To attract new traders, pitch fees have been halved. Trading
hours will be 8am to 1pm on the second Saturday of every month. The town centre had 'missed
the buzz' the market brought, said Gwen Arkwright, the council leader. On market days,
parking at the Station Road car park will be free.""",
errors=[E("", "omission", "major", "for the first six months",
          after="pitch fees have been halved")],
traps=[T("the person organising it retired", "its organiser retired"),
       T("expected to feature about 35 stalls", "Around 35 stalls are expected"),
       T("a 30-mile radius", "30 miles")])

case("distillery visitor centre", "rewrite", "inconsistent",
"""Glenmarrow Distillery will open a £6.8 million visitor centre on the shores of Loch Fennan
in June next year, the company said on Wednesday. The centre will include a shop, a 90-seat
restaurant and a tasting room overlooking the loch, and is expected to attract 55,000
visitors a year. Around 25 full-time jobs will be created, along with 15 seasonal posts. The
distillery, which dates from 1864, was bought by drinks group Aldous & Kerr in 2019.
Managing director Fiona Lennie said the project was the largest investment in the site's
history. The local council granted planning consent in March after the company agreed to
fund improvements to the single-track access road.""",
"""In June next year Glenmarrow Distillery will open a visitor centre costing £6.8m on the
shores of Loch Fennan, the company announced on Wednesday. Besides a shop, the centre will
have a restaurant seating 90 and a tasting room with views over the loch; it is expected to
draw 5,500 visitors a year. Some 25 full-time jobs and 15 seasonal posts will be created.
Dating from 1864, the distillery has been owned by the drinks group Aldous & Kerr since
2019. Fiona Lennie, the managing director, described the project as the biggest investment
ever made at the site. The local council gave planning consent in March, before the company
agreed to pay for upgrades to the single-track access road.""",
errors=[E("5,500 visitors a year", "number", "major", "55,000 visitors a year"),
        E("before", "date", "major", "after")],
traps=[T("a restaurant seating 90", "a 90-seat restaurant"),
       T("has been owned by the drinks group Aldous & Kerr since 2019",
         "was bought by drinks group Aldous & Kerr in 2019"),
       T("the biggest investment ever made at the site",
         "the largest investment in the site's history")])

case("war memorial restoration", "rewrite", "inconsistent",
"""Restoration of the war memorial in Hadleigh Green's market square has been completed in time
for Remembrance Sunday, the parish council said. The Portland stone memorial, unveiled in
1921, had been badly weathered, and several of the 146 names on it had become illegible. The
parish council contributed £10,000 towards the £48,000 cost, with the rest raised by the
Hadleigh Green branch of the Veterans' Fellowship over three years. Specialist conservators
from Ashlar & Vine recut the lettering by hand and repaired cracks in the base. Three names
missing from the original inscription have also been added, following research by local
historian Margaret Thorne.""",
"""Work to restore the war memorial in Hadleigh Green's market square has finished ahead of
Remembrance Sunday, according to the parish council. Unveiled in 1921, the Portland stone
memorial had suffered badly from weathering, leaving several of its 146 names unreadable.
The Hadleigh Green branch of the Veterans' Fellowship contributed £10,000 towards the £48,000
cost, and the parish council raised the rest over three years. Specialist conservators from
Ashlar & Vine recut the lettering by hand and mended cracks in the base. Following research
by Margaret Thorne, a local historian, three names that had been left off the original
inscription have also been added.""",
errors=[E("The Hadleigh Green branch of the Veterans' Fellowship contributed £10,000 towards "
          "the £48,000 cost, and the parish council raised", "role", "major",
          "parish council contributed £10,000 towards the £48,000 cost, with the rest raised by "
          "the Hadleigh Green branch of the Veterans' Fellowship")],
traps=[T("unreadable", "illegible"),
       T("left off the original inscription", "missing from the original inscription")])

# ---------------------------------------------------------------------------
# Part 3: summaries, consistent
# ---------------------------------------------------------------------------
case("college merger plan", "summary", "consistent",
"""Two further education colleges in the Dunmore area are to merge next August, creating one
of the largest providers in the region with around 14,000 students. Dunmore College and
Wenlock Technical College said the combined institution would operate from all five existing
campuses and that no campus closures were planned for at least three years. The merged
college will be led by Dunmore's principal, Adrian Colville, while Wenlock's principal, Priya
Natarajan, will become deputy principal. The colleges said the merger would save about £1.5
million a year, mainly through shared administrative systems, and that some back-office
roles could be lost, though they hoped to avoid compulsory redundancies. A public
consultation will run until 20 December. The University and College Staff Union said it
would seek assurances on jobs and pay. Both governing boards approved the proposal
unanimously last week.""",
"""Dunmore College and Wenlock Technical College will merge next August into a college of
roughly 14,000 students that will use all five current campuses, with none due to close for
at least three years. Dunmore's principal, Adrian Colville, will lead it, with his Wenlock
counterpart Priya Natarajan as deputy. Savings of some £1.5m a year are expected, chiefly
from shared administration; some back-office posts may go, though the colleges hope to
avoid compulsory redundancies. Consultation closes on 20 December.""",
traps=[T("roughly 14,000 students", "around 14,000 students"),
       T("none due to close", "no campus closures were planned"),
       T("his Wenlock counterpart Priya Natarajan as deputy",
         "Wenlock's principal, Priya Natarajan, will become deputy principal"),
       T("Savings of some £1.5m a year are expected", "the merger would save about £1.5 million a year"),
       T("Consultation closes on 20 December", "A public consultation will run until 20 December")])

case("marathon route change", "summary", "consistent",
"""Organisers of the Fenwick City Marathon have changed the route for this year's race on 27
April because of bridge repairs on the River Lusk. The 26.2-mile course will no longer cross
Kingsmead Bridge, which is closed for resurfacing until June. Instead, runners will follow a
loop through Abbey Park before rejoining the original route at mile 14. Race director Hannah
Oyelaran said the new route was 'slightly flatter' and could produce faster times. The start
and finish, on Castle Parade, are unchanged. About 9,000 runners are registered, and
organisers expect more than 60,000 spectators. Several roads in the Abbey Park area will be
closed from 7am to 3pm on race day, and residents have been sent letters explaining the
diversions. The race raised £2.1 million for charity last year.""",
"""Resurfacing work on Kingsmead Bridge has forced a change to the Fenwick City Marathon route
for the 27 April race: runners will avoid the closed bridge by looping through Abbey Park,
rejoining the original course at mile 14. The race director says the new route is slightly
flatter and may yield quicker times. Start and finish stay on Castle Parade. Some 9,000
runners have entered, and several roads near Abbey Park will close from 7am to 3pm on race
day.""",
traps=[T("Resurfacing work on Kingsmead Bridge has forced a change",
         "because of bridge repairs on the River Lusk"),
       T("may yield quicker times", "could produce faster times"),
       T("Start and finish stay on Castle Parade",
         "The start and finish, on Castle Parade, are unchanged"),
       T("Some 9,000 runners have entered", "About 9,000 runners are registered")])

case("credit union merger", "summary", "consistent",
"""Members of two credit unions in the Ravensholt area have voted to merge, creating a combined
organisation with more than 21,000 members and assets of £48 million. At special general
meetings held on Thursday, 91% of Ravensholt Community Credit Union members who voted backed
the merger, as did 87% of those voting at Tenterfield Savers. The new body, to be called
Ravensholt & Tenterfield Credit Union, will formally begin operating on 1 October, subject to
approval from the regulator. All existing savings accounts and loans will transfer
automatically, and members will not need to take any action. Chief executive designate
Martin Okafor said the merger would allow the credit union to offer mortgages for the first
time. Both branch offices will remain open.""",
"""Ravensholt Community Credit Union and Tenterfield Savers are to combine after 91% and 87% of
their voting members respectively approved the plan on Thursday. Subject to regulatory
approval, Ravensholt & Tenterfield Credit Union will start on 1 October with over 21,000
members and £48m of assets. Savings and loans move across automatically, and both branches
stay open. Incoming chief executive Martin Okafor said it would be able to offer mortgages
for the first time.""",
traps=[T("Subject to regulatory approval", "subject to approval from the regulator"),
       T("over 21,000 members", "more than 21,000 members"),
       T("move across automatically", "will transfer automatically"),
       T("Incoming chief executive", "Chief executive designate")])

case("vaccine clinic schedule", "summary", "consistent",
"""Drop-in flu vaccination clinics will run at six community venues across Brackwell from 2
October to 15 December, the Brackwell Health Partnership has announced. The clinics are open
to everyone aged 65 and over, pregnant women, and people with certain long-term health
conditions, who can receive the vaccine free of charge. No appointment is needed, but people
are asked to bring their patient number if possible. Weekday sessions will run from 10am to
6pm, with Saturday morning sessions at the Brackwell Leisure Centre and Orchard Street
Library. Last winter, only 58% of eligible residents in the town were vaccinated, below the
regional average of 66%. Health partnership director Dr Laila Brennan urged people not to
wait until the cold weather arrived.""",
"""From 2 October until 15 December, six community venues in Brackwell will host drop-in flu
jab clinics offering free vaccination to anyone aged 65 or older, pregnant women and people
with certain long-term conditions. No booking is required. Sessions run from 10am to 6pm on
weekdays, with Saturday mornings at the leisure centre and Orchard Street Library. Last
winter only 58% of eligible residents were vaccinated, against a regional average of 66%,
and the partnership's director urged people not to wait for cold weather.""",
traps=[T("flu jab clinics", "flu vaccination clinics"),
       T("anyone aged 65 or older", "everyone aged 65 and over"),
       T("No booking is required", "No appointment is needed"),
       T("not to wait for cold weather", "not to wait until the cold weather arrived")])

case("aircraft engine recall", "summary", "consistent",
"""Engine manufacturer Corvane Aero has ordered the inspection of around 340 of its TF-90
turbofan engines after cracks were found in a fan blade during routine maintenance at an
airline base in Portugal. The company said on Friday that the affected engines, fitted to
regional jets operated by about 20 airlines, must be checked within 30 days or before their
next 500 flight cycles, whichever comes first. Corvane said there had been no in-flight
failures and that the problem appeared to be linked to a single batch of blades made in
2021. Aviation regulators in several countries are expected to make the inspections
mandatory. Engines found to have cracked blades will be taken out of service until the parts
are replaced. Corvane shares fell 4% on the news.""",
"""Corvane Aero has ordered checks on some 340 TF-90 engines, used on regional jets flown by
roughly 20 airlines, after fan-blade cracks were discovered during routine maintenance in
Portugal. Each must be inspected within 30 days or 500 flight cycles, whichever is sooner.
The problem appears to stem from a single 2021 batch of blades, and no engine has failed in
flight. Regulators are likely to make the checks compulsory; engines with cracked blades
will be withdrawn from service until new parts are fitted. Corvane's shares dropped 4%.""",
traps=[T("some 340", "around 340"),
       T("whichever is sooner", "whichever comes first"),
       T("no engine has failed in flight", "there had been no in-flight failures"),
       T("likely to make the checks compulsory", "expected to make the inspections mandatory"),
       T("withdrawn from service", "taken out of service")])

# ---------------------------------------------------------------------------
# Part 4: summaries, inconsistent
# ---------------------------------------------------------------------------
case("lottery grant for museum", "summary", "inconsistent",
"""The Pennock Valley Mining Museum has been awarded £1.2 million by the Lindmoor Lottery
Heritage Board to restore its Victorian winding house and create a new gallery about the
lives of mining families. The museum, which attracts about 35,000 visitors a year, will use
the money to repair the building's roof and steam engine, which has not run since 1998.
Museum director Gareth Pryce said the grant was 'a lifeline' and would secure the site's
future for a generation. The board's regional chair, Susan Whitlock, said the project would
'tell the stories of ordinary people whose work powered the valley'. Work is due to begin in
the spring and the new gallery is expected to open in 2027. The museum will remain open
during the work.""",
"""The Pennock Valley Mining Museum has won a £1.2m lottery grant to restore its Victorian
winding house, including the roof and the steam engine that last ran in 1998, and to add a
gallery on the lives of mining families. Director Gareth Pryce called the award 'a
lifeline'. The project will 'tell the stories of ordinary people whose work powered the
valley', he added. Work is due to start in spring, with the gallery expected to open in
2027; the museum will stay open meanwhile.""",
errors=[E("he added", "attribution", "major",
          "The board's regional chair, Susan Whitlock, said")],
traps=[T("won a £1.2m lottery grant", "has been awarded £1.2 million"),
       T("that last ran in 1998", "which has not run since 1998")])

case("theatre refurbishment grant", "summary", "inconsistent",
"""The Regent Theatre in Castlebury is to receive a £3.4 million government grant towards a
refurbishment that will replace all 920 seats, upgrade the stage machinery and make the
building fully accessible for wheelchair users. The grant covers roughly 70% of the £4.9
million cost, with the remainder to come from the theatre's own fundraising and Castlebury
City Council. The Grade II-listed theatre, which opened in 1911, will close for around 14
months from January 2026. Theatre director Owen Maddox said the building could have faced
closure within five years without the work. During the refurbishment, the theatre's
pantomime and touring productions will move to the Castlebury Corn Hall. Audiences at the
Regent reached 210,000 last year, a record.""",
"""A £3.4m government grant, covering about 70% of the £4.9m bill, will help the Regent Theatre
in Castlebury replace all 920 seats, upgrade its stage machinery and become fully
wheelchair-accessible. The 1911 theatre will shut for roughly 18 months from January 2026,
with its pantomime and touring shows moving to the Corn Hall. Director Owen Maddox said the
building would have closed within five years without the work.""",
errors=[E("roughly 18 months", "number", "major", "around 14 months"),
        E("would have closed", "modality", "major", "could have faced closure")],
traps=[T("covering about 70% of the £4.9m bill", "covers roughly 70% of the £4.9 million cost"),
       T("fully wheelchair-accessible", "fully accessible for wheelchair users")])

case("shareholder revolt", "summary", "inconsistent",
"""More than 40% of shareholders at engineering group Hollister Brand voted against the
company's pay report at its annual meeting in Brackley on Thursday, in protest at a £4.6
million bonus awarded to chief executive Paul Marchetti. The vote was advisory, meaning the
payments will still go ahead. Proxy adviser Seacombe Governance had urged investors to oppose
the report, arguing the bonus was not justified after a year in which the company's share
price fell 18%. Chairman Richard Oakes said the board would 'consult widely' with
shareholders over the coming months. A resolution to re-elect Oakes was passed with 71%
support. Under corporate governance rules, companies that receive more than 20% opposition
must publish an update within six months.""",
"""Over 40% of Hollister Brand shareholders voted against re-electing chief executive Paul
Marchetti at Thursday's annual meeting, in protest at his £4.6m bonus, awarded in a year
when the share price fell 18%. The vote was advisory, so the payments will still be made. Chairman Richard
Oakes, re-elected with 71% support, promised to consult shareholders widely; the company
must publish an update within six months.""",
errors=[E("voted against re-electing chief executive Paul Marchetti", "event", "critical",
          "voted against the company's pay report")],
traps=[T("Over 40%", "More than 40%"),
       T("the payments will still be made", "the payments will still go ahead"),
       T("promised to consult shareholders widely", "would 'consult widely' with shareholders")])

case("water main burst", "summary", "inconsistent",
"""A burst water main flooded streets in the Larchfield area of Stenbury on Monday morning,
leaving around 4,000 homes without water or with low pressure for up to nine hours. The
24-inch pipe, which dates from the 1950s, ruptured at about 5.30am beneath Quarry Road,
sending water into several basements and forcing the closure of Larchfield Primary School.
Stenbury Water said engineers had isolated the pipe by 8am and supplies were fully restored
by 2.30pm. Bottled water was handed out at the Larchfield community centre. Quarry Road is
expected to remain closed for at least a week while the road surface is repaired. The company
apologised and said affected customers would receive automatic compensation of £30.""",
"""A 1950s water main burst under Quarry Road in Stenbury's Larchfield area at about 5.30am on
Monday, in what the company blamed on overnight frost, leaving some 4,000 homes with no
water or low pressure for as long as nine hours. Several basements flooded and Larchfield
Primary School closed. Supplies were fully back by 2.30pm, with bottled water handed out at
the Stenbury community centre. Quarry Road will probably stay shut for at
least a week; affected customers will automatically get £30.""",
errors=[E("in what the company blamed on overnight frost", "addition", "major", None),
        E("Stenbury community centre", "entity", "minor", "Larchfield community centre")],
traps=[T("for as long as nine hours", "for up to nine hours"),
       T("will probably stay shut", "is expected to remain closed")])

case("workplace safety fine", "summary", "inconsistent",
"""Packaging manufacturer Drayton Cartons has been fined £280,000 after a worker lost two
fingers in an unguarded cutting machine at its factory in Wellsby. Stenhall Crown Court heard
that the company had removed a safety guard from the machine in 2021 to speed up production
and had not carried out a risk assessment. The 34-year-old employee, who has not been named,
was injured in March 2022 while clearing a blockage. Drayton Cartons pleaded guilty to
breaching health and safety regulations and was also ordered to pay £18,500 in costs. Judge
Alison Pike said the company had 'put profit before the safety of its staff'. The company said
it had since fitted guards to all its machines and retrained its workforce.""",
"""Drayton Cartons has been fined £280,000, plus £18,500 costs, after a worker lost two fingers
in an unguarded cutting machine at its Wellsby factory in March 2022. The company, which had
carried out a risk assessment, removed the machine's safety guard in 2021 to speed up
production, and admitted breaching health and safety regulations. The judge said it had 'put
profit before the safety of its staff'. The firm says it has since fitted guards to all its
machines.""",
errors=[E("which had carried out a risk assessment", "polarity", "major",
          "had not carried out a risk assessment")],
traps=[T("plus £18,500 costs", "was also ordered to pay £18,500 in costs"),
       T("admitted breaching", "pleaded guilty to breaching")])

# ---------------------------------------------------------------------------
# Part 5: translations, consistent
# ---------------------------------------------------------------------------
case("cathedral roof restoration", "translation", "consistent",
"""The restoration of the roof of Saint-Aubert Cathedral in Vérmont will cost 7.8 million euros
and last four years, the diocese announced on Wednesday. The work, which will begin in
September, concerns the nave and the two side chapels, where water infiltration has damaged
several frescoes from the fifteenth century. The state will finance half of the project, the
region 30 percent, and the remainder will come from a public subscription launched by the
Friends of the Cathedral association. The cathedral will remain open to visitors throughout
the work, although the north aisle will be closed for approximately eighteen months.
According to the chief architect, Claire Dumesnil, about 60,000 slates will have to be
replaced.""",
"""Vérmont's Saint-Aubert Cathedral is to have its roof restored at a cost of €7.8m over a
period of four years, the diocese said on Wednesday. Starting in September, the works will
cover the nave and both side chapels, where leaking water has harmed a number of
15th-century frescoes. Fifty percent of the funding will come from the state and 30% from
the region, with the rest raised through a public appeal launched by the association Friends
of the Cathedral. Visitors will still be able to enter the cathedral for the whole duration
of the works, but the north aisle will be shut for around a year and a half. Some 60,000
slates will need replacing, according to chief architect Claire Dumesnil.""",
traps=[T("€7.8m", "7.8 million euros"),
       T("leaking water has harmed", "water infiltration has damaged"),
       T("15th-century frescoes", "frescoes from the fifteenth century"),
       T("Fifty percent of the funding will come from the state",
         "The state will finance half of the project"),
       T("around a year and a half", "approximately eighteen months")])

case("village post office closure", "translation", "consistent",
"""The post office in the village of Hollenried will close its doors definitively on 31 March,
after 112 years of service, the postal company Alpenpost confirmed. The decision is explained
by the sharp fall in activity: the counter now receives on average fewer than 20 customers
per day, compared with 85 ten years ago. From April, postal services will be offered in the
village bakery, which will be open six days a week. The mayor, Josef Brandl, expressed his
'deep regret' but recognised that the solution with the bakery would allow longer opening
hours. A petition against the closure had collected 430 signatures, or more than a third of
the population.""",
"""Alpenpost, the postal operator, has confirmed that Hollenried's village post office will shut
for good on 31 March, 112 years after it opened. The company attributes the decision to a
steep decline in business, with the counter now serving under 20 customers a day on average,
against 85 a decade ago. Starting in April, the village bakery, open six days a week, will
provide postal services. Mayor Josef Brandl voiced his 'deep regret', while acknowledging that
the bakery arrangement would allow longer opening hours. A petition against the closure had
been signed by 430 people, over a third of the village's inhabitants.""",
traps=[T("for good", "definitively"),
       T("112 years after it opened", "after 112 years of service"),
       T("under 20 customers a day on average", "on average fewer than 20 customers per day"),
       T("a decade ago", "ten years ago"),
       T("over a third of the village's inhabitants", "more than a third of the population")])

case("apprenticeship funding cut", "translation", "consistent",
"""The government of the province of Vestrand will reduce by 15 percent the budget dedicated to
apprenticeships next year, bringing it to 212 million crowns, according to the draft budget
presented on Tuesday by the finance minister, Lars Heggem. The aid paid to companies that take
on an apprentice will pass from 4,000 to 3,000 crowns per year, while the training allowance
for the apprentices themselves will not change. The minister justified the measure by the
need to reduce the deficit, which reached 2.1 percent of provincial GDP last year. The
employers' federation described the decision as 'short-sighted' and warned that some small
firms could stop recruiting apprentices. The budget must still be approved by the provincial
parliament in December.""",
"""Next year's apprenticeship budget in the province of Vestrand is set to fall by 15% to 212
million crowns, under the draft budget that finance minister Lars Heggem unveiled on Tuesday.
Businesses taking on an apprentice will receive 3,000 crowns a year in support instead of
4,000, but the training allowance paid to apprentices will stay the same. Heggem said the cut
was needed to bring down the deficit, which stood at 2.1% of provincial GDP last year. Calling
the decision 'short-sighted', the employers' federation warned that some small businesses
might stop hiring apprentices. The provincial parliament still has to approve the budget in
December.""",
traps=[T("3,000 crowns a year in support instead of 4,000",
         "will pass from 4,000 to 3,000 crowns per year"),
       T("will stay the same", "will not change"),
       T("stood at 2.1% of provincial GDP", "reached 2.1 percent of provincial GDP"),
       T("might stop hiring apprentices", "could stop recruiting apprentices"),
       T("The provincial parliament still has to approve the budget",
         "The budget must still be approved by the provincial parliament")])

case("park bandstand restoration", "translation", "consistent",
"""The bandstand in the Jardin des Tilleuls in Montclar, built in 1887, will be restored this
spring and will host concerts again from the month of June, the town hall announced. The
cast-iron structure, closed to the public since 2019 for safety reasons, will be entirely
dismantled, and its pieces will be treated against rust in a specialised workshop in Valcourt
before being reassembled. The cost of the work is estimated at 380,000 euros, of which 40
percent is financed by a heritage grant. The deputy mayor in charge of culture, Sophie Arnaud,
indicated that a programme of free concerts would be offered every Sunday in summer, in
partnership with the municipal music school.""",
"""Montclar town hall has announced that the Jardin des Tilleuls bandstand, which dates from
1887, is to be restored this spring, with concerts returning from June. The cast-iron
bandstand, off-limits to the public since 2019 on safety grounds, will be taken apart
completely; a specialist workshop in Valcourt will give its components anti-rust treatment
before they are put back together. The works are expected to cost around 380,000 euros,
two-fifths of which is covered by a heritage grant. Free concerts will be put on every Sunday
during the summer in partnership with the municipal music school, said Sophie Arnaud, the
deputy mayor responsible for culture.""",
traps=[T("off-limits to the public", "closed to the public"),
       T("taken apart completely", "entirely dismantled"),
       T("expected to cost around 380,000 euros",
         "The cost of the work is estimated at 380,000 euros"),
       T("two-fifths", "40 percent")])

case("cruise ship berth", "translation", "consistent",
"""The port of Santa Lúcia de Mar will build a second berth for cruise ships, capable of
receiving vessels of up to 340 metres in length, the port authority announced on Monday. The
project, budgeted at 26 million euros, should be completed in 2027 and will allow the port to
receive two large ships simultaneously. Last year, 118 cruise ships called at the port,
bringing around 190,000 passengers. The port authority president, Marta Quintela, said the
investment would be financed entirely with the authority's own resources, without public
money. Environmental associations have asked for the new berth to be equipped with shore
power so that ships can switch off their engines while docked; the authority said this
possibility was being studied.""",
"""The Santa Lúcia de Mar port authority said on Monday that it will construct a second cruise
berth able to accommodate ships as long as 340 metres. With a budget of 26 million euros, the
berth is due to be finished in 2027, after which the port will be able to handle two large
ships at the same time. Some 190,000 passengers arrived on the 118 cruise ships that called at
the port last year. Marta Quintela, who heads the port authority, said the investment would
be paid for wholly out of the authority's own funds, with no public money involved.
Environmental groups have called for the new berth to be fitted with shore power, allowing
ships to turn off their engines while moored; the authority said it was examining the
option.""",
traps=[T("ships as long as 340 metres", "vessels of up to 340 metres in length"),
       T("at the same time", "simultaneously"),
       T("Some 190,000 passengers arrived on the 118 cruise ships",
         "118 cruise ships called at the port, bringing around 190,000 passengers"),
       T("wholly out of the authority's own funds", "entirely with the authority's own resources"),
       T("examining the option", "this possibility was being studied")])

# ---------------------------------------------------------------------------
# Part 6: translations, inconsistent
# ---------------------------------------------------------------------------
case("museum ticket pricing", "translation", "inconsistent",
"""The Museum of Fine Arts of Ravelle will raise the price of its full-rate ticket from 12 to 15
euros on 1 March, the municipal council decided on Thursday. Admission will remain free at
all times for visitors under 18, and for residents of the city on the first Sunday of each
month. The director of the museum, Hélène Vasseur, explained that the increase was needed to
finance longer opening hours, with the museum open until 9pm on Thursdays from spring. The
opposition group in the council voted against, considering that the measure would discourage
families. Last year the museum received 245,000 visitors, a record since its renovation in
2016.""",
"""On Thursday the regional council voted to increase the standard admission price at Ravelle's
Museum of Fine Arts from 12 euros to 15 euros, starting on 1 March. Under-18s will continue to
be admitted free at any time, as will city residents on the first Sunday of every month.
Museum director Hélène Vasseur said the rise was necessary to pay for extended hours: from
the spring, the museum will stay open until 9pm on Thursdays. The council's opposition group
voted against the measure, arguing that it would put families off. The museum had 245,000
visitors last year, a record since its 2016 renovation, a record since its 2016 renovation.""",
errors=[E("the regional council", "entity", "major", "the municipal council"),
        E("a record since its 2016 renovation", "repetition", "minor", None, occ=1)],
traps=[T("Under-18s", "visitors under 18"),
       T("put families off", "discourage families")])

case("export licence suspension", "translation", "inconsistent",
"""The Ministry of Economy of Dravonia has suspended for six months the export licences of three
companies producing dual-use electronic components, following an investigation into
deliveries to unauthorised intermediaries. The suspension took effect on 14 October and
concerns the companies Teknova, Mirel Systems and Baltron. According to the ministry,
components worth about 9 million euros were exported between 2022 and 2024 without the
necessary verification of the final user. The three companies may appeal the decision within
30 days. Teknova announced that it would contest the suspension, while the other two companies
did not comment. Around 600 employees work in the three firms.""",
"""Dravonia's economy ministry has suspended the export licences of three manufacturers of
dual-use electronic components for a period of six months, after an inquiry into shipments to
unauthorised middlemen. The firms affected are Teknova, Mirel Systems and Baltron, and the
suspension has applied since 14 November. The ministry says roughly 9 million euros' worth of
components were sent abroad from 2022 to 2024 without the required checks on who the end user
was. The companies have 30 days to lodge an appeal. Teknova has said it will challenge the
decision; the two others made no comment. The three businesses employ about 600 people between
them.""",
errors=[E("14 November", "date", "major", "14 October")],
traps=[T("unauthorised middlemen", "unauthorised intermediaries"),
       T("who the end user was", "the final user"),
       T("have 30 days to lodge an appeal", "may appeal the decision within 30 days")])

case("chief executive resignation", "translation", "inconsistent",
"""The chief executive of the insurer Monteverde Assicurazioni, Paolo Ferrante, has resigned
with immediate effect after eight years at the head of the group, the company announced on
Friday evening. He will be replaced on an interim basis by the chief financial officer, Giulia
Renzi, while the board of directors searches for a permanent successor. The resignation comes
two weeks after the publication of half-year results showing a 27 percent fall in net profit.
Ferrante, 61, said in a statement that he wished to 'give the group new energy'. The company's
shares fell 3 percent in after-hours trading. The board thanked Ferrante for having doubled the
number of clients during his mandate.""",
"""Paolo Ferrante, chief executive of insurance group Monteverde Assicurazioni, has stepped down
with immediate effect after eight years in charge, the company said on Friday evening. Chief
financial officer Giulia Renzi will take over as interim chief executive until the board finds
a permanent replacement. The departure comes a fortnight after the release of half-year
figures that showed a drop in net profit. In a statement, the 61-year-old said he wanted to
'give the group new energy'. Monteverde shares lost 3% in after-hours trading. Ferrante thanked
the board for doubling the number of clients during his tenure.""",
errors=[E("", "omission", "minor", "27 percent", before="drop in net profit"),
        E("Ferrante thanked the board", "role", "major", "The board thanked Ferrante")],
traps=[T("has stepped down", "has resigned"),
       T("a fortnight", "two weeks"),
       T("will take over as interim chief executive",
         "will be replaced on an interim basis")])

case("restaurant hygiene ratings", "translation", "inconsistent",
"""One restaurant in six inspected in the city of Korvala last year received an unsatisfactory
hygiene rating, according to the annual report of the municipal food safety office published
on Monday. Of the 1,240 establishments inspected, 207 obtained the lowest two grades, compared
with 264 the previous year. The most frequent problems concerned the storage temperature of
food and the cleanliness of kitchens. Eleven establishments were temporarily closed. The head
of the office, Anneli Virtanen, said the improvement was encouraging but that inspections
would be reinforced in the city centre, where the situation had not improved. From next year,
establishments may be required to display their rating at the entrance.""",
"""According to the municipal food safety office's annual report, released on Monday, about 17%
of the restaurants inspected in Korvala last year were given an unsatisfactory hygiene rating.
Of 1,240 premises checked, 207 received one of the two lowest grades, down from 264 a year
earlier. Food storage temperatures and kitchen cleanliness were the most common failings.
Eleven premises were closed temporarily. Anneli Virtanen, who heads the office, called the
progress encouraging but said inspections would be stepped up in the city centre, where
conditions had also improved. Starting next year, establishments will have to display their
rating at the entrance.""",
errors=[E("where conditions had also improved", "polarity", "major",
          "where the situation had not improved"),
        E("will have to display", "modality", "major", "may be required to display")],
traps=[T("about 17%", "One restaurant in six"),
       T("down from 264 a year earlier", "compared with 264 the previous year"),
       T("stepped up", "reinforced")])

case("archaeological dig find", "translation", "inconsistent",
"""Archaeologists working on the site of a future car park in the town of Velestra have
discovered the remains of a Roman bath complex dating from the second century, the regional
heritage service announced on Thursday. The excavation, which began in February, has uncovered
three heated rooms, a mosaic floor measuring about 20 square metres and several hundred coins.
According to the head of the excavation, Dr Nikos Aravantis, it is the best-preserved complex
of this type found in the region. The municipality has decided to suspend the car park project
for at least a year so that the excavation can be extended. The mosaic will be removed and
displayed in the town's archaeological museum.""",
"""Remains of a second-century Roman bath complex have been found by archaeologists digging on
the site of a planned car park in Velestra, the regional heritage service said on Thursday.
Since work started in February, the dig has revealed three heated rooms, a mosaic floor of
roughly 20 square metres and several hundred coins. Dr Nikos Aravantis, who is leading the
excavation, said no complex of this kind in the region had been found in a better state of
preservation. The town has decided to abandon plans for the car park so that the excavation
can be extended. The mosaic is to be lifted and put on display in Velestra's archaeological
museum.""",
errors=[E("abandon plans for the car park", "event", "critical",
          "suspend the car park project for at least a year")],
traps=[T("roughly 20 square metres", "about 20 square metres"),
       T("no complex of this kind in the region had been found in a better state of preservation",
         "it is the best-preserved complex of this type found in the region"),
       T("lifted", "removed")])

# ---------------------------------------------------------------------------
# Part 7: offsets, validation, output
# ---------------------------------------------------------------------------
WORD = re.compile(r"\w", re.UNICODE)


def is_word_char(ch):
    return bool(WORD.match(ch))


def find_nth(hay, needle, occ):
    """Offset of occurrence `occ` (0-based) of needle; occ None means it must be unique."""
    hits = []
    i = hay.find(needle)
    while i != -1:
        hits.append(i)
        i = hay.find(needle, i + 1)
    if not hits:
        raise ValueError("text not found: %r" % needle)
    if occ is None:
        if len(hits) > 1:
            raise ValueError("text occurs %d times, give occ: %r" % (len(hits), needle))
        return hits[0]
    if occ >= len(hits):
        raise ValueError("occurrence %d of %r not found (%d hits)" % (occ, needle, len(hits)))
    return hits[occ]


def check_boundaries(cand, start, end, what):
    if start == end:
        if 0 < start < len(cand) and is_word_char(cand[start - 1]) and is_word_char(cand[start]):
            raise ValueError("%s: omission point inside a word at %d" % (what, start))
        return
    if start > 0 and is_word_char(cand[start - 1]) and is_word_char(cand[start]):
        raise ValueError("%s cuts a word at start %d" % (what, start))
    if end < len(cand) and is_word_char(cand[end]) and is_word_char(cand[end - 1]):
        raise ValueError("%s cuts a word at end %d" % (what, end))
    if cand[start].isspace() or cand[end - 1].isspace():
        raise ValueError("%s starts or ends with whitespace" % what)


def build_record(idx, c):
    cand, ref = c["candidate"], c["reference"]
    rid = "s%d-%03d" % (SET_NO, idx)
    errors, traps, spans = [], [], []
    for e in c["errors"]:
        if e["type"] not in ERROR_TYPES:
            raise ValueError("%s: bad error type %r" % (rid, e["type"]))
        if e["severity"] not in SEVERITIES:
            raise ValueError("%s: bad severity %r" % (rid, e["severity"]))
        if e["type"] == "omission":
            if e["text"] != "":
                raise ValueError("%s: omission text must be empty" % rid)
            if c["mode"] == "summary":
                raise ValueError("%s: omission in a summary" % rid)
            if (e["before"] is None) == (e["after"] is None):
                raise ValueError("%s: omission needs exactly one of before/after" % rid)
            if e["before"] is not None:
                start = find_nth(cand, e["before"], e["anchor_occ"])
            else:
                start = find_nth(cand, e["after"], e["anchor_occ"]) + len(e["after"])
            end = start
            if not e["ref_text"] or e["ref_text"] in cand:
                raise ValueError("%s: omitted words must be absent from candidate" % rid)
        else:
            if not e["text"]:
                raise ValueError("%s: empty non-omission span" % rid)
            start = find_nth(cand, e["text"], e["occ"])
            end = start + len(e["text"])
        if e["type"] in ("addition", "repetition"):
            if e["ref_text"] is not None:
                raise ValueError("%s: %s must have ref_text null" % (rid, e["type"]))
        else:
            if e["ref_text"] not in ref:
                raise ValueError("%s: error ref_text not in reference: %r" % (rid, e["ref_text"]))
            if e["type"] != "omission" and e["text"] == e["ref_text"]:
                raise ValueError("%s: error text identical to ref_text" % rid)
        if e["type"] == "repetition":
            if cand.find(e["text"]) >= start or cand.find(e["text"]) + len(e["text"]) > start:
                raise ValueError("%s: repetition has no earlier copy" % rid)
        if e["type"] == "addition" and e["text"] in ref:
            raise ValueError("%s: added text is present in the reference" % rid)
        check_boundaries(cand, start, end, "%s error %r" % (rid, e["text"]))
        errors.append({"start": start, "end": end, "text": cand[start:end],
                       "type": e["type"], "severity": e["severity"],
                       "ref_text": e["ref_text"]})
        spans.append((start, end))
    for t in c["traps"]:
        start = find_nth(cand, t["text"], t["occ"])
        end = start + len(t["text"])
        if t["ref_text"] not in ref:
            raise ValueError("%s: trap ref_text not in reference: %r" % (rid, t["ref_text"]))
        if t["text"] == t["ref_text"]:
            raise ValueError("%s: trap text identical to ref_text" % rid)
        check_boundaries(cand, start, end, "%s trap %r" % (rid, t["text"]))
        traps.append({"start": start, "end": end, "text": cand[start:end],
                      "ref_text": t["ref_text"]})
        spans.append((start, end))
    # overlap check over all spans (zero-width omissions may not sit strictly inside a span)
    spans.sort()
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s2 < e1 or (s1 == e1 == s2 == e2):
            raise ValueError("%s: overlapping spans %r %r" % (rid, (s1, e1), (s2, e2)))
    for (s, e) in spans:
        if s == e:
            for (a, b) in spans:
                if a < s < b:
                    raise ValueError("%s: omission point inside another span" % rid)
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": c["label"], "errors": errors, "traps": traps}


def validate_set(records):
    problems = []
    n_words = lambda s: len(s.split())
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("domains repeat")
    if sorted(doms) != sorted(DOMAINS):
        problems.append("domains differ from the given list")
    counts = {}
    for r in records:
        counts[(r["mode"], r["label"])] = counts.get((r["mode"], r["label"]), 0) + 1
        wc = n_words(r["reference"])
        if not 70 <= wc <= 190:
            problems.append("%s: reference has %d words" % (r["id"], wc))
        if r["mode"] not in ("rewrite", "summary", "translation"):
            problems.append("%s: bad mode" % r["id"])
        if r["mode"] == "summary" and not (
                len(r["candidate"]) < len(r["reference"])
                and n_words(r["candidate"]) < n_words(r["reference"])):
            problems.append("%s: summary not shorter than reference" % r["id"])
        if r["label"] == "consistent":
            if r["errors"]:
                problems.append("%s: consistent pair has errors" % r["id"])
            if not 3 <= len(r["traps"]) <= 5:
                problems.append("%s: consistent pair has %d traps" % (r["id"], len(r["traps"])))
        elif r["label"] == "inconsistent":
            if not 1 <= len(r["errors"]) <= 2:
                problems.append("%s: inconsistent pair has %d errors" % (r["id"], len(r["errors"])))
            if len(r["traps"]) > 3:
                problems.append("%s: inconsistent pair has %d traps" % (r["id"], len(r["traps"])))
        else:
            problems.append("%s: bad label" % r["id"])
        if r["reference"] == r["candidate"]:
            problems.append("%s: candidate identical to reference" % r["id"])
        for span in r["errors"] + r["traps"]:
            if r["candidate"][span["start"]:span["end"]] != span["text"]:
                problems.append("%s: offsets do not match text" % r["id"])
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if counts != want:
        problems.append("mode/label counts %r" % counts)
    types = {}
    for r in records:
        for e in r["errors"]:
            types[e["type"]] = types.get(e["type"], 0) + 1
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types.get(t, 0) < 2:
            problems.append("error type %s has %d (<2)" % (t, types.get(t, 0)))
    return problems, counts, types


def main():
    check_only = "--check" in sys.argv[1:]
    records = []
    problems = []
    for i, c in enumerate(CASES, 1):
        try:
            records.append(build_record(i, c))
        except ValueError as exc:
            problems.append(str(exc))
    more, counts, types = validate_set(records)
    problems += more
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    sev = {}
    for r in records:
        for e in r["errors"]:
            sev[e["severity"]] = sev.get(e["severity"], 0) + 1
    print("pairs:", len(records))
    for k in sorted(counts):
        print("  %-12s %-12s %d" % (k[0], k[1], counts[k]))
    print("errors:", sum(types.values()), dict(sorted(types.items())))
    print("severity:", dict(sorted(sev.items())))
    print("traps:", sum(len(r["traps"]) for r in records))
    if check_only:
        print("check only: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    main()
