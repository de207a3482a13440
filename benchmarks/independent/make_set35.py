#!/usr/bin/env python3
"""Held-out evaluation set 35 for the fact-comparison tool.

How it was made: every pair was hand-written by a helper session that saw no
code or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented; real countries
appear only as background. Character offsets are never typed by hand: the
script finds every span by string search (with an occurrence index where a
quoted text repeats), validates everything and writes set35.jsonl next to
this script. `python3 make_set35.py --check` validates only and writes nothing.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total, over the 20 inconsistent pairs (10 pairs with one
          error, 10 with two): entity 3, number 4, date 3, role 3,
          polarity 3, modality 3, attribution 2, event 3, omission 2,
          addition 2, repetition 2
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair
References are 70-190 words in news / agency / corporate / official register.
"""

import json
import os
import sys

N = 35
OUT_NAME = "set35.jsonl"

DOMAINS = [
    "museum lighting", "chess clubs", "quiz leagues", "model aircraft",
    "amateur radio", "birdwatching hides", "ferry timetables", "river cruises",
    "houseboats", "lock keeping", "dune restoration", "funfairs",
    "circus animals", "zoo breeding", "falconry centres", "sheep dairies",
    "water buffalo", "goat cheese", "honey fraud", "saffron growing",
    "vanilla farming", "pepper exports", "coffee auctions", "tea tasting",
    "spice markets", "bread festivals", "pie contests", "pumpkin shows",
    "giant vegetables", "flower shows", "bonsai clubs", "orchid growers",
    "cactus nurseries", "bicycle couriers", "rickshaws", "water taxis",
    "hovercraft", "seaplanes", "airships", "gliding clubs",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def norm(s):
    """Collapse all whitespace (lets texts be written as triple-quoted blocks)."""
    return " ".join(s.split())


def E(text, etype, severity, ref_text, occ=0, at=None):
    """An error. For omissions pass text="" and at=(anchor, "start"|"end", occ):
    the zero-width span sits at the start or end of that anchor in the candidate."""
    return {"text": norm(text), "type": etype, "severity": severity,
            "ref_text": None if ref_text is None else norm(ref_text),
            "occ": occ, "at": at}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of the reference wording ref_text."""
    return {"text": norm(text), "ref_text": norm(ref_text), "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": norm(reference), "candidate": norm(candidate),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- cases 1-10

case("museum lighting", "rewrite", "consistent",
"""The Halvorsen Gallery of Fine Art will replace all 1,240 halogen fittings in
its exhibition rooms with LED units by the end of March, the museum said on
Thursday. The project, budgeted at 2.6 million euros, is being paid for mainly
by a grant from the Ostmark Heritage Fund, with the remainder coming from the
gallery's own reserves. Chief conservator Ingrid Paalsen said the new lamps emit
almost no ultraviolet light and should cut the museum's electricity use for
lighting by about 60 percent. Three rooms holding works on paper will stay
closed to visitors while the work is carried out. The gallery, which welcomed
410,000 visitors last year, said other galleries would remain open
throughout.""",
"""By the end of March, every one of the 1,240 halogen fittings in the Halvorsen
Gallery of Fine Art's exhibition rooms will have been swapped for LED units, the
museum announced on Thursday. Most of the €2.6m cost is covered by a grant from
the Ostmark Heritage Fund; the gallery is drawing on its own reserves for the
rest. According to chief conservator Ingrid Paalsen, the new lamps give off
almost no ultraviolet light and are expected to reduce the electricity the
museum uses for lighting by roughly three-fifths. While the work is under way,
visitors will not have access to the three rooms that hold works on paper. The
other galleries will stay open throughout, said the museum, which had 410,000
visitors last year.""",
traps=[
    T("€2.6m", "2.6 million euros"),
    T("are expected to reduce", "should cut"),
    T("roughly three-fifths", "about 60 percent"),
    T("visitors will not have access", "stay closed to visitors"),
])

case("chess clubs", "rewrite", "inconsistent",
"""The Brennick Chess Circle has merged with the smaller Aldwyn Knights club,
creating the largest chess organisation in the county with 318 registered
members, the two clubs said on Monday. Under the agreement, Brennick will absorb
Aldwyn's equipment and its weekly junior sessions, while Aldwyn's chairman,
Tomas Reddle, becomes vice-chair of the combined club. The merged circle will
keep the Brennick name and play its home matches at the Corn Exchange in
Lowther Street. Club secretary Delia Omondi said the merger would let the club
field four teams in the regional league next season, up from two. Annual
membership fees will stay at 45 pounds for adults and 15 pounds for
juniors.""",
"""The Brennick Chess Circle and the smaller Aldwyn Knights club have merged, the
two clubs announced on Monday, forming the county's biggest chess organisation
with 318 registered members. Aldwyn will take over Brennick's equipment and
weekly junior sessions under the deal, and Aldwyn chairman Tomas Reddle becomes
the combined club's vice-chair. Home matches will be played at the Corn
Exchange in Lowther Street, and the merged circle will retain the Brennick
name. According to club secretary Delia Omondi, the merger will allow the club
to enter four teams in the regional league next season, compared with three
now. Adults will continue to pay 45 pounds a year and juniors 15 pounds.""",
errors=[
    E("Aldwyn will take over Brennick's equipment", "role", "major",
      "Brennick will absorb Aldwyn's equipment"),
    E("three", "number", "minor", "two"),
],
traps=[
    T("forming the county's biggest chess organisation",
      "creating the largest chess organisation in the county"),
    T("Adults will continue to pay 45 pounds a year",
      "Annual membership fees will stay at 45 pounds for adults"),
])

case("quiz leagues", "summary", "consistent",
"""The Fenwold Pub Quiz League will expand from 24 to 32 teams next season after
a surge in applications, league organisers said on Wednesday. Eight new teams,
drawn from a waiting list of 19, will join a newly created third division,
which will play on Tuesday evenings. League secretary Moira Castlebeck said the
decision had been taken at the league's annual meeting in the Plough Inn, where
members also voted to raise the entry fee from 30 to 40 pounds per team. The
extra money will go towards trophies and a question-writing fund. Castlebeck
said the league had not expanded since 2016 and that several venues had agreed
to host additional fixtures. The new season begins on 4 September.""",
"""The Fenwold Pub Quiz League is growing by a third, to 32 teams, next season,
with eight newcomers from a 19-strong waiting list forming a new Tuesday-night
third division. Members also agreed to raise the team entry fee by 10 pounds,
to 40 pounds, to fund trophies and question-writing. The season starts on
4 September.""",
traps=[
    T("growing by a third, to 32 teams", "expand from 24 to 32 teams"),
    T("a 19-strong waiting list", "a waiting list of 19"),
    T("Tuesday-night", "Tuesday evenings"),
    T("raise the team entry fee by 10 pounds, to 40 pounds",
      "raise the entry fee from 30 to 40 pounds per team"),
])

case("model aircraft", "translation", "inconsistent",
"""The Federal Aviation Office has announced that owners of remote-controlled
model aircraft weighing more than 250 grams must register them in a national
database from 1 July. According to the office, pilots will also have to pass
an online theory test, which will cost 25 euros and can be repeated without
limit. Model flying clubs that use approved airfields will be exempt from the
test requirement, the office said. The Association of Model Flyers, which
represents around 1,900 clubs, welcomed the exemption but criticised the short
time frame. Its president, Gerold Amsel, said many members could not register
before the summer season. Violations may be punished with fines of up to 1,000
euros.""",
"""From 1 July, anyone who owns a remote-controlled model aircraft heavier than
250 grams will be obliged to enter it in a national register, the Federal
Aviation Office announced. Pilots must additionally pass a theory test online;
the fee is 25 euros, and there is no limit on retakes. The test requirement
will not apply to model flying clubs operating from approved airfields,
according to the office. The Model Flyers' Association, which speaks for some
1,900 clubs, welcomed this exemption but complained that the deadline was too
tight. Many members would be unable to register before the summer season, said
its president Gerold Amsel. Breaches will be fined up to 1,000 euros.""",
errors=[
    E("will be fined", "modality", "minor", "may be punished with fines"),
],
traps=[
    T("there is no limit on retakes", "can be repeated without limit"),
    T("some 1,900 clubs", "around 1,900 clubs"),
])

case("amateur radio", "rewrite", "consistent",
"""Radio amateurs in the coastal district of Marrowby helped coordinate rescue
teams for nearly 36 hours after a storm knocked out mobile phone masts on
Saturday, the district emergency office said. Volunteers from the Marrowby
Amateur Radio Society set up six temporary stations, including one at the fire
station in Pellin Quay, and relayed more than 400 messages between search crews
and the council's control room. Emergency coordinator Bram Toller said the
network had been 'invaluable' and that the council would consider funding
permanent backup radio equipment. Mobile coverage was fully restored on Monday
morning. Nobody was seriously injured during the storm, although 14 people were
treated for minor injuries.""",
"""The district emergency office said that, for almost a day and a half after
Saturday's storm put mobile phone masts out of action, radio amateurs in
coastal Marrowby helped to coordinate rescue teams. Six temporary stations were
established by volunteers from the Marrowby Amateur Radio Society – one of them
at Pellin Quay fire station – and over 400 messages were passed between search
crews and the council control room. Describing the network as 'invaluable',
emergency coordinator Bram Toller said the council would look at paying for
permanent backup radio equipment. By Monday morning mobile coverage had been
completely restored. Fourteen people needed treatment for minor injuries, but
no one was seriously hurt in the storm.""",
traps=[
    T("almost a day and a half", "nearly 36 hours"),
    T("over 400 messages", "more than 400 messages"),
    T("look at paying for", "consider funding"),
    T("Fourteen people", "14 people"),
])

case("birdwatching hides", "rewrite", "inconsistent",
"""Two new birdwatching hides will open at the Saltmere Marshes nature reserve on
12 April, the Eastvale Wildlife Trust said on Tuesday. The timber hides, which
cost 84,000 pounds, overlook the reserve's reedbeds and a lagoon used by
wintering wading birds. One of them is fully accessible to wheelchair users.
Reserve manager Colm Ashdown said the old hide on the northern bank, built in
1987, would be dismantled in May because its supports had rotted. Visitors are
asked to keep dogs on leads on all paths near the hides during the nesting
season, which runs until the end of July. Entry to the reserve remains free,
although the trust asks for a voluntary donation of 3 pounds.""",
"""The Eastvale Wildlife Trust announced on Tuesday that two new birdwatching
hides at the Saltmere Marshes nature reserve will open on 12 April. Built of
timber at a cost of 84,000 pounds, the hides look out over the reedbeds and
over a lagoon where wading birds spend the winter, and one of them is designed
for full wheelchair access. The old hide on the northern bank, put up in 1978,
is to be dismantled in May because its supports have rotted, according to
reserve manager Colm Ashdown. Dog owners are asked to keep their pets on leads
on all paths near the hides. The reserve is still free to enter, but the trust
asks visitors for a voluntary donation of 3 pounds.""",
errors=[
    E("1978", "date", "minor", "1987"),
    E("", "omission", "minor",
      "during the nesting season, which runs until the end of July",
      at=("on all paths near the hides", "end", 0)),
],
traps=[
    T("a lagoon where wading birds spend the winter",
      "a lagoon used by wintering wading birds"),
    T("one of them is designed for full wheelchair access",
      "One of them is fully accessible to wheelchair users"),
])

case("ferry timetables", "summary", "inconsistent",
"""Orrin Ferries will introduce a new winter timetable on its Kessock–Dunlay
crossing from 3 November, the operator said on Friday. The first sailing from
Kessock will leave at 6.40 a.m., twenty minutes earlier than now, so that
commuters can connect with the 7.30 a.m. train at Dunlay. The last departure
from Dunlay will move from 10.15 p.m. to 9.45 p.m. on weekdays, while weekend
services will be unchanged. The company said the changes followed a
consultation in which 1,100 passengers took part. Operations director Anwen
Farrow said the vessel Merrin Star would be withdrawn for a two-week refit in
January, during which a smaller ship would carry a maximum of 40 cars per
crossing.""",
"""From 3 November, Orrin Ferries' winter timetable on the Kessock–Dunlay route
will see the first Kessock sailing leave at 6.40 a.m., twenty minutes later
than at present, to connect with the 7.30 a.m. train at Dunlay, and the last
weekday departure from Dunlay brought forward to 9.45 p.m. Weekend sailings
stay the same. The Merrin Star will be out of service for a two-week refit in
January, with a smaller vessel carrying up to 40 cars per crossing.""",
errors=[
    E("twenty minutes later than at present", "date", "major",
      "twenty minutes earlier than now"),
],
traps=[
    T("brought forward to 9.45 p.m.", "move from 10.15 p.m. to 9.45 p.m."),
    T("up to 40 cars", "a maximum of 40 cars"),
])

case("river cruises", "translation", "consistent",
"""The river cruise company Dunavel announced on Wednesday that it will add three
new ships to its fleet by 2027. Each of the vessels, which are being built at a
shipyard in Korvath, will have room for 160 passengers and run partly on
battery power. According to managing director Ilse Varga-Rohn, the investment
amounts to approximately 90 million euros. The company carried 48,000
passengers last year, a fifth more than in the previous year. Varga-Rohn said
that low water levels in August had forced the cancellation of eleven cruises,
and the new ships would therefore have a shallower draught. Bookings for next
season are already ten percent higher than at the same point last year, she
added.""",
"""Dunavel, a river cruise operator, said on Wednesday that three new ships would
join its fleet by 2027. The vessels are under construction at a Korvath
shipyard; each will accommodate 160 passengers and will be partly
battery-powered. Managing director Ilse Varga-Rohn put the investment at around
90 million euros. Last year 48,000 passengers travelled with the company, 20
percent more than the year before. Because low water in August had made it
necessary to cancel eleven cruises, the new ships would be built with a
shallower draught, Varga-Rohn explained. She also said that bookings for the
coming season were already up by a tenth compared with the same time a year
ago.""",
traps=[
    T("will be partly battery-powered", "run partly on battery power"),
    T("around 90 million euros", "approximately 90 million euros"),
    T("20 percent more than the year before",
      "a fifth more than in the previous year"),
    T("up by a tenth", "ten percent higher"),
])

case("houseboats", "rewrite", "consistent",
"""Houseboat owners on the Wendle Canal will have to pay higher mooring fees from
April after the Inland Waterways Board approved an increase of 8 percent, the
board said on Monday. The annual fee for a standard 20-metre berth will rise to
2,430 pounds. Residents who live aboard full time and receive housing support
will be able to apply for a discount of up to a quarter. The board said the
extra income would pay for new water points and the repair of towpaths damaged
by flooding last winter. The Wendle Boaters' Association said it was
disappointed by the decision and would ask the board to phase in the increase
over two years. About 640 boats are moored along the canal.""",
"""Mooring fees on the Wendle Canal will go up by 8 percent from April, after the
increase was approved by the Inland Waterways Board, the board announced on
Monday. A standard 20-metre berth will cost 2,430 pounds a year. Full-time
liveaboard residents who receive housing support may apply for a reduction of
as much as 25 percent. New water points and repairs to towpaths that were
damaged by last winter's floods will be funded from the additional money, the
board said. Expressing disappointment, the Wendle Boaters' Association said it
would urge the board to spread the rise over a two-year period. Roughly 640
boats are moored on the canal.""",
traps=[
    T("may apply", "will be able to apply"),
    T("as much as 25 percent", "up to a quarter"),
    T("spread the rise over a two-year period",
      "phase in the increase over two years"),
    T("Roughly 640 boats", "About 640 boats"),
])

case("lock keeping", "rewrite", "inconsistent",
"""The Calder Navigation Trust will keep staffed lock keepers at all nine locks on
the Upper Ferrow during the summer, reversing a plan to automate four of them,
the trust said on Thursday. Chief executive Maren Stoddart said the decision
followed objections from boat owners and the parish councils of Hollin and
Ashby Cross. The trust had proposed replacing keepers with self-service
controls to save about 120,000 pounds a year. Instead, it will raise licence
fees for powered boats by 5 percent. Stoddart said the trust had not ruled out
automation in the longer term but would not revisit the issue before 2027.
Seasonal keepers will work from 1 May to 30 September.""",
"""All nine locks on the Upper Ferrow will have staffed lock keepers this summer
after the Calder Navigation Trust dropped plans to automate four of them, it
announced on Thursday. The change of course came after objections from boat
owners and from the parish councils of Hollin and Ashby Cross, chief executive
Maren Stoddart said. Under the original proposal, self-service controls would
have replaced keepers, saving roughly 120,000 pounds annually. The trust will
instead put up licence fees for powered boats by 5 percent. Stoddart said
automation had been ruled out in the longer term, and the issue would not be
looked at again before 2027. Seasonal keepers will be on duty from 1 May until
30 September.""",
errors=[
    E("automation had been ruled out in the longer term", "polarity", "major",
      "had not ruled out automation in the longer term"),
],
traps=[
    T("dropped plans to automate four of them",
      "reversing a plan to automate four of them"),
    T("roughly 120,000 pounds annually", "about 120,000 pounds a year"),
])

# --------------------------------------------------------------- cases 11-20

case("dune restoration", "summary", "consistent",
"""Work to restore 14 hectares of sand dunes at Carrick Sands will begin in
October, the Northshore Coastal Partnership said on Tuesday. Contractors will
remove invasive sea buckthorn and pine saplings and replant marram grass over
about two-thirds of the site, where erosion has accelerated since a storm surge
in 2021. The three-year project is costing 1.8 million pounds, of which 1.2
million comes from a national nature recovery grant. Project officer Lena Haugh
said parts of the beach would be fenced off during the work but the main
footpath would stay open. Volunteers will be invited to help with planting days
next spring. The partnership hopes the dunes will provide habitat for the rare
natterjack toad.""",
"""Restoration of 14 hectares of dunes at Carrick Sands starts in October. Over
three years, sea buckthorn and pine saplings will be cleared and marram grass
replanted across some two-thirds of the site, at a cost of 1.8 million pounds,
two-thirds of it from a national grant. The main footpath will stay open,
though parts of the beach will be fenced off.""",
traps=[
    T("starts in October", "will begin in October"),
    T("some two-thirds of the site", "about two-thirds of the site"),
    T("two-thirds of it from a national grant",
      "of which 1.2 million comes from a national nature recovery grant"),
])

case("funfairs", "translation", "inconsistent",
"""The city council of Veldhaven has decided that the traditional autumn funfair
will return to the Grote Markt square this year after four years on the edge of
town. Alderman Pieter Vosmaer said that 62 attractions had been granted
permits, including a Ferris wheel 45 metres tall. The fair will run for eleven
days, from 13 to 23 October. Local shopkeepers had campaigned for the move,
saying that the fair brought extra customers into the centre. Residents of the
surrounding streets will receive free parking permits for the period.
According to the council, the city will spend 150,000 euros on extra security
and cleaning. The showmen's association, represented by Gerrit Lamfers, called
the decision 'a homecoming'.""",
"""This year the traditional autumn fair will be held once again on the Grote
Markt, after four years on the outskirts of the city, Veldhaven city council
has decided. According to alderman Pieter Vosmaer, permits have been issued to
62 attractions, among them a 45-metre roller coaster. The fair lasts eleven
days, from 13 October to 23 October. Local shop owners had pressed for the
return, arguing that the fair drew additional customers into the centre.
People living in the streets around the square will get parking permits free
of charge for the duration. The council says the city will pay 1.5 million
euros for additional security and cleaning. Gerrit Lamfers, speaking for the
showmen's association, described the decision as 'a homecoming'.""",
errors=[
    E("roller coaster", "entity", "minor", "Ferris wheel"),
    E("1.5 million euros", "number", "major", "150,000 euros"),
],
traps=[
    T("on the outskirts of the city", "on the edge of town"),
    T("pressed for the return", "campaigned for the move"),
    T("free of charge", "free"),
])

