#!/usr/bin/env python3
"""Build held-out evaluation set 113 (N = 113) for a reference/candidate fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session working only from a written brief.
The helper saw no code, tests or data of the comparison project and no existing
benchmark. All people, companies, organisations, places and figures are invented;
real countries appear, if at all, only as background. The cases are held here as
Python data; every character offset is computed by string search (a quoted text
that repeats is given an explicit occurrence index), everything is validated, and
the result is written to set113.jsonl next to this script.

Usage:  python3 make_set113.py           validate and write set113.jsonl
        python3 make_set113.py --check   validate only, write nothing

Composition
-----------
40 pairs, each on a different domain (news / agency / corporate / official register):
  20 rewrites     (10 consistent, 10 inconsistent)
  10 summaries    ( 5 consistent,  5 inconsistent)
  10 translations ( 5 consistent,  5 inconsistent; both texts are independent
                    English translations of the same non-English story)
30 annotated errors in the 20 inconsistent pairs (10 pairs with one error,
10 with two):
  entity 3, number 4, date 3, role 3, polarity 3, modality 3, attribution 3,
  event 2, omission 2 (rewrite/translation only), addition 2, repetition 2.
Traps (faithful rewordings a naive checker might flag): 3-5 in every consistent
pair, 0-3 in inconsistent pairs. References are 70-190 words.
"""

import json
import os
import sys

N = 113
PREFIX = "s113"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set113.jsonl")

