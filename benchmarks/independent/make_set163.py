#!/usr/bin/env python3
"""Held-out evaluation set s163 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper session that saw no code and no
data of the project (and no existing benchmark), working only from a written
brief. All people, companies, organisations, places, products and figures are
invented; real countries/currencies appear at most as background. The cases
are stored as Python data; every character offset is computed by this script
through string search (an occurrence index is given wherever a quoted text
repeats in the candidate), everything is validated, and the result is written
to set163.jsonl next to this file.

    python3 make_set163.py           # validate and write set163.jsonl
    python3 make_set163.py --check   # validate only, write nothing

Composition
-----------
* 40 pairs, one domain each: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; reference and candidate are independent English
  translations of the same non-English story).
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
  two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 3, event 2, omission 2 (rewrite/translation only), addition 2,
  repetition 2.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in inconsistent pairs.
* References are 70-190 words in news / agency / corporate / official register;
  summaries are shorter than their references.

Record format (one JSON object per line):
  id, domain, mode, reference, candidate, label,
  errors: [{start, end, text, type, severity, ref_text}],
  traps:  [{start, end, text, ref_text}]
Offsets are Python str offsets into `candidate`, [start, end). An omission is a
zero-width span (start == end, text "") at the point where the missing words
belong, with the missing reference words in ref_text. Additions and
repetitions have ref_text null; a repetition span is the later copy.
"""

import json
import os
import sys

N = 163
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "loot box regulation", "stray cat neutering scheme", "train seat reservation fine",
    "bank branch sharing hub", "right to repair law", "guitar maker import ban",
    "millet festival", "yam market fire", "whisky cask fraud", "gravel pit lake drowning",
    "bailiff conduct complaint", "garlic import fraud", "jury room leak",
    "meteorite sale dispute", "banana disease spread", "houseboat mooring eviction",
    "speed bump removal", "printer ink lawsuit", "lichen survey on gravestones",
    "cold snap gas demand", "sledging hill fence", "trans fat ban",
    "guide dog refusal fine", "firewood price surge", "airport lost luggage backlog",
    "railway station toilet charges", "toy magnet ban", "inheritance tax threshold",
    "feral goat removal", "pepper crop blight", "speed camera switch-off",
    "cassava virus", "public bathhouse renovation", "annuity rates",
    "controlled burn escape", "hearing aid waiting times",
    "pineapple plantation land dispute", "probation tagging failure",
    "strawberry tunnel planning row", "turnip price jump",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


# ---------------------------------------------------------------- helpers
def E(text, etype, severity, ref_text, occ=None):
    """An error span quoted from the candidate."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def O(ref_text, severity, after=None, before=None, occ=None):
    """An omission: zero-width point right after `after` or right before `before`."""
    return {"kind": "point", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "before": before, "occ": occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording quoted from the candidate."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": " ".join(reference.split()),
            "candidate": " ".join(candidate.split()),
            "errors": list(errors), "traps": list(traps)}


# ---------------------------------------------------------------- cases
CASES = []

# =============================== REWRITE, CONSISTENT (10)
CASES.append(C(
    "loot box regulation", "rewrite", "consistent",
    """The Gaming Standards Office of Veltria announced on Monday that video games sold in the
    country containing paid loot boxes will have to display the odds of winning each item from
    1 March next year. Publishers that fail to comply face fines of up to 4 percent of their
    annual national turnover. The office said the rules were drafted after a consultation that
    drew 12,400 responses, two-thirds of them from parents. Games already on sale will be given a
    six-month grace period to update their listings. Director Anneliese Korvath said the measures
    were 'a first step' and that a full ban on sales of loot boxes to under-16s remained under
    review. Industry body PlayFair Veltria said it would study the details before commenting.""",
    """From 1 March next year, any video game on sale in Veltria that includes paid loot boxes
    must show players the probability of obtaining each item, the country's Gaming Standards
    Office said on Monday. Publishers that do not comply could be fined as much as 4% of their
    yearly turnover in the country. According to the office, the rules were drawn up following a
    consultation that attracted 12,400 responses, of which two in three came from parents. Titles
    already on the market will have six months' grace to update their listings. The office's
    director, Anneliese Korvath, called the measures 'a first step', adding that a complete ban on
    selling loot boxes to under-16s was still being considered. The industry group PlayFair
    Veltria said it would examine the details before making any comment.""",
    traps=[
        T("the probability of obtaining each item", "the odds of winning each item"),
        T("as much as 4% of their yearly turnover in the country",
          "up to 4 percent of their annual national turnover"),
        T("two in three", "two-thirds"),
        T("six months' grace", "a six-month grace period"),
        T("was still being considered", "remained under review"),
    ]))

CASES.append(C(
    "stray cat neutering scheme", "rewrite", "consistent",
    """Brackley Vale District Council has approved a two-year scheme to trap, neuter and return
    stray cats across its three largest towns. The programme, costing £86,000, will be run jointly
    with the charity Whisker Aid, which will supply volunteers and veterinary staff. Council
    officers estimate there are around 1,500 unowned cats in the district. Under the plan,
    neutered cats will be ear-tipped so they can be identified and will be released where they
    were caught, unless they are judged too ill or too tame to return to the street, in which
    case they will be offered for rehoming. Councillor Dev Ramanathan, who chairs the environment
    committee, said the council had received more than 300 complaints about strays last year.
    Trapping is due to begin in April.""",
    """Stray cats in Brackley Vale's three biggest towns are to be trapped, neutered and returned
    under an £86,000 scheme lasting two years that the district council has approved. The charity
    Whisker Aid will run the programme alongside the council, providing volunteers and veterinary
    staff. Council officers believe roughly 1,500 cats without owners live in the district. Each
    neutered cat will have the tip of an ear removed for identification and will be let go at the
    spot where it was caught; animals considered too sick or too tame to go back onto the street
    will instead be put up for adoption. The council received upwards of 300 complaints about
    strays last year, according to Dev Ramanathan, the councillor who chairs the environment
    committee. Trapping is scheduled to start in April.""",
    traps=[
        T("lasting two years", "two-year"),
        T("roughly 1,500 cats without owners", "around 1,500 unowned cats"),
        T("will have the tip of an ear removed", "will be ear-tipped"),
        T("upwards of 300 complaints", "more than 300 complaints"),
        T("put up for adoption", "offered for rehoming"),
    ]))

CASES.append(C(
    "bank branch sharing hub", "rewrite", "consistent",
    """Four high-street banks will open a shared branch in the market town of Oldcaster next
    month, after each of them closed its own local office over the past three years. The hub, in a
    former post office on Bridge Street, will be staffed by a rotating team: customers of
    Castlebury Bank, Northway, Pellam & Co and the Union Savings Bank will each be able to see
    their own bank's adviser on a set day of the week. Basic services such as cash withdrawals,
    deposits and bill payments will be available to all customers every weekday through a counter
    run by the Counterline network. The pilot will run for 18 months. Local MP Harriet Osei, who
    campaigned for the hub, said the town had been 'left stranded' by the closures.""",
    """A shared branch serving customers of four high-street banks is to open in Oldcaster next
    month. Each of the banks - Castlebury Bank, Northway, Pellam & Co and the Union Savings Bank -
    has shut its own office in the market town within the last three years. Housed in the old post
    office on Bridge Street, the hub will have an adviser from each bank on a set day of the week,
    with the banks taking turns, while a counter operated by the Counterline network will handle
    basic services such as withdrawing and depositing cash and paying bills for all customers from
    Monday to Friday. The pilot is set to last a year and a half. Harriet Osei, the town's MP, who
    had pressed for the hub, said the closures had left the town 'stranded'.""",
    traps=[
        T("Housed in the old post office", "in a former post office"),
        T("with the banks taking turns", "will be staffed by a rotating team"),
        T("from Monday to Friday", "every weekday"),
        T("a year and a half", "18 months"),
        T("Harriet Osei, the town's MP, who had pressed for the hub",
          "Local MP Harriet Osei, who campaigned for the hub"),
    ]))

CASES.append(C(
    "millet festival", "rewrite", "consistent",
    """The annual Millet Harvest Festival in the northern town of Kadunaro is expected to draw
    about 40,000 visitors this weekend, organisers said on Thursday. Now in its 25th year, the
    three-day event celebrates the region's main cereal crop with cooking contests, drumming and a
    market where more than 200 farmers will sell grain and flour. This year's festival has been
    shortened from four days to three because of budget cuts, according to festival director
    Amina Bellow. She said the state arts fund had reduced its grant by a third, to $180,000.
    Police will close the town centre to traffic from Friday evening until Sunday night. A new
    prize for the best millet beer will be awarded for the first time.""",
    """Roughly 40,000 people are likely to attend Kadunaro's yearly Millet Harvest Festival this
    weekend, its organisers said on Thursday. The three-day event, which the northern town is
    holding for the 25th time, honours the area's chief cereal crop with cookery competitions,
    drumming and a market at which upwards of 200 farmers will sell grain and flour. Festival
    director Amina Bellow said the festival had been cut from four days to three this year because
    of budget cuts: the state arts fund, she said, had trimmed its grant by one-third, to $180,000.
    The town centre will be shut to traffic by police from Friday evening to Sunday night, and a
    new prize for the best millet beer is being awarded for the first time.""",
    traps=[
        T("Roughly 40,000 people are likely to attend",
          "is expected to draw about 40,000 visitors"),
        T("holding for the 25th time", "Now in its 25th year"),
        T("upwards of 200 farmers", "more than 200 farmers"),
        T("by one-third", "by a third"),
        T("The town centre will be shut to traffic by police",
          "Police will close the town centre to traffic"),
    ]))

CASES.append(C(
    "bailiff conduct complaint", "rewrite", "consistent",
    """An enforcement agency has apologised to a pensioner after two of its bailiffs entered her
    home in Westford without permission while attempting to recover an unpaid parking debt of
    £340. The Enforcement Conduct Panel upheld the complaint by 78-year-old Margaret Ellery on
    Tuesday, finding that the agents from Grayline Recovery had pushed past her at the front door
    and remained inside for about 40 minutes. The panel ordered the company to pay her £1,500 in
    compensation and to retrain both officers. Grayline said in a statement that it accepted the
    findings in full and that the two agents no longer carried out home visits. Mrs Ellery's
    daughter said the family was relieved but that her mother 'still does not feel safe answering
    the door'.""",
    """Grayline Recovery has said sorry to a 78-year-old pensioner in Westford whose home two of
    its bailiffs entered without her consent as they tried to collect an unpaid £340 parking debt.
    On Tuesday the Enforcement Conduct Panel upheld Margaret Ellery's complaint, concluding that the
    agents had forced their way past her at the front door and stayed in the house for roughly 40
    minutes. The company must pay her £1,500 compensation and retrain both officers, the panel
    ruled. In a statement, Grayline said it fully accepted the findings and that neither agent now
    made home visits. Mrs Ellery's daughter said the family felt relieved, although her mother
    'still does not feel safe answering the door'.""",
    traps=[
        T("without her consent", "without permission"),
        T("had forced their way past her", "had pushed past her"),
        T("stayed in the house for roughly 40 minutes", "remained inside for about 40 minutes"),
        T("The company must pay her £1,500 compensation",
          "The panel ordered the company to pay her £1,500 in compensation"),
        T("neither agent now made home visits",
          "the two agents no longer carried out home visits"),
    ]))

