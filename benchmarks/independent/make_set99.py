#!/usr/bin/env python3
"""Held-out evaluation set 99 for the fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw no code
or data of the project, working only from a written brief. All people, companies,
organisations, places and figures are invented (real countries, currencies and generic
institutions appear only as background). Character offsets are never typed by hand: the
script finds every quoted span by string search (with an occurrence index where the quoted
text repeats), validates the whole set and writes set99.jsonl next to this file.

Composition (checked by the script):
  40 pairs, one domain each: 20 consistent, 20 inconsistent.
  Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
         10 translation (5 / 5; both texts are independent English translations of
         the same non-English story).
  30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
             attribution 3, event 2, omission 2, addition 2, repetition 2.
  10 inconsistent pairs carry one error and 10 carry two.
  Consistent pairs carry 3-5 traps (faithful rewordings); inconsistent pairs 0-3.

Usage:  python3 make_set99.py           validate and write set99.jsonl
        python3 make_set99.py --check   validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

SET_NO = 99
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set99.jsonl")

DOMAINS = [d.strip() for d in (
    "rail timetable change;building cladding removal;town centre regeneration;"
    "animal shelter capacity;station step-free access;restaurant licence review;"
    "football ground redevelopment;mobile mast objection;free bus passes;insulation scheme;"
    "court backlog;nhs waiting list figures;road toll plan;abattoir closure;"
    "gp appointment system;council bankruptcy notice;water meter installation;"
    "low traffic neighbourhood;magistrates court closure;cyber attack on hospital;"
    "zoo licence review;bus route withdrawal;pothole repair backlog;benefit payment errors;"
    "wind farm refusal;fly-tipping crackdown;autism assessment waits;tree felling row;"
    "ferry service cancellations;wildfire on moorland;school meal debt;damp and mould cases;"
    "river pollution monitoring;rural bus services;heating allowance;"
    "community transport service;cancer treatment targets;council election results;"
    "vehicle tax changes;drought measures").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


# ---------------------------------------------------------------- span helpers
def T(text, ref_text, occ=0):
    """Trap: faithful rewording in the candidate; ref_text is the reference wording."""
    return {"kind": "trap", "text": text, "ref_text": ref_text, "occ": occ}


def E(text, etype, severity, ref_text, occ=0):
    """Error span (any type except omission / addition / repetition)."""
    return {"kind": "error", "text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def A(text, severity, occ=0):
    """Addition: candidate text with no support in the reference."""
    return {"kind": "error", "text": text, "type": "addition", "severity": severity,
            "ref_text": None, "occ": occ}


def R(text, severity, occ=1):
    """Repetition: the later copy (occurrence occ) of earlier candidate text."""
    return {"kind": "error", "text": text, "type": "repetition", "severity": severity,
            "ref_text": None, "occ": occ}


def O(ref_text, severity, after=None, before=None, occ=0):
    """Omission: zero-width span at the end of `after` or the start of `before`."""
    return {"kind": "error", "text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "before": before, "occ": occ}


CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors), "traps": list(traps)})

# ================================================================ rewrites (1-10)
case("rail timetable change", "rewrite",
     "Northvale Rail will introduce a revised timetable on Sunday 14 May, cutting the number of weekday services between Ashcombe and Deller Cross from 64 to 58. The operator said the change was needed because of a shortage of qualified drivers, and that peak-hour trains would be lengthened from four carriages to eight to offset the reduction. Passenger group Rail Users Forum said it was 'deeply disappointed' and warned that commuters travelling after 7pm would face gaps of up to 50 minutes. Northvale's operations director, Priya Lannet, said the timetable would be reviewed in the autumn and that services could be restored once recruitment targets were met. About 21,000 journeys are made on the line each weekday.",
     "Weekday services on the Ashcombe to Deller Cross line will fall from 64 to 58 when Northvale Rail's new timetable takes effect on Sunday 14 May. Blaming a lack of qualified drivers, the operator said it would double the length of peak-hour trains, from four carriages to eight, to make up for the cut. The Rail Users Forum, which represents passengers, said it was 'deeply disappointed', warning that people commuting after 7pm would face waits of as long as 50 minutes between trains. Priya Lannet, Northvale's director of operations, said the timetable would be looked at again in the autumn, adding that services could come back once recruitment targets had been hit. The line carries some 21,000 journeys every weekday.",
     traps=[T("Blaming a lack of qualified drivers", "because of a shortage of qualified drivers"),
            T("double the length of peak-hour trains", "peak-hour trains would be lengthened"),
            T("Priya Lannet, Northvale's director of operations", "Northvale's operations director, Priya Lannet"),
            T("looked at again in the autumn", "reviewed in the autumn"),
            T("some 21,000 journeys", "About 21,000 journeys")])

case("building cladding removal", "rewrite",
     "Work to strip unsafe cladding from Halberd Court, a 17-storey residential block in Wexbridge, will begin next month after the building's owner agreed to fund the £6.8 million project in full. Harlow Ridge Estates had previously argued that leaseholders should contribute towards the cost, but reversed its position following mediation led by the regional housing ombudsman. The removal is expected to take 14 months, during which a round-the-clock fire warden patrol will remain in place. Residents' association chair Moira Tessendale said the 212 households in the block had 'lived with fear and uncertainty for four years'. The council confirmed that temporary scaffolding would not block access to the ground-floor pharmacy.",
     "Harlow Ridge Estates, the owner of Halberd Court, has agreed to pay the entire £8.6 million bill for removing unsafe cladding from the 17-storey Wexbridge tower, clearing the way for work to start next month. The company had previously insisted that leaseholders should share the cost, but changed its stance after mediation led by the regional housing ombudsman. The work is expected to last 14 months, and a fire warden patrol will stay in place throughout. Moira Tessendale, who chairs the residents' association, said the block's 212 households had 'lived with fear and uncertainty for four years'. According to the council, temporary scaffolding will not obstruct access to the pharmacy on the ground floor.",
     errors=[E("£8.6 million", "number", "major", "£6.8 million"),
             O("round-the-clock", "minor", before="fire warden patrol")],
     traps=[T("changed its stance", "reversed its position"),
            T("Moira Tessendale, who chairs the residents' association", "Residents' association chair Moira Tessendale")])

case("town centre regeneration", "rewrite",
     "Plans to redevelop the derelict Corn Exchange site in the centre of Marlowe Heath have been approved by the borough council's planning committee by seven votes to three. The £42 million scheme, led by developer Kestrel Urban, includes 180 flats, a public square and ground-floor space for up to 15 independent shops. A quarter of the homes will be offered at affordable rents. Councillor Dev Arkwright, who chairs the committee, said the decision marked 'a turning point for a town centre that has been in decline for a decade'. Construction is due to start in early 2025 and the first residents are expected to move in by the end of 2026. Objectors had raised concerns about the height of the tallest block, which will rise to nine storeys.",
     "Marlowe Heath borough council's planning committee has voted seven to three in favour of redeveloping the derelict Corn Exchange site in the town centre. Kestrel Urban's £42m scheme will provide 180 flats and a public square, along with ground-floor units for as many as 15 independent shops; 45 of the homes will be let at affordable rents. The committee's chair, Councillor Dev Arkwright, described the decision as 'a turning point for a town centre that has been in decline for a decade'. Building work is scheduled to begin early in 2025, and the first residents are likely to move in by the end of 2026. Opponents had objected to the height of the tallest block, which will be nine storeys high.",
     traps=[T("voted seven to three in favour", "by seven votes to three"),
            T("£42m", "£42 million"),
            T("as many as 15", "up to 15"),
            T("45 of the homes", "A quarter of the homes"),
            T("are likely to move in", "are expected to move in")])

case("animal shelter capacity", "rewrite",
     "The Brackenfold Animal Sanctuary has stopped accepting dogs after reaching full capacity for the first time in its 30-year history. The charity, which has space for 120 dogs, said it was currently caring for 134, with some animals being housed in temporary kennels in its car park. Manager Ellen Roque said rising living costs had led to a sharp increase in owners giving up pets, and that the number of dogs handed in had doubled since 2021. The sanctuary has asked the neighbouring Felmoor Dogs Trust to take in 20 of its animals while it seeks planning permission for a new kennel block. Cats and small animals are still being accepted.",
     "For the first time in its 30-year history, Brackenfold Animal Sanctuary is full and has stopped taking in dogs. The charity has room for 120 dogs but is currently looking after 134, some of them kept in temporary kennels set up in its car park. According to manager Ellen Roque, the rising cost of living has caused a steep rise in the number of owners surrendering their pets, with twice as many dogs handed in now as in 2021. The neighbouring Felmoor Dogs Trust has asked the sanctuary to take in 20 of its animals while it applies for planning permission for a new kennel block. The sanctuary is still accepting cats and small animals.",
     errors=[E("Felmoor Dogs Trust has asked the sanctuary", "role", "major",
               "The sanctuary has asked the neighbouring Felmoor Dogs Trust")],
     traps=[T("surrendering their pets", "giving up pets"),
            T("twice as many dogs handed in now as in 2021", "the number of dogs handed in had doubled since 2021")])

case("station step-free access", "rewrite",
     "Step-free access will be installed at Orrin Lane station by March 2026 under a £9.5 million upgrade announced by the regional transport authority on Thursday. The project will add two lifts and a new footbridge, allowing wheelchair users and passengers with pushchairs to reach both platforms without using stairs. Orrin Lane, which handles around 3.2 million passengers a year, is currently the busiest station on the network without step-free access. Disability campaigner Ruth Calloway, who has lobbied for the improvements since 2017, said the announcement was 'long overdue but very welcome'. The authority said the station would remain open throughout the works, although some weekend closures might be needed.",
     "The regional transport authority announced on Thursday that Orrin Lane station is to become step-free by March 2026 as part of a £9.5m upgrade. Two lifts and a new footbridge will be built so that passengers in wheelchairs or with pushchairs can get to both platforms without climbing stairs. With roughly 3.2 million passengers passing through each year, Orrin Lane is at present the busiest station on the network that lacks step-free access. Ruth Calloway, a disability campaigner who has been pushing for the changes since 2017, called the announcement 'long overdue but very welcome'. The station will stay open while the work is carried out, the authority said, though it may have to close on some weekends.",
     traps=[T("£9.5m", "£9.5 million"),
            T("roughly 3.2 million passengers passing through each year", "around 3.2 million passengers a year"),
            T("has been pushing for the changes since 2017", "has lobbied for the improvements since 2017"),
            T("it may have to close on some weekends", "some weekend closures might be needed")])

case("restaurant licence review", "rewrite",
     "A restaurant in Tolworth Green could lose its alcohol licence after police raised concerns about late-night disorder outside the premises. The Saffron Terrace, on Mill Street, will face a licensing review hearing on 22 October, the district council confirmed. Police said officers had been called to the venue 11 times since January, including to a fight in which two people were injured. The restaurant's owner, Rahim Osterley, said he had already hired door staff and installed additional CCTV, and that he intended to contest the review. Options open to the licensing panel include suspending the licence, restricting opening hours, or revoking it altogether. Local residents have until 8 October to submit comments.",
     "The Saffron Terrace restaurant on Mill Street, Tolworth Green, will lose its alcohol licence following police concerns about late-night disorder outside the premises. The district council confirmed the venue will face a licensing review hearing on 22 October. According to police, officers have been called there 11 times since the start of January, on one occasion to a fight that left two people injured. Owner Rahim Osterley said he had already taken on door staff and put in extra CCTV, and would contest the review. The licensing panel can suspend the licence, restrict opening hours or revoke it entirely. Residents have until 18 October to submit comments.",
     errors=[E("will lose", "modality", "critical", "could lose"),
             E("18 October", "date", "minor", "8 October")],
     traps=[T("since the start of January", "since January"),
            T("taken on door staff", "hired door staff")])

case("football ground redevelopment", "rewrite",
     "Carnholt Athletic has submitted plans to expand its Fenwick Road stadium from 9,000 to 15,500 seats, the club announced on Monday. The £28 million redevelopment would replace the ageing east stand and add a fan zone, a club shop and 40 hospitality boxes. Chief executive Tomasz Verrill said the club hoped work could begin at the end of the current season, subject to planning approval, and would take around two years. The club intends to keep playing home matches at the ground during construction, with capacity temporarily reduced. Neighbours have previously complained about matchday parking, and the plans include a new 300-space car park on land owned by the club.",
     "On Monday, Carnholt Athletic announced that it had lodged plans to increase the capacity of its Fenwick Road stadium to 15,500 seats, up from 9,000. The ageing east stand would be replaced as part of the £28m redevelopment, which would also bring a fan zone, a club shop and 40 hospitality boxes. If planning permission is granted, the club hopes work can start when the current season ends, chief executive Tomasz Verrill said, adding that it would last about two years. The club plans to carry on playing home matches at the ground throughout the building work, though with a temporarily reduced capacity. The plans, which follow past complaints from neighbours about matchday parking, include a new 300-space car park on club-owned land.",
     traps=[T("lodged plans", "submitted plans"),
            T("£28m", "£28 million"),
            T("If planning permission is granted", "subject to planning approval"),
            T("about two years", "around two years"),
            T("club-owned land", "land owned by the club")])

case("mobile mast objection", "rewrite",
     "More than 600 residents of Elmsworth have signed a petition opposing plans for a 20-metre mobile phone mast next to a primary school. Telecoms firm Brightwave Networks wants to install the mast on a grass verge on Hollins Lane to improve 5G coverage in the area. Parent Katrin Dowell, who started the petition, said the structure would be 'an eyesore' and too close to the school gates. Brightwave said the mast complied with all national safety guidelines and that it had considered seven alternative sites, none of which were suitable. The district council is expected to decide on the application next month. Ward councillor Neil Fairhurst said he would ask for the decision to be made by the full planning committee.",
     "A petition against plans for a 20-metre phone mast beside a primary school in Elmsworth has been signed by more than 600 residents. Brightwave Networks, a telecoms company, wants to put the mast on a grass verge on Hollins Lane to boost 5G coverage locally. Katrin Dowell, a parent who launched the petition, said the mast would be 'an eyesore' and was too close to the school gates. According to the district council, the mast complies with all national safety guidelines. Brightwave said it had looked at seven other sites but found none of them suitable. A decision on the application is expected from the council next month, and ward councillor Neil Fairhurst said he would ask for it to go before the full planning committee.",
     errors=[E("According to the district council", "attribution", "major", "Brightwave said")],
     traps=[T("to boost 5G coverage locally", "to improve 5G coverage in the area"),
            T("launched the petition", "started the petition")])

case("free bus passes", "rewrite",
     "Pensioners in the Westmarch region will be able to use free bus passes before 9.30am from 1 April, the combined authority has confirmed. Until now, concessionary passes have only been valid after the morning rush hour on weekdays. The change, which will cost an estimated £1.4 million a year, follows a two-year campaign by the Westmarch Older People's Network. Transport committee chair Saoirse Lindqvist said the move would help older people reach early medical appointments and part-time jobs. Around 240,000 people hold a concessionary pass in the region. Bus operators will be reimbursed for the additional journeys under the existing funding formula, the authority said.",
     "From 1 April, pensioners in the Westmarch region will no longer have to wait until 9.30am to use their free bus passes, the combined authority has confirmed. Until now the concessionary passes could be used on weekdays only once the morning rush hour was over. The change is expected to cost about £1.4m a year and comes after a campaign lasting two years by the Westmarch Older People's Network. According to Saoirse Lindqvist, who chairs the transport committee, it will make it easier for older people to get to early medical appointments and part-time work. Some 240,000 people across the region have a concessionary pass. The authority said bus companies would be paid back for the extra journeys through the existing funding formula.",
     traps=[T("will no longer have to wait until 9.30am to use their free bus passes", "will be able to use free bus passes before 9.30am"),
            T("is expected to cost about £1.4m a year", "will cost an estimated £1.4 million a year"),
            T("a campaign lasting two years", "a two-year campaign"),
            T("paid back", "reimbursed")])

case("insulation scheme", "rewrite",
     "A council-run scheme to insulate older homes in Penhallow has helped 1,350 households since it began in 2022, according to an evaluation published on Wednesday. The report found that insulated homes used on average 18% less gas for heating, saving each household around £310 a year. However, it also found that the scheme had not reached most of the private rented properties it was designed to help, with only 140 landlords taking part. Cabinet member for housing Joanne Merrow said the council would now make grants available to landlords without requiring them to pay a contribution. The scheme is funded until March 2025.",
     "An evaluation published on Wednesday shows that 13,500 households in Penhallow have been helped by the council's scheme to insulate older homes since its launch in 2022. Homes that had been insulated used an average of 18% less gas for heating, the report found, saving each household about £310 annually. It also found that the scheme had reached most of the private rented properties it was intended to help, though only 140 landlords took part. Joanne Merrow, the cabinet member for housing, said grants would now be offered to landlords without any requirement for them to contribute. Funding for the scheme runs until March 2025.",
     errors=[E("13,500 households", "number", "major", "1,350 households"),
             E("had reached", "polarity", "critical", "had not reached")],
     traps=[T("since its launch in 2022", "since it began in 2022"),
            T("about £310 annually", "around £310 a year")])

# ================================================================ rewrites (11-20)
case("court backlog", "rewrite",
     "The number of criminal cases waiting to be heard at Crown courts in the Eastholm circuit rose to 4,870 at the end of June, up 12% on the same point last year, official figures show. Almost a third of those cases have been waiting for more than a year. The circuit's presiding judge, Dame Helena Marsh-Oduya, said the shortage of available courtrooms and barristers was the main cause of the delays. The justice department said it had funded 30 extra sitting days a month since January and expected the backlog to begin falling next year. Victims' groups said the waits were causing witnesses to withdraw from cases.",
     "Official figures show that 4,870 criminal cases were waiting to be heard at Crown courts on the Eastholm circuit at the end of June, a rise of 12% on a year earlier. Nearly one in three had been waiting over a year. Dame Helena Marsh-Oduya, the circuit's presiding judge, blamed the delays chiefly on a lack of available courtrooms and barristers. The justice department said it had been paying for an extra 30 sitting days each month since January and expects the backlog to start coming down next year. According to victims' groups, witnesses are pulling out of cases because of the waits.",
     traps=[T("a rise of 12% on a year earlier", "up 12% on the same point last year"),
            T("Nearly one in three", "Almost a third"),
            T("blamed the delays chiefly on", "was the main cause of the delays"),
            T("start coming down", "begin falling"),
            T("pulling out of cases", "withdraw from cases")])

case("nhs waiting list figures", "rewrite",
     "The number of patients waiting for planned hospital treatment in the Southmere health region fell for the third consecutive month in August, to 412,000, new figures show. However, 9,600 people had been waiting more than 18 months, compared with 8,900 in July. The Southmere Health Board said extra weekend clinics had helped reduce waits for hip and knee operations, but that demand for emergency care continued to put pressure on beds. Chief executive Marcus Feld said the board remained on track to meet its target of eliminating waits of over two years by December. Patient watchdog Patient Voice Southmere said many people waiting were in significant pain.",
     "New figures show that the waiting list for planned hospital treatment in the Southmere health region shrank for a third month running in August, to 412,000. However, the number of people who had waited more than 18 months rose to 9,600, from 8,900 in July. According to the Southmere Health Board, extra weekend clinics have helped to cut waits for hip and knee operations, but demand for emergency care is still putting pressure on beds. Marcus Feld, the board's chief executive, said it remained on course to meet its target of eliminating waits of more than two years by December. Many of those waiting were in significant pain, said patient watchdog Patient Voice Southmere. The waiting list for planned hospital treatment in the Southmere health region shrank for a third month running in August.",
     errors=[R("waiting list for planned hospital treatment in the Southmere health region shrank for a third month running in August", "minor", occ=1)],
     traps=[T("a third month running", "the third consecutive month", occ=0),
            T("remained on course", "remained on track")])

case("road toll plan", "rewrite",
     "Drivers crossing the new Sedgebrook estuary bridge will pay a toll of £2.50 per car when it opens in 2027, under proposals published by the regional roads agency. Heavy goods vehicles would be charged £7, while motorcycles and local residents registered with the scheme would cross free of charge. The agency said toll income would repay about half of the bridge's £610 million construction cost over 25 years. Business group Sedgebrook Chamber of Trade warned the charges could deter shoppers from crossing the estuary. A public consultation on the proposals runs until 30 November, and the agency said no final decision on charges would be taken before then.",
     "Under proposals published by the regional roads agency, drivers using the new Sedgebrook estuary bridge will pay a £2.50 toll per car once it opens in 2027. Lorries would pay £7, and crossings would be free for motorcycles and for local residents who have registered with the scheme. Over 25 years, toll revenue would pay back roughly half of the bridge's £610m construction cost, the agency said. The Sedgebrook Chamber of Trade, which represents businesses, warned that shoppers might be put off crossing the estuary by the charges. The proposals are open to public consultation until 30 November, and the agency said it would not make a final decision on the charges before that date.",
     traps=[T("Lorries would pay £7", "Heavy goods vehicles would be charged £7"),
            T("roughly half", "about half"),
            T("£610m", "£610 million"),
            T("shoppers might be put off crossing the estuary by the charges", "the charges could deter shoppers from crossing the estuary")])

case("abattoir closure", "rewrite",
     "The last remaining abattoir in the Fellbrook valley will close at the end of the year with the loss of 46 jobs, its owners have announced. Greystone Meats said rising energy costs and a shortage of qualified vets to carry out inspections had made the site at Aldham unviable. Livestock farmers warned that the closure would force them to transport animals more than 90 miles to the nearest alternative, at Kettleby Moor. The National Farmers' Alliance said the decision would hit small producers hardest. Greystone said it had held talks with two potential buyers, but neither had made an offer. Staff will be offered redeployment at the company's processing plant in Bardon.",
     "Greystone Meats has announced that its abattoir at Aldham, the last one left in the Fellbrook valley, will shut at the end of the year, with 46 jobs lost. The company blamed higher energy costs and a lack of qualified vets to carry out inspections for making the site unviable. Livestock farmers said the closure would mean taking animals more than 90 miles to the nearest alternative, at Bardon. Small producers would be worst affected, according to the National Farmers' Alliance. Greystone said it had held talks with two possible buyers, but neither had put in an offer. Workers will be offered voluntary redundancy, the company said.",
     errors=[E("Bardon", "entity", "major", "Kettleby Moor"),
             E("offered voluntary redundancy", "event", "major", "offered redeployment")],
     traps=[T("Small producers would be worst affected", "would hit small producers hardest"),
            T("neither had put in an offer", "neither had made an offer")])

case("gp appointment system", "rewrite",
     "Patients at the Riverside Medical Group in Coldharbour will no longer have to phone at 8am to book same-day appointments after the practice introduced an online triage system on Monday. Requests submitted through the practice website will be reviewed by a clinician within four working hours, and patients will then be offered a phone call, a video consultation or a face-to-face appointment. Those without internet access can still call reception, where staff will complete the form on their behalf. Practice manager Gillian Okafor said the change was designed to end the 'morning scramble' that left many callers unable to get through. The practice, which has 14,200 registered patients, said it would review the system after six months.",
     "Since the practice introduced an online triage system on Monday, patients at Coldharbour's Riverside Medical Group no longer have to ring at 8am to book same-day appointments. A clinician will look at each request sent in via the practice website within four working hours, after which the patient will be offered a phone call, a video consultation or an in-person appointment. People who cannot get online can still phone reception, and staff there will fill in the form for them. According to practice manager Gillian Okafor, the change is meant to end the 'morning scramble' in which many callers failed to get through. The system will be reviewed after six months, said the practice, which has 14,200 patients on its books.",
     traps=[T("an in-person appointment", "a face-to-face appointment"),
            T("People who cannot get online", "Those without internet access"),
            T("will fill in the form for them", "will complete the form on their behalf"),
            T("14,200 patients on its books", "14,200 registered patients")])

case("council bankruptcy notice", "rewrite",
     "Ravensmoor District Council has issued a section 114 notice, effectively declaring itself unable to balance its budget, after identifying a £38 million shortfall for the coming financial year. The council's chief finance officer, Alistair Penrose, said the gap had been caused by soaring demand for adult social care and temporary accommodation, together with losses on commercial property investments. Under the notice, all new spending is banned except on statutory services such as child protection and waste collection. Council leader Hannah Brightwell said residents should expect significant cuts and that council tax would have to rise. The government has been asked for permission to sell assets to cover day-to-day costs.",
     "Ravensmoor District Council, the first in the region to take such a step, has issued a section 114 notice, in effect declaring that it cannot balance its budget, after finding a £38m shortfall for next financial year. Chief finance officer Alistair Penrose said soaring demand for adult social care and temporary housing, along with losses on commercial property investments, lay behind the gap. The notice bans all new spending other than on statutory services such as child protection and bin collections. Residents should expect significant cuts, and council tax will have to rise, said council leader Hannah Brightwell. The council has asked the government for permission to sell assets to meet day-to-day costs.",
     errors=[A("the first in the region to take such a step", "major")],
     traps=[T("£38m", "£38 million"),
            T("temporary housing", "temporary accommodation"),
            T("bin collections", "waste collection")])

case("water meter installation", "rewrite",
     "Brookvale Water will begin fitting compulsory water meters to around 85,000 homes in the Hensford area from September, the company has announced. The programme, which will take three years to complete, is intended to reduce demand in a region that the environment regulator has classed as seriously water-stressed. Households will be moved on to metered charges only after a two-year comparison period, during which they will be shown what they would have paid. Customers on low incomes or with large families will be able to apply for a capped tariff. The company estimates that around 60% of affected customers will pay less once they switch.",
     "From September, compulsory water meters will be installed in some 85,000 homes around Hensford, Brookvale Water has said. The three-year programme aims to cut demand in an area classed by the environment regulator as seriously water-stressed. Metered charges will not apply to households until a comparison period of two years has ended, during which they will be told how much they would have paid. Customers with low incomes or large families can apply for a capped tariff. Brookvale estimates that roughly three in five affected customers will see their bills go down after switching.",
     traps=[T("some 85,000 homes", "around 85,000 homes"),
            T("The three-year programme", "The programme, which will take three years to complete"),
            T("Metered charges will not apply to households until a comparison period of two years has ended", "Households will be moved on to metered charges only after a two-year comparison period"),
            T("roughly three in five", "around 60%"),
            T("see their bills go down", "pay less")])

case("low traffic neighbourhood", "rewrite",
     "A low traffic neighbourhood in the Wickham Vale district of Hartlebury will be made permanent following an 18-month trial, the city council's transport committee decided on Tuesday evening. Planters and camera-enforced filters have closed nine residential streets to through traffic since March 2023. Council data shows traffic on those streets has fallen by 58%, while traffic on the surrounding main roads has risen by 6%. Councillor Yusuf Carrick, the committee chair, said the results showed 'a clear benefit for residents'. Opponents, who presented a petition with 2,300 signatures, argued that the scheme had pushed congestion on to neighbouring areas. Emergency vehicles will continue to be able to pass through the filters.",
     "Hartlebury city council's transport committee decided on Tuesday evening to make the low traffic neighbourhood in Wickham Vale permanent after an 18-month trial. Since March 2022, nine residential streets have been closed to through traffic by planters and camera-enforced filters. Figures from the council show a 58% drop in traffic on those streets, and a 6% increase on the main roads around them. The committee's chair, Councillor Yusuf Carrick, said the results demonstrated 'a clear benefit for residents'. Opponents handed in a 2,300-signature petition and argued that the scheme had shifted congestion into neighbouring areas. Emergency vehicles will still be able to get through the filters.",
     errors=[E("March 2022", "date", "major", "March 2023")],
     traps=[T("a 58% drop in traffic on those streets", "traffic on those streets has fallen by 58%"),
            T("a 2,300-signature petition", "a petition with 2,300 signatures"),
            T("shifted congestion into", "pushed congestion on to")])

case("magistrates court closure", "rewrite",
     "Dunmere Magistrates' Court will close in June 2025, the justice department has confirmed, despite opposition from local solicitors and the town's MP. Cases currently heard at Dunmere will be transferred to the courthouse in Castlebrook Rise, 23 miles away. The department said the building, which dates from 1962, needed repairs costing an estimated £4 million and was used for only 40% of available sitting time last year. Solicitor Bronwen Hale, who chairs the local law society, said defendants and witnesses without cars would struggle to reach the new venue. The department said it would consider allowing some hearings to take place by video link.",
     "The justice department has confirmed that Dunmere Magistrates' Court is to shut in June 2025, in spite of objections from local solicitors and the town's MP. Its cases will move to the courthouse at Castlebrook Rise, 23 miles away. According to the department, the 1962 building needed about £4m of repairs and was in use for just two-fifths of the available sitting time last year. Bronwen Hale, a solicitor who chairs the local law society, said defendants and witnesses who do not have cars would find it hard to get to the new venue. The department said it would look at letting some hearings take place by video link.",
     traps=[T("is to shut", "will close"),
            T("in spite of objections from", "despite opposition from"),
            T("about £4m of repairs", "repairs costing an estimated £4 million"),
            T("just two-fifths of", "only 40% of"),
            T("look at letting", "consider allowing")])

case("cyber attack on hospital", "rewrite",
     "St Aldric's Hospital in Penmarsh has cancelled more than 300 outpatient appointments after a cyber attack disabled its patient records system on Saturday. The hospital trust said emergency care was continuing but that ambulances might be diverted to neighbouring hospitals during busy periods. The trust's chief information officer, Daniel Oyelaran, said the attack had been reported to the national cyber security agency, which was helping to investigate. There was no evidence so far that patient data had been stolen, he said. Staff have reverted to paper records, and the trust expects systems to be restored within a week.",
     "A cyber attack on Saturday knocked out the patient records system at St Aldric's Hospital in Penmarsh, forcing it to cancel more than 300 outpatient appointments. Emergency care is still being provided, the hospital trust said, but ambulances are being diverted to neighbouring hospitals at busy times. Daniel Oyelaran, the trust's chief information officer, said the national cyber security agency had reported the attack to the trust and was helping to investigate. So far there was no evidence that any patient data had been stolen, he said. Staff have gone back to using paper records, and the trust expects its systems to be back up and running within a week.",
     errors=[E("are being diverted", "modality", "major", "might be diverted"),
             E("the national cyber security agency had reported the attack to the trust", "role", "major",
               "the attack had been reported to the national cyber security agency")],
     traps=[T("gone back to using paper records", "reverted to paper records"),
            T("back up and running within a week", "restored within a week")])

# ================================================================ summaries (21-30)
case("zoo licence review", "summary",
     "Thornwick Wildlife Park has been given six months to improve conditions for its big cats or risk losing its zoo licence, following an inspection by the district council. Inspectors found that enclosures for the park's two lions and three snow leopards were too small and lacked enough shelter from bad weather. They also criticised record-keeping on animal medication. The park, which attracts around 150,000 visitors a year, must submit an action plan within 28 days. Director Graham Ellery said the park accepted the findings in full and had already commissioned a larger enclosure for the snow leopards, due to open in the spring. He said the lions would be moved to a temporary enclosure while their existing one was extended. The council said it would carry out a further inspection once the six-month period ends. If the improvements are not made, the licence could be suspended or revoked.",
     "Thornwick Wildlife Park has half a year to improve conditions for its big cats or it could lose its zoo licence, after council inspectors found the lion and snow leopard enclosures too small and short of shelter, and criticised its medication records. The park has 28 days to submit an action plan. Its director said the park accepted the findings in full and that a bigger snow leopard enclosure was due to open in the spring, while the lions would be housed temporarily as their enclosure is extended. The council will inspect again after the six months.",
     traps=[T("half a year", "six months"),
            T("or it could lose", "or risk losing"),
            T("short of shelter", "lacked enough shelter"),
            T("a bigger snow leopard enclosure", "a larger enclosure for the snow leopards")])

case("bus route withdrawal", "summary",
     "Operator Coastway Buses is to withdraw the number 47 service between Saltmarsh and Ferrylea Hospital from 2 September, saying the route has become unprofitable. Passenger numbers on the route have fallen by 35% since 2019, according to the company, and the service now carries an average of nine passengers per journey. The county council said it had been given the statutory 56 days' notice and was looking at whether it could fund a replacement service, but warned that its transport budget was already under severe pressure. Local patients' group Friends of Ferrylea Hospital said elderly residents in Saltmarsh relied on the bus to reach appointments and that the nearest alternative involved two changes. Coastway's managing director, Fiona Aldous, said the firm regretted the decision but could not continue to run the route at a loss. About 1,100 people have signed an online petition calling for the route to be saved.",
     "Coastway Buses will scrap the loss-making number 47 route between Saltmarsh and Ferrylea Hospital from 2 September, after passenger numbers fell by more than half since 2019 to an average of nine per journey. The county council, which received the required notice, is considering funding a replacement but says its transport budget is already under severe strain. The council also warned that elderly Saltmarsh residents depend on the bus to reach appointments, with the nearest alternative requiring two changes. About 1,100 people have signed a petition to save the route.",
     errors=[E("by more than half", "number", "major", "by 35%"),
             E("The council also warned", "attribution", "major", "Friends of Ferrylea Hospital said")],
     traps=[T("loss-making", "unprofitable"),
            T("under severe strain", "under severe pressure")])

case("pothole repair backlog", "summary",
     "Highways officers in Kelsham County have warned that the backlog of road repairs has reached £196 million, the highest level since records began in 2008. A report to the council's cabinet says 14% of the county's B and C roads are now in poor condition and should be considered for major maintenance, compared with 9% five years ago. The council fixed more than 41,000 potholes in the last financial year, but officers said patching alone was not a long-term solution and recommended shifting money towards resurfacing. Cabinet member for highways Patrick Onslow said the county received about £22 million a year from central government for road maintenance, which he described as 'nowhere near enough'. The report also noted that compensation claims from drivers whose vehicles had been damaged had risen by a fifth. Cabinet will consider the recommendations next Thursday.",
     "Kelsham County's road repair backlog has hit £196m, its highest since records began in 2008, officers have warned. 14% of B and C roads are now in poor condition, up from 9% five years ago. Although more than 41,000 potholes were filled last financial year, officers say patching alone is not a lasting fix and want money shifted towards resurfacing. The highways cabinet member called the roughly £22m received annually from central government 'nowhere near enough'. Damage claims from drivers are up 20%, and cabinet will consider the recommendations next Thursday.",
     traps=[T("£196m", "£196 million"),
            T("not a lasting fix", "not a long-term solution"),
            T("roughly £22m received annually", "about £22 million a year"),
            T("up 20%", "had risen by a fifth")])

case("benefit payment errors", "summary",
     "An error in a new computer system led to around 8,400 benefit claimants in the Northern Marches region being underpaid for up to three months, the regional social security agency has admitted. The agency said the fault, which affected housing support payments, was caused by a software update installed in February and was identified only after claimants complained. Average underpayments were about £240, though some households were owed more than £1,000. Agency director Sunita Varley apologised and said all those affected would receive full back payments by the end of the month. She said no claimant would need to apply for the money, which would be paid automatically. Welfare rights adviser Colm Breslin said some families had fallen into rent arrears and called for compensation as well as repayment. The agency said it was not currently planning to offer compensation but would consider individual cases of hardship.",
     "A fault caused by a February software update left around 8,400 claimants in the Northern Marches underpaid on housing support for as long as three months, the regional social security agency has admitted; it came to light only after claimants complained. Underpayments averaged about £240, with some households owed over £1,000. The agency's director apologised and said everyone affected would be repaid in full, automatically, by the end of the month. A welfare rights adviser called for compensation as some families have fallen into rent arrears; the agency said it currently plans to offer compensation and will also consider individual cases of hardship.",
     errors=[E("currently plans to offer compensation", "polarity", "critical",
               "was not currently planning to offer compensation")],
     traps=[T("for as long as three months", "for up to three months"),
            T("came to light", "was identified")])

case("wind farm refusal", "summary",
     "Plans for a 14-turbine wind farm on Hallow Ridge have been refused by the Arnsdale National Park Authority, which said the development would cause 'unacceptable harm' to the landscape. Developer Greenmoor Renewables had said the scheme would generate enough electricity for around 38,000 homes and provide £250,000 a year for community projects over its 30-year lifetime. The authority's planning committee voted 11 to 2 against the application, in line with the recommendation of its officers. More than 1,800 objections were received, along with 420 letters of support. Greenmoor said it was 'disappointed' and would consider an appeal. Committee chair Elspeth Garrow said the authority supported renewable energy in principle but that turbines up to 150 metres tall would dominate views from several popular walking routes. The authority has approved two smaller schemes outside the park boundary in the past five years.",
     "The Arnsdale National Park Authority has turned down Greenmoor Renewables' plans for 14 turbines on Hallow Ridge, saying they would do 'unacceptable harm' to the landscape. The committee backed its officers' advice, rejecting the scheme by 11 votes to 2; objections outnumbered letters of support by more than four to one. The developer, which said the wind farm would power about 38,000 homes, is 'disappointed' and may appeal. The chair said the authority supported renewable energy in principle, but turbines of up to 150 metres would dominate views from popular walking routes.",
     traps=[T("turned down", "refused"),
            T("backed its officers' advice", "in line with the recommendation of its officers"),
            T("rejecting the scheme by 11 votes to 2", "voted 11 to 2 against the application"),
            T("objections outnumbered letters of support by more than four to one", "More than 1,800 objections were received, along with 420 letters of support"),
            T("may appeal", "would consider an appeal")])

case("fly-tipping crackdown", "summary",
     "Ashgrove Borough Council is to install 25 covert cameras at fly-tipping hotspots as part of a crackdown following a 40% rise in reported incidents over the past two years. The council recorded 3,900 cases of illegal dumping in 2023, costing £610,000 to clear. Fixed penalty fines for fly-tipping will rise from £400 to £1,000, the maximum allowed, from 1 July. Environment portfolio holder Lena Marchetti said the council would also publish images of offenders caught on camera where the law allowed. Officers will work with the regional enforcement body Waste Watch North to target organised gangs dumping commercial waste. The Ashgrove Landowners' Group, whose members must pay to clear rubbish dumped on private land, welcomed the move but said more help was needed. The council will also run a free bulky waste collection weekend in each ward during the summer.",
     "Ashgrove Borough Council will put 25 hidden cameras at fly-tipping hotspots by the end of May after reported incidents rose 40% in two years; the 3,900 cases recorded in 2023 cost £610,000 to clear. From 1 July, fixed penalties will go up from £400 to the maximum £1,000, and images of offenders caught on camera will be published where the law allows. Officers will team up with the Ashgrove Landowners' Group to target organised gangs dumping commercial waste. Landowners welcomed the crackdown but said more help was needed.",
     errors=[A("by the end of May", "minor"),
             E("the Ashgrove Landowners' Group", "entity", "major", "Waste Watch North")],
     traps=[T("hidden cameras", "covert cameras"),
            T("the maximum £1,000", "£1,000, the maximum allowed")])

case("autism assessment waits", "summary",
     "Children referred for an autism assessment in the Harlingford health area are waiting an average of 26 months, more than double the waiting time three years ago, according to figures obtained by the charity Spectrum Families. The number of children on the waiting list has risen from 1,900 to 4,700 over the same period. The charity said some families were paying up to £2,500 for private assessments because they could not wait. The local health board said referrals had increased far faster than expected and that it was recruiting four additional clinical psychologists and two speech and language therapists. It said a new assessment hub due to open in January was expected to cut waiting times by around a third within a year. Parent Leanne Harcourt, whose son has waited 31 months, said the delay had left him without the support he needed at school.",
     "Average waits for children's autism assessments in the Harlingford health area have more than doubled in three years to 26 months, and the waiting list has grown from 1,900 to 4,700, figures obtained by Spectrum Families show. The charity said some families were paying as much as £2,500 to go private. The health board blamed a far bigger rise in referrals than expected and is hiring six more specialists; it expects a new hub due to open in January to reduce waits by roughly a third within a year.",
     traps=[T("have more than doubled in three years", "more than double the waiting time three years ago"),
            T("as much as £2,500", "up to £2,500"),
            T("to go private", "for private assessments"),
            T("six more specialists", "four additional clinical psychologists and two speech and language therapists"),
            T("roughly a third", "around a third")])

case("tree felling row", "summary",
     "Campaigners in Ellesford have won a temporary reprieve for 23 mature lime trees on Priory Avenue after the city council agreed to pause felling work pending an independent survey. The council had planned to remove the trees, some of which are more than 120 years old, saying their roots were damaging pavements and drains. Residents formed a protest group, Save Priory Limes, and on Monday several people stood in front of contractors' vehicles to stop work starting. Two trees had already been cut down before the council halted the work. Council environment lead Marcus Threlfall said the survey would be completed within six weeks and that the council would abide by its findings. Campaigners say the pavements could be repaired without removing the trees. The group's spokesperson, Annika Vos, said: 'We're relieved, but this isn't over.'",
     "Ellesford city council has paused the felling of 23 mature lime trees on Priory Avenue, some over 120 years old, pending an independent survey; on Monday protesters had physically blocked contractors' vehicles to stop work starting, and two trees were felled before work was halted. The council, which says the roots are damaging pavements and drains, says the survey will be completed within six weeks and that it may follow its findings; campaigners argue the pavements could be fixed without removing the trees.",
     errors=[E("may follow its findings", "modality", "major", "would abide by its findings")],
     traps=[T("some over 120 years old", "some of which are more than 120 years old"),
            T("physically blocked contractors' vehicles", "stood in front of contractors' vehicles")])

case("ferry service cancellations", "summary",
     "Islanders on Skarra have been left without a reliable ferry service for a third week after the operator, Westerly Isles Ferries, withdrew one of its two vessels for emergency repairs. The MV Corrie Bay was taken out of service on 3 March after a gearbox fault was discovered during routine checks. Since then, 46 sailings have been cancelled, and the remaining vessel has been operating a reduced timetable of two return crossings a day instead of four. The operator said the repairs were more complex than first thought and that the ship was unlikely to return before mid-April. Local businesses say deliveries of fresh food have been disrupted and hotel bookings cancelled. Community council chair Iain Morrant said the island had been 'cut adrift' and called on the regional transport agency to charter a replacement vessel. The agency said it was exploring options but that suitable ships were in short supply.",
     "Skarra has been without a reliable ferry service for a third week since Westerly Isles Ferries took the MV Corrie Bay, one of its two ships, out of service on 3 March with a gearbox fault. Forty-six sailings have been cancelled and the remaining ship is making half its usual number of return crossings each day. The operator says the repairs are more complex than first thought and the vessel probably won't be back before mid-April. The community council chair has urged the regional transport agency to charter a replacement; the agency says it is exploring options, though suitable ships are scarce.",
     traps=[T("Forty-six sailings", "46 sailings"),
            T("half its usual number of return crossings each day", "two return crossings a day instead of four"),
            T("probably won't be back", "was unlikely to return"),
            T("suitable ships are scarce", "suitable ships were in short supply")])

case("wildfire on moorland", "summary",
     "Firefighters spent more than 30 hours tackling a wildfire that destroyed about 260 hectares of moorland on Blackhope Fell, the county fire service said on Sunday. The blaze was reported at 4.15pm on Friday and at its height involved 12 fire engines and a helicopter dropping water. No one was injured, but around 40 residents of the hamlet of Corrow were advised to keep windows and doors closed because of smoke. Area manager Rachel Dunmore said the dry conditions and strong winds had allowed the fire to spread rapidly, and that crews would remain on site for several days to deal with hotspots. The cause is being investigated, but the service said it was likely to have been started accidentally, possibly by a disposable barbecue. Landowners have warned that ground-nesting birds such as curlew will have lost nests at the peak of the breeding season.",
     "A wildfire reported at 4.15pm on Saturday burned about 260 hectares of moorland on Blackhope Fell, with crews taking over 30 hours to tackle it using up to 12 fire engines and a water-dropping helicopter. Nobody was hurt, but about 40 residents of Corrow were told to keep windows and doors shut because of smoke. Dry weather and strong winds helped the fire spread quickly, and crews will stay for several days to deal with hotspots. The cause is under investigation, though the fire service believes it was probably started accidentally. Nobody was hurt. Landowners fear curlew and other ground-nesting birds will have lost nests.",
     errors=[E("Saturday", "date", "major", "Friday"),
             R("Nobody was hurt", "minor", occ=1)],
     traps=[T("over 30 hours", "more than 30 hours"),
            T("probably started accidentally", "likely to have been started accidentally")])

# ================================================================ translations (31-40)
case("school meal debt", "translation",
     "The municipality of Vellorne has decided to write off the school canteen debts of 312 families, totalling nearly 41,000 euros, the deputy mayor responsible for education, Claire Rouvenel, announced on Tuesday. The debts had built up over the past two school years, as rising food prices pushed up the cost of meals. From September, families whose income falls below a threshold set by the council will pay one euro per meal, compared with 3.20 euros at present. Rouvenel said that no child had ever been refused a meal because of unpaid bills and that this would remain the case. The opposition group on the council criticised the measure as 'a one-off gesture' and called for free meals for all pupils.",
     "Vellorne's town council is cancelling almost €41,000 owed by 312 families for school canteen meals, Claire Rouvenel, the deputy mayor in charge of education, said on Tuesday. The arrears accumulated over the last two school years, as higher food prices made meals more expensive. Starting in September, households with incomes under a council-set ceiling will be charged €1 a meal, instead of the current €3.20. According to Rouvenel, no pupil has ever been denied a meal over unpaid bills, and that will not change. Opposition councillors described the decision as 'a one-off gesture' and demanded free meals for every pupil.",
     traps=[T("almost €41,000", "nearly 41,000 euros"),
            T("accumulated", "had built up"),
            T("a council-set ceiling", "a threshold set by the council"),
            T("€1 a meal, instead of the current €3.20", "one euro per meal, compared with 3.20 euros at present"),
            T("no pupil has ever been denied a meal", "no child had ever been refused a meal")])

case("damp and mould cases", "translation",
     "The housing corporation Woonstede Noord has received more than 1,700 reports of damp and mould in its homes in Zuidervelde this year, almost twice as many as in the whole of last year. Director Marieke Ooms said on Thursday that the corporation would inspect every reported home within ten working days and would install mechanical ventilation in 600 flats in the Oosterkwartier district before the winter. Tenants' association chair Ruud Kamphorst said many residents had been told for years to 'open a window more often'. The municipality has asked the corporation to report monthly on progress. Doctors in the city have linked the mould to a rise in respiratory complaints among young children.",
     "Woonstede Noord, a housing association, has had over 1,700 complaints of damp and mould in its Zuidervelde properties so far this year, nearly double the figure for the whole of last year. On Thursday its director, Marieke Ooms, said all homes that had been reported would be inspected, and that mechanical ventilation would be fitted in 600 flats in the Oosterkwartier neighbourhood ahead of winter. Ruud Kamphorst, who heads the tenants' association, said many residents had spent years being told to 'air the place more'. The city council has asked the corporation for a progress report every month. Local doctors have connected the mould with an increase in breathing problems among young children.",
     errors=[O("within ten working days", "major", after="would be inspected")],
     traps=[T("nearly double the figure for the whole of last year", "almost twice as many as in the whole of last year"),
            T("ahead of winter", "before the winter"),
            T("air the place more", "open a window more often")])

case("river pollution monitoring", "translation",
     "The environmental authority of the district of Kessenbrück will install six continuous monitoring stations along the river Mersach next year, after fish deaths were recorded on three occasions last summer. The stations will measure oxygen levels, temperature and ammonium every fifteen minutes and transmit the data to a public website. The project will cost around 850,000 euros, of which the state will cover 70 percent. District administrator Johanna Melchert said the aim was to identify sources of pollution more quickly. Anglers' association chairman Tobias Greiner welcomed the plan but said that the discharges from the Wessel sewage works, which he considers the main cause, must be addressed directly. The operator of the works has rejected this view.",
     "Next year, six stations that monitor the river Mersach around the clock are to be set up by the Kessenbrück district environment office, following three separate fish kills last summer. Every quarter of an hour they will record oxygen, temperature and ammonium levels and send the readings to a publicly accessible website. Of the roughly €850,000 cost, the state will pay seven-tenths. The aim, according to district administrator Johanna Melchert, is to trace pollution to its source faster. Tobias Greiner, who chairs the local anglers' association, welcomed the plans but insisted that discharges from the Wessel sewage treatment plant, which he regards as the main culprit, had to be tackled directly. The plant's operator disagrees.",
     traps=[T("three separate fish kills", "fish deaths were recorded on three occasions"),
            T("Every quarter of an hour", "every fifteen minutes"),
            T("roughly €850,000", "around 850,000 euros"),
            T("seven-tenths", "70 percent"),
            T("The plant's operator disagrees", "The operator of the works has rejected this view")])

case("rural bus services", "translation",
     "Eleven rural bus routes in the province of Valdemora will pass from the private operator Autocares Serrano to the company Transportes Ribera at the end of June, after Serrano announced that it would abandon them as unprofitable. The provincial council will pay Transportes Ribera 1.3 million euros a year to run the services, which connect 38 villages with the provincial capital. Provincial president Ana Belén Carrasco said it was 'unacceptable' that elderly residents should be left without a way to reach the hospital. Fares will be kept at the current level of 1.50 euros per journey for at least two years. The mayors of several affected villages, who had campaigned for months to keep the routes, welcomed the agreement.",
     "At the end of June, eleven rural bus lines in Valdemora province will be transferred from Transportes Ribera to Autocares Serrano, after the outgoing operator said it would drop them because they were losing money. The provincial council will pay the new operator €1.3 million annually to run the lines, which link 38 villages to the provincial capital. Ana Belén Carrasco, president of the province, said it was 'intolerable' for older people to be left with no means of getting to the hospital. The fare will remain at €1.50 a journey for at least three years. Mayors of a number of the villages affected, who had spent months campaigning to save the routes, welcomed the deal.",
     errors=[E("from Transportes Ribera to Autocares Serrano", "role", "major",
               "from the private operator Autocares Serrano to the company Transportes Ribera"),
             E("three years", "number", "major", "two years")],
     traps=[T("because they were losing money", "as unprofitable"),
            T("intolerable", "unacceptable")])

case("heating allowance", "translation",
     "Pensioners in the Zarębin region who heat their homes with coal or wood will receive a one-off heating allowance of 900 zloty this winter, the regional assembly decided on Wednesday. The payment will be available to people over 65 whose monthly income does not exceed 3,200 zloty. Applications can be submitted at local social welfare centres until 15 December, and the money is to be paid by the end of January. Regional marshal Tomasz Wierzbicki said around 27,000 people were expected to qualify. The opposition supported the measure but argued that the income threshold was too low. Last winter, a similar allowance of 600 zloty was paid to about 19,000 people.",
     "On Wednesday the regional assembly in Zarębin decided that pensioners who use coal or wood to heat their homes would get a single heating payment of 900 zloty this winter. It will go to those aged over 65 with a monthly income of no more than 3,200 zloty. Claims can be made at local social assistance offices up to 15 December, with payments due to be made by the end of January. According to the regional marshal, Tomasz Wierzbicki, roughly 27,000 people are likely to be eligible. Opposition members backed the allowance, though they said the income limit had been set too low. A comparable payment last winter was worth 600 zloty and went to around 19,000 recipients.",
     traps=[T("a single heating payment of 900 zloty", "a one-off heating allowance of 900 zloty"),
            T("no more than 3,200 zloty", "does not exceed 3,200 zloty"),
            T("social assistance offices", "social welfare centres"),
            T("roughly 27,000 people are likely to be eligible", "around 27,000 people were expected to qualify"),
            T("backed the allowance", "supported the measure")])

case("community transport service", "translation",
     "A volunteer-run transport service that takes elderly and disabled residents of Montevasco to medical appointments is at risk of closing after the regional health authority cut its grant by half. The association Muoversi Insieme, which operates four adapted minibuses, made more than 6,500 journeys last year with 35 volunteer drivers. Its president, Giulia Ferrante, said the service would be able to continue only until March without new funding. The mayor of Montevasco, Paolo Lenzi, said the town could cover part of the shortfall but called on the region to reverse its decision. The regional health authority said budget constraints had forced it to review all grants to voluntary organisations.",
     "Montevasco's volunteer transport service, which takes elderly and disabled residents to medical appointments, could close after the regional health authority halved its grant. Muoversi Insieme, the association that runs the service with four adapted minibuses, completed over 6,500 trips last year, relying on 35 volunteer drivers. Without fresh funding, the service can only keep going until March, according to Montevasco's mayor, Paolo Lenzi, who said the town could meet some of the shortfall but urged the region to reverse the cut. The regional health authority said budget pressures had obliged it to review all of its grants to voluntary groups.",
     errors=[E("according to Montevasco's mayor, Paolo Lenzi", "attribution", "major",
               "Its president, Giulia Ferrante, said")],
     traps=[T("halved its grant", "cut its grant by half"),
            T("over 6,500 trips", "more than 6,500 journeys")])

case("cancer treatment targets", "translation",
     "Only 61 percent of cancer patients in the Serra Alta health region began treatment within the target of 60 days after diagnosis in the first half of the year, according to a report by the regional health inspectorate. The national target is 85 percent. The inspectorate found that delays were longest for patients needing radiotherapy, with some waiting more than four months, because one of the region's two radiotherapy machines was out of action for eleven weeks. The hospital administration said a replacement machine had been ordered and should be operational by November. Regional health secretary Marta Quintela described the figures as 'worrying' and said an external review would be carried out.",
     "A report from the regional health inspectorate shows that in the first six months of the year just 61% of cancer patients in the Serra Alta health region started treatment within the 60-day target following diagnosis, against a national goal of 85%. Waits were longest for those requiring radiotherapy, some of whom waited over four months, because one of the region's two radiotherapy machines was out of service for eleven weeks, the inspectorate found. According to the hospital management, a new machine has been ordered and is expected to be in use by November. Marta Quintela, the regional health secretary, called the figures 'worrying' and announced that an external review would be carried out.",
     traps=[T("just 61%", "Only 61 percent"),
            T("in the first six months of the year", "in the first half of the year"),
            T("over four months", "more than four months"),
            T("out of service", "out of action"),
            T("is expected to be in use by November", "should be operational by November")])

case("council election results", "translation",
     "The Green Alliance became the largest party on Norrvik municipal council in Sunday's local election, winning 14 of the 49 seats, up from nine. The Workers' Union Party, which has led the council for twelve years, fell from 17 seats to 12. Turnout was 71 percent, slightly lower than four years ago. Green Alliance leader Ingrid Sahlberg said her party would begin talks with the Rural Party and the Free Liberals on forming a majority, but ruled out cooperation with the Citizens' List, which won seven seats. Workers' Union Party leader Anders Holmqvist conceded defeat and said his party would not seek to remain in power. The new council will meet for the first time on 15 October.",
     "In Sunday's municipal election in Norrvik, the Green Alliance won 14 of the council's 49 seats, up from nine, making it the biggest party. The Workers' Union Party, which has run the council for the past twelve years, dropped from 17 seats to 12. At 71%, turnout was a little down on four years earlier. Ingrid Sahlberg, who leads the Green Alliance, said the party would open negotiations with the Rural Party and the Workers' Union Party on a majority, while excluding any cooperation with the Citizens' List, which took seven seats. Anders Holmqvist, the Workers' Union Party leader, admitted defeat but said his party would try to hold on to power. The new council will convene for the first time on 15 October.",
     errors=[E("the Workers' Union Party", "entity", "major", "the Free Liberals", occ=0),
             E("would try to hold on to power", "polarity", "critical", "would not seek to remain in power")],
     traps=[T("the biggest party", "the largest party"),
            T("a little down on four years earlier", "slightly lower than four years ago"),
            T("convene", "meet")])

case("vehicle tax changes", "translation",
     "From 1 January, owners of electric cars will have to pay annual vehicle tax for the first time, the Ministry of Taxation announced on Friday. The rate will be set at 40 percent of the tax paid on a comparable petrol car in the first year and will rise gradually to the full rate by 2028. Owners of petrol and diesel cars registered after 2025 will pay a higher rate linked to carbon dioxide emissions. Tax minister Lars Bjerregaard said the change was necessary because revenue from fuel duties was falling as more people switched to electric vehicles. The motoring organisation Bilforum warned that the decision could slow the transition to electric cars. The government expects the measure to raise about 1.1 billion kroner a year by 2028.",
     "Electric car owners will be liable for annual vehicle tax for the first time from 1 January, the Ministry of Taxation said on Friday. In the first year they will pay 40% of what is charged on an equivalent petrol car, with the rate climbing in stages until it reaches the full level by 2028. Petrol and diesel cars registered after 2025 will face a higher rate based on their carbon dioxide emissions. According to tax minister Lars Bjerregaard, the move was needed because fuel duty receipts were shrinking as more people switched to electric vehicles. Motoring organisation Bilforum cautioned that the decision might slow down the shift to electric cars. By 2028, the government expects the measure to bring in roughly 1.1 billion kroner annually.",
     traps=[T("40% of what is charged on an equivalent petrol car", "40 percent of the tax paid on a comparable petrol car"),
            T("climbing in stages", "rise gradually"),
            T("fuel duty receipts were shrinking", "revenue from fuel duties was falling"),
            T("might slow down the shift", "could slow the transition"),
            T("roughly 1.1 billion kroner annually", "about 1.1 billion kroner a year")])

case("drought measures", "translation",
     "The water authority of the Alto Cerval basin has declared a state of exceptional drought and ordered a 25 percent reduction in water supplied to farmers, after reservoirs fell to 18 percent of capacity. Supplies to households will not be cut for now, but municipalities have been asked to reduce pressure in their networks at night and to close public fountains. Filling private swimming pools will be banned from 1 June. The authority's president, Ramón Iturbe, said the measures would be reviewed monthly and could be tightened if there was no significant rainfall in May. Farmers' union leader Elena Soto said many growers of fruit trees faced losing their harvest and called for emergency aid.",
     "After its reservoirs dropped to 18% of capacity, the Alto Cerval basin water authority has declared an exceptional drought and ordered supplies to farmers to be cut by a quarter. For the time being household supplies will not be reduced, but town councils have been asked to lower network pressure overnight and shut public fountains. From 1 June, emptying private swimming pools will be prohibited. Ramón Iturbe, president of the authority, said the measures would be reviewed every month and could be made stricter if May brought no significant rain. Elena Soto, leader of the farmers' union, said many fruit growers were at risk of losing their harvest and demanded emergency aid.",
     errors=[E("emptying", "event", "major", "Filling")],
     traps=[T("cut by a quarter", "a 25 percent reduction"),
            T("could be made stricter", "could be tightened")])

# ================================================================ build and validate
EXPECTED_TYPES = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3, "modality": 3,
                  "attribution": 3, "event": 2, "omission": 2, "addition": 2, "repetition": 2}


def find_nth(hay, needle, occ):
    """Start of the occ-th (0-based) occurrence of needle in hay, or -1."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(text):
    return re.findall(r"\S+", text)


