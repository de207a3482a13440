#!/usr/bin/env python3
"""Held-out evaluation set 20 for the fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw
no code or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries,
currencies or bodies appear only as background). Character offsets are never
typed by hand: they are computed here by string search (with an occurrence
index where a quoted text repeats) and the whole set is validated before
set20.jsonl (next to this script) is written.

Composition (40 pairs, one domain each):
  * 20 rewrites (10 consistent, 10 inconsistent)
  * 10 summaries (5 consistent, 5 inconsistent)
  * 10 translations (5 consistent, 5 inconsistent; both texts are independent
    English translations of the same non-English story)
  * 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
    two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 2, event 3, omission 2, addition 2, repetition 2
  * every consistent pair carries 3-5 traps (faithful rewordings a naive
    checker might flag); inconsistent pairs carry 0-3.

Usage: python3 make_set20.py          validate and write set20.jsonl
       python3 make_set20.py --check  validate only, write nothing
"""
import json
import os
import re
import sys

N = 20
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)

DOMAINS = [
    "dental clinics", "diamond trade", "diesel trains", "disability benefits",
    "diving boards", "dog shelters", "dressmaking", "driving tests",
    "drought relief", "dry cleaning", "duck farming", "e-books",
    "egg production", "electric buses", "embroidery", "emergency shelters",
    "employment agencies", "energy efficiency grants", "escape rooms",
    "esports", "ethanol plants", "eye hospitals", "falconry",
    "farmers markets", "fashion weeks", "ferris wheels", "fibre optics",
    "field hockey", "figure skating", "fire hydrants", "fish markets",
    "flag making", "flood insurance", "florists", "flour milling cooperatives",
    "flying schools", "food banks", "football stadiums",
    "forest fires monitoring", "fossil hunting",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def norm(s):
    """Collapse the whitespace of a triple-quoted paragraph into one line."""
    return " ".join(s.split())


def E(text, etype, severity, ref_text, occ=0, in_ref_ok=False):
    """An error span: `text` is its occ-th occurrence in the candidate.
    in_ref_ok: the span's words also occur in the reference, but elsewhere
    (e.g. a place name moved to the wrong referent)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ, "in_ref_ok": in_ref_ok}


def OM(after, ref_text, severity, occ=0):
    """An omission located right after the occ-th occurrence of `after`."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def case(domain, mode, ref, cand, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": norm(ref),
                  "candidate": norm(cand), "errors": list(errors),
                  "traps": list(traps)})


# ---------------------------------------------------------------------------
# REWRITES (20)
# ---------------------------------------------------------------------------

case("dental clinics", "rewrite",
'''The regional health authority of Varnholm announced on 3 March that it will
open four new public dental clinics by the end of 2025, aiming to cut waiting
lists that now stand at an average of 14 months. The clinics, in Brelford,
Oskarby, Tunmouth and Selwick, will cost 38 million crowns in total and are
expected to employ 120 staff, including 45 dentists. Authority director Helena
Marsk said the shortage of treatment in rural districts had become
"unacceptable". Private clinics in the region have raised prices by 22 percent
since 2021, according to the authority's own figures. The programme will be
funded jointly by the authority and the national health ministry, with each
covering half of the cost.''',
'''Four new public dental clinics, in Brelford, Oskarby, Tunmouth and Selwick,
will open before the close of 2025, Varnholm's regional health authority
announced on 3 March. The goal is to shorten waiting lists that currently
average a year and two months. The clinics will cost 38 million crowns in all
and are likely to employ 120 staff, 45 of them dentists. The authority's
director, Helena Marsk, said the shortage of treatment in rural districts had
become "unacceptable". Figures compiled by the authority show that private
clinics in the region have put up their prices by 22 percent since 2021. The
authority and the national health ministry will split the cost equally.''',
traps=[
    T("before the close of 2025", "by the end of 2025"),
    T("a year and two months", "14 months"),
    T("are likely to employ", "are expected to employ"),
    T("Figures compiled by the authority show", "according to the authority's own figures"),
    T("split the cost equally", "with each covering half of the cost"),
])

case("diamond trade", "rewrite",
'''Rough diamond sales through the Kessington Bourse fell 17 percent in the
first half of the year to $2.3 billion, the exchange said in its semi-annual
report released on Thursday. Bourse chairman Aldo Prentiss blamed weaker demand
from jewellery makers in Asia and a build-up of unsold polished stones among
mid-sized cutters. Analysts at the brokerage Hallam & Voss said prices for
stones above two carats had held up better, slipping only 4 percent. The
exchange registered 310 trading members at the end of June, down from 342 a
year earlier. Prentiss said he expected conditions to improve "modestly" in the
fourth quarter, but warned that several smaller trading houses might not
survive until then.''',
'''Sales of rough diamonds on the Kessington Bourse dropped 17 percent in the
first six months of the year to $3.2bn, according to the exchange's
semi-annual report, published on Thursday. Chairman Aldo Prentiss put the
decline down to softer demand from Asian jewellery makers and a glut of unsold
polished stones at mid-sized cutters. He added that prices for stones above two
carats had proved more resilient, easing just 4 percent. The exchange had 310
trading members at the end of June, compared with 342 twelve months before.
Prentiss said he expected conditions to improve "modestly" in the fourth
quarter, though he cautioned that several smaller trading houses might not
last that long.''',
errors=[
    E("$3.2bn", "number", "major", "$2.3 billion"),
    E("He added", "attribution", "major", "Analysts at the brokerage Hallam & Voss said"),
],
traps=[
    T("the first six months of the year", "the first half of the year"),
    T("twelve months before", "a year earlier"),
])

case("diesel trains", "rewrite",
'''Northline Rail will withdraw its last 26 diesel trains from the Caddow Valley
route by September 2027, replacing them with battery-electric units built by
Tresk Rolling Stock, the operator said on Monday. The 410 million euro
contract, signed last week, covers 30 new trains, with an option for eight
more. The new units will cut journey times between Marlow Junction and Fennick
by about 12 minutes, Northline said. Chief executive Rosa Delahunt described
the diesel fleet, most of it built in the 1980s, as "expensive to run and
increasingly hard to maintain". Unions have welcomed the order but said they
want guarantees that maintenance work will stay at the Caddow depot, which
employs 180 people.''',
'''By September 2027 the final 26 diesel trains on the Caddow Valley route will
have been taken out of service and replaced with battery-electric units built
by Tresk Rolling Stock, Northline Rail announced on Monday. The €410m contract,
which was signed the previous week, covers 30 new trains, and Northline has the
option of ordering another eight. According to the operator, the new units will
shorten the journey between Marlow Junction and Fennick by roughly 12 minutes.
Rosa Delahunt, the chief executive, said the diesel fleet, mostly dating from
the 1980s, was "expensive to run and increasingly hard to maintain". While
unions welcomed the order, they are seeking guarantees that maintenance work
will remain at the Caddow depot and its 180 jobs.''',
traps=[
    T("€410m", "410 million euro"),
    T("signed the previous week", "signed last week"),
    T("the option of ordering another eight", "an option for eight more"),
    T("roughly 12 minutes", "about 12 minutes"),
    T("the Caddow depot and its 180 jobs", "the Caddow depot, which employs 180 people"),
])

case("disability benefits", "rewrite",
'''The Ministry of Social Affairs of Ostravia will raise the monthly disability
allowance by 6.5 percent from 1 January, Minister Paula Renner told parliament
on Wednesday. About 212,000 people receive the allowance, which currently
stands at 740 marks a month. Renner said the ministry may also extend
eligibility to people with certain chronic illnesses, but that no decision
would be taken before the spring. The increase will cost the state an
additional 123 million marks next year. Disability groups said the rise fell
short of inflation, which reached 8.1 percent in October, and called for
reassessment interviews to be shortened for applicants with permanent
conditions.''',
'''Ostravia's monthly disability allowance is to rise by 6.5 percent from
1 January, Social Affairs Minister Paula Renner told parliament on Wednesday.
The allowance, currently 740 marks a month, is paid to about 212,000 people.
Renner said the ministry would also extend eligibility to people with certain
chronic illnesses, though a decision will not be taken before the spring. The
increase will add 123 million marks to state spending next year. Disability
groups complained that the rise lagged behind inflation, which hit 8.1 percent
in October, and urged that reassessment interviews be shortened.''',
errors=[
    E("would also extend", "modality", "major", "may also extend"),
    OM("urged that reassessment interviews be shortened",
       "for applicants with permanent conditions", "major"),
],
traps=[
    T("lagged behind inflation", "fell short of inflation"),
    T("add 123 million marks to state spending", "cost the state an additional 123 million marks"),
])

