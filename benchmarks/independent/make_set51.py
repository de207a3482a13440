#!/usr/bin/env python3
"""Held-out evaluation set 51 for a fact-comparison tool.

How it was made: every pair was hand-written by a helper that saw no code or
data of the project, working only from a written brief.  All people,
companies, organisations, places and figures are invented; real countries
appear only as background.  Character offsets are never typed by hand: the
script finds every span by string search (with an occurrence index where a
quoted text repeats), validates the whole set and writes set51.jsonl.

Composition: 40 pairs, each in a different domain.
  * 20 rewrites (10 consistent, 10 inconsistent)
  * 10 summaries (5 consistent, 5 inconsistent)
  * 10 translations (5 consistent, 5 inconsistent): both texts are
    independent English translations of the same non-English story.
  * 30 errors over the 11 types: entity 3, number 4, date 3, role 3,
    polarity 3, modality 3, attribution 2, event 3, omission 2, addition 2,
    repetition 2.  Ten inconsistent pairs carry one error, ten carry two.
  * Consistent pairs carry 3-5 traps (faithful rewordings); inconsistent
    pairs carry 0-3.

Usage:  python3 make_set51.py           validate and write set51.jsonl
        python3 make_set51.py --check   validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

SET_NO = 51
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set51.jsonl")

DOMAINS = [
    "zip wires", "stepping stones", "boatyards", "harbour masters",
    "buoy tenders", "lifeguard towers", "paddling pools", "water slides",
    "sea pools", "open water races", "rabbit shows", "parrot sanctuaries",
    "insect zoos", "wormeries", "apple days", "rush seating", "lacemaking",
    "tithe barns", "follies", "mazes", "paintball sites", "trampoline parks",
    "driving ranges", "speedway", "stock cars", "tractor pulling",
    "dye gardens", "umbrella repair", "violin makers", "carillons",
    "line dancing", "pantomime", "spoken word nights", "adult literacy",
    "naturalisation tests", "ballot counting", "mayoral chains",
    "coat of arms", "flag makers", "paddleboard hire",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def E(text, etype, severity, ref, occ=0):
    """An error span: `text` (occurrence `occ`) in the candidate."""
    return {"kind": "span", "text": text, "type": etype,
            "severity": severity, "ref_text": ref, "occ": occ}


def OM(after, ref, severity, occ=0):
    """An omission: the missing words belong right after `after`."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    return {"domain": domain, "mode": mode, "label": label,
            "reference": reference, "candidate": candidate,
            "errors": list(errors), "traps": list(traps)}


CASES = []

# ---------------------------------------------------------------- 001-008
CASES += [
    C("zip wires", "rewrite", "consistent",
      "Skyline Descents Ltd said on Monday that it will open a 1.6-kilometre "
      "zip wire across the Harrowdale quarry on 14 June, subject to a final "
      "safety inspection by the county council. The line, which the company "
      "says will be the longest in the region, cost £2.4 million to build and "
      "will carry riders at speeds of up to 95 kilometres per hour. Chief "
      "executive Maren Tolley said about 40,000 visitors were expected in the "
      "first year. Riders must weigh between 40 and 120 kilograms and be at "
      "least 12 years old. The council approved the planning application in "
      "March after the company agreed to limit operating hours to between 9am "
      "and 6pm to reduce noise for nearby residents.",
      "Subject to a final safety inspection by the county council, a zip wire "
      "stretching 1.6km across Harrowdale quarry will open on 14 June, Skyline "
      "Descents Ltd announced on Monday. Built at a cost of £2.4m, the line "
      "will reach speeds of up to 95km/h, and the company says it will be the "
      "region's longest. Around 40,000 visitors are expected in its first "
      "year, according to chief executive Maren Tolley. Riders will need to be "
      "12 or older and weigh 40-120kg. Planning permission was granted by the "
      "council in March, once the firm had agreed to restrict operations to "
      "9am-6pm to cut noise for people living nearby.",
      traps=[
          T("£2.4m", "£2.4 million"),
          T("95km/h", "95 kilometres per hour"),
          T("12 or older", "at least 12 years old"),
          T("40-120kg", "between 40 and 120 kilograms"),
          T("Planning permission was granted by the council",
            "The council approved the planning application"),
      ]),

    C("stepping stones", "rewrite", "inconsistent",
      "The Fellbrook National Park Authority will replace 23 stepping stones "
      "across the River Auln at Clapworth after two were dislodged during "
      "February's floods, a spokesperson confirmed on Thursday. The crossing, "
      "which forms part of the 42-mile Auln Valley Way, has been closed since "
      "19 February. Contractors will install new gritstone blocks, each "
      "weighing about 300 kilograms, and anchor them to the riverbed with "
      "steel pins. The work is expected to cost £86,000, of which £60,000 will "
      "come from a national heritage fund. A temporary diversion via Clapworth "
      "Bridge adds roughly a mile to the route. The authority said it hoped to "
      "reopen the crossing before the school summer holidays, though it warned "
      "that high water levels could delay the project.",
      "A spokesperson for the Fellbrook National Park Authority confirmed on "
      "Thursday that 23 stepping stones over the River Auln at Clapworth are "
      "to be replaced, after February's floods knocked two of them loose. Part "
      "of the 42-mile Auln Valley Way, the crossing has been shut since 19 "
      "February. New gritstone blocks weighing roughly 300kg apiece will be put "
      "in by contractors and fixed to the riverbed using steel pins. The "
      "project is likely to cost £86,000, with £68,000 of that provided by a "
      "national heritage fund. Walkers are temporarily being diverted over "
      "Clapworth Bridge, adding about a mile to the route. The authority hopes "
      "to reopen the crossing before the school summer holidays but cautioned "
      "that high water could hold the work up.",
      errors=[E("£68,000", "number", "major", "£60,000")],
      traps=[
          T("roughly 300kg apiece", "each weighing about 300 kilograms"),
          T("has been shut since 19 February",
            "has been closed since 19 February"),
      ]),

    C("boatyards", "rewrite", "consistent",
      "Pellow & Sons, the family-owned boatyard at Carrick Mew, has been "
      "bought by the marine services group Tidewell Holdings for an "
      "undisclosed sum, the two companies said in a joint statement on 3 "
      "October. The yard, founded in 1921, employs 34 people and builds and "
      "repairs wooden fishing vessels and pleasure craft. Tidewell said all "
      "staff would keep their jobs and that it planned to invest £1.5 million "
      "over three years in a new slipway and covered workshop. Managing "
      "director Alan Pellow, whose grandfather started the business, will stay "
      "on as yard manager for at least two years. The deal still requires "
      "approval from the harbour commissioners, who lease the waterfront site "
      "to the yard.",
      "Marine services group Tidewell Holdings has acquired Pellow & Sons, the "
      "family-owned boatyard at Carrick Mew, the two firms announced jointly "
      "on 3 October, without revealing the price. Established in 1921, the "
      "yard has a workforce of 34 and builds and repairs wooden pleasure craft "
      "and fishing boats. Tidewell said no jobs would be lost, and set out "
      "plans to spend £1.5m over the next three years on a covered workshop "
      "and a new slipway. Alan Pellow, the managing director, whose "
      "grandfather founded the firm, will remain as yard manager for a minimum "
      "of two years. The harbour commissioners, who lease the waterfront site "
      "to the yard, must still approve the deal.",
      traps=[
          T("Tidewell Holdings has acquired Pellow & Sons",
            "has been bought by the marine services group Tidewell Holdings"),
          T("without revealing the price", "for an undisclosed sum"),
          T("no jobs would be lost", "all staff would keep their jobs"),
          T("£1.5m over the next three years", "£1.5 million over three years"),
          T("for a minimum of two years", "for at least two years"),
      ]),

    C("harbour masters", "summary", "inconsistent",
      "Port of Kelsby harbour master Ruth Amadi has ordered all commercial "
      "vessels over 90 metres to use two tugs when entering the inner basin, "
      "following a collision last month in which the cargo ship Marl Venture "
      "struck the north quay. An inquiry by the port's marine safety committee "
      "found that the ship's master had overruled the pilot, who had advised "
      "waiting for a second tug as gusts reached 38 knots. Repairs to the quay "
      "are estimated at £640,000, and one of its four berths will remain out "
      "of use until January. The new rule takes effect on 1 November. Shipping "
      "agents said it would add about £2,000 to the cost of each port call, "
      "but the Kelsby Pilots' Association welcomed the change.",
      "After the Marl Venture hit Kelsby's north quay last month, when the "
      "pilot overruled the ship's master, harbour master Ruth Amadi has made "
      "two tugs compulsory for commercial ships over 90 metres entering the "
      "inner basin from 1 November. Quay repairs will cost an estimated "
      "£640,000 and two of the four berths will stay closed until January.",
      errors=[
          E("the pilot overruled the ship's master", "role", "major",
            "the ship's master had overruled the pilot"),
          E("two", "number", "major", "one", occ=1),
      ]),
]

