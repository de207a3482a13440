#!/usr/bin/env python3
"""Build independent evaluation set 9 (set9.jsonl) of hand-written reference/candidate pairs.

How this set was made
---------------------
Every reference and candidate text below was written by hand, for this file, by a helper that saw
no code, tests, benchmarks, seeds or data of the project; it worked only from a written brief that
describes the record format and the composition of the set.  All people, companies, organisations,
places, vessels and figures are invented; real countries appear only as background.

Each case is stored as plain Python data.  Character offsets are never typed by hand: every quoted
span is located in the candidate by string search (an occurrence index is given wherever the quoted
text repeats), and omissions are placed at the end (or start) of a quoted anchor.  The script then
validates everything (offsets, word boundaries, overlaps, reference quotes, omissions, summary length,
trap counts, the composition of the set) and writes set9.jsonl next to itself.

Usage:
    python3 make_set9.py           # validate and write set9.jsonl
    python3 make_set9.py --check   # validate only, write nothing

Composition: 40 pairs (20 consistent, 20 inconsistent); 20 rewrites, 10 summaries, 10 translations;
30 errors over the eleven error types (at least 2 of each); consistent pairs carry 3-5 traps each.
"""

import json
import os
import random
import re
import sys
from collections import Counter

SET_NO = 9
ERROR_TYPES = ("entity", "number", "date", "role", "polarity", "modality", "attribution",
               "event", "omission", "addition", "repetition")
SEVERITIES = ("minor", "major", "critical")
MODES = ("rewrite", "summary", "translation")


# ----------------------------------------------------------------------------------------------
# helpers for writing cases
# ----------------------------------------------------------------------------------------------