case("diving boards", "rewrite",
'''The Lindqvist Aquatic Centre in Harrowgate will reopen its 10-metre diving
platform on 14 June after a seven-month closure for safety repairs, the city
council said on Friday. Inspectors found corrosion in the platform's steel
supports last October and ordered it shut. The repairs cost 860,000 pounds,
about a third more than originally budgeted, because additional damage was
discovered once work began. The 1-metre and 3-metre springboards remained open
throughout. Council leisure chief Martin Oyelaran said the national junior
diving championships, due to be held at the centre in August, would go ahead
as planned. The centre's diving club, which has 240 members, had been training
in a neighbouring town during the closure.''',
'''Harrowgate's Lindqvist Aquatic Centre will open its 10-metre diving platform
again on 14 June, after keeping it shut for seven months for safety repairs,
the city council announced on Friday. Inspectors ordered the platform closed
last October after finding corrosion in its steel supports. Because further
damage came to light once work had started, the repairs came to £860,000,
roughly 33 percent over the original budget. The 1-metre and 3-metre
springboards stayed in use the whole time. The national junior diving
championships, scheduled to take place at the centre in August, will go ahead
as planned, according to Martin Oyelaran, who heads leisure at the council.
During the closure, the centre's 240-member diving club had been training in a
neighbouring town.''',
traps=[
    T("open its 10-metre diving platform again", "reopen its 10-metre diving platform"),
    T("£860,000", "860,000 pounds"),
    T("roughly 33 percent over the original budget", "about a third more than originally budgeted"),
    T("stayed in use the whole time", "remained open throughout"),
    T("240-member diving club", "diving club, which has 240 members"),
])

case("dog shelters", "rewrite",
'''The Hartwell Animal Trust has taken over the running of the Millbrook dog
shelter from the local council, which had struggled to fund it since 2022, the
trust said on Tuesday. The shelter, which houses about 90 dogs, will stay on
its Quarry Lane site, which the trust will lease from the council for a nominal
one pound a year. The trust plans to spend 1.4 million pounds over three years
on new kennels and a veterinary room. All 14 shelter staff will transfer to the
trust on their existing contracts. Council spokesperson Denise Abara said the
handover would save the authority around 300,000 pounds a year. Adoptions at
Millbrook rose by a fifth last year, to 412 dogs.''',
'''The local council, which had found it hard to fund the Millbrook dog shelter
since 2022, has handed its running over to the Hartwell Animal Trust, the trust
said on Tuesday. The shelter's roughly 90 dogs will stay at the Quarry Lane
site, with the council leasing the site from the trust for a token £1 a year.
Over three years the trust intends to invest £1.4m in new kennels and a
veterinary room. The 14 staff will all move across to the trust on their
current contracts. According to council spokesperson Denise Abara, the
authority will save about £300,000 annually from the handover. Last year
adoptions at Millbrook went up by 20 percent, to 412 dogs.''',
errors=[
    E("the council leasing the site from the trust", "role", "major",
      "which the trust will lease from the council"),
],
traps=[
    T("about £300,000 annually", "around 300,000 pounds a year"),
    T("went up by 20 percent", "rose by a fifth"),
])

case("dressmaking", "rewrite",
'''Fenwick & Lyle, the family-owned dressmaking business based in Calderbridge,
has been bought by the fashion group Orsana Holdings for an undisclosed sum,
the two companies said on 9 May. Fenwick & Lyle, founded in 1931, employs 64
seamstresses and cutters and makes about 5,000 made-to-measure dresses a year.
Orsana said it would keep the workshop in Calderbridge and had no plans to cut
jobs. Managing director Clara Fenwick, the founder's granddaughter, will stay
on for at least two years. Orsana chief executive Tomas Ruhl said the deal
would give the group "a foothold in bespoke tailoring", a market he estimated
to be worth 900 million dollars in Europe.''',
'''Fashion group Orsana Holdings has acquired Fenwick & Lyle, a family-owned
dressmaker based in Calderbridge, the two companies announced on 9 May, without
disclosing the price. Founded in 1931, Fenwick & Lyle has a staff of 64
seamstresses and cutters and produces around 5,000 made-to-measure dresses
annually. The workshop will remain in Calderbridge and no job cuts are planned,
Orsana said. Clara Fenwick, the managing director and granddaughter of the
founder, will stay with the business for a minimum of two years. According to
Orsana's chief executive, Tomas Ruhl, the deal will give the group "a foothold
in bespoke tailoring", a European market he put at $900m.''',
traps=[
    T("without disclosing the price", "for an undisclosed sum"),
    T("around 5,000 made-to-measure dresses annually", "about 5,000 made-to-measure dresses a year"),
    T("no job cuts are planned", "had no plans to cut jobs"),
    T("for a minimum of two years", "for at least two years"),
    T("$900m", "900 million dollars"),
])

case("driving tests", "rewrite",
'''The Driver Licensing Agency of Marland will introduce evening slots for
practical driving tests from 2 April, in an attempt to reduce a backlog of
58,000 candidates, the agency said on Thursday. Tests will be available until
8 p.m. on weekdays at 40 of the country's 73 test centres. The agency has also
recruited 210 new examiners since January, though it said most would not be
fully trained until the summer. The average wait for a test is currently 19
weeks. Agency director Samuel Kettering said the measures were not expected to
clear the backlog before the end of next year. Driving instructors'
associations welcomed the extended hours but criticised the agency for not
consulting them.''',
'''Practical driving tests will be offered in the evening from 2 April as
Marland's Driver Licensing Agency tries to cut a backlog of 58,000 candidates,
the agency said on Thursday. At 40 of the country's 73 test centres, candidates
will be able to take tests as late as 9 p.m. on weekdays. Since January the
agency has also taken on 210 new examiners, although it said the majority would
not be fully trained before the summer. Candidates currently wait 19 weeks on
average for a test. Agency director Samuel Kettering said the measures were
expected to clear the backlog before the end of next year. Associations
representing driving instructors welcomed the longer hours but criticised the
agency for failing to consult them.''',
errors=[
    E("as late as 9 p.m.", "date", "minor", "until 8 p.m."),
    E("were expected to clear the backlog", "polarity", "critical",
      "were not expected to clear the backlog"),
],
traps=[
    T("the majority would not be fully trained before the summer",
      "most would not be fully trained until the summer"),
    T("failing to consult them", "not consulting them"),
])

case("drought relief", "rewrite",
'''The government of Saravia approved an emergency drought relief package worth
2.4 billion dollars on Monday, after rainfall in the northern provinces fell to
its lowest level in 40 years. The package includes direct payments of up to
15,000 dollars to about 60,000 small-scale farmers, subsidised animal feed, and
funds to truck water to 310 villages. Agriculture Minister Joseph Nkemba said
payments would begin within three weeks. The national weather office forecast
that below-average rainfall was likely to continue until at least March.
Farmers' unions welcomed the package but said it had come too late for many
herders, who had already sold much of their livestock at low prices.''',
'''On Monday Saravia's government signed off on a 2.4 billion dollar emergency
package to counter the drought, after the northern provinces recorded their
lowest rainfall in four decades. Around 60,000 small-scale farmers will receive
direct payments of as much as 15,000 dollars each, and the package also covers
subsidised animal feed and money to deliver water by truck to 310 villages.
Payments will start within 21 days, Agriculture Minister Joseph Nkemba said.
Below-average rainfall is expected to persist until March at the earliest,
according to the national weather office. Farmers' unions welcomed the package
but said it came too late for many herders, who had already sold much of their
livestock cheaply.''',
traps=[
    T("signed off on", "approved"),
    T("in four decades", "in 40 years"),
    T("as much as 15,000 dollars", "up to 15,000 dollars"),
    T("within 21 days", "within three weeks"),
    T("expected to persist until March at the earliest", "likely to continue until at least March"),
])