# ---------------------------------------------------------------- 005-008
CASES += [
    C("buoy tenders", "rewrite", "inconsistent",
      "The Northern Lights Service will retire its oldest buoy tender, the "
      "Skerra, next spring after 38 years at sea, the service's board "
      "announced on Wednesday. The 52-metre vessel maintains around 160 "
      "navigation buoys and beacons along the Orran coast. It will be replaced "
      "by the Halvard, a hybrid-powered tender under construction at the "
      "Brannock shipyard, which is due to be delivered in March at a cost of "
      "£27 million. The board said the new ship would cut fuel use by about 30 "
      "per cent. The Skerra's crew of 14 will transfer to the Halvard. The "
      "service has not yet decided whether to sell the Skerra or scrap it, but "
      "chief executive Ian Corrie said offers from maritime museums would be "
      "considered.",
      "After 38 years at sea, the Skerra, the oldest buoy tender operated by "
      "the Northern Lights Service, is to be retired next spring, the "
      "service's board said on Wednesday. The 52-metre ship looks after some "
      "160 navigation buoys and beacons on the Brannock coast. Her "
      "replacement, the hybrid-powered Halvard, is being built at the Brannock "
      "shipyard and is scheduled for delivery in March at a cost of £27m. "
      "According to the board, the new vessel will use roughly 30% less fuel. "
      "All 14 of the Skerra's crew will move across to the Halvard. No "
      "decision has yet been made on whether the Skerra will be sold or "
      "scrapped, although chief executive Ian Corrie said offers would be "
      "considered.",
      errors=[
          E("Brannock", "entity", "major", "Orran", occ=0),
          OM("Ian Corrie said offers", "from maritime museums", "major"),
      ],
      traps=[
          T("will use roughly 30% less fuel",
            "would cut fuel use by about 30 per cent"),
          T("All 14 of the Skerra's crew will move across",
            "The Skerra's crew of 14 will transfer"),
      ]),

    C("lifeguard towers", "rewrite", "consistent",
      "Coastal Safety Partnership Westmoor will install six new lifeguard "
      "towers on beaches between Polwenna and St Gerrans before the start of "
      "the summer season, the partnership said in a statement on Friday. The "
      "elevated towers, which cost £18,500 each, will give lifeguards a "
      "clearer view of rip currents and allow patrols to be extended until 7pm "
      "during July and August. Last year lifeguards in the area responded to "
      "412 incidents, up from 355 the year before. The partnership's "
      "operations manager, Kerry Nance, said recruitment was 'on track', with "
      "58 of the 64 seasonal posts already filled. Beaches without towers will "
      "continue to be patrolled from vehicles.",
      "Six new lifeguard towers are to be put up on the beaches between "
      "Polwenna and St Gerrans ahead of the summer season, Coastal Safety "
      "Partnership Westmoor said in a statement on Friday. Costing £18,500 "
      "apiece, the raised towers will let lifeguards see rip currents more "
      "clearly and mean patrols can be extended to 7pm in July and August. "
      "Lifeguards in the area dealt with 412 incidents last year, compared "
      "with 355 the previous year. Recruitment is 'on track', according to "
      "operations manager Kerry Nance, who said all but six of the 64 seasonal "
      "posts had already been filled. Vehicle patrols will carry on at beaches "
      "that have no towers.",
      traps=[
          T("£18,500 apiece", "£18,500 each"),
          T("all but six of the 64 seasonal posts",
            "58 of the 64 seasonal posts"),
          T("compared with 355 the previous year",
            "up from 355 the year before"),
          T("Vehicle patrols will carry on at beaches that have no towers",
            "Beaches without towers will continue to be patrolled from "
            "vehicles"),
      ]),

    C("paddling pools", "rewrite", "inconsistent",
      "Drayford Borough Council has handed the running of its three outdoor "
      "paddling pools to the charity Splash Together for the next five years, "
      "ending a dispute over the pools' future. The council had proposed "
      "closing the pools at Ashgrove Park, Mill Lane and Tanner's Green to "
      "save £120,000 a year, but withdrew the plan after a petition gathered "
      "9,300 signatures. Under the agreement, the council will pay the charity "
      "an annual grant of £45,000 and remain responsible for major repairs. "
      "Splash Together, which already operates a lido in the neighbouring town "
      "of Hurstow, will recruit volunteers to supervise the pools. The pools "
      "will open on weekends from late May and daily during the school "
      "holidays.",
      "The charity Splash Together is to run Drayford Borough Council's three "
      "outdoor paddling pools for the next five years, bringing an end to a "
      "row over their future. The council had planned to shut the pools at "
      "Ashgrove Park, Mill Lane and Tanner's Green to save £120,000 a year, "
      "but dropped the proposal after 9,300 people signed a petition. Under "
      "the deal, the charity will pay the council an annual grant of £45,000, "
      "while the council keeps responsibility for major repairs. Splash "
      "Together, which already runs a lido in the neighbouring town of "
      "Hurstow, will recruit volunteers to supervise the pools, which will "
      "open at weekends from late May and every day in the school holidays.",
      errors=[E("the charity will pay the council", "role", "critical",
                "the council will pay the charity")],
      traps=[T("after 9,300 people signed a petition",
               "after a petition gathered 9,300 signatures")]),

    C("water slides", "rewrite", "consistent",
      "Aquadome Brenfield reopened its three water slides on Saturday after a "
      "seven-week closure prompted by a cracked support beam, the leisure "
      "centre's operator, Vantage Leisure Trust, said. Engineers replaced the "
      "beam and inspected all 41 remaining supports, finding no further "
      "faults. The repairs cost £230,000, which was covered by the trust's "
      "insurance. During the closure the centre offered half-price swimming "
      "sessions, and visitor numbers fell by around a quarter compared with "
      "the same period last year. The trust's chief executive, Dev Ramsay, "
      "apologised for the disruption and said the slides would now be "
      "inspected monthly rather than every quarter. Children under eight must "
      "still be accompanied by an adult on the slides.",
      "After being shut for seven weeks because of a cracked support beam, the "
      "three water slides at Aquadome Brenfield reopened on Saturday, "
      "according to Vantage Leisure Trust, which operates the leisure centre. "
      "Engineers replaced the beam and checked every one of the other 41 "
      "supports without finding any more faults. The £230,000 repair bill was "
      "met by the trust's insurance. Swimming sessions were offered at half "
      "price while the centre's slides were closed, and visitor numbers "
      "dropped by roughly 25% on the same period a year earlier. Chief "
      "executive Dev Ramsay apologised for the disruption and said that from "
      "now on the slides would be inspected every month instead of every three "
      "months. Under-eights must still have an adult with them on the slides.",
      traps=[
          T("After being shut for seven weeks", "after a seven-week closure"),
          T("every one of the other 41 supports", "all 41 remaining supports"),
          T("roughly 25%", "around a quarter"),
          T("every three months", "every quarter"),
          T("Under-eights", "Children under eight"),
      ]),
]

