#!/usr/bin/env python3
"""Held-out evaluation set 97 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries
appear only as background). Character offsets are never typed by hand: they
are computed by string search (with an occurrence index where a quoted text
repeats), and everything is validated before the JSONL file is written.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total -- entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 2, event 3, omission 2, addition 2,
          repetition 2; ten inconsistent pairs carry one error, ten carry two
  traps:  3-5 per consistent pair, 1-3 per inconsistent pair
  omissions occur only in rewrite and translation pairs.

Usage:
  python3 make_set97.py           validate and write set97.jsonl
  python3 make_set97.py --check   validate only, write nothing
"""
import json
import os
import re
import sys

N = 97
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)

DOMAINS = [d.strip() for d in (
    "disability assessment backlog;tax office closures;market trader licences;"
    "building safety remediation;factory closures;interest rate decisions;"
    "farm subsidy payments;school bus contracts;mayoral budget plans;"
    "adult education colleges;library opening hours;"
    "leisure centre management contracts;grain export deals;"
    "insurance premium rises;bin collection changes;tram extension plans;"
    "pay day lending rules;nursery place funding;gp appointment waiting times;"
    "bridge weight limits;port strike negotiations;credit union lending;"
    "reservoir levels;special educational needs funding;water company fines;"
    "clean air zone charges;landslip road closures;heatwave health alerts;"
    "care home inspections;green belt development;"
    "electricity network connections;concert ticket resale rules;"
    "pension age increases;physiotherapy referrals;airport security queues;"
    "probation service staffing;jury service exemptions;youth club closures;"
    "tenant deposit schemes;cladding replacement").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, type_, severity, ref_text, occ=0, after=None, after_occ=0):
    """An error. For an omission give text="" and `after`: the candidate text
    whose end marks the point where the missing words belong."""
    return {"text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after,
            "after_occ": after_occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording in the candidate of `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})


# ---------------------------------------------------------------- cases 1-10
case("disability assessment backlog", "rewrite",
     "The Department for Work and Welfare said on Monday that the backlog of disability benefit assessments "
     "had fallen to 184,000 cases at the end of June, down from a peak of 241,000 in January. Officials "
     "attributed the reduction to the recruitment of 620 additional assessors and the reintroduction of "
     "telephone assessments for claimants with straightforward cases. However, the department acknowledged "
     "that average waiting times remain at 19 weeks, well above its target of 12 weeks. Harriet Okonedo, "
     "chief executive of the charity Access Forward, said the figures were 'a step in the right direction' "
     "but warned that thousands of claimants were still waiting more than six months for a decision. The "
     "department expects the backlog to fall below 150,000 by the end of the year, although it said this "
     "would depend on assessor retention.",
     "The number of disability benefit assessments awaiting a decision stood at 184,000 at the close of "
     "June, compared with a January peak of 241,000, the Department for Work and Welfare announced on "
     "Monday. The department credited the fall to hiring 620 more assessors and bringing back phone "
     "assessments for claimants whose cases are straightforward. It conceded, though, that claimants still "
     "wait 19 weeks on average, well over the 12-week target. Harriet Okonedo, who runs the charity Access "
     "Forward, called the figures 'a step in the right direction', but cautioned that thousands of people "
     "were still waiting longer than six months for a decision. The department anticipates that the backlog "
     "will drop under 150,000 by year-end, though it said that would hinge on keeping its assessors.",
     traps=[T("at the close of June", "at the end of June"),
            T("hiring 620 more assessors", "the recruitment of 620 additional assessors"),
            T("well over the 12-week target", "well above its target of 12 weeks"),
            T("who runs the charity Access Forward", "chief executive of the charity Access Forward"),
            T("drop under 150,000 by year-end", "fall below 150,000 by the end of the year")])

case("tax office closures", "rewrite",
     "The National Revenue Service will close 14 of its 37 regional tax offices over the next two years, "
     "moving around 1,900 staff into eight larger hubs, it announced on Thursday. The service said the "
     "changes would save 46 million pounds a year once complete and that most taxpayers now dealt with it "
     "online. Unions representing tax staff said they had not been consulted and warned that up to 400 "
     "employees could leave rather than relocate. The offices in Marbury and Eastcombe will be the first to "
     "shut, in March. A spokesperson for the service said no compulsory redundancies were planned and that "
     "staff unable to move would be offered home working where possible.",
     "The National Revenue Service announced on Thursday that it would shut 14 of its 37 regional tax "
     "offices within two years, transferring roughly 1,900 employees to eight bigger hubs. The service said "
     "the changes would save 46 million pounds annually once the programme was finished, adding that most "
     "taxpayers now contact it online. Tax staff unions said there had been no consultation and warned that "
     "as many as 900 workers might quit rather than relocate. Marbury and Eastcombe will lose their offices "
     "first, in March. A spokesperson said no compulsory redundancies were planned and that staff who could "
     "not move would be offered home working where possible.",
     errors=[E("as many as 900 workers", "number", "major", "up to 400 employees")],
     traps=[T("within two years", "over the next two years"),
            T("save 46 million pounds annually", "save 46 million pounds a year"),
            T("Marbury and Eastcombe will lose their offices first",
              "The offices in Marbury and Eastcombe will be the first to shut")])

case("market trader licences", "summary",
     "Harlow Vale District Council has approved changes to its street market licensing scheme that will see "
     "annual fees for traders rise from £780 to £910 from 1 April. The council's licensing committee voted "
     "by six votes to two in favour of the increase on Wednesday evening, after officers said the current "
     "fees did not cover the cost of inspections and waste collection. Traders selling only food grown or "
     "made within the district will receive a 25% discount. The committee also agreed to cut the waiting "
     "list for new pitches by releasing 18 pitches on Saxby Street that have been unused since the pandemic. "
     "Marcus Dell, chair of the Harlow Vale Market Traders' Association, said members accepted the need for "
     "some increase but feared that smaller stallholders would be priced out.",
     "Street traders in Harlow Vale will pay £910 a year for a licence from April, up from £780, after "
     "councillors voted 6-2 for the rise; traders selling only locally produced food get a quarter off, and "
     "18 disused Saxby Street pitches are being released. The traders' association fears smaller "
     "stallholders will be priced out.",
     traps=[T("£910 a year for a licence from April, up from £780", "rise from £780 to £910 from 1 April"),
            T("voted 6-2", "voted by six votes to two"),
            T("get a quarter off", "will receive a 25% discount"),
            T("18 disused Saxby Street pitches",
              "18 pitches on Saxby Street that have been unused since the pandemic")])

case("building safety remediation", "rewrite",
     "Fenwick Homes has agreed to pay for fire safety repairs at Carlton Point, a 16-storey residential "
     "block in Brackley, after a two-year dispute with the building's freeholder, Oakridge Estates. Under "
     "the settlement, announced on 9 May, Fenwick will fund the replacement of defective fire doors and the "
     "installation of sprinklers and a new fire alarm system, at an estimated cost of £7.4 million. "
     "Leaseholders will not be asked to contribute. Oakridge had taken Fenwick to the tribunal last year, "
     "arguing that the developer was responsible for defects dating from the original construction in 2011. "
     "Work is due to begin in September and take around 14 months. A waking watch patrol, costing residents "
     "£3,000 a week, will be withdrawn once the new alarm system has been installed.",
     "Fenwick Homes will pay for fire safety repairs at Carlton Point, a 16-storey block of flats in "
     "Brackley, ending a two-year dispute with the building's freeholder, Oakridge Estates. The settlement, "
     "made public on 9 May, commits Fenwick to funding sprinklers, a new fire alarm system and the "
     "replacement of faulty fire doors, work estimated at £7.4 million. Leaseholders will not have to "
     "contribute. The freeholder had been taken to the tribunal by Fenwick last year over defects dating "
     "from the block's construction in 2011, which it said were the developer's responsibility. Work should "
     "start in September and last about 14 months. A waking watch patrol that costs residents £3,000 a week "
     "will be withdrawn before the new alarm system is installed.",
     errors=[E("The freeholder had been taken to the tribunal by Fenwick", "role", "major",
               "Oakridge had taken Fenwick to the tribunal"),
             E("before the new alarm system is installed", "date", "major",
               "once the new alarm system has been installed")],
     traps=[T("made public on 9 May", "announced on 9 May"),
            T("faulty fire doors", "defective fire doors")])

case("factory closures", "translation",
     "The tyre manufacturer Nortecaucho will close its plant in Torrealba del Cerro at the end of the year, "
     "putting 640 jobs at risk, the company confirmed on Tuesday. Management blamed falling demand from "
     "European car makers and energy costs that it said had doubled since 2021. Production will be "
     "transferred to the group's factory in Morocco. The regional labour minister, Inés Barral, described "
     "the decision as 'a heavy blow' for the area and said the government would ask the company to consider "
     "offers from potential buyers before dismantling the site. Trade unions have called a four-hour "
     "stoppage for Friday. According to the company, around 150 workers will be offered jobs at other sites "
     "in Spain.",
     "Nortecaucho, a tyre maker, confirmed on Tuesday that it will shut its factory in Torrealba del Cerro "
     "when the year ends, a move that threatens 640 jobs. The management pointed to weaker demand from "
     "carmakers in Europe and to energy bills which, it says, are twice what they were in 2021. Output will "
     "move to the group's Moroccan plant. Inés Barral, labour minister for the region, called the closure "
     "'a hard blow' for the district and said the government would ask the firm to look at bids from "
     "possible buyers before the site is dismantled. The unions have announced a four-hour strike on "
     "Friday. The company says some 150 employees will be offered posts at its other Spanish sites.",
     traps=[T("when the year ends", "at the end of the year"),
            T("a move that threatens 640 jobs", "putting 640 jobs at risk"),
            T("twice what they were in 2021", "had doubled since 2021"),
            T("the group's Moroccan plant", "the group's factory in Morocco"),
            T("a four-hour strike", "a four-hour stoppage")])

case("interest rate decisions", "translation",
     "The Monetary Policy Council left its benchmark interest rate unchanged at 5.75% on Wednesday, the "
     "third consecutive meeting without a move. In a statement, the council said inflation had eased to "
     "4.1% in August but remained above its 3% target. Governor Tomasz Wielgosz told reporters that a cut "
     "in November was 'possible but not yet certain' and would depend on wage data due next month. Five of "
     "the council's nine members voted to hold rates, while four favoured a reduction of a quarter of a "
     "percentage point. Analysts at Baltica Bank said they now expected the first cut to come in the first "
     "quarter of next year.",
     "On Wednesday the Monetary Policy Council held its main interest rate at 5.75%, leaving it untouched "
     "for a third meeting in a row. Inflation slowed to 4.1% in August, the council said in its statement, "
     "but was still higher than the 3% target. Governor Tomasz Wielgosz told journalists that a cut in "
     "November was likely and would depend on wage figures to be published next month. The decision to hold "
     "was backed by five of the nine council members; the other four wanted a cut of 0.25 percentage "
     "points. Economists at Baltica Bank said they now see the first cut arriving in the first quarter of "
     "next year.",
     errors=[E("was likely", "modality", "major", "was 'possible but not yet certain'")],
     traps=[T("untouched for a third meeting in a row", "the third consecutive meeting without a move"),
            T("0.25 percentage points", "a quarter of a percentage point")])

case("farm subsidy payments", "rewrite",
     "More than 11,000 farmers are still waiting for their basic subsidy payments for last year, the Rural "
     "Payments Office admitted on Friday, three months after the deadline it had set itself. The office "
     "said it had paid 87% of eligible claims, worth a total of £312 million, but that the remainder had "
     "been delayed by a fault in its new mapping software. Farmers who have not been paid by 30 June will "
     "receive interest on the amount owed, according to a letter sent to the National Growers' Federation. "
     "Federation president Alun Gethin said some members had been forced to take out overdrafts to buy seed "
     "and fertiliser. The office's chief executive, Paula Merrow, apologised and said extra staff had been "
     "moved onto the backlog.",
     "The Rural Payments Office conceded on Friday that over 11,000 farmers had yet to receive last year's "
     "basic subsidy payments, three months after its own deadline passed. The office said it had settled "
     "87% of eligible claims, totalling £312 million, and blamed a fault in its new mapping software for "
     "holding up the rest. In a letter to the National Growers' Federation, the office said any farmer "
     "still unpaid on 30 June would be paid interest on the sum owed. Alun Gethin, the federation's "
     "president, said some members had been left with no choice but to take out overdrafts to buy seed and "
     "fertiliser. Paula Merrow, who heads the office as chief executive, apologised and said more staff had "
     "been redeployed to clear the backlog.",
     traps=[T("over 11,000 farmers", "More than 11,000 farmers"),
            T("three months after its own deadline passed", "three months after the deadline it had set itself"),
            T("still unpaid on 30 June", "have not been paid by 30 June"),
            T("left with no choice but to take out overdrafts", "forced to take out overdrafts"),
            T("redeployed to clear the backlog", "moved onto the backlog")])

case("school bus contracts", "rewrite",
     "Westmoor County Council has awarded new school bus contracts worth £22 million over five years to "
     "three operators, ending weeks of uncertainty for families. Redline Coaches will run 41 of the 68 "
     "routes, with the remainder split between Hollins Travel and Greenway Buses. The council said the new "
     "contracts would cost around £1.1 million a year more than the previous arrangement, mainly because of "
     "higher driver wages. Free transport will continue to be provided only for pupils living more than "
     "three miles from their nearest suitable school. Councillor Diane Frewin, cabinet member for "
     "education, said all routes would be operating by the start of the autumn term.",
     "Three operators have won Westmoor County Council's new school bus contracts, worth £22 million over "
     "five years, bringing weeks of uncertainty for families to an end. Of the 68 routes, 41 will be run by "
     "Redline Coaches, and Hollins Travel and Greenway Buses will share the rest. According to the council, "
     "the new deals will cost roughly £1.1 million more than the old arrangement, largely due to higher pay "
     "for drivers. Free travel will still be offered only to pupils who live over three miles from their "
     "nearest suitable school. Diane Frewin, the cabinet member for education, said every route would be up "
     "and running by the start of the autumn term.",
     errors=[E("", "omission", "major", "a year", after="cost roughly £1.1 million")],
     traps=[T("Hollins Travel and Greenway Buses will share the rest",
              "the remainder split between Hollins Travel and Greenway Buses"),
            T("largely due to higher pay for drivers", "mainly because of higher driver wages"),
            T("over three miles", "more than three miles")])

case("mayoral budget plans", "summary",
     "The Mayor of Kingsbridge, Rosa Tamberlane, has set out a £1.9 billion budget for the coming year that "
     "includes a 4.8% rise in the mayoral share of council tax, equivalent to about £21 a year for a typical "
     "household. The plans, published on Tuesday, put an extra £34 million into bus services, including a "
     "fares freeze until next September, and £12 million into youth violence prevention. Ms Tamberlane said "
     "the tax rise was 'unavoidable' after a real-terms cut in central government funding. Opposition "
     "members of the city assembly described the increase as excessive and said they would propose an "
     "amendment limiting it to 2.9%. The assembly will vote on the budget on 24 February.",
     "Kingsbridge mayor Rosa Tamberlane's £1.9bn budget raises her share of council tax by 4.8%, about £12 "
     "a year for a typical home, and adds £34m for buses, including a fares freeze, and £12m for youth "
     "violence prevention. The assembly votes on 24 February; opposition members, who want a 2.9% cap, have "
     "enough support to block the plan.",
     errors=[E("about £12 a year", "number", "major", "about £21 a year"),
             E("have enough support to block the plan", "addition", "major", None)],
     traps=[T("£1.9bn", "£1.9 billion"),
            T("adds £34m for buses", "put an extra £34 million into bus services")])

case("adult education colleges", "rewrite",
     "Enrolments at adult education colleges in the Northvale region rose by 9% in the last academic year, "
     "reaching 58,300, according to figures published on Wednesday by the regional skills authority. The "
     "increase was driven largely by English language courses, which accounted for more than a third of new "
     "learners, and by digital skills programmes. However, the number of people studying for vocational "
     "qualifications fell for the fourth year running. The authority's director, Kwame Asante-Bright, said "
     "funding for the sector had been frozen since 2019 and that colleges were 'running out of room to "
     "absorb rising costs'. Two colleges, in Pelling and Stourmouth, have already cut evening classes this "
     "term.",
     "Adult education colleges across Northvale enrolled 58,300 learners in the last academic year, a rise "
     "of 9%, the regional skills authority said in figures released on Wednesday. English language courses, "
     "which made up over a third of new learners, were the main driver, together with digital skills "
     "programmes. Vocational qualifications, though, saw student numbers decline for a fourth consecutive "
     "year. Kwame Asante-Bright, who directs the authority, said the sector's funding had been held flat "
     "since 2019 and said colleges were 'running out of room to absorb rising costs'. Evening classes have "
     "already been cut this term at two colleges, in Pelling and Stourmouth.",
     traps=[T("a rise of 9%", "rose by 9%"),
            T("made up over a third of new learners", "accounted for more than a third of new learners"),
            T("for a fourth consecutive year", "for the fourth year running"),
            T("who directs the authority", "The authority's director"),
            T("held flat since 2019", "frozen since 2019")])

# --------------------------------------------------------------- cases 11-20
case("library opening hours", "rewrite",
     "Ashcombe Borough Council will reduce opening hours at 11 of its 15 libraries from July as part of "
     "efforts to close a £6.3 million budget gap. Under the plans, most branch libraries will open on four "
     "days a week instead of six, while the central library in Ashcombe town centre will keep its current "
     "hours. No libraries will close and no staff will be made redundant, the council said, although 23 "
     "vacant posts will not be filled. The changes are expected to save £410,000 a year. A petition "
     "opposing the cuts has gathered more than 5,200 signatures. Councillor Neil Abara said the council had "
     "'protected the service as far as possible'.",
     "From July, Ashcombe Borough Council will cut opening hours at 11 of its 15 libraries as it tries to "
     "close a £6.3m budget gap. Most branch libraries will open four days a week rather than five under the "
     "plans, but the central library in the town centre will keep its existing hours. No libraries will "
     "close and no staff will lose their jobs, the council said, and 23 vacant posts will be filled. The "
     "changes should save £410,000 annually. More than 5,200 people have signed a petition against the "
     "cuts. Councillor Neil Abara said the council had 'protected the service as far as possible'.",
     errors=[E("rather than five", "number", "major", "instead of six"),
             E("23 vacant posts will be filled", "polarity", "major", "23 vacant posts will not be filled")],
     traps=[T("£6.3m", "£6.3 million"),
            T("no staff will lose their jobs", "no staff will be made redundant"),
            T("More than 5,200 people have signed a petition against the cuts",
              "A petition opposing the cuts has gathered more than 5,200 signatures")])

case("leisure centre management contracts", "summary",
     "Dunmore City Council is to take the management of its six leisure centres back in-house when its "
     "contract with operator ActiveWay Leisure expires next March, ending 14 years of outsourcing. A report "
     "to the council's cabinet said bringing the centres under direct control would cost an extra £850,000 "
     "in the first year, mainly for pension contributions and new IT systems, but would save about £400,000 "
     "a year from the third year onwards. All 310 ActiveWay staff working at the centres will transfer to "
     "the council on their existing terms. ActiveWay said it was disappointed but would work with the "
     "council to ensure a smooth handover. The cabinet approved the proposal unanimously on Monday.",
     "Dunmore's cabinet unanimously agreed on Monday to bring its six leisure centres back under council "
     "control when ActiveWay Leisure's contract ends next March. A report said the move would cost £850,000 "
     "extra in year one but save around £400,000 annually from year three; the 310 staff will transfer on "
     "their current terms.",
     traps=[T("unanimously agreed on Monday", "approved the proposal unanimously on Monday"),
            T("bring its six leisure centres back under council control",
              "take the management of its six leisure centres back in-house"),
            T("£850,000 extra in year one", "an extra £850,000 in the first year"),
            T("around £400,000 annually from year three", "about £400,000 a year from the third year onwards")])

case("grain export deals", "translation",
     "The grain trading house Cereales del Plata Sur has signed an agreement to supply 1.2 million tonnes "
     "of wheat to the Egyptian state buyer Almisr Grain Authority over the next 18 months, the company "
     "reported on Monday. The contract, valued at about 310 million dollars, is the largest in the firm's "
     "history. Deliveries will leave from the port of Bahía Serena from January. Chief executive Martín "
     "Ocampo said the deal would allow the company to keep its storage terminals working at full capacity "
     "despite a poor harvest in the north of the country. The agreement includes an option to add a further "
     "300,000 tonnes of maize if both parties agree before June.",
     "Cereales del Plata Sur will buy 1.2 million tonnes of wheat from Egypt's state purchasing agency, "
     "Almisr Grain Authority, over the coming 18 months under an agreement announced by the company on "
     "Monday. Worth roughly 310 million dollars, the contract is the biggest the firm has ever signed. "
     "Shipments will depart from the port of Bahía Serena starting in January. According to chief executive "
     "Martín Ocampo, the deal will let the company keep its storage terminals running at full capacity even "
     "though the harvest in the country's north has been poor. The contract also contains an option for an "
     "extra 30,000 tonnes of maize should both sides agree before June.",
     errors=[E("Cereales del Plata Sur will buy 1.2 million tonnes of wheat from Egypt's state purchasing "
               "agency, Almisr Grain Authority", "role", "critical",
               "supply 1.2 million tonnes of wheat to the Egyptian state buyer Almisr Grain Authority"),
             E("30,000 tonnes", "number", "major", "300,000 tonnes")],
     traps=[T("Worth roughly 310 million dollars", "valued at about 310 million dollars"),
            T("the biggest the firm has ever signed", "the largest in the firm's history")])

case("insurance premium rises", "rewrite",
     "Average home insurance premiums rose by 17% in the year to September, to £412, according to data "
     "released on Thursday by the Association of Household Insurers. The association said the increase "
     "reflected a rise in claims for water damage and subsidence after last summer's drought, as well as "
     "higher costs for building materials and labour. Motor insurance premiums, by contrast, fell by 3% over "
     "the same period. The association's head of policy, Gareth Lyle, said insurers expected premiums to "
     "'stabilise' next year but could not rule out further increases in areas at high risk of flooding. "
     "Consumer group FairCover advised households to compare quotes rather than automatically renewing.",
     "Home insurance customers paid an average of £412 in premiums in the year to September, 17% more than "
     "a year earlier, the Association of Household Insurers said in figures published on Thursday. It put "
     "the rise down to more claims for water damage and subsidence following last summer's drought, and to "
     "the higher cost of labour and building materials. Over the same twelve months, motor insurance "
     "premiums dropped by 3%. Gareth Lyle, head of policy at the association, said insurers anticipated "
     "that premiums would 'stabilise' next year, though further rises could not be ruled out in areas at "
     "high flood risk. FairCover, a consumer group, urged households to shop around for quotes instead of "
     "renewing automatically.",
     traps=[T("17% more than a year earlier", "rose by 17%"),
            T("put the rise down to", "said the increase reflected"),
            T("Over the same twelve months", "over the same period"),
            T("dropped by 3%", "fell by 3%"),
            T("areas at high flood risk", "areas at high risk of flooding")])

case("bin collection changes", "rewrite",
     "Residents in Lindford will have their general waste collected every three weeks instead of every "
     "fortnight from October, the district council confirmed on Tuesday. Recycling and food waste "
     "collections will remain weekly. The council said the change would encourage more recycling and save "
     "around £700,000 a year. Households with young children in nappies or with medical waste will be able "
     "to apply for an additional bin. Councillor Sasha Breen, who is responsible for environmental "
     "services, said the authority 'may review' the policy after six months if fly-tipping increased. "
     "Similar schemes in two neighbouring districts have raised recycling rates by about five percentage "
     "points.",
     "From October, Lindford's district council will collect general waste every three weeks rather than "
     "fortnightly, it confirmed on Tuesday. Collections of recycling and food waste will stay weekly. "
     "According to the council, the switch will encourage more recycling and save roughly £700,000 a year. "
     "Households with young children in nappies, or with medical waste, will be able to apply for an extra "
     "bin. Councillor Sasha Breen, responsible for environmental services, said the council would review "
     "the policy after six months if fly-tipping went up. In two neighbouring districts, similar schemes "
     "have lifted recycling rates by around five percentage points.",
     errors=[E("would review", "modality", "major", "may review")],
     traps=[T("every three weeks rather than fortnightly", "every three weeks instead of every fortnight"),
            T("save roughly £700,000 a year", "save around £700,000 a year"),
            T("have lifted recycling rates by around five percentage points",
              "have raised recycling rates by about five percentage points")])

case("tram extension plans", "translation",
     "The metropolitan council of Valmonde approved on Thursday the extension of tram line 2 towards the "
     "southern districts, a project estimated at 185 million euros. The new section, 6.4 kilometres long "
     "with nine stops, is due to enter service at the end of 2029. The state will finance about a quarter "
     "of the cost, with the remainder covered by the metropolis and a loan from a European development bank. "
     "The council president, Hélène Marcou, said the extension would serve some 40,000 residents who "
     "currently have no direct link to the city centre. Opposition councillors voted against, arguing that "
     "the budget was likely to be exceeded. Preliminary works on utility networks will start next spring.",
     "Valmonde's metropolitan council on Thursday gave the go-ahead for line 2 of the tramway to be extended "
     "to the southern neighbourhoods, at an estimated cost of 185 million euros. Measuring 6.4 km and with "
     "nine stations, the new stretch should open to passengers in late 2029. Around 25% of the bill will be "
     "paid by the state; the metropolis and a loan from a European development bank will cover the rest. "
     "According to council president Hélène Marcou, roughly 40,000 people who today lack a direct "
     "connection to the city centre will be served by the extension. The opposition councillors voted "
     "against the project, saying the budget would probably be overrun. Preparatory work on utility "
     "networks is to begin next spring.",
     traps=[T("gave the go-ahead for", "approved"),
            T("should open to passengers in late 2029", "is due to enter service at the end of 2029"),
            T("Around 25% of the bill will be paid by the state",
              "The state will finance about a quarter of the cost"),
            T("the budget would probably be overrun", "the budget was likely to be exceeded")])

case("pay day lending rules", "rewrite",
     "The Financial Conduct Commission will cap the total cost of short-term loans at 80% of the amount "
     "borrowed from 1 January, under rules published on Wednesday. The cap covers interest, fees and "
     "charges, meaning that a borrower taking out a £200 loan will never repay more than £360. Lenders will "
     "also be barred from rolling over a loan more than twice. The commission said around 290,000 people "
     "took out a payday loan last year and that the average borrower had 3.5 loans. Trade body the "
     "Short-Term Credit Alliance warned that some lenders could leave the market, reducing access to credit "
     "for people with poor credit histories. Debt charity StepClear welcomed the move but said the cap "
     "should have been set lower.",
     "Under rules published on Wednesday, the Financial Conduct Commission will limit the total cost of "
     "short-term loans to 80% of the sum borrowed, starting on 1 January. Because the cap includes "
     "interest, fees and charges, someone borrowing £200 will never have to pay back more than £360. In "
     "addition, lenders will not be allowed to roll a loan over more than twice. Last year about 290,000 "
     "people took out a payday loan, with the average borrower taking 3.5 loans, according to the "
     "commission. The Short-Term Credit Alliance, which represents the industry, warned that some lenders "
     "might quit the market, making credit harder to obtain for people with poor credit histories. "
     "StepClear, a debt charity, welcomed the change but said the cap ought to have been set lower.",
     traps=[T("limit the total cost of short-term loans to 80% of the sum borrowed",
              "cap the total cost of short-term loans at 80% of the amount borrowed"),
            T("someone borrowing £200 will never have to pay back more than £360",
              "a borrower taking out a £200 loan will never repay more than £360"),
            T("will not be allowed to roll a loan over more than twice",
              "will also be barred from rolling over a loan more than twice"),
            T("which represents the industry", "Trade body")])

case("nursery place funding", "summary",
     "The government will increase the hourly rate it pays councils for funded nursery places by 6% from "
     "April, the Department for Children and Families announced on Friday. Councils must pass at least 95% "
     "of the money on to nurseries, childminders and pre-schools. The increase, worth £290 million in total, "
     "follows complaints from providers that the existing rate did not cover their costs, with the Early "
     "Years Providers' Network saying that one in ten settings had closed or was at risk of closing. The "
     "network's chief executive, Olwen Pryce, said the rise was welcome but 'still leaves a gap'. Ministers "
     "said they would review the funding formula before the next spending round.",
     "The hourly rate the government pays councils for funded nursery places will rise 6% from April, a "
     "£290m increase, with providers required to pass at least 95% of it on to councils. The Early Years "
     "Providers' Network, which says one in ten settings has closed or is at risk of closing, called the "
     "rise welcome but said it 'still leaves a gap'.",
     errors=[E("providers required to pass at least 95% of it on to councils", "role", "major",
               "Councils must pass at least 95% of the money on to nurseries, childminders and pre-schools")],
     traps=[T("a £290m increase", "worth £290 million in total")])

case("gp appointment waiting times", "rewrite",
     "Patients in the Redbourne health area waited an average of 16 days for a routine GP appointment in "
     "March, up from 11 days a year earlier, according to an analysis by the patients' watchdog HealthVoice "
     "Redbourne. The watchdog found that one in five patients had waited more than four weeks. Dr Anjali "
     "Mehta, who chairs the local medical committee representing GPs, said practices were seeing record "
     "demand while the number of full-time GPs in the area had fallen by 8% since 2020. The Redbourne "
     "Integrated Care Board said it was funding 36 additional pharmacists and physiotherapists in practices "
     "to free up doctors' time. It added that same-day appointments remained available for urgent cases.",
     "The average wait for a routine GP appointment in the Redbourne health area reached 16 days in March, "
     "compared with 11 days twelve months earlier, according to figures from the Redbourne Integrated Care "
     "Board. One patient in five had waited longer than four weeks. Practices were facing record demand at a "
     "time when the number of full-time GPs locally had dropped 8% since 2020, said Dr Anjali Mehta, chair "
     "of the local medical committee that represents GPs. The care board said it was paying for 36 extra "
     "pharmacists and paramedics in practices to release doctors' time, and that urgent cases could still "
     "get same-day appointments.",
     errors=[E("according to figures from the Redbourne Integrated Care Board", "attribution", "major",
               "according to an analysis by the patients' watchdog HealthVoice Redbourne"),
             E("paramedics", "entity", "minor", "physiotherapists")],
     traps=[T("compared with 11 days twelve months earlier", "up from 11 days a year earlier"),
            T("One patient in five had waited longer than four weeks",
              "one in five patients had waited more than four weeks"),
            T("had dropped 8% since 2020", "had fallen by 8% since 2020")])

case("bridge weight limits", "rewrite",
     "A 7.5-tonne weight limit will be imposed on the Kestrel Bridge over the River Amble from next Monday "
     "after an inspection found corrosion in its steel supports, Tamworth Vale Council said. Heavy goods "
     "vehicles will be diverted via the A4190, adding about 11 miles to journeys between Ambleford and "
     "Castle Hinton. Buses and emergency vehicles will be exempt. The council said the bridge, built in "
     "1958, remained safe for cars and lighter vans, and that the restriction would stay in place until "
     "repairs costing an estimated £2.6 million were completed, which is not expected before the end of "
     "next year. Local haulage firms have asked for the diversion route to be resurfaced.",
     "Tamworth Vale Council said that, from next Monday, vehicles weighing more than 7.5 tonnes would be "
     "banned from the Kestrel Bridge over the River Amble, after an inspection uncovered corrosion in the "
     "structure's steel supports. Lorries will be sent along the A4190 instead, lengthening trips between "
     "Ambleford and Castle Hinton by roughly 11 miles. The ban will not apply to buses or emergency "
     "vehicles. According to the council, the 1958 bridge is still safe for cars and lighter vans, and the "
     "limit will remain until repairs, estimated at £2.6 million, have been finished, something not "
     "expected to happen before the end of next year. Local hauliers have called for the diversion route "
     "to be resurfaced.",
     traps=[T("vehicles weighing more than 7.5 tonnes would be banned from",
              "A 7.5-tonne weight limit will be imposed on"),
            T("lengthening trips between Ambleford and Castle Hinton by roughly 11 miles",
              "adding about 11 miles to journeys between Ambleford and Castle Hinton"),
            T("The ban will not apply to buses or emergency vehicles", "Buses and emergency vehicles will be exempt"),
            T("the 1958 bridge", "the bridge, built in 1958"),
            T("Local hauliers", "Local haulage firms")])

# --------------------------------------------------------------- cases 21-30
case("port strike negotiations", "translation",
     "Talks between the port of Zeelmonde's employers' association and the dockworkers' union HBV broke "
     "down on Tuesday evening without agreement, and the union confirmed that a 48-hour strike will go ahead "
     "from Thursday morning. The union is demanding a pay rise of 7% and limits on night shifts, while "
     "employers have offered 4.5% over two years. According to the employers' association, each day of "
     "strike costs the port about 20 million euros in lost turnover. The mediator appointed by the "
     "government, Pieter Valkenburg, said he would invite both parties back to the table next week. "
     "Shipping companies have begun diverting container vessels to neighbouring ports.",
     "On Tuesday evening negotiations between the employers' federation of the port of Zeelmonde and the "
     "dockers' union HBV ended without a deal, and the union confirmed that its two-day strike will start "
     "on Thursday morning. HBV wants wages raised by 7% and a cap on night shifts; the employers are "
     "offering 4.5% spread over two years. The union estimates that every strike day means roughly 20 "
     "million euros of lost revenue for the port. Pieter Valkenburg, the government-appointed mediator, "
     "said he would call the two sides back for talks next week. Shipping lines have started sending "
     "container ships to nearby ports instead.",
     errors=[E("The union estimates", "attribution", "major", "According to the employers' association")],
     traps=[T("two-day strike", "48-hour strike"),
            T("Shipping lines have started sending container ships to nearby ports instead",
              "Shipping companies have begun diverting container vessels to neighbouring ports")])

case("credit union lending", "summary",
     "Lending by credit unions in the Calder region grew by 22% last year to £48 million, the Association "
     "of Calder Credit Unions said in its annual report, published on Monday. The number of members rose to "
     "131,000, and the average loan was £1,150. The association said much of the growth came from small "
     "loans to households struggling with energy bills and from people who had been turned down by "
     "high-street banks. Bad debts rose slightly, to 3.4% of lending, compared with 3.1% the year before. "
     "Chief executive Fiona Castellan said credit unions needed a change in the law to let them offer "
     "mortgages, and that the association would lobby ministers on the issue this year.",
     "Credit unions in Calder lent £48m last year, up 22%, as membership reached 131,000, with much of the "
     "growth coming from small loans to households struggling with energy bills and from people refused by "
     "high-street banks. Bad debts edged up to 3.4% of lending from 3.1%, and the association will lobby "
     "ministers for a law change allowing credit unions to offer mortgages.",
     traps=[T("lent £48m last year, up 22%", "grew by 22% last year to £48 million"),
            T("membership reached 131,000", "The number of members rose to 131,000"),
            T("people refused by high-street banks", "people who had been turned down by high-street banks"),
            T("edged up to 3.4% of lending from 3.1%",
              "rose slightly, to 3.4% of lending, compared with 3.1%")])

case("reservoir levels", "rewrite",
     "Reservoirs supplying the Hallamvale region are 54% full, compared with an average of 78% for the time "
     "of year, Brookfield Water said on Wednesday. The company said it had no plans to introduce a hosepipe "
     "ban for now but urged customers to use water carefully, after the driest spring in the area since "
     "1976. Levels at the largest reservoir, Dunnock Fell, have fallen by 12 percentage points in the past "
     "month. Brookfield said it was pumping water from boreholes and had fixed 1,400 leaks since April. The "
     "Environment Monitoring Agency has classed the region as being in 'prolonged dry weather' status, one "
     "step below drought.",
     "Brookfield Water said on Wednesday that the reservoirs serving Hallamvale were 54% full, against a "
     "seasonal average of 78%. After the area's driest spring since 1976, the company urged customers to "
     "use water carefully, though it said there were no plans for a hosepipe ban for now. At Dunnock Fell, "
     "the biggest reservoir, levels have dropped 12 percentage points over the last month. Brookfield is "
     "pumping water from boreholes and has repaired 1,400 leaks since April, it said. The Environment "
     "Monitoring Agency has placed the region in 'prolonged dry weather' status, one step below drought, and "
     "there were no plans for a hosepipe ban for now.",
     errors=[E("there were no plans for a hosepipe ban for now", "repetition", "minor", None, occ=1)],
     traps=[T("against a seasonal average of 78%", "compared with an average of 78% for the time of year"),
            T("have dropped 12 percentage points over the last month",
              "have fallen by 12 percentage points in the past month"),
            T("has repaired 1,400 leaks", "had fixed 1,400 leaks")])

case("special educational needs funding", "rewrite",
     "Councils in England will receive an extra £440 million next year to support children with special "
     "educational needs and disabilities, the education secretary announced on Tuesday. The money will be "
     "distributed through the high-needs funding block and represents a 4.2% increase on this year. Around "
     "a third of councils are currently running deficits on their special needs budgets, according to the "
     "County Authorities Forum, which said the combined shortfall could reach £3.1 billion by 2026. The "
     "forum's education spokesperson, Cllr Martin Ashdown, said the additional funding would 'barely keep "
     "pace with demand', as the number of pupils with education, health and care plans had doubled in eight "
     "years.",
     "The education secretary announced on Tuesday that English councils would get an additional £440m next "
     "year to help children with special educational needs and disabilities. Paid through the high-needs "
     "funding block, the money amounts to a 4.2% rise on the current year. The County Authorities Forum "
     "says roughly one in three councils is currently running a deficit on its special needs budget, and "
     "that the combined shortfall could hit £3.1bn by 2026. Cllr Martin Ashdown, who speaks on education for "
     "the forum, said the extra money would 'barely keep pace with demand' given that the number of pupils "
     "with education, health and care plans had doubled in eight years.",
     traps=[T("English councils", "Councils in England"),
            T("an additional £440m", "an extra £440 million"),
            T("a 4.2% rise on the current year", "a 4.2% increase on this year"),
            T("roughly one in three councils", "Around a third of councils"),
            T("£3.1bn", "£3.1 billion")])

case("water company fines", "summary",
     "Severnmoor Water has been fined £3.8 million after admitting that it illegally discharged untreated "
     "sewage into the River Teal on 27 occasions between 2019 and 2021. Passing sentence at Ludbury Crown "
     "Court on Friday, Judge Helen Crace said the company had failed to report the spills to regulators and "
     "had 'put profit before the environment'. The court heard that thousands of fish were killed in one "
     "incident in 2020. Severnmoor said it accepted the fine, apologised to customers and said it had since "
     "invested £60 million in treatment works upgrades. The company will not be allowed to pass the cost of "
     "the fine on to customers' bills, the regulator confirmed.",
     "Severnmoor Water was fined £3.8m at Ludbury Crown Court after admitting 27 illegal discharges of "
     "untreated sewage into the River Teal between 2019 and 2021, one of which killed thousands of fish. The "
     "judge said it had failed to report the spills and put profit before the environment. The company "
     "apologised and was ordered to spend £60m upgrading treatment works, and the regulator confirmed the "
     "cost can be passed on to customers' bills.",
     errors=[E("was ordered to spend £60m upgrading treatment works", "event", "major",
               "had since invested £60 million in treatment works upgrades"),
             E("the cost can be passed on to customers' bills", "polarity", "critical",
               "will not be allowed to pass the cost of the fine on to customers' bills")],
     traps=[T("£3.8m", "£3.8 million"),
            T("admitting 27 illegal discharges of untreated sewage",
              "admitting that it illegally discharged untreated sewage into the River Teal on 27 occasions")])

case("clean air zone charges", "translation",
     "From 1 March, older petrol and diesel cars entering the centre of Valmorena will have to pay a daily "
     "charge of 8 euros, the city council decided on Monday. The measure applies to petrol vehicles "
     "registered before 2006 and diesel vehicles registered before 2015, and will operate from 7 a.m. to "
     "7 p.m. on weekdays. Residents of the zone will be exempt for the first two years. According to the "
     "councillor for mobility, Chiara Benedetti, the scheme should reduce nitrogen dioxide levels in the "
     "centre by around 20%. Revenue, estimated at 5 million euros a year, will be used to fund public "
     "transport. Shopkeepers' associations have asked for the start to be postponed until after the Easter "
     "period.",
     "Owners of older petrol and diesel cars will be charged 8 euros a day to drive into central Valmorena "
     "starting on 1 March, following a decision taken by the city council on Monday. The charge covers "
     "petrol cars registered earlier than 2006 and diesel cars registered earlier than 2015, and it will "
     "apply on weekdays between 7 in the morning and 7 in the evening. People living inside the zone will "
     "not pay for the first two years. Chiara Benedetti, the councillor responsible for mobility, said the "
     "scheme was expected to cut nitrogen dioxide in the centre by about a fifth. The income, put at 5 "
     "million euros a year, will go towards public transport. Shop owners' associations have called for the "
     "launch to be delayed until Easter is over.",
     traps=[T("8 euros a day", "a daily charge of 8 euros"),
            T("between 7 in the morning and 7 in the evening", "from 7 a.m. to 7 p.m."),
            T("will not pay for the first two years", "will be exempt for the first two years"),
            T("by about a fifth", "by around 20%"),
            T("until Easter is over", "until after the Easter period")])

case("landslip road closures", "rewrite",
     "The B3317 coast road between Porthgale and St Aldan will remain closed for at least six weeks after a "
     "landslip on Sunday night brought down around 2,000 tonnes of earth and rock, Kernow Highways said. "
     "Nobody was injured, but two cars were damaged. Engineers have found cracks in a 90-metre stretch of "
     "the cliff above the road and said further falls were possible. A signed diversion adds around 25 "
     "minutes to journeys. The highways authority said it would install a temporary traffic light system so "
     "that buses could use a single lane from next week, subject to a safety assessment. Residents of eight "
     "properties near the cliff edge have been advised to stay elsewhere as a precaution.",
     "Kernow Highways said the B3317 coast road linking Porthgale and St Aldan would stay shut for six weeks "
     "or more after a landslip on Sunday night brought down some 2,000 tonnes of earth and rock. No one was "
     "hurt, although two cars were damaged. Cracks have been discovered by engineers along a 90-metre "
     "section of cliff above the road, and they said more falls could happen. Drivers following the signed "
     "diversion face journeys around 25 minutes longer. From next week, temporary traffic lights will allow "
     "buses to use a single lane, the highways authority said. As a precaution, the residents of eight "
     "properties close to the cliff edge have been evacuated.",
     errors=[E("have been evacuated", "event", "major", "have been advised to stay elsewhere"),
             E("", "omission", "major", "subject to a safety assessment", after="buses to use a single lane")],
     traps=[T("for six weeks or more", "for at least six weeks"),
            T("No one was hurt", "Nobody was injured"),
            T("journeys around 25 minutes longer", "adds around 25 minutes to journeys")])

case("heatwave health alerts", "rewrite",
     "The National Health Protection Agency has issued an amber heat-health alert for the Midlands and the "
     "south-east, in force from 9am on Thursday until 6pm on Sunday. Temperatures are forecast to reach 33C "
     "in some areas on Saturday. The agency said the alert meant that the heat was likely to affect the "
     "whole population, not only those most at risk, and could lead to an increase in deaths among people "
     "aged over 65 or with heart and lung conditions. Hospitals and care homes have been told to check that "
     "vulnerable patients are kept cool. Dr Ruth Amadi, the agency's head of extreme events, urged people "
     "to look out for elderly neighbours and to avoid strenuous activity during the hottest part of the day.",
     "An amber heat-health alert covering the Midlands and the south-east has been issued by the National "
     "Health Protection Agency, running from 9am on Thursday to 6pm on Sunday. Some areas could see 33C on "
     "Saturday, according to forecasts. The agency explained that the alert meant the heat was likely to "
     "affect everyone, not just the most vulnerable, and might cause more deaths among over-65s and people "
     "with heart or lung conditions. Hospitals and care homes have been instructed to make sure vulnerable "
     "patients are kept cool. The agency's head of extreme events, Dr Ruth Amadi, urged people to keep an "
     "eye on elderly neighbours and to avoid strenuous activity during the hottest hours of the day.",
     traps=[T("affect everyone, not just the most vulnerable",
              "affect the whole population, not only those most at risk"),
            T("might cause more deaths among over-65s",
              "could lead to an increase in deaths among people aged over 65"),
            T("have been instructed to make sure", "have been told to check that"),
            T("keep an eye on elderly neighbours", "look out for elderly neighbours")])

case("care home inspections", "summary",
     "Inspectors have rated Birchwood Lodge care home in Fernley as 'inadequate' and placed it in special "
     "measures, after finding that residents were left without drinks for long periods and that medicines "
     "were not stored safely. The report by the Care Standards Inspectorate, published on Thursday, "
     "followed an unannounced visit in August. Inspectors also found that staffing levels at night fell "
     "below the home's own assessed minimum on 11 of the 28 nights reviewed. The home, run by Greenhaven "
     "Care Group, was rated 'good' at its previous inspection in 2021. Greenhaven said it had appointed a "
     "new manager and an additional night nurse, and that it was 'deeply sorry'. The inspectorate will "
     "return within six months.",
     "Birchwood Lodge in Fernley, rated 'good' in 2021, has been judged 'inadequate' and put into special "
     "measures after an unannounced inspection in August found residents left without drinks for long "
     "periods, unsafe medicine storage and night staffing below the home's minimum on 11 of 28 nights. "
     "Operator Greenhaven has apologised and appointed a new manager and an extra night nurse; inspectors "
     "will be back within six months.",
     traps=[T("put into special measures", "placed it in special measures"),
            T("unsafe medicine storage", "medicines were not stored safely"),
            T("has apologised", "it was 'deeply sorry'"),
            T("inspectors will be back within six months", "The inspectorate will return within six months")])

case("green belt development", "rewrite",
     "Plans for 1,250 homes on green belt land north of Thornbury Cross were approved by Medworth District "
     "Council's planning committee on 14 November, despite more than 3,000 objections. The developer, "
     "Larchfield Homes, must provide 40% of the homes as affordable housing and fund a new primary school "
     "and a GP surgery before the first 500 homes are occupied. Councillors voted nine to four in favour. "
     "The council's planning officer had recommended approval, saying the district could not meet its "
     "housing target without releasing green belt sites. Campaign group Save Thornbury Fields said it would "
     "ask the housing secretary to call in the decision. Construction could begin in late 2026 if the "
     "application is not called in.",
     "Medworth District Council's planning committee approved plans for 1,250 homes on green belt land to "
     "the north of Thornbury Cross on 14 November, in spite of over 3,000 objections. Larchfield Homes, the "
     "developer, will have to make 40% of the homes affordable and pay for a new primary school and a GP "
     "surgery before the first 500 homes are occupied. The vote was nine to four in favour. Approval had "
     "been recommended by the council's planning officer, who said the district could not hit its housing "
     "target unless green belt sites were released. The campaign group Save Thornbury Fields said it would "
     "ask the housing secretary to call the decision in. If the application is not called in, building "
     "could start early in 2026.",
     errors=[E("early in 2026", "date", "major", "in late 2026")],
     traps=[T("in spite of over 3,000 objections", "despite more than 3,000 objections"),
            T("The vote was nine to four in favour", "Councillors voted nine to four in favour"),
            T("could not hit its housing target unless green belt sites were released",
              "could not meet its housing target without releasing green belt sites")])

# --------------------------------------------------------------- cases 31-40
case("electricity network connections", "rewrite",
     "Solar and battery projects waiting to connect to the electricity grid in the Eastmarch region face "
     "delays of up to nine years, according to figures published on Monday by network operator Eastmarch "
     "Power Networks. The company said 412 projects with a combined capacity of 19 gigawatts were in its "
     "connection queue, roughly four times the region's peak demand. Many of them, it said, were "
     "speculative and unlikely ever to be built. Under reforms approved by the energy regulator, projects "
     "that fail to meet planning and construction milestones will lose their place in the queue from April. "
     "Eastmarch Power Networks' chief executive, Tobias Wren, said the changes could cut waiting times for "
     "viable projects to between two and four years.",
     "Eastmarch Power Networks, which operates the region's grid, said in figures published on Monday that "
     "solar and battery schemes hoping to connect in Eastmarch could wait as long as nine years. There are "
     "412 projects in its connection queue, with a combined capacity of 19GW, around four times peak demand "
     "in the region, according to the company, which said many were speculative and would probably never "
     "be built. From April, projects that miss planning and construction milestones will be removed from "
     "the queue under reforms the energy regulator has approved. Tobias Wren, the company's chief executive, "
     "said the changes could reduce waits for viable projects to two to four years.",
     traps=[T("could wait as long as nine years", "face delays of up to nine years"),
            T("19GW", "19 gigawatts"),
            T("would probably never be built", "unlikely ever to be built"),
            T("will be removed from the queue", "will lose their place in the queue"),
            T("reduce waits for viable projects to two to four years",
              "cut waiting times for viable projects to between two and four years")])

case("concert ticket resale rules", "translation",
     "The government in Berlin has approved a draft law that would ban the resale of concert and sports "
     "tickets at more than 10% above their face value. The cabinet adopted the bill on Wednesday, the "
     "consumer protection minister, Katrin Vollmer, said. Resale platforms would have to display the "
     "original price and the seller's identity, and could face fines of up to 500,000 euros for breaches. "
     "The minister said fans had too often paid several times the face value for tickets bought by "
     "automated software. The live music industry association BLM welcomed the plan, while the platform "
     "Ticketwechsel said the cap would push sales onto unregulated foreign websites. Parliament is expected "
     "to vote on the bill before the summer break.",
     "Berlin's government has backed a draft law that would ban reselling tickets for concerts and theatre "
     "events at more than 10% over the printed price. According to consumer protection minister Katrin "
     "Vollmer, the cabinet passed the bill on Wednesday. Resale sites would need to show the original price "
     "and who is selling, and breaches could cost them fines of as much as 500,000 euros. Fans, the "
     "minister said, had too often paid a multiple of the face value for tickets snapped up by bots. BLM, "
     "the association of the live music industry, rejected the plan, and the platform Ticketwechsel argued "
     "that the cap would drive sales to unregulated foreign sites. A parliamentary vote is expected ahead of "
     "the summer recess.",
     errors=[E("theatre", "entity", "major", "sports"),
             E("rejected the plan", "polarity", "major", "welcomed the plan")],
     traps=[T("the printed price", "their face value"),
            T("fines of as much as 500,000 euros", "fines of up to 500,000 euros"),
            T("tickets snapped up by bots", "tickets bought by automated software")])

case("pension age increases", "translation",
     "The government will raise the statutory retirement age from 66 to 67 between 2030 and 2035, in steps "
     "of two to three months per year, the labour minister, Rui Carvalhal, announced on Friday. People born "
     "before 1968 will not be affected. The minister said the change was needed because life expectancy at "
     "65 had increased by almost three years since 2000, and that without it the pension system would run a "
     "deficit from 2034. Workers in physically demanding jobs, such as construction and fishing, will be "
     "able to retire up to two years earlier without a reduction in their pension. The country's largest "
     "union confederation called the measure 'unfair' and announced a demonstration in Lisbon for 12 "
     "October.",
     "Labour minister Rui Carvalhal announced on Friday that the legal retirement age will go up from 66 to "
     "67 over the period 2030 to 2035, rising by two or three months each year. Anyone born before 1968 "
     "will be unaffected. Carvalhal argued that the reform was necessary because life expectancy at 65 had "
     "risen by close to three years since 2000, and that the pension system would otherwise be in deficit "
     "from 2034. Those in physically hard occupations, like building and fishing, will be allowed to retire "
     "as much as two years early with no cut to their pension. The biggest union confederation in the "
     "country described the move as 'unjust' and called a protest in Lisbon on 12 October.",
     traps=[T("Anyone born before 1968 will be unaffected", "People born before 1968 will not be affected"),
            T("had risen by close to three years", "had increased by almost three years"),
            T("the pension system would otherwise be in deficit from 2034",
              "without it the pension system would run a deficit from 2034"),
            T("with no cut to their pension", "without a reduction in their pension")])

case("physiotherapy referrals", "summary",
     "Patients in the Hartwell area can now refer themselves directly to NHS physiotherapy without seeing a "
     "GP first, under a scheme launched on Monday by the Hartwell and Esk Community Health Trust. The trust "
     "said the change would free up an estimated 9,000 GP appointments a year, as musculoskeletal problems "
     "such as back and joint pain account for around one in seven GP consultations. Patients can refer "
     "themselves online or by phone. The waiting time for a first physiotherapy appointment is currently 7 "
     "weeks, and the trust has recruited 12 extra physiotherapists to cope with the expected rise in demand. "
     "Patients with sudden severe pain or symptoms following an accident should still seek urgent medical "
     "advice.",
     "Hartwell patients can now refer themselves to NHS physiotherapy, online or by phone, without first "
     "seeing a GP, a change that should free up about 9,000 GP appointments a year. The trust has hired 12 "
     "extra physiotherapists, with waits for a first appointment currently at 7 weeks, a change that should "
     "free up about 9,000 GP appointments a year. People with sudden severe pain or symptoms after an "
     "accident should still seek urgent medical advice.",
     errors=[E("a change that should free up about 9,000 GP appointments a year", "repetition", "minor",
               None, occ=1)],
     traps=[T("without first seeing a GP", "without seeing a GP first"),
            T("about 9,000", "an estimated 9,000"),
            T("symptoms after an accident", "symptoms following an accident")])

case("airport security queues", "rewrite",
     "Passengers at Halden International Airport faced security queues of up to two hours on Saturday "
     "morning after a fault with new scanning equipment, the airport said. About 40 flights were delayed, "
     "and passengers on six departures missed their flights. The airport said the new CT scanners, which "
     "allow passengers to keep liquids and laptops in their bags, had been installed in March and that the "
     "manufacturer was investigating the fault. A spokesperson said extra staff would be deployed next "
     "weekend and that passengers should arrive at least two and a half hours before short-haul flights. "
     "The airport could face a review by the Civil Aviation Board, which said it was 'seeking information' "
     "about the disruption.",
     "A fault with new scanning equipment left passengers at Halden International Airport queuing for as "
     "long as two hours at security on Saturday morning, the airport said. Around 40 flights were held up, "
     "and passengers booked on six departures missed their flights and will be offered compensation. The "
     "new CT scanners, which let travellers leave liquids and laptops in their bags, were installed in "
     "March, according to the airport, and their manufacturer is looking into the fault. Additional staff "
     "will be on duty next weekend, a spokesperson said, adding that passengers should arrive at least two "
     "and a half hours before short-haul flights. The airport will face a review by the Civil Aviation "
     "Board, which said it was 'seeking information' about the disruption.",
     errors=[E("and will be offered compensation", "addition", "major", None),
             E("will face a review", "modality", "major", "could face a review")],
     traps=[T("queuing for as long as two hours at security", "security queues of up to two hours"),
            T("were held up", "were delayed"),
            T("is looking into the fault", "was investigating the fault")])

case("probation service staffing", "rewrite",
     "Probation offices in the Western division are operating with 28% fewer qualified officers than they "
     "need, according to a report by the Chief Inspector of Probation published on Tuesday. The report "
     "found that some officers were supervising more than 70 offenders at a time, against a recommended "
     "maximum of 50, and that risk assessments were not completed on time in a third of the cases examined. "
     "The inspector, Margaret Oyelaran, said the shortages were 'putting the public at risk'. The Probation "
     "Service said it had recruited 340 trainee officers this year, but that it would take up to 18 months "
     "for them to qualify. It said caseloads were expected to fall by next spring.",
     "Probation offices across the Western division have 28% fewer qualified officers than they require, "
     "the Chief Inspector of Probation said in a report released on Tuesday. It found some officers "
     "supervising over 70 offenders at once, compared with a recommended ceiling of 50, and risk "
     "assessments overdue in one in three of the cases examined. The shortages were 'putting the public at "
     "risk', said Margaret Oyelaran, the chief inspector. According to the Probation Service, 340 trainee "
     "officers have been taken on this year, though they will need as long as 18 months to qualify. The "
     "service expects caseloads to fall by next spring.",
     traps=[T("28% fewer qualified officers than they require", "28% fewer qualified officers than they need"),
            T("supervising over 70 offenders at once", "supervising more than 70 offenders at a time"),
            T("a recommended ceiling of 50", "a recommended maximum of 50"),
            T("risk assessments overdue in one in three of the cases examined",
              "risk assessments were not completed on time in a third of the cases examined"),
            T("340 trainee officers have been taken on this year", "it had recruited 340 trainee officers this year")])

case("jury service exemptions", "summary",
     "Carers of disabled relatives and parents of children under five will be able to apply for an "
     "automatic exemption from jury service under changes announced on Thursday by the Ministry of Courts. "
     "The changes, which take effect on 1 September, follow a review that found that one in four people "
     "summoned were excused, often after lengthy correspondence with court officials. Justice minister Alan "
     "Ferrier said the reforms would 'make the system fairer and quicker'. Self-employed people will not be "
     "exempt, but will be able to defer their service once for up to 12 months. The Jury Reform Trust, a "
     "campaign group, said the changes were sensible but warned that courts must ensure juries remained "
     "representative.",
     "Carers of disabled relatives and parents of under-fives will be able to apply for automatic exemption "
     "from jury service from 1 November, the Ministry of Justice said, after a review found a quarter of "
     "those summoned were excused. Self-employed people will not be exempt but can defer once for up to a "
     "year.",
     errors=[E("1 November", "date", "major", "1 September"),
             E("the Ministry of Justice", "entity", "minor", "the Ministry of Courts")],
     traps=[T("parents of under-fives", "parents of children under five"),
            T("a quarter of those summoned", "one in four people summoned"),
            T("for up to a year", "for up to 12 months")])

case("youth club closures", "translation",
     "The municipality of Norrvik will close four of its seven youth centres at the end of June to save 3.2 "
     "million kronor a year, the municipal council decided on Monday evening. The three remaining centres, "
     "in Centrum, Björkdal and Hamnen, will extend their opening hours to 10 p.m. on Fridays and Saturdays. "
     "About 25 youth workers are affected; the municipality says most will be offered other posts within "
     "social services. The decision was taken with 31 votes to 20. The opposition argued that the closures "
     "would hit the outlying districts hardest, where young people already had few meeting places. Police "
     "in the area said they were concerned about a possible rise in anti-social behaviour during the "
     "summer.",
     "On Monday evening Norrvik's municipal council voted to shut four of the municipality's seven youth "
     "centres when June ends, a saving of 3.2 million kronor annually. The remaining three, in Centrum, "
     "Björkdal and Hamnen, will open later, until 22:00, on Fridays and Saturdays. Some 25 youth workers are "
     "affected, most of whom, according to the municipality, will be offered other jobs in social services. "
     "The vote was 31 to 20. Opposition politicians said the outer districts, where young people already "
     "have few places to meet, would bear the brunt of the closures. Local police voiced concern that "
     "anti-social behaviour could increase over the summer.",
     traps=[T("when June ends", "at the end of June"),
            T("3.2 million kronor annually", "3.2 million kronor a year"),
            T("until 22:00", "to 10 p.m."),
            T("The vote was 31 to 20", "The decision was taken with 31 votes to 20"),
            T("would bear the brunt of the closures", "would hit the outlying districts hardest")])

case("tenant deposit schemes", "summary",
     "Landlords who fail to protect tenants' deposits in a government-approved scheme within 30 days will "
     "face fines of up to three times the deposit under new rules coming into force on 1 June, the Ministry "
     "of Housing announced. At present, tenants must go to court to claim compensation, and fewer than one "
     "in 20 eligible tenants do so, according to the ministry. The new rules will allow local councils to "
     "issue the fines directly. Data from the three approved schemes shows that around 180,000 deposits, "
     "worth an estimated £190 million, were unprotected last year. The National Landlords' Forum said most "
     "landlords complied with the law and that the penalties should target 'a small minority of rogue "
     "operators'.",
     "From 1 June, councils will be able to fine landlords up to three times the deposit if they do not "
     "protect it in an approved scheme within 30 days; at present, the ministry says, under 5% of eligible "
     "tenants go to court for compensation. About 180,000 deposits worth some £190m went unprotected last "
     "year, though landlords' representatives say most comply.",
     traps=[T("if they do not protect it", "who fail to protect tenants' deposits"),
            T("under 5% of eligible tenants", "fewer than one in 20 eligible tenants"),
            T("some £190m", "an estimated £190 million"),
            T("went unprotected last year", "were unprotected last year")])

case("cladding replacement", "translation",
     "The housing cooperative Słoneczne Wzgórze in Lesznów will replace the facade cladding on three of its "
     "apartment blocks after fire tests showed that the panels spread flames faster than permitted, the "
     "cooperative's board said on Wednesday. The work, costing 14 million zlotys, is due to begin in April "
     "and last about a year. The cooperative will cover 60% of the cost from its renovation fund, and "
     "residents will pay the rest in instalments spread over ten years. Fire inspectors have ordered "
     "temporary measures, including additional smoke detectors on every floor, until the work is finished. "
     "The panels were installed in 2016 by the firm Termobud, which the board said it intended to sue for "
     "damages.",
     "The Słoneczne Wzgórze housing cooperative in Lesznów is to replace the cladding on the facades of "
     "three of its blocks of flats after a fire in one of the blocks revealed that the panels spread flames "
     "faster than the rules allow, its board announced on Wednesday. The works will cost 14 million zlotys, "
     "start in April and take roughly twelve months. Sixty per cent of the bill will come from the "
     "cooperative's renovation fund; residents will pay the remainder in instalments over ten years. Until "
     "the job is completed, fire inspectors have required interim safeguards, among them extra smoke "
     "detectors on each floor. The board said it planned to take Termobud, the company that fitted the "
     "panels in 2016, to court for damages.",
     errors=[E("a fire in one of the blocks revealed", "event", "major", "fire tests showed")],
     traps=[T("take roughly twelve months", "last about a year"),
            T("Sixty per cent of the bill", "60% of the cost")])

# ------------------------------------------------------- build and validate
def find_occ(haystack, needle, occ):
    """Start of the occ-th (0-based) occurrence of needle in haystack."""
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("occurrence %d of %r not found" % (occ, needle))
    return pos


def words(s):
    return len(re.findall(r"\S+", s))


def check_boundaries(cand, start, end, what):
    if start > 0 and cand[start - 1].isalnum() and cand[start].isalnum():
        raise ValueError("%s: span cuts a word at its start" % what)
    if end < len(cand) and cand[end - 1].isalnum() and cand[end].isalnum():
        raise ValueError("%s: span cuts a word at its end" % what)
    if cand[start:end] != cand[start:end].strip():
        raise ValueError("%s: span has leading/trailing whitespace" % what)


def build():
    records = []
    for i, c in enumerate(CASES, 1):
        rid = "s%d-%03d" % (N, i)
        ref, cand = c["reference"], c["candidate"]
        where = "%s (%s)" % (rid, c["domain"])
        errors, traps, spans = [], [], []
        for e in c["errors"]:
            t = e["type"]
            if t not in ERROR_TYPES or e["severity"] not in SEVERITIES:
                raise ValueError("%s: bad type/severity %r" % (where, e))
            if t == "omission":
                if e["text"] != "" or not e["after"]:
                    raise ValueError("%s: omission needs empty text and an anchor" % where)
                start = end = find_occ(cand, e["after"], e["after_occ"]) + len(e["after"])
                if 0 < start < len(cand) and cand[start - 1].isalnum() and cand[start].isalnum():
                    raise ValueError("%s: omission point inside a word" % where)
                if not e["ref_text"] or e["ref_text"] in cand:
                    raise ValueError("%s: omitted words must be absent from the candidate" % where)
            else:
                if not e["text"]:
                    raise ValueError("%s: empty error text" % where)
                start = find_occ(cand, e["text"], e["occ"])
                end = start + len(e["text"])
                check_boundaries(cand, start, end, where)
            if t in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise ValueError("%s: %s must have ref_text null" % (where, t))
            elif e["ref_text"] is None or e["ref_text"] not in ref:
                raise ValueError("%s: ref_text %r not in reference" % (where, e["ref_text"]))
            if t == "repetition" and cand.find(e["text"]) >= start:
                raise ValueError("%s: repetition has no earlier copy" % where)
            if t == "omission" and c["mode"] == "summary":
                raise ValueError("%s: omission in a summary" % where)
            assert cand[start:end] == e["text"]
            errors.append({"start": start, "end": end, "text": e["text"], "type": t,
                           "severity": e["severity"], "ref_text": e["ref_text"]})
            spans.append((start, end))
        for tr in c["traps"]:
            start = find_occ(cand, tr["text"], tr["occ"])
            end = start + len(tr["text"])
            check_boundaries(cand, start, end, where)
            if tr["ref_text"] not in ref:
                raise ValueError("%s: trap ref_text %r not in reference" % (where, tr["ref_text"]))
            if tr["ref_text"] == tr["text"]:
                raise ValueError("%s: trap is not reworded: %r" % (where, tr["text"]))
            traps.append({"start": start, "end": end, "text": tr["text"], "ref_text": tr["ref_text"]})
            spans.append((start, end))
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s2 < e1 or (s1 == e1 == s2 == e2):
                raise ValueError("%s: overlapping spans %r %r" % (where, (s1, e1), (s2, e2)))
            if s1 < s2 < e1 or (s2 == e2 and s1 < s2 < e1):
                raise ValueError("%s: omission point inside a span" % where)
        label = "inconsistent" if errors else "consistent"
        nw = words(ref)
        if not 70 <= nw <= 190:
            raise ValueError("%s: reference has %d words" % (where, nw))
        if c["mode"] not in MODES:
            raise ValueError("%s: bad mode" % where)
        if c["mode"] == "summary" and not (len(cand) < len(ref) and words(cand) < nw):
            raise ValueError("%s: summary not shorter than reference" % where)
        if label == "consistent" and not 3 <= len(traps) <= 5:
            raise ValueError("%s: consistent pair needs 3-5 traps" % where)
        if label == "inconsistent" and not 0 <= len(traps) <= 3:
            raise ValueError("%s: inconsistent pair needs 0-3 traps" % where)
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: x["start"])
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
                        "candidate": cand, "label": label, "errors": errors, "traps": traps})
    return records


def check_composition(records):
    from collections import Counter
    assert len(records) == 40, len(records)
    doms = [r["domain"] for r in records]
    assert len(set(doms)) == 40 and set(doms) == set(DOMAINS), "domains must be the 40 given, once each"
    combo = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    assert dict(combo) == want, combo
    types = Counter(e["type"] for r in records for e in r["errors"])
    assert sum(types.values()) == 30, types
    assert all(types[t] >= 2 for t in ERROR_TYPES), types
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    assert per_pair[1] + per_pair[2] >= 15, per_pair
    return combo, types, per_pair


def main():
    records = build()
    combo, types, per_pair = check_composition(records)
    from collections import Counter
    print("pairs:", len(records))
    print("mode x label:", dict(sorted(combo.items())))
    print("labels:", dict(Counter(r["label"] for r in records)))
    print("errors by type:", dict(sorted(types.items())), "total", sum(types.values()))
    print("severity:", dict(Counter(e["severity"] for r in records for e in r["errors"])))
    print("errors per inconsistent pair:", dict(per_pair))
    print("traps:", sum(len(r["traps"]) for r in records))
    print("reference words: %d-%d" % (min(words(r["reference"]) for r in records),
                                      max(words(r["reference"]) for r in records)))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
