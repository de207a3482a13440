#!/usr/bin/env python3
"""Held-out evaluation set 72 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries appear
only as background). Character offsets are never typed by hand: they are
computed here by string search (with an occurrence index where a quoted text
repeats), and everything is validated before the JSONL file is written.

Composition (40 pairs, one domain each):
  - modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  - labels: 20 consistent, 20 inconsistent
  - 30 errors: entity 3, number 3, date 3, role 3, polarity 3, modality 3,
    attribution 3, event 3, omission 2, addition 2, repetition 2
    (10 inconsistent pairs carry one error, 10 carry two)
  - consistent pairs carry 3-5 traps each; inconsistent pairs 0-3
  - omissions only in rewrite/translation pairs; summaries shorter than refs
  - translation pairs are two independent English renderings of one
    non-English story, so wording differs throughout.

Usage:  python3 make_set72.py           # validate and write set72.jsonl
        python3 make_set72.py --check   # validate only, write nothing
"""
import json
import os
import re
import sys

N = 72
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set72.jsonl")

DOMAINS = [
    "e-scooter trials", "petrol stations closure", "ev charging queues",
    "taxi ranks", "book buses", "sewing cafes", "knit and natter",
    "men's sheds", "scrumping", "pumpkin patches", "christmas tree farms",
    "mistletoe sales", "wreath making", "ice caves", "summit crosses",
    "cable car closures", "cross country trails", "sledge runs",
    "toboggan hire", "zamboni drivers", "hockey rinks",
    "square dance callers", "bagpipe reeds", "drum corps", "marching bands",
    "majorettes", "cheerleading squads", "mascot costumes", "stadium seats",
    "programme sellers", "groundskeepers", "floodlights", "scoreboards",
    "referee shortages", "linesmen", "putting greens",
    "clay pigeon shooting", "kickboxing classes", "yoga studios", "pilates",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, etype, severity, ref, occ=0):
    """An error span: `text` is found in the candidate (occurrence `occ`)."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref, "occ": occ}


def O(after, ref, severity, occ=0):
    """An omission: empty span right after occurrence `occ` of `after`."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- rewrites 1-10
add("e-scooter trials", "rewrite", "consistent",
    "The city of Marlow Cross will extend its rental e-scooter trial until 31 March next year, "
    "the transport committee confirmed on Thursday. The scheme, run by operator Zipwell Mobility, "
    "has logged 412,000 journeys since it began in June 2022, with an average trip length of 2.3 "
    "kilometres. Councillor Renata Okafor, who chairs the committee, said the extension would allow "
    "officers to gather data on winter usage before a final decision is made. Riders will continue "
    "to be barred from pavements, and the speed cap of 15.5 mph will remain in place. The operator "
    "has agreed to add 150 scooters to its fleet of 600, taking the total to 750. Complaints about "
    "poorly parked vehicles fell by a third over the past six months, according to council figures.",
    "Marlow Cross's transport committee confirmed on Thursday that the rental e-scooter trial will "
    "run on until the end of March next year. Since its launch in June 2022, the Zipwell "
    "Mobility-operated scheme has recorded 412,000 trips, averaging 2.3 km each. The committee's "
    "chair, Councillor Renata Okafor, said the additional months would let officers collect data on "
    "how the scooters are used in winter ahead of a final decision. Pavement riding will remain "
    "prohibited and the 15.5 mph speed limit stays. Zipwell has agreed to expand its 600-strong fleet "
    "by a quarter, to 750 vehicles. Council figures show complaints about badly parked scooters were "
    "down by one third over the last six months.",
    traps=[T("the end of March next year", "31 March next year"),
           T("2.3 km", "2.3 kilometres"),
           T("by a quarter", "add 150 scooters"),
           T("were down by one third", "fell by a third")])

add("petrol stations closure", "rewrite", "inconsistent",
    "Fuel retailer Brackenfield Energy is to close 38 of its petrol stations across the northern "
    "region by the end of September, the company announced on Monday. The sites, most of them in "
    "rural areas, have been judged unprofitable after a two-year review. Around 290 staff are "
    "affected, although the company said it would offer redeployment to roughly half of them. Chief "
    "executive Damon Heller said the decision reflected falling fuel sales and the rising cost of "
    "upgrading underground storage tanks. Local councils have warned that some villages will be left "
    "more than 20 miles from the nearest forecourt. Brackenfield said it would keep 11 of the sites "
    "open as convenience shops without fuel pumps.",
    "Brackenfield Energy announced on Monday that it will shut 38 of its petrol stations in the "
    "northern region by the end of September, after a two-year review found them unprofitable. Most "
    "of the sites are in rural areas. Around 290 staff are affected, though the firm said roughly half "
    "of them would be offered redeployment. Chief executive Damon Heller blamed falling fuel sales. "
    "Local councils have warned that some villages will be left more than 20 miles from the nearest "
    "forecourt. Eighteen of the sites will stay open as convenience shops without fuel pumps, "
    "Brackenfield said.",
    errors=[O("blamed falling fuel sales",
              "the rising cost of upgrading underground storage tanks", "minor"),
            E("Eighteen", "number", "major", "11")],
    traps=[T("found them unprofitable", "have been judged unprofitable")])

add("ev charging queues", "rewrite", "consistent",
    "Drivers at the Holloway Gate motorway services waited an average of 47 minutes to use a rapid "
    "charger over the Easter weekend, according to a survey by motoring group RoadWise. The site has "
    "eight rapid chargers, but three were out of service for most of the holiday period. RoadWise "
    "spokesperson Imani Trask said queues of up to 25 vehicles had been reported on Saturday "
    "afternoon. The operator, Voltaro Networks, said two faulty units had been repaired on Tuesday and "
    "the third was expected to be back in use by the end of the week. Voltaro added that it plans to "
    "install a further 12 chargers at the site before the summer holidays, subject to grid capacity.",
    "Over the Easter weekend, motorists at Holloway Gate services on the motorway queued for 47 "
    "minutes on average before they could plug into a rapid charger, a RoadWise survey found. Three "
    "of the site's eight rapid chargers were broken for most of the holiday, and on Saturday afternoon "
    "lines of as many as 25 cars were reported, the motoring group's spokesperson, Imani Trask, said. "
    "Operator Voltaro Networks said it had fixed two of the faulty units on Tuesday and the remaining "
    "one should be working again by the end of the week. Subject to grid capacity, it intends to add "
    "another 12 chargers there before the summer holidays.",
    traps=[T("lines of as many as 25 cars", "queues of up to 25 vehicles"),
           T("should be working again", "was expected to be back in use"),
           T("another 12 chargers", "a further 12 chargers"),
           T("were broken", "were out of service")])

add("taxi ranks", "rewrite", "inconsistent",
    "Pellingham Borough Council has agreed to move the main taxi rank outside Central Station 80 "
    "metres east to make way for a new bus interchange. The relocated rank will have 14 bays, two "
    "more than at present, as well as a covered waiting area, the council said. Works are due to "
    "begin in January and last about ten weeks, during which a temporary rank will operate on Albion "
    "Street. The Pellingham Hackney Drivers' Association has criticised the station operator, "
    "Northline Rail, for failing to consult its members before the plans were finalised, arguing that "
    "passengers with reduced mobility will face a longer walk to the rank. Council leader Harriet "
    "Muldoon said the interchange would bring 'a long overdue upgrade' to the station forecourt.",
    "Pellingham Borough Council has approved plans to shift the main taxi rank at Central Station 80 "
    "metres to the east, clearing space for a new bus interchange. According to the council, the new "
    "rank will offer 14 bays, two more than now, plus a covered waiting area. Work is scheduled to "
    "start in January and take roughly ten weeks; in the meantime, taxis will use a temporary rank on "
    "Albion Street. Northline Rail, which operates the station, has criticised the Pellingham Hackney "
    "Drivers' Association for not consulting its members before the plans were finalised, saying "
    "passengers with reduced mobility will have further to walk. Council leader Harriet Muldoon "
    "described the interchange as 'a long overdue upgrade' for the station forecourt.",
    errors=[E("Northline Rail, which operates the station, has criticised the Pellingham Hackney "
              "Drivers' Association", "role", "major",
              "The Pellingham Hackney Drivers' Association has criticised the station operator, "
              "Northline Rail")],
    traps=[T("two more than now", "two more than at present"),
           T("take roughly ten weeks", "last about ten weeks")])

