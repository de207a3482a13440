#!/usr/bin/env python3
"""Held-out evaluation set 71 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries
appear only as background). Character offsets are never typed by hand: the
script locates each quoted span in the candidate by string search (with an
occurrence index where a quoted text repeats), validates everything and writes
set71.jsonl next to this file. `python3 make_set71.py --check` validates only.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total, over 20 inconsistent pairs (10 pairs with one error,
          10 with two): entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 2, event 3, omission 2, addition 2,
          repetition 2
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair
Record format: id, domain, mode, reference, candidate, label, errors, traps;
offsets are Python str offsets into the candidate, [start, end).
"""
import json
import os
import sys
from collections import Counter

N = 71
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set71.jsonl")

DOMAINS = [
    "courtroom sketch artists", "parole boards", "platform buskers",
    "railway cats", "ferry cafes", "toll booths", "marina waitlists",
    "yacht clubs", "dragon boat festivals", "lifeguard shortages",
    "pier amusements", "seaside rock", "chip shop prices", "pie shops",
    "pasty protection", "scotch eggs", "haggis imports", "shortbread tins",
    "tablet fudge", "toffee apples", "humbugs", "sherbet", "bubble gum",
    "pavement cafes", "street trading licences", "market stall fees",
    "charity shop donations", "vintage clothing", "kilt hire",
    "tartan registers", "clan gatherings", "highland games", "caber tossing",
    "egg and spoon", "sheep dog trials", "radio masts", "payphones",
    "post boxes", "lollipop patrols", "bike sheds",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def E(text, etype, sev, ref, occ=0):
    """An error span quoted from the candidate (occ = occurrence index)."""
    return {"text": text, "type": etype, "severity": sev, "ref_text": ref,
            "occ": occ}


def O(after, sev, ref, occ=0):
    """An omission: the missing words belong right after `after`."""
    return {"text": "", "type": "omission", "severity": sev, "ref_text": ref,
            "after": after, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording of reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})

# ---------------------------------------------------------------- rewrites 1-10
case("courtroom sketch artists", "rewrite",
     "The Court Service of Valemark announced on Monday that it will allow sketch artists to work inside the "
     "High Court at Dunmore Row for the first time since 2009. Under a pilot scheme running for six months, up to "
     "three accredited artists may sit in the public gallery during criminal trials, provided they do not draw "
     "jurors or witnesses under the age of 18. Chief Clerk Imelda Rusk said the decision followed a consultation "
     "that received 412 responses, two thirds of which supported the change. Artists will have to apply at least "
     "48 hours before a hearing, and the presiding judge may withdraw permission at any time. The service said it "
     "expected the first sketches to be published in early March.",
     "Sketch artists will be allowed back into the High Court at Dunmore Row for the first time since 2009, the "
     "Court Service of Valemark said on Monday. A six-month pilot will let as many as three accredited artists take "
     "seats in the public gallery at criminal trials, on condition that they draw neither jurors nor any witness "
     "younger than 18. According to chief clerk Imelda Rusk, the move came after a consultation drew 412 responses, "
     "two in every three of them in favour. Applications must be made no later than two days ahead of a hearing, "
     "and permission can be withdrawn by the presiding judge at any point. The first sketches are expected to be "
     "published in early March, the service said.",
     traps=[T("as many as three", "up to three"),
            T("no later than two days ahead of a hearing", "at least 48 hours before a hearing"),
            T("two in every three of them in favour", "two thirds of which supported the change"),
            T("permission can be withdrawn by the presiding judge", "the presiding judge may withdraw permission")])

case("parole boards", "rewrite",
     "The Northshire Parole Board has rejected an application for early release from Dominic Farrow, who was "
     "jailed in 2016 for defrauding the Kestrel Credit Union of £2.3 million. In a decision published on Thursday, "
     "a three-member panel said Farrow had not shown sufficient insight into the harm caused to more than 900 "
     "savers. The panel noted that he had repaid £140,000 since his transfer from Carrick Hill prison to the open "
     "unit at Lowmoor last year, but found he still posed a risk of reoffending. Farrow, 58, will be eligible for "
     "another review in 18 months. The credit union's chair, Ruth Abney, said members were relieved by the outcome, "
     "while Farrow's solicitor said his client was considering a challenge in the courts.",
     "Dominic Farrow, jailed in 2016 for a £2.3 million fraud against the Kestrel Credit Union, has been refused "
     "early release by the Northshire Parole Board. A panel of three, whose decision was published on Thursday, "
     "found that the 58-year-old had not shown enough insight into the harm done to more than 9,000 savers. "
     "Although he had paid back £140,000 since being transferred from the open unit at Lowmoor to Carrick Hill "
     "prison last year, the panel concluded he still posed a risk of reoffending. His case can be reviewed again in "
     "a year and a half. Ruth Abney, who chairs the credit union, said members were relieved, while Farrow's "
     "solicitor said a court challenge was being considered.",
     errors=[E("9,000", "number", "major", "900"),
             E("from the open unit at Lowmoor to Carrick Hill prison", "role", "major",
               "from Carrick Hill prison to the open unit at Lowmoor")],
     traps=[T("in a year and a half", "in 18 months"),
            T("the 58-year-old", "Farrow, 58")])

case("platform buskers", "rewrite",
     "Metro Lines Eastbury will double the number of licensed busking pitches on its underground network from 24 "
     "to 48 from 1 June, the operator said in a statement on Wednesday. Performers will be selected through open "
     "auditions held over four days in May, with a panel that includes two working musicians. Amplifiers will "
     "remain banned on platforms, though they will be permitted in the ticket halls at Canal Street and Orchard "
     "Gate stations. The operator said passenger surveys showed 71 per cent of travellers enjoyed live music during "
     "their journeys. Licences will cost £25 a year, unchanged since 2019, and will not be transferable.",
     "From 1 June there will be 48 licensed busking pitches on Metro Lines Eastbury's underground network, twice "
     "the current 24, the operator announced in a statement on Wednesday. Performers will win places at open "
     "auditions spread across four days in May, judged by a panel on which two working musicians sit. Amplifiers "
     "stay off-limits on platforms but may be used in the ticket halls at the Canal Street and Orchard Gate "
     "stations. Citing passenger surveys, the operator said just over seven in ten travellers liked hearing live "
     "music on their journeys. The annual licence fee remains £25, a figure unchanged since 2019, and licences "
     "cannot be transferred.",
     traps=[T("twice the current 24", "from 24 to 48"),
            T("just over seven in ten travellers", "71 per cent of travellers"),
            T("stay off-limits on platforms", "remain banned on platforms"),
            T("licences cannot be transferred", "will not be transferable")])

case("railway cats", "rewrite",
     "Bramwell Junction station's resident cat, a ginger tom called Sergeant, is to retire to a family home after "
     "eleven years of patrolling the platforms, Heartland Rail confirmed on Friday. The company said the cat, now "
     "14, had been slowing down and would move in with retired signaller Colin Drury, who first brought him to the "
     "station as a kitten. Staff will hold a farewell event on the footbridge on Saturday afternoon, and passengers "
     "are invited to sign a card in the booking office. Heartland Rail said it had no plans to replace Sergeant, "
     "although it would consider adopting a rescue cat next year if volunteers agreed to share its care.",
     "After eleven years patrolling the platforms at Bramwell Junction, Sergeant, the station's ginger tom, will "
     "retire to a family home, Heartland Rail confirmed on Friday. The 14-year-old cat has been slowing down, the "
     "company said, and is going to live with Colin Drury, a former signaller who first brought him to the station "
     "as a kitten. A farewell event will be held by staff on the footbridge on Saturday afternoon, and passengers "
     "are invited to sign a card in the booking office. The operator has no plans to replace Sergeant, though it "
     "would consider adopting a rescue cat next year.",
     errors=[O("adopting a rescue cat next year", "major", "if volunteers agreed to share its care")],
     traps=[T("The 14-year-old cat", "the cat, now 14"),
            T("a former signaller", "retired signaller")])