# ---------------------------------------------------------------- 009-012
CASES += [
    C("sea pools", "rewrite", "inconsistent",
      "The tidal sea pool at Porthkerris will not reopen this summer, Kerrow "
      "Town Council confirmed on Tuesday 6 May, after a survey found that the "
      "pool's seaward wall had been undermined by winter storms. The council "
      "had hoped to complete repairs by mid-June, but engineers said the work "
      "could not safely begin until the autumn, when sea conditions are "
      "calmer. The repairs are estimated to cost £310,000. Councillor Jenna "
      "Pascoe, who chairs the council's amenities committee, said the town "
      "would apply for coastal resilience funding and would not raise council "
      "tax to pay for the work. The Friends of Porthkerris Pool, a volunteer "
      "group of around 200 members, said it would continue its fundraising "
      "efforts.",
      "Kerrow Town Council confirmed on Tuesday 6 May that Porthkerris's tidal "
      "sea pool will stay closed this summer, after a survey showed winter "
      "storms had undermined its seaward wall. Although the council had aimed "
      "to finish repairs by mid-July, engineers advised that work could not "
      "begin safely until the calmer sea conditions of autumn. The repair bill "
      "is estimated at £310,000. Jenna Pascoe, the councillor who chairs the "
      "amenities committee, said the town would seek coastal resilience "
      "funding and would also raise council tax to cover the work. The Friends "
      "of Porthkerris Pool, a volunteer group with some 200 members, said its "
      "fundraising would carry on.",
      errors=[
          E("mid-July", "date", "minor", "mid-June"),
          E("would also raise council tax", "polarity", "major",
            "would not raise council tax"),
      ],
      traps=[
          T("will stay closed this summer", "will not reopen this summer"),
          T("The repair bill is estimated at £310,000",
            "The repairs are estimated to cost £310,000"),
      ]),

    C("open water races", "summary", "consistent",
      "More than 1,100 swimmers took part in the Lake Carrow Open Water "
      "Festival on Sunday, the largest field in the event's 15-year history, "
      "organisers Carrow Events said. The programme included races over one, "
      "five and ten kilometres. The 10-kilometre title was won by Saskia "
      "Brandt in 2 hours 4 minutes, beating last year's champion, Hollie Marr, "
      "by 38 seconds, while the men's race went to Tomasz Wilk. Wetsuits were "
      "compulsory in all races because the water temperature was 15C. Two "
      "swimmers were treated for mild hypothermia and discharged the same day. "
      "Organisers said the festival had raised £42,000 for the regional air "
      "ambulance and that next year's event would be capped at 1,200 "
      "entrants.",
      "A record field of over 1,100 swimmers contested Sunday's Lake Carrow "
      "Open Water Festival, where Saskia Brandt took the 10km title, 38 "
      "seconds ahead of defending champion Hollie Marr. Wetsuits were "
      "mandatory as the water was 15C; two swimmers treated for mild "
      "hypothermia were discharged the same day. The event raised £42,000 for "
      "the regional air ambulance.",
      traps=[
          T("A record field",
            "the largest field in the event's 15-year history"),
          T("over 1,100", "More than 1,100"),
          T("10km", "10-kilometre"),
          T("defending champion", "last year's champion"),
          T("mandatory", "compulsory"),
      ]),

    C("rabbit shows", "rewrite", "consistent",
      "The Ellesby Agricultural Society has cancelled the rabbit classes at "
      "its annual show on 23 August following an outbreak of rabbit "
      "haemorrhagic disease in the county, the society said on Monday. Around "
      "300 rabbits had been entered in 45 classes. The society said the "
      "decision was taken on the advice of its honorary veterinary officer, Dr "
      "Priya Lamb, and that entry fees of £3 per animal would be refunded in "
      "full. Poultry and cavy classes will go ahead as planned. The county's "
      "rabbit breeders' club, which has about 120 members, said it supported "
      "the decision but was disappointed, as the show is usually the largest "
      "of its season. A separate rabbit show may be arranged in October if the "
      "outbreak is contained.",
      "Rabbit classes will not be held at the Ellesby Agricultural Society's "
      "annual show on 23 August because of an outbreak of rabbit haemorrhagic "
      "disease in the county, the society announced on Monday. Some 300 "
      "rabbits had been entered across 45 classes. The society said it had "
      "acted on advice from Dr Priya Lamb, its honorary veterinary officer, "
      "and that exhibitors would get their £3-per-animal entry fees back in "
      "full. The poultry and cavy classes will take place as planned. While "
      "disappointed, because the show is normally the biggest of its season, "
      "the county's rabbit breeders' club, with roughly 120 members, said it "
      "backed the decision. If the outbreak is brought under control, a "
      "separate rabbit show could be organised in October.",
      traps=[
          T("Rabbit classes will not be held",
            "has cancelled the rabbit classes"),
          T("Some 300 rabbits", "Around 300 rabbits"),
          T("would get their £3-per-animal entry fees back in full",
            "entry fees of £3 per animal would be refunded in full"),
          T("If the outbreak is brought under control",
            "if the outbreak is contained"),
          T("could be organised", "may be arranged"),
      ]),

    C("parrot sanctuaries", "translation", "inconsistent",
      "The Serra do Vento parrot sanctuary, in the Brazilian state of Minas "
      "Gerais, last week received 87 birds seized by federal police from an "
      "illegal trafficking operation, its director, Helena Vasconcelos, "
      "reported on Thursday. Most are blue-fronted amazons, and around a third "
      "arrived dehydrated or with injured feathers. According to Vasconcelos, "
      "the sanctuary, which already cares for some 400 birds, is operating "
      "above its capacity and needs about 150,000 reais to build two new "
      "aviaries. Veterinarians estimate that at least half of the seized "
      "parrots could be returned to the wild within a year. The others, she "
      "said, will probably have to remain in captivity permanently because "
      "they have lost the ability to fly.",
      "Eighty-seven birds that federal police had seized from an illegal "
      "trafficking ring were taken in last week by the Serra do Vento parrot "
      "refuge in Minas Gerais state, Brazil, its director Helena Vasconcelos "
      "said on Thursday. Blue-fronted amazons make up the majority, and "
      "roughly one in three was dehydrated or had damaged feathers on arrival. "
      "Vasconcelos said the refuge, already home to about 400 birds, is over "
      "capacity and needs approximately 150,000 reais for the construction of "
      "two new aviaries. In the vets' estimate, at least half of the parrots "
      "that were seized will be released back into the wild within twelve "
      "months. The remainder, she added, will likely have to stay in captivity "
      "for good, having lost the ability to fly.",
      errors=[E("will be released back into the wild", "modality", "major",
                "could be returned to the wild")],
      traps=[
          T("roughly one in three", "around a third"),
          T("within twelve months", "within a year"),
          T("will likely have to stay in captivity for good",
            "will probably have to remain in captivity permanently"),
      ]),
]

# ---------------------------------------------------------------- 013-016
CASES += [
    C("insect zoos", "translation", "consistent",
      "The Hoshikawa Insect Zoo in Gifu Prefecture will close for eight months "
      "from January for a renovation costing 1.2 billion yen, the city "
      "government announced on Tuesday. The work will add a glasshouse for "
      "tropical butterflies and replace the ventilation system in the main "
      "building, which opened in 1987. During the closure, about 30 species, "
      "including the zoo's giant stag beetles, will be cared for at a "
      "university research facility in the same city. The zoo received "
      "approximately 210,000 visitors last year, a record. Director Kenji "
      "Moriyama said the institution wanted to 'give children a reason to come "
      "back', and noted that admission for primary school pupils would remain "
      "free after the reopening.",
      "Gifu Prefecture's Hoshikawa Insect Zoo is to shut from January for "
      "eight months while it undergoes a ¥1.2bn refurbishment, city officials "
      "said on Tuesday. A tropical butterfly glasshouse will be built and the "
      "ventilation in the main building, opened in 1987, will be replaced. "
      "While the zoo is closed, roughly 30 species, among them its giant stag "
      "beetles, will be looked after at a university research centre "
      "elsewhere in the city. Last year a record number of visitors, around "
      "210,000, came to the zoo. According to director Kenji Moriyama, the aim "
      "is to 'give children a reason to return', and primary schoolchildren "
      "will continue to get in free once it reopens.",
      traps=[
          T("¥1.2bn refurbishment", "renovation costing 1.2 billion yen"),
          T("city officials said", "the city government announced"),
          T("roughly 30 species", "about 30 species"),
          T("primary schoolchildren will continue to get in free",
            "admission for primary school pupils would remain free"),
      ]),

    C("wormeries", "rewrite", "inconsistent",
      "Households in the district of Lowfield will be able to apply for a free "
      "wormery from next month under a council scheme aimed at cutting food "
      "waste, the council announced on Wednesday. The first 2,000 applicants "
      "will receive a three-tier composting unit and a starter pack of 500 "
      "worms, worth about £85 in total. The council estimates that each "
      "wormery could divert up to 150 kilograms of kitchen scraps a year from "
      "landfill. The scheme is funded by a £170,000 grant from the regional "
      "waste partnership. Councillor Mo Hendry said residents who took part "
      "might later be asked to complete a short survey, but that this would be "
      "voluntary. Flats without outdoor space are not eligible.",
      "From next month, Lowfield households can apply for a free wormery "
      "through a council scheme designed to reduce food waste, the council "
      "said on Wednesday. A three-tier composting unit plus a starter pack of "
      "500 worms, together worth roughly £85, will go to the first 2,000 "
      "people who apply. According to council estimates, a single wormery "
      "could keep as much as 150kg of kitchen scraps a year out of landfill. A "
      "£170,000 grant from the regional waste partnership is paying for the "
      "scheme. Councillor Mo Hendry said participants will have to fill in a "
      "short survey at a later stage. Flats with no outdoor space do not "
      "qualify.",
      errors=[E("will have to fill in a short survey", "modality", "major",
                "might later be asked to complete a short survey")],
      traps=[
          T("as much as 150kg", "up to 150 kilograms"),
          T("do not qualify", "are not eligible"),
      ]),

    C("apple days", "rewrite", "consistent",
      "Brackenhurst Orchard Trust will hold its annual Apple Day on Saturday "
      "11 October, with more than 60 varieties of apple available to taste and "
      "buy, the trust said. The event, now in its 22nd year, attracted around "
      "3,500 visitors last year. Visitors can bring apples from their own "
      "trees to be identified by pomologist Gwen Hartigan, who will also lead "
      "two pruning demonstrations. A juice press will be available for those "
      "who bring at least five kilograms of fruit. Entry costs £6 for adults, "
      "while under-16s go free. The trust said parking would be limited and "
      "urged visitors to use the free shuttle bus from Brackenhurst railway "
      "station, which will run every 20 minutes from 10am.",
      "The 22nd annual Apple Day at Brackenhurst Orchard Trust takes place on "
      "Saturday 11 October, when visitors will be able to taste and buy over "
      "60 kinds of apple, according to the trust. Last year's event drew "
      "roughly 3,500 people. Pomologist Gwen Hartigan will identify apples "
      "that visitors bring from their own trees and will lead a pair of "
      "pruning demonstrations. Anyone bringing 5kg of fruit or more can use a "
      "juice press. Adults pay £6 to get in and under-16s are admitted free. "
      "With parking limited, the trust is urging visitors to take the free "
      "shuttle bus from Brackenhurst railway station, which will leave every "
      "20 minutes from 10am.",
      traps=[
          T("The 22nd annual Apple Day", "now in its 22nd year"),
          T("over 60 kinds of apple", "more than 60 varieties of apple"),
          T("a pair of pruning demonstrations", "two pruning demonstrations"),
          T("5kg of fruit or more", "at least five kilograms of fruit"),
          T("under-16s are admitted free", "under-16s go free"),
      ]),

    C("rush seating", "rewrite", "inconsistent",
      "The Heritage Crafts Register has added rush seating to its list of "
      "endangered crafts, warning that fewer than 25 professional rush seaters "
      "remain in the country. The register's annual report, published on "
      "Monday, said most practitioners were over 60 and that only two had "
      "taken on apprentices in the past five years. Master rush seater Joan "
      "Elford, who has worked in the trade for 41 years, said demand for "
      "restoring antique chairs was strong but that suitable rushes were "
      "becoming harder to source because of changes in river management. The "
      "report recommended a bursary scheme worth £4,000 per trainee. The "
      "Furniture History Guild said it would fund the first three bursaries.",
      "Rush seating is now on the Heritage Crafts Register's list of "
      "endangered crafts, with the register warning that under 25 "
      "professional rush seaters are left in the country. Most practitioners "
      "are over 60, according to the register's annual report, published on "
      "Monday, and only three have taken on apprentices in the last five "
      "years. Joan Elford, a master rush seater with 41 years in the trade, "
      "said there was strong demand for antique chair restoration, but that "
      "changes in river management were making suitable rushes harder to "
      "source. The Furniture History Guild has recommended a bursary scheme "
      "worth £4,000 per trainee and said it would pay for the first three "
      "bursaries.",
      errors=[
          E("three", "number", "major", "two", occ=0),
          E("The Furniture History Guild has recommended", "attribution",
            "major", "The report recommended"),
      ],
      traps=[T("under 25 professional rush seaters are left",
               "fewer than 25 professional rush seaters remain")]),
]

