#!/usr/bin/env python3
"""Held-out evaluation set 96 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw
no code or data of the project (and no existing benchmark), working only from a
written brief.  All people, companies, organisations, places and figures are
invented; real countries appear at most as background.  Character offsets are
never typed by hand: the script finds every span by string search (with an
occurrence index where a quoted text repeats), validates the whole set and
writes set96.jsonl next to this file.  `python3 make_set96.py --check`
validates only and writes nothing.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total (10 inconsistent pairs with one error, 10 with two):
          entity 3, number 4, date 3, role 3, polarity 3, modality 3,
          attribution 2, event 3, omission 2, addition 2, repetition 2
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair
Omissions occur only in rewrite and translation pairs; summaries are shorter
than their references; references are 70-190 words.
"""
import json
import os
import re
import sys

N = 96
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set96.jsonl")

DOMAINS = [d.strip() for d in (
    "second homes levy;leasehold reform;cycle lane consultations;theatre funding cuts;"
    "tourism tax proposals;gas boiler replacement grants;flood barrier funding;"
    "noise complaints at airports;park ranger cuts;teacher recruitment shortfalls;"
    "recycling targets;litter fines;street lighting upgrades;foster carer allowances;"
    "coastal erosion defences;plastic bag charges;rent control proposals;"
    "snow school closures;drought restrictions;winter gritting budgets;prison overcrowding;"
    "cancer screening uptake;hospital winter pressures;speed camera enforcement;"
    "medicine shortages;school exclusion rates;eye clinic waiting lists;postal vote deadlines;"
    "new town proposals;childcare cost support;school transport for disabled pupils;"
    "business improvement districts;grassroots football pitches;air ambulance funding;"
    "sports facility grants;border check delays;community radio licences;"
    "marathon road closures;council mergers;postal delivery targets").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]

CASES = []