case("ferry cafes", "rewrite",
     "Islay Strait Ferries will reopen the cafe on its vessel MV Corrachan on 3 April after a refit costing "
     "£310,000, the company said on Tuesday. The new cafe will seat 60 passengers, up from 42, and will serve hot "
     "food on all crossings longer than 40 minutes. Operations director Fiona Baird said local suppliers would "
     "provide at least half of the ingredients, including bread from a bakery on the island of Sorn. Card payments "
     "only will be accepted on board. The cafe had been closed since November, when an inspection found faults in "
     "its ventilation system. Passengers on the shorter morning sailing will be offered a free hot drink until the "
     "end of April.",
     "The cafe aboard Islay Strait Ferries' MV Corrachan, shut since an inspection in November found faults with its "
     "ventilation, will reopen on 3 April following a £310,000 refit, the operator announced on Tuesday. Seating "
     "rises by 18 to 60, and hot food will be served on every crossing that lasts more than 40 minutes. At least 50% "
     "of the ingredients will come from local suppliers, among them a bakery on Sorn that will provide bread, "
     "according to operations director Fiona Baird. Cash will not be taken on board. Until the end of April, anyone "
     "travelling on the shorter morning sailing will be offered a free hot drink.",
     traps=[T("Seating rises by 18 to 60", "seat 60 passengers, up from 42"),
            T("At least 50% of the ingredients", "at least half of the ingredients"),
            T("Cash will not be taken on board", "Card payments only will be accepted on board"),
            T("the operator announced on Tuesday", "the company said on Tuesday")])

case("toll booths", "rewrite",
     "Tolls on the Harnett Estuary Bridge will be collected electronically from 5 September, when the last six "
     "staffed booths are removed, the Harnett Crossing Authority said. Drivers without an account will have until "
     "midnight on the day after their crossing to pay online or by phone. The authority said the change would cut "
     "average journey times at peak hours by about four minutes. None of the 31 booth attendants will be made "
     "redundant; all have been offered roles in customer services or maintenance. The standard car toll will stay "
     "at £1.80, while registered local residents will continue to cross free of charge.",
     "The Harnett Crossing Authority said the last six staffed booths on the Harnett Estuary Bridge will go on 5 "
     "September, after which all tolls will be collected electronically. Motorists who do not hold an account must "
     "pay online or by phone by midnight on the day they cross. Average peak-hour journey times should fall by "
     "roughly four minutes, according to the authority. The 31 booth attendants will be made redundant, although "
     "all have been offered roles in customer services or maintenance. Cars will still be charged the standard "
     "£1.80, and registered local residents will keep crossing free.",
     errors=[E("by midnight on the day they cross", "date", "major",
               "until midnight on the day after their crossing"),
             E("will be made redundant", "polarity", "critical",
               "None of the 31 booth attendants will be made redundant")],
     traps=[T("Average peak-hour journey times should fall by roughly four minutes",
              "would cut average journey times at peak hours by about four minutes"),
            T("will keep crossing free", "will continue to cross free of charge")])

case("marina waitlists", "rewrite",
     "Port Callan Marina has closed its waiting list for permanent berths after it grew to 640 names, the marina's "
     "owner, Callan Harbour Trust, said on Monday. Applicants already on the list face an average wait of seven "
     "years, compared with three years in 2015. The trust said it would not reopen the list until the waiting time "
     "fell below five years. A planned extension with 120 additional berths was refused planning permission in "
     "January, but the trust intends to submit a revised design by the autumn. Visitors' moorings, which can be "
     "booked for up to 14 nights, are not affected by the decision.",
     "Callan Harbour Trust, which owns Port Callan Marina, said on Monday that the waiting list for permanent berths "
     "had been closed after reaching 640 names. People already on the list can expect to wait seven years on "
     "average, more than twice as long as the three years they faced in 2015. The list will stay closed until the "
     "wait drops under five years, the trust said. In January, planners turned down an extension that would have "
     "added 120 berths; the trust plans to submit a revised design by the autumn. The decision does not affect "
     "visitors' moorings, bookable for a maximum of a fortnight.",
     traps=[T("more than twice as long as the three years they faced in 2015", "compared with three years in 2015"),
            T("drops under five years", "fell below five years"),
            T("planners turned down an extension", "was refused planning permission"),
            T("bookable for a maximum of a fortnight", "can be booked for up to 14 nights")])

case("yacht clubs", "rewrite",
     "The Royal Skerrow Yacht Club has voted to admit women as full members for the first time in its 142-year "
     "history. At an extraordinary general meeting on Saturday, 212 members backed the change and 64 opposed it. "
     "Commodore Anthony Fell said the result showed the club was ready to modernise. A group of opponents led by "
     "former treasurer Gerald Pym said they would not challenge the vote but regretted that it had been held during "
     "the racing season, when many members were abroad. The first applications from women are expected to be "
     "considered at the committee's meeting in October.",
     "Women will be able to join the Royal Skerrow Yacht Club as full members for the first time in its 142-year "
     "history after members voted 212 to 64 in favour at an extraordinary general meeting on Saturday. According to "
     "the commodore, Anthony Fell, the result showed the club was ready to modernise, although he regretted that "
     "the vote had been held during the racing season, when many members were abroad. Opponents led by former "
     "treasurer Gerald Pym said they would not challenge the outcome. The committee is expected to consider the "
     "first applications from women at its October meeting.",
     errors=[E("he regretted", "attribution", "major",
               "Gerald Pym said they would not challenge the vote but regretted")],
     traps=[T("members voted 212 to 64 in favour", "212 members backed the change and 64 opposed it"),
            T("The committee is expected to consider the first applications from women at its October meeting",
              "The first applications from women are expected to be considered at the committee's meeting in October")])

case("dragon boat festivals", "rewrite",
     "The eighth Lanford Dragon Boat Festival will take place on the River Tey on 21 and 22 June, with 56 crews "
     "expected to compete, organisers said on Thursday. Each boat carries 20 paddlers, a drummer and a steerer. The "
     "festival, which raised £87,000 for the Tey Valley Hospice last year, aims to raise at least £100,000 this "
     "time. Racing will start at 9am on both days, and the riverside path between Mill Bridge and the boathouse will "
     "be closed to cyclists throughout the weekend. Organiser Wendy Cho said entries from corporate teams had risen "
     "by a quarter, while school crews would race in a separate category for the first time.",
     "Organisers announced on Thursday that 56 crews are expected on the River Tey on 21-22 June for the eighth "
     "Lanford Dragon Boat Festival. A boat holds 22 people: 20 paddlers, a drummer and a steerer. Having raised "
     "£87,000 for the Tey Valley Hospice last year, the festival is aiming for a minimum of £100,000 this time. "
     "Races begin at 9am each day, and cyclists will be unable to use the riverside path between Mill Bridge and the "
     "boathouse all weekend. Corporate entries are up 25%, according to organiser Wendy Cho, and school crews will, "
     "for the first time, race in a category of their own.",
     traps=[T("holds 22 people", "Each boat carries 20 paddlers, a drummer and a steerer"),
            T("a minimum of £100,000", "at least £100,000"),
            T("Corporate entries are up 25%", "entries from corporate teams had risen by a quarter"),
            T("on 21-22 June", "on 21 and 22 June"),
            T("cyclists will be unable to use the riverside path", "closed to cyclists")])