# ---------------------------------------------------------------- 017-020
CASES += [
    C("lacemaking", "translation", "consistent",
      "The bobbin lace school in the Flemish town of Oudezande will receive "
      "340,000 euros from the regional government to digitise its archive of "
      "around 9,000 historic patterns, the culture minister's office announced "
      "on Friday. Some of the patterns, drawn on parchment, date from the 17th "
      "century and are too fragile to be handled. The project, which will take "
      "three years, will make the designs freely available online. The "
      "school's director, Mieke Verhulst, said the number of students had "
      "doubled since 2019, to about 180, most of them retirees. She added that "
      "younger people were increasingly attending the weekend courses, which "
      "now have a waiting list.",
      "Oudezande's bobbin lace school, in Flanders, is to be given €340,000 by "
      "the regional government so that it can digitise an archive of some "
      "9,000 historic patterns, the office of the culture minister said on "
      "Friday. A number of the patterns, which are drawn on parchment, go back "
      "to the 1600s and are too delicate to handle. Over the three-year "
      "project, the designs will be put online free of charge. Director Mieke "
      "Verhulst said student numbers had risen twofold since 2019 to roughly "
      "180, the majority of them retired. Young people were coming to the "
      "weekend courses in growing numbers, she said, and there was now a "
      "waiting list for them.",
      traps=[
          T("€340,000", "340,000 euros"),
          T("go back to the 1600s", "date from the 17th century"),
          T("too delicate to handle", "too fragile to be handled"),
          T("had risen twofold since 2019", "had doubled since 2019"),
          T("the majority of them retired", "most of them retirees"),
      ]),

    C("tithe barns", "summary", "inconsistent",
      "A 14th-century tithe barn at Abbots Wenley is to be repaired after the "
      "National Buildings Fund awarded £1.8 million towards the work, the "
      "barn's owners, the Wenley Estate Trust, said on Tuesday. The Grade I "
      "listed barn, one of the longest in England at 58 metres, was placed on "
      "the heritage at-risk register in 2019 after part of its stone-tiled "
      "roof collapsed during a storm. Surveyors found that several oak trusses "
      "had been weakened by death-watch beetle. The trust plans to reopen the "
      "barn to the public in spring 2027 and hire it out for weddings and "
      "concerts to cover running costs. Local historian Martin Cole said the "
      "barn was 'the finest medieval agricultural building in the county'.",
      "The National Buildings Fund has granted £1.8m to repair the "
      "14th-century tithe barn at Abbots Wenley, which went on the at-risk "
      "register in 2019 after death-watch beetle brought down part of its "
      "roof. The Wenley Estate Trust, which called it the county's finest "
      "medieval agricultural building, plans to reopen it in spring 2027 and "
      "hire it out for events.",
      errors=[
          E("death-watch beetle brought down part of its roof", "event",
            "major", "part of its stone-tiled roof collapsed during a storm"),
          E("The Wenley Estate Trust, which called it", "attribution",
            "minor", "Local historian Martin Cole said"),
      ],
      traps=[T("£1.8m", "£1.8 million")]),

    C("follies", "rewrite", "consistent",
      "Restoration of the Keeling Tower, an 18th-century folly overlooking the "
      "village of Marston Ferrers, has been completed two months ahead of "
      "schedule, the Ferrers Landmark Trust said on Wednesday. The 21-metre "
      "octagonal tower was built in 1764 by the landowner Sir Hugh Keeling as "
      "an eye-catcher visible from his house. It had been closed since 2016 "
      "after stones fell from its parapet. The £740,000 project, two-thirds of "
      "which was funded by lottery grants, included rebuilding the parapet and "
      "installing a new timber staircase. The tower will open to visitors on "
      "the first Sunday of each month from May to September, with tickets "
      "priced at £4. Numbers will be limited to 12 people at a time because of "
      "the narrow stairs.",
      "The Ferrers Landmark Trust said on Wednesday that work to restore the "
      "Keeling Tower, an 18th-century folly overlooking the village of Marston "
      "Ferrers, had been finished two months earlier than planned. The 21m "
      "octagonal tower was built in 1764 by landowner Sir Hugh Keeling as an "
      "eye-catcher that could be seen from his house. It had been shut since "
      "2016, when stones fell from its parapet. Lottery grants paid for two in "
      "every three pounds of the £740,000 project, which involved rebuilding "
      "the parapet and putting in a new timber staircase. From May to "
      "September, visitors will be admitted on the first Sunday of every month "
      "at £4 a ticket; because the stairs are narrow, no more than 12 people "
      "will be allowed in at once.",
      traps=[
          T("two months earlier than planned", "two months ahead of schedule"),
          T("21m", "21-metre"),
          T("Lottery grants paid for two in every three pounds",
            "two-thirds of which was funded by lottery grants"),
          T("no more than 12 people will be allowed in at once",
            "Numbers will be limited to 12 people at a time"),
      ]),

    C("mazes", "rewrite", "inconsistent",
      "Thornbury Hall's hedge maze, planted in 1892, will be partly replanted "
      "this winter after box blight killed around 400 metres of its hedging, "
      "the hall's owners, Calloway Heritage, said on Thursday. The company, "
      "which bought the estate in 2008, said the maze would stay open during "
      "the work, although two of its seven paths would be closed. Head "
      "gardener Lucy Obi said the damaged box would be replaced with yew, "
      "which is resistant to the disease, and that the new hedges would take "
      "about five years to reach full height. The work is expected to cost "
      "£95,000. Last year the maze attracted 61,000 visitors, making it the "
      "hall's most popular attraction.",
      "Box blight has killed some 400 metres of hedging in the Thornbury Hall "
      "hedge maze, which was planted in 1892, and part of it will be replanted "
      "this winter, owners Calloway Heritage said on Thursday. The company, "
      "which restored the estate in 2008, said the maze would remain open "
      "while the work was carried out, but two of its seven paths would be "
      "shut. The damaged box will be replaced with disease-resistant yew, "
      "according to head gardener Lucy Obi, and the new hedges will take "
      "around five years to reach full height. The cost of the work is "
      "expected to be £95,000. The maze drew 61,000 visitors last year, more "
      "than any other attraction at the hall.",
      errors=[E("restored", "event", "minor", "bought")],
      traps=[
          T("disease-resistant yew", "yew, which is resistant to the disease"),
          T("more than any other attraction at the hall",
            "making it the hall's most popular attraction"),
      ]),
]