case("dry cleaning", "rewrite",
'''Pressright, the dry cleaning chain with 118 branches across Wendland, will
phase out the solvent perchloroethylene by the end of 2026, the company said on
Wednesday. The chain will switch to a water-based cleaning process at a cost of
about 9 million euros, mostly for new machines. Environmental regulators
classified perchloroethylene as a probable carcinogen in 2019 and have told
operators to stop using it by 2030. Pressright chief executive Ines Waller said
the company would not raise prices to cover the investment. The chain cleans
around 2.6 million garments a year and employs 730 people. Smaller independent
dry cleaners have warned that the cost of new equipment could force many of
them to close.''',
'''Pressright, which runs 118 dry cleaning branches across Wendland, said on
Wednesday it would stop using the solvent perchloroethylene by the end of 2026.
The switch to a water-based process will cost about €9m, mostly for new
machines. Environmental regulators classified the solvent as a probable
carcinogen in 2019 and have told operators to stop using it by 2030. Chief
executive Ines Waller said prices would not go up to pay for the investment.
The switch to a water-based process will cost about €9m. The chain, which
employs 370 people, cleans some 2.6 million garments annually. Smaller
independent dry cleaners have warned that many of them could be forced to
close by the cost of new equipment.''',
errors=[
    E("The switch to a water-based process will cost about €9m", "repetition",
      "minor", None, occ=1),
    E("employs 370 people", "number", "major", "employs 730 people"),
],
traps=[
    T("prices would not go up to pay for the investment",
      "would not raise prices to cover the investment"),
    T("some 2.6 million garments annually", "around 2.6 million garments a year"),
])

case("duck farming", "rewrite",
'''Avian influenza has been confirmed at a duck farm near the village of Trellin,
the Ministry of Agriculture of Kovania said on Saturday. All 23,000 ducks on
the farm will be culled, and a 10-kilometre surveillance zone has been set up
around it. The ministry said there was no evidence so far that the virus had
spread to other farms, but that tests were being carried out at 17 holdings
within the zone. Movement of poultry out of the zone is banned for at least 30
days. It is the third outbreak in the country this year. Chief veterinary
officer Anna Lisowa said the risk to people remained very low, and that
properly cooked poultry meat and eggs were safe to eat.''',
'''Kovania's agriculture ministry confirmed on Saturday that avian influenza had
been found at a duck farm close to the village of Trellin. The farm's entire
flock of 23,000 ducks is to be culled, and a 10km surveillance zone has been
put in place around the site. So far, the ministry said, there is nothing to
suggest the virus has reached other farms, although 17 holdings inside the zone
are being tested. Poultry may not be moved out of the zone for a minimum of 30
days. This is the country's third outbreak this year. According to Anna Lisowa,
the chief veterinary officer, the risk to humans is still very low, and poultry
meat and eggs are safe to eat if properly cooked.''',
traps=[
    T("The farm's entire flock of 23,000 ducks", "All 23,000 ducks on the farm"),
    T("there is nothing to suggest", "there was no evidence so far"),
    T("for a minimum of 30 days", "for at least 30 days"),
    T("poultry meat and eggs are safe to eat if properly cooked",
      "properly cooked poultry meat and eggs were safe to eat"),
])

case("e-books", "rewrite",
'''Library network Readwell has signed a licensing agreement with publisher
Marigold Press that will let its 1.1 million members borrow Marigold's e-books
for the first time, the two companies said on Tuesday. The deal covers about
8,500 titles and runs for three years. Marigold had previously refused to
license its e-books to libraries, arguing that lending hurt sales. Readwell
will pay a fixed annual fee, which neither side disclosed, rather than a charge
per loan. Each title can be borrowed by one reader at a time. Readwell director
Olga Baines said the agreement ended "a long stand-off" and that talks with two
other publishers were continuing.''',
'''Readwell's 1.1 million members will be able to borrow e-books from Marigold
Press for the first time under a licensing agreement between the library
network and the publisher, the two companies announced on Tuesday. The
three-year deal covers roughly 8,500 titles. Until now Marigold had refused to
license its e-books to libraries, on the grounds that lending damaged sales.
Rather than paying per loan, Readwell will pay an undisclosed fixed fee each
year. Only one reader at a time can borrow each title. Director Olga Baines
said the agreement ended "a long stand-off", adding that Readwell had also
signed deals with two other publishers.''',
errors=[
    E("Readwell had also signed deals with two other publishers", "event", "major",
      "talks with two other publishers were continuing"),
],
traps=[
    T("on the grounds that lending damaged sales", "arguing that lending hurt sales"),
    T("an undisclosed fixed fee each year", "a fixed annual fee, which neither side disclosed"),
    T("Only one reader at a time can borrow each title",
      "Each title can be borrowed by one reader at a time"),
])

case("egg production", "rewrite",
'''Egg production in Duvania fell by 11 percent last year to 4.3 billion eggs,
the national statistics office said on 21 February, as farmers reduced flock
sizes in response to high feed costs. The number of laying hens dropped to 15.2
million from 17.1 million a year earlier. Free-range eggs accounted for 38
percent of output, up from 31 percent. Average retail prices for a dozen eggs
rose by a quarter over the year, to 3.90 dollars. The office said output was
likely to recover slightly this year as feed prices eased, but it did not
expect a return to previous levels before 2026. Imports, mainly from
neighbouring countries, nearly doubled to 410 million eggs.''',
'''Duvania produced 4.3 billion eggs last year, 11 percent fewer than the year
before, as high feed costs led farmers to cut the size of their flocks, the
national statistics office reported on 21 February. Laying hens numbered 15.2
million, compared with 17.1 million a year earlier. The free-range share of
output climbed to 38 percent from 31 percent. Over the year, the average retail
price of a dozen eggs went up 25 percent to $3.90. Output will probably recover
a little this year as feed becomes cheaper, the office said, though it does not
expect production to return to previous levels until 2026 at the earliest.
Imports, mostly from neighbouring countries, almost doubled to 410 million
eggs.''',
traps=[
    T("went up 25 percent", "rose by a quarter"),
    T("$3.90", "3.90 dollars"),
    T("will probably recover a little", "was likely to recover slightly"),
    T("until 2026 at the earliest", "before 2026"),
    T("almost doubled", "nearly doubled"),
])

case("electric buses", "rewrite",
'''The city of Port Alden will replace its entire fleet of 240 diesel buses with
electric models by 2030, Mayor Lucia Ferrante announced on Monday. The first 60
electric buses, ordered from the manufacturer Voltara Motors, will enter
service next spring on the busiest routes. The city's transport company, Alden
Transit, estimates that the switch will cut its fuel and maintenance costs by
around 14 million dollars a year once completed. The programme will cost 310
million dollars, of which 120 million will come from the national Green
Mobility Fund, run by the Ministry of Infrastructure. Two depots will be fitted
with charging equipment. Ferrante said the changeover would also reduce noise
on residential streets.''',
'''Port Alden's entire 240-strong diesel bus fleet is to be replaced with
electric models by 2030, Mayor Lucia Ferrante said on Monday. The first 60
electric buses have been ordered from Voltara Motors and will go into service
on the busiest routes next spring. Once the switch is complete, fuel and
maintenance costs should fall by some $14m a year, according to estimates by
the city's transport company, Alden Transit. Of the $310m cost, $120m will be
provided by the national Green Mobility Fund, administered by the environment
ministry. Charging equipment, which will be supplied by Voltara, will be
installed at two depots. The mayor said the changeover would also make
residential streets quieter.''',
errors=[
    E("the environment ministry", "entity", "major", "the Ministry of Infrastructure"),
    E("which will be supplied by Voltara", "addition", "minor", None),
],
traps=[
    T("240-strong diesel bus fleet", "fleet of 240 diesel buses"),
    T("make residential streets quieter", "reduce noise on residential streets"),
])

case("embroidery", "rewrite",
'''A 17th-century embroidered altar cloth stolen from St Aldric's church in
Wexley in 1994 has been returned after it was spotted in an online auction
listing, police said on Thursday. The cloth, which is decorated with silk and
gold thread, was withdrawn from sale by the auction house Pemberton & Gale
after a parishioner recognised it from old photographs. Detectives said the
seller, a 71-year-old collector, had bought it in good faith in 2003 and would
not face charges. Textile conservator Marion Eads estimated its value at around
45,000 pounds. The parish plans to display the cloth in a glass case rather
than use it during services.''',
'''Police said on Thursday that an embroidered altar cloth dating from the 1600s,
which was stolen from St Aldric's church in Wexley in 1994, had been returned
after it turned up in an online auction listing. The auction house Pemberton &
Gale pulled the cloth, which is decorated with silk and gold thread, from the
sale when a parishioner recognised it from old photographs. According to
detectives, the seller, a collector aged 71, had bought it in good faith in
2003 and will not be charged. Textile conservator Marion Eads put its value at
roughly £45,000. Rather than using it during services, the parish intends to
display the cloth in a glass case.''',
traps=[
    T("dating from the 1600s", "17th-century"),
    T("a collector aged 71", "a 71-year-old collector"),
    T("will not be charged", "would not face charges"),
    T("roughly £45,000", "around 45,000 pounds"),
])