case("lifeguard shortages", "rewrite",
     "Seven of the 19 beaches patrolled by lifeguards in the Carrow Bay district may go without cover this summer "
     "because of a shortage of qualified staff, the district council warned on Tuesday. The council said it had "
     "recruited 38 lifeguards so far against a target of 65. Training courses have been hit by the closure of the "
     "Pellow leisure centre pool, which is being repaired. Councillor Amira Shah, who leads on tourism, said the "
     "council was considering raising hourly pay from £11.40 to £13 and might offer free accommodation to seasonal "
     "staff from outside the area. A final decision on which beaches will be patrolled is due by 20 May.",
     "A shortage of qualified staff means seven of the 19 lifeguarded beaches in the Carrow Bay district will go "
     "without cover this summer, the district council warned on Tuesday. So far it has hired 38 lifeguards, against "
     "a target of 56. Training has been disrupted because the pool at Pellow leisure centre is closed for repairs. "
     "Amira Shah, the councillor responsible for tourism, said raising hourly pay from £11.40 to £13 was being "
     "considered and that free accommodation might be offered to seasonal staff from outside the area. Which "
     "beaches are patrolled will be decided by 20 May.",
     errors=[E("will go without cover", "modality", "major", "may go without cover"),
             E("56", "number", "minor", "65")],
     traps=[T("Amira Shah, the councillor responsible for tourism", "Councillor Amira Shah, who leads on tourism"),
            T("closed for repairs", "which is being repaired")])

# --------------------------------------------------------------- rewrites 11-20
case("pier amusements", "rewrite",
     "Westcliff Pier's amusement arcade will close permanently at the end of October after 67 years, its owners, "
     "the Dellow family, said on Sunday. Marcus Dellow said rising energy bills, which had tripled in two years, and "
     "falling visitor numbers had made the business unviable. The family plans to sell the building's 140 vintage "
     "machines at auction in December, with a share of the proceeds going to the Westcliff lifeboat station. The "
     "pier itself, which is owned by Westcliff Town Council, will remain open. The council said it would seek a new "
     "tenant for the arcade building and hoped to announce one by next spring.",
     "The Dellow family announced on Sunday that the amusement arcade they own on Westcliff Pier will shut for good "
     "once October ends, 67 years after it opened. Energy bills that had risen threefold in two years, along with "
     "falling visitor numbers, had left the business unviable, Marcus Dellow said. In December the family plans to "
     "auction the building's 140 vintage machines, and part of the money raised will go to the Westcliff lifeboat "
     "station. The pier will stay open; it belongs to Westcliff Town Council, which said it would look for a new "
     "tenant for the arcade building and hoped to name one by next spring.",
     traps=[T("shut for good once October ends", "close permanently at the end of October"),
            T("risen threefold", "had tripled"),
            T("part of the money raised", "a share of the proceeds"),
            T("it belongs to Westcliff Town Council", "which is owned by Westcliff Town Council")])

case("seaside rock", "rewrite",
     "Brenlow's last traditional rock maker, Hartley & Sons, has been bought by a cooperative formed by four former "
     "employees, the company said on Wednesday. The sale price was not disclosed. The firm, founded on Quay Street "
     "in 1931 by Arthur Hartley, had been due to close in March after its owner, his grandson Peter Hartley, "
     "retired. The new owners plan to keep all nine staff and to open a small visitor gallery where the public can "
     "watch the lettering being rolled by hand. Brenlow Chamber of Trade said the deal safeguarded one of the "
     "town's best-known attractions.",
     "Hartley & Sons, the last traditional rock maker in Brenlow, has been sold to a cooperative set up by four of "
     "its former employees, the company announced on Wednesday, without disclosing the price. Founded on Quay "
     "Street in 1931, the business had been due to close in March on the retirement of its owner, Arthur Hartley, "
     "the founder's grandson. The new owners plan to retain all nine staff and to open a small gallery where "
     "visitors can watch the lettering being rolled by hand. The deal safeguards one of the town's best-known "
     "attractions, according to Brenlow Chamber of Trade.",
     errors=[E("Arthur Hartley", "entity", "major", "Peter Hartley")],
     traps=[T("without disclosing the price", "The sale price was not disclosed"),
            T("has been sold to a cooperative", "has been bought by a cooperative")])

case("chip shop prices", "rewrite",
     "The average price of a portion of cod and chips in the Marlow Coast region has risen to £9.20, up 15 per cent "
     "on a year earlier, according to a survey published on Monday by the Coastal Fryers Association. The "
     "association, which represents 310 independent shops, said the cost of cooking oil had almost doubled since "
     "2022, while the wholesale price of cod had climbed by about a third. Its chair, Dennis Okafor, warned that one "
     "in ten members could close within a year unless costs eased. The survey found haddock was now cheaper than "
     "cod at 58 per cent of the shops questioned.",
     "A portion of cod and chips now costs £9.20 on average in the Marlow Coast region, 15% more than twelve months "
     "earlier, a Coastal Fryers Association survey released on Monday found. Cooking oil costs have nearly doubled "
     "since 2022 and wholesale cod prices have gone up by roughly a third, said the association, which speaks for "
     "310 independent shops. Unless costs come down, a tenth of its members could shut within a year, chair Dennis "
     "Okafor warned. At 58% of the shops surveyed, haddock now sells for less than cod.",
     traps=[T("15% more than twelve months earlier", "up 15 per cent on a year earlier"),
            T("nearly doubled", "almost doubled"),
            T("which speaks for 310 independent shops", "which represents 310 independent shops"),
            T("a tenth of its members", "one in ten members"),
            T("haddock now sells for less than cod", "haddock was now cheaper than cod")])

case("pie shops", "rewrite",
     "Crustworth Bakeries, which runs 23 pie shops across the Pennick Valley, has been fined £48,000 after a "
     "customer suffered a severe allergic reaction to a pie labelled as nut-free. Magistrates in Aldbury heard on "
     "Friday that a supplier had changed the recipe for a pastry glaze without informing the company. Crustworth "
     "admitted two breaches of food labelling rules. The company's managing director, Helen Varga, told the court "
     "that all labels had since been checked and that suppliers were now required to confirm ingredients every "
     "month. The customer, a 19-year-old student, made a full recovery.",
     "Crustworth Bakeries, which has 23 pie shops in the Pennick Valley, was fined £48,000 after a pie labelled "
     "nut-free caused a severe allergic reaction in a customer. Aldbury magistrates were told on Friday that a "
     "supplier had delivered the wrong pastry glaze without telling the company. Crustworth pleaded guilty to two "
     "breaches of food labelling rules. Managing director Helen Varga told the court every label had been checked "
     "since and suppliers now had to confirm ingredients monthly. The customer, a 19-year-old student, made a full "
     "recovery after two days in hospital.",
     errors=[E("had delivered the wrong pastry glaze", "event", "major",
               "had changed the recipe for a pastry glaze"),
             E("after two days in hospital", "addition", "minor", None)],
     traps=[T("pleaded guilty to two breaches", "admitted two breaches")])