add("book buses", "rewrite", "consistent",
    "The mobile library service in Dunmere County will add two electric book buses to its fleet next "
    "spring, replacing diesel vehicles that are more than 15 years old. The new buses, which cost "
    "£240,000 each, were funded partly by a £300,000 grant from the Corran Literacy Trust. Each "
    "vehicle will carry up to 3,000 books and offer free wi-fi. Library services manager Owen Faulds "
    "said the buses visited 64 villages every fortnight and lent 41,000 items last year. 'For many "
    "older residents, the book bus is the only library they can reach,' he said. The county council "
    "has ruled out any reduction in stops for at least two years.",
    "Two electric book buses will join Dunmere County's mobile library fleet next spring, taking the "
    "place of diesel vehicles over 15 years old. At £240,000 apiece, the new buses were paid for in "
    "part with a £300,000 grant from the Corran Literacy Trust. Each will hold as many as 3,000 books "
    "and provide free wi-fi. According to library services manager Owen Faulds, the buses visit 64 "
    "villages once every two weeks and lent out 41,000 items last year. He said that for many older "
    "residents the book bus is the only library within reach. The county council has ruled out "
    "cutting the number of stops for a minimum of two years.",
    traps=[T("At £240,000 apiece", "which cost £240,000 each"),
           T("once every two weeks", "every fortnight"),
           T("as many as 3,000 books", "up to 3,000 books"),
           T("the only library within reach", "the only library they can reach"),
           T("for a minimum of two years", "for at least two years")])

add("sewing cafes", "rewrite", "inconsistent",
    "A community sewing café in Tressock will reopen on Saturday 4 May after a three-month closure "
    "caused by water damage. The café, run by the charity Thread & Thimble, offers free use of 12 "
    "sewing machines and weekly repair sessions led by volunteers. Coordinator Maeve Lindqvist said "
    "the charity hoped to extend opening hours to include Wednesday evenings, but that this would "
    "depend on recruiting at least six more volunteers. Last year the café helped residents mend more "
    "than 2,500 garments, which the charity estimates kept around four tonnes of textiles out of "
    "landfill. Repairs to the building cost £18,000 and were covered by the landlord's insurance.",
    "Tressock's community sewing café is set to reopen on Saturday 11 May, following a three-month "
    "closure due to water damage. Run by the charity Thread & Thimble, the café offers free use of 12 "
    "sewing machines and weekly volunteer-led repair sessions. Coordinator Maeve Lindqvist said the "
    "charity will extend its opening hours to include Wednesday evenings once at least six more "
    "volunteers have been recruited. Last year residents mended over 2,500 garments with the café's "
    "help, keeping roughly four tonnes of textiles out of landfill by the charity's estimate. The "
    "£18,000 repair bill was met by the landlord's insurance.",
    errors=[E("Saturday 11 May", "date", "major", "Saturday 4 May"),
            E("will extend", "modality", "major", "hoped to extend")],
    traps=[T("by the charity's estimate", "which the charity estimates"),
           T("The £18,000 repair bill was met by",
             "Repairs to the building cost £18,000 and were covered by")])

add("knit and natter", "rewrite", "consistent",
    "A weekly knit and natter group at Farrowdale Library has produced 1,200 woollen hats for newborn "
    "babies at St Brigid's Hospital since it was founded in 2019. The group, which meets every "
    "Tuesday morning, now has 27 regular members, the oldest of whom is 94. Organiser Clare "
    "Penhallow said demand for the hats had doubled this winter after the hospital's maternity unit "
    "expanded. The library has offered the group a larger room from September and will provide wool "
    "donated by local shops. Hospital midwife Sunita Rao said the hats were 'hugely appreciated' by "
    "parents. The group is also knitting blankets for a nearby care home and expects to deliver the "
    "first 40 before Christmas.",
    "Since its founding in 2019, Farrowdale Library's weekly knit and natter group has made 1,200 "
    "woollen hats for newborns at St Brigid's Hospital. Meeting on Tuesday mornings, the group now has "
    "27 regulars, the eldest aged 94. Demand for the hats has risen twofold this winter following an "
    "expansion of the hospital's maternity unit, organiser Clare Penhallow said. The library has "
    "offered the group a bigger room from September, and will also supply wool donated by local "
    "shops. Parents 'hugely appreciated' the hats, according to hospital midwife Sunita Rao. The "
    "knitters are also making blankets for a care home nearby, and expect to hand over the first 40 "
    "before Christmas.",
    traps=[T("has risen twofold", "had doubled"),
           T("the eldest aged 94", "the oldest of whom is 94"),
           T("according to hospital midwife Sunita Rao", "Hospital midwife Sunita Rao said"),
           T("hand over the first 40", "deliver the first 40")])

add("men's sheds", "rewrite", "inconsistent",
    "A men's shed in the market town of Oldcastle Bridge has been awarded £45,000 by the Harwood "
    "Foundation to convert a disused railway goods shed into a permanent workshop. The group, founded "
    "four years ago, has 60 members, most of them retired. Chairman Geoffrey Ambrose said the new "
    "premises would allow members to take on larger woodworking projects, including benches for local "
    "parks. A study by Elmfield University found that members of men's sheds in the region reported "
    "lower levels of loneliness after six months of attendance. The workshop is due to open next "
    "summer, once planning permission for a wheelchair-accessible entrance has been granted.",
    "The Harwood Foundation has given £45,000 to a men's shed in the market town of Oldcastle Bridge "
    "so it can turn a disused railway goods shed into a permanent workshop. Set up four years ago, the "
    "group has 60 members, mostly retirees. Its chairman, Geoffrey Ambrose, said the new space would "
    "let members tackle bigger woodworking projects such as benches for local parks. Members of men's "
    "sheds in the region reported feeling less lonely after six months of attending, according to a "
    "study by the Harwood Foundation. The workshop is scheduled to open next summer, once planning "
    "permission for a wheelchair-accessible entrance is granted.",
    errors=[E("the Harwood Foundation", "attribution", "major", "Elmfield University", occ=0)],
    traps=[T("mostly retirees", "most of them retired"),
           T("feeling less lonely", "lower levels of loneliness")])

add("scrumping", "rewrite", "consistent",
    "Police in the Vale of Callow have issued a warning after a spate of scrumping at commercial "
    "orchards, with an estimated two tonnes of apples taken in the past fortnight. Growers say the "
    "thefts go far beyond children helping themselves to windfalls. Ashby Fruit Farms, the area's "
    "largest grower, said thieves had used ladders and crates to strip 40 trees overnight on 12 "
    "September. Inspector Leanne Crowther said officers would increase patrols and urged residents "
    "to report vehicles parked near orchards after dark. The National Orchard Growers' Federation "
    "estimates that theft costs its members £1.5 million a year. Anyone with information is asked to "
    "call the force on 101.",
    "An estimated two tonnes of apples have been taken from commercial orchards in the Vale of Callow "
    "over the past two weeks, prompting police to issue a warning about scrumping. According to "
    "growers, the thefts go well beyond children picking up windfalls. The area's biggest grower, "
    "Ashby Fruit Farms, said 40 trees were stripped overnight on 12 September by thieves using "
    "ladders and crates. Patrols will be stepped up, said Inspector Leanne Crowther, who urged "
    "residents to report any vehicles parked near orchards after dark. Theft costs members of the "
    "National Orchard Growers' Federation an estimated £1.5m a year, the federation says. Anyone with "
    "information is asked to call the force on 101.",
    traps=[T("over the past two weeks", "in the past fortnight"),
           T("£1.5m", "£1.5 million"),
           T("Patrols will be stepped up", "would increase patrols"),
           T("The area's biggest grower", "the area's largest grower")])

