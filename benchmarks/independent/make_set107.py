#!/usr/bin/env python3
"""Held-out evaluation set 107 for a fact-comparison tool.

How it was made
---------------
All 40 text pairs were hand-written by a helper session that saw no code or
data of the project, only a written brief.  Every person, company,
organisation, place and figure is invented (real countries appear only as
background).  The pairs are stored below as Python data; every character
offset is computed by string search (with an occurrence index where a quoted
text repeats), never typed by hand.

Composition
-----------
* 40 pairs, one per domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5).  Translation pairs are two independent English
  translations of the same (imagined) non-English story.
* 30 errors over the eleven types: entity 3, number 3, date 3, role 3,
  polarity 3, modality 3, attribution 3, event 3, omission 2, addition 2,
  repetition 2.  Ten inconsistent pairs carry one error, ten carry two.
  Omissions occur only in rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in inconsistent pairs.
* References are 70-190 words in news / agency / corporate / official register.

Usage
-----
    python3 make_set107.py           # validate and write set107.jsonl
    python3 make_set107.py --check   # validate only, write nothing
"""

import json
import os
import random
import re
import sys
from collections import Counter

N = 107
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set107.jsonl")

DOMAINS = [
    "mountain rescue helicopter", "quarry expansion appeal", "textile museum donation",
    "junior football league", "waste incinerator permit", "sheltered housing warden cuts",
    "goat cheese recall", "cathedral choir scholarship", "oyster bed contamination",
    "film studio expansion", "highway toll increase", "observatory telescope repair",
    "village shop buyout", "cargo ship grounding", "ferry port customs checks",
    "literacy programme results", "baby formula shortage", "urban tree planting scheme",
    "sewer overflow warning", "ice rink energy costs", "lottery grant for theatre",
    "broadband voucher scheme", "homeless shelter expansion", "coral reef survey",
    "city marathon sponsorship", "chemical plant evacuation", "pedestrian bridge opening",
    "paper mill closure", "airline pilot training", "military barracks sale",
    "pipeline leak inquiry", "theatre ticket levy", "fishing harbour crane",
    "rural bus subsidy", "wildfire insurance claims", "orchestra conductor appointment",
    "museum roof appeal", "train ticket machine failure", "greenhouse gas audit",
    "river ferry relaunch",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}
MODES = {"rewrite", "summary", "translation"}


def E(text, type_, severity, ref, occ=0):
    """An error span: `text` (occurrence `occ`) in the candidate."""
    return {"kind": "span", "text": text, "type": type_, "severity": severity,
            "ref": ref, "occ": occ}