case("pasty protection", "rewrite",
     "Producers in the Kernow Vale area have applied for protected status for the Vale pasty, which would mean only "
     "pasties made within the area to a set recipe could carry the name. The application, submitted to the "
     "national food standards office on 12 February by the Vale Pasty Guild, specifies a D-shaped pasty crimped on "
     "the side, filled with beef, potato, swede and onion, and containing no carrot. The guild, which has 27 member "
     "bakeries, said a decision could take up to 18 months. If approved, makers elsewhere would have a two-year "
     "transition period to rename their products.",
     "Kernow Vale producers, through the Vale Pasty Guild, have asked for the Vale pasty to be given protected "
     "status, which would restrict the name to pasties made to a set recipe within the area. The application, "
     "lodged with the national food standards office on 12 February, describes a D-shaped pasty with a side crimp, a "
     "filling of beef, potato, swede and onion, and no carrot. A decision could take as long as a year and a half, "
     "according to the guild, which has 27 bakeries as members. Should the status be granted, makers elsewhere "
     "would get two years to rename their products.",
     traps=[T("as long as a year and a half", "up to 18 months"),
            T("lodged with", "submitted to"),
            T("Should the status be granted", "If approved"),
            T("with a side crimp", "crimped on the side")])

case("scotch eggs", "rewrite",
     "A scotch egg made by Tillingham farm shop has been named the best in the country at the National Picnic Food "
     "Awards, held in Harrowgate Hall on Saturday. The winning egg, which uses a duck egg wrapped in sausage meat "
     "from the farm's own pigs and a black pudding crumb, beat 186 other entries. Judge Priya Lall praised its "
     "runny yolk and peppery seasoning. The farm shop, run by siblings Tom and Abi Kersey, sells around 400 scotch "
     "eggs a week and said it expected demand to double after the win. The awards were founded in 2011 to promote "
     "small producers.",
     "Tillingham farm shop's scotch egg was named the country's best at the National Picnic Food Awards at "
     "Harrowgate Hall on Saturday, where it beat 186 other entries. Made with a duck egg wrapped in sausage meat "
     "from the farm's own pigs and coated in a black pudding crumb, the winning egg beat 186 other entries. Judge "
     "Priya Lall singled out its runny yolk and peppery seasoning. Siblings Tom and Abi Kersey, who run the shop, "
     "sell about 400 scotch eggs a week and expect demand to double following the win. The awards were launched in "
     "2011 to promote small producers.",
     errors=[E("beat 186 other entries", "repetition", "minor", None, occ=1)],
     traps=[T("singled out", "praised"),
            T("launched in 2011", "founded in 2011")])

case("haggis imports", "rewrite",
     "The Republic of Corvania will lift its 14-year ban on imports of haggis from 1 July, the Corvanian "
     "agriculture ministry said on Thursday, after inspectors approved new processing standards. The ban was "
     "introduced in 2011 over concerns about the use of sheep lung, which remains prohibited; exporters will have "
     "to use a lung-free recipe. Glenmoran Foods, the largest producer, said it hoped to ship 30 tonnes in the first "
     "year and had already agreed terms with two supermarket chains. Trade officials estimate the market could be "
     "worth £4 million a year within five years.",
     "From 1 July, haggis can again be imported into Corvania, ending a ban that has been in place for 14 years, the "
     "country's agriculture ministry announced on Thursday after inspectors signed off new processing standards. "
     "Imposed in 2011 because of concerns about sheep lung, the ban will still apply to that ingredient, so "
     "exporters must use a recipe without lung. Glenmoran Foods, the biggest producer, said it had already agreed "
     "terms with two supermarket chains and hoped to ship 30 tonnes in year one. Within five years the market "
     "could be worth £4m annually, trade officials estimate.",
     traps=[T("signed off", "approved"),
            T("£4m annually", "£4 million a year"),
            T("in year one", "in the first year"),
            T("a recipe without lung", "a lung-free recipe"),
            T("ending a ban that has been in place for 14 years", "its 14-year ban")])

case("shortbread tins", "rewrite",
     "Dunvarrow Biscuit Company will stop selling its shortbread in tartan-printed tins at the end of this year and "
     "switch to recyclable card boxes, the firm said on Monday. The tins, introduced in 1968, account for about 40 "
     "per cent of the company's annual sales of 2.6 million packs. Chief executive Lorna McVey said the change would "
     "cut packaging emissions by an estimated 70 per cent. A limited run of 50,000 commemorative tins will go on "
     "sale in October, and collectors will be able to return old tins to any of the company's eight shops in "
     "exchange for a discount voucher.",
     "Dunvarrow Biscuit Company said on Monday that from the end of this year its shortbread will no longer be sold "
     "in tartan-printed tins, with recyclable card boxes taking their place. The tins, which date back to 1968, make "
     "up around 70% of the 2.6 million packs the company sells each year. According to chief executive Lorna McVey, "
     "the change would cut packaging emissions by an estimated 70%. A limited run of 50,000 commemorative tins will "
     "go on sale after the switch, and collectors will be able to hand in old tins at any of the firm's eight shops "
     "in return for a discount voucher.",
     errors=[E("around 70%", "number", "major", "about 40 per cent"),
             E("after the switch", "date", "minor", "in October")],
     traps=[T("date back to 1968", "introduced in 1968"),
            T("in return for a discount voucher", "in exchange for a discount voucher")])

case("tablet fudge", "rewrite",
     "Scottish-style tablet made by the Kilbride Women's Institute has won gold at the Fenwick County Show for the "
     "fifth year in a row, the show's organisers announced on Sunday. The recipe, which uses condensed milk, butter "
     "and caster sugar boiled to 118C, was passed down by founding member Jessie Orr, who died in 2020. This year's "
     "competition attracted 43 entries, a record. Institute president Maureen Gill said the group would sell tablet "
     "at the show's Christmas market to raise money for a new roof for the village hall, which needs about £22,000 "
     "of repairs.",
     "For a fifth consecutive year, the Kilbride Women's Institute has taken gold with its Scottish-style tablet at "
     "the Fenwick County Show, organisers said on Sunday. The group's recipe, condensed milk, butter and caster sugar "
     "boiled to 118 degrees Celsius, was handed down by founding member Jessie Orr, who died in 2020. A record 43 "
     "entries were received this year. To raise money for a new roof for the village hall, which needs repairs "
     "costing around £22,000, the institute will sell tablet at the show's Christmas market, said its president, "
     "Maureen Gill.",
     traps=[T("For a fifth consecutive year", "for the fifth year in a row"),
            T("118 degrees Celsius", "118C"),
            T("A record 43 entries were received", "attracted 43 entries, a record"),
            T("around £22,000", "about £22,000")])

case("toffee apples", "rewrite",
     "Trading standards officers in Ashcombe have warned parents after toffee apples sold at a Bonfire Night fair "
     "were found to contain fragments of wooden stick. The council said 11 complaints had been received but no "
     "injuries were reported. The stall holder, who has not been named, has agreed to stop selling the product "
     "while tests are carried out. Officers said toffee apples bought at the fair on 5 November should be thrown "
     "away or returned to the council's offices on Market Hill. The fair's organiser, Ashcombe Round Table, said it "
     "was cooperating fully.",
     "Parents in Ashcombe have been warned by trading standards officers after fragments of wooden stick were "
     "discovered in toffee apples sold at a Bonfire Night fair. The council has received 11 complaints, including "
     "reports of injuries. While tests are carried out, the unnamed stall holder has agreed to withdraw the product. "
     "Toffee apples bought at the fair on 5 November should be thrown away or taken back to the council's Market "
     "Hill offices, officers said. Ashcombe Round Table, which organised the fair, said it was cooperating fully.",
     errors=[E("including reports of injuries", "polarity", "critical", "no injuries were reported")],
     traps=[T("the unnamed stall holder", "The stall holder, who has not been named"),
            T("withdraw the product", "stop selling the product"),
            T("Ashcombe Round Table, which organised the fair", "The fair's organiser, Ashcombe Round Table")])

