#!/usr/bin/env python3
"""Held-out evaluation set 73 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries
appear only as background).  Character offsets are never typed by hand: the
script finds every quoted span by string search (with an occurrence index
where a quoted text repeats) and validates the whole set before writing it.

Composition: 40 pairs, each from a different domain; 20 consistent and 20
inconsistent; 20 rewrites, 10 summaries, 10 translations (half of each mode
consistent).  30 errors: entity 3, number 4, date 3, role 3, polarity 3,
modality 3, attribution 3, event 2, omission 2, addition 2, repetition 2
(10 inconsistent pairs carry one error, 10 carry two).  Consistent pairs
carry 3-5 traps (faithful rewordings), inconsistent pairs 0-3.

Usage:  python3 make_set73.py          validate and write set73.jsonl
        python3 make_set73.py --check  validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

SET_N = 73
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % SET_N)

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def E(text, etype, severity, ref=None, occ=0, after=None):
    """An error.  For an omission, text is "" and `after` names the candidate
    text right after which the missing words belong (occ applies to it)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ, "after": after}


def T(text, ref, occ=0):
    """A trap: faithful rewording of reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})


# ---------------------------------------------------------------- rewrites 1-10

case("currency exchange booths", "rewrite",
     "Harwick City Council has ordered the closure of four currency exchange booths at Lenmoor Central "
     "Station after inspectors found that customers were not being shown the full cost of transactions "
     "before paying. The booths, run by Tallis Bureau Ltd, will have to stay shut for at least 30 days. "
     "An inspection on 12 March found that commission charges of up to 9 per cent were displayed only on "
     "receipts. Councillor Ruth Ambley, who chairs the licensing committee, said the operator had been "
     "warned twice last year. Tallis Bureau said it would appeal the decision and expects to reopen the "
     "booths before the summer tourist season. The company operates 23 booths across the region and "
     "employs about 140 staff.",
     "Four currency exchange booths operated by Tallis Bureau Ltd at Lenmoor Central Station must close "
     "for no fewer than 30 days, Harwick City Council has ruled, after inspectors discovered that customers "
     "were not told the full cost of a transaction until after they had paid. During a 12 March inspection, "
     "commission of as much as 9% was found to appear only on receipts. The operator had received two "
     "warnings last year, according to Ruth Ambley, the councillor who chairs the licensing committee. The "
     "firm, which runs 23 booths in the region and has roughly 140 employees, said it would appeal and "
     "expects the booths to reopen ahead of the summer tourist season.",
     traps=[T("for no fewer than 30 days", "for at least 30 days"),
            T("as much as 9%", "up to 9 per cent"),
            T("had received two warnings", "had been warned twice"),
            T("roughly 140 employees", "about 140 staff")])

case("crayon makers", "rewrite",
     "Brightmarl Colours, the country's largest crayon maker, will cut 85 jobs at its factory in Oskett as "
     "it moves part of its production overseas, the company said on Thursday. The plant currently employs "
     "410 people and produces around 60 million crayons a year. Chief executive Dana Perrow said the wax "
     "moulding line would transfer to a partner facility in Vietnam by the end of next year, while "
     "packaging and quality testing would remain in Oskett. Union representative Colm Fairley described "
     "the announcement as 'a heavy blow for a town that has made crayons for a century'. The company said "
     "affected staff would be offered redeployment where possible and enhanced redundancy terms.",
     "Brightmarl Colours, the biggest crayon manufacturer in the country, said on Thursday that it will "
     "shed roughly a third of the 410 jobs at its Oskett factory as it shifts some production abroad. The "
     "plant turns out about 60 million crayons annually. According to chief executive Dana Perrow, wax "
     "moulding will move to a partner site in Vietnam by the end of next year, with packaging and quality "
     "testing staying in Oskett. Colm Fairley, a union representative, called the news 'a heavy blow for a "
     "town that has made crayons for a century'. Staff affected will be offered redeployment where "
     "possible as well as enhanced redundancy terms, the company said.",
     errors=[E("roughly a third", "number", "major", "85 jobs")],
     traps=[T("shifts some production abroad", "moves part of its production overseas"),
            T("turns out about 60 million crayons annually", "produces around 60 million crayons a year")])

case("lost umbrellas", "rewrite",
     "Passengers left 11,420 umbrellas on Vessbridge Metro trains and stations in the twelve months to "
     "September, up 18 per cent on the previous year, according to figures published by the transit "
     "authority on Monday. Only around one in six was reclaimed by its owner. Unclaimed items are held for "
     "three months before being donated to charities or recycled, the authority said. Lost property "
     "manager Ingrid Solvay said the wet autumn had contributed to the rise but added that the number of "
     "items handed in had increased across all categories. The authority plans to introduce an online "
     "tracking service next spring that will allow passengers to search for lost items without visiting "
     "the office on Carrow Street.",
     "A total of 11,420 umbrellas were left behind on Vessbridge Metro trains and at its stations in the year to "
     "September, an 18% increase on the year before, the transit authority said in figures released on "
     "Monday. Roughly a sixth were collected by their owners. Items that go unclaimed are kept for three "
     "months and then given to charities or recycled. Ingrid Solvay, who manages lost property, attributed "
     "part of the rise to the wet autumn, though she noted that more items of every kind were being handed "
     "in. Next spring the authority intends to launch an online tracking service so that passengers can "
     "look for lost belongings without going to its Carrow Street office.",
     traps=[T("in the year to September", "in the twelve months to September"),
            T("an 18% increase on the year before", "up 18 per cent on the previous year"),
            T("Roughly a sixth", "around one in six"),
            T("attributed part of the rise to the wet autumn", "the wet autumn had contributed to the rise")])

case("boiler servicing", "rewrite",
     "Landlords in the Marrowfield district will be required to have gas boilers in rented homes serviced "
     "every twelve months under new rules approved by the regional housing board on 4 June. The rules take "
     "effect in January. Landlords who fail to provide a valid service certificate could face fines of up "
     "to £5,000 per property. Board chair Helen Oduya said the measure followed 37 reported cases of carbon "
     "monoxide exposure in rented flats over the past two years, including two deaths. Tenants will be able "
     "to request a copy of the certificate, and landlords must supply it within 14 days. The Marrowfield "
     "Landlords' Association said it supported the aim of the rules but warned that a shortage of "
     "registered engineers may cause delays.",
     "Under new rules approved by the regional housing board on 4 June, landlords in the Marrowfield "
     "district will have to get gas boilers in rented homes serviced once a year. From January, landlords "
     "who cannot produce a valid service certificate will be fined up to £5,000 per property. According to "
     "board chair Helen Oduya, the measure was prompted by 37 reported cases of carbon monoxide exposure in "
     "rented flats over the last two years. Tenants may ask for a copy of the certificate, which landlords "
     "must hand over within a fortnight. The Marrowfield Landlords' Association backed the aim of the rules "
     "but cautioned that a shortage of registered engineers may lead to delays.",
     errors=[E("will be fined", "modality", "major", "could face fines"),
             E("", "omission", "major", "including two deaths", after="over the last two years")],
     traps=[T("once a year", "every twelve months"),
            T("within a fortnight", "within 14 days")])

case("party wall agreements", "rewrite",
     "The number of disputes over party wall agreements referred to surveyors in Castleby rose to 312 last "
     "year, almost double the 160 recorded in 2019, according to a report by the Castleby Building Control "
     "Office. Most disputes involved loft conversions and rear extensions on terraced streets. The report, "
     "published on Wednesday, found that in roughly a quarter of cases work had begun before neighbours "
     "were formally notified. Principal surveyor Martin Keel said homeowners often underestimated how long "
     "the process takes and recommended that notices be served at least two months before building starts. "
     "The office will hold free advice sessions for residents at Castleby Library during October.",
     "Party wall disputes referred to Castleby surveyors rose to 312 last year, close to twice the 160 seen "
     "in 2019, the Castleby Building Control Office said in a report published on Wednesday. Loft "
     "conversions and rear extensions on terraced streets accounted for the majority of disputes. In about "
     "25% of cases, building work had started before neighbours had received formal notice, the report "
     "found. Homeowners frequently underestimate how long the process takes, according to principal surveyor "
     "Martin Keel, who advised serving notices a minimum of two months before construction begins. Free "
     "advice sessions for residents will be run by the office at Castleby Library in October.",
     traps=[T("close to twice", "almost double"),
            T("accounted for the majority of disputes", "Most disputes involved"),
            T("In about 25% of cases", "in roughly a quarter of cases"),
            T("a minimum of two months", "at least two months")])

case("lead lighting", "rewrite",
     "Heritage charity Old Glass Trust has commissioned Penrose & Hale, a family-run workshop in Duncombe, "
     "to restore the lead lighting in the chapel of St Aldric's Almshouses. The project, valued at £86,000, "
     "will see 14 windows removed, re-leaded and reinstalled over nine months. The trust's director, Fiona "
     "Garrow, said several panels dating from the 1880s had bowed so badly that pieces of glass were at "
     "risk of falling out. Work is due to begin in April, and the chapel will remain closed to visitors "
     "until the windows are back in place. Penrose & Hale previously restored the lead lighting at Duncombe "
     "Town Hall.",
     "Penrose & Hale, a family-run workshop in Duncombe, has commissioned heritage charity Old Glass Trust "
     "to restore the lead lighting in the chapel at St Aldric's Almshouses. Under the £86,000 project, 14 "
     "windows will be taken out, re-leaded and put back over a nine-month period. Several panels from the "
     "1880s have bowed so much that pieces of glass could fall out, said Fiona Garrow, the trust's "
     "director. Work is scheduled to start in April, and the chapel will stay closed to visitors until the "
     "windows have been reinstated. The workshop previously restored the lead lighting at Duncombe Town "
     "Hall.",
     errors=[E("Penrose & Hale, a family-run workshop in Duncombe, has commissioned heritage charity Old "
               "Glass Trust", "role", "major", "Old Glass Trust has commissioned Penrose & Hale")],
     traps=[T("over a nine-month period", "over nine months"),
            T("Work is scheduled to start in April", "Work is due to begin in April")])

case("coppice wood", "rewrite",
     "The Westerly Woodland Partnership is to bring 240 hectares of neglected hazel and sweet chestnut "
     "coppice back into rotation over the next decade, the organisation announced on Tuesday. The work "
     "will be funded by a £1.4 million grant from the Rural Skills Fund and is expected to create 12 "
     "full-time jobs. Coppice wood cut from the sites will be sold locally for fencing, charcoal and "
     "firewood. Project manager Owen Tarrant said around half of the county's coppice woodland had not been "
     "cut for more than 40 years, leaving it shaded and poor for wildlife. Volunteers will also be trained "
     "in traditional cutting techniques, with the first courses starting in November.",
     "A total of 240 hectares of neglected hazel and sweet chestnut coppice will be returned to rotation "
     "over the coming ten years, the Westerly Woodland Partnership said on Tuesday. A £1.4m grant from the "
     "Rural Skills Fund will pay for the work, which is likely to create a dozen full-time jobs. Wood cut "
     "from the sites will be sold locally as fencing, charcoal and firewood. About 50% of the county's "
     "coppice woodland has gone uncut for over four decades, leaving it shaded and of little value to "
     "wildlife, according to project manager Owen Tarrant. Training in traditional cutting techniques will "
     "also be offered to volunteers, with the first courses beginning in November.",
     traps=[T("over the coming ten years", "over the next decade"),
            T("is likely to create a dozen full-time jobs", "is expected to create 12 full-time jobs"),
            T("About 50%", "around half"),
            T("for over four decades", "for more than 40 years"),
            T("£1.4m", "£1.4 million")])

case("dandelion coffee", "rewrite",
     "Fenwold Roasters, a small producer of dandelion coffee based in Harlby, has signed a supply deal with "
     "the supermarket chain Grocemart that will put its products in 120 stores from 1 September. The "
     "company makes a caffeine-free drink from roasted dandelion root, which it sources from farms in the "
     "surrounding county. Founder Priya Lockett said sales had tripled since 2021, driven largely by "
     "customers cutting back on caffeine. Grocemart's head of hot drinks, Simon Ure, said the chain had "
     "seen 'steady demand' for coffee alternatives. Fenwold will double its roasting capacity by moving to "
     "a larger unit on the Harlby Trading Estate in the summer.",
     "Fenwold Roasters, a small Harlby-based producer of dandelion coffee, has agreed a supply deal with "
     "supermarket chain Grocemart that will see its products stocked in 120 stores from 1 September. The "
     "company roasts dandelion root, bought from farms in the surrounding county, to make a caffeine-free "
     "drink. Sales have tripled since 2021, largely because customers are cutting down on caffeine, "
     "according to Grocemart's head of hot drinks, Simon Ure, who added that the chain had seen 'steady "
     "demand' for coffee alternatives. Fenwold will double its roasting capacity after the summer, when it "
     "moves to a bigger unit on the Harlby Trading Estate.",
     errors=[E("according to Grocemart's head of hot drinks, Simon Ure", "attribution", "major",
               "Founder Priya Lockett said"),
             E("after the summer", "date", "minor", "in the summer")],
     traps=[T("cutting down on caffeine", "cutting back on caffeine")])

case("starling murmurations", "rewrite",
     "Visitor numbers at the Brackmere Levels nature reserve have risen sharply this winter as crowds "
     "gather to watch starling murmurations over the reed beds at dusk. The reserve's operator, the Eastmoor "
     "Wildlife Trust, estimates that up to 90,000 birds have been roosting on the site each night since "
     "early December. Around 3,500 people visited on the busiest weekend, more than twice the usual winter "
     "figure. Warden Gail Benning asked visitors to use the car park at Holt Lane rather than parking on the "
     "verges of the access road, which has caused congestion for residents. The trust said the murmurations "
     "were likely to continue until late February, depending on the weather.",
     "Starling murmurations above the reed beds at dusk have drawn crowds to the Brackmere Levels nature "
     "reserve this winter, pushing visitor numbers sharply higher. As many as 90,000 birds are thought to "
     "have roosted there every night since early December, according to estimates from the Eastmoor "
     "Wildlife Trust, which runs the reserve. The busiest weekend brought in about 3,500 visitors, over "
     "double the normal figure for winter. Because parking on the verges of the access road has caused "
     "congestion for residents, warden Gail Benning asked visitors to use the Holt Lane car park instead. "
     "The displays will probably continue until late February, weather permitting, the trust said.",
     traps=[T("As many as 90,000 birds", "up to 90,000 birds"),
            T("over double the normal figure for winter", "more than twice the usual winter figure"),
            T("will probably continue", "were likely to continue"),
            T("weather permitting", "depending on the weather")])

case("embassy appointments", "rewrite",
     "The embassy of the Republic of Valdoria in Kestrel City will move all visa appointments to an online "
     "booking system from 2 May, ending the practice of walk-in applications. Consul General Anton Mirek "
     "said the change was intended to cut waiting times, which had reached up to six weeks during the "
     "spring. Applicants who already hold appointments booked by telephone will not need to rebook. The "
     "embassy will also open a second application centre in Portmere, expected to handle around 200 "
     "appointments a day. Emergency travel documents for Valdorian citizens will still be issued without "
     "an appointment.",
     "From 2 May, walk-in visa applications at Valdoria's embassy in Kestrel City will end, with all "
     "appointments moved to an online booking system. The aim is to reduce waiting times, which climbed as "
     "high as six weeks in the spring, said Consul General Anton Mirek. Anyone holding an appointment made "
     "by telephone will have to book it again online. A second application centre will also open in "
     "Portmere and is expected to deal with some 200 appointments daily. Valdorian citizens needing "
     "emergency travel documents will still be able to obtain them without an appointment.",
     errors=[E("will have to book it again online", "polarity", "major", "will not need to rebook")],
     traps=[T("climbed as high as six weeks", "had reached up to six weeks"),
            T("some 200 appointments daily", "around 200 appointments a day")])

# --------------------------------------------------------------- rewrites 11-20

case("pine nut harvest", "rewrite",
     "This year's pine nut harvest in the Sarrow Hills is expected to reach about 420 tonnes, roughly 30 "
     "per cent below last year's total, after a dry spring reduced cone production, the regional growers' "
     "cooperative said on Friday. Cooperative president Elena Varga said prices paid to collectors would "
     "rise by around €2 per kilogram to offset the smaller crop. The harvest, which normally runs from "
     "November to March, began two weeks later than usual. The cooperative, which represents 65 growers, "
     "said it had not yet decided whether to import nuts to meet contracts with bakeries and confectioners.",
     "A dry spring that cut cone production means the Sarrow Hills pine nut harvest is likely to come in at "
     "around 420 tonnes this year, some 30% lower than last year's, the regional growers' cooperative "
     "announced on Friday. To compensate for the smaller crop, collectors will be paid roughly €2 more per "
     "kilo, according to Elena Varga, the cooperative's president. Harvesting usually lasts from November "
     "to March but started a fortnight late this year. No decision has yet been made on whether to import "
     "nuts to fulfil contracts with bakeries and confectioners, said the cooperative, which has 65 member "
     "growers.",
     traps=[T("is likely to come in at around 420 tonnes", "is expected to reach about 420 tonnes"),
            T("some 30% lower than last year's", "roughly 30 per cent below last year's total"),
            T("roughly €2 more per kilo", "by around €2 per kilogram"),
            T("started a fortnight late", "began two weeks later than usual"),
            T("which has 65 member growers", "which represents 65 growers")])

case("receipt printers", "rewrite",
     "Tillcroft Systems, which makes thermal receipt printers for shops and restaurants, has been fined "
     "€240,000 by the Norland Competition Authority for restricting the resale prices of its products. The "
     "authority found that between 2019 and 2022 the company pressured distributors not to sell its "
     "printers below a recommended price, threatening to delay deliveries to those that did. Tillcroft "
     "cooperated with the investigation and received a reduced penalty as a result, the authority said. "
     "Chief executive Marcus Bello said the company had changed its distribution policies and accepted the "
     "findings. Its main rival, Pennock Devices, was not involved in the case.",
     "The Norland Competition Authority has fined Tillcroft Systems, a maker of thermal receipt printers "
     "for shops and restaurants, €240,000 for restricting the resale prices of its products. Between 2019 "
     "and 2022, the authority found, the company pressed distributors not to sell its printers for less "
     "than a recommended price and threatened to hold up deliveries to those that did. Because Tillcroft "
     "cooperated with the investigation, its penalty was reduced, the authority said. Marcus Bello, chief "
     "executive of Pennock Devices, said the company had changed its distribution policies and accepted the "
     "findings. Tillcroft's main rival, Pennock Devices, was not involved in the case. Because Tillcroft "
     "cooperated with the investigation, its penalty was reduced, the authority said.",
     errors=[E("Pennock Devices", "entity", "major", "Tillcroft Systems", occ=0),
             E("Because Tillcroft cooperated with the investigation, its penalty was reduced, the "
               "authority said.", "repetition", "minor", None, occ=1)],
     traps=[T("threatened to hold up deliveries", "threatening to delay deliveries")])

case("coin counting machines", "rewrite",
     "Banks in the Alder Valley region have removed 31 of their 47 public coin counting machines since "
     "January, according to a survey by the consumer group Fair Change. The group said the removals left 11 "
     "towns with no free way for customers to deposit coins. Charities and small traders such as market "
     "stallholders were most affected, it added. Northway Bank, which operated 18 of the machines, said "
     "usage had fallen by 60 per cent over five years and that customers could still deposit coins over the "
     "counter in branches. Fair Change has called on banks to keep at least one machine in every town with "
     "a population above 10,000.",
     "Since January, banks in the Alder Valley region have taken out 31 of the 47 coin counting machines "
     "they provided for public use, consumer group Fair Change found in a survey. As a result, customers in "
     "11 towns no longer have any free way to pay in coins, the group said, adding that charities and small "
     "traders like market stallholders had been hit hardest. Northway Bank, which ran 18 of the machines, "
     "said use had dropped by three-fifths over five years and that customers could still deposit coins at "
     "branch counters. Fair Change has urged banks to retain a minimum of one machine in each town of more "
     "than 10,000 people.",
     traps=[T("had been hit hardest", "were most affected"),
            T("dropped by three-fifths", "fallen by 60 per cent"),
            T("a minimum of one machine", "at least one machine"),
            T("of more than 10,000 people", "with a population above 10,000")])

case("cashmere goats", "rewrite",
     "A herd of 300 cashmere goats has arrived at Glenhallow Farm in the Corran Hills, making it the "
     "largest cashmere operation in the region, the owners said on Monday. Farmers Isla and Rory Maclean "
     "bought the animals from a breeder in the north of the country after a two-year search for suitable "
     "stock. The goats will be combed each spring, producing an estimated 60 kilograms of raw fibre a year, "
     "which the couple plan to sell to a mill in Dunlow. The Macleans received a £45,000 diversification "
     "grant from the regional development agency towards fencing and shelters. They intend to open the farm "
     "to visitors next year.",
     "Glenhallow Farm in the Corran Hills has become the region's biggest cashmere operation following the "
     "arrival of a 300-strong herd of cashmere goats, its owners said on Monday. Farmers Isla and Rory "
     "Maclean bought the goats from a breeder in the north of the country, having spent two years looking "
     "for suitable stock. Combed every spring, the herd is expected to yield some 60 kg of raw fibre "
     "annually, which the couple intend to sell to a mill in Dunlow. The Macleans have applied for a "
     "£45,000 diversification grant from the regional development agency towards fencing and shelters. Next "
     "year they plan to open the farm to visitors.",
     errors=[E("have applied for", "event", "major", "received")],
     traps=[T("a 300-strong herd", "A herd of 300"),
            T("having spent two years looking", "after a two-year search"),
            T("is expected to yield some 60 kg of raw fibre annually",
              "producing an estimated 60 kilograms of raw fibre a year")])

case("autograph dealers", "rewrite",
     "Police in Marlow Bay have charged two autograph dealers with fraud after an investigation into signed "
     "sports memorabilia sold online. Officers said the men, aged 44 and 51, are accused of selling at least "
     "700 items bearing forged signatures of footballers and boxers between 2020 and 2023, earning an "
     "estimated £310,000. The investigation began after a collector, who had paid £2,800 for a signed "
     "shirt, contacted the authenticity service Provenance Check. Both men were released on bail and are "
     "due to appear at Marlow Bay Magistrates' Court on 19 November. Detective Inspector Sara Whitlock urged "
     "anyone who had bought items from the dealers to come forward.",
     "Two autograph dealers have been charged with fraud by Marlow Bay police following an inquiry into "
     "signed sports memorabilia sold on the internet. The men, who are 44 and 51, allegedly sold no fewer "
     "than 700 items carrying forged signatures of footballers and boxers from 2020 to 2023, making an "
     "estimated £310,000, officers said. The inquiry was launched after a collector who had spent £2,800 on "
     "a signed shirt got in touch with the authenticity service Provenance Check. Both were bailed and are "
     "due to appear before Marlow Bay Magistrates' Court on 19 November. Detective Inspector Sara Whitlock "
     "appealed for anyone who had bought items from the pair to come forward.",
     traps=[T("allegedly sold", "are accused of selling"),
            T("no fewer than 700 items", "at least 700 items"),
            T("got in touch with", "contacted"),
            T("Both were bailed", "Both men were released on bail")])

case("plankton surveys", "rewrite",
     "Plankton surveys carried out off the Skerrin coast last summer recorded the lowest density of "
     "copepods since monitoring began in 1998, according to the Northern Marine Institute. Researchers "
     "aboard the survey vessel Halcyon took 126 water samples between June and August and found average "
     "copepod densities around 40 per cent below the long-term mean. Copepods are a key food source for "
     "young fish, including herring and sand eels. Lead scientist Dr Tomas Reiner said warmer surface "
     "waters were a likely factor but that more data was needed before drawing firm conclusions. The "
     "institute plans to repeat the surveys this year with an additional vessel.",
     "The density of copepods recorded in plankton surveys off the Skerrin coast last summer was the lowest "
     "since monitoring started in 1998, the Northern Marine Institute said. Between June and August, "
     "researchers on the survey vessel Halcyon collected 126 water samples, finding average copepod "
     "densities at less than half the long-term mean. Copepods are an important food source for young fish "
     "such as herring and sand eels, and local fishing groups have already called for herring quotas to be "
     "cut. Warmer surface waters were probably a factor, said lead scientist Dr Tomas Reiner, though he "
     "cautioned that more data was needed before firm conclusions could be drawn. The institute intends to "
     "repeat the surveys this year using an extra vessel.",
     errors=[E("less than half", "number", "major", "around 40 per cent below"),
             E("and local fishing groups have already called for herring quotas to be cut", "addition",
               "major", None)],
     traps=[T("were probably a factor", "were a likely factor"),
            T("using an extra vessel", "with an additional vessel")])

case("landslip roads", "rewrite",
     "The B4170 between Cawley and Thornhithe will remain closed for at least six more weeks after a "
     "landslip damaged a 50-metre stretch of the road, Dunmore County Council said on Thursday. The slip, "
     "which happened during heavy rain on 8 January, left a section of the carriageway unsupported above "
     "the river. Engineers are drilling to assess ground stability before deciding on a permanent repair, "
     "which the council expects to cost between £900,000 and £1.3 million. A signed diversion adds about 14 "
     "miles to journeys. Highways cabinet member Joan Pelly said the council would apply to the government "
     "for emergency funding to cover part of the cost.",
     "Dunmore County Council said on Thursday that the B4170 from Cawley to Thornhithe would stay shut for a "
     "minimum of another six weeks after a landslip damaged 50 metres of the road. The slip occurred during "
     "heavy rain on 8 January and left part of the carriageway without support above the river. Before a "
     "permanent repair is decided on, engineers are drilling to test how stable the ground is; the council "
     "expects the repair to cost £0.9m–£1.3m. Drivers following the signed diversion face a detour of "
     "roughly 14 extra miles. The council would apply for emergency government funding to cover some of the "
     "cost, according to Joan Pelly, the cabinet member for highways.",
     traps=[T("for a minimum of another six weeks", "for at least six more weeks"),
            T("£0.9m–£1.3m", "between £900,000 and £1.3 million"),
            T("a detour of roughly 14 extra miles", "adds about 14 miles to journeys"),
            T("the cabinet member for highways", "Highways cabinet member")])

case("silk worms", "rewrite",
     "A silk farm near Vellano has become the first in the province to gain organic certification, the "
     "regional agriculture office announced on 3 October. The Casa Moreni farm raises around 200,000 silk "
     "worms each season on mulberry leaves grown without pesticides. Owner Lucia Moreni, who revived the "
     "business in 2016 after it had been closed for thirty years, said the certification would allow her "
     "to sell raw silk to two fashion houses in Torreval. The farm produced 85 kilograms of raw silk last "
     "year. Moreni said she plans to open a small museum on the site before the end of next year.",
     "Casa Moreni, a silk farm near Vellano, is the first in the province to be certified organic, the "
     "regional agriculture office said on 3 October. Each season the farm rears some 200,000 silk worms, "
     "feeding them on mulberry leaves grown without pesticides. Owner Lucia Moreni revived the business in "
     "2016, three decades after it closed, and said certification would enable her to sell raw silk to two "
     "Torreval fashion houses. Last year the farm's output was 85 kg of raw silk. Moreni said she intends "
     "to open a small museum at the farm early next year.",
     errors=[E("early next year", "date", "minor", "before the end of next year")],
     traps=[T("rears some 200,000 silk worms", "raises around 200,000 silk worms"),
            T("three decades after it closed", "after it had been closed for thirty years")])

case("damp proofing", "rewrite",
     "Trading standards officers in Halden have warned homeowners about a damp proofing company that has "
     "been telling elderly residents their homes need urgent treatment costing thousands of pounds. "
     "Officers said they had received 23 complaints about Drywell Home Services since March, most from "
     "people over 75. In several cases, surveys carried out afterwards by independent specialists found no "
     "evidence of rising damp. Residents were often pressured to sign contracts on the same day, officers "
     "said. Trading standards manager Neil Ashdown advised homeowners to get at least two quotes and never "
     "to pay a deposit on the doorstep. Drywell did not respond to requests for comment.",
     "Homeowners in Halden have been warned by trading standards officers about a damp proofing firm that "
     "has been telling elderly residents their properties require urgent work costing thousands of pounds. "
     "Since March, officers have had 23 complaints about Drywell Home Services, the majority from people "
     "aged over 75. Independent specialists who surveyed properties afterwards found no sign of rising damp "
     "in several cases. According to officers, residents were frequently put under pressure to sign "
     "contracts the same day. Neil Ashdown, the trading standards manager, advised homeowners to obtain two "
     "or more quotes and never to hand over a deposit on the doorstep. Drywell did not reply to requests for "
     "comment.",
     traps=[T("require urgent work", "need urgent treatment"),
            T("the majority from people aged over 75", "most from people over 75"),
            T("were frequently put under pressure", "were often pressured"),
            T("two or more quotes", "at least two quotes")])

case("chalk mines", "rewrite",
     "Engineers have begun filling a disused chalk mine beneath a housing estate in Wendham after a "
     "sinkhole opened in a back garden last month. Surveys commissioned by Wendham Borough Council found "
     "that two chambers of the nineteenth-century mine lay within five metres of the surface. The council "
     "has hired the contractor Grayle Geotechnical to pump around 4,000 cubic metres of grout into the "
     "workings, a process expected to take ten weeks. Eleven households were moved out as a precaution and "
     "may be able to return in the spring. Council leader Brian Oakes said the cost, estimated at £2.1 "
     "million, would be met by the council with support from a government hazards fund.",
     "Engineers have started filling a disused chalk mine under a Wendham housing estate, after a sinkhole "
     "appeared in a back garden last month. Two chambers of the nineteenth-century mine were found to lie "
     "no more than five metres below the surface, according to surveys commissioned by Wendham Borough "
     "Council. Contractor Grayle Geotechnical has been hired by the council to pump some 4,000 cubic metres "
     "of grout into the workings, which is expected to take ten weeks. The eleven households moved out as a "
     "precaution will be allowed back in the spring. Council leader Brian Oakes said the estimated £2.1 "
     "million cost would be met by a government hazards fund with support from the council.",
     errors=[E("will be allowed back", "modality", "major", "may be able to return"),
             E("met by a government hazards fund with support from the council", "role", "major",
               "met by the council with support from a government hazards fund")],
     traps=[T("no more than five metres below the surface", "within five metres of the surface"),
            T("Contractor Grayle Geotechnical has been hired by the council",
              "The council has hired the contractor Grayle Geotechnical")])

# ------------------------------------------------------------------- summaries

case("hemp rope", "summary",
     "Corday Cordage, one of the last traditional hemp rope makers in the country, has secured a contract "
     "to supply 18 kilometres of rope to the restoration of the tall ship Meridian, the company said on "
     "Wednesday. The order, worth about £190,000, is the largest in the firm's 140-year history. The rope "
     "will be made at the company's ropewalk in Saltley, a 300-metre-long building where strands are "
     "twisted together by hand-operated machinery. Managing director Hannah Brisk said the firm would take "
     "on four apprentices to help meet the order, which must be completed by next October. The Meridian "
     "Trust, which owns the ship, chose natural hemp over synthetic fibre to keep the vessel historically "
     "accurate.",
     "Traditional hemp rope maker Corday Cordage has won the biggest order in its 140 years: some £190,000 "
     "for 18 km of rope for the restoration of the tall ship Meridian, to be made at its Saltley ropewalk "
     "by next October with the help of four new apprentices. The ship's owner picked natural hemp over "
     "synthetics for historical accuracy.",
     traps=[T("the biggest order in its 140 years", "the largest in the firm's 140-year history"),
            T("some £190,000", "about £190,000"),
            T("18 km", "18 kilometres"),
            T("The ship's owner", "The Meridian Trust, which owns the ship")])

case("cooperage", "summary",
     "Ashby & Rook, a cooperage in Kilbrannan, is to double its workforce to 60 over the next three years "
     "after agreeing a long-term contract with the Glenmorrow distillery. The cooperage repairs and "
     "rebuilds oak casks used to mature whisky, and will invest £3 million in a new workshop on the edge of "
     "the town. Managing director Callum Rook said demand for reconditioned casks had outstripped supply "
     "since 2022. The firm will also launch a four-year apprenticeship scheme with Kilbrannan College in "
     "September. Glenmorrow, owned by the drinks group Lachlan Spirits, currently sends most of its casks "
     "to a cooperage abroad for repair.",
     "Kilbrannan cooperage Ashby & Rook will double its staff to 60 within three years and spend £3m on a "
     "new workshop after signing a long-term deal with the Glenmorrow distillery, which currently sends "
     "most of its casks abroad for repair. It will also start a four-year apprenticeship scheme with "
     "Glenmorrow in September.",
     errors=[E("Glenmorrow", "entity", "major", "Kilbrannan College", occ=1)],
     traps=[T("within three years", "over the next three years"),
            T("£3m", "£3 million")])

case("repossessions", "summary",
     "Home repossessions in the Calder region rose to 1,240 in the first half of the year, up 22 per cent "
     "on the same period last year, according to figures from the Regional Courts Service published on "
     "Tuesday. Most cases involved homeowners with variable-rate mortgages whose monthly payments had "
     "increased sharply since 2022. Lenders started 3,900 possession claims over the six months, but many "
     "were settled or adjourned before a court order was made. Sheila Fenn of the debt charity Steady "
     "Ground said families were often seeking help too late, and urged anyone struggling with payments to "
     "contact their lender early. Repossession levels remain well below those seen a decade ago, the "
     "figures show.",
     "Repossessions in Calder climbed 22% year on year to 1,240 in January–June, mostly among "
     "variable-rate borrowers whose payments have risen steeply since 2022, though levels are still far "
     "lower than ten years ago. Sheila Fenn of debt charity Steady Ground urged anyone struggling to "
     "approach their lender early.",
     traps=[T("climbed 22% year on year", "up 22 per cent on the same period last year"),
            T("January–June", "the first half of the year"),
            T("have risen steeply", "had increased sharply"),
            T("far lower than ten years ago", "well below those seen a decade ago")])

case("distillery casks", "summary",
     "Thieves stole 46 casks of maturing whisky from a bonded warehouse belonging to the Strathcairn "
     "Distillery over the weekend, police said on Monday. The casks, each holding around 200 litres, "
     "contained spirit distilled in 2009 and are estimated to be worth £1.8 million in total. Detective "
     "Sergeant Ewan Lisle said the theft appeared to have been carefully planned, with the thieves "
     "disabling the alarm system before using a forklift to load a lorry. Distillery manager Morag Keir "
     "said staff were 'devastated' and that the loss would affect a limited-edition release planned for "
     "2026. Police have asked hauliers and bottlers to report any unusual offers of cask whisky.",
     "Forty-six casks containing some 920 litres of 2009 whisky, valued at £1.8m in all, were stolen from "
     "a Strathcairn Distillery bonded warehouse at the weekend. The raid appeared carefully planned, with "
     "the alarm disabled before the casks were loaded onto a lorry, distillery manager Morag Keir said. "
     "Police want hauliers and bottlers to report unusual offers of cask whisky.",
     errors=[E("some 920 litres", "number", "major", "each holding around 200 litres"),
             E("distillery manager Morag Keir said", "attribution", "major",
               "Detective Sergeant Ewan Lisle said")],
     traps=[T("Forty-six casks", "46 casks"),
            T("valued at £1.8m in all", "worth £1.8 million in total")])

case("speed hump disputes", "summary",
     "Residents of Parson's Row in Eldbury have lost a two-year dispute with Eldbury Town Council over "
     "speed humps installed on their street in 2022. An independent inspector appointed by the regional "
     "transport office ruled on Friday that the humps met national design standards and did not need to be "
     "removed. Thirty-four households had signed a petition claiming the humps caused vibration damage to "
     "nearby houses and increased noise from braking lorries. The inspector found no evidence linking the "
     "humps to structural damage, but recommended that the council monitor noise levels for twelve months. "
     "Residents' spokesman Derek Hollis said the group was disappointed and would consider its options.",
     "An independent inspector has ruled against Parson's Row residents in their two-year fight with "
     "Eldbury Town Council, finding that the speed humps put in on the street in 2022 meet national design "
     "standards and can stay. The 34 households behind a petition had blamed the humps for vibration "
     "damage and braking-lorry noise; the inspector found nothing connecting them to structural damage but "
     "advised a year of noise monitoring.",
     traps=[T("can stay", "did not need to be removed"),
            T("The 34 households", "Thirty-four households"),
            T("found nothing connecting them to structural damage",
              "found no evidence linking the humps to structural damage"),
            T("a year of noise monitoring", "monitor noise levels for twelve months")])

case("fair isle knitting", "summary",
     "A knitwear cooperative on the island of Hestra has been granted protected status for its traditional "
     "fair isle knitting, meaning only garments made on the island using local patterns can be sold under "
     "the name 'Hestra Fair Isle'. The application was submitted by the Hestra Knitters' Guild in 2021 and "
     "approved by the national intellectual property office last week. The guild has 58 members, most of "
     "whom work from home. Chair Agnes Tulloch said imitation jumpers made abroad had been undercutting "
     "island knitters for years. Machine-knitted garments will not qualify for the label, although "
     "hand-frame knitting, a traditional technique on the island, will be permitted.",
     "Hestra's traditional fair isle knitting has won protected status, so only garments made on the "
     "island to local patterns may be sold as 'Hestra Fair Isle'. The guild behind the bid, whose 58 "
     "members mostly work from home, says foreign-made imitations have undercut islanders for years. "
     "Machine-knitted garments are excluded from the label, as is hand-frame knitting.",
     errors=[E("as is hand-frame knitting", "polarity", "major",
               "hand-frame knitting, a traditional technique on the island, will be permitted")],
     traps=[T("foreign-made imitations", "imitation jumpers made abroad")])

case("bumper cars", "summary",
     "The operator of the Seabright Pier amusement park has closed its bumper car ride for the rest of the "
     "season after a safety inspection found faults in the ride's electrical floor. No one was injured. The "
     "inspection, carried out on 14 July by the Coastal Leisure Safety Board, identified worn insulation on "
     "several floor panels that could have given riders mild electric shocks. Park director Lewis Crane "
     "said the 1970s ride, one of the pier's most popular attractions, would be fully rewired over the "
     "winter at a cost of about £75,000. Other rides on the pier were inspected at the same time and passed.",
     "Seabright Pier's bumper cars will stay shut until the end of the season after a 14 July safety "
     "inspection found worn insulation on the electrical floor that could have caused mild shocks; nobody "
     "was hurt. The ride will be fully rewired over the winter for around £75,000, while the pier's other "
     "rides passed inspection.",
     traps=[T("will stay shut until the end of the season", "closed its bumper car ride for the rest of the season"),
            T("could have caused mild shocks", "could have given riders mild electric shocks"),
            T("nobody was hurt", "No one was injured"),
            T("for around £75,000", "at a cost of about £75,000")])

case("angora rabbits", "summary",
     "An animal welfare investigation has led to the closure of an angora rabbit farm near Brisdale, the "
     "Regional Animal Health Office said on Thursday. Inspectors who visited the farm on 2 February found "
     "140 rabbits kept in overcrowded cages, many with untreated skin infections. The owner, who has not "
     "been named, surrendered the animals voluntarily and they have been moved to three rescue centres. The "
     "farm had supplied angora wool to small yarn producers for around eight years. The office said it was "
     "considering whether to bring a prosecution and would make a decision within six weeks.",
     "An angora rabbit farm near Brisdale has been shut after inspectors visiting in January found 140 "
     "rabbits in overcrowded cages, many with untreated skin infections. The unnamed owner gave the animals "
     "up voluntarily and has been banned from keeping animals; the rabbits are now in three rescue centres. "
     "A decision on whether to prosecute is due within six weeks.",
     errors=[E("in January", "date", "minor", "on 2 February"),
             E("and has been banned from keeping animals", "addition", "major", None)],
     traps=[T("gave the animals up voluntarily", "surrendered the animals voluntarily")])

case("glove making", "summary",
     "Fenton Leather, the last glove maker still operating in the town of Wraybourne, will close its "
     "factory in March after 112 years, the family-owned firm announced on Monday. The company blamed "
     "rising energy and leather costs and falling orders from department stores, which it said had dropped "
     "by almost half since 2019. All 27 employees have been offered redundancy packages, and eight will be "
     "kept on to run a smaller repair and bespoke service from a workshop in the town. Director Peter "
     "Fenton, the fourth generation of his family to run the business, said the decision had been 'the "
     "hardest of my life'. The factory building will be sold.",
     "Wraybourne's last working glove maker, Fenton Leather, is to shut its factory in March after 112 "
     "years, citing higher energy and leather costs and department-store orders down nearly 50% since "
     "2019. Eight of its 27 staff will stay on to run a smaller repair and bespoke service in the town.",
     traps=[T("is to shut its factory", "will close its factory"),
            T("higher energy and leather costs", "rising energy and leather costs"),
            T("down nearly 50%", "dropped by almost half"),
            T("Eight of its 27 staff will stay on", "eight will be kept on")])

case("fire escape ladders", "summary",
     "Fire inspectors in Northgate have ordered the owners of 19 converted office blocks to replace "
     "external fire escape ladders after tests found corrosion on more than half of those examined. The "
     "Northgate Fire and Rescue Authority carried out the checks between April and June following a fall "
     "from a ladder at a block on Quarry Street in March, in which a resident was seriously injured. Owners "
     "have been given until 31 December to fit replacements or provide an alternative escape route. Chief "
     "fire officer Janet Wilde said most residents were not at immediate risk because internal stairways "
     "remained available. The authority will publish the list of affected buildings next week.",
     "The owners of 19 converted office blocks in Northgate must replace their external fire escape ladders "
     "by 31 December, or provide another escape route, after tests found corrosion on more than half of "
     "those examined. The checks followed the collapse of a ladder on Quarry Street in March that seriously "
     "injured a resident, and tests found corrosion on more than half of those examined. Most residents "
     "are not in immediate danger as internal stairs are still usable, the chief fire officer said.",
     errors=[E("the collapse of a ladder", "event", "major", "a fall from a ladder"),
             E("tests found corrosion on more than half of those examined", "repetition", "minor", None,
               occ=1)],
     traps=[T("internal stairs are still usable", "internal stairways remained available")])

# ---------------------------------------------------------------- translations

case("sewing machine repair", "translation",
     "In the municipality of Vila Serrana, a sewing machine repair workshop run by retired mechanic Joaquim "
     "Arruda has become a meeting point for the neighbourhood. Since it opened in 2019, the workshop has "
     "repaired more than 1,600 machines, most of them brought in by seamstresses who work from home. "
     "Arruda, 71, charges only for spare parts and teaches young people to carry out basic maintenance. 'A "
     "machine that is well looked after can last fifty years,' he said. The town hall announced on "
     "Wednesday that it will give the workshop a rent-free space in the former market building from next "
     "month, as well as a grant of 12,000 reais.",
     "A workshop in Vila Serrana where retired mechanic Joaquim Arruda repairs sewing machines has turned "
     "into a gathering place for local residents. Over 1,600 machines have been fixed there since the "
     "workshop opened its doors in 2019, the majority brought by seamstresses working from home. The "
     "71-year-old asks customers to pay only for replacement parts, and he shows young people how to do "
     "basic maintenance. 'Look after a machine properly and it can last half a century,' Arruda said. On "
     "Wednesday the municipal council said that, starting next month, the workshop would be given space in "
     "the old market building free of rent, together with a 12,000-real grant.",
     traps=[T("Over 1,600 machines", "more than 1,600 machines"),
            T("The 71-year-old", "Arruda, 71"),
            T("half a century", "fifty years"),
            T("the municipal council", "The town hall"),
            T("free of rent", "rent-free")])

case("granite setts", "translation",
     "The city council of Porto Alvar has approved a plan to restore the granite setts on eleven streets in "
     "the historic centre, replacing the asphalt laid over them in the 1970s. The work, budgeted at 3.4 "
     "million euros, will begin in September and last around eighteen months. According to councillor for "
     "urban works Marta Leal, about 40 percent of the original stones will be reused, while the rest will "
     "come from a quarry in the north of the country. Traffic will be restricted to residents and delivery "
     "vehicles during construction. Shopkeepers' association president Rui Campos said traders supported "
     "the project but asked for the works to be carried out in phases.",
     "Porto Alvar's city council has given the go-ahead to a plan to restore the granite paving stones on "
     "eleven streets of the old town, removing the asphalt put down over them in the 1970s. With a budget "
     "of 3.4 million euros, the works will start in September and take roughly a year and a half. Some 40 "
     "percent of the original setts will be reused, with the remainder sourced from a quarry in the "
     "country's north, said Marta Leal, the councillor responsible for urban works. While construction is "
     "under way, only residents will be allowed to drive in the area. Rui Campos, who heads the "
     "shopkeepers' association, said merchants were in favour of the project but wanted the work done in "
     "stages.",
     errors=[E("", "omission", "major", "and delivery vehicles", after="only residents")],
     traps=[T("roughly a year and a half", "around eighteen months"),
            T("Some 40 percent", "about 40 percent")])

case("smoke alarm checks", "translation",
     "The fire brigade of the district of Oberwald will carry out free smoke alarm checks in the homes of "
     "elderly residents from 1 March, the district office announced on Tuesday. Volunteers will visit "
     "households where at least one person is over 70 and test existing alarms, replacing batteries or "
     "faulty devices at no charge. Around 2,500 households are eligible. District fire chief Klaus Remmert "
     "said that in four of the seven fatal house fires in the district last year, no working smoke alarm "
     "had been present. Appointments can be booked by telephone or at the town halls. The programme is "
     "financed by the district and a regional insurance association.",
     "Starting on 1 March, the Oberwald district fire service will check smoke alarms free of charge in the "
     "homes of older people, the district administration said on Tuesday. Volunteers will call at "
     "households with at least one member aged over 70 to test the alarms already installed, and will "
     "replace batteries or defective units without charge. Some 2,500 households qualify. Of last year's "
     "seven house fires in the district that caused deaths, four occurred in homes without a functioning "
     "smoke alarm, according to district fire chief Klaus Remmert. Visits can be arranged by phone or at "
     "the town halls. The district is funding the scheme together with a regional insurers' association.",
     traps=[T("Some 2,500 households qualify", "Around 2,500 households are eligible"),
            T("defective units", "faulty devices"),
            T("four occurred in homes without a functioning smoke alarm",
              "no working smoke alarm had been present"),
            T("The district is funding the scheme together with a regional insurers' association",
              "financed by the district and a regional insurance association")])

case("boundary hedges", "translation",
     "The prefecture of Haute-Lisière has reminded landowners that boundary hedges along public roads must "
     "be trimmed before 15 October each year. Hedges must not extend over the roadway and must be kept "
     "below two metres in height near junctions, to preserve visibility for drivers. Owners who do not "
     "comply may be given formal notice, and the municipality can then carry out the work at the owner's "
     "expense. The prefecture stressed that trimming is forbidden between April and July to protect nesting "
     "birds. According to the departmental roads agency, overgrown hedges were a factor in 23 accidents "
     "last year.",
     "Landowners have been reminded by the Haute-Lisière prefecture that hedges bordering public roads have "
     "to be cut back before 15 October every year. Hedges may not overhang the carriageway, and close to "
     "junctions they must be kept under two metres high so that drivers can see clearly. A landowner who "
     "fails to comply may receive a formal notice, after which the municipality will have the work done and "
     "bill the owner. The prefecture emphasised that cutting is allowed from April to July, to protect "
     "nesting birds. Last year, overgrown hedges played a part in 23 road accidents, the departmental roads "
     "agency said.",
     errors=[E("will have the work done", "modality", "major", "can then carry out the work"),
             E("cutting is allowed", "polarity", "critical", "trimming is forbidden")],
     traps=[T("may not overhang the carriageway", "must not extend over the roadway"),
            T("played a part in", "were a factor in")])

case("geysers", "translation",
     "The geothermal park at Skarðsvík will limit the number of visitors to its geyser field to 1,200 per "
     "day from June, the park authority said on Monday. The decision follows a sharp rise in tourism: "
     "around 410,000 people visited the site last year, almost three times as many as in 2015. Visitors "
     "will have to reserve a time slot online, although residents of the municipality will be exempt. Park "
     "director Sigrún Hallsdóttir said erosion around the main geyser, which erupts roughly every eight "
     "minutes, had become a serious concern. Boardwalks will be extended by 600 metres this summer to keep "
     "walkers away from fragile ground.",
     "From June, no more than 1,200 people a day will be allowed into the geyser field at the Skarðsvík "
     "geothermal park, the park's management announced on Monday. Tourist numbers have climbed steeply, "
     "with some 410,000 visitors last year, nearly triple the 2015 figure. Time slots must be booked online, "
     "except by people who live in the municipality. Erosion around the main geyser, which erupts about "
     "every eight minutes, is now a serious worry, according to park director Sigrún Hallsdóttir. To keep "
     "walkers off fragile ground, the boardwalks will be lengthened by 600 metres this summer.",
     traps=[T("no more than 1,200 people a day", "1,200 per day"),
            T("nearly triple the 2015 figure", "almost three times as many as in 2015"),
            T("except by people who live in the municipality",
              "residents of the municipality will be exempt"),
            T("lengthened by 600 metres", "extended by 600 metres")])

case("flax retting", "translation",
     "Flax growers in the Lieveland region have started the annual retting season, leaving harvested flax "
     "stems in the fields for several weeks so that dew and microorganisms can loosen the fibres. This year "
     "the cooperative Vlasunie will process around 9,000 tonnes of flax, slightly more than last year. The "
     "cooperative buys the retted straw from about 140 farmers and sells the scutched fibre mainly to "
     "spinning mills in Asia. Chairman Pieter Dekeyser said the wet August had slowed the retting process, "
     "but that quality was so far good. The cooperative recently invested 2.5 million euros in a new "
     "scutching line.",
     "In the Lieveland region, flax farmers have begun this year's retting, in which the harvested stems are "
     "left lying in the fields for a number of weeks while dew and micro-organisms loosen the fibres. The "
     "Vlasunie cooperative will process about 9,000 tonnes of flax this season, a little more than a year "
     "ago. The retted straw is sold by the cooperative to roughly 140 farmers, and the scutched fibre goes "
     "mostly to spinning mills in Asia. According to chairman Pieter Dekeyser, the rainy August slowed down "
     "retting, but quality has been good up to now. The cooperative has recently put 2.5 million euros into "
     "a new scutching line.",
     errors=[E("The retted straw is sold by the cooperative to roughly 140 farmers", "role", "major",
               "The cooperative buys the retted straw from about 140 farmers")],
     traps=[T("a little more than a year ago", "slightly more than last year"),
            T("has been good up to now", "was so far good")])

case("watermill flour", "translation",
     "The historic watermill in Zielony Bród has resumed commercial flour production for the first time "
     "since 1968, following a five-year restoration financed by the municipality and European funds. The "
     "mill, powered by the river Wierna, can grind up to 400 kilograms of grain per day. Its flour will be "
     "sold in the mill shop and supplied to three bakeries in the region. Miller Tomasz Kowalik, who "
     "trained for two years at a working mill abroad, said the stone-ground flour retains more of the "
     "grain's flavour. The restoration cost 6.2 million zlotys. Guided tours will be offered on weekends "
     "from May to September.",
     "For the first time since 1968, flour is once again being produced commercially at the historic "
     "Zielony Bród watermill, after a restoration lasting five years that was paid for by the municipality "
     "and with European money. Driven by the Wierna river, the mill can grind as much as 400 kg of grain a "
     "day. The flour will be on sale in the mill's shop and will also go to three bakeries in the region. "
     "According to miller Tomasz Kowalik, who spent two years training at a working mill in another "
     "country, stone-ground flour keeps more of the grain's taste. Restoring the mill cost 6.2 million "
     "zlotys. Between May and September there will be guided tours at weekends.",
     traps=[T("as much as 400 kg of grain a day", "up to 400 kilograms of grain per day"),
            T("a restoration lasting five years", "a five-year restoration"),
            T("in another country", "abroad"),
            T("Between May and September", "from May to September")])

case("knife grinding", "translation",
     "The itinerant knife grinders of the Valdeoro region have been added to the regional list of "
     "intangible cultural heritage, the Department of Culture announced on Thursday. The trade, "
     "traditionally passed down within families, is now practised by only 34 grinders, compared with more "
     "than 300 in the 1960s. Most travel between villages on motorcycles fitted with a grinding wheel and "
     "announce their arrival with a panpipe whistle. Culture minister Inés Carvajal said the recognition "
     "would allow the region to fund training courses and document the grinders' techniques. The Valdeoro "
     "Grinders' Association, founded in 2004, had campaigned for the listing for over a decade.",
     "Valdeoro's travelling knife grinders have been included on the region's list of intangible cultural "
     "heritage, the Culture Department said on Thursday. Traditionally handed down within families, the "
     "craft now has just 43 practitioners, against over 300 in the 1960s. Most of them go from village to "
     "village on bicycles equipped with a grinding wheel, signalling that they have arrived by playing a "
     "panpipe whistle. According to culture minister Inés Carvajal, the listing will enable the region to "
     "pay for training courses and to record the grinders' methods. The Valdeoro Grinders' Association, set "
     "up in 2004, had been pushing for recognition for more than ten years.",
     errors=[E("just 43", "number", "major", "only 34"),
             E("bicycles", "entity", "minor", "motorcycles")],
     traps=[T("set up in 2004", "founded in 2004"),
            T("for more than ten years", "for over a decade")])

case("rubber tapping", "translation",
     "Rubber tappers in the Sungai Lestari district are receiving higher prices for latex this month after "
     "the district cooperative agreed a new contract with a tyre manufacturer. Under the agreement, signed "
     "on 5 August, the cooperative will be paid 14 percent more per kilogram of dry rubber than under the "
     "previous contract. The cooperative represents about 3,200 smallholders, most of whom tap trees before "
     "dawn, when latex flows best. Cooperative head Rahmat Siregar said the increase would help families "
     "whose incomes fell during last year's price slump. The contract runs for two years and includes a "
     "commitment by the manufacturer to buy at least 1,500 tonnes annually.",
     "This month latex is fetching better prices for tappers in Sungai Lestari district, thanks to a new "
     "contract between the district cooperative and a tyre maker. The deal, signed on 5 August, raises the "
     "price paid to the cooperative for each kilogram of dry rubber by 14 percent compared with the old "
     "contract. Around 3,200 smallholders belong to the cooperative; most of them tap their trees in the "
     "hours before sunrise, when the latex flows most freely. The rise would help families whose earnings "
     "dropped in last year's price slump, said cooperative head Rahmat Siregar. The two-year contract "
     "commits the manufacturer to purchasing a minimum of 1,500 tonnes a year.",
     traps=[T("a tyre maker", "a tyre manufacturer"),
            T("Around 3,200 smallholders belong to the cooperative",
              "The cooperative represents about 3,200 smallholders"),
            T("The two-year contract", "The contract runs for two years"),
            T("a minimum of 1,500 tonnes a year", "at least 1,500 tonnes annually")])

case("perfume distilling", "translation",
     "In the town of Saint-Anselme, the perfume distillery Maison Ferrand has begun distilling this year's "
     "lavender harvest, which growers describe as one of the best in a decade. The distillery expects to "
     "process around 800 tonnes of lavender over six weeks, producing about 12 tonnes of essential oil. "
     "Growers' union president Claire Bastide said the mild spring and rainfall in June had produced "
     "unusually dense flowering. However, master distiller Henri Ferrand warned that rising energy costs "
     "would reduce the company's margins this year. Most of the oil will be sold to perfume houses in the "
     "region and abroad.",
     "Maison Ferrand, a perfume distillery in Saint-Anselme, has started distilling the new lavender crop, "
     "which according to growers is among the finest of the past ten years. Over six weeks, the distillery "
     "expects to process roughly 800 tonnes of lavender and obtain around 12 tonnes of essential oil. A "
     "gentle spring and June rain led to exceptionally thick flowering, said Claire Bastide, who heads the "
     "growers' union. She cautioned, however, that higher energy prices would cut into the company's "
     "margins this year. The bulk of the oil will go to perfume houses in the region and abroad.",
     errors=[E("She cautioned", "attribution", "major", "master distiller Henri Ferrand warned")],
     traps=[T("among the finest of the past ten years", "one of the best in a decade"),
            T("roughly 800 tonnes", "around 800 tonnes")])

# ------------------------------------------------------------------ machinery

def find_occ(haystack, needle, occ):
    """Start offset of the occ-th (0-based) occurrence of needle in haystack."""
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("%r (occurrence %d) not found" % (needle, occ))
    return pos


def word_char(ch):
    return ch.isalnum()


def check_boundaries(text, start, end, what):
    if start > 0 and end > start and word_char(text[start - 1]) and word_char(text[start]):
        raise ValueError("%s cuts a word at its start: %r" % (what, text[start - 1:end]))
    if end < len(text) and end > start and word_char(text[end - 1]) and word_char(text[end]):
        raise ValueError("%s cuts a word at its end: %r" % (what, text[start:end + 1]))
    if start == end and 0 < start < len(text) and word_char(text[start - 1]) and word_char(text[start]):
        raise ValueError("%s insertion point is inside a word" % what)


def n_words(text):
    return len(re.findall(r"\S+", text))


def build_record(i, c):
    cid = "s%d-%03d" % (SET_N, i + 1)
    ref, cand = c["reference"], c["candidate"]
    where = "%s (%s)" % (cid, c["domain"])
    if c["mode"] not in MODES:
        raise ValueError("%s: bad mode" % where)
    nw = n_words(ref)
    if not 70 <= nw <= 190:
        raise ValueError("%s: reference has %d words" % (where, nw))
    if c["mode"] == "summary" and not (len(cand) < len(ref) and n_words(cand) < nw):
        raise ValueError("%s: summary not shorter than reference" % where)
    if ref == cand:
        raise ValueError("%s: candidate identical to reference" % where)
    errors, traps, spans = [], [], []
    for e in c["errors"]:
        if e["type"] not in ERROR_TYPES:
            raise ValueError("%s: bad error type %r" % (where, e["type"]))
        if e["severity"] not in SEVERITIES:
            raise ValueError("%s: bad severity" % where)
        if e["type"] == "omission":
            if c["mode"] == "summary":
                raise ValueError("%s: omission in a summary" % where)
            if e["text"] != "" or not e["after"] or not e["ref_text"]:
                raise ValueError("%s: malformed omission" % where)
            start = end = find_occ(cand, e["after"], e["occ"]) + len(e["after"])
            if e["ref_text"].lower() in cand.lower():
                raise ValueError("%s: omitted words %r present in candidate" % (where, e["ref_text"]))
        else:
            if not e["text"] or e["after"] is not None:
                raise ValueError("%s: malformed error" % where)
            start = find_occ(cand, e["text"], e["occ"])
            end = start + len(e["text"])
        if e["type"] in ("addition", "repetition"):
            if e["ref_text"] is not None:
                raise ValueError("%s: %s must have null ref_text" % (where, e["type"]))
        else:
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise ValueError("%s: ref_text %r not in reference" % (where, e["ref_text"]))
        if e["type"] == "repetition":
            if cand.find(e["text"]) >= start:
                raise ValueError("%s: repetition has no earlier copy" % where)
        if e["type"] not in ("addition", "repetition", "omission") and e["text"] == e["ref_text"]:
            raise ValueError("%s: error text equals its ref_text" % where)
        check_boundaries(cand, start, end, "%s error %r" % (where, e["text"]))
        assert cand[start:end] == e["text"]
        errors.append({"start": start, "end": end, "text": e["text"], "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
        spans.append((start, end, "error"))
    for t in c["traps"]:
        if t["ref_text"] not in ref:
            raise ValueError("%s: trap ref_text %r not in reference" % (where, t["ref_text"]))
        if t["text"] == t["ref_text"]:
            raise ValueError("%s: trap identical to reference wording" % where)
        start = find_occ(cand, t["text"], t["occ"])
        end = start + len(t["text"])
        check_boundaries(cand, start, end, "%s trap %r" % (where, t["text"]))
        traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})
        spans.append((start, end, "trap"))
    # no overlaps (a zero-width omission may not fall strictly inside a span)
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            s1, e1, _ = spans[a]
            s2, e2, _ = spans[b]
            if s1 == e1 or s2 == e2:
                p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if s < p < e:
                    raise ValueError("%s: omission point inside a span" % where)
            elif s1 < e2 and s2 < e1:
                raise ValueError("%s: overlapping spans %r / %r" % (where, cand[s1:e1], cand[s2:e2]))
    label = "inconsistent" if errors else "consistent"
    if label == "consistent" and not 3 <= len(traps) <= 5:
        raise ValueError("%s: consistent pair needs 3-5 traps" % where)
    if label == "inconsistent" and len(traps) > 3:
        raise ValueError("%s: inconsistent pair has more than 3 traps" % where)
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def validate_set(records):
    assert len(records) == 40, len(records)
    domains = [r["domain"] for r in records]
    assert len(set(domains)) == 40, "domains repeat"
    labels = Counter(r["label"] for r in records)
    assert labels == Counter({"consistent": 20, "inconsistent": 20}), labels
    modes = Counter(r["mode"] for r in records)
    assert modes == Counter({"rewrite": 20, "summary": 10, "translation": 10}), modes
    for m in MODES:
        cons = sum(1 for r in records if r["mode"] == m and r["label"] == "consistent")
        assert cons * 2 == modes[m], (m, cons)
    types = Counter(e["type"] for r in records for e in r["errors"])
    assert sum(types.values()) == 30, sum(types.values())
    for t in ERROR_TYPES:
        assert types[t] >= 2, (t, types[t])
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    assert set(per_pair) <= {1, 2}, per_pair
    return labels, modes, types


def main():
    check_only = "--check" in sys.argv[1:]
    records = [build_record(i, c) for i, c in enumerate(CASES)]
    labels, modes, types = validate_set(records)
    by_mode_label = Counter((r["mode"], r["label"]) for r in records)
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    print("pairs: %d" % len(records))
    print("modes: %s" % dict(modes))
    print("labels: %s" % dict(labels))
    print("mode x label: %s" % {"%s/%s" % k: v for k, v in sorted(by_mode_label.items())})
    print("error types: %s" % {t: types[t] for t in ERROR_TYPES})
    print("severities: %s" % dict(sev))
    print("traps: %d" % sum(len(r["traps"]) for r in records))
    if check_only:
        print("check only: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)


if __name__ == "__main__":
    main()