CASES.append(C(
    "lichen survey on gravestones", "rewrite", "consistent",
    """Volunteers have recorded 187 species of lichen on gravestones in St Aldhelm's churchyard in
    Fernleigh, making it one of the richest sites for lichens in the county, according to a survey
    published this week by the Marchshire Wildlife Trust. The count, carried out over 14 months by
    a team of 22 volunteers led by botanist Dr Rowan Pilcher, included three species never
    previously recorded in the county. Dr Pilcher said older limestone headstones supported the
    greatest variety, with some stones hosting more than 30 species each. The trust has asked the
    parish council to avoid cleaning or treating the stones with chemicals. The churchyard will be
    open for a guided lichen walk on 14 September.""",
    """A survey published this week by the Marchshire Wildlife Trust reports that volunteers have
    found 187 lichen species on the gravestones of St Aldhelm's churchyard in Fernleigh, placing it
    among the county's richest lichen sites. Twenty-two volunteers, led by the botanist Dr Rowan
    Pilcher, spent 14 months on the count, which turned up three species that had never before
    been recorded in the county. The greatest variety was on older limestone headstones, Dr Pilcher
    said, some of which host upwards of 30 species apiece. The parish council has been asked by the
    trust not to clean the stones or treat them with chemicals. A guided lichen walk will be held in
    the churchyard on 14 September.""",
    traps=[
        T("placing it among the county's richest lichen sites",
          "making it one of the richest sites for lichens in the county"),
        T("Twenty-two volunteers", "22 volunteers"),
        T("had never before been recorded in the county", "never previously recorded in the county"),
        T("upwards of 30 species apiece", "more than 30 species each"),
        T("The parish council has been asked by the trust", "The trust has asked the parish council"),
    ]))

CASES.append(C(
    "sledging hill fence", "rewrite", "consistent",
    """A fence put up at the foot of Crowhill, a popular sledging slope in Linmouth Park, will be
    taken down by the end of the week after more than 2,000 residents signed a petition against
    it, the city council said on Wednesday. The 60-metre barrier was installed in November
    following an accident last winter in which a 12-year-old boy broke his leg after sliding into
    a path. Parents complained that the fence, made of timber posts and wire mesh, was itself a
    collision hazard. The council said it would replace it with straw bales and warning signs
    during periods of snow, and would review safety on the hill again next autumn. Removal will
    cost around £4,000.""",
    """Linmouth city council said on Wednesday that the fence at the bottom of Crowhill, a
    favourite sledging slope in Linmouth Park, would be removed before the week is out, after
    upwards of 2,000 residents put their names to a petition opposing it. The 60m barrier went up
    in November, after a 12-year-old boy broke his leg last winter when he slid into a path.
    Parents had complained that the fence, built from timber posts and wire mesh, was a collision
    hazard in its own right. When snow falls, it will be replaced by straw bales and warning signs,
    and safety on the hill will be reviewed again next autumn, the council said. Taking it down
    will cost about £4,000.""",
    traps=[
        T("before the week is out", "by the end of the week"),
        T("upwards of 2,000 residents put their names to a petition",
          "more than 2,000 residents signed a petition"),
        T("was a collision hazard in its own right", "was itself a collision hazard"),
        T("When snow falls", "during periods of snow"),
        T("Taking it down", "Removal"),
    ]))

CASES.append(C(
    "railway station toilet charges", "rewrite", "consistent",
    """Passengers at Kingsbridge Central station will no longer have to pay to use the toilets
    from 1 July, the rail operator Midshire Trains announced yesterday. The company currently
    charges 30p per visit, which it said raised about £95,000 a year, most of which went on
    cleaning and maintenance. The charge will be scrapped after a review found that the
    coin-operated barriers were frequently broken and caused queues at peak times. Midshire Trains
    said the lost income would be covered from its station improvement budget. The decision follows
    a campaign by the disability charity Open Access, which argued that the fee fell hardest on
    passengers with medical conditions. Toilets at the operator's other 14 stations are already
    free.""",
    """From 1 July, using the toilets at Kingsbridge Central station will be free, rail operator
    Midshire Trains said yesterday. The company now charges 30p a visit, bringing in roughly
    £95,000 annually, the bulk of which is spent on cleaning and maintenance, it said. The fee is
    being dropped because a review showed that the coin-operated barriers often broke down and led
    to queues at busy times. The money lost will be made up from the company's station improvement
    budget, Midshire Trains said. The move comes after the disability charity Open Access
    campaigned against the charge, arguing that it hit passengers with medical conditions hardest.
    The toilets at all 14 of the operator's other stations already cost nothing to use.""",
    traps=[
        T("the bulk of which", "most of which"),
        T("often broke down", "were frequently broken"),
        T("at busy times", "at peak times"),
        T("The money lost will be made up from", "the lost income would be covered from"),
        T("already cost nothing to use", "are already free"),
    ]))

CASES.append(C(
    "public bathhouse renovation", "rewrite", "consistent",
    """The Victorian public bathhouse on Tanner Street in Hollinsford will reopen in spring 2026
    after a £7.8 million renovation, Hollinsford Borough Council confirmed on Friday. The Grade
    II-listed building, which closed in 2019 because of structural problems with its roof, will
    have its original 25-metre pool restored along with a Turkish bath and steam rooms. Around £3
    million of the cost is being met by a heritage lottery grant, with the rest coming from council
    borrowing. Council leader Sunita Mehra said entry prices would be 'comparable to other leisure
    centres in the borough'. Work is expected to create 40 construction jobs, and the reopened
    baths will employ about 25 permanent staff.""",
    """Hollinsford's Victorian public bathhouse on Tanner Street is to reopen in the spring of
    2026 following a renovation costing £7.8m, the borough council confirmed on Friday. The Grade
    II-listed baths shut in 2019 owing to structural problems with the roof; the refurbishment will
    restore the original 25m pool as well as a Turkish bath and steam rooms. A heritage lottery
    grant is covering roughly £3m of the bill, and the council is borrowing the remainder. Entry
    prices would be about the same as at the borough's other leisure centres, said Sunita Mehra,
    the council's leader. The work is likely to create 40 building jobs, and about 25 permanent
    staff will be employed at the baths once they reopen.""",
    traps=[
        T("£7.8m", "£7.8 million"),
        T("owing to structural problems with the roof", "because of structural problems with its roof"),
        T("the council is borrowing the remainder", "with the rest coming from council borrowing"),
        T("about the same as at the borough's other leisure centres",
          "comparable to other leisure centres in the borough"),
        T("is likely to create 40 building jobs", "is expected to create 40 construction jobs"),
    ]))

CASES.append(C(
    "annuity rates", "rewrite", "consistent",
    """Annuity rates have risen to their highest level in 14 years, according to figures published
    on Monday by the pensions consultancy Halberd Partners. A healthy 65-year-old with a £100,000
    pension pot can now buy a guaranteed income of £7,450 a year for life, up from £5,020 three
    years ago, the firm said. Rates typically track the yields on long-term government bonds, which
    have climbed sharply since 2022. Halberd's head of retirement research, Colin Achebe, said
    savers approaching retirement should shop around, as the gap between the best and worst quotes
    on the market was currently as much as 18 percent. He warned that rates could fall again if
    interest rates were cut later this year.""",
    """Figures published on Monday by pensions consultancy Halberd Partners show annuity rates at
    a 14-year high. A £100,000 pension pot can now secure a healthy 65-year-old a guaranteed
    lifetime income of £7,450 a year, against £5,020 three years earlier, according to the firm.
    Rates generally follow long-term government bond yields, which have risen steeply since 2022.
    Colin Achebe, who heads retirement research at Halberd, said savers nearing retirement should
    compare offers, noting that the best and worst quotes on the market currently differ by up to
    18%. If interest rates are cut later this year, he warned, annuity rates may drop again.""",
    traps=[
        T("at a 14-year high", "to their highest level in 14 years"),
        T("against £5,020 three years earlier", "up from £5,020 three years ago"),
        T("Colin Achebe, who heads retirement research at Halberd",
          "Halberd's head of retirement research, Colin Achebe"),
        T("differ by up to 18%", "was currently as much as 18 percent"),
        T("may drop again", "could fall again"),
    ]))

