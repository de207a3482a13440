#!/usr/bin/env python3
"""make_set83.py -- builds set83.jsonl, a held-out evaluation set for a fact-comparison tool.

How the set was made
--------------------
Every pair was hand-written by a helper session that saw no code or data of the
project (nor any existing benchmark), working only from a written brief.  All
people, companies, organisations, places and figures are invented; real countries
appear at most as background (currency, region).  The cases live below as Python
data; every character offset is computed here by string search (an occurrence
index is given where a quoted text repeats), and the whole set is validated
before anything is written.

Usage:  python3 make_set83.py            validate and write set83.jsonl (next to this script)
        python3 make_set83.py --check    validate only, write nothing

Composition (40 pairs, one domain each)
---------------------------------------
  label : 20 consistent, 20 inconsistent
  mode  : 20 rewrite (10 consistent / 10 inconsistent)
          10 summary (5 / 5), 10 translation (5 / 5)
  errors: 30 in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
          entity 3, number 4, date 3, role 3, polarity 3, modality 3,
          attribution 3, event 2, omission 2, addition 2, repetition 2
          (omissions only in rewrite/translation pairs)
  traps : every consistent pair carries 3-5 traps; inconsistent pairs 0-3.
  references: 70-190 words, news / agency / corporate / official register.
  translation pairs: two independent English renderings of one non-English story.
"""
import json
import os
import re
import sys
from collections import Counter

SET_NO = 83
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % SET_NO)