# -------------------------------------------------------------- summaries 21-30
case("humbugs", "summary",
     "Pellington Confectioners, the last company in Brackwater still making humbugs by hand, will move production to "
     "a larger site on the Fenmoor industrial estate in the spring, creating 14 jobs. The company, founded in 1894, "
     "currently employs 22 people at its Victorian works on Tanner Lane, where the sugar is pulled and twisted on "
     "steel hooks. Managing director Clive Ashworth said orders had grown by 60 per cent in three years, driven "
     "largely by export demand from Japan and Canada. The £1.9 million move is partly funded by a £400,000 grant "
     "from the Brackwater Growth Fund. The Tanner Lane building will be converted into a small museum and shop, "
     "which the company expects to open in 2026.",
     "Hand-made humbug producer Pellington Confectioners is moving to a bigger site on the Fenmoor industrial estate "
     "in the spring, adding 14 jobs to its current 22. Orders have risen by three-fifths in three years, largely on "
     "exports to Japan and Canada. The £1.9m move is backed in part by a £400,000 Brackwater Growth Fund grant, and "
     "the old Tanner Lane works is expected to open as a museum and shop in 2026.",
     traps=[T("three-fifths", "60 per cent"),
            T("£1.9m", "£1.9 million"),
            T("backed in part by", "partly funded by"),
            T("adding 14 jobs", "creating 14 jobs")])

case("sherbet", "summary",
     "The Harlan Food Safety Agency is considering a ban on sherbet dip products sold with lollipop sticks after "
     "three children in the Dunmere district were treated for choking in the past year. The agency said on "
     "Wednesday that it would hold a six-week consultation before deciding whether to act, and that manufacturers "
     "could instead be required to print warnings on packs. Fizzwell Sweets, which makes the best-selling Sherbet "
     "Scoop, said its product met all current safety standards and that it would take part in the consultation. "
     "The agency's chief executive, Dr Sanjay Mehta, said the number of incidents was small but that it was right "
     "to look at the risks.",
     "Sherbet dips sold with lollipop sticks will be banned by the Harlan Food Safety Agency following a six-week "
     "consultation, after three children in the Dunmere district were treated for choking in the past year. "
     "Fizzwell Sweets, maker of the best-selling Sherbet Scoop, says its product meets current standards. The "
     "incidents were few but the risks deserved scrutiny, said Fizzwell's chief executive, Dr Sanjay Mehta.",
     errors=[E("will be banned", "modality", "critical", "is considering a ban"),
             E("Fizzwell's chief executive", "entity", "major", "The agency's chief executive")],
     traps=[T("The incidents were few", "the number of incidents was small")])

case("bubble gum", "summary",
     "Chewton Borough Council will spend £85,000 over two years on removing chewing gum from pavements in the town "
     "centre, after a survey counted an average of 41 pieces per square metre on Bridge Street. The money comes from "
     "a national fund supported by gum manufacturers, including Bloomwell, which makes the Pop-a-Bubble brand. "
     "Specialist steam cleaners will start work on 2 March, and the council will put up 30 new signs warning that "
     "dropping gum carries a £100 fixed penalty. Councillor Nadia Brooks said previous clean-ups had been undone "
     "within months, so this time the council would also run a campaign in local schools.",
     "Chewton will use £85,000 of gum-industry money to steam-clean town-centre pavements over two years, starting "
     "on 2 March, after a survey found an average of 41 pieces of gum per square metre on Bridge Street. New signs "
     "will warn of the £100 fixed penalty for dropping gum, and a schools campaign aims to stop the problem "
     "returning.",
     traps=[T("gum-industry money", "a national fund supported by gum manufacturers"),
            T("starting on 2 March", "will start work on 2 March"),
            T("the £100 fixed penalty for dropping gum", "dropping gum carries a £100 fixed penalty"),
            T("stop the problem returning", "previous clean-ups had been undone within months")])

case("pavement cafes", "summary",
     "Lindell City Council has granted a pavement licence to the Blue Heron cafe after a six-month dispute with the "
     "neighbouring Orchard Bookshop, which had objected that outdoor tables blocked its entrance. Under the "
     "compromise approved on Tuesday, the cafe may place up to eight tables on Albion Square between 8am and 9pm, "
     "leaving a 1.5-metre clear path in front of the bookshop. The cafe will pay an annual fee of £640. The "
     "bookshop's owner, Eleanor Tait, said she was satisfied with the outcome, while cafe manager Luca Ferri said he "
     "hoped the two businesses could now work together.",
     "Lindell City Council has granted the Blue Heron cafe a pavement licence, ending a six-month dispute in which "
     "the cafe had objected that the Orchard Bookshop's outdoor tables blocked its entrance. The cafe may now put up "
     "to eight tables on Albion Square between 8am and 9pm, keeping a 1.5-metre path clear, for £640 a year.",
     errors=[E("the cafe had objected that the Orchard Bookshop's outdoor tables", "role", "major",
               "Orchard Bookshop, which had objected that outdoor tables")],
     traps=[T("for £640 a year", "an annual fee of £640"),
            T("keeping a 1.5-metre path clear", "leaving a 1.5-metre clear path")])

case("street trading licences", "summary",
     "Street traders in Portherrow will have to renew their licences every year rather than every three years under "
     "rules approved by the borough's licensing committee on Monday. The change, which takes effect on 1 January, "
     "follows complaints about unlicensed food vans operating near the seafront. Annual licences will cost £320 for "
     "food traders and £180 for other traders, compared with £850 and £480 for the current three-year licences. The "
     "committee also voted to cap the number of seafront pitches at 36. Traders' representative Gail Munro said most "
     "members accepted the changes but were concerned about the extra paperwork.",
     "From 1 January, Portherrow's street traders must renew licences annually instead of every three years, at £320 "
     "a year for food sellers and £180 for others. Seafront pitches will be limited to 36. Traders broadly accept "
     "the rules, which follow complaints about unlicensed food vans near the seafront, but worry about more "
     "paperwork, their representative said.",
     traps=[T("annually instead of every three years", "every year rather than every three years"),
            T("limited to 36", "cap the number of seafront pitches at 36"),
            T("Traders broadly accept", "most members accepted"),
            T("food sellers", "food traders")])

case("market stall fees", "summary",
     "Traders at Holloway Street Market have called off a planned three-day strike after the market's operator, "
     "Kettering Estates, agreed to freeze weekly stall fees at £95 until April 2026. The company had proposed "
     "raising fees to £120 from next month, an increase of more than a quarter. About 70 of the market's 110 "
     "stallholders had voted to stop trading from Friday in protest. Kettering Estates said it would instead review "
     "service charges and seek savings on waste collection. Holloway Market Traders' Association chair Dev Patel "
     "said the agreement was a fair result for small businesses.",
     "Holloway Street Market traders have postponed a three-day strike after Kettering Estates agreed to freeze "
     "weekly stall fees at £95 until April 2026 instead of raising them to £120. About 70% of the 110 stallholders "
     "had voted for the action. The operator will look for savings elsewhere, including on waste collection.",
     errors=[E("postponed", "event", "major", "called off"),
             E("About 70%", "number", "minor", "About 70")],
     traps=[T("instead of raising them to £120", "had proposed raising fees to £120")])