# =============================== REWRITE, INCONSISTENT (10)
CASES.append(C(
    "train seat reservation fine", "rewrite", "inconsistent",
    """Passengers on Pellaran Rail's intercity services who sit in a reserved seat without a
    matching ticket will face a fine of €45 from 3 February, the operator said on Tuesday. The
    penalty, which will be collected by on-board staff, is intended to end disputes that the
    company says have caused delays on busy routes between Orsaville and the coast. Passengers will
    first receive a verbal warning and will only be fined if they refuse to move. Pellaran Rail
    said complaints about seat disputes had tripled since 2021, reaching 9,800 last year. The
    passenger group Rail Users Forum said the fine was too high and called for more carriages
    instead.""",
    """From 2 February, anyone on a Pellaran Rail intercity train who occupies a reserved seat
    without holding the matching ticket will be fined €45, the operator announced on Tuesday.
    On-board staff will collect the penalty, which aims to put an end to disputes the company
    blames for delays on busy routes between Orsaville and the coast. Passengers will be given a
    verbal warning first and fined only if they refuse to move. According to Pellaran Rail,
    complaints about seat disputes have doubled since 2021, reaching 9,800 last year. The Rail
    Users Forum, a passenger group, said the fine was excessive and called for extra carriages
    instead.""",
    errors=[
        E("2 February", "date", "major", "3 February"),
        E("have doubled", "number", "major", "had tripled"),
    ],
    traps=[
        T("will be given a verbal warning first", "will first receive a verbal warning"),
        T("was excessive", "was too high"),
        T("On-board staff will collect the penalty", "which will be collected by on-board staff"),
    ]))

CASES.append(C(
    "right to repair law", "rewrite", "inconsistent",
    """Manufacturers of washing machines, dishwashers and fridges sold in Dalmark could be
    required to make spare parts available for at least ten years under a draft right-to-repair
    law published on Wednesday by the Ministry of Trade. The proposal, which is open to public
    consultation until 30 June, would also oblige companies to supply repair manuals to independent
    workshops free of charge. Trade Minister Pavel Oresund said the measures could cut household
    electrical waste by up to 15 percent. Manufacturers' association Domotec warned that the rules
    might raise the price of new appliances. If approved by parliament, the law would take effect
    in 2026.""",
    """Under a draft right-to-repair law the Ministry of Trade published on Wednesday, makers of
    washing machines, dishwashers and fridges sold in Dalmark will have to keep spare parts
    available for a minimum of ten years. The proposal, on which the public can comment until 30
    June, would additionally require firms to give independent repair workshops free access to
    repair manuals. According to Trade Minister Pavel Oresund, the measures could reduce household
    electrical waste by as much as 15%. Domotec, which represents manufacturers, cautioned that new
    appliances might become more expensive as a result. The law would come into force in 2026 if
    parliament approves it.""",
    errors=[
        E("will have to", "modality", "major", "could be required to"),
    ],
    traps=[
        T("for a minimum of ten years", "for at least ten years"),
        T("by as much as 15%", "by up to 15 percent"),
        T("if parliament approves it", "If approved by parliament"),
    ]))

CASES.append(C(
    "whisky cask fraud", "rewrite", "inconsistent",
    """A former director of Tayside Cask Holdings was jailed for six years on Thursday for
    defrauding more than 400 investors of £3.4 million by selling them whisky casks that did not
    exist. Glenbarra Crown Court heard that Douglas Rennick, 52, took payments for around 1,100
    casks between 2017 and 2021, but the firm's bonded warehouse held fewer than 300. Investors were
    promised annual returns of up to 12 percent. The fraud was uncovered when the distillery Loch
    Carran, which had supplied some genuine casks to the company, reported discrepancies in its
    records to police. Judge Alison Mowbray said Rennick had 'exploited the trust of ordinary
    savers'. Proceedings to recover his assets will begin next month.""",
    """Douglas Rennick, 52, a former director of Tayside Cask Holdings, was sentenced to six years
    in prison on Thursday for cheating more than 300 investors out of £3.4m by selling them whisky
    casks that did not exist. Glenbarra Crown Court was told that between 2017 and 2021 he took
    payment for about 1,100 casks, while the company's bonded warehouse contained fewer than 300.
    Investors had been promised yearly returns of as much as 12%. The scheme came to light after
    the distillery Loch Carran, which had bought some genuine casks from the company, told police
    about discrepancies in its records. Rennick had 'exploited the trust of ordinary savers', said
    Judge Alison Mowbray. Proceedings to recover his assets are due to start next month.""",
    errors=[
        E("more than 300 investors", "number", "major", "more than 400 investors"),
        E("Loch Carran, which had bought some genuine casks from the company", "role", "major",
          "Loch Carran, which had supplied some genuine casks to the company"),
    ],
    traps=[
        T("was sentenced to six years in prison", "was jailed for six years"),
        T("yearly returns of as much as 12%", "annual returns of up to 12 percent"),
    ]))

CASES.append(C(
    "gravel pit lake drowning", "rewrite", "inconsistent",
    """A 17-year-old boy who drowned in a flooded gravel pit near Ashworth on Saturday had been
    swimming with friends in an area where bathing is banned, police said. Emergency services were
    called at about 4.15pm and the teenager's body was recovered by divers two hours later.
    Inspector Claire Dunmore of Wexshire Police said early indications were that the boy had got
    into difficulty after swimming out to the middle of the lake, where the water is very cold even
    in summer. The quarry's owner, Harlow Aggregates, said warning signs were posted around the site
    and that it would review security. The local coroner has been informed. It is the second death
    at the lake in three years.""",
    """Police said a 17-year-old boy who drowned on Saturday in a flooded gravel pit near Ashworth
    had been swimming with friends in an area where bathing is prohibited. The emergency services
    were called out at around 4.15pm, and divers recovered the teenager's body two hours later.
    Inspector Claire Dunmore of Wexshire Police said the boy had got into difficulty after swimming
    out to the middle of the lake, where the water is very cold even in summer. According to
    police, warning signs had been put up around the site, and Harlow Aggregates, which owns the
    quarry, said it would review security. The local coroner has been notified. The boy is the
    second person to die at the lake in three years.""",
    errors=[
        O("early indications were that", "major", before="the boy had got into difficulty"),
        E("According to police", "attribution", "major", "The quarry's owner, Harlow Aggregates"),
    ],
    traps=[
        T("divers recovered the teenager's body two hours later",
          "the teenager's body was recovered by divers two hours later"),
        T("where bathing is prohibited", "where bathing is banned"),
    ]))

CASES.append(C(
    "meteorite sale dispute", "rewrite", "inconsistent",
    """A farmer in the Korrin Valley is taking legal action against a museum over the ownership of
    a 14-kilogram meteorite that fell on his land in 2019. Tomas Varga says he lent the iron
    meteorite to the Halden Natural History Museum for an exhibition in 2021 and that it was never
    returned. The museum argues that Mr Varga signed a donation agreement, and has offered the
    meteorite for sale to a private collector for an estimated 280,000 euros to fund a new gallery.
    A hearing at the regional court in Dravny is set for 9 October. Meteorite dealer Ilse
    Brandauer, who valued the stone for Mr Varga, said it was one of the largest iron meteorites
    found in the region in a century.""",
    """Tomas Varga, a farmer in the Korrin Valley, has gone to court against the Halden Natural
    History Museum over who owns a 14kg meteorite that fell on his land in 2019. Mr Varga says he
    loaned the iron meteorite to the museum for a 2021 exhibition and never got it back. The museum
    maintains that he signed a donation agreement, and has put the meteorite up for sale to a
    private collector at an estimated €280,000 to pay for a new gallery. The case will be heard at
    the regional court in Halden on 9 October. Ilse Brandauer, a meteorite dealer who valued the
    stone on Mr Varga's behalf, described it as one of the largest iron meteorites found in the
    region for 100 years.""",
    errors=[
        E("Halden", "entity", "major", "Dravny", occ=1),
    ],
    traps=[
        T("14kg", "14-kilogram"),
        T("€280,000", "280,000 euros"),
        T("for 100 years", "in a century"),
    ]))

