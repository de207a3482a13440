#!/usr/bin/env python3
"""Build held-out evaluation set 161 for the fact-comparison tool.

How it was made
---------------
Every pair was written by hand by a helper session that saw no code, data or
benchmark of the project, working only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries and
continents appear only as background).  The cases live below as plain Python
data; every character offset is computed by this script through string search
(an explicit occurrence index is given wherever a quoted text repeats), and the
whole set is validated before anything is written.

Usage:  python3 make_set161.py           validate and write set161.jsonl
        python3 make_set161.py --check   validate only, write nothing

Composition
-----------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5).  Translation pairs are two independent English
  renderings of the same non-English story.
* 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2 (rewrite/translation only), addition 2,
  repetition 2.  10 inconsistent pairs carry one error, 10 carry two.
  Severities: 6 minor, 23 major, 1 critical.
* 138 traps (faithful rewordings a naive checker might flag): 87 in the
  consistent pairs (3-5 each), 51 in the inconsistent pairs (2-3 each).
* References are 70-190 words in news / agency / corporate / official
  register; every summary is shorter than its reference.
"""
import json
import os
import re
import sys
from collections import Counter

N = 161
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set161.jsonl")

DOMAINS = [
    "army land sale", "freight yard sale", "brickworks expansion",
    "cider tax change", "saffron fraud", "litter fine appeal",
    "barley malting plant", "hedgerow removal fine", "barracks closure",
    "shrimp import ban", "braille signage law", "bonsai auction",
    "budget overspend on leisure centre", "party membership data leak",
    "ombudsman ruling", "bottled water plant", "street artist fine",
    "payday lender fine", "bullfight subsidy", "pigeon feeding fine",
    "power line burial", "sunken warship protection",
    "pistachio export dispute", "uranium mine permit", "hearse procurement",
    "watch brand counterfeit", "senate committee hearing", "compost giveaway",
    "tunnel ventilation upgrade", "climbing permit quota",
    "cheese name protection", "butter mountain sale",
    "air traffic controller hiring", "ferry crew visa rules",
    "seafront shelter", "curfew for teenagers", "ice factory",
    "self-build plot sale", "motor racing circuit noise",
    "wheelchair repair backlog",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def t(s):
    """Normalise a triple-quoted paragraph to single-spaced text."""
    return " ".join(s.split())


def E(text, etype, severity, ref_text=None, occ=None):
    """An error span in the candidate (not omission)."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(after, ref_text, severity, occ=None):
    """An omission: empty span right after the anchor text `after`."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = [
    # 1 -----------------------------------------------------------------
    dict(
        domain="army land sale", mode="rewrite", label="consistent",
        reference=t("""
The defence ministry has agreed to sell 84 hectares of former army training
ground at Hollick Down to Tarrow District Council for £6.3 million, ending a
dispute that lasted nearly four years. The site, closed to the public since
2016, is expected to take around 450 homes, a primary school and a country
park. Colonel Harriet Venn, who oversees the army's estate in the region, said
the land was "surplus to operational needs". Council leader Dev Marlowe said
the contract would be signed on 14 March and that the first homes could be
occupied by 2029. Surveys for unexploded ordnance must be finished before any
building work begins, and the ministry has agreed to pay for them.
"""),
        candidate=t("""
Tarrow District Council is to buy the 84-hectare former army training ground
at Hollick Down from the defence ministry for £6.3m, bringing to an end a row
that had run for almost four years. Closed to the public since 2016, the site
is likely to accommodate about 450 homes as well as a primary school and a
country park. According to Colonel Harriet Venn, who is responsible for the
army's estate in the area, the land is "surplus to operational needs". The
contract is due to be signed on 14 March, the council's leader, Dev Marlowe,
said, adding that the first residents could move in by 2029. Surveys for
unexploded ordnance, which the ministry will pay for, have to be completed
before any construction can start.
"""),
        errors=[],
        traps=[
            T("Tarrow District Council is to buy the 84-hectare former army "
              "training ground at Hollick Down from the defence ministry",
              "The defence ministry has agreed to sell 84 hectares of former "
              "army training ground at Hollick Down to Tarrow District Council"),
            T("£6.3m", "£6.3 million"),
            T("almost four years", "nearly four years"),
            T("is likely to accommodate", "is expected to take"),
            T("the first residents could move in by 2029",
              "the first homes could be occupied by 2029"),
        ],
    ),
    # 2 -----------------------------------------------------------------
    dict(
        domain="freight yard sale", mode="rewrite", label="inconsistent",
        reference=t("""
Castlemere Rail Freight has sold its disused Penwick Road sidings to the
developer Orrin Holdings for £11.8 million, the company confirmed on Monday.
The 9-hectare yard, which handled coal trains until 2011, has been empty for
over a decade. Orrin plans to build 320 flats and a small business park on the
site, although it has not yet applied for planning permission. Castlemere's
finance director, Judith Salk, said the proceeds would go towards new
locomotives and paying down debt. Local councillors have called for a public
consultation before any plans are drawn up, citing concerns about traffic on
Penwick Road.
"""),
        candidate=t("""
Castlemere Rail Freight has bought the disused Penwick Road sidings from the
developer Orrin Holdings for £11.8m, the company said on Monday. The 90-acre
yard carried coal trains until 2011 and has stood empty for more than ten
years. Orrin intends to put up 320 flats and a small business park there,
though no planning application has been lodged yet. Judith Salk, Castlemere's
finance director, said the money would be spent on new locomotives and on
reducing debt. Local councillors, worried about traffic on Penwick Road, have
called for a public consultation to be held before any plans are drawn up.
"""),
        errors=[
            E("Castlemere Rail Freight has bought the disused Penwick Road "
              "sidings from the developer Orrin Holdings", "role", "major",
              "Castlemere Rail Freight has sold its disused Penwick Road "
              "sidings to the developer Orrin Holdings"),
            E("90-acre", "number", "major", "9-hectare"),
        ],
        traps=[
            T("more than ten years", "over a decade"),
            T("no planning application has been lodged yet",
              "it has not yet applied for planning permission"),
        ],
    ),
    # 3 -----------------------------------------------------------------
    dict(
        domain="brickworks expansion", mode="rewrite", label="consistent",
        reference=t("""
Fellgate Brick Company has been given permission to expand its works at Ashby
Moor, creating 65 jobs, after the county planning committee voted seven to
three in favour on Wednesday. The £22 million scheme includes a second kiln
and a clay store, and will raise annual output from 40 million to 70 million
bricks. Conditions attached to the approval limit lorry movements to 120 a day
and forbid deliveries before 7am. Residents of nearby Kelby had objected,
arguing that dust from the existing kiln already coats their cars and windows.
The company said the new kiln would be fitted with filters and that
construction should begin in the autumn.
"""),
        candidate=t("""
A £22m expansion of Fellgate Brick Company's Ashby Moor works, which will bring
65 new jobs, was approved by the county planning committee on Wednesday by
seven votes to three. The plans add a second kiln and a clay store and will
lift yearly production by 30 million bricks, to 70 million. Under the
conditions of the permission, lorry movements are capped at 120 a day and no
deliveries are allowed until 7am. People living in nearby Kelby had opposed
the scheme, saying dust from the current kiln already settles on their cars
and windows. Fellgate said filters would be fitted to the new kiln and that
building work should start in the autumn.
"""),
        errors=[],
        traps=[
            T("by seven votes to three", "voted seven to three in favour"),
            T("lift yearly production by 30 million bricks, to 70 million",
              "raise annual output from 40 million to 70 million bricks"),
            T("lorry movements are capped at 120 a day",
              "limit lorry movements to 120 a day"),
            T("no deliveries are allowed until 7am",
              "forbid deliveries before 7am"),
        ],
    ),
    # 4 -----------------------------------------------------------------
    dict(
        domain="cider tax change", mode="rewrite", label="inconsistent",
        reference=t("""
Duty on cider will rise by 4p a litre from 1 February, the finance ministry
announced yesterday, in the first change to the rate for six years. Small
producers making under 70,000 litres a year will remain exempt. The increase
is expected to raise £38 million in its first year. Officials said the
ministry was considering a separate lower rate for cider sold in pubs, but no
decision would be made before the summer. The Orchard Growers' Association
warned that the change could force some medium-sized mills to close, while
health campaigners said the rise was too small to affect drinking habits.
"""),
        candidate=t("""
The finance ministry said yesterday that cider duty will go up by 4p per litre
from 1 February, the first time the rate has changed in six years. Small
producers of less than 70,000 litres annually will still be exempt. The rise
is forecast to bring in £38m in its first year. According to officials, the
ministry is looking at a separate, lower rate for cider sold in pubs, with a
decision due before the summer. The Orchard Growers' Association warned that
the change will force some medium-sized mills to close, but health campaigners
said the increase was too modest to change drinking habits.
"""),
        errors=[
            E("a decision due before the summer", "date", "major",
              "no decision would be made before the summer"),
            E("will force", "modality", "minor", "could force"),
        ],
        traps=[
            T("the first time the rate has changed in six years",
              "the first change to the rate for six years"),
            T("is forecast to bring in £38m", "is expected to raise £38 million"),
        ],
    ),
    # 5 -----------------------------------------------------------------
    dict(
        domain="saffron fraud", mode="translation", label="consistent",
        reference=t("""
Police in the province of Valdería have arrested three people suspected of
selling dyed safflower as saffron to restaurants and delicatessens. According
to investigators, the group packaged the cheap flower in jars bearing the name
of a well-known cooperative from the region, Cooperativa Azafranera del
Tajuelo, and sold around 240 kilos over two years. The fraud may have earned
them more than 1.1 million euros. Officers seized scales, labels and 18 kilos
of the product at a warehouse in the town of Alcoya. The cooperative, which
reported the case last spring, said it had received dozens of complaints from
customers about the taste. The three detainees, aged between 34 and 52, have
been released pending trial.
"""),
        candidate=t("""
Three people have been detained by police in Valdería province on suspicion of
passing off dyed safflower as saffron and selling it to restaurants and
delicatessens. Investigators say the suspects put the inexpensive flower into
jars labelled with the name of a well-known local cooperative, the Cooperativa
Azafranera del Tajuelo, selling some 240 kg over a two-year period. Their
takings from the fraud may have exceeded €1.1m. At a warehouse in Alcoya,
officers confiscated scales, labels and 18 kg of the product. The cooperative,
which alerted the authorities last spring, said dozens of customers had
complained to it about the flavour. The suspects, who are aged 34 to 52, have
been freed while they await trial.
"""),
        errors=[],
        traps=[
            T("some 240 kg over a two-year period",
              "around 240 kilos over two years"),
            T("may have exceeded €1.1m",
              "may have earned them more than 1.1 million euros"),
            T("who are aged 34 to 52", "aged between 34 and 52"),
            T("have been freed while they await trial",
              "have been released pending trial"),
        ],
    ),
    # 6 -----------------------------------------------------------------
    dict(
        domain="litter fine appeal", mode="rewrite", label="consistent",
        reference=t("""
A pensioner who was fined £150 for dropping a cherry stone in Brantwick town
centre has won her appeal, after the council admitted the penalty should never
have been issued. Margaret Oakes, 71, was stopped by an enforcement officer
employed by the private contractor CleanStreet Patrol on 9 August. The
council's environment committee reviewed the case last week and cancelled the
fine, saying that officers had been told to use "common sense" with fruit
waste. Councillor Peter Lyle, who chairs the committee, said the contractor
would be reminded of its guidance. CleanStreet Patrol, which is paid £42 for
every fine collected, said it would not comment on individual cases.
"""),
        candidate=t("""
The council has admitted that a £150 penalty handed to pensioner Margaret
Oakes, 71, for dropping a cherry stone in Brantwick town centre should never
have been issued, and her appeal has succeeded. She was stopped on 9 August by
an enforcement officer working for CleanStreet Patrol, a private contractor.
Last week the council's environment committee looked at the case and scrapped
the fine, pointing out that officers had been told to use "common sense" with
fruit waste. The committee's chairman, Councillor Peter Lyle, said the
contractor would be reminded of its guidance. CleanStreet Patrol, which
receives £42 for each fine that is paid, declined to comment on individual
cases.
"""),
        errors=[],
        traps=[
            T("scrapped the fine", "cancelled the fine"),
            T("The committee's chairman, Councillor Peter Lyle",
              "Councillor Peter Lyle, who chairs the committee"),
            T("which receives £42 for each fine that is paid",
              "which is paid £42 for every fine collected"),
            T("declined to comment", "said it would not comment"),
        ],
    ),
    # 7 -----------------------------------------------------------------
    dict(
        domain="barley malting plant", mode="summary", label="consistent",
        reference=t("""
Grainhurst Maltings will open a £48 million barley malting plant near the port
of Selwick next year, the company said on Tuesday. The plant, the largest of
its kind built in the country for three decades, will process up to 110,000
tonnes of barley a year, mainly for brewers and distillers in Europe. About 80
permanent jobs will be created, and the company expects to buy most of its
grain from farms within 50 miles. Chief executive Owen Tredgold said the
location had been chosen because of its rail link to the quay, which would
allow malt to be shipped directly. Construction is due to start in March,
subject to final approval of a water abstraction licence by the environment
agency.
"""),
        candidate=t("""
Grainhurst Maltings is to open a £48m malting plant near Selwick port next
year, creating about 80 permanent jobs and processing up to 110,000 tonnes of
barley annually, largely for European brewers and distillers. Work is
scheduled to begin in March, provided the environment agency signs off a
water abstraction licence.
"""),
        errors=[],
        traps=[
            T("£48m", "£48 million"),
            T("processing up to 110,000 tonnes of barley annually",
              "process up to 110,000 tonnes of barley a year"),
            T("largely for European brewers and distillers",
              "mainly for brewers and distillers in Europe"),
            T("Work is scheduled to begin in March",
              "Construction is due to start in March"),
            T("provided the environment agency signs off a water abstraction "
              "licence",
              "subject to final approval of a water abstraction licence by the "
              "environment agency"),
        ],
    ),
    # 8 -----------------------------------------------------------------
    dict(
        domain="hedgerow removal fine", mode="rewrite", label="inconsistent",
        reference=t("""
A farmer has been fined £18,000 for grubbing up almost a kilometre of ancient
hedgerow without permission, in what the countryside agency called one of the
worst cases it had dealt with. Gerald Pinnock, 58, pleaded guilty at Marrowby
Magistrates' Court to removing 940 metres of hedge at Coldharbour Farm between
January and March last year. The court heard that parts of the hedge dated
back to at least the 1700s. In addition to the fine, Pinnock was ordered to
pay £6,200 in costs and to replant the hedge within two years. His solicitor
said he had misunderstood the rules and had since agreed a management plan
with the agency.
"""),
        candidate=t("""
A farmer who ripped out nearly a kilometre of ancient hedgerow without
permission has been fined £18,000 in a case the countryside agency described
as one of the worst it had handled. At Marrowby Magistrates' Court, Gerald
Pinnock, 58, admitted removing 940 metres of hedge at Coldharbour Farm between
January and March last year. The court was told that sections of the hedge
dated from at least the 18th century. As well as the fine, Pinnock was
ordered to pay costs of £6,200. According to his solicitor, he had
misunderstood the rules and has since agreed a management plan with the
agency.
"""),
        errors=[
            OM("ordered to pay costs of £6,200",
               "and to replant the hedge within two years", "major"),
        ],
        traps=[
            T("ripped out", "grubbing up"),
            T("admitted removing", "pleaded guilty"),
            T("dated from at least the 18th century",
              "dated back to at least the 1700s"),
        ],
    ),
    # 9 -----------------------------------------------------------------
    dict(
        domain="barracks closure", mode="summary", label="inconsistent",
        reference=t("""
Kestrel Barracks in Dunmoor will close in 2027, two years later than
originally planned, the defence ministry confirmed on Friday. The base is home
to the 3rd Battalion of the Harland Rifles and about 600 civilian staff. The
battalion will move to Fenwick Camp, 40 miles away, while the ministry said it
would try to find other posts for civilian workers. Dunmoor's mayor, Alan
Crewe, said the delay gave the town "breathing space" but that losing the
barracks would still cost local businesses an estimated £14 million a year.
The 19th-century site is expected to be sold for housing once the troops have
left.
"""),
        candidate=t("""
Kestrel Barracks in Dunmoor will shut in 2027, two years earlier than first
planned, the defence ministry said on Friday. The 3rd Battalion of the Harland
Rifles will move to Fenwick Camp, and Alan Crewe, the mayor of Fenwick, said
losing the base would cost local businesses an estimated £14m a year. The
19th-century site is likely to be sold for housing.
"""),
        errors=[
            E("two years earlier than first planned", "date", "major",
              "two years later than originally planned"),
            E("the mayor of Fenwick", "entity", "major", "Dunmoor's mayor"),
        ],
        traps=[
            T("£14m", "£14 million"),
            T("is likely to be sold for housing",
              "is expected to be sold for housing"),
        ],
    ),
    # 10 ----------------------------------------------------------------
    dict(
        domain="shrimp import ban", mode="translation", label="inconsistent",
        reference=t("""
The agriculture ministry has suspended imports of frozen shrimp from two
foreign processing companies after inspectors found traces of a banned
antibiotic in several consignments. The measure affects the firms Pesquera
Marlín and Sol de Bahía, which together supplied about a fifth of the shrimp
sold in the country last year. According to the ministry, the suspension will
last at least ninety days and will only be lifted if both companies pass a new
inspection. Shipments that are already at sea will be allowed to enter but
will be tested on arrival. The national importers' association said it
supported the decision but asked the government to speed up the laboratory
tests, which currently take up to three weeks.
"""),
        candidate=t("""
Imports of frozen shrimp from two foreign processors have been suspended by
the Ministry of Agriculture after inspectors detected traces of a prohibited
antibiotic in a number of shipments. The companies affected, Pesquera Marlín
and Sol de Bahía, between them accounted for roughly 20% of the shrimp sold
nationally last year. The ministry said the ban would last ninety days and
would be lifted only once both firms had passed a fresh inspection.
Consignments already at sea may still enter the country, but they will be
tested when they arrive. The national association of importers backed the
decision, although it urged the government to speed up laboratory testing,
which at present can take as long as three weeks.
"""),
        errors=[
            OM("the ban would last", "at least", "major"),
        ],
        traps=[
            T("in a number of shipments", "in several consignments"),
            T("roughly 20%", "about a fifth"),
            T("can take as long as three weeks", "take up to three weeks"),
        ],
    ),
    # 11 ----------------------------------------------------------------
    dict(
        domain="braille signage law", mode="rewrite", label="consistent",
        reference=t("""
All public buildings will have to display braille and tactile signs on lifts,
toilets and emergency exits under a law passed by parliament on Tuesday. The
measure, which was approved by 212 votes to 9, applies to government offices,
hospitals, schools, stations and museums. New buildings must comply from the
day the law takes effect in January 2026, while existing buildings have until
the end of 2028. Owners who fail to install the signs face fines of up to
5,000 dollars. The National Association of Blind Citizens, which campaigned
for the law for a decade, said it was "a long overdue step" but warned that
enforcement would depend on the number of inspectors.
"""),
        candidate=t("""
Parliament on Tuesday passed a law requiring every public building to put
braille and tactile signs on its lifts, toilets and emergency exits.
Government offices, hospitals, schools, stations and museums are all covered
by the measure, which was backed by 212 MPs, with nine voting against. When
the law comes into force in January 2026, new buildings will have to comply
immediately, while existing ones will be given until the close of 2028. Owners
that do not fit the signs could be fined as much as $5,000. The National
Association of Blind Citizens, which spent ten years campaigning for the law,
called it "a long overdue step" but cautioned that enforcement would hinge on
how many inspectors there were.
"""),
        errors=[],
        traps=[
            T("backed by 212 MPs, with nine voting against",
              "approved by 212 votes to 9"),
            T("the close of 2028", "the end of 2028"),
            T("could be fined as much as $5,000",
              "face fines of up to 5,000 dollars"),
            T("spent ten years campaigning for the law",
              "campaigned for the law for a decade"),
        ],
    ),
    # 12 ----------------------------------------------------------------
    dict(
        domain="bonsai auction", mode="summary", label="consistent",
        reference=t("""
A juniper bonsai thought to be about 250 years old sold for £310,000 at
Hallworth & Finch's auction house in Leamington Heath on Saturday, a record for
a bonsai sold at auction in Europe. The tree had been expected to fetch
between £120,000 and £150,000. It was consigned by the estate of the collector
Ivor Pendle, who bought it in Japan in 1968 and cared for it for more than
half a century. The buyer, who bid by telephone, has asked not to be named.
Auctioneer Clara Whitmore said interest had come from collectors in eleven
countries. The remaining 43 trees from Pendle's collection raised a further
£186,000.
"""),
        candidate=t("""
A juniper bonsai believed to be around 250 years old, consigned by the estate
of collector Ivor Pendle, fetched £310,000 at Hallworth & Finch in Leamington
Heath on Saturday, more than twice its upper estimate and a European auction
record for a bonsai. It was bought by a telephone bidder who wishes to remain
anonymous.
"""),
        errors=[],
        traps=[
            T("believed to be around 250 years old",
              "thought to be about 250 years old"),
            T("fetched £310,000", "sold for £310,000"),
            T("more than twice its upper estimate",
              "between £120,000 and £150,000"),
            T("a telephone bidder who wishes to remain anonymous",
              "The buyer, who bid by telephone, has asked not to be named"),
        ],
    ),
    # 13 ----------------------------------------------------------------
    dict(
        domain="budget overspend on leisure centre", mode="rewrite",
        label="inconsistent",
        reference=t("""
The new Ferrybridge leisure centre has cost £27.4 million, £6.1 million more
than the budget agreed in 2021, an audit report published on Thursday has
found. The district auditor, Sandra Ketley, said the council had signed the
building contract before the design was finished, which led to 31 costly
changes during construction. The pool hall roof alone had to be redesigned
twice. Council leader Graham Foyle accepted the findings and said a new
project board would now oversee all schemes worth more than £5 million.
Opposition councillor Rita Dunne said residents deserved an apology, noting
that the overspend was equivalent to three years of the council's road repair
budget.
"""),
        candidate=t("""
Ferrybridge's new leisure centre cost £27.4m, an overspend of £6.1m, or more
than a third of the budget agreed in 2021, according to an audit report
released on Thursday. District auditor Sandra Ketley said the council had
signed the building contract before the design was complete, resulting in 31
expensive changes while the centre was being built. The roof of the pool hall
alone had to be redesigned twice. Graham Foyle, the council leader, accepted
the report's conclusions and said all schemes worth over £5m would in future
be overseen by a new project board. Opposition councillor Rita Dunne said
residents were owed an apology. The auditor pointed out that the overspend
was equal to three years of the council's road repair budget.
"""),
        errors=[
            E("more than a third of the budget", "number", "major",
              "£6.1 million more than the budget agreed in 2021"),
            E("The auditor pointed out", "attribution", "major",
              "Opposition councillor Rita Dunne said"),
        ],
        traps=[
            T("resulting in 31 expensive changes while the centre was being "
              "built", "which led to 31 costly changes during construction"),
            T("all schemes worth over £5m would in future be overseen by a new "
              "project board",
              "a new project board would now oversee all schemes worth more "
              "than £5 million"),
        ],
    ),
    # 14 ----------------------------------------------------------------
    dict(
        domain="party membership data leak", mode="translation",
        label="consistent",
        reference=t("""
The personal data of some 46,000 members of the Civic Renewal Party were
exposed online for at least nine days after an error by an external IT
supplier, the party admitted on Wednesday. The file, which contained names,
home addresses, dates of birth and telephone numbers, was stored on a server
that anyone could access without a password. No bank details were included,
according to the party. The data protection authority has opened an
investigation and could impose a fine. Party chair Liesbeth Varkamp apologised
to members and said the contract with the supplier, the company Datavorm, had
been suspended. It is not yet known whether the file was downloaded by third
parties.
"""),
        candidate=t("""
The Civic Renewal Party acknowledged on Wednesday that, because of a mistake
by an outside IT contractor, personal details of around 46,000 of its members
had been publicly accessible on the internet for no fewer than nine days.
Names, home addresses, dates of birth and phone numbers were in the file,
which sat on a server that anyone could open without a password. The party
says bank details were not among the data. An inquiry has been launched by the
data protection authority, which may impose a fine. Liesbeth Varkamp, who
chairs the party, apologised to the membership and said that its contract
with the supplier, Datavorm, had been put on hold. Whether anyone else
downloaded the file remains unclear.
"""),
        errors=[],
        traps=[
            T("for no fewer than nine days", "for at least nine days"),
            T("which may impose a fine", "could impose a fine"),
            T("had been put on hold", "had been suspended"),
            T("Whether anyone else downloaded the file remains unclear",
              "It is not yet known whether the file was downloaded by third "
              "parties"),
        ],
    ),
    # 15 ----------------------------------------------------------------
    dict(
        domain="ombudsman ruling", mode="rewrite", label="consistent",
        reference=t("""
The housing ombudsman has ordered Calder Vale Homes to pay £4,750 to a tenant
who lived with damp and mould for almost three years despite reporting it 14
times. In a ruling published on Monday, ombudsman Fiona Rusk found "severe
maladministration" and said the landlord had repeatedly closed the complaint
without carrying out repairs. The tenant, a mother of two from Oakridge, was
eventually moved to another flat in June. Calder Vale Homes, which manages
about 9,000 properties, said it accepted the findings in full and had since
hired 12 additional surveyors. The ombudsman has also told the landlord to
review all damp complaints received in the past two years within eight weeks.
"""),
        candidate=t("""
A tenant who reported damp and mould 14 times and lived with it for nearly
three years is to receive £4,750 from Calder Vale Homes on the orders of the
housing ombudsman. Fiona Rusk, the ombudsman, found "severe maladministration"
in a ruling released on Monday, saying the landlord had closed the complaint
again and again without doing the repairs. The tenant, a mother of two from
Oakridge, was finally rehoused in another flat in June. Calder Vale Homes,
which looks after roughly 9,000 properties, said it fully accepted the
findings and had taken on 12 extra surveyors since. The landlord has also been
given eight weeks to review every damp complaint it received over the last two
years.
"""),
        errors=[],
        traps=[
            T("is to receive £4,750 from Calder Vale Homes on the orders of "
              "the housing ombudsman",
              "The housing ombudsman has ordered Calder Vale Homes to pay "
              "£4,750"),
            T("again and again", "repeatedly"),
            T("had taken on 12 extra surveyors since",
              "had since hired 12 additional surveyors"),
            T("The landlord has also been given eight weeks to review every "
              "damp complaint it received over the last two years",
              "The ombudsman has also told the landlord to review all damp "
              "complaints received in the past two years within eight weeks"),
        ],
    ),
    # 16 ----------------------------------------------------------------
    dict(
        domain="bottled water plant", mode="summary", label="inconsistent",
        reference=t("""
Plans for a bottled water plant at Linmouth Springs have been approved by the
regional council despite more than 2,300 objections. Clearwell Beverages will
be allowed to extract up to 400,000 litres a day from an underground aquifer
and employ about 45 people at the site. Objectors, including the local angling
club, argued that the extraction would lower water levels in the River Lin.
The council's hydrologist said monitoring wells would be installed and that
pumping would have to stop if levels fell below an agreed threshold.
Clearwell said it hoped to begin bottling by the end of next year. Campaign
group Save Linmouth Springs said it was considering a legal challenge.
"""),
        candidate=t("""
The regional council has approved Clearwell Beverages' bottled water plant at
Linmouth Springs in the face of over 2,300 objections, the most it has ever
received on a planning application. The firm can take up to 400,000 litres a
day from an aquifer, but pumping must stop if monitored water levels drop
below an agreed limit. Opponents are weighing a legal challenge.
"""),
        errors=[
            E("the most it has ever received on a planning application",
              "addition", "minor"),
        ],
        traps=[
            T("in the face of over 2,300 objections",
              "despite more than 2,300 objections"),
            T("an agreed limit", "an agreed threshold"),
            T("Opponents are weighing a legal challenge",
              "Save Linmouth Springs said it was considering a legal "
              "challenge"),
        ],
    ),
    # 17 ----------------------------------------------------------------
    dict(
        domain="street artist fine", mode="translation", label="inconsistent",
        reference=t("""
A street artist known as Tordo has been fined 1,200 euros by the municipality
of Castrovento for painting a mural on the wall of a disused cinema without
authorisation. The work, which depicts a heron carrying a suitcase, appeared
overnight in early May and quickly became popular on social media. The owner
of the building, the property company Immobiliare Seravalle, filed the
complaint that led to the fine. Deputy mayor for culture Paola Menicucci said
the council "cannot make exceptions", but added that she would ask the owner
to consider keeping the mural. The artist has 60 days to appeal.
"""),
        candidate=t("""
Castrovento city council has imposed a €1,200 fine on the street artist who
goes by the name Tordo for an unauthorised mural on the wall of an abandoned
cinema. The painting, showing a heron with a suitcase, appeared one night at
the beginning of May and soon became a hit on social media. The fine followed
a complaint from the building's owner, the property firm Immobiliare
Seravalle. Paola Menicucci, the deputy mayor responsible for culture, said the
council "cannot make exceptions", though she added that the owner had asked
her to think about keeping the mural. Tordo has sixty days in which to lodge
an appeal.
"""),
        errors=[
            E("the owner had asked her", "role", "major",
              "she would ask the owner"),
        ],
        traps=[
            T("€1,200", "1,200 euros"),
            T("appeared one night at the beginning of May",
              "appeared overnight in early May"),
            T("sixty days", "60 days"),
        ],
    ),
    # 18 ----------------------------------------------------------------
    dict(
        domain="payday lender fine", mode="rewrite", label="inconsistent",
        reference=t("""
The financial regulator has fined payday lender QuickPurse £3.2 million for
failing to check whether borrowers could afford their loans. An investigation
found that between 2019 and 2022 the company approved more than 18,000 loans
to customers who were already behind on repayments to other lenders.
QuickPurse must also refund interest to about 7,400 customers, at an estimated
cost of £5 million. The regulator said the firm had cooperated with the
investigation, which earned it a 30% discount on the fine. QuickPurse's chief
executive, Martin Greel, said the company had not deliberately targeted
vulnerable borrowers but accepted that its checks had been inadequate.
"""),
        candidate=t("""
QuickPurse, a payday lender, has been fined £3.2m by the financial regulator
for not checking whether borrowers could afford to repay. Investigators found
that from 2019 to 2022 the firm approved over 18,000 loans to people who were
already in arrears with other lenders. The company will also have to refund
interest to around 7,400 customers, which is estimated to cost £5m. Because
QuickPurse cooperated with the investigation, its fine was reduced by 30%, the
regulator said. Martin Greel, the chief executive, accepted that the company's
checks had been inadequate and that it had deliberately targeted vulnerable
borrowers.
"""),
        errors=[
            E("it had deliberately targeted vulnerable borrowers", "polarity",
              "critical",
              "had not deliberately targeted vulnerable borrowers"),
        ],
        traps=[
            T("already in arrears with other lenders",
              "already behind on repayments to other lenders"),
            T("its fine was reduced by 30%",
              "earned it a 30% discount on the fine"),
        ],
    ),
    # 19 ----------------------------------------------------------------
    dict(
        domain="bullfight subsidy", mode="translation", label="consistent",
        reference=t("""
The provincial government of Sierra Alcantara has withdrawn its annual
subsidy of 180,000 euros for the bullfights held during the festivities of San
Roque in the town of Villaduero. The decision was approved on Monday with the
votes of the governing coalition, while the opposition voted against.
Regional minister for culture Ana Belén Roldán said the money would go instead
to music and theatre programmes in rural villages. The town's mayor, Tomás
Aguirre, described the measure as "an attack on tradition" and announced that
the town council would try to cover the cost with its own budget. Animal
welfare groups welcomed the decision, which will take effect next year.
"""),
        candidate=t("""
Sierra Alcantara's provincial authorities have scrapped the €180,000 a year
they gave towards the bullfights staged in Villaduero as part of the town's San
Roque festivities. The governing coalition carried the decision on Monday,
with the opposition voting against. According to the regional culture
minister, Ana Belén Roldán, the funds will be redirected to music and theatre
programmes in rural villages. Villaduero's mayor, Tomás Aguirre, called the
move "an attack on tradition" and said the town hall would attempt to fund the
events from its own budget. The change, which comes into force next year, was
welcomed by animal welfare groups.
"""),
        errors=[],
        traps=[
            T("have scrapped the €180,000 a year they gave",
              "has withdrawn its annual subsidy of 180,000 euros"),
            T("The governing coalition carried the decision on Monday",
              "The decision was approved on Monday with the votes of the "
              "governing coalition"),
            T("will be redirected to", "would go instead to"),
            T("would attempt to fund the events", "would try to cover the cost"),
            T("comes into force next year", "will take effect next year"),
        ],
    ),
    # 20 ----------------------------------------------------------------
    dict(
        domain="pigeon feeding fine", mode="summary", label="consistent",
        reference=t("""
Feeding pigeons in Harbury's market square and railway station forecourt will
be banned from 1 July, with offenders facing an £80 fixed penalty, the town
council has decided. Councillors voted 14 to 5 for the measure after traders
complained about droppings damaging awnings and outdoor seating. The council
spent £26,000 last year cleaning the square, nearly double the figure five
years ago. Bird charity Wingsafe said it opposed fines and urged the council
to try installing a managed pigeon loft instead. Officers will issue warnings
during the first month before fines are enforced. The ban will be reviewed
after a year.
"""),
        candidate=t("""
From 1 July anyone feeding pigeons in Harbury's market square or railway
station forecourt risks an £80 fixed penalty, though for the first month
offenders will only be warned. Councillors backed the ban by 14 votes to 5
after traders complained about droppings; cleaning the square cost £26,000
last year, almost twice as much as five years earlier.
"""),
        errors=[],
        traps=[
            T("risks an £80 fixed penalty", "offenders facing an £80 fixed "
              "penalty"),
            T("for the first month offenders will only be warned",
              "Officers will issue warnings during the first month before "
              "fines are enforced"),
            T("by 14 votes to 5", "voted 14 to 5"),
            T("almost twice as much as five years earlier",
              "nearly double the figure five years ago"),
        ],
    ),
    # 21 ----------------------------------------------------------------
    dict(
        domain="power line burial", mode="rewrite", label="consistent",
        reference=t("""
A 7-kilometre stretch of overhead power line crossing the Wendle Hills will be
buried underground at a cost of £31 million, the grid operator Northline Power
announced on Tuesday. The work will remove 23 pylons from an area of
outstanding natural beauty and is scheduled to take about 18 months, starting
next spring. The project is funded from a national scheme that pays for
reducing the visual impact of existing lines in protected landscapes.
Northline said some footpaths would have to be closed temporarily during
construction. Local campaigner Joan Haverill, who has lobbied for the change
since 2009, said she was "delighted but cautious" until the first cable was
laid.
"""),
        candidate=t("""
Grid operator Northline Power said on Tuesday that it would spend £31m putting
seven kilometres of overhead power line across the Wendle Hills underground.
Starting next spring, the work is expected to last around a year and a half
and will take 23 pylons out of an area of outstanding natural beauty. Funding
is coming from a national scheme that covers the cost of reducing the visual
impact of existing lines in protected landscapes. Some footpaths will need to
be shut for a time while the work is carried out, Northline said. Joan
Haverill, a local campaigner who has been pushing for the change since 2009,
said she was "delighted but cautious" until the first cable was laid.
"""),
        errors=[],
        traps=[
            T("seven kilometres", "7-kilometre"),
            T("around a year and a half", "about 18 months"),
            T("will take 23 pylons out of", "will remove 23 pylons from"),
            T("Some footpaths will need to be shut for a time",
              "some footpaths would have to be closed temporarily"),
        ],
    ),
    # 22 ----------------------------------------------------------------
    dict(
        domain="sunken warship protection", mode="summary",
        label="inconsistent",
        reference=t("""
The wreck of HMS Corrant, a warship sunk by a German submarine in 1917 with
the loss of 212 sailors, has been declared a protected place under military
remains legislation. The designation, announced by the culture ministry on
Monday, makes it an offence to dive on the wreck or remove objects without a
licence. The wreck lies 40 metres deep, about 11 miles off Pellan Point.
Marine archaeologist Dr Keith Amory, who located the wreck in 2019, said
divers had already taken portholes and parts of a gun. Descendants of the crew
had campaigned for the protection for four years.
"""),
        candidate=t("""
HMS Corrant, the warship that sank a German submarine in 1917 with the loss of
212 sailors, has been given protected status, making it illegal to dive on or
take objects from the wreck without a licence. The archaeologist who found it
in 2019 says portholes and parts of a gun have already been removed.
"""),
        errors=[
            E("HMS Corrant, the warship that sank a German submarine", "role",
              "major", "HMS Corrant, a warship sunk by a German submarine"),
        ],
        traps=[
            T("making it illegal to dive on or take objects from the wreck "
              "without a licence",
              "makes it an offence to dive on the wreck or remove objects "
              "without a licence"),
            T("The archaeologist who found it in 2019",
              "Marine archaeologist Dr Keith Amory, who located the wreck in "
              "2019"),
        ],
    ),
    # 23 ----------------------------------------------------------------
    dict(
        domain="pistachio export dispute", mode="translation",
        label="inconsistent",
        reference=t("""
The Union of Pistachio Exporters of the Nahal Plain has lodged a formal
complaint after 22 containers of pistachios were held at a foreign port for
more than a month over alleged aflatoxin contamination. The union says
independent laboratory tests carried out before shipment found no
contamination above permitted limits. The containers, worth about 3.4 million
dollars, belong to four companies from the city of Bardavan. The union's
spokesman, Dariush Kamali, said exporters would not accept the destruction of
the goods and demanded a second round of tests in a neutral laboratory. The
trade ministry has said it will raise the matter with the importing country's
embassy next week.
"""),
        candidate=t("""
The Nahal Plain Pistachio Exporters' Union has filed an official complaint
after 22 containers of the nuts were detained for over a month at a port
abroad because of suspected aflatoxin contamination. According to the union,
independent laboratory analyses done before the goods were shipped showed no
contamination beyond the permitted limits. The containers, valued at roughly
$3.4 million, are owned by four firms based in Bardavan. Union spokesman
Dariush Kamali said exporters would accept the destruction of the goods, but
insisted on a second round of tests at a neutral laboratory. The agriculture
ministry has said it will take the matter up with the importing country's
embassy next week.
"""),
        errors=[
            E("would accept the destruction of the goods", "polarity", "major",
              "would not accept the destruction of the goods"),
            E("The agriculture ministry", "entity", "major",
              "The trade ministry"),
        ],
        traps=[
            T("detained for over a month at a port abroad",
              "held at a foreign port for more than a month"),
            T("valued at roughly $3.4 million",
              "worth about 3.4 million dollars"),
        ],
    ),
    # 24 ----------------------------------------------------------------
    dict(
        domain="uranium mine permit", mode="rewrite", label="inconsistent",
        reference=t("""
The mining regulator has granted a provisional permit for a uranium mine at
Tallis Creek, but the company behind it, Ardent Minerals, cannot begin
extraction until an environmental management plan is approved. The permit
allows exploratory drilling at up to 60 sites over the next two years. Ardent
said it hoped to submit the management plan by December and, if it was
approved, to start production in 2028. The Wirra Downs Traditional Owners
Council, which opposes the project, said it would seek a judicial review of
the decision. The regulator said the permit could be revoked if the company
breached any of its 47 conditions.
"""),
        candidate=t("""
Ardent Minerals has been given a provisional permit by the mining regulator
for a uranium mine at Tallis Creek, although it is not allowed to start
extracting ore until its environmental management plan has been approved.
Under the permit, the company can carry out exploratory drilling at as many as
60 sites over the next two years. Ardent said it hoped to submit the plan by
December and, if it gets the go-ahead, to begin production in 2028. The Wirra
Downs Traditional Owners Council, which is opposed to the mine, said it would
push for a public inquiry into the decision. The regulator warned that the
permit would be revoked if Ardent breached any of its 47 conditions.
"""),
        errors=[
            E("push for a public inquiry", "event", "major",
              "seek a judicial review"),
            E("would be revoked", "modality", "minor", "could be revoked"),
        ],
        traps=[
            T("at as many as 60 sites", "at up to 60 sites"),
            T("if it gets the go-ahead", "if it was approved"),
        ],
    ),
    # 25 ----------------------------------------------------------------
    dict(
        domain="hearse procurement", mode="rewrite", label="consistent",
        reference=t("""
Brennock City Council is to buy four electric hearses for its municipal
funeral service at a total cost of £412,000, replacing diesel vehicles that
are more than 12 years old. The contract was awarded to coachbuilder Ellery &
Vance after a tender that attracted three bids. The council said the new
hearses would cut the service's fuel costs by about £18,000 a year and would
be delivered in two batches, the first in April. Funeral director Neil Abbot,
who runs the service, said families had been asking for greener options for
several years. The old vehicles will be sold at auction.
"""),
        candidate=t("""
Four electric hearses costing £412,000 in total are to be bought by Brennock
City Council for its municipal funeral service, taking the place of diesel
vehicles more than 12 years old. Coachbuilder Ellery & Vance won the contract
after a tender in which three bids were submitted. According to the council,
the hearses will arrive in two batches, the first in April, and will reduce
the service's fuel bill by roughly £18,000 annually. Neil Abbot, the funeral
director in charge of the service, said families had been asking for greener
choices for several years. The existing vehicles will be auctioned off.
"""),
        errors=[],
        traps=[
            T("costing £412,000 in total", "at a total cost of £412,000"),
            T("taking the place of", "replacing"),
            T("a tender in which three bids were submitted",
              "a tender that attracted three bids"),
            T("roughly £18,000 annually", "about £18,000 a year"),
            T("will be auctioned off", "will be sold at auction"),
        ],
    ),
    # 26 ----------------------------------------------------------------
    dict(
        domain="watch brand counterfeit", mode="translation",
        label="consistent",
        reference=t("""
Customs officers at the port of Saint-Aubrac seized 3,800 counterfeit watches
bearing the logo of the Swiss brand Vallorbe & Fils on Thursday, hidden in a
container declared as kitchen equipment. If genuine, the watches would have
been worth around 14 million euros, according to the customs service. The
container had arrived from Asia and was bound for a warehouse near
Montclair-sur-Orne. Two men, aged 41 and 29, were taken into custody. A
spokeswoman for Vallorbe & Fils thanked customs and said the company would
file a civil claim. It is the largest seizure of counterfeit watches at the
port in five years.
"""),
        candidate=t("""
On Thursday customs at the port of Saint-Aubrac seized 3,800 fake watches
carrying the logo of the Swiss brand Vallorbe & Fils, concealed in a container
that had been declared as kitchen equipment. Had they been genuine, the
watches would have been worth some €14m, the customs service said. The
container had come from Asia and was heading for a warehouse close to
Montclair-sur-Orne. Two men, one 41 and the other 29, have been detained.
Vallorbe & Fils, through a spokeswoman, thanked customs officers and said it
would bring a civil claim. No bigger haul of counterfeit watches has been made
at the port for five years.
"""),
        errors=[],
        traps=[
            T("Had they been genuine", "If genuine"),
            T("some €14m", "around 14 million euros"),
            T("one 41 and the other 29", "aged 41 and 29"),
            T("have been detained", "were taken into custody"),
            T("No bigger haul of counterfeit watches has been made at the port "
              "for five years",
              "It is the largest seizure of counterfeit watches at the port in "
              "five years"),
        ],
    ),
    # 27 ----------------------------------------------------------------
    dict(
        domain="senate committee hearing", mode="summary",
        label="inconsistent",
        reference=t("""
The Senate transport committee questioned the head of the national rail
agency, Howard Prell, for more than three hours on Wednesday about delays to
the Coastway high-speed line. Prell told senators that the line would probably
open in 2031, three years later than planned, and that costs had risen to
$14.6 billion. Committee chair Senator Lena Voight said the agency had "lost
control of the project" and asked the auditor-general to examine its
contracts. Senator Mark Ruddle defended the agency, saying the delays were
mainly caused by flooding in 2022. Prell said he would not resign. The
committee is expected to publish its report in June.
"""),
        candidate=t("""
Questioned by the Senate transport committee on Wednesday, rail agency chief
Howard Prell said the Coastway high-speed line will open in 2031, three years
behind schedule, at a cost now of $14.6bn. Prell blamed the delays mainly on flooding in
2022 and said he would not step down. Committee chair Lena Voight accused the
agency of having "lost control of the project" and asked the auditor-general
to examine its contracts.
"""),
        errors=[
            E("will open in 2031", "modality", "major",
              "would probably open in 2031"),
            E("Prell blamed", "attribution", "major",
              "Senator Mark Ruddle defended the agency, saying"),
        ],
        traps=[
            T("three years behind schedule", "three years later than planned"),
            T("$14.6bn", "$14.6 billion"),
            T("would not step down", "would not resign"),
        ],
    ),
    # 28 ----------------------------------------------------------------
    dict(
        domain="compost giveaway", mode="rewrite", label="inconsistent",
        reference=t("""
Residents of Millbrook can collect up to five bags of free compost from the
Dale Lane recycling centre this weekend, the council has announced. The
compost is made from garden waste collected from households over the past
year. The giveaway runs from 9am to 4pm on Saturday and Sunday, or until
stocks run out, and residents must bring their own bags and proof of address.
Last year more than 1,300 people took part and around 90 tonnes of compost
were handed out. Councillor Sue Pellow said the event was "a way of giving
something back" to residents who recycle their garden waste.
"""),
        candidate=t("""
Millbrook residents will be able to pick up as many as five bags of free
compost at the Dale Lane recycling centre next weekend, the council has said.
The compost has been produced from household garden waste gathered over the
last twelve months. The giveaway is open from 9am to 4pm on both Saturday and
Sunday, or until supplies are exhausted; people need to bring their own bags
and proof of address. Over 1,300 people came along last year, when roughly 90
tonnes were given away. Councillor Sue Pellow described the event as "a way of
giving something back" to residents who recycle their garden waste. The
compost has been produced from household garden waste gathered over the last
twelve months.
"""),
        errors=[
            E("next weekend", "date", "major", "this weekend"),
            E("The compost has been produced from household garden waste "
              "gathered over the last twelve months.", "repetition", "minor",
              None, occ=1),
        ],
        traps=[
            T("as many as five bags", "up to five bags"),
            T("until supplies are exhausted", "until stocks run out"),
            T("roughly 90 tonnes were given away",
              "around 90 tonnes of compost were handed out"),
        ],
    ),
    # 29 ----------------------------------------------------------------
    dict(
        domain="tunnel ventilation upgrade", mode="rewrite",
        label="consistent",
        reference=t("""
The Harrowgate road tunnel will close overnight for 16 weeks from 3 September
so that its ventilation system can be replaced, the highways authority said on
Friday. The tunnel will shut each night between 10pm and 5am, Sunday to
Thursday, and will stay open as normal at weekends. The £9.5 million upgrade
will install 14 new jet fans, replacing equipment dating from 1987 that no
longer meets fire safety standards. Drivers will be diverted via the road over
Kellet Bridge, which is expected to add about 15 minutes to journeys. Project
manager Ruth Oduya said the work had been planned to avoid the Christmas
period.
"""),
        candidate=t("""
Beginning on 3 September, the Harrowgate road tunnel will close overnight for
16 weeks so that its ventilation system can be replaced, the highways
authority said on Friday. Closures will run from 10pm until 5am on Sunday to
Thursday nights, and the tunnel will open as normal at weekends. As part of
the £9.5m upgrade, 14 new jet fans will be installed to replace equipment
dating back to 1987 that no longer complies with fire safety standards.
Drivers will be sent on a diversion over Kellet Bridge, which is likely to add
around a quarter of an hour to journeys. According to project manager Ruth
Oduya, the work has been timed to avoid the Christmas period.
"""),
        errors=[],
        traps=[
            T("Beginning on 3 September", "from 3 September"),
            T("is likely to add", "is expected to add"),
            T("around a quarter of an hour", "about 15 minutes"),
            T("has been timed to avoid", "had been planned to avoid"),
        ],
    ),
    # 30 ----------------------------------------------------------------
    dict(
        domain="climbing permit quota", mode="translation",
        label="inconsistent",
        reference=t("""
Authorities in the canton of Valmera will limit the number of climbers allowed
on the Piz Varnell to 120 per day from next summer, in an attempt to reduce
overcrowding and accidents on the mountain's normal route. Permits will cost
40 francs and must be booked online at least 48 hours in advance. Mountain
guides and their clients will be counted within the quota. Last year, four
climbers died on the peak and rescue teams were called out 63 times. The local
guides' association welcomed the measure, but hotel owners in the village of
Santa Brena fear that it will drive visitors to other mountains.
"""),
        candidate=t("""
From next summer the Valmera cantonal authorities will cap the number of
climbers on Piz Varnell at 120 a day, aiming to cut overcrowding and accidents
on the standard route up the mountain. A permit will cost 40 francs and has to
be reserved online no later than two days before the climb, no later than two
days before the climb. Guides and the clients they accompany count towards
the quota. Four climbers lost their lives on the peak last year, and rescuers
were called out on 63 occasions. While the local mountain guides' association
has welcomed the move, hoteliers in Santa Brena village are afraid it will
push visitors towards other mountains.
"""),
        errors=[
            E("no later than two days before the climb", "repetition",
              "minor", None, occ=1),
        ],
        traps=[
            T("cap the number of climbers on Piz Varnell at 120 a day",
              "limit the number of climbers allowed on the Piz Varnell to 120 "
              "per day"),
            T("no later than two days before the climb",
              "at least 48 hours in advance", occ=0),
            T("on 63 occasions", "63 times"),
        ],
    ),
    # 31 ----------------------------------------------------------------
    dict(
        domain="cheese name protection", mode="summary", label="consistent",
        reference=t("""
Producers of Caldermoor Blue have won protected designation of origin status
for the cheese, meaning that only blue cheese made from the milk of cows
grazed in three named valleys can be sold under that name. The decision
follows a six-year application by the Caldermoor Cheesemakers' Guild, whose
nine member dairies produce about 1,400 tonnes a year. The rules require the
cheese to be matured for at least 12 weeks in the region. A large creamery
outside the area, Hollins Dairy Foods, which sells a similar cheese under the
name "Calder Blue", will have five years to rename its product. Guild chair
Morag Pettigrew said the status would protect "a century of craft".
"""),
        candidate=t("""
Caldermoor Blue has been granted protected designation of origin status after
a six-year bid by its producers' guild. The name is now reserved for blue
cheese made with milk from cows grazed in three specified valleys and matured
in the region for a minimum of 12 weeks, and Hollins Dairy Foods has five
years to stop using the name "Calder Blue".
"""),
        errors=[],
        traps=[
            T("a six-year bid by its producers' guild",
              "a six-year application by the Caldermoor Cheesemakers' Guild"),
            T("three specified valleys", "three named valleys"),
            T("for a minimum of 12 weeks", "for at least 12 weeks"),
            T('has five years to stop using the name "Calder Blue"',
              "will have five years to rename its product"),
        ],
    ),
    # 32 ----------------------------------------------------------------
    dict(
        domain="butter mountain sale", mode="translation",
        label="inconsistent",
        reference=t("""
The national agricultural intervention agency will sell 28,000 tonnes of
butter held in public storage through a series of tenders starting in
October, the ministry of agriculture announced. The butter was bought up in
2023, when prices collapsed, to support dairy farmers. Officials said the
sales would be spread over six months to avoid pushing prices down again.
Buyers must use the butter within the country's borders or export it outside
Europe; it cannot be resold to other intervention stores. The dairy farmers'
federation, led by Janusz Wieczorek, asked that the tenders be suspended if
the wholesale price falls below 5 euros per kilogram.
"""),
        candidate=t("""
Starting in October, the state agricultural intervention agency will put
28,000 tonnes of butter from public stocks up for sale in a series of tenders,
according to the agriculture ministry. The butter was purchased in 2023 to
prop up dairy farmers at a time when prices had collapsed. The sales will be
staggered over half a year so as not to drive prices down again, officials
said. Purchasers will have to use the butter domestically or export it to
destinations outside Europe, and may not resell it to other intervention
stores. The dairy farmers' federation, headed by Janusz Wieczorek, threatened
to block the tenders if the wholesale price drops below €5 a kilo.
"""),
        errors=[
            E("threatened to block the tenders", "event", "major",
              "asked that the tenders be suspended"),
        ],
        traps=[
            T("staggered over half a year", "spread over six months"),
            T("use the butter domestically",
              "use the butter within the country's borders"),
            T("€5 a kilo", "5 euros per kilogram"),
        ],
    ),
    # 33 ----------------------------------------------------------------
    dict(
        domain="air traffic controller hiring", mode="rewrite",
        label="consistent",
        reference=t("""
The national air navigation service, SkyCourse, plans to recruit 240 trainee
air traffic controllers over the next three years to deal with a staffing
shortage that has caused hundreds of flight delays this summer. The company
said training takes about two and a half years, so the new recruits would not
be fully qualified before 2028. Starting salaries for trainees will rise by
12% to attract applicants. Chief operating officer Priya Halden admitted that
the shortage had been "foreseeable" because a large number of controllers were
reaching retirement age. Airlines have demanded compensation for the delays,
which SkyCourse has so far refused to pay.
"""),
        candidate=t("""
SkyCourse, the national air navigation service, intends to take on 240 trainee
air traffic controllers in the next three years to tackle a staffing shortage
that has led to hundreds of flight delays this summer. Because training lasts
roughly 30 months, the new recruits will not be fully qualified before 2028,
the company said. To attract applicants, starting salaries for trainees are
going up by 12%. The shortage had been "foreseeable", chief operating officer
Priya Halden conceded, because many controllers were reaching retirement age.
SkyCourse has so far refused airlines' demands for compensation for the
delays.
"""),
        errors=[],
        traps=[
            T("intends to take on", "plans to recruit"),
            T("roughly 30 months", "about two and a half years"),
            T("Priya Halden conceded", "Priya Halden admitted"),
            T("SkyCourse has so far refused airlines' demands for compensation "
              "for the delays",
              "Airlines have demanded compensation for the delays, which "
              "SkyCourse has so far refused to pay"),
        ],
    ),
    # 34 ----------------------------------------------------------------
    dict(
        domain="ferry crew visa rules", mode="rewrite", label="inconsistent",
        reference=t("""
Foreign crew working on ferries between the mainland and the Orrin Islands
will need a new type of work visa from 1 April, the interior ministry said on
Tuesday. The rule change affects about 1,100 seafarers, most of them employed
by the two operators on the routes, Bluewake Ferries and Islandia Lines. The
visa will cost £95 and be valid for two years. Bluewake's managing director,
Colin Reith, warned that sailings could be cancelled if applications were not
processed quickly. The ministry said it expected to decide most applications
within ten working days and that crew who applied before the deadline could
keep working while they waited.
"""),
        candidate=t("""
From 1 April, non-national crew on ferries sailing between the mainland and
the Orrin Islands will have to hold a new kind of work visa, the interior
ministry announced on Tuesday. Around 1,100 seafarers will be affected, the
majority of them working for the two companies that run the routes, Bluewake
Ferries and Islandia Lines. The visa will be valid for two years and cost £95.
Colin Reith, Islandia Lines' managing director, warned that sailings might be
cancelled unless applications were dealt with quickly. According to the
ministry, most applications should be decided within ten working days, and
crew who apply before the deadline will be able to keep working while they
wait.
"""),
        errors=[
            E("Islandia Lines' managing director", "entity", "major",
              "Bluewake's managing director"),
        ],
        traps=[
            T("the majority of them", "most of them"),
            T("might be cancelled unless applications were dealt with quickly",
              "could be cancelled if applications were not processed quickly"),
            T("most applications should be decided within ten working days",
              "it expected to decide most applications within ten working "
              "days"),
        ],
    ),
    # 35 ----------------------------------------------------------------
    dict(
        domain="seafront shelter", mode="translation", label="consistent",
        reference=t("""
The municipality of Westkerke has decided to restore the wooden shelter on
the seafront promenade rather than demolish it, after a petition signed by
more than 3,000 residents. The shelter, built in 1912, was closed last winter
because storms had damaged its roof. The restoration will cost about 260,000
euros, of which the province will pay 40 percent. Alderman Pieter Vandamme
said that work would begin after the summer season so as not to disturb
tourists. Local historians say the shelter is one of the last of its kind on
the coast. It is expected to reopen in spring next year.
"""),
        candidate=t("""
Westkerke council has chosen to restore rather than pull down the wooden
shelter on the seafront promenade, following a petition that gathered the
signatures of over 3,000 residents. Dating from 1912, the shelter has been
shut since last winter, when storms damaged its roof. The province will
contribute two-fifths of the restoration bill of roughly €260,000. To avoid
disrupting tourists, work will not start until the summer season is over,
alderman Pieter Vandamme said. According to local historians, the shelter is
among the last of its type on the coast. It should reopen next spring.
"""),
        errors=[],
        traps=[
            T("rather than pull down", "rather than demolish it"),
            T("gathered the signatures of over 3,000 residents",
              "signed by more than 3,000 residents"),
            T("two-fifths", "40 percent"),
            T("will not start until the summer season is over",
              "would begin after the summer season"),
            T("It should reopen next spring",
              "It is expected to reopen in spring next year"),
        ],
    ),
    # 36 ----------------------------------------------------------------
    dict(
        domain="curfew for teenagers", mode="rewrite", label="inconsistent",
        reference=t("""
Brackton town council has voted to introduce a trial night-time curfew for
under-16s in the town centre, following a spate of vandalism at the bus
station. From 1 June, young people under 16 who are not accompanied by an
adult may be asked by police to leave the centre between 10pm and 6am. The
trial will last six months and will not apply on New Year's Eve. Police
Inspector Gareth Mold said officers would escort children home rather than
arrest them. Youth charity Open Door said the council had not consulted young
people and that the curfew would punish the majority for the actions of a
few.
"""),
        candidate=t("""
Following a series of vandalism incidents at the bus station, Brackton town
council has voted for a trial night-time curfew for under-16s in the town
centre. From 1 June, police will be able to ask unaccompanied young people
aged under 16 to leave the centre between 10pm and 6am, and parents of
children who break the curfew could face fines. The trial runs for six months
and covers New Year's Eve. Police Inspector Gareth Mold said officers would
take children home rather than arrest them. The youth charity Open Door said
young people had not been consulted by the council and that the curfew would
penalise the majority for what a few had done.
"""),
        errors=[
            E("parents of children who break the curfew could face fines",
              "addition", "major"),
            E("covers New Year's Eve", "polarity", "major",
              "will not apply on New Year's Eve"),
        ],
        traps=[
            T("a series of vandalism incidents", "a spate of vandalism"),
            T("young people had not been consulted by the council",
              "the council had not consulted young people"),
            T("penalise the majority for what a few had done",
              "punish the majority for the actions of a few"),
        ],
    ),
    # 37 ----------------------------------------------------------------
    dict(
        domain="ice factory", mode="summary", label="consistent",
        reference=t("""
Polar Cube, the largest ice maker in the region, will build a new factory in
Sandhaven to meet rising demand from supermarkets, fishing boats and events.
The £7.2 million plant will produce up to 300 tonnes of ice a day, three times
the capacity of the company's existing site in Marlwick Quay, which will
remain open. Managing director Terry Ashdown said demand had grown by about
20% in each of the past three summers, leaving the company unable to fill
some orders. The factory will run on electricity from a neighbouring solar
farm for part of the year. It is due to open in May and will employ 35 people.
"""),
        candidate=t("""
Polar Cube, the region's biggest ice producer, is to build a £7.2m factory in
Sandhaven able to make up to 300 tonnes a day, three times as much as its
Marlwick Quay site, which will stay open. The plant, due to open in May with
35 staff, is a response to demand that has risen by about a fifth in each of
the last three summers.
"""),
        errors=[],
        traps=[
            T("the region's biggest ice producer",
              "the largest ice maker in the region"),
            T("£7.2m", "£7.2 million"),
            T("three times as much as its Marlwick Quay site",
              "three times the capacity of the company's existing site in "
              "Marlwick Quay"),
            T("risen by about a fifth in each of the last three summers",
              "grown by about 20% in each of the past three summers"),
        ],
    ),
    # 38 ----------------------------------------------------------------
    dict(
        domain="self-build plot sale", mode="rewrite", label="consistent",
        reference=t("""
Wendlow Vale council is selling 18 serviced plots for people who want to build
their own homes, with prices ranging from £65,000 to £110,000. The plots, on
the former Stanton Road allotments, come with road access and connections for
water, electricity and sewerage. Buyers must live locally or work in the
district, and must complete their homes within three years of purchase. Six
of the plots are reserved for first-time buyers and will be sold at a 20%
discount. The council said 212 people had registered an interest.
Applications open on 2 October and close four weeks later.
"""),
        candidate=t("""
People hoping to build their own homes can buy one of 18 serviced plots being
sold by Wendlow Vale council, priced between £65,000 and £110,000. Located on
what used to be the Stanton Road allotments, the plots have road access and
are connected to water, electricity and sewerage. Buyers will need to be local
residents or work in the district, and will have three years from purchase to
finish building. A third of the plots are set aside for first-time buyers,
who will get them at a fifth off the price. According to the council, 212
people have registered an interest. Applications can be made from 2 October
for four weeks.
"""),
        errors=[],
        traps=[
            T("priced between £65,000 and £110,000",
              "with prices ranging from £65,000 to £110,000"),
            T("what used to be the Stanton Road allotments",
              "the former Stanton Road allotments"),
            T("will have three years from purchase to finish building",
              "must complete their homes within three years of purchase"),
            T("A third of the plots", "Six of the plots"),
            T("a fifth off the price", "a 20% discount"),
        ],
    ),
    # 39 ----------------------------------------------------------------
    dict(
        domain="motor racing circuit noise", mode="summary",
        label="inconsistent",
        reference=t("""
Residents living near the Haddlecombe Park motor racing circuit have won a
partial victory after the district council imposed new noise limits on the
track. From next season, cars must not exceed 98 decibels measured at the edge
of the circuit, down from 105, and racing will be limited to 40 days a year
instead of 55. The circuit's owner, Apex Motorsport Venues, said the
restrictions would cost it about £900,000 a year in lost bookings and that it
would appeal. The residents' group Quiet Haddlecombe had asked for a complete
ban on Sunday racing, which the council rejected. Noise monitors will be
installed at three nearby homes.
"""),
        candidate=t("""
The district council has tightened noise rules at the Haddlecombe Park
circuit: from next season cars will be held to 98 decibels at the track's
edge, 17 lower than now, and racing will be cut from 55 to 40 days a year.
Owner Apex Motorsport Venues, which puts the cost at about £900,000 a year in
lost bookings, plans to appeal. A complete ban on Sunday racing, sought by
residents, was refused, but three nearby homes will be soundproofed.
"""),
        errors=[
            E("17 lower than now", "number", "major", "down from 105"),
            E("three nearby homes will be soundproofed", "event", "major",
              "Noise monitors will be installed at three nearby homes"),
        ],
        traps=[
            T("plans to appeal", "it would appeal"),
            T("was refused", "which the council rejected"),
        ],
    ),
    # 40 ----------------------------------------------------------------
    dict(
        domain="wheelchair repair backlog", mode="rewrite",
        label="inconsistent",
        reference=t("""
More than 2,600 wheelchair users in the Eastvale health region are waiting for
repairs, with some having waited over five months, according to figures
obtained by the charity Access First. The contractor responsible for repairs,
MobilityCare Services, is meant to fix urgent faults within three working
days and others within 15 days, but met those targets in only 58% of cases
last year. The health board said it had issued the company with a formal
warning in September and would decide in January whether to end the contract
early. Access First's director, Helen Cribb, said some users had been left
housebound. MobilityCare said recruitment problems had affected its
performance and that it had hired eight new engineers.
"""),
        candidate=t("""
Nearly 2,600 wheelchair users in the Eastvale health region are awaiting
repairs, and some have been waiting for more than five months, figures
obtained by the charity Access First show. MobilityCare Services, the repair
contractor, is supposed to fix urgent faults within three working days and
other faults within 15 days, yet last year it hit those targets in fewer than
three in five cases. In September the health board gave the company a formal
warning, and it will decide in January whether to terminate the contract
early. Helen Cribb, director of Access First, said some users had been left
unable to leave their homes. MobilityCare blamed recruitment difficulties for
its performance and said it had taken on eight new engineers.
"""),
        errors=[
            E("Nearly 2,600", "number", "minor", "More than 2,600"),
        ],
        traps=[
            T("is supposed to fix", "is meant to fix"),
            T("in fewer than three in five cases", "in only 58% of cases"),
            T("left unable to leave their homes", "left housebound"),
        ],
    ),
]