case("circus animals", "rewrite", "consistent",
"""Circus Valenti, one of the last touring circuses in the country to use
animals, will stop performing with horses and camels at the end of its current
season, its owners said on Saturday. The family-run circus, founded in 1952,
said it would rehome its 11 horses and four camels at a sanctuary near
Dorrington run by the charity Equine Haven. Director Lucia Valenti said ticket
sales had fallen by about 30 percent over the past three years, partly because
of protests outside venues. The circus will replace the animal acts with
acrobats and a new aerial show. Its final performance with animals is scheduled
for 26 November in Harwick.""",
"""At the end of the current season Circus Valenti — one of the country's last
touring circuses with animal acts — will stop performing with horses and
camels, the owners announced on Saturday. Its 11 horses and four camels are to
be rehomed at a sanctuary near Dorrington run by the charity Equine Haven, said
the family-run circus, which was set up in 1952. Ticket sales have dropped by
some 30 percent over the past three years, in part because of protests outside
venues, according to director Lucia Valenti. Acrobats and a new aerial show
will take the place of the animal acts. The last performance featuring animals
is planned for 26 November in Harwick.""",
traps=[
    T("the country's last touring circuses with animal acts",
      "the last touring circuses in the country to use animals"),
    T("set up in 1952", "founded in 1952"),
    T("some 30 percent", "about 30 percent"),
    T("planned for 26 November", "scheduled for 26 November"),
])