DOMAINS = [
    "kelp farming licence", "brass band funding cut", "leather tannery pollution",
    "e-book lending licence", "cable car safety inspection",
    "piano competition winner dispute", "herring quota negotiations",
    "clock tower restoration", "olive oil adulteration case", "police horse unit cuts",
    "honey labelling fraud", "district heating price rise",
    "wind farm radar interference", "tram driver shortage", "microbrewery tax relief",
    "flood barrier test", "carpet factory fire", "apple orchard frost damage",
    "bus depot electrification", "cathedral bell tower repair",
    "municipal golf course sale", "nursing college closure",
    "shipyard order cancellation", "coastal erosion buyout",
    "airport noise insulation grants", "public broadcaster licence fee",
    "peanut allergy labelling", "railway museum relocation", "ostrich farm permit",
    "sand mining crackdown", "mobile library service cuts", "cheese cave expansion",
    "goat dairy recall", "bridge toll abolition", "oyster bed closure",
    "sheep dip pollution", "highway rest area closures",
    "roller coaster accident inquiry", "hydroelectric turbine refit",
    "youth orchestra tour cancellation",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    """Register one hand-written pair."""
    CASES.append(dict(domain=domain, mode=mode, label=label, reference=reference,
                      candidate=candidate, errors=list(errors), traps=list(traps)))


def err(text, type_, severity, ref_text, occ=None, after=None, after_occ=None):
    """An error span. For omissions text is "" and `after` names the candidate
    text right after which the missing words belong."""
    return dict(text=text, type=type_, severity=severity, ref_text=ref_text,
                occ=occ, after=after, after_occ=after_occ)


def trap(text, ref_text, occ=None):
    """A faithful rewording: candidate `text` carries the facts of reference `ref_text`."""
    return dict(text=text, ref_text=ref_text, occ=occ)


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------

# ----- Rewrites 1-10 --------------------------------------------------------

case(
    "kelp farming licence", "rewrite", "consistent",
    "The Marine Licensing Authority has granted Selvik Seaweed Ltd a ten-year licence to "
    "cultivate sugar kelp on 40 hectares of sheltered water off Brannock Point, the authority "
    "said on Thursday. The decision follows a consultation in which 212 responses were "
    "received, most of them from local fishermen concerned about access to crab grounds. "
    "Under the licence conditions, the company must leave a 200-metre navigation channel open "
    "at all times and may not begin harvesting before March 2026. Selvik's managing director, "
    "Ilona Garth, said the firm expected to employ around 30 people once the farm reached full "
    "production. The authority said it would review the licence after three years if "
    "monitoring showed any harm to seabed habitats.",
    "Selvik Seaweed Ltd has been awarded a decade-long licence to grow sugar kelp across 40 "
    "hectares of sheltered water off Brannock Point, the Marine Licensing Authority announced "
    "on Thursday. The ruling comes after a consultation that drew 212 responses, the majority "
    "from local fishermen worried about reaching crab grounds. The firm is required to keep a "
    "200-metre navigation channel clear at all times, and harvesting cannot start until March "
    "2026 at the earliest. Ilona Garth, Selvik's managing director, said the company "
    "anticipated employing about 30 people when the farm is fully productive. If monitoring "
    "reveals damage to seabed habitats, the authority said, the licence will be reviewed after "
    "three years.",
    traps=[
        trap("decade-long", "ten-year"),
        trap("the majority from local fishermen", "most of them from local fishermen"),
        trap("harvesting cannot start until March 2026 at the earliest",
             "may not begin harvesting before March 2026"),
        trap("If monitoring reveals damage to seabed habitats",
             "if monitoring showed any harm to seabed habitats"),
    ],
)

case(
    "brass band funding cut", "rewrite", "inconsistent",
    "Kettleford Borough Council will cut its annual grant to the Kettleford Colliery Brass "
    "Band from £48,000 to £30,000 from April, council documents published on Monday show. The "
    "band, founded in 1891, uses the grant to pay for instrument repairs, rehearsal space and a "
    "part-time musical director. Councillor Rhona Blake, who chairs the culture committee, said "
    "the reduction was 'painful but unavoidable' given a £3.2 million gap in the council's "
    "budget. The band's secretary, Derek Ashworth, warned that the cut could force the group to "
    "drop its youth training section, which currently has 26 members. Supporters have launched "
    "a petition that had gathered more than 4,000 signatures by Tuesday evening. The full "
    "council is due to vote on the budget on 27 February.",
    "The Kettleford Colliery Brass Band will have its yearly council grant cut by £30,000 from "
    "April, according to council papers released on Monday. Founded in 1891, the band spends "
    "the money on instrument repairs, rehearsal space and a part-time musical director. Derek "
    "Ashworth, the band's secretary, called the reduction 'painful but unavoidable' in light of "
    "a £3.2 million shortfall in the council's budget, and warned that the youth training "
    "section, which has 26 members, might have to be dropped. A petition started by supporters "
    "had attracted over 4,000 signatures by Tuesday evening. The budget goes to a vote of the "
    "full council on 27 February.",
    errors=[
        err("cut by £30,000", "number", "major", "from £48,000 to £30,000"),
        err("Derek Ashworth, the band's secretary,", "attribution", "major",
            "Councillor Rhona Blake, who chairs the culture committee,"),
    ],
    traps=[
        trap("a £3.2 million shortfall", "a £3.2 million gap"),
        trap("over 4,000 signatures", "more than 4,000 signatures"),
    ],
)

case(
    "leather tannery pollution", "rewrite", "consistent",
    "The Environmental Protection Directorate has fined Orvane Leatherworks 185,000 euros after "
    "tests found chromium levels in the River Tessel up to six times the legal limit downstream "
    "of the company's tannery at Malden Cross. Inspectors took samples on 14 and 15 August "
    "following complaints from anglers who reported dead fish along a two-kilometre stretch of "
    "the river. The directorate said the discharge had been caused by a faulty valve in the "
    "tannery's treatment plant, which had not been serviced since 2021. Orvane, which employs "
    "140 people at the site, said it had replaced the valve and would appeal against the size "
    "of the fine, but did not dispute the findings. The company has been ordered to fund a "
    "restocking programme for the affected stretch.",
    "Orvane Leatherworks has been fined €185,000 by the Environmental Protection Directorate "
    "after chromium concentrations in the River Tessel downstream of its Malden Cross tannery "
    "were measured at as much as six times the permitted level. Anglers had complained of dead "
    "fish along 2 km of the river, prompting inspectors to take samples over two days, 14-15 "
    "August. According to the directorate, a faulty valve in the tannery's treatment plant, "
    "last serviced in 2021, caused the discharge. The company, which has 140 staff at the site, "
    "does not contest the findings but plans to appeal the amount of the penalty; it says the "
    "valve has been replaced. It must also pay for restocking the affected stretch.",
    traps=[
        trap("€185,000", "185,000 euros"),
        trap("as much as six times the permitted level", "up to six times the legal limit"),
        trap("2 km", "two-kilometre"),
        trap("last serviced in 2021", "had not been serviced since 2021"),
        trap("does not contest the findings", "did not dispute the findings"),
    ],
)

case(
    "e-book lending licence", "rewrite", "inconsistent",
    "Public libraries across the Wendmoor region will be able to lend e-books from the "
    "publisher Halberd House under a new two-year licensing deal, the Wendmoor Library "
    "Consortium announced on Wednesday. Under the agreement, each digital copy may be borrowed "
    "36 times before the licence must be renewed, up from 26 under the previous arrangement. "
    "The consortium, which represents 58 library branches, said the deal would cost about "
    "410,000 crowns a year. Its chair, Mirela Hanson, said the consortium might extend the model "
    "to other publishers if borrowing figures justified it. Halberd House said readers would be "
    "able to reserve new titles from the day of publication.",
    "The Wendmoor Library Consortium said on Wednesday it had agreed a two-year licensing deal "
    "that lets public libraries throughout the region lend Halberd House e-books. Each digital "
    "copy can now be borrowed 36 times before its licence needs renewing, compared with 26 "
    "times under the old arrangement. The deal will cost the 58-branch consortium roughly "
    "410,000 crowns annually. Mirela Hanson, who chairs the consortium, said the model would be "
    "extended to other publishers. According to Halberd House, readers will be able to reserve "
    "new titles from their publication date.",
    errors=[
        err("the model would be extended to other publishers", "modality", "major",
            "might extend the model to other publishers if borrowing figures justified it"),
    ],
    traps=[
        trap("the 58-branch consortium", "The consortium, which represents 58 library branches"),
        trap("roughly 410,000 crowns annually", "about 410,000 crowns a year"),
    ],
)

case(
    "cable car safety inspection", "rewrite", "consistent",
    "The Skarn Valley cable car will remain closed until at least 9 June after a routine "
    "inspection found wear on two of the haul rope's support sheaves, operator Alpenlift Skarn "
    "said on Friday. The inspection, carried out by the independent testing body Vernholt "
    "Certification, did not identify any defect that posed an immediate danger, but the "
    "operator said it had decided to replace all 16 sheaves on the upper tower as a precaution. "
    "The work is expected to cost around 600,000 francs. About 1,200 passengers use the cable "
    "car on a typical summer day. Alpenlift said ticket holders would be offered refunds or "
    "free travel on the valley bus service during the closure.",
    "Alpenlift Skarn said on Friday that its Skarn Valley cable car would stay shut until 9 "
    "June at the earliest, after a routine check revealed wear on two support sheaves carrying "
    "the haul rope. Although the independent inspectors from Vernholt Certification found no "
    "defect presenting an immediate danger, the operator has chosen, as a precautionary "
    "measure, to replace every one of the 16 sheaves on the upper tower. The job will probably "
    "cost in the region of 600,000 francs. On an ordinary summer day the cable car carries some "
    "1,200 passengers. During the closure, ticket holders can choose between a refund and free "
    "travel on the valley bus service, the company said.",
    traps=[
        trap("until 9 June at the earliest", "until at least 9 June"),
        trap("found no defect presenting an immediate danger",
             "did not identify any defect that posed an immediate danger"),
        trap("every one of the 16 sheaves", "all 16 sheaves"),
        trap("will probably cost in the region of 600,000 francs",
             "is expected to cost around 600,000 francs"),
    ],
)

case(
    "piano competition winner dispute", "rewrite", "inconsistent",
    "The organisers of the Lindqvist International Piano Competition have rejected a complaint "
    "by the runner-up, Tomas Eberle, who alleged that a jury member had a conflict of interest. "
    "Eberle's lawyers said that juror Anneliese Varga had previously taught the winner, "
    "22-year-old Kaori Mindel, at a summer academy in 2022. In a statement on Saturday, the "
    "competition's board said Varga had declared the connection before the final round and had "
    "abstained from scoring Mindel's performance. The board said the result would stand and "
    "that Mindel would receive the first prize of 30,000 euros. Eberle, who finished second, has "
    "not said whether he will take the matter to court.",
    "Runner-up Tomas Eberle's complaint that a member of the jury had a conflict of interest "
    "has been dismissed by the organisers of the Lindqvist International Piano Competition. "
    "According to Eberle's lawyers, the winner, 22-year-old Kaori Mindel, had previously taught "
    "juror Anneliese Varga at a summer academy in 2022. The competition's board said in a "
    "statement on Saturday that Varga had disclosed the link before the final round but had "
    "still taken part in scoring Mindel's performance. The result stands, the board said, and "
    "Mindel will be awarded the 30,000-euro first prize. Eberle, who came second, has yet to "
    "say whether he will go to court.",
    errors=[
        err("the winner, 22-year-old Kaori Mindel, had previously taught juror Anneliese Varga",
            "role", "major",
            "juror Anneliese Varga had previously taught the winner, 22-year-old Kaori Mindel"),
        err("had still taken part in scoring", "polarity", "critical",
            "had abstained from scoring"),
    ],
    traps=[
        trap("disclosed the link", "declared the connection"),
        trap("the 30,000-euro first prize", "the first prize of 30,000 euros"),
    ],
)

case(
    "herring quota negotiations", "rewrite", "consistent",
    "Fisheries ministers from the three North Varn coastal states failed to agree on next "
    "year's herring quota after two days of talks in Port Esk that ended on Tuesday night. "
    "Scientists from the Varn Marine Council have advised a catch of no more than 310,000 "
    "tonnes, a 12 percent reduction on this year. Delegates said the main obstacle was how the "
    "total should be shared, with Kelmark demanding a larger share to reflect the stock's shift "
    "towards its waters. The talks will resume in Kelmark's capital, Oddby, on 3 December. If "
    "no deal is reached by the end of the year, each state is expected to set its own quota, a "
    "situation the council has warned could lead to overfishing.",
    "Two days of negotiations in Port Esk ended on Tuesday night without the fisheries "
    "ministers of the three North Varn coastal states agreeing on a herring quota for next "
    "year. The Varn Marine Council's scientists have recommended capping the catch at 310,000 "
    "tonnes, 12% less than this year. The sticking point, according to delegates, was the "
    "division of the total: Kelmark wants a bigger share because the stock has moved towards "
    "its waters. Talks are set to restart on 3 December in Oddby, the Kelmark capital. Should "
    "the year end without a deal, the states will probably each set their own quota, something "
    "the council has cautioned might result in overfishing.",
    traps=[
        trap("capping the catch at 310,000 tonnes", "a catch of no more than 310,000 tonnes"),
        trap("12% less than this year", "a 12 percent reduction on this year"),
        trap("the states will probably each set their own quota",
             "each state is expected to set its own quota"),
        trap("might result in overfishing", "could lead to overfishing"),
    ],
)

case(
    "clock tower restoration", "rewrite", "inconsistent",
    "Restoration of the 19th-century clock tower on Marrow Street in Dunhallow will begin on 6 "
    "May and is scheduled to finish by the end of October, the town council said. The £1.4 "
    "million project will repair the tower's sandstone facade, replace rotten timber in the "
    "belfry and restore the original clock mechanism, which stopped working in 2009. Heritage "
    "charity Stonekeep Trust is contributing £350,000, with the remainder coming from the "
    "council and a national heritage grant. Scaffolding will cover the tower for most of the "
    "summer, and Marrow Street will be closed to traffic on weekdays between 9am and 4pm while "
    "materials are delivered. Council leader Fergus Doyle said the clock would strike again in "
    "time for the town's bicentenary celebrations in November.",
    "Work to restore the 19th-century clock tower on Dunhallow's Marrow Street will start on 6 "
    "May and is due to be completed by the end of October, according to the town council. The "
    "£1.4m scheme will repair the sandstone facade, replace rotten timber in the belfry and "
    "restore the original clock mechanism, which has not worked since 2006. Stonekeep Trust, a "
    "heritage charity, is putting in £350,000, and the council and a national heritage grant "
    "will cover the rest. The tower will be under scaffolding for much of the summer, and "
    "Marrow Street will be closed to traffic between 9am and 4pm while materials are brought "
    "in. Fergus Doyle, the council leader, said the clock would be striking again in time for "
    "the town's bicentenary celebrations in November.",
    errors=[
        err("2006", "date", "minor", "2009"),
        err("", "omission", "major", "on weekdays", after="closed to traffic"),
    ],
    traps=[
        trap("£1.4m scheme", "£1.4 million project"),
        trap("is putting in £350,000", "is contributing £350,000"),
    ],
)

case(
    "olive oil adulteration case", "rewrite", "consistent",
    "A court in Castelmar has convicted two executives of olive oil bottler Verdanta Foods of "
    "fraud for selling blends of sunflower and olive oil labelled as extra virgin olive oil. "
    "The court found that between 2019 and 2022 the company sold about 1.8 million litres of "
    "the mislabelled product to supermarkets in four countries. Managing director Paolo Renzi "
    "was sentenced to three years in prison, two of them suspended, and quality manager Dario "
    "Feltri received an 18-month suspended sentence. The company was fined 2.5 million euros. "
    "Prosecutors had sought longer sentences. Lawyers for both men said they would appeal. "
    "Verdanta, which was sold to new owners last year, said it had introduced independent "
    "laboratory testing of every batch.",
    "Two executives at Verdanta Foods, an olive oil bottler, have been found guilty of fraud by "
    "a court in Castelmar for marketing mixtures of sunflower and olive oil as extra virgin "
    "olive oil. From 2019 to 2022, the court found, the firm sold roughly 1.8m litres of the "
    "falsely labelled oil to supermarkets in four countries. Paolo Renzi, the managing "
    "director, was given a three-year prison term with two years suspended, while Dario "
    "Feltri, the quality manager, received a suspended sentence of a year and a half. Verdanta "
    "itself must pay a €2.5m fine. Both men will appeal, their lawyers said; the prosecution "
    "had asked for longer sentences. The company, which changed hands last year, said every "
    "batch is now tested by an independent laboratory.",
    traps=[
        trap("found guilty of fraud", "convicted"),
        trap("roughly 1.8m litres", "about 1.8 million litres"),
        trap("a three-year prison term with two years suspended",
             "three years in prison, two of them suspended"),
        trap("a suspended sentence of a year and a half", "an 18-month suspended sentence"),
        trap("changed hands last year", "was sold to new owners last year"),
    ],
)

case(
    "police horse unit cuts", "rewrite", "inconsistent",
    "The Halbrook Metropolitan Police will reduce its mounted unit from 24 horses to 14 over "
    "the next 18 months, Chief Constable Anita Rourke told the police and crime panel on "
    "Wednesday. The force said the change would save about £900,000 a year, largely in "
    "stabling and veterinary costs, and that no officers would lose their jobs; the 11 riders "
    "affected will be redeployed to neighbourhood teams. All the remaining horses will be based "
    "at the force's Ashby Road stables, and a second stable block at Millbank will be sold. The "
    "Police Federation's local branch said mounted officers were vital for managing crowds at "
    "Greyfield Park, home of Halbrook Rovers, and at protests, and called the decision "
    "short-sighted.",
    "Chief Constable Anita Rourke told the police and crime panel on Wednesday that the "
    "Halbrook Metropolitan Police would cut its mounted unit from 24 horses to 14 over the "
    "coming year and a half. The force puts the saving at roughly £900,000 annually, mostly in "
    "stabling and veterinary costs, and says no officers will lose their jobs, with the 11 "
    "affected riders moving to neighbourhood teams. The horses that remain will all be kept at "
    "the force's Greyfield Park stables, and a second stable block at Millbank will be sold. "
    "Describing the decision as short-sighted, the local branch of the Police Federation said "
    "mounted officers were vital for crowd control at Halbrook Rovers' Greyfield Park ground and "
    "at protests.",
    errors=[
        err("Greyfield Park", "entity", "major", "Ashby Road", occ=0),
    ],
    traps=[
        trap("over the coming year and a half", "over the next 18 months"),
        trap("puts the saving at roughly £900,000 annually", "would save about £900,000 a year"),
    ],
)

# ----- Rewrites 11-20 -------------------------------------------------------

case(
    "honey labelling fraud", "rewrite", "consistent",
    "Food standards officers in the county of Westmere have seized 9,400 jars of honey "
    "labelled as 'pure local wildflower honey' after laboratory tests showed that most of the "
    "samples contained added sugar syrup. The jars were found at a warehouse in Colbridge "
    "operated by Goldcomb Distributors, which supplies farm shops and delicatessens across the "
    "region. Trading Standards manager Priya Noonan said tests on 40 samples found syrup in 31 "
    "of them. Goldcomb's owner, Martin Hale, has been interviewed under caution but has not been "
    "charged. He told the Westmere Gazette that the honey had been bought in good faith from an "
    "overseas supplier. Officers are asking shops that bought Goldcomb honey since January to "
    "withdraw it from sale.",
    "A total of 9,400 jars of honey bearing the label 'pure local wildflower honey' have been "
    "seized by food standards officers in Westmere after lab tests found that the majority of "
    "samples contained added sugar syrup. The jars were discovered at a Colbridge warehouse run "
    "by Goldcomb Distributors, a supplier to farm shops and delicatessens in the region. Of the "
    "40 samples tested, 31 contained syrup, said Priya Noonan, the trading standards manager. "
    "Martin Hale, who owns Goldcomb, has been questioned under caution but not charged; he told "
    "the Westmere Gazette the honey had been purchased in good faith from a supplier abroad. "
    "Shops that have bought Goldcomb honey since January are being asked to take it off sale.",
    traps=[
        trap("the majority of samples", "most of the samples"),
        trap("Of the 40 samples tested, 31 contained syrup",
             "tests on 40 samples found syrup in 31 of them"),
        trap("questioned under caution", "interviewed under caution"),
        trap("from a supplier abroad", "from an overseas supplier"),
        trap("take it off sale", "withdraw it from sale"),
    ],
)

case(
    "district heating price rise", "rewrite", "inconsistent",
    "Customers of the Norrvik district heating network will pay 17 percent more for heat from "
    "1 October, the municipal energy company Norrvik Energi said on Monday. The company blamed "
    "higher prices for wood chips, which fuel its main plant, and the cost of replacing 6 "
    "kilometres of ageing pipes in the Haga district. A typical household in a three-room flat "
    "will pay about 1,150 kronor more a year. Chief executive Lena Strand said the company had "
    "considered a larger increase but chose to spread part of the pipe costs over several "
    "years. The Norrvik Tenants' Union said it would ask the city council, which owns the "
    "company, to review the decision.",
    "From 1 October, heat from the Norrvik district heating network will cost its customers 17 "
    "percent more, the city-owned energy company Norrvik Energi announced on Monday. It "
    "attributed the rise to more expensive wood chips, which fuel its main plant, and to the "
    "cost of replacing 16 kilometres of ageing pipes in the Haga district. For a typical "
    "household in a three-room flat, the annual bill will go up by around 1,150 kronor. Chief "
    "executive Lena Strand said a bigger increase had been considered, but the company decided "
    "to spread some of the pipe costs over several years, and that prices would be frozen for "
    "2026. The Norrvik Tenants' Union said it would ask the city council, the company's owner, "
    "to review the decision.",
    errors=[
        err("16 kilometres", "number", "major", "6 kilometres"),
        err("that prices would be frozen for 2026", "addition", "major", None),
    ],
    traps=[
        trap("the annual bill will go up by around 1,150 kronor",
             "will pay about 1,150 kronor more a year"),
        trap("the company's owner", "which owns the company"),
    ],
)

case(
    "wind farm radar interference", "rewrite", "consistent",
    "Plans for a 22-turbine wind farm on Carrick Moor have been put on hold after the Civil "
    "Aviation Directorate said the turbines could interfere with air traffic control radar at "
    "Fennick Airport, 19 miles to the east. Developer Brightwater Renewables said on Tuesday it "
    "was working with the airport on a technical fix, such as software that filters turbine "
    "signals from radar displays, and hoped to resubmit its application within a year. The "
    "scheme would generate enough electricity for about 45,000 homes. Fennick Airport's "
    "operations director, Sean Corrigan, said the airport supported renewable energy but could "
    "not accept any risk to flight safety. The directorate's objection was lodged in March, "
    "three months after the planning application was submitted.",
    "Brightwater Renewables' proposed 22-turbine wind farm on Carrick Moor has been paused "
    "because the Civil Aviation Directorate has warned the turbines may disrupt air traffic "
    "control radar at Fennick Airport, which lies 19 miles east of the site. The developer said "
    "on Tuesday that it was looking, together with the airport, at a technical solution, for "
    "example software to filter turbine signals out of radar displays, and hoped to submit the "
    "application again within 12 months. Enough power for roughly 45,000 homes would be "
    "generated by the scheme. While the airport backs renewable energy, it cannot accept any "
    "risk to flight safety, said Sean Corrigan, its operations director. The directorate lodged "
    "its objection in March, three months after the planning application went in.",
    traps=[
        trap("has been paused", "have been put on hold"),
        trap("which lies 19 miles east of the site", "19 miles to the east"),
        trap("within 12 months", "within a year"),
        trap("Enough power for roughly 45,000 homes would be generated by the scheme",
             "The scheme would generate enough electricity for about 45,000 homes"),
    ],
)

case(
    "tram driver shortage", "rewrite", "inconsistent",
    "Tram services in Westerholm will run every 12 minutes instead of every eight on weekday "
    "evenings from next Monday because of a shortage of drivers, the city's transport "
    "operator, Westerholm Transit, said. The company currently has 164 qualified drivers, 30 "
    "fewer than it needs to run the full timetable. It blamed retirements and competition from "
    "bus and lorry firms offering higher wages. A recruitment campaign launched in June has "
    "attracted more than 500 applicants, but training takes about five months. Transit "
    "director Elsa Mauer said the reduced timetable would stay in place until at least the end "
    "of the year. Daytime and weekend services are not affected.",
    "From next Monday, Westerholm trams will run every 12 minutes rather than every eight on "
    "weekday evenings, as the city's operator, Westerholm Transit, is short of drivers. It has "
    "164 qualified drivers at present, 30 short of the number required for the full timetable, "
    "and blames retirements and competition from bus and lorry firms that pay more. More than "
    "500 people have applied since a recruitment campaign began in June, although training "
    "takes around five months. The reduced timetable will remain until at least the end of the "
    "year, according to transit director Elsa Mauer. Trams will run every 12 minutes rather "
    "than every eight. Daytime and weekend services are unaffected.",
    errors=[
        err("Trams will run every 12 minutes rather than every eight.", "repetition", "minor",
            None),
    ],
    traps=[
        trap("30 short of the number required for the full timetable",
             "30 fewer than it needs to run the full timetable"),
        trap("firms that pay more", "firms offering higher wages"),
    ],
)

case(
    "microbrewery tax relief", "rewrite", "consistent",
    "Small breweries producing fewer than 5,000 hectolitres a year will pay 40 percent less "
    "excise duty from January under changes announced by Finance Minister Petra Kallas on "
    "Thursday. The relief, which the ministry estimates will cost the treasury 28 million euros "
    "a year, replaces a scheme that applied only to brewers making less than 2,000 hectolitres. "
    "About 310 breweries are expected to benefit. The Independent Brewers' Guild, which had "
    "campaigned for the change for four years, welcomed the announcement but said larger craft "
    "brewers were still at a disadvantage compared with multinational producers. The changes "
    "must still be approved by parliament, where the governing coalition has a majority.",
    "Finance Minister Petra Kallas announced on Thursday that, from January, breweries with an "
    "annual output below 5,000 hectolitres will have their excise duty cut by two-fifths. The "
    "new relief replaces one limited to brewers producing under 2,000 hectolitres, and will "
    "cost the treasury an estimated €28m annually, according to the ministry. Around 310 "
    "breweries are likely to benefit. The Independent Brewers' Guild, which spent four years "
    "campaigning for the change, welcomed it, while arguing that bigger craft brewers remained "
    "at a disadvantage against multinational producers. The changes still need the approval of "
    "parliament, where the governing coalition holds a majority.",
    traps=[
        trap("below 5,000 hectolitres", "fewer than 5,000 hectolitres"),
        trap("cut by two-fifths", "40 percent less"),
        trap("an estimated €28m annually", "28 million euros a year"),
        trap("are likely to benefit", "are expected to benefit"),
        trap("still need the approval of parliament", "must still be approved by parliament"),
    ],
)

case(
    "flood barrier test", "rewrite", "inconsistent",
    "The Averly tidal flood barrier will be closed for a full-scale test on Sunday 14 "
    "September, the Rivers Agency said. All eight steel gates will be lowered at 6am and raised "
    "again by 2pm, and river traffic on the Aver will be suspended for the duration. The annual "
    "test checks that the gates, motors and backup generators work under realistic conditions. "
    "Last year's test was stopped after two hours when a hydraulic fault was found in one gate, "
    "which was repaired the following month. The agency said residents would hear warning "
    "sirens at 5.45am but no action was needed. The barrier, completed in 1998, protects about "
    "60,000 homes.",
    "The Rivers Agency will close the Averly tidal flood barrier for a full-scale test on "
    "Sunday 14 September. All eight steel gates will go down at 6am and be back up by 4pm, with "
    "river traffic on the Aver halted throughout. The yearly exercise checks that the gates, "
    "motors and backup generators function under realistic conditions. Last year the test had "
    "to be abandoned after two hours when one gate's hydraulic system caught fire; it was "
    "repaired a month later. Warning sirens will sound at 5.45am, the agency said, but "
    "residents need take no action. Completed in 1998, the barrier protects some 60,000 homes.",
    errors=[
        err("4pm", "date", "minor", "2pm"),
        err("one gate's hydraulic system caught fire", "event", "major",
            "a hydraulic fault was found in one gate"),
    ],
    traps=[
        trap("The yearly exercise", "The annual test"),
        trap("residents need take no action", "no action was needed"),
    ],
)

case(
    "carpet factory fire", "rewrite", "consistent",
    "Firefighters spent more than nine hours tackling a blaze at the Loomcraft carpet factory "
    "in Ardley on Wednesday night, the county fire service said. The fire broke out in a "
    "storage area at about 10.40pm and at its height involved 15 fire engines and around 80 "
    "firefighters. The 30 workers on the night shift were evacuated safely and no one was "
    "injured. Residents within half a mile were advised to keep windows and doors closed "
    "because of smoke from burning synthetic fibres. Loomcraft, which employs 260 people, said "
    "production would be suspended for at least two weeks. The cause of the fire is not yet "
    "known, and an investigation is under way.",
    "Firefighters battled a blaze at Loomcraft's carpet factory in Ardley for over nine hours "
    "on Wednesday night, according to the county fire service. It started in a storage area at "
    "around 10.40pm; at its peak, some 80 firefighters and 15 engines were at the scene. All 30 "
    "night-shift workers got out safely, and there were no injuries. Because of smoke from "
    "burning synthetic fibres, people living within half a mile were told to keep their windows "
    "and doors shut. The company, which has a workforce of 260, said production would be halted "
    "for a fortnight at least. Investigators have not yet established what caused the fire.",
    traps=[
        trap("for over nine hours", "more than nine hours"),
        trap("got out safely, and there were no injuries",
             "were evacuated safely and no one was injured"),
        trap("has a workforce of 260", "employs 260 people"),
        trap("for a fortnight at least", "for at least two weeks"),
        trap("Investigators have not yet established what caused the fire",
             "The cause of the fire is not yet known, and an investigation is under way"),
    ],
)

case(
    "apple orchard frost damage", "rewrite", "inconsistent",
    "Apple growers in the Brenn valley expect this year's harvest to be around a third smaller "
    "than normal after two nights of hard frost in late April damaged blossom across the "
    "region, the Brenn Fruit Growers' Association said on Friday. Temperatures fell to minus "
    "4C on 24 and 25 April, when many orchards were in full bloom. The association estimates "
    "losses at 11 million euros. Growers who used frost candles or overhead sprinklers "
    "reported less damage, but such equipment is not covered by the regional government's "
    "orchard investment grant. Association chair Henrik Ostler said growers would ask the "
    "government to include frost protection in the scheme. Cherry and pear growers were less "
    "affected because their trees had mostly finished flowering.",
    "The Brenn Fruit Growers' Association said on Friday that apple growers in the Brenn "
    "valley expect to harvest roughly a third less fruit than usual this year, after two "
    "nights of severe frost in late April damaged blossom across the region. On 24 and 25 "
    "April, when many orchards were in full bloom, temperatures dropped to -4C. Losses are "
    "estimated by the association at €11m. Growers using frost candles or overhead sprinklers "
    "saw less damage, and such equipment is already covered by the regional government's "
    "orchard investment grant. Henrik Ostler, the association's chair, said growers would ask "
    "the government to include frost protection in the scheme. Cherry and pear growers escaped "
    "more lightly, as most of their trees had already finished flowering.",
    errors=[
        err("is already covered", "polarity", "major", "is not covered"),
    ],
    traps=[
        trap("roughly a third less fruit than usual", "around a third smaller than normal"),
        trap("escaped more lightly", "were less affected"),
    ],
)

case(
    "bus depot electrification", "rewrite", "consistent",
    "The regional transport authority has approved a 34 million pound plan to convert the "
    "Holloway Lane bus depot in Stanmouth to serve an all-electric fleet by 2028. The work "
    "includes installing 96 charging points, upgrading the site's power connection and adding "
    "a battery storage unit to reduce peak demand on the grid. Operator Coastline Buses will "
    "buy 90 electric buses over four years to replace its diesel vehicles at the depot, with "
    "half of the cost of the buses covered by a national clean transport fund. The authority "
    "said the change would cut carbon emissions by around 7,000 tonnes a year. Construction is "
    "due to start in January, and the depot will remain in use throughout.",
    "A £34m scheme to convert Stanmouth's Holloway Lane bus depot for an all-electric fleet by "
    "2028 has been given the go-ahead by the regional transport authority. As well as 96 "
    "charging points, the work will involve an upgraded power connection for the site and a "
    "battery storage unit to ease peak demand on the grid. Over four years, bus operator "
    "Coastline Buses will buy 90 electric buses to replace its diesel vehicles at the depot, "
    "with a national clean transport fund covering 50% of their cost. According to the "
    "authority, the switch will reduce carbon emissions by about 7,000 tonnes annually. "
    "Building work is scheduled to begin in January, and the depot will stay open throughout.",
    traps=[
        trap("£34m scheme", "34 million pound plan"),
        trap("has been given the go-ahead", "has approved"),
        trap("covering 50% of their cost", "half of the cost of the buses covered"),
        trap("about 7,000 tonnes annually", "around 7,000 tonnes a year"),
        trap("stay open throughout", "remain in use throughout"),
    ],
)

case(
    "cathedral bell tower repair", "rewrite", "inconsistent",
    "The bells of St Aldhelm's Cathedral in Wexbury will fall silent for up to a year while "
    "cracks in the bell tower's stonework are repaired, the cathedral chapter announced on "
    "Sunday. A structural survey found that vibration from the ringing of the cathedral's ten "
    "bells had widened cracks in the upper tower. The chapter's surveyor, Judith Penrose, said "
    "the tower was not in danger of collapse but that ringing could make the damage worse. The "
    "repairs are expected to cost £2.1 million, of which £800,000 has been raised so far. The "
    "Dean, the Very Reverend Alan Carrow, said the cathedral hoped the bells could ring again "
    "for Christmas next year. Services will continue as normal.",
    "St Aldhelm's Cathedral in Wexbury will silence its bells for as long as a year while "
    "cracks in the bell tower's stonework are repaired, the cathedral chapter said on Sunday. "
    "According to a structural survey, vibration from ringing the cathedral's ten bells had "
    "widened cracks in the upper tower. The tower was not at risk of collapse, the Dean, the "
    "Very Reverend Alan Carrow, said, though ringing could make the damage worse. The repairs "
    "are likely to cost £2.1m, and £800,000 has been raised to date. The Dean said the bells "
    "would ring again for Christmas next year. Services are continuing as normal.",
    errors=[
        err("the Dean, the Very Reverend Alan Carrow,", "attribution", "major",
            "The chapter's surveyor, Judith Penrose,"),
        err("the bells would ring again", "modality", "major",
            "hoped the bells could ring again"),
    ],
    traps=[
        trap("for as long as a year", "for up to a year"),
        trap("£800,000 has been raised to date", "£800,000 has been raised so far"),
    ],
)

# ----- Summaries 21-30 ------------------------------------------------------

case(
    "municipal golf course sale", "summary", "consistent",
    "Harlow Vale District Council has agreed to sell the 18-hole Pinebrook municipal golf "
    "course to a housing developer, Redmarsh Homes, for £6.8 million, despite objections from "
    "golfers and local residents. Councillors voted 27 to 19 in favour of the sale at a meeting "
    "on Tuesday night. The council said the course had lost money in each of the past seven "
    "years, with losses totalling £1.3 million, and that membership had fallen from 620 to 240 "
    "since 2015. Redmarsh plans to build 350 homes on part of the site, 35 percent of them "
    "classed as affordable, and to turn the remaining land into a public park. The course will "
    "close at the end of March. The Pinebrook Golf Society said it was considering a legal "
    "challenge.",
    "Councillors in Harlow Vale have voted 27-19 to sell the loss-making Pinebrook municipal "
    "golf course to Redmarsh Homes for £6.8m, over the objections of golfers and residents. The "
    "developer intends to build 350 homes, just over a third of them affordable, on part of the "
    "site, with the rest becoming a public park. The course closes at the end of March, and the "
    "Pinebrook Golf Society is considering a legal challenge.",
    traps=[
        trap("voted 27-19", "voted 27 to 19"),
        trap("loss-making", "had lost money in each of the past seven years"),
        trap("£6.8m", "£6.8 million"),
        trap("just over a third of them affordable", "35 percent of them classed as affordable"),
    ],
)

case(
    "nursing college closure", "summary", "inconsistent",
    "The St Brigid College of Nursing in Corrane will close in July 2026 after 74 years, its "
    "governing board announced on Thursday. The college, which trains about 450 student nurses "
    "a year, said falling government funding and the rising cost of maintaining its Victorian "
    "buildings had made it financially unsustainable. Students currently enrolled will be able "
    "to complete their courses at Corrane University's school of health, which has agreed to "
    "take on 38 of the college's 52 teaching staff. The board said it had explored a merger with "
    "two other institutions but neither was willing to take on the college's debts of 9 million "
    "euros. The health workers' union Carevoice said the closure would worsen a shortage of "
    "nurses in the region.",
    "St Brigid College of Nursing in Corrane, which trains some 450 student nurses a year, will "
    "shut in July 2026 after 74 years, saying falling government funding and the cost of "
    "maintaining its Victorian buildings have made it financially unsustainable. Merger talks "
    "failed because no partner would take on its 9 million euros of debt. Current students will "
    "complete their courses at Corrane University, which will also take on all 52 of the "
    "college's teaching staff. A union warned the closure would worsen the region's nursing "
    "shortage.",
    errors=[
        err("all 52 of the college's teaching staff", "number", "major",
            "38 of the college's 52 teaching staff"),
    ],
    traps=[
        trap("no partner would take on its 9 million euros of debt",
             "neither was willing to take on the college's debts of 9 million euros"),
    ],
)

case(
    "shipyard order cancellation", "summary", "consistent",
    "Baltmar Shipping has cancelled an order for four liquefied natural gas carriers from the "
    "Kestrup shipyard, worth a combined 780 million dollars, the yard's owner, Kestrup Marine "
    "Group, said on Monday. Baltmar cited a slump in charter rates and delays to the first "
    "vessel, which was due for delivery last November but is still incomplete. Kestrup said it "
    "would seek compensation under the contract and was in talks with two other shipping "
    "companies about taking over the vessels. The yard employs 2,300 people, and unions fear up "
    "to 600 jobs could be at risk if no buyer is found. Kestrup's shares fell 14 percent on "
    "Monday.",
    "Baltmar Shipping has pulled out of a $780m order for four LNG carriers from the Kestrup "
    "yard, citing weak charter rates and the late delivery of the first ship. Kestrup Marine "
    "Group, whose shares dropped 14% on Monday, will pursue compensation and is talking to two "
    "other shippers about taking the vessels; unions say as many as 600 of the yard's 2,300 "
    "jobs could be at risk if no buyer emerges.",
    traps=[
        trap("pulled out of", "cancelled"),
        trap("$780m", "780 million dollars"),
        trap("LNG carriers", "liquefied natural gas carriers"),
        trap("dropped 14%", "fell 14 percent"),
        trap("as many as 600", "up to 600"),
    ],
)

case(
    "coastal erosion buyout", "summary", "inconsistent",
    "The government will buy 41 clifftop homes in the village of Sandholme that are threatened "
    "by coastal erosion, under a pilot scheme announced by the Environment Ministry on "
    "Wednesday. Owners will be offered 75 percent of their home's value as assessed before the "
    "risk was identified, plus up to 20,000 euros towards relocation costs. The scheme will be "
    "run by the Coastal Adaptation Agency, which will demolish the houses once they are "
    "vacated. The cliffs at Sandholme have retreated by about 30 metres since 2000, and six "
    "homes have already been lost to the sea. The residents' group Sandholme Together, which "
    "has accused the agency of ignoring erosion warnings for a decade, welcomed the offer but "
    "said many owners would still be unable to afford a home elsewhere in the area. Similar "
    "schemes are being considered for two other villages, Orwick and Lessow.",
    "An Environment Ministry pilot will see the state buy 41 Sandholme clifftop homes at risk "
    "from erosion, with owners offered three-quarters of their pre-risk value and up to €20,000 "
    "for relocation; the Coastal Adaptation Agency will then demolish them. Orwick Together, a "
    "residents' group the agency has accused of ignoring erosion warnings, welcomed the offer "
    "but said many owners still could not afford a home elsewhere locally. Two more villages "
    "may follow.",
    errors=[
        err("Orwick Together", "entity", "major", "Sandholme Together"),
        err("a residents' group the agency has accused", "role", "major",
            "which has accused the agency of ignoring erosion warnings"),
    ],
    traps=[
        trap("three-quarters of their pre-risk value",
             "75 percent of their home's value as assessed before the risk was identified"),
    ],
)

case(
    "airport noise insulation grants", "summary", "consistent",
    "Households living under the flight paths of Marlow Heath Airport will be able to apply "
    "for grants of up to £12,000 to insulate their homes against aircraft noise, the airport "
    "announced on Monday. The £45 million scheme, funded entirely by the airport over ten "
    "years, will cover about 5,200 homes where average daytime noise exceeds 63 decibels. "
    "Grants can be used for double or triple glazing, loft insulation and ventilation systems. "
    "The scheme replaces an older programme that offered a maximum of £3,000 and covered only "
    "1,900 homes. The Marlow Heath Noise Action Group said the package was a step forward but "
    "argued that homes affected by night flights should also be included. Applications open on "
    "1 July.",
    "Marlow Heath Airport is to spend £45m over a decade on noise insulation grants of as much "
    "as £12,000 each for roughly 5,200 homes under its flight paths with average daytime noise "
    "above 63 decibels, quadrupling the previous £3,000 cap. A local noise campaign group "
    "welcomed the move but wants homes affected by night flights included. Applications open "
    "on 1 July.",
    traps=[
        trap("over a decade", "over ten years"),
        trap("as much as £12,000", "up to £12,000"),
        trap("roughly 5,200 homes", "about 5,200 homes"),
        trap("above 63 decibels", "exceeds 63 decibels"),
        trap("quadrupling the previous £3,000 cap", "offered a maximum of £3,000"),
    ],
)

case(
    "public broadcaster licence fee", "summary", "inconsistent",
    "The annual licence fee that funds the public broadcaster VTN could rise from 159 to 172 "
    "euros next year under proposals published by the Culture Ministry on Friday. The ministry "
    "said the increase, the first in six years, was needed to cover inflation and the cost of "
    "moving VTN's regional studios to digital production. The proposals also include a "
    "discount of 50 percent for pensioners living alone. Culture Minister Ines Markovic said no "
    "final decision would be made until a public consultation closes on 30 November. "
    "Opposition parties have called for the fee to be frozen, and a petition against the rise "
    "has been signed by more than 80,000 people. VTN's director general, Paul Weiss, said the "
    "broadcaster had already cut 300 jobs since 2020.",
    "The licence fee funding public broadcaster VTN will rise from €159 to €172 next year, its "
    "first increase in six years, to cover inflation and the digitisation of regional studios, "
    "with pensioners living alone getting half off. The opposition wants a freeze, and more "
    "than 80,000 people have signed a petition against the increase.",
    errors=[
        err("will rise", "modality", "major", "could rise"),
    ],
    traps=[
        trap("getting half off", "a discount of 50 percent"),
        trap("the digitisation of regional studios",
             "moving VTN's regional studios to digital production"),
    ],
)

case(
    "peanut allergy labelling", "summary", "consistent",
    "Food manufacturers will have to display peanut warnings on the front of packaging, rather "
    "than only in the ingredients list, under new rules approved by the National Food Safety "
    "Board on Tuesday. The rules, which come into force in September next year, will apply to "
    "all pre-packed foods containing peanuts or peanut oil, as well as products made on "
    "production lines that also handle peanuts. Companies that break the rules could face fines "
    "of up to 250,000 kroner. The board said around 2 percent of children in the country have a "
    "peanut allergy and that hospital admissions for severe allergic reactions had risen by a "
    "quarter over five years. Allergy charity SafePlate welcomed the decision but said "
    "restaurants and takeaways should also be covered.",
    "From September next year, pre-packed foods containing peanuts or peanut oil, or made on "
    "lines that also handle peanuts, must carry peanut warnings on the front of the pack, not "
    "just in the ingredients list, the National Food Safety Board has ruled. Offenders risk "
    "fines of as much as 250,000 kroner. Charity SafePlate backed the move but wants "
    "restaurants and takeaways included.",
    traps=[
        trap("on the front of the pack", "on the front of packaging"),
        trap("not just in the ingredients list", "rather than only in the ingredients list"),
        trap("risk fines of as much as 250,000 kroner",
             "could face fines of up to 250,000 kroner"),
        trap("backed the move", "welcomed the decision"),
    ],
)

case(
    "railway museum relocation", "summary", "inconsistent",
    "The Carnford Railway Museum will move from its cramped site beside Carnford station to a "
    "former locomotive works at Eastgate, its trustees announced on Thursday. The move, costing "
    "an estimated 19 million pounds, will allow the museum to display its collection of 42 "
    "locomotives under one roof for the first time; at present, more than half are kept in "
    "storage. The city council has agreed to lease the Eastgate site to the museum for 99 years "
    "at a nominal rent. The museum will close at its current site in January 2027 and is "
    "expected to reopen at Eastgate in spring 2028. Director Nadia Okafor said fundraising "
    "would begin immediately, with a third of the cost already pledged by the Heritage Rail "
    "Foundation.",
    "Carnford Railway Museum will relocate to a former locomotive works at Eastgate, leased "
    "from the city council for 99 years, at an estimated cost of £19m, letting it show all 42 "
    "of its locomotives together for the first time. It will close its current site in January "
    "2026 and is expected to reopen in spring 2028. The Heritage Rail Foundation has pledged a "
    "third of the cost, and the museum will sell part of its current site to raise the rest.",
    errors=[
        err("January 2026", "date", "major", "January 2027"),
        err("the museum will sell part of its current site to raise the rest", "addition",
            "major", None),
    ],
    traps=[
        trap("show all 42 of its locomotives together",
             "display its collection of 42 locomotives under one roof"),
    ],
)

case(
    "ostrich farm permit", "summary", "consistent",
    "Planning officials in the Dorran district have granted a permit for an ostrich farm on 25 "
    "hectares of former dairy land near the village of Pellow, overturning an earlier refusal. "
    "Farmer Gideon Marsh applied last year to keep up to 120 ostriches, but the district "
    "initially rejected the plan over concerns about fencing and noise. After Marsh submitted "
    "revised plans with 2.5-metre fencing and moved the breeding pens 400 metres further from "
    "the nearest houses, the planning committee approved the application by six votes to two "
    "on Monday. The permit limits the herd to 80 birds for the first three years. Some "
    "neighbours had objected, saying the birds could escape onto the road. Marsh said he "
    "planned to sell meat, eggs and leather locally.",
    "Dorran district planners have reversed an earlier refusal and approved, by six votes to "
    "two, an ostrich farm near Pellow after farmer Gideon Marsh added 2.5-metre fencing and "
    "moved the breeding pens 400 metres further from homes. He will be allowed no more than 80 "
    "birds for the first three years, down from the 120 he sought.",
    traps=[
        trap("reversed an earlier refusal", "overturning an earlier refusal"),
        trap("further from homes", "further from the nearest houses"),
        trap("no more than 80 birds", "limits the herd to 80 birds"),
        trap("the 120 he sought", "to keep up to 120 ostriches"),
    ],
)

case(
    "sand mining crackdown", "summary", "inconsistent",
    "Police and environmental inspectors in the province of Rivana arrested 23 people and "
    "seized 14 trucks and six dredgers during a week-long operation against illegal sand mining "
    "on the Tamsa river, the provincial governor's office said on Sunday. Illegal extraction "
    "has lowered the riverbed by up to three metres in places, undermining bridge foundations "
    "and irrigation channels, according to a report by the Rivana Water Authority. Governor "
    "Arjun Pattel said the operation would continue and that officials found to be colluding "
    "with the miners would be prosecuted. The Sand Traders' Association said legal quarries "
    "could not meet demand from the construction industry and urged the government to issue "
    "more licences.",
    "A week-long crackdown on illegal sand mining on the Tamsa river in Rivana has led to 23 "
    "arrests and the seizure of 14 trucks and six dredgers. Illegal extraction has lowered the "
    "riverbed by up to three metres in places, damaging bridge foundations and irrigation "
    "channels, according to the governor's office. Governor Arjun Pattel vowed to continue the "
    "operation and prosecute colluding officials. Sand traders blame a shortage of legal "
    "supply.",
    errors=[
        err("according to the governor's office", "attribution", "major",
            "according to a report by the Rivana Water Authority"),
    ],
    traps=[
        trap("has led to 23 arrests", "arrested 23 people"),
    ],
)

# ----- Translations 31-40 ---------------------------------------------------

case(
    "mobile library service cuts", "translation", "consistent",
    "The municipality of Valbygd will reduce its mobile library service from next year, "
    "cutting the number of stops from 46 to 29, the culture committee decided on Wednesday. "
    "The library bus currently visits outlying villages every two weeks; after the change, "
    "most stops will be visited once every three weeks. The municipality expects to save about "
    "600,000 kroner a year. Committee chair Astrid Nyhus said that the decision was difficult "
    "but that the bus was old and would have to be replaced within two years at a cost of "
    "several million kroner. Schools in the affected villages will still receive monthly book "
    "deliveries. The pensioners' association in Valbygd has collected over 1,100 signatures "
    "against the cuts.",
    "From next year Valbygd municipality is scaling back its book bus, which will stop at 29 "
    "places instead of the present 46, following a decision by the culture committee on "
    "Wednesday. At present the bus calls at the outlying villages fortnightly; under the new "
    "arrangement, the majority of stops will get a visit every third week. The expected saving "
    "for the municipality is roughly 600,000 kroner annually. The decision had not been easy, "
    "said the committee's chair, Astrid Nyhus, but the bus is old and must be replaced within "
    "two years, which would cost several million kroner. Schools in the villages concerned will "
    "go on getting books delivered once a month. More than 1,100 people have signed a petition "
    "against the cuts organised by Valbygd's pensioners' association.",
    traps=[
        trap("its book bus", "its mobile library service"),
        trap("fortnightly", "every two weeks"),
        trap("the majority of stops will get a visit every third week",
             "most stops will be visited once every three weeks"),
        trap("roughly 600,000 kroner annually", "about 600,000 kroner a year"),
        trap("books delivered once a month", "monthly book deliveries"),
    ],
)

case(
    "cheese cave expansion", "translation", "inconsistent",
    "The cheese cooperative of Roche-Vallon is to enlarge its ripening caves, dug into the "
    "limestone cliff above the village, in order to increase its production of aged Vallon "
    "cheese by 40 percent. The work, estimated at 3.6 million euros, will add two new galleries "
    "with a total length of 180 metres. The cooperative, which brings together 64 dairy farms, "
    "said it had received a regional grant covering a quarter of the cost. Its president, "
    "Odile Ferrand, explained that demand from export markets had doubled in five years and "
    "that the existing caves were full. Geologists have examined the cliff and judged that the "
    "excavation presents no risk to the houses below. Work is due to begin in the spring and "
    "last eighteen months.",
    "Roche-Vallon's cheese cooperative plans to extend the maturing cellars it has carved into "
    "the limestone cliff overlooking the village, so as to raise output of aged Vallon cheese "
    "by 40%. Two new galleries, 180 metres long in total, will be created at a projected cost "
    "of 3.6 million euros. The cooperative, made up of 46 dairy farms, said it had applied for a "
    "regional subsidy to pay for a quarter of the bill. According to its president, Odile "
    "Ferrand, export demand has doubled over five years, and the current cellars are full. "
    "Geologists who examined the cliff concluded that the digging poses no danger to the homes "
    "beneath. Work should start in spring and take a year and a half.",
    errors=[
        err("46 dairy farms", "number", "minor", "64 dairy farms"),
        err("had applied for", "event", "major", "had received"),
    ],
    traps=[
        trap("maturing cellars", "ripening caves"),
        trap("poses no danger to the homes beneath", "presents no risk to the houses below"),
        trap("a year and a half", "eighteen months"),
    ],
)

case(
    "goat dairy recall", "translation", "consistent",
    "The Ministry of Health has ordered the recall of fresh goat's cheese produced by the "
    "Hermanos Lledo dairy in Villaseca after listeria was detected in a batch during a routine "
    "inspection. The affected products are 250-gram packs with the batch number L-2291 and a "
    "best-before date of 18 June. The company, which distributes to supermarkets in three "
    "provinces, said it had stopped production voluntarily and was cooperating with the "
    "authorities. No cases of illness linked to the product have been reported so far. The "
    "ministry advises consumers who have bought the cheese not to eat it and to return it to "
    "the place of purchase, where they will receive a refund. Pregnant women and older people "
    "are particularly vulnerable to listeria.",
    "The Health Ministry has ordered fresh goat's cheese from the Lledo Brothers dairy of "
    "Villaseca to be withdrawn from sale, after a routine check found listeria in one batch. The "
    "recall concerns 250 g packs from batch L-2291 marked 'best before 18 June'. The dairy, "
    "which supplies supermarkets in three provinces, says it has halted production of its own "
    "accord and is working with the authorities. To date, there have been no reports of anyone "
    "falling ill after eating the product. Anyone who has bought the cheese is advised by the "
    "ministry not to consume it but to take it back to the shop for a refund. Listeria poses a "
    "particular danger to pregnant women and the elderly.",
    traps=[
        trap("the Lledo Brothers dairy", "the Hermanos Lledo dairy"),
        trap("250 g packs", "250-gram packs"),
        trap("of its own accord", "voluntarily"),
        trap("To date, there have been no reports of anyone falling ill after eating the product",
             "No cases of illness linked to the product have been reported so far"),
        trap("the elderly", "older people"),
    ],
)

case(
    "bridge toll abolition", "translation", "inconsistent",
    "The toll on the Ponte Sarrel, which links the city of Alvena to the island of Merco, will "
    "be abolished on 1 January, the regional government announced on Tuesday. Drivers "
    "currently pay 2.80 euros per crossing, and about 21,000 vehicles use the bridge each day. "
    "The concession held by the operator Travessia Norte expires at the end of the year and "
    "will not be renewed. The region will take over maintenance of the bridge, which it "
    "estimates will cost 4 million euros annually. The president of the regional government, "
    "Helena Amaral, said the decision would end an injustice for island residents, who must "
    "cross the bridge to reach the hospital and most secondary schools. Lorries will also be "
    "exempt from the toll.",
    "From 1 January there will be no more toll on the Sarrel Bridge between Alvena and the "
    "island of Merco, the regional executive said on Tuesday. At present each crossing costs "
    "motorists €2.80, and roughly 21,000 vehicles use the bridge daily. Travessia Norte's "
    "concession runs out at the end of the year and is not being renewed. Maintenance, which "
    "the region puts at 4 million euros a year, will become its responsibility. Regional "
    "president Helena Amaral said scrapping the charge would end an injustice for islanders, "
    "who have to cross the bridge to get to hospital and to most secondary schools. Lorries, "
    "however, will continue to pay.",
    errors=[
        err("will continue to pay", "polarity", "major", "will also be exempt from the toll"),
    ],
    traps=[
        trap("the Sarrel Bridge", "the Ponte Sarrel"),
        trap("runs out", "expires"),
    ],
)

case(
    "oyster bed closure", "translation", "consistent",
    "The prefecture has temporarily banned the harvesting and sale of oysters from the Kerlann "
    "bay after norovirus was found in samples taken last week. The ban affects 37 oyster farms "
    "and will remain in force until two consecutive series of tests, carried out at least seven "
    "days apart, show no trace of the virus. According to the prefecture, the contamination is "
    "probably linked to heavy rainfall that caused the sewage network of the town of "
    "Pont-Kerlann to overflow. Oysters already sold before the ban are not subject to a recall. "
    "The oyster farmers' committee estimates that each week of closure costs the sector around "
    "300,000 euros and has asked the state for emergency aid.",
    "The prefecture has put a temporary stop to the harvesting and sale of oysters from "
    "Kerlann bay after samples taken last week tested positive for norovirus. The 37 farms concerned will not be allowed to resume until two successive "
    "rounds of testing, at least a week apart, find no trace of the virus. The prefecture "
    "believes the contamination most likely stems from heavy rain that made the Pont-Kerlann "
    "sewers overflow. There is no recall of oysters sold before the ban came in. Every week of "
    "closure costs the industry about 300,000 euros, according to an estimate by the oyster "
    "farmers' committee, which has requested emergency state aid.",
    traps=[
        trap("has put a temporary stop to", "has temporarily banned"),
        trap("two successive rounds of testing", "two consecutive series of tests"),
        trap("at least a week apart", "at least seven days apart"),
        trap("most likely stems from", "is probably linked to"),
    ],
)

case(
    "sheep dip pollution", "translation", "inconsistent",
    "Natural Resources Agency officers are investigating the death of thousands of fish in the "
    "Afon Dulas after a chemical used in sheep dip was detected in the water. The pollution was "
    "reported on Saturday by a walker who saw dead trout along a stretch of about four "
    "kilometres below the village of Llanfechan. Tests confirmed the presence of cypermethrin, "
    "an insecticide that is highly toxic to aquatic life even in very small amounts. The agency "
    "believes the chemical came from a farm near the river but has not yet identified its "
    "source. Farmers in the area have been asked to check their dipping facilities and to "
    "dispose of used dip only on approved land. Anyone found responsible could be prosecuted.",
    "Officers from the Natural Resources Agency have opened an inquiry into the deaths of "
    "thousands of fish in the Afon Dulas, where a sheep-dip chemical has been found in the "
    "water. A walker raised the alarm on Saturday after spotting dead trout along roughly four "
    "kilometres of river below the village of Llanddulas. Testing confirmed cypermethrin, an "
    "insecticide that is extremely poisonous to aquatic life. The agency thinks the chemical "
    "came from a farm close to the river, though it has still to pinpoint the source. Local "
    "farmers have been asked to inspect their dipping facilities and to get rid of used dip "
    "only on approved land. Whoever is found to be responsible may face prosecution.",
    errors=[
        err("Llanddulas", "entity", "major", "Llanfechan"),
        err("", "omission", "minor", "even in very small amounts",
            after="extremely poisonous to aquatic life"),
    ],
    traps=[
        trap("has still to pinpoint the source", "has not yet identified its source"),
        trap("may face prosecution", "could be prosecuted"),
    ],
)

case(
    "highway rest area closures", "translation", "consistent",
    "The federal road authority will close eleven rest areas along the Nordring motorway "
    "between Kallstadt and Bernried by the end of next year, a spokesman for the authority "
    "confirmed on Monday. The facilities, most of which were built in the 1970s, no longer meet "
    "current safety standards and would be too expensive to modernise. In their place, four "
    "larger service areas with room for a total of 320 lorries are to be built by 2029. Road "
    "haulage associations criticised the plan, saying that drivers already struggle to find "
    "parking spaces for their legally required rest periods. The authority said the closures "
    "would be staggered, with no more than three sites shut at any one time.",
    "Eleven rest stops on the Nordring motorway between Kallstadt and Bernried are to be shut "
    "by the end of next year, a spokesperson for the federal road authority confirmed on "
    "Monday. Most date from the 1970s; they no longer comply with today's safety standards, and "
    "bringing them up to date would cost too much. They will be replaced by 2029 with four "
    "bigger service areas that together can take 320 lorries. Haulage associations have "
    "criticised the plan, arguing that drivers already have trouble finding a space to park "
    "for the rest breaks the law requires. The closures will be phased, the authority said, so "
    "that at most three sites are out of use at any time.",
    traps=[
        trap("bringing them up to date would cost too much",
             "would be too expensive to modernise"),
        trap("together can take 320 lorries", "with room for a total of 320 lorries"),
        trap("the rest breaks the law requires", "their legally required rest periods"),
        trap("at most three sites are out of use at any time",
             "no more than three sites shut at any one time"),
    ],
)

case(
    "roller coaster accident inquiry", "translation", "inconsistent",
    "The public prosecutor has opened a criminal investigation into the accident at the "
    "Avonturia amusement park in Veldhoven-Noord, where nine people were injured on Sunday when "
    "two trains on the Thunderbolt roller coaster collided at low speed. According to the park, "
    "a train entering the station ran into the back of a stationary train that was waiting at "
    "the platform. Two of the injured, a 14-year-old girl and a 52-year-old man, remain in "
    "hospital with neck injuries; the others were able to go home the same day. The Labour "
    "Inspectorate is examining whether the braking system was properly maintained. The park has "
    "closed the ride until further notice. Avonturia's director, Joost Verbeek, said the park "
    "was fully cooperating with the investigators.",
    "Prosecutors have launched a criminal inquiry into Sunday's accident at Avonturia amusement "
    "park in Veldhoven-Noord, in which two trains on the Thunderbolt roller coaster collided at "
    "low speed, injuring nine people. The park says a train standing at the platform ran into "
    "the back of a train that was pulling into the station. A 14-year-old girl and a "
    "52-year-old man are still in hospital with neck injuries, while the other seven were "
    "discharged the same day. The Labour Inspectorate is looking into whether the brakes had "
    "been maintained properly. The ride has been shut until further notice, and park director "
    "Joost Verbeek said Avonturia was cooperating fully with investigators.",
    errors=[
        err("a train standing at the platform ran into the back of a train that was pulling "
            "into the station", "role", "major",
            "a train entering the station ran into the back of a stationary train that was "
            "waiting at the platform"),
    ],
    traps=[
        trap("criminal inquiry", "criminal investigation"),
        trap("the other seven were discharged the same day",
             "the others were able to go home the same day"),
    ],
)

case(
    "hydroelectric turbine refit", "translation", "consistent",
    "The energy company Fjellkraft will replace the three turbines at the Storelv "
    "hydroelectric power station during a refit that will last about two and a half years, the "
    "company said on Thursday. The turbines have been in operation since 1964. After the "
    "upgrade, the station's output will increase from 210 to 245 megawatts, enough to supply "
    "around 12,000 additional households, without any change to the amount of water taken from "
    "the river. The project will cost 1.1 billion kroner. During the work, one turbine will "
    "remain in operation at all times so that the station can continue to produce electricity. "
    "The work is scheduled to begin in August, subject to final approval from the Water "
    "Resources Directorate.",
    "Fjellkraft said on Thursday that it would swap out all three turbines at its Storelv "
    "hydropower plant, which have been running since 1964, in a refurbishment lasting roughly "
    "30 months. Once upgraded, the plant will generate 245 megawatts instead of 210, a "
    "35-megawatt gain that can power about 12,000 more homes, while taking exactly the same "
    "amount of water from the river as now. The cost is put at 1.1 billion kroner. One turbine "
    "will stay in service at all times, so the station keeps producing power throughout the "
    "work. Work is planned to start in August, provided the Water Resources Directorate gives "
    "its final approval.",
    traps=[
        trap("roughly 30 months", "about two and a half years"),
        trap("a 35-megawatt gain", "from 210 to 245 megawatts"),
        trap("taking exactly the same amount of water from the river as now",
             "without any change to the amount of water taken from the river"),
        trap("provided the Water Resources Directorate gives its final approval",
             "subject to final approval from the Water Resources Directorate"),
    ],
)

case(
    "youth orchestra tour cancellation", "translation", "inconsistent",
    "The Youth Symphony Orchestra of Valdoro has cancelled its planned summer tour of Japan "
    "after failing to secure the necessary funding, the orchestra's management announced "
    "yesterday. The tour, which was to include eight concerts in five cities in July, would "
    "have cost around 420,000 euros, of which only 150,000 had been raised from sponsors. A "
    "contribution expected from the regional government was not included in this year's "
    "budget. The 96 musicians, aged between 16 and 24, had been preparing for the tour since "
    "last autumn. Artistic director Carla Benedetti said the orchestra would instead give a "
    "series of free concerts in the region and hoped to reschedule the tour for next year.",
    "Valdoro's Youth Symphony Orchestra has called off its summer tour of Japan because it "
    "could not raise enough money, its management said yesterday. Eight concerts in five "
    "cities had been planned for July at a total cost of about 420,000 euros. Sponsors had put "
    "up only 150,000 of that. Funding the orchestra had been counting on from the regional "
    "government was left out of this year's budget. Sponsors had put up only 150,000 of that. "
    "The 96 players, who are aged 16 to 24, had been rehearsing for the tour since last autumn. "
    "Instead, artistic director Carla Benedetti said, the orchestra will give a series of free "
    "concerts in the region, and it hopes to reschedule the tour for next year.",
    errors=[
        err("Sponsors had put up only 150,000 of that.", "repetition", "minor", None, occ=1),
    ],
    traps=[
        trap("called off", "cancelled"),
        trap("aged 16 to 24", "aged between 16 and 24"),
    ],
)


# ---------------------------------------------------------------------------
# Offsets, validation, output
# ---------------------------------------------------------------------------

class SetError(Exception):
    pass


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(hay, needle, occ, what):
    """Start offset of the occ-th occurrence of needle; occ None means it must be unique."""
    if not needle:
        raise SetError(f"{what}: empty search text")
    found = occurrences(hay, needle)
    if not found:
        raise SetError(f"{what}: {needle!r} not found")
    if occ is None:
        if len(found) != 1:
            raise SetError(f"{what}: {needle!r} occurs {len(found)} times; give occ")
        return found[0]
    if occ >= len(found):
        raise SetError(f"{what}: {needle!r} has no occurrence {occ}")
    return found[occ]


def cuts_word(text, pos):
    return 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum()


def words(text):
    return len(text.split())


def build_record(idx, c):
    rid = f"{PREFIX}-{idx:03d}"
    ref, cand = c["reference"], c["candidate"]
    what = rid
    if c["domain"] not in DOMAINS:
        raise SetError(f"{what}: unknown domain {c['domain']!r}")
    if c["mode"] not in MODES:
        raise SetError(f"{what}: bad mode")
    if c["label"] not in ("consistent", "inconsistent"):
        raise SetError(f"{what}: bad label")
    if ref == cand:
        raise SetError(f"{what}: candidate identical to reference")
    nref = words(ref)
    if not 70 <= nref <= 190:
        raise SetError(f"{what}: reference has {nref} words")
    if c["mode"] == "summary" and (words(cand) >= nref or len(cand) >= len(ref)):
        raise SetError(f"{what}: summary not shorter than reference")
    for label, t in (("reference", ref), ("candidate", cand)):
        if t != t.strip() or "  " in t or "\n" in t:
            raise SetError(f"{what}: stray whitespace in {label}")

    errors, traps, spans = [], [], []
    for e in c["errors"]:
        etype, sev = e["type"], e["severity"]
        w = f"{what} error {etype}"
        if etype not in ERROR_TYPES:
            raise SetError(f"{w}: unknown type")
        if sev not in SEVERITIES:
            raise SetError(f"{w}: bad severity")
        if etype == "omission":
            if c["mode"] == "summary":
                raise SetError(f"{w}: omission in a summary")
            if e["text"] != "" or not e["ref_text"] or not e["after"]:
                raise SetError(f"{w}: omission needs empty text, ref_text and anchor")
            start = locate(cand, e["after"], e["after_occ"], w) + len(e["after"])
            end = start
            if e["ref_text"] not in ref:
                raise SetError(f"{w}: ref_text not in reference")
            if e["ref_text"].lower() in cand.lower():
                raise SetError(f"{w}: omitted words present in candidate")
        else:
            if e["after"] is not None:
                raise SetError(f"{w}: anchor only for omissions")
            start = locate(cand, e["text"], e["occ"], w)
            end = start + len(e["text"])
            if e["text"] != e["text"].strip():
                raise SetError(f"{w}: span has outer whitespace")
            if etype in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise SetError(f"{w}: ref_text must be null")
                if etype == "addition" and e["text"].lower() in ref.lower():
                    raise SetError(f"{w}: added text occurs in reference")
                if etype == "repetition":
                    core = e["text"].rstrip(".,;:").lower()
                    if core not in cand[:start].lower():
                        raise SetError(f"{w}: no earlier copy in candidate")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    raise SetError(f"{w}: ref_text {e['ref_text']!r} not in reference")
                if e["text"] == e["ref_text"]:
                    raise SetError(f"{w}: span identical to ref_text")
        if cuts_word(cand, start) or cuts_word(cand, end):
            raise SetError(f"{w}: span cuts a word")
        errors.append({"start": start, "end": end, "text": cand[start:end], "type": etype,
                       "severity": sev, "ref_text": e["ref_text"]})
        spans.append((start, end, w))

    for t in c["traps"]:
        w = f"{what} trap {t['text']!r}"
        start = locate(cand, t["text"], t["occ"], w)
        end = start + len(t["text"])
        if t["text"] != t["text"].strip():
            raise SetError(f"{w}: span has outer whitespace")
        if t["ref_text"] not in ref:
            raise SetError(f"{w}: ref_text {t['ref_text']!r} not in reference")
        if t["text"].lower() in ref.lower():
            raise SetError(f"{w}: trap text occurs verbatim in reference")
        if cuts_word(cand, start) or cuts_word(cand, end):
            raise SetError(f"{w}: span cuts a word")
        traps.append({"start": start, "end": end, "text": cand[start:end],
                      "ref_text": t["ref_text"]})
        spans.append((start, end, w))

    spans.sort()
    for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
        if s2 < e1 or (s1 == e1 == s2 == e2):
            raise SetError(f"{what}: spans overlap: {w1} / {w2}")
        if s1 == e1 and s2 < s1 < e2:
            raise SetError(f"{what}: omission inside span {w2}")
    for s, e, w in spans:
        for s2, e2, w2 in spans:
            if s == e and s2 < s < e2:
                raise SetError(f"{what}: omission inside span {w2}")

    if c["label"] == "consistent":
        if errors:
            raise SetError(f"{what}: consistent pair with errors")
        if not 3 <= len(traps) <= 5:
            raise SetError(f"{what}: consistent pair needs 3-5 traps, has {len(traps)}")
    else:
        if not errors:
            raise SetError(f"{what}: inconsistent pair without errors")
        if len(traps) > 3:
            raise SetError(f"{what}: inconsistent pair has {len(traps)} traps")

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": c["label"], "errors": errors, "traps": traps}


def build_all():
    records = [build_record(i, c) for i, c in enumerate(CASES, 1)]
    if len(records) != 40:
        raise SetError(f"expected 40 pairs, got {len(records)}")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms) or set(doms) != set(DOMAINS):
        raise SetError("each listed domain must be used exactly once")
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    got = {}
    for r in records:
        got[(r["mode"], r["label"])] = got.get((r["mode"], r["label"]), 0) + 1
    if got != want:
        raise SetError(f"mode/label composition {got}")
    tcount = {t: 0 for t in ERROR_TYPES}
    for r in records:
        for e in r["errors"]:
            tcount[e["type"]] += 1
    if sum(tcount.values()) != 30:
        raise SetError(f"expected 30 errors, got {sum(tcount.values())}")
    short = [t for t, n in tcount.items() if n < 2]
    if short:
        raise SetError(f"error types with fewer than 2 instances: {short}")
    return records, tcount


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records, tcount = build_all()
    except SetError as exc:
        print(f"VALIDATION FAILED: {exc}", file=sys.stderr)
        return 1
    # round-trip sanity: offsets reproduce the span texts
    for r in records:
        for s in r["errors"] + r["traps"]:
            assert r["candidate"][s["start"]:s["end"]] == s["text"]
    n_traps = sum(len(r["traps"]) for r in records)
    per_err = {}
    for r in records:
        if r["label"] == "inconsistent":
            per_err[len(r["errors"])] = per_err.get(len(r["errors"]), 0) + 1
    wc = [words(r["reference"]) for r in records]
    print(f"pairs: {len(records)}  "
          f"consistent: {sum(r['label'] == 'consistent' for r in records)}  "
          f"inconsistent: {sum(r['label'] == 'inconsistent' for r in records)}")
    for m in MODES:
        print(f"  {m}: {sum(r['mode'] == m for r in records)}")
    print(f"errors: {sum(tcount.values())}  " + ", ".join(f"{t} {n}" for t, n in tcount.items()))
    print(f"inconsistent pairs by error count: {dict(sorted(per_err.items()))}")
    print(f"traps: {n_traps}  reference words: {min(wc)}-{max(wc)}")
    if check_only:
        print("check only: nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