add("pumpkin patches", "rewrite", "inconsistent",
    "Pumpkin growers in the Larkhill valley are expecting a smaller harvest this autumn after a dry "
    "summer reduced yields by about 30 per cent. Bramwell Farm, which runs the valley's largest "
    "pick-your-own pumpkin patch, said it would still open to visitors on 5 October but would limit "
    "entry to pre-booked time slots. Owner Tamsin Rowe said she had decided not to raise prices "
    "despite the shortfall, and medium pumpkins would stay at £4. Last year the farm welcomed 18,000 "
    "visitors over four weekends. The farm has also planted a late crop of squash, which Rowe said "
    "could help fill the gap if October is mild.",
    "A dry summer has cut yields by roughly 30% in the Larkhill valley, and pumpkin growers there are "
    "expecting a smaller harvest this autumn. Bramwell Farm, home to the valley's biggest "
    "pick-your-own pumpkin patch, said it would still open to the public on 5 October, but entry "
    "would be restricted to pre-booked time slots. Owner Tamsin Rowe said she had decided to raise "
    "prices because of the shortfall, though medium pumpkins would stay at £4. The farm, which had "
    "18,000 visitors across four weekends last year, has also planted a late squash crop that Rowe "
    "said could help make up the gap if October is mild, and it plans to add a maze for children.",
    errors=[E("had decided to raise prices", "polarity", "major", "had decided not to raise prices"),
            E("it plans to add a maze for children", "addition", "minor", None)],
    traps=[T("roughly 30%", "about 30 per cent"),
           T("entry would be restricted", "would limit entry")])

# --------------------------------------------------------------- rewrites 11-20
add("christmas tree farms", "rewrite", "consistent",
    "Christmas tree farms in the Hatherton uplands expect to sell around 85,000 trees this season, up "
    "from 70,000 last year, according to the Hatherton Growers' Cooperative. The cooperative's chair, "
    "Rhys Gwillam, said a wet spring had produced strong growth, and that prices for a six-foot "
    "Nordmann fir would be held at £55. About a quarter of this year's trees will be sold directly to "
    "visitors who cut their own. The cooperative has also agreed to take back used trees free of "
    "charge in the first two weeks of January, chipping them for use on local footpaths. Last year "
    "9,000 trees were returned under the scheme.",
    "The Hatherton Growers' Cooperative says Christmas tree farms in the Hatherton uplands are likely "
    "to sell some 85,000 trees this season, compared with 70,000 last year. A wet spring led to strong "
    "growth, said chair Rhys Gwillam, adding that a six-foot Nordmann fir would stay at £55. Roughly "
    "25% of this year's trees will go directly to visitors cutting their own. In the first fortnight "
    "of January, the cooperative will again take back used trees at no cost and chip them for local "
    "footpaths; 9,000 were handed back this way last year.",
    traps=[T("are likely to sell some 85,000 trees", "expect to sell around 85,000 trees"),
           T("Roughly 25%", "About a quarter"),
           T("In the first fortnight of January", "in the first two weeks of January"),
           T("at no cost", "free of charge"),
           T("would stay at £55", "would be held at £55")])

add("mistletoe sales", "rewrite", "inconsistent",
    "The annual mistletoe auctions at Kelbury market will go ahead on three Tuesdays in late November "
    "and early December, the market's owners, Kelbury Estates, confirmed. Around 1,500 bundles are "
    "expected to be sold, mostly harvested from old apple orchards in the Tarrow Valley, about 20 "
    "miles to the west. Auctioneer Philippa Greaves said last year's prices averaged £12 a bundle, "
    "with the best-berried lots fetching up to £40. Conservation group Orchard Keepers welcomed the "
    "auctions, saying regular cutting helps keep old trees healthy. This year, for the first time, "
    "buyers will be able to bid online as well as in person.",
    "Kelbury Estates, which owns Kelbury market, has confirmed that its annual mistletoe auctions will "
    "take place on three Tuesdays in late November and early December. Some 1,500 bundles are "
    "expected to go under the hammer, most of them cut from old apple orchards in the Kelbury Valley, "
    "about 20 miles to the west. Last year bundles sold for an average of £12, with the "
    "best-berried lots making as much as £40, said auctioneer Philippa Greaves. The conservation "
    "group Orchard Keepers welcomed the sales, saying that regular cutting helps keep old trees "
    "healthy. For the first time, buyers this year will be able to bid over the internet as well as "
    "in person.",
    errors=[E("the Kelbury Valley", "entity", "major", "the Tarrow Valley")],
    traps=[T("making as much as £40", "fetching up to £40"),
           T("bid over the internet", "bid online"),
           T("go under the hammer", "be sold")])

add("wreath making", "rewrite", "consistent",
    "Wreath-making workshops run by the Penrose Gardens Trust sold out within 48 hours of tickets "
    "going on sale last week, the trust said. The 16 sessions, held in the gardens' Victorian "
    "glasshouse between 28 November and 20 December, each have room for 20 people. Tickets cost £35, "
    "including all materials and mulled apple juice. Head gardener Lowri Bevan said the foliage would "
    "be gathered from the gardens' own holly, ivy and spruce, and that no floral foam would be used. "
    "The trust said it would release a small number of extra places if demand continued, but warned "
    "that these were unlikely before mid-December. Proceeds will go towards restoring the glasshouse "
    "roof.",
    "Tickets for the Penrose Gardens Trust's wreath-making workshops went on sale last week and were "
    "gone within two days, the trust said. There are 16 sessions, each for up to 20 people, in the "
    "gardens' Victorian glasshouse from 28 November to 20 December. The £35 ticket price covers all "
    "materials as well as mulled apple juice. According to head gardener Lowri Bevan, the greenery "
    "will come from the gardens' own holly, ivy and spruce, and floral foam will not be used. A small "
    "number of extra places will be released if demand continues, the trust said, though probably not "
    "before mid-December. The money raised will go towards restoring the glasshouse roof.",
    traps=[T("were gone within two days", "sold out within 48 hours"),
           T("each for up to 20 people", "each have room for 20 people"),
           T("greenery", "foliage"),
           T("probably not before mid-December", "unlikely before mid-December"),
           T("The money raised", "Proceeds")])

add("ice caves", "rewrite", "inconsistent",
    "The ice caves beneath the Varnholt glacier will remain closed to visitors for the rest of the "
    "winter after a section of the entrance tunnel collapsed on Sunday night, the regional parks "
    "authority said. No one was injured. Geologists from the Alpine Survey Institute are assessing the "
    "stability of the remaining passages, and a report is expected by mid-February. Park director "
    "Anselm Brügger said the authority would refund all 3,400 advance bookings. The caves attracted "
    "about 60,000 visitors last season and are a major source of income for the nearby village of "
    "Oberhalt. Brügger said it was too early to say whether the caves could reopen next winter.",
    "The ice caves under the Varnholt glacier will stay closed to visitors for the rest of the winter, "
    "the regional parks authority said, after part of the entrance tunnel collapsed on Sunday night. "
    "Nobody was hurt. Geologists from the Alpine Survey Institute are examining whether the remaining "
    "passages are stable and are expected to report by mid-February. Park director Anselm Brügger "
    "said all 3,400 advance bookings would be rescheduled. Around 60,000 people visited the caves last "
    "season, making them a key earner for the nearby village of Oberhalt. Brügger said it was too soon "
    "to tell whether they could reopen next winter. The ice caves under the Varnholt glacier will stay "
    "closed to visitors for the rest of the winter.",
    errors=[E("would be rescheduled", "event", "major", "would refund"),
            E("The ice caves under the Varnholt glacier will stay closed to visitors for the rest of "
              "the winter", "repetition", "minor", None, occ=1)],
    traps=[T("Nobody was hurt", "No one was injured"),
           T("a key earner", "a major source of income")])

add("summit crosses", "rewrite", "consistent",
    "The summit cross on the Hochkammer, a 2,650-metre peak in the Tarnau range, is to be replaced "
    "after being damaged by lightning in August, the mountain club that maintains it said on "
    "Wednesday. The new cross, made of larch wood and steel, will be flown to the summit by helicopter "
    "in early October, weather permitting. The Tarnau Alpine Club said the work would cost around "
    "€28,000, two-thirds of which has been raised through donations from walkers. Club president Elke "
    "Rainer said the original cross, erected in 1958, would be restored and displayed in the village "
    "museum in Sankt Alwin. Walkers have been advised to avoid the summit ridge on the day of the "
    "installation.",
    "The Tarnau Alpine Club, which looks after the summit cross on the 2,650 m Hochkammer in the "
    "Tarnau range, said on Wednesday that the cross will be replaced after it was damaged in a "
    "lightning strike in August. Weather permitting, a new larch-and-steel cross will be flown up to "
    "the summit by helicopter at the beginning of October. The work will cost about €28,000, of which "
    "walkers have donated two-thirds, the club said. The original, put up in 1958, will be restored "
    "and go on display at the village museum in Sankt Alwin, according to club president Elke Rainer. "
    "On the day the new cross is installed, walkers are advised to keep off the summit ridge.",
    traps=[T("2,650 m", "2,650-metre"),
           T("at the beginning of October", "in early October"),
           T("about €28,000", "around €28,000"),
           T("put up in 1958", "erected in 1958"),
           T("keep off the summit ridge", "avoid the summit ridge")])