case("zoo breeding", "rewrite", "inconsistent",
"""Two Amur leopard cubs have been born at Westerby Zoo, the first births of the
endangered species at the zoo in 15 years, the zoo announced on Wednesday. The
cubs, a male and a female, were born on 2 June to seven-year-old mother Katya,
who arrived from a zoo in Ravensholm in 2021 as part of a European breeding
programme. Head of carnivores Jonas Pettit said both cubs were feeding well and
had been seen on camera leaving the den for short periods. The programme's
coordinator, Dr Hanna Lieske, said the births were 'an important boost' for the
captive population, which numbers about 250 animals worldwide. The cubs are not
expected to be on public view until September.""",
"""Westerby Zoo said on Wednesday that two Amur leopard cubs had been born there –
the zoo's first births of the endangered species for 15 years. The male and
female cubs were born on 2 June to Katya, a seven-year-old who came to Westerby
from a zoo in Ravensholm in 2021 under a European breeding programme. Both cubs
are feeding well and have been filmed venturing out of the den for short
spells, said head of carnivores Jonas Pettit, who called the births 'an
important boost' for the captive population of about 250 animals worldwide.
Visitors are unlikely to be able to see the cubs before September.""",
errors=[
    E("who called the births 'an important boost'", "attribution", "major",
      "The programme's coordinator, Dr Hanna Lieske, said the births were "
      "'an important boost'"),
],
traps=[
    T("venturing out of the den for short spells",
      "leaving the den for short periods"),
    T("Visitors are unlikely to be able to see the cubs before September",
      "The cubs are not expected to be on public view until September"),
])

case("falconry centres", "summary", "inconsistent",
"""The Harrowdene Falconry Centre has been awarded a 95,000-pound lottery grant to
build a new flying arena and a breeding aviary for barn owls, the centre said
on Friday. Founder Wilf Tansley said the arena would allow demonstrations to
continue in wet weather, when attendance usually falls. The centre, which
houses 48 birds of prey, attracted 31,000 visitors last year and employs nine
staff. Construction is due to start in February and be completed before the
Easter holidays. Tansley said the barn owl aviary would support a regional
scheme that releases captive-bred owls into farmland. The centre will remain
open during the building work, although the café will close for three
weeks.""",
"""Harrowdene Falconry Centre has applied for a 95,000-pound lottery grant for a
new flying arena, so that demonstrations can go ahead in wet weather, and a
barn owl breeding aviary, the first of its kind in the region, supporting a
regional release scheme. Building is due to begin in February and finish
before Easter, and the centre will stay open throughout.""",
errors=[
    E("has applied for", "event", "critical", "has been awarded"),
    E("the first of its kind in the region", "addition", "minor", None),
],
traps=[
    T("stay open throughout", "remain open during the building work"),
])

