#!/usr/bin/env python3
"""Held-out evaluation set 29 for the fact-comparison tool.

How it was made: every pair was hand-written by a helper that saw no code or data of
the project, working only from a written brief. All people, companies, organisations,
places and figures are invented (real countries appear only as background, if at all).
Character offsets are never typed by hand: they are computed here by string search
(with an occurrence index where a quoted span repeats), and everything is validated
before set29.jsonl is written.

Composition: 40 pairs, one domain each.
  modes:  20 rewrite (10 consistent, 10 inconsistent), 10 summary (5/5), 10 translation (5/5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total (10 inconsistent pairs with 1 error, 10 with 2):
          entity 2, number 5, date 3, role 3, polarity 3, modality 3, attribution 2,
          event 3, omission 2, addition 2, repetition 2
  traps:  3-5 on every consistent pair, 1-3 on every inconsistent pair.

Usage: python3 make_set29.py          validate and write set29.jsonl next to this script
       python3 make_set29.py --check  validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

CASES = []


def E(text, type_, severity, ref_text, occ=0):
    """An error span in the candidate (ref_text None for addition/repetition)."""
    return {"text": text, "type": type_, "severity": severity, "ref_text": ref_text, "occ": occ}


def OM(after, ref_text, severity, occ=0):
    """An omission: zero-width span right after the given candidate text."""
    return {"after": after, "type": "omission", "severity": severity, "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of ref_text."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- rewrites, consistent (1/3)
add("pencil factories", "rewrite", "consistent",
    "Harwick Pencil Company said on Tuesday it will close its factory in Lowmere by the end of March, ending 112 "
    "years of pencil production in the town. The closure will affect 86 employees, about half of whom have worked "
    "at the site for more than a decade. Chief executive Dorothy Pell said rising cedar prices and falling demand "
    "from schools had made the plant unviable. Production will move to the group's larger site at Brackenford, "
    "where the company expects to create around 30 new jobs. Union officials said they would seek talks on "
    "redundancy terms before the end of the month.",
    "The Harwick Pencil Company announced on Tuesday that its Lowmere factory will shut by the end of March, "
    "bringing to a close 112 years of pencil making in the town. In all, 86 staff are affected, roughly half of "
    "whom have been at the site for over ten years. Dorothy Pell, the chief executive, blamed higher cedar costs "
    "and weaker demand from schools for making the plant unviable. Manufacturing will be transferred to "
    "Brackenford, the group's bigger site, where about 30 new jobs are expected to be created. Union officials "
    "said they would press for talks on redundancy terms before the month is out.",
    traps=[T("over ten years", "more than a decade"),
           T("higher cedar costs", "rising cedar prices"),
           T("about 30 new jobs are expected to be created", "the company expects to create around 30 new jobs"),
           T("before the month is out", "before the end of the month")])

add("school trips", "rewrite", "consistent",
    "Eastmoor County Council has suspended all overseas school trips for the spring term after a coach carrying "
    "41 pupils from Pinfold Academy broke down on a motorway near Lyon on 14 February. No one was injured, but "
    "the group waited nine hours for a replacement vehicle. Councillor Amrit Sandhu, who chairs the children's "
    "services committee, said the pause would allow officers to review the contracts held with three travel "
    "operators. Trips within the UK are not affected. Parents who have already paid deposits for cancelled "
    "journeys will be refunded in full, the council said, and a decision on summer trips is expected in April.",
    "All overseas school trips have been put on hold by Eastmoor County Council for the spring term, following "
    "the breakdown of a coach with 41 Pinfold Academy pupils on board on a motorway near Lyon on 14 February. "
    "Nobody was hurt, although the group had to wait nine hours before a replacement vehicle arrived. The pause "
    "will give officers time to review the council's contracts with three travel operators, according to Amrit "
    "Sandhu, the councillor who chairs the children's services committee. Trips within the UK can go ahead as "
    "planned. The council said parents who had already paid deposits for cancelled journeys would get all their "
    "money back, and a decision on summer trips is expected in April.",
    traps=[T("put on hold", "suspended"),
           T("Nobody was hurt", "No one was injured"),
           T("can go ahead as planned", "are not affected"),
           T("would get all their money back", "will be refunded in full")])

add("paper cups", "rewrite", "consistent",
    "Cafés in the city of Marlow Bay will be required to charge customers 25 cents for every disposable paper cup "
    "from 1 September, under a by-law approved by the municipal assembly on Thursday by 31 votes to 9. The charge "
    "does not apply to customers who bring their own reusable cup. Officials estimate that around 14 million "
    "paper cups are thrown away in the city each year, and that the levy could cut that figure by a third. "
    "Revenue from the charge will go into a fund for public drinking fountains. The Marlow Bay Hospitality "
    "Association said it opposed the measure, arguing that small cafés would bear most of the administrative cost.",
    "From 1 September, cafés in Marlow Bay must add a 25-cent charge to each disposable paper cup they hand out, "
    "after the municipal assembly voted the by-law through 31-9 on Thursday. Customers who bring a reusable cup "
    "of their own will not pay it. According to official estimates, the city throws away some 14 million paper "
    "cups a year, a total the levy could reduce by one-third. The money raised will go into a fund for public "
    "drinking fountains. The Marlow Bay Hospitality Association said it was against the measure, arguing that "
    "small cafés would shoulder most of the administrative cost.",
    traps=[T("must add a 25-cent charge to each", "will be required to charge customers 25 cents for every"),
           T("31-9", "by 31 votes to 9"),
           T("some 14 million", "around 14 million"),
           T("reduce by one-third", "cut that figure by a third"),
           T("The money raised", "Revenue from the charge")])

add("flu jabs", "rewrite", "consistent",
    "Health officials in the Northern Vale region said on Monday that 612,000 people had received a flu "
    "vaccination since the autumn campaign began on 2 October, around 58 per cent of those eligible. Uptake among "
    "care-home staff remains lower, at 39 per cent, and the regional health board has asked employers to offer "
    "vaccinations during working hours. Dr Leonie Farrant, the board's director of public health, said flu "
    "admissions were likely to peak in early January. Pharmacies will continue to offer free jabs to over-65s and "
    "people with long-term conditions until the end of February.",
    "Since the autumn campaign started on 2 October, 612,000 people in Northern Vale have been vaccinated against "
    "flu, health officials said on Monday, roughly 58% of everyone eligible. Take-up is weaker among care-home "
    "workers, at 39%, and the regional health board has asked employers to let staff get vaccinated during working "
    "hours. Flu admissions will probably peak in early January, according to Dr Leonie Farrant, the board's "
    "public health director. Free jabs will remain available at pharmacies for people over 65 and those with "
    "long-term conditions until the end of February.",
    traps=[T("roughly 58%", "around 58 per cent"),
           T("Take-up is weaker", "remains lower"),
           T("will probably peak", "were likely to peak"),
           T("people over 65", "over-65s")])
# ---------------------------------------------------------------- rewrites, consistent (2/3)
add("boarding schools", "rewrite", "consistent",
    "St Aldric's College, a boarding school in the hills above Carnford, will admit girls for the first time from "
    "September 2026, its governors announced yesterday. The school, founded in 1874, currently has 340 pupils, all "
    "boys aged 11 to 18. Headmaster Julian Crewe said the change followed a two-year consultation with parents and "
    "former pupils, and that about £4m would be spent on new boarding houses. Fees, currently £38,400 a year for "
    "full boarders, will not rise as a result of the move. Around a fifth of families responding to the "
    "consultation opposed co-education, the governors' statement acknowledged.",
    "Girls will be admitted to St Aldric's College for the first time from September 2026, the governors of the "
    "boarding school in the hills above Carnford said yesterday. Founded in 1874, the school has 340 pupils at "
    "present, all of them boys aged between 11 and 18. According to headmaster Julian Crewe, the decision came "
    "after a consultation lasting two years with parents and old boys, and roughly £4 million will go on new "
    "boarding houses. Full boarders currently pay £38,400 a year, and this will not increase because of the "
    "change. The governors' statement conceded that about 20 per cent of families who responded to the "
    "consultation were against co-education.",
    traps=[T("a consultation lasting two years", "a two-year consultation"),
           T("old boys", "former pupils"),
           T("roughly £4 million", "about £4m"),
           T("about 20 per cent", "Around a fifth")])

add("repair cafes", "rewrite", "consistent",
    "A network of volunteer-run repair cafés in the Dunmore district fixed 2,150 household items last year, "
    "keeping an estimated 9 tonnes of waste out of landfill, according to its annual report published on Friday. "
    "The network, Mend It Dunmore, now runs sessions in 11 community halls, up from seven in 2022. Toasters, lamps "
    "and vacuum cleaners were the most commonly repaired items. Coordinator Pauline Ashby said the group was short "
    "of volunteers with electrical skills and hoped to recruit at least 15 more this year. The district council "
    "provides a grant of £12,000 a year towards insurance and equipment.",
    "Mend It Dunmore, a network of repair cafés staffed by volunteers in the Dunmore district, mended 2,150 "
    "household items last year, its annual report said on Friday, keeping an estimated nine tonnes of waste out "
    "of landfill. Its sessions are now held in 11 community halls, compared with seven in 2022. The items most "
    "often repaired were toasters, lamps and vacuum cleaners. The group lacks volunteers with electrical skills, "
    "coordinator Pauline Ashby said, and hopes to take on a minimum of 15 more this year. The district council "
    "contributes £12,000 a year towards insurance and equipment.",
    traps=[T("staffed by volunteers", "volunteer-run"),
           T("nine tonnes", "9 tonnes"),
           T("compared with seven in 2022", "up from seven in 2022"),
           T("a minimum of 15 more", "at least 15 more"),
           T("contributes £12,000 a year", "provides a grant of £12,000 a year")])

add("bottle deposits", "rewrite", "consistent",
    "The government of Varnesse will introduce a deposit return scheme for plastic and glass drinks bottles in "
    "January 2027, Environment Minister Halvard Enge told parliament on Wednesday. Shoppers will pay a deposit of "
    "15 crowns per bottle, refunded when the empty container is returned to a shop or collection machine. "
    "Retailers with floor space over 200 square metres will be obliged to accept returns. The scheme is expected "
    "to raise the recycling rate for drinks containers from 62 per cent to at least 90 per cent within three "
    "years. Cans are not included in the first phase.",
    "A deposit return scheme covering plastic and glass drinks bottles will start in Varnesse in January 2027, "
    "parliament was told on Wednesday by the environment minister, Halvard Enge. Shoppers will pay a 15-crown "
    "deposit on each bottle, which they get back when they return the empty to a shop or a collection machine. "
    "Shops with more than 200 square metres of floor space must take returns. The recycling rate for drinks "
    "containers is forecast to climb from 62% to 90% or more within three years. Cans will not be part of the "
    "first phase.",
    traps=[T("parliament was told on Wednesday by the environment minister, Halvard Enge",
             "Environment Minister Halvard Enge told parliament on Wednesday"),
           T("must take returns", "will be obliged to accept returns"),
           T("is forecast to climb", "is expected to raise"),
           T("90% or more", "at least 90 per cent")])
# ---------------------------------------------------------------- rewrites, consistent (3/3)
add("outdoor nurseries", "rewrite", "consistent",
    "Applications to outdoor nurseries in the Kelsey Valley have more than doubled in two years, according to "
    "figures released by the local early-years partnership on 3 May. The partnership received 480 applications "
    "for 2025 places, compared with 210 for 2023. There are currently five outdoor settings in the valley, "
    "offering a total of 165 full-time places. Partnership chair Grace Olumide said demand was being driven "
    "partly by parents who wanted their children to spend more time in nature after the pandemic. Two further "
    "settings, at Ferrow Wood and Hallam Farm, are expected to open next spring, subject to planning approval.",
    "Applications to outdoor nurseries in the Kelsey Valley have risen more than twofold over two years, the "
    "local early-years partnership said in figures published on 3 May. It received 480 applications for places "
    "in 2025, against 210 for 2023. The valley's five existing outdoor settings offer 165 full-time places "
    "between them. Grace Olumide, who chairs the partnership, said one factor behind the demand was parents "
    "wanting their children to spend more time in nature in the wake of the pandemic. Subject to planning "
    "approval, two more settings, at Ferrow Wood and Hallam Farm, are likely to open next spring.",
    traps=[T("risen more than twofold", "more than doubled"),
           T("165 full-time places between them", "a total of 165 full-time places"),
           T("one factor behind the demand was", "demand was being driven partly by"),
           T("in the wake of the pandemic", "after the pandemic"),
           T("are likely to open", "are expected to open")])

add("property auctions", "rewrite", "consistent",
    "A former textile mill in Ashby Cross sold for £1.35m at auction on Thursday, more than double its guide "
    "price of £600,000. The four-storey building, empty since 2009, was bought by Calder Row Developments, which "
    "plans to convert it into 48 flats. Auctioneer Simon Braithwaite of Pellow & Crane said 14 bidders had "
    "registered for the lot, making it the most contested sale of the firm's year. The mill is Grade II listed, "
    "meaning any alterations to its exterior will require consent from the local authority. Completion is due "
    "within 28 days.",
    "Calder Row Developments paid £1,350,000 at auction on Thursday for a former textile mill in Ashby Cross, "
    "over twice the £600,000 guide price. The developer intends to turn the four-storey building, which has stood "
    "vacant since 2009, into 48 flats. Fourteen bidders registered for the lot, the most for any sale Pellow & "
    "Crane has held this year, said Simon Braithwaite, the firm's auctioneer. Because the mill is Grade II "
    "listed, the local authority must give consent for any changes to its exterior. The sale is due to complete "
    "within four weeks.",
    traps=[T("£1,350,000", "£1.35m"),
           T("over twice", "more than double"),
           T("has stood vacant since 2009", "empty since 2009"),
           T("Fourteen bidders", "14 bidders"),
           T("within four weeks", "within 28 days")])

add("boiler repairs", "rewrite", "consistent",
    "Housing association Greystone Homes has cleared a backlog of 1,900 outstanding boiler repairs, two months "
    "later than it had promised tenants, its board was told on Tuesday. The backlog built up last winter after "
    "the association's main heating contractor, Thermacore Services, went into administration. Director of "
    "operations Karen Whitlow said the average wait for a boiler repair had fallen from 23 days in January to "
    "four days in June. The association has since split its heating work between two contractors and employed "
    "eight in-house engineers. Tenants who were without heating for more than seven days received compensation "
    "of £150.",
    "Greystone Homes' board heard on Tuesday that the housing association had cleared its backlog of 1,900 "
    "outstanding boiler repairs, two months behind the date it had promised tenants. The backlog grew last "
    "winter when Thermacore Services, its main heating contractor, went into administration. The average wait "
    "for a boiler repair dropped from 23 days in January to four in June, according to Karen Whitlow, the "
    "director of operations. Heating work has since been divided between two contractors, and eight engineers "
    "have been taken on in-house. Compensation of £150 was paid to tenants left without heating for over a week.",
    traps=[T("board heard on Tuesday", "board was told on Tuesday"),
           T("two months behind the date it had promised tenants", "two months later than it had promised tenants"),
           T("eight engineers have been taken on in-house", "employed eight in-house engineers"),
           T("over a week", "more than seven days")])
# ---------------------------------------------------------------- rewrites, inconsistent (1/2)
add("zero-hours contracts", "rewrite", "inconsistent",
    "The number of workers on zero-hours contracts in the Calloway region rose to 38,000 in the year to March, "
    "up 12 per cent on the previous year, according to the regional statistics office. Hospitality and social "
    "care together accounted for almost two-thirds of the total. Workers aged 16 to 24 were three times as "
    "likely as older employees to be on such contracts. The regional assembly's economy committee will hold an "
    "inquiry into insecure work in the autumn, chair Bronwen Tate said, and has invited employers and unions to "
    "give evidence.",
    "According to the regional statistics office, 38,000 workers in the Calloway region were on zero-hours "
    "contracts in the year to March, a rise of 21 per cent on the year before. Nearly two-thirds of them worked "
    "in hospitality and social care. Those aged 16 to 24 were three times as likely as older employees to be on "
    "such contracts. An inquiry into insecure work will be held by the regional assembly's economy committee, its "
    "chair Bronwen Tate said, and employers and unions have been invited to give evidence.",
    errors=[E("21 per cent", "number", "major", "12 per cent"),
            OM("economy committee", "in the autumn", "minor")],
    traps=[T("Nearly two-thirds", "almost two-thirds")])

add("adult education", "rewrite", "inconsistent",
    "Brindle Community College will take over the running of adult education classes from Hartfield Borough "
    "Council in September, after the council voted to outsource the service to save money. The college will run "
    "around 140 evening and weekend courses, including languages, pottery and basic IT, at eight venues across "
    "the borough. Course fees will be frozen for the first year. Council leader Martin Oyelaran said the transfer "
    "would save the authority about £310,000 a year. The 26 tutors currently employed by the council will move "
    "to the college on their existing terms.",
    "Adult education classes in Hartfield will be run by Brindle Community College from September, after the "
    "borough council voted to outsource the service as a cost-saving measure. Around 140 evening and weekend "
    "courses, among them languages, pottery and basic IT, will be offered at eight venues across the borough. "
    "There will be no increase in course fees for the first year. The transfer will save the council roughly "
    "£310,000 a year, according to its leader, Martin Oyelaran. The 26 tutors currently employed by the college "
    "will move to the council on their existing terms.",
    errors=[E("college will move to the council", "role", "major", "council will move to the college")],
    traps=[T("There will be no increase in course fees", "Course fees will be frozen"),
           T("roughly £310,000", "about £310,000")])

add("air purifiers", "rewrite", "inconsistent",
    "Primary schools in the city of Orlen could receive portable air purifiers for every classroom under a pilot "
    "proposed by the city's education department on Monday. The department wants to install 600 units in 40 "
    "schools before the start of the winter term, at a cost of about €420,000. Air quality monitoring last year "
    "found carbon dioxide levels above recommended limits in a third of classrooms tested. The proposal must be "
    "approved by the city council, which meets on 19 June. Teachers' union representative Ilse Varga welcomed "
    "the plan but said better ventilation of buildings should remain the priority.",
    "Every classroom in Orlen's primary schools will get a portable air purifier under a pilot put forward by "
    "the city's education department on Monday. The department aims to fit 600 units in 40 schools by the end "
    "of the winter term, at a cost of roughly €420,000. Last year's air quality monitoring found carbon dioxide "
    "above recommended limits in one in three of the classrooms tested. The plan needs the approval of the city "
    "council, which meets on 19 June. Ilse Varga, representing the teachers' union, welcomed it but said "
    "improving ventilation in buildings should stay the priority.",
    errors=[E("will get", "modality", "major", "could receive"),
            E("by the end of the winter term", "date", "major", "before the start of the winter term")],
    traps=[T("one in three", "a third"),
           T("needs the approval of the city council", "must be approved by the city council")])

add("building societies", "rewrite", "inconsistent",
    "The Pennine Vale Building Society has raised its standard variable mortgage rate by 0.25 percentage points "
    "to 6.74 per cent, affecting around 18,000 borrowers. The change takes effect on 1 August. Chief executive "
    "Rosalind Hume said the society had held off raising rates for as long as possible but could no longer absorb "
    "higher funding costs. Savers will see rates on most easy-access accounts rise by the same amount. Housing "
    "charity Shelterline said the increase would add about £30 a month to a typical repayment and urged "
    "struggling borrowers to seek advice early.",
    "From 1 August, the Pennine Vale Building Society's standard variable mortgage rate will go up by a quarter "
    "of a percentage point to 6.74%, a change that affects some 18,000 borrowers. The society had delayed raising "
    "rates for as long as it could but was no longer able to absorb higher funding costs, chief executive "
    "Rosalind Hume said, adding that the increase would add about £30 a month to a typical repayment. Rates on "
    "most easy-access savings accounts will rise by the same margin. The housing charity Shelterline urged "
    "borrowers who are struggling to seek advice early.",
    errors=[E("adding that the increase would add about £30 a month to a typical repayment", "attribution",
              "major", "Shelterline said the increase would add about £30 a month to a typical repayment")],
    traps=[T("a quarter of a percentage point", "0.25 percentage points"),
           T("some 18,000", "around 18,000")])

add("rent arrears", "rewrite", "inconsistent",
    "Almost one in ten council tenants in Redgate are more than a month behind with their rent, a report to the "
    "borough's housing committee shows. Arrears totalled £4.6m at the end of June, up from £3.9m a year earlier. "
    "The report says the rise is not mainly due to tenants who refuse to pay, but to the cost of living and "
    "delays in benefit payments. The council has hired four additional tenancy support officers and will not "
    "pursue evictions against tenants who agree a repayment plan. Committee chair Leon Fairbairn said the "
    "authority wanted to keep families in their homes.",
    "Nearly 10 per cent of Redgate's council tenants are over a month behind with their rent, a report to the "
    "borough's housing committee shows. Arrears stood at £4.6m at the end of June, a rise of £1.7m on a year "
    "earlier. According to the report, the increase is mainly down to tenants who refuse to pay, rather than to "
    "the cost of living and delays in benefit payments. The council has taken on four extra tenancy support "
    "officers and will not seek evictions against tenants who agree a repayment plan. Leon Fairbairn, who chairs "
    "the committee, said the authority wanted to keep families in their homes.",
    errors=[E("£1.7m", "number", "major", "up from £3.9m a year earlier"),
            E("is mainly down to tenants who refuse to pay", "polarity", "critical",
              "is not mainly due to tenants who refuse to pay")],
    traps=[T("Nearly 10 per cent", "Almost one in ten"),
           T("over a month behind", "more than a month behind")])
# ---------------------------------------------------------------- rewrites, inconsistent (2/2)
add("prefab schools", "rewrite", "inconsistent",
    "Thirty-two prefabricated classroom blocks erected in the 1970s at schools across Wexcombe County are to be "
    "replaced over the next five years, the county's education cabinet member Sarah Quill announced on Friday. "
    "Surveys found that 19 of the blocks had roof or structural defects, and three were closed last term as a "
    "precaution. The replacement programme will cost an estimated £58m, with £35m coming from a national school "
    "rebuilding fund. Pupils will be taught in temporary modular units while work is carried out. Work at the "
    "first six schools is due to begin next summer.",
    "Wexcombe County will replace 32 prefabricated classroom blocks put up at its schools in the 1970s over the "
    "coming five years, Sarah Quill, the county's cabinet member for education, said on Friday. Nineteen of the "
    "blocks were found by surveys to have roof or structural defects, and three were shut last term as a "
    "precaution. The programme is estimated to cost £58m, with £35m coming from a national school rebuilding "
    "fund. While the work takes place, pupils will be taught in temporary modular units. Building at the first "
    "six schools is due to start next summer, with £35m coming from a national school rebuilding fund.",
    errors=[E("with £35m coming from a national school rebuilding fund", "repetition", "minor", None, occ=1)],
    traps=[T("over the coming five years", "over the next five years"),
           T("Nineteen of the blocks were found by surveys", "Surveys found that 19 of the blocks"),
           T("shut", "closed")])

add("food waste apps", "rewrite", "inconsistent",
    "Leftly, a food waste app that lets cafés and supermarkets sell surplus food at a discount, has raised €6m "
    "from investors led by Norvik Capital. The Copenhagen-based start-up said it had 410,000 active users and "
    "partnerships with 2,300 outlets in Denmark and Sweden. Co-founder Maja Stenholt said the funding would be "
    "used to launch in Germany next year and to hire 40 staff. Leftly says its users rescued 1.8 million meals "
    "from being thrown away in 2024. The company has not yet made a profit and does not expect to do so before 2027.",
    "Copenhagen start-up Leftly, whose app allows cafés and supermarkets to sell off surplus food cheaply, has "
    "secured €6m in a funding round led by Norvik Capital. The company said it had 410,000 active users and "
    "partnerships with 2,300 outlets across Denmark and Norway. The money will pay for a move to Germany next "
    "year and the hiring of 40 staff, co-founder Maja Stenholt said. According to Leftly, its users saved 1.8 "
    "million meals from the bin in 2024. It has yet to turn a profit and does not expect to before 2027.",
    errors=[E("Norway", "entity", "major", "Sweden"),
            E("a move to Germany", "event", "major", "launch in Germany")],
    traps=[T("has secured €6m in a funding round led by Norvik Capital",
             "has raised €6m from investors led by Norvik Capital"),
           T("has yet to turn a profit", "has not yet made a profit")])

add("holiday camps", "rewrite", "inconsistent",
    "Sunfield Holidays will reopen its former holiday camp at Brenmouth in May after a £22m refurbishment, the "
    "company confirmed on Wednesday. The site, which closed in 2019, will have 350 chalets, an indoor pool and a "
    "theatre. Sunfield expects to employ around 260 seasonal staff and 45 permanent staff at the camp. Managing "
    "director Colin Ferris said advance bookings for the summer were ahead of the company's forecasts. Local "
    "councillors have welcomed the reopening but residents have raised concerns about traffic on the coast road.",
    "Sunfield Holidays confirmed on Wednesday that its old holiday camp at Brenmouth will reopen in May following "
    "a £22m refurbishment. The site, shut since 2019, will offer 350 chalets, an indoor pool and a theatre. The "
    "company expects to take on about 260 seasonal and 45 permanent staff there, making the camp the biggest "
    "employer in Brenmouth. Advance bookings for the summer are running ahead of the company's forecasts, "
    "according to managing director Colin Ferris. While local councillors have welcomed the reopening, residents "
    "have raised worries about traffic on the coast road.",
    errors=[E("making the camp the biggest employer in Brenmouth", "addition", "major", None)],
    traps=[T("shut since 2019", "which closed in 2019"),
           T("about 260", "around 260")])

add("stationery", "rewrite", "inconsistent",
    "Office supplies retailer Papercraft Direct will close 17 of its 64 shops by the end of January, the company "
    "said on Monday, after sales fell by 9 per cent in the year to October. About 150 jobs are at risk, although "
    "the company hopes to redeploy some staff to its remaining stores. Chief executive Nadia Fenwick said "
    "shoppers were increasingly buying stationery online, where Papercraft's sales grew by 14 per cent. The "
    "company will also reduce the size of its head office in Dunstan. The closures follow a review of the store "
    "estate launched in March.",
    "Papercraft Direct, the office supplies retailer, said on Monday it would shut 17 of its 64 shops by the end "
    "of January after a 9% fall in sales over the year to September. Around 150 jobs are under threat, though "
    "the company hopes to move some staff to its remaining stores. Shoppers were increasingly buying their "
    "stationery online, where Papercraft's sales were up 14%, chief executive Nadia Fenwick said. Its head "
    "office in Dunstan will also be scaled down. The closures follow a review of the store estate that began in "
    "March.",
    errors=[E("September", "date", "minor", "October")],
    traps=[T("under threat", "at risk"),
           T("will also be scaled down", "will also reduce the size of"),
           T("that began in March", "launched in March")])

add("graduate jobs", "rewrite", "inconsistent",
    "Graduate vacancies at large employers in Tarland fell by 8 per cent this year, the first decline since 2020, "
    "according to a survey of 180 firms by the Institute of Graduate Recruiters. The average starting salary "
    "rose to 31,500 marks, an increase of 3 per cent. Finance and engineering firms cut vacancies most sharply, "
    "while public-sector recruitment was broadly unchanged. Institute chief executive Omar Shadid said employers "
    "might recruit more graduates next year if economic conditions improved, but warned that competition for "
    "places would remain intense.",
    "Large employers in Tarland cut graduate vacancies by 18 per cent this year, the first fall since 2020, a "
    "survey of 180 firms by the Institute of Graduate Recruiters has found. Average starting pay went up 3 per "
    "cent to 31,500 marks. The sharpest cuts came at finance and engineering firms, while recruitment in the "
    "public sector was little changed. Omar Shadid, the institute's chief executive, said employers would take on "
    "more graduates next year as economic conditions improved, though he warned that competition for places "
    "would stay intense.",
    errors=[E("18 per cent", "number", "major", "8 per cent"),
            E("would take on more graduates next year as economic conditions improved", "modality", "major",
              "might recruit more graduates next year if economic conditions improved")],
    traps=[T("went up 3 per cent", "an increase of 3 per cent"),
           T("little changed", "broadly unchanged")])
# ---------------------------------------------------------------- summaries, consistent
add("apprenticeship levy", "summary", "consistent",
    "Employers in the Moravale region spent only 61 per cent of the apprenticeship levy funds available to them in "
    "the last financial year, leaving £48m unused, according to a report by the regional skills board published "
    "on Thursday. Unspent funds are returned to the national treasury after 24 months. The report found that small "
    "businesses, which do not pay the levy but can draw on transfers from larger firms, received just 7 per cent "
    "of the total. Apprenticeship starts in the region fell to 11,200, down from 12,900 the previous year, with "
    "the steepest falls in construction and hospitality. Skills board chair Fiona Gallacher called for employers "
    "to be allowed to spend up to half of their levy funds on shorter training courses, a change she said could "
    "increase take-up. The national government said it was reviewing the scheme and would report by the end of "
    "the year.",
    "Moravale employers used just 61% of their available apprenticeship levy funds last financial year, leaving "
    "£48m unspent, a regional skills board report said on Thursday. Apprenticeship starts dropped from 12,900 to "
    "11,200, with construction and hospitality hit hardest. Board chair Fiona Gallacher wants firms to be allowed "
    "to put up to half their levy funds towards shorter training courses, which she said could boost take-up; "
    "the national government says it is reviewing the scheme and will report by the end of the year.",
    traps=[T("used just 61%", "spent only 61 per cent"),
           T("dropped from 12,900 to 11,200", "fell to 11,200, down from 12,900"),
           T("hit hardest", "the steepest falls"),
           T("could boost take-up", "could increase take-up")])

add("student exchanges", "summary", "consistent",
    "The University of Castlereach will resume its student exchange programme with partner universities in Japan "
    "and South Korea next autumn, three years after it was suspended during the pandemic. Around 120 "
    "undergraduates a year are expected to take part, spending either one semester or a full academic year "
    "abroad. The university will cover tuition at the host institution, while students will be eligible for "
    "travel grants of up to £2,000. Pro-vice-chancellor Dr Helen Marsh said the programme had been one of the "
    "university's most popular before 2020 and that demand from current students was strong. The university is "
    "also in talks with two institutions in Taiwan about joining the scheme, although no agreement has yet been "
    "signed.",
    "Castlereach University's exchange programme with partners in Japan and South Korea will restart next autumn "
    "after a three-year pandemic suspension, with about 120 undergraduates a year likely to go abroad for a "
    "semester or a whole academic year. Castlereach will pay their tuition at host universities, and students "
    "qualify for travel grants of as much as £2,000. Talks with two Taiwanese institutions are under way, but "
    "nothing has been signed yet.",
    traps=[T("about 120 undergraduates a year likely to go abroad",
             "Around 120 undergraduates a year are expected to take part"),
           T("Castlereach will pay their tuition at host universities",
             "The university will cover tuition at the host institution"),
           T("as much as £2,000", "up to £2,000"),
           T("nothing has been signed yet", "no agreement has yet been signed")])

add("straw bale houses", "summary", "consistent",
    "A housing co-operative in the village of Elmsworth has completed what it says is the largest group of straw "
    "bale homes in the country, with 14 two- and three-bedroom houses built around a shared garden. The homes, "
    "which took 22 months to build, use locally grown wheat straw for insulation inside timber frames, finished "
    "with lime render. The Elmsworth Earth Homes Co-operative said residents' heating bills were expected to be "
    "around 70 per cent lower than in a typical new-build home. The project cost £3.9m, part-funded by a £1.1m "
    "loan from the regional housing fund. Members contributed about 6,000 hours of their own labour. Building "
    "inspector reports found the homes met all current fire-safety standards. Eight of the households moved in "
    "last month; the rest are due to move in by Christmas.",
    "Fourteen straw bale homes, which the Elmsworth co-operative behind them says are the country's largest such "
    "group, have been completed. Built over 22 months with locally grown wheat straw inside timber frames, they "
    "cost £3.9m, part of it covered by a £1.1m loan from the regional housing fund, and heating bills are "
    "expected to be roughly 70% below those of a typical new-build, the co-operative said. Eight households have "
    "moved in and the others should follow by Christmas.",
    traps=[T("Fourteen", "14"),
           T("roughly 70% below", "around 70 per cent lower"),
           T("part of it covered by a £1.1m loan", "part-funded by a £1.1m loan"),
           T("should follow by Christmas", "are due to move in by Christmas")])
add("tenant unions", "summary", "consistent",
    "Members of the Greyfriars Tenants' Union in the city of Hollinsford have voted to begin a rent strike from "
    "1 March unless their landlord, Castlegate Property Group, agrees to carry out repairs at three tower blocks. "
    "The union says 230 households have signed up to withhold rent, which would be paid into a separate bank "
    "account until the dispute is resolved. Residents have complained of damp, broken lifts and unreliable "
    "heating for more than two years. Castlegate said in a statement that it had spent £1.4m on maintenance at "
    "the blocks since 2022 and had offered to meet union representatives next week. The city council said it had "
    "no power to intervene directly but urged both sides to negotiate.",
    "Hollinsford's Greyfriars Tenants' Union has voted for a rent strike from 1 March unless Castlegate Property "
    "Group agrees to repair three tower blocks where residents have complained of damp, broken lifts and "
    "unreliable heating for over two years; the union says 230 households have signed up. Castlegate says it has "
    "spent £1.4m on upkeep at the blocks since 2022 and has offered talks with union representatives next week.",
    traps=[T("agrees to repair three tower blocks", "agrees to carry out repairs at three tower blocks"),
           T("over two years", "more than two years"),
           T("upkeep", "maintenance"),
           T("has offered talks with union representatives", "had offered to meet union representatives")])

add("university fees", "summary", "consistent",
    "Annual tuition fees for domestic undergraduates at public universities in Aldria will rise from 4,200 to "
    "4,600 dinars from the 2026 academic year, the education ministry announced on Tuesday. It is the first "
    "increase since 2017. Students from households with an income below 30,000 dinars will continue to pay no "
    "fees, a group the ministry says makes up about a quarter of undergraduates. Education Minister Pavel Ristic "
    "said universities faced a funding gap of 210 million dinars and that the rise would cover roughly half of "
    "it. The national students' union called the decision a betrayal and announced a protest outside parliament "
    "on 12 October. Fees for international students are set by universities individually and are not affected.",
    "Public universities in Aldria will charge domestic undergraduates 4,600 dinars a year from the 2026 academic "
    "year, up from 4,200, in the first fee rise since 2017. Students whose household income is under 30,000 "
    "dinars, around a quarter of undergraduates by the ministry's estimate, will still pay nothing. The minister "
    "said the increase would plug about half of a 210 million-dinar funding gap; the students' union plans a "
    "protest outside parliament on 12 October.",
    traps=[T("in the first fee rise since 2017", "It is the first increase since 2017"),
           T("by the ministry's estimate", "the ministry says"),
           T("will still pay nothing", "will continue to pay no fees"),
           T("plug about half of", "cover roughly half of")])

# ---------------------------------------------------------------- summaries, inconsistent
add("gig economy", "summary", "inconsistent",
    "A tribunal in the city of Port Ellery has ruled that 1,150 couriers working for delivery app Zipto should be "
    "classed as workers rather than self-employed contractors, entitling them to holiday pay and the minimum "
    "wage. The case was brought by the Couriers' Alliance union on behalf of 34 riders. Zipto said it would "
    "appeal against the decision, arguing that couriers valued the flexibility to choose their own hours. The "
    "union estimates that back pay owed to couriers could reach 2.3 million crowns. Employment lawyer Ruth "
    "Okafor said the ruling was likely to encourage similar claims against other platforms. Zipto has 60 days "
    "to lodge its appeal.",
    "A Port Ellery tribunal has found that 1,150 couriers working for Zipto are workers, not self-employed "
    "contractors, and so are entitled to holiday pay and the minimum wage, in a case brought by 34 riders on "
    "behalf of the Couriers' Alliance union. The union puts potential back pay at up to 23 million crowns. "
    "Zipto, which says couriers value choosing their own hours, plans to appeal and has 60 days to do so.",
    errors=[E("brought by 34 riders on behalf of the Couriers' Alliance union", "role", "major",
              "brought by the Couriers' Alliance union on behalf of 34 riders"),
            E("23 million crowns", "number", "major", "2.3 million crowns")],
    traps=[T("plans to appeal", "would appeal")])

add("measles outbreaks", "summary", "inconsistent",
    "Health authorities in the Dorrin province have confirmed 87 cases of measles since early April, the largest "
    "outbreak in the province for more than a decade. Most cases involve children under ten who had not received "
    "both doses of the MMR vaccine. Provincial health officer Dr Samuel Achebe said there had been no deaths, but "
    "19 patients had needed hospital treatment. Vaccination clinics will open at weekends at 12 health centres "
    "from Saturday. Officials said the outbreak was not yet under control and urged parents to check their "
    "children's records. Schools will remain open.",
    "Dorrin province has confirmed 87 measles cases since early April, its biggest outbreak in over ten years, "
    "mostly among under-tens who had not had both MMR doses. Nobody has died, though 19 patients have needed "
    "hospital treatment. Officials say the outbreak is now under control, but clinics at 12 health centres will "
    "open at weekends from Saturday, and schools are staying open.",
    errors=[E("the outbreak is now under control", "polarity", "critical", "the outbreak was not yet under control")],
    traps=[T("over ten years", "more than a decade"),
           T("Nobody has died", "there had been no deaths"),
           T("under-tens", "children under ten")])

add("asthma inhalers", "summary", "inconsistent",
    "Pharmacies in the Lorne Valley health district will begin collecting used asthma inhalers for recycling next "
    "month, in a scheme run by the district health board with manufacturer Altavent Pharma. Inhalers thrown away "
    "with household waste can release propellant gases that contribute to global warming. The scheme will start "
    "at 45 pharmacies, with plans to extend it to all 130 in the district by the end of next year. Patients "
    "returning inhalers will not be charged. Respiratory nurse Tara Gilchrist, of Kilbride Hospital, said around "
    "400,000 inhalers are prescribed in the district each year, but fewer than 5 per cent are currently recycled. "
    "The health board said it would also encourage doctors to prescribe lower-carbon dry powder inhalers where "
    "appropriate.",
    "Used asthma inhalers will be collected for recycling at Lorne Valley pharmacies from next month under a "
    "scheme run by the district health board and manufacturer Altavent Pharma, cutting emissions by an estimated "
    "500 tonnes of carbon a year. It will start at 45 pharmacies, with plans to cover all 130 by the end of next "
    "year, and is free for patients. Respiratory nurse Tara Gilchrist of Altavent Pharma said fewer than 5% of "
    "the roughly 400,000 inhalers prescribed in the district each year are recycled.",
    errors=[E("cutting emissions by an estimated 500 tonnes of carbon a year", "addition", "major", None),
            E("Altavent Pharma", "entity", "major", "Kilbride Hospital", occ=1)],
    traps=[T("is free for patients", "Patients returning inhalers will not be charged")])

add("wood stoves", "summary", "inconsistent",
    "Sales of wood-burning stoves in Carrick fell by 22 per cent last year, according to the Hearth Retailers' "
    "Association, as tighter emissions rules and higher fuel prices deterred buyers. The association's 95 member "
    "shops sold around 41,000 stoves, compared with 52,500 the year before. From January, all new stoves sold "
    "must meet the Clearburn emissions standard, which limits particulate output to 2 grams per hour. Association "
    "director Gareth Lowe said several small manufacturers had stopped production rather than redesign their "
    "models. Environmental group Clean Air Carrick welcomed the decline, saying wood burning was the country's "
    "largest source of fine particle pollution.",
    "Wood-burning stove sales in Carrick fell 22% last year as stricter emissions rules and dearer fuel put buyers "
    "off, the Hearth Retailers' Association said, with its 95 member shops selling about 41,000 against 52,500 "
    "the year before. From January all new stoves must meet the Clearburn standard, and several small "
    "manufacturers have gone out of business rather than redesign their models, according to the association's "
    "director. Clean Air Carrick welcomed the fall.",
    errors=[E("have gone out of business", "event", "major", "had stopped production")],
    traps=[T("dearer fuel", "higher fuel prices"),
           T("put buyers off", "deterred buyers"),
           T("against 52,500 the year before", "compared with 52,500 the year before")])

add("evictions", "summary", "inconsistent",
    "Court-ordered evictions in the state of New Corrin rose to 3,840 in the first half of the year, up 17 per "
    "cent on the same period last year, according to figures from the state justice department published on "
    "2 August. Most cases involved private tenants in arrears. Housing advocacy group Keystone Tenants said the "
    "increase reflected a shortage of affordable homes and called for a temporary ban on evictions during the "
    "winter months. Justice department spokesperson Lena Moravec said the department did not comment on housing "
    "policy. The state legislature is due to debate a bill on tenant protections in September.",
    "Court-ordered evictions in New Corrin climbed 17% year on year to 3,840 in the first quarter, state justice "
    "department figures show, an increase the department attributed to a shortage of affordable homes. Keystone "
    "Tenants wants evictions banned temporarily over the winter, and the state legislature is due to debate a "
    "tenant protection bill in September.",
    errors=[E("the first quarter", "date", "major", "the first half of the year"),
            E("an increase the department attributed to a shortage of affordable homes", "attribution", "major",
              "Keystone Tenants said the increase reflected a shortage of affordable homes")],
    traps=[T("climbed 17% year on year", "up 17 per cent on the same period last year"),
           T("wants evictions banned temporarily over the winter",
             "called for a temporary ban on evictions during the winter months")])

# ---------------------------------------------------------------- translations, consistent (1/2)
add("exchange programmes", "translation", "consistent",
    "The regional government of Lower Savarra announced on Wednesday that it will fund an exchange programme "
    "allowing 300 vocational students a year to complete work placements in other European countries. Each "
    "participant will receive a monthly grant of 650 euros for placements lasting between three and six months. "
    "Regional education councillor Marta Quiroga Belmonte said the programme, which will cost 2.4 million euros "
    "annually, aims to improve the employability of young people in sectors such as tourism, mechanics and "
    "healthcare. Applications will open in November through vocational training centres. Priority will be given "
    "to students from families with lower incomes.",
    "On Wednesday the Lower Savarra regional government said it would pay for an exchange scheme under which 300 "
    "vocational training students each year can do work experience in other European countries. Placements will "
    "last from three to six months, and every student taking part will get a grant of 650 euros per month. "
    "According to Marta Quiroga Belmonte, the region's councillor for education, the 2.4-million-euro-a-year "
    "programme is meant to make young people more employable in fields including tourism, mechanics and health "
    "care. Students will be able to apply from November via their vocational training centres, with preference "
    "going to those from lower-income families.",
    traps=[T("pay for", "fund"),
           T("work experience", "work placements"),
           T("from three to six months", "between three and six months"),
           T("the 2.4-million-euro-a-year programme", "which will cost 2.4 million euros annually"),
           T("preference going to those from lower-income families",
             "Priority will be given to students from families with lower incomes")])

add("hearing tests", "translation", "consistent",
    "All residents over the age of 55 in the municipality of Vellstad will be offered a free hearing test from "
    "next year, the municipal health committee decided on Monday. The tests will be carried out at four health "
    "centres and by a mobile unit visiting rural villages. Committee chairman Anders Lykke said that around one "
    "in three people over 65 has some degree of hearing loss, but that many wait up to ten years before seeking "
    "help. The programme is budgeted at 3.1 million kroner per year. Residents will receive a letter of "
    "invitation and will not need a referral from their doctor.",
    "Starting next year, everyone living in Vellstad municipality who is older than 55 will be able to have their "
    "hearing tested free of charge, following a decision by the municipal health committee on Monday. Testing "
    "will take place at four health centres, and a mobile unit will travel to rural villages. Roughly a third of "
    "people aged over 65 have some hearing loss, according to the committee's chair, Anders Lykke, yet many put "
    "off seeking help for as long as ten years. The annual budget for the scheme is 3.1 million kroner. No GP "
    "referral will be needed; residents will be sent an invitation by letter.",
    traps=[T("Roughly a third", "around one in three"),
           T("put off seeking help for as long as ten years", "wait up to ten years before seeking help"),
           T("The annual budget for the scheme is 3.1 million kroner",
             "The programme is budgeted at 3.1 million kroner per year"),
           T("No GP referral will be needed", "will not need a referral from their doctor")])

add("draught proofing", "translation", "consistent",
    "The city of Rennemont will pay for draught-proofing work in 2,000 homes occupied by elderly residents this "
    "winter, the mayor's office said on Thursday. The measures, which include sealing windows and doors and "
    "insulating letterboxes, cost an average of 900 francs per home and will be carried out free of charge by two "
    "local social enterprises. Deputy mayor Claire Aubertin said the programme could reduce heating bills by up "
    "to 15 per cent. Residents aged 70 and over who own or rent their homes can apply until 15 December. The city "
    "expects the work to create around 25 jobs for people who have been unemployed for a long time.",
    "Rennemont will fund draught-proofing this winter in 2,000 homes where older people live, the mayor's office "
    "announced on Thursday. Two local social enterprises will do the work, which includes sealing doors and "
    "windows and insulating letterboxes, at no cost to residents; on average it costs 900 francs a home. The "
    "scheme could cut heating bills by as much as 15%, said deputy mayor Claire Aubertin. Homeowners and tenants "
    "aged 70 or above have until 15 December to apply. The city anticipates that some 25 jobs will be created "
    "for the long-term unemployed.",
    traps=[T("at no cost to residents", "free of charge"),
           T("by as much as 15%", "by up to 15 per cent"),
           T("aged 70 or above", "aged 70 and over"),
           T("some 25 jobs", "around 25 jobs"),
           T("the long-term unemployed", "people who have been unemployed for a long time")])

add("loft insulation", "translation", "consistent",
    "The national energy agency of Estrovia reported on Tuesday that 46,000 homes had their lofts insulated under "
    "the government subsidy scheme in the first nine months of the year, almost double the figure for the same "
    "period last year. The subsidy covers 80 per cent of the cost, up to a maximum of 1,500 lev per household. "
    "Agency director Boyan Kirilov said the average household saved about 220 lev a year on heating after "
    "insulation. However, he warned that a shortage of qualified installers meant that waiting times in some "
    "regions had grown to four months. The scheme runs until the end of 2026.",
    "According to a report released on Tuesday by Estrovia's national energy agency, lofts in 46,000 homes were "
    "insulated with government subsidies between January and September, nearly twice as many as in the same "
    "months of last year. The subsidy pays four-fifths of the cost, capped at 1,500 lev per home. Once insulated, "
    "a household saves on average about 220 lev a year on heating, the agency's director, Boyan Kirilov, said. He "
    "cautioned, though, that because qualified installers are in short supply, people in some regions now have "
    "to wait four months. The scheme will continue until the end of 2026.",
    traps=[T("between January and September", "in the first nine months of the year"),
           T("nearly twice as many", "almost double"),
           T("four-fifths of the cost", "80 per cent of the cost"),
           T("capped at 1,500 lev per home", "up to a maximum of 1,500 lev per household")])

add("smoke control", "translation", "consistent",
    "From 1 October, burning coal and wet wood will be banned in the historic centre of the town of Kralovice, "
    "the town council decided on Friday. The smoke control zone covers about 1,200 households. Those who break "
    "the rules face fines of up to 5,000 korunas. Mayor Jana Dvorakova said that in winter, air pollution in the "
    "centre regularly exceeds legal limits, mainly because of domestic heating. The council will offer grants of "
    "up to 40,000 korunas to households that replace old boilers with heat pumps or connect to the district "
    "heating network. Dry wood and approved smokeless fuels may still be used.",
    "The Kralovice town council decided on Friday to prohibit the burning of coal and damp wood in the town's "
    "historic centre with effect from 1 October. Around 1,200 households fall within the smoke control zone, and "
    "anyone breaking the rules can be fined as much as 5,000 korunas. According to Mayor Jana Dvorakova, air "
    "pollution in the centre often goes over the legal limits in winter, largely because of home heating. "
    "Households that swap old boilers for heat pumps or connect to the district heating network will be eligible "
    "for council grants of up to 40,000 korunas. Using dry wood and approved smokeless fuels will still be allowed.",
    traps=[T("with effect from 1 October", "From 1 October"),
           T("damp wood", "wet wood"),
           T("can be fined as much as 5,000 korunas", "face fines of up to 5,000 korunas"),
           T("largely because of home heating", "mainly because of domestic heating"),
           T("will still be allowed", "may still be used")])

# ---------------------------------------------------------------- translations, inconsistent
add("timber frames", "translation", "inconsistent",
    "The Nordvik construction company Holmtre announced on Monday that it will build a factory for prefabricated "
    "timber-frame wall panels in the town of Sandvær, creating about 180 jobs. The investment is estimated at "
    "640 million kroner. Production is expected to start in the second half of 2026, with an annual capacity "
    "equivalent to 2,500 homes. Chief executive Ingrid Solbakken said that the timber will come mainly from "
    "forests within 150 kilometres of the plant. The municipality has sold the company a 12-hectare plot in an "
    "industrial area next to the harbour.",
    "On Monday the Nordvik builder Holmtre unveiled plans for a plant making prefabricated timber-frame wall "
    "panels in Sandvær, which will create some 180 jobs. The investment is put at around 640 million kroner. "
    "Output should begin in the second half of 2026, with a yearly capacity equal to 2,500 homes. Timber for the "
    "plant will come from forests no more than 150 kilometres away, according to chief executive Ingrid "
    "Solbakken. The company has bought a 12-hectare site from the municipality in an industrial zone beside the "
    "harbour.",
    errors=[OM("plant will come", "mainly", "major")],
    traps=[T("some 180 jobs", "about 180 jobs"),
           T("Output should begin", "Production is expected to start"),
           T("has bought a 12-hectare site from the municipality",
             "The municipality has sold the company a 12-hectare plot")])

add("warehouse robots", "translation", "inconsistent",
    "The logistics group Transmar will install 400 autonomous robots at its distribution centre in Valdoria by "
    "the end of the year, the company said on Thursday. The robots will move shelving units to workers, who will "
    "pick and pack orders. Operations director Luis Ferreira Campos said the investment of 35 million euros would "
    "not lead to any redundancies among the centre's 1,100 employees, and that staff would be retrained to "
    "supervise and maintain the machines. The unions said they would monitor the changes closely. The company "
    "expects the centre's capacity to increase by 40 per cent.",
    "Transmar, the logistics group, said on Thursday that it would put 400 self-driving robots into its Valdoria "
    "distribution centre before the end of the year. The robots will bring shelving units to staff, who will "
    "then pick and pack the orders. According to operations director Luis Ferreira Campos, the 35 million euro "
    "investment will result in job cuts among the 1,100 people employed at the centre, and employees will be "
    "retrained to oversee and maintain the machines. The unions said they would keep a close eye on the changes. "
    "The robots will bring shelving units to staff. Transmar expects the centre's capacity to grow by 40%.",
    errors=[E("will result in job cuts", "polarity", "critical", "would not lead to any redundancies"),
            E("The robots will bring shelving units to staff", "repetition", "minor", None, occ=1)],
    traps=[T("self-driving robots", "autonomous robots"),
           T("before the end of the year", "by the end of the year")])

add("playgroups", "translation", "inconsistent",
    "The municipality of Brecken has decided to provide free places at community playgroups for all children "
    "aged two from families receiving housing benefit, starting in January. About 260 children are expected to "
    "qualify. Each child will be entitled to 15 hours a week. Alderman Fenna de Groot said playgroups help "
    "children develop language skills before they start primary school. Parents may apply through the municipal "
    "website or at the town hall. The municipality will spend 1.2 million euros a year on the scheme, partly "
    "financed by a national subsidy.",
    "From January, Brecken municipality will offer free community playgroup places to every two-year-old whose "
    "family receives housing benefit. Around 260 children are likely to be eligible, and each one will be "
    "obliged to attend 15 hours a week. According to alderman Fenna de Groot, playgroups help children build "
    "their language skills before they begin primary school. Parents can apply on the municipal website or at "
    "the town hall. The scheme will cost the municipality 1.2 million euros annually and is partly funded by a "
    "national subsidy.",
    errors=[E("will be obliged to attend", "modality", "major", "will be entitled to")],
    traps=[T("Around 260 children are likely to be eligible", "About 260 children are expected to qualify"),
           T("1.2 million euros annually", "1.2 million euros a year")])

add("tool libraries", "translation", "inconsistent",
    "A tool library opened on Saturday in the Marbrook district of the city of Kestrel Bay, lending drills, "
    "ladders, garden equipment and more than 300 other items to residents for a small annual membership fee. The "
    "project was set up by the neighbourhood association Marbrook Together with support from the city council, "
    "which provided the premises, a former bank branch, rent-free for three years. Volunteer coordinator Aisha "
    "Rahimi said 140 people had already signed up. Members can borrow up to five items at a time for a week. "
    "Hardware chain Brightway donated tools worth 8,000 dollars.",
    "On Saturday a tool library opened its doors in Marbrook, a district of Kestrel Bay, where residents paying a "
    "modest yearly membership fee can borrow drills, ladders, gardening equipment and over 300 other items. The "
    "initiative was launched by the city council with support from the neighbourhood association Marbrook "
    "Together, which is letting it use a former bank branch rent-free for three years. According to volunteer "
    "coordinator Aisha Rahimi, 140 people have signed up already. Members may take out up to five items at once, "
    "for a week each time. Tools worth 8,000 dollars were sold to the library by the hardware chain Brightway.",
    errors=[E("launched by the city council with support from the neighbourhood association Marbrook Together",
              "role", "major", "set up by the neighbourhood association Marbrook Together with support from the city council"),
            E("were sold to the library", "event", "major", "donated")],
    traps=[T("over 300 other items", "more than 300 other items"),
           T("a modest yearly membership fee", "a small annual membership fee")])

add("sixth-form colleges", "translation", "inconsistent",
    "The education authority of the canton of Aubrac has approved plans to merge its three sixth-form colleges "
    "into a single institution with two campuses from September 2027. The merged college will have about 2,100 "
    "students and 160 teaching staff. Director of education Mathieu Roux said the merger would allow a wider "
    "choice of subjects, including Chinese and engineering, and would save around 1.5 million francs a year in "
    "administration costs. The campus at Saint-Lys will close and be converted into housing. Teachers' unions "
    "have said they will not oppose the merger provided there are no compulsory job losses.",
    "Aubrac's cantonal education authority has given the go-ahead for its two sixth-form colleges to be combined "
    "into one institution, spread over two sites, from September 2027. The new college will have around 2,100 "
    "students and 160 teachers. Education director Mathieu Roux said the merger would make a broader range of "
    "subjects possible, among them Chinese and engineering, and would cut administrative costs by roughly 1.5 "
    "million francs a year. The Saint-Lys site is to close and will be turned into housing. The teachers' unions "
    "have indicated they will not stand in the way of the merger so long as nobody is made redundant against "
    "their will.",
    errors=[E("two", "number", "major", "three")],
    traps=[T("given the go-ahead", "approved"),
           T("spread over two sites", "with two campuses"),
           T("so long as nobody is made redundant against their will",
             "provided there are no compulsory job losses")])


# ---------------------------------------------------------------- build and validate
ERROR_TYPES = {"entity", "number", "date", "role", "polarity", "modality", "attribution",
               "event", "omission", "addition", "repetition"}
SEVERITIES = {"minor", "major", "critical"}


def find_nth(hay, needle, n):
    pos = -1
    for _ in range(n + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_word(ch):
    return ch.isalnum()


def check_boundaries(text, start, end, where, problems):
    if start > 0 and is_word(text[start - 1]) and is_word(text[start]):
        problems.append(f"{where}: span starts inside a word")
    if end < len(text) and is_word(text[end - 1]) and is_word(text[end]):
        problems.append(f"{where}: span ends inside a word")


def build():
    records, problems = [], []
    for i, c in enumerate(CASES, 1):
        rid = f"s29-{i:03d}"
        ref, cand = c["reference"], c["candidate"]
        errors, traps, spans = [], [], []
        for e in c["errors"]:
            if e["type"] not in ERROR_TYPES:
                problems.append(f"{rid}: bad type {e['type']}")
            if e["severity"] not in SEVERITIES:
                problems.append(f"{rid}: bad severity {e['severity']}")
            if e["type"] == "omission":
                pos = find_nth(cand, e["after"], e["occ"])
                if pos < 0:
                    problems.append(f"{rid}: omission anchor not found: {e['after']!r}")
                    continue
                start = end = pos + len(e["after"])
                check_boundaries(cand, pos, end, f"{rid} omission anchor", problems)
                if e["ref_text"].lower() in cand.lower():
                    problems.append(f"{rid}: omitted text present in candidate: {e['ref_text']!r}")
                if c["mode"] == "summary":
                    problems.append(f"{rid}: omission in a summary")
                text = ""
            else:
                start = find_nth(cand, e["text"], e["occ"])
                if start < 0:
                    problems.append(f"{rid}: error span not found: {e['text']!r} occ {e['occ']}")
                    continue
                end = start + len(e["text"])
                text = e["text"]
                check_boundaries(cand, start, end, f"{rid} error {text!r}", problems)
                spans.append((start, end, text))
                if e["type"] == "repetition":
                    if cand.find(text) >= start:
                        problems.append(f"{rid}: repetition has no earlier copy")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    problems.append(f"{rid}: {e['type']} must have ref_text None")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    problems.append(f"{rid}: error ref_text not in reference: {e['ref_text']!r}")
            assert cand[start:end] == text
            errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                problems.append(f"{rid}: trap not found: {t['text']!r}")
                continue
            end = start + len(t["text"])
            check_boundaries(cand, start, end, f"{rid} trap {t['text']!r}", problems)
            if t["ref_text"] not in ref:
                problems.append(f"{rid}: trap ref_text not in reference: {t['ref_text']!r}")
            if t["text"] == t["ref_text"]:
                problems.append(f"{rid}: trap identical to reference wording")
            spans.append((start, end, t["text"]))
            traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                problems.append(f"{rid}: overlapping spans {a[2]!r} / {b[2]!r}")
        for e in errors:
            if e["type"] == "omission":
                for s in spans:
                    if s[0] < e["start"] < s[1]:
                        problems.append(f"{rid}: omission point inside span {s[2]!r}")
        nwords = len(re.findall(r"\S+", ref))
        if not 70 <= nwords <= 190:
            problems.append(f"{rid}: reference has {nwords} words")
        if c["mode"] == "summary" and len(cand) >= len(ref):
            problems.append(f"{rid}: summary not shorter than reference")
        if c["label"] == "consistent":
            if errors:
                problems.append(f"{rid}: consistent pair has errors")
            if not 3 <= len(traps) <= 5:
                problems.append(f"{rid}: consistent pair has {len(traps)} traps")
        elif c["label"] == "inconsistent":
            if not errors:
                problems.append(f"{rid}: inconsistent pair has no errors")
            if len(traps) > 3:
                problems.append(f"{rid}: inconsistent pair has {len(traps)} traps")
        else:
            problems.append(f"{rid}: bad label")
        if c["mode"] not in ("rewrite", "summary", "translation"):
            problems.append(f"{rid}: bad mode")
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
                        "candidate": cand, "label": c["label"],
                        "errors": sorted(errors, key=lambda x: x["start"]),
                        "traps": sorted(traps, key=lambda x: x["start"])})

    # composition
    if len(records) != 40:
        problems.append(f"{len(records)} pairs, expected 40")
    if len({r["domain"] for r in records}) != len(records):
        problems.append("domains repeat")
    modes = Counter((r["mode"], r["label"]) for r in records)
    for m, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for lab in ("consistent", "inconsistent"):
            if modes[(m, lab)] != n:
                problems.append(f"{m}/{lab}: {modes[(m, lab)]}, expected {n}")
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append(f"{sum(types.values())} errors, expected 30")
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append(f"type {t}: only {types[t]}")
    return records, problems


def main():
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    modes = Counter(r["mode"] for r in records)
    labels = Counter(r["label"] for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    ntraps = sum(len(r["traps"]) for r in records)
    print(f"OK: {len(records)} pairs; modes {dict(modes)}; labels {dict(labels)}")
    print(f"errors {sum(types.values())}: {dict(sorted(types.items()))}; traps {ntraps}")
    if "--check" in sys.argv[1:]:
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set29.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
