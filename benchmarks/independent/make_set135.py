#!/usr/bin/env python3
"""Held-out evaluation set 135 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every text pair below was written by hand by a helper session that saw no code
or data of the project (and no existing benchmark), working only from a written
brief. All people, companies, organisations, places, species, products and
figures are invented; real countries appear only as background. The cases are
stored as Python data; every character offset is computed by this script via
string search (an occurrence index is given where a quoted text repeats), and
the whole set is validated before anything is written.

Usage:  python3 make_set135.py          -> validate and write set135.jsonl
        python3 make_set135.py --check  -> validate only, write nothing

Composition (N = 135)
---------------------
* 40 pairs, one domain each (40 different domains), news / agency / corporate /
  official register; references 70-190 words.
* Labels: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both sides are independent English translations of
  the same non-English story).
* 30 errors over the 11 types: entity 3, number 4, date 3, role 3, polarity 3,
  modality 3, attribution 2, event 3, omission 2 (rewrite/translation only),
  addition 2, repetition 2. Ten inconsistent pairs carry one error, ten carry
  two.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in inconsistent pairs.

Record format (one JSON object per line): id, domain, mode, reference,
candidate, label, errors [{start, end, text, type, severity, ref_text}],
traps [{start, end, text, ref_text}]; offsets are Python str offsets into the
candidate, [start, end).
"""
import json
import os
import re
import sys
from collections import Counter

N = 135
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)

DOMAINS = [
    "mine rescue", "coastguard helicopter contract", "council budget gap",
    "cave diving rescue", "sailing regatta cancellation", "sinkhole opens",
    "chemical plant leak", "oil spill beach", "life expectancy data",
    "rare orchid theft", "embassy opening", "volunteer award",
    "warehouse blaze", "museum artefact return", "boxing title fight",
    "beekeeping course", "jewellery heist", "counterfeit goods seizure",
    "ransomware school", "tennis wildcard decision", "vaping in schools",
    "painting theft recovery", "tech company layoffs",
    "farm shop planning dispute", "pottery factory sale",
    "reservoir level warning", "school uniform cost cap",
    "swimming pool heating costs", "coffee shop chain", "bird of prey release",
    "horse theft", "tuberculosis clinic", "badger cull figures",
    "tractor theft", "charity fraud", "zoo animal escape",
    "bonfire night injuries", "population decline", "storm damage repairs",
    "hotel occupancy",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, etype, sev, ref, n=0):
    """An error span: `text` is its n-th occurrence in the candidate."""
    return {"kind": "span", "text": text, "n": n, "type": etype,
            "severity": sev, "ref_text": ref}


def OMIT(ref, sev, after=None, before=None, n=0):
    """An omission: zero-width point right after `after` (or right before
    `before`), n-th occurrence of that anchor in the candidate."""
    return {"kind": "omission", "after": after, "before": before, "n": n,
            "type": "omission", "severity": sev, "ref_text": ref}


def T(text, ref, n=0):
    """A trap: faithful rewording, n-th occurrence in the candidate."""
    return {"text": text, "n": n, "ref_text": ref}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})


# ---------------------------------------------------------------------------
# Cases 1-10
# ---------------------------------------------------------------------------

case(
    "mine rescue", "rewrite",
    "Rescue teams on Thursday evening brought all seven miners trapped at the "
    "Carrowdale colliery back to the surface, ending an ordeal that lasted "
    "almost 40 hours. The men had been cut off about 350 metres underground on "
    "Tuesday morning when a section of roof collapsed in a disused haulage "
    "road. Gareth Pennock, chief inspector at the regional mines safety "
    "authority, said two of the miners were being treated in hospital for "
    "dehydration and minor injuries, while the other five had been checked by "
    "paramedics at the pithead and allowed home. Operator Brannock Minerals "
    "said production would remain suspended until engineers had surveyed the "
    "collapsed area. The cause of the fall has not yet been established, and "
    "the authority has opened an investigation.",
    "All seven miners trapped at Carrowdale colliery were brought to the "
    "surface by rescue teams on Thursday evening, almost 40 hours after they "
    "were cut off. A roof fall in a disused haulage road had trapped the men "
    "roughly 350 metres below ground on Tuesday morning. According to Gareth "
    "Pennock, the regional mines safety authority's chief inspector, two of "
    "them are in hospital being treated for dehydration and minor injuries; "
    "paramedics examined the remaining five at the pithead before sending "
    "them home. Brannock Minerals, which operates the pit, said production "
    "would stay suspended until engineers had surveyed the area of the "
    "collapse. The authority has launched an investigation, as the cause of "
    "the fall is not yet known.",
    traps=[
        T("A roof fall", "a section of roof collapsed"),
        T("roughly 350 metres below ground", "about 350 metres underground"),
        T("paramedics examined the remaining five",
          "the other five had been checked by paramedics"),
        T("Brannock Minerals, which operates the pit",
          "Operator Brannock Minerals"),
        T("the cause of the fall is not yet known",
          "The cause of the fall has not yet been established"),
    ],
)

case(
    "coastguard helicopter contract", "rewrite",
    "The Maritime and Coastguard Directorate has awarded a ten-year "
    "search-and-rescue helicopter contract worth £1.6 billion to Vantor "
    "Aviation, ending Heliswift's 14-year tenure as the service's provider. "
    "Under the agreement, Vantor will operate 18 aircraft from eight coastal "
    "bases from April 2026. Heliswift, which had bid to keep the contract, "
    "said it was 'deeply disappointed' and would review the decision with its "
    "lawyers. A directorate spokesperson said the new arrangement would cut "
    "average response times in remote areas by about a fifth. Unions "
    "representing Heliswift's 430 staff said they would seek assurances that "
    "crews would transfer to the new operator on their existing terms.",
    "A ten-year, £1.6bn contract to provide search-and-rescue helicopters has "
    "been awarded by the Maritime and Coastguard Directorate to Heliswift, "
    "bringing to an end Vantor Aviation's 14 years as the service's provider. "
    "The new operator will fly 18 aircraft from eight coastal bases starting "
    "in April 2026. The outgoing company, which had bid to retain the "
    "contract, said it was 'deeply disappointed' and would review the "
    "decision with its lawyers. According to a directorate spokesperson, the "
    "new arrangement would cut average response times in remote areas by "
    "roughly 20 per cent. Unions representing the outgoing provider's 430 "
    "employees said they would seek assurances that crews would move across "
    "to the new operator on their existing terms.",
    errors=[
        E("Heliswift, bringing to an end Vantor Aviation", "role", "critical",
          "Vantor Aviation, ending Heliswift"),
    ],
    traps=[
        T("£1.6bn", "£1.6 billion"),
        T("starting in April 2026", "from April 2026"),
        T("roughly 20 per cent", "about a fifth"),
    ],
)

case(
    "council budget gap", "summary",
    "Dunmore County Council faces a budget shortfall of £23.4 million in the "
    "next financial year, according to a report to be presented to its "
    "cabinet on Monday. The gap has widened from the £17 million forecast in "
    "September, largely because of rising demand for children's social care "
    "and higher energy costs. Finance director Alison Kerrow said the council "
    "would need to draw about £6 million from its reserves, leaving them at "
    "their lowest level in a decade. Proposals in the report include closing "
    "two of the county's nine recycling centres, cutting grants to community "
    "groups by 15 per cent and raising council tax by the maximum 4.99 per "
    "cent allowed without a local referendum. The cabinet will vote on the "
    "proposals next month, following a six-week public consultation.",
    "Dunmore County Council is facing a £23.4m budget gap next year, up from "
    "the £17m forecast in September, driven mainly by children's social care "
    "demand and energy costs. It will need to draw about £6m from reserves and "
    "is proposing to close two of its nine recycling centres, cut community "
    "grants by 25% and raise council tax by the maximum 4.99% allowed without "
    "a referendum.",
    errors=[
        E("25%", "number", "major", "15 per cent"),
    ],
    traps=[
        T("£23.4m budget gap", "budget shortfall of £23.4 million"),
        T("driven mainly by", "largely because of"),
        T("4.99%", "4.99 per cent"),
    ],
)

case(
    "cave diving rescue", "translation",
    "Two divers who had been trapped for more than 30 hours in a flooded cave "
    "in northern Spain were rescued alive on Sunday, the regional emergency "
    "service reported. The men, aged 41 and 37, had entered the Ollarra cave "
    "system on Friday afternoon, but heavy rain raised the water level and cut "
    "off their exit. A team of eleven specialist cave divers, some of them "
    "brought in from France, reached them on Sunday morning in an air pocket "
    "about 800 metres from the entrance. According to the service, both were "
    "suffering from hypothermia but were able to swim out with assistance. "
    "They were taken to hospital in Ertzaga, where their condition was "
    "described as stable. The mayor of the municipality announced that access "
    "to the cave would be closed until further notice.",
    "Rescuers on Sunday brought out alive two divers who had spent over 30 "
    "hours stranded in a flooded cave in the north of Spain, according to the "
    "region's emergency services. The pair, 41 and 37 years old, went into the "
    "Ollarra caves on Friday afternoon; heavy rain then caused the water to "
    "rise and blocked their way out. On Sunday morning, eleven expert cave "
    "divers, including several who had come from France, found them in an "
    "air pocket roughly 800 metres in from the mouth of the cave. Both men had "
    "hypothermia, the emergency service said, but they managed to swim out "
    "with help. They were transferred to a hospital in Ertzaga and are in a "
    "stable condition. The local mayor said the cave would stay closed to the "
    "public until further notice.",
    traps=[
        T("over 30 hours", "more than 30 hours"),
        T("41 and 37 years old", "aged 41 and 37"),
        T("roughly 800 metres in from the mouth of the cave",
          "about 800 metres from the entrance"),
        T("with help", "with assistance"),
        T("would stay closed to the public", "would be closed"),
    ],
)