# ----------------------------------------------------------------------
# offset computation and validation
# ----------------------------------------------------------------------
class SetError(Exception):
    pass


def locate(haystack, needle, occ, what):
    """Start index of occurrence `occ` of `needle`; occ required if repeated."""
    starts = []
    i = haystack.find(needle)
    while i != -1:
        starts.append(i)
        i = haystack.find(needle, i + 1)
    if not starts:
        raise SetError("%s: %r not found" % (what, needle))
    if occ is None:
        if len(starts) > 1:
            raise SetError("%s: %r occurs %d times; give occ"
                           % (what, needle, len(starts)))
        occ = 0
    if occ >= len(starts):
        raise SetError("%s: %r has no occurrence %d" % (what, needle, occ))
    return starts[occ]


def cuts_word(s, pos):
    return 0 < pos < len(s) and s[pos - 1].isalnum() and s[pos].isalnum()


def words(s):
    return len(re.findall(r"\S+", s))


def build():
    records = []
    problems = []
    seen_domains = set()
    for n, case in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, n)
        ref, cand = case["reference"], case["candidate"]
        mode, label = case["mode"], case["label"]
        where = "%s (%s)" % (cid, case["domain"])
        try:
            if case["domain"] not in DOMAINS:
                raise SetError("unknown domain")
            if case["domain"] in seen_domains:
                raise SetError("duplicate domain")
            seen_domains.add(case["domain"])
            if mode not in MODES:
                raise SetError("bad mode")
            if label not in ("consistent", "inconsistent"):
                raise SetError("bad label")
            nw = words(ref)
            if not 70 <= nw <= 190:
                raise SetError("reference has %d words" % nw)
            if mode == "summary" and not (words(cand) < nw
                                          and len(cand) < len(ref)):
                raise SetError("summary not shorter than reference")
            for s in (ref, cand):
                if s != s.strip() or "  " in s:
                    raise SetError("whitespace problem")

            errors, traps, spans = [], [], []
            for e in case["errors"]:
                et, sev = e["type"], e["severity"]
                if et not in ERROR_TYPES:
                    raise SetError("bad error type %r" % et)
                if sev not in SEVERITIES:
                    raise SetError("bad severity %r" % sev)
                rt = e["ref_text"]
                if et in ("addition", "repetition"):
                    if rt is not None:
                        raise SetError("%s must have ref_text null" % et)
                else:
                    if not rt:
                        raise SetError("%s needs ref_text" % et)
                    if rt not in ref:
                        raise SetError("ref_text %r not in reference" % rt)
                if e["kind"] == "omission":
                    if mode == "summary":
                        raise SetError("omission in summary")
                    a = locate(cand, e["after"], e["occ"], where + " anchor")
                    start = end = a + len(e["after"])
                    text = ""
                    if rt in cand:
                        raise SetError("omitted text %r present in candidate"
                                       % rt)
                else:
                    text = e["text"]
                    if not text or text != text.strip():
                        raise SetError("bad error text %r" % text)
                    start = locate(cand, text, e["occ"], where + " error")
                    end = start + len(text)
                    if rt is not None and text == rt:
                        raise SetError("error text equals ref_text")
                    if et == "repetition":
                        first = cand.find(text)
                        if first == -1 or first + len(text) > start:
                            raise SetError("repetition has no earlier copy")
                    if et == "addition" and text in ref:
                        raise SetError("addition text found in reference")
                if cuts_word(cand, start) or cuts_word(cand, end):
                    raise SetError("error span cuts a word: %r" % text)
                if cand[start:end] != text:
                    raise SetError("offset mismatch")
                errors.append({"start": start, "end": end, "text": text,
                               "type": et, "severity": sev, "ref_text": rt})
                spans.append((start, end, "error " + repr(text)))
            for tr in case["traps"]:
                text, rt = tr["text"], tr["ref_text"]
                if not text or text != text.strip():
                    raise SetError("bad trap text %r" % text)
                if rt not in ref:
                    raise SetError("trap ref_text %r not in reference" % rt)
                if text == rt or text in ref:
                    raise SetError("trap %r is not a rewording" % text)
                start = locate(cand, text, tr["occ"], where + " trap")
                end = start + len(text)
                if cuts_word(cand, start) or cuts_word(cand, end):
                    raise SetError("trap span cuts a word: %r" % text)
                traps.append({"start": start, "end": end, "text": text,
                              "ref_text": rt})
                spans.append((start, end, "trap " + repr(text)))
            # no overlaps (an empty omission point may touch but not sit inside)
            for i in range(len(spans)):
                for j in range(i + 1, len(spans)):
                    s1, e1, n1 = spans[i]
                    s2, e2, n2 = spans[j]
                    if s1 == e1 or s2 == e2:
                        p, (s, e) = ((s1, (s2, e2)) if s1 == e1
                                     else (s2, (s1, e1)))
                        clash = s < p < e
                    else:
                        clash = s1 < e2 and s2 < e1
                    if clash:
                        raise SetError("overlap: %s / %s" % (n1, n2))
            if label == "consistent":
                if errors:
                    raise SetError("consistent pair with errors")
                if not 3 <= len(traps) <= 5:
                    raise SetError("consistent pair needs 3-5 traps")
            else:
                if not errors:
                    raise SetError("inconsistent pair without errors")
                if len(traps) > 3:
                    raise SetError("inconsistent pair has >3 traps")
            errors.sort(key=lambda x: (x["start"], x["end"]))
            traps.sort(key=lambda x: (x["start"], x["end"]))
            records.append({"id": cid, "domain": case["domain"], "mode": mode,
                            "reference": ref, "candidate": cand,
                            "label": label, "errors": errors, "traps": traps})
        except SetError as exc:
            problems.append("%s: %s" % (where, exc))

    # set-level composition
    if not problems:
        if len(records) != 40:
            problems.append("expected 40 pairs, got %d" % len(records))
        if seen_domains != set(DOMAINS):
            problems.append("domains missing: %s"
                            % sorted(set(DOMAINS) - seen_domains))
        combo = Counter((r["mode"], r["label"]) for r in records)
        want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
                ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
                ("translation", "consistent"): 5,
                ("translation", "inconsistent"): 5}
        if dict(combo) != want:
            problems.append("mode/label mix wrong: %s" % dict(combo))
        types = Counter(e["type"] for r in records for e in r["errors"])
        if sum(types.values()) != 30:
            problems.append("expected 30 errors, got %d" % sum(types.values()))
        for et in ERROR_TYPES:
            if types[et] < 2:
                problems.append("error type %s has %d < 2" % (et, types[et]))
        per_pair = Counter(len(r["errors"]) for r in records
                           if r["label"] == "inconsistent")
        if sum(v for k, v in per_pair.items() if k in (1, 2)) < 15:
            problems.append("too few inconsistent pairs with 1-2 errors")
    return records, problems