case("sheep dairies", "translation", "consistent",
"""A cooperative of sheep dairy farmers in the Alvera valley has opened its own
cheese plant, ending decades of dependence on outside buyers, the cooperative's
president, Ramón Ezkurra, said at the inauguration on Sunday. The plant, which
cost 3.4 million euros, will process around 6,000 litres of sheep's milk a day
from the cooperative's 37 member farms. Half of the investment was financed by
regional development funds. Ezkurra said farmers had until now been paid an
average of 1.10 euros per litre, a price that in many cases did not cover
costs. The cooperative expects to pay members at least 1.30 euros per litre
once the plant reaches full capacity, which is planned for the spring. The
plant employs 14 people.""",
"""Sheep dairy farmers in the Alvera valley who belong to a cooperative now have a
cheese plant of their own, which means that after decades they no longer
depend on outside buyers, said cooperative president Ramón Ezkurra when it was
inaugurated on Sunday. The 3.4-million-euro plant will handle some 6,000 litres
of sheep's milk daily, supplied by the 37 farms in the cooperative, and
regional development funds paid for 50 percent of the investment. So far
farmers have received 1.10 euros a litre on average, Ezkurra said, and often
that price was not enough to cover costs. Once full capacity is reached —
planned for spring — the cooperative anticipates paying its members no less
than 1.30 euros a litre. Fourteen people work at the plant.""",
traps=[
    T("The 3.4-million-euro plant", "The plant, which cost 3.4 million euros"),
    T("50 percent of the investment", "Half of the investment"),
    T("anticipates paying", "expects to pay"),
    T("no less than 1.30 euros", "at least 1.30 euros"),
    T("Fourteen people work at the plant", "The plant employs 14 people"),
])

case("water buffalo", "rewrite", "consistent",
"""A farm in the Tarrow valley has become the first in the county to produce
mozzarella from its own herd of water buffalo, owner Gethin Moyle said on
Tuesday. Moyle bought 22 buffalo from a breeder in Brackenholme in 2022 and the
herd has since grown to 35. The animals produce about 8 litres of milk each per
day, roughly a third of the yield of a dairy cow, but the milk contains almost
twice as much fat. Moyle said the farm's new cheese room, built with a
40,000-pound loan, would make around 300 kilograms of mozzarella a week. The
cheese will be sold at farmers' markets and to four restaurants in the area.
Moyle said he hoped to double the herd within five years.""",
"""Gethin Moyle said on Tuesday that his farm in the Tarrow valley was now the
county's first to make mozzarella using milk from its own water buffalo. The
herd numbered 22 when Moyle bought the animals from a Brackenholme breeder in
2022; there are now 35. Each buffalo gives roughly 8 litres of milk a day —
around one-third of what a dairy cow yields — but the fat content is nearly
double. About 300 kilograms of mozzarella a week will come out of the farm's
new cheese room, which was built with a loan of 40,000 pounds, Moyle said. Four
restaurants in the area will buy the cheese, and it will also be sold at
farmers' markets. Moyle hopes the herd will be twice its current size within
five years.""",
traps=[
    T("The herd numbered 22 when Moyle bought the animals",
      "Moyle bought 22 buffalo"),
    T("around one-third of what a dairy cow yields",
      "roughly a third of the yield of a dairy cow"),
    T("the fat content is nearly double",
      "the milk contains almost twice as much fat"),
    T("twice its current size", "double the herd"),
])

case("goat cheese", "rewrite", "inconsistent",
"""A goat cheese made by the Pellow Hill Creamery has been named supreme champion
at the National Cheese Awards, beating more than 1,300 entries, the organisers
said on Saturday. The cheese, a soft ash-coated log called Greyling, is made
from the milk of 160 goats on the creamery's farm near Stavely. Head
cheesemaker Orla Bexley said the creamery had been making Greyling for only
three years. Judges praised its 'bright, lemony' flavour. The award is the
first supreme title for a goat cheese in the competition's 24-year history.
Bexley said the creamery produced around 900 logs a week and expected demand to
rise sharply after the win.""",
"""Greyling, a soft ash-coated goat cheese log from the Pellow Hill Creamery, was
crowned supreme champion at the National Cheese Awards ahead of more than
1,300 entries, organisers announced on Saturday. It is made with milk from the
160 goats on the creamery's farm near Stavely, and judges praised its 'bright,
lemony' flavour. According to head cheesemaker Orla Bexley, the creamery has
been producing Greyling for just two years. No goat cheese had previously taken
the supreme title in the 24 years the competition has been running. Bexley
said about 900 logs were made each week, and judges praised its 'bright,
lemony' flavour. She expects demand to climb steeply following the win.""",
errors=[
    E("two years", "number", "minor", "three years"),
    E("judges praised its 'bright, lemony' flavour", "repetition", "minor",
      None, occ=1),
],
traps=[
    T("ahead of more than 1,300 entries", "beating more than 1,300 entries"),
    T("No goat cheese had previously taken the supreme title in the 24 years "
      "the competition has been running",
      "The award is the first supreme title for a goat cheese in the "
      "competition's 24-year history"),
])

case("honey fraud", "summary", "consistent",
"""Food inspectors have found that nearly one in four jars of honey sampled from
supermarket shelves were likely to have been bulked out with cheap sugar
syrups, the Food Standards Directorate said in a report published on Monday.
Of the 212 samples tested between March and August, 49 failed purity checks,
with most of the suspect products labelled as blends from several countries.
None of the honey produced and packed by local beekeepers failed the tests. The
directorate said it had referred three importers to prosecutors and would
introduce tougher labelling rules next year. Beekeepers' association
chairwoman Petra Lund said the findings confirmed long-held suspicions and
called for fines for repeat offenders to be doubled.""",
"""Almost a quarter of supermarket honey samples — 49 out of 212 — probably
contained added sugar syrup, according to a Food Standards Directorate report,
though no locally produced and packed honey failed. Three importers have been
referred to prosecutors and labelling rules will be tightened next year.""",
traps=[
    T("Almost a quarter", "nearly one in four"),
    T("probably contained added sugar syrup",
      "were likely to have been bulked out with cheap sugar syrups"),
    T("no locally produced and packed honey failed",
      "None of the honey produced and packed by local beekeepers failed the tests"),
    T("labelling rules will be tightened",
      "would introduce tougher labelling rules"),
])

case("saffron growing", "translation", "inconsistent",
"""Saffron growers in the Villarrosa area expect this year's harvest to be around
40 percent smaller than last year because of the prolonged drought, the
regional farmers' union reported on Thursday. The union's spokesman, Andrés
Ocaña, said that many fields had received less than half of their usual
rainfall between June and September. The harvest of the flowers, which is done
entirely by hand, usually begins in the last week of October. Ocaña said that
the price paid to producers could rise to 5,000 euros per kilogram, but that
this would not compensate for the lost volume. The union has asked the regional
government for emergency aid for the 230 small producers who are still
active.""",
"""Owing to the long drought, saffron producers around Villarrosa are anticipating
a harvest roughly 40 percent down on last year's, according to a report issued
on Thursday by the regional farmers' union. Between June and September, many
fields got under half the rain they normally receive, said union spokesman
Andrés Ocaña. Picking of the flowers, all of it by hand, normally starts during
the final week of October. Prices paid to growers might climb as high as 5,000
euros a kilo, according to Ocaña. The union is requesting emergency assistance
from the regional government for the 230 small producers still in
business.""",
errors=[
    E("", "omission", "major",
      "but that this would not compensate for the lost volume",
      at=("euros a kilo, according to Ocaña", "end", 0)),
],
traps=[
    T("roughly 40 percent down on last year's",
      "around 40 percent smaller than last year"),
    T("might climb as high as 5,000 euros a kilo",
      "could rise to 5,000 euros per kilogram"),
])

# --------------------------------------------------------------- cases 21-30

case("vanilla farming", "rewrite", "consistent",
"""Vanilla exporter Tanjaka Aromatics said on Wednesday it would pay farmers in
the Ambohira region a guaranteed minimum price of 75 dollars per kilogram of
cured beans for the next three harvests. The company, which buys from about
2,800 smallholders, said the scheme was intended to discourage the early
picking of green pods, which lowers quality and has been linked to theft from
fields. Managing director Hery Rakotondra said the minimum price was roughly 15
percent above the average paid last season. Farmers joining the scheme must
agree not to harvest before an official opening date, which this year is 1
June. The company said it would also fund night patrols in 40 villages.""",
"""For the next three harvests, cured vanilla beans bought from farmers in the
Ambohira region by exporter Tanjaka Aromatics will fetch at least 75 dollars a
kilogram, the company said on Wednesday. It buys from some 2,800 smallholders
and said the guaranteed price aimed to deter farmers from picking green pods
early, a practice that reduces quality and has been associated with thefts
from fields. According to managing director Hery Rakotondra, the floor price is
about 15 percent higher than last season's average. Farmers who join must
undertake not to harvest before the official opening date — 1 June this year.
Night patrols in 40 villages will also be funded by the company.""",
traps=[
    T("will fetch at least 75 dollars a kilogram",
      "a guaranteed minimum price of 75 dollars per kilogram"),
    T("some 2,800 smallholders", "about 2,800 smallholders"),
    T("the floor price is about 15 percent higher",
      "the minimum price was roughly 15 percent above"),
    T("must undertake not to harvest", "must agree not to harvest"),
])