case(
    "sailing regatta cancellation", "rewrite",
    "Organisers of the Kessock Bay Regatta have cancelled this year's event, "
    "which was due to take place from 14 to 17 August, after forecasters "
    "predicted gale-force winds across the firth. It is the first time in the "
    "regatta's 62-year history that the whole programme has been called off, "
    "although individual races were abandoned in 2011 and 2019. Around 240 "
    "boats had entered, including crews from Norway, the Netherlands and "
    "Ireland. Race director Fiona Baillie said the decision had been 'painful "
    "but unavoidable', adding that safety boats could not operate in the "
    "conditions expected. Entry fees will be refunded in full, and the "
    "organising club said it hoped local businesses that had prepared for the "
    "influx of visitors would not be left out of pocket.",
    "Forecasts of gale-force winds across the firth have led the organisers "
    "of the Kessock Bay Regatta to call off this year's event, which had been "
    "scheduled for 14–17 August. Never before in the regatta's 62 years has "
    "the entire programme been cancelled, though single races were abandoned "
    "in 2011 and 2019. Some 240 boats had been entered, with crews from "
    "Norway, the Netherlands and Ireland among them. Describing the decision "
    "as 'painful but unavoidable', race director Fiona Baillie said safety "
    "boats would be unable to operate in the expected conditions. Entrants "
    "will get their fees back in full, and the organising club said it hoped "
    "local businesses that had prepared for an influx of visitors would not "
    "lose out financially.",
    traps=[
        T("had been scheduled for 14–17 August",
          "was due to take place from 14 to 17 August"),
        T("Never before in the regatta's 62 years has the entire programme "
          "been cancelled",
          "It is the first time in the regatta's 62-year history that the "
          "whole programme has been called off"),
        T("Some 240 boats", "Around 240 boats"),
        T("Entrants will get their fees back in full",
          "Entry fees will be refunded in full"),
        T("would not lose out financially", "would not be left out of pocket"),
    ],
)

case(
    "sinkhole opens", "rewrite",
    "A sinkhole about 12 metres wide and 9 metres deep opened up in a "
    "residential street in Holbeck Vale early on Wednesday, forcing the "
    "evacuation of 27 homes. No one was injured, but two parked cars fell into "
    "the hole shortly after 4am. Engineers from Marlow Water said a burst "
    "water main was the most likely cause, although they had not ruled out old "
    "mine workings beneath the area. Residents were told they may not be able "
    "to return for at least a week while the ground is stabilised. The borough "
    "council opened a community centre as a rest centre and said 41 people had "
    "stayed there overnight. Gas and electricity supplies to the street have "
    "been cut off as a precaution.",
    "Twenty-seven homes in Holbeck Vale were evacuated early on Wednesday "
    "after a sinkhole roughly 12 metres across and 9 metres deep appeared in a "
    "residential street. Two parked cars dropped into the hole just after "
    "4am, though nobody was hurt. A burst water main is the probable cause, "
    "according to engineers from Marlow Water, who said that old mine workings "
    "under the area could not yet be excluded. Residents have been warned they "
    "might not be able to go home for a week or more while the ground is "
    "stabilised. The borough council turned a community centre into a rest "
    "centre, where 41 people spent the night. As a precaution, gas and "
    "electricity supplies to the street have been switched off.",
    traps=[
        T("Twenty-seven homes", "27 homes"),
        T("roughly 12 metres across", "about 12 metres wide"),
        T("just after 4am", "shortly after 4am"),
        T("could not yet be excluded", "had not ruled out"),
        T("a week or more", "at least a week"),
    ],
)

case(
    "chemical plant leak", "rewrite",
    "A leak of chlorine gas at the Fennick Chemicals plant in Saltcote on "
    "Saturday afternoon led to 14 workers being treated for breathing "
    "difficulties, three of whom were kept in hospital overnight. The company "
    "said the release, from a valve on a storage tank, lasted around 25 "
    "minutes before it was isolated. Residents within a one-mile radius were "
    "advised to keep windows and doors closed for several hours. The "
    "Environment Agency said air monitoring had not detected harmful "
    "concentrations beyond the site boundary. The Health and Safety Executive "
    "has begun an inquiry and could bring enforcement action if failings are "
    "found. Fennick, which employs about 600 people at Saltcote, said it was "
    "cooperating fully.",
    "Fourteen workers at Fennick Chemicals' Saltcote plant were treated for "
    "breathing problems after chlorine gas leaked on Saturday afternoon, and "
    "five of them were kept in hospital overnight. According to the company, "
    "the gas escaped from a valve on a storage tank for about 25 minutes "
    "before the leak was isolated. People living within a mile of the site "
    "were advised to keep their windows and doors shut for several hours. Air "
    "monitoring found no harmful concentrations outside the site boundary, the "
    "Environment Agency said. The Health and Safety Executive has opened an "
    "inquiry and will bring enforcement action against the company. Fennick, "
    "which has about 600 staff at Saltcote, said it was cooperating fully.",
    errors=[
        E("five", "number", "major", "three"),
        E("will bring enforcement action against the company", "modality",
          "major", "could bring enforcement action if failings are found"),
    ],
    traps=[
        T("Fourteen workers", "14 workers"),
        T("within a mile of the site", "within a one-mile radius"),
        T("found no harmful concentrations outside the site boundary",
          "had not detected harmful concentrations beyond the site boundary"),
    ],
)

case(
    "oil spill beach", "summary",
    "About 4,000 litres of heavy fuel oil washed ashore at Penhallow Sands on "
    "Tuesday after a cargo vessel, the Marisol Star, ruptured a fuel tank "
    "while anchored two miles offshore during a storm. The district council "
    "closed a three-kilometre stretch of beach and warned dog walkers to keep "
    "away. Contractors had removed roughly half of the oil by Thursday "
    "evening, and the council said it expected the clean-up to take at least "
    "another ten days. Volunteers from the Penhallow Wildlife Trust have "
    "rescued 31 oil-covered seabirds, mostly guillemots, although nine have "
    "since died. The ship's owner, Corvane Shipping, said it accepted "
    "responsibility and would meet the full cost of the operation. The "
    "coastguard said no further oil was leaking from the vessel.",
    "Some 4,000 litres of fuel oil from the cargo ship Marisol Star washed up "
    "at Penhallow Sands on Tuesday, and 3km of beach has been closed. "
    "Contractors had cleared about half of it by Thursday evening, and the "
    "council expects at least ten more days of work. Volunteers have rescued "
    "31 oiled seabirds, nine of which have since died. Owner Corvane Shipping "
    "has accepted responsibility and will cover the full cost.",
    traps=[
        T("Some 4,000 litres", "About 4,000 litres"),
        T("3km of beach", "three-kilometre stretch of beach"),
        T("had cleared about half of it", "had removed roughly half of the oil"),
        T("at least ten more days of work", "at least another ten days"),
        T("will cover the full cost", "would meet the full cost"),
    ],
)

case(
    "life expectancy data", "summary",
    "Life expectancy at birth in the Varrow region rose to 80.6 years in 2023, "
    "up from 79.9 years the previous year, according to figures published on "
    "Wednesday by the Regional Statistics Office. The increase was driven "
    "largely by a fall in deaths from respiratory illness after two difficult "
    "winters. However, the gap between the most and least deprived areas did "
    "not narrow: men in the wealthiest tenth of neighbourhoods can expect to "
    "live 9.4 years longer than those in the poorest tenth, the same as in "
    "2022. Women's life expectancy remained higher than men's, at 82.5 years "
    "compared with 78.7. The office cautioned that single-year changes should "
    "be treated with care because of the effects of the pandemic.",
    "Life expectancy in the Varrow region rose from 79.9 to 80.6 years in "
    "2023, helped mainly by fewer respiratory deaths. The gap between the "
    "richest and poorest areas narrowed, with men in the wealthiest tenth of "
    "neighbourhoods still living 9.4 years longer than those in the poorest. "
    "Women, at 82.5 years, continue to outlive men, at 78.7.",
    errors=[
        E("narrowed", "polarity", "major", "did not narrow"),
    ],
    traps=[
        T("helped mainly by", "driven largely by"),
        T("fewer respiratory deaths",
          "a fall in deaths from respiratory illness"),
        T("continue to outlive men", "remained higher than men's"),
    ],
)

case(
    "rare orchid theft", "translation",
    "Around thirty specimens of the Lousinha bee orchid, a species found "
    "nowhere else in the country, have been stolen from a nature reserve in "
    "the Serra da Lousinha, the park authority announced on Monday. The plants "
    "were dug up overnight from a protected meadow where wardens counted only "
    "about 200 of them in last year's survey. According to the authority's "
    "director, Helena Sobral, the thieves knew exactly where to look, since "
    "the site does not appear on public maps. The orchids, which collectors "
    "will pay up to 150 euros each for, are unlikely to survive if they are "
    "replanted by amateurs. The environmental unit of the regional police has "
    "opened an investigation and is asking anyone who has been offered the "
    "plants to come forward.",
    "About thirty Lousinha fly orchids, a species that exists nowhere else "
    "in the country, have been taken from a nature reserve in the Serra da "
    "Lousinha, the park administration said on Monday. Thieves dug the plants "
    "out during the night from a protected meadow where, in last year's "
    "count, wardens recorded only some 200. Helena Sobral, who directs the "
    "park authority, said the culprits knew precisely where to search, "
    "because the location is not shown on any public map. Collectors pay as "
    "much as 150 euros apiece for the orchids, but they are unlikely to "
    "survive being replanted by non-specialists. An inquiry has been opened "
    "by the regional police's environmental unit, which has appealed to "
    "anyone offered the plants to get in touch.",
    errors=[
        E("Lousinha fly orchids", "entity", "major", "Lousinha bee orchid"),
    ],
    traps=[
        T("only some 200", "only about 200"),
        T("as much as 150 euros apiece", "up to 150 euros each"),
        T("non-specialists", "amateurs"),
    ],
)

# ---------------------------------------------------------------------------
# Cases 11-20
# ---------------------------------------------------------------------------