case("emergency shelters", "rewrite",
'''The city of Grantham Vale opened 12 additional emergency shelters on Sunday
night as temperatures fell to minus 18 degrees, the municipal social services
department said. The new shelters, mostly in school gyms and community halls,
added 640 beds to the 1,100 already available. Around 1,450 people used the
shelters overnight, up from about 900 the previous week. The department said
outreach teams had visited 85 sites where rough sleepers were known to gather.
Deputy mayor Kofi Asante urged residents who saw anyone sleeping outdoors to
call a dedicated hotline. The shelters will stay open at least until Friday,
when temperatures are forecast to rise above minus 5 degrees.''',
'''With temperatures dropping to minus 18 degrees, Grantham Vale opened a
further 12 emergency shelters on Sunday night, the city's social services
department said. Set up mostly in school gyms and community halls, the new
shelters provide 640 extra beds, bringing the total to 1,640. About 1,450
people spent the night in the shelters, compared with roughly 900 the week
before. Outreach teams had visited 85 sites where rough sleepers were known to
gather, the department said. Deputy mayor Kofi Asante appealed to residents to
ring a dedicated hotline if they saw anyone sleeping outdoors. The shelters
will remain open until Friday at the earliest, when temperatures are expected
to climb above minus 5 degrees.''',
errors=[
    E("bringing the total to 1,640", "number", "major", "the 1,100 already available"),
],
traps=[
    T("a further 12 emergency shelters", "12 additional emergency shelters"),
    T("until Friday at the earliest", "at least until Friday"),
    T("expected to climb", "forecast to rise"),
])

case("employment agencies", "rewrite",
'''Staffline Group, the largest employment agency in Norvale, reported a 9
percent drop in placements in the third quarter, as companies in manufacturing
and logistics hired fewer temporary workers. The agency placed 42,300 people in
jobs between July and September, compared with 46,500 a year earlier. Revenue
fell 4 percent to 318 million dollars, a smaller decline because average pay
rates rose. Chief executive Martina Oduya said demand had stabilised in October
but that she did not expect a significant recovery before the second half of
next year. The company will close 14 of its 160 branches, mostly in smaller
towns, and move more of its recruitment online. No redundancies are planned;
affected staff will be offered roles at other branches.''',
'''Placements at Staffline Group, Norvale's biggest employment agency, fell 9
percent in the third quarter because manufacturing and logistics firms took on
fewer temporary workers. Between July and September the agency found jobs for
42,300 people, down from 46,500 in the same period last year. Revenue declined
by a smaller 4 percent, to $318m, as average pay rates went up. Chief executive
Martina Oduya said demand had levelled off in October, but she did not expect a
significant recovery before the second half of next year. Fourteen of the
group's 160 branches, most of them in smaller towns, will close, and more of
its recruitment will move online. There will be no redundancies: staff at the
affected branches will be offered roles at other branches.''',
traps=[
    T("Norvale's biggest employment agency", "the largest employment agency in Norvale"),
    T("in the same period last year", "a year earlier"),
    T("$318m", "318 million dollars"),
    T("levelled off", "stabilised"),
    T("Fourteen of the group's 160 branches", "14 of its 160 branches"),
])

case("energy efficiency grants", "rewrite",
'''Homeowners in the province of Estmark will be able to apply for grants of up
to 7,500 dollars for insulation and heat pumps from 1 October, the provincial
energy department said on Tuesday. The scheme, worth 95 million dollars over
two years, is open to households with an annual income below 80,000 dollars.
Households that received a grant under the previous scheme, which closed in
2022, cannot apply again. Landlords are not eligible in the first year, but the
department said they could be included from 2026 if funds remain. Applicants
must have an energy assessment carried out before any work begins. Energy
minister Devin Harrow said the grants should help about 14,000 homes cut their
heating bills by an average of 30 percent.''',
'''From 1 October, homeowners in Estmark province can apply for grants of as
much as $7,500 towards insulation and heat pumps, the provincial energy
department announced on Tuesday. The $95m, two-year scheme is restricted to
households earning less than $80,000 a year. Households that benefited from the
previous scheme, which closed in 2022, can also apply. Landlords will be
excluded in the first year, but the department said they will be brought in
from 2026. An energy assessment must be carried out before any work starts.
Energy minister Devin Harrow said the grants should help around 14,000 homes
reduce their heating bills by 30 percent on average.''',
errors=[
    E("can also apply", "polarity", "critical", "cannot apply again"),
    E("they will be brought in from 2026", "modality", "major",
      "they could be included from 2026 if funds remain"),
],
traps=[
    T("restricted to households earning less than $80,000 a year",
      "open to households with an annual income below 80,000 dollars"),
    T("reduce their heating bills by 30 percent on average",
      "cut their heating bills by an average of 30 percent"),
])

case("escape rooms", "rewrite",
'''The city council of Bramport has ordered all 19 escape rooms in the city to
install emergency release mechanisms on their doors within 60 days, following
a fire at a venue on Mercer Street last month in which two players were
briefly trapped. Nobody was seriously hurt in that incident. Inspectors who
visited every venue after the fire found that seven had no working emergency
exit. Those seven have been closed until they comply. Council safety officer
Greta Lindahl said the rules would apply to any new venues as well. The
Bramport Escape Room Association, which represents 15 of the operators, said
its members supported the measures but asked for more time to carry out the
work.''',
'''Following last month's fire at a venue on Mercer Street, in which two players
were trapped for a short time, Bramport city council has set all 19 of the
city's escape rooms a 60-day deadline to fit emergency release mechanisms to
their doors. No one suffered serious injuries in the fire. When inspectors
visited every venue afterwards, they found seven without a working emergency
exit, and these have been shut until they meet the requirements. The rules will
also cover any new venues, said council safety officer Greta Lindahl. The
Bramport Escape Room Association, which speaks for 15 of the operators, said
its members backed the measures but asked for more time to complete the
work.''',
traps=[
    T("trapped for a short time", "briefly trapped"),
    T("a 60-day deadline", "within 60 days"),
    T("No one suffered serious injuries", "Nobody was seriously hurt"),
    T("shut until they meet the requirements", "closed until they comply"),
    T("which speaks for 15 of the operators", "which represents 15 of the operators"),
])

case("esports", "rewrite",
'''The esports organisation Nightforge has signed a three-year sponsorship deal
with the energy drink maker Vantra worth 6 million dollars, the team said on
Friday. Vantra's logo will appear on the shirts of Nightforge's five
competitive squads from the start of the spring season on 3 March. Nightforge,
founded in 2017, finished second at last year's Continental Championship and
has 2.4 million followers on social media. Team owner Bastian Krol said the
money would be used to open a training facility in Riverholt before the end of
the year. Vantra previously sponsored the rival team Zenith Eight, but that
agreement expired in December and was not renewed.''',
'''Energy drink maker Vantra has signed a three-year sponsorship deal worth $6m
with esports organisation Nightforge, the team announced on Friday. From 3
March, when the spring season starts, the shirts of all five Nightforge
competitive squads will carry Vantra's logo. Set up in 2017, Nightforge came
runner-up at last year's Continental Championship and has 2.4 million social
media followers. The money will fund a training facility in Riverholt, due to
open early next year, according to team owner Bastian Krol. Vantra's previous
sponsorship of rival team Zenith Eight ended in December and was not
renewed.''',
errors=[
    E("early next year", "date", "major", "before the end of the year"),
],
traps=[
    T("Set up in 2017", "founded in 2017"),
    T("came runner-up", "finished second"),
    T("ended in December", "expired in December"),
])

# ---------------------------------------------------------------------------
# SUMMARIES (10)
# ---------------------------------------------------------------------------

