#!/usr/bin/env python3
"""Build held-out evaluation set 114 (N = 114) for a fact-comparison tool.

How the set was made
--------------------
Every pair was hand-written by a helper that saw no code, data or benchmark of
the project, working only from a written brief.  All people, companies,
organisations, places and figures are invented (real countries appear only as
background).  The texts live in this file as Python data; every character offset
is computed here by string search (an occurrence index is given wherever a quoted
span repeats), and the whole set is validated before
/work/heldout/set114/set114.jsonl is written.

    python3 make_set114.py          validate and write set114.jsonl
    python3 make_set114.py --check  validate only, write nothing

Composition
-----------
40 pairs, one domain each (40 different domains), news / agency / corporate /
official register, references 70-190 words.
  * 20 rewrites     (10 consistent, 10 inconsistent)
  * 10 summaries    ( 5 consistent,  5 inconsistent)
  * 10 translations ( 5 consistent,  5 inconsistent; both texts are independent
    English translations of the same non-English story)
30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
  entity 3, number 4, date 3, role 3, polarity 3, modality 3, attribution 2,
  event 3, omission 2, addition 2, repetition 2.
  Omissions occur only in rewrite / translation pairs.
Traps (faithful rewordings a naive checker might flag): 3-5 in every consistent
pair, 0-3 in inconsistent pairs.
Pairs are written in a fixed order and then shuffled with a fixed seed (114)
before ids s114-001 ... s114-040 are assigned, so the output is deterministic.
"""

import json
import os
import random
import re
import sys

N_SET = 114
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set114.jsonl")

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}

DOMAINS = [
    "stone quarry reopening", "ferry captain licensing", "school bus seatbelt rules",
    "pear cider festival", "dockworkers' pension dispute", "jam factory expansion",
    "ice cream van zoning", "hot air balloon crash inquiry", "tapestry conservation project",
    "goose cull permit", "ceramics museum theft", "seed bank funding",
    "glass recycling contract", "forest fire lookout staffing", "school uniform supplier dispute",
    "taxi meter fare review", "cobblestone street relaying", "pearl farm disease",
    "weaving mill reopening", "ambulance station relocation", "lithium battery warehouse fire",
    "fog horn noise complaint", "trout hatchery upgrade", "lace making heritage grant",
    "abattoir licence suspension", "elevator maintenance contract", "puppet theatre funding",
    "shellfish toxin warning", "toboggan run closure", "salt mine tourism",
    "emergency siren test", "ferry wave damage claim", "choir competition judging row",
    "tobacco kiosk licensing", "archery range planning dispute", "cathedral organ fire",
    "ice road opening", "yacht race disqualification", "cable factory takeover",
    "water tower demolition",
]


# ---------------------------------------------------------------- helpers
def E(text, etype, severity, ref, occ=None):
    """An error whose span is the quoted candidate text."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ}


def OM(after, ref, severity, occ=None):
    """An omission: zero-width span right after the quoted candidate text."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": occ}