add("cable car closures", "rewrite", "inconsistent",
    "The Grauwand cable car will close for six weeks from 14 April for its five-yearly safety "
    "inspection, operator Bergbahnen Talvik announced. During the closure, engineers will replace the "
    "main haul rope and overhaul the braking systems in both cabins. The operator said a shuttle bus "
    "would run every 30 minutes between the valley station and the village of Obermatt, though the "
    "summit restaurant will be shut. The line carried 410,000 passengers last year. Managing director "
    "Lukas Fehr said the timing had been chosen to avoid both the ski season and the summer peak, and "
    "that the cable car would reopen on 26 May.",
    "Operator Bergbahnen Talvik has announced that the Grauwand cable car will shut for six weeks from "
    "14 April for its safety inspection, which takes place every five years. Engineers will use the "
    "closure to replace the main haul rope and overhaul the brakes on both cabins. A shuttle bus will "
    "link the valley station with Obermatt village every half hour, but the summit restaurant will be "
    "closed, the operator said. Last year 410,000 passengers used the line. According to managing "
    "director Lukas Fehr, the timing was picked to miss both the ski season and the summer peak, and "
    "the cable car will reopen on 26 June.",
    errors=[E("26 June", "date", "major", "26 May")],
    traps=[T("every half hour", "every 30 minutes"),
           T("which takes place every five years", "five-yearly"),
           T("410,000 passengers used the line", "The line carried 410,000 passengers")])

add("cross country trails", "rewrite", "consistent",
    "The Kessock Forest cross-country ski trails will open this weekend after 40 centimetres of fresh "
    "snow fell on Tuesday and Wednesday, the Kessock Nordic Association said. Groomers will prepare 22 "
    "kilometres of classic tracks and 15 kilometres of skating lanes. A day pass costs £9 for adults, "
    "while under-16s ski free. Association secretary Ingrid Hallsworth said the lit 3-kilometre loop "
    "near the car park would be open until 9pm on weekdays. Skiers are asked not to walk on the "
    "groomed tracks, and dogs are banned from the trail network except on the Heron Loop. Conditions "
    "will be updated daily on the association's website.",
    "With 40 cm of new snow having fallen on Tuesday and Wednesday, the cross-country ski trails in "
    "Kessock Forest will open this weekend, according to the Kessock Nordic Association. There will "
    "be 22 km of groomed classic tracks and 15 km of skating lanes. Adults pay £9 for a day pass; "
    "skiers under 16 go free. The lit 3 km loop beside the car park will stay open until 9pm on "
    "weekdays, association secretary Ingrid Hallsworth said. Skiers are requested not to walk on the "
    "groomed tracks, and dogs are not allowed anywhere on the network apart from the Heron Loop. The "
    "association's website will carry daily condition updates.",
    traps=[T("40 cm of new snow", "40 centimetres of fresh snow"),
           T("skiers under 16 go free", "under-16s ski free"),
           T("apart from the Heron Loop", "except on the Heron Loop"),
           T("The association's website will carry daily condition updates",
             "Conditions will be updated daily on the association's website")])

add("sledge runs", "rewrite", "inconsistent",
    "A council in the hill town of Haworth Edge has installed straw bales and safety netting on its "
    "most popular sledge run after 11 people were treated for injuries there last winter. The measures "
    "cost £6,500. Parks manager Callum Brierley said the run, on the slopes of Crag Hill, would also be "
    "divided into separate lanes for adults and children. Figures from the regional ambulance service "
    "show that sledging injuries across the area rose by 20 per cent last year. Councillor Nadia "
    "Hussain said the council did not want to discourage sledging, but that 'a few simple steps can "
    "stop a fun day out ending in hospital'.",
    "After 11 people needed treatment for injuries on its busiest sledge run last winter, the council "
    "in the hill town of Haworth Edge has put straw bales and safety netting in place there, at a cost "
    "of £5,600. The run, on the slopes of Crag Hill, will also be split into separate lanes for adults "
    "and children, parks manager Callum Brierley said. Across the area, sledging injuries went up by a "
    "fifth last year, according to figures from the regional ambulance service. The parks manager "
    "added that the council did not want to put people off sledging, but that 'a few simple steps can "
    "stop a fun day out ending in hospital'.",
    errors=[E("£5,600", "number", "minor", "£6,500"),
            E("The parks manager added", "attribution", "major", "Councillor Nadia Hussain said")],
    traps=[T("went up by a fifth", "rose by 20 per cent")])

add("toboggan hire", "rewrite", "consistent",
    "Toboggan hire at the Glenarvie snow centre will be run by a local social enterprise from this "
    "winter, after the previous contractor went into administration in March. Sledgeworks, which "
    "employs young people leaving care, won the three-year contract ahead of four other bidders. It "
    "will charge £8 for two hours' hire, £2 less than last season, and will offer free toboggans to "
    "local schools on weekday mornings. Centre manager Fiona Drummond said Sledgeworks would also take "
    "over the equipment store and repair workshop. The enterprise plans to create six seasonal jobs "
    "and two year-round posts.",
    "From this winter, a local social enterprise will take over toboggan hire at the Glenarvie snow "
    "centre, the previous contractor having gone into administration in March. Sledgeworks, which "
    "gives jobs to young care leavers, beat four rival bidders to the three-year contract. Hire will "
    "cost £8 for two hours, down £2 on last season, and local schools will be able to use toboggans "
    "free of charge on weekday mornings. The equipment store and repair workshop will also be handed "
    "over to Sledgeworks, said Fiona Drummond, who manages the centre. The enterprise intends to "
    "create six seasonal and two year-round jobs.",
    traps=[T("beat four rival bidders", "ahead of four other bidders"),
           T("down £2 on last season", "£2 less than last season"),
           T("young care leavers", "young people leaving care"),
           T("who manages the centre", "Centre manager")])

add("zamboni drivers", "rewrite", "inconsistent",
    "The Brankton Ice Arena may have to cancel some public skating sessions this season because of a "
    "shortage of qualified ice resurfacer drivers, its operator has warned. Arena manager Dev Malhotra "
    "said only three of the seven posts were currently filled, and that each driver was working up to "
    "55 hours a week. The operator, Brankton Leisure Trust, is offering a £1,000 signing bonus and "
    "will pay for new recruits to complete the two-week certification course. Ice hockey club "
    "Brankton Bisons, which trains at the arena five nights a week, said its schedule would not be "
    "affected.",
    "A shortage of qualified drivers for its ice resurfacing machines means the Brankton Ice Arena "
    "will have to cancel some public skating sessions this season, the operator has warned. Just "
    "three of the seven posts are filled at present, arena manager Dev Malhotra said, with each driver "
    "working as many as 55 hours a week. Brankton Leisure Trust, which runs the arena, is offering a "
    "£1,000 signing bonus and will cover the cost of the two-week certification course for new "
    "recruits. The Brankton Bisons ice hockey club, which trains there five nights a week, said its "
    "schedule would be unaffected.",
    errors=[E("will have to cancel", "modality", "major", "may have to cancel")],
    traps=[T("as many as 55 hours", "up to 55 hours"),
           T("would be unaffected", "would not be affected")])

# ------------------------------------------------------------- summaries 21-30
add("hockey rinks", "summary", "consistent",
    "The town of Millbrae Falls will build a second indoor hockey rink after councillors approved a "
    "CAD 14.5 million budget on Monday evening. The new rink, to be attached to the existing Cedar "
    "Park Arena, will include 400 spectator seats, six changing rooms and a rooftop solar array. "
    "Construction is scheduled to start next April and finish in time for the 2026 season. "
    "Recreation director Paulette Gagnon said the existing rink was booked 19 hours a day during "
    "winter and that minor hockey teams were regularly being turned away. The provincial government "
    "will contribute CAD 5 million, with the remainder coming from municipal reserves and a "
    "fundraising campaign led by the local minor hockey association. Opponents on the council argued "
    "the money should instead go to road repairs, but the motion passed by seven votes to two.",
    "Millbrae Falls councillors voted 7-2 on Monday to approve a CAD 14.5m second indoor rink beside "
    "Cedar Park Arena, due to be ready for the 2026 season. The existing rink is booked 19 hours a day "
    "in winter and minor hockey teams are often turned away, the recreation director said. The "
    "province is putting in CAD 5m.",
    traps=[T("voted 7-2", "passed by seven votes to two"),
           T("CAD 14.5m", "CAD 14.5 million"),
           T("beside Cedar Park Arena", "attached to the existing Cedar Park Arena"),
           T("often turned away", "regularly being turned away"),
           T("The province is putting in CAD 5m",
             "The provincial government will contribute CAD 5 million")])