case(
    "embassy opening", "translation",
    "Arvenia on Friday opened its first embassy in Lorvania, thirty years "
    "after the two countries established diplomatic relations. The ceremony "
    "in the capital, Dravik, was attended by Foreign Minister Tomas Heller, "
    "who described the move as 'a long-overdue step' and said trade between "
    "the two countries had tripled over the past decade. The embassy, housed "
    "in a renovated nineteenth-century villa, will initially employ twelve "
    "diplomats and local staff and will also provide consular services to "
    "Arvenian citizens in two neighbouring states. Until now, those services "
    "were handled by the embassy in a third country. The ministry said it "
    "intended to open a trade office in Lorvania's second city, Sarnow, next "
    "year, subject to budget approval.",
    "Three decades after diplomatic ties were established, Arvenia opened its "
    "first embassy in Lorvania on Friday. Foreign Minister Tomas Heller "
    "attended the ceremony in the capital, Dravik, calling the opening 'a "
    "step that was long overdue' and noting that bilateral trade had grown "
    "threefold in the last ten years. Located in a restored villa from the "
    "1800s, the embassy will start with a staff of twelve, diplomats and "
    "local employees combined, and will also offer consular services to "
    "Arvenian nationals in two neighbouring countries, which until now were "
    "covered by the embassy in another state. If the budget is approved, the "
    "ministry plans to open a trade office next year in Sarnow, Lorvania's "
    "second-largest city.",
    traps=[
        T("Three decades after diplomatic ties were established",
          "thirty years after the two countries established diplomatic "
          "relations"),
        T("had grown threefold in the last ten years",
          "had tripled over the past decade"),
        T("a restored villa from the 1800s",
          "a renovated nineteenth-century villa"),
        T("If the budget is approved", "subject to budget approval"),
        T("Lorvania's second-largest city", "Lorvania's second city"),
    ],
)

case(
    "volunteer award", "rewrite",
    "A retired postman who has spent 25 years running a free transport "
    "service for elderly residents in the village of Ashby Carrow has been "
    "named Volunteer of the Year at the county's community awards. Dennis "
    "Marlowe, 78, set up the scheme in 1999 with a single donated minibus and "
    "now coordinates a team of 16 volunteer drivers who make around 3,000 "
    "journeys a year, mostly to hospital appointments and shops. The award "
    "was presented on Friday evening by the Lord Lieutenant, Lady Caroline "
    "Thwaite, at a ceremony in Brenford Town Hall. Mr Marlowe said he was "
    "'astonished and a bit embarrassed' and that the prize belonged to the "
    "whole team. The award comes with £1,000, which he said would go towards "
    "a replacement vehicle.",
    "Dennis Marlowe, a 78-year-old retired postman, has been named Volunteer "
    "of the Year at the county's community awards for a quarter of a century "
    "spent running a free transport service for older people in the village "
    "of Ashby Carrow. He started the scheme in 1999 with one donated minibus; "
    "today he coordinates 16 volunteer drivers who between them make roughly "
    "3,000 trips a year, mainly to hospital appointments and the shops. The "
    "Lord Lieutenant, Lady Caroline Thwaite, presented the award at a "
    "ceremony in Brenford Town Hall on Friday evening. Saying he was "
    "'astonished and a bit embarrassed', Mr Marlowe insisted the honour "
    "belonged to the whole team. He said the £1,000 that comes with the award "
    "would be put towards a replacement vehicle.",
    traps=[
        T("a quarter of a century", "25 years"),
        T("older people", "elderly residents"),
        T("roughly 3,000 trips a year", "around 3,000 journeys a year"),
        T("The Lord Lieutenant, Lady Caroline Thwaite, presented the award",
          "presented on Friday evening by the Lord Lieutenant, Lady Caroline "
          "Thwaite"),
        T("insisted the honour belonged to the whole team",
          "the prize belonged to the whole team"),
    ],
)

case(
    "warehouse blaze", "rewrite",
    "More than 80 firefighters tackled a blaze at a distribution warehouse on "
    "the Northgate industrial estate in Castlebury overnight on Sunday. The "
    "fire was reported at 11.40pm and at its height involved about 70 per "
    "cent of the single-storey building, which is used by the parcel firm "
    "Swiftline Logistics. Around 40 staff on the night shift were evacuated "
    "safely before crews arrived. Nearby roads remained closed on Monday "
    "morning and residents were asked to keep windows shut because of heavy "
    "smoke. Station manager Priya Oduya said the fire was not being treated "
    "as suspicious, but investigators would not be able to enter the building "
    "until the structure had been declared safe. Swiftline said deliveries in "
    "the area could be delayed by up to three days.",
    "A fire broke out at a distribution warehouse on Castlebury's Northgate "
    "industrial estate overnight on Sunday, with more than 80 firefighters "
    "called to deal with it. The alarm was raised at 11.40am, and at its peak "
    "the blaze had spread through about 70 per cent of the single-storey "
    "building, which parcel company Swiftline Logistics uses. About 40 "
    "night-shift workers were led out safely before crews arrived. Roads "
    "nearby were still closed on Monday morning, and residents were asked to "
    "keep their windows shut because of the heavy smoke. Station manager "
    "Priya Oduya said investigators would not be able to go into the "
    "building until the structure had been declared safe. Swiftline warned "
    "that deliveries in the area might be delayed by as much as three days.",
    errors=[
        E("11.40am", "date", "major", "11.40pm"),
        OMIT("the fire was not being treated as suspicious", "major",
             before="investigators would not"),
    ],
    traps=[
        T("which parcel company Swiftline Logistics uses",
          "which is used by the parcel firm Swiftline Logistics"),
        T("About 40 night-shift workers were led out safely",
          "Around 40 staff on the night shift were evacuated safely"),
        T("might be delayed by as much as three days",
          "could be delayed by up to three days"),
    ],
)

case(
    "museum artefact return", "translation",
    "The Hallenstein Museum of Ethnology has agreed in principle to return a "
    "carved wooden throne to the Omaru community in West Africa, from where "
    "it was taken by a colonial officer in 1898. The museum's board took the "
    "decision on Tuesday after a two-year review of the object's origins. "
    "Director Katrin Weisel said the throne was 'not acquired in any way that "
    "we can today consider legitimate'. The transfer still has to be approved "
    "by the regional culture ministry, which owns the collection, and a date "
    "has not been set. A delegation from the community is expected to visit "
    "the museum in the spring to discuss the details. The throne has been on "
    "display since 1912 and is one of the museum's best-known pieces.",
    "On Tuesday the board of the Hallenstein Ethnological Museum agreed, in "
    "principle, to hand back a carved wooden throne to the Omaru community in "
    "West Africa, from which a colonial officer removed it in 1898. The "
    "decision followed a two-year investigation into the object's provenance. "
    "According to director Katrin Weisel, the throne 'was not obtained in a "
    "manner we could regard as legitimate today'. The regional culture "
    "ministry, which owns the collection, must still give its approval for "
    "the transfer, and no date has been fixed yet. Representatives of the "
    "community will travel to the museum in the spring to discuss the "
    "details. On show since 1912, the throne is among the best-known items in "
    "the museum's collection.",
    errors=[
        E("will travel to the museum", "modality", "minor",
          "is expected to visit the museum"),
    ],
    traps=[
        T("Hallenstein Ethnological Museum", "Hallenstein Museum of Ethnology"),
        T("a two-year investigation into the object's provenance",
          "a two-year review of the object's origins"),
        T("must still give its approval for the transfer",
          "The transfer still has to be approved"),
    ],
)

case(
    "boxing title fight", "summary",
    "Marcus Delaney retained his GBO super-middleweight title on Saturday "
    "night with a unanimous points decision over challenger Rafael Obregón at "
    "the Harbour Arena in Caldmouth. The judges scored the 12-round contest "
    "116-111, 115-112 and 117-110 in favour of the 29-year-old champion, who "
    "was making the third defence of his belt. Obregón put Delaney down with a "
    "left hook in the seventh round but could not capitalise; the Mexican had "
    "been unbeaten in 22 professional fights. Delaney, whose record improves "
    "to 27 wins and one defeat, said afterwards he wanted a unification bout "
    "with the rival IPBA champion, Steven Kalu, before the end of the year. A "
    "crowd of about 9,000 attended.",
    "Marcus Delaney kept his GBO super-middleweight title with a unanimous "
    "points win over previously unbeaten challenger Rafael Obregón in "
    "Caldmouth on Saturday. Delaney put Obregón down with a seventh-round left "
    "hook on the way to a third successful defence, and now wants a "
    "unification fight with IPBA champion Steven Kalu before the year is out.",
    errors=[
        E("Delaney put Obregón down", "role", "major",
          "Obregón put Delaney down"),
    ],
    traps=[
        T("previously unbeaten challenger",
          "had been unbeaten in 22 professional fights"),
        T("a third successful defence", "making the third defence of his belt"),
        T("before the year is out", "before the end of the year"),
    ],
)

case(
    "beekeeping course", "rewrite",
    "The Thornbury Beekeepers' Association is offering a ten-week "
    "introductory course for beginners starting on 4 March, with classes held "
    "every Tuesday evening at Millbrook Community Hall. The course, which "
    "costs £95, covers hive inspection, swarm control, common diseases and "
    "honey extraction, and includes four practical sessions at the "
    "association's teaching apiary. Protective suits and gloves will be "
    "provided, but participants are advised to bring their own wellington "
    "boots. Places are limited to 20, and last year's course was fully booked "
    "within a fortnight. Course organiser Janet Ellery said the association "
    "was particularly keen to attract younger members, as more than half of "
    "its 140 members are over 65. Concessionary places at half price are "
    "available for students and people receiving benefits.",
    "Beginners can sign up for a ten-week introductory course from the "
    "Thornbury Beekeepers' Association; it starts on 4 March and meets "
    "every Tuesday evening at Millbrook Community Hall. For £95, participants "
    "will learn about inspecting hives, controlling swarms, common diseases "
    "and extracting honey, with four practical sessions at the association's "
    "teaching apiary. Protective suits and gloves are supplied, though people "
    "should bring their own wellies. Only 20 places are available; last year "
    "the course sold out inside two weeks. The association particularly wants "
    "to attract younger members, according to course organiser Janet Ellery, "
    "since over half of its 140 members are aged over 65. Students and those "
    "on benefits can get a place for £47.50.",
    traps=[
        T("wellies", "wellington boots"),
        T("Only 20 places are available", "Places are limited to 20"),
        T("inside two weeks", "within a fortnight"),
        T("over half of its 140 members", "more than half of its 140 members"),
        T("for £47.50", "at half price"),
    ],
)