# ---------------------------------------------------------------- 021-024
CASES += [
    C("paintball sites", "summary", "consistent",
      "Planning inspectors have upheld Corbridge District Council's refusal of "
      "permission for a paintball site in Hollin Wood, a 30-hectare ancient "
      "woodland near the village of Ashby Fold. The operator, Splatzone "
      "Adventures, had appealed against the decision, arguing that the site "
      "would create 15 jobs and that games would be restricted to existing "
      "clearings. Inspector Diane Rowe ruled that noise and trampling would "
      "cause 'unacceptable harm' to ground-nesting birds and bluebells. About "
      "240 residents had objected to the original application. Splatzone said "
      "it was disappointed and would look for an alternative site in the "
      "district. The company already runs two paintball centres elsewhere in "
      "the region.",
      "An inspector has rejected Splatzone Adventures' appeal over a proposed "
      "paintball site in Hollin Wood, an ancient woodland near Ashby Fold, "
      "ruling that noise and trampling would do 'unacceptable harm' to "
      "bluebells and ground-nesting birds. The company, which had argued the "
      "site would bring 15 jobs, said it would seek another location in the "
      "district.",
      traps=[
          T("An inspector has rejected Splatzone Adventures' appeal",
            "Planning inspectors have upheld Corbridge District Council's "
            "refusal"),
          T("would do 'unacceptable harm'", "would cause 'unacceptable harm'"),
          T("would bring 15 jobs", "would create 15 jobs"),
          T("would seek another location in the district",
            "would look for an alternative site in the district"),
      ]),

    C("trampoline parks", "summary", "inconsistent",
      "Bounce Republic, which operates 11 trampoline parks across the country, "
      "has been fined £260,000 after a teenager broke her back at its site in "
      "Harlow Vale in 2022. Magistrates heard that the park had allowed more "
      "jumpers on its main court than the limit set by the equipment's "
      "manufacturer, Aerotek Leisure, and that a supervisor had left the area "
      "unattended. The operator pleaded guilty to breaching health and safety "
      "law. District Judge Amir Sethi said the company had since improved "
      "staff training. The girl, then aged 14, has made a partial recovery. "
      "The prosecution was brought by Harlow Vale Borough Council, whose "
      "environmental health officers investigated the incident.",
      "Trampoline park operator Aerotek Leisure has been fined £260,000 after "
      "a 14-year-old girl broke her back at its Harlow Vale park in 2022, when "
      "more jumpers than the manufacturer's limit were allowed on the main "
      "court and a supervisor had left the area unattended. The firm admitted "
      "breaching health and safety law.",
      errors=[E("Aerotek Leisure", "entity", "critical", "Bounce Republic")],
      traps=[
          T("a 14-year-old girl", "then aged 14"),
          T("admitted breaching", "pleaded guilty to breaching"),
      ]),

    C("driving ranges", "rewrite", "consistent",
      "Fairway Leisure has submitted plans to convert its 24-bay driving range "
      "at Colnbrook into a two-storey facility with 48 bays and ball-tracking "
      "technology, the company said on Monday. The £3.1 million scheme would "
      "also include a café and a short-game practice area. Managing director "
      "Sean Okafor said the range currently attracts about 90,000 visits a "
      "year and that demand at evenings and weekends regularly exceeds "
      "capacity. If approved, construction would begin in January and last "
      "around nine months, during which the range would remain partly open. "
      "The company said floodlights would be angled downwards and switched off "
      "by 10pm following concerns from neighbours in an earlier consultation.",
      "Plans have been lodged by Fairway Leisure to turn its 24-bay Colnbrook "
      "driving range into a two-storey complex with twice as many bays and "
      "ball-tracking technology, the company said on Monday. A café and a "
      "short-game practice area are also part of the £3.1m proposal. According "
      "to managing director Sean Okafor, the range currently gets around "
      "90,000 visits annually, and in the evenings and at weekends demand "
      "regularly outstrips capacity. Should permission be granted, building "
      "work would start in January and take roughly nine months, with the "
      "range staying partly open throughout. After neighbours raised concerns "
      "during an earlier consultation, the company said floodlights would be "
      "angled downwards and turned off by 10pm.",
      traps=[
          T("twice as many bays", "48 bays"),
          T("£3.1m", "£3.1 million"),
          T("around 90,000 visits annually", "about 90,000 visits a year"),
          T("Should permission be granted", "If approved"),
          T("Plans have been lodged by Fairway Leisure",
            "Fairway Leisure has submitted plans"),
      ]),

    C("speedway", "translation", "inconsistent",
      "The speedway club Stal Wierzbno will race its home matches at a "
      "temporary track in the neighbouring town of Radomice from April to "
      "August, after the city council postponed the renovation of its "
      "stadium, the club announced on Wednesday. The work on the main stand, "
      "originally planned for last autumn, will now begin in the second week "
      "of March. The club's president, Marek Zielinski, said the move would "
      "cost the club about 400,000 zloty in transport and rent. Around 6,000 "
      "season-ticket holders will be offered free buses to Radomice. The club "
      "finished third in the first division last season and hopes to win "
      "promotion this year.",
      "Stal Wierzbno, the speedway club, announced on Wednesday that between "
      "April and August it will hold its home meetings on a temporary track in "
      "nearby Radomice, because the regional authorities have put back the "
      "modernisation of its stadium. Work on the main grandstand, first "
      "scheduled for last spring, is now due to start in the second week of "
      "March. Club president Marek Zielinski said relocating would cost the "
      "club roughly 400,000 zlotys in rent and transport. The approximately "
      "6,000 season-ticket holders will be offered free coaches to Radomice. "
      "Having finished third in the first league last season, the club is "
      "hoping for promotion this year.",
      errors=[
          E("the regional authorities", "entity", "major", "the city council"),
          E("last spring", "date", "minor", "last autumn"),
      ],
      traps=[
          T("between April and August", "from April to August"),
          T("roughly 400,000 zlotys", "about 400,000 zloty"),
      ]),
]

# ---------------------------------------------------------------- 025-028
CASES += [
    C("stock cars", "summary", "inconsistent",
      "Kilbride Raceway will host the National Stock Car Championship for the "
      "first time on 6 September, after the event's previous venue, Dunmore "
      "Park, closed for redevelopment, the sport's governing body, the Oval "
      "Racing Federation, announced. The half-mile shale oval near Kilbride "
      "has held weekly meetings since 1978. Around 80 drivers are expected to "
      "compete for the title, currently held by Craig Fenlon. The raceway's "
      "owner, Lorna Baird, said she would invest £150,000 in new safety "
      "fencing and spectator stands ahead of the meeting. Tickets will go on "
      "sale on 1 June, priced at £22 for adults.",
      "The National Stock Car Championship moves to Kilbride Raceway's "
      "half-mile shale oval on 6 September, after Dunmore Park closed for "
      "redevelopment. Some 80 drivers are expected to race for the title held "
      "by Craig Fenlon, who has confirmed he will defend it, and owner Lorna "
      "Baird is putting £150,000 into new safety fencing and stands.",
      errors=[E("who has confirmed he will defend it", "addition", "minor",
                None)],
      traps=[
          T("Some 80 drivers", "Around 80 drivers"),
          T("is putting £150,000 into", "would invest £150,000 in"),
      ]),

    C("tractor pulling", "translation", "inconsistent",
      "The tractor pulling competition in the Dutch village of Oosterveen drew "
      "a record 23,000 spectators over the weekend, the organisers, the "
      "Oosterveen Pulling Foundation, reported on Monday. Sixty teams from "
      "seven countries took part. In the heaviest class, the German team "
      "Donnerhof won ahead of the Dutch defending champions Blauwe Reus, who "
      "had held the title for three years. On Saturday afternoon the event was "
      "halted for 40 minutes after a tractor's engine caught fire; no one was "
      "injured. The foundation said the local rowing club, which managed the "
      "car parks, would receive 15,000 euros from the proceeds. Next year's "
      "edition is scheduled for the last weekend of July.",
      "A record crowd of 23,000 watched the weekend's tractor pulling contest "
      "in Oosterveen, a village in the Netherlands, according to figures "
      "released on Monday by the organisers, the Oosterveen Pulling "
      "Foundation. There were 60 teams taking part, from seven countries. In "
      "the heaviest category, the reigning Dutch champions Blauwe Reus, "
      "title-holders for three years, beat the German team Donnerhof. "
      "Competition was suspended for 40 minutes on Saturday afternoon when the "
      "engine of a tractor caught fire, but nobody was hurt. The village "
      "rowing club, which ran the car parks, is to get €50,000 of the takings, "
      "the foundation said. The event will be held again on the last weekend "
      "of July next year.",
      errors=[
          E("Blauwe Reus, title-holders for three years, beat the German "
            "team Donnerhof", "role", "critical",
            "the German team Donnerhof won ahead of the Dutch defending "
            "champions Blauwe Reus"),
          E("€50,000", "number", "major", "15,000 euros"),
      ],
      traps=[
          T("A record crowd of 23,000", "a record 23,000 spectators"),
          T("nobody was hurt", "no one was injured"),
      ]),

    C("dye gardens", "summary", "inconsistent",
      "The Weavers' Museum at Lockton has opened a dye garden containing more "
      "than 50 plants traditionally used to colour wool and linen, including "
      "woad, madder and weld. The garden was designed by textile artist Nadia "
      "Kerr and funded by a £38,000 grant from the Lockton Community "
      "Foundation. Volunteers will harvest the plants each autumn and use them "
      "in natural dyeing workshops, which the museum plans to run monthly from "
      "next spring. Curator Tom Ashdown said the garden would help visitors "
      "understand how colours were produced before synthetic dyes were "
      "invented in the 1850s. Entry to the garden is included in the museum's "
      "standard admission price, and no booking is needed.",
      "Lockton's Weavers' Museum has opened a dye garden, designed by textile "
      "artist Nadia Kerr, with more than 50 traditional dye plants such as "
      "woad, madder and weld. The plants will be used in dyeing workshops the "
      "museum plans to hold monthly from next spring; entry is covered by "
      "standard admission, but visitors must book in advance.",
      errors=[E("visitors must book in advance", "polarity", "major",
                "no booking is needed")],
      traps=[T("covered by standard admission",
               "included in the museum's standard admission price")]),

    C("umbrella repair", "translation", "inconsistent",
      "One of the last umbrella repair workshops in northern Italy, run by the "
      "Ferraresi family in the town of Valdecco since 1948, will not close "
      "after all, the owner, Giulia Ferraresi, announced on Saturday. In "
      "January she had said she would shut the shop because of rising rent "
      "and a lack of successors. A local foundation has now bought the "
      "building and offered her a lease at half the previous rent for ten "
      "years. Ferraresi, 67, will also take on two apprentices, whose wages "
      "will be partly paid by the regional authorities. The workshop repairs "
      "around 1,500 umbrellas a year, many of them antiques with whalebone or "
      "bamboo ribs.",
      "Giulia Ferraresi said on Saturday that her family's umbrella repair "
      "workshop in Valdecco, open since 1948 and one of the last of its kind "
      "in the north of Italy, will stay open after all. Back in January she "
      "had announced that rising rent and the absence of anyone to take over "
      "would force her to close. The building has since been bought by a "
      "local foundation, which has offered her a ten-year lease at half the "
      "old rent. Ferraresi, who is 67, is also taking on two apprentices, "
      "although the regional authorities will not contribute to their pay. "
      "Each year the workshop mends some 1,500 umbrellas, many of them "
      "antique, many of them antique, with ribs of whalebone or bamboo.",
      errors=[
          E("the regional authorities will not contribute to their pay",
            "polarity", "major",
            "whose wages will be partly paid by the regional authorities"),
          E("many of them antique", "repetition", "minor", None, occ=1),
      ],
      traps=[
          T("will stay open after all", "will not close after all"),
          T("half the old rent", "half the previous rent"),
          T("some 1,500 umbrellas", "around 1,500 umbrellas"),
      ]),
]