def T(text, ref, occ=None):
    """A trap: faithful rewording; ref is the reference wording."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def case(key, domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"key": key, "domain": domain, "mode": mode,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ======================================================================
# REWRITES - consistent
# ======================================================================
case("R01", "stone quarry reopening", "rewrite",
     "The Halvenmoor stone quarry will reopen on 3 March after a closure of almost four years, "
     "Ostrey District Council confirmed on Monday. The site, operated by Bracklin Aggregates, was "
     "shut in 2021 when an inspection found unstable rock faces along its eastern wall. The company "
     "has since spent £2.4 million on stabilisation work, including anchoring and netting. Under the "
     "new permit, extraction will be limited to 120,000 tonnes a year, about half the pre-closure "
     "output, and blasting will be allowed only between 10am and 3pm on weekdays. Bracklin said it "
     "expects to recruit around 35 workers, most of them from nearby villages. Residents' group Keep "
     "Halvenmoor Quiet said it remained concerned about lorry traffic but would not challenge the "
     "decision.",
     "Ostrey District Council confirmed on Monday that Halvenmoor quarry, shut since 2021 after "
     "inspectors found unstable rock faces on its eastern wall, will resume operations on 3 March, "
     "ending a closure of nearly four years. Operator Bracklin Aggregates has invested £2.4m in "
     "stabilising the site, with measures including anchoring and netting. The new permit caps "
     "extraction at 120,000 tonnes annually, roughly 50% of what was produced before the closure, "
     "and restricts blasting to weekdays between 10am and 3pm. The company anticipates hiring about "
     "35 staff, largely from surrounding villages. Keep Halvenmoor Quiet, a residents' group, said "
     "lorry traffic was still a worry but that it would not contest the decision.",
     traps=[
         T("will resume operations", "will reopen"),
         T("£2.4m", "£2.4 million"),
         T("roughly 50% of what was produced before the closure", "about half the pre-closure output"),
         T("anticipates hiring about 35 staff", "expects to recruit around 35 workers"),
         T("would not contest the decision", "would not challenge the decision"),
     ])

case("R02", "ferry captain licensing", "rewrite",
     "Captains of passenger ferries on the Lindqvist Sound will need to renew their licences every "
     "three years instead of every five, the Coastal Navigation Authority announced on Thursday. The "
     "change, which takes effect on 1 January 2026, follows a review prompted by two groundings near "
     "Skarholm harbour last year, neither of which caused injuries. Renewal will require a medical "
     "examination and at least 40 hours of simulator training. The authority estimates that about "
     "210 captains will be affected. Authority director Maren Tolvik said the stricter cycle was "
     "'overdue' and brought the sound into line with neighbouring waters. The Ferry Officers' Union "
     "said it supported the medical checks but warned that the cost of simulator courses, around "
     "€1,800 per captain, should not fall on individual crew members.",
     "From 1 January 2026, passenger ferry captains working on the Lindqvist Sound must renew their "
     "licences every three years rather than every five, under rules announced by the Coastal "
     "Navigation Authority on Thursday. The authority reviewed the system after vessels ran aground "
     "on two occasions near Skarholm harbour last year; no one was hurt in either incident. To renew, "
     "captains will have to undergo a medical examination and complete no fewer than 40 hours in a "
     "simulator. Roughly 210 captains are expected to be affected, according to the authority's "
     "estimate. Its director, Maren Tolvik, described the tighter cycle as 'overdue', saying it "
     "aligned the sound with neighbouring waters. The Ferry Officers' Union backed the medical checks "
     "but warned that simulator courses, which cost around €1,800 per captain, should not be paid "
     "for by individual crew members.",
     traps=[
         T("vessels ran aground on two occasions", "two groundings"),
         T("no one was hurt in either incident", "neither of which caused injuries"),
         T("no fewer than 40 hours in a simulator", "at least 40 hours of simulator training"),
         T("Its director, Maren Tolvik", "Authority director Maren Tolvik"),
         T("should not be paid for by individual crew members",
           "should not fall on individual crew members"),
     ])

case("R03", "school bus seatbelt rules", "rewrite",
     "All new school buses registered in Carrow County from September must be fitted with "
     "three-point seatbelts, the county's transport board decided on Wednesday by a vote of seven to "
     "two. Existing buses will have until the end of 2027 to be retrofitted. The board estimates the "
     "retrofit programme will cost $3.1 million, of which the state has agreed to cover 60 percent. "
     "Drivers will be responsible for checking that pupils are buckled up before departure, but will "
     "not be penalised if a child unfastens a belt during a journey. Board chair Denise Okafor said "
     "the rule had been requested by parents after a minor collision on Route 9 in February. One of "
     "the two members who voted against, Paul Greaves, argued that the money would be better spent "
     "on hiring more drivers.",
     "Carrow County's transport board voted 7-2 on Wednesday to require three-point seatbelts on "
     "every new school bus registered in the county from September, while buses already in service "
     "must be retrofitted by the end of 2027. The retrofit programme is projected by the board to "
     "cost $3.1m, with the state agreeing to pay three-fifths of the bill. Before each departure, "
     "drivers will have to check that pupils have fastened their belts, although they will not face "
     "penalties if a child undoes a belt mid-journey. According to board chair Denise Okafor, parents "
     "asked for the rule following a minor collision on Route 9 in February. Paul Greaves, one of the "
     "two dissenting members, said the money would be better used to hire more drivers.",
     traps=[
         T("voted 7-2", "by a vote of seven to two"),
         T("buses already in service", "Existing buses"),
         T("three-fifths of the bill", "60 percent"),
         T("will not face penalties", "will not be penalised"),
         T("one of the two dissenting members", "One of the two members who voted against"),
     ])

case("R04", "pear cider festival", "rewrite",
     "The Wexham Pear Cider Festival drew 18,400 visitors over its three days last weekend, up from "
     "15,000 in 2023, organisers said on Tuesday. Forty-two producers took part, including nine from "
     "outside the region for the first time. The festival's top award, the Golden Perry, went to "
     "Ashcombe Orchard for a dry perry made from the rare Brindle pear. Organisers said ticket "
     "revenue of £276,000 would cover costs, with any surplus going to the Wexham Orchard Trust, "
     "which replants old pear varieties. Police reported two arrests, both for public disorder, on "
     "the Saturday night. Festival director Kit Marlowe said next year's event would probably move "
     "to a larger site at Fenley Park, though no contract has been signed.",
     "Last weekend's three-day Wexham Pear Cider Festival attracted 18,400 people, compared with "
     "15,000 in 2023, the organisers announced on Tuesday. Of the 42 producers taking part, nine came "
     "from outside the region, a first for the festival. Ashcombe Orchard won the Golden Perry, the "
     "festival's highest honour, for a dry perry made with the rare Brindle pear. According to the "
     "organisers, the £276,000 raised from ticket sales will cover costs, and any surplus will go to "
     "the Wexham Orchard Trust, which replants old pear varieties. Police said two people were "
     "arrested for public disorder on the Saturday night. The event is likely to move to a bigger "
     "site at Fenley Park next year, festival director Kit Marlowe said, although no contract has yet "
     "been signed.",
     traps=[
         T("attracted 18,400 people", "drew 18,400 visitors"),
         T("a first for the festival", "for the first time"),
         T("the festival's highest honour", "The festival's top award"),
         T("two people were arrested for public disorder", "two arrests, both for public disorder"),
         T("is likely to move", "would probably move"),
     ])

case("R05", "dockworkers' pension dispute", "rewrite",
     "Dockworkers at the port of Greyhaven will hold a 48-hour strike starting at 6am on 14 October "
     "unless talks over their pension scheme resume, the Harbour and Transport Workers' Union said on "
     "Friday. The dispute centres on a proposal by port operator Greyhaven Terminals to close its "
     "final-salary scheme to existing members and move them to a defined-contribution plan. The union "
     "says the change would cut the average retirement income of its 1,150 members at the port by "
     "about a quarter. Greyhaven Terminals said the scheme had a deficit of £64 million and that the "
     "proposal was 'the only way to keep it solvent'. The company added that it was willing to meet "
     "the union at any time.",
     "The Harbour and Transport Workers' Union said on Friday that dockworkers at the port of "
     "Greyhaven would walk out for two days from 6am on 14 October if talks on their pension scheme "
     "do not restart. At issue is a plan by the port's operator, Greyhaven Terminals, to shut its "
     "final-salary scheme to current members and transfer them into a defined-contribution "
     "arrangement. According to the union, this would reduce the average retirement income of its "
     "1,150 members at the port by roughly 25%. Greyhaven Terminals, which puts the scheme's deficit "
     "at £64m, described the plan as 'the only way to keep it solvent' and said it was prepared to "
     "meet the union whenever it wished.",
     traps=[
         T("walk out for two days", "hold a 48-hour strike"),
         T("if talks on their pension scheme do not restart",
           "unless talks over their pension scheme resume"),
         T("by roughly 25%", "by about a quarter"),
         T("£64m", "£64 million"),
         T("whenever it wished", "at any time"),
     ])

case("R06", "jam factory expansion", "rewrite",
     "Preserves maker Hollins & Dray plans to double the size of its jam factory in Marbury, creating "
     "up to 90 jobs, the company said on 2 May. The £11 million extension, which still needs planning "
     "approval from Marbury Borough Council, would add two production lines and a cold store. If "
     "approved, construction would begin early next year and take about 18 months. Managing director "
     "Fiona Dray said demand for the firm's low-sugar range had grown by 40 percent in two years. The "
     "company currently employs 160 people at the site. The council's economic development officer, "
     "Raj Menon, welcomed the plan but said traffic on Mill Lane would need to be assessed before any "
     "decision.",
     "Hollins & Dray, the preserves maker, announced on 2 May that it intends to expand its Marbury "
     "jam factory to twice its current size, a move that could create as many as 90 jobs. The £11m "
     "extension would include two new production lines and a cold store, but it has yet to receive "
     "planning permission from Marbury Borough Council. Should the council give its approval, building "
     "work would start early next year and last around a year and a half. Demand for the company's "
     "low-sugar products has risen 40% over two years, according to managing director Fiona Dray. The "
     "firm has 160 employees at the site at present. Raj Menon, the council's economic development "
     "officer, welcomed the proposal, though he said traffic on Mill Lane would have to be assessed "
     "before a decision was made.",
     traps=[
         T("to twice its current size", "double the size"),
         T("as many as 90 jobs", "up to 90 jobs"),
         T("has yet to receive planning permission", "still needs planning approval"),
         T("Should the council give its approval", "If approved"),
         T("around a year and a half", "about 18 months"),
     ])

case("R07", "ice cream van zoning", "rewrite",
     "Ice cream vans will be banned from stopping within 200 metres of school gates in Tamsworth "
     "between 8am and 5pm on school days under new zoning rules approved by the city council on "
     "Tuesday. The rules, which come into force on 1 June, also limit vans to a maximum stay of 20 "
     "minutes at any one spot in residential streets. Traders who break the rules could face fines of "
     "up to £500. Councillor Amira Hale, who proposed the change, said it was intended to reduce "
     "congestion and encourage healthier eating. The Tamsworth Mobile Traders' Association, which "
     "represents 23 van operators, said the measures were 'heavy-handed' and that it was considering "
     "a legal challenge.",
     "Under zoning rules approved by Tamsworth city council on Tuesday, ice cream vans will not be "
     "allowed to stop within 200 metres of a school gate from 8am to 5pm on school days. The rules "
     "take effect on 1 June and also restrict vans in residential streets to no more than 20 minutes "
     "in any single location. Traders who breach them could be fined as much as £500. The change was "
     "proposed by Councillor Amira Hale, who said its aims were to ease congestion and promote "
     "healthier eating. The Tamsworth Mobile Traders' Association, which speaks for 23 van operators, "
     "called the measures 'heavy-handed' and said a legal challenge was under consideration.",
     traps=[
         T("will not be allowed to stop", "will be banned from stopping"),
         T("no more than 20 minutes in any single location",
           "a maximum stay of 20 minutes at any one spot"),
         T("could be fined as much as £500", "could face fines of up to £500"),
         T("The change was proposed by Councillor Amira Hale",
           "Councillor Amira Hale, who proposed the change"),
         T("a legal challenge was under consideration", "it was considering a legal challenge"),
     ])

case("R08", "hot air balloon crash inquiry", "rewrite",
     "A hot air balloon that crashed near Pellham on 17 August probably struck power lines because "
     "its pilot misjudged wind speed during descent, an interim report by the Air Accidents Board "
     "said on Wednesday. Four of the eleven people on board were taken to hospital with minor "
     "injuries; the pilot was unhurt. The report found that the balloon, operated by Skyward Leisure, "
     "had a valid certificate of airworthiness and that the pilot held the required licence. It did "
     "not find evidence of mechanical failure. The board said its final report, expected in the "
     "spring, would examine whether operators should be required to carry portable wind-measuring "
     "equipment. Skyward Leisure has suspended flights from its Pellham base pending the outcome.",
     "The Air Accidents Board's interim report, published on Wednesday, says the hot air balloon that "
     "came down near Pellham on 17 August most likely hit power lines after the pilot misjudged the "
     "wind speed as it descended. Of the 11 people aboard, four were taken to hospital with minor "
     "injuries, while the pilot escaped unharmed. The balloon, operated by Skyward Leisure, had a "
     "valid certificate of airworthiness, and the pilot held the necessary licence, the board found. "
     "No evidence of a mechanical fault was identified. A final report is due in the spring and will "
     "look at whether operators should have to carry portable wind-measuring equipment, the board "
     "said. Pending its outcome, Skyward Leisure has stopped flights from its Pellham base.",
     traps=[
         T("came down", "crashed"),
         T("most likely hit power lines", "probably struck power lines"),
         T("escaped unharmed", "was unhurt"),
         T("No evidence of a mechanical fault was identified",
           "It did not find evidence of mechanical failure"),
         T("has stopped flights", "has suspended flights"),
     ])

case("R09", "tapestry conservation project", "rewrite",
     "A 16th-century tapestry showing a royal stag hunt will return to public display at Ravensholt "
     "Castle in 2027 after a five-year conservation project, the Northern Heritage Trust said on "
     "Monday. The tapestry, which measures 7.2 metres by 4 metres, was removed in 2022 after moth "
     "damage was found along its lower border. Conservators at the trust's workshop in Eldon are "
     "cleaning and stabilising it thread by thread. The project is costing £680,000, of which "
     "£450,000 came from a lottery grant and the rest from private donors. Head conservator Yusuf "
     "Bello said about a third of the work had been completed. The castle will display a photographic "
     "replica in the meantime.",
     "After five years of conservation work, a 16th-century tapestry depicting a royal stag hunt is "
     "set to go back on public view at Ravensholt Castle in 2027, the Northern Heritage Trust "
     "announced on Monday. The 7.2m by 4m tapestry was taken down in 2022 when moth damage was "
     "discovered on its lower border, and it is being cleaned and stabilised thread by thread by "
     "conservators at the trust's Eldon workshop. Of the project's £680,000 cost, a lottery grant "
     "provided £450,000 and private donors the remaining £230,000. Roughly a third of the work is now "
     "done, according to head conservator Yusuf Bello. Until the original returns, visitors to the "
     "castle will see a photographic replica.",
     traps=[
         T("is set to go back on public view", "will return to public display"),
         T("7.2m by 4m", "7.2 metres by 4 metres"),
         T("was taken down", "was removed"),
         T("the remaining £230,000", "the rest"),
         T("Roughly a third of the work is now done", "about a third of the work had been completed"),
     ])

case("R10", "goose cull permit", "rewrite",
     "Nature regulator Wildlands Agency has granted Brenmouth Airport a permit to cull up to 300 "
     "Canada geese over the next twelve months to reduce the risk of bird strikes, the agency said on "
     "Thursday. The airport recorded 14 bird strikes involving geese last year, none of which caused "
     "serious damage. Under the permit, culling may take place only between October and February, "
     "outside the breeding season, and must be carried out by licensed contractors. The airport must "
     "also continue non-lethal measures such as habitat management and scaring devices. Animal "
     "welfare group Feather Watch said it was disappointed and argued that egg oiling would be more "
     "humane. The airport said the cull was a last resort.",
     "Brenmouth Airport has been given a permit by the Wildlands Agency, the nature regulator, to cull "
     "as many as 300 Canada geese in the coming year in an effort to cut the risk of bird strikes, the "
     "agency announced on Thursday. Geese were involved in 14 bird strikes at the airport last year, "
     "though none resulted in serious damage. The permit restricts culling to the October-February "
     "period, outside the breeding season, and requires it to be done by licensed contractors. "
     "Non-lethal methods, including habitat management and scaring devices, must also be kept in "
     "place. Feather Watch, an animal welfare group, expressed disappointment, arguing that egg oiling "
     "would be a more humane approach. The airport described the cull as a last resort.",
     traps=[
         T("has been given a permit by the Wildlands Agency",
           "Wildlands Agency has granted Brenmouth Airport a permit"),
         T("as many as 300 Canada geese", "up to 300 Canada geese"),
         T("in the coming year", "over the next twelve months"),
         T("restricts culling to the October-February period",
           "culling may take place only between October and February"),
         T("must also be kept in place", "must also continue"),
     ])

# ======================================================================
# REWRITES - inconsistent
# ======================================================================
case("R11", "ceramics museum theft", "rewrite",
     "Thieves stole six pieces of 18th-century porcelain from the Lindell Museum of Ceramics in the "
     "early hours of Sunday, police in Corbridge said. The items, including a pair of painted vases, "
     "are insured for a combined £1.3 million. Officers believe the thieves entered through a skylight "
     "and were inside for less than ten minutes. An alarm was triggered at 2.40am, but the intruders "
     "had left by the time security staff arrived. The museum, which holds about 4,000 objects, will "
     "remain closed until Wednesday while its security is reviewed. Detective Inspector Carla Voss "
     "appealed for anyone who saw a dark van near the building to come forward.",
     "Six 18th-century porcelain pieces, among them a pair of painted vases, were stolen from the "
     "Lindell Museum of Ceramics in the early hours of Sunday, Corbridge police said. The stolen items "
     "are insured for a total of £3.1m. Police think the thieves got in through a skylight and spent "
     "under ten minutes inside. Although an alarm went off at 2.40am, the intruders were gone before "
     "security staff reached the scene. The museum, home to around 4,000 objects, will stay closed "
     "until Wednesday while its security arrangements are reviewed. Detective Inspector Carla Voss has "
     "appealed for anyone who noticed a dark van near the building to contact police.",
     errors=[E("£3.1m", "number", "major", "£1.3 million")],
     traps=[
         T("spent under ten minutes inside", "were inside for less than ten minutes"),
         T("were gone before security staff reached the scene",
           "had left by the time security staff arrived"),
     ])

case("R12", "seed bank funding", "rewrite",
     "The Arlen Seed Vault, which stores seeds of more than 12,000 wild plant species, will receive "
     "£4.5 million from the Calder Foundation over five years, the two organisations announced on "
     "Tuesday. The money will pay for a new cold room and for the vault to train 30 botanists from "
     "partner institutions in seed collection. Vault director Helen Park said the facility was close "
     "to capacity and could only accept new deposits once the cold room was built. The foundation's "
     "chief executive, Tomas Reyes, said the grant was the largest in its history. The vault may also "
     "seek additional funding from government to digitise its records, Park said, although no "
     "application has been made.",
     "The Calder Foundation is to give the Arlen Seed Vault £4.5m over five years, the two bodies said "
     "on Tuesday. The vault, home to seeds from over 12,000 wild plant species, will use the money to "
     "build a new cold room and to pay for partner institutions to train 30 of the vault's botanists "
     "in seed collection. According to director Helen Park, the facility is nearly full and will be "
     "able to take new deposits only when the cold room is finished. Tomas Reyes, the foundation's "
     "chief executive, called the grant the biggest it had ever made. Park said the vault will also "
     "seek extra government funding to digitise its records, though it has not yet applied.",
     errors=[
         E("partner institutions to train 30 of the vault's botanists", "role", "major",
           "for the vault to train 30 botanists from partner institutions"),
         E("will also seek", "modality", "minor", "may also seek"),
     ],
     traps=[
         T("is nearly full", "was close to capacity"),
         T("called the grant the biggest it had ever made",
           "said the grant was the largest in its history"),
     ])

case("R13", "glass recycling contract", "rewrite",
     "Kestrel Borough Council has awarded a seven-year glass recycling contract worth £9.8 million to "
     "Clearcycle Ltd, replacing the current provider, Brightwaste, from 1 April. Under the contract, "
     "glass will be collected fortnightly from 62,000 households, rather than monthly as at present. "
     "Clearcycle will also install 40 new bottle banks, mainly in flats and town centre car parks. The "
     "council said the deal would save about £600,000 a year compared with the existing arrangement, "
     "but only if recycling rates rise above 70 percent. Brightwaste, which had bid to keep the "
     "contract, said it was disappointed and was reviewing the decision. The council's environment "
     "lead, Gareth Pryce, said residents would receive new collection calendars in March.",
     "Clearcycle Ltd has won a seven-year, £9.8m glass recycling contract from Kestrel Borough Council "
     "and will take over from the current provider, Brightwaste, on 1 April. Glass will be collected "
     "every two weeks from 62,000 households instead of once a month as now. Clearcycle will also put "
     "in 40 new bottle banks, largely in blocks of flats and town centre car parks. The council said "
     "the deal would save around £600,000 a year compared with the current arrangement. Brightwaste, "
     "which had bid to retain the contract, said it was disappointed and was reviewing the decision. "
     "Residents will be sent new collection calendars in March, according to Gareth Pryce, the "
     "council's environment lead.",
     errors=[OM("compared with the current arrangement",
                "only if recycling rates rise above 70 percent", "major")],
     traps=[
         T("every two weeks", "fortnightly"),
         T("instead of once a month as now", "rather than monthly as at present"),
     ])

case("R14", "forest fire lookout staffing", "rewrite",
     "The Regional Forestry Service will staff all nine of its fire lookout towers in the Dunmere "
     "Hills from 1 June, two weeks earlier than last year, because of an unusually dry spring. Each "
     "tower will be manned from 9am to 7pm daily by seasonal wardens, who are being recruited now. The "
     "service said it had not yet filled 12 of the 27 warden posts and would consider using volunteers "
     "if gaps remained. Last summer, lookouts spotted 31 fires, most of which were put out within an "
     "hour. Chief forester Anika Strand said the towers remained 'the cheapest early-warning system we "
     "have', despite plans to trial camera-equipped drones in 2026.",
     "Because of an unusually dry spring, the Regional Forestry Service will begin staffing all nine "
     "fire lookout towers in the Dunmere Hills on 1 June, a fortnight later than last year. Seasonal "
     "wardens, who are currently being recruited, will man each tower daily between 9am and 7pm. "
     "According to the service, 12 of the 27 warden posts have already been filled, and volunteers "
     "could be brought in if gaps remain. Lookouts spotted 31 fires last summer, most of them "
     "extinguished within an hour. Chief forester Anika Strand said that, despite plans to trial "
     "drones fitted with cameras in 2026, the towers were still 'the cheapest early-warning system we "
     "have'.",
     errors=[
         E("a fortnight later than last year", "date", "major", "two weeks earlier than last year"),
         E("have already been filled", "polarity", "major", "had not yet filled"),
     ],
     traps=[
         T("most of them extinguished within an hour", "most of which were put out within an hour"),
         T("drones fitted with cameras", "camera-equipped drones"),
     ])

case("R15", "school uniform supplier dispute", "rewrite",
     "Parents at Hollybrook Academy have complained that the school's sole uniform supplier, Tidwell "
     "Outfitters, has raised the price of a blazer from £38 to £52 since last September. The "
     "academy's governors signed a five-year exclusive agreement with Tidwell in 2022. Parent "
     "campaigner Joanne Fisk said the rise breached government guidance that uniform should be "
     "affordable, and has collected 640 signatures on a petition. Tidwell said higher wool and "
     "shipping costs were to blame. Headteacher Martin Oakes said governors would meet the supplier "
     "next month and that a second-hand uniform shop would open at the school in January. The local "
     "authority, Sandmere Council, said it had no power to intervene in academy contracts.",
     "Hollybrook Academy parents are unhappy that Tidwell Outfitters, the only supplier of the "
     "school's uniform, has increased the cost of a blazer from £38 to £52 since last September. "
     "Governors at the academy entered into a five-year exclusive deal with Tidwell in 2022. Joanne "
     "Fisk, who is campaigning on behalf of parents, argues that the increase goes against government "
     "guidance on affordable uniforms; her petition has attracted 640 signatures. Tidwell blamed "
     "rising wool and shipping costs. Governors will meet the supplier next month, headteacher Martin "
     "Oakes said, adding that a second-hand uniform shop would open at the school in January. "
     "Hollybrook Council, the local authority, said it had no power to step in over academy contracts.",
     errors=[E("Hollybrook Council", "entity", "minor", "Sandmere Council")],
     traps=[
         T("the only supplier of the school's uniform", "the school's sole uniform supplier"),
         T("entered into a five-year exclusive deal", "signed a five-year exclusive agreement"),
         T("to step in over academy contracts", "to intervene in academy contracts"),
     ])

case("R16", "taxi meter fare review", "rewrite",
     "Taxi fares in Port Anselm are set to rise by 8 percent from 1 July after the city's licensing "
     "committee approved a review of meter tariffs on Monday. The flag-fall charge will go up from "
     "£3.20 to £3.50, and the rate per mile from £2.40 to £2.60. Night-time fares, between midnight "
     "and 6am, will remain one and a half times the day rate. The review was requested by the Port "
     "Anselm Cab Drivers' Association, which said fuel and insurance costs had risen by a fifth since "
     "the last increase in 2022. Committee chair Lorna Baptiste said passengers' interests had been "
     "weighed carefully. The consumer group Fair Ride said the rise was 'steep but not unreasonable'.",
     "Port Anselm's licensing committee on Monday approved a review of taxi meter tariffs that will "
     "push fares up by 8% from 1 July. The flag-fall charge rises from £3.20 to £3.50 and the per-mile "
     "rate from £2.40 to £2.60. Fares at night, from midnight to 6am, will stay at double the day "
     "rate. The Port Anselm Cab Drivers' Association had asked for the review. Fuel and insurance "
     "costs have gone up by a fifth since fares last rose in 2022, according to committee chair Lorna "
     "Baptiste, who said passengers' interests had been carefully weighed. Consumer group Fair Ride "
     "described the increase as 'steep but not unreasonable'.",
     errors=[
         E("double the day rate", "number", "major", "one and a half times the day rate"),
         E("according to committee chair Lorna Baptiste", "attribution", "major",
           "the Port Anselm Cab Drivers' Association, which said"),
     ],
     traps=[
         T("will push fares up by 8%", "are set to rise by 8 percent"),
         T("had asked for the review", "The review was requested by"),
     ])

case("R17", "cobblestone street relaying", "rewrite",
     "Work to relay the cobblestones on Weaver's Row, one of the oldest streets in Aldgrove, will "
     "begin on 8 September and last about ten weeks, Aldgrove Town Council said. The existing granite "
     "setts will be lifted, cleaned and relaid on a new concrete base, with about 15 percent replaced "
     "by reclaimed stone from a demolished mill. The street will be closed to vehicles throughout the "
     "works, but pedestrian access to shops will be maintained. The £420,000 project is funded jointly "
     "by the council and a heritage grant. Shopkeepers had asked for the work to be postponed until "
     "January, after the Christmas trading period, but the council said a delay would risk losing the "
     "grant.",
     "Aldgrove Town Council said the relaying of the cobblestones on Weaver's Row, among the town's "
     "oldest streets, would start on 8 September and take around ten weeks. The granite setts now in "
     "place will be taken up, cleaned and put back on a new concrete base, and roughly 15% of them "
     "will be replaced with reclaimed stone from a demolished mill. Vehicles will be kept out of the "
     "street for the duration of the works, though pedestrians will still be able to reach the shops. "
     "The council and a heritage grant are sharing the £420,000 cost. Shopkeepers had called for the "
     "scheme to be scrapped, but the council said that would risk losing the grant.",
     errors=[E("called for the scheme to be scrapped", "event", "major",
               "asked for the work to be postponed until January")],
     traps=[
         T("among the town's oldest streets", "one of the oldest streets in Aldgrove"),
         T("Vehicles will be kept out of the street for the duration of the works",
           "The street will be closed to vehicles throughout the works"),
         T("are sharing the £420,000 cost", "is funded jointly"),
     ])

case("R18", "pearl farm disease", "rewrite",
     "A bacterial disease has killed around 40 percent of the oysters at Coral Bay Pearl Company's "
     "farm in the Tesca Lagoon since November, the company said on Friday. Samples sent to the "
     "National Marine Laboratory confirmed an outbreak of Vibrio infection, which researchers link to "
     "water temperatures about 2°C above the seasonal average. The company has moved surviving stock "
     "to deeper, cooler water and halted harvesting until at least April. About 70 seasonal workers "
     "have been told there will be no work for them this season. Managing director Ana Ruiz said the "
     "firm's insurance did not cover disease losses. The lagoon's two other pearl farms have not "
     "reported any cases.",
     "Since November, a bacterial disease has wiped out roughly 40% of the oysters on Coral Bay Pearl "
     "Company's farm in the Tesca Lagoon, the company said on Friday. Samples tested by the National "
     "Marine Laboratory confirmed a Vibrio infection, which researchers link to water about 2°C warmer "
     "than normal for the season. Surviving stock has been moved to deeper, cooler water, and "
     "harvesting has been halted until April at the earliest. Some 70 seasonal workers have been told "
     "there will be no work for them this season. Managing director Ana Ruiz said the company's "
     "insurance did not cover disease losses and that it would seek emergency support from the "
     "government. No cases have been reported at the lagoon's two other pearl farms. Surviving stock "
     "has been moved to deeper, cooler water.",
     errors=[
         E("and that it would seek emergency support from the government", "addition", "major", None),
         E("Surviving stock has been moved to deeper, cooler water", "repetition", "minor", None,
           occ=1),
     ],
     traps=[
         T("about 2°C warmer than normal for the season", "about 2°C above the seasonal average"),
         T("until April at the earliest", "until at least April"),
     ])

case("R19", "weaving mill reopening", "rewrite",
     "The Brackwater weaving mill, closed since 2019, will reopen on 21 November as a working museum "
     "and small-scale textile producer, the Brackwater Mill Trust said on Wednesday. Six restored "
     "Victorian looms will produce woollen cloth for sale, and visitors will be able to watch weavers "
     "at work from a new gallery. The trust bought the derelict building in 2020 for £150,000 and has "
     "spent £2.1 million on repairs, mostly funded by grants. It expects 25,000 visitors in the first "
     "year and will employ 14 people, including four trainee weavers. Trust chair Gwen Harker said the "
     "reopening would 'bring the sound of the looms back to the valley'. Tickets go on sale on 1 "
     "October.",
     "The Brackwater Mill Trust announced on Wednesday that the Brackwater weaving mill, which has been "
     "shut since 2020, will reopen on 21 November as both a working museum and a small-scale textile "
     "producer. Visitors will be able to watch weavers at work from a new gallery as six restored "
     "Victorian looms turn out woollen cloth for sale. Since buying the derelict building for £150,000 "
     "in 2020, the trust has spent £2.1m, largely from grants, on repairs. It is forecasting 25,000 "
     "visitors in its first year and will have a staff of 14, four of them trainee weavers. The "
     "reopening would 'bring the sound of the looms back to the valley', trust chair Gwen Harker said. "
     "Tickets will be on sale from 1 October.",
     errors=[E("since 2020", "date", "minor", "since 2019")],
     traps=[
         T("largely from grants", "mostly funded by grants"),
         T("It is forecasting 25,000 visitors", "It expects 25,000 visitors"),
         T("will have a staff of 14, four of them trainee weavers",
           "will employ 14 people, including four trainee weavers"),
     ])

case("R20", "ambulance station relocation", "rewrite",
     "The ambulance station in Upper Thornby could move to a new site on the Ridgeway industrial "
     "estate under plans being considered by the Western Counties Ambulance Service. The current "
     "station on Church Street, built in 1968, is too small for modern vehicles, the service said. The "
     "new base would house eight ambulances, up from five, and include a training room. Response "
     "times to villages north of the town would improve by an estimated three minutes, although some "
     "southern areas might see slightly longer waits. A public consultation will run until 30 April. "
     "Local MP Sarah Quinlan said she would press for guarantees that no jobs would be lost. A final "
     "decision is expected in the summer.",
     "Western Counties Ambulance Service is to relocate Upper Thornby's ambulance station to a new "
     "site on the Ridgeway industrial estate. According to the service, the existing station on Mill "
     "Street, which dates from 1968, is not big enough for modern vehicles. The new base would "
     "accommodate eight ambulances rather than five and would have a training room. Response times to "
     "villages to the north of the town would be cut by about three minutes, it is estimated, though "
     "waits in some southern areas could be slightly longer. A public consultation is open until 30 "
     "April. Sarah Quinlan, the local MP, said she would push for assurances that there would be no "
     "job losses. A final decision is due in the summer.",
     errors=[
         E("is to relocate", "modality", "major", "could move"),
         E("Mill Street", "entity", "minor", "Church Street"),
     ],
     traps=[
         T("would be cut by about three minutes, it is estimated",
           "would improve by an estimated three minutes"),
         T("could be slightly longer", "might see slightly longer waits"),
         T("is due in the summer", "is expected in the summer"),
     ])

# ======================================================================
# SUMMARIES - consistent
# ======================================================================
case("S01", "lithium battery warehouse fire", "summary",
     "A fire at a warehouse storing lithium-ion batteries on the Fenwick Road trading estate in "
     "Castlegate burned for more than 30 hours before being brought under control on Sunday afternoon, "
     "Castlegate Fire and Rescue Service said. At its height, 80 firefighters and 14 engines were at "
     "the scene. Around 200 residents were evacuated from nearby streets as a precaution and allowed "
     "home on Sunday evening. No one was injured. The warehouse, leased by electronics distributor "
     "Voltara Supplies, contained an estimated 45,000 battery packs. Group manager Leon Fraser said "
     "lithium fires were 'extremely difficult to extinguish' because the cells can reignite. The cause "
     "is under investigation, and the Environment Agency is monitoring run-off into the nearby River "
     "Lisle.",
     "Firefighters needed over 30 hours to control a blaze at a Castlegate warehouse holding some "
     "45,000 lithium-ion battery packs, with 80 crew and 14 engines deployed at its peak. About 200 "
     "nearby residents were evacuated as a precaution but have since been allowed back, and there were "
     "no injuries. The cause of the fire is being investigated, and run-off into the River Lisle is "
     "being monitored.",
     traps=[
         T("needed over 30 hours to control a blaze",
           "burned for more than 30 hours before being brought under control"),
         T("some 45,000", "an estimated 45,000"),
         T("80 crew", "80 firefighters"),
         T("have since been allowed back", "allowed home"),
         T("there were no injuries", "No one was injured"),
     ])

case("S02", "fog horn noise complaint", "summary",
     "The fog horn at Gullen Point lighthouse will be turned down by around half after residents "
     "complained that it was keeping them awake, the Maritime Lights Board said on Tuesday. The horn, "
     "which sounds every 30 seconds in poor visibility, was replaced last spring with a louder "
     "electronic model that can be heard up to six nautical miles away. Thirty-eight households signed "
     "a letter of complaint in January. The board said a quieter setting would still meet safety "
     "requirements for vessels using the channel, but warned that the horn could not be switched off "
     "at night. Adjustments will be made by the end of March. Resident Colin Abara said neighbours "
     "were 'relieved, if not entirely satisfied'.",
     "After complaints from 38 households that it was disturbing their sleep, the Gullen Point fog "
     "horn, installed last spring, is to be made roughly 50% quieter by the end of March. The Maritime "
     "Lights Board says the lower volume will still satisfy safety rules for shipping, though the horn "
     "cannot be silenced overnight.",
     traps=[
         T("38 households", "Thirty-eight households"),
         T("disturbing their sleep", "keeping them awake"),
         T("roughly 50% quieter", "turned down by around half"),
         T("satisfy safety rules for shipping", "meet safety requirements for vessels"),
         T("cannot be silenced overnight", "could not be switched off at night"),
     ])

case("S03", "trout hatchery upgrade", "summary",
     "The Dunlin River trout hatchery will undergo a £1.7 million upgrade that will more than double "
     "its annual output, the Freshwater Fisheries Office announced on Monday. The hatchery currently "
     "rears about 120,000 brown trout a year for release into rivers across the region. The upgrade, "
     "due to be completed by autumn 2026, will add a recirculating water system that reuses up to 90 "
     "percent of its water, reducing the amount drawn from the river during dry summers. The hatchery "
     "will remain open during the works, but no fish will be released in spring 2026. Angling clubs, "
     "which pay a levy towards restocking, welcomed the investment. The office said it would review "
     "the levy once the upgrade was finished.",
     "A £1.7m upgrade will see the Dunlin River trout hatchery, which now raises around 120,000 brown "
     "trout annually, more than double its output. A recirculating system reusing up to nine-tenths of "
     "the water will cut abstraction from the river in dry summers. Work is scheduled to finish by "
     "autumn 2026; the hatchery stays open meanwhile, but there will be no spring 2026 release.",
     traps=[
         T("now raises around 120,000 brown trout annually",
           "currently rears about 120,000 brown trout a year"),
         T("nine-tenths", "90 percent"),
         T("cut abstraction from the river", "reducing the amount drawn from the river"),
         T("scheduled to finish by autumn 2026", "due to be completed by autumn 2026"),
         T("there will be no spring 2026 release", "no fish will be released in spring 2026"),
     ])

case("S04", "lace making heritage grant", "summary",
     "The Tollmere Lace Guild has been awarded £185,000 by the National Crafts Heritage Fund to keep "
     "the town's bobbin lace tradition alive, the fund announced on Thursday. The three-year grant "
     "will pay for weekly classes for up to 60 learners, the digitisation of around 900 historic lace "
     "patterns, and a part-time coordinator. The guild, founded in 1887, has 42 members, most of them "
     "over 70. Chair Margaret Ilsley said that without new learners the craft could disappear from "
     "Tollmere within a generation. Classes will start in September at the Tollmere Library, and "
     "places will be free for under-25s. The fund said lace making was one of 12 crafts on its "
     "'endangered' list.",
     "A three-year, £185,000 award from the National Crafts Heritage Fund will help the Tollmere Lace "
     "Guild, whose 42 members are mostly aged over 70, preserve local bobbin lace making. The money "
     "covers weekly classes for as many as 60 learners, starting in September and free to those under "
     "25, the digitising of some 900 historic patterns and a part-time coordinator.",
     traps=[
         T("mostly aged over 70", "most of them over 70"),
         T("preserve local bobbin lace making", "keep the town's bobbin lace tradition alive"),
         T("as many as 60 learners", "up to 60 learners"),
         T("free to those under 25", "free for under-25s"),
         T("some 900 historic patterns", "around 900 historic lace patterns"),
     ])

case("S05", "abattoir licence suspension", "summary",
     "The Food Standards Directorate has suspended the operating licence of Harrow Vale Meats, an "
     "abattoir near Kilbarren, after inspectors found repeated breaches of animal welfare rules during "
     "visits in June and July. The suspension took effect on Monday and will last at least 28 days. "
     "Inspectors reported that cattle had been kept without water for several hours and that stunning "
     "equipment had not been properly maintained. The company, which employs 65 people and processes "
     "about 400 cattle a week, said it was 'cooperating fully' and had already replaced the equipment. "
     "The directorate said the licence would be restored only after a further inspection. Local "
     "farmers have been advised to use alternative abattoirs in Dunmore and Pellow.",
     "Kilbarren-area abattoir Harrow Vale Meats has had its licence suspended for a minimum of four "
     "weeks from Monday, after inspectors visiting in June and July repeatedly found welfare breaches, "
     "including cattle left without water for hours and badly maintained stunning equipment. The firm "
     "says it is cooperating fully and has replaced the equipment; its licence will be reinstated only "
     "after another inspection.",
     traps=[
         T("Kilbarren-area abattoir", "an abattoir near Kilbarren"),
         T("for a minimum of four weeks", "will last at least 28 days"),
         T("badly maintained stunning equipment",
           "stunning equipment had not been properly maintained"),
         T("reinstated only after another inspection", "restored only after a further inspection"),
     ])

# ======================================================================
# SUMMARIES - inconsistent
# ======================================================================
case("S06", "elevator maintenance contract", "summary",
     "Strathmore Housing Association has awarded a £3.6 million, four-year lift maintenance contract "
     "to Vertex Lifts, ending its agreement with Apex Elevators after a series of breakdowns. Residents "
     "of the association's 11 tower blocks reported 230 lift failures last year, including one in "
     "which a wheelchair user was trapped for five hours. Under the new contract, Vertex must respond "
     "to breakdowns within two hours and will face penalties if more than 2 percent of lifts are out "
     "of service at any one time. Apex Elevators said it disputed the breakdown figures. The "
     "association's chief executive, Omar Sheikh, said residents had 'waited too long for a reliable "
     "service'. The changeover will take place on 1 March.",
     "After 320 lift breakdowns across its 11 tower blocks last year, including one that left a "
     "wheelchair user stuck for five hours, Strathmore Housing Association has awarded a £3.6m, "
     "four-year maintenance contract under which Vertex Lifts will be replaced by Apex Elevators from "
     "1 March. The new contractor must respond to breakdowns within two hours and will be penalised if "
     "over 2% of lifts are out of action at once.",
     errors=[
         E("320", "number", "major", "230"),
         E("Vertex Lifts will be replaced by Apex Elevators", "role", "critical",
           "to Vertex Lifts, ending its agreement with Apex Elevators"),
     ],
     traps=[
         T("stuck for five hours", "trapped for five hours"),
         T("over 2%", "more than 2 percent"),
         T("out of action at once", "out of service at any one time"),
     ])

case("S07", "puppet theatre funding", "summary",
     "The Little Lantern Puppet Theatre in Harwick has secured its future for the next three years "
     "after the regional arts council agreed to restore its annual grant of £95,000, which had been "
     "cut last year. The 80-seat theatre, founded in 1974, had warned it would close in December "
     "without the funding. It staged 310 performances last season, mostly for schools, and ran "
     "workshops for about 4,000 children. Artistic director Hanne Vogel said the decision was 'a huge "
     "relief' and that the theatre would use part of the money to tour rural primary schools. The arts "
     "council said the grant was conditional on the theatre raising a further £20,000 a year from "
     "other sources.",
     "Harwick's 80-seat Little Lantern Puppet Theatre, which had said it would shut in December "
     "without the money, has secured its future for the next three years after the regional arts "
     "council reversed last year's cut and reinstated its £95,000 annual grant following a public "
     "campaign backed by thousands of parents. The grant depends on the theatre finding another "
     "£20,000 a year elsewhere; some of the money will fund tours of rural primary schools.",
     errors=[E("following a public campaign backed by thousands of parents", "addition", "major",
               None)],
     traps=[
         T("had said it would shut in December", "had warned it would close in December"),
         T("reinstated its £95,000 annual grant", "restore its annual grant of £95,000"),
         T("finding another £20,000 a year elsewhere",
           "raising a further £20,000 a year from other sources"),
     ])

case("S08", "shellfish toxin warning", "summary",
     "People should not eat mussels, oysters or clams gathered from the shoreline between Porth Alva "
     "and Kennack Head, the Coastal Health Authority warned on Saturday, after tests found high levels "
     "of a toxin that causes paralytic shellfish poisoning. The toxin is produced by an algal bloom and "
     "is not destroyed by cooking. Shellfish sold in shops and restaurants is not affected, as "
     "commercial harvests are tested separately before sale. Two people were treated in hospital last "
     "week after eating mussels collected from rocks near Porth Alva; both have since been discharged. "
     "Symptoms include tingling of the lips and numbness, and can appear within 30 minutes. The "
     "warning will stay in place until two consecutive weekly tests show safe levels.",
     "The Coastal Health Authority has warned against eating mussels, oysters or clams collected "
     "between Porth Alva and Kennack Head after tests found high levels of a paralytic shellfish "
     "poisoning toxin, which comes from an algal bloom and is destroyed by cooking. Commercially sold "
     "shellfish is unaffected. Two people needed hospital treatment last week after eating mussels "
     "from near Porth Alva but have been discharged. The warning remains until two weekly tests in a "
     "row show safe levels.",
     errors=[E("is destroyed by cooking", "polarity", "critical", "is not destroyed by cooking")],
     traps=[
         T("Commercially sold shellfish is unaffected",
           "Shellfish sold in shops and restaurants is not affected"),
         T("needed hospital treatment", "were treated in hospital"),
         T("two weekly tests in a row", "two consecutive weekly tests"),
     ])

case("S09", "toboggan run closure", "summary",
     "The toboggan run at Hohfeld Mountain Park will stay closed for the rest of the winter after a "
     "safety audit found cracks in two of its steel support frames, the park's operator, Alpstern "
     "Leisure, said on Monday. The 1.4-kilometre run, which opened in 2009, normally carries about "
     "60,000 riders a season. No injuries have been linked to the damage. Operations manager Felix "
     "Brandt said replacement frames had been ordered from the manufacturer but would not arrive "
     "before March. The regional tourism office said the closure was 'regrettable' but that other "
     "attractions, including the ice rink and snowshoe trails, would remain open. Season pass holders "
     "will be offered a partial refund.",
     "Alpstern Leisure has shut Hohfeld Mountain Park's 1.4km toboggan run, which usually has around "
     "60,000 riders a season, for the remainder of the winter after an audit found cracked steel "
     "support frames; no injuries have been linked to the damage. Replacement parts have been ordered "
     "but will not come before March. Operations manager Felix Brandt called the closure "
     "'regrettable', adding that the ice rink and snowshoe trails remain open. Season pass holders "
     "will be given free passes for next winter.",
     errors=[
         E("Operations manager Felix Brandt", "attribution", "minor", "The regional tourism office"),
         E("given free passes for next winter", "event", "major", "offered a partial refund"),
     ],
     traps=[
         T("1.4km", "1.4-kilometre"),
         T("usually has around 60,000 riders a season", "normally carries about 60,000 riders a season"),
         T("will not come before March", "would not arrive before March"),
     ])

case("S10", "salt mine tourism", "summary",
     "Visitor numbers at the Korvath salt mine have risen by a third since the site introduced "
     "underground concerts and a restaurant 120 metres below the surface, the mine's operating "
     "company, Korvath Heritage, said on Wednesday. The mine, which stopped commercial extraction in "
     "1996, welcomed 215,000 visitors last year. Guided tours take about two hours and include a "
     "descent by miners' lift and a boat trip on a brine lake. The company plans to open a second "
     "route through older galleries in 2026, subject to approval from the mining safety inspectorate. "
     "Chief executive Dora Lenk said tourism now supported around 140 jobs in the town, more than the "
     "mine employed in its final years of production.",
     "Visitor numbers at the Korvath salt mine have grown by a third since underground concerts and a "
     "restaurant 120 metres down were introduced, Korvath Heritage says, with 215,000 people visiting "
     "last year. The operator plans a second route through older galleries in 2026, pending safety "
     "approval. Tourism now supports about 140 jobs in the town, more than the mine employed at the "
     "end of production, with 215,000 people visiting last year.",
     errors=[E("with 215,000 people visiting last year", "repetition", "minor", None, occ=1)],
     traps=[
         T("120 metres down", "120 metres below the surface"),
         T("pending safety approval", "subject to approval from the mining safety inspectorate"),
         T("at the end of production", "in its final years of production"),
     ])

# ======================================================================
# TRANSLATIONS - consistent
# ======================================================================
case("T01", "emergency siren test", "translation",
     "On Wednesday, 11 March, at 11:00, all 146 public warning sirens in the district of Oberwald will "
     "be tested, the district administration announced. The test will consist of a one-minute rising "
     "and falling tone, followed after a pause of five minutes by a continuous one-minute tone "
     "signalling the all-clear. At the same time, a test message will be sent to mobile phones through "
     "the national warning app. Residents do not need to take any action. The administration asks "
     "citizens to report sirens that cannot be heard or that sound distorted, using an online form. "
     "According to the head of civil protection, Jonas Reiter, eight sirens failed during the last "
     "test in September.",
     "The Oberwald district authorities have announced a test of every one of the district's 146 "
     "public alarm sirens, to take place at 11 a.m. on Wednesday 11 March. First a wailing tone will "
     "sound for one minute; after a five-minute pause, a steady tone lasting one minute will signal "
     "that the danger is over. Simultaneously, the national warning app will send a trial alert to "
     "mobile phones. The population is not required to do anything. Anyone who notices a siren that "
     "is inaudible or sounds distorted is asked to report it via an online form. At the previous test "
     "in September, eight sirens did not work, said Jonas Reiter, who heads civil protection.",
     traps=[
         T("every one of the district's 146 public alarm sirens", "all 146 public warning sirens"),
         T("at 11 a.m.", "at 11:00"),
         T("signal that the danger is over", "signalling the all-clear"),
         T("The population is not required to do anything", "Residents do not need to take any action"),
         T("did not work", "failed"),
     ])

case("T02", "ferry wave damage claim", "translation",
     "Owners of boathouses and jetties along the Skarvik fjord have submitted claims totalling 2.3 "
     "million kroner against the ferry company Nordlinje, which they hold responsible for damage "
     "caused by the wake of its new high-speed vessel. According to the residents' association, 47 "
     "properties have been affected since the ferry entered service in May. Nordlinje rejects the "
     "claims but has reduced the speed of the vessel to 18 knots in the narrowest part of the fjord "
     "while an independent assessment is carried out. The assessment is expected to be completed "
     "before Christmas. The municipality's harbour master, Eirik Dahl, said the waves were 'clearly "
     "larger' than those of the old ferry, but that he could not say whether they caused the damage.",
     "Residents who own boathouses and piers on the Skarvik fjord are demanding a total of 2.3 million "
     "kroner in compensation from the shipping company Nordlinje, blaming the waves from its new fast "
     "ferry for damaging their property. The residents' association says 47 properties have suffered "
     "damage since the boat went into service in May. Nordlinje does not accept the claims, but until "
     "an independent evaluation has been completed it has cut the ferry's speed in the fjord's "
     "narrowest section to 18 knots. The evaluation should be finished before Christmas. Eirik Dahl, "
     "the local harbour master, said the waves were 'obviously bigger' than the old ferry's, but that "
     "he was unable to say whether they were the cause of the damage.",
     traps=[
         T("are demanding a total of 2.3 million kroner in compensation",
           "have submitted claims totalling 2.3 million kroner"),
         T("does not accept the claims", "rejects the claims"),
         T("should be finished before Christmas", "is expected to be completed before Christmas"),
         T("the local harbour master", "The municipality's harbour master"),
         T("obviously bigger", "clearly larger"),
     ])

case("T03", "choir competition judging row", "translation",
     "The organisers of the Valdoria International Choir Competition have announced an internal "
     "review after three participating choirs complained about the judging in the final round. The "
     "complaint concerns one of the five jurors, who had previously worked as a vocal coach for the "
     "winning choir, Coro San Lucio. The organising committee said the juror had declared this "
     "relationship before the competition and that the rules did not require her to withdraw. "
     "However, it admitted that the rules 'may need to be clarified'. The review will be led by a "
     "former president of the national choral federation and its results will be published by the "
     "end of June. The prize of 15,000 euros will not be paid until the review is complete.",
     "Following complaints from three of the competing choirs about the way the final round was "
     "judged, the organisers of the Valdoria International Choir Competition have said they will carry "
     "out an internal investigation. At the centre of the complaints is one of the five members of "
     "the jury, a woman who had in the past coached the singers of Coro San Lucio, the choir that won. "
     "According to the organising committee, she had disclosed this link before the contest, and under "
     "the rules she was not obliged to step down. The committee nevertheless acknowledged that the "
     "regulations 'might require clarification'. A former president of the national choral federation "
     "will head the investigation, whose findings are to be made public by the end of June. The "
     "15,000-euro prize will be withheld until the investigation is finished.",
     traps=[
         T("an internal investigation", "an internal review"),
         T("had disclosed this link", "had declared this relationship"),
         T("was not obliged to step down", "did not require her to withdraw"),
         T("might require clarification", "may need to be clarified"),
         T("are to be made public", "will be published"),
     ])

case("T04", "tobacco kiosk licensing", "translation",
     "The city council of Santa Brisa has approved a new licensing system for tobacco kiosks that will "
     "limit their number to one per 2,000 inhabitants. The city currently has 164 kiosks for about "
     "260,000 residents. Existing licences will not be withdrawn, but no new licences will be issued "
     "until the total falls below the limit. Kiosks within 150 metres of a school will have to stop "
     "selling tobacco products by January 2027. The measure was approved with 21 votes in favour, 9 "
     "against and 3 abstentions. The association of kiosk owners described the decision as 'a slow "
     "death for a traditional trade', while the health department said it would help reduce smoking "
     "among young people.",
     "Santa Brisa's municipal council has adopted a new licensing regime for tobacco kiosks under which "
     "there may be no more than one kiosk for every 2,000 inhabitants. At present there are 164 kiosks "
     "in the city, which has roughly 260,000 residents. Licences already granted will remain valid, "
     "but no fresh licences will be issued until the number of kiosks drops below the cap. Kiosks "
     "located less than 150 metres from a school must stop selling tobacco by January 2027. "
     "Twenty-one councillors voted in favour, nine against and three abstained. The kiosk owners' "
     "association called the decision 'a slow death for a traditional trade', whereas the health "
     "department said the measure would help to reduce smoking among the young.",
     traps=[
         T("no more than one kiosk for every 2,000 inhabitants",
           "limit their number to one per 2,000 inhabitants"),
         T("Licences already granted will remain valid", "Existing licences will not be withdrawn"),
         T("drops below the cap", "falls below the limit"),
         T("less than 150 metres from a school", "within 150 metres of a school"),
         T("Twenty-one councillors voted in favour, nine against and three abstained",
           "21 votes in favour, 9 against and 3 abstentions"),
     ])

case("T05", "archery range planning dispute", "translation",
     "The archery club Pfeil und Bogen Lindau has appealed against the refusal of planning permission "
     "for an outdoor range on the edge of the village of Kesselbach. The municipal council rejected "
     "the application in February, citing safety concerns from walkers using a nearby footpath. The "
     "club says its plans include a four-metre-high safety net and that the footpath would be closed "
     "during shooting sessions, which would take place only on Saturdays. The club has 85 members and "
     "currently trains in a sports hall that it can use for only six hours a week. The regional "
     "building authority is expected to decide on the appeal within three months. Mayor Petra Lange "
     "said the council 'is not against archery, only against this location'.",
     "The archery club Pfeil und Bogen Lindau has lodged an appeal after being refused planning "
     "permission for an open-air range on the outskirts of Kesselbach. In February the local council "
     "turned down the application, pointing to the safety worries of walkers on a footpath close by. "
     "According to the club, a safety net four metres high is part of its plans, and the footpath "
     "would be shut while archers were shooting, which would happen only on Saturdays. The 85-member "
     "club at present trains in a sports hall that is available to it for just six hours each week. A "
     "ruling on the appeal from the regional building authority is likely within three months. The "
     "council 'has nothing against archery, only against this site', said the mayor, Petra Lange.",
     traps=[
         T("turned down the application", "rejected the application"),
         T("a safety net four metres high", "a four-metre-high safety net"),
         T("The 85-member club", "The club has 85 members"),
         T("just six hours each week", "only six hours a week"),
         T("is likely within three months", "is expected to decide on the appeal within three months"),
     ])

# ======================================================================
# TRANSLATIONS - inconsistent
# ======================================================================
case("T06", "cathedral organ fire", "translation",
     "A fire broke out on Tuesday evening in the organ loft of the Cathedral of Saint Aurel in "
     "Montclair-sur-Vesne, damaging about a third of the instrument's 4,200 pipes. The fire was "
     "discovered at around 21:30 by a sacristan and extinguished by firefighters within forty minutes. "
     "No one was injured, and the rest of the cathedral suffered only smoke damage. The organ, built in "
     "1781, was last restored in 1994. According to the diocese, the cause is probably an electrical "
     "fault in the blower motor, although the investigation is continuing. Restoration could take up "
     "to four years. The diocese has opened a public fundraising appeal; the cost has not yet been "
     "estimated.",
     "On Tuesday evening fire broke out in the organ gallery of Saint Aurel Cathedral in "
     "Montclair-sur-Vesne, and roughly one in three of the organ's 4,200 pipes were damaged. A "
     "sacristan noticed the flames at about 9.30 p.m., and firefighters had put them out within "
     "fourteen minutes. Nobody was hurt. The instrument dates from 1781 and was last restored in 1994. "
     "The diocese says an electrical fault in the blower motor is the likely cause, though the "
     "investigation is still under way. The restoration may last as long as four years. A public "
     "fundraising campaign has been launched by the diocese; no estimate of the cost has yet been made.",
     errors=[
         E("fourteen minutes", "number", "minor", "forty minutes"),
         OM("Nobody was hurt", "the rest of the cathedral suffered only smoke damage", "minor"),
     ],
     traps=[
         T("roughly one in three", "about a third"),
         T("at about 9.30 p.m.", "at around 21:30"),
         T("may last as long as four years", "could take up to four years"),
     ])

case("T07", "ice road opening", "translation",
     "The ice road between the mainland port of Rannakula and the island of Vaika opened to traffic on "
     "Saturday morning, the Road Administration said. The ice along the 14-kilometre route is at least "
     "25 centimetres thick, which allows vehicles weighing up to 2.5 tonnes. Drivers must keep a "
     "distance of at least 250 metres from other vehicles, must not stop on the ice and must not wear "
     "seatbelts, so that they can leave the car quickly in an emergency. The speed limit is either "
     "below 25 or above 40 kilometres per hour, to avoid resonance waves. The road is open only during "
     "daylight hours. Last winter the road was not opened at all because the ice was too thin.",
     "The ice road linking the mainland harbour of Rannakula with Vaika island was opened to vehicles "
     "on Saturday morning, according to the Maritime Administration. Along the whole 14 km route the "
     "ice is 25 cm thick or more, enough for vehicles with a weight of up to 2.5 tonnes. Drivers have "
     "to stay at least 250 m away from other vehicles, are forbidden to stop on the ice and must drive "
     "without seatbelts so that they can get out of the car fast if something happens. To prevent "
     "resonance waves, speeds between 25 and 40 km/h are not allowed. The road may be used only while "
     "it is light. Last winter it did not open at all, as the ice was not thick enough.",
     errors=[E("Maritime Administration", "entity", "minor", "Road Administration")],
     traps=[
         T("25 cm thick or more", "at least 25 centimetres thick"),
         T("speeds between 25 and 40 km/h are not allowed",
           "The speed limit is either below 25 or above 40 kilometres per hour"),
         T("the ice was not thick enough", "the ice was too thin"),
     ])

case("T08", "cable factory takeover", "translation",
     "The Polish cable manufacturer Kablex has agreed to take over its smaller rival Vistral, the two "
     "companies announced on Monday. Kablex will pay 410 million zloty for all of Vistral's shares, a "
     "premium of about 30 percent on Friday's closing price. The deal still requires approval from the "
     "competition authority, which is expected in the second quarter. Vistral's factory in Mirowo, "
     "which employs 620 people, will continue to operate, and Kablex has promised not to make "
     "compulsory redundancies for two years. Kablex's chief executive, Marek Zielak, said the combined "
     "company would be able to compete for large offshore wind contracts. Vistral shares rose by 27 "
     "percent on Monday.",
     "Kablex has agreed to be taken over by its smaller rival Vistral, the two Polish cable makers said "
     "on Monday. Kablex will pay 410 million zloty for the whole of Vistral's share capital, around 30% "
     "more than the share price at Friday's close. The transaction must still be cleared by the "
     "competition authority, whose approval is anticipated in the second half of the year. The Vistral "
     "plant in Mirowo, with its 620 employees, will keep running, and Kablex has pledged that there "
     "will be no forced job cuts for two years. According to Kablex chief executive Marek Zielak, the "
     "merged group will be in a position to bid for big offshore wind contracts. On Monday Vistral's "
     "shares climbed 27%.",
     errors=[
         E("Kablex has agreed to be taken over by its smaller rival Vistral", "role", "critical",
           "Kablex has agreed to take over its smaller rival Vistral"),
         E("in the second half of the year", "date", "minor", "in the second quarter"),
     ],
     traps=[
         T("around 30% more than the share price at Friday's close",
           "a premium of about 30 percent on Friday's closing price"),
         T("no forced job cuts", "not to make compulsory redundancies"),
         T("climbed 27%", "rose by 27 percent"),
     ])

case("T09", "yacht race disqualification", "translation",
     "The crew of the yacht Maresia, winner of the Costa Verde Regatta, has been disqualified after "
     "the jury found that the boat had used its engine for about twelve minutes during the second "
     "night of the race. The jury said the crew had not reported the use of the engine, as the rules "
     "require. Victory has been awarded to the second-placed yacht, Gaivota, which finished 47 minutes "
     "behind. The skipper of Maresia, Rui Fontes, said the engine had been switched on only to charge "
     "the batteries and that the propeller was not engaged. The team has 48 hours to appeal and has "
     "said it will probably do so. The organising club said it regretted 'an unfortunate end to an "
     "excellent race'.",
     "The Costa Verde Regatta winner Maresia has been disqualified: according to the jury, its crew ran "
     "the boat's engine for roughly twelve minutes on the second night of the race. The jury added "
     "that the crew had failed to declare the engine use, which is mandatory under the rules. The "
     "title now goes to Gaivota, the runner-up, which crossed the line 47 minutes after Maresia. "
     "Maresia's skipper, Rui Fontes, stated that the engine had only been started to recharge the "
     "batteries and that the propeller was engaged. The team, which has two days to lodge an appeal, "
     "has announced that it will appeal. The organising club expressed regret at 'a sad ending to an "
     "excellent regatta'.",
     errors=[
         E("the propeller was engaged", "polarity", "major", "the propeller was not engaged"),
         E("has announced that it will appeal", "modality", "minor", "will probably do so"),
     ],
     traps=[
         T("had failed to declare the engine use", "had not reported the use of the engine"),
         T("the runner-up", "the second-placed yacht"),
         T("two days", "48 hours"),
     ])

case("T10", "water tower demolition", "translation",
     "The disused water tower in Vrelo Polje, a landmark of the town since 1936, will be demolished in "
     "October, the municipal utility company announced. An engineering survey carried out last year "
     "found that the concrete structure was badly corroded and could no longer be safely repaired. "
     "Residents collected more than 3,000 signatures to save the tower, and the town's heritage "
     "society proposed turning it into a viewing platform, but the utility said the cost of around 1.1 "
     "million euros was too high. The demolition will take about three weeks, and the surrounding "
     "streets will be closed during that time. The utility plans to keep the tower's top section, with "
     "the town's coat of arms, and display it in the central park.",
     "The municipal utility has announced that the disused water tower of Vrelo Polje, a local landmark "
     "since 1936, is to be pulled down in October. According to an engineering study conducted last "
     "year, the concrete has corroded so severely that the structure can no longer be repaired safely. "
     "More than 3,000 residents marched through the town to save the tower, and the local heritage "
     "society suggested converting it into an observation deck, but the utility considered the price "
     "of roughly 1.1 million euros too high. Demolition will last around three weeks, during which the "
     "streets nearby will be closed. The utility intends to keep the upper part of the tower, bearing "
     "the municipal coat of arms, and put it on display in the central park.",
     errors=[E("More than 3,000 residents marched through the town", "event", "major",
               "Residents collected more than 3,000 signatures")],
     traps=[
         T("is to be pulled down in October", "will be demolished in October"),
         T("an observation deck", "a viewing platform"),
         T("the streets nearby will be closed", "the surrounding streets will be closed"),
     ])


# ---------------------------------------------------------------- build / validate
class Invalid(Exception):
    pass


def locate(haystack, needle, occ, where):
    """Start index of occurrence `occ` of `needle`; occ is required if needle repeats."""
    hits = []
    i = haystack.find(needle)
    while i != -1:
        hits.append(i)
        i = haystack.find(needle, i + 1)
    if not hits:
        raise Invalid(f"{where}: text not found in candidate: {needle!r}")
    if occ is None:
        if len(hits) > 1:
            raise Invalid(f"{where}: {needle!r} occurs {len(hits)} times; give occ")
        occ = 0
    if occ >= len(hits):
        raise Invalid(f"{where}: occurrence {occ} of {needle!r} requested, only {len(hits)}")
    return hits[occ]


def words(s):
    return len(re.findall(r"\S+", s))


def is_word_char(c):
    return c.isalnum()


def check_bounds(cand, start, end, where):
    if start > 0 and start < len(cand) and is_word_char(cand[start - 1]) and is_word_char(cand[start]):
        raise Invalid(f"{where}: span start cuts a word at {start}")
    if 0 < end < len(cand) and is_word_char(cand[end - 1]) and is_word_char(cand[end]):
        raise Invalid(f"{where}: span end cuts a word at {end}")


def build_record(c, rid):
    ref, cand = c["reference"], c["candidate"]
    where = f"{c['key']} ({rid})"
    errors, traps, spans = [], [], []

    for k, e in enumerate(c["errors"]):
        w = f"{where} error {k}"
        if e["type"] not in ERROR_TYPES:
            raise Invalid(f"{w}: bad type {e['type']}")
        if e["severity"] not in SEVERITIES:
            raise Invalid(f"{w}: bad severity {e['severity']}")
        if e["kind"] == "omission":
            if c["mode"] == "summary":
                raise Invalid(f"{w}: omission in a summary")
            pos = locate(cand, e["after"], e["occ"], w) + len(e["after"])
            start = end = pos
            text = ""
            if not e["ref_text"] or e["ref_text"] not in ref:
                raise Invalid(f"{w}: omission ref_text not in reference")
            if e["ref_text"].lower() in cand.lower():
                raise Invalid(f"{w}: omitted words present in candidate")
            check_bounds(cand, start, end, w)
        else:
            if e["type"] == "omission":
                raise Invalid(f"{w}: omission must use OM()")
            text = e["text"]
            if text != text.strip() or not text:
                raise Invalid(f"{w}: span text has outer whitespace / empty")
            start = locate(cand, text, e["occ"], w)
            end = start + len(text)
            check_bounds(cand, start, end, w)
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise Invalid(f"{w}: {e['type']} must have ref_text None")
                if e["type"] == "repetition" and text not in cand[:start]:
                    raise Invalid(f"{w}: repetition has no earlier copy")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    raise Invalid(f"{w}: ref_text not in reference: {e['ref_text']!r}")
                if e["ref_text"] == text:
                    raise Invalid(f"{w}: error text identical to ref_text")
        assert cand[start:end] == text
        errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
        spans.append((start, end, w))

    for k, t in enumerate(c["traps"]):
        w = f"{where} trap {k}"
        text = t["text"]
        if text != text.strip() or not text:
            raise Invalid(f"{w}: span text has outer whitespace / empty")
        start = locate(cand, text, t["occ"], w)
        end = start + len(text)
        check_bounds(cand, start, end, w)
        if t["ref_text"] not in ref:
            raise Invalid(f"{w}: trap ref_text not in reference: {t['ref_text']!r}")
        if t["ref_text"] == text:
            raise Invalid(f"{w}: trap text identical to ref_text")
        assert cand[start:end] == text
        traps.append({"start": start, "end": end, "text": text, "ref_text": t["ref_text"]})
        spans.append((start, end, w))

    # overlap check (zero-width omissions may not sit strictly inside another span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a0, a1, wa = spans[i]
            b0, b1, wb = spans[j]
            if a0 == a1 or b0 == b1:
                p, (s0, s1) = (a0, (b0, b1)) if a0 == a1 else (b0, (a0, a1))
                if s0 < p < s1:
                    raise Invalid(f"{wa} / {wb}: omission inside another span")
            elif a0 < b1 and b0 < a1:
                raise Invalid(f"{wa} / {wb}: spans overlap")

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    label = "inconsistent" if errors else "consistent"
    return {"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def validate_set(cases, records):
    if len(cases) != 40:
        raise Invalid(f"expected 40 pairs, got {len(cases)}")
    keys = [c["key"] for c in cases]
    if len(set(keys)) != len(keys):
        raise Invalid("duplicate case keys")
    doms = [c["domain"] for c in cases]
    if sorted(doms) != sorted(DOMAINS):
        raise Invalid(f"domains do not match the list: {set(DOMAINS) ^ set(doms)}")

    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    got = {}
    type_counts = {t: 0 for t in ERROR_TYPES}
    n_err = 0
    for r in records:
        got[(r["mode"], r["label"])] = got.get((r["mode"], r["label"]), 0) + 1
        nw = words(r["reference"])
        if not 70 <= nw <= 190:
            raise Invalid(f"{r['id']}: reference has {nw} words")
        if r["mode"] == "summary":
            if not (words(r["candidate"]) < nw and len(r["candidate"]) < len(r["reference"])):
                raise Invalid(f"{r['id']}: summary not shorter than reference")
        if r["label"] == "consistent":
            if not 3 <= len(r["traps"]) <= 5:
                raise Invalid(f"{r['id']}: consistent pair needs 3-5 traps")
        else:
            if not 1 <= len(r["errors"]) <= 3:
                raise Invalid(f"{r['id']}: inconsistent pair needs 1-3 errors")
            if len(r["traps"]) > 3:
                raise Invalid(f"{r['id']}: inconsistent pair has >3 traps")
        for e in r["errors"]:
            type_counts[e["type"]] += 1
            n_err += 1
    if got != want:
        raise Invalid(f"mode/label composition {got} != {want}")
    if n_err != 30:
        raise Invalid(f"expected 30 errors, got {n_err}")
    short = [t for t, n in type_counts.items() if n < 2]
    if short:
        raise Invalid(f"error types with <2 instances: {short}")
    n12 = sum(1 for r in records if r["label"] == "inconsistent" and len(r["errors"]) <= 2)
    if n12 < 15:
        raise Invalid("most inconsistent pairs should have 1-2 errors")
    ids = [r["id"] for r in records]
    if ids != [f"s{N_SET}-{i:03d}" for i in range(1, 41)]:
        raise Invalid("ids not sequential")
    return type_counts


def main():
    check_only = "--check" in sys.argv[1:]
    order = list(CASES)
    random.Random(N_SET).shuffle(order)
    records = [build_record(c, f"s{N_SET}-{i:03d}") for i, c in enumerate(order, 1)]
    type_counts = validate_set(order, records)
    # round-trip through JSON to be sure the output is clean
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    for line, r in zip(lines, records):
        back = json.loads(line)
        for s in back["errors"] + back["traps"]:
            assert back["candidate"][s["start"]:s["end"]] == s["text"]
        assert back == r

    n_traps = sum(len(r["traps"]) for r in records)
    sev = {}
    for r in records:
        for e in r["errors"]:
            sev[e["severity"]] = sev.get(e["severity"], 0) + 1
    modes = {}
    for r in records:
        modes.setdefault(r["mode"], [0, 0])[r["label"] == "inconsistent"] += 1
    print(f"pairs: {len(records)}  (consistent {sum(r['label'] == 'consistent' for r in records)}, "
          f"inconsistent {sum(r['label'] == 'inconsistent' for r in records)})")
    for m, (c, i) in modes.items():
        print(f"  {m}: {c} consistent, {i} inconsistent")
    print(f"errors: {sum(type_counts.values())}  " +
          ", ".join(f"{t} {n}" for t, n in type_counts.items()))
    print("severity: " + ", ".join(f"{k} {v}" for k, v in sorted(sev.items())))
    print(f"traps: {n_traps}")
    wc = [words(r["reference"]) for r in records]
    print(f"reference words: min {min(wc)}, max {max(wc)}, mean {sum(wc) / len(wc):.0f}")

    if check_only:
        print("check only: valid, nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line + "\n")
    print(f"wrote {OUT_PATH}")


if __name__ == "__main__":
    try:
        main()
    except Invalid as exc:
        print(f"INVALID: {exc}", file=sys.stderr)
        sys.exit(1)
