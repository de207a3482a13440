#!/usr/bin/env python3
"""Held-out evaluation set 115 for a reference/candidate fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper session that saw no code, data or
benchmark of the project; it worked only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries appear
only as background).  No offsets are typed by hand: the script finds every span
by string search (with an explicit occurrence index wherever a quoted text
repeats), validates the whole set and writes set115.jsonl next to itself.

    python3 make_set115.py           # validate and write set115.jsonl
    python3 make_set115.py --check   # validate only, write nothing

Composition (40 pairs, one domain each)
---------------------------------------
* labels: 20 consistent, 20 inconsistent
* modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
* 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 3, event 2, omission 2 (rewrite/translation only),
  addition 2, repetition 2; ten inconsistent pairs carry one error and ten
  carry two.
* traps: every consistent pair 3-5 (91 in total), inconsistent pairs 1-3
  (50 in total); 141 traps overall.
* error severities: 21 major, 7 minor, 2 critical.
* references 70-190 words, news / agency / corporate / official register;
  translation pairs are two independent English renderings of one
  non-English story.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set115.jsonl")

DOMAINS = [
    "bookbinding workshop grant", "vineyard hail insurance", "hostel fire safety order",
    "hay export restriction", "grain silo explosion", "monastery guest house",
    "bicycle courier pay dispute", "tuna cannery inspection", "barge cargo spill",
    "saffron crop failure", "zip line operator fine", "ferris wheel licence",
    "tattoo parlour hygiene rules", "knitting mill wage claim", "truffle dog training school",
    "canoe hire drowning inquiry", "seawall crack repair", "rooftop solar levy",
    "helicopter ambulance base", "jellyfish bloom beach closure", "cable television price freeze",
    "opera house chorus strike", "parking meter malfunction", "slaughterhouse worker visas",
    "rat infestation market", "bee venom clinic", "mink farm closure", "sugarcane burning ban",
    "ferry fuel surcharge", "antique clock auction", "glassblowing studio fire",
    "chimney sweep shortage", "student canteen price rise", "stadium roof leak",
    "wildlife bridge construction", "ship scrapping yard accident", "gravel road paving",
    "avocado theft ring", "pumpkin festival crowding", "cargo bike subsidy",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}


def E(text, type_, severity, ref=None, occ=None, at=None):
    """An error span.  For an omission give text="" and at=(anchor, occ, 'before'|'after')."""
    return {"text": text, "type": type_, "severity": severity, "ref_text": ref,
            "occ": occ, "at": at}


def T(text, ref, occ=None):
    """A trap span: faithful rewording of `ref` (reference wording)."""
    return {"text": text, "ref_text": ref, "occ": occ}


def norm(s):
    return " ".join(s.split())


CASES = [
    # 1 ------------------------------------------------------------------
    dict(domain="bookbinding workshop grant", mode="rewrite", label="consistent",
         reference="""The Harwell Arts Council has awarded a grant of £48,000 to the Quillon
Bindery, a bookbinding workshop in the market town of Ashcombe, to train four apprentices
over the next two years. The workshop, founded in 1987 by Maren Loddick, is one of only three
in the county still sewing books by hand. Council chair Peter Vance said on Monday that the
money would 'keep a rare craft alive in the region'. Under the terms of the grant, each
apprentice will receive a monthly stipend of £900, and the workshop must open its doors to
the public at least twice a year. Loddick, 71, said she hoped to hand over the business to
one of the trainees when she retires.""",
         candidate="""Four apprentices will be trained at the Quillon Bindery, a bookbinding
workshop in the market town of Ashcombe, over the coming 24 months, thanks to a £48k grant
from the Harwell Arts Council. Set up by Maren Loddick in 1987, the workshop is one of just
three in the county where books are still hand-sewn. Peter Vance, who chairs the council,
said on Monday that the money would 'keep a rare craft alive in the region'. Each apprentice
will be paid a stipend of £900 a month under the grant's terms, and the bindery must open to
the public no fewer than two times a year. Loddick, 71, said she hoped that one of the
trainees would take over the business once she retires.""",
         errors=[],
         traps=[T("24 months", "two years"),
                T("£48k", "£48,000"),
                T("hand-sewn", "sewing books by hand"),
                T("Peter Vance, who chairs the council", "Council chair Peter Vance"),
                T("no fewer than two times a year", "at least twice a year")]),
    # 2 ------------------------------------------------------------------
    dict(domain="vineyard hail insurance", mode="rewrite", label="inconsistent",
         reference="""Growers in the Valtierra wine district will receive payouts covering 60
percent of their hail losses, the regional agricultural insurer Agrosur announced on
Thursday. A storm on 14 June damaged vines across roughly 2,300 hectares, destroying up to
half of the expected harvest on some estates. According to the growers' association, about
140 vineyards have filed claims so far. Agrosur's claims director, Lucía Ferrand, said
assessors would visit every affected estate before the end of July, and that the first
payments should arrive in September. The association's president, Tomás Iriarte, welcomed
the decision but warned that smaller growers without insurance would receive nothing.""",
         candidate="""Hail-hit growers in the Valtierra wine district are to be compensated for
two-thirds of their losses, the regional agricultural insurer Agrosur said on Thursday. Vines
on around 2,300 hectares were damaged when a storm struck on 14 June, with some estates
losing as much as half of the harvest they had expected. Roughly 140 vineyards have so far
lodged claims, according to the insurer. Lucía Ferrand, claims director at Agrosur, said
every affected estate would be visited by assessors before July is out, with the first
payments expected in September. Tomás Iriarte, who heads the growers' association, welcomed
the move but cautioned that smaller uninsured growers would get nothing.""",
         errors=[E("two-thirds", "number", "major", "60 percent"),
                 E("according to the insurer", "attribution", "minor",
                   "According to the growers' association")],
         traps=[T("as much as half", "up to half"),
                T("before July is out", "before the end of July"),
                T("Tomás Iriarte, who heads the growers' association",
                  "The association's president, Tomás Iriarte")]),
    # 3 ------------------------------------------------------------------
    dict(domain="hostel fire safety order", mode="rewrite", label="consistent",
         reference="""Fire inspectors have ordered the Bluegate Hostel in the harbour district
of Port Aldine to cut its capacity from 120 beds to 70 until a second escape stairway is
installed. The order, issued last Friday by the Aldine Fire and Rescue Authority, follows an
inspection on 2 March that found blocked corridors and two fire doors that had been wedged
open. The hostel's owner, Kestrel Lodging Ltd, has 90 days to complete the work or face
prosecution. Station commander Ruth Okafor said nobody had been hurt, but that the building
'could have become a trap' in a night-time fire. Kestrel Lodging said it would comply in
full and expected the new stairway to be ready by early summer.""",
         candidate="""The Bluegate Hostel, in Port Aldine's harbour district, must reduce the
number of beds it offers from 120 to 70 until it installs a second escape stairway, under an
order issued by the Aldine Fire and Rescue Authority last Friday. An inspection on 2 March
had found corridors blocked and a pair of fire doors wedged open. Kestrel Lodging Ltd, which
owns the hostel, has been given 90 days to finish the work or face prosecution. In a
night-time fire, the building 'could have become a trap', said station commander Ruth
Okafor, although no one had been hurt. The company said it would fully comply and expected
the new stairway to be finished by early summer.""",
         errors=[],
         traps=[T("reduce the number of beds it offers from 120 to 70",
                  "cut its capacity from 120 beds to 70"),
                T("a pair of fire doors", "two fire doors"),
                T("Kestrel Lodging Ltd, which owns the hostel",
                  "The hostel's owner, Kestrel Lodging Ltd"),
                T("The company said it would fully comply",
                  "Kestrel Lodging said it would comply in full")]),
    # 4 ------------------------------------------------------------------
    dict(domain="hay export restriction", mode="translation", label="consistent",
         reference="""Spain's Ministry of Agriculture has temporarily restricted exports of hay
and straw after the driest spring in four decades left livestock farmers short of feed.
Under the measure, published in the official gazette on Wednesday, exporters will need a
special permit for any shipment larger than 25 tonnes. The restriction will remain in force
until 31 October and may be extended if the autumn rains fail. Secretary of State Inés
Galarreta said domestic stocks of fodder were about 35 percent below normal for the time of
year. The exporters' federation, Forrajex, called the decision 'disproportionate' and said
it would cost the sector some 40 million euros.""",
         candidate="""Spain's agriculture ministry has placed temporary limits on shipments of