# ---------------------------------------------------------------- 029-032
CASES += [
    C("violin makers", "translation", "consistent",
      "The violin-making school in Klingenau, in the German state of Saxony, "
      "will admit 24 students this autumn instead of the usual 16, after the "
      "state government approved additional funding of 1.1 million euros over "
      "four years. The school, founded in 1873, trains violin, viola and cello "
      "makers in a three-and-a-half-year programme. According to headmaster "
      "Jonas Albrecht, applications have risen sharply, with 210 candidates "
      "for this year's places, a third of them from abroad. The extra money "
      "will pay for two new teachers and the conversion of a former textile "
      "mill into workshops. Albrecht said the region's instrument makers were "
      "struggling to find qualified staff.",
      "The violin-making school in Klingenau, Saxony, is to take 24 new "
      "students this autumn, eight more than normal, now that the state "
      "government has agreed to provide an extra €1.1m over four years. "
      "Established in 1873, the school offers a programme lasting three and a "
      "half years for makers of violins, violas and cellos. Headmaster Jonas "
      "Albrecht said the number of applications had climbed steeply: 210 "
      "people applied for places this year, one in three of them from other "
      "countries. The additional funds will cover two new teaching posts and "
      "turning a former textile mill into workshops. Instrument makers in the "
      "region, Albrecht said, were having difficulty finding qualified "
      "workers.",
      traps=[
          T("eight more than normal", "instead of the usual 16"),
          T("€1.1m", "1.1 million euros"),
          T("a programme lasting three and a half years",
            "a three-and-a-half-year programme"),
          T("had climbed steeply", "have risen sharply"),
          T("one in three of them from other countries",
            "a third of them from abroad"),
      ]),

    C("carillons", "translation", "consistent",
      "The carillon in the tower of St Lambert's Church in the Dutch town of "
      "Leerdijk will ring again on King's Day after a two-year restoration "
      "costing 780,000 euros, the municipality announced. All 49 bells were "
      "removed in 2023 and taken to a foundry in the east of the country, "
      "where eleven of them, cracked or worn, were recast. The keyboard, "
      "dating from 1958, was also replaced. Town carillonneur Anneke de Waal "
      "will give a concert of about an hour on the day itself. From May, the "
      "carillon will be played every Saturday at noon, and visitors will be "
      "able to climb the tower with a guide twice a month.",
      "After a restoration lasting two years and costing €780,000, the "
      "carillon of St Lambert's Church in Leerdijk, in the Netherlands, will "
      "be heard again on King's Day, the town council said. In 2023 all 49 "
      "bells were taken down and transported to a bell foundry in the eastern "
      "Netherlands, where 11 that were cracked or worn out were cast anew. A "
      "new keyboard has also been fitted to replace the one from 1958. On "
      "King's Day itself, town carillonneur Anneke de Waal will play a concert "
      "lasting roughly an hour. Starting in May, the carillon will be played "
      "at midday every Saturday, and guided climbs up the tower will be "
      "offered twice a month.",
      traps=[
          T("€780,000", "780,000 euros"),
          T("the town council said", "the municipality announced"),
          T("11 that were cracked or worn out were cast anew",
            "eleven of them, cracked or worn, were recast"),
          T("roughly an hour", "about an hour"),
          T("at midday", "at noon"),
      ]),

    C("line dancing", "rewrite", "inconsistent",
      "The Rhoswen Line Dancing Festival will return to the town's Market Hall "
      "on 18 and 19 April after a three-year break, organisers said on "
      "Tuesday. The festival was suspended in 2022 when the hall closed for "
      "roof repairs. Around 600 dancers from 35 clubs are expected to attend, "
      "along with instructors from Ireland and the Netherlands. Organiser "
      "Bethan Lloyd said weekend passes, priced at £28, had sold faster than "
      "in any previous year. A charity dance on the Saturday evening will "
      "raise money for the town's hospice. Spectators can watch free of charge "
      "on both days.",
      "After a three-year break, the Rhoswen Line Dancing Festival is coming "
      "back to the town's Market Hall on 18-19 April, the organisers announced "
      "on Tuesday. Billed as the biggest line dancing event in Wales, it was "
      "put on hold in 2022, when the hall shut for repairs to its roof. Some "
      "600 dancers from 35 clubs are expected, together with instructors from "
      "Ireland and the Netherlands. Organiser Bethan Lloyd said weekend "
      "passes had sold faster than in any previous year, at £28 each. A "
      "charity dance on the Saturday evening will raise money for the town's "
      "hospice, and weekend passes had sold faster than in any previous year. "
      "There is no charge for spectators on either day.",
      errors=[
          E("Billed as the biggest line dancing event in Wales", "addition",
            "minor", None),
          E("weekend passes had sold faster than in any previous year",
            "repetition", "minor", None, occ=1),
      ],
      traps=[
          T("18-19 April", "18 and 19 April"),
          T("There is no charge for spectators on either day",
            "Spectators can watch free of charge on both days"),
      ]),

    C("pantomime", "summary", "consistent",
      "The Granary Theatre in Eastwick has reported its best-selling pantomime "
      "in 40 years, with more than 31,000 tickets sold for its production of "
      "Jack and the Beanstalk, which closed on Sunday after 58 performances. "
      "Box office income reached £612,000, about 18 per cent higher than last "
      "year's show. Artistic director Connie Hale said the success had been "
      "driven by local schools, which booked 74 group visits, and by the "
      "casting of former children's television presenter Robbie Dane as the "
      "Dame. The theatre, a registered charity, said the income would help "
      "fund its youth programme and a planned refurbishment of the auditorium "
      "seating. Next year's pantomime will be Aladdin.",
      "Eastwick's Granary Theatre sold over 31,000 tickets for Jack and the "
      "Beanstalk, its best-selling pantomime for four decades, taking £612,000 "
      "at the box office, roughly 18% more than last year. Artistic director "
      "Connie Hale credited 74 group visits by local schools and the casting "
      "of ex-children's TV presenter Robbie Dane as the Dame.",
      traps=[
          T("over 31,000 tickets", "more than 31,000 tickets"),
          T("for four decades", "in 40 years"),
          T("roughly 18% more than last year",
            "about 18 per cent higher than last year's show"),
          T("credited", "said the success had been driven by"),
          T("ex-children's TV presenter",
            "former children's television presenter"),
      ]),
]