CASES.append(C(
    "houseboat mooring eviction", "rewrite", "inconsistent",
    """Residents of 23 houseboats moored on the River Lenn at Castleholm have been given until 31
    August to leave after the waterways authority refused to renew their mooring licences. The Lenn
    Navigation Trust said the moorings, which have been in use since the 1980s, were obstructing a
    planned towpath extension and that the boats had not been issued with residential permits.
    Several residents, some of whom have lived on the river for more than 20 years, said they had
    been offered no alternative berths. The trust said it was 'sympathetic' and would not charge
    fees for the final three months. A residents' association has lodged an appeal with the Inland
    Waterways Tribunal, which has not yet set a date for a hearing.""",
    """The occupants of 23 houseboats on the River Lenn at Castleholm must leave by 31 August after
    the waterways authority declined to renew their mooring licences. According to the Lenn
    Navigation Trust, the moorings, used since the 1980s, stand in the way of a planned extension to
    the towpath, and the boats were never issued with residential permits. Several residents, some
    of whom have lived on the river for over two decades, said no alternative berths had been
    offered to them. The trust said it was 'sympathetic' but would still charge fees for the last
    three months. A residents' association has appealed to the Inland Waterways Tribunal, which has
    yet to fix a hearing date.""",
    errors=[
        E("would still charge fees", "polarity", "major", "would not charge fees"),
    ],
    traps=[
        T("declined to renew", "refused to renew"),
        T("for over two decades", "for more than 20 years"),
        T("has yet to fix a hearing date", "has not yet set a date for a hearing"),
    ]))

CASES.append(C(
    "printer ink lawsuit", "rewrite", "inconsistent",
    """A class action brought by printer owners against electronics maker Kestrel Imaging over
    firmware updates that blocked third-party ink cartridges has been settled out of court, lawyers
    for the claimants said on Monday. Under the agreement, which still needs approval from a judge,
    Kestrel will pay $9.5 million into a compensation fund and will allow customers to switch off
    the cartridge check in future updates. About 310,000 people who bought affected printers
    between 2018 and 2022 could be eligible for payments of up to $40 each. Kestrel did not admit
    wrongdoing. A spokesperson for the company said it was 'pleased to put this matter behind
    us'.""",
    """Kestrel Imaging has reached an out-of-court settlement in a class action filed by printer
    owners over firmware updates that stopped third-party ink cartridges from working, the
    claimants' lawyers said on Monday. The deal, which a judge must still approve, requires the
    electronics company to put $9.5m into a compensation fund and to remove the cartridge check in
    future updates. Around 310,000 people who purchased affected printers from 2018 to 2022 may
    qualify for payments of as much as $40 each. Kestrel has not admitted any wrongdoing. A company
    spokesperson said Kestrel was 'pleased to put this matter behind us'.""",
    errors=[
        E("remove the cartridge check", "event", "major",
          "allow customers to switch off the cartridge check"),
    ],
    traps=[
        T("which a judge must still approve", "which still needs approval from a judge"),
        T("$9.5m", "$9.5 million"),
        T("may qualify for payments of as much as $40 each",
          "could be eligible for payments of up to $40 each"),
    ]))

CASES.append(C(
    "guide dog refusal fine", "rewrite", "inconsistent",
    """A taxi driver in Merrowby has been fined £800 for refusing to carry a blind passenger and
    her guide dog, in what campaigners believe is the first prosecution of its kind in the county.
    Magistrates heard that Kevin Stott, 46, turned away Leah Farrant at a rank outside Merrowby
    railway station in March, telling her he was allergic to dogs, although he had no medical
    exemption certificate. He was also ordered to pay £350 in costs. The prosecution was brought by
    Merrowby Council, which licenses the city's taxi drivers, following a complaint from the charity
    Sight Forward. The council said it would consider whether Stott should keep his licence. Sight
    Forward said refusals remained 'depressingly common'.""",
    """A Merrowby taxi driver who refused to take a blind woman and her guide dog has been fined
    £800 in what campaigners believe is the county's first prosecution of its kind. Kevin Stott,
    46, turned Leah Farrant away from a rank outside Merrowby railway station in March, telling her
    he was allergic to dogs despite having no medical exemption certificate, magistrates were told.
    He must also pay costs of £350. The case was brought by Sight Forward, a charity, following a
    complaint from Merrowby Council, which licenses taxi drivers in the city. The council said
    Stott's licence would be revoked. Refusals were still 'depressingly common', Sight Forward
    said.""",
    errors=[
        E("Sight Forward, a charity, following a complaint from Merrowby Council", "role", "major",
          "Merrowby Council, which licenses the city's taxi drivers, following a complaint from "
          "the charity Sight Forward"),
        E("Stott's licence would be revoked", "modality", "major",
          "it would consider whether Stott should keep his licence"),
    ],
    traps=[
        T("He must also pay costs of £350", "He was also ordered to pay £350 in costs"),
        T("magistrates were told", "Magistrates heard"),
    ]))

CASES.append(C(
    "inheritance tax threshold", "rewrite", "inconsistent",
    """The government of Norland will raise the inheritance tax threshold from 325,000 to 400,000
    crowns from April next year, Finance Minister Erik Dahlgren announced in his budget statement on
    Wednesday. The threshold has been frozen since 2009. Officials estimate the change will remove
    around 6,000 estates a year from the tax and cost the treasury 210 million crowns annually by
    2028. The rate charged on estates above the threshold will remain at 40 percent. Dahlgren said
    the measure would help families 'who have seen rising house prices push modest homes into the
    tax net'. The opposition finance spokesperson, Maria Lind, said the money would have been better
    spent on social care.""",
    """Norland is to lift its inheritance tax threshold by 85,000 crowns, to 400,000, from next
    April, Finance Minister Erik Dahlgren said in Wednesday's budget statement. The threshold, which
    has not changed since 2009, is among the lowest in Europe. Roughly 6,000 estates a year will no
    longer pay the tax as a result, officials estimate, at a cost to the treasury of 210 million
    crowns a year by 2028. Estates above the threshold will still be taxed at 40%. The measure
    would help families 'who have seen rising house prices push modest homes into the tax net',
    Dahlgren said. Maria Lind, the opposition's finance spokesperson, said the money would have been
    better spent on social care.""",
    errors=[
        E("by 85,000 crowns", "number", "major", "from 325,000 to 400,000 crowns"),
        E("is among the lowest in Europe", "addition", "minor", None),
    ],
    traps=[
        T("which has not changed since 2009", "has been frozen since 2009"),
        T("will still be taxed at 40%", "will remain at 40 percent"),
    ]))

CASES.append(C(
    "hearing aid waiting times", "rewrite", "inconsistent",
    """Patients in the Eastfold health region are waiting an average of 31 weeks for a hearing aid
    fitting, up from 18 weeks two years ago, according to figures released on Thursday by the
    regional health board. The board said the delays were caused mainly by a shortage of
    audiologists, with 14 of its 52 posts currently vacant. More than 9,000 people are on the
    waiting list. The board plans to open two new community hearing clinics in Redbarrow and
    Stenfield before the end of the year and has begun recruiting from overseas. Patient group Hear
    Now said some elderly people were 'becoming isolated while they wait'. The board aims to bring
    waits below 18 weeks by March 2027.""",
    """The average wait for a hearing aid fitting in the Eastfold health region has risen to 31
    weeks from 18 weeks last year, according to figures the regional health board released on
    Thursday. The board blamed the delays chiefly on a shortage of audiologists, with 14 of its 52
    posts unfilled. The waiting list stands at over 9,000 people. The board plans to open two new
    community hearing clinics, in Redbarrow and Stenfield, before the year is out, and has started
    recruiting from abroad. Some elderly people were 'becoming isolated while they wait', said the
    patient group Hear Now. The board's goal is to cut waiting times to under 18 weeks by March
    2027.""",
    errors=[
        E("last year", "date", "major", "two years ago"),
    ],
    traps=[
        T("posts unfilled", "posts currently vacant"),
        T("over 9,000 people", "More than 9,000 people"),
        T("before the year is out", "before the end of the year"),
    ]))

# =============================== SUMMARY, CONSISTENT (5)
CASES.append(C(
    "cold snap gas demand", "summary", "consistent",
    """Gas demand in Valmark reached a record 412 million cubic metres on Tuesday as temperatures
    fell to minus 14C in parts of the country, the network operator GridFlow said. The previous
    record, 398 million cubic metres, was set during a cold spell in February 2018. GridFlow said
    supplies had held up and there was no risk to households, but it asked large industrial users
    to be ready to reduce consumption at short notice if the cold continued into next week. Storage
    sites were 61 percent full on Wednesday morning, compared with 78 percent a month earlier.
    Wholesale gas prices for next-day delivery rose by 22 percent on Tuesday before easing slightly
    on Wednesday. The national weather service expects temperatures to remain well below average
    until at least Sunday. Energy Minister Lars Brevik said the government was monitoring the
    situation closely and saw no need for emergency measures.""",
    """A cold snap pushed Valmark's gas demand to a record 412 million cubic metres on Tuesday,
    beating the 2018 high. Network operator GridFlow said households were not at risk but asked big
    industrial users to be prepared to cut use quickly should the cold last into next week. Storage
    is down to 61% full from 78% a month earlier, and next-day wholesale prices jumped 22% on
    Tuesday. The energy minister said no emergency measures were needed.""",
    traps=[
        T("beating the 2018 high",
          "The previous record, 398 million cubic metres, was set during a cold spell in February 2018"),
        T("households were not at risk", "there was no risk to households"),
        T("to cut use quickly", "to reduce consumption at short notice"),
        T("should the cold last into next week", "if the cold continued into next week"),
        T("The energy minister", "Energy Minister Lars Brevik"),
    ]))

