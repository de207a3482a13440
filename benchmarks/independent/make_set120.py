#!/usr/bin/env python3
"""Held-out evaluation set "set120" for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair below was hand-written by a helper session that saw no code, data or
benchmark of the project; it worked only from a written brief describing the
record format, the error taxonomy and the wanted composition.  All people,
companies, organisations, towns, vessels, products and figures are invented;
real countries (and a few regions/seas) appear only as background.  No character
offset is typed by hand: each span is given as quoted candidate text (with an
occurrence index where that text repeats) and its offsets are found by string
search when the script runs.  The script validates every case and the overall
composition before writing anything.

Composition (N = 40 pairs, ids s120-001 .. s120-040)
----------------------------------------------------
* labels: 20 consistent, 20 inconsistent
* modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
* errors: 30 in total, over the eleven types -- entity 3, number 3, date 3,
          role 3, polarity 3, modality 3, attribution 3, event 3, omission 2,
          addition 2, repetition 2; 10 inconsistent pairs carry one error and
          10 carry two.  Omissions occur only in rewrite/translation pairs.
* traps:  every consistent pair carries 3-5 traps (faithful rewordings a naive
          checker might flag); inconsistent pairs carry 0-3.
* references are 70-190 words in news / agency / corporate / official register;
  every pair has a different domain from the brief's list of 40.

Usage
-----
    python3 make_set120.py           # validate, then write set120.jsonl
    python3 make_set120.py --check   # validate only, write nothing
"""

import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set120.jsonl")