hay and straw abroad, after the driest spring in forty years left livestock breeders without
enough fodder. The rule, which appeared in the state bulletin on Wednesday, obliges exporters
to obtain a special licence for every consignment of more than 25 tonnes. It will apply until
the end of October and could be prolonged should the autumn rains not arrive. Fodder reserves
in the country are some 35% lower than is normal for the season, according to secretary of
state Inés Galarreta. Forrajex, the federation representing exporters, described the measure
as 'out of proportion' and estimated its cost to the industry at around €40m.""",
         errors=[],
         traps=[T("forty years", "four decades"),
                T("until the end of October", "until 31 October"),
                T("should the autumn rains not arrive", "if the autumn rains fail"),
                T("some 35% lower than is normal", "about 35 percent below normal"),
                T("around €40m", "some 40 million euros")]),
    # 5 ------------------------------------------------------------------
    dict(domain="grain silo explosion", mode="rewrite", label="inconsistent",
         reference="""Two workers were seriously injured on Tuesday when a dust explosion ripped
through a grain silo operated by the Northfield Cooperative near the town of Brackley Cross.
The blast happened at about 6.40 a.m., shortly after a delivery of wheat had begun to be
unloaded into the silo. Emergency services said eleven other employees were evacuated before
a fire spread to an adjoining storage shed. Both injured men, aged 34 and 52, were flown to
the regional burns unit. The cooperative said it had suspended all operations at the site
pending an investigation by the Health and Safety Directorate, which is expected to take
several weeks.""",
         candidate="""A dust explosion tore through a Northfield Cooperative grain silo near
Brackley Cross on Tuesday, leaving two workers seriously hurt. It occurred at around 6.40
a.m., not long after a wheat delivery had begun to be unloaded into the silo. According to
the emergency services, eleven other staff were evacuated after a fire spread to a
neighbouring storage shed. The two injured men, aged 34 and 52, were airlifted to the
regional burns unit. All operations at the site have been suspended by the cooperative while
the Health and Safety Directorate investigates, a process expected to last several weeks.""",
         errors=[E("after a fire spread", "date", "major", "before a fire spread")],
         traps=[T("airlifted", "flown"),
                T("have been suspended by the cooperative",
                  "The cooperative said it had suspended")]),
    # 6 ------------------------------------------------------------------
    dict(domain="monastery guest house", mode="summary", label="consistent",
         reference="""The Benedictine community of St Aldric's Abbey, in the hills above
Corvello, will reopen its guest house on 1 May after an eighteen-month renovation costing 2.4
million euros. The work, funded partly by a regional heritage grant and partly by donations,
has added twelve en-suite rooms, a lift and a new kitchen, bringing the total number of guest
rooms to 30. Prior Anselm Kerrigan said the house would continue to welcome visitors of any
faith or none, and that prices would remain 'modest', at 55 euros a night including meals.
Guests will be asked to observe silence after evening prayer at 9 p.m. The abbey expects
around 4,000 overnight stays in the first year, roughly double the figure before the
closure.""",
         candidate="""St Aldric's Abbey, above Corvello, will reopen its guest house on 1 May
after a €2.4m refurbishment lasting a year and a half, which has taken it to 30 guest rooms.
Prior Anselm Kerrigan said prices would stay 'modest' at €55 a night, meals included. The
abbey is anticipating about 4,000 overnight stays in the first year, around twice as many as
before it closed.""",
         errors=[],
         traps=[T("€2.4m", "2.4 million euros"),
                T("a year and a half", "eighteen-month"),
                T("meals included", "including meals"),
                T("around twice as many as before it closed",
                  "roughly double the figure before the closure")]),
    # 7 ------------------------------------------------------------------
    dict(domain="bicycle courier pay dispute", mode="rewrite", label="consistent",
         reference="""Couriers working for the delivery platform Zipsprint in the city of
Marlow Vale will receive a minimum of £11.40 per hour of active work under a deal reached on
Sunday evening, ending a three-week dispute. The agreement, brokered by the regional
conciliation service, also gives riders a payment of 45p per kilometre to cover bike
maintenance. The Independent Riders' Union, which represents about 600 of the company's 850
local couriers, said members had voted to accept the offer by a margin of two to one.
Zipsprint's operations manager, Dev Morland, said the company had 'listened to its riders'
but warned that delivery fees for customers might rise slightly. The deal will be reviewed in
twelve months.""",
         candidate="""A three-week dispute at the delivery platform Zipsprint in Marlow Vale
ended on Sunday evening with a deal guaranteeing its couriers at least £11.40 for every hour
of active work. Under the agreement, which the regional conciliation service brokered, riders
will also get 45p a kilometre towards the upkeep of their bikes. The Independent Riders'
Union, representing roughly 600 of the firm's 850 local couriers, said its members had backed
the offer by a two-thirds majority. Dev Morland, Zipsprint's operations manager, said the
company had 'listened to its riders', though he cautioned that customers could see delivery
fees go up slightly. The arrangement will be reviewed after a year.""",
         errors=[],
         traps=[T("at least £11.40 for every hour", "a minimum of £11.40 per hour"),
                T("towards the upkeep of their bikes", "to cover bike maintenance"),
                T("a two-thirds majority", "a margin of two to one"),
                T("after a year", "in twelve months")]),
    # 8 ------------------------------------------------------------------
    dict(domain="tuna cannery inspection", mode="translation", label="inconsistent",
         reference="""Food safety inspectors have suspended production at the Conservas
