#!/usr/bin/env python3
"""Held-out evaluation set 31 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries, if
any, appear only as background). Character offsets are never typed by hand:
they are computed here by string search (with an occurrence index where a
quoted text repeats) and then validated.

Composition (40 pairs, one domain each):
  - modes: 20 rewrite, 10 summary, 10 translation; half of each mode
    consistent, half inconsistent (20 consistent / 20 inconsistent overall)
  - 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
    two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 3, event 2, omission 2, addition 2, repetition 2
  - omissions only in rewrite / translation pairs
  - consistent pairs carry 3-5 traps each, inconsistent pairs 0-3
  - references 70-190 words, news / agency / corporate / official register
  - translation pairs: two independent English renderings of one foreign story

Usage:
  python3 make_set31.py           validate and write set31.jsonl (next to this file)
  python3 make_set31.py --check   validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

SET_ID = "s31"
OUT_NAME = "set31.jsonl"

DOMAINS = [
    "glassblowing", "rope making", "canal boats", "lighthouse keeping",
    "ski jumping", "fencing clubs", "rowing clubs", "croquet", "bowls clubs",
    "ice hockey leagues", "roller derby", "squash courts", "polo matches",
    "steeplechase", "greyhound tracks", "harness racing",
    "beekeeping associations", "mushroom foraging", "herbaria", "arboretums",
    "planetariums", "observatories", "weather stations", "seismographs",
    "volcano monitoring", "flood barriers", "reservoirs", "water towers",
    "sewage works", "desalination plants", "hydrogen buses", "tram lines",
    "monorails", "night trains", "sleeper buses", "ferry crossings",
    "bridges repair", "tunnels boring", "road salt", "snow ploughs",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def E(text, etype, severity, ref_text, occ=0):
    """An error span: `text` (occurrence `occ`) in the candidate."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref_text, "occ": occ}