case(
    "jewellery heist", "rewrite",
    "Police are hunting three men who stole jewellery worth an estimated "
    "£2.3 million from a shop in Kingsway Arcade, Harrowfield, on Tuesday "
    "afternoon. The men, who wore hi-visibility jackets and hard hats, "
    "entered Lorimer & Vance just after 2pm and smashed display cabinets with "
    "hammers before escaping on two motorcycles. The raid lasted less than "
    "three minutes. A member of staff suffered a minor hand injury. Detective "
    "Inspector Colin Haworth said the gang appeared to have 'watched the "
    "premises for some time' and appealed for anyone who saw motorcycles in "
    "the area that morning to contact police. The shop's owner, Richard "
    "Vance, said the stolen items included several antique pieces that were "
    "irreplaceable.",
    "Police are searching for three men who escaped on two motorcycles after "
    "stealing an estimated £2.3m of jewellery from Lorimer & Vance in "
    "Harrowfield's Kingsway Arcade on Tuesday afternoon. Wearing hi-vis "
    "jackets and hard hats, the gang walked into the shop shortly after 2pm "
    "and used hammers to smash display cabinets, in a raid lasting under "
    "three minutes. One employee suffered a minor injury to the hand. Shop "
    "owner Richard Vance said the gang seemed to have 'watched the "
    "premises for some time', and police appealed for anyone who had seen "
    "motorcycles in the area that morning to come forward. Officers believe "
    "the men are part of a network responsible for similar raids in other "
    "cities. Mr Vance said several antique pieces among the stolen items "
    "could not be replaced.",
    errors=[
        E("Shop owner Richard Vance said", "attribution", "major",
          "Detective Inspector Colin Haworth said"),
        E("Officers believe the men are part of a network responsible for "
          "similar raids in other cities.", "addition", "major", None),
    ],
    traps=[
        T("£2.3m", "£2.3 million"),
        T("under three minutes", "less than three minutes"),
        T("could not be replaced", "were irreplaceable"),
    ],
)

case(
    "counterfeit goods seizure", "summary",
    "Trading standards officers and police seized counterfeit goods with an "
    "estimated street value of £850,000 in raids on three units at the "
    "Brookfield Trading Estate in Wexley on Wednesday. The haul included "
    "about 12,000 fake designer handbags, trainers and watches, as well as "
    "4,500 bottles of imitation perfume that officers said could contain "
    "harmful chemicals. Two men, aged 34 and 51, were arrested on suspicion of "
    "offences under the Trade Marks Act and have been released on bail "
    "pending further inquiries. Wexley Borough Council's head of trading "
    "standards, Neil Ashcombe, said the operation followed months of "
    "intelligence-gathering and complaints from shoppers who had bought goods "
    "at local markets. The seized items will be destroyed once legal "
    "proceedings are complete.",
    "Counterfeit goods worth an estimated £850,000, including around 12,000 "
    "fake designer items and 4,500 bottles of imitation perfume that may "
    "contain harmful chemicals, were seized in raids on three units in Wexley "
    "on Wednesday. Two men were arrested and have been bailed, and the goods "
    "will be destroyed after legal proceedings have concluded.",
    traps=[
        T("worth an estimated £850,000",
          "with an estimated street value of £850,000"),
        T("around 12,000 fake designer items",
          "about 12,000 fake designer handbags, trainers and watches"),
        T("may contain harmful chemicals", "could contain harmful chemicals"),
        T("have been bailed", "have been released on bail"),
        T("after legal proceedings have concluded",
          "once legal proceedings are complete"),
    ],
)

case(
    "ransomware school", "rewrite",
    "Hollins Park Academy in Redbourne has been hit by a ransomware attack "
    "that has left staff unable to access pupil records, timetables and "
    "email. The school, which has about 1,100 pupils, said the attack was "
    "discovered on Monday morning when teachers found files on the network "
    "had been encrypted and a ransom demand displayed on screens. Lessons are "
    "continuing as normal, but coursework stored on the school's servers may "
    "have been affected. Headteacher Sandra Oyelaran said the academy would "
    "not pay any ransom and had reported the incident to the police and the "
    "Information Commissioner's Office. She said it was too early to say "
    "whether personal data had been stolen. Specialist contractors are "
    "working to restore systems from back-ups, which is expected to take at "
    "least a week.",
    "A ransomware attack on Hollins Park Academy in Redbourne has cut staff "
    "off from pupil records, timetables and email. According to the school, "
    "which has around 1,100 pupils, the attack was discovered on Monday "
    "morning, when teachers found files on the network encrypted and a "
    "ransom demand on their screens. Although lessons are carrying on as "
    "usual, coursework held on the school's servers has been affected. The "
    "academy will not pay a ransom, headteacher Sandra Oyelaran said, adding "
    "that the incident had been reported to the police and the Information "
    "Commissioner's Office. According to Ms Oyelaran, it is too early to know "
    "whether any personal data has been stolen. Restoring systems from "
    "back-ups, a job being carried out by specialist contractors, is likely "
    "to take a week or longer.",
    errors=[
        E("has been affected", "modality", "major", "may have been affected"),
    ],
    traps=[
        T("cut staff off from", "left staff unable to access"),
        T("carrying on as usual", "continuing as normal"),
        T("is likely to take a week or longer",
          "is expected to take at least a week"),
    ],
)

case(
    "tennis wildcard decision", "translation",
    "The organisers of the Valmonte Open have refused a wildcard to the "
    "19-year-old local player Lucas Ferrand, provoking criticism from his "
    "coach and several former players. Ferrand, currently ranked 212th in the "
    "world, had asked to be included directly in the main draw of the "
    "tournament, which begins on 9 June. The tournament director, Anne "
    "Roussel, explained on Wednesday that the three available wildcards had "
    "been given to players ranked higher than him, including a former "
    "semi-finalist returning from injury. Ferrand has instead been offered a "
    "place in the qualifying rounds, which he has accepted. His coach, Michel "
    "Darras, called the decision 'a missed opportunity to support French "
    "tennis'. The federation said it did not interfere in the choices of "
    "tournament organisers.",
    "The organisers of the Valmonte Open have withdrawn the wildcard granted "
    "to Lucas Ferrand, the 19-year-old local player, drawing criticism from "
    "his coach and a number of former players. Ferrand, who is 212th in the "
    "world rankings, had requested direct entry into the main draw of the "
    "tournament, which gets under way on 9 June. On Wednesday, tournament "
    "director Anne Roussel said the three wildcards available had gone to "
    "players with higher rankings, one of them a former semi-finalist coming "
    "back from injury. Instead, Ferrand has been offered a spot in "
    "qualifying, and he has taken it. His coach, Michel Darras, described the "
    "decision as 'a wasted chance to back French tennis'. His coach, Michel "
    "Darras, described the decision as 'a wasted chance to back French "
    "tennis'. The federation said it does not meddle in tournament "
    "organisers' choices.",
    errors=[
        E("withdrawn the wildcard granted to", "event", "major",
          "refused a wildcard to"),
        E("His coach, Michel Darras, described the decision as 'a wasted "
          "chance to back French tennis'.", "repetition", "minor", None, n=1),
    ],
    traps=[
        T("212th in the world rankings", "ranked 212th in the world"),
        T("one of them a former semi-finalist coming back from injury",
          "including a former semi-finalist returning from injury"),
        T("he has taken it", "which he has accepted"),
    ],
)

# ---------------------------------------------------------------------------
# Cases 21-30
# ---------------------------------------------------------------------------

case(
    "vaping in schools", "summary",
    "Almost one in four secondary school pupils in the Carlow Valley area say "
    "they have tried vaping, according to a survey published on Tuesday by the "
    "local public health team. The survey of 6,200 pupils aged 11 to 16 found "
    "that 23 per cent had used an e-cigarette at least once, up from 15 per "
    "cent in 2021, while 7 per cent said they vaped regularly. Most of those "
    "who vaped said they had obtained the products from friends or older "
    "siblings, although around a third said they had bought them in shops. "
    "Director of public health Dr Imran Qureshi said the figures were 'deeply "
    "concerning' and called for tougher enforcement against retailers selling "
    "to under-18s. The team plans to run vaping awareness sessions in all 28 "
    "secondary schools from September.",
    "A public health survey of 6,200 pupils aged 11 to 16 in the Carlow "
    "Valley found that 23% had tried vaping, compared with 15% in 2021, and "
    "7% vaped regularly. While most got e-cigarettes from friends or older "
    "siblings, roughly one in three had bought them in shops. The director of "
    "public health described the findings as 'deeply concerning' and called "
    "for tougher enforcement against retailers selling to under-18s.",
    traps=[
        T("23%", "23 per cent"),
        T("compared with 15% in 2021", "up from 15 per cent in 2021"),
        T("got e-cigarettes from", "had obtained the products from"),
        T("roughly one in three", "around a third"),
        T("The director of public health",
          "Director of public health Dr Imran Qureshi"),
    ],
)

case(
    "painting theft recovery", "rewrite",
    "A landscape painting stolen from a country house museum 11 years ago has "
    "been recovered by police in a storage unit in Dunmere. The oil painting, "
    "'Evening at Calloway Ford' by the 19th-century artist Thomas Redfern, was "
    "taken from Halsey Court during a break-in in March 2013 and is valued at "
    "about £400,000. Detectives found it wrapped in a blanket during a search "
    "of the unit on Friday, following a tip-off from a member of the public. "
    "A 58-year-old man has been arrested on suspicion of handling stolen goods "
    "and released under investigation. Halsey Court's curator, Margaret Orme, "
    "said staff were 'overjoyed' and that the painting appeared to be in good "
    "condition, although it would be examined by conservators before it goes "
    "back on display.",
    "Police have found a landscape painting in a storage unit in Dunmere, 11 "
    "years after it was stolen from a country house museum. 'Evening at "
    "Calloway Ford', an oil by the 19th-century painter Thomas Redfern worth "
    "around £400,000, disappeared from Halsey Court in a break-in in March "
    "2013. Acting on a tip-off from a member of the public, detectives "
    "searched the unit on Friday and discovered the painting wrapped in a "
    "blanket. A man aged 58 has been arrested on suspicion of handling stolen "
    "goods and released under investigation. Staff were 'overjoyed', said "
    "Margaret Orme, Halsey Court's curator, adding that the painting seemed "
    "to be in good condition but would be examined by conservators before "
    "being displayed again.",
    traps=[
        T("Police have found", "has been recovered by police"),
        T("worth around £400,000", "valued at about £400,000"),
        T("Acting on a tip-off from a member of the public",
          "following a tip-off from a member of the public"),
        T("A man aged 58", "A 58-year-old man"),
        T("before being displayed again", "before it goes back on display"),
    ],
)