add("square dance callers", "summary", "inconsistent",
    "The Harlan County Square Dance Federation has appointed veteran caller Earl Tibbets to train a "
    "new generation of callers, amid concern that the number of active callers in the state has "
    "halved in a decade. Tibbets, 71, who learned to call from the late Marvin Olds, has called dances "
    "for more than 45 years and will run a 10-week course starting in February at the Grange Hall in "
    "Pickford. The federation is covering the course fees for the first 12 applicants under the age "
    "of 30. Federation president Darlene Voss said clubs were struggling to hold regular dances "
    "because callers were retiring faster than they could be replaced. The course will cover timing, "
    "choreography and microphone technique.",
    "Veteran caller Earl Tibbets will lead a 10-week course from February to train new square dance "
    "callers, the Harlan County Square Dance Federation said, as the state's number of active callers "
    "has halved in ten years. Tibbets, 71, who taught the late Marvin Olds to call, has more than 45 "
    "years' experience. Fees are covered for the first 12 applicants under 30, and successful trainees "
    "will be guaranteed bookings with member clubs.",
    errors=[E("Tibbets, 71, who taught the late Marvin Olds", "role", "major",
              "Tibbets, 71, who learned to call from the late Marvin Olds"),
            E("successful trainees will be guaranteed bookings with member clubs", "addition",
              "major", None)],
    traps=[T("in ten years", "in a decade")])

add("bagpipe reeds", "summary", "consistent",
    "A shortage of cane from southern Europe has left pipe bands across Scotland struggling to source "
    "bagpipe reeds, according to the Royal Pipers' Guild of Alba. Most chanter reeds are made from "
    "Arundo donax cane grown in a small area of the Mediterranean, where last year's harvest was hit "
    "by drought. Reedmaker Hamish Kerr, whose workshop in Dunvarran supplies around 200 bands, said he "
    "had received less than half his usual cane order and had been forced to ration customers to ten "
    "reeds each. Prices have risen from about £18 to £25 per reed since January. The guild has urged "
    "bands to share reeds where possible and is funding trials of synthetic alternatives at two "
    "colleges.",
    "Drought in the Mediterranean has cut supplies of the cane used for most chanter reeds, leaving "
    "Scottish pipe bands short of reeds, the Royal Pipers' Guild of Alba says. One reedmaker who "
    "supplies some 200 bands got under half his normal cane order and is limiting customers to ten "
    "reeds each, while prices have climbed to £25 a reed from roughly £18 since January. The guild is "
    "funding trials of synthetic reeds.",
    traps=[T("under half his normal cane order", "less than half his usual cane order"),
           T("limiting customers to ten reeds each", "ration customers to ten reeds each"),
           T("climbed to £25 a reed from roughly £18", "risen from about £18 to £25 per reed"),
           T("some 200 bands", "around 200 bands")])

add("drum corps", "summary", "inconsistent",
    "The Ridgeline Cadets drum and bugle corps will not compete in this summer's national "
    "championships for the first time in 32 years, after failing to raise enough money to cover "
    "travel costs. Director Marcus Bellweather said the corps needed about $180,000 for the six-week "
    "tour but had secured only $95,000 from sponsors and fundraising. The 150 members, aged 16 to 21, "
    "will instead perform at a series of regional shows within driving distance of their base in "
    "Westfield. Bellweather said the corps intended to return to national competition next year and "
    "had launched a long-term appeal to rebuild its reserves.",
    "Unable to raise the roughly $180,000 needed for its tour, the Ridgeline Cadets drum and bugle "
    "corps will sit out the national championships this summer for the first time in 32 years, "
    "having secured just $95,000. Its 150 members will play regional shows instead, and director "
    "Marcus Bellweather said the corps did not intend to return to national competition next year.",
    errors=[E("did not intend to return", "polarity", "major", "intended to return")],
    traps=[T("will sit out the national championships",
             "will not compete in this summer's national championships")])

add("marching bands", "summary", "consistent",
    "The Eastbourne Heights High School marching band has been invited to lead the city's Founders' "
    "Day parade on 3 July, the first time a school band has been given the honour in the parade's "
    "60-year history. The 120-member band, directed by Rosalind Achterberg, won the state marching "
    "championship in November. Parade organisers said the band would march the full 2.4-mile route "
    "and perform a three-minute set outside City Hall. The school's parent association has launched "
    "an appeal to raise $22,000 for new uniforms before the event, and says it has so far collected "
    "just over $9,000. Achterberg said students would rehearse twice a week through the spring.",
    "The 120-strong Eastbourne Heights High School marching band, which won the state championship in "
    "November, has been invited to head the city's Founders' Day parade on 3 July, the first school "
    "band to be so honoured in 60 years of the event. Parents are appealing for $22,000 for new "
    "uniforms and have collected slightly more than $9,000.",
    traps=[T("120-strong", "120-member"),
           T("to head", "to lead"),
           T("slightly more than $9,000", "just over $9,000"),
           T("in 60 years of the event", "in the parade's 60-year history")])

add("majorettes", "summary", "inconsistent",
    "A majorette troupe from the mining town of Tredwyn has qualified for the European championships "
    "in Lesnice, Czech Republic, after winning three titles at the national finals in Pontaran last "
    "weekend. The Tredwyn Starlettes, founded in 1987 by former dancer Glenys Pryce, now have 48 "
    "members aged between five and 19. Their senior team took first place in the pom-pom and baton "
    "categories, and the juniors won the parade section. Coach Bethan Pryce, Glenys's daughter, said "
    "the troupe needed to raise £15,000 to send 30 members to the championships in late August. The "
    "group trains three evenings a week in the Tredwyn miners' welfare hall.",
    "The Tredwyn Starlettes majorette troupe won three titles at last weekend's national finals in "
    "Pontaran, earning a place at the European championships in Lesnice in late July. Coach Glenys "
    "Pryce said £15,000 is needed to send 30 of the 48 members.",
    errors=[E("late July", "date", "major", "late August"),
            E("Glenys Pryce", "entity", "minor", "Bethan Pryce")],
    traps=[T("earning a place at", "has qualified for")])

add("cheerleading squads", "summary", "consistent",
    "Cheerleading has been formally recognised as a sport by the Westmarch Schools Athletic "
    "Association, meaning squads at its 84 member schools will be eligible for the same funding, "
    "coaching support and insurance cover as other sports from September. The association's board "
    "voted unanimously for the change on Tuesday after a two-year review. Executive director Carla "
    "Mendes said cheerleading injuries had fallen by nearly 40 per cent since new safety rules "
    "limiting the height of stunts were introduced in 2021. Squads will be required to appoint a "
    "certified coach and take part in at least three sanctioned competitions a year. Around 3,100 "
    "students currently take part in cheerleading at association schools.",
    "From September, cheerleading squads at the 84 schools in the Westmarch Schools Athletic "
    "Association will qualify for the same funding, coaching support and insurance as other sports, "
    "after the board unanimously recognised it as a sport on Tuesday. Squads must have a certified "
    "coach and enter at least three sanctioned competitions annually. Injuries have dropped by almost "
    "40% since stunt height limits came in in 2021, the executive director said.",
    traps=[T("will qualify for", "will be eligible for"),
           T("unanimously recognised it", "voted unanimously"),
           T("annually", "a year"),
           T("by almost 40%", "by nearly 40 per cent"),
           T("stunt height limits", "new safety rules limiting the height of stunts")])