case("pepper exports", "rewrite", "inconsistent",
"""Black pepper exports from the port of Kallur rose by 18 percent in the first
half of the year to 26,400 tonnes, the Spice Trade Council said on Monday. The
council attributed the increase to strong demand from buyers in Europe and the
Middle East and to a better harvest after two poor seasons. Average export
prices, however, fell by 6 percent to 4,150 dollars a tonne. The council's
chairman, Suresh Menakath, said the largest exporter, Malabar Crest Trading,
had agreed to supply the Dutch spice processor Verhoeven Kruiden with 3,000
tonnes over the next year. He warned that rising freight costs could reduce
margins in the second half.""",
"""In the first half of the year the port of Kallur shipped 26,400 tonnes of black
pepper, an increase of 18 percent, according to figures released by the Spice
Trade Council on Monday. Strong demand from European and Middle Eastern
buyers, together with a better harvest following two weak seasons, drove the
rise, the council said. Average export prices nevertheless slipped 6 percent
to 4,150 dollars a tonne. Council chairman Suresh Menakath said a deal had been
reached under which the Dutch spice processor Verhoeven Kruiden would supply
3,000 tonnes over the next year to Malabar Crest Trading, the largest exporter.
Higher freight costs might squeeze margins in the second half, he
cautioned.""",
errors=[
    E("Verhoeven Kruiden would supply 3,000 tonnes over the next year to "
      "Malabar Crest Trading", "role", "major",
      "Malabar Crest Trading, had agreed to supply the Dutch spice processor "
      "Verhoeven Kruiden"),
],
traps=[
    T("slipped 6 percent", "fell by 6 percent"),
    T("might squeeze margins", "could reduce margins"),
])

case("coffee auctions", "summary", "inconsistent",
"""A lot of washed geisha coffee from the Finca Las Brumas estate sold for a
record 1,240 dollars per kilogram at the online Highland Reserve auction on
Thursday, the auction's organiser said. The 20-kilogram lot was bought by Kaito
Roasters, a specialty roaster based in Japan. The previous auction record, set
last year, was 890 dollars per kilogram. In total, 38 lots were sold for an
average of 61 dollars per kilogram, up from 47 dollars last year. Organiser
Beatriz Salcedo said the results showed that buyers were willing to pay for
quality despite falling prices on commodity markets. Not all lots found buyers:
four were withdrawn after failing to reach their reserve price.""",
"""Kaito Roasters, a Japanese specialty roaster, paid a record 1,240 dollars a
kilogram for a 20-kilogram lot of washed geisha from Finca Las Brumas at
Thursday's Highland Reserve online auction, beating last year's record by 450
dollars. Every lot found a buyer, at an average of 61 dollars a kilogram, up
from 47 dollars.""",
errors=[
    E("450 dollars", "number", "minor",
      "The previous auction record, set last year, was 890 dollars per kilogram"),
    E("Every lot found a buyer", "polarity", "major", "Not all lots found buyers"),
],
traps=[
    T("a Japanese specialty roaster", "a specialty roaster based in Japan"),
])

case("tea tasting", "translation", "consistent",
"""At the annual tea competition in the mountain town of Qingmei, the spring
oolong of the Huang family cooperative was judged the best of 412 entries. The
panel of eleven tasters, led by the tea master Wu Renqing, assessed the teas
blind over three days. According to the organisers, the winning tea will be
auctioned next month, and the proceeds will be shared between the producers
and a fund for young farmers. Wu said that the quality of this year's entries
was higher than usual because cool nights in April had slowed the growth of the
leaves. The competition, held for the 30th time, attracted about 8,000
visitors.""",
"""The best of the 412 teas entered in the annual competition in the mountain
town of Qingmei was a spring oolong from the Huang family cooperative. Eleven
tasters, headed by tea master Wu Renqing, evaluated the entries without knowing
their origin over a period of three days. The organisers said the prize-winning
tea is to be sold at auction next month, with the money divided between its
producers and a fund for young farmers. Because of cool April nights that
slowed the leaves' growth, the entries were of higher quality than in a usual
year, according to Wu. Some 8,000 people visited the competition, which took
place for the thirtieth time.""",
traps=[
    T("evaluated the entries without knowing their origin",
      "assessed the teas blind"),
    T("sold at auction", "auctioned"),
    T("Some 8,000 people", "about 8,000 visitors"),
    T("for the thirtieth time", "for the 30th time"),
])

case("spice markets", "rewrite", "consistent",
"""The historic covered spice market in Port Amrel will close for 18 months from
January for a restoration that will cost 7.5 million dollars, the city's
heritage department said on Sunday. About 120 traders will move to a temporary
market on the Quay of the Fishermen, a five-minute walk away, and will not pay
rent during the closure. Department head Nadia Farsouk said the market's
19th-century iron roof was leaking and several of its supporting columns had
corroded. The work will also include new drainage and ventilation. Traders'
representative Samir Oudeh said members had accepted the plan but wanted a
written guarantee that they could return to their original stalls. The market
draws an estimated 9,000 visitors a day.""",
"""A 7.5-million-dollar restoration will shut Port Amrel's historic covered spice
market for a year and a half starting in January, the city heritage department
announced on Sunday. During the closure, around 120 traders will relocate
rent-free to a temporary market on the Quay of the Fishermen, five minutes away
on foot. The 19th-century iron roof is leaking and a number of the supporting
columns have corroded, said Nadia Farsouk, who heads the department. New
drainage and ventilation will also be installed. Samir Oudeh, who represents
the traders, said they had accepted the plan but wanted it guaranteed in
writing that they would get their original stalls back. An estimated 9,000
people visit the market every day.""",
traps=[
    T("for a year and a half", "for 18 months"),
    T("rent-free", "will not pay rent"),
    T("five minutes away on foot", "a five-minute walk away"),
    T("a number of the supporting columns", "several of its supporting columns"),
])

case("bread festivals", "rewrite", "inconsistent",
"""The Kellingford Bread Festival will move from the town square to the grounds of
Ashcombe Abbey this year after attendance reached a record 22,000 in 2023,
organisers said on Tuesday. The two-day festival, held on the first weekend of
June, features around 70 bakers and a sourdough competition judged by master
baker Rosa Delahunt. Festival chair Owen Pryce said the new site could hold up
to 30,000 people and would provide space for a children's baking tent. He said
a small entry charge of 3 pounds might be introduced to cover the higher costs,
although a final decision had not yet been made. Proceeds from the festival go
to the Kellingford Food Bank.""",
"""After a record 22,000 people attended in 2023, the Kellingford Bread Festival is
leaving the town square this year for the grounds of Ashcombe Abbey, the
organisers announced on Tuesday. Some 70 bakers take part in the festival,
which runs over two days on the first weekend of June and includes a sourdough
competition judged by master baker Rosa Delahunt. According to festival chair
Owen Pryce, the new venue can accommodate as many as 30,000 visitors and has
room for a children's baking tent. A small entry charge of 3 pounds will be
introduced to meet the higher costs, he said. The festival's proceeds go to
the Ashcombe Food Bank.""",
errors=[
    E("will be introduced", "modality", "major",
      "might be introduced to cover the higher costs, although a final "
      "decision had not yet been made"),
    E("Ashcombe Food Bank", "entity", "minor", "Kellingford Food Bank"),
],
traps=[
    T("Some 70 bakers", "around 70 bakers"),
    T("can accommodate as many as 30,000 visitors",
      "could hold up to 30,000 people"),
])

case("pie contests", "summary", "consistent",
"""A steak and ale pie from the Moorgate Bakery in Hobbs End has been named
overall winner of the Northern Pie Championships, the organisers said on
Saturday. The pie, made by baker Dennis Harkin, was chosen from 864 entries in
22 categories by a panel of 40 judges at Crowley Hall. It is the bakery's
second overall title in four years. Harkin said he used beef from a farm three
miles from the shop and ale from a local brewery. Championship director Sally
Brough said entries had risen by about a fifth compared with last year, with
vegan pies the fastest-growing category. Proceeds from the event, some 12,000
pounds, will go to the regional air ambulance.""",
"""Moorgate Bakery of Hobbs End won the Northern Pie Championships with Dennis
Harkin's steak and ale pie, picked from 864 entries by 40 judges — the
bakery's second overall win in four years. Entries were up by roughly 20
percent on last year, with vegan pies growing fastest, and the event raised
about 12,000 pounds for the regional air ambulance.""",
traps=[
    T("second overall win", "second overall title"),
    T("roughly 20 percent", "about a fifth"),
    T("with vegan pies growing fastest",
      "with vegan pies the fastest-growing category"),
    T("about 12,000 pounds", "some 12,000 pounds"),
])