def O(severity, ref_text, after, occ=0):
    """An omission: zero-width point right after occurrence `occ` of `after`."""
    return {"kind": "omit", "text": "", "type": "omission",
            "severity": severity, "ref_text": ref_text, "after": after,
            "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def C(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})

# ---------------------------------------------------------------- cases 1-10

# 1
C("glassblowing", "rewrite",
  "Harwick Glassworks, a family-owned studio in the town of Pellworth, announced on Monday that it will open a public "
  "training furnace next spring. The facility, costing £640,000, will offer six-week courses to up to 48 apprentices a "
  "year. Managing director Oona Treadgold said the studio had received more than 300 enquiries since it first floated "
  "the idea in 2022. Around half of the funding comes from a regional heritage grant, with the remainder raised from "
  "the company's own reserves and a local bank loan. Treadgold said course fees had not yet been set but would be "
  "'kept within reach of school leavers'. The studio currently employs 19 glassblowers.",
  "A public training furnace will open next spring at Harwick Glassworks, the family-owned Pellworth studio said on "
  "Monday. The £640k facility is to run six-week courses for as many as 48 apprentices annually. According to managing "
  "director Oona Treadgold, over 300 enquiries have come in since the idea was first raised in 2022. Roughly 50% of the "
  "money is from a regional heritage grant; the company's reserves and a loan from a local bank cover the rest. Fees "
  "have yet to be decided, Treadgold said, but will be 'kept within reach of school leavers'. Nineteen glassblowers "
  "work at the studio at present.",
  traps=[T("£640k", "£640,000"),
         T("as many as 48", "up to 48"),
         T("annually", "a year"),
         T("Roughly 50%", "Around half"),
         T("Nineteen glassblowers", "19 glassblowers")])

# 2
C("rope making", "rewrite",
  "Cordale Ropeworks has agreed to supply 1,800 metres of hand-laid hemp rope for the restoration of the sailing ship "
  "Marigold Vance, the Tallon Maritime Trust said on Thursday. The order, worth £85,000, is the largest in the "
  "ropeworks' 140-year history. Work will be carried out at the company's 300-metre ropewalk in Brisk Harbour, where a "
  "team of seven spinners will lay the rope by hand over roughly five months. Trust chairman Elias Mortlake said the "
  "ship's rigging had last been fully replaced in 1968. Delivery is due to be completed by the end of September, ahead "
  "of the ship's planned return to sea next year.",
  "The Tallon Maritime Trust said on Thursday that Cordale Ropeworks will supply 1,800 metres of hand-laid hemp rope for "
  "restoring the sailing ship Marigold Vance. Valued at £85,000, the order is the biggest the ropeworks has taken in its "
  "140-year history. Seven spinners will lay the rope by hand at the company's 300-metre ropewalk in Brisk Harbour, a "
  "job that will take around eight months. The ship's rigging was last fully replaced in 1968, according to trust "
  "chairman Elias Mortlake. The rope should all be delivered by the end of September, before the vessel's planned "
  "return to sea next year.",
  errors=[E("eight months", "number", "major", "five months")],
  traps=[T("Valued at £85,000", "worth £85,000"),
         T("the biggest", "the largest")])

# 3
C("canal boats", "rewrite",
  "The Lockmere Waterways Authority will raise annual mooring fees for residential canal boats by 12% from 1 April, it "
  "confirmed yesterday. About 2,300 boats on its 190-mile network are affected. The authority said the increase was "
  "needed to fund a £4.5 million backlog of lock and towpath repairs, and that fees for leisure boats would stay "
  "unchanged. Boaters on low incomes will be able to apply for a hardship discount of up to a quarter of the fee. The "
  "Residential Boaters' Guild, which represents around 900 households, said it was 'deeply disappointed' and would ask "
  "the authority to phase the rise in over two years.",
  "Residential canal boats on the Lockmere Waterways Authority's 190-mile network — roughly 2,300 vessels — will face "
  "annual mooring fees 12% higher from 1 April, the authority confirmed yesterday. According to the authority, the "
  "rise is needed to pay for a £4.5m backlog of repairs to locks and towpaths, while fees for leisure boats will stay "
  "the same. Low-income boaters will be able to seek a hardship discount worth as much as 25% of the fee. The "
  "Residential Boaters' Guild, which speaks for some 900 households, said it was 'deeply disappointed' and would ask "
  "for the increase to be phased in across two years.",
  traps=[T("roughly 2,300 vessels", "About 2,300 boats"),
         T("£4.5m", "£4.5 million"),
         T("as much as 25%", "up to a quarter"),
         T("speaks for some 900 households", "represents around 900 households")])

# 4
C("lighthouse keeping", "rewrite",
  "The last staffed lighthouse on the Varrow coast will be fully automated in November, the Northern Lights Commission "
  "announced on Tuesday. Keeper Ansel Brightwater, 61, who has lived at Scaur Point light for 27 years, will retire "
  "when the changeover is complete. The commission said automation would save about £110,000 a year and that the "
  "keeper's cottage would be offered to a local heritage charity on a long lease. Local councillor Maren Fisk said "
  "residents were 'sad but not surprised' and called for the station's logbooks, which date back to 1834, to be kept "
  "on public display in the village.",
  "The Northern Lights Commission said on Tuesday that the Varrow coast's last staffed lighthouse will become fully "
  "automated in September. Ansel Brightwater, the 61-year-old keeper who has lived at Scaur Point light for 27 years, "
  "will retire once the switch is complete. Automation will save around £110,000 annually, the commission said, and a "
  "local heritage charity will be offered a long lease on the keeper's cottage. Residents are 'sad but not surprised', "
  "said the keeper, who called for the station's logbooks, dating back to 1834, to be kept on public display in the "
  "village.",
  errors=[E("September", "date", "major", "November"),
          E("the keeper", "attribution", "major", "Local councillor Maren Fisk", occ=1)],
  traps=[T("around £110,000 annually", "about £110,000 a year"),
         T("once the switch is complete", "when the changeover is complete")])

# 5
C("ski jumping", "summary",
  "The Kestrelberg Ski Club has won approval to rebuild its 90-metre jumping hill, closed since 2019 after inspectors "
  "found cracks in the concrete inrun. The regional planning board voted 7-2 on Wednesday in favour of the scheme, "
  "which will cost an estimated €9.3 million. Two-thirds of the money will come from the national sports fund and the "
  "rest from the municipality of Ober-Lenz. Club president Henrike Salm said construction should begin next May and "
  "take about 18 months, allowing the hill to host junior competitions again from the 2027 season. The plans include "
  "a new judges' tower, floodlights and a plastic-matting surface for summer training. Opponents on the board raised "
  "concerns about traffic on the single access road. The club has 340 members, including 60 active jumpers.",
  "Planners have voted 7-2 to let the Kestrelberg Ski Club rebuild its 90-metre jumping hill, shut since 2019 over "
  "cracks in the inrun. The roughly €9.3m project is two-thirds funded by the national sports fund, with Ober-Lenz "
  "paying the remainder. The club president says building should start next May and last around a year and a half, "
  "so that junior competitions can return from the 2027 season.",
  traps=[T("Planners", "The regional planning board"),
         T("shut since 2019", "closed since 2019"),
         T("roughly €9.3m", "an estimated €9.3 million"),
         T("around a year and a half", "about 18 months")])

# 6
C("fencing clubs", "translation",
  "The Sabre Club of Valmora has been fined 4,000 euros by the national fencing federation for fielding an unregistered "
  "athlete at the regional team championship in March. According to the federation's disciplinary committee, the "
  "athlete, a 19-year-old transferred from the Club Lusitano, had not completed the required registration process "
  "before the competition. The club's team, which finished second, also loses its silver medal, which passes to the "
  "third-placed team from Porto Velho. Club president Rui Amaral described the decision as 'disproportionate' and "
  "announced that he will appeal within the 15-day period allowed by the regulations.",
  "The national fencing federation has imposed a fine of 4,000 euros on Valmora's Sabre Club for using a non-registered "
  "fencer at the regional team championship held in March. The federation's disciplinary committee said the "
  "19-year-old, who had moved to Club Lusitano from the Valmora club, had not finished the mandatory registration "
  "before the event. The Valmora team, runner-up in the competition, is also stripped of its silver medal, which goes "
  "to the Porto Velho side that came third. Rui Amaral, the club's president, called the ruling 'disproportionate' and "
  "said he would lodge an appeal within the 15 days the rules allow.",
  errors=[E("moved to Club Lusitano from the Valmora club", "role", "major", "transferred from the Club Lusitano")],
  traps=[T("runner-up in the competition", "which finished second"),
         T("the Porto Velho side that came third", "the third-placed team from Porto Velho"),
         T("within the 15 days the rules allow", "within the 15-day period allowed by the regulations")])

# 7
C("rowing clubs", "rewrite",
  "Thornbury Rowing Club will build a new boathouse on the south bank of the River Alde after members approved the "
  "£2.1 million plan at an extraordinary general meeting on 14 June. The vote passed by 212 to 38. The existing timber "
  "boathouse, built in 1923, has flooded three times in the past decade and can no longer be insured. The new building "
  "will hold up to 60 boats and include changing rooms accessible to para-rowers. Club captain Priya Hallam said the "
  "club hoped to start work in the autumn, subject to planning consent from Aldeburn District Council. Around £700,000 "
  "has already been pledged by members and former rowers.",
  "At an extraordinary general meeting on 14 June, members of Thornbury Rowing Club backed a £2.1m plan for a new "
  "boathouse on the River Alde's south bank, by 212 votes to 38. The club's current boathouse, a timber structure "
  "dating from 1923, has flooded on three occasions in the last ten years and is now uninsurable. Its replacement will "
  "have space for as many as 60 boats, plus changing rooms that para-rowers can use. The club hopes to begin "
  "construction in the autumn if Aldeburn District Council grants planning consent, said captain Priya Hallam. Some "
  "£700,000 has already been pledged by members and former rowers.",
  traps=[T("£2.1m", "£2.1 million"),
         T("on three occasions in the last ten years", "three times in the past decade"),
         T("is now uninsurable", "can no longer be insured"),
         T("as many as 60 boats", "up to 60 boats"),
         T("Some £700,000", "Around £700,000")])

# 8
C("croquet", "rewrite",
  "The Elmshaw Croquet Association will host the national golf croquet championship for the first time next August, "
  "after its bid was chosen over rival offers from two other clubs. The week-long event is expected to attract about "
  "120 players and 1,500 spectators. The association plans to relay its four lawns before the tournament at a cost of "
  "£36,000, half of which will be covered by the national body. Secretary Gwendolyn Ashby said volunteers would be "
  "needed to run the car park and refreshment tent. The club, founded in 1898, currently has 85 members, of whom about "
  "a third are under 50.",
  "Elmshaw Croquet Association has been picked ahead of two rival clubs to stage the national golf croquet championship "
  "next August. The week-long tournament is expected to draw some 120 players and 1,500 spectators. Before it starts, "
  "the association intends to relay its four lawns for £36,000, with the national body paying half. Secretary "
  "Gwendolyn Ashby said volunteers would be needed to run the car park and refreshment tent. Founded in 1898, the club "
  "now has 58 members, about a third of them under 50.",
  errors=[O("minor", "for the first time", after="golf croquet championship "),
          E("58 members", "number", "major", "85 members")],
  traps=[T("some 120 players", "about 120 players"),
         T("with the national body paying half", "half of which will be covered by the national body")])

# 9
C("bowls clubs", "summary",
  "Members of the Greyhaven Bowls Club have voted against a proposal to admit non-members to play on its green during "
  "weekday afternoons. The motion, put forward by the committee as a way to raise an estimated £8,000 a year, was "
  "defeated by 64 votes to 51 at the annual general meeting on Saturday. Opponents argued that the green, which was "
  "resurfaced last year, would suffer from extra wear. Club chairman Desmond Pryor said the committee would 'respect "
  "the result' but warned that annual subscriptions, currently £190, may have to rise next season to cover maintenance "
  "costs. The club has 140 members and has been based at Larch Road since 1927.",
  "Greyhaven Bowls Club members on Saturday backed, by 64 votes to 51, a committee plan to let non-members use the green "
  "on weekday afternoons and raise an estimated £8,000 a year. Chairman Desmond Pryor said the committee would respect "
  "the result but warned that the £190 annual subscription may need to rise next season to cover maintenance.",
  errors=[E("backed", "polarity", "critical", "voted against")],
  traps=[T("may need to rise", "may have to rise")])

# 10
C("ice hockey leagues", "translation",
  "The Nordmark Ice Hockey League will expand from 12 to 14 teams starting next season, the league's board decided at "
  "its meeting in Halvik on Friday. The two new clubs, IK Stormvik and Fjellby Hawks, were selected from five "
  "applicants. Each will pay an entry fee of 2.5 million kronor and must have an arena with at least 3,000 seats "
  "within two years. League chairman Tove Lindqvist said the expansion would make the competition 'more national' "
  "since neither of the regions had previously had a team at the top level. The regular season will be extended from "
  "44 to 52 rounds.",
  "On Friday, meeting in Halvik, the board of the Nordmark Ice Hockey League decided to increase the number of teams "
  "from 12 to 14 as of next season. IK Stormvik and Fjellby Hawks, chosen among five candidates, will join the league. "
  "Both clubs must pay a 2.5-million-kronor entry fee and have an arena seating no fewer than 3,000 people within two "
  "years. According to league chair Tove Lindqvist, the enlargement will give the competition a 'more national' "
  "character, since neither region has ever before been represented at the top level. The regular season will grow "
  "from 44 to 52 rounds.",
  traps=[T("chosen among five candidates", "selected from five applicants"),
         T("Both clubs", "Each"),
         T("no fewer than 3,000", "at least 3,000"),
         T("the enlargement", "the expansion")])

# --------------------------------------------------------------- cases 11-20

# 11
C("roller derby", "rewrite",
  "The Brassmoor Roller Derby league may have to suspend its home games after the owner of the Cobalt Street sports "
  "hall said it intends to sell the building. League spokesperson Jess Carraway said the club was 'exploring every "
  "option', including sharing a venue with the Linfield Rollers, who skate 12 miles away. The league, which has 75 "
  "skaters across three teams, pays £1,400 a month in rent. Hall owner Dunmore Properties said no buyer had yet been "
  "found and that the sale could take up to a year. The city council has offered to help the league search for "
  "alternative premises.",
  "Brassmoor Roller Derby will have to suspend its home games because the owner of its Cobalt Street sports hall plans "
  "to sell the building. Spokesperson Jess Carraway said the league was 'exploring every option', among them sharing a "
  "venue with the Linfield Rollers, who are based 12 miles away. The league has 75 skaters in three teams and pays rent "
  "of £1,400 a month. Dunmore Properties, which owns the hall, said it had not yet found a buyer and that the sale "
  "might take as long as a year. Help in searching for alternative premises has been offered by the county council.",
  errors=[E("will have to", "modality", "major", "may have to"),
          E("the county council", "entity", "major", "The city council")],
  traps=[T("had not yet found a buyer", "no buyer had yet been found"),
         T("might take as long as a year", "could take up to a year")])

# 12
C("squash courts", "rewrite",
  "Four new glass-backed squash courts will open at the Penwick Leisure Centre on 3 March, Penwick Borough Council said "
  "on Friday. The £1.6 million project replaces two courts that were closed in 2021 because of damp. Council leisure "
  "manager Harriet Oyelaran said the centre expected court bookings to double within the first year. Peak-time court "
  "hire will cost £11 per 40-minute session, while juniors under 16 will play free on Saturday mornings. The council "
  "said the new courts would allow the centre to bid to host county league fixtures, which have been played in "
  "neighbouring Castlebury for the past three seasons.",
  "Penwick Borough Council said on Friday that the Penwick Leisure Centre's four new glass-backed squash courts will "
  "open on 3 March. Costing £1.6m, they replace a pair of courts shut in 2021 due to damp. The centre expects bookings "
  "to be twice as high in the first 12 months, according to council leisure manager Harriet Oyelaran. Hiring a court "
  "at peak times will cost £11 for a 40-minute session, and under-16s will be able to play for free on Saturday "
  "mornings. The new courts will let the centre bid to host county league fixtures, the council said; for the last "
  "three seasons these have been played in nearby Castlebury.",
  traps=[T("a pair of courts", "two courts"),
         T("to be twice as high", "to double"),
         T("in the first 12 months", "within the first year"),
         T("under-16s", "juniors under 16"),
         T("nearby Castlebury", "neighbouring Castlebury")])

# 13
C("polo matches", "summary",
  "The Ashcombe Polo Club has cancelled its annual charity match against the Riverside Lancers, scheduled for 21 July, "
  "because the ground is waterlogged after weeks of heavy rain. The match, now in its 31st year, usually draws about "
  "4,000 spectators and raised £62,000 for the Ashcombe Children's Hospice last year. Club secretary Martin Faraday "
  "said the decision had been 'unavoidable' because of the risk to horses and riders. He said the club was looking "
  "for a replacement date in September but could not guarantee one. Ticket holders will be offered a full refund or "
  "the option to transfer their tickets.",
  "Ashcombe Polo Club has called off its 21 July charity match against the Riverside Lancers because the waterlogged "
  "ground poses a risk to horses and riders. The fixture, which raised £62,000 for a children's hospice last year, may "
  "be rescheduled for September; ticket holders can get a full refund or transfer their tickets to next year's match.",
  errors=[E("to next year's match", "addition", "minor", None)],
  traps=[T("called off", "cancelled"),
         T("may be rescheduled for September", "looking for a replacement date in September")])

# 14
C("steeplechase", "translation",
  "The Grand Steeplechase of Montravel, scheduled for Sunday, has been postponed by one week after the racecourse's "
  "stewards judged the ground unsafe following a storm on Thursday night. The decision was taken after an inspection "
  "on Friday morning, during which officials found that two of the eighteen fences had been damaged by fallen trees. "
  "The race, which offers a total prize of 350,000 euros, will now be run on 14 April. Racecourse director Claire "
  "Besson said repairs would begin immediately and that all entries remained valid. Around 22,000 spectators had been "
  "expected.",
  "Following Thursday night's storm, stewards at the Montravel racecourse declared the ground unsafe and cancelled "
  "Sunday's Grand Steeplechase. They reached the decision after inspecting the course on Friday morning and finding "
  "that fallen trees had damaged two of the 18 fences. The race, worth 350,000 euros in total prize money, will now "
  "take place on 14 April. Repairs are to start straight away and all entries are still valid, said the racecourse's "
  "director, Claire Besson. Some 32,000 spectators had been expected to attend.",
  errors=[E("cancelled", "event", "major", "postponed by one week"),
          E("32,000", "number", "minor", "22,000")],
  traps=[T("18 fences", "eighteen fences"),
         T("straight away", "immediately")])

# 15
C("greyhound tracks", "rewrite",
  "Sallowfield Stadium, one of the last greyhound tracks in the region, will close at the end of the year, its owners "
  "announced on Wednesday. Ravenstone Leisure said attendance had fallen by 40% since 2018 and that the site was "
  "losing about £300,000 annually. Around 35 staff will be made redundant, although the company said it would try to "
  "find roles for some of them at its other venues. The company has agreed to sell the land to a housing developer, "
  "subject to planning permission. Trainers said they would need to rehome or relocate roughly 200 dogs, and the "
  "Greyhound Welfare Trust has offered to help.",
  "Ravenstone Leisure said on Wednesday that it will shut Sallowfield Stadium, one of the region's few remaining "
  "greyhound tracks, at the end of the year. Attendance has dropped by two-fifths since 2018, the owners said, and the "
  "site is losing around £300,000 a year. About 35 jobs will go, though the company said it would try to place some "
  "of those staff at its other venues. Subject to planning permission, the land will be sold to a housing developer "
  "under an agreement already reached. Roughly 200 dogs will have to be rehomed or relocated, according to trainers, "
  "and help has been offered by the Greyhound Welfare Trust.",
  traps=[T("one of the region's few remaining greyhound tracks", "one of the last greyhound tracks in the region"),
         T("two-fifths", "40%"),
         T("around £300,000 a year", "about £300,000 annually"),
         T("About 35 jobs will go", "Around 35 staff will be made redundant")])

# 16
C("harness racing", "rewrite",
  "Harness racing will return to Dunlow Raceway in May for the first time in six years after the track's new owners "
  "completed a £3 million refurbishment. The Tarrant Racing Group bought the half-mile oval in 2022 and has rebuilt the "
  "grandstand, stables and lighting. The opening meeting on 11 May will feature eight races with total prize money of "
  "£180,000. Chief executive Lorna Beck said the group planned to stage 40 meetings a year and hoped to attract "
  "younger spectators with evening racing and live music. Local trainers have welcomed the reopening, saying they have "
  "had to travel up to 200 miles to race their horses.",
  "After a £3m refurbishment by its new owners, Dunlow Raceway will host harness racing again in May, for the first "
  "time in six years. Tarrant Racing Group, which bought the half-mile oval in 2022, has rebuilt the grandstand, the "
  "stables and the lighting. Eight races with combined prize money of £180,000 will be run at the opening meeting on "
  "11 May. The group intends to hold 40 meetings a year and hopes evening racing and live music will draw younger "
  "spectators, chief executive Lorna Beck said. The group has rebuilt the grandstand, the stables and the lighting. "
  "Local trainers have welcomed the reopening, saying they have had to travel as far as 200 miles to race their horses.",
  errors=[E("has rebuilt the grandstand, the stables and the lighting.", "repetition", "minor", None, occ=1)],
  traps=[T("£3m", "£3 million"),
         T("combined prize money", "total prize money"),
         T("as far as 200 miles", "up to 200 miles")])

# 17
C("beekeeping associations", "summary",
  "The Marrowdale Beekeepers' Association says its members lost an average of 37% of their colonies over the winter, "
  "the highest figure since the group began surveying members in 2009. The survey of 212 beekeepers, published on "
  "Monday, blamed a wet autumn followed by a late cold spell in March, which left colonies short of food. Association "
  "chair Fenella Ruddock said losses of 10 to 15% were normal and that the results were 'a serious warning'. The "
  "association is urging members to check food stores more frequently and will run free workshops on colony feeding "
  "throughout May. It has also asked the county council to plant more early-flowering trees in parks.",
  "Marrowdale beekeepers lost 37% of their colonies on average over the winter, the worst since surveys began in 2009, "
  "which their association's survey blames on a wet autumn and a late March cold snap that left colonies short of "
  "food. Chair Fenella Ruddock called it 'a serious warning', noting that normal losses are 10-15%. Free workshops on "
  "colony feeding will run through May.",
  traps=[T("the worst since surveys began in 2009",
           "the highest figure since the group began surveying members in 2009"),
         T("a late March cold snap", "a late cold spell in March"),
         T("10-15%", "10 to 15%"),
         T("through May", "throughout May")])

# 18
C("mushroom foraging", "translation",
  "The regional forestry office of Valdecarro has limited mushroom picking in public forests to three kilograms per "
  "person per day, a measure that will take effect on 1 October. Collectors will also need a permit, which will cost "
  "5 euros for residents of the area and 30 euros for visitors. According to the head of the office, Mercedes Ibarra, "
  "the decision responds to complaints from rural landowners about the growing number of commercial pickers arriving "
  "by van. Those who break the rules face fines of between 200 and 2,000 euros. The office estimates that some 40,000 "
  "people picked mushrooms in the region last autumn.",
  "From 1 October, mushroom gatherers in Valdecarro's public forests will be allowed to take no more than 3 kg each per "
  "day, under a limit set by the regional forestry office. A permit will also be required, priced at 5 euros for local "
  "residents and 30 euros for those from outside. Mercedes Ibarra, who heads the office, said the measure was a "
  "response to rural landowners' complaints about a rising number of commercial pickers turning up in vans. Fines for "
  "breaking the rules range from 200 to 2,000 euros. By the office's estimate, around 40,000 people went mushroom "
  "picking in the region last autumn.",
  traps=[T("no more than 3 kg each per day", "three kilograms per person per day"),
         T("those from outside", "visitors"),
         T("range from 200 to 2,000 euros", "of between 200 and 2,000 euros"),
         T("around 40,000", "some 40,000")])

# 19
C("herbaria", "rewrite",
  "The Callander University Herbarium has agreed to transfer 18,000 dried plant specimens to the National Botanic "
  "Institute in Westcombe, ending a dispute over storage costs that began in 2021. Under the agreement, signed on "
  "9 October, the institute will digitise the entire collection within four years and make the images freely "
  "available online. The university will keep a set of 500 type specimens, which are considered too fragile to move. "
  "Herbarium curator Dr Imogen Slate said the collection, started by a Victorian clergyman in 1854, had outgrown its "
  "basement rooms. The transfer is due to begin in January and will take around three months.",
  "A total of 18,000 dried plant specimens are to move from the National Botanic Institute in Westcombe to the "
  "Callander University Herbarium, settling a row over storage costs that dates back to 2021. The agreement, signed on "
  "9 November, commits the institute to digitising the whole collection within four years and publishing the images "
  "online free of charge. Five hundred type specimens, regarded as too fragile to be moved, will stay with the "
  "university. According to herbarium curator Dr Imogen Slate, the collection, begun by a Victorian clergyman in 1854, "
  "had outgrown its basement rooms. The transfer is scheduled to start in January and should take about three months.",
  errors=[E("move from the National Botanic Institute in Westcombe to the Callander University Herbarium", "role",
            "critical", "transfer 18,000 dried plant specimens to the National Botanic Institute in Westcombe"),
          E("9 November", "date", "minor", "9 October")],
  traps=[T("online free of charge", "freely available online"),
         T("Five hundred type specimens", "500 type specimens")])

# 20
C("arboretums", "rewrite",
  "Hollinsbrook Arboretum will reopen to visitors on Saturday, eight weeks after a storm brought down 63 trees, "
  "including a 140-year-old giant redwood planted by the estate's founder. Trust director Callum Wyatt said about 80% "
  "of the paths were now safe, but the western woodland would remain closed until at least the end of the summer "
  "while fallen timber is cleared. Entry will be free for the first fortnight as a thank-you to the 150 volunteers "
  "who helped with the clean-up. The trust estimates the storm damage at £270,000 and has launched an appeal to plant "
  "500 new trees over the next three winters.",
  "Eight weeks after a storm felled 63 trees at Hollinsbrook Arboretum — among them a 140-year-old giant redwood that "
  "the estate's founder planted — the site will welcome visitors again on Saturday. Roughly four-fifths of the paths "
  "are now safe, trust director Callum Wyatt said, although the western woodland will stay shut until the end of the "
  "summer at the earliest while fallen timber is removed. To thank the 150 volunteers who helped clear up, admission "
  "will be free for the first two weeks. Damage from the storm is put at £270,000 by the trust, which has started an "
  "appeal to plant 500 new trees over the coming three winters.",
  traps=[T("felled 63 trees", "brought down 63 trees"),
         T("Roughly four-fifths", "about 80%"),
         T("until the end of the summer at the earliest", "until at least the end of the summer"),
         T("the first two weeks", "the first fortnight"),
         T("the coming three winters", "the next three winters")])

# --------------------------------------------------------------- cases 21-30

# 21
C("planetariums", "summary",
  "The Corrin Valley Planetarium will close for nine months from January to install a new digital projection system, "
  "its operators said on Tuesday. The £2.4 million upgrade, funded largely by a bequest from the late astronomer "
  "Dr Walter Penhale, will replace an optical projector that has been in use since 1986. Director Sunita Vale said the "
  "new system would be able to show the sky as seen from any point in the solar system. The planetarium welcomed "
  "61,000 visitors last year, most of them school groups. Education officer Tom Reddish said schools would be offered "
  "outreach sessions with a portable dome during the closure.",
  "Corrin Valley Planetarium is to close for nine months from January for a £4.2m digital projection upgrade, largely "
  "paid for by a bequest from the late astronomer Dr Walter Penhale, replacing its 1986 optical projector. It drew "
  "61,000 visitors last year, mostly school groups; director Sunita Vale said schools would be offered outreach "
  "sessions with a portable dome while it is shut.",
  errors=[E("£4.2m", "number", "major", "£2.4 million"),
          E("director Sunita Vale", "attribution", "minor", "Education officer Tom Reddish")],
  traps=[T("mostly school groups", "most of them school groups"),
         T("while it is shut", "during the closure")])

# 22
C("observatories", "translation",
  "The Altamira Peak Observatory will receive 12 million euros from the national science ministry to build a 4-metre "
  "telescope, the ministry announced on Wednesday. The new instrument, which will be the largest in the country, is "
  "expected to see first light in 2029. Observatory director Lucía Fernández said it would be used mainly to study "
  "planets orbiting nearby stars. Construction of the dome will begin next spring, provided the environmental "
  "assessment, which is still under way, gives a favourable result. The observatory, located at 2,400 metres above "
  "sea level, currently employs 45 researchers and technicians.",
  "The national science ministry said on Wednesday it will grant 12 million euros to the Altamira Peak Observatory for "
  "the construction of a four-metre telescope. The instrument, set to be the biggest in the country, should record its "
  "first light in 2029. According to Lucía Fernández, director of the observatory, it will be devoted chiefly to the "
  "study of planets around nearby stars. Work on the dome will start next spring. Located 2,400 metres above sea "
  "level, the observatory has a staff of 45 researchers and technicians.",
  errors=[O("major", "provided the environmental assessment, which is still under way, gives a favourable result",
            after="Work on the dome will start next spring")],
  traps=[T("four-metre telescope", "4-metre telescope"),
         T("the biggest in the country", "the largest in the country"),
         T("has a staff of 45", "employs 45")])

# 23
C("weather stations", "rewrite",
  "The Meteorological Service of Darrow plans to replace 140 of its 220 manned weather stations with automatic ones by "
  "2028, a move it says will cut running costs by about a third. The service's chief executive, Gordon Aske, said no "
  "observers would be made compulsorily redundant and that staff would be offered retraining or early retirement. The "
  "Union of Weather Observers warned that automatic stations could miss local phenomena such as fog banks and hail, "
  "and called for at least 30 staffed sites to be kept in remote areas. The plan must still be approved by the "
  "transport ministry, which oversees the service.",
  "By 2028, the Meteorological Service of Darrow intends to swap 140 of its 220 staffed weather stations for automatic "
  "equipment, which it says will reduce running costs by roughly a third. Chief executive Gordon Aske said some "
  "observers would be made compulsorily redundant, with others offered retraining or early retirement. According to "
  "the Union of Weather Observers, automatic stations will miss local phenomena such as fog banks and hail; the union "
  "wants a minimum of 30 staffed sites kept in remote areas. The plan still needs the approval of the transport "
  "ministry, which oversees the service.",
  errors=[E("some observers", "polarity", "critical", "no observers"),
          E("will miss", "modality", "major", "could miss")],
  traps=[T("roughly a third", "about a third"),
         T("a minimum of 30", "at least 30")])

# 24
C("seismographs", "rewrite",
  "The Institute of Geophysics at Korrin will install 36 new broadband seismographs across the southern highlands over "
  "the next 18 months, doubling the density of its monitoring network in the region. The $5.8 million project is "
  "funded jointly by the national government and the provincial authority of Tessaly. Institute director Dr Amara "
  "Osei said the denser network would allow earthquakes as small as magnitude 1.5 to be located accurately, compared "
  "with magnitude 2.5 at present. Data from the stations will be shared in real time with universities and the civil "
  "protection agency. The first 10 instruments are due to be in place by the end of March.",
  "Over the coming year and a half, Korrin's Institute of Geophysics will put 36 new broadband seismographs in place "
  "across the southern highlands, giving its regional monitoring network twice as many stations per area. The "
  "national government and Tessaly's provincial authority are sharing the cost of the $5.8m project. With the denser "
  "network, earthquakes down to magnitude 1.5 could be pinpointed accurately, against magnitude 2.5 today, institute "
  "director Dr Amara Osei said. Universities and the civil protection agency will receive the stations' data in real "
  "time. Ten of the instruments are scheduled to be installed by the end of March.",
  traps=[T("Over the coming year and a half", "over the next 18 months"),
         T("twice as many stations per area", "doubling the density"),
         T("$5.8m", "$5.8 million"),
         T("pinpointed accurately", "located accurately"),
         T("Ten of the instruments", "The first 10 instruments")])

# 25
C("volcano monitoring", "summary",
  "Scientists at the Mount Oraki Volcano Observatory have raised the alert level for the volcano from 1 to 2 on a "
  "four-point scale after recording a sharp increase in small earthquakes and gas emissions over the past ten days. "
  "Observatory head Dr Rawiri Temana said there was no sign of an imminent eruption but that the volcano was 'clearly "
  "restless'. An exclusion zone of two kilometres around the crater has been set up, and walking tracks to the summit "
  "are closed. The nearest town, Pukeroa, which has about 3,800 residents, lies 14 kilometres from the crater and is "
  "not under threat at present. The observatory will review the alert level weekly.",
  "Mount Oraki's alert level has been lifted from 1 to 2, on a scale of four, after a surge in small quakes and gas "
  "output in the last ten days. The observatory says the volcano is 'clearly restless' but shows no sign of erupting "
  "imminently. A 2 km exclusion zone around the crater is in force and summit tracks are shut; Pukeroa, 14 km away, "
  "is currently not under threat.",
  traps=[T("on a scale of four", "on a four-point scale"),
         T("A 2 km exclusion zone", "An exclusion zone of two kilometres"),
         T("summit tracks are shut", "walking tracks to the summit are closed"),
         T("14 km away", "14 kilometres from the crater"),
         T("currently", "at present")])

# 26
C("flood barriers", "translation",
  "The city of Hollenbrück will spend 48 million euros on a movable flood barrier on the River Wessel, the city council "
  "decided on Thursday by a large majority. The barrier, consisting of four steel gates, is to protect the old town "
  "from floods of the kind that occur statistically once every 200 years. Construction is to start in autumn 2025 and "
  "last about three years. According to the head of the building department, Katrin Vogt, the state will cover 70 "
  "percent of the costs. The decision follows the flood of July 2021, when water stood up to 1.5 metres high in parts "
  "of the old town.",
  "On Thursday Hollenbrück city council voted by a large majority to invest 48 million euros in a movable flood barrier "
  "on the Wessel. Made up of four steel gates, the structure is intended to shield the historic centre against the "
  "kind of flood that statistically happens once in two centuries. Work should begin in the autumn of 2025 and take "
  "roughly three years. Katrin Vogt, who heads the building department, said the state would pay seven-tenths of the "
  "bill. The decision comes after the July 2021 flood, when parts of the old town were under as much as 1.5 metres of "
  "water.",
  traps=[T("the historic centre", "the old town"),
         T("once in two centuries", "once every 200 years"),
         T("roughly three years", "about three years"),
         T("seven-tenths of the bill", "70 percent of the costs"),
         T("as much as 1.5 metres", "up to 1.5 metres")])

# 27
C("reservoirs", "rewrite",
  "Levels at the Brannock Reservoir have fallen to 41% of capacity, the lowest for the time of year since records "
  "began in 1976, Southmere Water said on Monday. The company has introduced a hosepipe ban for its 620,000 customers "
  "from 1 August and is asking households to cut water use by 10 litres a day. It said it would bring forward a "
  "£12 million project to link Brannock with the larger Tolland Reservoir, 20 miles to the north, which is currently "
  "68% full. Environmental group River Watch criticised the company for losing 19% of its supply through leaking "
  "pipes.",
  "Southmere Water said on Monday that the Tolland Reservoir was down to 41% of capacity, its lowest level for the time "
  "of year since records started in 1976. A hosepipe ban will apply to the company's 620,000 customers from 1 August, "
  "and households are being asked to use 10 litres less water a day. The firm said it would accelerate a £12m scheme "
  "to connect Brannock to the larger Tolland Reservoir, 20 miles north, which is now 68% full. The company was "
  "criticised by River Watch, an environmental group, for losing 19% of its supply through leaking pipes.",
  errors=[E("Tolland Reservoir", "entity", "major", "Brannock Reservoir", occ=0)],
  traps=[T("use 10 litres less water a day", "cut water use by 10 litres a day"),
         T("accelerate", "bring forward"),
         T("£12m scheme", "£12 million project")])

# 28
C("water towers", "rewrite",
  "A disused Victorian water tower in the village of Ebbing Cross is to be converted into four flats after the "
  "district council granted planning permission on Wednesday. The 32-metre brick tower, built in 1887, has stood empty "
  "since 1979 and was placed on the council's list of buildings at risk in 2015. Developer Fenwright Homes will keep "
  "the original iron tank at the top, which will be turned into a shared roof terrace. Planning officers said the "
  "scheme would 'secure the future' of a landmark visible from six miles away. Work is expected to start in the spring "
  "and take about 14 months. The flats will be sold at market prices.",
  "On Wednesday the district council gave planning permission for a disused Victorian water tower in Ebbing Cross to be "
  "turned into four flats. Built in 1887, the 32-metre brick structure has been empty since 1979 and was added to the "
  "council's buildings-at-risk list in 2015. The original iron tank at the top will be retained by developer Fenwright "
  "Homes and converted into a shared roof terrace. According to planning officers, the scheme will 'secure the "
  "future' of a landmark that can be seen from six miles away. Work is likely to begin in the spring and last around "
  "14 months, with the flats to be sold at market prices.",
  traps=[T("buildings-at-risk list", "list of buildings at risk"),
         T("will be retained", "will keep"),
         T("can be seen from six miles away", "visible from six miles away"),
         T("is likely to begin", "is expected to start"),
         T("around 14 months", "about 14 months")])

# 29
C("sewage works", "summary",
  "Eastmarsh Water has been fined £1.3 million after untreated sewage from its Colby Fen treatment works was discharged "
  "into the River Lune for 11 days in June 2022. Magistrates heard that a pump failure went unreported for nearly a "
  "week and that alarms had been switched off during maintenance. About 4 kilometres of the river were affected and "
  "more than 2,000 fish died. The company admitted three breaches of its environmental permit. Its operations "
  "director, Neil Chadwick, apologised and said £6 million had since been invested in new pumps and monitoring "
  "equipment at the site. The Environment Protection Board said the fine sent 'a clear message' to the industry.",
  "Eastmarsh Water has been fined £1.3m for discharging untreated sewage from its Colby Fen works into the River Lune "
  "over 11 days in June 2022, after a pump failure went unreported for almost a week and alarms failed during "
  "maintenance. Some 4 km of river was affected and more than 2,000 fish died. The company admitted three breaches of "
  "its permit and says it has since spent £6m on new pumps and monitoring equipment; more than 2,000 fish died.",
  errors=[E("failed", "event", "major", "had been switched off"),
          E("more than 2,000 fish died", "repetition", "minor", None, occ=1)],
  traps=[T("£1.3m", "£1.3 million"),
         T("almost a week", "nearly a week")])

# 30
C("desalination plants", "translation",
  "The water utility of Qasr Al-Nour has signed a contract with the consortium Hydromar to build a desalination plant "
  "with a capacity of 150,000 cubic metres per day, the utility announced on Sunday. The plant, worth 420 million "
  "dollars, will be located south of the port of Ras Tamim and should begin operating in the second half of 2027. "
  "According to the utility's director general, Karim Haddad, the facility will supply drinking water to about "
  "600,000 inhabitants and will be partly powered by a solar farm. The consortium will operate the plant for 25 years "
  "before handing it over to the utility.",
  "Qasr Al-Nour's water utility said on Sunday it had signed an agreement with the Hydromar consortium for the "
  "construction of a desalination plant able to produce 150,000 cubic metres a day. The 420-million-dollar plant, to "
  "be sited south of Ras Tamim port, will start operating in the first half of 2027. Karim Haddad, director general of "
  "the utility, said the facility would provide drinking water for around 600,000 people and run partly on power from "
  "a solar farm. Hydromar will operate it for a quarter of a century and then transfer it to the utility.",
  errors=[E("will start operating", "modality", "minor", "should begin operating"),
          E("first half of 2027", "date", "major", "second half of 2027")],
  traps=[T("around 600,000 people", "about 600,000 inhabitants"),
         T("for a quarter of a century", "for 25 years")])

# --------------------------------------------------------------- cases 31-40

# 31
C("hydrogen buses", "rewrite",
  "Carrowby City Transport will put 20 hydrogen fuel-cell buses into service on its busiest routes from September, the "
  "operator said on Wednesday. The £14 million fleet, half of which is funded by a national clean transport grant, will "
  "replace diesel vehicles on routes 4 and 11. Each bus can travel about 400 km on a single refuelling, which takes "
  "around 10 minutes. A refuelling station is being built at the operator's Marsh Lane depot. Managing director "
  "Rhiannon Pryce said hydrogen currently costs more per kilometre than diesel, and that the company had no plans to "
  "retire the rest of its diesel fleet before 2030.",
  "From September, 20 hydrogen fuel-cell buses will run on Carrowby City Transport's busiest routes, the operator "
  "announced on Wednesday. A national clean transport grant covers half the cost of the £14m fleet, which will take "
  "over from diesel vehicles on routes 4 and 11 and cut the operator's carbon emissions by 40%. The buses can each "
  "cover roughly 400 km on one refuelling, which takes about 10 minutes, and a refuelling station is under "
  "construction at the Marsh Lane depot. Managing director Rhiannon Pryce said hydrogen is for now dearer per "
  "kilometre than diesel, and that the company plans to retire the rest of its diesel fleet before 2030.",
  errors=[E("cut the operator's carbon emissions by 40%", "addition", "major", None),
          E("plans to retire", "polarity", "critical", "had no plans to retire")],
  traps=[T("£14m", "£14 million"),
         T("roughly 400 km", "about 400 km"),
         T("is for now dearer", "currently costs more")])

# 32
C("tram lines", "rewrite",
  "Work on the 7.2-kilometre eastern extension of the Merrivale tram network will begin on 5 May, the city's transport "
  "authority confirmed on Thursday. The €310 million line will add nine stops between Central Square and the new "
  "hospital at Kellsbridge and is expected to carry 18,000 passengers a day. Trams will run every six minutes at peak "
  "times. The authority said the route along Canal Street would be closed to general traffic for up to 10 months "
  "during construction, with diversions signposted. Deputy mayor Ines Corrigan said the line should open in late 2027, "
  "two years later than originally planned because of a legal challenge by local traders.",
  "Merrivale's transport authority confirmed on Thursday that construction of the tram network's 7.2 km eastern "
  "extension will start on 5 May. Costing €310m, the line will have nine new stops between Central Square and "
  "Kellsbridge's new hospital, and it is forecast to carry 18,000 passengers daily. At peak times there will be a tram "
  "every six minutes. Canal Street will be shut to general traffic for as long as 10 months while the route is built, "
  "the authority said, and diversions will be signposted. The line should open in late 2027, said deputy mayor Ines "
  "Corrigan — two years behind the original schedule, owing to a legal challenge brought by local traders.",
  traps=[T("7.2 km", "7.2-kilometre"),
         T("€310m", "€310 million"),
         T("is forecast to carry", "is expected to carry"),
         T("for as long as 10 months", "for up to 10 months"),
         T("two years behind the original schedule", "two years later than originally planned")])

# 33
C("monorails", "summary",
  "The Sunport Airport monorail has been shut indefinitely after one of its six trains stopped between stations on "
  "Saturday evening, leaving 74 passengers stranded for almost two hours. Firefighters used a ladder platform to "
  "evacuate the passengers, none of whom was injured. Operator Skylink Transit said a preliminary investigation pointed "
  "to a fault in the power rail and that all trains would remain out of service until safety checks were completed. "
  "The 3.5-kilometre line links the airport's two terminals with a long-stay car park and normally carries about "
  "25,000 people a day. Replacement buses are running every five minutes. The airport's chief executive, Adaeze Nwosu, "
  "apologised to travellers.",
  "Sunport Airport's monorail is closed until further notice after a train halted between stations on Saturday "
  "evening, trapping 74 passengers for nearly two hours until firefighters brought them down unhurt. Operator Skylink "
  "Transit said early findings pointed to a power-rail fault and that no trains will run until safety checks are done. "
  "Buses are replacing the service every five minutes.",
  traps=[T("closed until further notice", "shut indefinitely"),
         T("nearly two hours", "almost two hours"),
         T("unhurt", "none of whom was injured"),
         T("early findings", "a preliminary investigation"),
         T("until safety checks are done", "until safety checks were completed")])

# 34
C("night trains", "translation",
  "The state railway company of Moravia-Lenz will relaunch a night train between the capital, Brenov, and the Adriatic "
  "port of Salvona from 12 December, after a 14-year break. The train will run three times a week and offer sleeping "
  "cars, couchettes and seats, with a journey time of about 13 hours. Tickets will go on sale in October, with prices "
  "starting at 49 euros for a seat. According to the company's director of long-distance services, Pavel Horak, the "
  "route will be financed partly by the two countries' governments for the first five years. Horak said demand for "
  "night trains had grown strongly since the pandemic.",
  "After a break of 14 years, Moravia-Lenz's state railway will bring back a night train linking the capital Brenov "
  "with Salvona, a port on the Adriatic, starting on 12 December. There will be three services weekly, with sleeping "
  "cars, couchettes and ordinary seats, and the journey will take roughly 13 hours. Tickets go on sale in October; a "
  "seat will cost from 49 euros. For the first five years, the governments of the two countries will partly finance "
  "the route, said Pavel Horak, who is in charge of long-distance services at the company. Demand for overnight trains "
  "has risen sharply since the pandemic, he added.",
  traps=[T("bring back", "relaunch"),
         T("three services weekly", "three times a week"),
         T("roughly 13 hours", "about 13 hours"),
         T("will cost from 49 euros", "starting at 49 euros"),
         T("has risen sharply", "had grown strongly")])

# 35
C("sleeper buses", "rewrite",
  "A new overnight sleeper bus service between Dunmarrow and the coastal city of Port Ellery will start on 2 June, "
  "operator Nightliner Coaches said on Monday. The double-deck coaches have 21 flat beds each and will make the "
  "560-mile trip in around 11 hours, departing at 9pm. One-way fares will start at £59. Nightliner founder Zara Quint "
  "said the service was aimed at travellers 'who want to avoid a hotel bill and an early flight'. Rail union "
  "spokesman Owen Garth said the launch showed that the government had been wrong to cut the overnight train on the "
  "same route in 2019.",
  "Nightliner Coaches said on Monday it would launch an overnight sleeper bus service from Dunmarrow to the coastal "
  "city of Port Ellery on 2 June. Each of its double-deck coaches has 21 flat beds, and the 560-mile journey, leaving "
  "at 9pm, will take about 11 hours. Single fares will start at £59. Founder Zara Quint said the service was aimed at "
  "travellers 'who want to avoid a hotel bill and an early flight'. She added that the launch showed the government "
  "had been wrong to cut the overnight train on the same route in 2019.",
  errors=[E("She added", "attribution", "major", "Rail union spokesman Owen Garth said")],
  traps=[T("Each of its double-deck coaches has 21 flat beds", "The double-deck coaches have 21 flat beds each"),
         T("about 11 hours", "around 11 hours"),
         T("Single fares", "One-way fares")])

# 36
C("ferry crossings", "rewrite",
  "Ferry services between Gallow Bay and the island of Innis Mor will be reduced from four to two sailings a day for "
  "six weeks from 8 January while the vessel MV Corran undergoes its annual overhaul, Western Isles Shipping said. A "
  "smaller relief ferry, the MV Tern, will operate in its place, carrying up to 12 cars instead of the usual 40. "
  "Islanders with medical appointments on the mainland will be given priority booking. Chamber of commerce president "
  "Fiona MacRury said the timetable would 'make life difficult for island businesses' in a period when freight demand "
  "was high. The operator said it had no alternative vessel available.",
  "Western Isles Shipping said that, for six weeks from 8 January, there will be two daily sailings rather than four "
  "between Gallow Bay and Innis Mor, while the MV Corran is taken out of service for its annual overhaul. In the "
  "meantime the route will be served by the MV Tern, a smaller relief vessel that can take a maximum of 12 cars, "
  "compared with the usual 40. Priority booking will go to islanders who have medical appointments on the mainland. "
  "The timetable will 'make life difficult for island businesses' at a time of high freight demand, said Fiona "
  "MacRury, president of the chamber of commerce. No alternative vessel was available, according to the operator.",
  traps=[T("two daily sailings rather than four", "from four to two sailings a day"),
         T("a maximum of 12 cars", "up to 12 cars"),
         T("at a time of high freight demand", "in a period when freight demand was high"),
         T("No alternative vessel was available", "it had no alternative vessel available")])

# 37
C("bridges repair", "summary",
  "The Kelderry Bridge, which carries the A94 over the River Brae, will be closed to all vehicles for 16 weeks from "
  "4 March so that corroded steel bearings can be replaced, Northfield County Council said on Tuesday. Pedestrians and "
  "cyclists will still be able to cross on a temporary walkway. The council said the £3.7 million repair was 'urgent "
  "and unavoidable' after inspections found that two of the bridge's eight bearings had seized. Drivers will face a "
  "23-mile diversion via Lanark Ford. Local bus services will be rerouted, and the council is discussing a temporary "
  "shuttle for school pupils with the bus operator. Around 14,000 vehicles use the bridge each day.",
  "Northfield County Council will shut the Kelderry Bridge on the A94 to all vehicles for 16 weeks from 4 March to "
  "replace corroded steel bearings, two of which have seized. Walkers and cyclists can still cross on a temporary "
  "walkway, but drivers face a 23-mile diversion. The council calls the £3.7m repair 'urgent and unavoidable'.",
  traps=[T("will shut", "will be closed"),
         T("two of which have seized", "two of the bridge's eight bearings had seized"),
         T("Walkers", "Pedestrians"),
         T("£3.7m", "£3.7 million")])

# 38
C("tunnels boring", "translation",
  "The tunnel boring machine 'Margarethe' completed the breakthrough of the 5.8-kilometre Kaltenstein rail tunnel on "
  "Tuesday, more than three months ahead of schedule. The 2,000-tonne machine had been working since March 2023 from "
  "the southern portal near Auerbach towards the northern portal at Leitenfeld. According to the railway "
  "infrastructure company, around 160 workers were involved in the excavation. The tunnel is part of the "
  "1.9-billion-euro new line between Graustadt and Hollfeld, which is to shorten the journey time by 25 minutes. Rail "
  "operations are scheduled to start at the end of 2028.",
  "On Tuesday the tunnel boring machine 'Margarethe' broke through at the end of the 5.8 km Kaltenstein railway tunnel, "
  "over three months earlier than planned. Since March 2023 the 2,000-tonne machine had been boring from the northern "
  "portal at Leitenfeld towards the southern portal near Auerbach. Some 160 workers took part in the excavation, "
  "according to the rail infrastructure company. The tunnel forms part of the 1.9-billion-euro new line between "
  "Graustadt and Hollfeld, which is intended to cut the journey time by 25 minutes. Trains are due to start running "
  "at the end of 2028.",
  errors=[E("boring from the northern portal at Leitenfeld towards the southern portal near Auerbach", "role", "minor",
            "from the southern portal near Auerbach towards the northern portal at Leitenfeld")],
  traps=[T("5.8 km", "5.8-kilometre"),
         T("over three months earlier than planned", "more than three months ahead of schedule"),
         T("Some 160 workers", "around 160 workers")])

# 39
C("road salt", "summary",
  "Highland Roads Agency has built up a stock of 68,000 tonnes of road salt ahead of the winter, 15% more than last "
  "year, after running short during a cold spell in January. Chief engineer Morag Baird said the agency's 11 depots "
  "were now full and a further 20,000 tonnes had been ordered from the supplier, Coastal Minerals, for delivery in "
  "December. The agency will also trial a mixture of salt and beet juice on 40 miles of hill roads near Strathcarron, "
  "which it says sticks to the surface better in freezing rain. Its gritter fleet has been increased from 52 to 58 "
  "vehicles.",
  "Highland Roads Agency has stockpiled 68,000 tonnes of road salt for the winter, up 15% on last year after running "
  "short in January, and has ordered another 20,000 tonnes from supplier Strathcarron for December delivery. A "
  "salt-and-beet-juice mix will be trialled on 40 miles of hill roads, and the gritter fleet has grown from 52 to 58.",
  errors=[E("Strathcarron", "entity", "major", "Coastal Minerals")],
  traps=[T("stockpiled", "built up a stock of"),
         T("up 15% on last year", "15% more than last year")])

# 40
C("snow ploughs", "translation",
  "The municipality of Östervik has bought eight new snow ploughs for a total of 19 million kronor to replace vehicles "
  "that are more than 20 years old. The machines, which will be delivered in November, have plough blades that can be "
  "adjusted from the cab and use about 15 percent less fuel than the old ones. According to the head of the technical "
  "department, Lars Engström, the municipality will also hire two additional drivers so that all main roads can be "
  "cleared within four hours of a snowfall ending. Last winter, residents submitted over 600 complaints about "
  "uncleared streets.",
  "Östervik municipality has purchased eight new snowploughs for 19 million kronor in all, replacing vehicles over two "
  "decades old. The machines are to be delivered in November; their blades can be adjusted from inside the cab and "
  "they consume roughly 15 percent less fuel than their predecessors. Lars Engström, head of the technical department, "
  "said two extra drivers would also be taken on so that every main road can be cleared no later than four hours "
  "after snow stops falling. More than 600 complaints about streets left uncleared were lodged by residents last "
  "winter.",
  traps=[T("over two decades old", "more than 20 years old"),
         T("roughly 15 percent less fuel", "about 15 percent less fuel"),
         T("their predecessors", "the old ones"),
         T("no later than four hours after snow stops falling", "within four hours of a snowfall ending"),
         T("More than 600 complaints", "over 600 complaints")])

# ------------------------------------------------------- build and validate

EXPECTED_TYPES = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3,
                  "modality": 3, "attribution": 3, "event": 2, "omission": 2,
                  "addition": 2, "repetition": 2}