case("ethanol plants", "summary",
'''Grainfield Energy will close its ethanol plant in Tarrow County at the end of
March, cutting 85 jobs, the company said on Wednesday. The plant, which opened
in 2009, converts about 400,000 tonnes of maize a year into fuel ethanol.
Grainfield said it had become unprofitable after the government reduced the
mandatory ethanol share in petrol from 10 percent to 7 percent last year, while
maize prices rose by nearly 40 percent. The company will keep running its
larger plant in Heddon, which employs 210 people. Local farmers, who supplied
most of the plant's maize, said they would now have to transport their crops
more than 150 kilometres to the nearest buyer. County officials said they would
seek talks with the company about finding a new operator for the site.''',
'''Grainfield Energy is closing its Tarrow County ethanol plant at the end of
March, with the loss of 85 jobs, saying it became unprofitable after the
mandatory ethanol share in petrol was cut to 7 percent from 10 percent and
maize prices rose by nearly 40 percent. Its larger Heddon plant will stay open.
Local farmers say they will have to haul maize over 150 km to the nearest
buyer, and county officials will seek talks on finding a new operator.''',
traps=[
    T("with the loss of 85 jobs", "cutting 85 jobs"),
    T("to 7 percent from 10 percent", "from 10 percent to 7 percent"),
    T("will stay open", "will keep running"),
    T("over 150 km", "more than 150 kilometres"),
])

case("eye hospitals", "summary",
'''The Calloway Eye Hospital in Dunmere will open a new cataract surgery unit in
June that could double the number of operations it performs, the hospital
trust said on Monday. The unit, funded by a 12 million pound grant from the
Halvorsen Foundation, will have four operating theatres and is expected to
carry out up to 9,000 procedures a year. Waiting times for cataract surgery in
the region currently average 11 months. Medical director Dr Priya Anand said
the unit might also take patients from neighbouring regions if capacity
allowed. The trust still needs to recruit 30 nurses and six surgeons to staff
the unit, and has warned that the opening date could slip if recruitment falls
short.''',
'''Dunmere's Calloway Eye Hospital plans to open a four-theatre cataract unit in
June that could double its operations and is expected to handle up to 9,000
procedures a year. Funded by a £12m grant from the Calloway Foundation, the
unit will also take patients from neighbouring regions. Regional waits average
11 months, and the opening could be delayed if the trust fails to recruit 30
nurses and six surgeons.''',
errors=[
    E("the Calloway Foundation", "entity", "major", "the Halvorsen Foundation"),
    E("will also take patients from neighbouring regions", "modality", "major",
      "might also take patients from neighbouring regions"),
],
traps=[
    T("a £12m grant", "a 12 million pound grant"),
    T("the opening could be delayed", "the opening date could slip"),
])

case("falconry", "summary",
'''The falconry centre at Hawkmoor Castle will be allowed to keep operating
after the district planning committee voted 7 to 2 on Thursday to approve its
application for a permanent licence. The centre, run by the Ashdown family
since 1988, houses 46 birds of prey, including eagles, owls and peregrine
falcons, and attracts around 35,000 visitors a year. Neighbours had objected to
the noise and to traffic on the narrow access road. As a condition of the
licence, the centre must build a new car park and limit flying displays to
three a day between April and October. Owner Michael Ashdown said the family
was "hugely relieved" and would start work on the car park this winter.''',
'''Hawkmoor Castle's falconry centre, home to 46 birds of prey and drawing about
35,000 visitors annually, has won a permanent licence after planners voted 7-2
in its favour despite neighbours' objections over noise and traffic. It must
build a new car park and restrict flying displays to three daily from April to
October. Owner Michael Ashdown said the family, which has run the centre since
1988, was "hugely relieved".''',
traps=[
    T("about 35,000 visitors annually", "around 35,000 visitors a year"),
    T("voted 7-2", "voted 7 to 2"),
    T("three daily", "three a day"),
    T("from April to October", "between April and October"),
])

case("farmers markets", "summary",
'''The town of Ellisford will move its weekly farmers market from the old cattle
yard to Victoria Square from 6 April, the town council said on Friday. The
Saturday market, which is run by the Ellisford Growers' Cooperative on behalf
of the council, has around 55 stallholders and draws an estimated 4,000
shoppers each week. The cattle yard has been sold to the housing developer
Brookline Homes, which plans to build 120 flats on the site. Market manager
Hannah Pryce said the square would offer more space and better bus access, but
some traders worried that the lack of parking could put off customers from
outlying villages. Stall fees will be frozen at 25 pounds for the first year to
help traders through the move.''',
'''From 6 April Ellisford's Saturday farmers market, run by the council on
behalf of the Ellisford Growers' Cooperative, will move from the old cattle
yard, sold to Brookline Homes for 120 flats, to Victoria Square. The market
manager says the square offers more space and better bus links, though some
traders fear a lack of parking might deter shoppers from outlying villages. Stall fees stay frozen at
£25 for the first year.''',
errors=[
    E("run by the council on behalf of the Ellisford Growers' Cooperative", "role",
      "major", "run by the Ellisford Growers' Cooperative on behalf of the council"),
],
traps=[
    T("better bus links", "better bus access"),
    T("£25", "25 pounds"),
])

case("fashion weeks", "summary",
'''Organisers of the Solvaine Fashion Week have cut the event from seven days to
five and moved it from September to late October, citing rising costs and a
clash with larger shows abroad. The event, now in its 22nd year, will feature
38 designers, down from 51 last year, the organising council said on Tuesday.
Council president Eloise Marchand said ticket sales for public shows had held
steady but sponsorship income had fallen by about a third since 2022. For the
first time, some shows will be streamed online free of charge. The city
government has agreed to cover the cost of venues, estimated at 1.8 million
euros, for the next three editions.''',
'''Solvaine Fashion Week will shrink to five days from seven and shift from
September to late October because of rising costs and a clash with bigger shows
abroad, with 38 designers taking part against 51 last year. The council's
president says sponsorship income is down by roughly a third since 2022, though
public ticket sales have held steady. Some shows will be streamed free online, and the city will pay for
venues, put at €1.8m, for the next three editions.''',
traps=[
    T("shrink to five days from seven", "cut the event from seven days to five"),
    T("down by roughly a third", "fallen by about a third"),
    T("streamed free online", "streamed online free of charge"),
    T("put at €1.8m", "estimated at 1.8 million euros"),
])

case("ferris wheels", "summary",
'''A 65-metre Ferris wheel will be built on the Talmouth seafront and is
scheduled to open in July 2026, the borough council confirmed on Wednesday
after approving the plans. The wheel, operated by the leisure company Skyloop,
will have 36 enclosed cabins, each holding up to eight people, and a ride will
last about 15 minutes. Skyloop will pay the council an annual rent of 220,000
pounds for a 20-year lease. The council expects the attraction to bring around
300,000 extra visitors to the town each year. Some residents of the seafront
apartments opposed the plans, arguing that the wheel would block their sea
views and increase noise late at night.''',
'''Talmouth borough council has approved a 65-metre Ferris wheel, the tallest in
the country, for the seafront, due to open in spring 2026. Operator Skyloop will
pay £220,000 a year in rent on a 20-year lease for the 36-cabin wheel, which
the council expects to draw about 300,000 extra visitors annually. Some
seafront residents objected over lost sea views and late-night noise.''',
errors=[
    E("the tallest in the country", "addition", "minor", None),
    E("in spring 2026", "date", "major", "in July 2026"),
],
traps=[
    T("£220,000 a year in rent", "an annual rent of 220,000 pounds"),
    T("about 300,000 extra visitors annually", "around 300,000 extra visitors to the town each year"),
])

case("fibre optics", "summary",
'''Telecom operator Brightlink will connect 180,000 rural homes in the Dornach
region to fibre-optic broadband by the end of 2027 under a contract worth 260
million euros awarded by the regional government on Monday. About 45 percent of
the cost will be met from public funds, with Brightlink covering the rest. The
homes, spread across 320 villages, currently rely on copper lines that in many
cases deliver speeds below 10 megabits per second. The new connections will
offer speeds of up to 1 gigabit. Brightlink must offer wholesale access to
competing providers on the same terms for at least ten years. Work is due to
start in the northern districts in the spring.''',
'''The Dornach regional government on Monday awarded Brightlink a €260m contract
to bring fibre broadband of up to 1 gigabit to 180,000 rural homes in 320
villages by the end of 2027, replacing copper lines that often deliver under 10
megabits per second. The public purse will pay roughly 45 percent, and
Brightlink must give rival providers wholesale access on the same terms for a
decade or more.''',
traps=[
    T("€260m", "260 million euros"),
    T("The public purse will pay roughly 45 percent",
      "About 45 percent of the cost will be met from public funds"),
    T("under 10 megabits per second", "below 10 megabits per second"),
    T("for a decade or more", "for at least ten years"),
])