CASES.append(C(
    "speed bump removal", "summary", "consistent",
    """Highways officials in Dunmere have agreed to remove eight speed bumps from Orchard Road
    after residents complained that they were causing noise, vibration and damage to vehicles. The
    bumps, installed in 2020 at a cost of £38,000, will be replaced by two average-speed cameras and
    a 20mph limit along the 1.2-kilometre road. A council survey found that 71 percent of the 640
    households that responded supported removing the bumps. Ambulance crews had also raised concerns
    that the humps slowed emergency vehicles and caused discomfort to patients. Work is scheduled to
    start on 6 May and to take three weeks, during which the road will be closed overnight.
    Councillor Janet Pryce, cabinet member for transport, said the cameras would 'keep speeds down
    without shaking the houses'. The scheme will cost £52,000.""",
    """Eight speed bumps on Dunmere's Orchard Road are to be taken out and replaced with two
    average-speed cameras and a 20mph limit, after residents complained of noise, vibration and
    damage to vehicles. More than two-thirds of households responding to a council survey backed
    the change, and ambulance crews had also objected to the humps. The three-week job, costing
    £52,000, is due to begin on 6 May.""",
    traps=[
        T("to be taken out", "to remove"),
        T("More than two-thirds of households responding to a council survey",
          "71 percent of the 640 households that responded"),
        T("had also objected to the humps", "had also raised concerns that the humps"),
        T("is due to begin on 6 May", "is scheduled to start on 6 May"),
    ]))

CASES.append(C(
    "firewood price surge", "summary", "consistent",
    """The price of seasoned firewood in the Tarn Hills region has almost doubled in a year, with a
    cubic metre of hardwood logs now selling for about 190 euros compared with 100 euros last
    winter, according to a survey by the consumer association Foyer. The association blamed higher
    fuel and labour costs for suppliers, a wet summer that slowed drying, and rising demand from
    households switching from heating oil. Foyer said it had received more than 450 complaints about
    short measures, with some buyers receiving loads up to 30 percent smaller than advertised. It
    urged customers to ask for a delivery note stating the volume and moisture content. The
    regional forestry office said it would release additional timber from public woodland in
    January to ease shortages. Suppliers' federation BoisNord said prices were likely to stabilise
    by spring.""",
    """Hardwood logs in the Tarn Hills now cost about 190 euros per cubic metre, close to twice last
    winter's price, a survey by consumer association Foyer found. Foyer cited suppliers' higher
    costs, a wet summer and more households abandoning heating oil, and reported over 450
    complaints of short measures. The regional forestry office will release extra timber in
    January, and the suppliers' federation expects prices to settle by spring.""",
    traps=[
        T("close to twice last winter's price", "has almost doubled in a year"),
        T("more households abandoning heating oil",
          "rising demand from households switching from heating oil"),
        T("over 450 complaints of short measures", "more than 450 complaints about short measures"),
        T("expects prices to settle by spring", "said prices were likely to stabilise by spring"),
    ]))

CASES.append(C(
    "toy magnet ban", "summary", "consistent",
    """The Consumer Safety Agency of Ardenne has banned the sale of magnetic toy sets containing
    small, high-powered magnets, following 37 cases of children swallowing them since 2022.
    Seventeen of the children needed surgery after magnets attracted each other through the walls
    of the intestine, the agency said. The ban, which takes effect on 1 October, applies to any toy
    containing loose magnets smaller than 6 millimetres with a flux above a set safety limit.
    Retailers will have 60 days to remove remaining stock, and those who continue selling the
    products face fines of up to 50,000 euros. Paediatric surgeon Dr Hélène Marceau said the
    injuries were 'devastating and entirely avoidable'. The Toy Retailers' Association said most of
    its members had already stopped selling the sets voluntarily.""",
    """Ardenne's consumer safety agency has banned toy sets with small, powerful magnets from 1
    October after 37 cases of children swallowing the magnets since 2022; 17 of the children
    needed operations. Shops have
    60 days to clear their remaining stock and face fines of up to 50,000 euros for continuing to
    sell the sets; the retailers' association said most of its members had already stopped
    voluntarily.""",
    traps=[
        T("small, powerful magnets", "small, high-powered magnets"),
        T("17 of the children needed operations", "Seventeen of the children needed surgery"),
        T("Shops have 60 days to clear their remaining stock",
          "Retailers will have 60 days to remove remaining stock"),
        T("for continuing to sell the sets", "those who continue selling the products"),
    ]))

CASES.append(C(
    "strawberry tunnel planning row", "summary", "consistent",
    """A fruit grower's plan to cover 45 hectares of farmland near the village of Ellingham with
    polythene strawberry tunnels has been rejected by Southmoor District Council's planning
    committee, despite a recommendation for approval from its own officers. Councillors voted seven
    to four against the application by Redfield Berries, citing the impact on views from the nearby
    Ellingham Downs, which is a protected landscape. More than 600 objections had been lodged,
    including from the parish council and a ramblers' group. Redfield Berries, which employs about
    180 seasonal workers, said the tunnels were essential to extend the growing season and compete
    with imports. Managing director Paul Hendry said the firm was 'deeply disappointed' and would
    consider an appeal to the national planning inspectorate.""",
    """Southmoor councillors have voted 7-4 to refuse Redfield Berries permission for 45 hectares
    of polythene strawberry tunnels near Ellingham, going against their officers' advice, because
    of the impact on views from the protected Ellingham Downs. The scheme drew over 600 objections.
    The grower, which says the tunnels are vital to compete with imports, may appeal.""",
    traps=[
        T("voted 7-4 to refuse", "voted seven to four against"),
        T("going against their officers' advice",
          "despite a recommendation for approval from its own officers"),
        T("over 600 objections", "More than 600 objections"),
        T("may appeal", "would consider an appeal"),
    ]))