DOMAINS = [d.strip() for d in (
    "castle moats;arm wrestling;ballot printing;barge conversions;cartoon archives;"
    "codebreaking history;copper theft;dental floss;domino toppling;dust storms;fan mail;"
    "fingerprint archives;golf ball diving;hammock makers;hiking boot resoling;horn carving;"
    "insect hotels;ladder safety;lightning detection;lip reading classes;matchbox collecting;"
    "mini golf;moss walls;nut harvesting;owl sanctuaries;penguin counts;pet cremation;"
    "plague pits;popcorn machines;quilting bees;rescue cats;aerial firefighting;"
    "auction house fraud;elevator inspections;seaweed fertiliser;stone circles;taxi meters;"
    "theatre ushers;wallpaper printing;wedding cakes").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def E(text, etype, severity, ref=None, occ=0):
    """An error span: `text` quoted from the candidate (occ-th occurrence)."""
    return {"text": text, "type": etype, "severity": severity, "ref_text": ref, "occ": occ}


def OM(anchor, ref, severity, after=False, occ=0):
    """An omission: zero-width point at the start (or end, if after=True) of `anchor`."""
    return {"text": "", "type": "omission", "severity": severity, "ref_text": ref,
            "anchor": anchor, "after": after, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording in the candidate; `ref` is the reference wording."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": " ".join(reference.split()),
                  "candidate": " ".join(candidate.split()),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Part A: rewrites (domains 1-10)
# ---------------------------------------------------------------------------

add("castle moats", "rewrite", "consistent",
    """Restoration of the moat at Hallowmere Castle will begin on 3 March, the Dunmore Heritage
    Trust said on Tuesday. The trust plans to drain the 400-metre channel over a period of six
    weeks, remove an estimated 2,000 tonnes of silt and reline its eastern bank with clay. The work
    is expected to cost £1.8 million, of which roughly half will come from a national lottery grant.
    The castle's grounds will stay open to visitors throughout, although the footpath along the moat
    will be closed until the autumn. 'The water has been stagnant for decades,' said the trust's
    director, Imelda Carrow. 'Once it is flowing again we expect wildfowl to return within a couple
    of seasons.'""",
    """The Dunmore Heritage Trust announced on Tuesday that work to restore Hallowmere Castle's moat
    is due to start on 3 March. The trust intends to drain the 400-metre channel over six weeks,
    take out around 2,000 tonnes of silt and reline the eastern bank with clay. The project is
    likely to cost £1.8m, with about 50% funded by a national lottery grant. Visitors can still
    enter the castle grounds for the duration of the work, but the moatside footpath will remain
    shut until the autumn. Imelda Carrow, the trust's director, said the water had been stagnant for
    decades and that the trust expected wildfowl to come back within a couple of seasons once it was
    flowing again.""",
    traps=[T("is likely to cost", "is expected to cost"),
           T("£1.8m", "£1.8 million"),
           T("about 50%", "roughly half"),
           T("Visitors can still enter the castle grounds for the duration of the work",
             "The castle's grounds will stay open to visitors throughout"),
           T("the moatside footpath", "the footpath along the moat")])

add("arm wrestling", "rewrite", "inconsistent",
    """The Northfield Arm Wrestling Federation has suspended two officials after a review found that
    results at its regional championship in Kessingham had been recorded incorrectly. According to
    the federation's disciplinary panel, 14 bouts in the under-70kg category were logged with the
    wrong winner, affecting the final standings of six athletes. The panel's chair, Rodrick Vanes,
    said there was no evidence that the errors were deliberate. The federation will republish
    corrected rankings by the end of the month and has offered affected athletes a refund of their
    £35 entry fee. Its chief executive, Helena Drax, said new electronic scoresheets would be
    introduced before next season's event.""",
    """Two officials have been suspended by the Northfield Arm Wrestling Federation after a review of
    its regional championship in Kessingham found that results had been recorded wrongly. The
    federation's disciplinary panel said 41 bouts in the under-70kg category had been logged with
    the wrong winner, changing the final standings for six athletes. Chief executive Helena Drax said
    there was no evidence the errors were deliberate. Corrected rankings will be republished by the
    end of the month, and affected athletes have been offered their £35 entry fee back. New
    electronic scoresheets will be brought in before next season's event, Drax added.""",
    errors=[E("41 bouts", "number", "major", "14 bouts"),
            E("Chief executive Helena Drax", "attribution", "major",
              "The panel's chair, Rodrick Vanes")],
    traps=[T("Two officials have been suspended by the Northfield Arm Wrestling Federation",
             "The Northfield Arm Wrestling Federation has suspended two officials"),
           T("have been offered their £35 entry fee back",
             "has offered affected athletes a refund of their £35 entry fee")])

add("ballot printing", "rewrite", "consistent",
    """The electoral commission of Varrow County has awarded a contract to print ballot papers for the
    May local elections to Castleford Press, a firm based in the county town of Emberley. The
    contract, worth $640,000, covers 1.2 million ballots across 38 wards, along with postal voting
    packs. Commission spokesperson Dalia Okonjo said the firm had been chosen from four bidders
    because it could guarantee delivery by 14 April, three weeks before polling day. Castleford Press
    printed the county's ballots in 2019 but lost the contract in 2022 to an out-of-state supplier
    whose late delivery forced the commission to extend the postal voting deadline. The commission
    said it had added financial penalties for late delivery to the new contract.""",
    """Castleford Press, an Emberley-based printer, has won the contract to produce ballot papers for
    Varrow County's local elections in May, the county's electoral commission said. The $640k deal
    covers 1.2m ballots in 38 wards as well as postal voting packs. The firm beat three other bidders
    because it was able to guarantee delivery by 14 April, 21 days ahead of polling day, according to
    commission spokesperson Dalia Okonjo. The printer produced the county's ballots in 2019 but was
    replaced in 2022 by a supplier from outside the state; that supplier delivered late, and the
    commission had to push back the postal voting deadline. Financial penalties for late delivery
    have now been written into the new contract, the commission said.""",
    traps=[T("$640k", "$640,000"),
           T("1.2m ballots", "1.2 million ballots"),
           T("beat three other bidders", "had been chosen from four bidders"),
           T("21 days ahead of polling day", "three weeks before polling day"),
           T("was replaced in 2022 by a supplier from outside the state",
             "lost the contract in 2022 to an out-of-state supplier")])

add("barge conversions", "rewrite", "inconsistent",
    """A couple who paid Oxbow Barge Works £185,000 to convert a former cargo barge into a floating
    home have taken the yard to court, claiming the work was left unfinished. Nadia and Tom Ferrand
    say the barge, delivered in March, had no working heating system and a leaking hull. Oxbow, a
    family-owned yard on the Tarn canal that has completed more than 60 conversions since 1987, says
    the couple still owe £22,000 and that the remaining work was delayed because they changed the
    design twice. The case was heard at Harwick County Court on Monday. The judge, Helen Oduya,
    adjourned the hearing until 14 October and urged both sides to seek mediation.""",
    """Oxbow Barge Works is suing Nadia and Tom Ferrand, who paid the yard £185,000 to turn a former
    cargo barge into a floating home, over work it says was left unfinished. The Ferrands say the
    barge had no working heating and a leaking hull when it was delivered in March. The family-owned
    yard, based on the Tarn canal and responsible for over 60 conversions since 1987, maintains that
    the couple still owe it £22,000 and that the outstanding work was held up because they altered
    the design twice. At Harwick County Court on Monday, Judge Helen Oduya adjourned the case to
    14 October and encouraged the two sides to try mediation.""",
    errors=[E("Oxbow Barge Works is suing Nadia and Tom Ferrand", "role", "critical",
              "A couple who paid Oxbow Barge Works £185,000 to convert a former cargo barge into a "
              "floating home have taken the yard to court")],
    traps=[T("responsible for over 60 conversions since 1987",
             "has completed more than 60 conversions since 1987"),
           T("was held up", "was delayed")])

add("cartoon archives", "rewrite", "consistent",
    """The Belmont Institute has received a donation of 11,500 original newspaper cartoons by the late
    illustrator Walter Pym, the institute announced on Friday. The drawings, which span Pym's career
    from 1958 to 1996, were given by his daughter, Rosalind Pym-Acre, and will be catalogued over the
    next three years. About a tenth of the collection has never been published. The institute said
    it would digitise the cartoons and make them available online free of charge, starting with his
    wartime-anniversary series in 2025. An exhibition of around 200 works is planned for the
    following year. The institute's head of collections, Marcus Olu, described the gift as 'the most
    complete record of a single cartoonist's output that we have ever been offered'.""",
    """Some 11,500 original newspaper cartoons drawn by the late Walter Pym have been donated to the
    Belmont Institute by his daughter, Rosalind Pym-Acre, the institute said on Friday. Covering the
    illustrator's working life from 1958 to 1996, the drawings will take three years to catalogue,
    and roughly 10% of them have never appeared in print. The cartoons are to be digitised and put
    online at no cost to users, beginning in 2025 with his wartime-anniversary series, while an
    exhibition of about 200 pieces is planned for 2026. Marcus Olu, who heads the institute's
    collections, called the gift 'the most complete record of a single cartoonist's output that we
    have ever been offered'.""",
    traps=[T("roughly 10%", "About a tenth"),
           T("have never appeared in print", "has never been published"),
           T("at no cost to users", "free of charge"),
           T("planned for 2026", "planned for the following year"),
           T("Marcus Olu, who heads the institute's collections",
             "The institute's head of collections, Marcus Olu")])

add("codebreaking history", "rewrite", "inconsistent",
    """Previously classified files released on Wednesday by the Hartwell National Archive show that a
    small team of codebreakers at Fenmoor House read enemy naval signals as early as March 1941,
    eight months earlier than historians had believed. The 300 pages of papers include memos from
    the team's leader, Agnes Whitlow, who recruited several of her analysts from a crossword
    competition. The archive said the documents had been held back until now because they named
    informants who were still alive when earlier releases were made. Historian Colin Barrage of
    Sedley University said the files would 'force a rewrite of at least one chapter' of the standard
    account of the naval war.""",
    """Once-secret files made public on Wednesday by the Hartwell National Archive show that a small
    group of codebreakers at Fenmoor House was reading enemy naval signals from March 1942, eight
    months sooner than historians had thought. The 300 pages include memos by the team's leader,
    Agnes Whitlow, who recruited several of her analysts through a crossword competition and later
    received a national honour for the work. The archive said the papers had been withheld until now
    because they named informants who were still alive at the time of earlier releases. Colin
    Barrage, a historian at Sedley University, said the documents would 'force a rewrite of at least
    one chapter' of the standard history of the naval war.""",
    errors=[E("March 1942", "date", "major", "March 1941"),
            E("and later received a national honour for the work", "addition", "minor")],
    traps=[T("Once-secret files", "Previously classified files"),
           T("had been withheld until now", "had been held back until now")])

add("copper theft", "rewrite", "consistent",
    """Police in Greyhaven have arrested three men in connection with a series of copper cable thefts
    that disrupted rail services on the Marlow line last month. Officers detained the suspects, aged
    24, 31 and 45, at an industrial unit on Quarry Road early on Thursday and recovered about 900
    kilograms of cable, the force said. The thefts caused cancellations on 11 days in October and
    cost the rail operator, Southway Trains, an estimated £230,000 in repairs and compensation.
    Detective Inspector Mara Quill said inquiries were continuing and that further arrests could not
    be ruled out. The men have been released on bail pending further investigation.""",
    """Three men have been arrested by Greyhaven police over a string of copper cable thefts that hit
    trains on the Marlow line in October. The suspects, who are 24, 31 and 45, were held at an
    industrial unit on Quarry Road in the early hours of Thursday, and roughly 0.9 tonnes of cable
    was recovered, the force said. Services were cancelled on 11 days during the month, and the
    thefts left the operator, Southway Trains, with an estimated £230k bill for repairs and
    compensation. Detective Inspector Mara Quill said inquiries were still going on and further
    arrests could not be ruled out. All three have been bailed while the investigation continues.""",
    traps=[T("in October", "last month"),
           T("roughly 0.9 tonnes", "about 900 kilograms"),
           T("£230k", "£230,000"),
           T("have been bailed while the investigation continues",
             "have been released on bail pending further investigation")])

add("dental floss", "rewrite", "inconsistent",
    """Brightline Oral Care is recalling about 180,000 packs of its waxed mint dental floss after
    customers reported that the dispensers' cutting blades could detach. The company said no injuries
    had been reported but that the loose blade posed a risk to young children. The recall covers
    packs sold between January and June with batch codes beginning BX7. Customers can return the
    product to any retailer for a full refund, and do not need a receipt. The regulator, the Consumer
    Goods Safety Office, said it was satisfied with the company's response. Brightline's unwaxed and
    tape products are not affected.""",
    """Around 180,000 packs of Brightline Oral Care's waxed mint dental floss are being recalled after
    customers complained that the cutting blades on the dispensers could come loose. The company said
    no injuries had been reported, but it warned that a loose blade could be dangerous for young
    children. Packs sold from January to June with batch codes starting BX7 are affected. They can be
    taken back to any retailer for a full refund, though customers will need to show a receipt. The
    Consumer Goods Safety Office, the regulator, said it was satisfied with how the firm had
    responded. The company's unwaxed floss and tape products are not included.""",
    errors=[E("customers will need to show a receipt", "polarity", "major", "do not need a receipt")],
    traps=[T("could come loose", "could detach"),
           T("Packs sold from January to June", "packs sold between January and June")])

add("domino toppling", "rewrite", "consistent",
    """A team of 14 volunteers in the town of Ashby Marsh set a national record on Saturday by toppling
    212,480 dominoes in a single chain, organisers said. The attempt, held in the town's sports hall,
    took nine days to set up and lasted just under 16 minutes once the first tile was pushed. It beat
    the previous record of 198,000, set in 2017, by more than 14,000 dominoes. About 6,000 tiles
    failed to fall after a gap opened in one section, but adjudicators said the total still
    qualified. The event raised £8,200 for the local hospice, according to organiser Bethan Lowrie,
    who said the team would not attempt to break the record again.""",
    """Organisers say 14 volunteers from Ashby Marsh set a national record on Saturday when they
    knocked over a single chain of 212,480 dominoes. Setting up the attempt in the town's sports hall
    took nine days, and once the first tile was pushed the chain fell in slightly less than 16
    minutes. That was over 14,000 more than the previous record of 198,000, set in 2017. Roughly
    6,000 tiles stayed upright when a gap opened in one section, but adjudicators ruled that the
    total still counted. Organiser Bethan Lowrie said the event had raised £8,200 for the local
    hospice and that the team would not try to break the record again.""",
    traps=[T("knocked over a single chain of 212,480 dominoes",
             "toppling 212,480 dominoes in a single chain"),
           T("in slightly less than 16 minutes", "just under 16 minutes"),
           T("over 14,000 more", "by more than 14,000 dominoes"),
           T("Roughly 6,000 tiles stayed upright", "About 6,000 tiles failed to fall"),
           T("the total still counted", "the total still qualified")])

add("dust storms", "rewrite", "inconsistent",
    """The Meteorological Service of Karranda has warned that a dust storm moving in from the western
    plains could reduce visibility to below 200 metres across the Salt Basin region on Thursday
    afternoon. Motorists have been advised to avoid non-essential travel on the N4 and N9 highways,
    and schools in three districts will close at midday. People with asthma or other respiratory
    conditions should stay indoors and keep windows shut, the service said. Forecaster Ilse Brandt
    said winds were expected to ease by Friday morning, but that a second, weaker storm was possible
    over the weekend. Two flights from Tarrow airport have already been cancelled.""",
    """A dust storm sweeping in from the western plains will cut visibility to under 200 metres across
    the Salt Basin region on Thursday afternoon, Karranda's Meteorological Service has warned.
    Drivers have been told to avoid non-essential journeys on the N4 and N9 highways, and schools in
    three districts will shut at noon. The service said people with asthma or other respiratory
    conditions should remain indoors and keep their windows closed. According to forecaster Ilse
    Brandt, the winds are expected to die down by Friday morning, though a second storm is possible
    at the weekend. Two flights out of Tarrow airport have already been cancelled.""",
    errors=[E("will cut visibility", "modality", "major", "could reduce visibility"),
            OM("storm is possible", "weaker", "minor")],
    traps=[T("at noon", "at midday"),
           T("remain indoors", "stay indoors")])

# ---------------------------------------------------------------------------
# Part B: rewrites (domains 11-20)
# ---------------------------------------------------------------------------

add("fan mail", "rewrite", "consistent",
    """The Orpington Players, an amateur theatre company in the town of Wexley, has received more than
    3,000 letters and cards since a recording of its production of a wartime musical was broadcast on
    regional television in November. The company's secretary, June Hallaway, said most of the post
    came from older viewers, and that around 400 letters included donations, totalling just over
    £5,000. The money will be used to repair the roof of the company's rehearsal hall, which has been
    leaking for two years. Ms Hallaway said volunteers were trying to reply to every letter by hand
    but that it would probably take until spring.""",
    """Since regional television aired a recording of its wartime musical in November, Wexley's
    amateur theatre company, the Orpington Players, has been sent upwards of 3,000 letters and cards.
    Most of them were from older viewers, according to company secretary June Hallaway, and some 400
    contained donations that add up to a little over £5,000. That money is earmarked for fixing the
    roof of the group's rehearsal hall, which has leaked for the past two years. Volunteers are
    attempting to answer each letter by hand, Hallaway said, though this is likely to take until the
    spring.""",
    traps=[T("Since regional television aired a recording of its wartime musical in November",
             "since a recording of its production of a wartime musical was broadcast on regional "
             "television in November"),
           T("upwards of 3,000", "more than 3,000"),
           T("a little over £5,000", "just over £5,000"),
           T("is earmarked for fixing the roof", "will be used to repair the roof"),
           T("is likely to take until the spring", "would probably take until spring")])

add("fingerprint archives", "rewrite", "inconsistent",
    """The police force of Calder Vale is to digitise its archive of about 1.4 million paper fingerprint
    records dating back to 1921, Chief Constable Alan Reddish announced on Monday. The project, run
    with the technology firm Sentrix Imaging, will take four years and cost £3.2 million. Officers
    believe the scanned records could help solve some of the 260 unsolved murders and serious
    assaults on the force's books. The original cards, many of them stored in a former mill in
    Brayford, will be transferred afterwards to the county records office. Civil liberties group Open
    Ledger said it would seek assurances about how long the digital copies would be kept.""",
    """Calder Vale police are to digitise their archive of roughly 1.4 million paper fingerprint
    records, which go back to 1921, Chief Constable Alan Reddish announced on Monday. The £3.2m
    project will run for four years and is being carried out with the technology firm Open Ledger.
    Officers think the scanned records may help crack some of the 260 murders and serious assaults
    the force has yet to solve. Many of the original cards are held in a former mill in Brayford and
    will later be handed over to the county records office. A civil liberties group said it would
    seek assurances over how long the digital copies would be kept.""",
    errors=[E("Open Ledger", "entity", "major", "Sentrix Imaging")],
    traps=[T("the 260 murders and serious assaults the force has yet to solve",
             "the 260 unsolved murders and serious assaults"),
           T("will later be handed over", "will be transferred afterwards")])

add("golf ball diving", "rewrite", "consistent",
    """A commercial diver has been fined $4,500 for retrieving golf balls from ponds at the Pinecrest
    Country Club without permission, a court in Halden County ruled on Tuesday. Prosecutors said
    Darren Kell, 38, removed an estimated 12,000 balls over four months last year and sold them
    online for about 40 cents each. Kell admitted trespassing but denied theft, arguing that the
    balls had been abandoned by their owners. Judge Lorna Bexley rejected that argument, saying the
    club had a clear claim to property left on its land. Kell was also ordered to pay the club $2,000
    in compensation. The club said it had since hired a licensed contractor to clear the ponds twice
    a year.""",
    """A Halden County court on Tuesday fined commercial diver Darren Kell, 38, $4,500 for taking golf
    balls from ponds at Pinecrest Country Club without permission. According to the prosecution, he
    fished out some 12,000 balls over four months last year and sold them online for roughly 40
    cents apiece. While Kell accepted that he had trespassed, he denied theft, arguing that the balls'
    owners had abandoned them. That argument was dismissed by Judge Lorna Bexley, who said the club
    clearly had a claim to property left on its grounds. He must also pay the club $2,000 in
    compensation. The club said it had since brought in a licensed contractor to clear the ponds
    every six months.""",
    traps=[T("fished out some 12,000 balls", "removed an estimated 12,000 balls"),
           T("roughly 40 cents apiece", "about 40 cents each"),
           T("That argument was dismissed by Judge Lorna Bexley",
             "Judge Lorna Bexley rejected that argument"),
           T("every six months", "twice a year")])

add("hammock makers", "rewrite", "inconsistent",
    """Tarrasol, a hammock maker based in the coastal town of Porto Vell, is to open a second workshop
    after orders rose by 35% last year. The company, founded by sisters Lucia and Marta Ferrer in
    2012, will invest €900,000 in the new site and hire 25 weavers, bringing its workforce to 70. All
    of its hammocks are woven by hand from recycled cotton, and about 60% are exported, mainly to
    northern Europe. Lucia Ferrer said the firm had turned down several offers from large retailers
    because it did not want to mechanise production. The workshop is due to open in September.""",
    """Porto Vell hammock maker Tarrasol is opening a second workshop following a 53% jump in orders
    last year. Set up in 2012 by sisters Lucia and Marta Ferrer, the company is putting €900,000 into
    the new site and will take on 25 weavers, taking its headcount to 70. Every hammock is hand-woven
    from recycled cotton, and around three-fifths are sold abroad, mostly in northern Europe. Lucia
    Ferrer said the firm had rejected several approaches from big retailers because it did not want
    to mechanise production. Every hammock is hand-woven from recycled cotton. The new workshop is
    scheduled to open in September.""",
    errors=[E("53%", "number", "major", "35%"),
            E("Every hammock is hand-woven from recycled cotton.", "repetition", "minor", occ=0)],
    traps=[T("around three-fifths are sold abroad", "about 60% are exported"),
           T("taking its headcount to 70", "bringing its workforce to 70")])

add("hiking boot resoling", "rewrite", "consistent",
    """Ridgeway Outdoor, one of the country's largest outdoor clothing chains, will start offering a
    boot resoling service in 40 of its stores from 1 October, the company said on Wednesday.
    Customers will be able to leave worn hiking boots at a store counter and collect them about three
    weeks later. The service will cost £65 a pair for most models, roughly a third of the price of a
    new pair of mid-range boots. The work will be carried out by Hobb & Sons, a cobbler in the town of
    Lanwick that has resoled boots since 1954. Ridgeway said it expected to handle around 20,000
    pairs in the first year and might extend the service to all 112 stores if demand was strong.""",
    """From 1 October, shoppers at 40 Ridgeway Outdoor stores will be able to get their hiking boots
    resoled, the chain, one of the biggest outdoor clothing retailers in the country, announced on
    Wednesday. Worn boots can be dropped off at a store counter and picked up roughly 21 days later.
    For most models the charge will be £65 a pair, around one-third of what a new pair of mid-range
    boots costs. Lanwick cobbler Hobb & Sons, which has been resoling boots since 1954, will do the
    work. The company expects to deal with about 20,000 pairs in the first 12 months and may roll the
    service out to all 112 of its stores if demand is strong.""",
    traps=[T("roughly 21 days later", "about three weeks later"),
           T("around one-third of what a new pair of mid-range boots costs",
             "roughly a third of the price of a new pair of mid-range boots"),
           T("Lanwick cobbler Hobb & Sons", "Hobb & Sons, a cobbler in the town of Lanwick"),
           T("in the first 12 months", "in the first year"),
           T("may roll the service out", "might extend the service")])

add("horn carving", "rewrite", "inconsistent",
    """A horn-carving workshop in the village of Stavely Cross has been awarded a £48,000 heritage grant
    to train two apprentices in a craft that fewer than a dozen people in the country still practise.
    The Craft Skills Fund said the grant to the Oldbeck Horn Works would cover three years of wages
    and tuition. The workshop, run by master carver Elias Thorne, makes spoons, combs and drinking
    cups from cattle horn sourced as a by-product of the meat industry. Thorne, 67, said he had been
    looking for successors for almost a decade. Applications for the apprenticeships open next
    month.""",
    """The Oldbeck Horn Works in Stavely Cross has won a £48,000 heritage grant to train two
    apprentices in horn carving, a craft still practised by under 12 people nationwide. According to
    the Craft Skills Fund, the money will pay for three years of wages and tuition. Master carver
    Elias Thorne's workshop makes spoons, combs and drinking cups from cattle horn, a by-product of
    the meat industry. Thorne, who is 67, said he had been training successors for almost ten years.
    The apprenticeships will open for applications next month.""",
    errors=[E("had been training successors", "event", "major", "had been looking for successors")],
    traps=[T("under 12 people nationwide", "fewer than a dozen people in the country"),
           T("almost ten years", "almost a decade")])

add("insect hotels", "rewrite", "consistent",
    """Brackley District Council is to install 150 insect hotels in parks and verges across the borough
    this spring as part of a plan to reverse a decline in pollinators. The wooden structures, filled
    with hollow stems, pine cones and drilled logs, are designed to give solitary bees, beetles and
    lacewings somewhere to nest. Each costs about £40 and they will be built by pupils at six local
    secondary schools. Councillor Naomi Fairbairn, who leads on the environment, said volunteers
    would monitor 30 of the hotels for two years to see which designs attract the most insects. The
    scheme is funded by a £9,000 grant from the Wildland Foundation.""",
    """This spring, 150 insect hotels will be put up in parks and on verges around the borough by
    Brackley District Council, which hopes to reverse a fall in pollinator numbers. Packed with
    hollow stems, pine cones and logs with holes drilled in them, the wooden boxes are intended to
    provide nesting spots for solitary bees, beetles and lacewings. Pupils from six local secondary
    schools will build them at a cost of roughly £40 each. A fifth of the hotels will be monitored by
    volunteers for two years to find out which designs draw the most insects, said Naomi Fairbairn,
    the council's environment lead. A £9,000 Wildland Foundation grant is paying for the scheme.""",
    traps=[T("a fall in pollinator numbers", "a decline in pollinators"),
           T("logs with holes drilled in them", "drilled logs"),
           T("at a cost of roughly £40 each", "Each costs about £40"),
           T("A fifth of the hotels", "30 of the hotels"),
           T("Naomi Fairbairn, the council's environment lead",
             "Councillor Naomi Fairbairn, who leads on the environment")])

add("ladder safety", "rewrite", "inconsistent",
    """Falls from ladders caused 31 deaths at work last year, the highest number in a decade, according
    to figures published on Monday by the Workplace Safety Authority. Most of the victims were
    self-employed tradespeople working on domestic properties, and nearly half of the falls were from
    a height of less than two metres. The authority said it would launch an awareness campaign aimed
    at small contractors in April but did not plan to introduce new regulations. Its head of
    inspections, Graham Osei, urged workers to check ladders before each use and never to overreach.
    Industry body the Access Trades Federation welcomed the campaign.""",
    """Thirty-one people died after falling from ladders at work last year, the highest toll in ten
    years, according to Workplace Safety Authority figures released on Monday. The majority were
    self-employed tradespeople working on homes, and almost half of the falls were from a height of
    less than two metres. The authority will launch an awareness campaign in April and plans to bring
    in new regulations. Graham Osei, its head of inspections, urged workers to check ladders before
    every use and never to overreach. The Access Trades Federation, an industry body, welcomed the
    campaign.""",
    errors=[OM("awareness campaign", "aimed at small contractors", "minor", after=True),
            E("plans to bring in new regulations", "polarity", "critical",
              "did not plan to introduce new regulations")],
    traps=[T("Thirty-one people died after falling from ladders", "Falls from ladders caused 31 deaths"),
           T("the highest toll in ten years", "the highest number in a decade")])

add("lightning detection", "rewrite", "consistent",
    """The national weather agency of Orlandia has completed a network of 46 lightning sensors that will
    allow it to pinpoint strikes to within 250 metres, the agency said on Thursday. The sensors,
    installed over 18 months on masts and rooftops, detect the radio pulses produced by lightning and
    can register up to 500 strikes per second. Data will be shared in real time with airports, power
    companies and forestry services, which have previously relied on reports from the public to
    locate strikes that start wildfires. The system cost 7.4 million crowns. Agency director Paulo
    Ventris said alerts would reach emergency services within about 30 seconds of a strike.""",
    """Orlandia's national weather agency said on Thursday it had finished building a 46-sensor
    lightning network capable of locating strikes to within a quarter of a kilometre. Mounted on
    masts and rooftops over a year and a half, the sensors pick up the radio pulses that lightning
    generates and can record as many as 500 strikes a second. Airports, power companies and forestry
    services, which until now have depended on members of the public to report strikes that spark
    wildfires, will get the data in real time. The network cost 7.4m crowns, and emergency services
    would be alerted within about half a minute of a strike, according to the agency's director,
    Paulo Ventris.""",
    traps=[T("within a quarter of a kilometre", "within 250 metres"),
           T("over a year and a half", "over 18 months"),
           T("as many as 500 strikes a second", "up to 500 strikes per second"),
           T("7.4m crowns", "7.4 million crowns"),
           T("within about half a minute", "within about 30 seconds")])

add("lip reading classes", "rewrite", "inconsistent",
    """Free lip reading classes for adults with hearing loss will be offered at five libraries in the
    city of Marrowby from next month, under a pilot funded by the regional health board. Each course
    runs for ten weekly sessions of 90 minutes and is limited to 12 participants. The charity
    Hearwell, which will provide the tutors, said an estimated 9,000 adults in the city had moderate
    or severe hearing loss but that fewer than 200 had attended a class in the past year. 'Lip
    reading can make the difference between joining a conversation and withdrawing from it,' said
    Hearwell's regional manager, Carys Penhallow. The health board said it would decide in the autumn
    whether to extend the pilot.""",
    """From next month, five libraries in Marrowby will run free lip reading classes for adults with
    hearing loss as part of a pilot paid for by the regional health board. Courses consist of ten
    weekly 90-minute sessions, with a maximum of 12 people on each. According to the regional health
    board, an estimated 9,000 adults in the city have moderate or severe hearing loss, yet under 200
    attended a class in the past year. The tutors will come from the charity Hearwell, whose regional
    manager, Carys Penhallow, said lip reading 'can make the difference between joining a
    conversation and withdrawing from it'. Whether the pilot is extended will be decided in the
    autumn, the health board said.""",
    errors=[E("According to the regional health board", "attribution", "major",
              "The charity Hearwell, which will provide the tutors, said")],
    traps=[T("with a maximum of 12 people on each", "is limited to 12 participants"),
           T("under 200", "fewer than 200")])

# ---------------------------------------------------------------------------
# Part C: summaries
# ---------------------------------------------------------------------------

add("matchbox collecting", "summary", "consistent",
    """A collection of more than 40,000 matchbox labels assembled over six decades by retired
    schoolteacher Harold Wembley is to be sold at auction in Cresthaven on 22 June, the auction house
    Pellow & Grant said on Monday. The labels, from 93 countries, include a rare set of 1930s labels
    printed for a short-lived match factory in the town of Dunmere, which alone is expected to fetch
    between £3,000 and £5,000. The whole collection carries a pre-sale estimate of £18,000 to
    £25,000. Mr Wembley, 88, began collecting as a boy, when his father worked as a salesman for a
    match manufacturer. He said he had decided to sell because none of his grandchildren shared his
    interest, and that he hoped the collection would be bought by a museum rather than split up. The
    auction house said it would offer the collection as a single lot for the first hour of the sale
    before dividing it.""",
    """Retired teacher Harold Wembley's collection of over 40,000 matchbox labels from 93 countries,
    built up over 60 years, will go under the hammer in Cresthaven on 22 June with an estimate of
    £18,000-£25,000. A rare 1930s set from a short-lived Dunmere match factory is tipped to fetch
    £3,000-£5,000 on its own. Wembley, 88, is selling because his grandchildren do not share his
    interest, and hopes a museum will buy the collection rather than see it broken up; it will
    initially be offered as a single lot.""",
    traps=[T("over 60 years", "over six decades"),
           T("will go under the hammer", "is to be sold at auction"),
           T("is tipped to fetch £3,000-£5,000 on its own",
             "alone is expected to fetch between £3,000 and £5,000"),
           T("his grandchildren do not share his interest",
             "none of his grandchildren shared his interest"),
           T("rather than see it broken up", "rather than split up")])

add("mini golf", "summary", "inconsistent",
    """Fairway Fun Ltd, which operates 14 indoor mini golf venues, has been bought by leisure group
    Halcyon Parks for £26 million, the companies announced on Thursday. Halcyon, which runs bowling
    alleys and trampoline parks, said it would convert six of its existing sites to include mini golf
    courses over the next two years. Fairway Fun was founded in 2016 by former professional golfer
    Dean Maddox, who will leave the business once the deal completes. The chain attracted 1.9 million
    visitors last year and made a profit of £2.3 million on sales of £19 million. Halcyon's chief
    executive, Priya Lomax, said the mini golf market had grown by about 12% a year since 2019. The
    deal is expected to complete in March.""",
    """Leisure group Halcyon Parks has been bought by indoor mini golf chain Fairway Fun for £26m.
    Halcyon, which runs bowling alleys and trampoline parks, plans to add mini golf at six of its
    sites over two years. Fairway Fun, founded in 2016 by former pro golfer Dean Maddox, who will
    leave once the deal completes, had 1.9 million visitors last year and made a £3.2m profit on
    £19m of sales. The deal is expected to complete in March.""",
    errors=[E("Halcyon Parks has been bought by indoor mini golf chain Fairway Fun", "role", "critical",
              "Fairway Fun Ltd, which operates 14 indoor mini golf venues, has been bought by leisure "
              "group Halcyon Parks"),
            E("£3.2m", "number", "major", "£2.3 million")],
    traps=[T("former pro golfer", "former professional golfer")])

add("moss walls", "summary", "consistent",
    """The city of Lenhart will install living moss walls on the sides of 20 bus shelters along its
    busiest road as part of a trial to reduce air pollution, the city's transport department said on
    Wednesday. Each panel, measuring two metres by one metre, contains several species of moss that
    can trap fine particles from vehicle exhaust. The walls will be watered automatically using
    rainwater collected on the shelter roofs. The trial, which will run for 18 months, will cost
    310,000 euros, half of which is being paid by a university research fund. Researchers from
    Lenhart Technical University will measure air quality at the shelters and at 20 others without
    moss walls for comparison. Department head Sofia Marchetti said the walls would be removed if
    they did not produce a measurable improvement.""",
    """Lenhart is putting living moss walls on 20 bus shelters on its busiest road in an 18-month,
    €310,000 trial aimed at cutting air pollution, with a university research fund covering 50% of
    the cost. Lenhart Technical University researchers will compare air quality there with 20
    shelters that have no moss; the walls will be taken down if they fail to bring a measurable
    improvement, transport chief Sofia Marchetti said.""",
    traps=[T("aimed at cutting air pollution", "to reduce air pollution"),
           T("€310,000", "310,000 euros"),
           T("covering 50% of the cost", "half of which is being paid"),
           T("will be taken down if they fail to bring a measurable improvement",
             "would be removed if they did not produce a measurable improvement"),
           T("transport chief Sofia Marchetti", "Department head Sofia Marchetti")])

add("nut harvesting", "summary", "inconsistent",
    """Hazelnut growers in the Valdero region expect this year's harvest to be about 30% smaller than
    last year's after a late frost in April damaged flowers on many farms, the regional growers'
    cooperative said on Friday. The cooperative, which represents 420 farms, forecast a crop of
    around 11,000 tonnes, compared with 15,800 tonnes in 2023. Harvesting usually begins in late
    August, but this year it could be delayed until mid-September because of slow ripening. Prices
    paid to farmers have already risen by about a fifth since the spring. The cooperative's
    president, Tomas Irigoyen, said some smaller growers might need emergency loans to get through
    the winter.""",
    """Valdero's hazelnut cooperative, which represents 420 farms, expects a crop of about 11,000 tonnes
    this year, roughly 30% below 2023's 15,800 tonnes, after a late frost in May damaged flowers.
    Slow ripening could push the start of the harvest from late August to mid-September, and
    farm-gate prices are already up around 20% since spring. Cooperative president Tomas Irigoyen
    said some small growers might need emergency loans.""",
    errors=[E("May", "date", "minor", "April")],
    traps=[T("roughly 30% below 2023's 15,800 tonnes", "about 30% smaller than last year's"),
           T("farm-gate prices are already up around 20%",
             "Prices paid to farmers have already risen by about a fifth")])

add("owl sanctuaries", "summary", "consistent",
    """The Hollins Owl Sanctuary, which has cared for injured birds of prey near the village of Upper
    Tarn for 27 years, will close at the end of October unless it can raise £120,000 to repair its
    aviaries, its trustees said on Sunday. The sanctuary currently houses 64 owls, including barn,
    tawny and eagle owls, most of which cannot be released because of their injuries. Visitor numbers
    fell by a third last year after the site was closed for four months during a bird flu outbreak.
    Founder Margaret Hollins, 79, said the trustees had approached other sanctuaries about rehoming
    the birds if the appeal failed. An online fundraising page set up last week has so far raised
    £31,000.""",
    """Trustees of the Hollins Owl Sanctuary near Upper Tarn say it will shut at the end of October if
    it cannot find £120,000 for aviary repairs. Most of its 64 owls are too badly injured to be
    released. A four-month closure during a bird flu outbreak cut visitor numbers by 33% last year;
    an online appeal has raised £31,000 so far, and other sanctuaries have been approached about
    rehoming the birds should it fall short.""",
    traps=[T("if it cannot find £120,000", "unless it can raise £120,000"),
           T("too badly injured to be released", "cannot be released because of their injuries"),
           T("by 33%", "by a third"),
           T("should it fall short", "if the appeal failed")])

add("penguin counts", "summary", "inconsistent",
    """The annual count of gentoo penguins on Skerrow Island has found 8,240 breeding pairs, up 6% on
    last year and the highest figure since monitoring began in 1994, the Southern Seabird Trust said
    on Monday. Counters recorded nests at 31 colonies over three weeks in November using drones and
    ground surveys. The trust's chief scientist, Dr Anneke Voss, said the increase was probably linked
    to a recovery in krill stocks after fishing limits were tightened in 2019. The biggest gain was
    recorded at Fennick Bay, where the number of pairs more than doubled. However, numbers at the
    island's two largest colonies, Cape Morrow and Gull Point, fell slightly, which researchers are
    investigating. The trust plans to publish the full data in March.""",
    """The Southern Seabird Trust's annual count on Skerrow Island found 8,240 breeding pairs of gentoo
    penguins, 6% more than last year and the highest since counts began in 1994. Chief scientist Dr
    Anneke Voss said the rise probably reflected a recovery in krill stocks following tighter fishing
    limits, which the trust has campaigned to extend. Numbers dipped slightly at the two largest
    colonies, Cape Morrow and Fennick Bay.""",
    errors=[E("which the trust has campaigned to extend", "addition", "minor"),
            E("Fennick Bay", "entity", "major", "Gull Point")],
    traps=[T("the highest since counts began in 1994",
             "the highest figure since monitoring began in 1994"),
           T("6% more than last year", "up 6% on last year")])

add("pet cremation", "summary", "consistent",
    """Regulators in the province of Westmark have introduced licensing for pet crematoriums after an
    investigation found that some operators had returned the wrong ashes to grieving owners. From
    1 July, all 37 crematoriums in the province will need a licence, which will be renewed every
    three years and require them to keep records tracking each animal from collection to return.
    Inspectors will carry out at least one unannounced visit per year. Operators that fail to comply
    face fines of up to 50,000 dollars. The investigation, launched after a television report in
    2022, found problems at four sites, one of which has since closed. The Westmark Veterinary
    Association said the rules were overdue.""",
    """After an investigation found that some pet crematoriums had given owners the wrong ashes,
    Westmark is requiring all 37 in the province to hold a licence from 1 July. Licences must be
    renewed every three years and require each animal to be tracked from collection to return; there
    will be at least one surprise inspection annually and fines of up to $50,000 for breaches. The
    Westmark Veterinary Association called the rules overdue.""",
    traps=[T("had given owners the wrong ashes", "had returned the wrong ashes to grieving owners"),
           T("at least one surprise inspection annually", "at least one unannounced visit per year"),
           T("$50,000", "50,000 dollars"),
           T("called the rules overdue", "said the rules were overdue")])

add("plague pits", "summary", "inconsistent",
    """Archaeologists working ahead of a housing development in the town of Sallowby have uncovered a
    mass burial pit thought to contain the remains of at least 120 victims of a 14th-century plague
    outbreak. The pit, discovered in January, is the largest of its kind found in the county,
    according to the excavation's director, Dr Ruth Okafor. Radiocarbon tests on six skeletons dated
    them to between 1348 and 1352. The developer, Brightmoor Homes, has paused construction on that
    part of the site until excavation is completed in May. The remains will be analysed at Caldwick
    University before being reburied in the town's parish cemetery.""",
    """A plague pit believed to hold at least 120 victims of a 14th-century outbreak has been found in
    Sallowby ahead of a housing development; the excavation's director, Dr Ruth Okafor, says it is
    the county's largest. Radiocarbon dating puts six of the skeletons between 1348 and 1352.
    Developer Brightmoor Homes has abandoned plans to build on that part of the site, and the remains
    will be analysed at Caldwick University before reburial in the parish cemetery.""",
    errors=[E("has abandoned plans to build on that part of the site", "event", "major",
              "has paused construction on that part of the site")],
    traps=[T("believed to hold", "thought to contain"),
           T("Radiocarbon dating puts six of the skeletons between 1348 and 1352",
             "Radiocarbon tests on six skeletons dated them to between 1348 and 1352")])

add("popcorn machines", "summary", "consistent",
    """Cinema chain Regal Vista is replacing the popcorn machines in all 52 of its theatres after a
    review found that the older models used up to 40% more electricity than newer ones. The chain
    will spend about 1.1 million dollars on 130 new machines from the manufacturer Kernelworks, which
    will be installed between February and April. Regal Vista said the switch would cut its annual
    energy bill by an estimated 180,000 dollars, meaning the machines would pay for themselves in
    around six years. The old machines will be refurbished and donated to schools and community
    centres. A spokesperson for the chain said popcorn prices would not change as a result.""",
    """Regal Vista will spend roughly $1.1m replacing the popcorn machines at all 52 of its cinemas with
    130 Kernelworks models between February and April, after finding its old machines used as much
    as 40% more power than newer models. The chain expects annual savings of about $180,000,
    recouping the cost in approximately six years; the old machines will be refurbished and given to
    schools and community centres, and popcorn prices will stay the same.""",
    traps=[T("$1.1m", "1.1 million dollars"),
           T("as much as 40% more power than newer models",
             "up to 40% more electricity than newer ones"),
           T("recouping the cost in approximately six years",
             "the machines would pay for themselves in around six years"),
           T("given to schools", "donated to schools"),
           T("popcorn prices will stay the same", "popcorn prices would not change")])

add("quilting bees", "summary", "inconsistent",
    """Members of the Thornbury Quilting Circle have spent 14 months stitching a quilt made of 365
    squares, one for each day of the town's bicentenary year, which will be unveiled at the town hall
    on 9 May. More than 80 people, aged from 11 to 94, contributed squares at weekly quilting bees in
    the library. The group's chair, Evelyn Marsh, said the finished quilt might be sent on a tour of
    local schools before going on permanent display. The town council has provided a glass case
    costing £2,400. Each square depicts a local landmark, event or family, and a booklet explaining
    every design will be sold to raise money for the library.""",
    """The Thornbury Quilting Circle's 365-square quilt, one square for each day of the town's
    bicentenary year, will be unveiled at the town hall on 9 May after 14 months' work by over 80
    people aged 11 to 94. It will tour local schools before going on permanent display, chair Evelyn
    Marsh said. It will be unveiled at the town hall on 9 May. A booklet about the designs will be
    sold to raise money for the library.""",
    errors=[E("It will tour local schools", "modality", "major",
              "might be sent on a tour of local schools"),
            E("It will be unveiled at the town hall on 9 May.", "repetition", "minor")],
    traps=[T("after 14 months' work", "have spent 14 months stitching"),
           T("over 80 people", "More than 80 people")])

# ---------------------------------------------------------------------------
# Part D: translations (two independent English renderings of one foreign story)
# ---------------------------------------------------------------------------

add("rescue cats", "translation", "consistent",
    """The animal protection association of Vallombra has taken in 43 cats found in an abandoned
    farmhouse on the outskirts of the town, its president, Chiara Benedetti, announced on Tuesday.
    The animals, many of them underweight and suffering from eye infections, were discovered by a
    municipal employee who had gone to inspect the building before its demolition. Veterinarians
    estimate that the cats had been left alone for at least two weeks. The association is now looking
    for foster families and has launched a fundraising campaign to cover medical costs, estimated at
    9,000 euros. Anyone wishing to adopt can apply from next Monday; the association stressed that the
    cats will only be handed over after sterilisation and vaccination.""",
    """Forty-three cats discovered in a deserted farmhouse at the edge of Vallombra have been taken in by
    the town's animal welfare association, Chiara Benedetti, who chairs the group, said on Tuesday.
    Many of the animals were underweight and had eye infections. They were found by a council worker
    who had been sent to check the building ahead of its demolition. Vets believe the cats had been
    on their own for at least a fortnight. The association is seeking foster homes and has started a
    collection to pay for veterinary treatment, which is expected to cost about 9,000 euros. Adoption
    applications will be accepted from next Monday, but the cats will not be released until they have
    been neutered and vaccinated, the association underlined.""",
    traps=[T("Chiara Benedetti, who chairs the group", "its president, Chiara Benedetti"),
           T("a council worker", "a municipal employee"),
           T("for at least a fortnight", "for at least two weeks"),
           T("foster homes", "foster families"),
           T("will not be released until they have been neutered and vaccinated",
             "will only be handed over after sterilisation and vaccination")])

add("aerial firefighting", "translation", "inconsistent",
    """Two water-bombing aircraft and a helicopter were deployed on Sunday afternoon to fight a forest
    fire in the hills above Serra Alta, the regional civil protection service reported. The blaze,
    which broke out shortly after 2 pm, had burned about 340 hectares by the evening. Some 120
    firefighters were working on the ground, supported by 35 vehicles. Around 60 residents of two
    hamlets were evacuated as a precaution and spent the night in a school gymnasium. The aircraft had
    to suspend operations at nightfall but were expected to resume at first light. The cause of the
    fire has not yet been determined.""",
    """A fire in the forested hills above Serra Alta was attacked on Sunday afternoon by two
    firefighting planes and one helicopter, according to the region's civil protection agency. By
    evening the flames, which started a little after 14:00, had consumed roughly 430 hectares. On the
    ground, some 120 firefighters and 35 vehicles were engaged. As a precaution, about sixty people
    living in two small villages were moved out and spent the night in a school sports hall. Air
    operations were halted when darkness fell and were due to restart at dawn. It is not yet known
    what caused the fire.""",
    errors=[E("roughly 430 hectares", "number", "major", "about 340 hectares")],
    traps=[T("a little after 14:00", "shortly after 2 pm"),
           T("about sixty people living in two small villages", "Around 60 residents of two hamlets"),
           T("were due to restart at dawn", "were expected to resume at first light")])

add("auction house fraud", "translation", "consistent",
    """A court in Montclaire on Thursday sentenced the former director of the Duvernay auction house to
    three years in prison, two of them suspended, for selling forged paintings. Investigators found
    that between 2015 and 2019, Laurent Mercier had put at least 27 fake works up for sale,
    attributing them to minor 19th-century landscape painters. The forgeries brought in a total of
    around 1.3 million euros. Mercier, 61, was also banned from working in the art trade for ten
    years and ordered to repay the buyers. His lawyer said he would appeal. The painter who produced
    the forgeries died in 2021 and was never charged.""",
    """Laurent Mercier, who used to run the Duvernay auction house, was given a three-year prison
    sentence, with two years suspended, by a Montclaire court on Thursday for selling counterfeit
    paintings. According to the investigation, Mercier, 61, offered no fewer than 27 fake works for
    sale between 2015 and 2019, passing them off as pieces by lesser-known landscape artists of the
    1800s. Together the forgeries fetched approximately 1.3 million euros. The court also barred him
    from working in the art trade for a decade and ordered him to reimburse the buyers. His lawyer
    announced that he would appeal. The forger, who died in 2021, was never prosecuted.""",
    traps=[T("who used to run the Duvernay auction house",
             "the former director of the Duvernay auction house"),
           T("no fewer than 27", "at least 27"),
           T("landscape artists of the 1800s", "19th-century landscape painters"),
           T("for a decade", "for ten years"),
           T("was never prosecuted", "was never charged")])

add("elevator inspections", "translation", "inconsistent",
    """Inspectors from the technical supervisory agency of the state of Nordheim found serious defects
    in one in eight of the 4,600 elevators they checked last year, according to the agency's annual
    report published on Wednesday. In 41 cases, the elevators had to be taken out of service
    immediately. Most of the problems involved worn brakes and faulty emergency call systems. The
    agency criticised building owners who had postponed repairs for years, but said that the number
    of serious defects had fallen slightly compared with the previous year. Agency head Karin
    Feldmann called on the state parliament to introduce fines for owners who miss inspection
    deadlines.""",
    """Last year the technical inspection authority of the state of Nordheim examined 4,600 lifts and
    found serious faults in every eighth one, the authority's annual report, released on Wednesday,
    shows. Forty-one lifts had to be shut down on the spot. Worn brakes and defective emergency call
    systems accounted for most of the problems. Building owners who had put off repairs for years were
    criticised by the authority, which nevertheless noted that the number of serious faults had not
    fallen compared with the year before. The state parliament urged the authority's head, Karin
    Feldmann, to introduce fines for owners who fail to meet inspection deadlines.""",
    errors=[E("had not fallen", "polarity", "major", "had fallen slightly"),
            E("The state parliament urged the authority's head, Karin Feldmann", "role", "major",
              "Agency head Karin Feldmann called on the state parliament")],
    traps=[T("in every eighth one", "in one in eight"),
           T("shut down on the spot", "taken out of service immediately")])

add("seaweed fertiliser", "translation", "consistent",
    """A cooperative of 18 farmers on the island of Kerbrat has begun producing a liquid fertiliser made
    from seaweed washed up on the island's beaches. The seaweed is collected by hand between October
    and March, when storms bring the largest quantities ashore, and is then fermented for about ten
    weeks. Last year the cooperative produced 60,000 litres, most of which was sold to market
    gardeners on the mainland. According to its founder, Yann Le Goff, the fertiliser costs roughly a
    quarter less than imported products. The regional agricultural chamber has commissioned a
    two-year study to assess its effect on soil quality.""",
    """On the island of Kerbrat, a cooperative of eighteen farmers has started making liquid fertiliser
    out of the seaweed that washes up on local beaches. They gather it by hand from October to March,
    the months when storms drive the most seaweed onto the shore, and then leave it to ferment for
    around ten weeks. The cooperative's output last year was 60,000 litres, the bulk of it bought by
    vegetable growers on the mainland. Yann Le Goff, who founded the cooperative, says the product is
    about 25% cheaper than imported fertilisers. A two-year study of its impact on soil quality has
    been ordered by the regional chamber of agriculture.""",
    traps=[T("eighteen farmers", "18 farmers"),
           T("from October to March", "between October and March"),
           T("the bulk of it bought by vegetable growers on the mainland",
             "most of which was sold to market gardeners on the mainland"),
           T("about 25% cheaper than imported fertilisers",
             "costs roughly a quarter less than imported products"),
           T("has been ordered by the regional chamber of agriculture",
             "The regional agricultural chamber has commissioned")])

add("stone circles", "translation", "inconsistent",
    """Archaeologists have identified a previously unknown stone circle on a hillside near the village
    of Aldeira Nova, the regional heritage department announced on Monday. The circle, about 22 metres
    across, consists of 17 standing stones, three of which are still upright. It was spotted in aerial
    photographs taken after a wildfire cleared the vegetation last August. Initial estimates suggest
    it was built around 4,500 years ago. Excavations will begin in the spring under the direction of
    Professor Inês Barroso of the University of Vilar Seco. The department has asked the public not to
    visit the site until it has been fenced off.""",
    """A stone circle that was not previously known has been found by archaeologists on a slope close
    to the village of Aldeira Nova, the region's heritage office said on Monday. Measuring roughly 22
    metres in diameter, it is made up of 17 standing stones, of which three remain upright. The circle
    showed up on aerial photos taken once a forest fire had stripped away the vegetation last August.
    According to early estimates, it dates from about 4,500 years ago. Excavation work led by
    Professor Inês Barroso of the University of Vilar Seco will start in the autumn. Until a fence has
    been put up around the site, the public is asked to stay away.""",
    errors=[E("in the autumn", "date", "major", "in the spring")],
    traps=[T("roughly 22 metres in diameter", "about 22 metres across"),
           T("of which three remain upright", "three of which are still upright")])

add("taxi meters", "translation", "consistent",
    """A rule requiring all taxis in the city of Wrzosów to be fitted with meters that print receipts
    and transmit journey data to the tax office will take effect on 1 March, the city council decided
    on Wednesday. Drivers will then have until the end of June to install the devices, which cost
    around 1,200 zloty each; the city will reimburse half of that amount. The council says the measure
    is intended to combat undeclared income and overcharging of tourists. The drivers' association
    criticised the short deadline but did not oppose the rule itself. There are currently about 1,900
    licensed taxis in the city.""",
    """The city council of Wrzosów voted on Wednesday for a regulation, in force from 1 March, obliging
    every taxi in the city to carry a meter that prints receipts and sends trip data to the tax
    authorities. From that date drivers will have until the end of June to fit the equipment, which
    costs roughly 1,200 zloty per vehicle; the city will pay back 50% of that sum. According to the
    council, the aim is to fight undeclared earnings and the overcharging of tourists. The drivers'
    association objected to the tight deadline, though not to the requirement as such. Wrzosów
    currently has some 1,900 licensed taxis.""",
    traps=[T("sends trip data to the tax authorities", "transmit journey data to the tax office"),
           T("the city will pay back 50% of that sum", "the city will reimburse half of that amount"),
           T("objected to the tight deadline, though not to the requirement as such",
             "criticised the short deadline but did not oppose the rule itself"),
           T("some 1,900", "about 1,900")])

add("theatre ushers", "translation", "inconsistent",
    """Ushers at the Teatro Comunale of Belvento went on strike on Saturday evening, forcing the
    cancellation of a sold-out performance of an opera, the theatre's management said. The 26 ushers,
    employed by the contractor Servizi Lirici, are demanding to be hired directly by the theatre and
    paid for the time spent preparing the auditorium before performances. According to the union
    representative, Marco Fontana, some ushers earn less than 7 euros an hour. The theatre's director,
    Giulia Serra, said she regretted the cancellation and that ticket holders would be refunded in
    full. Talks between the contractor and the union are scheduled for Tuesday.""",
    """A sold-out opera performance at Belvento's Teatro Comunale had to be cancelled on Saturday
    evening because the ushers walked out, the theatre's management announced. The 26 ushers, who work
    for the contractor Servizi Teatrali, want the theatre to employ them directly and to be paid for
    the time they spend getting the auditorium ready before shows. Theatre director Giulia Serra said
    some ushers earn under 7 euros an hour. Serra said she was sorry about the cancellation and that
    all ticket holders would get their money back. The contractor and the union are due to meet on
    Tuesday.""",
    errors=[E("Servizi Teatrali", "entity", "minor", "Servizi Lirici"),
            E("Theatre director Giulia Serra", "attribution", "major",
              "the union representative, Marco Fontana")],
    traps=[T("the ushers walked out", "Ushers at the Teatro Comunale of Belvento went on strike"),
           T("all ticket holders would get their money back",
             "ticket holders would be refunded in full")])

add("wallpaper printing", "translation", "consistent",
    """The wallpaper manufacturer Lindgren & Berg, based in the town of Ekesund, is reopening its
    hand-printing workshop, which closed in 1978. The company will use 140 original wooden printing
    blocks discovered last year in a storage loft, some of them more than 150 years old. Four printers
    have been trained by a retired craftsman, Olof Nyqvist, who worked in the workshop as a young man.
    Production will be limited to about 300 rolls a year, each costing around 2,500 kronor. Chief
    executive Annika Berg said the first rolls would go on sale in November and that demand from
    museums and historic houses was already higher than expected.""",
    """Lindgren & Berg, the Ekesund wallpaper maker, is bringing back its hand-printing workshop, shut
    since 1978. It will work with 140 original wooden printing blocks found in a storage loft last
    year, several of them over a century and a half old. A retired craftsman, Olof Nyqvist, who was
    employed in the workshop in his youth, has trained four printers. Output will be capped at roughly
    300 rolls annually, at a price of about 2,500 kronor per roll. According to chief executive
    Annika Berg, the first rolls will be on sale in November, and interest from museums and historic
    homes already exceeds expectations.""",
    traps=[T("shut since 1978", "which closed in 1978"),
           T("over a century and a half old", "more than 150 years old"),
           T("in his youth", "as a young man"),
           T("has trained four printers", "Four printers have been trained"),
           T("capped at roughly 300 rolls annually", "limited to about 300 rolls a year")])

add("wedding cakes", "translation", "inconsistent",
    """The confectioner Hofbauer in the town of Sankt Aurel must stop advertising its wedding cakes as
    'made entirely by hand', a regional court ruled on Friday. A competitor had complained that the
    bakery uses machines to produce its sponge layers and only decorates the cakes by hand. The judges
    agreed and ordered Hofbauer to change its website and brochures within four weeks. The bakery,
    which sells around 800 wedding cakes a year, may appeal the ruling. Owner Franz Hofbauer said the
    decoration, which can take up to 12 hours per cake, was the real craft and that customers had
    never been misled.""",
    """A regional court ruled on Friday that the Sankt Aurel confectioner Hofbauer may no longer promote
    its wedding cakes as 'made entirely by hand'. The complaint came from a rival, who argued that the
    bakery's sponge layers are made by machine and only the decoration is done by hand. The court
    sided with the rival and gave Hofbauer four weeks to amend its website and brochures. The bakery,
    which sells about 800 wedding cakes annually, intends to appeal. Franz Hofbauer, the owner, said
    the decorating, which can take as long as 12 hours for a single cake, was where the real
    craftsmanship lay and that no customer had ever been deceived.""",
    errors=[E("intends to appeal", "modality", "major", "may appeal")],
    traps=[T("gave Hofbauer four weeks to amend its website and brochures",
             "ordered Hofbauer to change its website and brochures within four weeks"),
           T("as long as 12 hours for a single cake", "up to 12 hours per cake")])

# ---------------------------------------------------------------------------
# Part E: offsets, validation, output
# ---------------------------------------------------------------------------

def nth_find(haystack, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_boundary(s, i):
    """True if offset i does not fall inside a word."""
    if i <= 0 or i >= len(s):
        return True
    return not (s[i - 1].isalnum() and s[i].isalnum())


def n_words(s):
    return len(s.split())


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for k, case in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET_NO, k)
        ref, cand = case["reference"], case["candidate"]
        errors_out, traps_out, spans = [], [], []

        for e in case["errors"]:
            et, sev = e["type"], e["severity"]
            if et not in ERROR_TYPES:
                bad(cid, "unknown error type %r" % et)
            if sev not in SEVERITIES:
                bad(cid, "unknown severity %r" % sev)
            if et == "omission":
                pos = nth_find(cand, e["anchor"], e["occ"])
                if pos < 0:
                    bad(cid, "omission anchor not found: %r" % e["anchor"])
                    continue
                if e["after"]:
                    pos += len(e["anchor"])
                start = end = pos
                if not is_boundary(cand, pos):
                    bad(cid, "omission point inside a word")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, "omission ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad(cid, "omitted words present in candidate: %r" % e["ref_text"])
                if case["mode"] == "summary":
                    bad(cid, "omission in a summary")
            else:
                start = nth_find(cand, e["text"], e["occ"])
                if start < 0:
                    bad(cid, "error text not found: %r" % e["text"])
                    continue
                end = start + len(e["text"])
                if et in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(cid, "%s must have ref_text null" % et)
                elif not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, "error ref_text not in reference: %r" % e["ref_text"])
                if et == "repetition":
                    w = re.findall(r"\w+", e["text"])
                    n = min(len(w), 5)
                    earlier = " ".join(re.findall(r"\w+", cand[:start]))
                    if not any(" ".join(w[i:i + n]) in earlier for i in range(len(w) - n + 1)):
                        bad(cid, "repetition has no earlier copy: %r" % e["text"])
                if et == "addition" and e["text"] in ref:
                    bad(cid, "addition text occurs in reference")
            spans.append((start, end, "error"))
            errors_out.append({"start": start, "end": end, "text": cand[start:end], "type": et,
                               "severity": sev, "ref_text": e["ref_text"]})

        for t in case["traps"]:
            start = nth_find(cand, t["text"], t["occ"])
            if start < 0:
                bad(cid, "trap text not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if t["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % t["ref_text"])
            if t["text"] == t["ref_text"]:
                bad(cid, "trap identical to reference wording: %r" % t["text"])
            spans.append((start, end, "trap"))
            traps_out.append({"start": start, "end": end, "text": cand[start:end],
                              "ref_text": t["ref_text"]})

        for s, e_, kind in spans:
            if s != e_:
                if not (is_boundary(cand, s) and is_boundary(cand, e_)):
                    bad(cid, "%s span cuts a word: %r" % (kind, cand[s:e_]))
                if cand[s:e_] != cand[s:e_].strip():
                    bad(cid, "%s span has outer whitespace: %r" % (kind, cand[s:e_]))
        ordered = sorted(spans)
        for (s1, e1, k1), (s2, e2, k2) in zip(ordered, ordered[1:]):
            if s2 < e1:
                bad(cid, "overlapping spans %r / %r" % (cand[s1:e1], cand[s2:e2]))
        for s, e_, kind in spans:          # a zero-width point must not sit inside another span
            if s == e_:
                for s2, e2, _ in spans:
                    if s2 < s < e2:
                        bad(cid, "omission point inside another span")

        # per-pair checks
        if case["domain"] not in DOMAINS:
            bad(cid, "domain not in list: %r" % case["domain"])
        if case["mode"] not in MODES:
            bad(cid, "bad mode")
        nw = n_words(ref)
        if not 70 <= nw <= 190:
            bad(cid, "reference has %d words" % nw)
        if case["mode"] == "summary" and not (n_words(cand) < nw and len(cand) < len(ref)):
            bad(cid, "summary not shorter than reference")
        if case["label"] == "consistent":
            if errors_out:
                bad(cid, "consistent pair has errors")
            if not 3 <= len(traps_out) <= 5:
                bad(cid, "consistent pair has %d traps" % len(traps_out))
        elif case["label"] == "inconsistent":
            if not errors_out:
                bad(cid, "inconsistent pair without errors")
            if len(traps_out) > 3:
                bad(cid, "inconsistent pair has %d traps" % len(traps_out))
        else:
            bad(cid, "bad label")

        errors_out.sort(key=lambda x: (x["start"], x["end"]))
        traps_out.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": case["domain"], "mode": case["mode"],
                        "reference": ref, "candidate": cand, "label": case["label"],
                        "errors": errors_out, "traps": traps_out})

    # set-level composition checks
    doms = [r["domain"] for r in records]
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains: %s" % [d for d, c in Counter(doms).items() if c > 1])
    by_ml = Counter((r["mode"], r["label"]) for r in records)
    for mode, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for label in ("consistent", "inconsistent"):
            if by_ml[(mode, label)] != n:
                problems.append("%s/%s: %d pairs, expected %d" % (mode, label, by_ml[(mode, label)], n))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s has only %d" % (t, types[t]))
    per_pair = [len(r["errors"]) for r in records if r["label"] == "inconsistent"]
    if sum(1 for n in per_pair if n in (1, 2)) * 2 <= len(per_pair):
        problems.append("most inconsistent pairs should carry 1-2 errors")
    return records, problems


def summary_lines(records):
    lines = ["pairs: %d" % len(records)]
    lines.append("mode : %s" % dict(Counter(r["mode"] for r in records)))
    lines.append("label: %s" % dict(Counter(r["label"] for r in records)))
    lines.append("mode x label: %s" % dict(sorted(Counter((r["mode"], r["label"]) for r in records).items())))
    types = Counter(e["type"] for r in records for e in r["errors"])
    lines.append("errors: %d %s" % (sum(types.values()), {t: types[t] for t in ERROR_TYPES}))
    lines.append("severity: %s" % dict(Counter(e["severity"] for r in records for e in r["errors"])))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
    return lines


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        sys.exit(1)
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check passed; nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)


if __name__ == "__main__":
    main()