def OMIT(ref, severity, before=None, after=None, occ=0):
    """An omission: zero-width point just before / just after an anchor text."""
    assert (before is None) != (after is None)
    return {"kind": "omission", "type": "omission", "severity": severity,
            "ref": ref, "before": before, "after": after, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref`."""
    return {"text": text, "ref": ref, "occ": occ}


CASES = [
    # ------------------------------------------------------------------
    # Inconsistent rewrites
    # ------------------------------------------------------------------
    dict(
        domain="mountain rescue helicopter", mode="rewrite",
        reference=(
            "The Cairnvale Mountain Rescue Association has taken delivery of a second helicopter, "
            "ending almost three years in which the volunteer service relied on a single aircraft "
            "for the whole Brannoch range. The twin-engine machine, bought second-hand from a "
            "Norwegian operator for £4.2 million, was funded largely by public donations, with a "
            "further £600,000 coming from the regional health board. Chief pilot Morag Tennant said "
            "the new helicopter would allow crews to respond to two call-outs at once during the busy "
            "summer months. Last year the association flew 312 missions, up from 241 the year before, "
            "and on eleven occasions a second emergency had to wait until the only aircraft returned "
            "to base. The helicopter will enter service in June after crew training is completed."
        ),
        candidate=(
            "A second helicopter has been delivered to the Cairnvale Mountain Rescue Association, "
            "bringing to an end nearly three years during which the volunteer service had only one "
            "aircraft to cover the entire Brannoch range. The twin-engine machine was bought from a "
            "Norwegian operator for £4.2m and paid for mostly through public donations, topped up by "
            "£600,000 from the regional health board. According to chief pilot Morag Tennant, crews "
            "will be able to handle two call-outs simultaneously in the busy summer months. The "
            "association flew 312 missions last year, up from 214 the year before, and on eleven "
            "occasions a second emergency was left waiting until the only aircraft got back to base. "
            "Once crew training is finished, the helicopter will go into service in June."
        ),
        errors=[
            OMIT("second-hand", "minor", before="from a Norwegian operator"),
            E("214", "number", "major", "241"),
        ],
        traps=[
            T("£4.2m", "£4.2 million"),
            T("mostly", "largely"),
            T("simultaneously", "at once"),
        ],
    ),
    dict(
        domain="quarry expansion appeal", mode="rewrite",
        reference=(
            "Hollins Aggregates has lost its appeal against Dunmere District Council's refusal to let "
            "it extend the Stoneycroft quarry by 38 hectares. Planning inspector Gareth Lyle upheld "
            "the council's decision on Thursday, ruling that additional blasting and up to 140 lorry "
            "movements a day would cause 'unacceptable harm' to the nearby village of Ambry Green. "
            "The company, which bought the quarry from the Pendry family in 2011, had argued that the "
            "existing site would be exhausted within four years and that about 60 jobs depended on "
            "the expansion. Residents' group Keep Ambry Green, which has campaigned against the plans "
            "since 2019, said it was 'relieved but not complacent'. Hollins said it was disappointed "
            "and would consider a High Court challenge."
        ),
        candidate=(
            "A planning inspector has dismissed Hollins Aggregates' appeal over Dunmere District "
            "Council's decision to block a 38-hectare extension of the Stoneycroft quarry. In a "
            "ruling on Thursday, inspector Gareth Lyle agreed with the council that extra blasting "
            "and as many as 140 lorry movements daily would do 'unacceptable harm' to nearby Ambry "
            "Green. Hollins, which sold the quarry to the Pendry family in 2011, had said the current "
            "site would run out within four years and that around 60 jobs relied on the extension "
            "going ahead. Keep Ambry Green, the residents' group that has fought the scheme since "
            "2019, said it was 'relieved but not complacent'. The company said it was disappointed "
            "and would consider taking the case to the High Court."
        ),
        errors=[
            E("Hollins, which sold the quarry to the Pendry family", "role", "major",
              "The company, which bought the quarry from the Pendry family"),
        ],
        traps=[
            T("dismissed Hollins Aggregates' appeal", "Hollins Aggregates has lost its appeal"),
            T("as many as 140 lorry movements daily", "up to 140 lorry movements a day"),
            T("taking the case to the High Court", "a High Court challenge"),
        ],
    ),
    dict(
        domain="waste incinerator permit", mode="rewrite",
        reference=(
            "The Environmental Protection Office has granted a draft operating permit for the "
            "proposed waste incinerator at Fennick Wharf, but says the final decision could still be "
            "delayed by a public consultation running until 14 November. The plant, which would be "
            "run by Vantor Energy, is designed to burn up to 220,000 tonnes of household rubbish a "
            "year and supply heat to about 9,000 homes. The office said emissions limits in the "
            "draft permit were stricter than the national minimum. Local councillor Priya Nandakumar "
            "said she remained 'deeply concerned' about air quality near two primary schools, and "
            "called for independent monitoring. Vantor Energy said construction could begin next "
            "spring if the permit is confirmed."
        ),
        candidate=(
            "A draft operating permit has been issued by the Environmental Protection Office for the "
            "planned waste incinerator at Fennick Wharf, although the office says a public "
            "consultation running until 14 November could yet hold up a final decision. To be run by "
            "Vantor Energy, the plant would burn as much as 220,000 tonnes of household waste "
            "annually and provide heating for roughly 9,000 homes. According to Vantor Energy, the "
            "draft permit's emissions limits are stricter than the national minimum. Priya "
            "Nandakumar, a local councillor, said she was still 'deeply concerned' about air quality "
            "close to two primary schools and called for independent monitoring. The company said "
            "construction will begin next spring once the permit is confirmed."
        ),
        errors=[
            E("According to Vantor Energy", "attribution", "major", "The office said"),
            E("construction will begin next spring once the permit is confirmed", "modality", "major",
              "construction could begin next spring if the permit is confirmed"),
        ],
        traps=[
            T("could yet hold up a final decision", "the final decision could still be delayed"),
            T("roughly 9,000 homes", "about 9,000 homes"),
        ],
    ),
    dict(
        domain="goat cheese recall", mode="rewrite",
        reference=(
            "Brockwell Dairy is recalling two batches of its Little Tor soft goat cheese after "
            "routine testing found listeria in samples taken at its Carrowmead creamery on 4 March. "
            "The affected 150g packs carry batch codes LT2207 and LT2209 and use-by dates of 18 and "
            "21 March. The Food Standards Unit said no illnesses had been reported but advised "
            "pregnant women, older people and anyone with a weakened immune system not to eat the "
            "cheese. It was sold through Marlow's supermarkets and around 40 independent "
            "delicatessens. Customers are asked to return it to the place of purchase for a full "
            "refund. Brockwell's managing director, Tom Ashdown, apologised and said production had "
            "been paused while the creamery was deep-cleaned."
        ),
        candidate=(
            "Two batches of Brockwell Dairy's Little Tor soft goat cheese are being recalled because "
            "listeria was detected during routine testing of samples taken at the firm's Carrowmead "
            "creamery on 18 March. The recall covers 150g packs with batch codes LT2207 and LT2209, "
            "which have use-by dates of 18 and 21 March. No illnesses have been reported, according "
            "to the Food Standards Unit, which nonetheless advised pregnant women, older people and "
            "anyone whose immune system is weakened to avoid eating the cheese. The product was on "
            "sale in Marlow's supermarkets and some 40 independent delis. Shoppers are asked to take "
            "it back to where they bought it for a full refund. Marlow's managing director, Tom "
            "Ashdown, apologised, saying production had been halted while the creamery underwent a "
            "deep clean."
        ),
        errors=[
            E("18 March", "date", "minor", "4 March"),
            E("Marlow's", "entity", "major", "Brockwell's", occ=1),
        ],
        traps=[
            T("some 40 independent delis", "around 40 independent delicatessens"),
            T("avoid eating the cheese", "not to eat the cheese"),
            T("halted", "paused"),
        ],
    ),
    dict(
        domain="sheltered housing warden cuts", mode="rewrite",
        reference=(
            "Ormsdale Borough Council has confirmed plans to replace on-site wardens at its 14 "
            "sheltered housing schemes with a mobile support team, in a move expected to save "
            "£410,000 a year. Under the proposals, which take effect in October, residents will keep "
            "their 24-hour alarm pull-cords, but wardens will no longer be based in each building "
            "during the day. The council said no warden would be made compulsorily redundant, with "
            "most offered roles in the new team. Age Forward, a charity for older people, said the "
            "change would leave vulnerable tenants isolated. Cabinet member Denise Okafor said the "
            "current model was 'no longer affordable' and that the mobile team would visit every "
            "scheme at least twice a week."
        ),
        candidate=(
            "Ormsdale Borough Council has confirmed that on-site wardens at its 14 sheltered housing "
            "schemes will be replaced by a mobile support team, a change expected to save £410,000 "
            "annually. From October, when the proposals come into effect, residents will no longer "
            "have their 24-hour alarm pull-cords and wardens will stop being based in each building "
            "during the day. According to the council, none of the wardens will face compulsory "
            "redundancy, and most will be offered jobs in the new team. Age Forward, a charity "
            "supporting older people, warned that vulnerable tenants would be left isolated. Denise "
            "Okafor, a cabinet member, described the existing model as 'no longer affordable' and "
            "said every scheme would get a visit from the mobile team at least twice a week."
        ),
        errors=[
            E("residents will no longer have their 24-hour alarm pull-cords", "polarity", "critical",
              "residents will keep their 24-hour alarm pull-cords"),
        ],
        traps=[
            T("none of the wardens will face compulsory redundancy",
              "no warden would be made compulsorily redundant"),
            T("£410,000 annually", "£410,000 a year"),
            T("From October, when the proposals come into effect", "which take effect in October"),
        ],
    ),
    dict(
        domain="film studio expansion", mode="rewrite",
        reference=(
            "Greyfield Studios has been given planning permission to add four sound stages to its "
            "site on the edge of Wendlow, a £95 million expansion that the company says will create "
            "650 permanent jobs. The new stages, each about 2,300 square metres, are due to be "
            "completed by the end of 2026. Greyfield's chief executive, Lena Varga, said demand from "
            "streaming productions had outstripped the studio's capacity for the past three years. "
            "The approval includes conditions limiting night-time filming on outdoor lots and "
            "requiring a new access road off the Wendlow bypass so that trucks avoid the village "
            "centre. Wendlow Parish Council, which had objected to the original design, said it was "
            "satisfied with the revised plans."
        ),
        candidate=(
            "Plans by Greyfield Studios to build four more sound stages at its site on the edge of "
            "Wendlow have been approved, clearing the way for a £95m expansion that the company says "
            "will bring 650 permanent jobs, making Greyfield the largest studio complex in the "
            "region. The four stages will cover about 2,300 square metres in total and are scheduled "
            "for completion by late 2026. Chief executive Lena Varga said that for the last three "
            "years demand from streaming productions had been greater than the studio could handle. "
            "Conditions attached to the approval restrict night-time filming on outdoor lots and "
            "require a new access road off the Wendlow bypass to keep trucks out of the village "
            "centre. Wendlow Parish Council, which objected to the original design, said it was "
            "happy with the revised plans."
        ),
        errors=[
            E("making Greyfield the largest studio complex in the region", "addition", "minor", None),
            E("about 2,300 square metres in total", "number", "major", "each about 2,300 square metres"),
        ],
        traps=[
            T("£95m", "£95 million"),
            T("by late 2026", "by the end of 2026"),
            T("had been greater than the studio could handle", "had outstripped the studio's capacity"),
        ],
    ),
    dict(
        domain="highway toll increase", mode="rewrite",
        reference=(
            "Tolls on the Westmoor Expressway will rise by an average of 7.5 per cent from 1 April, "
            "the operator Northlink Roads announced on Monday. A standard car journey along the full "
            "42-kilometre route will cost $6.80, up from $6.30, while heavy goods vehicles will pay "
            "$19.40. Northlink said the increase was needed to fund resurfacing work on the Dell Hill "
            "section, which will start after the Easter holidays. Frequent users with an electronic "
            "tag will continue to receive a 20 per cent discount. The Regional Transport Authority "
            "approved the rise last month, but the Motorists' Alliance said drivers were being "
            "'squeezed from every side' and urged the authority to cap future increases at the rate "
            "of inflation."
        ),
        candidate=(
            "Northlink Roads said on Monday that tolls on the Westmoor Expressway would go up by 7.5 "
            "per cent on average from 1 April. Driving a standard car the full 42 kilometres of the "
            "route will cost $6.80 rather than $6.30, and heavy goods vehicles will be charged "
            "$19.40. The operator said the money was needed to pay for resurfacing the Dell Hill "
            "section, with work starting before the Easter holidays. Drivers who use the road "
            "frequently and have an electronic tag will still get 20 per cent off. The increase was "
            "approved last month by the Regional Transport Authority, but the Motorists' Alliance "
            "complained that drivers were being 'squeezed from every side' and called on the "
            "authority to limit future rises to the rate of inflation."
        ),
        errors=[
            E("before the Easter holidays", "date", "major", "after the Easter holidays"),
        ],
        traps=[
            T("will cost $6.80 rather than $6.30", "will cost $6.80, up from $6.30"),
            T("will still get 20 per cent off", "will continue to receive a 20 per cent discount"),
            T("The increase was approved last month by the Regional Transport Authority",
              "The Regional Transport Authority approved the rise last month"),
        ],
    ),
    dict(
        domain="cargo ship grounding", mode="rewrite",
        reference=(
            "The bulk carrier Morwen Star ran aground on a sandbank near the entrance to Port Calder "
            "early on Saturday while carrying 31,000 tonnes of grain. None of the 19 crew were "
            "injured, and the coastguard said there was no sign of fuel leaking from the hull. Two "
            "tugs tried to refloat the vessel on Saturday evening's high tide but failed, and a "
            "further attempt is planned for Monday once part of the cargo has been transferred to a "
            "barge. The harbour authority has closed the main shipping channel as a precaution, "
            "delaying at least six other ships. The Marine Accident Bureau has opened an "
            "investigation and will examine the ship's voyage data recorder."
        ),
        candidate=(
            "Early on Saturday the Morwen Star, a bulk carrier loaded with 31,000 tonnes of grain, "
            "went aground on a sandbank close to the entrance to Port Calder. All 19 crew members "
            "escaped injury, and according to the coastguard there were no signs of fuel escaping "
            "from the hull. Two tugs managed to pull the vessel partly free on Saturday evening's "
            "high tide, and another attempt is planned for Monday after some of the grain has been "
            "moved onto a barge. As a precaution the harbour authority has shut the main shipping "
            "channel, holding up at least six other vessels. An investigation has been launched by "
            "the Marine Accident Bureau, which will study the ship's voyage data recorder."
        ),
        errors=[
            E("Two tugs managed to pull the vessel partly free on Saturday evening's high tide",
              "event", "major",
              "Two tugs tried to refloat the vessel on Saturday evening's high tide but failed"),
        ],
        traps=[
            T("All 19 crew members escaped injury", "None of the 19 crew were injured"),
            T("went aground", "ran aground"),
            T("holding up at least six other vessels", "delaying at least six other ships"),
        ],
    ),
    dict(
        domain="literacy programme results", mode="rewrite",
        reference=(
            "Pupils taking part in the ReadRight tutoring programme in Calvermouth's primary schools "
            "made an average of seven months' extra progress in reading over a school year, "
            "according to an evaluation published on Wednesday by the Institute for Learning "
            "Research. The study followed 1,480 children aged seven to nine across 22 schools. The "
            "gains were largest among pupils eligible for free school meals. The researchers "
            "cautioned that the results could partly reflect extra attention from teachers and "
            "recommended a larger trial. The programme, funded by the Halloran Foundation, costs "
            "about £210 per pupil. Calvermouth's education director, Samuel Idowu, said the council "
            "hoped to extend it to all 61 primary schools in the district by 2026, subject to "
            "funding."
        ),
        candidate=(
            "Children on the ReadRight tutoring programme in Calvermouth's primary schools gained an "
            "average of seven extra months in reading progress over one school year, an evaluation "
            "released on Wednesday by the Halloran Foundation has found. Researchers tracked 1,480 "
            "pupils between the ages of seven and nine in 22 schools, and found the biggest "
            "improvements among those eligible for free school meals. They warned, however, that "
            "extra attention from teachers might partly explain the results, and called for a bigger "
            "trial. The programme, which the foundation pays for, costs roughly £210 per pupil. "
            "Samuel Idowu, Calvermouth's director of education, said the council hoped to roll it out "
            "to all 61 primary schools in the district by 2026 if funding allows."
        ),
        errors=[
            E("the Halloran Foundation", "attribution", "major", "the Institute for Learning Research"),
        ],
        traps=[
            T("might partly explain the results", "could partly reflect"),
            T("if funding allows", "subject to funding"),
            T("between the ages of seven and nine", "aged seven to nine"),
        ],
    ),
    dict(
        domain="ice rink energy costs", mode="rewrite",
        reference=(
            "Glenarrow Ice Arena may have to close for the summer because its electricity bill has "
            "more than doubled, the trust that runs it has warned. The Glenarrow Leisure Trust said "
            "the rink's annual energy costs had risen from £180,000 to £395,000 since its "
            "fixed-price contract expired in January. Chair Fiona Greer said trustees were "
            "considering shutting the ice from June to August, when attendance is lowest, and would "
            "make a decision by the end of April. The rink is home to the Glenarrow Falcons ice "
            "hockey club and a figure skating school with about 300 members. The trust has applied "
            "for a £150,000 grant from the regional energy support fund and is also exploring solar "
            "panels for the roof."
        ),
        candidate=(
            "Glenarrow Ice Arena will close for the summer because its electricity bill has more "
            "than doubled, according to the trust that operates it. Since its fixed-price contract "
            "ran out in January, the rink's yearly energy costs have climbed from £180,000 to "
            "£395,000, the Glenarrow Leisure Trust said. Trustees are considering shutting the ice "
            "from June to August, when attendance is at its lowest, chair Fiona Greer said. The "
            "arena is the home of the Glenarrow Falcons ice hockey club and of a figure skating "
            "school that has around 300 members. A £150,000 grant has been requested from the "
            "regional energy support fund, and the trust is also looking into putting solar panels "
            "on the roof."
        ),
        errors=[
            E("will close for the summer", "modality", "major", "may have to close for the summer"),
            OMIT("would make a decision by the end of April", "minor", after="at its lowest"),
        ],
        traps=[
            T("yearly energy costs have climbed", "annual energy costs had risen"),
            T("A £150,000 grant has been requested from", "has applied for a £150,000 grant from"),
            T("ran out", "expired"),
        ],
    ),
    # ------------------------------------------------------------------
    # Inconsistent summaries
    # ------------------------------------------------------------------
    dict(
        domain="baby formula shortage", mode="summary",
        reference=(
            "Shortages of infant formula are expected to continue in pharmacies and supermarkets "
            "across the Tallis region until at least September, health officials said on Tuesday. "
            "Supplies of the three most widely used brands fell by about 40 per cent after a fire in "
            "May halted production at the Corran Nutrition plant in Dunleigh, which makes most of "
            "the region's formula. The regional health authority has allowed imports of equivalent "
            "products from two overseas manufacturers and is limiting purchases to four tins per "
            "customer. Parents have been advised not to dilute formula or make it at home, and to "
            "speak to a health visitor if they cannot find a suitable product. Corran said repairs "
            "were progressing and it hoped to restart one of its two production lines in July."
        ),
        candidate=(
            "Infant formula shortages across the Tallis region are likely to last until at least "
            "September, health officials said on Tuesday. A fire in May stopped production at Corran "
            "Nutrition's plant in Dunleigh, the region's main supplier, cutting supplies of the three "
            "leading brands by about a quarter. Imports from two overseas manufacturers have been "
            "approved, and purchases are limited to four tins per customer. Parents are told not to "
            "dilute formula or make their own, and purchases are limited to four tins per customer. "
            "Corran hopes to restart one of its two production lines in July."
        ),
        errors=[
            E("by about a quarter", "number", "major", "by about 40 per cent"),
            E("purchases are limited to four tins per customer", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("are likely to last", "are expected to continue"),
            T("the region's main supplier", "which makes most of the region's formula"),
        ],
    ),
    dict(
        domain="sewer overflow warning", mode="summary",
        reference=(
            "Swimmers have been told to stay out of the water at three beaches near Porthvellan "
            "after heavy rain caused storm sewers to overflow into the bay on Sunday night. Coastal "
            "Water Services said untreated sewage had been discharged from the Lowen Point outfall "
            "for about six hours. The district's environmental health team has put up warning signs "
            "at Porthvellan Sands, Gull Cove and Ferris Beach and will take water samples daily. The "
            "advice is expected to remain in place for at least 48 hours. The warning does not apply "
            "to Tremellin Bay, which lies east of the headland and was not affected. Surfing club "
            "chairman Neil Roskilly said members were 'sick of' repeated spills and demanded "
            "investment in storage tanks."
        ),
        candidate=(
            "Swimmers have been advised to keep out of the water at three beaches near Porthvellan "
            "after storm sewers overflowed into the bay on Sunday night, releasing untreated sewage "
            "from the Lowen Point outfall for roughly six hours. Warning signs are up at Porthvellan "
            "Sands, Gull Cove and Ferris Beach, where water will be tested every day, and the advice "
            "is likely to stay for at least two days. The warning also covers Tremellin Bay, east of "
            "the headland. A surfing club chairman demanded investment in storage tanks."
        ),
        errors=[
            E("The warning also covers Tremellin Bay", "polarity", "critical",
              "The warning does not apply to Tremellin Bay"),
        ],
        traps=[
            T("roughly six hours", "about six hours"),
            T("at least two days", "at least 48 hours"),
            T("is likely to stay", "is expected to remain"),
        ],
    ),
    dict(
        domain="city marathon sponsorship", mode="summary",
        reference=(
            "Halbrook Bank has agreed a three-year deal to sponsor the Calderhithe City Marathon, "
            "replacing the sportswear firm Kestrel, which ended its sponsorship after last year's "
            "race. The agreement, worth a reported £1.5 million, will see the event renamed the "
            "Halbrook Bank Calderhithe Marathon from the 2025 race onwards. Race director Claire "
            "Mbeki said the money would fund a new wheelchair racing category and cut entry fees for "
            "local runners by £10. The marathon attracted 14,200 finishers in October, a record for "
            "the event. Halbrook Bank's head of community partnerships, Raj Pillai, said the bank had "
            "been a supporter of grassroots running clubs in the city for more than a decade."
        ),
        candidate=(
            "Kestrel has taken over sponsorship of the Calderhithe City Marathon from Halbrook Bank "
            "in a three-year deal reportedly worth £1.5m. Race director Claire Mbeki said the money "
            "would pay for a new wheelchair racing category and a £10 cut in entry fees for local "
            "runners. October's race drew a record 14,200 finishers, almost double the previous "
            "year's total."
        ),
        errors=[
            E("Kestrel has taken over sponsorship of the Calderhithe City Marathon from Halbrook Bank",
              "role", "critical",
              "Halbrook Bank has agreed a three-year deal to sponsor the Calderhithe City Marathon, "
              "replacing the sportswear firm Kestrel"),
            E("almost double the previous year's total", "addition", "major", None),
        ],
        traps=[
            T("reportedly worth £1.5m", "worth a reported £1.5 million"),
        ],
    ),
    dict(
        domain="paper mill closure", mode="summary",
        reference=(
            "Aldmoor Paper will close its mill in Kessingford at the end of November with the loss "
            "of 230 jobs, the company confirmed on Friday. The Finnish-owned firm blamed a sharp fall "
            "in demand for newsprint and energy costs that it said were twice those at its plants "
            "elsewhere in Europe. Production of newsprint will stop in September, and the remaining "
            "staff will spend the final two months decommissioning equipment. The mill has operated "
            "on the site since 1898 and is the town's largest private employer. Unions said they "
            "would press for enhanced redundancy terms, and the regional development agency has set "
            "up a taskforce to help workers find new jobs. Aldmoor said it would try to sell the "
            "site rather than demolish it."
        ),
        candidate=(
            "Finnish-owned Aldmoor Paper is to close its Kessingford mill, which has operated since "
            "1898 and is the town's largest private employer, at the end of November, with 230 jobs "
            "lost. It blamed falling newsprint demand and energy costs double those at its other "
            "European plants. Newsprint production ends in September, followed by two months of "
            "decommissioning. Unions have called a strike over redundancy terms, and a regional "
            "taskforce has been set up to help workers find new jobs. The company hopes to sell the "
            "site rather than demolish it."
        ),
        errors=[
            E("Unions have called a strike over redundancy terms", "event", "major",
              "Unions said they would press for enhanced redundancy terms"),
        ],
        traps=[
            T("double those at its other European plants",
              "twice those at its plants elsewhere in Europe"),
            T("hopes to sell the site", "would try to sell the site"),
        ],
    ),
    dict(
        domain="orchestra conductor appointment", mode="summary",
        reference=(
            "The Northmere Philharmonic has named the Estonian conductor Kaarel Ilves as its next "
            "music director, succeeding Bernard Hallam, who steps down next summer after 12 years in "
            "the post. Ilves, 41, is currently principal guest conductor of the Halvik Symphony "
            "Orchestra and made his Northmere debut in 2021 with Mahler's Sixth Symphony. He has "
            "signed a five-year contract and will conduct at least ten weeks of concerts each "
            "season. Orchestra chief executive Helen Marsh said Ilves had been the players' "
            "unanimous choice. Hallam will become conductor laureate and return to conduct the "
            "orchestra's 75th anniversary concert in 2027."
        ),
        candidate=(
            "Finnish conductor Kaarel Ilves, 41, will become music director of the Northmere "
            "Philharmonic on a five-year contract, taking over from Bernard Hallam, who leaves next "
            "summer after 12 years. Ilves, now principal guest conductor of the Halvik Symphony "
            "Orchestra, will conduct a minimum of ten weeks of concerts each season and was the "
            "players' unanimous choice, according to chief executive Helen Marsh. Hallam will become "
            "conductor laureate."
        ),
        errors=[
            E("Finnish", "entity", "minor", "Estonian"),
        ],
        traps=[
            T("a minimum of ten weeks", "at least ten weeks"),
            T("taking over from Bernard Hallam", "succeeding Bernard Hallam"),
            T("leaves next summer", "steps down next summer"),
        ],
    ),
    # ------------------------------------------------------------------
    # Inconsistent translations
    # ------------------------------------------------------------------
    dict(
        domain="pipeline leak inquiry", mode="translation",
        reference=(
            "The energy regulator has opened a formal inquiry into the leak from the Brenna–Stolvik "
            "gas condensate pipeline, which was discovered by a fishing crew on 9 October. According "
            "to the regulator, about 85 cubic metres of condensate escaped into the fjord before the "
            "operator, Nordkyst Transport, shut the line down roughly 14 hours after the first "
            "alarm. The inquiry will examine why the alarm was initially treated as a sensor fault. "
            "Its findings are to be published by the end of March. The regulator's director, Ingrid "
            "Haugvik, said that the company could face a fine if it was found to have breached its "
            "safety obligations. Nordkyst has said it is cooperating fully and that the pipeline "
            "will remain out of service until repairs are approved."
        ),
        candidate=(
            "A formal investigation has been launched by the energy regulator into the leak on the "
            "Brenna–Stolvik gas condensate pipeline, which fishermen discovered on 9 October. The "
            "regulator says some 85 cubic metres of condensate flowed into the fjord before operator "
            "Nordkyst Transport closed the pipeline, around 14 hours after the alarm first sounded. "
            "Investigators will look at why the alarm was at first dismissed as a faulty sensor. The "
            "findings will be published from the end of March. Ingrid Haugvik, who heads the "
            "regulator, stated that the company will be fined for breaching its safety obligations. "
            "Nordkyst says it is cooperating fully and that the pipeline will stay shut until the "
            "repairs have been approved."
        ),
        errors=[
            E("from the end of March", "date", "minor", "by the end of March"),
            E("the company will be fined for breaching its safety obligations", "modality", "major",
              "the company could face a fine if it was found to have breached its safety obligations"),
        ],
        traps=[
            T("which fishermen discovered on 9 October",
              "which was discovered by a fishing crew on 9 October"),
            T("Ingrid Haugvik, who heads the regulator", "The regulator's director, Ingrid Haugvik"),
            T("dismissed as a faulty sensor", "treated as a sensor fault"),
        ],
    ),
    dict(
        domain="military barracks sale", mode="translation",
        reference=(
            "The Defence Ministry has agreed to sell the former Grevenhorst barracks to the city of "
            "Haldersheim for 11 million euros, ending four years of negotiations. The 26-hectare "
            "site, which has been empty since the last infantry battalion left in 2016, is to be "
            "converted into around 900 homes, a school and a park. Mayor Katrin Vogt said at least a "
            "third of the flats would be offered at subsidised rents. The ministry had originally "
            "asked for 19 million euros but lowered its price after a survey found the soil was "
            "contaminated with fuel oil in several places. According to the city, the clean-up will "
            "cost about 4 million euros and will be carried out before construction begins in 2026."
        ),
        candidate=(
            "The city of Haldersheim is selling the former Grevenhorst barracks to the Defence "
            "Ministry for 11 million euros, which brings four years of negotiations to a close. The "
            "site covers 26 hectares and has stood empty since 2016, when the last infantry "
            "battalion moved out; it is to be transformed into roughly 900 homes, a school and a "
            "park. At least one in three flats will be offered at subsidised rents, said Mayor "
            "Katrin Vogt. The ministry had at first demanded 19 million euros, but reduced the price "
            "when a survey revealed fuel oil contamination in the soil at several points. According "
            "to the ministry, cleaning up the site will cost around 4 million euros and will be done "
            "before building work starts in 2026."
        ),
        errors=[
            E("The city of Haldersheim is selling the former Grevenhorst barracks to the Defence "
              "Ministry", "role", "critical",
              "The Defence Ministry has agreed to sell the former Grevenhorst barracks to the city of "
              "Haldersheim"),
            E("According to the ministry", "attribution", "minor", "According to the city"),
        ],
        traps=[
            T("At least one in three flats", "at least a third of the flats"),
            T("had at first demanded 19 million euros", "had originally asked for 19 million euros"),
            T("brings four years of negotiations to a close", "ending four years of negotiations"),
        ],
    ),
    dict(
        domain="wildfire insurance claims", mode="translation",
        reference=(
            "Insurance companies have received more than 6,300 claims since the August wildfires in "
            "the Serra Calvinha hills, the Insurance Sector Council said on Thursday. Most of the "
            "claims relate to damaged homes and farm buildings, and the total cost is estimated at "
            "210 million euros. The council said around 70 per cent of claims for homes had already "
            "been assessed, but warned that many farmers were not covered because their policies "
            "excluded fire damage to crops. The government has promised emergency aid of up to "
            "15,000 euros per farm for uninsured losses. The mayor of Vila Marenha, Ana Teixeira, "
            "criticised the slow payouts, saying dozens of families were still living with "
            "relatives."
        ),
        candidate=(
            "Since wildfires tore through the Serra Calvinha hills in August, insurers have been "
            "sent over 6,300 claims, according to figures released on Thursday by the Insurance "
            "Sector Council. The bulk of them concern damage to houses and farm buildings, with the "
            "overall bill put at an estimated 210 million euros. Roughly 70 per cent of home claims "
            "had not yet been assessed, the council said, adding that many farmers had no cover "
            "because their policies did not include fire damage to crops. The government has "
            "pledged emergency aid of as much as 15,000 euros per farm to cover uninsured losses. Ana "
            "Teixeira, mayor of Serra Calvinha, complained that payouts were slow, saying dozens of "
            "families were still staying with relatives."
        ),
        errors=[
            E("had not yet been assessed", "polarity", "major", "had already been assessed"),
            E("Serra Calvinha", "entity", "minor", "Vila Marenha", occ=1),
        ],
        traps=[
            T("over 6,300 claims", "more than 6,300 claims"),
            T("had no cover", "were not covered"),
            T("did not include fire damage to crops", "excluded fire damage to crops"),
        ],
    ),
    dict(
        domain="train ticket machine failure", mode="translation",
        reference=(
            "Passengers were unable to buy tickets from machines at all 64 stations on the regional "
            "network on Monday morning after a software update went wrong, the rail operator "
            "Lintrail said. The fault began shortly after 5 a.m. and was fixed at around 11.30. "
            "During that time, passengers without a ticket were allowed to travel free of charge, "
            "and conductors were instructed not to issue fines. Ticket offices at the eight largest "
            "stations remained open, but queues of up to 40 minutes formed. The mobile app was not "
            "affected. Lintrail apologised and said the supplier of the software, Datavent, would "
            "carry out a full review. It is the second such breakdown this year."
        ),
        candidate=(
            "On Monday morning, ticket machines at every one of the regional network's 64 stations "
            "stopped selling tickets following a failed software update, according to rail operator "
            "Lintrail. The problem started just after 5 a.m. and was resolved at about half past "
            "eleven. In the meantime, passengers who had no ticket could buy one on board at no "
            "extra charge, and conductors had orders not to hand out fines. The ticket offices at "
            "the eight biggest stations stayed open, although people had to queue for as long as 40 "
            "minutes. The mobile app worked normally. Lintrail apologised and said Datavent, which "
            "supplied the software, would conduct a thorough review. This is the second breakdown "
            "of this kind this year."
        ),
        errors=[
            E("could buy one on board at no extra charge", "event", "major",
              "were allowed to travel free of charge"),
        ],
        traps=[
            T("at about half past eleven", "at around 11.30"),
            T("The mobile app worked normally", "The mobile app was not affected"),
            T("every one of the regional network's 64 stations",
              "all 64 stations on the regional network"),
        ],
    ),
    dict(
        domain="river ferry relaunch", mode="translation",
        reference=(
            "The passenger ferry across the Vesna river between the Old Harbour and the Kalina "
            "district will return on 1 June after a break of almost seven years, the municipal "
            "transport company announced. The service was suspended in 2018 when the previous "
            "vessel failed a safety inspection. The new electric ferry, built at the Marelsk "
            "shipyard, can carry 60 passengers and 20 bicycles. It will run every 20 minutes from 6 "
            "a.m. to 10 p.m. on weekdays and hourly at weekends. A single crossing will cost the "
            "same as a city bus ticket, and monthly pass holders will travel at no extra cost. The "
            "company expects about 1,500 passengers a day in the summer months."
        ),
        candidate=(
            "The municipal transport company has announced that the passenger ferry linking the Old "
            "Harbour and the Kalina district across the Vesna will be back in service from 1 June, "
            "almost seven years after it last ran. The crossing was halted in 2018 after the old "
            "boat did not pass a safety inspection. The new ferry, an electric vessel from the "
            "Marelsk shipyard, has room for 60 passengers and 20 bicycles. On weekdays it will sail "
            "every 20 minutes between 6 a.m. and 10 p.m., and once an hour at weekends, once an hour "
            "at weekends. A single trip will be priced the same as a city bus ticket, and holders of "
            "a monthly pass will pay nothing extra. The company expects around 1,500 passengers a "
            "day during the summer."
        ),
        errors=[
            E("once an hour at weekends", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("did not pass a safety inspection", "failed a safety inspection"),
            T("has room for 60 passengers", "can carry 60 passengers"),
            T("will pay nothing extra", "will travel at no extra cost"),
        ],
    ),
    # ------------------------------------------------------------------
    # Consistent rewrites
    # ------------------------------------------------------------------
    dict(
        domain="textile museum donation", mode="rewrite",
        reference=(
            "The Pendlecroft Textile Museum has received a donation of more than 1,200 historic "
            "garments and fabric samples from the family of the late mill owner Edwin Pardoe. The "
            "collection, which includes pattern books dating from the 1840s and a rare set of "
            "hand-printed calico, had been stored in the family's attic for over 60 years. Museum "
            "director Carys Lloyd said it was the largest single gift in the museum's history and "
            "would take around two years to catalogue. Some items will go on display in a temporary "
            "exhibition opening on Saturday 12 April. The museum has also launched an appeal to "
            "raise £80,000 for specialist storage cabinets, and has so far collected a quarter of "
            "that sum."
        ),
        candidate=(
            "More than 1,200 historic garments and fabric samples have been given to the "
            "Pendlecroft Textile Museum by relatives of the late mill owner Edwin Pardoe. Among them "
            "are pattern books going back to the 1840s and a rare set of hand-printed calico, all of "
            "which the family had kept in their attic for upwards of six decades. According to the "
            "museum's director, Carys Lloyd, this is the biggest single donation the museum has ever "
            "received, and cataloguing it will take about two years. A selection will be shown in a "
            "temporary exhibition that opens on Saturday 12 April. In addition, the museum is "
            "appealing for £80,000 to buy specialist storage cabinets and has raised £20,000 so far."
        ),
        errors=[],
        traps=[
            T("relatives of the late mill owner", "the family of the late mill owner"),
            T("upwards of six decades", "over 60 years"),
            T("the biggest single donation the museum has ever received",
              "the largest single gift in the museum's history"),
            T("has raised £20,000 so far", "has so far collected a quarter of that sum"),
        ],
    ),
    dict(
        domain="junior football league", mode="rewrite",
        reference=(
            "The Dunhallow and District Junior Football League will introduce a 'silent sideline' "
            "rule for all under-11 matches from September, banning parents and spectators from "
            "shouting instructions during play. League secretary Martin Oduya said the move followed "
            "23 complaints about abusive behaviour from touchlines last season, more than double the "
            "previous year's figure. Spectators will still be allowed to clap and cheer goals. Clubs "
            "that repeatedly break the rule could be fined £50 or have points deducted. The league, "
            "which has 86 teams and about 1,400 players, said a similar scheme in the neighbouring "
            "Castlebury league had cut complaints by half within a year."
        ),
        candidate=(
            "From September, parents and other spectators at all under-11 games in the Dunhallow and "
            "District Junior Football League will not be allowed to shout instructions while play is "
            "going on, under a new 'silent sideline' rule. Clapping and cheering when a goal is "
            "scored will still be permitted. Martin Oduya, the league's secretary, said the decision "
            "came after 23 complaints of abusive touchline behaviour last season, over twice as many "
            "as the year before. Clubs that break the rule repeatedly face possible fines of £50 or "
            "point deductions. The league, with 86 teams and roughly 1,400 players, said a "
            "comparable scheme in the neighbouring Castlebury league had halved complaints within a "
            "year."
        ),
        errors=[],
        traps=[
            T("Clapping and cheering when a goal is scored will still be permitted",
              "Spectators will still be allowed to clap and cheer goals"),
            T("Martin Oduya, the league's secretary", "League secretary Martin Oduya"),
            T("over twice as many as the year before", "more than double the previous year's figure"),
            T("face possible fines of £50", "could be fined £50"),
            T("had halved complaints", "had cut complaints by half"),
        ],
    ),
    dict(
        domain="cathedral choir scholarship", mode="rewrite",
        reference=(
            "St Aldhelm's Cathedral in Corrington is offering four new choral scholarships for girls "
            "aged 10 to 13, the first time in its 900-year history that girls will sing in the main "
            "cathedral choir. The scholarships, funded by a £240,000 bequest from former organist Dr "
            "Harold Fenn, will cover half of the fees at the cathedral school for each singer. "
            "Successful candidates will sing at evensong three times a week alongside the existing "
            "boy choristers and lay clerks. Auditions will take place on 8 and 9 February, and "
            "applicants do not need to have had formal musical training. Director of music Sophie "
            "Carver said the cathedral wanted 'to open its doors to every child with a good ear and "
            "a love of singing'."
        ),
        candidate=(
            "For the first time in its 900-year history, St Aldhelm's Cathedral in Corrington will "
            "have girls singing in its main choir, as it is offering four new choral scholarships "
            "for girls between 10 and 13. Paid for by a £240,000 legacy left by Dr Harold Fenn, a "
            "former organist, each scholarship will meet 50 per cent of the singer's fees at the "
            "cathedral school. The girls chosen will join the boy choristers and lay clerks already "
            "in the choir at evensong three times a week. Auditions are on 8 and 9 February, and no "
            "formal musical training is required. The cathedral wanted 'to open its doors to every "
            "child with a good ear and a love of singing', said Sophie Carver, its director of music."
        ),
        errors=[],
        traps=[
            T("between 10 and 13", "aged 10 to 13"),
            T("legacy left by", "bequest from"),
            T("50 per cent of the singer's fees", "half of the fees"),
            T("no formal musical training is required",
              "applicants do not need to have had formal musical training"),
        ],
    ),
    dict(
        domain="observatory telescope repair", mode="rewrite",
        reference=(
            "The main telescope at the Kelmore Hill Observatory is back in operation after a "
            "seven-month repair to its primary mirror support system, the University of Brackenford "
            "announced on Monday. Engineers discovered in March that several of the 36 hydraulic "
            "pads holding the 2.4-metre mirror had begun to leak, causing the image to blur. "
            "Replacing them cost £620,000, of which £400,000 came from the national science council. "
            "Observatory manager Dr Ines Castell said the first test images were 'sharper than "
            "before the fault'. Around 40 research projects were postponed during the shutdown, and "
            "the university said most would be given extra observing time over the next two years."
        ),
        candidate=(
            "After seven months of repairs to the system supporting its primary mirror, the main "
            "telescope at the Kelmore Hill Observatory is working again, the University of "
            "Brackenford said on Monday. In March engineers found that a number of the 36 hydraulic "
            "pads holding the 2.4-metre mirror had started leaking, which was blurring the image. "
            "Replacing them cost £620,000, nearly two-thirds of which was met by the national "
            "science council. The first test images were 'sharper than before the fault', according "
            "to observatory manager Dr Ines Castell. The shutdown forced the postponement of some 40 "
            "research projects, most of which will receive additional observing time over the "
            "coming two years, the university said."
        ),
        errors=[],
        traps=[
            T("is working again", "is back in operation"),
            T("a number of", "several"),
            T("nearly two-thirds of which was met by the national science council",
              "of which £400,000 came from the national science council"),
            T("The shutdown forced the postponement of some 40 research projects",
              "Around 40 research projects were postponed during the shutdown"),
        ],
    ),
    dict(
        domain="village shop buyout", mode="rewrite",
        reference=(
            "Residents of Little Senford have raised £185,000 to buy their village shop, which was "
            "due to close at the end of the month when its owners retired. More than 260 people "
            "bought shares in the new community benefit society, Senford Stores Ltd, with individual "
            "investments ranging from £50 to £5,000. A further £40,000 came from a rural development "
            "grant. The shop, which includes the village's only post office counter, will be run by "
            "a paid manager and a rota of about 30 volunteers. Society chair Joan Whitlock said the "
            "purchase would be completed on 3 May. Any profits will be reinvested in the shop or "
            "donated to local causes."
        ),
        candidate=(
            "The village shop in Little Senford, which was set to shut at the end of the month "
            "because its owners were retiring, is to be bought by residents after they raised "
            "£185,000. Over 260 people bought shares in Senford Stores Ltd, a newly formed community "
            "benefit society, putting in between £50 and £5,000 each, and a rural development grant "
            "contributed another £40,000. A paid manager and some 30 volunteers working on a rota "
            "will run the shop, which has the only post office counter in the village. The purchase "
            "will go through on 3 May, according to Joan Whitlock, who chairs the society. Any "
            "profits will either be put back into the shop or given to local causes."
        ),
        errors=[],
        traps=[
            T("Over 260 people", "More than 260 people"),
            T("putting in between £50 and £5,000 each",
              "with individual investments ranging from £50 to £5,000"),
            T("will go through on 3 May", "would be completed on 3 May"),
            T("Joan Whitlock, who chairs the society", "Society chair Joan Whitlock"),
        ],
    ),
    dict(
        domain="urban tree planting scheme", mode="rewrite",
        reference=(
            "Brimford City Council will plant 12,000 street trees over the next five years under a "
            "£3.4 million scheme aimed at cooling the city's hottest neighbourhoods. Priority will go "
            "to the eastern wards of Caskell Gate and Mirewood, where tree cover is below 8 per cent, "
            "compared with a city average of 17 per cent. The council said at least 40 different "
            "species would be used to reduce the risk of disease wiping out large numbers of trees. "
            "Residents will be able to request a tree outside their home through an online map. "
            "Environment lead Cllr Omar Haddad said the scheme was 'not a luxury but basic "
            "infrastructure for a warming climate'. Planting is expected to begin in November."
        ),
        candidate=(
            "Over the coming five years, 12,000 street trees are to be planted by Brimford City "
            "Council in a £3.4m scheme intended to cool the city's hottest neighbourhoods. First in "
            "line will be the eastern wards of Caskell Gate and Mirewood, where tree cover is under 8 "
            "per cent, against a citywide average of 17 per cent. To lower the chance of disease "
            "killing off large numbers of trees, no fewer than 40 species will be used, the council "
            "said. An online map will let residents ask for a tree outside their home. Cllr Omar "
            "Haddad, who leads on the environment, called the scheme 'not a luxury but basic "
            "infrastructure for a warming climate'. Planting is likely to start in November."
        ),
        errors=[],
        traps=[
            T("£3.4m", "£3.4 million"),
            T("First in line will be", "Priority will go to"),
            T("under 8 per cent", "below 8 per cent"),
            T("no fewer than 40 species", "at least 40 different species"),
            T("is likely to start in November", "is expected to begin in November"),
        ],
    ),
    dict(
        domain="homeless shelter expansion", mode="rewrite",
        reference=(
            "The Harbour Light night shelter in Kelsway will almost double its capacity, from 28 to "
            "54 beds, after the charity that runs it bought the empty office building next door. "
            "Harbour Light Trust paid £1.1 million for the property with help from a £700,000 loan "
            "from the Kelsway Housing Partnership, to be repaid over 15 years. Conversion work is due "
            "to start in January and should be finished before next winter. The extra space will "
            "also house a day centre offering showers, laundry and advice on benefits and housing. "
            "Chief executive Anita Rowe said the shelter had turned away an average of nine people a "
            "night last winter because it was full."
        ),
        candidate=(
            "After buying the vacant office block next door, the charity behind the Harbour Light "
            "night shelter in Kelsway is set to increase its beds from 28 to 54, close to twice the "
            "current number. The £1.1m purchase by Harbour Light Trust was supported by a £700,000 "
            "loan, repayable over 15 years, from the Kelsway Housing Partnership. Work to convert "
            "the building is scheduled to begin in January and is expected to be completed ahead of "
            "next winter. The additional space will also accommodate a day centre providing "
            "showers, laundry facilities and advice on housing and benefits. Last winter the shelter "
            "was full and had to turn away nine people a night on average, said chief executive "
            "Anita Rowe."
        ),
        errors=[],
        traps=[
            T("vacant office block", "empty office building"),
            T("close to twice the current number", "almost double its capacity"),
            T("£1.1m", "£1.1 million"),
            T("ahead of next winter", "before next winter"),
        ],
    ),
    dict(
        domain="pedestrian bridge opening", mode="rewrite",
        reference=(
            "A new pedestrian and cycle bridge over the River Almery at Carnford opened to the "
            "public on Wednesday, 18 months later than planned. The 140-metre bridge links the "
            "railway station with the Riverside business park and is expected to be used by around "
            "3,000 people a day. Construction costs rose from an original estimate of £9 million to "
            "£13.5 million, largely because of flood damage to temporary works in 2023. The county "
            "council said the bridge would cut the walk from the station to the business park from "
            "25 minutes to about eight. It was formally opened by nine-year-old Ella Brough, who won "
            "a competition to name it the Kingfisher Bridge."
        ),
        candidate=(
            "Eighteen months behind schedule, a new bridge for pedestrians and cyclists across the "
            "River Almery at Carnford was opened to the public on Wednesday. Stretching 140 metres "
            "between the railway station and the Riverside business park, the bridge is likely to "
            "carry some 3,000 people daily. Construction costs went up by half, from an original "
            "estimate of £9m to £13.5m, mainly as a result of flood damage to temporary works in "
            "2023. According to the county council, the walk from the station to the business park "
            "will take roughly eight minutes instead of 25. Ella Brough, aged nine, performed the "
            "formal opening after winning a competition to name it the Kingfisher Bridge."
        ),
        errors=[],
        traps=[
            T("Eighteen months behind schedule", "18 months later than planned"),
            T("is likely to carry some 3,000 people daily",
              "is expected to be used by around 3,000 people a day"),
            T("went up by half", "rose"),
            T("roughly eight minutes instead of 25", "from 25 minutes to about eight"),
            T("Ella Brough, aged nine", "nine-year-old Ella Brough"),
        ],
    ),
    dict(
        domain="fishing harbour crane", mode="rewrite",
        reference=(
            "A new 25-tonne mobile crane has been installed at Pentreath fishing harbour, replacing "
            "a 40-year-old fixed crane that was taken out of service last autumn after failing a "
            "safety inspection. Since then, fishermen have had to hire a crane by the day or travel "
            "30 miles to Trevellick to land heavy catches and lift boats for repairs. The £380,000 "
            "crane was paid for by the harbour commissioners, with a £150,000 contribution from the "
            "Shoreline Communities Fund. Harbourmaster Derek Polglase said it could lift boats of up "
            "to 15 metres, compared with 11 metres for the old crane. Harbour users will be charged "
            "£45 per lift, the same rate as before."
        ),
        candidate=(
            "Pentreath fishing harbour now has a new 25-tonne mobile crane. It replaces a fixed "
            "crane, 40 years old, which was withdrawn from service last autumn when it did not pass a "
            "safety inspection. In the months since, fishermen have had to either hire a crane by "
            "the day or make a 30-mile trip to Trevellick to land heavy catches and lift boats out "
            "for repairs. The harbour commissioners funded the £380,000 crane, helped by £150,000 "
            "from the Shoreline Communities Fund. It can lift boats as long as 15 metres, whereas "
            "the old crane could manage 11 metres, harbourmaster Derek Polglase said. The charge for "
            "harbour users will stay at £45 per lift."
        ),
        errors=[],
        traps=[
            T("when it did not pass a safety inspection", "after failing a safety inspection"),
            T("The harbour commissioners funded the £380,000 crane",
              "The £380,000 crane was paid for by the harbour commissioners"),
            T("as long as 15 metres", "of up to 15 metres"),
            T("will stay at £45 per lift", "£45 per lift, the same rate as before"),
        ],
    ),
    dict(
        domain="rural bus subsidy", mode="rewrite",
        reference=(
            "The county council has agreed to spend an extra £2.6 million a year subsidising rural "
            "bus routes, reversing cuts that left 17 villages without any regular service in 2022. "
            "The money, approved at a cabinet meeting on Tuesday, will restore 11 routes and "
            "increase the frequency of six others from two buses a day to one an hour. Fares on all "
            "subsidised routes will be capped at £2 for a single journey until at least March 2026. "
            "Transport portfolio holder Cllr Bethan Mordaunt said the decision would 'reconnect "
            "people to jobs, doctors and each other'. Opposition councillors supported the plan but "
            "questioned whether the funding would continue beyond the current budget period."
        ),
        candidate=(
            "Rural bus routes will receive an additional £2.6m a year in subsidy, the county council "
            "has agreed, undoing cuts that in 2022 left 17 villages with no regular service. The "
            "funding, which cabinet approved on Tuesday, will bring back 11 routes and raise the "
            "frequency on six more from twice a day to hourly. Until at least March 2026, a single "
            "journey on any subsidised route will cost no more than £2. The decision would "
            "'reconnect people to jobs, doctors and each other', said Cllr Bethan Mordaunt, who "
            "holds the transport portfolio. Opposition councillors backed the plan, though they "
            "questioned whether the money would still be available after the current budget period."
        ),
        errors=[],
        traps=[
            T("£2.6m", "£2.6 million"),
            T("undoing cuts", "reversing cuts"),
            T("from twice a day to hourly", "from two buses a day to one an hour"),
            T("will cost no more than £2", "will be capped at £2"),
            T("backed the plan", "supported the plan"),
        ],
    ),
    # ------------------------------------------------------------------
    # Consistent summaries
    # ------------------------------------------------------------------
    dict(
        domain="oyster bed contamination", mode="summary",
        reference=(
            "Harvesting has been suspended at the Menwick Creek oyster beds after routine tests "
            "found norovirus in shellfish samples, the Food Safety Agency said on Friday. The ban "
            "covers all 14 licensed beds in the creek and will remain until two consecutive sets of "
            "samples, taken at least a week apart, come back clear. Oysters already sold are not "
            "being recalled because the affected batches were held at the depuration plant and "
            "never left the site, the agency said. Menwick Shellfish Growers' Association, whose 22 "
            "members employ about 90 people, estimated that the closure would cost the industry "
            "£35,000 a week. The source of the contamination has not been identified, but heavy "
            "rainfall earlier in the month is being investigated as a possible cause."
        ),
        candidate=(
            "Oyster harvesting at all 14 licensed beds in Menwick Creek has been halted after "
            "norovirus turned up in routine tests, the Food Safety Agency said. The ban will stay "
            "until two consecutive sets of samples, at least a week apart, come back clear. There is "
            "no recall, since the affected batches never left the depuration plant. The growers' "
            "association estimates the closure will cost the industry £35,000 a week. The source is "
            "unknown, but heavy rain earlier in the month is being investigated as a possible cause."
        ),
        errors=[],
        traps=[
            T("halted", "suspended"),
            T("norovirus turned up in routine tests", "routine tests found norovirus"),
            T("There is no recall", "are not being recalled"),
            T("The source is unknown", "The source of the contamination has not been identified"),
        ],
    ),
    dict(
        domain="broadband voucher scheme", mode="summary",
        reference=(
            "Households and businesses in remote parts of the Tavish Valley can now apply for "
            "vouchers worth up to £4,500 to help connect to gigabit-capable broadband, the "
            "Department for Digital Infrastructure announced on Monday. The scheme, backed by £18 "
            "million of government funding, is aimed at about 6,000 properties that commercial "
            "providers have said they will not reach before 2030. Vouchers are worth up to £4,500 "
            "for businesses and up to £1,500 for homes, and can be pooled by neighbours to fund a "
            "shared connection. Applications must be made through a registered supplier. Digital "
            "minister Ruth Caddick said the scheme would help 'end the two-speed countryside'. Only "
            "properties with current download speeds below 100 megabits per second are eligible."
        ),
        candidate=(
            "A government scheme worth £18m, aimed at about 6,000 remote properties in the Tavish "
            "Valley that commercial providers say they will not reach before 2030, is now taking "
            "applications for gigabit broadband vouchers. Businesses can claim up to £4,500 and "
            "homes up to £1,500, neighbours may pool vouchers for a shared connection, and "
            "applications must go through a registered supplier. Only properties currently getting "
            "download speeds of less than 100Mbps qualify."
        ),
        errors=[],
        traps=[
            T("A government scheme worth £18m",
              "The scheme, backed by £18 million of government funding"),
            T("is now taking applications", "can now apply"),
            T("neighbours may pool vouchers for a shared connection",
              "can be pooled by neighbours to fund a shared connection"),
            T("less than 100Mbps", "below 100 megabits per second"),
        ],
    ),
    dict(
        domain="chemical plant evacuation", mode="summary",
        reference=(
            "About 400 workers were evacuated from the Norbridge chemical plant on Wednesday "
            "afternoon after a valve failure caused a release of chlorine gas in one of its storage "
            "units. Fire crews from three stations attended, and the leak was sealed within 90 "
            "minutes. Five employees were taken to hospital with breathing difficulties; four were "
            "discharged the same evening and one remains under observation. Residents within a "
            "one-kilometre radius were told to keep windows and doors closed until 7 p.m., when air "
            "monitoring showed chlorine levels had returned to normal. The plant's operator, Trevane "
            "Chemicals, said production would stay suspended while the Health and Safety "
            "Directorate investigates. The company has been fined twice in the past decade for "
            "safety breaches at the site."
        ),
        candidate=(
            "A chlorine gas release caused by a failed valve forced the evacuation of some 400 "
            "workers from the Norbridge chemical plant on Wednesday afternoon. The leak was sealed "
            "within an hour and a half. Of five employees hospitalised with breathing problems, one "
            "is still under observation. Residents within a kilometre were told to keep windows and "
            "doors shut until 7 p.m. Operator Trevane Chemicals, fined twice in ten years for safety "
            "breaches at the site, says production will stay suspended while the Health and Safety "
            "Directorate investigates."
        ),
        errors=[],
        traps=[
            T("some 400 workers", "About 400 workers"),
            T("within an hour and a half", "within 90 minutes"),
            T("hospitalised", "taken to hospital"),
            T("fined twice in ten years", "fined twice in the past decade"),
        ],
    ),
    dict(
        domain="greenhouse gas audit", mode="summary",
        reference=(
            "An independent audit has found that Calloway Foods' greenhouse gas emissions fell by 12 "
            "per cent between 2019 and 2023, less than half the 30 per cent cut the company had "
            "claimed in its annual sustainability report. The audit, carried out by the consultancy "
            "Verity Carbon at the request of the firm's shareholders, said the company had excluded "
            "emissions from its overseas refrigerated warehouses and had counted renewable energy "
            "certificates bought after the period ended. Calloway said it accepted the findings 'in "
            "full' and would publish corrected figures by June. Its chief executive, Mark Devlin, "
            "said the errors were 'unintentional but unacceptable'. The company still aims to reach "
            "net zero by 2040, but says it will set new interim targets."
        ),
        candidate=(
            "Calloway Foods cut its greenhouse gas emissions by 12 per cent from 2019 to 2023, not "
            "the 30 per cent it claimed, according to an independent audit by Verity Carbon "
            "commissioned at shareholders' request. The auditors found the company had left out "
            "emissions from its overseas refrigerated warehouses and counted renewable energy "
            "certificates bought after the period ended. Calloway accepts the findings in full, "
            "will publish corrected figures by June and is keeping its 2040 net zero goal while "
            "setting new interim targets."
        ),
        errors=[],
        traps=[
            T("from 2019 to 2023", "between 2019 and 2023"),
            T("commissioned at shareholders' request", "at the request of the firm's shareholders"),
            T("left out emissions", "excluded emissions"),
            T("is keeping its 2040 net zero goal", "still aims to reach net zero by 2040"),
        ],
    ),
    dict(
        domain="museum roof appeal", mode="summary",
        reference=(
            "The Pellingham Museum of Local History has launched an appeal to raise £750,000 to "
            "replace its leaking Victorian roof, warning that parts of the building may have to "
            "close if the work is not done within two years. Water entered three galleries during "
            "storms in February, damaging a 17th-century tapestry and forcing staff to move more "
            "than 2,000 objects into temporary storage. The museum has already secured £450,000 from "
            "the Heritage Buildings Trust, on condition that the remaining money is raised locally "
            "by the end of next year. Director Alan Prewitt said donations of any size would help, "
            "and that donors giving more than £500 would have their names engraved on a panel in "
            "the entrance hall. Entry to the museum will remain free."
        ),
        candidate=(
            "The Pellingham Museum of Local History has launched a £750,000 appeal to replace its "
            "leaking Victorian roof, with £450,000 already secured from the Heritage Buildings Trust "
            "on condition that the rest is raised locally by the end of next year. It warns that "
            "parts of the building may have to close unless the work is done within two years. "
            "February storms let water into three galleries, damaging a 17th-century tapestry and "
            "forcing more than 2,000 objects into temporary storage. Admission stays free."
        ),
        errors=[],
        traps=[
            T("unless the work is done within two years", "if the work is not done within two years"),
            T("February storms let water into three galleries",
              "Water entered three galleries during storms in February"),
            T("Admission stays free", "Entry to the museum will remain free"),
        ],
    ),
    # ------------------------------------------------------------------
    # Consistent translations
    # ------------------------------------------------------------------
    dict(
        domain="ferry port customs checks", mode="translation",
        reference=(
            "From 1 March, customs officers at the port of Vaudrel will carry out systematic checks "
            "on all freight vehicles arriving on ferries from the United Kingdom, the customs "
            "administration announced on Tuesday. Until now, only around one lorry in ten was "
            "inspected. To avoid long queues, a new inspection area of 4 hectares with 120 parking "
            "spaces has been built next to the terminal, and 35 additional officers have been "
            "recruited. Hauliers will have to submit their customs declarations electronically at "
            "least two hours before boarding. The port's director, Élodie Marchand, admitted that "
            "waiting times could increase during the first weeks, but said the system should be "
            "running smoothly by the summer."
        ),
        candidate=(
            "The customs administration said on Tuesday that, starting on 1 March, every goods "
            "vehicle coming off ferries from the UK at Vaudrel port will be systematically checked "
            "by customs officers. Up to now, roughly 10 per cent of lorries have been inspected. A "
            "4-hectare inspection zone with parking for 120 vehicles has been built beside the "
            "terminal to prevent long queues, and 35 more officers have been taken on. Hauliers must "
            "file their customs declarations electronically no later than two hours before they "
            "board. Élodie Marchand, who runs the port, acknowledged that waits might get longer in "
            "the first few weeks, but said the system should be working smoothly by the summer."
        ),
        errors=[],
        traps=[
            T("from the UK", "from the United Kingdom"),
            T("roughly 10 per cent of lorries", "around one lorry in ten"),
            T("no later than two hours before they board", "at least two hours before boarding"),
            T("Élodie Marchand, who runs the port", "The port's director, Élodie Marchand"),
            T("waits might get longer", "waiting times could increase"),
        ],
    ),
    dict(
        domain="lottery grant for theatre", mode="translation",
        reference=(
            "The Teatro Dalmasso in Corvella will receive 2.8 million euros from the national "
            "lottery fund to restore its auditorium, which has been closed since 2019 because of "
            "structural problems in the ceiling. The grant will cover about 70 per cent of the total "
            "cost of the works; the rest will be paid by the municipality and a local banking "
            "foundation. Work is scheduled to begin in the autumn and last around 18 months. The "
            "theatre, built in 1874, has 620 seats and was the city's main venue for opera until its "
            "closure. Culture councillor Paolo Ferrandi said the aim was to reopen with a full "
            "season in 2027 and to keep ticket prices 'within reach of families'."
        ),
        candidate=(
            "A grant of 2.8 million euros from the national lottery fund will go towards restoring "
            "the auditorium of Corvella's Teatro Dalmasso, shut since 2019 owing to structural "
            "problems with its ceiling. That sum represents roughly seven-tenths of the overall cost "
            "of the works, with the remainder coming from the city council and a local banking "
            "foundation. The works are due to start in the autumn and should take about a year and a "
            "half. Built in 1874, the 620-seat theatre was the city's main opera venue until it "
            "closed. According to the councillor for culture, Paolo Ferrandi, the goal is to reopen "
            "with a full season in 2027 and to keep ticket prices 'within reach of families'."
        ),
        errors=[],
        traps=[
            T("roughly seven-tenths of the overall cost", "about 70 per cent of the total cost"),
            T("the city council", "the municipality"),
            T("about a year and a half", "around 18 months"),
            T("the 620-seat theatre", "has 620 seats"),
            T("the councillor for culture, Paolo Ferrandi", "Culture councillor Paolo Ferrandi"),
        ],
    ),
    dict(
        domain="coral reef survey", mode="translation",
        reference=(
            "A survey of the reefs around the Kelurai archipelago found that 38 per cent of the "
            "coral was bleached in April, after sea temperatures stayed above 30 degrees for almost "
            "six weeks. The survey was carried out by divers from the Marine Research Institute at "
            "45 sites between 2 and 20 April. The researchers said most of the bleached coral was "
            "still alive and could recover if temperatures fall in the coming months, but warned "
            "that a second heatwave would probably kill a large part of it. Reefs in the northern "
            "part of the archipelago were the least affected. The fisheries ministry has temporarily "
            "banned anchoring at 12 of the most damaged sites."
        ),
        candidate=(
            "Nearly two-fifths of the coral around the Kelurai archipelago was bleached in April, "
            "after almost six weeks in which sea temperatures stayed above 30 degrees, a survey of "
            "the reefs has found. Divers from the Marine Research Institute examined 45 sites from 2 "
            "to 20 April. Most of the bleached coral is still alive, the scientists said, and may "
            "recover if the water cools over the next few months, but they warned that another "
            "heatwave would likely kill much of it. The reefs in the north of the archipelago "
            "suffered least. Anchoring has been temporarily prohibited by the fisheries ministry at "
            "12 of the worst-hit sites."
        ),
        errors=[],
        traps=[
            T("Nearly two-fifths", "38 per cent"),
            T("from 2 to 20 April", "between 2 and 20 April"),
            T("would likely kill much of it", "would probably kill a large part of it"),
            T("suffered least", "were the least affected"),
            T("worst-hit sites", "most damaged sites"),
        ],
    ),
    dict(
        domain="airline pilot training", mode="translation",
        reference=(
            "The airline Aerovela will open its own pilot training school in Santa Oriana next year "
            "in order to reduce its dependence on foreign recruits, the company's president, "
            "Rodrigo Almeida Pires, announced. The school, which will cost 45 million dollars, will "
            "have four flight simulators and is expected to train 120 cadets a year. Students "
            "selected by the airline will not pay tuition fees but will have to commit to working "
            "for Aerovela for at least seven years after qualifying. Training will last about 20 "
            "months. The airline currently employs 850 pilots, of whom around a quarter were trained "
            "abroad, and plans to hire 300 more by 2030 as it expands its regional fleet."
        ),
        candidate=(
            "Aerovela is to open a pilot training school of its own in Santa Oriana next year so "
            "that it relies less on recruits from abroad, its president Rodrigo Almeida Pires has "
            "announced. The 45-million-dollar school will be equipped with four flight simulators "
            "and should turn out 120 cadets annually. Trainees chosen by the airline will be exempt "
            "from tuition fees, but must agree to work for Aerovela for a minimum of seven years "
            "once they qualify. The course will take roughly 20 months. Of the 850 pilots currently "
            "on the airline's payroll, about one in four received their training overseas; the "
            "carrier intends to recruit another 300 by 2030 as its regional fleet grows."
        ),
        errors=[],
        traps=[
            T("so that it relies less on recruits from abroad",
              "in order to reduce its dependence on foreign recruits"),
            T("should turn out 120 cadets annually", "is expected to train 120 cadets a year"),
            T("will be exempt from tuition fees", "will not pay tuition fees"),
            T("for a minimum of seven years", "for at least seven years"),
            T("about one in four", "around a quarter"),
        ],
    ),
    dict(
        domain="theatre ticket levy", mode="translation",
        reference=(
            "From January, theatre and concert tickets in Harlenau will carry a cultural levy of "
            "1.50 euros, the city council decided on Thursday by 34 votes to 21. The money, expected "
            "to amount to about 900,000 euros a year, will go into a fund for independent theatre "
            "groups and music schools. Tickets costing less than 10 euros, as well as those for "
            "children and students, will be exempt. The city's largest venue, the Stadthalle, had "
            "opposed the levy, arguing it would discourage audiences. Culture officer Miriam Kessler "
            "said similar levies in other cities had not led to falling attendance. The council "
            "will review the measure after two years."
        ),
        candidate=(
            "Theatre and concert tickets in Harlenau will include a 1.50-euro culture levy starting "
            "in January, after the city council voted 34 to 21 in favour on Thursday. The levy is "
            "forecast to bring in roughly 900,000 euros annually, which will be paid into a fund "
            "supporting independent theatre companies and music schools. There will be no levy on "
            "tickets priced under 10 euros or on those for children and students. The Stadthalle, "
            "the city's biggest venue, had argued against the levy on the grounds that it would put "
            "audiences off. According to Miriam Kessler, the city's culture officer, comparable "
            "levies in other cities had not caused attendance to drop. The measure will be reviewed "
            "by the council in two years' time."
        ),
        errors=[],
        traps=[
            T("voted 34 to 21 in favour", "by 34 votes to 21"),
            T("no levy on tickets priced under 10 euros", "Tickets costing less than 10 euros"),
            T("would put audiences off", "would discourage audiences"),
            T("had not caused attendance to drop", "had not led to falling attendance"),
            T("in two years' time", "after two years"),
        ],
    ),
]


# ----------------------------------------------------------------------
# Offsets and validation
# ----------------------------------------------------------------------

class SetError(Exception):
    pass


def find_occ(hay, needle, occ, what):
    if not needle:
        raise SetError(f"{what}: empty search text")
    pos = -1
    start = 0
    for _ in range(occ + 1):
        pos = hay.find(needle, start)
        if pos < 0:
            raise SetError(f"{what}: {needle!r} occurrence {occ} not found")
        start = pos + 1
    return pos


def words(text):
    return re.findall(r"\S+", text)


def cuts_word(text, pos):
    """True if a span boundary at `pos` falls inside a word."""
    if pos <= 0 or pos >= len(text):
        return False
    return text[pos - 1].isalnum() and text[pos].isalnum()


def build_record(idx, case):
    rid = f"s{N}-{idx:03d}"
    ref, cand = case["reference"], case["candidate"]
    where = f"{rid} ({case['domain']})"
    errors, traps = [], []
    for e in case["errors"]:
        if e["kind"] == "omission":
            if e["before"] is not None:
                pos = find_occ(cand, e["before"], e["occ"], where)
            else:
                pos = find_occ(cand, e["after"], e["occ"], where) + len(e["after"])
            start = end = pos
            text = ""
        else:
            start = find_occ(cand, e["text"], e["occ"], where)
            end = start + len(e["text"])
            text = e["text"]
        errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref"]})
    for t in case["traps"]:
        start = find_occ(cand, t["text"], t["occ"], where)
        traps.append({"start": start, "end": start + len(t["text"]), "text": t["text"],
                      "ref_text": t["ref"]})
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {
        "id": rid,
        "domain": case["domain"],
        "mode": case["mode"],
        "reference": ref,
        "candidate": cand,
        "label": "inconsistent" if errors else "consistent",
        "errors": errors,
        "traps": traps,
    }


def validate_record(r):
    p = []
    rid = r["id"]
    ref, cand = r["reference"], r["candidate"]
    if r["mode"] not in MODES:
        p.append("bad mode")
    if r["domain"] not in DOMAINS:
        p.append("domain not in list")
    for name, txt in (("reference", ref), ("candidate", cand)):
        if txt != txt.strip() or "  " in txt or "\n" in txt:
            p.append(f"{name} has stray whitespace")
    nref = len(words(ref))
    if not 70 <= nref <= 190:
        p.append(f"reference has {nref} words")
    if r["mode"] == "summary":
        if not (len(cand) < len(ref) and len(words(cand)) < nref):
            p.append("summary not shorter than reference")
    if r["label"] == "consistent":
        if r["errors"]:
            p.append("consistent pair has errors")
        if not 3 <= len(r["traps"]) <= 5:
            p.append(f"consistent pair has {len(r['traps'])} traps")
    else:
        if not r["errors"]:
            p.append("inconsistent pair without errors")
        if not 0 <= len(r["traps"]) <= 3:
            p.append(f"inconsistent pair has {len(r['traps'])} traps")

    spans = []
    for e in r["errors"]:
        s, en, t = e["start"], e["end"], e["text"]
        if cand[s:en] != t:
            p.append(f"error text mismatch {t!r}")
        if e["type"] not in ERROR_TYPES:
            p.append(f"bad type {e['type']}")
        if e["severity"] not in SEVERITIES:
            p.append(f"bad severity {e['severity']}")
        if e["type"] == "omission":
            if s != en or t != "":
                p.append("omission must be zero-width")
            if r["mode"] == "summary":
                p.append("omission in summary")
            if not e["ref_text"] or e["ref_text"] not in ref:
                p.append(f"omission ref_text not in reference: {e['ref_text']!r}")
            elif e["ref_text"].lower() in cand.lower():
                p.append(f"omitted words present in candidate: {e['ref_text']!r}")
            if cuts_word(cand, s):
                p.append("omission point inside a word")
        else:
            if s >= en:
                p.append(f"empty error span {t!r}")
            if t != t.strip():
                p.append(f"error span has outer whitespace {t!r}")
            if cuts_word(cand, s) or cuts_word(cand, en):
                p.append(f"error span cuts a word: {t!r}")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    p.append(f"{e['type']} must have ref_text null")
                if e["type"] == "addition" and t in ref:
                    p.append(f"addition text occurs in reference: {t!r}")
                if e["type"] == "repetition":
                    first = cand.find(t)
                    if not (0 <= first and first + len(t) <= s):
                        p.append(f"repetition has no earlier copy: {t!r}")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    p.append(f"error ref_text not in reference: {e['ref_text']!r}")
                if e["ref_text"] == t:
                    p.append(f"error text equals ref_text: {t!r}")
        spans.append((s, en, "E:" + t))
    for tr in r["traps"]:
        s, en, t = tr["start"], tr["end"], tr["text"]
        if cand[s:en] != t or s >= en:
            p.append(f"trap text mismatch {t!r}")
        if t != t.strip():
            p.append(f"trap span has outer whitespace {t!r}")
        if cuts_word(cand, s) or cuts_word(cand, en):
            p.append(f"trap span cuts a word: {t!r}")
        if not tr["ref_text"] or tr["ref_text"] not in ref:
            p.append(f"trap ref_text not in reference: {tr['ref_text']!r}")
        if tr["ref_text"] == t:
            p.append(f"trap identical to reference wording: {t!r}")
        spans.append((s, en, "T:" + t))
    # overlap check (zero-width points may not sit strictly inside a span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a, b = spans[i], spans[j]
            if a[0] == a[1] or b[0] == b[1]:
                pt, other = (a, b) if a[0] == a[1] else (b, a)
                if other[0] < pt[0] < other[1]:
                    p.append(f"omission point inside span {other[2]!r}")
            elif a[0] < b[1] and b[0] < a[1]:
                p.append(f"overlapping spans {a[2]!r} / {b[2]!r}")
    return [f"{rid}: {x}" for x in p]


def validate_set(records):
    p = []
    if len(records) != 40:
        p.append(f"expected 40 pairs, got {len(records)}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        p.append("duplicate ids")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms) or set(doms) != set(DOMAINS):
        p.append("domains must be the 40 listed, each used once")
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        p.append(f"label counts {dict(labels)}")
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        p.append(f"mode x label counts {dict(ml)}")
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    if sum(etypes.values()) != 30:
        p.append(f"expected 30 errors, got {sum(etypes.values())}")
    for t in ERROR_TYPES:
        if etypes[t] < 2:
            p.append(f"error type {t} used {etypes[t]} times")
    for r in records:
        p.extend(validate_record(r))
    return p


def build():
    order = list(range(len(CASES)))
    random.Random(N).shuffle(order)
    return [build_record(i + 1, CASES[k]) for i, k in enumerate(order)]


def report(records):
    labels = Counter(r["label"] for r in records)
    modes = Counter((r["mode"], r["label"]) for r in records)
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    nerr = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    traps_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    traps_i = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    wc = [len(words(r["reference"])) for r in records]
    print(f"pairs: {len(records)}  labels: {dict(labels)}")
    print("mode x label:", {f"{m}/{l}": c for (m, l), c in sorted(modes.items())})
    print(f"errors: {sum(etypes.values())}  by type:",
          {t: etypes[t] for t in ERROR_TYPES})
    print("severity:", dict(sev), " errors per inconsistent pair:", dict(sorted(nerr.items())))
    print(f"traps: {traps_c} in consistent pairs, {traps_i} in inconsistent pairs")
    print(f"reference words: min {min(wc)}, max {max(wc)}, mean {sum(wc) / len(wc):.0f}")


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        records = build()
    except SetError as exc:
        print("BUILD FAILED:", exc)
        return 1
    problems = validate_set(records)
    if problems:
        print(f"VALIDATION FAILED ({len(problems)} problems):")
        for x in problems:
            print("  " + x)
        return 1
    report(records)
    if check_only:
        print("OK (--check: nothing written)")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