# =============================== SUMMARY, INCONSISTENT (5)
CASES.append(C(
    "airport lost luggage backlog", "summary", "inconsistent",
    """About 14,000 bags are awaiting reunion with their owners at Corvain International Airport
    after a fault in the baggage sorting system on Friday, the airport's operator said on Monday.
    The fault, caused by a software update, left luggage from more than 200 flights stranded over
    the weekend. The operator, Corvain Airports Group, said it had hired 120 temporary staff and
    expected to return most bags within ten days. Passengers have been told to file claims through
    their airlines, which are responsible for compensation. The airline association AirLink said the
    delays were 'unacceptable' and that its members would seek to recover costs from the airport.
    Some travellers complained that they had received no information about their luggage. The
    airport said the system was now working normally.""",
    """A fault caused by a software update hit the baggage sorting system at Corvain International
    Airport on Friday, stranding luggage from more than 120 flights; about 14,000 bags are still
    waiting to be returned. The operator has hired 120 temporary staff and expects to return most
    bags within ten days. Passengers should claim compensation through their airlines, whose
    association, AirLink, called the delays 'unacceptable'. The operator has hired 120 temporary
    staff and expects to return most bags within ten days.""",
    errors=[
        E("more than 120 flights", "number", "major", "more than 200 flights"),
        E("The operator has hired 120 temporary staff and expects to return most bags within ten "
          "days.", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("about 14,000 bags are still waiting to be returned",
          "About 14,000 bags are awaiting reunion with their owners"),
    ]))

CASES.append(C(
    "trans fat ban", "summary", "inconsistent",
    """Restaurants, bakeries and food manufacturers in Kestria will be barred from using
    industrially produced trans fats from 1 January 2026, the Health Ministry announced on
    Thursday. The limit, set at 2 grams of trans fat per 100 grams of total fat, matches guidance
    from international health bodies. Health Minister Dana Okafor said the measure could prevent an
    estimated 1,100 deaths from heart disease each year. The National Bakers' Federation said most
    large producers had already reformulated their products but warned that some small bakeries
    would need financial help to switch to alternative fats. The ministry said it would offer grants
    of up to 5,000 euros to businesses with fewer than ten employees. Food inspectors will begin
    checks six months after the ban takes effect.""",
    """Kestria will ban restaurants, bakeries and food manufacturers from using industrially
    produced trans fats from 1 January 2026, capping them at 2g per 100g of total fat. According to
    the bakers' federation, the ban could prevent around 1,100 heart disease deaths a year.
    Businesses with fewer than ten staff will be offered grants of up to 5,000 euros, and
    inspections will start six months after the ban takes effect.""",
    errors=[
        E("According to the bakers' federation", "attribution", "major",
          "Health Minister Dana Okafor said"),
    ],
    traps=[
        T("capping them at 2g per 100g of total fat",
          "The limit, set at 2 grams of trans fat per 100 grams of total fat"),
        T("fewer than ten staff", "fewer than ten employees"),
        T("inspections will start", "Food inspectors will begin checks"),
    ]))

CASES.append(C(
    "speed camera switch-off", "summary", "inconsistent",
    """Forty-two fixed speed cameras across Hallamshire will be switched off from next month after
    the county's road safety partnership lost its funding, officials confirmed on Friday. The
    partnership, which is funded jointly by the county council and Hallamshire Police, will close
    at the end of March after the council withdrew its £1.1 million annual contribution as part of
    budget cuts. The cameras will remain in place but will not record offences, although police
    said mobile speed checks would continue. Road safety charity Brake Point said evidence showed
    that deaths and serious injuries rose at camera sites after similar switch-offs elsewhere.
    Council leader Graham Tulley said the authority had 'no choice' given a £24 million budget gap,
    and did not rule out reinstating the cameras if funding was found.""",
    """Forty-two fixed speed cameras across Hallamshire will stop recording offences from next
    month because the county's road safety partnership, which is to close with the loss of 30 jobs,
    has lost the council's £1.1m yearly contribution. Police will continue mobile speed checks. A
    charity warned that deaths and serious injuries rose at camera sites after switch-offs
    elsewhere. Citing a £24m budget gap, the council leader ruled out reinstating the cameras.""",
    errors=[
        E("with the loss of 30 jobs", "addition", "minor", None),
        E("ruled out reinstating the cameras", "polarity", "major",
          "did not rule out reinstating the cameras"),
    ],
    traps=[
        T("will stop recording offences", "will not record offences"),
        T("£1.1m yearly contribution", "£1.1 million annual contribution"),
        T("Police will continue mobile speed checks", "police said mobile speed checks would continue"),
    ]))

CASES.append(C(
    "controlled burn escape", "summary", "inconsistent",
    """A controlled burn carried out by the Parks and Wildlife Service in the Marrang Ranges escaped
    containment lines on Sunday afternoon and burned through about 650 hectares of bushland,
    destroying two sheds and a holiday cabin. No one was injured. The planned burn, covering 90
    hectares, was intended to reduce fuel loads ahead of summer, but strong, unexpected
    north-westerly winds carried embers across a fire break, the service said. About 80
    firefighters and three water-bombing aircraft brought the fire under control by Monday morning.
    Residents of Tallow Creek were told to prepare to leave but no evacuation order was issued. The
    service's regional manager, Bruce Kettering, apologised to affected landholders and said an
    independent review would examine the decision to proceed with the burn.""",
    """A planned 90-hectare burn by the Parks and Wildlife Service in the Marrang Ranges got away on
    Sunday when strong, unexpected winds blew embers over a fire break, burning some 650 hectares
    and destroying two sheds and a holiday cabin, though no one was hurt. Residents of Tallow Creek
    were evacuated, and about 80 firefighters and three water-bombers had the blaze under control by
    Monday morning. The service has apologised, and an independent review will examine the decision
    to go ahead.""",
    errors=[
        E("were evacuated", "event", "major", "were told to prepare to leave"),
    ],
    traps=[
        T("got away", "escaped containment lines"),
        T("some 650 hectares", "about 650 hectares"),
        T("no one was hurt", "No one was injured"),
    ]))

CASES.append(C(
    "probation tagging failure", "summary", "inconsistent",
    """More than 1,200 offenders wearing electronic tags in the Westmarch region were not monitored
    for up to 36 hours last week after a software fault at the tagging contractor Sentinel Track,
    the regional probation service said on Tuesday. During the outage, alerts for curfew breaches
    and tampering were not passed to probation officers. The service said it had since reviewed all
    cases and identified 43 possible breaches, which are being investigated. Two offenders have been
    recalled to prison. Sentinel Track, which holds a £60 million contract running until 2027, said
    the fault had been caused by a failed update to its servers and had been fixed. The chief
    inspector of probation, Ruth Adeyemi, has ordered an urgent review of the contract. Victims'
    groups said they had not been told about the failure.""",
    """A software fault at tagging contractor Sentinel Track left more than 1,200 tagged offenders
    in Westmarch unmonitored for as long as 36 hours last week, with curfew and tampering alerts not
    reaching probation officers. Forty-three possible breaches are being investigated and two
    offenders have been returned to prison. Westmarch's chief probation officer has ordered an
    urgent review of Sentinel Track's £60m contract.""",
    errors=[
        E("Westmarch's chief probation officer", "entity", "major",
          "The chief inspector of probation"),
    ],
    traps=[
        T("for as long as 36 hours", "for up to 36 hours"),
        T("Forty-three possible breaches", "43 possible breaches"),
        T("have been returned to prison", "have been recalled to prison"),
    ]))

# =============================== TRANSLATION, CONSISTENT (5)
CASES.append(C(
    "yam market fire", "translation", "consistent",
    """A fire broke out in the early hours of Thursday at the central yam market in the city of
    Ebrano, destroying around 300 stalls and tonnes of produce, the municipal fire brigade reported.
    Nobody was killed, but four traders were taken to hospital with burns and smoke inhalation. The
    blaze started at about 2 a.m. in a storage shed and spread rapidly because of the wooden
    structures and strong winds, according to fire chief Kofi Abandze. Firefighters needed five
    hours to bring it under control. Market traders' union leader Grace Ntim estimated losses at the
    equivalent of more than 1.5 million dollars. Mayor Efua Dankwa announced that the traders would
    be temporarily relocated to the municipal stadium car park and promised an investigation into
    the cause of the fire.""",
    """Around 300 stalls and tonnes of goods were destroyed when fire swept through Ebrano's
    central yam market in the small hours of Thursday, according to the city's fire service. There
    were no deaths, though four vendors were hospitalised suffering from burns and smoke
    inhalation. Fire chief Kofi Abandze said the fire began at roughly two in the morning in a
    storage shed and spread quickly owing to the wooden structures and high winds. It took
    firefighters five hours to get it under control. Grace Ntim, who leads the market traders'
    union, valued the losses at over 1.5 million dollars. The traders will be moved for the
    time being to the car park of the municipal stadium, said Mayor Efua Dankwa, who also pledged
    an inquiry into what started the fire.""",
    traps=[
        T("four vendors were hospitalised", "four traders were taken to hospital"),
        T("at roughly two in the morning", "at about 2 a.m."),
        T("It took firefighters five hours to get it under control",
          "Firefighters needed five hours to bring it under control"),
        T("valued the losses at over 1.5 million dollars",
          "estimated losses at the equivalent of more than 1.5 million dollars"),
        T("moved for the time being", "temporarily relocated"),
    ]))

CASES.append(C(
    "banana disease spread", "translation", "consistent",
    """The fungal disease known as Panama disease has been detected on three more banana farms in
    the southern province of Rivadera, bringing the number of affected plantations to eleven, the
    national plant health agency SENAF said on Monday. The agency has placed the farms under
    quarantine, banned the movement of soil and plant material from them and ordered workers' boots
    and vehicles to be disinfected. There is no cure for the disease, which survives in the soil for
    decades. Producers' association Asoban said about 2,300 hectares were now under restrictions,
    roughly 8 percent of the province's banana area. Its president, Julio Ferrán, called on the
    government to provide compensation and warned that exports could fall this year. The agency
    said the fruit itself posed no risk to consumers.""",
    """Panama disease, a fungal infection, has been found on another three banana plantations in
    Rivadera province in the south, raising the total of affected farms to 11, SENAF, the national
    plant health agency, reported on Monday. The farms have been quarantined by the agency, which
    has prohibited moving soil and plant material off them and required the disinfection of
    workers' boots and vehicles. The disease cannot be cured and persists in the soil for decades.
    According to the growers' association Asoban, some 2,300 hectares - about 8% of the province's
    land under bananas - are now subject to restrictions. Julio Ferrán, the association's
    president, asked the government for compensation and cautioned that exports might drop this
    year. The fruit itself is not dangerous to consumers, the agency said.""",
    traps=[
        T("another three banana plantations", "three more banana farms"),
        T("raising the total of affected farms to 11",
          "bringing the number of affected plantations to eleven"),
        T("The farms have been quarantined by the agency", "The agency has placed the farms under quarantine"),
        T("about 8% of the province's land under bananas", "roughly 8 percent of the province's banana area"),
        T("exports might drop this year", "exports could fall this year"),
    ]))

CASES.append(C(
    "cassava virus", "translation", "consistent",
    """Agricultural researchers in the Lowuru district have confirmed an outbreak of cassava brown
    streak virus that has affected roughly a quarter of the crop in 14 villages, the district
    agriculture office said on Friday. The disease, which is spread by whiteflies and by planting
    infected cuttings, causes the roots to rot and become inedible, often without visible symptoms
    on the leaves. Officials said around 3,500 households depend on cassava as their main food. The
    office will distribute 200,000 virus-free cuttings to farmers before the next planting season in
    March, with support from the aid group Harvest Bridge. District agriculture officer Mary Okello
    urged farmers not to share cuttings with neighbours and to uproot and burn infected plants.
    Prices for cassava flour in local markets have risen by about 40 percent since January.""",
    """Researchers have confirmed an outbreak of cassava brown streak virus in Lowuru district that
    has hit some 25 percent of the crop in 14 villages, the district agriculture office announced on
    Friday. The virus is carried by whiteflies and is also passed on when infected cuttings are
    planted; it makes the roots rot until they can no longer be eaten, frequently with no visible
    sign on the leaves. Some 3,500 households rely on cassava as their staple food, officials said.
    Before the next planting season in March, the office, with help from the aid organisation
    Harvest Bridge, will hand out 200,000 virus-free cuttings to farmers. Mary Okello, the district
    agriculture officer, called on farmers to avoid passing cuttings to their neighbours and to pull
    up and burn any infected plants. In local markets, cassava flour has become roughly 40 percent
    more expensive since January.""",
    traps=[
        T("some 25 percent of the crop", "roughly a quarter of the crop"),
        T("Some 3,500 households rely on cassava as their staple food",
          "around 3,500 households depend on cassava as their main food"),
        T("hand out 200,000 virus-free cuttings", "distribute 200,000 virus-free cuttings"),
        T("to avoid passing cuttings to their neighbours", "not to share cuttings with neighbours"),
        T("has become roughly 40 percent more expensive", "have risen by about 40 percent"),
    ]))

CASES.append(C(
    "pineapple plantation land dispute", "translation", "consistent",
    """A court in the coastal district of Santa Olinda has suspended the expansion of a pineapple
    plantation owned by the company Tropifrut while it examines a claim by an indigenous community
    that the land belongs to them. The Kawira community says that about 1,800 hectares cleared by
    the company since 2021 are part of its ancestral territory, recognised in a 1994 decree.
    Tropifrut, which exports most of its fruit to Europe, says it bought the land legally from
    private owners and holds valid titles. The judge ordered the company not to plant, clear or
    fence any further land until a ruling is issued, which is expected within four months.
    Community leader Aurelio Tunqui described the decision as 'a first victory'. The company said it
    would respect the order but would appeal.""",
    """While it considers an indigenous community's claim to the land, a court in Santa Olinda, a
    district on the coast, has halted the expansion of Tropifrut's pineapple plantation. The Kawira
    community maintains that roughly 1,800 hectares the company has cleared since 2021 lie within its
    ancestral territory, as recognised by a decree from 1994. Tropifrut, which sends the bulk of its
    fruit to Europe, insists it acquired the land lawfully from private owners and has valid titles.
    Until a judgment is handed down - likely within four months - the company may not plant, clear
    or fence any more land, the judge ruled. Aurelio Tunqui, a leader of the community, called the
    ruling 'a first victory'. Tropifrut said it would comply with the order but intended to
    appeal.""",
    traps=[
        T("has halted the expansion", "has suspended the expansion"),
        T("a decree from 1994", "a 1994 decree"),
        T("the bulk of its fruit", "most of its fruit"),
        T("likely within four months", "which is expected within four months"),
        T("would comply with the order but intended to appeal",
          "would respect the order but would appeal"),
    ]))

CASES.append(C(
    "pepper crop blight", "translation", "consistent",
    """An outbreak of phytophthora blight has destroyed up to half of the black pepper harvest in
    parts of the Serang Highlands, growers' cooperatives said on Tuesday. Weeks of heavy rain in
    October and November created ideal conditions for the fungus-like organism, which attacks the
    roots and causes vines to wilt and die within days. The regional agriculture department said
    around 4,200 farmers had reported losses and that it would supply fungicide free of charge to
    the worst-hit villages. Farm-gate prices for black pepper have risen from 5.20 to 6.80 dollars
    per kilogram since the start of the month. Cooperative chairman Hendra Wijaya said many
    smallholders would need two to three years to replant and recover. Exporters have warned that
    shipments could be delayed until March.""",
    """Growers' cooperatives reported on Tuesday that phytophthora blight had wiped out as much as
    50 percent of the black pepper harvest in some areas of the Serang Highlands. The fungus-like
    pathogen, which attacks the roots and makes the vines wilt and die in a matter of days, found
    perfect conditions in several weeks of heavy rain in October and November. Some 4,200 farmers
    have reported losses, according to the regional agriculture department, which will provide
    fungicide at no cost to the villages hardest hit. Since the beginning of the month, the price
    paid to farmers for black pepper has climbed from 5.20 dollars a kilo to 6.80. Many small
    farmers will need two to three years to replant and get back on their feet, said cooperative
    chairman Hendra Wijaya. Exporters have cautioned that shipments may be held up until March.""",
    traps=[
        T("as much as 50 percent", "up to half"),
        T("in a matter of days", "within days"),
        T("at no cost", "free of charge"),
        T("the price paid to farmers", "Farm-gate prices"),
        T("may be held up until March", "could be delayed until March"),
    ]))

# =============================== TRANSLATION, INCONSISTENT (5)
CASES.append(C(
    "guitar maker import ban", "translation", "inconsistent",
    """The customs authority of Lusitra has blocked the import of 1,400 guitars made by the
    instrument maker Alvarenga Guitars after inspectors found that their fingerboards contained
    rosewood from a protected species without the required export certificates. The instruments,
    worth an estimated 900,000 euros, have been held at the port of Vila Serena since August. The
    company, based in the town of Monte Baixo, said it had bought the wood in good faith from a
    licensed supplier and had submitted the missing documents. A spokesperson for the customs
    authority said the guitars might be released if the certificates were confirmed as valid, but
    could otherwise be confiscated. The environmental group Forest Watch said the case showed the
    need for tighter controls on timber used in musical instruments.""",
    """Customs officials in Lusitra have stopped 1,400 guitars produced by Alvarenga Guitars from
    entering the country, having discovered that the fingerboards were made of rosewood from a
    protected species that lacked the necessary export certificates. The guitars, valued at around
    900,000 euros, have been held in the port of Monte Baixo since August. The firm, which is
    headquartered in Monte Baixo, stated that it had purchased the wood in good faith from a
    licensed supplier and had sent in the documents that were missing. According to a customs
    spokesperson, the guitars will be released once the certificates have been verified; otherwise
    they could be seized. The environmental organisation Forest Watch said the case demonstrated
    that stricter controls were needed on wood used to make musical instruments.""",
    errors=[
        E("Monte Baixo", "entity", "major", "Vila Serena", occ=0),
        E("will be released once the certificates have been verified", "modality", "major",
          "might be released if the certificates were confirmed as valid"),
    ],
    traps=[
        T("valued at around 900,000 euros", "worth an estimated 900,000 euros"),
        T("could be seized", "could otherwise be confiscated"),
    ]))

CASES.append(C(
    "garlic import fraud", "translation", "inconsistent",
    """Investigators from the anti-fraud office of Marrazia have uncovered a scheme in which about
    2,000 tonnes of garlic imported from abroad were relabelled and sold as a protected local
    variety, Rosso di Valdena, over three years. According to the office, the wholesaler Ortoverde
    bought the garlic from the importer Agrisud at low prices and repackaged it in bags bearing the
    local variety's quality seal. The fraud is estimated to have generated illicit profits of 3.6
    million euros. Five people have been placed under investigation, including Ortoverde's managing
    director. The consortium that protects Rosso di Valdena said genuine growers had lost market
    share and that it would join the case as an injured party. Tests on bulb samples by the state
    laboratory confirmed the foreign origin.""",
    """Marrazia's anti-fraud office has exposed a scheme in which some 2,000 tonnes of foreign
    garlic were relabelled over a three-year period and sold as Rosso di Valdena, a protected local
    variety. The office said the wholesaler Ortoverde sold the garlic to the importer Agrisud at low
    prices, after which it was repacked in bags displaying the quality seal of the local variety.
    Illegal profits from the fraud are put at 3.6 million euros. Five people, among them the
    managing director of Ortoverde, are under investigation. Genuine growers have lost market share,
    said the consortium that protects Rosso di Valdena, which will join the proceedings as an
    injured party. The state laboratory tested samples of the bulbs and confirmed that they came
    from abroad.""",
    errors=[
        E("Ortoverde sold the garlic to the importer Agrisud", "role", "major",
          "Ortoverde bought the garlic from the importer Agrisud"),
    ],
    traps=[
        T("over a three-year period", "over three years"),
        T("Illegal profits from the fraud are put at 3.6 million euros",
          "The fraud is estimated to have generated illicit profits of 3.6 million euros"),
        T("confirmed that they came from abroad", "confirmed the foreign origin"),
    ]))

CASES.append(C(
    "jury room leak", "translation", "inconsistent",
    """The trial of three men accused of a bank robbery in the city of Brenholm has been halted
    after details of the jury's private deliberations were published on social media, the district
    court announced on Wednesday. Presiding judge Ingrid Sollberg dismissed all twelve jurors and
    ordered a retrial with a new jury, which is expected to begin in January. Police have opened an
    investigation into the leak and questioned a juror's relative, but no one has been charged. The
    prosecutor, Anders Holm, said the leak had caused 'serious damage to public confidence in the
    process'. Defence lawyers for the three men said they would ask for their clients to be released
    on bail pending the new trial. The court said it would review its rules on jurors' use of mobile
    phones.""",
    """The district court said on Wednesday that the trial of three men charged with robbing a bank
    in Brenholm had been stopped because the jury's confidential deliberations had been posted on
    social media. Judge Ingrid Sollberg, who was presiding, discharged the whole jury of twelve and
    ordered the case to be retried before new jurors, probably starting in January. Police are
    investigating the leak and have questioned a relative of one juror, who has been charged. The
    leak had done 'serious damage to public confidence in the process', the judge said. Lawyers
    defending the three men said they would seek bail for their clients until the new trial. The
    court said its rules on jurors using mobile phones would be reviewed.""",
    errors=[
        E("who has been charged", "polarity", "major", "no one has been charged"),
        E("the judge said", "attribution", "major", "The prosecutor, Anders Holm, said"),
    ],
    traps=[
        T("discharged the whole jury of twelve", "dismissed all twelve jurors"),
        T("probably starting in January", "which is expected to begin in January"),
        T("would seek bail for their clients", "would ask for their clients to be released on bail"),
    ]))

CASES.append(C(
    "feral goat removal", "translation", "inconsistent",
    """Authorities on the island of Santa Brígida will begin removing around 3,000 feral goats next
    month to protect rare native plants, the island council announced on Monday. The animals,
    descended from livestock abandoned in the 1970s, have stripped vegetation from large areas of
    the island's cliffs, threatening at least six endemic plant species with extinction. The council
    said that, wherever possible, goats would be captured alive and offered to farmers, and that
    culling by professional marksmen would be used only in inaccessible areas. The operation will
    cost about 450,000 euros and last two years. Animal welfare group Vida Animal said it opposed any
    shooting and would ask a court to suspend the plan. A local farmers' association said its
    members were ready to take several hundred animals.""",
    """Next month the authorities of Santa Brígida will start removing about 3,000 wild goats from
    the island in order to protect rare native flora, the island council said on Monday. Descended
    from farm animals abandoned in the 1970s, the goats have stripped the vegetation off large parts
    of the island's cliffs and are pushing at least six endemic plant species towards extinction.
    The council explained that where possible the goats would be caught alive and given to farmers,
    with professional marksmen carrying out culls. The operation will take two years and cost roughly
    450,000 euros. The animal welfare organisation Vida Animal said it was against any shooting and
    would go to court to have the plan suspended. Members of a local farmers' association are
    prepared to take in several hundred of the animals, the association said.""",
    errors=[
        O("only in inaccessible areas", "major", after="carrying out culls"),
    ],
    traps=[
        T("where possible", "wherever possible"),
        T("will take two years and cost roughly 450,000 euros",
          "will cost about 450,000 euros and last two years"),
        T("are prepared to take in several hundred of the animals",
          "were ready to take several hundred animals"),
    ]))

CASES.append(C(
    "turnip price jump", "translation", "inconsistent",
    """Wholesale turnip prices in the Oberfeld region have jumped by 60 percent in three weeks after
    frost damaged crops in the main growing areas, the regional chamber of agriculture said on
    Thursday. A 10-kilogram crate now costs about 14 euros at the Halbach wholesale market, against
    8.75 euros at the beginning of November. The chamber said the cold spell in the last week of
    October had destroyed about a third of the unharvested crop. Supermarkets have started importing
    turnips from neighbouring countries to fill the gap. The chamber's vegetable adviser, Petra
    Lindqvist, said prices were unlikely to fall before the new season's crop arrives in late
    spring. Consumer group Konsumwacht advised shoppers to switch to other root vegetables such as
    swedes and carrots.""",
    """Frost damage in the main growing areas has pushed wholesale turnip prices in the Oberfeld
    region up by 60 percent in the space of three weeks, the regional agriculture chamber reported
    on Thursday. At the Halbach wholesale market a 10kg crate now sells for around 14 euros,
    compared with 8.75 euros in early November. According to the chamber, roughly a third of the
    crop still in the ground was destroyed by the cold snap in the first week of November.
    Supermarkets have begun bringing in turnips from neighbouring countries to fill the gap, to fill
    the gap. Petra Lindqvist, the chamber's vegetable adviser, said prices would probably not come
    down before the new season's crop arrives in late spring. The consumer association Konsumwacht
    recommended that shoppers switch to other root vegetables, such as swedes and carrots.""",
    errors=[
        E("in the first week of November", "date", "major", "in the last week of October"),
        E("to fill the gap", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("in early November", "at the beginning of November"),
        T("roughly a third of the crop still in the ground", "about a third of the unharvested crop"),
        T("prices would probably not come down", "prices were unlikely to fall"),
    ]))


# ---------------------------------------------------------------- build + validate
class Invalid(Exception):
    pass


def find_occurrence(haystack, needle, occ, what):
    positions = []
    i = haystack.find(needle)
    while i != -1:
        positions.append(i)
        i = haystack.find(needle, i + 1)
    if not positions:
        raise Invalid("%s: %r not found" % (what, needle))
    if occ is None:
        if len(positions) > 1:
            raise Invalid("%s: %r occurs %d times; give occ" % (what, needle, len(positions)))
        occ = 0
    if occ >= len(positions):
        raise Invalid("%s: %r has no occurrence %d" % (what, needle, occ))
    return positions[occ]


def boundary_ok(s, start, end):
    """Span [start, end) must not cut words."""
    def alnum(i):
        return 0 <= i < len(s) and s[i].isalnum()
    if start == end:
        return not (alnum(start - 1) and alnum(start))
    if alnum(start - 1) and alnum(start):
        return False
    if alnum(end - 1) and alnum(end):
        return False
    if s[start].isspace() or s[end - 1].isspace():
        return False
    return True


def build():
    problems = []
    records = []
    if len(CASES) != 40:
        problems.append("expected 40 cases, got %d" % len(CASES))
    domains = [c["domain"] for c in CASES]
    if sorted(domains) != sorted(DOMAINS) or len(set(domains)) != len(domains):
        problems.append("domains do not match the list one-to-one: extra=%s missing=%s"
                        % (set(domains) - set(DOMAINS), set(DOMAINS) - set(domains)))

    for n, case in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, n)
        ref, cand = case["reference"], case["candidate"]
        mode, label = case["mode"], case["label"]
        try:
            if mode not in ("rewrite", "summary", "translation"):
                raise Invalid("bad mode %r" % mode)
            if label not in ("consistent", "inconsistent"):
                raise Invalid("bad label %r" % label)
            rw = len(ref.split())
            if not 70 <= rw <= 190:
                raise Invalid("reference has %d words" % rw)
            if cand == ref:
                raise Invalid("candidate identical to reference")
            if mode == "summary" and not (len(cand.split()) < rw and len(cand) < len(ref)):
                raise Invalid("summary not shorter than reference")
            errs, traps, spans = [], [], []
            for e in case["errors"]:
                et, sev = e["type"], e["severity"]
                if et not in ERROR_TYPES:
                    raise Invalid("bad error type %r" % et)
                if sev not in SEVERITIES:
                    raise Invalid("bad severity %r" % sev)
                if e["kind"] == "point":
                    if mode == "summary":
                        raise Invalid("omission in summary mode")
                    if (e["after"] is None) == (e["before"] is None):
                        raise Invalid("omission needs exactly one of after/before")
                    if e["after"] is not None:
                        p = find_occurrence(cand, e["after"], e["occ"], cid + " omission anchor")
                        pos = p + len(e["after"])
                    else:
                        pos = find_occurrence(cand, e["before"], e["occ"], cid + " omission anchor")
                    start = end = pos
                    text = ""
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        raise Invalid("omission ref_text %r not in reference" % e["ref_text"])
                    if e["ref_text"] in cand:
                        raise Invalid("omitted words %r still in candidate" % e["ref_text"])
                else:
                    if et == "omission":
                        raise Invalid("omission must be given with O()")
                    text = e["text"]
                    start = find_occurrence(cand, text, e["occ"], cid + " error")
                    end = start + len(text)
                    if et in ("addition", "repetition"):
                        if e["ref_text"] is not None:
                            raise Invalid("%s must have ref_text None" % et)
                        if et == "repetition" and cand.find(text) >= start:
                            raise Invalid("repetition %r has no earlier copy" % text)
                    else:
                        if not e["ref_text"] or e["ref_text"] not in ref:
                            raise Invalid("error ref_text %r not in reference" % e["ref_text"])
                        if e["ref_text"] == text:
                            raise Invalid("error text equals ref_text: %r" % text)
                if not boundary_ok(cand, start, end):
                    raise Invalid("error span cuts a word: %r" % text)
                assert cand[start:end] == text
                errs.append({"start": start, "end": end, "text": text, "type": et,
                             "severity": sev, "ref_text": e["ref_text"]})
                spans.append((start, end, "error " + repr(text)))
            for t in case["traps"]:
                text = t["text"]
                start = find_occurrence(cand, text, t["occ"], cid + " trap")
                end = start + len(text)
                if not boundary_ok(cand, start, end):
                    raise Invalid("trap span cuts a word: %r" % text)
                if t["ref_text"] not in ref:
                    raise Invalid("trap ref_text %r not in reference" % t["ref_text"])
                if t["ref_text"] == text:
                    raise Invalid("trap text equals its ref_text: %r" % text)
                assert cand[start:end] == text
                traps.append({"start": start, "end": end, "text": text, "ref_text": t["ref_text"]})
                spans.append((start, end, "trap " + repr(text)))
            # no overlaps (a zero-width point may not fall strictly inside a span)
            for i in range(len(spans)):
                for j in range(i + 1, len(spans)):
                    a, b = spans[i], spans[j]
                    if a[0] == a[1] or b[0] == b[1]:
                        pt, other = (a, b) if a[0] == a[1] else (b, a)
                        if other[0] < pt[0] < other[1]:
                            raise Invalid("point inside span: %s / %s" % (a[2], b[2]))
                    elif a[0] < b[1] and b[0] < a[1]:
                        raise Invalid("overlap: %s / %s" % (a[2], b[2]))
            if label == "consistent":
                if errs:
                    raise Invalid("consistent pair has errors")
                if not 3 <= len(traps) <= 5:
                    raise Invalid("consistent pair needs 3-5 traps, has %d" % len(traps))
            else:
                if not 1 <= len(errs) <= 2:
                    raise Invalid("inconsistent pair should have 1-2 errors, has %d" % len(errs))
                if len(traps) > 3:
                    raise Invalid("inconsistent pair has %d traps" % len(traps))
            errs.sort(key=lambda x: (x["start"], x["end"]))
            traps.sort(key=lambda x: (x["start"], x["end"]))
            records.append({"id": cid, "domain": case["domain"], "mode": mode,
                            "reference": ref, "candidate": cand, "label": label,
                            "errors": errs, "traps": traps})
        except Invalid as exc:
            problems.append("%s (%s): %s" % (cid, case.get("domain"), exc))

    # composition
    from collections import Counter
    combo = Counter((c["mode"], c["label"]) for c in CASES)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(combo) != want:
        problems.append("mode/label composition wrong: %s" % dict(combo))
    types = Counter(e["type"] for c in CASES for e in c["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s has only %d" % (t, types[t]))
    return records, problems, types


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems, types = build()
    if problems:
        for p in problems:
            print("INVALID:", p)
        sys.exit(1)
    n_traps = sum(len(r["traps"]) for r in records)
    print("OK: %d pairs, %d errors, %d traps" % (len(records), sum(types.values()), n_traps))
    print("error types:", ", ".join("%s %d" % (t, types[t]) for t in ERROR_TYPES))
    if check_only:
        print("--check: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    main()