def E(text, etype, severity, ref, occ=None):
    """An error whose span is the quoted candidate text."""
    return {"kind": "error", "text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ}


def OMIT(missing, severity, after=None, before=None, occ=None):
    """An omission placed right after (or right before) a quoted anchor in the candidate."""
    return {"kind": "error", "text": "", "type": "omission", "severity": severity,
            "ref_text": missing, "after": after, "before": before, "occ": occ}


def T(text, ref, occ=None):
    """A trap: candidate text worded differently from the reference but faithful."""
    return {"kind": "trap", "text": text, "ref_text": ref, "occ": occ}


def C(domain, mode, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}


# ----------------------------------------------------------------------------------------------
# the cases
# ----------------------------------------------------------------------------------------------

CASES = [
    # ---------------------------------------------------------------- inconsistent rewrites
    C("insurance", "rewrite",
      "The Penrose Tenants' Association has filed a lawsuit against Harlow Mutual, accusing the insurer "
      "of delaying payouts to 214 households whose flats were damaged when a water main burst under "
      "Quarry Lane in February. According to the complaint, lodged at the Brackwater County Court on "
      "Monday, the company took an average of 97 days to settle claims, well beyond the 30-day target "
      "in its own service charter. Harlow Mutual said it would contest the case and that many claims had "
      "required structural surveys before payment could be approved. The association's chair, Odile "
      "Menks, said residents had been forced to pay for temporary repairs out of their own pockets. A "
      "preliminary hearing could take place as early as June, court officials said.",
      "Harlow Mutual has filed a lawsuit against the Penrose Tenants' Association over delayed payouts "
      "to 214 households whose flats were damaged in February, when a water main burst beneath Quarry "
      "Lane. The complaint, lodged at Brackwater County Court on Monday, says the insurer took 97 days on "
      "average to settle claims \u2014 far longer than the 30-day target set out in its own service "
      "charter. Harlow Mutual said it would fight the case, arguing that many claims needed structural "
      "surveys before payment could be signed off. Odile Menks, who chairs the association, said "
      "residents had been left to fund temporary repairs themselves. Court officials said a preliminary "
      "hearing is set for June.",
      errors=[
          E("Harlow Mutual has filed a lawsuit against the Penrose Tenants' Association", "role",
            "critical", "The Penrose Tenants' Association has filed a lawsuit against Harlow Mutual"),
          E("is set for June", "modality", "major", "could take place as early as June"),
      ],
      traps=[
          T("beneath Quarry Lane", "under Quarry Lane"),
          T("97 days on average", "an average of 97 days"),
          T("fight the case", "contest the case"),
          T("Odile Menks, who chairs the association", "The association's chair, Odile Menks"),
      ]),

    C("shipping", "rewrite",
      "The container ship Marisol Ventura ran aground on a sandbank outside the port of Keldhaven late "
      "on Thursday, blocking the main approach channel for nearly 14 hours. The vessel, which was "
      "carrying 3,200 containers from Port Averin, was refloated by four tugs on Friday morning during "
      "the high tide. The harbour authority said no oil had leaked and none of the 22 crew members was "
      "injured. Eleven other ships were forced to wait at anchor until the channel reopened. An initial "
      "inspection found minor damage to the hull, and the ship will undergo a full survey in dry dock "
      "before resuming service. The Keldhaven pilots' union has repeatedly called for the channel to be "
      "dredged, saying the sandbanks have shifted since last winter's storms.",
      "Late on Thursday the container ship Marisol Ventura went aground on a sandbank off Keldhaven, "
      "closing the port's main approach channel for almost 14 hours. Four tugs pulled the vessel free at "
      "high tide on Friday morning; it had been carrying 2,300 containers from Port Averin. According to "
      "the harbour authority, there was no oil spill and all 22 crew members were unhurt. While the "
      "channel was shut, eleven other vessels had to wait at anchor. A first inspection found only minor "
      "damage to the hull, but the ship will be given a full survey in dry dock before it returns to "
      "service. The Keldhaven pilots' union has called again and again for the channel to be dredged.",
      errors=[
          E("2,300 containers", "number", "major", "3,200 containers"),
          OMIT("saying the sandbanks have shifted since last winter's storms", "major",
               after="for the channel to be dredged"),
      ],
      traps=[
          T("off Keldhaven", "outside the port of Keldhaven"),
          T("almost 14 hours", "nearly 14 hours"),
          T("all 22 crew members were unhurt", "none of the 22 crew members was injured"),
          T("called again and again", "repeatedly called"),
      ]),

    C("education", "rewrite",
      "The Velmont school board voted 6\u20133 on Tuesday night to delay the closure of Ashgrove Primary "
      "until the end of the 2026 school year, giving parents an extra twelve months to find alternative "
      "places. The board had originally planned to shut the school, which has 140 pupils, next summer. "
      "Superintendent Carla Duvessy told the meeting that the district could not afford to keep the "
      "building open indefinitely, citing a repair bill of $2.1 million for the roof and heating system. "
      "She stressed that inspectors had found no evidence that the building was unsafe to use in the "
      "meantime. Several parents urged the board to consider merging Ashgrove with nearby Linden Hill "
      "Primary instead. The board agreed to commission a study of that option, with results due in March.",
      "By six votes to three, Velmont's school board decided on Tuesday night to postpone closing "
      "Ashgrove Primary until the end of the 2026 school year, which gives parents another year to find "
      "their children places elsewhere. Under the original plan, the 140-pupil school would have shut "
      "next summer. The district could not afford to keep the building open indefinitely, "
      "Superintendent Carla Duvessy told the meeting, pointing to a $2.1m bill for repairs to the roof "
      "and heating. She acknowledged that inspectors had found signs the building was unsafe to use in "
      "the meantime. A number of parents pressed the board to look instead at merging Ashgrove with "
      "nearby Linden Hill Primary, and the board agreed to commission a study of that idea, which is due "
      "to report in May.",
      errors=[
          E("inspectors had found signs the building was unsafe", "polarity", "critical",
            "inspectors had found no evidence that the building was unsafe"),
          E("in May", "date", "major", "in March"),
      ],
      traps=[
          T("By six votes to three", "voted 6\u20133"),
          T("another year", "an extra twelve months"),
          T("the 140-pupil school", "which has 140 pupils"),
          T("$2.1m", "$2.1 million"),
      ]),

    C("energy", "rewrite",
      "Operators of the Brennock Ridge solar farm have temporarily disconnected 40 of its 120 inverter "
      "units after an electrical fire on Sunday damaged a substation on the site. Nobody was hurt, and "
      "firefighters from Tallow Cross brought the blaze under control within an hour. Stennard Energy, "
      "which runs the plant, said the remaining units were still feeding power into the regional grid, "
      "although total output had fallen by about a third. The company expects the damaged substation to "
      "be repaired by the end of the month. Investigators from the regional safety regulator visited the "
      "site on Monday to establish the cause of the fire.",
      "Forty of the 120 inverter units at the Brennock Ridge solar farm have been taken offline "
      "temporarily after a substation on the site was damaged by an electrical fire on Sunday. No one "
      "was injured, and fire crews from Tallow Cross had the blaze under control in less than an hour. "
      "The plant's operator, Stennard Energy, said the other units were still supplying the regional "
      "grid, though overall output was down by roughly a third. It expects the damaged substation to be "
      "replaced by the end of the month. On Monday, investigators from the regional safety regulator "
      "went to the site to determine what caused the fire.",
      errors=[
          E("to be replaced", "event", "major", "to be repaired"),
      ],
      traps=[
          T("taken offline temporarily", "temporarily disconnected"),
          T("in less than an hour", "within an hour"),
          T("The plant's operator, Stennard Energy", "Stennard Energy, which runs the plant"),
          T("down by roughly a third", "fallen by about a third"),
      ]),

    C("housing", "rewrite",
      "Rents for two-bedroom flats in Corrowby rose by 11 percent in the year to September, the steepest "
      "increase in the region, according to figures published on Wednesday by the Corrowby Housing "
      "Observatory. The average monthly rent reached 1,340 euros, up from 1,207 a year earlier. The "
      "observatory linked the rise to a shortage of new construction, noting that only 380 homes were "
      "completed in the city last year against a target of 1,000. Mayor In\u00e8s Valderon said the "
      "council would publish a plan next month to release municipal land for building. Landlords' group "
      "Proprietas argued that rent controls introduced in 2021 had discouraged investment.",
      "Rents for two-bedroom flats in Corrowby went up 11% in the twelve months to September \u2014 the "
      "sharpest rise anywhere in the region, according to data released on Wednesday by the Corrowby "
      "Housing Observatory. Average monthly rent climbed to \u20ac1,340, from \u20ac1,207 a year "
      "earlier. The observatory attributed the increase to a lack of new building: just 380 homes were "
      "completed in the city last year, well short of the 1,000 targeted. Mayor In\u00e8s Valderon said "
      "the council would set out a plan next month to free up municipal land for construction, "
      "including the former Sallent barracks site. The observatory also blamed rent controls, "
      "introduced in 2021, for discouraging investment.",
      errors=[
          E("The observatory also blamed rent controls", "attribution", "major",
            "Landlords' group Proprietas argued that rent controls"),
          E("including the former Sallent barracks site", "addition", "minor", None),
      ],
      traps=[
          T("11%", "11 percent"),
          T("the sharpest rise anywhere in the region", "the steepest increase in the region"),
          T("\u20ac1,340", "1,340 euros"),
          T("well short of the 1,000 targeted", "against a target of 1,000"),
      ]),

    C("mining", "rewrite",
      "The copper mine at Gorran Flats will cut 260 jobs over the next six months after output fell for "
      "a third consecutive year, its owner Tavistrand Resources announced on Thursday. The company said "
      "ore grades at the site had declined faster than expected and that deeper extraction was no longer "
      "economic at current prices. Most of the cuts will affect contract workers, but about 70 permanent "
      "staff will also be made redundant. The regional mining union, Ferrum Workers, said it would seek "
      "talks with management about redeployment to the company's nickel project at Essenby. Gorran Flats "
      "currently employs around 1,100 people and is the largest private employer in the district.",
      "Tavistrand Resources said on Thursday that it would shed 260 jobs at its Essenby copper mine over "
      "the coming six months, after production declined for the third year running. Ore grades there had "
      "fallen more quickly than anticipated, the company said, and at today's prices it no longer made "
      "economic sense to mine deeper. Most of the cuts will fall on contract workers. Ferrum Workers, the "
      "regional mining union, said it would ask management for talks on moving staff to the company's "
      "nickel project at Essenby. The copper mine currently has a workforce of about 1,100 and is the "
      "district's biggest private employer.",
      errors=[
          E("Essenby", "entity", "major", "Gorran Flats", occ=0),
          OMIT("but about 70 permanent staff will also be made redundant", "major",
               after="Most of the cuts will fall on contract workers"),
      ],
      traps=[
          T("the third year running", "a third consecutive year"),
          T("at today's prices", "at current prices"),
          T("a workforce of about 1,100", "employs around 1,100 people"),
          T("the district's biggest private employer", "the largest private employer in the district"),
      ]),

    C("fisheries", "rewrite",
      "Fishing crews in the Sorrel Bay cooperative landed 4,800 tonnes of mackerel this season, down 18 "
      "percent on last year, the cooperative's annual report shows. Warmer sea temperatures pushed "
      "shoals further north, forcing boats to travel longer distances and burn more fuel, said the "
      "report's author, marine economist Petra Lindqvar. Average fuel costs per trip rose to 2,600 "
      "crowns. The cooperative has asked the fisheries ministry to allow its 36 vessels to fish an "
      "additional two days a month during the autumn. The ministry said it would respond after "
      "reviewing stock assessments due in November. Lindqvar warned that smaller family-owned boats "
      "were most at risk if catches kept falling.",
      "The Sorrel Bay cooperative's crews brought in 4,800 tonnes of mackerel this season, 18% less than "
      "last year, according to the cooperative's annual report. Its author, the marine economist Petra "
      "Lindqvar, said the shoals had moved further north as the sea warmed, so boats had to go further "
      "and burn more fuel; the average fuel bill per trip climbed to 2,600 crowns. The cooperative wants "
      "the fisheries ministry to let its 36 vessels fish two extra days a week in the autumn. The "
      "ministry will give its answer once it has reviewed stock assessments due in November. With the "
      "shoals moving north, boats have had to travel further and burn more fuel. Lindqvar warned that "
      "small family-run boats would be hit hardest if catches continued to fall.",
      errors=[
          E("two extra days a week", "number", "major", "an additional two days a month"),
          E("With the shoals moving north, boats have had to travel further and burn more fuel.",
            "repetition", "minor", None),
      ],
      traps=[
          T("18% less than last year", "down 18 percent on last year"),
          T("the average fuel bill per trip", "Average fuel costs per trip"),
          T("family-run boats", "family-owned boats"),
          T("would be hit hardest", "were most at risk"),
      ]),

    C("aviation", "rewrite",
      "Regional carrier Skylark Connect has agreed to buy six turboprop aircraft from its struggling "
      "rival Pellam Air for 84 million dollars, the two airlines said in a joint statement on Friday. The "
      "deal, which still needs approval from the competition authority, would allow Skylark to add "
      "routes to four island airports that it does not currently serve. Pellam Air will keep its "
      "remaining eight aircraft and continue flying its mainland network. Pellam's chief executive, "
      "Jonas Ferreira-Haldt, said the sale would reduce the company's debt by more than half. Analysts "
      "at Brightwater Securities said the price was roughly in line with market values for aircraft of "
      "that age.",
      "Skylark Connect is to sell six turboprop aircraft to its struggling rival Pellam Air for $84m, the "
      "two airlines announced in a joint statement on Friday. If the competition authority "
      "signs off on the deal, Skylark will be able to add routes to four island airports it does not fly "
      "to at present. Pellam will hold on to its other eight aircraft and keep operating its mainland "
      "network. According to Pellam's chief executive, Jonas Ferreira-Haldt, the sale will more than "
      "halve the company's debt. Brightwater Securities analysts said the price was broadly consistent "
      "with market values for planes of that age.",
      errors=[
          E("Skylark Connect is to sell six turboprop aircraft to its struggling rival Pellam Air",
            "role", "critical",
            "Skylark Connect has agreed to buy six turboprop aircraft from its struggling rival Pellam Air"),
      ],
      traps=[
          T("$84m", "84 million dollars"),
          T("If the competition authority signs off on the deal",
            "which still needs approval from the competition authority"),
          T("more than halve the company's debt", "reduce the company's debt by more than half"),
          T("broadly consistent with", "roughly in line with"),
      ]),

    C("public health", "rewrite",
      "Health officials in the province of Marrowdene have confirmed 37 cases of measles since the start "
      "of March, most of them among unvaccinated children under five. The outbreak began at a daycare "
      "centre in the town of Castel Vey and has since spread to two neighbouring districts. Provincial "
      "epidemiologist Dr Amara Quell said there had been no deaths, though nine children had been "
      "admitted to hospital. Mobile vaccination clinics will visit schools and community centres over "
      "the next three weeks. Dr Quell urged parents to check their children's records, noting that "
      "vaccination rates in the affected districts had fallen to 81 percent, well below the 95 percent "
      "needed to prevent outbreaks.",
      "Since the beginning of March, 37 measles cases have been confirmed by health officials in "
      "Marrowdene province. Most of those infected are children under five who had already been "
      "vaccinated. The outbreak started at a daycare centre in Castel Vey and has since reached two "
      "neighbouring districts. Nobody has died, provincial epidemiologist Dr Amara Quell said, although "
      "nine children have been hospitalised. Over the next three weeks, mobile vaccination clinics will "
      "tour schools and community centres. Dr Quell urged parents to check their children's vaccination "
      "records: in the affected districts coverage has dropped to 81%, far below the 95% required to "
      "stop outbreaks.",
      errors=[
          E("who had already been vaccinated", "polarity", "critical", "unvaccinated"),
      ],
      traps=[
          T("Marrowdene province", "the province of Marrowdene"),
          T("Nobody has died", "there had been no deaths"),
          T("hospitalised", "admitted to hospital"),
          T("far below the 95% required to stop outbreaks",
            "well below the 95 percent needed to prevent outbreaks"),
      ]),

    C("elections", "rewrite",
      "Election officials in the Darrow Valley district have ordered a full manual recount of last "
      "Sunday's council vote after the margin between the two leading candidates came in at just 43 "
      "ballots. Incumbent councillor Ruth Abernay received 5,112 votes, while challenger Tomas Greel "
      "received 5,069. The recount is scheduled to begin on Thursday and may take up to four days, the "
      "district returning officer, Helen Makasa, said. Greel's campaign had asked for the recount on "
      "Monday, citing irregularities at two polling stations, but Makasa said the recount was required "
      "by law whenever the margin fell below 0.5 percent and was not a response to any complaint.",
      "After last Sunday's council election in the Darrow Valley district ended with only 43 ballots "
      "separating the two front-runners, election officials have ordered every vote to be counted again "
      "by hand. Sitting councillor Ruth Abernay won 5,112 votes to challenger Tomas Greel's 5,069. "
      "District returning officer Helen Makasa said the recount would start on Tuesday and would take "
      "four days. Greel's campaign requested a recount on Monday, alleging irregularities at two polling "
      "stations, but Makasa said the law required a recount whenever the margin was under 0.5 percent, "
      "and that it had not been ordered in response to any complaint.",
      errors=[
          E("on Tuesday", "date", "major", "on Thursday"),
          E("would take four days", "modality", "minor", "may take up to four days"),
      ],
      traps=[
          T("only 43 ballots separating the two front-runners",
            "the margin between the two leading candidates came in at just 43 ballots"),
          T("every vote to be counted again by hand", "a full manual recount"),
          T("Sitting councillor", "Incumbent councillor"),
      ]),

    # ---------------------------------------------------------------- inconsistent summaries
    C("courts", "summary",
      "A judge at the Harnbury Crown Court on Wednesday sentenced former bank manager Declan Orrey to "
      "four years in prison for stealing 310,000 pounds from the accounts of elderly customers over a "
      "period of six years. Orrey, 52, had pleaded guilty in January to twelve counts of fraud. Judge "
      "Miriam Shalcott said he had exploited the trust of vulnerable people who regarded him as a "
      "friend. The prosecution told the court that most of the money had been spent on gambling. "
      "Orrey's lawyer said his client was deeply ashamed and had already repaid 45,000 pounds. The bank, "
      "Calloway & Finch, said it had reimbursed all of the affected customers in full and had since "
      "tightened its internal controls.",
      "Former bank manager Declan Orrey, 52, has been jailed for four years at Harnbury Crown Court for "
      "stealing \u00a3310,000 from elderly customers over six years. Orrey, who was convicted in January "
      "on twelve counts of fraud, spent most of the money on gambling, his lawyer told the court. The "
      "bank, Calloway & Finch, has repaid the victims in full.",
      errors=[
          E("was convicted", "event", "major", "had pleaded guilty"),
          E("his lawyer told the court", "attribution", "major", "The prosecution told the court"),
      ],
      traps=[
          T("jailed for four years", "to four years in prison"),
          T("\u00a3310,000", "310,000 pounds"),
          T("repaid the victims in full", "reimbursed all of the affected customers in full"),
      ]),

    C("sports", "summary",
      "Kestrel Rovers clinched their first league title in 31 years on Saturday with a 2\u20131 win away "
      "at Dunmore Athletic, with two games of the season still to play. Striker Leon Abiola scored both "
      "goals, taking his tally for the season to 27, a club record. Dunmore had taken the lead through a "
      "first-half penalty before Abiola equalised shortly after the break and then headed the winner in "
      "the 88th minute. About 3,000 travelling supporters celebrated on the pitch after the final "
      "whistle. Rovers manager Sanna Virtanen, who took over the club when it was in the second division "
      "four years ago, said the title belonged to the fans who had stayed loyal through the lean years.",
      "Kestrel Rovers have won the league for the first time in 31 years, sealing the title with two "
      "matches to spare after coming from behind to beat Dunmore Athletic 2\u20131 away. Leon Abiola "
      "netted both goals, the second an 88th-minute header, to reach a club-record 27 for the season. "
      "Manager Sanna Virtanen dedicated the triumph to supporters who had stuck with the club through "
      "hard times. Abiola's two goals, the second a late header, took him to a club-record 27 for the "
      "season.",
      errors=[
          E("Abiola's two goals, the second a late header, took him to a club-record 27 for the season.",
            "repetition", "minor", None),
      ],
      traps=[
          T("with two matches to spare", "with two games of the season still to play"),
          T("coming from behind", "Dunmore had taken the lead"),
          T("netted both goals", "scored both goals"),
          T("dedicated the triumph to supporters", "said the title belonged to the fans"),
      ]),

    C("science", "summary",
      "Researchers at the University of Tollmere have identified a previously unknown species of "
      "freshwater crab in a cave system in the Verrant Hills, the team reported in the journal "
      "Subterranean Biology this week. The crab, named Cavernotelphusa pallida, is almost entirely "
      "colourless and has greatly reduced eyes, adaptations typical of animals that live in permanent "
      "darkness. Lead author Dr Yusuf Achterberg said only 14 individuals had been found, all in a single "
      "underground stream about 400 metres from the cave entrance. The team has recommended that the "
      "cave be closed to recreational visitors to protect the population, a proposal the regional parks "
      "authority said it would consider.",
      "Scientists from the University of Tollmere have described a new species of freshwater crab from "
      "a cave system in the Tollmere Hills, the first new crab species recorded in the region for half a "
      "century. Cavernotelphusa pallida is nearly colourless with much-reduced eyes, typical of animals "
      "adapted to perpetual darkness. Just 14 have been found, all in one underground stream, and the "
      "team wants the cave shut to recreational visitors; the regional parks authority says it will "
      "consider the idea.",
      errors=[
          E("Tollmere Hills", "entity", "major", "Verrant Hills"),
          E("the first new crab species recorded in the region for half a century", "addition",
            "major", None),
      ],
      traps=[
          T("nearly colourless", "almost entirely colourless"),
          T("perpetual darkness", "permanent darkness"),
          T("Just 14 have been found", "only 14 individuals had been found"),
      ]),

    C("weather", "summary",
      "Storm Idria brought gusts of up to 148 kilometres per hour to the northern coast overnight, "
      "cutting power to around 62,000 homes and forcing the closure of the Harrowgate Bridge for the "
      "first time in nine years. The national weather service said 96 millimetres of rain fell in twelve "
      "hours at the Selby Point station, a record for October. Two people were injured by falling trees "
      "in the town of Ambrose. Power company Nordgrid said it expected to restore electricity to most "
      "customers by Wednesday evening but warned that some rural areas could remain without supply until "
      "the weekend. Forecasters expect the wind to ease by Tuesday afternoon, though further heavy "
      "showers are likely.",
      "Storm Idria lashed the northern coast overnight with gusts reaching 148 mph, leaving some 62,000 "
      "homes without power and shutting the Harrowgate Bridge for the first time in nine years. At "
      "Selby Point, 96 mm of rain fell in twelve hours, an October record, and falling trees injured two "
      "people in Ambrose. Nordgrid expects most customers to be reconnected by Wednesday evening, though "
      "some rural areas may wait until the weekend.",
      errors=[
          E("148 mph", "number", "major", "148 kilometres per hour"),
      ],
      traps=[
          T("some 62,000 homes", "around 62,000 homes"),
          T("96 mm", "96 millimetres"),
          T("reconnected", "restore electricity"),
          T("may wait until the weekend", "could remain without supply until the weekend"),
      ]),

    C("technology", "summary",
      "Software firm Quillon Systems has been fined 2.4 million euros by the national data protection "
      "authority after a security flaw exposed the personal details of about 190,000 users of its online "
      "tax-filing service. The flaw was discovered by researchers at the cybersecurity company Brandt "
      "Labs, who alerted Quillon in March. The authority said Quillon had then waited five months before "
      "fixing it and had failed to notify affected users within the legally required 72 hours. Quillon "
      "said it accepted the findings and would not appeal, adding that there was no evidence the exposed "
      "data had been misused. An independent audit found that passwords had been stored without "
      "encryption. Quillon has since appointed a new chief security officer, Maren Oduya.",
      "Quillon Systems has been fined \u20ac2.4m by the national data protection authority over a flaw "
      "that exposed data on some 190,000 users of its online tax-filing service. The flaw was first "
      "spotted by Quillon, which alerted the cybersecurity firm Brandt Labs in March, but it took five "
      "months to fix and users were not told within the mandatory 72 hours. Quillon rejected the "
      "findings, saying there was no evidence of misuse.",
      errors=[
          E("Quillon, which alerted the cybersecurity firm Brandt Labs", "role", "critical",
            "researchers at the cybersecurity company Brandt Labs, who alerted Quillon"),
          E("rejected the findings", "polarity", "critical", "accepted the findings"),
      ],
      traps=[
          T("\u20ac2.4m", "2.4 million euros"),
          T("some 190,000 users", "about 190,000 users"),
          T("it took five months to fix", "waited five months before fixing it"),
          T("users were not told within the mandatory 72 hours",
            "failed to notify affected users within the legally required 72 hours"),
      ]),

    # ---------------------------------------------------------------- inconsistent translations
    C("local government", "translation",
      "The municipal council of San Ilario di Mora approved on 14 May a budget of 3.8 million euros for "
      "the restoration of the old covered market, closed since 2019 for safety reasons. The works, "
      "entrusted to the local firm Edilcosta, should begin in September and last around eighteen months. "
      "According to the mayor, Graziella Fenu, the building will host a fresh produce market on the "
      "ground floor and spaces for associations on the upper floor. The opposition voted against, "
      "judging the cost excessive for a town of 9,000 inhabitants. Part of the funds, 1.2 million, comes "
      "from a regional grant obtained last year.",
      "On 14 May the town council of San Ilario di Mora gave the green light to spending \u20ac3.8 "
      "million on restoring the old covered market, which has been shut on safety grounds since 2009. "
      "The work has been awarded to Edilcosta, a local company, and is due to start in September, "
      "lasting roughly a year and a half. Mayor Graziella Fenu says the ground floor will house a fresh "
      "food market, while the floor above will be given over to local associations. Opposition "
      "councillors voted no, arguing that the price tag was too high for a town of 9,000 people. Of the "
      "total, \u20ac1.2 million comes from a regional grant secured last year.",
      errors=[
          E("2009", "date", "major", "2019"),
      ],
      traps=[
          T("gave the green light", "approved"),
          T("shut on safety grounds", "for safety reasons"),
          T("roughly a year and a half", "around eighteen months"),
          T("voted no", "voted against"),
      ]),

    C("culture", "translation",
      "The Museum of Fine Arts of Valdecorvo will open on Friday the first retrospective devoted to the "
      "painter Ximena Arrabal, who died in 1988 and whose work remained almost unknown outside her native "
      "region for decades. The exhibition gathers 86 works, among them oils, drawings and a series of "
      "engravings lent by the Lisbon collector Artur Menezes. The curator, Pilar Odriozola, explains that "
      "Arrabal painted mainly landscapes of the salt marshes near her village, Salinas de Brea. The show "
      "will remain open until 30 January, and entry will be free on Sundays. Organisers expect some "
      "40,000 visitors.",
      "From Friday, the Valdecorvo Museum of Fine Arts is staging the first ever retrospective of Ximena "
      "Arrabal, a painter who died in 1988 and whose work was for decades barely known beyond the region "
      "where she was born. On show are 86 pieces \u2014 oil paintings, drawings and a set of engravings on "
      "loan from Artur Menezes, a collector based in Porto. According to curator Pilar Odriozola, Arrabal "
      "mostly painted the salt marshes around her home village of Salinas de Brea. The exhibition runs "
      "until 30 January, with free admission on Sundays, and the organisers are expecting around 40,000 "
      "visitors.",
      errors=[
          E("Porto", "entity", "minor", "Lisbon"),
      ],
      traps=[
          T("barely known beyond the region where she was born",
            "almost unknown outside her native region"),
          T("on loan from", "lent by"),
          T("runs until 30 January", "remain open until 30 January"),
          T("free admission on Sundays", "entry will be free on Sundays"),
      ]),

    C("agriculture", "translation",
      "The drought affecting the Kerrat plain since last autumn could reduce this year's wheat harvest "
      "by up to 35 percent, the regional chamber of agriculture warned on Tuesday. In some districts, "
      "rainfall since October has been less than half the usual amount. The chamber's president, Youssef "
      "Bennani-Draoui, asked the government to declare a state of agricultural emergency, which would "
      "allow farmers to postpone loan repayments. Several cooperatives have already begun selling part "
      "of their livestock because they can no longer afford fodder, whose price has doubled in six "
      "months. The ministry has promised to examine the request within two weeks.",
      "On Tuesday the regional chamber of agriculture warned that the drought gripping the Kerrat plain "
      "since last autumn will cut this year's wheat harvest by as much as 35%. Some districts have had "
      "less than half their normal rainfall since October. Youssef Bennani-Draoui, who heads the "
      "chamber, called on the government to declare an agricultural state of emergency, a step that "
      "would let farmers defer repayments on their loans. With the cost of fodder having doubled in six "
      "months, a number of cooperatives have already started selling off some of their animals because "
      "they can no longer pay for feed. The ministry has pledged to look at the request within a "
      "fortnight.",
      errors=[
          E("will cut", "modality", "major", "could reduce"),
      ],
      traps=[
          T("as much as 35%", "up to 35 percent"),
          T("who heads the chamber", "The chamber's president"),
          T("defer repayments on their loans", "postpone loan repayments"),
          T("within a fortnight", "within two weeks"),
      ]),

    C("transport", "translation",
      "The regional rail operator Ferrolinea suspended all services on the Montecasto\u2013Pradella line "
      "on Monday morning after a landslide buried about 30 metres of track near the Serra tunnel. No "
      "train was passing at the time, and there were no injuries. Replacement buses are running between "
      "the two towns, adding about forty minutes to the journey. Engineers estimate that clearing the "
      "debris and checking the slope will take at least ten days. The line carries some 6,500 passengers "
      "a day, many of them students travelling to the university in Pradella. Local mayors have asked for "
      "the slope above the tunnel to be reinforced, as it has already given way twice since 2020.",
      "Ferrolinea, which runs regional trains, halted every service on the line between Montecasto and "
      "Pradella on Monday morning when a landslide washed away roughly 30 metres of track close to the "
      "Serra tunnel. No train was on that stretch at the moment of the slide and nobody was hurt. Buses "
      "have been laid on to link the two towns, with journeys taking some forty minutes longer. According "
      "to engineers' estimates, removing the debris and inspecting the slope will take ten days at the "
      "very least. About 6,500 people use the line daily, many of them students commuting to Pradella's "
      "university. The slope above the tunnel has already collapsed twice since 2020, and local mayors "
      "are calling for it to be shored up.",
      errors=[
          E("washed away", "event", "major", "buried"),
      ],
      traps=[
          T("halted every service", "suspended all services"),
          T("Buses have been laid on", "Replacement buses are running"),
          T("ten days at the very least", "at least ten days"),
          T("shored up", "reinforced"),
      ]),

    C("labour", "translation",
      "Dockworkers at the port of Tessalonde will strike for 48 hours from Thursday to demand a 9 percent "
      "pay rise, the union SNTP announced yesterday. The port authority estimates that each day of "
      "stoppage costs around 2 million euros in delayed cargo. According to the union's secretary "
      "general, Bernard Achour, wages have not been revised since 2021 while the cost of living has risen "
      "by nearly 20 percent. Management has offered 4 percent, which the union considers insufficient. "
      "The transport minister called on both sides to resume negotiations before Thursday, saying the "
      "government would not intervene in the dispute.",
      "The SNTP union said yesterday that dockers at Tessalonde port would walk out for 48 hours starting "
      "on Thursday in support of their claim for a 9% wage increase. Each day without work costs roughly "
      "\u20ac2 million in held-up cargo, according to the union. Bernard Achour, the union's general "
      "secretary, said pay had not been reviewed since 2021, even though living costs had gone up by "
      "almost 20%. The employers have put 4% on the table, an offer the union regards as inadequate. "
      "Urging both parties to return to the negotiating table before Thursday, the transport minister "
      "said the government would stay out of the dispute.",
      errors=[
          E("according to the union", "attribution", "major", "The port authority estimates"),
      ],
      traps=[
          T("walk out", "strike"),
          T("9% wage increase", "9 percent pay rise"),
          T("general secretary", "secretary general"),
          T("would stay out of the dispute", "would not intervene in the dispute"),
      ]),

    # ---------------------------------------------------------------- consistent rewrites
    C("insurance", "rewrite",
      "Motor insurance premiums in Ostmere Bay province rose by an average of 14 percent last year, "
      "according to a report released on Monday by the consumer group FairCover. Drivers under 25 saw "
      "the largest increases, with average annual premiums climbing from 1,150 to 1,420 dollars. The "
      "report attributes much of the rise to higher repair costs, as modern cars contain more sensors "
      "and electronic parts that are expensive to replace. Insurers' association chair Dalia Ferraro "
      "said the industry had absorbed losses for three consecutive years and that prices were only now "
      "catching up. FairCover urged drivers to compare quotes before renewing, noting that the gap "
      "between the cheapest and most expensive offers for the same driver often exceeded 600 dollars.",
      "Car insurance in Ostmere Bay province cost drivers 14% more on average last year, the consumer "
      "group FairCover said in a report published on Monday. The steepest rises hit under-25s, whose "
      "average yearly premium went up from $1,150 to $1,420. Repairs have become pricier, the report "
      "says, and this explains much of the increase: modern vehicles are packed with sensors and "
      "electronics that cost a lot to replace. Dalia Ferraro, who chairs the insurers' association, said "
      "the industry had swallowed losses three years in a row and that premiums were only now catching "
      "up. FairCover advised motorists to shop around before renewing, pointing out that quotes for the "
      "same driver frequently differed by more than $600 between the cheapest and the dearest insurer.",
      traps=[
          T("14% more on average", "an average of 14 percent"),
          T("under-25s", "Drivers under 25"),
          T("$1,150 to $1,420", "1,150 to 1,420 dollars"),
          T("three years in a row", "three consecutive years"),
          T("shop around", "compare quotes"),
      ]),

    C("shipping", "rewrite",
      "The ferry operator Northwake Lines will launch a new overnight route between Port Calder and the "
      "island of Hesketh in April, cutting travel time for freight lorries by about five hours compared "
      "with the current road-and-ferry connection. The route will be served by the MV Ardent Gull, a "
      "186-metre vessel that can carry 120 lorries and 400 passengers. Sailings will depart Port Calder "
      "at 10 p.m. six nights a week, arriving in Hesketh at 7 a.m. Northwake's commercial director, Ilse "
      "Brandvold, said hauliers had been asking for a direct link for more than a decade. The company "
      "expects the route to carry around 30,000 lorries in its first year.",
      "In April, Northwake Lines will start a new overnight ferry route linking Port Calder with the "
      "island of Hesketh, which will save freight lorries roughly five hours compared with the present "
      "combination of road and ferry. The MV Ardent Gull, which is 186 metres long and has room for 120 "
      "lorries and 400 passengers, will operate the service. Ships will leave Port Calder at 22:00 on six "
      "nights of the week and reach Hesketh at 07:00. Hauliers have been pressing for a direct connection "
      "for over ten years, according to Ilse Brandvold, Northwake's commercial director. In its first "
      "twelve months, the company expects the route to handle some 30,000 lorries.",
      traps=[
          T("which is 186 metres long", "a 186-metre vessel"),
          T("22:00", "10 p.m."),
          T("07:00", "7 a.m."),
          T("over ten years", "more than a decade"),
          T("In its first twelve months", "in its first year"),
      ]),

    C("education", "rewrite",
      "The board of governors of Hallorn University has voted to freeze tuition fees for undergraduate "
      "students for the next two academic years, keeping them at 6,400 dollars a year. The decision, "
      "taken at a meeting on Thursday, reverses a proposal made in the spring to raise fees by 5 percent. "
      "President Margit Solberg said the freeze would be paid for partly by cutting administrative "
      "spending by 3 million dollars and partly by drawing on the university's reserves. The student "
      "union, which had organised protests against the planned increase, welcomed the move but said it "
      "would keep campaigning for lower accommodation costs. Fees for postgraduate and international "
      "students are not affected.",
      "Undergraduates at Hallorn University will pay the same tuition \u2014 $6,400 a year \u2014 for "
      "the next two academic years after the board of governors voted for a freeze at Thursday's "
      "meeting. The board thereby abandoned a spring proposal for a 5% rise. Part of the cost will be "
      "covered by trimming administrative spending by $3m, and the rest will come from the university's "
      "reserves, President Margit Solberg said. The student union, which had organised demonstrations "
      "against the planned increase, hailed the decision, though it vowed to carry on pressing for "
      "cheaper accommodation. The freeze does not apply to postgraduate or international students.",
      traps=[
          T("$6,400 a year", "6,400 dollars a year"),
          T("a 5% rise", "raise fees by 5 percent"),
          T("$3m", "3 million dollars"),
          T("hailed the decision", "welcomed the move"),
          T("cheaper accommodation", "lower accommodation costs"),
      ]),

    C("energy", "rewrite",
      "Water levels in the Lake Vannet reservoir have fallen to 38 percent of capacity, the lowest for "
      "the time of year since records began in 1974, the state utility Hydrovolt said on Wednesday. The "
      "reservoir feeds the Vannet hydroelectric plant, which normally supplies about a fifth of the "
      "country's electricity. To conserve water, Hydrovolt has reduced the plant's output by 30 percent "
      "and is importing more power from neighbouring countries. Energy minister Klaus Ridderbeke said "
      "there was no risk of blackouts this winter but asked households and businesses to use electricity "
      "sparingly. Hydrovolt said levels would only recover if the coming months brought above-average "
      "rain and snowfall.",
      "Lake Vannet reservoir is now just 38% full \u2014 lower than at this point in any year since "
      "records started in 1974, state utility Hydrovolt reported on Wednesday. The reservoir supplies the "
      "Vannet hydroelectric plant, which in a normal year generates roughly 20 percent of the nation's "
      "power. Hydrovolt has turned down the plant's output by 30 percent to save water and is importing "
      "more electricity from neighbouring countries. The energy minister, Klaus Ridderbeke, ruled out "
      "blackouts this winter, but appealed to homes and firms to be sparing with power. Unless the months "
      "ahead bring more rain and snow than usual, Hydrovolt said, levels will not recover.",
      traps=[
          T("38% full", "38 percent of capacity"),
          T("lower than at this point in any year", "the lowest for the time of year"),
          T("roughly 20 percent", "about a fifth"),
          T("ruled out blackouts", "there was no risk of blackouts"),
          T("Unless the months ahead bring more rain and snow than usual",
            "if the coming months brought above-average rain and snowfall"),
      ]),

    C("housing", "rewrite",
      "Plans for 420 affordable homes on the former Whitcombe brickworks site were approved by the "
      "Lanford planning committee on Tuesday evening by seven votes to two. The development, led by "
      "housing association Greystone Homes, will include 150 homes for social rent, 180 for shared "
      "ownership and 90 for sale at below-market prices. Construction is due to start next spring and be "
      "completed in three phases by 2029. Residents of neighbouring streets had objected to the height of "
      "two nine-storey blocks, and the committee required the developer to reduce them to seven storeys. "
      "Councillor Priya Hallett, who chairs the committee, said the scheme would make a real difference "
      "to families on the council's waiting list, which now stands at 3,700 households.",
      "Lanford's planning committee on Tuesday evening gave the go-ahead, by a 7\u20132 vote, to 420 "
      "affordable homes on the old Whitcombe brickworks site. The scheme, led by the Greystone Homes "
      "housing association, comprises 150 homes at social rent, 180 under shared ownership and 90 to be "
      "sold below market value. Building work is scheduled to begin next spring, with the last of three "
      "phases finished by 2029. After objections from people living in nearby streets to the height of "
      "two blocks planned at nine storeys, the committee told the developer to bring them down to seven. "
      "The committee's chair, Councillor Priya Hallett, said the homes would make a real difference to "
      "families on the council's waiting list, which currently numbers 3,700 households.",
      traps=[
          T("gave the go-ahead", "were approved"),
          T("by a 7\u20132 vote", "by seven votes to two"),
          T("the old Whitcombe brickworks site", "the former Whitcombe brickworks site"),
          T("bring them down to seven", "reduce them to seven storeys"),
          T("The committee's chair, Councillor Priya Hallett",
            "Councillor Priya Hallett, who chairs the committee"),
      ]),

    C("public health", "rewrite",
      "Residents of the town of Bramley Ford have been told to boil their tap water before drinking it "
      "after routine tests detected E. coli bacteria at the Millbrook treatment works on Saturday. The "
      "advisory affects around 18,000 people and will remain in place until at least two consecutive "
      "sets of clean samples have been recorded. Water company Aquaterra said the contamination was "
      "probably linked to a power failure that briefly stopped the chlorination system on Friday night. "
      "Bottled water is being distributed at the community centre and the railway station car park. "
      "Local GP Dr Hanna Oyelaran said anyone with stomach symptoms should drink plenty of fluids and "
      "contact a doctor if symptoms lasted more than two days.",
      "About 18,000 people in Bramley Ford have been advised to boil tap water before they drink it, "
      "after E. coli was found in routine testing at the Millbrook treatment works on Saturday. The "
      "notice will stay in force until clean results have come back from at least two samplings in a "
      "row. Aquaterra, the water company, believes the bacteria most likely got in when a power cut "
      "briefly knocked out the chlorination system late on Friday. Bottled water is being handed out at "
      "the community centre and in the station car park. Anyone with an upset stomach should keep well "
      "hydrated and see a doctor if it persists beyond 48 hours, local GP Dr Hanna Oyelaran said.",
      traps=[
          T("About 18,000 people", "around 18,000 people"),
          T("two samplings in a row", "two consecutive sets of clean samples"),
          T("power cut", "power failure"),
          T("keep well hydrated", "drink plenty of fluids"),
          T("beyond 48 hours", "more than two days"),
      ]),

    C("elections", "rewrite",
      "Turnout in Sunday's referendum on merging the municipalities of Eldermoor and Fenwick reached 71 "
      "percent, the highest for any local vote in the region, the electoral commission announced on "
      "Monday. Voters in Eldermoor backed the merger by 58 percent to 42, while those in Fenwick rejected "
      "it by a narrow margin of 51 to 49 percent. Because the law requires a majority in both "
      "municipalities, the merger will not go ahead. Eldermoor's mayor, Victor Ansgard, said he was "
      "disappointed but respected the result. Fenwick's council leader, Moira Tallis, said residents had "
      "feared losing control over local services such as schools and libraries.",
      "Seventy-one percent of the electorate voted in Sunday's referendum on a merger between Eldermoor "
      "and Fenwick \u2014 a record for a local ballot in the region, according to figures released by the "
      "electoral commission on Monday. Eldermoor said yes by 58% to 42%, but Fenwick voted no, if only "
      "narrowly, by 51% to 49%. The merger is therefore off, since the law demands majority support in "
      "each of the two municipalities. Victor Ansgard, Eldermoor's mayor, admitted to being disappointed "
      "but said he respected the outcome. In Fenwick, council leader Moira Tallis said people had been "
      "worried about losing control of local services like schools and libraries.",
      traps=[
          T("Seventy-one percent of the electorate voted", "reached 71 percent"),
          T("a record for a local ballot", "the highest for any local vote"),
          T("Eldermoor said yes by 58% to 42%", "Voters in Eldermoor backed the merger by 58 percent to 42"),
          T("The merger is therefore off", "the merger will not go ahead"),
          T("majority support in each of the two municipalities", "a majority in both municipalities"),
      ]),

    C("mining", "rewrite",
      "Inspectors from the national mining agency have ordered the Kalvik gold mine to stop adding waste "
      "to its tailings dam after finding cracks in the embankment during a visit on 3 October. The mine's "
      "operator, Norrbeck Gold, may continue extracting ore but must store new waste in a temporary "
      "facility until repairs are approved. The agency said there was no immediate danger to the village "
      "of Lower Kalvik, 2 kilometres downstream, but it has asked the operator to install additional "
      "monitoring equipment within 30 days. Norrbeck said it was cooperating fully and expected the "
      "restriction to reduce production by about 10 percent for the rest of the year.",
      "The Kalvik gold mine must stop sending waste to its tailings dam, the national mining agency has "
      "ruled, after its inspectors found cracks in the embankment when they visited on October 3. "
      "Norrbeck Gold, which operates the mine, is allowed to keep extracting ore, but until repairs are "
      "signed off it has to put new waste in a temporary facility. According to the agency, Lower Kalvik, "
      "a village two kilometres downstream, is not in any immediate danger; even so, the operator has "
      "been given 30 days to fit extra monitoring equipment. Norrbeck said it was cooperating fully and "
      "that it expected the restriction to cut output by roughly a tenth over the remainder of the year.",
      traps=[
          T("October 3", "3 October"),
          T("signed off", "approved"),
          T("two kilometres", "2 kilometres"),
          T("is not in any immediate danger", "there was no immediate danger"),
          T("roughly a tenth", "about 10 percent"),
      ]),

    C("fisheries", "rewrite",
      "Oyster harvesting in Carrow Sound has been suspended for at least three weeks after a bloom of "
      "toxic algae was detected in water samples taken last Thursday, the regional food safety agency "
      "said. The algae produce a toxin that can cause paralytic shellfish poisoning in humans, and "
      "cooking does not destroy it. Around 40 oyster farms, employing some 260 people, are affected. "
      "Oysters already on sale were harvested before the bloom and are safe to eat, the agency said. "
      "Growers' association chair Tomasz Wielgat said the closure came at the worst possible time, just "
      "weeks before the holiday season, when farms usually sell a third of their annual output.",
      "Oyster harvesting in Carrow Sound has been halted for a minimum of three weeks, the regional food "
      "safety agency says, after water samples collected last Thursday showed a bloom of toxic algae. The toxin "
      "the algae produce can give people paralytic shellfish poisoning and is not destroyed by cooking. "
      "Some 40 oyster farms, with around 260 workers between them, are affected. The agency said oysters "
      "already in the shops had been harvested before the bloom and posed no risk to consumers. "
      "According to Tomasz Wielgat, who chairs the growers' association, the timing could hardly be "
      "worse: the ban comes just weeks before the holiday season, when farms normally sell a third of "
      "what they produce in a year.",
      traps=[
          T("for a minimum of three weeks", "for at least three weeks"),
          T("is not destroyed by cooking", "cooking does not destroy it"),
          T("with around 260 workers between them", "employing some 260 people"),
          T("posed no risk to consumers", "are safe to eat"),
          T("the timing could hardly be worse", "the closure came at the worst possible time"),
      ]),

    C("aviation", "rewrite",
      "Dunhallow Airport will close its only runway for resurfacing for eleven nights in March, between "
      "midnight and 6 a.m., the airport's operator announced on Wednesday. The work, costing 7.5 million "
      "pounds, is the first full resurfacing since the runway opened in 1996. Around 35 late-evening and "
      "early-morning flights will be rescheduled, and two overnight cargo services will move temporarily "
      "to Carnbridge Airport. Chief operating officer Fiona Lacharme said passengers affected would be "
      "contacted directly by their airlines. Daytime operations will not be affected.",
      "For eleven nights in March, Dunhallow Airport's single runway will be shut from 00:00 to 06:00 so "
      "that it can be resurfaced, its operator said on Wednesday. The \u00a37.5m job will be the first "
      "complete resurfacing since the runway came into use in 1996. Some 35 late-evening and "
      "early-morning flights will be retimed, and two overnight freight services will temporarily "
      "transfer to Carnbridge Airport. Airlines will get in touch directly with any passengers who are "
      "affected, according to chief operating officer Fiona Lacharme. Flights during the day will run as "
      "normal.",
      traps=[
          T("single runway", "only runway"),
          T("from 00:00 to 06:00", "between midnight and 6 a.m."),
          T("\u00a37.5m", "7.5 million pounds"),
          T("retimed", "rescheduled"),
          T("Flights during the day will run as normal", "Daytime operations will not be affected"),
      ]),

    # ---------------------------------------------------------------- consistent summaries
    C("telecoms", "summary",
      "The government of the Lorne Highlands region has signed a contract with the telecoms company "
      "Brightline to bring high-speed broadband to 27,000 rural homes and businesses by the end of 2027. "
      "The project will cost 96 million dollars, of which the regional government will pay 60 million "
      "and Brightline the remainder. Around 1,400 kilometres of fibre-optic cable will be laid, much of "
      "it along existing power lines to reduce costs. Connections will offer speeds of at least 500 "
      "megabits per second. Regional development minister Oren Castell said poor internet access had "
      "driven young people and small firms away from rural areas. Some farmers' groups, however, have "
      "asked for guarantees that installation work will not disrupt the lambing season.",
      "Brightline has been contracted by the Lorne Highlands regional government to connect 27,000 rural "
      "homes and businesses to high-speed broadband by late 2027. Of the $96m cost, the region will "
      "cover $60m and Brightline the other $36m. Much of the 1,400 km of fibre will run along existing "
      "power lines, and speeds will be at least 500 Mbps.",
      traps=[
          T("Brightline has been contracted by the Lorne Highlands regional government",
            "has signed a contract with the telecoms company Brightline"),
          T("the other $36m", "the remainder"),
          T("1,400 km", "1,400 kilometres"),
          T("500 Mbps", "500 megabits per second"),
      ]),

    C("archaeology", "summary",
      "Archaeologists excavating a building site in the town of Wexley have uncovered the remains of a "
      "medieval tannery, including eleven stone-lined pits used for soaking animal hides. Pottery found "
      "in the pits suggests the tannery operated between about 1250 and 1400. The dig, led by Dr Catrin "
      "Mosse of the Wexley Heritage Trust, also recovered leather offcuts, shoe soles and a "
      "well-preserved wooden ladle. Tanneries were usually placed on the edge of medieval towns because "
      "of the smell, and the find suggests Wexley's boundaries were further south than historians had "
      "assumed. The developer, Harwood Estates, has agreed to pause construction for six weeks so that "
      "the excavation can be completed. The finds will eventually be displayed at the town museum.",
      "A medieval tannery, probably in use from around 1250 to 1400, has been unearthed on a Wexley "
      "building site, complete with eleven stone-lined pits for soaking hides. Because tanneries usually "
      "stood at a town's edge, the find suggests medieval Wexley extended further south than historians "
      "had thought. Harwood Estates has agreed to a six-week pause in building so the dig can be "
      "completed.",
      traps=[
          T("probably in use from around 1250 to 1400",
            "suggests the tannery operated between about 1250 and 1400"),
          T("unearthed", "uncovered"),
          T("stood at a town's edge", "placed on the edge of medieval towns"),
          T("a six-week pause in building", "pause construction for six weeks"),
      ]),

    C("business", "summary",
      "The supermarket chains Fresco Mart and Halden's have agreed to merge, creating the country's "
      "third-largest grocery retailer with 640 stores and annual sales of about 9 billion dollars. Fresco "
      "Mart shareholders will own 55 percent of the combined company, which will be called Fresco Halden "
      "and be based in Fresco Mart's current headquarters in Tarrington. The deal requires approval from "
      "the competition regulator, which is expected to examine whether the merger would reduce choice in "
      "towns where both chains operate. The companies said they planned to sell around 40 stores to ease "
      "such concerns. Halden's chief executive, Rosalind Achebe-Marr, will lead the new group, while "
      "Fresco Mart's chief executive will become chairman.",
      "Fresco Mart and Halden's are merging to form Fresco Halden, which will rank third among the "
      "nation's grocers with 640 shops and sales of roughly $9bn a year. Fresco Mart's shareholders will "
      "hold a 55% stake, and Halden's boss, Rosalind Achebe-Marr, will run the combined group. The deal "
      "needs the competition regulator's approval, and the chains plan to sell about 40 stores to address "
      "its concerns.",
      traps=[
          T("rank third among the nation's grocers", "the country's third-largest grocery retailer"),
          T("640 shops", "640 stores"),
          T("roughly $9bn a year", "annual sales of about 9 billion dollars"),
          T("a 55% stake", "55 percent"),
          T("Halden's boss", "Halden's chief executive"),
      ]),

    C("tourism", "summary",
      "The coastal town of Porthelly will introduce a tourist tax of 2 euros per person per night from 1 "
      "June, the town council decided on Thursday. Children under 16 will be exempt. The council expects "
      "the levy to raise around 850,000 euros a year, which will be spent on beach cleaning, public "
      "toilets and a new shuttle bus between the car parks and the harbour. Porthelly, which has 6,200 "
      "residents, receives more than 400,000 overnight visitors annually. Hotel owners' association "
      "chair Gwen Trevanion said members accepted the tax but feared it could push budget travellers to "
      "neighbouring resorts. The council said it would review the scheme after two years.",
      "Porthelly will charge visitors \u20ac2 a night each from June 1, with under-16s exempt. The council "
      "expects roughly \u20ac850,000 a year from the levy, to be spent on beach cleaning, toilets and a "
      "shuttle bus linking car parks and harbour. Hoteliers accept the tax but worry it could drive "
      "budget travellers to nearby resorts; the scheme will be reviewed after two years.",
      traps=[
          T("\u20ac2 a night each", "2 euros per person per night"),
          T("June 1", "1 June"),
          T("under-16s", "Children under 16"),
          T("Hoteliers", "Hotel owners"),
          T("nearby resorts", "neighbouring resorts"),
      ]),

    C("water utilities", "summary",
      "Southvale Water will impose a hosepipe ban on its 1.3 million customers from next Monday, after the "
      "driest spring in the region for 60 years left reservoirs at 54 percent of capacity. The ban "
      "prohibits using hosepipes to water gardens, wash cars or fill private swimming pools; watering "
      "cans and buckets are still allowed. Customers who break the rules could face fines of up to 1,000 "
      "pounds, although the company said it would normally issue warnings first. Southvale's operations "
      "director, Kwame Adjei-Brook, said leaks were being repaired at a rate of 1,200 a week. "
      "Environmental groups criticised the company, pointing out that it loses nearly a quarter of the "
      "water it treats through leaking pipes.",
      "A hosepipe ban will apply to Southvale Water's 1.3 million customers from next Monday, with "
      "reservoirs just 54% full after the region's driest spring in six decades. Watering cans and "
      "buckets are still permitted, and offenders risk fines of as much as \u00a31,000, although warnings "
      "will usually come first. Environmental groups attacked the company for losing almost a quarter of "
      "its treated water through leaks.",
      traps=[
          T("54% full", "54 percent of capacity"),
          T("six decades", "60 years"),
          T("as much as \u00a31,000", "up to 1,000 pounds"),
          T("attacked", "criticised"),
          T("almost a quarter", "nearly a quarter"),
      ]),

    # ---------------------------------------------------------------- consistent translations
    C("crime", "translation",
      "Two paintings by the eighteenth-century artist Johann Velten were stolen during the night from "
      "Saturday to Sunday from the parish church of Oberwald, police announced. The thieves entered "
      "through a side window, whose bars had been sawn through, and took the two canvases, each "
      "measuring about one metre by seventy centimetres. The alarm system had been out of order for "
      "several weeks. The value of the works is estimated at around 400,000 euros. The parish priest, "
      "Father Anselm Kreitmayr, spoke of a 'wound for the whole community'. Investigators are appealing "
      "for witnesses who noticed a vehicle near the church between midnight and 4 a.m.",
      "Police say thieves broke into Oberwald's parish church overnight between Saturday and Sunday and "
      "made off with two paintings by Johann Velten, an 18th-century painter. They got in through a side "
      "window after sawing through its bars, and removed both canvases, which measure roughly 100 by 70 "
      "centimetres each. For several weeks the church's alarm had not been working. The paintings are "
      "thought to be worth in the region of \u20ac400,000. 'This wounds the entire community,' said the "
      "parish priest, Father Anselm Kreitmayr. Detectives would like to hear from anyone who saw a "
      "vehicle close to the church between 12 a.m. and 4 a.m.",
      traps=[
          T("18th-century", "eighteenth-century"),
          T("100 by 70 centimetres", "one metre by seventy centimetres"),
          T("in the region of \u20ac400,000", "around 400,000 euros"),
          T("Detectives would like to hear from anyone", "Investigators are appealing for witnesses"),
          T("12 a.m.", "midnight"),
      ]),

    C("environment", "translation",
      "The fire that broke out on Tuesday afternoon in the Serra do Lobo forest has burned around 1,200 "
      "hectares of pine and eucalyptus, according to the civil protection service. More than 300 "
      "firefighters, supported by six water-bombing aircraft, were still fighting two active fronts on "
      "Wednesday evening. About eighty residents of the hamlets of Vale Escuro and Ribeira Alta were "
      "evacuated as a precaution and spent the night in a sports hall. No houses have been destroyed. "
      "Strong winds and temperatures above 38 degrees have made the work of the crews difficult. The "
      "cause of the fire is not yet known, and the judicial police have opened an investigation.",
      "Some 1,200 hectares of pine and eucalyptus have gone up in flames in the Serra do Lobo forest "
      "since the fire started on Tuesday afternoon, the civil protection authorities say. On Wednesday "
      "evening, upwards of 300 firefighters backed by six water-bombers were still battling the blaze on "
      "two active fronts. As a precaution, roughly 80 people living in the hamlets of Vale Escuro and "
      "Ribeira Alta were moved out and spent the night in a sports hall. No homes have been lost. Crews "
      "have been hampered by strong winds and temperatures of more than 38 degrees. The cause is still "
      "unknown, and the judicial police have launched an inquiry.",
      traps=[
          T("upwards of 300", "More than 300"),
          T("water-bombers", "water-bombing aircraft"),
          T("roughly 80 people", "About eighty residents"),
          T("No homes have been lost", "No houses have been destroyed"),
          T("hampered", "made the work of the crews difficult"),
      ]),

    C("animal health", "translation",
      "An outbreak of avian influenza has been confirmed at a poultry farm in the commune of "
      "Saint-Aubrac-les-Pr\u00e9s, the prefecture announced on Friday. All 23,000 laying hens on the "
      "farm will be culled, and a protection zone with a radius of 3 kilometres has been set up around "
      "it, within which poultry must be kept indoors. A wider surveillance zone of 10 kilometres covers "
      "fourteen other farms, which will be tested in the coming days. The prefecture stresses that the "
      "virus does not pass to humans through the consumption of eggs or meat. The farmer will be "
      "compensated by the state. It is the first outbreak in the department since the winter of 2022.",
      "Bird flu has been confirmed on a poultry farm in Saint-Aubrac-les-Pr\u00e9s, the prefecture said "
      "on Friday. The farm's entire flock of 23,000 laying hens is to be slaughtered, and a 3 km "
      "protection zone has been established around the site, inside which all poultry must be housed "
      "indoors. Fourteen other farms lie within a broader 10 km surveillance zone and will be tested over "
      "the next few days. Eating eggs or meat does not transmit the virus to people, the prefecture "
      "emphasised. The state will pay compensation to the farmer. The department had not had an outbreak "
      "since the winter of 2022.",
      traps=[
          T("Bird flu", "avian influenza"),
          T("slaughtered", "culled"),
          T("a 3 km protection zone", "a protection zone with a radius of 3 kilometres"),
          T("Eating eggs or meat does not transmit the virus to people",
            "the virus does not pass to humans through the consumption of eggs or meat"),
          T("The department had not had an outbreak since",
            "It is the first outbreak in the department since"),
      ]),

    C("astronomy", "translation",
      "Astronomers at the Cerro Alcarav\u00e1n observatory have detected an asteroid roughly 120 metres "
      "across that will pass close to Earth next March, the institute that runs the telescope announced "
      "on Monday. According to its calculations, the object, provisionally named AL-77, will pass at a "
      "distance of about 1.9 million kilometres, some five times the distance between the Earth and the "
      "Moon, and poses no risk of impact. The discovery was made by a team led by the astronomer "
      "Valentina Ruiz-Ochoa with a new wide-field camera installed last year. The director of the "
      "institute, Esteban Marroqu\u00edn, said the find showed the value of the camera, which cost 14 "
      "million dollars.",
      "An asteroid some 120 metres wide, which will make a close approach to Earth in March next year, has "
      "been spotted from the Cerro Alcarav\u00e1n observatory, the institute operating the telescope said "
      "on Monday. The object, which has been given the provisional name AL-77, is calculated to pass "
      "approximately 1.9 million km from our planet \u2014 around five times as far away as the Moon "
      "\u2014 and there is no danger of it striking Earth. It was found by astronomer Valentina "
      "Ruiz-Ochoa and her team using a new wide-field camera that was fitted last year. Esteban "
      "Marroqu\u00edn, who directs the institute, said the discovery proved that the $14 million camera "
      "had been worth it.",
      traps=[
          T("120 metres wide", "120 metres across"),
          T("in March next year", "next March"),
          T("1.9 million km", "1.9 million kilometres"),
          T("there is no danger of it striking Earth", "poses no risk of impact"),
          T("$14 million camera", "14 million dollars"),
      ]),

    C("sports", "translation",
      "The Dutch rider Femke Oosterhuis won the fourth stage of the Tour of the Valdera on Wednesday, a "
      "178-kilometre route between Morrano and Pieve Alta, after attacking on the final climb eight "
      "kilometres from the finish. She crossed the line with a lead of 34 seconds over the Spaniard "
      "Luc\u00eda Gorostiza and takes the leader's jersey. The previous leader, the Italian Chiara "
      "Benvenuti, crashed on a descent halfway through the stage and abandoned the race with a suspected "
      "broken collarbone. Thursday's stage, the longest of the race at 211 kilometres, is expected to end "
      "in a sprint.",
      "Femke Oosterhuis of the Netherlands took Wednesday's fourth stage of the Tour of the Valdera, 178 "
      "km from Morrano to Pieve Alta, with an attack on the last climb 8 km from the line. The Dutchwoman "
      "finished 34 seconds clear of Spain's Luc\u00eda Gorostiza and moves into the overall lead. Italy's "
      "Chiara Benvenuti, who had been wearing the leader's jersey, came down on a descent midway through "
      "the stage and pulled out with what is thought to be a broken collarbone. Thursday brings the "
      "longest stage of the race, 211 km, which is expected to finish in a sprint.",
      traps=[
          T("8 km from the line", "eight kilometres from the finish"),
          T("The Dutchwoman finished", "She crossed the line"),
          T("Spain's Luc\u00eda Gorostiza", "the Spaniard Luc\u00eda Gorostiza"),
          T("came down", "crashed"),
          T("what is thought to be a broken collarbone", "a suspected broken collarbone"),
      ]),
]


# ----------------------------------------------------------------------------------------------
# span location and validation
# ----------------------------------------------------------------------------------------------

class SetError(Exception):
    pass


def find_all(haystack, needle):
    out, i = [], haystack.find(needle)
    while i != -1:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


def locate(candidate, text, occ, where):
    hits = find_all(candidate, text)
    if not hits:
        raise SetError(f"{where}: {text!r} not found in candidate")
    if occ is None:
        if len(hits) > 1:
            raise SetError(f"{where}: {text!r} occurs {len(hits)} times; give an occurrence index")
        occ = 0
    if occ >= len(hits):
        raise SetError(f"{where}: occurrence {occ} of {text!r} does not exist ({len(hits)} found)")
    start = hits[occ]
    return start, start + len(text)


def words(s):
    return s.split()


def content_words(s):
    toks = re.findall(r"[A-Za-z0-9\u00c0-\u024f]+", s.lower())
    return [t for t in toks if len(t) > 3 and t not in {"with", "that", "this", "from", "have", "their"}]


def cuts_word(cand, start, end):
    def inside(i):  # True if position i lies between two word characters
        return 0 < i < len(cand) and cand[i - 1].isalnum() and cand[i].isalnum()
    return inside(start) or inside(end)


def build_record(idx, case):
    rid = f"s{SET_NO}-{idx:03d}"
    ref, cand, mode = case["reference"], case["candidate"], case["mode"]
    if mode not in MODES:
        raise SetError(f"{rid}: bad mode {mode!r}")
    errors, traps = [], []
    for e in case["errors"]:
        where = f"{rid} error {e['type']}"
        if e["type"] not in ERROR_TYPES:
            raise SetError(f"{where}: unknown type")
        if e["severity"] not in SEVERITIES:
            raise SetError(f"{where}: unknown severity")
        if e["type"] == "omission":
            anchor = e.get("after") or e.get("before")
            if not anchor or (e.get("after") and e.get("before")):
                raise SetError(f"{where}: omission needs exactly one of after/before")
            a_start, a_end = locate(cand, anchor, e["occ"], where)
            pos = a_end if e.get("after") else a_start
            start = end = pos
        else:
            if not e["text"] or e["text"] != e["text"].strip():
                raise SetError(f"{where}: empty span or span with outer whitespace")
            start, end = locate(cand, e["text"], e["occ"], where)
        errors.append({"start": start, "end": end, "text": cand[start:end], "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
    for t in case["traps"]:
        where = f"{rid} trap {t['text']!r}"
        if not t["text"] or t["text"] != t["text"].strip():
            raise SetError(f"{where}: empty span or span with outer whitespace")
        start, end = locate(cand, t["text"], t["occ"], where)
        traps.append({"start": start, "end": end, "text": cand[start:end], "ref_text": t["ref_text"]})
    errors.sort(key=lambda s: (s["start"], s["end"]))
    traps.sort(key=lambda s: (s["start"], s["end"]))
    return {"id": rid, "domain": case["domain"], "mode": mode, "reference": ref, "candidate": cand,
            "label": "inconsistent" if errors else "consistent", "errors": errors, "traps": traps}


def validate_record(r):
    rid, ref, cand = r["id"], r["reference"], r["candidate"]
    problems = []
    nref = len(words(ref))
    if not 70 <= nref <= 180:
        problems.append(f"reference has {nref} words (need 70-180)")
    if r["mode"] == "summary":
        if len(words(cand)) >= nref or len(cand) >= len(ref):
            problems.append("summary is not shorter than its reference")
    spans = []
    for e in r["errors"]:
        s, t = e["start"], e["end"]
        if cand[s:t] != e["text"]:
            problems.append(f"error offsets do not match text {e['text']!r}")
        if cuts_word(cand, s, t):
            problems.append(f"error span cuts a word: {e['text']!r} at {s}")
        if e["type"] == "omission":
            if s != t or e["text"] != "":
                problems.append("omission must be zero-length with empty text")
            if r["mode"] == "summary":
                problems.append("omission in a summary")
            if not e["ref_text"] or e["ref_text"] not in ref:
                problems.append(f"omitted words not in reference: {e['ref_text']!r}")
            elif e["ref_text"].lower() in cand.lower():
                problems.append(f"omitted words still present in candidate: {e['ref_text']!r}")
        else:
            if s >= t:
                problems.append(f"empty span for {e['type']}")
        if e["type"] in ("addition", "repetition"):
            if e["ref_text"] is not None:
                problems.append(f"{e['type']} must have ref_text null")
        elif e["type"] != "omission":
            if not e["ref_text"] or e["ref_text"] not in ref:
                problems.append(f"ref_text not found in reference: {e['ref_text']!r}")
            elif e["ref_text"] == e["text"]:
                problems.append(f"error text identical to ref_text: {e['text']!r}")
        if e["type"] == "repetition":
            earlier = set(content_words(cand[:s]))
            cw = content_words(e["text"])
            if s == 0 or not cw or sum(w in earlier for w in cw) / len(cw) < 0.5:
                problems.append(f"repetition span does not repeat earlier text: {e['text']!r}")
        if e["type"] == "addition" and e["text"] in ref:
            problems.append(f"added text occurs verbatim in reference: {e['text']!r}")
        spans.append((s, t, "error"))
    for tr in r["traps"]:
        s, t = tr["start"], tr["end"]
        if cand[s:t] != tr["text"]:
            problems.append(f"trap offsets do not match text {tr['text']!r}")
        if cuts_word(cand, s, t):
            problems.append(f"trap span cuts a word: {tr['text']!r}")
        if not tr["ref_text"] or tr["ref_text"] not in ref:
            problems.append(f"trap ref_text not in reference: {tr['ref_text']!r}")
        if tr["text"].lower() == (tr["ref_text"] or "").lower():
            problems.append(f"trap is worded identically to the reference: {tr['text']!r}")
        spans.append((s, t, "trap"))
    # overlaps (a zero-length omission must not fall strictly inside another span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                p, other = (a, b) if a[0] == a[1] else (b, a)
                if other[0] == other[1]:
                    if p[0] == other[0]:
                        problems.append("two omissions at the same point")
                elif other[0] < p[0] < other[1]:
                    problems.append(f"omission at {p[0]} falls inside another span")
            elif a[0] < b[1] and b[0] < a[1]:
                problems.append(f"overlapping spans {cand[a[0]:a[1]]!r} / {cand[b[0]:b[1]]!r}")
    if r["label"] == "consistent":
        if r["errors"]:
            problems.append("consistent pair with errors")
        if not 3 <= len(r["traps"]) <= 5:
            problems.append(f"consistent pair has {len(r['traps'])} traps (need 3-5)")
    else:
        if not 1 <= len(r["errors"]) <= 2:
            problems.append(f"inconsistent pair has {len(r['errors'])} errors (need 1-2)")
    if ref.strip() == cand.strip():
        problems.append("candidate identical to reference")
    return [f"{rid}: {p}" for p in problems]


def validate_set(records):
    problems = []
    for r in records:
        problems.extend(validate_record(r))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if len(records) != 40:
        problems.append(f"{len(records)} pairs (need 40)")
    labels = Counter(r["label"] for r in records)
    if labels["consistent"] != 20 or labels["inconsistent"] != 20:
        problems.append(f"label counts {dict(labels)} (need 20/20)")
    modes = Counter(r["mode"] for r in records)
    if not (18 <= modes["rewrite"] <= 22 and 9 <= modes["summary"] <= 11
            and 9 <= modes["translation"] <= 11):
        problems.append(f"mode counts {dict(modes)} (need about 20/10/10)")
    errs = [e for r in records for e in r["errors"]]
    if not 28 <= len(errs) <= 32:
        problems.append(f"{len(errs)} errors (need about 30)")
    types = Counter(e["type"] for e in errs)
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append(f"error type {t} used {types[t]} times (need at least 2)")
    sev = Counter(e["severity"] for e in errs)
    if sev["minor"] < 1 or sev["minor"] * 3 > len(errs):
        problems.append(f"severity mix {dict(sev)} (need mostly major/critical, a few minor)")
    refs = [r["reference"] for r in records]
    if len(set(refs)) != len(refs):
        problems.append("duplicate references")
    if len({r["domain"] for r in records}) < 10:
        problems.append("too few domains")
    return problems


def build():
    cases = list(CASES)
    random.Random(SET_NO).shuffle(cases)   # deterministic interleaving of modes and labels
    return [build_record(i + 1, c) for i, c in enumerate(cases)]


def summary(records):
    errs = [e for r in records for e in r["errors"]]
    lines = [
        f"pairs: {len(records)}",
        f"labels: {dict(Counter(r['label'] for r in records))}",
        f"modes: {dict(Counter(r['mode'] for r in records))}",
        f"modes x labels: {dict(Counter((r['mode'], r['label']) for r in records))}",
        f"errors: {len(errs)}  types: {dict(sorted(Counter(e['type'] for e in errs).items()))}",
        f"severities: {dict(Counter(e['severity'] for e in errs))}",
        f"traps: {sum(len(r['traps']) for r in records)} "
        f"(consistent {sum(len(r['traps']) for r in records if r['label'] == 'consistent')}, "
        f"inconsistent {sum(len(r['traps']) for r in records if r['label'] == 'inconsistent')})",
        f"domains: {len({r['domain'] for r in records})}",
        f"reference words: {min(len(r['reference'].split()) for r in records)}-"
        f"{max(len(r['reference'].split()) for r in records)}",
    ]
    return "\n".join(lines)


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = build()
    except SetError as exc:
        print(f"ERROR: {exc}", file=sys.stderr)
        return 1
    problems = validate_set(records)
    if problems:
        for p in problems:
            print(f"PROBLEM: {p}", file=sys.stderr)
        return 1
    print(summary(records))
    if check_only:
        print("check passed; nothing written")
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"set{SET_NO}.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