case("charity shop donations", "summary",
     "Donations to charity shops run by the Hartwell Hospice Trust fell by 18 per cent in the six months to "
     "September compared with the same period last year, the trust said on Thursday. Its 16 shops received about "
     "52,000 bags of goods, down from 63,500. Retail director Joanna Platt said households appeared to be selling "
     "more items online rather than giving them away. Sales income nevertheless rose by 4 per cent to £1.1 million, "
     "helped by higher prices for designer clothing. The trust is appealing for donations of winter coats and "
     "children's books, which it said were in particularly short supply.",
     "Hartwell Hospice Trust's 16 charity shops took in 18% fewer donations in the six months to September than a "
     "year earlier, roughly 52,000 bags against 63,500, which the retail director put down to people apparently "
     "selling more online. Even so, sales income rose 4% to £1.1m. The trust is asking for winter coats and "
     "children's books, which are especially scarce.",
     traps=[T("18% fewer", "fell by 18 per cent"),
            T("roughly 52,000 bags", "about 52,000 bags"),
            T("£1.1m", "£1.1 million"),
            T("especially scarce", "in particularly short supply")])

case("vintage clothing", "summary",
     "A vintage clothing fair at Melrick Corn Exchange raised £23,400 for the Melrick Youth Theatre over a weekend "
     "that drew more than 2,800 visitors, organisers said on Monday. Sixty-two traders took part, each donating a "
     "tenth of their takings. The most expensive item sold was a 1950s evening gown, bought for £1,150 by a costume "
     "collector. Organiser Rosa Lind said the fair would return next year, possibly over two weekends. The youth "
     "theatre plans to use the money to buy new lighting equipment.",
     "A vintage clothing fair at Melrick Corn Exchange attended by more than 2,800 people raised £23,400 for Melrick "
     "Youth Theatre, which plans to spend it on new lighting. The 62 traders each gave 10% of their takings; a 1950s "
     "evening gown fetched the top price of £1,150. The fair, now in its third year, will be back next year.",
     errors=[E("now in its third year", "addition", "minor", None)],
     traps=[T("10% of their takings", "a tenth of their takings"),
            T("fetched the top price of £1,150",
              "The most expensive item sold was a 1950s evening gown, bought for £1,150")])

case("kilt hire", "summary",
     "Kilt hire businesses in the Dunallan region reported their busiest summer on record, with bookings up 35 per "
     "cent on last year, according to the Dunallan Highland Dress Association. The association, whose 19 members "
     "supply outfits for weddings and graduations, said demand had been boosted by couples from overseas choosing to "
     "marry in the region. Average hire prices rose from £95 to £110 for a full outfit. However, chair Morag Lennie "
     "warned that a shortage of skilled kilt makers meant some members were turning customers away. The association "
     "will launch a training scheme for six apprentices in January with funding from the regional enterprise "
     "agency.",
     "Bookings at the Dunallan region's kilt hire firms rose by more than a third this summer, the busiest on "
     "record, helped by overseas couples marrying locally. Full-outfit hire now averages £110, up from £95. A lack "
     "of skilled kilt makers means some firms are turning customers away, so a scheme to train six apprentices "
     "starts in January.",
     traps=[T("by more than a third", "up 35 per cent"),
            T("now averages £110, up from £95", "rose from £95 to £110"),
            T("marrying locally", "choosing to marry in the region"),
            T("A lack of skilled kilt makers", "a shortage of skilled kilt makers")])

case("tartan registers", "summary",
     "The Register of Highland Tartans recorded 214 new designs in 2024, its highest annual total, the registrar, "
     "Iain Calder, said in the register's annual report published on 3 March. Corporate tartans made up almost half "
     "of the new entries, followed by designs for families and sports clubs. The register, established in 1998, now "
     "holds more than 9,700 tartans. Calder said applicants were increasingly using digital design software, which "
     "had shortened the average approval time from ten weeks to four. A fee increase from £70 to £90 per "
     "registration will take effect in July.",
     "The Register of Highland Tartans added a record 214 new designs in 2024, almost half of them corporate, "
     "taking its total beyond 9,700. Digital design software has cut average approval times from ten weeks to four, "
     "registrar Iain Calder said. The register added a record 214 new designs in 2024. Registration fees will rise "
     "from £70 to £90 in March.",
     errors=[E("added a record 214 new designs in 2024", "repetition", "minor", None, occ=1),
             E("in March", "date", "major", "in July")],
     traps=[T("a record 214", "its highest annual total"),
            T("taking its total beyond 9,700", "now holds more than 9,700 tartans")])

# ----------------------------------------------------------- translations 31-40
case("clan gatherings", "translation",
     "Around 3,000 descendants of the MacRory clan are expected in the town of Saint-Armand in Quebec next August "
     "for the first international gathering of the family held outside Scotland, the organising committee "
     "announced on Friday. The three-day event will include a genealogy fair, a parade and a ceilidh in the town's "
     "ice rink. Committee president Hélène MacRory-Gagnon said registrations had already exceeded 1,200, half of them "
     "from the United States. The municipality has granted 45,000 Canadian dollars towards the costs. Organisers "
     "are still seeking volunteers to act as guides and interpreters.",
     "The organising committee said on Friday that some 3,000 MacRory clan descendants are likely to come to "
     "Saint-Armand, Quebec, next August, for the first worldwide meeting of the family ever staged outside "
     "Scotland. Over three days there will be a genealogy fair, a parade, and a ceilidh held in the local ice rink. "
     "More than 1,200 people have already signed up, 50 per cent of them from the US, according to Hélène "
     "MacRory-Gagnon, who chairs the committee. The town council has contributed C$45,000 to the costs, and "
     "volunteers are still wanted as guides and interpreters.",
     traps=[T("are likely to come", "are expected"),
            T("50 per cent of them from the US", "half of them from the United States"),
            T("C$45,000", "45,000 Canadian dollars"),
            T("who chairs the committee", "Committee president"),
            T("The town council", "The municipality")])

case("highland games", "translation",
     "The Highland games in the Dutch town of Oosterlaan will not take place this year because the organising "
     "foundation could not find insurance at an acceptable price, chairman Pieter de Waal announced on Tuesday. The "
     "quote it received was 9,000 euros, three times last year's premium. The event, which attracted about 6,500 "
     "spectators in 2023, has been held every June since 2005. De Waal said the foundation hoped to return in 2026 "
     "if the municipality agreed to share the insurance costs. The Dutch Highland Games Federation called the "
     "cancellation regrettable. Athletes who had already registered will get their entry fees back.",
     "There will be no Highland games in Oosterlaan, in the Netherlands, this year: the foundation that organises "
     "them was unable to obtain insurance, its chair, Pieter de Waal, said on Tuesday. It had been quoted 9,000 "
     "euros, triple the previous year's premium. Held each June since 2005, the games drew roughly 6,500 spectators "
     "in 2023. According to De Waal, the foundation hopes to be back in 2026 if the national Highland Games "
     "federation will share the cost of insurance. The federation described the cancellation as regrettable. "
     "Competitors who had already entered will have their fees refunded.",
     errors=[O("was unable to obtain insurance", "major", "at an acceptable price"),
             E("the national Highland Games federation", "entity", "major", "the municipality")],
     traps=[T("triple the previous year's premium", "three times last year's premium"),
            T("roughly 6,500", "about 6,500")])