add("mascot costumes", "summary", "inconsistent",
    "The Dunmore Rovers football club has withdrawn its mascot costume, Rocky the Ram, after a review "
    "found it was too hot to wear safely during summer fixtures. The costume's performer, a club "
    "volunteer, was treated for heat exhaustion during a pre-season friendly in July. The club said a "
    "lighter, ventilated replacement was being designed by costume maker Felton Theatrical and would "
    "be ready by October. Until then, Rocky will appear only at indoor events and school visits. "
    "Commercial manager Jade Okonkwo said the club was grateful to the volunteer, who has since "
    "recovered and wants to return to the role.",
    "Dunmore Rovers have withdrawn their Rocky the Ram mascot costume as too hot for summer games, "
    "after the volunteer wearing it was treated for heat exhaustion at a July pre-season friendly. A "
    "lighter, ventilated version from Felton Theatrical is due by October; until then Rocky will "
    "appear only indoors and at schools. The volunteer has since recovered but has stepped down from "
    "the role.",
    errors=[E("has stepped down from the role", "event", "major", "wants to return to the role")],
    traps=[T("is due by October", "would be ready by October"),
           T("appear only indoors and at schools", "appear only at indoor events and school visits")])

add("stadium seats", "summary", "consistent",
    "Northfield Athletic will replace all 9,200 seats at its Brookside Stadium this summer, the club "
    "announced on Friday. The new seats, made from recycled plastic, will be installed between the "
    "end of the season in May and the first home fixture in August. The £1.1 million project is being "
    "paid for by a loan from the club's owners, the Hargreave family, and will not affect ticket "
    "prices, according to chief executive Simon Kettering. The old seats, some of which date from "
    "1994, will be offered to supporters for £20 each, with proceeds going to the club's community "
    "foundation. Around 60 wheelchair-accessible spaces and companion seats will also be upgraded.",
    "Northfield Athletic is to swap every one of Brookside Stadium's 9,200 seats for recycled-plastic "
    "ones over the summer break, funded by a £1.1m loan from its owners, with no impact on ticket "
    "prices, the chief executive said. Fans can buy the old seats for £20 apiece, the money going to "
    "the club's community foundation.",
    traps=[T("every one of Brookside Stadium's 9,200 seats", "all 9,200 seats"),
           T("£1.1m", "£1.1 million"),
           T("£20 apiece", "£20 each"),
           T("with no impact on ticket prices", "will not affect ticket prices")])

add("programme sellers", "summary", "inconsistent",
    "Lindenvale Town has stopped printing matchday programmes after 112 years, citing falling sales "
    "and rising paper costs. Sales have dropped from an average of 1,800 copies per home game in 2015 "
    "to about 450 last season, the club said. The programme will be replaced by a free digital "
    "edition available through the club's app. The club's six volunteer programme sellers, the "
    "longest-serving of whom has sold programmes outside the ground since 1979, will be offered roles "
    "as matchday stewards. Club secretary Ann Whitlock said the decision had been 'heartbreaking' but "
    "that the print edition had lost around £9,000 last season.",
    "Lindenvale Town has stopped printing its matchday programme after 112 years. Sales fell from an "
    "average of 1,800 copies a game in 2015 to about 450 last season, and the print edition lost "
    "around £19,000 last season, the club said. It will be replaced by a free digital edition on the "
    "club's app. Sales fell from an average of 1,800 copies a game in 2015. The six volunteer sellers "
    "will be offered steward roles.",
    errors=[E("£19,000", "number", "major", "£9,000"),
            E("Sales fell from an average of 1,800 copies a game in 2015", "repetition", "minor",
              None, occ=1)],
    traps=[T("will be offered steward roles", "will be offered roles as matchday stewards")])

# ----------------------------------------------------------- translations 31-40
add("groundskeepers", "translation", "consistent",
    "The groundskeepers of the top-flight club FC Rheinau have been named the best in the league for "
    "the second year running. The award, presented by the German Turf Association, was announced in "
    "Weissenbruck on Thursday. Head groundskeeper Jörg Seidlitz leads a team of nine employees who "
    "look after the stadium pitch and four training fields. According to the club, the pitch was "
    "relaid only once last season, compared with an average of three times at other stadiums. "
    "Seidlitz credited a new ventilation system under the pitch, installed in 2022 at a cost of 1.3 "
    "million euros. The club intends to use the prize money of 20,000 euros for training courses for "
    "young groundskeepers.",
    "For the second consecutive year, the ground staff at top-division side FC Rheinau have been named "
    "the league's best. The prize, awarded by the German Turf Association, was made public on "
    "Thursday in Weissenbruck. Jörg Seidlitz, the head groundsman, runs a nine-strong team "
    "responsible for the stadium pitch and four practice pitches. The club says the stadium turf had "
    "to be replaced just once last season, whereas other grounds needed relaying three times on "
    "average. Seidlitz put this down to a new under-pitch ventilation system, fitted in 2022 for 1.3 "
    "million euros. The club plans to spend the 20,000-euro prize money on training courses for young "
    "groundskeepers.",
    traps=[T("For the second consecutive year", "for the second year running"),
           T("a nine-strong team", "a team of nine employees"),
           T("four practice pitches", "four training fields"),
           T("had to be replaced just once", "was relaid only once")])

add("floodlights", "translation", "inconsistent",
    "The municipal stadium in Saint-Aubin-les-Prés will switch off its floodlights at 10 p.m. from "
    "next month to cut energy costs, the town hall announced on Monday. Evening matches of the amateur "
    "club US Saint-Aubin will therefore have to start no later than 8 p.m. The mayor, Catherine "
    "Lemoine, said the measure would save about 14,000 euros a year. The town also plans to replace "
    "the 48 halogen lamps with LED floodlights by 2026, with the help of a regional subsidy. The "
    "club's president regretted not having been consulted but said he understood the decision.",
    "From next month, the floodlights at the municipal stadium of Saint-Aubin-les-Prés will be turned "
    "off at 10 o'clock at night in order to reduce energy bills, the mayor's office said on Monday. As "
    "a result, evening fixtures for the amateur side US Saint-Aubin must kick off by 8 p.m. at the "
    "latest. Mayor Catherine Lemoine put the saving at roughly 14,000 euros annually. The town is also "
    "planning to swap its 48 halogen lamps for LED floodlights by 2026. The president of the club said "
    "he was sorry not to have been consulted, though he understood the decision.",
    errors=[O("LED floodlights by 2026", "with the help of a regional subsidy", "minor")],
    traps=[T("at 10 o'clock at night", "at 10 p.m."),
           T("roughly 14,000 euros annually", "about 14,000 euros a year"),
           T("the mayor's office", "the town hall")])

add("scoreboards", "translation", "consistent",
    "A 1960s mechanical scoreboard at the Stadio Comunale of Valdorno, operated by hand for more than "
    "half a century, will be restored and moved to the town's sports museum. The municipality "
    "announced on Wednesday that the board, which weighs around two tonnes, will be dismantled in "
    "March and replaced by an electronic screen. The last operator, 79-year-old Sergio Bellandi, "
    "changed the numbers by hand for 41 seasons. 'I never missed a home match,' he told reporters. The "
    "restoration, entrusted to a local carpentry cooperative, will cost 35,000 euros, half of it "
    "covered by a foundation.",
    "Valdorno's Stadio Comunale is to lose its mechanical scoreboard, which dates from the 1960s and "
    "was worked by hand for over fifty years: the board will be restored and put on display at the "
    "town's sports museum. According to Wednesday's announcement from the town council, the roughly "
    "two-tonne structure will be taken down in March and an electronic screen installed in its place. "
    "Sergio Bellandi, 79, the last person to operate it, turned the numbers manually for 41 seasons "
    "and told journalists he had never missed a home game. A local carpentry cooperative will carry "
    "out the restoration for 35,000 euros, 50% of which will be paid by a foundation.",
    traps=[T("for over fifty years", "for more than half a century"),
           T("the roughly two-tonne structure", "weighs around two tonnes"),
           T("told journalists he had never missed a home game",
             "'I never missed a home match,' he told reporters"),
           T("50%", "half"),
           T("the town council", "The municipality")])