def summary(records):
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    per_pair = Counter(len(r["errors"]) for r in records
                       if r["label"] == "inconsistent")
    combo = Counter((r["mode"], r["label"]) for r in records)
    tr_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    tr_i = sum(len(r["traps"]) for r in records if r["label"] != "consistent")
    wc = [words(r["reference"]) for r in records]
    lines = [
        "pairs: %d" % len(records),
        "mode/label: " + ", ".join("%s-%s=%d" % (m, l, c)
                                   for (m, l), c in sorted(combo.items())),
        "errors: %d  %s" % (sum(types.values()),
                            ", ".join("%s=%d" % (t_, types[t_])
                                      for t_ in ERROR_TYPES)),
        "severity: " + ", ".join("%s=%d" % (s, sev[s]) for s in SEVERITIES),
        "errors per inconsistent pair: " + ", ".join(
            "%d->%d" % (k, v) for k, v in sorted(per_pair.items())),
        "traps: %d (consistent %d, inconsistent %d)" % (tr_c + tr_i, tr_c,
                                                        tr_i),
        "reference words: min %d, max %d, mean %.1f" % (
            min(wc), max(wc), sum(wc) / len(wc)),
    ]
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    records, problems = build()
    if problems:
        for p in problems:
            print("INVALID:", p, file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check passed; nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s (%d lines)" % (OUT_PATH, len(records)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