case("caber tossing", "translation",
     "A 23-year-old forestry student from Bavaria, Lukas Brenner, set a new German record in caber tossing on "
     "Saturday at the Highland games in Kesselbach, throwing a caber weighing 68 kilograms and measuring 5.8 metres. "
     "The judges awarded him a perfect 12 o'clock throw, meaning the caber landed directly in line with the "
     "direction of his run. The previous record, set in 2019 by Thomas Hagel, involved a caber of 63 kilograms. "
     "Brenner, who took up the sport only three years ago, said he would now aim to compete at the world "
     "championships in Scotland next year. About 4,000 spectators attended the games.",
     "On Saturday, at the Kesselbach Highland games, Lukas Brenner, a Bavarian forestry student aged 23, broke the "
     "German caber-tossing record with a caber 5.8 metres long and 68 kilos in weight. His throw was judged a perfect "
     "twelve o'clock, the caber coming down exactly in line with the direction in which he ran. Thomas Hagel's "
     "record from 2019 had been achieved with a 63-kilo caber. Brenner, who began the sport just three years ago, "
     "said his next goal was to compete at next year's world championships in Scotland. The games drew some 4,000 "
     "spectators.",
     traps=[T("68 kilos in weight", "weighing 68 kilograms"),
            T("a Bavarian forestry student aged 23", "A 23-year-old forestry student from Bavaria"),
            T("Thomas Hagel's record from 2019", "The previous record, set in 2019 by Thomas Hagel"),
            T("some 4,000 spectators", "About 4,000 spectators")])

case("egg and spoon", "translation",
     "Primary schools in the Norwegian municipality of Fjellvik may drop the egg-and-spoon race from their sports "
     "days after a local parents' group complained that using real eggs wasted food, the education committee said "
     "on Wednesday. Committee leader Ingrid Solberg said no decision had been taken and that schools could instead "
     "switch to wooden eggs, as several already had. Around 1,400 pupils at nine schools take part in the sports "
     "days each June. A proposal will be presented at the committee's meeting on 12 March.",
     "The egg-and-spoon race could disappear from sports days at primary schools in Fjellvik, a municipality in "
     "Norway, following a complaint from local parents that real eggs were a waste of food, the education committee "
     "reported on Wednesday. No decision has yet been made, said the committee's leader, Ingrid Solberg, adding that "
     "schools would have to use wooden eggs instead, as a number of them already do. Each June, some 1,400 pupils "
     "from nine schools take part in sports days. A proposal is to be put to the committee when it meets on 12 "
     "March.",
     errors=[E("schools would have to use wooden eggs instead", "modality", "major",
               "schools could instead switch to wooden eggs")],
     traps=[T("could disappear from sports days",
              "may drop the egg-and-spoon race from their sports days"),
            T("some 1,400 pupils", "Around 1,400 pupils"),
            T("a number of them already do", "as several already had")])

case("sheep dog trials", "translation",
     "The farmer Aled Pryce from Cwmderw and his border collie Tess won the national sheepdog trial championship at "
     "Llanferin on Sunday, scoring 94 points out of 110. It was the first title for Pryce, 61, who has competed for "
     "more than thirty years. The three-day championship attracted 150 handlers and their dogs from across Wales. "
     "The runner-up was Siân Morgan from Abergwyn with her dog Fly, two points behind. Pryce and Tess will represent "
     "Wales at the international trials in Ireland in September. The organisers said the number of spectators had "
     "risen to around 5,000, compared with 3,200 last year.",
     "Cwmderw farmer Aled Pryce and Tess, his border collie, took the national sheepdog trials championship in "
     "Llanferin on Sunday with 94 of a possible 110 points. The 61-year-old, who has been competing for over three "
     "decades, had never won the title before. Over three days, 150 handlers from all over Wales competed with their "
     "dogs. Siân Morgan, from Abergwyn, finished second with her dog Fly, two points adrift. In September Pryce and "
     "Tess will compete for Wales at the international trials in Ireland. Spectator numbers rose to about 5,000 from "
     "3,200 a year earlier, according to the organisers.",
     traps=[T("94 of a possible 110 points", "94 points out of 110"),
            T("had never won the title before", "It was the first title for Pryce"),
            T("for over three decades", "for more than thirty years"),
            T("finished second", "The runner-up was"),
            T("two points adrift", "two points behind")])

case("radio masts", "translation",
     "Residents of the Swedish village of Lillträsk have failed in their attempt to block a 48-metre mobile phone "
     "mast planned on a hill above the village, after the regional administrative court rejected their appeal on "
     "Monday. The court found that the municipality had followed the correct procedure when it granted permission "
     "last spring. The operator, Nordvik Telecom, says the mast will bring reliable coverage to about 600 households "
     "that currently have a weak signal. The residents' association had argued that the mast would spoil views of "
     "the lake. Its spokesperson, Karin Ek, said the group would not appeal further but would ask the company to "
     "paint the structure green.",
     "A bid by people living in Lillträsk, a village in Sweden, to stop a 48-metre mobile mast from being put up on a "
     "hill overlooking the village has failed: on Monday the regional administrative court dismissed their appeal. "
     "In its ruling, the court said the municipality had acted correctly in granting permission last spring. "
     "According to the municipality, the mast will give roughly 600 households that now have poor reception a "
     "dependable signal. The residents' association had claimed it would ruin the view of the lake. Karin Ek, "
     "speaking for the group, said it would take the case further and would also ask the company to paint the mast "
     "green.",
     errors=[E("According to the municipality", "attribution", "major", "The operator, Nordvik Telecom, says"),
             E("it would take the case further", "polarity", "critical", "would not appeal further")],
     traps=[T("dismissed their appeal", "rejected their appeal"),
            T("roughly 600 households", "about 600 households")])

case("payphones", "translation",
     "The telecommunications company Lusocom will remove the remaining 1,850 public telephones in the Alentejo "
     "region of Portugal by the end of 2025, the company said in a statement on Thursday. Usage has fallen by 92 per "
     "cent over the past decade, and many booths now record fewer than one call a month. The company said it would "
     "keep 40 telephones in remote areas with poor mobile coverage, following a request from the regional emergency "
     "services. Some of the removed booths will be offered free of charge to parish councils, which may convert "
     "them into small libraries or defibrillator points.",
     "By the end of 2025, the 1,850 public phones still standing in Portugal's Alentejo region will be taken out by "
     "the telecoms firm Lusocom, it announced in a statement on Thursday. Use has dropped by 92% in ten years, and "
     "many booths now log less than one call per month. At the request of the regional emergency services, 40 "
     "phones will be kept in remote places where mobile coverage is poor. Some of the removed booths will be offered "
     "to parish councils for free, and they may turn them into little libraries or defibrillator points.",
     traps=[T("in ten years", "over the past decade"),
            T("log less than one call per month", "record fewer than one call a month"),
            T("At the request of the regional emergency services",
              "following a request from the regional emergency services"),
            T("still standing", "remaining")])