case("field hockey", "summary",
'''The national field hockey federation of Corvania has suspended head coach
Dario Venn for four matches after he was found to have verbally abused an
umpire during the league final on 12 May. Venn, who led Westbury Hockey Club to
the title in that match, will miss the first four games of next season. He has
also been fined 3,000 crowns. The federation's disciplinary panel said it had
taken into account his previously clean record and his written apology.
Westbury said it accepted the decision and would not appeal. The club's
assistant coach, Lena Ortiz, will take charge of the team during the
suspension.''',
'''Corvania's field hockey federation has banned Westbury coach Dario Venn for
four matches and fined him 3,000 crowns for verbally abusing an umpire in the
12 May league final, which Westbury lost. The panel took account of his clean
record and written apology. Westbury will not appeal, and assistant coach Lena
Ortiz will stand in during the suspension.''',
errors=[
    E("which Westbury lost", "event", "major",
      "who led Westbury Hockey Club to the title in that match"),
],
traps=[
    T("banned", "suspended"),
    T("his clean record", "his previously clean record"),
    T("will stand in during the suspension", "will take charge of the team during the suspension"),
])

case("figure skating", "summary",
'''Figure skater Mila Korhonen withdrew from the European Championships in
Lisvale on Thursday after injuring her right ankle in practice, her national
federation said. Korhonen, 19, was the reigning national champion and had been
considered a medal contender after finishing fourth at last year's
championships. Team doctor Erik Saari said scans showed a ligament strain
rather than a fracture, and that she was expected to return to training in
about three weeks. The federation said she would still aim to compete at the
World Championships in March. Her place in the women's event will be taken by
17-year-old Anni Lehto, who has never competed at a senior international
championship.''',
'''Reigning national champion Mila Korhonen, 19, a medal hope after coming
fourth last year, has pulled out of the European Championships with a right
ankle ligament strain sustained in practice; scans ruled out a fracture. She is
likely to resume training in around three weeks and still aims to compete at
the World Championships in March. Anni Lehto, 17, will replace her in her first
senior international championship.''',
traps=[
    T("a medal hope", "a medal contender"),
    T("coming fourth", "finishing fourth"),
    T("has pulled out of", "withdrew from"),
    T("scans ruled out a fracture", "scans showed a ligament strain rather than a fracture"),
    T("is likely to resume training in around three weeks",
      "was expected to return to training in about three weeks"),
])

case("fire hydrants", "summary",
'''An audit of fire hydrants in the city of Redcastle has found that one in
eight does not deliver enough water pressure for firefighting, the city's water
utility said on Monday. Inspectors tested all 6,400 hydrants between January
and August; 790 failed the pressure test and a further 210 were found to be
blocked or damaged. The utility said it would repair or replace the faulty
hydrants within 18 months at a cost of about 4.5 million dollars. Fire chief
Owen Delacroix said crews had not been hampered by low pressure at any major
fire this year, but called the findings "a wake-up call". The utility will now
inspect hydrants every year instead of every three years.''',
'''A Redcastle audit found that one in eight of the city's 6,400 fire hydrants
lacks enough pressure for firefighting, and 210 more are blocked or damaged.
The water utility will fix or replace them within 18 months for about $4.5m and
will now inspect hydrants every year instead of every three years. The fire
chief called the findings "a wake-up call", though low pressure had not
hampered crews at any major fire this year. The utility will now inspect
hydrants every year instead of every three years.''',
errors=[
    E("will now inspect hydrants every year instead of every three years",
      "repetition", "minor", None, occ=1),
],
traps=[
    T("fix or replace", "repair or replace"),
    T("for about $4.5m", "at a cost of about 4.5 million dollars"),
])

# ---------------------------------------------------------------------------
# TRANSLATIONS (10): reference and candidate are independent English
# translations of the same non-English news story.
# ---------------------------------------------------------------------------

case("fish markets", "translation",
'''The municipal fish market of Porto Estrela will close for renovation on 1
February and reopen in the autumn, the city hall announced yesterday. During
the works, which will cost 3.2 million euros, the 48 vendors will be moved to a
temporary tent structure in the Largo da Ribeira car park. The mayor, Rui
Tavares Mendes, said the building, inaugurated in 1958, no longer met hygiene
standards and that its roof was leaking. Vendors' association president Carla
Fonseca welcomed the renovation but expressed concern that sales could fall
during the temporary relocation. The city hall promised to waive market fees
for the vendors for the entire duration of the works.''',
'''Porto Estrela city hall said yesterday that the town's municipal fish market
will shut for refurbishment on 1 February and open its doors again in the
autumn. While the work, costing €3.2 million, is carried out, the market's 48
traders will operate from a provisional tent set up in the car park at Largo da
Ribeira. Mayor Rui Tavares Mendes stated that the building, which opened in
1958, no longer complied with hygiene rules and had a leaking roof. Carla
Fonseca, who chairs the vendors' association, welcomed the refurbishment but
said she feared sales might drop while the traders are in temporary premises.
The city hall has pledged that vendors will pay no market fees for as long as
the works last.''',
traps=[
    T("shut for refurbishment", "close for renovation"),
    T("€3.2 million", "3.2 million euros"),
    T("a provisional tent", "a temporary tent structure"),
    T("who chairs the vendors' association", "Vendors' association president"),
    T("vendors will pay no market fees for as long as the works last",
      "waive market fees for the vendors for the entire duration of the works"),
])

case("flag making", "translation",
'''The last flag factory in the region of Valdoria, Bandeiras Lemos, will cease
production at the end of the year after 74 years, its owner, Artur Lemos, told
this newspaper. The company, which employs 23 workers, has been hit by
competition from cheap imported flags, which now account for almost 90 percent
of the national market, according to the textile industry association. Lemos
said orders from town councils, once the firm's main customers, had fallen by
half in five years. The regional government said it was studying ways to
preserve the factory's hand-sewing techniques, possibly by funding a training
workshop. The workers will receive compensation in line with the law.''',
'''Bandeiras Lemos, the only flag maker still operating in the Valdoria region,
will stop production at the end of this year after 74 years in business, owner
Artur Lemos said in an interview with this paper. The firm, with a workforce of
23, has suffered from competition from low-cost imported flags, which, Lemos
says, now make up nearly 90 percent of the domestic market. Orders from
municipal councils, formerly its biggest clients, have halved over five years,
he said. The regional government stated that it is examining ways of preserving
the factory's hand-sewing know-how, perhaps by financing a training workshop.
The employees will be compensated as the law requires.''',
errors=[
    E("Lemos says", "attribution", "major", "according to the textile industry association"),
],
traps=[
    T("with a workforce of 23", "which employs 23 workers"),
    T("have halved over five years", "had fallen by half in five years"),
    T("perhaps by financing a training workshop", "possibly by funding a training workshop"),
])

case("flood insurance", "translation",
'''Insurers in Brenzland will be required to offer flood cover to all households
from next January, including those in high-risk zones, under a law passed by
parliament on Thursday by 312 votes to 145. Premiums for properties in the
highest-risk areas will be capped at 1.5 percent of the building's value per
year. A state-backed reinsurance fund, financed by a levy on all home insurance
policies, will cover the difference. The levy is expected to add about 25 euros
a year to an average policy. The insurance association said it accepted the law
but warned that the fund could run short after a major flood. About 190,000
homes are located in areas classified as high-risk.''',
'''Under legislation that parliament approved on Thursday by 312 votes to 145,
Brenzland's insurers must provide flood cover to every household from January
next year, high-risk areas included. For homes in the most exposed zones,
annual premiums may not exceed 1.5 percent of the value of the building. The
gap will be covered by a state-supported reinsurance fund paid for through a
levy on every home insurance policy, which should add roughly €25 a year to the
average policy. The insurers' association said it accepted the law but
cautioned that a major flood could leave the fund short of money. Some 190,000
homes lie in zones rated high-risk.''',
traps=[
    T("from January next year", "from next January"),
    T("high-risk areas included", "including those in high-risk zones"),
    T("may not exceed 1.5 percent", "will be capped at 1.5 percent"),
    T("should add roughly €25 a year", "is expected to add about 25 euros a year"),
    T("Some 190,000 homes", "About 190,000 homes"),
])