case("pumpkin shows", "translation", "inconsistent",
"""A pumpkin weighing 1,012 kilograms won the giant pumpkin show in Obernhall on
Sunday, setting a new national record. Its grower, the retired teacher Konrad
Riebel, had tended the plant for five months and in the hot weeks of July
watered it with up to 400 litres a day. The previous record, 986 kilograms, had
stood since 2019. According to the organisers, around 15,000 visitors came to
the show, at which 64 pumpkins were weighed. The pumpkin boat race on the river
Wessel, in which participants paddle hollowed-out pumpkins, was postponed until
next weekend because of high water. Riebel's pumpkin will be exhibited in the
town hall until the end of October.""",
"""On Sunday a 1,012-kilogram pumpkin took first place at Obernhall's giant
pumpkin show and set a new record for the country. It was grown by Konrad
Riebel, a retired teacher, who cared for the plant over five months and during
the hot weeks of July gave it as much as 400 litres of water daily. The old
record of 986 kilograms dated from 2019. The organisers estimated that some
15,000 people attended the show, where 64 pumpkins went on the scales. Because
the river Wessel was running high, the pumpkin boat race, in which competitors
paddle hollowed pumpkins, was called off. Until the end of October, Riebel's
pumpkin will be on display in the town hall.""",
errors=[
    E("was called off", "event", "major", "was postponed until next weekend"),
],
traps=[
    T("a new record for the country", "a new national record"),
    T("as much as 400 litres of water daily", "up to 400 litres a day"),
])

case("giant vegetables", "rewrite", "consistent",
"""A marrow grown by allotment holder Beryl Onslow has been confirmed as the
heaviest ever recorded in the country, weighing 131.4 kilograms, the National
Giant Vegetable Society said on Friday. The marrow was weighed at the society's
autumn show in Pershore Vale last weekend, but the record was only ratified
after inspectors checked the scales. It beat the previous record, set in 2018,
by 3.2 kilograms. Onslow, 71, said she had grown it from seed in a polytunnel
and fed it with a mixture of seaweed and comfrey. The society said entries at
this year's show were down by about 10 percent because of the wet summer.
Onslow's marrow will be on display at the society's headquarters until
Christmas.""",
"""The National Giant Vegetable Society confirmed on Friday that Beryl Onslow's
131.4-kilogram marrow was the heaviest ever recorded in the country. Although
the allotment holder's marrow went on the scales at the society's autumn show
in Pershore Vale last weekend, the record was ratified only once inspectors had
checked the scales. The previous record, dating from 2018, was beaten by 3.2
kilograms. Onslow, who is 71, grew the marrow from seed in a polytunnel,
feeding it a blend of seaweed and comfrey. Because of the wet summer, around a
tenth fewer entries were received for this year's show, the society said.
Until Christmas, the marrow can be seen at the society's headquarters.""",
traps=[
    T("went on the scales", "was weighed"),
    T("dating from 2018", "set in 2018"),
    T("Onslow, who is 71", "Onslow, 71"),
    T("around a tenth fewer entries", "down by about 10 percent"),
])

case("flower shows", "rewrite", "inconsistent",
"""The Branscombe Spring Flower Show will go ahead next month despite the collapse
of its main sponsor, garden centre chain Verdant Homes, the show's committee
said on Wednesday. Committee chair Priya Ellacott said local businesses had
pledged 28,000 pounds to cover the shortfall, and ticket prices would stay at
12 pounds for adults. The show, now in its 61st year, will run from 17 to 19
April at Branscombe Park and is expected to attract about 18,000 visitors. This
year's exhibitors include 35 specialist nurseries. Ellacott said the committee
was in talks with a new sponsor for next year but would not name the
company.""",
"""Branscombe's Spring Flower Show will take place next month even though its main
sponsor, the garden centre chain Verdant Homes, collapsed when it went into
administration in January with the loss of 400 jobs, the show committee said
on Wednesday. Pledges of 28,000 pounds from local businesses will make up the
shortfall, and adult tickets will remain at 12 pounds, said committee chair
Priya Ellacott. Now in its 61st year, the show runs from 17 to 19 April at
Branscombe Park, where around 18,000 visitors are expected. Among the
exhibitors this year are 35 specialist nurseries. Ellacott said talks were
under way with a new sponsor for next year, but she declined to name the
company.""",
errors=[
    E("when it went into administration in January with the loss of 400 jobs",
      "addition", "minor", None),
],
traps=[
    T("will take place next month even though",
      "will go ahead next month despite"),
    T("where around 18,000 visitors are expected",
      "is expected to attract about 18,000 visitors"),
])

# --------------------------------------------------------------- cases 31-40

case("bonsai clubs", "summary", "inconsistent",
"""A 140-year-old juniper bonsai stolen from the Elmbridge Bonsai Society's
display garden last month has been recovered, police said on Tuesday. Officers
found the tree at a private address in Dunmore after a member of the
Castlereagh Bonsai Club recognised it in an online advertisement and alerted
the society. A 38-year-old man has been charged with handling stolen goods.
Society president Martin Okafor said the juniper, donated to the society by the
late collector Edith Marr in 1994, was in poor condition but was expected to
recover. The society said it would install cameras at the garden. Detective
Sergeant Lia Brandt said the tree was valued at about 9,000 pounds.""",
"""Police have recovered a 140-year-old juniper bonsai stolen last month from the
Elmbridge Bonsai Society's display garden and valued by the society's president
at about 9,000 pounds. It was found in Dunmore after a member of the Elmbridge
society spotted it in an online advertisement and alerted the Castlereagh
Bonsai Club; a 38-year-old man has been charged with handling stolen goods. The
tree is in poor condition but expected to recover.""",
errors=[
    E("valued by the society's president", "attribution", "minor",
      "Detective Sergeant Lia Brandt said the tree was valued"),
    E("a member of the Elmbridge society spotted it in an online advertisement "
      "and alerted the Castlereagh Bonsai Club", "role", "major",
      "a member of the Castlereagh Bonsai Club recognised it in an online "
      "advertisement and alerted the society"),
],
traps=[])

case("orchid growers", "translation", "consistent",
"""Orchid growers in the Valle de Arcos exported 2.3 million stems in the first
nine months of the year, 12 percent more than in the same period last year,
according to the growers' association Asoflor Arcos. Most of the flowers were
sent to the United States and Canada. The association's director, Camila
Restrepo-Duarte, attributed the growth to new direct cargo flights from the
regional airport, which have reduced transport times from three days to one.
However, she warned that the rising cost of fertiliser and electricity for
greenhouses could slow growth next year. The sector employs about 4,500 people
in the valley, most of them women.""",
"""According to Asoflor Arcos, the orchid growers' association, producers in the
Valle de Arcos shipped 2.3 million stems abroad between January and September,
a rise of 12 percent on the same months a year earlier. The bulk of the
flowers went to the United States and Canada. Camila Restrepo-Duarte, who
directs the association, explained the increase by the launch of direct cargo
flights from the regional airport, which have cut transport time from 72 hours
to 24. She cautioned, however, that greenhouse fertiliser and electricity were
becoming more expensive, which might hold back growth next year. Around 4,500
people, the majority of them women, work in the valley's orchid sector.""",
traps=[
    T("between January and September", "in the first nine months of the year"),
    T("The bulk of the flowers", "Most of the flowers"),
    T("from 72 hours to 24", "from three days to one"),
    T("might hold back growth", "could slow growth"),
])