add("referee shortages", "translation", "inconsistent",
    "The Levante Sur Football Federation has warned that nearly a third of weekend youth matches could "
    "be left without an official referee this season because of a shortage of officials. The number "
    "of registered referees in the region has fallen from 2,400 to 1,650 in five years, according to "
    "the federation's referees' committee. Committee chairman Antonio Ruiz Valverde blamed verbal "
    "abuse from spectators and parents. A study by the University of Almerada found that most new "
    "referees quit within their first two seasons. Ruiz Valverde said the federation would not allow "
    "club volunteers to referee official youth matches. The federation will raise match fees by 15 "
    "percent and has launched a campaign in secondary schools to recruit referees aged 14 and over.",
    "The Levante Sur Football Federation warns that almost one in three youth games at weekends this "
    "season may have no official referee, owing to a lack of officials. Its referees' committee says "
    "the region's registered referees have dropped from 2,400 to 1,650 over five years. The "
    "committee's chairman, Antonio Ruiz Valverde, pointed to verbal abuse by spectators and parents. "
    "According to Ruiz Valverde, most new referees give up within their first two seasons. He said the "
    "federation would permit club volunteers to referee official youth matches. Match fees are to "
    "rise by 15 percent, and the federation has started a campaign in secondary schools to recruit "
    "referees from the age of 14.",
    errors=[E("According to Ruiz Valverde", "attribution", "major",
              "A study by the University of Almerada found"),
            E("would permit club volunteers to referee", "polarity", "critical",
              "would not allow club volunteers to referee")],
    traps=[T("almost one in three", "nearly a third"),
           T("from the age of 14", "aged 14 and over")])

add("linesmen", "translation", "consistent",
    "Amateur clubs in the province of Gelderveld will no longer be allowed to use untrained volunteers "
    "as linesmen in the top two regional divisions from next season, the regional football union "
    "announced on Tuesday. Each club must have at least two club linesmen who have completed a "
    "four-evening course, which the union will offer free of charge. Union spokesperson Marieke de "
    "Vos said that disputes over offside decisions had led to 23 abandoned matches last season. Clubs "
    "that fail to comply risk a deduction of three points. The rule does not apply to youth or women's "
    "competitions for the time being.",
    "From next season, clubs in the two highest regional divisions in Gelderveld province will not "
    "be permitted to field volunteers without training as linesmen, the regional football union said on Tuesday. Every club will "
    "need a minimum of two club linesmen who have taken a course of four evenings, offered by the "
    "union at no charge. Arguments about offside calls caused 23 matches to be abandoned last season, "
    "according to spokeswoman Marieke de Vos. A club that does not comply could be docked three "
    "points. For now, youth and women's competitions are exempt.",
    traps=[T("will not be permitted to field volunteers without training as linesmen",
             "will no longer be allowed to use untrained volunteers as linesmen"),
           T("a minimum of two", "at least two"),
           T("at no charge", "free of charge"),
           T("could be docked three points", "risk a deduction of three points"),
           T("For now, youth and women's competitions are exempt",
             "The rule does not apply to youth or women's competitions for the time being")])

add("putting greens", "translation", "inconsistent",
    "A new public putting green opened on Saturday in the park by Norrbacka harbour, the first of its "
    "kind in the municipality. The 18-hole course was built by pupils on the construction programme "
    "at the local upper secondary school, who worked on it for two terms. Playing is free, and putters "
    "and balls can be borrowed from the nearby café. Municipal councillor Eva Lindholm said the "
    "project cost 420,000 kronor, most of which was covered by a grant from a housing company. About "
    "300 people tried the course on the opening day.",
    "On Saturday, the park next to Norrbacka's harbour gained a public putting green, the "
    "municipality's first. Students on the building programme at the town's upper secondary school "
    "spent two terms constructing the 18-hole course. There is no charge to play, and putters and "
    "balls can be bought at the café next door. According to local councillor Eva Lindholm, the "
    "420,000-kronor cost was largely met by a grant from a housing company. Around 300 people had a go "
    "on opening day.",
    errors=[E("can be bought", "event", "major", "can be borrowed")],
    traps=[T("There is no charge to play", "Playing is free"),
           T("was largely met by", "most of which was covered by"),
           T("Around 300 people had a go", "About 300 people tried the course")])

add("clay pigeon shooting", "translation", "consistent",
    "The clay pigeon shooting range at Quinta do Freixal, near the town of Vale Seco, will be allowed "
    "to reopen in April after residents and the club reached an agreement, the district court "
    "confirmed on Friday. The range had been closed since last September following complaints about "
    "noise. Under the deal, shooting will be limited to Saturdays and Sundays between 10 a.m. and 1 "
    "p.m., and the club will build a four-metre earth bank to reduce noise. The club's president, Rui "
    "Antunes, said the 180 members were relieved. A residents' spokeswoman said they would monitor "
    "noise levels for the first six months.",
    "The district court confirmed on Friday that an agreement between local residents and the club "
    "means the clay pigeon range at Quinta do Freixal, close to Vale Seco, can reopen in April. It had "
    "been shut since September last year after noise complaints. The deal restricts shooting to "
    "weekends, from 10 in the morning to 1 in the afternoon, and requires the club to put up a "
    "four-metre-high earth embankment to cut noise. Club president Rui Antunes said the 180 members "
    "were relieved. Residents will keep track of noise levels during the first half-year, according "
    "to a spokeswoman for them.",
    traps=[T("weekends", "Saturdays and Sundays"),
           T("from 10 in the morning to 1 in the afternoon", "between 10 a.m. and 1 p.m."),
           T("since September last year", "since last September"),
           T("the first half-year", "the first six months"),
           T("four-metre-high earth embankment", "four-metre earth bank")])

add("kickboxing classes", "translation", "inconsistent",
    "The Wierzbin city council has signed an agreement with the Tygrys kickboxing club under which the "
    "club will run free classes for teenagers in four district community centres. The classes, for "
    "young people aged 13 to 17, will start in October and take place twice a week. The sessions will "
    "be led by the club's coach, former European champion Paweł Nowicki, who trained the current "
    "world champion Marta Zielińska as a junior. The council will pay the club 60,000 zlotys a year "
    "for two years. Deputy mayor Agnieszka Wróbel said the programme could be extended to other "
    "districts if it proved successful. Parents must give written consent.",
    "Wierzbin city council and the Tygrys kickboxing club have signed an agreement for the club to "
    "hold free classes for teenagers at four district community centres. Starting in October, the "
    "twice-weekly sessions are aimed at 13- to 17-year-olds. They will be run by the club's coach, "
    "former European champion Paweł Nowicki, who was trained as a junior by the current world "
    "champion Marta Zielińska. The club will receive 60,000 zlotys a year from the council for two "
    "years. According to deputy mayor Agnieszka Wróbel, the programme will be extended to other "
    "districts if it is a success. Written parental consent is required.",
    errors=[E("Paweł Nowicki, who was trained as a junior by the current world champion Marta "
              "Zielińska", "role", "major",
              "Paweł Nowicki, who trained the current world champion Marta Zielińska"),
            E("will be extended", "modality", "major", "could be extended")],
    traps=[T("The club will receive 60,000 zlotys a year from the council",
             "The council will pay the club 60,000 zlotys a year"),
           T("twice-weekly", "twice a week"),
           T("13- to 17-year-olds", "aged 13 to 17")])

add("yoga studios", "translation", "consistent",
    "A yoga studio in the Norwegian town of Fjellvik has started offering classes in the town's former "
    "fire station, which had stood empty for eight years. The owner, Silje Haugland, rents the "
    "building from the municipality for 9,000 kroner a month on a five-year contract. The studio "
    "offers 22 classes a week, including sessions for pregnant women and for people with chronic back "
    "pain. Haugland said that around 140 people had signed up in the first month. The old fire engine "
    "garage has been converted into a hall for up to 30 participants, while the original brass pole "
    "has been kept as a decoration.",
    "In the Norwegian town of Fjellvik, the old fire station, empty for eight years, now houses a yoga "
    "studio offering classes. Owner Silje Haugland leases the building from the local authority on a "
    "five-year agreement, paying 9,000 kroner monthly. Twenty-two classes are held each week, among "
    "them sessions for expectant mothers and for people suffering from long-term back pain. Some 140 "
    "people signed up during the first month, Haugland said. The former garage for the fire engines "
    "is now a hall that holds as many as 30 participants, and the original brass pole has been "
    "retained as decoration.",
    traps=[T("9,000 kroner monthly", "9,000 kroner a month"),
           T("expectant mothers", "pregnant women"),
           T("long-term back pain", "chronic back pain"),
           T("Some 140 people", "around 140 people"),
           T("as many as 30 participants", "up to 30 participants")])