case(
    "tech company layoffs", "summary",
    "Software company Quorvex announced on Thursday that it will cut 1,200 "
    "jobs, about 8 per cent of its global workforce, as it scales back its "
    "hardware division to focus on cloud services. Chief executive Dana "
    "Whitfield said in a message to staff that the decision was 'painful but "
    "necessary' after two quarters of falling sales. Most of the cuts will "
    "fall in Europe and North America, and employees affected will be "
    "notified by 15 March. The company said it expects to record "
    "restructuring charges of between $180 million and $220 million, mainly "
    "in the current quarter. Quorvex shares rose 4 per cent in early trading "
    "following the announcement. The firm employed around 15,000 people at "
    "the end of last year, after hiring heavily during 2021 and 2022.",
    "Quorvex is cutting 1,200 jobs, around 12% of its workforce, as it "
    "shrinks its hardware division to concentrate on cloud services after two "
    "quarters of declining sales. Affected staff will be told by 15 May, and "
    "the company expects restructuring charges of $180m-$220m. Its shares "
    "rose 4% after Thursday's announcement.",
    errors=[
        E("12%", "number", "major", "8 per cent"),
        E("15 May", "date", "major", "15 March"),
    ],
    traps=[
        T("$180m-$220m", "between $180 million and $220 million"),
        T("after Thursday's announcement", "announced on Thursday"),
    ],
)

case(
    "farm shop planning dispute", "rewrite",
    "Plans to expand a farm shop near the village of Little Hensby have been "
    "rejected by Tarnside District Council, despite a petition in support "
    "signed by more than 2,000 people. The owners of Hensby Grange Farm "
    "wanted to build a 120-seat café, a children's play area and a car park "
    "for 90 vehicles next to the existing shop. Councillors on the planning "
    "committee voted seven to four against the scheme on Tuesday, citing "
    "concerns about extra traffic on the narrow lane, even though the "
    "county's highways officers had not objected to the plans. Residents' "
    "group Hensby Lanes Action had lodged 63 objections. Farm owner Tom "
    "Aldridge said he was 'bitterly disappointed' and would consider an "
    "appeal, adding that the expansion would have created 25 jobs.",
    "Tarnside District Council has turned down plans to expand a farm shop "
    "near the village of Little Hensby, even though more than 2,000 people "
    "signed a petition backing them. Hensby Grange Farm's owners had wanted to "
    "add a café with 120 seats, a children's play area and a 90-space car "
    "park beside the existing shop. On Tuesday the planning committee voted "
    "seven to four against the scheme, citing worries about additional "
    "traffic on the narrow lane; the county's highways officers had also "
    "objected to the plans. The residents' group Hensby Lanes Action had "
    "lodged 63 objections. Tom Aldridge, who owns the farm, said he was "
    "'bitterly disappointed' and would consider appealing, pointing out that "
    "the expansion would have created 25 jobs.",
    errors=[
        E("the county's highways officers had also objected to the plans",
          "polarity", "major",
          "the county's highways officers had not objected to the plans"),
    ],
    traps=[
        T("Tarnside District Council has turned down plans",
          "have been rejected by Tarnside District Council"),
        T("a café with 120 seats", "a 120-seat café"),
        T("a 90-space car park", "a car park for 90 vehicles"),
    ],
)

case(
    "pottery factory sale", "rewrite",
    "The Stanwell Pottery factory in Burslow, which has made tableware since "
    "1878, has been bought by rival manufacturer Greyfield Ceramics from its "
    "owner, the investment group Calder Holdings, for an undisclosed sum. "
    "Greyfield said it would keep all 140 staff and continue to produce the "
    "Stanwell range at the site, while moving some of its own production "
    "there from Ashworth. Calder bought the business in 2016 but put it up "
    "for sale last year after losses mounted. Greyfield managing director "
    "Fiona Tennant said the factory's 'skills and heritage' were what "
    "attracted the company. The deal is expected to be completed by the end "
    "of June. Union officials welcomed the news, saying it removed months of "
    "uncertainty for the workforce.",
    "Burslow's Stanwell Pottery factory, which has been making tableware "
    "since 1878, has been bought by the investment group Calder Holdings from "
    "rival manufacturer Greyfield Ceramics for an undisclosed sum. The buyer "
    "says it will keep all 140 staff and carry on making the Greyfield range "
    "at the site, as well as transferring some of its own production there "
    "from Ashworth. The seller had acquired the business in 2016 and put it "
    "on the market last year as losses grew. Greyfield managing director "
    "Fiona Tennant said the company had been drawn by the factory's 'skills "
    "and heritage'. Completion of the deal is expected by the end of June. "
    "Union officials welcomed the news, saying it ended months of uncertainty "
    "for the workforce.",
    errors=[
        E("bought by the investment group Calder Holdings from rival "
          "manufacturer Greyfield Ceramics", "role", "critical",
          "bought by rival manufacturer Greyfield Ceramics from its owner, the "
          "investment group Calder Holdings"),
        E("Greyfield range", "entity", "major", "Stanwell range"),
    ],
    traps=[
        T("put it on the market last year as losses grew",
          "put it up for sale last year after losses mounted"),
        T("Completion of the deal is expected by the end of June",
          "The deal is expected to be completed by the end of June"),
    ],
)

case(
    "reservoir level warning", "translation",
    "The water level in the Montcalm reservoir, which supplies around 300,000 "
    "people in the region, has fallen to 28 per cent of its capacity, the "
    "basin authority warned on Thursday. This is the lowest level recorded in "
    "late spring since 2005. The authority said that if no significant "
    "rainfall arrives in the coming weeks, restrictions on garden watering "
    "and the filling of private swimming pools could be introduced from July. "
    "Farmers have already been told that their irrigation allowance will be "
    "reduced by a third this season. The authority's president, Jordi Casals, "
    "urged households to cut their consumption voluntarily and said a "
    "campaign with advice on saving water would begin next week. Last year, "
    "the reservoir stood at 54 per cent at the same point.",
    "The basin authority warned on Thursday that the Montcalm reservoir, the "
    "water source for some 300,000 people in the region, is down to 28% of "
    "capacity, its lowest level at the end of spring since 2005. Unless there "
    "is substantial rain over the next few weeks, the authority said, "
    "restrictions on watering gardens and filling private swimming pools "
    "could be imposed from July. Farmers have already been informed that they "
    "will receive a third less water for irrigation this season. Jordi "
    "Casals, who chairs the authority, called on households to reduce their "
    "water use voluntarily and announced that a campaign of water-saving "
    "advice would start next week. At the same point last year, the "
    "reservoir was 54% full.",
    traps=[
        T("28% of capacity", "28 per cent of its capacity"),
        T("Unless there is substantial rain over the next few weeks",
          "if no significant rainfall arrives in the coming weeks"),
        T("a third less water for irrigation",
          "irrigation allowance will be reduced by a third"),
        T("who chairs the authority", "The authority's president"),
        T("the reservoir was 54% full", "the reservoir stood at 54 per cent"),
    ],
)

case(
    "school uniform cost cap", "rewrite",
    "Schools in the Brackenshire education authority area will have to ensure "
    "that the total cost of compulsory uniform items does not exceed £75 per "
    "pupil from September, under a policy approved by councillors on "
    "Wednesday. The cap covers blazers, jumpers, ties and sports kit carrying "
    "a school logo, but not shoes or coats. Schools will also be required to "
    "allow parents to buy at least half of the required items from ordinary "
    "high-street shops rather than a single designated supplier. A survey by "
    "the authority last year found that parents of secondary pupils spent an "
    "average of £142 on uniform, compared with £68 for primary pupils. "
    "Cabinet member for education Lorraine Pike said the change would 'take "
    "real pressure off family budgets'. Schools that already meet the "
    "requirements will not need to make any changes.",
    "From September, the compulsory uniform items required for each pupil at "
    "schools in the Brackenshire education authority area must cost no more "
    "than £75 in total, after councillors approved the policy on Wednesday. "
    "Blazers, jumpers, ties and PE kit with a school logo are included in the "
    "cap, while shoes and coats are not. In addition, schools must let "
    "parents buy at least 50 per cent of the required items from normal "
    "high-street shops instead of a single designated supplier. Last year an "
    "authority survey found parents spent an average of £142 on uniform for "
    "secondary pupils and £68 for primary pupils. The change would 'take real "
    "pressure off family budgets', according to Lorraine Pike, the cabinet "
    "member for education. Schools whose uniform policies already comply will "
    "not have to change anything.",
    traps=[
        T("must cost no more than £75 in total", "does not exceed £75 per pupil"),
        T("PE kit", "sports kit"),
        T("while shoes and coats are not", "but not shoes or coats"),
        T("at least 50 per cent", "at least half"),
        T("Schools whose uniform policies already comply",
          "Schools that already meet the requirements"),
    ],
)