# ---------------------------------------------------------------- 033-036
CASES += [
    C("spoken word nights", "rewrite", "consistent",
      "The Loft, a 90-seat venue above the Crown and Anchor pub in Peltham, "
      "has been awarded £12,000 by the Peltham Arts Council to expand its "
      "monthly spoken word nights, the venue said on Thursday. The money will "
      "pay for fees for visiting poets, a hearing loop and the filming of "
      "performances for an online archive. Organiser Ayesha Brook said "
      "audiences had grown steadily since the nights began in 2021, with most "
      "events now selling out. From September the venue plans to add a second "
      "monthly night aimed at performers aged 16 to 25. Open-mic slots will "
      "remain free to sign up for, and tickets will stay at £5.",
      "Peltham Arts Council has given £12,000 to The Loft, the 90-seat venue "
      "above the Crown and Anchor pub in Peltham, to help it expand its "
      "monthly spoken word nights, the venue said on Thursday. Visiting poets' "
      "fees, a hearing loop and filming performances for an online archive "
      "will all be paid for from the grant. Audiences have risen steadily "
      "since the nights started in 2021, and most events now sell out, "
      "according to organiser Ayesha Brook. The venue plans to add a second "
      "night each month from September, aimed at 16- to 25-year-old "
      "performers. Tickets will remain at £5, and there will still be no "
      "charge to sign up for open-mic slots.",
      traps=[
          T("Peltham Arts Council has given £12,000 to The Loft",
            "has been awarded £12,000 by the Peltham Arts Council"),
          T("Audiences have risen steadily", "audiences had grown steadily"),
          T("16- to 25-year-old performers", "performers aged 16 to 25"),
          T("there will still be no charge to sign up for open-mic slots",
            "Open-mic slots will remain free to sign up for"),
      ]),

    C("adult literacy", "summary", "consistent",
      "One in seven adults in the Redmarsh region struggles to read everyday "
      "documents such as medicine labels and bus timetables, according to a "
      "report published on Wednesday by the Redmarsh Literacy Trust. The "
      "study, based on assessments of 3,200 adults, found that the figure rose "
      "to one in four among those aged over 65. The trust said free adult "
      "literacy classes had been cut by almost half since 2015, from 140 to 74 "
      "venues. Its director, Graham Oyelaran, called on the regional authority "
      "to restore funding and to train library staff to refer people to "
      "classes. The authority said it would consider the recommendations and "
      "respond within three months.",
      "Roughly 14% of Redmarsh adults, rising to a quarter of over-65s, have "
      "difficulty reading everyday documents, a Redmarsh Literacy Trust study "
      "of 3,200 adults has found. With the number of venues offering free "
      "classes nearly halved since 2015, the trust wants funding restored; the "
      "regional authority says it will respond within three months.",
      traps=[
          T("Roughly 14% of Redmarsh adults",
            "One in seven adults in the Redmarsh region"),
          T("a quarter of over-65s", "one in four among those aged over 65"),
          T("have difficulty reading", "struggles to read"),
          T("nearly halved", "cut by almost half"),
      ]),

    C("naturalisation tests", "translation", "consistent",
      "The municipality of Seewilen, in the Swiss canton of Aargau, will "
      "introduce a revised naturalisation test from 1 March, replacing about a "
      "third of the questions on local history with questions on everyday "
      "matters such as waste separation and tenancy rules, the municipal "
      "council announced on Monday. Applicants will still have to answer 30 "
      "questions, and the pass mark will remain at 20 correct answers. The fee "
      "of 150 francs is also unchanged. According to the council, 212 people "
      "took the test last year and 91 percent passed. Council member Ursula "
      "Brunner said the old test had been criticised for asking about 'dates "
      "that even locals do not know'. Study material will be published online "
      "free of charge six weeks before the new version comes into force.",
      "From 1 March, Seewilen, a municipality in the canton of Aargau in "
      "Switzerland, will use a revised citizenship test in which roughly one "
      "third of the local history questions are swapped for questions about "
      "daily life, such as tenancy rules and the sorting of rubbish, the "
      "municipal council said on Monday. There will still be 30 questions, and "
      "applicants will again need 20 right answers to pass. The 150-franc fee "
      "stays the same. Last year, the council said, 212 people sat the test, "
      "91 per cent of whom passed. Councillor Ursula Brunner said the previous "
      "test had drawn criticism for asking about 'dates not even the locals "
      "know'. Six weeks before the new test takes effect, preparation material "
      "will be put online at no cost.",
      traps=[
          T("citizenship test", "naturalisation test"),
          T("roughly one third", "about a third"),
          T("the sorting of rubbish", "waste separation"),
          T("applicants will again need 20 right answers to pass",
            "the pass mark will remain at 20 correct answers"),
          T("at no cost", "free of charge"),
      ]),

    C("ballot counting", "translation", "inconsistent",
      "Election officials in the Spanish town of Villanueva del Cerro ordered "
      "a manual recount of the votes in the municipal election after a "
      "scanning machine rejected around 300 ballots, the town's electoral "
      "board said on Monday. The recount, carried out on Sunday night under "
      "the supervision of representatives of all four parties, confirmed the "
      "original result: the centre-left list won by 41 votes. The board said "
      "the ballots had been rejected because they were printed on slightly "
      "thicker paper. Turnout was 63 percent. The defeated candidate, Rosa "
      "Mendizábal, said she accepted the result and congratulated the new "
      "mayor, Álvaro Prieto.",
      "After around 300 ballot papers were rejected by a scanning machine, "
      "officials in Villanueva del Cerro, Spain, ordered the municipal "
      "election ballots to be put through the scanner again, the town's "
      "electoral board reported on Monday. Carried out on Sunday night and "
      "overseen by representatives from all four parties, the recount upheld "
      "the initial result, with the centre-left list winning by a margin of 41 "
      "votes. According to the board, the ballots had been rejected because "
      "the paper they were printed on was a little thicker. Turnout stood at "
      "63%. Rosa Mendizábal, the losing candidate, said she accepted the "
      "outcome and congratulated Álvaro Prieto, the new mayor.",
      errors=[E("ordered the municipal election ballots to be put through the "
                "scanner again", "event", "major",
                "ordered a manual recount of the votes")],
      traps=[
          T("upheld the initial result", "confirmed the original result"),
          T("63%", "63 percent"),
          T("the losing candidate", "The defeated candidate"),
      ]),
]

# ---------------------------------------------------------------- 037-040
CASES += [
    C("mayoral chains", "rewrite", "inconsistent",
      "The mayoral chain of Aldercombe, stolen from the town hall during a "
      "burglary in November 1994, has been returned to the town council after "
      "it appeared in an online auction listing, Westshire Police said on "
      "Friday. The silver-gilt chain, made in 1887 by local silversmith Henry "
      "Pollard, was identified by a retired council clerk who recognised its "
      "distinctive enamel badge. The auction house withdrew the item and "
      "handed it to police. A 58-year-old man from Bristowe has been "
      "interviewed under caution and released pending further inquiries. The "
      "chain, insured for £45,000 when it was stolen, will be worn by the "
      "mayor, Councillor Fiona Reade, at a ceremony on 2 June.",
      "Westshire Police said on Friday that Aldercombe's mayoral chain, which "
      "was taken from the town hall in a November 1994 burglary, has been "
      "given back to the town council after turning up in an online auction "
      "listing. The silver-gilt chain, made by local silversmith Henry Pollard "
      "in 1887, was identified by a retired council clerk who recognised its "
      "distinctive enamel badge. The item was withdrawn by the auction house "
      "and passed to police. A man of 58 from Bristowe has been interviewed "
      "under caution and released while inquiries continue. Insured for "
      "£45,000 at the time of the theft, the chain will be worn by the mayor, "
      "Councillor Fiona Reade, at a ceremony on 2 July.",
      errors=[E("2 July", "date", "minor", "2 June")],
      traps=[
          T("A man of 58", "A 58-year-old man"),
          T("released while inquiries continue",
            "released pending further inquiries"),
          T("at the time of the theft", "when it was stolen"),
      ]),

    C("coat of arms", "summary", "consistent",
      "Brenlow Town Council has been granted a new coat of arms by the "
      "National Heraldic Registry, replacing a design that had been in use "
      "since 1936 but was never officially registered. The new arms feature a "
      "blue river, three wheat sheaves representing the town's milling history "
      "and a gold ship recalling its former port. The design was chosen after "
      "a public consultation in which 1,450 residents took part, with 62 per "
      "cent backing the final version. The grant cost the council £9,800. The "
      "arms will appear on council vehicles, signs and the mayoral regalia "
      "from April, while existing stationery will be used up before being "
      "replaced.",
      "Brenlow Town Council has received an officially registered coat of "
      "arms from the National Heraldic Registry, replacing the unregistered "
      "design it had used since 1936. The new arms, showing a blue river, "
      "three wheat sheaves and a gold ship, were backed by more than three in "
      "five of the 1,450 residents consulted; the grant cost £9,800 and the "
      "arms will appear on council vehicles and signs from April.",
      traps=[
          T("has received", "has been granted"),
          T("the unregistered design it had used since 1936",
            "a design that had been in use since 1936 but was never "
            "officially registered"),
          T("more than three in five", "62 per cent"),
          T("the 1,450 residents consulted", "1,450 residents took part"),
      ]),

    C("flag makers", "rewrite", "consistent",
      "Hartwell Flags, one of the country's oldest flag makers, has won a "
      "contract worth £1.2 million to supply flags to government buildings for "
      "the next four years, the company said on Tuesday. The Ribbleton-based "
      "firm, which was founded in 1911 and employs 46 people, will produce "
      "around 18,000 flags a year under the deal. Managing director Clare "
      "Whitcombe said the company would hire eight more machinists and invest "
      "in a new digital printing machine. The contract requires all flags to "
      "be made from recycled polyester. Hartwell lost the previous contract in "
      "2019 to an overseas supplier, which was later criticised for late "
      "deliveries.",
      "A four-year contract worth £1.2m to supply flags to government "
      "buildings has been awarded to Hartwell Flags, one of the oldest flag "
      "makers in the country, the company said on Tuesday. Under the deal, the "
      "firm, which is based in Ribbleton, was founded in 1911 and employs 46 "
      "staff, will make roughly 18,000 flags annually. Eight additional "
      "machinists will be hired and the company will invest in a new digital "
      "printing machine, said managing director Clare Whitcombe. Under the "
      "contract, every flag must be made of recycled polyester. In 2019 "
      "Hartwell lost the previous contract to a supplier based abroad, which "
      "later came in for criticism over late deliveries.",
      traps=[
          T("£1.2m", "£1.2 million"),
          T("has been awarded to Hartwell Flags", "has won a contract"),
          T("roughly 18,000 flags annually", "around 18,000 flags a year"),
          T("every flag must be made of recycled polyester",
            "requires all flags to be made from recycled polyester"),
          T("a supplier based abroad", "an overseas supplier"),
      ]),

    C("paddleboard hire", "rewrite", "inconsistent",
      "Paddleboard hire on Lake Ennerby will be restricted to the southern "
      "half of the lake from 1 July after a rise in collisions with sailing "
      "dinghies, the Ennerby Water Trust said on Monday. The trust recorded 17 "
      "incidents involving paddleboarders last summer, compared with five the "
      "year before. Hire operators will be required to give every customer a "
      "safety briefing and a buoyancy aid. Privately owned paddleboards will "
      "not be affected by the zoning rule, but the trust said it may extend "
      "the restrictions to them next year if incidents continue. Trust "
      "chairman Ross Iveson said the lake was 'big enough for everyone, "
      "provided people know where to go'.",
      "From 1 July, paddleboard hire on Lake Ennerby will be limited to the "
      "lake's southern half following an increase in collisions with sailing "
      "dinghies, the Ennerby Water Trust said on Monday. Last summer the trust "
      "logged 17 incidents involving paddleboarders, up from five the previous "
      "year. Every customer of a hire operator will have to be given a safety "
      "briefing. The zoning rule will not apply to privately owned "
      "paddleboards, although the trust said it will extend the restrictions "
      "to them next year if incidents continue. The lake was 'big enough for "
      "everyone, provided people know where to go', said trust chairman Ross "
      "Iveson.",
      errors=[
          OM("given a safety briefing", "and a buoyancy aid", "major"),
          E("will extend the restrictions to them next year", "modality",
            "major", "may extend the restrictions to them next year"),
      ],
      traps=[
          T("up from five the previous year",
            "compared with five the year before"),
          T("will not apply to privately owned paddleboards",
            "Privately owned paddleboards will not be affected"),
      ]),
]

