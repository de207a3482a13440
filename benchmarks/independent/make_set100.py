#!/usr/bin/env python3
"""Held-out evaluation set s100 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw no
code or data of the project (and no existing benchmark), working only from a written
brief. All people, companies, organisations, places and figures are invented; real
countries appear only as background. Character offsets are never typed by hand: they
are computed by string search (with an explicit occurrence index wherever a quoted
text repeats), and the whole set is validated before anything is written.

Composition (checked by validate()):
  40 pairs, one domain each: 20 consistent, 20 inconsistent.
  Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
         10 translation (5 / 5; reference and candidate are independent English
         translations of the same non-English story).
  30 errors, eleven types: entity 3, number 4, date 3, role 3, polarity 3,
         modality 3, attribution 2, event 3, omission 2, addition 2, repetition 2.
         Inconsistent pairs: 10 with one error, 10 with two.
         Severity: 10 minor, 17 major, 3 critical.
  Traps (faithful rewordings a naive checker might flag): 3-5 on every consistent
         pair, 0-3 on every inconsistent pair; 148 in all.
  References are 70-190 words, news / agency / corporate / official register.

Usage:
  python3 make_set100.py           validate and write set100.jsonl next to this script
  python3 make_set100.py --check   validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

SET_ID = "s100"
OUT_NAME = "set100.jsonl"

DOMAINS = [
    "orchestra funding shortfall", "insurance claims backlog", "mountain rescue funding",
    "film studio planning approval", "tax return deadline", "church hall sale",
    "festival ticket refunds", "horse racing fixture cancellation", "ski resort snowmaking",
    "rugby league salary cap", "fuel duty freeze", "tennis coaching scheme",
    "street market licence", "sailing regatta postponement", "jury trial delay",
    "factory job losses", "energy supplier collapse", "bus depot relocation",
    "tram line extension", "council tax rebate scheme", "planning inquiry outcome",
    "construction site accident", "crane collapse", "petrol station price probe",
    "taxi licence fee", "childcare voucher scheme", "bus fare cap", "internet outage",
    "cricket ground redevelopment", "tribunal ruling on dismissal",
    "rail ticket office closures", "flood warning system upgrade", "supermarket pay deal",
    "community centre lease", "golf course redevelopment", "power cut compensation",
    "harbour wall repair", "meteorite fragment", "nurses overtime rates",
    "postal workers ballot",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def E(text, type_, severity, ref, occ=None):
    """An error span in the candidate; ref is the reference wording (None for
    addition / repetition)."""
    return {"text": text, "type": type_, "severity": severity, "ref": ref, "occ": occ}


def O(ref, severity, before=None, after=None, occ=None):
    """An omission: zero-width point in the candidate, placed at the start of the
    `before` text or at the end of the `after` text; ref holds the missing words."""
    return {"text": "", "type": "omission", "severity": severity, "ref": ref,
            "before": before, "after": after, "occ": occ}


def T(text, ref, occ=None):
    """A trap: faithful rewording in the candidate; ref is the reference wording."""
    return {"text": text, "ref": ref, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Part A: rewrites 1-10
# ---------------------------------------------------------------------------

case("orchestra funding shortfall", "rewrite", "consistent",
     "The Harrowgate Philharmonic has warned that it faces a funding shortfall of £1.4 million "
     "over the next two seasons after the regional arts council cut its annual grant by 30 per "
     "cent. In a statement issued on Monday 3 March, the orchestra's chief executive, Miriam "
     "Castellane, said the board had not yet decided which concerts would be cancelled but that "
     "touring to smaller venues was 'likely to be the first casualty'. The orchestra employs 62 "
     "full-time musicians and has played at the Elmbridge Corn Exchange since 1958. Castellane "
     "said talks with two private donors were continuing and that an emergency appeal would be "
     "launched next month. The arts council said the reduction reflected a cut to its own budget "
     "and was not a judgement on the orchestra's artistic quality.",
     "A 30 per cent reduction in its yearly grant from the regional arts council has left the "
     "Harrowgate Philharmonic facing a £1.4m gap over its next two seasons, the orchestra warned "
     "in a statement on Monday 3 March. Chief executive Miriam Castellane said no decision had yet "
     "been taken by the board on which concerts would go, although touring to smaller venues "
     "would probably be the first casualty. The orchestra, which has 62 full-time players and has "
     "been based at the Elmbridge Corn Exchange since 1958, is still in talks with two private "
     "donors, she said, and will launch an emergency appeal next month. According to the arts "
     "council, the cut was a consequence of reductions to its own budget rather than a verdict "
     "on the orchestra's artistic standards.",
     traps=[
         T("A 30 per cent reduction in its yearly grant", "cut its annual grant by 30 per cent"),
         T("a £1.4m gap", "a funding shortfall of £1.4 million"),
         T("would probably be the first casualty", "was 'likely to be the first casualty'"),
         T("62 full-time players", "62 full-time musicians"),
         T("rather than a verdict on the orchestra's artistic standards",
           "was not a judgement on the orchestra's artistic quality"),
     ])

case("insurance claims backlog", "rewrite", "inconsistent",
     "Northgate Mutual, the home and motor insurer, said on Thursday that its backlog of "
     "unsettled claims had risen to 48,000, up from 31,000 at the end of last year, after storms "
     "in January and February generated an unusually high volume of water-damage claims. The "
     "company said it had recruited 120 temporary claims handlers and expected to clear most of "
     "the backlog by the end of September. Customers whose homes are uninhabitable will continue "
     "to have alternative accommodation paid for while their claims are assessed, it added. The "
     "Insurance Ombudsman Service said complaints about Northgate had tripled in the first "
     "quarter. Northgate's chief operating officer, Daniel Okafor, apologised to policyholders "
     "and said the delays were 'not the standard we set ourselves'.",
     "Northgate Mutual's backlog of unsettled claims has climbed by 31,000 to 48,000 since the "
     "end of last year, the home and motor insurer said on Thursday, blaming an unusually large "
     "number of water-damage claims after the January and February storms. It has taken on 120 "
     "temporary claims handlers and expects to clear the backlog by the end of September. "
     "Policyholders whose homes cannot be lived in will still have alternative accommodation "
     "funded while their claims are assessed. Complaints about the insurer to the Insurance "
     "Ombudsman Service tripled in the first quarter, the ombudsman said. Daniel Okafor, "
     "Northgate's chief operating officer, apologised to customers, saying the delays fell short "
     "of 'the standard we set ourselves'.",
     errors=[
         E("climbed by 31,000", "number", "major", "up from 31,000"),
         O("most of", "major", before="the backlog by the end of September"),
     ],
     traps=[
         T("whose homes cannot be lived in", "whose homes are uninhabitable"),
         T("taken on 120 temporary claims handlers", "recruited 120 temporary claims handlers"),
     ])

case("mountain rescue funding", "rewrite", "consistent",
     "The Carrick Fells Mountain Rescue Team will receive £85,000 a year for three years from the "
     "county's emergency services fund, the county council confirmed on 14 October. The money "
     "will cover vehicle maintenance, radio equipment and training for new volunteers, but not "
     "the replacement of the team's 19-year-old base at Glenmore Bridge, which the council said "
     "would need to be funded separately. The team, which is made up of 41 unpaid volunteers, was "
     "called out 212 times last year, a record. Team leader Ruth Ellery said the grant was 'a huge "
     "relief' but warned that the team would still have to raise around half of its running costs "
     "through donations.",
     "The county council confirmed on 14 October that the Carrick Fells Mountain Rescue Team is "
     "to get £255,000 from the county's emergency services fund, paid in three annual instalments "
     "of £85,000. Vehicle maintenance, radios and training for new recruits will be covered, the "
     "council said, though replacing the team's base at Glenmore Bridge, now 19 years old, will "
     "not: that will require separate funding. Last year the 41-strong volunteer team, none of "
     "whom are paid, responded to a record 212 call-outs. Ruth Ellery, who leads the team, called "
     "the grant 'a huge relief', while cautioning that roughly 50 per cent of its running costs "
     "would still have to come from donations.",
     traps=[
         T("£255,000", "£85,000 a year for three years"),
         T("three annual instalments of £85,000", "£85,000 a year for three years"),
         T("the 41-strong volunteer team, none of whom are paid",
           "made up of 41 unpaid volunteers"),
         T("responded to a record 212 call-outs", "was called out 212 times last year, a record"),
         T("roughly 50 per cent", "around half"),
     ])

case("film studio planning approval", "rewrite", "inconsistent",
     "Plans for a £240 million film and television studio on the former Ashcombe airfield have "
     "been approved by Westvale District Council, ending a two-year dispute. The developer, "
     "Lanternfield Studios, had appealed to the planning inspectorate after councillors rejected "
     "an earlier version of the scheme in 2022 over traffic concerns. The revised plans include a "
     "new junction on the B4410 and a shuttle bus from Ashcombe station. The studio is expected to "
     "create around 900 permanent jobs once fully operational in 2027. Council leader Priya Venn "
     "said the authority had 'listened to residents' and secured £6 million from the developer "
     "for road improvements. Opponents said they were considering a legal challenge.",
     "Westvale District Council has given the go-ahead to a £240m film and television studio on "
     "the old Ashcombe airfield, bringing a two-year dispute to an end. The developer, Lanternfield "
     "Studios, had appealed to the planning inspectorate after councillors threw out an earlier "
     "version of the scheme in 2022 because of traffic concerns. Under the revised plans, a new "
     "junction will be built on the B4410 and a shuttle bus will run from Ashcombe station. Around "
     "900 permanent jobs are expected once the studio is fully up and running in 2027. Council "
     "leader Priya Venn said the authority had 'listened to residents', adding that it had agreed "
     "to pay the developer £6 million towards road improvements. Opponents are weighing a legal "
     "challenge.",
     errors=[
         E("it had agreed to pay the developer", "role", "major",
           "secured £6 million from the developer"),
     ],
     traps=[
         T("has given the go-ahead", "have been approved"),
         T("threw out", "rejected"),
         T("are weighing a legal challenge", "were considering a legal challenge"),
     ])

case("tax return deadline", "rewrite", "consistent",
     "The National Revenue Office has extended the deadline for online self-assessment tax "
     "returns by two weeks, to 14 February, after a fault in its filing portal left thousands of "
     "users unable to submit. The office said on Wednesday that penalties would not be charged on "
     "returns filed by the new date, but that any tax owed must still be paid by 31 January to "
     "avoid interest. About 1.2 million returns were still outstanding as of last Friday, "
     "according to the office. Paper returns are not affected by the change. A spokesperson said "
     "the fault, which began on 19 January, had been traced to a software update and was fixed on "
     "Monday.",
     "Self-assessment taxpayers filing online now have until 14 February, a fortnight longer "
     "than usual, after a glitch in the National Revenue Office's portal stopped thousands of "
     "people from submitting their returns. No penalties will apply to returns filed by the new "
     "deadline, the office said on Wednesday, although interest will be charged on any tax owed "
     "that is not paid by 31 January. The extension does not apply to paper returns. Some 1.2 "
     "million returns had yet to be filed as of last Friday, the office said. The fault, which "
     "started on 19 January, was traced to a software update and was put right on Monday, "
     "according to a spokesperson.",
     traps=[
         T("a fortnight longer than usual", "by two weeks"),
         T("interest will be charged on any tax owed that is not paid by 31 January",
           "any tax owed must still be paid by 31 January to avoid interest"),
         T("The extension does not apply to paper returns",
           "Paper returns are not affected by the change"),
         T("Some 1.2 million returns had yet to be filed",
           "About 1.2 million returns were still outstanding"),
         T("put right on Monday", "fixed on Monday"),
     ])

case("church hall sale", "rewrite", "inconsistent",
     "The Diocese of Marlbury has agreed to sell St Aidan's church hall in Kettleby to a housing "
     "association for £410,000, despite a campaign by local groups to keep it in community use. "
     "The Reverend Tom Hadley, the parish priest, said the decision had been 'painful' but that "
     "the hall needed repairs estimated at £180,000 that the parish could not afford. The buyer, "
     "Fenwick Homes Trust, plans to convert the building into eight affordable flats. Kettleby "
     "Residents' Association, which gathered more than 1,300 signatures on a petition against the "
     "sale, said it was disappointed that no community bid had been considered. The diocese said "
     "proceeds would go towards maintaining the church itself.",
     "St Aidan's church hall in Kettleby is to be sold to a housing association for £410,000 "
     "after the Diocese of Marlbury approved the sale, in spite of a local campaign to keep the "
     "building in community use. Describing the decision as 'painful', a diocesan spokesperson "
     "said the hall needed an estimated £180,000 of repairs that the parish could not afford. "
     "Fenwick Homes Trust, the buyer, intends to turn it into eight affordable flats. The Kettleby "
     "Residents' Association, whose petition against the sale attracted nearly 1,300 signatures, "
     "said it was disappointed no community bid had been considered. Money from the sale will go "
     "towards the upkeep of the church itself, the diocese said.",
     errors=[
         E("a diocesan spokesperson said", "attribution", "major",
           "The Reverend Tom Hadley, the parish priest, said"),
         E("nearly 1,300 signatures", "number", "minor", "more than 1,300 signatures"),
     ],
     traps=[
         T("in spite of a local campaign", "despite a campaign by local groups"),
         T("intends to turn it into", "plans to convert the building into"),
     ])

case("festival ticket refunds", "rewrite", "consistent",
     "Organisers of the Brackenmoor Music Festival have said all ticket holders will receive full "
     "refunds within 28 days after the event was called off on Tuesday because of flooding on the "
     "site. About 35,000 people had bought tickets for the three-day festival, which was due to "
     "begin on Friday 12 July. Refunds will be issued automatically to the original payment card, "
     "and customers do not need to contact the ticketing agent, Gatewise. Booking fees will also "
     "be returned. The organisers said they were 'heartbroken' and hoped to announce dates for "
     "next year's festival by the end of the month. Camping upgrades bought separately through "
     "the festival's own website will be refunded in the same way.",
     "Everyone who bought a ticket for the Brackenmoor Music Festival will get their money back "
     "in full within four weeks, organisers have said, after flooding on the site forced the "
     "event to be called off on Tuesday. Some 35,000 people held tickets for the festival, a "
     "three-day event that was to have started on Friday 12 July. Ticket holders need not get in "
     "touch with Gatewise, the ticketing agent, as refunds will go automatically to the card used "
     "to pay, booking fees included. Camping upgrades bought separately on the festival's own "
     "website will be refunded the same way. Describing themselves as 'heartbroken', the "
     "organisers said they hoped to name dates for next year's festival by the end of the month.",
     traps=[
         T("within four weeks", "within 28 days"),
         T("Some 35,000 people held tickets", "About 35,000 people had bought tickets"),
         T("was to have started on Friday 12 July", "was due to begin on Friday 12 July"),
         T("need not get in touch with Gatewise, the ticketing agent",
           "do not need to contact the ticketing agent, Gatewise"),
         T("booking fees included", "Booking fees will also be returned"),
     ])

case("horse racing fixture cancellation", "rewrite", "inconsistent",
     "Thursday's race meeting at Pellworth Park has been cancelled because the track is "
     "waterlogged, the course's clerk, Simon Arkwright, said after an inspection at 7.30am. More "
     "than 40mm of rain fell on the course over the previous 48 hours. The seven-race card, which "
     "included the Pellworth Novices' Chase, will not be rescheduled, although the National "
     "Racing Board said it would consider adding an extra fixture at another course next month. "
     "Arkwright said the course had been 'hopeful of racing until yesterday evening' and that the "
     "decision was not taken lightly. It is the second meeting at Pellworth to be lost to the "
     "weather this winter. The next scheduled fixture there is on 2 February, subject to an "
     "inspection.",
     "Pellworth Park's meeting on Thursday has been called off because of a waterlogged track, "
     "clerk of the course Simon Arkwright announced after an evening inspection. Over 40mm of "
     "rain had fallen on the course in the preceding two days. The seven-race card, featuring the "
     "Pellworth Novices' Chase, is to be rescheduled, and the National Racing Board said it would "
     "look at adding an extra fixture at a different course next month. Arkwright said the course "
     "had been 'hopeful of racing until yesterday evening' and had not taken the decision lightly. "
     "The weather has now cost Pellworth two meetings this winter. Its next fixture is due on 2 "
     "February, subject to an inspection.",
     errors=[
         E("an evening inspection", "date", "minor", "an inspection at 7.30am"),
         E("is to be rescheduled", "polarity", "major", "will not be rescheduled"),
     ],
     traps=[
         T("in the preceding two days", "over the previous 48 hours"),
         T("The weather has now cost Pellworth two meetings this winter",
           "It is the second meeting at Pellworth to be lost to the weather this winter"),
     ])

case("ski resort snowmaking", "rewrite", "consistent",
     "Alpenridge Resorts plans to spend 14 million euros on upgrading snowmaking equipment at its "
     "Valtorre ski area over the next three summers, the company said in its annual report "
     "published on Tuesday. The investment will replace 160 older snow cannons with "
     "energy-efficient models and add a second storage reservoir holding 90,000 cubic metres of "
     "water. The company said the upgrade would cut the electricity used for snowmaking by about "
     "a quarter. Last season, Valtorre opened 11 days late because temperatures were too high to "
     "make snow. Environmental group Mountain Watch said the reservoir could reduce water levels "
     "in the Torre stream during dry periods and called for an independent assessment. Alpenridge "
     "said the reservoir would be filled only in spring, when meltwater is plentiful.",
     "Alpenridge Resorts plans a 14m-euro upgrade of the snowmaking equipment at its Valtorre ski "
     "area, spread across the next three summers, according to the company's annual report, "
     "released on Tuesday. A total of 160 ageing snow cannons will be swapped for energy-efficient "
     "ones, and a second storage reservoir, with a capacity of 90,000 cubic metres of water, will "
     "be added. Alpenridge says the work will reduce the electricity its snowmaking consumes by "
     "roughly 25 per cent. Temperatures too warm for making snow meant Valtorre opened 11 days "
     "behind schedule last season. Mountain Watch, an environmental group, has called for an "
     "independent assessment, warning that the reservoir could lower water levels in the Torre "
     "stream in dry spells; the company said the reservoir would be filled only in spring, when "
     "there is plenty of meltwater.",
     traps=[
         T("released on Tuesday", "published on Tuesday"),
         T("160 ageing snow cannons will be swapped for energy-efficient ones",
           "replace 160 older snow cannons with energy-efficient models"),
         T("roughly 25 per cent", "about a quarter"),
         T("11 days behind schedule", "11 days late"),
         T("in dry spells", "during dry periods"),
     ])

case("rugby league salary cap", "rewrite", "inconsistent",
     "The Northern Rugby League is expected to raise its salary cap from £2.1 million to £2.4 "
     "million per club next season, according to minutes of a board meeting seen by this agency. "
     "A final decision will be made at a vote of club chairmen on 9 May, and the proposal needs "
     "the support of at least two-thirds of the 12 clubs to pass. Several clubs have argued that "
     "the current cap makes it difficult to keep players who are being offered larger contracts "
     "in Australia. Two clubs, Brackley Rovers and Tansford, are understood to oppose the rise, "
     "citing concerns about financial sustainability. The league's chief executive, Helen Marsh, "
     "declined to comment.",
     "The Northern Rugby League will raise each club's salary cap to £2.4m next season, up from "
     "£2.1m, board meeting minutes seen by this agency show. Club chairmen will take a final "
     "decision in a vote on 9 May, when backing from at least eight of the 12 clubs will be "
     "needed for the proposal to pass. A number of clubs have complained that the existing cap "
     "makes it hard to hold on to players being offered bigger contracts in Australia. Brackley "
     "Rovers and Tansford are understood to be against the increase on grounds of financial "
     "sustainability. Helen Marsh, the league's chief executive, would not comment.",
     errors=[
         E("will raise", "modality", "major", "is expected to raise"),
     ],
     traps=[
         T("at least eight of the 12 clubs", "at least two-thirds of the 12 clubs"),
         T("to be against the increase", "to oppose the rise"),
         T("would not comment", "declined to comment"),
     ])

# ---------------------------------------------------------------------------
# Part B: rewrites 11-20
# ---------------------------------------------------------------------------

case("fuel duty freeze", "rewrite", "consistent",
     "Finance Minister Karl Ostrander announced on Wednesday that fuel duty would be frozen at "
     "5.42 crowns per litre for a further 12 months, the fourth consecutive annual freeze. The "
     "measure will cost the treasury an estimated 1.9 billion crowns in lost revenue next year, "
     "according to the Budget Responsibility Council. Ostrander told parliament the freeze would "
     "help households and hauliers 'at a time when every crown counts'. Opposition finance "
     "spokesperson Lena Brandt said the government should instead target support at rural "
     "drivers, who travel further on average. Hauliers' association Fraktlink welcomed the "
     "decision but said it had hoped for a cut. The freeze takes effect on 1 April.",
     "Fuel duty will stay at 5.42 crowns a litre for another year, Finance Minister Karl "
     "Ostrander said on Wednesday, marking the fourth freeze in as many years. The Budget "
     "Responsibility Council estimates that the measure will cost the treasury 1.9bn crowns in "
     "lost revenue next year. Households and hauliers would benefit 'at a time when every crown "
     "counts', Ostrander told parliament. Lena Brandt, who speaks on finance for the opposition, "
     "argued that the government should instead aim its support at rural drivers, as they travel "
     "longer distances on average. Fraktlink, which represents hauliers, welcomed the freeze, "
     "though it said it had hoped for a cut. It comes into force on 1 April.",
     traps=[
         T("for another year", "for a further 12 months"),
         T("the fourth freeze in as many years", "the fourth consecutive annual freeze"),
         T("1.9bn crowns", "1.9 billion crowns"),
         T("as they travel longer distances on average", "who travel further on average"),
         T("It comes into force on 1 April", "The freeze takes effect on 1 April"),
     ])

case("tennis coaching scheme", "rewrite", "inconsistent",
     "A free tennis coaching scheme for children aged eight to 14 will be launched in 30 public "
     "parks across the Dunmore region this summer, the regional sports trust announced on Friday. "
     "The programme, funded by a £750,000 grant from the Lawn Tennis Foundation, will offer "
     "weekly sessions run by qualified coaches from June to September. Equipment will be "
     "provided, and no previous experience is needed. The trust's director, Amara Quist, said the "
     "aim was to reach children who had never picked up a racket. Places can be booked online "
     "from 1 May. Court resurfacing at 12 of the parks will be completed before the scheme starts.",
     "Children aged eight to 14 will be able to get free tennis coaching in 30 public parks across "
     "the Dunmore region from this summer, in what will be the largest scheme of its kind in the "
     "country. Announced by the regional sports trust on Friday, the programme is paid for with a "
     "£750,000 grant from the trust and will offer weekly sessions, led by qualified coaches, "
     "between June and September. No experience is required and equipment will be supplied. "
     "According to Amara Quist, the trust's director, the idea is to reach children who have "
     "never picked up a racket. Bookings open online on 1 May, and resurfacing of courts at 12 of "
     "the parks will be finished before the sessions begin.",
     errors=[
         E("in what will be the largest scheme of its kind in the country", "addition", "minor",
           None),
         E("the trust", "entity", "major", "the Lawn Tennis Foundation", occ=0),
     ],
     traps=[
         T("No experience is required", "no previous experience is needed"),
         T("Bookings open online on 1 May", "Places can be booked online from 1 May"),
     ])

case("street market licence", "rewrite", "consistent",
     "Traders at the Saturday street market in Holloway Row have been granted a new five-year "
     "licence by Castleford Borough Council, securing the future of a market that has operated "
     "since 1921. Under the terms agreed on Monday, the number of pitches will rise from 46 to 60, "
     "and trading hours will be extended by one hour, to 5pm. Stallholders will pay a flat weekly "
     "fee of £35, replacing the current system of charges based on pitch size. The council's "
     "licensing committee rejected a proposal to allow the market to run on Sundays, citing "
     "objections from residents. Market association chair Joe Pinder said traders were "
     "'delighted' with the outcome.",
     "Castleford Borough Council has awarded a fresh five-year licence to traders at Holloway "
     "Row's Saturday street market, which dates back to 1921, guaranteeing its future. The terms, "
     "agreed on Monday, increase the number of pitches by 14 to 60 and add an hour to trading, "
     "which will now end at 5pm. In place of charges linked to the size of each pitch, "
     "stallholders will pay £35 a week at a flat rate. Citing residents' objections, the "
     "council's licensing committee turned down a proposal for the market to open on Sundays. "
     "Joe Pinder, who chairs the market association, said traders were 'delighted' with the "
     "outcome.",
     traps=[
         T("which dates back to 1921", "has operated since 1921"),
         T("by 14 to 60", "from 46 to 60"),
         T("add an hour to trading, which will now end at 5pm",
           "extended by one hour, to 5pm"),
         T("£35 a week at a flat rate", "a flat weekly fee of £35"),
         T("turned down", "rejected"),
     ])

case("sailing regatta postponement", "rewrite", "inconsistent",
     "The Kestrel Bay Regatta, due to start on Saturday 17 August, has been postponed by a week "
     "because of forecast gales, the organising club said on Tuesday. The Kestrel Bay Sailing "
     "Club said winds of up to 50 knots were predicted for the original weekend and that the "
     "safety of competitors and volunteers had to come first. About 180 boats have entered, "
     "including a fleet of 30 classic wooden dinghies. Entries will be carried over "
     "automatically, and competitors who cannot attend the new dates can claim a full refund of "
     "their entry fee. The regatta's traditional fireworks display will also move to the new "
     "date.",
     "The Kestrel Bay Regatta, originally set to begin on Saturday 24 August, will now be held a "
     "week later because gales are forecast, the organising club said on Tuesday. Winds of up to "
     "50 knots were predicted for the original weekend, and the safety of competitors and "
     "volunteers had to take priority, the Kestrel Bay Sailing Club said. Around 180 boats are "
     "entered, among them 30 classic wooden dinghies. Entries will roll over automatically, while "
     "anyone unable to make the new dates can have their entry fee refunded in full. The "
     "regatta's traditional fireworks display will be moved to the new date as well.",
     errors=[
         E("Saturday 24 August", "date", "major", "Saturday 17 August"),
     ],
     traps=[
         T("will now be held a week later", "has been postponed by a week"),
         T("roll over automatically", "carried over automatically"),
         T("can have their entry fee refunded in full",
           "can claim a full refund of their entry fee"),
     ])

case("jury trial delay", "rewrite", "consistent",
     "The trial of three men accused of a £3.6 million fraud against a housing charity has been "
     "delayed until next January because no courtroom is available, a judge at Dunsford Crown "
     "Court said on Friday. Judge Eleanor Pryce said she regretted the delay, which means the "
     "case will come to trial almost three years after the defendants were charged. The men, Gary "
     "Lister, 52, Neil Osei, 47, and Martin Cobb, 39, deny conspiracy to defraud the Sandholme "
     "Housing Trust between 2018 and 2021. The trial is expected to last eight weeks. Lister's "
     "barrister told the court that his client's health had deteriorated while awaiting trial. "
     "All three men remain on bail.",
     "A judge at Dunsford Crown Court said on Friday that, with no courtroom available, the trial "
     "of three men accused of defrauding a housing charity of £3.6m would not now start until "
     "next January. Judge Eleanor Pryce said she regretted the delay, as a result of which the "
     "case will reach trial nearly three years after the men were charged. Gary Lister, 52, Neil "
     "Osei, 47, and Martin Cobb, 39, deny conspiring to defraud the Sandholme Housing Trust "
     "between 2018 and 2021. The trial is likely to run for eight weeks. Lister's health had got "
     "worse while he waited for trial, his barrister told the court. All three are still on bail.",
     traps=[
         T("would not now start until next January", "has been delayed until next January"),
         T("nearly three years", "almost three years"),
         T("is likely to run for eight weeks", "is expected to last eight weeks"),
         T("had got worse while he waited for trial", "had deteriorated while awaiting trial"),
         T("are still on bail", "remain on bail"),
     ])

case("factory job losses", "rewrite", "inconsistent",
     "Component maker Draycott Precision is to close its factory in Wexley with the loss of 340 "
     "jobs, the company said on Monday, blaming a fall in orders from car manufacturers. "
     "Production will be moved to the group's larger plant in Poland by the end of next year. "
     "Around 60 staff will be offered roles at Draycott's engineering centre in nearby Hallam, "
     "the company said. The Wexley site, which opened in 1974, once employed more than 1,000 "
     "people. The union Unify said it would fight the closure and accused the company of failing "
     "to consult workers. Local MP Rachel Dunn called the announcement 'a hammer blow for the "
     "town'.",
     "Draycott Precision, which makes components, will close its Wexley factory with the loss of "
     "280 jobs after a fall in orders from car manufacturers, the company announced on Monday. "
     "Production is to move to the group's bigger plant in Poland by the end of next year. Some "
     "60 workers will be offered jobs at Draycott's engineering centre in nearby Hallam. Opened in "
     "1974, the Wexley site once had a workforce of more than 1,000. The company said it had been "
     "hit by a fall in orders from car manufacturers. The Unify union has vowed to fight the "
     "closure, accusing the company of not consulting workers, while Rachel Dunn, the local MP, "
     "described the news as 'a hammer blow for the town'.",
     errors=[
         E("280 jobs", "number", "major", "340 jobs"),
         E("a fall in orders from car manufacturers", "repetition", "minor", None, occ=1),
     ],
     traps=[
         T("Some 60 workers", "Around 60 staff"),
         T("once had a workforce of more than 1,000", "once employed more than 1,000 people"),
     ])

case("energy supplier collapse", "rewrite", "consistent",
     "Brightwell Energy, a household gas and electricity supplier with about 210,000 customers, "
     "has ceased trading, the energy regulator Ofpower said on Sunday. Customers will be moved to "
     "a new supplier, which will be appointed by the regulator within the next few days, and "
     "their gas and electricity supply will not be interrupted. Ofpower advised customers not to "
     "switch supplier in the meantime and to take a meter reading. Credit balances owed to "
     "existing customers, which total an estimated £38 million, are protected and will be "
     "honoured by the new supplier. Brightwell is the third supplier to fail this year. The "
     "company blamed a sharp rise in wholesale prices since October.",
     "Household supplier Brightwell Energy, which has roughly 210,000 gas and electricity "
     "customers, has gone out of business, the energy regulator Ofpower announced on Sunday. "
     "Ofpower will appoint a new supplier for them within days, and there will be no break in "
     "their gas and electricity supply. Until then, customers should take a meter reading and "
     "should not switch supplier, the regulator advised. Existing customers' credit balances, "
     "thought to total around £38m, are protected, and the new supplier will honour them. Two "
     "other suppliers have already collapsed this year. Brightwell blamed a steep increase in "
     "wholesale prices since October.",
     traps=[
         T("has gone out of business", "has ceased trading"),
         T("there will be no break in their gas and electricity supply",
           "their gas and electricity supply will not be interrupted"),
         T("thought to total around £38m", "which total an estimated £38 million"),
         T("Two other suppliers have already collapsed this year",
           "Brightwell is the third supplier to fail this year"),
         T("a steep increase in wholesale prices", "a sharp rise in wholesale prices"),
     ])

case("bus depot relocation", "rewrite", "inconsistent",
     "Transit operator Corvan Buses will move its Fairfield depot to a new site on the Lowmoor "
     "industrial estate in 2026, freeing the current town-centre land for housing. The company "
     "has sold the Fairfield site to developer Ashgrove Living for an undisclosed sum. The new "
     "depot will have charging points for 75 electric buses, which Corvan plans to introduce on "
     "all town routes by 2028. About 230 drivers and engineers will transfer to the new site, "
     "which is two miles from the existing depot. Corvan said no jobs would be lost. Residents "
     "near Lowmoor have raised concerns about early-morning noise, and the company has agreed to "
     "build an acoustic barrier.",
     "Corvan Buses is to relocate its Fairfield depot to the Lowmoor industrial estate in 2026, "
     "allowing the town-centre land it currently occupies to be used for housing. The operator "
     "has leased the Fairfield site to Ashgrove Living, a developer, for a sum it has not "
     "disclosed. Charging points for 75 electric buses will be installed at the new depot; Corvan "
     "plans to run electric buses on every town route by 2028. About 230 drivers and engineers "
     "will move to the new site, two miles from the current one, and the company said there "
     "would be no job losses. It has agreed to put up an acoustic barrier after people living "
     "near Lowmoor raised worries about early-morning noise.",
     errors=[
         E("has leased", "event", "major", "has sold"),
     ],
     traps=[
         T("for a sum it has not disclosed", "for an undisclosed sum"),
         T("there would be no job losses", "no jobs would be lost"),
         T("put up an acoustic barrier", "build an acoustic barrier"),
     ])

case("tram line extension", "rewrite", "consistent",
     "Work on a 4.8-kilometre extension of the Redmoor tram network to Calder Park will begin in "
     "March, the regional transport authority said on Thursday. The extension will add five stops "
     "and is due to open in late 2027, at a cost of £172 million. Of that, £120 million will come "
     "from central government and the rest from the transport authority and the city council. "
     "Trams will run every seven minutes at peak times. The authority expects the line to carry "
     "about 9,000 passengers a day in its first year. Some roads in Calder Park will be closed for "
     "up to 18 months during construction, and businesses affected will be able to apply for "
     "compensation.",
     "Construction of the Redmoor tram network's 4.8km extension to Calder Park is to start in "
     "March, the regional transport authority announced on Thursday. Costing £172m, the line "
     "will have five new stops and is scheduled to open towards the end of 2027. Central "
     "government is providing £120m, with the remaining £52m coming from the transport authority "
     "and the city council. There will be a tram every seven minutes at peak times, and around "
     "9,000 passengers a day are expected to use the line in its first year, according to the "
     "authority. Some roads in Calder Park will be shut during construction, in some cases for as "
     "long as 18 months, and affected businesses will be able to claim compensation.",
     traps=[
         T("4.8km", "4.8-kilometre"),
         T("towards the end of 2027", "in late 2027"),
         T("the remaining £52m", "the rest"),
         T("There will be a tram every seven minutes at peak times",
           "Trams will run every seven minutes at peak times"),
         T("for as long as 18 months", "for up to 18 months"),
     ])

case("council tax rebate scheme", "rewrite", "inconsistent",
     "Households in council tax bands A to C in Brenton will receive a one-off rebate of £120, "
     "the borough council confirmed on Tuesday. The payment will be credited automatically to the "
     "accounts of residents who pay by direct debit, while others will need to apply online or by "
     "phone before 30 June. Residents who received a hardship payment earlier this year are not "
     "excluded from the scheme. The council estimates that 41,000 households are eligible. "
     "Council leader Mark Fennimore said the rebate was funded from an underspend in last year's "
     "budget and would not affect frontline services. The opposition group said the money could "
     "have been used to reverse cuts to library opening hours.",
     "Brenton Borough Council confirmed on Tuesday that households in council tax bands A, B and "
     "C will get a single rebate of £120. Residents paying by direct debit will have the money "
     "credited to their accounts automatically; others can apply online or by phone before 30 "
     "June. Anyone who received a hardship payment earlier this year is excluded from the scheme. "
     "The council estimates that some 41,000 households qualify. Mark Fennimore, the council "
     "leader, said the rebate came from an underspend in last year's budget and would have no "
     "effect on frontline services. The opposition group argued that the money could instead "
     "have been used to reverse cuts to library opening hours.",
     errors=[
         E("can apply", "modality", "minor", "will need to apply"),
         E("is excluded", "polarity", "major", "are not excluded"),
     ],
     traps=[
         T("bands A, B and C", "bands A to C"),
         T("a single rebate of £120", "a one-off rebate of £120"),
         T("would have no effect on frontline services", "would not affect frontline services"),
     ])

# ---------------------------------------------------------------------------
# Part C: summaries 21-30
# ---------------------------------------------------------------------------

case("planning inquiry outcome", "summary", "consistent",
     "A government planning inspector has upheld an appeal by developer Orchard Vale Homes, "
     "clearing the way for 450 homes on farmland south of Brindley, despite opposition from the "
     "district council and more than 2,000 objections from residents. Inspector Jonathan Reyes "
     "said in his decision, published on Wednesday, that the council could not demonstrate a "
     "five-year supply of housing land and that the benefits of the scheme outweighed the harm to "
     "the landscape. Thirty per cent of the homes must be affordable, and the developer must "
     "contribute £4.5 million towards a new primary school and £1.2 million towards improvements "
     "to the A617. Work is expected to begin next spring. The council's planning chair, Sue "
     "Whitlock, said the authority was 'deeply disappointed' and would consider whether there "
     "were grounds for a High Court challenge. Campaign group Save Brindley Fields said it would "
     "continue to fight the development. Orchard Vale said it would work with the community on "
     "the detailed design.",
     "A planning inspector has allowed Orchard Vale Homes' appeal for 450 homes on farmland south "
     "of Brindley, overriding the district council and over 2,000 residents' objections. In his "
     "decision, published on Wednesday, he found that the council lacked a five-year housing land "
     "supply and that the scheme's benefits outweighed the landscape harm. Three in ten homes "
     "must be affordable, and the developer must pay £5.7m towards a new primary school and A617 "
     "improvements. The council, 'deeply disappointed', is examining whether it has grounds for a "
     "High Court challenge.",
     traps=[
         T("has allowed Orchard Vale Homes' appeal",
           "has upheld an appeal by developer Orchard Vale Homes"),
         T("over 2,000 residents' objections", "more than 2,000 objections from residents"),
         T("Three in ten homes", "Thirty per cent of the homes"),
         T("£5.7m", "£4.5 million towards a new primary school and £1.2 million"),
     ])

case("construction site accident", "summary", "inconsistent",
     "A 34-year-old scaffolder was seriously injured when he fell about six metres from "
     "scaffolding at a construction site in Harlow Street, Penbury, on Monday morning. He was "
     "taken to Penbury General Hospital by air ambulance and is in a stable condition, police "
     "said. The site, where contractor Millbank Construction is building a 120-flat apartment "
     "block for Tidewater Homes, has been closed while the Health and Safety Authority "
     "investigates. A Millbank spokesperson said the firm was cooperating fully with the inquiry. "
     "It is the second accident at the site since work started in April; in June a worker broke "
     "his arm after being struck by falling materials. Tidewater Homes said it had asked Millbank "
     "for a full report.",
     "A 34-year-old scaffolder, who had not been wearing a harness, was seriously hurt in a fall "
     "of about six metres at a Penbury building site on Monday and is in a stable condition in "
     "hospital. The site, where Millbank Construction is building 120 flats, has been shut while "
     "the Health and Safety Authority investigates. It is the site's second accident since April. "
     "Millbank has asked Tidewater Homes for a full report.",
     errors=[
         E("who had not been wearing a harness", "addition", "critical", None),
         E("Millbank has asked Tidewater Homes", "role", "minor",
           "Tidewater Homes said it had asked Millbank"),
     ],
     traps=[
         T("has been shut", "has been closed"),
         T("seriously hurt", "seriously injured"),
     ])

case("crane collapse", "summary", "consistent",
     "A tower crane collapsed onto an empty office building in central Marston early on Sunday, "
     "causing extensive damage but no injuries, emergency services said. The 60-metre crane, "
     "which was being used on the construction of the 22-storey Meridian Tower, fell at about "
     "4.15am during high winds. Fire crews evacuated 85 residents from two nearby blocks of flats "
     "as a precaution; most were allowed to return home by Sunday evening. Several streets around "
     "the site remain closed and are expected to stay shut until at least Wednesday while "
     "engineers make the structure safe. The crane's operator, Hoistline, said it was working "
     "with investigators to establish the cause. The city's building control department has "
     "ordered a halt to work on all cranes operated by Hoistline in the city pending inspections.",
     "A 60m tower crane fell on to an empty office block in central Marston in high winds at "
     "around 4.15am on Sunday, causing heavy damage but injuring nobody. Eighty-five residents of "
     "nearby flats were evacuated as a precaution, though most had been allowed home by the "
     "evening. Streets around the site are likely to stay closed until Wednesday at the earliest, "
     "and city officials have halted work on all Hoistline cranes in the city pending inspections.",
     traps=[
         T("at around 4.15am", "at about 4.15am"),
         T("heavy damage", "extensive damage"),
         T("injuring nobody", "no injuries"),
         T("Eighty-five residents", "85 residents"),
         T("until Wednesday at the earliest", "until at least Wednesday"),
     ])

case("petrol station price probe", "summary", "inconsistent",
     "The Competition and Markets Board has opened an investigation into fuel pricing at "
     "motorway service stations after finding that drivers paid on average 19p a litre more for "
     "petrol than at other forecourts last year. The regulator said on Thursday it would examine "
     "whether the three largest operators, Roadstop, Halcyon Services and Vantage Forecourts, were "
     "taking advantage of limited competition. Service station leases are typically awarded for "
     "15 years or more. The board's chief executive, Marcus Eld, said motorists on long journeys "
     "often had little choice about where to refuel. Roadstop said its prices reflected higher "
     "operating costs, including 24-hour staffing. The investigation is expected to report by "
     "next March.",
     "The Competition and Markets Board is investigating motorway service station fuel prices, "
     "having found that drivers paid an average of 19p a litre more for petrol there than at "
     "other forecourts last year. It will examine whether the three biggest operators are "
     "exploiting limited competition. Halcyon Services said its prices reflected higher "
     "operating costs such as round-the-clock staffing. A report is expected by next March.",
     errors=[
         E("Halcyon Services", "entity", "major", "Roadstop"),
     ],
     traps=[
         T("an average of 19p a litre more", "on average 19p a litre more"),
         T("exploiting limited competition", "taking advantage of limited competition"),
         T("round-the-clock staffing", "24-hour staffing"),
     ])

case("taxi licence fee", "summary", "consistent",
     "Taxi drivers in Ellesford will pay £285 for a three-year licence from 1 September, up from "
     "£240, after the city council's licensing committee approved the increase on Monday. The "
     "council said the fee had not risen since 2017 and no longer covered the cost of background "
     "checks, vehicle inspections and enforcement. Drivers of wheelchair-accessible vehicles will "
     "receive a 20 per cent discount. The Ellesford Cab Drivers' Association said the rise was "
     "unfair at a time when fuel and insurance costs were climbing, and urged the council to "
     "phase it in. The committee rejected that request by five votes to three. About 1,100 "
     "drivers hold licences in the city.",
     "Ellesford's licensing committee on Monday approved raising the three-year taxi licence fee "
     "from £240 to £285 from 1 September, with the council saying the fee, unchanged since 2017, "
     "no longer covered its costs. Drivers of wheelchair-accessible vehicles will get a fifth "
     "off. A drivers' association request to phase in the rise was rejected 5-3.",
     traps=[
         T("from £240 to £285", "£285 for a three-year licence from 1 September, up from £240"),
         T("unchanged since 2017", "had not risen since 2017"),
         T("a fifth off", "a 20 per cent discount"),
         T("rejected 5-3", "rejected that request by five votes to three"),
     ])

case("childcare voucher scheme", "summary", "inconsistent",
     "The government is to extend its childcare voucher scheme to parents of two-year-olds from "
     "January, Families Minister Olivia Thorne announced on Monday. Eligible working parents will "
     "be able to claim vouchers worth up to £2,000 a year per child, the same amount currently "
     "available for three- and four-year-olds. The extension is expected to benefit around "
     "180,000 families and will cost £310 million a year. To qualify, both parents in a couple, "
     "or a single parent, must earn at least the equivalent of 16 hours a week at the minimum "
     "wage. Nursery providers welcomed the move but warned that many settings lacked the staff to "
     "take on more children. The opposition said the funding fell short of what was needed.",
     "Working parents of two-year-olds will be able to claim childcare vouchers of up to £2,000 a "
     "year per child from January, matching the sum already offered for three- and four-year-olds, "
     "the families minister said on Monday. The £310m-a-year extension is expected to help almost "
     "200,000 families; both parents, or a lone parent, must earn at least the equivalent of 16 "
     "hours a week at the minimum wage. Nurseries welcomed the move but warned of staff shortages.",
     errors=[
         E("almost 200,000 families", "number", "minor", "around 180,000 families"),
     ],
     traps=[
         T("the families minister", "Families Minister Olivia Thorne"),
         T("The £310m-a-year extension", "will cost £310 million a year"),
         T("a lone parent", "a single parent"),
     ])

case("bus fare cap", "summary", "consistent",
     "Single bus fares across the Haddon combined authority area will be capped at £2 from 6 "
     "April, replacing a patchwork of prices that currently reach £5.40 for longer journeys. The "
     "cap, announced by regional mayor Denise Achebe on Friday, will apply on all routes run by "
     "the area's seven operators and will be funded by a £22 million annual subsidy from the "
     "authority's transport budget. Children under 16 will continue to travel for £1. Achebe said "
     "the scheme would be reviewed after two years. Operators have agreed to maintain current "
     "service levels for at least 12 months as a condition of the funding. Passenger group Haddon "
     "Bus Users said it was 'a big step' but called for evening services to be restored on routes "
     "cut last year.",
     "From 6 April, single bus fares across the Haddon combined authority area will cost no more "
     "than £2, down from as much as £5.40, mayor Denise Achebe announced on Friday. The "
     "authority will fund the cap, which covers all seven operators' routes, with £22m a year; "
     "under-16s will still pay £1. In return, operators must keep current service levels for a "
     "year or more, and the scheme will be reviewed after two years.",
     traps=[
         T("will cost no more than £2", "will be capped at £2"),
         T("down from as much as £5.40", "currently reach £5.40 for longer journeys"),
         T("£22m a year", "£22 million annual subsidy"),
         T("under-16s", "Children under 16"),
         T("for a year or more", "for at least 12 months"),
     ])

case("internet outage", "summary", "inconsistent",
     "Broadband provider Netlink restored service to most of its 1.3 million customers on "
     "Wednesday evening after an outage that began at around 10am and lasted more than eight "
     "hours. The company said the fault was caused by a damaged fibre cable at a data centre in "
     "Thornbury and ruled out a cyber attack. Business customers were among the worst affected, "
     "with some card payment systems unable to connect. Netlink said customers who lost service "
     "for more than four hours would be credited with one week's free service automatically. The "
     "telecoms regulator said it had asked the company for a full account of what happened. A "
     "small number of customers in rural areas were still without internet access on Thursday "
     "morning.",
     "Netlink restored broadband to most of its 1.3 million customers on Thursday morning after "
     "an outage lasting more than eight hours, which it blamed on a power failure at a data "
     "centre in Thornbury, ruling out a cyber attack. Customers without service for over four "
     "hours will automatically get a week free. The regulator has asked Netlink to explain what "
     "happened.",
     errors=[
         E("on Thursday morning", "date", "major", "on Wednesday evening"),
         E("a power failure", "event", "major", "a damaged fibre cable"),
     ],
     traps=[
         T("for over four hours", "for more than four hours"),
         T("get a week free", "credited with one week's free service"),
     ])

case("cricket ground redevelopment", "summary", "consistent",
     "Westbury County Cricket Club has unveiled plans for a £65 million redevelopment of its "
     "Hartfield Road ground that would increase capacity from 9,500 to 15,000 and allow it to bid "
     "to host international matches. The scheme includes a new pavilion, floodlights and a "
     "140-bedroom hotel, which the club says would provide income throughout the year. Chief "
     "executive Paul Redgrave said the club hoped to submit a planning application in the autumn "
     "and, if approved, to complete the work by 2029. The club would fund about two-thirds of the "
     "cost through borrowing and the sale of land at its training ground, and is seeking the "
     "remainder from investors. Some neighbours have raised concerns about light pollution from "
     "the floodlights.",
     "Westbury County Cricket Club has unveiled £65m plans to redevelop Hartfield Road, raising "
     "capacity by 5,500 to 15,000 so that it could bid to host international matches. A new "
     "pavilion, floodlights and a 140-room hotel, which the club says would bring in money all "
     "year, are planned. It hopes to apply for planning permission in the autumn and, subject to "
     "approval, finish by 2029, funding roughly two-thirds of the cost itself and seeking the rest "
     "from investors.",
     traps=[
         T("by 5,500 to 15,000", "from 9,500 to 15,000"),
         T("140-room hotel", "140-bedroom hotel"),
         T("bring in money all year", "provide income throughout the year"),
         T("subject to approval", "if approved"),
         T("roughly two-thirds", "about two-thirds"),
     ])

case("tribunal ruling on dismissal", "summary", "inconsistent",
     "An employment tribunal has ruled that logistics firm Carway Freight unfairly dismissed a "
     "warehouse supervisor who raised safety concerns about forklift operations. The tribunal in "
     "Leyton found that Anita Brook, who had worked for the company for 11 years, was sacked in "
     "March 2023 weeks after reporting near-misses to managers, and that the company's stated "
     "reason, poor timekeeping, was 'not credible'. However, the panel rejected her separate claim "
     "of sex discrimination. Compensation will be decided at a hearing in September. Carway said "
     "it was disappointed with the ruling and was considering an appeal. Brook's union said the "
     "case should serve as a warning to employers who ignore safety complaints.",
     "A tribunal in Leyton has found that Carway Freight unfairly sacked warehouse supervisor "
     "Anita Brook, an 11-year employee, weeks after she reported forklift near-misses to "
     "managers, rejecting the firm's timekeeping explanation as 'not credible'. It also upheld her "
     "claim of sex discrimination. Compensation will be set at a hearing in September; Carway is "
     "considering an appeal.",
     errors=[
         E("also upheld", "polarity", "critical", "rejected"),
     ],
     traps=[
         T("unfairly sacked", "unfairly dismissed"),
         T("an 11-year employee", "had worked for the company for 11 years"),
         T("will be set", "will be decided"),
     ])

# ---------------------------------------------------------------------------
# Part D: translations 31-40 (two independent English translations each)
# ---------------------------------------------------------------------------

case("rail ticket office closures", "translation", "consistent",
     "The national rail operator will close 62 of its 310 staffed ticket offices by the end of "
     "the year, the company announced on Tuesday. According to the operator, only 8 per cent of "
     "tickets are now bought at counters, while the rest are purchased through the app, online or "
     "at machines. Staff from the affected offices will be redeployed to platforms and trains, and "
     "no redundancies are planned, the company stressed. The railway workers' union described the "
     "plan as 'a step backwards' for elderly and disabled passengers and announced that it would "
     "consult its members on possible action. The closures mainly affect small and medium-sized "
     "stations in rural regions. The transport ministry said it had been informed of the plan but "
     "had not been asked to approve it.",
     "By the end of the year, 62 of the 310 ticket offices with staff will shut their doors, the "
     "country's rail operator said on Tuesday. The company says just 8% of tickets are still sold "
     "at the counter; the remainder are bought via the app, on the internet or from ticket "
     "machines. Employees at the offices concerned will be moved to work on platforms and on "
     "board trains, and the company emphasised that there are no plans for job cuts. For the "
     "railway workers' union, the project represents 'a backward step' for older and disabled "
     "travellers; it intends to ask its members about possible action. Most of the closures "
     "concern small and medium-sized stations in the countryside. The transport ministry said it "
     "had been notified of the plan but that its approval had not been sought.",
     traps=[
         T("just 8% of tickets are still sold at the counter",
           "only 8 per cent of tickets are now bought at counters"),
         T("there are no plans for job cuts", "no redundancies are planned"),
         T("'a backward step'", "'a step backwards'"),
         T("older and disabled travellers", "elderly and disabled passengers"),
         T("its approval had not been sought", "had not been asked to approve it"),
     ])

case("flood warning system upgrade", "translation", "inconsistent",
     "The regional water authority will invest 23 million euros over four years to modernise the "
     "flood warning system along the river Orvane, its president, Claire Mondésir, announced on "
     "Thursday. Some 140 new measuring stations will be installed, and warnings will in future be "
     "sent directly to residents' mobile phones in the areas concerned. The decision follows the "
     "floods of last November, during which several villages received the alert only after water "
     "had entered homes. Half of the funding will come from the state, the rest from the region "
     "and the municipalities. The first stations are due to be operational before next winter. "
     "Mayors of riverside towns welcomed the plan but asked for the sirens, which were removed in "
     "the 1990s, to be reinstated.",
     "Claire Mondésir, president of the regional water authority, announced on Thursday an "
     "investment of 23 million euros over four years to overhaul flood warnings along the "
     "Orvane. Around 140 new gauging stations are to be set up, and in future alerts will go "
     "straight to the mobile phones of people living in the affected areas. The move comes after "
     "last November's floods, when some villages were only warned once water was already inside "
     "houses. The state will pay half the cost, with the region and local councils covering the "
     "remainder. The stations are expected to be in operation before next winter. Mayors of towns "
     "along the river were pleased with the plan but called for the return of the sirens taken "
     "down in the 1990s.",
     errors=[
         O("first", "major", before="stations are expected to be in operation"),
     ],
     traps=[
         T("in the affected areas", "in the areas concerned"),
         T("The state will pay half the cost", "Half of the funding will come from the state"),
         T("taken down in the 1990s", "removed in the 1990s"),
     ])

case("supermarket pay deal", "translation", "consistent",
     "The supermarket chain Mercavia and the two main retail unions reached an agreement on "
     "Saturday night that raises wages by 4.5 per cent this year and a further 3 per cent next "
     "year, ending a dispute that had led to three days of strikes in December. The deal covers "
     "around 27,000 employees in the chain's 480 stores. Part-time workers will also be entitled "
     "to a guaranteed minimum of 20 hours a week from July. In exchange, the unions accepted the "
     "extension of Sunday opening to all stores in city centres. The agreement must still be "
     "ratified by members in a vote to be held before the end of the month. The company's "
     "director of human resources, Inés Galarreta, called it 'balanced'.",
     "Late on Saturday, Mercavia and the two main shop workers' unions struck a deal that will "
     "lift pay by 4.5% this year and by another 3% the following year, putting an end to a "
     "conflict that had caused three days of strikes in December. Roughly 27,000 staff across the "
     "supermarket group's 480 shops are covered. From July, part-timers will also be guaranteed "
     "at least 20 hours of work a week. In return, the unions agreed that Sunday opening would be "
     "extended to every city-centre store. Union members still have to ratify the agreement in a "
     "vote, which will take place before the month is out. Inés Galarreta, who heads human "
     "resources at the company, described the agreement as 'balanced'.",
     traps=[
         T("Late on Saturday", "on Saturday night"),
         T("by another 3% the following year", "a further 3 per cent next year"),
         T("Roughly 27,000 staff", "around 27,000 employees"),
         T("guaranteed at least 20 hours of work a week",
           "entitled to a guaranteed minimum of 20 hours a week"),
         T("before the month is out", "before the end of the month"),
     ])

case("community centre lease", "translation", "inconsistent",
     "The town council of Valbrière has granted the Amicale des Quartiers association a new "
     "15-year lease on the Rue des Tilleuls community centre for a symbolic rent of one euro per "
     "year, the mayor, Hervé Castagne, announced on Monday. In return, the association will be "
     "responsible for maintaining the building and must open it to other local groups at least "
     "three days a week. The association will also sublet two rooms to the municipal music "
     "school. The council will pay for the replacement of the roof, estimated at 180,000 euros, "
     "before the end of next year. The association, which has run the centre since 2004, had "
     "feared losing the building after the previous lease expired in January. The opposition "
     "criticised the absence of a call for tenders.",
     "Mayor Hervé Castagne said on Monday that the town council had given the Amicale des "
     "Quartiers association a new lease of 15 years on the community centre in Rue des Tilleuls, "
     "at a token rent of one euro a year. In exchange, the association will take charge of the "
     "building's upkeep and can make it available to other local groups at least three days a "
     "week. In addition, the municipal music school will sublet two rooms to the association. "
     "Before the end of next year, the town will fund a new roof, which is expected to cost "
     "180,000 euros. The association has managed the centre since 2004 and had been afraid it "
     "would lose the premises when the old lease ran out in January. The opposition objected "
     "that no call for tenders had been held.",
     errors=[
         E("can make it available", "modality", "major", "must open it"),
         E("the municipal music school will sublet two rooms to the association", "role",
           "major", "The association will also sublet two rooms to the municipal music school"),
     ],
     traps=[
         T("a token rent of one euro a year", "a symbolic rent of one euro per year"),
         T("had been afraid it would lose the premises", "had feared losing the building"),
     ])

case("golf course redevelopment", "translation", "consistent",
     "The owners of the Hohenfeld golf club want to convert nine of its 27 holes into a nature "
     "reserve and a solar park, the club's management confirmed on Wednesday. The remaining "
     "18-hole course will continue to operate. According to the plans, which still require "
     "approval from the district, the solar park would cover about 12 hectares and supply "
     "electricity to around 3,000 households. The club justified the project by the decline in "
     "membership, which has fallen by a quarter since 2015, and by the high cost of irrigation. "
     "Local conservation groups welcomed the nature reserve but expressed concern about the size "
     "of the solar installation. A public information evening is planned for 5 March.",
     "The management of Hohenfeld golf club confirmed on Wednesday that the owners intend to turn "
     "nine of the club's 27 holes into a nature reserve and a solar farm, leaving an 18-hole "
     "course in operation. The solar farm would take up some 12 hectares and generate power for "
     "roughly 3,000 homes, under plans that have yet to be approved by the district. The club "
     "cited falling membership, down 25 per cent since 2015, and the high cost of watering the "
     "course as its reasons for the project. While welcoming the nature reserve, local "
     "conservation groups voiced concern about how large the solar installation would be. A "
     "public information evening has been scheduled for 5 March.",
     traps=[
         T("leaving an 18-hole course in operation",
           "The remaining 18-hole course will continue to operate"),
         T("some 12 hectares", "about 12 hectares"),
         T("roughly 3,000 homes", "around 3,000 households"),
         T("plans that have yet to be approved by the district",
           "plans, which still require approval from the district"),
         T("down 25 per cent since 2015", "fallen by a quarter since 2015"),
     ])

case("power cut compensation", "translation", "inconsistent",
     "Households affected by last week's power cut in the Kerneval district will receive "
     "compensation of 150 kroner each, the grid operator Nordvolt announced on Friday. The "
     "outage, which began on Monday evening and lasted up to 30 hours in some areas, affected "
     "about 18,000 homes. Customers do not need to apply: the amount will be deducted "
     "automatically from their next bill. Businesses can submit claims for documented losses "
     "until 31 March. Nordvolt said the cause was a fault in a transformer at the Skarpnes "
     "substation, which had been scheduled for replacement next year. The energy minister, Tove "
     "Lindqvist, has asked the regulator to examine whether the company invested enough in "
     "maintenance.",
     "The grid company Nordvolt said on Friday that every household hit by last week's blackout "
     "in the Kerneval district will be compensated with 150 kroner. About 18,000 homes were "
     "affected. The power went off on Monday evening and in some places was not restored for as "
     "long as 30 hours. There is no need for customers to apply, as the sum will be subtracted "
     "automatically from their next bill. Companies have until 31 March to file claims for losses "
     "they can document. According to Nordvolt, a defective transformer at the Kerneval "
     "substation was to blame; it was due to be replaced next year. About 18,000 homes were "
     "affected. Energy minister Tove Lindqvist has asked the regulator to look into whether the "
     "company spent enough on maintenance.",
     errors=[
         E("the Kerneval substation", "entity", "minor", "the Skarpnes substation"),
         E("About 18,000 homes were affected.", "repetition", "minor", None, occ=1),
     ],
     traps=[
         T("for as long as 30 hours", "up to 30 hours"),
         T("will be subtracted automatically from their next bill",
           "will be deducted automatically from their next bill"),
     ])

case("harbour wall repair", "translation", "consistent",
     "Repair work on the harbour wall in Porto Scala, which was damaged by a storm in January, "
     "will begin in early June and is expected to take about five months, the port authority "
     "announced. The cost, estimated at 3.4 million euros, will be covered mainly by the regional "
     "civil protection fund, with the municipality contributing 400,000 euros. During the work, "
     "the northern quay will be closed to fishing boats, which will be moved to the marina "
     "temporarily. The ferry service to the islands will not be affected. The head of the local "
     "fishermen's cooperative, Salvatore Inzerillo, said members were relieved but asked that the "
     "work be finished before the start of the autumn fishing season.",
     "According to the port authority, the works to repair Porto Scala's harbour wall, damaged by "
     "a storm in January, will get under way at the beginning of June and should last roughly "
     "five months. Most of the estimated 3.4 million euros will come from the regional civil "
     "protection fund, while the town council will put in 400,000 euros. While the work is "
     "carried out, the northern quay will be off-limits to fishing boats, which will be "
     "temporarily berthed in the marina. Ferries to the islands will run as normal. Salvatore "
     "Inzerillo, who heads the local fishermen's cooperative, said its members felt relieved, "
     "though he asked for the job to be completed before the autumn fishing season begins.",
     traps=[
         T("at the beginning of June", "in early June"),
         T("should last roughly five months", "is expected to take about five months"),
         T("the town council will put in 400,000 euros",
           "the municipality contributing 400,000 euros"),
         T("off-limits to fishing boats", "closed to fishing boats"),
         T("Ferries to the islands will run as normal",
           "The ferry service to the islands will not be affected"),
     ])

case("meteorite fragment", "translation", "inconsistent",
     "A fragment of the meteorite that lit up the sky over the south of the country on 2 October "
     "has been found in a field near the village of Santa Liria, the National Museum of Natural "
     "Sciences said on Monday. The stone, which weighs 320 grams, was discovered by a farmer, "
     "Ramón Ibarguen, who handed it over to the local police. Museum researchers said the "
     "fragment appears to be an ordinary chondrite, one of the most common types of meteorite, "
     "but that laboratory tests would be needed to confirm this. According to astronomer Lucía "
     "Ferrán of the University of Castrelo, who coordinated the search, other fragments could be "
     "scattered over an area of about ten square kilometres. The museum asked the public not to "
     "pick up suspected fragments with bare hands and to record the location instead.",
     "The National Museum of Natural Sciences announced on Monday that a piece of the meteorite "
     "seen blazing across the sky above the south of the country on 2 October had turned up in a "
     "field close to the village of Santa Liria. The 320-gram rock was found by Ramón Ibarguen, a "
     "farmer, who gave it to the local police. According to the astronomer Lucía Ferrán of the "
     "University of Castrelo, who coordinated the search, it looks like an ordinary chondrite, "
     "among the commonest kinds of meteorite, although this will have to be confirmed by "
     "laboratory analysis. She added that more fragments might lie scattered across some ten "
     "square kilometres. The museum urged members of the public not to handle suspected pieces "
     "with bare hands but to note where they found them.",
     errors=[
         E("According to the astronomer Lucía Ferrán", "attribution", "minor",
           "Museum researchers said"),
     ],
     traps=[
         T("The 320-gram rock", "The stone, which weighs 320 grams"),
         T("more fragments might lie scattered across some ten square kilometres",
           "other fragments could be scattered over an area of about ten square kilometres"),
     ])

case("nurses overtime rates", "translation", "consistent",
     "Nurses in public hospitals will be paid 50 per cent more for overtime hours from 1 January, "
     "under an agreement signed on Thursday between the health ministry and the nurses' union. "
     "Until now, overtime has been paid at 25 per cent above the normal hourly rate. Night and "
     "weekend overtime will be paid at double the normal rate. The measure will cost about 85 "
     "million euros a year, the ministry said. The agreement also limits overtime to a maximum of "
     "150 hours per year per nurse, except in emergencies. The union's general secretary, Marta "
     "Valdecasas, said the deal was 'a first step' but that staff shortages remained the main "
     "problem. Around 64,000 nurses are expected to benefit.",
     "From 1 January, overtime worked by nurses in public hospitals will attract a 50% premium, "
     "according to a deal the health ministry and the nurses' union signed on Thursday. The "
     "current premium is 25% on top of the standard hourly rate. For overtime at night or at "
     "weekends, nurses will receive twice the usual rate. The ministry put the annual cost at "
     "roughly 85 million euros. Under the agreement, no nurse may work more than 150 hours of "
     "overtime a year, emergencies excepted. Marta Valdecasas, general secretary of the union, "
     "called the deal 'a first step', but said the shortage of staff was still the biggest "
     "problem. Some 64,000 nurses should benefit.",
     traps=[
         T("twice the usual rate", "double the normal rate"),
         T("roughly 85 million euros", "about 85 million euros"),
         T("no nurse may work more than 150 hours of overtime a year",
           "limits overtime to a maximum of 150 hours per year per nurse"),
         T("emergencies excepted", "except in emergencies"),
         T("was still the biggest problem", "remained the main problem"),
     ])

case("postal workers ballot", "translation", "inconsistent",
     "Postal workers at the state postal company will vote next week on whether to strike over "
     "plans to cut Saturday deliveries, the communications union announced on Wednesday. The "
     "ballot, which runs from 14 to 21 May, covers around 22,000 delivery staff. The company wants "
     "to reduce letter deliveries to five days a week from September, arguing that letter volumes "
     "have halved in ten years. Parcels would still be delivered on Saturdays. The union says the "
     "change would put up to 3,000 jobs at risk; the company says any reduction in staff would be "
     "achieved through retirements. Management and union representatives are due to meet again "
     "on Monday.",
     "The communications union said on Wednesday that staff at the state-owned postal company "
     "will vote next week on whether to accept plans to scrap Saturday letter deliveries. Some "
     "22,000 delivery workers are eligible to take part in the ballot, which is open from 14 to "
     "21 May. From September, the company intends to deliver letters only five days a week, "
     "saying the number of letters has fallen by half over a decade. Saturday parcel deliveries "
     "would continue. The union warns that as many as 3,000 jobs could be threatened, while the "
     "company maintains that any cut in staff numbers would come through retirements. The two "
     "sides are scheduled to hold further talks on Monday.",
     errors=[
         E("whether to accept", "event", "critical", "whether to strike"),
     ],
     traps=[
         T("has fallen by half over a decade", "letter volumes have halved in ten years"),
         T("as many as 3,000 jobs could be threatened", "would put up to 3,000 jobs at risk"),
         T("The two sides are scheduled to hold further talks on Monday",
           "Management and union representatives are due to meet again on Monday"),
     ])

# ---------------------------------------------------------------------------
# Offsets, validation, output
# ---------------------------------------------------------------------------

def words(s):
    return len(s.split())


def find_occ(hay, needle, occ, what, problems):
    """Return the start of occurrence `occ` of needle in hay. An occurrence index is
    required whenever the needle occurs more than once."""
    starts = [m.start() for m in re.finditer(re.escape(needle), hay)]
    if not starts:
        problems.append(f"{what}: {needle!r} not found")
        return None
    if occ is None:
        if len(starts) > 1:
            problems.append(f"{what}: {needle!r} occurs {len(starts)} times; give occ")
            return None
        occ = 0
    if occ >= len(starts):
        problems.append(f"{what}: {needle!r} has no occurrence {occ}")
        return None
    return starts[occ]


def cuts_word(text, s, e):
    if s > 0 and s < len(text) and text[s - 1].isalnum() and text[s].isalnum():
        return True
    if e > 0 and e < len(text) and text[e - 1].isalnum() and text[e].isalnum():
        return True
    return False


def build(problems):
    records = []
    for i, c in enumerate(CASES, 1):
        rid = f"{SET_ID}-{i:03d}"
        cand, ref = c["candidate"], c["reference"]
        errs, traps = [], []
        for e in c["errors"]:
            w = f"{rid} error {e['type']}"
            if e["type"] == "omission":
                if (e["before"] is None) == (e["after"] is None):
                    problems.append(f"{w}: give exactly one of before/after")
                    continue
                anchor = e["before"] if e["before"] is not None else e["after"]
                p = find_occ(cand, anchor, e["occ"], w, problems)
                if p is None:
                    continue
                if e["after"] is not None:
                    p += len(anchor)
                s = end = p
            else:
                s = find_occ(cand, e["text"], e["occ"], w, problems)
                if s is None:
                    continue
                end = s + len(e["text"])
            errs.append({"start": s, "end": end, "text": cand[s:end], "type": e["type"],
                         "severity": e["severity"], "ref_text": e["ref"]})
        for t in c["traps"]:
            w = f"{rid} trap"
            s = find_occ(cand, t["text"], t["occ"], w, problems)
            if s is None:
                continue
            traps.append({"start": s, "end": s + len(t["text"]), "text": t["text"],
                          "ref_text": t["ref"]})
        errs.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errs, "traps": traps})
    return records


def validate_record(r, problems):
    rid, cand, ref = r["id"], r["candidate"], r["reference"]
    p = lambda msg: problems.append(f"{rid}: {msg}")
    if r["mode"] not in MODES:
        p(f"bad mode {r['mode']}")
    if r["label"] not in ("consistent", "inconsistent"):
        p(f"bad label {r['label']}")
    nref = words(ref)
    if not 70 <= nref <= 190:
        p(f"reference has {nref} words (need 70-190)")
    if cand.strip() == ref.strip():
        p("candidate identical to reference")
    if r["mode"] == "summary" and not (len(cand) < len(ref) and words(cand) < nref):
        p("summary is not shorter than its reference")
    for s in (ref, cand):
        if '"' in s or "  " in s or s != s.strip():
            p("stray double quote / double space / edge whitespace")
    ne, nt = len(r["errors"]), len(r["traps"])
    if r["label"] == "consistent":
        if ne:
            p("consistent pair carries errors")
        if not 3 <= nt <= 5:
            p(f"consistent pair has {nt} traps (need 3-5)")
    else:
        if not 1 <= ne <= 2:
            p(f"inconsistent pair has {ne} errors (want 1-2)")
        if not 0 <= nt <= 3:
            p(f"inconsistent pair has {nt} traps (need 0-3)")
    spans = []
    for e in r["errors"]:
        s, t = e["start"], e["end"]
        if e["type"] not in ERROR_TYPES:
            p(f"bad error type {e['type']}")
        if e["severity"] not in SEVERITIES:
            p(f"bad severity {e['severity']}")
        if cand[s:t] != e["text"]:
            p(f"error text mismatch {e['text']!r}")
        if e["type"] == "omission":
            if r["mode"] == "summary":
                p("omission in a summary")
            if s != t or e["text"] != "":
                p("omission must be zero-width with empty text")
            if not e["ref_text"] or e["ref_text"] not in ref:
                p(f"omission ref_text {e['ref_text']!r} not in reference")
            elif re.search(r"(?<!\w)" + re.escape(e["ref_text"]) + r"(?!\w)", cand, re.I):
                p(f"omitted words {e['ref_text']!r} still present in candidate")
            if 0 < s < len(cand) and cand[s - 1].isalnum() and cand[s].isalnum():
                p("omission point inside a word")
        else:
            if s >= t:
                p(f"empty span for {e['type']}")
            if cuts_word(cand, s, t):
                p(f"error span cuts a word: {e['text']!r}")
            if e["text"] != e["text"].strip():
                p(f"error span has edge whitespace: {e['text']!r}")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    p(f"{e['type']} must have ref_text null")
                if e["type"] == "repetition" and e["text"] not in cand[:s]:
                    p(f"repetition {e['text']!r} has no earlier copy")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    p(f"ref_text {e['ref_text']!r} not in reference")
                elif e["ref_text"] == e["text"]:
                    p(f"error text equals its ref_text: {e['text']!r}")
        spans.append((s, t, "error", e["text"]))
    for tr in r["traps"]:
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"] or s >= t:
            p(f"trap text mismatch {tr['text']!r}")
        if cuts_word(cand, s, t):
            p(f"trap span cuts a word: {tr['text']!r}")
        if not tr["ref_text"] or tr["ref_text"] not in ref:
            p(f"trap ref_text {tr['ref_text']!r} not in reference")
        if tr["ref_text"] == tr["text"]:
            p(f"trap identical to its ref_text: {tr['text']!r}")
        spans.append((s, t, "trap", tr["text"]))
    solid = sorted(x for x in spans if x[0] < x[1])
    for a, b in zip(solid, solid[1:]):
        if a[1] > b[0]:
            p(f"spans overlap: {a[3]!r} / {b[3]!r}")
    for s, t, kind, text in spans:
        if s == t:
            for s2, t2, _, text2 in spans:
                if s2 < s < t2:
                    p(f"omission point falls inside span {text2!r}")


def validate(records, problems):
    for r in records:
        validate_record(r, problems)
    if len(records) != 40:
        problems.append(f"{len(records)} records (need 40)")
    doms = [r["domain"] for r in records]
    if doms != DOMAINS:
        problems.append("domains do not match the domain list one-to-one, in order")
    if len(set(doms)) != len(doms):
        problems.append("repeated domain")
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append(f"label counts {dict(labels)}")
    modes = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(modes) != want:
        problems.append(f"mode/label counts {dict(modes)}")
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append(f"{sum(types.values())} errors (need 30)")
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append(f"error type {t} used {types[t]} times (need >= 2)")
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if per_pair[1] + per_pair[2] < 15:
        problems.append(f"too few inconsistent pairs with 1-2 errors: {dict(per_pair)}")


def summary(records):
    out = []
    out.append("labels: " + str(dict(Counter(r["label"] for r in records))))
    out.append("modes: " + str(dict(Counter(r["mode"] for r in records))))
    out.append("mode x label: " + str(dict(sorted(Counter(
        (r["mode"], r["label"]) for r in records).items()))))
    types = Counter(e["type"] for r in records for e in r["errors"])
    out.append("error types: " + str({t: types[t] for t in ERROR_TYPES})
               + f" total {sum(types.values())}")
    out.append("severity: " + str(dict(Counter(
        e["severity"] for r in records for e in r["errors"]))))
    out.append("errors per inconsistent pair: " + str(dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent"))))
    out.append("traps: " + str(sum(len(r["traps"]) for r in records)))
    nw = [len(r["reference"].split()) for r in records]
    out.append(f"reference words: min {min(nw)} max {max(nw)}")
    return "\n".join(out)


def main(argv):
    check_only = "--check" in argv[1:]
    problems = []
    records = build(problems)
    if not problems:
        validate(records, problems)
    if problems:
        print(f"{len(problems)} problem(s):", file=sys.stderr)
        for m in problems:
            print("  " + m, file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check passed; nothing written")
        return 0
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