case(
    "swimming pool heating costs", "rewrite",
    "Glenmoor Leisure Trust is to lower the water temperature at its three "
    "public swimming pools by two degrees from next month in an attempt to "
    "cut its energy bill, which has risen by £310,000 in a year. The main "
    "pool at Glenmoor Leisure Centre will be kept at 27C instead of 29C, and "
    "the trust said the change would save about £40,000 a year. The learner "
    "pool used for baby and toddler classes will not be affected. Chief "
    "executive Martin Royce said the trust had also applied for a government "
    "grant to install solar panels on the centre's roof and was considering "
    "reducing opening hours on weekday evenings. Some regular swimmers have "
    "criticised the decision, and a petition against it has gathered more "
    "than 800 signatures.",
    "From next month, Glenmoor Leisure Trust will turn down the water "
    "temperature at its three public pools by two degrees, as it tries to "
    "reduce an energy bill that has gone up by £310,000 in the space of a "
    "year. At Glenmoor Leisure Centre the main pool will be heated to 27C "
    "rather than 29C, a change the trust says will save around £40,000 a "
    "year. The learner pool, which is used for baby and toddler classes, will "
    "be unaffected. Chief executive Martin Royce said the trust had also "
    "installed solar panels on the centre's roof with the help of a "
    "government grant, and that it was looking at cutting opening hours on "
    "weekday evenings. The decision has drawn criticism from some regular "
    "swimmers, and more than 800 people have signed a petition against it.",
    errors=[
        E("installed solar panels on the centre's roof with the help of a "
          "government grant", "event", "major",
          "applied for a government grant to install solar panels"),
    ],
    traps=[
        T("has gone up by £310,000 in the space of a year",
          "has risen by £310,000 in a year"),
        T("was looking at cutting opening hours",
          "was considering reducing opening hours"),
        T("more than 800 people have signed a petition against it",
          "a petition against it has gathered more than 800 signatures"),
    ],
)

case(
    "coffee shop chain", "summary",
    "Coffee shop chain Brewhouse & Co is to open 45 new outlets over the next "
    "two years, creating around 600 jobs, the company said on Monday. Most of "
    "the new shops will be in commuter towns and at motorway service "
    "stations, rather than in city centres, where the chain said footfall had "
    "still not recovered to pre-pandemic levels. Brewhouse, which was founded "
    "in Leddington in 2008, currently has 212 outlets. It reported a 9 per "
    "cent rise in annual sales to £184 million, although pre-tax profit fell "
    "from £11.2 million to £8.5 million because of higher costs for staff, "
    "milk and coffee beans. Chief executive Owen Marsh said the chain would "
    "not raise the price of its standard coffee this year.",
    "Brewhouse & Co, which has 212 outlets, plans to open 45 more over the "
    "next two years, creating about 600 jobs, with the first openings due in "
    "the spring. Most will be in commuter towns and at motorway service "
    "stations, as city-centre footfall has yet to return to pre-pandemic "
    "levels. Annual sales rose 9% to £184m, but pre-tax profit fell to £8.5m "
    "on higher staff, milk and coffee bean costs. The chain plans to open 45 "
    "more over the next two years.",
    errors=[
        E("with the first openings due in the spring", "addition", "minor",
          None),
        E("plans to open 45 more over the next two years", "repetition",
          "minor", None, n=1),
    ],
    traps=[
        T("45 more", "45 new outlets"),
        T("has yet to return to pre-pandemic levels",
          "had still not recovered to pre-pandemic levels"),
        T("£184m", "£184 million"),
    ],
)

case(
    "bird of prey release", "translation",
    "A young golden eagle that was found injured last autumn was released "
    "back into the wild on Saturday in the Sierra de Valdera nature park, "
    "after five months of treatment at a wildlife recovery centre. The "
    "female, about two years old, had been discovered by hikers with a broken "
    "wing near the village of Fuentehoya. Veterinarians at the Peñablanca "
    "centre operated on the wing and the bird then spent several weeks in a "
    "flight enclosure to rebuild its strength. Before the release, "
    "technicians fitted it with a GPS transmitter that will allow them to "
    "follow its movements for at least three years. According to the "
    "regional environment department, there are only 14 breeding pairs of "
    "golden eagles in the park.",
    "On Saturday a juvenile golden eagle that had been found hurt last autumn "
    "was set free in the Sierra de Valdera nature park, following five months "
    "of care at a wildlife rehabilitation centre. Walkers had come across the "
    "female, which is around two years old, near the village of Fuentehoya "
    "with a fractured wing. Vets at the Peñablanca centre carried out surgery "
    "on the wing, after which the eagle spent several weeks in a flight "
    "aviary regaining its strength. Technicians attached a GPS tracker to the "
    "bird before releasing it, which will let them monitor its movements for "
    "a minimum of three years. The regional environment department says the "
    "park has just 14 breeding pairs of golden eagles.",
    traps=[
        T("set free", "released back into the wild"),
        T("Walkers had come across the female",
          "had been discovered by hikers"),
        T("a fractured wing", "a broken wing"),
        T("a minimum of three years", "at least three years"),
        T("just 14 breeding pairs", "only 14 breeding pairs"),
    ],
)

# ---------------------------------------------------------------------------
# Cases 31-40
# ---------------------------------------------------------------------------

case(
    "horse theft", "translation",
    "Two horses were stolen from a riding school in Hoornveld during the "
    "night from Saturday to Sunday, police reported. The animals, a "
    "twelve-year-old grey mare named Saffier and a five-year-old brown gelding "
    "named Dorus, disappeared from a paddock behind the stables. The owner of "
    "the riding school, Marieke de Bruin, discovered the theft at around 6.30 "
    "on Sunday morning, when she found the gate forced open and tyre tracks "
    "from a trailer in the mud. Police spokesman Joost Verhage said it was the "
    "third horse theft in the region since January. The riding school has "
    "offered a reward of 2,500 euros for information leading to the animals' "
    "return. Both horses are microchipped, and the police have alerted "
    "slaughterhouses and horse markets.",
    "Police say two horses were taken from a riding school in Hoornveld in "
    "the night between Saturday and Sunday. A grey mare called Saffier, aged "
    "twelve, and Dorus, a brown gelding of five, vanished from a field behind "
    "the stables. The riding school's owner, Marieke Verhage, noticed they "
    "were missing at about half past six on Sunday morning, when she saw that "
    "the gate had been forced and there were trailer tyre marks in the mud. "
    "Police spokesman Joost Verhage said this was the third theft of horses "
    "in the region since June. The riding school is offering a 2,500-euro "
    "reward for information that leads to the horses being returned. Both "
    "animals have microchips, and police have notified slaughterhouses and "
    "horse markets.",
    errors=[
        E("Marieke Verhage", "entity", "major", "Marieke de Bruin"),
        E("June", "date", "minor", "January"),
    ],
    traps=[
        T("a brown gelding of five", "a five-year-old brown gelding"),
        T("at about half past six", "at around 6.30"),
        T("a 2,500-euro reward", "a reward of 2,500 euros"),
    ],
)

case(
    "tuberculosis clinic", "rewrite",
    "A temporary tuberculosis screening clinic will open at Eastfield Health "
    "Centre in Marbury next Monday after five cases of the disease were "
    "confirmed among people linked to a local food processing plant. The "
    "clinic, run by the regional health protection team, will offer chest "
    "X-rays and blood tests to around 350 workers and close contacts over two "
    "weeks. Officials stressed that the risk to the wider public remained very "
    "low, as TB usually requires prolonged close contact to spread. All five "
    "patients are receiving treatment and none is seriously ill. Consultant "
    "in health protection Dr Helen Achebe said tuberculosis was 'curable and "
    "preventable' and urged anyone invited for screening to attend, even if "
    "they felt well. Screening is free and results will be confidential.",
    "Five confirmed cases of tuberculosis among people connected to a local "
    "food processing plant have led to a temporary screening clinic being set "
    "up at Eastfield Health Centre in Marbury, opening next Monday. Over a "
    "fortnight, the clinic, which is run by the regional health protection "
    "team, will offer chest X-rays and blood tests to roughly 350 workers and "
    "close contacts. The danger to the general public remains very low, "
    "officials emphasised, because TB normally spreads only through prolonged "
    "close contact. None of the five patients is seriously ill, and all are "
    "being treated. Dr Helen Achebe, a consultant in health protection, "
    "described tuberculosis as 'curable and preventable' and urged everyone "
    "invited for screening to attend, even if they feel well. The screening "
    "is free of charge and results will be kept confidential.",
    traps=[
        T("Over a fortnight", "over two weeks"),
        T("roughly 350 workers", "around 350 workers"),
        T("The danger to the general public remains very low",
          "the risk to the wider public remained very low"),
        T("None of the five patients is seriously ill, and all are being "
          "treated",
          "All five patients are receiving treatment and none is seriously "
          "ill"),
        T("free of charge", "free"),
    ],
)

case(
    "badger cull figures", "rewrite",
    "A total of 4,870 badgers were killed under licence in the Westmarch cull "
    "zone last year, according to figures released by the regional farming "
    "department on Thursday. That was below the minimum target of 5,200 set "
    "for the zone, although officials said the cull had still been "
    "'effective'. The department said new cases of bovine tuberculosis in "
    "cattle in the zone had fallen by 18 per cent over the past three years. "
    "Wildlife charity Badger Watch disputed the link, arguing that the "
    "decline was largely due to stricter cattle testing. Its director, Paul "
    "Frome, said the cull had cost an estimated £1,300 per badger. The "
    "department plans to decide in the autumn whether to extend the cull for "
    "a further four years.",
    "Figures published by the regional farming department on Thursday show "
    "that 4,870 badgers were killed under licence in the Westmarch cull zone "
    "last year, short of the zone's minimum target of 5,200, though officials "
    "described the cull as 'effective' nonetheless. New cases of bovine "
    "tuberculosis in cattle in the zone had dropped by 28 per cent over the "
    "past three years, the department said. Wildlife charity Badger Watch "
    "questioned whether the cull was responsible, arguing that tighter cattle "
    "testing was the main reason for the fall. The department estimated that "
    "the cull had cost about £1,300 per badger. The department plans to "
    "reach a decision in the autumn on whether to extend the cull for "
    "another four years.",
    errors=[
        E("28 per cent", "number", "major", "18 per cent"),
        E("The department estimated", "attribution", "major",
          "Its director, Paul Frome, said"),
    ],
    traps=[
        T("short of the zone's minimum target of 5,200",
          "below the minimum target of 5,200"),
        T("tighter cattle testing was the main reason for the fall",
          "the decline was largely due to stricter cattle testing"),
        T("another four years", "a further four years"),
    ],
)