case("florists", "translation",
'''Florists in the city of Lüderbach expect Valentine's Day sales to be around 15
percent lower than last year because of a sharp rise in the price of imported
roses, the local florists' guild said on Monday. A bunch of twelve red roses
now costs customers about 48 marks, compared with 39 marks a year ago. Guild
chairwoman Sabine Kröll said higher transport costs and a poor harvest in the
main growing countries had pushed wholesale prices up by more than 30 percent.
Many of the city's 64 florist shops are promoting locally grown tulips as a
cheaper alternative. Kröll advised customers to order early, as some shops
would only take a limited number of orders on the day itself.''',
'''The Lüderbach florists' guild said on Monday that the city's florists expect
their Valentine's Day takings to be down by about 15 percent on last year,
owing to a steep increase in the cost of imported roses. Customers now pay
roughly 48 marks for a dozen red roses, against 39 marks last year. According
to guild chair Sabine Kröll, higher transport costs and a bad harvest in the
main producing countries have driven wholesale prices up by almost 30 percent.
Many of Lüderbach's 64 florists are pushing locally grown tulips as a less
expensive option. Kröll recommended that customers place their orders early,
since some shops would accept only a limited number of orders.''',
errors=[
    E("by almost 30 percent", "number", "minor", "by more than 30 percent"),
    OM("a limited number of orders", "on the day itself", "major"),
],
traps=[
    T("a dozen red roses", "A bunch of twelve red roses"),
    T("against 39 marks last year", "compared with 39 marks a year ago"),
])

case("flour milling cooperatives", "translation",
'''The Santa Lúcia flour milling cooperative, which groups 340 wheat farmers in
the interior of the province, will invest 5.6 million reais in a new mill that
will double its processing capacity to 200 tonnes of grain per day, its
president, Joaquim Barros, announced on Saturday. Half of the investment will
be financed by a low-interest loan from the state development bank. The new
mill should be operational by the 2025 harvest and will create 35 direct jobs.
According to Barros, the cooperative currently has to sell about a third of its
members' wheat to private mills at lower prices because it lacks capacity. The
project still depends on an environmental licence, which is expected within two
months.''',
'''Joaquim Barros, president of the Santa Lúcia flour milling cooperative, said
on Saturday that the cooperative, made up of 340 wheat growers from the
province's interior, is to spend 5.6 million reais on a new mill, doubling its
processing capacity to 200 tonnes of grain a day. A low-interest loan from the
state development bank will fund 50 percent of the investment. The mill is due
to be running in time for the 2025 harvest and will generate 35 direct jobs.
Barros said that, for lack of capacity, the cooperative is currently forced to
sell roughly one third of its members' wheat to private mills for less money.
The project still needs an environmental licence, which is expected to be
issued within two months.''',
traps=[
    T("made up of 340 wheat growers", "which groups 340 wheat farmers"),
    T("will fund 50 percent of the investment", "Half of the investment will be financed"),
    T("is due to be running in time for the 2025 harvest",
      "should be operational by the 2025 harvest"),
    T("roughly one third", "about a third"),
    T("for less money", "at lower prices"),
])

case("flying schools", "translation",
'''The civil aviation authority of Meridia has suspended the operating licence
of the Aerclub Vento flying school in Castelmar after an inspection found
irregularities in the maintenance records of three of its training aircraft.
The school, which trains about 60 pilots a year, may not carry out any flights
until the problems are fixed. The authority stressed that no accidents had been
linked to the faults. Director Paolo Ricci said the school would cooperate
fully and hoped to resume lessons within a month. Students who had paid for
courses will not lose their money, he added, as the hours already flown will
count towards their licences.''',
'''Meridia's civil aviation authority has suspended the licence of the Aerclub
Vento flight school in Castelmar, after inspectors uncovered irregularities in
the maintenance logs of three of its training planes. The school, which trains
some 60 pilots each year, is barred from flying until the problems have been
corrected. The authority underlined that the faults had been linked to
accidents. The school's director, Paolo Ricci, promised full cooperation and
said he hoped lessons could restart within a month. He added that students who
had already paid for their courses would not lose their money, since the hours
they had flown would count towards their licences.''',
errors=[
    E("the faults had been linked to accidents", "polarity", "critical",
      "no accidents had been linked to the faults"),
],
traps=[
    T("maintenance logs", "maintenance records"),
    T("some 60 pilots each year", "about 60 pilots a year"),
    T("is barred from flying until the problems have been corrected",
      "may not carry out any flights until the problems are fixed"),
])

case("food banks", "translation",
'''Demand at food banks in the region of Hallenau rose by 27 percent in the
first six months of the year, the regional food bank federation said on
Wednesday. Its 85 member organisations supplied food to around 41,000 people
each week, compared with 32,000 during the same period last year. Federation
chairman Klaus Berger said that for the first time, more than a quarter of
recipients were in work. Donations from supermarkets fell by 12 percent, partly
because retailers were reducing food waste through better stock management. The
federation has asked the regional government for emergency funding of 2 million
euros to buy food, and expects an answer before the summer break.''',
'''The Hallenau regional federation of food banks reported on Wednesday that
demand had gone up 27 percent in the first half of the year. Every week its 85
member groups provided food to some 41,000 people, against 32,000 in the first
half of last year. Chairman Klaus Berger noted that over a quarter of those
receiving help were employed, something that had never happened before.
Supermarket donations were down 12 percent, in part because retailers were
wasting less food thanks to better stock control. The federation has requested
€2 million in emergency funding from the regional government to purchase food
and expects a response before the summer recess.''',
traps=[
    T("in the first half of the year", "in the first six months of the year"),
    T("over a quarter of those receiving help were employed",
      "more than a quarter of recipients were in work"),
    T("Supermarket donations were down 12 percent", "Donations from supermarkets fell by 12 percent"),
    T("€2 million", "2 million euros"),
    T("before the summer recess", "before the summer break"),
])

case("football stadiums", "translation",
'''Club Atlético Ribera will leave its 90-year-old stadium in the Barrio Norte
district and move to a new 42,000-seat ground in Los Olivos, on the southern
outskirts of San Telmo, after the city council approved the project on
Tuesday. The club will sell its current site to the construction group
Inmobiliaria Duarte for 68 million dollars, which will cover most of the cost
of the new ground. Second-division side Deportivo Alameda will also play at the
new stadium and will pay Ribera an annual rent of 1.5 million dollars. Club
president Fernando Ibarra said the move would take place before the 2027
season. Under the council's conditions, 10 percent of tickets must be reserved
for local residents at reduced prices. Supporters' groups have collected 15,000
signatures against the relocation.''',
'''On Tuesday San Telmo city council approved Club Atlético Ribera's plan to
abandon its 90-year-old stadium and move to a new ground with 42,000 seats in
Los Olivos, on the city's southern outskirts. The club's current site in Los
Olivos will be sold to the construction group Inmobiliaria Duarte for 68
million dollars, money that will pay for most of the new ground. Second-division
club Deportivo Alameda will also play at the new stadium, and Ribera will pay
it a yearly rent of 1.5 million dollars. The club's president, Fernando Ibarra,
said the move would happen before the 2027 season. Under conditions set by the
council, one in ten tickets must be kept for local residents at reduced prices.
Supporters' groups have gathered 15,000 signatures opposing the move.''',
errors=[
    E("Los Olivos", "entity", "major", "Barrio Norte", occ=1, in_ref_ok=True),
    E("Ribera will pay it", "role", "major", "will pay Ribera"),
],
traps=[
    T("one in ten tickets", "10 percent of tickets"),
    T("gathered 15,000 signatures opposing the move",
      "collected 15,000 signatures against the relocation"),
])