case("cactus nurseries", "rewrite", "consistent",
"""Customs officers at Hallam Port seized more than 600 wild-collected cacti,
including several protected species, from a shipment declared as artificial
plants, the Border Agency said on Thursday. The plants, some of which are
thought to be over 50 years old, had been dug up in their natural habitat and
packed in newspaper. They have been handed over to the Cresswell Botanic
Garden, whose succulent specialist Dr Aled Foy said around a third were
unlikely to survive. The agency said a nursery owner in Tilbury Cross had been
questioned but not arrested. Trade in the protected species requires a permit,
and none had been issued for the shipment.""",
"""More than 600 cacti taken from the wild, several of them protected species,
have been seized by customs officers at Hallam Port from a consignment declared
as artificial plants, the Border Agency announced on Thursday. The plants, some
believed to be more than half a century old, had been removed from their
natural habitat and wrapped in newspaper. They are now in the care of the
Cresswell Botanic Garden, where succulent specialist Dr Aled Foy said roughly
one in three would probably not survive. A Tilbury Cross nursery owner was
questioned but has not been arrested, the agency said. No permit, which is
required to trade in the protected species, had been issued for the
shipment.""",
traps=[
    T("some believed to be", "some of which are thought to be"),
    T("more than half a century old", "over 50 years old"),
    T("roughly one in three", "around a third"),
    T("would probably not survive", "were unlikely to survive"),
])

case("bicycle couriers", "rewrite", "inconsistent",
"""Bicycle couriers working for the delivery app Swiftbox in Lorrenstad will be
guaranteed a minimum of 11.80 pounds an hour from 1 March under an agreement
signed on Monday with the Independent Couriers' Union. The deal also gives
riders paid rest breaks of 15 minutes for every four hours worked and insurance
cover for accidents while on duty. Union organiser Katya Brennan said it was
the first collective agreement for platform couriers in the city. Swiftbox,
which has about 1,400 riders in Lorrenstad, said the agreement could be
extended to its other five cities later in the year if it proved workable.
Riders had staged three strikes since October.""",
"""From 1 March, Swiftbox bicycle couriers in Lorrenstad will be guaranteed at
least 11.80 pounds an hour, under a deal the delivery app signed with the
Independent Couriers' Union on Monday. Riders will also get a paid 15-minute
rest break for every four hours they work, as well as accident insurance while
on duty. It is the first collective agreement for platform couriers in the
city, according to union organiser Katya Brennan. Swiftbox, which has around
1,400 riders in Lorrenstad, said the agreement will be extended to its five
other cities later in the year. The deal follows three strikes by riders since
November.""",
errors=[
    E("will be extended", "modality", "major",
      "could be extended to its other five cities later in the year if it "
      "proved workable"),
    E("since November", "date", "minor", "since October"),
],
traps=[
    T("at least 11.80 pounds an hour", "a minimum of 11.80 pounds an hour"),
    T("around 1,400 riders", "about 1,400 riders"),
])

case("rickshaws", "summary", "consistent",
"""The municipal corporation of Kestapur has begun replacing the city's pedal
rickshaws with battery-powered models under a scheme that offers drivers
interest-free loans, officials said on Monday. The first 500 electric
rickshaws were handed over at a ceremony attended by the mayor, Anjali Dutt,
who said the city aimed to convert all of its estimated 12,000 pedal rickshaws
within four years. Drivers will repay the loans over three years in weekly
instalments. The corporation will also build 40 charging stations, the first of
which opened on Monday near the central bus terminal. Drivers' association
leader Rafiq Molla welcomed the scheme but said many older drivers were worried
about learning to operate the new vehicles. Officials said free training would
be provided.""",
"""Kestapur has started swapping its pedal rickshaws for battery-powered ones,
offering drivers interest-free loans repayable weekly over three years; the
first 500 have been handed over. The city aims to convert all of its roughly
12,000 pedal rickshaws within four years, and 40 charging stations are planned.
Free training will be offered to drivers.""",
traps=[
    T("swapping its pedal rickshaws for battery-powered ones",
      "replacing the city's pedal rickshaws with battery-powered models"),
    T("repayable weekly over three years",
      "Drivers will repay the loans over three years in weekly instalments"),
    T("roughly 12,000", "estimated 12,000"),
    T("40 charging stations are planned",
      "will also build 40 charging stations"),
])

case("water taxis", "translation", "inconsistent",
"""The city of Porto Vela will allow water taxis to use the Grand Canal again from
1 June, after a ban of almost two years imposed to reduce damage to the
foundations of historic buildings. The councillor for mobility, Elena
Marchetti, said that the boats would have to respect a speed limit of 5
kilometres per hour and that only electric or hybrid vessels would be admitted.
Of the 180 licensed water taxis, about 70 currently meet these requirements.
Operators who convert their boats before the end of the year will receive a
contribution of up to 20,000 euros. The gondoliers' association had opposed the
reopening, arguing that the canal was already too crowded.""",
"""From 1 June water taxis will once more be permitted on the Grand Canal in Porto
Vela, which banned them almost two years ago to limit damage to the
foundations of historic buildings. According to Elena Marchetti, the city's
mobility councillor, the boats must keep to a speed limit of 5 km/h, and only
electric or hybrid boats will be allowed. About 70 of the 180 licensed water
taxis currently satisfy these conditions; only electric or hybrid boats will be
allowed. Operators who convert their vessels before the year is out will be
given up to 20,000 euros towards the cost. The gondoliers' association had not
opposed the reopening, though it argued that the canal was already
overcrowded.""",
errors=[
    E("only electric or hybrid boats will be allowed", "repetition", "minor",
      None, occ=1),
    E("had not opposed the reopening", "polarity", "major",
      "had opposed the reopening"),
],
traps=[
    T("5 km/h", "5 kilometres per hour"),
])

case("hovercraft", "rewrite", "consistent",
"""The hovercraft service between Carnock and the Isle of Venn will be suspended
for six weeks from 8 January while its two craft undergo engine overhauls,
operator Skimline said on Friday. Passengers will be carried instead by a
chartered catamaran, which takes 25 minutes to make the crossing compared with
10 minutes by hovercraft. Fares will be cut by a third during the suspension.
Skimline's managing director, Roger Penhale, said the overhauls, costing 1.4
million pounds, would extend the life of the craft by at least ten years. The
service carried 820,000 passengers last year and is the only year-round
passenger hovercraft route in the country.""",
"""Skimline announced on Friday that, starting on 8 January, its hovercraft
service linking Carnock with the Isle of Venn will be halted for a month and a
half so that engine overhauls can be carried out on both of its craft. In the
meantime a chartered catamaran will carry passengers, taking two and a half
times as long as the hovercraft — 25 minutes rather than 10. While the service
is suspended, fares will be cut to two-thirds of their usual level. The
1.4-million-pound overhauls will keep the craft in service for a minimum of ten
more years, said managing director Roger Penhale. Last year 820,000 passengers
used the route, which is the country's only year-round passenger hovercraft
service.""",
traps=[
    T("a month and a half", "six weeks"),
    T("two and a half times as long as the hovercraft",
      "takes 25 minutes to make the crossing compared with 10 minutes by "
      "hovercraft"),
    T("cut to two-thirds of their usual level", "cut by a third"),
    T("for a minimum of ten more years", "by at least ten years"),
])

case("seaplanes", "rewrite", "inconsistent",
"""Seaplane operator Loch Air will launch scheduled flights between Inverkeld
harbour and the island of Tornsay in May, the company said on Wednesday. Its
19-seat aircraft will make two return trips a day, cutting the journey from
nearly four hours by ferry to 40 minutes. One-way fares will start at 89
pounds. Chief executive Isla Drummond said the route had been made possible by
a 600,000-pound subsidy from the Tornsay Islands Council, which will fund the
service for an initial three years. The aircraft will be based at Inverkeld,
where the Inverkeld Harbour Trust is building a floating terminal for the
service.""",
"""Loch Air, a seaplane operator, said on Wednesday that it would begin scheduled
flights in May between Inverkeld harbour and Tornsay. Two return trips a day
will be flown by its 19-seat aircraft, reducing a journey of almost four hours
by ferry to 40 minutes. Single fares will start from 89 pounds. The route was
made possible by a 600,000-pound subsidy from the Inverkeld Harbour Trust,
which will fund the service for its first three years, chief executive Isla
Drummond said. The aircraft will be based at Inverkeld, where the harbour trust
is constructing a floating terminal for the service.""",
errors=[
    E("Inverkeld Harbour Trust", "entity", "major", "Tornsay Islands Council"),
],
traps=[
    T("Single fares", "One-way fares"),
    T("for its first three years", "for an initial three years"),
])