case(
    "tractor theft", "summary",
    "Police in the Harland Hills area have warned farmers to step up security "
    "after 11 tractors worth a combined £1.1 million were stolen from farms in "
    "the past three months. The latest theft took place on Sunday night, when "
    "a £120,000 tractor was taken from a farmyard near Orrinford. Officers "
    "believe an organised gang is responsible and that many of the vehicles "
    "are being shipped abroad, often within days. Only two of the stolen "
    "tractors have been recovered so far, both found in a container at a "
    "port. Inspector Gwen Lasky of the rural crime team urged farmers to fit "
    "GPS trackers and immobilisers and to report any suspicious vehicles. The "
    "National Farmers' Alliance said insurance claims for machinery theft in "
    "the region had doubled since last year.",
    "Police are urging farmers in the Harland Hills to tighten security after "
    "11 tractors worth £1.1m in total were stolen in the past three months, "
    "most recently a £120,000 machine taken near Orrinford on Sunday night. "
    "An organised gang is thought to be responsible and to be shipping many "
    "of them abroad, and only two have been recovered.",
    traps=[
        T("tighten security", "step up security"),
        T("worth £1.1m in total", "worth a combined £1.1 million"),
        T("a £120,000 machine", "a £120,000 tractor"),
        T("is thought to be responsible", "Officers believe"),
    ],
)

case(
    "charity fraud", "translation",
    "A former treasurer of a children's charity has been sentenced to three "
    "years and four months in prison for embezzling more than 310,000 euros "
    "over a period of seven years. The regional court in Weilbach found that "
    "the 56-year-old man had transferred donations to his private accounts "
    "and used the money for holidays, a sports car and gambling. The "
    "defendant confessed at the start of the trial and said he regretted his "
    "actions. According to the judge, the confession was taken into account, "
    "but the damage to public trust in charities weighed heavily. The "
    "charity, which supports families of children with cancer, said it had "
    "introduced stricter controls and that none of its projects had had to be "
    "cancelled. The verdict is not yet final.",
    "A children's charity's former treasurer has received a prison sentence "
    "of three years and four months for misappropriating over 310,000 euros. "
    "The Weilbach regional court ruled that the 56-year-old had diverted "
    "donations into his own accounts and spent the money on holidays, a "
    "sports car and gambling. He admitted the offences when the trial opened "
    "and said he was sorry for what he had done. The judge said the "
    "confession had been taken into account, but that the harm done to the "
    "public's trust in charities weighed heavily. The charity, which helps "
    "families whose children have cancer, said it had tightened its controls "
    "and that it had been forced to cancel some of its projects. The ruling "
    "can still be appealed.",
    errors=[
        OMIT("over a period of seven years", "minor",
             after="over 310,000 euros"),
        E("it had been forced to cancel some of its projects", "polarity",
          "major", "none of its projects had had to be cancelled"),
    ],
    traps=[
        T("misappropriating", "embezzling"),
        T("He admitted the offences when the trial opened",
          "The defendant confessed at the start of the trial"),
        T("The ruling can still be appealed", "The verdict is not yet final"),
    ],
)

case(
    "zoo animal escape", "rewrite",
    "A red panda that escaped from Ferncliffe Zoo on Tuesday morning was "
    "found safe and well about eight hours later in a garden less than half a "
    "mile away. Keepers noticed the three-year-old male, called Bao, was "
    "missing from his enclosure during a routine check at 9am. The zoo "
    "believes he climbed a tree whose branches had been bent over the "
    "perimeter fence by heavy snow. A resident spotted the animal sitting on "
    "her shed roof and called the zoo, and staff coaxed him down with grapes. "
    "The zoo closed to visitors for the day while the search took place. "
    "Director Anthony Greaves said the tree had since been cut back and that "
    "a review of all enclosures was under way. Red pandas are not considered "
    "dangerous to people, but the public had been asked not to approach him.",
    "Bao, a three-year-old male red panda who got out of Ferncliffe Zoo on "
    "Tuesday morning, was found unharmed roughly eight hours later in a "
    "garden under half a mile from the zoo. Keepers realised he was missing "
    "from his enclosure during a routine check at 9am. According to the zoo, "
    "he probably escaped by climbing a tree whose branches heavy snow had "
    "bent down over the perimeter fence. Staff lured him down with grapes "
    "after a resident saw him sitting on the roof of her shed and rang the "
    "zoo. While the search went on, the zoo stayed shut to visitors for the "
    "day. The tree has since been cut back and all enclosures are being "
    "reviewed, director Anthony Greaves said. Although red pandas are not "
    "regarded as a danger to people, members of the public had been asked "
    "not to approach him.",
    traps=[
        T("unharmed", "safe and well"),
        T("under half a mile from the zoo", "less than half a mile away"),
        T("According to the zoo, he probably escaped", "The zoo believes"),
        T("Staff lured him down with grapes",
          "staff coaxed him down with grapes"),
        T("the zoo stayed shut to visitors for the day",
          "The zoo closed to visitors for the day"),
    ],
)

case(
    "bonfire night injuries", "summary",
    "Hospitals in the Kelburn area treated 64 people for firework and "
    "bonfire-related injuries over the weekend of 4 and 5 November, down from "
    "91 last year, according to the local NHS trust. Burns accounted for "
    "about two thirds of the injuries, and 19 of those treated were under 16. "
    "Three people, including a 12-year-old boy who picked up a lit rocket "
    "that had failed to go off, needed specialist treatment at the regional "
    "burns unit. The fire service said it had attended 37 bonfires that had "
    "got out of control, compared with 52 the previous year. Chief fire "
    "officer Ruth Gallagher welcomed the fall but said too many people were "
    "still setting off fireworks in gardens without following the safety "
    "code. She urged families to attend organised displays instead.",
    "Firework and bonfire injuries treated in Kelburn-area hospitals over the "
    "4–5 November weekend fell to 64 from 91 a year earlier, with burns "
    "making up roughly two-thirds and 19 patients aged under 16. Three needed "
    "specialist burns care, among them a 12-year-old boy who picked up a lit "
    "rocket that had not gone off. Out-of-control bonfires attended by "
    "firefighters also fell, from 52 to 37.",
    traps=[
        T("fell to 64 from 91 a year earlier", "down from 91 last year"),
        T("roughly two-thirds", "about two thirds"),
        T("specialist burns care",
          "specialist treatment at the regional burns unit"),
        T("from 52 to 37", "compared with 52 the previous year"),
    ],
)

case(
    "population decline", "translation",
    "The population of the province of Valtorra fell by 1.4 per cent last "
    "year to 412,000 inhabitants, the lowest figure since the end of the "
    "Second World War, according to data published on Tuesday by the "
    "regional statistics institute. Deaths exceeded births by almost 3,900, "
    "while around 2,100 more people left the province than moved there. The "
    "decline was sharpest in the mountain municipalities, some of which lost "
    "more than 5 per cent of their residents. Young people aged between 20 "
    "and 34 made up almost half of those who moved away, most of them to "
    "large cities in the north or abroad. The president of the province, "
    "Carla Mensi, said the figures were 'an alarm bell' and announced "
    "incentives of up to 10,000 euros for families who settle in the "
    "smallest villages.",
    "Valtorra province lost 1.4% of its population last year, leaving it "
    "with 412,000 residents, its smallest population since the Second World "
    "War ended, the regional statistics institute reported on Tuesday. There "
    "were nearly 3,900 more deaths than births, and roughly 2,100 more people "
    "moved out of the province than moved in. The mountain municipalities "
    "were hit hardest, with some of them losing over 5% of their inhabitants. "
    "Nearly half of those who left were between 20 and 34 years old, and most "
    "went to big cities in the north or abroad. Carla Mensi, who heads the "
    "province, described the figures as 'a wake-up call' and announced "
    "incentives worth as much as 10,000 euros for families settling in the "
    "smallest villages.",
    traps=[
        T("1.4%", "1.4 per cent"),
        T("its smallest population since the Second World War ended",
          "the lowest figure since the end of the Second World War"),
        T("There were nearly 3,900 more deaths than births",
          "Deaths exceeded births by almost 3,900"),
        T("a wake-up call", "an alarm bell"),
        T("as much as 10,000 euros", "up to 10,000 euros"),
    ],
)

case(
    "storm damage repairs", "rewrite",
    "Repairs to the seafront promenade at Carrick Bay, which was badly "
    "damaged during Storm Edda in January, will begin next month and are "
    "expected to take about 18 weeks, Carrick Bay Town Council has announced. "
    "The work, estimated to cost £2.7 million, will be paid for largely by a "
    "government resilience grant of £2 million, with the council covering "
    "the rest from its reserves. A 400-metre section of the promenade has "
    "been closed since the storm after waves tore up paving and destroyed "
    "part of the sea wall. Contractor Haldane Civil Engineering will rebuild "
    "the wall using larger rock armour designed to withstand stronger storms. "
    "The council said it hoped to reopen the promenade before the summer "
    "holidays, but warned that bad weather could delay the work.",
    "Carrick Bay Town Council has announced that work to repair the town's "
    "seafront promenade, badly damaged by Storm Edda in January, will start "
    "next month and is likely to last around 18 weeks. Of the estimated "
    "£2.7m cost, £2m will come from a government resilience grant and the "
    "remaining £700,000 from council reserves. Since the storm, a 400m "
    "stretch of the promenade has been shut after waves ripped up paving and "
    "wrecked part of the sea wall. Haldane Civil Engineering, the contractor, "
    "will rebuild the wall with bigger rock armour intended to cope with "
    "stronger storms. The council said it hoped to have the promenade open "
    "again before the summer holidays, though it cautioned that poor weather "
    "could hold up the work.",
    traps=[
        T("is likely to last around 18 weeks",
          "are expected to take about 18 weeks"),
        T("£2.7m", "£2.7 million"),
        T("the remaining £700,000 from council reserves",
          "with the council covering the rest from its reserves"),
        T("a 400m stretch", "A 400-metre section"),
        T("could hold up the work", "could delay the work"),
    ],
)