def E(text, etype, severity, ref_text, occ=0):
    """An error whose span is the occ-th occurrence of `text` in the candidate."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def O(anchor, ref_text, severity, occ=0):
    """An omission located right after the occ-th occurrence of `anchor`."""
    return {"anchor": anchor, "type": "omission", "severity": severity,
            "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def add(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------- rewrites 1-10

add("second homes levy", "rewrite", "consistent",
    "Harwick Bay District Council voted on Thursday to double council tax on second homes from April 2026, "
    "a move expected to raise about £3.4 million a year. Councillors approved the premium by 31 votes to 12 "
    "after a two-hour debate. Council leader Imogen Tarrant said the money would be ring-fenced for affordable "
    "housing and that around 1,150 properties in the district were currently registered as second homes. "
    "Owners who can show that a property is being actively marketed for sale or let will be exempt for up to "
    "12 months. The Harwick Bay Holiday Lets Association said the levy was likely to push some owners to sell, "
    "but conceded that local families had been priced out of several coastal villages.",
    "Second-home owners in Harwick Bay will pay twice the normal council tax from April 2026 after the "
    "district council backed the premium on Thursday. The measure passed 31–12 following a debate lasting two "
    "hours and is forecast to bring in roughly £3.4m annually. According to council leader Imogen Tarrant, the "
    "proceeds will be reserved for affordable housing; she said some 1,150 homes in the district are currently "
    "registered as second homes. An exemption of up to a year will apply where owners can demonstrate that the "
    "property is actively on the market for sale or rent. The Harwick Bay Holiday Lets Association warned the "
    "charge would probably force some owners to sell, though it acknowledged that local families had been "
    "priced out of several coastal villages.",
    traps=[T("twice the normal council tax", "double council tax"),
           T("31–12", "by 31 votes to 12"),
           T("roughly £3.4m annually", "about £3.4 million a year"),
           T("up to a year", "up to 12 months"),
           T("would probably force", "was likely to push")])

add("leasehold reform", "rewrite", "inconsistent",
    "Leaseholders in the Corran Valley will be able to extend their leases to 990 years at no extra ground "
    "rent under proposals published on Monday by the Corran Valley Housing Authority. The authority estimates "
    "that about 42,000 flats in the region are held on leases with fewer than 80 years remaining, which can "
    "make them hard to mortgage or sell. Under the plans, the cost of buying the freehold collectively would be "
    "capped at 0.1% of a building's market value for every year left on the lease, provided that at least half "
    "of the leaseholders take part. Authority chair Bernard Okafor said the reforms would 'end decades of "
    "unfair charges'. A consultation runs until 14 March, and the changes could take effect next year.",
    "Under proposals the Corran Valley Housing Authority set out on Monday, leaseholders in the region would "
    "be able to extend their leases to 990 years without paying any additional ground rent. Around 24,000 "
    "flats across the Corran Valley have fewer than 80 years left on their leases, according to the "
    "authority's estimate, a situation that can make them difficult to mortgage or sell. The plans would cap "
    "the price of collectively buying the freehold at 0.1% of a building's market value for each remaining "
    "year of the lease. Bernard Okafor, who chairs the authority, said the reforms would 'end decades of "
    "unfair charges'. Views can be submitted until 14 March, and the changes could come into force next year.",
    errors=[E("24,000", "number", "major", "42,000"),
            O("for each remaining year of the lease",
              "provided that at least half of the leaseholders take part", "major")],
    traps=[T("Views can be submitted until 14 March", "A consultation runs until 14 March")])

add("cycle lane consultations", "rewrite", "consistent",
    "Transport officials in Millbrook have extended a public consultation on a proposed 4.2-kilometre "
    "segregated cycle lane along Carver Road by three weeks after receiving more than 2,600 responses. The "
    "consultation, which was due to close on 9 May, will now end on 30 May. Millbrook City Council said the "
    "extension would allow businesses on the route to submit detailed evidence on loading bays and parking. "
    "Early analysis shows that 58% of respondents support the scheme, while 37% oppose it. Cabinet member for "
    "transport Dalia Whitcombe said no decision would be taken before the summer and that the design could "
    "still change. The lane, if approved, would be funded by a £5.8 million grant from the regional transport "
    "fund.",
    "More than 2,600 people have responded to Millbrook City Council's consultation on a planned segregated "
    "cycle lane on Carver Road, prompting officials to keep it open for an extra three weeks. Instead of "
    "closing on 9 May, the exercise will now run until 30 May, which the council said would give businesses "
    "along the route the chance to submit detailed evidence about parking and loading bays. Early analysis "
    "shows that 58 per cent of respondents back the 4.2km scheme, while 37% are against it. Dalia Whitcombe, "
    "the cabinet member responsible for transport, said the council would not reach a decision before the "
    "summer and that the design could still be changed. Should it go ahead, the lane would be funded by a "
    "£5.8m grant from the regional transport fund.",
    traps=[T("keep it open for an extra three weeks", "by three weeks"),
           T("4.2km", "4.2-kilometre"),
           T("the council would not reach a decision", "no decision would be taken"),
           T("Should it go ahead", "if approved"),
           T("£5.8m", "£5.8 million")])

add("theatre funding cuts", "rewrite", "inconsistent",
    "The Arts Council of Westmere will cut its annual grant to the Lantern Playhouse by 40% from next April, "
    "the theatre's board confirmed on Wednesday. The grant, currently £820,000, accounts for roughly a third "
    "of the venue's income. Artistic director Priya Halloran said the theatre would have to reduce its "
    "programme from eight in-house productions a year to five and could close its youth company. The arts "
    "council said in a statement that it had faced a 12% reduction in its own budget and had been forced to "
    "make 'extremely difficult choices' across the region. Local MP Gordon Ashby has asked for a meeting with "
    "the council's chief executive.",
    "From next April the Lantern Playhouse will receive 40% less in annual funding from the Arts Council of "
    "Westmere, the theatre's board said on Wednesday. The grant, which currently stands at £820,000, makes up "
    "around one third of the venue's income. According to artistic director Priya Halloran, the theatre will "
    "need to cut its in-house programme from eight productions a year to five and could close its youth "
    "company. Halloran added that the arts council had seen its own budget reduced by 12% and had been forced "
    "into 'extremely difficult choices' across the region. Gordon Ashby, the local MP, has requested a meeting "
    "with the council's chief executive.",
    errors=[E("Halloran added", "attribution", "major", "The arts council said in a statement")],
    traps=[T("around one third", "roughly a third"),
           T("Gordon Ashby, the local MP", "Local MP Gordon Ashby")])

add("tourism tax proposals", "rewrite", "consistent",
    "Visitors staying overnight in Kestrel Harbour could be charged £2 per person per night under a tourism "
    "levy proposed by the town's council on Tuesday. The charge would apply to hotels, guest houses and "
    "short-term rentals, but children under 16 and people staying in campsites would be exempt. Officials "
    "estimate the levy would raise between £1.9 million and £2.3 million a year, which would be spent on "
    "street cleaning, public toilets and events. The proposal will go to a public consultation in September, "
    "and the levy would not be introduced before 2027. Kestrel Harbour Hoteliers' Forum chair Annette Brisco "
    "said members feared the charge would deter families, adding that neighbouring resorts had no such levy.",
    "A £2-a-night tourism levy on each overnight visitor has been proposed by Kestrel Harbour's council. Under "
    "Tuesday's proposal, guests at hotels, guest houses and short-term lets would pay the charge, while "
    "campers and under-16s would not. The council's officials estimate that it would generate £1.9m–£2.3m "
    "annually, to be used for public toilets, street cleaning and events. A public consultation will take "
    "place in September, and the levy would come in no earlier than 2027. Annette Brisco, who chairs the "
    "Kestrel Harbour Hoteliers' Forum, said its members feared that families would be put off, noting that "
    "there was no comparable levy in nearby resorts.",
    traps=[T("£2-a-night tourism levy on each overnight visitor", "£2 per person per night"),
           T("campers and under-16s would not",
             "children under 16 and people staying in campsites would be exempt"),
           T("£1.9m–£2.3m annually", "between £1.9 million and £2.3 million a year"),
           T("no earlier than 2027", "not be introduced before 2027"),
           T("there was no comparable levy in nearby resorts", "neighbouring resorts had no such levy")])

add("gas boiler replacement grants", "rewrite", "inconsistent",
    "Homeowners in the Ashgrove region will be able to apply for grants of up to £6,500 to replace gas boilers "
    "with heat pumps from 1 October, the Ashgrove Energy Agency announced. The scheme has a budget of £48 "
    "million and is expected to fund around 7,000 installations over two years. Households with an annual "
    "income below £32,000 may also qualify for an additional £1,500 towards insulation. Installers must be "
    "certified under the agency's quality scheme. Agency director Tomasz Reddy said demand was likely to be "
    "high and urged people to check their eligibility early. Last year's pilot, which ran in three towns, "
    "received 1,240 applications for 400 places.",
    "From 1 October, homeowners across the Ashgrove region can apply for up to £6,500 to swap their gas boiler "
    "for a heat pump, the Ashgrove Energy Agency has said. The £48m scheme is expected to pay for about 6,500 "
    "installations over a two-year period. Households earning less than £32,000 a year will also receive a "
    "further £1,500 for insulation. Only installers certified under the agency's quality scheme can carry out "
    "the work. Tomasz Reddy, the agency's director, said he expected strong demand and encouraged residents to "
    "check early whether they were eligible. A pilot run in three towns last year attracted 1,240 applications "
    "for 400 places.",
    errors=[E("6,500 installations", "number", "major", "7,000 installations"),
            E("will also receive", "modality", "major", "may also qualify")],
    traps=[T("Only installers certified under the agency's quality scheme can carry out the work",
             "Installers must be certified under the agency's quality scheme"),
           T("he expected strong demand", "demand was likely to be high")])

add("flood barrier funding", "rewrite", "consistent",
    "A £27 million flood barrier to protect 1,800 homes and businesses in Dunmoor will be built after the "
    "regional flood authority agreed to cover the final £4 million funding gap. The Alder Valley Flood "
    "Authority approved the contribution at a meeting on 12 February, four years after the scheme was first "
    "proposed. Construction of the barrier, which will span the River Alder near Mill Bridge, is due to begin "
    "in the spring of 2025 and take about 30 months. The remaining cost is being met by the national "
    "environment agency and Dunmoor Town Council. Town mayor Felicity Garbutt said residents who had been "
    "flooded twice in the past decade could finally 'sleep at night'.",
    "Dunmoor's flood barrier will go ahead after the Alder Valley Flood Authority agreed on 12 February to "
    "plug the last £4m gap in the £27m scheme. The barrier, first proposed four years earlier, will protect "
    "1,800 homes and businesses. Work on the structure across the River Alder near Mill Bridge is due to start "
    "in spring 2025 and last around two and a half years. The national environment agency and Dunmoor Town "
    "Council are paying the rest. Felicity Garbutt, the town's mayor, said residents flooded twice in the last "
    "ten years could finally 'sleep at night'.",
    traps=[T("the last £4m gap", "the final £4 million funding gap"),
           T("around two and a half years", "about 30 months"),
           T("are paying the rest", "The remaining cost is being met by"),
           T("the last ten years", "the past decade")])

add("noise complaints at airports", "rewrite", "inconsistent",
    "Complaints about aircraft noise at Fennick Airport rose by 63% last year to 4,210, according to figures "
    "released by the airport's independent noise monitor. Most related to night flights between 11pm and 6am, "
    "which increased after the airport was granted permission to extend its operating hours in 2022. The "
    "Fennick Airport Consultative Committee has written to the airport's operator, Skyline Gateways, asking "
    "it to publish a plan to cut night movements. Skyline Gateways said it had already invested £2.1 million "
    "in quieter ground equipment and would respond to the committee within 28 days. Residents' group Quiet "
    "Skies Fennick said the figures 'confirm what we have been saying for two years'.",
    "Fennick Airport's independent noise monitor has published figures showing that noise complaints climbed "
    "63% last year, to 4,210. The majority concerned night flights between 11pm and 6am, which have become "
    "more frequent since the airport won permission in 2022 to extend its operating hours. Skyline Gateways, "
    "which runs the airport, has written to the Fennick Airport Consultative Committee asking it to publish a "
    "plan to reduce night movements. The operator said it had already spent £2.1m on quieter ground equipment "
    "and would reply to the committee within four weeks. Quiet Skies Fennick, a residents' group, said the "
    "figures 'confirm what we have been saying for two years'.",
    errors=[E("Skyline Gateways, which runs the airport, has written to the Fennick Airport Consultative "
              "Committee", "role", "major",
              "The Fennick Airport Consultative Committee has written to the airport's operator, Skyline "
              "Gateways")],
    traps=[T("£2.1m", "£2.1 million"),
           T("within four weeks", "within 28 days")])

add("park ranger cuts", "rewrite", "consistent",
    "Brackenfield Borough Council plans to reduce the number of park rangers from 22 to 14 as part of efforts "
    "to save £9.6 million in 2025-26. The proposal, published in the council's draft budget on Friday, would "
    "save an estimated £310,000 a year. Rangers currently patrol 46 parks and green spaces, run school visits "
    "and support volunteer groups. Under the plans, the remaining staff would be organised into two "
    "area-based teams and school visits would be reduced but not stopped. Councillor Hamish Lowther, cabinet "
    "member for finance, said the council had 'no choice' because of rising social care costs. The Friends of "
    "Brackenfield Parks said it was 'deeply concerned' and would launch a petition. A final decision is due "
    "in March.",
    "Eight park ranger posts could go at Brackenfield Borough Council, leaving 14, under draft budget "
    "proposals published on Friday. The cut is projected to save about £310,000 a year and forms part of the "
    "council's drive to save £9.6m in 2025-26. The rangers currently look after 46 parks and green spaces, as "
    "well as running school visits and supporting volunteer groups. The remaining staff would be split into "
    "two teams covering different areas, and school visits would be scaled back rather than scrapped. Finance "
    "cabinet member Hamish Lowther said rising social care costs left the council with 'no choice'. The "
    "Friends of Brackenfield Parks described itself as 'deeply concerned' and said it would start a petition. "
    "A final decision is expected in March.",
    traps=[T("Eight park ranger posts could go", "reduce the number of park rangers from 22 to 14"),
           T("is projected to save about £310,000", "would save an estimated £310,000"),
           T("split into two teams covering different areas", "organised into two area-based teams"),
           T("scaled back rather than scrapped", "reduced but not stopped")])

add("teacher recruitment shortfalls", "rewrite", "inconsistent",
    "Secondary schools in the Linford education authority area began the autumn term with 137 teaching "
    "vacancies, the highest number since records began in 2011, according to a report published on Tuesday. "
    "Maths, physics and computing accounted for almost half of the unfilled posts. The report, commissioned "
    "by the Linford Headteachers' Association, found that 18% of newly qualified teachers who started in the "
    "area in 2021 had left the profession within three years. It also concluded that a £3,000 relocation "
    "bonus, introduced by the authority last year for teachers in shortage subjects, had not increased the "
    "number of applications. Association secretary Naomi Ferreira said schools were relying increasingly on "
    "supply staff to cover lessons.",
    "A report published on Tuesday shows that secondary schools in the Linford education authority area "
    "started the autumn term with 137 teaching vacancies, more than at any point since records began in 2011. "
    "Almost half of the vacant posts were in maths, physics and computing. Commissioned by the Linford "
    "Headteachers' Association, the report found that 18% of newly qualified teachers who began working in "
    "the area in 2021 had quit the profession within three years, mostly citing workload. It also concluded "
    "that the £3,000 relocation bonus the authority brought in last year for shortage-subject teachers had "
    "increased the number of applications. Naomi Ferreira, the association's secretary, said schools were "
    "increasingly dependent on supply staff to cover lessons.",
    errors=[E("mostly citing workload", "addition", "minor", None),
            E("had increased the number of applications", "polarity", "major",
              "had not increased the number of applications")],
    traps=[T("more than at any point since records began in 2011",
             "the highest number since records began in 2011")])

# --------------------------------------------------------------- rewrites 11-20

add("recycling targets", "rewrite", "consistent",
    "Ormsby County Council recycled or composted 41.3% of household waste in 2023-24, missing its own target "
    "of 50% for the fourth year in a row, official figures show. The rate was up slightly from 40.8% the "
    "previous year. The council blamed the closure of a local materials recovery facility in 2022, which "
    "meant that some mixed plastics had to be sent for incineration. Environment portfolio holder Gwen "
    "Adeyemi said a new weekly food waste collection, due to start in January, should lift the rate by around "
    "five percentage points. Opposition councillors said the target had been 'quietly abandoned' and called "
    "for a review of the waste strategy.",
    "Official figures show that Ormsby County Council fell short of its own 50% recycling target for a fourth "
    "consecutive year, with 41.3% of household waste recycled or composted in 2023-24. That was a slight "
    "improvement on the 40.8% achieved a year earlier. The council put the shortfall down to the 2022 closure "
    "of a local materials recovery facility, after which some mixed plastics had to be incinerated. Gwen "
    "Adeyemi, who holds the environment portfolio, said weekly food waste collections starting in January "
    "should raise the rate by roughly five percentage points. Opposition councillors claimed the target had "
    "been 'quietly abandoned' and called for the waste strategy to be reviewed.",
    traps=[T("for a fourth consecutive year", "for the fourth year in a row"),
           T("a year earlier", "the previous year"),
           T("the 2022 closure of a local materials recovery facility",
             "the closure of a local materials recovery facility in 2022"),
           T("had to be incinerated", "had to be sent for incineration"),
           T("called for the waste strategy to be reviewed", "called for a review of the waste strategy")])

add("litter fines", "rewrite", "inconsistent",
    "Castlebridge City Council will raise the fixed penalty for dropping litter from £100 to £150 on 1 July, "
    "the council confirmed on Monday. People who pay within 10 days will be offered a reduced rate of £100. "
    "The council issued 3,870 litter fines last year, two-thirds of them in the city centre, through a "
    "contract with enforcement firm Civic Patrol Services. The contract, worth £420,000 a year, will be "
    "retendered in the autumn after complaints that officers targeted people for minor offences such as "
    "dropping cigarette ends near bins. Deputy leader Ravi Ostrowski said the higher fine was intended to "
    "'change behaviour, not raise revenue'.",
    "From Monday, anyone caught dropping litter in Castlebridge will face a £150 fixed penalty, up from £100, "
    "the city council has confirmed. Those who pay within 10 days will be charged the lower rate of £100. "
    "Enforcement firm Civic Patrol Services, working under contract to the council, handed out 3,870 litter "
    "fines last year, two in three of them in the city centre. The £420,000-a-year contract is to be put out "
    "to tender again in the autumn, following complaints that officers had targeted people over minor "
    "offences such as dropping cigarette ends close to bins. The higher fine was meant to 'change behaviour, "
    "not raise revenue', deputy leader Ravi Ostrowski said.",
    errors=[E("From Monday", "date", "major", "on 1 July")],
    traps=[T("two in three", "two-thirds"),
           T("put out to tender again", "retendered")])

add("street lighting upgrades", "rewrite", "consistent",
    "All 38,500 street lights in the Wexmoor district will be replaced with LED units over the next three "
    "years under a £14.2 million programme approved by the district council. The council expects the new "
    "lights to cut its street lighting energy bill by about 60%, saving roughly £1.1 million a year at current "
    "prices. The lights will also be dimmed by 30% between midnight and 5am on residential roads, though not "
    "on main roads or at pedestrian crossings. Work will start in the north of the district in May. Cabinet "
    "member for highways Lucinda Frayne said the scheme would pay for itself within 13 years. Residents will "
    "be able to report faulty lights through a new online map.",
    "Wexmoor District Council has approved a £14.2m programme to fit LED units to every one of the district's "
    "38,500 street lights over the next three years. The authority expects the switch to reduce its street "
    "lighting energy bill by around three-fifths, a saving of about £1.1m annually at today's prices. On "
    "residential roads, the lights will also be dimmed by 30% from midnight to 5am; main roads and pedestrian "
    "crossings will be excluded. Work will begin in May in the north of the district. Lucinda Frayne, cabinet "
    "member for highways, said the investment would be recovered within 13 years. A new online map will allow "
    "residents to report faulty lights.",
    traps=[T("every one of the district's 38,500 street lights", "All 38,500 street lights"),
           T("around three-fifths", "about 60%"),
           T("about £1.1m annually at today's prices", "roughly £1.1 million a year at current prices"),
           T("main roads and pedestrian crossings will be excluded",
             "though not on main roads or at pedestrian crossings"),
           T("the investment would be recovered", "the scheme would pay for itself")])

add("foster carer allowances", "rewrite", "inconsistent",
    "Foster carers in the Redcliffe region will receive a 9% increase in their weekly allowances from April, "
    "the Redcliffe Children's Services Board announced on Thursday. The basic allowance for a child aged 11 to "
    "15 will rise from £262 to £286 a week. The board said the increase was needed to stop experienced carers "
    "leaving: the number of fostering households in the region fell from 1,430 to 1,310 over the past three "
    "years. The Fostering Network Redcliffe, which represents carers, welcomed the rise but said allowances "
    "still did not cover the full cost of looking after a teenager. Board chair Elspeth Murrow said a "
    "recruitment campaign would begin in the spring.",
    "The Redcliffe Children's Services Board said on Thursday that weekly allowances for foster carers in the "
    "region will go up by 9% from April. The basic allowance for a child aged 11 to 15 will rise from £262 to "
    "£286 a week. According to the board, the rise is necessary to prevent experienced carers from leaving, "
    "with the number of fostering households in Redcliffe dropping from 1,430 to 1,310 in the last three "
    "years. The Fostering Network Redcliffe, which represents carers, welcomed the increase but said "
    "allowances still fell short of the full cost of looking after a teenager. Board chair Elspeth Murray said "
    "a recruitment campaign would start in the spring. The basic allowance for a child aged 11 to 15 will "
    "rise from £262 to £286 a week.",
    errors=[E("Elspeth Murray", "entity", "minor", "Elspeth Murrow"),
            E("The basic allowance for a child aged 11 to 15 will rise from £262 to £286 a week.",
              "repetition", "minor", None, occ=1)],
    traps=[T("in the last three years", "over the past three years")])

add("coastal erosion defences", "rewrite", "consistent",
    "A 1.6-kilometre stretch of cliff at Saltmarsh Point will receive new rock armour defences after the "
    "regional coastal partnership secured £11.4 million in funding. The Northshore Coastal Partnership said "
    "the work would protect 240 homes, a caravan park and a section of the coastal road that has lost up to "
    "four metres of land a year in recent winters. About 85,000 tonnes of granite will be shipped in by barge "
    "to limit lorry traffic through the village. Construction is expected to start in June 2025 and finish by "
    "the end of 2026. Partnership manager Colin Adebayo warned that the defences would not halt erosion "
    "entirely and said they were designed to last 50 years.",
    "The Northshore Coastal Partnership has secured £11.4m to install rock armour along 1.6km of cliff at "
    "Saltmarsh Point. The defences will protect 240 homes, a caravan park and part of the coastal road, where "
    "as much as four metres of land a year has been lost in recent winters, the partnership said. To reduce "
    "lorry traffic through the village, around 85,000 tonnes of granite will be brought in by barge. Work is "
    "expected to get under way in June 2025 and be finished by the end of 2026. Colin Adebayo, the "
    "partnership's manager, cautioned that erosion would not be stopped completely, adding that the defences "
    "had a design life of 50 years.",
    traps=[T("£11.4m", "£11.4 million"),
           T("1.6km of cliff", "1.6-kilometre stretch of cliff"),
           T("as much as four metres", "up to four metres"),
           T("erosion would not be stopped completely", "the defences would not halt erosion entirely"),
           T("had a design life of 50 years", "were designed to last 50 years")])

add("plastic bag charges", "rewrite", "inconsistent",
    "Retailers in the Brenmouth region will have to charge at least 25p for every new plastic carrier bag "
    "from 1 September, up from 10p, under rules confirmed by the regional assembly. The charge will apply to "
    "all shops, not just those with more than 250 employees as at present. Since the 10p charge was "
    "introduced in 2019, sales of single-use bags by large retailers have fallen by 83%, according to the "
    "assembly's environment department. Shops will be required to report how many bags they sell each year, "
    "and proceeds should be donated to good causes. Small business groups said the extension would create "
    "extra paperwork for corner shops.",
    "From 1 September, shops in the Brenmouth region must charge a minimum of 25p, rather than 10p, for each "
    "new plastic carrier bag, after the regional assembly confirmed the rules. The requirement will cover "
    "every retailer, whereas at present only businesses with more than 250 staff are affected. The assembly's "
    "environment department says large retailers have sold 83% fewer single-use bags since the charge was "
    "raised to 10p in 2019. Shops will have to report their annual bag sales, and the money raised should go "
    "to good causes. Groups representing small businesses warned that corner shops would face additional "
    "paperwork.",
    errors=[E("the charge was raised to 10p", "event", "major", "the 10p charge was introduced")],
    traps=[T("more than 250 staff", "more than 250 employees"),
           T("sold 83% fewer single-use bags", "have fallen by 83%")])

add("rent control proposals", "rewrite", "consistent",
    "Annual rent increases for private tenants in the city of Tarrow would be limited to the rate of "
    "inflation plus one percentage point, with a maximum of 5%, under proposals unveiled by the city's mayor, "
    "Esther Kowalczyk, on Wednesday. The cap would apply to existing tenancies and to new lets, but homes "
    "built after 2025 would be exempt for their first ten years to avoid deterring construction. Around "
    "62,000 households rent privately in Tarrow, a third of the total. Landlords' body the Tarrow Property "
    "Owners Group said the plan would drive investors out of the city. The proposals require approval from "
    "the regional parliament, which is not expected to vote on them before next year.",
    "Tarrow's mayor, Esther Kowalczyk, on Wednesday unveiled plans to cap yearly rent rises for the city's "
    "private tenants at inflation plus one percentage point, up to a ceiling of 5%. Both current tenancies "
    "and new lettings would be covered, although homes built after 2025 would be exempt for their first "
    "decade to avoid discouraging development. One in three Tarrow households – about 62,000 – rent "
    "privately. The Tarrow Property Owners Group, which represents landlords, said the plan would drive "
    "investors out of the city. The regional parliament must approve the proposals and is unlikely to vote "
    "on them until next year.",
    traps=[T("up to a ceiling of 5%", "with a maximum of 5%"),
           T("for their first decade", "for their first ten years"),
           T("to avoid discouraging development", "to avoid deterring construction"),
           T("One in three Tarrow households", "a third of the total"),
           T("is unlikely to vote on them until next year", "is not expected to vote on them before next year")])

add("snow school closures", "rewrite", "inconsistent",
    "More than 140 schools across the Glenholm region were closed on Monday after up to 20 centimetres of "
    "snow fell overnight. The Glenholm Education Authority said head teachers had been advised to close only "
    "if staff could not reach the school safely or if heating had failed. Most schools are expected to reopen "
    "on Tuesday, although 23 rural primary schools will remain shut until Wednesday because access roads have "
    "not yet been gritted. Pupils at closed secondary schools have been asked to follow lessons online. The "
    "regional weather service has issued an amber warning for ice, which is in force until 10am on Tuesday.",
    "Over 140 schools in the Glenholm region shut on Monday after as much as 20cm of snow fell during the "
    "night. Head teachers had been told to close only if staff were unable to get to school safely or the "
    "heating had broken down, the Glenholm Education Authority said. The majority of schools are expected to "
    "open again on Tuesday, but 23 rural primaries will stay closed until Wednesday because their access "
    "roads are still to be gritted. Pupils whose schools are closed have been asked to follow lessons online. "
    "An amber warning for ice from the regional weather service remains in force until 10am on Wednesday.",
    errors=[O("Pupils whose", "secondary", "major"),
            E("until 10am on Wednesday", "date", "major", "until 10am on Tuesday")],
    traps=[T("as much as 20cm", "up to 20 centimetres"),
           T("are still to be gritted", "have not yet been gritted")])

add("drought restrictions", "rewrite", "consistent",
    "A hosepipe ban will come into force for 1.3 million customers of Eastvale Water from 8am on Friday, after "
    "reservoir levels fell to 54% of capacity, the lowest for the time of year since 1995. The restriction "
    "bans the use of hosepipes to water gardens, wash cars or fill paddling pools and swimming pools. "
    "Customers who break the ban could be fined up to £1,000. Blue Badge holders and commercial car washes "
    "are exempt. The company said it had fixed 2,300 leaks since May but warned that further measures could "
    "be needed if the dry weather continued into the autumn. Operations director Martin Quayle said the ban "
    "was 'a last resort'.",
    "Eastvale Water will impose a hosepipe ban on its 1.3 million customers from 8am on Friday, with "
    "reservoirs at just 54% of capacity – their lowest level for this point in the year since 1995. Under the "
    "restriction, hosepipes may not be used for watering gardens, cleaning cars or filling paddling pools and "
    "swimming pools. Anyone breaching the ban could face a fine of up to £1,000, although commercial car "
    "washes and Blue Badge holders are not covered by it. The company, which said 2,300 leaks had been "
    "repaired since May, cautioned that more measures might be required should the dry spell last into the "
    "autumn. Operations director Martin Quayle described the ban as 'a last resort'.",
    traps=[T("their lowest level for this point in the year since 1995",
             "the lowest for the time of year since 1995"),
           T("could face a fine of up to £1,000", "could be fined up to £1,000"),
           T("are not covered by it", "are exempt"),
           T("2,300 leaks had been repaired", "it had fixed 2,300 leaks"),
           T("might be required should the dry spell last", "could be needed if the dry weather continued")])

add("winter gritting budgets", "rewrite", "inconsistent",
    "Carnforth Shire Council has increased its winter gritting budget by £750,000 to £4.15 million after last "
    "year's harsh winter left it £1.2 million overspent. The council's fleet of 34 gritters will treat 1,480 "
    "miles of priority routes, about 42% of the road network, whenever temperatures are forecast to drop "
    "below 1C. Salt stocks at its three depots have been topped up to 26,000 tonnes. For the first time, the "
    "council will also place 600 new grit bins on steep residential streets following requests from "
    "residents. Roads cabinet member Fiona Tennant said the council could not grit every road but would "
    "prioritise bus routes and access to hospitals.",
    "After overspending by £1.2m during last year's harsh winter, Carnforth Shire Council has raised its "
    "winter gritting budget to £4.9m, an increase of £750,000. Its 34 gritters will cover 1,480 miles of "
    "priority routes – about 42% of the road network – whenever the temperature is forecast to fall below 1C. "
    "The three depots now hold 26,000 tonnes of salt after stocks were topped up. In response to requests "
    "from residents, 600 new grit bins will be placed on steep residential streets, the first time the "
    "council has done so. Fiona Tennant, cabinet member for roads, said it was impossible to grit every road, "
    "but bus routes and access to hospitals would be prioritised.",
    errors=[E("£4.9m", "number", "major", "£4.15 million")],
    traps=[T("After overspending by £1.2m", "left it £1.2 million overspent"),
           T("it was impossible to grit every road", "the council could not grit every road")])

# -------------------------------------------------------------- summaries 21-30

add("prison overcrowding", "summary", "consistent",
    "Harrowgate Prison is holding 1,140 inmates in space designed for 780, an occupancy rate of 146%, "
    "according to a report by the Independent Prisons Inspectorate of Northmere published on Tuesday. "
    "Inspectors found that two-thirds of cells built for one person were being shared by two men, and that "
    "prisoners spent an average of 21 hours a day locked up. Staff shortages meant that education and "
    "workshop sessions were cancelled on 40% of weekdays during the inspection in September. Chief inspector "
    "Adaeze Wolfe said conditions were 'among the worst we have seen in a decade'. The Northmere Prison "
    "Service said 180 extra places would open at the site next summer and that recruitment of officers had "
    "improved.",
    "A report published on Tuesday by the Independent Prisons Inspectorate of Northmere found Harrowgate "
    "Prison operating at 146% of its capacity, with 1,140 men held in space for 780. Most single cells were "
    "shared by two prisoners, who were locked up for an average of 21 hours daily, and staff shortages "
    "cancelled education and workshops on two weekdays in five during September's inspection. The chief "
    "inspector called conditions 'among the worst we have seen in a decade'. The prison service said 180 more "
    "places would open there next summer and officer recruitment had improved.",
    traps=[T("operating at 146% of its capacity", "an occupancy rate of 146%"),
           T("Most single cells were shared by two prisoners",
             "two-thirds of cells built for one person were being shared by two men"),
           T("two weekdays in five", "40% of weekdays"),
           T("The chief inspector", "Chief inspector Adaeze Wolfe")])

add("cancer screening uptake", "summary", "inconsistent",
    "Uptake of bowel cancer screening in the Ferndale Health Board area rose to 68.4% last year, exceeding "
    "the national target of 65% for the first time, the board's annual report shows. The improvement followed "
    "the introduction in 2022 of a simpler home test kit that requires only one sample. However, breast "
    "screening uptake fell to 69.1%, below the 70% target, and cervical screening uptake remained at 71%. "
    "For all three programmes, uptake in the most deprived neighbourhoods was 14 percentage points lower than "
    "in the least deprived. Director of public health Dr Kwame Lindqvist said the gap could not be explained "
    "by differences in age alone, and that the board would send text reminders and open clinics on evenings "
    "and Saturdays.",
    "Bowel cancer screening uptake in Ferndale reached 68.4% last year, beating the 65% national target for "
    "the first time after a simpler one-sample home kit was introduced in 2022. Breast screening slipped to "
    "69.1%, short of its 70% target, while cervical screening held at 71%. Uptake in the most deprived areas "
    "was 14% lower than in the least deprived, a gap public health director Dr Kwame Lindqvist put down to "
    "differences in age. The board plans text reminders and evening and Saturday clinics.",
    errors=[E("14% lower", "number", "major", "14 percentage points lower"),
            E("put down to differences in age", "polarity", "major",
              "could not be explained by differences in age alone")],
    traps=[T("short of its 70% target", "below the 70% target")])

add("hospital winter pressures", "summary", "consistent",
    "St Aldric's University Hospital declared a critical incident on Sunday evening after 96 patients were "
    "waiting in its emergency department, some of them for more than 30 hours. The hospital, which has 1,020 "
    "beds, said 94% were occupied and that about 160 patients who were medically fit to leave could not be "
    "discharged because care home places or home care packages were not available. Planned operations "
    "scheduled for Monday and Tuesday have been postponed, except for cancer and urgent cases. The Westbury "
    "Integrated Care Board said flu admissions across the area had doubled in a week. Patients have been "
    "urged to use pharmacies and the urgent care centre in Ledsham for minor conditions.",
    "St Aldric's University Hospital declared a critical incident on Sunday evening with 96 patients in its "
    "emergency department, some waiting over 30 hours. Nearly all of its 1,020 beds were full, and around 160 "
    "medically fit patients could not be discharged for lack of care home places or home care. Non-urgent "
    "planned operations on Monday and Tuesday have been postponed, though cancer cases are going ahead. Flu "
    "admissions in the area doubled in a week, and patients with minor conditions are being asked to use "
    "pharmacies or the Ledsham urgent care centre.",
    traps=[T("some waiting over 30 hours", "some of them for more than 30 hours"),
           T("Nearly all of its 1,020 beds were full", "94% were occupied"),
           T("for lack of care home places or home care",
             "because care home places or home care packages were not available"),
           T("Non-urgent planned operations", "except for cancer and urgent cases")])

add("speed camera enforcement", "summary", "inconsistent",
    "Average speed cameras on a 9-mile stretch of the Colbury to Penhallow road will be switched on on 3 "
    "March, the Southmoor Road Safety Partnership has announced. The route has seen 11 deaths and 47 serious "
    "injuries in the past five years. The scheme was proposed by Penhallow Parish Council in 2019 and "
    "approved by Southmoor County Council last year at a cost of £640,000. The cameras will enforce the "
    "existing 50mph limit. Drivers caught for the first time at up to 10% over the limit plus 2mph may be "
    "offered a speed awareness course instead of three penalty points. The partnership said fines would go "
    "to the national treasury rather than being kept locally.",
    "Average speed cameras will go live on 3 March along nine miles of the Colbury to Penhallow road, where 11 "
    "people have died and 47 have been seriously injured in five years. The £640,000 scheme, proposed by "
    "Southmoor County Council in 2019 and approved by Penhallow Parish Council last year, will enforce the "
    "current 50mph limit. First-time offenders caught at no more than 10% plus 2mph above the limit may be "
    "offered a speed awareness course instead of three penalty points.",
    errors=[E("proposed by Southmoor County Council in 2019 and approved by Penhallow Parish Council",
              "role", "major",
              "proposed by Penhallow Parish Council in 2019 and approved by Southmoor County Council")],
    traps=[T("go live", "be switched on"),
           T("nine miles", "9-mile stretch")])

add("medicine shortages", "summary", "consistent",
    "Pharmacists in the Dalbrook region are reporting shortages of more than 60 medicines, including some "
    "treatments for epilepsy, diabetes and attention deficit hyperactivity disorder, according to a survey by "
    "the Dalbrook Pharmacy Association. Of the 412 pharmacies that responded, 87% said they had been unable to "
    "dispense at least one prescription in full in the past month, and a quarter said patients had been "
    "forced to go without medicine for more than a week. The association blamed manufacturing problems "
    "abroad and low prices paid by the health service, which it said made some products unprofitable to "
    "supply. The regional health department said most shortages were temporary and that it was working with "
    "suppliers to resolve them.",
    "A Dalbrook Pharmacy Association survey found pharmacists in the region reporting shortages of more than "
    "60 medicines, among them some drugs for epilepsy, diabetes and ADHD. Nearly nine in ten of the 412 "
    "responding pharmacies had been unable to fully dispense at least one prescription in the past month, and "
    "one in four said patients had gone without for over a week. The association pointed to overseas "
    "manufacturing problems and low health service prices; the regional health department said most "
    "shortages were temporary and it was working with suppliers.",
    traps=[T("ADHD", "attention deficit hyperactivity disorder"),
           T("Nearly nine in ten", "87%"),
           T("one in four", "a quarter"),
           T("overseas manufacturing problems", "manufacturing problems abroad")])

add("school exclusion rates", "summary", "inconsistent",
    "Permanent exclusions from schools in the Kirkhaven authority area rose by 38% in the last academic year, "
    "to 212, with persistent disruptive behaviour the most common reason, official figures show. Pupils "
    "eligible for free school meals were four times more likely to be excluded than their classmates. The "
    "authority's education committee will consider plans next month to open two additional alternative "
    "provision centres, each with 40 places, at a cost of £2.6 million. Committee chair Yusuf Brennan said the "
    "authority might also require schools to publish their exclusion rates. Secondary head teachers said the "
    "rise reflected growing mental health needs and long waits for specialist support.",
    "Permanent exclusions in Kirkhaven rose 38% in the last academic year to 212, most commonly for persistent "
    "disruptive behaviour, and pupils on free school meals were four times as likely to be excluded. Next "
    "month the education committee will consider opening two more alternative provision centres with 40 "
    "places each, costing £2.6m, and the authority will require schools to publish their exclusion rates. "
    "Secondary heads linked the rise to growing mental health needs and long waits for specialist support.",
    errors=[E("the authority will require schools to publish their exclusion rates", "modality", "major",
              "the authority might also require schools to publish their exclusion rates")],
    traps=[T("four times as likely", "four times more likely"),
           T("£2.6m", "£2.6 million")])

add("eye clinic waiting lists", "summary", "consistent",
    "Almost 9,800 patients are waiting for a hospital eye appointment at Marlow Vale Health Trust, and 2,150 "
    "of them have waited longer than their recommended follow-up date, a board paper reveals. Patients with "
    "glaucoma and wet macular degeneration, who can lose sight permanently if treatment is delayed, make up "
    "about 40% of the overdue group. The trust plans to open a community eye clinic in Hensford in January, "
    "staffed by optometrists, which is expected to see around 250 patients a week. It has also hired two "
    "additional consultant ophthalmologists, who will start in the spring. Medical director Dr Sunita Carlsen "
    "said every overdue patient would be reviewed by a clinician by the end of February.",
    "Nearly 9,800 patients are on Marlow Vale Health Trust's waiting list for a hospital eye appointment, "
    "2,150 of them past their recommended follow-up date. About two in five of those overdue have glaucoma or "
    "wet macular degeneration, which can cause permanent sight loss if treatment is delayed. A planned "
    "optometrist-led community clinic, due to open in Hensford in January, is expected to see roughly 250 "
    "patients weekly, and two extra consultants start in the spring. The medical director said all overdue patients "
    "would be reviewed by a clinician by the end of February.",
    traps=[T("Nearly 9,800", "Almost 9,800"),
           T("About two in five", "about 40%"),
           T("optometrist-led community clinic", "staffed by optometrists"),
           T("roughly 250 patients weekly", "around 250 patients a week")])

add("postal vote deadlines", "summary", "inconsistent",
    "Voters in the Thornbury mayoral election who want to vote by post must apply by 5pm on 16 April, the "
    "Thornbury Electoral Registration Office has reminded residents. The election takes place on 2 May. "
    "Applications to vote by proxy must be received by 5pm on 24 April, except for people who fall ill or are "
    "called away for work after that date, who can apply up to 5pm on polling day. Around 48,000 of the "
    "city's 310,000 registered electors already have a postal vote. Postal ballot packs will be sent out from "
    "19 April, and completed ballots can be handed in at polling stations on election day. The office said it "
    "had recruited 120 extra staff to count the votes.",
    "Thornbury residents wishing to vote by post in the 2 May mayoral election must apply by 5pm on 24 April, "
    "the electoral registration office said, warning that late applications would not be accepted. Proxy "
    "applications close at 5pm on 24 April, with emergency exceptions up to polling day. About 48,000 of the "
    "city's 310,000 electors already have a postal vote. Ballot packs go out from 19 April, and completed "
    "ballots can be handed in at polling stations on election day.",
    errors=[E("5pm on 24 April", "date", "critical", "5pm on 16 April"),
            E("warning that late applications would not be accepted", "addition", "minor", None)],
    traps=[T("Proxy applications close", "Applications to vote by proxy must be received by")])

add("new town proposals", "summary", "consistent",
    "Plans for a new town of up to 12,000 homes on farmland east of Ryeford have been shortlisted by the "
    "Westmarch Development Corporation, which will make a final recommendation to the regional government in "
    "the autumn. The proposed settlement, provisionally named Ryeford Park, would include four primary "
    "schools, a secondary school, a health centre and a railway station on the existing Ryeford–Calder line. "
    "At least 35% of the homes would be classed as affordable. The corporation estimates that the first "
    "residents could move in by 2031 if the plan is approved. Ryeford District Council opposes the scheme, "
    "arguing that local roads and water supplies could not cope, and around 3,400 people have signed a "
    "petition against it.",
    "The Westmarch Development Corporation has shortlisted a new town of as many as 12,000 homes east of "
    "Ryeford, provisionally called Ryeford Park, and will make its final recommendation to the regional "
    "government in the autumn. The town would have five schools, one of them secondary, a health centre and "
    "a station on the Ryeford–Calder line, and at least 35% of homes would be affordable. If approved, it "
    "could have its first residents by 2031, the corporation estimates. Ryeford District Council is opposed, "
    "saying local roads and water supplies could not cope, and some 3,400 people have signed a petition "
    "against it.",
    traps=[T("as many as 12,000 homes", "up to 12,000 homes"),
           T("five schools, one of them secondary", "four primary schools, a secondary school"),
           T("If approved, it could have its first residents by 2031",
             "the first residents could move in by 2031 if the plan is approved"),
           T("some 3,400", "around 3,400")])

add("childcare cost support", "summary", "inconsistent",
    "Working parents in the Lakemere region will be able to claim up to £2,400 a year per child towards "
    "nursery fees from September under a scheme announced by the regional executive on Tuesday. The support "
    "will be available for children aged nine months to three years in families where each parent earns less "
    "than £80,000. Payments will be made directly to registered childcare providers rather than to parents. "
    "Finance minister Oskar Delacroix said the £56 million scheme would help around 23,000 families. Nursery "
    "operators welcomed the move but warned that staff shortages meant some settings had no spare places.",
    "From September, working parents in Lakemere can claim up to £2,400 a year per child towards nursery fees "
    "for children aged nine months to three years, provided each parent earns under £80,000. The money will "
    "be paid straight to registered providers. The finance minister said the £56m scheme would help about "
    "23,000 families. The money will be paid straight to registered providers. Nurseries welcomed it but "
    "warned staff shortages had left some with no spare places.",
    errors=[E("The money will be paid straight to registered providers.", "repetition", "minor", None, occ=1)],
    traps=[T("provided each parent earns under £80,000",
             "in families where each parent earns less than £80,000"),
           T("£56m", "£56 million")])

# ----------------------------------------------------------- translations 31-40

add("school transport for disabled pupils", "translation", "consistent",
    "The district of Oberweiden will reorganise transport for pupils with disabilities from the start of the "
    "new school year, the district administration announced on Wednesday. Around 640 children who attend "
    "special schools or receive inclusive support in mainstream schools are currently carried by 14 private "
    "operators. In future, a single operator will run all routes under a five-year contract worth 31 million "
    "euros. The contract was awarded to the regional bus company Weidental Verkehr. District administrator "
    "Heike Sommerfeld said journeys of more than 60 minutes each way would no longer be permitted. Parents' "
    "representatives welcomed the time limit but criticised the fact that they had not been consulted on the "
    "tender.",
    "Starting with the new school year, the Oberweiden district will overhaul how it transports pupils with "
    "disabilities, the district office said on Wednesday. At present, 14 private companies carry about 640 "
    "children who either go to special schools or receive inclusion support at mainstream schools. From then "
    "on, all routes will be operated by one company, the regional bus firm Weidental Verkehr, which has won a "
    "five-year contract worth €31m. According to district head Heike Sommerfeld, no child will in future be "
    "allowed a journey of more than an hour in either direction. Parent representatives welcomed this cap but "
    "complained that they had not been involved in the tender process.",
    traps=[T("the district office", "the district administration"),
           T("14 private companies", "14 private operators"),
           T("€31m", "31 million euros"),
           T("more than an hour in either direction", "more than 60 minutes each way"),
           T("had not been involved in the tender process", "had not been consulted on the tender")])

add("business improvement districts", "translation", "inconsistent",
    "Shopkeepers in the centre of Zwaleveen have voted to set up a business improvement zone, the "
    "municipality reported on Friday. Of the 318 businesses entitled to vote, 71 percent took part, and 64 "
    "percent of those voted in favour. Each business will pay an annual contribution of between 250 and 1,200 "
    "euros, depending on the value of its premises, for five years. The money, about 210,000 euros a year, "
    "will be managed by the Zwaleveen Centre Foundation and spent on extra cleaning, Christmas lighting and "
    "joint promotion. Alderman Pieter van Oosterom called the result 'a signal of confidence'. A similar vote "
    "in the neighbouring town of Kortwijk failed last year.",
    "Business owners in central Zwaleveen have backed the creation of a business improvement zone, the town "
    "council announced on Friday. Turnout among the 318 eligible businesses was 71 percent, and 64 percent of "
    "those who voted were in favour. For five years, each business will contribute between 250 and 1,200 "
    "euros a year, depending on the value of its property. The roughly 210,000 euros raised annually will be "
    "administered by the Kortwijk Centre Foundation and used for additional cleaning, Christmas illuminations "
    "and shared marketing. Councillor Pieter van Oosterom described the outcome as 'a signal of confidence'. "
    "In neighbouring Kortwijk, a comparable vote was postponed last year.",
    errors=[E("Kortwijk Centre Foundation", "entity", "major", "Zwaleveen Centre Foundation"),
            E("was postponed", "event", "major", "failed")],
    traps=[T("Turnout among the 318 eligible businesses was 71 percent",
             "Of the 318 businesses entitled to vote, 71 percent took part")])

add("grassroots football pitches", "translation", "consistent",
    "The city council of Villaseca del Campo will replace the natural grass at six municipal football pitches "
    "with artificial turf over the next two years, at a cost of 2.7 million euros. Councillor for sport Marta "
    "Ibarrondo said the change would allow the pitches to be used for around 50 hours a week, compared with "
    "fewer than 20 at present, because they would no longer need to be rested after rain. More than 90 "
    "amateur and youth teams use the pitches. The first two fields, in the Los Almendros and San Roque "
    "districts, are due to be ready in September. Environmental groups have asked the council to use cork or "
    "coconut fibre infill instead of rubber granules.",
    "Over the coming two years, Villaseca del Campo town hall is to swap the grass on six of its municipal "
    "football pitches for synthetic turf, an investment of 2.7 million euros. According to Marta Ibarrondo, "
    "the councillor responsible for sport, the fields will then be usable for some 50 hours a week instead of "
    "the current figure of under 20, as they will not have to be left to recover after rainfall. The pitches "
    "are used by over 90 amateur and youth sides. The first two, in the districts of San Roque and Los "
    "Almendros, should be ready in September. Environmental organisations have asked the council to choose "
    "cork or coconut fibre infill rather than rubber crumb.",
    traps=[T("synthetic turf", "artificial turf"),
           T("some 50 hours a week", "around 50 hours a week"),
           T("under 20", "fewer than 20"),
           T("left to recover after rainfall", "rested after rain"),
           T("rubber crumb", "rubber granules")])

add("air ambulance funding", "translation", "inconsistent",
    "The air ambulance service in Nordvik County will receive an extra 45 million kroner next year, the county "
    "health authority confirmed on Monday. The money will pay for a second helicopter to be stationed at "
    "Kalsund from March, reducing average response times in the northern valleys from 58 to about 35 minutes, "
    "according to the authority's own calculations. The service flew 1,920 missions last year, 12 percent "
    "more than the year before. Chief physician Ingrid Haldorsen said the crews had repeatedly had to turn "
    "down calls because the only helicopter was already in the air. The opposition in the county council said "
    "the funding came two years too late.",
    "Nordvik County's air ambulance service is to get an additional 45 million kroner next year, the county "
    "health authority confirmed on Monday. The funds will finance a second helicopter, based in Kalsund from "
    "March, which the authority calculates will cut average response times in the northern valleys from 58 "
    "minutes to around 35. Last year the service carried out 1,920 missions, an increase of 12 percent on the "
    "previous year. Chief physician Ingrid Haldorsen said that crews had repeatedly been forced to decline "
    "call-outs because the single helicopter was already airborne. Haldorsen added that the funding had come "
    "two years too late.",
    errors=[E("Haldorsen added", "attribution", "major", "The opposition in the county council said")],
    traps=[T("which the authority calculates will cut", "according to the authority's own calculations"),
           T("an increase of 12 percent on the previous year", "12 percent more than the year before")])

add("sports facility grants", "translation", "consistent",
    "The regional government of Dolne Wierzby has awarded 18.5 million zloty in grants to 41 local sports "
    "facilities, the regional sports office announced on Thursday. The largest grant, 2.2 million zloty, went "
    "to the municipal swimming pool in Sokolec, which has been closed since a roof collapse in 2023. Most of "
    "the remaining awards were under 500,000 zloty and will be used to modernise changing rooms, lighting and "
    "heating. Municipalities must contribute at least 30 percent of the cost of each project from their own "
    "budgets. Regional sports director Tomasz Wilk said applications had exceeded the available funds by more "
    "than three times, and that a second round would be opened in spring.",
    "Forty-one local sports facilities will share grants totalling 18.5 million zloty from the Dolne Wierzby "
    "regional government, its sports office said on Thursday. The biggest single award, of 2.2 million zloty, "
    "is for the Sokolec municipal swimming pool, which has been shut since its roof fell in in 2023. The "
    "majority of the other grants are for less than 500,000 zloty and are intended for upgrading changing "
    "rooms, lighting and heating. Each municipality has to fund no less than 30 percent of a project's cost "
    "from its own budget. According to Tomasz Wilk, the region's sports director, the amount applied for was "
    "more than triple the money available, and a second round will open in the spring.",
    traps=[T("Forty-one", "41"),
           T("shut since its roof fell in in 2023", "closed since a roof collapse in 2023"),
           T("no less than 30 percent", "at least 30 percent"),
           T("more than triple the money available",
             "exceeded the available funds by more than three times")])

add("border check delays", "translation", "inconsistent",
    "Lorry drivers waited up to 19 hours at the Merovo border crossing over the weekend after a new electronic "
    "registration system failed on Saturday morning, according to the hauliers' association Transkom. At its "
    "peak, the queue was 23 kilometres long. The customs administration said the fault had been repaired by "
    "Sunday afternoon and that checks had been carried out manually in the meantime. Transkom chairman Bogdan "
    "Lesic accused the customs administration of ignoring warnings from the supplier, Datavera, that the "
    "system had not been fully tested. The association estimates its members' losses at 1.4 million euros "
    "and is seeking compensation from the transport ministry. Passenger cars were less affected, with waits "
    "of around two hours.",
    "Truck drivers at the Merovo border crossing had to wait as long as 19 hours at the weekend after a new "
    "electronic registration system broke down on Saturday morning, the haulage association Transkom said. "
    "The tailback reached 23 kilometres at its longest. According to the customs authority, the problem was "
    "fixed by Sunday afternoon, with officers checking vehicles by hand until then. Transkom's chairman, "
    "Bogdan Lesic, said the supplier, Datavera, had ignored warnings from the customs administration that the "
    "system had not been fully tested. The association puts its members' losses at 1.4 million euros and "
    "wants the transport ministry to compensate them. Cars were less affected, with delays of about two hours.",
    errors=[E("the supplier, Datavera, had ignored warnings from the customs administration", "role", "major",
              "the customs administration of ignoring warnings from the supplier, Datavera")],
    traps=[T("as long as 19 hours", "up to 19 hours"),
           T("The tailback reached 23 kilometres at its longest", "At its peak, the queue was 23 kilometres long"),
           T("checking vehicles by hand", "checks had been carried out manually")])

add("community radio licences", "translation", "consistent",
    "The broadcasting regulator has granted licences to four new community radio stations in the "
    "Val-de-Sarnelle department, bringing the total to eleven, it announced on Tuesday. The stations, run by "
    "non-profit associations, will be allowed to broadcast for ten years but may carry no more than 20 percent "
    "advertising. One of the new stations, Radio Ciboulette in Montferrand-sur-Sarnelle, will broadcast "
    "mainly in the regional language. Two applications were rejected because the applicants could not show "
    "sufficient funding. The regulator noted that community stations received 1.6 million euros in public "
    "support in the department last year. The new stations must start broadcasting within six months.",
    "Four new community radio stations in Val-de-Sarnelle have been licensed by the broadcasting watchdog, "
    "which said on Tuesday that the department now has eleven such stations. Operated by not-for-profit "
    "associations, they will hold their licences for a decade, with a 20 percent ceiling on advertising. "
    "Radio Ciboulette, based in Montferrand-sur-Sarnelle and one of the four newcomers, will broadcast "
    "primarily in the regional language. Two other bids were turned down because the applicants were unable "
    "to demonstrate adequate funding. Last year, the regulator said, community stations in the department "
    "received 1.6 million euros in public support. The new stations have six months to go on air.",
    traps=[T("the broadcasting watchdog", "The broadcasting regulator"),
           T("for a decade", "for ten years"),
           T("a 20 percent ceiling on advertising", "may carry no more than 20 percent advertising"),
           T("were turned down", "were rejected"),
           T("have six months to go on air", "must start broadcasting within six months")])

add("marathon road closures", "translation", "inconsistent",
    "Around 40 streets in the centre of Castelvero will be closed to traffic from 6am to 3pm on Sunday for the "
    "city marathon, the municipal police said. About 9,000 runners are expected to take part, including 2,300 "
    "from abroad. Buses on eleven routes will be diverted, and the tram line will not run between Piazza "
    "Grande and the railway station until the last runners have passed. Residents in the closed area will be "
    "able to leave by car only through two marked exits, which may be closed for short periods. The "
    "organisers said the route had been changed this year so that it no longer passes the hospital. Parking "
    "will be banned along the course from midnight.",
    "For Sunday's city marathon, some 40 streets in central Castelvero will be shut to vehicles between 6am "
    "and 3pm, according to the municipal police. Roughly 9,000 runners are expected, 2,300 of them from other "
    "countries. Eleven bus routes will be diverted, and trams will keep running between Piazza Grande and the "
    "station until the last runners have gone through. People living inside the closed zone can drive out "
    "only via two signposted exits, which will be closed for short periods. The organisers said this year's "
    "route had been altered so that it no longer goes past the hospital. Parking along the course will be "
    "prohibited from midnight.",
    errors=[E("trams will keep running", "polarity", "major", "the tram line will not run"),
            E("will be closed for short periods", "modality", "minor", "may be closed for short periods")],
    traps=[T("2,300 of them from other countries", "including 2,300 from abroad"),
           T("no longer goes past the hospital", "no longer passes the hospital")])

add("council mergers", "translation", "consistent",
    "The municipalities of Björkdal and Ulvsjö will merge on 1 January 2027, after both councils approved the "
    "plan on Monday evening. In Björkdal the vote was 38 to 13, while in Ulvsjö it was much closer, at 26 to "
    "23. The new municipality, which will have about 47,000 inhabitants, will be called Björkdal-Ulvsjö and "
    "its council will sit in Björkdal. The two councils expect to save around 60 million kronor a year, mainly "
    "through joint administration and procurement. Ulvsjö's council chair, Lena Forsberg, promised that the "
    "town hall in Ulvsjö would remain open as a service centre. Opponents in Ulvsjö had demanded a local "
    "referendum, but the proposal was rejected.",
    "Björkdal and Ulvsjö are to become a single municipality on 1 January 2027, following votes in favour by "
    "both councils on Monday evening. Björkdal's council backed the merger by 38 votes to 13, but the margin "
    "in Ulvsjö was far narrower: 26 to 23. Named Björkdal-Ulvsjö, the new municipality will have roughly "
    "47,000 residents and its council will be based in Björkdal. The two councils anticipate annual savings "
    "of about 60 million kronor, chiefly from shared administration and purchasing. Lena Forsberg, who chairs "
    "the Ulvsjö council, gave an assurance that Ulvsjö's town hall would stay open as a service centre. A "
    "demand by opponents in Ulvsjö for a local referendum was turned down.",
    traps=[T("far narrower: 26 to 23", "much closer, at 26 to 23"),
           T("roughly 47,000 residents", "about 47,000 inhabitants"),
           T("anticipate annual savings of about 60 million kronor",
             "expect to save around 60 million kronor a year"),
           T("gave an assurance", "promised"),
           T("was turned down", "was rejected")])

add("postal delivery targets", "translation", "inconsistent",
    "The national postal operator Celopost missed its delivery target for the third year in a row, the "
    "telecommunications and postal regulator ČTPU said on Thursday. Only 84.2 percent of priority letters "
    "arrived the next working day, against a legal requirement of 92 percent. The regulator fined the "
    "company 6 million crowns and ordered it to submit an improvement plan by the end of March. Celopost "
    "blamed a shortage of delivery staff, particularly in rural areas, where it has 410 vacancies. The "
    "company's chief executive, Radek Novotný, said that from April letters would be delivered only on "
    "alternate days in some districts, a change that still needs the regulator's approval.",
    "For the third consecutive year, national postal operator Celopost has failed to meet its delivery "
    "target, the ČTPU telecommunications and postal regulator announced on Thursday. Just 84.2 percent of "
    "registered letters were delivered on the next working day, while the law requires 92 percent. The "
    "regulator has threatened the company with a fine of 6 million crowns and ordered it to present an "
    "improvement plan by the end of March. Celopost attributed the shortfall to a lack of delivery workers, "
    "especially in the countryside, where 410 posts are unfilled. Chief executive Radek Novotný said letters "
    "in some districts would be delivered only every other day from April, although the change still "
    "requires the regulator's approval.",
    errors=[E("registered letters", "entity", "major", "priority letters"),
            E("has threatened the company with a fine of 6 million crowns", "event", "major",
              "fined the company 6 million crowns")],
    traps=[T("where 410 posts are unfilled", "where it has 410 vacancies"),
           T("every other day", "on alternate days")])


# ------------------------------------------------------------ build + validate

def find_nth(haystack, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return len(re.findall(r"\S+", s))


def cuts_word(text, start, end):
    if start > 0 and start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        return True
    if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        return True
    return False


def build():
    problems = []
    records = []
    for i, c in enumerate(CASES, 1):
        rid = "s%d-%03d" % (N, i)
        ref, cand = c["reference"], c["candidate"]

        def bad(msg):
            problems.append("%s (%s): %s" % (rid, c["domain"], msg))

        if '"' in ref or '"' in cand:
            bad("double quote in text")
        errors = []
        for e in c["errors"]:
            if e["type"] == "omission":
                p = find_nth(cand, e["anchor"], e["occ"])
                if p < 0:
                    bad("omission anchor not found: %r" % e["anchor"])
                    continue
                start = end = p + len(e["anchor"])
                text = ""
            else:
                start = find_nth(cand, e["text"], e["occ"])
                if start < 0:
                    bad("error span not found: %r" % e["text"])
                    continue
                end = start + len(e["text"])
                text = e["text"]
            errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        traps = []
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                bad("trap span not found: %r" % t["text"])
                continue
            traps.append({"start": start, "end": start + len(t["text"]), "text": t["text"],
                          "ref_text": t["ref_text"]})
        rec = {"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
               "candidate": cand, "label": c["label"], "errors": errors, "traps": traps}
        records.append(rec)

        # --- per-record checks
        if c["mode"] not in ("rewrite", "summary", "translation"):
            bad("bad mode")
        if c["label"] not in ("consistent", "inconsistent"):
            bad("bad label")
        if c["domain"] not in DOMAINS:
            bad("domain not in list")
        nw = words(ref)
        if not 70 <= nw <= 190:
            bad("reference has %d words" % nw)
        if c["mode"] == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
            bad("summary not shorter than reference")
        if c["label"] == "consistent":
            if errors:
                bad("consistent pair with errors")
            if not 3 <= len(traps) <= 5:
                bad("consistent pair needs 3-5 traps, has %d" % len(traps))
        else:
            if not 1 <= len(c["errors"]) <= 2:
                bad("inconsistent pair should have 1-2 errors")
            if len(traps) > 3:
                bad("inconsistent pair has more than 3 traps")
        for e in errors:
            if e["type"] not in ERROR_TYPES:
                bad("unknown error type %s" % e["type"])
            if e["severity"] not in ("minor", "major", "critical"):
                bad("bad severity")
            if cand[e["start"]:e["end"]] != e["text"]:
                bad("offset mismatch for %r" % e["text"])
            if cuts_word(cand, e["start"], e["end"]):
                bad("error span cuts a word: %r" % e["text"])
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad("%s must have ref_text null" % e["type"])
            elif not e["ref_text"] or e["ref_text"] not in ref:
                bad("error ref_text not in reference: %r" % e["ref_text"])
            if e["type"] == "omission":
                if c["mode"] == "summary":
                    bad("omission in summary")
                if e["start"] != e["end"] or e["text"] != "":
                    bad("omission must be zero-width")
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad("omitted words present in candidate")
            else:
                if e["start"] >= e["end"]:
                    bad("empty error span")
                if e["ref_text"] is not None and e["ref_text"] == e["text"]:
                    bad("error text equals ref_text")
            if e["type"] == "repetition" and cand.find(e["text"]) >= e["start"]:
                bad("repetition has no earlier copy")
            if e["type"] == "addition" and e["text"] in ref:
                bad("added text occurs in reference")
        for t in traps:
            if cand[t["start"]:t["end"]] != t["text"]:
                bad("trap offset mismatch")
            if cuts_word(cand, t["start"], t["end"]):
                bad("trap span cuts a word: %r" % t["text"])
            if t["ref_text"] not in ref:
                bad("trap ref_text not in reference: %r" % t["ref_text"])
            if t["text"] == t["ref_text"]:
                bad("trap identical to reference wording")
        spans = sorted([(s["start"], s["end"], s["text"]) for s in errors + traps])
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1] or (a[0] == a[1] == b[0]) or (b[0] == b[1] and a[0] < b[0] < a[1]):
                bad("overlapping spans %r / %r" % (a[2], b[2]))

    # --- set-level checks
    def count(key, val):
        return sum(1 for r in records if r[key] == val)
    if len(records) != 40:
        problems.append("expected 40 records, got %d" % len(records))
    if len({r["domain"] for r in records}) != len(records):
        problems.append("domains repeat")
    for mode, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        if count("mode", mode) != n:
            problems.append("mode %s count %d != %d" % (mode, count("mode", mode), n))
        nc = sum(1 for r in records if r["mode"] == mode and r["label"] == "consistent")
        if nc * 2 != n:
            problems.append("mode %s not half consistent" % mode)
    if count("label", "consistent") != 20 or count("label", "inconsistent") != 20:
        problems.append("label counts off")
    all_err = [e for r in records for e in r["errors"]]
    if len(all_err) != 30:
        problems.append("expected 30 errors, got %d" % len(all_err))
    for t in ERROR_TYPES:
        k = sum(1 for e in all_err if e["type"] == t)
        if k < 2:
            problems.append("error type %s has only %d" % (t, k))
    return records, problems


def summary(records):
    from collections import Counter
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("by mode: " + ", ".join("%s %d" % kv for kv in sorted(Counter(r["mode"] for r in records).items())))
    lines.append("by mode/label: " + ", ".join(
        "%s/%s %d" % (k[0], k[1], v) for k, v in sorted(Counter((r["mode"], r["label"]) for r in records).items())))
    lines.append("by label: " + ", ".join("%s %d" % kv for kv in sorted(Counter(r["label"] for r in records).items())))
    errs = [e for r in records for e in r["errors"]]
    lines.append("errors: %d; by type: " % len(errs) + ", ".join(
        "%s %d" % (t, sum(1 for e in errs if e["type"] == t)) for t in ERROR_TYPES))
    lines.append("by severity: " + ", ".join("%s %d" % kv for kv in sorted(Counter(e["severity"] for e in errs).items())))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
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
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)


if __name__ == "__main__":
    main()