def words(s):
    return len(re.findall(r"\S+", s))


def find_occ(hay, needle, occ, what):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("%s: %r (occurrence %d) not found" % (what, needle, occ))
    return pos


def at_boundary(s, i):
    """True when position i does not fall inside a word."""
    if i <= 0 or i >= len(s):
        return True
    return not (s[i - 1].isalnum() and s[i].isalnum())


def build():
    problems = []
    records = []
    for n, case in enumerate(CASES, 1):
        cid = "%s-%03d" % (SET_ID, n)
        ref, cand = case["reference"], case["candidate"]

        def bad(msg):
            problems.append("%s (%s): %s" % (cid, case["domain"], msg))

        if case["mode"] not in MODES:
            bad("bad mode %r" % case["mode"])
        if case["domain"] not in DOMAINS:
            bad("domain not in list")
        nw = words(ref)
        if not 70 <= nw <= 190:
            bad("reference has %d words" % nw)
        if case["mode"] == "summary" and words(cand) >= nw:
            bad("summary not shorter than reference")
        if ref == cand:
            bad("candidate identical to reference")
        for s, name in ((ref, "reference"), (cand, "candidate")):
            if s != s.strip() or "  " in s:
                bad("%s has stray whitespace" % name)

        spans = []      # (start, end, label) for non-empty spans
        points = []     # omission points
        errors = []
        for e in case["errors"]:
            et, sev, rt = e["type"], e["severity"], e["ref_text"]
            if et not in ERROR_TYPES:
                bad("bad error type %r" % et)
            if sev not in SEVERITIES:
                bad("bad severity %r" % sev)
            try:
                if e["kind"] == "omit":
                    if case["mode"] == "summary":
                        bad("omission in a summary")
                    start = find_occ(cand, e["after"], e["occ"], "omission anchor") + len(e["after"])
                    end = start
                    if not at_boundary(cand, start):
                        bad("omission point inside a word")
                    if not rt or rt.lower() in cand.lower():
                        bad("omitted words %r present in candidate" % rt)
                    points.append(start)
                else:
                    if et == "omission":
                        bad("omission given as a span")
                    text = e["text"]
                    if not text or text != text.strip():
                        bad("error text empty or padded: %r" % text)
                    start = find_occ(cand, text, e["occ"], "error span")
                    end = start + len(text)
                    if not (at_boundary(cand, start) and at_boundary(cand, end)):
                        bad("error span %r cuts a word" % text)
                    if et == "repetition" and cand.find(text) >= start:
                        bad("repetition %r has no earlier copy" % text)
                    spans.append((start, end, "error " + text))
            except ValueError as exc:
                bad(str(exc))
                continue
            if et in ("addition", "repetition"):
                if rt is not None:
                    bad("%s must have ref_text null" % et)
            else:
                if not rt or rt not in ref:
                    bad("error ref_text %r not in reference" % rt)
                if et != "omission" and rt == e["text"]:
                    bad("error text equals its ref_text")
            errors.append({"start": start, "end": end, "text": cand[start:end], "type": et,
                           "severity": sev, "ref_text": rt})

        traps = []
        for t in case["traps"]:
            try:
                start = find_occ(cand, t["text"], t["occ"], "trap")
            except ValueError as exc:
                bad(str(exc))
                continue
            end = start + len(t["text"])
            if t["text"] != t["text"].strip() or not t["text"]:
                bad("trap text padded: %r" % t["text"])
            if not (at_boundary(cand, start) and at_boundary(cand, end)):
                bad("trap span %r cuts a word" % t["text"])
            if t["ref_text"] not in ref:
                bad("trap ref_text %r not in reference" % t["ref_text"])
            if t["ref_text"] == t["text"]:
                bad("trap text identical to its ref_text")
            spans.append((start, end, "trap " + t["text"]))
            traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": t["ref_text"]})

        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if a[1] > b[0]:
                bad("overlap: %r / %r" % (a[2], b[2]))
        for p in points:
            for s, e_, lab in spans:
                if s < p < e_:
                    bad("omission point inside %r" % lab)

        label = "inconsistent" if errors else "consistent"
        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad("consistent pair with %d traps" % len(traps))
        if label == "inconsistent" and not 0 <= len(traps) <= 3:
            bad("inconsistent pair with %d traps" % len(traps))
        if label == "inconsistent" and len(errors) > 2:
            bad("more than two errors")

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: x["start"])
        records.append({"id": cid, "domain": case["domain"], "mode": case["mode"],
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})

    # set-level composition
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    ml = Counter((r["mode"], r["label"]) for r in records)
    for mode, half in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for lab in ("consistent", "inconsistent"):
            if ml[(mode, lab)] != half:
                problems.append("%s/%s: %d, expected %d" % (mode, lab, ml[(mode, lab)], half))
    tc = Counter(e["type"] for r in records for e in r["errors"])
    if dict(tc) != EXPECTED_TYPES:
        problems.append("error types %s differ from %s" % (dict(tc), EXPECTED_TYPES))
    if sum(tc.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(tc.values()))
    return records, problems


def report(records):
    print("pairs:", len(records))
    print("by mode:", dict(Counter(r["mode"] for r in records)))
    print("by label:", dict(Counter(r["label"] for r in records)))
    print("by mode/label:", {"%s/%s" % k: v for k, v in
                             sorted(Counter((r["mode"], r["label"]) for r in records).items())})
    errs = [e for r in records for e in r["errors"]]
    print("errors:", len(errs), {t: Counter(e["type"] for e in errs)[t] for t in ERROR_TYPES})
    print("severity:", dict(Counter(e["severity"] for e in errs)))
    print("errors per inconsistent pair:",
          dict(Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    print("traps:", sum(len(r["traps"]) for r in records))
    wc = [words(r["reference"]) for r in records]
    print("reference words: min %d, max %d" % (min(wc), max(wc)))


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    report(records)
    if check_only:
        print("check passed; nothing written")
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