case("forest fires monitoring", "translation",
'''The forestry service of the Serrania province has installed 28 automatic
cameras on hilltops to detect forest fires, the provincial environment
department reported on Friday. The cameras, which can spot smoke up to 15
kilometres away, send alerts to a control centre in Vilanova that is staffed
around the clock during the summer. The system cost 1.9 million euros, 70
percent of which was paid by a European Union fund. Last summer, more than
4,000 hectares burned in the province, the worst figure in a decade. Department
head Marta Soler said the cameras would complement, not replace, the 40 human
lookouts posted in watchtowers. A further 12 cameras are planned for next
year.''',
'''Twenty-eight automatic fire-detection cameras have been put up on hilltops by
Serrania's provincial forestry service, the environment department announced on
Friday. Able to detect smoke at distances of as much as 15 km, the cameras
transmit alerts to a control centre in Vilanova, which has staff on duty 24
hours a day in summer. Of the system's €1.9 million cost, 70 percent came from
a European Union fund. Last summer over 4,000 hectares of the province burned,
the highest figure in ten years. According to department head Marta Soler, the
cameras are meant to support the 40 human lookouts stationed in watchtowers,
not to take their place. Another 12 cameras are planned for next year.''',
traps=[
    T("Twenty-eight automatic fire-detection cameras", "28 automatic cameras"),
    T("as much as 15 km", "up to 15 kilometres"),
    T("24 hours a day", "around the clock"),
    T("in ten years", "in a decade"),
    T("not to take their place", "not replace"),
])

case("fossil hunting", "translation",
'''An amateur fossil hunter has discovered the almost complete skeleton of a
marine reptile on a beach near the village of Kaltenbrunn, the regional natural
history museum said on Thursday. Retired teacher Gerhard Vogt found the first
bones in a cliff after a storm in March and alerted the museum, which spent six
weeks excavating the specimen. The reptile, an ichthyosaur about four metres
long, is estimated to be 180 million years old. Museum palaeontologist Dr Ines
Hartung said it was one of the best-preserved finds of its kind in the country.
The skeleton will be cleaned and studied over the next two years before going
on public display.''',
'''A nearly complete skeleton of a marine reptile has been found by an amateur
fossil collector on a beach close to the village of Kaltenbrunn, the regional
museum of natural history announced on Thursday. Gerhard Vogt, a retired
teacher, came across the first bones in a cliff following a storm in March and
informed the museum, whose team then spent six weeks restoring the specimen.
The animal, an ichthyosaur measuring about four metres, is thought to be 180
million years old. According to museum palaeontologist Dr Ines Hartung, it
ranks among the best-preserved finds of its type in the country. Over the next
two years the skeleton will be cleaned and examined, after which it will be put
on public display.''',
errors=[
    E("restoring the specimen", "event", "major", "excavating the specimen"),
],
traps=[
    T("nearly complete skeleton", "almost complete skeleton"),
    T("following a storm in March", "after a storm in March"),
    T("ranks among the best-preserved finds", "was one of the best-preserved finds"),
])

# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------

WORD_CHAR = re.compile(r"\w")


def find_occ(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def n_words(s):
    return len(s.split())


def boundary_ok(cand, start, end):
    if start > 0 and WORD_CHAR.match(cand[start - 1]) and WORD_CHAR.match(cand[start]):
        return False
    if end < len(cand) and end > 0 and WORD_CHAR.match(cand[end - 1]) and WORD_CHAR.match(cand[end]):
        return False
    return True


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for i, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, i)
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]
        label = "inconsistent" if c["errors"] else "consistent"
        if mode not in ("rewrite", "summary", "translation"):
            bad(cid, "bad mode")
        if c["domain"] not in DOMAINS:
            bad(cid, "domain not in list")
        wr = n_words(ref)
        if not 70 <= wr <= 190:
            bad(cid, "reference has %d words" % wr)
        if mode == "summary" and not (n_words(cand) < wr and len(cand) < len(ref)):
            bad(cid, "summary not shorter than reference")
        if ref == cand:
            bad(cid, "candidate identical to reference")

        spans = []  # (start, end, what)
        errors = []
        for e in c["errors"]:
            et, sev, rt = e["type"], e["severity"], e["ref_text"]
            if et not in ERROR_TYPES:
                bad(cid, "bad error type %r" % et)
            if sev not in SEVERITIES:
                bad(cid, "bad severity %r" % sev)
            if et == "omission":
                if mode == "summary":
                    bad(cid, "omission in a summary")
                a = find_occ(cand, e["after"], e["occ"])
                if a < 0:
                    bad(cid, "omission anchor not found: %r" % e["after"])
                    continue
                start = end = a + len(e["after"])
                if not rt or rt in cand:
                    bad(cid, "omitted text empty or present in candidate: %r" % rt)
                if rt not in ref:
                    bad(cid, "omitted text not in reference: %r" % rt)
                if not boundary_ok(cand, start, end):
                    bad(cid, "omission point inside a word")
            else:
                start = find_occ(cand, e["text"], e["occ"])
                if start < 0 or not e["text"]:
                    bad(cid, "error text not found: %r (occ %d)" % (e["text"], e["occ"]))
                    continue
                end = start + len(e["text"])
                if not boundary_ok(cand, start, end):
                    bad(cid, "error span cuts a word: %r" % e["text"])
                if e["text"] != e["text"].strip():
                    bad(cid, "error span has outer whitespace")
                if et in ("addition", "repetition"):
                    if rt is not None:
                        bad(cid, "%s must have ref_text null" % et)
                    if et == "repetition":
                        first = cand.find(e["text"])
                        if first < 0 or first >= start:
                            bad(cid, "repetition has no earlier copy")
                    if et == "addition" and e["text"] in ref:
                        bad(cid, "added text occurs in reference")
                else:
                    if not rt or rt not in ref:
                        bad(cid, "error ref_text not in reference: %r" % rt)
                    if e["text"] in ref and not e.get("in_ref_ok"):
                        bad(cid, "error span text occurs verbatim in reference: %r" % e["text"])
                    if rt and rt == e["text"]:
                        bad(cid, "error text equals ref_text")
            spans.append((start, end, "error " + et))
            errors.append({"start": start, "end": end, "text": cand[start:end],
                           "type": et, "severity": sev, "ref_text": rt})

        traps = []
        for t in c["traps"]:
            start = find_occ(cand, t["text"], t["occ"])
            if start < 0 or not t["text"]:
                bad(cid, "trap text not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if not boundary_ok(cand, start, end):
                bad(cid, "trap cuts a word: %r" % t["text"])
            if t["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % t["ref_text"])
            if t["ref_text"] == t["text"]:
                bad(cid, "trap identical to its reference wording")
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": cand[start:end],
                          "ref_text": t["ref_text"]})

        # no overlaps (a zero-width omission may not fall strictly inside a span)
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1, _ = spans[a]
                s2, e2, _ = spans[b]
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    if s < p < e:
                        bad(cid, "omission point inside another span")
                elif s1 < e2 and s2 < e1:
                    bad(cid, "overlapping spans %r / %r" % (cand[s1:e1], cand[s2:e2]))

        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad(cid, "consistent pair with %d traps" % len(traps))
        if label == "inconsistent":
            if not 0 <= len(traps) <= 3:
                bad(cid, "inconsistent pair with %d traps" % len(traps))
            if not 1 <= len(errors) <= 3:
                bad(cid, "inconsistent pair with %d errors" % len(errors))

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})

    # set-level composition
    def count(pred):
        return sum(1 for r in records if pred(r))

    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    if set(doms) != set(DOMAINS):
        problems.append("domains do not cover the list")
    for mode, total in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        if count(lambda r: r["mode"] == mode) != total:
            problems.append("mode %s count wrong" % mode)
        if count(lambda r: r["mode"] == mode and r["label"] == "consistent") != total // 2:
            problems.append("mode %s not half consistent" % mode)
    all_errors = [e for r in records for e in r["errors"]]
    if len(all_errors) != 30:
        problems.append("expected 30 errors, got %d" % len(all_errors))
    for et in ERROR_TYPES:
        k = sum(1 for e in all_errors if e["type"] == et)
        if k < 2:
            problems.append("error type %s has only %d" % (et, k))
    return records, problems


def summary(records):
    from collections import Counter
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("mode x label: %s" % dict(sorted(Counter(
        (r["mode"], r["label"]) for r in records).items())))
    lines.append("labels: %s" % dict(Counter(r["label"] for r in records)))
    errs = [e for r in records for e in r["errors"]]
    lines.append("errors: %d %s" % (len(errs), dict(sorted(Counter(
        e["type"] for e in errs).items()))))
    lines.append("severity: %s" % dict(Counter(e["severity"] for e in errs)))
    lines.append("errors per inconsistent pair: %s" % dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    lines.append("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    wr = [n_words(r["reference"]) for r in records]
    lines.append("reference words: min %d max %d" % (min(wr), max(wr)))
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
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