case(
    "hotel occupancy", "rewrite",
    "Hotel occupancy in the resort town of Saltmarsh Bay averaged 71 per cent "
    "between June and August, down from 78 per cent over the same period last "
    "year, according to the local tourism association. The association "
    "blamed the decline partly on a wet July and partly on the closure of the "
    "town's pier for safety repairs, which kept day visitors away. Average "
    "room rates rose by 6 per cent to £112 a night, so overall revenue was "
    "broadly unchanged. Bookings from overseas visitors increased, "
    "particularly from Germany and the Netherlands, while domestic bookings "
    "fell. Association chair Lydia Crane said members were 'cautiously "
    "optimistic' about the autumn, with conference bookings already ahead of "
    "last year. The pier is due to reopen in October.",
    "The local tourism association says hotels in the resort town of "
    "Saltmarsh Bay were on average 71 per cent full from June to August, "
    "compared with 78 per cent in the same months last year. It attributed "
    "the fall partly to a wet July and partly to the demolition of the town's "
    "pier, which deterred day visitors. With average room rates up 6 per cent "
    "at £112 a night, overall revenue was broadly flat. Overseas bookings "
    "rose, especially from Germany and the Netherlands, but domestic bookings "
    "dropped. Lydia Crane, who chairs the association, said members were "
    "'cautiously optimistic' about the autumn, with conference bookings "
    "already running ahead of last year. The pier is due to reopen in "
    "October.",
    errors=[
        E("the demolition of the town's pier", "event", "major",
          "the closure of the town's pier for safety repairs"),
    ],
    traps=[
        T("were on average 71 per cent full", "averaged 71 per cent"),
        T("broadly flat", "broadly unchanged"),
        T("who chairs the association", "Association chair"),
    ],
)


# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------

EXPECTED_TYPE_COUNTS = {"entity": 3, "number": 4, "date": 3, "role": 3,
                        "polarity": 3, "modality": 3, "attribution": 2,
                        "event": 3, "omission": 2, "addition": 2,
                        "repetition": 2}


def nth_find(hay, needle, n):
    """Start index of the n-th (0-based) occurrence of needle, or -1."""
    pos = -1
    for _ in range(n + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def words(s):
    return len(re.findall(r"\S+", s))


def build(problems):
    records = []
    for i, c in enumerate(CASES, 1):
        rid = "s%d-%03d" % (N, i)
        cand, ref = c["candidate"], c["reference"]
        errors, traps = [], []
        for e in c["errors"]:
            if e["kind"] == "omission":
                anchor = e["after"] if e["after"] is not None else e["before"]
                p = nth_find(cand, anchor, e["n"])
                if p < 0:
                    problems.append("%s: omission anchor not found: %r"
                                    % (rid, anchor))
                    continue
                pos = p + len(anchor) if e["after"] is not None else p
                errors.append({"start": pos, "end": pos, "text": "",
                               "type": "omission", "severity": e["severity"],
                               "ref_text": e["ref_text"]})
            else:
                p = nth_find(cand, e["text"], e["n"])
                if p < 0:
                    problems.append("%s: error text not found (n=%d): %r"
                                    % (rid, e["n"], e["text"]))
                    continue
                errors.append({"start": p, "end": p + len(e["text"]),
                               "text": e["text"], "type": e["type"],
                               "severity": e["severity"],
                               "ref_text": e["ref_text"]})
        for t in c["traps"]:
            p = nth_find(cand, t["text"], t["n"])
            if p < 0:
                problems.append("%s: trap text not found (n=%d): %r"
                                % (rid, t["n"], t["text"]))
                continue
            traps.append({"start": p, "end": p + len(t["text"]),
                          "text": t["text"], "ref_text": t["ref_text"]})
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand,
                        "label": "inconsistent" if errors or c["errors"]
                        else "consistent",
                        "errors": errors, "traps": traps})
    return records


def boundary_ok(s, start, end):
    if start > 0 and start < len(s) and s[start - 1].isalnum() \
            and s[start].isalnum():
        return False
    if end > 0 and end < len(s) and s[end - 1].isalnum() and s[end].isalnum():
        return False
    return True


def validate(records, problems, warnings):
    if len(records) != 40:
        problems.append("expected 40 records, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if sorted(doms) != sorted(DOMAINS):
        problems.append("domains do not match the list one-to-one: missing %s,"
                        " extra/dup %s" % (set(DOMAINS) - set(doms),
                                           [d for d in doms if
                                            doms.count(d) > 1 or
                                            d not in DOMAINS]))
    combo = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5,
            ("translation", "inconsistent"): 5}
    if dict(combo) != want:
        problems.append("mode/label composition wrong: %s" % dict(combo))
    tcount = Counter(e["type"] for r in records for e in r["errors"])
    if dict(tcount) != EXPECTED_TYPE_COUNTS:
        problems.append("error type counts %s != expected %s"
                        % (dict(tcount), EXPECTED_TYPE_COUNTS))
    if sum(tcount.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(tcount.values()))
    per_pair = Counter(len(r["errors"]) for r in records
                       if r["label"] == "inconsistent")
    if dict(per_pair) != {1: 10, 2: 10}:
        problems.append("errors per inconsistent pair: %s" % dict(per_pair))

    for r in records:
        rid, ref, cand, mode = r["id"], r["reference"], r["candidate"], r["mode"]
        if mode not in MODES:
            problems.append("%s: bad mode %r" % (rid, mode))
        wc = words(ref)
        if not 70 <= wc <= 190:
            problems.append("%s: reference has %d words" % (rid, wc))
        if mode == "summary" and not (words(cand) < wc and len(cand) < len(ref)):
            problems.append("%s: summary not shorter than reference" % rid)
        if cand == ref:
            problems.append("%s: candidate identical to reference" % rid)
        for s in (ref, cand):
            if "  " in s or s != s.strip():
                problems.append("%s: stray whitespace" % rid)
        if r["label"] == "consistent":
            if r["errors"]:
                problems.append("%s: consistent pair with errors" % rid)
            if not 3 <= len(r["traps"]) <= 5:
                problems.append("%s: consistent pair needs 3-5 traps, has %d"
                                % (rid, len(r["traps"])))
        else:
            if not r["errors"]:
                problems.append("%s: inconsistent pair without errors" % rid)
            if len(r["traps"]) > 3:
                problems.append("%s: inconsistent pair has %d traps"
                                % (rid, len(r["traps"])))
        spans = []
        for e in r["errors"]:
            st, en, tx, ty = e["start"], e["end"], e["text"], e["type"]
            if ty not in ERROR_TYPES:
                problems.append("%s: bad error type %r" % (rid, ty))
            if e["severity"] not in SEVERITIES:
                problems.append("%s: bad severity %r" % (rid, e["severity"]))
            if cand[st:en] != tx:
                problems.append("%s: offsets do not match text %r" % (rid, tx))
            if not boundary_ok(cand, st, en):
                problems.append("%s: error span cuts a word: %r" % (rid, tx))
            if ty == "omission":
                if mode == "summary":
                    problems.append("%s: omission in a summary" % rid)
                if st != en or tx != "":
                    problems.append("%s: omission must be zero-width" % rid)
                if not e["ref_text"] or e["ref_text"] not in ref:
                    problems.append("%s: omission ref_text not in reference: "
                                    "%r" % (rid, e["ref_text"]))
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    problems.append("%s: omitted words present in candidate: "
                                    "%r" % (rid, e["ref_text"]))
            else:
                if st >= en or not tx.strip():
                    problems.append("%s: empty non-omission span" % rid)
                if ty in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        problems.append("%s: %s must have ref_text null"
                                        % (rid, ty))
                    if ty == "repetition" and cand.find(tx) >= st:
                        problems.append("%s: repetition has no earlier copy: "
                                        "%r" % (rid, tx))
                    if ty == "addition" and tx in ref:
                        problems.append("%s: addition text occurs in reference"
                                        % rid)
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        problems.append("%s: ref_text not in reference: %r"
                                        % (rid, e["ref_text"]))
                    if tx in ref:
                        warnings.append("%s: %s error text also occurs in "
                                        "reference: %r" % (rid, ty, tx))
                    if e["ref_text"] == tx:
                        problems.append("%s: error text equals ref_text" % rid)
            spans.append((st, en, "error:" + tx))
        for t in r["traps"]:
            st, en, tx = t["start"], t["end"], t["text"]
            if cand[st:en] != tx or st >= en:
                problems.append("%s: trap offsets wrong %r" % (rid, tx))
            if not boundary_ok(cand, st, en):
                problems.append("%s: trap span cuts a word: %r" % (rid, tx))
            if not t["ref_text"] or t["ref_text"] not in ref:
                problems.append("%s: trap ref_text not in reference: %r"
                                % (rid, t["ref_text"]))
            if t["ref_text"] == tx:
                problems.append("%s: trap text identical to ref_text: %r"
                                % (rid, tx))
            spans.append((st, en, "trap:" + tx))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            # zero-width omission points may touch but not fall inside a span
            if b[0] < a[1] or (a[0] == a[1] and a[0] > b[0]) or \
                    (b[0] == b[1] and a[0] < b[0] < a[1]):
                problems.append("%s: overlapping spans %r / %r"
                                % (rid, a[2], b[2]))
        for a in spans:
            for b in spans:
                if a is not b and a[0] == a[1] and b[0] < a[0] < b[1]:
                    problems.append("%s: omission point inside span %r"
                                    % (rid, b[2]))


def main():
    check_only = "--check" in sys.argv[1:]
    problems, warnings = [], []
    records = build(problems)
    validate(records, problems, warnings)
    for w in warnings:
        print("warning:", w)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s); nothing written." % len(problems))
        sys.exit(1)
    modes = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    ntraps = sum(len(r["traps"]) for r in records)
    wcs = [words(r["reference"]) for r in records]
    print("OK: %d pairs; %s" % (len(records), dict(sorted(modes.items()))))
    print("errors: %d %s" % (sum(types.values()), dict(sorted(types.items()))))
    print("severity: %s" % dict(sorted(sev.items())))
    print("traps: %d; reference words %d-%d" % (ntraps, min(wcs), max(wcs)))
    if check_only:
        print("--check: validated only, nothing written.")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