Marinhal tuna cannery in Vila Serrana for at least ten days after finding histamine levels
above the legal limit in three batches of canned tuna. The Authority for Food and Economic
Safety said on Tuesday that around 18,000 tins had been withdrawn from shops in the north of
the country as a precaution. No cases of illness have been reported. The company, which
employs 230 people, said the contaminated fish had come from a single supplier and that
cold-storage procedures were being reviewed. Workers will continue to receive their full
wages during the closure, according to the plant's director, Helena Cordeiro.""",
         candidate="""Production at the Conservas Marinhal tuna-canning plant in Vila Serrana
has been halted for ten days by food safety inspectors, who detected histamine above the
permitted level in three batches of tinned tuna. As a precautionary step, some 18,000 cans
were pulled from shops in the north of the country, the Authority for Food and Economic
Safety announced on Tuesday. There have been no reports of anyone falling ill. The firm,
which has a workforce of 230, said the affected fish had all come from one supplier and that
it was reviewing how it handles cold storage. Employees will go on being paid in full while
the plant is shut, according to its director, Helena Marinhal.""",
         errors=[E("", "omission", "major", "at least", at=("ten days", 0, "before")),
                 E("Helena Marinhal", "entity", "minor", "Helena Cordeiro")],
         traps=[T("has a workforce of 230", "employs 230 people"),
                T("go on being paid in full", "continue to receive their full wages")]),
    # 9 ------------------------------------------------------------------
    dict(domain="barge cargo spill", mode="summary", label="inconsistent",
         reference="""A barge carrying fertiliser pellets ran aground on the River Tessel near
the village of Lindholm early on Saturday, spilling part of its cargo into the water. The
vessel, owned by the shipping company Rhenvaart, was transporting 1,400 tonnes of ammonium
nitrate fertiliser from the port of Kessborg to an inland depot. The river authority
estimates that about 90 tonnes went into the river before the breach was sealed. Navigation
on a 12-kilometre stretch has been closed, and drinking-water intakes downstream have been
shut as a precaution. Officials said there was no risk of explosion. The two crew members
were unhurt. Salvage teams hope to refloat the barge by Wednesday, once the remaining cargo
has been transferred to another vessel.""",
         candidate="""A Rhenvaart barge carrying 1,400 tonnes of ammonium nitrate fertiliser
ran aground in thick fog on the River Tessel near Lindholm on Saturday, spilling an estimated
90 tonnes. A 90-kilometre stretch of the river has been closed to shipping and downstream
water intakes shut, though officials ruled out any explosion risk. Nobody was hurt, and
salvors hope to refloat the vessel by Wednesday.""",
         errors=[E("in thick fog", "addition", "minor"),
                 E("90-kilometre", "number", "major", "12-kilometre")],
         traps=[T("ruled out any explosion risk", "there was no risk of explosion"),
                T("salvors", "Salvage teams")]),
    # 10 -----------------------------------------------------------------
    dict(domain="saffron crop failure", mode="translation", label="consistent",
         reference="""The saffron harvest in the Tazrout valley has collapsed this autumn, with
cooperatives reporting yields about 70 percent lower than last year. Farmers blame an
unusually hot October, which caused many crocus bulbs to flower late or not at all. The
Tazrout Saffron Cooperative, which groups some 900 small producers, said it had collected
just 310 kilograms of dried stigmas, compared with more than a tonne in a normal season.
Wholesale prices have risen by around a quarter since September. The regional agriculture
office announced on Monday that affected families could apply for emergency aid of up to
4,000 dirhams each, and that applications would open next week.""",
         candidate="""This autumn's saffron crop in the Tazrout valley has been a disaster:
cooperatives say output is down by roughly seven-tenths compared with a year ago. Growers put
the failure down to an exceptionally warm October, when many crocus corms bloomed late or
never bloomed. The Tazrout Saffron Cooperative, an association of about 900 smallholders, has
gathered only 310 kg of dried stigmas, against more than 1,000 kg in an ordinary season. At
wholesale level, prices have climbed some 25% since September. On Monday the regional
agricultural directorate said that families hit by the failure may request emergency
assistance of as much as 4,000 dirhams per household, with applications opening next
week.""",
         errors=[],
         traps=[T("down by roughly seven-tenths", "about 70 percent lower"),
                T("exceptionally warm October", "unusually hot October"),
                T("more than 1,000 kg", "more than a tonne"),
                T("some 25%", "around a quarter"),
                T("as much as 4,000 dirhams per household", "up to 4,000 dirhams each")]),
    # 11 -----------------------------------------------------------------
    dict(domain="zip line operator fine", mode="rewrite", label="inconsistent",
         reference="""The adventure park operator SkyReach Outdoors has been fined €85,000 by
the Alpine Canton Labour Inspectorate after a 14-year-old girl fell three metres from a zip
line platform at its park in Grindelhorn last August. The inspectorate found that a safety
gate had been left unlocked and that the instructor on duty had not completed the required
training. SkyReach, which bought the Grindelhorn park from the local firm Alpenseil in 2021,
said it accepted the findings and had since retrained all its staff. The girl, who broke her
wrist, has made a full recovery. The company's insurer has agreed to pay compensation to her
family; the amount has not been disclosed.""",
         candidate="""SkyReach Outdoors has been fined €85,000 by the Alpine Canton Labour
Inspectorate over a fall last August, in which a 14-year-old girl dropped three metres from a
zip line platform at its Grindelhorn park. Inspectors established that a safety gate had been
left unlocked and that the instructor on duty lacked the mandatory training. The operator,
which sold the Grindelhorn park to local firm Alpenseil in 2021, said it accepted the
findings and had since retrained all of its staff. The girl broke her wrist but has fully
recovered, and SkyReach's insurer has agreed to compensate her family for an undisclosed
sum.""",
         errors=[E("The operator, which sold the Grindelhorn park to local firm Alpenseil",
                   "role", "major",
                   "SkyReach, which bought the Grindelhorn park from the local firm Alpenseil")],
         traps=[T("lacked the mandatory training", "had not completed the required training"),
                T("for an undisclosed sum", "the amount has not been disclosed")]),
    # 12 -----------------------------------------------------------------
    dict(domain="ferris wheel licence", mode="rewrite", label="consistent",
         reference="""Westhaven City Council has granted a five-year licence to Orbis
Attractions to operate a 45-metre Ferris wheel on the Old Pier, despite objections from some
residents. The licensing committee approved the application by six votes to three at a
meeting on Thursday night. Under the conditions attached, the wheel may run only between 10
a.m. and 10 p.m., music must not be played from the site, and the operator must pay the
council an annual fee of £60,000. Orbis expects the attraction, which has 36 gondolas, to
carry about 250,000 passengers a year. Councillor Janet Ebbs, who voted against, said the
wheel would 'dominate the skyline'.""",
         candidate="""Despite objections from some residents, Orbis Attractions has been given
a licence by Westhaven City Council to run a 45-metre Ferris wheel on the Old Pier for five
years. At a meeting on Thursday night, the licensing committee voted 6-3 in favour of the
application. The wheel will be permitted to operate from 10 a.m. to 10 p.m. only, no music
may be played from the site, and Orbis will have to pay the council £60,000 each year. The
company anticipates that the 36-gondola attraction will carry roughly a quarter of a million
passengers annually. Janet Ebbs, one of the councillors who opposed it, said the wheel would
'dominate the skyline'.""",
         errors=[],
         traps=[T("voted 6-3 in favour of the application",
                  "approved the application by six votes to three"),
                T("from 10 a.m. to 10 p.m. only", "only between 10 a.m. and 10 p.m."),
                T("roughly a quarter of a million passengers annually",
                  "about 250,000 passengers a year"),
                T("one of the councillors who opposed it", "who voted against")]),
    # 13 -----------------------------------------------------------------
    dict(domain="tattoo parlour hygiene rules", mode="summary", label="consistent",
         reference="""New hygiene rules for tattoo and piercing studios will come into force
across the province of Nordmark on 1 September, the provincial health department announced
on Wednesday. Under the regulations, all needles must be single-use, and studios will have to
keep a written record of every client for at least five years. Staff must also complete a
certified infection-control course, which costs around 300 euros, within six months of the
rules taking effect. Inspectors will be able to make unannounced visits and impose fines of
up to 20,000 euros. The department said it had received 47 complaints about infections
linked to studios last year, up from 19 the year before. The Nordmark Tattoo Artists' Guild
said it supported the measures but asked for financial help with training costs.""",
         candidate="""Tattoo and piercing studios across Nordmark will have to use only
single-use needles and keep client records for no less than five years under provincial
rules taking effect on 1 September. Staff will need to complete a certified infection-control
course within half a year of that date, and inspectors may turn up unannounced and levy fines
of as much as €20,000. The health department logged 47 studio-linked infection complaints
last year, against 19 the year before. The artists' guild backs the rules but wants help
paying for training.""",
         errors=[],
         traps=[T("no less than five years", "at least five years"),
                T("within half a year of that date",
                  "within six months of the rules taking effect"),
                T("turn up unannounced", "make unannounced visits"),
                T("as much as €20,000", "up to 20,000 euros")]),
    # 14 -----------------------------------------------------------------
    dict(domain="knitting mill wage claim", mode="rewrite", label="inconsistent",
         reference="""More than 200 former employees of the Dunmore Knitting Mill, which closed
in January, have lodged a joint claim for unpaid wages and holiday pay totalling £1.3
million. The claim was filed at the regional employment tribunal on Monday by the textile
workers' union Unitex on behalf of 214 workers. Unitex says staff were not paid for the final
six weeks before the mill shut and that the company failed to give the legally required
notice of redundancy. The mill's administrators, Cobb & Farrant, said they would examine the
claim but warned that creditors were unlikely to recover more than a fraction of what they
were owed. A hearing has provisionally been set for June.""",
         candidate="""A joint claim for £1.3m in unpaid wages and holiday pay has been lodged
by more than 200 people who used to work at the Dunmore Knitting Mill, which shut down in
January. The textile union Unitex filed the claim on behalf of 214 workers at the regional
employment tribunal on Monday. According to the union, staff went unpaid for the last six
weeks before the closure, and the company did not give them the notice of redundancy
required by law. The administrators, Cobb & Farrant, said they would look into the claim, but
cautioned that creditors would probably get back no more than a fraction of the money owed to
them. A hearing has been set for June.""",
         errors=[E("", "omission", "minor", "provisionally",
                   at=("been set for June", 0, "before"))],
         traps=[T("£1.3m", "£1.3 million"),
                T("people who used to work at", "former employees of"),
                T("would probably get back no more than a fraction",
                  "were unlikely to recover more than a fraction")]),
    # 15 -----------------------------------------------------------------
    dict(domain="truffle dog training school", mode="translation", label="inconsistent",
         reference="""A school for training truffle-hunting dogs will open in Borgo Vescia in
March, the town council announced yesterday. The project, led by local breeder Carla Menotti,
will offer six-month courses for up to twenty dogs at a time in a former farmhouse owned by
the municipality. Every dog will be examined by a vet before it is admitted. Owners will pay
1,200 euros per course, although residents of the province will receive a 30 percent
discount. Menotti said a well-trained dog could find truffles worth several thousand euros in
a single season, but that many animals were poorly prepared. The council has not yet decided
whether the school will also accept breeds other than the Lagotto Romagnolo. The first course
is already fully booked.""",
         candidate="""Borgo Vescia is to get a school for truffle dogs, which will open its
doors in March, the municipal council said yesterday. Run by Carla Menotti, a breeder from
the town, it will offer courses lasting six months to a maximum of twenty dogs at once, held
in an old farmhouse that belongs to the municipality. Each dog will undergo a veterinary
check once it has been admitted. The course costs 1,200 euros, with a 30% reduction for
people living in the province. According to Menotti, a properly trained dog can turn up
several thousand euros' worth of truffles in one season, yet many dogs are badly prepared.
The council has now decided that breeds other than the Lagotto Romagnolo will be accepted
too. Places on the first course have already all been taken.""",
         errors=[E("once it has been admitted", "date", "major", "before it is admitted"),
                 E("The council has now decided that", "polarity", "major",
                   "The council has not yet decided whether")],
         traps=[T("a maximum of twenty dogs at once", "up to twenty dogs at a time"),
                T("a 30% reduction", "a 30 percent discount"),
                T("Places on the first course have already all been taken",
                  "The first course is already fully booked")]),
    # 16 -----------------------------------------------------------------
    dict(domain="canoe hire drowning inquiry", mode="summary", label="inconsistent",
         reference="""An inquest into the death of a 23-year-old tourist who drowned after his
hired canoe capsized on Lake Morrow has heard that he was not wearing a life jacket. The man,
named as Elias Brandt, had rented the canoe from Lakeside Paddle Hire in August last year.
Coroner Helen Strachan was told that the company's staff had offered him a life jacket but
that he declined it. Witness Karen Doyle said the wind had picked up suddenly shortly before
the canoe overturned, about 200 metres from the shore. A police diver, Sergeant Owen Pryce,
told the hearing that the water temperature at the time was around 12C. The inquest, at
Cardon Coroner's Court, is expected to conclude on Friday.""",
         candidate="""An inquest has heard that Elias Brandt, 23, who drowned when a canoe he
had hired from Lakeside Paddle Hire capsized on Lake Morrow in August last year, had turned
down a life jacket offered by staff. A police diver said the wind had risen suddenly just
before the canoe overturned some 200 metres from shore, in water of about 12C. The inquest
is expected to finish on Friday.""",
         errors=[E("A police diver said", "attribution", "major", "Witness Karen Doyle said")],
         traps=[T("turned down", "declined"),
                T("some 200 metres from shore", "about 200 metres from the shore")]),
    # 17 -----------------------------------------------------------------
    dict(domain="seawall crack repair", mode="rewrite", label="consistent",
         reference="""Repairs to a 60-metre crack in the Carrow Bay seawall will begin on 5
October and are expected to take about ten weeks, Eastmere District Council said on Tuesday.
The crack was discovered during a routine inspection in July, and engineers found that storm
waves had washed out part of the core behind the concrete face. The £2.1 million project will
be carried out by contractor Hollis Marine, with 70 percent of the cost met by the national
flood defence fund and the remainder by the council. The promenade above the damaged section
will be closed throughout the work, but the beach will remain open. Council engineer Farah
Quayle said the wall was 'not in danger of imminent collapse'.""",
         candidate="""Eastmere District Council announced on Tuesday that work to repair a
60-metre crack in the seawall at Carrow Bay would start on 5 October and should last around
ten weeks. A routine inspection in July revealed the crack, and engineers established that
part of the core behind the wall's concrete face had been washed out by storm waves. Hollis
Marine has been contracted to carry out the £2.1m scheme; the national flood defence fund
will pay seven-tenths of the bill and the council the rest. While the beach stays open, the
promenade above the damaged stretch will be shut for the duration of the works. According to
council engineer Farah Quayle, the wall is 'not in danger of imminent collapse'.""",
         errors=[],
         traps=[T("should last around ten weeks", "are expected to take about ten weeks"),
                T("£2.1m", "£2.1 million"),
                T("seven-tenths of the bill", "70 percent of the cost"),
                T("the council the rest", "the remainder by the council"),
                T("for the duration of the works", "throughout the work")]),
    # 18 -----------------------------------------------------------------
    dict(domain="rooftop solar levy", mode="rewrite", label="inconsistent",
         reference="""The energy regulator of the Kestrian Islands has proposed a monthly grid
charge of 9 dollars for households with rooftop solar panels, arguing that they pay too
little towards maintaining the network. The charge would apply only to systems larger than 4
kilowatts and would not affect the roughly 3,000 homes that installed panels before 2020. The
regulator, Islands Power Authority, will hold a public consultation until 30 November and
could revise the amount in light of the responses. The Solar Homes Association said the levy
would discourage new installations and might push some owners to disconnect from the grid
entirely. A final decision is expected early next year.""",
         candidate="""Households in the Kestrian Islands with rooftop solar panels face a
proposed grid charge of $9 a month, after the energy regulator argued that they contribute
too little to the upkeep of the network. Only systems above 4 kilowatts would be liable, and
the roughly 3,000 homes that installed panels before 2020 would be affected too. The Islands
Power Authority is consulting the public until 30 November and will revise the amount in
light of the responses. According to the Solar Homes Association, the levy would deter new
installations and might lead some owners to cut themselves off from the grid altogether. A
final decision is expected early next year.""",
         errors=[E("would be affected too", "polarity", "critical", "would not affect"),
                 E("will revise", "modality", "major", "could revise")],
         traps=[T("$9 a month", "monthly grid charge of 9 dollars"),
                T("above 4 kilowatts", "larger than 4 kilowatts"),
                T("cut themselves off from the grid altogether",
                  "disconnect from the grid entirely")]),
    # 19 -----------------------------------------------------------------
    dict(domain="helicopter ambulance base", mode="summary", label="consistent",
         reference="""The Highcombe Air Ambulance charity is to open a second helicopter base at
Farrow airfield next spring, cutting response times to remote villages in the north of the
county by up to 15 minutes. The new base will cost £3.6 million to build and equip, of which
£2 million has come from a single anonymous donor. It will house one helicopter and a crew of
paramedics and doctors operating 19 hours a day, from 7 a.m. to 2 a.m. The charity's chief
executive, Morag Tennant, said about 40 percent of the 1,900 missions it flew last year were
to the northern area. Planning permission was granted last week. The charity receives no
direct government funding and relies on donations and lotteries.""",
         candidate="""Highcombe Air Ambulance will open a second base, at Farrow airfield, next
spring, shaving as much as a quarter of an hour off response times to remote villages in the
north of the county. The £3.6m base, more than half of it paid for by one anonymous donor,
will operate from 7 a.m. to 2 a.m. Around two in five of last year's 1,900 missions were to
the north, the charity's chief executive said.""",
         errors=[],
         traps=[T("as much as a quarter of an hour", "up to 15 minutes"),
                T("£3.6m", "£3.6 million"),
                T("more than half of it paid for by one anonymous donor",
                  "£2 million has come from a single anonymous donor"),
                T("Around two in five", "about 40 percent")]),
    # 20 -----------------------------------------------------------------
    dict(domain="jellyfish bloom beach closure", mode="translation", label="consistent",
         reference="""The mayor of Port-Saint-Clair has closed the town's three main beaches to
swimmers after a large bloom of mauve stinger jellyfish appeared along the coast on Sunday.
Lifeguards treated 64 people for stings over the weekend, four of whom were taken to hospital
as a precaution. The ban, which does not apply to walking or sunbathing on the sand, will
stay in place at least until Thursday, when the situation will be reassessed. Marine
biologist Claire Dufresnel of the Coastal Observatory said warmer water and a lack of wind
had allowed the jellyfish to gather close to the shore. Red flags have been raised and
municipal police are patrolling the beaches.""",
         candidate="""Swimming has been banned at Port-Saint-Clair's three main beaches by
order of the mayor, following the arrival on Sunday of a large swarm of mauve stinger
jellyfish along the shoreline. Over the weekend, 64 people received first aid from lifeguards
for stings; four were sent to hospital as a precautionary measure. People may still walk and
sunbathe on the beaches, and the ban will remain in force until Thursday at the earliest, at
which point it will be reviewed. According to Claire Dufresnel, a marine biologist at the
Coastal Observatory, the jellyfish were able to collect near the beach because the sea was
warmer and there was little wind. Red flags are flying and the municipal police are
patrolling the sand.""",
         errors=[],
         traps=[T("a large swarm", "a large bloom"),
                T("as a precautionary measure", "as a precaution"),
                T("People may still walk and sunbathe on the beaches",
                  "does not apply to walking or sunbathing on the sand"),
                T("until Thursday at the earliest", "at least until Thursday"),
                T("it will be reviewed", "the situation will be reassessed")]),
    # 21 -----------------------------------------------------------------
    dict(domain="cable television price freeze", mode="rewrite", label="consistent",
         reference="""Telvista, the largest cable television provider in the Republic of
Marrant, has agreed to freeze its subscription prices for 18 months following an
investigation by the Competition and Consumer Board. The board had been examining complaints
that Telvista raised its basic package price three times in two years, by a total of 27
percent. Under the settlement announced on Wednesday, prices will stay at current levels
until at least the end of June 2026, and customers will be able to cancel without penalty
within 30 days of any future change. Telvista, which has about 1.1 million subscribers, did
not admit any wrongdoing. The board's chairman, Osei Lindqvist, said the deal would save
households an estimated 40 million marks.""",
         candidate="""Following an investigation by the Competition and Consumer Board,
Telvista has committed to holding its subscription prices steady for a year and a half. The
company, Marrant's biggest cable TV provider, had faced complaints that it put up the price
of its basic package three times in two years, by 27 percent in total. The settlement, made
public on Wednesday, means prices will be held at current levels until the end of June 2026
at the earliest, and customers will be free to cancel without penalty for 30 days after any
future change. Telvista, which has roughly 1.1 million subscribers, did not admit any
wrongdoing. Board chairman Osei Lindqvist estimated that households would save 40 million
marks as a result.""",
         errors=[],
         traps=[T("a year and a half", "18 months"),
                T("Marrant's biggest cable TV provider",
                  "the largest cable television provider in the Republic of Marrant"),
                T("until the end of June 2026 at the earliest",
                  "until at least the end of June 2026"),
                T("for 30 days after any future change", "within 30 days of any future change"),
                T("estimated that households would save 40 million marks",
                  "said the deal would save households an estimated 40 million marks")]),
    # 22 -----------------------------------------------------------------
    dict(domain="opera house chorus strike", mode="rewrite", label="inconsistent",
         reference="""Members of the chorus at the Royal Opera of Valdena will strike on the
opening night of the new season on 20 September, their union announced on Monday. The 58
singers are demanding a 7 percent pay rise and an end to short-term contracts, which they say
now cover almost a third of the chorus. The opera's general director, Franz Heller, said
management had offered 3.5 percent and described the strike as 'deeply regrettable'. The
performing artists' union, Artiva, said further stoppages during the season could not be
ruled out. The opening production, a new staging of The Glass Bride, will go ahead with
recorded choral parts if the strike is not called off, the opera said.""",
         candidate="""The 58-strong chorus of the Royal Opera of Valdena will walk out on 20
September, the opening night of the new season, their union said on Monday. The singers are
demanding a 7% pay rise and an end to short-term contracts, which they say now apply to
nearly a third of the chorus. Management has offered 3.5%, according to general director
Franz Heller, who called the strike 'deeply regrettable'. Further walkouts during the season
could not be ruled out, the opera's management warned. If the strike goes ahead, the
season's opening production, a new staging of The Glass Bride, will be performed with
recorded choral parts, the opera said. The chorus is demanding a 7% pay rise and an end to
short-term contracts.""",
         errors=[E("the opera's management warned", "attribution", "major",
                   "The performing artists' union, Artiva, said"),
                 E("demanding a 7% pay rise and an end to short-term contracts", "repetition",
                   "minor", occ=1)],
         traps=[T("The 58-strong chorus", "The 58 singers"),
                T("If the strike goes ahead", "if the strike is not called off")]),
    # 23 -----------------------------------------------------------------
    dict(domain="parking meter malfunction", mode="rewrite", label="consistent",
         reference="""About 1,500 drivers in Brenford who received parking fines between 3 and
17 February will have them cancelled after a software fault caused dozens of meters to
reject valid payments, the city council said on Thursday. The fault affected 84 of the city's
410 meters, mainly in the central shopping district, and was traced to an update installed by
the supplier, Metrolink Systems. Drivers who have already paid the £35 penalty will be
refunded automatically within four weeks. Councillor Ahmed Rourke, the cabinet member for
transport, apologised for the inconvenience and said the council would seek to recover the
cost of the refunds, estimated at £52,000, from the supplier.""",
         candidate="""Brenford city council said on Thursday that it would cancel the parking
fines issued to roughly 1,500 motorists from 3 to 17 February, after a software glitch led
dozens of meters to turn down valid payments. The problem, which hit 84 of the city's 410
meters, most of them in the central shopping district, was traced back to an update that the
supplier, Metrolink Systems, had installed. Anyone who has already paid the £35 penalty will
get their money back automatically within 28 days. Transport cabinet member Ahmed Rourke
apologised for the inconvenience, saying the council would try to recoup the cost of the
refunds, put at £52,000, from Metrolink.""",
         errors=[],
         traps=[T("most of them in the central shopping district",
                  "mainly in the central shopping district"),
                T("within 28 days", "within four weeks"),
                T("Transport cabinet member Ahmed Rourke",
                  "Councillor Ahmed Rourke, the cabinet member for transport"),
                T("try to recoup", "seek to recover"),
                T("put at £52,000", "estimated at £52,000")]),
    # 24 -----------------------------------------------------------------
    dict(domain="slaughterhouse worker visas", mode="summary", label="inconsistent",
         reference="""Carvania's interior ministry will issue up to 2,500 temporary work visas
for slaughterhouse staff this year to ease a labour shortage in the meat industry, officials
said on Tuesday. The visas will be valid for nine months and will be open to foreign workers
with at least two years' experience in meat processing. Employers will have to pay workers at
least the sector's collective wage and provide accommodation meeting national standards. The
Meat Processors' Federation said about 4,000 positions were currently vacant and that some
plants had cut production by a fifth. The food workers' union warned that the scheme could be
used to hold down wages and called for regular inspections. The ministry said it might extend
the programme next year if the shortage persisted.""",
         candidate="""Carvania will grant as many as 2,500 nine-month visas this year to foreign
slaughterhouse workers with two or more years' experience in meat processing, with employers
obliged to pay at least the collective wage and provide housing that meets national
standards. Meat processors say around 4,000 jobs are unfilled. The food workers' union fears
the scheme could depress wages. The programme will be extended next year if the shortage
continues.""",
         errors=[E("will be extended", "modality", "major", "might extend")],
         traps=[T("as many as 2,500", "up to 2,500"),
                T("two or more years'", "at least two years'"),
                T("around 4,000 jobs are unfilled", "about 4,000 positions were currently vacant")]),
    # 25 -----------------------------------------------------------------
    dict(domain="rat infestation market", mode="rewrite", label="inconsistent",
         reference="""The covered market in Saltgate will close for five days from Monday so
that pest controllers can deal with a rat infestation, the market's operator, Saltgate
Markets Trust, said. The problem came to light after a stallholder posted a video of rats
running across a fish counter, which has been viewed more than 300,000 times. Environmental
health officer Gwen Harrow said inspectors had found evidence of rats in 11 of the market's 62
units. The trust said traders would not be charged rent for the week and that a drainage
fault beneath the building was thought to be the main cause. The adjoining outdoor flower
market will stay open.""",
         candidate="""Saltgate's covered market is to shut for five days from Monday while pest
controllers tackle a rat infestation, according to its operator, Saltgate Markets Trust. The
problem emerged when a stallholder, who has since been suspended, posted a video showing rats
scurrying across a fish counter; it has been watched over 300,000 times. Inspectors found
signs of rats in 11 of the market's 62 units, environmental health officer Gwen Harrow said.
Traders will pay no rent for the week, the trust said, adding that a drainage fault under the
building was believed to be the main cause. The neighbouring outdoor fish market will remain
open.""",
         errors=[E("who has since been suspended", "addition", "major"),
                 E("outdoor fish market", "entity", "major", "outdoor flower market")],
         traps=[T("watched over 300,000 times", "viewed more than 300,000 times"),
                T("Traders will pay no rent for the week",
                  "traders would not be charged rent for the week"),
                T("believed to be the main cause", "thought to be the main cause")]),
    # 26 -----------------------------------------------------------------
    dict(domain="bee venom clinic", mode="summary", label="consistent",
         reference="""A private clinic in Lorrington offering bee venom therapy has been ordered
to stop advertising the treatment as a cure for arthritis, after the Advertising Practice
Council upheld complaints from two doctors. The clinic, Apisana Wellness, had claimed on its
website that 'nine out of ten patients' saw their joint pain disappear after a course of ten
stings. The council found no reliable evidence for the claim and said the adverts could
discourage people from seeking proper medical care. It did not rule on the safety of the
treatment itself, which costs 45 pounds per session. Apisana's founder, Dorothea Vinn, said
she disagreed with the decision but had removed the wording. The clinic remains open.""",
         candidate="""The Advertising Practice Council has ordered Lorrington's Apisana
Wellness to stop promoting bee venom therapy as an arthritis cure, finding no reliable
evidence for its website claim that 90% of patients lost their joint pain after a course of
ten stings. The council made no ruling on the treatment's safety. Founder Dorothea Vinn
disagrees with the decision but has taken the wording down, and the clinic is still open.""",
         errors=[],
         traps=[T("90% of patients", "nine out of ten patients"),
                T("made no ruling on the treatment's safety",
                  "did not rule on the safety of the treatment itself"),
                T("has taken the wording down", "had removed the wording"),
                T("is still open", "remains open")]),
    # 27 -----------------------------------------------------------------
    dict(domain="mink farm closure", mode="translation", label="inconsistent",
         reference="""The last mink farm in the Wolany district will close by the end of the
year, its owner confirmed on Friday, after the regional assembly voted to phase out fur
farming. The farm, run by the Brzeska family for three generations, currently keeps about
18,000 animals and employs 26 people. Under the assembly's decision, farmers who close their
operations before 2027 will receive compensation of up to 60 percent of the value of their
buildings and equipment. Owner Marek Brzeski said the family was considering converting the
site into a poultry farm but had not yet made a final decision. Animal welfare groups
welcomed the closure, while the regional farmers' union said it might challenge the law in
court.""",
         candidate="""The owner of the Wolany district's last remaining mink farm confirmed on
Friday that it would shut before the year is out, following a vote by the regional assembly
to ban new fur farms. Run by the Brzeska family for three generations, the farm now holds
around 18,000 animals and has 26 employees. Under the assembly's resolution, farmers who wind
up their businesses before 2027 are entitled to compensation worth as much as 60% of the
value of their buildings and machinery. Marek Brzeski, the owner, said the family was
thinking about turning the site into a poultry farm, though no final decision had been taken.
Animal welfare organisations welcomed the news, whereas the regional farmers' union announced
that it would challenge the law in court.""",
         errors=[E("ban new fur farms", "event", "major", "phase out fur farming"),
                 E("would challenge", "modality", "major", "might challenge")],
         traps=[T("before the year is out", "by the end of the year"),
                T("as much as 60%", "up to 60 percent"),
                T("no final decision had been taken", "had not yet made a final decision")]),
    # 28 -----------------------------------------------------------------
    dict(domain="sugarcane burning ban", mode="translation", label="consistent",
         reference="""The government of the state of Serra Alta has banned the burning of
sugarcane fields before harvest, with effect from the start of the next season in April. The
practice, used to strip leaves and make cutting by hand easier, has been blamed for
respiratory problems in nearby towns. Producers who break the ban will be fined 500 reais per
hectare burned. State environment secretary Joana Vilela said around 85 percent of the
state's cane was already harvested by machine, and that the remaining growers would be
offered subsidised loans to buy harvesters. The growers' association Canavale said the
timetable was tight but that it would not oppose the decree. Farms of fewer than 20 hectares
are exempt until 2028.""",
         candidate="""Pre-harvest burning of sugarcane has been prohibited by the Serra Alta
state government from April, when the next season begins. Burning is used to remove the
leaves and ease manual cutting, and it has been linked to breathing problems in neighbouring
towns. Anyone breaching the ban faces a fine of 500 reais for each hectare set alight.
According to Joana Vilela, the state's environment secretary, some 85% of local cane is now
cut mechanically, and growers still harvesting by hand will be able to take out subsidised
loans to purchase harvesting machines. Canavale, which represents cane growers, called the
timetable tight but said it would not fight the decree. Properties under 20 hectares will
not be covered by the ban until 2028.""",
         errors=[],
         traps=[T("from April, when the next season begins",
                  "with effect from the start of the next season in April"),
                T("500 reais for each hectare set alight", "500 reais per hectare burned"),
                T("some 85% of local cane is now cut mechanically",
                  "around 85 percent of the state's cane was already harvested by machine"),
                T("Properties under 20 hectares will not be covered by the ban until 2028",
                  "Farms of fewer than 20 hectares are exempt until 2028")]),
    # 29 -----------------------------------------------------------------
    dict(domain="ferry fuel surcharge", mode="rewrite", label="inconsistent",
         reference="""Island Link Ferries will add a fuel surcharge of £4.50 to every single car
ticket on its routes between the mainland and the Tarrow Isles from 1 March, the company said
on Wednesday. Foot passengers will pay an extra 80p per journey, while cyclists will be
exempt. The operator said fuel costs had risen by 38 percent over the past year and that the
surcharge would be reviewed every three months. Islanders holding resident cards will pay
half the surcharge. The Tarrow Isles Community Council said the increase would hit families
and small businesses hard, and urged the regional transport authority to step in.""",
         candidate="""From 1 March, Island Link Ferries will add £4.50 to the price of every
single car ticket on its routes linking the mainland with the Tarrow Isles to cover fuel, the
company announced on Wednesday. Foot passengers will be charged an additional 80p a journey,
and cyclists will pay nothing extra. Fuel now costs 38% more than it did a year ago, the
operator said, adding that the surcharge would be reviewed quarterly. Islanders with resident
cards will pay half the surcharge, which works out at £2.50 for a car. The Tarrow Isles
Community Council warned that families and small businesses would be hit hard and called on
the regional transport authority to intervene.""",
         errors=[E("£2.50", "number", "minor", "half the surcharge")],
         traps=[T("cyclists will pay nothing extra", "cyclists will be exempt"),
                T("Fuel now costs 38% more than it did a year ago",
                  "fuel costs had risen by 38 percent over the past year"),
                T("reviewed quarterly", "reviewed every three months")]),
    # 30 -----------------------------------------------------------------
    dict(domain="antique clock auction", mode="rewrite", label="consistent",
         reference="""An 18th-century longcase clock made by the little-known workshop of
Josiah Pellow sold for £212,000 at Hartley & Crane's auction house in Bexford on Saturday,
more than four times its upper estimate of £50,000. The clock, which had stood in the hallway
of a farmhouse in the same family for over 150 years, was bought by a private collector
bidding by telephone. Auctioneer Simon Greaves said five bidders had competed for the lot,
which is one of only two Pellow clocks known to survive. The sellers, who asked not to be
named, said they had no idea of its value until a valuer spotted the maker's mark during a
routine house visit in May.""",
         candidate="""A longcase clock from the 1700s, made in the little-known workshop of
Josiah Pellow, fetched £212,000 when it went under the hammer at Hartley & Crane in Bexford on
Saturday, over four times the top of its £50,000 estimate. It was bought by a private
collector bidding by phone, having stood in a farmhouse hallway, in the hands of the same
family, for more than a century and a half. Five bidders competed for the lot, said
auctioneer Simon Greaves; only one other Pellow clock is known to survive. The sellers, who
did not want to be named, said they had no idea what it was worth until a valuer noticed the
maker's mark on a routine visit to the house in May.""",
         errors=[],
         traps=[T("from the 1700s", "18th-century"),
                T("over four times the top of its £50,000 estimate",
                  "more than four times its upper estimate of £50,000"),
                T("by phone", "by telephone"),
                T("more than a century and a half", "over 150 years"),
                T("only one other Pellow clock is known to survive",
                  "one of only two Pellow clocks known to survive")]),
    # 31 -----------------------------------------------------------------
    dict(domain="glassblowing studio fire", mode="summary", label="inconsistent",
         reference="""A fire destroyed the Emberline Glass studio on Quarry Lane in Tollbridge
late on Sunday night, but nobody was injured. Firefighters were called at 11.20 p.m. and
brought the blaze under control shortly after 2 a.m. on Monday, the county fire service said.
The studio's owner, glass artist Ines Marlowe, said the fire had started in the annealing
oven room, about an hour after she had locked up and gone home. Around 300 finished pieces,
many intended for an exhibition opening next month, were lost, along with two furnaces worth
an estimated £40,000. Marlowe said she was insured and hoped to reopen within a year. A
fundraising page set up by friends has already raised more than £9,000.""",
         candidate="""A fire in the early hours of Monday destroyed the Emberline Glass studio
in Tollbridge; no one was hurt. The blaze began in the annealing oven room about an hour after
owner Ines Marlowe had gone home, and some 300 finished pieces and two furnaces worth around
£40,000 were lost. Marlowe, who is insured, hopes to reopen within a year, and no one was
hurt.""",
         errors=[E("in the early hours of Monday", "date", "major", "late on Sunday night"),
                 E("no one was hurt", "repetition", "minor", occ=1)],
         traps=[T("who is insured", "said she was insured")]),
    # 32 -----------------------------------------------------------------
    dict(domain="chimney sweep shortage", mode="translation", label="inconsistent",
         reference="""Homeowners in the Oberwald district are having to wait up to four months
for a chimney inspection because of a shortage of qualified sweeps, the regional chamber of
crafts warned on Thursday. Only 31 master sweeps now work in the district, compared with 44
ten years ago, while demand has grown with the popularity of wood-burning stoves. The chamber
said that nearly half of the current sweeps would reach retirement age within eight years. It
plans to offer apprentices a bonus of 2,000 euros on completing their training and to run a
campaign in secondary schools. By law, every chimney connected to a solid-fuel stove must be
inspected once a year.""",
         candidate="""A lack of qualified chimney sweeps means households in the Oberwald
district face waits of as long as four months to get their chimneys inspected, the regional
chamber of crafts cautioned on Thursday. The district now has just 31 master sweeps, down from
44 a decade ago, even as wood-burning stoves have become more popular and pushed up demand.
According to the chamber, almost a third of today's sweeps will hit retirement age in the
next eight years. It intends to pay apprentices 2,000 euros when they complete their training
and to launch a campaign in secondary schools. The law requires every chimney connected to a
solid-fuel stove to be checked annually.""",
         errors=[E("almost a third", "number", "major", "nearly half")],
         traps=[T("as long as four months", "up to four months"),
                T("down from 44 a decade ago", "compared with 44 ten years ago"),
                T("checked annually", "inspected once a year")]),
    # 33 -----------------------------------------------------------------
    dict(domain="student canteen price rise", mode="rewrite", label="inconsistent",
         reference="""The price of a standard hot meal in the canteens of Merriford University
will rise from £3.20 to £3.80 from the start of the spring term, the university's catering
service announced. It is the first increase in four years. The service said rising food and
energy costs had left it with a deficit of £410,000 last year. Students receiving hardship
grants will continue to pay the old price, and the vegetarian option will remain at £3.20 for
all students. The students' union said it was disappointed and would organise a petition,
which it hoped would gather 5,000 signatures. The university said the catering service was
not run for profit.""",
         candidate="""Merriford University's catering service has announced that a standard
hot meal in its canteens will cost £3.80 instead of £3.20 from the beginning of the spring
term, the first price rise for four years. Higher food and energy costs left the service
£410,000 in deficit last year, it said. Students receiving hardship grants will not be
protected from the increase, although the vegetarian option will stay at £3.20 for everyone.
Expressing disappointment, the students' union said it would launch a petition and hoped to
collect 5,000 signatures. The catering service is run on a not-for-profit basis, according to
the university.""",
         errors=[E("will not be protected from the increase", "polarity", "critical",
                   "will continue to pay the old price")],
         traps=[T("the first price rise for four years", "the first increase in four years"),
                T("£410,000 in deficit", "a deficit of £410,000"),
                T("run on a not-for-profit basis", "not run for profit")]),
    # 34 -----------------------------------------------------------------
    dict(domain="stadium roof leak", mode="summary", label="consistent",
         reference="""Part of the roof at the 32,000-seat Riverside Arena in Caldwick will be
replaced during the summer break after persistent leaks forced the club to close sections of
the east stand during several matches this season. Caldwick Rovers said on Friday that the
£5.8 million repair would cover about 40 percent of the roof and would be paid for from an
insurance settlement and the club's own reserves. Engineers found that the membrane laid
during the stadium's construction in 2009 had deteriorated faster than expected. The work is
due to start the day after the final home game on 24 May and finish before the first match of
next season in August. Supporters whose seats were affected will receive a credit of £15 per
match.""",
         candidate="""Caldwick Rovers will replace some two-fifths of the Riverside Arena's
roof over the summer, in a £5.8m job funded by an insurance payout and club reserves. Leaks
from a membrane that wore out sooner than expected forced sections of the east stand to close
at several matches this season. Fans whose seats were affected will get £15 per game in
credit.""",
         errors=[],
         traps=[T("some two-fifths", "about 40 percent"),
                T("£5.8m", "£5.8 million"),
                T("an insurance payout", "an insurance settlement"),
                T("wore out sooner than expected", "had deteriorated faster than expected"),
                T("£15 per game in credit", "a credit of £15 per match")]),
    # 35 -----------------------------------------------------------------
    dict(domain="wildlife bridge construction", mode="rewrite", label="consistent",
         reference="""Construction of a 50-metre-wide wildlife bridge over the N62 motorway
near Hollenbeck will begin in April, the regional roads agency announced on Monday. The
bridge, which will be planted with shrubs and young trees, is intended to allow deer, wild
boar and smaller mammals to cross safely between two sections of the Varnwald forest. The
project will cost 11 million euros and is scheduled to be completed by the end of next year.
During construction, the motorway will be reduced to two lanes in each direction at night.
According to the agency, more than 400 collisions involving wild animals were recorded on
that stretch over the past five years.""",
         candidate="""Work will start in April on a wildlife bridge, 50 metres wide, across the
N62 motorway close to Hollenbeck, the regional roads agency said on Monday. Planted with
bushes and saplings, the crossing is designed to let deer, wild boar and smaller mammals move
safely between two parts of the Varnwald forest. The €11m project is due to be finished by
the end of next year. While the works are under way, the motorway will be narrowed to two
lanes in each direction overnight. Over the last five years, the agency said, upwards of 400
collisions with wild animals were recorded on the stretch.""",
         errors=[],
         traps=[T("50 metres wide", "50-metre-wide"),
                T("bushes and saplings", "shrubs and young trees"),
                T("€11m", "11 million euros"),
                T("is due to be finished", "is scheduled to be completed"),
                T("upwards of 400", "more than 400")]),
    # 36 -----------------------------------------------------------------
    dict(domain="ship scrapping yard accident", mode="rewrite", label="inconsistent",
         reference="""A worker was killed and three others were injured on Wednesday when a
steel section fell from a vessel being dismantled at the Korvan Shipbreaking yard in the port
of Selmar. The ship, a 28-year-old bulk carrier, had been sold to Korvan by the shipping
company Atlas Meridian in March. The yard's management said the section had come loose while
it was being cut, and that all work had been halted pending an investigation by the labour
inspectorate. The dead man, aged 41, had worked at the yard for nine years. The three injured
workers, who suffered fractures, are in a stable condition in Selmar General Hospital. The
Metalworkers' Union said it was the third fatal accident at the yard in two years and called
for an independent safety audit.""",
         candidate="""One worker died and three were hurt on Wednesday at the Korvan
Shipbreaking yard in Selmar when a steel section fell from a ship that was being taken apart.
The vessel, a 28-year-old bulk carrier, had been sold by Korvan to the shipping company Atlas
Meridian in March. According to the yard's management, the section came loose while it was
being lifted by a crane, and all work has been suspended until the labour inspectorate
completes its investigation. The 41-year-old victim had been employed at the yard for nine
years. The three injured workers, who have fractures, are stable in Selmar General Hospital.
Calling it the third deadly accident at the yard in two years, the Metalworkers' Union called
for an independent safety audit.""",
         errors=[E("sold by Korvan to the shipping company Atlas Meridian", "role", "major",
                   "sold to Korvan by the shipping company Atlas Meridian"),
                 E("while it was being lifted by a crane", "event", "major",
                   "while it was being cut")],
         traps=[T("The 41-year-old victim", "The dead man, aged 41"),
                T("the third deadly accident", "the third fatal accident")]),
    # 37 -----------------------------------------------------------------
    dict(domain="gravel road paving", mode="translation", label="consistent",
         reference="""The municipality of Río Quemado will pave 14 kilometres of gravel road
linking the town with the villages of Los Ceibos and Pampa Honda, mayor Ricardo Almonte
announced on Saturday. The work, valued at 3,200 million pesos, will be financed mainly by the
regional government, with the municipality contributing 15 percent. Construction is expected
to begin in January and last about eight months. Residents have complained for years that
dust from the road causes health problems in summer and that it becomes almost impassable
after heavy rain. The school bus, which carries some 120 children each day, will use an
alternative route while the works are carried out.""",
         candidate="""Mayor Ricardo Almonte said on Saturday that Río Quemado will pave the
14-km gravel road that connects the town to the villages of Los Ceibos and Pampa Honda. The
project is worth 3.2 billion pesos; most of the money will come from the regional
government, while the municipality will put up 15%. Works should get under way in January
and take roughly eight months. For years, residents have complained that the road throws up
dust that makes people ill in summer and that after heavy rainfall it is barely passable.
While the road is being paved, the school bus, which transports around 120 children a day,
will take a different route.""",
         errors=[],
         traps=[T("3.2 billion pesos", "3,200 million pesos"),
                T("most of the money will come from the regional government",
                  "financed mainly by the regional government"),
                T("should get under way in January", "is expected to begin in January"),
                T("barely passable", "almost impassable")]),
    # 38 -----------------------------------------------------------------
    dict(domain="avocado theft ring", mode="summary", label="inconsistent",
         reference="""Police in the Valle Dorado region have broken up a gang suspected of
stealing more than 60 tonnes of avocados from orchards over the past year. Nine people were
arrested in raids on Tuesday, including the owner of a packing warehouse in San Teodoro who
is accused of buying the stolen fruit and selling it on to wholesalers with false paperwork.
Officers seized four lorries and about 3 tonnes of avocados. The stolen fruit, worth an
estimated 250,000 dollars, was mostly taken at night from farms with little security. The
avocado growers' association said thefts had surged since prices doubled two years ago. The
suspects are due to appear in court on Friday.""",
         candidate="""Nine suspected members of a gang accused of stealing over 60 tonnes of
avocados in Valle Dorado in the past year were arrested on Tuesday, among them a San Teodoro
wholesaler accused of buying the stolen fruit from a packing warehouse and selling it on with
false paperwork. Police seized four lorries and around 3 tonnes of fruit; the stolen avocados
were worth an estimated $250,000.""",
         errors=[E("wholesaler accused of buying the stolen fruit from a packing warehouse",
                   "role", "major",
                   "the owner of a packing warehouse in San Teodoro who is accused of buying "
                   "the stolen fruit and selling it on to wholesalers")],
         traps=[T("over 60 tonnes", "more than 60 tonnes"),
                T("$250,000", "250,000 dollars")]),
    # 39 -----------------------------------------------------------------
    dict(domain="pumpkin festival crowding", mode="translation", label="inconsistent",
         reference="""Organisers of the annual pumpkin festival in Sankt Wendrin have announced
that visitor numbers will be capped at 12,000 a day next year after severe overcrowding last
weekend. Around 25,000 people attended on Saturday alone, twice as many as expected, causing
long queues on the access roads and forcing police to close the village centre for three
hours. Nobody was seriously hurt, but the Red Cross treated 17 people, mostly for fainting and
minor injuries. Tickets will be sold online only, at 8 euros for adults, while children under
12 will continue to enter free. Festival director Brigitte Wallner apologised to residents and
said shuttle buses would run from the railway station in Oberau.""",
         candidate="""After serious overcrowding last weekend, the organisers of Sankt Wendrin's
yearly pumpkin festival say that from next year no more than 12,000 visitors will be admitted
per day. On Saturday alone some 25,000 people turned up, double the expected number, leading
to long tailbacks on the approach roads, and police had to shut the centre of the village for
three hours. There were no serious injuries, although the Red Cross gave treatment to 17
people, most of whom had fainted or suffered minor injuries. Tickets, priced at 8 euros for
adults, will only be available online; under-12s will still get in for free. Festival
director Brigitte Wallner apologised to local residents and promised shuttle buses from Sankt
Wendrin railway station.""",
         errors=[E("Sankt Wendrin railway station", "entity", "major",
                   "the railway station in Oberau")],
         traps=[T("no more than 12,000 visitors will be admitted per day",
                  "capped at 12,000 a day"),
                T("double the expected number", "twice as many as expected"),
                T("under-12s will still get in for free",
                  "children under 12 will continue to enter free")]),
    # 40 -----------------------------------------------------------------
    dict(domain="cargo bike subsidy", mode="rewrite", label="consistent",
         reference="""Residents and small businesses in the city of Lennart Falls can now apply
for a subsidy of up to 1,500 crowns towards the purchase of an electric cargo bike, the
city's environment department said on Monday. The grant covers 30 percent of the purchase
price, up to the maximum, and is limited to one bike per household or business. A total
budget of 2 million crowns has been set aside for this year, which the department estimates
will fund around 1,600 bikes. Applicants must keep the bike for at least three years or repay
the subsidy. The scheme is part of the city's plan to halve car traffic in the centre by
2035.""",
         candidate="""An electric cargo bike subsidy is now open to applications from residents
and small firms in Lennart Falls, the city's environment department announced on Monday. It
will pay for 30% of a bike's price, capped at 1,500 crowns, with a limit of one bike for each
household or business. This year's budget of 2 million crowns should be enough for roughly
1,600 bikes, according to the department's estimate. Applicants who do not keep the bike for
a minimum of three years will have to repay the subsidy. The scheme forms part of the city's
aim of cutting car traffic in the centre by half by 2035.""",
         errors=[],
         traps=[T("small firms", "small businesses"),
                T("30% of a bike's price", "30 percent of the purchase price"),
                T("capped at 1,500 crowns", "up to 1,500 crowns"),
                T("for a minimum of three years", "for at least three years"),
                T("cutting car traffic in the centre by half", "halve car traffic in the centre")]),
]