case("airships", "summary", "inconsistent",
"""Aerolift Dynamics has completed the first test flight of its prototype cargo
airship, the company said on Monday. The 120-metre helium-filled craft, named
Albatross, flew for 95 minutes over the company's test site at Marsden Field,
reaching an altitude of 600 metres. Chief engineer Tobias Wren said the flight
had gone 'exactly to plan', although a minor fault in one of the four electric
engines would be investigated. The company aims to carry up to 30 tonnes of
freight to remote mining sites and plans to begin commercial operations in
2028, subject to certification. Aerolift has raised 210 million dollars from
investors so far and employs 340 people.""",
"""Aerolift Dynamics said on Monday that Albatross, its 120-metre prototype cargo
airship, had completed a first test flight of 95 minutes over Marsden Field,
climbing to 600 metres. The flight went to plan, although one of its four
electric engines failed. The company intends to begin carrying freight to
remote mining sites in 2028, subject to certification.""",
errors=[
    E("one of its four electric engines failed", "event", "major",
      "a minor fault in one of the four electric engines would be investigated"),
],
traps=[
    T("climbing to 600 metres", "reaching an altitude of 600 metres"),
])

case("gliding clubs", "translation", "consistent",
"""The Falkenberg Gliding Club celebrated its 75th anniversary on Saturday with a
flying display attended by around 3,000 spectators. The club, founded in 1949
by a group of railway workers, today has 210 members, a quarter of whom are
under 25. Chairwoman Sabine Hollerbach said the club owns 14 gliders and two
tow planes and trains about 20 new pilots every year. She said the club's
greatest concern was the planned expansion of a wind farm near the airfield,
which could restrict flights to the west. The club is negotiating with the
operator and the district authority. The celebrations ended with an evening
party in the club's hangar.""",
"""Some 3,000 spectators watched a flying display on Saturday with which the
Falkenberg Gliding Club marked its 75th anniversary. Set up in 1949 by a group
of railway workers, the club now has 210 members, one in four of them younger
than 25. It has 14 gliders and two towing aircraft and trains roughly 20 new
pilots a year, chairwoman Sabine Hollerbach said. What worries the club most,
she said, is a planned enlargement of a wind farm close to the airfield, which
might limit flying to the west. Talks are under way with the operator and with
the district authority. The festivities closed with an evening party in the
club hangar.""",
traps=[
    T("Some 3,000 spectators", "around 3,000 spectators"),
    T("Set up in 1949", "founded in 1949"),
    T("one in four of them younger than 25", "a quarter of whom are under 25"),
    T("What worries the club most", "the club's greatest concern"),
    T("might limit flying to the west", "could restrict flights to the west"),
])

# ------------------------------------------------------- build and validate


def find_nth(hay, needle, occ):
    """Start offset of the occ-th (0-based) occurrence of needle, or -1."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def cuts_word(s, i):
    """True if offset i falls strictly inside a word of s."""
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for idx, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, idx)
        ref, cand = c["reference"], c["candidate"]
        if c["domain"] not in DOMAINS:
            bad(cid, "domain not in list: %r" % c["domain"])
        if c["mode"] not in MODES:
            bad(cid, "bad mode %r" % c["mode"])
        nref = len(ref.split())
        if not 70 <= nref <= 190:
            bad(cid, "reference has %d words" % nref)
        if c["mode"] == "summary" and not (
                len(cand.split()) < nref and len(cand) < len(ref)):
            bad(cid, "summary not shorter than reference")
        if ref == cand:
            bad(cid, "candidate identical to reference")

        spans = []  # (start, end, kind, text)
        errors = []
        for e in c["errors"]:
            et = e["type"]
            if et not in ERROR_TYPES:
                bad(cid, "bad error type %r" % et)
            if e["severity"] not in SEVERITIES:
                bad(cid, "bad severity %r" % e["severity"])
            if et == "omission":
                if c["mode"] == "summary":
                    bad(cid, "omission in a summary")
                if e["text"] != "" or not e["at"]:
                    bad(cid, "omission needs empty text and an anchor")
                    continue
                anchor, side, aocc = e["at"]
                a = find_nth(cand, norm(anchor), aocc)
                if a < 0:
                    bad(cid, "omission anchor not found: %r" % anchor)
                    continue
                start = end = a if side == "start" else a + len(norm(anchor))
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, "omission ref_text not in reference: %r"
                        % e["ref_text"])
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad(cid, "omitted words present in candidate")
            else:
                start = find_nth(cand, e["text"], e["occ"])
                if not e["text"] or start < 0:
                    bad(cid, "error text not found: %r" % e["text"])
                    continue
                end = start + len(e["text"])
                if et in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(cid, "%s must have ref_text null" % et)
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(cid, "error ref_text not in reference: %r"
                            % e["ref_text"])
                    if e["ref_text"] == e["text"]:
                        bad(cid, "error text equals ref_text")
                if et == "repetition":
                    first = cand.find(e["text"])
                    if first < 0 or first + len(e["text"]) > start:
                        bad(cid, "repetition has no earlier copy")
                if et == "addition" and e["text"].lower() in ref.lower():
                    bad(cid, "added text occurs in reference")
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad(cid, "error span cuts a word: %r" % e["text"])
            spans.append((start, end, "error", e["text"]))
            errors.append({"start": start, "end": end, "text": cand[start:end],
                           "type": et, "severity": e["severity"],
                           "ref_text": e["ref_text"]})

        traps = []
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if not t["text"] or start < 0:
                bad(cid, "trap text not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if t["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % t["ref_text"])
            if t["ref_text"] == t["text"]:
                bad(cid, "trap text equals ref_text: %r" % t["text"])
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad(cid, "trap span cuts a word: %r" % t["text"])
            spans.append((start, end, "trap", t["text"]))
            traps.append({"start": start, "end": end, "text": cand[start:end],
                          "ref_text": t["ref_text"]})

        # no overlaps (zero-width omission points may not sit inside a span)
        for i, (s1, e1, k1, x1) in enumerate(spans):
            for s2, e2, k2, x2 in spans[i + 1:]:
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    if s < p < e:
                        bad(cid, "omission point inside span %r" % x1)
                elif s1 < e2 and s2 < e1:
                    bad(cid, "overlapping spans %r / %r" % (x1, x2))

        if c["label"] == "consistent":
            if errors:
                bad(cid, "consistent pair has errors")
            if not 3 <= len(traps) <= 5:
                bad(cid, "consistent pair has %d traps" % len(traps))
        elif c["label"] == "inconsistent":
            if not 1 <= len(errors) <= 3:
                bad(cid, "inconsistent pair has %d errors" % len(errors))
            if len(traps) > 3:
                bad(cid, "inconsistent pair has %d traps" % len(traps))
        else:
            bad(cid, "bad label %r" % c["label"])

        errors.sort(key=lambda d: (d["start"], d["end"]))
        traps.sort(key=lambda d: (d["start"], d["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand,
                        "label": c["label"], "errors": errors, "traps": traps})

    # set-level composition
    def count(pred):
        return sum(1 for r in records if pred(r))

    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    if len({r["domain"] for r in records}) != len(records):
        problems.append("domains repeat")
    for mode, total in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        n = count(lambda r: r["mode"] == mode)
        nc = count(lambda r: r["mode"] == mode and r["label"] == "consistent")
        if n != total or nc != total // 2:
            problems.append("%s: %d pairs, %d consistent" % (mode, n, nc))
    all_err = [e for r in records for e in r["errors"]]
    if len(all_err) != 30:
        problems.append("expected 30 errors, got %d" % len(all_err))
    for et in ERROR_TYPES:
        n = sum(1 for e in all_err if e["type"] == et)
        if n < 2:
            problems.append("error type %s used %d times" % (et, n))
    return records, problems


def summary(records):
    from collections import Counter
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("by mode/label: %s" % dict(sorted(Counter(
        (r["mode"], r["label"]) for r in records).items())))
    errs = [e for r in records for e in r["errors"]]
    lines.append("errors: %d %s" % (len(errs), dict(sorted(Counter(
        e["type"] for e in errs).items()))))
    lines.append("severity: %s" % dict(sorted(Counter(
        e["severity"] for e in errs).items())))
    lines.append("errors per inconsistent pair: %s" % dict(sorted(Counter(
        len(r["errors"]) for r in records
        if r["label"] == "inconsistent").items())))
    lines.append("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    words = [len(r["reference"].split()) for r in records]
    lines.append("reference words: min %d max %d" % (min(words), max(words)))
    return "\n".join(lines)


def main():
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(summary(records))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), out))


if __name__ == "__main__":
    main()