add("pilates", "translation", "inconsistent",
    "The health insurer Alpina Kasse will reimburse members for up to ten pilates sessions a year from "
    "January, provided the classes are led by a certified instructor. The scheme, announced in "
    "Hallenau on Monday, is aimed mainly at people with back problems and older members. A pilot "
    "project in the Tirnau district last year showed that participants took on average four fewer "
    "sick days. Director Helmut Strasser said the insurer expected around 25,000 members to take part "
    "in the first year. Each session will be reimbursed at up to 15 euros.",
    "From January, members of the health insurer Alpina Kasse will be able to claim back the cost of "
    "as many as ten pilates classes a year, as long as a certified instructor teaches them. Presented "
    "on Monday in Hallenau, the scheme mainly targets older members and those with back complaints. "
    "Participants in a pilot project in Hallenau last year were off sick on four fewer days on "
    "average. Director Helmut Strasser said the insurer anticipated some 25,000 members taking part in "
    "the first year. The maximum refund per session will be 15 euros.",
    errors=[E("Hallenau", "entity", "major", "the Tirnau district", occ=1)],
    traps=[T("as many as ten pilates classes", "up to ten pilates sessions"),
           T("as long as", "provided"),
           T("The maximum refund per session will be 15 euros",
             "Each session will be reimbursed at up to 15 euros")])

# ------------------------------------------------------------- build & validate
WORD_RE = re.compile(r"\S+")


def n_words(s):
    return len(WORD_RE.findall(s))


def find_occ(hay, needle, occ):
    """Start of occurrence `occ` (0-based) of `needle` in `hay`, or -1."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_word_char(c):
    return c.isalnum()


def check_boundaries(cand, start, end, problems, where):
    if start > 0 and start < len(cand) and is_word_char(cand[start - 1]) and is_word_char(cand[start]):
        problems.append(f"{where}: span start cuts a word at {start}")
    if end > 0 and end < len(cand) and is_word_char(cand[end - 1]) and is_word_char(cand[end]):
        problems.append(f"{where}: span end cuts a word at {end}")


def build():
    problems = []
    records = []
    for i, c in enumerate(CASES, 1):
        rid = f"s{N}-{i:03d}"
        ref, cand = c["reference"], c["candidate"]
        where = f"{rid} ({c['domain']})"
        if c["domain"] not in DOMAINS:
            problems.append(f"{where}: domain not in list")
        if c["mode"] not in MODES:
            problems.append(f"{where}: bad mode")
        if c["label"] not in ("consistent", "inconsistent"):
            problems.append(f"{where}: bad label")
        if ref == cand:
            problems.append(f"{where}: candidate identical to reference")
        rw = n_words(ref)
        if not 70 <= rw <= 190:
            problems.append(f"{where}: reference has {rw} words")
        if c["mode"] == "summary" and not (n_words(cand) < rw and len(cand) < len(ref)):
            problems.append(f"{where}: summary not shorter than reference")
        errors, traps, spans = [], [], []
        for e in c["errors"]:
            et, sev, rt = e["type"], e["severity"], e["ref_text"]
            if et not in ERROR_TYPES:
                problems.append(f"{where}: bad error type {et}")
            if sev not in SEVERITIES:
                problems.append(f"{where}: bad severity {sev}")
            if e["kind"] == "omission":
                if et != "omission":
                    problems.append(f"{where}: omission kind with type {et}")
                if c["mode"] == "summary":
                    problems.append(f"{where}: omission in a summary")
                p = find_occ(cand, e["after"], e["occ"])
                if p < 0:
                    problems.append(f"{where}: omission anchor not found: {e['after']!r}")
                    continue
                start = end = p + len(e["after"])
                text = ""
                if not rt or rt not in ref:
                    problems.append(f"{where}: omission ref_text not in reference: {rt!r}")
                if rt and rt.lower() in cand.lower():
                    problems.append(f"{where}: omitted words present in candidate: {rt!r}")
            else:
                if et == "omission":
                    problems.append(f"{where}: omission given as a span")
                text = e["text"]
                start = find_occ(cand, text, e["occ"])
                if start < 0:
                    problems.append(f"{where}: error text not found: {text!r} occ {e['occ']}")
                    continue
                end = start + len(text)
                if et in ("addition", "repetition"):
                    if rt is not None:
                        problems.append(f"{where}: {et} must have ref_text null")
                else:
                    if not rt or rt not in ref:
                        problems.append(f"{where}: error ref_text not in reference: {rt!r}")
                    if rt == text:
                        problems.append(f"{where}: error text equals ref_text: {text!r}")
                if et == "repetition":
                    first = cand.find(text)
                    if first < 0 or first + len(text) > start:
                        problems.append(f"{where}: repetition has no earlier copy: {text!r}")
                if not text.strip() or text != text.strip():
                    problems.append(f"{where}: error span empty or padded: {text!r}")
            check_boundaries(cand, start, end, problems, where)
            if cand[start:end] != text:
                problems.append(f"{where}: offset mismatch for {text!r}")
            errors.append({"start": start, "end": end, "text": text, "type": et,
                           "severity": sev, "ref_text": rt})
            spans.append((start, end, "error", text))
        for t in c["traps"]:
            text, rt = t["text"], t["ref_text"]
            start = find_occ(cand, text, t["occ"])
            if start < 0:
                problems.append(f"{where}: trap text not found: {text!r}")
                continue
            end = start + len(text)
            if rt not in ref:
                problems.append(f"{where}: trap ref_text not in reference: {rt!r}")
            if rt == text:
                problems.append(f"{where}: trap text equals ref_text: {text!r}")
            if not text.strip() or text != text.strip():
                problems.append(f"{where}: trap span empty or padded: {text!r}")
            check_boundaries(cand, start, end, problems, where)
            traps.append({"start": start, "end": end, "text": text, "ref_text": rt})
            spans.append((start, end, "trap", text))
        # no overlaps (an empty omission point may not fall strictly inside a span)
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1, _, t1 = spans[a]
                s2, e2, _, t2 = spans[b]
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    if s < p < e:
                        problems.append(f"{where}: omission point inside span {t1!r}/{t2!r}")
                elif s1 < e2 and s2 < e1:
                    problems.append(f"{where}: overlapping spans {t1!r} / {t2!r}")
        if c["label"] == "consistent":
            if errors:
                problems.append(f"{where}: consistent pair has errors")
            if not 3 <= len(traps) <= 5:
                problems.append(f"{where}: consistent pair has {len(traps)} traps")
        else:
            if not errors:
                problems.append(f"{where}: inconsistent pair has no errors")
            if len(traps) > 3:
                problems.append(f"{where}: inconsistent pair has {len(traps)} traps")
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})
    return records, problems


def check_composition(records, problems):
    from collections import Counter
    if len(records) != 40:
        problems.append(f"expected 40 pairs, got {len(records)}")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append(f"label counts {dict(labels)}")
    modes = Counter(r["mode"] for r in records)
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        problems.append(f"mode counts {dict(modes)}")
    for m, n in modes.items():
        nc = sum(1 for r in records if r["mode"] == m and r["label"] == "consistent")
        if nc * 2 != n:
            problems.append(f"mode {m}: {nc} consistent of {n}")
    types = Counter(e["type"] for r in records for e in r["errors"])
    total = sum(types.values())
    if total != 30:
        problems.append(f"expected 30 errors, got {total}")
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append(f"error type {t} has only {types[t]}")
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if sum(v for k, v in per_pair.items() if k in (1, 2)) < 15:
        problems.append(f"too few inconsistent pairs with 1-2 errors: {dict(per_pair)}")
    return types


def summary(records, types):
    from collections import Counter
    modes = Counter((r["mode"], r["label"]) for r in records)
    lines = [f"pairs: {len(records)}"]
    for m in MODES:
        lines.append(f"  {m}: consistent {modes[(m, 'consistent')]}, "
                     f"inconsistent {modes[(m, 'inconsistent')]}")
    lines.append("errors: " + ", ".join(f"{t} {types[t]}" for t in ERROR_TYPES)
                 + f" (total {sum(types.values())})")
    lines.append(f"traps: {sum(len(r['traps']) for r in records)}")
    return "\n".join(lines)


def main():
    records, problems = build()
    types = check_composition(records, problems)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    print(summary(records, types))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