# ---------------------------------------------------------------------------
class Invalid(Exception):
    pass


def fail(cid, msg):
    raise Invalid("%s: %s" % (cid, msg))


def locate(cid, hay, text, occ):
    """Start offset of occurrence `occ` of `text` in `hay`; occ=None demands uniqueness."""
    starts, i = [], hay.find(text)
    while i != -1:
        starts.append(i)
        i = hay.find(text, i + 1)
    if not starts:
        fail(cid, "text not found in candidate: %r" % text)
    if occ is None:
        if len(starts) > 1:
            fail(cid, "text occurs %d times, give occ: %r" % (len(starts), text))
        occ = 0
    if occ >= len(starts):
        fail(cid, "occurrence %d of %r not found" % (occ, text))
    return starts[occ]


def is_word(ch):
    return ch.isalnum()


def check_boundaries(cid, s, start, end):
    if start > 0 and start < len(s) and is_word(s[start - 1]) and is_word(s[start]):
        fail(cid, "span start cuts a word at %d" % start)
    if end > 0 and end < len(s) and is_word(s[end - 1]) and is_word(s[end]):
        fail(cid, "span end cuts a word at %d" % end)


def build():
    records = []
    if len(CASES) != 40:
        raise Invalid("expected 40 cases, got %d" % len(CASES))
    for n, case in enumerate(CASES, 1):
        cid = "s115-%03d" % n
        ref, cand = norm(case["reference"]), norm(case["candidate"])
        mode, label = case["mode"], case["label"]
        if mode not in ("rewrite", "summary", "translation"):
            fail(cid, "bad mode")
        if label not in ("consistent", "inconsistent"):
            fail(cid, "bad label")
        nw = len(ref.split())
        if not 70 <= nw <= 190:
            fail(cid, "reference has %d words" % nw)
        if mode == "summary" and not (len(cand) < len(ref) and
                                      len(cand.split()) < len(ref.split())):
            fail(cid, "summary not shorter than reference")
        errors, traps, spans = [], [], []
        for e in case["errors"]:
            typ, sev, rt = e["type"], e["severity"], e["ref_text"]
            if typ not in ERROR_TYPES:
                fail(cid, "bad error type %r" % typ)
            if sev not in SEVERITIES:
                fail(cid, "bad severity %r" % sev)
            if typ == "omission":
                if mode == "summary":
                    fail(cid, "omission in a summary")
                if e["text"] != "" or not rt:
                    fail(cid, "omission needs empty text and ref_text")
                anchor, aocc, side = e["at"]
                a = locate(cid, cand, anchor, aocc)
                pos = a if side == "before" else a + len(anchor)
                if side not in ("before", "after"):
                    fail(cid, "bad omission side")
                check_boundaries(cid, cand, pos, pos)
                if rt.lower() in cand.lower():
                    fail(cid, "omitted text present in candidate: %r" % rt)
                if rt not in ref:
                    fail(cid, "omission ref_text not in reference: %r" % rt)
                start = end = pos
            else:
                text = e["text"]
                if not text or text != text.strip():
                    fail(cid, "empty or padded error text %r" % text)
                start = locate(cid, cand, text, e["occ"])
                end = start + len(text)
                check_boundaries(cid, cand, start, end)
                if typ in ("addition", "repetition"):
                    if rt is not None:
                        fail(cid, "%s must have ref_text null" % typ)
                    if typ == "repetition" and cand.find(text) >= start:
                        fail(cid, "repetition span is not a later copy: %r" % text)
                    if typ == "addition" and text in ref:
                        fail(cid, "added text occurs in reference: %r" % text)
                else:
                    if not rt:
                        fail(cid, "%s needs ref_text" % typ)
                    if rt not in ref:
                        fail(cid, "ref_text not in reference: %r" % rt)
                    if text in ref:
                        fail(cid, "error text occurs verbatim in reference: %r" % text)
            if cand[start:end] != e["text"]:
                fail(cid, "offset mismatch")
            errors.append({"start": start, "end": end, "text": e["text"], "type": typ,
                           "severity": sev, "ref_text": rt})
            spans.append((start, end))
        for t in case["traps"]:
            text, rt = t["text"], t["ref_text"]
            if not text or text != text.strip():
                fail(cid, "empty or padded trap text %r" % text)
            start = locate(cid, cand, text, t["occ"])
            end = start + len(text)
            check_boundaries(cid, cand, start, end)
            if rt not in ref:
                fail(cid, "trap ref_text not in reference: %r" % rt)
            if text == rt or text in ref:
                fail(cid, "trap text not reworded: %r" % text)
            traps.append({"start": start, "end": end, "text": text, "ref_text": rt})
            spans.append((start, end))
        # overlaps (a zero-width omission point may not fall strictly inside a span)
        ordered = sorted(spans)
        for (s1, e1), (s2, e2) in zip(ordered, ordered[1:]):
            if s2 < e1 or (s1 == e1 and s2 < s1) or (s2 == e2 and s1 < s2 < e1):
                fail(cid, "overlapping spans %s %s" % ((s1, e1), (s2, e2)))
        for (s1, e1) in spans:
            for (s2, e2) in spans:
                if s2 == e2 and s1 < s2 < e1:
                    fail(cid, "omission point inside a span")
        if label == "consistent":
            if errors:
                fail(cid, "consistent pair with errors")
            if not 3 <= len(traps) <= 5:
                fail(cid, "consistent pair needs 3-5 traps, has %d" % len(traps))
        else:
            if not errors:
                fail(cid, "inconsistent pair without errors")
            if len(traps) > 3:
                fail(cid, "inconsistent pair has %d traps" % len(traps))
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: x["start"])
        records.append({"id": cid, "domain": case["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})
    # set-level checks
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS) or len(set(doms)) != 40:
        raise Invalid("domains do not match the list one-to-one")
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        raise Invalid("label split %s" % labels)
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        raise Invalid("mode/label split %s" % dict(ml))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise Invalid("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise Invalid("error type %s has only %d" % (t, types[t]))
    return records


def summary(records):
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    per = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    tr_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    tr_i = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    words = [len(r["reference"].split()) for r in records]
    lines = [
        "pairs: %d" % len(records),
        "labels: %s" % dict(Counter(r["label"] for r in records)),
        "modes: %s" % dict(Counter(r["mode"] for r in records)),
        "errors: %d %s" % (sum(types.values()), {t: types[t] for t in ERROR_TYPES}),
        "severity: %s" % dict(sev),
        "errors per inconsistent pair: %s" % dict(sorted(per.items())),
        "traps: %d (consistent %d, inconsistent %d)" % (tr_c + tr_i, tr_c, tr_i),
        "reference words: min %d max %d mean %.1f" % (min(words), max(words),
                                                    sum(words) / len(words)),
    ]
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build()
    except Invalid as exc:
        print("INVALID:", exc)
        return 1
    print(summary(records))
    if check_only:
        print("check passed; nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