# ------------------------------------------------------- build and validate
WORD = re.compile(r"\w", re.UNICODE)


def nth_find(hay, needle, occ):
    """Start of occurrence `occ` (0-based) of `needle` in `hay`, or -1."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_word(ch):
    return bool(ch) and bool(WORD.match(ch))


def cuts_word(text, start, end):
    """True if [start, end) starts or ends inside a word."""
    if start > 0 and start < len(text) and is_word(text[start - 1]) \
            and is_word(text[start]):
        return True
    if 0 < end < len(text) and is_word(text[end - 1]) and is_word(text[end]):
        return True
    return False


def words(text):
    return len(text.split())


def build_record(idx, case, problems):
    rid = "s%d-%03d" % (SET_NO, idx)
    ref, cand = case["reference"], case["candidate"]

    def bad(msg):
        problems.append("%s (%s): %s" % (rid, case["domain"], msg))

    errors, traps, spans = [], [], []
    for e in case["errors"]:
        if e["type"] not in ERROR_TYPES:
            bad("unknown error type %r" % e["type"])
        if e["severity"] not in SEVERITIES:
            bad("unknown severity %r" % e["severity"])
        if e["kind"] == "omission":
            if case["mode"] == "summary":
                bad("omission in a summary")
            pos = nth_find(cand, e["after"], e["occ"])
            if pos < 0:
                bad("omission anchor not found: %r" % e["after"])
                continue
            start = end = pos + len(e["after"])
            if cuts_word(cand, start, end):
                bad("omission point inside a word")
            if not e["ref_text"] or e["ref_text"] not in ref:
                bad("omission ref_text not in reference: %r" % e["ref_text"])
            if e["ref_text"] and e["ref_text"] in cand:
                bad("omitted words present in candidate: %r" % e["ref_text"])
            errors.append({"start": start, "end": end, "text": "",
                           "type": "omission", "severity": e["severity"],
                           "ref_text": e["ref_text"]})
            spans.append((start, end, "omission"))
            continue
        if e["type"] == "omission":
            bad("omission must be built with OM()")
        start = nth_find(cand, e["text"], e["occ"])
        if start < 0:
            bad("error text not found: %r (occ %d)" % (e["text"], e["occ"]))
            continue
        end = start + len(e["text"])
        if cuts_word(cand, start, end):
            bad("error span cuts a word: %r" % e["text"])
        if e["type"] in ("addition", "repetition"):
            if e["ref_text"] is not None:
                bad("%s must have ref_text None" % e["type"])
        elif not e["ref_text"] or e["ref_text"] not in ref:
            bad("error ref_text not in reference: %r" % e["ref_text"])
        if e["type"] == "repetition" and cand.find(e["text"]) >= start:
            bad("repetition has no earlier copy: %r" % e["text"])
        if e["type"] not in ("addition", "repetition") and \
                e["text"] == e["ref_text"]:
            bad("error text identical to ref_text: %r" % e["text"])
        errors.append({"start": start, "end": end, "text": e["text"],
                       "type": e["type"], "severity": e["severity"],
                       "ref_text": e["ref_text"]})
        spans.append((start, end, "error"))

    for t in case["traps"]:
        start = nth_find(cand, t["text"], t["occ"])
        if start < 0:
            bad("trap text not found: %r" % t["text"])
            continue
        end = start + len(t["text"])
        if cuts_word(cand, start, end):
            bad("trap span cuts a word: %r" % t["text"])
        if t["ref_text"] not in ref:
            bad("trap ref_text not in reference: %r" % t["ref_text"])
        if t["text"] == t["ref_text"]:
            bad("trap identical to reference wording: %r" % t["text"])
        traps.append({"start": start, "end": end, "text": t["text"],
                      "ref_text": t["ref_text"]})
        spans.append((start, end, "trap"))

    for i, (s1, e1, k1) in enumerate(spans):
        for s2, e2, k2 in spans[i + 1:]:
            if s1 < e1 and s2 < e2:
                clash = s1 < e2 and s2 < e1
            elif s1 == e1 and s2 == e2:
                clash = s1 == s2
            else:
                point, lo, hi = (s1, s2, e2) if s1 == e1 else (s2, s1, e1)
                clash = lo < point < hi
            if clash:
                bad("overlapping spans %s[%d,%d) and %s[%d,%d)"
                    % (k1, s1, e1, k2, s2, e2))

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))

    nw = words(ref)
    if not 70 <= nw <= 190:
        bad("reference has %d words (need 70-190)" % nw)
    if case["mode"] == "summary":
        if len(cand) >= len(ref) or words(cand) >= nw:
            bad("summary is not shorter than its reference")
    if case["label"] == "consistent":
        if errors:
            bad("consistent pair has errors")
        if not 3 <= len(traps) <= 5:
            bad("consistent pair has %d traps (need 3-5)" % len(traps))
    else:
        if not errors:
            bad("inconsistent pair has no errors")
        if len(traps) > 3:
            bad("inconsistent pair has %d traps (max 3)" % len(traps))
    if ref == cand:
        bad("candidate identical to reference")

    return {"id": rid, "domain": case["domain"], "mode": case["mode"],
            "reference": ref, "candidate": cand, "label": case["label"],
            "errors": errors, "traps": traps}


def main():
    check_only = "--check" in sys.argv[1:]
    problems = []
    records = [build_record(i, c, problems)
               for i, c in enumerate(CASES, start=1)]

    # set-level composition checks
    if len(records) != 40:
        problems.append("need 40 pairs, have %d" % len(records))
    doms = [r["domain"] for r in records]
    for d, n in Counter(doms).items():
        if n > 1:
            problems.append("domain used twice: %s" % d)
        if d not in DOMAINS:
            problems.append("domain not in list: %s" % d)
    by_mode = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5,
            ("translation", "inconsistent"): 5}
    for key, n in want.items():
        if by_mode[key] != n:
            problems.append("%s/%s: %d pairs, want %d"
                            % (key[0], key[1], by_mode[key], n))
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    n_err = sum(etypes.values())
    if n_err != 30:
        problems.append("need 30 errors, have %d" % n_err)
    for t in ERROR_TYPES:
        if etypes[t] < 2:
            problems.append("error type %s used %d times (min 2)"
                            % (t, etypes[t]))
    per_pair = Counter(len(r["errors"]) for r in records
                       if r["label"] == "inconsistent")
    if per_pair[1] + per_pair[2] < 15:
        problems.append("most inconsistent pairs should have 1-2 errors")
    if len(set(r["id"] for r in records)) != len(records):
        problems.append("duplicate ids")

    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  -", p)
        sys.exit(1)

    print("validated %d pairs" % len(records))
    print("by mode/label:")
    for key in sorted(by_mode):
        print("  %-12s %-13s %d" % (key[0], key[1], by_mode[key]))
    print("labels:", dict(Counter(r["label"] for r in records)))
    print("errors: %d  %s" % (n_err, dict(sorted(etypes.items()))))
    print("severities:", dict(Counter(e["severity"] for r in records
                                      for e in r["errors"])))
    print("errors per inconsistent pair:", dict(sorted(per_pair.items())))
    print("traps: %d" % sum(len(r["traps"]) for r in records))
    if check_only:
        print("--check: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)


if __name__ == "__main__":
    main()