case("post boxes", "translation",
     "The postal company Gelbpost will take over responsibility for emptying 3,400 post boxes in rural areas of the "
     "Austrian state of Tirol from its smaller rival Alpenbrief on 1 April, the national postal regulator said on "
     "Monday. Alpenbrief had asked to be released from its contract early, citing staff shortages and rising fuel "
     "costs. The regulator said collection times would stay the same for at least a year, with boxes emptied once a "
     "day on weekdays. Around 60 Alpenbrief drivers have been offered jobs with Gelbpost.",
     "From 1 April, Alpenbrief will take charge of emptying 3,400 post boxes in rural parts of Tirol, Austria, from "
     "its larger competitor Gelbpost, the country's postal regulator announced on Monday. Alpenbrief had requested "
     "early release from its contract, pointing to a lack of staff and higher fuel prices. Collection times will "
     "remain unchanged for a year or more, with boxes emptied once each weekday, said the regulator. Gelbpost has "
     "offered jobs to about 60 Alpenbrief drivers.",
     errors=[E("Alpenbrief will take charge of emptying 3,400 post boxes in rural parts of Tirol, Austria, from its "
               "larger competitor Gelbpost", "role", "critical",
               "Gelbpost will take over responsibility for emptying 3,400 post boxes in rural areas of the Austrian "
               "state of Tirol from its smaller rival Alpenbrief")],
     traps=[T("for a year or more", "for at least a year"),
            T("once each weekday", "once a day on weekdays"),
            T("about 60", "Around 60")])

case("lollipop patrols", "translation",
     "The city of Aarvik in Denmark will employ 12 additional school crossing patrollers from August, bringing the "
     "total to 47, after a rise in near-misses outside schools, the city's traffic department said on Tuesday. The "
     "patrollers, who hold up a round stop sign, will be stationed at crossings where at least 150 pupils cross each "
     "morning. Their hourly wage will rise to 165 kroner. The department said it had recorded 23 near-misses last "
     "school year, against 14 the year before. Head of department Mette Lund said parents had also been asked not to "
     "park near school entrances.",
     "Following an increase in near-misses outside schools, Aarvik, a Danish city, is to take on 12 more school "
     "crossing patrollers from August, taking their number to 47, its traffic department announced on Tuesday. The "
     "patrollers, who carry a round stop sign, will be placed at crossings used by 150 or more pupils every morning. "
     "Their hourly pay is going up to 165 kroner. Last school year the department recorded 23 near-misses, up from "
     "14 the previous year. Parents have also been asked to avoid parking close to school entrances, said department "
     "head Mette Lund.",
     traps=[T("take on 12 more", "employ 12 additional"),
            T("used by 150 or more pupils", "where at least 150 pupils cross"),
            T("up from 14 the previous year", "against 14 the year before"),
            T("taking their number to 47", "bringing the total to 47")])

case("bike sheds", "translation",
     "The Dutch city of Zandhoven opened a new underground bicycle parking facility beneath its central station on "
     "Friday, with space for 4,200 bicycles. The facility, which cost 31 million euros, replaces an open-air rack "
     "that was often overcrowded. Parking will be free for the first 24 hours, after which users will pay 1.25 euros "
     "per day. Alderman Joris Bakker said a second facility with 2,000 places would be built on the north side of "
     "the station by 2027. Cycles left for more than 28 days will be removed.",
     "On Friday the Dutch city of Zandhoven opened an underground bike park under its central station that can hold "
     "4,200 bicycles. Built at a cost of 31 million euros, it sits alongside an open-air rack that was frequently "
     "overcrowded. The first 24 hours are free; after that, the charge is 1.25 euros a day. A second facility, with "
     "2,000 spaces, will be built on the north side of the station by 2027, according to alderman Joris Bakker. "
     "Bicycles parked for over 28 days will be removed.",
     errors=[E("sits alongside", "event", "major", "replaces")],
     traps=[T("The first 24 hours are free", "Parking will be free for the first 24 hours"),
            T("for over 28 days", "for more than 28 days"),
            T("frequently overcrowded", "often overcrowded")])

# ------------------------------------------------------- offsets and validation
def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def cuts_word(s, i):
    """True if offset i lies strictly inside a word of s."""
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def build():
    problems = []
    records = []
    seen_domains = set()
    for idx, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, idx)
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]

        def bad(msg):
            problems.append("%s (%s): %s" % (cid, c["domain"], msg))

        if c["domain"] not in DOMAINS:
            bad("unknown domain")
        if c["domain"] in seen_domains:
            bad("domain used twice")
        seen_domains.add(c["domain"])
        if mode not in ("rewrite", "summary", "translation"):
            bad("bad mode")
        nref = len(ref.split())
        if not 70 <= nref <= 190:
            bad("reference has %d words" % nref)
        if mode == "summary" and not (len(cand.split()) < nref and len(cand) < len(ref)):
            bad("summary not shorter than reference")
        if cand == ref:
            bad("candidate identical to reference")

        spans = []  # (start, end, kind)
        errors = []
        for e in c["errors"]:
            if e["type"] not in ERROR_TYPES:
                bad("bad error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad("bad severity")
            if e["type"] == "omission":
                if mode == "summary":
                    bad("omission in a summary")
                a = find_nth(cand, e["after"], e["occ"])
                if a < 0:
                    bad("omission anchor not found: %r" % e["after"])
                    continue
                start = end = a + len(e["after"])
                if cuts_word(cand, start):
                    bad("omission point inside a word")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad("omission ref_text not in reference")
                if e["ref_text"] in cand:
                    bad("omitted words present in candidate")
            else:
                start = find_nth(cand, e["text"], e["occ"])
                if start < 0:
                    bad("error span not found: %r" % e["text"])
                    continue
                end = start + len(e["text"])
                if not e["text"].strip() or e["text"] != e["text"].strip():
                    bad("error span empty or padded")
                if cuts_word(cand, start) or cuts_word(cand, end):
                    bad("error span cuts a word: %r" % e["text"])
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad("addition/repetition must have null ref_text")
                    if e["type"] == "repetition":
                        first = cand.find(e["text"])
                        if first < 0 or first >= start:
                            bad("repetition has no earlier copy")
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad("error ref_text not in reference: %r" % e["ref_text"])
            spans.append((start, end, "error"))
            errors.append({"start": start, "end": end, "text": cand[start:end],
                           "type": e["type"], "severity": e["severity"],
                           "ref_text": e["ref_text"]})
        traps = []
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                bad("trap not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad("trap cuts a word: %r" % t["text"])
            if t["ref_text"] not in ref:
                bad("trap ref_text not in reference: %r" % t["ref_text"])
            if t["text"] == t["ref_text"] or t["text"] in ref:
                bad("trap is not reworded: %r" % t["text"])
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": cand[start:end],
                          "ref_text": t["ref_text"]})

        spans.sort()
        for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == e1 == s2 == e2):
                bad("overlapping spans at %d-%d and %d-%d" % (s1, e1, s2, e2))
        for s, e, k in spans:
            if s == e:
                for s2, e2, _ in spans:
                    if s2 < s < e2:
                        bad("omission point inside another span")

        label = "inconsistent" if errors else "consistent"
        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad("consistent pair needs 3-5 traps, has %d" % len(traps))
        if label == "inconsistent":
            if not 1 <= len(errors) <= 2:
                bad("inconsistent pair has %d errors" % len(errors))
            if len(traps) > 3:
                bad("inconsistent pair has more than 3 traps")
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})

    # composition
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        problems.append("mode/label composition wrong: %s" % dict(ml))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s has only %d" % (t, types[t]))
    return records, problems


def main():
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    modes = Counter(r["mode"] for r in records)
    labels = Counter(r["label"] for r in records)
    ml = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    print("pairs:", len(records))
    print("modes:", dict(modes))
    print("labels:", dict(labels))
    print("mode x label:", {"%s/%s" % k: v for k, v in sorted(ml.items())})
    print("error types:", {t: types[t] for t in ERROR_TYPES}, "total", sum(types.values()))
    print("severities:", dict(sev))
    print("traps:", sum(len(r["traps"]) for r in records))
    if "--check" in sys.argv[1:]:
        print("check only: all valid, nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