def cuts_word(s, start, end):
    """True if [start, end) starts or ends inside a word."""
    if start > 0 and start < len(s) and s[start - 1].isalnum() and s[start].isalnum():
        return True
    if end > 0 and end < len(s) and s[end - 1].isalnum() and s[end].isalnum():
        return True
    return False


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for n, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET_NO, n)
        ref, cand = c["reference"], c["candidate"]
        label = "inconsistent" if c["errors"] else "consistent"
        if c["mode"] not in MODES:
            bad(cid, "bad mode %r" % c["mode"])
        if c["domain"] not in DOMAINS:
            bad(cid, "domain not in list: %r" % c["domain"])
        nw = len(words(ref))
        if not 70 <= nw <= 190:
            bad(cid, "reference has %d words" % nw)
        if c["mode"] == "summary" and not (len(cand) < len(ref) and len(words(cand)) < nw):
            bad(cid, "summary not shorter than reference")
        if '"' in ref or '"' in cand:
            bad(cid, "stray double quote")
        if ref.strip() == cand.strip():
            bad(cid, "candidate identical to reference")

        errors, traps, spans = [], [], []
        for e in c["errors"]:
            et, sev = e["type"], e["severity"]
            if et not in ERROR_TYPES:
                bad(cid, "bad error type %r" % et)
            if sev not in SEVERITIES:
                bad(cid, "bad severity %r" % sev)
            if et == "omission":
                if c["mode"] == "summary":
                    bad(cid, "omission in summary")
                if (e["after"] is None) == (e["before"] is None):
                    bad(cid, "omission needs exactly one of after/before")
                    continue
                anchor = e["after"] if e["after"] is not None else e["before"]
                a = find_nth(cand, anchor, e["occ"])
                if a < 0:
                    bad(cid, "omission anchor not found: %r" % anchor)
                    continue
                pos = a + len(anchor) if e["after"] is not None else a
                start = end = pos
                if cuts_word(cand, pos, pos):
                    bad(cid, "omission point inside a word")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, "omission ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad(cid, "omitted words present in candidate: %r" % e["ref_text"])
            else:
                start = find_nth(cand, e["text"], e["occ"])
                if start < 0:
                    bad(cid, "error text not found: %r (occ %d)" % (e["text"], e["occ"]))
                    continue
                end = start + len(e["text"])
                if not e["text"].strip() or e["text"] != e["text"].strip():
                    bad(cid, "error text empty or padded: %r" % e["text"])
                if cuts_word(cand, start, end):
                    bad(cid, "error span cuts a word: %r" % e["text"])
                if et in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(cid, "%s must have ref_text None" % et)
                    if et == "repetition" and cand.find(e["text"]) >= start:
                        bad(cid, "repetition has no earlier copy: %r" % e["text"])
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(cid, "error ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] == e["text"]:
                        bad(cid, "error text equals ref_text: %r" % e["text"])
            errors.append({"start": start, "end": end, "text": cand[start:end], "type": et,
                           "severity": sev, "ref_text": e["ref_text"]})
            spans.append((start, end, "error:" + et))

        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                bad(cid, "trap text not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if cuts_word(cand, start, end):
                bad(cid, "trap span cuts a word: %r" % t["text"])
            if t["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % t["ref_text"])
            if t["ref_text"] == t["text"]:
                bad(cid, "trap identical to reference wording: %r" % t["text"])
            traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": t["ref_text"]})
            spans.append((start, end, "trap"))

        # no overlaps; zero-width omission points must not fall strictly inside a span
        wide = sorted(s for s in spans if s[1] > s[0])
        for (s1, e1, k1), (s2, e2, k2) in zip(wide, wide[1:]):
            if s2 < e1:
                bad(cid, "overlapping spans %s [%d,%d) and %s [%d,%d)" % (k1, s1, e1, k2, s2, e2))
        for s0, e0, k0 in spans:
            if s0 == e0:
                for s1, e1, k1 in wide:
                    if s1 < s0 < e1:
                        bad(cid, "omission point inside %s span" % k1)

        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad(cid, "consistent pair has %d traps" % len(traps))
        if label == "inconsistent" and not (1 <= len(errors) <= 2 and len(traps) <= 3):
            bad(cid, "inconsistent pair has %d errors, %d traps" % (len(errors), len(traps)))

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
                        "candidate": cand, "label": label, "errors": errors, "traps": traps})

    # ------------------------------------------------------------ composition
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = Counter(r["domain"] for r in records)
    if sorted(doms) != sorted(DOMAINS) or any(v != 1 for v in doms.values()):
        problems.append("each listed domain must be used exactly once")
    ml = Counter((r["mode"], r["label"]) for r in records)
    for mode, half in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for label in ("consistent", "inconsistent"):
            if ml[(mode, label)] != half:
                problems.append("%s/%s: %d pairs, expected %d" % (mode, label, ml[(mode, label)], half))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if dict(types) != EXPECTED_TYPES:
        problems.append("error type counts %s differ from %s" % (dict(types), EXPECTED_TYPES))
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if per_pair != Counter({1: 10, 2: 10}):
        problems.append("errors per inconsistent pair: %s" % dict(per_pair))
    return records, problems


def summary_lines(records):
    out = ["pairs: %d" % len(records)]
    out.append("by mode: %s" % dict(Counter(r["mode"] for r in records)))
    out.append("by label: %s" % dict(Counter(r["label"] for r in records)))
    out.append("by mode/label: %s" % {"%s/%s" % k: v for k, v in
                                       sorted(Counter((r["mode"], r["label"]) for r in records).items())})
    out.append("errors by type: %s" % dict(sorted(Counter(e["type"] for r in records for e in r["errors"]).items())))
    out.append("errors by severity: %s" % dict(Counter(e["severity"] for r in records for e in r["errors"])))
    out.append("traps: %d" % sum(len(r["traps"]) for r in records))
    nw = [len(words(r["reference"])) for r in records]
    out.append("reference words: min %d, max %d" % (min(nw), max(nw)))
    return out


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check passed; nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)


if __name__ == "__main__":
    main()