DOMAINS = [
    "hornpipe dance festival", "locksmith fraud case", "barnacle cleaning contract",
    "tinsel import seizure", "balalaika concert cancelled", "teapot museum",
    "tamale vendor licence", "sushi conveyor hygiene", "hosiery mill closure",
    "monocle museum opening", "walnut grove felling", "treacle spill cleanup",
    "ocarina craze", "tricycle race protest", "poppy seed contamination",
    "marionette collection bequest", "persimmon glut", "turbot farm escape",
    "trombone maker merger", "periscope museum loan", "hopscotch record attempt",
    "tapir birth at zoo", "mint julep festival", "sloth sanctuary funding",
    "sphinx replica dispute", "wool auction price slump", "cuttlefish ink supply",
    "dumbwaiter accident", "wolfhound show disqualification", "gazebo collapse lawsuit",
    "papyrus conservation", "foghorn silencing", "clockmaker guild award",
    "trumpet recall", "armadillo rescue funding", "opal mine collapse",
    "schooner restoration", "abseiling accident inquiry", "thistle eradication grant",
    "pemmican heritage grant",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


# ---------------------------------------------------------------- helpers
def E(text, type, severity, ref_text=None, occ=None):
    """An error span given by its candidate text (occ = occurrence index)."""
    return {"kind": "span", "text": text, "type": type, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OMIT(ref_text, severity, after=None, before=None, occ=None):
    """An omission: zero-width point just after `after` (or just before `before`)."""
    return {"kind": "omit", "text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "before": before, "occ": occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording in the candidate; ref_text = reference wording."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def norm(s):
    return " ".join(s.split())


# ---------------------------------------------------------------- cases
CASES = [
    # 1 ------------------------------------------------------------------
    dict(
        domain="hornpipe dance festival", mode="rewrite", label="consistent",
        reference="""
The Saltmarsh Hornpipe Festival will return to the harbour town of Kellavoe on 14 June
after a two-year absence, organisers announced on Monday. The three-day event, which was
last held in 2021, is expected to attract around 6,000 visitors and more than 40 dance
troupes from across the region. Festival director Morwenna Tally said the break had been
caused by repairs to the quayside stage, which cost £180,000 and were paid for jointly by
the town council and the Kellavoe Maritime Trust. Tickets for the main competition will
cost £12, with under-16s admitted free. Ms Tally said the organisers hoped to make the
festival an annual fixture again, but warned that this would depend on securing a sponsor
for 2025.
""",
        candidate="""
After two years off, the Saltmarsh Hornpipe Festival is coming back to the harbour town of
Kellavoe on 14 June, its organisers said on Monday. Around 6,000 visitors are likely to
attend the three-day festival, which was last held in 2021, along with over 40 troupes of
dancers from across the region. According to festival director Morwenna Tally, the break
was due to repairs to the quayside stage costing £180,000, which were funded jointly by the
Kellavoe Maritime Trust and the town council. Entry to the main competition will cost £12,
and under-16s will get in free. Ms Tally said the organisers hoped to make the festival a
yearly event once more, but cautioned that this hinged on finding a sponsor for 2025.
""",
        errors=[],
        traps=[
            T("After two years off", "after a two-year absence"),
            T("are likely to attend", "is expected to attract"),
            T("funded jointly by the Kellavoe Maritime Trust and the town council",
              "paid for jointly by the town council and the Kellavoe Maritime Trust"),
            T("a yearly event once more", "an annual fixture again"),
            T("hinged on finding a sponsor", "would depend on securing a sponsor"),
        ],
    ),
    # 2 ------------------------------------------------------------------
    dict(
        domain="locksmith fraud case", mode="rewrite", label="inconsistent",
        reference="""
A locksmith from Dunmore Vale has been ordered to repay £46,300 to customers he overcharged
for emergency call-outs, Brackley Crown Court heard on Thursday. Gareth Pell, 52, who traded
as Pell Secure Locks, admitted 14 counts of fraud by false representation between 2019 and
2023. The court was told that callers, many of them elderly, were quoted a fixed fee of £69
by phone but then charged up to £780 once a door had been opened. His accomplice, Wayne
Truscott, 31, took the calls while Pell carried out the jobs. The case was brought by Harlow
County Trading Standards after a complaint from a pensioner who was charged £610 to replace
a single lock. Judge Anita Rowse sentenced Pell to 20 months in prison, suspended for two
years, and banned him from acting as a company director for six years.
""",
        candidate="""
Brackley Crown Court heard on Thursday that a Dunmore Vale locksmith has been ordered to pay
back £46,300 to customers he overcharged for emergency call-outs. Gareth Pell, 52, who traded
as Pell Secure Locks, pleaded guilty to 14 counts of fraud by false representation committed
between 2019 and 2023. Callers, many of whom were elderly, were quoted a fixed £69 fee over
the phone, the court was told, but were then charged up to twenty times as much once a door
had been opened. Pell took the calls while his accomplice, Wayne Truscott, 31, carried out
the jobs. Harlow County Trading Standards brought the case after a pensioner complained of
being charged £610 to replace a single lock. Judge Anita Rowse gave Pell a 20-month prison
sentence, suspended for two years, and disqualified him from being a company director for
six years.
""",
        errors=[
            E("up to twenty times as much", "number", "major", "up to £780"),
            E("Pell took the calls while his accomplice, Wayne Truscott", "role", "major",
              "Wayne Truscott, 31, took the calls while Pell"),
        ],
        traps=[
            T("pleaded guilty to", "admitted"),
            T("disqualified him from being a company director",
              "banned him from acting as a company director"),
        ],
    ),
    # 3 ------------------------------------------------------------------
    dict(
        domain="barnacle cleaning contract", mode="rewrite", label="consistent",
        reference="""
Port authority Greyhaven Docks has awarded a £3.4 million contract to clean barnacles and
other marine growth from the hulls of its 11 harbour tugs and two pilot boats. The five-year
deal went to Fenwick Marine Services, a Lowther-based firm that beat four other bidders. Work
will begin in September, and each vessel will be taken out of the water roughly every 18
months. The authority said fouled hulls were adding up to 12% to its fuel bill. Chief
executive Priya Landsman said the contract would 'pay for itself within three years' through
lower fuel costs. Fenwick said it expected to hire eight additional divers and technicians at
its Lowther yard to carry out the work.
""",
        candidate="""
Fenwick Marine Services has won a five-year, £3.4m contract from Greyhaven Docks to strip
barnacles and other marine growth off the hulls of the port authority's 11 harbour tugs and
two pilot boats. The Lowther-based company saw off four rival bids. From September, each
vessel will come out of the water about once every year and a half. According to the
authority, fouled hulls were adding as much as 12 per cent to its fuel costs, and chief
executive Priya Landsman said lower fuel spending would mean the contract paid for itself
within three years. Fenwick said it expected to take on eight more divers and technicians at
its Lowther yard for the work.
""",
        errors=[],
        traps=[
            T("£3.4m", "£3.4 million"),
            T("saw off four rival bids", "beat four other bidders"),
            T("about once every year and a half", "roughly every 18 months"),
            T("as much as 12 per cent", "up to 12%"),
            T("take on eight more", "hire eight additional"),
        ],
    ),
    # 4 ------------------------------------------------------------------
    dict(
        domain="tinsel import seizure", mode="rewrite", label="inconsistent",
        reference="""
Customs officers at Port Callan seized 9.5 tonnes of counterfeit tinsel on 3 November, the
Border Revenue Agency said on Friday. The shipment, declared as 'plastic packaging film',
arrived in two containers and was found to contain tinsel garlands carrying fake safety
marks. Laboratory tests showed the material was not flame-retardant and could ignite within
seconds. The agency estimated the goods would have sold for about £210,000 in the run-up to
Christmas. No arrests have been made, but an importer based in Selwick is assisting with
inquiries. The agency said the tinsel would be destroyed after the investigation, and urged
shoppers to look for a genuine safety mark before buying decorations.
""",
        candidate="""
Counterfeit tinsel weighing 9.5 tonnes was seized by customs officers at Port Callan on
Friday, the Border Revenue Agency said. Declared as 'plastic packaging film', the consignment
came in two containers and turned out to hold tinsel garlands bearing fake safety marks. Lab
tests found the material was not flame-retardant and could catch fire in a matter of seconds.
The agency put the likely value of the goods in the run-up to Christmas at around £210,000.
While nobody has been arrested, an importer from Selwick is helping with inquiries. Once the
investigation is over, the tinsel will be destroyed, the agency said, urging shoppers to
check for a genuine safety mark before they buy decorations.
""",
        errors=[
            E("on Friday", "date", "minor", "on 3 November"),
        ],
        traps=[
            T("could catch fire in a matter of seconds", "could ignite within seconds"),
            T("nobody has been arrested", "No arrests have been made"),
        ],
    ),
    # 5 ------------------------------------------------------------------
    dict(
        domain="balalaika concert cancelled", mode="rewrite", label="consistent",
        reference="""
A sold-out balalaika concert at the Corran Hall in Westby has been cancelled after the lead
soloist broke his wrist, the venue said on Wednesday. The Varnak Strings ensemble had been
due to perform on Saturday 8 March in front of an audience of 1,150. Soloist Ilya Vostrin,
34, was injured in a fall during a rehearsal on Monday and has been told not to play for at
least six weeks. The Corran Hall said all ticket holders would receive a full refund
automatically within 14 days and did not need to contact the box office. The ensemble said
it hoped to reschedule the concert for the autumn but that no new date had been agreed.
""",
        candidate="""
The Corran Hall in Westby said on Wednesday that it had called off a sell-out balalaika
concert because the lead soloist had broken his wrist. The Varnak Strings were to have played
to 1,150 people on Saturday 8 March. Ilya Vostrin, the 34-year-old soloist, fell while
rehearsing on Monday and has been told not to play for six weeks at the very least. Every
ticket holder will automatically receive a full refund within two weeks and does not need to
contact the box office, the venue said. The ensemble said it hoped to move the concert to the
autumn, but a new date had yet to be agreed.
""",
        errors=[],
        traps=[
            T("called off", "has been cancelled"),
            T("fell while rehearsing on Monday",
              "was injured in a fall during a rehearsal on Monday"),
            T("six weeks at the very least", "at least six weeks"),
            T("within two weeks", "within 14 days"),
            T("a new date had yet to be agreed", "no new date had been agreed"),
        ],
    ),
    # 6 ------------------------------------------------------------------
    dict(
        domain="teapot museum", mode="rewrite", label="inconsistent",
        reference="""
The Halloway Teapot Museum in Brinscombe will close for eight months from January for a
£2.1 million extension, its trustees confirmed yesterday. The museum, which holds more than
4,500 teapots dating back to the 1700s, attracts about 38,000 visitors a year. The extension
will add a second gallery and a conservation workshop. Curator Helen Marchbank said that
fewer than a third of the collection could currently be displayed. Funding has come from the
Regional Heritage Lottery Board, which gave £1.4 million, with the rest raised through local
donations. A council spokesperson said the closure would affect several cafés nearby, and
that the council would run a temporary 'teapot trail' of shop window displays while the
museum is shut.
""",
        candidate="""
The Halloway Teapot Museum in Brinscombe, which holds more than 4,500 teapots dating back to
the 1700s, will shut for eight months from January while a £2.1m extension is built, its
trustees confirmed yesterday. The museum draws around 38,000 visitors annually. The extension
will add a second gallery and a conservation workshop to the museum, which holds more than
4,500 teapots dating back to the 1700s. Curator Helen Marchbank said fewer than a third of the
collection could be shown at present. The Regional Heritage Lottery Board has contributed
£1.4m, and local donations have covered the remainder. Ms Marchbank also said the closure
would hurt several nearby cafés, and that the council would run a temporary 'teapot trail' of
shop window displays while the museum is closed.
""",
        errors=[
            E("which holds more than 4,500 teapots dating back to the 1700s", "repetition",
              "minor", None, occ=1),
            E("Ms Marchbank", "attribution", "major", "A council spokesperson"),
        ],
        traps=[
            T("draws around 38,000 visitors annually", "attracts about 38,000 visitors a year"),
            T("local donations have covered the remainder",
              "the rest raised through local donations"),
        ],
    ),
    # 7 ------------------------------------------------------------------
    dict(
        domain="tamale vendor licence", mode="rewrite", label="consistent",
        reference="""
Street-food vendor Rosa Quintanar has been granted a permanent trading licence for her tamale
stall in Fairhaven's Market Square, ending a dispute with the city council that lasted almost
two years. The council's licensing committee voted 7-2 on Tuesday to approve the licence,
which allows her to trade six days a week from 7am to 3pm. Ms Quintanar had been operating on
temporary permits since March 2023 after neighbouring restaurants objected to the smell of
her charcoal steamer. She has since switched to an electric steamer at a cost of £4,200.
Committee chair Douglas Fenn said the stall had 'become part of the square's character'. The
licence will be reviewed in 12 months.
""",
        candidate="""
After nearly two years of wrangling with Fairhaven city council, tamale seller Rosa Quintanar
has won a permanent trading licence for her Market Square stall. On Tuesday, councillors on
the licensing committee approved it by seven votes to two, clearing her to trade from 7am
until 3pm, six days a week. She had relied on temporary permits since March 2023, following
complaints from neighbouring restaurants about the smell of her charcoal steamer, which she
has since swapped for an electric model at a cost of £4,200. The stall had 'become part of
the square's character', said committee chair Douglas Fenn. A review of the licence is due in
a year's time.
""",
        errors=[],
        traps=[
            T("After nearly two years of wrangling", "that lasted almost two years"),
            T("by seven votes to two", "voted 7-2"),
            T("from 7am until 3pm, six days a week", "six days a week from 7am to 3pm"),
            T("A review of the licence is due in a year's time",
              "The licence will be reviewed in 12 months"),
        ],
    ),
    # 8 ------------------------------------------------------------------
    dict(
        domain="sushi conveyor hygiene", mode="rewrite", label="inconsistent",
        reference="""
A conveyor-belt sushi restaurant in Marlow Cross has been given the lowest possible food
hygiene rating after inspectors found raw fish stored at unsafe temperatures. Environmental
health officers from Northvale District Council visited Kaiten House on 12 February and found
salmon and tuna held at 11C, well above the 5C limit. They also reported that plates were
left circulating on the belt for up to four hours. The restaurant's owner, Kenji Alder, said
staff had been retrained and a new refrigerated display unit installed. The council said the
restaurant could remain open but may face prosecution if a follow-up inspection, due within
three months, finds the problems have not been fixed.
""",
        candidate="""
Kaiten House, a conveyor-belt sushi restaurant in Marlow Cross, has received the lowest food
hygiene rating available after inspectors discovered raw fish being kept at unsafe
temperatures. During a visit on 12 February, environmental health officers from Northvale
District Council found salmon and tuna at 11C, more than twice the 5C maximum, and plates
going round on the belt for as long as four hours. Owner Kenji Alder said staff had been given
fresh training and a new refrigerated display unit had been fitted. The restaurant is allowed
to stay open, the council said, but it will be prosecuted if a follow-up inspection within
the next three months finds the problems have not been put right.
""",
        errors=[
            E("will be prosecuted", "modality", "major", "may face prosecution"),
        ],
        traps=[
            T("more than twice the 5C maximum", "well above the 5C limit"),
            T("for as long as four hours", "for up to four hours"),
            T("is allowed to stay open", "could remain open"),
        ],
    ),
    # 9 ------------------------------------------------------------------
    dict(
        domain="hosiery mill closure", mode="rewrite", label="consistent",
        reference="""
Ashbourne Hosiery will close its mill in Tellington at the end of April with the loss of 230
jobs, the company announced on Thursday. The mill, which has made stockings and tights on the
site since 1921, will move production to a factory in Portugal owned by its parent company,
Velden Textiles. Managing director Claire Hollis blamed rising energy costs, which she said
had tripled in two years, and a 40% fall in orders from high-street retailers since 2019. The
company said it would offer redundancy packages above the statutory minimum and was in talks
with two local employers about taking on some staff. Tellington's MP, Andrew Croome, called
the decision 'a hammer blow for the town'.
""",
        candidate="""
Ashbourne Hosiery's mill in Tellington, which has produced stockings and tights there since
1921, is to shut at the end of April, putting 230 people out of work, the firm said on
Thursday. Production will be transferred to a Portuguese factory belonging to Ashbourne's
parent company, Velden Textiles. Managing director Claire Hollis pointed to energy costs that
she said had trebled over two years, as well as a two-fifths drop in orders from high-street
retailers since 2019. The company said it would offer redundancy terms above the statutory
minimum, and that it was talking to two local employers about taking on some of the
workforce. Andrew Croome, the town's MP, described the decision as 'a hammer blow for the
town'.
""",
        errors=[],
        traps=[
            T("putting 230 people out of work", "with the loss of 230 jobs"),
            T("a Portuguese factory belonging to Ashbourne's parent company",
              "a factory in Portugal owned by its parent company"),
            T("had trebled over two years", "had tripled in two years"),
            T("a two-fifths drop", "a 40% fall"),
        ],
    ),
    # 10 -----------------------------------------------------------------
    dict(
        domain="monocle museum opening", mode="rewrite", label="inconsistent",
        reference="""
A museum devoted to the monocle will open in the spa town of Ravensholt on 1 May, the founders
said on Tuesday. The Ravensholt Monocle Museum will display around 900 eyeglasses collected
over forty years by retired optician Bernard Quayle, 78, including one said to have belonged
to a 19th-century prime minister. The museum will occupy the ground floor of the former
Ravensholt Post Office, which the town council has leased to the founders for a nominal £1 a
year. Admission will be free for the first month and £6 thereafter. Mr Quayle's daughter,
Imogen Quayle, who will manage the museum, said she hoped it would draw 10,000 visitors in its
first year.
""",
        candidate="""
The spa town of Ravensholt is to get a museum dedicated to the monocle, opening on 1 May,
its founders announced on Tuesday. On show at the Ravensholt Monocle Museum
will be some 900 eyeglasses collected by retired optician Bernard Quayle, 78, among them one
reputedly owned by a 19th-century prime minister. It will be housed on the ground floor of the
old Ravensholt Post Office, leased to the founders by the town council for a token £1 a year.
Entry will be free for the first month and will then cost £6. The museum will be run by Mr
Quayle, who said he hoped it would attract 10,000 visitors in its first year.
""",
        errors=[
            OMIT("over forty years", "minor", after="eyeglasses collected"),
            E("Mr Quayle", "entity", "major", "Imogen Quayle"),
        ],
        traps=[
            T("reputedly owned by", "said to have belonged to"),
            T("a token £1 a year", "a nominal £1 a year"),
        ],
    ),
    # 11 -----------------------------------------------------------------
    dict(
        domain="walnut grove felling", mode="rewrite", label="consistent",
        reference="""
Plans to fell a 120-year-old walnut grove in Haddon Lees to make way for 85 homes have been
put on hold after a tree preservation order was issued on Friday. Ellerby District Council
said the temporary order, which protects all 64 trees on the site, would last six months while
officers assess their condition. Developer Northgate Homes had applied to remove the grove in
October, saying that a survey had found several trees diseased. More than 3,000 people have
signed a petition against the felling. A spokesperson for Northgate said the company was
'disappointed' but would cooperate with the council's assessment and had not ruled out
revising its plans.
""",
        candidate="""
A tree preservation order issued on Friday has, for now, halted plans to cut down a
120-year-old walnut grove in Haddon Lees so that 85 homes can be built. According to Ellerby
District Council, the temporary order covers every one of the 64 trees on the site and will
remain in force for half a year while officers look into their condition. Northgate Homes, the
developer, applied in October to clear the grove, citing a survey that it said showed several
of the trees were diseased. Over 3,000 people have put their names to a petition opposing the
felling. Northgate's spokesperson said the firm was 'disappointed' but would cooperate with the
council's assessment, and had not ruled out changing its plans.
""",
        errors=[],
        traps=[
            T("has, for now, halted", "have been put on hold"),
            T("every one of the 64 trees", "all 64 trees"),
            T("for half a year", "six months"),
            T("Over 3,000 people have put their names to a petition",
              "More than 3,000 people have signed a petition"),
        ],
    ),
    # 12 -----------------------------------------------------------------
    dict(
        domain="treacle spill cleanup", mode="rewrite", label="inconsistent",
        reference="""
Clean-up crews have removed most of the 28,000 litres of treacle that spilled on to the A614
near Grantleigh when a tanker overturned early on Wednesday. The driver, a 46-year-old man,
was treated in hospital for minor injuries and has been discharged. Highways officials said
the road, which carries around 17,000 vehicles a day, would stay closed in both directions
until at least Friday evening while the carriageway is resurfaced. The syrup had to be scraped
up with snowploughs and then washed away with hot water. Fenbrook Haulage, which operates the
tanker, said it was cooperating fully with police. Officers said they were not treating the
crash as suspicious.
""",
        candidate="""
More than 28,000 litres of treacle have been cleared by clean-up crews from the A614 near
Grantleigh after a tanker overturned in the early hours of Wednesday. The 46-year-old driver
suffered minor injuries, for which he was treated in hospital before being released. The
road, used by about 17,000 vehicles daily, will remain shut both ways until Friday evening at
the earliest while the carriageway is resurfaced, highways officials said. Crews had to scrape
up the syrup with snowploughs before washing it away with hot water. The tanker's operator,
Fenbrook Haulage, said it was giving police its full cooperation, and officers said the crash
was not being treated as suspicious.
""",
        errors=[
            E("More than 28,000 litres", "number", "minor", "most of the 28,000 litres"),
        ],
        traps=[
            T("about 17,000 vehicles daily", "around 17,000 vehicles a day"),
            T("until Friday evening at the earliest", "until at least Friday evening"),
        ],
    ),
    # 13 -----------------------------------------------------------------
    dict(
        domain="ocarina craze", mode="rewrite", label="consistent",
        reference="""
Sales of ocarinas have risen sharply in Branmoor after a video of a local teacher playing the
instrument was viewed more than 2 million times online. Music shop owner Dilys Hargreave said
she had sold 340 ocarinas in March, compared with about 20 in a typical month. The video shows
Tom Vesey, a primary school teacher, performing a folk tune with his class of 30 pupils, each
playing a plastic ocarina. Mr Vesey said he had started teaching the instrument because it was
cheap, at about £8 each, and easy for young children to learn. Branmoor Music Service said it
would hold free beginners' workshops on Saturday mornings from next month, and expected demand
to remain high through the summer.
""",
        candidate="""
A video of Branmoor primary school teacher Tom Vesey playing the ocarina has been viewed over
two million times online, and sales of the instrument in the town have shot up since. Music
shop owner Dilys Hargreave said 340 ocarinas had left her shelves in March, against roughly 20
in an ordinary month. In the clip, Mr Vesey performs a folk tune alongside his 30-strong class,
with every pupil playing a plastic ocarina. He said he had taken up teaching it because, at
around £8 apiece, it was inexpensive, and young children found it easy to learn. Branmoor Music
Service said it would run free Saturday-morning workshops for beginners from next month and
expected demand to stay high throughout the summer.
""",
        errors=[],
        traps=[
            T("over two million times", "more than 2 million times"),
            T("against roughly 20 in an ordinary month",
              "compared with about 20 in a typical month"),
            T("his 30-strong class", "his class of 30 pupils"),
            T("at around £8 apiece", "at about £8 each"),
            T("free Saturday-morning workshops for beginners",
              "free beginners' workshops on Saturday mornings"),
        ],
    ),
    # 14 -----------------------------------------------------------------
    dict(
        domain="tricycle race protest", mode="rewrite", label="inconsistent",
        reference="""
Competitors in the annual Pellham adult tricycle race staged a sit-down protest on the start
line on Sunday after organisers introduced a £25 entry fee. The race, which raises money for
the town's hospice, had been free to enter since it began in 1987. About 60 riders, many in
fancy dress, refused to start for 40 minutes until race director Colin Dawe agreed to meet
them. Mr Dawe said the fee was needed to cover insurance costs, which had risen to £4,800 this
year. After the meeting, organisers agreed to waive the fee for this year's race, but did not
rule out charging it in future. The hospice said it welcomed the decision.
""",
        candidate="""
Riders in Pellham's annual adult tricycle race held a sit-down protest on the start line on
Sunday over a newly introduced £25 entry fee. The race, which raises money for the town's
hospice, had been free to enter since it was first run in 1987; last year it brought in more
than £9,000. Around 60 competitors, many of them in fancy dress, would not set off for 40
minutes, until race director Colin Dawe agreed to meet them. The fee, Mr Dawe said, was needed
to pay for insurance, which had gone up to £4,800 this year. Following the meeting, organisers
dropped the fee for this year's race and ruled out charging it in future. The hospice welcomed
the decision.
""",
        errors=[
            E("last year it brought in more than £9,000", "addition", "major", None),
            E("ruled out charging it in future", "polarity", "critical",
              "did not rule out charging it in future"),
        ],
        traps=[
            T("would not set off", "refused to start"),
            T("dropped the fee", "agreed to waive the fee"),
        ],
    ),
    # 15 -----------------------------------------------------------------
    dict(
        domain="poppy seed contamination", mode="rewrite", label="consistent",
        reference="""
A bakery chain has withdrawn four of its products from sale after tests found poppy seeds
supplied to it contained higher-than-permitted levels of morphine residue. Crumbwell Bakeries,
which has 52 shops in the north-east, said the affected items were its seeded bloomer, poppy
seed bagels, lemon poppy muffins and a breakfast roll sold between 2 and 19 September. The Food
Standards Office said the risk to consumers was low but advised anyone who had bought the
products not to eat them. The seeds came from a single batch imported by wholesaler Arden &
Pike, which said it had recalled the remaining stock from 11 other customers. Crumbwell said
refunds were available in all of its shops, with or without a receipt.
""",
        candidate="""
Four products have been taken off sale by Crumbwell Bakeries, a chain with 52 shops in the
north-east, after tests showed that poppy seeds supplied to it had more morphine residue than
the permitted limit. The items concerned — a seeded bloomer, poppy seed bagels, lemon poppy
muffins and a breakfast roll — were sold from 2 to 19 September. While the Food Standards
Office judged the risk to consumers to be low, it advised anyone who had bought them not to eat
them. All the seeds came from one batch imported by wholesaler Arden & Pike, which said it had
recalled the remaining stock from 11 other customers. Refunds are available in every Crumbwell
shop, whether or not customers have a receipt, the chain said.
""",
        errors=[],
        traps=[
            T("Four products have been taken off sale",
              "has withdrawn four of its products from sale"),
            T("more morphine residue than the permitted limit",
              "higher-than-permitted levels of morphine residue"),
            T("from 2 to 19 September", "between 2 and 19 September"),
            T("one batch", "a single batch"),
            T("whether or not customers have a receipt", "with or without a receipt"),
        ],
    ),
    # 16 -----------------------------------------------------------------
    dict(
        domain="marionette collection bequest", mode="rewrite", label="inconsistent",
        reference="""
The Lindqvist Puppet Theatre in Calverleigh has been left a collection of 312 marionettes in
the will of puppeteer Margaret Oyelaran, who died in January aged 91. Ms Oyelaran, who
performed with the theatre for more than 30 years, also bequeathed £75,000 towards the cost of
displaying the puppets. The collection includes figures made by her late husband, the carver
Joseph Brandt, who founded the theatre in 1964 and taught her the craft. The theatre's artistic
director, Sofia Mendel, said around 40 of the marionettes would go on show in a permanent
exhibition from next spring, with the remainder kept in storage for research and loans. Some
of the puppets are thought to be more than 150 years old.
""",
        candidate="""
Puppeteer Margaret Oyelaran, who died in January at the age of 91, has left a collection of
312 marionettes to the Lindqvist Puppet Theatre in Calverleigh. Ms Oyelaran performed with the
theatre for over three decades, and her will also leaves £75,000 towards the cost of putting
the puppets on display. She taught the craft to her late husband, the carver Joseph Brandt,
who founded the theatre in 1964, and the collection includes figures he made. About 40 of the
marionettes will go on show in a permanent exhibition from next spring, artistic director Sofia
Mendel said, while the rest will be kept in storage for research and loans. Some of the puppets
are believed to be over 150 years old.
""",
        errors=[
            E("She taught the craft to her late husband, the carver Joseph Brandt", "role",
              "major", "Joseph Brandt, who founded the theatre in 1964 and taught her the craft"),
        ],
        traps=[
            T("for over three decades", "for more than 30 years"),
            T("are believed to be over 150 years old", "are thought to be more than 150 years old"),
        ],
    ),
    # 17 -----------------------------------------------------------------
    dict(
        domain="persimmon glut", mode="rewrite", label="consistent",
        reference="""
Persimmon growers in the Varra Valley are leaving fruit to rot on the trees after a record
harvest pushed wholesale prices to their lowest level in a decade. The Varra Growers'
Cooperative said members had picked an estimated 14,000 tonnes this season, nearly double last
year's crop, but that prices had fallen to 35 cents a kilogram, below the cost of harvesting.
Cooperative chair Elena Markos said about a quarter of the fruit was unlikely to be picked at
all. The cooperative has asked the regional government for emergency funding to build a drying
plant, which it says would allow surplus fruit to be sold as dried persimmon. The government
said it would consider the request.
""",
        candidate="""
A record harvest has pushed wholesale persimmon prices in the Varra Valley down to a ten-year
low, and growers are leaving fruit to rot on the branches. Members of the Varra Growers'
Cooperative have picked an estimated 14,000 tonnes this season, almost twice last year's crop,
the cooperative said, but prices have slumped to 35 cents a kilogram, less than it costs to
harvest the fruit. Cooperative chair Elena Markos said roughly one in four persimmons would
probably never be picked. The cooperative has asked the regional government for emergency
funding for a drying plant which, it says, would let surplus fruit be sold as dried persimmon.
The government has said it will consider the request.
""",
        errors=[],
        traps=[
            T("a ten-year low", "their lowest level in a decade"),
            T("on the branches", "on the trees"),
            T("almost twice last year's crop", "nearly double last year's crop"),
            T("less than it costs to harvest the fruit", "below the cost of harvesting"),
            T("roughly one in four persimmons would probably never be picked",
              "about a quarter of the fruit was unlikely to be picked at all"),
        ],
    ),
    # 18 -----------------------------------------------------------------
    dict(
        domain="turbot farm escape", mode="rewrite", label="inconsistent",
        reference="""
Up to 20,000 farmed turbot may have escaped into the sea after storm damage to a fish farm off
the island of Skarra, its operator said on Monday. Nordhav Aquaculture said a net pen at its
Skarra East site was torn during gales on Saturday night and divers discovered the damage on
Sunday morning. The company said it had repaired the net and was still counting the remaining
fish to establish how many had been lost. The Coastal Fisheries Directorate has asked local
fishermen to report any turbot caught near the island and said escaped fish could compete with
wild stocks for food. Nordhav said the farm held about 180,000 turbot before the storm.
""",
        candidate="""
As many as 20,000 farmed turbot may have escaped into the sea from a storm-damaged fish farm
off the island of Skarra, the farm's operator said on Monday. According to Nordhav Aquaculture,
a net pen at its Skarra East site broke loose from its moorings in gales on Saturday night, and
divers found the damage on Monday morning. The net has since been repaired, the company said,
but it is still counting the fish that remain to work out how many were lost. The Coastal
Fisheries Directorate has asked local fishermen to report any turbot they catch near the
island, warning that escapees could compete with wild fish for food. Before the storm, the farm
held around 180,000 turbot, Nordhav said.
""",
        errors=[
            E("broke loose from its moorings", "event", "major", "was torn"),
            E("on Monday morning", "date", "minor", "on Sunday morning"),
        ],
        traps=[
            T("As many as 20,000", "Up to 20,000"),
            T("escapees could compete with wild fish",
              "escaped fish could compete with wild stocks"),
        ],
    ),
    # 19 -----------------------------------------------------------------
    dict(
        domain="trombone maker merger", mode="rewrite", label="consistent",
        reference="""
Two of the country's oldest brass instrument makers, Harlan & Voss and Celder Brass, are to
merge in a deal valuing the combined business at £38 million, the companies said on Tuesday.
Harlan & Voss, best known for its trombones, will hold 60% of the new company, to be called
Harlan Celder, with Celder shareholders owning the remaining 40%. The merged firm will employ
about 410 people and keep both workshops, in Eastholme and Brigg Ferry, open for at least three
years. Celder's chief executive, Martin Oduya, will lead the combined company, while Harlan &
Voss chair Patricia Lowe will become its chair. The deal still needs approval from the
Competition Authority and is expected to complete in the spring.
""",
        candidate="""
Harlan & Voss and Celder Brass, two of the oldest makers of brass instruments in the country,
said on Tuesday that they would merge in a deal that values the combined business at £38m. The
new company will be called Harlan Celder; three-fifths of it will be held by Harlan & Voss,
which is best known for its trombones, and the other two-fifths by Celder shareholders. Roughly
410 people will work for the merged business, which will keep both its workshops, in Eastholme
and Brigg Ferry, open for a minimum of three years. Celder's chief executive, Martin Oduya, will
run the combined company, and Patricia Lowe, who chairs Harlan & Voss, will become its chair.
Completion, which is subject to approval by the Competition Authority, is likely in the spring.
""",
        errors=[],
        traps=[
            T("£38m", "£38 million"),
            T("three-fifths", "60%"),
            T("the other two-fifths", "the remaining 40%"),
            T("for a minimum of three years", "for at least three years"),
            T("is likely in the spring", "is expected to complete in the spring"),
        ],
    ),
    # 20 -----------------------------------------------------------------
    dict(
        domain="periscope museum loan", mode="rewrite", label="inconsistent",
        reference="""
The Brackwater Naval Museum is to lend a Second World War submarine periscope to the Tarnby
Maritime Centre for two years, starting in July. The 9-metre periscope, recovered from the
submarine Corvina in 1961, has been in storage since 2015 because the Brackwater museum lacks a
gallery tall enough to display it. Tarnby's director, Rupert Okafor, said the loan would be the
centrepiece of a new exhibition on undersea warfare and that visitors would be able to look
through the eyepiece. The Brackwater museum's curator, Anne Sillitoe, said the periscope would
be fully insured during the loan and that Tarnby would pay the estimated £14,000 cost of moving
it.
""",
        candidate="""
A Second World War submarine periscope will go on loan from the Brackwater Naval Museum to the
Tarnby Maritime Centre for two years from July. Recovered from the submarine Corvina in 1961,
the 9m periscope has been kept in storage since 2015, as the Brackwater museum has no gallery
with enough height to show it. Rupert Okafor, Tarnby's director, said it would be the
centrepiece of a new undersea warfare exhibition, and that visitors would be able to look
through the eyepiece. Mr Okafor added that the periscope would be fully insured for the
duration of the loan and that Tarnby would meet the estimated £14,000 cost of transporting it.
""",
        errors=[
            E("Mr Okafor", "attribution", "major", "Anne Sillitoe"),
        ],
        traps=[
            T("has no gallery with enough height to show it",
              "lacks a gallery tall enough to display it"),
            T("for the duration of the loan", "during the loan"),
            T("would meet the estimated £14,000 cost of transporting it",
              "would pay the estimated £14,000 cost of moving it"),
        ],
    ),
    # 21 -----------------------------------------------------------------
    dict(
        domain="hopscotch record attempt", mode="summary", label="consistent",
        reference="""
More than 1,400 children took part in a mass hopscotch game in Delby Park on Saturday in an
attempt to set a new world record. The event, organised by the charity Playstreets Trust, saw
pupils from 23 schools hop along a continuous chalk grid stretching 2.3 kilometres around the
park's lake. Organisers said the previous record, set in 2019, was 1,150 participants. An
adjudicator from the World Record Registry was present, but the result will not be confirmed
until video evidence has been reviewed, which could take up to six weeks. The trust said the
day had also raised about £18,000 for playground equipment in the town's primary schools. Head
teacher Martina Kell, whose school sent 140 pupils, said the children had 'talked about nothing
else for weeks'. Council leader Ben Aske, who took part, described the event as a 'wonderful
day for Delby'.
""",
        candidate="""
On Saturday over 1,400 children from 23 schools played hopscotch on a 2.3km chalk grid around
the lake in Delby Park, aiming to beat the 2019 world record of 1,150 participants. The
Playstreets Trust event raised roughly £18,000 for playground equipment in local primary
schools, but the record will only be confirmed once video evidence has been reviewed, which may
take as long as six weeks.
""",
        errors=[],
        traps=[
            T("over 1,400 children", "More than 1,400 children"),
            T("2.3km", "2.3 kilometres"),
            T("roughly £18,000", "about £18,000"),
            T("will only be confirmed once video evidence has been reviewed",
              "will not be confirmed until video evidence has been reviewed"),
            T("may take as long as six weeks", "could take up to six weeks"),
        ],
    ),
    # 22 -----------------------------------------------------------------
    dict(
        domain="tapir birth at zoo", mode="summary", label="inconsistent",
        reference="""
A Malayan tapir calf has been born at Fernhill Zoo, the first birth of the endangered species at
the zoo in its 60-year history. The female calf was born on 2 April to mother Suri, nine, and
father Bakar, 12, after a gestation of about 13 months. Keepers said the calf, which weighed
8.5kg at birth, was feeding well and would stay with her mother in a private enclosure for the
next few weeks. Visitors may be able to see her from early May, although the zoo said this
would depend on her progress. Head of mammals Owen Dacre said the birth was a 'huge boost' for
the European breeding programme, which aims to maintain a healthy captive population. Fewer
than 2,500 Malayan tapirs are thought to remain in the wild.
""",
        candidate="""
Fernhill Zoo has recorded its first ever Malayan tapir birth: a female calf born on 2 April to
mother Bakar, nine. The calf, which weighed 8.5kg at birth, is feeding well and will go on
public view in early May. Fewer than 2,500 of the endangered animals are thought to survive in
the wild.
""",
        errors=[
            E("Bakar", "entity", "minor", "Suri"),
            E("will go on public view in early May", "modality", "major",
              "Visitors may be able to see her from early May"),
        ],
        traps=[
            T("its first ever Malayan tapir birth",
              "the first birth of the endangered species at the zoo in its 60-year history"),
            T("are thought to survive in the wild", "are thought to remain in the wild"),
        ],
    ),
    # 23 -----------------------------------------------------------------
    dict(
        domain="mint julep festival", mode="summary", label="consistent",
        reference="""
The Old Quarry Mint Julep Festival in Carvel Springs drew a record 9,200 visitors over the
weekend, organisers said on Monday, up from 7,600 last year. The two-day event featured 35 bars
and distilleries, a cocktail competition won by bartender Lena Ashgrove of the Ivy Tap, and live
music on three stages. Organisers said more than 41,000 juleps were served, using around 600
kilograms of fresh mint grown by farms within 20 miles of the town. Festival chair Daniel Reyes
said a shuttle bus service, introduced this year after complaints about parking, had carried
about 3,000 passengers. Police said there had been two arrests for public order offences, both
on Saturday night, and described the event as 'largely trouble-free'. Next year's festival has
been provisionally scheduled for the last weekend of June.
""",
        candidate="""
A record 9,200 people, against 7,600 a year earlier, attended the two-day mint julep festival in
Carvel Springs, where over 41,000 juleps were served. Police made two arrests but called the
event 'largely trouble-free', and next year's festival is pencilled in for the last weekend of
June.
""",
        errors=[],
        traps=[
            T("A record 9,200 people", "a record 9,200 visitors"),
            T("against 7,600 a year earlier", "up from 7,600 last year"),
            T("over 41,000 juleps", "more than 41,000 juleps"),
            T("is pencilled in for", "has been provisionally scheduled for"),
        ],
    ),
    # 24 -----------------------------------------------------------------
    dict(
        domain="sloth sanctuary funding", mode="summary", label="inconsistent",
        reference="""
A sloth sanctuary in the Costa Rican town of Puerto Lirio has secured $850,000 from a
conservation foundation to expand its rehabilitation centre, the sanctuary said on Thursday. The
grant from the Alder-Munroe Foundation will pay for a new veterinary clinic and an outdoor
canopy enclosure large enough for 40 sloths. The Lirio Sloth Refuge currently cares for 112
animals, most of them injured by power lines, dogs or road traffic, and releases about 30 a year
back into the wild. Director Camila Bonet said the centre had been turning away injured sloths
since last year because it had run out of space. Construction is due to begin in January and
take about 10 months. The foundation said the money would be paid in three instalments, the last
conditional on an independent review of release rates.
""",
        candidate="""
Costa Rica's Lirio Sloth Refuge, which has been turning away injured sloths because it has run
out of space, has won $850,000 from the Alder-Munroe Foundation for a veterinary clinic and a
canopy enclosure that can hold 30 sloths. Building is due to start in January and take around
10 months.
""",
        errors=[
            E("30 sloths", "number", "minor", "40 sloths"),
        ],
        traps=[
            T("has won $850,000", "has secured $850,000"),
            T("Building is due to start in January", "Construction is due to begin in January"),
            T("take around 10 months", "take about 10 months"),
        ],
    ),
    # 25 -----------------------------------------------------------------
    dict(
        domain="sphinx replica dispute", mode="summary", label="consistent",
        reference="""
A row has broken out in the seaside town of Ambleton over a 6-metre fibreglass replica of the
Great Sphinx that a local businessman installed outside his amusement arcade without planning
permission. Ambleton Borough Council has given Terry Volk, owner of Pharaoh's Palace Arcade, 28
days to apply for retrospective permission or remove the statue. Mr Volk, who paid £32,000 for
the replica, said it had increased visitor numbers by a fifth since it was unveiled in July and
that he would appeal against any order to remove it. Residents are divided: a petition to keep
the sphinx has gathered 1,900 signatures, while 14 formal complaints have been lodged with the
council, mostly about its size. The council said it would not comment further until an
application had been received.
""",
        candidate="""
Ambleton council has given arcade owner Terry Volk four weeks to seek retrospective planning
permission for the 6m fibreglass sphinx he put up outside his business, or to take it down. Mr
Volk, who paid £32,000 for the statue, says it has lifted visitor numbers by 20% and that he
will appeal against any removal order. A petition backing it has 1,900 signatures, while the
council has had 14 formal complaints.
""",
        errors=[],
        traps=[
            T("four weeks", "28 days"),
            T("6m", "6-metre"),
            T("to take it down", "remove the statue"),
            T("by 20%", "by a fifth"),
            T("A petition backing it has 1,900 signatures",
              "a petition to keep the sphinx has gathered 1,900 signatures"),
        ],
    ),
    # 26 -----------------------------------------------------------------
    dict(
        domain="wool auction price slump", mode="summary", label="inconsistent",
        reference="""
Prices at the Kelso Downs wool auction fell for the fifth consecutive sale on Wednesday, with
fine merino fleece averaging 1,120 cents a kilogram, down 9% from the previous sale. Brokers
said demand from overseas mills remained weak, and about 18% of the 41,000 bales offered were
withdrawn after failing to reach sellers' reserve prices. Coarser crossbred wool held steady at
around 310 cents a kilogram. The National Wool Growers' Council said many farmers could no
longer cover the cost of shearing, which has risen to about $4.50 a sheep. Council president
Hamish Tait said growers were not expecting a recovery before the spring. The next sale is
scheduled for 19 March.
""",
        candidate="""
Fine merino prices at the Kelso Downs wool auction dropped 9% on Wednesday to an average of
1,120 cents a kilogram, the fifth straight fall, as overseas demand stayed weak and almost a
fifth of the 41,000 bales on offer were withdrawn. Growers are expecting a recovery before the
spring, and the National Wool Growers' Council has asked the government for emergency support.
""",
        errors=[
            E("are expecting a recovery before the spring", "polarity", "major",
              "were not expecting a recovery before the spring"),
            E("the National Wool Growers' Council has asked the government for emergency support",
              "addition", "major", None),
        ],
        traps=[
            T("the fifth straight fall", "fell for the fifth consecutive sale"),
            T("almost a fifth", "about 18%"),
        ],
    ),
    # 27 -----------------------------------------------------------------
    dict(
        domain="cuttlefish ink supply", mode="summary", label="consistent",
        reference="""
Restaurants and pasta makers across the Adriatic coast are facing shortages of cuttlefish ink
after catches fell sharply this spring, according to a fisheries trade group. The Dalmar
Fishermen's Association said its members landed 410 tonnes of cuttlefish between March and May,
compared with 960 tonnes in the same period last year. It blamed unusually warm water
temperatures, which it said had pushed the animals into deeper water. Wholesale prices for ink
have more than doubled to around €90 a litre, said Marco Velić, who runs the Velić pasta
workshop in the port of Skorin. He said he had stopped making black tagliatelle for supermarkets
and now supplied only restaurants. The association said it expected catches to improve in the
autumn but could not guarantee it.
""",
        candidate="""
Dalmar Fishermen's Association members landed 410 tonnes of cuttlefish from March to May, less
than half the 960 tonnes of the same months last year, which the association puts down to
unusually warm water driving the animals deeper. With wholesale ink prices now over twice their
previous level at around €90 a litre, pasta maker Marco Velić has stopped making black
tagliatelle for supermarkets. The association expects catches to pick up in the autumn but says
it cannot guarantee this.
""",
        errors=[],
        traps=[
            T("less than half the 960 tonnes", "compared with 960 tonnes"),
            T("driving the animals deeper", "pushed the animals into deeper water"),
            T("over twice their previous level", "more than doubled"),
            T("expects catches to pick up in the autumn",
              "expected catches to improve in the autumn"),
        ],
    ),
    # 28 -----------------------------------------------------------------
    dict(
        domain="dumbwaiter accident", mode="summary", label="inconsistent",
        reference="""
A kitchen porter suffered a broken arm when a dumbwaiter at the Grand Meridian Hotel in
Sallowfield fell two floors on Friday evening, the hotel confirmed. The 23-year-old man was
loading trays into the lift on the first floor when a cable snapped and the car dropped to the
basement kitchen. He was taken to Sallowfield General Hospital, where he is in a stable
condition. The Health and Safety Inspectorate has opened an investigation and ordered the hotel
to take all four of its dumbwaiters out of use until they have been inspected. The hotel's
general manager, Fiona Garside, said the lift had passed its last safety check in November.
Pelham Lift Services, which maintains the equipment, declined to comment.
""",
        candidate="""
A 23-year-old kitchen porter at the Grand Meridian Hotel in Sallowfield broke his arm on Friday
evening after falling two floors down a dumbwaiter shaft, and is now stable in hospital. The
Health and Safety Inspectorate has launched an investigation and ordered all four of the
hotel's dumbwaiters out of use until they are inspected.
""",
        errors=[
            E("after falling two floors down a dumbwaiter shaft", "event", "major",
              "when a dumbwaiter at the Grand Meridian Hotel in Sallowfield fell two floors"),
        ],
        traps=[
            T("is now stable in hospital", "where he is in a stable condition"),
            T("has launched an investigation", "has opened an investigation"),
        ],
    ),
    # 29 -----------------------------------------------------------------
    dict(
        domain="wolfhound show disqualification", mode="summary", label="consistent",
        reference="""
An Irish wolfhound that won best in show at the Northern Counties Championship has been
disqualified after a post-show check found it had been entered under the wrong owner's name.
The Kennel Federation said on Tuesday that the dog, Brannagh of Loughmere, had been registered
to breeder Siobhan Carrick but was shown by her former partner, Declan Morrow, whose name
appeared on the entry form. The federation said there was no suggestion the dog had been
mistreated or given any banned substance. The title and the £500 prize will pass to the
runner-up, a deerhound called Kestrel's Pride owned by Amelia Tranter. Mr Morrow said he would
appeal, calling the ruling 'a clerical matter blown out of proportion'. The federation's appeals
panel is due to meet next month.
""",
        candidate="""
Brannagh of Loughmere, the Irish wolfhound named best in show at the Northern Counties
Championship, has lost the title because it was entered under the wrong owner: registered to
breeder Siobhan Carrick, it was shown by her ex-partner Declan Morrow under his own name. The
Kennel Federation said there was no suggestion of mistreatment or doping. The runner-up, the
deerhound Kestrel's Pride, takes the title and the £500 prize, and Mr Morrow plans to appeal.
""",
        errors=[],
        traps=[
            T("has lost the title", "has been disqualified"),
            T("her ex-partner", "her former partner"),
            T("no suggestion of mistreatment or doping",
              "no suggestion the dog had been mistreated or given any banned substance"),
            T("Mr Morrow plans to appeal", "Mr Morrow said he would appeal"),
        ],
    ),
    # 30 -----------------------------------------------------------------
    dict(
        domain="gazebo collapse lawsuit", mode="summary", label="inconsistent",
        reference="""
A wedding party injured when a hired gazebo collapsed in a storm is suing the events company
that supplied it, claiming it was not properly anchored. Seven guests were hurt, two seriously,
when the 12-metre gazebo blew over at a reception at Hollins Farm near Ashcombe in August 2023.
The claim, filed at Westmere County Court by the bride and groom, Jake and Priya Ormerod, and
five guests, seeks £240,000 in damages from Canopy Events Ltd. It alleges staff used only four
of the sixteen ground pegs specified by the manufacturer. The gazebo was booked by the couple's
wedding planner, Gail Simmonds, who subcontracted the work to Canopy Events. The company denies
negligence and says Ms Simmonds had insisted the gazebo be moved to a more exposed position. Ms
Simmonds has not responded to requests for comment.
""",
        candidate="""
Bride and groom Jake and Priya Ormerod and five guests are claiming £240,000 in damages from
Canopy Events Ltd, which subcontracted the work to wedding planner Gail Simmonds, after a 12m
gazebo blew over at their reception in August 2023, injuring seven guests. They allege that only
four of the 16 ground pegs specified by the manufacturer were used; the company denies
negligence and says Ms Simmonds insisted on moving the gazebo to a more exposed spot.
""",
        errors=[
            E("Canopy Events Ltd, which subcontracted the work to wedding planner Gail Simmonds",
              "role", "critical", "Gail Simmonds, who subcontracted the work to Canopy Events"),
        ],
        traps=[
            T("are claiming £240,000 in damages", "seeks £240,000 in damages"),
            T("12m", "12-metre"),
            T("a more exposed spot", "a more exposed position"),
        ],
    ),
    # 31 -----------------------------------------------------------------
    dict(
        domain="papyrus conservation", mode="translation", label="consistent",
        reference="""
Conservators at the Museo Civico of Valdoria have completed a three-year project to restore 46
papyrus fragments donated to the city in 1932 by the collector Ettore Balzani. The fragments,
some of which date from the second century BC, had become brittle and partly detached from the
cardboard to which they were glued in the 1950s. The team, led by restorer Giulia Ferrante,
removed the old backing using humidity chambers and remounted the pieces between sheets of
glass. The work cost 310,000 euros, two thirds of which was covered by the regional government.
Twelve of the fragments will be exhibited to the public from 15 October; the others will be
available to researchers by appointment.
""",
        candidate="""
A restoration of 46 fragments of papyrus, given to Valdoria by the collector Ettore Balzani in
1932, has been finished after three years' work by conservators at the city's Civic Museum. Some
of the pieces go back to the 2nd century BC; they had grown fragile and were partially coming
away from the card on which they had been stuck in the 1950s. Restorer Giulia Ferrante's team
used humidity chambers to take off the old backing and then mounted the fragments again between
glass plates. Of the 310,000-euro cost, the region paid two-thirds. From 15 October, twelve
fragments will go on public display, while scholars will be able to consult the rest by
appointment.
""",
        errors=[],
        traps=[
            T("the city's Civic Museum", "the Museo Civico of Valdoria"),
            T("2nd century BC", "second century BC"),
            T("had grown fragile", "had become brittle"),
            T("the region paid two-thirds",
              "two thirds of which was covered by the regional government"),
            T("scholars will be able to consult the rest by appointment",
              "the others will be available to researchers by appointment"),
        ],
    ),
    # 32 -----------------------------------------------------------------
    dict(
        domain="foghorn silencing", mode="translation", label="inconsistent",
        reference="""
The foghorn at Skjelvik lighthouse will fall silent for good on 1 March, the Coastal
Administration announced on Wednesday. The horn, installed in 1911, has sounded in poor
visibility for more than a century, but the authority says modern satellite navigation has made
it unnecessary. The decision was taken after a public consultation that closed in November.
Residents of the village, which has around 400 inhabitants, have collected 2,300 signatures
asking for the horn to be kept. 'For us, it is the sound of home,' said Ingrid Solheim, who
leads the campaign. The administration said the horn itself would stay in place and, together
with its compressor house, would be handed over to the local heritage society, which hopes to
sound it once a year on the lighthouse's anniversary if it can raise money for repairs.
""",
        candidate="""
From 1 March the foghorn at the Skjelvik lighthouse will be switched off permanently, the
Coastal Administration said on Wednesday. In use since 1911, the horn has sounded whenever
visibility was poor for over a hundred years, but according to the agency today's satellite
navigation has made it superfluous. The decision was made before a public consultation closed
in November. Locals in the village, home to roughly 400 people, have gathered 2,300 signatures
calling for the horn to stay. 'It is the sound of home for us,' said campaign leader Ingrid
Solheim. Locals in the village, home to roughly 400 people, have gathered 2,300 signatures
calling for the horn to stay. The horn itself will remain where it is and, along with the
compressor house, will be transferred to the local heritage society, the administration said;
the society hopes to sound it once a year on the lighthouse's anniversary, provided it can find
the money for repairs.
""",
        errors=[
            E("before a public consultation closed in November", "date", "major",
              "after a public consultation that closed in November"),
            E("Locals in the village, home to roughly 400 people, have gathered 2,300 signatures "
              "calling for the horn to stay", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("will be switched off permanently", "will fall silent for good"),
            T("said campaign leader Ingrid Solheim",
              "said Ingrid Solheim, who leads the campaign"),
        ],
    ),
    # 33 -----------------------------------------------------------------
    dict(
        domain="clockmaker guild award", mode="translation", label="consistent",
        reference="""
The Guild of Clockmakers of Oberwald has awarded its annual Golden Escapement prize to
29-year-old Lena Hartwig, the youngest winner in the award's 70-year history. Hartwig, who
trained at the workshop of master clockmaker Anton Rieder, was honoured for an astronomical
clock that shows the phases of the moon and the positions of five planets. She spent almost four
years building it, making nearly all of its 1,180 parts by hand. The prize, worth 15,000 Swiss
francs, was presented on Saturday evening in the town hall. The jury chairman, Walter Imhof,
said the clock combined traditional craftsmanship with 'remarkable technical daring'. The clock
will be on display at the guild's museum until the end of January.
""",
        candidate="""
At 29, Lena Hartwig is the youngest recipient in 70 years of the Golden Escapement, the prize
the Oberwald Clockmakers' Guild awards every year. Trained in master clockmaker Anton Rieder's
workshop, she won it for an astronomical clock that displays the moon's phases and where five
planets stand. The clock took her nearly four years, and she made almost all of its 1,180
components by hand. The prize of 15,000 Swiss francs was handed to her at the town hall on
Saturday evening. Jury chair Walter Imhof said the piece married traditional craftsmanship with
'remarkable technical daring'. It can be seen at the guild's museum until the end of January.
""",
        errors=[],
        traps=[
            T("the youngest recipient in 70 years of the Golden Escapement",
              "the youngest winner in the award's 70-year history"),
            T("where five planets stand", "the positions of five planets"),
            T("The clock took her nearly four years", "She spent almost four years building it"),
            T("almost all of its 1,180 components", "nearly all of its 1,180 parts"),
            T("married traditional craftsmanship", "combined traditional craftsmanship"),
        ],
    ),
    # 34 -----------------------------------------------------------------
    dict(
        domain="trumpet recall", mode="translation", label="inconsistent",
        reference="""
The instrument maker Brass Nováček has recalled about 2,600 student trumpets after several
customers reported that the mouthpiece receiver could crack and cut the lips of players. The
affected models, the N-200 and N-210, were sold between June 2022 and August 2023 in the Czech
Republic, Slovakia and Austria. The company said that so far four minor injuries had been
reported. Owners should stop using the trumpets immediately and may return them to any dealer
for a free repair or a full refund. According to technical director Pavel Krejčí, the defect was
caused by a faulty batch of brass tubing from an outside supplier, which the firm has since
replaced.
""",
        candidate="""
Around 2,600 student trumpets are being recalled by Brass Nováček after a number of customers
complained that the part holding the mouthpiece could split and cut players' lips. The N-200 and
N-210 models concerned were on sale in the Czech Republic, Slovakia and Austria from June 2022
to August 2023. Four minor injuries have been reported to date, the manufacturer said. Owners
should put the instruments aside at once and must take them back to a dealer, where they will be
repaired free of charge or fully refunded. Technical director Pavel Krejčí blamed a defective
batch of brass tubing from an external supplier, which the company has since changed.
""",
        errors=[
            E("must take them back to a dealer", "modality", "minor",
              "may return them to any dealer"),
        ],
        traps=[
            T("the part holding the mouthpiece could split",
              "the mouthpiece receiver could crack"),
            T("to date", "so far"),
            T("put the instruments aside at once", "stop using the trumpets immediately"),
        ],
    ),
    # 35 -----------------------------------------------------------------
    dict(
        domain="armadillo rescue funding", mode="translation", label="consistent",
        reference="""
A wildlife rescue centre in the Argentine province of Valle Hondo will receive 48 million pesos
from the provincial government to expand its care of injured armadillos, the environment
ministry announced on Monday. The Tres Lagunas Rescue Centre takes in around 150 armadillos a
year, most of them hit by vehicles or burned in grass fires. The money will be used to build a
new recovery unit with space for 60 animals and to hire two full-time veterinarians. Centre
director Martín Sosa said that until now the staff had relied almost entirely on volunteers and
private donations. The ministry said the funds would be released in two instalments, the first
in April.
""",
        candidate="""
The environment ministry said on Monday that the Tres Lagunas Rescue Centre, in the Argentine
province of Valle Hondo, will get 48 million pesos from the provincial government so that it can
look after more injured armadillos. About 150 armadillos arrive at the centre each year, the
majority after being hit by traffic or burned in grassland fires. The funding will pay for a new
recovery unit able to hold 60 animals and for hiring two full-time vets. Until now, said the
centre's director, Martín Sosa, the team had depended almost wholly on volunteers and private
donations. The money will be paid out in two tranches, the first in April, according to the
ministry.
""",
        errors=[],
        traps=[
            T("About 150 armadillos arrive at the centre each year",
              "takes in around 150 armadillos a year"),
            T("the majority", "most of them"),
            T("able to hold 60 animals", "with space for 60 animals"),
            T("depended almost wholly on", "relied almost entirely on"),
            T("in two tranches", "in two instalments"),
        ],
    ),
    # 36 -----------------------------------------------------------------
    dict(
        domain="opal mine collapse", mode="translation", label="inconsistent",
        reference="""
Three miners were trapped for nine hours on Tuesday after a tunnel collapsed at an opal mine near
the town of San Lucio, in central Mexico. Rescue teams reached the men shortly after midnight and
all three were taken to hospital, one with a fractured leg. The mine, which employs 35 workers,
is operated by the cooperative Ópalo de Fuego. State civil protection official Raúl Medina said
the tunnel had been dug without the required support beams. The cooperative's president, Jorge
Santillán, denied this and said heavy rains over the weekend had weakened the ground.
Authorities have suspended all work at the mine until an inspection is completed.
""",
        candidate="""
Three miners spent nine hours trapped on Tuesday when a gallery caved in at an opal mine close to
San Lucio, a town in central Mexico. Rescuers got to them just after midnight, and all three were
taken to hospital. The mine, run by the Ópalo de Fuego cooperative, has 35 employees. According
to Raúl Medina of the state civil protection agency, the gallery had been excavated without the
support beams it should have had. Jorge Santillán, who heads the cooperative, rejected this.
Heavy rain at the weekend had weakened the ground, civil protection said. The authorities have
halted all work at the mine pending an inspection.
""",
        errors=[
            OMIT("one with a fractured leg", "minor", after="all three were taken to hospital"),
            E("civil protection said", "attribution", "major", "Jorge Santillán"),
        ],
        traps=[
            T("a gallery caved in", "a tunnel collapsed"),
            T("pending an inspection", "until an inspection is completed"),
        ],
    ),
    # 37 -----------------------------------------------------------------
    dict(
        domain="schooner restoration", mode="translation", label="consistent",
        reference="""
The wooden schooner Albertine, built in 1898 in the shipyard of Harlinde, will sail again next
summer after a six-year restoration, the foundation that owns her announced. Volunteers have
replaced around 70 percent of the hull planking with oak from local forests and installed two new
masts, each 27 meters high. The project cost 1.9 million euros, of which the municipality
contributed 400,000 euros; the remainder came from private donors and a maritime heritage
lottery. According to project leader Pieter Zwaan, more than 120 volunteers worked on the ship,
some of them every weekend for the entire six years. The Albertine will be used for sailing trips
for young people and is expected to take her first passengers in June.
""",
        candidate="""
After six years of restoration work, the Albertine, a wooden schooner built at the Harlinde
shipyard in 1898, will be back under sail next summer, according to the foundation that owns the
vessel. Some 70% of the hull's planks have been renewed by volunteers using oak from nearby
forests, and two new masts have been fitted, both 27 metres tall. Of the €1.9m total, the
municipality provided €400,000, with private donors and a maritime heritage lottery paying the
rest. Over 120 volunteers took part, some turning up every weekend throughout the six years,
project leader Pieter Zwaan said. The ship is to be used for youth sailing trips, and her first
passengers are expected on board in June.
""",
        errors=[],
        traps=[
            T("will be back under sail", "will sail again"),
            T("Some 70% of the hull's planks have been renewed by volunteers",
              "Volunteers have replaced around 70 percent of the hull planking"),
            T("both 27 metres tall", "each 27 meters high"),
            T("€1.9m", "1.9 million euros"),
            T("her first passengers are expected on board in June",
              "is expected to take her first passengers in June"),
        ],
    ),
    # 38 -----------------------------------------------------------------
    dict(
        domain="abseiling accident inquiry", mode="translation", label="inconsistent",
        reference="""
An inquiry has been opened into the death of a 41-year-old instructor who fell about 30 metres
while abseiling on the cliffs of Roc de Vaillanne, in the Haut-Garvel massif, on Sunday
afternoon. The prosecutor of Saint-Aubrac, Claire Denoyer, said initial findings suggested the
rope had not been cut and that there was no sign of third-party involvement. Investigators are
examining the anchor point and the descender device, which have been sent for expert analysis.
The instructor, an experienced mountain guide, was leading a group of four clients, none of whom
were injured. The sports club that employed him has suspended all abseiling outings until the
results are known.
""",
        candidate="""
Investigators have opened an inquiry after a 41-year-old instructor died on Sunday afternoon in a
fall of some 30 metres while abseiling down the Roc de Vaillanne cliffs in the Haut-Garvel massif.
According to Saint-Aubrac prosecutor Claire Denoyer, the first findings indicate that the rope had
been cut, though there is no evidence that anyone else was involved. The anchor point and the
descender have been sent off for expert examination. An experienced mountain guide, the
instructor was in charge of a group of four clients, all of whom escaped unhurt. Until the results
come in, the sports club that employed him has called off all abseiling outings.
""",
        errors=[
            E("the rope had been cut", "polarity", "critical", "the rope had not been cut"),
        ],
        traps=[
            T("a fall of some 30 metres", "fell about 30 metres"),
            T("no evidence that anyone else was involved", "no sign of third-party involvement"),
            T("all of whom escaped unhurt", "none of whom were injured"),
        ],
    ),
    # 39 -----------------------------------------------------------------
    dict(
        domain="thistle eradication grant", mode="translation", label="consistent",
        reference="""
The municipality of Dębowa Wola has received a grant of 620,000 zlotys from the national
environmental fund to eradicate invasive thistles from 140 hectares of meadows along the river
Sanka. The plants, which spread rapidly after floods three years ago, have displaced native
grasses and reduced the hay harvest of local farmers by up to a third. Mayor Tomasz Wierzba said
the work, to be carried out mainly by mowing and hand-pulling rather than spraying, would start
in May and last two seasons. Chemical herbicides will be used only on the most heavily infested
plots, covering no more than 10 hectares. Farmers who take part will receive compensation of 900
zlotys per hectare.
""",
        candidate="""
Dębowa Wola has been awarded 620,000 zlotys by the national environmental fund to rid 140
hectares of meadows along the Sanka river of invasive thistles. Since floods three years ago the
thistles have spread fast, pushing out native grasses and cutting local farmers' hay yields by as
much as one third. The work will begin in May and run for two seasons, said the mayor, Tomasz
Wierzba; it will rely chiefly on mowing and pulling plants out by hand instead of spraying.
Herbicides are to be applied only to the worst-affected plots, 10 hectares at most.
Participating farmers will be compensated at a rate of 900 zlotys for each hectare.
""",
        errors=[],
        traps=[
            T("by as much as one third", "by up to a third"),
            T("pulling plants out by hand", "hand-pulling"),
            T("the worst-affected plots", "the most heavily infested plots"),
            T("10 hectares at most", "no more than 10 hectares"),
            T("900 zlotys for each hectare", "900 zlotys per hectare"),
        ],
    ),
    # 40 -----------------------------------------------------------------
    dict(
        domain="pemmican heritage grant", mode="translation", label="inconsistent",
        reference="""
The Cultural Heritage Council has granted 85,000 dollars to the Métis association of
Rivière-aux-Saules to document and teach the traditional preparation of pemmican. The two-year
project, led by elder Josephine Lavallée, will record recipes and techniques from about 30
families and publish them in a bilingual booklet. Workshops for young people will begin in the
autumn at the community hall. According to the association's coordinator, Marc Gendron, fewer
than a dozen people in the region still know how to make pemmican the traditional way, by
pounding dried bison meat and mixing it with fat and berries. The Council said this was the first
time it had funded a project devoted to a traditional food.
""",
        candidate="""
The Rivière-aux-Saules Métis association has been awarded $85,000 by the Cultural Heritage
Council to record and pass on the traditional way of making pemmican. The project will be led by
Marc Gendron, the association's coordinator, and will run for two years, gathering recipes and
methods from some 30 families to be published in a booklet in both languages. Youth workshops are
to start at the community hall this autumn. Mr Gendron says that fewer than twelve people in the
region still know how to prepare pemmican the traditional way, by smoking bison meat and then
mixing it with fat and berries. It is the first time the Council has financed a project dedicated
to a traditional food, it said.
""",
        errors=[
            E("Marc Gendron", "entity", "major", "Josephine Lavallée"),
            E("smoking bison meat", "event", "minor", "pounding dried bison meat"),
        ],
        traps=[
            T("a booklet in both languages", "a bilingual booklet"),
            T("fewer than twelve people", "fewer than a dozen people"),
        ],
    ),
]


# ---------------------------------------------------------------- building
class SetError(Exception):
    pass


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(cand, text, occ, where):
    pos = occurrences(cand, text)
    if not pos:
        raise SetError("%s: text not found in candidate: %r" % (where, text))
    if occ is None:
        if len(pos) > 1:
            raise SetError("%s: text occurs %d times, give occ: %r" % (where, len(pos), text))
        occ = 0
    if occ >= len(pos):
        raise SetError("%s: occurrence %d of %r does not exist" % (where, occ, text))
    return pos[occ]


def word_edge_ok(s, i):
    """True if index i does not fall between two word characters."""
    if i <= 0 or i >= len(s):
        return True
    return not (s[i - 1].isalnum() and s[i].isalnum())


def build(i, case):
    rid = "s120-%03d" % (i + 1)
    ref = norm(case["reference"])
    cand = norm(case["candidate"])
    where = rid
    if case["domain"] not in DOMAINS:
        raise SetError("%s: unknown domain %r" % (where, case["domain"]))
    if case["mode"] not in MODES:
        raise SetError("%s: bad mode" % where)
    if case["label"] not in ("consistent", "inconsistent"):
        raise SetError("%s: bad label" % where)
    nref = len(ref.split())
    if not 70 <= nref <= 190:
        raise SetError("%s: reference has %d words" % (where, nref))
    if case["mode"] == "summary":
        if not (len(cand.split()) < nref and len(cand) < len(ref)):
            raise SetError("%s: summary not shorter than reference" % where)

    errors, traps, spans = [], [], []
    for e in case["errors"]:
        w = "%s error %r" % (where, e["text"] or e.get("after") or e.get("before"))
        if e["type"] not in ERROR_TYPES:
            raise SetError("%s: bad type %r" % (w, e["type"]))
        if e["severity"] not in SEVERITIES:
            raise SetError("%s: bad severity" % w)
        if e["kind"] == "omit":
            if case["mode"] == "summary":
                raise SetError("%s: omission in a summary" % w)
            if (e["after"] is None) == (e["before"] is None):
                raise SetError("%s: give exactly one of after/before" % w)
            if e["after"] is not None:
                p = locate(cand, e["after"], e["occ"], w) + len(e["after"])
            else:
                p = locate(cand, e["before"], e["occ"], w)
            if not word_edge_ok(cand, p):
                raise SetError("%s: omission point inside a word" % w)
            rt = e["ref_text"]
            if not rt or rt not in ref:
                raise SetError("%s: omission ref_text not in reference" % w)
            if rt in cand:
                raise SetError("%s: omitted words present in candidate" % w)
            start = end = p
            text = ""
        else:
            if e["type"] == "omission":
                raise SetError("%s: omission must use OMIT" % w)
            text = e["text"]
            if text != text.strip() or not text:
                raise SetError("%s: span has outer whitespace or is empty" % w)
            start = locate(cand, text, e["occ"], w)
            end = start + len(text)
            rt = e["ref_text"]
            if e["type"] in ("addition", "repetition"):
                if rt is not None:
                    raise SetError("%s: %s must have ref_text None" % (w, e["type"]))
                if e["type"] == "repetition" and cand.find(text) >= start:
                    raise SetError("%s: repetition has no earlier copy" % w)
            else:
                if not rt or rt not in ref:
                    raise SetError("%s: ref_text not in reference: %r" % (w, rt))
                if rt == text:
                    raise SetError("%s: ref_text equals span text" % w)
        if not (word_edge_ok(cand, start) and word_edge_ok(cand, end)):
            raise SetError("%s: span cuts a word" % w)
        assert cand[start:end] == text
        errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                       "severity": e["severity"], "ref_text": rt})
        spans.append((start, end, w))

    for t in case["traps"]:
        w = "%s trap %r" % (where, t["text"])
        text = t["text"]
        if text != text.strip() or not text:
            raise SetError("%s: outer whitespace" % w)
        start = locate(cand, text, t["occ"], w)
        end = start + len(text)
        if not (word_edge_ok(cand, start) and word_edge_ok(cand, end)):
            raise SetError("%s: span cuts a word" % w)
        if t["ref_text"] not in ref:
            raise SetError("%s: ref_text not in reference: %r" % (w, t["ref_text"]))
        if text == t["ref_text"]:
            raise SetError("%s: trap text identical to ref_text" % w)
        if text in ref:
            raise SetError("%s: trap text occurs verbatim in reference" % w)
        traps.append({"start": start, "end": end, "text": text, "ref_text": t["ref_text"]})
        spans.append((start, end, w))

    # no overlaps (a zero-width omission may not sit strictly inside another span)
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            s1, e1, w1 = spans[a]
            s2, e2, w2 = spans[b]
            if s1 == e1 or s2 == e2:
                p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if s < p < e or (s1 == e1 and s2 == e2 and s1 == s2):
                    raise SetError("%s: omission point inside span %s" % (w1, w2))
            elif s1 < e2 and s2 < e1:
                raise SetError("overlap: %s / %s" % (w1, w2))

    if case["label"] == "consistent":
        if errors:
            raise SetError("%s: consistent pair with errors" % where)
        if not 3 <= len(traps) <= 5:
            raise SetError("%s: consistent pair needs 3-5 traps" % where)
    else:
        if not 1 <= len(errors) <= 3:
            raise SetError("%s: inconsistent pair needs errors" % where)
        if len(traps) > 3:
            raise SetError("%s: inconsistent pair has >3 traps" % where)

    errors.sort(key=lambda d: (d["start"], d["end"]))
    traps.sort(key=lambda d: (d["start"], d["end"]))
    return {"id": rid, "domain": case["domain"], "mode": case["mode"],
            "reference": ref, "candidate": cand, "label": case["label"],
            "errors": errors, "traps": traps}


def check_composition(records):
    if len(records) != 40:
        raise SetError("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS):
        raise SetError("domains must be the 40 listed, each once")
    lab = Counter(r["label"] for r in records)
    if lab != Counter({"consistent": 20, "inconsistent": 20}):
        raise SetError("label split %s" % dict(lab))
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        raise SetError("mode/label split %s" % dict(ml))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        raise SetError("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise SetError("error type %s has %d < 2" % (t, types[t]))
    per = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if per[1] + per[2] < 15:
        raise SetError("most inconsistent pairs should have 1-2 errors: %s" % dict(per))
    return types, per


def main(argv):
    check_only = "--check" in argv[1:]
    records = [build(i, c) for i, c in enumerate(CASES)]
    types, per = check_composition(records)
    # round-trip check of every offset
    for r in records:
        for s in r["errors"] + r["traps"]:
            assert r["candidate"][s["start"]:s["end"]] == s["text"]
    words = [len(r["reference"].split()) for r in records]
    ntraps = sum(len(r["traps"]) for r in records)
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    print("pairs: %d  (consistent %d, inconsistent %d)" % (
        len(records), sum(r["label"] == "consistent" for r in records),
        sum(r["label"] == "inconsistent" for r in records)))
    print("modes: %s" % dict(Counter(r["mode"] for r in records)))
    print("errors: %d  %s" % (sum(types.values()), dict(sorted(types.items()))))
    print("errors per inconsistent pair: %s" % dict(sorted(per.items())))
    print("severity: %s" % dict(sev))
    print("traps: %d  (consistent pairs %d, inconsistent pairs %d)" % (
        ntraps, sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    print("reference words: min %d, max %d, mean %.1f" % (
        min(words), max(words), sum(words) / len(words)))
    if check_only:
        print("check OK (nothing written)")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except SetError as exc:
        print("VALIDATION FAILED: %s" % exc, file=sys.stderr)
        sys.exit(1)
